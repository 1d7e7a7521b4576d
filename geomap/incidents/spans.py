"""Character spans inside a sentence that the other stages treat specially.

Quotations (a claimant's words, not the claimant), relative clauses and "while …"
asides (background: ", who was leading a delegation in Baku for the … meeting,"), the
dateline opening an article (where the report was filed, not where its events took
place), and the comma-delimited clause around an event cue (its agents).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..text.calendar_names import MONTH_PREFIXES, WEEKDAYS
from ..text.sentences import AGENCY_DATELINE
from .tables import DIVISION_WORDS, cue_patterns

_QUOTE = re.compile(r"“[^“”]*”|\"[^\"\n]*\"")
#: what opens a clause's subject: "the Azerbaijani side", "his ministry", "Baku", "they"
_SUBJECT = (r"(?:(?:the|a|an|this|these|those|its|their|his|her|our|it|they|he|she|we)\b"
            r"|[A-Z])")
#: a relative clause or a "while …" aside; with a subject after the conjunction ("while
#: the Azerbaijani side reported …", "while Baku said …") it is a second statement
_ASIDE = re.compile(r",\s+(?:who|which|whose|whom|(?:where|while|whereas|although|though)"
                    rf"(?!\s+{_SUBJECT}))\b[^,;“”]*(?=,|;|$)")
_SECOND_STATEMENT = re.compile(rf",\s+(?:while|whereas)\s+(?={_SUBJECT})")
_CLAUSE_BREAK = re.compile(r"[,;:]\s|\s[—–]\s|[“”]")
#: "YEREVAN, September 14 — ", "TEHRAN - ", "BAKU, Azerbaijan (AP) — ", "BEIRUT: "
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z'’.]+(?:[ /-][A-Z][A-Z'’.]+)*"    # the place(s), in capitals: "YEREVAN/BAKU"
    # ", Sept. 14, 2022", ", Jammu and Kashmir", ", Batken region"
    r"(?:,[ \t]*[A-Z][A-Za-z.]+(?:[ \t]+(?:and[ \t]+)?[A-Z][A-Za-z.]+)*"
    rf"(?:[ \t]+(?:{DIVISION_WORDS}|state))?"
    r"(?:[ \t]+\d{1,2}(?:,[ \t]*\d{4})?)?"
    # or the day first: ", 3 October 2023"
    rf"|,[ \t]*\d{{1,2}}[ \t]+(?i:{MONTH_PREFIXES})[a-z]*\.?(?:,?[ \t]+\d{{4}})?)*"
    r"(?:[ \t]*\([^()\n]{1,30}\))?"                               # "(AP)", "(IRNA)"
    r"(?:[ \t]+[—–-]+[ \t]|:[ \t]|,[ \t]*[A-Z]{3,}\.[ \t]+)"      # ", ARMENPRESS. "
    # or the place in title case when a date follows it: "Yerevan, June 18 -"
    rf"|\s*[A-Z][a-z'’.]+(?:[ -][A-Z][a-z'’.]+)?,[ \t]*(?:{MONTH_PREFIXES})[a-z]*\.?[ \t]+"
    r"\d{1,2}(?:,[ \t]*\d{4})?(?:[ \t]*\([^()\n]{1,30}\))?"
    r"[ \t]+[—–-]+[ \t]"
    # or the day first: "Goris, 29 July 2023 -", "Kapan, 18 October 2022 (local outlet) -"
    rf"|\s*[A-Z][a-z'’.]+(?:[ -][A-Z][a-z'’.]+)?,[ \t]*\d{{1,2}}[ \t]+(?:{MONTH_PREFIXES})"
    r"[a-z]*\.?(?:,?[ \t]+\d{4})?(?:[ \t]*\([^()\n]{1,30}\))?[ \t]+[—–-]+[ \t]"
    # or an agency's, in title case, the agency after the date: "Baku, October 3, AZERTAC"
    # on a line of its own, "Baku, 17 June (APA). On June 16, …"
    rf"|\s*[A-Z][a-z'’.]+(?:[ -][A-Z][a-z'’.]+)?,[ \t]*(?:(?:{MONTH_PREFIXES})[a-z]*\.?[ \t]+"
    rf"\d{{1,2}}|\d{{1,2}}[ \t]+(?:{MONTH_PREFIXES})[a-z]*\.?)(?:,?[ \t]+\d{{4}})?"
    r"(?:,[ \t]*[A-Z][\w.-]{2,20}[ \t]*(?=\n)|[ \t]*\([^()\n]{1,30}\)\.?[ \t]*(?=\n)"
    r"|[ \t]*\([^()\n]{1,30}\)\.[ \t]+)"
    # or the weekday alone, the day a statement was issued: "Kabul, Wednesday" on a line
    # of its own (the latest such day up to publication), "Kabul, Wednesday - "
    rf"|\s*[A-Z][A-Za-z'’.]+(?:[ -][A-Z][A-Za-z'’.]+)?,[ \t]*(?:{'|'.join(WEEKDAYS)})"
    r"(?:[ \t]*(?=\n)|[ \t]+[—–-]+[ \t])"
    r"|" + AGENCY_DATELINE)
#: a byline on the dateline's line, before its place in capitals: "By Anna Petrosyan "
_BYLINE_BEFORE = re.compile(r"[ \t]*By[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){1,3}(?=[A-Z]{3,}\b)")
#: a publisher's line giving the day with its year: "news.am, February 13, 2024",
#: "Report.az, 8 April 2025", "APA, 22 April 2025, Tuesday", "By Lilit Hakobyan, June 3, 2024"
_PUBLISHER_LINE = re.compile(
    rf"[ \t]*[A-Za-z][\w.-]*(?:[ \t][A-Z][\w.-]*){{0,2}},[ \t]*(?:(?i:{MONTH_PREFIXES})[a-z]*"
    rf"\.?[ \t]+\d{{1,2}},?[ \t]*\d{{4}}|\d{{1,2}}[ \t]+(?i:{MONTH_PREFIXES})[a-z]*\.?,?[ \t]+\d{{4}})"
    r"(?:,[ \t]*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?[ \t]*(?=\n)")
#: a round-up's or bulletin's title with the day of the issue, its year written:
#: "CENTRAL ASIA WEEK IN REVIEW - Monday, 19 September 2022", "SOUTH ASIA SECURITY
#: WEEKLY | Monday 20 October 2025": the day its "on Saturday" is counted back from
_ISSUE_LINE = re.compile(
    r"[ \t]*[A-Z][\w.&'’-]*(?:[ \t]+(?:[A-Z][\w.&'’-]*|in|of|on|and|the|for|&)){0,7}"
    rf"[ \t]+[-–—|][ \t]+(?:(?:{'|'.join(WEEKDAYS)}),?[ \t]+)?"
    rf"(?:(?i:{MONTH_PREFIXES})[a-z]*\.?[ \t]+\d{{1,2}},?[ \t]*\d{{4}}"
    rf"|\d{{1,2}}[ \t]+(?i:{MONTH_PREFIXES})[a-z]*\.?,?[ \t]+\d{{4}})[ \t]*(?=\n)")

Span = tuple[int, int]

#: a preposition of place right before a name: "in Yerevan", "to Moscow", "near Baku",
#: "in southern Lebanon", "into north-eastern Syria"
_LOCATIVE = re.compile(r"(?<![\w])(?:in|at|to|from|into|near)\s+(?:(?:the\s+)?(?:(?:north|south)"
                       r"(?:-?(?:east|west))?|east|west|central)(?:ern)?\s+)?$", re.I)


def after_locative(text: str, start: int) -> bool:
    """True if a preposition of place comes right before ``start``: the name there is a
    place ("talks in Yerevan"), not an actor ("that Iranian troops had massed")."""
    return _LOCATIVE.search(text, max(0, start - 30), start) is not None


#: a country people fled into: "fled across the border into Uganda", "sought refuge in
#: Armenia", "crossed into Chad as refugees"
_FLED_INTO = re.compile(r"(?<![\w])(?i:fled|flee|flees|fleeing|escaped|escaping|sought\s+refuge|"
                        r"seeking\s+refuge|took\s+refuge|taking\s+refuge|sought\s+shelter|"
                        r"seeking\s+shelter|evacuated)\s+(?:(?i:across|over)\s+the\s+"
                        r"(?i:border|frontier|river)\s+)?(?i:in|into|to)\s+(?:(?i:the|"
                        r"neighbou?ring)\s+)?$")
_AS_REFUGEES = re.compile(r"\s+(?i:as\s+refugees)(?![\w])")


def fled_into(text: str, start: int, end: int) -> bool:
    """True if the country named at ``text[start:end]`` is where people fled: its people
    took them in, it is no side of the fighting they fled."""
    return _FLED_INTO.search(text, max(0, start - 60), start) is not None or \
        _AS_REFUGEES.match(text, end) is not None


#: a place and a comma after a preposition of place: "in Samarkand, " before "Uzbekistan"
_PLACE_COMMA = re.compile(r"(?<![\w])(?:in|at|to|from|into|near)\s+(?:[A-Z][\w’'-]+\s+){0,2}"
                          r"[A-Z][\w’'-]+,\s+$")


def qualifies_a_place(text: str, start: int) -> bool:
    """True if the name at ``start`` follows a place a preposition introduced and a comma
    ("a summit in Samarkand, Uzbekistan"): a country there says where that place is."""
    return text[start - 2:start] == ", " and _PLACE_COMMA.search(
        text, max(0, start - 60), start) is not None


def quote_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Quotations in ``text[start:end]`` as absolute [start, end) spans, quote marks included."""
    end = len(text) if end is None else end
    return [m.span() for m in _QUOTE.finditer(text, start, end)]


