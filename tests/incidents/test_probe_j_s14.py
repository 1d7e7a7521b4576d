"""Border clashes beyond the South Caucasus (probe J: Kyrgyzstan–Tajikistan,
Afghanistan–Pakistan): the day a weekday-only dateline or a round-up's title gives, and
the figures of two sides or two claimants in one sentence — built end to end with the
real gazetteer: when it happened, how many were killed."""

from __future__ import annotations

import datetime as dt

import pytest

from geomap.incidents.casualties import find_casualties
from geomap.incidents.spans import dateline_spans
from incident_helpers import build_article

PUBLISHED = dt.date(2025, 10, 20)           # a Monday


def built(tmp_path, text: str, published: dt.date = PUBLISHED):
    return build_article(tmp_path, text, published)


def dates_of(result) -> list[str]:
    return sorted(str(i.date) for i in result.incidents.itertuples())


def fatalities_of(result) -> list[tuple]:
    def value(v):
        return None if v is None or v != v else int(v)      # NaN: unknown
    return [(value(i.fatalities_min), value(i.fatalities_max))
            for i in result.incidents.itertuples()]


# --- dates: a weekday-only dateline, a round-up's dated title (faults 3, 4) -------------

def test_today_in_a_statement_dated_by_its_weekday_is_that_weekday(tmp_path):
    # "Kabul, Wednesday" on a Monday: the Wednesday before, and "today" is that day
    result = built(tmp_path, "Kabul, Wednesday\n\nZabihullah Mujahid, spokesman of the Islamic "
                   "Emirate, said today that Pakistani forces had attacked civilians in Spin "
                   "Boldak district of Kandahar in the morning, killing 12 civilians.")
    assert dates_of(result) == ["2025-10-15"]


def test_last_thursday_counts_back_from_the_weekday_of_the_dateline(tmp_path):
    result = built(tmp_path, "Kabul, Wednesday\n\nMujahid said that last Thursday Pakistani "
                   "aircraft had violated Afghan airspace, bombing a location in Kabul.")
    assert dates_of(result) == ["2025-10-09"]


@pytest.mark.parametrize("title", [
    "CENTRAL ASIA WEEK IN REVIEW - Monday, 19 September 2022",
    "CENTRAL ASIA WEEK IN REVIEW | Monday 19 September 2022",
])
def test_a_round_ups_dated_title_is_the_day_its_weekdays_count_back_from(tmp_path, title):
    result = built(tmp_path, f"{title}\n\nKyrgyz officials reported shooting near Kok-Tash on "
                   "Saturday, with no casualties.")
    assert dates_of(result) == ["2022-09-17"]


@pytest.mark.parametrize("text, dated", [
    ("Kabul, Wednesday\n\nThe spokesman said …", True),
    ("Kabul, Wednesday - The spokesman said …", True),
    ("SOUTH ASIA SECURITY WEEKLY | Monday 20 October 2025\n\nPakistan and …", True),
    # a title with no year, or a sentence that merely opens with a place: no dateline
    ("Week in review - Monday, 19 September\n\nKyrgyz officials …", False),
    ("Kabul, Wednesday's talks were cancelled.\n", False),
])
def test_weekday_datelines_and_dated_titles_are_found(text, dated):
    assert bool(dateline_spans(text)) is dated


# --- casualties: two sides, two claimants, killed or hurt (fault 5) ---------------------

def test_two_claimants_figures_for_the_same_dead_are_a_range(tmp_path):
    # the Taliban's 58 must not vanish, nor replace the ISPR's 23
    result = built(tmp_path, "KARACHI, 20 October 2025 - Pakistan's ISPR says 23 soldiers were "
                   "killed in the October 11-12 border fighting with Afghan forces, while the "
                   "Taliban said 58 Pakistani soldiers died.")
    assert fatalities_of(result) == [(23, 58)]


