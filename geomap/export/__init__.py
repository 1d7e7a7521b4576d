"""GIS files a user opens in QGIS as they are: GeoJSON, GeoPackage and an ACLED-style CSV.

    >>> from geomap.export import write_exports
    >>> write_exports(result, Path("outputs"), ["geojson", "gpkg", "csv"])

| format    | files                                                                   |
| --------- | ----------------------------------------------------------------------- |
| `geojson` | `places.geojson`, `incidents.geojson`, `claims.geojson`,               |
|           | `overlays.geojson`, each with its QGIS style (`places.qml`, …) beside it, |
|           | `countries.geojson` (a grey base of Natural Earth land, from the        |
|           | committed boundaries) and `geomap.qgs`, a QGIS project of them          |
| `gpkg`    | `geomap.gpkg`: layers places, incidents, claims, overlays, styled, the  |
|           | grey base `countries`, and the same QGIS project, stored inside it      |
|           | (named "geomap")                                                        |
| `csv`     | `incidents.csv` (ACLED column names) and `incidents.csv`'s types in    |
|           | `incidents.csvt`                                                        |

The frames come from ``geomap.frames``; the styles' colours, widths, dashes and opacities
from the HTML map's own ``geomap/data/palette.yaml`` and ``symbols.yaml``. The same frames
always give byte-identical files.

In QGIS: open the project (``geomap.qgs``, or "geomap" inside ``geomap.gpkg``: Project ▸
Open From ▸ GeoPackage) and every layer is drawn as the HTML map draws it, incidents and
claims split into points, lines and areas (``project.py``). A ``.geojson`` (its ``.qml``
is picked up) or a ``geomap.gpkg`` layer (its style comes from the ``layer_styles``
table) added alone is styled too, each of its geometry sublayers included. Claims refer
to their incident by ``claims.incident_id`` = ``incidents.id``: the project holds this
relation, QGIS ≥ 3.28 finds it in the GeoPackage by itself, and in 3.22 a layer added
alone needs it under Project ▸ Properties ▸ Relations (referenced layer incidents, field
id; referencing layer claims, field incident_id).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..errors import InputError

#: the formats this package writes; "html" (the map) is written by geomap.render
EXPORT_FORMATS = ("geojson", "gpkg", "csv")
ALL_FORMATS = ("html",) + EXPORT_FORMATS

#: the four layers, in the order they are written
LAYERS = ("places", "incidents", "claims", "overlays")

GPKG_NAME = "geomap.gpkg"
CSV_NAME = "incidents.csv"


def file_names() -> frozenset[str]:
    """Every file ``write_exports`` may write, of any format."""
    from .project import PROJECT_FILE
    from .styles import BASE_LAYER
    return frozenset({*(f"{name}.{suffix}" for name in (*LAYERS, BASE_LAYER)
                        for suffix in ("geojson", "qml")),
                      PROJECT_FILE, GPKG_NAME, CSV_NAME,
                      str(Path(CSV_NAME).with_suffix(".csvt"))})

__all__ = ["EXPORT_FORMATS", "LAYERS", "write_exports"]


def _check_formats(formats: Iterable[str]) -> tuple[str, ...]:
    if isinstance(formats, str):
        formats = [formats]
    wanted = [str(f).strip().lower() for f in formats]
    unknown = [f for f in wanted if f not in ALL_FORMATS]
    if unknown:
        raise InputError(f"unknown format {unknown[0]!r}; choose from "
                         f"{', '.join(ALL_FORMATS)}", field="--format")
    return tuple(f for f in EXPORT_FORMATS if f in wanted)


def _articles_lookups(result) -> tuple[dict[str, str], dict[str, str], dict]:
    """Outlet by article id, first-order division by place name, and (lon, lat, country
    code) by place name, from a build: the division's name (ACLED's ``admin1`` is "Tavush", not
    GeoNames' code "09"), which is a settlement's or second-order division's ``parent``
    or a first-order one itself."""
    sources = {a.id: a.source for a in getattr(result, "articles", ()) or () if a.source}
    admin1, points = {}, {}
    for findings in getattr(result, "findings", ()) or ():
        for resolution in findings.resolutions:
            place = resolution.place
            if place is not None:
                points.setdefault(place.name, (place.lon, place.lat, place.country_code))
            if place is None or not place.admin1 or place.kind in ("country", "region"):
                continue
            division = place.parent or (place.name if place.kind in ("province", "district")
                                        else "")
            if division:
                admin1.setdefault(place.name, division)
    return sources, admin1, points


def _land():
    """The countries of the committed boundaries (``Boundaries.land``)."""
    from ..geometry import load_boundaries
    return load_boundaries().land()


def write_exports(result, out_dir: Path, formats: Iterable[str]) -> list[Path]:
    """Write the chosen ``formats`` of ``result`` (its ``places``, ``incidents``,
    ``claims`` and ``overlays`` frames) into the existing folder ``out_dir``.

    ``formats`` may also name ``"html"``, which is left to ``geomap.render``; any other
    name is an ``InputError``. Returns the paths written, in a stable order."""
    from .acled import acled_rows, casualty_claimants, write_csv
    from .geojson import write_geojson
    from .gpkg import write_gpkg
    from .project import PROJECT_FILE, project_xml
    from .styles import BASE_LAYER, layer_style

    chosen = _check_formats(formats)
    out_dir = Path(out_dir)
    frames = {name: getattr(result, name) for name in LAYERS}
    # the countries under the QGIS project's layers: with no network for tiles, the
    # features need land to be read on (each format holds its own copy)
    base = {BASE_LAYER: _land()} if {"geojson", "gpkg"} & set(chosen) else {}
    written: list[Path] = []
    if "geojson" in chosen:
        for name, frame in {**frames, **base}.items():
            written.append(write_geojson(frame, out_dir / f"{name}.geojson", name))
            style = out_dir / f"{name}.qml"
            style.write_text(layer_style(name, frame, lists_as_arrays=True).qml(),
                             encoding="utf-8", newline="\n")
            written.append(style)
        project = out_dir / PROJECT_FILE
        project.write_text(project_xml({**frames, **base}, "geojson"), encoding="utf-8",
                           newline="\n")
        written.append(project)
    if "gpkg" in chosen:
        styles = {name: layer_style(name, frame, lists_as_arrays=False).qml()
                  for name, frame in {**frames, **base}.items()}
        written.append(write_gpkg(out_dir / GPKG_NAME, {**frames, **base}, styles,
                                  project=project_xml({**frames, **base}, "gpkg")))
    if "csv" in chosen:
        sources, admin1, points = _articles_lookups(result)
        path = write_csv(acled_rows(frames["incidents"], sources=sources, admin1=admin1,
                                    points=points,
                                    casualties_per=casualty_claimants(frames["claims"])),
                         out_dir / CSV_NAME)
        written += [path, path.with_suffix(".csvt")]
    return written
