"""write_exports: the public interface, and --format choosing which files are written."""

from __future__ import annotations

import pytest

import geomap.export
from geomap.errors import InputError
from geomap.export import EXPORT_FORMATS, write_exports

FILES = {
    "geojson": {"places.geojson", "places.qml", "incidents.geojson", "incidents.qml",
                "claims.geojson", "claims.qml", "overlays.geojson", "overlays.qml",
                "countries.geojson", "countries.qml", "geomap.qgs"},
    "gpkg": {"geomap.gpkg"},
    "csv": {"incidents.csv", "incidents.csvt"},
}


def test_public_interface():
    assert EXPORT_FORMATS == ("geojson", "gpkg", "csv")
    assert set(geomap.export.__all__) == {"EXPORT_FORMATS", "LAYERS", "write_exports"}
    assert geomap.export.LAYERS == ("places", "incidents", "claims", "overlays")


@pytest.mark.parametrize("formats", [["geojson"], ["gpkg"], ["csv"], ["csv", "geojson"],
                                     list(EXPORT_FORMATS)])
def test_only_the_chosen_formats_are_written(export_result, tmp_path, formats):
    written = write_exports(export_result, tmp_path, formats)
    expected = set().union(*(FILES[f] for f in formats))
    assert {p.name for p in written} == expected
    assert {p.name for p in tmp_path.iterdir()} == expected
    assert all(p.parent == tmp_path for p in written)


def test_html_is_left_to_the_map(export_result, tmp_path):
    written = write_exports(export_result, tmp_path, ["html", "CSV "])
    assert {p.name for p in written} == FILES["csv"]


def test_unknown_format_is_an_input_error(export_result, tmp_path):
    with pytest.raises(InputError) as caught:
        write_exports(export_result, tmp_path, ["geojson", "shp"])
    message = str(caught.value)
    assert "'shp'" in message
    for name in ("html", "geojson", "gpkg", "csv"):
        assert name in message
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("formats", [["geojson"], ["gpkg"], ["csv"]])
def test_unwritable_folder_is_an_os_error(export_result, tmp_path, formats):
    # OutputError is an OSError, which geomap.outputs turns into one line for the user
    with pytest.raises(OSError):
        write_exports(export_result, tmp_path / "missing", formats)


def test_gpkg_errors_become_output_errors(export_result, tmp_path):
    from geomap.errors import OutputError

    with pytest.raises(OutputError, match="geomap.gpkg"):
        write_exports(export_result, tmp_path / "missing", ["gpkg"])
