"""What a reader sees when the map opens, checked in headless Chromium: the first view
shows the region around a few incidents (not a few km of unlabelled land) and all that is
drawn there; borders stay visible under incident lines and the corridor; an incident
only denied is pale and dashed; the legend collapses to its title; the summary counts
what the time slider shows; one name for the Armenia–Iran border, shown close in; a place
the corridor overlay draws is no second, labelled dot; on a phone the panels start folded
and a popup fits the screen, on a desktop they start open."""

from __future__ import annotations

import base64
import datetime as dt
from types import SimpleNamespace

import pandas as pd
import pytest
from shapely.geometry import LineString, Point

from geomap.frames import OVERLAY_COLUMNS, PLACE_COLUMNS, frame
from geomap.model import BuildOptions
from geomap.palette import palette, symbols
from geomap.render import build_map, write_map
from geomap.render.features import view_bounds
from tests.render.conftest import VIEWPORTS, make_result, squash

GEORGIA = ("TBILISI – Georgia's State Security Service said on Monday that Russian-backed "
           "forces in South Ossetia detained two Georgian citizens near the village of "
           "Khurvaleti. The EU Monitoring Mission in Georgia said its patrols observed new "
           "fencing along the administrative boundary line.")
PATROL = ('{"type":"FeatureCollection","features":[{"type":"Feature","properties":'
          '{"name":"My patrol line"},"geometry":{"type":"LineString",'
          '"coordinates":[[44.0,42.0],[44.3,42.1]]}}]}')
ROUTE = """id: my-route
name: Lars route
kind: road
status: existing
countries: [GE, RU]
waypoints:
  - {name: Tbilisi, country_code: GE}
  - {name: Stepantsminda, country_code: GE}
  - {name: Vladikavkaz, country_code: RU}
"""


def with_overlays(frames: dict, *rows) -> dict:
    extra = frame(list(rows), OVERLAY_COLUMNS)
    return dict(frames, overlays=pd.concat([frames["overlays"], extra], ignore_index=True))


def colours_at(page, points) -> list[tuple[int, int, int]]:
    """The colours a reader sees at page ``points`` [(x, y), ...], read from a screenshot
    (decoded by the browser itself)."""
    shot = base64.b64encode(page.screenshot()).decode("ascii")
    return [tuple(c) for c in page.evaluate("""async ([png, points]) => {
        const img = new Image();
        img.src = "data:image/png;base64," + png;
        await img.decode();
        const canvas = document.createElement("canvas");
        canvas.width = img.width; canvas.height = img.height;
        const ctx = canvas.getContext("2d");
        ctx.drawImage(img, 0, 0);
        return points.map(([x, y]) => Array.from(
            ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data.slice(0, 3)));
    }""", [shot, [list(p) for p in points]])]


def rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))


def near(colour, target, tolerance=60) -> bool:
    return sum(abs(a - b) for a, b in zip(colour, target)) <= tolerance


def on_screen(page, lat, lon) -> tuple[float, float]:
    """Page coordinates of a point of the map."""
    return tuple(page.evaluate("""([lat, lon]) => {
        const box = geomap.map.getContainer().getBoundingClientRect();
        const p = geomap.map.latLngToContainerPoint([lat, lon]);
        return [box.left + p.x, box.top + p.y];
    }""", [lat, lon]))


def look_at(page, lat, lon, zoom):
    """The map centred on a point, no popup or tooltip open over it."""
    page.evaluate("""([lat, lon, zoom]) => {
        geomap.map.closePopup();
        geomap.map.setView([lat, lon], zoom, {animate: false});
    }""", [lat, lon, zoom])
    page.mouse.move(2, 2)
    page.wait_for_timeout(300)


# --- 1. the first view --------------------------------------------------------------------

