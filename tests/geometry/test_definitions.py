"""Overlay definition files: reading, resolving waypoints by name, drawing the route."""

from __future__ import annotations


import pytest
import shapely

from geomap.errors import GeomapError, OverrideError
from geomap.geometry.definitions import (read_definition, resolve_waypoints, route_line)
from geomap.geometry.measure import geodesic_gap_km, length_km, to_metric
from geomap.paths import gazetteer_dir
from geo_helpers import PLACES, StubGazetteer, make_place


def town(name):
    lat, lon, *_ = PLACES[name]
    return shapely.Point(lon, lat)


def write(tmp_path, text, name="route.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_corridor_definition_reads():
    definition = read_definition(gazetteer_dir() / "corridor.yaml")
    assert definition.id == "corridor-zangezur" and definition.status == "proposed"
    assert [w.name for w in definition.waypoints] == ["Horadiz", "Meghri", "Ordubad", "Julfa",
                                                      "Nakhchivan"]
    assert all(w.source for w in definition.waypoints)
    assert definition.analysis["neighbour"] == "IR"


def test_lookup_uses_country_kinds_and_aliases(gazetteer):
    definition = read_definition(gazetteer_dir() / "corridor.yaml")
    gazetteer.places["Nakhichevan"] = gazetteer.places.pop("Nakhchivan")
    waypoints = resolve_waypoints(definition, gazetteer)
    assert waypoints[-1].place.name == "Nakhchivan"
    assert ("Julfa", "AZ", None) in gazetteer.calls
    assert ("Nakhchivan", "AZ", "city") in gazetteer.calls
    assert ("Nakhichevan", "AZ", "city") in gazetteer.calls


def test_homonym_far_from_check_is_an_error(gazetteer):
    gazetteer.places["Julfa"] = make_place("Julfa", lat=38.2, lon=46.6)
    with pytest.raises(GeomapError) as info:
        resolve_waypoints(read_definition(gazetteer_dir() / "corridor.yaml"), gazetteer)
    assert "corridor.yaml" in str(info.value) and "'Julfa' (AZ)" in str(info.value)
    assert "homonym" in str(info.value)
    assert info.value.field == "check" and info.value.line is not None


def test_waypoint_inside_a_river_run_is_passed_at_the_river(boundaries, gazetteer):
    definition = read_definition(gazetteer_dir() / "corridor.yaml")
    line = route_line(definition, resolve_waypoints(definition, gazetteer), boundaries)
    assert shapely.Point(46.243, 38.901) not in [shapely.Point(c) for c in line.coords]
    assert geodesic_gap_km(town("Meghri"), line) == pytest.approx(0.9, abs=0.5)
    assert line.is_simple  # no spur to Meghri and back
    aras = to_metric(boundaries.river("Aras"))
    on_river = shapely.intersection(to_metric(line), shapely.buffer(aras, 10)).length / 1000
    assert on_river > 0.8 * length_km(line) - 40   # all but the Julfa–Nakhchivan leg


def test_straight_route(tmp_path, boundaries, gazetteer):
    path = write(tmp_path, "waypoints:\n  - {name: Yerevan}\n  - {name: Meghri}\n")
    definition = read_definition(path)
    assert definition.id == "overlay-route" and definition.kind == "route"
    line = route_line(definition, resolve_waypoints(definition, gazetteer), boundaries)
    direct = geodesic_gap_km(town("Yerevan"), town("Meghri"))
    assert length_km(line) == pytest.approx(direct, rel=0.002)


def test_waypoint_far_from_its_river_is_an_error(tmp_path, boundaries, gazetteer):
    path = write(tmp_path, "waypoints:\n  - {name: Yerevan, along: Aras}\n"
                           "  - {name: Meghri}\n")
    definition = read_definition(path)
    with pytest.raises(GeomapError, match="'Yerevan' lies .* km from the Aras") as info:
        route_line(definition, resolve_waypoints(definition, gazetteer), boundaries)
    assert info.value.line == 2 and info.value.field == "along"


def test_unknown_river_is_an_error(tmp_path, boundaries, gazetteer):
    path = write(tmp_path, "waypoints:\n  - {name: Meghri, along: Vorotan}\n"
                           "  - {name: Agarak}\n")
    definition = read_definition(path)
    with pytest.raises(GeomapError, match="no single river named 'Vorotan'"):
        route_line(definition, resolve_waypoints(definition, gazetteer), boundaries)


@pytest.mark.parametrize("text, fragment, field", [
    ("- a\n- b\n", "must be a mapping", None),
    ("waypoints:\n  - {name: Meghri, along: Aras}\n  - {name: Agarak, along: Aras}\n",
     "last waypoint", "along"),
    ("waypoints:\n  - {name: Meghri}\n  - {name: Agarak}\ncheck_km: far\n", "must be numbers",
     None),
    ("waypoints:\n  - {name: Meghri, aliases: {a: b}}\n  - {name: Agarak}\n",
     "name or a list of names", "aliases"),
    ("waypoints:\n  - {name: Meghri, check: [95, 46]}\n  - {name: Agarak}\n",
     "not a WGS 84", "check"),
    ("waypoints:\n  - just a name\n  - {name: Agarak}\n", "must be a mapping", "waypoints[0]"),
])
def test_broken_definition(tmp_path, text, fragment, field):
    path = write(tmp_path, text)
    with pytest.raises(OverrideError) as info:
        read_definition(path)
    assert fragment in str(info.value) and str(path) in str(info.value)
    assert info.value.field == field


def test_unknown_waypoint_names_file_line_and_waypoint(tmp_path):
    path = write(tmp_path, "id: r\nwaypoints:\n  - {name: Meghri}\n  - {name: Atlantis}\n")
    with pytest.raises(GeomapError) as info:
        resolve_waypoints(read_definition(path), StubGazetteer())
    assert str(info.value) == (f"{path}:4 (field 'name'): waypoint 'Atlantis': the gazetteer "
                               "knows no such place")
