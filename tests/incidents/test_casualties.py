"""Casualty counts of a phrase: numbers, ranges, number words and vague quantities, whose
side they count, and where the dead were counted."""

from __future__ import annotations

import pytest

from geomap.incidents.casualties import find_casualties, harmed_at


@pytest.mark.parametrize("text, fatalities, injured", [
    ("Death toll of Armenian armed forces amounted to 150-200 people", (150, 200), (None, None)),
    ("hundreds of Armenian soldiers were injured", (None, None), (100, 999)),
    ("one serviceman was wounded", (None, None), (1, 1)),
    ("One Azerbaijani soldier was wounded, according to the ministry.", (None, None), (1, 1)),
    ("two soldiers killed", (2, 2), (None, None)),
    ("two Armenian servicemen were killed and five were wounded", (2, 2), (5, 5)),
    ("dozens of people were injured", (None, None), (12, 99)),
    ("several soldiers were killed", (None, None), (None, None)),   # a vague word is no figure
    ("between 10 and 15 soldiers died", (10, 15), (None, None)),
    ("12 to 14 troops were killed", (12, 14), (None, None)),
    ("at least three civilians were killed", (3, None), (None, None)),
    ("At least four soldiers were killed.", (4, None), (None, None)),   # opening a sentence
    ("wounding five to seven Armenian servicemen", (None, None), (5, 7)),
    ("between two and four soldiers were wounded", (None, None), (2, 4)),
    ("More than 100 people were wounded", (None, None), (101, None)),
    ("Between 10 and 15 soldiers died", (10, 15), (None, None)),
    ("more than 200 soldiers were killed", (201, None), (None, None)),
    ("the shelling killed four and wounded 12", (4, 4), (12, 12)),
    ("a serviceman was killed", (1, 1), (None, None)),
    ("the death toll rose to 3,000", (3000, 3000), (None, None)),
    # numbers spelled in several words (they read as their last word before)
    ("Forty-nine Armenian servicemen were killed.", (49, 49), (None, None)),
    ("twenty one soldiers died", (21, 21), (None, None)),
    ("One hundred and five soldiers were killed", (105, 105), (None, None)),
    ("at least twenty-five people were wounded", (None, None), (25, None)),
    ("killing forty-two and wounding two hundred", (42, 42), (200, 200)),
    # a name or a phrase in apposition between the count and its verb
    ("one soldier, Private Elvin Mammadov, was wounded", (None, None), (1, 1)),
    ("Two soldiers, both conscripts, were killed", (2, 2), (None, None)),
    # the defence ministries' words: wounds sustained, a serviceman named by rank
    ("As a result, contract serviceman Hovhannes Sargsyan sustained a gunshot wound.",
     (None, None), (1, 1)),
    ("Private Elvin Mammadov was wounded by sniper fire.", (None, None), (1, 1)),
    ("Two servicemen received shrapnel wounds.", (None, None), (2, 2)),
    ("A serviceman of the Armenian armed forces was fatally wounded.", (1, 1), (None, None)),
    # counts of different people add up; an outcome inside the first is no pair
    ("14 civilians and 8 soldiers had been killed", (22, 22), (None, None)),
    ("Two soldiers and 16 gunmen were killed in the battle.", (18, 18), (None, None)),
    ("The attack left one officer dead and three people wounded.", (1, 1), (3, 3)),
    ("Two soldiers were mortally wounded and three others sustained light injuries.",
     (2, 2), (3, 3)),
    # none is a count, known to be 0; a sentence that says nothing leaves None
    ("No casualties were reported.", (0, 0), (0, 0)),
    ("Two soldiers were killed; no one was injured.", (2, 2), (0, 0)),
    ("The shelling caused no loss of life, but one soldier was wounded.", (0, 0), (1, 1)),
    ("No one was killed or wounded when Armenian forces fired on its positions.",
     (0, 0), (0, 0)),
    ("It said that nobody was hurt.", (0, 0), (0, 0)),
    # the subject's "A" is no count of the people the verb harms
    ("A drone attack near Tegh wounded four soldiers on Monday.", (None, None), (4, 4)),
    # one and one more; one person named by role
    ("Troops opened fire in Poonch, killing a soldier and a porter.", (2, 2), (None, None)),
    ("Forces fired at a truck near Kornidzor, injuring the driver.", (None, None), (1, 1)),
    ("Shells hit a house, killing a woman and injuring her son.", (1, 1), (1, 1)),
    ("A Thai soldier lost his leg after stepping on a landmine.", (None, None), (1, 1)),
    # "another" is one more, "another three" three
    ("One soldier was killed and another was wounded.", (1, 1), (1, 1)),
    ("Two soldiers were killed and another three wounded.", (2, 2), (3, 3)),
    ("Another attack killed two soldiers.", (2, 2), (None, None)),
    ("Three servicemen were taken to hospital.", (None, None), (3, 3)),
    ("A soldier in Syunik Province was wounded by Azerbaijani sniper fire.", (None, None),
     (1, 1)),
    ("Two soldiers in the Tavush region were killed.", (2, 2), (None, None)),
    # a toll that has risen, or that an update brings to a figure
    ("The number of people killed in Sunday's clash near Verin Shorzha has risen to five.",
     (5, 5), (None, None)),
    ("One more serviceman died, bringing the number of soldiers killed near Berkaber to two.",
     (2, 2), (None, None)),
    # the dead a side lost; people counted after the first; how badly
    ("The unit lost three servicemen and seven were wounded.", (3, 3), (7, 7)),
    ("The shelling wounded at least 15 soldiers and three civilians.", (None, None),
     (18, None)),
    ("The fire wounded two Pakistani soldiers and a civilian.", (None, None), (3, 3)),
    ("A resident of Sotk was seriously injured on Tuesday.", (None, None), (1, 1)),
    # a date's day is no count
    ("Armenia on February 14 mourned four soldiers killed the previous day.", (4, 4),
     (None, None)),
    ("On 14 February two soldiers were killed.", (2, 2), (None, None)),
    # a person named with an age is one, not as many as their years
    ("Anahit Grigoryan, 54, was killed when Azerbaijani forces fired near Tegh.", (1, 1),
     (None, None)),
    ("Christina Assi, 28, of AFP, lost a leg.", (None, None), (1, 1)),
    # "an air strike … killed at least 15": the count after the verb, not "an"
    ("On Wednesday an Israeli air strike near Naqoura killed at least 15 people.",
     (15, None), (None, None)),
    ("A shell killed a woman and her son.", (2, 2), (None, None)),
    ("Amnesty documented the deaths of three civilians in the shelling of Tegh.", (3, 3),
     (None, None)),
    # one person of an agency named with its acronym; a serviceman of a service, by rank
    ("An employee of the Mine Action Agency of Azerbaijan (ANAMA) was injured in a mine "
     "explosion in Gazakh district on Monday.", (None, None), (1, 1)),
    ("As a result, serviceman of the State Border Service, junior sergeant Elnur Aliyev, "
     "was wounded.", (None, None), (1, 1)),
    ("Four servicemen of the Armenian Armed Forces were killed as a result of fire opened "
     "by Azerbaijani units near Nerkin Hand.", (4, 4), (None, None)),
    # the dead of two sides, counted one after the other
    ("Border guards and Taliban forces exchanged fire near Zaranj, killing two Iranian "
     "guards and one Taliban fighter, officials said.", (3, 3), (None, None)),
])
def test_casualty_forms(text, fatalities, injured):
    c = find_casualties(text)
    assert (c.fatalities_min, c.fatalities_max) == fatalities
    assert (c.injured_min, c.injured_max) == injured


