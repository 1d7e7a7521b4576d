"""Claimants that are no state: the Nagorno-Karabakh de facto authorities and their
Defense Army (and the armed movements and other de facto authorities of actors.yaml, such
as South Ossetia's KGB), and armed groups, rights groups and media that speak as
themselves. Reporting on Karabakh (2020–2023) quotes them as sources; their claims carry
claimant_country "" (no ISO code exists), and the bare names of the territory stay places,
never claimants."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from geomap.incidents import find_actors
from geomap.incidents.claims import find_claim
from geomap.incidents.events import find_event
from geomap.incidents.spans import aside_spans, quote_spans
from geomap.model import Article, BuildOptions

from incident_helpers import (
    JUNE_20, MAY_10, build_article, claims_in, claims_with_kind, km_between)


ARMY = "Nagorno-Karabakh Defense Army"


AUTHORITIES = "Nagorno-Karabakh de facto authorities"


MARTAKERT = (40.21, 46.81)          # lat, lon


ASKERAN = (39.94, 46.83)


#: a Karabakh army report, Azerbaijan's denial, a de facto authorities' act
ARMY_REPORT = """Karabakh army says Azerbaijani forces opened fire near Martakert

STEPANAKERT, August 3 — The Nagorno-Karabakh Defense Army said on Wednesday that \
Azerbaijani forces had opened fire on its positions near Martakert, killing two of its \
soldiers and wounding 14.

Azerbaijan's Ministry of Defense denied the report, calling it a provocation, and said an \
Azerbaijani serviceman was killed near Lachin by "illegal Armenian armed detachments".

The de facto authorities in Stepanakert declared a partial mobilisation. Russian \
peacekeepers said they were working to stabilise the situation near Sarybaba heights.
"""


AUTHORITIES_REPORT = """Separatist authorities in Nagorno-Karabakh said on Monday that \
Azerbaijani troops had shelled Askeran, wounding a civilian.

The situation in Nagorno-Karabakh remains tense, the Kremlin said. The 2020 \
Nagorno-Karabakh war ended with a Russian-brokered ceasefire.
"""


def claim_of(text: str):
    actors = find_actors(Article(id="t", text=text))
    asides = aside_spans(text, 0, len(text))
    event = find_event(text, 0, len(text), asides)
    agents = tuple(sorted({a.country_code for a in actors
                           if a.kind == "military" and a.country_code}))
    return find_claim(text, 0, len(text), actors, quote_spans(text), asides, event, agents)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The Karabakh army's report and the authorities' report built with the real
    gazetteer and written to every output file."""
    import geomap

    folder = tmp_path_factory.mktemp("nk")
    (folder / "nk.txt").write_text(ARMY_REPORT, encoding="utf-8")
    (folder / "authorities.txt").write_text(AUTHORITIES_REPORT, encoding="utf-8")
    result = geomap.build([folder / "nk.txt", folder / "authorities.txt"],
                          BuildOptions(published=dt.date(2022, 8, 4)))
    out = folder / "out"
    geomap.write_outputs(result, out)
    return result, out


def features(out, layer: str) -> list[dict]:
    data = json.loads((out / f"{layer}.geojson").read_text(encoding="utf-8"))
    return data["features"]


def lat_lon(feature: dict) -> tuple[float, float]:
    lon, lat = feature["geometry"]["coordinates"]
    return lat, lon


def test_the_karabakh_army_asserts_near_martakert(built):
    _, out = built
    said = [f for f in features(out, "claims")
            if f["properties"]["text"].startswith("STEPANAKERT, August 3 — The Nagorno")]
    assert len(said) == 1
    p = said[0]["properties"]
    assert (p["claimant"], p["claimant_country"], p["stance"]) == (ARMY, "", "asserts")
    assert p["places"] == ["Martakert"]
    assert p["date"] == "2022-08-03"
    assert km_between(lat_lon(said[0]), MARTAKERT) < 25
    # "two of its soldiers": the claimant's own people, of no known state
    assert (p["fatalities_min"], p["injured_min"], p["victims_country"]) == (2, 14, "")


def test_azerbaijans_denial_stays(built):
    _, out = built
    denials = [f["properties"] for f in features(out, "claims")
               if f["properties"]["stance"] == "denies"]
    assert [(p["claimant"], p["claimant_country"]) for p in denials] == [
        ("Ministry of Defense of Azerbaijan", "AZ")]


