"""Where an incident is drawn: at the town, district or sector its text puts it at, not at
a namesake elsewhere, the dateline's town, the city an official spoke from, a hospital the
wounded were taken to, or a region it was far from; a village the gazetteer lacks falls
back to its province or country."""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd
import pytest
from shapely.geometry import Point

from geomap.gazetteer.disambiguation import haversine_km
from geomap.incidents.tables import DIVISION_WORDS

from incident_helpers import (
    JUNE_20, MAY_10, MAY_10_2025, MAY_15, MAY_20, OCT_15_2025, build_article,
    built_one_incident, claims_in, day_of, incidents_built, km_from, only_incident)


@pytest.mark.parametrize("text, places, precision", [
    ("KAPAN, Armenia, May 3, 2023 - Azerbaijani soldiers fired on a car travelling from "
     "Goris to Kapan on Tuesday, wounding the driver, police said.\n", ["Goris", "Kapan"], 2),
    ("YEREVAN, May 3, 2023 - A minibus driving from Goris to Kapan came under fire from "
     "Azerbaijani positions near Davit Bek on Tuesday, wounding two passengers, police "
     "said.\n", ["Davit Bek"], 2),
])
def test_a_journeys_ends_are_not_where_it_was_fired_on(tmp_path, text, places, precision):
    result = build_article(tmp_path, text, dt.date(2023, 5, 4))
    (incident,) = result.incidents.itertuples()
    assert list(incident.places) == places
    assert incident.geo_precision == precision
    assert incident.event_type == "Violence against civilians"


def test_a_drone_brought_down_over_a_region_is_placed_in_it(tmp_path):
    result = build_article(tmp_path, (
        "BAKU, August 2, 2023 - Azerbaijani air defence units fired at an Armenian drone over "
        "the Nakhchivan Autonomous Republic on Wednesday and brought it down, the Azerbaijani "
        "Defence Ministry said.\n"), dt.date(2023, 8, 4))
    (incident,) = result.incidents.itertuples()
    assert list(incident.places) == ["Nakhchivan Autonomous Republic"]
    assert sorted(incident.actors) == ["AM", "AZ"]


def test_a_stretch_from_one_place_to_another_is_no_exact_place(tmp_path):
    result = build_article(tmp_path, (
        "The Indian Army says around 300 to 400 drones were used by Pakistan in 36 locations "
        "from Leh to Sir Creek on Thursday night, and that most were shot down.\n"), MAY_15)
    (incident,) = result.incidents.itertuples()
    assert incident.geo_precision == 3
    assert incident.geometry.geom_type != "Point"      # the border the stretch runs along
    assert list(incident.places) == ["Leh"]


def test_a_journey_from_one_place_to_another_names_its_places(tmp_path):
    result = build_article(tmp_path, (
        "SRINAGAR, May 9, 2025 - Pakistani shells hit a bus travelling from Jammu to Poonch "
        "on Friday, killing two people, police said.\n"), MAY_15)
    (incident,) = result.incidents.itertuples()
    assert incident.geo_precision != 3


MARCH_3 = dt.date(2024, 3, 3)       # a Sunday


def test_a_province_named_beside_a_town_inside_it_is_drawn_at_the_town(tmp_path):
    incident = only_incident(tmp_path, (
        "TEHRAN, March 3 (Wire) – Iranian forces said they shelled militant camps in Iran's "
        "Sistan-Baluchestan province on Sunday. The Pakistani army said the shells landed "
        "near the Iranian town of Saravan and killed four people."), MARCH_3)
    assert km_from(incident, 27.37, 62.33) < 10          # Saravan, not the province centre
    assert incident.geo_precision == 2                   # near the town


def test_a_river_known_as_one_point_beside_a_town_is_drawn_at_the_town(tmp_path):
    """The Evros is a table row at its mouth, 65 km from Lavara: the town is the scene."""
    incident = only_incident(tmp_path, (
        "Turkish soldiers fired shots at a Greek patrol near Lavara on the Evros river on "
        "Sunday, wounding one officer, Greek police said."), MARCH_3)
    assert "Evros River" in list(incident.places)
    assert km_from(incident, 41.27, 26.39) < 5           # Lavara
    assert incident.geometry.geom_type == "Point"


def test_a_district_of_a_province_is_the_place_not_both(tmp_path):
    incident = only_incident(tmp_path, (
        "KABUL, March 3 (Wire) – Pakistani jets bombed three villages in the Dand-e Patan "
        "district of Paktia province on Sunday, killing nine people, Afghan officials said."), MARCH_3)
    assert list(incident.places) == ["Dand Aw Patan District"]
    assert km_from(incident, 33.82, 69.92) < 10
    assert incident.geo_precision == 2


@pytest.mark.parametrize("where", [
    "in the Barmal district of Paktika",
    "in Paktika's Barmal district",
])
def test_a_district_the_gazetteer_lacks_falls_back_to_its_province(tmp_path, where):
    incident = only_incident(tmp_path, (
        f"KABUL, March 3 (Wire) – Pakistani jets bombed three villages {where} on Sunday, "
        "killing twelve people, Afghan officials said."), MARCH_3)
    assert "Paktika" in incident.places
    assert km_from(incident, 32.87, 68.81) < 15           # the province, not the border
    assert incident.geo_precision in (2, 3)               # never an exact place


