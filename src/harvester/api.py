"""The search HTTP API and web page (`harvester api`). The model loads once, at start-up.

Searches, catalogue reads and index calls run in worker threads, never on the event loop. The web
page at `/` is rendered on the server (Jinja2, autoescaped): it works without JavaScript and
without any external asset, and every search is a plain URL that can be shared.
"""

import asyncio
import contextlib
import hmac
import os
import threading
from collections import Counter
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Annotated, Any, Literal, TypeVar

from fastapi import FastAPI, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape
from pydantic import BaseModel

from harvester.config import Settings
from harvester.embed import BatchingEmbedder
from harvester.errors import IndexUnavailableError, InvalidQueryError
from harvester.gazetteer import type_key
from harvester.index import VectorIndex
from harvester.models import DocumentRecord, RunRecord, SearchHit, SearchResponse
from harvester.search import YEAR_FORMS, Searcher, SearchFilters, highlight_spans, parse_year_filter, withheld
from harvester.urls import normalise_url

T = TypeVar("T")
Answer = TypeVar("Answer", SearchHit, DocumentRecord)
Mode = Literal["hybrid", "dense", "sparse"]
Kind = Literal["html", "pdf"]


class FacetValue(BaseModel):
    value: str
    count: int


class Facets(BaseModel):
    """Values the filters accept, with how many live documents carry each."""

    principles: list[FacetValue]
    councils: list[FacetValue]
    years: list[FacetValue]
    types: list[FacetValue]
    kinds: list[FacetValue]
    sources: list[FacetValue]


class ErrorMessage(BaseModel):
    detail: str


_UNAVAILABLE: dict[int | str, dict[str, Any]] = {
    503: {"model": ErrorMessage, "description": "The index is unavailable"}
}


class Health(BaseModel):
    """Whether the service is up; the detail only for callers holding the token, when one is set."""

    status: Literal["ok", "degraded"]
    index_reachable: bool | None = None
    documents: int | None = None
    chunks: int | None = None
    last_run: RunRecord | None = None


@dataclass
class _State:
    ws: Any  # harvester.pipeline.Workspace (imported lazily: the API module stays light)
    searcher: Searcher
    catalogue_lock: threading.Lock
    show_contacts: bool
    facets: tuple[str, Facets] | None = None


