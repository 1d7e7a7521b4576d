"""A map beyond the South Caucasus: the world's 1:10m land borders at reading zoom (only
those the build concerns travel with the page), a first view of incidents spread over
continents, the region's own overlays where the build is about another region, and what
a phone's folded summary says of incidents too far apart to show at once."""

from __future__ import annotations

import json
import re

import numpy as np
import pandas as pd
import pytest
import shapely
from shapely.geometry import LineString, Point

from geomap.frames import OVERLAY_COLUMNS, frame
from geomap.render import build_map, features, write_map
from tests.render.conftest import DESKTOP, PHONE, incidents_like, make_result, squash

CUCUTA = Point(-72.50, 7.89)


def result_at(sample_frames, points: dict, actors=("CO", "VE"), overlays=None):
    """The sample frames with one incident at each of ``points`` (id → point), all of
    ``actors``, and no claims."""
    incidents = incidents_like(sample_frames, [(i, 2, "asserts", p) for i, p in points.items()])
    incidents["actors"] = [list(actors)] * len(incidents)
    incidents["territory"] = actors[0]
    frames = dict(sample_frames, incidents=incidents,
                  claims=sample_frames["claims"].iloc[0:0])
    if overlays is not None:
        frames["overlays"] = overlays
    return make_result(frames)


@pytest.fixture(scope="module")
def boundaries():
    from geomap.geometry import load_boundaries
    return load_boundaries()


def base_data(page: str) -> dict:
    """The offline base layer's data block of a rendered page."""
    name = re.search(r"geomap\.baseLayer\((\w+)_data\)", page).group(1)
    start = page.index(f"var {name}_data = ") + len(f"var {name}_data = ")
    return json.JSONDecoder().raw_decode(page[start:])[0]


def decoded(packed: dict) -> dict:
    """``features.delta_lines`` rows → {key: [coordinate arrays]} (geomap.deltaLines)."""
    lines = {}
    for key, *parts in packed["rows"]:
        lines[key] = [np.cumsum(np.reshape(p, (-1, 2)), axis=0) / packed["scale"]
                      for p in parts]
    return lines


def test_a_map_of_colombia_carries_its_borders_and_no_others(boundaries, sample_frames):
    borders = features.world_borders(boundaries, ["CO", "VE"], [CUCUTA])
    pairs = set(borders.countries)
    assert {"CO-VE", "BR-CO", "CO-EC", "CO-PA", "BR-VE"} <= pairs
    assert all("CO" in p or "VE" in p for p in pairs)
    # cut to 10 degrees around what the map shows: Venezuela–Guyana runs 12 degrees east
    assert "GY-VE" not in pairs
    assert all(shapely.distance(g, CUCUTA) <= 10 * 2 ** 0.5 for g in borders.geometry)
    assert features.world_borders(boundaries, [], [CUCUTA]).empty
    assert features.world_borders(boundaries, ["CO"], []).empty


def test_the_packed_lines_are_the_borders_to_eleven_metres(boundaries):
    borders = features.world_borders(boundaries, ["CO", "VE"], [CUCUTA])
    packed = features.delta_lines(borders, "countries", 4)
    lines = decoded(packed)
    line = borders.geometry[borders.countries == "CO-VE"].iloc[0]
    got = np.concatenate(lines["CO-VE"])
    want = shapely.get_coordinates(line)
    assert got.shape == want.shape and np.abs(got - want).max() <= 0.5e-4 + 1e-9
    # a step is a few hundredths of a degree: far shorter than the GeoJSON it stands for
    geojson = json.dumps(shapely.geometry.mapping(line))
    assert len(json.dumps(packed["rows"][0])) < len(geojson) / 2


def test_the_page_carries_the_borders_of_the_countries_it_concerns(sample_frames,
                                                                   sample_result):
    colombia = build_map(result_at(sample_frames, {"inc-co": CUCUTA})).get_root().render()
    pairs = {row[0] for row in base_data(colombia)["borders"]["rows"]}
    assert "CO-VE" in pairs and "KP-KR" not in pairs
    caucasus = build_map(sample_result).get_root().render()
    pairs = {row[0] for row in base_data(caucasus)["borders"]["rows"]}
    assert "CO-VE" not in pairs
    assert all(set(re.split("-", p)) & {"AM", "AZ", "IR"} for p in pairs)


ZOOM_TO = "([lat, lon, z]) => geomap.map.setView([lat, lon], z, {animate: false})"
STROKES = """(cls) => Array.from(document.querySelectorAll(
    '.leaflet-gm-base-pane path.' + cls))
    .map(p => parseFloat(getComputedStyle(p).strokeOpacity))"""


@pytest.mark.browser
def test_the_colombia_venezuela_border_is_drawn_at_reading_zoom(sample_frames, open_map,
                                                                tmp_path):
    """At zoom 8 by Cúcuta the 1:10m border shows (it vanished from zoom 7 on, where
    the 1:110m lines hid); far out the 1:110m outlines draw the world's borders."""
    path = write_map(result_at(sample_frames, {"inc-co": CUCUTA}), tmp_path / "map.html")
    opened = open_map(path, viewport=DESKTOP)
    page = opened.page
    page.evaluate(ZOOM_TO, [7.89, -72.5, 8])
    assert page.evaluate(STROKES, "gm-world-10m") and all(
        o == 1 for o in page.evaluate(STROKES, "gm-world-10m"))
    assert not any(page.evaluate(STROKES, "gm-world"))
    on_screen = page.evaluate("""() => { let n = 0; document.querySelectorAll('.leaflet-gm-base-pane path.gm-world-10m')
          .forEach(p => { const r = p.getBoundingClientRect(); if (r.width > 50) n++; });
        return n; }""")
    assert on_screen >= 1
    page.evaluate(ZOOM_TO, [7.89, -72.5, 5])
    assert not any(page.evaluate(STROKES, "gm-world-10m"))
    assert any(page.evaluate(STROKES, "gm-world"))
    assert opened.console_errors == []


