"""Probe F of the rules for gunmen, "N days earlier" and transcripts (s16), what a user
sees: an attack by gunmen told after fighting between states is an incident of its own;
gunmen who kill, beat or rob people are violence against civilians, and a clash when they
hit a state's post; "killed two days earlier" counts no one; a denial's "a day earlier"
is the denied event's day; "a week earlier" and "earlier that day" tell other events; a
transcript's answer is the answering voice's, even when it quotes the other side, and
"No." denies what was asked."""

from __future__ import annotations

import datetime as dt

from incident_helpers import build_article, claims_in, day_of

JUNE_20 = dt.date(2024, 6, 20)


def incidents_of(result) -> list:
    return sorted(result.incidents.itertuples(), key=lambda i: str(i.date))


def test_gunmen_at_an_unknown_village_after_fighting_between_states_are_another_incident(
        tmp_path):
    result = build_article(tmp_path, (
        "BAKU, June 18 — Armenian forces fired on Azerbaijani positions in Tovuz district on "
        "Monday, Azerbaijan's Defence Ministry said. On Tuesday, unknown gunmen opened fire "
        "on a car near the village of Kapanakhchi, Georgian police said.\n"), JUNE_20)
    fighting, gunmen = incidents_of(result)
    assert day_of(fighting.date) == dt.date(2024, 6, 17)
    assert sorted(fighting.actors) == ["AM", "AZ"]
    assert day_of(gunmen.date) == dt.date(2024, 6, 18)
    assert gunmen.event_type == "Violence against civilians" and list(gunmen.actors) == []
    assert gunmen.territory == "GE" and gunmen.geo_precision == 3
    by_incident = {(c.incident_id, c.claimant_country) for c in result.claims.itertuples()}
    assert (gunmen.id, "GE") in by_incident and (fighting.id, "GE") not in by_incident


def test_gunmen_who_kill_a_shepherd_commit_violence_against_civilians(tmp_path):
    for text in ("TBILISI, June 17 — Unknown gunmen killed a shepherd near Sadakhlo on "
                 "Sunday, Georgian police said.\n",
                 "TBILISI, June 17 — A shepherd was killed by unknown gunmen near Sadakhlo on "
                 "Sunday, Georgian police said.\n"):
        (incident,) = build_article(tmp_path, text, JUNE_20).incidents.itertuples()
        assert incident.event_type == "Violence against civilians"
        assert list(incident.actors) == [] and list(incident.places) == ["Sadakhlo"]
        assert (incident.fatalities_min, incident.fatalities_max) == (1, 1)


def test_armed_men_who_beat_and_rob_farmers_commit_violence_against_civilians(tmp_path):
    result = build_article(tmp_path, (
        "Armed men beat and robbed three farmers in Azizkendi village on Tuesday, Georgian "
        "police said.\n"), JUNE_20)
    (incident,) = result.incidents.itertuples()
    assert incident.event_type == "Violence against civilians"
    assert list(incident.actors) == [] and incident.territory == "GE"


def test_gunmen_firing_on_a_minibus_or_a_house_have_no_side(tmp_path):
    for target in ("a minibus", "a taxi", "a family", "a house", "four construction workers"):
        result = build_article(tmp_path, (
            f"TBILISI, June 17 — Unknown gunmen opened fire on {target} near Sadakhlo on "
            "Sunday, Georgia's Interior Ministry said.\n"), JUNE_20)
        (incident,) = result.incidents.itertuples()
        assert incident.event_type == "Violence against civilians", target
        assert list(incident.actors) == [], target


def test_masked_men_are_attackers_of_no_state(tmp_path):
    result = build_article(tmp_path, (
        "Masked men opened fire on a car near the village of Kapanakhchi on Sunday night, "
        "Georgian police said on Monday.\n"), JUNE_20)
    (incident,) = result.incidents.itertuples()
    assert incident.event_type == "Violence against civilians"
    assert list(incident.actors) == []


