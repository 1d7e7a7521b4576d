"""The map as a user meets it: map.html opened from disk in headless Chromium with every
request that is not file: or data: refused (issue 5's done-when)."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from geomap.model import BuildOptions
from geomap.render import write_map

from tests.render.conftest import squash

pytestmark = pytest.mark.browser

#: the README's picture, refreshed only when asked (``GEOMAP_UPDATE_DOCS=1 pytest …``):
#: running the tests leaves the checkout as it was
DOCS_SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "seeds-map.png"
LAYER_WORDS = ("Incidents", "Claims", "Places", "Border", "Corridor")


def assert_healthy(opened):
    assert opened.blocked == [], f"the map asked for {opened.blocked}"
    assert opened.console_errors == [], opened.console_errors
    assert opened.page.evaluate("typeof window.L === 'object' && !!L.map")
    assert opened.page.locator(".leaflet-timeline-control input[type=range]").count() == 1


def test_sample_map_offline(full_result, open_map, tmp_path):
    path = write_map(full_result, tmp_path / "map.html", BuildOptions(title="Sample"))
    opened = open_map(path)
    assert_healthy(opened)

    names = opened.layer_names()
    for word in LAYER_WORDS:
        assert any(word in n for n in names), (word, names)
    assert any("Armenia–Iran border" in n for n in names)
    assert any("Other Borders" in n for n in names)
    assert any("Pipeline route" in n for n in names)  # the user's own overlay
    assert opened.page.locator(".gm-legend").count() == 1
    assert opened.page.locator(".gm-summary-panel").count() == 1
    assert opened.page.locator(".leaflet-control-minimap").count() == 1
    assert opened.page.locator(".leaflet-control-measure").count() == 1
    assert opened.page.locator(".leaflet-control-zoom-fullscreen").count() == 1
    assert "proposed" in opened.page.locator(".gm-label").first.inner_text()

    popup = squash(opened.click_feature("inc-1"))
    assert "2022-09-13" in popup and "Battles" in popup
    assert "Armenian premiership" in popup and "Ministry of Defense of Azerbaijan" in popup
    assert "Armenia (AM)" in popup and "Azerbaijan (AZ)" in popup
    assert "asserts" in popup and "denies" in popup
    assert "A statement said Azerbaijan launched aggressive actions." in popup
    assert "Baku said Armenia launched provocations in the direction of Lachin." in popup
    assert "Clashes on the border" in popup and "Example News" in popup
    assert "150–200 killed" in popup
    assert opened.console_errors == []


def test_corridor_popup_shows_analysis(full_result, open_map, tmp_path):
    opened = open_map(write_map(full_result, tmp_path / "map.html"))
    popup = squash(opened.click_feature("ov-corridor"))
    assert "43.2 km" in popup and "min 0.4 km, max 21.7 km" in popup
    assert "connects Azerbaijan with Nakhchivan" in popup and "proposed" in popup


def test_time_slider_filters_incidents(sample_result, open_map, tmp_path):
    opened = open_map(write_map(sample_result, tmp_path / "map.html"))
    count = "() => geomap.groups.incidents.getLayers().length"
    assert opened.page.evaluate(count) == 2
    slider = opened.page.locator(".leaflet-timeline-control input[type=range]")
    slider.evaluate("(el) => { el.value = el.min; el.dispatchEvent(new Event('input')); }")
    assert opened.page.evaluate(count) == 1  # only the 2022-09-13 incident
    slider.evaluate("(el) => { el.value = el.max; el.dispatchEvent(new Event('input')); }")
    assert opened.page.evaluate(count) == 2


def test_hostile_article_renders_as_text(hostile_result, payloads, open_map, tmp_path):
    PAYLOADS = payloads
    path = write_map(hostile_result, tmp_path / "map.html",
                     BuildOptions(title=PAYLOADS["option_title"]))
    opened = open_map(path)
    page = opened.page
    assert_healthy(opened)

    popup = opened.click_feature("inc-1")
    page.mouse.move(5, 400)  # hover elsewhere, in case something waits for mouseover
    for key in ("claim_text", "claimant", "title", "summary", "sub_event_type"):
        assert squash(PAYLOADS[key]) in squash(popup), key
    assert "49" not in popup  # {{ 7*7 }} was not evaluated
    assert page.locator(".leaflet-popup-content a[href^='javascript']").count() == 0
    assert page.locator(".leaflet-popup-content a").count() == 0  # the url was not http(s)

    names = opened.layer_names()
    assert any(PAYLOADS["overlay"] in n for n in names), names
    assert PAYLOADS["option_title"] in page.locator(".gm-summary-panel h1").inner_text()
    assert page.title() == PAYLOADS["option_title"]

    place_popup = opened.click_feature("gn:147625")
    assert PAYLOADS["place"] in place_popup
    overlay_popup = opened.click_feature("ov-user")
    assert PAYLOADS["overlay"] in overlay_popup and "<b>Example</b>" in overlay_popup

    assert page.evaluate("window.__geomap_pwned") is None
    assert page.locator("img[src=x], iframe, svg[onload]").count() == 0
    assert page.locator("body").is_visible()
    assert opened.blocked == [] and opened.console_errors == []


@pytest.fixture(scope="module")
def seeds_result(seeds_dir):
    import geomap
    return geomap.build([str(seeds_dir / "seeds.json")])


def test_seeds_map(seeds_result, open_map, tmp_path):
    result = seeds_result
    path = write_map(result, tmp_path / "map.html", BuildOptions(title="geomap – seed articles"))
    opened = open_map(path)
    assert_healthy(opened)
    names = opened.layer_names()
    for word in LAYER_WORDS:
        assert any(word in n for n in names), (word, names)

    claims = result.claims
    september = [
        row.id for row in result.incidents.itertuples()
        if str(row.date or "").startswith("2022-09")
        and {"AM", "AZ"} <= set(claims[claims.incident_id == row.id].claimant_country)
    ]
    assert september, "no Sept 2022 incident with both Armenia's and Azerbaijan's claims"
    incident_id = max(september, key=lambda i: (claims.incident_id == i).sum())
    popup = squash(opened.click_feature(incident_id))
    for claim in claims[claims.incident_id == incident_id].itertuples():
        assert squash(claim.text) in popup
        assert claim.stance in popup
    assert "Armenia (AM)" in popup and "Azerbaijan (AZ)" in popup
    assert opened.console_errors == []

    # the README's picture: the first view again (the home button), legend and summary open
    opened.page.click(".gm-home a")
    opened.page.wait_for_selector(".leaflet-popup", state="detached", timeout=20_000)
    opened.page.hover(".gm-legend")  # no tooltip left open over the map
    opened.page.wait_for_timeout(300)
    shot = opened.page.screenshot(path=str(tmp_path / "seeds-map.png"))
    assert len(shot) > 10_000            # a picture of the map, not a blank page
    if os.environ.get("GEOMAP_UPDATE_DOCS") == "1":
        DOCS_SCREENSHOT.parent.mkdir(exist_ok=True)
        DOCS_SCREENSHOT.write_bytes(shot)


def make_result(frames: dict, articles=()) -> SimpleNamespace:
    return SimpleNamespace(articles=tuple(articles), **frames)


def tiny_png() -> bytes:
    """A 1×1 grey PNG: what the stand-in network answers for a tile or an icon."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xdd\xdd\xdd")) + chunk(b"IEND", b""))


