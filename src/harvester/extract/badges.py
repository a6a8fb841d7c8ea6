"""Principles a page shows only as icons or badges: in attributes a reader sees as tooltips or alt text."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from harvester.gazetteer import canonical_principle

_BADGE_ATTRIBUTES = ("alt", "title", "aria-label", "data-tooltip", "data-title", "data-label", "data-original-title")
_CHROME = frozenset(["nav", "footer", "header", "aside"])
MAX_BADGES = 400  # attribute texts read from one page


def principle_badges(soup: BeautifulSoup) -> list[str]:
    """Principles a page shows as icons or badges: named in an image's alt or title, an aria-label, a
    tooltip, an SVG's <title> or a class name ('badge--co-production'), outside navigation and footers.
    One entry per time shown."""
    found: list[str] = []
    seen = 0
    for tag in soup.find_all(True):
        texts = [str(tag.get(name) or "") for name in _BADGE_ATTRIBUTES]
        if tag.name == "title" and tag.find_parent("svg") is not None:
            texts.append(tag.get_text(" ", strip=True))
        texts += _class_phrases(tag)
        texts = [t for t in texts if 3 <= len(t) <= 120]
        if not texts:
            continue
        seen += 1
        if seen > MAX_BADGES:
            break
        if any(parent.name in _CHROME for parent in tag.parents):
            continue
        for text in texts:
            name = canonical_principle(
                re.sub(r"\b(?:icon|badge|principle|tag|pill|chip|label)s?\b", " ", text, flags=re.I)
            )
            if name:
                found.append(name)
                break
    return found


def _class_phrases(tag: Tag) -> list[str]:
    """'principle--co-production' → 'co production': a class name read as words."""
    phrases = []
    for token in tag.get("class") or []:
        token = str(token)
        if len(token) >= 6 and re.search(r"[-_]", token):
            phrases.append(" ".join(re.split(r"[-_]+", token)))
    return phrases
