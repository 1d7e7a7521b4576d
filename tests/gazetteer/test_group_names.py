"""A name the article calls an armed group's ("the Fano, an Amhara militia") is that
group at every mention, not the town of that name; a place followed by "a group of …"
stays a place."""

from __future__ import annotations


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
