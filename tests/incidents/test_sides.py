"""The sides of an incident (its actors, ISO codes): the states whose forces, ground or
people the text puts in it (fire from across a border, "its forces", the state whose town
was hit) — and who is no side: a third state that condemns or tells of the fighting, a
broker, a peacekeeper's nation, a country people fled into, gunmen of no state."""

from __future__ import annotations

import datetime as dt

import pytest

from geomap.incidents.actors import find_actors
from geomap.incidents.neighbours import shares_land_border
from geomap.model import Article

from incident_helpers import (
    DRONE, JUNE_20, MAY_10, MAY_10_2025, MAY_8_2024, OCT_15_2025, OCT_20_2025, PAHALGAM,
    SHELLING, TEKNAF, assert_told, build_article, built_one_incident, claims_in, day_of,
    incident_keys, incident_rows, incidents_built, only_incident)


def test_the_side_whose_district_was_fired_at_is_a_side(tmp_path):
    result = build_article(tmp_path, (
        "BAKU, July 7, 2023 - Armenian units fired at the village of Kerimbeyli in the Sharur "
        "district on Friday, damaging two houses, authorities in Nakhchivan said.\n"),
        dt.date(2023, 7, 8))
    (incident,) = result.incidents.itertuples()
    assert sorted(incident.actors) == ["AM", "AZ"]


def test_border_fighting_near_a_village_is_between_the_two_sides(tmp_path):
    result = build_article(tmp_path, "BISHKEK, 19 September 2022 - Border fighting near Kok-Tash "
                                     "on Friday has left a combined toll of about 100 dead. "
                                     "Kyrgyzstan says 59 of its citizens were killed; Tajikistan "
                                     "says 41.", dt.date(2022, 9, 20))
    (incident,) = result.incidents.itertuples()
    assert incident.event_type == "Battles" and incident.date == "2022-09-16"
    assert list(incident.actors) == ["KG", "TJ"] and incident.fatalities_min == 100


def test_fire_from_the_direction_of_a_town_across_the_border(tmp_path):
    result = build_article(tmp_path, "CHAMAN, 15 October 2025 - Mortar fire from the direction of "
                                     "Spin Boldak hit Chaman on Wednesday morning, and hospital "
                                     "officials said four residents were wounded by "
                                     "shrapnel.", dt.date(2025, 10, 16))
    (incident,) = result.incidents.itertuples()
    assert incident.sub_event_type == "Shelling/artillery/missile attack"
    assert list(incident.actors) == ["AF", "PK"] and incident.injured_min == 4


def _forces(text: str) -> list[tuple[str, str]]:
    """(surface, country) of the armed forces ``find_actors`` finds in ``text``."""
    return [(m.surface, m.country_code) for m in find_actors(Article("a", text))
            if m.kind == "military"]


@pytest.mark.parametrize("text", [
    "Libya's interior ministry said its forces clashed with gunmen near Zuwara on Monday.",
    "Libyan forces clashed with gunmen near Zuwara on Monday.",
    "The Libyan interior ministry issued a statement on Monday. It said its own forces "
    "clashed with gunmen near Zuwara.",
])
def test_its_forces_clash_like_the_states_forces(tmp_path, text):
    incident = only_incident(tmp_path, text)
    assert incident.event_type == "Battles"
    assert list(incident.actors) == ["LY"]
    assert "Zuwarah" in incident.places


@pytest.mark.parametrize("text, surface, country", [
    ("Libya's interior ministry said its forces clashed with gunmen near Zuwara.",
     "its forces", "LY"),
    ("Armenia said its troops fired at Azerbaijani positions near Tavush.", "its troops", "AM"),
    ("Kazakhstan said its border guards detained two men near Saryagash.",
     "its border guards", "KZ"),
    ("Kyrgyz border guards said their soldiers came under fire near Batken.",
     "their soldiers", "KG"),
    ("Tajikistan's defence ministry reported that its units had been shelled near Vorukh.",
     "its units", "TJ"),
])
def test_a_possessive_before_forces_names_the_owners_forces(text, surface, country):
    assert (surface, country) in _forces(text)


