"""Approximate governorate outlines: the convex hull of the gazetteer's points in each admin1.

They are the map's base layer when no tile server can be reached: rough, but they put the
events in their Syrian context with no download. Points far outside Syria are left out.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Iterable

# Generous bounding box of Syria (lon 35.5-42.5, lat 32.2-37.5), to drop stray coordinates.
SYRIA_BOX = (35.0, 32.0, 43.0, 38.0)
SYRIA = {"syria", "sy", "syr", "syrian arab republic", "سوريا", "سورية"}
PAD = 0.03  # degrees added around outlines made from fewer than 3 distinct points

Point = tuple[float, float]  # (lon, lat)


@dataclass
class Outline:
    admin1: str
    name_ar: str | None
    ring: list[Point]  # closed: first == last
    points: int  # gazetteer points it was built from

    def to_feature(self) -> dict[str, Any]:
        return {
            "type": "Feature", "id": self.admin1,
            "geometry": {"type": "Polygon", "coordinates": [[list(p) for p in self.ring]]},
            "properties": {"admin1": self.admin1, "name_ar": self.name_ar, "points": self.points,
                           "approximate": True},
        }


def convex_hull(points: Iterable[Point]) -> list[Point]:
    """Andrew's monotone chain; counter-clockwise, not closed; fewer than 3 points returned as is."""
    pts = sorted(set(points))
    if len(pts) < 3:
        return pts

    def cross(o: Point, a: Point, b: Point) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[Point] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[Point] = []
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def _ring(points: list[Point]) -> list[Point]:
    hull = convex_hull(points)
    if len(hull) < 3:  # one point or a line: a small box around it
        xs, ys = [p[0] for p in hull], [p[1] for p in hull]
        x0, x1, y0, y1 = min(xs) - PAD, max(xs) + PAD, min(ys) - PAD, max(ys) + PAD
        hull = [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
    hull = [(round(x, 5), round(y, 5)) for x, y in hull]
    return hull + [hull[0]]


def _in_syria(lon: float, lat: float) -> bool:
    x0, y0, x1, y1 = SYRIA_BOX
    return x0 <= lon <= x1 and y0 <= lat <= y1


def outlines(entries: Iterable[Any]) -> list[Outline]:
    """Outlines per admin1 from gazetteer entries (``GazEntry``-like: admin1, latitude, longitude,
    feature, name, name_ar), sorted by admin1."""
    points: dict[str, list[Point]] = defaultdict(list)
    names_ar: dict[str, str] = {}
    for e in entries:
        admin1 = getattr(e, "admin1", None)
        country = getattr(e, "country", None)
        if not admin1 or (country and country.strip().lower() not in SYRIA):
            continue
        if getattr(e, "feature", None) == "governorate" and getattr(e, "name_ar", None):
            names_ar.setdefault(admin1, e.name_ar)
        if getattr(e, "feature", None) in ("governorate", "country"):  # centroids, not places
            continue
        lat, lon = getattr(e, "latitude", None), getattr(e, "longitude", None)
        if lat is None or lon is None or not _in_syria(lon, lat):
            continue
        points[admin1].append((float(lon), float(lat)))
    return [Outline(a, names_ar.get(a), _ring(pts), len(pts)) for a, pts in sorted(points.items())]


def feature_collection(entries: Iterable[Any]) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": [o.to_feature() for o in outlines(entries)]}
