"""Where a sentence puts its event: ``Location`` references built from the gazetteer's
resolutions and the words around them.

- "in the directions of Dashkasan, Kalbajar and Lachin" → three ``direction`` locations
  (a list inherits the relation of its first member);
- "the Tovuz section of the border" → ``sector``; "near Jermuk" → ``near``;
- "about 120 kilometres south of Nema" → ``near`` Nema with its ``offset`` (distance,
  bearing, the words), drawn that far that way; but "Kiffa, a town about 200 km east of
  Aleg" is Kiffa only (the other town says where it lies);
- "east of El Paso" (a compass point alone) → ``near`` El Paso with the bearing and no
  distance (geometry/incident_geometry.py ``toward_the_scenes``); "Koya, east of Erbil"
  is Koya only;
- a district, province or region → ``district``; a town, city or village → ``at``; a sea
  or region told as a shore ("on the Red Sea coast") → ``near`` it with ``part`` "shore";
- "along the border with Armenia" (no place named) → ``border`` between the two
  countries, the other side being the side that acts (or else the claimant);
  "the Armenia-Azerbaijan border", "the border between A and B" likewise;
- only a country, where the text puts the event in it ("in Armenia", "against Armenia's
  sovereign territory", "on Armenian territory") → ``country``.

Local places (towns, districts, provinces) beat border phrases, a border phrase beats a
region ("on the northern border with Azerbaijan … in the South Caucasus" is on the
border), regions beat countries: a claim keeps its most precise kind only.

A district or province that only qualifies the town before it ("Jermuk in Vayots Dzor
province") adds nothing: the town is the place. Not places of the event: capitals used
for governments ("Baku and Yerevan blame each other"), names inside an office holder's
phrase ("Russian President Vladimir Putin") or inside the name of a claimant that is no
state ("the Nagorno-Karabakh Defense Army", "the de facto authorities in Stepanakert"),
regions ending an organisation's name ("the Conference on … Measures in Asia"), and, for
a meeting or call, any place the text does not introduce as the venue ("in Tehran"),
and landmarks across a river or border ("opposite the Armenian town of Meghri") or a
place the text says it was far from ("far from the disputed Nagorno-Karabakh region"),
nor the home of the people or boat it befell or of the attackers ("insurgents from
Mozambique's Cabo Delgado province attacked Tanzanian villages").
"""

from __future__ import annotations

import re

from ..model import COORDINATES_SOURCE, ActorMention, Location, Resolution
from ..text.speech_verbs import speech_verbs
from ..text.told_positions import ROUGHLY, UNITS, bearing_degrees, distance_km
from .spans import Span, fled_into, inside
from .tables import BORDER_WORDS, DIVISION_WORDS, event_tables, number_tables

_COUNTRY_KINDS = frozenset({"state", "demonym"})
#: the gazetteer's kinds of the divisions of a country
AREA_KINDS = frozenset({"district", "province", "region"})
#: a town's name the text calls an area: "Poonch district", "Batken region"
_CALLED_AN_AREA = re.compile(rf"\s+(?i:{DIVISION_WORDS})(?![\w])")
#: a border, or a line that stands for one, named: "on the border", "along the LoC" ("along
#: the Line of Control in the Kupwara sector" is a border sector as "along the border in
#: the Tavush section")
BORDER_WORD = re.compile(rf"(?<![\w])(?:{BORDER_WORDS})(?![\w])")
_SETTLEMENT_KINDS = frozenset({"city", "town", "village"})
#: a settlement's own head before its name: "the head of the Chinari community"
_HEAD_OF_THE_PLACE = re.compile(r"(?i:head|mayor)\s+of\s+(?:the\s+)?$")
#: actor kinds whose phrase may hold a person's name that is also a place name
_NAMED_PERSON_KINDS = frozenset({"official"})




def _offset_words() -> str:
    """A distance and a compass point from a place, as a regex: "120 kilometres south of",
    "some 30 miles east of", "5 km NE of", "six miles north-east from" (its groups:
    ``number``, ``unit``, ``bearing``, ``of``). Not "a 30 km stretch", "120 km of border":
    a length, no way from a place."""
    numbers = "|".join(re.escape(w) for w in sorted(number_tables()[0], key=len, reverse=True))
    return (rf"(?:(?i:{ROUGHLY})\s+)?(?P<number>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|"
            rf"(?i:{numbers}))(?:\s*|-)(?P<unit>(?i:{UNITS}))\.?\s+"
            r"(?:(?i:to\s+the)\s+)?(?P<bearing>(?i:(?:north|south)(?:[- ]?(?:east|west))?|east|"
            r"west)|[NS][EW]?|[EW])(?i:ward)?\s+(?P<of>(?i:of|from))\s+")


