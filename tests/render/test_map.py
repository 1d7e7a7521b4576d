"""The map page as written: layers, offline assets, CDN and tile options, hostile text.
(What a browser does with it is tests/render/test_map_browser.py.)"""

from __future__ import annotations

import inspect
import re

import folium
import pytest

from geomap.frames import (CLAIM_COLUMNS, INCIDENT_COLUMNS, OVERLAY_COLUMNS, PLACE_COLUMNS,
                           empty_frame)
from geomap.model import BuildOptions
from geomap.render import build_map, write_map
from geomap.render.elements import FeatureLayer, TimeSlider



def make_result(frames: dict, articles=()):
    from types import SimpleNamespace
    return SimpleNamespace(articles=tuple(articles), **frames)


def page_of(result, **options) -> str:
    return build_map(result, BuildOptions(**options)).get_root().render()


def overlay_names(fmap) -> list[str]:
    return [str(c.layer_name) for c in fmap._children.values() if isinstance(c, FeatureLayer)]


def test_public_interface():
    assert list(inspect.signature(build_map).parameters)[:2] == ["result", "options"]
    assert list(inspect.signature(write_map).parameters)[:3] == ["result", "path", "options"]


def test_layers_of_every_group(full_result):
    fmap = build_map(full_result, BuildOptions())
    assert isinstance(fmap, folium.Map)
    assert overlay_names(fmap) == [
        "Incidents (2)", "Claims (2)", "Places (2)", "Armenia–Iran border (1)",
        "Other Borders (1)", "Proposed Corridor (1)", "Overlay: Pipeline route"]


def test_offline_page_links_nothing(sample_result):
    page = page_of(sample_result)
    assert not re.search(r"<script[^>]+src=", page)
    assert not re.search(r"<link[^>]+href=", page)
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", page)
    body = page.split("<body>")[1].split("</body>")[0]
    assert not re.search(r"(src|href)\s*=", body)
    assert "L.map(" in page and "L.timeline" in page and "L.Control.MiniMap" in page
    # folium's defaults geomap never uses are left out, with their icon fonts
    for unused in ("jQuery v3", "Bootstrap  v5", "Font Awesome", "glyphicons", "awesome-marker"):
        assert unused not in page


def test_cdn_page_links_assets(sample_result):
    offline, cdn = page_of(sample_result), page_of(sample_result, cdn=True)
    assert '<script src="https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js">' in cdn
    assert "leaflet.timeline.min.js" in cdn and "Control.MiniMap.js" in cdn
    assert len(cdn) < len(offline) - 200_000
    assert "jquery" not in cdn.lower()


@pytest.mark.parametrize("tiles, osm_shown", [("offline", False), ("osm", True)])
def test_osm_tiles_are_an_extra_base_layer(sample_result, tiles, osm_shown):
    fmap = build_map(sample_result, BuildOptions(tiles=tiles))
    osm = [c for c in fmap._children.values() if isinstance(c, folium.TileLayer)]
    assert len(osm) == 1 and osm[0].show is osm_shown and osm[0].overlay is False
    page = fmap.get_root().render()
    added = re.search(rf"{osm[0].get_name()}\.addTo\(", page) is not None
    assert added is osm_shown


def test_unknown_tiles_is_an_input_error(sample_result):
    from geomap.errors import InputError
    with pytest.raises(InputError, match="tiles"):
        build_map(sample_result, BuildOptions(tiles="satellite"))


def test_hostile_text_never_reaches_the_page_raw(hostile_result, payloads):
    page = page_of(hostile_result, title=payloads["option_title"])
    for key, payload in payloads.items():
        if "<" in payload:
            assert payload not in page, key
    assert "javascript:" not in page.replace("javascript:window.parent", "")
    assert "window.__geomap_pwned" in page  # the text is there, escaped
    assert "<img src=x" not in page and "<svg onload" not in page
    assert page.count("</script>") == page.count("<script")  # no script closed early
    # braces travel as character references (JSON writes & as \u0026): never evaluated
    assert "\\u0026#123;\\u0026#123; 7*7 \\u0026#125;\\u0026#125;" in page


def test_empty_result_still_writes_a_map(tmp_path):
    result = make_result(dict(places=empty_frame(PLACE_COLUMNS),
                              incidents=empty_frame(INCIDENT_COLUMNS),
                              claims=empty_frame(CLAIM_COLUMNS),
                              overlays=empty_frame(OVERLAY_COLUMNS)))
    fmap = build_map(result, BuildOptions())
    assert not any(isinstance(c, TimeSlider) for c in fmap._children.values())
    path = write_map(result, tmp_path / "map.html")
    assert path.stat().st_size > 100_000 and "Incidents (0)" in path.read_text("utf-8")


def test_many_points_are_clustered(sample_frames):
    import pandas as pd
    from shapely.geometry import Point

    inc = sample_frames["incidents"]
    rows = pd.concat([inc.iloc[[1]]] * 400, ignore_index=True)
    rows["id"] = [f"inc-{i}" for i in range(len(rows))]
    rows["geometry"] = [Point(44 + i / 100, 40) for i in range(len(rows))]
    frames = dict(sample_frames, incidents=rows.set_geometry("geometry"))
    fmap = build_map(make_result(frames), BuildOptions())
    layers = {str(c.layer_name): c for c in fmap._children.values()
              if isinstance(c, FeatureLayer)}
    assert layers["Incidents (400)"].layer_options["cluster"] is True
    assert layers["Places (2)"].layer_options["cluster"] is False
    assert "L.MarkerClusterGroup" in fmap.get_root().render()


