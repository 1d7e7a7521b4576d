"""Geometries: boundary data, border sectors, overlays and spatial analysis.

    >>> from geomap.geometry import load_boundaries, locate, build_overlays
    >>> boundaries = load_boundaries()          # cached; GeoDataFrames in EPSG:4326
    >>> incidents_gdf, claims_gdf = locate(incidents, articles, boundaries, options)
    >>> overlays_gdf, analysis = build_overlays(gazetteer, boundaries, options)
"""

from __future__ import annotations

from .boundaries import Boundaries, load_boundaries, pair_key
from .incident_geometry import locate

__all__ = ["Boundaries", "build_overlays", "load_boundaries", "locate", "pair_key"]


def __getattr__(name):
    # overlays import lazily: they need the corridor definition and the gazetteer
    if name == "build_overlays":
        from .overlays import build_overlays
        return build_overlays
    raise AttributeError(name)
