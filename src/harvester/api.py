"""The search HTTP API and web page (`harvester api`). The model loads once, at start-up."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from harvester.config import Settings
from harvester.errors import IndexUnavailableError, InvalidQueryError
from harvester.models import SearchHit, SearchResponse
from harvester.search import SearchFilters


def create_app(settings: Settings) -> FastAPI:
    """A FastAPI app over the configured index and catalogue."""
    from harvester.pipeline import Workspace

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        ws = Workspace(settings)
        await asyncio.to_thread(ws.embedder.embed, ["warm up"])
        app.state.ws = ws
        app.state.lock = asyncio.Lock()
        yield
        ws.close()

    app = FastAPI(title="harvester search API", version="0.1.0", lifespan=lifespan)
    limits = settings.api

    @app.get("/search", response_model=SearchResponse)
    async def search(
        request: Request,
        q: Annotated[str, Query(min_length=1, max_length=limits.max_query_chars)],
        principle: Annotated[list[str] | None, Query()] = None,
        council: str | None = None,
        lead: str | None = None,
        year: str | None = None,
        type: str | None = None,
        kind: str | None = None,
        source: str | None = None,
        limit: Annotated[int, Query(ge=1, le=limits.max_limit)] = 10,
        mode: str = "hybrid",
    ) -> SearchResponse:
        filters = SearchFilters(
            principles=principle or [], council=council, lead=lead, year=year, type=type, kind=kind, source=source
        )
        searcher = request.app.state.ws.searcher()
        response: SearchResponse = await _guarded(request, searcher.search, q, filters, limit, mode)
        return response

    @app.get("/similar", response_model=list[SearchHit])
    async def similar(
        request: Request, url: str, limit: Annotated[int, Query(ge=1, le=limits.max_limit)] = 10
    ) -> list[SearchHit]:
        ws = request.app.state.ws
        target = ws.catalogue.resolve_alias(url)
        result: list[SearchHit] = await _guarded(request, ws.searcher().similar, target, limit)
        return result

    @app.get("/documents/{doc_id}")
    async def document(request: Request, doc_id: str) -> dict[str, Any]:
        from harvester.index import doc_point_id
        from harvester.pipeline import document_record

        ws = request.app.state.ws
        for stored in ws.catalogue.documents("live"):
            if stored.document is not None and doc_id in (doc_point_id(stored.url), stored.url):
                return document_record(
                    stored, show_contacts=limits.show_contacts, aliases=ws.catalogue.aliases_of(stored.url)
                )
        raise HTTPException(status_code=404, detail=f"no live document {doc_id!r}")

    @app.get("/health")
    async def health(request: Request) -> dict[str, Any]:
        ws = request.app.state.ws
        runs = ws.catalogue.runs(limit=1)
        try:
            chunks = await asyncio.to_thread(ws.index.count)
            reachable = True
        except IndexUnavailableError:
            chunks, reachable = 0, False
        return {
            "status": "ok" if reachable else "degraded",
            "index_reachable": reachable,
            "chunks": chunks,
            "documents": ws.catalogue.counts_by_status().get("live", 0),
            "last_run": runs[0] if runs else None,
        }

    @app.get("/", response_class=HTMLResponse)
    async def home() -> str:
        return _PAGE

    return app


async def _guarded(request: Request, func: Any, *args: Any) -> Any:
    try:
        async with request.app.state.lock:  # local-mode Qdrant is not thread-safe
            return await asyncio.to_thread(func, *args)
    except InvalidQueryError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from None
    except IndexUnavailableError as exc:
        raise HTTPException(status_code=503, detail=str(exc)) from None


_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>harvester search</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:auto;padding:1rem}
input{font-size:1rem;padding:.4rem;width:70%}li{margin:.8rem 0}</style></head><body>
<h1>Search co-operative council practice</h1>
<form id="f"><label for="q">Question</label> <input id="q" name="q" required> <button>Search</button></form>
<ol id="r"></ol>
<script>
const f=document.getElementById('f'),r=document.getElementById('r');
async function go(q){const res=await fetch('/search?q='+encodeURIComponent(q));const j=await res.json();
r.replaceChildren(...(j.results||[]).map(h=>{const li=document.createElement('li');const a=document.createElement('a');
a.href=h.url;a.textContent=h.title||h.url;const p=document.createElement('div');
p.textContent=[h.lead_member,h.year,(h.principles||[]).join(', ')].filter(Boolean).join(' · ');
const s=document.createElement('div');s.textContent=h.snippet;li.append(a,p,s);return li;}));}
f.addEventListener('submit',e=>{e.preventDefault();const q=document.getElementById('q').value;
history.replaceState(null,'','?q='+encodeURIComponent(q));go(q);});
const q0=new URLSearchParams(location.search).get('q');if(q0){document.getElementById('q').value=q0;go(q0);}
</script></body></html>"""
