"""Fixtures of the geometry tests: a stub gazetteer, the boundary set, the seed incidents."""

from __future__ import annotations

import datetime as dt

import pytest
from geo_helpers import StubGazetteer, make_claim, make_incident, make_place

from geomap.model import Location


@pytest.fixture
def gazetteer():
    return StubGazetteer()


@pytest.fixture(scope="session")
def boundaries():
    from geomap.geometry import load_boundaries
    return load_boundaries()


@pytest.fixture
def seed_incidents():
    """The three seed incidents whose geometry issue 4 fixes, built by hand."""
    sep22 = make_incident("inc-sep22", ("AM", "AZ"), claims=(
        make_claim("cl-am", "inc-sep22", "AM"),
        make_claim("cl-az", "inc-sep22", "AZ", locations=[
            Location("direction", make_place(n)) for n in ("Dashkasan", "Kalbajar", "Lachin")],
            claimant="Ministry of Defense of Azerbaijan"),
        make_claim("cl-trend", "inc-sep22", "AZ", claimant="Trend news agency"),
    ))
    # (another article than September's: an article's other scenes would narrow the
    # border it names to the stretches facing them)
    oct22 = make_incident("inc-oct22", ("AM", "AZ"), day=dt.date(2022, 10, 16),
                          articles=("oct.txt",),
                          locations=[Location("border", countries=("AM", "AZ"))], claims=(
        make_claim("cl-oct-az", "inc-oct22", "AZ", day=dt.date(2022, 10, 16),
                   locations=[Location("border", countries=("AM", "AZ"))]),
        make_claim("cl-oct-am", "inc-oct22", "AM", stance="denies", day=dt.date(2022, 10, 16)),
    ))
    sep23 = make_incident("inc-sep23", ("IR",), day=dt.date(2023, 9, 10),
                          event_type="Strategic developments", articles=("sep23.txt",),
                          claims=(
        make_claim("cl-ir", "inc-sep23", "IR", stance="denies", day=dt.date(2023, 9, 10),
                   locations=[Location("border", countries=("AZ", "IR"))]),
    ))
    drill = make_incident("inc-drill", ("AM", "US"), day=dt.date(2023, 9, 11),
                          event_type="Strategic developments")
    astana = make_incident("inc-astana", ("IR", "AZ"), day=dt.date(2022, 10, 13),
                           event_type="Strategic developments",
                           locations=[Location("at", make_place("Astana"))], claims=(
        make_claim("cl-astana", "inc-astana", "IR", day=dt.date(2022, 10, 13)),
    ))
    return {i.id: i for i in (sep22, oct22, sep23, drill, astana)}
