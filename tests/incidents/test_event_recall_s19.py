"""Events the text reports that geomap used to drop or mistype (probe B, s19), as a user
sees them: an undated article keeps its incidents, undated; fights without firearms, arms
as the subject of their harm, fights between armed groups of no state, a blast a later
sentence says a drone caused, balloons and closed crossings, an army put on alert,
grenades thrown overnight, calls, meetings and reopened crossings of two states; and no
battle where aircraft only flew near the line, no air strike where a bomb went off in a
city, no drill where a side calls its fire a response, no day of a reaction for the
event it followed."""

from __future__ import annotations

import datetime as dt

import pytest
from shapely.geometry import Point

from incident_helpers import build_article, claims_in, day_of

#: (lon, lat) degrees, WGS 84
SHEBEKINO = Point(36.90, 50.41)
TIBU = Point(-72.74, 8.64)
ZAKHO = Point(42.69, 37.14)
KUZNICA = Point(23.65, 53.51)
ZUBIN_POTOK = Point(20.69, 42.91)
#: about 25 km at these latitudes
NEAR = 0.25


def events(result) -> list[tuple[str, str]]:
    return [(i.event_type, i.sub_event_type) for i in result.incidents.itertuples()]


# --- an article with no publication date nor dateline (F2) ---------------------------

SHELLING_ON_SUNDAY = ("Ukrainian artillery shelled the Russian border town of Shebekino on "
                      "Sunday, wounding four people.\n")


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


def test_undated_reports_of_two_articles_are_not_merged(tmp_path):
    """Nothing but the place and the sides tells two undated reports apart: a town on a
    front line is shelled on many days, so they stay two incidents."""
    import geomap
    from geomap.model import BuildOptions

    for name in ("one.txt", "two.txt"):
        (tmp_path / name).write_text(SHELLING_ON_SUNDAY, encoding="utf-8")
    result = geomap.build([str(tmp_path)], BuildOptions(published=None))
    assert len(result.incidents) == 2


# --- events the cue tables missed (F1) ------------------------------------------------

MAY_10 = dt.date(2024, 5, 10)


@pytest.mark.parametrize("text, event_type, sub_event_type", [
    ("Indian and Chinese troops came to blows in the Tawang sector on Thursday, leaving "
     "soldiers on both sides injured, the Indian army said.", "Battles", "Armed clash"),
    ("Russian artillery firing from across the river killed two men in Kherson on "
     "Thursday, the regional governor said.", "Explosions/Remote violence",
     "Shelling/artillery/missile attack"),
])
def test_a_fight_without_firearms_and_arms_that_kill_are_events(tmp_path, text, event_type,
                                                                 sub_event_type):
    result = build_article(tmp_path, text + "\n", MAY_10)
    assert events(result) == [(event_type, sub_event_type)]
    assert day_of(result.incidents.iloc[0].date) == dt.date(2024, 5, 9)


@pytest.mark.parametrize("text", [
    "At least 30 people have been killed since Thursday in fighting between ELN guerrillas "
    "and FARC dissidents near Tibu, the governor said.",
    "ELN guerrillas clashed with FARC dissidents near Tibu on Thursday, killing 12 people, "
    "the army said.",
])
def test_a_fight_between_armed_groups_of_no_state_is_a_battle_of_no_state(tmp_path, text):
    result = build_article(tmp_path, text + "\n", MAY_10)
    (incident,) = result.incidents.itertuples()
    assert (incident.event_type, incident.sub_event_type) == ("Battles", "Armed clash")
    assert list(incident.actors) == []
    assert incident.geometry.distance(TIBU) < NEAR


def test_a_clash_of_a_states_troops_with_an_armed_group_keeps_the_state(tmp_path):
    result = build_article(tmp_path, "Colombian troops clashed with ELN guerrillas near Tibu "
                                     "on Thursday, killing three, the army said.\n", MAY_10)
    (incident,) = result.incidents.itertuples()
    assert list(incident.actors) == ["CO"]


def test_a_blast_a_later_sentence_says_a_drone_caused_is_that_drone_strike(tmp_path):
    result = build_article(tmp_path, (
        "ZAKHO, Iraq, May 10 - An explosion hit the perimeter of a police station in Zakho "
        "on Thursday evening. Nobody was hurt. The local police chief said a Turkish drone "
        "had fired on the site.\n"), MAY_10)
    (incident,) = result.incidents.itertuples()
    assert (incident.event_type, incident.sub_event_type) == ("Explosions/Remote violence",
                                                              "Air/drone strike")
    assert {"IQ", "TR"} <= set(incident.actors)
    assert day_of(incident.date) == dt.date(2024, 5, 9)
    assert incident.geometry.distance(ZAKHO) < NEAR


def test_balloons_tracked_in_the_air_and_a_closed_crossing_are_strategic_developments(
        tmp_path):
    result = build_article(tmp_path, (
        "WARSAW, May 10 - Poland closed its border crossing at Kuznica on Friday after "
        "balloons from Belarus drifted into its airspace. Polish officials said radar picked "
        "up dozens of balloons on Wednesday night. Belarus's foreign ministry called the "
        "accusation absurd.\n"), MAY_10)
    found = sorted((day_of(i.date), i.event_type, i.sub_event_type)
                   for i in result.incidents.itertuples())
    assert found == [(dt.date(2024, 5, 8), "Strategic developments", "Other"),
                     (dt.date(2024, 5, 10), "Strategic developments", "Other")]
    balloons, closure = sorted(result.incidents.itertuples(), key=lambda i: day_of(i.date))
    assert closure.geometry.distance(KUZNICA) < NEAR
    assert "PL" in closure.actors
    # Minsk denies the accusation about the balloons, not the crossing Poland closed
    assert balloons.stances == "asserts and denies"
    assert closure.stances != "denies"


