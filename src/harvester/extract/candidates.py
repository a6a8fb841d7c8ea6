"""Every value a page offers for a field, as typed candidates with structured provenance and features.

The rules of the other modules (labelled fields, stated leads, standfirst ranges…) stay, as candidate
generators and as features; so do plain readings of the page: every council the gazetteer finds on a
line, every year or period, every short value under a label (known to the lexicon or read by meaning),
every principle. `extract/decision.py` weighs them with the trained field models.

A candidate is one distinct value (one council, one year, one type value, one principle) with the
places it was seen (`Origin`: region, rule, label, evidence, line) and numeric features aggregated
over them. Feature names are listed once per field in `FEATURES`; a missing signal is NaN.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol
from urllib.parse import urlsplit

from harvester.extract.labels import FieldValue, field_of, label_key
from harvester.extract.lexicon import LEAD, MEMBERS, PUBLISHED, TYPE, YEAR, YEAR_END, YEAR_START
from harvester.extract.line import Line
from harvester.extract.meaning import Meaning
from harvester.extract.principles import has_principles_heading
from harvester.extract.values import joined_names, looks_like_organisation, names_in, proper_name, split_names
from harvester.gazetteer import COUNCIL_PHRASE, Gazetteer, fold
from harvester.models import Document, Kind
from harvester.principles import PRINCIPLES

MAX_LINES = 1500  # a page's lines read for candidates: a project's facts are never past this
MAX_PAIRS = 300
_OPEN_END = re.compile(r"^\s*(?:[-–—]|to|until)\s*(?:present|date|now|today|ongoing|continuing)\b", re.I)
_PERIOD = re.compile(
    r"\b((?:19|20)\d\d)(?:\s*(?:[-–—/]|\bto\b|\buntil\b|\btill\b|\bthrough\b|\band\b)\s*((?:19|20)?\d\d)\b(?![-/]\d))?",
    re.I,
)
_CALENDAR = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+$"
    r"|\b\d{1,2}[/.]\d{1,2}[/.]$",
    re.I,
)
_MONTH_BEFORE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+$", re.I)
_SEASON_BEFORE = re.compile(r"\b(?:spring|summer|autumn|winter|early|late|mid)[- ]?\s*$", re.I)
_PAIR = re.compile(r"^(?P<label>[A-Za-z][^:|\d]{0,44}?)\s*(?::|\||\s[-–—]\s)\s*(?P<value>\S.*)$")


# --- cue words near a mention: data, read by `_cues` ---------------------------------------------
CUES: dict[str, re.Pattern[str]] = {
    "lead_before": re.compile(
        r"\b(?:led|run|hosted|convened|co-?ordinated|headed|spearheaded|initiated|developed|produced|delivered|"
        r"managed|commissioned|launched)\s+by\s+(?:the\s+)?$|\blead(?:ing)?\s+(?:council|authority|partner|member|"
        r"organisation|body)\s*(?:is|was|:|,|-|–)?\s*(?:the\s+)?$|\b(?:lead|host|convenor|led by)\s*[:–-]?\s*$",
        re.I,
    ),
    "lead_after": re.compile(
        r"^\W{0,3}(?:\([^)]{1,20}\)\s*)?(?:,\s*)?(?:is|are|was|were|has been|have been|had been)?\s*(?:the\s+)?"
        r"(?:leading|leads|led|lead\b|hosting|hosts|hosted|convening|convened|running|runs|ran|co-?ordinating|"
        r"launched|launches|set up|established|developed|pioneered|will lead|is to lead|took the lead)",
        re.I,
    ),
    "partner_before": re.compile(
        r"\b(?:with|alongside|partners?|partnership|together|joined|joining|including|involving|and|"
        r"councils?|authorities|members?)\s+(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){0,6}$|,\s*$",
        re.I,
    ),
    "partner_after": re.compile(
        r"^\W{0,3}(?:,|and\b|have joined|has joined|joined|are taking part|is taking part|took part|signed up|"
        r"are partners|is a partner|as partners?|also took part)",
        re.I,
    ),
    "passing": re.compile(
        r"\b(?:like|such as|similar|previous(?:ly)?|earlier|last year|another|other|inspired by|following|"
        r"learn(?:ed|t|ing) from|visited|as (?:in|at)|modelled on|based on|unlike)\b[^.]{0,60}$",
        re.I,
    ),
    "funder": re.compile(r"\b(?:funded|funding|grant|sponsored|backed|financed)\s+(?:by|from)\s+(?:the\s+)?$", re.I),
    "speaker": re.compile(
        r"\b(?:cllr|councillor|leader|mayor|cabinet member|chief executive|officer|said|says)\b", re.I
    ),
}
_OTHER_SECTION = re.compile(
    r"\b(?:related|other|more|latest|recent|featured|similar|see also|you might|read next|elsewhere|"
    r"previous|past|archive|also)\b",
    re.I,
)
_CONTACT_SECTION = re.compile(r"\b(?:contact|further information|get in touch|enquiries|media)\b", re.I)
_EDITORS_SECTION = re.compile(r"\b(?:notes? to editors?|about (?:the|us)|ends)\b", re.I)
_POSTING_CUE = re.compile(
    r"\b(?:published|posted|updated|issued|released|dated|written|copyright|last (?:updated|modified)|on)\s*:?\s*$"
    r"|©\s*$",
    re.I,
)
_STRONG_START = re.compile(
    r"\b(?:since|launched|set up|began|begun|started|founded|established|opened|inception|kicked off|piloted|"
    r"created|formed|introduced|first|from)\b[^.;]{0,25}$",
    re.I,
)
_START_CUE = re.compile(
    r"\b(?:since|from|began|begun|started|starting|launched|launch|set up|established|founded|opened|in)\s*:?\s*$", re.I
)
_END_CUE = re.compile(r"\b(?:until|till|to|ended|ending|completed|finished|closed|by)\s*:?\s*$", re.I)
_EVENT_CUE = re.compile(r"\b(?:event|conference|webinar|meeting|deadline|closes|closing|apply by|join us)\b", re.I)


@dataclass(frozen=True)
class Origin:
    """Where a candidate was seen: the region of the page, the rule or reading that found it, the label it
    stood under, the evidence text and the line (-1: not a line, e.g. the address or the rules' choice)."""

    region: str
    rule: str
    label: str = ""
    evidence: str = ""
    line: int = -1


@dataclass
class Candidate:
    """One value for a field, every place it was seen and its features."""

    kind: str  # "council", "year", "end", "type", "principle" or "doc_type"
    value: str
    origins: list[Origin] = field(default_factory=list)
    features: dict[str, float] = field(default_factory=dict)
    spans: dict[int, int] = field(default_factory=dict)  # a year's: spans it ends, by start year
    vectors: list[Any] = field(default_factory=list)  # sentence vectors of where it is named (by meaning)

    def provenance(self) -> str:
        """The strongest origin in words, for `Document.provenance` and the review queue."""
        origin = max(self.origins, key=_origin_rank) if self.origins else Origin("page", "model")
        where = f"{origin.rule} in {origin.region}" + (f" under '{origin.label}'" if origin.label else "")
        return f"{where}: {origin.evidence}"[:300] if origin.evidence else where


def _origin_rank(origin: Origin) -> int:
    return {"rules": 3, "label": 2}.get(origin.region, 1)


@dataclass
class Pair:
    """A label and its value as set off on the page, whatever the label's words."""

    label: str
    value: str
    line: int
    known_field: str | None  # the lexicon's field for the label, if it knows it
    scores: dict[str, float] = field(default_factory=dict)  # by meaning; empty without a model


@dataclass
class PageContext:
    """What the decision reads: the page's lines and pairs, and what the rules already found."""

    url: str
    title: str
    lines: list[Line]
    values: list[FieldValue]
    listing: set[int]
    published: tuple[int | None, str]
    publisher: str | None
    council_site: str | None
    pdf: bool
    pairs: list[Pair] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)  # per line, the heading it sits under
    first_paragraph: set[int] = field(default_factory=set)
    role_sentences: dict[str, list[str]] = field(default_factory=dict)  # by council: sentences naming it
    year_sentences: dict[int, list[str]] = field(default_factory=dict)  # by year: sentences giving it
    badges: list[str] = field(default_factory=list)  # principles shown as icons or badges


