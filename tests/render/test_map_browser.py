"""The map as a user meets it: map.html opened from disk in headless Chromium with every
request that is not file: or data: refused (issue 5's done-when)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from geomap.model import BuildOptions
from geomap.render import write_map

pytestmark = pytest.mark.browser

DOCS_SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "seeds-map.png"
LAYER_WORDS = ("Incidents", "Claims", "Places", "Border", "Corridor")


def squash(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


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
    assert any("Iran–Armenia" in n and "Border" in n for n in names)
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

    opened.page.keyboard.press("Escape")
    opened.page.evaluate("b => { geomap.map.closePopup(); "
                         "geomap.map.fitBounds(b, {animate: false, padding: [30, 30]}); }",
                         _fit(result))
    opened.page.wait_for_timeout(300)
    DOCS_SCREENSHOT.parent.mkdir(exist_ok=True)
    opened.page.screenshot(path=str(DOCS_SCREENSHOT))


def _fit(result):
    from geomap.render.features import data_bounds
    return data_bounds(result.incidents, result.claims)
