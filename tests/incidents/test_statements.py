"""A state's stated position on a place, and the diplomatic and border events probes I and J
found missing — built end to end with the real gazetteer: a statement that attaches to no
incident is a diplomatic statement of its own (one per speaker and day, placed where it
speaks of), a visit is a meeting, signing or initialling a text is a statement, "a day
after" counts back from the report's day, and violence whose sides are given only as a
place is still an incident."""

from __future__ import annotations

import datetime as dt

import pytest

from incident_helpers import build_article

PUBLISHED = dt.date(2025, 10, 15)


def built(tmp_path, text: str, published: dt.date = PUBLISHED):
    return build_article(tmp_path, text, published)


def claims_of(result, incident_id: str) -> list[tuple[str, str, str]]:
    return [(c.claimant, c.claimant_country, c.stance) for c in result.claims.itertuples()
            if c.incident_id == incident_id]


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


# --- a state's position on a place is a statement of its own (fault 1) -------------------

def test_a_position_on_a_province_with_no_incident_is_a_statement_there(tmp_path):
    result = built(tmp_path, "Tehran, Aug 9 (Press TV) - Ali Akbar Velayati, senior adviser to "
                   "Iran's Supreme Leader, said on Saturday that Iran would block the creation of "
                   "a corridor through Armenia's Syunik province.")
    (incident,) = result.incidents.itertuples()
    assert (incident.event_type, incident.sub_event_type) == ("diplomatic", "statement")
    assert incident.date == "2025-08-09" and list(incident.actors) == ["IR"]
    assert list(incident.places) == ["Syunik"]
    assert claims_of(result, incident.id) == [
        ("Ali Akbar Velayati, adviser of Iran", "IR", "asserts")]


def test_one_statement_per_speaker_and_day_with_the_state_s_other_voices(tmp_path):
    result = built(tmp_path, VELAYATI)
    statements = [i for i in result.incidents.itertuples() if i.sub_event_type == "statement"]
    (statement,) = statements
    assert statement.date == "2025-08-09" and list(statement.actors) == ["IR"]
    assert {"Syunik", "Zangezur corridor", "Meghri"} <= set(statement.places)
    speakers = [c[0] for c in claims_of(result, statement.id)]
    assert speakers.count("Ali Akbar Velayati, adviser of Iran") == 3
    # the foreign ministry's word that day is Iran's too; "has repeatedly said" is no day's
    assert "Esmaeil Baghaei, spokesman of the Iranian foreign ministry" in speakers
    assert not any("repeatedly" in c.text for c in result.claims.itertuples())


def test_the_meeting_a_day_before_the_remarks_keeps_its_own_parties(tmp_path):
    result = built(tmp_path, VELAYATI)
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
    assert built(tmp_path, text).incidents.empty


def test_a_comment_right_after_an_incident_opens_no_statement(tmp_path):
    result = built(tmp_path, "YEREVAN, March 31 - Azerbaijani forces fired on Armenian positions "
                   "near Tegh on Sunday, the Armenian Defence Ministry said. Armenian Prime "
                   "Minister Nikol Pashinyan said Armenia would never give up any part of Syunik "
                   "province.")
    (incident,) = result.incidents.itertuples()
    assert incident.event_type == "Battles" and list(incident.places) == ["Tegh"]
    # the same words told alone are Armenia's position on Syunik
    alone = built(tmp_path, "YEREVAN, March 31 - Armenian Prime Minister Nikol Pashinyan said on "
                  "Monday that Armenia would never give up any part of Syunik province.")
    (statement,) = alone.incidents.itertuples()
    assert statement.sub_event_type == "statement" and list(statement.places) == ["Syunik"]


# --- visits and signings (fault 2) -------------------------------------------------------

