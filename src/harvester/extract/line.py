"""The unit every field reader works on: one line of a page as a reader sees it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

LineKind = Literal["heading", "item", "text", "cell"]


@dataclass
class Line:
    """A heading, list item, table cell (or row) or run of text, with its heading level."""

    text: str
    kind: LineKind
    level: int = 0
