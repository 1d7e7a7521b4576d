"""Asides, second statements and clauses: a "while" clause is one or the other by what
follows it; a manner clause does not part a verb from its subject."""

from __future__ import annotations

import pytest

from geomap.incidents.spans import aside_spans, clause_around, second_statement


@pytest.mark.parametrize("joint", [
    "while the Azerbaijani side", "while Baku", "while his ministry", "while they",
    "whereas its ministry", "while a spokesman",
])
def test_a_while_with_a_subject_joins_a_second_statement(joint):
    text = f"Residents of Sotk sheltered in basements, {joint} reported fire on Tovuz."
    assert second_statement(text, 0, len(text)) is not None
    assert aside_spans(text, 0, len(text)) == []


@pytest.mark.parametrize("aside", [
    "while seeking calm near Sotk", "while awaiting talks in Sotk",
    "although already under fire near Sotk", "whereas earlier near Sotk",
])
def test_a_while_with_no_subject_is_an_aside(aside):
    text = f"Armenia's defence ministry, {aside}, said Azerbaijani forces shelled Jermuk."
    (span,) = aside_spans(text, 0, len(text))
    assert text[span[0]:span[1]] == f", {aside}"
    assert second_statement(text, 0, len(text)) is None


@pytest.mark.parametrize("text, expected", [
    ("talks in Yerevan", True), ("flew to Moscow", True), ("shelling near Baku", True),
    ("reports that Iranian troops", False), ("what Azerbaijani forces", False),
    ("said Armenian units", False),
])
def test_a_name_after_a_preposition_of_place_is_a_place(text, expected):
    from geomap.incidents.spans import after_locative

    assert after_locative(text, text.rindex(" ") + 1) is expected


@pytest.mark.parametrize("text, subject", [
    ("Units of the Armenian armed forces, using small arms, subjected to fire the positions.",
     "Armenian"),
    ("Azerbaijani troops, with mortars and drones, shelled the village.", "Azerbaijani"),
])
def test_a_manner_clause_does_not_part_a_verb_from_its_subject(text, subject):
    verb = text.index("subjected" if "subjected" in text else "shelled")
    left, right = clause_around(text, 0, len(text), verb)
    assert left <= text.index(subject) < right == len(text)


def test_a_clause_after_a_comma_stands_alone():
    text = "Armenia said on Monday, after talks, that Azerbaijani troops shelled Sotk."
    left, _ = clause_around(text, 0, len(text), text.index("shelled"))
    assert text[left:].startswith("that Azerbaijani")


def test_a_where_clause_with_its_own_subject_is_no_aside():
    text = ("The fighting spread to the Leilek district, where Kyrgyz officials said Tajik "
            "forces had used a drone to strike a checkpoint.")
    assert aside_spans(text, 0, len(text)) == []
    text = "The envoy, where possible, met residents of Sotk."
    assert aside_spans(text, 0, len(text)) != []
