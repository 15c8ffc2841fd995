"""``marsad serve``: a read-only JSON API over the event store, and one page with a map and timeline.

    create_app(store, resources=..., token=...)  -> FastAPI application
    serve(host, port, token=...)                 -> runs it with uvicorn

Article text is untrusted: the API returns it as JSON string data and the page renders it with
``textContent`` only. Writing (``POST /api/articles``) needs the server to be started with a
token and the request to carry it (``Authorization: Bearer TOKEN``).
"""
from __future__ import annotations

import asyncio
import hmac
import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import date
from importlib import metadata
from pathlib import Path
from typing import Any, Callable, Literal, TypeVar
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, FastAPI, Header, HTTPException, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from marsad.model import EVENT_TYPES, SUB_EVENT_TYPES, Article
from marsad.store.base import EventQuery, Store, StoreError
from marsad.web import boundaries
from marsad.web.guard import MAX_BODY, Guard, content_security_policy
from marsad.web.schemas import (
    ArticleIn, ArticleOut, BoundaryCollection, ConfigOut, ControlChange, ControlState, ErrorOut,
    EventDetail, EventFeatureCollection, EventPage, IngestOut, PlaceOut,
)

log = logging.getLogger("marsad.web")

STATIC_DIR = Path(__file__).resolve().parent / "static"
MAX_LIMIT = 500
MAX_OFFSET = 1_000_000
MAX_FILTER = 200  # characters of a text filter

EventTypeName = Literal[tuple(EVENT_TYPES)]  # type: ignore[valid-type]
SubEventTypeName = Literal[tuple(SUB_EVENT_TYPES)]  # type: ignore[valid-type]

ERRORS: dict[int | str, dict[str, Any]] = {
    422: {"model": ErrorOut, "description": "Bad parameters."},
}


T = TypeVar("T")


@dataclass
class Backend:
    """What the routes use: the store, the gazetteer and the extraction pipeline (both loaded on
    first use). All their work runs in one worker thread (``run``): SQLite objects stay in the
    thread that made them, requests never interleave inside the store, the event loop stays free.
    """

    store: Store
    resources: Any = None  # marsad.pipeline.resources.Resources, for the gazetteer and POST
    token: str | None = None
    tiles_url: str | None = None
    tiles_attribution: str | None = None
    pipeline_factory: Callable[[], Callable[[Article], Any]] | None = None
    executor: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(max_workers=1, thread_name_prefix="marsad-store"))
    _pipeline: Any = None
    _boundaries: dict[str, Any] | None = None

    async def run(self, fn: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self.executor, fn)

    def pipeline(self) -> Callable[[Article], Any]:
        if self._pipeline is None:
            if self.pipeline_factory is not None:
                self._pipeline = self.pipeline_factory()
            else:
                from marsad.pipeline import Pipeline

                self._pipeline = Pipeline.default(resources=self.resources)
        return self._pipeline

    def boundaries(self) -> dict[str, Any]:
        if self._boundaries is None:
            entries = self.resources.gazetteer.iter_entries() if self.resources is not None else []
            self._boundaries = boundaries.feature_collection(entries)
        return self._boundaries


def create_app(
    store: Store,
    resources: Any = None,
    token: str | None = None,
    tiles_url: str | None = None,
    tiles_attribution: str | None = None,
    pipeline_factory: Callable[[], Callable[[Article], Any]] | None = None,
    max_body: int = MAX_BODY,
) -> FastAPI:
    """The web application over ``store``. ``resources`` gives the gazetteer (admin outlines) and
    the extraction pipeline for ``POST /api/articles`` (``pipeline_factory`` overrides it)."""
    app = FastAPI(
        title="marsad", version=_version(), docs_url=None, redoc_url=None,
        description="ACLED-style events extracted from Arabic news, with the evidence of every field. "
                    "Read-only unless the server was started with a token.",
    )
    app.state.backend = Backend(store, resources, token or None, tiles_url, tiles_attribution, pipeline_factory)
    app.add_middleware(Guard, csp=content_security_policy(tile_origin(tiles_url)), max_body=max_body)
    _add_error_handlers(app)
    app.include_router(_routes())
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app


def serve(host: str = "127.0.0.1", port: int = 8000, token: str | None = None, home: Path | None = None,
          tiles_url: str | None = None, tiles_attribution: str | None = None) -> None:
    """Open the store in ``home`` (default ``$MARSAD_HOME``) and serve it until interrupted."""
    import uvicorn

    from marsad.config import data_home
    from marsad.pipeline.resources import Resources
    from marsad.store import open_store

    home = Path(home) if home is not None else data_home()
    resources = Resources(home)
    factory = None
    if token:  # articles may be posted: load the knowledge now, so a broken file stops the start
        from marsad.pipeline import Pipeline

        pipeline = Pipeline.default(resources=resources)
        pipeline.warm_up()  # PipelineError: one line, before anything is served
        factory = lambda: pipeline  # noqa: E731
    store = open_store(home)
    app = create_app(store, resources, token=token, tiles_url=tiles_url, tiles_attribution=tiles_attribution,
                     pipeline_factory=factory)
    try:
        uvicorn.run(app, host=host, port=port, log_level="info")
    finally:
        store.close()


