"""Briefing transcripts and interviews: a journalist's question claims nothing and tells no
incident of its own; an answer is the answering official's claim (a denial when it rejects
what was asked) and goes to the incident its own question asked about."""

from __future__ import annotations

import datetime as dt

import pytest

from incident_helpers import JUNE_20, NOV_20_2025, build_article, claims_in, claims_on, day_of


def test_a_question_no_answer_takes_up_is_no_incident(tmp_path):
    result = build_article(tmp_path, (
        "TEHRAN, Nov 17 - Excerpts from the weekly briefing of Iranian Foreign Ministry "
        "spokesman Esmaeil Baghaei.\n\nQuestion (Tasnim): Azerbaijani media say Azerbaijani "
        "troops shelled Armenian positions near Sotk yesterday, wounding two soldiers. What "
        "is your comment?\n\nBaghaei: I have no information on that. We call on both sides "
        "to show restraint.\n"), dt.date(2025, 11, 20))
    assert len(result.incidents) == 0 and claims_in(result) == []


YEREVAN_BRIEFING = (
    "YEREVAN, February 14, 2024 - Transcript of the weekly briefing of the Foreign Ministry "
    "spokesperson.\n\nQuestion: Azerbaijani media reported on Tuesday that Armenian soldiers "
    "fired at Azerbaijani positions near the village of Kokhanabi in the Tovuz district. "
    "What is your comment?\n\nAnswer: The Defence Ministry of Armenia has already refuted "
    "this information. Armenian units did not open fire in that direction.\n\nQuestion: And "
    "the incident near Nerkin Hand on Monday?\n\nAnswer: On Monday, Azerbaijani forces fired "
    "at Armenian positions near Nerkin Hand, killing four Armenian servicemen. This was a "
    "planned provocation.\n")


def test_a_briefing_answer_with_no_speech_verb_is_the_spokespersons_claim(tmp_path):
    result = build_article(tmp_path, YEREVAN_BRIEFING, JUNE_20)
    (nerkin_hand,) = [i for i in result.incidents.itertuples()
                      if list(i.places) == ["Nerkin Hand"]]
    assert day_of(nerkin_hand.date) == dt.date(2024, 2, 12)
    assert nerkin_hand.fatalities_min == 4
    stances = {(c.claimant_country, c.stance) for c in result.claims.itertuples()
               if c.incident_id == nerkin_hand.id}
    assert stances == {("AM", "asserts")}


def test_each_question_of_a_briefing_asks_of_its_own_incident(tmp_path):
    # the answer about Nerkin Hand does not join the Kokhanabi report Yerevan denied
    result = build_article(tmp_path, YEREVAN_BRIEFING, JUNE_20)
    assert len(result.incidents) == 2
    (tovuz,) = [i for i in result.incidents.itertuples() if list(i.places) != ["Nerkin Hand"]]
    assert "Nerkin Hand" not in list(tovuz.places)
    assert {c.stance for c in result.claims.itertuples()
            if c.incident_id == tovuz.id} == {"denies"}


def test_an_answer_under_the_spokesmans_name_denies_what_was_asked(tmp_path):
    # "Baghaei: No. There was no such incident." is his denial
    result = build_article(tmp_path, (
        "TEHRAN, August 11, 2025 - Excerpts from the weekly briefing of Iranian foreign "
        "ministry spokesman Esmaeil Baghaei.\n\nQuestion: There were reports that Iranian "
        "border guards fired across the Aras near Nordooz on Saturday. Can you confirm?\n\n"
        "Baghaei: No. There was no such incident. The reports about shooting near Nordooz "
        "are baseless.\n"), dt.date(2025, 8, 11))
    (incident,) = result.incidents.itertuples()
    assert day_of(incident.date) == dt.date(2025, 8, 9)
    claims = claims_in(result)
    assert claims and all(country == "IR" and stance == "denies"
                          for _, country, stance in claims)
    assert all("Baghaei" in claimant for claimant, _, _ in claims)


