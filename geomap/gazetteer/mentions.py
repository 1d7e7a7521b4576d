"""Finding place names in an article: one compiled pass over a trie of names, then
filters that keep words, people and organisations out.

The trie (``trie.NameTrie``) is walked over ``" " + match_text(text)`` (see
``normalize``) and holds every name worth looking for with a leading space, so a match
can only start at a word boundary; the longest name wins and must end at one, so
"Zangezur corridor" wins over "Zangezur" and "South Caucasus" over "Caucasus". Names in
capitals ("TEHRAN –") are looked up again in title case when they open a line, run over
several words or carry a dateline's mark ("COLUMBUS, Ohio (AP) —"), names written in
another script ("Ворух", "Երևան") are looked up word by word, and a division
abbreviated after a name and a comma ("Fresno, Calif.") is a mention of its own, as is
one named with a plural ("the Kalbajar and Lachin regions": "Lachin region"). Each
match of the trie passes these filters, whose words live in ``data/``:

* a word of English whose Zipf frequency reaches ``mentions.common_word`` is a place
  only when strongly supported ("Summit", "Trend", "Of" are not; "Turkey", "Moscow" are);
* a name right after a title ("President Raisi", "President Vladimir Putin") belongs to
  a person whatever else it can mean, unless it is a country's ("King Jordan" aside,
  "Jordan" stays a place);
* a name after a first name ("Mahsa Amini", "Hillary Clinton"; inside a sentence also a
  first name that is a common word, "lawyer Paul Kemp") or after a middle initial
  ("Matthew D. Flores"), or that is a first name followed by a capitalised word that
  is no place of note ("Alen Simonyan", "Cristina Harris"), belongs to a person unless
  it is a country's or a city's of a million ("Houston Rockets" stays); and the
  article's other mentions of a one-word name so given to a person in full (a surname,
  a first name before a surname, a name after a title) are that person too ("Wilder
  said", "Flores' stepfather", "Rashid told"), but where the text names a place by it
  ("in Hassan", "the Hassan district") and unless it was found in a headline in title
  case, where every word has a capital ("Police Said Kherson Shelling Killed Five");
* a name after "in", "of" or "for" that ends a run of capitalised words spelled out by
  the acronym after it ("Conference on Interaction and Confidence Building Measures in
  Asia (CICA)") is part of an organisation's name, as is one followed by an
  organisation word ("Mehr News Agency"); one between other capitalised words that are
  no places and no ordinary words is part of some other name. For these, divisions,
  hand-checked regional places and cities of a million are exempt.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from ..model import Article, Mention
from ..text.calendar_names import MONTHS
from ..text.speech_verbs import speech_verbs
from .normalize import in_other_script, lookup_key, match_text
from .tables import DIVISION_KINDS, data_yaml, scoring, word_list

#: what a name found in text needs, per lookup key (``Gazetteer.name_codes``) and per hit
#: (``kernels.find_names``): not known yet, never a place on its own, a place whatever
#: surrounds it, a place unless ``person_or_organisation`` finds otherwise, or an
#: ordinary word that is a town's name only where the text names a place by it
#: (``_a_word_named_as_a_place``; the compiled filter passes it on only capitalised)
UNKNOWN, NEVER, ALWAYS, CHECK, WORD = range(5)
#: an all-capitals run ("TEHRAN", "NAGORNO KARABAKH") in match text
_CAPITALS_RUN = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z']{2,}(?: [A-Z][A-Z']+)*(?![A-Za-z0-9])")
#: what follows a dateline's place in capitals: "COLUMBUS, Ohio (AP)", "WASHINGTON —",
#: "MUZAFFARABAD, 8 May 2025 -"
_DATELINE = re.compile(r",[ \t]+(?:[A-Z][a-z.]|\d{1,2}[ \t]+[A-Z][a-z])|[ \t]+[—–-]+[ \t]"
                       r"|[ \t]+\((?:AP|Reuters|AFP)\)")
#: a division word in the plural, after the names it holds ("Kalbajar and Lachin regions")
_PLURAL_DIVISION = re.compile(r" (?:[Rr]egion|[Dd]istrict|[Pp]rovince)s(?!\w)")
#: what joins the names of a list ("Dashkasan, Kalbajar and Lachin"), ending at a name
_LIST_LINK = re.compile(r"(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)\Z")
#: ", Calif." / ", W.Va." / ", D.C." after a name
_ABBREVIATED_QUALIFIER = re.compile(r",[ \t]+((?:[A-Z][a-z]{0,4}\.){1,3})(?![A-Za-z])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z'.\-]*)[ \t]$")
_WORD_AFTER = re.compile(r"[ \t]([A-Za-z][A-Za-z'\-]*)")
#: "(CICA)" right after a name
_ACRONYM_AFTER = re.compile(r"[ \t]?\(([A-Z]{3,8})\)")
#: the words of a run of capitalised words before a name, connectors included
_RUN_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*|&")
#: words before a name that end an organisation's name ("… Measures in Asia")
_ACRONYM_LEAD = frozenset({"in", "of", "for", "on"})
#: lower-case words that may sit inside an organisation's name
_NAME_CONNECTORS = frozenset({"of", "on", "and", "in", "for", "the", "de", "du", "at",
                              "to", "&"})
#: a middle initial ("Roy A. Nelson")
_INITIAL = re.compile(r"[A-Z]\.")
#: a title before a name only counts with a dot if it is this short ("Gen.", "Dr.");
#: longer words before a dot end a sentence ("… said the Minister. Moscow …")
_MAX_DOTTED_TITLE = 4


@dataclass(frozen=True)
class KeyStrength:
    """What the gazetteer knows about everything a name can mean, for the filters."""

    population: int
    #: one of the places is a country: never taken for a person's name
    country: bool
    #: one of the places is a country or has mentions.name_neighbour_population people
    major: bool
    #: a country, province, region, hand-checked or user entry, or a city of a million
    protected: bool
    #: protected, or a place of the regional table (the region geomap is about)
    regional: bool
    #: mentions.strong_population people, or regional
    strong: bool
    #: mentions.very_strong_population people, or a country or division
    very_strong: bool


@lru_cache(maxsize=None)
def _lists() -> tuple[frozenset, frozenset, frozenset, frozenset]:
    titles = frozenset(word_list("person_titles.txt"))
    organisations = frozenset(w.lower() for w in word_list("organisation_words.txt"))
    places = frozenset(w.lower() for w in word_list("place_words.txt"))
    stop = frozenset(lookup_key(w) for w in word_list("stoplist.txt"))
    return titles, organisations, places, stop


#: bytes → "A" for a capital letter or an apostrophe, "a" for anything else: a capitals
#: run of three is b"AAA" in this shape, found at C speed before any regex runs
_SHAPE = bytes(ord("A") if chr(b).isupper() or chr(b) == "'" else ord("a")
               for b in range(256))


def capitals_hits(tries, text: str, matchable: str, encoded: bytes) -> list[list[int]]:
    """[start, end, key position, UNKNOWN] of names in capitals ("TEHRAN –") looked for
    again in title case, where they open the text, run over several words or carry a
    dateline's mark (key positions as ``find_mentions`` numbers them); ``encoded`` is
    ``matchable`` as bytes."""
    hits = []
    # where the text's first word begins: a run there opens the text (a headline)
    lead = len(text) - len(text.lstrip())
    shape = encoded.translate(_SHAPE)
    found = shape.find(b"AAA")
    while found >= 0:
        start = found
        while start > 0 and shape[start - 1] == 65:
            start -= 1
        run = _CAPITALS_RUN.match(matchable, start)
        if run is None:
            found = shape.find(b"AAA", found + 3)
            continue
        found = shape.find(b"AAA", run.end())
        if not (run.start() - 1 <= lead or " " in run.group()
                or _DATELINE.match(text, run.end() - 1, run.end() + 8)):
            continue
        titled = " " + run.group().title()
        shift = run.start() - 1
        for number, trie in enumerate(tries):
            hits += [[shift + start, shift + end, key if number == 0 else -1 - key, UNKNOWN]
                     for start, end, key in trie.scan(titled).tolist()]
    return hits


#: a run of characters outside ASCII and the punctuation blocks: a word of another script
#: (or a Latin letter with a diacritic, which ``in_other_script`` turns away)
_SCRIPT_WORD = re.compile("[^\x00-\x7f\\s\u00a0-\u00bf\u00d7\u00f7\u2000-\u206f"
                          "\u3000-\u303f\ufe10-\ufe6f\uff00-\uff20]+")
#: a character of neither Latin nor the punctuation and symbol blocks: the cheap test that
#: lets a text with no word of another script (most, even with curly quotes and dashes)
#: skip ``_SCRIPT_WORD``'s slower scan
_OTHER_SCRIPT = re.compile("[^\x00-\u036f\u1e00-\u1eff\u2000-\u2bff]")
#: the most words of a name in another script ("شهر ایروان", "Нагорный Карабах")
MAX_SCRIPT_WORDS = 3
#: where the scripts begin whose two signs make a name ("北京", "서울"); in the others a
#: name has three letters at least, as in Latin ("Он", "he", is no Oni)
_IDEOGRAPHS = "\u2e80"


def script_hits(gazetteer, text: str) -> list[list[int]]:
    """[start, end, key position, ALWAYS] of the names the gazetteer knows in a script other
    than Latin ("Kyrgyz forces fired at Ворух", "Երևան"), the longest run of up to
    ``MAX_SCRIPT_WORDS`` words first. In an English text a word of another script is a
    name or a quotation, so a known name is a place unless it opens in lower case (a
    word of a quoted Russian or Armenian sentence, in a script with capitals) or is
    shorter than a name of its script."""
    if not _OTHER_SCRIPT.search(text):
        return []
    words = []
    for match in _SCRIPT_WORD.finditer(text):
        start, end = match.span()
        while start < end and not text[start].isalpha():
            start += 1
        while end > start and not text[end - 1].isalnum():
            end -= 1
        if end > start and in_other_script(text[start:end]):
            words.append((start, end))
    hits, i = [], 0
    while i < len(words):
        taken = 1
        for j in range(min(len(words), i + MAX_SCRIPT_WORDS), i, -1):
            start, end = words[i][0], words[j - 1][1]
            if any(text[words[k][1]:words[k + 1][0]] not in (" ", "-")
                   for k in range(i, j - 1)) or _lower_initial(text[start]) \
                    or end - start < (2 if text[start] >= _IDEOGRAPHS else 3):
                continue
            key = lookup_key(text[start:end])
            if gazetteer.options(key):
                hits.append([start, end, gazetteer.key_number(key), ALWAYS])
                taken = j - i
                break
        i += taken
    return hits


def _lower_initial(letter: str) -> bool:
    """True for a small letter of a script that writes names with a capital (Cyrillic,
    Greek, Armenian); Georgian's Mkhedruli, small letters to Unicode since Mtavruli
    capitals were added, has none in running text."""
    return letter.islower() and not "\u10d0" <= letter <= "\u10ff"


def longest_first(hits: list[list[int]]) -> list[list[int]]:
    """Non-overlapping hits ([start, end, …]), the longer one winning an overlap, in text
    order."""
    ordered = sorted(hits)
    if all(a[1] <= b[0] for a, b in zip(ordered, ordered[1:])):
        return ordered          # one trie's matches: no overlaps
    kept: list[list[int]] = []
    starts: list[int] = []      # sorted starts of kept hits; kept hits never overlap
    ends: list[int] = []
    for hit in sorted(hits, key=lambda h: (h[0] - h[1], h[0])):
        start, end = hit[0], hit[1]
        at = bisect_right(starts, start)
        if at and ends[at - 1] > start or at < len(starts) and starts[at] < end:
            continue
        starts.insert(at, start)
        ends.insert(at, end)
        kept.insert(at, hit)
    return kept


def word_before(text: str, start: int) -> str:
    """The word right before ``start`` across one space or tab ("President"), or ""."""
    if start < 2 or text[start - 1] not in " \t":
        return ""
    low = start - 40 if start > 40 else 0
    # the word lies after the last blank of the 40 characters before the name
    chunk = text[max(low, text.rfind(" ", low, start - 1) + 1):start - 1]
    if chunk.isalpha() and chunk.isascii():
        return chunk                # the usual case, without a regex
    match = _WORD_BEFORE.search(text, start - 1 - len(chunk), start)
    return match.group(1) if match else ""


def word_after(text: str, end: int) -> str:
    """The word right after ``end`` across one space or tab, or ""."""
    match = _WORD_AFTER.match(text, end, end + 40)
    return match.group(1) if match else ""


def is_title(word: str, titles: frozenset) -> bool:
    """True if ``word`` (as written before a name) is a person's title; "Gen." is one,
    "Minister." ends a sentence."""
    plain = word.rstrip(".")
    if plain not in titles:
        return False
    return not word.endswith(".") or len(plain) <= _MAX_DOTTED_TITLE


def spelled_out_acronym(text: str, start: int, end: int) -> str:
    """The acronym after a name that follows "in", "of", "for" or "on", whose letters the
    capitalised words up to and including the name spell out, ending with the name's
    initial: "… Measures in Asia (CICA)" → "CICA"; "" if there is none."""
    found = _ACRONYM_AFTER.match(text, end, end + 12)
    if not found:
        return ""
    acronym = found.group(1)
    words = _RUN_WORD.findall(text[max(0, start - 160):start])
    if not words or words[-1] not in _ACRONYM_LEAD or word_before(text, start) != words[-1]:
        return ""
    initials = []
    for word in reversed(words):
        if word[:1].isupper():
            initials.append(word[0])
        elif word.lower() not in _NAME_CONNECTORS:
            break
    own = [w[0] for w in re.split(r"[ \-]+", text[start:end]) if w[:1].isupper()]
    if not own or acronym[-1] != own[-1] or len(acronym) <= len(own):
        return ""
    letters = iter(list(reversed(initials)) + own)
    if all(any(letter == c for c in letters) for letter in acronym):
        return acronym
    return ""


#: how ``person_or_organisation`` begins the reasons that give a name to a person in
#: full, which ``find_mentions`` then gives to that person wherever the text names no
#: place by it: a surname, a first name, a name after a title
_A_SURNAME = "a person's surname"
_A_FIRST_NAME = "a person's first name, before the surname"
_A_TITLED = "a person's name (after"
_A_PERSON = (_A_SURNAME, _A_FIRST_NAME, _A_TITLED)


#: the first word of a name, up to a blank or a hyphen ("Asia" of "Asia-Plus")
_FIRST_WORD = re.compile(r"[^\s-]*")


@lru_cache(maxsize=1)
def _names_not_places() -> dict[str, tuple[str, ...]]:
    """data/names_not_places.txt by the first word of each, lowercased."""
    names: dict[str, list[str]] = {}
    for name in word_list("names_not_places.txt"):
        names.setdefault(_FIRST_WORD.match(name).group().lower(), []).append(name.lower())
    return {first: tuple(found) for first, found in names.items()}


def _name_not_a_place(text: str, start: int) -> str:
    """The name of a body, format or document that opens at ``start`` with a place name
    ("Minsk Group", "Alma-Ata Declaration"), or ""."""
    first = _FIRST_WORD.match(text, start).group().lower()
    for name in _names_not_places().get(first, ()):
        if text[start:start + len(name)].lower() == name and not \
                text[start + len(name):start + len(name) + 1].isalnum():
            return text[start:start + len(name)]
    return ""


def person_or_organisation(text: str, start: int, end: int, key: str, strength: KeyStrength,
                           first_names: frozenset, ordinary_words: frozenset,
                           place_word, nation_word=lambda word: None) -> str:
    """Why the name at [start, end) belongs to a person or an organisation, or "".

    ``place_word(word)`` is the ``KeyStrength`` of a word the gazetteer knows as a place
    name, else None; ``nation_word(word)`` the country code of a national adjective, else
    None: "Georgian Gori" is Gori, where a national adjective stands as another word of
    a name would (which country it wants is ``Gazetteer._after_adjective``'s to weigh).
    A capitalised word after the name counts as another name (a
    surname: "Cristina Harris", "Margarita Zavala") unless it is a place of note — a
    country, a division or a city of a million ("Tyler Texas"): small places are named
    after people as often as people after them."""
    if strength.country:
        return ""
    titles, organisations, places, _ = _lists()
    before, after = word_before(text, start), word_after(text, end)
    paren = text.startswith("(", end) or text.startswith("(", end + 1)
    if before in PARTICLES and not strength.major:
        first = _before_particles(text, start - len(before) - 1)
        if first.lower() in first_names:
            return f"a person's surname (after {first!r} {before!r})"
    if _FIRST_WORD.match(text, start, end).group().lower() in _names_not_places():
        named = _name_not_a_place(text, start)
        if named:
            return f"part of the name {named!r}, no place"
    if is_title(before, titles):        # "President Raisi", "commissioner Hassan"
        return f"a person's name (after {before!r})"
    if not (before[:1].isupper() or after[:1].isupper() or paren
            or after.lower() in organisations):
        return ""           # no rule below can apply: the common case, kept fast
    after_is_name = (after[:1].isupper() and not (len(after) > 1 and after.isupper())
                     and after.lower() not in places
                     and (after.lower() not in ordinary_words
                          or _first_name_in_running_text(text, end, after, first_names))
                     and after not in titles and not _notable(place_word(after)))
    if strength.major and after_is_name and " " not in key and key in first_names and \
            _SPEAKS.match(text, end):
        return f"a person's name ({after!r} follows, and speaks)"     # "Milan Radoicic said"
    if not strength.major:
        if before[:1].isupper() and before.lower() in first_names and (
                before.lower() not in ordinary_words
                or _a_name_mid_sentence(text, start - 1 - len(before), before)) \
                and not nation_word(before):       # "Georgian Gori", "Afghan Spin Boldak"
            return f"a person's surname (after the first name {before!r})"
        if " " not in key and key in first_names and after_is_name:
            if (not before[:1].isupper() or opens_sentence(text, start)) and \
                    _SMALL_WORD_AFTER.match(text, end + 1 + len(after)):
                # two capitalised words alone, as a person is named: "Rashid Khan was";
                # not "Downtown Cleveland Alliance", "Madison Circuit Judge"
                return f"{_A_FIRST_NAME} {after!r}"
            return f"a person's first name ({after!r} follows)"
        if _INITIAL.fullmatch(before) and \
                word_before(text, start - len(before) - 1)[:1].isupper():
            return f"a person's surname (after the initial {before!r})"
    acronym = spelled_out_acronym(text, start, end) if paren else ""
    if acronym:
        return f"part of an organisation's name ({acronym!r} follows)"
    if after[:1].isupper() and not before[:1].isupper():
        head = _ORGANISATION_AFTER.match(text, end)
        if head:
            return f"part of an organisation's name ({head.group(head.lastindex)!r} ends it)"
    if before[:1].isupper() and after.lower() in _INSTITUTIONS:
        # "the Qazax Central District Hospital": no district in Israel
        return f"part of an institution's name ({before!r} … {after!r})"
    if strength.protected:
        return ""
    if after.lower() in organisations:
        return f"part of a longer name ({after!r} follows)"
    if strength.regional:
        return ""
    # a capitalised word before that names no place of its own is a word of the same
    # name ("Phanom Rung": no town of Rung in Cambodia; Phanom is only an alternate
    # spelling of somewhere); a possessive before owns the place and is no part of its
    # name ("Saudi Arabia's Jazan region")
    before_is_name = (before[:1].isupper() and not before.endswith((".", "'s", "'"))
                      and before.lower() not in ordinary_words
                      and _no_place_of_its_own(place_word(before))
                      and not nation_word(before))
    if before_is_name or after_is_name:
        return "part of a longer name"
    return ""


#: after a word: a small word or punctuation, as after the last word of a person's name
#: in running text ("Hassan Said, a commander", "Wan Jan said"); not another capitalised
#: word, as in an organisation's name or a title-case headline ("Winnipeg Free Press",
#: "Hassan Man Arrested")
_SMALL_WORD_AFTER = re.compile(r"(?:[ \t]+[a-z]|[,;:.)])")


def _first_name_in_running_text(text: str, end: int, word: str,
                                first_names: frozenset) -> bool:
    """True if ``word``, right after the name ending at ``end``, is a first name that is
    also an ordinary word ("Said", "Joy") ending a person's name: capitalised, followed
    by a small word or punctuation, and no month ("off Steveston March 16")."""
    return word.lower() in first_names and word.lower() not in _MONTHS and bool(
        _SMALL_WORD_AFTER.match(text, end + 1 + len(word)))


#: what a name between another capitalised word and this one is part of the name of
_INSTITUTIONS = frozenset({"hospital", "clinic"})
#: the verbs of a speaker: "Milan Radoicic said", "the group claimed"
_SPEECH_VERB = speech_verbs("speaker")
#: an apposition that makes the name before it an armed group's or a party's (not "In
#: St. Louis, a troubled group of clinics merged": a group *of* something is no name's;
#: nor "stormed Bentiu, the group said" or "Bentiu, the group's stronghold": the group
#: speaks of the place or holds it)
_A_GROUP = re.compile(r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:militia|militias|movement|"
                      r"armed group|rebel group|group|faction|party|organi[sz]ation|brigade|"
                      r"battalion)(?![\w'’-])(?!\s+of\s)"
                      r"(?!\s+(?:also\s+|later\s+)?" + _SPEECH_VERB + r"(?!\w))")
#: a surname after a first name that is also a city's, and the person speaking:
#: "Milan Radoicic said", "Paris Hilton, the heiress, told"
_SPEAKS = re.compile(r"\s+[A-Z][\w’'\-]+(?:,[^,;.]{1,80},)?(?:\s+(?:later|also|earlier|then|"
                     r"previously|reportedly|has|had))?\s+" + _SPEECH_VERB + r"(?![\w])")


#: capitalised words after a name that end an organisation's name: "Shanghai Cooperation
#: Organisation", an armed group's "Balochistan Liberation Front", "Kurdistan Workers'
#: Party" ("Tipperary County Council", "Texas Commission on …", "the Florida Democratic
#: Party" keep their places, as geoparsing corpora tag them)
_ORGANISATION_AFTER = re.compile(
    r"(?:(?:\s+[A-Z][\w-]+){1,3}?\s+(Organi[sz]ation)"
    r"|(?:\s+[A-Z][\w-]+){0,2}?\s+((?:Liberation|Freedom|Independence)\s+(?:Front|Army|"
    r"Movement|Tigers)|Workers['’]?\s+Party))(?![\w-])")


#: lower-case words between a first name and a surname: "Mike de Kock", "Ursula von der
#: Leyen" (``kernels._capitals_near`` reads them packed, ``particle_codes``)
PARTICLES = frozenset({"de", "da", "di", "du", "van", "von", "der", "den", "ter", "del",
                       "dos", "das", "le", "la", "bin", "ibn"})


def _before_particles(text: str, start: int) -> str:
    """The word before the particles that end at ``start`` ("Ursula" before "von der")."""
    word = word_before(text, start)
    for _ in range(2):
        if word not in PARTICLES:
            break
        start -= len(word) + 1
        word = word_before(text, start)
    return word


#: the fewest people a place a word names has as its own (GeoNames' cities500 lists
#: places of 500 and more; a spelling that is only another place's alternate counts a
#: hundredth of its people, see ``Gazetteer.key_strength``)
_PLACE_OF_ITS_OWN = 500


def _no_place_of_its_own(strength: KeyStrength | None) -> bool:
    return strength is None or (not strength.strong
                                and strength.population < _PLACE_OF_ITS_OWN)


def _notable(strength: KeyStrength | None) -> bool:
    return strength is not None and strength.protected


#: words a sentence ends with, before the next one begins
_SENTENCE_ENDS = frozenset(".!?:;\"“”'‘’\n")
_MONTHS = frozenset(m.lower() for m in MONTHS)


def _a_name_mid_sentence(text: str, start: int, word: str) -> bool:
    """True if ``word`` at ``start`` is capitalised inside a sentence and is no month: a
    first name that is also a common word ("Paul", "Joseph", "Said") is one there, but
    not in a line in title case, where every word has a capital ("Police Said Kherson
    Shelling Killed Five")."""
    return word.lower() not in _MONTHS and not opens_sentence(text, start) and \
        not in_title_case_line(text, start)


#: a word of a line, for ``in_title_case_line``
_LINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: how a line of people's names opens, which is no headline however capitalised: a
#: byline ("By Grace Hanover") or a credit ("(Reporting by …; Editing by Bill Rigby)")
_NAMES_LINE = re.compile(r"[ \t]*(?:\(|[Bb][Yy][ \t])")


@lru_cache(maxsize=1)
def _small_words() -> frozenset:
    """The words a title-case line leaves in lower case ("of", "in", "the")."""
    return frozenset(word_list("function_words.txt"))


def in_title_case_line(text: str, at: int) -> bool:
    """True if ``at`` is on a short line written in title case or capitals, as headlines
    of feeds and scraped pages are: every word there capitalised but the small ones
    ("Police Said Kherson Shelling Killed Five"), so a capital says nothing of a name.
    A byline or a credit line, all names, is none."""
    rules = scoring()["mentions"]["title_case_line"]
    longest = rules["max_chars"]
    start = text.rfind("\n", max(0, at - longest), at) + 1
    if (start == 0 and at > longest) or _NAMES_LINE.match(text, start):
        return False                    # a paragraph's line or a line of names
    end = text.find("\n", at, start + longest + 1)
    if end < 0:
        end = len(text)
    if end - start > longest:
        return False
    small = _small_words()
    capitalised = 0
    for word in _LINE_WORD.findall(text, start, end):
        if word[0].isupper():
            capitalised += 1
        elif word not in small:
            return False
    return capitalised >= rules["min_words"]


def opens_sentence(text: str, start: int) -> bool:
    """True if the word at ``start`` opens the text, a line or a sentence, where its
    capital says nothing of it."""
    before = text[max(0, start - 3):start].rstrip(" \t")
    return not before or before[-1] in _SENTENCE_ENDS


def common_word(key: str, strength: KeyStrength, word_zipf: dict) -> str:
    """Why a single-word name is an ordinary English word here, or ""."""
    if " " in key:
        return ""
    rules = scoring()["mentions"]
    zipf = word_zipf.get(key, 0.0)
    if zipf >= rules["very_common_word"] and not strength.very_strong:
        return f"a common English word (Zipf {zipf})"
    if zipf >= rules["common_word"] and not strength.strong:
        return f"a common English word (Zipf {zipf})"
    return ""


def is_stopword(key: str) -> bool:
    return key in _lists()[3]


def known_verdict(gazetteer, key: str):
    """``name_verdict`` of ``key``, worked out once per gazetteer (``Gazetteer.verdicts``)."""
    verdict = gazetteer.verdicts.get(key)
    if verdict is None:
        verdict = gazetteer.verdicts[key] = name_verdict(gazetteer, key)
    return verdict


def name_verdict(gazetteer, key: str):
    """What a name found in text needs, decided once per name: ``True`` (an indirect
    reference, always kept), ``False`` (a stopword or a common English word, never a place
    on its own) or its ``KeyStrength`` for the person and organisation checks."""
    if gazetteer.is_indirect(key):
        return True
    strength = gazetteer.key_strength(key)
    if is_stopword(key) and not strength.protected:
        return False
    if common_word(key, strength, gazetteer.index.word_zipf):
        return False
    if key in _common_division_names() and not strength.country:
        return False                # "the Gulf of Finland": no Gulf Province
    return strength


@lru_cache(maxsize=1)
def _common_division_names() -> frozenset[str]:
    """data/common_division_names.txt: ordinary nouns that are a division's short name."""
    return frozenset(lookup_key(w) for w in word_list("common_division_names.txt"))


@lru_cache(maxsize=None)
def _cue_patterns() -> tuple[re.Pattern, re.Pattern]:
    """("village of <Name>", "<Name> village") patterns of data/toponym_cues.yaml."""
    cues = data_yaml("toponym_cues.yaml")
    name = r"([A-Z][A-Za-z'’\-]+(?: [A-Z][A-Za-z'’\-]+){0,2})"
    before = "|".join(re.escape(w) for w in cues["before_of"])
    after = "|".join(re.escape(w) for w in cues["after"])
    return (re.compile(rf"\b(?i:{before})\s+of\s+(?:the\s+)?{name}"),
            re.compile(rf"{name}\s+(?i:{after})\b"))


def cued_names(gazetteer, text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of capitalised names the gazetteer does not know that a place word
    introduces or follows ("the village of Tegh", "Tegh village"), outside ``taken``."""
    ordinary = gazetteer.index.ordinary_words
    titles = _lists()[0]
    spans = set()
    for pattern in _cue_patterns():
        for match in pattern.finditer(text):
            start, end = match.span(1)
            words = match.group(1).split(" ")
            while words and (words[0].lower() in ordinary or words[0] in titles
                             or gazetteer.demonym_country(words[0])):
                start += len(words.pop(0)) + 1
            if not words or any(w.lower() in ordinary for w in words):
                continue
            if any(start < e and s < end for s, e in taken):
                continue
            spans.add((start, end))
    return sorted(spans)


def name_code(verdict, town_word: bool = False) -> int:
    """``name_verdict`` as the code the compiled filter reads (see ``UNKNOWN`` …);
    ``town_word``: the key is a town's as well as an ordinary word's (``_a_town_word``)."""
    if verdict is False:
        return WORD if town_word else NEVER
    if verdict is True or verdict.country:      # a country's name is never a person's
        return ALWAYS
    return CHECK


def packed_word(word: str) -> int:
    """A word of at most 12 letters a–z as one integer, five bits a letter (how
    ``kernels._capitals_near`` reads the word after a name)."""
    return sum((ord(c) - 96) << (5 * n) for n, c in enumerate(word))


@lru_cache(maxsize=None)
def _organisation_codes() -> np.ndarray:
    words = [w for w in _lists()[1] if len(w) <= 12 and w.isalpha() and w.isascii()]
    return np.array(sorted(packed_word(w) for w in words), dtype=np.int64)


@lru_cache(maxsize=None)
def particle_codes() -> np.ndarray:
    """``PARTICLES`` and the titles written in lower case ("commissioner Hassan said")
    packed and sorted, for ``kernels._capitals_near``: the words before a name that
    ``person_or_organisation`` must see though nothing near is capitalised."""
    words = PARTICLES | {w for w in _lists()[0]
                         if w.islower() and w.isalpha() and w.isascii() and len(w) <= 12}
    return np.array(sorted(packed_word(w) for w in words), dtype=np.int64)


def _names_in(gazetteer, text: str) -> tuple[list[list[int]], list[list[int]]]:
    """([start, end, key position, action] of every name the gazetteer's tries find in
    ``text``, the non-overlapping ones among them in text order)."""
    from .kernels import find_names
    matchable = " " + match_text(text)
    encoded = matchable.encode("ascii")
    tries = gazetteer.tries()
    others = [[start, end, -1 - key, UNKNOWN] for trie in tries[1:]
              for start, end, key in trie.scan(matchable).tolist()]
    others += capitals_hits(tries, text, matchable, encoded)
    if not text.isascii():
        others += script_hits(gazetteer, text)
    # names found otherwise may overlap the trie's: then those never a place count too
    overlaps = bool(others) or gazetteer.online is not None
    hits = find_names(np.frombuffer(encoded, dtype=np.uint8),
                      np.frombuffer(text.encode("ascii", "replace"), dtype=np.uint8),
                      *tries[0].arrays, gazetteer.name_codes, _organisation_codes(),
                      particle_codes(), overlaps).tolist() + others
    return hits, longest_first(hits) if overlaps else hits


def abbreviated_divisions(gazetteer, article: Article, mentions: list[Mention]
                          ) -> list[Mention]:
    """Divisions and countries written as a dotted abbreviation after a mention and a
    comma ("Fresno, Calif.", "Washington, D.C.", "Charleston, W.Va."): places of their
    own, which the trie does not hold (on their own "Ill." or "Ind." are words)."""
    spans, text = [], article.text
    for mention in mentions:
        after = _ABBREVIATED_QUALIFIER.match(text, mention.end, mention.end + 16)
        if after is not None:
            spans.append([after.span(1)])
    return _places_among(gazetteer, article, spans, mentions, ("province", "country"))


def plural_divisions(gazetteer, article: Article, mentions: list[Mention]) -> list[Mention]:
    """Divisions named with a plural ("in the Dashkasan, Kalbajar and Lachin districts"):
    the last name with the singular, "Lachin district" (the trie's longest form ran into
    the "s": the mention of "Lachin" it found instead gives way), and each name listed
    before it as that kind of division too — "Dashkasan" written, Dashkasan District
    meant (``Mention.name``).
    A listed name that is a mention already is replaced by its division."""
    spans, text = [], article.text
    if "egions" not in text and "istricts" not in text and "rovinces" not in text:
        return []                                   # most articles: no pattern search
    listed = []
    for plural in _PLURAL_DIVISION.finditer(text):
        end = plural.end() - 1                                   # without the "s"
        starts = _capitalised_before(text, plural.start())
        spans.append([(start, end) for start in reversed(starts)])   # longest first
        if not starts:
            continue
        kind = plural.group()[1:-1].lower()
        at = starts[-1]
        while (link := _LIST_LINK.search(text, max(0, at - 12), at)) is not None:
            before = _capitalised_before(text, link.start())
            if not before:
                break
            listed.append((before[-1], link.start(), kind))
            at = before[-1]
    found = _places_among(gazetteer, article, spans, mentions, DIVISION_KINDS, inside=True)
    for start, end, kind in listed:
        name = f"{text[start:end]} {kind}"
        if _likeliest_is(gazetteer, name, DIVISION_KINDS):
            found.append(Mention(article_id=article.id, surface=text[start:end], start=start,
                                 end=end, name=name))
    return found


def _capitalised_before(text: str, at: int) -> list[int]:
    """Where the up to three capitalised words that end at ``at`` start, nearest first."""
    starts = []
    while len(starts) < 3:
        space = text.rfind(" ", max(0, at - 40), at)
        word = text[space + 1:at]
        if not word[:1].isupper() or not word.replace("-", "").isalnum():
            break
        starts.append(space + 1)
        at = space
    return starts


def _likeliest_is(gazetteer, name: str, kinds) -> bool:
    """True if the likeliest place called ``name`` is of one of ``kinds``."""
    options = gazetteer.options(lookup_key(name))
    return bool(options) and options[0].kind in kinds


def _places_among(gazetteer, article: Article, spans: list[list[tuple[int, int]]],
                  mentions: list[Mention], kinds, inside: bool = False) -> list[Mention]:
    """Per group of candidate spans (longest first), a mention of the first that no
    mention overlaps (with ``inside``, but for mentions it holds, which it replaces)
    and whose likeliest place is of one of ``kinds``."""
    found, text = [], article.text
    for group in spans:
        for start, end in group:
            if any(m.start < end and start < m.end and not (
                    inside and start <= m.start and m.end <= end) for m in mentions):
                break
            if _likeliest_is(gazetteer, text[start:end], kinds):
                found.append(Mention(article_id=article.id, surface=text[start:end],
                                     start=start, end=end))
                break
    return found


_POSSESSIVE = ("'s", "’s")
#: a transcript's question line names who asks, in brackets: "Question (Al Mayadeen):"
_ASKER = re.compile(r"(?:^|\n)[ \t]*(?i:question|reporter|journalist|correspondent|Q)[ \t]*"
                    r"\(\Z")
_ASKER_END = re.compile(r"[ \t]*\)[ \t]*:")
_CAPITAL_OF = "capital of "
#: the articles that begin Arabic names without making them other names ("Al-Fashaga")
NAME_ARTICLES = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ed",
                           "es", "et", "ez"})
#: prefixes that make an adjective of a name, capitalised at a sentence's start
#: ("Pro-Moscow groups"): the name is found as before
_PREFIXES = frozenset({"pro", "anti", "non", "post", "pre", "ex", "neo", "pan", "trans",
                       "mid", "sub", "inter", "cross", "intra"})
_NOT_NAME_PARTS = NAME_ARTICLES | _PREFIXES
#: the Persian and Urdu linking particles inside a name ("Lashkar-e-Taiba", "Bunyan-um-
#: Marsoos", "Mazar-i-Sharif"): a part of the compound, not a lower-case word beside a name
_IZAFAT = frozenset({"e", "i", "ul", "ut", "um", "ud", "us"})


def hyphen_compound(gazetteer, text: str, start: int, end: int, hit_edges: tuple[set, set]
                    ) -> tuple[int, int] | None:
    """(start, end) of the capitalised hyphenated name a name found inside it is a part of
    ("Sai" in "Ak-Sai", "Caspian" in "Trans-Caspian"), or None where it stands on its own:
    its neighbours begin or end place names found too ("the Armenia-Azerbaijan border",
    "DPRK-South Korea"; ``hit_edges``, the starts and ends of the names found), are
    demonyms ("the Afghan-Pakistan border"), initials or acronyms ("D-Charleston",
    "NATO-Russia"), lower-case words ("pro-Moscow", "Kapan-based") but a linking particle
    ("Lashkar-e-Taiba") or the article of an Arabic name."""
    left = start
    while left > 1 and text[left - 1] == "-" and text[left - 2].isalnum():
        left -= 1
        while left > 0 and (text[left - 1].isalnum() or text[left - 1] in "'’"):
            left -= 1
    article = ""
    if left < start - 1 and text[left:start - 1].lower() in NAME_ARTICLES and \
            left >= 2 and text[left - 1] == " " and text[left - 2].isalpha() and \
            left - 1 not in hit_edges[1]:
        # "Alma al-Shaab": the capitalised word before the article begins the name
        word = left - 1
        while word > 0 and (text[word - 1].isalnum() or text[word - 1] in "'’"):
            word -= 1
        if text[word:word + 1].isupper():
            left, article = word, text[left:start - 1].lower()
    right = end
    while right + 1 < len(text) and text[right] == "-" and text[right + 1].isalnum():
        right += 1
        while right < len(text) and (text[right].isalnum() or text[right] in "'’"):
            right += 1
    if (left, right) == (start, end):
        return None
    at = left
    # "Alma al-Shaab": its first word and the article make two parts
    for part in (text[left:right].replace(" ", "-", 1) if article
                 else text[left:right]).split("-"):
        span = (at, at + len(part))
        at += len(part) + 1
        if span == (start, end) or (start < span[1] and span[0] < end):
            continue
        if part.endswith(_POSSESSIVE):
            part = part[:-2]
        if article and part.lower() == article:
            continue                    # the article inside "Alma al-Shaab"
        if part in _IZAFAT and span[0] > left and span[1] < right:
            continue                    # "Lashkar-e-Taiba": one name, not Taiba
        if not part[:1].isupper() or part.isupper() or part.lower() in _NOT_NAME_PARTS \
                or span[0] in hit_edges[0] or span[1] in hit_edges[1] \
                or gazetteer.demonym_country(part):
            return None
    return left, right


def _with_name_article(gazetteer, text: str, start: int, end: int) -> int:
    """Where a name found after the lower-case article of an Arabic name begins: at the
    article where the gazetteer knows the name with it ("in al-Fashaga", "el-Gedaref"),
    so that the words before it ("in") are read as before the name; else ``start``."""
    if start < 3 or text[start - 1] != "-":
        return start                    # most names: no hyphen before them
    article = start - 1
    while article > 0 and text[article - 1].isalpha():
        article -= 1
    if (article and text[article - 1].isalnum()) or \
            text[article:start - 1] not in NAME_ARTICLES:
        return start
    return article if gazetteer.options(lookup_key(text[article:end])) else start


#: the words before an ordinary word that make it a town's name ("Police in Reading said")
_LOCATIVES = frozenset({"in", "near", "outside"})


def _a_town_word(gazetteer, key: str) -> bool:
    """Whether a name that is an ordinary English word, and so never a place on its own,
    is a town's of ``mentions.town_named_by_a_word`` people, which the text may name by it
    (``_named_as_a_place``): Reading, Nice, Cannes; not Congress, Arizona."""
    return not is_stopword(key) and key not in _SEASONS and \
        gazetteer.key_strength(key).population >= scoring()["mentions"]["town_named_by_a_word"]


#: "in Spring 2002" is a time, not Spring, Texas
_SEASONS = frozenset({"spring", "summer", "fall", "autumn", "winter"})


def _named_as_a_place(text: str, start: int) -> bool:
    """Whether the word at ``start`` is written as a place's name: capitalised after "in",
    "near" or "outside" ("died in Cannes", "Police in Reading said")."""
    return text[start].isupper() and word_before(text, start) in _LOCATIVES


def told_as_a_place(text: str, start: int, end: int) -> bool:
    """Whether the text names a place by the name at [start, end), whatever person it also
    names by it: capitalised after "in", "near" or "outside" but for a possessive ("in
    Hassan", not "in Hassan's view"), or before a place word ("Hassan district")."""
    if _named_as_a_place(text, start):
        return not text.startswith(("'", "’"), end)     # "in Hassan's view", "in Flores'"
    return word_after(text, end).lower() in _lists()[2]


def gone_to(text: str, start: int) -> bool:
    """Whether a verb of going and "to" come right before the capitalised name at
    ``start`` (data/verbs_of_going.txt): "a tribute show comes to Clacton". Weaker than
    ``told_as_a_place`` ("the idea came to Trapani" is a person's), so it only vouches for
    a name the text gives nothing else."""
    return text[start].isupper() and _gone_to().search(
        text, max(0, start - 30), start) is not None


@lru_cache(maxsize=1)
def _gone_to() -> re.Pattern:
    verbs = "|".join(re.escape(w) for w in word_list("verbs_of_going.txt"))
    return re.compile(rf"(?<![\w-])(?i:{verbs})[ \t]+to[ \t]+\Z")


def _place_name_edges(gazetteer, hits) -> tuple[set, set]:
    """(starts, ends) of the names found that may be places, for ``hyphen_compound``:
    "Webb" of "Webb-Lawton" is never one, whether the compiled filter has already left it
    out (its verdict known) or not."""
    keys = gazetteer.index.keys
    starts, ends = set(), set()
    for start, end, position, action in hits:
        if action == NEVER or action == WORD:
            continue
        if action == UNKNOWN and position >= 0 and \
                known_verdict(gazetteer, keys[position]) is False:
            continue
        starts.add(start)
        ends.add(end)
    return starts, ends


def find_mentions(gazetteer, article: Article) -> list[Mention]:
    """Place-name mentions of ``article``: sorted, non-overlapping, filtered. With the
    online fallback on, names the gazetteer lacks are proposed where a place word marks
    them ("the village of Tegh"); they resolve through the fallback or not at all.

    The names a trie finds get their filters' verdict in compiled code when their key's
    verdict is known (``Gazetteer.name_codes``) and nothing around them needs a closer
    look; the others go through ``name_verdict`` and ``person_or_organisation`` here."""
    text = article.text
    if not text:
        return []
    index = gazetteer.index
    hits, found = _names_in(gazetteer, text)
    mentions, positions, people_or_groups, people, titled = [], [], set(), set(), set()
    keys, codes = index.keys, gazetteer.name_codes
    hit_edges = None
    for start, end, position, action in found:
        if action == NEVER:
            continue
        named_as_a_place = action == WORD
        if named_as_a_place and not _named_as_a_place(text, start):
            continue
        if (start and text[start - 1] == "-") or text.startswith("-", end):
            if hit_edges is None:
                hit_edges = _place_name_edges(gazetteer, hits)
            compound = hyphen_compound(gazetteer, text, start, end, hit_edges)
            if compound is not None:    # "Ak-Sai" (Ak-Say, Kyrgyzstan), not Sai in Japan
                key = lookup_key(text[compound[0]:compound[1]])
                if not gazetteer.options(key):
                    continue
                (start, end), position, action = compound, gazetteer.key_number(key), UNKNOWN
        if start and text[start - 1] == "(" and _ASKER.search(text, max(0, start - 40),
                                                             start) \
                and _ASKER_END.match(text, end):
            continue                    # "Question (Al Mayadeen): …": who asks, no place
        if text.startswith((", a", ", the"), end) and _A_GROUP.match(text, end) \
                and position >= 0 \
                and not gazetteer.key_strength(keys[position]).major:
            # "the Fano, an Amhara militia": no town in Italy, nor in "local Fano
            # fighters" before or after it
            people_or_groups.add(position)
            continue
        if text.startswith(_POSSESSIVE, end) and position >= 0 and \
                keys[position].startswith(_CAPITAL_OF) and gazetteer.is_indirect(keys[position]):
            # "the capital of Armenia's Syunik province" is Kapan: the country is named
            start = text.rindex(" of ", start, end) + 4
            position, action = index.key_position(lookup_key(text[start:end])), ALWAYS
        if action != ALWAYS:
            key = keys[position] if position >= 0 else gazetteer.key_at(position)
            verdict = known_verdict(gazetteer, key)
            if action == UNKNOWN and position >= 0:
                town_word = verdict is False and _a_town_word(gazetteer, key)
                codes[position] = name_code(verdict, town_word)
                named_as_a_place = town_word and _named_as_a_place(text, start)
            if named_as_a_place:
                verdict = gazetteer.key_strength(key)
            if verdict is False:
                continue
            if verdict is not True:
                why = person_or_organisation(text, start, end, key, verdict,
                                             index.first_names, index.ordinary_words,
                                             gazetteer.word_strength,
                                             gazetteer.demonym_country)
                if why:
                    # "Mayor Douglas Wilder … Wilder's unit", "Rashid Khan … Rashid
                    # told": the article's other mentions of a name it gives a person in
                    # full are that person too (the rule spares countries and cities of
                    # a million), but where the text names a place by it ("in Hassan",
                    # ``told_as_a_place``); a headline in title case is weak evidence
                    # of a person ("Police Said Kherson Shelling"): it spares the others
                    if why.startswith(_A_PERSON) and not verdict.major and \
                            (" " not in key or why.startswith(_A_SURNAME)) and \
                            not in_title_case_line(text, start):
                        people.add(position)
                        if why.startswith(_A_TITLED):
                            titled.add(position)
                    continue
        start = _with_name_article(gazetteer, text, start, end)
        mentions.append(Mention(article_id=article.id, surface=text[start:end],
                                start=start, end=end))
        positions.append(position)
    if titled:
        # a title names one bearer ("'Mr. Arlington', the former mayor"): where the text
        # also tells a place by the name ("in Arlington"), its other mentions stay the
        # place's, as a surname given in full does not let them
        people -= {p for m, p in zip(mentions, positions)
                   if p in titled and told_as_a_place(text, m.start, m.end)}
    if people_or_groups or people:
        mentions = [m for m, p in zip(mentions, positions) if p not in people_or_groups
                    and (p not in people or told_as_a_place(text, m.start, m.end))]
    more = abbreviated_divisions(gazetteer, article, mentions)
    more += plural_divisions(gazetteer, article, mentions + more)
    if more:
        # a listed division ("Dashkasan" of "the Dashkasan and Lachin districts") and the
        # name inside a division in the plural ("Lachin") give way to the division
        mentions = sorted([m for m in mentions
                           if not any(o.start <= m.start and m.end <= o.end for o in more)]
                          + more, key=lambda m: m.start)
    if gazetteer.online is not None:
        taken = [(hit[0], hit[1]) for hit in hits]
        mentions += [Mention(article_id=article.id, surface=text[s:e], start=s, end=e)
                     for s, e in cued_names(gazetteer, text, taken)]
        mentions.sort(key=lambda m: m.start)
    return mentions