def _patterns():
    _, _, _, w = event_tables()
    offset = _offset_words()
    return {
        # the event put a distance and a compass point from the place: "about 120
        # kilometres south of the regional capital Nema", "5 km north of the border town
        # of Sotk", "30 miles southeast from downtown San Jose"
        "offset": re.compile(rf"(?<![\w.,-]){offset}(?:(?i:the)\s+)?(?:(?:[\w’'-]+\s+){{0,3}}?"
                             r"(?i:town|village|city|settlement|hamlet|capital)\s+(?:(?i:of)\s+)?|"
                             r"(?i:downtown|central)\s+)?$"),
        # a place the text names, then says where it lies from another: "Adel Bagrou, a
        # border town about 120 kilometres south of Nema", "around El Geneina, about 30 km
        # east of Adre" (the other place only says where it lies)
        "offset_apposition": re.compile(
            rf"(?:\s+(?i:{DIVISION_WORDS}))?\)?,?\s+(?:(?i:an?)\s+(?:[\w’'-]+\s+){{0,3}}?"
            r"(?i:village|town|city|settlement|community|hamlet|district|area)\s+)?"
            rf"{offset}[^,;.]*"),
        # ("near the Iranian town of Saravan", "near the border village of Tegh")
        "near": re.compile(rf"(?i:{w['near']})\s+(?:the\s+)?(?:(?:[\w-]+\s+){{0,2}}?"
                           r"(?:town|village|city|settlement)\s+of\s+)?$"),
        "direction": re.compile(rf"(?i:{w['direction']})\s+(?:of\s+)?(?:the\s+)?$"),
        # a village the gazetteer lacks, then its province: "in the direction of Norabak
        # (Gegharkunik Province)", "near Tegh, Syunik" — the province says where
        "unknown_then_area": re.compile(
            rf"(?:(?P<direction>(?i:{w['direction']}))|(?i:{w['near']}|{w['locative']}))"
            r"\s+(?:the\s+)?(?:(?i:village|town|settlement)\s+of\s+)?[A-Z][\w’'\-]*"
            r"(?:\s+[A-Z][\w’'\-]*)?\s*[(,]\s*$"),
        # "in the Kalbajar and Lachin directions", "in the Basarkechar direction"
        "direction_after": re.compile(r"(?:(?:,\s*|\s+and\s+|\s+or\s+)[A-Z][\w’'\-]*"
                                      r"(?:\s+[A-Z][\w’'\-]*)?)*\s+(?i:directions?)(?![\w])"),
        "sector": re.compile(rf"(?:['’]s)?\s+(?i:{w['sector']})\s+of\s+the\s+(?:[\w-]+\s+){{0,2}}border"),
        # a place a border is told by, in the other state's possessive: "near the border
        # with Guatemala's Peten department", "along the frontier with Afghanistan's Kunar
        # province" — the stretch of that border facing it
        "border_with_its": re.compile(
            rf"(?<![\w])(?:{BORDER_WORDS})\s+(?i:with|of)\s+(?:the\s+)?[A-Z][\w’'-]*"
            r"(?:\s+[A-Z][\w’'-]*){0,3}['’]s\s+(?:[a-z][\w-]*\s+){0,2}$"),
        # a sector the gazetteer lacks, then the district or province it lies in: "along
        # the Line of Control in the Krishna Ghati sector of Poonch district" — the stretch
        # facing the district, when the sentence speaks of a border
        "unknown_sector_of": re.compile(rf"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+"
                                        rf"(?i:{w['sector']})\s+of\s+(?:the\s+)?$"),
        # "along the border in the Gegharkunik section": a sector when the sentence
        # speaks of the border
        "bare_sector": re.compile(rf"(?:['’]s)?\s+(?i:{w['sector']})s?(?![\w-])(?!\s+of\b)"),
        # a front's "sector" is one without a border word: "posts in the Keran sector",
        # "the Uri and Keran sectors", "the Tawang sector of Arunachal Pradesh"
        "front_sector": re.compile(r"(?:['’]s)?\s+(?i:sectors?)(?![\w-])"
                                   r"(?!\s+of\b(?!\s+[A-Z]))"),
        # "in the Uri and Keran sectors": Uri's too
        "listed_sectors": re.compile(r"(?:(?:,\s*|\s+and\s+)[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)+"
                                     r"\s+(?i:sectors)(?![\w-])"),
        "locative": re.compile(rf"(?<![\w])(?i:{w['locative']})\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}$"),
        "venue": re.compile(rf"(?<![\w])(?i:{w['venue']})\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}$"),
        "name_head": re.compile(rf"{w['name_heads']}"),
        # a capital after these is the place hit or reached, not its government
        # ("in Baku", "Missiles struck Yerevan", "the shelling of Kyiv")
        "at_actor": re.compile(
            r"(?<![\w])(?i:in|at|near|outside|inside|into|throughout|across|around|towards?"
            r"|struck|hit|hitting|shelled|bombed|attacked|targeted|targeting|(?:shelling"
            r"|bombing|outskirts|suburbs?|centre|center|streets) of|(?:strikes?|attacks?"
            r"|fire|raids?) on)\s+(?:(?:central|downtown|the)\s+)?$"),
        # a settlement named as the scene by its kind, whether or not the gazetteer knows
        # it: "near the village of Khurvaleti", "in Khurvaleti village"
        "scene_settlement": re.compile(
            rf"(?<![\w])(?i:{w['near']}|in|at|inside|outside)\s+(?:the\s+)?"
            r"(?:(?i:village|town|settlement|hamlet)\s+of\s+(?P<name>[A-Z][\w’'\-]*"
            r"(?:\s+[A-Z][\w’'\-]*)?)|(?P<before>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)"
            r"\s+(?i:village|settlement|hamlet)(?![\w]))"),
        # a settlement named only by its kind, the one named before: "in the town"
        # (not "the town of Meghri", "the town's mayor")
        "the_settlement": re.compile(
            rf"(?<![\w])(?:(?P<near>(?i:{w['near']}))|(?i:in|at|inside|into|on))\s+(?i:the)\s+"
            r"(?i:town|village|city|settlement|hamlet)(?![\w'’-])(?!\s+of\b)"),
        "hosts": re.compile(rf"\s+(?i:{w['hosts']})(?![\w])"),
        # what a meeting or call was about, not where: "discussed the situation in
        # Nagorno-Karabakh"
        "topic": re.compile(r"(?<![\w])(?i:situation|developments?|tensions?|conflict|"
                            r"crisis|events|peace|war|fighting|escalation|stability|"
                            r"security|settlement|normali[sz]ation|process)\s+(?:in|on|"
                            r"around|over)\s+(?:the\s+)?$"),
        # ("a statement issued in Yerevan", "said on Monday in Baku")
        "speaking_in": re.compile(r"(?<![\w])(?:told (?:reporters|journalists|a news "
                                  r"conference|a press conference)|speaking|spoke|said|says|"
                                  r"briefing|(?:news|press) conference|officials|sources|"
                                  r"authorities|ministry|embassy|spokes(?:man|woman|person)|"
                                  r"(?:statement|communiqu[eé]|release|remarks)\s+(?:issued|"
                                  r"released|published|made|read\s+out|distributed)|"
                                  r"statement|communiqu[eé])"
                                  r"(?:\s+(?:on|late\s+on|early\s+on)\s+[A-Z]\w+)?"
                                  r"\s+(?:in|at|from)\s+(?:the\s+)?$"),
        # a body's seat, when the body speaks: "the provincial health department in Gardez
        # said", "the army command in Quetta told reporters" (not "struck the party's
        # office in Koya")
        "seat_of_voice": re.compile(r"(?<![\w])(?i:offices?|headquarters|command|bureau|"
                                    r"directorate|department)\s+(?:in|at)\s+(?:the\s+)?$"),
        "voice_follows": re.compile(r"\s+(?i:" + speech_verbs("speaker")
                                    + r")(?![\w])"),
        # a sentence opened by where a state's voice spoke: "In Baku, a foreign ministry
        # spokesperson said …" (not "In Tovuz, Armenian forces shelled …", nor "In Tovuz,
        # local officials said …": they speak of their own town)
        "speaker_follows": re.compile(r",\s+(?:(?i:an?|the)\s+)?(?:[\w’'-]+\s+){0,4}?"
                                      r"(?i:spokes(?:man|woman|person)|ministry|minister|"
                                      r"president|government)"
                                      r"(?:\s+[\w’'-]+){0,4}?\s+(?i:"
                                      + speech_verbs("speaker") + r")(?![\w])"),
        # where the wounded are treated or the dead taken: "treated at a hospital in
        # Vardenis" is not where the fire was
        "hospital_in": re.compile(r"(?<![\w])(?i:hospitals?|clinics?|morgues?|medical "
                                  r"(?:centre|center|facility))\s+(?:in|of)\s+(?:the\s+)?$"),
        # ... unless the hospital is what was hit: "a drone strike hit a clinic in the
        # Sinjar district", "the shelling of a hospital in Kherson"
        "hospital_hit": re.compile(r"(?<![\w])(?i:struck|strikes?|hit|hitting|shelled|shelling|"
                                   r"bombed|bombing|attacked|attacks?|targeted|targeting|"
                                   r"damaged|destroyed|raided|raids?|stormed)\s+(?:(?i:on|of)\s+)?"
                                   r"(?:(?i:a|an|the|its|one|two|three)\s+)?(?:[\w-]+\s+){0,2}?"
                                   r"(?i:hospitals?|clinics?|morgues?|medical (?:centre|center|"
                                   r"facility))\s+(?:in|of)\s+(?:the\s+)?$"),
        # a landmark across a river or border, not where it happened ("on the Aras near
        # Nordooz, opposite the Armenian town of Meghri")
        # ("across the Arauca river from La Victoria")
        "landmark": re.compile(r"(?<![\w])(?i:opposite|across\s+(?:the\s+(?:[A-Z][\w-]*\s+)?"
                               r"(?:river|border|frontier)\s+)?from)\s+(?:the\s+)?"
                               r"(?:[\w-]+\s+){0,3}$"),
        # a place the text says the event was far from: "on the northern stretch of their
        # border, far from the disputed Nagorno-Karabakh region" (not "not far from")
        "far_from": re.compile(r"(?<![\w])(?<!not )(?i:far\s+(?:away\s+)?from|a\s+long\s+way\s+"
                               r"from|hundreds\s+of\s+(?:km|kilometres|kilometers|miles)\s+"
                               r"(?:away\s+)?from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$"),
        "list": re.compile(r"^\)?(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)$"),
        # the gap between a town and its district or province (see ``_qualifies``)
        # ("Jermuk in Vayots Dzor", "Shebekino in Russia's Belgorod region")
        "qualifier": re.compile(r"^(?:\s+in\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+(?:[a-z-]+\s+)?)?"
                                r"|\s*\()$"),
        "comma": re.compile(r"^,\s+(?:the\s+)?$"),
        "country_in": re.compile(r"(?<![\w])(?i:in|into|inside|within|on the territory of|"
                                 r"territory of|on)\s+(?:the\s+)?$"),
        "territory_after": re.compile(r"(?:['’]s)\s+(?:\w+\s+)?territory"),
        # "in southern Armenia", "across north-eastern Syria", "in the south of Armenia"
        # (not "East Azerbaijan", "South Ossetia": names, written without "-ern")
        "country_part": re.compile(
            r"(?<![\w-])(?:(?P<part>(?i:(?:north|south)[- ]?(?:east|west)ern|northern|"
            r"southern|eastern|western))|(?i:the)\s+(?P<noun>(?i:(?:north|south)[- ]?"
            r"(?:east|west)|north|south|east|west))\s+of(?:\s+the)?)\s+$"),
        # "opened fire on Armenian territory", "landed on Iranian soil"
        "national_ground": re.compile(r"\s+(?:sovereign\s+|state\s+)?(?:territory|soil|airspace)\b"),
        # "in 36 locations from Leh to Sir Creek": a stretch between two places
        "stretch_from": re.compile(rf"(?<![\w])(?i:{w['stretch_heads']})\s+from\s+(?:the\s+)?$"),
        "stretch_to": re.compile(r"\s+(?:all\s+the\s+way\s+|up\s+)?to\s+(?:the\s+)?[A-Z]"),
        # "fired on a car travelling from Goris to Kapan": somewhere on the road between
        "journey_from": re.compile(r"(?<![\w])(?i:travell?ing|driving|heading|going|moving|"
                                   r"en route|on (?:its|his|her|their|the) way|road)\s+from\s+"
                                   r"(?:the\s+)?$"),
        "pair_gap": re.compile(r"^\s*[-–]\s*$"),
        "after_pair": re.compile(r"(?:\s+[\w-]+){0,2}?\s+borders?\b", re.I),
        "between": re.compile(r"^\s+(?:between|of)\s+(?:the\s+)?$", re.I),
        "and": re.compile(r"^\s+and\s+(?:the\s+)?$", re.I),
        "with": re.compile(r"^\s+with\s+(?:the\s+)?$", re.I),
        # "Bunagana on the Ugandan border": where, not who (not "the Armenian border
        # guards", "an Armenian border post", whose people they are)
        "the_before": re.compile(r"(?<![\w])(?i:the)\s+$"),
        "demonym_border": re.compile(
            r"\s+(?i:border|frontier)(?![\w-])(?!\s+(?i:guards?|police|troops|service|forces|"
            r"units|posts?|outposts?|patrols?|agency|officers?|officials|department|"
            r"directorate|protection|security|regiment|detachment|personnel|servicem[ae]n))"),
    }


