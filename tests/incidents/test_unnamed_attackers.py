"""Violence told with no state's force as the subject of an active verb: people harmed by
shots or fire whose side a phrase gives, attackers of no state whose deed is told only by
its harm (", killing three") and whose side their own words may tell ("gunmen in Malian
army uniforms", "raiders from Sudan"), a lead that sums up attacks told after it, and two
attacks told in one sentence, each on its own day and at its own place. And what tells
no such event: an anniversary, a fear, a trial, a denial, an accident."""

from __future__ import annotations

import datetime as dt
import math

from incident_helpers import (ATTACK, CLASH, build_article, claims_on, day_of, incident_rows,
                              incidents_by_date, killed)

MAY_25 = dt.date(2024, 5, 25)       # a Saturday
NOV_4_2020 = dt.date(2020, 11, 4)   # a Wednesday


def _kind(incident) -> tuple[str, str]:
    return incident.event_type, incident.sub_event_type


def _places(incident) -> set[str]:
    return set(incident.places)


def test_a_herder_wounded_by_shots_from_the_other_side_is_an_incident_of_both(tmp_path):
    (incident,) = incident_rows(build_article(tmp_path, (
        "A Kyrgyz herder was wounded on Tuesday by shots fired from the Tajik side of the "
        "border near the village of Kok-Tash in Batken region, the Kyrgyz border service "
        "said. He was taken to hospital in Batken.\n"), MAY_25))
    assert day_of(incident.date) == dt.date(2024, 5, 21)
    assert set(incident.actors) == {"KG", "TJ"}
    assert (incident.injured_min, incident.injured_max) == (1, 1)
    assert "Kok-Tash" in _places(incident)


def test_a_man_of_a_village_told_with_its_distance_is_counted_wounded(tmp_path):
    (incident,) = incident_rows(build_article(tmp_path, (
        "A 46-year-old man from Šturlić, a village 14 km north of Cazin, was wounded on "
        "Friday evening by shots that police say came from the Croatian side of the "
        "border.\n"), dt.date(2023, 11, 13)))
    assert day_of(incident.date) == dt.date(2023, 11, 10)
    assert "HR" in incident.actors
    assert (incident.injured_min, incident.injured_max) == (1, 1)


def test_guards_killed_in_fire_from_across_the_border_are_an_incident(tmp_path):
    (incident,) = incident_rows(build_article(tmp_path, (
        "Two Afghan border policemen were killed on Wednesday in fire from across the border "
        "near Spin Boldak, officials in Kandahar said.\n"), MAY_25))
    assert _kind(incident) == CLASH
    assert day_of(incident.date) == dt.date(2024, 5, 22)
    assert killed(incident) == (2, 2)
    assert "AF" in incident.actors


def test_raiders_from_a_neighbour_killing_villagers_attack_civilians_of_both(tmp_path):
    (incident,) = incident_rows(build_article(tmp_path, (
        "Armed raiders who crossed from Sudan stormed a cattle camp near Aweil on Sunday, "
        "killing 12 villagers and wounding nine, county officials in South Sudan said.\n"),
        MAY_25))
    assert _kind(incident) == ATTACK
    assert day_of(incident.date) == dt.date(2024, 5, 19)
    assert set(incident.actors) == {"SD", "SS"}
    assert killed(incident) == (12, 12)
    assert (incident.injured_min, incident.injured_max) == (9, 9)
    assert "Aweil" in _places(incident)


def test_raiders_from_a_neighbour_killing_herders_told_by_a_plain_verb(tmp_path):
    (incident,) = incident_rows(build_article(tmp_path, (
        "Raiders from Chad killed four herders near Kutum on Tuesday, officials in North "
        "Darfur said.\n"), MAY_25))
    assert _kind(incident) == ATTACK
    assert set(incident.actors) == {"SD", "TD"}
    assert killed(incident) == (4, 4)


def test_farmers_killed_by_gunshots_from_across_a_river_keep_only_their_side(tmp_path):
    (incident,) = incident_rows(build_article(tmp_path, (
        "Two farmers were killed by gunshots from across the Ruvuma river on Thursday near "
        "Newala, Tanzanian police said.\n"), MAY_25))
    assert set(incident.actors) == {"TZ"}
    assert killed(incident) == (2, 2)
    assert "Newala" in _places(incident)


def test_a_shootout_of_mid_september_is_no_part_of_todays_raid(tmp_path):
    incidents = incident_rows(build_article(tmp_path, (
        "Officials in Lodwar said today that cattle rustlers had killed nine herders near "
        "Lokichoggio. In mid-September, 14 people were killed in a shootout as raiders "
        "attacked a village near Kakuma.\n"), dt.date(2024, 1, 9)))
    (today,) = [i for i in incidents if day_of(i.date) == dt.date(2024, 1, 9)]
    assert killed(today) == (9, 9)
    # (the shootout, if told, is of its own month)
    assert all(day_of(i.date) <= dt.date(2023, 9, 30) for i in incidents if i is not today)


