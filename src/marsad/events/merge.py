"""The ``merge`` stage: the same event told twice in one article becomes one record.

Two events of an article are the same when they have the same sub-event type, the same place
(gazetteer id, else the normalised Arabic name) and the same day, and their actors do not
contradict each other (equal, one unknown, or an unidentified armed group and a named
non-state one, which the merged record keeps). ACLED's "same actors, same place, same day: one
event" also folds an armed clash into the capture of the same place on the same day, a
shelling, air strike or bomb between the sides of an armed clash into that clash, and the
tellings of one gathering (peaceful, then broken up or violent) into its most serious form.

Merging goes on until nothing more merges (a record that took in another may then meet one kept
before it). The merged record keeps the first telling's evidence, unites the sources (first telling
first), fills unknown actors, takes the lowest non-zero casualty figure when two figures
disagree (ACLED: lowest credible number; the dead of each side of a battle, told apart, add up), the most precise date and place, and the firmest
certainty (reported > claimed > denied). Each field's evidence span is that of the telling whose
value was kept. Events with no place are never merged: nothing says
they are the same. After merging, a bomb, attack or abduction whose doer no telling names has
ACLED's unidentified armed group of the country as its actor1 (``fill_unidentified``).
"""
from __future__ import annotations

from typing import Iterator

from marsad.doc import Doc
from marsad.events.extract import ANSWERS, ONE_TARGET, PLACED_BY_ARTICLE
from marsad.model import CROWD_SEVERITY, Event, Span
from marsad.text.normalize import normalize

_FIRMNESS = {"reported": 2, "claimed": 1, "denied": 0}
_TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")


def stage(doc: Doc, resources) -> None:  # type: ignore[no-untyped-def]
    fill_opponents(doc.events)
    doc.events = drop_covered_regions(merge_all(doc.events))
    fill_unidentified(doc.events)
    for n, ev in enumerate(doc.events, 1):
        ev.event_id = f"{doc.article.id}-{n}"


def place_key(ev: Event) -> str | None:
    loc = ev.location
    if loc is None:
        return None
    if loc.gazetteer_id:
        return loc.gazetteer_id
    return normalize(loc.name_ar or loc.name or "") or None


def same_event(a: Event, b: Event) -> bool:
    key = place_key(a)
    if key is None or key != place_key(b) and not (_in_town_retold(a, b) or _in_town_retold(b, a)):
        return False
    if a.event_date and b.event_date and a.event_date != b.event_date:
        return False
    if _answered(a, b) or _answered(b, a):
        return False
    if "Armed clash" in (a.sub_event_type, b.sub_event_type) and {a.event_type, b.event_type} == {"Battles", _REMOTE}:
        return _within_clash(*((a, b) if a.sub_event_type == "Armed clash" else (b, a)))  # either side fired
    if a.sub_event_type in CROWD_SEVERITY and b.sub_event_type in CROWD_SEVERITY \
            and a.sub_event_type != b.sub_event_type:
        # a protest the police broke up, or that turned violent: one event (ACLED codes the
        # most serious form), whoever intervened when only one telling says
        return _same_actor(a.actor2, a.inter2, b.actor2, b.inter2)
    if not _same_actor(a.actor1, a.inter1, b.actor1, b.inter1) and not (
            a.event_type == b.event_type == "Battles" and _swapped(a, b)):
        return False
    if a.sub_event_type == b.sub_event_type:
        # one side's strike on two targets the text names apart is two events (the coalition's
        # raids on Houthi positions, and on a house where a woman and two children died); the
        # dead of each side of one battle, told apart, are that battle
        return a.event_type == "Battles" or _same_actor(a.actor2, a.inter2, b.actor2, b.inter2)
    clash = {a.sub_event_type, b.sub_event_type} - set(_TERRITORY)
    return clash == {"Armed clash"} and (a.sub_event_type in _TERRITORY or b.sub_event_type in _TERRITORY)


_REMOTE = "Explosions/Remote violence"