_PATTERNS = None


def patterns():
    global _PATTERNS
    if _PATTERNS is None:
        _PATTERNS = _patterns()
    return _PATTERNS


def border_phrases(text: str, start: int, end: int, actors: tuple[ActorMention, ...],
                   owner: str = "") -> list[tuple[Span, tuple[str, ...]]]:
    """Border phrases in ``text[start:end]`` as (span, sorted country codes).

    ``owner`` is the country on this side of a "border with X" phrase.
    """
    p = patterns()
    countries = [a for a in actors if start <= a.start < end and a.kind in _COUNTRY_KINDS]
    found = []
    for i, a in enumerate(countries):
        b = countries[i + 1] if i + 1 < len(countries) else None
        if b and p["pair_gap"].match(text[a.end:b.start]):
            m = p["after_pair"].match(text, b.end, end)
            if m and a.country_code != b.country_code:
                found.append(((a.start, m.end()), tuple(sorted({a.country_code, b.country_code}))))
    for a in countries:
        m = p["demonym_border"].match(text, a.end, end)
        if m and p["the_before"].search(text, max(start, a.start - 5), a.start):
            # the place a border runs by, not a pair of sides fighting across it
            found.append(((a.start, m.end()), (a.country_code,)))
    for bw in BORDER_WORD.finditer(text, start, end):
        nxt = [a for a in countries if a.start >= bw.end()][:2]
        if not nxt:
            continue
        gap = text[bw.end():nxt[0].start]
        if p["between"].match(gap) and len(nxt) == 2 and \
                p["and"].match(text[nxt[0].end:nxt[1].start]):
            codes = {nxt[0].country_code, nxt[1].country_code}
            if len(codes) == 2:
                found.append(((bw.start(), nxt[1].end), tuple(sorted(codes))))
        elif p["with"].match(gap):
            # without a known near side the phrase still marks X as a place, not an actor
            codes = {owner, nxt[0].country_code} - {""}
            found.append(((bw.start(), nxt[0].end), tuple(sorted(codes))))
    return found