def test_far_places_do_not_zoom_the_view_out(sample_frames):
    """Places the article names far away (Moscow, a country's centre) stay out of the
    first view; the places near the incidents and the user's overlays are in it."""
    from shapely.geometry import Point

    places = sample_frames["places"]
    far = places.iloc[[1]].assign(id="gn:moscow", name="Moscow",
                                  geometry=[Point(37.6178, 55.752)])
    frames = with_overlays(dict(sample_frames, places=pd.concat([places, far],
                                                                 ignore_index=True)),
                           dict(id="ov-user", name="Patrol line", kind="pipeline",
                                countries=["AM"], geometry=LineString([(43.2, 41.3),
                                                                       (43.5, 41.4)])))
    (south, west), (north, east) = view_bounds(
        frames["incidents"], frames["claims"], frames["places"], frames["overlays"])
    assert west <= 43.2 and north >= 41.4           # the user's overlay
    assert south <= 39.6374 and east >= 46.3        # the incidents and Lachin
    assert north < 50 and west > 40                 # not Moscow


@pytest.mark.browser
def test_a_map_of_one_incident_opens_on_its_region(open_map, tmp_path):
    """One incident near Khurvaleti with two overlays of the user's: the map opens no
    closer than zoom 8, with the incident, the places near it and both overlays in view
    and the country's name on screen."""
    import geomap

    article = tmp_path / "georgia.txt"
    article.write_text(GEORGIA, encoding="utf-8")
    (tmp_path / "patrol.geojson").write_text(PATROL, encoding="utf-8")
    (tmp_path / "route.yaml").write_text(ROUTE, encoding="utf-8")
    options = BuildOptions(published=dt.date(2023, 6, 5),
                           overlays=(str(tmp_path / "patrol.geojson"),
                                     str(tmp_path / "route.yaml")))
    result = geomap.build([str(article)], options)
    assert len(result.incidents) == 1
    opened = open_map(write_map(result, tmp_path / "map.html", options))
    page = opened.page
    zoom = page.evaluate("() => geomap.map.getZoom()")
    assert 6 <= zoom <= symbols()["view"]["max_zoom"] == 8
    in_view = page.evaluate("""() => {
        const view = geomap.map.getBounds(), out = [];
        const each = (l) => l.getLayers ? l.getLayers().forEach(each) : out.push(l);
        Object.values(geomap.layers).forEach(each);
        return out.filter(l => l.getBounds || l.getLatLng).map(l => [
            (l._gm && l._gm.props.name) || (l._gm && l._gm.props.id),
            view.contains(l.getBounds ? l.getBounds() : l.getLatLng())]);
    }""")
    user = {name: shown for name, shown in in_view if name in ("My patrol line",
                                                                "Lars route")}
    assert user == {"My patrol line": True, "Lars route": True}
    incident_id = result.incidents["id"].iloc[0]
    assert dict(in_view)[incident_id] is True
    assert dict(in_view).get("Tbilisi") is True
    labels = page.evaluate("""() => {
        const box = geomap.map.getContainer().getBoundingClientRect();
        return Array.from(document.querySelectorAll('.gm-country-label')).filter(e => {
            const r = e.getBoundingClientRect();
            return getComputedStyle(e).opacity !== '0' && r.left > box.left &&
                   r.right < box.right && r.top > box.top && r.bottom < box.bottom;
        }).map(e => e.textContent);
    }""")
    assert "Georgia" in labels
    assert opened.console_errors == []


# --- 2. borders under incident lines and the corridor ------------------------------------

@pytest.fixture
def lines_on_borders(sample_frames):
    """A Battles incident along a straight stretch of the Armenia–Azerbaijan border, and
    the corridor along a straight Armenia–Iran border (both east–west, so that a column
    of pixels crosses them)."""
    stretch = LineString([(45.0, 40.5), (45.8, 40.5)])
    south = LineString([(45.0, 39.2), (45.8, 39.2)])
    incidents = sample_frames["incidents"].copy()
    incidents["geometry"] = [stretch, incidents.geometry.iloc[1]]
    claims = sample_frames["claims"].copy()
    claims["geometry"] = [stretch, stretch]
    overlays = sample_frames["overlays"].copy()
    overlays["geometry"] = [south]
    frames = with_overlays(
        dict(sample_frames, incidents=incidents.set_geometry("geometry"),
             claims=claims.set_geometry("geometry"), overlays=overlays),
        dict(id="ov-am-az", name="Armenia–Azerbaijan border", kind="border",
             countries=["AM", "AZ"], length_km=1007.0, status="international border",
             source="Natural Earth", geometry=stretch),
        dict(id="ov-corridor", name="Zangezur corridor", kind="corridor",
             countries=["AZ", "AM"], length_km=70.0, status="proposed",
             source="geomap corridor definition", geometry=south))
    return make_result(frames)


