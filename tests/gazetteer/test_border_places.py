"""Places of border reporting that GeoNames' populated places lack or put elsewhere: sites
from gazetteer/supplement.csv (shoals, island groups, passes, crossings, disputed
triangles), border villages and towns, and each side's name for the parts of Kashmir;
each within a few km of where it lies."""

from __future__ import annotations

import pytest

from gazetteer_helpers import distance_km

# -------------------------------------------------------------------------- border sites

#: (as reporting writes it, lat, lon, tolerance km, kind, country code ("" = disputed))
SITES = [
    ("Heglig", 10.00, 29.40, 5, "town", "SD"),
    ("Heglig oil field", 10.00, 29.40, 5, "town", "SD"),
    ("Second Thomas Shoal", 9.73, 115.87, 5, "other", ""),
    ("Ayungin Shoal", 9.73, 115.87, 5, "other", ""),
    ("Scarborough Shoal", 15.18, 117.77, 10, "other", ""),
    ("Panatag Shoal", 15.18, 117.77, 10, "other", ""),
    ("Spratly Islands", 10.0, 114.0, 100, "region", ""),
    ("Spratlys", 10.0, 114.0, 100, "region", ""),
    ("Paracel Islands", 16.6, 112.3, 60, "region", ""),
    ("Senkaku Islands", 25.75, 123.5, 20, "region", ""),
    ("Diaoyu Islands", 25.75, 123.5, 20, "region", ""),
    ("Kuril Islands", 46.5, 151.5, 150, "region", ""),
    ("Doklam", 27.3, 88.93, 10, "region", ""),
    ("Doklam plateau", 27.3, 88.93, 10, "region", ""),
    ("Siachen Glacier", 35.42, 77.11, 30, "region", ""),
    ("Siachen", 35.42, 77.11, 30, "region", ""),
    ("Lipulekh Pass", 30.23, 81.03, 5, "mountain", ""),
    ("Lipulekh", 30.23, 81.03, 5, "mountain", ""),
    ("Ilemi Triangle", 5.0, 35.3, 60, "region", ""),
    ("Bakassi Peninsula", 4.6, 8.7, 40, "region", "CM"),
    ("Halaib Triangle", 22.5, 35.5, 100, "region", ""),
    ("Hala'ib Triangle", 22.5, 35.5, 100, "region", ""),
    ("Tinzaouaten", 19.95, 2.97, 10, "town", "ML"),
    ("Tin-Zaouatene", 19.95, 2.97, 10, "town", "ML"),
    ("Ras Jedir", 33.15, 11.57, 5, "other", "LY"),
    ("Ras Ajdir", 33.15, 11.57, 5, "other", "LY"),
    ("Evros", 41.17, 26.08, 60, "district", "GR"),
    ("Evros river", 40.9, 26.2, 60, "river", ""),
    ("Maritsa River", 40.9, 26.2, 60, "river", ""),
    ("Naf river", 20.9, 92.3, 40, "river", ""),
    ("Panj river", 37.1, 68.3, 30, "river", ""),
    ("Pyanj River", 37.1, 68.3, 30, "river", ""),
    ("Kasindi", 0.05, 29.69, 5, "town", "CD"),
    ("Vaalimaa", 60.6, 27.81, 5, "other", "FI"),
    ("Vaalimaa border crossing", 60.6, 27.81, 5, "other", "FI"),
    # more sites of the same sort
    ("Rafah crossing", 31.25, 34.26, 3, "other", "PS"),
    ("Kerem Shalom crossing", 31.23, 34.28, 5, "other", "IL"),
    ("Erez crossing", 31.56, 34.54, 3, "other", "IL"),
    ("Allenby Bridge", 31.87, 35.54, 3, "other", ""),
    ("King Hussein Bridge", 31.87, 35.54, 3, "other", ""),
    ("Bab al-Hawa crossing", 36.23, 36.69, 3, "other", "SY"),
    ("Nathu La", 27.39, 88.83, 3, "mountain", ""),
    ("Mischief Reef", 9.92, 115.53, 5, "other", ""),
    ("Whitsun Reef", 9.99, 114.66, 5, "other", ""),
    ("Bir Tawil", 21.87, 33.7, 30, "region", ""),
    ("Wagah border", 31.60, 74.57, 3, "other", "PK"),
    ("Kerch Strait", 45.25, 36.5, 30, "region", ""),
    ("Strait of Hormuz", 26.6, 56.4, 40, "region", ""),
]


