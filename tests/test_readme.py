"""The README's configuration table names every key of the settings, and no key they do not have."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from harvester.config import Settings

README = Path(__file__).resolve().parents[1] / "README.md"


def readme_table() -> dict[str, set[str]]:
    """Section -> the keys its row lists (backticked words in the second column)."""
    text = README.read_text(encoding="utf-8")
    rows: dict[str, set[str]] = {}
    for line in text[text.index("| key | what it holds") :].splitlines()[2:]:
        if not line.startswith("|"):
            break
        first, second = line.split("|")[1:3]
        section = re.findall(r"`([a-z_]+)(?:\[\])?`", first)[0]
        rows[section] = set(re.findall(r"`([a-z_]+)`", second))
    return rows


def model_of(annotation: Any) -> type[BaseModel] | None:
    for candidate in (annotation, *getattr(annotation, "__args__", ())):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
    return None


def test_the_readme_lists_every_setting_and_invents_none() -> None:
    table = readme_table()
    assert set(table) == set(Settings.model_fields)
    for section, info in Settings.model_fields.items():
        model = model_of(info.annotation)
        expected = set(model.model_fields) if model else set()
        assert table[section] == expected, section