def build_context(
    doc: Document,
    lines: list[Line],
    values: list[FieldValue],
    listing: set[int],
    *,
    published: tuple[int | None, str],
    publisher: str | None,
    council_site: str | None,
    badges: list[str] | None = None,
) -> PageContext:
    """The context for `doc`'s decision: lines bounded, label/value pairs read, regions marked."""
    lines = lines[:MAX_LINES]
    context = PageContext(
        url=doc.url,
        title=doc.title,
        lines=lines,
        values=values,
        listing=listing,
        published=published,
        publisher=publisher,
        council_site=council_site,
        pdf=doc.kind is Kind.PDF,
        badges=badges or [],
    )
    context.pairs = read_pairs(lines)
    heading = ""
    after_title = False
    for index, line in enumerate(lines):
        if line.kind == "heading":
            heading = line.text
            after_title = after_title or line.text.strip() == doc.title.strip()
        elif len(context.first_paragraph) < 3 and line.kind == "text" and len(line.text.split()) >= 8:
            context.first_paragraph.add(index)
        context.headings.append(heading)
    return context


def read_pairs(lines: list[Line]) -> list[Pair]:
    """Every 'Label: value' line and every short label line over a value, whatever the label's words."""
    pairs: list[Pair] = []
    for index, line in enumerate(lines):
        if len(pairs) >= MAX_PAIRS:
            break
        text = line.text.strip()
        if len(text) > 400:
            continue
        match = _PAIR.match(text)
        if match and len(match.group("label").split()) <= 6:
            label = match.group("label").strip()
            pairs.append(Pair(label, match.group("value").strip(), index, field_of(label)))
            continue
        if _label_shaped(line) and index + 1 < len(lines):
            label = text.rstrip(":").strip()
            items = _item_run(lines, index + 1)
            following = lines[index + 1]
            if items:
                pairs.append(Pair(label, ", ".join(items), index + 1, field_of(label)))
            elif following.kind != "heading" and 0 < len(following.text.split()) <= 40:
                pairs.append(Pair(label, following.text.strip(), index + 1, field_of(label)))
    return pairs


def _item_run(lines: list[Line], start: int, limit: int = 30) -> list[str]:
    """The short list items right after a label line ('Working alongside' over a list of names)."""
    items = []
    for line in lines[start : start + limit]:
        if line.kind != "item" or len(line.text.split()) > 12:
            break
        items.append(line.text.strip(" .;"))
    return items if len(items) >= 2 else []


def _label_shaped(line: Line) -> bool:
    words = line.text.strip().rstrip(":").split()
    if not 0 < len(words) <= 5 or any(ch.isdigit() for ch in line.text):
        return False
    if line.text.rstrip().endswith((".", "?", "!", ",")):
        return False
    return line.kind in ("heading", "cell") or line.text.rstrip().endswith(":")


# --- councils and organisations ------------------------------------------------------------------


def council_candidates(
    doc: Document, context: PageContext, gazetteer: Gazetteer, meaning: Meaning | None
) -> list[Candidate]:
    """Every council or body the page names, with where and how: each a candidate for the lead and for
    the participants. Call after `prefetch` (pairs scored, role sentences embedded)."""
    found: dict[str, Candidate] = {}

    def add(name: str, origin: Origin) -> Candidate:
        key = fold(name) or name
        candidate = found.get(key)
        if candidate is None:
            candidate = found[key] = Candidate("council", name)
        candidate.origins.append(origin)
        return candidate

    for index, line in enumerate(context.lines):
        for name, start, end, bare in _councils_on(line.text, gazetteer):
            rule = "gazetteer" if gazetteer.resolve(name).known else "organisation phrase"
            candidate = add(name, Origin(_region(context, index), rule, evidence=line.text[:200], line=index))
            _count_cues(candidate, line.text[max(0, start - 80) : start], line.text[end : end + 80], line.text)
            if bare:
                candidate.features["bare_mentions"] = candidate.features.get("bare_mentions", 0) + 1
    for index, line in enumerate(context.lines):
        if index in context.listing or line.kind == "heading":
            continue
        for name in (part for listed in _listed_after_cue(line.text) for part in joined_names(listed, gazetteer)):
            resolved = gazetteer.resolve(name)
            candidate = add(
                resolved.name, Origin(_region(context, index), "named after a cue", "", line.text[:200], index)
            )
            _bump(candidate, "cue_list")
    for pair in context.pairs:
        if _pair_field_score(pair, LEAD) < 0.5 and _pair_field_score(pair, MEMBERS) < 0.5:
            continue
        for name in names_in(pair.value)[:30]:
            resolved = gazetteer.resolve(name)
            if resolved.known or looks_like_organisation(name):
                add(resolved.name, Origin("label", "pair", pair.label, pair.value[:200], pair.line))
    _add_rule_origins(doc, context, gazetteer, add)
    candidates = list(found.values())
    if meaning is not None:
        _role_features(candidates, context.role_sentences, meaning)
    _council_features(candidates, doc, context, gazetteer)
    return candidates