def test_armenia_said_its_troops_fired_keeps_both_sides(tmp_path):
    incident = only_incident(tmp_path, "Armenia said its troops fired at Azerbaijani "
                                       "positions near Tavush on Monday.")
    assert set(incident.actors) == {"AM", "AZ"}


@pytest.mark.parametrize("text", [
    # "its" is a body, never people named before
    "Sudanese troops clashed with gunmen near Kadugli on Monday. Its units withdrew later.",
    # "their" after two states may be either's
    "Armenia and Azerbaijan said their troops exchanged fire near Tavush on Monday.",
    "Pakistan's foreign ministry accused India, saying its troops fired near Kotli.",
])
def test_no_owner_when_the_possessive_may_stand_for_people_or_two_states(text):
    assert all(not surface.startswith(("its ", "their ", "Its ")) for surface, _ in
               _forces(text))


@pytest.mark.parametrize("text, kind", [
    ("A mortar shell landed on a home near Teknaf on Monday and killed two people, "
     "police said.", SHELLING),
    ("A drone strike hit a market near Teknaf on Monday, killing three people, "
     "police said.", DRONE),
])
def test_fire_with_a_toll_and_no_side_is_an_incident_of_the_state_it_hit(tmp_path, text,
                                                                          kind):
    incident = only_incident(tmp_path, text)
    assert_told(incident, kind, {"BD"}, TEKNAF)
    assert set(incident.actors) == {"BD"}
    assert incident.fatalities_min >= 2


def test_where_the_shell_came_from_told_after_still_gives_both_sides(tmp_path):
    incident = only_incident(
        tmp_path, "A mortar shell landed on a home near Teknaf on Monday and killed two "
        "people, police said. Police said the shell had been fired from Myanmar.")
    assert set(incident.actors) == {"BD", "MM"}


@pytest.mark.parametrize("text", [
    # no day: background
    "Shelling near Teknaf has killed dozens of people over the years, residents said.",
    # what might happen
    "If a mortar shell struck a house near Teknaf, it could kill people, police said.",
])
def test_undated_or_hypothetical_fire_opens_no_incident(tmp_path, text):
    assert build_article(tmp_path, text + "\n", MAY_10).incidents.empty


def test_police_killed_at_home_are_their_states_side_when_no_other_is_named(tmp_path):
    result = build_article(tmp_path, "Eleven police officers were killed in an attack on the "
                                     "police headquarters in Zahedan, Iran's deputy interior "
                                     "minister said on Friday.", dt.date(2024, 6, 18))
    (incident,) = result.incidents.itertuples()
    assert list(incident.actors) == ["IR"]
    assert list(incident.places) == ["Zahedan"]
    assert incident.fatalities_min == incident.fatalities_max == 11


def test_bandits_near_a_border_town_make_no_clash_with_the_country_across(tmp_path):
    result = build_article(tmp_path, "Two Iranian border guards were killed when armed bandits "
                                     "opened fire on their patrol near Mirjaveh, close to the "
                                     "border with Pakistan, on Wednesday "
                                     "night.", dt.date(2024, 4, 4))
    (incident,) = result.incidents.itertuples()
    assert list(incident.actors) == ["IR"]


def test_the_enemy_of_indias_army_is_the_state_the_article_names(tmp_path):
    result = build_article(tmp_path, "NEW DELHI, June 30 – The Indian Army said on Friday that "
                                     "Chinese forces opened fire on positions near Yangtse. \"The "
                                     "enemy shelled the outskirts of Yangtse for two hours,\" the "
                                     "Indian Army said.",
                           dt.date(2023, 6, 30))
    assert {a for i in result.incidents.itertuples() for a in i.actors} == {"CN", "IN"}


def test_a_mine_naming_no_side_hits_the_country_it_lies_in(tmp_path):
    result = build_article(tmp_path, "A deminer was injured in a mine explosion in Gazakh "
                                     "district on Monday.", dt.date(2024, 10, 15))
    (incident,) = result.incidents.itertuples()
    assert list(incident.actors) == ["AZ"] and incident.injured_min == 1