CDN_HOSTS = ("cdn.jsdelivr.net", "cdnjs.cloudflare.com")


def cdn_network(url: str):
    """The CDNs, answered from folium-offline's copies of the same files."""
    from urllib.parse import urlsplit

    from geomap.errors import GeomapError
    from geomap.render.assets import asset_text

    if urlsplit(url).hostname not in CDN_HOSTS:
        return None
    try:
        text = asset_text(url)
    except GeomapError:
        return (tiny_png(), "image/png") if re.search(r"\.(png|svg|gif)$", url) else None
    return text, "text/css" if url.endswith(".css") else "application/javascript"


def osm_network(url: str):
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname or ""
    return (tiny_png(), "image/png") if host.endswith("tile.openstreetmap.org") else None


def test_cdn_map_loads_its_scripts_from_the_cdns(sample_result, open_map, tmp_path):
    path = write_map(sample_result, tmp_path / "map.html", BuildOptions(cdn=True))
    opened = open_map(path, serve=cdn_network)
    assert_healthy(opened)
    assert any(u.endswith("/leaflet.js") for u in opened.served)
    assert any("leaflet.timeline" in u for u in opened.served)
    popup = squash(opened.click_feature("inc-1"))
    assert "Ministry of Defense of Azerbaijan" in popup and "denies" in popup


