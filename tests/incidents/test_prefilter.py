"""The stem prefilter and the grouped word alternations only make extraction faster: an
event kind is tried in every sentence its patterns can match in, a word list matches what
its plain alternation matches."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings, strategies as st
import pytest

from geomap.incidents.tables import (
    _load, by_first_letter, cue_hits, cue_stems, event_tables, families_in, pattern_needs,
    split_alternatives)


EVENTS = _load("events.yaml")["events"]


#: patterns whose lookarounds hypothesis cannot write a match for
_UNWRITABLE = re.compile(r"\(\?<[=!]|\(\?=")


def _patterns():
    for k, e in enumerate(EVENTS):
        for pattern in e["patterns"]:
            if not _UNWRITABLE.search(pattern):
                yield pytest.param(k, pattern, id=f"{k}:{pattern[:40]}")


def test_a_pattern_needs_its_rarest_words():
    assert pattern_needs("forces (?:struck|hit|bombed|pounded)(?= (?-i:[A-Z]))") == (
        frozenset({"forces struck", "forces hit", "forces bombed", "forces pounded"}),)
    # "the" is in most sentences: the exercise is what is looked for
    assert pattern_needs(r"the (?:[\w-]+ ){0,2}exercise(?<!to exercise)") == (
        frozenset({"exercise"}),)
    assert pattern_needs("drones? (?:was|were) used") == (
        frozenset({"drone was used", "drone were used", "drones was used",
                   "drones were used"}),)
    assert pattern_needs("IEDs?") == (frozenset({"ied"}),)


def test_no_event_kind_is_tried_in_every_sentence():
    _, always_scanned = cue_stems()
    assert always_scanned == frozenset()


def test_a_sentence_of_no_event_tries_no_event_kind():
    text = "The minister said the rights of the people of the region were important."
    assert not {f for f in families_in(cue_hits(text)) if f.startswith("event:")}


@pytest.mark.parametrize("kind, pattern", list(_patterns()))
@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_match_of_an_event_pattern_lets_its_kind_be_tried(kind, pattern, data):
    written = data.draw(st.from_regex(re.compile(pattern, re.IGNORECASE), fullmatch=True))
    text = f"On Monday {written} near the town."
    if len(text.lower()) != len(text):
        return                      # extraction skips the prefilter for such text
    assert f"event:{kind}" in families_in(cue_hits(text))


def test_word_lists_grouped_by_letter_match_as_the_plain_alternation():
    cues = _load("cues.yaml")
    text = ("Baku said, says and claimed; Yerevan denied it. Sources said Sayat was "
            "unfounded, 'a lie', nothing to do with it; reports, claims and statements, "
            "the Stated aim, SAID, Said. He put it, according to Trend, citing officials.")
    for key in ("attribution_verbs", "attribution_sources", "denial_verbs",
                "denial_qualifiers", "report_nouns", "position_words"):
        parts = sorted(split_alternatives(cues[key].replace("\n", "")), key=len, reverse=True)
        plain = re.compile(r"(?<![\w])(?i:(?:" + "|".join(parts) + r"))(?![\w])")
        grouped = re.compile(r"(?<![\w])(?i:" + by_first_letter(parts) + r")(?![\w])")
        assert [m.span() for m in grouped.finditer(text)] == \
            [m.span() for m in plain.finditer(text)], key


def test_a_letter_in_both_cases_keeps_the_plain_alternation():
    assert by_first_letter(["Said", "said"]) == "(?:Said|said)"
    assert by_first_letter(["said", "says", "told"]) == "(?:s(?:aid|ays)|t(?:old))"
    assert by_first_letter(["(?:a|b)c", "d"]) == "(?:(?:a|b)c|d)"


def test_event_kinds_compile_once():
    assert event_tables() is event_tables()
