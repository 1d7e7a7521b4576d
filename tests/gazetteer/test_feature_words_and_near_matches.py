"""A name told as a natural feature's ("Lake Victoria", "Migingo island") or found only
as a part of a hyphenated name ("Ida" of "Ida-Viru county") is no town or division of
that name in a country foreign to the article, far from its other places; a close
spelling of an unknown name there is no guess either; and first-level divisions are
known as reporting spells them ("Ida-Viru County" for GeoNames' "Ida-Virumaa")."""

from __future__ import annotations

import pytest

from gazetteer_helpers import distance_km


@pytest.mark.parametrize("text, surface", [
    ("Kenyan fishermen said Ugandan marine police seized their nets near Migingo island "
     "on Lake Victoria; officials in Busia and Migori protested to Kampala.", "Victoria"),
    ("Fishermen from Naivasha and Nakuru said the storm on Lake Victoria sank two boats "
     "near Kisumu.", "Victoria"),
])
def test_a_lake_is_no_foreign_town_of_its_name(resolution_of, text, surface):
    resolution = resolution_of(text, surface)
    assert resolution.place is None
    assert "natural feature" in resolution.reason


@pytest.mark.parametrize("text, surface, country", [
    # the feature lies in the article's country: the town of its name is near it
    ("Yazidi families fled to the Sinjar mountains west of Mosul, Iraqi officials said.",
     "Sinjar", "IQ"),
    # next door to the article's countries: Ohrid lake is on the Albanian border
    ("Albanian police in Pogradec said a boat sank on Ohrid lake, officials in Tirana "
     "said.", "Ohrid", "MK"),
])
def test_a_feature_near_the_article_keeps_its_town(places_in, text, surface, country):
    found = dict(places_in(text))
    assert found[surface].country_code == country


def test_parts_of_an_unknown_hyphenated_name_are_no_far_towns(resolution_of):
    # neither part may stand alone: Iida (Japan) and Virú (Peru) are no Estonian county
    text = ("Estonian police patrolled the border in Ida-Viru county on Friday, officials "
            "in Tallinn said; Russia denied that its boats had crossed.")
    resolution = resolution_of(text, "Ida-Viru")
    assert resolution.place.country_code == "EE"
    assert resolution.place.kind == "province"


def test_a_large_city_joined_by_a_hyphen_stays(places_in):
    found = dict(places_in("Officials in Kyiv and Lviv warned of the Moscow-Beijing axis."))
    assert found["Beijing"].country_code == "CN"
    assert found["Moscow"].country_code == "RU"


@pytest.mark.parametrize("name, country, lat, lon", [
    ("Ida-Viru County", "EE", 59.3, 27.4),
    ("Lääne-Viru county", "EE", 59.2, 26.4),
    ("Järva County", "EE", 58.9, 25.6),
    ("Västra Götaland", "SE", 58.2, 12.8),
    ("Östergötland", "SE", 58.3, 15.6),
    ("Baden-Württemberg", "DE", 48.6, 9.0),
])
def test_divisions_as_reporting_spells_them(resolve_json, name, country, lat, lon):
    found = resolve_json(name)
    assert not found["guess"]
    assert found["country_code"] == country and found["kind"] == "province"
    assert distance_km(found["lat"], found["lon"], lat, lon) < 100


def test_an_unknown_crossing_is_no_namesake_across_the_world(places_in, resolve_json):
    text = ("The Jordanian army said smugglers from Syria crossed east of the Jaber "
            "crossing near Mafraq on Tuesday; Amman closed the border.")
    assert {place.country_code for _, place in places_in(text)} <= {"JO", "SY"}
    from click.testing import CliRunner

    from geomap.cli.main import cli
    result = CliRunner().invoke(cli, ["resolve", "Jaber", "--context", text])
    assert result.exit_code == 1 and "too far" in result.output
