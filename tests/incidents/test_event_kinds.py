"""Event kinds, as a user reads them off a build: which wording makes which ACLED event
type and sub-type (clashes, attacks on civilians, shelling, drone and missile strikes,
explosives, arrests and abductions, handovers, exercises, strategic developments), and what
opens no incident at all (a war named by its time, plans, idioms, accidents, what might
happen)."""

from __future__ import annotations

import datetime as dt

import pytest
from shapely.geometry import Point

from incident_helpers import (
    ATTACK, CLASH, DRONE, IED, JUNE_20, MAY_8_2024, MAY_10, MAY_15, MAY_20, NEAR, OCT_15_2025,
    PAHALGAM, SEPT_15, SHELLING, TEKNAF, assert_told, build_article, built_one_incident,
    claimant_countries, claims_in, claims_on, day_of, incidents_built, km_from, only_incident)


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


def test_shelling_a_video_claimed_and_a_governor_denied_is_shelling(tmp_path):
    result = build_article(tmp_path, (
        "KAPAN, October 16, 2025 - Videos circulating on Telegram on Wednesday claimed that "
        "Azerbaijani troops had shelled the outskirts of Kajaran overnight. Governor Robert "
        "Ghukasyan said that nothing of the kind had happened.\n"), dt.date(2025, 10, 20))
    (incident,) = result.incidents.itertuples()
    assert (incident.event_type, incident.sub_event_type) == (
        "Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert list(incident.places) == ["Kajaran"]


def test_a_treaty_recalling_old_fighting_is_no_clash(tmp_path):
    result = build_article(tmp_path, "BISHKEK, 13 March 2025 - The presidents of Kyrgyzstan and "
                                     "Tajikistan signed a treaty on their state border in Bishkek "
                                     "on Thursday, settling the last undefined stretches of a "
                                     "frontier that saw deadly fighting in 2021 and "
                                     "2022.", OCT_15_2025)
    assert all(i.event_type != "Battles" for i in result.incidents.itertuples())


def test_setting_fire_to_houses_and_its_denial(tmp_path):
    result = build_article(tmp_path, "Dushanbe, 30 April 2021 - Tajik border troops denied that "
                                     "Tajik troops set fire to houses in Kok-Tash on "
                                     "Thursday.", dt.date(2021, 5, 2))
    (incident,) = result.incidents.itertuples()
    assert incident.sub_event_type == "Looting/property destruction"
    assert incident.date == "2021-04-29" and "TJ" in incident.actors
    assert [c[2] for c in claims_on(result, incident.id)] == ["denies"]


def test_an_exchange_of_prisoners_or_bodies_is_recorded_and_kills_no_one(tmp_path):
    result = build_article(tmp_path, "YEREVAN, December 13, 2023 - Azerbaijan released 32 "
                                     "Armenian servicemen on Wednesday and Armenia freed two "
                                     "Azerbaijani soldiers in an exchange on the border near "
                                     "Ijevan.\n\nYEREVAN, 2 October 2022 - Azerbaijan handed over "
                                     "the bodies of 17 Armenian servicemen on Sunday near the "
                                     "village of Sotk, Armenia's Commission on Prisoners of War "
                                     "said.",
                           dt.date(2023, 12, 13))
    kinds = {(i.event_type, i.sub_event_type) for i in result.incidents.itertuples()}
    assert kinds == {("Strategic developments", "Other")}
    assert result.incidents.fatalities_min.isna().all()


TIBU = Point(-72.74, 8.64)


ZAKHO = Point(42.69, 37.14)


KUZNICA = Point(23.65, 53.51)


ZUBIN_POTOK = Point(20.69, 42.91)


#: about 25 km at these latitudes
def events(result) -> list[tuple[str, str]]:
    return [(i.event_type, i.sub_event_type) for i in result.incidents.itertuples()]


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


#: Jolfa, Iran, on the Aras (degrees)
JOLFA = Point(45.63, 38.94)


def test_border_guards_killing_smugglers_is_an_attack_at_the_border_town(tmp_path):
    result = build_article(tmp_path, (
        "TEHRAN, May 8 (Reuters) - Iranian border guards killed two smugglers near Jolfa "
        "on Tuesday, the provincial police chief said.\n"), MAY_10)
    (incident,) = result.incidents.itertuples()
    assert (incident.event_type, incident.sub_event_type) == ("Violence against civilians",
                                                              "Attack")
    assert list(incident.actors) == ["IR"]
    assert (incident.fatalities_min, incident.fatalities_max) == (2, 2)
    assert incident.geometry.distance(JOLFA) < 0.1          # within about 10 km
    assert claims_in(result) == [("provincial police chief (Iran)", "IR", "asserts")]


@pytest.mark.parametrize("text, event_type, actor, killed", [
    ("ANKARA, May 8 (Reuters) - Turkish border guards shot dead three migrants near "
     "Dogubayazit on Tuesday, a local official said.",
     "Violence against civilians", "TR", 3),
    ("TEHRAN, May 8 - Two smugglers were shot dead by Iranian border guards near Jolfa on "
     "Tuesday, the police said.", "Violence against civilians", "IR", 2),
    ("TEHRAN, May 8 - Iranian border guards opened fire on smugglers near Jolfa on "
     "Tuesday, killing two, the police said.", "Violence against civilians", "IR", 2),
    # armed men, or men who fire back, fight a battle
    ("TEHRAN, May 8 - Iranian border guards killed two armed smugglers near Jolfa on "
     "Tuesday, the police said.", "Battles", "IR", 2),
    ("ISLAMABAD, May 8 (Reuters) - Pakistani troops killed two infiltrators near Chaman "
     "on Tuesday, the military said.", "Battles", "PK", 2),
])
def test_a_states_forces_killing_people_at_the_border_is_an_incident(
        tmp_path, text, event_type, actor, killed):
    result = build_article(tmp_path, text + "\n", MAY_10)
    (incident,) = result.incidents.itertuples()
    assert incident.event_type == event_type
    assert actor in incident.actors
    assert incident.fatalities_min == killed
    assert [country for _, country, _ in claims_in(result)] == [actor]


@pytest.mark.parametrize("text", [
    "TEHRAN, May 8 - The governor said the new road near Jolfa killed two birds with one "
    "stone on Tuesday.",
    "TEHRAN, May 8 - Iranian border guards killed two pedestrians in a road accident near "
    "Jolfa on Tuesday, the police said.",
    "TEHRAN, May 8 - Two Iranian border guards were killed in a road accident near Jolfa "
    "on Tuesday, the police said.",
])
def test_an_idiom_or_a_road_accident_is_no_incident(tmp_path, text):
    assert len(build_article(tmp_path, text + "\n", MAY_10).incidents) == 0


@pytest.mark.parametrize("text", [
    # a cue after "mistaking … for"
    "Pyongyang mocked Seoul on Saturday for mistaking the blasts near Baengnyeong for "
    "gunfire.",
    # a quoted label a government puts on something
    'Lithuania said on Sunday the balloons drifting over Medininkai were a "hybrid attack" '
    "by Minsk.",
    # an event cue right after a phrase saying nothing is known of it
    "A Turkish defence official told reporters on Friday he had no information about such "
    "an attack near Sulaimaniyah.",
])
def test_what_is_no_event_opens_no_incident(tmp_path, text):
    assert incidents_built(tmp_path, text, dt.date(2025, 10, 27)) == []


@pytest.mark.parametrize("text", [
    'Armenia said on Tuesday that Azerbaijani troops "shelled" Sotk.',   # a quoted deed
    "Armenia said the situation in Sotk was confused as shelling went on on Tuesday.",
])
def test_a_quoted_deed_or_a_confused_scene_is_still_an_event(tmp_path, text):
    (incident,) = incidents_built(tmp_path, text, SEPT_15)
    assert incident.event_type == "Explosions/Remote violence"
    assert list(incident.places) == ["Sotk"]


def test_gunmen_who_kill_a_shepherd_commit_violence_against_civilians(tmp_path):
    for text in ("TBILISI, June 17 — Unknown gunmen killed a shepherd near Sadakhlo on "
                 "Sunday, Georgian police said.\n",
                 "TBILISI, June 17 — A shepherd was killed by unknown gunmen near Sadakhlo on "
                 "Sunday, Georgian police said.\n"):
        (incident,) = build_article(tmp_path, text, JUNE_20).incidents.itertuples()
        assert incident.event_type == "Violence against civilians"
        assert list(incident.actors) == [] and list(incident.places) == ["Sadakhlo"]
        assert (incident.fatalities_min, incident.fatalities_max) == (1, 1)


def test_armed_men_who_beat_and_rob_farmers_commit_violence_against_civilians(tmp_path):
    result = build_article(tmp_path, (
        "Armed men beat and robbed three farmers in Azizkendi village on Tuesday, Georgian "
        "police said.\n"), JUNE_20)
    (incident,) = result.incidents.itertuples()
    assert incident.event_type == "Violence against civilians"
    assert list(incident.actors) == [] and incident.territory == "GE"


def test_a_shell_that_hit_a_house_is_shelling_at_the_village(tmp_path):
    for text in ("YEREVAN, June 15 — On Saturday morning, a shell struck a house in Sotk, "
                 "damaging the roof, the village head told local media.\n",
                 "YEREVAN, June 15 — On Saturday morning, a shell hit a house in Sotk, "
                 "damaging the roof, the village head said.\n",
                 "YEREVAN, June 15 — A house in Sotk was damaged by shelling on Saturday "
                 "morning, the village head said.\n"):
        result = build_article(tmp_path, text, JUNE_20)
        (incident,) = result.incidents.itertuples()
        assert incident.event_type == "Explosions/Remote violence"
        assert incident.sub_event_type == "Shelling/artillery/missile attack"
        assert list(incident.places) == ["Sotk"] and list(incident.actors) == ["AM"]
        assert day_of(incident.date) == dt.date(2024, 6, 15)
        assert [(cc, stance) for _, cc, stance in claims_in(result)] == [("AM", "asserts")]


def test_a_drone_that_violated_a_states_airspace_is_an_incident_there(tmp_path):
    result = build_article(tmp_path, (
        "BAKU, June 15 — Azerbaijan's Defence Ministry said an Iranian drone violated its "
        "airspace near Jabrayil on Friday.\n"), JUNE_20)
    (incident,) = result.incidents.itertuples()
    assert (incident.event_type, incident.sub_event_type) == ("Strategic developments", "Other")
    assert list(incident.places) == ["Jabrayil"] and day_of(incident.date) == dt.date(2024, 6, 14)
    assert sorted(incident.actors) == ["AZ", "IR"]
    assert claims_on(result, incident.id) == [("Ministry of Defense of Azerbaijan", "AZ", "asserts")]


SOTK_LAT_LON = (40.200, 45.870)             # lat, lon


HAKARI_BRIDGE = (39.60, 46.55)


def test_a_handover_of_bodies_is_dated_by_the_report_and_placed_where_it_took_place(tmp_path):
    result = build_article(tmp_path, "YEREVAN, 2 October 2022 - Azerbaijan handed over the bodies "
                                     "of 17 Armenian servicemen killed in the fighting of "
                                     "September 13-14 on Sunday, Armenia's Commission on "
                                     "Prisoners of War said. The transfer took place near the "
                                     "village of Sotk.", JUNE_20)
    (incident,) = result.incidents.itertuples()
    assert (incident.event_type, incident.sub_event_type) == ("Strategic developments", "Other")
    assert incident.date == "2022-10-02"            # the Sunday of the report, not the fighting
    assert list(incident.places) == ["Sotk"] and km_from(incident, *SOTK_LAT_LON) < 10
    assert incident.fatalities_min is None and incident.fatalities_max is None


@pytest.mark.parametrize("text, event_type, sub_event_type, date, actors", [
    ("IJEVAN, May 24, 2024 - Armenia handed over four villages of the Gazakh district to "
     "Azerbaijan on Friday, and Azerbaijani border guards took control of them.",
     "Strategic developments", "Non-violent transfer of territory", "2024-05-24", ["AM", "AZ"]),
    ("Tbilisi, 6 June 2024 - Russian troops installed new fences near Akhalgori on Wednesday, "
     "Georgia's State Security Service said.",
     "Strategic developments", "Other", "2024-06-05", ["RU"]),
    ("Tbilisi, 6 June 2024 - Russia opened a new border guard base near Tskhinvali in April, "
     "the EU Monitoring Mission said.",
     "Strategic developments", "Headquarters or base established", "2024-04-01", ["RU"]),
    ("IJEVAN, May 24, 2024 - Police detained 12 protesters in Kirants on Friday during a "
     "protest against the handover of border villages to Azerbaijan.",
     "Protests", "Protest with intervention", "2024-05-24", ["AM"]),
])
def test_non_fighting_border_events_are_typed_as_acled_does(tmp_path, text, event_type,
                                                             sub_event_type, date, actors):
    result = build_article(tmp_path, text, JUNE_20)
    (incident,) = result.incidents.itertuples()
    assert (incident.event_type, incident.sub_event_type) == (event_type, sub_event_type)
    assert incident.date == date and list(incident.actors) == actors
    assert incident.fatalities_min is None and incident.injured_min is None


@pytest.mark.parametrize("text", [
    "IJEVAN, April 20, 2024 - Armenia agreed on Friday to hand over four villages of the Gazakh "
    "district to Azerbaijan.",
    "Tbilisi, 6 June 2024 - Russia plans to open a new border guard base near Tskhinvali, the "
    "Georgian foreign ministry said on Wednesday.",
    "IJEVAN, May 24, 2024 - Residents of Kirants said on Friday they feared the handover of the "
    "villages would leave their homes exposed.",
])
def test_plans_and_agreements_are_no_events(tmp_path, text):
    assert build_article(tmp_path, text, JUNE_20).incidents.empty


def test_a_soldier_returned_at_a_checkpoint_is_a_handover_there(tmp_path):
    result = build_article(tmp_path, "Goris, 8 November 2023 - The soldier was returned to "
                                     "Armenia at the Hakari bridge checkpoint on Wednesday in a "
                                     "handover mediated by the ICRC.", JUNE_20)
    (incident,) = result.incidents.itertuples()
    assert (incident.event_type, incident.sub_event_type) == ("Strategic developments", "Other")
    assert incident.date == "2023-11-08" and list(incident.actors) == ["AM"]
    assert km_from(incident, *HAKARI_BRIDGE) < 15 and "Goris" not in set(incident.places)


@pytest.mark.parametrize("text", [
    "TEHRAN, Oct. 7 (MNA) - Iranian Army artillery fired at targets on Tuesday during an "
    "exercise near Norduz, on the Aras river.",
    "TEHRAN, Oct. 7 (MNA) - Rocket launchers fired at hypothetical targets near Norduz on "
    "Tuesday, the Iranian Army said.",
    "TEHRAN, Oct. 7 (MNA) - Shahed drones struck predetermined targets near Jolfa on Tuesday, "
    "the Iranian Army said of its Aras exercise.",
    "TEHRAN, Oct. 7 (MNA) - Artillery and drone units of the Iranian Army Ground Force fired on "
    "simulated enemy positions on Tuesday on the second day of an exercise along the Aras river "
    "in the Norduz area, opposite the Armenian town of Meghri.",
])
def test_fire_at_targets_in_a_drill_is_a_military_exercise(tmp_path, text):
    (incident,) = build_article(tmp_path, text, OCT_15_2025).incidents.itertuples()
    assert (incident.event_type, incident.sub_event_type) == \
        ("Strategic developments", "Military exercise")
    assert list(incident.actors) == ["IR"] and incident.date == "2025-10-07"


def test_shells_fired_into_waters_during_an_exercise_stay_the_shelling(tmp_path):
    result = build_article(tmp_path, "SEOUL, Nov 23 (Reuters) - North Korea fired artillery "
                                     "shells onto Yeonpyeong island on Tuesday, killing two "
                                     "marines, Seoul's military said. North Korea's Supreme "
                                     "Command said it had acted after the South fired shells into "
                                     "its waters during an exercise.", dt.date(2010, 11, 23))
    (incident,) = result.incidents.itertuples()
    assert incident.event_type == "Explosions/Remote violence"
    assert "KP" in claimant_countries(result)


def test_not_commenting_on_drills_is_no_exercise(tmp_path):
    result = build_article(tmp_path, "Tabriz, Oct. 14 (Tasnim) - The IRGC ground force launched "
                                     "military exercises on Tuesday along the Aras river near "
                                     "Jolfa.\n\nAzerbaijan's foreign ministry did not comment on "
                                     "the drills on Tuesday.", OCT_15_2025)
    (incident,) = result.incidents.itertuples()
    assert incident.sub_event_type == "Military exercise" and list(incident.actors) == ["IR"]


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
    (incident,) = incidents_built(tmp_path, text, MAY_20)
    assert incident.event_type == "Explosions/Remote violence"
    assert place in incident.places and set(incident.actors) == {"IN", "PK"}


def test_missile_strikes_on_a_town_are_missile_attacks(tmp_path):
    (incident,) = incidents_built(tmp_path, "NEW DELHI, 11 May 2025 - Indian missile strikes on "
                                  "Bahawalpur on Wednesday drew condemnation.", MAY_20)
    assert incident.sub_event_type == "Shelling/artillery/missile attack"


@pytest.mark.parametrize("text", [
    "ISLAMABAD, May 10, 2025 - India and Pakistan agreed on Saturday to a full and immediate "
    "ceasefire.",
    "ISLAMABAD, May 10, 2025 - India and Pakistan agreed to a ceasefire on Saturday after "
    "four days of missile and drone attacks.",
])
def test_the_ceasefire_is_an_agreement_not_a_strike(tmp_path, text):
    (incident,) = incidents_built(tmp_path, text, MAY_20)
    assert (incident.event_type, incident.sub_event_type) == ("Strategic developments",
                                                              "Agreement")
    assert str(incident.date) == "2025-05-10"


def test_a_face_off_with_injured_soldiers_is_a_clash_of_both_sides(tmp_path):
    _, incident = built_one_incident(tmp_path, (
        "Indian and Chinese troops were involved in a face-off at Pangong Tso on Sunday. Five "
        "Indian soldiers were injured."), JUNE_20)
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
        _, incident = built_one_incident(tmp_path, text, JUNE_20)
        assert incident.event_type == "Battles" and list(incident.actors) == sides


#: (lon, lat) degrees, WGS 84
FARKHOR = Point(69.40, 37.49)


BENI = Point(29.47, 0.49)


KUPIANSK = Point(37.62, 49.71)


SOTK = Point(45.87, 40.20)


POONCH = Point(74.09, 33.77)


TSKHINVALI = Point(43.96, 42.23)


@pytest.mark.parametrize("text, kind, sides, where", [
    # the agent after "by", a few words after the verb
    ("Three men were killed by Tajik border guards near Farkhor on Sunday, the Afghan "
     "provincial governor's office said.", ATTACK, {"TJ"}, FARKHOR),
    ("A Georgian man was shot dead near Tskhinvali on Monday by Russian border guards, "
     "Georgia's security service said.", ATTACK, {"GE", "RU"}, TSKHINVALI),
    # the bomb's own verbs, in the main clause and in a relative one
    ("A bomb tore through a church in Beni on Sunday, killing 14 people, the Congolese "
     "army said.", IED, {"CD"}, BENI),
    ("The bomb that ripped through a market in Beni on Sunday killed 9 people, the "
     "Congolese army said.", IED, {"CD"}, BENI),
    # the arms as the agent of a passive
    ("A house in Sotk was hit by an Azerbaijani shell on Monday, Armenia's defence "
     "ministry said.", SHELLING, {"AM", "AZ"}, SOTK),
    ("A car near Zakho was hit by a Turkish drone on Monday, killing two people, Iraqi "
     "officials said.", DRONE, {"IQ", "TR"}, ZAKHO),
    ("Russian forces pounded villages near Kupiansk on Monday, Ukrainian officials said.",
     SHELLING, {"RU", "UA"}, KUPIANSK),
    # firing as a noun
    ("Two Indian soldiers lost their lives near Poonch on Monday in Pakistani firing, the "
     "Indian army said.", CLASH, {"IN", "PK"}, POONCH),
    # people told as shot, no agent named
    ("Two Afghan fishermen were shot near Farkhor on Sunday night, the Takhar governor's "
     "office said.", CLASH, {"AF"}, FARKHOR),
])
def test_an_event_told_in_the_passive_or_with_a_reporting_verb(tmp_path, text, kind, sides,
                                                              where):
    assert_told(only_incident(tmp_path, text), kind, sides, where)


def test_people_shot_after_they_opened_fire_fought_a_battle(tmp_path):
    incident = only_incident(tmp_path, "Two men were shot by Tajik border guards near Farkhor "
                                      "on Sunday after they opened fire on a patrol, Tajik "
                                      "officials said.")
    assert (incident.event_type, incident.sub_event_type) == CLASH


def test_villagers_abducted_by_a_state_s_forces_are_an_abduction(tmp_path):
    incident = only_incident(tmp_path, "Two Georgian villagers were abducted near Tskhinvali "
                                      "on Monday by Russian border guards, Georgia's "
                                      "security service said.")
    assert (incident.event_type, incident.sub_event_type) == (
        "Violence against civilians", "Abduction/forced disappearance")
    assert {"GE", "RU"} <= set(incident.actors)


def test_villagers_detained_are_still_arrests(tmp_path):
    incident = only_incident(tmp_path, "Russian border guards detained two Georgian "
                                      "villagers near Tskhinvali on Monday, Georgia's "
                                      "security service said.")
    assert (incident.event_type, incident.sub_event_type) == ("Strategic developments",
                                                              "Arrests")


def test_border_signs_moved_onto_farmland_are_a_strategic_development(tmp_path):
    incident = only_incident(tmp_path, "Russian border guards moved border signs 300 metres "
                                      "deeper into Georgian-controlled farmland near "
                                      "Tskhinvali on Thursday, Georgia's security service "
                                      "said.")
    assert (incident.event_type, incident.sub_event_type) == ("Strategic developments",
                                                              "Other")
    assert "RU" in incident.actors
    assert incident.fatalities_min is None or incident.fatalities_min == 0


@pytest.mark.parametrize("text", [
    # nobody hurt
    "No one was killed by the Tajik border guards near Farkhor on Sunday, Afghan officials "
    "said.",
    "No one was shot near Farkhor on Sunday, Afghan officials said.",
    # a war named by its year
    "Two villagers were killed by Azerbaijani forces near Sotk during the 2020 war, "
    "Armenian officials said.",
    # what might happen
    "Officials warned that people could be killed by border guards near Farkhor if the "
    "crossings stay closed.",
    # no people shot
    "The film was shot near Farkhor last year.",
    # a place taken in a war of another time
    "Armenian forces captured the town of Kalbajar in 1993, the Azerbaijani ministry "
    "recalled.",
    "Azerbaijani troops recaptured the town of Shusha during the 2020 war, Baku said on "
    "Monday.",
    # what might be taken, or another clash feared
    "Officials in Kinshasa feared the rebels could seize the town of Bunagana.",
    "The ministers agreed in Tovuz to prevent another clash on the border.",
    # no place taken: people, goods, a title, an image
    "Customs officers seized Iranian fuel at a crossing near Tovuz on Monday.",
    "Pyunik captured the league title in Yerevan on Sunday.",
    "A shepherd's phone captured the sunset over Berd on Monday.",
    # "targeted" that is no fire
    "The European Union imposed targeted sanctions on officials in Garissa on Monday.",
])
def test_no_event_where_none_happened(tmp_path, text):
    assert build_article(tmp_path, text + "\n", MAY_10).incidents.empty


def test_a_drone_shot_down_is_no_shooting_of_people(tmp_path):
    incident = only_incident(tmp_path, "A Pakistani drone was shot down near Poonch on "
                                      "Monday, the Indian army said.")
    assert incident.sub_event_type == "Disrupted weapons use"


#: (lon, lat) degrees, WGS 84
BERD = Point(45.39, 40.88)


PANJGUR = Point(64.09, 26.97)


BUNAGANA = Point(29.60, -1.28)


GARISSA = Point(39.65, -0.45)


TOVUZ = Point(45.63, 40.99)


HEGLIG = Point(29.40, 10.02)


TAKEN = ("Battles", "Non-state actor overtakes territory")


RETAKEN = ("Battles", "Government regains territory")


@pytest.mark.parametrize("text, kind, sides, where", [
    # arms that "targeted" a town, two of them named together
    ("Azerbaijani drones and artillery targeted the Armenian town of Berd on Monday, "
     "Armenia's defence ministry said.", SHELLING, {"AM", "AZ"}, BERD),
    ("Armenian troops were targeting Azerbaijani positions near Tovuz on Monday, "
     "Azerbaijan's defence ministry said.", CLASH, {"AM", "AZ"}, TOVUZ),
    # a strike with its time and the striker's name for its targets between
    ("Iran had struck late on Tuesday at what it called hideouts of an armed group near "
     "Panjgur, Iranian state television reported.", DRONE, {"IR"}, PANJGUR),
    # a place taken, and one taken back
    ("M23 rebels seized the border town of Bunagana on Monday after a day of fighting "
     "with the Congolese army, officials in Kinshasa said.", TAKEN, {"CD"}, BUNAGANA),
    ("South Sudan's army captured the oil town of Heglig on Tuesday, Sudan's army said.",
     TAKEN, {"SD", "SS"}, HEGLIG),
    ("Ukrainian forces retook Kupiansk on Monday, Ukraine's general staff said.", RETAKEN,
     {"UA"}, KUPIANSK),
    # the device as the subject of its harm
    ("An explosive device wounded four people near a bus stop in Garissa on Sunday, "
     "Kenyan police said.", IED, {"KE"}, GARISSA),
])
def test_an_event_told_with_a_reporter_s_verb(tmp_path, text, kind, sides, where):
    assert_told(only_incident(tmp_path, text), kind, sides, where)


def test_another_device_opening_the_sentence_is_an_event_with_its_toll(tmp_path):
    incident = only_incident(tmp_path, "Another explosive device wounded three civilians at "
                                      "a market in Garissa on Sunday, Kenyan police said.")
    assert (incident.event_type, incident.sub_event_type) == IED
    assert incident.injured_min == 3 and str(incident.date)[:10] == "2024-05-05"
    assert incident.geometry.distance(GARISSA) < NEAR


def test_another_clash_after_a_day_is_an_event(tmp_path):
    incident = only_incident(tmp_path, "On Sunday, another clash broke out near Tovuz, "
                                      "Azerbaijan's defence ministry said.")
    assert (incident.event_type, incident.sub_event_type) == CLASH
    assert incident.geometry.distance(TOVUZ) < NEAR


#: (lon, lat) degrees, WGS 84
KHNATSAKH = Point(46.49, 39.42)


ISLAM_QALA = Point(61.08, 34.66)


SARAVAN = Point(62.33, 27.37)


@pytest.mark.parametrize("text, kind, sides, where", [
    # fire told by its side, its arms or where it came from, as the subject of its harm
    ("Azerbaijani fire hit a tractor near Khnatsakh on Saturday, wounding its driver, "
     "Armenia's defence ministry said.", ATTACK, {"AM", "AZ"}, KHNATSAKH),
    ("Fire from Azerbaijani positions damaged a school in Khnatsakh on Saturday, "
     "Armenia's defence ministry said.", CLASH, {"AM", "AZ"}, KHNATSAKH),
    ("Azerbaijani sniper fire wounded a farmer near Khnatsakh on Saturday, Armenian "
     "officials said.", ATTACK, {"AM", "AZ"}, KHNATSAKH),
    # people named by their nationality or their trade are civilians
    ("A Bangladeshi fisherman was shot dead by Myanmar border guards near Teknaf on "
     "Saturday, Bangladeshi police said.", ATTACK, {"BD", "MM"}, TEKNAF),
    ("Iranian border guards opened fire on Afghan nationals near Islam Qala on Saturday, "
     "Afghan officials said.", ATTACK, {"AF", "IR"}, ISLAM_QALA),
    ("Iranian border guards opened fire on Afghan migrants near Islam Qala on Saturday, "
     "Afghan officials said.", ATTACK, {"AF", "IR"}, ISLAM_QALA),
    # armed smugglers stay a fight
    ("Iranian border guards shot dead two armed smugglers near Saravan on Saturday, "
     "Iranian media reported.", CLASH, {"IR"}, SARAVAN),
])
def test_fire_and_the_people_it_hit(tmp_path, text, kind, sides, where):
    assert_told(only_incident(tmp_path, text), kind, sides, where)


@pytest.mark.parametrize("text", [
    # a blaze, named by where it burned
    "A Michigan fire destroyed six homes on Saturday, officials said.",
    "A forest fire destroyed two houses near Khnatsakh on Saturday, Armenian officials "
    "said.",
    # a team's name, and criticism
    "Chicago Fire hit the post twice on Saturday before losing to Orlando.",
    "Armenia's football coach came under criticism on Saturday after the defeat.",
])
def test_no_incident_from_a_blaze_or_a_game(tmp_path, text):
    assert build_article(tmp_path, text + "\n", MAY_10).incidents.empty


def test_a_fishermen_s_union_speaking_is_no_attack(tmp_path):
    incident = only_incident(
        tmp_path, "The Bangladeshi fishermen's union said on Saturday that Myanmar border "
                  "guards had detained two boats near Teknaf.")
    assert (incident.event_type, incident.sub_event_type) == ("Strategic developments",
                                                              "Arrests")


def test_an_attack_that_was_the_deadliest_on_civilians_is_violence_against_them(tmp_path):
    (attack,) = [i for i in incidents_built(tmp_path, PAHALGAM, dt.date(2025, 5, 7))
                 if "Pahalgam" in i.places]
    assert (attack.event_type, attack.sub_event_type) == ("Violence against civilians",
                                                          "Attack")


# Violence told by its verb (helper F1, session 21): fighting, beating, assault, roughing
# up, bullets that hit; what is fought or beaten must be a side or people, not a blaze or
# a team.

@pytest.mark.parametrize("text, kind, sides, place", [
    ("Jordanian border guards fought a band of armed smugglers near Mafraq on Tuesday, "
     "killing four of them, the army said.", CLASH, {"JO"}, "Mafraq"),
    ("Indian and Chinese soldiers fought near Galwan on Monday night, the Indian "
     "army said.", CLASH, {"IN", "CN"}, None),
    ("Chinese coast guard officers beat six Vietnamese fishermen near the Paracel Islands "
     "on Sunday, Hanoi said.", ATTACK, {"CN", "VN"}, "Paracel Islands"),
    ("Turkish soldiers assaulted a group of Syrian migrants near Kilis on Monday, a rights "
     "group said.", ATTACK, {"TR"}, "Kilis"),
    ("Iranian border guards roughed up three Afghan traders near Islam Qala on Monday, "
     "Afghan officials said.", ATTACK, {"IR"}, None),
    ("A rice farmer in Mae Sot was wounded on Sunday when bullets fired from Myanmar hit "
     "his house, Thai police said.", CLASH, {"MM", "TH"}, "Mae Sot"),
])
def test_violence_told_by_its_verb(tmp_path, text, kind, sides, place):
    incident = only_incident(tmp_path, text, dt.date(2024, 4, 20))
    assert (incident.event_type, incident.sub_event_type) == kind
    assert sides <= set(incident.actors)
    if place:
        assert place in incident.places


@pytest.mark.parametrize("text", [
    "Firefighters fought a blaze near Mafraq on Tuesday, the civil defence said.",
    "Armenia beat Georgia 2-1 in Yerevan on Sunday.",
    "The minister said on Monday that Vietnam had fought for its independence.",
    "Finland could close the Salla border crossing on Thursday, a minister warned.",
])
def test_no_incident_from_a_blaze_a_game_or_a_threat(tmp_path, text):
    assert build_article(tmp_path, text + "\n", dt.date(2024, 4, 20)).incidents.empty


def test_a_closure_announced_for_a_day_to_come_is_of_that_day(tmp_path):
    incident = only_incident(tmp_path, "Finland will close the Salla border crossing with "
                                       "Russia on Thursday.", dt.date(2024, 4, 20))
    assert incident.sub_event_type == "Other" and "Salla" in incident.places
    assert day_of(incident.date) == dt.date(2024, 4, 25)       # the Thursday after


def test_a_detention_told_as_a_noun_is_an_arrest(tmp_path):
    incident = only_incident(tmp_path, "Vietnam protested on Monday against the detention "
                                       "of 12 fishermen by Chinese forces near the Paracel "
                                       "Islands.", dt.date(2024, 4, 20))
    assert incident.sub_event_type == "Arrests" and {"CN", "VN"} <= set(incident.actors)


def test_a_crossing_blocked_in_protest_is_a_protest(tmp_path):
    incident = only_incident(tmp_path, "Pakistani traders blocked the highway at Torkham on "
                                       "Monday to protest new visa rules.", dt.date(2024, 4, 20))
    assert (incident.event_type, incident.sub_event_type) == ("Protests", "Peaceful protest")
    assert "Torkham" in incident.places


# Fighting told with how long or on which day before its other side; rounds, projectiles
# and munitions that land or hit; aircraft of no named state striking a state's land.
MARCH_4_2026 = dt.date(2026, 3, 4)
ZAKHO = Point(42.69, 37.14)     # Zakho, Iraq (lon, lat)


@pytest.mark.parametrize("text", [
    "AMMAN, March 4 - Jordan's army said its border guards had fought for several hours on "
    "Tuesday with armed groups trying to cross near Ruwaished.",
    "AMMAN, March 4 - The army said its soldiers had battled overnight against smugglers "
    "near Ruwaished.",
])
def test_fighting_told_with_its_length_or_day_before_the_other_side(tmp_path, text):
    incident = only_incident(tmp_path, text, MARCH_4_2026)
    assert (incident.event_type, incident.sub_event_type) == CLASH
    assert "JO" in incident.actors and "Ruwaished" in incident.places
    assert day_of(incident.date) == dt.date(2026, 3, 3)


def test_fought_for_years_is_no_fighting(tmp_path):
    assert build_article(tmp_path, (
        "AMMAN, March 4 - The minister said on Monday that Jordan had fought for years "
        "with poverty in Ruwaished.\n"), MARCH_4_2026).incidents.empty


@pytest.mark.parametrize("text, sides", [
    ("BANGKOK, May 6 - Two rounds fired from Cambodia landed on a house in Aranyaprathet "
     "on Monday, injuring a woman, Thai officials said.", {"KH", "TH"}),
    ("BANGKOK, May 6 - Two rounds that seem to have been fired from the Cambodian side "
     "have come down in Aranyaprathet, injuring a woman, Thai officials said.", {"TH"}),
    ("BANGKOK, May 6 - A stray projectile exploded near a market in Aranyaprathet on "
     "Monday, Thai officials said.", {"TH"}),
    ("BANGKOK, May 6 - Several munitions fired across the border struck a farm near "
     "Aranyaprathet on Monday, Thai officials said.", {"TH"}),
    ("BANGKOK, May 6 - A shell fired from Cambodia landed in a rice field near "
     "Aranyaprathet on Monday, injuring two farmers, Thai officials said.", {"KH", "TH"}),
])
def test_rounds_and_projectiles_that_land_are_shelling(tmp_path, text, sides):
    incident = only_incident(tmp_path, text, dt.date(2026, 5, 6))
    assert (incident.event_type, incident.sub_event_type) == SHELLING
    assert sides <= set(incident.actors) and "Aranyaprathet" in incident.places


def test_a_shell_company_is_no_shelling(tmp_path):
    assert build_article(tmp_path, (
        "BANGKOK, May 6 - A shell company registered in Aranyaprathet was hit with fines on "
        "Monday, Thai officials said.\n"), dt.date(2026, 5, 6)).incidents.empty


def test_rounds_of_talks_are_no_shelling(tmp_path):
    assert build_article(tmp_path, (
        "BANGKOK, May 6 - Two rounds of talks on the border were held in Aranyaprathet on "
        "Monday and struck no deal, Thai officials said.\n"), dt.date(2026, 5, 6)).incidents.empty


@pytest.mark.parametrize("text", [
    "ERBIL, June 8 - Before dawn on Sunday, warplanes struck houses near the town of Zakho. "
    "Nine people were killed, residents said.",
    "ERBIL, June 8 - Tensions in the mountains of northern Iraq have grown this year. "
    "Before dawn on Sunday, warplanes struck houses near the town of Zakho.",
])
def test_warplanes_of_no_named_state_strike_the_state_whose_land_they_hit(tmp_path, text):
    incident = only_incident(tmp_path, text, dt.date(2026, 6, 8))
    assert_told(incident, DRONE, {"IQ"}, ZAKHO)
    assert day_of(incident.date) == dt.date(2026, 6, 7)


def test_a_shell_whose_toll_the_next_sentence_gives_is_an_incident(tmp_path):
    incident = only_incident(tmp_path, (
        "COX'S BAZAR, June 8 - A mortar shell hit a house near Teknaf on Sunday. Two people "
        "were killed, police said."), dt.date(2026, 6, 8))
    assert_told(incident, SHELLING, {"BD"}, TEKNAF)
    assert (incident.fatalities_min, incident.fatalities_max) == (2, 2)


def test_warplanes_that_have_often_struck_are_no_news(tmp_path):
    assert build_article(tmp_path, (
        "ERBIL, June 8 - Warplanes have struck the area near Zakho many times over the "
        "years.\n"), dt.date(2026, 6, 8)).incidents.empty


# --- helper F8 (session 21): two states' forces face to face, no shot fired ---

STANDOFF = ("Strategic developments", "Other")
ARRESTS = ("Strategic developments", "Arrests")
#: (lat, lon) degrees, WGS 84
KINMEN = (24.43, 118.32)
PUNTA_GORDA_BZ = (16.10, -88.81)
SECOND_THOMAS_SHOAL = (9.73, 115.87)


@pytest.mark.parametrize("text, kind, sides, where", [
    ("TAIPEI, March 11 - Chinese coast guard officers boarded a Taiwanese boat near Kinmen "
     "on Monday, Taiwan's coast guard said.", STANDOFF, {"CN", "TW"}, KINMEN),
    ("TAIPEI, March 11 - A Taiwanese speedboat capsized near Kinmen on Monday after a "
     "chase by the Chinese coast guard, Taiwan's coast guard said.", STANDOFF, {"CN", "TW"},
     KINMEN),
    ("BELIZE CITY, March 12 - The Guatemalan navy confronted a Belizean patrol near Punta "
     "Gorda on Thursday, Belize's defence ministry said.", STANDOFF, {"GT", "BZ"},
     PUNTA_GORDA_BZ),
    ("BELIZE CITY, March 12 - A Guatemalan gunboat turned back a Belizean patrol near "
     "Punta Gorda on Tuesday, Belize's defence ministry said.", STANDOFF, {"GT", "BZ"},
     PUNTA_GORDA_BZ),
    ("MANILA, March 12 - A Chinese coast guard ship fired a water cannon at a Philippine "
     "supply boat near Second Thomas Shoal on Tuesday, the Philippine coast guard said.",
     STANDOFF, {"CN", "PH"}, SECOND_THOMAS_SHOAL),
    ("MANILA, March 12 - A Chinese vessel rammed a Philippine supply boat near Second "
     "Thomas Shoal on Tuesday, the Philippine coast guard said.", STANDOFF, {"CN", "PH"},
     SECOND_THOMAS_SHOAL),
    ("MANILA, March 12 - Chinese coast guard ships blocked a Philippine resupply boat near "
     "Second Thomas Shoal on Tuesday, the Philippine coast guard said.", STANDOFF,
     {"CN", "PH"}, SECOND_THOMAS_SHOAL),
    ("TAIPEI, March 11 - Chinese coast guard officers seized a Taiwanese fishing boat near "
     "Kinmen on Monday, Taiwan's coast guard said.", ARRESTS, {"CN", "TW"}, KINMEN),
])
def test_forces_face_to_face_with_no_shot_are_an_incident_with_its_claim(
        tmp_path, text, kind, sides, where):
    result, incident = built_one_incident(tmp_path, text + "\n", dt.date(2026, 3, 12))
    assert (incident.event_type, incident.sub_event_type) == kind
    assert sides <= set(incident.actors)
    assert km_from(incident, *where) < 30
    (claim,) = claims_in(result)
    assert claim[1] in sides and claim[2] == "asserts"


@pytest.mark.parametrize("text", [
    "MANILA, March 12 - During a joint exercise near Manila on Tuesday, Philippine marines "
    "boarded a mock enemy vessel, the navy said.",
    "MANILA, March 12 - Philippine coast guard officers practised boarding of a suspect "
    "vessel near Manila on Tuesday, the coast guard said.",
    "BELIZE CITY, March 12 - Belize's defence minister said on Thursday that the Guatemalan "
    "navy could confront Belizean patrols near Punta Gorda.",
    "BELIZE CITY, March 12 - The Guatemalan navy is ready to confront any Belizean patrol "
    "near Punta Gorda, a Guatemalan general said on Thursday.",
    "GUATEMALA CITY, March 12 - Guatemalan fans confronted Belizean players at the stadium "
    "in Flores on Thursday, police said.",
    "MANILA, March 12 - Police fired water cannon at protesters near the Chinese embassy in "
    "Manila on Tuesday.",
    "PIRAEUS, March 12 - Protesters blocked a cargo ship at the port of Piraeus on Tuesday, "
    "Greek police said.",
    "ATHENS, March 12 - Tourists boarded a ferry to Lesbos on Tuesday, Greek officials said.",
    "TAIPEI, March 11 - Taiwan's coast guard said on Monday that Chinese ships might ram "
    "Taiwanese fishing boats near Kinmen.",
])
def test_drills_threats_crowds_and_passengers_are_no_stand_off(tmp_path, text):
    result = build_article(tmp_path, text + "\n", dt.date(2026, 3, 12))
    assert STANDOFF not in [(i.event_type, i.sub_event_type)
                            for i in result.incidents.itertuples()]


def test_a_patrol_pushed_back_by_the_other_sides_soldiers_is_the_clash_told_again(tmp_path):
    result = build_article(tmp_path, (
        "NEW DELHI, March 12 - Indian and Chinese troops came to blows near Yangtse on "
        "Friday, India's defence minister said. He said a Chinese patrol had crossed the "
        "line and was pushed back by Indian soldiers.\n"), dt.date(2026, 3, 12))
    assert [(i.event_type, i.sub_event_type) for i in result.incidents.itertuples()] == [CLASH]


# --- a stand-off told as news just in is of the report's day; one that goes on is none ----

def test_a_stand_off_just_in_is_of_the_reports_day(tmp_path):
    incident = only_incident(tmp_path, "Taiwan's coast guard has chased away two Chinese "
                                       "fishing boats near Kinmen, officials said.")
    assert incident.event_type == "Strategic developments"
    assert set(incident.actors) == {"CN", "TW"}
    assert day_of(incident.date) == MAY_10


def test_a_stand_off_that_goes_on_for_years_is_no_incident(tmp_path):
    assert incidents_built(tmp_path, "Taiwan's coast guard has chased away Chinese fishing "
                                     "boats near Kinmen for years, officials said.\n",
                           MAY_10) == []


def test_a_civilian_shot_dead_by_the_other_states_named_border_force_is_an_attack(tmp_path):
    # the force named with its state's possessive ("Iran's border guards"), the one person
    # told before taken up as "the shepherd": an attack on a civilian, one killed
    incident = only_incident(tmp_path, (
        "VAN, May 9 – The death of a shepherd from a village near Ozalp has angered "
        "residents.\n\nTurkish officials say the shepherd was shot dead by Iran's border "
        "guards on Thursday while he grazed his flock near the frontier east of Ozalp."),
        MAY_10)
    assert (incident.event_type, incident.sub_event_type) == ATTACK
    assert (incident.fatalities_min, incident.fatalities_max) == (1, 1)
    assert set(incident.actors) == {"TR", "IR"}


def test_a_vessel_in_another_states_closed_waters_is_an_incident_with_its_dead(tmp_path):
    # the boat's entry is the incident (of no shot fired), the day and sides its own; the
    # dead of the chase told after it are its dead
    incident = only_incident(tmp_path, (
        "MANILA, May 9 – On 6 May, a Chinese fishing vessel with eleven crew members on "
        "board entered the territorial waters off Pag-asa Island. A Philippine coast guard "
        "cutter ordered it to leave. The vessel turned away at speed and sank after striking "
        "a reef. All eleven were pulled out of the sea; three of them later died in "
        "hospital."), MAY_10)
    assert (incident.event_type, incident.sub_event_type) == (
        "Strategic developments", "Other")
    assert day_of(incident.date) == dt.date(2024, 5, 6)
    assert "CN" in incident.actors
    assert (incident.fatalities_min, incident.fatalities_max) == (3, 3)


@pytest.mark.parametrize("text, kind, killed, injured", [
    # places and an apposition between the blast and its verb
    ("KHARKIV, May 8 - An explosion at a market in the village of Kozacha Lopan, in "
     "Kharkiv region close to the Russian border, wounded five people on Wednesday, "
     "regional officials said.", "Remote explosive/landmine/IED", None, 5),
    ("BAKU, May 8 - A landmine in a field near the village of Talish, in the Tartar "
     "district, killed a farmer on Wednesday, Azerbaijan's mine action agency said.",
     "Remote explosive/landmine/IED", 1, None),
])
def test_a_subject_kept_from_its_verb_by_where_it_was_tells_its_event(
        tmp_path, text, kind, killed, injured):
    incident = only_incident(tmp_path, text, MAY_8_2024)
    assert (incident.event_type, incident.sub_event_type) == (
        "Explosions/Remote violence", kind)
    assert day_of(incident.date) == MAY_8_2024
    assert (incident.fatalities_min, incident.injured_min) == (killed, injured)


def test_an_explosion_kept_from_its_verb_is_drawn_where_it_was(tmp_path):
    incident = only_incident(tmp_path, (
        "KHARKIV, May 8 - An explosion at a market in the village of Kozacha Lopan, in "
        "Kharkiv region close to the Russian border, wounded five people on Wednesday, "
        "regional officials said."), MAY_8_2024)
    assert km_from(incident, 50.35, 35.98) < 25


def test_an_old_attack_with_its_place_does_not_hide_the_news_of_the_day(tmp_path):
    # the cut "near Kenema" once let "an attack" be read anew, over the day's closure
    incident = only_incident(tmp_path, (
        "FREETOWN, May 8 - Sierra Leone closed its border with Liberia on Wednesday, a "
        "month after an attack near Kenema that it blames on Monrovia."), MAY_8_2024)
    assert (incident.event_type, incident.sub_event_type) == (
        "Strategic developments", "Other")
    assert day_of(incident.date) == MAY_8_2024


@pytest.mark.parametrize("text, states, killed", [
    # a crowd driven back at a crossing by a state's forces, people crushed
    ("HERAT, May 8 - Eleven people were crushed to death on Tuesday when Iranian border "
     "guards drove back a crowd trying to cross at Islam Qala, local officials said.",
     {"IR"}, 11),
    # a stampede at a border fence as police charged
    ("RABAT, May 8 - Seven migrants died in a stampede at the Ceuta border fence on "
     "Tuesday as Moroccan police charged the crowd, rights groups said.", {"MA"}, 7),
])
def test_deaths_in_a_crowd_forced_back_at_the_border_are_violence_against_civilians(
        tmp_path, text, states, killed):
    """Force used on unarmed people at a fence or a crossing who are no protesters is
    ACLED's violence against civilians (an attack), however they died."""
    incident = only_incident(tmp_path, text, MAY_8_2024)
    assert (incident.event_type, incident.sub_event_type) == ATTACK
    assert states <= set(incident.actors)
    assert incident.fatalities_min == killed
    assert day_of(incident.date) == dt.date(2024, 5, 7)


@pytest.mark.parametrize("text", [
    # a crowd's own stampede, no force named
    "MECCA, May 8 - Hundreds of pilgrims were trampled in a stampede at the Jamarat bridge "
    "in Mina on Tuesday, officials said.",
    # an illness's onset
    "YEREVAN, May 8 - Russia's former ambassador to Armenia suffered a heart attack at a "
    "hotel in Yerevan on Tuesday, the Russian embassy said.",
    # a trial told: old news
    "ASTANA, May 8 - A Kazakh court on Tuesday sentenced two Chinese nationals to 15 years "
    "in prison for attacking Kazakh border guards near Khorgos, prosecutors said.",
])
def test_a_stampede_an_illness_or_a_trial_is_no_incident(tmp_path, text):
    assert len(build_article(tmp_path, text + "\n", MAY_8_2024).incidents) == 0


def test_a_flight_across_the_border_is_no_fighting(tmp_path):
    """People fleeing across a border in numbers: ACLED codes no event for it, geomap a
    strategic development at most, at the place they reached, never a clash."""
    incident = only_incident(tmp_path, (
        "MAE SOT, May 8 - About 900 villagers from Myanmar's Karen state fled across the "
        "Moei river into the Thai district of Mae Sot on Tuesday, Thai officials said."),
        MAY_8_2024)
    assert (incident.event_type, incident.sub_event_type) == ("Strategic developments",
                                                              "Other")
    assert "TH" in incident.actors
    assert day_of(incident.date) == dt.date(2024, 5, 7)
    assert km_from(incident, 16.71, 98.57) < 25


def test_the_toll_of_a_crowds_rush_at_a_border_fence_is_an_incident(tmp_path):
    """"The death toll from Tuesday's attempt by migrants to scale the border fence": a
    deadly rush at a fence is an incident where the fence is, on its day, though no
    shot or blow is told."""
    incident = only_incident(tmp_path, (
        "TUNIS, May 8 - Tunisian authorities raised the death toll from Tuesday's attempt by "
        "hundreds of migrants to scale the border fence at Ras Jedir to nine on Wednesday. "
        "Most of the men died in a crush near the fence, an interior ministry spokesman "
        "said."), MAY_8_2024)
    assert (incident.event_type, incident.sub_event_type) == ATTACK
    assert "TN" in incident.actors
    assert day_of(incident.date) == dt.date(2024, 5, 7)
    assert km_from(incident, 33.15, 11.57) < 25


@pytest.mark.parametrize("text", [
    "Turkish soldiers attacked a group of shepherds near the Iraqi village of Sidakan on "
    "Monday, wounding three, local officials said.",
    "Thai soldiers attacked Cambodian farmers near the border on Monday, injuring four, "
    "Cambodian officials said.",
])
def test_forces_attacking_unarmed_people_is_violence_against_civilians(tmp_path, text):
    incident = only_incident(tmp_path, text)
    assert (incident.event_type, incident.sub_event_type) == ATTACK


def test_forces_attacking_armed_smugglers_is_a_battle(tmp_path):
    incident = only_incident(tmp_path, "Indian troops attacked armed smugglers near the "
                             "village of Khalra on Monday, killing one, police said.")
    assert (incident.event_type, incident.sub_event_type) == CLASH


@pytest.mark.parametrize("text, kind, day", [
    # a defence ministry's wording: fire "launched from artillery in the direction of" a
    # place, drones "employed against" it
    ("On 15 June 2024, at 23:40, units of the Kyrgyz armed forces launched intensive fire "
     "from heavy artillery in the direction of the Tajik village of Vorukh.", SHELLING,
     dt.date(2024, 6, 15)),
    ("On 7 May 2024, the Thai army launched intensive fire from artillery towards "
     "Cambodian positions near Preah Vihear, Cambodia's defence ministry said.", SHELLING,
     dt.date(2024, 5, 7)),
    ("Strike drones were also employed against Thai border villages near Surin on "
     "Saturday, the Thai army said.", DRONE, dt.date(2024, 6, 15)),
])
def test_fire_launched_from_artillery_and_drones_employed_are_strikes(tmp_path, text, kind,
                                                                      day):
    incident = only_incident(tmp_path, text, dt.date(2024, 6, 16))
    assert (incident.event_type, incident.sub_event_type) == kind
    assert day_of(incident.date) == day