@pytest.mark.parametrize("text", [
    "for thousands of years", "the two countries have been at war",
    "since the 2020 war killed the hopes", "five villages were shelled",
    "Two days later, the army said troops were killed",
    "One of the dead was a conscript from Goris",         # from a count already given
    "two of the wounded were civilians",
    "Azerbaijan lost two positions near the border",
    "A resident who was wounded on February 27 died in hospital on March 1",
])
def test_no_casualties(text):
    assert not find_casualties(text)


def test_the_side_that_suffered_no_losses_is_whose_none_it_is():
    text = "Azerbaijani forces suffered no losses, the ministry said."
    c = find_casualties(text, 0, len(text), ((0, 11, "AZ"), (39, 51, "AZ")))
    assert (c.fatalities_min, c.victims_country) == (0, "AZ")
    text = "No one was hurt in the incident, the ministry said."
    assert find_casualties(text, 0, len(text), ((33, 45, "RU"),)).victims_country == ""


def test_the_side_named_inside_a_count_is_whose_people_it_counts():
    def nations(text, *names):
        return tuple((text.index(n), text.index(n) + len(n), code) for n, code in names)
    text = "Forty-nine Armenian servicemen were killed, while Azerbaijan lost none."
    found = find_casualties(text, nations=nations(text, ("Armenian servicemen", "AM"),
                                                  ("Azerbaijan", "AZ")))
    assert found.victims_country == "AM"
    text = "The shelling by Azerbaijani forces killed 5 Armenian soldiers."
    found = find_casualties(text, nations=nations(text, ("Azerbaijani forces", "AZ"),
                                                  ("Armenian soldiers", "AM")))
    assert found.victims_country == "AM"
    text = "The shelling killed 5 by Azerbaijani fire."          # the attacker, not the dead
    assert find_casualties(text, nations=nations(
        text, ("Azerbaijani", "AZ"))).victims_country == ""