# every shown incident inside the map's view
ALL_IN_VIEW = """(ids) => ids.every(id => { const l = geomap.layers[id];
    return geomap.map.getBounds().contains(l.getLatLng ? l.getLatLng() : l.getBounds()); })"""


@pytest.mark.browser
def test_incidents_spread_over_regions_are_all_in_the_first_view(sample_frames, open_map,
                                                                 tmp_path):
    """Three in the Caucasus, three in Kosovo, three in the Fergana valley: no region
    holds half of them, so the first view frames them all, not the Caucasus."""
    points = {f"inc-{where}-{i}": Point(lon + 0.2 * i, lat) for i in range(3)
              for where, lon, lat in (("am", 45.3, 40.2), ("xk", 20.8, 42.9),
                                      ("kg", 70.5, 40.0))}
    result = result_at(sample_frames, points, actors=("AM", "AZ"))
    page = open_map(write_map(result, tmp_path / "map.html"), viewport=DESKTOP).page
    assert page.evaluate(ALL_IN_VIEW, list(points))
    assert "outside" not in page.locator(".gm-summary-panel").inner_text()


@pytest.fixture
def three_continents(sample_frames):
    points = {"inc-co": CUCUTA, "inc-kr": Point(126.68, 37.96),
              "inc-am": Point(45.3, 40.2), "inc-et": Point(37.8, 14.7)}
    return result_at(sample_frames, points)


@pytest.mark.browser
def test_a_phone_says_what_no_view_can_show(three_continents, open_map, tmp_path):
    """On a phone the whole (Colombia to Korea) does not fit even at the farthest zoom:
    after "show them" the folded summary says how many are still out of view and why,
    and offers no button that would do nothing."""
    opened = open_map(write_map(three_continents, tmp_path / "map.html"), viewport=PHONE)
    page = opened.page
    header = page.locator(".gm-summary-panel summary")
    hint = page.locator(".gm-sum-outside")
    # the first view frames them all as far as a phone can: no "show them" to press
    assert re.fullmatch(r"geomap · \d out of view, too far apart", squash(header.inner_text()))
    assert not page.locator(".gm-fit-outside").count()
    # moved by the reader, "show them" is back; pressed, the same true line again
    page.evaluate("geomap.map.panBy([150, 0], {animate: false})")
    assert page.locator(".gm-fit-outside").is_visible()
    page.locator(".gm-fit-outside").click()
    assert re.fullmatch(r"geomap · \d out of view, too far apart", squash(header.inner_text()))
    assert hint.bounding_box()["height"] < 24
    header.locator("h1").click()
    assert "too far apart to show them all at once" in page.locator(
        ".gm-sum-counts").inner_text()
    assert not page.locator(".gm-fit-all").count()
    assert opened.console_errors == []


@pytest.mark.browser
def test_a_desktop_shows_three_continents_at_once(three_continents, open_map, tmp_path):
    page = open_map(write_map(three_continents, tmp_path / "map.html"),
                    viewport=(1600, 900)).page
    assert page.evaluate(ALL_IN_VIEW, ["inc-co", "inc-kr", "inc-am", "inc-et"])
    assert "outside" not in page.locator(".gm-summary-panel").inner_text()


def user_overlay(sample_frames):
    extra = frame([dict(id="ov-user", name="Ceasefire line", kind="line", countries=["KR"],
                        length_km=20.0, status="reported", source="my_lines.geojson",
                        geometry=LineString([(126.6, 37.9), (126.9, 38.0)]))],
                  OVERLAY_COLUMNS)
    return pd.concat([sample_frames["overlays"], extra], ignore_index=True)


@pytest.mark.browser
def test_the_regions_overlays_stay_out_of_the_way_of_another_region(sample_frames,
                                                                    open_map, tmp_path):
    """A build about the Korean border: the Armenia–Iran border comes after the user's
    overlay, unticked, and the legend does not explain it."""
    korea = result_at(sample_frames, {"inc-kr": Point(126.68, 37.96)}, actors=("KP", "KR"),
                      overlays=user_overlay(sample_frames))
    opened = open_map(write_map(korea, tmp_path / "map.html"))
    names = opened.layer_names()
    ticked = opened.page.eval_on_selector_all(
        ".leaflet-control-layers-overlays label",
        "els => els.map(e => e.querySelector('input').checked)")
    at = {n.split(" (")[0]: i for i, n in enumerate(names)}
    assert at["Overlay: Ceasefire line"] < at["Armenia–Iran border"]
    assert ticked[at["Armenia–Iran border"]] is False
    assert ticked[at["Overlay: Ceasefire line"]] is True
    assert "Armenia–Iran border" not in opened.page.locator(".gm-legend").inner_text()
    assert opened.console_errors == []


def test_the_regions_overlays_lead_where_the_build_concerns_them(sample_result,
                                                                 sample_frames):
    """The seeds' case: an incident by the Armenia–Iran border."""
    page = build_map(sample_result).get_root().render()
    assert "Armenia–Iran border" in page.split('class="gm-panel gm-legend"')[1]
    # one incident near the region among others far away is enough
    mixed = result_at(sample_frames, {"inc-kr": Point(126.68, 37.96),
                                      "inc-am": Point(46.3, 38.95)})
    assert features.concerns_builtin_overlays(mixed.overlays, mixed.incidents, 4.0)
    korea = result_at(sample_frames, {"inc-kr": Point(126.68, 37.96)})
    assert not features.concerns_builtin_overlays(korea.overlays, korea.incidents, 4.0)
