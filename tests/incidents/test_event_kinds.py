"""Event kinds of 2025 reporting (probes I and K): a war named by its time is no fighting,
gunmen firing on tourists attack civilians with no state a side, fire at drones is their
attack disrupted, a stretch "from Leh to Sir Creek" is no exact place, a denied video's
shelling of Kajaran stays shelling."""

from __future__ import annotations

import datetime as dt

import pytest

from incident_helpers import build_article, claims_in, day_of

MAY_15 = dt.date(2025, 5, 15)


def test_fighting_named_by_its_time_is_no_fighting_told(tmp_path):
    result = build_article(tmp_path, (
        "FACT CHECK - May 12, 2025\n\nNeither the Pakistan Army nor the ISPR has said that "
        "any Indian pilot was captured during the May 2025 hostilities.\n"), MAY_15)
    assert len(result.incidents) == 0
    assert claims_in(result) == []


@pytest.mark.parametrize("text, published", [
    ("YEREVAN, November 10, 2022 - The September 2022 clashes, which left nearly 300 "
     "soldiers dead on both sides, brought the fighting onto Armenia's territory near "
     "Jermuk.\n", dt.date(2022, 11, 10)),
    ("YEREVAN, May 14, 2023 - Residents of border villages in Syunik cannot reach their "
     "pastures since the September 2022 clashes, when Azerbaijani forces advanced into "
     "Armenian territory.\n", dt.date(2023, 5, 14)),
])
def test_the_fighting_of_a_war_named_by_its_time_is_that_wars(tmp_path, text, published):
    result = build_article(tmp_path, text, published)
    assert len(result.incidents) == 0


def test_fighting_told_with_its_day_is_still_fighting(tmp_path):
    result = build_article(tmp_path, (
        "YEREVAN, September 14, 2022 - Armenian and Azerbaijani forces clashed near Jermuk "
        "on Tuesday, the Armenian Defence Ministry said.\n"), dt.date(2022, 9, 14))
    (incident,) = result.incidents.itertuples()
    assert (incident.event_type, incident.sub_event_type) == ("Battles", "Armed clash")


def test_gunmen_firing_on_tourists_attack_civilians_with_no_state_a_side(tmp_path):
    result = build_article(tmp_path, (
        "SRINAGAR, April 23, 2025 - Gunmen opened fire on tourists in the Baisaran meadow "
        "near Pahalgam on Tuesday, killing at least 26 people, police said.\n"), MAY_15)
    (incident,) = result.incidents.itertuples()
    assert (incident.event_type, incident.sub_event_type) == (
        "Violence against civilians", "Attack")
    assert list(incident.actors) == []
    assert day_of(incident.date) == dt.date(2025, 4, 22)
    assert list(incident.places) == ["Pahalgam"]
    assert incident.fatalities_min == 26
    assert claims_in(result) == [("Indian police", "IN", "asserts")]


def test_soldiers_opening_fire_on_a_sides_farmers_attack_civilians(tmp_path):
    # a state's soldiers stay a side; "Armenian" before "farmers" keeps them civilians
    result = build_article(tmp_path, (
        "YEREVAN, May 12, 2024 - Azerbaijani soldiers opened fire on Armenian farmers "
        "working in fields near Tegh on Sunday, wounding one, the Armenian Defence Ministry "
        "said.\n"), dt.date(2024, 5, 12))
    (incident,) = result.incidents.itertuples()
    assert (incident.event_type, incident.sub_event_type) == (
        "Violence against civilians", "Attack")
    assert "AZ" in list(incident.actors)


def test_a_car_coming_under_fire_is_an_attack_on_civilians(tmp_path):
    result = build_article(tmp_path, (
        "KAPAN, Armenia, May 3, 2023 - A car came under fire from Azerbaijani positions near "
        "Davit Bek on Tuesday, wounding the driver, police said.\n"), dt.date(2023, 5, 4))
    (incident,) = result.incidents.itertuples()
    assert (incident.event_type, incident.sub_event_type) == (
        "Violence against civilians", "Attack")
    assert {"AM", "AZ"} <= set(incident.actors)


