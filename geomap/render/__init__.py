"""The interactive map: one HTML file that works with no network.

    >>> from geomap.render import build_map, write_map
    >>> write_map(result, "outputs/map.html", BuildOptions())   # a geomap.Result
"""

from .map import build_map, write_map

__all__ = ["build_map", "write_map"]
