"""Claims: each attribution and denial cue family, the claimant and the stance of a
sentence; what is a claim at all (not a warning recalled, not what no one said, not "no
information"); and which incident a claim goes with in a build."""

from __future__ import annotations

import datetime as dt

import pytest

from geomap.incidents import find_actors
from geomap.incidents.claims import find_claim
from geomap.incidents.events import find_event
from geomap.incidents.spans import aside_spans, quote_spans
from geomap.model import Article

from incident_helpers import (
    JUNE_20, MAY_10, MAY_15, MAY_20, OCT_20_2025, build_article, built_one_incident,
    claims_in, incidents_of)


def claim_of(text: str):
    actors = find_actors(Article(id="t", text=text))
    asides = aside_spans(text, 0, len(text))
    event = find_event(text, 0, len(text), asides)
    agents = tuple(sorted({a.country_code for a in actors if a.kind == "military"}))
    return find_claim(text, 0, len(text), actors, quote_spans(text), asides, event, agents)


@pytest.mark.parametrize("text, claimant, country", [
    # attribution verbs
    ("Armenia's defense ministry said Azerbaijani forces shelled Sotk.",
     "Ministry of Defense of Armenia", "AM"),
    ("Baku stated that Armenian units opened fire.", "Government of Azerbaijan", "AZ"),
    ("Azerbaijan claimed Armenian forces attacked its positions.", "Azerbaijan", "AZ"),
    ("“Death toll amounted to 150-200 people,” Azerbaijani news agency Trend reported.",
     "Trend news agency", "AZ"),
    ("Yerevan accused Azerbaijani forces of shelling the village.", "Government of Armenia", "AM"),
    ("Iranian officials warned that clashes could follow.", "official of Iran", "IR"),
    ("Iranian President Ebrahim Raisi told Pashinyan, “Peace has not returned.”",
     "Ebrahim Raisi, President of Iran", "IR"),
    ("The exercises began with frustration growing in Armenia, VOA wrote.", "Voice of America", "US"),
    ("Azerbaijan offered a different account, saying Armenia launched provocations.",
     "Azerbaijan", "AZ"),
    # an inverted verb after a comma: the speaker follows it
    ("Azerbaijani forces shelled Tavush on Monday, said the Armenian Defence Ministry.",
     "Ministry of Defense of Armenia", "AM"),
    ("Azerbaijani forces open fire on Martuni villages, says Armenian Defence Ministry",
     "Ministry of Defense of Armenia", "AM"),
    # "disputed" describing a border denies nothing
    ("Armenia and Azerbaijan clashed along their disputed border on Tuesday, the Armenian "
     "defence ministry said, as Azerbaijan launched drone strikes on Armenian positions.",
     "Ministry of Defense of Armenia", "AM"),
    ("Thai and Cambodian troops exchanged fire in a disputed area near the temple, Thailand's "
     "army said.", "Thai armed forces", "TH"),
    ("Azerbaijani forces shelled Tegh, Iranian state media reported.",
     "Iranian state media", "IR"),
    ("Armenian forces fired on Tovuz, Azerbaijan's state television said.",
     "Azerbaijan's state television", "AZ"),
    # source phrases
    ("A statement put out by the Armenian premiership said Azerbaijan attacked.",
     "Armenian premiership", "AM"),
    ("Forces clashed overnight, according to the Iranian foreign ministry.",
     "Iranian foreign ministry", "IR"),
    ("Raisi stated that borders matter, according to a readout put out by the Iranian presidency.",
     "Iranian presidency", "IR"),
    # inverted and coordinated attribution, relative clauses
    ("“We did not fire,” said Armenia's defense ministry.", "Ministry of Defense of Armenia", "AM"),
    ("Iran's foreign minister met his Armenian counterpart in Yerevan and said talks went well.",
     "Foreign Minister of Iran", "IR"),
    ("Iran, while seeking ties with both Armenia and Azerbaijan, has said it opposes change.",
     "Iran", "IR"),
    # another's rebuttal after the claim is not the claimant's stance
    ("An Azerbaijani soldier was wounded when Armenian forces fired on army positions in "
     "Lachin, Azerbaijan's Defence Ministry said, a claim rejected by Yerevan as \"another "
     "fabrication\".", "Ministry of Defense of Azerbaijan", "AZ"),
    # a person's office speaks for the person
    ("Armenian Prime Minister Nikol Pashinyan's office said the shooting was a provocation.",
     "Nikol Pashinyan, Prime Minister of Armenia", "AM"),
    # the translated statements of Azerbaijan's defence ministry
    ("The Ministry of Defense of Azerbaijan informs that on Tuesday Armenian forces fired on "
     "Azerbaijani positions in the Kalbajar district.", "Ministry of Defense of Azerbaijan", "AZ"),
])
def test_attribution_cues_and_claimant(text, claimant, country):
    c = claim_of(text)
    assert c is not None and (c.claimant, c.country, c.stance) == (claimant, country, "asserts")


