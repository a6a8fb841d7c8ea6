"""Nothing is lost when a site breaks for a night (issue 16): mass retirements and overwrites are held
back, ordinary edits go through, aliases heal."""

from __future__ import annotations

import json
from pathlib import Path

from harvester.pipeline import Workspace, document_records, execute

from .conftest import Route, Site, make_settings, page

PROJECTS = [
    f"/project/{name}/"
    for name in ("food", "energy", "care", "housing", "youth", "credit", "repair", "hubs", "libraries", "transport")
]


def project_page(path: str) -> str:
    name = path.strip("/").split("/")[-1]
    body = (
        f"<ul><li>Lead Member: Oldham Council</li><li>Year: 2022</li></ul><h2>About the project</h2>"
        f"<p>The {name} project brought residents, councillors and local groups together to run {name} "
        f"services co-operatively, with a steering group meeting every month and a report at the end.</p>"
    )
    return page(f"{name.title()} project", body)


def healthy(site: Site) -> None:
    links = "".join(f'<a href="{p}">{p}</a> ' for p in PROJECTS)
    site.page("/", page("Network home", f"<p>Welcome to the network of co-operative councils. {links}</p>"))
    for path in PROJECTS:
        site.page(path, project_page(path))


def run(ws: Workspace) -> tuple[str, dict[str, object]]:
    state = execute(ws, None, crawl=True, index=True, command="test")
    report = json.loads((ws.reports_dir / f"{state.run_id}.json").read_text(encoding="utf-8"))
    return state.status, report


def live_urls(ws: Workspace) -> set[str]:
    return {d.url for d in document_records(ws)}


def hits(ws: Workspace, query: str) -> list[str]:
    return [h.url for h in ws.searcher().search(query, limit=5).results]


def test_a_site_that_redirects_everything_home_for_a_night_loses_nothing(tmp_path: Path, site: Site) -> None:
    healthy(site)
    ws = Workspace(make_settings(tmp_path / "data", site.url("/")))
    assert run(ws)[0] == "completed"
    before, top = live_urls(ws), hits(ws, "repair services run co-operatively")
    for path in PROJECTS:
        site.routes[path] = Route(status=301, headers={"Location": site.url("/")})
    status, report = run(ws)
    assert status == "partial"
    assert live_urls(ws) == before and hits(ws, "repair services run co-operatively") == top
    held = report["held_back"]
    assert held[0]["source"] == "test" and "would retire 10 of 11" in held[0]["saw"]
    assert {d["action"] for d in held[0]["documents"]} == {"retire"} and len(held[0]["documents"]) == 10
    assert "--accept-mass-change" in held[0]["accept"]
    assert any("held back" in note for item in report["needs_review"] for note in item["notes"])
    healthy(site)
    assert run(ws)[0] == "completed"
    records = {d.url: d for d in document_records(ws)}
    assert set(records) == before and all(not r.aliases for r in records.values())


def test_a_maintenance_page_everywhere_overwrites_nothing(tmp_path: Path, site: Site) -> None:
    healthy(site)
    ws = Workspace(make_settings(tmp_path / "data", site.url("/")))
    run(ws)
    before = {d.url: d.content_hash for d in document_records(ws)}
    notice = page(
        "Down for maintenance",
        "<p>We are upgrading our website and will be back shortly. Thank you for your patience while we work.</p>",
    )
    for path in ["/", *PROJECTS]:  # the crawl still knows every address from the catalogue
        site.page(path, notice)
    status, report = run(ws)
    assert status == "partial" and report["held_back"]
    assert {d.url: d.content_hash for d in document_records(ws)} == before


def test_not_found_everywhere_retires_nothing_but_an_ordinary_deletion_goes_through(tmp_path: Path, site: Site) -> None:
    healthy(site)
    ws = Workspace(make_settings(tmp_path / "data", site.url("/")))
    run(ws)
    before = live_urls(ws)
    for path in PROJECTS:
        site.routes[path] = Route(status=404, body=b"<html><body>Not found</body></html>")
    status, report = run(ws)
    assert status == "partial" and live_urls(ws) == before and report["counts"]["gone"] == 0
    healthy(site)
    del site.routes["/project/food/"]
    status, report = run(ws)
    assert status == "completed" and report["counts"]["gone"] == 1
    assert live_urls(ws) == before - {site.url("/project/food/")}


def test_an_accepted_mass_change_is_applied(tmp_path: Path, site: Site) -> None:
    healthy(site)
    ws = Workspace(make_settings(tmp_path / "data", site.url("/")))
    run(ws)
    for path in PROJECTS[:6]:
        site.routes[path] = Route(status=410)
    assert run(ws)[0] == "partial"
    ws.settings.crawl.accept_mass_change = True
    status, report = run(ws)
    assert status == "completed" and report["counts"]["gone"] == 6 and not report["held_back"]


def test_an_alias_heals_when_its_address_answers_for_itself_again(tmp_path: Path, site: Site) -> None:
    healthy(site)
    ws = Workspace(make_settings(tmp_path / "data", site.url("/")))
    run(ws)
    site.routes["/project/food/"] = Route(status=301, headers={"Location": site.url("/project/energy/")})
    run(ws)
    assert site.url("/project/food/") in {a for d in document_records(ws) for a in d.aliases}
    healthy(site)
    run(ws)
    records = {d.url: d for d in document_records(ws)}
    assert site.url("/project/food/") in records
    assert not any(records[url].aliases for url in records)


def sign_in(path: str) -> str:
    """A login wall that echoes the address asked for (so no two pages share a text)."""
    return page(
        "Sign in",
        f'<form action="/login"><p>Please sign in to see {path}.</p><input name="user">'
        '<input type="password" name="pw"><button>Sign in</button></form>',
    )


def test_a_login_wall_that_echoes_each_path_overwrites_nothing_not_even_the_home_page(
    tmp_path: Path, site: Site
) -> None:
    healthy(site)
    ws = Workspace(make_settings(tmp_path / "data", site.url("/")))
    run(ws)
    before = {d.url: d.content_hash for d in document_records(ws)}
    for path in ["/", *PROJECTS]:
        site.page(path, sign_in(path))
    status, report = run(ws)

    assert status == "partial" and {d.url: d.content_hash for d in document_records(ws)} == before
    held = report["held_back"][0]["documents"]
    assert len(held) == 11 and {d["why"] for d in held} == {"login wall"}


def test_one_page_behind_a_login_keeps_its_last_good_version_and_is_reported(tmp_path: Path, site: Site) -> None:
    healthy(site)
    ws = Workspace(make_settings(tmp_path / "data", site.url("/")))
    run(ws)
    before = {d.url: d.content_hash for d in document_records(ws)}
    walled, redirected = PROJECTS[0], PROJECTS[1]
    site.page(walled, sign_in(walled))  # a sign-in form where the page was
    site.routes[redirected] = Route(status=302, headers={"Location": site.url(f"/user/login?next={redirected}")})
    site.page("/user/login", sign_in("/user/login"))
    status, report = run(ws)

    assert status == "completed" and not report["held_back"]
    after = {d.url: d.content_hash for d in document_records(ws)}
    assert {url: after[url] for url in before} == before  # neither overwritten nor retired
    failed = {f["url"]: f for f in report["failures"]}
    assert {site.url(walled), site.url(redirected)} <= set(failed)
    assert all(failed[site.url(p)]["kind"] == "login" for p in (walled, redirected))
