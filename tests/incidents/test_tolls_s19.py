"""Session 19 (helper G): the toll an analyst copies from an incident (a figure replaced
later, a count of the dead and wounded together, two sides' dead in one sentence, the
attackers' dead beside the police's, "among seven killed", some of the victims told
apart), where an incident is drawn (not a region it was "far from", not a namesake in
another province, not the region whose government sent the attackers, not the city a
ministry spoke from), and separate events of one article kept apart."""

from __future__ import annotations

import datetime as dt

import pytest

from geomap.gazetteer.disambiguation import haversine_km
from incident_helpers import build_article

MAY_10 = dt.date(2024, 5, 10)


def incidents_of(tmp_path, text: str, published=MAY_10) -> list:
    return list(build_article(tmp_path, text, published).incidents.itertuples())


def only_incident(tmp_path, text: str, published=MAY_10):
    (incident,) = incidents_of(tmp_path, text, published)
    return incident


def killed(incident) -> tuple:
    return incident.fatalities_min, incident.fatalities_max


# the toll

@pytest.mark.parametrize("text", [
    # a figure given first and replaced in a later sentence
    "Azerbaijani forces shelled Armenian positions near Sotk on Monday, killing five Armenian "
    "soldiers, the Armenian defence ministry said. The ministry had first said that two "
    "soldiers had died.",
    # ... in the same sentence
    "Kyrgyz and Tajik border guards clashed near Vorukh on Monday. Kyrgyzstan said five of "
    "its border guards had been killed; it had earlier given a figure of two dead.",
    # a toll raised from the figure told the day before
    "Kyrgyz and Tajik border guards clashed near Vorukh on Monday, and Kyrgyzstan said five "
    "of its border guards had been killed. The Kyrgyz health ministry raised the toll from "
    "two dead announced on Sunday.",
])
def test_a_figure_since_replaced_is_no_estimate_of_the_toll(tmp_path, text):
    assert killed(only_incident(tmp_path, text)) == (5, 5)


def test_a_count_of_the_killed_and_wounded_together_is_no_death_toll(tmp_path):
    incident = only_incident(tmp_path, (
        "Russian and Ukrainian forces clashed near Sudzha on Tuesday, Russia's defence ministry "
        "said. The ministry put Ukrainian losses at 120 killed and wounded."))
    assert killed(incident) == (None, None)


def test_two_sides_dead_counted_in_one_sentence_add_up(tmp_path):
    incident = only_incident(tmp_path, (
        "Three Armenian soldiers and two Azerbaijani servicemen were killed on Tuesday in a "
        "shootout near Tegh. Armenia's defence ministry said Azerbaijani units fired on "
        "Armenian troops near Tegh, killing three."))
    assert killed(incident) == (5, 5)


def test_the_attackers_dead_add_to_the_polices(tmp_path):
    incident = only_incident(tmp_path, (
        "A Kosovo police officer was killed on Sunday when armed men ambushed a patrol near "
        "Banjska. Kosovo police said two of the attackers were killed in the gunfight that "
        "followed."), dt.date(2023, 9, 25))
    assert killed(incident) == (3, 3)


def test_named_officers_among_a_count_of_the_dead_are_not_the_count(tmp_path):
    incident = only_incident(tmp_path, (
        "Azerbaijan said on Tuesday that a colonel and a major were among six servicemen killed "
        "in fighting with Armenian forces near Tovuz."), dt.date(2020, 7, 14))
    assert killed(incident) == (6, 6)


def test_some_of_the_victims_told_apart_are_within_the_toll(tmp_path):
    incident = only_incident(tmp_path, (
        "Thai and Cambodian troops clashed on Thursday along the border, and Thailand's health "
        "ministry said eleven civilians had been killed. Among the victims were four people "
        "killed when a shell hit their house."), dt.date(2025, 7, 25))
    assert killed(incident) == (11, 11)


def test_the_dead_on_the_other_side_add_to_the_first_sides(tmp_path):
    incident = only_incident(tmp_path, (
        "Thai and Cambodian troops clashed on Thursday along the border, and Thailand's health "
        "ministry said eleven civilians had been killed. Cambodian provincial officials "
        "reported two civilians killed and three wounded on the Cambodian side."),
        dt.date(2025, 7, 25))
    assert killed(incident) == (13, 13)
    assert (incident.injured_min, incident.injured_max) == (3, 3)


# where the incident is drawn

def test_a_region_the_fighting_was_far_from_is_not_its_place(tmp_path):
    incident = only_incident(tmp_path, (
        "Azerbaijan said on Tuesday that four of its servicemen were killed in fighting with "
        "Armenia on the northern part of their border, far from the disputed "
        "Nagorno-Karabakh region."), dt.date(2020, 7, 14))
    assert "Nagorno-Karabakh" not in incident.places
    assert incident.geometry.geom_type in ("LineString", "MultiLineString")   # the border


def test_a_town_the_text_puts_in_another_province_is_not_the_namesake(tmp_path):
    incident = only_incident(tmp_path, (
        "Two Venezuelan soldiers were killed in fighting with an armed group near the town of "
        "La Victoria in the western state of Apure on Sunday, the defence minister "
        "said."),
        dt.date(2021, 3, 24))
    assert "Apure" in incident.places
    # La Victoria in Aragua lies 570 km away, north of Caracas
    assert incident.geometry.centroid.y < 9.0


def test_the_region_whose_government_sent_the_attackers_is_not_the_target(tmp_path):
    incident = only_incident(tmp_path, (
        "Forces loyal to the government of Ethiopia's northern Tigray region fired rockets at the "
        "Eritrean capital Asmara on Saturday, diplomats said."), dt.date(2020, 11, 15))
    assert list(incident.places) == ["Asmara"]
    assert haversine_km(incident.geometry.y, incident.geometry.x, 15.34, 38.93) < 15


def test_the_city_a_ministry_spoke_from_is_not_a_place_of_the_event(tmp_path):
    incident = only_incident(tmp_path, (
        "The defence ministry in Moscow said Ukrainian artillery had shelled Shebekino on "
        "Thursday."), dt.date(2023, 6, 1))
    assert "Moscow" not in incident.places


# separate events of one article (extract.py's fold)

def test_a_strike_of_another_kind_far_from_the_fighting_is_its_own_incident(tmp_path):
    incidents = incidents_of(tmp_path, (
        "Thailand's health ministry said on Friday that eleven people had been killed in "
        "fighting with Cambodia. Three people were killed when a rocket hit a market in "
        "Kantharalak on Thursday. The fighting began on Thursday near the Ta Muen Thom temple "
        "in Surin province."), dt.date(2025, 7, 25))
    by_type = {i.event_type: i for i in incidents}
    assert set(by_type) == {"Battles", "Explosions/Remote violence"}
    assert killed(by_type["Explosions/Remote violence"]) == (3, 3)
    assert list(by_type["Explosions/Remote violence"].places) == ["Kantharalak"]
    assert "Kantharalak" not in by_type["Battles"].places


def test_another_sides_version_at_its_own_place_stays_the_incidents_claim(tmp_path):
    (incident,) = incidents_of(tmp_path, (
        "Armenia's defence ministry said Azerbaijani forces shelled Jermuk on Sunday. "
        "Residents of Sotk sheltered in basements, while Azerbaijan's defence ministry "
        "reported fire on Tovuz."))
    assert {"Jermuk", "Tovuz"} <= set(incident.places)