def _in_town_retold(town: Event, part: Event) -> bool:
    """``part`` is placed at a quarter (or a place no gazetteer has) that the place stage put at
    ``town``'s town (no id of its own, the town's point), and counts the same dead and wounded:
    «استشهد مدنيان وأصيب 5 آخرون ... في مدينة حلب» then «استهدفوا ... حيي الحمدانية وحلب الجديدة،
    ما تسبب باستشهاد مدنيين اثنين وإصابة 5 آخرين»: one event told twice."""
    a, b = town.location, part.location
    if a is None or b is None or a.gazetteer_id is None or a.geo_precision != 1 or b.gazetteer_id is not None:
        return False
    if any("places together, divided" in (ev.notes or "") for ev in (town, part)):
        return False  # the shares of one toll are equal by division, not told twice
    return a.latitude is not None and (a.latitude, a.longitude) == (b.latitude, b.longitude) \
        and bool(town.fatalities or town.injured) and (town.fatalities, town.injured) == (part.fatalities, part.injured)


def _answered(reply: Event, act: Event) -> bool:
    """``reply`` answers ``act``: it is told as a response (extract's ANSWERS note: «ردت على
    الفور واستهدفت») and ``act`` was done by the side it strikes back at, not by its own side."""
    return ANSWERS in (reply.notes or "") and bool(act.actor1) and act.actor1 != reply.actor1 \
        and act.actor1 == reply.actor2


def _swapped(a: Event, b: Event) -> bool:
    """The two tellings of a battle name its sides the other way round (one side each may be
    unknown): «سيطرت الهيئة ... على» and «مقتل 37 عنصرا من قوات النظام و25 من الفصائل»; «شن
    مسلحو داعش هجوما ... اشتباكات مع قسد» and «7 من عناصرها قتلوا في الاشتباكات» (the SDF alone,
    as actor1)."""
    if a.actor1 and b.actor2:
        return _same_actor(a.actor1, a.inter1, b.actor2, b.inter2) and _same_actor(a.actor2, a.inter2, b.actor1, b.inter1)
    # (not a capture by the one side: «سيطرت قوات الدعم السريع على القصر» is no part of the day's
    # clashes with the army across the capital)
    return a.sub_event_type == b.sub_event_type == "Armed clash" and bool(a.actor2 and b.actor1) and a.actor2 == b.actor1


def _within_clash(clash: Event, remote: Event) -> bool:
    """Shelling, an air strike or a bomb is part of the clash (ACLED: an air strike during a
    battle is one Battles event) when its sides are the clash's sides («استهدف عناصر التنظيم
    النقطة بالأسلحة الرشاشة والقذائف، قبل أن تندلع اشتباكات»; «فجر المهاجمون سيارة مفخخة عند
    مدخل القاعدة قبل أن يقتحموها»: the attackers, unnamed, are the group that stormed it)."""
    sides = [(clash.actor1, clash.inter1), (clash.actor2, clash.inter2)]
    if remote.actor1 is None or _placed_by_article(clash) or _near_and_in(clash, remote):
        return False  # «صدت هجوما ... في منطقة عين زارة» (unknown: the article's Tripoli) is no air
        # strike on Tripoli's airport: a clash placed only by the article takes in nothing, nor a
        # clash told near the town («جنوبي العاصمة») a strike in it told before
    for (x, x_inter), (y, y_inter) in (sides, sides[::-1]):
        if x and _same_actor(remote.actor1, remote.inter1, x, x_inter) \
                and (remote.actor2 is None or _same_actor(remote.actor2, remote.inter2, y, y_inter)):
            return True
    return False


def _near_and_in(clash: Event, remote: Event) -> bool:
    """The clash is told near the town (geo_precision 2: «قرب», a bearing) after the strike in it
    was told apart: «قصفت طائرة حربية ... مطار معيتيقة الدولي في العاصمة الليبية طرابلس» and, the
    next paragraph, «صدت هجوما ... في منطقة عين زارة جنوبي العاصمة»."""
    return clash.location is not None and remote.location is not None \
        and (clash.location.geo_precision, remote.location.geo_precision) == (2, 1) \
        and clash.evidence is not None and remote.evidence is not None and remote.evidence.end <= clash.evidence.start


def _placed_by_article(ev: Event) -> bool:
    """The event's place is the article's main region or the place of the event told before it,
    none of its own sentence or paragraph (extract's notes, ``PLACED_BY_ARTICLE``)."""
    notes = ev.notes or ""
    return any(note in notes for note in PLACED_BY_ARTICLE)


# ACLED's names for armed men no one named: the same side as a named group of theirs
_UNNAMED = ("Unidentified Armed Group", "Opposition Rebels")
_NOT_ARMED_GROUP = ("State forces", "Civilians", "Protesters", "Rioters")


