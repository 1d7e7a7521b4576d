"""Session 18 (helper P): who is a side and who only speaks, as a user reads it off a build
— a third state that condemns an attack, or whose defence ministry tells of fighting
between two others, is no side; an armed group of no state firing on civilians makes the
state that reports it no attacker; "said it had not taken part in the fighting" denies,
and "the other side opened fire first" is that side's version of the same fire; and
monitors, a movement's spokesman and a de facto capital speak as claimants."""

from __future__ import annotations

import datetime as dt

from incident_helpers import build_article, claims_in

JUNE_20 = dt.date(2024, 6, 20)


def incidents_of(result):
    return list(result.incidents.itertuples())


def only_incident(tmp_path, text: str):
    result = build_article(tmp_path, text + "\n", JUNE_20)
    (incident,) = incidents_of(result)
    return incident, result


def test_a_third_state_that_condemns_the_shelling_is_no_side(tmp_path):
    incident, _ = only_incident(
        tmp_path, "Georgia condemned the shelling of Sotk by Azerbaijani forces on Monday.")
    assert sorted(incident.actors) == ["AM", "AZ"]      # Sotk is Armenia's


def test_a_neighbour_that_condemns_is_no_side_either(tmp_path):
    incident, _ = only_incident(
        tmp_path, "Iran condemned the shelling of Sotk by Azerbaijani forces on Monday.")
    assert sorted(incident.actors) == ["AM", "AZ"]


def test_the_state_hit_that_condemns_stays_a_side(tmp_path):
    incident, _ = only_incident(
        tmp_path, "Armenia condemned the shelling of Sotk by Azerbaijani forces on Monday.")
    assert sorted(incident.actors) == ["AM", "AZ"]


def test_a_third_defence_ministry_telling_of_two_sides_fighting_is_no_side(tmp_path):
    incident, result = only_incident(
        tmp_path, "Turkey's defence ministry said Armenian forces shelled Azerbaijani "
                  "positions near Sadarak on Monday.")
    assert sorted(incident.actors) == ["AM", "AZ"]
    assert [(c, s) for _, c, s in claims_in(result)] == [("TR", "asserts")]


def test_the_state_reporting_an_armed_groups_attack_on_civilians_is_no_attacker(tmp_path):
    incident, result = only_incident(
        tmp_path, "Pakistan's foreign office said Taliban fighters fired on civilians near "
                  "Spin Boldak on Monday, killing three.")
    assert incident.event_type == "Violence against civilians"
    assert "PK" not in list(incident.actors)
    assert incident.fatalities_min == 3
    assert [(c, s) for _, c, s in claims_in(result)] == [("PK", "asserts")]


LEAD = ("YEREVAN, June 18 — Azerbaijani forces shelled Armenian positions near Sotk on Monday "
        "night, killing one soldier, Armenia's Defence Ministry said on Tuesday.\n\n")


def test_a_group_that_says_it_took_no_part_denies(tmp_path):
    incident, result = only_incident(
        tmp_path, LEAD + "The Karabakh Defence Army said it had not taken part in the "
                         "fighting.")
    assert sorted(incident.actors) == ["AM", "AZ"]
    stances = {claimant: stance for claimant, _, stance in claims_in(result)}
    assert stances["Nagorno-Karabakh Defense Army"] == "denies"


def test_the_other_sides_account_of_who_fired_first_is_the_same_incident(tmp_path):
    result = build_article(
        tmp_path, LEAD + "Azerbaijan's Defence Ministry denied the report.\n\n"
        "The Azerbaijani state news agency APA, citing military sources, said Armenian "
        "units had opened fire first.\n\n"
        "The Karabakh Defence Army said it had not taken part in the fighting.\n", JUNE_20)
    (incident,) = incidents_of(result)
    assert str(incident.date)[:10] == "2024-06-17"
    assert list(incident.places) == ["Sotk"]
    assert {c for c, _, _ in claims_in(result)} >= {"APA news agency",
                                                    "Nagorno-Karabakh Defense Army"}


def claimants_of(tmp_path, text: str) -> list[tuple[str, str, str]]:
    return claims_in(build_article(tmp_path, text + "\n", JUNE_20))


def test_the_eu_monitoring_mission_named_without_georgia_speaks(tmp_path):
    assert claimants_of(tmp_path, "Russian forces fired on a checkpoint near Ergneti on "
                                  "Monday, the EU Monitoring Mission said.") == [
        ("EU Monitoring Mission in Georgia", "", "asserts")]


def test_the_eu_monitoring_mission_in_armenia_is_not_georgias(tmp_path):
    claims = claimants_of(tmp_path, "A house in Sotk was damaged by fire on Monday; the EU "
                                    "monitoring mission visited the village.")
    assert all(c != "EU Monitoring Mission in Georgia" for c, _, _ in claims)


def test_the_taliban_spokesman_named_alone_speaks(tmp_path):
    claims = claimants_of(tmp_path, "Pakistani forces shelled villages near Spin Boldak on "
                                    "Monday, Zabihullah Mujahid said.")
    assert [s for _, _, s in claims] == ["asserts"]


def test_un_peacekeepers_speak_as_monitors(tmp_path):
    result = build_article(tmp_path, "Israeli forces fired on positions near Naqoura on "
                                     "Monday, UN peacekeepers said.\n", JUNE_20)
    assert [(c.claimant, c.claimant_kind) for c in result.claims.itertuples()] == [
        ("UN peacekeepers", "monitor")]


def test_a_de_facto_capital_that_speaks_is_a_claimant_not_a_place(tmp_path):
    incident, result = only_incident(
        tmp_path, "Georgian police detained two men near Ergneti on Monday, Tskhinvali said.")
    assert list(incident.places) == ["Ergneti"]
    assert claims_in(result) == [("South Ossetia de facto authorities", "", "asserts")]


def test_a_monitors_patrol_that_heard_explosions_reports_fire_near_the_village(tmp_path):
    incident, result = only_incident(
        tmp_path, "The EU Mission in Armenia said its patrol heard explosions near Sotk on "
                  "Monday evening.")
    assert incident.event_type == "Explosions/Remote violence"
    assert list(incident.places) == ["Sotk"]
    assert claims_in(result) == [("EU Mission in Armenia", "", "asserts")]
