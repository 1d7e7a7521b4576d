"""Regional officials as claimants: governors, mayors, village and district heads speak
for the country the gazetteer puts their place in ("Gegharkunik governor Karen Sargsyan said
…" is Armenia's word), as a ministry does; one named without his place speaks for the
country of the dateline. Border reporting quotes them often."""

from __future__ import annotations

import datetime as dt

import pytest

import geomap
from geomap.incidents import find_actors
from geomap.model import Article, BuildOptions

from incident_helpers import MAY_10, build_article, claims_in, day_of


def claims_of(tmp_path, text: str) -> list[tuple[str, str, str]]:
    article = tmp_path / "report.txt"
    article.write_text(text, encoding="utf-8")
    result = geomap.build([str(article)], BuildOptions(published=dt.date(2022, 9, 14)))
    return sorted(zip(result.claims["claimant"], result.claims["claimant_country"],
                      result.claims["stance"]))


@pytest.mark.parametrize("text, claimant, country", [
    ("Azerbaijani forces shelled the village of Sotk on Tuesday, Gegharkunik governor "
     "Karen Sargsyan said.", "Karen Sargsyan, governor of Gegharkunik", "AM"),
    ("The governor of Syunik province, Robert Ghukasyan, said Azerbaijani troops fired at "
     "Tegh on Monday.", "Robert Ghukasyan, governor of Syunik province", "AM"),
    ("Mayor of Goris Arush Arushanyan said Azerbaijani forces fired at the town on Monday.",
     "Arush Arushanyan, mayor of Goris", "AM"),
    ("Ukrainian drones struck a fuel depot in the Belgorod region on Sunday, Belgorod "
     "governor Vyacheslav Gladkov said.", "Vyacheslav Gladkov, governor of Belgorod", "RU"),
    ("The Gegharkunik provincial administration said Azerbaijani forces fired at a tractor "
     "driver working in a field near Kut on Friday.", "administration of Gegharkunik", "AM"),
    # a community's or village's head, set off by commas before the verb, or before the name
    ("Azerbaijani forces fired at houses in Chinari late on Tuesday, the head of the Chinari "
     "community, Arthur Hovhannisyan, said.", "Arthur Hovhannisyan, head of Chinari", "AM"),
    ("Azerbaijani forces fired at houses in Tegh late on Wednesday, Tegh village head Arthur "
     "Hovhannisyan said.", "Arthur Hovhannisyan, village head of Tegh", "AM"),
])
def test_a_regional_official_claims_for_the_country_of_the_place(tmp_path, text, claimant,
                                                                  country):
    assert claims_of(tmp_path, text) == [(claimant, country, "asserts")]


def test_he_said_after_a_governor_is_the_governor(tmp_path):
    found = claims_of(tmp_path, "Kursk region governor Alexei Smirnov said on Monday that "
                                "Ukrainian shelling had hit Sudzha. He said one civilian "
                                "was killed.")
    assert found and {c for c, _, _ in found} == {"Alexei Smirnov, governor of Kursk region"}


@pytest.mark.parametrize("text", [
    "London head coach Dale Hunter said the series would be no different.",
    "The head of the Syunik border guard department said the situation was calm.",
])
def test_a_title_that_is_no_regional_office_is_no_official(text):
    from geomap.gazetteer import load_gazetteer
    article = Article(id="a", text=text)
    actors = find_actors(article, (), load_gazetteer().locate(article))
    assert not [a for a in actors if a.kind == "official"]


def test_a_bare_karabakh_administration_speaks_for_no_state(tmp_path):
    """The Karabakh administration of 2022 is the de facto one, not Azerbaijan's."""
    claims = claims_of(tmp_path, "The Karabakh administration said Azerbaijani forces "
                                 "shelled Stepanakert on Sunday.")
    assert ("administration of Karabakh", "AZ", "asserts") not in claims


def test_a_regional_governor_speaks_for_his_state_not_for_its_defence_ministry(tmp_path):
    result = build_article(tmp_path, (
        "MOSCOW, May 8 - Ukrainian drones hit an oil depot in Novozybkov on Tuesday, "
        "injuring two workers, regional governor Alexander Bogomaz said, as Russia's defence "
        "ministry reported downing twelve drones over the region.\n"), MAY_10)
    assert claims_in(result)[0] == ("Alexander Bogomaz, governor", "RU", "asserts")


