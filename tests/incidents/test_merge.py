"""Merging one incident reported by several articles, and what keeps reports apart (no
date, another day, another place)."""

from __future__ import annotations

import datetime as dt

from geomap.incidents import merge_incidents
from geomap.model import Claim, Incident, Location

from incident_helpers import SHELLING_ON_SUNDAY, place


BORDER = Location("border", countries=("AM", "AZ"))


def incident(id, date, *, article="a.txt", actors=("AM", "AZ"), locations=(BORDER,),
             sub="Armed clash", precision="day", fatalities=(None, None)):
    claim = Claim(id=f"cl-{id}", incident_id=id, claimant="x", claimant_country=actors[0],
                  stance="asserts", text="x said.", article=article, sentence_index=0,
                  fatalities_min=fatalities[0], fatalities_max=fatalities[1])
    return Incident(id=id, date=date, date_precision=precision, event_type="Battles",
                    sub_event_type=sub, actors=actors, locations=locations, articles=(article,),
                    summary="s", claims=(claim,), fatalities_min=fatalities[0],
                    fatalities_max=fatalities[1])


D = dt.date


def test_same_event_in_two_articles_merges():
    a = incident("inc-b", D(2022, 9, 13), article="a.txt", fatalities=(150, 200))
    b = incident("inc-a", D(2022, 9, 12), article="b.txt", actors=("AZ",), fatalities=(49, 49))
    (m,) = merge_incidents([a, b])
    assert m.id == "inc-a" and m.date == D(2022, 9, 12)
    assert m.articles == ("a.txt", "b.txt") and m.actors == ("AM", "AZ")
    assert {c.incident_id for c in m.claims} == {"inc-a"} and len(m.claims) == 2
    assert (m.fatalities_min, m.fatalities_max) == (49, 200)


def test_two_articles_counting_each_sides_own_people_add_up():
    # Yerevan's report of two Armenian dead, Baku's of no Azerbaijani losses: 2, not 0-2
    from dataclasses import replace
    a = replace(incident("inc-a", D(2022, 11, 15), article="am.txt", fatalities=(2, 2)),
                victims_country="AM")
    b = replace(incident("inc-b", D(2022, 11, 15), article="az.txt", fatalities=(0, 0)),
                victims_country="AZ")
    (m,) = merge_incidents([a, b])
    assert (m.fatalities_min, m.fatalities_max) == (2, 2) and m.victims_country == ""
    # reports that may count the same people keep the lowest and the highest
    c = incident("inc-c", D(2022, 11, 15), article="wire.txt", fatalities=(0, 0))
    (m,) = merge_incidents([a, c])
    assert (m.fatalities_min, m.fatalities_max) == (0, 2)


def test_order_does_not_matter():
    items = [incident("inc-1", D(2022, 9, 12)),
             incident("inc-2", D(2022, 9, 13), article="b", actors=("AZ", "AM")),
             incident("inc-3", D(2022, 10, 16), article="c")]
    assert merge_incidents(items) == merge_incidents(reversed(items))
    assert [i.date for i in merge_incidents(items)] == [D(2022, 9, 12), D(2022, 10, 16)]


def test_what_keeps_incidents_apart():
    base = incident("inc-1", D(2022, 9, 12))
    others = [
        incident("inc-2", D(2022, 9, 14), article="b"),                       # two days
        incident("inc-3", D(2022, 9, 12), article="b", sub="Shelling"),       # another type
        incident("inc-4", D(2022, 9, 12), article="b", actors=("IR",)),       # other actors
        incident("inc-5", D(2022, 9, 12), article="b",
                 locations=(Location("at", place("Tovuz")),)),                # other place
        incident("inc-6", None, article="b"),                                 # undated
    ]
    for other in others:
        assert len(merge_incidents([base, other])) == 2, other.id


def test_shared_place_and_month_precision():
    lachin = (Location("direction", place("Lachin")),)
    a = incident("inc-1", D(2022, 9, 30), locations=lachin)
    b = incident("inc-2", D(2022, 9, 1), article="b", locations=lachin + (BORDER,),
                 precision="month")
    (m,) = merge_incidents([a, b])
    assert m.date == D(2022, 9, 30) and m.date_precision == "day"


