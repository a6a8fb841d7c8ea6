"""The exception tree. Callers catch at the level they care about.

HarvesterError
├── ConfigError            bad config file, unknown key or bad value (CLI exit 2)
├── LockedError            another run holds the data_dir lock
├── InvalidQueryError      a search query or filter that cannot be run (CLI exit 2, HTTP 422)
│   └── CorrectionError    a correction that cannot be made (unknown council, field or document)
├── FetchError             a URL could not be fetched (recorded, never fatal to a run)
├── ExtractionError        a document could not be turned into text (recorded)
└── IndexUnavailableError  the Qdrant index could not be reached or answered an error
"""

from enum import StrEnum


class HarvesterError(Exception):
    """Base of every error the library raises on purpose."""


class ConfigError(HarvesterError):
    """The configuration is missing, unreadable or invalid."""


class LockedError(HarvesterError):
    """Another process holds the data_dir lock."""


class InvalidQueryError(HarvesterError):
    """A search query or filter value is malformed."""


class CorrectionError(InvalidQueryError):
    """A correction names an unknown field, council, principle or document, or a value of the wrong kind."""


class FetchFailure(StrEnum):
    """What kind of fetch failure: the crawler counts and reports by kind, never by reason text."""

    TIMEOUT = "timeout"
    CONNECTION = "connection"
    OUT_OF_SCOPE = "out_of_scope"  # a redirect or a sitemap outside the source's scope
    REFUSED = "refused"  # the address policy: private, link-local, metadata
    DISALLOWED = "disallowed"  # robots.txt of a redirect's target host
    TOO_LARGE = "too_large"
    BAD_ENCODING = "bad_encoding"  # a Content-Encoding that is stacked, unknown or corrupt
    REDIRECTS = "redirects"
    HTTP_STATUS = "http_status"  # the server answered with an error status
    UNREACHABLE = "unreachable"  # the host could not be reached at all (its robots.txt neither)
    CRAWLER_ERROR = "crawler_error"  # a bug of ours on one URL, caught so the crawl goes on


class FetchError(HarvesterError):
    """A fetch failed; `kind` says what kind, `reason` says it in words for the report."""

    def __init__(self, url: str, reason: str, kind: FetchFailure = FetchFailure.CONNECTION) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.kind = kind

    @property
    def transient(self) -> bool:
        """Worth another try: a timeout or a dropped connection."""
        return self.kind in (FetchFailure.TIMEOUT, FetchFailure.CONNECTION)


class ExtractionError(HarvesterError):
    """A body could not be turned into a document; `reason` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class IndexUnavailableError(HarvesterError):
    """The vector index is unreachable or failed; nothing was deleted."""


class StorageError(HarvesterError):
    """data_dir cannot be written (disk full, read-only, permissions); nothing half-written is kept."""
