"""The type of each exported column, and its values as plain Python, one rule for all files.

A frame of ``geomap.frames`` holds lists, nullable ints that pandas may have turned into
floats (``150.0``, ``nan``), dates as ``YYYY-MM-DD`` strings and the odd numpy scalar.
Every writer asks :func:`field_kinds` what a column is and :func:`plain_value` for a
cell, so GeoJSON, GeoPackage and CSV agree on types whatever pandas did to the frame.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Iterable, Sequence

import geopandas as gpd
import numpy as np
import pandas as pd

from ..frames import INT_COLUMNS, LIST_COLUMNS

#: kinds a column can have; GeoPackage types are chosen from them (see gpkg.py)
STRING, INT, FLOAT, BOOL, DATE, LIST = "string", "int", "float", "bool", "date", "list"

#: columns of geomap.frames whose kind must not depend on the rows (an empty build
#: still writes a GeoPackage with the right types)
DATE_COLUMNS = frozenset({"date"})
FLOAT_COLUMNS = frozenset({"score", "length_km", "length_in_armenia_km",
                           "min_distance_to_border_km", "max_distance_to_border_km"})
BOOL_COLUMNS = frozenset({"near_border"})

#: text between list items in GeoPackage and CSV (../shared/OUTPUTS.md)
LIST_SEPARATOR = "; "


def is_null(value) -> bool:
    """None, NaN, NaT and pandas.NA; never true for a list."""
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, float | np.floating):
        return math.isnan(value)
    if isinstance(value, np.datetime64):
        return bool(np.isnat(value))
    return False


def _is_list(value) -> bool:
    return isinstance(value, list | tuple | np.ndarray | pd.Series)


def _infer_kind(values: Iterable) -> str:
    present = [v for v in values if not is_null(v)]
    if not present:
        return STRING
    if all(_is_list(v) for v in present):
        return LIST
    if all(isinstance(v, bool | np.bool_) for v in present):
        return BOOL
    if all(isinstance(v, int | np.integer) and not isinstance(v, bool | np.bool_)
           for v in present):
        return INT
    if all(isinstance(v, int | float | np.integer | np.floating)
           and not isinstance(v, bool | np.bool_) for v in present):
        return FLOAT
    if all(isinstance(v, dt.date) and not isinstance(v, dt.datetime) for v in present):
        return DATE
    return STRING


def field_kinds(frame: pd.DataFrame) -> dict[str, str]:
    """Kind of every attribute column of ``frame`` (the geometry column left out), in
    frame order. Known columns of geomap.frames have fixed kinds; others are inferred."""
    kinds = {}
    geometry_name = frame.geometry.name if isinstance(frame, gpd.GeoDataFrame) else None
    for name in frame.columns:
        if name == geometry_name:
            continue
        if name in LIST_COLUMNS:
            kinds[name] = LIST
        elif name in INT_COLUMNS:
            kinds[name] = INT
        elif name in DATE_COLUMNS:
            kinds[name] = DATE
        elif name in FLOAT_COLUMNS:
            kinds[name] = FLOAT
        elif name in BOOL_COLUMNS:
            kinds[name] = BOOL
        else:
            kinds[name] = _infer_kind(frame[name])
    return kinds


def _scalar(value):
    """A list item or an untyped cell as JSON-ready Python (numpy scalars unwrapped)."""
    if is_null(value):
        return None
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _scalar(v) for k, v in value.items()}
    if _is_list(value):
        return [_scalar(v) for v in value]
    if isinstance(value, str | int | float | bool):
        return value
    return str(value)


def iso_date(value, column: str = "date") -> str | None:
    """``YYYY-MM-DD`` for a date, a datetime or such a string; a ValueError otherwise."""
    if is_null(value):
        return None
    if isinstance(value, pd.Timestamp | np.datetime64):
        value = pd.Timestamp(value).to_pydatetime()
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise ValueError(f"column {column!r}: {value!r} is not a YYYY-MM-DD date") from None


def plain_value(value, kind: str, column: str = ""):
    """``value`` as the JSON type its column kind calls for: int, float, bool, ISO date
    string, list or str; null stays None."""
    if kind == LIST:
        if is_null(value):
            return None
        return [_scalar(v) for v in (value if _is_list(value) else [value])]
    if is_null(value):
        return None
    if kind == INT:
        number = float(value) if not isinstance(value, int | np.integer) else value
        if isinstance(number, float) and not number.is_integer():
            raise ValueError(f"column {column!r}: {value!r} is not a whole number")
        return int(number)
    if kind == FLOAT:
        return float(value)
    if kind == BOOL:
        return bool(value)
    if kind == DATE:
        return iso_date(value, column)
    return _scalar(value) if not isinstance(value, str) else value


def text_value(value, kind: str, column: str = "") -> str | None:
    """``value`` as one line of text for GeoPackage text fields and CSV cells: lists
    ``"; "``-joined, objects as compact JSON, None for null."""
    plain = plain_value(value, kind, column)
    if plain is None:
        return None
    if isinstance(plain, list):
        return LIST_SEPARATOR.join(_item_text(v) for v in plain if v is not None)
    if isinstance(plain, dict):
        return json.dumps(plain, ensure_ascii=False, sort_keys=True)
    if isinstance(plain, bool):
        return "true" if plain else "false"
    return str(plain)


def _item_text(item) -> str:
    if isinstance(item, dict | list):
        return json.dumps(item, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return str(item)


def records(frame: pd.DataFrame, kinds: dict[str, str]) -> list[dict]:
    """The attribute rows of ``frame`` as plain dicts (see :func:`plain_value`)."""
    columns: Sequence[str] = list(kinds)
    rows = []
    for values in frame[columns].itertuples(index=False, name=None):
        rows.append({c: plain_value(v, kinds[c], c) for c, v in zip(columns, values)})
    return rows