def create_app(settings: Settings, workspace: Any = None) -> FastAPI:
    """A FastAPI app over the configured index and catalogue (or over `workspace`, for tests)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from harvester.pipeline import Workspace

        ws = workspace or Workspace(settings)
        await asyncio.to_thread(ws.embedder.embed, ["warm up"])
        # Concurrent requests share encode calls: one model, batched across threads.
        searcher = Searcher(ws.index, BatchingEmbedder(ws.embedder), ws.gazetteer)
        app.state.harvester = _State(ws, searcher, threading.Lock(), settings.api.show_contacts)
        yield
        if workspace is None:
            ws.close()

    app = FastAPI(
        title="harvester search API",
        version="0.1.0",
        description="Search co-operative council practice by meaning, with filters.",
        lifespan=lifespan,
    )
    limits = settings.api
    token = os.environ.get("HARVESTER_API_TOKEN") or None

    @app.middleware("http")
    async def require_token(request: Request, call_next: Callable[[Request], Any]) -> Any:
        """With HARVESTER_API_TOKEN set, everything but /health needs `Authorization: Bearer <token>`."""
        if token and request.url.path != "/health" and not _bearer_matches(request, token):
            return JSONResponse(
                {"detail": "a bearer token is required"}, status_code=401, headers={"WWW-Authenticate": "Bearer"}
            )
        return await call_next(request)

    @app.get("/search", response_model=SearchResponse, responses=_UNAVAILABLE)
    async def search(
        request: Request,
        q: Annotated[str, Query(min_length=1, max_length=limits.max_query_chars, description="The question")],
        principle: Annotated[
            list[str] | None, Query(max_length=_MAX_VALUE, description="Principles (all must match)")
        ] = None,
        council: Annotated[str | None, Query(max_length=200)] = None,
        lead: Annotated[str | None, Query(max_length=200)] = None,
        year: Annotated[str | None, Query(pattern=r"^(\d{4}(-(\d{4})?)?|-\d{4})$", description=YEAR_FORMS)] = None,
        type: Annotated[str | None, Query(max_length=100)] = None,
        kind: Kind | None = None,
        source: Annotated[str | None, Query(max_length=100)] = None,
        limit: Annotated[int, Query(ge=1, le=limits.max_limit)] = 10,
        mode: Mode = "hybrid",
    ) -> SearchResponse:
        state = _state(request)
        if principle and len(principle) > len(_PRINCIPLE_SLOTS):
            raise invalid("principle", f"at most {len(_PRINCIPLE_SLOTS)} principles")
        filters = SearchFilters(
            principles=principle or [], council=council, lead=lead, year=year, type=type, kind=kind, source=source
        )
        await _check_known_values(state, filters)
        return await _search(state, q, filters, limit, mode)

    @app.get("/similar", response_model=list[SearchHit], responses=_UNAVAILABLE)
    async def similar(
        request: Request,
        url: Annotated[str, Query(min_length=1, max_length=2000)],
        limit: Annotated[int, Query(ge=1, le=limits.max_limit)] = 10,
    ) -> list[SearchHit]:
        state = _state(request)
        target = await _read(state, _resolve_url, state.ws, url)
        return await _similar(state, target, limit)

    @app.get("/documents", response_model=DocumentRecord, responses=_NOT_FOUND)
    async def document_by_url(request: Request, url: Annotated[str, Query(min_length=1, max_length=2000)]) -> Any:
        """The live document at a URL or one of its aliases (normalised as the catalogue stores URLs)."""
        return await document(request, url)

    # `:path`: a percent-encoded URL has its slashes decoded before routing, and must still arrive here.
    @app.get("/documents/{doc_id:path}", response_model=DocumentRecord, responses=_NOT_FOUND)
    async def document(request: Request, doc_id: Annotated[str, Path(max_length=2000)]) -> DocumentRecord:
        """The live document with this id, or at this URL."""
        state = _state(request)
        record = await _read(state, _document_record, state.ws, doc_id, state.show_contacts)
        if record is None:
            raise HTTPException(status_code=404, detail=f"no live document {doc_id!r}")
        return record

    @app.get("/facets", response_model=Facets)
    async def facets(request: Request) -> Facets:
        return await _facets(_state(request))

    @app.get("/health", response_model=Health)
    async def health(request: Request) -> Health | JSONResponse:
        """Up or not for anyone; runs, counts and timings only without a token or with the right one."""
        state = _state(request)
        try:
            chunks, reachable = await asyncio.to_thread(state.ws.index.count), True
        except IndexUnavailableError:
            chunks, reachable = 0, False
        status: Literal["ok", "degraded"] = "ok" if reachable else "degraded"
        if token and not _bearer_matches(request, token):
            return JSONResponse(Health(status=status).model_dump(exclude_none=True))
        runs = await _read(state, state.ws.catalogue.history.runs, 1)
        documents = (await _read(state, state.ws.catalogue.counts_by_status)).get("live", 0)
        last_run = runs[0] if runs else None
        return Health(status=status, index_reachable=reachable, documents=documents, chunks=chunks, last_run=last_run)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Any]) -> Any:
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        if response.headers.get("content-type", "").startswith("text/html") and request.url.path == "/":
            response.headers["Content-Security-Policy"] = _PAGE_POLICY
            response.headers["Referrer-Policy"] = "no-referrer"
        return response

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def page(
        request: Request,
        q: Annotated[str, Query(max_length=limits.max_query_chars)] = "",
        principle: Annotated[str, Query(max_length=_MAX_VALUE)] = "",
        council: Annotated[str, Query(max_length=_MAX_VALUE)] = "",
        year_from: Annotated[str, Query(max_length=4)] = "",
        year_to: Annotated[str, Query(max_length=4)] = "",
        type: Annotated[str, Query(max_length=_MAX_VALUE)] = "",
        kind: Annotated[str, Query(max_length=4)] = "",
        similar: Annotated[str, Query(max_length=2000)] = "",
    ) -> str:
        state = _state(request)
        form = {"q": q, "principle": principle, "council": council, "year_from": year_from, "year_to": year_to}
        form |= {"type": type, "kind": kind}
        context: dict[str, Any] = {"form": form, "facets": await _facets(state), "error": None}
        context |= {"results": None, "similar_to": None}
        try:
            if similar:
                target = await _read(state, _resolve_url, state.ws, similar)
                context["similar_to"] = await _read(state, _document_record, state.ws, target, state.show_contacts)
                context["results"] = await _similar(state, target, 10)
            elif q.strip():
                filters = _page_filters(form)
                await _check_known_values(state, filters)
                context["results"] = (await _search(state, q, filters, 10, "hybrid")).results
        except HTTPException as exc:
            context["error"] = exc.detail
        except RequestValidationError as exc:
            context["error"] = "; ".join(str(e.get("msg", "")) for e in exc.errors())
        return _render_page(context, q)

    return app


# --- helpers -----------------------------------------------------------------------------------


_MAX_VALUE = 200  # characters in one filter value
_PRINCIPLE_SLOTS = range(10)  # the ten principles: more filter values than that is not a question
_NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorMessage, "description": "No such live document"}}


def _bearer_matches(request: Request, token: str) -> bool:
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), token.encode())


def _state(request: Request) -> _State:
    state: _State = request.app.state.harvester
    return state


async def _run(func: Callable[..., T], *args: Any) -> T:
    """A search or index call in a worker thread, with its errors as HTTP errors."""
    try:
        return await asyncio.to_thread(func, *args)
    except InvalidQueryError as exc:
        raise invalid("query", str(exc)) from None
    except IndexUnavailableError as exc:
        raise HTTPException(status_code=503, detail=str(exc)) from None


async def _read(state: _State, func: Callable[..., T], *args: Any) -> T:
    """A catalogue read in a worker thread; one at a time (one SQLite connection)."""

    def locked() -> T:
        with state.catalogue_lock:
            return func(*args)

    return await asyncio.to_thread(locked)


def _document_record(ws: Any, doc_id: str, show_contacts: bool) -> DocumentRecord | None:
    """A live document by its id (an indexed column) or by its URL or one of its aliases."""
    from harvester.pipeline import document_record

    stored = ws.catalogue.by_id(doc_id) or ws.catalogue.get(_resolve_url(ws, doc_id))
    if stored is None or stored.status != "live" or stored.document is None:
        return None
    record = document_record(stored, show_contacts=show_contacts, aliases=ws.catalogue.aliases_of(stored.url))
    return _published(ws, [record], show_contacts)[0]


def _resolve_url(ws: Any, url: str) -> str:
    """The catalogue's URL for `url`: normalised as the crawler stores URLs, then through the aliases."""
    with contextlib.suppress(ValueError):  # what does not parse as a URL ('http://[x') is looked up as given
        url = normalise_url(url)
    return str(ws.catalogue.resolve_alias(url))


