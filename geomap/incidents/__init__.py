"""Incidents and claims: what happened, who says so, where and when.

    sentences + resolved places → actors (``find_actors``) → per-article incidents with
    their claims (``extract_incidents``) → incidents merged across articles
    (``merge_incidents``).

The word tables (titles, agencies, cue words, event types, number words) live in
``geomap/incidents/data``.
"""

from .actors import find_actors
from .extract import extract_incidents
from .merge import merge_incidents

__all__ = ["extract_incidents", "find_actors", "merge_incidents"]