def test_gunmen_in_a_neighbours_uniforms_told_in_a_when_lede(tmp_path):
    (incident,) = incident_rows(build_article(tmp_path, (
        "NIAMEY (Wire) - When gunmen in Malian army uniforms rode into a market near Ayorou "
        "on Friday, killing seven traders and wounding four, it was the third such raid "
        "this year, residents said.\n"), MAY_25))
    assert _kind(incident) == ATTACK
    assert day_of(incident.date) == dt.date(2024, 5, 24)
    assert set(incident.actors) == {"ML", "NE"}
    assert killed(incident) == (7, 7)


def test_unidentified_gunmen_keep_only_the_side_they_hit(tmp_path):
    (incident,) = incident_rows(build_article(tmp_path, (
        "A Colombian army patrol was attacked by unidentified gunmen near Tibu, close to the "
        "Venezuelan border, on Monday, leaving two soldiers dead, the army said.\n"), MAY_25))
    assert set(incident.actors) == {"CO"}
    assert killed(incident) == (2, 2)


def test_gunmen_of_no_told_side_attacking_tourists_have_no_sides(tmp_path):
    (incident,) = incident_rows(build_article(tmp_path, (
        "Gunmen opened fire on tourists near Pahalgam on Tuesday, killing 26 people, "
        "police said.\n"), MAY_25))
    assert _kind(incident) == ATTACK
    assert list(incident.actors) == []


def test_a_lead_summing_up_two_raids_is_no_incident_of_its_own(tmp_path):
    result = build_article(tmp_path, (
        "DAR ES SALAAM (Wire) - Armed groups from Mozambique attacked Tanzanian villages "
        "twice in the past three weeks, Tanzanian police said on Wednesday.\n\n"
        "In the first attack, on 14 October, fighters crossed the Ruvuma river and stormed "
        "a village in Mtwara region, killing 20 villagers.\n\n"
        "The second raid came on 28 October, when a smaller group hit a village in "
        "Tandahimba district, killing three people and wounding one.\n"), NOV_4_2020)
    first, second = incidents_by_date(result)
    assert (day_of(first.date), day_of(second.date)) == (dt.date(2020, 10, 14),
                                                          dt.date(2020, 10, 28))
    assert killed(first) == (20, 20)
    assert killed(second) == (3, 3)
    assert (second.injured_min, second.injured_max) == (1, 1)
    assert "Tandahimba" in _places(second)
    # the police's word is on each attack it counts, a claim of its own on each
    assert ("Tanzanian police", "TZ", "asserts") in claims_on(result, first.id)
    assert ("Tanzanian police", "TZ", "asserts") in claims_on(result, second.id)
    ids = list(result.claims["id"])
    assert len(ids) == len(set(ids))


def test_two_dated_attacks_in_one_sentence_are_two_incidents(tmp_path):
    first, second = incidents_by_date(build_article(tmp_path, (
        "Jihadist fighters attacked an army camp in Tessit on 3 May, killing four soldiers, "
        "and a convoy near Ansongo on 17 May, killing seven, Mali's army said.\n"), MAY_25))
    assert (day_of(first.date), day_of(second.date)) == (dt.date(2024, 5, 3),
                                                          dt.date(2024, 5, 17))
    assert _places(first) == {"Tessit"} and _places(second) == {"Ansongo"}
    assert (killed(first), killed(second)) == ((4, 4), (7, 7))


def test_one_toll_for_two_dated_attacks_is_neither_ones(tmp_path):
    first, second = incidents_by_date(build_article(tmp_path, (
        "Jihadist fighters attacked an army camp in Tessit on 3 May and a convoy near "
        "Ansongo on 17 May, killing eleven soldiers in all, Mali's army said.\n"), MAY_25))
    assert (day_of(first.date), day_of(second.date)) == (dt.date(2024, 5, 3),
                                                          dt.date(2024, 5, 17))
    assert all(killed(i) == (None, None) or killed(i) != killed(i) for i in (first, second))


def test_a_soldier_killed_one_day_and_buried_another_is_one_incident(tmp_path):
    (incident,) = incident_rows(build_article(tmp_path, (
        "An Azerbaijani soldier was killed near Gazakh on Monday and buried in Ganja on "
        "Wednesday, the defence ministry said.\n"), MAY_25))
    assert day_of(incident.date) == dt.date(2024, 5, 20)