async def _search(state: _State, query: str, filters: SearchFilters, limit: int, mode: str) -> SearchResponse:
    response = await _run(state.searcher.search, query, filters, limit, mode)
    results = await _read(state, _published, state.ws, response.results, state.show_contacts)
    return response.model_copy(update={"results": results})


async def _similar(state: _State, url: str, limit: int) -> list[SearchHit]:
    hits = await _run(state.searcher.similar, url, limit)
    return await _read(state, _published, state.ws, hits, state.show_contacts)


def _published(ws: Any, answers: list[Answer], show_contacts: bool) -> list[Answer]:
    """Hits and records as the API and page give them out. Unless contacts are shown, every email
    address in their text is withheld, and so are the names of their documents' contacts."""
    if show_contacts:
        return answers
    stored = {answer.url: ws.catalogue.get(answer.url) for answer in answers}
    names = {url: [c.name for c in s.document.contacts if c.name] for url, s in stored.items() if s and s.document}
    return [withheld(answer, names.get(answer.url, [])) for answer in answers]


async def _facets(state: _State) -> Facets:
    """Facet counts over documents, recomputed only when a run has finished since last time.

    The index counts them (its document collection); the catalogue does when the index cannot (it is
    unreachable, or was written before it carried the facet fields).
    """
    runs = await _read(state, state.ws.catalogue.history.runs, 1)
    version = f"{runs[0].run_id}:{runs[0].finished_at}" if runs else ""
    if state.facets is None or state.facets[0] != version:
        facets = await asyncio.to_thread(_index_facets, state.ws.index)
        if facets is None:
            facets = await _read(state, _count_facets, state.ws)
        state.facets = (version, facets)
    return state.facets[1]


# Facet name → (payload field of the document collection, listed by name rather than by count).
_FACET_FIELDS = {
    "principles": ("principles", False),
    "councils": ("council_names", True),
    "years": ("years", True),
    "types": ("type", False),
    "kinds": ("kind", False),
    "sources": ("source", False),
}