@pytest.mark.parametrize("tiles", ["offline", "osm"])
def test_base_layer_follows_the_tiles_option(sample_result, open_map, tmp_path, tiles):
    path = write_map(sample_result, tmp_path / "map.html", BuildOptions(tiles=tiles))
    opened = open_map(path, serve=osm_network)
    page = opened.page
    assert opened.blocked == [] and opened.console_errors == []
    chosen = page.eval_on_selector(".leaflet-control-layers-base input:checked",
                                   "el => el.parentElement.textContent")
    offline_drawn = "() => !!document.querySelector('.leaflet-gm-base-pane path')"
    if tiles == "osm":
        assert "OpenStreetMap" in chosen
        page.wait_for_selector("img.leaflet-tile-loaded", timeout=10_000)
        assert page.evaluate(offline_drawn) is False
    else:
        assert "offline" in chosen
        assert opened.served == [] and page.evaluate(offline_drawn) is True
        page.click("text=OpenStreetMap (online tiles)")  # the user switches when online
        page.wait_for_selector("img.leaflet-tile-loaded", timeout=10_000)
        assert all("tile.openstreetmap.org" in u for u in opened.served)


def test_overlapping_features_share_one_popup(sample_frames, open_map, tmp_path):
    import pandas as pd

    from geomap.frames import OVERLAY_COLUMNS, frame
    from geomap.model import Article

    inc = sample_frames["incidents"]
    again = inc.iloc[[0]].assign(id="inc-3", date="2022-09-14",
                                 summary="Shelling resumed at dawn")
    border = frame([dict(id="ov-am-az", name="Armenia–Azerbaijan border", kind="border",
                         countries=["AM", "AZ"], length_km=1007.0,
                         status="international border", source="Natural Earth",
                         geometry=inc.geometry.iloc[0])], OVERLAY_COLUMNS)
    frames = dict(sample_frames,
                  incidents=pd.concat([inc, again], ignore_index=True).set_geometry("geometry"),
                  overlays=pd.concat([sample_frames["overlays"], border], ignore_index=True))
    result = make_result(frames, [Article(id="a.txt", text="…")])
    opened = open_map(write_map(result, tmp_path / "map.html"))
    popup = squash(opened.click_feature("inc-1"))
    assert "2 incidents here" in popup.lower()
    assert "Clashes along the border" in popup and "Shelling resumed at dawn" in popup
    assert popup.index("2022-09-13") < popup.index("2022-09-14")  # in date order
    assert "also here" in popup.lower() and "Armenia–Azerbaijan border · 1007.0 km" in popup
    assert "Natural Earth" not in popup  # the line's details open on a click
    opened.page.click(".gm-also-item summary")
    assert "Natural Earth" in opened.page.inner_text(".leaflet-popup-content")
    assert opened.console_errors == []


