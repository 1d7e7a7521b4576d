"""Hand-built places and resolutions, so incident tests need no gazetteer; and a one-article
build with the real gazetteer, for tests that read what a user gets."""

from __future__ import annotations

import datetime as dt
import re

from shapely.geometry import Point

from geomap.gazetteer.disambiguation import haversine_km
from geomap.incidents import extract_incidents, find_actors
from geomap.model import Article, BuildOptions, Mention, Place, Resolution
from geomap.text.sentences import split_sentences

PLACES = {
    "Dashkasan": ("town", "AZ", 40.524, 46.082),
    "Kalbajar": ("town", "AZ", 40.110, 46.044),
    "Lachin": ("town", "AZ", 39.637, 46.550),
    "Tovuz": ("town", "AZ", 40.992, 45.628),
    "Jermuk": ("town", "AM", 39.841, 45.669),
    "Sotk": ("village", "AM", 40.203, 45.926),
    "Vayots Dzor": ("province", "AM", 39.76, 45.33),
    "Tavush": ("province", "AM", 40.90, 45.10),
    "Astana": ("city", "KZ", 51.180, 71.446),
    "Tehran": ("city", "IR", 35.694, 51.422),
    "Baku": ("city", "AZ", 40.378, 49.892),
    "Yerevan": ("city", "AM", 40.181, 44.514),
    "Belgrade": ("city", "RS", 44.804, 20.465),
    "Prague": ("city", "CZ", 50.088, 14.421),
    "Moscow": ("city", "RU", 55.752, 37.616),
    "Nagorno-Karabakh": ("region", "AZ", 39.82, 46.75),
    "Nakhichevan": ("region", "AZ", 39.209, 45.412),
    # names a naive matcher resolves although the text means something else
    "South Caucasus": ("region", "", 41.0, 45.0),
    "Caucasus": ("region", "", 42.5, 44.5),
    "Asia": ("region", "", 29.84, 89.30),
    "Vladimir": ("city", "RU", 56.139, 40.400),
    "Armenia": ("country", "AM", 40.0, 45.0),
    "Azerbaijan": ("country", "AZ", 40.5, 47.5),
    "Iran": ("country", "IR", 32.0, 53.0),
    "Russia": ("country", "RU", 60.0, 100.0),
    "Ukraine": ("country", "UA", 49.0, 32.0),
    "Turkey": ("country", "TR", 39.0, 35.0),
}


def place(name: str) -> Place:
    kind, cc, lat, lon = PLACES[name]
    return Place(id=f"test:{name.lower()}", name=name, lat=lat, lon=lon, country_code=cc,
                 kind=kind, source="test")


def resolve_by_hand(article: Article, names=None) -> tuple[Resolution, ...]:
    """A resolution for every occurrence of a known place name in the article, as written
    or in capitals ("YEREVAN, September 14 —"), the longest where names overlap."""
    names = names or PLACES
    out = []
    for name in names:
        written = r"(?<![\w])(?:" + re.escape(name) + "|" + re.escape(name.upper()) + r")(?![\w])"
        for m in re.finditer(written, article.text):
            out.append(Resolution(Mention(article.id, m.group(), m.start(), m.end()),
                                  place(name), 1.0))
    kept = []                     # longest match wins: "South Caucasus", not "Caucasus"
    for r in sorted(out, key=lambda r: r.mention.start - r.mention.end):
        if all(r.mention.end <= k.mention.start or r.mention.start >= k.mention.end
               for k in kept):
            kept.append(r)
    return tuple(sorted(kept, key=lambda r: r.mention.start))


def incidents_of(text: str, published=dt.date(2023, 5, 14), article_id="a.txt"):
    """The incidents ``extract_incidents`` finds in ``text`` with hand-built resolutions
    (one article, no merging, no gazetteer)."""
    article = Article(id=article_id, text=text, published=published)
    sentences = split_sentences(article)
    return extract_incidents(article, sentences, resolve_by_hand(article),
                             find_actors(article, sentences), None)


def build_article(tmp_path, text: str, published: dt.date):
    """``geomap.build`` of one article written to ``tmp_path`` (the real gazetteer)."""
    import geomap

    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    return geomap.build([str(article)], BuildOptions(published=published))


def claims_in(result) -> list[tuple[str, str, str]]:
    """(claimant, claimant_country, stance) of every claim of a build, in order."""
    return [(c.claimant, c.claimant_country, c.stance) for c in result.claims.itertuples()]


def day_of(value) -> dt.date:
    """A frame's date (an ISO string or a timestamp) as a date."""
    return dt.date.fromisoformat(str(value)[:10])


#: a Friday of 2024, the publication day most short test articles are given
MAY_10 = dt.date(2024, 5, 10)
#: a Thursday of 2024, the publication day of many longer test articles
JUNE_20 = dt.date(2024, 6, 20)
#: other publication days several test files share
SEPT_15 = dt.date(2022, 9, 15)      # a Thursday
MAY_8_2024 = dt.date(2024, 5, 8)    # a Wednesday
MAY_10_2025 = dt.date(2025, 5, 10)
MAY_15 = dt.date(2025, 5, 15)
MAY_20 = dt.date(2025, 5, 20)
OCT_15_2025 = dt.date(2025, 10, 15)
OCT_20_2025 = dt.date(2025, 10, 20)  # a Monday
NOV_20_2025 = dt.date(2025, 11, 20)

