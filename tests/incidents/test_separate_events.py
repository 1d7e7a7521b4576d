"""Session 20 (helper M): one article, two events. An event told on a day of its own at a
place of its own, far from the lead's scene, is an incident of its own: its toll and the
claims made about it go with it, not with the lead. The same event retold (another side's
version of the same fire nearby) stays one incident."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from incident_helpers import build_article, day_of, stances_on

APRIL_11_2012 = dt.date(2012, 4, 11)    # a Wednesday
JUNE_13_2023 = dt.date(2023, 6, 13)     # a Tuesday
MAY_14_2024 = dt.date(2024, 5, 14)      # a Tuesday


def incidents_by_place(result) -> dict:
    """Each incident of a build by the first place it names."""
    return {list(i.places)[0]: i for i in result.incidents.itertuples()}


def test_another_sides_strike_far_from_the_fighting_is_its_own_incident(tmp_path):
    result = build_article(tmp_path, (
        "JUBA, April 11 (Wire) – Sudan's army said on Wednesday it was fighting South "
        "Sudanese troops near Abyei, while officials in Juba said Sudanese warplanes had "
        "bombed the outskirts of Bentiu.\n\n"
        "South Sudan's information minister said Sudanese warplanes bombed a bridge outside "
        "Bentiu on Wednesday morning, killing at least four civilians.\n\n"
        "Sudan's army spokesman denied that its aircraft had struck inside South Sudan.\n\n"
        "South Sudan's army said about 240 Sudanese soldiers had been killed in the fighting "
        "near Abyei on Tuesday.\n"), APRIL_11_2012)
    by_place = incidents_by_place(result)
    assert set(by_place) == {"Abyei", "Bentiu"}
    fighting, bombing = by_place["Abyei"], by_place["Bentiu"]
    assert fighting.event_type == "Battles"
    assert bombing.sub_event_type == "Air/drone strike"
    assert day_of(fighting.date) == dt.date(2012, 4, 10)
    assert day_of(bombing.date) == APRIL_11_2012
    assert fighting.fatalities_min == 240
    assert bombing.fatalities_min == 4
    assert stances_on(result, fighting) == [("SD", "asserts"), ("SS", "asserts")]
    # the minister's account, the officials' and Khartoum's denial are of the bombing
    assert stances_on(result, bombing) == [("SD", "denies"), ("SS", "asserts"),
                                          ("SS", "asserts")]


def test_a_count_of_no_place_or_day_goes_to_the_fighting_not_the_later_strike(tmp_path):
    result = build_article(tmp_path, (
        "JUBA, April 11 (Wire) – Sudan's army said it was fighting South Sudanese troops "
        "near Abyei on Tuesday.\n\n"
        "On Wednesday, Sudanese warplanes bombed the outskirts of Bentiu, killing five "
        "civilians, officials in Juba said.\n\n"
        "South Sudan's army said about 240 Sudanese soldiers had been killed.\n"),
        APRIL_11_2012)
    by_place = incidents_by_place(result)
    assert by_place["Abyei"].fatalities_min == 240
    assert (by_place["Bentiu"].fatalities_min, by_place["Bentiu"].fatalities_max) == (5, 5)


ROADSIDE_BOMB = (
    "NAIROBI, June 13 (Wire) – Between five and eight Kenyan police officers were killed on "
    "Tuesday when their vehicle hit a roadside bomb near Mandera, close to the border with "
    "Somalia, officials said.\n\n"
    "The county commissioner confirmed five deaths.\n\n")


def test_another_bomb_days_earlier_in_another_town_is_its_own_incident(tmp_path):
    result = build_article(tmp_path, ROADSIDE_BOMB + (
        "Two days earlier, on Sunday, another roadside bomb wounded three civilians at a "
        "market in Garissa, police said.\n"), JUNE_13_2023)
    by_place = incidents_by_place(result)
    assert set(by_place) == {"Mandera", "Garissa"}
    mandera, garissa = by_place["Mandera"], by_place["Garissa"]
    assert day_of(mandera.date) == JUNE_13_2023
    assert day_of(garissa.date) == dt.date(2023, 6, 11)
    assert garissa.sub_event_type == mandera.sub_event_type
    assert (mandera.fatalities_min, mandera.fatalities_max) == (5, 8)
    assert pd.isna(mandera.injured_min)                 # the market's wounded are not its
    assert (garissa.injured_min, garissa.injured_max) == (3, 3)
    assert stances_on(result, garissa) == [("KE", "asserts")]
    assert stances_on(result, mandera) == []


def test_wounded_of_another_day_elsewhere_are_not_the_leads_toll(tmp_path):
    result = build_article(tmp_path, ROADSIDE_BOMB + (
        "On Sunday, three civilians were wounded at a market in Garissa, police said.\n"),
        JUNE_13_2023)
    (incident,) = result.incidents.itertuples()
    assert list(incident.places) == ["Mandera"]
    assert pd.isna(incident.injured_min) and pd.isna(incident.injured_max)
    assert len(result.claims) == 0


@pytest.mark.parametrize("told_after", [
    # the same day, the same town: the event told again
    "Later on Tuesday, police said three more officers were wounded near Mandera.",
    # another day, no place of its own: the count is the lead's
    "On Wednesday, police said three more officers were wounded.",
])
def test_the_same_event_told_again_stays_one_incident(tmp_path, told_after):
    result = build_article(tmp_path, ROADSIDE_BOMB + told_after + "\n", JUNE_13_2023)
    (incident,) = result.incidents.itertuples()
    assert list(incident.places) == ["Mandera"]
    assert incident.injured_min == 3


def test_each_sides_version_of_one_exchange_nearby_stays_one_incident(tmp_path):
    result = build_article(tmp_path, (
        "YEREVAN, May 14 (Wire) – Armenia's defence ministry said Azerbaijani forces fired "
        "on Armenian positions near Berd on Tuesday, wounding one soldier, while "
        "Azerbaijan's defence ministry said Armenian artillery had shelled Tovuz.\n"),
        MAY_14_2024)
    (incident,) = result.incidents.itertuples()
    assert set(incident.places) == {"Berd", "Tovuz"}
    assert stances_on(result, incident) == [("AM", "asserts"), ("AZ", "asserts")]
