"""Claims from probes E and F (session 13): who speaks, and whether they deny."""

from __future__ import annotations

import datetime as dt

import pytest
from test_claims import claim_of
from test_extract import incidents_of


def test_a_nations_ministry_after_a_quote_speaks_not_the_body_quoted():
    # probe E 2: the Armenian MoD's formula denying the Azerbaijani MoD's report
    c = claim_of("\"The information disseminated by the Azerbaijani Ministry of Defense that "
                 "units of the Armenian Armed Forces opened fire in the direction of Kalbajar "
                 "does not correspond to reality,\" the Armenian ministry said.")
    assert c is not None and (c.country, c.stance) == ("AM", "denies")
    assert c.claimant == "Armenian ministry"


def test_the_armenian_denial_after_the_azerbaijani_claim_end_to_end():
    incs = incidents_of(
        "On April 7, units of the Armed Forces of Armenia fired on positions of the "
        "Azerbaijani Army in the Kalbajar district, the Ministry of Defense of Azerbaijan "
        "said on Tuesday.\n\n\"The information disseminated by the Azerbaijani Ministry of "
        "Defense that units of the Armenian Armed Forces opened fire in the direction of "
        "Kalbajar does not correspond to reality,\" the Armenian ministry said.",
        published=dt.date(2025, 4, 8))
    assert [(c.claimant_country, c.stance) for i in incs for c in i.claims] == [
        ("AZ", "asserts"), ("AM", "denies")]


@pytest.mark.parametrize("text", [
    # probe E 4
    "Armenia's Defense Ministry said the claim that its units fired on Aghdam was another lie.",
    "Armenia's Defense Ministry said the claim that its units fired on Aghdam was another "
    "falsehood.",
])
def test_another_lie_denies(text):
    c = claim_of(text)
    assert c is not None and (c.country, c.stance) == ("AM", "denies")


def test_soldiers_posted_on_a_hill_say_nothing():
    # probe E 14: "posted" is where soldiers stand, not what they wrote
    c = claim_of("Some residents said Azerbaijani soldiers posted on the hill above the "
                 "village had been watching the road through binoculars but had not fired.")
    assert c is None or c.country != "AZ"


def test_posting_on_social_media_is_still_speech():
    c = claim_of("Azerbaijan's defense ministry posted on Telegram that Armenian units "
                 "fired on Kalbajar.")
    assert c is not None and c.country == "AZ"


def test_the_object_of_a_first_verb_is_not_the_subject_of_the_second():
    # probe F 4: "He blamed Iran … and said": Iran is blamed, it says nothing
    c = claim_of("He blamed Iran for starting the fighting and said the Islamic Emirate "
                 "\"does not want a war with its neighbours\".")
    assert c is None or c.country != "IR"


def test_the_agent_after_by_is_not_who_speaks():
    # probe F 5: Pakistan condemns a violation by Iran, saying …
    c = claim_of("ISLAMABAD: Pakistan on Wednesday strongly condemned what it called an "
                 "\"unprovoked violation of its airspace\" by Iran, saying that two children "
                 "were killed and three girls injured in the attack near Panjgur.")
    assert c is not None and (c.claimant, c.country) == ("Pakistan", "PK")


def test_the_one_called_is_not_who_speaks():
    # probe F 12
    c = claim_of("Iranian President Masoud Pezeshkian, in a telephone call with Armenian "
                 "Prime Minister Nikol Pashinyan on Monday, said Iran opposed the presence "
                 "of foreign forces near its frontier.")
    assert c is not None and c.claimant == "Masoud Pezeshkian, President of Iran"


@pytest.mark.parametrize("text, country", [
    # probe F 13: a denial of what the sentence before told, in a "that" clause
    ("A Pakistani military spokesman said Pakistan does not allow its soil to be used "
     "against any neighbouring country and denied that the attackers had come from "
     "Pakistan.", "PK"),
    ("Iranian border police in Jolfa denied that the gunmen came from Iranian territory.",
     "IR"),
])
def test_denied_that_denies(text, country):
    c = claim_of(text)
    assert c is not None and (c.country, c.stance) == (country, "denies")


def test_a_warning_told_as_background_is_no_claim():
    # probe F 15: "came weeks after X warned": what X once said, not a claim of this event
    c = claim_of("The clash came weeks after President Ebrahim Raisi warned the Taliban not "
                 "to violate Iran's water rights from the Helmand river.")
    assert c is None


def test_a_speaker_after_an_opening_clause_still_speaks():
    c = claim_of("After Azerbaijani forces shelled Sotk, Armenia's defense ministry said two "
                 "soldiers were wounded.")
    assert c is not None and c.country == "AM"


@pytest.mark.parametrize("text", [
    # fire denied in words even when no event cue is read there
    "Yerevan says no shots were fired from its side.",
    "The Armenian side stated that no shots were fired from its positions on February 12 and "
    "called the Azerbaijani version a fabrication.",
])
def test_no_shots_fired_denies(text):
    c = claim_of(text)
    assert c is not None and (c.country, c.stance) == ("AM", "denies")


def test_denied_that_beside_a_deed_owned_stays_an_assertion():
    # it owns the firing and denies only a detail of it
    c = claim_of("Azerbaijan's Defense Ministry said its forces had fired only at military "
                 "targets in response to provocations and denied that any civilian in Khachik "
                 "had been hurt.")
    assert c is not None and (c.country, c.stance) == ("AZ", "asserts")
