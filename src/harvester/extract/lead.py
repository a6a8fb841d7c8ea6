"""A lead council for pages that do not label one: what the text states, who the contact works for,
who published the page. Each answer carries its evidence and a confidence below a labelled field's,
and a page's chrome (footer, sidebar, copyright line) is never read: it was removed before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from harvester.extract.values import (
    ORGANISATION_WORDS,
    joined_names,
    looks_like_organisation,
    names_in,
    preferred_name,
    proper_name,
)
from harvester.gazetteer import Gazetteer, Mention
from harvester.models import Contact

_LEAD_BEFORE = re.compile(
    r"\b(?:led|run|co-?ordinated|hosted|spearheaded|convened|championed|initiated|headed|developed|produced)\s+by\s+"
    r"(?:the\s+)?$|"
    r"\b(?:an?\s+)?(?:initiative|project|programme|pilot|partnership|work|report|study)\s+(?:of|from|by)\s+(?:the\s+)?$|"
    r"\bthe\s+lead\s+(?:council|authority|partner|organisation|member)\s+(?:is|was|being)\s+(?:the\s+)?$|"
    r"\blead\s+(?:council|authority|partner)\s*,?\s+$",
    re.IGNORECASE,
)
_LEAD_AFTER = re.compile(
    r"^\s*(?:\([^)]{1,20}\)\s*)?(?:,\s*)?(?:is|are|was|were|has been|have been|had been)\s+"
    r"(?:the\s+)?(?:leading|co-?ordinating|running|spearheading|heading|hosting|championing|"
    r"lead\s+(?:council|authority|partner|organisation)|project\s+lead|lead\b)|"
    r"^\s*(?:\([^)]{1,20}\)\s*)?(?:led|leads|took the lead|is taking the lead|has taken the lead|"
    r"(?:will|would|is to|are to|is due to|has agreed to)\s+lead)\b",
    re.IGNORECASE,
)
_WINDOW = 60
MAX_SENTENCES = 1500  # a lead or a list of partners is stated early; the rest of a huge page is not read


def _bounded(sentences: list[str]) -> list[str]:
    return sentences[:MAX_SENTENCES]


@dataclass(frozen=True)
class LeadGuess:
    name: str
    source: str  # "statement", "contact", "publisher"
    evidence: str
    confidence: float


def stated_lead(sentences: list[str], gazetteer: Gazetteer) -> LeadGuess | None:
    """'The work is led by X', 'X is leading …', 'a project run by X': the first such statement. X is a
    council or body the gazetteer knows, or a name that is plainly an organisation ('… CIC', '… Trust')."""
    for sentence in _bounded(sentences):
        if len(sentence) > 600 or "©" in sentence or re.search(r"\bcopyright\b", sentence, re.I):
            continue
        for mention in gazetteer.mentions(sentence, bare_places=True):
            if _states_lead(sentence, mention):
                return LeadGuess(mention.name, "statement", sentence.strip()[:300], 0.8)
        organisation = _ORGANISATION_LEADS.search(sentence)
        if organisation:
            return LeadGuess(organisation.group("name"), "statement", sentence.strip()[:300], 0.7)
    return None


_ACRONYMS = {"cic", "cio", "nhs", "uk"}
_ORGANISATION_SUFFIX = "|".join(w.upper() if w in _ACRONYMS else w.capitalize() for w in ORGANISATION_WORDS)
_ORGANISATION_LEADS = re.compile(
    r"\b(?:led|run|co-?ordinated|hosted|developed|produced)\s+by\s+(?:the\s+)?"
    rf"(?P<name>(?:[A-Z][\w'’&-]*\s+){{1,6}}?(?:{_ORGANISATION_SUFFIX}))\b"
)


def _states_lead(sentence: str, mention: Mention) -> bool:
    before = sentence[max(0, mention.start - _WINDOW) : mention.start]
    after = sentence[mention.end : mention.end + _WINDOW]
    return bool(_LEAD_BEFORE.search(before) or _LEAD_AFTER.search(after))


def contact_lead(contacts: list[Contact], gazetteer: Gazetteer) -> LeadGuess | None:
    """The council the page's contact works for ('For further information contact: …, Bury Council')."""
    for contact in contacts:
        if not contact.organisation:
            continue
        resolved = gazetteer.resolve(contact.organisation)
        if resolved.known and resolved.kind == "council":
            evidence = ", ".join(x for x in (contact.name, contact.role, contact.organisation) if x)
            return LeadGuess(resolved.name, "contact", evidence, 0.7)
    return None