#: articles tests of several files read
SHELLING_ON_SUNDAY = ("Ukrainian artillery shelled the Russian border town of Shebekino on "
                      "Sunday, wounding four people.\n")
LEAD = ("YEREVAN, June 18 — Azerbaijani forces shelled Armenian positions near Sotk on Monday "
        "night, killing one soldier, Armenia's Defence Ministry said on Tuesday.\n\n")
PAHALGAM = (
    "NEW DELHI, May 7, 2025 - The Indian armed forces early on Wednesday struck nine sites "
    "in Pakistan that the government described as terrorist infrastructure, a fortnight "
    "after the Pahalgam attack in which 26 people, most of them tourists, were shot dead.\n\n"
    "The attack at Baisaran meadow near Pahalgam on April 22 was the deadliest on civilians "
    "in Jammu and Kashmir in years. India blamed Pakistan-based groups for it, a charge "
    "Islamabad denied.\n")
#: (lon, lat) degrees, WGS 84
TEKNAF = Point(92.30, 20.86)


def incident_rows(result) -> list:
    """The incident rows of a build, in its order."""
    return list(result.incidents.itertuples())


def incidents_by_date(result) -> list:
    """The incident rows of a build, earliest first."""
    return sorted(result.incidents.itertuples(), key=lambda i: str(i.date))


def incident_keys(result) -> list[tuple]:
    """(date, sub_event_type, actors, places) of every incident of a build, sorted."""
    return sorted((str(i.date), i.sub_event_type, tuple(i.actors), tuple(i.places))
                  for i in result.incidents.itertuples())


def incident_figures(tmp_path, text: str, published: dt.date = MAY_20) -> list[dict]:
    """Date, places and (min, max) fatalities and injured (None: unknown) of every incident
    of a build of ``text``, by date and places."""
    def value(v):
        return None if v is None or v != v else int(v)      # NaN: unknown
    result = build_article(tmp_path, text, published)
    return sorted(({"date": str(i.date), "places": set(i.places.split("; ")) if isinstance(
        i.places, str) else set(i.places), "fatalities": (value(i.fatalities_min),
                                                         value(i.fatalities_max)),
        "injured": (value(i.injured_min), value(i.injured_max))}
        for i in result.incidents.itertuples()), key=lambda i: (i["date"], sorted(i["places"])))


def only_figures(tmp_path, text: str) -> dict:
    """The figures of the one incident of a build of ``text`` (see ``incident_figures``)."""
    (incident,) = incident_figures(tmp_path, text)
    return incident


def killed(incident) -> tuple:
    """(fatalities_min, fatalities_max) of an incident row."""
    return incident.fatalities_min, incident.fatalities_max


def incidents_built(tmp_path, text: str, published: dt.date) -> list:
    """The incident rows of a build of ``text``."""
    return incident_rows(build_article(tmp_path, text, published))


def only_incident(tmp_path, text: str, published: dt.date = MAY_10):
    """The one incident row of a build of ``text`` (fails unless there is exactly one)."""
    (incident,) = build_article(tmp_path, text + "\n", published).incidents.itertuples()
    return incident


def built_one_incident(tmp_path, text: str, published: dt.date):
    """The build of ``text`` and its one incident row (fails unless there is exactly one)."""
    result = build_article(tmp_path, text, published)
    (incident,) = result.incidents.itertuples()
    return result, incident


def claims_on(result, incident_id: str) -> list[tuple[str, str, str]]:
    """(claimant, claimant_country, stance) of the claims of one incident, in order."""
    return [(c.claimant, c.claimant_country, c.stance) for c in result.claims.itertuples()
            if c.incident_id == incident_id]


def claims_with_kind(result) -> list[tuple[str, str, str, str]]:
    """(claimant, claimant_country, claimant_kind, stance) of every claim of a build."""
    return [(c.claimant, c.claimant_country, c.claimant_kind, c.stance)
            for c in result.claims.itertuples()]


def claimant_countries(result) -> list[str]:
    """The claimant_country of every claim of a build, sorted."""
    return sorted(c.claimant_country for c in result.claims.itertuples())


def stances_on(result, incident) -> list[tuple[str, str]]:
    """(claimant_country, stance) of the claims attached to ``incident``, sorted."""
    return sorted((c.claimant_country, c.stance) for c in result.claims.itertuples()
                  if c.incident_id == incident.id)


def km_between(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km between two (lat, lon) points in degrees."""
    return haversine_km(*a, *b)


def km_from(incident, lat: float, lon: float) -> float:
    """How far the incident's drawn geometry (its centre) lies from a point, in km."""
    centre = incident.geometry.centroid
    return haversine_km(centre.y, centre.x, lat, lon)


#: (event_type, sub_event_type) of the kinds the event-word tests expect
CLASH = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
DRONE = ("Explosions/Remote violence", "Air/drone strike")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
#: degrees: about 25 km at the latitudes of the tests' places
NEAR = 0.25


def assert_told(incident, kind: tuple[str, str], sides: set[str], where) -> None:
    """The incident is of ``kind``, has at least ``sides`` among its actors and is drawn
    within ``NEAR`` of the shapely point ``where``."""
    assert (incident.event_type, incident.sub_event_type) == kind
    assert sides <= set(incident.actors)
    assert incident.geometry.distance(where) < NEAR