def test_incidents_name_states_only(built):
    result, out = built
    for f in features(out, "incidents"):
        assert "" not in f["properties"]["actors"]
    army_report = [f["properties"] for f in features(out, "incidents")
             if "nk.txt" in f["properties"]["articles"]]
    assert len(army_report) == 1
    assert army_report[0]["actors"] == ["AZ"]
    assert army_report[0]["date"] == "2022-08-03"      # the headline's incident takes the lead's date
    assert ARMY in army_report[0]["claimants"]
    assert all(a for actors in result.incidents["actors"] for a in actors)


def test_the_de_facto_authorities_assert_near_askeran(built):
    _, out = built
    theirs = [f for f in features(out, "claims") if f["properties"]["claimant"] == AUTHORITIES]
    assert len(theirs) == 1
    p = theirs[0]["properties"]
    assert (p["claimant_country"], p["stance"]) == ("", "asserts")
    assert "Stepanakert" not in p["places"]       # named in the claimant, not the event
    assert km_between(lat_lon(theirs[0]), ASKERAN) < 10


def test_the_territorys_name_makes_no_claimant(built):
    result, _ = built
    claimants = set(result.claims["claimant"])
    assert claimants <= {ARMY, AUTHORITIES, "Ministry of Defense of Azerbaijan"}
    assert not any("Kremlin" in t or "2020" in t for t in result.claims["text"])