def test_a_clinic_that_was_hit_is_the_scene(tmp_path):
    incident = only_incident(tmp_path, (
        "ERBIL, Aug 18 (Wire) – A Turkish drone strike hit a clinic in the Sinjar district "
        "of northern Iraq on Tuesday, killing at least eight people, Iraqi officials said."),
        dt.date(2021, 8, 18))
    assert km_from(incident, 36.32, 41.88) < 15           # Sinjar, not all of Iraq
    assert incident.geo_precision == 2


def test_a_hospital_the_wounded_were_taken_to_is_still_not_the_scene(tmp_path):
    incident = only_incident(tmp_path, (
        "YEREVAN, March 3 (Wire) – Azerbaijani forces shelled Sotk on Sunday, Armenia's "
        "defence ministry said. One soldier was wounded and is being treated at a hospital "
        "in Jermuk."), MARCH_3)
    assert list(incident.places) == ["Sotk"]


def test_a_town_the_text_puts_in_another_country_is_not_the_gazetteers_namesake(tmp_path):
    result = build_article(tmp_path, "Iranian Revolutionary Guards killed two militants in a "
                                     "clash near Taftan, in Iran's Sistan and Baluchestan "
                                     "province, on Monday, IRNA reported.", dt.date(2024, 4, 9))
    (incident,) = result.incidents.itertuples()
    assert list(incident.places) == ["Sistan and Baluchestan"]
    assert "PK" not in set(result.places.country_code)


def test_a_village_the_text_puts_in_a_district_is_not_a_namesake_in_another(tmp_path):
    result = build_article(tmp_path, "Two Azerbaijani soldiers were injured in a mine explosion "
                                     "in the Gizilhajili village of Gazakh district on Monday.",
                           dt.date(2024, 10, 14))
    (incident,) = result.incidents.itertuples()
    assert list(incident.places) == ["Gazakh District"]     # not Gizilhajili of Goranboy
    assert incident.injured_min == 2


def test_an_armed_groups_name_is_no_place(tmp_path):
    result = build_article(tmp_path, "Pakistani drones struck hideouts of the Balochistan "
                                     "Liberation Front inside Iran on Thursday, killing nine "
                                     "people, Iranian officials said.", dt.date(2024, 1, 18))
    assert "Balochistan" not in set(result.places.name)


def test_a_byline_before_the_dateline_leaves_the_datelines_town_out_of_the_incident(tmp_path):
    result = build_article(tmp_path, "Clashes on the border\n\nBy Anna Petrosyan YEREVAN, March "
                                     "15 – Azerbaijani forces shelled Sotk on Thursday, the "
                                     "Armenian Defence Ministry said.", dt.date(2024, 3, 16))
    (incident,) = result.incidents.itertuples()
    assert list(incident.places) == ["Sotk"] and incident.date == "2024-03-14"


def test_a_meeting_in_the_lead_naming_no_venue_is_where_the_dateline_was_filed(tmp_path):
    result = build_article(tmp_path, "ALMATY, May 11, 2024 (Wire) - The foreign ministers of "
                                     "Armenia and Azerbaijan ended two days of talks in "
                                     "Kazakhstan's largest city on Saturday, officials "
                                     "said.", dt.date(2024, 5, 11))
    (incident,) = result.incidents.itertuples()
    assert list(incident.places) == ["Almaty"] and incident.geo_precision == 1


def test_kobi_on_the_georgian_military_road_is_not_gobu_by_baku(tmp_path):
    result = build_article(tmp_path, "STEPANTSMINDA, January 3, 2024 - Russian border guards "
                                     "detained two Georgian drivers near Kobi on "
                                     "Wednesday.", dt.date(2024, 1, 3))
    assert "AZ" not in set(result.places.country_code)


def test_a_towns_municipality_is_an_area_not_the_town(tmp_path):
    result = build_article(tmp_path, "TBILISI, Nov 14 - Georgia's State Security Service said "
                                     "Russian forces had detained a Georgian citizen in Gori "
                                     "municipality on Monday.",
                           dt.date(2023, 11, 14))
    (incident,) = result.incidents.itertuples()
    assert list(incident.places) == ["Gori"] and incident.geo_precision == 2


def test_an_attack_at_a_village_the_gazetteer_lacks_is_drawn_over_its_country(tmp_path):
    result = build_article(tmp_path, (
        "TBILISI, 18 January 2024 - Unknown gunmen fired at a car on the road near the "
        "village of Odzisi on Thursday, wounding the driver, Georgia's State Security "
        "Service said.\n"), dt.date(2024, 1, 19))
    (incident,) = result.incidents.itertuples()
    assert incident.event_type == "Violence against civilians"
    assert day_of(incident.date) == dt.date(2024, 1, 18)
    assert (incident.injured_min, incident.injured_max) == (1, 1)
    assert incident.geo_precision == 3 and incident.territory == "GE"
    assert [(country, stance) for _, country, stance in claims_in(result)] == [
        ("GE", "asserts")]


