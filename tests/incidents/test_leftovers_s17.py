"""Leftovers of probes V and U (s17), as a user sees them: a side that says its own forces
did no hostile deed denies the incident (even when it goes on to blame another), and the
wounded of a breakdown ("one … and two others") add up to the count told before."""

from __future__ import annotations

import datetime as dt

from incident_helpers import build_article, claims_in

JUNE_20 = dt.date(2024, 6, 20)


def stances_of(result, country: str) -> list[str]:
    return [stance for _, claimant_country, stance in claims_in(result)
            if claimant_country == country]


def test_no_unit_of_ones_own_crossed_is_a_denial(tmp_path):
    result = build_article(tmp_path, (
        "KHARTOUM, June 19 (Wire) - Sudan's army said on Wednesday it had repelled an attack "
        "by Ethiopian militias backed by regular Ethiopian troops in the al-Fashaga border "
        "area, losing five of its own soldiers.\n\n"
        "Ethiopia's Ministry of Foreign Affairs denied that Ethiopian National Defence Force "
        "troops were involved. \"No ENDF unit crossed into Sudanese territory,\" ministry "
        "spokesman Meles Alem told reporters in Addis Ababa, adding that the clash was "
        "between local farmers and the Sudanese army.\n"), JUNE_20)
    assert stances_of(result, "ET") == ["denies", "denies"]
    assert stances_of(result, "SD") == ["asserts"]


def test_own_forces_did_not_fire_and_blame_on_another_is_a_denial(tmp_path):
    result = build_article(tmp_path, (
        "KIGALI, June 19 (Wire) - Shells fired from the Democratic Republic of Congo landed in "
        "the Rwandan border town of Gisenyi on Tuesday, killing one civilian, the Rwanda "
        "Defence Force (RDF) said on Wednesday.\n\n"
        "Congo's government denied responsibility. \"The FARDC did not fire on Rwanda. The "
        "shells came from M23 positions in Kibumba, which are supported by the Rwandan "
        "army,\" government spokesman Patrick Muyaya said in Kinshasa.\n"), JUNE_20)
    assert stances_of(result, "CD") == ["denies", "denies"]
    assert "asserts" in stances_of(result, "RW")


def test_own_forces_holding_fire_while_the_other_side_shelled_stays_an_assertion(tmp_path):
    result = build_article(tmp_path, (
        "YEREVAN, June 19 (Wire) - Azerbaijani forces shelled Armenian positions near Sotk "
        "on Tuesday, Armenia's Defence Ministry said. \"Armenian units did not fire back,\" "
        "the ministry said.\n"), JUNE_20)
    assert set(stances_of(result, "AM")) == {"asserts"}


def test_one_shot_in_the_leg_and_two_others_injured_are_the_three_wounded(tmp_path):
    result = build_article(tmp_path, (
        "GEORGETOWN, June 19 (Wire) - Three Guyana Defence Force (GDF) soldiers were wounded "
        "on Tuesday when their boat came under fire on the Cuyuni river near Eteringbang, "
        "close to the border with Venezuela, the GDF said.\n\n"
        "The soldiers were on a resupply mission when shots were fired from the Venezuelan "
        "bank of the river, the force said in a statement. One soldier was shot in the leg "
        "and two others suffered injuries when the boat ran aground, it said.\n"), JUNE_20)
    (incident,) = result.incidents.itertuples()
    assert (incident.injured_min, incident.injured_max) == (3, 3)


def test_others_wounded_beside_one_wounded_add_up(tmp_path):
    result = build_article(tmp_path, (
        "BISHKEK, June 19 (Wire) - Tajik border guards fired on a Kyrgyz border post near "
        "Kok-Tash on Tuesday, Kyrgyzstan's border service said. One Kyrgyz serviceman was "
        "wounded and two others were injured.\n"), JUNE_20)
    (incident,) = result.incidents.itertuples()
    assert (incident.injured_min, incident.injured_max) == (3, 3)



def test_a_ministrys_information_heading_makes_its_text_the_ministrys_assertion(tmp_path):
    result = build_article(tmp_path, (
        "Information of the Ministry of Defense of the Republic of Armenia\n\n"
        "YEREVAN, July 29, 2021 — On July 28, from 09:40, units of the Armed Forces of "
        "Azerbaijan opened fire from different-calibre weapons, including mortars, at "
        "Armenian combat positions in the eastern part of the border near Verin Shorzha, "
        "Gegharkunik region.\n\n"
        "The Ministry of Defense of Azerbaijan, for its part, stated that Armenian units had "
        "first fired on Azerbaijani positions in the Kalbajar district and that two "
        "Azerbaijani soldiers were wounded, a version the Armenian side called \"a "
        "continuation of the policy of disinformation\".\n"), dt.date(2021, 7, 29))
    (incident,) = result.incidents.itertuples()
    assert str(incident.date)[:10] == "2021-07-28"
    claims = claims_in(result)
    assert ("Ministry of Defense of Armenia", "AM", "asserts") in claims
    assert incident.territory != "AZ"


def test_a_day_without_year_after_one_with_it_keeps_that_year(tmp_path):
    result = build_article(tmp_path, (
        "Information of the Ministry of Defense of the Republic of Armenia\n\n"
        "On September 13, 2022, at 00:05, the armed forces of Azerbaijan launched intensive "
        "fire, using artillery and large-caliber firearms, against Armenian military "
        "positions in the direction of the towns of Goris, Sotk and Jermuk.\n\n"
        "As of 09:00 on September 13, the intensity of the fighting has decreased somewhat, "
        "but the adversary continues to attempt to advance in the direction of Jermuk. "
        "According to updated data, 49 servicemen of the Armenian Armed Forces were "
        "killed.\n"), dt.date(2023, 6, 1))
    (incident,) = result.incidents.itertuples()
    assert str(incident.date)[:10] == "2022-09-13"
    assert incident.fatalities_min == 49
    assert {c for _, c, stance in claims_in(result) if stance == "asserts"} == {"AM"}


def test_words_in_an_interview_are_the_speakers_and_take_up_the_drills_told(tmp_path):
    result = build_article(tmp_path, (
        "TEHRAN, October 1, 2021 — Iran's army began large-scale military exercises on "
        "Friday in the country's northwest along the border with Azerbaijan, state media "
        "reported.\n\n"
        "Azerbaijani President Ilham Aliyev, in an interview with Turkey's Anadolu news "
        "agency on Monday, said he was \"very surprised\" by the exercises and asked why "
        "Iran had not held them during the years when the area was under Armenian "
        "occupation.\n"), dt.date(2021, 10, 1))
    (incident,) = result.incidents.itertuples()
    assert list(incident.actors) == ["IR"]
    claimants = [(name, country) for name, country, _ in claims_in(result)]
    assert ("Ilham Aliyev, President of Azerbaijan", "AZ") in claimants
    assert all(country != "TR" for _, country in claimants)
