"""Reporting from Iran's borders and the 2024 Tavush–Gazakh handover, built end to end with
the real gazetteer: who the sides are, where it happened, and when."""

from __future__ import annotations

import datetime as dt

from incident_helpers import build_article


def built(tmp_path, text: str, published: dt.date):
    return build_article(tmp_path, text, published)


def test_police_killed_at_home_are_their_states_side_when_no_other_is_named(tmp_path):
    result = built(tmp_path, "Eleven police officers were killed in an attack on the police "
                             "headquarters in Zahedan, Iran's deputy interior minister said "
                             "on Friday.", dt.date(2024, 6, 18))
    (incident,) = result.incidents.itertuples()
    assert list(incident.actors) == ["IR"]
    assert list(incident.places) == ["Zahedan"]
    assert incident.fatalities_min == incident.fatalities_max == 11


def test_bandits_near_a_border_town_make_no_clash_with_the_country_across(tmp_path):
    result = built(tmp_path, "Two Iranian border guards were killed when armed bandits opened "
                             "fire on their patrol near Mirjaveh, close to the border with "
                             "Pakistan, on Wednesday night.", dt.date(2024, 4, 4))
    (incident,) = result.incidents.itertuples()
    assert list(incident.actors) == ["IR"]


def test_a_town_the_text_puts_in_another_country_is_not_the_gazetteers_namesake(tmp_path):
    result = built(tmp_path, "Iranian Revolutionary Guards killed two militants in a clash near "
                             "Taftan, in Iran's Sistan and Baluchestan province, on Monday, "
                             "IRNA reported.", dt.date(2024, 4, 9))
    (incident,) = result.incidents.itertuples()
    assert list(incident.places) == ["Sistan and Baluchestan"]
    assert "PK" not in set(result.places.country_code)


def test_a_village_the_text_puts_in_a_district_is_not_a_namesake_in_another(tmp_path):
    result = built(tmp_path, "Two Azerbaijani soldiers were injured in a mine explosion in the "
                             "Gizilhajili village of Gazakh district on Monday.",
                   dt.date(2024, 10, 14))
    (incident,) = result.incidents.itertuples()
    assert list(incident.places) == ["Gazakh District"]     # not Gizilhajili of Goranboy
    assert incident.injured_min == 2


def test_an_armed_groups_name_is_no_place(tmp_path):
    result = built(tmp_path, "Pakistani drones struck hideouts of the Balochistan Liberation "
                             "Front inside Iran on Thursday, killing nine people, Iranian "
                             "officials said.", dt.date(2024, 1, 18))
    assert "Balochistan" not in set(result.places.name)


def test_a_publishers_line_dates_the_report(tmp_path):
    result = built(tmp_path, "news.am, February 13, 2024\n\nFour Armenian soldiers were killed "
                             "when Azerbaijani units opened fire near Nerkin Hand on Tuesday, "
                             "the Armenian Ministry of Defense said.", dt.date(2024, 6, 20))
    (incident,) = result.incidents.itertuples()
    assert incident.date == "2024-02-13"
    assert "news.am" not in set(result.places.name)


def test_a_publishers_line_above_a_wire_dateline_leaves_the_datelines_town_its_say(tmp_path):
    # the year from the publisher's line, "the Ministry of Defense" from Baku's dateline
    result = built(tmp_path, "APA, 11 March 2025, Tuesday\n\nArmenian army fires on Tovuz positions\n\n"
                             "Baku, March 11, APA. On March 10, at around 20:40, Armenian "
                             "units opened fire on Azerbaijani army positions in the Tovuz "
                             "district, the Ministry of Defense said.", dt.date(2024, 6, 20))
    (incident,) = result.incidents.itertuples()
    assert incident.date == "2025-03-10"
    assert [(c.claimant, c.claimant_country) for c in result.claims.itertuples()] == [
        ("Ministry of Defense of Azerbaijan", "AZ")]


def test_a_dateline_day_after_the_publication_is_of_the_year_before(tmp_path):
    result = built(tmp_path, "DUSHANBE, June 25 – Tajik border guards said Kyrgyz forces "
                             "opened fire near Vorukh on Sunday.", dt.date(2024, 6, 20))
    (incident,) = result.incidents.itertuples()
    assert incident.date == "2023-06-25"            # a Sunday; 23 June 2024 was after it


def test_the_enemy_of_indias_army_is_the_state_the_article_names(tmp_path):
    result = built(tmp_path, "NEW DELHI, June 30 – The Indian Army said on Friday that Chinese "
                             "forces opened fire on positions near Yangtse. \"The enemy shelled "
                             "the outskirts of Yangtse for two hours,\" the Indian Army said.",
                   dt.date(2023, 6, 30))
    assert {a for i in result.incidents.itertuples() for a in i.actors} == {"CN", "IN"}


