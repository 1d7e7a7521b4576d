"""Where an incident is drawn when its own site is unknown or told only roughly: a sea's
shore, a compass point from a town, the home its attackers came from — never a broad
feature far off when the article ties the event to a place it knows (helper F1,
session 24). Short articles of our own, built with the real gazetteer."""

from __future__ import annotations

import datetime as dt

import pytest
from shapely.geometry import Point

import geomap
from geomap.geometry.measure import geodesic_gap_km, length_km
from geomap.model import BuildOptions

PUBLISHED = dt.date(2024, 5, 10)


def _incidents(tmp_path, text):
    article = tmp_path / "report.txt"
    article.write_text(text, encoding="utf-8")
    return list(geomap.build([str(article)], BuildOptions(published=PUBLISHED))
                .incidents.itertuples())


def _gap_km(geometry, lat, lon) -> float:
    return geodesic_gap_km(geometry, Point(lon, lat))


def _farthest_point_km(geometry, lat, lon) -> float:
    points = getattr(geometry, "geoms", [geometry])
    return max(_gap_km(p, lat, lon) for p in points)


# ------------------------------------------------------------ a sea named as a shore only

#: a clash at a coastal spot the gazetteer lacks, told "on the X coast": (text, where the
#: sides' border meets that coast, lat/lon)
ON_THE_COAST = [
    ("KHARTOUM, March 3 - Sudanese and Eritrean soldiers exchanged machine-gun fire on "
     "Sunday near Ras Kasar, the cape on the Red Sea coast where the two countries meet, "
     "killing one Sudanese soldier, Sudan's army said.\n", (18.02, 38.58)),
    ("CARACAS, June 9 - Venezuelan and Colombian troops exchanged fire on Saturday near "
     "Castilletes, a fishing hamlet on the Caribbean coast, wounding two Venezuelan "
     "soldiers, Venezuela's defence ministry said.\n", (11.85, -71.33)),
    ("TBILISI, Aug 4 - Georgian and Russian border guards exchanged fire on Friday near "
     "a hamlet on the shores of the Black Sea, wounding a Georgian policeman, Georgia's "
     "interior ministry said.\n", (43.38, 40.01)),      # the Psou's mouth
]


@pytest.mark.parametrize("text, coast", ON_THE_COAST)
def test_a_clash_on_a_sea_coast_is_where_the_sides_border_meets_it(tmp_path, text, coast):
    """Not the middle of the sea hundreds of km off: the stretch of the two sides'
    border that reaches that coast, as coarse as a border (3)."""
    (incident,) = _incidents(tmp_path, text)
    assert incident.geometry.geom_type in ("LineString", "MultiLineString")
    assert _gap_km(incident.geometry, *coast) < 25
    assert length_km(incident.geometry) <= 210
    assert incident.geo_precision == 3


@pytest.mark.parametrize("text, sea", [
    ("KYIV, July 2 - Russian and Ukrainian warships exchanged fire in the Black Sea on "
     "Tuesday, damaging a Ukrainian patrol boat, the Ukrainian navy said.\n", "Black Sea"),
    ("MANILA, May 6 - Chinese coast guard ships fired water cannon at two Philippine "
     "supply boats in the South China Sea on Sunday, injuring four Filipino sailors, the "
     "Philippine coast guard said.\n", "South China Sea"),
])
def test_an_incident_at_sea_stays_on_the_sea(tmp_path, text, sea):
    """A sea the event is told in is its place, whether or not its sides share a land
    border far away."""
    (incident,) = _incidents(tmp_path, text)
    assert incident.places == [sea]
    assert incident.geometry.geom_type == "Point"


# ------------------------------------------------ a compass point alone from a known town

def test_east_of_a_town_is_the_place_that_way_the_article_names(tmp_path):
    """"East of Khujand" with Isfara, 90 km east-south-east, told as the same clash's
    place: Isfara, not Khujand's point."""
    (incident,) = _incidents(tmp_path, (
        "DUSHANBE, May 3 - Tajik and Kyrgyz border guards exchanged fire east of Khujand "
        "on Sunday night, wounding two Tajik servicemen, Tajikistan's border service said. "
        "Kyrgyzstan's border service said Tajik troops had opened fire first near "
        "Isfara.\n"))
    assert _farthest_point_km(incident.geometry, 40.13, 70.63) < 15       # Isfara


def test_north_of_a_city_is_the_border_town_that_way(tmp_path):
    (incident,) = _incidents(tmp_path, (
        "QUETTA, June 4 - Afghan and Pakistani troops exchanged fire north of Quetta on "
        "Monday, killing one Pakistani soldier, Pakistani officials said. Afghan officials "
        "said Pakistani forces had fired first near Spin Boldak.\n"))
    assert _farthest_point_km(incident.geometry, 31.01, 66.40) < 15       # Spin Boldak


def test_east_of_a_town_alone_is_near_it_not_at_it(tmp_path):
    """No other place told: the town's point, but as a place near it (2), not as the
    exact place (1)."""
    (incident,) = _incidents(tmp_path, (
        "KANDAHAR, May 3 - Gunmen ambushed a police convoy east of Kandahar on Sunday, "
        "killing four officers, the provincial police said.\n"))
    assert _gap_km(incident.geometry, 31.61, 65.71) < 10
    assert incident.geo_precision == 2


