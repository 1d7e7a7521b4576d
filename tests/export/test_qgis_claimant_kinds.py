"""The QGIS styles split the claims of claimants that are no state by their kind, as the
map's legend does: an armed group's claim and a monitor's each have their category and
colour, read back from QGIS itself for the GeoJSON and the GeoPackage."""

from __future__ import annotations

import json
import subprocess

import pytest

from geomap.export.styles import claim_key, layer_style
from geomap.palette import claimant_kinds, claimant_palette
from tests.claimant_kind_articles import build_kinds
from tests.export.test_qgis import PROBE, _environment, qgis_python  # noqa: F401

COLOURS = {k.key: k.colour for k in claimant_kinds()}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_kinds(tmp_path_factory.mktemp("kinds-qgis"))


@pytest.mark.parametrize("country, kind, stance, key", [
    ("", "armed group", "asserts", "armed group asserts"),
    (None, "monitor", "denies", "monitor denies"),
    ("", "de facto authority", "asserts", "de facto authority asserts"),
    ("", "", "asserts", "other asserts"),          # a claimant of no state, kind unknown
    ("", "state", "asserts", "other asserts"),     # (no state's claim is a state's)
    ("AM", "state", "denies", "AM denies"),
    ("IR", "media", "asserts", "IR asserts"),      # a country's agency: the country's
])
def test_claim_key_by_kind(country, kind, stance, key):
    assert claim_key(country, stance, (), kind) == key


def test_the_style_has_a_category_per_kind(built):
    result, _ = built
    style = layer_style("claims", result.claims, lists_as_arrays=True)
    labels = {c.value: c.label for c in style.categories}
    assert labels["armed group asserts"] == "armed groups – asserts"
    assert labels["monitor denies"] == "monitors – denies"
    assert labels["AM asserts"] == "AM – asserts"
    assert '"claimant_kind"' in style.attribute


@pytest.mark.qgis
def test_qgis_draws_each_kind_in_its_colour(built, qgis_python, tmp_path):  # noqa: F811
    _, out = built
    run = subprocess.run([qgis_python, str(PROBE), str(out)], capture_output=True,
                         text=True, timeout=300, env=_environment(tmp_path))
    assert run.returncode == 0, run.stderr[-2000:]
    report = json.loads(run.stdout)
    features = json.loads((out / "claims.geojson").read_text(encoding="utf-8"))["features"]
    ids = {f["properties"]["claimant"]: f["properties"]["id"] for f in features}
    expected = {ids["Taliban"]: COLOURS["armed group"],
                ids["EU Mission in Armenia"]: COLOURS["monitor"],
                ids["Ministry of Defense of Armenia"]: claimant_palette(["AM"])["AM"]}
    for source in ("geojson", "gpkg"):
        seen = report[source]["claims"]["feature_colours"]
        assert seen == {k: v.lower() for k, v in expected.items()}, source
