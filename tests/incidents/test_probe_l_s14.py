"""Text that is not news of events, as probe L fed it (briefing transcripts, wire round-ups,
retrospectives) — built end to end with the real gazetteer: a journalist's question in a
transcript claims and tells nothing, another voice of a state joins a statement only when
it speaks to it, and a day written without its year right after a sentence that sets a
past year is in that year."""

from __future__ import annotations

import datetime as dt

import pytest

from incident_helpers import build_article, claims_in

PUBLISHED = dt.date(2025, 11, 20)
BRIEFING = ("TEHRAN, Nov 17 — Excerpts from the weekly briefing of Iranian Foreign Ministry "
            "spokesman Esmaeil Baghaei.\n\n"
            "{asked} Azerbaijani media say Azerbaijani troops shelled Armenian positions near "
            "Sotk yesterday, wounding two soldiers. What is your comment?\n\n"
            "Baghaei: I have no information on that. We call on both sides to show restraint.")


@pytest.mark.parametrize("asked", ["Question (Tasnim):", "Q:", "Q.", "Reporter:",
                                   "QUESTION —"])
def test_a_journalist_s_question_in_a_transcript_claims_and_tells_nothing(tmp_path, asked):
    result = build_article(tmp_path, BRIEFING.format(asked=asked), PUBLISHED)
    assert result.incidents.empty
    assert claims_in(result) == []


def test_the_same_words_as_a_report_are_still_an_incident(tmp_path):
    result = build_article(tmp_path, "YEREVAN, Nov 17 — Azerbaijani troops shelled Armenian "
                           "positions near Sotk yesterday, wounding two soldiers, the Armenian "
                           "Defence Ministry said.", PUBLISHED)
    (incident,) = result.incidents.itertuples()
    assert list(incident.places) == ["Sotk"]


def test_another_voice_of_the_state_on_something_else_joins_no_statement(tmp_path):
    result = build_article(
        tmp_path, "YEREVAN, Nov 19 — Armenian government spokesperson Nazeli Baghdasaryan said "
        "the route through Syunik would operate under Armenian jurisdiction. Armenia's defence "
        "ministry said the situation on the border with Azerbaijan was stable and that no "
        "ceasefire violations had been recorded in the past week.", PUBLISHED)
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
        PUBLISHED)
    (statement,) = result.incidents.itertuples()
    claims = [c for c in result.claims.itertuples() if c.incident_id == statement.id]
    assert len(claims) == 2


def test_a_day_without_a_year_after_a_past_year_is_history(tmp_path):
    text = ("YEREVAN, Nov 18 — The war of 2020 began five years ago. On the morning of "
            "September 27, Azerbaijani artillery struck Armenian positions near Hadrut, killing "
            "dozens of soldiers.")
    assert build_article(tmp_path, text, PUBLISHED).incidents.empty


def test_a_year_a_time_runs_from_sets_no_year(tmp_path):
    result = build_article(
        tmp_path, "Fighting broke out again this week on the disputed Kyrgyz-Tajik border, in an "
        "area that has seen repeated violence since 2021.\n\nThe first shooting was reported on "
        "Monday, June 17, near the village of Ak-Sai in Kyrgyzstan's Batken district, according "
        "to the Kyrgyz border service.", dt.date(2024, 6, 20))
    assert "2024-06-17" in set(result.incidents.date)
