"""Which day a sentence's event happened, as against the day it was said, the day the
report was filed and the days of the events told before it.

Apart from ``dates``, which reads the dates a text writes, because these rules weigh one
date against the sentence's words and the article's other days:

- the day of the saying ("said on Monday"), of an interview, or of what followed the event
  dates it only when the sentence gives no other; the day something lasts until, or that
  of another event named ("killed in the fighting of September 13-14"), never;
- "a day earlier", "a week earlier", "earlier that day" date another event back from the
  last one told (with a day of its own: another event that day), but in a denial that
  the side fired ("had not opened fire a day earlier") count back from the saying; "a day
  later", "later that evening" count on from it;
- a day written without its year is in the year the sentences around it set, and a bare
  weekday after a calendar date is in that date's week;
- an article with no publication date nor dateline loses none of its incidents: a day it
  names ("on Sunday") anchors an event as a date would, the incident undated; two such
  weekdays or days of a month more than a day apart are two days
  (``SentenceFacts.unknown_day``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ..model import Article, DateRef
from ..text.calendar_names import WEEKDAYS
from ..text.speech_verbs import speech_verbs
from .dates import best_date, find_dates
from .events import EventCue
from .facts import SentenceFacts
from .tables import number_tables

def is_calendar_day(date: DateRef | None) -> bool:
    """Whether a date is a day the text writes out ("June 10", "13 September 2022"), not
    one it counts from another ("Monday", "yesterday")."""
    return date is not None and date.precision == "day" and any(
        c.isdigit() for c in date.surface)


def is_day(date: DateRef | None) -> bool:
    """Whether a date is one known day: not a week or a month, nor a day an undated
    article leaves unknown."""
    return date is not None and date.value is not None and date.precision == "day"


def in_the_week_told(date: DateRef | None, calendar_day: dt.date | None) -> DateRef | None:
    """A bare weekday after a calendar date the article gave is that date's week, not the
    publication's ("On Monday, June 10, … On Wednesday, …" published June 20: June 12,
    not June 19); other dates as they are."""
    if date is None or calendar_day is None or date.precision != "day" or \
            date.surface.strip().lower().rstrip("s") not in _WEEKDAY_NAMES or \
            (date.value - calendar_day).days <= 6 or \
            (date.value - calendar_day).days > _RECALLED_DAYS:
        return date         # (a date recalled months before is no week of this report)
    ahead = (date.value.weekday() - calendar_day.weekday()) % 7
    return replace(date, value=calendar_day + dt.timedelta(days=ahead))


#: a sentence telling what came after what the article told before: "Three weeks later,
#: on November 8, …"
_LATER = re.compile(r"(?<![\w])(?i:(?:\w+\s+)?(?:days?|weeks?|months?)\s+later|later)\s*,")


def after_what_came_before(date: DateRef | None, sentence: str,
                           facts: list[SentenceFacts]) -> DateRef | None:
    """A day written without its year in a sentence that says it came later ("Three weeks
    later, on November 8") is the first such day after the last day told before it, not
    the one before the publication a year earlier; other dates as they are."""
    if date is None or date.precision != "day" or _WRITTEN_YEAR.search(date.surface) or \
            not any(c.isdigit() for c in date.surface) or not _LATER.search(sentence):
        return date
    told = [f.date.value for f in facts if is_day(f.date)]
    if not told or date.value >= max(told):
        return date
    later = date.value
    while later < max(told):
        later = _in_year(later, later.year + 1)
    return replace(date, value=later)


#: a year that opens a time lasting until now: "repeated violence since 2021"
_SINCE_YEAR = re.compile(r"(?<![\w])(?i:since|from)\s+(?:(?:early|late|mid-?)\s*)?"
                         r"(?:the\s+)?(?:19|20)\d\d(?!\d)")


def in_the_year_before(date: DateRef | None, sentence: str,
                       before: SentenceFacts | None) -> DateRef | None:
    """A day written without its year, in a sentence that writes none, right after a
    sentence that sets one past year is in that year ("The war of 2020 began five years
    ago. On the morning of September 27, Azerbaijani artillery struck …": 2020-09-27,
    not this September). A year a time runs from ("violence since 2021") sets none, nor
    does a sentence whose own date is of another year ("Fighting broke out again this
    week …"); other dates as they are."""
    if before is None or not is_calendar_day(date) or _WRITTEN_YEAR.search(sentence):
        return date
    told = _SINCE_YEAR.sub("", before.sentence.text)
    years = {int(y) for y in _WRITTEN_YEAR.findall(told)}
    if len(years) != 1 or min(years) >= date.value.year or (
            before.date is not None and before.date.value is not None
            and before.date.value.year not in years):
        return date
    return replace(date, value=_in_year(date.value, min(years)))


def in_the_year_told(date: DateRef | None, sentence: str,
                     calendar_day: dt.date | None) -> DateRef | None:
    """A day written without its year, within a month of the last day the article
    wrote out with an earlier year, is in that year ("On September 13, 2022, at 00:05,
    … As of 09:00 on September 13, …": 2022, though the report is read in 2024)."""
    if not is_calendar_day(date) or calendar_day is None or \
            calendar_day.year >= date.value.year or _WRITTEN_YEAR.search(sentence):
        return date
    moved = _in_year(date.value, calendar_day.year)
    return replace(date, value=moved) if abs((moved - calendar_day).days) <= 31 else date


def _in_year(day: dt.date, year: int) -> dt.date:
    """The same day in ``year`` (28 February for a 29th in a common year)."""
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)


_WEEKDAY_NAMES = frozenset(day.lower() for day in WEEKDAYS)
#: how long before the weekday's own week a calendar date may still set its week (days)
_RECALLED_DAYS = 42


#: a date right after these is when something was said: "said on Monday that …"
SAID_ON = re.compile(r"(?<![\w])(?:" + speech_verbs("said_on") + r"|"
                     r"told (?:reporters|journalists|(?:the\s+)?(?:parliament|lawmakers|"
                     r"legislators|senators|deputies|MPs|the\s+(?:house|senate|assembly|"
                     r"press|media)|(?:a\s+|the\s+)?(?:news\s+conference|press\s+"
                     r"conference|briefing)))|accused each other|blamed each other|"
                     r"traded (?:accusations|blame))\s+(?:on\s+)?$")

#: a date right after these is the day of an interview or a briefing: "in an interview
#: with Turkey's Anadolu news agency on Monday, said"
_SPOKEN_ON = re.compile(r"(?<![\w])(?i:interviews?|press\s+conference|news\s+conference|"
                        r"briefing|speech|address)(?:\s+(?:with|to)\s+[^,.;:]{1,60}?)?"
                        r"\s+(?:on\s+)?$")

#: the day before the one the sentence tells of (or the report's): "killed the previous day"
DAY_BEFORE = re.compile(r"(?<![\w])(?i:the\s+(?:previous|preceding)\s+(?:day|night|evening|"
                        r"morning|afternoon)|"
                        r"the\s+day\s+before)(?![\w])(?!\s+(?:yesterday|that|the|a|an)\b)")
#: what came that many days after the event the clause then tells: "Velayati's remarks
#: came a day after the leaders … met"
CAME_DAYS_AFTER = re.compile(r"(?<![\w])(?:came|comes|come|were made|was made|followed)\s+"
                             r"(?P<n>a|one|two|three|four|five|six|seven)\s+days?\s+after"
                             r"(?![\w])", re.I)
#: a day counted from the last event told: "A day later", "two days later", "the next day",
#: "later on the same evening", "In response, Israeli jets struck …" (a new event of that
#: day: the answer to the one told)
DAYS_LATER = re.compile(r"(?<![\w])(?i:(?P<n>a|one|two|three|four|five|six|seven)\s+days?\s+"
                        r"later|the\s+(?:next|following)\s+day|the\s+day\s+after|"
                        r"(?P<same>later\s+(?:on\s+)?(?:the\s+same|that)\s+(?:day|evening|"
                        r"night|morning|afternoon)|(?:in\s+(?:response|retaliation|reply)|"
                        r"hours\s+later)(?=\s*,)))(?![\w])")
#: a day counted back from the last event told: "the attack on a truck a day earlier",
#: "two days earlier"
DAYS_EARLIER = re.compile(r"(?<![\w])(?i:(?P<n>a|one|two|three|four|five|six|seven)\s+"
                          r"(?P<unit>days?|weeks?)\s+earlier|(?P<same>earlier\s+(?:on\s+)?"
                          r"(?:the\s+same|that)\s+(?:day|evening|night|morning|afternoon)))"
                          r"(?![\w])")


def days_back(earlier: re.Match) -> int:
    """How many days before the last event a ``DAYS_EARLIER`` match puts its own: "a
    week earlier" 7, "earlier that day" 0."""
    if earlier.group("same"):
        return 0
    n = number_tables()[0].get(earlier.group("n").lower(), 1)
    return n * 7 if earlier.group("unit").lower().startswith("week") else n


#: the end of what goes on, not when it happened: "the drills will last until May 6"
_UNTIL = re.compile(r"(?<![\w])(?:until|till|through)\s+$")


#: "since" right before a day: what is told has gone on from it ("killed since Sunday")
_SINCE_DAY = re.compile(r"(?<![\w])(?i:since)\s+$")


def runs_from(text: str, found, date: DateRef | None) -> bool:
    """Whether ``date``, among a sentence's ``found`` dates, is one told after "since"
    ("two soldiers had been killed since Sunday", "since July"): the day a count began."""
    return date is not None and any(
        d.ref is date and (d.ref.surface[:5].lower() == "since"
                           or _SINCE_DAY.search(text, max(0, d.start - 8), d.start))
        for d in found)


#: a clause telling what the event is counted from: "the first death since the two
#: countries initialled a peace agreement in August" (not "since Monday", "since early
#: August", when what goes on began)
_SINCE_CLAUSE = re.compile(r"(?<![\w])(?i:since)\s+(?:[^\s,;.]+\s+){3,14}$")


#: a date that names an earlier event, not the one the sentence reports: "the bodies of
#: 17 servicemen killed in the fighting of September 13-14", "the clashes on 12 June"
_RECALLED_EVENT = re.compile(r"(?<![\w])(?i:fighting|clash(?:es)?|hostilities|war|battles?|"
                             r"escalation|offensive|killings?|massacre)(?:\s+of\s+[^.;,]{1,50}?)?"
                             r"\s+(?:(?:of|on)\s+)?$")


#: what lies between the day of a reaction and the event it followed: "summoned Turkey's
#: envoy on Thursday after artillery fire killed nine tourists" (Thursday is the
#: summons', a day after the shelling, which a later sentence dates: "on Wednesday"); the
#: doer after "after" may take eight words ("demanded on Thursday an explanation after the
#: Vietnamese coast guard beat its crew": Thursday is the demand's)
_THEN_AFTER = re.compile(r"[^,;:.]*?\s(?i:after|following)\s+(?:[\w’'-]+\s+){0,8}")


def event_date(text: str, found, anchor: int, event: EventCue | None = None
               ) -> tuple[DateRef | None, bool]:
    """(``best_date`` of a sentence's dates, whether it is only the day of its saying):
    those of its saying, or of what followed the event ("summoned the envoy on Thursday
    after artillery fire killed …"), count only when it gives no other ("The mission said
    on Monday … gunfire was reported … over the weekend": the weekend); never the day
    something lasts until, nor one in a clause of what it came since, nor that of another
    event named ("handed over the bodies … killed in the fighting of September 13-14 on
    Sunday": Sunday)."""
    found = [d for d in found if not _UNTIL.search(text, max(0, d.start - 12), d.start)
             and not _SINCE_CLAUSE.search(text, max(0, d.start - 100), d.start)]
    if event is not None:
        found = [d for d in found if not _names_another_event(text, d, event)]
    # the day of an interview or a briefing dates neither the event nor a report of it
    # that a later event could be told after ("in an interview … on Monday, said he was
    # surprised by the exercises": the exercises told before)
    found = [d for d in found if not _SPOKEN_ON.search(text, max(0, d.start - 90), d.start)]
    told = [d for d in found if SAID_ON.search(text, max(0, d.start - 30), d.start)
            or (event is not None and d.end <= anchor
                and _THEN_AFTER.fullmatch(text, d.end, anchor))]
    happened = best_date(tuple(d for d in found if d not in told), anchor)
    if happened is not None:
        return happened, False
    said = best_date(tuple(told), anchor)
    return said, said is not None


def _names_another_event(text: str, d, event: EventCue) -> bool:
    """Whether date ``d`` dates fighting in a sentence whose event is none ("the
    fighting of September 13-14" in a sentence on a handover; a killing in "the fighting
    of September 13" is that fighting)."""
    if event.violent:
        return False
    m = _RECALLED_EVENT.search(text, max(0, d.start - 80), d.start)
    return m is not None and not (event.start <= m.start() < event.end)


def filed_on(text: str, dateline: list[tuple[int, int]], published: dt.date | None
             ) -> DateRef | None:
    """The day a wire dateline gives ("YEREVAN, November 16 -"), its year from the
    publication date's when it writes none — the year before when that day would come
    after the publication ("DUSHANBE, June 25" published on 20 June 2024 was filed in
    2023) —; None without such a dateline. A publisher's dated line (after the place's in
    ``dateline``) writes its year: it goes first."""
    for start, end in reversed(dateline):
        # "YEREVAN, SEPTEMBER 18, ARMENPRESS.": the month in capitals too
        line = re.sub(r"[A-Z]{3,}", lambda m: m.group().title(), text[start:end])
        for found in find_dates(line, 0, len(line), published):
            if found.ref.precision == "day":
                day = found.ref
                if published is not None and day.value > published and \
                        not _WRITTEN_YEAR.search(line):
                    day = replace(day, value=_in_year(day.value, day.value.year - 1))
                return day
    return None


#: a year written out: "2024"
_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def written_on(article: Article, filed: DateRef | None) -> dt.date | None:
    """The day the article was written: its dateline's (``filed_on``; "NEW DELHI, Dec 13,
    2022 (Reuters) -" whatever --published says of articles that carry no date), else its
    publication date."""
    return filed.value if filed is not None and filed.value else article.published