def test_a_governor_named_without_his_place_denies_for_the_datelines_country(tmp_path):
    result = build_article(tmp_path, (
        "KAPAN, October 16, 2025 - Videos circulating on Telegram on Wednesday claimed that "
        "Azerbaijani troops had shelled the outskirts of Kajaran overnight. Governor Robert "
        "Ghukasyan said that nothing of the kind had happened.\n"), dt.date(2025, 10, 16))
    assert claims_in(result) == [("Robert Ghukasyan, governor", "AM", "denies")]
    (incident,) = result.incidents.itertuples()
    assert list(incident.places) == ["Kajaran"] and incident.stances == "denies"


def test_a_governor_under_a_dateline_naming_no_other_place_of_its_country_is_no_one(
        tmp_path):
    # nothing says which country's governor he is: the dateline's town alone does not
    result = build_article(tmp_path, (
        "KAPAN, October 16, 2025 - Governor Robert Ghukasyan said that nothing of the kind "
        "had happened.\n"), dt.date(2025, 10, 16))
    assert claims_in(result) == []


def test_officials_named_by_their_region_speak_for_its_country(tmp_path):
    result = build_article(tmp_path, (
        "MUZAFFARABAD, 8 May 2025 - Families in the Neelum Valley spent a second night in "
        "bunkers after Indian troops shelled villages along the Line of Control, officials "
        "in Azad Kashmir said on Thursday.\n\nA spokesman for the State Disaster Management "
        "Authority said two civilians were killed and five injured in Athmuqam on Wednesday "
        "evening.\n"), dt.date(2025, 5, 20))
    assert claims_in(result) == [("officials of Azad Kashmir", "PK", "asserts")]
    (incident,) = result.incidents.itertuples()
    assert day_of(incident.date) == dt.date(2025, 5, 7)
    assert {"Athmuqam", "Athhmuqam"} & set(incident.places)   # GeoNames has it twice
    assert (incident.fatalities_min, incident.injured_min) == (2, 5)


def test_officials_of_a_region_under_another_countrys_dateline_are_no_ones(tmp_path):
    # the region may be held by the other side: whose officials they are is not said
    result = build_article(tmp_path, (
        "MOSCOW, 8 May 2025 - Ukrainian drones struck a fuel depot near Donetsk on "
        "Wednesday, officials in Donetsk said.\n"), dt.date(2025, 5, 20))
    assert all(country != "UA" for _, country, _ in claims_in(result))


def test_a_village_head_named_by_office_speaks_for_the_villages_country(tmp_path):
    result = build_article(tmp_path, (
        "SOTK, Armenia, April 11, 2023 - Azerbaijani forces fired mortars at the Armenian "
        "village of Sotk overnight, damaging three houses, the village head said. "
        "Azerbaijan's Defence Ministry said its units had only returned fire after Armenian "
        "forces opened fire at its positions in the Kalbajar district.\n"), dt.date(2023, 4, 12))
    assert ("village head of Sotk", "AM", "asserts") in claims_in(result)
    (incident,) = result.incidents.itertuples()
    assert "Sotk" in list(incident.places)


def test_an_unnamed_governor_under_a_dateline_speaks_for_its_country(tmp_path):
    result = build_article(tmp_path, (
        "IJEVAN, Armenia, June 28, 2023 - Azerbaijani border guards fired on shepherds near "
        "the village of Berkaber on Wednesday, wounding one, the governor said.\n"),
        dt.date(2023, 6, 29))
    assert claims_in(result) == [("governor (Armenia)", "AM", "asserts")]


# --- helper F2 (session 21): a local office holder titled without his place ---

@pytest.mark.parametrize("text, claimant", [
    ("Azerbaijani troops shot and wounded a shepherd near the village of Tegh in Armenia's "
     "Syunik province on Tuesday, provincial governor Robert Ghukasyan said.",
     ("Robert Ghukasyan, governor of Syunik", "AM", "asserts")),
    ("Azerbaijani forces fired mortars at the village of Sotk on Tuesday, damaging a school, "
     "community leader Ashot Ghazaryan said.",
     ("Ashot Ghazaryan, community leader of Sotk", "AM", "asserts")),
    ("Stray shells from fighting across the river landed in the Thai town of Mae Sot on "
     "Tuesday, wounding two people, Mae Sot district chief Somchai Kitcharoen said.",
     ("Somchai Kitcharoen, district chief of Mae Sot", "TH", "asserts")),
])
def test_a_local_office_holder_speaks_for_the_place_named_before_his_title(tmp_path, text,
                                                                           claimant):
    result = build_article(tmp_path, text + "\n", MAY_10)
    assert claims_in(result) == [claimant]
