"""Councils and organisations as candidates for the lead and the participants: every body the
gazetteer finds on a line, councils named in full that it does not know, organisations named by
their kind, names listed after a cue word, names under a label read as a lead or members label, and
the rules' own choices; with where each stands, the cue words around it and how the page speaks of
it (by meaning)."""

from __future__ import annotations

import math
import re
from typing import Protocol
from urllib.parse import urlsplit

from harvester.extract.context import (
    Candidate,
    Origin,
    PageContext,
    bump,
    count_cues,
    heading_score,
    mentions_on,
    pair_field_score,
    pair_score_by_label,
    region_of,
    sentence_around,
)
from harvester.extract.lexicon import (
    CAPITAL_RUN,
    GENERIC_NAME_WORDS,
    LEAD,
    LIST_CUE,
    MEMBERS,
    NOT_A_PLACE,
    ORG_WORD,
)
from harvester.extract.line import Line
from harvester.extract.meaning import Meaning
from harvester.extract.values import joined_names, looks_like_organisation, names_in, proper_name, split_names
from harvester.gazetteer import COUNCIL_PHRASE, Gazetteer, fold
from harvester.models import Document


def council_candidates(
    doc: Document, context: PageContext, gazetteer: Gazetteer, meaning: Meaning | None
) -> list[Candidate]:
    """Every council or body the page names, with where and how: each a candidate for the lead and for
    the participants. Call after `prefetch` (pairs scored, role sentences embedded)."""
    found: dict[str, Candidate] = {}

    def add(name: str, origin: Origin) -> list[Candidate]:
        added = []
        for part in tidy_names(name, gazetteer):
            key = fold(part) or part
            candidate = found.get(key)
            if candidate is None:
                candidate = found[key] = Candidate("council", part)
            candidate.origins.append(origin)
            added.append(candidate)
        return added

    for index, line in enumerate(context.lines):
        for name, start, end, bare in bodies_on(context, index, gazetteer):
            rule = "gazetteer" if gazetteer.resolve(name).known else "organisation phrase"
            for candidate in add(name, Origin(region_of(context, index), rule, evidence=line.text[:200], line=index)):
                count_cues(candidate, line.text[max(0, start - 80) : start], line.text[end : end + 80], line.text)
                if bare:
                    candidate.features["bare_mentions"] = candidate.features.get("bare_mentions", 0) + 1
    for index, line in enumerate(context.lines):
        if index in context.listing or line.kind == "heading":
            continue
        for name in (part for listed in _listed_after_cue(line.text) for part in joined_names(listed, gazetteer)):
            resolved = gazetteer.resolve(name)
            origin = Origin(region_of(context, index), "named after a cue", "", line.text[:200], index)
            for candidate in add(resolved.name, origin):
                bump(candidate, "cue_list")
    for pair in context.pairs:
        if pair_field_score(pair, LEAD) < 0.5 and pair_field_score(pair, MEMBERS) < 0.5:
            continue
        for name in names_in(pair.value)[:30]:
            resolved = gazetteer.resolve(name)
            if resolved.known or looks_like_organisation(name):
                add(resolved.name, Origin("label", "pair", pair.label, pair.value[:200], pair.line))
    _add_listed_with_bodies(context, gazetteer, found, add)
    _add_rule_origins(doc, context, gazetteer, add)
    candidates = list(found.values())
    if meaning is not None:
        _role_features(candidates, context.role_sentences, meaning)
    _council_features(candidates, doc, context, gazetteer)
    return candidates


MAX_CUE_NAMES = 30  # names read after cue words on one page