def _relation(text: str, r: Resolution, start: int, previous: tuple[Resolution, str] | None,
              on_border: bool = False, end: int | None = None) -> str | None:
    """How the sentence ``text[start:end]`` places its event at ``r``; ``on_border``: it
    speaks of a border."""
    p = patterns()
    s, e = r.mention.start, r.mention.end
    lo = max(start, s - 45)
    kind = r.place.kind
    if previous is not None and p["list"].match(text[previous[0].mention.end:s]) and \
            kind != "country":
        # "shelled Jermuk and Tavush province": the list's "at" means the province itself
        return "district" if previous[1] == "at" and kind in AREA_KINDS else previous[1]
    if p["sector"].match(text, e) or p["front_sector"].match(text, e) or \
            p["listed_sectors"].match(text, e) or (on_border and p["bare_sector"].match(text, e)):
        return "sector"
    if p["border_with_its"].search(text, max(start, s - 80), s):
        return "sector"
    if on_border and (kind in AREA_KINDS or _CALLED_AN_AREA.match(text, e)):
        unknown = p["unknown_sector_of"].search(text, lo, s)
        if unknown is not None and (previous is None
                                    or previous[0].mention.end <= unknown.start()):
            return "sector"
    if p["direction"].search(text, lo, s) or p["direction_after"].match(text, e):
        return "direction"
    if p["near"].search(text, lo, s):
        return "near"
    if kind == "region" and _told_as_shore(text, r, lo):
        return "near"                       # "the headland on the Red Sea coast": the land
                                            # beside it, somewhere along its length
    if kind in AREA_KINDS:                  # "in Tavush province", "shelled Tavush province"
        unknown = p["unknown_then_area"].search(text, lo, s)
        if unknown is not None:
            return "direction" if unknown.group("direction") else "district"
        return "district" if (p["locative"].search(text, lo, s)
                              or p["at_actor"].search(text, lo, s)) else None
    if kind in _SETTLEMENT_KINDS and _CALLED_AN_AREA.match(text, e):
        return "district"                   # "in Poonch district": the gazetteer's town
    if r.place.source == COORDINATES_SOURCE:
        return "at"                         # "geolocated to 40.2031, 45.9412"
    if kind in _SETTLEMENT_KINDS or kind in ("mountain", "river", "lake", "other"):
        return "at" if p["locative"].search(text, lo, s) or kind in _SETTLEMENT_KINDS \
            or _taken_up_as_scene(text, r, len(text) if end is None else end) else None
    return None


#: a sea's or lake's shore named after it or before it: "on the Red Sea coast", "the
#: Caspian shoreline", "on the shores of the Black Sea"
_SHORE_AFTER = re.compile(r"\s+(?i:coast(?:line|al)?|shores?(?:line)?|seaboard|littoral|"
                          r"seashore|beach(?:es)?)(?![\w-])")
_SHORE_BEFORE = re.compile(r"(?<![\w])(?i:coast(?:line)?|shores?|seaboard|banks?|beach(?:es)?)"
                           r"\s+of\s+(?:the\s+)?$")

#: a settlement named before the district or province it lies in: "stormed Kitaya village
#: in Mtwara region", "the village of Kitaya in Mtwara", "Kitaya, a fishing village in
#: Mtwara region" (its ``name``)
_SETTLEMENT_IN = re.compile(
    r"(?:(?i:village|town|settlement|hamlet)\s+of\s+"
    r"(?P<name>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)"
    r"|(?P<before>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)(?:\s+|,\s+an?\s+(?:[\w-]+\s+){0,2}?)"
    r"(?i:village|settlement|hamlet))\s+(?i:in)\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?$")