def test_words_in_an_interview_are_the_speakers_and_take_up_the_drills_told(tmp_path):
    result = build_article(tmp_path, (
        "TEHRAN, October 1, 2021 — Iran's army began large-scale military exercises on "
        "Friday in the country's northwest along the border with Azerbaijan, state media "
        "reported.\n\n"
        "Azerbaijani President Ilham Aliyev, in an interview with Turkey's Anadolu news "
        "agency on Monday, said he was \"very surprised\" by the exercises and asked why "
        "Iran had not held them during the years when the area was under Armenian "
        "occupation.\n"), dt.date(2021, 10, 1))
    (incident,) = result.incidents.itertuples()
    assert list(incident.actors) == ["IR"]
    claimants = [(name, country) for name, country, _ in claims_in(result)]
    assert ("Ilham Aliyev, President of Azerbaijan", "AZ") in claimants
    assert all(country != "TR" for _, country in claimants)


INTERVIEW = "Armenian Foreign Minister Ararat Mirzoyan spoke to our newspaper on June 18.\n\n"


KANAANI_BRIEFING = ("TEHRAN, June 17 — Excerpts from the weekly press conference of Iranian Foreign "
            "Ministry spokesman Nasser Kanaani")


def test_an_answer_denying_what_the_other_side_claims_is_the_answerers_denial(tmp_path):
    result = build_article(tmp_path, INTERVIEW + (
        "Q: On Monday, Azerbaijan said Armenian units fired on its positions near Zangilan. "
        "Did that happen?\n\nA: Baku claims that our soldiers shelled its positions near "
        "Zangilan, but this is simply not true.\n"), JUNE_20)
    # the question tells Azerbaijan's claim; the answer is the minister's denial
    assert claims_in(result) == [("Azerbaijan", "AZ", "asserts"),
                                 ("Ararat Mirzoyan, Foreign Minister of Armenia", "AM",
                                  "denies")]


def test_an_answer_that_they_did_not_fire_near_the_place_denies_the_question(tmp_path):
    result = build_article(tmp_path, KANAANI_BRIEFING + ".\n\nQuestion: On Saturday, Pakistan said "
                           "Iranian border guards fired at fuel smugglers near Jalq.\n\n"
                           "Answer: Iranian border guards did not fire on anyone near "
                           "Jalq.\n", JUNE_20)
    (incident,) = result.incidents.itertuples()
    assert day_of(incident.date) == dt.date(2024, 6, 15) and list(incident.places) == ["Jālq"]
    assert [(country, stance) for _, country, stance in claims_in(result)] == [
        ("PK", "asserts"), ("IR", "denies")]


def test_no_as_an_answer_denies_the_event_asked_of(tmp_path):
    result = build_article(tmp_path, KANAANI_BRIEFING + ".\n\nQuestion: On Saturday, Pakistan said "
                           "Iranian border guards fired at fuel smugglers near Jalq.\n\n"
                           "Answer: No.\n", JUNE_20)
    (incident,) = result.incidents.itertuples()
    assert [(country, stance) for _, country, stance in claims_in(result)] == [
        ("PK", "asserts"), ("IR", "denies")]


def test_a_second_official_answering_by_name_makes_a_claim(tmp_path):
    result = build_article(tmp_path, KANAANI_BRIEFING + (
        ", who was joined by Iran's deputy interior minister Majid Mirahmadi.\n\nQuestion: "
        "What happened near Mirjaveh?\n\nMirahmadi: On Sunday, Pakistani border guards fired "
        "on Iranian border guards near Mirjaveh, wounding one.\n"), JUNE_20)
    assert claims_in(result) == [("Majid Mirahmadi, Deputy Interior Minister of Iran", "IR",
                                  "asserts")]


def test_a_negated_answer_about_posts_fired_upon_is_no_incident(tmp_path):
    result = build_article(tmp_path, (
        "Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, June 19\n\n"
        "Question: Yerevan has accused Russian border guards of failing to act. Your "
        "comment?\n\nAnswer: This is not true. Russian border guards in Armenia fully carry "
        "out their duties, and no Russian posts were fired upon.\n"), JUNE_20)
    assert len(result.incidents) == 0