@pytest.mark.parametrize("text, country", [
    ("Armenia denied it fired at Azerbaijani forces.", "AM"),
    ("“Units of the Armenian Armed Forces did not open fire in the direction of the Azerbaijani "
     "positions,” a spokesperson for the Armenian defense ministry said in a statement.", "AM"),
    ("On Sunday, a military official dismissed as “baseless” the reports about the deployment "
     "of Iranian troops on the northern border with the Republic of Azerbaijan.", "IR"),
    ("Iranian Armed Forces commander Mohammad Ahadi said such reports are “completely groundless”.",
     "IR"),
    ("Armenia's defense ministry rejected the report as misinformation.", "AM"),
    ("Azerbaijan's defense ministry refuted claims that its troops shelled Jermuk.", "AZ"),
    ("Armenia's defense ministry said the accusations were nothing but misinformation.", "AM"),
    ("Azerbaijan's defense ministry called the claims of shelling untrue.", "AZ"),
    ("Armenia's defense ministry disputed reports that its troops shelled Sotk.", "AM"),
    ("Baku denies targeting civilian infrastructure in Goris.", "AZ"),
    ("Yerevan denied that its units had fired.", "AM"),
    ("Azerbaijan's defence ministry said its units had not fired in the area.", "AZ"),
    ("The Ministry of Defense of Azerbaijan informs that the information spread by Armenia "
     "about Azerbaijani fire on Sotk does not reflect reality.", "AZ"),
    # disowning what was told
    ("Venezuela's defence minister said the Venezuelan armed forces had nothing to do with "
     "the incident.", "VE"),
    ("Rwanda's government spokeswoman Yolande Makolo denied any involvement.", "RW"),
    # whose statement is denied is not who denies it
    ("The Armenian Ministry of Defense on Monday denied a statement by the Azerbaijani "
     "Defense Ministry that Armenian units had fired near Kalbajar.", "AM"),
])
def test_denial_cues(text, country):
    c = claim_of(text)
    assert c is not None and c.stance == "denies" and c.country == country


@pytest.mark.parametrize("text", [
    # a denial verb or negation that bears on no event or report asserts something else
    "“In this meeting, Ayatollah Raisi rejected any change in the borders,” an Iranian "
    "official said.",
    "Iranian President Ebrahim Raisi said unrest did not distract Iran from the region.",
    "Iran's foreign minister said Tehran would not accept any change to its border.",
])
def test_denial_words_without_an_event_assert(text):
    c = claim_of(text)
    assert c is not None and c.stance == "asserts"


@pytest.mark.parametrize("text", [
    "Clashes broke out along the Armenia-Azerbaijan border on Monday.",
    "The unrest came as the region became a flashpoint of skirmishes.",
    "A military official dismissed the reports.",          # unnamed, no side known
    # the actor after the verb is what is reported or whom it accuses, not who says it
    "A Kurdish militia spokesman says Turkey has shelled a city in Syria.",
    "The de facto authorities denied the report and accused Azerbaijani troops of "
    "opening fire on farmers.",
    "The separatist press committee said Georgian forces attacked a village.",
    # a subject no actor names: not the actor before it
    "Iran's army held drills near Azerbaijan, near the Aras, state media reported.",
    "Witnesses said Azerbaijani troops shelled Jermuk.",
    # an apposition's comma before "said" is no inversion: the actor after is reported on
    "The head of the Kharkiv regional administration, Oleh Syniehubov, said Russian forces "
    "shelled Vovchansk.",
    # a name given is nothing said
    "Armenia agreed to a transit route through Syunik, to be called the Trump Route.",
    # a country after "in southern" is a place, not the speaker
    "UNIFIL, the U.N. peacekeeping force in southern Lebanon, said its headquarters had "
    "been hit.",
    # the speaker set off by a comma is none of the report's actors
    "Armenian forces shelled the Azerbaijani village of Alibeyli overnight, wounding two "
    "people, local police chief Elchin Mammadov said.",
    # a verb's "-ing" form after a preposition: no one speaking
    "Iran's army held drills in a show of force aimed at warning Azerbaijan.",
])
def test_no_claimant_no_claim(text):
    assert claim_of(text) is None


