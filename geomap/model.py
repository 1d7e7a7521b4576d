"""The plain data that flows through geomap's pipeline.

text → ``Article`` → ``Sentence`` / ``Mention`` → ``Resolution`` (a ``Place``) →
``ActorMention`` → ``Claim`` / ``Incident`` (with ``Location`` references) → geometries.

Every class is a frozen dataclass holding values only; stages build new objects instead of
mutating old ones. Coordinates are WGS 84 degrees (lat, lon); distances are km.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

#: the place kinds of ../shared/OUTPUTS.md
PLACE_KINDS = ("country", "region", "province", "district", "city", "town", "village",
               "river", "lake", "mountain", "other")

#: how a claim's text ties an event to a place (decides the geometry rule, see geometry/)
LOCATION_RELATIONS = (
    "at",         # "in Astana", "shelled Sotk" -> the place's point (geo_precision 1)
    "near",       # "near Jermuk", "outskirts of" -> the point, precision 2
    "district",   # the place is a district/province/region -> its point or polygon, 2 or 3
    "direction",  # "in the direction(s) of X" -> the border stretch facing X, 2
    "sector",     # "X section of the border" -> the border stretch facing X, 2
    "border",     # "along the border between A and B" -> that border line, 3
    "country",    # only a country named -> the country (or its ``part``), 3
)
#: the parts of a country a claim may name ("in southern Armenia"): a third of its extent
#: from north to south or west to east, or where two such thirds meet
COUNTRY_PARTS = ("north", "south", "east", "west", "northeast", "northwest", "southeast",
                 "southwest")
#: what kind of claimant a claim's is (``Claim.claimant_kind``; "" when unknown)
CLAIMANT_KINDS = (
    "state",               # a state, its bodies and office holders (claimant_country set)
    "media",               # a news agency or a nation's media ("IRNA", "Armenian media")
    "armed group",         # an armed movement or force of no state (Taliban, M23, Hezbollah)
    "de facto authority",  # the unrecognised authorities of a breakaway territory
                           # (Nagorno-Karabakh's, South Ossetia's)
    "monitor",             # an international mission watching a border (EUMA, OSCE)
)


@dataclass(frozen=True)
class Article:
    """One news article as read from the input, identified as ../shared/OUTPUTS.md says."""

    id: str
    text: str
    published: dt.date | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    license: str | None = None


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article; ``start``/``end`` are character offsets in the article."""

    article_id: str
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Place:
    """A gazetteer entry. ``id`` is stable across runs (``gn:147625``, ``gm:lachin-district``)."""

    id: str
    name: str
    lat: float
    lon: float
    country_code: str
    kind: str
    source: str
    population: int = 0
    admin1: str = ""
    #: canonical name of the enclosing district/province where known ("Lachin District")
    parent: str = ""
    #: key of a polygon in the boundary set ("country:AM", "area:nagorno-karabakh"), or ""
    area: str = ""

    def lies_in(self, area: Place) -> bool:
        """Whether this place lies in the district or province ``area``, by the
        gazetteer's word: its parent is the area, or the area is a province of the same
        first-level division (admin1) of the same country."""
        if area.kind not in HOLDING_KINDS or self.id == area.id or \
                self.country_code != area.country_code:
            return False
        return self.parent == area.name or (
            area.kind == "province" and bool(area.admin1) and self.admin1 == area.admin1)


#: the kinds of place that hold others by the gazetteer's word (``Place.lies_in``)
HOLDING_KINDS = frozenset({"district", "province"})


#: ``Place.source`` of a point given by coordinates written in the text
COORDINATES_SOURCE = "coordinates written in the text"


@dataclass(frozen=True)
class Mention:
    """A place name as written in an article, at character offsets [start, end)."""

    article_id: str
    surface: str
    start: int
    end: int
    #: the name to look up when the text means more than it writes ("Dashkasan" in "the
    #: Dashkasan and Lachin districts" is "Dashkasan district"); "" for the surface
    name: str = ""


@dataclass(frozen=True)
class Candidate:
    """A place a name could refer to, with the name form that matched it."""

    place: Place
    matched_name: str
    #: prior probability-like score before context (population, kind), 0..1
    prior: float = 0.0


@dataclass(frozen=True)
class Resolution:
    """The gazetteer's answer for one mention: the chosen place (or none), and why."""

    mention: Mention
    place: Place | None
    score: float
    alternatives: tuple[Place, ...] = ()
    reason: str = ""


