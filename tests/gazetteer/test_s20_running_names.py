"""Session 20 (helper N3): names misread in running text. A person the article names in
full and then by one name alone stays that person ("Rashid Khan … Rashid told"), unless
the text names a place by it ("in Hassan", "the Hassan district"); a name before a
plural feature word is found beside the one next to it ("the Poonch and Mendhar
sectors"); a possessive written with its apostrophe alone qualifies the place after it
("Texas' Athens"); and a town of a far country that an article about two sides names
once, and by nothing as a place, is more likely someone's name than the town."""

from __future__ import annotations

import pytest

from gazetteer_helpers import distance_km

# ------------------------------------------------------------- people told back by name

#: (text, name): the lone name is the person named in full before it
PEOPLE_TOLD_BACK = [
    ("Mohamed Hassan, the district commissioner, said shelling damaged three houses in "
     "Kupwara on Sunday. Hassan said the road was closed.", "Hassan"),
    ("Rashid Khan, a shopkeeper, was wounded when shells hit Kupwara on Monday. Rashid "
     "told reporters the firing began at dawn.", "Rashid"),
    ("Abbas Karimi, a farmer from Zabol, said guards fired across the river. Abbas said "
     "two of his cows were killed.", "Abbas"),
    ("Paul Dorsey, a resident of Kupwara, said shells fell near his house. Paul said "
     "his family fled to Srinagar.", "Paul"),
    ("Shelling damaged houses in Kupwara, district commissioner Hassan told reporters "
     "on Sunday.", "Hassan"),
]


@pytest.mark.parametrize("text, name", PEOPLE_TOLD_BACK, ids=[p[1] for p in PEOPLE_TOLD_BACK])
def test_a_person_told_back_by_one_name_is_no_place(places_in, text, name):
    found = [written for written, _ in places_in(text)]
    assert name not in found
    assert found                        # the article's real place stays


#: (text, place, lat, lon): the text names a place by the person's name
PLACES_NAMED_LIKE_THE_PERSON = [
    ("Mohamed Hassan, a trader, said the market was calm. Police in Hassan said the "
     "road was closed.", "Hassan", 13.00, 76.10),
    ("Mohamed Hassan, a trader, said the market was calm. Roads in the Hassan district "
     "were closed.", "Hassan", 13.00, 76.10),
    # "Cleveland Alliance" is an organisation's name, not a person's
    ("Joe Carter of the Downtown Cleveland Alliance said shoppers returned to Cleveland "
     "on Monday.", "Cleveland", 41.50, -81.69),
]


@pytest.mark.parametrize("text, name, lat, lon", PLACES_NAMED_LIKE_THE_PERSON,
                         ids=["in Hassan", "Hassan district", "Cleveland Alliance"])
def test_a_place_named_as_a_place_stays(places_in, text, name, lat, lon):
    places = [place for written, place in places_in(text) if written == name]
    assert places and distance_km(places[0].lat, places[0].lon, lat, lon) < 15


# ------------------------------------------------------------- plural feature words

def test_both_names_before_a_plural_sector_word_are_found(places_in):
    text = ("Indian and Pakistani troops exchanged fire in the Poonch and Mendhar sectors "
            "on Monday, an Indian army officer said.")
    found = dict(places_in(text))
    assert distance_km(found["Poonch"].lat, found["Poonch"].lon, 33.77, 74.09) < 15
    assert distance_km(found["Mendhar"].lat, found["Mendhar"].lon, 33.60, 74.11) < 15


def test_a_division_in_the_plural_stays_the_division(places_in):
    found = dict(places_in("Azerbaijani forces shelled the Kalbajar and Lachin districts "
                           "on Monday."))
    assert found["Lachin district"].kind == "district"
    assert found["Kalbajar"].kind == "district"


# ------------------------------------------------------------- "Texas' Athens"

@pytest.mark.parametrize("possessive", ["Texas'", "Texas’", "Texas's"])
def test_a_possessive_with_its_apostrophe_alone_qualifies_the_place(places_in, possessive):
    found = dict(places_in(f"A tornado struck {possessive} Athens on Monday, killing two "
                           "people, police said."))
    assert distance_km(found["Athens"].lat, found["Athens"].lon, 32.20, -95.86) < 15


# ------------------------------------------------------------- far towns named in passing

BORDER = ("Iranian and Afghan border guards clashed near Zabol on Saturday, killing three, "
          "officials in Zaranj said. The clash in Nimroz province followed a dispute over "
          "water. ")


def test_a_far_town_named_once_in_passing_is_left_unplaced(places_in):
    found = [written for written, _ in places_in(BORDER + "Aziz described the shooting "
                                                 "as unprovoked.")]
    assert "Aziz" not in found          # no town in Algeria
    assert "Zabol" in found


@pytest.mark.parametrize("sentence, name, lat, lon", [
    ("Talks were later held in Geneva.", "Geneva", 46.20, 6.15),
    ("A minister in Washington condemned the clash.", "Washington", 38.90, -77.04),
    ("Washington said it was concerned.", "Washington", 38.90, -77.04),
    ("Envoys met in Davos a week later.", "Davos", 46.80, 9.84),
])
def test_a_far_place_the_text_names_as_one_is_kept(places_in, sentence, name, lat, lon):
    places = [place for written, place in places_in(BORDER + sentence) if written == name]
    assert places and distance_km(places[0].lat, places[0].lon, lat, lon) < 25