def test_what_recalls_fears_tries_or_denies_violence_opens_no_incident(tmp_path):
    for text in (
            "On Friday, residents of Aweil marked the anniversary of the 2014 raid in which "
            "gunmen from Sudan stormed the town, killing 12 people.",
            "Villagers near Aweil said on Sunday they feared attacks by gunmen from Sudan as "
            "the dry season began.",
            "A court in Bishkek on Monday sentenced three gunmen to 15 years in prison for "
            "attacking a border post near Batken in 2022.",
            "The Croatian interior ministry said on Saturday that no shots had been fired at "
            "the village of Šturlić.",
            "A bus carrying migrants overturned near Tapachula on Sunday, killing nine people "
            "and injuring twenty, Mexican officials said.",
            "A group of hikers was caught by a landslide near Batken on Sunday, killing two, "
            "officials said."):
        assert incident_rows(build_article(tmp_path, text + "\n", MAY_25)) == [], text


# --- second reading (helper S5): where the readings above must not fire, and what they missed


def test_a_team_a_bill_or_a_deal_is_no_attacker(tmp_path):
    for text in (
            "The Las Vegas Raiders beat the Denver Broncos 27-20 on Sunday in Denver.",
            "Rebels walked out of the peace talks in Juba on Friday, leaving the ceasefire "
            "deal dead in the water.",
            "Party rebels in the Kenyan parliament in Nairobi joined the opposition on "
            "Tuesday, leaving the finance bill dead.",
            "One group of protesters set fire to a police station in Kisumu on Tuesday, "
            "leaving three people dead, Kenyan police said.",
            "Conservative rebels in London voted with the opposition on Tuesday, killing a "
            "plan to send migrants to Rwanda.",
            "Insurgents in the ruling party in Islamabad defied the prime minister on Monday, "
            "killing a deal with Afghanistan on border trade.",
            "Fighters from the Kazakh team in Almaty beat their Kyrgyz rivals on Saturday, "
            "leaving two of them injured."):
        assert incident_rows(build_article(tmp_path, text + "\n", MAY_25)) == [], text


def test_a_fear_told_before_when_the_attack_came_is_no_hypothetical(tmp_path):
    (incident,) = incident_rows(build_article(tmp_path, (
        "Residents said they had feared the worst when gunmen attacked the village of Kutum "
        "on Sunday, killing five herders.\n"), MAY_25))
    assert day_of(incident.date) == dt.date(2024, 5, 19)
    assert killed(incident) == (5, 5)


def test_an_attack_on_a_commemoration_is_news_not_a_recalled_event(tmp_path):
    (rally,) = incident_rows(build_article(tmp_path, (
        "An anniversary rally in Kabul was hit by a suicide bomber on Thursday, killing "
        "eight people, police said.\n"), MAY_25))
    assert day_of(rally.date) == dt.date(2024, 5, 23) and killed(rally) == (8, 8)
    (mourners,) = incident_rows(build_article(tmp_path, (
        "Mourners at a commemoration of the 1989 massacre in Kutum were attacked by gunmen "
        "on Sunday, witnesses said.\n"), MAY_25))
    assert day_of(mourners.date) == dt.date(2024, 5, 19)
    (shelling,) = incident_rows(build_article(tmp_path, (
        "On the anniversary of the ceasefire Azerbaijani forces shelled Sotk on Monday, the "
        "Armenian ministry said.\n"), MAY_25))
    assert set(shelling.actors) == {"AM", "AZ"} and "Sotk" in _places(shelling)


def test_an_aftermath_on_a_later_day_is_no_second_incident(tmp_path):
    for text, place in (
            ("Gunmen killed four soldiers near Tessit on 3 May and the army held a funeral "
             "in Gao on 5 May.", "Tessit"),
            ("Gunmen attacked a convoy near Ansongo on 3 May and a curfew was imposed in Gao "
             "on 18 May.", "Ansongo"),
            ("A Thai soldier was killed near Mae Sot on 3 May, and in Bangkok on 17 May the "
             "army chief vowed to find the attackers.", "Mae Sot")):
        (incident,) = incident_rows(build_article(tmp_path, text + "\n", MAY_25))
        assert day_of(incident.date) == dt.date(2024, 5, 3), text
        assert place in _places(incident), text


def test_the_first_of_two_dated_deaths_keeps_its_count_told_before_the_verb(tmp_path):
    first, second = incidents_by_date(build_article(tmp_path, (
        "Two Malian soldiers were killed near Tessit on 3 May and three near Ansongo on "
        "17 May, the army said.\n"), MAY_25))
    assert (day_of(first.date), day_of(second.date)) == (dt.date(2024, 5, 3),
                                                          dt.date(2024, 5, 17))
    assert killed(first) == (2, 2)
    assert _places(second) == {"Ansongo"}


