"""The map's search box and the legend's filters, used as an analyst would: map.html
opened from disk in headless Chromium, a name typed, a row of the legend unticked, and
what the page then shows read back."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pandas as pd
import pytest

from geomap.model import BuildOptions
from geomap.render import write_map
from geomap.render.features import place_collection
from tests.render.conftest import make_result, squash

#: three reports: shelling of Sotk and Jermuk (one side denies), fire near Kalbajar (the
#: article writes "Karvachar"), a meeting in Astana; "on Tuesday", "on Sunday" and "on
#: Thursday" of the week before 2022-09-14
ARTICLES = {
    "sotk.txt": "Armenia's defence ministry said Azerbaijani forces shelled Sotk and Jermuk "
                "on Tuesday, killing 49 Armenian servicemen. Azerbaijan's defence ministry "
                "denied the report and said Armenian units had opened fire first.",
    "karvachar.txt": "Azerbaijan's defence ministry said Armenian forces fired on its "
                     "positions near Karvachar on Sunday. No casualties were reported.",
    "astana.txt": "Iranian President Ebrahim Raisi met Azerbaijani President Ilham Aliyev "
                  "in Astana on Thursday to discuss transit routes.",
}
SOTK = (40.20007, 45.86951)
SHELLING = "Explosions/Remote violence"


@pytest.fixture(scope="module")
def search_map(tmp_path_factory):
    """map.html of the three reports, built once for the module."""
    import geomap

    folder = tmp_path_factory.mktemp("search")
    paths = []
    for name, body in ARTICLES.items():
        (folder / name).write_text(body, encoding="utf-8")
        paths.append(str(folder / name))
    result = geomap.build(paths, BuildOptions(published=dt.date(2022, 9, 14)))
    assert set(result.incidents["event_type"]) == {SHELLING, "Battles", "diplomatic"}
    return write_map(result, folder / "map.html")


def search(page, query: str):
    """Puts ``query`` into the search box (as typing or pasting does) and waits for its
    list. The box is emptied first, which closes the list: a list still open would be the
    last query's."""
    from playwright.sync_api import expect

    box, listed = page.locator(".gm-search-input"), page.locator(".gm-search-list")
    box.fill("")
    expect(listed).to_be_hidden()
    box.fill(query)
    expect(listed).to_be_visible()
    return listed


def first_option(page, query: str, expected: str) -> str:
    from playwright.sync_api import expect

    listed = search(page, query)
    expect(listed.locator(".gm-opt").first).to_contain_text(expected)
    return squash(listed.locator(".gm-opt").first.inner_text())


def on_screen(page, lat, lon) -> tuple[float, float]:
    """Where ``lat``, ``lon`` is drawn, relative to the map's centre (pixels)."""
    return tuple(page.evaluate("""([lat, lon]) => {
        const m = geomap.map, p = m.latLngToContainerPoint([lat, lon]),
              size = m.getSize();
        return [p.x - size.x / 2, p.y - size.y / 2];
    }""", [lat, lon]))


#: incidents (or claims) drawn now: the features behind the elements in their pane
DRAWN = """(kind) => {
    const pane = document.querySelector('.leaflet-gm-' + kind + '-pane');
    const keys = new Set();
    pane.querySelectorAll('[class*="gm-k-"]').forEach(el => {
        const m = /gm-k-(\\d+)/.exec(el.getAttribute('class'));
        keys.add(geomap.feats[+m[1]].key);
    });
    return keys.size;
}"""


# --- search ------------------------------------------------------------------------------

@pytest.mark.browser
def test_search_finds_a_place_as_written_canonical_or_by_another_name(search_map,
                                                                      open_map):
    opened = open_map(search_map)
    page = opened.page
    for query, place in [("Sotk", "Sotk"), ("sotk", "Sotk"), ("SOT", "Sotk"),
                         ("Zod", "Sotk"),             # the gazetteer's other name
                         ("Karvachar", "Kalbajar"),   # as the article writes it
                         ("kalbajar", "Kalbajar"),    # canonical
                         ("Kəlbəcər", "Kalbajar"), ("Kelbecer", "Kalbajar"),
                         ("kelb", "Kalbajar")]:
        assert first_option(page, query, place).startswith(place), query

    first_option(page, "Sotk", "Sotk")
    page.press(".gm-search-input", "Enter")
    popup = page.wait_for_selector(".leaflet-popup-content", timeout=10_000)
    assert "Sotk" in popup.inner_text() and "village" in popup.inner_text()
    assert "1 incident naming it" in squash(popup.inner_text()).lower()
    x, y = on_screen(page, *SOTK)
    assert abs(x) < 150 and abs(y) < 150, (x, y)
    assert page.evaluate("geomap.map.getZoom()") >= 11
    assert page.locator(".gm-search-list").is_hidden()
    assert opened.console_errors == [] and opened.blocked == []


