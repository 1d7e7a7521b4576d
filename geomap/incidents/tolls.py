"""An incident's figures from the counts its reports give.

Apart from ``casualties``, which reads the count of one sentence, because this weighs the
counts of several: versions of one count combined as estimates, each side's own dead and
the dead of different places added up, a count of further people added to the one before
it, a toll that has grown replacing the one told before. The merge across articles
combines incidents' figures with the same rules (``combine_casualties``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Article, Incident, Resolution, Sentence
from .casualties import added_up, find_casualties
from .facts import SentenceFacts
from .sides import is_local

def combine_casualties(counts) -> dict:
    """Incident figures from several reports, and whose people they are when every
    report counts the same side's (else "").

    Reports that may count the same people (the same side's, or nobody's in
    particular) give the most conservative minimum and the largest maximum (ACLED's
    rule, ``_estimates``). Reports that each count one side's own people ("49 Armenian
    servicemen", "50 Azerbaijani servicemen") add up, side by side. A report naming no
    side counts everybody: beside the sides' sum it is another estimate of the total
    (the lower minimum stands); beside one side's count alone it is the only estimate
    of the total ("at least four killed" and "one Azerbaijani soldier" are four or
    more, not one)."""
    counts = [c for c in counts if any(v is not None for v in (
        c.fatalities_min, c.fatalities_max, c.injured_min, c.injured_max))]
    sides = sorted({c.victims_country for c in counts} - {""})
    everybody = [c for c in counts if not c.victims_country]
    if not everybody or not sides:      # all may count the same people, or each side its own
        figures = _estimates(counts) if len(sides) < 2 else _sides_added(counts, sides)
        whose = sides[0] if len(sides) == 1 else ""
        return {**figures, "victims_country": "" if whose.startswith("~") else whose}
    # a total beside the sides' own counts: the lower minimum of the total's estimates
    # (one side's count is none), the higher maximum
    totals = [_estimates(everybody)] + ([_sides_added(counts, sides)] if len(sides) > 1
                                        else [])
    figures = _estimates(counts)
    for measure in ("fatalities", "injured"):
        low, high = f"{measure}_min", f"{measure}_max"
        lows = [t[low] for t in totals if t[low] is not None]
        if lows:
            figures[low] = min(lows)
        if len(totals) > 1:
            highs = [t[high] for t in totals if t[low] is not None or t[high] is not None]
            figures[high] = None if None in highs else max(highs, default=None)
    return {**figures, "victims_country": ""}


def _sides_added(counts, sides: list[str]) -> dict:
    """The figures of each side's own reports (``_estimates``), added up."""
    per_side = [_estimates([c for c in counts if c.victims_country == side])
                for side in sides]
    total = {}
    for measure in ("fatalities", "injured"):
        low, high = f"{measure}_min", f"{measure}_max"
        total[low], total[high] = added_up([(f[low], f[high]) for f in per_side
                                            if f[low] is not None or f[high] is not None])
    return total


def _estimates(counts) -> dict:
    """Figures of reports that may all count the same people: the lowest minimum, the
    highest maximum; none when a report gives a minimum only ("at least 51 killed" beside
    "one killed" is one or more, not one), unless another gives a maximum only ("at least
    five killed" beside "as high as 9" is five to nine)."""
    def pick(values, fn):
        values = [v for v in values if v is not None]
        return fn(values) if values else None

    def highest(measure):
        lows = [getattr(c, f"{measure}_min") for c in counts]
        highs = [getattr(c, f"{measure}_max") for c in counts]
        capped = any(lo is None and hi is not None for lo, hi in zip(lows, highs))
        if not capped and any(lo is not None and hi is None for lo, hi in zip(lows, highs)):
            return None
        # a bound alone ("put the toll as high as 9") caps an open count ("at least five")
        top, low = pick(highs, max), pick(lows, min)
        return None if top is not None and low is not None and top < low else top
    return dict(
        fatalities_min=pick((c.fatalities_min for c in counts), min),
        fatalities_max=highest("fatalities"),
        injured_min=pick((c.injured_min for c in counts), min),
        injured_max=highest("injured"))


