"""A year of weekly runs stays bounded and true (issue 23): 52 runs over a generated site with a seeded
schedule of adds, edits and removals, and the nights a real site breaks: every page 404, every page
sent home, a maintenance page, a login wall, and a CMS migration that moves every address for good.

After every run: the live documents are the site's live pages (on a broken night, those of the last
good night), the index holds exactly the catalogue's chunks, a query never returns a page twice, the
raw store keeps no body the catalogue does not name, and the paged listings are never documents. The
catalogue's clock is faked, one week per run, so each document's `last_changed` is checked to be the
night its text changed, and no other.
"""

from __future__ import annotations

import json
import random
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import harvester.catalogue as catalogue_module
import harvester.catalogue.history as history_module
from harvester.config import Settings
from harvester.harvest import MIN_WORDS_FOR_DEDUP
from harvester.index import point_id
from harvester.pipeline import Workspace, execute

from .conftest import Route, Site, make_settings, page

pytestmark = pytest.mark.integration

WEEKS = 52
BROKEN = {9: "not found", 17: "home", 25: "maintenance", 33: "login"}
MIGRATION = 41  # from this week on, every /p/<id> answers 301 from /projects/<id>
QUIET = 48  # nothing changes on the site this week
WORDS = ("allotment", "energy", "housing", "credit", "repair", "youth", "care", "food", "transport", "library")


@dataclass
class YearSite:
    """The site, week by week: projects with versions, a paged news listing, an endless events pager."""

    site: Site
    rng: random.Random = field(default_factory=lambda: random.Random(20261203))
    projects: dict[int, int] = field(default_factory=dict)  # id -> version
    edited: dict[int, int] = field(default_factory=dict)  # id -> the week its text last changed
    today: int = 1
    next_id: int = 1
    prefix: str = "/p/"

    def __post_init__(self) -> None:
        for _ in range(12):
            self.add()

    def add(self) -> None:
        self.projects[self.next_id] = 1
        self.edited[self.next_id] = self.today
        self.next_id += 1

    def week(self, number: int) -> None:
        """This week's edits (seeded), then the pages as the site serves them."""
        self.today = number
        if number > 1 and number not in BROKEN and number != QUIET:
            for _ in range(self.rng.randint(0, 2)):
                self.add()
            for pid in self.rng.sample(sorted(self.projects), k=min(2, len(self.projects))):
                if self.rng.random() < 0.5:
                    self.projects[pid] += 1
                    self.edited[pid] = number
            if self.rng.random() < 0.3 and len(self.projects) > 8:
                del self.projects[self.rng.choice(sorted(self.projects))]
        if number == MIGRATION:
            self.prefix = "/projects/"
            self.edited = {pid: number for pid in self.edited}  # a new address: a new document since
        self.serve(BROKEN.get(number))

    def project_path(self, pid: int) -> str:
        return f"{self.prefix}{pid}"

    def live_paths(self) -> set[str]:
        return {"/", "/news", "/events", *(self.project_path(pid) for pid in self.projects)}

    def serve(self, broken: str | None) -> None:
        routes = self.site.routes
        routes.clear()
        links = " ".join(f'<a href="{self.project_path(pid)}">Project {pid}</a>' for pid in sorted(self.projects))
        menu = '<a href="/news">News</a> <a href="/events">Events</a>'
        home = page("Network home", f"<p>Co-operative projects of the network's members.</p>{menu} {links}")
        routes["/"] = Route(body=home.encode(), etag=True)
        routes["/news"] = Route(render=self.news)
        routes["/events"] = Route(render=self.events)
        for pid, version in self.projects.items():
            routes[self.project_path(pid)] = Route(body=self.project(pid, version).encode(), etag=True)
            if self.prefix != "/p/":
                routes[f"/p/{pid}"] = Route(status=301, headers={"Location": self.site.url(self.project_path(pid))})
        if broken is not None:
            self.break_for_a_night(broken)

    def break_for_a_night(self, how: str) -> None:
        routes = self.site.routes
        for path in [p for p in routes if p.startswith(self.prefix) or p == "/"]:
            if how == "not found" and path != "/":
                del routes[path]
            elif how == "home" and path != "/":
                routes[path] = Route(status=301, headers={"Location": self.site.url("/")})
            elif how == "maintenance":
                notice = "<p>We are upgrading our website and will be back shortly. Thank you for waiting.</p>"
                routes[path] = Route(body=page("Down for maintenance", notice).encode())
            elif how == "login":
                wall = f'<form><p>Sign in to see {path}.</p><input type="password" name="pw"></form>'
                routes[path] = Route(body=page("Sign in", wall).encode())

    def project(self, pid: int, version: int) -> str:
        topic = WORDS[pid % len(WORDS)]
        edits = " ".join(f"In update {v} the group reported on {topic} work in ward {pid + v}." for v in range(version))
        body = (
            f"<ul><li>Lead Member: Oldham Council</li><li>Year: {2015 + pid % 10}</li></ul>"
            f"<h2>About the project</h2><p>Project {pid} brought tenants and the council together on {topic}, "
            f"run as a co-operative with a members' board. {edits}</p>"
        )
        return page(f"Project {pid}: {topic}", body)

    def news(self, path: str) -> str:
        number = int(path.rsplit("=", 1)[-1]) if "=" in path else 1
        ids = sorted(self.projects)[(number - 1) * 4 : number * 4]
        teasers = "".join(f'<h3><a href="{self.project_path(i)}">Project {i}</a></h3><p>News of {i}.</p>' for i in ids)
        older = f'<a href="/news?page={number + 1}">Older news</a>' if ids else ""
        return page(f"News, page {number}", teasers + older)

    def events(self, path: str) -> str:
        number = int(path.rsplit("=", 1)[-1]) if "=" in path else 1
        return page(
            f"Events, page {number}", f'<p>No events this week.</p><a href="/events?page={number + 1}">Next</a>'
        )


