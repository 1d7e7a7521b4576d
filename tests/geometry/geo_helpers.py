"""Helpers of the geometry tests: hand-built places, claims, incidents, a stub gazetteer."""

from __future__ import annotations

import datetime as dt

from geomap.model import Claim, Incident, Place

#: (name, lat, lon, country, kind) — GeoNames / Natural Earth coordinates
PLACES = {
    "Horadiz": (39.450, 47.335, "AZ", "town"),
    "Zangilan": (39.084, 46.660, "AZ", "town"),
    "Meghri": (38.901, 46.243, "AM", "town"),
    "Agarak": (38.865, 46.195, "AM", "town"),
    "Ordubad": (38.910, 46.023, "AZ", "town"),
    "Julfa": (38.954, 45.630, "AZ", "town"),
    "Nakhchivan": (39.209, 45.412, "AZ", "city"),
    "Yerevan": (40.181, 44.514, "AM", "city"),
    "Dashkasan": (40.524, 46.082, "AZ", "town"),
    "Kalbajar": (40.110, 46.044, "AZ", "town"),
    "Lachin": (39.637, 46.550, "AZ", "town"),
    "Astana": (51.180, 71.446, "KZ", "city"),
    "Jermuk": (39.841, 45.669, "AM", "town"),
    "Zakho": (37.144, 42.687, "IQ", "town"),
    "South Caucasus": (41.0, 45.0, "", "region"),
    "Armenia": (40.0, 45.0, "AM", "country"),
    "Ukraine": (49.0, 32.0, "UA", "country"),
    "Bahrain": (26.0, 50.55, "BH", "country"),
}


def make_place(name: str, **changes) -> Place:
    lat, lon, cc, kind = PLACES[name]
    fields = dict(id=f"test:{name.lower()}", name=name, lat=lat, lon=lon, country_code=cc,
                  kind=kind, source="test")
    fields.update(changes)
    return Place(**fields)


class StubGazetteer:
    """The one gazetteer call geometry makes: ``lookup(name, country_code, kind)``."""

    def __init__(self, places: dict[str, Place] | None = None):
        self.places = places if places is not None else {n: make_place(n) for n in PLACES}
        self.calls = []

    def lookup(self, name, country_code=None, kind=None):
        self.calls.append((name, country_code, kind))
        place = self.places.get(name)
        if place is None:
            return None
        if country_code and place.country_code != country_code:
            return None
        if kind and place.kind != kind:
            return None
        return place


def make_claim(cid: str, incident_id: str, country: str, stance="asserts",
               locations=(), claimant=None, day=dt.date(2022, 9, 13)) -> Claim:
    return Claim(id=cid, incident_id=incident_id, claimant=claimant or f"Government of {country}",
                 claimant_country=country, stance=stance, text=f"{country} said so.",
                 article="a.txt", sentence_index=0, date=day, date_precision="day",
                 locations=tuple(locations))


def make_incident(iid: str, actors, claims=(), locations=(), day=dt.date(2022, 9, 13),
                  event_type="Battles", articles=("a.txt",)) -> Incident:
    return Incident(id=iid, date=day, date_precision="day", event_type=event_type,
                    sub_event_type="Armed clash", actors=tuple(actors),
                    locations=tuple(locations), articles=tuple(articles), summary="test",
                    claims=tuple(claims))
