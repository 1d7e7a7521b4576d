"""``geomap build ../shared/seeds/seeds.json``: places.geojson holds every place of
expected.json within its tolerance and none of its not_places."""

from __future__ import annotations

import json

import pytest

from geomap.cli.main import cli

from gazetteer_helpers import distance_km


@pytest.fixture(scope="module")
def seed_places(seeds_dir, tmp_path_factory) -> list[dict]:
    """The features of places.geojson of a seeds build (built once for this module)."""
    from click.testing import CliRunner
    out = tmp_path_factory.mktemp("seeds") / "out"
    result = CliRunner().invoke(cli, ["build", str(seeds_dir / "seeds.json"), "--out",
                                      str(out), "--format", "geojson"])
    assert result.exit_code == 0, result.output
    return json.loads((out / "places.geojson").read_text(encoding="utf-8"))["features"]



def matching(features: list[dict], place: dict) -> list[dict]:
    """The features that could be ``place`` of expected.json: mentioned as written in
    its article (or so named), in its country."""
    found = []
    for feature in features:
        props = feature["properties"]
        named = place["name"] in props["mentions"] or props["name"] == place["name"]
        if named and place["file"] in props["articles"] \
                and props["country_code"] == place["country_code"]:
            found.append(feature)
    return found


def test_every_expected_place_is_found_within_its_tolerance(seed_places, expected):
    missing = []
    for place in expected["places"]:
        candidates = matching(seed_places, place)
        if "kind" in place:
            ok = any(f["properties"]["kind"] == place["kind"] for f in candidates)
        else:
            ok = any(distance_km(f["geometry"]["coordinates"][1],
                                 f["geometry"]["coordinates"][0], place["lat"],
                                 place["lon"]) <= place["tolerance_km"] for f in candidates)
        if not ok:
            missing.append((place["name"], place["file"],
                            [(f["properties"]["name"], f["geometry"]["coordinates"])
                             for f in candidates]))
    assert not missing, missing


def test_no_word_of_not_places_is_a_place(seed_places, expected):
    for feature in seed_places:
        props = feature["properties"]
        written = {props["name"], *props["mentions"]}
        assert not written & set(expected["not_places"]), props


def test_the_organisation_name_holds_no_continent(seed_places):
    # "Conference on Interaction and Confidence Building Measures in Asia (CICA)"
    assert "Asia" not in {f["properties"]["name"] for f in seed_places}


def test_every_place_of_the_seeds_lies_where_reporting_of_the_region_reaches(seed_places):
    """No namesake from across the world: every town and region is in Europe or Asia
    (countries have no namesakes; "Armenia-US joint drill" names the United States)."""
    for feature in seed_places:
        if feature["properties"]["kind"] == "country":
            continue
        lon, lat = feature["geometry"]["coordinates"]
        assert 10 < lon < 110 and 30 < lat < 70, feature["properties"]


def test_a_country_named_by_its_abbreviation_is_a_place(seed_places):
    """"US forces", "Armenia-US joint drill": the United States, at its country point."""
    united_states = [f for f in seed_places if f["properties"]["id"] == "cc:US"]
    assert united_states and "US" in united_states[0]["properties"]["mentions"]
