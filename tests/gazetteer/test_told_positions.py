"""A small place the gazetteer has only namesakes of far away, which the text tells the
position of from a place it names ("Tirah, west of Peshawar", "Tanjung, 20 km north of
Tawau"), is put there as a guess (kind "other", a low score, said so in its reason), not
at the namesake abroad; and a name that is only a part of a longer one the gazetteer
lacks ("Santa Rosa" of "Santa Rosa de Yavarí") is no place of its own."""

from __future__ import annotations

import pytest

from geomap.gazetteer.gazetteer import TOLD_POSITION
from gazetteer_helpers import distance_km


@pytest.mark.parametrize("text, surface, country, lat, lon, km", [
    ("Militants ambushed a patrol at Tirah, west of Peshawar, on Sunday.",
     "Tirah", "PK", 34.01, 71.58, 10),
    # the distance and compass point told: 20 km north of Tawau's point
    ("Police raided Tanjung, 20 km north of Tawau, after the kidnapping.",
     "Tanjung", "MY", 4.42, 117.89, 5),
    ("Venezuelan troops shelled La Victoria, east of Guasdualito, on Friday.",
     "La Victoria", "VE", 7.24, -70.73, 10),
])
def test_a_place_told_from_another_is_put_there(resolution_of, text, surface, country,
                                                lat, lon, km):
    resolution = resolution_of(text, surface)
    place = resolution.place
    assert place is not None and place.country_code == country and place.kind == "other"
    assert distance_km(place.lat, place.lon, lat, lon) < km
    assert resolution.reason.startswith(TOLD_POSITION)
    assert resolution.score < 0.5


def test_every_mention_of_the_name_is_put_there(gazetteer):
    from geomap.model import Article
    article = Article(id="t.txt", text="Militants ambushed a patrol at Tirah, west of "
                      "Peshawar. Elders in Tirah said two soldiers died.")
    found = [r for r in gazetteer.locate(article) if r.mention.surface == "Tirah"]
    assert len(found) == 2 and all(r.place is not None and r.place.country_code == "PK"
                                   for r in found)


@pytest.mark.parametrize("text, surface, country", [
    # the gazetteer's place lies where the text says: it stays, as found
    ("Rockets hit Shlomi, near Nahariya, on Monday.", "Shlomi", "IL"),
    ("Ukrainian marines held Krynky, east of Kherson, for months.", "Krynky", "UA"),
    # a city the only place of its name is that city, however far a bare compass point
    # reaches: not a guess at the other city's point
    ("Militants attacked Mosul, north of Baghdad, on Monday.", "Mosul", "IQ"),
    ("A drone hit Kharkiv, north of Dnipro, overnight.", "Kharkiv", "UA"),
    ("Shelling hit Aleppo, north of Damascus, killing three.", "Aleppo", "SY"),
    # a city of several namesakes lying the way told, however far: a compass point without
    # a distance says nothing of how far
    ("Militias clashed in Tripoli, west of Benghazi, on Monday.", "Tripoli", "LY"),
    ("Troops were sent to San Cristobal, southwest of Caracas.", "San Cristobal", "VE"),
])
def test_a_place_found_near_the_other_stays(resolution_of, text, surface, country):
    resolution = resolution_of(text, surface)
    assert resolution.place.country_code == country and resolution.place.kind != "other"


@pytest.mark.parametrize("text, surface", [
    ("Peruvian police patrolled the village of Santa Rosa de Yavari, across from "
     "Leticia.", "Santa Rosa"),
    ("Police raided the hamlet of El Llano de Tigre, near Cucuta.", "El Llano"),
    ("Soldiers searched the village of Puerto Nuevo Paraiso near the Guatemalan border.",
     "Nuevo Paraiso"),
    # the first words of such a name too: no town of Ras in India
    ("Fighting hit the town of Ras al-Ain near the Turkish border.", "Ras"),
])
def test_a_part_of_a_longer_name_is_no_place(resolution_of, text, surface):
    resolution = resolution_of(text, surface)
    assert resolution.place is None and "which the gazetteer lacks" in resolution.reason