def _same_actor(x: str | None, x_inter: str | None, y: str | None, y_inter: str | None) -> bool:
    """Equal, one unknown, or an unidentified armed group and a named non-state armed group
    (SANA's «المجموعات الإرهابية» then «إرهابيين من تنظيم جبهة النصرة»)."""
    if not x or not y or x == y:
        return True
    if x.startswith(_UNNAMED) and y_inter not in _NOT_ARMED_GROUP:
        return True
    return y.startswith(_UNNAMED) and x_inter not in _NOT_ARMED_GROUP


_STATE = "State forces"
_ARMED = ("Rebel group", "Political militia", "Identity militia")


def fill_opponents(events: list[Event]) -> None:
    """An armed clash told with one side only («مقتل 14 مسلحا», «5 عناصر من فيلق الشام قتلوا في
    الاشتباكات») takes its missing side from the article's other battles: when they pit one
    state force against armed groups, that force is the opponent of an armed group, and a single
    armed group named against it is the opponent of that force. Nothing is filled when the
    article's battles name two state forces, or two armed groups against a known force. A
    captured place keeps its unnamed loser: who held it is not who fought elsewhere. A clash told
    with neither side («حيث تدور اشتباكات عنيفة في قرية بيت عانا») takes both from the article's
    other battles when they all pit the same state force against the same armed group."""
    for ev in events:
        if ev.sub_event_type == "Armed clash" and _unnamed(ev, "1") and _unnamed(ev, "2"):
            _fill_both(events, ev)
            continue
        if ev.sub_event_type != "Armed clash" or _unnamed(ev, "1") == _unnamed(ev, "2"):
            continue
        known = "2" if _unnamed(ev, "1") else "1"
        missing = "2" if known == "1" else "1"
        kind = getattr(ev, f"inter{known}")
        if kind not in (_STATE, *_ARMED):
            continue
        want = _ARMED if kind == _STATE else (_STATE,)
        found = {(name, inter, span) for name, inter, span in _sides(events, ev)
                 if inter in want and name != getattr(ev, f"actor{known}")}
        names = {name for name, _, _ in found}
        if len(names) != 1 or not _faced(events, ev):
            continue
        name, inter, span = min(found, key=lambda f: f[2].start if f[2] else 0)
        setattr(ev, f"actor{missing}", name)
        setattr(ev, f"inter{missing}", inter)
        if span is not None:
            ev.field_evidence[f"actor{missing}"] = span
        ev.add_note(f"actor{missing} from the article's other battles")


def _fill_both(events: list[Event], ev: Event) -> None:
    """Both sides of ``ev`` from the article's other two-sided battles, when they are one pair."""
    pairs = {(o.actor1, o.inter1, o.actor2, o.inter2) for o in events
             if o is not ev and o.event_type == "Battles" and not (_unnamed(o, "1") or _unnamed(o, "2"))}
    if len(pairs) != 1 or not _faced(events, ev):
        return
    ev.actor1, ev.inter1, ev.actor2, ev.inter2 = next(iter(pairs))
    ev.add_note("actors from the article's other battle")


# Acts of an armed group no telling names the doer of: ACLED codes it as the unidentified armed
# group of the country (air strikes, shelling and arrests are left unknown: a state's forces
# usually did them, which the text does not say)
_BY_UNNAMED = frozenset(("Remote explosive/landmine/IED", "Suicide bomb", "Grenade", "Attack",
                         "Abduction/forced disappearance", "Sexual violence"))


def fill_unidentified(events: list[Event]) -> None:
    """«انفجرت عبوة ناسفة بدورية للجيش»: the bomb, attack or abduction of a doer no telling of
    the event names (after merging: another telling may name it) is the unidentified armed group
    of the country where it happened, with a note that says so."""
    for ev in events:
        if ev.actor1 is not None or ev.sub_event_type not in _BY_UNNAMED:
            continue
        country = ev.location.country if ev.location else None
        ev.actor1 = f"Unidentified Armed Group ({country})" if country else "Unidentified Armed Group"
        ev.inter1 = "Political militia"
        ev.add_note("actor1 named by no telling: an unidentified armed group")


