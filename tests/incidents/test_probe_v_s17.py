"""Probe V's faults (s17), border reporting beyond the Caucasus, as a user sees them: who
made a claim (not the side accused), the dead of a background sentence, events told as a
face-off, stones or "in response", dates told to parliament or narrowed later, divisions
called "state" and "territory", the sides of a fight, the wounded of several groups, and
denials by a spokesman or a pronoun."""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd
from incident_helpers import build_article, claims_in, day_of

from geomap.incidents.tables import DIVISION_WORDS

JUNE_20 = dt.date(2024, 6, 20)


def incidents_of(result) -> list:
    return sorted(result.incidents.itertuples(), key=lambda i: (str(i.date), i.summary))


def only_incident(tmp_path, text: str):
    result = build_article(tmp_path, text, JUNE_20)
    (incident,) = result.incidents.itertuples()
    return result, incident


# 1. claims in the mouth of the side that made them

def test_warning_shots_are_no_speech_of_the_soldiers_who_fired_them(tmp_path):
    for text in ("Venezuelan soldiers fired warning shots at Guyanese miners near Eteringbang "
                 "on Monday, Guyana's Foreign Ministry said.",
                 "Tajik border guards fired warning shots at Kyrgyz shepherds near Kok-Tash "
                 "on Monday, Kyrgyzstan's Foreign Ministry said."):
        result, _ = only_incident(tmp_path, text)
        claims = claims_in(result)
        assert len(claims) == 1 and claims[0][2] == "asserts"
        assert claims[0][1] in ("GY", "KG") and "foreign ministry" in claims[0][0].lower()


def test_a_spokesman_denying_after_his_ministry_speaks_for_it(tmp_path):
    result, incident = only_incident(tmp_path, (
        "Indian and Chinese soldiers clashed near Yangtse on June 14, India said. China's "
        "Foreign Ministry said the situation along the border was \"generally stable\". "
        "Spokesman Wang Wenbin said in Beijing that Indian troops had \"illegally crossed the "
        "line\", denying that PLA troops had tried to change the status quo."))
    claims = claims_in(result)
    assert ("India", "IN", "asserts") in claims
    assert [(cc, stance) for _, cc, stance in claims if stance == "denies"] == [("CN", "denies")]
    assert not any(cc == "IN" and stance == "denies" for _, cc, stance in claims)


# 2. the dead of another event told in the same breath

def test_the_dead_of_the_clash_a_clash_is_measured_against_are_not_its_own(tmp_path):
    _, incident = only_incident(tmp_path, (
        "Indian and Chinese soldiers clashed near Yangtse on June 14. No soldier was killed. "
        "It was the most serious clash since the one in the Galwan valley in June 2020, in "
        "which 20 Indian soldiers were killed."))
    assert incident.fatalities_min == 0 and incident.fatalities_max == 0
    assert list(incident.places) == ["Yangtse"]


def test_a_killing_a_strike_answered_is_no_death_of_the_strike(tmp_path):
    result, incident = only_incident(tmp_path, (
        "About 30 rockets were fired from Lebanon towards Kiryat Shemona on Tuesday night, the "
        "IDF said. Hezbollah said it had fired the rockets in retaliation for the killing of "
        "one of its commanders."))
    assert pd.isna(incident.fatalities_min) and pd.isna(incident.fatalities_max)
    assert all(pd.isna(c.fatalities_min) for c in result.claims.itertuples())


def test_the_dead_after_since_the_morning_are_the_shelling_s(tmp_path):
    _, incident = only_incident(tmp_path, (
        "Azerbaijani forces have shelled Armenian positions near Sotk since the morning, "
        "killing two soldiers, Armenia's Defence Ministry said on Tuesday."))
    assert incident.fatalities_min == 2 and incident.fatalities_max == 2


# 3. events told as a face-off, with stones, or as an answer

def test_a_face_off_with_injured_soldiers_is_a_clash_of_both_sides(tmp_path):
    _, incident = only_incident(tmp_path, (
        "Indian and Chinese troops were involved in a face-off at Pangong Tso on Sunday. Five "
        "Indian soldiers were injured."))
    assert incident.event_type == "Battles"
    assert list(incident.actors) == ["CN", "IN"] and list(incident.places) == ["Pangong Tso"]
    assert day_of(incident.date) == dt.date(2024, 6, 16)
    assert incident.injured_min == 5 and incident.injured_max == 5