def test_gunmen_attacking_a_border_post_fight_the_state_whose_post_it_is(tmp_path):
    result = build_article(tmp_path, (
        "TEHRAN, June 17 — Unknown gunmen attacked a border post near Mirjaveh on Sunday, "
        "Iran's Foreign Ministry spokesman Nasser Kanaani said.\n"), JUNE_20)
    (incident,) = result.incidents.itertuples()
    assert incident.event_type == "Battles" and list(incident.actors) == ["IR"]
    assert day_of(incident.date) == dt.date(2024, 6, 16)


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


def test_killed_two_days_earlier_counts_no_one_more(tmp_path):
    result = build_article(tmp_path, (
        "YEREVAN, June 13 — An Armenian soldier was killed by sniper fire near Sotk on "
        "Tuesday, June 11, Armenia's Defence Ministry said. The soldier, killed two days "
        "earlier, was buried in Gyumri.\n"), JUNE_20)
    (incident,) = result.incidents.itertuples()
    assert (incident.fatalities_min, incident.fatalities_max) == (1, 1)


def test_a_denial_that_its_troops_fired_a_day_earlier_denies_the_fire_told(tmp_path):
    result = build_article(tmp_path, (
        "BAKU, June 18 — Armenian forces fired on Azerbaijani positions in Kalbajar on Monday "
        "night, Azerbaijan's Defence Ministry said on Tuesday. Armenia's Defence Ministry "
        "dismissed the claim, saying its troops had not opened fire a day earlier.\n"),
        JUNE_20)
    (incident,) = result.incidents.itertuples()
    assert day_of(incident.date) == dt.date(2024, 6, 17)
    assert sorted((country, stance) for _, country, stance in claims_in(result)) == [
        ("AM", "denies"), ("AZ", "asserts")]


def test_a_week_earlier_and_earlier_that_day_tell_other_events(tmp_path):
    week = build_article(tmp_path, (
        "BAKU, June 18 — Armenian forces fired on Azerbaijani positions in Kalbajar on Monday, "
        "Azerbaijan's Defence Ministry said. A week earlier, Armenian units had shelled "
        "positions near Lachin, the ministry said.\n"), JUNE_20)
    assert [(day_of(i.date), list(i.places)) for i in incidents_of(week)] == [
        (dt.date(2024, 6, 10), ["Lachin"]), (dt.date(2024, 6, 17), ["Kalbajar"])]
    day = build_article(tmp_path, (
        "YEREVAN, June 18 — Azerbaijani troops fired mortars at positions near Nerkin Hand on "
        "Monday afternoon, the Armenian ministry said. Earlier that day, Azerbaijani forces "
        "had shelled farmland near Khoznavar.\n"), JUNE_20)
    assert sorted(list(i.places) for i in day.incidents.itertuples()) == [
        ["Khoznavar"], ["Nerkin Hand"]]


def test_a_day_earlier_on_a_weekday_the_same_positions_is_another_incident_there(tmp_path):
    result = build_article(tmp_path, (
        "YEREVAN, June 13 — An Armenian soldier was wounded near Nerkin Hand on Wednesday when "
        "Azerbaijani troops fired mortars, the Armenian ministry said. A day earlier, on "
        "Tuesday, the same positions had come under fire from large-calibre machine "
        "guns.\n"), JUNE_20)
    assert [(day_of(i.date), list(i.places), sorted(i.actors))
            for i in incidents_of(result)] == [
        (dt.date(2024, 6, 11), ["Nerkin Hand"], ["AM", "AZ"]),
        (dt.date(2024, 6, 12), ["Nerkin Hand"], ["AM", "AZ"])]


INTERVIEW = "Armenian Foreign Minister Ararat Mirzoyan spoke to our newspaper on June 18.\n\n"
BRIEFING = ("TEHRAN, June 17 — Excerpts from the weekly press conference of Iranian Foreign "
            "Ministry spokesman Nasser Kanaani")