def test_denied_reports_without_the_event_are_anaphoric():
    c = claim_of("Iranian official Mohammad Ahadi said such reports are groundless.")
    assert c.stance == "denies" and c.anaphoric


def test_a_nations_ministry_after_a_quote_speaks_not_the_body_quoted():
    # the Armenian MoD's formula denying the Azerbaijani MoD's report
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
    "Armenia's Defense Ministry said the claim that its units fired on Aghdam was another lie.",
    "Armenia's Defense Ministry said the claim that its units fired on Aghdam was another "
    "falsehood.",
])
def test_another_lie_denies(text):
    c = claim_of(text)
    assert c is not None and (c.country, c.stance) == ("AM", "denies")


def test_soldiers_posted_on_a_hill_say_nothing():
    # "posted" is where soldiers stand, not what they wrote
    c = claim_of("Some residents said Azerbaijani soldiers posted on the hill above the "
                 "village had been watching the road through binoculars but had not fired.")
    assert c is None or c.country != "AZ"


def test_posting_on_social_media_is_still_speech():
    c = claim_of("Azerbaijan's defense ministry posted on Telegram that Armenian units "
                 "fired on Kalbajar.")
    assert c is not None and c.country == "AZ"


def test_the_object_of_a_first_verb_is_not_the_subject_of_the_second():
    # "He blamed Iran … and said": Iran is blamed, it says nothing
    c = claim_of("He blamed Iran for starting the fighting and said the Islamic Emirate "
                 "\"does not want a war with its neighbours\".")
    assert c is None or c.country != "IR"


def test_the_agent_after_by_is_not_who_speaks():
    # Pakistan condemns a violation by Iran, saying …
    c = claim_of("ISLAMABAD: Pakistan on Wednesday strongly condemned what it called an "
                 "\"unprovoked violation of its airspace\" by Iran, saying that two children "
                 "were killed and three girls injured in the attack near Panjgur.")
    assert c is not None and (c.claimant, c.country) == ("Pakistan", "PK")


def test_the_one_called_is_not_who_speaks():
    c = claim_of("Iranian President Masoud Pezeshkian, in a telephone call with Armenian "
                 "Prime Minister Nikol Pashinyan on Monday, said Iran opposed the presence "
                 "of foreign forces near its frontier.")
    assert c is not None and c.claimant == "Masoud Pezeshkian, President of Iran"


