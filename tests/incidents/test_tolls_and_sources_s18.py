"""Session 18 (helper I): the figures a user reads off an incident when a soldier is named
with two ranks and an aside ("contract serviceman, Private Aram Petrosyan (name changed),
was fatally wounded"), when a later sentence counts further people ("A third, …",
"Another soldier …"), when "no casualties among the civilian population" is said beside
the soldiers' count, when a side killed some and lost some of its own, and when an
initial figure is superseded; and the claimant of "Sudanese military sources said"."""

from __future__ import annotations

import datetime as dt

from incident_helpers import build_article, claims_in

JUNE_20 = dt.date(2024, 6, 20)

SHORZHA = (
    "YEREVAN, July 29, 2021 — On July 28, from 09:40, units of the Armed Forces of Azerbaijan "
    "opened fire from different-calibre weapons, including mortars, at Armenian combat "
    "positions in the eastern part of the border near Verin Shorzha, Gegharkunik region.\n\n"
    "As a result of the enemy's actions, contract serviceman, Private Aram Petrosyan (name "
    "changed), was fatally wounded. Two other servicemen sustained shrapnel wounds and were "
    "hospitalised. A third, Junior Sergeant H. Avetisyan, received a light wound and returned "
    "to duty after receiving first aid.\n\n"
    "There were no casualties among the civilian population of Verin Shorzha.\n")


def only_incident(tmp_path, text: str, published=JUNE_20):
    result = build_article(tmp_path, text, published)
    (incident,) = result.incidents.itertuples()
    return result, incident


def test_a_soldier_named_with_two_ranks_and_an_aside_is_one_dead(tmp_path):
    _, incident = only_incident(tmp_path, SHORZHA)
    assert (incident.fatalities_min, incident.fatalities_max) == (1, 1)


def test_a_third_wounded_adds_to_the_two_before_and_civilians_spared_lower_nothing(tmp_path):
    _, incident = only_incident(tmp_path, SHORZHA)
    assert (incident.injured_min, incident.injured_max) == (3, 3)


def test_another_wounded_in_a_later_sentence_is_one_more(tmp_path):
    _, incident = only_incident(tmp_path, (
        "Azerbaijani forces opened fire on Armenian positions near Sotk on Monday, the "
        "Armenian Defence Ministry said. Two Armenian soldiers were wounded. Another soldier "
        "was wounded later in the day."))
    assert (incident.injured_min, incident.injured_max) == (3, 3)


def test_the_dead_a_side_killed_and_its_own_dead_add_up(tmp_path):
    _, incident = only_incident(tmp_path, (
        "Sudan's army said it had repelled an attack by Ethiopian militias near Gallabat on "
        "Monday, killing dozens of attackers and losing five of its own soldiers."))
    assert incident.fatalities_min == 12 + 5


def test_an_initial_report_of_fewer_dead_is_superseded(tmp_path):
    _, incident = only_incident(tmp_path, (
        "Sudanese troops and Ethiopian fighters clashed near Gallabat on Sunday. Two Sudanese "
        "soldiers were killed, the sources said. Initial reports had put the number of dead "
        "at one."))
    assert (incident.fatalities_min, incident.fatalities_max) == (2, 2)


def test_military_sources_of_a_nation_speak_for_its_forces(tmp_path):
    result, _ = only_incident(tmp_path, (
        "Sudanese troops and Ethiopian fighters clashed on Sunday near Gallabat, Sudanese "
        "military sources said."))
    assert claims_in(result) == [("Sudanese armed forces", "SD", "asserts")]


def test_sources_of_no_body_make_no_claim(tmp_path):
    result, _ = only_incident(tmp_path, (
        "Sudanese troops and Ethiopian fighters clashed on Sunday near Gallabat, military "
        "sources said."))
    assert claims_in(result) == []


# another side's denial in the claim's own sentence, and a claim "for it" after the event

def test_a_claim_another_capital_rejects_is_disputed_by_it(tmp_path):
    result = build_article(tmp_path, (
        "YEREVAN, Feb 16, 2024 (AFP) - Armenia on Friday buried four soldiers killed in an "
        "Azerbaijani attack on the border on Tuesday, the defence ministry said.\n\n"
        "Baku has said its border guards acted in retaliation for an Armenian shooting on "
        "February 12 that wounded an Azerbaijani soldier, a claim Yerevan rejects.\n"),
        dt.date(2024, 2, 16))
    shooting = [i for i in result.incidents.itertuples() if str(i.date)[:10] == "2024-02-12"]
    assert len(shooting) == 1
    claims = [(c.claimant_country, c.stance) for c in result.claims.itertuples()
              if c.incident_id == shooting[0].id]
    assert claims == [("AZ", "asserts"), ("AM", "denies")]
    assert result.claims.id.is_unique


def test_blame_for_it_and_a_charge_denied_are_the_attacks_claims(tmp_path):
    result = build_article(tmp_path, (
        "NEW DELHI, May 7, 2025 - Indian and Pakistani troops exchanged fire along the Line "
        "of Control on Wednesday, the army said.\n\n"
        "The attack at Baisaran meadow near Pahalgam on April 22 was the deadliest on "
        "civilians in Jammu and Kashmir in years. India blamed Pakistan-based groups for it, "
        "a charge Islamabad denied.\n"), dt.date(2025, 5, 7))
    (pahalgam,) = [i for i in result.incidents.itertuples() if "Pahalgam" in i.places]
    claims = [(c.claimant_country, c.stance) for c in result.claims.itertuples()
              if c.incident_id == pahalgam.id]
    assert claims == [("IN", "asserts"), ("PK", "denies")]
