"""A claim by a claimant that is no state (claimant_country "") reads sensibly on the map:
its popup names the claimant with no country, and the legend and the summary list it
under "no state" with its name, never as an "unknown country"."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from geomap.model import BuildOptions
from geomap.render import build_map, write_map

from tests.render.conftest import squash

ARMY = "Nagorno-Karabakh Defense Army"
SAID = ("The Nagorno-Karabakh Defense Army said Azerbaijani forces had opened fire on its "
        "positions near Martakert.")


@pytest.fixture
def non_state_result(sample_frames):
    frames = {k: v.copy() for k, v in sample_frames.items()}
    claims = frames["claims"]
    claims.loc[0, ["claimant", "claimant_country", "text"]] = [ARMY, "", SAID]
    frames["incidents"].at[0, "claimants"] = [ARMY, "Ministry of Defense of Azerbaijan"]
    return SimpleNamespace(articles=(), **frames)


def test_legend_names_the_claimant_not_an_unknown_country(non_state_result):
    page = build_map(non_state_result, BuildOptions(title="Karabakh")).get_root().render()
    assert "unknown country" not in page
    legend = page.split('class="gm-panel gm-legend"')[1].split("</details>")[0]
    summary = page.split('class="gm-panel gm-summary-panel"')[1].split("</details>")[0]
    for panel in (legend, summary):
        assert panel.count(f"no state: {ARMY}") == 1


@pytest.mark.browser
def test_popup_and_legend_in_the_browser(non_state_result, open_map, tmp_path):
    path = write_map(non_state_result, tmp_path / "map.html", BuildOptions(title="Karabakh"))
    opened = open_map(path)
    assert opened.console_errors == [] and opened.blocked == []

    popup = squash(opened.click_feature("cl-1"))
    assert ARMY in popup and "asserts" in popup and SAID in popup
    assert "unknown" not in popup and "()" not in popup

    incident = squash(opened.click_feature("inc-1"))
    assert f"{ARMY} asserts" in incident               # no country between name and stance
    assert "Ministry of Defense of Azerbaijan Azerbaijan (AZ) denies" in incident

    legend = squash(opened.page.locator(".gm-legend").inner_text())
    summary = squash(opened.page.locator(".gm-summary-panel").inner_text())
    for text in (legend, summary):
        assert f"no state: {ARMY}" in text and "unknown country" not in text
    assert opened.console_errors == []
