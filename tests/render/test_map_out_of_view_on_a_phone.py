"""What a reader sees when the first view frames where most incidents are and some lie
beyond it, checked in headless Chromium on a phone (390 x 844, the summary panel folded)
and a desktop (1280 x 800, open): the folded panel's one header line says how many are
out of view, and its "show them" frames them all; the Armenia–Iran border is named by
zoom alone, on a phone as on a desktop."""

from __future__ import annotations

import pytest
from shapely.geometry import Point

from geomap.render import write_map
from tests.render.conftest import make_result
from tests.render.test_map_s18 import incidents_like, squash

PHONE, DESKTOP = (390, 844), (1280, 800)
VIEWPORTS = pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
FAR = ("inc-tj-1", "inc-tj-2")

# every shown incident inside the map's view
ALL_IN_VIEW = """(ids) => ids.every(id => { const l = geomap.layers[id];
    return geomap.map.getBounds().contains(l.getLatLng ? l.getLatLng() : l.getBounds()); })"""


@pytest.fixture
def two_regions(sample_frames):
    """Twelve incidents in Armenia and two by Vorukh, in Tajikistan."""
    near = [(f"inc-am-{i}", 2, "asserts", Point(44.5 + 0.25 * (i % 4), 39.8 + 0.3 * (i // 4)))
            for i in range(12)]
    far = [(FAR[0], 2, "asserts", Point(70.58, 39.85)),
           (FAR[1], 2, "asserts", Point(70.62, 39.83))]
    incidents = incidents_like(sample_frames, near + far)
    claims = sample_frames["claims"].iloc[0:0]
    return make_result(dict(sample_frames, incidents=incidents, claims=claims))


def header(page):
    return page.locator(".gm-summary-panel summary")


def all_ids(page) -> list[str]:
    return page.evaluate("Object.keys(geomap.incidents)")


@pytest.mark.browser
def test_a_folded_summary_on_a_phone_says_what_is_out_of_view(two_regions, open_map,
                                                               tmp_path):
    opened = open_map(write_map(two_regions, tmp_path / "map.html"), viewport=PHONE)
    page = opened.page
    assert page.evaluate("document.querySelector('.gm-summary-panel details').open") is False
    assert not page.evaluate(ALL_IN_VIEW, all_ids(page))       # the view frames Armenia
    hint = page.locator(".gm-sum-outside")
    assert hint.is_visible()
    assert squash(header(page).inner_text()) == "geomap · 2 out of view · show them"
    # one line, inside the panel, no taller than the folded header without the hint
    line = header(page).bounding_box()
    panel = page.locator(".gm-summary-panel").bounding_box()
    hint_box = hint.bounding_box()
    assert line["height"] < 24
    assert hint_box["x"] + hint_box["width"] <= panel["x"] + panel["width"]
    assert page.locator(".gm-fit-outside").is_visible()
    # "show them" frames every incident, and the panel stays folded
    page.locator(".gm-fit-outside").click()
    page.wait_for_function(ALL_IN_VIEW, arg=all_ids(page), timeout=5_000)
    assert not hint.is_visible()
    assert page.evaluate("document.querySelector('.gm-summary-panel details').open") is False
    # back home, the hint again; opened, the panel says it in full instead
    page.evaluate("geomap.home()")
    assert hint.is_visible()
    header(page).locator("h1").click()
    assert not hint.is_visible()
    assert "2 outside this view" in squash(page.locator(".gm-sum-counts").inner_text())
    assert opened.console_errors == []


@pytest.mark.browser
def test_the_open_summary_on_a_desktop_says_it_once(two_regions, open_map, tmp_path):
    opened = open_map(write_map(two_regions, tmp_path / "map.html"), viewport=DESKTOP)
    page = opened.page
    hint = page.locator(".gm-sum-outside")
    assert not hint.is_visible()
    assert squash(header(page).inner_text()) == "geomap"
    assert "2 outside this view show them" in squash(
        page.locator(".gm-sum-counts").inner_text())
    # folded by the reader, its header line says it
    header(page).locator("h1").click()
    assert squash(header(page).inner_text()) == "geomap · 2 out of view · show them"
    page.locator(".gm-fit-outside").click()
    page.wait_for_function(ALL_IN_VIEW, arg=all_ids(page), timeout=5_000)
    assert not hint.is_visible()
    assert opened.console_errors == []


@pytest.mark.browser
@VIEWPORTS
def test_no_hint_when_everything_is_in_view(sample_result, open_map, tmp_path, viewport):
    page = open_map(write_map(sample_result, tmp_path / "map.html"), viewport=viewport).page
    assert page.evaluate(ALL_IN_VIEW, all_ids(page))
    assert not page.locator(".gm-sum-outside").is_visible()
    assert "outside" not in page.locator(".gm-summary-panel").inner_text()


@pytest.mark.browser
@VIEWPORTS
def test_the_armenia_iran_border_is_named_by_zoom_not_by_width(full_result, open_map,
                                                               tmp_path, viewport):
    """A phone opens one zoom step further out than a desktop (7, not 8); at 7 the
    border's line is shorter on screen than its name, which would cover the incidents
    along it, on either screen."""
    page = open_map(write_map(full_result, tmp_path / "map.html"), viewport=viewport).page
    name = page.locator(".gm-border-label")
    page.evaluate("geomap.map.setView([38.87, 46.32], 7, {animate: false})")
    assert not name.is_visible()
    line = page.evaluate("""() => { const m = geomap.map, b = geomap.layers['ov-am-ir']
        .getBounds(); return m.latLngToContainerPoint(b.getSouthWest())
        .distanceTo(m.latLngToContainerPoint(b.getNorthEast())); }""")
    page.evaluate("geomap.map.setView([38.87, 46.32], 8, {animate: false})")
    assert name.is_visible()
    assert page.locator(".gm-border-label span").bounding_box()["width"] > 2 * line