@pytest.mark.browser
def test_search_finds_incidents_and_claimants_from_the_keyboard(search_map, open_map):
    opened = open_map(search_map)
    page = opened.page
    listed = search(page, "shelled")
    option = squash(listed.locator(".gm-opt-incidents").first.inner_text())
    assert "2022-09-13" in option and SHELLING in option and "Sotk" in option
    assert listed.locator(".gm-opt-incidents mark").first.inner_text() == "shelled"
    page.press(".gm-search-input", "ArrowDown")
    page.press(".gm-search-input", "ArrowUp")
    page.press(".gm-search-input", "Enter")
    popup = squash(page.wait_for_selector(".leaflet-popup-content").inner_text())
    assert SHELLING in popup and "2022-09-13" in popup and "Sotk" in popup
    assert "Ministry of Defense of Azerbaijan" in popup  # its claims, the denial too

    listed = search(page, "defense of azer")
    claimant = listed.locator(".gm-opt-claimants").first
    assert "Ministry of Defense of Azerbaijan" in claimant.inner_text()
    assert "2 claims, 1 denying" in squash(claimant.inner_text())
    claimant.click()
    page.wait_for_function("() => /2 claims by/i.test(document.querySelector("
                           "'.leaflet-popup-content').textContent)")
    popup = squash(page.inner_text(".leaflet-popup-content"))
    assert "asserts" in popup and "denies" in popup

    search(page, "Sotk")
    page.press(".gm-search-input", "Escape")        # closes the list
    assert page.locator(".gm-search-list").is_hidden()
    assert page.input_value(".gm-search-input") == "Sotk"
    page.press(".gm-search-input", "Escape")        # then empties the box
    assert page.input_value(".gm-search-input") == ""

    page.locator(".gm-legend summary").focus()
    page.keyboard.press("/")                         # "/" comes back to the box
    assert page.evaluate("document.activeElement.className") == "gm-search-input"
    listed = search(page, "nowhere at all")
    assert "Nothing found" in listed.inner_text()
    assert opened.console_errors == []


@pytest.mark.browser
@pytest.mark.parametrize("viewport", [(1366, 800), (800, 600)])
def test_the_search_box_covers_no_panel(search_map, open_map, viewport):
    page = open_map(search_map, viewport=viewport).page
    boxes = page.evaluate("""() => {
        const box = (sel) => { const r = document.querySelector(sel).getBoundingClientRect();
            return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; };
        return {search: box('.gm-search'), legend: box('.gm-legend'),
                summary: box('.gm-summary-panel'), layers: box('.leaflet-control-layers'),
                zoom: box('.leaflet-control-zoom'), slider: box('.leaflet-timeline-control'),
                minimap: box('.leaflet-control-minimap')};
    }""")
    search_box = boxes.pop("search")
    assert search_box["right"] <= viewport[0] and search_box["bottom"] < 60
    for name, other in boxes.items():
        apart = (search_box["right"] <= other["left"] or other["right"] <= search_box["left"]
                 or search_box["bottom"] <= other["top"]
                 or other["bottom"] <= search_box["top"])
        assert apart, (name, search_box, other)


# --- filters -----------------------------------------------------------------------------

@pytest.mark.browser
def test_legend_filters_hide_markers_and_the_summary_counts_what_is_shown(search_map,
                                                                         open_map):
    opened = open_map(search_map)
    page = opened.page
    summary = lambda: squash(page.inner_text(".gm-summary-panel"))  # noqa: E731
    drawn = lambda kind: page.evaluate(DRAWN, kind)  # noqa: E731
    assert (drawn("incidents"), drawn("claims")) == (3, 3)
    assert "3 incidents, 3 claims" in summary() and "Hidden" not in summary()

    layers = lambda: squash(page.inner_text(".leaflet-control-layers-overlays"))  # noqa: E731
    assert "Incidents (3) Claims (3)" in layers()
    page.click(f".gm-legend li:has(input[value='{SHELLING}']) label")
    assert drawn("incidents") == 2
    assert drawn("claims") == 1      # the shelling's two claims go with it
    assert "Incidents (2 of 3) Claims (1 of 3)" in layers()
    shown = summary()
    assert "2 incidents, 1 claim," in shown and "in all 3 incidents, 3 claims" in shown
    assert f"Hidden: incidents of type {SHELLING}." in shown
    assert SHELLING not in shown.split("INCIDENTS BY TYPE")[1]

    # with the time slider: up to Sunday 2022-09-11 the meeting and the fire near Kalbajar
    slider = page.locator(".leaflet-timeline-control input[type=range]")
    slider.evaluate("(el) => { el.value = Date.UTC(2022, 8, 8); "
                    "el.dispatchEvent(new Event('input')); }")
    assert drawn("incidents") == 1 and "1 incident, 0 claims" in summary()
    slider.evaluate("(el) => { el.value = el.max; el.dispatchEvent(new Event('input')); }")
    assert drawn("incidents") == 2

    page.click(".gm-show-all")
    assert (drawn("incidents"), drawn("claims")) == (3, 3)
    assert "3 incidents, 3 claims" in summary() and "Hidden" not in summary()
    assert page.locator(".gm-legend input.gm-check:not(:checked)").count() == 0

    # a stance: only the denials
    row = page.locator(".gm-legend li:has(input[value=denies])")
    row.hover()
    row.locator(".gm-only").click()
    assert (drawn("incidents"), drawn("claims")) == (3, 1)
    assert "claims that assert" in summary()
    # a claimant country, from the keyboard
    page.focus(".gm-legend input[value=AZ]")
    page.keyboard.press("Space")
    assert drawn("claims") == 0 and "claims by Azerbaijan" in summary()
    assert opened.console_errors == []


