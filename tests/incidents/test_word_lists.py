"""One list of division words and one of border words serve every rule that reads them:
a dateline's "Syunik marz", fire "from across the Line of Control"."""

from __future__ import annotations

import datetime as dt

from geomap.incidents.locations import BORDER_WORD
from geomap.incidents.spans import dateline_spans

from incident_helpers import build_article


def test_a_dateline_may_name_its_place_s_division_in_any_of_the_division_words():
    text = "GORIS, Syunik marz - Azerbaijani forces shelled Tegh on Monday."
    assert dateline_spans(text) == [(0, len("GORIS, Syunik marz - "))]


def test_the_border_words_are_those_of_every_side_s_line():
    for phrase in ("along the border", "the frontier", "across the Line of Control",
                   "near the LoC", "on the line of contact", "the borderline villages"):
        assert BORDER_WORD.search(phrase), phrase
    assert not BORDER_WORD.search("loc. cit.")


def test_fire_from_across_the_line_of_control_hits_the_side_whose_town_it_hit(tmp_path):
    result = build_article(tmp_path, (
        "JAMMU, May 8, 2025 - Shells fired from across the Line of Control hit houses in "
        "Poonch on Thursday.\n"), dt.date(2025, 5, 15))
    (incident,) = result.incidents.itertuples()
    assert list(incident.actors) == ["IN"]
    assert incident.sub_event_type == "Shelling/artillery/missile attack"
