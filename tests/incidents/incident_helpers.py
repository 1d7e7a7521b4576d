"""Hand-built places and resolutions, so incident tests need no gazetteer; and a one-article
build with the real gazetteer, for tests that read what a user gets."""

from __future__ import annotations

import datetime as dt
import re

from geomap.model import Article, BuildOptions, Mention, Place, Resolution

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


def only_incident(tmp_path, text: str, published: dt.date = MAY_10):
    """The one incident row of a build of ``text`` (fails unless there is exactly one)."""
    (incident,) = build_article(tmp_path, text + "\n", published).incidents.itertuples()
    return incident


def stances_on(result, incident) -> list[tuple[str, str]]:
    """(claimant_country, stance) of the claims attached to ``incident``, sorted."""
    return sorted((c.claimant_country, c.stance) for c in result.claims.itertuples()
                  if c.incident_id == incident.id)


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