@pytest.mark.browser
def test_borders_stay_visible_under_incident_lines_and_the_corridor(lines_on_borders,
                                                                     open_map, tmp_path):
    pal = palette()
    opened = open_map(write_map(lines_on_borders, tmp_path / "map.html"))
    page = opened.page
    look_at(page, 40.5, 45.4, 9)

    # across the incident's line: the black border in the middle, the incident's red on
    # both sides of it
    x, y = on_screen(page, 40.5, 45.2)
    column = colours_at(page, [(x, y + dy) for dy in range(-5, 6)])
    border, battle = rgb(pal["overlay"]["border"]), rgb(pal["event_type"]["Battles"])
    assert any(near(c, border) for c in column[4:7]), column
    assert any(near(c, battle, 90) for c in column[:4]), column
    assert any(near(c, battle, 90) for c in column[7:]), column

    # along the corridor: its red dashes and, between them, the Armenia–Iran border's
    # magenta; beside it the border's pale band
    look_at(page, 39.2, 45.4, 9)
    x0, y = on_screen(page, 39.2, 45.2)
    row = colours_at(page, [(x0 + dx, y) for dx in range(0, 40)])
    magenta, red = rgb(pal["overlay"]["iran_armenia_border"]), rgb(pal["overlay"]["corridor"])
    assert sum(near(c, magenta, 70) for c in row) >= 5, row
    assert sum(near(c, red, 70) for c in row) >= 5, row
    beside = colours_at(page, [(x0 + dx, y - 5) for dx in range(0, 40, 4)])
    assert all(c[0] > c[1] + 20 and c[2] > c[1] + 10 for c in beside), beside  # pink

    # a click on the incident's line over the border still opens the incident
    popup = squash(opened.click_feature("inc-1"))
    assert "Battles" in popup and "Armenia–Azerbaijan border" in popup  # "also here"
    assert opened.console_errors == []


# --- 3. only denied: pale and dashed, apart from "only a region known" --------------------

@pytest.mark.browser
def test_an_incident_only_denied_is_pale_and_dashed(sample_frames, open_map, tmp_path):
    from shapely.geometry import box

    incidents = sample_frames["incidents"]
    denied = incidents.iloc[[0]].assign(id="inc-denied", stances="denies",
                                        geometry=[LineString([(45.0, 40.9), (45.8, 40.9)])])
    asserted = incidents.iloc[[0]].assign(id="inc-asserted", stances="asserts",
                                          geometry=[LineString([(45.0, 40.5),
                                                                (45.8, 40.5)])])
    region = incidents.iloc[[0]].assign(id="inc-region", stances="asserts", geo_precision=3,
                                        geometry=[box(44.0, 39.0, 44.6, 39.5)])
    frames = dict(sample_frames, incidents=pd.concat(
        [denied, asserted, region, incidents.iloc[[1]]], ignore_index=True
    ).set_geometry("geometry"))
    opened = open_map(write_map(make_result(frames), tmp_path / "map.html"))
    page = opened.page
    look = page.evaluate("""() => Object.fromEntries(
        ["inc-denied", "inc-asserted", "inc-region"].map(id => {
            const p = geomap.layers[id]._path || geomap.layers[id].getLayers()[0]._path;
            return [id, {opacity: +p.getAttribute("stroke-opacity"),
                         dash: p.getAttribute("stroke-dasharray"),
                         cap: p.getAttribute("stroke-linecap")}];
        }))""")
    assert look["inc-denied"]["opacity"] <= 0.5 * look["inc-asserted"]["opacity"]
    assert look["inc-denied"]["dash"] and look["inc-asserted"]["dash"] is None
    assert look["inc-denied"]["cap"] == "butt"     # round ends would close the gaps
    assert look["inc-region"]["dash"] and look["inc-region"]["dash"] != look["inc-denied"]["dash"]

    # the reader sees gaps along the denied line, none along the asserted one
    look_at(page, 40.7, 45.4, 10)
    ground = colours_at(page, [(5, 400)])[0]
    for lat, gaps in ((40.9, True), (40.5, False)):
        x0, y = on_screen(page, lat, 45.3)
        row = colours_at(page, [(x0 + dx, y) for dx in range(0, 48)])
        assert any(near(c, ground, 12) for c in row) is gaps, (lat, row)

    legend = squash(page.locator(".gm-legend").inner_text())
    assert "only denied" in legend and "only a region or country known" in legend
    assert opened.console_errors == []


