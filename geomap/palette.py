"""Colours and symbols shared by the HTML map and the QGIS styles (``data/palette.yaml``,
``data/symbols.yaml``): one definition, so QGIS draws what the map's legend shows."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import yaml

from .paths import PACKAGE_DIR


@lru_cache(maxsize=1)
def palette() -> dict:
    with open(PACKAGE_DIR / "data" / "palette.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=1)
def symbols() -> dict:
    """Sizes, dashes and opacities of the symbols of every layer."""
    with open(PACKAGE_DIR / "data" / "symbols.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def event_colour(event_type: str | None) -> str:
    table = palette()["event_type"]
    return table.get(event_type or "", table["other"])


def claimant_colour(country_code: str | None) -> str:
    table = palette()["claimant_country"]
    return table.get(country_code or "", table["other"])


def claimant_palette(codes: Iterable = ()) -> dict[str, str]:
    """Colour by claimant country: the palette's own, and for the other ``codes`` (the
    claimant countries of one build, a frame's column as it is: empty and missing values
    are skipped) the ``claimant_extra`` colours in code order, so that Thailand and
    Cambodia are not both grey; "other" stays for claims of no state."""
    table = dict(palette()["claimant_country"])
    extra = palette()["claimant_extra"]
    new = sorted({c for c in codes if isinstance(c, str) and c and c not in table})
    table.update({code: extra[n % len(extra)] for n, code in enumerate(new)})
    return table