@pytest.mark.browser
def test_a_filter_closes_the_popup_of_what_it_hides(search_map, open_map):
    from playwright.sync_api import expect

    opened = open_map(search_map)
    page = opened.page
    search(page, "shelled")
    page.press(".gm-search-input", "Enter")
    assert SHELLING in page.wait_for_selector(".leaflet-popup-content").inner_text()
    page.click(".gm-legend li:has(input[value=Battles]) label")    # another type: stays
    assert page.locator(".leaflet-popup-content").count() == 1
    page.click(f".gm-legend li:has(input[value='{SHELLING}']) label")
    expect(page.locator(".leaflet-popup-content")).to_have_count(0)  # after its fade
    assert opened.console_errors == []


@pytest.mark.browser
def test_filters_work_on_a_map_without_dates(sample_frames, open_map, tmp_path):
    frames = {k: v.copy() for k, v in sample_frames.items()}
    frames["incidents"]["date"] = None
    frames["claims"]["date"] = None
    opened = open_map(write_map(SimpleNamespace(articles=(), **frames), tmp_path / "map.html"))
    page = opened.page
    assert page.locator(".leaflet-timeline-control").count() == 0   # no slider
    held = "() => [geomap.groups.incidents.getLayers().length, " \
           "geomap.groups.claims.getLayers().length]"
    assert page.evaluate(held) == [2, 2]
    page.click(".gm-legend li:has(input[value=Battles]) label")
    assert page.evaluate(held) == [1, 0]
    summary = squash(page.inner_text(".gm-summary-panel"))
    assert "1 incident, 0 claims" in summary and "Hidden: incidents of type Battles" in summary
    page.click(".gm-show-all")
    assert page.evaluate(held) == [2, 2]
    assert opened.console_errors == []


