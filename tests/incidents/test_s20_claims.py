"""Claims that were lost or merged (s20, helper N2), as a user sees them: a place or claim
told only in a JSONL record's headline is read (without doubling the incident its body
tells, and with every claim still traced to its sentence); a denial joined to the
speaker's own version ("denied firing … and said drones had hit Berd") is two claims;
"the group said" after an armed group is named is that group's claim."""

from __future__ import annotations

import datetime as dt
import json
import math

import pytest

import geomap
from geomap.model import BuildOptions
from geomap.text.reader import read_inputs
from geomap.text.sentences import split_sentences
from incident_helpers import build_article, claims_in

MAY_10 = dt.date(2024, 5, 10)
SOTK = (40.203, 45.926)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


def _jsonl(tmp_path, *records: dict):
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _build(path):
    return geomap.build([str(path)], BuildOptions(published=MAY_10))


def test_a_place_and_claim_told_only_in_the_headline_are_read(tmp_path):
    path = _jsonl(tmp_path, {
        "id": "sotk", "published": "2024-05-10",
        "title": "Armenia says Azerbaijani forces fired on Sotk",
        "text": "YEREVAN – Azerbaijani units opened fire on Armenian positions on Thursday "
                "night, wounding one soldier, the ministry said."})
    result = _build(path)
    [incident] = result.incidents.itertuples()
    assert "Sotk" in incident.places
    assert _km(incident.geometry.y, incident.geometry.x, *SOTK) < 15
    assert ("Armenia", "AM", "asserts") in claims_in(result)
    # each claim is still traced to its sentence of the article as read
    [article] = list(read_inputs((str(path),)))
    sentences = split_sentences(article)
    assert article.text.startswith("Armenia says Azerbaijani forces fired on Sotk\n\n")
    for claim in (c for f in result.findings for i in f.incidents for c in i.claims):
        assert sentences[claim.sentence_index].text == claim.text
    # the dateline under the headline is no part of the lead
    assert sentences[1].text.startswith("Azerbaijani units opened fire")


def test_a_headline_that_sums_up_the_lead_does_not_double_its_incident(tmp_path):
    path = _jsonl(tmp_path, {
        "id": "tovuz", "published": "2024-05-10",
        "title": "Azerbaijan says Armenian forces shelled a Tovuz village",
        "text": "Azerbaijan's defence ministry said on Sunday that Armenian forces had "
                "shelled the village of Alibeyli in Tovuz district, wounding two civilians. "
                "Armenia's defence ministry denied the report."})
    result = _build(path)
    assert len(result.incidents) == 1
    assert sorted(claims_in(result)) == [
        ("Ministry of Defense of Armenia", "AM", "denies"),
        ("Ministry of Defense of Azerbaijan", "AZ", "asserts")]


@pytest.mark.parametrize("text", [
    "Clash near Jermuk\nArmenia's defence ministry said Azerbaijani forces shelled Jermuk.",
    "CLASH NEAR JERMUK.\n\nArmenia's defence ministry said Azerbaijani forces shelled Jermuk.",
])
def test_a_text_that_already_opens_with_its_headline_is_read_as_it_is(tmp_path, text):
    [article] = list(read_inputs((str(_jsonl(tmp_path, {
        "id": "j", "title": "Clash near Jermuk", "text": text})),)))
    assert article.text == text


def test_a_denial_and_the_speakers_own_version_are_two_claims(tmp_path):
    result = build_article(tmp_path, "Azerbaijan's defence ministry denied firing on "
                           "civilians and said Armenian drones had hit Berd.", MAY_10)
    claims = {c.stance: c for c in result.claims.itertuples()}
    assert set(claims) == {"asserts", "denies"}
    assert all(c.claimant == "Ministry of Defense of Azerbaijan" for c in claims.values())
    assert "Berd" in claims["asserts"].places and "Berd" not in claims["denies"].places
    assert claims["denies"].text.startswith("Azerbaijan's defence ministry denied firing")
    assert claims["asserts"].text.endswith("Armenian drones had hit Berd.")


def test_a_denial_that_goes_on_denying_stays_one_claim(tmp_path):
    result = build_article(tmp_path, "Armenia's defence ministry rejected the report as "
                           "misinformation and said its units in Tavush province did not "
                           "open fire.", MAY_10)
    assert claims_in(result) == [("Ministry of Defense of Armenia", "AM", "denies")]


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
