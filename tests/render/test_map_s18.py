"""What a reader sees, checked in headless Chromium on a phone (390 x 844) and a desktop
(1280 x 800): an incident or claim placed only along a whole border or over a country is
drawn weaker than one placed closer (and the legend says so); a place the corridor
overlay draws is no second, labelled dot, yet the search finds it; the Armenia–Iran
border is named close in; a tap leaves no tooltip behind; a map of many regions opens
on where most incidents are; the standings' rows, filter note and popup row read the
one table of symbols.yaml."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from shapely.geometry import LineString, MultiPolygon, Point, Polygon

from geomap.frames import PLACE_COLUMNS, frame
from geomap.palette import standings, symbols
from geomap.render import write_map
from tests.render.conftest import make_result

PHONE, DESKTOP = (390, 844), (1280, 800)
VIEWPORTS = pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])


def squash(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def incidents_like(sample_frames, rows) -> pd.DataFrame:
    """Copies of the sample's first incident, each with (id, geo_precision, stances,
    geometry) of ``rows``."""
    first = sample_frames["incidents"].iloc[[0]]
    return pd.concat([first.assign(id=i, geo_precision=g, stances=s, geometry=[geom])
                      for i, g, s, geom in rows], ignore_index=True).set_geometry("geometry")


def path_style(page, feature_id: str) -> dict:
    """The computed look of the SVG path drawing a feature (its first part)."""
    return page.evaluate("""(id) => {
        const l = geomap.layers[id];
        const leaf = l._path ? l : l.getLayers()[0];
        const cs = getComputedStyle(leaf._path);
        return {width: parseFloat(cs.strokeWidth), opacity: parseFloat(cs.strokeOpacity),
                fill: cs.fill === "none" ? 0 : parseFloat(cs.fillOpacity)}; }""", feature_id)


# --- 1. a whole border, a region, a country: weaker ----------------------------------------

BORDER = LineString([(45.0, 40.9), (45.8, 40.9)])


@pytest.fixture
def coarse_result(sample_frames):
    country = MultiPolygon([Polygon([(44.2, 39.0), (45.4, 39.0), (45.4, 39.8), (44.2, 39.8)])])
    incidents = incidents_like(sample_frames, [
        ("inc-sector", 2, "asserts", LineString([(45.0, 40.5), (45.8, 40.5)])),
        ("inc-border", 3, "asserts", BORDER),
        ("inc-region", 3, "asserts", country),
        ("inc-area-2", 2, "asserts", MultiPolygon([Polygon([(46.0, 39.0), (46.6, 39.0),
                                                           (46.6, 39.6), (46.0, 39.6)])]))])
    claims = sample_frames["claims"].assign(incident_id="inc-region", geo_precision=3,
                                            geometry=[country, country])
    return make_result(dict(sample_frames, incidents=incidents, claims=claims))


@pytest.mark.browser
@VIEWPORTS
def test_a_whole_border_or_a_country_is_drawn_weaker(coarse_result, open_map, tmp_path,
                                                     viewport):
    opened = open_map(write_map(coarse_result, tmp_path / "map.html"), viewport=viewport)
    page = opened.page
    page.evaluate("geomap.map.setView([40.0, 45.4], 8, {animate: false})")
    sector, border = path_style(page, "inc-sector"), path_style(page, "inc-border")
    assert sector["width"] == symbols()["incident"]["line_weight"]
    assert border["width"] < sector["width"] and border["opacity"] < sector["opacity"]
    # an area known only as a region or a country: unfilled, its outline fainter than
    # the same area placed closer
    region, area = path_style(page, "inc-region"), path_style(page, "inc-area-2")
    assert region["fill"] == 0 < area["fill"] and region["opacity"] < area["opacity"]
    # two claims "in the country": not a filled country, and as faint together as one
    claims = [path_style(page, c) for c in ("cl-1", "cl-2")]
    assert all(c["fill"] == 0 for c in claims)
    alone = symbols()["claim"]["area"]["opacity"] * symbols()["coarse"]["opacity_scale"]
    together = 1 - (1 - claims[0]["opacity"]) * (1 - claims[1]["opacity"])
    assert together == pytest.approx(alone, abs=0.01)
    # the legend shows the same: a faint line beside the band, an unfilled area
    legend = page.evaluate("""() => [...document.querySelectorAll('.gm-legend li')]
        .filter(li => li.querySelector('svg.gm-coarse')).map(li => ({
            text: li.textContent.replace(/\\s+/g, ' ').trim(),
            shapes: [...li.querySelectorAll('line, rect')].map(s => ({
                width: parseFloat(s.getAttribute('stroke-width')),
                opacity: parseFloat(s.getAttribute('stroke-opacity') || 1),
                fill: parseFloat(s.getAttribute('fill-opacity') || 1)}))}))""")
    (band, faint), (unfilled,) = legend[0]["shapes"], legend[1]["shapes"]
    assert legend[0]["text"] == "border stretch / whole border"
    assert faint["width"] == border["width"] and faint["opacity"] < band["opacity"]
    assert legend[1]["text"] == "only a region or country known" and unfilled["fill"] == 0
    assert opened.console_errors == []


# --- 2. a place drawn as an overlay -----------------------------------------------------------

@pytest.fixture
def corridor_place_result(full_result):
    place = frame([dict(id="gm:zangezur-corridor", name="Zangezur corridor",
                        mentions=["Zangezur corridor"], country_code="AM", kind="other",
                        source="geomap supplement", articles=["a.txt"],
                        geometry=Point(46.2, 39.1))], PLACE_COLUMNS)
    places = pd.concat([full_result.places, place], ignore_index=True)
    return make_result(dict(places=places, incidents=full_result.incidents,
                            claims=full_result.claims, overlays=full_result.overlays),
                       full_result.articles)


@pytest.mark.browser
@VIEWPORTS
def test_a_place_the_corridor_draws_is_no_second_labelled_dot(corridor_place_result,
                                                              open_map, tmp_path, viewport):
    opened = open_map(write_map(corridor_place_result, tmp_path / "map.html"),
                      viewport=viewport)
    page = opened.page
    page.evaluate("geomap.map.setView([39.1, 46.2], 10, {animate: false})")
    drawn = page.evaluate("""() => ({
        dot: geomap.map.hasLayer(geomap.layers['gm:zangezur-corridor']),
        lachin: geomap.map.hasLayer(geomap.layers['gn:147625']),
        labels: [...document.querySelectorAll('.gm-place-label')]
            .filter(e => e.offsetParent).map(e => e.textContent)})""")
    assert drawn["dot"] is False and drawn["lachin"] is True
    assert "Zangezur corridor" not in drawn["labels"]
    corridor = page.locator(".gm-label")
    assert corridor.count() == 1 and "Zangezur corridor" in corridor.inner_text()
    # still found: the search lists it and opens its popup, which says what draws it
    page.fill(".gm-search-input", "Zangezur")
    page.wait_for_selector(".gm-search-list:not([hidden]) .gm-opt")
    page.keyboard.press("Enter")
    popup = squash(page.wait_for_selector(".leaflet-popup-content").inner_text())
    assert "Zangezur corridor" in popup and "Drawn as Zangezur corridor" in popup
    assert opened.console_errors == []


# --- 3. the Armenia–Iran border's name ------------------------------------------------------

@pytest.mark.browser
@VIEWPORTS
def test_the_armenia_iran_border_is_named_close_in(full_result, open_map, tmp_path,
                                                   viewport):
    opened = open_map(write_map(full_result, tmp_path / "map.html"), viewport=viewport)
    page = opened.page
    name = page.locator(".gm-border-label")
    page.evaluate("geomap.map.setView([38.87, 46.32], 10, {animate: false})")
    assert name.count() == 1 and name.is_visible()
    assert name.inner_text() == "Iran–Armenia border"   # the overlay's own name
    colour = page.evaluate("getComputedStyle(document.querySelector("
                           "'.gm-border-label span')).borderTopColor")
    assert colour == "rgb(197, 27, 138)"                # palette.yaml's border colour
    # it is above the line, the corridor's name below
    box = page.locator(".gm-border-label span").bounding_box()
    y = page.evaluate("""() => { const r = geomap.map.getContainer().getBoundingClientRect();
        return r.top + geomap.map.latLngToContainerPoint([38.873, 46.325]).y; }""")
    assert box["y"] + box["height"] <= y + 2
    page.evaluate("geomap.map.setView([38.87, 46.32], 6, {animate: false})")
    assert not name.is_visible()                        # far out it would hide incidents


# --- 4. a tap leaves no tooltip --------------------------------------------------------------

def visible_tooltips(page) -> list[str]:
    return page.evaluate("""() => [...document.querySelectorAll('.leaflet-tooltip')]
        .filter(t => t.offsetParent && getComputedStyle(t).opacity !== '0')
        .map(t => t.textContent)""")


@pytest.mark.browser
def test_a_tap_leaves_no_tooltip_behind(sample_result, chromium, tmp_path):
    from tests.render.conftest import CENTRE_ON_FEATURE

    path = write_map(sample_result, tmp_path / "map.html")
    context = chromium.new_context(viewport={"width": PHONE[0], "height": PHONE[1]},
                                   has_touch=True, is_mobile=True)
    try:
        page = context.new_page()
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(
            ("file:", "data:")) else r.abort())
        page.goto(path.resolve().as_uri())
        page.wait_for_function("window.geomap && window.geomap.ready === true")
        x, y = page.evaluate(CENTRE_ON_FEATURE, "inc-2")
        page.touchscreen.tap(x, y)
        page.wait_for_selector(".leaflet-popup-content")
        page.wait_for_timeout(300)
        assert visible_tooltips(page) == []
        page.evaluate("geomap.map.closePopup()")
        x, y = page.evaluate(CENTRE_ON_FEATURE, "inc-2")   # (the popup panned the map)
        page.touchscreen.tap(x, y)                  # a second tap: still none
        page.wait_for_selector(".leaflet-popup-content")
        page.wait_for_timeout(300)
        assert visible_tooltips(page) == []
    finally:
        context.close()


@pytest.mark.browser
def test_the_mouse_still_gets_its_tooltip(sample_result, open_map, tmp_path):
    opened = open_map(write_map(sample_result, tmp_path / "map.html"), viewport=DESKTOP)
    page = opened.page
    from tests.render.conftest import CENTRE_ON_FEATURE
    x, y = page.evaluate(CENTRE_ON_FEATURE, "inc-2")
    page.mouse.move(x + 40, y + 40)
    page.mouse.move(x, y)
    tip = page.wait_for_selector(".leaflet-tooltip", timeout=10_000).inner_text()
    assert "diplomatic" in tip


# --- 5. the first view of a map of many regions --------------------------------------------

@pytest.fixture
def spread_result(sample_frames):
    """Twelve incidents around Armenia, one each in Kazakhstan, Congo and Sudan."""
    near = [(f"inc-am-{i}", 2, "asserts", Point(44.5 + 0.25 * (i % 4), 39.8 + 0.3 * (i // 4)))
            for i in range(12)]
    far = [("inc-kz", 1, "asserts", Point(71.4, 51.1)),
           ("inc-cd", 1, "asserts", Point(29.2, -1.7)),
           ("inc-sd", 1, "asserts", Point(36.6, 14.0))]
    incidents = incidents_like(sample_frames, near + far)
    claims = sample_frames["claims"].iloc[0:0]
    return make_result(dict(sample_frames, incidents=incidents, claims=claims))


@pytest.mark.browser
@VIEWPORTS
def test_a_map_of_many_regions_opens_where_most_incidents_are(spread_result, open_map,
                                                              tmp_path, viewport):
    opened = open_map(write_map(spread_result, tmp_path / "map.html"), viewport=viewport)
    page = opened.page
    shown = page.evaluate("""() => Object.keys(geomap.incidents).filter(id => {
        const g = geomap.incidents[id] && geomap.layers[id];
        return geomap.map.getBounds().contains(g.getLatLng ? g.getLatLng()
                                                             : g.getBounds()); })""")
    assert sorted(shown) == sorted(f"inc-am-{i}" for i in range(12))
    assert page.evaluate("geomap.map.getZoom()") >= 5      # a region, not a continent
    # the summary says what lies outside, and "show them" reaches it
    page.evaluate("""() => document.querySelectorAll('.gm-panel > details')
                           .forEach(d => { d.open = true; })""")
    counts = page.locator(".gm-sum-counts")
    assert "3 outside this view" in squash(counts.inner_text())
    page.locator(".gm-fit-all").click()
    page.wait_for_function("""() => ['inc-kz', 'inc-cd', 'inc-sd'].every(id =>
        geomap.map.getBounds().contains(geomap.layers[id].getLatLng()))""", timeout=5_000)
    assert "outside this view" not in counts.inner_text()
    # the home button comes back to where most incidents are
    page.evaluate("geomap.home()")
    assert "3 outside this view" in squash(counts.inner_text())
    assert opened.console_errors == []


@pytest.mark.browser
def test_a_map_of_one_region_still_shows_it_all(sample_result, open_map, tmp_path):
    opened = open_map(write_map(sample_result, tmp_path / "map.html"), viewport=PHONE)
    assert opened.page.evaluate("""() => Object.keys(geomap.incidents).every(id =>
        geomap.map.getBounds().intersects(geomap.layers[id].getBounds
            ? geomap.layers[id].getBounds()
            : L.latLngBounds([geomap.layers[id].getLatLng()])))""")


# --- 6. standings from one table ----------------------------------------------------------

@pytest.mark.browser
@VIEWPORTS
def test_the_standings_read_the_one_table(sample_frames, open_map, tmp_path, viewport):
    incidents = incidents_like(sample_frames, [
        (f"inc-{s.key}", 2, s.stances, LineString([(45.0, 40.0 + i / 5), (45.8, 40.0 + i / 5)]))
        for i, s in enumerate(standings())])
    claims = sample_frames["claims"].iloc[0:0]
    opened = open_map(write_map(make_result(dict(sample_frames, incidents=incidents,
                                                 claims=claims)), tmp_path / "map.html"),
                      viewport=viewport)
    page = opened.page
    rows = page.evaluate("""() => [...document.querySelectorAll(
        '.gm-legend input[data-gm-filter="standing"]')].map(i => [i.value,
        i.closest('li').textContent.replace(/\\s+/g, ' ').trim()])""")
    assert rows == [[s.key, s.label] for s in standings()]
    popups = page.evaluate("""() => Object.keys(geomap.incidents).map(id =>
        [id, geomap.incidentPopup(geomap.incidents[id])])""")
    for (fid, html), s in zip(popups, standings()):
        assert fid == f"inc-{s.key}"
        assert (f"<th>Claims</th><td>{s.claims}</td>" in html) == bool(s.claims), html
    for s in standings():
        page.evaluate("([key]) => geomap.setFilter('standing', key, false)", [s.key])
        note = page.evaluate("document.querySelector('.gm-sum-filter-text').textContent")
        assert note == f"Hidden: incidents {s.hidden}."
        assert page.evaluate("([id]) => geomap.map.hasLayer(geomap.layers[id])",
                             [f"inc-{s.key}"]) is False
        page.evaluate("() => geomap.showAll()")
    assert opened.console_errors == []
