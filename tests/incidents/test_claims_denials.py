"""Denials of an event told before (probes K and L): "denied any involvement in the
attack" paragraphs after the attack, a denial that any jets were shot down, a spokesman's
answer reporting a ministry's refutation of what a journalist asked about; and the day a
statement reporting an earlier deed gives it."""

from __future__ import annotations

import datetime as dt

import pytest

from incident_helpers import build_article, claims_in, day_of

MAY_20 = dt.date(2025, 5, 20)


def test_a_denial_of_involvement_in_the_attack_near_it_is_the_attacks(tmp_path):
    result = build_article(tmp_path, (
        "SRINAGAR, April 22, 2025 - Gunmen opened fire on tourists near Pahalgam on Tuesday "
        "afternoon, killing at least 26 people, police said.\n\nThe Resistance Front "
        "initially claimed responsibility but later withdrew the claim.\n\nPakistan denied "
        "any involvement in the attack.\n"), MAY_20)
    assert claims_in(result) == [("Indian police", "IN", "asserts"),
                                 ("Pakistan", "PK", "denies")]
    assert len(result.incidents) == 1


def test_a_denial_of_involvement_in_the_attack_paragraphs_later_is_the_attacks(tmp_path):
    # "the attack" is the one the article told, however many sentences lie between
    result = build_article(tmp_path, (
        "SRINAGAR, April 22, 2025 - Gunmen opened fire on tourists near Pahalgam on Tuesday "
        "afternoon, killing at least 26 people, police said.\n\nMost of the victims were "
        "tourists from other parts of India. A Nepali national and a local pony operator "
        "were among the dead.\n\nThe Resistance Front initially claimed responsibility but "
        "later withdrew the claim.\n\nPakistan denied any involvement in the attack.\n"),
        MAY_20)
    assert claims_in(result) == [("Indian police", "IN", "asserts"),
                                 ("Pakistan", "PK", "denies")]
    (incident,) = result.incidents.itertuples()
    assert list(incident.places) == ["Pahalgam"]


def test_a_denial_that_any_jets_were_shot_down_is_a_denied_shoot_down(tmp_path):
    result = build_article(tmp_path, (
        "RAWALPINDI, 10 May 2025 - The ISPR denied on Saturday that any Pakistan Air Force "
        "jets had been shot down by India.\n"), MAY_20)
    assert [(country, stance) for _, country, stance in claims_in(result)] == [
        ("PK", "denies")]
    (incident,) = result.incidents.itertuples()
    assert incident.sub_event_type == "Disrupted weapons use"
    assert day_of(incident.date) <= dt.date(2025, 5, 10)


def test_an_answer_reporting_a_refutation_of_what_was_asked_denies_it(tmp_path):
    result = build_article(tmp_path, (
        "TEHRAN, November 17, 2025 - Foreign Ministry spokesman Esmaeil Baghaei held his "
        "weekly press briefing.\n\nQuestion (Tasnim): Azerbaijani media say Armenian forces "
        "shelled Azerbaijani positions near Sotk on Sunday. What is your comment?\n\n"
        "Baghaei: Armenia's Defence Ministry has already refuted this report, and we call "
        "on both sides to exercise restraint.\n"), dt.date(2025, 11, 20))
    assert claims_in(result) == [("Ministry of Defense of Armenia", "AM", "denies")]
    (incident,) = result.incidents.itertuples()
    assert (day_of(incident.date), list(incident.places)) == (dt.date(2025, 11, 16), ["Sotk"])


def test_a_question_no_answer_takes_up_is_no_incident(tmp_path):
    result = build_article(tmp_path, (
        "TEHRAN, Nov 17 - Excerpts from the weekly briefing of Iranian Foreign Ministry "
        "spokesman Esmaeil Baghaei.\n\nQuestion (Tasnim): Azerbaijani media say Azerbaijani "
        "troops shelled Armenian positions near Sotk yesterday, wounding two soldiers. What "
        "is your comment?\n\nBaghaei: I have no information on that. We call on both sides "
        "to show restraint.\n"), dt.date(2025, 11, 20))
    assert len(result.incidents) == 0 and claims_in(result) == []


@pytest.mark.parametrize("deed", ["shot down", "had shot down"])
def test_a_deed_reported_in_a_dated_statement_takes_its_day_in_either_tense(tmp_path, deed):
    # reported speech puts "shot down" back to "had shot down": the same deed, dated
    # alike — the statement's day when nothing else dates it (its claim is of that day)
    result = build_article(tmp_path, (
        f"NEW DELHI, 11 May 2025 - The Indian Air Force said on Sunday that it {deed} "
        "several Pakistani aircraft.\n"), MAY_20)
    (incident,) = result.incidents.itertuples()
    (claim,) = result.claims.itertuples()
    assert (claim.claimant, day_of(claim.date)) == ("Indian Air Force", dt.date(2025, 5, 11))
    assert day_of(incident.date) == dt.date(2025, 5, 11)