@pytest.mark.parametrize("name, lat, lon, km, kind, country", SITES,
                         ids=[s[0] for s in SITES])
def test_a_border_site_is_found_where_it_is(resolve_json, name, lat, lon, km, kind,
                                            country):
    found = resolve_json(name)
    assert (found["kind"], found["country_code"] or "", found["guess"]) == \
        (kind, country, False), found
    assert distance_km(found["lat"], found["lon"], lat, lon) <= km, found


@pytest.mark.parametrize("name, country", [("Panj", "TJ"), ("Rafah", "PS"),
                                           ("Halaib", "EG"), ("Masinloc", "PH")])
def test_the_town_a_site_is_named_after_stays_the_town(resolve_json, name, country):
    found = resolve_json(name)
    assert (found["country_code"], found["kind"] in ("city", "town", "village")) == \
        (country, True), found


def test_a_shoal_named_both_ways_in_an_article_is_one_place(places_in):
    places = places_in(
        "Chinese coast guard ships fired water cannon at a Philippine supply boat near "
        "Second Thomas Shoal on Monday. Manila, which calls the reef Ayungin Shoal, "
        "protested.")
    names = {place.name for _, place in places}
    assert "Second Thomas Shoal" in names, places
    assert all(place.name == "Second Thomas Shoal" for surface, place in places
               if "Shoal" in surface), places


def test_a_crossing_and_its_river_are_found_in_an_article(places_in):
    places = places_in(
        "Greek police said on Friday that 40 migrants were stopped after crossing the "
        "Evros river from Turkey, and that the Kastanies crossing was closed.")
    kinds = {place.name: place.kind for _, place in places}
    assert kinds.get("Evros River") == "river", places


# ---------------------------------------------------------------- places cities500 lacks

#: (name, WGS 84 point, country, km): the supplement rows' sourced points
NEW_PLACES = [
    ("Sokh", (39.95, 71.12), "UZ", 5),
    ("So'x", (39.95, 71.12), "UZ", 5),
    ("Eteringbang", (6.717, -61.133), "GY", 5),
    ("Khurvaleti", (42.02, 44.31), "GE", 5),
    ("al-Fashaga", (14.23, 36.30), "SD", 5),
    ("Fashaga triangle", (14.23, 36.30), "SD", 5),
    ("Qandil mountains", (36.541, 44.996), "IQ", 5),
    ("Kandil", (36.541, 44.996), "IQ", 5),
    # more border places (Zalambessa and Bruzgi are found in running text too)
    ("Zalambessa", (14.526, 39.386), "ET", 3),
    ("Medininkai", (54.539, 25.650), "LT", 3),          # not Varniai, 250 km away
    ("Bruzgi", (53.55, 23.70), "BY", 3),
    ("Brnjak", (42.962, 20.548), "XK", 3),
    ("Chushul", (33.601, 78.648), "IN", 3),
    ("Catatumbo", (8.36, -73.09), "CO", 5),
    ("Baengnyeong", (37.951, 124.673), "KR", 3),
    ("Baengnyeong Island", (37.951, 124.673), "KR", 3),
]


@pytest.mark.parametrize("name, point, country, km", NEW_PLACES,
                         ids=[p[0] for p in NEW_PLACES])
def test_border_places_cities500_lacks(resolve_json, name, point, country, km):
    found = resolve_json(name)
    assert (found["country_code"], found["guess"]) == (country, False), found
    assert distance_km(found["lat"], found["lon"], *point) <= km, found


def test_al_fashaga_is_the_farmland_not_the_geonames_town(resolve_json):
    region, town = resolve_json("al-Fashaga"), resolve_json("Al-Fashaqah")
    assert region["kind"] == "district" and town["kind"] == "town"
    assert distance_km(region["lat"], region["lon"], town["lat"], town["lon"]) > 40


def test_the_qandil_mountains_are_found_in_text(places_in):
    found = places_in("Turkish jets struck PKK positions in the Qandil mountains on "
                      "Monday, and Iranian artillery shelled Qandil again.")
    assert [(surface, place.name) for surface, place in found] == [
        ("Qandil mountains", "Qandil Mountains"), ("Qandil", "Qandil Mountains")]


