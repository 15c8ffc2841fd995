"""Choosing one gazetteer entry for a place mention, and saying why.

Several communities share a name (five معراتة, three الحامدية, two معصران). The candidates of
a mention are scored on, in order of weight:

1. explicit admin context: a governorate named after it in the sentence («بريف إدلب»,
   «بمحافظة حلب»), or before it;
2. relative phrases: «شمال شرق مدينة معرة النعمان» puts the place near that town, on that side;
3. spatial coherence: closeness to the places of the same sentence, paragraph and article
   that are already resolved (unambiguous ones first, then the others in a second round);
4. the governorates and countries the article talks about (a town abroad in a sentence of places
   of one country is that country's: «بيروت وطرابلس وصيدا»);
5. importance (rank: governorate capitals, towns, population) and origin (OCHA first).

Each chosen entry comes with ``reasons`` (strings) recorded in the mention's data.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from marsad.geo.gazetteer import ORIGIN_PRIORITY, GazEntry, haversine_km

SETTLEMENTS = ("city", "community", "facility")
SAME_PLACE_KM = 6.0
_SAME_PLACE_LAT = 1.01 * math.degrees(SAME_PLACE_KM / 6371.0)  # degrees of latitude, with a margin


@dataclass
class Context:
    """What is known around one mention when its candidates are scored."""

    admin_after: str | None = None  # governorate named after it in the sentence
    admin_before: str | None = None  # ... before it
    near: list[tuple[tuple[float, float], int | None]] = field(default_factory=list)  # (anchor, bearing)
    sentence: list[tuple[float, float]] = field(default_factory=list)
    paragraph: list[tuple[float, float]] = field(default_factory=list)
    article: list[tuple[float, float]] = field(default_factory=list)
    admin_prior: dict[str, float] = field(default_factory=dict)  # governorate -> share of the article
    # countries of the other places abroad of the sentence, and their shares of the article's
    sentence_countries: set[str] = field(default_factory=set)
    country_prior: dict[str, float] = field(default_factory=dict)


def dedupe(entries: list[tuple[GazEntry, int]]) -> list[tuple[GazEntry, int]]:
    """One candidate per place: the same town from OCHA, GeoNames and the built-in cities
    (same kind of feature, a few km apart) is kept once, from the most trusted origin."""
    kept: list[tuple[GazEntry, int]] = []
    ordered = sorted(entries, key=lambda eh: (-ORIGIN_PRIORITY.get(eh[0].origin, 0), eh[1], -eh[0].rank, eh[0].id))
    for entry, how in ordered:
        dup = next((i for i, (k, _h) in enumerate(kept) if _same_place(k, entry)), None)
        if dup is None:
            kept.append((entry, how))
        elif entry.rank > kept[dup][0].rank:  # keep the trusted id, remember the town's importance
            k, h = kept[dup]
            kept[dup] = (_with_rank(k, entry.rank), min(h, how))
    return kept


def _with_rank(entry: GazEntry, rank: float) -> GazEntry:
    from dataclasses import replace

    return replace(entry, rank=rank)


def _same_place(a: GazEntry, b: GazEntry) -> bool:
    if (a.feature in SETTLEMENTS) != (b.feature in SETTLEMENTS):
        return False
    if a.feature not in SETTLEMENTS and a.feature != b.feature:
        return False
    pa, pb = a.point, b.point
    if pa is None or pb is None:
        return False
    if abs(pa[0] - pb[0]) > _SAME_PLACE_LAT:  # too far north or south to be within SAME_PLACE_KM
        return False
    return haversine_km(pa, pb) <= SAME_PLACE_KM


def bearing(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Bearing in degrees from a to b (0 = north, 90 = east)."""
    lat1, lat2 = math.radians(a[0]), math.radians(b[0])
    dlon = math.radians(b[1] - a[1])
    x = math.sin(dlon) * math.cos(lat2)
    y = math.cos(lat1) * math.sin(lat2) - math.sin(lat1) * math.cos(lat2) * math.cos(dlon)
    return (math.degrees(math.atan2(x, y)) + 360) % 360


def centroid(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    if not points:
        return None
    return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))


def score(entry: GazEntry, how: int, ctx: Context) -> tuple[float, list[str]]:
    return _score(entry, how, ctx, _centroids(ctx))


def _centroids(ctx: Context) -> list[tuple[str, tuple[float, float] | None, float, float]]:
    """(label, centroid, weight, distance scale) of the places around a mention."""
    return [(label, centroid(points), weight, scale) for label, points, weight, scale in (
        ("sentence", ctx.sentence, 2.0, 25.0), ("paragraph", ctx.paragraph, 1.0, 40.0),
        ("article", ctx.article, 0.7, 60.0))]


def _score(entry: GazEntry, how: int, ctx: Context,
           centroids: list[tuple[str, tuple[float, float] | None, float, float]]) -> tuple[float, list[str]]:
    s, why = 0.0, []
    if ctx.admin_after:
        if entry.admin1 == ctx.admin_after:
            s += 4.0
            why.append(f"in {entry.admin1}, named after it")
        else:
            s -= 2.0
    elif ctx.admin_before and entry.admin1 == ctx.admin_before:
        s += 1.5
        why.append(f"in {entry.admin1}, named before it in the sentence")
    p = entry.point
    for anchor, bear in ctx.near:
        if p is None:
            continue
        d = haversine_km(anchor, p)
        if d <= 30:
            s += 2.5 * (1 - d / 40)
            why.append(f"{d:.0f} km from the place it is said to be near")
            if bear is not None and d > 0.5:
                diff = abs((bearing(anchor, p) - bear + 180) % 360 - 180)
                if diff <= 60:
                    s += 0.5
                    why.append("on the side the text says")
    for label, c, weight, scale in centroids:
        if c is None or p is None:
            continue
        d = haversine_km(c, p)
        s += weight * math.exp(-d / scale)
        if d <= 2 * scale:
            why.append(f"{d:.0f} km from the other places of the {label}")
    if entry.admin1 and ctx.admin_prior.get(entry.admin1):
        s += 0.8 * ctx.admin_prior[entry.admin1]
    if entry.country and entry.country in ctx.sentence_countries:
        s += 1.0  # «في بيروت وطرابلس وصيدا»: Lebanon's Tripoli, not Libya's capital
        why.append(f"in {entry.country}, as the other places of the sentence")
    if entry.country and ctx.country_prior.get(entry.country):
        s += 0.5 * ctx.country_prior[entry.country]
    s += 0.15 * entry.rank - 0.4 * (how > 0) + 0.05 * ORIGIN_PRIORITY.get(entry.origin, 0)
    return s, why


def choose(cands: list[tuple[GazEntry, int]], ctx: Context) -> tuple[GazEntry, int, list[str]]:
    """The best candidate, its derivation and the reasons for it."""
    if len(cands) == 1:
        entry, how = cands[0]
        return entry, how, ["the only place of that name"]
    scored = []
    centroids = _centroids(ctx)
    for entry, how in cands:
        s, why = _score(entry, how, ctx, centroids)
        scored.append((s, entry.rank, entry.id, entry, how, why))
    scored.sort(key=lambda t: (-t[0], -t[1], t[2]))
    best = scored[0]
    reasons = [f"{len(cands)} places of that name"] + best[5]
    if not best[5]:
        reasons.append("the most important of them")
    return best[3], best[4], reasons
