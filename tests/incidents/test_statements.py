"""Diplomatic events: a state's stated position on a place that tells no incident is a
statement of its own (one per speaker and day, placed where it speaks of); calls, meetings,
visits and signings are diplomatic events with their own parties and day; another voice of
the state joins a statement only when it speaks to it."""

from __future__ import annotations

import pytest

from incident_helpers import MAY_10, NOV_20_2025, OCT_15_2025, build_article, claims_in, claims_on


VELAYATI = (
    "Velayati: Iran will not allow Caucasus corridor to become \"graveyard\" of Trump's "
    "mercenaries\n\n"
    "Tehran, Aug 9 (Press TV) - Ali Akbar Velayati, senior adviser to Leader of the Islamic "
    "Revolution Ayatollah Seyyed Ali Khamenei, has warned that Iran will block the creation of a "
    "US-controlled corridor in the South Caucasus, whether or not Russia cooperates.\n\n"
    "\"Whoever thinks this road will belong to Trump is mistaken; it will turn into a trap for "
    "his hired guns,\" Velayati said on Saturday, referring to the so-called Trump Route through "
    "Armenia's Syunik province.\n\n"
    "He said the plan to open a route through Meghri, known as the Zangezur corridor, aims to "
    "change the geopolitics of the Caucasus and to cut Iran's border with Armenia.\n\n"
    "Velayati's remarks came a day after the leaders of Armenia and Azerbaijan met US President "
    "Donald Trump in Washington.\n\n"
    "Iranian Foreign Ministry spokesman Esmaeil Baghaei struck a more measured tone, saying "
    "Tehran welcomed the finalisation of the peace text but that any foreign intervention near "
    "Iran's borders could destabilise the region.\n\n"
    "Iran has repeatedly said it opposes any geopolitical changes to the borders of the region.")


def test_a_position_on_a_province_with_no_incident_is_a_statement_there(tmp_path):
    result = build_article(tmp_path, "Tehran, Aug 9 (Press TV) - Ali Akbar Velayati, senior "
                                     "adviser to Iran's Supreme Leader, said on Saturday that "
                                     "Iran would block the creation of a corridor through "
                                     "Armenia's Syunik province.", OCT_15_2025)
    (incident,) = result.incidents.itertuples()
    assert (incident.event_type, incident.sub_event_type) == ("diplomatic", "statement")
    assert incident.date == "2025-08-09" and list(incident.actors) == ["IR"]
    assert list(incident.places) == ["Syunik"]
    assert claims_on(result, incident.id) == [
        ("Ali Akbar Velayati, adviser of Iran", "IR", "asserts")]


def test_one_statement_per_speaker_and_day_with_the_state_s_other_voices(tmp_path):
    result = build_article(tmp_path, VELAYATI, OCT_15_2025)
    statements = [i for i in result.incidents.itertuples() if i.sub_event_type == "statement"]
    (statement,) = statements
    assert statement.date == "2025-08-09" and list(statement.actors) == ["IR"]
    assert {"Syunik", "Zangezur corridor", "Meghri"} <= set(statement.places)
    speakers = [c[0] for c in claims_on(result, statement.id)]
    assert speakers.count("Ali Akbar Velayati, adviser of Iran") == 3
    # the foreign ministry's word that day is Iran's too; "has repeatedly said" is no day's
    assert "Esmaeil Baghaei, spokesman of the Iranian foreign ministry" in speakers
    assert not any("repeatedly" in c.text for c in result.claims.itertuples())


def test_the_meeting_a_day_before_the_remarks_keeps_its_own_parties(tmp_path):
    result = build_article(tmp_path, VELAYATI, OCT_15_2025)
    (meeting,) = [i for i in result.incidents.itertuples() if i.sub_event_type == "meeting"]
    assert meeting.date == "2025-08-08" and list(meeting.places) == ["Washington"]
    assert list(meeting.actors) == ["AM", "AZ", "US"]          # not Iran, whose remarks came after


@pytest.mark.parametrize("text", [
    # a report of another's plan at a town, not a position on a province or a corridor
    "Tbilisi, 6 June 2024 - Russia plans to open a new border guard base near Tskhinvali, the "
    "Georgian foreign ministry said on Wednesday.",
    # counts of incidents: what happened, not a stance
    "YEREVAN, June 18 - Armenia's Human Rights Defender, Anahit Manasyan, told a session of the "
    "National Assembly on Tuesday that her office had recorded at least 12 cases of Azerbaijani "
    "fire on civilian infrastructure in Gegharkunik and Syunik since the start of the year.",
    # a headline says in short what the article tells
    "Armenia, Azerbaijan back U.S.-branded transit route through Syunik\n\n"
    "The plan was discussed for months.",
    # a news agency's word is no state's position
    "TEHRAN, Aug 9 (IRNA) - IRNA said the corridor through Syunik province would never be built.",
])
def test_what_is_no_stated_position_opens_nothing(tmp_path, text):
    assert build_article(tmp_path, text, OCT_15_2025).incidents.empty