def test_a_place_the_other_way_does_not_replace_the_town(tmp_path):
    """Khujand lies west of Isfara: "east of Isfara" keeps Isfara."""
    (incident,) = _incidents(tmp_path, (
        "DUSHANBE, May 3 - Tajik and Kyrgyz border guards exchanged fire east of Isfara on "
        "Sunday night, wounding two Tajik servicemen, Tajikistan's border service said. "
        "Kyrgyzstan's border service said Tajik troops had opened fire first near "
        "Khujand.\n"))
    assert min(_gap_km(p, 40.13, 70.63) for p in getattr(incident.geometry, "geoms",
                                                         [incident.geometry])) < 10


@pytest.mark.parametrize("text, lat, lon", [
    ("BAGHDAD, May 3 - Gunmen attacked a police post in Koya, east of Erbil, on Sunday, "
     "killing two officers, police said.\n", 36.08, 44.63),
    ("DUSHANBE, May 3 - Tajik and Kyrgyz border guards exchanged fire in Isfara on Sunday, "
     "wounding two Tajik servicemen, Tajikistan's border service said.\n", 40.13, 70.63),
])
def test_a_town_named_as_the_site_stays_the_site(tmp_path, text, lat, lon):
    """"Koya, east of Erbil": Erbil only says where Koya lies; a town the text puts the
    event in is drawn at it."""
    (incident,) = _incidents(tmp_path, text)
    assert "Erbil" not in incident.places
    assert _gap_km(incident.geometry, lat, lon) < 70    # Koya: wherever the gazetteer has it


# ------------------------------------------------- the attackers' home is not the scene

@pytest.mark.parametrize("text, home", [
    ("DAR ES SALAAM, May 3 - Insurgents from Mozambique's Cabo Delgado province attacked "
     "Kitaya village in Tanzania's Mtwara region on Sunday, killing five people, Tanzanian "
     "police said.\n", "Cabo Delgado"),
    ("ISLAMABAD, May 3 - Militants from Kunar attacked border checkpoints in Bajaur on "
     "Sunday, killing two soldiers, Pakistan's army said.\n", "Konar"),
])
def test_where_the_attackers_came_from_is_not_where_they_struck(tmp_path, text, home):
    """The sentence names the scene: the attackers' home is not another."""
    (incident,) = _incidents(tmp_path, text)
    assert home not in incident.places
    assert incident.places


@pytest.mark.parametrize("text, lat, lon", [
    # one side, no other place: raiders strike near home (S6: the incident was lost)
    ("ABUJA, May 3 - Bandits from Zamfara attacked a village on Sunday, killing 12 "
     "villagers, police said.\n", 12.17, 6.25),
    # not the whole of Mali
    ("BAMAKO, May 3 - Jihadists from Menaka attacked an army post on Sunday, killing four "
     "Malian soldiers, the army said.\n", 15.92, 2.40),
    # a sentence of a border: the border facing the home, not all of Pakistan
    ("KABUL, May 3 - Militants from Kunar attacked Pakistani border checkpoints on Sunday, "
     "killing two soldiers, Pakistan's army said.\n", 34.85, 71.15),
])
def test_the_attackers_home_is_the_scene_when_the_sentence_names_no_other(tmp_path, text,
                                                                           lat, lon):
    (incident,) = _incidents(tmp_path, text)
    assert incident.geo_precision <= 2
    assert _farthest_point_km(incident.geometry, lat, lon) < 100


def test_a_province_the_attack_is_told_in_stays_its_place(tmp_path):
    """A province-wide attack keeps its province."""
    (incident,) = _incidents(tmp_path, (
        "MAPUTO, May 3 - Insurgents attacked several villages in Cabo Delgado province on "
        "Sunday, killing five people, Mozambican police said.\n"))
    assert "Cabo Delgado" in incident.places
    assert _gap_km(incident.geometry, -12.35, 39.79) < 60


# ----------------------- a village the gazetteer lacks, in a province known by its point

#: (text, the village's own lat/lon): a clash between two neighbours at a village the
#: gazetteer lacks, in a province it knows by one point tens of km inland
IN_A_BORDER_PROVINCE = [
    ("PHNOM PENH, May 3 - Cambodian and Thai troops exchanged fire on Sunday at Sra Em "
     "village in Preah Vihear province, close to the border, wounding two Cambodian "
     "soldiers, Cambodia's defence ministry said.\n", (14.23, 104.66)),
    # a crossing told, no border word (S6)
    ("BANGKOK, May 3 - Cambodian and Thai troops exchanged fire after Cambodian soldiers "
     "crossed the river and entered Ban Nong Chan village in Sa Kaeo province, killing two "
     "Thai rangers, Thailand's army said.\n", (13.80, 102.55)),
    ("KABUL, May 3 - Iranian and Afghan border guards exchanged fire on Sunday at Kang "
     "village in Nimruz province, killing one Afghan guard, Afghan officials said.\n",
     (31.13, 61.87)),
]