# -- routes ---------------------------------------------------------------------------------------

async def backend(request: Request) -> Backend:
    return request.app.state.backend


async def event_query(
    date_from: date | None = Query(None, description="Events on or after this day (YYYY-MM-DD)."),
    date_to: date | None = Query(None, description="Events on or before this day (YYYY-MM-DD)."),
    admin1: str | None = Query(None, max_length=MAX_FILTER, description="Governorate, e.g. Idleb."),
    admin2: str | None = Query(None, max_length=MAX_FILTER, description="District."),
    place: str | None = Query(None, max_length=MAX_FILTER, description="Place name (Arabic or English) or gazetteer id."),
    actor: str | None = Query(None, max_length=MAX_FILTER, description="Any actor of the event (substring, any case)."),
    event_type: EventTypeName | None = Query(None, description="ACLED event type."),
    sub_event_type: SubEventTypeName | None = Query(None, description="ACLED sub-event type."),
    source: str | None = Query(None, max_length=MAX_FILTER, description="A source of the event or of a report."),
    limit: int = Query(100, ge=1, le=MAX_LIMIT, description=f"Page size, at most {MAX_LIMIT}."),
    offset: int = Query(0, ge=0, le=MAX_OFFSET, description="Events to skip."),
) -> EventQuery:
    if date_from and date_to and date_from > date_to:
        raise HTTPException(422, f"date_from {date_from} is after date_to {date_to}")
    return EventQuery(date_from=date_from, date_to=date_to, admin1=admin1, admin2=admin2, place=place,
                      actor=actor, event_type=event_type, sub_event_type=sub_event_type, source=source,
                      limit=limit, offset=offset)


async def require_token(b: Backend = Depends(backend), authorization: str | None = Header(None)) -> None:
    if not b.token:
        raise HTTPException(403, "read-only server: start it with --token or MARSAD_TOKEN to allow ingestion")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), b.token.encode()):
        raise HTTPException(401, "missing or wrong bearer token", headers={"WWW-Authenticate": "Bearer"})


def _routes() -> APIRouter:
    r = APIRouter()

    @r.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    async def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html; charset=utf-8")

    @r.get("/api/config", response_model=ConfigOut, tags=["meta"])
    async def config(b: Backend = Depends(backend)) -> dict[str, Any]:
        """What the page needs to know about this server."""
        return {"read_only": not b.token, "tiles_url": b.tiles_url, "tiles_attribution": b.tiles_attribution,
                "version": _version()}

    @r.get("/api/events", response_model=EventPage, responses=ERRORS, tags=["events"])
    async def list_events(q: EventQuery = Depends(event_query), b: Backend = Depends(backend)) -> dict[str, Any]:
        """Canonical (merged) events matching the filters, in the store's order (by date)."""
        total, items = await b.run(lambda: (b.store.count_events(q), b.store.query_events(q)))
        return {"total": total, "limit": q.limit, "offset": q.offset, "items": items}

    @r.get("/api/events.geojson", response_model=EventFeatureCollection, responses=ERRORS, tags=["events"])
    async def events_geojson(q: EventQuery = Depends(event_query), b: Backend = Depends(backend)) -> dict[str, Any]:
        """The same page of events as a GeoJSON FeatureCollection (events without coordinates left out)."""
        total, items = await b.run(lambda: (b.store.count_events(q), b.store.query_events(q)))
        features = [f for f in map(_feature, items) if f is not None]
        return {"type": "FeatureCollection", "total": total, "limit": q.limit, "offset": q.offset,
                "features": features}

    @r.get("/api/events/{event_id}", response_model=EventDetail, responses={404: {"model": ErrorOut}},
           tags=["events"])
    async def get_event(event_id: str, b: Backend = Depends(backend)) -> dict[str, Any]:
        """One event with all its reports (sources, fatalities, evidence) and their disagreements."""
        ev = await b.run(lambda: b.store.get_event(event_id))
        if ev is None:
            raise HTTPException(404, f"no event {event_id!r}")
        return ev

    @r.get("/api/places", response_model=list[PlaceOut], tags=["places"])
    async def places(admin1: str | None = Query(None, max_length=MAX_FILTER),
                     limit: int = Query(MAX_LIMIT, ge=1, le=MAX_LIMIT),
                     b: Backend = Depends(backend)) -> list[dict[str, Any]]:
        """Places with events, most events first."""
        return await b.run(lambda: b.store.list_places(admin1=admin1, limit=limit))

    @r.get("/api/places/{place}/control", response_model=list[ControlChange], tags=["places"])
    async def place_control(place: str, b: Backend = Depends(backend)) -> list[dict[str, Any]]:
        """Who took the place and when, oldest change first (empty when nothing is known)."""
        return await b.run(lambda: b.store.control_timeline(place))

    @r.get("/api/control", response_model=list[ControlState], responses=ERRORS, tags=["places"])
    async def control(date: date = Query(description="The day (YYYY-MM-DD)."),  # noqa: A002 - API name
                      admin1: str | None = Query(None, max_length=MAX_FILTER),
                      b: Backend = Depends(backend)) -> list[dict[str, Any]]:
        """Who held each known place on the day (its latest control change on or before it)."""
        return await b.run(lambda: b.store.control_on(date, admin1=admin1))

    @r.get("/api/articles/{article_id}", response_model=ArticleOut, responses={404: {"model": ErrorOut}},
           tags=["articles"])
    async def get_article(article_id: str, b: Backend = Depends(backend)) -> dict[str, Any]:
        """The article text (untrusted: show it as text) and the evidence spans of its events."""
        art = await b.run(lambda: b.store.get_article(article_id))
        if art is None:
            raise HTTPException(404, f"no article {article_id!r}")
        return _with_evidence_text(art)

    @r.post("/api/articles", response_model=IngestOut, status_code=201, tags=["articles"],
            dependencies=[Depends(require_token)],
            responses={200: {"model": IngestOut, "description": "Already stored."},
                       401: {"model": ErrorOut}, 403: {"model": ErrorOut}, 413: {"model": ErrorOut}})
    async def post_article(body: ArticleIn, response: Response, b: Backend = Depends(backend)) -> dict[str, Any]:
        """Extract events from one article and store them (needs the server's token)."""
        article = Article(id=body.id, text=body.text, published=body.published, source=body.source,
                          url=body.url, title=body.title, origin="api")
        result = await b.run(lambda: _ingest(b, article))
        if result.status == "duplicate":
            response.status_code = 200
        return asdict(result)

    @r.get("/api/admin-boundaries", response_model=BoundaryCollection, tags=["places"])
    async def admin_boundaries(b: Backend = Depends(backend)) -> dict[str, Any]:
        """Approximate governorate outlines: convex hulls of the gazetteer's places per admin1."""
        return await b.run(b.boundaries)

    return r


