"""Who says so, and who denies (s19, helper F), as a user sees it in the claims: armed
groups, rights groups and media that are no state speak as themselves; a regional
governor, a dateline's police and a country's general staff speak for their state; a
rebutter named after "a charge … rejected" denies; a speaker who has "no information"
claims nothing; the Koreas' "the North" and "the South"; an apposition or a hearer after
a speech verb is not its subject."""

from __future__ import annotations

import datetime as dt

import pytest

from geomap.incidents import find_actors
from geomap.model import Article
from incident_helpers import build_article, claims_in

MAY_10 = dt.date(2024, 5, 10)


def _claims(result) -> list[tuple[str, str, str, str]]:
    """(claimant, claimant_country, claimant_kind, stance) of every claim of a build."""
    return [(c.claimant, c.claimant_country, c.claimant_kind, c.stance)
            for c in result.claims.itertuples()]


@pytest.mark.parametrize("text, claimant, kind", [
    # an armed group of no state, named with its qualifiers, set off after the report
    ("QAMISHLI, Syria, May 8 - Turkish drones struck a car near Qamishli on Tuesday, "
     "killing two fighters, the Kurdish-led Syrian Democratic Forces said.",
     "Syrian Democratic Forces", "armed group"),
    # a movement's leader, named with it
    ("NAIROBI, May 8 - Tigrayan forces fired rockets at the Eritrean port of Massawa on "
     "Tuesday, TPLF leader Debretsion Gebremichael said.",
     "Tigray People's Liberation Front", "armed group"),
    ("BOGOTA, May 8 - The ELN said its fighters attacked an army post near Tame on "
     "Tuesday, killing three Colombian soldiers.", "ELN", "armed group"),
    ("MOSCOW, May 8 - The Russian Volunteer Corps said its fighters clashed with Russian "
     "border guards near Klimovo on Tuesday.", "Russian Volunteer Corps", "armed group"),
    # a rights group counts victims without being a side: a monitor
    ("CARACAS, May 8 - Venezuelan soldiers killed two farmers near Guasdualito on "
     "Tuesday, the human rights group Provea said.", "Provea", "monitor"),
])
def test_a_claimant_of_no_state_speaks_as_itself(tmp_path, text, claimant, kind):
    result = build_article(tmp_path, text + "\n", MAY_10)
    assert (claimant, "", kind, "asserts") in _claims(result)
    # not turned into a state that the sentence names
    assert all(country == "" for name, country, _, _ in _claims(result) if name == claimant)


def test_a_rebutter_named_after_a_charge_denies_it(tmp_path):
    result = build_article(tmp_path, (
        "CARACAS, May 8 - Venezuelan soldiers killed four villagers near Guasdualito on "
        "Tuesday, the rights group Provea said, a charge Caracas rejected as fake news.\n"),
        MAY_10)
    claims = _claims(result)
    assert ("Provea", "", "monitor", "asserts") in claims
    assert ("Government of Venezuela", "VE", "state", "denies") in claims
    assert ("Government of Venezuela", "VE", "state", "asserts") not in claims


def test_a_regional_governor_speaks_for_his_state_not_for_its_defence_ministry(tmp_path):
    result = build_article(tmp_path, (
        "MOSCOW, May 8 - Ukrainian drones hit an oil depot in Novozybkov on Tuesday, "
        "injuring two workers, regional governor Alexander Bogomaz said, as Russia's defence "
        "ministry reported downing twelve drones over the region.\n"), MAY_10)
    assert claims_in(result)[0] == ("Alexander Bogomaz, governor", "RU", "asserts")


def test_bloggers_are_media_not_the_army(tmp_path):
    result = build_article(tmp_path, (
        "MOSCOW, Aug 10 - Ukrainian troops crossed into the Kursk region on Saturday and "
        "clashed with Russian forces near Tetkino, Russian military bloggers reported.\n"),
        dt.date(2024, 8, 10))
    assert _claims(result) == [("Russian military bloggers", "RU", "media", "asserts")]


def test_they_after_the_datelines_police_are_the_police(tmp_path):
    result = build_article(tmp_path, (
        "WARSAW, Nov 16 - Polish guards used water cannon against migrants who threw stones "
        "at them at the Kuznica crossing on Tuesday, Poland's defence ministry said. The "
        "ministry posted footage of a crowd on the Belarusian side. A police officer was "
        "hurt, police said; later in the day they said nine officers had been injured.\n"),
        dt.date(2021, 11, 16))
    claims = claims_in(result)
    assert ("Polish police", "PL", "asserts") in claims
    assert all(country != "BY" for _, country, _ in claims)