def _add_listed_with_bodies(
    context: PageContext, gazetteer: Gazetteer, found: dict[str, Candidate], add: _Adder
) -> None:
    """Short names in a run of list items or table cells where other items are bodies already found
    ('Toynbee Hall', 'Locality', 'Cwmpas' beside 'Tower Hamlets Council'): a list that names some
    organisations names others that no gazetteer or kind word knows."""
    known = set(found)
    for run in _item_runs(context.lines):
        names = [(index, _item_name(context.lines[index].text)) for index in run]
        bodies = sum(1 for _, name in names if name and (fold(name) or name) in known)
        if bodies < 1 or bodies == len(names):
            continue
        for index, name in names:
            if name and (fold(name) or name) not in known and not gazetteer.mentions(name, bare_places=False):
                for candidate in add(name, Origin(region_of(context, index), "listed with bodies", "", name, index)):
                    candidate.features["listed_with_bodies"] = bodies / len(names)


def _item_runs(lines: list[Line], limit: int = 60) -> list[list[int]]:
    """Runs of consecutive list items or table cells (at least two)."""
    runs: list[list[int]] = []
    current: list[int] = []
    for index, line in enumerate(lines):
        if line.kind in ("item", "cell") and len(current) < limit:
            current.append(index)
            continue
        if len(current) >= 2:
            runs.append(current)
        current = [index] if line.kind in ("item", "cell") else []
    if len(current) >= 2:
        runs.append(current)
    return runs


def _item_name(text: str) -> str | None:
    """An item that is a name: one to six capitalised words, no digits, not a sentence ('Toynbee Hall',
    'Cwmpas'); the part before a dash or colon of 'Locality – training'."""
    head = re.split(r"\s[-–—]\s|:|\(|,", text, maxsplit=1)[0].strip(" .;")
    words = head.split()
    if not 1 <= len(words) <= 6 or any(ch.isdigit() for ch in head) or "@" in head:
        return None
    if len(words) == 1:
        return head if re.fullmatch(r"[A-Z][\w'’&-]{3,}", head) and not head.isupper() else None
    return head if proper_name(head) else None


def _listed_after_cue(text: str) -> list[str]:
    """Proper names listed right after a cue word ('working with Locality, FoodCycle Norwich and the
    University of East Anglia'): bodies that no gazetteer or kind word would find."""
    names: list[str] = []
    for match in LIST_CUE.finditer(text[:3000]):
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


_ROLE_SENTENCES = 16  # sentences embedded per page for roles: bounds the model's cost on a long page


def role_sentences(context: PageContext, gazetteer: Gazetteer) -> dict[str, list[str]]:
    """Up to `_ROLE_SENTENCES` sentences naming a body (the body written 'the council'), by body, outside
    listings of other records: the first two per body, in page order. Bodies are those `bodies_on` finds
    and names listed after a cue word: an organisation no gazetteer knows is read by its sentence too."""
    said: dict[str, list[str]] = {}
    budget = _ROLE_SENTENCES
    for index, line in enumerate(context.lines):
        if budget <= 0:
            break
        if index in context.listing or line.kind == "heading" or len(line.text.split()) < 5:
            continue
        for name, start, end in _named_on(context, index, gazetteer):
            texts = said.setdefault(fold(name) or name, [])
            if len(texts) < 2 and budget > 0:
                texts.append(sentence_around(line.text, start, end))
                budget -= 1
    return said


def _named_on(context: PageContext, index: int, gazetteer: Gazetteer) -> list[tuple[str, int, int]]:
    """(name, start, end) of every body on line `index` and of the names listed after a cue word."""
    text = context.lines[index].text
    named = [(name, start, end) for name, start, end, _ in bodies_on(context, index, gazetteer)]
    for listed in _listed_after_cue(text):
        start = text.find(listed)
        if start >= 0 and not any(s <= start < e for _, s, e in named):
            named.append((gazetteer.resolve(listed).name, start, start + len(listed)))
    return sorted(named, key=lambda n: n[1])


def bodies_on(context: PageContext, index: int, gazetteer: Gazetteer) -> list[tuple[str, int, int, bool]]:
    """(canonical or written name, start, end, written as a bare place) for every council or
    organisation on line `index`: the gazetteer's, councils named in full that it does not
    know, and organisations named by their kind ('Leeds Community Foundation', 'Stockport Credit Union').
    Read once a line."""
    if index not in context._bodies:
        context._bodies[index] = _bodies_on(context, index, gazetteer)
    return context._bodies[index]


