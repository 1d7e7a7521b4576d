"""User places from ``--gazetteer-extra FILE`` (CSV or YAML) that add or correct names.

Each row or item has ``name``, ``lat``, ``lon`` and optionally ``aliases`` (``;``-joined
in CSV, a list in YAML), ``country`` (ISO alpha-2), ``kind`` (one of PLACE_KINDS,
default "other"), ``parent`` and ``population``. A user place wins over every other
place of the same name. A file that cannot be used raises ``OverrideError`` naming the
file, the line and the field.

    name,aliases,lat,lon,country,kind
    Tegh checkpoint,Tegh border post,39.56,46.49,AM,other
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import yaml

from ..errors import InputError, OverrideError
from ..model import PLACE_KINDS, Place
from .tables import read_csv

REQUIRED = ("name", "lat", "lon")
KNOWN = REQUIRED + ("aliases", "country", "country_code", "kind", "parent", "population",
                    "id", "source")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "place"


def _number(value, path: str, line: int, field: str, low: float, high: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise OverrideError(f"{value!r} is not a number", path=path, line=line, field=field)
    if not low <= number <= high:
        raise OverrideError(f"{number} is outside {low}..{high} (WGS 84 degrees)",
                            path=path, line=line, field=field)
    return number


def place_from_row(row: dict, path: str, line: int,
                   field_lines: dict[str, int] | None = None) -> tuple[Place, tuple[str, ...]]:
    """A user place and its aliases from one row; ``field_lines`` gives YAML fields' lines."""
    field_lines = field_lines or {}

    def at(field: str) -> int:
        return field_lines.get(field, line)

    unknown = sorted(set(row) - set(KNOWN))
    if unknown:
        raise OverrideError(f"unknown field; expected some of {', '.join(KNOWN)}",
                            path=path, line=at(unknown[0]), field=unknown[0])
    for field in REQUIRED:
        if row.get(field) is None or not str(row[field]).strip():
            raise OverrideError("missing value", path=path, line=at(field), field=field)
    name = str(row["name"]).strip()
    lat = _number(row["lat"], path, at("lat"), "lat", -90, 90)
    lon = _number(row["lon"], path, at("lon"), "lon", -180, 180)
    field = "country" if "country" in row else "country_code"
    country = str(row.get(field) or "").strip().upper()
    if country and not re.fullmatch(r"[A-Z]{2}", country):
        raise OverrideError(f"{country!r} is not an ISO 3166-1 alpha-2 code", path=path,
                            line=at(field), field=field)
    kind = str(row.get("kind") or "other").strip().lower()
    if kind not in PLACE_KINDS:
        raise OverrideError(f"{kind!r} is not one of {', '.join(PLACE_KINDS)}", path=path,
                            line=at("kind"), field="kind")
    aliases = row.get("aliases") or ()
    if isinstance(aliases, str):
        aliases = [a for a in aliases.split(";")]
    if not isinstance(aliases, (list, tuple)):
        raise OverrideError("must be a list of names (or ';'-joined text)", path=path,
                            line=at("aliases"), field="aliases")
    population = 0
    if row.get("population") not in (None, ""):
        population = int(_number(row["population"], path, at("population"), "population",
                                 0, 1e10))
    pid = str(row.get("id") or f"user:{_slug(name)}")
    place = Place(id=pid if pid.startswith("user:") else f"user:{_slug(pid)}", name=name,
                  lat=lat, lon=lon, country_code=country, kind=kind,
                  source=str(row.get("source") or f"user gazetteer {Path(path).name}"),
                  population=population, parent=str(row.get("parent") or ""))
    return place, tuple(str(a).strip() for a in aliases if str(a).strip())


def read_csv_places(path: str) -> list[tuple[Place, tuple[str, ...]]]:
    from ..text.reader import decode_text
    try:                    # UTF-8, UTF-16 or Windows-1252 (Excel's CSV), as articles
        text = decode_text(Path(path).read_bytes(), path=path)
        rows = list(read_csv(Path(path), text=text))
    except InputError as exc:
        raise OverrideError(exc.message, path=path) from None
    except (ValueError, csv.Error) as exc:   # csv: a field too long
        raise OverrideError(f"not a readable CSV file ({exc})", path=path)
    if rows and len(rows[0][1]) == 1 and ";" in next(iter(rows[0][1])):
        raise OverrideError("the columns are separated by ';': geomap reads a CSV with "
                            "commas (name,lat,lon,country,kind; aliases within a field are "
                            "separated by ';')", path=path, line=1)
    if not rows:
        raise OverrideError("no places in the file (a header line name,lat,lon,... and "
                            "one place a line)", path=path)
    return [place_from_row(row, path, line) for line, row in rows]


def read_yaml_places(path: str) -> list[tuple[Place, tuple[str, ...]]]:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise OverrideError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", path=path)
    try:
        node = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise OverrideError(f"not valid YAML ({getattr(exc, 'problem', exc)})", path=path,
                            line=mark.line + 1 if mark else None)
    except RecursionError:
        raise OverrideError("not valid YAML (nested too deeply)", path=path) from None
    if isinstance(data, dict) and isinstance(data.get("places"), list):
        items = data["places"]
        node = next(v for k, v in node.value if k.value == "places")
    elif isinstance(data, list):
        items = data
    else:
        raise OverrideError("expected a list of places (or a mapping with 'places:')",
                            path=path, line=1)
    places = []
    for item, item_node in zip(items, node.value):
        line = item_node.start_mark.line + 1
        if not isinstance(item, dict):
            raise OverrideError("each place must be a mapping with name, lat, lon",
                                path=path, line=line)
        field_lines = {k.value: k.start_mark.line + 1 for k, _ in item_node.value}
        places.append(place_from_row(item, path, line, field_lines))
    return places


def read_extra(path: str) -> list[tuple[Place, tuple[str, ...]]]:
    """User places of one ``--gazetteer-extra`` file (CSV, or YAML by its suffix)."""
    file = Path(path)
    if not file.is_file():
        raise OverrideError("no such file", path=path)
    if file.suffix.lower() in (".yaml", ".yml"):
        return read_yaml_places(path)
    return read_csv_places(path)