def test_an_answer_denies_only_what_its_own_question_asked(tmp_path):
    result = build_article(tmp_path, (
        "Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, June 19\n\n"
        "Question: Armenia says Azerbaijani forces fired at the village of Khnatsakh on "
        "Tuesday. How does Moscow assess the situation?\n\nAnswer: We are following events "
        "closely. According to the Armenian side, the shooting damaged two houses in "
        "Khnatsakh.\n\nQuestion: There are reports that unknown gunmen attacked a bus near "
        "the village of Kvemo Sarali in Georgia. Is Russia involved?\n\nAnswer: We "
        "categorically deny any involvement.\n"), JUNE_20)
    assert all(stance != "denies" for _, _, stance in claims_in(result))


def test_a_place_after_in_is_no_name_of_the_official_after_it(tmp_path):
    result = build_article(tmp_path, (
        "Eleven police officers were killed in an attack on the police headquarters in "
        "Zahedan, Iran's deputy interior minister said on Friday.\n"), dt.date(2024, 6, 18))
    (incident,) = result.incidents.itertuples()
    assert list(incident.places) == ["Zahedan"]
    assert claims_in(result) == [("Deputy Interior Minister of Iran", "IR", "asserts")]


KANAANI_AND_MIRAHMADI_BRIEFING = (
    "TEHRAN, June 17 — The following are excerpts from the weekly press conference of "
    "Foreign Ministry spokesman Nasser Kanaani, who was joined by the Interior Ministry's "
    "border affairs official Majid Mirahmadi.\n\n")


def test_an_official_the_intro_names_by_office_and_name_answers_on_his_lines(tmp_path):
    result = build_article(tmp_path, KANAANI_AND_MIRAHMADI_BRIEFING + (
        "Question: Is there any news about the missing border guards?\n\n"
        "Mirahmadi: On Sunday, unknown gunmen attacked a border post near Mirjaveh and "
        "abducted two guards.\n"), JUNE_20)
    (incident,) = result.incidents.itertuples()
    ((claimant, country, stance),) = claims_on(result, incident.id)
    assert claimant.startswith("Majid Mirahmadi") and (country, stance) == ("IR", "asserts")


def test_an_answer_telling_what_the_other_side_said_of_an_airspace_violation(tmp_path):
    result = build_article(tmp_path, KANAANI_AND_MIRAHMADI_BRIEFING + (
        "Question: Azerbaijan has said an Iranian drone flew over Jabrayil. What is your "
        "response?\n\n"
        "Kanaani: Baku has said an unidentified drone violated its airspace near Jabrayil on "
        "Friday. We reject any suggestion that the drone was Iranian.\n"), JUNE_20)
    (incident,) = result.incidents.itertuples()
    assert incident.event_type == "Strategic developments" and list(incident.places) == ["Jabrayil"]
    assert ("Government of Azerbaijan", "AZ", "asserts") in claims_on(result, incident.id)


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


BAGHAEI_BRIEFING = ("TEHRAN, Nov 17 — Excerpts from the weekly briefing of Iranian Foreign Ministry "
            "spokesman Esmaeil Baghaei.\n\n"
            "{asked} Azerbaijani media say Azerbaijani troops shelled Armenian positions near "
            "Sotk yesterday, wounding two soldiers. What is your comment?\n\n"
            "Baghaei: I have no information on that. We call on both sides to show restraint.")


@pytest.mark.parametrize("asked", ["Question (Tasnim):", "Q:", "Q.", "Reporter:",
                                   "QUESTION —"])
def test_a_journalist_s_question_in_a_transcript_claims_and_tells_nothing(tmp_path, asked):
    result = build_article(tmp_path, BAGHAEI_BRIEFING.format(asked=asked), NOV_20_2025)
    assert result.incidents.empty
    assert claims_in(result) == []


def test_the_same_words_as_a_report_are_still_an_incident(tmp_path):
    result = build_article(tmp_path, "YEREVAN, Nov 17 — Azerbaijani troops shelled Armenian "
                           "positions near Sotk yesterday, wounding two soldiers, the Armenian "
                           "Defence Ministry said.", NOV_20_2025)
    (incident,) = result.incidents.itertuples()
    assert list(incident.places) == ["Sotk"]