def _bodies_on(context: PageContext, index: int, gazetteer: Gazetteer) -> list[tuple[str, int, int, bool]]:
    text = context.lines[index].text
    found = [(m.name, m.start, m.end, _bare(m.as_written)) for m in mentions_on(context, index, gazetteer)]
    for name, start in [*_unknown_councils(text, gazetteer), *_organisations(text)]:
        end = start + len(name)
        overlapping = [f for f in found if start < f[2] and f[1] < end]
        if overlapping and not _names_a_body_of_its_place(name, start, end, overlapping):
            continue
        found = [f for f in found if f not in overlapping]  # 'University of Bristol', not Bristol's council
        found.append((name, start, end, False))
    return sorted(found, key=lambda f: f[1])


def _names_a_body_of_its_place(name: str, start: int, end: int, overlapping: list[tuple[str, int, int, bool]]) -> bool:
    """Whether an organisation's name holds the places it overlaps, written bare ('Kirklees College',
    'University of Bristol'): the body, not the place's council. A council's name never replaces one."""
    if _COUNCIL_WORD.search(name):
        return False
    return all(bare and start <= s and e <= end for _, s, e, bare in overlapping)


_COUNCIL_WORD = re.compile(r"\b(?:Council|Authority|Cyngor)\b")


MAX_ORGANISATIONS = 40  # named organisations read from one page


def _organisations(text: str) -> list[tuple[str, int]]:
    """Organisations named by their kind: a run of capitalised words holding a word such as University,
    Trust, Foundation, Credit Union or Co-operative."""
    found = []
    for match in CAPITAL_RUN.finditer(text[:5000]):
        offset = match.start()
        for part in _AND.split(match.group()):  # 'Bristol City Council and University of Bristol': two names
            owner = _POSSESSIVE.split(part, maxsplit=1)[0]  # "University of Bristol's Cabot Institute"
            phrase = re.sub(r"^(?:And|But|Or|With|From|By)\s+", "", owner.rstrip(".,'’"))
            if ORG_WORD.search(phrase) and not phrase.isupper() and len(phrase) <= 90:
                found.append((phrase, text.find(phrase, offset)))
            offset = text.find(part, offset) + len(part)
        if len(found) >= MAX_ORGANISATIONS:
            break
    return found[:MAX_ORGANISATIONS]


_POSSESSIVE = re.compile(r"['’]s\b\s*")
_AND = re.compile(r"\s+(?:and|&)\s+(?=(?:The\s+)?[A-Z])")


def _unknown_councils(text: str, gazetteer: Gazetteer) -> list[tuple[str, int]]:
    """'Cherwell District Council': councils named in full that the gazetteer does not know."""
    found = []
    for match in COUNCIL_PHRASE.finditer(text[:5000]):
        phrase = match.group().strip()
        words = [w.lower().strip(".,'’") for w in phrase.split()]
        if all(w in NOT_A_PLACE for w in words) or gazetteer.resolve(phrase).known:
            continue
        found.append((phrase, match.start()))
    return found[:20]


def _add_rule_origins(doc: Document, context: PageContext, gazetteer: Gazetteer, add: _Adder) -> None:
    def mark(name: str, origin: Origin, feature: str) -> None:
        for candidate in add(name, origin):
            candidate.features[feature] = 1.0

    source = doc.provenance.get("lead_member", "")
    if doc.lead_member:
        kind = _rule_kind(source)
        mark(doc.lead_member, Origin("rules", f"lead:{kind}", evidence=source[:200]), f"rule_lead_{kind}")
    member_source = doc.provenance.get("participating_members", "")
    for name in doc.participating_members:
        kind = _rule_kind(member_source)
        mark(name, Origin("rules", f"members:{kind}", evidence=member_source[:200]), f"rule_member_{kind}")
    if context.council_site:
        mark(context.council_site, Origin("address", "council site", evidence=context.url), "site")
    if context.publisher:
        resolved = gazetteer.resolve(context.publisher)
        if resolved.known:
            mark(resolved.name, Origin("metadata", "publisher", evidence=context.publisher), "publisher")
    for contact in doc.contacts:
        for text in (contact.organisation or "", contact.role or ""):
            for mention in gazetteer.mentions(text, bare_places=True):
                mark(mention.name, Origin("contact", "contact", evidence=text[:200]), "contact")


