"""Merging many reports compares only incidents that may be one (alike copies once, and
those that share a side and a place or its neighbourhood); what merges is as before: the
incidents are the groups every two reports that are one (``same_incident``) make."""

from __future__ import annotations

from dataclasses import replace
import datetime as dt
import random

from geomap.incidents import merge_incidents
from geomap.incidents.merge import same_incident
from geomap.model import Claim, Incident, Location, Place


D = dt.date


def spot(name: str, lat: float, lon: float = 45.0, country: str = "AM") -> Location:
    return Location("at", place=Place(id=f"test:{name}", name=name, lat=lat, lon=lon,
                                      country_code=country, kind="village", source="test"))


def report(id, day, *, actors=("AM", "AZ"), at=(), claimant="Armenia", country="AM",
           event=("Battles", "Armed clash"), precision="day") -> Incident:
    claim = Claim(id=f"cl-{id}", incident_id=id, claimant=claimant, claimant_country=country,
                  stance="asserts", text="x said.", article=f"{id}.txt", sentence_index=0)
    return Incident(id=id, date=day, date_precision=precision, event_type=event[0],
                    sub_event_type=event[1], actors=actors, locations=tuple(at),
                    articles=(f"{id}.txt",), summary="s", claims=(claim,))


def groups(incidents) -> set[frozenset[str]]:
    """The merged incidents as the sets of the reports' articles they hold."""
    return {frozenset(i.articles) for i in merge_incidents(incidents)}


def test_a_thousand_copies_of_one_report_are_one_incident_with_every_claim():
    sotk = spot("sotk", 40.2)
    copies = [report(f"r{n:04d}", D(2022, 9, 13), at=[sotk]) for n in range(1000)]
    (merged,) = merge_incidents(copies)
    assert len(merged.claims) == 1000 and len(merged.articles) == 1000
    assert merged.id == "r0000"


def test_places_a_few_kilometres_apart_across_a_band_of_latitude_are_one_place():
    # 40.195 and 40.32 lie in two bands of the index, 13.9 km apart: one place
    north, south = spot("north", 40.32), spot("south", 40.195)
    assert groups([report("a", D(2022, 9, 13), at=[north]),
                   report("b", D(2022, 9, 13), at=[south])]) == {frozenset({"a.txt", "b.txt"})}
    # 18 km apart: two places, two incidents
    far = spot("far", 40.36)
    assert len(groups([report("a", D(2022, 9, 13), at=[far]),
                       report("b", D(2022, 9, 13), at=[south])])) == 2


def test_what_merges_and_what_does_not_in_a_mixed_day():
    sotk, jermuk, tegh = spot("sotk", 40.2), spot("jermuk", 39.84), spot("tegh", 39.56)
    gunmen = ("Violence against civilians", "Attack")
    reports = [
        # one clash told by Yerevan and Baku, a day apart
        report("am1", D(2022, 9, 13), at=[sotk]),
        report("az1", D(2022, 9, 12), at=[sotk], claimant="Azerbaijan", country="AZ"),
        # Yerevan's report of the next day at the same place: a series, not one event
        report("am2", D(2022, 9, 14), at=[sotk]),
        # a week's report at Sotk covers the clash
        report("wk", D(2022, 9, 12), at=[sotk], precision="week", claimant="OSCE",
               country=""),
        # gunmen at Jermuk, two reports with no side: one incident; at Tegh: another
        report("g1", D(2022, 9, 13), actors=(), at=[jermuk], event=gunmen),
        report("g2", D(2022, 9, 13), actors=(), at=[jermuk], event=gunmen, claimant="Police",
               country=""),
        report("g3", D(2022, 9, 13), actors=(), at=[tegh], event=gunmen),
        # two reports with neither a side nor a place: nothing tells them one
        report("n1", D(2022, 9, 13), actors=(), event=gunmen),
        report("n2", D(2022, 9, 13), actors=(), event=gunmen),
        # undated: never merged
        report("u1", None, at=[sotk]),
        report("u2", None, at=[sotk]),
    ]
    assert groups(reports) == {
        frozenset({"am1.txt", "az1.txt", "am2.txt", "wk.txt"}),
        frozenset({"g1.txt", "g2.txt"}), frozenset({"g3.txt"}),
        frozenset({"n1.txt"}), frozenset({"n2.txt"}),
        frozenset({"u1.txt"}), frozenset({"u2.txt"})}


def test_the_groups_are_those_every_two_reports_that_are_one_make():
    """A mixed set of some hundreds of reports (copies, near places, days a day apart,
    weeks, other sides and claimants, no side): the merged incidents are the connected
    groups of ``same_incident`` over every pair."""
    rng = random.Random(7)
    places = [spot(f"p{k}", 40.0 + 0.07 * k, 45.0 + 0.05 * (k % 3),
                   "AM" if k % 2 else "AZ") for k in range(8)]
    kinds = [("Battles", "Armed clash"), ("Explosions/Remote violence",
                                          "Shelling/artillery/missile attack")]
    sides = [("AM", "AZ"), ("AM",), ("AZ",), ()]
    voices = [("Armenia", "AM"), ("Azerbaijan", "AZ"), ("OSCE", "")]
    reports = []
    for n in range(300):
        precision = rng.choice(["day", "day", "day", "week"])
        claimant, country = rng.choice(voices)
        reports.append(report(
            f"r{n:03d}", D(2022, 9, 12) + dt.timedelta(days=rng.randint(0, 3)),
            actors=rng.choice(sides), at=rng.sample(places, rng.randint(1, 2)),
            claimant=claimant, country=country, event=rng.choice(kinds),
            precision=precision))
        if rng.random() < 0.3:
            reports.append(replace(reports[-1], id=f"r{n:03d}c", articles=(f"r{n:03d}c.txt",)))
    parent = {r.id: r.id for r in reports}

    def root(k):
        while parent[k] != k:
            k = parent[k]
        return k

    for j, a in enumerate(reports):
        for b in reports[j + 1:]:
            if same_incident(a, b):
                parent[root(b.id)] = root(a.id)
    expected: dict[str, set[str]] = {}
    for r in reports:
        expected.setdefault(root(r.id), set()).update(r.articles)
    assert groups(reports) == {frozenset(g) for g in expected.values()}
    assert len(expected) < len(reports)         # (some merge)
