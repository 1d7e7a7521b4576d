"""Forces named by a possessive (s20, helper Q2): "its forces", "its troops", "its border
guards", "their soldiers" after a state or one of its bodies are that state's forces, so
"Libya's interior ministry said its forces clashed with gunmen" tells a clash of Libya's
as "Libyan forces clashed" does. "Its" never stands for people ("Sudanese troops"), and
"their soldiers" after two states is neither's."""

from __future__ import annotations

import pytest

from geomap.incidents.actors import find_actors
from geomap.model import Article
from incident_helpers import only_incident


def _forces(text: str) -> list[tuple[str, str]]:
    """(surface, country) of the armed forces ``find_actors`` finds in ``text``."""
    return [(m.surface, m.country_code) for m in find_actors(Article("a", text))
            if m.kind == "military"]


@pytest.mark.parametrize("text", [
    "Libya's interior ministry said its forces clashed with gunmen near Zuwara on Monday.",
    "Libyan forces clashed with gunmen near Zuwara on Monday.",
    "The Libyan interior ministry issued a statement on Monday. It said its own forces "
    "clashed with gunmen near Zuwara.",
])
def test_its_forces_clash_like_the_states_forces(tmp_path, text):
    incident = only_incident(tmp_path, text)
    assert incident.event_type == "Battles"
    assert list(incident.actors) == ["LY"]
    assert "Zuwarah" in incident.places


@pytest.mark.parametrize("text, surface, country", [
    ("Libya's interior ministry said its forces clashed with gunmen near Zuwara.",
     "its forces", "LY"),
    ("Armenia said its troops fired at Azerbaijani positions near Tavush.", "its troops", "AM"),
    ("Kazakhstan said its border guards detained two men near Saryagash.",
     "its border guards", "KZ"),
    ("Kyrgyz border guards said their soldiers came under fire near Batken.",
     "their soldiers", "KG"),
    ("Tajikistan's defence ministry reported that its units had been shelled near Vorukh.",
     "its units", "TJ"),
])
def test_a_possessive_before_forces_names_the_owners_forces(text, surface, country):
    assert (surface, country) in _forces(text)


def test_armenia_said_its_troops_fired_keeps_both_sides(tmp_path):
    incident = only_incident(tmp_path, "Armenia said its troops fired at Azerbaijani "
                                       "positions near Tavush on Monday.")
    assert set(incident.actors) == {"AM", "AZ"}


@pytest.mark.parametrize("text", [
    # "its" is a body, never people named before
    "Sudanese troops clashed with gunmen near Kadugli on Monday. Its units withdrew later.",
    # "their" after two states may be either's
    "Armenia and Azerbaijan said their troops exchanged fire near Tavush on Monday.",
    "Pakistan's foreign ministry accused India, saying its troops fired near Kotli.",
])
def test_no_owner_when_the_possessive_may_stand_for_people_or_two_states(text):
    assert all(not surface.startswith(("its ", "their ", "Its ")) for surface, _ in
               _forces(text))