@pytest.mark.parametrize("text", [
    "Two Armenian and three Azerbaijani soldiers were killed.",
    "Two Armenian soldiers and three Azerbaijani soldiers were killed.",
])
def test_counts_of_two_sides_in_one_phrase_add_up(text):
    nations = ((text.index("Armenian"), text.index("Armenian") + 8, "AM"),
               (text.index("Azerbaijani"), text.index("Azerbaijani") + 11, "AZ"))
    found = find_casualties(text, nations=nations)
    assert (found.fatalities_min, found.fatalities_max) == (5, 5)
    assert found.victims_country == ""                         # both sides
    assert find_casualties(text).fatalities_min == 3           # whose is unknown: the largest


def test_none_lost_on_a_named_side_is_that_sides_zero():
    text = "There were no losses among Azerbaijani servicemen."
    at = text.index("Azerbaijani")
    found = find_casualties(text, nations=((at, text.index("."), "AZ"),))
    assert (found.fatalities_max, found.injured_max, found.victims_country) == (0, 0, "AZ")


@pytest.mark.parametrize("text, side, country", [
    ("24 people had been killed and 87 wounded on its side.", "its", "KG"),
    ("Three soldiers were wounded on the Armenian side.", "Armenian", "AM"),
])
def test_on_whose_side_said_after_the_counts_is_whose_people_they_are(text, side, country):
    start = text.index(side)
    found = find_casualties(text, nations=((start, start + len(side), country),))
    assert found.victims_country == country


def test_the_place_after_a_harm_word_is_where_the_dead_were_counted():
    text = ("A spokesman said two civilians were killed and five injured in Athmuqam on "
            "Wednesday. One of the wounded was later moved to Muzaffarabad. Three soldiers "
            "died near Kel. Earlier cases included the killing of a driver in Jermuk.")
    assert harmed_at(text, 0, text.index("Athmuqam"))
    assert harmed_at(text, 0, text.index("Kel"))
    assert not harmed_at(text, 0, text.index("Muzaffarabad"))
    assert not harmed_at(text, 0, text.index("Jermuk"))


@pytest.mark.parametrize("text", [
    "A smuggler fired a pistol and was wounded.",
    "When the patrol ordered them to stop, one of the men fired a pistol and was wounded in "
    "the leg.",
])
def test_one_who_did_something_and_was_wounded_is_wounded(text):
    found = find_casualties(text, 0, len(text), ())
    assert (found.injured_min, found.injured_max) == (1, 1)


@pytest.mark.parametrize("sentence, fatalities, injured", [
    ("Dozens of civilians were killed or wounded.", (None, None), (None, None)),
    ("Ten people were wounded or killed in the shelling.", (None, None), (None, None)),
    ("The shelling hit the market, killing or wounding dozens.", (None, None), (None, None)),
    # one speaker: unchanged
    ("Two soldiers were killed, while three others were wounded.", (2, 2), (3, 3)),
    # two speakers, each of their own side's dead: added up
    ("Baku said two Azerbaijani soldiers were killed, while Yerevan said three Armenian "
     "soldiers died.", (5, 5), (None, None)),
])
def test_counts_of_either_outcome_and_of_second_statements(sentence, fatalities, injured):
    nations = tuple((i, i + len(w), cc) for w, cc in (("Azerbaijani", "AZ"), ("Armenian", "AM"))
                    for i in [sentence.find(w)] if i >= 0)
    found = find_casualties(sentence, nations=nations)
    assert (found.fatalities_min, found.fatalities_max) == fatalities
    assert (found.injured_min, found.injured_max) == injured
