"""``geomap build`` as a user sees the overlays: the connectivity figure it prints, and
``--overlay`` files (GeoJSON and definition YAML) through the whole pipeline."""

from __future__ import annotations

import json

import pytest

from geomap.cli.main import cli

pytestmark = pytest.mark.slow

ARTICLE = ("Azerbaijan's defense ministry said its forces along the border with Armenia came "
           "under fire on Sunday. Armenia's defense ministry denied it.")


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "fire.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return str(path)


def build(runner, *args):
    return runner.invoke(cli, ["build", *args, "--format", "geojson"])


def test_build_prints_the_corridor_and_connectivity_figures(runner, article, tmp_path):
    result = build(runner, article, "--published", "2022-10-17", "--out", str(tmp_path / "o"))
    assert result.exit_code == 0, result.output
    assert "Armenia–Iran border: 35.4 km as drawn" in result.output
    assert "connectivity: severed: 0.0 of 35.4 km of the Armenia–Iran border" in result.output
    overlays = json.loads((tmp_path / "o" / "overlays.geojson").read_text(encoding="utf-8"))
    corridor = next(f["properties"] for f in overlays["features"]
                    if f["properties"]["kind"] == "corridor")
    assert corridor["connectivity"].startswith("severed")


def test_a_build_far_from_the_corridor_does_not_print_its_figures(runner, tmp_path):
    path = tmp_path / "ladakh.txt"
    path.write_text("NEW DELHI, June 30 – Chinese and Indian troops clashed near Yangtse on "
                    "Friday, the Indian Army said.", encoding="utf-8")
    result = build(runner, str(path), "--published", "2023-06-30", "--out", str(tmp_path / "o"))
    assert result.exit_code == 0, result.output
    assert "corridor" not in result.output and "Armenia–Iran" not in result.output
    overlays = json.loads((tmp_path / "o" / "overlays.geojson").read_text(encoding="utf-8"))
    assert "corridor" in {f["properties"]["kind"] for f in overlays["features"]}  # still drawn


def test_user_overlays_reach_the_outputs(runner, article, tmp_path):
    line = tmp_path / "line.geojson"
    line.write_text(json.dumps({"type": "Feature", "properties": {
        "id": "ceasefire", "name": "Line of contact", "kind": "ceasefire line"},
        "geometry": {"type": "LineString", "coordinates": [[46.5, 39.5], [46.5, 39.6]]}}),
        encoding="utf-8")
    route = tmp_path / "route.yaml"
    route.write_text("id: route-north\nname: Northern route\nkind: route\nstatus: proposed\n"
                     "waypoints:\n  - {name: Ijevan, country_code: AM}\n"
                     "  - {name: Yerevan, country_code: AM}\n", encoding="utf-8")
    out = tmp_path / "o"
    result = build(runner, article, "--published", "2022-10-17", "--out", str(out),
                   "--overlay", str(line), "--overlay", str(route))
    assert result.exit_code == 0, result.output
    features = json.loads((out / "overlays.geojson").read_text(encoding="utf-8"))["features"]
    by_id = {f["properties"]["id"]: f for f in features}
    assert by_id["ceasefire"]["properties"]["kind"] == "ceasefire line"
    assert 60 < by_id["route-north"]["properties"]["length_km"] < 120   # Ijevan–Yerevan


@pytest.mark.parametrize("name, text, fragment", [
    ("broken.geojson", '{"type": "FeatureCollection", "features": [', "not valid JSON"),
    ("broken.yaml", "waypoints:\n  - {name: Qxzvyrnbad}\n  - {name: Yerevan}\n",
     "waypoint 'Qxzvyrnbad'"),
])
def test_a_broken_overlay_is_one_line_naming_the_file(runner, article, tmp_path, name, text,
                                                      fragment):
    bad = tmp_path / name
    bad.write_text(text, encoding="utf-8")
    result = build(runner, article, "--published", "2022-10-17", "--out",
                   str(tmp_path / "o"), "--overlay", str(bad))
    assert result.exit_code == 1
    assert name in result.output and fragment in result.output
    assert not (tmp_path / "o" / "overlays.geojson").exists()