def test_stones_and_sticks_make_a_clash_of_both_sides(tmp_path):
    for text, sides in (
            ("Kyrgyz and Tajik border guards threw stones at each other near Vorukh on "
             "Sunday.", ["KG", "TJ"]),
            ("Indian and Chinese soldiers fought with sticks and stones at Pangong Tso on "
             "Sunday; five Indian soldiers were injured.", ["CN", "IN"])):
        _, incident = only_incident(tmp_path, text)
        assert incident.event_type == "Battles" and list(incident.actors) == sides


def test_a_strike_in_response_is_an_incident_of_its_own_that_day(tmp_path):
    result = build_article(tmp_path, (
        "An anti-tank missile fired from Lebanon hit a house in Metula on Wednesday morning, "
        "lightly wounding two people, the Israeli military said. In response, Israeli fighter "
        "jets struck a Hezbollah weapons depot in Naqoura, killing two people."), JUNE_20)
    strike, missile = sorted(result.incidents.itertuples(), key=lambda i: i.sub_event_type)
    assert missile.sub_event_type == "Shelling/artillery/missile attack"
    assert list(missile.places) == ["Metula"] and missile.injured_min == 2
    assert pd.isna(missile.fatalities_min)
    assert strike.sub_event_type == "Air/drone strike" and strike.fatalities_min == 2
    assert "Metula" not in list(strike.places)
    assert day_of(missile.date) == day_of(strike.date) == dt.date(2024, 6, 19)


def test_jets_that_struck_what_the_military_called_a_depot_strike_there(tmp_path):
    result = build_article(tmp_path, (
        "JERUSALEM, June 19 (Wire) - An anti-tank missile fired from Lebanon hit a house in "
        "Metula on Wednesday morning, lightly wounding two people, the Israeli military said."
        "\n\nIn response, Israeli fighter jets struck what the military called a Hezbollah "
        "weapons depot in Naqoura. Lebanon's state news agency NNA said the strike on Naqoura "
        "killed two people."), JUNE_20)
    strike, missile = sorted(result.incidents.itertuples(), key=lambda i: i.sub_event_type)
    assert list(missile.places) == ["Metula"] and pd.isna(missile.fatalities_min)
    assert strike.sub_event_type == "Air/drone strike" and strike.fatalities_min == 2
    assert "Metula" not in list(strike.places)


# 4. dates

def test_what_a_minister_told_parliament_on_a_day_is_not_the_day_of_the_clash(tmp_path):
    _, incident = only_incident(tmp_path, (
        "NEW DELHI, June 20 (Wire) - Indian and Chinese soldiers clashed near Yangtse last "
        "week, the defence minister told parliament on Thursday."))
    assert incident.date_precision == "week"
    assert day_of(incident.date) == dt.date(2024, 6, 10)


def test_a_day_given_later_for_the_event_narrows_last_week(tmp_path):
    for text, day in (
            ("BISHKEK, June 20 (Wire) - A Tajik drone struck a border post in Leilek district "
             "last week, the Defence Ministry said on Thursday. The ministry said the attack "
             "took place on June 13 near Kulundu.", dt.date(2024, 6, 13)),
            ("NEW DELHI, June 20 (Wire) - Indian and Chinese soldiers clashed in the Yangtse "
             "area last week, India's defence minister told parliament on Thursday. The clash "
             "took place on June 14, he said.", dt.date(2024, 6, 14))):
        _, incident = only_incident(tmp_path, text)
        assert incident.date_precision == "day" and day_of(incident.date) == day


def test_the_dead_of_the_fighting_on_a_day_belong_to_the_attack_told_that_week(tmp_path):
    _, incident = only_incident(tmp_path, (
        "KINSHASA, June 20 (Wire) - The Congolese army said on Thursday that Rwandan soldiers "
        "had joined M23 rebels in an attack on army positions near Bunagana, on the border "
        "with Uganda. Three Congolese soldiers were killed in the fighting on June 12 and 13."))
    assert day_of(incident.date) == dt.date(2024, 6, 12)
    assert list(incident.places) == ["Bunagana"] and incident.fatalities_min == 3
    assert list(incident.actors) == ["CD", "RW"]


# 5. divisions called "state" and "territory"