def test_a_region_set_off_by_commas_leaves_the_subject_its_side(tmp_path):
    result = build_article(tmp_path, "On March 10, units of the Armenian armed forces stationed "
                                     "near Berd, Tavush region, opened fire on Azerbaijani army "
                                     "positions in the Ağdam village of Tovuz district, the "
                                     "Azerbaijani Ministry of Defense said.\n\nThe Armenian "
                                     "Defense Ministry said on Tuesday that the reports were "
                                     "\"absolutely false\" and that no shots had been fired by "
                                     "its units on the night of March 10.", dt.date(2025, 3, 11))
    (incident,) = result.incidents.itertuples()       # one clash, asserted and denied
    assert list(incident.actors) == ["AM", "AZ"]
    assert sorted(c.stance for c in result.claims.itertuples()) == ["asserts", "denies"]


def test_the_agent_of_a_deed_by_a_state_is_a_side(tmp_path):
    result = build_article(tmp_path, "ISLAMABAD: Pakistan on Wednesday strongly condemned what it "
                             "called an \"unprovoked violation of its airspace\" by Iran, saying "
                             "that two children were killed and three girls injured in the "
                             "attack near Panjgur in Balochistan late on Tuesday night.",
                           dt.date(2024, 1, 17))
    (incident,) = result.incidents.itertuples()
    assert list(incident.actors) == ["IR", "PK"] and incident.date == "2024-01-16"
    assert [(c.claimant_country, c.stance) for c in result.claims.itertuples()] == [
        ("PK", "asserts")]


def test_a_clash_of_a_states_troops_with_an_armed_group_keeps_the_state(tmp_path):
    result = build_article(tmp_path, "Colombian troops clashed with ELN guerrillas near Tibu "
                                     "on Thursday, killing three, the army said.\n", MAY_10)
    (incident,) = result.incidents.itertuples()
    assert list(incident.actors) == ["CO"]


def test_gunmen_firing_on_a_minibus_or_a_house_have_no_side(tmp_path):
    for target in ("a minibus", "a taxi", "a family", "a house", "four construction workers"):
        result = build_article(tmp_path, (
            f"TBILISI, June 17 — Unknown gunmen opened fire on {target} near Sadakhlo on "
            "Sunday, Georgia's Interior Ministry said.\n"), JUNE_20)
        (incident,) = result.incidents.itertuples()
        assert incident.event_type == "Violence against civilians", target
        assert list(incident.actors) == [], target


def test_masked_men_are_attackers_of_no_state(tmp_path):
    result = build_article(tmp_path, (
        "Masked men opened fire on a car near the village of Kapanakhchi on Sunday night, "
        "Georgian police said on Monday.\n"), JUNE_20)
    (incident,) = result.incidents.itertuples()
    assert incident.event_type == "Violence against civilians"
    assert list(incident.actors) == []


def test_gunmen_attacking_a_border_post_fight_the_state_whose_post_it_is(tmp_path):
    result = build_article(tmp_path, (
        "TEHRAN, June 17 — Unknown gunmen attacked a border post near Mirjaveh on Sunday, "
        "Iran's Foreign Ministry spokesman Nasser Kanaani said.\n"), JUNE_20)
    (incident,) = result.incidents.itertuples()
    assert incident.event_type == "Battles" and list(incident.actors) == ["IR"]
    assert day_of(incident.date) == dt.date(2024, 6, 16)


def test_an_unidentified_drone_in_a_states_airspace_has_that_state_as_its_side(tmp_path):
    result = build_article(tmp_path, (
        "BAKU, June 15 — An unidentified drone violated Azerbaijan's airspace near Jabrayil on "
        "Friday, the Azerbaijani Defence Ministry said.\n"), JUNE_20)
    (incident,) = result.incidents.itertuples()
    assert incident.event_type == "Strategic developments" and list(incident.actors) == ["AZ"]
    assert list(incident.places) == ["Jabrayil"]