def _local_places(f: SentenceFacts) -> set[str]:
    return {loc.place.id for loc in f.locations if is_local(loc)
            and loc.relation in ("at", "near", "district", "sector")}


def counted_at_places(reports: list[SentenceFacts]) -> dict | None:
    """The figures of reports that each count the dead or wounded at other places, added
    up ("killing 12 civilians in Poonch. In Udhampur, one woman was killed": 13): the
    people of two towns are different people, not two versions of one count. None
    unless every report with a count names a town or district, all are told by one
    speaker or all in the article's own voice, and their places fall apart into two or
    more; a toll that has grown is no count of other people."""
    told = [f for f in reports if f.casualties]
    if len(told) < 2 or any(f.casualties.updated_toll for f in told) or \
            len({f.claim.claimant if f.claim is not None else "" for f in told}) > 1:
        return None     # (a side's count and the press's may be versions of one)
    places = [_local_places(f) for f in told]
    if not all(places):
        return None
    groups: list[tuple[set[str], list]] = []
    for f, where in zip(told, places):
        joined = [g for g in groups if g[0] & where]
        merged = (set(where).union(*(g[0] for g in joined)),
                  [c for g in joined for c in g[1]] + list(f.casualties.sides()))
        groups = [g for g in groups if not g[0] & where] + [merged]
    if len(groups) < 2:
        return None
    per_place = [combine_casualties(counts) for _, counts in groups]
    total = {}
    for measure in ("fatalities", "injured"):
        low, high = f"{measure}_min", f"{measure}_max"
        total[low], total[high] = added_up([(g[low], g[high]) for g in per_place
                                            if g[low] is not None or g[high] is not None])
    whose = {g["victims_country"] for g in per_place}
    return {**total, "victims_country": whose.pop() if len(whose) == 1 else ""}


def further_added(counts: list) -> list:
    """The counts of reports in the order told, a count of further people ("Another
    soldier was wounded") added to the last one before it of the same harm ("Two
    servicemen sustained shrapnel wounds": three), not set beside it as another estimate."""
    counts = list(counts)
    for at, later in enumerate(counts):
        if not later.further or len(later.by_side) > 1:
            continue
        for measure in ("fatalities", "injured"):
            low, high = f"{measure}_min", f"{measure}_max"
            if getattr(later, low) is None:
                continue
            # (of one group alone, the same group's: "a second villager" after "a farmer")
            before = next((b for b in range(at - 1, -1, -1)
                           if getattr(counts[b], low) is not None
                           and _group_of(counts[b]) == _group_of(later)), None)
            if before is None:
                continue
            earlier = counts[before]
            total = added_up([(getattr(earlier, low), getattr(earlier, high)),
                              (getattr(later, low), getattr(later, high))])
            counts[before] = earlier.with_figures(**{low: total[0], high: total[1]})
            counts[at] = later = later.with_figures(**{low: None, high: None})
    return counts


def _group_of(count) -> tuple[str, ...]:
    """The groups a count counts by name (``Casualties.by_side``), none when it names none."""
    return tuple(side for side, *_ in count.by_side)


def parts_within(counts: list) -> list:
    """The counts of reports in the order told, a count of some of a group told before
    ("injuring two civilians. … One of them was taken to hospital") dropped for each harm
    a count before it gives: those people are among that count's, not another estimate of
    it (1 beside 2 would make the wounded 1-2)."""
    counts = list(counts)
    for at, later in enumerate(counts):
        if not later.part:
            continue
        for measure in ("fatalities", "injured"):
            low, high = f"{measure}_min", f"{measure}_max"
            if any(getattr(c, low) is not None or getattr(c, high) is not None
                   for c in counts[:at]):
                counts[at] = later = replace(later, **{low: None, high: None})
    return counts


