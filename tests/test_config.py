"""Configuration: file + HARVESTER_ env, strict keys, clear errors naming the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from harvester.config import load_settings
from harvester.errors import ConfigError

GOOD = """
data_dir: data
index: {url: null, collection: ccin}
sources:
  - name: ccin
    start_urls: ["https://councils.coop/"]
    include: ['^https?://(www\\.)?councils\\.coop/']
    schedule: "0 3 * * 1"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "harvester.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_good_file_and_relative_data_dir(tmp_path: Path) -> None:
    settings = load_settings(write(tmp_path, GOOD))
    assert settings.data_dir == (tmp_path / "data").resolve()
    assert settings.sources[0].name == "ccin" and settings.index.url is None


def test_environment_overrides_file_with_nesting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HARVESTER_INDEX__URL", "http://qdrant:6333")
    monkeypatch.setenv("HARVESTER_CRAWL__DELAY_S", "2.5")
    settings = load_settings(write(tmp_path, GOOD))
    assert settings.index.url == "http://qdrant:6333" and settings.crawl.delay_s == 2.5


def test_config_path_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HARVESTER_CONFIG", str(write(tmp_path, GOOD)))
    assert load_settings().sources[0].name == "ccin"


def test_api_key_from_qdrant_env_and_never_in_repr(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QDRANT_API_KEY", "s3cret-key")
    settings = load_settings(write(tmp_path, GOOD))
    assert settings.qdrant_api_key == "s3cret-key"
    monkeypatch.setenv("HARVESTER_INDEX__API_KEY", "other-secret")
    settings = load_settings(write(tmp_path, GOOD))
    assert settings.qdrant_api_key == "other-secret"
    assert "other-secret" not in repr(settings) and "other-secret" not in settings.model_dump_json()


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (GOOD + "bogus: 1\n", "bogus: unknown key"),
        (GOOD.replace("collection: ccin", "collection: ccin, colour: red"), "index.colour: unknown key"),
        (GOOD.replace("name: ccin", "name: CCIN"), "sources.0.name"),
        (GOOD.replace('"0 3 * * 1"', '"every monday"'), "sources.0.schedule"),
        (GOOD.replace("'^https?://(www\\.)?councils\\.coop/'", "'(unclosed'"), "sources.0.include"),
        (GOOD.replace("url: null", "url: ftp://x"), "index.url"),
        (GOOD + "crawl: {concurrency: 0}\n", "crawl.concurrency"),
        (GOOD + "  - name: ccin\n    start_urls: ['https://a.org/']\n", "unique"),
    ],
)
def test_bad_values_name_the_key(tmp_path: Path, text: str, key: str) -> None:
    with pytest.raises(ConfigError, match=key.replace(".", r"\.").replace("*", r"\*")):
        load_settings(write(tmp_path, text))


def test_missing_and_unparseable_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_settings(tmp_path / "nope.yaml")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_settings(write(tmp_path, "sources: [unclosed"))
    with pytest.raises(ConfigError, match="mapping"):
        load_settings(write(tmp_path, "- just\n- a list\n"))


def test_shipped_configs_are_valid() -> None:
    root = Path(__file__).resolve().parents[1] / "config"
    for name in ("harvester.yaml", "demo.yaml"):
        settings = load_settings(root / name)
        assert settings.sources and settings.extract.councils_file is None  # the bundled gazetteer


def test_there_is_one_gazetteer() -> None:
    root = Path(__file__).resolve().parents[1]
    found = [p for p in root.rglob("councils*.yaml") if ".venv" not in p.parts and "egg-info" not in str(p)]
    assert [p.relative_to(root).as_posix() for p in found] == ["src/harvester/data/councils.yaml"]


def test_sources_without_a_schedule_are_staggered_in_order(tmp_path: Path) -> None:
    """Unset schedules start Monday 03:00 and 10 minutes apart by position; a set one is kept as is."""
    text = """
sources:
  - {name: one, start_urls: ["https://one.example/"]}
  - {name: two, start_urls: ["https://two.example/"], schedule: "15 4 * * 2"}
  - {name: three, start_urls: ["https://three.example/"]}
  - {name: four, start_urls: ["https://four.example/"]}
"""
    settings = load_settings(write(tmp_path, text))
    assert [s.schedule for s in settings.sources] == ["0 3 * * 1", "15 4 * * 2", "20 3 * * 1", "30 3 * * 1"]
    assert [s.schedule for s in load_settings(write(tmp_path, text)).sources] == [s.schedule for s in settings.sources]
    many = "sources:\n" + "".join(f'  - {{name: s{i}, start_urls: ["https://s{i}.example/"]}}\n' for i in range(8))
    assert [s.schedule for s in load_settings(write(tmp_path, many)).sources][5:] == [
        "50 3 * * 1",
        "0 4 * * 1",
        "10 4 * * 1",
    ]