class _Adder(Protocol):  # the signature of `add` in council_candidates
    def __call__(self, name: str, origin: Origin) -> list[Candidate]: ...


def tidy_names(name: str, gazetteer: Gazetteer) -> list[str]:
    """The bodies a found name holds, with what a reader's cut left around them: a sentence run on
    ('Manchester Credit Union. The'), a joining word before it ('With Neath Port Talbot Council'), a
    person before their body ('Priya Menon (Broadland District Council)'), two bodies joined by 'and'."""
    name = _RUN_ON.split(name.strip(), maxsplit=1)[0].strip(" ,;:")
    name = _JOINING_WORD.sub("", name)
    bracketed = _BRACKETED.fullmatch(name)
    if bracketed:
        outer, inner = bracketed.group(1).strip(), bracketed.group(2).strip()
        inner_is_body = gazetteer.resolve(inner).known or looks_like_organisation(inner)
        name = inner if inner_is_body and not looks_like_organisation(outer) else outer
    if not name:
        return []
    if gazetteer.resolve(name).known or not _JOINT.search(name):
        return [name]
    parts = _JOINT.split(name)
    if all(len(p.split()) > 1 and (ORG_WORD.search(p) or gazetteer.resolve(p).known) for p in parts):
        return parts  # 'Durham Community Action and Gateshead Council': each side a body of its own
    return joined_names(name, gazetteer)


_RUN_ON = re.compile(r"(?<=[a-z]{3})\.\s+(?=[A-Z])")  # 'Union. The': a sentence ends; 'St. Helens' does not
_JOINING_WORD = re.compile(r"^(?:with|and|by|from|including|plus|alongside)\s+(?=[A-Z])", re.I)
_JOINT = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?")
_BRACKETED = re.compile(r"([^()]+)\(([^()]+)\)")


def runs_on(name: str) -> bool:
    """Whether a sentence ends inside `name` ('Manchester Credit Union. The project'): not one name."""
    return _RUN_ON.search(name) is not None


def _rule_kind(source: str) -> str:
    for kind in ("label", "statement", "contact", "publisher", "council site"):
        if source.startswith(kind):
            return kind.replace(" ", "_")
    return "other"


def _bare(as_written: str) -> bool:
    return not re.search(r"\b(?:council|authority|borough|cyngor|mbc|bc|dc|cc)\b", as_written, re.I)


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
        features["pair_lead"] = max((pair_score_by_label(context, o, LEAD) for o in pairs), default=0.0)
        features["pair_members"] = max((pair_score_by_label(context, o, MEMBERS) for o in pairs), default=0.0)
        features["heading_members"] = heading_score(context, candidate.origins, MEMBERS)
        features["heading_lead"] = heading_score(context, candidate.origins, LEAD)
        features["heading_other"] = heading_score(context, candidate.origins, "other")
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


def domain_share(name: str, domain: str) -> float:
    """The share of a name's distinctive words found in a web or email domain ('Afon Housing Co-operative'
    and afonhousing.coop: 1.0): who runs a site or an inbox is often who the page is about."""
    if not domain:
        return 0.0
    words = [w for w in re.findall(r"[a-z]{3,}", name.lower()) if w not in GENERIC_NAME_WORDS]
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
    "doc_has_rule_lead", "rule_lead_is_label", "listed_with_bodies", "heading_members", "heading_lead",
    "heading_other",
)  # fmt: skip