def test_a_states_dead_and_an_armed_groups_dead_add_up(tmp_path):
    # 23 Pakistani soldiers and more than 200 Taliban: 224 or more, not 201
    result = built(tmp_path, "ISLAMABAD, Oct 12, 2025 - Pakistan's military media wing, the "
                   "ISPR, said on Sunday that 23 Pakistani soldiers had been killed in "
                   "overnight fighting with Afghan forces on the border, and that more than "
                   "200 Taliban fighters had been killed.")
    assert fatalities_of(result) == [(224, None)]


def test_a_report_counting_two_sides_adds_up_side_by_side_with_another(tmp_path):
    # ISPR: 23 Pakistani dead; the Taliban: 58 Pakistani and nine of their own. Pakistan's
    # dead are 23-58 by the two versions, the Taliban's nine: 32-67 (not 67, the Taliban's
    # sum, as if it were one more estimate of everybody's)
    result = built(tmp_path, "KABUL, October 12, 2025 - Afghan forces attacked Pakistani "
                   "border posts in Kurram overnight.\n\nPakistan's military media wing, "
                   "Inter-Services Public Relations (ISPR), said on Sunday that 23 Pakistani "
                   "soldiers had been killed and 29 wounded in the fighting.\n\nTaliban "
                   "spokesman Zabihullah Mujahid told a news conference in Kabul that 58 "
                   "Pakistani soldiers had been killed and about 30 wounded, and that nine "
                   "Taliban fighters had died.")
    assert fatalities_of(result) == [(32, 67)]
    # "58 Pakistani soldiers had been killed and about 30 wounded": Pakistanis too
    incident = next(result.incidents.itertuples())
    assert (incident.injured_min, incident.injured_max) == (29, 30)


def test_dozens_killed_or_hurt_is_no_count_of_the_dead(tmp_path):
    result = built(tmp_path, "CHAMAN - Afghan officials in Spin Boldak said Pakistani shelling "
                   "on Wednesday had hit homes in the town, and that dozens of civilians had "
                   "been killed or hurt.")
    assert fatalities_of(result) == [(None, None)]


@pytest.mark.parametrize("sentence, fatalities, injured", [
    ("Dozens of civilians were killed or wounded.", (None, None), (None, None)),
    ("Ten people were wounded or killed in the shelling.", (None, None), (None, None)),
    ("The shelling hit the market, killing or wounding dozens.", (None, None), (None, None)),
    # one speaker: unchanged
    ("Two soldiers were killed, while three others were wounded.", (2, 2), (3, 3)),
    # two speakers, each of their own side's dead: added up
    ("Baku said two Azerbaijani soldiers were killed, while Yerevan said three Armenian "
     "soldiers died.", (5, 5), (None, None)),
])
def test_counts_of_either_outcome_and_of_second_statements(sentence, fatalities, injured):
    nations = tuple((i, i + len(w), cc) for w, cc in (("Azerbaijani", "AZ"), ("Armenian", "AM"))
                    for i in [sentence.find(w)] if i >= 0)
    found = find_casualties(sentence, nations=nations)
    assert (found.fatalities_min, found.fatalities_max) == fatalities
    assert (found.injured_min, found.injured_max) == injured


def test_each_sides_own_toll_adds_up(tmp_path):
    result = built(tmp_path, "BISHKEK, April 29, 2021 - Kyrgyz and Tajik border guards "
                   "exchanged fire near Kok-Tash on Thursday. Kyrgyzstan's health ministry "
                   "said 13 people were killed on the Kyrgyz side. A Tajik official said one "
                   "resident of Chorkuh had died.")
    assert fatalities_of(result) == [(14, 14)]


def test_the_dead_of_two_sectors_add_up(tmp_path):
    result = built(tmp_path, "Rawalpindi - 15 October 2025. Afghan Taliban attacked Pakistani "
                   "posts in the Spin Boldak area opposite Chaman and in Kurram district. In "
                   "the Spin Boldak sector, 15 to 20 Afghan Taliban were killed. In Kurram, "
                   "about 25 to 30 Taliban were killed.")
    assert sorted(fatalities_of(result)) in ([(40, 50)], [(15, 20), (25, 30)])
