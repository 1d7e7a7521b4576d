"""Local voices as claimants (probes I and K): a governor titled before his name under a
dateline of his country, officials named by the region they serve; and where the place
the dead were counted at is read ("killed … in Athmuqam")."""

from __future__ import annotations

import datetime as dt

from incident_helpers import build_article, claims_in, day_of

from geomap.incidents.casualties import harmed_at


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
    assert "Athmuqam" in incident.places
    assert (incident.fatalities_min, incident.injured_min) == (2, 5)


def test_officials_of_a_region_under_another_countrys_dateline_are_no_ones(tmp_path):
    # the region may be held by the other side: whose officials they are is not said
    result = build_article(tmp_path, (
        "MOSCOW, 8 May 2025 - Ukrainian drones struck a fuel depot near Donetsk on "
        "Wednesday, officials in Donetsk said.\n"), dt.date(2025, 5, 20))
    assert all(country != "UA" for _, country, _ in claims_in(result))


def test_the_place_after_a_harm_word_is_where_the_dead_were_counted():
    text = ("A spokesman said two civilians were killed and five injured in Athmuqam on "
            "Wednesday. One of the wounded was later moved to Muzaffarabad. Three soldiers "
            "died near Kel. Earlier cases included the killing of a driver in Jermuk.")
    assert harmed_at(text, 0, text.index("Athmuqam"))
    assert harmed_at(text, 0, text.index("Kel"))
    assert not harmed_at(text, 0, text.index("Muzaffarabad"))
    assert not harmed_at(text, 0, text.index("Jermuk"))


def test_a_village_head_named_by_office_speaks_for_the_villages_country(tmp_path):
    result = build_article(tmp_path, (
        "SOTK, Armenia, April 11, 2023 - Azerbaijani forces fired mortars at the Armenian "
        "village of Sotk overnight, damaging three houses, the village head said. "
        "Azerbaijan's Defence Ministry said its units had only returned fire after Armenian "
        "forces opened fire at its positions in the Kalbajar district.\n"), dt.date(2023, 4, 12))
    assert ("village head of Sotk", "AM", "asserts") in claims_in(result)
    (incident,) = result.incidents.itertuples()
    assert "Sotk" in list(incident.places)


def test_animals_killed_are_no_casualties():
    from geomap.incidents.casualties import find_casualties

    found = find_casualties("The governor said a shepherd was slightly wounded and that "
                            "several cows were killed.")
    assert (found.fatalities_min, found.injured_min) == (None, 1)
    found = find_casualties("The shelling killed 30 sheep and wounded two shepherds.")
    assert (found.fatalities_min, found.injured_min) == (None, 2)


def test_an_unnamed_governor_under_a_dateline_speaks_for_its_country(tmp_path):
    result = build_article(tmp_path, (
        "IJEVAN, Armenia, June 28, 2023 - Azerbaijani border guards fired on shepherds near "
        "the village of Berkaber on Wednesday, wounding one, the governor said.\n"),
        dt.date(2023, 6, 29))
    assert claims_in(result) == [("governor (Armenia)", "AM", "asserts")]


def test_the_service_is_the_body_named_a_service_not_the_border_guards_before(tmp_path):
    result = build_article(tmp_path, (
        "TBILISI, 18 January 2024 - Russian border guards detained two Georgian residents near "
        "Tskhinvali on Thursday, Georgia's State Security Service said.\n\nSeparately, Russian "
        "soldiers fired on a car carrying Georgian workers near Akhalgori, wounding one of "
        "them, the service said.\n"), dt.date(2024, 1, 19))
    assert {country for _, country, _ in claims_in(result)} == {"GE"}


def test_a_reaction_after_the_same_voice_goes_on_is_the_incidents(tmp_path):
    result = build_article(tmp_path, (
        "TBILISI, May 5 (Reuters) - Russian border guards detained two Georgian citizens near "
        "the village of Ergneti close to the administrative boundary line with South Ossetia "
        "on Sunday, Georgia's State Security Service said.\n\nThe service said the men had "
        "been taken to Tskhinvali. The de facto authorities in Tskhinvali said the two had "
        "crossed the \"state border\" illegally.\n"), dt.date(2024, 5, 6))
    assert [claimant for claimant, _, _ in claims_in(result)] == [
        "Georgian security service", "South Ossetia de facto authorities"]