def aside_spans(text: str, start: int, end: int) -> list[Span]:
    """Relative clauses and concessive asides in ``text[start:end]`` (absolute spans), and
    the earlier event a sentence's is dated by (``earlier_event``)."""
    return sorted([m.span() for m in _ASIDE.finditer(text, start, end)]
                  + [m.span() for m in _earlier_events(text, start, end)])


#: how long before a later event something came: "a week", "two days", "shortly"
_SPELL_BEFORE = (r"(?:(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a few|"
                 r"several|some)\s+)?(?:minutes?|hours?|days?|weeks?|fortnight|months?)|"
                 r"shortly|just|only|not\s+long)\s+")
#: the earlier event a sentence's is dated by, to the sentence's end: "Indian forces
#: struck camps in Muzaffarabad …, two weeks after the Pahalgam attack in which 26
#: tourists were shot dead" (its place and its dead are not the strike's)
#: the end of a clause told after the main one: the sentence's end, or a speaker's words
#: closing it ("…, a day after the Hamas attack on southern Israel, the group said")
_TO_CLAUSE_END = (r"(?=[.;]?\s*$|,\s+(?:[\w’'-]+\s+){1,6}(?:"
                  + cue_patterns()["attribution_verbs"].pattern + r")[.;]?\s*$)")
