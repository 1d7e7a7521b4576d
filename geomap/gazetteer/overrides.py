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
import math
import os
import re
import stat
from pathlib import Path

import yaml

from ..errors import InputError, OverrideError, path_problem, shortened
from ..model import PLACE_KINDS, Place
from ..text.reader import TooLongNumber, kind_of
from .tables import read_csv

REQUIRED = ("name", "lat", "lon")
KNOWN = REQUIRED + ("aliases", "country", "country_code", "kind", "parent", "population",
                    "id", "source")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "place"


#: the fields that hold text; YAML's other kinds of value there (a list, a date, true)
#: are typing errors, not names
TEXT_FIELDS = ("name", "country", "country_code", "kind", "parent", "id", "source")


def _number(value, path: str, line: int, field: str, low: float, high: float,
            unit: str = " (WGS 84 degrees)") -> float:
    if isinstance(value, TooLongNumber):
        raise OverrideError(f"{value} is too large", path=path, line=line, field=field)
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise OverrideError(f"must be a number, not {kind_of(value)}", path=path, line=line,
                            field=field)
    try:
        number = float(value)
    except ValueError:
        raise OverrideError(f"{shortened(repr(value))} is not a number", path=path, line=line,
                            field=field) from None
    if math.isinf(number):      # a number of thousands of digits, or "inf"
        raise OverrideError(f"{shortened(repr(value))} is not a finite number", path=path,
                            line=line, field=field)
    if not low <= number <= high:
        raise OverrideError(f"{number:g} is outside {low:,.11g}..{high:,.11g}{unit}",
                            path=path, line=line, field=field)
    return number


def _check_text(row: dict, field: str, path: str, line: int) -> None:
    """A text field of a YAML place holds text (a CSV's always does)."""
    value = row.get(field)
    if value is not None and not isinstance(value, str):
        raise OverrideError(f"must be text, not {kind_of(value)} (put it in quotes)",
                            path=path, line=line, field=field)


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
    for field in TEXT_FIELDS:
        _check_text(row, field, path, at(field))
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
    if not isinstance(aliases, (list, tuple)) or not all(isinstance(a, str)
                                                         for a in aliases):
        raise OverrideError("must be a list of names (or ';'-joined text)", path=path,
                            line=at("aliases"), field="aliases")
    population = 0
    if row.get("population") not in (None, ""):
        population = int(_number(row["population"], path, at("population"), "population",
                                 0, 1e10, unit=""))
    pid = str(row.get("id") or f"user:{_slug(name)}")
    place = Place(id=pid if pid.startswith("user:") else f"user:{_slug(pid)}", name=name,
                  lat=lat, lon=lon, country_code=country, kind=kind,
                  source=str(row.get("source") or f"user gazetteer {Path(path).name}"),
                  population=population, parent=str(row.get("parent") or ""))
    return place, tuple(str(a).strip() for a in aliases if str(a).strip())


#: the first bytes of a zip file: a spreadsheet (.xlsx, .ods) named .csv
_ZIP_MAGIC = b"PK\x03\x04"
#: column separators of other programs' "CSV", and how a message names them
_OTHER_SEPARATORS = {";": "';'", "\t": "tabs"}


def read_csv_places(path: str) -> list[tuple[Place, tuple[str, ...]]]:
    from ..text.reader import decode_text
    try:                    # UTF-8, UTF-16 or Windows-1252 (Excel's CSV), as articles
        data = Path(path).read_bytes()
        if data.startswith(_ZIP_MAGIC):
            raise OverrideError("this is a spreadsheet or another zip file, not a CSV file: "
                                "save it as CSV (comma-separated)", path=path)
        text = decode_text(data, path=path, what="a CSV file")
        rows = list(read_csv(Path(path), text=text))
    except InputError as exc:
        raise OverrideError(exc.message, path=path) from None
    except (ValueError, csv.Error) as exc:   # csv: a field too long
        raise OverrideError(f"not a readable CSV file ({exc})", path=path)
    header = next(iter(rows[0][1]), "") if rows and len(rows[0][1]) == 1 else ""
    separator = next((s for s in _OTHER_SEPARATORS if s in header), None)
    if separator:
        raise OverrideError(f"the columns are separated by {_OTHER_SEPARATORS[separator]}: "
                            "geomap reads a CSV with commas (name,lat,lon,country,kind; "
                            "aliases within a field are separated by ';')", path=path, line=1)
    if not rows:
        raise OverrideError("no places in the file (a header line name,lat,lon,... and "
                            "one place a line)", path=path)
    return [place_from_row(row, path, line) for line, row in rows]


class _PlacesLoader(yaml.SafeLoader):
    """YAML as a list of places is meant: only true and false are booleans (YAML 1.2;
    YAML 1.1 also reads Norway's code NO, and yes, on, off, as booleans), and an integer
    too long for Python is a ``TooLongNumber``, told as its field's bad value."""

    def construct_yaml_int(self, node):
        try:
            return super().construct_yaml_int(node)
        except ValueError:
            return TooLongNumber(len(str(node.value).lstrip("+-")))


_PlacesLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
_PlacesLoader.add_implicit_resolver("tag:yaml.org,2002:bool",
                                    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                                    list("tTfF"))
_PlacesLoader.add_constructor("tag:yaml.org,2002:int", _PlacesLoader.construct_yaml_int)


def read_yaml_places(path: str) -> list[tuple[Place, tuple[str, ...]]]:
    from ..text.reader import not_utf, utf_text
    raw = Path(path).read_bytes()
    try:                    # UTF-8, or UTF-16 with a byte-order mark (Notepad's "Unicode")
        text = utf_text(raw)
    except UnicodeDecodeError:
        raise OverrideError(not_utf(raw), path=path) from None
    try:
        node = yaml.compose(text, Loader=_PlacesLoader)
        data = yaml.load(text, Loader=_PlacesLoader)
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
    try:
        mode = os.stat(file).st_mode
    except OSError as exc:      # missing, a name too long, a link loop
        raise OverrideError("no such file" if isinstance(exc, FileNotFoundError)
                            else path_problem(exc), path=shortened(path)) from None
    if not stat.S_ISREG(mode):  # a folder, /dev/null, a pipe
        raise OverrideError("not a regular file (a CSV or YAML file of places)",
                            path=shortened(path))
    try:
        if file.suffix.lower() in (".yaml", ".yml"):
            return read_yaml_places(path)
        return read_csv_places(path)
    except OSError as exc:      # no permission to read it
        raise OverrideError(f"cannot read the file ({path_problem(exc)})",
                            path=shortened(path)) from None
