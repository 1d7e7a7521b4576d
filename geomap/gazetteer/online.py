"""The opt-in online fallback (``--online``): geopy's Nominatim for names the offline
gazetteer lacks, rate-limited and cached on disk. Never used unless asked for.

The service defaults to OpenStreetMap's Nominatim; ``GEOMAP_NOMINATIM_DOMAIN`` and
``GEOMAP_NOMINATIM_SCHEME`` point it elsewhere (a self-hosted instance, or a local test
server). Answers, including "not found", are kept in
``cache_dir()/nominatim-cache.json`` so a name is asked for once. Results are © the
OpenStreetMap contributors, ODbL.
"""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
import threading
from pathlib import Path

from ..errors import OnlineGeocoderError
from ..model import Place
from ..paths import cache_dir

log = logging.getLogger(__name__)

USER_AGENT = "geomap (offline border-incident mapper; opt-in --online fallback)"
#: seconds between two requests (Nominatim's usage policy asks for at most one a second)
MIN_DELAY_SECONDS = 1.0

#: Nominatim address types → geomap place kinds
_KINDS = {"country": "country", "state": "province", "province": "province",
          "region": "region", "county": "district", "district": "district",
          "city": "city", "town": "town", "village": "village", "hamlet": "village",
          "river": "river", "lake": "lake", "water": "lake", "peak": "mountain",
          "mountain": "mountain"}


class OnlineGeocoder:
    """Nominatim through geopy's ``RateLimiter``, with a JSON cache on disk."""

    def __init__(self, domain: str | None = None, scheme: str | None = None,
                 cache_file: Path | None = None, min_delay_seconds: float = MIN_DELAY_SECONDS):
        from geopy.extra.rate_limiter import RateLimiter
        from geopy.geocoders import Nominatim
        domain = domain or os.environ.get("GEOMAP_NOMINATIM_DOMAIN") or "nominatim.openstreetmap.org"
        scheme = scheme or os.environ.get("GEOMAP_NOMINATIM_SCHEME") or "https"
        self.domain = domain
        self._geocoder = Nominatim(user_agent=USER_AGENT, domain=domain, scheme=scheme,
                                   timeout=10)
        self._geocode = RateLimiter(self._geocoder.geocode,
                                    min_delay_seconds=min_delay_seconds, max_retries=1,
                                    error_wait_seconds=min_delay_seconds, swallow_exceptions=False)
        self.cache_file = cache_file or cache_dir() / "nominatim-cache.json"
        self._lock = threading.Lock()
        self._cache = self._read_cache()
        #: why the service failed, once it has: it is not asked again in this run (a
        #: machine without network would wait out a timeout per unknown name)
        self.failure: str | None = None

    def _read_cache(self) -> dict:
        try:
            return json.loads(self.cache_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def _write_cache(self) -> None:
        """Keep the answers on disk; a cache that cannot be written costs only a request
        next time, so it is logged, not raised."""
        tmp = None
        try:
            self.cache_file.parent.mkdir(parents=True, exist_ok=True)
            # a temporary file of its own: worker processes may write at the same time
            fd, tmp = tempfile.mkstemp(dir=self.cache_file.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(self._cache, handle, ensure_ascii=False, sort_keys=True)
            os.replace(tmp, self.cache_file)
        except OSError as exc:
            log.warning("could not write the online geocoder cache %s: %s",
                        self.cache_file, exc)
            if tmp and os.path.exists(tmp):
                os.unlink(tmp)

    def geocode(self, name: str) -> Place | None:
        """The place Nominatim finds for ``name``, or None; raises OnlineGeocoderError
        when the service fails, and once it has, answers from the cache only."""
        query = " ".join(name.split())
        cache_key = f"{self.domain}|{query.lower()}"
        with self._lock:
            if cache_key in self._cache:
                return _place(self._cache[cache_key])
        if self.failure is not None:
            return None
        from geopy.exc import GeopyError
        try:
            location = self._geocode(query, exactly_one=True, addressdetails=True,
                                     language="en")
        except GeopyError as exc:
            self.failure = (f"online geocoder {self.domain} failed for {query!r}: "
                            f"{_first_line(exc)}")
            raise OnlineGeocoderError(self.failure) from exc
        record = None
        if location is not None:
            raw = location.raw or {}
            address = raw.get("address") or {}
            record = {"name": query, "display_name": raw.get("display_name", query),
                      "lat": float(location.latitude), "lon": float(location.longitude),
                      "country_code": str(address.get("country_code", "")).upper(),
                      "type": raw.get("addresstype") or raw.get("type") or "",
                      "osm": f"{raw.get('osm_type', 'x')}-{raw.get('osm_id', '0')}"}
        with self._lock:
            self._cache[cache_key] = record
            self._write_cache()
        return _place(record)


def _first_line(error: Exception) -> str:
    """What went wrong, without urllib3's nested retries: "Max retries exceeded with url:
    … (Caused by NameResolutionError(…))" is cut to its cause's last words."""
    text = " ".join(str(error).split())
    cause = re.search(r"\(Caused by \w+\([^:]*?:?\s*(.*?)\)+\s*$", text)
    text = cause.group(1) if cause else text
    return text if len(text) <= 160 else text[:159] + "…"


def _place(record: dict | None) -> Place | None:
    if not record:
        return None
    osm = re.sub(r"[^a-z0-9-]", "", str(record.get("osm", "")).lower())
    return Place(id=f"osm:{osm}", name=record["name"], lat=record["lat"], lon=record["lon"],
                 country_code=record.get("country_code", ""),
                 kind=_KINDS.get(record.get("type", ""), "other"),
                 source="Nominatim (© OpenStreetMap contributors, ODbL): "
                        + record.get("display_name", ""))