_LIST_CUE = re.compile(
    r"\b(?:with|alongside|partners?(?:\s+(?:are|were|include|including))?|including|involving|together with|"
    r"joined by|working with|teamed up with|backed by|supported by|led by|run by|hosted by|between)\s*:?\s+",
    re.I,
)
MAX_CUE_NAMES = 30  # names read after cue words on one page


def _listed_after_cue(text: str) -> list[str]:
    """Proper names listed right after a cue word ('working with Locality, FoodCycle Norwich and the
    University of East Anglia'): bodies that no gazetteer or kind word would find."""
    names: list[str] = []
    for match in _LIST_CUE.finditer(text[:3000]):
        tail = re.split(r"[.;:!?()]|\s[-–—]\s", text[match.end() : match.end() + 240], maxsplit=1)[0]
        for name in split_names(tail):
            name = re.sub(r"^(?:the|both|all|a|an)\s+", "", name.strip(), flags=re.I)
            words = name.split()
            if not words or len(words) > 7 or not name[:1].isupper():
                break  # the list has ended: a verb, a lower-case word, a sentence
            if proper_name(name) or re.fullmatch(r"[A-Z][\w'’&-]{3,}", name):
                names.append(name)
        if len(names) >= MAX_CUE_NAMES:
            break
    return names[:MAX_CUE_NAMES]


def _councils_on(text: str, gazetteer: Gazetteer) -> list[tuple[str, int, int, bool]]:
    """(canonical or written name, start, end, written as a bare place) for every council or
    organisation on a line: the gazetteer's, councils named in full that it does not know, and
    organisations named by their kind ('Leeds Community Foundation', 'Stockport Credit Union')."""
    found = [(m.name, m.start, m.end, _bare(m.as_written)) for m in gazetteer.mentions(text, bare_places=True)]
    taken = [(start, end) for _, start, end, _ in found]
    for name, start in [*_unknown_councils(text, gazetteer), *_organisations(text)]:
        end = start + len(name)
        if not any(start < e and s < end for s, e in taken):
            found.append((name, start, end, False))
            taken.append((start, end))
    return found


_ORG_WORD = re.compile(
    r"\b(?:University|College|Trust|Foundation|Association|Society|Partnership|Network|CIC|CIO|Ltd|Limited|"
    r"Co-operative|Cooperative|Co-op|Housing|NHS|Hospital|Group|Alliance|Agency|Centre|Center|Charity|Homes|"
    r"Union|Services|Enterprises?|Project|Hub|Board|Chamber|Consortium|Federation|Institute|Commission|Forum|"
    r"Bank|Foodbank|Energy|Developments?|Academy|School|Council|Authority|Cymru|Trust|Works|Collective|Commons)\b"
)
_CAPITAL_RUN = re.compile(
    r"(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+(?:(?:of|and|for|the|on|upon|in|&)\s+)?[A-Z][\w'’&.-]*){1,7}"
)
MAX_ORGANISATIONS = 40  # named organisations read from one page


def _organisations(text: str) -> list[tuple[str, int]]:
    """Organisations named by their kind: a run of capitalised words holding a word such as University,
    Trust, Foundation, Credit Union or Co-operative."""
    found = []
    for match in _CAPITAL_RUN.finditer(text[:5000]):
        phrase = match.group().rstrip(".,'’")
        if _ORG_WORD.search(phrase) and not phrase.isupper() and len(phrase) <= 90:
            found.append((phrase, match.start()))
        if len(found) >= MAX_ORGANISATIONS:
            break
    return found


def prefetch(context: PageContext, gazetteer: Gazetteer, meaning: Meaning, commitments: list[str]) -> None:
    """Embed, in one call to the model, every text the page's decision reads by meaning: unknown labels,
    short values that may be a type, the sentences around councils, the candidate commitments; then
    score the pairs. (One batch costs a fraction of several small ones.)"""
    context.role_sentences = _role_sentences(context, gazetteer)
    context.year_sentences = _year_sentences(context)
    labels = [_label_for_meaning(p.label) for p in context.pairs if p.known_field is None]
    values = [
        p.value.strip(" .")
        for p in context.pairs
        if p.known_field in (None, TYPE) and _type_shaped(p.value.strip(" ."))
    ]
    roles = [text for texts in context.role_sentences.values() for text in texts]
    years = [text for texts in context.year_sentences.values() for text in texts]
    meaning.vectors(list(dict.fromkeys([*labels, *values, *roles, *years, *commitments])))
    unknown = [p for p in context.pairs if p.known_field is None]
    for pair, scores in zip(unknown, meaning.label_scores([p.label for p in unknown]), strict=True):
        pair.scores = scores


_YEAR_SENTENCES = 10  # sentences around years embedded per page


def _year_sentences(context: PageContext) -> dict[int, list[str]]:
    """Up to `_YEAR_SENTENCES` sentences giving a year, by year (the year itself written '[year]'):
    the first two per year, in page order, listings of other records aside."""
    said: dict[int, list[str]] = {}
    budget = _YEAR_SENTENCES
    for index, line in enumerate(context.lines):
        if budget <= 0:
            break
        if index in context.listing:
            continue
        for match in _PERIOD.finditer(line.text[:2000]):
            year = int(match.group(1))
            texts = said.setdefault(year, [])
            if len(texts) < 2 and budget > 0 and 1990 <= year <= 2040:
                sentence = _sentence_around(line.text, match.start(1), match.end(1), stand_in="[year]")
                texts.append(sentence)
                budget -= 1
    return said