#: a sentence telling of a crossing ("about 300 fighters crossed the river and stormed
#: Kitaya village", "raiders crossed into Pakistan", "fired across the river"): a raid
#: over a frontier, as a border word tells (``BORDER_WORD``)
_CROSSING = re.compile(r"(?<![\w-])(?i:cross(?:ed|ing|es)?|across)\s+(?i:back\s+)?"
                       r"(?:(?i:into)(?![\w-])|(?:(?i:over)\s+)?(?i:the)\s+(?:[\w’'-]+\s+)?"
                       r"(?i:river|frontier)(?![\w-]))")


def _holds_an_unknown_settlement(text: str, r: Resolution, start: int,
                                 resolutions: tuple[Resolution, ...]) -> bool:
    """Whether the district or province ``r`` is told as where a settlement the gazetteer
    lacks lies ("stormed Kitaya village in Mtwara region"): the event was at one spot
    in it, not across it (``Location.part`` "unknown settlement"; geometry/rules.py).
    Asked only of a sentence that speaks of a border or a crossing (``_CROSSING``): a
    shelled village in a province by a border is no border village when the war is
    fought far inside it ("attacked Novomykhailivka village in Donetsk region", "a strike
    on a house in a village in Nabatieh")."""
    m = _SETTLEMENT_IN.search(text, max(start, r.mention.start - 70), r.mention.start)
    if m is None:
        return False
    at, stop = m.span("name") if m.group("name") else m.span("before")
    return not any(o.place is not None and o.mention.start < stop and at < o.mention.end
                   for o in resolutions)


def _told_as_shore(text: str, r: Resolution, lo: int) -> bool:
    """Whether the text names the region ``r`` (a sea, a gulf, a stretch of islands) only
    as the shore the event was on ("on the Red Sea coast"): its ``Location`` then carries
    ``part`` "shore" (geometry/incident_geometry.py ``off_their_shore``)."""
    return _SHORE_AFTER.match(text, r.mention.end) is not None or \
        _SHORE_BEFORE.search(text, lo, r.mention.start) is not None


#: a country the text says the event was not in ("had not taken place on Mauritanian
#: territory", "was not in Syrian airspace"; not "did not open fire on Armenian
#: positions", which denies a deed at a side), or that one claims ("denied that Baku had any
#: claims on Armenian territory")
_NOT_THERE = re.compile(r"(?<![\w])(?:(?i:not|never)\s+(?:(?:have|has|had|been|ever|yet|even|"
                        r"actually)\s+){0,2}(?:(?i:(?:taken|take|took)\s+place|happened|happen|"
                        r"occurred|occur|entered|enter|crossed|cross|set\s+foot|been|was|were|"
                        r"is|are|be)\s+)?|(?i:claims?|designs)\s+)"
                        r"(?i:on|in|inside|within|into|to)\s+(?:the\s+)?$")


def not_there(text: str, a: ActorMention, start: int) -> bool:
    """Whether the sentence from ``start`` names the country of ``a`` as where the event
    was not, or as what is claimed ("had not taken place on Mauritanian territory")."""
    return _NOT_THERE.search(text, max(start, a.start - 50), a.start) is not None


#: a locative before a named feature's head word taken up again: "at the crossing"
_AT_THE = r"(?<![\w])(?i:at|near|on|around|by|outside)\s+the\s+"


def _taken_up_as_scene(text: str, r: Resolution, end: int) -> bool:
    """Whether the feature ``r`` names ("closed the Ras Jedir crossing", "the Allenby
    bridge") is the event's scene by its head word later in the sentence: "… after
    clashes … at the crossing" is at Ras Jedir, though no locative stood before the name."""
    words = r.mention.surface.split()
    return len(words) > 1 and re.compile(_AT_THE + re.escape(words[-1]) + r"(?![\w])", re.I
                                         ).search(text, r.mention.end, end) is not None


#: a compass point alone before a place: "came under fire east of El Paso", "a raid
#: north-west of the town of Kiffa" — the event lies that way at a distance not told
#: (not "the east of Aleppo", "in eastern Kiffa": a part of the place)
_COMPASS_OF = (r"(?P<bearing>(?i:(?:north|south)(?:[- ]?(?:east|west))?|east|west))(?i:ward)?"
               r"\s+(?P<of>(?i:of))\s+(?:(?i:the)\s+)?(?:(?:[\w’'-]+\s+){0,2}?(?i:town|village|"
               r"city|settlement|capital)\s+(?:(?i:of)\s+)?)?$")
_BEARING_ONLY = re.compile(r"(?<![\w-])(?<!the )(?<!The )" + _COMPASS_OF)

#: the gap between a place and another that says which way it lies from it ("Koya, east
#: of Erbil", "Khurvaleti, a village north of Gori", "the Batken region, west of Osh",
#: "Zalambessa, which lies north of Adigrat")
_WAY_FROM_IT = re.compile(rf"(?:\s+(?i:{DIVISION_WORDS}))?,?\s+(?:(?i:which|that)\s+"
                          r"(?i:lies|is|sits)\s+|(?i:an?)\s+(?:[\w’'-]+\s+){0,3}?"
                          r"(?i:village|town|city|settlement|community|hamlet|district|area|"
                          r"region|province)\s+)?(?i:(?:just|due|directly|immediately)\s+)?"
                          + _COMPASS_OF)


def _offset_before(text: str, s: int, start: int) -> tuple:
    """``Location.offset`` (km, bearing in degrees, the words) when the text before ``s``
    puts its event a distance and compass point from the place there ("about 120
    kilometres south of the regional capital Nema"); with a compass point alone ("east
    of El Paso"), (None, bearing, the words): that way, how far untold; else ()."""
    m = patterns()["offset"].search(text, max(start, s - 100), s)
    if m is None:
        way = _BEARING_ONLY.search(text, max(start, s - 60), s)
        return (None, bearing_degrees(way.group("bearing")),
                " ".join(text[way.start():way.end("of")].split())) if way else ()
    number = m.group("number").replace(",", "")
    value = float(number) if number[0].isdigit() else number_tables()[0][number.lower()]
    return (distance_km(value, m.group("unit")), bearing_degrees(m.group("bearing")),
            " ".join(text[m.start():m.end("of")].split()))