def test_no_information_about_an_attack_is_no_claim_and_no_clash(tmp_path):
    result = build_article(tmp_path, (
        "ERBIL, Iraq, May 8 - An explosion hit the perimeter of Erbil airport on Tuesday "
        "evening, Kurdish officials said. A Turkish defence ministry official told "
        "reporters he had no information about such an attack.\n"), MAY_10)
    assert [c.text for c in result.claims.itertuples()
            if "no information" in c.text] == []
    assert all(i.event_type != "Battles" for i in result.incidents.itertuples())


def test_what_is_said_beside_a_toll_not_confirmed_is_still_a_claim(tmp_path):
    result = build_article(tmp_path, (
        "YEREVAN, May 8 - Armenia's defence ministry did not confirm the toll but said "
        "Azerbaijani forces shelled Sotk on Tuesday, wounding two soldiers.\n"), MAY_10)
    assert claims_in(result) == [("Ministry of Defense of Armenia", "AM", "asserts")]


def test_a_service_named_by_its_town_speaks_for_the_datelines_state(tmp_path):
    result = build_article(tmp_path, (
        "ERBIL, Iraq, May 8 - The counter-terrorism service in Erbil, which is run by the "
        "regional government, said a Turkish drone struck a car near Erbil on Tuesday.\n"),
        MAY_10)
    assert claims_in(result) == [("counter-terrorism service of Erbil", "IQ", "asserts")]


def test_the_joint_chiefs_under_a_seoul_dateline_are_south_koreas(tmp_path):
    result = build_article(tmp_path, (
        "SEOUL, June 11 - South Korean troops fired warning shots after North Korean "
        "soldiers crossed the military demarcation line on Sunday, the JCS said.\n"),
        dt.date(2024, 6, 11))
    assert claims_in(result) == [("South Korean general staff", "KR", "asserts")]


def test_a_named_north_korean_official_denies_the_firing(tmp_path):
    result = build_article(tmp_path, (
        "SEOUL, Jan 8 - North Korea fired about 200 artillery shells near Yeonpyeong island "
        "on Friday, the South's military said. Kim Yo Jong said on Sunday that the North "
        "had not fired a single shell.\n"), dt.date(2024, 1, 8))
    claims = claims_in(result)
    assert ("Kim Yo Jong, senior official of North Korea", "KP", "denies") in claims
    assert ("South Korean armed forces", "KR", "asserts") in claims


@pytest.mark.parametrize("text, korea", [
    ("North Korea fired shells near the border, the South said.", True),
    ("The South said the North Korean shells fell in the sea.", True),
    # only beside the other Korea, and never as part of another name
    ("The South said the talks would resume.", False),
    ("North Korea sent ships into the South China Sea.", False),
])
def test_the_south_is_south_korea_only_beside_the_north(text, korea):
    actors = find_actors(Article("a.txt", text, MAY_10))
    assert ("KR" in {a.country_code for a in actors}) is korea


@pytest.mark.parametrize("text, name, country", [
    ("Prime Minister Albin Kurti said the attack was planned in Belgrade.",
     "Albin Kurti, Prime Minister of Kosovo", "XK"),
    ("Vucic denied that Serbia had any part in it.", "Aleksandar Vucic, President of Serbia",
     "RS"),
    ("Padrino said troops had destroyed camps.",
     "Vladimir Padrino Lopez, Defense Minister of Venezuela", "VE"),
])
def test_office_holders_named_without_their_country(text, name, country):
    actors = find_actors(Article("a.txt", text, MAY_10))
    assert (actors[0].name, actors[0].country_code) == (name, country)


@pytest.mark.parametrize("text, claimant, country", [
    # the apposition between the speaker and the verb names no subject
    ("KYIV, May 8 - Mykhailo Podolyak, an adviser to President Volodymyr Zelenskiy, said "
     "Russian artillery shelled Kherson on Tuesday, killing two people.",
     "Mykhailo Podolyak, presidential adviser of Ukraine", "UA"),
    # the one told is no speaker set after "told"
    ("MOSCOW, May 8 - General Valery Gerasimov, chief of Russia's general staff, told "
     "President Vladimir Putin on Tuesday that Ukrainian troops had attacked near Tetkino.",
     "Valery Gerasimov, Chief of the General Staff of Russia", "RU"),
])
def test_the_speaker_before_an_apposition_or_a_hearer_speaks(tmp_path, text, claimant,
                                                             country):
    result = build_article(tmp_path, text + "\n", MAY_10)
    assert (claimant, country, "asserts") in claims_in(result)