_EARLIER_EVENT = re.compile(
    r",\s+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a few|several|"
    r"some)\s+)?(?:minutes?|hours?|days?|weeks?|fortnight|months?|years?)\s+(?:after|since)"
    r"\s+(?:the|an?)\s+[^;]*?" + _TO_CLAUSE_END +
    # "…, a day after Hamas fighters stormed into southern Israel from Gaza": the deed a
    # time after which it came, told as a clause of its own
    r"|,\s+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a few|several|"
    r"some)\s+)?(?:minutes?|hours?|days?|weeks?|fortnight|months?|years?)\s+after\s+"
    r"(?!the\b|an?\b)[^;]*?" + _TO_CLAUSE_END +
    # "the most serious clash since the one in the Galwan valley in June 2020, in which 20
    # Indian soldiers were killed": the event it is measured against
    # (up to a second statement joined by "and": "… since the start of the war, and the
    # acting regional governor said five civilians had been killed")
    r"|(?<=\s)since\s+(?:the|an?|that|those)\s+[^;]*?(?=[.;]?\s*$|,\s+and\s+"
    r"(?:[\w’'-]+\s+){1,6}(?:" + cue_patterns()["attribution_verbs"].pattern + r"))"
    # "… targeted hideouts after a suicide attack on a military camp in Mir Ali, on
    # Friday, in which seven soldiers were killed": the deed it followed, with its dead
    r"|(?<![\w])(?:after|following)\s+(?:a|an|the)\s+[^;]*?,?\s+in\s+which\s+[^;]*?"
    r"(?=[.;]?\s*$)"
    # "fired the rockets in retaliation for the killing of one of its commanders": the
    # deed it answered
    r"|(?<![\w])(?i:in\s+(?:retaliation|revenge|reprisal|response)\s+(?:for|to)|to\s+avenge)"
    r"\s+(?:the|an?|its|their|his|her)\s+[^,;]*?(?=[.;]?\s*$)"
    # "Shusha was the venue of a ceremony on Friday, a week before the shooting", "…,
    # before the clash": the event told elsewhere that what the sentence tells came
    # before, to the clause's end
    rf"|(?:,\s+(?:{_SPELL_BEFORE})?|(?<![\w]){_SPELL_BEFORE})(?:before|ahead\s+of|prior\s+to)"
    r"\s+(?:the|that|this|its|their)\s+[^,;]*?(?=[,;]|[.]?\s*$)")
