"""What a click, a tap or a hover shows, checked in headless Chromium: many incidents at one
spot open as an index; a click on a town is about the town and lists the border-wide
incidents one line each; a month-precision date reads as the month in a popup and a
tooltip; a claim alone in its popup carries no list number; a tap leaves no tooltip
behind, while the mouse still gets one."""

from __future__ import annotations

import pandas as pd
import pytest
from shapely.geometry import LineString, Point

from geomap.render import write_map
from tests.render.conftest import CENTRE_ON_FEATURE, DESKTOP, PHONE, make_result, squash


# --- a click ---------------------------------------------------------------------------

@pytest.mark.browser
def test_many_incidents_at_one_spot_open_as_an_index(sample_frames, open_map, tmp_path):
    incidents = sample_frames["incidents"]
    spot = Point(45.5, 40.3)
    rows = [incidents.iloc[[0]].assign(id=f"inc-{n}", date=f"2022-09-{10 + n:02d}",
                                       summary=f"Report number {n}", geometry=[spot])
            for n in range(6)]
    frames = dict(sample_frames, incidents=pd.concat(rows, ignore_index=True)
                  .set_geometry("geometry"))
    opened = open_map(write_map(make_result(frames), tmp_path / "map.html"))
    popup = squash(opened.click_feature("inc-3"))
    assert "6 incidents here" in popup.lower()
    page = opened.page
    lines = page.eval_on_selector_all(".leaflet-popup-content .gm-also-item > summary",
                                      "els => els.map(e => e.textContent)")
    assert len(lines) == 6 and "2022-09-10" in lines[0] and "2022-09-15" in lines[-1]
    # the first is open, the others one line each until clicked
    assert "Report number 0" in popup and "Report number 5" not in popup
    page.click(".leaflet-popup-content .gm-also-item:last-child > summary")
    # (waited for: on a loaded machine the popup may still be panning into view)
    page.wait_for_function("() => document.querySelector('.leaflet-popup-content')"
                           ".innerText.includes('Report number 5')", timeout=10_000)


@pytest.mark.browser
def test_a_click_on_a_town_is_about_the_town_and_lists_the_border_wide_incidents(
        sample_frames, open_map, tmp_path):
    incidents = sample_frames["incidents"]
    town = incidents.iloc[[0]].assign(id="inc-town", geo_precision=1,
                                      summary="Shelling hit the village",
                                      geometry=[Point(45.5, 40.3)])
    border = incidents.iloc[[0]].assign(id="inc-border", geo_precision=3,
                                        summary="Fire all along the border",
                                        geometry=[LineString([(45.0, 40.3), (46.0, 40.3)])])
    frames = dict(sample_frames, incidents=pd.concat([town, border], ignore_index=True)
                  .set_geometry("geometry"))
    opened = open_map(write_map(make_result(frames), tmp_path / "map.html"))
    popup = squash(opened.click_feature("inc-town"))
    assert "Shelling hit the village" in popup and "incidents here" not in popup.lower()
    assert "also here" in popup.lower()
    assert "Fire all along the border" not in popup      # one line, opened on a click
    opened.page.click(".gm-also-item summary")
    assert "Fire all along the border" in opened.page.inner_text(".leaflet-popup-content")
    assert opened.console_errors == []


@pytest.mark.browser
def test_a_month_date_reads_as_the_month_and_one_claim_has_no_number(sample_frames,
                                                                     open_map, tmp_path):
    incidents = sample_frames["incidents"].assign(date="2022-07-01", date_precision="month")
    frames = dict(sample_frames, incidents=incidents)
    opened = open_map(write_map(make_result(frames), tmp_path / "map.html"))
    popup = squash(opened.click_feature(incidents.id.iloc[0]))
    assert "July 2022" in popup and "2022-07-01" not in popup
    # a claim's own popup, as the map writes it
    style = opened.page.evaluate("""() => {
        const box = document.createElement("div");
        box.className = "leaflet-popup-content";
        box.innerHTML = geomap.claimPopup(geomap.allClaims[0]);
        document.body.appendChild(box);
        return getComputedStyle(box.querySelector("li")).listStyleType; }""")
    assert style == "none"


# --- a hover and a tap -----------------------------------------------------------------

@pytest.mark.browser
def test_a_month_date_reads_as_the_month_in_the_tooltip_too(sample_frames, open_map,
                                                            tmp_path):
    incidents = sample_frames["incidents"].assign(date="2022-07-01", date_precision="month")
    opened = open_map(write_map(make_result(dict(sample_frames, incidents=incidents)),
                                tmp_path / "map.html"))
    page = opened.page
    point = incidents.geometry.iloc[1]          # the meeting in Yerevan, a point
    page.evaluate("([lat, lon]) => geomap.map.setView([lat, lon], 9, {animate: false})",
                  [point.y, point.x])
    x, y = page.evaluate("""([lat, lon]) => {
        const p = geomap.map.latLngToContainerPoint([lat, lon]);
        const r = geomap.map.getContainer().getBoundingClientRect();
        return [r.left + p.x, r.top + p.y]; }""", [point.y, point.x])
    page.mouse.move(x + 40, y + 40)
    page.mouse.move(x, y)
    tip = page.wait_for_selector(".leaflet-tooltip", timeout=10_000).inner_text()
    assert tip.startswith("July 2022 · diplomatic"), tip


def visible_tooltips(page) -> list[str]:
    return page.evaluate("""() => [...document.querySelectorAll('.leaflet-tooltip')]
        .filter(t => t.offsetParent && getComputedStyle(t).opacity !== '0')
        .map(t => t.textContent)""")


@pytest.mark.browser
def test_a_tap_leaves_no_tooltip_behind(sample_result, chromium, tmp_path):
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
    x, y = page.evaluate(CENTRE_ON_FEATURE, "inc-2")
    page.mouse.move(x + 40, y + 40)
    page.mouse.move(x, y)
    tip = page.wait_for_selector(".leaflet-tooltip", timeout=10_000).inner_text()
    assert "diplomatic" in tip
