"""A person's name is no place: a name between parts of a full name, a person told back by
one name ("Rashid Khan … Rashid told"), a name after an occupation or a national adjective,
the capitalised words of a title-case headline, a far town an article about two sides names
once in passing; while a place the text names as a place stays one."""

from __future__ import annotations

import pytest

from gazetteer_helpers import distance_km

# ----------------------------------------------------------------------- parts of a name

@pytest.mark.parametrize("text, person", [
    ("A drone strike on Tuesday killed Ali Hassan Said, a local commander, near Mosul.",
     "Hassan"),
    ("Security sources said Hassan Said, a militia leader, was wounded near Mosul.",
     "Hassan"),
    ("Gunmen on Sunday abducted Said Hassan Said, an aid worker, outside Mosul.",
     "Hassan"),
])
def test_a_name_between_parts_of_a_persons_name_is_no_place(places_in, text, person):
    found = dict(places_in(text))
    assert person not in found, found
    assert found["Mosul"].country_code == "IQ"


@pytest.mark.parametrize("text, town", [
    # the word after the name is a month, or a capitalised word of a title-case headline
    ("The boat sank in the waters off Mandera March 16, police said.", "Mandera"),
    ("Hassan Man Arrested After Market Blast\n\nPolice in Hassan arrested a man on "
     "Monday.", "Hassan"),
])
def test_a_word_after_a_town_that_is_a_month_or_a_headlines_stays_a_town(places_in,
                                                                        text, town):
    assert town in dict(places_in(text))


@pytest.mark.parametrize("text, name, country", [
    ("Shelling hit Georgian Gori on Monday.", "Gori", "GE"),
    ("Shelling hit Tajik Isfara on Monday.", "Isfara", "TJ"),
    ("Pakistani forces shelled Afghan Spin Boldak on Monday.", "Spīn Bōldak", "AF"),
    ("Crowds gathered in Georgian Batumi.", "Batumi", "GE"),
])
def test_a_national_adjective_is_no_first_name_nor_part_of_a_longer_name(
        places_in, text, name, country):
    # "Georgian" is also a first name, and a capitalised word before a small
    # town made "Georgian Gori" a person's name: no place, the incident all of Georgia
    assert (name, country) in {(p.name, p.country_code) for _, p in places_in(text)}


@pytest.mark.parametrize("text", [
    "Azerbaijani forces shelled Sotk on Monday, journalist Tatul Hakobyan said.",
    "Azerbaijani forces shelled Sotk on Monday, Armenian writer Gyumri Petrosyan said.",
])
def test_a_name_after_an_occupation_is_a_persons(places_in, text):
    # Tatul, a village 170 km away, once made the incident a MultiPoint
    assert [p.name for _, p in places_in(text)] == ["Sotk"]


# -------------------------------------------------------------- people told back by name

#: (text, name): the lone name is the person named in full before it
PEOPLE_TOLD_BACK = [
    ("Mohamed Hassan, the district commissioner, said shelling damaged three houses in "
     "Kupwara on Sunday. Hassan said the road was closed.", "Hassan"),
    ("Rashid Khan, a shopkeeper, was wounded when shells hit Kupwara on Monday. Rashid "
     "told reporters the firing began at dawn.", "Rashid"),
    ("Abbas Karimi, a farmer from Zabol, said guards fired across the river. Abbas said "
     "two of his cows were killed.", "Abbas"),
    ("Paul Dorsey, a resident of Kupwara, said shells fell near his house. Paul said "
     "his family fled to Srinagar.", "Paul"),
    ("Shelling damaged houses in Kupwara, district commissioner Hassan told reporters "
     "on Sunday.", "Hassan"),
]


@pytest.mark.parametrize("text, name", PEOPLE_TOLD_BACK, ids=[p[1] for p in PEOPLE_TOLD_BACK])
def test_a_person_told_back_by_one_name_is_no_place(places_in, text, name):
    found = [written for written, _ in places_in(text)]
    assert name not in found
    assert found                        # the article's real place stays


#: (text, place, lat, lon): the text names a place by the person's name
PLACES_NAMED_LIKE_THE_PERSON = [
    ("Mohamed Hassan, a trader, said the market was calm. Police in Hassan said the "
     "road was closed.", "Hassan", 13.00, 76.10),
    ("Mohamed Hassan, a trader, said the market was calm. Roads in the Hassan district "
     "were closed.", "Hassan", 13.00, 76.10),
    # "Cleveland Alliance" is an organisation's name, not a person's
    ("Joe Carter of the Downtown Cleveland Alliance said shoppers returned to Cleveland "
     "on Monday.", "Cleveland", 41.50, -81.69),
]


@pytest.mark.parametrize("text, name, lat, lon", PLACES_NAMED_LIKE_THE_PERSON,
                         ids=["in Hassan", "Hassan district", "Cleveland Alliance"])
def test_a_place_named_as_a_place_stays(places_in, text, name, lat, lon):
    places = [place for written, place in places_in(text) if written == name]
    assert places and distance_km(places[0].lat, places[0].lon, lat, lon) < 15


# ------------------------------------------------------------------ title-case headlines

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


# ------------------------------------------------------------ far towns named in passing

BORDER = ("Iranian and Afghan border guards clashed near Zabol on Saturday, killing three, "
          "officials in Zaranj said. The clash in Nimroz province followed a dispute over "
          "water. ")


def test_a_far_town_named_once_in_passing_is_left_unplaced(places_in):
    found = [written for written, _ in places_in(BORDER + "Aziz described the shooting "
                                                 "as unprovoked.")]
    assert "Aziz" not in found          # no town in Algeria
    assert "Zabol" in found


@pytest.mark.parametrize("sentence, name, lat, lon", [
    ("Talks were later held in Geneva.", "Geneva", 46.20, 6.15),
    ("A minister in Washington condemned the clash.", "Washington", 38.90, -77.04),
    ("Washington said it was concerned.", "Washington", 38.90, -77.04),
    ("Envoys met in Davos a week later.", "Davos", 46.80, 9.84),
])
def test_a_far_place_the_text_names_as_one_is_kept(places_in, sentence, name, lat, lon):
    places = [place for written, place in places_in(BORDER + sentence) if written == name]
    assert places and distance_km(places[0].lat, places[0].lon, lat, lon) < 25


def test_a_nickname_after_a_title_leaves_the_town_where_the_text_tells_it():
    from geomap.gazetteer import load_gazetteer
    from geomap.model import Article
    text = ("Tom Reyes, the councillor people called 'Mr. Arlington', retired on Friday. "
            "He had been named Volunteer of Arlington twice. A party for him will be held "
            "in Arlington next week.")
    places = [r.place for r in load_gazetteer().locate(Article(id="a.txt", text=text))
              if r.mention.surface == "Arlington" and r.place]
    assert len(places) >= 2             # not only the one after "in"
    assert all(p.country_code == "US" for p in places)
