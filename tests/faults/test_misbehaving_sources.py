"""A source that misbehaves in every way at once: bounded time and memory, every URL accounted for
with a reason, nothing deleted."""

from __future__ import annotations

import resource
import time
from pathlib import Path

from harvester.config import settings_from_dict
from harvester.pipeline import Workspace, document_records, execute

from .misbehaving import misbehaving_site


def test_a_misbehaving_source_is_bounded_and_every_failure_has_a_reason(tmp_path: Path) -> None:
    with misbehaving_site() as base:
        settings = settings_from_dict(
            {
                "data_dir": str(tmp_path / "data"),
                "sources": [{"name": "bad", "start_urls": [base], "allow_private_addresses": True}],
                "crawl": {"delay_s": 0, "retries": 1, "timeout_s": 2, "response_deadline_s": 3, "max_bytes": 2_000_000},
                "embed": {"model": "hashing"},
            },
            tmp_path,
        )
        ws = Workspace(settings)
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started = time.monotonic()
        first = execute(ws, None, crawl=True, index=True, command="faults")
        elapsed = time.monotonic() - started
        grown_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024

        assert elapsed < 60, f"the run took {elapsed:.0f} s"
        assert grown_mib < 300, f"memory grew by {grown_mib:.0f} MiB (a gzip bomb or endless body got through)"
        assert first.status == "completed" and first.counts["failed"] > 0  # failed pages: counted, not partial
        live = {r.url.rsplit("/", 1)[-1] for r in document_records(ws)}
        assert {"fine", "busy"} <= live  # 429 + Retry-After honoured, then fetched

        report = ws.catalogue.history.events(first.run_id)
        reasons = {
            url.rsplit("/", 1)[-1]: detail.get("reason", "")
            for url, event, detail in ((e.url, e.event, e.detail) for e in report)
            if event in ("failed", "skipped")
        }
        assert reasons["trickle"].startswith("timeout: no complete response")
        assert reasons["endless"].startswith("too large")
        assert reasons["bomb"].startswith("too large")
        assert reasons["huge"].startswith("too large")
        assert reasons["reset"].startswith(("connection error", "timeout"))
        assert reasons["burst"] == "HTTP 503"
        assert "redirect loop" in reasons["loop"]
        assert reasons["image"].startswith("content type image/png")
        assert "binary" in reasons or "binary" in live  # garbage labelled HTML: recorded either way, never a crash
        kinds = {e.url.rsplit("/", 1)[-1]: e.detail.get("kind") for e in report if e.event == "failed"}
        assert kinds["trickle"] == "timeout" and kinds["burst"] == "http_status" and kinds["loop"] == "redirects"
        assert kinds["reset"] in ("connection", "timeout")

        # Nothing is deleted by failures: the good pages survive a run in which everything fails.
        second = execute(ws, None, crawl=True, index=True, command="faults")
        assert second.counts["gone"] == 0
        assert {"fine", "busy"} <= {r.url.rsplit("/", 1)[-1] for r in document_records(ws)}
        ws.close()
