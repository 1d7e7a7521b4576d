"""Claims say what kind of claimant each is, and the map's legend splits its "no state" row
by that kind: unticking armed groups hides the Taliban's claim and leaves the EU monitors'.

Three reports built with the real gazetteer, written to every output, and map.html opened
in headless Chromium as an analyst would."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from geomap.model import BuildOptions

from tests.render.conftest import squash
from tests.claimant_kind_articles import build_kinds

TALIBAN, EUMA, MOD = "Taliban", "EU Mission in Armenia", "Ministry of Defense of Armenia"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_kinds(tmp_path_factory.mktemp("kinds"))[1]


def claims_by_claimant(out) -> dict:
    features = json.loads((out / "claims.geojson").read_text(encoding="utf-8"))["features"]
    return {f["properties"]["claimant"]: f for f in features}


def test_claims_say_what_kind_of_claimant_speaks(built):
    import geopandas as gpd

    claims = claims_by_claimant(built)
    kinds = {name: (f["properties"]["claimant_country"], f["properties"]["claimant_kind"])
             for name, f in claims.items()}
    assert kinds == {TALIBAN: ("", "armed group"), EUMA: ("", "monitor"), MOD: ("AM", "state")}
    # every claim is drawn, so that the map's filters have something to hide
    assert all(f["geometry"] is not None for f in claims.values())
    stored = gpd.read_file(built / "geomap.gpkg", layer="claims")
    assert dict(zip(stored["claimant"], stored["claimant_kind"])) == {
        TALIBAN: "armed group", EUMA: "monitor", MOD: "state"}


#: one report each of a news agency, a de facto authority and the army of one
MORE = {
    "apa.txt": "Armenian forces fired on Azerbaijani positions near Kalbajar on Sunday, APA "
               "news agency reported.",
    "so.txt": "South Ossetia's de facto authorities said Georgian police had detained two "
              "residents near Ergneti on Monday.",
    "nk.txt": "The Nagorno-Karabakh Defense Army said Azerbaijani forces had opened fire on "
              "its positions near Martakert on Wednesday.",
}


def test_agencies_and_de_facto_authorities_have_their_kind(tmp_path):
    """A news agency's claim is media, yet counted with its country's; a de facto
    authority's and the Karabakh army's each in its kind's row."""
    import geomap

    for name, body in MORE.items():
        (tmp_path / name).write_text(body, encoding="utf-8")
    result = geomap.build([tmp_path / name for name in MORE],
                          BuildOptions(published=dt.date(2022, 8, 4)))
    geomap.write_outputs(result, tmp_path / "out")
    kinds = {name: (f["properties"]["claimant_country"], f["properties"]["claimant_kind"])
             for name, f in claims_by_claimant(tmp_path / "out").items()}
    assert kinds == {"APA news agency": ("AZ", "media"),
                     "South Ossetia de facto authorities": ("", "de facto authority"),
                     "Nagorno-Karabakh Defense Army": ("", "armed group")}
    legend, _ = panels((tmp_path / "out" / "map.html").read_text(encoding="utf-8"))
    rows = dict(re.findall(r'data-gm-filter="claimant_country" value="([^"]*)">.*?'
                           r"<span>(.*?)</span>", legend, re.S))
    assert rows == {"AZ": "Azerbaijan",
                    "de facto authority": "de facto authorities: South Ossetia de facto "
                                          "authorities",
                    "armed group": "armed groups: Nagorno-Karabakh Defense Army"}


def panels(page: str) -> tuple[str, str]:
    legend = page.split('class="gm-panel gm-legend"')[1].split("</details>")[0]
    summary = page.split('class="gm-panel gm-summary-panel"')[1].split("</details>")[0]
    return legend, summary