def _unnamed(ev: Event, side: str) -> bool:
    """No word of the text names this side: none, or the unidentified armed group that the
    extractor puts on the side a battle does not name (it has no evidence span)."""
    actor = getattr(ev, f"actor{side}")
    return actor is None or actor.startswith(_UNNAMED) and f"actor{side}" not in ev.field_evidence


def _sides(events: list[Event], ev: Event) -> Iterator[tuple[str, str | None, Span | None]]:
    """(actor, inter, evidence) of both sides of the article's other two-sided battles."""
    for other in events:
        if other is ev or other.event_type != "Battles" or _unnamed(other, "1") or _unnamed(other, "2"):
            continue
        for side in ("1", "2"):
            yield (getattr(other, f"actor{side}"), getattr(other, f"inter{side}"),
                   other.field_evidence.get(f"actor{side}"))


def _faced(events: list[Event], ev: Event) -> bool:
    """Every two-sided battle of the article is a state force against an armed group."""
    pairs = [{o.inter1, o.inter2} for o in events
             if o is not ev and o.event_type == "Battles" and not (_unnamed(o, "1") or _unnamed(o, "2"))]
    return bool(pairs) and all(_STATE in p and p & set(_ARMED) for p in pairs)


def merge_all(events: list[Event]) -> list[Event]:
    """``merge_events`` until nothing more merges: a record that took in another may now be
    the same event as one kept before it («قصفت قوات النظام ... درعا البلد» taken into the
    clash of «فيما قتل عنصران من الفرقة الرابعة», which then meets «مقتل مقاتل من أبناء درعا
    البلد خلال التصدي لمحاولة التقدم», the same battle)."""
    while True:
        merged = merge_events(events)
        if len(merged) == len(events):
            return merged
        events = merged


def merge_events(events: list[Event]) -> list[Event]:
    out: list[Event] = []
    told: dict[int, list[Span]] = {}  # every telling's clause of a kept event, by id of the event
    for ev in events:
        for kept in out:
            if same_event(kept, ev):
                spans = told.pop(id(kept), list(kept.retold)) + told.pop(id(ev), list(ev.retold))
                if ev.sub_event_type in _TERRITORY and kept.sub_event_type not in _TERRITORY \
                        or ev.sub_event_type == "Armed clash" and kept.event_type == _REMOTE \
                        or CROWD_SEVERITY.get(ev.sub_event_type, -1) > CROWD_SEVERITY.get(kept.sub_event_type, 99):
                    _absorb(ev, kept, spans)
                    out[out.index(kept)] = ev
                    told[id(ev)] = spans + ([kept.evidence] if kept.evidence else [])
                else:
                    _absorb(kept, ev, spans)
                    told[id(kept)] = spans + ([ev.evidence] if ev.evidence else [])
                break
        else:
            out.append(ev)
    return out


def drop_covered_regions(events: list[Event]) -> list[Event]:
    """«قصفوا مواقع الجيش في محافظة إدلب 12 مرة ... القصف طال بلدات كفرنبل وحاس»: an event
    placed at a whole region (geo_precision 3), or at no place, with no dead of its own is the sum of the events
    the article then places in that region (same sub-event type, sides and day, a finer place
    of the same governorate); it is dropped, its sources kept by the first of them, so no
    shelling is counted twice. An armed clash so placed is likewise the fighting for a place
    the same sides took there that day («أحكمت سيطرتها على قرى ... كبدت الإرهابيين خسائر»,
    «استعادت الهيئة قرية الحماميات ... وتسبب الهجوم بمقتل 12 عنصرا»): it is folded into
    that capture, its dead with it. One placed there only from its context, with as many dead
    as such a finer event, is that event told again, and is folded into it."""
    out: list[Event] = []
    for ev in events:
        capture = next((o for o in events if _fought_for(ev, o) or _retold_unplaced(ev, o)), None)
        finer = None if ev.fatalities else next((o for o in events if _covers(ev, o)), None)
        retold = next((o for o in events if _covers(ev, o) and o.fatalities == ev.fatalities), None) \
            if ev.fatalities and _borrowed_place(ev) else None
        if capture is not None:
            _absorb(capture, ev)
        elif retold is not None:
            _absorb(retold, ev)
        elif finer is not None:
            finer.sources = list(dict.fromkeys(finer.sources + ev.sources))
        else:
            out.append(ev)
    return out


