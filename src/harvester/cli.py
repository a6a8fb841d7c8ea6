"""The `harvester` command: a thin shell over the library. Progress on stderr; --json on stdout."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.logging import RichHandler
from rich.markup import escape
from rich.table import Table

from harvester.config import Settings, load_settings
from harvester.console import err, out, print_hits
from harvester.errors import ConfigError, HarvesterError, IndexUnavailableError, InvalidQueryError, LockedError
from harvester.models import RunRecord

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Harvest, understand and search the co-operative practice of the CCIN network.",
)


class _State:
    config_path: Path | None = None
    quiet = False


state = _State()


@app.callback()
def _global(
    config: Annotated[
        Path | None,
        typer.Option("--config", help="Config file (default: $HARVESTER_CONFIG, else config/harvester.yaml)."),
    ] = None,
    verbose: Annotated[bool, typer.Option("-v", "--verbose", help="Log more.")] = False,
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="Only errors on stderr.")] = False,
) -> None:
    state.config_path = config
    state.quiet = quiet
    level = logging.DEBUG if verbose else logging.ERROR if quiet else logging.WARNING
    logging.basicConfig(
        level=level, handlers=[RichHandler(console=err, show_path=False)], format="%(message)s", force=True
    )
    for noisy in ("httpx", "httpcore", "sentence_transformers", "urllib3"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))


def main() -> None:
    try:
        app()
    except (ConfigError, InvalidQueryError) as exc:
        _fail(str(exc), 2)
    except (LockedError, IndexUnavailableError, HarvesterError) as exc:
        _fail(str(exc), 1)
    except KeyboardInterrupt:
        _fail("interrupted", 130)


def _fail(message: str, code: int) -> NoReturn:
    err.print(f"[bold red]error:[/] {escape(message)}")
    sys.exit(code)


def _settings() -> Settings:
    return load_settings(state.config_path)


def _notify(message: str) -> None:
    if not state.quiet:
        err.print(f"[dim]•[/] {escape(message)}")


def _workspace(settings: Settings | None = None) -> Any:
    from harvester.pipeline import Workspace

    return Workspace(settings or _settings())


# --- pipeline commands ------------------------------------------------------------------------

SourceOption = Annotated[str | None, typer.Option("--source", help="Only this source.")]
AcceptOption = Annotated[
    bool,
    typer.Option(
        "--accept-mass-change",
        help="Apply a change that retires or overwrites many documents at once (held back by default).",
    ),
]


@app.command()
def run(source: SourceOption = None, accept_mass_change: AcceptOption = False) -> None:
    """Crawl, extract, embed and index every configured source (or one); write a run report."""
    _run_pipeline(source, crawl=True, index=True, command="run", accept_mass_change=accept_mass_change)


@app.command()
def crawl(source: SourceOption = None, accept_mass_change: AcceptOption = False) -> None:
    """Crawl and extract only; the catalogue records what changed."""
    _run_pipeline(source, crawl=True, index=False, command="crawl", accept_mass_change=accept_mass_change)


@app.command()
def index(
    rebuild: Annotated[
        bool,
        typer.Option("--rebuild", help="Drop the index and write it again from the catalogue and embedding cache."),
    ] = False,
    to: Annotated[
        str | None,
        typer.Option("--to", metavar="URL", help="Copy the embedded index to the Qdrant server at URL (resumable)."),
    ] = None,
) -> None:
    """Embed and index what the catalogue holds that the index does not."""
    if to is not None:
        if rebuild:
            raise typer.BadParameter("cannot be combined with --rebuild: rebuild first, then copy", param_hint="--to")
        _copy_index(to)
        return
    _run_pipeline(None, crawl=False, index=True, command="index --rebuild" if rebuild else "index", rebuild=rebuild)


def _copy_index(url: str) -> None:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from harvester.pipeline import copy_to_server

    if not url.startswith(("http://", "https://")):
        raise typer.BadParameter(f"must be the http(s) URL of a Qdrant server, not {url!r}", param_hint="--to")
    ws = _workspace()
    columns = (TextColumn("copying points"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    try:
        with Progress(*columns, console=err, disable=state.quiet) as bar:
            task = bar.add_task("copy", total=None)
            copied = copy_to_server(ws, url, lambda done, total: bar.update(task, completed=done, total=total))
    finally:
        ws.close()
    if not state.quiet:
        err.print(f"copied {copied} points to {escape(url)}; set index.url to {escape(url)} to use it")


def _run_pipeline(
    source: str | None,
    *,
    crawl: bool,
    index: bool,
    command: str,
    rebuild: bool = False,
    accept_mass_change: bool = False,
) -> None:
    from harvester.pipeline import execute

    settings = _settings()
    if accept_mass_change:
        settings.crawl.accept_mass_change = True
    if crawl and not settings.sources:
        raise ConfigError("no sources are configured")
    ws = _workspace(settings)
    try:
        result = execute(ws, source, crawl=crawl, index=index, command=command, notify=_notify, rebuild=rebuild)
    finally:
        ws.close()
    _print_run_summary(result, ws.reports_dir)
    if result.status == "failed":
        for error in result.errors:
            err.print(f"[bold red]error:[/] {escape(error)}")
        raise typer.Exit(1)


def _print_run_summary(result: Any, reports_dir: Path) -> None:
    if state.quiet:
        return
    counts = result.counts
    keys = ("fetched", "new", "changed", "unchanged", "gone", "failed", "chunks_embedded")
    summary = ", ".join(f"{k} {counts.get(k, 0)}" for k in keys)
    err.print(f"[bold]{result.status}[/] run {result.run_id}: {summary}")
    for held in result.held_back:
        err.print(
            f"[bold yellow]held back:[/] {escape(held['source'])}: {escape(held['reason'])}; "
            "nothing was retired or overwritten. If the site really changed, run again with --accept-mass-change."
        )
    err.print(f"report: {reports_dir / (result.run_id + '.html')}")


# --- query commands ---------------------------------------------------------------------------


def _year_option(value: str | None) -> str | None:
    """`--year` checked as it is read: a bad value is a usage error (exit 2) before any model loads."""
    from harvester.search import parse_year_filter

    if value:
        try:
            parse_year_filter(value)
        except InvalidQueryError as exc:
            raise typer.BadParameter(str(exc)) from None
    return value


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="What to look for, in plain words.")],
    principle: Annotated[list[str] | None, typer.Option("--principle", help="Repeatable; all must match.")] = None,
    council: Annotated[str | None, typer.Option(help="Lead or participating council.")] = None,
    lead: Annotated[str | None, typer.Option(help="Lead council.")] = None,
    year: Annotated[
        str | None,
        typer.Option(
            help="YYYY, YYYY-YYYY, or open at one end: YYYY- (onwards), -YYYY (up to).", callback=_year_option
        ),
    ] = None,
    type_: Annotated[str | None, typer.Option("--type", help="The page's Type/Status value.")] = None,
    kind: Annotated[str | None, typer.Option(help="html or pdf.")] = None,
    source: Annotated[str | None, typer.Option(help="Source name.")] = None,
    limit: Annotated[int, typer.Option(min=1, max=100)] = 10,
    mode: Annotated[str, typer.Option(help="hybrid, dense or sparse.")] = "hybrid",
    as_json: Annotated[bool, typer.Option("--json", help="JSON on stdout.")] = False,
    api: Annotated[
        str | None, typer.Option("--api", help="Ask a running `harvester api` at this URL; no model to load.")
    ] = None,
) -> None:
    """Semantic search, one hit per document."""
    from harvester.search import SearchFilters

    filters = SearchFilters(
        principles=principle or [], council=council, lead=lead, year=year, type=type_, kind=kind, source=source
    )
    if api:
        response = _search_api(api, query, filters, limit, mode)
    else:
        ws = _workspace()
        try:
            response = ws.searcher().search(query, filters, limit=limit, mode=mode)
        finally:
            ws.close()
    if as_json:
        typer.echo(response.model_dump_json(exclude={"results": {"__all__": {"section", "source", "shares_lead"}}}))
        return
    print_hits(response.results, query)
    err.print(f"[dim]{len(response.results)} results in {response.took_ms} ms ({response.mode})[/]")


def _search_api(base_url: str, query: str, filters: Any, limit: int, mode: str) -> Any:
    """The same search through a running API: no model to load, so it answers in milliseconds."""
    import httpx

    from harvester.models import SearchResponse

    params: dict[str, Any] = {"q": query, "limit": limit, "mode": mode, "principle": filters.principles}
    for key in ("council", "lead", "year", "type", "kind", "source"):
        if getattr(filters, key):
            params[key] = getattr(filters, key)
    url = base_url.rstrip("/") + "/search"
    try:
        answer = httpx.get(url, params=params, timeout=30)
    except httpx.HTTPError as exc:
        raise HarvesterError(f"search API at {base_url} is unreachable: {exc}") from None
    if answer.status_code == 422:
        raise InvalidQueryError(_api_detail(answer))
    if answer.status_code != 200:
        raise IndexUnavailableError(f"search API at {base_url} answered {answer.status_code}: {_api_detail(answer)}")
    return SearchResponse.model_validate(answer.json())


def _api_detail(answer: Any) -> str:
    try:
        detail = answer.json().get("detail")
    except ValueError:
        return str(answer.text)[:200]
    if isinstance(detail, list):
        return "; ".join(f"{'.'.join(map(str, d.get('loc', [])))}: {d.get('msg')}" for d in detail)
    return str(detail)


@app.command()
def similar(
    url: Annotated[str, typer.Argument(help="URL of an indexed document.")],
    limit: Annotated[int, typer.Option(min=1, max=100)] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="JSON on stdout.")] = False,
) -> None:
    """Documents most like the given one (the same work done by other councils)."""
    from harvester.urls import normalise_url

    ws = _workspace()
    try:
        target = ws.catalogue.resolve_alias(normalise_url(url))
        hits = ws.searcher().similar(target, limit=limit)
    finally:
        ws.close()
    if as_json:
        typer.echo(json.dumps({"url": target, "results": [h.model_dump(exclude={"section", "snippet"}) for h in hits]}))
        return
    print_hits(hits, "", similar=True)


@app.command()
def documents(as_json: Annotated[bool, typer.Option("--json", help="JSON array on stdout.")] = False) -> None:
    """Every live document with its extracted metadata."""
    from harvester.pipeline import document_records

    ws = _workspace()
    try:
        records = document_records(ws)
    finally:
        ws.close()
    if as_json:
        typer.echo(json.dumps([r.model_dump() for r in records], ensure_ascii=False))
        return
    table = Table("title", "type", "lead", "year", "principles", "chunks", show_lines=False)
    for r in records:
        year = f"{r.year}–{r.year_end}" if r.year_end else str(r.year or "")
        table.add_row(
            escape(r.title[:60]),
            r.doc_type,
            escape(r.lead_member or ""),
            year,
            str(len(r.principles)),
            str(r.chunks),
        )
    out.print(table)


@app.command()
def report(
    last: Annotated[bool, typer.Option("--last", help="The most recent run (default).")] = False,
    run_id: Annotated[str | None, typer.Option("--run", help="A run id.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="md, html or json.")] = "md",
    list_runs: Annotated[bool, typer.Option("--list", help="List past runs.")] = False,
) -> None:
    """An ingestion report."""
    from harvester.report import FORMATS, build_report, render

    if fmt not in FORMATS:
        raise InvalidQueryError(f"--format must be one of {', '.join(FORMATS)}")
    if last and run_id:
        raise InvalidQueryError("--last and --run name different runs; give one of them")
    ws = _workspace()
    try:
        runs = ws.catalogue.history.runs()
        if list_runs:
            _print_runs(runs)
            return
        if run_id is None:
            if not runs:
                raise HarvesterError(f"no runs recorded yet in {ws.data_dir}")
            run_id = runs[0].run_id
        report = build_report(ws.catalogue, run_id, show_contacts=ws.settings.report.show_contacts)
        typer.echo(render(report, fmt))
    finally:
        ws.close()


def _print_runs(runs: list[RunRecord]) -> None:
    table = Table("run", "status", "started", "new", "changed", "gone", "failed")
    for r in runs:
        c = r.counts
        table.add_row(
            r.run_id,
            r.status,
            r.started_at[:19],
            *(str(c.get(k, 0)) for k in ("new", "changed", "gone", "failed")),
        )
    out.print(table)


# --- services ---------------------------------------------------------------------------------


@app.command()
def demo() -> None:
    """Serve the bundled sample site on loopback, run the whole pipeline on it, and search it."""
    from harvester.demo import run_demo

    run_demo(out=out, err=err)


@app.command()
def serve() -> None:
    """Start the scheduled Prefect deployments for every source (flows/serve.py)."""
    import runpy

    script = Path(__file__).resolve().parents[2] / "flows" / "serve.py"
    if not script.exists():
        raise ConfigError(f"flows/serve.py not found beside the package ({script}); run from a checkout")
    _settings()  # fail early on a bad config
    sys.argv = [str(script), *(["--config", str(state.config_path)] if state.config_path else [])]
    runpy.run_path(str(script), run_name="__main__")


@app.command()
def deploy(
    prefect_file: Annotated[
        Path | None, typer.Option("--prefect-file", help="Deployments to register (default: prefect.yaml).")
    ] = None,
) -> None:
    """Register the deployments with a Prefect server: concurrency limit, work pool, prefect.yaml (flows/deploy.py)."""
    import runpy

    script = Path(__file__).resolve().parents[2] / "flows" / "deploy.py"
    if not script.exists():
        raise ConfigError(f"flows/deploy.py not found beside the package ({script}); run from a checkout")
    _settings()  # fail early on a bad config
    config = ["--config", str(state.config_path)] if state.config_path else []
    sys.argv = [str(script), *config, *(["--prefect-file", str(prefect_file.resolve())] if prefect_file else [])]
    runpy.run_path(str(script), run_name="__main__")  # exits with `prefect deploy`'s code


@app.command()
def api(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
) -> None:
    """The search HTTP API and web page."""
    import uvicorn

    from harvester.api import create_app

    uvicorn.run(create_app(_settings()), host=host, port=port, log_level="warning")


if __name__ == "__main__":
    main()
