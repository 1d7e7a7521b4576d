"""An unseen probe of session 19 (articles the session's rules were not written from):
what such reporting says in passing is no toll."""

from __future__ import annotations

import datetime as dt

from incident_helpers import build_article, claims_in


def test_trucks_left_stranded_are_no_dead(tmp_path):
    result = build_article(tmp_path, (
        "PESHAWAR, Sept 7 - The crossing between Pakistan and Afghanistan at Torkham stayed "
        "shut on Thursday after border guards of the two countries exchanged fire, leaving "
        "hundreds of lorries stranded on both sides.\n"), dt.date(2023, 9, 7))
    (incident,) = result.incidents.itertuples()
    assert incident.event_type == "Battles"
    assert (incident.fatalities_min, incident.fatalities_max) == (None, None)


def test_what_fire_left_people_with_is_still_counted(tmp_path):
    result = build_article(tmp_path, (
        "Azerbaijani shelling of Sotk on Monday killed one soldier, leaving two others with "
        "shrapnel wounds, Armenia's defence ministry said. Shelling of Jermuk on Tuesday "
        "left two soldiers dead, the ministry said.\n"), dt.date(2023, 9, 7))
    tolls = sorted((i.fatalities_min, i.injured_min) for i in result.incidents.itertuples())
    assert (1, 2) in tolls
    assert any(killed == 2 for killed, _ in tolls)


def test_a_peacekeepers_nation_is_no_side_of_the_blast_that_hit_him(tmp_path):
    result = build_article(tmp_path, (
        "A Ghanaian peacekeeper was wounded when a roadside bomb hit a UN convoy near Menaka "
        "on Tuesday, the UN mission said.\n"), dt.date(2024, 5, 8))
    (incident,) = result.incidents.itertuples()
    assert (incident.injured_min, incident.injured_max) == (1, 1)
    assert "GH" not in incident.actors


def test_an_undated_articles_weekday_is_not_replaced_by_a_year_told_after(tmp_path):
    (tmp_path / "clash.txt").write_text(
        "Indian and Chinese troops came to blows along the disputed frontier in the Tawang "
        "sector on Friday, leaving soldiers on both sides with injuries, the Indian army "
        "said. The two armies have not exchanged gunfire since 1975.\n", encoding="utf-8")
    import geomap
    from geomap.model import BuildOptions

    result = geomap.build([str(tmp_path / "clash.txt")], BuildOptions())
    (incident,) = result.incidents.itertuples()
    assert incident.event_type == "Battles" and incident.date is None


def test_the_deed_a_day_after_which_fire_came_is_not_its_scene(tmp_path):
    result = build_article(tmp_path, (
        "BEIRUT, Oct 8 - Hezbollah fired rockets and shells at Israeli positions in the "
        "Shebaa Farms on Sunday, a day after Hamas fighters stormed into southern Israel "
        "from Gaza, Hezbollah said.\n"), dt.date(2023, 10, 8))
    (incident,) = result.incidents.itertuples()
    assert list(incident.places) == ["Shebaa Farms"] and "PS" not in incident.actors
    assert [kind for _, _, kind in claims_in(result)] == ["asserts"]


def test_a_claim_taking_the_event_up_keeps_its_place(tmp_path):
    result = build_article(tmp_path, (
        "A Turkish drone struck a car near Sinjar on Monday, killing two fighters of a Yazidi "
        "militia. Iraq's foreign ministry said the strike near Sinjar was a violation of Iraqi "
        "sovereignty.\n"), dt.date(2024, 5, 7))
    (claim,) = [c for c in result.claims.itertuples() if c.claimant_country == "IQ"]
    assert [name for name in claim.places] == ["Sinjār"]