@pytest.mark.parametrize("text, places, precision", [
    ("KAPAN, Armenia, May 3, 2023 - Azerbaijani soldiers fired on a car travelling from "
     "Goris to Kapan on Tuesday, wounding the driver, police said.\n", ["Goris", "Kapan"], 2),
    ("YEREVAN, May 3, 2023 - A minibus driving from Goris to Kapan came under fire from "
     "Azerbaijani positions near Davit Bek on Tuesday, wounding two passengers, police "
     "said.\n", ["Davit Bek"], 2),
])
def test_a_journeys_ends_are_not_where_it_was_fired_on(tmp_path, text, places, precision):
    result = build_article(tmp_path, text, dt.date(2023, 5, 4))
    (incident,) = result.incidents.itertuples()
    assert list(incident.places) == places
    assert incident.geo_precision == precision
    assert incident.event_type == "Violence against civilians"


def test_the_side_whose_district_was_fired_at_is_a_side(tmp_path):
    result = build_article(tmp_path, (
        "BAKU, July 7, 2023 - Armenian units fired at the village of Kerimbeyli in the Sharur "
        "district on Friday, damaging two houses, authorities in Nakhchivan said.\n"),
        dt.date(2023, 7, 8))
    (incident,) = result.incidents.itertuples()
    assert sorted(incident.actors) == ["AM", "AZ"]


def test_a_drone_brought_down_over_a_region_is_placed_in_it(tmp_path):
    result = build_article(tmp_path, (
        "BAKU, August 2, 2023 - Azerbaijani air defence units fired at an Armenian drone over "
        "the Nakhchivan Autonomous Republic on Wednesday and brought it down, the Azerbaijani "
        "Defence Ministry said.\n"), dt.date(2023, 8, 4))
    (incident,) = result.incidents.itertuples()
    assert list(incident.places) == ["Nakhchivan Autonomous Republic"]
    assert sorted(incident.actors) == ["AM", "AZ"]


def test_fire_at_drones_is_their_attack_disrupted_not_a_clash(tmp_path):
    result = build_article(tmp_path, (
        "JAMMU, May 11, 2025 - Air defence units fired at Pakistani drones over Jammu on "
        "Saturday night.\n"), MAY_15)
    (incident,) = result.incidents.itertuples()
    assert (incident.event_type, incident.sub_event_type) == (
        "Strategic developments", "Disrupted weapons use")
    assert sorted(incident.actors) == ["IN", "PK"]
    assert day_of(incident.date) == dt.date(2025, 5, 10)
    assert list(incident.places) == ["Jammu"]


def test_intercepted_missiles_are_disrupted_weapons_use(tmp_path):
    result = build_article(tmp_path, (
        "NEW DELHI, May 8, 2025 - Indian air defences intercepted several Pakistani "
        "missiles near Amritsar on Thursday, the Ministry of Defence said.\n"), MAY_15)
    (incident,) = result.incidents.itertuples()
    assert incident.sub_event_type == "Disrupted weapons use"


def test_a_stretch_from_one_place_to_another_is_no_exact_place(tmp_path):
    result = build_article(tmp_path, (
        "The Indian Army says around 300 to 400 drones were used by Pakistan in 36 locations "
        "from Leh to Sir Creek on Thursday night, and that most were shot down.\n"), MAY_15)
    (incident,) = result.incidents.itertuples()
    assert incident.geo_precision == 3
    assert incident.geometry.geom_type != "Point"      # the border the stretch runs along
    assert list(incident.places) == ["Leh"]


def test_a_journey_from_one_place_to_another_names_its_places(tmp_path):
    result = build_article(tmp_path, (
        "SRINAGAR, May 9, 2025 - Pakistani shells hit a bus travelling from Jammu to Poonch "
        "on Friday, killing two people, police said.\n"), MAY_15)
    (incident,) = result.incidents.itertuples()
    assert incident.geo_precision != 3


def test_shelling_a_video_claimed_and_a_governor_denied_is_shelling(tmp_path):
    result = build_article(tmp_path, (
        "KAPAN, October 16, 2025 - Videos circulating on Telegram on Wednesday claimed that "
        "Azerbaijani troops had shelled the outskirts of Kajaran overnight. Governor Robert "
        "Ghukasyan said that nothing of the kind had happened.\n"), dt.date(2025, 10, 20))
    (incident,) = result.incidents.itertuples()
    assert (incident.event_type, incident.sub_event_type) == (
        "Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert list(incident.places) == ["Kajaran"]


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