def _label_for_meaning(label: str) -> str:
    return " ".join(label.strip(" :|-–—").split()).lower()[:80]


_ROLE_SENTENCES = 10  # sentences embedded per page for roles: bounds the model's cost on a long page


def _role_sentences(context: PageContext, gazetteer: Gazetteer) -> dict[str, list[str]]:
    """Up to `_ROLE_SENTENCES` sentences naming a council (the council written 'the council'), by council,
    outside listings of other records: the first two per council, councils in page order."""
    said: dict[str, list[str]] = {}
    budget = _ROLE_SENTENCES
    for index, line in enumerate(context.lines):
        if budget <= 0:
            break
        if index in context.listing or line.kind == "heading" or len(line.text.split()) < 5:
            continue
        for mention in gazetteer.mentions(line.text, bare_places=True):
            texts = said.setdefault(fold(mention.name) or mention.name, [])
            if len(texts) < 2 and budget > 0:
                texts.append(_sentence_around(line.text, mention.start, mention.end))
                budget -= 1
    return said


_NOT_A_PLACE = frozenset(
    [
        "the",
        "council",
        "city",
        "county",
        "borough",
        "district",
        "town",
        "parish",
        "our",
        "your",
        "this",
        "each",
        "every",
        "local",
        "metropolitan",
        "combined",
        "authority",
        "and",
        "of",
    ]
)


def _unknown_councils(text: str, gazetteer: Gazetteer) -> list[tuple[str, int]]:
    """'Cherwell District Council': councils named in full that the gazetteer does not know."""
    found = []
    for match in COUNCIL_PHRASE.finditer(text[:5000]):
        phrase = match.group().strip()
        words = [w.lower().strip(".,'’") for w in phrase.split()]
        if all(w in _NOT_A_PLACE for w in words) or gazetteer.resolve(phrase).known:
            continue
        found.append((phrase, match.start()))
    return found[:20]


def _add_rule_origins(doc: Document, context: PageContext, gazetteer: Gazetteer, add: _Adder) -> None:
    source = doc.provenance.get("lead_member", "")
    if doc.lead_member:
        add(doc.lead_member, Origin("rules", f"lead:{_rule_kind(source)}", evidence=source[:200])).features[
            f"rule_lead_{_rule_kind(source)}"
        ] = 1.0
    member_source = doc.provenance.get("participating_members", "")
    for name in doc.participating_members:
        add(name, Origin("rules", f"members:{_rule_kind(member_source)}", evidence=member_source[:200])).features[
            f"rule_member_{_rule_kind(member_source)}"
        ] = 1.0
    if context.council_site:
        add(context.council_site, Origin("address", "council site", evidence=context.url)).features["site"] = 1.0
    if context.publisher:
        resolved = gazetteer.resolve(context.publisher)
        if resolved.known:
            add(resolved.name, Origin("metadata", "publisher", evidence=context.publisher)).features["publisher"] = 1.0
    for contact in doc.contacts:
        for text in (contact.organisation or "", contact.role or ""):
            for mention in gazetteer.mentions(text, bare_places=True):
                add(mention.name, Origin("contact", "contact", evidence=text[:200])).features["contact"] = 1.0


class _Adder(Protocol):  # the signature of `add` in council_candidates
    def __call__(self, name: str, origin: Origin) -> Candidate: ...


def _rule_kind(source: str) -> str:
    for kind in ("label", "statement", "contact", "publisher", "council site"):
        if source.startswith(kind):
            return kind.replace(" ", "_")
    return "other"


def _bare(as_written: str) -> bool:
    return not re.search(r"\b(?:council|authority|borough|cyngor|mbc|bc|dc|cc)\b", as_written, re.I)


def _region(context: PageContext, index: int) -> str:
    if index in context.listing:
        return "listing"
    line = context.lines[index]
    if line.kind == "heading":
        return "title" if line.text.strip() == context.title.strip() else "heading"
    heading = context.headings[index] if index < len(context.headings) else ""
    if _OTHER_SECTION.search(heading):
        return "other_section"
    if _CONTACT_SECTION.search(heading):
        return "contact_section"
    if _EDITORS_SECTION.search(heading):
        return "editors_notes"
    if index in context.first_paragraph:
        return "first_paragraph"
    return line.kind


def _count_cues(candidate: Candidate, before: str, after: str, text: str) -> None:
    features = candidate.features
    for name, pattern in CUES.items():
        target = after if name.endswith("_after") else text if name == "speaker" else before
        if pattern.search(target):
            features[f"cue_{name}"] = features.get(f"cue_{name}", 0) + 1


def _sentence_around(text: str, start: int, end: int, stand_in: str = "the council") -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("? ", 0, start), text.rfind("! ", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("? ", end), text.find("! ", end)) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    sentence = f"{text[left + 1 if left >= 0 else 0 : start]}{stand_in}{text[end:right]}"
    return " ".join(sentence.split())[:300]


def _role_features(candidates: list[Candidate], sentences: dict[str, list[str]], meaning: Meaning) -> None:
    chosen = [(key, text) for key, texts in sentences.items() for text in texts]
    by_key = {fold(c.value) or c.value: c for c in candidates}
    for key, text in chosen:
        if key in by_key:
            by_key[key].vectors.append(meaning.vectors([text])[0])
    scores = meaning.role_scores([text for _, text in chosen])
    best: dict[str, dict[str, float]] = {}
    for (key, _), row in zip(chosen, scores, strict=True):
        current = best.setdefault(key, {})
        for role, value in row.items():
            current[role] = max(current.get(role, -1.0), value)
    for candidate in candidates:
        found = best.get(fold(candidate.value) or candidate.value)
        for role in ("lead", "partner", "passing"):
            candidate.features[f"role_{role}"] = found[role] if found and role in found else math.nan
        if found:
            candidate.features["role_lead_margin"] = found["lead"] - max(found["partner"], found["passing"])


