"""Probe F's remaining faults (s17), what a user sees: a shell that hits a house, told by
the village's own voice, is a shelling incident of the side hit; a drone that violates a
state's airspace is an incident; "an army spokesman said" under a town's dateline is that
country's army; an official the transcript's intro names by an office and a name answers
on lines opened by that name; a question that asks whether another side said it, or cites
reports of what forces did, records no claim of theirs."""

from __future__ import annotations

import datetime as dt

from incident_helpers import build_article, claims_in, day_of

JUNE_20 = dt.date(2024, 6, 20)


def incidents_of(result) -> list:
    return sorted(result.incidents.itertuples(), key=lambda i: str(i.date))


def claims_of(result, incident) -> list[tuple[str, str, str]]:
    return [(c.claimant, c.claimant_country, c.stance) for c in result.claims.itertuples()
            if c.incident_id == incident.id]


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


def test_the_shelling_is_not_folded_into_the_drone_brought_down_the_day_before(tmp_path):
    result = build_article(tmp_path, (
        "YEREVAN, June 15 — Armenian forces shot down an Azerbaijani quadcopter near "
        "Khoznavar on Friday, Armenia's Defence Ministry said. The ministry said the drone "
        "had been filming Armenian fortifications and was brought down with small-arms fire. "
        "On Saturday morning, a shell struck a house in Sotk, damaging the roof, the village "
        "head told local media.\n"), JUNE_20)
    drone, shell = incidents_of(result)
    assert drone.sub_event_type == "Disrupted weapons use"
    assert list(drone.places) == ["Khoznavar"] and day_of(drone.date) == dt.date(2024, 6, 14)
    assert shell.event_type == "Explosions/Remote violence"
    assert list(shell.places) == ["Sotk"] and day_of(shell.date) == dt.date(2024, 6, 15)
    drone_texts = [c.text for c in result.claims.itertuples() if c.incident_id == drone.id]
    assert any("small-arms fire" in t for t in drone_texts)


def test_a_drone_that_violated_a_states_airspace_is_an_incident_there(tmp_path):
    result = build_article(tmp_path, (
        "BAKU, June 15 — Azerbaijan's Defence Ministry said an Iranian drone violated its "
        "airspace near Jabrayil on Friday.\n"), JUNE_20)
    (incident,) = result.incidents.itertuples()
    assert (incident.event_type, incident.sub_event_type) == ("Strategic developments", "Other")
    assert list(incident.places) == ["Jabrayil"] and day_of(incident.date) == dt.date(2024, 6, 14)
    assert sorted(incident.actors) == ["AZ", "IR"]
    assert claims_of(result, incident) == [("Ministry of Defense of Azerbaijan", "AZ", "asserts")]


def test_an_unidentified_drone_in_a_states_airspace_has_that_state_as_its_side(tmp_path):
    result = build_article(tmp_path, (
        "BAKU, June 15 — An unidentified drone violated Azerbaijan's airspace near Jabrayil on "
        "Friday, the Azerbaijani Defence Ministry said.\n"), JUNE_20)
    (incident,) = result.incidents.itertuples()
    assert incident.event_type == "Strategic developments" and list(incident.actors) == ["AZ"]
    assert list(incident.places) == ["Jabrayil"]


def test_an_army_spokesman_under_a_towns_dateline_speaks_for_its_countrys_army(tmp_path):
    result = build_article(tmp_path, (
        "JAMMU, June 16 — Unknown gunmen shot dead a villager in Rajouri late on Saturday, "
        "police said. Two days earlier, Pakistani troops fired at Indian posts along the Line "
        "of Control in Poonch, an army spokesman said.\n"), JUNE_20)
    fire, _ = incidents_of(result)
    assert sorted(fire.actors) == ["IN", "PK"] and day_of(fire.date) == dt.date(2024, 6, 13)
    assert claims_of(result, fire) == [("Indian armed forces", "IN", "asserts")]


_BRIEFING = (
    "TEHRAN, June 17 — The following are excerpts from the weekly press conference of "
    "Foreign Ministry spokesman Nasser Kanaani, who was joined by the Interior Ministry's "
    "border affairs official Majid Mirahmadi.\n\n")


def test_an_official_the_intro_names_by_office_and_name_answers_on_his_lines(tmp_path):
    result = build_article(tmp_path, _BRIEFING + (
        "Question: Is there any news about the missing border guards?\n\n"
        "Mirahmadi: On Sunday, unknown gunmen attacked a border post near Mirjaveh and "
        "abducted two guards.\n"), JUNE_20)
    (incident,) = result.incidents.itertuples()
    ((claimant, country, stance),) = claims_of(result, incident)
    assert claimant.startswith("Majid Mirahmadi") and (country, stance) == ("IR", "asserts")


def test_an_answer_telling_what_the_other_side_said_of_an_airspace_violation(tmp_path):
    result = build_article(tmp_path, _BRIEFING + (
        "Question: Azerbaijan has said an Iranian drone flew over Jabrayil. What is your "
        "response?\n\n"
        "Kanaani: Baku has said an unidentified drone violated its airspace near Jabrayil on "
        "Friday. We reject any suggestion that the drone was Iranian.\n"), JUNE_20)
    (incident,) = result.incidents.itertuples()
    assert incident.event_type == "Strategic developments" and list(incident.places) == ["Jabrayil"]
    assert ("Government of Azerbaijan", "AZ", "asserts") in claims_of(result, incident)


def test_a_question_that_asks_whether_another_side_said_it_records_no_claim(tmp_path):
    result = build_article(tmp_path, (
        "TEHRAN, June 17 — Excerpts from the weekly press conference of Iranian Foreign "
        "Ministry spokesman Nasser Kanaani.\n\n"
        "Question: Did Pakistan say that Iranian border guards fired at fuel smugglers near "
        "Jalq on Saturday?\n\n"
        "Answer: Iranian border guards did not fire on anyone near Jalq.\n"), JUNE_20)
    assert all(country != "PK" for _, country, _ in claims_in(result))


def test_a_question_citing_reports_of_what_forces_did_records_no_claim_of_theirs(tmp_path):
    result = build_article(tmp_path, (
        "TEHRAN, August 10 — Excerpts from the weekly press conference of Iranian Foreign "
        "Ministry spokesman Esmaeil Baghaei.\n\n"
        "Question: There were reports on social media that Iranian border guards fired "
        "warning shots across the Aras river near Norduz on Saturday night. Can you "
        "confirm?\n\nBaghaei: No.\n"), dt.date(2025, 8, 12))
    assert {stance for _, _, stance in claims_in(result)} == {"denies"}


def test_a_question_telling_what_another_side_said_records_its_claim(tmp_path):
    result = build_article(tmp_path, (
        "TEHRAN, June 17 — Excerpts from the weekly press conference of Iranian Foreign "
        "Ministry spokesman Nasser Kanaani.\n\n"
        "Question: On Saturday, Pakistan said Iranian border guards fired at fuel smugglers "
        "near Jalq.\n\n"
        "Answer: Iranian border guards did not fire on anyone near Jalq.\n"), JUNE_20)
    (incident,) = result.incidents.itertuples()
    assert list(incident.places) == ["Jālq"] and day_of(incident.date) == dt.date(2024, 6, 15)
    claims = [(c.claimant_country, c.stance, c.text.split(":")[0])
              for c in result.claims.itertuples() if c.incident_id == incident.id]
    assert ("PK", "asserts", "Question") in claims
    assert ("IR", "denies", "Answer") in claims