@pytest.mark.parametrize("text, surface, name, country, kind", [
    ("Azerbaijani positions on the Murov mountain range came under fire.",
     "Murov mountain range", "Murovdag", "AZ", "mountain"),
    ("Azerbaijani troops took heights on Murovdag on Sunday.",
     "Murovdag", "Murovdag", "AZ", "mountain"),
    ("Shells fell in Kangarli district of Nakhchivan.", "Kangarli district",
     "Kangarli District", "AZ", "district"),
    ("Russian border guards detained two Georgian citizens near the village of Ergneti "
     "on Sunday.", "Ergneti", "Ergneti", "GE", "village"),
])
def test_border_names_the_gazetteer_lacked(resolution_of, text, surface, name, country,
                                           kind):
    place = resolution_of(text, surface).place
    assert (place.name, place.country_code, place.kind) == (name, country, kind)


def test_the_bure_on_the_assab_road_is_the_border_one(places_in):
    found = dict(places_in("Ethiopia and Eritrea reopened the crossing at Bure, on the road "
                           "to the Eritrean port of Assab, and another at Zalambessa."))
    bure = found["Bure"]
    assert distance_km(bure.lat, bure.lon, 12.617, 42.200) <= 5    # not Amhara's Burē


# ----------------------------------------------------------------------- in running text

def _place(places, surface):
    found = [place for written, place in places if written.startswith(surface)]
    assert found, f"{surface!r} is no place in {[w for w, _ in places]}"
    return found[0]


@pytest.mark.parametrize("text, surface, point, country, km", [
    # Argun of Chechnya, Patan of Nepal and Al Bab of Syria before
    ("KABUL, 18 October 2025 - Pakistani air strikes on Friday night in Paktika province "
     "killed ten civilians in the Argun and Barmal districts, Afghan officials said.",
     "Argun", (32.90, 69.16), "AF", 15),
    ("KABUL, 18 October 2025 - Pakistani forces fired mortars on Friday evening at villages "
     "in the Dand-e-Patan district of Paktia province, injuring three civilians.",
     "Dand-e-Patan", (33.82, 69.92), "AF", 10),
    ("CHAMAN, 15 October 2025 - A police officer in Chaman said Afghan forces fired first "
     "on Wednesday at Pakistani positions near the Bab-e-Dosti crossing.",
     "Bab-e-Dosti", (30.92, 66.45), "PK", 5),
    # missing before; South Waziristan was a guess at North Waziristan
    ("ISLAMABAD, Oct 12, 2025 - Afghan forces attacked a Pakistani border post at Angoor "
     "Adda in South Waziristan overnight, the ISPR said.",
     "Angoor Adda", (32.52, 69.28), "PK", 5),
    ("ISLAMABAD, Oct 12, 2025 - Afghan forces attacked a Pakistani border post at Angoor "
     "Adda in South Waziristan overnight, the ISPR said.",
     "South Waziristan", (32.31, 69.59), "PK", 40),
    ("Pakistan's military said the strikes followed a suicide attack on a military camp in "
     "Mir Ali, North Waziristan, on Friday.",
     "Mir Ali", (32.97, 70.27), "PK", 5),
    ("KABUL, Oct 12, 2025 - Afghan forces fired on Pakistani posts from Kunar province "
     "overnight, a Taliban commander said.",
     "Kunar province", (34.9, 71.1), "AF", 60),
    ("DUSHANBE, September 18, 2022 - Kyrgyz shelling hit a mosque in the Tajik village of "
     "Ovchi-Kalacha on Friday, killing 10 people.",
     "Ovchi-Kalacha", (40.13, 69.68), "TJ", 5),
    ("DUSHANBE, 30 April 2021 - Kyrgyz servicemen opened fire on a Tajik border post near "
     "the Golovnoy water distribution facility in Sughd region on Thursday.",
     "Golovnoy", (39.95, 70.54), "KG", 10),
    # Sud, Haiti, before
    ("DUSHANBE, 30 April 2021 - Kyrgyz servicemen opened fire on a Tajik border post near "
     "the Golovnoy water distribution facility in Sughd region on Thursday.",
     "Sughd region", (40.2, 69.1), "TJ", 150),
    ("Residents of Karchevan, near Meghri, said the road along the Aras was open.",
     "Karchevan", (38.90, 46.18), "AM", 5),
])
def test_border_places_in_running_text_land_in_their_country(places_in, text, surface, point, country, km):
    place = _place(places_in(text), surface)
    assert place.country_code == country, place
    assert distance_km(place.lat, place.lon, *point) <= km, place