def _council_features(candidates: list[Candidate], doc: Document, context: PageContext, gazetteer: Gazetteer) -> None:
    total = sum(len([o for o in c.origins if o.rule == "gazetteer"]) for c in candidates) or 1
    n_lines = max(1, len(context.lines))
    order = sorted(candidates, key=lambda c: min((o.line for o in c.origins if o.line >= 0), default=10**6))
    rank = {id(c): i for i, c in enumerate(order)}
    host = (urlsplit(context.url).hostname or "").lower()
    email_domains = [c.email.split("@", 1)[1].lower() for c in doc.contacts if c.email and "@" in c.email]
    title = fold(context.title) or ""
    for candidate in candidates:
        features = candidate.features
        seen = [o for o in candidate.origins if o.rule == "gazetteer"]
        lines = [o.line for o in candidate.origins if o.line >= 0]
        resolved = gazetteer.resolve(candidate.value)
        features["known"] = float(resolved.known)
        features["is_council"] = float(resolved.kind == "council")
        features["network"] = float("network" in candidate.value.lower() or "ccin" in candidate.value.lower())
        features["mentions"] = float(len(seen))
        features["mention_share"] = len(seen) / total
        features["first_line"] = min(lines) / n_lines if lines else math.nan
        features["first_rank"] = float(rank[id(candidate)])
        features["candidates"] = float(len(candidates))
        features["in_title"] = float(_names_in_text(candidate.value, title))
        features["in_host"] = float(bool(host) and _place_word(candidate.value) in host.replace("-", ""))
        features["host_share"] = domain_share(candidate.value, host)
        features["email_share"] = max((domain_share(candidate.value, d) for d in email_domains), default=0.0)
        for region in ("title", "heading", "listing", "other_section", "contact_section", "editors_notes",
                       "first_paragraph", "item", "cell", "text", "label"):  # fmt: skip
            count = sum(1 for o in candidate.origins if o.region == region)
            features[f"in_{region}"] = count / max(1, len(candidate.origins))
        features["only_listing"] = float(bool(seen) and all(o.region == "listing" for o in seen))
        features["bare_share"] = features.get("bare_mentions", 0.0) / max(1, len(seen))
        pairs = [o for o in candidate.origins if o.rule == "pair"]
        features["pair_lead"] = max((_pair_score_by_label(context, o, LEAD) for o in pairs), default=0.0)
        features["pair_members"] = max((_pair_score_by_label(context, o, MEMBERS) for o in pairs), default=0.0)
        # one strong signal with many examples, whichever reader saw it (labels the lexicon knows or not)
        features["labelled_lead"] = max(features.get("rule_lead_label", 0.0), float(features["pair_lead"] >= 0.6))
        features["labelled_member"] = max(
            features.get("rule_member_label", 0.0), float(features["pair_members"] >= 0.6)
        )
        features["pdf"] = float(context.pdf)
        features["doc_has_rule_lead"] = float(doc.lead_member is not None)
        features["rule_lead_is_label"] = float(doc.provenance.get("lead_member", "").startswith("label"))
        for name in COUNCIL_FEATURES:
            features.setdefault(name, 0.0)


_GENERIC_NAME_WORDS = frozenset(
    ["the", "of", "and", "for", "council", "city", "county", "borough", "district", "metropolitan", "town", "ltd",
     "limited", "cic", "group", "london", "royal", "combined", "authority"]
)  # fmt: skip


def domain_share(name: str, domain: str) -> float:
    """The share of a name's distinctive words found in a web or email domain ('Afon Housing Co-operative'
    and afonhousing.coop: 1.0): who runs a site or an inbox is often who the page is about."""
    if not domain:
        return 0.0
    words = [w for w in re.findall(r"[a-z]{3,}", name.lower()) if w not in _GENERIC_NAME_WORDS]
    if not words:
        return 0.0
    label = re.sub(r"\.(?:gov|org|co|ac|nhs|coop|com|net|uk|wales|scot|ltd|info|io)\b", "", domain.lower())
    label = label.removeprefix("www.").replace("-", "").replace(".", "")
    return sum(1 for w in words if w in label) / len(words)


def _names_in_text(name: str, folded_text: str) -> bool:
    place = _place_word(name)
    return bool(place) and place in folded_text.replace(" ", "")


def _place_word(name: str) -> str:
    words = re.sub(
        r"\b(?:city|county|borough|metropolitan|district|council|town|of|the|london|royal|and|combined|authority)\b",
        " ",
        name.lower(),
    )
    return "".join(ch for ch in words if ch.isalnum())


def _pair_field_score(pair: Pair, field_name: str) -> float:
    if pair.known_field is not None:
        if pair.known_field == field_name:
            return 1.0
        return 0.0
    return pair.scores.get(field_name, 0.0)


def _pair_score_by_label(context: PageContext, origin: Origin, field_name: str) -> float:
    for pair in context.pairs:
        if pair.line == origin.line and pair.label == origin.label:
            return _pair_field_score(pair, field_name)
    return 0.0


COUNCIL_FEATURES: tuple[str, ...] = (
    "rule_lead_label", "rule_lead_statement", "rule_lead_contact", "rule_lead_publisher", "rule_lead_council_site",
    "rule_lead_other", "rule_member_label", "rule_member_statement", "rule_member_other", "site", "publisher",
    "contact", "known", "is_council", "network", "mentions", "mention_share", "first_line", "first_rank",
    "candidates", "in_title", "in_host", "host_share", "email_share", "in_heading", "in_listing", "in_other_section",
    "in_contact_section", "in_editors_notes", "in_first_paragraph", "in_item", "in_cell", "in_text", "in_label",
    "only_listing", "bare_share", "pair_lead", "pair_members",
    "labelled_lead", "labelled_member", "cue_lead_before", "cue_lead_after",
    "cue_partner_before", "cue_partner_after", "cue_list", "cue_passing", "cue_funder", "cue_speaker", "role_lead",
    "role_partner", "role_passing", "role_lead_margin", "meaning_lead", "meaning_participant", "pdf",
    "doc_has_rule_lead", "rule_lead_is_label",
)  # fmt: skip


# --- years and periods ---------------------------------------------------------------------------