def test_the_legend_and_the_summary_have_a_row_per_kind(built):
    legend, summary = panels((built / "map.html").read_text(encoding="utf-8"))
    rows = dict(re.findall(r'data-gm-filter="claimant_country" value="([^"]*)">.*?'
                           r"<span>(.*?)</span>", legend, re.S))
    assert rows == {"AM": "Armenia", "armed group": f"armed groups: {TALIBAN}",
                    "monitor": f"monitors: {EUMA}"}
    for panel in (legend, summary):
        assert "no state" not in panel and "unknown country" not in panel
    text = squash(re.sub(r"<[^>]+>", " ", summary))
    assert f"armed groups: {TALIBAN} 1" in text and f"monitors: {EUMA} 1" in text


def test_each_kind_has_its_own_neutral_colour(built):
    from geomap.palette import claimant_kinds, palette

    colours = {k.key: k.colour for k in claimant_kinds()}
    assert len(set(colours.values())) == len(colours)
    assert not set(colours.values()) & set(palette()["claimant_country"].values())
    legend, _ = panels((built / "map.html").read_text(encoding="utf-8"))
    for key in ("armed group", "monitor"):
        row = legend.split(f'value="{key}">')[1].split("</li>")[0]
        assert f'fill="{colours[key]}"' in row


#: the claimants of the claims the claims layer draws
DRAWN_CLAIMANTS = """() => {
    const pane = document.querySelector('.leaflet-gm-claims-pane');
    const names = new Set();
    pane.querySelectorAll('[class*="gm-k-"]').forEach(el => {
        const m = /gm-k-(\\d+)/.exec(el.getAttribute('class'));
        names.add(geomap.feats[+m[1]].props.claimant);
    });
    return [...names].sort();
}"""


@pytest.mark.browser
def test_unticking_armed_groups_hides_the_taliban_not_the_monitors(built, open_map):
    opened = open_map(built / "map.html")
    page = opened.page
    drawn = lambda: page.evaluate(DRAWN_CLAIMANTS)  # noqa: E731
    # the claims layer is shown when its claims are not clustered
    assert drawn() == sorted([EUMA, MOD, TALIBAN])

    page.click(".gm-legend li:has(input[value='armed group']) label")
    assert drawn() == sorted([EUMA, MOD])
    summary = squash(page.inner_text(".gm-summary-panel"))
    assert f"Hidden: claims by armed groups: {TALIBAN}." in summary
    assert page.url.endswith("#hide=claimant_country:armed%20group")

    # the address keeps the filter
    page.reload()
    page.wait_for_function("window.geomap && window.geomap.ready === true")
    assert drawn() == sorted([EUMA, MOD])
    assert not page.is_checked(".gm-legend input[value='armed group']")

    # "only" on the monitors' row leaves their claim alone
    row = page.locator(".gm-legend li:has(input[value=monitor])")
    row.hover()
    row.locator(".gm-only").click()
    assert drawn() == [EUMA]
    assert opened.console_errors == []


@pytest.mark.browser
def test_the_popup_names_the_kind_of_a_claimant_of_no_state(built, open_map):
    opened = open_map(built / "map.html")
    claim_id = claims_by_claimant(built)[TALIBAN]["properties"]["id"]
    popup = squash(opened.click_feature(claim_id))
    assert f"{TALIBAN} armed group asserts" in popup
    assert opened.console_errors == []


def test_a_states_own_agency_speaks_as_the_state(tmp_path):
    """ANAMA, Azerbaijan's mine action agency, reports what it does: no media."""
    import datetime as dt

    import geomap
    from geomap.model import BuildOptions

    article = tmp_path / "mine.txt"
    article.write_text("BAKU, June 3 – An Azerbaijani civilian was wounded when a landmine "
                       "exploded near the village of Sarijali in Aghdam district on Monday, "
                       "ANAMA said in a statement.\n", encoding="utf-8")
    claims = geomap.build([str(article)], BuildOptions(published=dt.date(2024, 6, 4))).claims
    assert list(zip(claims.claimant, claims.claimant_kind)) == [
        ("ANAMA (mine action agency)", "state")]
