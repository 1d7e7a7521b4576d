"""The settings of geomap.geometry, read once from ``geometry/data/geometry.yaml``."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class GeometrySettings:
    """Distances in km; ``projected_crs`` is the metric CRS of buffers and nearest points."""

    projected_crs: str
    near_border_km: float
    territory_snap_km: float
    territory_hint_km: float
    territory_edge_km: float
    profile_step_km: float
    touch_km: float
    border_note: str
    claim_at_incident_km: float = 25.0
    ground_length_km: dict = field(default_factory=dict, hash=False, compare=False)
    border_overlays: tuple = field(default=(), hash=False, compare=False)
    border_status: str = "international border"
    border_source: str = "Natural Earth"
    definitions: tuple = ()


@lru_cache(maxsize=1)
def settings() -> GeometrySettings:
    raw = yaml.safe_load((DATA_DIR / "geometry.yaml").read_text(encoding="utf-8"))
    raw["border_overlays"] = tuple(raw.get("border_overlays", ()))
    raw["definitions"] = tuple(raw.get("definitions", ()))
    return GeometrySettings(**raw)