def test_the_hospital_town_is_not_the_scene_of_an_attack_at_an_unknown_village(tmp_path):
    # Gori is where the driver was treated, South Ossetia a boundary the
    # ministry would not link the shooting to: the attack is somewhere in Georgia
    result = build_article(tmp_path, (
        "Unknown gunmen fire at car on Georgian road\n\nTBILISI, March 3, 2024 - Unknown "
        "gunmen fired at a car on the road near the village of Odzisi late on Saturday, "
        "wounding the driver, Georgia's Interior Ministry said.\n\nThe driver, a 34-year-old "
        "local man, was taken to hospital in Gori with gunshot wounds to his arm.\n\nThe "
        "ministry did not say whether the shooting was linked to the nearby administrative "
        "boundary line with South Ossetia.\n"), JUNE_20)
    (incident,) = result.incidents.itertuples()
    assert day_of(incident.date) == dt.date(2024, 3, 2)
    assert incident.geo_precision == 3 and incident.territory == "GE"


def test_an_attack_by_unknown_gunmen_that_names_no_scene_is_still_no_incident(tmp_path):
    # the rule that keeps placeless background out stands: only a scene named and not
    # found falls back to the country
    result = build_article(tmp_path, (
        "TBILISI, 18 January 2024 - Unknown gunmen fired at a car on Thursday, wounding the "
        "driver, Georgia's State Security Service said.\n"), dt.date(2024, 1, 19))
    assert len(result.incidents) == 0


def test_a_village_called_georgian_is_drawn_over_georgia(tmp_path):
    result = build_article(tmp_path, (
        "BAKU, June 19 — Unknown gunmen opened fire on a car near the Georgian village of "
        "Azizkendi on Tuesday evening, the Azerbaijani Foreign Ministry said.\n"), JUNE_20)
    (incident,) = result.incidents.itertuples()
    assert incident.territory == "GE" and incident.geo_precision == 3


def test_an_unknown_village_is_in_the_country_the_lead_put_the_attack_in(tmp_path):
    result = build_article(tmp_path, (
        "Baku voices concern over attack on ethnic Azerbaijanis in Georgia\n\n"
        "BAKU, June 19 (APA) — Azerbaijan's Foreign Ministry on Wednesday expressed concern "
        "over an attack on ethnic Azerbaijani farmers in neighbouring Georgia.\n\nAccording "
        "to the ministry, masked men beat and robbed three farmers in Azizkendi village on "
        "Tuesday evening, leaving one of them with a head injury.\n"), JUNE_20)
    (incident,) = result.incidents.itertuples()
    assert incident.event_type == "Violence against civilians" and list(incident.actors) == []
    assert incident.territory == "GE"
    assert incident.fatalities_min is None
    assert (incident.injured_min, incident.injured_max) == (1, 1)


AKHALGORI = (42.126, 44.485)


def test_fences_are_placed_at_akhalgori(tmp_path):
    result = build_article(tmp_path, "Tbilisi, 6 June 2024 - Russian troops installed new fences "
                                     "near Akhalgori on Wednesday, Georgia's State Security "
                                     "Service said.", JUNE_20)
    (incident,) = result.incidents.itertuples()
    assert km_from(incident, *AKHALGORI) < 10 and "Tbilisi" not in set(incident.places)


LACHIN = """Azerbaijan detains Karabakh man at Lachin checkpoint

Goris, 29 July 2023 - Azerbaijani border guards detained a 68-year-old resident of \
Nagorno-Karabakh at the checkpoint near the Hakari bridge on Saturday as he was being taken \
to Armenia for heart surgery, officials in Stepanakert said.

Azerbaijan's State Border Service said Vagif Khachatryan was arrested because he was wanted \
for "genocide" over the killing of civilians in the village of Meshali in 1991, charges his \
family called absurd. He was taken to Baku.

The Armenian Foreign Ministry said the detention was "an act of abduction".

In a separate statement, Baku denied holding any civilians from Nagorno-Karabakh other than \
Khachatryan, and dismissed reports that three students had been detained at the same \
checkpoint on July 28 as "Armenian disinformation".
"""


def test_a_denied_detention_at_the_same_checkpoint_is_at_that_checkpoint(tmp_path):
    result = build_article(tmp_path, LACHIN, JUNE_20)
    by_date = {i.date: i for i in result.incidents.itertuples()}
    assert sorted(by_date) == ["2023-07-28", "2023-07-29"]     # two detentions, not merged
    denied = by_date["2023-07-28"]
    assert list(denied.places) == ["Hakari bridge"] and denied.geo_precision == 2
    assert "AZ" in denied.actors and denied.stances == "denies"
    detained = by_date["2023-07-29"]
    assert list(detained.actors) == ["AM", "AZ"]
    assert [(c.claimant_country, c.stance) for c in result.claims.itertuples()
            if c.incident_id == detained.id] == [("AZ", "asserts"), ("AM", "asserts")]


def test_a_meeting_at_the_white_house_is_in_washington_not_at_the_dateline(tmp_path):
    result = build_article(tmp_path, "YEREVAN, Oct 8 (Wire) - The leaders of Armenia and "
                                     "Azerbaijan met Donald Trump at the White House on August "
                                     "8.", OCT_15_2025)
    (meeting,) = result.incidents.itertuples()
    assert meeting.event_type == "diplomatic" and list(meeting.places) == ["Washington"]
    assert abs(meeting.geometry.x - -77.04) < 0.1 and abs(meeting.geometry.y - 38.9) < 0.1


