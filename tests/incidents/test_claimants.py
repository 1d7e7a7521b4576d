"""Who speaks when the text does not say so in the sentence (s20, helper N4): an official
text under a heading that names its author ("Ministry of Defence of Azerbaijan –
Information") is that author's statement, its "our" and "we" the author's side; "its
spokesman" and "their commander" hold an office of the body named before; and a capital's
name is its government only where the gazetteer put the mention at that capital ("a gunman
opened fire in Athens, Texas" tells nothing of Greece)."""

from __future__ import annotations

import datetime as dt

import pytest

from geomap.incidents.actors import statement_author, statement_headings
from incident_helpers import build_article, claims_in

JUNE_20 = dt.date(2024, 6, 20)


def _build(tmp_path, text: str):
    return build_article(tmp_path, text, JUNE_20)


def _actors(result) -> list[set[str]]:
    return [set(i.actors) for i in result.incidents.itertuples()]


@pytest.mark.parametrize("heading", [
    "Ministry of Defence of Azerbaijan – Information",
    "Ministry of Defence of Azerbaijan: Information.",
    "Information of the Ministry of Defence of Azerbaijan",
    "Press release of the Ministry of Defence of Azerbaijan",
    "Azerbaijani Defence Ministry statement",
])
def test_our_positions_under_a_heading_are_its_authors_side(tmp_path, heading):
    result = _build(tmp_path, f"{heading}\nOn 17 June, Armenian forces fired at our "
                              "positions near Sadarak from the village of Yeraskh.")
    assert _actors(result) == [{"AM", "AZ"}]


def test_a_heading_after_its_author_makes_the_text_its_claim(tmp_path):
    result = _build(tmp_path, "Ministry of Defence of Azerbaijan – Information\nOn 17 June, "
                              "Armenian forces fired at our positions near Sadarak.")
    assert claims_in(result) == [("Ministry of Defense of Azerbaijan", "AZ", "asserts")]


def test_a_denial_under_a_heading_is_its_authors(tmp_path):
    result = _build(tmp_path, "Ministry of Defence of Armenia – Statement\nReports that our "
                              "units opened fire at Azerbaijani positions near Sadarak on 17 "
                              "June are false.")
    assert claims_in(result) == [("Ministry of Defense of Armenia", "AM", "denies")]
    assert _actors(result) == [{"AM", "AZ"}]


def test_a_heading_naming_no_state_speaks_for_the_ground_it_calls_its_own(tmp_path):
    result = _build(tmp_path, "Statement by the General Command of the Army and the Armed "
                              "Forces\n\nAt 23:40 yesterday evening, the Israeli enemy "
                              "carried out an air aggression with missiles, targeting some of "
                              "our military points in the countryside of Quneitra governorate "
                              "and the vicinity of the town of Khan Arnabah.")
    assert [(c, cc) for c, cc, _ in claims_in(result)] == \
        [("General Command of the Army and the Armed Forces (Syria)", "SY")]
    assert _actors(result) == [{"IL", "SY"}]


def test_each_heading_governs_the_text_up_to_the_next():
    text = ("Ministry of Defence of Azerbaijan – Information\n"
            "Armenian units fired at our positions near Sadarak.\n\n"
            "Ministry of Defence of Armenia – Statement\n"
            "This report does not correspond to reality.")
    first, second = text.index("Armenian units"), text.index("This report")
    assert statement_author(text, first).country_code == "AZ"
    assert statement_author(text, second).country_code == "AM"
    assert statement_author(text, 0) is None        # the heading itself


@pytest.mark.parametrize("line", [
    "Azerbaijan rejects Armenian statement",        # a headline: its author is no name
    "Ukraine update",
    "The ministry said in a statement that Armenian units had fired at Sadarak.",
])
def test_a_headline_or_a_sentence_is_no_heading(line):
    assert statement_headings(f"{line}\nArmenian units fired at our positions.") == ()


def test_its_spokesman_speaks_for_the_body_named_before(tmp_path):
    result = _build(tmp_path, "South Sudan's army, the SPLA, captured Heglig on Tuesday after "
                              "heavy fighting with Sudanese troops. Its spokesman Philip Aguer "
                              "said about 240 soldiers had been killed.")
    assert claims_in(result) == [
        ("Philip Aguer, spokesman of the South Sudanese armed forces", "SS", "asserts")]


def test_their_commander_and_its_ministry_speak_for_their_state():
    from geomap.incidents.actors import find_actors
    from geomap.model import Article

    text = ("Kyrgyz border guards fired at a Tajik post near Vorukh, their commander said. "
            "Iran accused Pakistan of shelling Saravan. Its foreign ministry said two "
            "villagers were killed.")
    found = {a.surface: (a.country_code, a.kind) for a in find_actors(Article("a", text))}
    assert found["their commander"] == ("KG", "official")
    assert found["Its foreign ministry"] == ("IR", "ministry")


def test_a_same_named_town_abroad_is_no_government(tmp_path):
    result = _build(tmp_path, "A gunman opened fire in Athens, Texas, on Monday, killing two "
                              "people, police said.")
    assert all("GR" not in a for a in _actors(result))


def test_the_capital_itself_is_still_its_government(tmp_path):
    result = _build(tmp_path, "Athens accused Ankara on Monday of sending warplanes that "
                              "violated Greek airspace over Lesbos.")
    assert any({"GR", "TR"} <= a for a in _actors(result))
