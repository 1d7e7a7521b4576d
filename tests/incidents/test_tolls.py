"""Session 20 (helper P2): tolls as an analyst reads them — an upper bound given by a second
source ("put the death toll as high as 12") is no count of one, a vague word ("several",
"a few") is no figure, a person counted by an ordinal ("a second villager") is one more,
and the officialese of statements ("the martyrdom of two soldiers and the injury of three
others", "claimed the lives of", "injuries to") counts the dead and the wounded."""

from __future__ import annotations

import datetime as dt

import pytest

from geomap.incidents.casualties import find_casualties
from incident_helpers import build_article

MAY_10 = dt.date(2024, 5, 10)


def only_incident(tmp_path, text: str, published=MAY_10):
    (incident,) = list(build_article(tmp_path, text, published).incidents.itertuples())
    return incident


def counts(c) -> tuple:
    return (c.fatalities_min, c.fatalities_max), (c.injured_min, c.injured_max)


NONE = (None, None)


@pytest.mark.parametrize("text, killed, injured", [
    # an upper bound of a toll, with or without a verb before it
    ("A doctor at the district hospital put the death toll as high as 20.", (None, 20), NONE),
    ("The toll could be as high as 9, a village elder said.", (None, 9), NONE),
    ("The number of dead was up to 30, according to a local official.", (None, 30), NONE),
    # "death toll" is the head of a toll, never a count of one death
    ("A spokesman for the governor gave no death toll.", NONE, NONE),
    ("A ministry source put the death toll at 7.", (7, 7), NONE),
    # the officialese of statements: harm named by a noun before the people it befell
    ("The enemy attack led to the martyrdom of one soldier and the injury of two others.",
     (1, 1), (2, 2)),
    ("The shelling claimed the lives of three villagers near the border.", (3, 3), NONE),
    ("The bombardment caused the death of a shepherd and injuries to four farmers.",
     (1, 1), (4, 4)),
    ("The raid resulted in the wounding of two policemen.", NONE, (2, 2)),
    # ... and by a verb or a phrase after them
    ("Two border guards were martyred and five others sustained injuries.", (2, 2), (5, 5)),
    ("Four conscripts lost their lives in the attack.", (4, 4), NONE),
    ("Three servicemen received wounds of varying severity.", NONE, (3, 3)),
    ("Two of the policemen later died of their wounds.", (2, 2), NONE),
    ("A conscript lost his life when the post was shelled.", (1, 1), NONE),
    ("Two soldiers embraced martyrdom in the exchange of fire.", (2, 2), NONE),
    ("A border guard succumbed to his injuries in hospital on Friday.", (1, 1), NONE),
    # a vague word of "more than one" is no figure
    ("Several civilians were wounded in the shelling.", NONE, NONE),
    ("A few soldiers were hurt when the shell landed.", NONE, NONE),
    ("A handful of villagers were injured.", NONE, NONE),
    ("Many people were killed, the residents said.", NONE, NONE),
    ("A couple of herders were wounded by the shelling.", NONE, (2, 3)),
    # a word of an order of size gives the smallest of that size
    ("Dozens of people were injured in the blast.", NONE, (12, 99)),
    ("Hundreds of people were killed in the fighting.", (100, 999), NONE),
    # one more, counted by an ordinal after the first, in the same sentence
    ("A shepherd was wounded on Monday and a second villager was slightly hurt.",
     NONE, (2, 2)),
])
def test_toll_forms(text, killed, injured):
    assert counts(find_casualties(text)) == (killed, injured)


def test_a_person_counted_by_an_ordinal_is_one_more_than_told_before():
    c = find_casualties("The council later said a second farmer had been hurt, revising "
                        "its earlier report of one wounded.")
    assert counts(c) == (NONE, (1, 1)) and c.further


def test_several_wounded_leaves_the_wounded_unknown(tmp_path):
    incident = only_incident(tmp_path, (
        "Tajik and Kyrgyz border guards exchanged fire near Vorukh on Tuesday, the Kyrgyz "
        "border service said. Several people were wounded."))
    assert (incident.injured_min, incident.injured_max) == NONE


def test_a_statement_counts_its_martyrs_and_injured(tmp_path):
    incident = only_incident(tmp_path, (
        "An air strike hit a military post near Quneitra on Thursday, the Syrian army said. "
        "The aggression led to the martyrdom of three soldiers and the injury of four others."))
    assert (incident.fatalities_min, incident.fatalities_max) == (3, 3)
    assert (incident.injured_min, incident.injured_max) == (4, 4)


# An upper bound from a second source caps an open count (extract ``_estimates``), and a
# report of one group alone adds up (``_further_added``).
def test_an_upper_bound_from_a_second_source_caps_an_open_toll(tmp_path):
    incident = only_incident(tmp_path, (
        "Saudi artillery fire struck a livestock market in Saada on Monday, killing at least five "
        "people, the provincial health office said. A hospital source put the death toll as "
        "high as 9."))
    assert (incident.fatalities_min, incident.fatalities_max) == (5, 9)


def test_a_second_villager_hurt_makes_two_wounded(tmp_path):
    incident = only_incident(tmp_path, (
        "YEREVAN, May 6 - A shepherd was wounded by gunfire from Azerbaijani positions near "
        "Sotk on Monday, local authorities said. The governor's office later said a second "
        "villager had been slightly hurt, revising its earlier report of one casualty."))
    assert (incident.injured_min, incident.injured_max) == (2, 2)
