"""Which states are neighbours: one table serves the gazetteer (a place beside the article's
states) and the incidents (a side told from a neighbour's word)."""

from __future__ import annotations

import pytest

from geomap.incidents.neighbours import shares_land_border


@pytest.mark.parametrize("a, b, neighbours", [
    ("IN", "PK", True), ("AM", "AZ", True), ("IL", "SY", True),
    ("FR", "BR", True), ("CN", "HK", True),
    ("US", "IN", False), ("RU", "AM", False)])
def test_one_table_says_which_states_are_neighbours(a, b, neighbours):
    assert shares_land_border(a, b) is neighbours
    assert shares_land_border(b, a) is neighbours
