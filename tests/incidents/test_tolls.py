"""The toll an analyst copies from an incident (fatalities and injured, minimum and
maximum): counts told over several sentences or by several sources add up, replace one
another or cap an open count; a vague word, the dead of another event, a count running
"since" a day and what is no person count for nothing. How one phrase is counted is in
test_casualties.py."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from geomap.incidents.casualties import find_casualties

from incident_helpers import (
    JUNE_20, MAY_10, OCT_20_2025, PAHALGAM, SEPT_15, build_article, built_one_incident,
    day_of, incidents_built, killed, only_figures, only_incident)


def counts(c) -> tuple:
    return (c.fatalities_min, c.fatalities_max), (c.injured_min, c.injured_max)


NONE = (None, None)


@pytest.mark.parametrize("text, killed, injured", [
    # an upper bound of a toll, with or without a verb before it
    ("A doctor at the district hospital put the death toll as high as 20.", (None, 20), NONE),
    ("The toll could be as high as 9, a village elder said.", (None, 9), NONE),
    ("The number of dead was up to 30, according to a local official.", (None, 30), NONE),
    # "death toll" is the head of a toll, never a count of one death
    ("A spokesman for the governor gave no death toll.", NONE, NONE),
    ("A ministry source put the death toll at 7.", (7, 7), NONE),
    # the officialese of statements: harm named by a noun before the people it befell
    ("The enemy attack led to the martyrdom of one soldier and the injury of two others.",
     (1, 1), (2, 2)),
    ("The shelling claimed the lives of three villagers near the border.", (3, 3), NONE),
    ("The bombardment caused the death of a shepherd and injuries to four farmers.",
     (1, 1), (4, 4)),
    ("The raid resulted in the wounding of two policemen.", NONE, (2, 2)),
    # ... and by a verb or a phrase after them
    ("Two border guards were martyred and five others sustained injuries.", (2, 2), (5, 5)),
    ("Four conscripts lost their lives in the attack.", (4, 4), NONE),
    ("Three servicemen received wounds of varying severity.", NONE, (3, 3)),
    ("Two of the policemen later died of their wounds.", (2, 2), NONE),
    ("A conscript lost his life when the post was shelled.", (1, 1), NONE),
    ("Two soldiers embraced martyrdom in the exchange of fire.", (2, 2), NONE),
    ("A border guard succumbed to his injuries in hospital on Friday.", (1, 1), NONE),
    # a vague word of "more than one" is no figure
    ("Several civilians were wounded in the shelling.", NONE, NONE),
    ("A few soldiers were hurt when the shell landed.", NONE, NONE),
    ("A handful of villagers were injured.", NONE, NONE),
    ("Many people were killed, the residents said.", NONE, NONE),
    ("A couple of herders were wounded by the shelling.", NONE, (2, 3)),
    # a word of an order of size gives the smallest of that size
    ("Dozens of people were injured in the blast.", NONE, (12, 99)),
    ("Hundreds of people were killed in the fighting.", (100, 999), NONE),
    # one more, counted by an ordinal after the first, in the same sentence
    ("A shepherd was wounded on Monday and a second villager was slightly hurt.",
     NONE, (2, 2)),
])
def test_toll_forms(text, killed, injured):
    assert counts(find_casualties(text)) == (killed, injured)


def test_a_person_counted_by_an_ordinal_is_one_more_than_told_before():
    c = find_casualties("The council later said a second farmer had been hurt, revising "
                        "its earlier report of one wounded.")
    assert counts(c) == (NONE, (1, 1)) and c.further


def test_several_wounded_leaves_the_wounded_unknown(tmp_path):
    incident = only_incident(tmp_path, (
        "Tajik and Kyrgyz border guards exchanged fire near Vorukh on Tuesday, the Kyrgyz "
        "border service said. Several people were wounded."))
    assert (incident.injured_min, incident.injured_max) == NONE


def test_a_statement_counts_its_martyrs_and_injured(tmp_path):
    incident = only_incident(tmp_path, (
        "An air strike hit a military post near Quneitra on Thursday, the Syrian army said. "
        "The aggression led to the martyrdom of three soldiers and the injury of four others."))
    assert (incident.fatalities_min, incident.fatalities_max) == (3, 3)
    assert (incident.injured_min, incident.injured_max) == (4, 4)


# An upper bound from a second source caps an open count (extract ``_estimates``), and a
# report of one group alone adds up (``_further_added``).
def test_an_upper_bound_from_a_second_source_caps_an_open_toll(tmp_path):
    incident = only_incident(tmp_path, (
        "Saudi artillery fire struck a livestock market in Saada on Monday, killing at least five "
        "people, the provincial health office said. A hospital source put the death toll as "
        "high as 9."))
    assert (incident.fatalities_min, incident.fatalities_max) == (5, 9)


def test_a_second_villager_hurt_makes_two_wounded(tmp_path):
    incident = only_incident(tmp_path, (
        "YEREVAN, May 6 - A shepherd was wounded by gunfire from Azerbaijani positions near "
        "Sotk on Monday, local authorities said. The governor's office later said a second "
        "villager had been slightly hurt, revising its earlier report of one casualty."))
    assert (incident.injured_min, incident.injured_max) == (2, 2)


def test_residents_who_have_died_in_the_clashes_are_counted(tmp_path):
    result = build_article(tmp_path, "Batken, 1 May 2021 - District officials say 33 residents of "
                                     "Batken region have died in the clashes of Wednesday and "
                                     "Thursday.",
                           dt.date(2021, 5, 2))
    (incident,) = result.incidents.itertuples()
    assert list(incident.actors) == ["KG", "TJ"] and incident.fatalities_min == 33


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


@pytest.mark.parametrize("text", [
    "A drone struck a car near Kyarki on Sunday, injuring two civilians, the Azerbaijani "
    "interior ministry said.",
    "A drone struck a car near Kyarki on Sunday, the Azerbaijani interior ministry said. "
    "Two civilians were injured, one of them seriously.",
    "A drone struck a car near Kyarki on Sunday, injuring two civilians, the Azerbaijani "
    "interior ministry said. One of them was taken to hospital in serious condition.",
])
def test_two_injured_stay_two_when_one_of_them_is_told_of(tmp_path, text):
    (incident,) = build_article(tmp_path, text + "\n", MAY_10).incidents.itertuples()
    assert (incident.injured_min, incident.injured_max) == (2, 2)


def test_some_of_a_group_not_counted_before_are_its_count(tmp_path):
    (incident,) = build_article(tmp_path, (
        "An Armenian patrol came under fire near Sotk on Sunday, the Armenian defence "
        "ministry said. Two of them were wounded.\n"), MAY_10).incidents.itertuples()
    assert (incident.injured_min, incident.injured_max) == (2, 2)


def test_animals_killed_are_no_casualties():
    from geomap.incidents.casualties import find_casualties

    found = find_casualties("The governor said a shepherd was slightly wounded and that "
                            "several cows were killed.")
    assert (found.fatalities_min, found.injured_min) == (None, 1)
    found = find_casualties("The shelling killed 30 sheep and wounded two shepherds.")
    assert (found.fatalities_min, found.injured_min) == (None, 2)


def test_a_count_since_a_day_is_the_fighting_told_on_the_day_it_was_said(tmp_path):
    result = build_article(tmp_path, (
        "Kyrgyzstan said on Thursday that four of its border guards had been killed in "
        "fighting with Tajikistan on the border. Tajikistan's border committee said three "
        "Tajik servicemen had been killed since Monday."), SEPT_15)
    (incident,) = result.incidents.itertuples()
    assert set(incident.actors) == {"KG", "TJ"}
    assert killed(incident) == (7, 7)
    assert incident.date == "2022-09-12"        # the fighting from Monday on
    assert {c.claimant_country for c in result.claims.itertuples()
            if c.incident_id == incident.id} == {"KG", "TJ"}


def test_a_count_since_a_day_goes_to_the_fighting_not_to_a_shelling_told_after_it(tmp_path):
    incidents = incidents_built(tmp_path, (
        "Kyrgyzstan said on Wednesday that four of its border guards had been killed in a "
        "second day of fighting with Tajikistan. The Kyrgyz border service said Tajik "
        "mortars had shelled the village of Kok-Tash in Batken region overnight, killing a "
        "woman. Tajikistan's border committee said three Tajik servicemen had been killed "
        "since Monday."), dt.date(2022, 9, 14))
    by_type = {i.event_type: i for i in incidents}
    assert set(by_type) == {"Battles", "Explosions/Remote violence"}
    assert killed(by_type["Battles"]) == (7, 7)
    assert killed(by_type["Explosions/Remote violence"]) == (1, 1)
    assert list(by_type["Explosions/Remote violence"].places) == ["Kok-Tash"]


def test_a_count_since_a_day_before_an_event_of_its_own_day_is_another_incident(tmp_path):
    incidents = incidents_built(tmp_path, (
        "Kyrgyz border guards fired on Tajik positions near Kok-Tash on Thursday, the Tajik "
        "border committee said. Twelve people have been killed in clashes near Vorukh since "
        "Monday, a rights group said."), SEPT_15)
    assert len(incidents) == 2


def test_killed_two_days_earlier_counts_no_one_more(tmp_path):
    result = build_article(tmp_path, (
        "YEREVAN, June 13 — An Armenian soldier was killed by sniper fire near Sotk on "
        "Tuesday, June 11, Armenia's Defence Ministry said. The soldier, killed two days "
        "earlier, was buried in Gyumri.\n"), JUNE_20)
    (incident,) = result.incidents.itertuples()
    assert (incident.fatalities_min, incident.fatalities_max) == (1, 1)


def test_a_detainee_wounded_in_the_arrest_counts(tmp_path):
    result = build_article(tmp_path, "Azerbaijani border guards detained four people who crossed "
                                     "from Iran near the town of Astara on the night of 7 May, "
                                     "the State Border Service said on Thursday. When the patrol "
                                     "ordered them to stop, one of the men fired a pistol and was "
                                     "wounded in the leg.", dt.date(2024, 5, 10))
    (incident,) = result.incidents.itertuples()
    assert incident.sub_event_type == "Arrests" and incident.injured_min == 1


def fatalities_of(result) -> list[tuple]:
    def value(v):
        return None if v is None or v != v else int(v)      # NaN: unknown
    return [(value(i.fatalities_min), value(i.fatalities_max))
            for i in result.incidents.itertuples()]


def test_two_claimants_figures_for_the_same_dead_are_a_range(tmp_path):
    # the Taliban's 58 must not vanish, nor replace the ISPR's 23
    result = build_article(tmp_path, "KARACHI, 20 October 2025 - Pakistan's ISPR says 23 soldiers "
                                     "were killed in the October 11-12 border fighting with "
                                     "Afghan forces, while the Taliban said 58 Pakistani soldiers "
                                     "died.", OCT_20_2025)
    assert fatalities_of(result) == [(23, 58)]


def test_a_states_dead_and_an_armed_groups_dead_add_up(tmp_path):
    # 23 Pakistani soldiers and more than 200 Taliban: 224 or more, not 201
    result = build_article(tmp_path, "ISLAMABAD, Oct 12, 2025 - Pakistan's military media wing, "
                                     "the ISPR, said on Sunday that 23 Pakistani soldiers had "
                                     "been killed in overnight fighting with Afghan forces on the "
                                     "border, and that more than 200 Taliban fighters had been "
                                     "killed.", OCT_20_2025)
    assert fatalities_of(result) == [(224, None)]


def test_a_report_counting_two_sides_adds_up_side_by_side_with_another(tmp_path):
    # ISPR: 23 Pakistani dead; the Taliban: 58 Pakistani and nine of their own. Pakistan's
    # dead are 23-58 by the two versions, the Taliban's nine: 32-67 (not 67, the Taliban's
    # sum, as if it were one more estimate of everybody's)
    result = build_article(tmp_path, "KABUL, October 12, 2025 - Afghan forces attacked Pakistani "
                                     "border posts in Kurram overnight.\n\nPakistan's military "
                                     "media wing, Inter-Services Public Relations (ISPR), said on "
                                     "Sunday that 23 Pakistani soldiers had been killed and 29 "
                                     "wounded in the fighting.\n\nTaliban spokesman Zabihullah "
                                     "Mujahid told a news conference in Kabul that 58 Pakistani "
                                     "soldiers had been killed and about 30 wounded, and that "
                                     "nine Taliban fighters had died.", OCT_20_2025)
    assert fatalities_of(result) == [(32, 67)]
    # "58 Pakistani soldiers had been killed and about 30 wounded": Pakistanis too
    incident = next(result.incidents.itertuples())
    assert (incident.injured_min, incident.injured_max) == (29, 30)


def test_dozens_killed_or_hurt_is_no_count_of_the_dead(tmp_path):
    result = build_article(tmp_path, "CHAMAN - Afghan officials in Spin Boldak said Pakistani "
                                     "shelling on Wednesday had hit homes in the town, and that "
                                     "dozens of civilians had been killed or hurt.", OCT_20_2025)
    assert fatalities_of(result) == [(None, None)]


def test_each_sides_own_toll_adds_up(tmp_path):
    result = build_article(tmp_path, "BISHKEK, April 29, 2021 - Kyrgyz and Tajik border guards "
                                     "exchanged fire near Kok-Tash on Thursday. Kyrgyzstan's "
                                     "health ministry said 13 people were killed on the Kyrgyz "
                                     "side. A Tajik official said one resident of Chorkuh had "
                                     "died.", OCT_20_2025)
    assert fatalities_of(result) == [(14, 14)]


def test_the_dead_of_two_sectors_add_up(tmp_path):
    result = build_article(tmp_path, "Rawalpindi - 15 October 2025. Afghan Taliban attacked "
                                     "Pakistani posts in the Spin Boldak area opposite Chaman and "
                                     "in Kurram district. In the Spin Boldak sector, 15 to 20 "
                                     "Afghan Taliban were killed. In Kurram, about 25 to 30 "
                                     "Taliban were killed.", OCT_20_2025)
    assert sorted(fatalities_of(result)) in ([(40, 50)], [(15, 20), (25, 30)])


def test_a_woman_and_her_son_are_two_dead(tmp_path):
    assert only_figures(tmp_path, "POONCH, May 9, 2025 - A woman and her son were killed when "
                "Pakistani shells hit their home in Poonch on Friday, officials "
                "said.")["fatalities"] == (2, 2)


def test_an_officer_and_a_soldier_are_two_dead(tmp_path):
    assert only_figures(tmp_path, "KUPWARA, May 9, 2025 - An Indian Army officer and a soldier were "
                "killed in Pakistani shelling in Kupwara on Friday.")["fatalities"] == (2, 2)


def test_a_boy_s_age_is_no_count(tmp_path):
    assert only_figures(tmp_path, "MUZAFFARABAD, 8 May 2025 - A 10-year-old boy was killed in "
                "Khuiratta on Wednesday when an Indian mortar round hit a "
                "house.")["fatalities"] == (1, 1)


def test_martyred_counts_the_dead(tmp_path):
    incident = only_figures(tmp_path, "ISLAMABAD, May 7 (APP): Indian missile strikes on Muzaffarabad "
                    "and Kotli overnight martyred at least 26 civilians and injured 46 others, "
                    "the DG ISPR said on Wednesday.")
    assert incident["fatalities"] == (26, None) and incident["injured"] == (46, 46)


def test_the_dead_of_two_towns_add_up(tmp_path):
    assert only_figures(tmp_path, "POONCH, May 8, 2025 - Pakistani shells landed in Poonch on "
                "Wednesday, killing 12 civilians. In Udhampur, one woman was killed when "
                "Pakistani shells hit her house, officials said.")["fatalities"] == (13, 13)


def test_an_injured_man_who_died_is_no_count_of_the_injured(tmp_path):
    incident = only_figures(tmp_path, "POONCH, May 8, 2025 - Twelve civilians were killed and more "
                    "than 50 injured when Pakistani shells landed in Poonch town on "
                    "Wednesday. Later on Thursday the toll rose to 13 after an injured man "
                    "died at the hospital in Jammu.")
    assert incident["fatalities"] == (13, 13) and incident["injured"] == (51, None)


def test_the_dead_of_the_clash_a_clash_is_measured_against_are_not_its_own(tmp_path):
    _, incident = built_one_incident(tmp_path, (
        "Indian and Chinese soldiers clashed near Yangtse on June 14. No soldier was killed. "
        "It was the most serious clash since the one in the Galwan valley in June 2020, in "
        "which 20 Indian soldiers were killed."), JUNE_20)
    assert incident.fatalities_min == 0 and incident.fatalities_max == 0
    assert list(incident.places) == ["Yangtse"]


def test_a_killing_a_strike_answered_is_no_death_of_the_strike(tmp_path):
    result, incident = built_one_incident(tmp_path, (
        "About 30 rockets were fired from Lebanon towards Kiryat Shemona on Tuesday night, the "
        "IDF said. Hezbollah said it had fired the rockets in retaliation for the killing of "
        "one of its commanders."), JUNE_20)
    assert pd.isna(incident.fatalities_min) and pd.isna(incident.fatalities_max)
    assert all(pd.isna(c.fatalities_min) for c in result.claims.itertuples())


def test_the_dead_after_since_the_morning_are_the_shelling_s(tmp_path):
    _, incident = built_one_incident(tmp_path, (
        "Azerbaijani forces have shelled Armenian positions near Sotk since the morning, "
        "killing two soldiers, Armenia's Defence Ministry said on Tuesday."), JUNE_20)
    assert incident.fatalities_min == 2 and incident.fatalities_max == 2


def test_the_dead_of_the_fighting_on_a_day_belong_to_the_attack_told_that_week(tmp_path):
    _, incident = built_one_incident(tmp_path, (
        "KINSHASA, June 20 (Wire) - The Congolese army said on Thursday that Rwandan soldiers "
        "had joined M23 rebels in an attack on army positions near Bunagana, on the border "
        "with Uganda. Three Congolese soldiers were killed in the fighting on June 12 and 13."), JUNE_20)
    assert day_of(incident.date) == dt.date(2024, 6, 12)
    assert list(incident.places) == ["Bunagana"] and incident.fatalities_min == 3
    assert list(incident.actors) == ["CD", "RW"]


def test_the_wounded_of_a_unit_named_in_full(tmp_path):
    _, incident = built_one_incident(tmp_path, (
        "Three Guyana Defence Force (GDF) soldiers were wounded on Tuesday when their boat "
        "came under fire from Venezuela on the Cuyuni river."), JUNE_20)
    assert incident.injured_min == 3 and incident.injured_max == 3


def test_wounded_civilians_beside_wounded_soldiers_add_up(tmp_path):
    _, incident = built_one_incident(tmp_path, (
        "Kyrgyz and Tajik border guards exchanged gunfire on Tuesday night near Kok-Tash, "
        "killing one Kyrgyz serviceman and wounding three others. Two civilians in Kok-Tash "
        "were injured by shrapnel."), JUNE_20)
    assert incident.fatalities_min == 1 and incident.fatalities_max == 1
    assert incident.injured_min == 5 and incident.injured_max == 5


def test_no_civilians_hurt_beside_a_wounded_soldier_leaves_the_soldier(tmp_path):
    _, incident = built_one_incident(tmp_path, (
        "Azerbaijani forces fired at Armenian positions near Sotk on Tuesday, wounding one "
        "soldier, Armenia's Defence Ministry said. No civilians were hurt."), JUNE_20)
    assert incident.injured_min == 1 and incident.injured_max == 1


def test_several_of_the_wounded_are_of_the_wounded_counted(tmp_path):
    _, incident = built_one_incident(tmp_path, (
        "Shells fired from Sudan landed in Metema on Wednesday, killing four civilians and "
        "wounding 11. Several of the wounded were in critical condition."), JUNE_20)
    assert incident.fatalities_min == 4 and incident.injured_min == 11
    assert incident.injured_max == 11


def test_the_dead_are_counted_in_a_passive_killing(tmp_path):
    incident = only_incident(tmp_path, "Three men were killed by Tajik border guards near "
                                      "Farkhor on Sunday, the Afghan provincial governor's "
                                      "office said.")
    assert incident.fatalities_min == 3 and str(incident.date)[:10] == "2024-05-05"


def test_the_toll_of_the_attack_named_by_its_place_is_the_incidents(tmp_path):
    (attack,) = [i for i in incidents_built(tmp_path, PAHALGAM, dt.date(2025, 5, 7))
                 if "Pahalgam" in i.places]
    assert (attack.fatalities_min, attack.fatalities_max) == (26, 26)


def test_the_dead_shot_dead_with_an_aside_are_counted(tmp_path):
    text = ("SRINAGAR, April 22, 2025 - Gunmen opened fire on tourists near Pahalgam on "
            "Tuesday. Police said 26 people, most of them tourists, were shot dead.\n")
    (attack,) = incidents_built(tmp_path, text, dt.date(2025, 4, 22))
    assert attack.fatalities_min == 26


SHORZHA = (
    "YEREVAN, July 29, 2021 — On July 28, from 09:40, units of the Armed Forces of Azerbaijan "
    "opened fire from different-calibre weapons, including mortars, at Armenian combat "
    "positions in the eastern part of the border near Verin Shorzha, Gegharkunik region.\n\n"
    "As a result of the enemy's actions, contract serviceman, Private Aram Petrosyan (name "
    "changed), was fatally wounded. Two other servicemen sustained shrapnel wounds and were "
    "hospitalised. A third, Junior Sergeant H. Avetisyan, received a light wound and returned "
    "to duty after receiving first aid.\n\n"
    "There were no casualties among the civilian population of Verin Shorzha.\n")


def test_a_soldier_named_with_two_ranks_and_an_aside_is_one_dead(tmp_path):
    _, incident = built_one_incident(tmp_path, SHORZHA, JUNE_20)
    assert (incident.fatalities_min, incident.fatalities_max) == (1, 1)


def test_a_third_wounded_adds_to_the_two_before_and_civilians_spared_lower_nothing(tmp_path):
    _, incident = built_one_incident(tmp_path, SHORZHA, JUNE_20)
    assert (incident.injured_min, incident.injured_max) == (3, 3)


def test_another_wounded_in_a_later_sentence_is_one_more(tmp_path):
    _, incident = built_one_incident(tmp_path, (
        "Azerbaijani forces opened fire on Armenian positions near Sotk on Monday, the "
        "Armenian Defence Ministry said. Two Armenian soldiers were wounded. Another soldier "
        "was wounded later in the day."), JUNE_20)
    assert (incident.injured_min, incident.injured_max) == (3, 3)


def test_the_dead_a_side_killed_and_its_own_dead_add_up(tmp_path):
    _, incident = built_one_incident(tmp_path, (
        "Sudan's army said it had repelled an attack by Ethiopian militias near Gallabat on "
        "Monday, killing dozens of attackers and losing five of its own soldiers."), JUNE_20)
    assert incident.fatalities_min == 12 + 5


def test_an_initial_report_of_fewer_dead_is_superseded(tmp_path):
    _, incident = built_one_incident(tmp_path, (
        "Sudanese troops and Ethiopian fighters clashed near Gallabat on Sunday. Two Sudanese "
        "soldiers were killed, the sources said. Initial reports had put the number of dead "
        "at one."), JUNE_20)
    assert (incident.fatalities_min, incident.fatalities_max) == (2, 2)


@pytest.mark.parametrize("text", [
    # a figure given first and replaced in a later sentence
    "Azerbaijani forces shelled Armenian positions near Sotk on Monday, killing five Armenian "
    "soldiers, the Armenian defence ministry said. The ministry had first said that two "
    "soldiers had died.",
    # ... in the same sentence
    "Kyrgyz and Tajik border guards clashed near Vorukh on Monday. Kyrgyzstan said five of "
    "its border guards had been killed; it had earlier given a figure of two dead.",
    # a toll raised from the figure told the day before
    "Kyrgyz and Tajik border guards clashed near Vorukh on Monday, and Kyrgyzstan said five "
    "of its border guards had been killed. The Kyrgyz health ministry raised the toll from "
    "two dead announced on Sunday.",
])
def test_a_figure_since_replaced_is_no_estimate_of_the_toll(tmp_path, text):
    assert killed(only_incident(tmp_path, text)) == (5, 5)


def test_a_count_of_the_killed_and_wounded_together_is_no_death_toll(tmp_path):
    incident = only_incident(tmp_path, (
        "Russian and Ukrainian forces clashed near Sudzha on Tuesday, Russia's defence ministry "
        "said. The ministry put Ukrainian losses at 120 killed and wounded."))
    assert killed(incident) == (None, None)


def test_two_sides_dead_counted_in_one_sentence_add_up(tmp_path):
    incident = only_incident(tmp_path, (
        "Three Armenian soldiers and two Azerbaijani servicemen were killed on Tuesday in a "
        "shootout near Tegh. Armenia's defence ministry said Azerbaijani units fired on "
        "Armenian troops near Tegh, killing three."))
    assert killed(incident) == (5, 5)


def test_the_attackers_dead_add_to_the_polices(tmp_path):
    incident = only_incident(tmp_path, (
        "A Kosovo police officer was killed on Sunday when armed men ambushed a patrol near "
        "Banjska. Kosovo police said two of the attackers were killed in the gunfight that "
        "followed."), dt.date(2023, 9, 25))
    assert killed(incident) == (3, 3)


def test_named_officers_among_a_count_of_the_dead_are_not_the_count(tmp_path):
    incident = only_incident(tmp_path, (
        "Azerbaijan said on Tuesday that a colonel and a major were among six servicemen killed "
        "in fighting with Armenian forces near Tovuz."), dt.date(2020, 7, 14))
    assert killed(incident) == (6, 6)


def test_some_of_the_victims_told_apart_are_within_the_toll(tmp_path):
    incident = only_incident(tmp_path, (
        "Thai and Cambodian troops clashed on Thursday along the border, and Thailand's health "
        "ministry said eleven civilians had been killed. Among the victims were four people "
        "killed when a shell hit their house."), dt.date(2025, 7, 25))
    assert killed(incident) == (11, 11)


def test_the_dead_on_the_other_side_add_to_the_first_sides(tmp_path):
    incident = only_incident(tmp_path, (
        "Thai and Cambodian troops clashed on Thursday along the border, and Thailand's health "
        "ministry said eleven civilians had been killed. Cambodian provincial officials "
        "reported two civilians killed and three wounded on the Cambodian side."),
        dt.date(2025, 7, 25))
    assert killed(incident) == (13, 13)
    assert (incident.injured_min, incident.injured_max) == (3, 3)


def test_trucks_left_stranded_are_no_dead(tmp_path):
    result = build_article(tmp_path, (
        "PESHAWAR, Sept 7 - The crossing between Pakistan and Afghanistan at Torkham stayed "
        "shut on Thursday after border guards of the two countries exchanged fire, leaving "
        "hundreds of lorries stranded on both sides.\n"), dt.date(2023, 9, 7))
    (incident,) = result.incidents.itertuples()
    assert incident.event_type == "Battles"
    assert (incident.fatalities_min, incident.fatalities_max) == (None, None)


def test_what_fire_left_people_with_is_still_counted(tmp_path):
    result = build_article(tmp_path, (
        "Azerbaijani shelling of Sotk on Monday killed one soldier, leaving two others with "
        "shrapnel wounds, Armenia's defence ministry said. Shelling of Jermuk on Tuesday "
        "left two soldiers dead, the ministry said.\n"), dt.date(2023, 9, 7))
    tolls = sorted((i.fatalities_min, i.injured_min) for i in result.incidents.itertuples())
    assert (1, 2) in tolls
    assert any(killed == 2 for killed, _ in tolls)


# --- helper F2 (session 21): officialese wounds, a later none, a speaker's count, a revised toll ---

@pytest.mark.parametrize("text, killed, injured", [
    # a speaker set before the count is no count of one ("A local …")
    ("A local group said seven people were killed.", (7, 7), NONE),
    # initials and a year of birth set off by commas between the count and the wound
    ("A serviceman of the Armed Forces of Armenia, Private B. Hakobyan, born 2003, received "
     "a gunshot wound.", NONE, (1, 1)),
    # a count told later in the same sentence replaces the first
    ("A monitoring group said six people were killed; a later count by doctors put the dead "
     "at eight.", (8, 8), NONE),
])
def test_counts_in_speech_officialese_and_revisions(text, killed, injured):
    assert counts(find_casualties(text)) == (killed, injured)


def test_none_hurt_in_a_later_episode_leaves_the_wounded_counted(tmp_path):
    incident = only_incident(tmp_path, (
        "On 3 March, units of the armed forces of Azerbaijan opened fire at Armenian "
        "positions near Sotk. As a result, a serviceman of the Armed Forces of Armenia, "
        "Private B. Hakobyan, born 2003, received a shrapnel wound. In another attack, "
        "Azerbaijani units fired at a patrol near Sotk, causing no injuries."),
        dt.date(2024, 3, 4))
    assert (incident.injured_min, incident.injured_max) == (1, 1)


# --- helper F9 (session 21): a running total since the incident's day or the eve of it ---

from incident_helpers import claims_in  # noqa: E402  (this block's own, below the others)

HERMEL_SHELLED = "Shelling hit Hermel on Monday. "
TUESDAY_19_MAY_2026 = dt.date(2026, 5, 19)


@pytest.mark.parametrize("count, toll", [
    ("seven people were killed since Sunday", (7, 7)),       # from the eve: its toll
    ("at least seven people were killed since Monday", (7, None)),
    ("seven people were killed", (7, 7)),
    ("seven people were killed since October", (None, None)),    # other days' dead
    ("seven people have been killed since the war began", (None, None)),
    ("seven people were killed since Friday", (None, None)),
])
def test_a_running_total_from_the_eve_of_an_incident_is_its_toll(tmp_path, count, toll):
    result = build_article(tmp_path, (
        f"{HERMEL_SHELLED}Lebanon's health ministry said {count}.\n"), TUESDAY_19_MAY_2026)
    (incident,) = result.incidents.itertuples()
    assert killed(incident) == toll
    assert claims_in(result) == ([("Lebanese health ministry", "LB", "asserts")]
                                 if toll[0] else [])


def test_a_live_blogs_running_total_counts_the_fighting_of_the_report_day(tmp_path):
    # "… since Thursday" at the end of a live blog: the toll of the shelling its entries
    # tell that day, though an abduction of another kind was told dated Thursday
    result = build_article(tmp_path, (
        "LIVE – Thailand–Cambodia border, day two\n\nUpdated 25 July 2025, 18:00 Bangkok "
        "time\n\n09:15 – Shelling from Cambodian territory resumed at dawn on the Thai town "
        "of Kantharalak, residents tell us.\n\n11:00 – Cambodia's defence ministry says two "
        "of its soldiers were abducted near Surin on Thursday by Thai troops.\n\n13:00 – The "
        "Thai army says its gunners have returned fire towards the sources of the shelling."
        "\n\n15:00 – The health ministry has revised its toll: eleven people killed and 30 "
        "wounded since Thursday.\n"), dt.date(2025, 7, 25))
    shelling = next(i for i in result.incidents.itertuples()
                    if i.sub_event_type.startswith("Shelling"))
    assert killed(shelling) == (11, 11)
    assert (shelling.injured_min, shelling.injured_max) == (30, 30)


@pytest.mark.parametrize("text", [
    "KYIV, May 8 - At least three people were killed, a figure later raised to five, when "
    "Russian shells hit the town of Nikopol on Tuesday, the regional governor said.",
    "TBILISI, May 8 - Two Georgian police officers were killed (later revised to five) when "
    "shots were fired from the Russian-held side near Ergneti on Tuesday, the interior "
    "ministry said.",
])
def test_a_revision_set_off_after_the_death_count_gives_the_final_figure(tmp_path, text):
    incident = only_incident(tmp_path, text, dt.date(2024, 5, 8))
    assert incident.fatalities_min == 5


def test_a_third_killed_beside_another_wounded_adds_to_the_two_before(tmp_path):
    """"A third soldier was killed and another wounded" counts one more dead after the two
    told before (three), not a second estimate of one."""
    incident = only_incident(tmp_path, (
        "SRINAGAR, May 8 - Pakistani troops fired on an Indian post near Uri on Tuesday and "
        "killed two Indian soldiers, the army said.\n\nHours later a third soldier was killed "
        "and another wounded in a second exchange of fire near the post."), dt.date(2024, 5, 8))
    assert killed(incident) == (3, 3)
    assert (incident.injured_min, incident.injured_max) == (1, 1)


MAY_11_2024 = dt.date(2024, 5, 11)      # a Saturday


@pytest.mark.parametrize("text, injured, places", [
    ("Tajik border guards fired on a Kyrgyz post near Batken on Tuesday, wounding two "
     "soldiers, Kyrgyzstan's border service said. Earlier this month, a Kyrgyz soldier was "
     "wounded by sniper fire in the Ak-Tatyr area.", (2, 2), {"Batken"}),
    ("Cambodian troops shelled Thai positions near Surin on Friday, injuring four Thai "
     "soldiers, the Thai army said. Earlier this month, a Thai ranger was injured by sniper "
     "fire.", (4, 4), {"Surin"}),
    ("Ugandan troops fired on Congolese soldiers near Bunagana on Monday, wounding three, "
     "Congo's army said. Earlier this week, a Congolese fisherman was wounded by gunfire on "
     "Lake Albert.", (3, 3), {"Bunagana"}),
])
def test_harm_told_earlier_this_month_is_no_part_of_the_days_incident(tmp_path, text, injured,
                                                                     places):
    # another time than the incident's day: its harm and its places are another event's
    (incident,) = [i for i in incidents_built(tmp_path, text + "\n", MAY_11_2024)
                   if i.date_precision == "day"]
    assert (incident.injured_min, incident.injured_max) == injured
    assert set(incident.places) == places


@pytest.mark.parametrize("text, dead", [
    # the toll raised is the first side's; the other side's dead add to it
    ("Azerbaijani forces shelled Armenian positions near Sotk on Tuesday, killing three "
     "Armenian soldiers, Armenia's defence ministry said. Azerbaijan's defence ministry said "
     "one Azerbaijani soldier was killed near Kalbajar. A regional official later raised the "
     "toll to five dead, saying two wounded soldiers had died overnight.", (6, 6)),
    ("Thai artillery shelled the Cambodian border town of Poipet on Sunday, killing at least "
     "five civilians and wounding 12, Cambodia's defence ministry said. A doctor at the "
     "town's hospital later raised the toll to six dead, saying one of the wounded had died. "
     "Thai officials said two Thai soldiers were killed on their side of the frontier.",
     (8, 8)),
])
def test_a_raised_toll_is_of_the_side_first_counted(tmp_path, text, dead):
    incident = only_incident(tmp_path, text, MAY_11_2024)
    assert killed(incident) == dead
