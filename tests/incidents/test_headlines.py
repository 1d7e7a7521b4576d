"""Headlines: a place or a claim told only in a headline (of a text or of a JSONL record)
is read, without doubling the incident the body tells, and every claim stays traced to its
sentence."""

from __future__ import annotations

import json

import pytest

import geomap
from geomap.model import BuildOptions
from geomap.text.reader import read_inputs
from geomap.text.sentences import split_sentences

from incident_helpers import MAY_10, build_article, claims_in, km_from


HEADLINE = "Azerbaijan says Armenian forces shelled its positions near Kalbajar\n\n"


@pytest.mark.parametrize("denial", [
    "Armenia's defence ministry denied the report on Monday, calling it disinformation.",
    "\"This is disinformation,\" Armenia's defence ministry said on Monday.",
    "Armenia's defence ministry said on Monday: \"This is a complete fabrication.\"",
])
def test_a_headline_and_a_denial_are_an_incident_and_its_denial(tmp_path, denial):
    result = build_article(tmp_path, HEADLINE + denial + "\n", MAY_10)
    (incident,) = result.incidents.itertuples()
    assert list(incident.places) == ["Kalbajar"]
    assert incident.stances == "asserts and denies"
    assert claims_in(result) == [("Azerbaijan", "AZ", "asserts"),
                                 ("Ministry of Defense of Armenia", "AM", "denies")]
    assert result.claims.incident_id.nunique() == 1


SOTK = (40.203, 45.926)


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
    assert km_from(incident, *SOTK) < 15
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


# a headline in Title Case is read as its words in lower case: "Rejects Blame" denies
@pytest.mark.parametrize("text, denier", [
    ("Belizean Ranger Shot Dead In Chiquibul As Guatemala Rejects Blame\n\nBELMOPAN - A "
     "Belizean park ranger was shot dead on Saturday in the Chiquibul forest, the government "
     "of Belize said.\n", "GT"),
    ("Cambodian Villagers Hurt By Shelling Near Preah Vihear As Thailand Rejects "
     "Blame\n\n"
     "PHNOM PENH - Thai artillery shelled a village near Preah Vihear temple on Sunday, "
     "wounding three civilians, Cambodia's defence ministry said.\n", "TH"),
    ("Tajik Border Guard Shot Dead Near Vorukh As Kyrgyzstan Rejects Blame\n\nDUSHANBE - "
     "Kyrgyz troops fired on a Tajik border post near Vorukh on Sunday, killing a guard, "
     "Tajikistan's border service said.\n", "KG"),
])
def test_a_title_case_headline_rejecting_blame_denies(tmp_path, text, denier):
    claims = claims_in(build_article(tmp_path, text, MAY_10))
    assert any(country == denier and stance == "denies" for _, country, stance in claims)
    assert not any(country == denier and stance == "asserts" for _, country, stance in claims)