def year_candidates(doc: Document, context: PageContext, meaning: Meaning | None = None) -> list[Candidate]:
    """Every year the page gives (alone, as either end of a span, under a label, in a date), the rules'
    start and end years and the publication year: each a candidate for the project's start and its end.
    A candidate's `spans` counts the spans it ends, by their start year."""
    found: dict[int, Candidate] = {}

    def add(year: int, origin: Origin) -> Candidate:
        candidate = found.get(year)
        if candidate is None:
            candidate = found[year] = Candidate("year", str(year))
        candidate.origins.append(origin)
        return candidate

    pairs = {p.line: p for p in context.pairs}
    for index, line in enumerate(context.lines):
        for start, end, before, after in _years_in(line.text):
            region = _region(context, index)
            pair = pairs.get(index)
            label = pair.label if pair else ""
            first = add(start, Origin(region, "year", label, line.text[:200], index))
            _year_cues(first, before, after, pair, "as_start" if end else "single")
            if end is None and _OPEN_END.match(after):
                _bump(first, "open_end")
            if end is not None:
                last = add(end, Origin(region, "year", label, line.text[:200], index))
                _year_cues(last, before, after, pair, "as_end")
                last.spans[start] = last.spans.get(start, 0) + 1
    source = doc.provenance.get("year", "")
    if doc.year:
        first = add(doc.year, Origin("rules", "year", evidence=source[:200]))
        first.features["rule_start"] = 1.0
        first.features[f"rule_{_year_rule(source)}"] = 1.0
        if doc.year_end:
            last = add(doc.year_end, Origin("rules", "year end", evidence=source[:200]))
            last.features["rule_end"] = 1.0
            last.spans[doc.year] = last.spans.get(doc.year, 0) + 1
    published, how = context.published
    if published:
        add(published, Origin("metadata", "published", evidence=how)).features["published_meta"] = 1.0
    candidates = [found[year] for year in sorted(found)]
    _year_features(candidates, doc, context)
    if meaning is not None:
        for candidate in candidates:
            texts = context.year_sentences.get(int(candidate.value), [])
            candidate.vectors = list(meaning.vectors(texts)) if texts else []
    return candidates