def _ingest(b: Backend, article: Article) -> Any:
    match = getattr(b.store, "match", None)  # SQLiteStore: a duplicate needs no extraction
    found = match(article) if match is not None else None
    doc = b.pipeline()(article) if found is None else None
    return b.store.ingest(article, doc)


# -- helpers --------------------------------------------------------------------------------------

def _feature(ev: dict[str, Any]) -> dict[str, Any] | None:
    loc = ev.get("location") or {}
    lat, lon = loc.get("latitude"), loc.get("longitude")
    if lat is None or lon is None:
        return None
    evidence = ev.get("evidence") or {}
    props = {k: ev.get(k) for k in ("event_id", "doc_id", "event_type", "sub_event_type", "actor1", "actor2",
                                     "event_date", "fatalities", "sources", "certainty")}
    props.update(place=loc.get("name"), place_ar=loc.get("name_ar"), admin1=loc.get("admin1"),
                 geo_precision=loc.get("geo_precision"), evidence=evidence.get("text"))
    return {"type": "Feature", "id": ev["event_id"], "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": props}


def _with_evidence_text(art: dict[str, Any]) -> dict[str, Any]:
    text = art.get("text") or ""
    evidence = []
    for ev in art.get("evidence") or []:
        start, end = int(ev["start"]), int(ev["end"])
        if 0 <= start <= end <= len(text):
            evidence.append({**ev, "text": text[start:end]})
    return {**art, "evidence": evidence}


def tile_origin(tiles_url: str | None) -> str | None:
    """The origin to allow in the CSP for a tile URL template; ValueError when it is not http(s)."""
    if not tiles_url:
        return None
    parts = urlsplit(tiles_url.replace("{s}", "*"))
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"tile URL must be http(s)://host/...: {tiles_url!r}")
    return f"{parts.scheme}://{parts.netloc}"


def _version() -> str:
    try:
        return metadata.version("marsad")
    except metadata.PackageNotFoundError:
        return "0"


def _add_error_handlers(app: FastAPI) -> None:
    """Every error is JSON {"error": ...}; unexpected ones are logged and never show a traceback."""

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors()]
        return JSONResponse({"error": "; ".join(problems) or "bad request"}, status_code=422)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> JSONResponse:
        log.error("store: %s", exc)
        return JSONResponse({"error": f"store: {exc}"}, status_code=503)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("error while serving %s", request.url.path)
        return JSONResponse({"error": "internal server error"}, status_code=500)