def _compass(adjective: str) -> str:
    """"north-eastern" → "northeast", "southern" → "south"."""
    return adjective.lower().replace("-", "").replace(" ", "").removesuffix("ern")


def _in_organisation_name(text: str, lo: int, s: int) -> bool:
    """True when the place at ``s`` ends an organisation's name: the capitalised words
    before its "in"/"of"/"for"/"and" hold a head word ("Measures in Asia")."""
    tokens = text[max(lo, s - 120):s].split()
    if len(tokens) < 3 or tokens[-1] not in ("in", "of", "for", "and"):
        return False
    head = patterns()["name_head"]
    capitalised = []
    for token in reversed(tokens[:-1]):
        word = token.strip("()“”\"'")
        if word in ("on", "and", "of", "for", "the", "in", "&"):
            continue
        if not word[:1].isupper() or token.endswith((",", ".", ";", ":")):
            break
        capitalised.append(word)
    return len(capitalised) >= 2 and any(head.fullmatch(w) for w in capitalised)


#: an apposition after a settlement that says where it lies: ", a village in Syunik
#: Province close to the Azerbaijani district of Zangilan"
_WHERE_IT_LIES = re.compile(r",\s+an?\s+(?:[\w’'-]+\s+){0,3}?(?:village|town|city|settlement|"
                            r"community|hamlet)\s+(?:in|of|near|close to|on|along)\b[^,;.]*")


#: the gap between a district and the province it is "of": "the Barmal district of
#: Paktika", "Sinjar district of Nineveh province" (the district's own word may follow
#: a town's name the gazetteer holds as a town)
_DISTRICT_OF = re.compile(rf"^(?:\s+(?i:{DIVISION_WORDS}))?\s+of\s+(?:the\s+)?$")


def _qualifies(gap: str, town, area) -> bool:
    """Whether ``area`` (after ``gap``) only says where ``town`` lies: "Jermuk in Vayots
    Dzor province", "Jermuk (Vayots Dzor)", or "Sotk, Gegharkunik" when the gazetteer
    holds Gegharkunik as Sotk's province; "the Dand-e Patan district of Paktia", where
    ``town`` is a district, or a town called one, and ``area`` its province."""
    p = patterns()
    if town.kind == "district":
        if area.kind != "province":
            return False
    elif area.kind not in ("district", "province") or town.kind not in _SETTLEMENT_KINDS:
        return False
    if area.kind == "province" and _DISTRICT_OF.match(gap) and (
            town.kind == "district" or gap.strip() != "of"):    # (a town: "Sinjar district
        return True                                              # of Nineveh province")
    if p["qualifier"].match(gap):
        return True
    return bool(p["comma"].match(gap)) and bool(town.parent) and town.parent == area.name


#: what a town's possessive names in it: "Lahore's Walton airfield", "Kapan's outskirts"
_PART_OF_TOWN = re.compile(
    r"['’]s\s+(?:[A-Z][\w’'-]*\s+){0,3}(?i:airfield|airport|air ?base|outskirts|suburbs?|"
    r"neighbou?rhoods?|quarters?|old city|city cent(?:re|er)|market|bazaar|mine|hospital|"
    r"school|railway station|bus station|station|bridge|checkpoint|border post|barracks|"
    r"cantonment|military base|base|camp|residential areas?|industrial zone)(?![\w-])")
#: what an area's possessive names in it: "Paktika's Barmal district", "Kherson's
#: Beryslav district", "Ninawa's Sinjar town" (the area is where, when the gazetteer lacks
#: the part; the part, when it has it)
_PART_OF_AREA = re.compile(rf"['’]s\s+(?:[A-Z][\w’'-]*\s+){{1,3}}(?i:{DIVISION_WORDS}|village|"
                           r"town|city|settlement)(?![\w-])")
#: a place named with its venue word ("met … at the White House": Washington)
_VENUE_IN_NAME = re.compile(r"(?i:at|in)\s")


#: where people, a boat or attackers come from, before the place: "from Quang Ngai
#: province", "from Mozambique's Cabo Delgado province", "from the town of Kiffa"
_FROM_HOME = (r"\s+from\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?(?:(?:[\w’'-]+\s+){0,2}?"
              r"(?i:village|town|city|province|district|region)\s+of\s+)?$")
#: people or a boat told by where they come from: "boarded a fishing boat from Quang Ngai
#: province near the Paracel Islands", "herders from Fassala" — their home, not the scene
_COMES_FROM = re.compile(r"(?<![\w])(?i:boats?|vessels?|trawlers?|ships?|crews?|"
                         r"fisherm[ae]n|herders?|shepherds?|farmers?|villagers|traders?|"
                         r"merchants?|workers?|pilgrims?|tourists?|families|family|residents|"
                         r"people|men|women|man|woman)" + _FROM_HOME)
#: attackers told by where they come from: "insurgents from Mozambique's Cabo Delgado
#: province attacked Tanzanian villages" — the scene only when the sentence names no
#: other, as raiders strike near home ("bandits from Zamfara attacked a village"), and
#: then, in a sentence of a border, the border facing it ("militants from Kunar attacked
#: Pakistani border posts")
_ATTACKERS_FROM = re.compile(r"(?<![\w])(?i:insurgents|militants|fighters|rebels|gunmen|"
                             r"attackers|raiders|jihadists|bandits)" + _FROM_HOME)
#: a sound heard at a place: "explosions were heard in Srinagar", "gunfire could be
#: heard across the town of Gallabat"
_HEARD_IN = re.compile(r"(?<![\w])(?i:heard|audible)\s+(?:[\w-]+\s+){0,3}?(?i:in|at|across|"
                       r"throughout|all over)\s+(?:the\s+)?(?:(?i:town|village|city|settlement)"
                       r"\s+of\s+)?$")