def test_a_mine_naming_no_side_hits_the_country_it_lies_in(tmp_path):
    result = built(tmp_path, "A deminer was injured in a mine explosion in Gazakh district on "
                             "Monday.", dt.date(2024, 10, 15))
    (incident,) = result.incidents.itertuples()
    assert list(incident.actors) == ["AZ"] and incident.injured_min == 1


def test_a_byline_before_the_dateline_leaves_the_datelines_town_out_of_the_incident(tmp_path):
    result = built(tmp_path, "Clashes on the border\n\nBy Anna Petrosyan YEREVAN, March 15 – "
                             "Azerbaijani forces shelled Sotk on Thursday, the Armenian Defence "
                             "Ministry said.", dt.date(2024, 3, 16))
    (incident,) = result.incidents.itertuples()
    assert list(incident.places) == ["Sotk"] and incident.date == "2024-03-14"


def test_a_region_set_off_by_commas_leaves_the_subject_its_side(tmp_path):
    result = built(tmp_path, "On March 10, units of the Armenian armed forces stationed near "
                   "Berd, Tavush region, opened fire on Azerbaijani army positions in the "
                   "Ağdam village of Tovuz district, the Azerbaijani Ministry of Defense "
                   "said.\n\nThe Armenian Defense Ministry said on Tuesday that the reports "
                   "were \"absolutely false\" and that no shots had been fired by its units "
                   "on the night of March 10.", dt.date(2025, 3, 11))
    (incident,) = result.incidents.itertuples()       # one clash, asserted and denied
    assert list(incident.actors) == ["AM", "AZ"]
    assert sorted(c.stance for c in result.claims.itertuples()) == ["asserts", "denies"]


def test_the_agent_of_a_deed_by_a_state_is_a_side(tmp_path):
    result = built(tmp_path, "ISLAMABAD: Pakistan on Wednesday strongly condemned what it "
                             "called an \"unprovoked violation of its airspace\" by Iran, saying "
                             "that two children were killed and three girls injured in the "
                             "attack near Panjgur in Balochistan late on Tuesday night.",
                   dt.date(2024, 1, 17))
    (incident,) = result.incidents.itertuples()
    assert list(incident.actors) == ["IR", "PK"] and incident.date == "2024-01-16"
    assert [(c.claimant_country, c.stance) for c in result.claims.itertuples()] == [
        ("PK", "asserts")]


def test_a_provocation_the_previous_evening_is_an_incident_of_its_own(tmp_path):
    result = built(tmp_path, "On Tuesday, Azerbaijani units opened fire on an Armenian combat "
                   "post near Nerkin Hand, killing four servicemen, the Armenian Ministry of "
                   "Defense said. The Azerbaijani State Border Service claimed on Tuesday that "
                   "its units had carried out a \"revenge operation\" in response to a "
                   "provocation committed by Armenian forces the previous evening, when, it "
                   "said, Armenian units fired on Azerbaijani positions near the village of "
                   "Kokhanabi in the Zangilan district, wounding one Azerbaijani serviceman.",
                   dt.date(2024, 2, 13))
    def count(value):
        return None if value != value else int(value)       # NaN: not told
    found = {i.date: (list(i.places), count(i.fatalities_min), count(i.injured_min))
             for i in result.incidents.itertuples()}
    assert found == {"2024-02-13": (["Nerkin Hand"], 4, None),
                     "2024-02-12": (["Zangilan District"], None, 1)}


def test_a_denial_naming_a_place_goes_to_the_incident_told_there(tmp_path):
    result = built(tmp_path, "On April 7, units of the Armed Forces of Armenia fired on "
                   "positions of the Azerbaijani Army in the Kalbajar district, the Ministry of "
                   "Defense of Azerbaijan said on Tuesday. On Sunday, according to the "
                   "ministry, Armenian units opened fire from Khnatsakh towards positions in "
                   "the Lachin district. The Armenian Ministry of Defense said the report that "
                   "its units opened fire in the direction of Kalbajar does not correspond to "
                   "reality.", dt.date(2025, 4, 8))
    incidents = {i.id: i.date for i in result.incidents.itertuples()}
    denials = [incidents[c.incident_id] for c in result.claims.itertuples()
               if c.stance == "denies"]
    assert denials == ["2025-04-07"]


