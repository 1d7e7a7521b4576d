"""The committed boundary set (gazetteer/boundaries.gpkg) and its build script."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import shapely
from geopandas.testing import assert_geodataframe_equal

from geomap.geometry import Boundaries, load_boundaries, pair_key
from geomap.geometry.boundaries import LAYERS
from geomap.geometry.measure import length_km

ROOT = Path(__file__).resolve().parents[2]
NATURAL_EARTH = ROOT.parent / "shared" / "data" / "natural-earth"


def test_loaded_once(boundaries):
    assert load_boundaries() is boundaries
    assert isinstance(boundaries, Boundaries)


@pytest.mark.parametrize("layer, columns", [
    ("countries", ["iso_a2", "iso_a3", "name"]),
    ("borders", ["countries", "name", "section"]),
    ("rivers", ["name", "kind"]),
    ("lakes", ["name", "kind"]),
    ("disputed", ["key", "name", "kind", "country", "note"]),
    ("world", ["iso_a2", "name"]),
])
def test_layers(boundaries, layer, columns):
    gdf = getattr(boundaries, layer)
    assert list(gdf.columns) == columns + ["geometry"]
    assert gdf.crs == "EPSG:4326"
    assert len(gdf) and gdf.geometry.is_valid.all()


@pytest.mark.parametrize("layer, name", [
    ("countries", "Armenia"), ("rivers", "Aras"), ("lakes", "Lake Sevan"),
    ("disputed", "Nagorno-Karabakh"),
])
def test_base_layer_features(boundaries, layer, name):
    assert name in set(getattr(boundaries, layer).name)


@pytest.mark.parametrize("a, b, section, km, tolerance", [
    ("IR", "AM", None, 35.4, 0.1),
    ("AM", "AZ", None, 753.9, 0.5),
    ("AM", "AZ", "main", 545.9, 0.5),
    ("AM", "AZ", "Nakhchivan", 208.0, 0.5),
    ("AZ", "IR", "Nakhchivan", 167.8, 0.5),
    ("AZ", "TR", "Nakhchivan", 7.6, 0.2),
])
def test_border_lengths_as_drawn(boundaries, a, b, section, km, tolerance):
    assert length_km(boundaries.border(a, b, section)) == pytest.approx(km, abs=tolerance)


def test_border_keys_and_lookups(boundaries):
    assert pair_key("IR", "am") == "AM-IR"
    assert set(boundaries.borders.countries) >= {"AM-AZ", "AM-IR", "AZ-IR", "AM-TR", "AM-GE"}
    assert boundaries.border("AM", "IQ") is None
    assert boundaries.neighbours("AM") == ("AZ", "GE", "IR", "TR")
    assert boundaries.country("XX") is None
    assert boundaries.area("country:AM").equals(boundaries.country("AM"))
    assert boundaries.area("area:nagorno-karabakh").geom_type == "Polygon"
    assert boundaries.area("lake:lake sevan") is not None
    assert boundaries.area("river:Aras").geom_type == "LineString"
    assert boundaries.area("area:atlantis") is None


def test_world_layer_is_the_base_map_beyond_the_region(boundaries):
    """The world's countries lie outside the regional box but for a strip along its edge
    that the regional polygons cover; whole countries are drawn from both."""
    world = boundaries.world
    assert len(world) > 170 and "AM" not in set(world.iso_a2)   # all inside the box
    assert {"KG", "TJ", "FR", "NO", "XK", "RU", "IR"} <= set(world.iso_a2)
    west, south, east, north = boundaries.countries.total_bounds
    inner = shapely.box(west + 0.05, south + 0.05, east - 0.05, north - 0.05)
    assert not world.geometry.intersects(inner).any()
    kyrgyzstan = world.geometry[world.iso_a2 == "KG"].iloc[0]
    assert kyrgyzstan.contains(shapely.Point(74.59, 42.87))              # Bishkek
    assert boundaries.country("KG") is None                              # no 1:10m polygon
    assert boundaries.country_extent("KG").equals(kyrgyzstan)
    russia = boundaries.country_extent("RU")
    assert russia.contains(shapely.Point(37.62, 55.75))                  # Moscow
    assert russia.contains(shapely.Point(45.70, 43.32))                  # Grozny, 1:10m
    assert boundaries.country_extent("XX") is None


def test_missing_file_is_a_clear_error(tmp_path, monkeypatch):
    from geomap.errors import GeomapError
    monkeypatch.setenv("GEOMAP_GAZETTEER_DIR", str(tmp_path))
    with pytest.raises(GeomapError, match="build_boundaries.py"):
        load_boundaries()


@pytest.mark.skipif(not NATURAL_EARTH.is_dir(), reason="../shared/data/natural-earth absent")
def test_build_script_reproduces_committed_file(tmp_path, boundaries):
    spec = importlib.util.spec_from_file_location(
        "build_boundaries", ROOT / "gazetteer" / "build_boundaries.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not module.world_source().is_file():
        pytest.skip(f"Natural Earth 1:110m countries absent: {module.world_source()} "
                    "(installed with pyogrio's tests)")
    out = tmp_path / "boundaries.gpkg"
    assert module.main(["--source", str(NATURAL_EARTH), "--out", str(out)]) == 0
    import pyogrio
    for layer in LAYERS:
        rebuilt = pyogrio.read_dataframe(out, layer=layer)
        assert_geodataframe_equal(rebuilt, getattr(boundaries, layer), check_less_precise=True)
