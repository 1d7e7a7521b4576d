"""Dates a sentence implies, resolved against the article's publication date.

News copy rarely writes full dates: "On Sunday", "Monday at late night", "in July",
"this week". The rules (checked against ../shared/seeds/seeds.json):

- a weekday is the latest such day on or before publication (published Monday
  2022-10-17: "Sunday" → 2022-10-16; a Monday article's "Monday" is that day), but one
  told as to come ("will close the crossing on Thursday") is the next such day;
- a month alone is the latest such month on or before publication, at month precision;
- "this week" / "last week" are the Monday of that week, at week precision, and so is
  "over the weekend" (the latest Saturday and Sunday on or before publication);
- "yesterday", "today", "last night" are days, and so is "overnight" (the night just
  past, dated by the day it began) when the sentence gives no other date; "in 2020", "in
  the 2020 war" are years;
- explicit dates ("September 13, 2022", "13 Sept", "2022-09-13") are read directly,
  preferring the past relative to the publication date when the year is missing (a
  date up to a week after publication keeps its year); dateparser only reads what that
  cannot (a 29 February moved to a year without one).

One precompiled regex finds every candidate, so sentences without a date cost one scan.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..model import DateRef
from ..text.calendar_names import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS

_WEEKDAYS = tuple(day.lower() for day in WEEKDAYS)
_MONTHS = tuple(month.lower() for month in MONTHS)
_MONTH_RX = "(?:" + "|".join([*MONTHS, *(rf"{short}\.?" for short in MONTH_ABBREVIATIONS)]) + ")"

_DATE = re.compile(
    r"(?P<iso>\b\d{4}-\d{2}-\d{2}\b)"
    rf"|(?P<md>\b{_MONTH_RX}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}}\b)?)"
    rf"|(?P<dm>\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RX}(?:,?\s+\d{{4}}\b)?)"
    r"|(?P<weekday>\b(?:(?P<wmod>last|this past|past)\s+)?"
    rf"(?P<wd>{'|'.join(WEEKDAYS)})\b)"
    r"|(?P<overnight>\b(?i:overnight)\b(?!\s+(?i:shift|bag|stay|train|flight|bus|ferry|guests?|"
    r"trip|curfew|delivery|lows?|rain|frost)\b))"
    r"|(?P<rel>\b(?i:yesterday|today|tonight|last night|this morning|this week|last week|"
    r"earlier this week|this month|last month|earlier this month|over the weekend|"
    r"at the weekend|this weekend|last weekend|on the weekend)\b)"
    # "the January 2024 Iranian missile strikes": a month named with its year
    rf"|(?P<themonth>\b(?i:the)\s+(?P<tmname>{'|'.join(MONTHS)})\s+(?P<tmyear>(?:19|20)\d\d)\b)"
    # ("in mid-September": the hyphen joins "mid" to the month, no space between; not "a
    # mid-June deadline", "since mid-March": no time of the event)
    rf"|(?P<month>\b(?:(?i:in|during|since|a|an|last|early|late|mid|this|of|on)\s+|"
    rf"(?i:in|during)\s+(?i:mid)-)"
    rf"(?P<mname>{'|'.join(m for m in MONTHS if m != 'May')}|May(?=\s+\d{{4}}|\s*[,.;:)]|\s+(?:when|while|after|before|but|and|as)\b))(?!\s+\d{{1,2}}(?:st|nd|rd|th)?\b)(?:\s+(?P<myear>\d{{4}}))?\b)"
    r"|(?P<ago>\b(?:\d+|one|two|three|four|five|six|seven|a)\s+(?:days?|weeks?)\s+ago\b)"
    # "late on the 14th": the latest 14th of a month up to publication (not "on the 14th
    # of June", read above, nor "the 4th brigade")
    r"|(?P<nth>\b(?i:on)\s+the\s+(?P<nthday>[12]\d|3[01]|[1-9])(?:st|nd|rd|th)\b"
    r"(?=\s*(?:[,.;:)]|$|(?:when|at|and|as|after|before|in|near|along|but)\b)))"
    r"|(?P<year>\b(?i:in|during|since)\s+(?:the\s+)?(?P<yval>(?:19|20)\d\d)\b(?!\s*[-–]))")

_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


@dataclass(frozen=True)
class DateMatch:
    """A date expression at absolute offsets [start, end) and what it resolves to."""

    start: int
    end: int
    ref: DateRef


def _latest_weekday(published: dt.date, weekday: int) -> dt.date:
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


def _latest_month(published: dt.date, month: int) -> dt.date:
    year = published.year if month <= published.month else published.year - 1
    return dt.date(year, month, 1)


def _latest_day_of_month(published: dt.date, day: int) -> dt.date | None:
    """The latest date with this day of the month on or before publication."""
    month = published.replace(day=1)
    for _ in range(3):                  # the 31st may skip a month or two
        try:
            found = month.replace(day=day)
        except ValueError:
            found = None
        if found is not None and found <= published:
            return found
        month = (month - dt.timedelta(days=1)).replace(day=1)
    return None


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


#: an explicit date's numbers: "2022-09-13"; the day and year of "September 13, 2022"
_NUMBERS = re.compile(r"\d+")
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def _written_day(surface: str, year: int) -> dt.date | None:
    """The day an explicit date of ``_DATE`` ("September 13", "13th of Sept. 2022",
    "2022-09-13") writes, in ``year`` when it writes none; None if no such day."""
    numbers = [int(n) for n in _NUMBERS.findall(surface)]
    if _ISO.fullmatch(surface):
        year, month, day = numbers
    else:
        lowered = surface.lower()
        month = next(i for i, name in enumerate(_MONTHS, 1) if name[:3] in lowered)
        day, year = numbers[0], (numbers[1] if len(numbers) > 1 else year)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _explicit(surface: str, published: dt.date | None) -> tuple[dt.date | None, str | None]:
    """An explicit calendar date; a missing year takes the latest such day on or before
    publication. Read directly (dateparser costs milliseconds a date); dateparser only
    for what that cannot read ("February 29" of a year without one)."""
    has_year = re.search(r"\d{4}", surface) is not None
    if not has_year and published is None:
        return None, None
    day = _written_day(surface, published.year if not has_year else 0)
    if day is not None:
        if not has_year and day > published + _AHEAD:
            day = _in_year_before(day)
        if day is not None:
            return day, "day"
    return _parsed(surface, published, has_year)


def _in_year_before(day: dt.date) -> dt.date | None:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:                      # February 29
        return None


def _parsed(surface: str, published: dt.date | None, has_year: bool
            ) -> tuple[dt.date | None, str | None]:
    """``_explicit`` through dateparser."""
    import dateparser

    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"],
                "RETURN_AS_TIMEZONE_AWARE": False}
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time(23, 59))
    cleaned = re.sub(r"(?<=\d)(st|nd|rd|th)\b|\bof\b", "", surface).replace("Sept.", "Sep")
    value = dateparser.parse(cleaned, languages=["en"], settings=settings)
    if value is None:
        return None, None
    day = value.date()
    if not has_year and published is not None:
        try:
            this_year = day.replace(year=published.year)
        except ValueError:                  # February 29
            this_year = day
        if published < this_year <= published + _AHEAD:
            day = this_year
        elif day > published:
            day = day.replace(year=day.year - 1)
    return day, "day"


#: how far past the publication date an explicit date without a year stays in that year:
#: "on September 14" in an article dated September 13 (a dateline's time zone, a late
#: update) is the next day, not a year before
_AHEAD = dt.timedelta(days=7)


def _resolve(m: re.Match, published: dt.date | None) -> tuple[dt.date | None, str | None]:
    if m.group("iso") or m.group("md") or m.group("dm"):
        return _explicit(m.group(0), published)
    if m.group("themonth"):
        return dt.date(int(m.group("tmyear")),
                       _MONTHS.index(m.group("tmname").lower()) + 1, 1), "month"
    if m.group("year"):
        return dt.date(int(m.group("yval")), 1, 1), "year"
    if m.group("month"):
        month = _MONTHS.index(m.group("mname").lower()) + 1
        if m.group("myear"):
            return dt.date(int(m.group("myear")), month, 1), "month"
        return (_latest_month(published, month), "month") if published else (None, "month")
    if published is None:
        return None, None
    if m.group("weekday"):
        day = _latest_weekday(published, _WEEKDAYS.index(m.group("wd").lower()))
        if m.group("wmod") and day == published:
            day -= dt.timedelta(days=7)
        return day, "day"
    if m.group("nth"):
        return _latest_day_of_month(published, int(m.group("nthday"))), "day"
    if m.group("overnight"):            # the night just past: it began the day before
        return published - dt.timedelta(days=1), "day"
    if m.group("ago"):
        n_word = m.group(0).split()[0].lower()
        n = int(n_word) if n_word.isdigit() else (
            ["a", "one", "two", "three", "four", "five", "six", "seven"].index(n_word) or 1)
        days = n * (7 if "week" in m.group(0) else 1)
        day = published - dt.timedelta(days=days)
        return (day, "day") if "day" in m.group(0) else (_monday(day), "week")
    rel = m.group("rel").lower()
    if rel in ("today", "tonight", "this morning"):
        return published, "day"
    if rel in ("yesterday", "last night"):
        return published - dt.timedelta(days=1), "day"
    if rel in ("this week", "earlier this week"):
        return _monday(published), "week"
    if rel == "last week":
        return _monday(published) - dt.timedelta(days=7), "week"
    if rel.endswith("weekend"):         # the latest Saturday and Sunday: their week
        return _monday(_latest_weekday(published, 5)), "week"
    if rel in ("this month", "earlier this month"):
        return published.replace(day=1), "month"
    if rel == "last month":
        return (published.replace(day=1) - dt.timedelta(days=1)).replace(day=1), "month"
    return None, None


#: a date expression that writes its year resolves without a publication date
_WRITES_ITS_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _precision_of(m: re.Match) -> str:
    """The precision a date expression has once resolved: "on Sunday" a day, "this week"
    a week, "in July" a month."""
    if m.group("ago"):
        return "day" if "day" in m.group(0) else "week"
    if m.group("rel"):
        rel = m.group("rel").lower()
        return "week" if "week" in rel else "month" if "month" in rel else "day"
    return "month" if m.group("month") else "day"


def find_dates(text: str, start: int, end: int, published: dt.date | None,
               unresolved: bool = False) -> tuple[DateMatch, ...]:
    """Every date expression in ``text[start:end]`` that resolves; with ``unresolved``,
    only those that cannot for want of a publication date ("on Sunday" in an article that
    gives none), with value None: the text names a day, only which one is unknown."""
    found, weekdays = [], set()
    for m in _DATE.finditer(text, start, end):
        value, precision = _resolve(m, published)
        if unresolved:
            if value is not None or published is not None or _WRITES_ITS_YEAR.search(
                    m.group(0)):
                continue
            value, precision = None, _precision_of(m)
        elif value is None:
            continue
        if value is not None and m.group("weekday") and not m.group("wmod") and \
                _TO_COME.search(text, max(start, m.start() - 90), m.start()):
            value = published + dt.timedelta(days=(value.weekday() - published.weekday()) % 7)
        found.append(DateMatch(m.start(), m.end(), DateRef(value, precision, m.group(0))))
        if m.group("weekday"):
            weekdays.add(m.start())
    if len(found) > 1:
        # "overnight" dates only a sentence that gives no other day: "said on Tuesday that
        # … shelled positions overnight" is Tuesday's report of the night before it
        found = [d for d in found if d.ref.surface.lower() != "overnight"]
    # "on Wednesday, June 12": the calendar date says which Wednesday
    return tuple(d for d, after in zip(found, [*found[1:], None])
                 if not (d.start in weekdays and after is not None
                         and after.start not in weekdays and after.ref.precision == "day"
                         and _WEEKDAY_THEN_DATE.fullmatch(text, d.end, after.start)))


#: the words before a weekday that make it one to come, the next such day on or after
#: publication: "Finland will close the Salla crossing on Thursday", "the border is to
#: stay shut until Monday" (in the clause: "…, the ministry said on Monday" is past)
_TO_COME = re.compile(r"(?<![\w’'-])(?i:will|shall|(?:is|are)\s+(?:set\s+|due\s+|scheduled\s+)?"
                      r"to)\s+(?:[\w’'-]+\s+){0,8}?$")


#: what stands between a weekday and the calendar date that says which one it is
_WEEKDAY_THEN_DATE = re.compile(r",?\s*(?:the\s+)?")


def unknown_days_apart(a: DateRef, b: DateRef) -> int | None:
    """How many days apart two dates of an undated article lie (``find_dates`` with
    ``unresolved``), when both name weekdays ("on Monday", "last Friday": the nearer way
    round the week) or both a month's day ("Nov 13", "23 November": in one year, the
    nearer way round it); None when that cannot be told ("Nov 13" and "on Wednesday")."""
    weekdays = [_WEEKDAY_WORD.search(r.surface) for r in (a, b)]
    if all(weekdays) and all(r.precision == "day" for r in (a, b)):
        one, other = (_WEEKDAYS.index(w.group(0).lower()) for w in weekdays)
        apart, cycle = abs(one - other), 7
    else:
        written = [_DATE.fullmatch(r.surface) for r in (a, b)]
        if not all(m is not None and (m.group("md") or m.group("dm")) for m in written):
            return None
        days = [_written_day(r.surface, 2000) for r in (a, b)]     # (a leap year)
        if None in days:
            return None
        apart, cycle = abs((days[0] - days[1]).days), 366
    return min(apart, cycle - apart)


_WEEKDAY_WORD = re.compile(rf"(?i:{'|'.join(WEEKDAYS)})")


def best_date(matches: tuple[DateMatch, ...], anchor: int) -> DateRef | None:
    """The most precise date, nearest to ``anchor`` (the event cue) among equals."""
    if not matches:
        return None
    best = min(matches, key=lambda d: (_PRECISION_RANK.get(d.ref.precision, 9),
                                       abs(d.start - anchor)))
    return best.ref


def day_range(value: dt.date, precision: str | None) -> tuple[dt.date, dt.date]:
    """The first and last day a date of this precision may mean."""
    if precision == "week":
        return value, value + dt.timedelta(days=6)
    if precision == "month":
        nxt = (value.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return value, nxt - dt.timedelta(days=1)
    if precision == "year":
        return value.replace(month=1, day=1), value.replace(month=12, day=31)
    return value, value
