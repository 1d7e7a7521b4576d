"""A town whose name is an ordinary English word (Reading, Nice, Cannes, York) is never a
place on its own, but is one where the text writes it as a place's name: capitalised after
"in", "near" or "outside"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, surface, country", [
    ("Police in Reading said two men were held after the fire.", "Reading", "GB"),
    ("Two people died in Cannes on Sunday, police said.", "Cannes", "FR"),
    ("Police in Nice said the road was closed.", "Nice", "FR"),
    ("Protests were held in York and Leeds on Saturday.", "York", "GB"),
])
def test_a_word_written_as_a_place_is_the_town(places_in, text, surface, country):
    found = dict(places_in(text))
    assert found[surface].country_code == country


@pytest.mark.parametrize("text", [
    "Reading is a skill the camp school teaches first.",
    "He was reading a report on the shelling near Tegh.",
    "Republicans in Congress said the aid would pass.",
    "The cases were diagnosed in Spring 2002 near Tegh.",
    "Nice words will not rebuild the houses in Sotk.",
])
def test_the_word_itself_is_no_place(places_in, text):
    found = dict(places_in(text))
    assert not {"Reading", "reading", "Congress", "Spring", "Nice"} & set(found)