@pytest.mark.parametrize("text, surface", [
    ("Pashinyan said the planned route across Syunik, known in Washington as TRIPP, would "
     "be under Armenian control.", "TRIPP"),
    ("Work on TRIPP will start next year, officials in Yerevan said.", "TRIPP"),
    ("Velayati warned against the so-called Trump Route through Armenia's Syunik province.",
     "Trump Route"),
    ("The Trump Route for International Peace and Prosperity would cross Syunik.",
     "Trump Route for International Peace and Prosperity"),
])
def test_the_us_name_of_the_route_is_the_corridor(places_in, text, surface):
    assert _place(places_in(text), surface).id == "gm:zangezur-corridor"


def test_tripp_in_south_dakota_stays_there(places_in):
    place = _place(places_in("The storm hit Tripp, South Dakota, on Tuesday."), "Tripp")
    assert place.country_code == "US", place


def test_argun_alone_is_still_the_chechen_town(resolve_json):
    found = resolve_json("Argun")
    assert found["country_code"] == "RU", found


# ------------------------------------------------------------------------------- Kashmir

AZAD_KASHMIR = (33.78, 73.79)


JAMMU_AND_KASHMIR = (33.50, 74.90)


@pytest.mark.parametrize("text, surface, country, point", [
    ("Indian missiles struck six locations in Pakistan-administered Kashmir overnight.",
     "Pakistan-administered Kashmir", "PK", AZAD_KASHMIR),
    ("Officials in Pakistan-occupied Kashmir said three people died.",
     "Pakistan-occupied Kashmir", "PK", AZAD_KASHMIR),
    ("Shelling hit villages in Azad Jammu and Kashmir on Thursday.",
     "Azad Jammu and Kashmir", "PK", AZAD_KASHMIR),
    ("Shells landed in Indian-administered Kashmir on Friday.",
     "Indian-administered Kashmir", "IN", JAMMU_AND_KASHMIR),
    ("Shells hit Rajouri and Akhnoor overnight.", "Rajouri", "IN", (33.375, 74.309)),
    ("Shells hit Rajouri and Akhnoor overnight.", "Akhnoor", "IN", (32.896, 74.735)),
    ("Drones were seen over Baramulla.", "Baramulla", "IN", (34.209, 74.343)),
    ("Firing was reported in Mendhar, in Poonch district.", "Mendhar", "IN", (33.60, 74.11)),
    ("Indian shells hit the Leepa Valley on Wednesday.", "Leepa Valley", "PK",
     (34.30, 73.89)),
])
def test_each_sides_kashmir_and_its_towns(places_in, text, surface, country, point):
    found = dict(places_in(text))
    place = found[surface]
    assert place.country_code == country, place
    assert distance_km(place.lat, place.lon, *point) <= 15, place


def test_islamabad_beside_jammu_and_kashmir_is_pakistans_capital(places_in):
    found = dict(places_in("The attack near Pahalgam was the deadliest in Jammu and "
                           "Kashmir in years. India blamed Pakistan-based groups, a charge "
                           "Islamabad denied."))
    assert found["Islamabad"].country_code == "PK"          # not Anantnag's old name
    assert found["Jammu and Kashmir"].name == "Jammu and Kashmir"


# ------------------------------------------------ a border place is at the story's border

@pytest.mark.parametrize("text, surface", [
    # Guatemala's Bethel crossing is missing: no Bethel of the United States is it
    ("Guatemalan soldiers exchanged fire with smugglers at the border crossing of Bethel "
     "on the Usumacinta, across from Frontera Corozal in Mexico.", "Bethel"),
    ("Migrants waited in Bethel, a Guatemalan border village on the Usumacinta, for "
     "boats to Mexico.", "Bethel"),
])
def test_a_border_place_far_inland_is_left_unplaced(resolution_of, text, surface):
    resolution = resolution_of(text, surface)
    assert resolution.place is None
    assert "inland of the border" in resolution.reason


