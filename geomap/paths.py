"""Where geomap finds its built data (the top-level ``gazetteer/`` folder) and its cache."""

from __future__ import annotations

import os
from pathlib import Path

from .errors import GeomapError

PACKAGE_DIR = Path(__file__).resolve().parent


def gazetteer_dir() -> Path:
    """The committed, built gazetteer and boundary set (``GEOMAP_GAZETTEER_DIR`` overrides)."""
    override = os.environ.get("GEOMAP_GAZETTEER_DIR")
    folder = Path(override) if override else PACKAGE_DIR.parent / "gazetteer"
    if not folder.is_dir():
        raise GeomapError(
            f"gazetteer data not found at {folder}; install geomap from its source folder "
            "(pip install -e .) or set GEOMAP_GAZETTEER_DIR")
    return folder


def cache_dir() -> Path:
    """Where derived indexes are cached between runs (``GEOMAP_CACHE_DIR`` overrides)."""
    override = os.environ.get("GEOMAP_CACHE_DIR")
    if override:
        folder = Path(override)
    else:
        import platformdirs
        folder = Path(platformdirs.user_cache_dir("geomap"))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:        # "GEOMAP_CACHE_DIR=some/file", a read-only place
        raise GeomapError(f"cannot use the cache folder {folder} ({exc.strerror or exc}); "
                          "set GEOMAP_CACHE_DIR to a writable folder") from None
    return folder
