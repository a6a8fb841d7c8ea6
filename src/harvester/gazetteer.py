"""Canonical council and principle names: normalisation, aliases and fuzzy matching."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process

from harvester.errors import ConfigError
from harvester.models import Participant
from harvester.principles import PRINCIPLES

# Words that vary between spellings of one council and carry no identity.
_NOISE_WORDS = frozenset(
    [
        "the",
        "of",
        "council",
        "city",
        "borough",
        "metropolitan",
        "district",
        "county",
        "london",
        "royal",
        "mbc",
        "lb",
        "rb",
        "bc",
        "dc",
        "cc",
        "corporation",
        "county-borough",
    ]
)
_COUNCILISH = re.compile(
    r"\b(council|borough|county|combined authority|city region|authority|assembly|parish|"
    r"municipal|unitary)\b",
    re.IGNORECASE,
)
_FUZZY_MIN = 90
_FUZZY_MIN_SHORT = 95


def fold(text: str) -> str:
    """Lower-case, strip accents and curly quotes, collapse spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    return " ".join(text.lower().split())


def name_key(name: str) -> str:
    """The identity of a council name: 'Telford & Wrekin Council' and 'telford and wrekin' agree."""
    text = fold(name).replace("&", " and ")
    text = re.sub(r"\bst\.?\s", "saint ", text)
    text = re.sub(r"[^a-z0-9 ]+", " ", text.replace("-", " "))
    words = [w for w in text.split() if w not in _NOISE_WORDS]
    return " ".join(words)


def tidy_name(name: str) -> str:
    """Normalise spacing and stray punctuation, keeping the page's own capitalisation."""
    name = " ".join(name.replace("\u00a0", " ").split()).strip(" .,;:-–•·*")
    if name.isupper() and len(name) > 6:
        name = name.title()
    return name


@dataclass(frozen=True)
class _Entry:
    name: str
    kind: str


@dataclass(frozen=True)
class Mention:
    """A known council or network body named in running text."""

    name: str
    as_written: str
    start: int
    end: int


_NAME_WORD = r"(?:[A-Z][\w'’.-]*|upon|on|under|with|and|&|of|the)"
_COUNCIL_PHRASE = re.compile(
    rf"\b(?:(?:London|Royal) Borough of |City and County of |City of |Borough of )?"
    rf"[A-Z][\w'’.-]*(?:\s+{_NAME_WORD}){{0,5}}?"
    r"(?:\s+(?:City|County|Borough|District|Metropolitan|Town|County Borough|Metropolitan Borough|"
    r"Metropolitan District|City Region))?\s+(?:Council|Combined Authority|MBC|BC|DC|CC)\b"
    r"|\b(?:London|Royal) Borough of [A-Z][\w'’-]*(?:\s+(?:and|upon)\s+[A-Z][\w'’-]*)*"
    r"|\bCity and County of [A-Z][\w'’-]*"
)
COUNCIL_PHRASE = _COUNCIL_PHRASE  # '… Council', 'London Borough of …': a council's name, known or not
MAX_MENTION_CHARS = 100_000
MAX_MENTIONS = 300
_MISSING = _Entry("", "")
# Place names that are also everyday words are never read as a council on their own.
_COMMON_WORDS = frozenset(["reading", "bath", "wells", "bury", "brent", "halton", "derby", "sale", "deal"])


