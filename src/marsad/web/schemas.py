"""Response and request models of the web API, so that ``/openapi.json`` describes real shapes.

They mirror the contract's event record (``marsad.model.Event.to_dict()``) and the records of
``marsad.store.base.Store``. ``extra="allow"`` lets a newer store add fields without breaking
the API; the fields named here are the documented ones.
"""
from __future__ import annotations

from datetime import date
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

Certainty = Literal["reported", "claimed", "denied"]
G = TypeVar("G")  # the geometry of a GeoJSON feature


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class SpanOut(BaseModel):
    start: int = Field(description="Offset of the first character in the article text (Python index).")
    end: int = Field(description="Offset after the last character.")
    text: str = Field(description="The article text between start and end.")


class LocationOut(_Open):
    name: str | None = None
    name_ar: str | None = None
    gazetteer_id: str | None = Field(None, description='e.g. "ocha:C3976"; null when nothing fits.')
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = Field(3, description="ACLED: 1 the town itself, 2 near or part of, 3 region.")


class ReportOut(_Open):
    doc_id: str = Field(description="The article that reported the event.")
    event_id: str | None = Field(None, description="The event as extracted from that article.")
    outlet: str | None = None
    published: str | None = None
    event_date: str | None = None
    sources: list[str] = []
    fatalities: int | None = None
    evidence: SpanOut | None = None


class EventOut(_Open):
    doc_id: str
    event_id: str
    event_type: str
    sub_event_type: str
    actor1: str | None = None
    actor2: str | None = None
    inter1: str | None = None
    inter2: str | None = None
    assoc_actor_1: str | None = None
    assoc_actor_2: str | None = None
    location: LocationOut | None = None
    event_date: date | None = None
    time_precision: int = 1
    fatalities: int = 0
    injured: int | None = None
    sources: list[str] = []
    certainty: Certainty = "reported"
    evidence: SpanOut | None = Field(None, description="The clause the event was read from.")
    field_evidence: dict[str, SpanOut] = Field({}, description="Evidence of each field, by field name.")
    notes: str | None = None
    reports: list[ReportOut] = Field([], description="Every article that reported this event.")


class Disagreement(_Open):
    field: str
    values: dict[str, Any] | list[Any] = Field(description="The value each report gives, by doc_id.")


class EventDetail(EventOut):
    disagreements: list[Disagreement] = Field([], description="Fields the reports disagree on.")


class EventPage(BaseModel):
    total: int = Field(description="Events matching the filters, all pages together.")
    limit: int
    offset: int
    items: list[EventOut]


class PointGeometry(BaseModel):
    type: Literal["Point"] = "Point"
    coordinates: tuple[float, float] = Field(description="[longitude, latitude]")


class Feature(BaseModel, Generic[G]):
    """A GeoJSON feature with a geometry of type ``G``."""

    type: Literal["Feature"] = "Feature"
    id: str
    geometry: G
    properties: dict[str, Any]


EventFeature = Feature[PointGeometry]


class EventFeatureCollection(BaseModel):
    type: Literal["FeatureCollection"] = "FeatureCollection"
    total: int = Field(description="Events matching the filters (with or without coordinates).")
    limit: int
    offset: int
    features: list[EventFeature] = Field(description="The page's events that have coordinates.")


class PlaceOut(_Open):
    place_key: str | None = None
    place: str | None = None
    name_ar: str | None = None
    gazetteer_id: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    admin1: str | None = None
    admin2: str | None = None
    events: int = 0
    first_date: str | None = None
    last_date: str | None = None


class ControlChange(_Open):
    date: str | None = None
    place: str | None = None
    gazetteer_id: str | None = None
    controller: str | None = Field(None, description="Who holds the place after the change (actor1).")
    previous: str | None = None
    sources: list[str] = []
    event_id: str | None = None


class ControlState(_Open):
    place: str | None = None
    name_ar: str | None = None
    gazetteer_id: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    admin1: str | None = None
    controller: str | None = None
    since: str | None = Field(None, description="Day of the change that gave the place to the controller.")
    event_id: str | None = None


class EvidenceOut(_Open):
    event_id: str | None = Field(description="The canonical event.")
    report_id: str | None = Field(None, description="The event as extracted from this article.")
    field: str = Field(description='"event" for the clause of the event, else the field name.')
    start: int
    end: int
    text: str = Field("", description="The article text between start and end.")


class ArticleOut(_Open):
    id: str
    content_hash: str | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    text: str = Field(description="The article text as stored: untrusted data, display it as text.")
    events: list[str] = []
    evidence: list[EvidenceOut] = []


class PolygonGeometry(BaseModel):
    type: Literal["Polygon"] = "Polygon"
    coordinates: list[list[tuple[float, float]]]


BoundaryFeature = Feature[PolygonGeometry]


class BoundaryCollection(BaseModel):
    type: Literal["FeatureCollection"] = "FeatureCollection"
    features: list[BoundaryFeature]


class ArticleIn(BaseModel):
    """One article, shaped like a line of the contract's JSONL input."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(min_length=1, max_length=200)
    text: str = Field(min_length=1)
    published: date | None = None
    source: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=2000)
    title: str | None = Field(None, max_length=1000)


class IngestOut(BaseModel):
    article_id: str
    status: str = Field(description='"new", "duplicate" or "republished".')
    content_hash: str
    events: int = 0
    canonical_events: list[str] = []
    duplicate_of: str | None = None


class ConfigOut(BaseModel):
    read_only: bool = Field(description="True unless the server was started with a token.")
    tiles_url: str | None = Field(None, description="Tile URL template of the optional base map.")
    tiles_attribution: str | None = None
    version: str


class ErrorOut(BaseModel):
    error: str
