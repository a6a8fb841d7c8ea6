"""Values as pages write them: lists of names, checked to be names and not sentences or labels."""

from __future__ import annotations

import re

from harvester.extract.labels import is_label

_SENTENCE_WORDS = re.compile(
    r"\b(?:is|are|was|were|will|would|has|have|had|we|our|this|that|which|who|worked|developed|helped)\b", re.I
)


def names_in(value: str) -> list[str]:
    """The names a field's value lists, in order, without sentences, labels or repeats."""
    names = [name for name in split_names(value) if _name_shaped(name)]
    return list(dict.fromkeys(names))


def _name_shaped(name: str) -> bool:
    words = name.split()
    if not words or len(words) > 12 or is_label(name):
        return False
    if not (name[0].isupper() or name[0].isdigit()):
        return False
    return not (len(words) > 5 and _SENTENCE_WORDS.search(name))


def split_names(value: str) -> list[str]:
    """Split 'A Council, B Council and C Council' into names; 'and' inside a name is kept."""
    parts = re.split(r"\s*(?:[,;•·|]|\s\u2022\s|\n)\s*", value)
    names: list[str] = []
    for part in parts:
        part = re.sub(r"^(?:and|&)\s+", "", part.strip(), flags=re.IGNORECASE).strip(" .")
        names.extend(_split_trailing_and(part))
    return [n for n in names if 2 <= len(n) <= 120 and re.search(r"[A-Za-z]", n)]


def _split_trailing_and(part: str) -> list[str]:
    """'X Council and Y Council' names two councils; 'Telford and Wrekin Council' names one."""
    for match in re.finditer(r"\s+(?:and|&)\s+", part):
        left, right = part[: match.start()], part[match.end() :]
        if re.search(r"\b(council|authority)$", left, re.IGNORECASE) and re.search(
            r"\b(council|authority)$", right, re.IGNORECASE
        ):
            return [left, *_split_trailing_and(right)]
    return [part] if part else []
