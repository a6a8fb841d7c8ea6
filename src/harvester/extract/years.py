"""Years as candidates for the project's start and, after a chosen start, for its end: every year the
page gives (alone, as either end of a span, under a label, in a date), the rules' years and the
publication year, with the cue words before them and how the page speaks of them (by meaning)."""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable

from harvester.extract.context import (
    REGIONS,
    Candidate,
    Origin,
    PageContext,
    Pair,
    bump,
    heading_score,
    pair_field_score,
    region_of,
)
from harvester.extract.lexicon import (
    CALENDAR_BEFORE,
    END_CUE,
    EVENT_CUE,
    LEAD,
    MONTH_BEFORE,
    OPEN_END,
    PERIOD,
    POSTING_CUE,
    PUBLISHED,
    SEASON_BEFORE,
    START_CUE,
    STRONG_START,
    TYPE,
    YEAR,
    YEAR_END,
    YEAR_START,
)
from harvester.extract.meaning import Meaning
from harvester.models import Document


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
            region = region_of(context, index)
            pair = pairs.get(index)
            label = pair.label if pair else ""
            first = add(start, Origin(region, "year", label, line.text[:200], index))
            _year_cues(first, before, after, pair, "as_start" if end else "single")
            if end is None and OPEN_END.match(after):
                bump(first, "open_end")
            if end is not None:
                last = add(end, Origin(region, "year", label, line.text[:200], index))
                _year_cues(last, before, after, pair, "as_end")
                last.spans[start] = last.spans.get(start, 0) + 1
        for start, end in _wide_spans(line.text):
            bump(add(start, Origin(region_of(context, index), "year span", "", line.text[:200], index)), "wide_start")
            last = add(end, Origin(region_of(context, index), "year span", "", line.text[:200], index))
            bump(last, "wide_end")
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
    for match in PERIOD.finditer(text[:2000]):
        start = int(match.group(1))
        end: int | None = None
        if match.group(2):
            end = _last_year(match)
            if not start < end <= start + 30:
                end = None
        if 1990 <= start <= 2040:
            yield start, end, text[max(0, match.start() - 60) : match.start()], text[match.end() : match.end() + 60]


def _wide_spans(text: str) -> Iterable[tuple[int, int]]:
    """Spans whose two ends are written apart: 'from spring 2021 until the end of 2023', '2022/23 to
    2024/25' (the start of the first, the last year of the second), 'between 2019 and 2022'."""
    found = list(PERIOD.finditer(text[:2000]))
    for first, second in itertools.pairwise(found):
        between = text[first.end() : second.start()]
        if len(between) > 40 or not _SPAN_WORD.search(between):
            continue
        start, end = int(first.group(1)), _last_year(second)
        if 1990 <= start < end <= start + 30:
            yield start, end


def _last_year(match: re.Match[str]) -> int:
    """The last year a PERIOD match gives: '2024/25' → 2025, '2024' → 2024."""
    year, tail = int(match.group(1)), match.group(2)
    if not tail:
        return year
    return int(tail) if len(tail) == 4 else (year // 100) * 100 + int(tail)


_SPAN_WORD = re.compile(r"\b(?:to|until|till|through|and|ending|ends?)\b|[-–—]", re.I)


def _year_cues(candidate: Candidate, before: str, after: str, pair: Pair | None, role: str) -> None:
    bump(candidate, role)
    if CALENDAR_BEFORE.search(before):
        bump(candidate, "calendar_date")
    elif MONTH_BEFORE.search(before):
        bump(candidate, "month_year")
    if SEASON_BEFORE.search(before):
        bump(candidate, "season")
    if POSTING_CUE.search(before) or "©" in before[-12:] or "copyright" in before[-15:].lower():
        bump(candidate, "posting_cue")
    if START_CUE.search(before):
        bump(candidate, "start_cue")
    if STRONG_START.search(before):
        bump(candidate, "strong_start")
    if END_CUE.search(before):
        bump(candidate, "end_cue")
    if EVENT_CUE.search(before + after):
        bump(candidate, "event_cue")
    if re.match(r"^\s*/\s*\d\d\b", after) or re.search(r"\bfinancial year\b", before + after, re.I):
        bump(candidate, "financial_year")
    if pair is not None:
        for name in (YEAR, YEAR_START, YEAR_END, PUBLISHED, LEAD, TYPE):
            feature = f"pair_{name}"
            candidate.features[feature] = max(candidate.features.get(feature, 0.0), pair_field_score(pair, name))


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
        for region in REGIONS:
            count = sum(1 for o in candidate.origins if o.region == region and o.line >= 0)
            features[f"in_{region}"] = count / len(lines) if lines else 0.0
        features["only_listing"] = float(
            bool(lines) and all(o.region == "listing" for o in candidate.origins if o.line >= 0)
        )
        features["heading_year"] = heading_score(context, candidate.origins, YEAR)
        features["heading_published"] = heading_score(context, candidate.origins, PUBLISHED)
        features["pdf"] = float(context.pdf)
        features["doc_has_rule_year"] = float(doc.year is not None)
        features["page_labels_lead"] = float(doc.provenance.get("lead_member", "").startswith("label"))
        for name in YEAR_FEATURES:
            features.setdefault(name, 0.0)


YEAR_FEATURES: tuple[str, ...] = (
    "rule_start", "rule_end", "rule_label", "rule_published", "rule_standfirst", "rule_timeline", "rule_stated",
    "published_meta", "single", "as_start", "as_end", "open_end", "calendar_date", "month_year", "season",
    "posting_cue", "start_cue", "strong_start", "others_strong_start", "others_as_start", "rule_from_published",
    "labelled_year", "end_cue", "event_cue", "financial_year", "pair_year", "pair_year_start",
    "pair_year_end", "pair_published", "pair_lead_member", "pair_type", "mentions", "first_line", "last_line",
    "in_title", "in_url", "vs_published", "year_rank", "distinct_years", "is_max", "is_min", "meaning_start",
    "meaning_end",
    *(f"in_{region}" for region in REGIONS), "only_listing", "pdf", "doc_has_rule_year", "page_labels_lead",
    "heading_year", "heading_published", "wide_start", "wide_end",
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
