"""Regional officials as claimants: governors, mayors and district heads speak for the
country the gazetteer puts their place in ("Gegharkunik governor Karen Sargsyan said …"
is Armenia's word), as a ministry does. Border reporting quotes them often."""

from __future__ import annotations

import datetime as dt

import pytest

import geomap
from geomap.incidents import find_actors
from geomap.model import Article, BuildOptions


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