def test_unlocated_incidents_are_counted(sample_frames):
    inc = sample_frames["incidents"].copy()
    inc.loc[1, "geometry"] = None
    page = page_of(make_result(dict(sample_frames, incidents=inc)))
    assert re.search(r"1 without a location", page)


def test_write_map_into_a_folder_path_is_an_output_error(sample_result, tmp_path):
    from geomap.errors import OutputError
    with pytest.raises(OutputError):
        write_map(sample_result, tmp_path)


def test_legend_uses_the_palette(sample_result):
    from geomap.palette import palette
    page = page_of(sample_result)
    legend = page.split('class="gm-panel gm-legend"')[1].split("</details>")[0]
    pal = palette()
    for colour in (pal["event_type"]["Battles"], pal["event_type"]["diplomatic"],
                   pal["claimant_country"]["AM"], pal["claimant_country"]["AZ"],
                   pal["overlay"]["iran_armenia_border"]):
        assert colour in legend
    assert "asserts" in legend and "denies" in legend


def test_layer_data_is_packed_with_shared_geometries():
    from geomap.render.features import pack

    line = {"type": "LineString", "coordinates": ((45.0, 40.0), (45.1, 40.1))}
    claims = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": line,
         "properties": {"id": "c1", "incident_id": "i1", "text": "x", "extra": None}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": (44.5, 40.2)},
         "properties": {"id": "c2", "incident_id": "i1", "text": None, "extra": 3}},
    ]}
    packed = pack(claims, shared={"i1": line})
    assert packed["keys"] == ["id", "incident_id", "text", "extra"]
    assert packed["rows"][0] == [1, "c1", "i1", "x"]  # the incident's line; trailing null cut
    assert packed["rows"][1][0]["type"] == "Point" and packed["rows"][1][1:] == [
        "c2", "i1", None, 3]


def test_view_leaves_out_far_diplomatic_events(sample_frames):
    import pandas as pd
    from shapely.geometry import Point

    from geomap.render.features import data_bounds, focus_frames

    inc = sample_frames["incidents"]
    astana = inc.iloc[[1]].assign(id="inc-astana", geometry=[Point(71.45, 51.18)])
    frames = pd.concat([inc, astana], ignore_index=True).set_geometry("geometry")
    kept, claims = focus_frames(frames, sample_frames["claims"])
    assert list(kept["id"]) == ["inc-1", "inc-2"]  # Yerevan is near, Astana is not
    (south, west), (north, east) = data_bounds(kept, claims)
    assert east < 47 and west > 44 and south > 39 and north < 41


def test_legend_lists_what_the_map_holds(sample_result):
    page = page_of(sample_result)
    legend = page.split('class="gm-panel gm-legend"')[1].split("</details>")[0]
    assert "Battles" in legend and "diplomatic" in legend
    assert "Violence against civilians" not in legend and ">other<" not in legend
    assert "cluster" not in legend


def test_clustered_claims_start_switched_off(sample_frames):
    import pandas as pd
    from shapely.geometry import Point

    inc, cl = sample_frames["incidents"], sample_frames["claims"]
    rows = pd.concat([inc.iloc[[1]]] * 200, ignore_index=True)
    rows["id"] = [f"inc-{i}" for i in range(len(rows))]
    rows["geometry"] = [Point(44 + i / 100, 40) for i in range(len(rows))]
    claims = pd.concat([cl.iloc[[0]]] * 200, ignore_index=True)
    claims["id"] = [f"cl-{i}" for i in range(len(claims))]
    claims["incident_id"] = rows["id"]
    claims["geometry"] = rows["geometry"]
    frames = dict(sample_frames, incidents=rows.set_geometry("geometry"),
                  claims=claims.set_geometry("geometry"))
    fmap = build_map(make_result(frames), BuildOptions())
    layers = {str(c.layer_name): c for c in fmap._children.values()
              if isinstance(c, FeatureLayer)}
    assert layers["Incidents (200)"].show is True
    assert layers["Claims (200)"].show is False
    assert layers["Claims (200)"].layer_options["cluster"] is True
    assert '"rows":[[1,' in str(layers["Claims (200)"].data)  # placed where the incident is
    assert "cluster: its ring" in fmap.get_root().render()


def test_country_names_cover_codes_pycountry_lacks():
    from geomap.render.map import _country_names
    claims = {"features": [{"properties": {"claimant_country": "XK", "actors": ["RS", "CD"]}}]}
    assert _country_names(None, claims) == {"CD": "Democratic Republic of Congo",
                                            "RS": "Serbia", "XK": "Kosovo"}


def test_a_claimant_country_has_one_colour_in_every_build():
    """India is one colour whatever else a build holds (U1: one colour in one map,
    another in the next); Thailand and Cambodia, neighbours, differ from each other and
    from the grey of claims of no known state."""
    from geomap.palette import claimant_palette, palette
    table = claimant_palette(["TH", "KH", "AM", "", "TH"])
    assert table["AM"] == palette()["claimant_country"]["AM"]
    assert len({table["TH"], table["KH"], table["other"], table["AM"]}) == 4
    assert claimant_palette(["KH", "TH"]) == table      # the same for the same codes
    many = ["AF", "BY", "CD", "CN", "DE", "EG", "ET", "FR", "GB", "GE", "IL", "IN", "IQ",
            "JP", "KG", "KH", "KP", "KR", "LB", "PK", "RS", "RW", "SD", "SY", "TH", "TJ",
            "UA", "UZ", "VE", "XK"]
    table = claimant_palette(many)
    assert claimant_palette(["IN", "PK"])["IN"] == table["IN"] == claimant_palette(
        ["IN", "GE", "VE"])["IN"]
    assert table["XK"] not in (table["RS"], table["other"])   # a code the borders lack