def test_a_comment_right_after_an_incident_opens_no_statement(tmp_path):
    result = build_article(tmp_path, "YEREVAN, March 31 - Azerbaijani forces fired on Armenian "
                                     "positions near Tegh on Sunday, the Armenian Defence "
                                     "Ministry said. Armenian Prime Minister Nikol Pashinyan said "
                                     "Armenia would never give up any part of Syunik "
                                     "province.", OCT_15_2025)
    (incident,) = result.incidents.itertuples()
    assert incident.event_type == "Battles" and list(incident.places) == ["Tegh"]
    # the same words told alone are Armenia's position on Syunik
    alone = build_article(tmp_path, "YEREVAN, March 31 - Armenian Prime Minister Nikol Pashinyan "
                                    "said on Monday that Armenia would never give up any part of "
                                    "Syunik province.", OCT_15_2025)
    (statement,) = alone.incidents.itertuples()
    assert statement.sub_event_type == "statement" and list(statement.places) == ["Syunik"]


def test_a_state_visit_is_a_meeting_where_it_was_made(tmp_path):
    result = build_article(tmp_path, "YEREVAN, Aug 18 (Wire) - Iranian President Masoud "
                                     "Pezeshkian arrived in Yerevan on Monday for a two-day visit "
                                     "and signed several cooperation documents with Prime "
                                     "Minister Nikol Pashinyan.", OCT_15_2025)
    (incident,) = result.incidents.itertuples()
    assert (incident.event_type, incident.sub_event_type) == ("diplomatic", "meeting")
    assert incident.date == "2025-08-18" and list(incident.actors) == ["AM", "IR"]
    assert list(incident.places) == ["Yerevan"]


@pytest.mark.parametrize("text, date, actors, place", [
    ("WASHINGTON, Aug 8 (Wire) - The foreign ministers of Armenia and Azerbaijan, Ararat "
     "Mirzoyan and Jeyhun Bayramov, initialled the text of a peace agreement at the White House "
     "on Friday.", "2025-08-08", {"AM", "AZ"}, "Washington"),
    ("BISHKEK, 13 March 2025 - The presidents of Kyrgyzstan and Tajikistan signed a treaty on "
     "their state border in Bishkek on Thursday.", "2025-03-13", {"KG", "TJ"}, "Bishkek"),
])
def test_signing_or_initialling_a_text_is_a_statement(tmp_path, text, date, actors, place):
    (incident,) = build_article(tmp_path, text, OCT_15_2025).incidents.itertuples()
    assert (incident.event_type, incident.sub_event_type) == ("diplomatic", "statement")
    assert incident.date == date and actors <= set(incident.actors)
    assert list(incident.places) == [place]


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


def test_a_meeting_does_not_take_the_place_of_an_alert_after_another_summit(tmp_path):
    result = build_article(tmp_path, "On Tuesday Pashinyan and Aliyev met on the sidelines of a "
                                     "summit in Copenhagen. An Iranian official said forces in "
                                     "Norduz had been put on higher alert after the Washington "
                                     "summit.", OCT_15_2025)
    (incident,) = result.incidents.itertuples()
    assert incident.sub_event_type == "meeting" and list(incident.places) == ["Copenhagen"]
    assert incident.territory == "DK" and claims_in(result) == []


def test_a_statement_of_another_day_is_no_claim_of_the_meeting(tmp_path):
    result = build_article(tmp_path, "August 8: At the White House, Pashinyan and Aliyev sign a "
                                     "joint declaration.\n\nSeptember 2: President Aliyev says "
                                     "the railway from Horadiz to the Armenian border will be "
                                     "finished by 2028.", OCT_15_2025)
    (incident,) = result.incidents.itertuples()
    assert incident.date == "2025-08-08" and claims_in(result) == []


def test_another_voice_of_the_state_on_something_else_joins_no_statement(tmp_path):
    result = build_article(
        tmp_path, "YEREVAN, Nov 19 — Armenian government spokesperson Nazeli Baghdasaryan said "
        "the route through Syunik would operate under Armenian jurisdiction. Armenia's defence "
        "ministry said the situation on the border with Azerbaijan was stable and that no "
        "ceasefire violations had been recorded in the past week.", NOV_20_2025)
    (statement,) = result.incidents.itertuples()
    assert statement.sub_event_type == "statement" and list(statement.places) == ["Syunik"]
    claims = [c for c in result.claims.itertuples() if c.incident_id == statement.id]
    assert [c.claimant for c in claims] == [
        "Nazeli Baghdasaryan, spokesman of the Armenian government"]


def test_another_voice_of_the_state_on_the_same_place_joins_the_statement(tmp_path):
    result = build_article(
        tmp_path, "YEREVAN, Nov 19 — Armenian government spokesperson Nazeli Baghdasaryan said "
        "the route through Syunik would operate under Armenian jurisdiction. Armenia's foreign "
        "ministry said on Wednesday that the road through Syunik would remain Armenian.",
        NOV_20_2025)
    (statement,) = result.incidents.itertuples()
    claims = [c for c in result.claims.itertuples() if c.incident_id == statement.id]
    assert len(claims) == 2