START = datetime(2027, 1, 4, 3, 0, tzinfo=UTC)  # a Monday night


def the_clock_on_week(monkeypatch: pytest.MonkeyPatch, week: list[int]) -> None:
    """The catalogue's clock, one week per run."""
    clock = lambda: START + timedelta(weeks=week[0] - 1)  # noqa: E731
    monkeypatch.setattr(catalogue_module, "utcnow", clock)
    monkeypatch.setattr(history_module, "utcnow", clock)


def in_process(settings: Settings) -> Settings:
    """Extraction in this process, so its CPU time is the run's."""
    settings.extract.workers = 0
    return settings


def live_documents(ws: Workspace, base: str) -> set[str]:
    return {s.url.removeprefix(base.rstrip("/")) or "/" for s in ws.catalogue.documents("live")}


def test_a_year_of_weekly_runs_stays_bounded_and_true(
    tmp_path: Path, site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    week = [1]
    the_clock_on_week(monkeypatch, week)
    year = YearSite(site)
    ws = Workspace(in_process(make_settings(tmp_path / "data", site.url("/"))))
    expected: set[str] = set()
    cpu: dict[int, float] = {}
    statuses: dict[int, str] = {}
    for number in range(1, WEEKS + 1):
        week[0] = number
        year.week(number)
        started = time.process_time()
        state = execute(ws, None, crawl=True, index=True, command=f"week {number}")
        cpu[number] = time.process_time() - started
        statuses[number] = state.status
        if number == QUIET:  # the same site read by a first run, for its CPU
            fresh = Workspace(in_process(make_settings(tmp_path / "fresh", site.url("/"))))
            started = time.process_time()
            execute(fresh, None, crawl=True, index=True, command="first run")
            cpu[0] = time.process_time() - started
            fresh.close()
        if number not in BROKEN:
            expected = year.live_paths()
        assert not state.errors, (number, state.errors)
        assert live_documents(ws, site.url("/")) == expected, f"week {number}"
        live = ws.catalogue.documents("live")
        chunks = {point_id(s.url, i) for s in live for i in range(s.chunk_count)}
        assert ws.index.point_ids() == chunks, f"week {number}: the index differs from the catalogue"
        hits = [h.url for h in ws.searcher().search("co-operative project run by tenants", limit=20).results]
        assert len(hits) == len(set(hits)), f"week {number}: a page twice in one answer"
        worded = [s for s in live if s.text_words >= MIN_WORDS_FOR_DEDUP]
        assert len({s.content_hash for s in worded}) == len(worded), f"week {number}: one text at two addresses"
        changed = {
            int(s.url.rsplit("/", 1)[-1]): datetime.fromisoformat(s.last_changed or "")
            for s in live
            if year.prefix in s.url
        }
        if number not in BROKEN:  # a text changes on the night it changed, and on no other (a broken one)
            assert changed == {pid: START + timedelta(weeks=year.edited[pid] - 1) for pid in year.projects}, number
        raw_files = {p.name for p in (ws.data_dir / "raw").glob("??/??/*")}
        assert raw_files == ws.catalogue.raw_references(), f"week {number}: raw bodies no document names"

    assert {statuses[n] for n in BROKEN} == {"partial"}  # each broken night held back, nothing lost
    assert all(statuses[n] == "completed" for n in range(1, WEEKS + 1) if n not in BROKEN)
    assert cpu[QUIET] <= 0.25 * cpu[0], f"an unchanged week took {cpu[QUIET]:.2f} s of CPU, a first run {cpu[0]:.2f} s"
    report = json.loads((ws.reports_dir / f"{state.run_id}.json").read_text(encoding="utf-8"))
    assert report["counts"]["failed"] == 0
    ws.close()