#: a place's people, before what they heard: "Residents of the town of Gallabat said they
#: heard heavy gunfire", "Chaman residents woke to the sound of mortar fire"
_ITS_PEOPLE_BEFORE = re.compile(r"(?<![\w])(?i:residents|people|villagers|inhabitants|locals|"
                                r"families)\s+(?i:of|in)\s+(?:the\s+)?(?:(?i:town|village|"
                                r"city|settlement)\s+of\s+)?$")
_ITS_PEOPLE_AFTER = re.compile(r"\s+(?i:residents|villagers|inhabitants|locals)(?![\w])")
_HEARD = re.compile(r"(?<![\w])(?i:heard|hearing|hear|woke\s+(?:up\s+)?to\s+the\s+(?:sound|"
                    r"noise)s?|the\s+(?:sound|noise)s?\s+of)(?![\w])")


def _heard_at(text: str, r: Resolution, start: int, end: int) -> bool:
    """Whether the sentence puts at ``r`` only the hearing of a sound: "explosions were
    heard in Srinagar", "Residents of Gallabat said they heard heavy gunfire"."""
    s, e = r.mention.start, r.mention.end
    if _HEARD_IN.search(text, max(start, s - 50), s):
        return True
    people = _ITS_PEOPLE_BEFORE.search(text, max(start, s - 40), s) is not None or \
        _ITS_PEOPLE_AFTER.match(text, e) is not None
    return people and _HEARD.search(text, e, min(end, e + 60)) is not None


def _names_its_unknown_part(text: str, r: Resolution,
                            resolutions: tuple[Resolution, ...]) -> bool:
    """Whether the district or province ``r``, with its possessive, names a part of it the
    gazetteer could not place ("in Paktika's Barmal district"): the area is then the best
    place there is (when it places the part, "Paktia's Dand-e Patan district", the part
    is the place)."""
    if r.place.kind not in ("district", "province"):
        return False
    part = _PART_OF_AREA.match(text, r.mention.end)
    return part is not None and not any(
        o.place is not None and r.mention.end < o.mention.start < part.end()
        for o in resolutions)