def test_gunmen_where_they_struck_or_told_by_a_speaker_are_of_no_state(tmp_path):
    for text in (
            "Gunmen in Nigeria's Zamfara state killed 20 villagers on Sunday, police said.",
            "Gunmen in a Kenyan border village shot dead two traders on Sunday, police in "
            "Moyale said.",
            "Ethiopia said gunmen killed three herders near Moyale on Sunday."):
        (incident,) = incident_rows(build_article(tmp_path, text + "\n", MAY_25))
        assert _kind(incident) == ATTACK, text
        assert list(incident.actors) == [], text


def test_raiders_told_to_come_from_a_neighbour_after_a_speaking_army(tmp_path):
    (incident,) = incident_rows(build_article(tmp_path, (
        "Sudan's army said raiders who had come from Chad attacked a village near Geneina "
        "on Monday, killing seven.\n"), MAY_25))
    assert _kind(incident) == ATTACK
    assert set(incident.actors) == {"SD", "TD"}
    assert killed(incident) == (7, 7)


def test_rubber_bullets_at_a_protest_or_a_deed_told_in_court_open_no_incident(tmp_path):
    for text in (
            "A teenager was wounded in the leg on Friday by rubber bullets fired by police "
            "during a protest in Nairobi.",
            "Two students were hurt on Monday by plastic bullets fired by riot police in "
            "Tbilisi, witnesses said.",
            "A prosecutor told the court in Kampala on Monday that the gunmen entered a "
            "house near Arua, killing two people."):
        assert incident_rows(build_article(tmp_path, text + "\n", MAY_25)) == [], text


def test_guards_killed_in_crossfire_from_the_other_side(tmp_path):
    (incident,) = incident_rows(build_article(tmp_path, (
        "Two Tajik border guards were killed on Monday in crossfire from Kyrgyz positions "
        "near Vorukh, Tajik officials said.\n"), MAY_25))
    assert killed(incident) == (2, 2)
    assert "TJ" in incident.actors and "Vorukh" in _places(incident)


def test_a_lead_that_counts_its_own_wounded_over_the_weekend_is_no_summary(tmp_path):
    incidents = incident_rows(build_article(tmp_path, (
        "Indian officials said on Monday that Pakistani troops had repeatedly fired on "
        "villages near Uri over the weekend, wounding three civilians.\n\n"
        "On Sunday, a shell hit a house in Poonch, killing a woman.\n"), MAY_25))
    (uri,) = [i for i in incidents if "Uri" in _places(i)]
    assert (uri.injured_min, uri.injured_max) == (3, 3)
    (poonch,) = [i for i in incidents if i is not uri]
    assert killed(poonch) == (1, 1) and math.isnan(poonch.injured_max)  # none told


def test_a_mid_month_deadline_or_since_mid_month_is_no_date_of_the_clash(tmp_path):
    for text in (
            "Armenian and Azerbaijani troops clashed near Sotk ahead of a mid-June deadline "
            "for a peace deal, the Armenian ministry said on Saturday.",
            "Armenian and Azerbaijani troops clashed near Sotk on Saturday, the worst "
            "fighting since mid-March, the Armenian ministry said."):
        (incident,) = incident_rows(build_article(tmp_path, text + "\n", MAY_25))
        assert day_of(incident.date) == MAY_25, text


def test_one_deed_done_repeatedly_or_a_separate_incident_after_is_no_summary(tmp_path):
    for text in (
            "Gunmen repeatedly stabbed a shepherd near Batken, the Kyrgyz border service "
            "said on Monday.\n\nOn Sunday, Tajik forces fired on a Kyrgyz patrol near "
            "Kok-Tash, another statement said.\n",
            "Gunmen attacked herders near Batken twice this month, the Kyrgyz border service "
            "said on Monday.\n\nIn a separate incident on Sunday, Tajik forces fired on a "
            "Kyrgyz patrol near Kok-Tash.\n"):
        incidents = incident_rows(build_article(tmp_path, text, MAY_25))
        assert any("Batken" in _places(i) and _kind(i) == ATTACK for i in incidents), text
        (patrol,) = [i for i in incidents if "Kok-Tash" in _places(i)]
        assert set(patrol.actors) == {"KG", "TJ"}


def test_raiders_killing_a_herder_told_by_the_participle(tmp_path):
    (incident,) = incident_rows(build_article(tmp_path, (
        "Raiders who crossed from Sudan stormed a cattle camp near Aweil on Sunday, killing a "
        "young herder and wounding two.\n"), MAY_25))
    assert _kind(incident) == ATTACK
    assert set(incident.actors) == {"SD", "SS"}
    assert killed(incident) == (1, 1)
