"""Report: what a run found new, changed, gone or failed, and which documents need a human look."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from harvester.catalogue import Catalogue
from harvester.errors import HarvesterError
from harvester.models import EventDetail, Report, RunRecord
from harvester.store import atomic_write

COUNT_KEYS = (
    "discovered",
    "fetched",
    "new",
    "changed",
    "unchanged",
    "gone",
    "failed",
    "skipped_robots",
    "skipped_out_of_scope",
    "pdfs",
    "chunks_embedded",
    "chunks_deleted",
)
FORMATS = ("json", "md", "html")
_NEEDS_FIELDS = ("lead_member", "year", "principles")
_REVIEWED_TYPES = ("project", "case_study")


def build_report(
    catalogue: Catalogue, run_id: str, errors: list[str] | None = None, *, show_contacts: bool = True
) -> Report:
    """The report of one run as the JSON shape in INTERFACE.md, extended with detail.

    `show_contacts=False` keeps names and emails out (the count of contacts found stays).
    """
    run = catalogue.history.run(run_id)
    if run is None:
        raise HarvesterError(f"no run with id {run_id!r}")
    counts = {key: int(run.counts.get(key, 0)) for key in COUNT_KEYS}
    counts["fetched"] = int(run.counts.get("fetched", 0)) + int(run.counts.get("not_modified", 0))
    counts["unchanged"] = int(run.counts.get("unchanged", 0))
    extra = {k: v for k, v in run.counts.items() if k not in counts}
    changes: list[dict[str, Any]] = []
    failures: list[dict[str, Any]] = []
    skipped: list[dict[str, Any]] = []
    held: list[dict[str, Any]] = []
    unavailable: list[dict[str, Any]] = []
    for url, event, detail in ((e.url, e.event, e.detail) for e in catalogue.history.events(run_id)):
        if event in ("new", "changed", "gone"):
            stored = catalogue.get(url)
            title = stored.document.title if stored and stored.document else ""
            changes.append({"url": url, "change": event, "title": title, **_change_detail(detail)})
        elif event == "failed":
            reason, kind = detail.get("reason", ""), detail.get("kind", "unknown")
            failures.append(
                {"url": url, "reason": reason, "kind": kind, "runs_in_a_row": detail.get("runs_in_a_row", 1)}
            )
        elif event == "skipped":
            skipped.append({"url": url, "reason": detail.get("reason", "")})
        elif event == "held_back":
            held.append({"url": url, **detail})
        elif event == "unavailable":
            unavailable.append({"host": url, "source": detail.get("source", ""), "reason": detail.get("reason", "")})
    order = {"new": 0, "changed": 1, "gone": 2}
    changes.sort(key=lambda c: (order[c["change"]], c["url"]))
    failures.sort(key=lambda f: f["url"])
    skipped.sort(key=lambda f: f["url"])
    live = catalogue.documents("live")
    return Report(
        run_id=run.run_id,
        started_at=run.started_at,
        finished_at=run.finished_at,
        status=run.status,
        sources=run.sources,
        counts=counts,
        failures=failures,
        changes=changes,
        needs_review=_needs_review(live, changes) + _held_for_review(held),
        timings_s={k: float(run.timings.get(k, 0.0)) for k in ("crawl", "extract", "embed", "index")},
        errors=errors or [],
        other_counts=extra,
        failures_by_reason=_group_failures(failures),
        failures_by_kind=dict(Counter(f["kind"] for f in failures).most_common()),
        skipped=skipped[:500],
        skipped_by_reason=_count_reasons(skipped),
        corpus=_corpus(live),
        by_source={name: _source_counts(c) for name, c in sorted(run.per_source.items())},
        previous=_comparison(catalogue.history.previous_run(run_id), counts),
        contacts=_contacts(live) if show_contacts else [],
        contacts_shown=show_contacts,
        held_back=_held_back(held),
        unavailable=unavailable,
        status_reason=_status_reason(run.status, counts, errors or [], held, unavailable),
    )


def _status_reason(
    status: str,
    counts: dict[str, int],
    errors: list[str],
    held: list[dict[str, Any]],
    unavailable: list[dict[str, Any]],
) -> str:
    """The run's status in plain words: what made it partial or failed, or what it completed with."""
    if status == "failed":
        return "the run stopped: " + "; ".join(errors) if errors else "the run stopped on an error"
    reasons = [f"{item['host']} was skipped ({item['reason']})" for item in unavailable]
    if held:
        reasons.append(f"a mass change to {len(held)} documents was held back")
    if status == "partial" and reasons:
        return "; ".join(reasons)
    if status == "running":
        return "the run has not finished (or was interrupted)"
    failed = counts.get("failed", 0)
    return f"completed with {failed} failed page{'s' if failed != 1 else ''}" if failed else "completed"