def find_locations(text: str, start: int, end: int, resolutions: tuple[Resolution, ...],
                   actors: tuple[ActorMention, ...], masked: list[Span],
                   owner: str = "", venue_only: bool = False) -> tuple[Location, ...]:
    """The locations ``text[start:end]`` gives its event, most precise kind only.

    ``venue_only`` (meetings, calls): only places introduced as the venue count."""
    p = patterns()
    governments = [(a.start, a.end) for a in actors
                   if start <= a.start < end and a.kind in ("government", "state", "alias")]
    # an office holder's phrase may hold a person named like a place; a claimant that is
    # no state is named after its territory ("the de facto authorities in Stepanakert")
    persons = [(a.start, a.end) for a in actors
               if start <= a.start < end and (a.kind in _NAMED_PERSON_KINDS
                                               or not a.country_code)]
    on_border = BORDER_WORD.search(text, start, end) is not None
    local: list[Location] = []
    regions: list[Location] = []
    countries: list[Location] = []
    previous = None
    journey = None          # the place a journey "from … to …" set out from
    # places that are the scene only when the sentence names no other: the ends of such
    # journeys, the seat of a body that speaks ("the health department in Gardez said"), the
    # other state's division a border is told by ("Krasnopillia, a small town about 10 km
    # from the frontier with Russia's Belgorod region" is at Krasnopillia)
    if_alone: list[Location] = []
    described = 0           # the end of an apposition that says where a place lies
    said_at = None          # the settlement the words were said in
    for r in resolutions:
        if r.place is None or not (start <= r.mention.start < end):
            continue
        s = r.mention.start
        if inside(s, masked) or s < described:
            continue                      # "Nerkin Hand, a village in Syunik close to
                                          # Zangilan,": only Nerkin Hand
        if r.place.kind in _SETTLEMENT_KINDS:
            apposition = _WHERE_IT_LIES.match(text, r.mention.end, end)
            if apposition is not None:
                described = apposition.end()
        if r.place.kind not in ("region", "country"):
            lies = p["offset_apposition"].match(text, r.mention.end, end)
            if lies is not None:
                described = max(described, lies.end())
        is_actor = any(a <= s < b for a, b in governments)
        hosts = bool(p["hosts"].match(text, r.mention.end))    # "Tehran hosted …"
        if is_actor and not hosts and not p["at_actor"].search(text, max(start, s - 30), s):
            continue                      # "Yerevan applied to …", "Moscow's orbit"
        if any(a <= s < b for a, b in persons) and not (
                r.place.kind in _SETTLEMENT_KINDS and _HEAD_OF_THE_PLACE.search(
                    text, max(start, s - 20), s)):
            continue                      # "Russian President Vladimir Putin" (but "the
                                          # head of the Kiryat Shmona municipality" tells
                                          # of his town)
        if text[r.mention.end:r.mention.end + 2] in ("’s", "'s") and not (
                r.place.kind in _SETTLEMENT_KINDS and _PART_OF_TOWN.match(text, r.mention.end)
        ) and not _names_its_unknown_part(text, r, resolutions):
            continue                      # (but "Lahore's Walton airfield" is in Lahore,
                                          # "Paktika's Barmal district" in Paktika)
        if r.place.kind == "country":
            continue                      # countries come from the actor mentions below
        if p["speaking_in"].search(text, max(start, s - 40), s) or (
                re.fullmatch(r"[\W\d]*(?i:in)\s+", text[start:s])
                and p["speaker_follows"].match(text, r.mention.end, end)):
            if r.place.kind in _SETTLEMENT_KINDS:
                said_at = r
            continue                      # "told reporters in Phnom Penh", "the defence
                                          # ministry in Moscow said": where it was said
        if p["landmark"].search(text, max(start, s - 45), s) or \
                p["far_from"].search(text, max(start, s - 60), s):
            continue                      # "opposite the Armenian town of Meghri", "far
                                          # from the disputed Nagorno-Karabakh region"
        if _COMES_FROM.search(text, max(start, s - 70), s):
            continue                      # "a fishing boat from Quang Ngai province"
        home = _ATTACKERS_FROM.search(text, max(start, s - 70), s) is not None
        if p["hospital_in"].search(text, max(start, s - 30), s) and \
                not p["hospital_hit"].search(text, max(start, s - 70), s):
            continue                      # "is being treated at a hospital in Vardenis"
        if r.place.kind == "region" and _in_organisation_name(text, start, s):
            continue                      # "… Measures in Asia"; "Summit in Astana" stays
        listed = previous is not None and p["list"].match(text[previous[0].mention.end:s])
        if venue_only and not (listed or hosts or _VENUE_IN_NAME.match(r.mention.surface)
                               or (p["venue"].search(text, max(start, s - 45), s)
                                   and not p["topic"].search(text, max(start, s - 45), s))):
            continue
        if previous is not None and _qualifies(text[previous[0].mention.end:s],
                                               previous[0].place, r.place):
            previous = (r, previous[1])   # "Jermuk in Vayots Dzor province": Jermuk's;
            continue                      # a list goes on after it
        offset = _offset_before(text, s, start) if r.place.kind != "region" else ()
        if offset and offset[0] is None and previous is not None and \
                _WAY_FROM_IT.fullmatch(text, previous[0].mention.end, s):
            continue                      # "Koya, east of Erbil": Koya's; Erbil says
                                          # where it lies
        if offset:
            relation = "near"             # "some 30 miles east of Kiffa": that far that
                                          # way from it (geometry/rules.py)
        elif (p["stretch_from"].search(text, max(start, s - 50), s)
                and p["stretch_to"].match(text, r.mention.end, end)) or (
                previous is not None and previous[1] == "border"
                and p["stretch_to"].fullmatch(text, previous[0].mention.end, s + 1)):
            relation = "border"           # "from Leh to Sir Creek": a stretch of the
                                          # border, no place of its own
        elif (p["journey_from"].search(text, max(start, s - 50), s)
              and p["stretch_to"].match(text, r.mention.end, end)) or (
                previous is not None and previous[0] is journey
                and p["stretch_to"].fullmatch(text, previous[0].mention.end, s + 1)):
            relation = "near"             # "a car travelling from Goris to Kapan": on the
            journey = r                   # road between, at neither town
        else:
            relation = _relation(text, r, start, previous, on_border, end)
        if relation == "at" and _heard_at(text, r, start, end):
            relation = "near"             # "Residents of Gallabat heard gunfire": the fire
                                          # was within earshot, not in the town
        if relation is None:
            continue
        if home and on_border:
            relation = "direction"        # "militants from Kunar attacked border posts"
        previous = (r, relation)
        if r.place.kind == "region" and _told_as_shore(text, r, max(start, s - 45)):
            part = "shore"
        elif relation == "district" and (on_border or _CROSSING.search(text, start, end)) \
                and _holds_an_unknown_settlement(text, r, start, resolutions):
            part = "unknown settlement"
        else:
            part = ""
        location = Location(relation, place=r.place, offset=offset, part=part)
        (regions if r.place.kind == "region" else local).append(location)
        if home or journey is r or (p["seat_of_voice"].search(text, max(start, s - 30), s)
                                    and p["voice_follows"].match(text, r.mention.end, end)) or (
                p["border_with_its"].search(text, max(start, s - 80), s)):
            if_alone.append(location)
    for a in actors:
        if not start <= a.start < end or inside(a.start, masked) or \
                fled_into(text, a.start, a.end) or not_there(text, a, start):
            continue                    # (not "fled into Uganda": where they went; not
                                        # "had not taken place on Mauritanian territory")
        part = p["country_part"].search(text, max(start, a.start - 30), a.start) \
            if a.kind == "state" else None
        if part is not None:            # "in southern Armenia", "north-eastern Syria"
            countries.append(Location("country", countries=(a.country_code,),
                                      part=_compass(part.group("part") or part.group("noun"))))
        elif a.kind == "state" and (p["country_in"].search(text, max(start, a.start - 25),
                                                           a.start)
                                    or p["territory_after"].match(text, a.end)):
            countries.append(Location("country", countries=(a.country_code,)))
        elif a.kind == "demonym" and p["national_ground"].match(text, a.end):
            countries.append(Location("country", countries=(a.country_code,)))
    if not local and said_at is not None:
        back = p["the_settlement"].search(text, said_at.mention.end, end)
        if back is not None:
            # "Afghan officials in Spin Boldak told reporters that Pakistani shelling had
            # hit homes in the town": the town they spoke in is the one hit
            local.append(Location("near" if back.group("near") else "at", place=said_at.place))
    if if_alone and any(loc not in if_alone for loc in local):
        # "a minibus driving from Goris to Kapan came under fire … near Davit Bek": the
        # scene is named; the journey's ends are not where it happened, nor is the seat of
        # the office that tells of it ("shells hit homes in the Dand-e Patan district …, the
        # health department in Gardez said"; but alone, "… killing five, the district office
        # in Chaman said", it speaks of its own town)
        local = [loc for loc in local if loc not in if_alone]
    if local:
        return tuple(dict.fromkeys(local))
    borders = [Location("border", countries=codes)
               for span, codes in border_phrases(text, start, end, actors, owner)
               if len(codes) == 2 and not inside(span[0], masked)]
    for found in (borders, regions, countries):
        if found:
            return tuple(dict.fromkeys(found))
    return ()


def unplaced_scene(text: str, start: int, end: int, resolutions: tuple[Resolution, ...],
                   masked: list[Span]) -> bool:
    """Whether ``text[start:end]`` names a settlement as its scene ("near the village of
    Khurvaleti", "in Khurvaleti village") that the gazetteer could not place: the event
    happened somewhere, though nowhere the map can show better than its country. (Not a
    sentence that names no scene: background, a recollection.)"""
    for m in patterns()["scene_settlement"].finditer(text, start, end):
        at = m.start("name") if m.group("name") else m.start("before")
        stop = m.end("name") if m.group("name") else m.end("before")
        if inside(m.start(), masked):
            continue
        if not any(r.place is not None and r.mention.start < stop and at < r.mention.end
                   for r in resolutions):
            return True
    return False