@dataclass(frozen=True)
class ActorMention:
    """A state, body, office holder or agency named in the text, normalised to a country
    (``country_code`` "" for a claimant that is no state: the Nagorno-Karabakh de facto
    authorities and their army).

    ``name`` is the claimant as a user reads it ("Ministry of Defense of Azerbaijan",
    "Trend news agency", "Nasser Kanaani, spokesman of the Iranian foreign ministry").
    """

    article_id: str
    surface: str
    start: int
    end: int
    name: str
    country_code: str
    kind: str  # state, government, ministry, military, official, agency, demonym


@dataclass(frozen=True)
class DateRef:
    """A date the text implies, resolved against the publication date."""

    value: dt.date | None
    precision: str | None  # day, week, month, year
    surface: str = ""


@dataclass(frozen=True)
class Location:
    """Where a claim puts an event: a relation (see ``LOCATION_RELATIONS``) to a place
    or, for ``border`` and ``country``, to ISO alpha-2 country codes."""

    relation: str
    place: Place | None = None
    countries: tuple[str, ...] = ()
    #: with ``country``: one of ``COUNTRY_PARTS`` ("southern Armenia"), or "" for all;
    #: with a place: "shore" for a sea or region the text names as a shore the event
    #: happened on ("on the Red Sea coast"), "unknown settlement" for a district or
    #: province standing for a village in it the gazetteer lacks ("Kitaya village in
    #: Mtwara region"), else ""
    part: str = ""
    #: with ``near``: how far and which way from the place the text puts the event, as
    #: (distance in km or None where only a compass point is told — "east of El Paso" —,
    #: bearing in degrees clockwise from north, the words as written: "about 120
    #: kilometres south of"); () when it gives no bearing
    offset: tuple = ()

    @property
    def label(self) -> str:
        if self.place is not None:
            return self.place.name
        return (f"{self.part} " if self.part else "") + "–".join(self.countries)


@dataclass(frozen=True)
class Claim:
    """What one claimant says about one incident, with its sentence verbatim."""

    id: str
    incident_id: str
    claimant: str
    claimant_country: str   # ISO alpha-2; "" for a claimant that is no state
    stance: str  # asserts | denies
    text: str
    article: str
    sentence_index: int
    date: dt.date | None = None
    date_precision: str | None = None
    locations: tuple[Location, ...] = ()
    fatalities_min: int | None = None
    fatalities_max: int | None = None
    injured_min: int | None = None
    injured_max: int | None = None
    #: whose people the figures count, where the sentence says ("Armenian servicemen")
    victims_country: str = ""
    #: what kind of claimant speaks (``CLAIMANT_KINDS``): a state's body or office, a
    #: news agency or a nation's media, or for a claimant that is no state its kind, so
    #: that the Taliban's claims and the EU monitors' are told apart; "" when unknown
    claimant_kind: str = ""

    @property
    def places(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(loc.place.name for loc in self.locations if loc.place))


@dataclass(frozen=True)
class Incident:
    """One event (possibly reported by several articles) with all its claims."""

    id: str
    date: dt.date | None
    date_precision: str | None
    event_type: str
    sub_event_type: str
    actors: tuple[str, ...]
    locations: tuple[Location, ...]
    articles: tuple[str, ...]
    summary: str
    claims: tuple[Claim, ...] = ()
    fatalities_min: int | None = None
    fatalities_max: int | None = None
    injured_min: int | None = None
    injured_max: int | None = None
    #: the country whose people the figures count, when every report counts that side's
    #: ("" when unknown or several sides); merging adds up the figures of different sides
    victims_country: str = ""

    @property
    def places(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(loc.place.name for loc in self.locations if loc.place))


@dataclass(frozen=True)
class ArticleProblem:
    """An article that could not be used, and why (the batch goes on without it)."""

    source: str
    message: str


@dataclass(frozen=True)
class ArticleFindings:
    """Everything one article yields before incidents are merged across articles."""

    article: Article
    sentences: tuple[Sentence, ...]
    resolutions: tuple[Resolution, ...]
    actors: tuple[ActorMention, ...]
    incidents: tuple[Incident, ...]


@dataclass(frozen=True)
class BuildOptions:
    """Options of ``geomap.build``; the CLI maps its flags one to one onto these."""

    published: dt.date | None = None
    gazetteer_extra: tuple[str, ...] = ()
    overlays: tuple[str, ...] = ()
    online: bool = False
    tiles: str = "offline"  # offline | osm
    cdn: bool = False
    formats: tuple[str, ...] = ("html", "geojson", "gpkg", "csv")
    strict: bool = False
    jobs: int = 1
    engine: str = "local"  # local | dask
    scheduler: str | None = None
    sector_radius_km: float = 25.0
    corridor_width_km: float = 5.0
    progress: bool = False
    title: str = "geomap"
    extra: dict = field(default_factory=dict, hash=False, compare=False)