def publisher_lead(publisher: str | None, text: str, gazetteer: Gazetteer) -> LeadGuess | None:
    """A council publishing its own work: the publisher is a known council and the text names it or
    speaks as it ('we', 'our')."""
    if not publisher:
        return None
    resolved = gazetteer.resolve(publisher)
    if not (resolved.known and resolved.kind == "council"):
        return None
    named = any(m.name == resolved.name for m in gazetteer.mentions(text, bare_places=True))
    first_person = len(re.findall(r"\b(?:we|our|us)\b", text, re.IGNORECASE)) >= 2
    if named or first_person:
        return LeadGuess(resolved.name, "publisher", f"published by {publisher}", 0.6)
    return None


_COUNCIL_DOMAIN = re.compile(r"(?:^|\.)(?P<place>[a-z-]+)\.gov\.(?:uk|wales|scot)$")


def council_site(host: str | None, gazetteer: Gazetteer) -> str | None:
    """The council whose own site a host is ('www.salford.gov.uk', 'mg.wakefield.gov.uk' → Salford
    City Council, Wakefield Council), when the gazetteer knows the place."""
    match = _COUNCIL_DOMAIN.search((host or "").lower())
    if not match:
        return None
    resolved = gazetteer.resolve(match.group("place").replace("-", " "))
    return resolved.name if resolved.known and resolved.kind == "council" else None


_LIST_CUE = re.compile(
    r"\b(?:councils?|authorities|partners|members|boroughs|places)\s+(?:in\s+the\s+(?:partnership|project|programme)\s+)?"
    r"(?:taking part|involved|participating|that took part|who took part|joining)?\s*"
    r"(?:(?:are|were|include|included|includes)\s*:?|:)\s+|"
    r"\b(?:in partnership with|together with|jointly with|alongside|(?:working|worked|works|work|partnered) with|"
    r"(?:run|delivered|developed|organised|held)\s+(?:jointly\s+)?with|"
    r"joined by|"
    r"brings? together|brought together|bringing together)\s+|"
    r"\btaking part (?:alongside|with) [^,.;]{2,60}? (?:are|were)\s+|"
    r"\b(?:led|run|co-?ordinated|hosted)\s+by\s+[^,.;]{3,80}?,?\s+with\s+|"
    r"\b(?:is|are|was|were)\s+(?:leading|running|co-?ordinating)\s+[^,.;]{0,60}?\s+with\s+",
    re.IGNORECASE,
)
_LIST_END = re.compile(
    r"[.;:()]|,?\s+(?:who|which|that|to|for|in order|over|as|from|on|by|during|since|each|taking part|took part)\b|"
    r",\s*(?:and|but)\s+(?=(?:the|a|an|this|these|those|they|we|it|all|both)\b)",  # ', and the three councils …'
    re.I,
)


def partners_stated(sentences: list[str], gazetteer: Gazetteer, lead: str | None) -> tuple[list[str], str] | None:
    """The first sentence that lists who takes part, in either order: names before the verb ('A and B
    are taking part, alongside C') or after a cue ('working with A and B')."""
    for sentence in _bounded(sentences):
        found = joined_as_partners([sentence], gazetteer, lead) or stated_participants([sentence], gazetteer, lead)
        if found:
            return found
    return None


def stated_participants(sentences: list[str], gazetteer: Gazetteer, lead: str | None) -> tuple[list[str], str] | None:
    """Councils a sentence lists as taking part: 'The councils taking part are Bury, Rochdale and
    Wigan', '… led by Kirklees Council with Calderdale Council and Wakefield Council', 'working
    alongside Gateshead, South Tyneside and North Tyneside councils'. The list must be names only."""

    def known(name: str) -> bool:
        return gazetteer.resolve(name).known

    for sentence in _bounded(sentences):
        if len(sentence) > 600:
            continue
        sentence = _PAIRED_NAME.sub(lambda m: preferred_name(m.group(0), known), sentence)
        for cue in _LIST_CUE.finditer(sentence):
            rest = _INTRODUCED_LIST.sub("", sentence[cue.end() :])  # before its 'from …' can end the list
            listed = _names_only(_LIST_END.split(rest, maxsplit=1)[0])
            found, covered = _listed_names(listed, gazetteer)
            names = found if len(found) > 1 else [name for name in found if name != lead]
            if names and _mostly_names(listed, covered):
                return names, sentence.strip()[:300]
    return None


_JOINED_AS_PARTNERS = re.compile(
    r"^(?:In\s+[A-Z]?[a-z]+\s+(?:19|20)\d\d,?\s+)?(?P<list>[A-Z][^.;:]{3,240}?)\s+(?:have\s+|has\s+|had\s+|then\s+)?"
    r"(?:(?:joined|signed up to|came on board|became|are|were)\b[^.;]{0,80}?\bpartners?\b|"
    r"(?:are|were|is|was)\s+(?:also\s+)?(?:taking part|involved|participating)\b|took part\b|joined\b)"
    r"(?:[^.;]*?\b(?:alongside|with|together with)\s+(?P<more>[^.;]{3,160}))?"
)


