"""geomap: news reporting about border incidents → an offline interactive map and GIS data.

    >>> import geomap
    >>> result = geomap.build(["../shared/seeds/seeds.json"])
    >>> result.incidents  # a GeoDataFrame
"""

from .errors import (EncodingError, GeomapError, InputError, OnlineGeocoderError,
                     OutputError, OverrideError, UnknownPlaceError)
from .model import (ActorMention, Article, BuildOptions, Candidate, Claim, Incident,
                    Location, Mention, Place, Resolution, Sentence)

__version__ = "0.1.0"

__all__ = [
    "ActorMention", "Article", "BuildOptions", "Candidate", "Claim", "EncodingError",
    "GeomapError", "Incident", "InputError", "Location", "Mention", "OnlineGeocoderError",
    "OutputError", "OverrideError", "Place", "Resolution", "Result", "Sentence",
    "UnknownPlaceError", "build", "resolve", "write_outputs",
]


def __getattr__(name: str):
    """``build`` and ``Result`` load the pipeline (geopandas, shapely …) on first use:
    ``geomap --help`` and a Ctrl-C while the command starts stay quick and quiet."""
    if name in ("build", "Result"):
        from . import pipeline
        return getattr(pipeline, name)
    raise AttributeError(f"module 'geomap' has no attribute {name!r}")


def resolve(name: str, context: str = "") -> Resolution:
    """Resolve one place name offline; raises ``UnknownPlaceError`` when nothing fits."""
    from .gazetteer import load_gazetteer
    return load_gazetteer().resolve(name, context=context)


def write_outputs(result: "Result", out_dir, options: BuildOptions | None = None):
    """Write the files of ../shared/OUTPUTS.md for ``result`` into ``out_dir`` atomically."""
    from .outputs import write_outputs as _write
    return _write(result, out_dir, options or BuildOptions())
