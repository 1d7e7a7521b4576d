"""``locate``: incidents and claims → the incidents and claims GeoDataFrames.

Each claim gets the geometry of its own locations (``rules.py``). An incident's geometry is
the coordinates written in its text where there are any, else the union of the geometries
of its claims that name a location — leaving out a denial's places that no asserting claim
names when an asserting claim puts the event at a town, and those of
``geo_precision`` 3 (a whole country, border or region) when some claim is more precise;
when none is, the local places the report tells in its own words come first ("on
Jordanian territory, the army said. The fighting took place in Mafraq province") —
else of its own locations. A district or province that holds another place the incident
is told at adds nothing to its geometry (a strike "inside Sistan-Baluchestan province" and
"near the town of Saravan" is drawn at Saravan), though its ``geo_precision`` stays that
of all it names. Coarse claims stay on the claims layer: when Baku puts a
clash on three border stretches and Yerevan says only "against Armenia's sovereign
territory", the incident is the border stretches (near a border, in neither country), not
all of Armenia.

An incident placed no closer than a whole border or country — its scene a place the
gazetteer lacks — is drawn along the stretches of its sides' border facing the towns (else
districts or provinces) where its article tells its other events, when those lie near that
border (``facing_the_scenes``), still at ``geo_precision`` 3: a shootout "at a water intake
on the Kyrgyz-Tajik border", told after one near Kok-Tash, is drawn on that border near
Kok-Tash, not along all 840 km of it. A sea told only as the shore of a clash between
neighbours ("near Ras Doumeira, the rocky headland on the Red Sea coast"), whose shape
lies far from their border, is left out for their border, narrowed so to the article's
towns or else to where it meets that shore (``off_their_shore``,
``where_their_border_meets``); a place told only by a compass point from a town ("east of
El Paso") is the place the article tells its events at that lies that way, if any
(``toward_the_scenes``).

A claim that names no place takes the incident's places that its own side reported (the
reporter's and its own country's claimants'; other claimants' places are not lent to it,
except a meeting's or call's venue, and to a denial, which bears on them, or to a claimant of
no country); failing those, like an incident that names none, it
falls back, at ``geo_precision`` 3, to the border its actors share (a violent or military
event) — or, with one actor, the border it shares with a claimant's country (Armenia says
Azerbaijani forces fired: the Armenia–Azerbaijan border, not all of Azerbaijan) —, else,
for a meeting or call (not on a border), to the actors' capitals (their governments),
else to their countries.

Where a claim is drawn (``at_the_incident``): a claim placed no closer than a whole
country, border or region, or naming no place, is drawn at its incident's place when that
is closer and lies within ``claim_at_incident_km`` of the claim's own shape — Yerevan's
"against Armenia's sovereign territory" about a clash on border stretches is drawn on
those stretches, not as the outline of all Armenia; Ankara's denial naming no place about
shelling at Zakho is drawn at Zakho, not over the "south of Iraq" the report also names.
Its ``location`` keeps what the claim named.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace

import geopandas as gpd
import shapely
import shapely.ops
from shapely.geometry import MultiPoint, Point

from ..frames import CLAIM_COLUMNS, INCIDENT_COLUMNS, frame
from ..gazetteer.tables import POPULATED_KINDS
from ..model import (COORDINATES_SOURCE, HOLDING_KINDS, Article, BuildOptions, Claim,
                     Incident, Location, Place)
from ..text.told_positions import degrees_off
from .boundaries import Boundaries
from .measure import GEOD, geodesic_gap_km
from .rules import (OFFSET_AT_PLACE_KM, SECTOR_REACH, SETTLEMENT_KINDS, Placed,
                    border_geometry, combine, country_geometry, location_geometry,
                    sector_facing)
from .sectors import shared_pairs
from .settings import settings
from .territory import near_border, territory

log = logging.getLogger(__name__)

#: the geo_precision of a country, region or whole border (../shared/OUTPUTS.md)
COARSE = 3
#: how far (km) and how many degrees either side of a compass point alone ("east of El
#: Paso") a place the article tells may lie to be the place that way (``toward_the_scenes``):
#: a writer names the nearest of four or eight points, so a place to the south-east is
#: "east" too
THAT_WAY_KM = 150
THAT_WAY_DEGREES = 67.5


def _iso(day) -> str | None:
    return day.isoformat() if day is not None else None


def place_locations(locations, boundaries: Boundaries, radius_km: float,
                    parties: Iterable[str]) -> Placed | None:
    parties = tuple(parties)
    return combine(location_geometry(loc, boundaries, radius_km, parties)
                   for loc in locations)


def fallback(actors: Iterable[str], boundaries: Boundaries,
             claimants: Iterable[str] = (), diplomatic: bool = False,
             capitals: Mapping[str, Place] | None = None) -> Placed | None:
    """No place named: the actors' shared border (not for diplomacy: a call between Baku
    and Tehran is not on their border, so their capitals, where ``capitals`` holds them
    all, else the actors' countries), or one actor's border with a claimant's country,
    else the first actor's (then claimant's) country the boundary set holds; None when
    there is none."""
    actors = tuple(dict.fromkeys(a.upper() for a in actors if a))
    if len(actors) >= 2 and diplomatic and capitals and all(c in capitals for c in actors):
        # the governments speaking, not the breadth of Russia or the United States
        seats = [capitals[c] for c in actors]
        return Placed(MultiPoint([(p.lon, p.lat) for p in seats]), COARSE,
                      "no place named: the capitals of the actors "
                      f"({', '.join(p.name for p in seats)})")
    if len(actors) >= 2 and diplomatic:
        held = [c for c in actors if boundaries.country_extent(c) is not None]
        if len(held) >= 2:
            return Placed(country_geometry(held, boundaries), 3,
                          f"no place named: countries {', '.join(held)} of the actors")
    claimants = tuple(dict.fromkeys(c.upper() for c in claimants if c))
    if len(actors) >= 2 and not diplomatic:
        found = border_geometry(actors, boundaries)
        if found is not None:
            return Placed(found[0], 3, f"no place named: border {found[1]} of the actors")
    if len(actors) == 1 and not diplomatic:
        found = border_geometry(actors, boundaries, claimants, every_border=False)
        if found is not None:
            return Placed(found[0], 3, f"no place named: border {found[1]} of the actor and "
                                       "a claimant")
    for code in actors + claimants:
        geom = country_geometry((code,), boundaries)
        if geom is not None:
            return Placed(geom, 3, f"no place named: country {code}")
    return None


def _claim_parties(claim: Claim, incident: Incident) -> tuple[str, ...]:
    return (claim.claimant_country,) + tuple(incident.actors)


def _reported(incident: Incident, own: dict[str, Placed | None]) -> list[Placed | None]:
    """The placements of an incident's claims, but for a denial's places that no asserting
    claim names when an asserting claim puts the event at a town: the denier's version
    ("its positions in the Kalbajar district had not fired") is the claim's, not where the
    reported event was."""
    asserting = [own[c.id] for c in incident.claims if c.stance != "denies"]
    if not any(p is not None and p.precision < COARSE for p in asserting):
        return [own[c.id] for c in incident.claims]
    said = {where.place.id for c in incident.claims if c.stance != "denies"
            for where in c.locations if where.place is not None}
    return [own[c.id] for c in incident.claims if c.stance != "denies"
            or all(where.place is None or where.place.id in said for where in c.locations)]


#: relations that put an event inside a place, not beside a border facing it
_INSIDE = frozenset({"at", "near", "district"})


def _enclosing(incident: Incident) -> frozenset:
    """The incident's districts and provinces that only hold another place it is told at:
    "struck hideouts inside Sistan-Baluchestan province" and "near the town of Saravan"
    is Saravan (a denial's places do not narrow what is asserted); and the point of a
    river told beside a town (``_river_point_beside``)."""
    denied = {loc for c in incident.claims if c.stance == "denies" for loc in c.locations}
    asserted = {loc for c in incident.claims if c.stance != "denies"
                for loc in c.locations} | {loc for loc in incident.locations
                                           if loc not in denied}
    places = [loc.place for loc in asserted if loc.place is not None
              and loc.relation in _INSIDE | {"direction", "sector"}]
    return frozenset(loc for loc in asserted | set(incident.locations)
                     if loc.place is not None and (
                         loc.relation in _INSIDE and any(p.lies_in(loc.place) for p in places)
                         or _river_point_beside(loc.place, places)))


def _river_point_beside(river, places) -> bool:
    """Whether ``river`` is a river the gazetteer knows only as one point (its mouth, a
    table row's) told beside a settlement: "near Lavara on the Evros river" is at Lavara,
    not 65 km downstream (a river with a centreline, the Aras, is drawn as one)."""
    return river.kind == "river" and not river.area and any(
        p.kind in POPULATED_KINDS for p in places)


def _narrowed(incident: Incident, own: dict[str, Placed | None], place) -> dict:
    """``own`` with each claim placed without the areas ``_enclosing`` leaves out (a claim
    naming only such an area adds nothing to where the incident is drawn); ``place`` is
    ``place_locations`` (remembered)."""
    wide = _enclosing(incident)
    if not wide:
        return own
    narrowed = dict(own)
    for c in incident.claims:
        if any(loc in wide for loc in c.locations):
            kept = [loc for loc in c.locations if loc not in wide]
            narrowed[c.id] = place(kept, _claim_parties(c, incident)) if kept else None
    return narrowed


def _named_placement(incident: Incident, own: dict[str, Placed | None], place,
                     narrowed: bool = False) -> Placed | None:
    """The union of the incident's claims' placements (``own``, local ones where there are
    any), else of its own locations (local ones where there are any, as for claims: a
    town told in one sentence is not widened to the country another names as where the
    victims were heading; without ``_enclosing`` areas when ``narrowed``); when the
    claims give only a country, border or region, the local places the report tells in
    its own words come first."""
    # claims that name the same places share one placement: combine each once
    named = list({id(p): p for p in _reported(incident, own) if p is not None}.values())
    wide = _enclosing(incident) if narrowed else frozenset()
    local = [p for p in named if p.precision < COARSE]
    if local:
        return combine(local)
    if named:
        told = _told_by_the_report(incident, wide, place)
        return told if told is not None else combine(named)
    own = [place((loc,), incident.actors) for loc in
           [loc for loc in incident.locations if loc not in wide] or incident.locations]
    local = [p for p in own if p is not None and p.precision < COARSE]
    return combine(local or own)


def _told_by_the_report(incident: Incident, wide: frozenset, place) -> Placed | None:
    """The placement of the incident's locations that no claim gives — those of the
    report's own sentences ("The fighting took place in Mafraq province") — when it is
    narrower than a country, border or region; else None. A claimant's "on Jordanian
    territory" does not outweigh the place the report names."""
    claimed = {loc for c in incident.claims for loc in c.locations}
    told = (place((loc,), incident.actors) for loc in incident.locations
            if loc not in claimed and loc not in wide)
    return combine(p for p in told if p is not None and p.precision < COARSE)


def _incident_placement(incident: Incident, own: dict[str, Placed | None],
                        boundaries: Boundaries, radius_km: float,
                        capitals: Mapping[str, Place] | None = None,
                        place=None) -> Placed | None:
    """Where an incident is drawn (the module docstring); ``place`` is
    ``place_locations`` (remembered)."""
    if place is None:
        def place(locations, parties):
            return place_locations(locations, boundaries, radius_km, parties)
    written = [loc for loc in incident.locations
               if loc.place is not None and loc.place.source == COORDINATES_SOURCE]
    if written:     # coordinates given in the text are the most exact place there is
        return place(written, incident.actors)
    whole = _named_placement(incident, own, place)
    if _enclosing(incident):
        # drawn at the places inside, as precise as the whole told: "fighting on the edge
        # of Sudzha" in "the Kursk region" is near Sudzha, not at it
        inner = _named_placement(incident, _narrowed(incident, own, place), place, True)
        if inner is not None and whole is not None:
            return Placed(inner.geometry, max(inner.precision, whole.precision), inner.how)
    if whole is not None:
        return whole
    return fallback(incident.actors, boundaries, (c.claimant_country for c in incident.claims),
                    diplomatic=_diplomatic(incident), capitals=capitals)


#: relations that tie an event to a town, district or province (not a border or country)
_LOCAL_RELATIONS = frozenset({"at", "near", "district", "direction", "sector"})
#: kinds of place an article's events are told at that may anchor a border stretch
_SCENE_KINDS = SETTLEMENT_KINDS | HOLDING_KINDS


def article_scenes(incidents: Iterable[Incident]
                   ) -> dict[str, tuple[tuple[Place, frozenset[str]], ...]]:
    """Per article, the towns, districts and provinces its incidents and claims are told
    at, in the order told (not a meeting's venue: a capital is no scene on a border), each
    with the sides of its event: the incident's actors and the place's own country (a
    bombing in Quetta by no foreign side is no scene of a clash on the Afghan border)."""
    scenes: dict[str, list[tuple[Place, frozenset[str]]]] = {}
    for incident in incidents:
        if _diplomatic(incident):
            continue
        actors = frozenset(a for a in incident.actors if a)
        told = [(loc.place, actors | {loc.place.country_code})
                for loc in _told_locations(incident)
                if loc.place is not None and loc.relation in _LOCAL_RELATIONS
                and loc.place.kind in _SCENE_KINDS and loc.place.source != COORDINATES_SOURCE]
        for article in incident.articles:
            scenes.setdefault(article, []).extend(told)
    return {a: tuple(dict.fromkeys(places)) for a, places in scenes.items()}


def facing_the_scenes(incident: Incident,
                      scenes: Mapping[str, tuple[tuple[Place, frozenset[str]], ...]],
                      boundaries: Boundaries, radius_km: float) -> Placed | None:
    """Where to draw an incident that names no place narrower than a whole border or
    country — its scene is one the gazetteer lacks ("at a forward post along the Line of
    Control") — when its article tells other events between the same two sides at towns
    (else districts or provinces) lying within ``SECTOR_REACH`` sector radii of their border:
    the stretches of that border facing them (a sector's radius either side of a town's
    nearest border point; that reach either side of a district's or province's, whose one
    point says little of its extent), not its whole length. ``geo_precision`` stays 3:
    the article's neighbourhood, not the sentence's own word. None when no such place is
    told (or the incident is diplomatic, or told at a place or region of its own)."""
    told = _told_locations(incident)
    if _diplomatic(incident) or any(loc.relation not in ("border", "country") for loc in told):
        return None
    actors = {a for a in incident.actors if a}
    sides = actors | {c for loc in told for c in loc.countries}
    if len(actors) < 2:         # one side: its border with a claimant's (``fallback``)
        sides |= {c.claimant_country for c in incident.claims if c.claimant_country}
    keys = [k for k in shared_pairs(boundaries, sides, beyond_region=True)
            if not actors or actors & set(k.split("-"))]
    told_at = [scene for a in incident.articles for scene in scenes.get(a, ())]
    reach = SECTOR_REACH * radius_km
    stretches, faced, borders, radii = [], [], [], []
    for key in keys:
        pair = set(key.split("-"))
        line = boundaries.border(*key.split("-"))
        places = list(dict.fromkeys(p for p, sides in told_at if pair <= sides))
        anchors = [p for p in places if p.kind in SETTLEMENT_KINDS] or places
        for p in anchors:
            point = Point(p.lon, p.lat)
            if p.country_code not in pair or not geodesic_gap_km(point, line) <= reach:
                continue
            # a town faces a sector's length of border, a district or province (known
            # by one point) as much as lies within reach of it
            radius = radius_km if p.kind in SETTLEMENT_KINDS else reach
            sector = sector_facing(boundaries, key, point, radius)
            if not sector.geometry.is_empty:
                stretches.append(sector.geometry)
                faced.append(p.name)
                borders.append(key.replace("-", "–"))
                radii.append(radius)
    if not stretches:
        return None
    return Placed(_joined(stretches), COARSE,
                  f"border {', '.join(dict.fromkeys(borders))}: its stretches within "
                  f"{max(radii):g} km of the points nearest {', '.join(dict.fromkeys(faced))}, "
                  "where the article tells its events (no place of its own)")


def _told_locations(incident: Incident) -> tuple[Location, ...]:
    """The locations of an incident and then those of its claims."""
    return (*incident.locations, *(loc for c in incident.claims for loc in c.locations))


def _relocated(incident: Incident,
               change: Callable[[tuple[Location, ...]], tuple[Location, ...]]) -> Incident:
    """``incident`` with ``change`` made to its locations and to each of its claims'."""
    return replace(incident, locations=change(incident.locations),
                   claims=tuple(replace(c, locations=change(c.locations))
                                for c in incident.claims))


def _compass_only(loc: Location) -> bool:
    """Whether ``loc`` is told by a compass point alone from its place ("east of El
    Paso"): ``offset`` with a bearing and no distance."""
    return loc.relation == "near" and loc.place is not None and bool(loc.offset) \
        and loc.offset[0] is None


def toward_the_scenes(incident: Incident) -> Incident:
    """``incident`` (and its claims) with each location told by a compass point alone from
    a place ("came under fire east of El Paso", how far untold) put at the place nearest
    it among those the incident itself or a claim of it is told at (``article_scenes`` of
    it alone; for an event with no sides named, in the town's country) that lie that way,
    within ``THAT_WAY_KM`` and ``THAT_WAY_DEGREES`` of the bearing written: the site the
    other side names, not the town it is told from, 80 km off. The places of the
    article's other incidents are not: a bomb in Spin Boldak two days later is another
    event, not where the ambush "east of Kandahar" was. Unchanged where no such place is
    told (drawn near the town's point, ``rules._offset_point``)."""
    told = [scene for scenes in article_scenes((incident,)).values() for scene in scenes]
    actors = {a for a in incident.actors if a}

    def thither(loc: Location) -> Location:
        if not _compass_only(loc):
            return loc
        found = []
        for p, sides in told:
            if p.id == loc.place.id or not actors <= sides or (
                    not actors and p.country_code != loc.place.country_code):
                continue
            bearing, _, metres = GEOD.inv(loc.place.lon, loc.place.lat, p.lon, p.lat)
            if OFFSET_AT_PLACE_KM < metres / 1000 <= THAT_WAY_KM \
                    and degrees_off(bearing, loc.offset[1]) <= THAT_WAY_DEGREES:
                found.append((metres, p))
        return Location("near", place=min(found, key=lambda f: f[0])[1]) if found else loc

    if not any(_compass_only(loc) for loc in _told_locations(incident)):
        return incident
    return _relocated(incident, lambda told: tuple(thither(loc) for loc in told))


def off_their_shore(incident: Incident, boundaries: Boundaries, radius_km: float
                    ) -> tuple[Incident, tuple[Placed, ...]]:
    """``incident`` (and its claims) without the regions it is told beside ("near Ras
    Doumeira, the rocky headland on the Red Sea coast": ``part`` "shore") whose shape
    lies farther than ``SECTOR_REACH`` sector radii from the border its two or more sides
    share — the middle of a sea 900 km off is no place of a clash between neighbours,
    whose border then stands for it (``fallback``, narrowed by ``facing_the_scenes`` or
    ``where_their_border_meets``) —, and those regions' shapes. A sea the event is told
    in ("clashed in the Black Sea") is kept, as is any region where the sides share no
    border."""
    actors = tuple(a for a in incident.actors if a)

    def beside(loc: Location) -> bool:
        return loc.part == "shore" and loc.place is not None and loc.place.kind == "region"

    told = _told_locations(incident)
    if len(actors) < 2 or not any(beside(loc) for loc in told):
        return incident, ()
    border = border_geometry(actors, boundaries)
    if border is None:
        return incident, ()
    reach = SECTOR_REACH * radius_km
    far = {}
    for loc in told:
        shape = location_geometry(loc, boundaries, radius_km, actors) if beside(loc) else None
        if shape is not None and geodesic_gap_km(shape.geometry, border[0]) > reach:
            far[loc] = shape
    if not far:
        return incident, ()
    return (_relocated(incident, lambda told: tuple(loc for loc in told if loc not in far)),
            tuple(far.values()))


def where_their_border_meets(shores: Iterable[Placed], actors: Iterable[str],
                             boundaries: Boundaries, radius_km: float) -> Placed | None:
    """The stretches of the actors' shared borders within ``SECTOR_REACH`` sector radii of
    their points nearest the shores (seas, regions) an incident is told beside
    (``off_their_shore``): "near a headland on the Red Sea coast" between Djibouti and
    Eritrea is where their border reaches the Red Sea. ``geo_precision`` 3: the text names
    no place the gazetteer knows. None when they share no border."""
    shores = tuple(shores)
    reach = SECTOR_REACH * radius_km
    stretches, named = [], []
    for key in shared_pairs(boundaries, {a for a in actors if a}, beyond_region=True):
        line = boundaries.border(*key.split("-"))
        if line is None:
            continue
        for shore in shores:
            point = shapely.ops.nearest_points(line, shore.geometry)[0]
            sector = sector_facing(boundaries, key, point, reach)
            if not sector.geometry.is_empty:
                stretches.append(sector.geometry)
                named.append((key.replace("-", "–"), shore.how))
    if not stretches:
        return None
    return Placed(_joined(stretches), COARSE,
                  f"border {', '.join(dict.fromkeys(k for k, _ in named))}: its stretches "
                  f"within {reach:g} km of its points nearest "
                  f"{', '.join(dict.fromkeys(h for _, h in named))}, the shore the text "
                  "puts the event beside (no place of its own)")


def _joined(stretches: list) -> "shapely.Geometry":
    """Stretches of border as one line where they touch (a MultiLineString where not)."""
    geometry = shapely.union_all(stretches)
    return shapely.line_merge(geometry) if geometry.geom_type == "MultiLineString" \
        else geometry


def stances_of(incident: Incident) -> str:
    """"asserts", "asserts and denies" (the incident is disputed), "denies" (nobody
    asserts it: a denial of reports), or "" when no one claims it."""
    found = {c.stance for c in incident.claims}
    return " and ".join(s for s in ("asserts", "denies") if s in found)


def _diplomatic(incident: Incident) -> bool:
    return incident.event_type == "diplomatic"


def lent_locations(claim: Claim, incident: Incident) -> tuple:
    """The incident's locations a claim naming none may take: all but those that only
    claimants of another country give (all of them for a meeting or call: its venue is
    not in dispute; and for a denial, which bears on the event where it is said to have
    been — not on the whole border — and for a claimant of no country, whose own side's
    reports there are none: "the de facto authorities in Tskhinvali said the two had
    crossed the border illegally")."""
    if _diplomatic(incident) or claim.stance == "denies" or not claim.claimant_country:
        return incident.locations
    others, same = set(), set()
    for c in incident.claims:
        (same if c.claimant_country == claim.claimant_country else others).update(c.locations)
    return tuple(loc for loc in incident.locations if loc in same or loc not in others)


def _unplaced_claim(claim: Claim, incident: Incident, boundaries: Boundaries,
                    place, capitals: Mapping[str, Place] | None = None) -> Placed | None:
    """A claim naming no place: the incident's locations its side reported, else the
    actors' border or countries (see the module docstring). ``place`` is
    ``place_locations`` (remembered)."""
    parties = _claim_parties(claim, incident)
    placed = place(lent_locations(claim, incident), parties)
    if placed is not None:
        return Placed(placed.geometry, placed.precision,
                      f"no place named: the incident's ({placed.how})")
    return fallback(incident.actors, boundaries, (claim.claimant_country,) + tuple(
        c.claimant_country for c in incident.claims), diplomatic=_diplomatic(incident),
        capitals=capitals)


def at_the_incident(claim_placed: Placed | None, incident_placed: Placed | None,
                    named: bool = True, narrower: bool = False) -> Placed | None:
    """Where a claim is drawn: its own placement, but its incident's when the claim puts
    the event no closer than a whole country, border or region (or names no place,
    ``named`` False) while the incident is placed closer, within
    ``claim_at_incident_km`` of the claim's shape. "Against Armenia's sovereign territory"
    about a clash on three border stretches is drawn on them, not as Armenia's outline;
    a denial naming no place is drawn at the town the incident is at, not over all that
    the report names. ``how`` keeps what the claim named; a claim that named a place keeps
    its coarse ``geo_precision``, one that named none takes the incident's. ``narrower``:
    the incident is drawn closer than its claims though as coarse (``facing_the_scenes``:
    a border's stretches, not its whole length)."""
    if claim_placed is None or incident_placed is None:
        return claim_placed if named or incident_placed is None else incident_placed
    if claim_placed.precision < COARSE or (incident_placed.precision >= COARSE
                                           and not narrower):
        return claim_placed
    gap = geodesic_gap_km(claim_placed.geometry, incident_placed.geometry)
    if not gap <= settings().claim_at_incident_km:   # NaN (an empty shape) too
        return claim_placed
    return Placed(incident_placed.geometry,
                  claim_placed.precision if named else incident_placed.precision,
                  f"{claim_placed.how}; drawn at its incident's place "
                  f"({incident_placed.how})")


def _place_countries(incident: Incident, geometry=None) -> list[str]:
    """The gazetteer's countries of every place an incident and its claims name; for an
    incident drawn at a point, the nearest place's first (at Spin Boldak, 10 km from the
    line, Afghanistan's, not that of Chaman across it, named first)."""
    locations = list(incident.locations) + [l for c in incident.claims for l in c.locations]
    places = [l.place for l in locations if l.place and l.place.country_code]
    if geometry is not None and geometry.geom_type == "Point":
        places.sort(key=lambda p: (p.lon - geometry.x) ** 2 + (p.lat - geometry.y) ** 2)
    return list(dict.fromkeys(p.country_code for p in places))


def _sort_key(incident: Incident):
    return (incident.date is None, incident.date or 0, incident.id)


def locate(incidents: tuple[Incident, ...], articles: dict[str, Article],
           boundaries: Boundaries, options: BuildOptions,
           capitals: Mapping[str, Place] | None = None
           ) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """(incidents frame with ``INCIDENT_COLUMNS``, claims frame with ``CLAIM_COLUMNS``),
    both EPSG:4326, incidents ordered by date then id, claims in their incident's order.
    ``capitals`` (country code → capital) place a call or meeting naming no venue."""
    radius = options.sector_radius_km
    incident_rows, claim_rows = [], []
    placements: dict = {}

    def place(locations, parties) -> Placed | None:
        """``place_locations``, once per distinct places and parties: a long report
        names the same places in claim after claim."""
        key = (tuple(locations), tuple(parties))
        if key not in placements:
            placements[key] = place_locations(locations, boundaries, radius, parties)
        return placements[key]

    scenes = article_scenes(incidents)
    for incident in sorted(incidents, key=_sort_key):
        thither, shores = off_their_shore(toward_the_scenes(incident), boundaries, radius)
        own = {c.id: place(c.locations, _claim_parties(c, incident)) for c in thither.claims}
        unplaced: dict = {}                 # by claimant country and denial
        placed = _incident_placement(thither, own, boundaries, radius, capitals, place)
        if thither is not incident:         # a claim is drawn where its own words put it
            own = {c.id: place(c.locations, _claim_parties(c, incident))
                   for c in incident.claims}
        facing = facing_the_scenes(thither, scenes, boundaries, radius) \
            if placed is not None and placed.precision >= COARSE else None
        if facing is None and shores and placed is not None and placed.precision >= COARSE:
            facing = where_their_border_meets(shores, thither.actors, boundaries, radius)
        placed = facing or placed
        if placed is None:
            log.warning("incident %s: no location and no actor country in the boundary "
                        "set; its geometry is empty", incident.id)
        geometry = placed.geometry if placed else None
        claim_places = [p for c in incident.claims for p in c.places]
        incident_rows.append(dict(
            id=incident.id, date=_iso(incident.date), date_precision=incident.date_precision,
            event_type=incident.event_type, sub_event_type=incident.sub_event_type,
            actors=list(incident.actors),
            places=list(dict.fromkeys(list(incident.places) + claim_places)),
            fatalities_min=incident.fatalities_min, fatalities_max=incident.fatalities_max,
            injured_min=incident.injured_min, injured_max=incident.injured_max,
            geo_precision=placed.precision if placed else None,
            articles=list(incident.articles), summary=incident.summary,
            territory=territory(geometry, boundaries, hints=_place_countries(incident, geometry)),
            near_border=near_border(geometry, boundaries),
            claims_count=len(incident.claims),
            claimants=list(dict.fromkeys(c.claimant for c in incident.claims)),
            victims_country=incident.victims_country,
            stances=stances_of(incident),
            geometry=geometry,
        ))
        for claim in incident.claims:
            cp = own[claim.id]
            if cp is None:
                side = (claim.claimant_country, claim.stance == "denies")
                if side not in unplaced:
                    unplaced[side] = _unplaced_claim(claim, incident, boundaries, place,
                                                     capitals)
                cp = unplaced[side]
            cp = at_the_incident(cp, placed, named=own[claim.id] is not None,
                                 narrower=facing is not None)
            article = articles.get(claim.article)
            claim_rows.append(dict(
                id=claim.id, incident_id=incident.id, claimant=claim.claimant,
                claimant_country=claim.claimant_country, stance=claim.stance,
                text=claim.text, article=claim.article,
                date=_iso(claim.date or incident.date), places=list(claim.places),
                date_precision=claim.date_precision if claim.date else incident.date_precision,
                geo_precision=cp.precision if cp else None,
                location=cp.how if cp else "",
                fatalities_min=claim.fatalities_min, fatalities_max=claim.fatalities_max,
                injured_min=claim.injured_min, injured_max=claim.injured_max,
                victims_country=claim.victims_country,
                event_type=incident.event_type,
                article_title=article.title if article else None,
                article_source=article.source if article else None,
                article_url=article.url if article else None,
                claimant_kind=claim.claimant_kind,
                geometry=cp.geometry if cp else None,
            ))
    return frame(incident_rows, INCIDENT_COLUMNS), frame(claim_rows, CLAIM_COLUMNS)
