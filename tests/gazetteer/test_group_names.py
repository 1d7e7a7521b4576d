"""A name the article calls an armed group's ("the Fano, an Amhara militia") is that
group at every mention, not the town of that name, and a place name inside a group's or
an operation's name ("Lashkar-e-Taiba") is no place; a place followed by "a group of …",
or by a group speaking of it, stays a place."""

from __future__ import annotations

import pytest


def test_a_militia_named_once_is_no_town_anywhere_in_the_article(places_in):
    found = dict(places_in(
        "Local Fano fighters clashed with troops near Gondar on Monday. The Fano, an "
        "Amhara militia, has been fighting federal forces in the region since 2023."))
    assert "Fano" not in found                  # Fano, Italy
    assert found["Gondar"].country_code == "ET"


def test_a_group_of_something_after_a_place_leaves_the_place(places_in):
    found = dict(places_in(
        "In St. Louis, a financially troubled group of clinics merged with a hospital."))
    assert found["St. Louis"].country_code == "US"


#: a group named after the place, speaking of it or holding it: the place stays, at
#: every mention
GROUP_SPEAKS = [
    ("Fighters stormed Bentiu, the group said on Monday. Residents fled Bentiu "
     "overnight.", "Bentiu", 2),
    ("Rebels seized Malakal, the movement said in a statement. Aid workers left "
     "Malakal.", "Malakal", 2),
    ("Militants attacked Mandera, the group claimed. Police in Mandera said two died.",
     "Mandera", 2),
    ("Fighters stormed Bentiu, the rebel group's stronghold, on Monday.", "Bentiu", 1),
]


@pytest.mark.parametrize("text, name, count", GROUP_SPEAKS,
                         ids=[g[0][:30] for g in GROUP_SPEAKS])
def test_a_group_speaking_after_a_place_leaves_the_place(places_in, text, name, count):
    assert [written for written, _ in places_in(text)].count(name) == count


def test_a_group_named_in_apposition_is_still_no_place(places_in):
    text = "The Fano, an Amhara militia, attacked the town. Fano fighters later withdrew."
    assert "Fano" not in [written for written, _ in places_in(text)]


@pytest.mark.parametrize("text, not_a_place", [
    ("Indian missiles struck the Lashkar-e-Taiba complex at Muridke.", "Taiba"),
    ("Pakistan launched Operation Bunyan-um-Marsoos on Saturday.", "Bunyan"),
    ("Jaish-e-Mohammed claimed the attack.", "Mohammed"),
])
def test_a_name_inside_a_group_or_operation_name_is_no_place(places_in, text, not_a_place):
    assert not_a_place not in [surface for surface, _ in places_in(text)]
    assert all(not_a_place not in surface for surface, _ in places_in(text))