def _years_in(text: str) -> Iterable[tuple[int, int | None, str, str]]:
    """(start, end or None, text before, text after) for each year or span of years on a line."""
    for match in _PERIOD.finditer(text[:2000]):
        start = int(match.group(1))
        end: int | None = None
        if match.group(2):
            tail = match.group(2)
            end = int(tail) if len(tail) == 4 else (start // 100) * 100 + int(tail)
            if not start < end <= start + 30:
                end = None
        if 1990 <= start <= 2040:
            yield start, end, text[max(0, match.start() - 60) : match.start()], text[match.end() : match.end() + 60]


def _bump(candidate: Candidate, name: str) -> None:
    candidate.features[name] = candidate.features.get(name, 0.0) + 1.0


def _year_cues(candidate: Candidate, before: str, after: str, pair: Pair | None, role: str) -> None:
    _bump(candidate, role)
    if _CALENDAR.search(before):
        _bump(candidate, "calendar_date")
    elif _MONTH_BEFORE.search(before):
        _bump(candidate, "month_year")
    if _SEASON_BEFORE.search(before):
        _bump(candidate, "season")
    if _POSTING_CUE.search(before) or "©" in before[-12:] or "copyright" in before[-15:].lower():
        _bump(candidate, "posting_cue")
    if _START_CUE.search(before):
        _bump(candidate, "start_cue")
    if _STRONG_START.search(before):
        _bump(candidate, "strong_start")
    if _END_CUE.search(before):
        _bump(candidate, "end_cue")
    if _EVENT_CUE.search(before + after):
        _bump(candidate, "event_cue")
    if re.match(r"^\s*/\s*\d\d\b", after) or re.search(r"\bfinancial year\b", before + after, re.I):
        _bump(candidate, "financial_year")
    if pair is not None:
        for name in (YEAR, YEAR_START, YEAR_END, PUBLISHED, LEAD, TYPE):
            feature = f"pair_{name}"
            candidate.features[feature] = max(candidate.features.get(feature, 0.0), _pair_field_score(pair, name))


def _year_rule(source: str) -> str:
    if source.startswith("label"):
        return "label"
    if source.startswith("published"):
        return "published"
    if "standfirst" in source:
        return "standfirst"
    if source == "timeline":
        return "timeline"
    return "stated"


def _year_features(candidates: list[Candidate], doc: Document, context: PageContext) -> None:
    n_lines = max(1, len(context.lines))
    published = context.published[0]
    years = [int(c.value) for c in candidates]
    mentioned = [int(c.value) for c in candidates if any(o.line >= 0 for o in c.origins)]
    strong = sum(1 for c in candidates if c.features.get("strong_start"))
    ranged = sum(1 for c in candidates if c.features.get("as_start"))
    for candidate in candidates:
        features = candidate.features
        year = int(candidate.value)
        lines = [o.line for o in candidate.origins if o.line >= 0]
        features["others_strong_start"] = float(strong - bool(features.get("strong_start")))
        features["others_as_start"] = float(ranged - bool(features.get("as_start")))
        features["rule_from_published"] = float(doc.provenance.get("year", "").startswith("published"))
        features["labelled_year"] = max(
            features.get("rule_label", 0.0),
            float(max(features.get("pair_year", 0.0), features.get("pair_year_start", 0.0)) >= 0.6),
        )
        features["mentions"] = float(len(lines))
        features["first_line"] = min(lines) / n_lines if lines else math.nan
        features["last_line"] = max(lines) / n_lines if lines else math.nan
        features["in_title"] = float(str(year) in context.title)
        features["in_url"] = float(str(year) in context.url)
        features["vs_published"] = float(year - published) if published else math.nan
        features["year_rank"] = years.index(year) / max(1, len(years) - 1)
        features["distinct_years"] = float(len(mentioned))
        features["is_max"] = float(bool(mentioned) and year == max(mentioned))
        features["is_min"] = float(bool(mentioned) and year == min(mentioned))
        for region in _REGIONS:
            count = sum(1 for o in candidate.origins if o.region == region and o.line >= 0)
            features[f"in_{region}"] = count / len(lines) if lines else 0.0
        features["only_listing"] = float(
            bool(lines) and all(o.region == "listing" for o in candidate.origins if o.line >= 0)
        )
        features["pdf"] = float(context.pdf)
        features["doc_has_rule_year"] = float(doc.year is not None)
        features["page_labels_lead"] = float(doc.provenance.get("lead_member", "").startswith("label"))
        for name in YEAR_FEATURES:
            features.setdefault(name, 0.0)


_REGIONS = ("title", "heading", "listing", "other_section", "contact_section", "editors_notes", "first_paragraph",
            "item", "cell", "text")  # fmt: skip

YEAR_FEATURES: tuple[str, ...] = (
    "rule_start", "rule_end", "rule_label", "rule_published", "rule_standfirst", "rule_timeline", "rule_stated",
    "published_meta", "single", "as_start", "as_end", "open_end", "calendar_date", "month_year", "season",
    "posting_cue", "start_cue", "strong_start", "others_strong_start", "others_as_start", "rule_from_published",
    "labelled_year", "end_cue", "event_cue", "financial_year", "pair_year", "pair_year_start",
    "pair_year_end", "pair_published", "pair_lead_member", "pair_type", "mentions", "first_line", "last_line",
    "in_title", "in_url", "vs_published", "year_rank", "distinct_years", "is_max", "is_min", "meaning_start",
    "meaning_end",
    *(f"in_{region}" for region in _REGIONS), "only_listing", "pdf", "doc_has_rule_year", "page_labels_lead",
)  # fmt: skip


def end_candidates(years: list[Candidate], start: int) -> list[Candidate]:
    """The years after `start` (up to 30), each a candidate for the project's end, with its own features
    and how it stands to the start: the gap, the spans from the start that it ends."""
    ends = []
    for candidate in years:
        year = int(candidate.value)
        if not start < year <= start + 30:
            continue
        features = {f"end_{name}": value for name, value in candidate.features.items()}
        features["gap"] = float(year - start)
        features["spans_from_start"] = float(candidate.spans.get(start, 0))
        features["spans_from_other"] = float(sum(v for k, v in candidate.spans.items() if k != start))
        features["rule_pair"] = float(candidate.features.get("rule_end", 0.0) > 0 and start in candidate.spans)
        ends.append(Candidate("end", candidate.value, candidate.origins, features))
    return ends


END_FEATURES: tuple[str, ...] = (
    *(f"end_{name}" for name in YEAR_FEATURES),
    "gap",
    "spans_from_start",
    "spans_from_other",
    "rule_pair",
)


# --- type ----------------------------------------------------------------------------------------


def type_candidates(
    doc: Document, context: PageContext, gazetteer: Gazetteer, meaning: Meaning | None
) -> list[Candidate]:
    """The rules' Type/Status value and every short value under a label, with the label's meaning."""
    found: dict[str, Candidate] = {}

    def add(value: str, origin: Origin) -> Candidate:
        key = fold(value) or value
        candidate = found.get(key)
        if candidate is None:
            candidate = found[key] = Candidate("type", value)
        candidate.origins.append(origin)
        return candidate

    for pair in context.pairs:
        value = pair.value.strip(" .")
        if not _type_shaped(value) or gazetteer.mentions(value, bare_places=False):
            continue
        candidate = add(value, Origin(_region(context, pair.line), "pair", pair.label, pair.value[:200], pair.line))
        for name in (TYPE, YEAR, LEAD, MEMBERS):
            score = _pair_field_score(pair, name)
            candidate.features[f"pair_{name}"] = max(candidate.features.get(f"pair_{name}", 0.0), score)
        candidate.features["pair_other"] = max(candidate.features.get("pair_other", 0.0), pair.scores.get("other", 0.0))
        candidate.features["label_known"] = max(
            candidate.features.get("label_known", 0.0), float(pair.known_field is not None)
        )
    if doc.type:
        add(doc.type, Origin("rules", "type", evidence=doc.provenance.get("type", ""))).features["rule_type"] = 1.0
    candidates = list(found.values())
    value_scores = meaning.label_scores([c.value for c in candidates]) if meaning is not None and candidates else []
    n_lines = max(1, len(context.lines))
    for index, candidate in enumerate(candidates):
        features = candidate.features
        lines = [o.line for o in candidate.origins if o.line >= 0]
        features["words"] = float(len(candidate.value.split()))
        features["has_digit"] = float(any(ch.isdigit() for ch in candidate.value))
        features["capitalised"] = float(candidate.value[:1].isupper())
        features["occurrences"] = float(len(lines))
        features["first_line"] = min(lines) / n_lines if lines else math.nan
        features["in_listing"] = float(any(o.region == "listing" for o in candidate.origins))
        features["value_type"] = value_scores[index].get(TYPE, math.nan) if value_scores else math.nan
        features["value_other"] = value_scores[index].get("other", math.nan) if value_scores else math.nan
        features["pairs"] = float(len(context.pairs))
        features["pdf"] = float(context.pdf)
        for name in TYPE_FEATURES:
            features.setdefault(name, 0.0)
    return candidates


def _type_shaped(value: str) -> bool:
    return 0 < len(value) <= 50 and len(value.split()) <= 6 and not value.endswith(("?", "!")) and "@" not in value


TYPE_FEATURES: tuple[str, ...] = (
    "rule_type", "pair_type", "pair_year", "pair_lead_member", "pair_participating_members", "pair_other",
    "label_known", "words", "has_digit", "capitalised", "occurrences", "first_line", "in_listing", "value_type",
    "value_other", "pairs", "pdf",
)  # fmt: skip


# --- principles ----------------------------------------------------------------------------------


def principle_candidates(doc: Document, context: PageContext, similarity: dict[str, float]) -> list[Candidate]:
    """Each of the ten principles, with how the page shows it: listed by the rules, named, stated, and
    the best similarity of the page's sentences to its statement (`similarity`, by meaning)."""
    listed = {p.name: p for p in doc.principles}
    texts = [line.text for line in context.lines]
    folded = [t.casefold() for t in texts]
    named_on_page = sum(1 for p in PRINCIPLES if any(p.name.casefold() in t for t in folded))
    heading_lines = [i for i, line in enumerate(context.lines) if line.kind == "heading"]
    heading_block = has_principles_heading(context.lines)
    candidates = []
    for principle in PRINCIPLES:
        name = principle.name.casefold()
        hits = [i for i, t in enumerate(folded) if name in t]
        features = {
            "rule_listed": float(principle.name in listed and listed[principle.name].basis == "listed"),
            "rule_inferred": listed[principle.name].confidence
            if principle.name in listed and listed[principle.name].basis == "inferred"
            else 0.0,
            "named": float(len(hits)),
            "named_alone": float(any(len(texts[i]) <= len(name) + 4 for i in hits)),
            "named_in_heading": float(any(i in heading_lines for i in hits)),
            "named_in_item": float(any(context.lines[i].kind == "item" for i in hits)),
            "named_in_listing": float(any(i in context.listing for i in hits)),
            "named_on_page": float(named_on_page),
            "principles_heading": float(heading_block),
            "badge": float(context.badges.count(principle.name)),
            "shown": float(principle.name in listed and listed[principle.name].basis == "listed")
            or float(principle.name in context.badges),
            "badges_on_page": float(len(set(context.badges))),
            "similarity": similarity.get(principle.name, math.nan),
            "listed_on_page": float(len(doc.listed_principles)),
            "doc_has_rule_lead": float(doc.lead_member is not None),
            "pdf": float(context.pdf),
        }
        candidates.append(Candidate("principle", principle.name, [Origin("page", "principle")], features))
    return candidates


PRINCIPLE_FEATURES: tuple[str, ...] = (
    "rule_listed", "rule_inferred", "named", "named_alone", "named_in_heading", "named_in_item", "badge",
    "badges_on_page", "shown", "principles_heading",
    "named_in_listing", "named_on_page", "similarity", "listed_on_page", "doc_has_rule_lead", "pdf",
)  # fmt: skip

# --- the document's kind -------------------------------------------------------------------------

_PATH_WORDS: dict[str, re.Pattern[str]] = {
    "path_news": re.compile(r"/(?:news|blogs?|press|articles?|stories|media|\d{4}/\d{2})/|[?&]p=\d"),
    "path_project": re.compile(r"/(?:projects?|policy-labs?|labs?|prototypes?|funded-projects?|work)/"),
    "path_case_study": re.compile(r"case[-_]?stud"),
    "path_toolkit": re.compile(r"/(?:toolkits?|guides?|resources?|publications?|documents?|downloads?)/|toolkit|guide"),
    "path_page": re.compile(r"/(?:about|members?|contact|events?|whats-on|values|principles)(?:/|$)"),
    "path_upload": re.compile(r"/wp-content/|/uploads?/|/files?/|/sites/default/"),
}
_TITLE_WORDS: dict[str, re.Pattern[str]] = {
    "title_case_study": re.compile(r"\bcase stud", re.I),
    "title_toolkit": re.compile(r"\b(?:toolkit|guide|handbook|how to)\b", re.I),
    "title_report": re.compile(r"\b(?:report|evaluation|review|briefing|summary)\b", re.I),
    "title_news": re.compile(r"\b(?:launch|announce|news|wins?|award|welcomes?|celebrat|unveil)", re.I),
    "title_project": re.compile(r"\b(?:lab|project|programme|pilot|prototype|scheme|initiative)\b", re.I),
}
DOC_TYPES = ("project", "case_study", "toolkit", "news", "page")


def doc_type_candidates(doc: Document, context: PageContext) -> list[Candidate]:
    """The five kinds of document, each a candidate with what the page shows (its address, title, the
    fields it carries, a posting date) and the rules' choice."""
    path = context.url.lower()
    shared: dict[str, float] = {name: float(bool(p.search(path))) for name, p in _PATH_WORDS.items()}
    shared.update({name: float(bool(p.search(context.title))) for name, p in _TITLE_WORDS.items()})
    published, how = context.published
    shared.update(
        {
            "pdf": float(context.pdf),
            "labelled_lead": float(doc.provenance.get("lead_member", "").startswith("label")),
            "any_lead": float(doc.lead_member is not None),
            "members": float(len(doc.participating_members)),
            "has_year": float(doc.year is not None),
            "has_type": float(doc.type is not None),
            "listed_principles": float(len(doc.listed_principles)),
            "contacts": float(len(doc.contacts)),
            "posted": float(bool(published) and how not in ("page date", "address")),
            "pairs": float(len(context.pairs)),
            "lines": float(len(context.lines)),
            "words": float(sum(len(line.text.split()) for line in context.lines)),
            "listing": float(len(context.listing)),
            "pages": float(doc.pages or 0),
        }
    )
    candidates = []
    for kind in DOC_TYPES:
        features = dict(shared)
        features.update({f"is_{k}": float(k == kind) for k in DOC_TYPES})
        features["rule_pick"] = float(doc.doc_type.value == kind)
        candidates.append(Candidate("doc_type", kind, [Origin("page", "kind")], features))
    return candidates


DOC_TYPE_FEATURES: tuple[str, ...] = (
    *_PATH_WORDS, *_TITLE_WORDS, "pdf", "labelled_lead", "any_lead", "members", "has_year", "has_type",
    "listed_principles", "contacts", "posted", "pairs", "lines", "words", "listing", "pages",
    *(f"is_{k}" for k in DOC_TYPES), "rule_pick",
)  # fmt: skip

FEATURES: dict[str, tuple[str, ...]] = {
    "council": tuple(dict.fromkeys(COUNCIL_FEATURES)),
    "year": YEAR_FEATURES,
    "end": END_FEATURES,
    "type": TYPE_FEATURES,
    "principle": PRINCIPLE_FEATURES,
    "doc_type": DOC_TYPE_FEATURES,
}


def feature_row(candidate: Candidate) -> list[float]:
    """The candidate's features in the field's fixed order."""
    return [candidate.features.get(name, 0.0) for name in FEATURES[candidate.kind]]


def expected_label_key(value: str | None) -> str | None:
    """How a labelled value is compared with a candidate's."""
    return fold(value) if value else None


__all__ = [
    "FEATURES",
    "Candidate",
    "Origin",
    "PageContext",
    "build_context",
    "council_candidates",
    "end_candidates",
    "feature_row",
    "label_key",
    "principle_candidates",
    "type_candidates",
    "year_candidates",
]
