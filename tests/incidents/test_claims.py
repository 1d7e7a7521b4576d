"""Claims: each attribution and denial cue family, the claimant and the stance."""

from __future__ import annotations

import pytest

from geomap.incidents import find_actors
from geomap.incidents.claims import find_claim
from geomap.incidents.events import find_event
from geomap.incidents.spans import aside_spans, quote_spans
from geomap.model import Article


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
