"""Dates against the publication date: weekdays, months, weeks, explicit dates."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from geomap.incidents.dates import best_date, day_range, find_dates

D = dt.date


def resolve(text: str, published: dt.date | None):
    ref = best_date(find_dates(text, 0, len(text), published), 0)
    return (ref.value, ref.precision) if ref else None


@pytest.mark.parametrize("text, published, value, precision", [
    # weekdays: the latest such day on or before publication (seeds.json)
    ("On Sunday, the ministry said", D(2022, 10, 17), D(2022, 10, 16), "day"),
    ("On Saturday, the minister called", D(2022, 10, 17), D(2022, 10, 15), "day"),
    ("met in Astana on Thursday.", D(2022, 10, 17), D(2022, 10, 13), "day"),
    ("On Monday at late night, heavy clashes broke out", D(2022, 9, 14), D(2022, 9, 12), "day"),
    ("early in the morning on Tuesday.", D(2022, 9, 14), D(2022, 9, 13), "day"),
    ("On Sunday, a military official dismissed", D(2023, 9, 12), D(2023, 9, 10), "day"),
    ("the drills kicked off Monday", D(2023, 9, 12), D(2023, 9, 11), "day"),
    ("said on Tuesday", D(2022, 9, 13), D(2022, 9, 13), "day"),          # that very day
    ("last Tuesday", D(2022, 9, 13), D(2022, 9, 6), "day"),
    # months, weeks, years, relative words
    ("gunfire was heard over the weekend", D(2023, 4, 11), D(2023, 4, 3), "week"),
    ("shelling at the weekend", D(2023, 4, 9), D(2023, 4, 3), "week"),   # that Sunday
    ("In a July meeting with Putin", D(2022, 9, 14), D(2022, 7, 1), "month"),
    ("in November talks resumed", D(2022, 9, 14), D(2021, 11, 1), "month"),
    ("in May 2021", D(2022, 9, 14), D(2021, 5, 1), "month"),
    ("summoned the ambassador this week", D(2023, 9, 12), D(2023, 9, 11), "week"),
    ("last week", D(2023, 9, 12), D(2023, 9, 4), "week"),
    ("earlier this month", D(2023, 9, 12), D(2023, 9, 1), "month"),
    ("yesterday", D(2023, 9, 12), D(2023, 9, 11), "day"),
    ("three days ago", D(2023, 9, 12), D(2023, 9, 9), "day"),
    ("in 2020", D(2023, 9, 12), D(2020, 1, 1), "year"),
    ("In the 2020 war, Azerbaijani forces shelled Stepanakert", D(2023, 9, 12), D(2020, 1, 1),
     "year"),
    # explicit dates (dateparser)
    ("on September 13, 2022", D(2023, 9, 12), D(2022, 9, 13), "day"),
    ("on 13 September 2022", None, D(2022, 9, 13), "day"),
    ("on Sept. 13", D(2022, 10, 1), D(2022, 9, 13), "day"),
    ("on October 20", D(2022, 10, 1), D(2021, 10, 20), "day"),     # latest on or before
    ("on September 14", D(2022, 9, 13), D(2022, 9, 14), "day"),   # a day after: same year
    ("2022-09-13", None, D(2022, 9, 13), "day"),
    # a weekday with its calendar date: the date says which one
    ("fired near Tegh on Wednesday, June 12.", D(2024, 6, 20), D(2024, 6, 12), "day"),
    ("fired near Tegh on Wednesday 12 June.", D(2024, 6, 20), D(2024, 6, 12), "day"),
    # a day of the month alone: the latest such day
    ("two soldiers were killed late on the 14th when", D(2024, 6, 20), D(2024, 6, 14), "day"),
    ("the post was shelled on the 25th.", D(2024, 6, 20), D(2024, 5, 25), "day"),
    # a month named with its year after "the"
    ("the January 2024 Iranian missile strikes on Panjgur", D(2024, 6, 20), D(2024, 1, 1),
     "month"),
])
def test_date_forms(text, published, value, precision):
    assert resolve(text, published) == (value, precision)


@pytest.mark.parametrize("text", ["On Sunday", "in July", "this week"])
def test_relative_dates_need_a_publication_date(text):
    assert resolve(text, None) is None


@pytest.mark.parametrize("text", ["the 2020 Nagorno-Karabakh war", "it may rain", "Sunday's"[:3],
                                  "the 4th brigade fired on the 3rd battalion"])
def test_no_date(text):
    assert resolve(text, D(2022, 1, 1)) is None


def test_the_most_precise_date_wins():
    text = "This week, on Monday, forces clashed."
    assert resolve(text, D(2023, 9, 12)) == (D(2023, 9, 11), "day")


def test_day_range():
    assert day_range(D(2022, 2, 1), "month") == (D(2022, 2, 1), D(2022, 2, 28))
    assert day_range(D(2023, 9, 11), "week") == (D(2023, 9, 11), D(2023, 9, 17))
    assert day_range(D(2020, 1, 1), "year") == (D(2020, 1, 1), D(2020, 12, 31))


def test_seed_relative_dates(seeds_dir):
    """Every weekday and month of seeds.json resolves as recorded there."""
    for seed in json.loads((seeds_dir / "seeds.json").read_text(encoding="utf-8")):
        published = D.fromisoformat(seed["published"])
        for word, expected in seed["relative_dates"].items():
            value, precision = resolve(f"on {word}" if len(expected) == 10 else f"in {word}",
                                       published)
            assert value.isoformat()[:len(expected)] == expected
            assert precision == ("day" if len(expected) == 10 else "month")