def test_csv_and_geopackage_keep_the_empty_country(built):
    import csv

    import geopandas as gpd

    from geomap.export.styles import claim_key

    _, out = built
    with open(out / "incidents.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    army_report = [r for r in rows if r["articles"] == "nk.txt"]
    assert [(r["actor1"], r["actor2"], r["actors"]) for r in army_report] == [("Azerbaijan", "", "AZ")]
    claims = gpd.read_file(out / "geomap.gpkg", layer="claims")
    army = claims[claims["claimant"] == ARMY]
    # one claim: the headline "Karabakh army says …" is the lead's, said again
    assert len(army) == 1 and set(army["claimant_country"].fillna("")) == {""}
    # QGIS draws them in the palette's 'other' colour
    assert claim_key("", "asserts") == "other asserts"


@pytest.mark.parametrize("text, claimant", [
    ("The Nagorno-Karabakh Defense Army said Azerbaijani forces shelled its positions.", ARMY),
    ("The Defence Army of Artsakh reported that Azerbaijani troops opened fire.", ARMY),
    ("The Karabakh army said Azerbaijani forces attacked its positions.", ARMY),
    ("Artsakh's defence ministry said Azerbaijani forces fired mortars near Martuni.", ARMY),
    ("The Ministry of Defense of Nagorno-Karabakh said Azerbaijani troops opened fire.", ARMY),
    ("NK Defense Army said its positions came under fire.", ARMY),
    ("Karabakh's armed forces said two servicemen were wounded by Azerbaijani fire.", ARMY),
    ("The de facto authorities in Stepanakert said Azerbaijani troops shelled the city.",
     AUTHORITIES),
    ("Separatist authorities in Nagorno-Karabakh said Azerbaijani forces opened fire.",
     AUTHORITIES),
    ("Karabakh Armenian authorities said Azerbaijani troops shelled a village.", AUTHORITIES),
    ("The self-declared government of Nagorno-Karabakh said Azerbaijani troops attacked.",
     AUTHORITIES),
    ("Karabakh's president Arayik Harutyunyan said Azerbaijani forces shelled Stepanakert.",
     AUTHORITIES),
    ("Artsakh's human rights ombudsman said Azerbaijani troops fired on farmers.", AUTHORITIES),
    ("The Artsakh government said Azerbaijani forces violated the ceasefire.", AUTHORITIES),
    # one side's denial of the other's report
    ("The Nagorno-Karabakh Defense Army denied that it had fired on Azerbaijani positions.",
     ARMY),
    # armed movements and other territories' de facto authorities
    ("Hezbollah said in a statement that its fighters had targeted five Israeli positions.",
     "Hezbollah"),
    ("A Taliban spokesman said Iranian forces fired first near the Sasuli post.", "Taliban"),
    ("The de facto authorities in Tskhinvali said Georgian police detained a resident.",
     "South Ossetia de facto authorities"),
    ("An M23 spokesman said the rebels had entered Bukavu without a fight.", "M23"),
    # international monitors
    ("The European Union Mission in Armenia (EUMA) said its patrols had observed gunfire "
     "near Jermuk.", "EU Mission in Armenia"),
    ("EU monitors said shooting was heard near Sotk on Sunday.", "EU Mission in Armenia"),
    ("OSCE monitors said they had recorded shelling near the line of contact.", "OSCE"),
    ("The EU Monitoring Mission in Georgia said Russian border guards had detained two "
     "villagers.", "EU Monitoring Mission in Georgia"),
])
def test_written_forms_claim_with_no_country(text, claimant):
    c = claim_of(text)
    assert c is not None and (c.claimant, c.country) == (claimant, "")


def test_a_denial_by_the_karabakh_army():
    c = claim_of("The Nagorno-Karabakh Defense Army denied that its forces opened fire "
                 "on Azerbaijani positions.")
    assert (c.claimant, c.country, c.stance) == (ARMY, "", "denies")


@pytest.mark.parametrize("text", [
    "The 2020 Nagorno-Karabakh war ended with a ceasefire, Russia said.",
    "The situation in Nagorno-Karabakh remains tense, the Kremlin said.",
    "The liberation of Nagorno-Karabakh was celebrated, Azerbaijan said.",
    "Azerbaijan said the Nagorno-Karabakh military conflict was over.",
    "Stepanakert was shelled overnight, Armenia said.",
    "Artsakh is the Armenian name of Karabakh, Armenia's foreign ministry said.",
])
def test_the_territorys_name_alone_is_no_claimant(text):
    names = {a.name for a in find_actors(Article(id="t", text=text))}
    assert not names & {ARMY, AUTHORITIES}
    c = claim_of(text)
    assert c is None or c.country != ""


@pytest.mark.parametrize("text, antecedent", [
    ("The Nagorno-Karabakh Defense Army reported shelling near Martakert. "
     "It said one soldier was killed.", ARMY),
    ("The Nagorno-Karabakh Defense Army reported shelling near Martakert. "
     "The army said one soldier was killed.", ARMY),
    ("Azerbaijan's defense ministry reported calm. Artsakh's defence ministry reported "
     "shelling. The ministry said one soldier was killed.", ARMY),
    ("Karabakh's president Arayik Harutyunyan spoke on television. He said the road was "
     "blocked.", AUTHORITIES),
])
def test_it_said_refers_back_to_them(text, antecedent):
    actors = find_actors(Article(id="t", text=text))
    last = [a for a in actors if a.start >= text.rindex(". ") + 2][0]
    assert (last.name, last.country_code) == (antecedent, "")


def test_karabakh_armenian_authorities_are_not_armenias_government():
    actors = find_actors(Article(id="t", text="Karabakh Armenian authorities said the "
                                              "gas supply was cut."))
    assert [(a.name, a.country_code) for a in actors] == [(AUTHORITIES, "")]


def test_the_military_said_is_the_military_named_so_not_the_movement_it_struck():
    text = ("Israeli warplanes struck Hezbollah positions in southern Lebanon on Saturday, "
            "the Israeli military said. The military said it intercepted three rockets.")
    actors = find_actors(Article(id="t", text=text))
    last = [a for a in actors if a.start >= text.rindex(". ") + 2][0]
    assert (last.name, last.country_code) == ("Israeli armed forces", "IL")


def test_a_movement_denying_any_involvement_denies_the_event():
    c = claim_of("Hezbollah denied any involvement in the rocket fire.")
    assert (c.claimant, c.stance) == ("Hezbollah", "denies")


@pytest.mark.parametrize("text, claimant, country", [
    ("According to Armenian media, Azerbaijani troops fired at farmers near Khramort.",
     "Armenian media", "AM"),
    ("According to the Azerbaijani defence ministry, Armenian units fired on Tovuz.",
     "Ministry of Defense of Azerbaijan", "AZ"),
])
def test_according_to_names_the_source_not_the_subject_after_the_comma(text, claimant,
                                                                        country):
    c = claim_of(text)
    assert (c.claimant, c.country) == (claimant, country)


@pytest.mark.parametrize("text, claimant, country", [
    ("Armenian media reported that Azerbaijani troops fired on Sotk.", "Armenian media",
     "AM"),
    ("Iran's state television said Azerbaijani drones crossed near Jolfa.",
     "Iran's state television", "IR"),
])
def test_a_nations_media_as_the_subject_of_a_verb_is_the_claimant(text, claimant, country):
    c = claim_of(text)
    assert (c.claimant, c.country) == (claimant, country)


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
    assert (claimant, "", kind, "asserts") in claims_with_kind(result)
    # not turned into a state that the sentence names
    assert all(country == "" for name, country, _, _ in claims_with_kind(result) if name == claimant)


def test_a_quoted_denial_of_the_south_ossetian_kgb_is_its_denial(tmp_path):
    result = build_article(tmp_path, "TBILISI, Nov 14 - Georgia's State Security Service said "
                                     "Russian forces had detained a Georgian citizen near "
                                     "Akhalgori on Monday.\n\n\"The man was not detained on "
                                     "Georgian territory, he illegally crossed the state "
                                     "border,\" the KGB of South Ossetia said in a "
                                     "statement.", JUNE_20)
    (incident,) = result.incidents.itertuples()
    assert incident.sub_event_type == "Arrests" and incident.stances == "asserts and denies"
    # a de facto authority: no ISO code exists for it, so its country stays "" (README)
    assert claims_in(result) == [
        ("Georgian security service", "GE", "asserts"),
        ("South Ossetia de facto authorities", "", "denies")]


def test_the_de_facto_kgb_and_the_state_security_services_denial_are_both_kept(tmp_path):
    result = build_article(tmp_path, "TBILISI, 19 April 2024 - Georgia's State Security Service "
                                     "said Russian forces detained two Georgian citizens near "
                                     "Akhalgori on April 17.\n\nThe de facto KGB of the "
                                     "Tskhinvali region said the two men had been carrying "
                                     "hunting rifles. The State Security Service denied that the "
                                     "men had been armed.", JUNE_20)
    (incident,) = result.incidents.itertuples()
    assert incident.date == "2024-04-17"
    assert claims_in(result) == [
        ("Georgian security service", "GE", "asserts"),
        ("South Ossetia de facto authorities", "", "asserts"),
        ("Georgian security service", "GE", "denies")]      # not the KGB's "denial"


@pytest.mark.parametrize("text, claimant", [
    ("PKK fighters clashed with Turkish troops near Sinjar on Monday. The group said it "
     "had shot down a Turkish drone over Sinjar.", "PKK"),
    ("Turkish drones struck PKK positions near Sinjar on Monday. The militants said three "
     "of their fighters were killed.", "PKK"),
    ("M23 fighters attacked Congolese army positions near Bunagana on Monday. The rebels "
     "said they had killed four soldiers.", "M23"),
])
def test_the_group_told_back_is_the_armed_group_named_before(tmp_path, text, claimant):
    result = build_article(tmp_path, text, MAY_10)
    assert (claimant, "", "armed group", "asserts") in [
        (c.claimant, c.claimant_country, c.claimant_kind, c.stance)
        for c in result.claims.itertuples()]


def test_the_group_is_no_state_body(tmp_path):
    # "the group" never takes a state's forces as its antecedent
    result = build_article(tmp_path, "Turkish troops clashed with fighters near Sinjar on "
                           "Monday. The group said it had shot down a Turkish drone.", MAY_10)
    assert all(c.claimant_country != "TR" for c in result.claims.itertuples())


# a de facto government speaks for the state it governs; an office its group runs is its
@pytest.mark.parametrize("text, claimant, country", [
    ("Saudi artillery shelled a market in Razih on Friday, killing three civilians, the "
     "Houthi-run health ministry said.", "Houthi authorities (Yemen)", "YE"),
    ("Taliban officials in Khost said Pakistani jets bombed two villages on Sunday, killing "
     "five civilians.", "Islamic Emirate of Afghanistan (Taliban government)", "AF"),
    ("Saudi border guards shot dead three migrants near Al Buqa on Monday, the Houthi "
     "authorities in Saada said.", "Houthi authorities (Yemen)", "YE"),
])
def test_a_de_facto_governments_office_speaks_for_its_state(tmp_path, text, claimant,
                                                             country):
    result = build_article(tmp_path, text + "\n", MAY_10)
    assert (claimant, country, "asserts") in claims_in(result)


# Authorities that occupy, break away from or are installed in a state's land are no
# organ of that state: "Crimea's occupation authorities" are not Ukraine's
@pytest.mark.parametrize("text, state", [
    ("Luhansk region's occupation authorities said Ukrainian drones struck Svatove on "
     "Friday.", "UA"),
    ("The occupation authorities in Berdiansk said Ukrainian shelling killed two people in "
     "Berdiansk on Friday.", "UA"),
    ("The occupying authorities in Melitopol said Ukrainian shelling killed two people in "
     "Melitopol on Friday.", "UA"),
    ("Transnistria's self-proclaimed authorities said Moldovan police detained a soldier "
     "near Bender on Friday.", "MD"),
    ("Abkhazia's breakaway government said Georgian police detained two residents near "
     "Gali on Friday.", "GE"),
    ("Donetsk region's separatist administration said Ukrainian shelling killed two "
     "people in Horlivka on Friday.", "UA"),
])
def test_occupation_or_breakaway_authorities_are_not_the_states(tmp_path, text, state):
    claims = claims_in(build_article(tmp_path, text + "\n", MAY_10))
    assert not any(country == state for _, country, _ in claims), claims
