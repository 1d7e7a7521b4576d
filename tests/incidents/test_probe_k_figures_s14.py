"""Probe K (India–Pakistan, May 2025): attacks in opposite directions, written days,
casualty phrasings and the dates of live blogs and statements, end to end."""

from __future__ import annotations

import datetime as dt

from incident_helpers import build_article

PUBLISHED = dt.date(2025, 5, 20)


def incidents(tmp_path, text: str, published: dt.date = PUBLISHED) -> list[dict]:
    def value(v):
        return None if v is None or v != v else int(v)      # NaN: unknown
    result = build_article(tmp_path, text, published)
    return sorted(({"date": str(i.date), "places": set(i.places.split("; ")) if isinstance(
        i.places, str) else set(i.places), "fatalities": (value(i.fatalities_min),
                                                         value(i.fatalities_max)),
        "injured": (value(i.injured_min), value(i.injured_max))}
        for i in result.incidents.itertuples()), key=lambda i: (i["date"], sorted(i["places"])))


def only(tmp_path, text: str) -> dict:
    (incident,) = incidents(tmp_path, text)
    return incident


# --- fault 4: attacks in opposite directions ---------------------------------------------

def test_strikes_each_way_on_one_day_are_two_incidents(tmp_path):
    found = incidents(tmp_path, "SOUTH ASIA SECURITY WEEKLY - Monday, 12 May 2025\n\n"
                      "- Wednesday: India struck nine sites in Pakistan, including Bahawalpur "
                      "and Muridke. Pakistan said 31 civilians were killed.\n"
                      "- Wednesday: Pakistani artillery fire on Poonch killed at least 13 "
                      "civilians.\n")
    assert len(found) == 2
    strike = next(i for i in found if "Bahawalpur" in i["places"])
    shelling = next(i for i in found if "Bahawalpur" not in i["places"])
    assert "Muridke" in strike["places"] and strike["fatalities"] == (31, 31)
    assert shelling["fatalities"] == (13, None) and len(shelling["places"]) == 1


def test_each_side_s_account_of_one_exchange_stays_one_incident(tmp_path):
    only(tmp_path, "Armenia's Defence Ministry said Azerbaijani forces shelled Sotk on "
         "Tuesday, wounding two soldiers; Azerbaijan's Defence Ministry said Armenian units "
         "had fired first at its positions in Kalbajar.")


# --- fault 5: two written days -----------------------------------------------------------

def test_two_written_days_are_two_incidents(tmp_path):
    found = incidents(tmp_path, "ISLAMABAD, 14 May 2025 - Pakistan's military spokesman said "
                      "on Tuesday that the Pakistan Air Force shot down six Indian aircraft "
                      "over Bathinda and Srinagar in the early hours of 7 May. Pakistani "
                      "officials also said one Indian drone was shot down over Lahore's "
                      "Walton airfield on 8 May, injuring four soldiers.")
    assert [i["date"] for i in found] == ["2025-05-07", "2025-05-08"]
    assert found[0]["injured"] == (None, None) and found[1]["injured"] == (4, 4)


# --- fault 6: casualty phrasings ---------------------------------------------------------

def test_a_woman_and_her_son_are_two_dead(tmp_path):
    assert only(tmp_path, "POONCH, May 9, 2025 - A woman and her son were killed when "
                "Pakistani shells hit their home in Poonch on Friday, officials "
                "said.")["fatalities"] == (2, 2)


def test_an_officer_and_a_soldier_are_two_dead(tmp_path):
    assert only(tmp_path, "KUPWARA, May 9, 2025 - An Indian Army officer and a soldier were "
                "killed in Pakistani shelling in Kupwara on Friday.")["fatalities"] == (2, 2)


def test_a_boy_s_age_is_no_count(tmp_path):
    assert only(tmp_path, "MUZAFFARABAD, 8 May 2025 - A 10-year-old boy was killed in "
                "Khuiratta on Wednesday when an Indian mortar round hit a "
                "house.")["fatalities"] == (1, 1)


def test_martyred_counts_the_dead(tmp_path):
    incident = only(tmp_path, "ISLAMABAD, May 7 (APP): Indian missile strikes on Muzaffarabad "
                    "and Kotli overnight martyred at least 26 civilians and injured 46 others, "
                    "the DG ISPR said on Wednesday.")
    assert incident["fatalities"] == (26, None) and incident["injured"] == (46, 46)


def test_the_dead_of_two_towns_add_up(tmp_path):
    assert only(tmp_path, "POONCH, May 8, 2025 - Pakistani shells landed in Poonch on "
                "Wednesday, killing 12 civilians. In Udhampur, one woman was killed when "
                "Pakistani shells hit her house, officials said.")["fatalities"] == (13, 13)


def test_an_injured_man_who_died_is_no_count_of_the_injured(tmp_path):
    incident = only(tmp_path, "POONCH, May 8, 2025 - Twelve civilians were killed and more "
                    "than 50 injured when Pakistani shells landed in Poonch town on "
                    "Wednesday. Later on Thursday the toll rose to 13 after an injured man "
                    "died at the hospital in Jammu.")
    assert incident["fatalities"] == (13, 13) and incident["injured"] == (51, None)


# --- fault 7: dates ----------------------------------------------------------------------

def test_a_live_blog_s_day_line_counts_its_weekdays(tmp_path):
    assert only(tmp_path, "LIVE: India-Pakistan tensions - latest updates\n\nFriday, 9 May "
                "2025\n\n21:30 IST - The Indian Army says around 300 to 400 drones were used "
                "by Pakistan in 36 locations from Leh to Sir Creek on Thursday night, and "
                "that most were shot down.\n")["date"] == "2025-05-08"


def test_the_day_of_the_dead_not_of_the_statement(tmp_path):
    incident = only(tmp_path, "MUZAFFARABAD, 8 May 2025 - Families in the Neelum Valley spent "
                    "a second night in bunkers after Indian troops shelled villages along the "
                    "Line of Control, officials in Azad Kashmir said on Thursday.\n\nA "
                    "spokesman for the State Disaster Management Authority said two civilians "
                    "were killed and five injured in Athmuqam on Wednesday evening.\n")
    assert incident["date"] == "2025-05-07" and "Athmuqam" in incident["places"]
    assert incident["fatalities"] == (2, 2)
