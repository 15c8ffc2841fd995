"""Merging reports across articles into canonical events.

A *report* is one event as extracted from one article (``Event.to_dict()`` plus the article's
``outlet`` and ``published``). Reports are one canonical event when they have

- the same sub-event type,
- the same place: the same gazetteer id, or, when unresolved, the same normalised name in the
  same admin1 (reports without any location are never merged across articles),
- event dates within one day of each other (every pair: complete linkage, so a chain of
  day-apart reports does not grow into a week-long event), both undated counting as equal,
- compatible actors: actor1 equal or missing on one side, the same for actor2.

The canonical record follows ACLED: fatalities are the lowest credible figure, the minimum of
the figures the reports actually give (a report gives one when its ``field_evidence`` has
"fatalities"); sources are all the reports' sources and outlets; disagreements between reports
are kept as ``{"field": ..., "values": {doc_id: value}}`` instead of being hidden.
"""
from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

from marsad.text.normalize import normalize

Report = dict[str, Any]

CONTROL_SUB_EVENTS = (
    "Government regains territory",
    "Non-state actor overtakes territory",
    "Non-violent transfer of territory",
)
DISAGREEMENT_FIELDS = ("fatalities", "injured", "event_date", "actor1", "actor2", "certainty")


def place_key(report: Report) -> str:
    """The place part of the merge key of a report."""
    loc = report.get("location") or {}
    if loc.get("gazetteer_id"):
        return str(loc["gazetteer_id"])
    name = loc.get("name_ar") or loc.get("name")
    if name:
        return f"name:{(loc.get('admin1') or '').lower()}:{normalize(name)}"
    return f"noloc:{report['event_id']}"


def _day(report: Report) -> date | None:
    d = report.get("event_date")
    return date.fromisoformat(d) if d else None


def reported_fatalities(report: Report) -> int | None:
    """The fatality figure a report gives, or None when it says nothing about deaths."""
    if "fatalities" in (report.get("field_evidence") or {}):
        return int(report.get("fatalities") or 0)
    return None


def _fits(cluster: list[Report], report: Report) -> bool:
    day = _day(report)
    days = [_day(r) for r in cluster]
    if day is None or None in days:
        if not (day is None and all(d is None for d in days)):
            return False
    elif max(abs((day - d).days) for d in days if d is not None) > 1:
        return False
    for field in ("actor1", "actor2"):
        mine = report.get(field)
        theirs = {r.get(field) for r in cluster} - {None}
        if mine is not None and theirs and theirs != {mine}:
            return False
    return True


def cluster(reports: list[Report]) -> list[list[Report]]:
    """Split the reports of one (sub-event type, place) group into canonical events.

    Reports are taken in (date, event id) order and each joins the first cluster it fits, so the
    result does not depend on the order articles were ingested in.
    """
    ordered = sorted(reports, key=lambda r: (r.get("event_date") or "", r["event_id"]))
    clusters: list[list[Report]] = []
    for rep in ordered:
        for cl in clusters:
            if _fits(cl, rep):
                cl.append(rep)
                break
        else:
            clusters.append([rep])
    return clusters


def canonical_id(reports: list[Report]) -> str:
    first = min(r["event_id"] for r in reports)
    return "evt-" + hashlib.sha1(first.encode("utf-8")).hexdigest()[:12]


def _thoroughness(r: Report) -> tuple:
    loc = r.get("location") or {}
    filled = sum(x is not None for x in (r.get("actor1"), r.get("actor2"), loc.get("gazetteer_id"),
                                         reported_fatalities(r), r.get("injured"), r.get("event_date")))
    return (filled, len(r.get("sources") or []), -int(r.get("time_precision") or 3),
            -int(loc.get("geo_precision") or 3), r.get("published") or "")


def _sources(reports: list[Report], republished_by: dict[str, list[str]]) -> list[str]:
    out: list[str] = []
    for r in reports:
        chain = ([r["outlet"]] if r.get("outlet") else []) + list(r.get("sources") or [])
        chain += republished_by.get(r["doc_id"], [])
        for s in chain:
            if s and s not in out:
                out.append(s)
    return out


def _disagreements(reports: list[Report]) -> list[dict[str, Any]]:
    out = []
    for field in DISAGREEMENT_FIELDS:
        values: dict[str, Any] = {}
        for r in reports:
            v = reported_fatalities(r) if field == "fatalities" else r.get(field)
            if v is not None:
                key = r["doc_id"] if r["doc_id"] not in values else r["event_id"]
                values[key] = v
        if len(set(map(str, values.values()))) > 1:
            out.append({"field": field, "values": values})
    return out


def _certainty(reports: list[Report]) -> str:
    seen = {r.get("certainty") or "reported" for r in reports}
    for c in ("reported", "claimed"):
        if c in seen:
            return c
    return "denied"


def canonical_record(reports: list[Report], republished_by: dict[str, list[str]] | None = None) -> Report:
    """The canonical event of a cluster: the most thorough (then most recent) report, completed by
    the others, with ACLED's lowest fatality figure, every source, and the disagreements."""
    republished_by = republished_by or {}
    primary = max(sorted(reports, key=lambda r: r["event_id"]), key=_thoroughness)  # ties: first id
    ordered = [primary] + [r for r in reports if r is not primary]
    rec = {k: v for k, v in primary.items() if k not in ("outlet", "published")}
    rec["event_id"] = canonical_id(reports)
    for field, inter in (("actor1", "inter1"), ("actor2", "inter2")):
        if rec.get(field) is None:
            donor = next((r for r in ordered if r.get(field)), None)
            if donor:
                rec[field], rec[inter] = donor[field], donor.get(inter)
    figures = [f for f in map(reported_fatalities, reports) if f is not None]
    rec["fatalities"] = min(figures) if figures else 0
    injured = [r["injured"] for r in reports if r.get("injured") is not None]
    rec["injured"] = min(injured) if injured else None
    dated = min(ordered, key=lambda r: int(r.get("time_precision") or 3))  # ties: the primary
    rec["event_date"], rec["time_precision"] = dated.get("event_date"), int(dated.get("time_precision") or 3)
    rec["certainty"] = _certainty(reports)
    rec["sources"] = _sources(ordered, republished_by)
    rec["reports"] = [_report_summary(r) for r in ordered]
    rec["disagreements"] = _disagreements(ordered)
    return rec


def _report_summary(r: Report) -> dict[str, Any]:
    return {"doc_id": r["doc_id"], "event_id": r["event_id"], "outlet": r.get("outlet"),
            "published": r.get("published"), "sources": list(r.get("sources") or []),
            "fatalities": reported_fatalities(r), "event_date": r.get("event_date"),
            "evidence": r.get("evidence")}