def test_a_strike_told_again_with_its_clock_time_gives_its_places(tmp_path):
    (incident,) = incidents_built(tmp_path, "NEW DELHI, May 7, 2025 - The Indian armed forces "
                                            "early on Wednesday struck nine sites in Pakistan, a "
                                            "fortnight after the Pahalgam attack.\n\nThe Ministry "
                                            "of Defence said the strikes, carried out between "
                                            "1.05 am and 1.30 am, hit camps in Muzaffarabad and "
                                            "Kotli.", MAY_20)
    assert "Pahalgam" not in incident.places and "Kotli" in incident.places


@pytest.mark.parametrize("text, places", [
    # a front's sector, with no border word in the sentence
    ("MUZAFFARABAD, 8 May 2025 - Pakistani troops destroyed several Indian posts in the "
     "Keran sector on Wednesday, the ISPR said.", ["Keran"]),
    ("The ISPR said Pakistani troops had destroyed several Indian posts in the Uri and "
     "Keran sectors on Wednesday.", ["Uri", "Keran"]),
    # the Line of Control is a border word: "the Kupwara sector" along it
    ("SRINAGAR, May 12, 2025 - Pakistani troops opened fire along the Line of Control in "
     "the Kupwara sector on Sunday night, the Indian Army said.", ["Kupwāra"]),
])
def test_a_sector_is_the_area_around_its_place_not_the_place(tmp_path, text, places):
    (incident,) = incidents_built(tmp_path, text, MAY_20)
    assert list(incident.places) == places
    assert incident.geo_precision == 2


def test_a_towns_possessive_naming_a_part_of_it_is_that_town(tmp_path):
    (incident,) = incidents_built(tmp_path, "LAHORE, 8 May 2025 - Pakistani forces shot down a "
                                            "drone over Lahore's Walton airfield on Thursday, the "
                                            "ISPR said.", MAY_20)
    assert list(incident.places) == ["Lahore"]


def test_jets_that_struck_what_the_military_called_a_depot_strike_there(tmp_path):
    result = build_article(tmp_path, (
        "JERUSALEM, June 19 (Wire) - An anti-tank missile fired from Lebanon hit a house in "
        "Metula on Wednesday morning, lightly wounding two people, the Israeli military said."
        "\n\nIn response, Israeli fighter jets struck what the military called a Hezbollah "
        "weapons depot in Naqoura. Lebanon's state news agency NNA said the strike on Naqoura "
        "killed two people."), JUNE_20)
    strike, missile = sorted(result.incidents.itertuples(), key=lambda i: i.sub_event_type)
    assert list(missile.places) == ["Metula"] and pd.isna(missile.fatalities_min)
    assert strike.sub_event_type == "Air/drone strike" and strike.fatalities_min == 2
    assert "Metula" not in list(strike.places)


def test_state_and_territory_name_a_division_not_its_town(tmp_path):
    for text in ("Sudanese troops and Ethiopian militias clashed on Monday east of the Atbara "
                 "river in Gedaref state.",
                 "Congolese troops and M23 rebels clashed in Rutshuru territory on Monday."):
        _, incident = built_one_incident(tmp_path, text, JUNE_20)
        assert incident.geo_precision == 2


def test_state_media_and_islamic_state_are_no_division():
    division = re.compile(rf"\s+(?i:{DIVISION_WORDS})(?![\w])")
    for named in ("Gedaref state", "Gedaref State", "Rutshuru territory", "Batken region"):
        assert division.search(named), named
    for other in ("Kordofan state media said", "Khartoum state-run television",
                  "the Islamic State group", "Darfur state of emergency",
                  "Sudanese territory of the", "Kassala state television"):
        assert not division.search(other), other


SPIN_BOLDAK = (
    "CHAMAN - The border crossing has been closed since Sunday.\n\n"
    "Afghan officials in Spin Boldak told reporters on Wednesday that Pakistani shelling had "
    "hit homes in the town, and that dozens of civilians had been killed or hurt.\n")


def test_the_shelled_town_the_officials_spoke_in_is_the_place_and_their_state_a_side(
        tmp_path):
    (shelling,) = incidents_built(tmp_path, SPIN_BOLDAK, MAY_10_2025)
    assert sorted(shelling.actors) == ["AF", "PK"]
    assert "Spin Boldak" in shelling.places or "Spīn Bōldak" in shelling.places


GALLABAT = (
    "Sudan's army said it had repelled an attack by Ethiopian militias in the disputed "
    "al-Fashaga border area on Monday. Residents of the town of Gallabat said they heard "
    "heavy gunfire throughout Monday afternoon.\n")


def test_a_town_whose_residents_heard_the_gunfire_is_only_near_it(tmp_path):
    # the scene is the disputed farmland; the town where it was heard is only near
    (attack,) = incidents_built(tmp_path, GALLABAT, dt.date(2024, 6, 20))
    assert list(attack.places) == ["Al-Fashaga", "Gallabat"]
    assert attack.geo_precision == 2


def test_a_town_where_explosions_were_heard_is_only_near_them(tmp_path):
    text = ("Explosions were heard in Gallabat on Monday night after Ethiopian forces "
            "shelled Sudanese positions, Sudan's army said.\n")
    (attack,) = incidents_built(tmp_path, text, dt.date(2024, 6, 20))
    assert attack.geo_precision == 2