def test_symbols_match_the_legend(full_result, open_map, tmp_path):
    from geomap.palette import palette

    pal = palette()
    opened = open_map(write_map(full_result, tmp_path / "map.html"))
    drawn = opened.page.evaluate("""() => {
        const path = id => geomap.layers[id]._path;
        return {
          battle: path("inc-1").getAttribute("stroke"),
          diamond: getComputedStyle(document.querySelector(".gm-diamond")).backgroundColor,
          asserts: [path("cl-1").getAttribute("stroke"),
                    path("cl-1").getAttribute("stroke-dasharray")],
          denies: [path("cl-2").getAttribute("stroke"),
                   path("cl-2").getAttribute("stroke-dasharray")],
          corridor: path("ov-corridor").getAttribute("stroke-dasharray"),
          legend: document.querySelector(".gm-legend").innerHTML,
        };
    }""")
    legend = drawn["legend"]
    assert drawn["battle"] == pal["event_type"]["Battles"] and drawn["battle"] in legend
    assert pal["event_type"]["diplomatic"] in legend
    assert drawn["diamond"] == _rgb(pal["event_type"]["diplomatic"])
    assert drawn["asserts"] == [pal["claimant_country"]["AM"], None]
    assert drawn["denies"][0] == pal["claimant_country"]["AZ"] and drawn["denies"][1]
    assert drawn["corridor"] and "proposed corridor (dashed)" in legend
    for colour in (pal["claimant_country"]["AM"], pal["claimant_country"]["AZ"],
                   pal["overlay"]["corridor"], pal["overlay"]["iran_armenia_border"]):
        assert colour in legend


def _rgb(hex_colour: str) -> str:
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