# --- 4. the legend collapses ---------------------------------------------------------------

@pytest.mark.browser
def test_a_collapsed_legend_is_its_title_alone(full_result, open_map, tmp_path):
    page = open_map(write_map(full_result, tmp_path / "map.html")).page
    legend = page.locator(".gm-legend")
    assert legend.bounding_box()["height"] > 150
    page.click(".gm-legend summary")
    page.wait_for_timeout(100)
    box = legend.bounding_box()
    assert box["height"] < 40, box
    page.click(".gm-legend summary")
    assert legend.bounding_box()["height"] > 150


# --- 5. the summary follows the time slider ------------------------------------------------

@pytest.mark.browser
def test_the_summary_counts_what_the_time_slider_shows(sample_result, open_map, tmp_path):
    page = open_map(write_map(sample_result, tmp_path / "map.html")).page
    summary = lambda: squash(page.locator(".gm-summary-panel").inner_text())  # noqa: E731
    assert "2 incidents, 2 claims, 2 places from 1 article" in summary()
    slider = page.locator(".leaflet-timeline-control input[type=range]")
    slider.evaluate("(el) => { el.value = el.min; el.dispatchEvent(new Event('input')); }")
    shown = summary()
    assert "1 incident, 2 claims, 2 places from 1 article" in shown
    assert "2022-09-13 – 2022-09-13" in shown and "up to 2022-09-13" in shown
    assert "in all 2 incidents, 2 claims" in shown
    assert "Battles 1" in shown and "diplomatic" not in shown
    assert "Armenia 1" in shown and "Azerbaijan 1" in shown
    slider.evaluate("(el) => { el.value = el.max; el.dispatchEvent(new Event('input')); }")
    shown = summary()
    assert "2 incidents, 2 claims" in shown and "diplomatic 1" in shown
    assert "up to" not in shown


# --- 6. one name for the Armenia–Iran border ----------------------------------------------

@pytest.mark.browser
def test_the_armenia_iran_border_has_one_name(open_map, tmp_path):
    import geomap

    article = tmp_path / "meghri.txt"
    article.write_text("Armenia's defence ministry said Azerbaijani forces shelled Meghri "
                       "on Sunday.", encoding="utf-8")
    result = geomap.build([str(article)], BuildOptions(published=dt.date(2024, 6, 20)))
    overlays = result.overlays
    name = overlays[overlays["countries"].map(sorted).map(tuple) == ("AM", "IR")]["name"]
    assert list(name) == ["Armenia–Iran border"]
    opened = open_map(write_map(result, tmp_path / "map.html"))
    legend = opened.page.locator(".gm-legend").inner_text()
    names = " ".join(opened.layer_names())
    for shown in (legend, names):
        assert "Armenia–Iran border" in shown and "Iran–Armenia" not in shown
    fmap_text = build_map(result).get_root().render()
    assert "Iran–Armenia" not in fmap_text


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


# --- 7. a long claimant label in the legend's two columns ----------------------------------

@pytest.mark.browser
def test_a_long_claimant_label_takes_a_whole_legend_row(sample_frames, open_map, tmp_path):
    frames = {k: v.copy() for k, v in sample_frames.items()}
    frames["claims"].loc[0, ["claimant", "claimant_country"]] = [
        "Nagorno-Karabakh Defense Army", ""]
    page = open_map(write_map(make_result(frames), tmp_path / "map.html")).page
    rows = page.evaluate("""() => {
        const list = document.querySelector('.gm-legend .gm-leg-2col');
        const width = list.getBoundingClientRect().width;
        return Array.from(list.children).map(li => {
            const r = li.getBoundingClientRect();
            return [li.textContent.trim().replace(/\\s+/g, " "), r.width / width, r.height];
        });
    }""")
    (wide,) = [r for r in rows if r[0].startswith("no state:")]
    assert wide[1] > 0.95 and wide[2] <= 36, rows      # the whole row, at most two lines
    (short,) = [r for r in rows if r[0] == "Azerbaijan"]
    assert short[1] < 0.6 and short[2] <= 20, rows     # one column, one line


