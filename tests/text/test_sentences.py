"""The news-aware sentence splitter: offsets, quotes, abbreviations, datelines."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geomap.model import Article
from geomap.text.sentences import dateline_end, split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(Article(id="t", text=text))]


@pytest.mark.parametrize("text, expected", [
    ("Clashes broke out. Armenia denied it.", ["Clashes broke out.", "Armenia denied it."]),
    # a quotation ending in a comma stays with its attribution, even over several sentences
    ("“We did not fire. It is a lie,” a spokesperson said. Baku disagreed.",
     ["“We did not fire. It is a lie,” a spokesperson said.", "Baku disagreed."]),
    # a quotation closing the sentence ends it
    ("Forces took “adequate measures.” Armenia denied it.",
     ["Forces took “adequate measures.”", "Armenia denied it."]),
    ("“Is this peace?” he asked. Nobody answered.",
     ["“Is this peace?” he asked.", "Nobody answered."]),
    # abbreviations, initials, dotted acronyms
    ("Gen. Smith met Lt. Col. Jones. They talked.", ["Gen. Smith met Lt. Col. Jones.", "They talked."]),
    ("U.S. forces arrived in Sept. 2023 with J. Doe. It was late.",
     ["U.S. forces arrived in Sept. 2023 with J. Doe.", "It was late."]),
    ("It came from the U.S. The talks ended.", ["It came from the U.S.", "The talks ended."]),
    ("Decision No. 5 was read. Then it ended.", ["Decision No. 5 was read.", "Then it ended."]),
    # a headline line without a full stop is a sentence of its own
    ("Armenia-US joint drill underway\nMeanwhile, drills began.",
     ["Armenia-US joint drill underway", "Meanwhile, drills began."]),
    # a wrapped line is not
    ("The ministry said forces\nshelled the village.", ["The ministry said forces\nshelled the village."]),
    ("The rate was 3.5 percent. Fine.", ["The rate was 3.5 percent.", "Fine."]),
    # two speakers' statements joined by a semicolon are two claims
    ("Armenia said its posts were shelled; Azerbaijan's ministry said it returned fire.",
     ["Armenia said its posts were shelled;", "Azerbaijan's ministry said it returned fire."]),
    ("Yerevan said troops fired; but Baku denied it.",
     ["Yerevan said troops fired;", "but Baku denied it."]),
    ("Azerbaijan says Armenian forces shelled Tovuz; Yerevan rejects claim",
     ["Azerbaijan says Armenian forces shelled Tovuz;", "Yerevan rejects claim"]),
    # one speaker's list, and a semicolon inside a quotation, stay whole
    ("Shells hit Sotk; two soldiers were wounded, the ministry said.",
     ["Shells hit Sotk; two soldiers were wounded, the ministry said."]),
    ("“We fired; they said nothing,” an officer said.",
     ["“We fired; they said nothing,” an officer said."]),
])
def test_splits(text, expected):
    assert texts(text) == expected


#: a plain-text wire hard-wrapped at 60 columns, with a headline and a short last line
HARD_WRAPPED = (
    "Shelling near the Tajik border\n"
    "\n"
    "Tajik border guards came under fire near the village of Vorukh in\n"
    "Kyrgyzstan's Batken region on Monday, killing one guard, the\n"
    "State Committee for National Security said. Kyrgyz officials\n"
    "denied that their troops had opened fire first.\n"
    "Talks are planned.\n")


def test_a_hard_wrapped_text_is_read_in_sentences_not_lines():
    assert [" ".join(t.split()) for t in texts(HARD_WRAPPED)] == [
        "Shelling near the Tajik border",
        "Tajik border guards came under fire near the village of Vorukh in Kyrgyzstan's "
        "Batken region on Monday, killing one guard, the State Committee for National "
        "Security said.",
        "Kyrgyz officials denied that their troops had opened fire first.",
        "Talks are planned."]


def test_short_lines_are_no_hard_wrapped_text():
    """A list of short headlines (each a line of its own) is no text wrapped at a width."""
    assert texts("Shelling near Vorukh\nTalks in Bishkek\nGuards on alert in Isfara\n"
                 "Border closed at Kyzyl-Bel\n") == [
        "Shelling near Vorukh", "Talks in Bishkek", "Guards on alert in Isfara",
        "Border closed at Kyzyl-Bel"]


@pytest.mark.parametrize("text, body", [
    ("TEHRAN – Iran is vigilant.", "Iran is vigilant."),
    ("TEHRAN - The new episode began.", "The new episode began."),
    ("YEREVAN, Armenia (AP) — Shelling resumed.", "Shelling resumed."),
    ("BAKU – Troops came under fire.", "Troops came under fire."),
    # the news agencies' own forms
    ("MOSCOW, September 18. /TASS/. Shelling resumed.", "Shelling resumed."),
    ("YEREVAN, SEPTEMBER 18, ARMENPRESS. Shelling resumed.", "Shelling resumed."),
    ("YEREVAN, SEPTEMBER 18, NEWS.AM. Shelling resumed.", "Shelling resumed."),
    ("Baku, September 18, Report.az. Shelling resumed.", "Shelling resumed."),
    ("BAKU, Azerbaijan, Sept. 18. Trend: Shelling resumed.", "Shelling resumed."),
    ("MOSCOW. Sept 18 (Interfax) - Shelling resumed.", "Shelling resumed."),
    ("YEREVAN, September 18. Shelling resumed.", "Shelling resumed."),
])
def test_dateline_is_not_part_of_the_first_sentence(text, body):
    assert texts(text)[0] == body
    assert dateline_end(text) == text.index(body)


def test_an_ordinary_opening_is_not_a_dateline():
    assert dateline_end("The Armenian side - they said - fired first.") == 0
    assert dateline_end("US – Iran talks resumed.") == 0


def test_offsets_and_indices():
    text = "TEHRAN – One. Two “three.” Four?\n\nFive"
    sentences = split_sentences(Article(id="a.txt", text=text))
    assert [s.index for s in sentences] == list(range(len(sentences)))
    for s in sentences:
        assert s.text == text[s.start:s.end] and s.article_id == "a.txt"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="Ab .,!?“”\"'\n–-0", max_size=200))
def test_any_text_gives_verbatim_ordered_sentences(text):
    sentences = split_sentences(Article(id="x", text=text))
    last = 0
    for s in sentences:
        assert s.text == text[s.start:s.end] and s.text.strip() == s.text and s.text
        assert s.start >= last
        last = s.end


def test_seed_quote_with_attribution_is_one_sentence(seeds_dir):
    text = (seeds_dir / "000_1e885a311b783693.txt").read_text(encoding="utf-8")
    found = texts(text)
    assert any(s.startswith("“In this meeting") and s.endswith("on Twitter.") for s in found)
    assert found[0].startswith("Despite grappling")