def test_the_side_protesting_a_detention_by_its_adversary_is_a_side(tmp_path):
    result = build_article(tmp_path, "Goris, 29 July 2023 - Azerbaijani border guards detained a "
                                     "68-year-old resident of Nagorno-Karabakh at the checkpoint "
                                     "near the Hakari bridge on Saturday. The Armenian Foreign "
                                     "Ministry said the detention was \"an act of "
                                     "abduction\".", JUNE_20)
    (incident,) = result.incidents.itertuples()
    assert list(incident.actors) == ["AM", "AZ"]
    assert list(incident.places) == ["Hakari bridge"]       # not the dateline's Goris


def test_a_spokesman_calling_for_restraint_is_no_party(tmp_path):
    result = build_article(tmp_path, "TEHRAN, March 31 (IRNA) - Iranian Foreign Ministry "
                                     "spokesman Esmaeil Baghaei called on both sides to show "
                                     "restraint after Azerbaijan said Armenian forces had fired "
                                     "on its positions near Sadarak on Sunday.", OCT_15_2025)
    (incident,) = result.incidents.itertuples()
    assert set(incident.actors) == {"AM", "AZ"} and incident.date == "2025-03-30"
    assert claims_in(result) == [("Azerbaijan", "AZ", "asserts")]


def test_the_subject_of_a_bombing_participle_is_a_side(tmp_path):
    result = build_article(tmp_path, "KABUL, 15 October 2025 - Pakistani aircraft had violated "
                                     "Afghan airspace last Thursday, bombing a location in "
                                     "Kabul.", OCT_20_2025)
    [(date, sub, actors, places)] = incident_keys(result)
    assert (date, sub, actors) == ("2025-10-09", "Air/drone strike", ("AF", "PK"))


def test_guyanese_soldiers_are_guyana(tmp_path):
    _, incident = built_one_incident(tmp_path, (
        "Guyanese soldiers and Venezuelan troops exchanged fire on the Cuyuni river on "
        "Tuesday."), JUNE_20)
    assert list(incident.actors) == ["GY", "VE"]


def test_the_border_a_town_lies_on_names_no_side_beside_an_armed_group(tmp_path):
    _, incident = built_one_incident(tmp_path, (
        "Congolese troops and M23 rebels clashed near Bunagana, on the border with Uganda, on "
        "Wednesday."), JUNE_20)
    assert list(incident.actors) == ["CD"]


def test_fire_whose_origin_the_next_sentence_gives_is_an_incident_of_both(tmp_path):
    result = build_article(tmp_path, (
        "A rocket landed in a bazaar in Chaman on Tuesday, killing a boy and wounding four "
        "people. Local officials said the rocket had been fired from Afghanistan.\n"),
        MAY_8_2024)
    (shelling,) = incident_rows(result)
    assert set(shelling.actors) == {"AF", "PK"}
    assert "Chaman" in list(shelling.places)
    assert day_of(shelling.date) == dt.date(2024, 5, 7)
    assert shelling.fatalities_min == 1


def test_fire_from_across_the_border_is_the_hit_sides_incident(tmp_path):
    result = build_article(tmp_path, (
        "A mortar round hit a house near Chaman on Tuesday, killing a boy. Local officials "
        "said the round was fired from across the border.\n"), MAY_8_2024)
    (shelling,) = incident_rows(result)
    assert list(shelling.actors) == ["PK"]


def test_fire_with_no_word_of_its_origin_is_an_incident_of_the_side_it_hit(tmp_path):
    # a dated toll at a known place: the event happened; the side it hit is its only side
    result = build_article(tmp_path, (
        "A mortar round hit a house near Chaman on Tuesday, killing a boy. Local officials "
        "said an investigation was under way.\n"), MAY_8_2024)
    (shelling,) = incident_rows(result)
    assert list(shelling.actors) == ["PK"]
    assert "Chaman" in list(shelling.places)