def test_a_monitors_patrol_that_heard_explosions_reports_fire_near_the_village(tmp_path):
    result, incident = built_one_incident(
        tmp_path, "The EU Mission in Armenia said its patrol heard explosions near Sotk on "
                  "Monday evening.", JUNE_20)
    assert incident.event_type == "Explosions/Remote violence"
    assert list(incident.places) == ["Sotk"]
    assert claims_in(result) == [("EU Mission in Armenia", "", "asserts")]


def test_a_region_the_fighting_was_far_from_is_not_its_place(tmp_path):
    incident = only_incident(tmp_path, (
        "Azerbaijan said on Tuesday that four of its servicemen were killed in fighting with "
        "Armenia on the northern part of their border, far from the disputed "
        "Nagorno-Karabakh region."), dt.date(2020, 7, 14))
    assert "Nagorno-Karabakh" not in incident.places
    assert incident.geometry.geom_type in ("LineString", "MultiLineString")   # the border


def test_a_town_the_text_puts_in_another_province_is_not_the_namesake(tmp_path):
    incident = only_incident(tmp_path, (
        "Two Venezuelan soldiers were killed in fighting with an armed group near the town of "
        "La Victoria in the western state of Apure on Sunday, the defence minister "
        "said."),
        dt.date(2021, 3, 24))
    assert "Apure" in incident.places
    # La Victoria in Aragua lies 570 km away, north of Caracas
    assert incident.geometry.centroid.y < 9.0


def test_the_region_whose_government_sent_the_attackers_is_not_the_target(tmp_path):
    incident = only_incident(tmp_path, (
        "Forces loyal to the government of Ethiopia's northern Tigray region fired rockets at the "
        "Eritrean capital Asmara on Saturday, diplomats said."), dt.date(2020, 11, 15))
    assert list(incident.places) == ["Asmara"]
    assert haversine_km(incident.geometry.y, incident.geometry.x, 15.34, 38.93) < 15


def test_the_city_a_ministry_spoke_from_is_not_a_place_of_the_event(tmp_path):
    incident = only_incident(tmp_path, (
        "The defence ministry in Moscow said Ukrainian artillery had shelled Shebekino on "
        "Thursday."), dt.date(2023, 6, 1))
    assert "Moscow" not in incident.places


def test_the_deed_a_day_after_which_fire_came_is_not_its_scene(tmp_path):
    result = build_article(tmp_path, (
        "BEIRUT, Oct 8 - Hezbollah fired rockets and shells at Israeli positions in the "
        "Shebaa Farms on Sunday, a day after Hamas fighters stormed into southern Israel "
        "from Gaza, Hezbollah said.\n"), dt.date(2023, 10, 8))
    (incident,) = result.incidents.itertuples()
    assert list(incident.places) == ["Shebaa Farms"] and "PS" not in incident.actors
    assert [kind for _, _, kind in claims_in(result)] == ["asserts"]


# ------------------------------- where the people hit come from is not the scene (helper F3)

@pytest.mark.parametrize("text", [
    "HANOI, May 3 - A Chinese coast guard vessel boarded a fishing boat from Quang Ngai "
    "province near the Paracel Islands on Tuesday and beat its crew, Vietnam's foreign "
    "ministry said.",
    "HANOI, May 3 - Chinese coast guard officers beat fishermen from Quang Ngai province near "
    "the Paracel Islands on Tuesday, Vietnam's foreign ministry said.",
])
def test_the_home_of_a_boat_or_its_crew_is_not_where_they_were_attacked(tmp_path, text):
    incident = only_incident(tmp_path, text, dt.date(2024, 5, 3))
    assert "Quang Ngai" not in incident.places
    assert "Paracel Islands" in incident.places


# ------------- an incident told only at a country takes the places told just before it (helper F5)

#: the army's count, told after the sentence that says where its troops were
_REBELS_KILLED = ("Three rebels were killed and a Colombian soldier was wounded on Tuesday, "
                  "the army said.")


def test_an_incident_told_only_at_its_country_takes_the_town_of_the_sentence_before(tmp_path):
    incident = only_incident(tmp_path, (
        "BOGOTA, May 9 (Wire) - The army said on Wednesday that its troops had spent the night "
        "of Tuesday tracking a column of guerrillas from Venezuela through the hills near Tibu "
        "in Norte de Santander department. Three rebels were killed and a Colombian soldier "
        "was wounded, the army said."))
    assert "Tibú" in incident.places
    assert incident.geo_precision == 2                  # near the town, not at it
    assert km_from(incident, 8.639, -72.736) < 15


def test_an_incident_told_only_at_its_country_takes_the_province_of_the_lead(tmp_path):
    incident = only_incident(tmp_path, (
        "Colombia sends more troops to its eastern frontier\n\n"
        "BOGOTA, May 9 (Wire) - Colombia's army has moved two battalions into Arauca "
        "department, where guerrillas who shelter in Venezuela cross almost every week.\n\n"
        "Commanders say the rebels are better armed than a year ago. " + _REBELS_KILLED))
    assert "Arauca" in incident.places and incident.geo_precision == 2