def latest_tolls(reports: list[tuple[int, object, bool]]) -> list:
    """The counts of (sentence index, count, grown toll) reports, a toll that has grown
    ("bringing the number killed to two") replacing the fatalities told before it of the
    same people ("one Armenian soldier was killed"), not adding to them as another
    estimate; a report of none giving way to a count of some (``_none_beside_some``)."""
    reports = sorted(reports, key=lambda r: r[0])
    counts = [count for _, count, _ in reports]
    for at, (_, latest, grown) in enumerate(reports):
        if not grown:
            continue
        latest = counts[at] = _of_the_side_grown(latest, counts[:at])
        for before in range(at):
            earlier = counts[before]
            if earlier.fatalities_min is None and earlier.fatalities_max is None:
                continue
            if latest.victims_country and earlier.victims_country not in (
                    "", latest.victims_country) and _whose(earlier) != latest.victims_country:
                continue                        # the other side's dead stay
            counts[before] = earlier.without_fatalities()
    return _none_beside_some(counts)


def _of_the_side_grown(latest, earlier: list):
    """A toll that has grown naming no side ("later raised the toll to seven dead"), as
    the count of the side whose dead were told first ("… killing at least six civilians",
    Pakistan's): the toll it raises, whose people it counts; the other side's dead told
    beside it ("one Afghan civilian was killed") are other people, not another estimate
    of the same (a group the first count names, "civilians", is whose they are too).
    Else ``latest`` as told."""
    if latest.victims_country:
        return latest
    first = next((c for c in earlier if c.fatalities_min is not None
                  or c.fatalities_max is not None), None)
    whose = _whose(first) if first is not None else ""
    return replace(latest, victims_country=whose) if whose else latest


def _whose(count) -> str:
    """Whose people a count counts: the one group it names ("civilians"), else its side's;
    "" when it names several or none."""
    groups = count.sides()
    return groups[0].victims_country if len(groups) == 1 else ""


def _none_beside_some(counts: list) -> list:
    """The counts of one article's reports of an incident, a report of none ("There were no
    losses on the Armenian side") dropped for each harm another report counts people of
    ("a serviceman … received a shrapnel wound"): told in one article, the none is of
    another moment or group, not a second estimate that makes the wounded 0-1. (A side's
    denial has no counts; the merge across articles keeps both as estimates.)"""
    counts = list(counts)
    for measure in ("fatalities", "injured"):
        low, high = f"{measure}_min", f"{measure}_max"
        if not any((getattr(c, high) or getattr(c, low) or 0) > 0 for c in counts):
            continue
        counts = [c.with_figures(**{low: None, high: None})
                  if getattr(c, low) == 0 and getattr(c, high) == 0 else c for c in counts]
    return counts


#: an attack named by its place, its toll in a relative clause: "the Pahalgam attack in
#: which 26 people, most of them tourists, were shot dead"
_NAMED_BY_PLACE = re.compile(r"\s+(?:(?i:terror|terrorist|militant|gun)\s+)?(?i:attack|massacre|"
                             r"shooting|ambush|bombing|killings)\s*,?\s+(?P<told>(?i:in which|"
                             r"which killed|that killed|which left|that left))(?![\w])")
_THE_NAMED = re.compile(r"(?<![\w])(?i:the)\s+$")


def with_toll_told_by_name(article: Article, sentences: tuple[Sentence, ...],
                           resolutions: tuple[Resolution, ...], incident: Incident
                           ) -> Incident:
    """An attack that counts no dead or hurt of its own, with the toll another sentence
    gives of the attack it names by the incident's place: "a fortnight after the Pahalgam
    attack in which 26 people … were shot dead" counts "The attack at Baisaran meadow near
    Pahalgam on April 22"."""
    if incident.sub_event_type not in ("Attack", "Armed clash") or any(
            v is not None for v in (incident.fatalities_min, incident.fatalities_max,
                                    incident.injured_min, incident.injured_max)):
        return incident
    here = {loc.place.id for loc in incident.locations if is_local(loc)}
    text = article.text
    for r in resolutions:
        if r.place is None or r.place.id not in here or not _THE_NAMED.search(
                text, max(0, r.mention.start - 5), r.mention.start):
            continue
        named = _NAMED_BY_PLACE.match(text, r.mention.end)
        s = next((s for s in sentences if s.start <= r.mention.start < s.end), None)
        if named is None or s is None:
            continue
        counted = find_casualties(text, named.start("told"), s.end)
        if counted:
            return replace(incident, **combine_casualties([counted]))
    return incident
