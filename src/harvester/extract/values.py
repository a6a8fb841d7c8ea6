"""Values as pages write them: lists of names, checked to be names and not sentences or labels."""

from __future__ import annotations

import re
from collections.abc import Callable

from harvester.extract.labels import is_label
from harvester.gazetteer import Gazetteer

# The words that make a name an organisation's rather than a person's or a place's: one list for the
# contact reader (a line naming an employer), the lead reader ('developed by Goodwin Development
# Trust') and the splitting of joined names ('Torbay Council and the University of Plymouth').
ORGANISATION_WORDS = (
    "council", "authority", "borough", "university", "college", "trust", "foundation", "services",
    "association", "society", "partnership", "network", "cic", "cio", "ltd", "limited", "co-operative",
    "cooperative", "housing", "nhs", "hospital", "hospitals", "group", "alliance", "agency", "centre",
    "charity", "uk", "homes",
)  # fmt: skip
ORGANISATION_WORD = re.compile(rf"\b(?:{'|'.join(map(re.escape, ORGANISATION_WORDS))})\b", re.IGNORECASE)

_SENTENCE_WORDS = re.compile(
    r"\b(?:is|are|was|were|will|would|has|have|had|we|our|this|that|which|who|worked|developed|helped)\b", re.I
)


def names_in(value: str) -> list[str]:
    """The names a field's value lists, in order, without sentences, labels or repeats."""
    names = [name for name in split_names(value) if name_shaped(name)]
    return list(dict.fromkeys(names))


def name_shaped(name: str) -> bool:
    """A name, not a sentence or a label: capitalised, at most twelve words, no verbs past five words."""
    words = name.split()
    if not words or len(words) > 12 or is_label(name):
        return False
    if not (name[0].isupper() or name[0].isdigit()):
        return False
    return not (len(words) > 5 and _SENTENCE_WORDS.search(name))


_TRAILING_DATE = re.compile(
    r"\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?(?:19|20)\d\d$", re.IGNORECASE
)


def split_names(value: str) -> list[str]:
    """Split 'A Council, B Council and C Council' into names; 'and' inside a name is kept, a date run
    on after a name ('Devon County Council November 2020') is not part of it."""
    parts = re.split(r"\s*(?:[,;•·|]|\s\u2022\s|\n)\s*", value)
    names: list[str] = []
    for part in parts:
        part = re.sub(r"^(?:and|&)\s+", "", part.strip(), flags=re.IGNORECASE).strip(" .")
        part = _TRAILING_DATE.sub("", part) if not part[:1].isdigit() else part
        names.extend(_split_trailing_and(part))
    return [n for n in names if 2 <= len(n) <= 120 and re.search(r"[A-Za-z]", n)]


def _split_trailing_and(part: str) -> list[str]:
    """'X Council and Y Council' names two councils; 'Telford and Wrekin Council' names one."""
    return split_joined(part)


def looks_like_organisation(name: str) -> bool:
    """A name of two or more words, starting with a capital, with a word organisations are named by
    ('Phoenix Community Housing', 'University of Salford'); 'Housing' alone is a topic."""
    return len(name.split()) >= 2 and name[:1].isupper() and bool(ORGANISATION_WORD.search(name))


def split_joined(name: str, known: Callable[[str], bool] = lambda _: False) -> list[str]:
    """The names 'A and B and C' joins. It splits at an 'and' only where the left side is a whole
    organisation's name (`known`, or one that starts or ends with the kind of body it is) and each
    name on the right is one too or a proper name: 'Sefton Council and the University of Liverpool',
    'Participatory City Foundation and Every One Every Day' are two; 'Telford and Wrekin Council' and
    'Hull Community and Voluntary Services' are one each."""
    for joint in re.finditer(r"\s+(?:and|&)\s+", name):
        left, right = name[: joint.start()].strip(), re.sub(r"^the\s+", "", name[joint.end() :].strip(), flags=re.I)
        if not (known(left) or _named_for_its_kind(left)):
            continue
        if right[:1].islower():
            return [left]  # 'Trafford Council and two housing companies': a description, not a name
        rest = split_joined(right, known)
        if not (_whole(left) or _named_for_its_kind(left) or all(known(part) for part in rest)):
            continue  # 'Wigan & Leigh Homes': a place alone starts a name unless places are listed
        if rest and all(
            known(part) or _named_for_its_kind(part) or proper_name(part) or _one_word_name(part) for part in rest
        ):
            return [left, *rest]
    return [name] if name else []


def joined_names(name: str, gazetteer: Gazetteer) -> list[str]:
    """`split_joined` for a field or sentence of councils and partners, with the gazetteer's names:
    a name it knows whole ('Brighton and Hove City Council') is one name."""
    if gazetteer.resolve(name).known:
        return [name]
    return split_joined(name, lambda part: gazetteer.resolve(part).known)


_CONNECTIVES = {"of", "the", "for", "and", "&", "in", "on", "at"}


def _one_word_name(name: str) -> bool:
    """'Cwmpas', 'Locality': an organisation known by one capitalised word."""
    return re.fullmatch(r"[A-Z][a-z]{3,}", name) is not None


def _whole(name: str) -> bool:
    """A name that stands alone: two or more words, or an acronym ('LCRCA')."""
    return len(name.split()) >= 2 or name.isupper()


def _named_for_its_kind(name: str) -> bool:
    """'Goodwin Development Trust', 'University of Salford', 'Lewisham Council': the kind of body is
    the first or the last word."""
    words = [w for w in name.split() if w.lower() not in _CONNECTIVES]
    return (
        len(words) >= 2
        and name[:1].isupper()
        and bool(ORGANISATION_WORD.fullmatch(words[0]) or ORGANISATION_WORD.fullmatch(words[-1]))
    )


def proper_name(name: str) -> bool:
    """Two or more capitalised words ('Every One Every Day'), connecting words aside."""
    words = [w for w in name.split() if w.lower() not in _CONNECTIVES]
    return len(words) >= 2 and all(w[:1].isupper() or w[:1].isdigit() for w in words)


_EXPANDED = re.compile(
    r"(?P<full>(?:[A-Z][\w'’-]*\s+(?:(?:of|and|the|for|&)\s+)*){1,8}[A-Z][\w'’-]*)\s*\((?P<short>[A-Z]{2,8})\)"
)


def page_acronyms(text: str) -> dict[str, str]:
    """Acronyms a page spells out once ('Royal Borough of Kensington and Chelsea (RBKC)'): each
    acronym's full name, when its letters are the initials of the name's last words."""
    found: dict[str, str] = {}
    for match in _EXPANDED.finditer(text[:200_000]):
        words = match.group("full").split()
        short = match.group("short")
        for start in range(len(words)):
            initials = "".join(w[0] for w in words[start:] if w[:1].isupper())
            if initials == short:
                found.setdefault(short, " ".join(words[start:]))
                break
    return found


def preferred_name(name: str, known: Callable[[str], bool]) -> str:
    """One name from 'Cyngor Abertawe (Swansea Council)' or 'Glamorgan Voluntary Services (GVS)': the
    side a gazetteer knows, else the name without its acronym."""
    match = re.fullmatch(r"(?P<outer>[^()]+?)\s*\((?P<inner>[^()]+)\)", name.strip())
    if not match:
        return name
    outer, inner = match.group("outer").strip(), match.group("inner").strip()
    if known(inner) and not known(outer):
        return inner
    return outer if known(outer) or re.fullmatch(r"[A-Z]{2,8}", inner) else name