def _retold_unplaced(ev: Event, placed: Event) -> bool:
    """``ev`` has no place of its own (the article's or the event's before, ``PLACED_BY_ARTICLE``)
    and tells again, no other dead, what ``placed`` told before it that day in that country, the
    same act by the same side: «استشهد 31 فلسطينيا ... برصاص الجيش الإسرائيلي قرب مركز لتوزيع
    المساعدات غربي مدينة رفح» then «وقال شهود عيان إن القوات الإسرائيلية فتحت النار على آلاف
    المواطنين»."""
    a, b = ev.location, placed.location
    return placed is not ev and _placed_by_article(ev) and not _placed_by_article(placed) \
        and a is not None and b is not None and a.country == b.country \
        and ev.sub_event_type == placed.sub_event_type and ev.event_date == placed.event_date \
        and ev.actor1 is not None and ev.actor1 == placed.actor1 and ev.actor2 in (None, placed.actor2) \
        and ev.fatalities in (0, placed.fatalities) \
        and ev.evidence is not None and placed.evidence is not None and placed.evidence.end <= ev.evidence.start


def _borrowed_place(ev: Event) -> bool:
    """The event's place was read outside its own clause (from its sentence, paragraph or
    article): «اغتال مجهولون عنصرا سابقا ... في مدينة طفس. وقال مراسل عنب بلدي إن مسلحين أطلقوا
    النار على الشاب ... ما أدى إلى مقتله»: told again with the same dead, it is the same event."""
    span, clause = ev.field_evidence.get("location"), ev.evidence
    return span is None or clause is None or not clause.start <= span.start < clause.end


def _covers(region: Event, ev: Event) -> bool:
    # (a region's telling that names no target covers the finer ones that name it: «تجدد القصف الجوي
    # الروسي على ريفي إدلب وحلب» then the strikes on the towns that killed civilians)
    return ((_in_region(region, ev) or _placed_later(region, ev)) and region.sub_event_type == ev.sub_event_type
            and region.actor1 == ev.actor1 and region.actor2 in (None, ev.actor2))


def _placed_later(whole: Event, ev: Event) -> bool:
    """``whole`` has no place (an operation across countries: «عملية "المخلب - السيف" الجوية ضد
    مواقع ... شمالي سوريا والعراق») and ``ev``, that day, has one («أن الضربات استهدفت مواقع في
    عين العرب»): the operation's strikes, told at their places."""
    return whole is not ev and whole.location is None and ev.location is not None and whole.event_date == ev.event_date


def _fought_for(region: Event, ev: Event) -> bool:
    return (_in_region(region, ev) and region.sub_event_type == "Armed clash" and ev.sub_event_type in _TERRITORY
            and _same_actor(region.actor1, region.inter1, ev.actor1, ev.inter1)
            and _same_actor(region.actor2, region.inter2, ev.actor2, ev.inter2))


def _in_region(region: Event, ev: Event) -> bool:
    """``ev`` is on the same day at a finer place of the governorate ``region`` is placed at (a
    region the gazetteer has: not a village it lacks, placed at its region: «والخيام»)."""
    a, b = region.location, ev.location
    return (ev is not region and a is not None and b is not None and a.geo_precision == 3 and a.gazetteer_id is not None
            and b.geo_precision < 3 and a.admin1 is not None and a.admin1 == b.admin1 and a.country == b.country
            and region.event_date == ev.event_date)


