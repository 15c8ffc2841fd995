"""Hand-built articles, docs and events for the store tests (no dependence on extraction quality)."""
from __future__ import annotations

import csv
import json
from collections import defaultdict
from datetime import date
from pathlib import Path

from marsad.doc import Doc
from marsad.model import Article, Event, Location, Mention, Span

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
SEEDS = SHARED / "seeds"
SEED_000 = SEEDS / "000_fc843bc12e8cb1da.txt"
SEED_001 = SEEDS / "001_66456859eb77b8a6.txt"
MFS = "Military Forces of Syria"
HTS = "Hayat Tahrir al-Sham"

# the villages seed 001 says the army took "امس" (2020-01-26): (Arabic, English, OCHA pcode, lat, lon, outlet)
SEED_001_VILLAGES = (
    ("الحامدية", "Hamidiyeh", "C6596", 35.615039, 36.656724, "RT"),
    ("بسيدا", "Bsida", "C3976", 35.589258, 36.652304, "RT"),
    ("بابولين", "Babulin", "C4100", 35.540131, 36.678704, "RT"),
    ("معراتة", "Maarata", "C6598", 35.612197, 36.684752, "RT"),
    ("كفر ياسين", "Kafr Yasin", None, None, None, "RT"),
    ("تقانة", "Tqaneh", "C3958", 35.579226, 36.686193, "RT"),
    ("معصران", "Ma'saran", "C3980", 35.70723, 36.803401, "SANA"),
    ("خان السبل", "Khan Elsobol", "C3925", 35.756576, 36.755767, "SANA"),
    ("الصوامع", "Sawamea", "C8441", 35.707413, 36.759244, "SANA"),
)


def location(name_ar: str, name: str, pcode: str | None, lat: float | None = None, lon: float | None = None,
             admin1: str = "Idleb") -> Location:
    return Location(name=name, name_ar=name_ar, gazetteer_id=f"ocha:{pcode}" if pcode else None, admin1=admin1,
                    admin2="Al Ma'ra", country="Syria", latitude=lat, longitude=lon, geo_precision=1 if pcode else 2)


def event(doc_id: str, n: int, text: str, anchor: str, loc: Location | None, day: date | None,
          sub: str = "Government regains territory", event_type: str = "Battles", actor1: str | None = MFS,
          actor2: str | None = None, fatalities: int | None = None, sources: tuple[str, ...] = (),
          certainty: str = "reported", injured: int | None = None) -> Event:
    """An event whose evidence is the first occurrence of ``anchor`` in ``text``; ``fatalities=None``
    means the report gives no figure (no "fatalities" evidence)."""
    start = text.index(anchor)
    span = Span.of(text, start, start + len(anchor))
    fe = {"location": span} if loc else {}
    if fatalities is not None:
        fe["fatalities"] = span
    return Event(doc_id=doc_id, event_id=f"{doc_id}-E{n}", event_type=event_type, sub_event_type=sub,
                 actor1=actor1, actor2=actor2, inter1="State forces" if actor1 == MFS else None,
                 inter2="Rebel group" if actor2 == HTS else None, location=loc, event_date=day,
                 fatalities=fatalities or 0, injured=injured, sources=list(sources), certainty=certainty,
                 evidence=span, field_evidence=fe)


def doc(article: Article, events: list[Event]) -> Doc:
    d = Doc.from_article(article)
    d.events = events
    for ev in events:
        loc = ev.location
        if loc is not None:
            s = ev.field_evidence.get("location") or ev.evidence
            d.mentions.append(Mention("place", s.start, s.end, s.text, loc.name, loc.to_dict()))
    return d


def seed_001_article(text: str | None = None, article_id: str = "001_66456859eb77b8a6", outlet: str | None = None) -> Article:
    return Article(id=article_id, text=text if text is not None else SEED_001.read_text(encoding="utf-8"),
                   published=date(2020, 1, 27), source=outlet, origin=str(SEED_001))


def seed_001_doc(article: Article | None = None) -> Doc:
    """Seed 001 with one 'Government regains territory' event per captured village."""
    art = article or seed_001_article()
    events = [event(art.id, i, art.text, ar, location(ar, en, pc, lat, lon), date(2020, 1, 26), sources=(src,))
              for i, (ar, en, pc, lat, lon, src) in enumerate(SEED_001_VILLAGES, 1)]
    return doc(art, events)


def seed_000_doc() -> Doc:
    """Seed 000 with no events (a report of intentions and internal disputes)."""
    art = Article(id="000_fc843bc12e8cb1da", text=SEED_000.read_text(encoding="utf-8"), published=date(2020, 1, 27),
                  origin=str(SEED_000))
    return doc(art, [])


def gsr_articles() -> list[Article]:
    """Articles built from the GSR sentences: sentences grouped by document id (the part of "id"
    before the last "-"), in sentence order, one paragraph each."""
    docs: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for path in sorted((SHARED / "eval" / "arabic_event_gsr").glob("*.csv")):
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                doc_id, _, n = row["id"].rpartition("-")
                if not (doc_id and n.isdigit()):
                    doc_id, n = row["id"][:24], "0"
                docs[doc_id].append((int(n), row["text"].strip()))
    out = []
    for doc_id in sorted(docs):
        sentences = list(dict.fromkeys(t for _, t in sorted(docs[doc_id]) if t))
        day = _doc_date(doc_id)
        out.append(Article(id=doc_id, text="\n\n".join(sentences), published=day, source="GSR"))
    return out


def _doc_date(doc_id: str) -> date | None:
    stamp = doc_id.rsplit("_", 1)[-1].split(".")[0]
    try:
        return date(int(stamp[:4]), int(stamp[4:6]), int(stamp[6:8]))
    except ValueError:
        return None


def write_jsonl(articles: list[Article], path: Path) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps({"id": a.id, "text": a.text, "published": a.published.isoformat() if a.published
                                 else None, "source": a.source}, ensure_ascii=False) + "\n")
    return path