def _held_back(held: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per source: a mass change the run saw and did not apply, what it would have done, how to accept it."""
    by_source: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in held:
        by_source[item.get("source", "")].append(item)
    return [
        {
            "source": source,
            "saw": items[0].get("verdict", ""),
            "documents": [
                {k: item[k] for k in ("url", "action", "why", "into") if k in item}
                for item in sorted(items, key=lambda i: i["url"])
            ],
            "accept": "if the site really changed: harvester run --accept-mass-change (or crawl.accept_mass_change: "
            "true); the next normal run checks again",
        }
        for source, items in sorted(by_source.items())
    ]


def _held_for_review(held: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "url": item["url"],
            "title": "",
            "missing": [],
            "notes": [
                f"held back: would {item.get('action', 'change')} ({item.get('why', '')}); {item.get('verdict', '')}"
            ],
        }
        for item in sorted(held, key=lambda i: i["url"])
    ]


def _change_detail(detail: EventDetail) -> dict[str, Any]:
    return {k: v for k, v in detail.items() if k in ("what", "fields", "shrunk", "words_before")}


def _count_reasons(skipped: list[dict[str, Any]]) -> dict[str, int]:
    return dict(Counter(item["reason"] for item in skipped).most_common())


def _group_failures(failures: list[dict[str, Any]]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = defaultdict(list)
    for failure in failures:
        grouped[failure["reason"].split(":")[0]].append(failure["url"])
    return dict(grouped)


_LOW_CONFIDENCE = 0.75


def _needs_review(live: list[Any], changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Documents a person should look at: missing fields, doubtful inferences, odd extractions."""
    shrunk = {c["url"]: c.get("words_before") for c in changes if c.get("shrunk")}
    items = []
    for stored in live:
        doc = stored.document
        if doc is None:
            continue
        missing: list[str] = []
        if doc.doc_type.value in _REVIEWED_TYPES:
            missing = [
                f for f in _NEEDS_FIELDS if not (doc.listed_principles if f == "principles" else getattr(doc, f))
            ]
        notes = list(doc.review)
        notes += [
            f"principle inferred with low confidence: {p.name} ({p.confidence:.2f})"
            for p in doc.principles
            if p.basis == "inferred" and p.confidence < _LOW_CONFIDENCE
        ]
        if doc.url in shrunk:
            notes.append(f"extracted text much shorter than last time (was {shrunk[doc.url]} words)")
        if missing or notes:
            items.append({"url": doc.url, "title": doc.title, "missing": missing, "notes": notes})
    return sorted(items, key=lambda item: item["url"])


def _source_counts(counts: dict[str, int]) -> dict[str, int]:
    """A source's crawl counts (indexing is per run, so chunk counts are not split by source)."""
    crawl_keys = [k for k in COUNT_KEYS if not k.startswith("chunks_")]
    extra = ("skipped_type", "skipped_size", "skipped_trap", "skipped_depth", "skipped_private", "not_found")
    out = {key: int(counts.get(key, 0)) for key in crawl_keys}
    out.update({key: int(counts[key]) for key in extra if counts.get(key)})
    out["fetched"] = int(counts.get("fetched", 0)) + int(counts.get("not_modified", 0))
    return out


def _comparison(previous: RunRecord | None, counts: dict[str, int]) -> dict[str, Any] | None:
    """This run's headline counts against the run before it."""
    if previous is None:
        return None
    before = {key: int(previous.counts.get(key, 0)) for key in COUNT_KEYS}
    before["fetched"] = int(previous.counts.get("fetched", 0)) + int(previous.counts.get("not_modified", 0))
    return {
        "run_id": previous.run_id,
        "status": previous.status,
        "finished_at": previous.finished_at,
        "counts": before,
        "delta": {key: counts[key] - before[key] for key in COUNT_KEYS if counts[key] != before[key]},
    }


def _contacts(live: list[Any]) -> list[dict[str, Any]]:
    found = []
    for stored in live:
        doc = stored.document
        if doc is None:
            continue
        for contact in doc.contacts:
            found.append({**contact.model_dump(), "url": doc.url, "title": doc.title})
    return sorted(found, key=lambda c: (c["url"], c["name"] or "", c["email"] or ""))


def _corpus(live: list[Any]) -> dict[str, Any]:
    principles: Counter[str] = Counter()
    councils: Counter[str] = Counter()
    contacts = 0
    for stored in live:
        doc = stored.document
        if doc is None:
            continue
        principles.update(doc.listed_principles)
        councils.update(p.name for p in doc.participants if p.kind == "council")
        if doc.lead_member and doc.lead_member not in doc.participating_members:
            councils[doc.lead_member] += 1
        contacts += len(doc.contacts)
    return {
        "documents": len(live),
        "principles": dict(principles.most_common()),
        "councils": dict(councils.most_common(30)),
        "contacts_found": contacts,
    }


def render(report: Report, fmt: str) -> str:
    """The report as json, md or html (autoescaped: page-derived text is shown as text)."""
    if fmt == "json":
        return json.dumps(report.model_dump(), indent=2, ensure_ascii=False)
    if fmt not in FORMATS:
        raise HarvesterError(f"unknown report format {fmt!r}; use one of {', '.join(FORMATS)}")
    markdown = fmt == "md"
    env = Environment(
        loader=PackageLoader("harvester", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False),
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_markdown_text if markdown else None,
    )
    env.filters["url"] = _markdown_url if markdown else str
    template = env.get_template("report.md.j2" if markdown else "report.html")
    data = report.model_dump()
    return template.render(r=data, bars=_bars(data))


class _Markdown(str):
    """Markdown the template wrote on purpose (a link target): not escaped again."""


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|#<>])")


def _markdown_text(value: Any) -> str:
    """Every value a Markdown report prints is text: page titles, names, reasons and URLs can carry
    Markdown or HTML (`[x](javascript:…)`, `<script>`), and a Prefect artifact renders both."""
    if isinstance(value, _Markdown):
        return value
    text = " ".join(str(value if value is not None else "").split())
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text.replace("&", "&amp;"))


def _markdown_url(value: Any) -> _Markdown:
    """A URL as a Markdown link target: in angle brackets, with nothing that could end them."""
    text = "".join(str(value or "").split())
    return _Markdown("<" + text.replace("<", "%3C").replace(">", "%3E") + ">")


def _bars(report: dict[str, Any]) -> dict[str, list[tuple[str, int, float]]]:
    out = {}
    for key in ("principles", "councils"):
        values = report["corpus"][key]
        top = max(values.values(), default=1)
        out[key] = [(name, n, n / top) for name, n in values.items()]
    return out


def write_report(
    catalogue: Catalogue, reports_dir: Path, run_id: str, errors: list[str] | None = None, *, show_contacts: bool = True
) -> dict[str, Path]:
    """Write the run's report in every format under `reports_dir` (atomically); the paths written."""
    report = build_report(catalogue, run_id, errors, show_contacts=show_contacts)
    paths = {}
    for fmt in FORMATS:
        path = reports_dir / f"{run_id}.{fmt}"
        atomic_write(path, render(report, fmt).encode("utf-8"))
        paths[fmt] = path
    return paths