def test_an_answer_denying_what_the_other_side_claims_is_the_answerers_denial(tmp_path):
    result = build_article(tmp_path, INTERVIEW + (
        "Q: On Monday, Azerbaijan said Armenian units fired on its positions near Zangilan. "
        "Did that happen?\n\nA: Baku claims that our soldiers shelled its positions near "
        "Zangilan, but this is simply not true.\n"), JUNE_20)
    # the question tells Azerbaijan's claim; the answer is the minister's denial
    assert claims_in(result) == [("Azerbaijan", "AZ", "asserts"),
                                 ("Ararat Mirzoyan, Foreign Minister of Armenia", "AM",
                                  "denies")]


def test_an_answer_that_they_did_not_fire_near_the_place_denies_the_question(tmp_path):
    result = build_article(tmp_path, BRIEFING + ".\n\nQuestion: On Saturday, Pakistan said "
                           "Iranian border guards fired at fuel smugglers near Jalq.\n\n"
                           "Answer: Iranian border guards did not fire on anyone near "
                           "Jalq.\n", JUNE_20)
    (incident,) = result.incidents.itertuples()
    assert day_of(incident.date) == dt.date(2024, 6, 15) and list(incident.places) == ["Jālq"]
    assert [(country, stance) for _, country, stance in claims_in(result)] == [
        ("PK", "asserts"), ("IR", "denies")]


def test_no_as_an_answer_denies_the_event_asked_of(tmp_path):
    result = build_article(tmp_path, BRIEFING + ".\n\nQuestion: On Saturday, Pakistan said "
                           "Iranian border guards fired at fuel smugglers near Jalq.\n\n"
                           "Answer: No.\n", JUNE_20)
    (incident,) = result.incidents.itertuples()
    assert [(country, stance) for _, country, stance in claims_in(result)] == [
        ("PK", "asserts"), ("IR", "denies")]


def test_a_second_official_answering_by_name_makes_a_claim(tmp_path):
    result = build_article(tmp_path, BRIEFING + (
        ", who was joined by Iran's deputy interior minister Majid Mirahmadi.\n\nQuestion: "
        "What happened near Mirjaveh?\n\nMirahmadi: On Sunday, Pakistani border guards fired "
        "on Iranian border guards near Mirjaveh, wounding one.\n"), JUNE_20)
    assert claims_in(result) == [("Majid Mirahmadi, Deputy Interior Minister of Iran", "IR",
                                  "asserts")]


def test_a_negated_answer_about_posts_fired_upon_is_no_incident(tmp_path):
    result = build_article(tmp_path, (
        "Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, June 19\n\n"
        "Question: Yerevan has accused Russian border guards of failing to act. Your "
        "comment?\n\nAnswer: This is not true. Russian border guards in Armenia fully carry "
        "out their duties, and no Russian posts were fired upon.\n"), JUNE_20)
    assert len(result.incidents) == 0


def test_an_answer_denies_only_what_its_own_question_asked(tmp_path):
    result = build_article(tmp_path, (
        "Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, June 19\n\n"
        "Question: Armenia says Azerbaijani forces fired at the village of Khnatsakh on "
        "Tuesday. How does Moscow assess the situation?\n\nAnswer: We are following events "
        "closely. According to the Armenian side, the shooting damaged two houses in "
        "Khnatsakh.\n\nQuestion: There are reports that unknown gunmen attacked a bus near "
        "the village of Kvemo Sarali in Georgia. Is Russia involved?\n\nAnswer: We "
        "categorically deny any involvement.\n"), JUNE_20)
    assert all(stance != "denies" for _, _, stance in claims_in(result))


def test_a_place_after_in_is_no_name_of_the_official_after_it(tmp_path):
    result = build_article(tmp_path, (
        "Eleven police officers were killed in an attack on the police headquarters in "
        "Zahedan, Iran's deputy interior minister said on Friday.\n"), dt.date(2024, 6, 18))
    (incident,) = result.incidents.itertuples()
    assert list(incident.places) == ["Zahedan"]
    assert claims_in(result) == [("Deputy Interior Minister of Iran", "IR", "asserts")]