# --- place names ---------------------------------------------------------------------------

@pytest.mark.browser
def test_place_names_show_close_in_and_on_hover(sample_result, open_map, tmp_path):
    opened = open_map(write_map(sample_result, tmp_path / "map.html"))
    page = opened.page
    names = ("() => Array.from(document.querySelectorAll('.gm-place-label'))"
             ".filter(e => getComputedStyle(e).display !== 'none').map(e => e.textContent)")
    from_zoom = symbols()["place"]["labels_from"]
    look_at(page, 39.9, 45.5, from_zoom - 1)
    assert page.evaluate(names) == []                 # the region's view stays uncluttered
    x, y = on_screen(page, 39.6374, 46.5498)          # Lachin's dot
    page.mouse.move(x, y)
    tip = page.wait_for_selector(".leaflet-tooltip", timeout=5_000)
    assert tip.inner_text().strip() == "Lachin"
    look_at(page, 39.9, 45.5, from_zoom)
    assert sorted(page.evaluate(names)) == ["Lachin", "Yerevan"]
    assert opened.console_errors == []


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


# --- 8. the panels fit the window ----------------------------------------------------------

@pytest.fixture
def clustered_result(sample_frames, full_result):
    """400 incidents and their claims by eight claimant countries, clustered, and the
    borders and corridor: the legend and layer control of a map of 400 articles (the
    legend's last line is the cluster's)."""
    from shapely.geometry import Point

    inc, cl = sample_frames["incidents"], sample_frames["claims"]
    n = 400
    rows = pd.concat([inc.iloc[[0, 1]]] * (n // 2), ignore_index=True)
    rows["id"] = [f"inc-{i}" for i in range(n)]
    rows["geometry"] = [Point(44.6 + (i % 20) / 12, 39.4 + (i // 20) / 14) for i in range(n)]
    claims = pd.concat([cl] * (n // 2), ignore_index=True)
    claims["incident_id"] = [f"inc-{2 * (i // 2)}" for i in range(len(claims))]
    claims["id"] = [f"cl-{i}" for i in range(len(claims))]
    claims["claimant_country"] = [("AM", "AZ", "IL", "LB", "TJ", "KG", "CN", "IN")[i % 8]
                                  for i in range(len(claims))]
    claims["geometry"] = [rows.geometry.iloc[2 * (i // 2)] for i in range(len(claims))]
    return make_result(dict(sample_frames, incidents=rows.set_geometry("geometry"),
                          claims=claims.set_geometry("geometry"),
                          overlays=full_result.overlays.iloc[:-1]))  # not the user's


def _boxes(page) -> dict:
    return page.evaluate("""() => {
        const box = (sel) => { const e = document.querySelector(sel);
            if (!e) { return null; } const r = e.getBoundingClientRect();
            return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; };
        return {legend: box('.gm-legend'), summary: box('.gm-summary-panel'),
                layers: box('.leaflet-control-layers'), zoom: box('.leaflet-control-zoom'),
                minimap: box('.leaflet-control-minimap'),
                slider: box('.leaflet-timeline-control'),
                last: box('.gm-legend .gm-leg:last-of-type li:last-child')};
    }""")


def _overlap(a, b) -> bool:
    return a["left"] < b["right"] and b["left"] < a["right"] and \
        a["top"] < b["bottom"] and b["top"] < a["bottom"]


def _inside(inner, outer, slack=1.0) -> bool:
    return (inner["top"] >= outer["top"] - slack and inner["bottom"] <= outer["bottom"] + slack
            and inner["left"] >= outer["left"] - slack
            and inner["right"] <= outer["right"] + slack)


@pytest.mark.browser
@pytest.mark.parametrize("viewport", [(1366, 800), (1280, 720), (800, 600)])
def test_every_line_of_the_legend_can_be_read(clustered_result, open_map, tmp_path,
                                              viewport):
    opened = open_map(write_map(clustered_result, tmp_path / "map.html"), viewport=viewport)
    page = opened.page
    width, height = viewport
    screen = {"left": 0, "top": 0, "right": width, "bottom": height}
    last = page.locator(".gm-legend .gm-leg").last.locator("li").last
    assert "cluster: its ring shows the colours" in last.inner_text()

    b = _boxes(page)
    # the panels cover none of the map's controls and stay on the screen
    assert _inside(b["legend"], screen) and _inside(b["summary"], screen), b
    for control in ("minimap", "layers", "zoom"):
        assert not _overlap(b["legend"], b[control]), (control, b)
    for control in ("zoom", "slider"):
        assert not _overlap(b["summary"], b[control]), (control, b)
    assert not _overlap(b["legend"], b["summary"]), b

    if viewport == (1366, 800):  # a laptop's window: the whole legend shows at once
        assert _inside(b["last"], b["legend"]), b
    # the wheel over the legend scrolls it (not the map) until its last line shows
    zoom = page.evaluate("geomap.map.getZoom()")
    page.mouse.move((b["legend"]["left"] + b["legend"]["right"]) / 2,
                    (b["legend"]["top"] + b["legend"]["bottom"]) / 2)
    for _ in range(4):
        page.mouse.wheel(0, 400)
        page.wait_for_timeout(150)
    b = _boxes(page)
    legend_view = dict(b["legend"], top=b["legend"]["top"] + 4,
                       bottom=b["legend"]["bottom"] - 4)
    assert _inside(b["last"], legend_view) and _inside(b["last"], screen), b
    assert page.evaluate("geomap.map.getZoom()") == zoom
    assert opened.console_errors == []


@pytest.mark.browser
@pytest.mark.parametrize("title", [
    "Armenia–Azerbaijan border incidents reported in the regional press, June 2023 to "
    "June 2024",
    "ArmeniaAzerbaijanBorderIncidentsReportedInTheRegionalPressFromJune2023ToJune2024Map",
])
def test_a_long_title_wraps_inside_the_summary_panel(sample_result, open_map, tmp_path,
                                                      title):
    page = open_map(write_map(sample_result, tmp_path / "map.html",
                              BuildOptions(title=title))).page
    sizes = page.evaluate("""() => {
        const panel = document.querySelector('.gm-summary-panel');
        const h1 = panel.querySelector('h1');
        const text = document.createRange(); text.selectNodeContents(h1);
        const p = panel.getBoundingClientRect(), t = text.getBoundingClientRect();
        const pad = parseFloat(getComputedStyle(panel).paddingRight);
        return {panel_right: p.right - pad, text_right: t.right, text_height: t.height,
                scroll_width: panel.scrollWidth, client_width: panel.clientWidth,
                shown: h1.innerText};
    }""")
    assert squash(sizes["shown"]).replace(" ", "") == title.replace(" ", ""), sizes
    assert sizes["text_right"] <= sizes["panel_right"] + 1, sizes
    assert sizes["scroll_width"] <= sizes["client_width"], sizes
    assert sizes["text_height"] > 30, sizes  # on several lines


@pytest.mark.browser
def test_on_a_phone_the_panels_start_folded_and_a_popup_fits(sample_frames, open_map,
                                                              tmp_path):
    opened = open_map(write_map(make_result(sample_frames), tmp_path / "map.html"),
                      viewport=(390, 844))
    page = opened.page
    state = page.evaluate("""() => ({
        open: [...document.querySelectorAll('.gm-panel > details')].map(d => d.open),
        layers: document.querySelector('.leaflet-control-layers')
                        .classList.contains('leaflet-control-layers-expanded')})""")
    assert state["open"] and not any(state["open"]) and state["layers"] is False
    opened.click_feature("inc-1")
    # the map pans the popup into view, below the controls
    page.wait_for_function("""() => {
        const r = document.querySelector('.leaflet-popup').getBoundingClientRect();
        return r.top >= Math.max(...[...document.querySelectorAll(
            '.leaflet-top .leaflet-control')].map(c => c.getBoundingClientRect().bottom)); }""",
                           timeout=5_000)
    box = page.evaluate("""() => {
        const r = document.querySelector('.leaflet-popup').getBoundingClientRect();
        const top = Math.max(...[...document.querySelectorAll('.leaflet-top .leaflet-control')]
            .map(c => c.getBoundingClientRect().bottom));
        return {width: r.width, top: r.top, controls: top}; }""")
    assert box["width"] <= 390 - 20
    assert box["top"] >= box["controls"]        # below the controls, not under them
    # the layer list opens from its button, and a tap on the map folds it again
    page.click(".leaflet-control-layers-toggle")
    assert page.is_visible(".leaflet-control-layers-list")
    opened.click_feature("inc-1")               # a tap on a feature folds it too
    assert not page.is_visible(".leaflet-control-layers-list")
    assert opened.console_errors == []


@pytest.mark.browser
def test_on_a_desktop_the_panels_start_open(sample_frames, open_map, tmp_path):
    opened = open_map(write_map(make_result(sample_frames), tmp_path / "map.html"))
    assert all(opened.page.evaluate(
        "() => [...document.querySelectorAll('.gm-panel > details')].map(d => d.open)"))


# --- 9. no popup row without a value -------------------------------------------------------

@pytest.mark.browser
def test_no_popup_row_has_a_label_without_a_value(sample_frames, open_map, tmp_path):
    from shapely.geometry import Point

    inc = sample_frames["incidents"]
    rows = pd.concat([inc.iloc[[1]]] * 4, ignore_index=True)
    rows["id"] = ["inc-none", "inc-zero", "inc-unknown", "inc-near"]
    rows["geo_precision"] = pd.array([None, 0, 4, 2], dtype="Int64")
    rows["geometry"] = [Point(44.0 + i, 40.0) for i in range(4)]
    frames = dict(sample_frames, incidents=rows.set_geometry("geometry"),
                  claims=sample_frames["claims"].iloc[0:0])
    opened = open_map(write_map(make_result(frames), tmp_path / "map.html"))
    located = {}
    for incident in rows["id"]:
        opened.click_feature(incident)
        table = opened.page.eval_on_selector_all(
            ".leaflet-popup-content .gm-table tr",
            "trs => trs.map(tr => [tr.querySelector('th').innerText.trim(), "
            "(tr.querySelector('td') || {innerText: ''}).innerText.trim()])")
        assert table and all(value for _, value in table), (incident, table)
        located[incident] = dict(table).get("Located")
    assert located == {"inc-none": None, "inc-zero": None, "inc-unknown": None,
                       "inc-near": "2 – near a place, district or border sector"}
    assert opened.console_errors == []


@pytest.mark.browser
def test_a_count_beside_a_long_claimant_stays_on_one_line(sample_frames, open_map,
                                                          tmp_path):
    """The summary panel breaks long words anywhere; a count of two digits beside a
    claimant whose name fills the row still reads as one number."""
    claims = sample_frames["claims"]
    many = pd.concat([claims.iloc[[1]]] * 38, ignore_index=True)
    many["id"] = [f"cl-many-{n}" for n in range(len(many))]
    many["claimant"] = "Ministry of Defense of the Republic of Azerbaijan (press service)"
    frames = dict(sample_frames, claims=pd.concat([claims, many], ignore_index=True))
    page = open_map(write_map(SimpleNamespace(articles=(), **frames),
                              tmp_path / "map.html", BuildOptions())).page
    counts = page.evaluate("""() => [...document.querySelectorAll(
        '.gm-summary-panel td.gm-n')].map(td => {
            const range = document.createRange(); range.selectNodeContents(td);
            return {text: td.innerText, lines: range.getClientRects().length};
        })""")
    assert {"text": "38", "lines": 1} in counts, counts
    assert all(c["lines"] == 1 for c in counts), counts


# ------------------------------------------ the first view of a map of many regions (U1 #4)

#: incidents as far apart as a world-wide build's (U1's p1): Colombia and Venezuela,
#: Armenia, Ethiopia, Thailand and Cambodia, the Korean islands
WORLD_WIDE = [("inc-co", Point(-72.5, 7.9)), ("inc-ve", Point(-67.5, 7.1)),
              ("inc-am", Point(45.5, 40.2)), ("inc-et", Point(39.5, 14.3)),
              ("inc-th", Point(104.6, 14.4)), ("inc-kr", Point(124.7, 37.7)),
              ("inc-kr-2", Point(125.7, 37.7))]

# the incidents whose marker the first view leaves off the map or under a panel (the
# summary, legend, layer control, time slider, minimap), as a reader would miss them
HIDDEN = """() => {
  const map = geomap.map, box = map.getContainer().getBoundingClientRect();
  const panels = [...map.getContainer().querySelectorAll(
      ".leaflet-control:not(.leaflet-control-attribution)")]
    .filter(el => el.offsetWidth > 0).map(el => el.getBoundingClientRect());
  return Object.keys(geomap.incidents).filter(id => {
    const l = geomap.layers[id];
    const pt = map.latLngToContainerPoint(l.getLatLng ? l.getLatLng()
                                                      : l.getBounds().getCenter());
    const x = box.left + pt.x, y = box.top + pt.y;
    return x < box.left || y < box.top || x > box.right || y > box.bottom ||
      panels.some(r => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
  });
}"""


@pytest.mark.browser
@pytest.mark.parametrize("viewport", [(1400, 900), (1000, 700)], ids=["wide", "narrow"])
def test_the_first_view_hides_no_incident_under_the_panels_unsaid(sample_frames, open_map,
                                                                  tmp_path, viewport):
    """Every incident of a world-wide build is drawn in the part of the map the panels
    leave free (at 1400 x 900 all of them); what a narrower window cannot show there, the
    summary counts as outside the view."""
    from tests.render.conftest import incidents_like
    incidents = incidents_like(sample_frames, [(i, 1, "asserts", g) for i, g in WORLD_WIDE])
    result = make_result(dict(sample_frames, incidents=incidents,
                              claims=sample_frames["claims"].iloc[0:0]))
    page = open_map(write_map(result, tmp_path / "map.html"), viewport=viewport).page
    hidden = page.evaluate(HIDDEN)
    if viewport == (1400, 900):
        assert hidden == []
    counts = squash(page.locator(".gm-summary-panel").inner_text())
    if hidden:
        assert f"{len(hidden)} outside this view" in counts or \
            f"{len(hidden)} out of view" in counts
    else:
        assert "outside this view" not in counts


# ----------------------------------- thousands of places do not bury the incidents (U1 #7)

def _many_places(sample_frames, n=400):
    places = pd.concat([sample_frames["places"].iloc[[0]]] * n, ignore_index=True)
    places["id"] = [f"gn:{i}" for i in range(n)]
    places["name"] = [f"Town {i}" for i in range(n)]
    places["geometry"] = [Point(-10 + (i % 40), 35 + (i // 40)) for i in range(n)]
    return places.set_geometry("geometry")


@pytest.mark.browser
@pytest.mark.parametrize("with_incidents", [True, False], ids=["incidents", "places-only"])
def test_many_places_start_switched_off_when_there_are_incidents(sample_frames, open_map,
                                                                 tmp_path, with_incidents):
    """400 places would cluster into numbered rings like the incidents' own: with
    incidents to show, the Places layer starts unticked and the layer control says why;
    a map of places alone shows them."""
    frames = dict(sample_frames, places=_many_places(sample_frames))
    if not with_incidents:
        frames.update(incidents=sample_frames["incidents"].iloc[0:0],
                      claims=sample_frames["claims"].iloc[0:0])
    page = open_map(write_map(make_result(frames), tmp_path / "map.html")).page
    label = page.locator(".leaflet-control-layers-overlays label",
                         has_text="Places (400)")
    assert label.locator("input").is_checked() is not with_incidents
    note = label.locator(".gm-layer-note")
    if with_incidents:
        assert "tick to show" in note.inner_text()
    else:
        assert note.count() == 0