def test_state_and_territory_name_a_division_not_its_town(tmp_path):
    for text in ("Sudanese troops and Ethiopian militias clashed on Monday east of the Atbara "
                 "river in Gedaref state.",
                 "Congolese troops and M23 rebels clashed in Rutshuru territory on Monday."):
        _, incident = only_incident(tmp_path, text)
        assert incident.geo_precision == 2


def test_state_media_and_islamic_state_are_no_division():
    division = re.compile(rf"\s+(?i:{DIVISION_WORDS})(?![\w])")
    for named in ("Gedaref state", "Gedaref State", "Rutshuru territory", "Batken region"):
        assert division.search(named), named
    for other in ("Kordofan state media said", "Khartoum state-run television",
                  "the Islamic State group", "Darfur state of emergency",
                  "Sudanese territory of the", "Kassala state television"):
        assert not division.search(other), other


# 6. the sides of a fight

def test_guyanese_soldiers_are_guyana(tmp_path):
    _, incident = only_incident(tmp_path, (
        "Guyanese soldiers and Venezuelan troops exchanged fire on the Cuyuni river on "
        "Tuesday."))
    assert list(incident.actors) == ["GY", "VE"]


def test_the_border_a_town_lies_on_names_no_side_beside_an_armed_group(tmp_path):
    _, incident = only_incident(tmp_path, (
        "Congolese troops and M23 rebels clashed near Bunagana, on the border with Uganda, on "
        "Wednesday."))
    assert list(incident.actors) == ["CD"]


# 7. the wounded

def test_the_wounded_of_a_unit_named_in_full(tmp_path):
    _, incident = only_incident(tmp_path, (
        "Three Guyana Defence Force (GDF) soldiers were wounded on Tuesday when their boat "
        "came under fire from Venezuela on the Cuyuni river."))
    assert incident.injured_min == 3 and incident.injured_max == 3


def test_wounded_civilians_beside_wounded_soldiers_add_up(tmp_path):
    _, incident = only_incident(tmp_path, (
        "Kyrgyz and Tajik border guards exchanged gunfire on Tuesday night near Kok-Tash, "
        "killing one Kyrgyz serviceman and wounding three others. Two civilians in Kok-Tash "
        "were injured by shrapnel."))
    assert incident.fatalities_min == 1 and incident.fatalities_max == 1
    assert incident.injured_min == 5 and incident.injured_max == 5


def test_no_civilians_hurt_beside_a_wounded_soldier_leaves_the_soldier(tmp_path):
    _, incident = only_incident(tmp_path, (
        "Azerbaijani forces fired at Armenian positions near Sotk on Tuesday, wounding one "
        "soldier, Armenia's Defence Ministry said. No civilians were hurt."))
    assert incident.injured_min == 1 and incident.injured_max == 1


def test_several_of_the_wounded_are_of_the_wounded_counted(tmp_path):
    _, incident = only_incident(tmp_path, (
        "Shells fired from Sudan landed in Metema on Wednesday, killing four civilians and "
        "wounding 11. Several of the wounded were in critical condition."))
    assert incident.fatalities_min == 4 and incident.injured_min == 11
    assert incident.injured_max == 11


# 8. denials

def test_a_government_spokesman_denying_after_his_government(tmp_path):
    result, _ = only_incident(tmp_path, (
        "KIGALI, June 19 (Wire) - Shells fired from Congo landed in the Rwandan town of "
        "Gisenyi on Tuesday, killing one civilian, the Rwanda Defence Force said. Congo's "
        "government denied responsibility. \"The FARDC did not fire on Rwanda,\" government "
        "spokesman Patrick Muyaya said in Kinshasa."))
    claims = claims_in(result)
    assert claims[0] == ("Rwanda Defence Force", "RW", "asserts")
    assert {(cc, stance) for _, cc, stance in claims[1:]} == {("CD", "denies")}


def test_it_denied_after_its_ministry_spoke_of_a_year(tmp_path):
    result, incident = only_incident(tmp_path, (
        "Venezuelan soldiers fired on Guyanese miners on the Cuyuni river on Monday, Guyana's "
        "Foreign Ministry said. Venezuela's foreign ministry said the island has been "
        "Venezuelan territory since 1966. It denied that any shots were fired."))
    assert day_of(incident.date) == dt.date(2024, 6, 17)
    assert ("VE", "denies") in [(cc, stance) for _, cc, stance in claims_in(result)]