def test_a_meeting_in_the_lead_naming_no_venue_is_where_the_dateline_was_filed(tmp_path):
    result = built(tmp_path, "ALMATY, May 11, 2024 (Wire) - The foreign ministers of Armenia "
                             "and Azerbaijan ended two days of talks in Kazakhstan's largest "
                             "city on Saturday, officials said.", dt.date(2024, 5, 11))
    (incident,) = result.incidents.itertuples()
    assert list(incident.places) == ["Almaty"] and incident.geo_precision == 1


def test_fire_later_the_same_evening_elsewhere_is_an_incident_of_its_own(tmp_path):
    result = built(tmp_path, "On March 10, at around 20:40, Armenian units opened fire on "
                   "Azerbaijani army positions in the Aghdam village of Tovuz district, the "
                   "Azerbaijani Ministry of Defense said. Later on the same evening, at 23:15, "
                   "Armenian units located in the direction of Voskepar fired on positions near "
                   "Yukhari Askipara village of the Qazax district, the ministry added.",
                   dt.date(2025, 3, 11))
    found = sorted((i.date, "Aghdam" in i.places, "Yukhari Askipara" in i.places,
                    tuple(i.actors)) for i in result.incidents.itertuples())
    assert found == [("2025-03-10", False, True, ("AM", "AZ")),     # the sides go on
                     ("2025-03-10", True, False, ("AM", "AZ"))]


def test_a_denial_and_the_speakers_own_version_in_one_sentence_are_two_claims(tmp_path):
    result = built(tmp_path, "On Monday night, Armenian units fired at Azerbaijani positions in "
                   "the Lachin district from the direction of Khnatsakh, the Azerbaijani "
                   "Ministry of Defense said. Armenia's Defense Ministry said the Azerbaijani "
                   "statement did not correspond to reality, and said instead that Azerbaijani "
                   "units had fired at an Armenian combat post near Khnatsakh on Monday night, "
                   "damaging a vehicle.", dt.date(2025, 4, 22))
    (incident,) = result.incidents.itertuples()          # one clash, told two ways
    assert [(c.claimant_country, c.stance) for c in result.claims.itertuples()] == [
        ("AZ", "asserts"), ("AM", "denies"), ("AM", "asserts")]


def test_no_nationals_of_the_other_side_targeted_denies(tmp_path):
    result = built(tmp_path, "Iranian missiles struck a village near Panjgur on Tuesday night, "
                   "killing two children, Pakistan's Foreign Office said. Iran's foreign "
                   "minister said no Pakistani nationals had been targeted.",
                   dt.date(2024, 1, 18))
    assert [(c.claimant_country, c.stance) for c in result.claims.itertuples()] == [
        ("PK", "asserts"), ("IR", "denies")]


def test_a_dateline_with_the_day_first_is_a_dateline(tmp_path):
    result = built(tmp_path, "YEREVAN, 3 October 2023 (local outlet) - Azerbaijani border "
                   "guards detained an Armenian soldier near Sotk on Sunday, the Defence "
                   "Ministry said.", dt.date(2024, 6, 20))
    (incident,) = result.incidents.itertuples()
    assert incident.date == "2023-10-01" and list(incident.places) == ["Sotk"]


def test_kobi_on_the_georgian_military_road_is_not_gobu_by_baku(tmp_path):
    result = built(tmp_path, "STEPANTSMINDA, January 3, 2024 - Russian border guards detained "
                   "two Georgian drivers near Kobi on Wednesday.", dt.date(2024, 1, 3))
    assert "AZ" not in set(result.places.country_code)


def test_an_exchange_of_prisoners_or_bodies_is_recorded_and_kills_no_one(tmp_path):
    result = built(tmp_path, "YEREVAN, December 13, 2023 - Azerbaijan released 32 Armenian "
                   "servicemen on Wednesday and Armenia freed two Azerbaijani soldiers in an "
                   "exchange on the border near Ijevan.\n\nYEREVAN, 2 October 2022 - Azerbaijan "
                   "handed over the bodies of 17 Armenian servicemen on Sunday near the village "
                   "of Sotk, Armenia's Commission on Prisoners of War said.",
                   dt.date(2023, 12, 13))
    kinds = {(i.event_type, i.sub_event_type) for i in result.incidents.itertuples()}
    assert kinds == {("Strategic developments", "Other")}
    assert result.incidents.fatalities_min.isna().all()


def test_a_towns_municipality_is_an_area_not_the_town(tmp_path):
    result = built(tmp_path, "TBILISI, Nov 14 - Georgia's State Security Service said Russian "
                   "forces had detained a Georgian citizen in Gori municipality on Monday.",
                   dt.date(2023, 11, 14))
    (incident,) = result.incidents.itertuples()
    assert list(incident.places) == ["Gori"] and incident.geo_precision == 2
