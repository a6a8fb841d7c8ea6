"""The page's type, its principles and its kind as candidates, and the feature lists of every field.

`FEATURES` names each field's features in the order the models read them; a model trained on other
features is refused when loaded (`decision.load_models`)."""

from __future__ import annotations

import math

from harvester.extract.commitments import has_principles_heading
from harvester.extract.context import Candidate, Origin, PageContext, pair_field_score, region_of, type_shaped
from harvester.extract.councils import COUNCIL_FEATURES
from harvester.extract.emails import CONTACT_FEATURES
from harvester.extract.lexicon import CLAIM_HEADING, LEAD, MEMBERS, PATH_WORDS, TITLE_WORDS, TYPE, YEAR
from harvester.extract.meaning import Meaning
from harvester.extract.years import END_FEATURES, YEAR_FEATURES
from harvester.gazetteer import Gazetteer, fold
from harvester.models import Document
from harvester.principles import PRINCIPLES

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
        if not type_shaped(value) or gazetteer.mentions(value, bare_places=False):
            continue
        candidate = add(value, Origin(region_of(context, pair.line), "pair", pair.label, pair.value[:200], pair.line))
        for name in (TYPE, YEAR, LEAD, MEMBERS):
            score = pair_field_score(pair, name)
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
            "all_ten_named": float(named_on_page >= len(PRINCIPLES)),  # the network's list, not a claim
            "claim_heading": float(
                any(CLAIM_HEADING.search(context.headings[i]) for i in hits if i < len(context.headings))
            ),
            "doc_has_rule_lead": float(doc.lead_member is not None),
            "pdf": float(context.pdf),
        }
        candidates.append(Candidate("principle", principle.name, [Origin("page", "principle")], features))
    return candidates


PRINCIPLE_FEATURES: tuple[str, ...] = (
    "rule_listed", "rule_inferred", "named", "named_alone", "named_in_heading", "named_in_item", "badge",
    "badges_on_page", "shown", "principles_heading",
    "named_in_listing", "named_on_page", "similarity", "listed_on_page", "doc_has_rule_lead", "pdf",
    "all_ten_named", "claim_heading",
)  # fmt: skip

# --- the document's kind -------------------------------------------------------------------------

DOC_TYPES = ("project", "case_study", "toolkit", "news", "page")


def doc_type_candidates(doc: Document, context: PageContext) -> list[Candidate]:
    """The five kinds of document, each a candidate with what the page shows (its address, title, the
    fields it carries, a posting date) and the rules' choice."""
    path = context.url.lower()
    shared: dict[str, float] = {name: float(bool(p.search(path))) for name, p in PATH_WORDS.items()}
    shared.update({name: float(bool(p.search(context.title))) for name, p in TITLE_WORDS.items()})
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
    *PATH_WORDS, *TITLE_WORDS, "pdf", "labelled_lead", "any_lead", "members", "has_year", "has_type",
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
    "contact": CONTACT_FEATURES,
}


def feature_row(candidate: Candidate) -> list[float]:
    """The candidate's features in the field's fixed order."""
    return [candidate.features.get(name, 0.0) for name in FEATURES[candidate.kind]]