def test_a_border_town_is_its_namesake_at_the_border(resolution_of):
    # Veracruz' Ciudad Cuauhtémoc is the likelier by population; the text puts it at
    # the border with Guatemala, where Chiapas' one lies
    place = resolution_of("Mexican troops reinforced the border town of Ciudad Cuauhtemoc "
                          "after gunmen from Guatemala crossed on Monday.",
                          "Ciudad Cuauhtemoc").place
    assert place.country_code == "MX"
    assert distance_km(place.lat, place.lon, 15.67, -92.00) <= 10


@pytest.mark.parametrize("text, surface, point", [
    # a desert border town 280 km from any settlement across the border stays
    ("Sudanese refugees reached Amdjarass, a Chadian border town, after fighting near "
     "El Geneina.", "Amdjarass", (16.07, 22.84)),
    ("Polish police used water cannon at the border crossing of Kuznica as Belarusian "
     "guards looked on.", "Kuznica", (53.51, 23.64)),
    # a venue of talks on the border, not a place at it
    ("Russian and Ukrainian envoys met in Moscow on the border dispute as shelling hit "
     "Belgorod.", "Moscow", (55.75, 37.62)),
    # news of one country: "the New York border" is a state line, not the country's
    ("Tolls return between West Stockbridge, near the New York border, and Springfield, "
     "Massachusetts officials said.", "West Stockbridge", (42.35, -73.37)),
])
def test_a_border_place_at_the_border_stays(resolution_of, text, surface, point):
    place = resolution_of(text, surface).place
    assert place is not None
    assert distance_km(place.lat, place.lon, *point) <= 10, place


# ---------------------------------------------------- natural regions border news names

#: (as reporting writes it, lat, lon, tolerance km, country code ("" = several))
NATURAL_REGIONS = [
    ("Negev", 30.8, 34.8, 60, "IL"),
    ("Negev desert", 30.8, 34.8, 60, "IL"),
    ("Bekaa Valley", 33.8, 35.9, 40, "LB"),
    ("Ferghana Valley", 40.8, 71.5, 100, ""),
    ("Fergana Valley", 40.8, 71.5, 100, ""),
    ("Ogaden", 7.0, 44.5, 200, "ET"),
    ("Darien Gap", 8.0, -77.5, 60, ""),
    ("Nuba Mountains", 11.5, 30.0, 80, "SD"),
    ("Hindu Kush", 35.5, 70.5, 150, ""),
    ("Suwalki Gap", 54.2, 23.2, 40, ""),
    ("Qalamoun", 33.9, 36.6, 40, "SY"),
    ("Wakhan Corridor", 37.0, 72.5, 100, "AF"),
    ("Lake Chad", 13.0, 14.5, 100, ""),
]


@pytest.mark.parametrize("name, lat, lon, km, country", NATURAL_REGIONS,
                         ids=[r[0] for r in NATURAL_REGIONS])
def test_a_natural_region_is_found_where_it_lies(resolve_json, name, lat, lon, km, country):
    found = resolve_json(name)
    assert (found["kind"], found["country_code"], found["guess"]) == ("region", country,
                                                                      False), found
    assert distance_km(found["lat"], found["lon"], lat, lon) <= km, found


def test_natural_regions_in_running_text(places_in):
    found = dict(places_in("Israeli troops searched the Negev after an Egyptian policeman "
                           "crossed from Sinai, while Hezbollah fighters moved through the "
                           "Bekaa Valley and the Qalamoun mountains near Homs."))
    assert {surface: place.kind for surface, place in found.items()} == {
        "Negev": "region", "Sinai": "region", "Bekaa Valley": "region",
        "Qalamoun mountains": "region", "Homs": "city"}


@pytest.mark.parametrize("text, surface, country", [
    # the region's name leaves the towns it was named after theirs
    ("Protesters gathered in Fergana and Andijan on Monday.", "Fergana", "UZ"),
    ("Police in Suwalki and Augustow closed the roads.", "Suwalki", "PL"),
])
def test_a_town_a_region_is_named_after_stays_the_town(places_in, text, surface, country):
    place = dict(places_in(text))[surface]
    assert place.kind != "region" and place.country_code == country


def test_a_region_inside_a_hyphenated_name_is_no_place_far_away(resolution_of):
    text = ("Clinics in St. Louis merged with a Jordan Valley-style health center, "
            "officials in Springfield, Missouri, said.")
    resolution = resolution_of(text, "Jordan Valley")
    assert resolution.place is None and "longer name" in resolution.reason
