"""An incident's summary is its sentence on one line, cut at the end of a word."""

from __future__ import annotations

from geomap.incidents.extract import SUMMARY_CHARS, summary_of


def test_a_long_sentence_is_cut_at_a_word_end():
    sentence = ("Azerbaijani forces shelled positions near the village of Verin Shorzha in "
                "the early hours of Tuesday, the Armenian Defence Ministry said in a "
                "statement released on its website, adding that the fire came from the "
                "direction of Kalbajar and lasted for several hours near Verin Shorzha, "
                "Gegharkunik province.")
    summary = summary_of(sentence)
    assert len(summary) <= SUMMARY_CHARS and summary.endswith("and…")
    assert sentence.startswith(summary[:-1])


def test_a_short_sentence_is_kept_whole_on_one_line():
    assert summary_of("Shelling  near\nSotk.") == "Shelling near Sotk."
