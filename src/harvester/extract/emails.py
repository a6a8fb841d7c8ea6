"""Every email address a page shows, as a contact candidate, and the person each belongs to.

The rules (`contacts.py`) find the addresses a page offers in its usual words; many pages offer theirs
in other words, and every page shows addresses that are nobody's contact for the project (a newsdesk,
recruitment, a venue, the site's own mailbox, another project's team). Here each distinct address is
one candidate with what surrounds it (its region, the cue words before it, its local part and domain,
whether the rules took it) and the sentence it stands in, read by meaning; the contact model decides.

The person an address belongs to is the name on the page its local part spells ('nadia.kowalczyk' and
Nadia Kowalczyk, 'mobi' and Dr Marcus Obi, 'jess' and Jess Amankwah), the nearest such name winning.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from harvester.extract.contacts import EMAIL, HONORIFIC, ROLE_WORDS, ascii_fold, readable_emails
from harvester.extract.context import Candidate, Origin, PageContext, region_of, sentence_around
from harvester.extract.lexicon import CONTACT_CUES, MAILBOX_WORDS, ORG_WORD
from harvester.extract.meaning import Meaning
from harvester.models import Contact, Document

MAX_ADDRESSES = 30  # distinct addresses read a page: a directory's hundreds are not its contacts
_SENTENCES = 2  # sentences around each address read by meaning

_PARTICLE = r"(?:ap|ab|de|da|di|du|van|von|der|den|le|la|al|bin|mac|o')"
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’-][A-Za-zÀ-ÖØ-öø-ÿ][^\W\d_]*)*"
_NAME_RUN = re.compile(rf"(?:\b{HONORIFIC}\s+)?\b{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{0,3}}")
_HONORIFIC_START = re.compile(rf"^{HONORIFIC}$")
_ADDRESS_OR_LINK = re.compile(r"\S+@\S+|\b(?:https?://|www\.)\S+")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-zß-öø-ÿ][a-zß-öø-ÿ'’-]+")


@dataclass(frozen=True)
class Spelled:
    """A name on the page that an address spells, and how well."""

    name: str
    score: float  # 2: every word of the name in the address; 1.5: surname and initial; 1: first name only
    line: int


def contact_candidates(
    doc: Document, context: PageContext, addresses: PageAddresses, meaning: Meaning | None
) -> tuple[list[Candidate], dict[str, str]]:
    """One candidate per distinct address on the page (with the sentences it stands in, read by
    meaning), and the person each belongs to (when the page names one)."""
    texts, seen = addresses.texts, addresses.seen
    ruled = {c.email.lower(): c for c in doc.contacts if c.email}
    host = (urlsplit(context.url).hostname or "").lower().removeprefix("www.")
    page_text = " ".join(texts).casefold()
    runs = NameRuns.of(texts)
    n_lines = max(1, len(context.lines))
    headings = [i for i, line in enumerate(context.lines) if line.kind == "heading"]
    order = sorted(seen, key=lambda a: seen[a][0][0])
    candidates: list[Candidate] = []
    names: dict[str, str] = {}
    for rank, address in enumerate(order):
        occurrences = seen[address]
        first_line = occurrences[0][0]
        candidate = Candidate("contact", address)
        for (line, _, _), sentence in zip(occurrences[:_SENTENCES], addresses.sentences[address], strict=True):
            candidate.origins.append(Origin(region_of(context, line), "address", evidence=sentence, line=line))
        spelled = spelled_name(address, runs, first_line)
        rule = ruled.get(address)
        name = spelled.name if spelled else (rule.name if rule and rule.name else None)
        if name:
            names[address] = name
        local, _, domain = address.partition("@")
        words = [w for w in re.split(r"[._+\-\d]+", local) if w]
        before = " ".join(texts[line][max(0, start - 160) : start] for line, start, _ in occurrences[:_SENTENCES])
        features = candidate.features
        features.update(
            {
                "rule_found": float(rule is not None),
                "rule_named": float(bool(rule and rule.name)),
                "mailbox_word": float(any(w in MAILBOX_WORDS for w in words)),
                "local_words": float(len(words)),
                "spelled": spelled.score if spelled else 0.0,
                "name_distance": abs(spelled.line - first_line) / n_lines if spelled else math.nan,
                "site_domain": float(bool(host) and (host == domain or host.endswith("." + domain))),
                "domain_named": float(_domain_word(domain) in page_text),
                "gov_domain": float(".gov." in f".{domain}."),
                "occurrences": float(len(occurrences)),
                "first_line": first_line / n_lines,
                "rank": float(rank),
                "addresses": float(len(order)),
                "pdf": float(context.pdf),
                "in_listing": float(any(o.region == "listing" for o in candidate.origins)),
                "contact_section": float(any(o.region == "contact_section" for o in candidate.origins)),
                "editors_notes": float(any(o.region == "editors_notes" for o in candidate.origins)),
                "other_section": float(any(o.region == "other_section" for o in candidate.origins)),
                "after_last_heading": float(bool(headings) and first_line > headings[-1]),
            }
        )
        for cue, pattern in CONTACT_CUES.items():
            features[f"cue_{cue}"] = float(len(pattern.findall(before)))
        if meaning is not None:
            candidate.vectors = list(meaning.vectors([o.evidence for o in candidate.origins]))
        candidates.append(candidate)
    return candidates, names


@dataclass(frozen=True)
class PageAddresses:
    """The page's lines with spelled-out addresses made readable, each distinct address (up to
    `MAX_ADDRESSES`) with its occurrences (line, start, end), and the sentences of its first
    `_SENTENCES` occurrences (the address written '[email]'): read once a page, for the batch sent to
    the sentence model and for the candidates."""

    texts: list[str]
    seen: dict[str, list[tuple[int, int, int]]]
    sentences: dict[str, list[str]]

    @classmethod
    def of(cls, context: PageContext) -> PageAddresses:
        texts = [readable_emails(line.text) for line in context.lines]
        seen: dict[str, list[tuple[int, int, int]]] = {}
        for index, text in enumerate(texts):
            for match in EMAIL.finditer(text[:4000]):
                address = match.group(0).rstrip(".").lower()
                if address in seen or len(seen) < MAX_ADDRESSES:
                    seen.setdefault(address, []).append((index, match.start(), match.end()))
        sentences = {
            address: [
                sentence_around(texts[line], start, end, stand_in="[email]")
                for line, start, end in occurrences[:_SENTENCES]
            ]
            for address, occurrences in seen.items()
        }
        return cls(texts, seen, sentences)

    def all_sentences(self) -> list[str]:
        return [sentence for sentences in self.sentences.values() for sentence in sentences]


def _domain_word(domain: str) -> str:
    """The distinctive word of a domain ('kirklees' of kirklees.gov.uk, 'norwichlarder' of …coop)."""
    parts = [p for p in domain.split(".") if p not in ("www", "gov", "org", "co", "ac", "uk", "com", "net", "coop")]
    return parts[0] if parts else domain


@dataclass(frozen=True)
class NameRuns:
    """The page's runs of capitalised words (where people's names are), indexed by their folded words."""

    runs: list[tuple[int, str]]  # (line, run)
    by_word: dict[str, list[int]]
    common: frozenset[str]  # words the page also writes in lower case: words, not names ('shares', 'policy')

    @classmethod
    def of(cls, texts: list[str]) -> NameRuns:
        runs: list[tuple[int, str]] = []
        by_word: dict[str, list[int]] = {}
        prose = (_ADDRESS_OR_LINK.sub(" ", text[:4000]) for text in texts)
        common = frozenset(_ascii(w) for text in prose for w in _LOWER_WORD.findall(text))
        for index, text in enumerate(texts):
            for match in _NAME_RUN.finditer(text[:4000]):
                for word in {_ascii(w) for w in re.split(r"[\s'’-]+", match.group(0))}:
                    if len(word) >= 3:
                        by_word.setdefault(word, []).append(len(runs))
                runs.append((index, match.group(0)))
        return cls(runs, by_word, common)


def spelled_name(address: str, runs: NameRuns, near: int) -> Spelled | None:
    """The name on the page the address's local part spells best; a fuller name, then the nearest to
    line `near`, on a tie."""
    local = _ascii(address.split("@", 1)[0])
    if len(local) < 3:
        return None
    squeezed = re.sub(r"[-_'’]", "", local)
    numbers = sorted({n for word, found in runs.by_word.items() if word in squeezed for n in found})
    best: Spelled | None = None
    for number in numbers:
        line, run = runs.runs[number]
        found = _spelled_span(run, local, runs.common)
        if found is None:
            continue
        candidate = Spelled(found[0], found[1], line)
        if best is None or _rank(candidate, near) > _rank(best, near):
            best = candidate
    return best


def _rank(spelled: Spelled, near: int) -> tuple[float, bool, int]:
    return spelled.score, len(spelled.name.split()) > 1, -abs(spelled.line - near)


def _spelled_span(run: str, local: str, common: frozenset[str] = frozenset()) -> tuple[str, float] | None:
    """The part of a run of capitalised words that `local` spells, with its score. A word the page also
    writes in lower case is a word, not a name ('Policy Labs' and policylabs@)."""
    words = run.split()
    folded = [_ascii(w) for w in words]
    hits = [
        i
        for i, w in enumerate(folded)
        if _word_in(w, local) and w not in MAILBOX_WORDS and w not in common and not _HONORIFIC_START.match(words[i])
    ]
    if not hits:
        return None
    first, last = hits[0], hits[-1]
    if first > 0 and _HONORIFIC_START.match(words[first - 1]):
        first -= 1
    span = words[first : last + 1]
    name = " ".join(span)
    if ORG_WORD.search(name) or any(ROLE_WORDS.fullmatch(w) for w in span):
        return None
    if len(hits) >= 2:
        return name, 2.0
    word = folded[hits[0]]
    if local == word:  # 'jess@': the first name alone; the surname after it when the page gives one
        after = [w for w in words[last + 1 : last + 2] if not ORG_WORD.search(w)]
        return " ".join([*span, *after]), 1.0
    if hits[0] > 0 and local.startswith(folded[hits[0] - 1][:1]) and local.endswith(word):  # 'mobi': M. Obi
        start = first - 1 if first > 0 and not _HONORIFIC_START.match(words[first - 1]) else first - 2
        start = max(0, start)
        if start > 0 and _HONORIFIC_START.match(words[start - 1]):
            start -= 1
        return " ".join(words[start : last + 1]), 1.5
    return None


def _word_in(word: str, local: str) -> bool:
    """Whether the address's local part holds the name's word ('rahman-cole' in 'a.rahman-cole' or
    'a.rahmancole'; 'ap' and 'dafydd' of 'ap Dafydd' in 'apdafydd')."""
    squeezed_word = re.sub(r"[-'’]", "", word)
    squeezed_local = re.sub(r"[-_'’]", "", local)
    if len(squeezed_word) >= 3 and squeezed_word in squeezed_local:
        return True
    parts = [p for p in re.split(r"[-'’]", word) if len(p) >= 2]
    return len(parts) > 1 and all(p in local for p in parts)


def _ascii(text: str) -> str:
    return ascii_fold(text).strip(".,;:()")


def contacts_decided(doc: Document, kept: list[str], names: dict[str, str]) -> list[Contact]:
    """The page's contacts: the rules' people without an address, then each kept address with the
    person it belongs to (the rules' record when they found it)."""
    by_address = {c.email.lower(): c for c in doc.contacts if c.email}
    people = [c for c in doc.contacts if not c.email]
    named = {c.name for c in people if c.name}
    for address in kept:
        contact = by_address.get(address) or Contact(email=address)
        name = names.get(address)
        if name:
            contact = contact.model_copy(update={"name": name})
        if contact.name in named:
            people = [p for p in people if p.name != contact.name]
        people.append(contact)
    return people


CONTACT_FEATURES: tuple[str, ...] = (
    "rule_found", "rule_named", "mailbox_word", "local_words", "spelled", "name_distance", "site_domain",
    "domain_named", "gov_domain", "occurrences", "first_line", "rank", "addresses", "pdf", "in_listing",
    "contact_section", "editors_notes", "other_section", "after_last_heading",
    *(f"cue_{cue}" for cue in CONTACT_CUES), "meaning_contact",
)  # fmt: skip
