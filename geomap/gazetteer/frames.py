"""The places frame: one Point per distinct resolved place across articles."""

from __future__ import annotations

from collections.abc import Iterable

import geopandas as gpd
from shapely.geometry import Point

from ..frames import PLACE_COLUMNS, frame
from ..model import ArticleFindings


def places_frame(findings: Iterable[ArticleFindings]) -> gpd.GeoDataFrame:
    """``geomap.frames.PLACE_COLUMNS``, sorted by id: ``mentions`` the distinct surfaces
    as written (first seen first), ``articles`` the sorted article ids, ``score`` and
    ``reason`` of the most confident resolution, ``alternatives`` the distinct names of
    the places it was chosen over. Same findings, same frame."""
    places: dict[str, dict] = {}
    for found in sorted(findings, key=lambda f: f.article.id):
        for res in found.resolutions:
            place = res.place
            if place is None:
                continue
            row = places.get(place.id)
            if row is None:
                row = places[place.id] = dict(
                    id=place.id, name=place.name, mentions=[], country_code=place.country_code,
                    kind=place.kind, source=place.source, articles=set(),
                    population=int(place.population), score=-1.0, reason="",
                    alternatives=[], geometry=Point(place.lon, place.lat))
            if res.mention.surface not in row["mentions"]:
                row["mentions"].append(res.mention.surface)
            row["articles"].add(res.mention.article_id or found.article.id)
            if res.score > row["score"]:
                row["score"], row["reason"] = float(res.score), res.reason
            for alt in res.alternatives:
                if alt.name not in row["alternatives"] and alt.id != place.id:
                    row["alternatives"].append(alt.name)
    rows = []
    for pid in sorted(places):
        row = places[pid]
        row["articles"] = sorted(row["articles"])
        row["alternatives"] = sorted(row["alternatives"])
        rows.append(row)
    return frame(rows, PLACE_COLUMNS)
