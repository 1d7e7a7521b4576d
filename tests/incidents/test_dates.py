"""Dates: a phrase read against the publication date (weekdays, months, weeks, explicit
dates), and the day a build gives an incident: from a dateline, a publisher's line or a
dated title, counted back from the event told before, not the day a statement was made or a
past year recalled, and none for an article with neither dateline nor publication date."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from shapely.geometry import Point

from geomap.incidents.dates import best_date, day_range, find_dates
from geomap.incidents.spans import dateline_spans

from incident_helpers import (
    JUNE_20, MAY_10, MAY_20, NEAR, NOV_20_2025, OCT_15_2025, OCT_20_2025, SEPT_15,
    SHELLING_ON_SUNDAY, build_article, built_one_incident, claims_in, day_of, incidents_built,
    only_figures)


D = dt.date


def resolve(text: str, published: dt.date | None):
    ref = best_date(find_dates(text, 0, len(text), published), 0)
    return (ref.value, ref.precision) if ref else None


@pytest.mark.parametrize("text, published, value, precision", [
    # weekdays: the latest such day on or before publication (seeds.json)
    ("On Sunday, the ministry said", D(2022, 10, 17), D(2022, 10, 16), "day"),
    ("On Saturday, the minister called", D(2022, 10, 17), D(2022, 10, 15), "day"),
    ("met in Astana on Thursday.", D(2022, 10, 17), D(2022, 10, 13), "day"),
    ("On Monday at late night, heavy clashes broke out", D(2022, 9, 14), D(2022, 9, 12), "day"),
    ("early in the morning on Tuesday.", D(2022, 9, 14), D(2022, 9, 13), "day"),
    ("On Sunday, a military official dismissed", D(2023, 9, 12), D(2023, 9, 10), "day"),
    ("the drills kicked off Monday", D(2023, 9, 12), D(2023, 9, 11), "day"),
    ("said on Tuesday", D(2022, 9, 13), D(2022, 9, 13), "day"),          # that very day
    ("last Tuesday", D(2022, 9, 13), D(2022, 9, 6), "day"),
    # months, weeks, years, relative words
    ("gunfire was heard over the weekend", D(2023, 4, 11), D(2023, 4, 3), "week"),
    ("shelling at the weekend", D(2023, 4, 9), D(2023, 4, 3), "week"),   # that Sunday
    ("In a July meeting with Putin", D(2022, 9, 14), D(2022, 7, 1), "month"),
    ("in November talks resumed", D(2022, 9, 14), D(2021, 11, 1), "month"),
    ("in May 2021", D(2022, 9, 14), D(2021, 5, 1), "month"),
    ("summoned the ambassador this week", D(2023, 9, 12), D(2023, 9, 11), "week"),
    ("last week", D(2023, 9, 12), D(2023, 9, 4), "week"),
    ("earlier this month", D(2023, 9, 12), D(2023, 9, 1), "month"),
    ("yesterday", D(2023, 9, 12), D(2023, 9, 11), "day"),
    ("three days ago", D(2023, 9, 12), D(2023, 9, 9), "day"),
    ("in 2020", D(2023, 9, 12), D(2020, 1, 1), "year"),
    ("In the 2020 war, Azerbaijani forces shelled Stepanakert", D(2023, 9, 12), D(2020, 1, 1),
     "year"),
    # explicit dates (dateparser)
    ("on September 13, 2022", D(2023, 9, 12), D(2022, 9, 13), "day"),
    ("on 13 September 2022", None, D(2022, 9, 13), "day"),
    ("on Sept. 13", D(2022, 10, 1), D(2022, 9, 13), "day"),
    ("on October 20", D(2022, 10, 1), D(2021, 10, 20), "day"),     # latest on or before
    ("on September 14", D(2022, 9, 13), D(2022, 9, 14), "day"),   # a day after: same year
    ("2022-09-13", None, D(2022, 9, 13), "day"),
    # a weekday with its calendar date: the date says which one
    ("fired near Tegh on Wednesday, June 12.", D(2024, 6, 20), D(2024, 6, 12), "day"),
    ("fired near Tegh on Wednesday 12 June.", D(2024, 6, 20), D(2024, 6, 12), "day"),
    # a day of the month alone: the latest such day
    ("two soldiers were killed late on the 14th when", D(2024, 6, 20), D(2024, 6, 14), "day"),
    ("the post was shelled on the 25th.", D(2024, 6, 20), D(2024, 5, 25), "day"),
    # a month named with its year after "the"
    ("the January 2024 Iranian missile strikes on Panjgur", D(2024, 6, 20), D(2024, 1, 1),
     "month"),
])
def test_date_forms(text, published, value, precision):
    assert resolve(text, published) == (value, precision)


@pytest.mark.parametrize("text", ["On Sunday", "in July", "this week"])
def test_relative_dates_need_a_publication_date(text):
    assert resolve(text, None) is None


@pytest.mark.parametrize("text", ["the 2020 Nagorno-Karabakh war", "it may rain", "Sunday's"[:3],
                                  "the 4th brigade fired on the 3rd battalion"])
def test_no_date(text):
    assert resolve(text, D(2022, 1, 1)) is None


def test_the_most_precise_date_wins():
    text = "This week, on Monday, forces clashed."
    assert resolve(text, D(2023, 9, 12)) == (D(2023, 9, 11), "day")


def test_day_range():
    assert day_range(D(2022, 2, 1), "month") == (D(2022, 2, 1), D(2022, 2, 28))
    assert day_range(D(2023, 9, 11), "week") == (D(2023, 9, 11), D(2023, 9, 17))
    assert day_range(D(2020, 1, 1), "year") == (D(2020, 1, 1), D(2020, 12, 31))


def test_seed_relative_dates(seeds_dir):
    """Every weekday and month of seeds.json resolves as recorded there."""
    for seed in json.loads((seeds_dir / "seeds.json").read_text(encoding="utf-8")):
        published = D.fromisoformat(seed["published"])
        for word, expected in seed["relative_dates"].items():
            value, precision = resolve(f"on {word}" if len(expected) == 10 else f"in {word}",
                                       published)
            assert value.isoformat()[:len(expected)] == expected
            assert precision == ("day" if len(expected) == 10 else "month")


@pytest.mark.parametrize("deed", ["shot down", "had shot down"])
def test_a_deed_reported_in_a_dated_statement_takes_its_day_in_either_tense(tmp_path, deed):
    # reported speech puts "shot down" back to "had shot down": the same deed, dated
    # alike — the statement's day when nothing else dates it (its claim is of that day)
    result = build_article(tmp_path, (
        f"NEW DELHI, 11 May 2025 - The Indian Air Force said on Sunday that it {deed} "
        "several Pakistani aircraft.\n"), MAY_20)
    (incident,) = result.incidents.itertuples()
    (claim,) = result.claims.itertuples()
    assert (claim.claimant, day_of(claim.date)) == ("Indian Air Force", dt.date(2025, 5, 11))
    assert day_of(incident.date) == dt.date(2025, 5, 11)


def test_a_publishers_line_dates_the_report(tmp_path):
    result = build_article(tmp_path, "news.am, February 13, 2024\n\nFour Armenian soldiers were "
                                     "killed when Azerbaijani units opened fire near Nerkin Hand "
                                     "on Tuesday, the Armenian Ministry of Defense "
                                     "said.", dt.date(2024, 6, 20))
    (incident,) = result.incidents.itertuples()
    assert incident.date == "2024-02-13"
    assert "news.am" not in set(result.places.name)


def test_a_publishers_line_above_a_wire_dateline_leaves_the_datelines_town_its_say(tmp_path):
    # the year from the publisher's line, "the Ministry of Defense" from Baku's dateline
    result = build_article(tmp_path, "APA, 11 March 2025, Tuesday\n\nArmenian army fires on Tovuz "
                                     "positions\n\nBaku, March 11, APA. On March 10, at around "
                                     "20:40, Armenian units opened fire on Azerbaijani army "
                                     "positions in the Tovuz district, the Ministry of Defense "
                                     "said.", dt.date(2024, 6, 20))
    (incident,) = result.incidents.itertuples()
    assert incident.date == "2025-03-10"
    assert [(c.claimant, c.claimant_country) for c in result.claims.itertuples()] == [
        ("Ministry of Defense of Azerbaijan", "AZ")]


def test_a_dateline_day_after_the_publication_is_of_the_year_before(tmp_path):
    result = build_article(tmp_path, "DUSHANBE, June 25 – Tajik border guards said Kyrgyz forces "
                             "opened fire near Vorukh on Sunday.", dt.date(2024, 6, 20))
    (incident,) = result.incidents.itertuples()
    assert incident.date == "2023-06-25"            # a Sunday; 23 June 2024 was after it


def test_a_dateline_with_the_day_first_is_a_dateline(tmp_path):
    result = build_article(tmp_path, "YEREVAN, 3 October 2023 (local outlet) - Azerbaijani border "
                           "guards detained an Armenian soldier near Sotk on Sunday, the Defence "
                           "Ministry said.", dt.date(2024, 6, 20))
    (incident,) = result.incidents.itertuples()
    assert incident.date == "2023-10-01" and list(incident.places) == ["Sotk"]


def test_two_days_earlier_counts_back_from_the_event_told_before(tmp_path):
    result = build_article(tmp_path, (
        "ISLAMABAD, June 17, 2024 - Pakistani jets struck hideouts in Afghanistan's Khost "
        "province on Monday, the Taliban government said.\n\nIslamabad said the strikes "
        "followed an attack on a military post in North Waziristan two days earlier in which "
        "seven soldiers were killed.\n"), JUNE_20)
    days = sorted(day_of(i.date) for i in result.incidents.itertuples())
    assert days == [dt.date(2024, 6, 15), dt.date(2024, 6, 17)]


#: (lon, lat) degrees, WGS 84
SHEBEKINO = Point(36.90, 50.41)


def test_an_undated_article_keeps_its_incident_with_no_date(tmp_path):
    result = build_article(tmp_path, SHELLING_ON_SUNDAY, None)
    (incident,) = result.incidents.itertuples()
    assert incident.event_type == "Explosions/Remote violence"
    assert incident.date is None or str(incident.date) in ("NaT", "None")
    assert incident.date_precision is None
    assert {"RU", "UA"} <= set(incident.actors)
    assert incident.geometry.distance(SHEBEKINO) < NEAR


def test_the_same_article_dated_gives_the_same_incident_with_its_day(tmp_path):
    result = build_article(tmp_path, SHELLING_ON_SUNDAY, dt.date(2024, 5, 13))
    (incident,) = result.incidents.itertuples()
    assert day_of(incident.date) == dt.date(2024, 5, 12)
    assert incident.date_precision == "day"


def test_weekdays_days_apart_in_an_undated_article_are_two_incidents(tmp_path):
    result = build_article(tmp_path, (
        "Ukrainian artillery shelled Shebekino on Monday, wounding two people. Ukrainian "
        "artillery shelled Shebekino again on Thursday, wounding a child.\n"), None)
    assert len(result.incidents) == 2
    assert all(i.date_precision is None for i in result.incidents.itertuples())


def test_the_day_of_a_reaction_gives_way_to_the_day_the_event_is_told(tmp_path):
    result = build_article(tmp_path, (
        "BAGHDAD, May 10 - Iraq summoned Turkey's envoy on Friday after artillery fire killed "
        "nine tourists at a resort near Zakho, an attack Baghdad blamed on Turkish forces. "
        "The shells struck a picnic area on Thursday afternoon.\n"), MAY_10)
    (incident,) = result.incidents.itertuples()
    assert day_of(incident.date) == dt.date(2024, 5, 9)


def test_a_day_without_year_after_one_with_it_keeps_that_year(tmp_path):
    result = build_article(tmp_path, (
        "Information of the Ministry of Defense of the Republic of Armenia\n\n"
        "On September 13, 2022, at 00:05, the armed forces of Azerbaijan launched intensive "
        "fire, using artillery and large-caliber firearms, against Armenian military "
        "positions in the direction of the towns of Goris, Sotk and Jermuk.\n\n"
        "As of 09:00 on September 13, the intensity of the fighting has decreased somewhat, "
        "but the adversary continues to attempt to advance in the direction of Jermuk. "
        "According to updated data, 49 servicemen of the Armenian Armed Forces were "
        "killed.\n"), dt.date(2023, 6, 1))
    (incident,) = result.incidents.itertuples()
    assert str(incident.date)[:10] == "2022-09-13"
    assert incident.fatalities_min == 49
    assert {c for _, c, stance in claims_in(result) if stance == "asserts"} == {"AM"}


def test_a_lead_that_tells_a_fatal_shooting_dates_the_attack_taken_up_after_it(tmp_path):
    (incident,) = incidents_built(tmp_path, (
        "A Kyrgyz border guard fatally shot a Tajik customs officer near Vorukh on Monday. "
        "Tajikistan's foreign ministry called the attack in Vorukh a provocation."), SEPT_15)
    assert incident.date == "2022-09-12"
    assert list(incident.places) == ["Vorukh"]
    assert set(incident.actors) == {"KG", "TJ"}


def test_a_date_of_fighting_still_dates_the_killing_in_that_fighting(tmp_path):
    result = build_article(tmp_path, "Two Armenian soldiers were killed in the fighting of "
                                     "September 13 near Sotk, the Armenian Defence Ministry "
                                     "said.", dt.date(2022, 9, 20))
    (incident,) = result.incidents.itertuples()
    assert incident.date == "2022-09-13"


def test_a_day_told_weeks_later_is_after_the_days_told_before(tmp_path):
    result = build_article(tmp_path, "Kapan, 18 October 2022 - The Armenian Ministry of Defence "
                                     "confirmed on Tuesday that Azerbaijani border guards had "
                                     "detained a conscript near Tegh on Monday.\n\nThree weeks "
                                     "later, on November 8, the soldier was returned to Armenia "
                                     "at the Hakari bridge checkpoint.", JUNE_20)
    dates = {i.sub_event_type: i.date for i in result.incidents.itertuples()}
    assert dates == {"Arrests": "2022-10-17", "Other": "2022-11-08"}     # not 2021


def test_the_day_a_denial_names_beats_the_dateline(tmp_path):
    result = build_article(tmp_path, "Baku, October 3, AZERTAC\n\nThe Ministry of Defense of "
                                     "Azerbaijan has refuted reports that the Azerbaijan Army "
                                     "opened fire on the Armenian village of Yeraskh. \"The "
                                     "information that the Azerbaijan Army fired at Yeraskh on "
                                     "October 2 does not reflect reality,\" the ministry "
                                     "said.", OCT_15_2025)
    (incident,) = result.incidents.itertuples()
    assert incident.date == "2025-10-02"


def test_what_a_death_came_since_does_not_date_it(tmp_path):
    result = build_article(tmp_path, "BAKU, Sept 23 (Wire) - Azerbaijan's Defence Ministry said "
                                     "on Tuesday that one of its soldiers had been killed by "
                                     "sniper fire from Armenian positions near Nerkin Hand, the "
                                     "first reported death on the border since the two countries "
                                     "initialled a peace agreement in August.", OCT_15_2025)
    (incident,) = result.incidents.itertuples()
    assert incident.date == "2025-09-23" and incident.fatalities_min == 1


def test_a_relative_clauses_month_does_not_date_the_event(tmp_path):
    result = build_article(tmp_path, "Qazax, October 14, APA. An employee of the Mine Action "
                                     "Agency of Azerbaijan (ANAMA) was injured in a mine "
                                     "explosion during clearance work in the Kheyrimli village of "
                                     "the Qazax district, which was returned to Azerbaijan in "
                                     "May, APA reports.", dt.date(2024, 10, 14))
    (incident,) = result.incidents.itertuples()
    assert incident.date == "2024-10-14"


def dates_of(result) -> list[str]:
    return sorted(str(i.date) for i in result.incidents.itertuples())


def test_today_in_a_statement_dated_by_its_weekday_is_that_weekday(tmp_path):
    # "Kabul, Wednesday" on a Monday: the Wednesday before, and "today" is that day
    result = build_article(tmp_path, "Kabul, Wednesday\n\nZabihullah Mujahid, spokesman of the "
                                     "Islamic Emirate, said today that Pakistani forces had "
                                     "attacked civilians in Spin Boldak district of Kandahar in "
                                     "the morning, killing 12 civilians.", OCT_20_2025)
    assert dates_of(result) == ["2025-10-15"]


def test_last_thursday_counts_back_from_the_weekday_of_the_dateline(tmp_path):
    result = build_article(tmp_path, "Kabul, Wednesday\n\nMujahid said that last Thursday "
                                     "Pakistani aircraft had violated Afghan airspace, bombing a "
                                     "location in Kabul.", OCT_20_2025)
    assert dates_of(result) == ["2025-10-09"]


@pytest.mark.parametrize("title", [
    "CENTRAL ASIA WEEK IN REVIEW - Monday, 19 September 2022",
    "CENTRAL ASIA WEEK IN REVIEW | Monday 19 September 2022",
])
def test_a_round_ups_dated_title_is_the_day_its_weekdays_count_back_from(tmp_path, title):
    result = build_article(tmp_path, f"{title}\n\nKyrgyz officials reported shooting near Kok-Tash on "
                           "Saturday, with no casualties.", OCT_20_2025)
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


def test_a_live_blog_s_day_line_counts_its_weekdays(tmp_path):
    assert only_figures(tmp_path, "LIVE: India-Pakistan tensions - latest updates\n\nFriday, 9 May "
                "2025\n\n21:30 IST - The Indian Army says around 300 to 400 drones were used "
                "by Pakistan in 36 locations from Leh to Sir Creek on Thursday night, and "
                "that most were shot down.\n")["date"] == "2025-05-08"


def test_the_day_of_the_dead_not_of_the_statement(tmp_path):
    incident = only_figures(tmp_path, "MUZAFFARABAD, 8 May 2025 - Families in the Neelum Valley spent "
                    "a second night in bunkers after Indian troops shelled villages along the "
                    "Line of Control, officials in Azad Kashmir said on Thursday.\n\nA "
                    "spokesman for the State Disaster Management Authority said two civilians "
                    "were killed and five injured in Athmuqam on Wednesday evening.\n")
    # (GeoNames has the town twice, 2 km apart: "Athmuqam" and the more populous "Athhmuqam")
    assert incident["date"] == "2025-05-07" and {"Athmuqam", "Athhmuqam"} & set(
        incident["places"])
    assert incident["fatalities"] == (2, 2)


def test_a_day_without_a_year_after_a_past_year_is_history(tmp_path):
    text = ("YEREVAN, Nov 18 — The war of 2020 began five years ago. On the morning of "
            "September 27, Azerbaijani artillery struck Armenian positions near Hadrut, killing "
            "dozens of soldiers.")
    assert build_article(tmp_path, text, NOV_20_2025).incidents.empty


def test_a_year_a_time_runs_from_sets_no_year(tmp_path):
    result = build_article(
        tmp_path, "Fighting broke out again this week on the disputed Kyrgyz-Tajik border, in an "
        "area that has seen repeated violence since 2021.\n\nThe first shooting was reported on "
        "Monday, June 17, near the village of Ak-Sai in Kyrgyzstan's Batken district, according "
        "to the Kyrgyz border service.", dt.date(2024, 6, 20))
    assert "2024-06-17" in set(result.incidents.date)


def test_what_a_minister_told_parliament_on_a_day_is_not_the_day_of_the_clash(tmp_path):
    _, incident = built_one_incident(tmp_path, (
        "NEW DELHI, June 20 (Wire) - Indian and Chinese soldiers clashed near Yangtse last "
        "week, the defence minister told parliament on Thursday."), JUNE_20)
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
        _, incident = built_one_incident(tmp_path, text, JUNE_20)
        assert incident.date_precision == "day" and day_of(incident.date) == day


def test_an_undated_articles_weekday_is_not_replaced_by_a_year_told_after(tmp_path):
    (tmp_path / "clash.txt").write_text(
        "Indian and Chinese troops came to blows along the disputed frontier in the Tawang "
        "sector on Friday, leaving soldiers on both sides with injuries, the Indian army "
        "said. The two armies have not exchanged gunfire since 1975.\n", encoding="utf-8")
    import geomap
    from geomap.model import BuildOptions

    result = geomap.build([str(tmp_path / "clash.txt")], BuildOptions())
    (incident,) = result.incidents.itertuples()
    assert incident.event_type == "Battles" and incident.date is None


# An event sentence with no day of its own in a dated article (helper F1, session 21): the
# day the sentence before told, else the report's day when it is the lead's news, news just
# in or a live blog's entry; not what goes on or went on long before.

from incident_helpers import only_incident  # noqa: E402

def test_an_undated_lead_is_news_of_the_report_s_day(tmp_path):
    incident = only_incident(tmp_path, "Two mortar shells fired from Myanmar landed on a "
                                       "school in Mae Sot, wounding a teacher, the district "
                                       "chief said.", dt.date(2024, 4, 20))
    assert day_of(incident.date) == dt.date(2024, 4, 20)
    assert "Mae Sot" in incident.places and {"MM", "TH"} <= set(incident.actors)


def test_a_day_told_just_before_dates_the_event_after_it(tmp_path):
    incident = only_incident(tmp_path, (
        "The worst night came on Saturday. Mortar rounds fired from Myanmar hit two "
        "houses in Mae Sot, wounding three villagers. A Thai army spokesman said on Monday "
        "that Bangkok had protested to Naypyidaw."), dt.date(2024, 4, 23))
    assert day_of(incident.date) == dt.date(2024, 4, 20)     # not the spokesman's Monday


def test_a_live_blog_entry_is_news_of_its_day(tmp_path):
    text = ("LIVE: Fighting near the border\n\n"
            "08:15 – Karen fighters and Myanmar troops exchanged fire through the night in "
            "Myawaddy, residents said.\n\n"
            "13:40 – Two shells have come down on a rice field near Mae Sot, and a farmer "
            "has been wounded, Thai police say.\n")
    dates = {day_of(i.date) for i in incidents_built(tmp_path, text, dt.date(2024, 4, 20))
             if i.date is not None and "Mae Sot" in i.places}
    assert dates == {dt.date(2024, 4, 20)}


@pytest.mark.parametrize("text", [
    # what goes on, not the news
    "Smugglers often fire at Jordanian patrols near Mafraq, the army says.",
    "Myanmar shells have for years landed in villages around Mae Sot.",
    # background deep in a report, in the past tense
    "Thailand closed the Mae Sot crossing on Monday. Officials said trade had fallen. The "
    "town has grown fast. Myanmar troops shelled Myawaddy, across the river.",
])
def test_undated_background_is_no_news_of_the_day(tmp_path, text):
    incidents = incidents_built(tmp_path, text + "\n", dt.date(2024, 4, 20))
    assert all(i.event_type not in ("Battles", "Explosions/Remote violence")
               for i in incidents)


# ------------- an event told after the day of the reaction to it is not of that day (helper F5)

_DEMAND_AFTER_BEATING = (
    "China's foreign ministry demanded on Thursday an explanation after the Vietnamese coast "
    "guard beat the crew of a Chinese fishing boat near the Paracel Islands. The boat was "
    "attacked on Sunday, the ministry said.\n")


def test_an_event_after_a_demand_dated_by_it_takes_the_day_the_next_sentence_gives(tmp_path):
    (incident,) = incidents_built(tmp_path, _DEMAND_AFTER_BEATING, MAY_10)
    assert day_of(incident.date) == dt.date(2024, 5, 5)


def test_an_undated_report_of_a_demand_after_an_attack_tells_one_attack(tmp_path):
    (incident,) = incidents_built(tmp_path, _DEMAND_AFTER_BEATING, None)
    assert "Paracel Islands" in incident.places


def test_the_day_a_crossing_stayed_shut_after_guards_fired_is_not_the_firing_day(tmp_path):
    (incident,) = incidents_built(tmp_path, (
        "ISLAMABAD, May 9 - The crossing at Chaman stayed shut for a second day on Thursday "
        "after border guards of the two neighbouring countries exchanged fire. Pakistan's army "
        "said Afghan forces had opened fire on its posts on Wednesday.\n"), MAY_10)
    assert day_of(incident.date) == dt.date(2024, 5, 8)


@pytest.mark.parametrize("given, day", [
    # the day written out falls on the weekday told: the incident's day
    ("The guards were at their post on the morning of 17 September 2022, according to "
     "the service.", D(2022, 9, 17)),
    # another weekday: some other day, the incident's stays unknown
    ("The guards were at their post on the morning of 15 September 2022, according to "
     "the service.", None),
])
def test_an_undated_articles_weekday_takes_the_day_written_out_on_that_weekday(
        tmp_path, given, day):
    (tmp_path / "clash.txt").write_text(
        "Two Kyrgyz border guards were killed in Saturday's clash with Tajik troops near "
        f"the village of Kok-Tash, Kyrgyzstan's border service said. {given}\n",
        encoding="utf-8")
    import geomap
    from geomap.model import BuildOptions

    result = geomap.build([str(tmp_path / "clash.txt")], BuildOptions())
    (incident,) = result.incidents.itertuples()
    assert (None if incident.date is None else day_of(incident.date)) == day
