"""End to end on ../shared/seeds: every expected incident and claim is found, and no claim
is invented. Runs with hand-built resolutions, and again with the real gazetteer when it
is available."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from incident_helpers import resolve_by_hand

from geomap.incidents import extract_incidents, find_actors, merge_incidents
from geomap.incidents.tables import cue_patterns
from geomap.model import Article
from geomap.text.sentences import split_sentences


def seed_articles(seeds_dir):
    for seed in json.loads((seeds_dir / "seeds.json").read_text(encoding="utf-8")):
        text = (seeds_dir / seed["file"]).read_text(encoding="utf-8")
        yield Article(id=seed["file"], text=text,
                      published=dt.date.fromisoformat(seed["published"]))


def run(articles, resolve, gazetteer=None):
    found = []
    for article in articles:
        sentences = split_sentences(article)
        actors = find_actors(article, sentences)
        found += extract_incidents(article, sentences, resolve(article), actors, gazetteer)
    return merge_incidents(found)


@pytest.fixture(scope="module")
def by_hand(seeds_dir):
    articles = list(seed_articles(seeds_dir))
    return articles, run(articles, resolve_by_hand)


@pytest.fixture(scope="module")
def with_gazetteer(seeds_dir):
    gazetteer_module = pytest.importorskip("geomap.gazetteer")
    if not hasattr(gazetteer_module, "load_gazetteer"):
        pytest.skip("geomap.gazetteer.load_gazetteer is not available yet")
    gazetteer = gazetteer_module.load_gazetteer()
    articles = list(seed_articles(seeds_dir))

    def resolve(article):
        return gazetteer.resolve_mentions(article, gazetteer.find_mentions(article))

    return articles, run(articles, resolve, gazetteer)


def matching_incident(incidents, want):
    for inc in incidents:
        if want["file"] in inc.articles and inc.date is not None \
                and inc.date.isoformat() in want["date"] and set(inc.actors) == set(want["actors"]):
            return inc
    return None


def check_expected(incidents, expected):
    for want in expected["incidents"]:
        inc = matching_incident(incidents, want)
        assert inc is not None, f"{want['key']}: no incident on {want['date']} with {want['actors']}"
        for place in want.get("places", []):
            assert place in inc.places, f"{want['key']}: {place} not in {inc.places}"
        for wc in want["claims"]:
            candidates = [c for c in inc.claims if c.claimant_country == wc["claimant_country"]
                          and c.stance == wc["stance"]]
            if "places" in wc:
                candidates = [c for c in candidates if set(wc["places"]) <= set(c.places)]
            if "claimant" in wc:
                candidates = [c for c in candidates if c.claimant == wc["claimant"]]
            if "fatalities" in wc:
                lo, hi = wc["fatalities"]
                candidates = [c for c in candidates
                              if (c.fatalities_min, c.fatalities_max) == (lo, hi)]
            assert candidates, f"{want['key']}: no claim like {wc['summary']!r}"


def test_expected_incidents_and_claims(by_hand, expected):
    check_expected(by_hand[1], expected)


def test_seed_details(by_hand):
    incidents = by_hand[1]
    clashes = next(i for i in incidents if i.date == dt.date(2022, 9, 12))
    assert (clashes.event_type, clashes.sub_event_type) == ("Battles", "Armed clash")
    trend = next(c for c in clashes.claims if c.claimant == "Trend news agency")
    assert (trend.fatalities_min, trend.fatalities_max) == (150, 200)
    assert trend.injured_min >= 100
    azerbaijan = next(c for c in clashes.claims if c.places)
    assert [(l.relation, l.label) for l in azerbaijan.locations] == [
        ("direction", "Dashkasan"), ("direction", "Kalbajar"), ("direction", "Lachin")]
    fire = next(i for i in incidents if i.date == dt.date(2022, 10, 16))
    assert any(l.relation == "border" and l.countries == ("AM", "AZ") for l in fire.locations)
    denial = next(i for i in incidents if i.date == dt.date(2023, 9, 10))
    assert denial.event_type == "Strategic developments"
    assert any(l.relation == "border" and l.countries == ("AZ", "IR") for l in denial.locations)
    drill = next(i for i in incidents if i.date == dt.date(2023, 9, 11))
    assert drill.sub_event_type == "Military exercise"
    astana = next(i for i in incidents if i.date == dt.date(2022, 10, 13))
    assert (astana.event_type, astana.sub_event_type) == ("diplomatic", "meeting")


def test_no_noise(by_hand):
    """Background and policy statements do not become incidents of their own."""
    incidents = by_hand[1]
    assert len(incidents) <= 8
    assert all(i.date is not None for i in incidents)


def test_no_claim_is_invented(by_hand):
    articles, incidents = by_hand
    sentences = {a.id: {s.text for s in split_sentences(a)} for a in articles}
    cues = cue_patterns()
    cue_keys = ("attribution_verbs", "attribution_sources", "denial_verbs", "denial_qualifiers",
                "denial_negations")
    claims = [c for i in incidents for c in i.claims]
    assert claims
    for c in claims:
        assert c.text in sentences[c.article]
        assert any(cues[k].search(c.text) for k in cue_keys), c.text
        assert c.incident_id in {i.id for i in incidents}


def test_ids_are_stable(seeds_dir, by_hand):
    again = run(list(seed_articles(seeds_dir)), resolve_by_hand)
    assert [i.id for i in again] == [i.id for i in by_hand[1]]
    assert [c.id for i in again for c in i.claims] == [c.id for i in by_hand[1] for c in i.claims]
    assert again == by_hand[1]


def test_expected_with_the_real_gazetteer(with_gazetteer, expected):
    check_expected(with_gazetteer[1], expected)


def test_no_claim_is_invented_with_the_real_gazetteer(with_gazetteer):
    test_no_claim_is_invented(with_gazetteer)


def _on(incidents, day: str, sub_event_type: str):
    return next(i for i in incidents
                if i.date == dt.date.fromisoformat(day) and i.sub_event_type == sub_event_type)


def test_what_an_analyst_reads_with_the_real_gazetteer(with_gazetteer):
    incidents = with_gazetteer[1]
    # a meeting is at its venue: not at "Vladimir" (Putin), not in "Asia" (CICA's name)
    assert _on(incidents, "2022-07-01", "meeting").places == ("Tehran",)
    astana = _on(incidents, "2022-10-13", "meeting")
    assert astana.places == ("Astana",)
    # "the Azerbaijani president" is Aliyev, named earlier as Raisi's counterpart
    assert "Ilham Aliyev, President of Azerbaijan" in {c.claimant for c in astana.claims}
    # the border phrase wins over "in the South Caucasus"
    denial = _on(incidents, "2023-09-10", "Troop deployment")
    assert [(l.relation, l.countries) for l in denial.locations] == [("border", ("AZ", "IR"))]
    assert all(c.places == () for c in denial.claims)
    # the foreign minister's words in Saturday's call are claims of the call
    call = _on(incidents, "2022-10-15", "call")
    assert {c.claimant for c in call.claims} == {
        "Hossein Amir Abdollahian, Foreign Minister of Iran"}
