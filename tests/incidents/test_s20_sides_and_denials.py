"""Session 20 (helper M2): fire that names no side in its own sentence, with where it came
from told in the next one, is still an incident between the state it came from and the
one it hit; and a denial goes to what it points back at ("that claim", "an accusation
… rejects"), not to the lead incident when what it denies is another side's
counter-accusation or a long-made accusation of another kind."""

from __future__ import annotations

import datetime as dt

from incident_helpers import build_article, day_of, stances_on

MAY_8_2024 = dt.date(2024, 5, 8)        # a Wednesday


def incident_rows(result) -> list:
    return list(result.incidents.itertuples())


def test_fire_whose_origin_the_next_sentence_gives_is_an_incident_of_both(tmp_path):
    result = build_article(tmp_path, (
        "A rocket landed in a bazaar in Chaman on Tuesday, killing a boy and wounding four "
        "people. Local officials said the rocket had been fired from Afghanistan.\n"),
        MAY_8_2024)
    (shelling,) = incident_rows(result)
    assert set(shelling.actors) == {"AF", "PK"}
    assert "Chaman" in list(shelling.places)
    assert day_of(shelling.date) == dt.date(2024, 5, 7)
    assert shelling.fatalities_min == 1


def test_fire_from_across_the_border_is_the_hit_sides_incident(tmp_path):
    result = build_article(tmp_path, (
        "A mortar round hit a house near Chaman on Tuesday, killing a boy. Local officials "
        "said the round was fired from across the border.\n"), MAY_8_2024)
    (shelling,) = incident_rows(result)
    assert list(shelling.actors) == ["PK"]


def test_fire_with_no_word_of_its_origin_is_an_incident_of_the_side_it_hit(tmp_path):
    # a dated toll at a known place: the event happened; the side it hit is its only side
    result = build_article(tmp_path, (
        "A mortar round hit a house near Chaman on Tuesday, killing a boy. Local officials "
        "said an investigation was under way.\n"), MAY_8_2024)
    (shelling,) = incident_rows(result)
    assert list(shelling.actors) == ["PK"]
    assert "Chaman" in list(shelling.places)


def test_denial_of_a_counter_accusation_is_not_the_lead_incidents(tmp_path):
    result = build_article(tmp_path, (
        "Kyrgyzstan's border service said Tajik troops fired on a Kyrgyz post near Batken on "
        "Monday, wounding a soldier. Tajikistan's border service denied the report and "
        "accused Kyrgyz troops of shelling houses near Isfara the same day. Kyrgyzstan's "
        "border service rejected that accusation as false.\n"), MAY_8_2024)
    (lead,) = incident_rows(result)
    # Kyrgyzstan reported the fire; what it rejects is Tajikistan's claim about Isfara
    assert stances_on(result, lead) == [("KG", "asserts"), ("TJ", "denies")]
    # and Isfara is where the accused shelling was, not the Batken fire
    assert list(lead.places) == ["Batken"]


def test_denial_of_the_report_itself_stays_the_lead_incidents(tmp_path):
    result = build_article(tmp_path, (
        "Kyrgyzstan's border service said Tajik troops fired on a Kyrgyz post near Batken on "
        "Monday, wounding a soldier. Tajikistan's border service rejected that accusation "
        "as false.\n"), MAY_8_2024)
    (lead,) = incident_rows(result)
    assert stances_on(result, lead) == [("KG", "asserts"), ("TJ", "denies")]


def test_a_long_made_accusation_and_its_denial_are_background(tmp_path):
    result = build_article(tmp_path, (
        "Azerbaijani forces fired on Sotk on Monday, wounding a soldier, Armenia's defence "
        "ministry said. Baku has repeatedly accused Armenian troops of shelling its "
        "positions, a charge Yerevan denies.\n"), MAY_8_2024)
    (lead,) = incident_rows(result)
    assert stances_on(result, lead) == [("AM", "asserts")]


def test_a_repeated_denial_of_the_fire_itself_stays(tmp_path):
    # the denial is what is repeated, and it is of this fire's kind: the lead's
    result = build_article(tmp_path, (
        "Azerbaijani forces fired on Sotk on Monday, wounding a soldier, Armenia's defence "
        "ministry said. Azerbaijan has repeatedly denied that its forces fired on Armenian "
        "villages.\n"), MAY_8_2024)
    (lead,) = incident_rows(result)
    assert stances_on(result, lead) == [("AM", "asserts"), ("AZ", "denies")]
