"""Session 20 (helper N1): place names inside whole articles. A headline in title case
is weak evidence of a person ("Police Said Kherson Shelling Killed Five": "Said" is a
first name too), so it must not take a place away from the body; and a town qualified
by its state or country ("Athens, Texas") stays that town however the rest of the
article leans."""

from __future__ import annotations

import datetime as dt

import pytest

from geomap.model import BuildOptions

from gazetteer_helpers import distance_km

# --------------------------------------------------------------- title-case headlines

BODY = "\nRussian shelling of {place} killed five civilians on Tuesday, the governor said."

#: (headline, place): a first name that is also a common word ("Said", "Mark", "Grace",
#: "Hope") before or after the place, capitalised only because the line is a headline
HEADLINES = [
    ("Police Said {place} Shelling Killed Five", "Kherson"),
    ("Mayor Said {place} Was Shelled Overnight", "Kherson"),
    ("Hassan Said {place} Is Safe After Shelling", "Kherson"),
    ("POLICE SAID {place} SHELLING KILLED FIVE", "Kherson"),
    ("{place} Said Calm After Night Of Shelling", "Nikopol"),
    ("Officials Said {place} Would Be Evacuated", "Bentiu"),
    ("Grace Period Ends In {place} As Shelling Resumes", "Mandera"),
    ("Hope Fades In {place} After Shelling", "Garissa"),
]


@pytest.mark.parametrize("headline, place", HEADLINES, ids=[h[0] for h in HEADLINES])
def test_a_title_case_headline_leaves_the_body_its_place(places_in, headline, place):
    # the headline's own mention may still be read as part of a longer name ("Kherson
    # Shelling"); the body's plain one must stay a place
    text = headline.format(place=place) + BODY.format(place=place)
    found = [written for written, _ in places_in(text)]
    assert place in found, found


def test_a_surname_read_in_a_headline_leaves_the_body_its_place(places_in):
    # "Omar" is a first name and no common word: the headline may well name a person,
    # but the body's plain "in Bentiu" is the town
    text = ("Envoy Omar Bentiu Talks Collapse\nFighting resumed in Bentiu on Monday, "
            "officials said.")
    found = [(written, place.country_code) for written, place in places_in(text)]
    assert found[-1:] == [("Bentiu", "SS")], found


@pytest.mark.parametrize("text, person", [
    # running text: a capitalised "Said" inside a sentence is a first name
    ("The commander Said Kherson was killed in Gaza on Monday. Kherson's brother said "
     "the family would bury him in Gaza.", "Kherson"),
    # a credit line and a byline are lines of names, not headlines
    ("Shelling hit Kherson on Monday.\n(Reporting by Jon Herskovitz; Editing by Bill "
     "Rigby)", "Rigby"),
])
def test_names_of_people_outside_headlines_stay_people(places_in, text, person):
    assert person not in [written for written, _ in places_in(text)]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Two short reports built with the real gazetteer: incidents by article."""
    import geomap

    folder = tmp_path_factory.mktemp("s20n1")
    texts = {
        "kherson.txt": "Police Said Kherson Shelling Killed Five\nRussian shelling of "
                       "Kherson killed five civilians on Tuesday, the regional governor "
                       "said.",
        "athens.txt": "Mexican soldiers fired on US border agents in Athens, Texas, on "
                      "Monday, killing two agents, US officials said.",
    }
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    result = geomap.build([folder / name for name in texts],
                          BuildOptions(published=dt.date(2024, 5, 10)))
    return {row["articles"][0]: row for _, row in result.incidents.iterrows()}


@pytest.mark.parametrize("article, point", [("kherson.txt", (46.64, 32.61)),
                                            ("athens.txt", (32.20, -95.86))])
def test_the_incident_is_drawn_at_the_place_the_body_names(built, article, point):
    incident = built[article]
    geometry = incident.geometry
    assert geometry is not None and geometry.geom_type == "Point"
    assert distance_km(geometry.y, geometry.x, *point) < 15


#: a group named after the place, speaking of it or holding it: the place stays, at
#: every mention
GROUP_SPEAKS = [
    ("Fighters stormed Bentiu, the group said on Monday. Residents fled Bentiu "
     "overnight.", "Bentiu", 2),
    ("Rebels seized Malakal, the movement said in a statement. Aid workers left "
     "Malakal.", "Malakal", 2),
    ("Militants attacked Mandera, the group claimed. Police in Mandera said two died.",
     "Mandera", 2),
    ("Fighters stormed Bentiu, the rebel group's stronghold, on Monday.", "Bentiu", 1),
]


@pytest.mark.parametrize("text, name, count", GROUP_SPEAKS,
                         ids=[g[0][:30] for g in GROUP_SPEAKS])
def test_a_group_speaking_after_a_place_leaves_the_place(places_in, text, name, count):
    assert [written for written, _ in places_in(text)].count(name) == count


def test_a_group_named_in_apposition_is_still_no_place(places_in):
    text = "The Fano, an Amhara militia, attacked the town. Fano fighters later withdrew."
    assert "Fano" not in [written for written, _ in places_in(text)]


# --------------------------------------------------------------- qualifiers

#: (article, name as written, WGS 84 point, km): the qualifier after the first mention
#: holds for that mention and the later bare ones, whatever else the article names
QUALIFIED = [
    ("Greek and Cypriot tourists were among the wounded when a gunman opened fire in "
     "Athens, Texas, on Monday. Athens police said he was arrested.",
     "Athens", (32.20, -95.86), 15),
    ("French police were told after a gunman opened fire in Paris, Texas, on Monday. "
     "Paris officials closed the schools.", "Paris", (33.66, -95.56), 15),
    ("Libyan and Syrian families fled when clashes broke out in Tripoli, Lebanon, on "
     "Sunday. The army deployed in Tripoli overnight.", "Tripoli", (34.44, 35.85), 15),
    ("Indian officials condemned the attack in Hyderabad, Sindh, where gunmen killed two "
     "police officers. Hyderabad was calm on Tuesday.", "Hyderabad", (25.39, 68.37), 15),
    ("Tbilisi and Yerevan sent envoys after an explosion in Athens, Ga., on Monday.",
     "Athens", (33.96, -83.38), 15),
    # a bearing before the qualifier, and a place named before "town of"
    ("Libyan families fled when clashes broke out in Tripoli in northern Lebanon on "
     "Sunday. Tripoli was calm on Monday.", "Tripoli", (34.44, 35.85), 15),
    ("A gunman opened fire in the Texas town of Athens on Monday. Greek tourists in "
     "Athens were unhurt.", "Athens", (32.20, -95.86), 15),
    ("Gunmen attacked the Sindh city of Hyderabad, and Indian officials condemned the "
     "attack.", "Hyderabad", (25.39, 68.37), 15),
    ("Protesters shut roads in Khnatsakh in southern Syunik on Monday.", "Syunik",
     (39.2, 46.2), 60),
]


@pytest.mark.parametrize("text, name, point, km", QUALIFIED, ids=[q[1] for q in QUALIFIED])
def test_a_qualifier_holds_for_every_mention(places_in, text, name, point, km):
    places = [place for written, place in places_in(text) if written == name]
    assert len(places) == text.count(name), places
    for place in places:
        assert distance_km(place.lat, place.lon, *point) < km, place


def test_santa_cruz_bolivia_is_in_bolivia(places_in):
    text = "Protesters blocked roads around Santa Cruz, Bolivia, on Monday."
    assert [p.country_code for w, p in places_in(text) if w == "Santa Cruz"] == ["BO"]