#: the comparison that makes "since the …" name an earlier event: "the most serious
#: clash since", "the deadliest attack since", "the first death since"
_MEASURED = re.compile(r"(?<![\w])(?:most\s+[\w-]+|[a-z]+est|first|worst|only)\s+"
                       r"(?:[\w-]+\s+){0,4}$")


def _earlier_events(text: str, start: int, end: int) -> list[re.Match]:
    """``_EARLIER_EVENT``'s matches in ``text[start:end]``; "since the …" only after a
    comparison ("the most serious clash since the one …", not "shelled the village since
    the morning, killing two")."""
    return [m for m in _EARLIER_EVENT.finditer(text, start, end)
            if not text.startswith("since", m.start())
            or _MEASURED.search(text, max(start, m.start() - 60), m.start())]


def earlier_event(text: str, start: int, end: int) -> int:
    """Where the earlier event a sentence in ``text[start:end]`` is dated by begins
    (``end`` if none)."""
    found = _earlier_events(text, start, end)
    return found[0].start() if found else end


def second_statement(text: str, start: int, end: int) -> Span | None:
    """The ", while" or ", whereas" that joins a second statement with a subject of its
    own in ``text[start:end]`` ("Baku said …, while the Armenian side reported …")."""
    found = _SECOND_STATEMENT.search(text, start, end)
    return found.span() if found else None


#: lines before the body whose first line a dateline opens (a headline, a byline)
_HEAD_LINES = 3


def dateline_spans(text: str) -> list[Span]:
    """The wire dateline opening ``text`` or the first line after its headline and byline
    ("YEREVAN, September 14 — ", "Kabul, Wednesday"), if it has one, then a publisher's
    dated line or a round-up's dated title above it ("news.am, February 13, 2024", "CENTRAL
    ASIA WEEK IN REVIEW - Monday, 19 September 2022"), if there is one: the place first."""
    at = 0
    publisher: list[Span] = []
    for _ in range(_HEAD_LINES + 1):
        found = (_PUBLISHER_LINE.match(text, at) or _ISSUE_LINE.match(text, at)) \
            if not publisher else None
        if found:
            publisher = [found.span()]
        else:
            byline = _BYLINE_BEFORE.match(text, at)     # "By Anna Petrosyan YEREVAN, …"
            found = _DATELINE.match(text, byline.end() if byline else at)
            if found:
                return [found.span()] + publisher
        at = text.find("\n", at) + 1
        if not at:
            break
        while text.startswith("\n", at):
            at += 1
    return publisher


def clause_on_the_word(text: str, at: int, end: int) -> Span | None:
    """The "which" clause set off right after the word ending at ``at`` that it tells of
    ("The fighting, which began on Sunday near Movses, has killed 16": the fighting's),
    as an absolute span, or None."""
    m = _ASIDE.match(text, at, end)
    return m.span() if m is not None and re.match(r",\s+which\b", m.group()) else None