def test_undated_incidents_sort_last():
    out = merge_incidents([incident("inc-0", None), incident("inc-9", D(2020, 1, 1), article="b")])
    assert [i.id for i in out] == ["inc-9", "inc-0"]


def test_a_minimum_only_report_leaves_the_maximum_open():
    from types import SimpleNamespace

    from geomap.incidents.extract import combine_casualties

    def report(low, high):
        return SimpleNamespace(fatalities_min=low, fatalities_max=high, injured_min=None,
                               injured_max=None, victims_country="")
    # "at least 51 killed" beside "one killed": one or more, never "at most one"
    combined = combine_casualties([report(51, None), report(1, 1)])
    assert (combined["fatalities_min"], combined["fatalities_max"]) == (1, None)
    assert combine_casualties([report(2, 2), report(3, 5)])["fatalities_max"] == 5


def test_a_town_and_its_district_of_the_same_name_are_one_place_for_merging():
    """Baku's "Lachin district" and Yerevan's "Lachin direction": one exchange of fire;
    Sotk, 60 km away, is another."""
    from dataclasses import replace as changed
    district = changed(place("Lachin"), id="test:lachin-district", name="Lachin District",
                       kind="district", lat=39.60, lon=46.52)
    a = incident("inc-a", D(2022, 11, 16), article="az.txt",
                 locations=(Location("district", place=district),))
    b = incident("inc-b", D(2022, 11, 16), article="am.txt",
                 locations=(Location("direction", place=place("Lachin")),))
    c = incident("inc-c", D(2022, 11, 16), article="am2.txt",
                 locations=(Location("at", place=place("Sotk")),))
    merged = merge_incidents([a, b, c])
    assert sorted(m.articles for m in merged) == [("am.txt", "az.txt"), ("am2.txt",)]


def test_one_sources_reports_on_consecutive_days_are_a_series_not_one_event():
    # Yerevan's ministry: fire at Tegh on Monday, on Tuesday, on Wednesday
    days = [incident(f"inc-{n}", D(2024, 5, 6 + n), article=f"{n}.txt") for n in range(3)]
    assert [i.date for i in merge_incidents(days)] == [D(2024, 5, 6), D(2024, 5, 7),
                                                       D(2024, 5, 8)]
    # the other side dating the same night's fire a day later is the same event
    (m,) = merge_incidents([days[0], incident("inc-az", D(2024, 5, 7), article="az.txt",
                                              actors=("AZ", "AM"))])
    assert m.date == D(2024, 5, 6) and len(m.claims) == 2


def test_a_report_naming_no_place_joins_the_one_incident_of_its_day_and_sides():
    jermuk = incident("inc-1", D(2024, 2, 12), locations=(Location("near", place("Jermuk")),))
    denial = incident("inc-2", D(2024, 2, 12), article="b", locations=())
    (merged,) = merge_incidents([jermuk, denial])
    assert merged.places == ("Jermuk",) and len(merged.claims) == 2
    # with two placed incidents that day it cannot tell which: it stays apart
    sotk = incident("inc-3", D(2024, 2, 12), article="c",
                    locations=(Location("near", place("Sotk")),))
    assert len(merge_incidents([jermuk, denial, sotk])) == 3


def test_two_reports_of_gunmen_firing_on_tourists_are_one_attack():
    """Neither report names a state's side; the place and the day make them one."""
    import datetime as dt

    from geomap.incidents.merge import same_incident
    from geomap.model import Incident, Location

    from incident_helpers import place

    def report(article: str) -> Incident:
        return Incident(id=f"inc-{article}", date=dt.date(2025, 4, 22), date_precision="day",
                        event_type="Violence against civilians", sub_event_type="Attack",
                        actors=(), locations=(Location(place=place("Jermuk"), relation="at"),),
                        articles=(article,), summary="Gunmen opened fire on tourists.")

    assert same_incident(report("a.txt"), report("b.txt"))


def test_undated_reports_of_two_articles_are_not_merged(tmp_path):
    """Nothing but the place and the sides tells two undated reports apart: a town on a
    front line is shelled on many days, so they stay two incidents."""
    import geomap
    from geomap.model import BuildOptions

    for name in ("one.txt", "two.txt"):
        (tmp_path / name).write_text(SHELLING_ON_SUNDAY, encoding="utf-8")
    result = geomap.build([str(tmp_path)], BuildOptions(published=None))
    assert len(result.incidents) == 2