def joined_as_partners(sentences: list[str], gazetteer: Gazetteer, lead: str | None) -> tuple[list[str], str] | None:
    """Partners a sentence names before saying they joined: 'Cherwell District Council and West
    Oxfordshire District Council joined the hub as partners'. The list must be names only."""
    for sentence in _bounded(sentences):
        match = _JOINED_AS_PARTNERS.match(sentence.strip()) if len(sentence) <= 600 else None
        if not match:
            continue
        listed = _names_only(match.group("list"))
        found, covered = _listed_names(listed, gazetteer)
        names = [name for name in found if name != lead]
        if names and _mostly_names(listed, covered):
            more = _names_only(match.group("more") or "")  # '…, alongside the Low Carbon Hub'
            extra, extra_covered = _listed_names(more, gazetteer) if more else ([], 0)
            if extra and _mostly_names(more, extra_covered):
                names += [name for name in extra if name not in names and name != lead]
            return names, sentence.strip()[:300]
    return None


# 'Cyngor Abertawe (Swansea Council)', 'Glamorgan Voluntary Services (GVS)': one name in two forms.
_PAIRED_NAME = re.compile(r"(?:[A-Z][\w'’-]*\s+){0,6}[A-Z][\w'’-]*\s*\([^()]{2,60}\)")
# "and three partners from outside local government – A, B and C": a description introducing more names.
_INTRODUCED_LIST = re.compile(r"(?<=,\s)(?:and\s+)?[a-z][^,;–—]*\s[–—]\s")
# "with the parents' network Childcare Co-ops London": a description, then the name it describes.
_DESCRIBED_NAME = re.compile(
    r"(?<=,\s)(?:with\s+)?(?:the|a|an|its|their)\s+[a-z][^,;]*?\s(?P<name>(?:[A-Z][\w'’&-]*\s?){2,6})$"
)


def _names_only(listed: str) -> str:
    """A list of names without the words around them: 'and three partners from outside local
    government – A' is A, "with the parents' network Childcare Co-ops London" is Childcare Co-ops
    London, and an appositive (', the co-operative development agency for Wales') goes."""
    listed = _INTRODUCED_LIST.sub("", listed)
    listed = _DESCRIBED_NAME.sub(r"\g<name>", listed)
    return _APPOSITIVE.sub("", listed)


_APPOSITIVE = re.compile(r",\s+(?:the|a|an)\s+[a-z][^,;]*?(?=,|$)")


def _listed_names(listed: str, gazetteer: Gazetteer) -> tuple[list[str], int]:
    """The names in a list of partners, in the order given: councils and bodies the gazetteer knows
    (place names alone too: 'Gateshead, South Tyneside and North Tyneside councils'), and other
    organisations as written ('the University of Plymouth', 'Goodwin Development Trust'); and how
    many letters of the list those names take up."""
    parts = names_in(re.sub(r"\bthe\s+(?=[A-Z])", "", listed))
    if not parts:
        mentions = gazetteer.mentions(listed, bare_places=True)
        return list(dict.fromkeys(m.name for m in mentions)), sum(m.end - m.start for m in mentions)
    names: list[str] = []
    covered = 0
    for part in (piece for joined in parts for piece in joined_names(joined, gazetteer)):
        name = re.sub(r"^the\s+", "", part, flags=re.IGNORECASE)
        resolved = gazetteer.resolve(name)
        if resolved.known:
            names.append(resolved.name)
            covered += _letters(name)
        elif looks_like_organisation(name) and len(name.split()) <= 8 and not _CLAUSE_VERB.search(name):
            names.append(name)
            covered += _letters(name)
        elif (proper_name(name) or re.fullmatch(r"[A-Z][a-z]{3,}", name)) and not _only_places(name, gazetteer):
            names.append(name)  # 'Bolton at Home', 'Every One Every Day': a name as written
            covered += _letters(name)
        else:
            mentions = gazetteer.mentions(name, bare_places=True)
            names.extend(m.name for m in mentions)
            covered += sum(_letters(name[m.start : m.end]) for m in mentions)
    return list(dict.fromkeys(names)), covered


_CLAUSE_VERB = re.compile(r"\b(?:brings?|brought|is|are|was|were|will|has|have|had|joined|works?|worked|helps?)\b")


def _only_places(name: str, gazetteer: Gazetteer) -> bool:
    """'South Tyneside', 'Bury and Wigan': nothing but places the gazetteer knows."""
    places = sum(_letters(name[m.start : m.end]) for m in gazetteer.mentions(name, bare_places=True))
    return places >= _letters(name)


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in re.sub(r"\b(?:and|the)\b", "", text, flags=re.IGNORECASE))


def _mostly_names(listed: str, covered: int) -> bool:
    """A list of names (a short description such as 'two housing providers' aside), not a clause that
    happens to name a council: the names take up most of its letters."""
    return covered >= 0.7 * max(1, _letters(listed))