def inside(pos: int, spans: list[Span]) -> bool:
    """True when ``pos`` lies in one of the sorted, non-overlapping ``spans``."""
    i = bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def overlaps(a: int, b: int, spans: list[Span]) -> bool:
    return any(s < b and a < e for s, e in spans)


#: a clause that says how, set off by commas between a subject and its verb: "units of
#: the Armenian armed forces, using small arms, subjected to fire …"
_MANNER_CLAUSE = (r"(?:using|employing|with|firing from|including|backed by|supported by|"
                  r"aided by|accompanied by)\s+[^,;:]*")
_MANNER = re.compile(rf"\s*{_MANNER_CLAUSE},\s+$")
#: a place's region set off by commas between a subject and its verb: "units … stationed
#: near Berd, Tavush region, opened fire"
_REGION_APPOSITION = re.compile(r"\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+"
                                rf"(?i:{DIVISION_WORDS}),\s+$")
#: a noun phrase set off by commas between a subject and its verb, saying what or who the
#: subject is: "two Russian military helicopters, an Mi-8 and a Ka-52, crossed …", "three
#: Tajik soldiers, two of them officers, opened fire …", "the gunmen, all in uniform, …"
_APPOSITION = re.compile(r"\s*(?:(?i:an?|the|both|all|each|some|most|many|several|one|two|"
                         r"three|four|five|six|\d+|among\s+them|including|mostly|reportedly)"
                         r"\s+)[^,;:]*,\s+$")
#: the verb such a subject's clause opens with, right after the apposition: a word in
#: lower case
_VERB_OPENS = re.compile(r"[a-z]")
#: the opening of such a clause before a position inside it: ", using … mortars"
_IN_MANNER = re.compile(rf",\s*{_MANNER_CLAUSE}$")


def in_manner_clause(text: str, start: int, pos: int) -> bool:
    """True if ``pos`` (a cue's end) lies in a comma-set manner clause ("…, using
    large-calibre weapons and mortars, subjected to fire …", "opened fire, including
    mortars, at …"): the weapon there is how, not what happened."""
    return _IN_MANNER.search(text, max(start, pos - 80), pos) is not None


#: a comma inside a list of names ("targeted Pathankot, Udhampur and Jammu with
#: missiles"): the name before it follows a lower-case word, …
_IN_A_LIST = re.compile(r"\s[a-z][\w’'-]*\s[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)?$")
#: … and the names after it end with "and"/"or" and a name, not a noun it qualifies
#: ("Indian and Pakistani troops")
_LIST_GOES_ON = re.compile(r",\s[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)?(?:,\s[A-Z][\w’'-]*"
                           r"(?:\s[A-Z][\w’'-]*)?)*,?\s(?:and|or)\s[A-Z][\w’'-]*"
                           r"(?:[,.;]|\s(?:with|on|in|at|near|from|and|after|before|overnight|"
                           r"early|late|during)\b)")


def clause_around(text: str, start: int, end: int, pos: int) -> Span:
    """The comma/semicolon/dash-delimited clause of ``text[start:end]`` holding ``pos``,
    with its subject where a manner clause ("…, using small arms, …"), a place's region
    ("… near Berd, Tavush region, opened fire") or an apposition before the verb at
    ``pos`` ("two Russian helicopters, an Mi-8 and a Ka-52, crossed …") sets it apart."""
    left, right = start, end
    lefts = [start]
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        if _IN_A_LIST.search(text, max(start, m.start() - 40), m.start()) and \
                _LIST_GOES_ON.match(text, m.start()):
            continue            # "targeted Pathankot, Udhampur and Jammu with missiles"
        if m.end() <= pos:
            left = m.end()
            lefts.append(left)
        elif m.start() >= pos:
            right = m.start()
            break
    if len(lefts) > 2 and (_MANNER.fullmatch(text, lefts[-2], lefts[-1])
                           or _REGION_APPOSITION.fullmatch(text, lefts[-2], lefts[-1])
                           or (pos == lefts[-1] and _VERB_OPENS.match(text, pos)
                               and _APPOSITION.fullmatch(text, lefts[-2], lefts[-1]))):
        left = lefts[-3]
    return left, right
