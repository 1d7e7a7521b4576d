"""One incident, many reports: merge incidents found in several articles (or twice in
one) into one incident with all claims and sources.

Two incidents are the same when they have the same event type and sub-type, share an
actor (or neither has one — gunmen's attack on civilians has no state's side — and both
name places), share a place (or neither names one; a place within ``SAME_PLACE_KM`` of the
other's counts: Baku's "Lachin district" and Yerevan's "Lachin direction" are one), and
they are not attacks in opposite directions (each side hitting places of the other's
country), and their dates lie within a day of each other (date ranges for week/month precision; two
days a day apart only when different claimants tell them: one source's daily reports are a
series, not one event).
Undated incidents never merge: nothing shows they are the same. A report naming no place
joins the one incident of its day, kind and sides that names places, if there is one. Grouping is transitive
(union-find) and the result does not depend on input order: the merged incident keeps the
id of its most precisely dated, earliest member, so two runs give identical ids.
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from ..gazetteer.disambiguation import haversine_km
from ..model import Incident
from .dates import day_range
from .sides import opposite_directions
from .tolls import combine_casualties

_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


#: places this close are one place for merging: a town and its district of the same
#: name, two spellings the gazetteer holds apart
SAME_PLACE_KM = 15.0


def _places(incident: Incident) -> list:
    return [loc.place for loc in incident.locations if loc.place is not None]


def _share_a_place(a: list, b: list) -> bool:
    if {p.id for p in a} & {p.id for p in b}:
        return True
    return any(haversine_km(p.lat, p.lon, q.lat, q.lon) <= SAME_PLACE_KM
               for p in a for q in b)


def same_incident(a: Incident, b: Incident) -> bool:
    """Whether two incidents describe one event (see the module docstring)."""
    if (a.event_type, a.sub_event_type) != (b.event_type, b.sub_event_type):
        return False
    if a.date is None or b.date is None:
        return False
    if not set(a.actors) & set(b.actors) and (a.actors or b.actors):
        return False                # an attack of gunmen on civilians has no state's side:
                                    # two such reports meet on place and day alone
    pa, pb = _places(a), _places(b)
    if not a.actors and not b.actors and not (pa and pb):
        return False                # no side and no place: nothing tells them one
    if (pa or pb) and not _share_a_place(pa, pb):
        return False
    if _the_other_way(a, pa, b, pb):
        return False
    if a.date_precision == b.date_precision == "day" and a.date != b.date:
        return _sources_disagree(a, b) and abs((a.date - b.date).days) <= 1
    lo_a, hi_a = day_range(a.date, a.date_precision)
    lo_b, hi_b = day_range(b.date, b.date_precision)
    return (lo_a - hi_b).days <= 1 and (lo_b - hi_a).days <= 1


def _the_other_way(a: Incident, pa: list, b: Incident, pb: list) -> bool:
    """Whether two incidents are attacks in opposite directions: all of one's places in
    one country, all of the other's in another, and each one's attacker the country the
    other hit (India's strikes on Bahawalpur, Pakistan's shelling of Poonch across the
    Line of Control, a few kilometres apart). A clash is fought on both sides."""
    if a.event_type == "Battles":
        return False
    hit_a = {p.country_code for p in pa if p.country_code}
    hit_b = {p.country_code for p in pb if p.country_code}
    return opposite_directions((hit_a, set(a.actors) - hit_a), (hit_b, set(b.actors) - hit_b))


def _sources_disagree(a: Incident, b: Incident) -> bool:
    """Whether two incidents a day apart are told by different claimants, who may date
    one night's fire differently ("late on Monday", "early on Tuesday"). One source
    reporting on two days (a daily shelling series; a state's bodies are one source),
    or the press in its own voice, tells of two events."""
    # a state's bodies are one source: Baku's border service and its government
    sources_a = {c.claimant_country or c.claimant for c in a.claims}
    sources_b = {c.claimant_country or c.claimant for c in b.claims}
    return bool(sources_a) and bool(sources_b) and not sources_a & sources_b


def _sort_key(i: Incident):
    return (i.date is None, i.date or "", _PRECISION_RANK.get(i.date_precision, 9), i.id)


def _representative_key(i: Incident):
    return (i.date is None, _PRECISION_RANK.get(i.date_precision, 9), i.date or "", i.id)


def _combine(group: list[Incident]) -> Incident:
    if len(group) == 1:
        return group[0]
    head = min(group, key=_representative_key)
    claims = sorted((replace(c, incident_id=head.id) for i in group for c in i.claims),
                    key=lambda c: (c.article, c.sentence_index, c.id))
    claims = list({c.id: c for c in claims}.values())
    members = sorted(group, key=_representative_key)
    return replace(
        head,
        actors=tuple(sorted({a for i in group for a in i.actors})),
        locations=tuple(dict.fromkeys(loc for i in members for loc in i.locations)),
        articles=tuple(sorted({a for i in group for a in i.articles})),
        claims=tuple(claims),
        **combine_casualties(group))


def merge_incidents(incidents: Iterable[Incident]) -> tuple[Incident, ...]:
    """Merged incidents, ordered by date (undated last), then id."""
    items = sorted({i.id: i for i in incidents}.values(), key=lambda i: i.id)
    parent = list(range(len(items)))

    def find(k):
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(j, k):
        parent[find(k)] = find(j)

    _join_same(items, find, union)
    _join_placeless(items, find, parent)
    groups: dict[int, list[Incident]] = defaultdict(list)
    for k, inc in enumerate(items):
        groups[find(k)].append(inc)
    return tuple(sorted((_combine(g) for g in groups.values()), key=_sort_key))


def _alike_key(i: Incident) -> tuple:
    """All that ``same_incident`` looks at: incidents with one key match the same others,
    so one of them stands for all (a thousand copies of one wire report are one test)."""
    return (i.event_type, i.sub_event_type, i.date, i.date_precision, frozenset(i.actors),
            frozenset((p.id, p.lat, p.lon, p.country_code) for p in _places(i)),
            frozenset(c.claimant_country or c.claimant for c in i.claims))


#: latitude bands of this many degrees (22 km) index places: two places within
#: ``SAME_PLACE_KM`` lie in one band or in neighbouring ones
_BAND_DEG = 0.2


def _keys(i: Incident, bands: tuple[int, ...]) -> set[tuple]:
    """Each of an incident's sides (or none) with each of its places (or none): by id,
    and by latitude band shifted by each of ``bands``."""
    places = _places(i)
    spots = [("id", p.id) for p in places] + [
        ("band", math.floor(p.lat / _BAND_DEG) + step)
        for p in places if math.isfinite(p.lat) for step in bands]
    return {(side, spot) for side in (i.actors or (None,)) for spot in (spots or (None,))}


def _index_keys(i: Incident) -> set[tuple]:
    """Keys under which an incident is found."""
    return _keys(i, (0,))


def _probe_keys(i: Incident) -> set[tuple]:
    """Keys of every incident ``same_incident`` may join ``i`` to: one that shares a side
    (or has none either) and a place, a place in a neighbouring band, or placelessness."""
    return _keys(i, (-1, 0, 1))


def _join_same(items: list[Incident], find, union) -> None:
    """Join every two incidents that are one (``same_incident``). Alike incidents
    (``_alike_key``) are tested once; a sweep by start day keeps those whose days come
    within one of each other, indexed by side and place so that only incidents that
    share both are compared: near-linear in the number of reports."""
    alike: dict[tuple, list[int]] = defaultdict(list)
    for k, inc in enumerate(items):
        if inc.date is not None:
            alike[_alike_key(inc)].append(k)
    classes = list(alike.values())
    heads = [items[members[0]] for members in classes]
    # whether alike incidents are one with each other, so that one of them stands for all
    whole = [same_incident(h, h) for h in heads]
    for c, members in enumerate(classes):
        if whole[c]:
            for k in members[1:]:
                union(members[0], k)

    def join(j, c):
        if whole[j] and whole[c]:
            union(classes[j][0], classes[c][0])
            return
        for k in classes[c]:
            union(classes[j][0], k)
        for k in classes[j]:
            union(classes[c][0], k)

    spans = [day_range(h.date, h.date_precision) for h in heads]
    buckets: dict[tuple[str, str], list[int]] = defaultdict(list)
    for c, h in enumerate(heads):
        buckets[(h.event_type, h.sub_event_type)].append(c)
    for bucket in buckets.values():
        bucket.sort(key=lambda c: spans[c][0])
        index: dict[tuple, dict[int, None]] = defaultdict(dict)
        ending: list[tuple] = []            # (last day, class) of those in the index
        for c in bucket:
            while ending and (spans[c][0] - ending[0][0]).days > 1:
                _, gone = heapq.heappop(ending)
                for key in _index_keys(heads[gone]):
                    del index[key][gone]
            candidates = {j for key in _probe_keys(heads[c]) for j in index.get(key, ())}
            for j in sorted(candidates):
                if whole[j] and whole[c] and find(classes[j][0]) == find(classes[c][0]):
                    continue
                if same_incident(heads[j], heads[c]):
                    join(j, c)
            for key in _index_keys(heads[c]):
                index[key][c] = None
            heapq.heappush(ending, (spans[c][1], c))


def _join_placeless(items: list[Incident], find, parent: list[int]) -> None:
    """A report that names no place ("The Armenian Defense Ministry denies that its
    troops fired … on February 12") joins the incident of its day, kind and sides that
    names places, when there is exactly one such; with two it cannot tell which."""
    groups: dict[int, list[int]] = defaultdict(list)
    for k in range(len(items)):
        groups[find(k)].append(k)

    def key(root: int):
        # the day the merged incident will show: its head's (``_combine``), not that of
        # whichever member the union-find made its root
        first = min((items[k] for k in groups[root]), key=_representative_key)
        return (first.event_type, first.sub_event_type, first.date,
                frozenset(a for k in groups[root] for a in items[k].actors))

    placed: dict[tuple, list[int]] = defaultdict(list)
    placeless = []
    for root, members in groups.items():
        if any(items[k].date_precision != "day" for k in members):
            continue
        if any(_places(items[k]) for k in members):
            placed[key(root)].append(root)
        elif not any(items[k].locations for k in members):    # not "along the border"
            placeless.append(root)
    for root in placeless:
        targets = placed.get(key(root), [])
        if len(targets) == 1:
            parent[find(root)] = find(targets[0])
