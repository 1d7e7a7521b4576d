"""How the map draws how much is known of an incident and who says so (symbols.yaml),
checked in headless Chromium on a phone (390 x 844) and a desktop (1280 x 800): what is
placed only along a whole border or over a region or a country is drawn weaker than what is
placed closer (and the legend says so); a disputed incident (one side asserts, another
denies) is drawn apart from an asserted one; the standings' legend rows, filter note and
popup row read the one table of ``standings``."""

from __future__ import annotations

import pandas as pd
import pytest
from shapely.geometry import LineString, MultiPolygon, Point, Polygon

from geomap.palette import standings, symbols
from geomap.render import write_map
from tests.render.conftest import VIEWPORTS, incidents_like, make_result, squash


def path_style(page, feature_id: str) -> dict:
    """The computed look of the SVG path drawing a feature (its first part)."""
    return page.evaluate("""(id) => {
        const l = geomap.layers[id];
        const leaf = l._path ? l : l.getLayers()[0];
        const cs = getComputedStyle(leaf._path);
        return {width: parseFloat(cs.strokeWidth), opacity: parseFloat(cs.strokeOpacity),
                fill: cs.fill === "none" ? 0 : parseFloat(cs.fillOpacity)}; }""", feature_id)


# --- a whole border, a region, a country: weaker ---------------------------------------

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


# --- disputed: drawn apart -------------------------------------------------------------

@pytest.mark.browser
def test_a_disputed_incident_is_drawn_apart_from_an_asserted_one(sample_frames, open_map,
                                                                  tmp_path):
    incidents = sample_frames["incidents"]
    rows = [incidents.iloc[[0]].assign(id=f"inc-{name}", stances=stances, geometry=[geom])
            for name, stances, geom in (
                ("disputed-line", "asserts and denies", LineString([(45.0, 40.9), (45.8, 40.9)])),
                ("asserted-line", "asserts", LineString([(45.0, 40.5), (45.8, 40.5)])),
                ("disputed-point", "asserts and denies", Point(45.2, 40.2)),
                ("asserted-point", "asserts", Point(45.6, 40.2)))]
    frames = dict(sample_frames, incidents=pd.concat(rows, ignore_index=True)
                  .set_geometry("geometry"))
    opened = open_map(write_map(make_result(frames), tmp_path / "map.html"))
    look = opened.page.evaluate("""() => Object.fromEntries(
        ["inc-disputed-line", "inc-asserted-line", "inc-disputed-point",
         "inc-asserted-point"].map(id => {
            const p = geomap.layers[id]._path || geomap.layers[id].getLayers()[0]._path;
            return [id, {dash: p.getAttribute("stroke-dasharray"),
                         stroke: p.getAttribute("stroke"),
                         width: +p.getAttribute("stroke-width")}];
        }))""")
    assert look["inc-disputed-line"]["dash"] and look["inc-asserted-line"]["dash"] is None
    assert look["inc-disputed-point"]["stroke"] == "#000000"
    assert look["inc-disputed-point"]["width"] > look["inc-asserted-point"]["width"]
    legend = squash(opened.page.locator(".gm-legend").inner_text())
    assert "disputed" in legend
    # the legend's row shows only the disputed incidents
    opened.page.click('.gm-legend li:has(input[value="disputed"]) .gm-only', force=True)
    shown = opened.page.evaluate("""() => ["inc-disputed-line", "inc-asserted-line",
        "inc-disputed-point", "inc-asserted-point"].filter(id => geomap.layers[id] &&
        geomap.map.hasLayer(geomap.layers[id]))""")
    assert shown == ["inc-disputed-line", "inc-disputed-point"]
    assert "standing:asserted" in opened.page.url
    opened.page.click('.gm-legend li:has(input[value="disputed"]) .gm-only', force=True)
    popup = squash(opened.click_feature("inc-disputed-point"))
    assert "disputed: asserted and denied" in popup
    assert opened.console_errors == []


# --- standings from one table ----------------------------------------------------------

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


# --- a claim is a triangle, an incident a circle (U1 #6) --------------------------------

@pytest.mark.browser
def test_a_claim_at_a_point_is_a_triangle_beside_the_incidents_circle(sample_frames,
                                                                     open_map, tmp_path):
    """A Turkish claim beside a battle is told apart by shape, not only by a near red:
    the claim's mark is a three-cornered path, the incident's a circle (SVG arcs); the
    legend's and the summary's claim swatches are triangles too."""
    at = Point(42.687, 37.144)
    incidents = incidents_like(sample_frames, [("inc-zakho", 1, "asserts", at)])
    claims = sample_frames["claims"].iloc[[0]].assign(
        id="cl-tr", incident_id="inc-zakho", claimant_country="TR", geo_precision=1,
        geometry=[Point(42.75, 37.2)]).set_geometry("geometry")
    result = make_result(dict(sample_frames, incidents=incidents, claims=claims))
    page = open_map(write_map(result, tmp_path / "map.html")).page
    d = page.evaluate("""(ids) => ids.map(id => {
        const l = geomap.layers[id]; const leaf = l._path ? l : l.getLayers()[0];
        return leaf._path.getAttribute("d"); })""", ["cl-tr", "inc-zakho"])
    claim_d, incident_d = d
    assert "a" not in claim_d.lower() and claim_d.count("L") == 2   # three corners
    assert "a" in incident_d.lower()                                  # a circle's arcs
    assert page.locator(".gm-legend polygon").count() >= 3
    assert page.locator(".gm-summary-panel .gm-dot-claim").count() == 1


def test_each_country_keeps_one_colour_and_neighbours_differ():
    """data/claimant_colours.yaml is what palette.colour_countries makes of the committed
    boundaries' land borders (regenerate it when they or palette.yaml change), so a
    country is one colour in every build, and no two countries that share a border
    look alike."""
    import yaml

    from geomap.geometry import load_boundaries
    from geomap.palette import _alike, _hls, colour_countries, palette
    from geomap.paths import PACKAGE_DIR

    boundaries = load_boundaries()
    neighbours: dict[str, set] = {}
    for key in {*boundaries.borders.countries, *boundaries.world_borders.countries}:
        a, b = key.split("-")
        neighbours.setdefault(a, set()).add(b)
        neighbours.setdefault(b, set()).add(a)
    for code in boundaries.world.iso_a2:
        if isinstance(code, str) and len(code) == 2:
            neighbours.setdefault(code, set())
    own = {k: v for k, v in palette()["claimant_country"].items() if k != "other"}
    made = colour_countries(neighbours, palette()["country_colours"], own)
    stored = yaml.safe_load((PACKAGE_DIR / "data" / "claimant_colours.yaml").read_text(
        encoding="utf-8"))["colours"]
    assert stored == made
    every = {**made, **own}
    assert not [(a, b) for a in neighbours for b in neighbours[a]
                if _alike(_hls(every[a]), _hls(every[b]))]