@pytest.mark.parametrize("before", [
    # another event, told before on another day
    "Venezuelan jets bombed a guerrilla camp near Tibu in Norte de Santander department on "
    "Sunday, villagers said.",
    # the troops' movements of another day
    "The army said its troops had tracked guerrillas near Tibu in Norte de Santander "
    "department on Sunday.",
    # another side's words
    "Venezuela's defence ministry said Colombian guerrillas had camped for days near Tibu in "
    "Norte de Santander department.",
])
def test_a_place_told_before_of_another_event_day_or_voice_is_not_taken(tmp_path, before):
    result = build_article(tmp_path, f"BOGOTA, May 9 (Wire) - {before} {_REBELS_KILLED}\n",
                           dt.date(2024, 5, 10))
    (clash,) = [i for i in result.incidents.itertuples() if str(i.date).startswith("2024-05-07")]
    assert "Tibú" not in clash.places and "Norte de Santander" not in clash.places


# A scene told by distance and compass point from a town (helper F10): drawn at that point
# (geodesic), near the town (geo_precision 2), the claim's location keeping the words.
@pytest.mark.parametrize("text, lat, lon, words", [
    # kilometres: 120 km due south of Nema (16.617, -7.256)
    ("NOUAKCHOTT, April 16 (GeoWire) - Malian soldiers shot dead four herders on Saturday "
     "about 120 kilometres south of the regional capital Nema, Mauritania's government "
     "said.", 15.533, -7.256, "about 120 kilometres south of"),
    # miles: 30 miles (48.3 km) due east of Kiffa (16.621, -11.402)
    ("NOUAKCHOTT, April 16 (GeoWire) - Gunmen attacked a Mauritanian army patrol on Saturday "
     "some 30 miles east of Kiffa, killing two soldiers, the army said.", 16.621, -10.949,
     "some 30 miles east of"),
    # a compound point: 20 km north-east of Sotk (40.200, 45.870)
    ("YEREVAN, May 3, 2023 - Azerbaijani forces shelled Armenian positions on Tuesday 20 km "
     "north-east of Sotk, wounding a soldier, Armenia's defence ministry said.", 40.327,
     46.036, "20 km north-east of"),
])
def test_a_scene_told_by_distance_and_bearing_from_a_town_is_drawn_there(
        tmp_path, text, lat, lon, words):
    result, incident = built_one_incident(tmp_path, text + "\n", dt.date(2024, 4, 16))
    assert km_from(incident, lat, lon) < 3
    assert incident.geo_precision == 2
    assert any(words in where for where in result.claims.location)


def test_a_scene_a_few_km_from_a_town_is_near_the_town(tmp_path):
    incident = only_incident(tmp_path, (
        "YEREVAN, May 3, 2023 - Azerbaijani forces opened fire on Armenian positions 5 km "
        "north of the border town of Sotk on Tuesday, Armenia's defence ministry said."))
    assert km_from(incident, 40.200, 45.870) < 1 and incident.geo_precision == 2


@pytest.mark.parametrize("text", [
    "NOUAKCHOTT, April 16 (GeoWire) - Gunmen attacked a Mauritanian army patrol on Saturday "
    "on a 30 km stretch south of Kiffa, killing two soldiers, the army said.",
    "NOUAKCHOTT, April 16 (GeoWire) - Gunmen attacked a Mauritanian army patrol guarding "
    "120 km of border near Kiffa on Saturday, killing two soldiers, the army said.",
])
def test_a_length_is_no_distance_from_a_town(tmp_path, text):
    incident = only_incident(tmp_path, text, dt.date(2024, 4, 16))
    assert km_from(incident, 16.621, -11.402) < 2


def test_a_town_said_to_lie_so_far_from_another_is_the_scene(tmp_path):
    incident = only_incident(tmp_path, (
        "NOUAKCHOTT, April 16 (GeoWire) - Gunmen attacked a Mauritanian army patrol on "
        "Saturday in Kiffa, a town about 200 kilometres east of Aleg, killing two soldiers, "
        "the army said."), dt.date(2024, 4, 16))
    assert list(incident.places) == ["Kiffa"] and km_from(incident, 16.621, -11.402) < 2


def test_a_named_crossing_taken_up_as_the_scene_is_where_it_happened(tmp_path):
    # the crossing is the object of "shut"; "at the crossing" makes it the fight's scene
    incident = only_incident(tmp_path, (
        "ISLAMABAD, May 8 (Wire) - Pakistan's interior ministry said it had shut the Torkham "
        "crossing on Tuesday after a gunfight between Pakistani and Afghan border forces at "
        "the crossing wounded three guards."))
    assert list(incident.places) == ["Torkham"]
    assert km_from(incident, 34.115, 71.085) < 5


@pytest.mark.parametrize("text", [
    "YEREVAN, May 8 (Wire) - Azerbaijani troops fired on Armenian positions near Sotk on "
    "Monday night, Armenia's defence ministry said in a statement issued in Yerevan on "
    "Tuesday.\n\nIn Baku, a defence ministry spokesman said the report was false.",
    "YEREVAN, May 8 (Wire) - Azerbaijani troops fired on Armenian positions near Sotk on "
    "Monday night.\n\nIn Baku, a defence ministry spokesman said Armenian troops had fired "
    "first and denied the report.",
])
def test_where_a_statement_was_issued_is_no_place_of_the_event(tmp_path, text):
    incident = only_incident(tmp_path, text)
    assert list(incident.places) == ["Sotk"]


