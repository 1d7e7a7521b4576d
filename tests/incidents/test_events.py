"""Event typing with ACLED's taxonomy (and "diplomatic"), hypotheticals excluded."""

from __future__ import annotations

import pytest

from geomap.incidents.events import find_event
from geomap.incidents.spans import aside_spans


def event_of(text: str):
    e = find_event(text, 0, len(text), aside_spans(text, 0, len(text)))
    return (e.event_type, e.sub_event_type) if e else None


@pytest.mark.parametrize("text, expected", [
    ("heavy clashes broke out along the border", ("Battles", "Armed clash")),
    ("forces came under fire and retaliated", ("Battles", "Armed clash")),
    ("Armenia said Azerbaijani forces fired near Vardenis on Monday.", ("Battles", "Armed clash")),
    ("Pakistani troops fired across the Line of Control.", ("Battles", "Armed clash")),
    ("Azerbaijani units fired small arms at Armenian positions near Sotk",
     ("Battles", "Armed clash")),
    ("Azerbaijani forces shot at Armenian positions near Jermuk", ("Battles", "Armed clash")),
    ("forces launched intensive fire against Armenian positions", ("Battles", "Armed clash")),
    ("Iranian border guards fired warning shots near Nordooz", ("Battles", "Armed clash")),
    ("Serbian police clashed with Kosovo police near Jarinje", ("Battles", "Armed clash")),
    ("Armenian air defense units shot down an Azerbaijani quadcopter near Jermuk",
     ("Strategic developments", "Disrupted weapons use")),
    ("Twenty Indian soldiers, including an officer, were killed in a face-off with Chinese "
     "troops", ("Battles", "Armed clash")),
    ("Pakistani jets struck TTP hideouts in Khost province",
     ("Explosions/Remote violence", "Air/drone strike")),
    ("Israeli strikes hit Tyre on Tuesday", ("Explosions/Remote violence", "Air/drone strike")),
    ("his tractor struck an anti-tank mine",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("units did not open fire", ("Battles", "Armed clash")),
    ("Armenia launched large-scale provocations in the directions of Lachin",
     ("Battles", "Armed clash")),
    ("Azerbaijani forces shelled positions near Sotk",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("artillery was used against Jermuk",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("a drone strike hit a truck", ("Explosions/Remote violence", "Air/drone strike")),
    ("joint military drills kicked off Monday", ("Strategic developments", "Military exercise")),
    ("the deployment of Iranian troops on the border", ("Strategic developments", "Troop deployment")),
    ("Raisi met with his Azerbaijani counterpart", ("diplomatic", "meeting")),
    ("in a phone call with the foreign minister", ("diplomatic", "call")),
    ("the two sides issued a joint statement", ("diplomatic", "statement")),
    ("Thailand and Cambodia exchanged heavy fire along the border", ("Battles", "Armed clash")),
    ("a two-hour gun battle between the army and gunmen", ("Battles", "Armed clash")),
    ("Russian border guards detained two residents of Khurvaleti",
     ("Strategic developments", "Arrests")),
    ("On May 11, Azerbaijani troops opened fire on Sotk", ("Battles", "Armed clash")),
    ("Iran held military manoeuvres near Jolfa", ("Strategic developments", "Military exercise")),
    ("their vehicle hit an anti-tank mine in the Fuzuli district",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("the ministry denied attacking civilian areas", ("Battles", "Armed clash")),
    ("Yerevan denied that its units had fired", ("Battles", "Armed clash")),
    ("the ministry said its units had not fired in the area", ("Battles", "Armed clash")),
    ("Armenian units fired from Yeraskh at Sadarak", ("Battles", "Armed clash")),
    ("Azerbaijani artillery had struck Jermuk overnight",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("Iran's ground forces began a large exercise on the border",
     ("Strategic developments", "Military exercise")),
    # killing and wounding told without a word of fire
    ("Azerbaijani troops killed an Armenian soldier near Tegh", ("Battles", "Armed clash")),
    ("A soldier was wounded near Tegh on Monday", ("Battles", "Armed clash")),
    ("Indian soldiers shot dead two militants in Kupwara", ("Battles", "Armed clash")),
    ("Shots were fired near the border overnight", ("Battles", "Armed clash")),
    ("Israeli strikes on southern Lebanon killed four people",
     ("Explosions/Remote violence", "Air/drone strike")),
    ("A soldier lost his leg after stepping on a landmine near the border",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("A shepherd was wounded by a landmine in Tavush",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    # fire aimed at civilians: ACLED's violence against civilians, not a clash
    ("Azerbaijani forces fired at a civilian truck near Kornidzor, injuring its driver",
     ("Violence against civilians", "Attack")),
    ("Soldiers shot dead a shepherd near Tavush", ("Violence against civilians", "Attack")),
    ("Azerbaijani forces fired at Armenian positions", ("Battles", "Armed clash")),
    ("Azerbaijani forces shelled a civilian house in Sotk",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("Border police clashed with smugglers near Astara", ("Battles", "Armed clash")),
    # drones told in the present, dropping grenades, used to strike
    ("Azerbaijani drones strike an Armenian military truck near Jermuk",
     ("Explosions/Remote violence", "Air/drone strike")),
    ("An Armenian drone dropped a grenade on positions near Sadarak",
     ("Explosions/Remote violence", "Air/drone strike")),
    ("Tajik forces used a drone to strike a Kyrgyz border checkpoint",
     ("Explosions/Remote violence", "Air/drone strike")),
    ("Armenian units fired with machine guns at positions in Kalbajar",
     ("Battles", "Armed clash")),
    ("The fire was directed at positions near the village of Sotk", ("Battles", "Armed clash")),
    ("The first shooting was reported near the village of Ak-Sai", ("Battles", "Armed clash")),
    ("A Karabakh Armenian man had been arrested at the Lachin checkpoint",
     ("Strategic developments", "Arrests")),
    ("Units of the Armenian armed forces subjected the positions of the Azerbaijan Army in "
     "the Ordubad district to fire", ("Battles", "Armed clash")),
    ("Russian border guards shot and wounded a Georgian shepherd near Gori",
     ("Violence against civilians", "Attack")),
    # what a ceasefire came after is no event of its own
    ("Kyrgyzstan and Tajikistan agreed a ceasefire after two days of fighting",
     ("Strategic developments", "Agreement")),
    # the Armenian defence ministry's casualty formula; Azerbaijan's "subjected … to fire"
    # with a long object
    ("Four servicemen of the Armenian Armed Forces were killed as a result of fire opened "
     "by Azerbaijani units near Nerkin Hand on Tuesday", ("Battles", "Armed clash")),
    ("On May 1, units of the Armenian Armed Forces subjected positions of the Azerbaijani "
     "Army located in the village of Aghdam of the Tovuz district to fire",
     ("Battles", "Armed clash")),
    # fire at mock targets is the drill's, not an attack
    ("IRGC artillery units fired on mock enemy positions during the drill on Friday",
     ("Strategic developments", "Military exercise")),
    # "no shots … from its side" denies the other side's report: a clash, denied
    ("Yerevan says no shots were fired from its side.", ("Battles", "Armed clash")),
    ("The Armenian side stated that no shots were fired from its positions on February 12",
     ("Battles", "Armed clash")),
])
def test_event_types(text, expected):
    assert event_of(text) == expected


@pytest.mark.parametrize("text", [
    "concern about the possibility of (military) clashes",
    "opposition to the deployment of any foreign forces in the region",
    "the region cannot tolerate another war",
    "Ahadi, who was leading a delegation for the Joint Commission meeting, said so",
    "the trend is clear",
    # a view of an event, and weapons seized, are no event of their own
    "the minister said the joint flights were a provocation",
    "police seized rocket launchers and hand grenades",
    "Baku has accused Tehran of provocation",
    # words, not fire
    "Mrs Haley also strongly attacked Mr Trump's proposal to ban Muslim immigrants",
    "the opposition attacked the government's plans for the border",
    "the company had fired him last year",
    "The company fired over 200 workers in Kapan.",
    "He shot at the goal twice in the second half.",
    "Riot police clashed with opposition supporters outside parliament",
    "The committee shot down the idea on Monday",
    "relations would not be harmed by provocations",
    # conditions: what would happen if
    "Israel will strike Hezbollah positions in Bint Jbeil if rocket attacks on Kiryat Shmona "
    "continue",
    "If Baku attacks Sotk again, will we simply write another report?",
    "Moscow urged both sides to exercise restraint",
    "A soldier was killed in a car accident near Goris",
    # sport, chess, parliament, the police and protesters: no fighting
    "Armenia's Pyunik clashed with Azerbaijan's champions Qarabag in Tbilisi",
    "Grandmaster Baadur Jobava attacked relentlessly at the Batumi chess open",
    "Armenian MPs clashed over the defence budget as the opposition attacked the government",
    "Police in Tbilisi clashed with protesters outside parliament",
    "Dockers held strikes on Monday in Beirut",
    "Filming began in Gyumri, with the shooting schedule set for June",
    "Moscow is concerned by reports of shooting on the border",
    "Pashinyan said that Armenia has no plans to attack anyone",
    # nothing happened: no violations, no shots, soldiers who watched but held fire
    "Armenia said there have been no ceasefire violations since the agreement was "
    "initialled in Washington last month.",
    "No shots were fired across the border and no incidents were reported, the IRGC said.",
    "Some residents said Azerbaijani soldiers posted on the hill above the village had been "
    "watching the road through binoculars but had not fired.",
    "Armenia said no shots had been fired on the border since the Washington summit.",
    "Police said the rally was peaceful and no one was detained.",
])
def test_no_event(text):
    assert event_of(text) is None


def test_a_separate_meeting_is_new():
    e = find_event("He reiterated it in a separate meeting with Erdogan.", 0, 52)
    assert e.new


def test_every_cue_pattern_opens_with_a_word_the_prefilter_can_look_for():
    """A pattern opening with a group would have its kind tried on every sentence."""
    from geomap.incidents.tables import cue_stems

    _, always_scanned = cue_stems()
    assert always_scanned == frozenset()