def test_many_incidents_are_clustered(sample_frames, open_map, tmp_path):
    import pandas as pd
    from shapely.geometry import Point

    inc, cl = sample_frames["incidents"], sample_frames["claims"]
    n = 400
    rows = pd.concat([inc.iloc[[1]]] * n, ignore_index=True)
    rows["id"] = [f"inc-{i}" for i in range(n)]
    rows["geometry"] = [Point(44.6 + (i % 20) / 12, 39.4 + (i // 20) / 14) for i in range(n)]
    claims = pd.concat([cl.iloc[[0, 1]]] * n, ignore_index=True)
    claims["id"] = [f"cl-{i}" for i in range(2 * n)]
    claims["incident_id"] = [f"inc-{i // 2}" for i in range(2 * n)]
    claims["geometry"] = [rows.geometry.iloc[i // 2] for i in range(2 * n)]
    frames = dict(sample_frames, incidents=rows.set_geometry("geometry"),
                  claims=claims.set_geometry("geometry"))
    opened = open_map(write_map(make_result(frames), tmp_path / "map.html"))
    page = opened.page
    assert page.locator(".gm-cluster-incidents").count() > 3
    assert page.locator(".gm-cluster-claims").count() == 0  # claims start switched off
    page.click("text=Claims (800)")
    page.wait_for_selector(".gm-cluster-claims", timeout=10_000)
    assert page.evaluate("geomap.groups.claims.getLayers().length") == 2 * n
    popup = squash(opened.click_feature("inc-7"))  # opens its cluster first
    assert "diplomatic" in popup and "Yerevan" in popup
    assert opened.blocked == [] and opened.console_errors == []


def test_minimap_follows_the_map_and_pans_it_when_dragged(sample_result, open_map, tmp_path):
    opened = open_map(write_map(sample_result, tmp_path / "map.html"))
    page = opened.page
    centre = "() => { const c = geomap.map.getCenter(); return [c.lat, c.lng]; }"
    page.evaluate("() => { geomap.map.setView([40.2, 45.3], 9, {animate: false}); }")
    page.wait_for_timeout(600)  # leaflet-minimap alone would move the map back by ~100 px
    lat, lng = page.evaluate(centre)
    assert abs(lat - 40.2) < 1e-6 and abs(lng - 45.3) < 1e-6
    box = page.locator(".leaflet-control-minimap").bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x - 20, y, steps=5)
    page.mouse.up()
    page.wait_for_timeout(600)
    assert page.evaluate(centre)[1] > 45.3 + 0.1  # dragged west: the map moved east
    assert opened.console_errors == []


def popup_of_the_incident(open_map, tmp_path, text: str) -> str:
    """The popup text of the one incident an article reports, as the map shows it."""
    import geomap

    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    result = geomap.build([str(article)], BuildOptions(published=dt.date(2022, 9, 14)))
    (incident_id,) = result.incidents["id"]
    return squash(open_map(write_map(result, tmp_path / "map.html")).click_feature(
        incident_id))


def test_an_incident_popup_adds_up_each_sides_dead(open_map, tmp_path):
    popup = popup_of_the_incident(
        open_map, tmp_path,
        "Armenia's defence ministry said Azerbaijani forces shelled Jermuk on Sunday, "
        "killing 49 Armenian servicemen. Azerbaijan's defence ministry said 50 Azerbaijani "
        "servicemen were killed.")
    assert "99 killed in all" in popup
    assert "49 killed (Armenia) per Ministry of Defense of Armenia" in popup
    assert "50 killed (Azerbaijan) per Ministry of Defense of Azerbaijan" in popup


def test_an_incident_popup_says_when_no_one_was_hurt(open_map, tmp_path):
    popup = popup_of_the_incident(
        open_map, tmp_path,
        "Azerbaijan's defence ministry said Armenian forces fired on its positions near "
        "Tovuz on Sunday. No casualties were reported.")
    assert "no one killed, no one injured" in popup


def test_the_corridor_label_shows_only_close_in(full_result, open_map, tmp_path):
    opened = open_map(write_map(full_result, tmp_path / "map.html"))
    shown = "() => getComputedStyle(document.querySelector('.gm-label')).display"
    for zoom, display in ((4, "none"), (7, "block")):
        opened.page.evaluate(f"() => geomap.map.setZoom({zoom}, {{animate: false}})")
        opened.page.wait_for_timeout(300)
        assert opened.page.evaluate(shown) == display, zoom


def test_a_map_beyond_the_caucasus_draws_the_countries_around_it(open_map, tmp_path):
    """Outside the region the 1:10m layers cover, the base map is the world's 1:110m
    countries: the reader sees where Batken lies, not dots on a blank sea. Country names
    show by size: the largest from the world view, the smallest closer in."""
    import geomap

    article = tmp_path / "batken.txt"
    article.write_text("Kyrgyz border guards said Tajik troops shelled Batken on Wednesday, "
                       "killing two civilians.", encoding="utf-8")
    result = geomap.build([str(article)], BuildOptions(published=dt.date(2022, 9, 14)))
    opened = open_map(write_map(result, tmp_path / "map.html"))
    assert_healthy(opened)
    page = opened.page
    centre = page.evaluate("() => geomap.map.getCenter()")
    assert 68 < centre["lng"] < 74 and 38 < centre["lat"] < 42
    shown = ("() => Array.from(document.querySelectorAll('.gm-country-label'))"
             ".filter(e => getComputedStyle(e).opacity !== '0').map(e => e.textContent)")
    near = page.evaluate(shown)
    assert {"Kyrgyzstan", "Tajikistan", "Uzbekistan", "China"} <= set(near)
    assert page.evaluate("() => document.querySelectorAll('.leaflet-gm-base-pane path')"
                         ".length") > 150
    page.evaluate("() => geomap.map.setZoom(3, {animate: false})")
    page.wait_for_timeout(300)
    far = page.evaluate(shown)
    assert "China" in far and "Kazakhstan" in far and "Kyrgyzstan" not in far
    assert "Armenia" not in far           # the region's small countries: closer in
    assert far.count("Russia") == 1       # one name for the slice and the rest alike
    # close in, the 1:110m borders (some 10 km off) would put Batken on the wrong side:
    # only the land stays
    stroke = ("() => getComputedStyle(document.querySelector("
              "'.leaflet-gm-base-pane path.gm-world')).strokeOpacity")
    assert page.evaluate(stroke) != "0"
    page.evaluate("() => geomap.map.setZoom(8, {animate: false})")
    page.wait_for_timeout(300)
    assert page.evaluate(stroke) == "0"
    assert opened.console_errors == []


@pytest.mark.browser
def test_online_tiles_that_cannot_load_say_so(sample_frames, open_map, tmp_path):
    opened = open_map(write_map(make_result(sample_frames), tmp_path / "map.html"))
    page = opened.page
    assert not page.is_visible(".gm-tile-note")
    page.get_by_text("OpenStreetMap (online tiles)").click()
    page.wait_for_selector(".gm-tile-note", timeout=10_000)
    assert "Boundaries (offline)" in page.inner_text(".gm-tile-note")
    page.get_by_text("Boundaries (offline)").first.click()
    page.wait_for_selector(".gm-tile-note", state="detached", timeout=10_000)
