"""Session 18 (helper N): who the sides of an incident are and where it was, as a user
reads them off a build — the neighbouring state that says the other fired across the
border is a side (a third state is not); a country people fled into is none; gunmen's
attack on civilians told with "was the deadliest on civilians" is Violence against
civilians, its toll given where another sentence names it by its place; and a town whose
residents only heard the gunfire is near the event, not its place."""

from __future__ import annotations

import datetime as dt

from incident_helpers import build_article

from geomap.incidents.neighbours import shares_land_border

MAY_10 = dt.date(2025, 5, 10)


def incidents_of(tmp_path, text: str, published=MAY_10):
    return list(build_article(tmp_path, text, published).incidents.itertuples())


CEASEFIRE = (
    "ISLAMABAD, May 10 - India and Pakistan agreed on Saturday to a full and immediate "
    "ceasefire.\n\n"
    "Pakistan's foreign ministry said it remained committed to the ceasefire and that its "
    "forces were acting with restraint. It said Indian troops had violated the ceasefire in "
    "some areas.\n")


def test_the_neighbour_that_says_the_other_violated_the_ceasefire_is_a_side(tmp_path):
    (violation,) = [i for i in incidents_of(tmp_path, CEASEFIRE)
                    if i.event_type == "Battles"]
    assert sorted(violation.actors) == ["IN", "PK"]


def test_a_third_state_saying_so_is_no_side(tmp_path):
    text = ("WASHINGTON, May 10 - The U.S. State Department said on Saturday that Indian "
            "troops had violated the ceasefire in some areas.\n")
    (violation,) = [i for i in incidents_of(tmp_path, text) if i.event_type == "Battles"]
    assert list(violation.actors) == ["IN"]


def test_a_neighbour_saying_so_of_fire_on_the_actors_own_ground_is_no_side(tmp_path):
    text = ("Pakistan's foreign ministry said Indian troops had shelled a village near Uri "
            "on Saturday, killing two civilians.\n")
    (shelling,) = incidents_of(tmp_path, text)
    assert list(shelling.actors) == ["IN"]


def test_neighbours_come_from_the_boundary_set():
    assert shares_land_border("IN", "PK") and shares_land_border("AF", "PK")
    assert shares_land_border("SD", "ET") and shares_land_border("AM", "AZ")
    assert not shares_land_border("US", "IN") and not shares_land_border("RU", "AM")


SPIN_BOLDAK = (
    "CHAMAN - The border crossing has been closed since Sunday.\n\n"
    "Afghan officials in Spin Boldak told reporters on Wednesday that Pakistani shelling had "
    "hit homes in the town, and that dozens of civilians had been killed or hurt.\n")


def test_the_shelled_town_the_officials_spoke_in_is_the_place_and_their_state_a_side(
        tmp_path):
    (shelling,) = incidents_of(tmp_path, SPIN_BOLDAK)
    assert sorted(shelling.actors) == ["AF", "PK"]
    assert "Spin Boldak" in shelling.places or "Spīn Bōldak" in shelling.places


BUNAGANA = (
    "KAMPALA, June 13 - M23 rebels captured the Congolese town of Bunagana on the Ugandan "
    "border early on Monday after heavy fighting with government troops.\n\n"
    "The Congolese army (FARDC) said 137 of its soldiers and police had fled across the "
    "border into Uganda during the fighting.\n\n"
    "\"The Rwandan Defence Forces took part directly in this attack on Bunagana,\" the "
    "Congolese army said in a statement. Kigali rejected the accusation as baseless.\n")


def test_the_country_fled_into_is_no_side(tmp_path):
    found = incidents_of(tmp_path, BUNAGANA, dt.date(2022, 6, 14))
    assert found and all("UG" not in i.actors for i in found)
    (fall,) = [i for i in found if "Bunagana" in i.places]
    assert sorted(fall.actors) == ["CD", "RW"]


PAHALGAM = (
    "NEW DELHI, May 7, 2025 - The Indian armed forces early on Wednesday struck nine sites "
    "in Pakistan that the government described as terrorist infrastructure, a fortnight "
    "after the Pahalgam attack in which 26 people, most of them tourists, were shot dead.\n\n"
    "The attack at Baisaran meadow near Pahalgam on April 22 was the deadliest on civilians "
    "in Jammu and Kashmir in years. India blamed Pakistan-based groups for it, a charge "
    "Islamabad denied.\n")


def test_an_attack_that_was_the_deadliest_on_civilians_is_violence_against_them(tmp_path):
    (attack,) = [i for i in incidents_of(tmp_path, PAHALGAM, dt.date(2025, 5, 7))
                 if "Pahalgam" in i.places]
    assert (attack.event_type, attack.sub_event_type) == ("Violence against civilians",
                                                          "Attack")


def test_the_toll_of_the_attack_named_by_its_place_is_the_incidents(tmp_path):
    (attack,) = [i for i in incidents_of(tmp_path, PAHALGAM, dt.date(2025, 5, 7))
                 if "Pahalgam" in i.places]
    assert (attack.fatalities_min, attack.fatalities_max) == (26, 26)


def test_the_dead_shot_dead_with_an_aside_are_counted(tmp_path):
    text = ("SRINAGAR, April 22, 2025 - Gunmen opened fire on tourists near Pahalgam on "
            "Tuesday. Police said 26 people, most of them tourists, were shot dead.\n")
    (attack,) = incidents_of(tmp_path, text, dt.date(2025, 4, 22))
    assert attack.fatalities_min == 26


GALLABAT = (
    "Sudan's army said it had repelled an attack by Ethiopian militias in the disputed "
    "al-Fashaga border area on Monday. Residents of the town of Gallabat said they heard "
    "heavy gunfire throughout Monday afternoon.\n")


def test_a_town_whose_residents_heard_the_gunfire_is_only_near_it(tmp_path):
    # the scene is the disputed farmland; the town where it was heard is only near
    (attack,) = incidents_of(tmp_path, GALLABAT, dt.date(2024, 6, 20))
    assert list(attack.places) == ["Al-Fashaga", "Gallabat"]
    assert attack.geo_precision == 2


def test_a_town_where_explosions_were_heard_is_only_near_them(tmp_path):
    text = ("Explosions were heard in Gallabat on Monday night after Ethiopian forces "
            "shelled Sudanese positions, Sudan's army said.\n")
    (attack,) = incidents_of(tmp_path, text, dt.date(2024, 6, 20))
    assert attack.geo_precision == 2


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