def _index_facets(index: VectorIndex) -> Facets | None:
    """Facets from the index's facet counts, or None when it cannot give them."""
    try:
        if not index.can_facet():
            return None
        found = {name: index.facets(key) for name, (key, _) in _FACET_FIELDS.items()}
    except IndexUnavailableError:
        return None
    values = {name: [FacetValue(value=str(c.value), count=c.count) for c in counts] for name, counts in found.items()}
    for name, (_, by_name) in _FACET_FIELDS.items():
        if by_name:
            values[name].sort(key=lambda v: v.value)
    return Facets(**values)


def _count_facets(ws: Any) -> Facets:
    counters: dict[str, Counter[str]] = {k: Counter() for k in ("principles", "councils", "years", "types", "kinds")}
    counters["sources"] = Counter()
    for stored in ws.catalogue.documents("live"):
        doc = stored.document
        if doc is None or not doc.sections:
            continue
        counters["principles"].update(doc.listed_principles)
        counters["councils"].update(doc.councils)
        if doc.year:
            counters["years"].update(str(y) for y in range(doc.year, (doc.year_end or doc.year) + 1))
        if doc.type:
            counters["types"][doc.type] += 1
        counters["kinds"][doc.kind.value] += 1
        counters["sources"][doc.source] += 1

    def values(counter: Counter[str], by_name: bool = False) -> list[FacetValue]:
        items = sorted(counter.items()) if by_name else counter.most_common()
        return [FacetValue(value=v, count=n) for v, n in items]

    return Facets(
        principles=values(counters["principles"]),
        councils=values(counters["councils"], by_name=True),
        years=values(counters["years"], by_name=True),
        types=values(counters["types"]),
        kinds=values(counters["kinds"]),
        sources=values(counters["sources"]),
    )


async def _check_known_values(state: _State, filters: SearchFilters) -> None:
    """A council, type or source nobody has published is a mistake worth a 422, not zero results; so is
    a year range that ends before it starts."""
    if filters.year:
        try:
            parse_year_filter(filters.year)
        except InvalidQueryError as exc:
            raise invalid("year", str(exc)) from None
    facets = await _facets(state)
    gazetteer = state.ws.gazetteer
    councils = {gazetteer.canonical(f.value).casefold() for f in facets.councils}
    for label, name in (("council", filters.council), ("lead", filters.lead)):
        if name and gazetteer.canonical(name).casefold() not in councils and not gazetteer.resolve(name).known:
            raise invalid(label, f"unknown {label} {name!r}; see /facets")
    if filters.type and type_key(filters.type) not in {type_key(f.value) for f in facets.types}:
        raise invalid("type", f"unknown type {filters.type!r}; see /facets")
    if filters.source and filters.source not in {f.value for f in facets.sources}:
        raise invalid("source", f"unknown source {filters.source!r}; see /facets")


def invalid(parameter: str, message: str) -> RequestValidationError:
    """A 422 in FastAPI's own shape (`detail: [{loc, msg, type}]`), so one schema describes every 422."""
    location = ("query",) if parameter == "query" else ("query", parameter)
    return RequestValidationError([{"loc": location, "msg": message, "type": "value_error"}])


def _page_filters(form: dict[str, str]) -> SearchFilters:
    first, last = form["year_from"].strip(), form["year_to"].strip()
    year = f"{first}-{last}" if first or last else None  # one end left empty is open: 'from 2018' onwards
    return SearchFilters(
        principles=[form["principle"]] if form["principle"] else [],
        council=form["council"] or None,
        year=year,
        type=form["type"] or None,
        kind=form["kind"] or None,
    )


def highlight(text: str, query: str) -> Markup:
    """`text` escaped, with the words that match the query wrapped in <mark>."""
    out: list[str] = []
    position = 0
    for start, end in highlight_spans(text, query):
        out += [str(escape(text[position:start])), f"<mark>{escape(text[start:end])}</mark>"]
        position = end
    out.append(str(escape(text[position:])))
    return Markup("".join(out))


# The page needs nothing but itself: no scripts at all, inline styles, forms and links to itself.
_PAGE_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)

_TEMPLATES = Environment(
    loader=PackageLoader("harvester", "templates"),
    autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def _render_page(context: dict[str, Any], query: str) -> str:
    template = _TEMPLATES.get_template("search.html")
    return template.render(**context, highlight=lambda text: highlight(text, query))