def test_an_army_put_on_alert_is_a_strategic_development(tmp_path):
    result = build_article(tmp_path, (
        "BELGRADE, May 10 - Serbia put its army on the highest state of alert on Thursday, "
        "the defence ministry said.\n"), MAY_10)
    (incident,) = result.incidents.itertuples()
    assert (incident.event_type, incident.sub_event_type) == ("Strategic developments",
                                                              "Other")
    assert "RS" in incident.actors


def test_grenades_thrown_overnight_are_an_attack_of_no_side_the_night_before(tmp_path):
    result = build_article(tmp_path, (
        "PRISTINA, May 10 - Kosovo's interior minister said hand grenades were thrown at a "
        "municipal office in Zubin Potok overnight. No one was hurt.\n"), MAY_10)
    (incident,) = result.incidents.itertuples()
    assert (incident.event_type, incident.sub_event_type) == ("Explosions/Remote violence",
                                                              "Grenade")
    assert list(incident.actors) == []
    assert day_of(incident.date) == dt.date(2024, 5, 9)
    assert incident.geometry.distance(ZUBIN_POTOK) < NEAR


@pytest.mark.parametrize("text, sub_event_type", [
    ("NEW DELHI, May 10 - Indian troops clashed with Chinese soldiers in Ladakh on Monday. "
     "The foreign ministers of the two countries spoke by telephone on Wednesday.", "call"),
    ("ADDIS ABABA, May 10 - Ethiopia and Eritrea reopened two crossings on their border on "
     "Thursday.", "meeting"),
    ("TEHRAN, May 10 - Speaking in Tehran after a meeting of regional foreign ministers on "
     "Thursday, Iran's foreign minister said the talks had gone well. Armenian Foreign "
     "Minister Ararat Mirzoyan, who attended the meeting, said Armenia was ready for "
     "trade.", "meeting"),
])
def test_calls_meetings_and_reopenings_of_two_states_are_diplomatic(tmp_path, text,
                                                                    sub_event_type):
    result = build_article(tmp_path, text + "\n", MAY_10)
    diplomatic = [i for i in result.incidents.itertuples() if i.event_type == "diplomatic"]
    assert [i.sub_event_type for i in diplomatic] == [sub_event_type]
    assert len(diplomatic[0].actors) == 2


def test_one_state_reopening_its_crossing_alone_is_no_meeting(tmp_path):
    result = build_article(tmp_path, "WARSAW, May 10 - Poland reopened its border crossing "
                                     "at Kuznica on Thursday.\n", MAY_10)
    assert "diplomatic" not in set(result.incidents.event_type)


# --- types and days (F8) -------------------------------------------------------------

def test_aircraft_flying_near_the_line_is_no_battle(tmp_path):
    result = build_article(tmp_path, (
        "PRISTINA, May 10 - Kosovo's prime minister accused Serbian military aircraft of "
        "flying close to the boundary line on Thursday in what he called a provocation.\n"),
        MAY_10)
    assert events(result) == [("Strategic developments", "Other")]
    assert claims_in(result)[0][1:] == ("XK", "asserts")


def test_a_bombing_in_a_city_is_a_remote_explosive_and_an_event_of_its_own(tmp_path):
    result = build_article(tmp_path, (
        "ANKARA, May 10 - Turkish drones struck villages near Kobani on Thursday, the Syrian "
        "Democratic Forces said. Turkey's defence ministry said the strikes answered a "
        "bombing in Istanbul on May 1 that killed six people.\n"), MAY_10)
    found = {(i.sub_event_type, day_of(i.date)) for i in result.incidents.itertuples()}
    assert ("Remote explosive/landmine/IED", dt.date(2024, 5, 1)) in found
    assert ("Air/drone strike", dt.date(2024, 5, 9)) in found


def test_drills_a_side_calls_its_response_are_no_exercise_of_their_own(tmp_path):
    result = build_article(tmp_path, (
        "SEOUL, May 10 - North Korea fired 200 artillery shells near Yeonpyeong island on "
        "Thursday, the South's military said. North Korea's army said on Thursday that its "
        "drills were a \"natural response\" to South Korean exercises.\n"), MAY_10)
    assert events(result) == [("Explosions/Remote violence",
                               "Shelling/artillery/missile attack")]


def test_the_day_of_a_reaction_gives_way_to_the_day_the_event_is_told(tmp_path):
    result = build_article(tmp_path, (
        "BAGHDAD, May 10 - Iraq summoned Turkey's envoy on Friday after artillery fire killed "
        "nine tourists at a resort near Zakho, an attack Baghdad blamed on Turkish forces. "
        "The shells struck a picnic area on Thursday afternoon.\n"), MAY_10)
    (incident,) = result.incidents.itertuples()
    assert day_of(incident.date) == dt.date(2024, 5, 9)
