"""India–Pakistan, May 2025 (probe K): strikes and shelling in their common wordings, an
earlier attack a strike is dated by, a dateline on its own line and the ceasefire — built
end to end with the real gazetteer: what a user sees on the map."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from incident_helpers import build_article

PUBLISHED = dt.date(2025, 5, 20)


def incidents(tmp_path, text: str):
    return list(build_article(tmp_path, text, PUBLISHED).incidents.itertuples())


def test_an_earlier_attack_a_strike_is_dated_by_lends_it_neither_place_nor_dead(tmp_path):
    (incident,) = incidents(tmp_path, "NEW DELHI, May 7, 2025 - Indian forces struck camps in "
                            "Muzaffarabad and Kotli early on Wednesday, two weeks after the "
                            "Pahalgam attack in which 26 tourists were shot dead.")
    assert "Pahalgam" not in incident.places and "Kotli" in incident.places
    assert pd.isna(incident.fatalities_min)                         # unknown


def test_a_strike_told_again_with_its_clock_time_gives_its_places(tmp_path):
    (incident,) = incidents(tmp_path, "NEW DELHI, May 7, 2025 - The Indian armed forces early "
                            "on Wednesday struck nine sites in Pakistan, a fortnight after the "
                            "Pahalgam attack.\n\nThe Ministry of Defence said the strikes, "
                            "carried out between 1.05 am and 1.30 am, hit camps in "
                            "Muzaffarabad and Kotli.")
    assert "Pahalgam" not in incident.places and "Kotli" in incident.places


@pytest.mark.parametrize("text, place", [
    ("POONCH, May 9, 2025 - A woman was killed when a Pakistani shell hit her house in Poonch "
     "on Friday, officials said.", "Pūnch"),
    ("NEW DELHI, 11 May 2025 - Indian forces struck Bahawalpur on Wednesday.", "Bahawalpur"),
    ("NEW DELHI, 11 May 2025 - Indian strikes on Bahawalpur and Muridke on Wednesday killed "
     "100 people.", "Muridke"),
    ("AMRITSAR, 10 May 2025 - Pakistani drones targeted Amritsar on Saturday, the Indian Army "
     "said.", "Amritsar"),
    ("RAWALPINDI, 10 May 2025 - Pakistani forces targeted Pathankot, Udhampur and Jammu with "
     "missiles.", "Udhampur"),
    ("MUZAFFARABAD, 8 May 2025 - Pakistani troops destroyed several Indian posts in the Keran "
     "sector on Wednesday, the ISPR said.", "Keran"),
    ("Rawalpindi, 10 May 2025\n\nPakistani missiles struck the Indian airbases at Pathankot "
     "and Udhampur.", "Udhampur"),
])
def test_common_strike_and_shelling_wordings_give_an_incident(tmp_path, text, place):
    (incident,) = incidents(tmp_path, text)
    assert incident.event_type == "Explosions/Remote violence"
    assert place in incident.places and set(incident.actors) == {"IN", "PK"}


def test_missile_strikes_on_a_town_are_missile_attacks(tmp_path):
    (incident,) = incidents(tmp_path, "NEW DELHI, 11 May 2025 - Indian missile strikes on "
                            "Bahawalpur on Wednesday drew condemnation.")
    assert incident.sub_event_type == "Shelling/artillery/missile attack"


@pytest.mark.parametrize("text", [
    "ISLAMABAD, May 10, 2025 - India and Pakistan agreed on Saturday to a full and immediate "
    "ceasefire.",
    "ISLAMABAD, May 10, 2025 - India and Pakistan agreed to a ceasefire on Saturday after "
    "four days of missile and drone attacks.",
])
def test_the_ceasefire_is_an_agreement_not_a_strike(tmp_path, text):
    (incident,) = incidents(tmp_path, text)
    assert (incident.event_type, incident.sub_event_type) == ("Strategic developments",
                                                              "Agreement")
    assert str(incident.date) == "2025-05-10"


@pytest.mark.parametrize("text, places", [
    # a front's sector, with no border word in the sentence
    ("MUZAFFARABAD, 8 May 2025 - Pakistani troops destroyed several Indian posts in the "
     "Keran sector on Wednesday, the ISPR said.", ["Keran"]),
    ("The ISPR said Pakistani troops had destroyed several Indian posts in the Uri and "
     "Keran sectors on Wednesday.", ["Uri", "Keran"]),
    # the Line of Control is a border word: "the Kupwara sector" along it
    ("SRINAGAR, May 12, 2025 - Pakistani troops opened fire along the Line of Control in "
     "the Kupwara sector on Sunday night, the Indian Army said.", ["Kupwāra"]),
])
def test_a_sector_is_the_area_around_its_place_not_the_place(tmp_path, text, places):
    (incident,) = incidents(tmp_path, text)
    assert list(incident.places) == places
    assert incident.geo_precision == 2


def test_a_towns_possessive_naming_a_part_of_it_is_that_town(tmp_path):
    (incident,) = incidents(tmp_path, "LAHORE, 8 May 2025 - Pakistani forces shot down a "
                            "drone over Lahore's Walton airfield on Thursday, the ISPR said.")
    assert list(incident.places) == ["Lahore"]
