"""A name right after a place ("near Sadakhlo in Georgia") is what holds that place: the
country or division that holds one of its readings, not a namesake that holds none."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, holder, country, kind", [
    ("Unknown gunmen opened fire on a bus near Sadakhlo in Georgia on Monday.", "Georgia",
     "GE", "country"),
    ("Police in Savannah in Georgia said two men were held.", "Georgia", "US", "province"),
    ("Azerbaijani forces shelled positions near Khnatsakh in Syunik.", "Syunik", "AM",
     "province"),
])
def test_the_holder_is_the_one_that_holds_the_place_before(places_in, text, holder,
                                                            country, kind):
    found = dict(places_in(text))
    assert (found[holder].country_code, found[holder].kind) == (country, kind)


def test_a_village_put_in_a_country_that_holds_none_of_its_namesakes_is_unplaced(
        resolution_of):
    text = ("MOSCOW, June 3 - Unknown gunmen attacked a bus near the village of Kvemo "
            "Sarali in Georgia, Russia's Foreign Ministry said.")
    sarali = resolution_of(text, "Sarali")
    assert sarali.place is None and "Georgia" in sarali.reason
    assert resolution_of(text, "Georgia").place.country_code == "GE"