@pytest.mark.parametrize("text, village", IN_A_BORDER_PROVINCE)
def test_a_village_unknown_in_a_border_province_is_on_the_border_facing_it(
        tmp_path, text, village):
    """The stretch of the two sides' border facing the province, not its middle."""
    (incident,) = _incidents(tmp_path, text)
    assert incident.geometry.geom_type in ("LineString", "MultiLineString")
    assert _gap_km(incident.geometry, *village) < 25
    assert length_km(incident.geometry) <= 250
    assert incident.geo_precision == 2


@pytest.mark.parametrize("text", [
    # no border told: a war fought far inside a province by a border (S6)
    "KYIV, May 3 - Russian troops attacked Ukrainian positions at Novomykhailivka village "
    "in Donetsk region on Sunday, Ukraine's army said.\n",
    "BEIRUT, May 3 - An Israeli air strike hit a house in Kfar Rumman village in Nabatieh "
    "province on Sunday, killing three people, Lebanon's health ministry said.\n",
    "BEIRUT, May 3 - An Israeli drone strike hit a car near Jibchit village in Nabatieh "
    "province on Sunday, killing two people, Lebanon's health ministry said.\n",
    "KYIV, May 3 - Russian drones hit Stara Hnylytsia village in Kharkiv region on Sunday, "
    "wounding two civilians, Ukrainian officials said.\n",
    # the whole province told, no village in it
    "PHNOM PENH, May 3 - Thai troops shelled villages across Preah Vihear province on "
    "Sunday, wounding two Cambodian civilians, Cambodia's defence ministry said.\n",
    # one side only: no border of two sides to face
    "KABUL, May 3 - Gunmen attacked Kang village in Nimruz province on Sunday, killing one "
    "guard, Afghan officials said.\n",
    # a border winding round enclaves near the province's point: no stretch of it
    "BISHKEK, May 3 - Tajik and Kyrgyz border guards exchanged fire on Sunday at Dostuk "
    "village in Batken region, wounding two Kyrgyz servicemen, Kyrgyzstan's border "
    "service said.\n",
])
def test_a_province_stays_its_point_where_no_village_in_it_faces_a_border(tmp_path, text):
    (incident,) = _incidents(tmp_path, text)
    assert incident.geometry.geom_type == "Point"


# ------------------------- a compass point that says where a town lies, not the event (S6)

@pytest.mark.parametrize("text, other", [
    ("TBILISI, May 3 - Russian troops moved border markers deeper into Georgian territory "
     "near Khurvaleti, a village north of Gori, on Sunday, Georgia's foreign ministry "
     "said.\n", "Gori"),
    ("BISHKEK, May 3 - Kyrgyz and Tajik border guards exchanged fire on Sunday, "
     "Kyrgyzstan's border service said, at a water facility in the Batken region, west of "
     "Osh.\n", "Osh"),
    ("ADDIS ABABA, May 3 - Eritrean troops shelled Ethiopian positions near Zalambessa, "
     "which lies north of Adigrat, on Sunday, Ethiopia said.\n", "Adigrat"),
])
def test_a_town_a_place_is_told_to_lie_beside_is_no_scene(tmp_path, text, other):
    (incident,) = _incidents(tmp_path, text)
    assert other not in incident.places
    assert incident.places


def test_a_compass_point_told_as_a_second_scene_stays_one(tmp_path):
    """"… in the Batken region and north of Osh": two places of the event, not a town
    and where it lies."""
    (incident,) = _incidents(tmp_path, (
        "BISHKEK, May 3 - Tajik troops shelled Kyrgyz villages in the Batken region and "
        "north of Osh on Sunday, wounding four civilians, Kyrgyzstan's border service "
        "said.\n"))
    assert {"Batken", "Osh"} <= set(incident.places)


# --------------- a compass point alone is not moved to another event's place (S6)

@pytest.mark.parametrize("text, lat, lon", [
    ("KABUL, May 3 - Gunmen ambushed a police convoy east of Kandahar on Sunday, killing "
     "four officers, the provincial police said. In a separate attack on Tuesday, a roadside "
     "bomb exploded in Spin Boldak, wounding two civilians, officials said.\n", 31.61, 65.71),
    ("YEREVAN, May 3 - Azerbaijani troops fired on Armenian positions east of Jermuk on "
     "Monday, wounding one soldier, Armenia's defence ministry said. On Wednesday, "
     "Azerbaijani shelling hit houses in Sotk, killing a civilian, the ministry said.\n",
     39.84, 45.67),
    ("BAGHDAD, May 3 - Gunmen attacked an army checkpoint south of Kirkuk on Monday, killing "
     "two soldiers, police said. On Thursday, a car bomb exploded in a market in Tuz "
     "Khurmatu, killing five people, police said.\n", 35.47, 44.39),
])
def test_east_of_a_town_is_not_where_another_event_of_the_article_was(tmp_path, text,
                                                                       lat, lon):
    """Each event its own place: the one told "east of" the town stays near the town."""
    first = min(_incidents(tmp_path, text), key=lambda i: i.date)
    assert _gap_km(first.geometry, lat, lon) < 15