def clustered_result(sample_frames) -> SimpleNamespace:
    """400 incidents, battles and meetings in turn, clustered."""
    from shapely.geometry import Point

    inc = sample_frames["incidents"]
    n = 400
    rows = pd.concat([inc.iloc[[0, 1]]] * (n // 2), ignore_index=True)
    rows["id"] = [f"inc-{i}" for i in range(n)]
    rows["geometry"] = [Point(44.6 + (i % 20) / 12, 39.4 + (i // 20) / 14) for i in range(n)]
    return SimpleNamespace(articles=(), **dict(
        sample_frames, incidents=rows.set_geometry("geometry"),
        claims=sample_frames["claims"].iloc[0:0]))


@pytest.mark.browser
def test_filters_recount_the_clusters(sample_frames, open_map, tmp_path):
    from geomap.palette import palette

    meeting = palette()["event_type"]["diplomatic"]
    opened = open_map(write_map(clustered_result(sample_frames), tmp_path / "map.html"))
    page = opened.page
    rings = f".gm-cluster-incidents circle[stroke='{meeting}']"
    held = "() => geomap.groups.incidents.getLayers().length"
    assert page.locator(".gm-cluster-incidents").count() > 3
    assert page.locator(rings).count() > 0 and page.evaluate(held) == 400
    page.click(".gm-legend li:has(input[value=diplomatic]) label")
    assert page.evaluate(held) == 200
    assert page.locator(rings).count() == 0        # no cluster counts a meeting now
    total = page.evaluate("""() => Array.from(document.querySelectorAll(
        '.gm-cluster-incidents text')).reduce((n, t) => n + Number(t.textContent), 0)""")
    assert 0 < total <= 200
    assert "200 incidents" in squash(page.inner_text(".gm-summary-panel"))
    assert opened.console_errors == []


# --- hostile text ------------------------------------------------------------------------

@pytest.mark.browser
def test_hostile_text_stays_text_in_the_search_list_and_the_filter_note(
        hostile_result, payloads, open_map, tmp_path):
    frames = {k: getattr(hostile_result, k) for k in ("places", "incidents", "claims",
                                                      "overlays")}
    frames["incidents"] = frames["incidents"].copy()
    frames["incidents"].loc[1, "event_type"] = payloads["place"]
    result = SimpleNamespace(articles=hostile_result.articles, **frames)
    opened = open_map(write_map(result, tmp_path / "map.html"))
    page = opened.page
    pwned = "() => window.__geomap_pwned === undefined"

    listed = search(page, "onerror")
    assert payloads["place"] in listed.inner_text()     # shown as the text it is
    assert listed.locator("img, script, svg, iframe").count() == 0
    page.press(".gm-search-input", "Enter")
    page.wait_for_selector(".leaflet-popup-content")

    listed = search(page, "script")                   # the summary's <script>
    assert "<script>" in listed.inner_text()
    listed.locator(".gm-opt-incidents").first.click()
    page.wait_for_selector(".leaflet-popup-content")

    # what the user types is no HTML either
    typed = '<img src=x onerror="window.__geomap_pwned=\'query\'">'
    listed = search(page, typed)
    assert typed in listed.inner_text() and listed.locator("img").count() == 0

    # the event type the payload names: after the palette's types in the legend
    page.locator(".gm-legend ul").first.locator("li.gm-filter").nth(1).locator(
        "label").click()
    note = page.locator(".gm-sum-filter")
    assert payloads["place"] in note.inner_text()
    assert page.locator(".gm-summary-panel img").count() == 0
    page.wait_for_timeout(200)                        # an onerror would have fired
    assert page.evaluate(pwned)
    assert [e for e in opened.console_errors if "pwned" in e] == []


# --- the data behind it ------------------------------------------------------------------

def test_places_carry_the_gazetteers_other_names(sample_frames):
    places = sample_frames["places"].copy()
    places.loc[0, "id"] = "gn:586268"     # Kalbajar
    props = {f["properties"]["name"]: f["properties"]
             for f in place_collection(places)["features"]}
    assert {"Karvachar", "Kəlbəcər", "Kelbajar"} <= set(props["Lachin"]["aliases"])
    assert props["Yerevan"]["aliases"] is None or "Yerevan" not in props["Yerevan"]["aliases"]


@pytest.mark.browser
def test_the_filters_live_in_the_address_and_survive_a_reload(search_map, open_map):
    opened = open_map(search_map)
    page = opened.page
    drawn = lambda kind: page.evaluate(DRAWN, kind)  # noqa: E731
    page.click(f".gm-legend li:has(input[value='{SHELLING}']) label")
    assert drawn("incidents") == 2
    assert page.url.endswith("#hide=event_type:Explosions%2FRemote%20violence")

    page.reload()
    page.wait_for_function("window.geomap && window.geomap.ready === true")
    assert drawn("incidents") == 2 and drawn("claims") == 1
    assert not page.is_checked(f".gm-legend input[value='{SHELLING}']")
    assert "Hidden: incidents of type" in page.inner_text(".gm-summary-panel")

    page.click(".gm-show-all")
    assert "#" not in page.url and drawn("incidents") == 3

    # an address naming no row, or written to inject, hides nothing and runs nothing
    page.evaluate("location.hash = '#hide=event_type:%3Cimg%20src%3Dx%20onerror%3D"
                  "window.__geomap_pwned%3D1%3E;nonsense;stance:denies'")
    page.wait_for_function("!document.querySelector(\".gm-legend input[value=denies]\")"
                           ".checked")
    assert drawn("incidents") == 3 and drawn("claims") == 2
    assert page.evaluate("window.__geomap_pwned") is None
    assert opened.console_errors == []


@pytest.mark.browser
def test_an_address_without_filters_shows_everything_again(sample_frames, open_map, tmp_path):
    incidents = sample_frames["incidents"].assign(stances="asserts and denies")
    frames = dict(sample_frames, incidents=incidents)
    opened = open_map(write_map(make_result(frames), tmp_path / "map.html"))
    page = opened.page
    page.evaluate("() => { location.hash = '#hide=standing:disputed'; }")
    page.wait_for_function("() => document.querySelector('.gm-sum-filter:not([hidden])')")
    assert "incidents disputed" in page.inner_text(".gm-sum-filter")
    page.evaluate("() => { location.hash = ''; }")         # as Back to the first address
    page.wait_for_function("() => document.querySelector('.gm-sum-filter[hidden]')")
    assert page.is_checked('.gm-legend input[value="disputed"]')