def test_a_state_visit_is_a_meeting_where_it_was_made(tmp_path):
    result = built(tmp_path, "YEREVAN, Aug 18 (Wire) - Iranian President Masoud Pezeshkian "
                   "arrived in Yerevan on Monday for a two-day visit and signed several "
                   "cooperation documents with Prime Minister Nikol Pashinyan.")
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
    (incident,) = built(tmp_path, text).incidents.itertuples()
    assert (incident.event_type, incident.sub_event_type) == ("diplomatic", "statement")
    assert incident.date == date and actors <= set(incident.actors)
    assert list(incident.places) == [place]


def test_a_treaty_recalling_old_fighting_is_no_clash(tmp_path):
    result = built(tmp_path, "BISHKEK, 13 March 2025 - The presidents of Kyrgyzstan and "
                   "Tajikistan signed a treaty on their state border in Bishkek on Thursday, "
                   "settling the last undefined stretches of a frontier that saw deadly fighting "
                   "in 2021 and 2022.")
    assert all(i.event_type != "Battles" for i in result.incidents.itertuples())


# --- violence whose sides are told by place (fault 4) ------------------------------------

def test_border_fighting_near_a_village_is_between_the_two_sides(tmp_path):
    result = built(tmp_path, "BISHKEK, 19 September 2022 - Border fighting near Kok-Tash on "
                   "Friday has left a combined toll of about 100 dead. Kyrgyzstan says 59 of its "
                   "citizens were killed; Tajikistan says 41.", dt.date(2022, 9, 20))
    (incident,) = result.incidents.itertuples()
    assert incident.event_type == "Battles" and incident.date == "2022-09-16"
    assert list(incident.actors) == ["KG", "TJ"] and incident.fatalities_min == 100


def test_residents_who_have_died_in_the_clashes_are_counted(tmp_path):
    result = built(tmp_path, "Batken, 1 May 2021 - District officials say 33 residents of Batken "
                   "region have died in the clashes of Wednesday and Thursday.",
                   dt.date(2021, 5, 2))
    (incident,) = result.incidents.itertuples()
    assert list(incident.actors) == ["KG", "TJ"] and incident.fatalities_min == 33


def test_setting_fire_to_houses_and_its_denial(tmp_path):
    result = built(tmp_path, "Dushanbe, 30 April 2021 - Tajik border troops denied that Tajik "
                   "troops set fire to houses in Kok-Tash on Thursday.", dt.date(2021, 5, 2))
    (incident,) = result.incidents.itertuples()
    assert incident.sub_event_type == "Looting/property destruction"
    assert incident.date == "2021-04-29" and "TJ" in incident.actors
    assert [c[2] for c in claims_of(result, incident.id)] == ["denies"]


def test_fire_from_the_direction_of_a_town_across_the_border(tmp_path):
    result = built(tmp_path, "CHAMAN, 15 October 2025 - Mortar fire from the direction of Spin "
                   "Boldak hit Chaman on Wednesday morning, and hospital officials said four "
                   "residents were wounded by shrapnel.", dt.date(2025, 10, 16))
    (incident,) = result.incidents.itertuples()
    assert incident.sub_event_type == "Shelling/artillery/missile attack"
    assert list(incident.actors) == ["AF", "PK"] and incident.injured_min == 4


# --- an office holder named after his ministry (fault 5) ---------------------------------

def test_the_spokesman_named_after_the_emirate_s_defence_ministry_is_its_official(tmp_path):
    result = built(tmp_path, "KABUL, 18 October 2025 - The spokesman of the Ministry of National "
                   "Defence of the Islamic Emirate, Enayatullah Khwarazmi, told reporters on "
                   "Saturday that Pakistani aircraft had carried out air strikes late on Friday "
                   "on residential areas in Paktika province.\n\n"
                   "\"This claim is false. Those killed were civilians,\" he said.",
                   dt.date(2025, 10, 20))
    (incident,) = result.incidents.itertuples()
    speaker = "Enayatullah Khwarazmi, spokesman of the Ministry of Defense of Afghanistan"
    assert claims_of(result, incident.id) == [(speaker, "AF", "asserts"),
                                              (speaker, "AF", "denies")]
