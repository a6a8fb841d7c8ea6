"""harvester: harvest, understand and index the co-operative practice of the CCIN network."""

from harvester.errors import (
    ConfigError,
    ExtractionError,
    FetchError,
    HarvesterError,
    IndexUnavailableError,
    InvalidQueryError,
    LockedError,
)

__version__ = "0.1.0"

__all__ = [
    "ConfigError",
    "ExtractionError",
    "FetchError",
    "HarvesterError",
    "IndexUnavailableError",
    "InvalidQueryError",
    "LockedError",
    "__version__",
]