def test_a_country_the_event_was_not_in_is_no_place_of_it(tmp_path):
    incident = only_incident(tmp_path, (
        "BAMAKO, May 8 (Wire) - Gunmen attacked a convoy of traders on Monday, killing four, "
        "Mali's army said. Mauritania's army said the attack had not taken place on "
        "Mauritanian territory."))
    assert "MR" not in incident.actors


def test_a_town_opening_what_its_own_officials_said_stays_the_scene(tmp_path):
    # "In Tovuz, local officials said …" tells of Tovuz, unlike "In Baku, a ministry said"
    incident = only_incident(tmp_path, (
        "BAKU, May 8 (Wire) - In Tovuz, local officials said Armenian shelling damaged two "
        "houses on Tuesday."))
    assert list(incident.places) == ["Tovuz"]


MAY_12 = dt.date(2024, 5, 12)       # a Sunday


def test_a_place_inside_the_province_told_just_before_is_the_scene(tmp_path):
    """The report names only the province; the sentence before it, telling of the same
    flare-up, names the town inside that province where it was."""
    incident = only_incident(tmp_path, (
        "DUSHANBE, May 12 (Wire) - The Tajik exclave of Vorukh, ringed by Kyrgyz land, "
        "flared up again over the weekend. Tajikistan's border service said Kyrgyz troops "
        "fired on its posts on Saturday in the Sughd region and that two Tajik guards were "
        "killed."), MAY_12)
    assert km_from(incident, 39.85, 70.58) < 15          # Vorukh, not Sughd's centre
    assert "Vorukh" in incident.places


def test_the_places_of_a_which_clause_on_the_event_word_are_its_scene(tmp_path):
    """"The fighting, which began near X and Y, …": the fighting's places, not an aside's;
    not the whole border the first sentence names."""
    incident = only_incident(tmp_path, (
        "BISHKEK, May 12 (Wire) - Fighting broke out on the Kyrgyz-Tajik border on "
        "Saturday, Kyrgyzstan's border service said. The fighting, which began near the "
        "Kyrgyz village of Kok-Tash and the Tajik village of Khoja-Alo, has killed at least "
        "four people."), MAY_12)
    assert {"Kok-Tash", "Khoja-Alo"} <= set(incident.places)
    assert incident.geo_precision == 2
    assert km_from(incident, 39.95, 70.52) < 10


@pytest.mark.parametrize("text, place, pair", [
    ("Two Pakistani soldiers were killed on Tuesday when Afghan forces opened fire along "
     "the frontier with Afghanistan's Kunar province, the army said.\n", (34.92, 71.14),
     ("AF", "PK")),
    ("Two Thai soldiers were wounded on Friday by a landmine near the border with "
     "Cambodia's Oddar Meanchey province, the Thai army said.\n", (14.19, 103.74),
     ("KH", "TH")),
    ("A Kyrgyz border guard was wounded on Sunday in a shootout on the border with "
     "Tajikistan's Sughd region, the Kyrgyz border service said.\n", (40.0, 69.5),
     ("KG", "TJ")),
])
def test_the_other_states_province_a_border_is_told_by_is_its_stretch(tmp_path, text, place,
                                                                      pair):
    """"Near the border with Cambodia's Oddar Meanchey province": the stretch of that
    border facing the province (a border sector), not the whole border line."""
    from geomap.geometry import load_boundaries
    from geomap.geometry.measure import geodesic_gap_km, length_km

    incident = only_incident(tmp_path, text, MAY_10_2025)
    border = load_boundaries().border(*pair)
    assert incident.geo_precision == 2
    assert incident.geometry.geom_type in ("LineString", "MultiLineString")
    assert length_km(incident.geometry) < 0.25 * length_km(border)
    assert incident.geometry.distance(border) < 1e-6
    assert geodesic_gap_km(incident.geometry, Point(place[1], place[0])) < 60


#: two reports of one article: a clash at a town the gazetteer knows, and one on another
#: day at a spot it does not (a water intake, a forward post, a forest outpost)
ANOTHER_CLASH_AT_AN_UNKNOWN_SPOT = [
    ("OSH, May 8 - Kyrgyz and Tajik border guards exchanged fire near the village of "
     "Kok-Tash on Monday, wounding two Kyrgyz servicemen, Kyrgyzstan's border service "
     "said.\n\nOn Wednesday a second shootout broke out at a water intake on the disputed "
     "stretch of the Kyrgyz-Tajik border, killing one Tajik guard, the service said.\n",
     ("KG", "TJ"), (39.95, 70.52)),
    ("SRINAGAR, May 8 - Pakistani troops shelled villages near Uri on Sunday, killing a "
     "woman and wounding three people, Indian police said.\n\nOn Tuesday, Indian and "
     "Pakistani troops traded fire for two hours along the Line of Control at a forward "
     "post, an Indian army spokesman said. No casualties were reported.\n",
     ("IN", "PK"), (34.08, 74.05)),
    ("BANGKOK, May 8 - Thai and Cambodian soldiers exchanged fire near Aranyaprathet on "
     "Monday, wounding one Thai soldier, the Thai army said.\n\nOn Wednesday a Thai ranger "
     "was killed when troops clashed again at a forest outpost on the Thai-Cambodian "
     "border, the army said.\n", ("KH", "TH"), (13.69, 102.51)),
]