CEASEFIRE = (
    "ISLAMABAD, May 10 - India and Pakistan agreed on Saturday to a full and immediate "
    "ceasefire.\n\n"
    "Pakistan's foreign ministry said it remained committed to the ceasefire and that its "
    "forces were acting with restraint. It said Indian troops had violated the ceasefire in "
    "some areas.\n")


def test_the_neighbour_that_says_the_other_violated_the_ceasefire_is_a_side(tmp_path):
    (violation,) = [i for i in incidents_built(tmp_path, CEASEFIRE, MAY_10_2025)
                    if i.event_type == "Battles"]
    assert sorted(violation.actors) == ["IN", "PK"]


def test_a_third_state_saying_so_is_no_side(tmp_path):
    text = ("WASHINGTON, May 10 - The U.S. State Department said on Saturday that Indian "
            "troops had violated the ceasefire in some areas.\n")
    (violation,) = [i for i in incidents_built(tmp_path, text, MAY_10_2025) if i.event_type == "Battles"]
    assert list(violation.actors) == ["IN"]


def test_a_neighbour_saying_so_of_fire_on_the_actors_own_ground_is_no_side(tmp_path):
    text = ("Pakistan's foreign ministry said Indian troops had shelled a village near Uri "
            "on Saturday, killing two civilians.\n")
    (shelling,) = incidents_built(tmp_path, text, MAY_10_2025)
    assert list(shelling.actors) == ["IN"]


def test_neighbours_come_from_the_boundary_set():
    assert shares_land_border("IN", "PK") and shares_land_border("AF", "PK")
    assert shares_land_border("SD", "ET") and shares_land_border("AM", "AZ")
    assert not shares_land_border("US", "IN") and not shares_land_border("RU", "AM")


BUNAGANA = (
    "KAMPALA, June 13 - M23 rebels captured the Congolese town of Bunagana on the Ugandan "
    "border early on Monday after heavy fighting with government troops.\n\n"
    "The Congolese army (FARDC) said 137 of its soldiers and police had fled across the "
    "border into Uganda during the fighting.\n\n"
    "\"The Rwandan Defence Forces took part directly in this attack on Bunagana,\" the "
    "Congolese army said in a statement. Kigali rejected the accusation as baseless.\n")


def test_the_country_fled_into_is_no_side(tmp_path):
    found = incidents_built(tmp_path, BUNAGANA, dt.date(2022, 6, 14))
    assert found and all("UG" not in i.actors for i in found)
    (fall,) = [i for i in found if "Bunagana" in i.places]
    assert sorted(fall.actors) == ["CD", "RW"]


BACKGROUND = (
    "SRINAGAR, April 22, 2025 - Gunmen opened fire on tourists at the Baisaran meadow near "
    "Pahalgam in Anantnag district on Tuesday afternoon, killing at least 26 people and "
    "wounding 17, police said.\n\n"
    "Pakistan denied any involvement in the attack.\n")