class Gazetteer:
    """Resolves names as written on pages to canonical council names."""

    def __init__(self, entries: list[tuple[str, str, list[str]]]) -> None:
        self._by_key: dict[str, _Entry] = {}
        for name, kind, aliases in entries:
            entry = _Entry(name, kind)
            for spelling in (name, *aliases):
                self._by_key.setdefault(name_key(spelling), entry)
                self._by_key.setdefault(fold(spelling), entry)
        self._keys = list(self._by_key)
        self._spellings = self._short_spellings(entries)
        self._patterns: dict[bool, re.Pattern[str] | None] = {}
        self._cache: dict[tuple[str, bool], _Entry | None] = {}

    @staticmethod
    def _short_spellings(entries: list[tuple[str, str, list[str]]]) -> list[str]:
        """Acronym aliases and councils' place names as they are written in prose ('Leeds', 'GMCA')."""
        spellings: list[str] = []
        for name, kind, aliases in entries:
            spellings.extend(a for a in aliases if a.isupper() or (len(a) <= 6 and not a.islower()))
            if kind != "council":
                spellings.extend([name, *aliases])  # 'Co-operatives UK': bodies have no '… Council' to find
            if kind == "council":
                place = re.sub(
                    r"\b(?:City|County|Borough|Metropolitan|District|Council|Town|of|the|London|Royal)\b",
                    " ",
                    name,
                )
                place = " ".join(place.split())
                if place and place[0].isupper() and "Combined" not in place:
                    spellings.append(place)
        return spellings

    @classmethod
    def from_file(cls, path: Path | None = None) -> Gazetteer:
        """Load a gazetteer YAML file; None means the bundled one."""
        return _load_gazetteer(path)

    def canonical(self, raw: str) -> str:
        return self.resolve(raw).name

    def resolve(self, raw: str) -> Participant:
        """Canonical name and kind for `raw`; unknown names are kept as written, tidied."""
        as_written = tidy_name(raw)
        entry = self._lookup(as_written)
        if entry is None:
            without_brackets = re.sub(r"\s*\([^)]*\)", "", as_written).strip()
            bracketed = re.findall(r"\(([^)]+)\)", as_written)
            for candidate in (without_brackets, *bracketed):
                entry = self._lookup(candidate) if candidate else None
                if entry:
                    break
        if entry is not None:
            return Participant(name=entry.name, as_written=as_written, kind=entry.kind, known=True)
        clean = re.sub(r"\s*\((?:[A-Z]{2,6})\)$", "", as_written)
        kind = "council" if looks_like_council(clean) else "organisation"
        return Participant(name=clean, as_written=as_written, kind=kind, known=False)

    def mentions(self, text: str, *, bare_places: bool = False) -> list[Mention]:
        """Known councils and bodies named in `text`, in order: '… Council' phrases, aliases such as
        'GMCA', and (with `bare_places`) a council's place name on its own ('Leeds'). Reads at most the
        first `MAX_MENTION_CHARS` characters and keeps at most `MAX_MENTIONS` mentions."""
        text = text[:MAX_MENTION_CHARS]
        found: dict[tuple[int, int], Mention] = {}
        covered = bytearray(len(text) + 1)
        for match in _COUNCIL_PHRASE.finditer(text):
            if len(found) >= MAX_MENTIONS:
                break
            mention = self._mention_in(match.group(), match.start(), single_words=False)
            if mention is not None:
                found[(mention.start, mention.end)] = mention
                covered[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
        pattern = self._alias_pattern(bare_places)
        if pattern is not None:
            for match in pattern.finditer(text):
                if len(found) >= MAX_MENTIONS:
                    break
                if not covered[match.start()]:
                    mention = self._mention_in(match.group(), match.start(), single_words=True)
                    if mention is not None:
                        found[(mention.start, mention.end)] = mention
        return [found[key] for key in sorted(found)]

    def _mention_in(self, phrase: str, start: int, *, single_words: bool) -> Mention | None:
        """The longest known name inside `phrase` ('the work with Oldham Council and Bury' → Oldham);
        only a phrase's tail is matched loosely (a misspelt 'Oldham Councl')."""
        words = phrase.split()
        for size in range(len(words), 0, -1):
            for first in range(len(words) - size + 1):
                candidate = " ".join(words[first : first + size])
                if size == 1 and not (single_words or candidate.isupper()):
                    continue
                tail = first + size == len(words)
                entry = self._lookup(candidate, fuzzy=tail) if len(candidate) >= 4 else None
                if entry is None:
                    continue
                offset = start + _word_offset(phrase, first)
                return Mention(entry.name, candidate, offset, offset + len(candidate))
        return None

    def _alias_pattern(self, bare_places: bool) -> re.Pattern[str] | None:
        if bare_places not in self._patterns:
            self._patterns[bare_places] = self._build_alias_pattern(bare_places)
        return self._patterns[bare_places]

    def _build_alias_pattern(self, bare_places: bool) -> re.Pattern[str] | None:
        spellings = set()
        for spelling in self._spellings:
            if spelling.isupper() or (len(spelling) <= 6 and any(c.isupper() for c in spelling[1:])):
                spellings.add(spelling)  # acronyms: GMCA, CWaC, LBBD
            elif bare_places and spelling.lower() not in _COMMON_WORDS:
                spellings.add(spelling)
        if not spellings:
            return None
        alternation = "|".join(re.escape(s) for s in sorted(spellings, key=len, reverse=True))
        return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")

    def _lookup(self, name: str, *, fuzzy: bool = True) -> _Entry | None:
        cached = self._cache.get((name, fuzzy), _MISSING)
        if cached is not _MISSING:
            return cached
        if len(self._cache) > 20_000:
            self._cache.clear()
        entry = self._find(name, fuzzy=fuzzy)
        self._cache[(name, fuzzy)] = entry
        return entry

    def _find(self, name: str, *, fuzzy: bool) -> _Entry | None:
        for key in (fold(name), name_key(name)):
            if key in self._by_key:
                return self._by_key[key]
        key = name_key(name)
        if not fuzzy or len(key) < 5:
            return None
        # A short key is one place's name: 'hertfordshire' is not 'herefordshire' at ratio 92.
        cutoff = _FUZZY_MIN if len(key) >= 16 else _FUZZY_MIN_SHORT
        match = process.extractOne(key, self._keys, scorer=fuzz.ratio, score_cutoff=cutoff)
        return self._by_key[match[0]] if match else None


def _word_offset(phrase: str, index: int) -> int:
    """Where the `index`-th whitespace-separated word of `phrase` starts."""
    position = 0
    for number, match in enumerate(re.finditer(r"\S+", phrase)):
        position = match.start()
        if number == index:
            break
    return position


def looks_like_council(name: str) -> bool:
    """A local authority by its wording ('... Council', 'Combined Authority'), not a group or charity."""
    lowered = name.lower()
    if re.search(r"\b(labour|co-op|conservative|liberal|green) (and co-op )?group\b", lowered):
        return False
    return bool(_COUNCILISH.search(name)) and "councils" not in lowered


@cache
def _load_gazetteer(path: Path | None) -> Gazetteer:
    try:
        if path is None:
            text = resources.files("harvester").joinpath("data/councils.yaml").read_text(encoding="utf-8")
        else:
            text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(text) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read the councils gazetteer {path}: {exc}") from None
    rows = data.get("councils") if isinstance(data, dict) else None
    if not isinstance(rows, list):
        raise ConfigError(f"gazetteer {path or 'bundled'} must have a 'councils' list")
    entries = []
    for row in rows:
        if not isinstance(row, dict) or "name" not in row:
            raise ConfigError(f"gazetteer entry without a name: {row!r}")
        entries.append((str(row["name"]), str(row.get("kind", "council")), [str(a) for a in row.get("aliases", [])]))
    return Gazetteer(entries)


def principle_key(name: str) -> str:
    text = fold(name).replace("&", " and ")
    text = text.replace("co-operative", "cooperative").replace("co-production", "coproduction")
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", text).split())


_PRINCIPLE_KEYS: dict[str, str] = {}
for _p in PRINCIPLES:
    for _spelling in (_p.name, *_p.aliases):
        _PRINCIPLE_KEYS[principle_key(_spelling)] = _p.name


def canonical_principle(raw: str, min_score: int = 88) -> str | None:
    """The canonical principle a short label names, or None."""
    key = principle_key(raw)
    if key in _PRINCIPLE_KEYS:
        return _PRINCIPLE_KEYS[key]
    if len(key) < 5 or len(key) > 70:
        return None
    match = process.extractOne(key, list(_PRINCIPLE_KEYS), scorer=fuzz.ratio, score_cutoff=min_score)
    return _PRINCIPLE_KEYS[match[0]] if match else None


def type_key(value: str | None) -> str | None:
    """'Policy Labs', 'policy lab' and 'POLICY-LABS' agree."""
    if not value:
        return None
    words = re.sub(r"[^a-z0-9 ]+", " ", fold(value)).split()
    return " ".join(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words)