@pytest.mark.parametrize("text, pair, known", ANOTHER_CLASH_AT_AN_UNKNOWN_SPOT)
def test_a_clash_at_an_unknown_spot_is_drawn_on_the_border_near_the_articles_towns(
        tmp_path, text, pair, known):
    """A clash the gazetteer cannot place is drawn along the stretches of its sides'
    border facing the towns the same article tells its other clash at, not along all of
    the border; its precision stays that of a border (3)."""
    from geomap.geometry import load_boundaries
    from geomap.geometry.measure import geodesic_gap_km, length_km

    result = build_article(tmp_path, text, MAY_10)
    placed, unplaced = sorted(result.incidents.itertuples(), key=lambda i: i.geo_precision)
    border = load_boundaries().border(*pair)
    assert placed.geo_precision == 2 and unplaced.geo_precision == 3
    assert length_km(unplaced.geometry) < 150 < 0.5 * length_km(border)
    assert unplaced.geometry.distance(border) < 1e-6
    assert geodesic_gap_km(unplaced.geometry, Point(known[1], known[0])) < 40
    assert unplaced.near_border


@pytest.mark.parametrize("text, place, far", [
    # where the victims were heading is no second shape of the scene
    ("Sudanese soldiers opened fire on a group of Ethiopian labourers near Gallabat on "
     "Sunday, killing four of them. Most of the dead were farm workers trying to cross back "
     "into Ethiopia.\n", (12.96, 36.15), "Ethiopia"),
    ("Iranian border guards opened fire on Afghan migrants near Islam Qala on Friday, "
     "killing three people. The dead were young men trying to cross into Iran to find "
     "work.\n", (34.66, 61.06), "Iran"),
    # the seat of the office that tells of it is no second scene
    ("Pakistani shells hit homes in the Dand-e Patan district on Sunday, killing two "
     "children, the provincial health department in Gardez said.\n", (33.76, 69.98),
     "Gardez"),
    ("Rockets fired from Lebanon struck farmland near Metula on Monday, wounding a farmer, "
     "the regional council's office in Kiryat Shmona said.\n", (33.28, 35.58),
     "Qiryat Shmona"),
    ("Shells fired from Myanmar landed in a rice field near Mae Sot on Friday, wounding a "
     "Thai farmer, the disaster prevention office in Tak said.\n", (16.71, 98.57), "Tak"),
])
def test_a_scene_is_drawn_at_its_place_not_also_at_another_the_text_names(tmp_path, text,
                                                                          place, far):
    incident = only_incident(tmp_path, text, MAY_10)
    assert incident.geo_precision == 2
    assert incident.geometry.geom_type == "Point"
    assert km_from(incident, *place) < 25
    assert far not in incident.places


@pytest.mark.parametrize("text, district, pair", [
    ("Pakistani troops fired on Indian posts along the Line of Control in the Krishna Ghati "
     "sector of Poonch district on Monday, wounding a soldier, the Indian army said.\n",
     (33.77, 74.09), ("IN", "PK")),
    ("Pakistan Rangers opened fire on Border Security Force posts in the Pargwal sector of "
     "Jammu district on Sunday, injuring two jawans, the BSF said.\n", (32.74, 74.86),
     ("IN", "PK")),
    ("Thai and Cambodian troops exchanged fire on the border in the Chong Bok sector of Ubon "
     "Ratchathani province on Friday, the Thai army said.\n", (15.24, 104.85), ("KH", "TH")),
])
def test_a_border_sector_the_gazetteer_lacks_is_the_stretch_facing_its_district(
        tmp_path, text, district, pair):
    """"Along the Line of Control in the Krishna Ghati sector of Poonch district": a
    stretch of the border facing the district, not the district's point."""
    from geomap.geometry import load_boundaries
    from geomap.geometry.measure import geodesic_gap_km, length_km

    incident = only_incident(tmp_path, text, MAY_10)
    assert incident.geo_precision == 2
    assert incident.geometry.distance(load_boundaries().border(*pair)) < 1e-6
    assert 20 < length_km(incident.geometry) < 150
    assert geodesic_gap_km(incident.geometry, Point(district[1], district[0])) < 120


def test_a_town_of_another_sides_event_is_no_scene_of_a_border_clash(tmp_path):
    """A bombing in Quetta, told in the same article with no Afghan side, says nothing of
    where on the Afghan border an unplaced clash was: that clash keeps the whole border."""
    from geomap.geometry import load_boundaries
    from geomap.geometry.measure import length_km

    text = ("Afghan forces fired on Pakistani border posts along the border on Monday, "
            "killing two soldiers, Pakistan's army said. Separately, a bomb killed five "
            "people in Quetta on Tuesday.\n")
    result = build_article(tmp_path, text, MAY_10)
    clash = next(i for i in result.incidents.itertuples() if "Quetta" not in i.places)
    assert length_km(clash.geometry) > 0.9 * length_km(load_boundaries().border("AF", "PK"))