def test_a_state_denying_a_part_in_gunmens_attack_is_no_side_and_reports_merge(tmp_path):
    import geomap
    from geomap.model import BuildOptions

    for name, text in (("background.txt", BACKGROUND), ("sindoor.txt", PAHALGAM)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = geomap.build([str(tmp_path / "background.txt"), str(tmp_path / "sindoor.txt")],
                          BuildOptions(published=dt.date(2025, 5, 7)))
    (attack,) = [i for i in result.incidents.itertuples() if "Pahalgam" in i.places]
    assert list(attack.actors) == []
    assert sorted(attack.articles) == ["background.txt", "sindoor.txt"]


def test_a_third_state_that_condemns_the_shelling_is_no_side(tmp_path):
    _, incident = built_one_incident(
        tmp_path, "Georgia condemned the shelling of Sotk by Azerbaijani forces on Monday.", JUNE_20)
    assert sorted(incident.actors) == ["AM", "AZ"]      # Sotk is Armenia's


def test_a_neighbour_that_condemns_is_no_side_either(tmp_path):
    _, incident = built_one_incident(
        tmp_path, "Iran condemned the shelling of Sotk by Azerbaijani forces on Monday.", JUNE_20)
    assert sorted(incident.actors) == ["AM", "AZ"]


def test_the_state_hit_that_condemns_stays_a_side(tmp_path):
    _, incident = built_one_incident(
        tmp_path, "Armenia condemned the shelling of Sotk by Azerbaijani forces on Monday.", JUNE_20)
    assert sorted(incident.actors) == ["AM", "AZ"]


def test_a_third_defence_ministry_telling_of_two_sides_fighting_is_no_side(tmp_path):
    result, incident = built_one_incident(
        tmp_path, "Turkey's defence ministry said Armenian forces shelled Azerbaijani "
                  "positions near Sadarak on Monday.", JUNE_20)
    assert sorted(incident.actors) == ["AM", "AZ"]
    assert [(c, s) for _, c, s in claims_in(result)] == [("TR", "asserts")]


def test_the_state_reporting_an_armed_groups_attack_on_civilians_is_no_attacker(tmp_path):
    result, incident = built_one_incident(
        tmp_path, "Pakistan's foreign office said Taliban fighters fired on civilians near "
                  "Spin Boldak on Monday, killing three.", JUNE_20)
    assert incident.event_type == "Violence against civilians"
    assert "PK" not in list(incident.actors)
    assert incident.fatalities_min == 3
    assert [(c, s) for _, c, s in claims_in(result)] == [("PK", "asserts")]


def test_a_peacekeepers_nation_is_no_side_of_the_blast_that_hit_him(tmp_path):
    result = build_article(tmp_path, (
        "A Ghanaian peacekeeper was wounded when a roadside bomb hit a UN convoy near Menaka "
        "on Tuesday, the UN mission said.\n"), dt.date(2024, 5, 8))
    (incident,) = result.incidents.itertuples()
    assert (incident.injured_min, incident.injured_max) == (1, 1)
    assert "GH" not in incident.actors


# --- the state hit when the attacker is told a sentence before ----------------------------

def test_a_strike_whose_attacker_is_told_before_has_the_state_it_hit_too(tmp_path):
    result = build_article(tmp_path, (
        "ANKARA, March 4 (Wire) – Turkey's army said its soldiers had fought Kurdish "
        "militants near the town of Semdinli on Saturday, killing four of them. Before dawn "
        "on Sunday, warplanes struck houses near the town of Zakho, killing three people, "
        "residents said.\n"), dt.date(2024, 3, 4))
    (strike,) = [i for i in result.incidents.itertuples() if "Zaxo" in i.places]
    assert (strike.event_type, strike.sub_event_type) == DRONE
    assert set(strike.actors) == {"TR", "IQ"}


def test_a_state_said_to_have_had_a_part_in_an_attack_by_others_is_a_side(tmp_path):
    # the migrants' attack is told first; "the attack" taken up with a state's officers in
    # it (no day or place of its own) makes that state a side, and its denial is this
    # incident's
    result, incident = built_one_incident(tmp_path, (
        "WARSAW, May 10 – Dozens of migrants attacked Polish soldiers with stones and "
        "branches at the fence near Kuznica on Friday, injuring two of them, the border "
        "guard said.\n\nThe border guard said Belarusian officers had led the group to the "
        "barrier and handed out wire cutters before the attack.\n\nBelarus's border "
        "committee called the account a fabrication.\n"), MAY_10_2025)
    assert set(incident.actors) == {"PL", "BY"}
    assert ("BY", "denies") in [(country, stance) for _, country, stance in claims_in(result)]


def test_people_told_again_by_their_count_keep_their_nation_as_a_side(tmp_path):
    # "two Malian herders … the two men had been arrested": the herders' state stays a side
    result = build_article(tmp_path, (
        "BAMAKO, May 8 (Wire) - Mali's foreign ministry on Wednesday protested the arrest of "
        "two Malian herders.\n\nIvory Coast's army said on Tuesday that the two men had been "
        "arrested on Monday near Tengrela while smuggling fuel.\n"), MAY_10)
    arrest = next(i for i in result.incidents.itertuples() if "Tengréla" in list(i.places))
    assert {"CI", "ML"} <= set(arrest.actors)
    assert ("Ivorian armed forces", "CI", "asserts") in claims_in(result)


def test_the_two_sides_are_no_group_counted_again(tmp_path):
    # "two Malian herders … the two sides agreed": the sides are no herders of Mali
    from geomap.incidents.actors import find_actors
    from geomap.model import Article

    text = ("Police held two Malian herders near Tengrela on Monday. On Tuesday the two sides "
            "agreed to free them.")
    mentions = find_actors(Article(id="a", text=text))
    assert [m for m in mentions if text[m.start:m.end].startswith("the two")] == []


def test_a_state_that_puts_the_attack_off_its_ground_is_no_side_of_it(tmp_path):
    incident = only_incident(tmp_path, (
        "NOUAKCHOTT, May 8 (Wire) - Gunmen attacked a convoy of Malian traders near Nioro du "
        "Sahel on Monday, killing four, Mali's army said. Mauritania's army said the attack "
        "had not taken place on Mauritanian territory."))
    assert "MR" not in incident.actors
    assert list(incident.places) == ["Nioro"]


@pytest.mark.parametrize("text, side", [
    ("An explosion in a field outside the village of Velyki Kosnytsi, in Moldova's north "
     "near the Ukrainian border, killed two farm workers on Tuesday.\n", "MD"),
    ("A blast tore through a market in the Afghan border town of Spin Boldak on Friday, "
     "killing three people.\n", "AF"),
])
def test_a_deadly_blast_with_no_attacker_named_has_the_state_it_hit_as_a_side(tmp_path, text,
                                                                              side):
    incident = only_incident(tmp_path, text)
    assert list(incident.actors) == [side]


@pytest.mark.parametrize("text, sides", [
    ("Estonia's defence forces say two Russian military helicopters, an Mi-8 and a Ka-52, "
     "crossed into Estonian airspace near Narva on Tuesday morning.", ["EE", "RU"]),
    ("Two Russian military helicopters, an Mi-8 and a Ka-52, crossed into Estonian "
     "airspace near Narva on Tuesday morning.", ["EE", "RU"]),
    ("Kyrgyz officials said three Tajik soldiers, two of them officers, opened fire on a "
     "Kyrgyz post near Batken on Monday.", ["KG", "TJ"]),
])
def test_a_side_named_before_an_apposition_is_the_side_of_the_verb_after_it(
        tmp_path, text, sides):
    # "…, an Mi-8 and a Ka-52, crossed …": what the subject is, set off by commas, keeps
    # the subject's state in the clause of the verb
    incident = only_incident(tmp_path, text, MAY_8_2024)
    assert sorted(incident.actors) == sides


@pytest.mark.parametrize("text, sides", [
    ("Tajikistan's border service said Kyrgyz forces fired first near Isfara on Monday, "
     "wounding two civilians, and that Tajik troops had returned fire.", ["KG", "TJ"]),
    ("Armenia's defence ministry said Azerbaijani units fired first near Sotk on Wednesday, "
     "and that Armenian forces responded and returned fire.", ["AM", "AZ"]),
    ("Thailand's army said Cambodian troops fired first near Chong Bok on Thursday, and "
     "that Thai soldiers returned fire.", ["KH", "TH"]),
])
def test_fire_returned_has_the_side_that_fired_first(tmp_path, text, sides):
    # the fire answered, told in a clause before the return of fire, is the event's too
    incident = only_incident(tmp_path, text, dt.date(2024, 5, 11))
    assert sorted(incident.actors) == sides


def test_fire_returned_takes_no_side_from_a_clause_that_tells_no_fire(tmp_path):
    # the clause before tells no fire answered: the mediators' state is no side
    incident = only_incident(tmp_path, "While Iranian mediators were in Yerevan, Armenian "
                             "troops returned fire near Sotk on Thursday, the ministry said.",
                             dt.date(2024, 5, 11))
    assert sorted(incident.actors) == ["AM"]
