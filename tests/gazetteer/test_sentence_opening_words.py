"""A name that is also an ordinary English word, opening a sentence before a word in lower
case ("Mobile coverage was cut"), is the word when the place lies far from every other
place of the article; the same sentence among the places of its own country keeps it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, word", [
    ("KAPAN, Armenia - Azerbaijani forces fired on Chakaten in Syunik on Monday. Mobile "
     "coverage was cut in the border villages, residents of Goris said.", "Mobile"),
    ("YEREVAN - Shelling hit Sotk and Jermuk. Mobile phone networks were down in "
     "Stepanakert.", "Mobile"),
    ("BAKU - Mines were found in Lachin, Kalbajar and Zangilan. Split families waited in "
     "Barda for news.", "Split"),
    ("TBILISI - Shelling hit Sadakhlo and Marneuli. Mobile Internet was cut in Bolnisi.",
     "Mobile"),
    ("Split Families Wait for News\nBAKU - Mines were found in Lachin, Kalbajar and "
     "Zangilan.", "Split"),
])
def test_a_word_opening_a_sentence_far_from_the_articles_places_is_no_place(
        places_in, text, word):
    found = dict(places_in(text))
    assert word not in found, found[word]
    assert len(found) >= 3          # the article's own places stay


def test_the_same_word_among_places_of_its_country_stays_the_city(places_in):
    found = dict(places_in("Police in Albany and Rochester were on alert. Buffalo police "
                           "said two men were arrested."))
    assert found["Buffalo"].country_code == "US"
    assert found["Buffalo"].admin1 == "NY"


def test_a_word_that_acts_as_the_subject_stays_the_place(places_in):
    found = dict(places_in("BAKU - Mines were found in Lachin, Kalbajar and Zangilan. Split "
                           "hosted another round of talks."))
    assert found["Split"].country_code == "HR"


def test_a_country_opening_a_sentence_stays_the_country(places_in):
    found = dict(places_in("KAPAN - Shells hit Chakaten and Goris in Syunik. Spain was "
                           "the first to send aid."))
    assert found["Spain"].kind == "country"