def _absorb(a: Event, b: Event, tellings: list[Span] | None = None) -> None:
    """Fold the telling ``b`` into ``a`` (in place); ``tellings``: the clauses of the tellings
    ``a`` took in before."""
    taken: list[str] = []  # fields whose value now comes from ``b``: their evidence comes too
    a.sources = list(dict.fromkeys(a.sources + b.sources))
    for field in ("fatalities", "injured"):
        mine, theirs = getattr(a, field), getattr(b, field)
        if (_each_side(a, b, tellings or []) or _fight_and_strike(a, b)) and mine and theirs:
            # «بمقتل 12 عنصرا من قوات النظام، بينما قتل 7 من مقاتلي الفصائل»: the dead of
            # each side of one battle add up
            setattr(a, field, mine + theirs)
            told = b.field_evidence.get(field)
            if told is not None:
                a.add_note(f"{field} add {theirs} told at {told.start}-{told.end}")
            continue
        kept = _lowest(mine, theirs)
        if field == "fatalities" and mine and theirs and (ONE_TARGET in (a.notes or "")) != (ONE_TARGET in (b.notes or "")):
            kept = theirs if ONE_TARGET in (a.notes or "") else mine  # a count told beats one read from the act
            a.notes = "; ".join(n for n in (a.notes or "").split("; ") if n != ONE_TARGET) or None
        if kept != mine and kept == theirs:
            taken.append(field)
        setattr(a, field, kept if field == "injured" else kept or 0)
    for side, other in (("1", "2"), ("2", "1")):
        mine, theirs = getattr(a, f"actor{side}"), getattr(b, f"actor{side}")
        if theirs is not None and theirs == getattr(a, f"actor{other}"):
            continue  # the tellings name the sides the other way round: not one side twice
        if theirs is not None and (mine is None or mine.startswith(_UNNAMED) and not theirs.startswith(_UNNAMED)):
            setattr(a, f"actor{side}", getattr(b, f"actor{side}"))
            setattr(a, f"inter{side}", getattr(b, f"inter{side}"))
            taken.append(f"actor{side}")
    # a date read in the text beats the article's default date
    if a.event_date is None or ("event_date" not in a.field_evidence and "event_date" in b.field_evidence):
        a.event_date, a.time_precision = b.event_date, b.time_precision
        taken.append("event_date")
    if a.location and b.location:
        a.location.geo_precision = min(a.location.geo_precision, b.location.geo_precision)
    if _FIRMNESS[b.certainty] > _FIRMNESS[a.certainty] and "denied by" not in (a.notes or ""):
        a.certainty = b.certainty  # a firmer telling, unless someone denied this one
    for k, span in b.field_evidence.items():
        if k in taken:
            a.field_evidence[k] = span
        else:
            a.field_evidence.setdefault(k, span)
    # a sum taken from ``b`` keeps the note of what it added («fatalities add 7 told at ...»)
    added = [part for part in (b.notes or "").split("; ") if part.split(" add ")[0] in taken and " add " in part]
    # and a denial of that telling stays told («ونفى الجيش الإسرائيلي ... أن تكون قواته أطلقت النار»)
    added += [part for part in (b.notes or "").split("; ") if part.startswith("denied by")]
    if b.evidence is not None:
        added.append(f"also told at {b.evidence.start}-{b.evidence.end}")
    for note in added:
        a.add_note(note)


def _each_side(a: Event, b: Event, tellings: list[Span]) -> bool:
    """Two tellings of a battle whose targets (the side whose dead they count) differ, or that
    are clauses of one sentence side by side («مقتل 16 عنصرا من قوات النظام ...، فيما قتل 9 من
    مقاتلي الفصائل»; «7 من عناصرها قتلوا في الاشتباكات، فيما قتل 17 من المهاجمين» after the
    battle was told: a telling ``a`` took in is the one side by side): each counts its own dead."""
    if a.event_type != "Battles" or b.event_type != "Battles":
        return False
    if a.actor2 and b.actor2 and not _same_actor(a.actor2, a.inter2, b.actor2, b.inter2):
        return True
    if b.evidence is None:
        return False
    for mine in [a.evidence] + tellings:
        if mine is not None:
            first, second = sorted((mine, b.evidence), key=lambda e: e.start)
            # clauses of one sentence, not the sentence after («وتبنت الحركة الهجوم ...، مدعية
            # أنها قتلت 30 جنديا»: the same soldiers, claimed)
            if 0 <= second.start - first.end <= 3 and not first.text.rstrip().endswith(_SENTENCE_END):
                return True
    return False


_SENTENCE_END = (".", "!", "?", "؟")


def _fight_and_strike(a: Event, b: Event) -> bool:
    """A strike or bomb taken into the fighting it was part of: each telling counts the dead of
    its own act («ارتقى أكثر من 200 شهيد في سلسلة تفجيرات انتحارية ... وتصدى أهالي القرى ووحدات
    الجيش للهجوم وقتلوا عشرات الإرهابيين»), not two counts of one."""
    return {a.event_type, b.event_type} == {"Battles", _REMOTE}


def _lowest(x: int | None, y: int | None) -> int | None:
    values = [v for v in (x, y) if v]
    if values:
        return min(values)
    return 0 if 0 in (x, y) else None