@pytest.mark.parametrize("text, country", [
    # a denial of what the sentence before told, in a "that" clause
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
    # "came weeks after X warned": what X once said, not a claim of this event
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


def test_no_information_about_an_attack_is_no_claim_and_no_clash(tmp_path):
    result = build_article(tmp_path, (
        "ERBIL, Iraq, May 8 - An explosion hit the perimeter of Erbil airport on Tuesday "
        "evening, Kurdish officials said. A Turkish defence ministry official told "
        "reporters he had no information about such an attack.\n"), MAY_10)
    assert [c.text for c in result.claims.itertuples()
            if "no information" in c.text] == []
    assert all(i.event_type != "Battles" for i in result.incidents.itertuples())


def test_what_is_said_beside_a_toll_not_confirmed_is_still_a_claim(tmp_path):
    result = build_article(tmp_path, (
        "YEREVAN, May 8 - Armenia's defence ministry did not confirm the toll but said "
        "Azerbaijani forces shelled Sotk on Tuesday, wounding two soldiers.\n"), MAY_10)
    assert claims_in(result) == [("Ministry of Defense of Armenia", "AM", "asserts")]


def test_a_reaction_after_the_same_voice_goes_on_is_the_incidents(tmp_path):
    result = build_article(tmp_path, (
        "TBILISI, May 5 (Reuters) - Russian border guards detained two Georgian citizens near "
        "the village of Ergneti close to the administrative boundary line with South Ossetia "
        "on Sunday, Georgia's State Security Service said.\n\nThe service said the men had "
        "been taken to Tskhinvali. The de facto authorities in Tskhinvali said the two had "
        "crossed the \"state border\" illegally.\n"), dt.date(2024, 5, 6))
    assert [claimant for claimant, _, _ in claims_in(result)] == [
        "Georgian security service", "South Ossetia de facto authorities"]


def test_a_statement_after_an_earlier_event_measured_against_is_a_claim(tmp_path):
    result = build_article(tmp_path, (
        "Russian troops fought Ukrainian forces in the Kursk region on Thursday, in the "
        "largest attack on Russia since the start of the war, and Russia's defence "
        "ministry said three soldiers had been killed."), dt.date(2024, 8, 8))
    assert [(c.claimant_country, c.stance) for c in result.claims.itertuples()] == [
        ("RU", "asserts")]


def test_a_second_speaker_after_while_makes_a_claim_of_its_own(tmp_path):
    result = build_article(tmp_path, "KARACHI, 20 October 2025 - Pakistan's ISPR says 23 soldiers "
                                     "were killed in the October 11-12 border fighting with "
                                     "Afghan forces, while the Taliban said 58 Pakistani soldiers "
                                     "died.", OCT_20_2025)
    figures = {c.claimant: int(c.fatalities_min) for c in result.claims.itertuples()}
    assert figures == {"Pakistani armed forces (ISPR)": 23, "Taliban": 58}


@pytest.mark.parametrize("text", [
    # a fact-check's "neither … nor … has said": no one's word
    "FACT CHECK - May 12, 2025\n\nNeither the Pakistan Army nor the ISPR has said that "
    "any Indian pilot was captured during the May 2025 hostilities.\n",
    "NEW DELHI, 12 May 2025 - The ISPR has not said that any Indian pilot was captured "
    "near Bhimber on Wednesday.\n",
])
def test_what_no_one_said_is_no_claim(tmp_path, text):
    assert not [c for c in claims_in(build_article(tmp_path, text, MAY_20))
                if c[1] == "PK"]


def test_a_drone_that_had_struck_a_village_is_a_drone_strike_claimed_by_the_speaker(tmp_path):
    for speaker, country in (("Iran's foreign ministry", "IR"),
                             ("Armenia's foreign ministry", "AM")):
        text = (f"{speaker} said on Tuesday that an Azerbaijani drone had struck a house in "
                "the Armenian village of Nerkin Hand, killing one civilian.")
        result = build_article(tmp_path, text, MAY_15)
        (incident,) = result.incidents.itertuples()
        assert incident.event_type == "Explosions/Remote violence"
        assert incident.sub_event_type == "Air/drone strike"
        assert list(incident.places) == ["Nerkin Hand"]
        assert incident.fatalities_min == 1 and incident.fatalities_max == 1
        assert sorted(incident.actors) == ["AM", "AZ"]
        (claim,) = claims_in(result)
        assert claim[1] == country and "foreign ministry" in claim[0].lower()
        assert claim[2] == "asserts"


def test_the_perfect_and_the_plain_past_tell_the_same_strike(tmp_path):
    told = {}
    for verb in ("struck", "had struck", "has struck"):
        text = (f"Armenia's foreign ministry said that an Azerbaijani drone {verb} a house in "
                "the Armenian village of Nerkin Hand, killing one civilian.")
        (incident,) = build_article(tmp_path, text, MAY_15).incidents.itertuples()
        told[verb] = (incident.sub_event_type, tuple(incident.places), incident.fatalities_min)
    assert len(set(told.values())) == 1


def test_sources_of_no_body_make_no_claim(tmp_path):
    result, _ = built_one_incident(tmp_path, (
        "Sudanese troops and Ethiopian fighters clashed on Sunday near Gallabat, military "
        "sources said."), JUNE_20)
    assert claims_in(result) == []


def test_a_claim_taking_the_event_up_keeps_its_place(tmp_path):
    result = build_article(tmp_path, (
        "A Turkish drone struck a car near Sinjar on Monday, killing two fighters of a Yazidi "
        "militia. Iraq's foreign ministry said the strike near Sinjar was a violation of Iraqi "
        "sovereignty.\n"), dt.date(2024, 5, 7))
    (claim,) = [c for c in result.claims.itertuples() if c.claimant_country == "IQ"]
    assert [name for name in claim.places] == ["Sinjār"]


# --- helper F2 (session 21): a side's own none is no claim about the event ---

def test_no_losses_reported_by_a_side_makes_no_claim_of_it(tmp_path):
    result = build_article(tmp_path, (
        "Azerbaijani forces fired at Armenian positions near Sotk on Tuesday, wounding one "
        "soldier, the Armenian Defence Ministry said. No losses were reported by the "
        "Azerbaijani side.\n"), MAY_10)
    assert [country for _, country, _ in claims_in(result)] == ["AM"]


def test_a_ministry_repeating_its_account_of_the_events_is_their_claimant(tmp_path):
    # "repeats its account of …:" — what follows the colon is the ministry's version
    result, _ = built_one_incident(tmp_path, (
        "BAKU, May 14 – Azerbaijan's defence ministry repeats its account of Monday's "
        "events: two of its soldiers were wounded by Armenian sniper fire near Tovuz.\n"),
        MAY_15)
    assert claims_in(result) == [("Ministry of Defense of Azerbaijan", "AZ", "asserts")]
