"""Which sentences become incidents, and how claims attach to them."""

from __future__ import annotations

import datetime as dt

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st
from incident_helpers import incidents_of, resolve_by_hand

import geomap
from geomap.incidents import extract_incidents, find_actors
from geomap.model import Article, BuildOptions
from geomap.text.sentences import split_sentences


def by_date(text: str, published: dt.date) -> list:
    """The incidents of ``text``, earliest first."""
    return sorted(incidents_of(text, published=published), key=lambda i: i.date)


def who_says(inc) -> list[tuple[str, str]]:
    """(claimant country, stance) of each claim of an incident, in order."""
    return [(c.claimant_country, c.stance) for c in inc.claims]


def test_a_dated_event_with_its_claims_and_a_linked_denial():
    text = ("BAKU – Azerbaijani troops came under small-arms fire along the border with Armenia "
            "near Tovuz on Saturday evening, the Azerbaijani defense ministry said in a statement. "
            "One Azerbaijani soldier was wounded, according to the ministry.\n\n"
            "Armenia's defense ministry rejected the report as misinformation and said its units "
            "in Tavush province did not open fire.")
    (inc,) = incidents_of(text)
    assert (inc.event_type, inc.sub_event_type) == ("Battles", "Armed clash")
    assert inc.date == dt.date(2023, 5, 13) and inc.date_precision == "day"
    assert inc.actors == ("AM", "AZ")
    assert who_says(inc) == [
        ("AZ", "asserts"), ("AZ", "asserts"), ("AM", "denies")]
    assert inc.claims[1].injured_min == 1 and inc.injured_min == 1
    # contradicting claims keep their own places
    assert inc.claims[0].places == ("Tovuz",) and inc.claims[2].places == ("Tavush",)
    assert {c.incident_id for c in inc.claims} == {inc.id}


def test_shelling_with_casualties_attributed_to_the_claimant():
    text = ("Armenia's defense ministry said on Tuesday that Azerbaijani forces shelled positions "
            "near Sotk and Jermuk overnight, and that two Armenian servicemen were killed and five "
            "were wounded. Azerbaijan's defense ministry denied the accusation.")
    (inc,) = incidents_of(text, published=dt.date(2022, 9, 13))
    assert inc.sub_event_type == "Shelling/artillery/missile attack"
    assert inc.date == dt.date(2022, 9, 13)
    first, denial = inc.claims
    assert (first.fatalities_min, first.fatalities_max, first.injured_min) == (2, 2, 5)
    assert [l.relation for l in first.locations] == ["near", "near"]
    assert (denial.claimant_country, denial.stance) == ("AZ", "denies")
    assert inc.actors == ("AM", "AZ")


def test_background_and_statements_are_not_incidents():
    text = ("The region has become a flashpoint of sporadic skirmishes between Armenia and "
            "Azerbaijan. Iran has been warning that it will not accept any change in the borders. "
            "Armenian Prime Minister Nikol Pashinyan convened a security meeting on Tuesday.")
    assert incidents_of(text) == ()


def test_an_undated_attributed_clash_is_an_incident_without_a_date():
    text = "Azerbaijan's defense ministry said Armenian forces opened fire on its positions."
    (inc,) = incidents_of(text)
    assert inc.date is None and inc.actors == ("AM", "AZ")


def test_statements_attach_to_the_meeting_they_were_made_at():
    text = ("Iranian President Ebrahim Raisi met with his Azerbaijani counterpart Ilham Aliyev in "
            "Astana on Thursday. “Any change of borders is rejected,” President Raisi said. "
            "Iranian officials have long warned against a corridor.")
    (inc,) = incidents_of(text, published=dt.date(2022, 10, 17))
    assert (inc.event_type, inc.sub_event_type, inc.date) == ("diplomatic", "meeting",
                                                              dt.date(2022, 10, 13))
    assert inc.places == ("Astana",) and inc.actors == ("AZ", "IR")
    assert [c.claimant for c in inc.claims] == ["Ebrahim Raisi, President of Iran",
                                                "official of Iran"]
    assert all(c.locations == () for c in inc.claims)      # statements are not placed


def test_a_separate_meeting_is_not_the_last_one():
    text = ("In a July meeting with Russian President Vladimir Putin in Tehran, Leader of the "
            "Islamic Revolution Ayatollah Ali Khamenei made it clear that Iran objects. "
            "Ayatollah Khamenei reiterated this position in a separate meeting with Turkish "
            "President Recep Tayyip Erdogan. “We will oppose it,” he said.")
    (inc,) = incidents_of(text, published=dt.date(2022, 9, 14))
    assert inc.date == dt.date(2022, 7, 1) and inc.date_precision == "month"
    assert inc.actors == ("IR", "RU") and len(inc.claims) == 1


def test_a_call_recalling_an_earlier_meeting_keeps_its_own_statements():
    text = ("Iranian President Ebrahim Raisi met with his Azerbaijani counterpart Ilham Aliyev "
            "in Astana on Thursday. On Saturday, Iranian Foreign Minister Hossein Amir "
            "Abdollahian, in a phone call with the Foreign Minister of the Republic of "
            "Azerbaijan Jeyhun Bayramov, exchanged views on regional issues. Amir Abdollahian "
            "described the recent meeting between the presidents as important, according to "
            "the Iranian foreign ministry. Amir Abdollahian said foreign forces in the region "
            "are a common concern.")
    meeting, call = sorted(incidents_of(text, published=dt.date(2022, 10, 17)),
                           key=lambda i: i.date)
    assert (meeting.sub_event_type, meeting.date) == ("meeting", dt.date(2022, 10, 13))
    assert (call.sub_event_type, call.date) == ("call", dt.date(2022, 10, 15))
    assert [c.claimant for c in meeting.claims] == ["Iranian foreign ministry"]
    assert [c.text[:30] for c in call.claims] == ["Amir Abdollahian said foreign "]


def test_a_meeting_is_placed_at_its_venue_not_at_a_name():
    text = ("In a July meeting with Russian President Vladimir Putin in Tehran, Leader of the "
            "Islamic Revolution Ayatollah Ali Khamenei made it clear that Iran objects.")
    (inc,) = incidents_of(text, published=dt.date(2022, 9, 14))
    assert inc.places == ("Tehran",) and inc.claims[0].places == ("Tehran",)


def test_a_denial_of_such_reports_joins_the_incident_under_discussion():
    text = ("On Sunday, a military official dismissed as “baseless” the reports about the "
            "deployment of Iranian troops on the northern border with the Republic of Azerbaijan. "
            "Iranian Armed Forces commander Mohammad Ahadi said such reports are groundless.")
    (inc,) = incidents_of(text, published=dt.date(2023, 9, 12))
    assert inc.actors == ("IR",) and inc.sub_event_type == "Troop deployment"
    assert who_says(inc) == [("IR", "denies")] * 2


def test_two_dated_events_of_a_kind_days_apart_are_two_incidents():
    text = ("On Monday, clashes broke out on the Armenia-Azerbaijan border. On Friday, clashes "
            "broke out again on the Armenia-Azerbaijan border.")
    incs = incidents_of(text, published=dt.date(2022, 9, 17))
    assert sorted(i.date for i in incs) == [dt.date(2022, 9, 12), dt.date(2022, 9, 16)]


def test_ids_depend_on_content_only():
    text = "On Monday, clashes broke out on the Armenia-Azerbaijan border."
    assert incidents_of(text)[0].id == incidents_of(text)[0].id
    assert incidents_of(text)[0].id != incidents_of(text, article_id="b.txt")[0].id


VOCABULARY = ["Armenia", "Azerbaijan's", "Iranian", "defense", "ministry", "said", "denied",
              "“", "”", ",", ".", "clashes", "On", "Sunday", "near", "Lachin", "in", "the",
              "border", "with", "he", "It", "according", "to", "Trend", "reported", "two",
              "soldiers", "were", "killed", "met", "President", "Raisi", "did", "not", "open",
              "fire", "-", "\n", "baseless", "reports", "hundreds", "of", "150-200", "July"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(VOCABULARY), max_size=60))
def test_any_word_salad_gives_consistent_incidents(words):
    text = " ".join(words)
    article = Article(id="f.txt", text=text, published=dt.date(2022, 9, 14))
    sentences = split_sentences(article)
    incidents = extract_incidents(article, sentences, resolve_by_hand(article),
                                  find_actors(article, sentences), None)
    texts = {s.text for s in sentences}
    for inc in incidents:
        assert inc.event_type and inc.articles == ("f.txt",)
        for c in inc.claims:
            assert c.text in texts and c.incident_id == inc.id
            assert c.stance in ("asserts", "denies") and len(c.claimant_country) == 2


@pytest.mark.parametrize("head", [
    "", "Shelling hits Armenian border towns\n\n",
    "Shelling hits Armenian border towns\nBy Staff Reporter\n\n",
])
@pytest.mark.parametrize("dateline", [
    "YEREVAN, September 14 — ", "YEREVAN, Armenia, Sept. 14 (Reuters) - ", "YEREVAN: ",
    "YEREVAN/BAKU, Sept 13 (Reuters) - ",
])
def test_a_dateline_is_where_the_report_was_filed_not_where_the_shelling_was(head, dateline):
    (inc,) = incidents_of(f"{head}{dateline}Armenia's defence ministry said "
                          "Azerbaijani forces shelled Jermuk and Sotk overnight.")
    assert inc.places == ("Jermuk", "Sotk")


def test_an_unattributed_report_of_the_same_shelling_adds_its_places():
    (inc,) = incidents_of(
        "Armenia's defence ministry said Azerbaijani forces shelled Jermuk on Sunday, "
        "killing two soldiers. Shelling was also reported near Sotk, where one soldier "
        "was killed.")
    assert inc.places == ("Jermuk", "Sotk")
    assert inc.fatalities_max == 2 and len(inc.claims) == 1


def test_an_unattributed_sentence_on_other_talks_does_not_move_a_meeting():
    (inc,) = incidents_of(
        "The presidents of Iran and Azerbaijan met in Astana on Thursday. The talks also "
        "covered the negotiations between Azerbaijan and Armenia in Prague.")
    assert inc.places == ("Astana",)


def test_an_unattributed_casualty_count_joins_the_shelling_it_follows():
    (inc,) = incidents_of(
        "Armenia's defence ministry said Azerbaijani forces shelled Jermuk on Sunday. "
        "Forty-nine Armenian servicemen were killed.")
    assert (inc.fatalities_min, inc.fatalities_max) == (49, 49)


@pytest.mark.parametrize("sentence, fatalities, injured", [
    ("Three servicemen perished.", (3, 3), (None, None)),
    ("Two soldiers lost their lives.", (2, 2), (None, None)),
    ("Four conscripts were hurt.", (None, None), (4, 4)),
])
def test_every_word_the_counter_reads_lets_an_unattributed_count_join(
        sentence, fatalities, injured):
    (inc,) = incidents_of(
        "Armenia's defence ministry said Azerbaijani forces shelled Jermuk on Sunday. "
        + sentence)
    assert (inc.fatalities_min, inc.fatalities_max) == fatalities
    assert (inc.injured_min, inc.injured_max) == injured


def test_azerbaijans_subjected_to_fire_is_a_clash():
    (inc,) = incidents_of(
        "The Ministry of Defense of Azerbaijan said that on Sunday Armenian armed forces "
        "units subjected to fire the positions of the Azerbaijani Army near Kalbajar.")
    assert inc.sub_event_type == "Armed clash" and inc.places == ("Kalbajar",)
    assert inc.claims[0].claimant_country == "AZ"


def test_each_sides_own_dead_add_up_and_unattributed_dead_do_not():
    both = ("Armenia's defence ministry said Azerbaijani forces shelled Jermuk on Sunday, "
            "killing 49 Armenian servicemen. Azerbaijan's defence ministry said 50 "
            "Azerbaijani servicemen were killed.")
    (inc,) = incidents_of(both)
    assert (inc.fatalities_min, inc.fatalities_max) == (99, 99)
    assert {c.victims_country for c in inc.claims} == {"AM", "AZ"}
    (inc,) = incidents_of(both.replace("49 Armenian servicemen", "49 servicemen"))
    assert (inc.fatalities_min, inc.fatalities_max) == (49, 50)   # maybe the same dead


def test_a_sides_own_dead_do_not_drag_down_a_total_counting_everybody():
    """The lead's "at least four" counts everybody; each side's own count is part of
    it: four or more, not one."""
    (inc,) = incidents_of(
        "At least four soldiers were killed on Tuesday in clashes on the border between "
        "Armenia and Azerbaijan near Tegh, officials said. Armenia's defence ministry said "
        "Azerbaijani troops attacked and that four Armenian servicemen were killed. "
        "Azerbaijan said one of its soldiers was killed after Armenian forces opened fire.")
    assert (inc.fatalities_min, inc.fatalities_max) == (4, None)
    (inc,) = incidents_of(
        "Armenia's defence ministry said Azerbaijani forces shelled Jermuk on Sunday, "
        "killing at least 11 people. One of the dead was an Armenian conscript from Goris.")
    assert inc.fatalities_min == 11


def test_separately_opens_a_new_incident_and_a_branded_claim_is_denied():
    first, second = incidents_of(
        "An Armenian soldier was killed by Azerbaijani sniper fire near Sotk on Wednesday, "
        "the Armenian Defense Ministry said. Separately, Azerbaijan's defence ministry said "
        "two of its servicemen were wounded by a mortar shell near Kalbajar on Thursday. "
        "Yerevan called the claim \"absolute disinformation\".")
    assert first.sub_event_type == "Armed clash" and first.places == ("Sotk",)
    assert first.date == dt.date(2023, 5, 10) and first.fatalities_min == 1
    assert second.date == dt.date(2023, 5, 11) and second.places == ("Kalbajar",)
    assert [(c.claimant_country, c.stance) for c in second.claims] == [
        ("AZ", "asserts"), ("AM", "denies")]
    assert second.claims[0].victims_country == "AZ"          # "two of its servicemen"


def test_a_capital_that_hosts_a_meeting_is_its_venue():
    (meeting,) = incidents_of("Tehran hosted a meeting of the foreign ministers of Iran, "
                              "Russia, Turkey, Azerbaijan and Armenia on Monday.")
    assert meeting.event_type == "diplomatic" and meeting.places == ("Tehran",)


def test_a_second_statement_after_while_is_a_claim_with_its_own_places():
    (inc,) = incidents_of(
        "Armenia's defence ministry said Azerbaijani forces shelled Jermuk on Sunday. "
        "Residents of Sotk sheltered in basements, while Azerbaijan's defence ministry "
        "reported fire on Tovuz.")
    tovuz = [c for c in inc.claims if c.claimant_country == "AZ"]
    assert [c.places for c in tovuz] == [("Tovuz",)]            # not Sotk as well


def test_a_while_aside_with_no_subject_stays_background():
    (inc,) = incidents_of(
        "Armenia's defence ministry, while seeking calm near Sotk, said Azerbaijani "
        "forces shelled Jermuk on Sunday.")
    assert inc.places == ("Jermuk",)


def test_a_phrase_counting_both_sides_dead_adds_them_up():
    (inc,) = incidents_of(
        "Azerbaijan's defence ministry said Armenian forces shelled Tovuz on Sunday. "
        "Two Armenian and three Azerbaijani soldiers were killed, the ministry said.")
    assert (inc.fatalities_min, inc.fatalities_max) == (5, 5)


def test_a_datelines_date_is_when_the_report_was_filed():
    (inc,) = incidents_of(
        "BAKU, November 16 - Units of the Armenian armed forces fired on Azerbaijani "
        "positions in the Kalbajar district late on November 15, Azerbaijan's defence "
        "ministry said.", published=dt.date(2022, 11, 16))
    assert inc.date == dt.date(2022, 11, 15)
    (inc,) = incidents_of(                       # no date of its own: the filing date
        "BAKU, November 16 - Units of the Armenian armed forces fired on Azerbaijani "
        "positions in the Kalbajar district, Azerbaijan's defence ministry said.",
        published=dt.date(2022, 11, 16))
    assert inc.date == dt.date(2022, 11, 16)


@pytest.mark.parametrize("published", [dt.date(2022, 10, 17), dt.date(2022, 11, 16), None])
def test_a_weekday_is_read_against_the_datelines_day_not_the_listings(published):
    """A listing (a feed, a crawl) dated weeks after the report was filed: "Monday" is
    the Monday on or before the dateline's October 17."""
    (inc,) = incidents_of(
        "TEHRAN, October 17, 2022 - Iran's army began a large military exercise in East "
        "Azerbaijan province along the Aras river on Monday, state media reported.",
        published=published)
    assert inc.date == dt.date(2022, 10, 17)
    (inc,) = incidents_of(
        "BAKU, August 3 - Two Azerbaijani soldiers were killed on Tuesday when Armenian "
        "forces fired on army positions in the Lachin district, the ministry said.",
        published=dt.date(2022, 11, 16))
    assert inc.date == dt.date(2022, 8, 2)


def test_a_count_naming_no_side_is_of_the_side_the_sentence_names():
    (inc,) = incidents_of(
        "Armenia's defence ministry said Azerbaijani forces shelled Sotk on Sunday. "
        "Two Armenian servicemen were killed and three others wounded.")
    assert (inc.fatalities_min, inc.injured_min, inc.victims_country) == (2, 3, "AM")


def test_a_denied_troop_build_up_is_an_incident_with_its_denial():
    (inc,) = incidents_of(
        "TEHRAN, August 2 (IRNA) - Iran's foreign ministry on Tuesday rejected reports that "
        "Iranian troops had massed along the border with Azerbaijan's Nakhchivan exclave.",
        published=dt.date(2022, 8, 2))
    assert inc.sub_event_type == "Troop deployment" and "IR" in inc.actors
    (claim,) = inc.claims
    assert claim.claimant_country == "IR" and claim.stance == "denies"


def test_a_headline_that_the_body_says_again_is_one_claim_not_two():
    body = ("BAKU, November 16 — Azerbaijan's defence ministry said on Wednesday that Armenian "
            "armed forces had fired on Azerbaijani army positions in Tovuz overnight, wounding "
            "one serviceman.\n\nArmenia's defence ministry denied the report.")
    (inc,) = incidents_of("Azerbaijan says Armenian forces fired on its positions in Tovuz\n\n"
                          + body, published=dt.date(2022, 11, 16))
    assert who_says(inc) == [
        ("AZ", "asserts"), ("AM", "denies")]
    assert inc.claims[0].text.startswith("BAKU") and inc.claims[0].injured_min == 1
    # a headline whose claim the body does not repeat keeps it
    (inc,) = incidents_of("Azerbaijan says Armenian forces fired on its positions in Tovuz\n\n"
                          "Armenia's defence ministry denied the report.",
                          published=dt.date(2022, 11, 16))
    assert who_says(inc) == [
        ("AZ", "asserts"), ("AM", "denies")]


def test_an_advance_into_territory_is_a_clash_and_an_ombudsman_a_claimant():
    (inc,) = incidents_of(
        "Armenia's defence ministry said on Tuesday that Azerbaijani troops had advanced "
        "into Armenian territory near Sotk. Two civilians were wounded in Sotk, according "
        "to Armenia's human rights ombudsman.", published=dt.date(2022, 9, 14))
    assert (inc.event_type, inc.sub_event_type, inc.places) == ("Battles", "Armed clash",
                                                                ("Sotk",))
    assert [(c.claimant, c.stance) for c in inc.claims] == [
        ("Ministry of Defense of Armenia", "asserts"),
        ("Armenian human rights ombudsman", "asserts")]
    assert inc.injured_min == 2


def test_the_side_whose_people_were_killed_is_one_of_the_incidents_sides():
    (inc,) = incidents_of(
        "Armenia says 49 soldiers killed in Azerbaijani attack\n\n"
        "Armenia said on Tuesday that 49 of its soldiers were killed when Azerbaijani "
        "forces shelled Jermuk.", published=dt.date(2022, 9, 14))
    assert inc.actors == ("AM", "AZ") and inc.fatalities_min == 49
    (inc,) = incidents_of(
        "Azerbaijani forces shelled Jermuk on Tuesday, Armenia's defence ministry said. "
        "Three Armenian servicemen were killed.", published=dt.date(2022, 9, 14))
    assert inc.actors == ("AM", "AZ") and inc.fatalities_min == 3


def test_mine_laying_reported_by_a_ministry_is_an_incident_of_its_own():
    incs = incidents_of(
        "On September 12, units of the Armenian armed forces, using small arms, subjected "
        "to fire the positions of the Azerbaijan Army in the direction of Lachin, the "
        "Ministry of Defense of Azerbaijan said. In addition, the Armenian side planted "
        "mines along the supply routes near Sotk, the ministry said. The Ministry of "
        "Defense of Armenia denied the report, saying its units did not open fire.",
        published=dt.date(2022, 9, 13))
    clash, mines = sorted(incs, key=lambda i: i.event_type)
    assert (clash.event_type, clash.actors) == ("Battles", ("AM", "AZ"))
    assert [(c.claimant_country, c.stance) for c in clash.claims] == [
        ("AZ", "asserts"), ("AM", "denies")]
    assert (mines.event_type, mines.sub_event_type, mines.places) == (
        "Strategic developments", "Other", ("Sotk",))
    assert [(c.claimant_country, c.stance) for c in mines.claims] == [("AZ", "asserts")]


def test_the_venue_s_country_is_no_party_to_a_meeting():
    (inc,) = incidents_of("The two countries' leaders, Sadyr Japarov and Emomali Rahmon, met on "
                          "Friday on the sidelines of a summit in Samarkand, Uzbekistan, and "
                          "agreed to pull back troops.")
    assert inc.event_type == "diplomatic" and inc.actors == ("KG", "TJ")


def test_a_weapon_in_a_manner_clause_does_not_hide_the_report():
    # Azerbaijan's defence ministry's bulletin form: the cue is "subjected to fire", not
    # the mortars of ", using large-calibre weapons and mortars,"
    (inc,) = incidents_of("On September 13, at 00:05, units of the Armed Forces of Armenia, "
                          "using large-calibre weapons and mortars, subjected to fire the "
                          "positions of the Azerbaijan Army units located in the direction of "
                          "Lachin.")
    assert "AM" in inc.actors and inc.date == dt.date(2022, 9, 13)   # before 2023-05-14


def test_a_broker_is_no_side():
    incidents = incidents_of("Armenia's defence ministry said a Russian-brokered ceasefire took "
                             "effect on Wednesday but Azerbaijani forces shelled Sotk.")
    assert [inc.actors for inc in incidents] == [("AM", "AZ")]


def test_the_ministry_that_denies_is_not_the_one_it_quotes():
    (inc,) = incidents_of("Azerbaijan's Ministry of Defense said on Saturday that Armenian units "
                          "fired on its positions near Kalbajar. The information spread by the "
                          "Armenian Ministry of Defense that the Azerbaijan Army shelled Jermuk "
                          "is absolutely untrue, the ministry said.")
    assert [(c.claimant, c.stance) for c in inc.claims] == [
        ("Ministry of Defense of Azerbaijan", "asserts"),
        ("Ministry of Defense of Azerbaijan", "denies")]


def test_another_day_at_other_places_is_another_incident():
    incidents = incidents_of("On May 10, Armenia's defense ministry said Azerbaijani units fired "
                             "on Armenian positions near Jermuk. On May 11, Azerbaijani troops "
                             "opened fire on Sotk.")
    assert [(inc.date.day, inc.places) for inc in incidents] == [(10, ("Jermuk",)),
                                                                  (11, ("Sotk",))]


def test_a_live_blog_s_day_line_dates_its_entries_and_a_call_counts_no_dead():
    incidents = incidents_of(
        "Border clashes: live updates\n\nSeptember 13, 2022\n\n"
        "00:40 — Armenia's Ministry of Defence says Azerbaijani forces opened intensive "
        "artillery fire on Armenian positions near Jermuk.\n\n"
        "03:15 — Prime Minister Nikol Pashinyan held a phone call with Russian President "
        "Vladimir Putin, his office said.\n\n"
        "10:45 — Armenia's Ministry of Defence says 49 Armenian servicemen were killed.\n")
    assert {inc.event_type: inc.date for inc in incidents} == {
        "Explosions/Remote violence": dt.date(2022, 9, 13), "diplomatic": dt.date(2022, 9, 13)}
    call = next(inc for inc in incidents if inc.event_type == "diplomatic")
    assert call.fatalities_min is None


def test_a_mine_blast_is_the_reporter_s_incident_and_running_totals_stay_out():
    incidents = incidents_of(
        "Two civilians were injured on Saturday when their vehicle hit an anti-tank mine in "
        "the Fuzuli district, Azerbaijan's mine action agency ANAMA reported. Since the "
        "44-day war, 55 people have been killed by mines, ANAMA said.")
    assert [(i.sub_event_type, i.actors, i.injured_min, i.fatalities_min) for i in incidents] \
        == [("Remote explosive/landmine/IED", ("AZ",), 2, None)]


def test_an_agency_dateline_ending_in_a_period_leaves_the_lead_s_date():
    (inc,) = incidents_of(
        "Azerbaijani forces open fire on Martuni villages, says Artsakh Defense Army\n\n"
        "STEPANAKERT, AUGUST 1, ARMENPRESS. Units of the Azerbaijani Armed Forces opened fire "
        "at the village of Khnushinak on Monday morning, the Defense Army of the Republic of "
        "Artsakh reported.", published=dt.date(2022, 8, 2))
    assert inc.date == dt.date(2022, 8, 1)


def test_a_state_s_unnamed_dead_soldiers_are_its_own():
    (inc,) = incidents_of("Armenia said Azerbaijani forces shelled Jermuk on Saturday. Armenian "
                          "officials said 49 servicemen were killed. Baku said 50 of its "
                          "soldiers were killed.")
    assert (inc.fatalities_min, inc.fatalities_max) == (99, 99)


def test_peacekeepers_report_a_violation_they_are_no_side_of():
    (inc,) = incidents_of("Russian peacekeepers registered one ceasefire violation near Jermuk "
                          "over the past 24 hours, the Russian Defence Ministry said on Friday.")
    assert inc.actors == () and inc.places == ("Jermuk",)
    assert [(c.claimant, c.claimant_country) for c in inc.claims] == [
        ("Ministry of Defense of Russia", "RU")]


def test_a_later_count_of_the_reporters_dead_is_the_same_clash(tmp_path):
    """Armenia's defence ministry reports Azerbaijani shelling, then "The ministry said 49
    Armenian servicemen had been killed … the shelling …": one incident with both sides
    and the 49 dead, not a second one drawn over all of Armenia."""
    article = tmp_path / "sotk.txt"
    article.write_text(
        "Azerbaijani forces began intensive shelling in the direction of Sotk and Kut "
        "shortly after midnight on Tuesday, Armenia's defence ministry said.\n\n"
        "The ministry said 49 Armenian servicemen had been killed by Tuesday afternoon and "
        "that the shelling had also damaged civilian infrastructure.", encoding="utf-8")
    result = geomap.build([str(article)], BuildOptions(published=dt.date(2022, 9, 13)))
    assert len(result.incidents) == 1
    incident = result.incidents.iloc[0]
    assert list(incident["actors"]) == ["AM", "AZ"] and incident["fatalities_min"] == 49
    assert incident["geo_precision"] == 2


def test_a_staged_drill_is_an_exercise_and_a_town_across_the_river_no_place_of_it():
    (inc,) = incidents_of(
        "Iranian ground forces staged a river-crossing exercise on the Aras near the border "
        "town of Nordooz on Thursday, opposite the Armenian town of Meghri, Iranian state "
        "media reported.")
    assert inc.sub_event_type == "Military exercise" and inc.actors == ("IR",)
    assert "Meghri" not in inc.places


def test_a_demonym_named_like_the_claimant_is_still_a_party_and_its_side_counts():
    """"Kyrgyz" is a party even though "Kyrgyzstan's health ministry" speaks; its 24
    dead "on its side" and the Tajik civilian add up."""
    (inc,) = incidents_of(
        "Fighting between Kyrgyz and Tajik border guards spread along their disputed "
        "frontier on Friday, with Kyrgyzstan's health ministry saying 24 people had been "
        "killed and 87 wounded on its side. Tajik authorities said one civilian was killed "
        "in Isfara.", published=dt.date(2022, 9, 16))
    assert inc.actors == ("KG", "TJ")
    assert (inc.fatalities_min, inc.fatalities_max, inc.injured_min) == (25, 25, 87)


def test_the_other_sides_report_not_corresponding_to_reality_is_a_denial_of_it():
    """The Armenian ministry's formula: no claimant named, the previous one speaks on."""
    (inc,) = incidents_of(
        "On November 16, at around 21:40, units of the Azerbaijani armed forces opened fire "
        "in the direction of Armenian combat positions near Sotk, the Ministry of Defense of "
        "Armenia reported. The information spread by the Azerbaijani Ministry of Defense "
        "that units of the Armenian Armed Forces opened fire in the direction of the "
        "Azerbaijani combat positions located in the Kalbajar and Lachin directions does "
        "not correspond to reality.", published=dt.date(2022, 11, 17))
    assert who_says(inc) == [("AM", "asserts"), ("AM", "denies")]
    assert {(loc.relation, loc.place.name) for loc in inc.claims[1].locations} == {
        ("direction", "Kalbajar"), ("direction", "Lachin")}


def test_the_other_side_denying_this_denies_the_report_before():
    (inc,) = incidents_of(
        "The Azerbaijani Defense Ministry claimed on Tuesday that Armenian units had fired "
        "at Azerbaijani positions in the Kalbajar district. The Armenian side denied this.",
        published=dt.date(2023, 4, 11))
    assert who_says(inc) == [("AZ", "asserts"), ("AM", "denies")]


def test_the_day_a_statement_was_made_is_not_the_day_of_what_it_reports():
    """Said on Monday of gunfire over the weekend: the weekend's week, not Monday."""
    (inc,) = incidents_of(
        "Armenia's defence ministry said on Monday that Azerbaijani forces had opened fire "
        "near Jermuk over the weekend.", published=dt.date(2023, 4, 11))
    assert (inc.date, inc.date_precision) == (dt.date(2023, 4, 3), "week")
    (inc,) = incidents_of(                       # no other date: the statement's
        "Armenia's defence ministry said on Monday that Azerbaijani forces opened fire "
        "near Jermuk.", published=dt.date(2023, 4, 11))
    assert (inc.date, inc.date_precision) == (dt.date(2023, 4, 10), "day")


def test_an_undated_meeting_takes_the_day_its_speaker_spoke_just_before():
    (inc,) = incidents_of(
        "TEHRAN, July 19 (Reuters) - Iran's Supreme Leader Ayatollah Ali Khamenei told "
        "Turkish President Tayyip Erdogan on Tuesday that any attempt to block the border "
        "between Iran and Armenia would be opposed, state media reported. \"This border has "
        "been a route for thousands of years,\" Khamenei told Erdogan during a meeting in "
        "Tehran.", published=dt.date(2022, 8, 16))
    assert (inc.sub_event_type, inc.date, inc.actors) == ("meeting", dt.date(2022, 7, 19),
                                                           ("IR", "TR"))


def test_ethnic_armenian_forces_are_karabakhs_and_not_involved_is_a_denial():
    (inc,) = incidents_of(
        "Azerbaijan launched an operation in Nagorno-Karabakh on Tuesday, shelling "
        "Stepanakert and positions of the ethnic Armenian forces, Azerbaijan's defence "
        "ministry said. Armenia's Prime Minister Nikol Pashinyan said Armenian troops were "
        "not involved in the fighting.", published=dt.date(2023, 9, 19))
    assert inc.actors == ("AZ",)
    assert who_says(inc) == [("AZ", "asserts"), ("AM", "denies")]


def test_peacekeepers_in_another_clause_make_their_ministry_no_side():
    (inc,) = incidents_of(
        "In the area of responsibility of the Russian peacekeeping contingent, one ceasefire "
        "violation was recorded near Lachin on March 5, the Russian Defense "
        "Ministry said.", published=dt.date(2023, 3, 6))
    assert inc.actors == () and inc.claims[0].claimant_country == "RU"


def test_a_ceasefire_taking_effect_is_an_agreement_one_side_may_deny():
    (inc,) = incidents_of(
        "On Wednesday morning, a ceasefire brokered by Russia took effect, according to the "
        "Armenian Security Council secretary Armen Grigoryan. Azerbaijan's foreign ministry "
        "denied that a truce had been agreed.", published=dt.date(2022, 9, 14))
    assert (inc.event_type, inc.sub_event_type) == ("Strategic developments", "Agreement")
    assert "RU" not in inc.actors and inc.date == dt.date(2022, 9, 14)
    assert who_says(inc) == [("AM", "asserts"), ("AZ", "denies")]


def test_heads_of_state_named_by_surname_alone_are_a_calls_parties():
    (inc,) = incidents_of(
        "Kremlin spokesman Dmitry Peskov said President Vladimir Putin had spoken by phone "
        "with Pashinyan and Aliyev on Tuesday.", published=dt.date(2022, 9, 14))
    assert (inc.sub_event_type, inc.actors) == ("call", ("AM", "AZ", "RU"))


def test_a_defence_ministry_reporting_its_forces_fighting_makes_its_side_a_party():
    (inc,) = incidents_of(
        "Azerbaijan says it destroyed Armenian positions after attack\n\n"
        "Azerbaijan's defence ministry said on Thursday that its forces had destroyed several "
        "Armenian firing points after Armenian units fired on its positions near Lachin.",
        published=dt.date(2022, 11, 10))
    assert inc.actors == ("AM", "AZ")


@pytest.mark.parametrize("dateline, day", [("YEREVAN, June 18 - ", 17),
                                           ("Yerevan, June 18 - ", 17),
                                           ("Yerevan, June 12 - ", 10),
                                           ("MOSCOW, June 18. /TASS/. ", 17),
                                           ("YEREVAN, JUNE 18, ARMENPRESS. ", 17),
                                           ("BAKU, Azerbaijan, June 18. Trend: ", 17),
                                           ("MOSCOW. June 18 (Interfax) - ", 17)])
def test_a_weekday_is_read_against_the_datelines_day_in_capitals_or_not(dateline, day):
    (inc,) = incidents_of(f"{dateline}Azerbaijani troops fired at Armenian positions near "
                          "Sotk on Monday evening.", published=dt.date(2024, 6, 20))
    assert inc.date == dt.date(2024, 6, day)


def test_soldiers_killed_in_a_road_accident_are_no_incident():
    assert incidents_of("Three Armenian soldiers were killed when their military truck "
                        "overturned on a mountain road near Jermuk on Saturday.") == ()


@pytest.mark.parametrize("dateline, claimant", [
    ("BAKU, Nov 3 (APA) - ", "Ministry of Defense of Azerbaijan"),
    ("BAKU, Nov 3 (Reuters) - ", "Ministry of Defense of Azerbaijan"),
    ("YEREVAN, Nov 3 - ", "Ministry of Defense of Armenia"),
])
def test_a_ministry_named_without_its_state_is_the_datelines_capitals(dateline, claimant):
    """And the dateline's day number is no count of the dead; the day dates the incident
    when its sentence gives none."""
    (inc,) = incidents_of(
        f"{dateline}Tensions remained high. One serviceman was killed when units opened "
        "fire near Lachin, the Defence Ministry said.", published=dt.date(2022, 11, 20))
    assert [c.claimant for c in inc.claims] == [claimant]
    assert (inc.fatalities_min, inc.date) == (1, dt.date(2022, 11, 3))


@pytest.mark.parametrize("text", [
    "An Armenian soldier was wounded by Azerbaijani fire near Sotk, the Armenian Defence "
    "Ministry said.",
    "Two Armenian soldiers were killed in a shootout with Azerbaijani troops near Sotk, the "
    "Armenian Defence Ministry said.",
    "An Armenian soldier was killed by an Azerbaijani sniper near Sotk, the Armenian Defence "
    "Ministry said.",
])
def test_a_report_leading_with_its_casualties_is_an_incident(text):
    (inc,) = incidents_of(text)
    assert inc.event_type == "Battles" and inc.places == ("Sotk",)


def test_the_side_whose_town_was_shelled_is_a_side():
    (inc,) = incidents_of("Azerbaijani forces shelled Sotk overnight, injuring three "
                          "civilians, the Armenian Interior Ministry said.")
    assert inc.actors == ("AM", "AZ")


def test_two_speakers_joined_by_a_semicolon_are_two_claims_each_at_its_places():
    text = ("Armenia's Defence Ministry said Azerbaijani forces shelled Sotk on Tuesday, "
            "wounding two soldiers; Azerbaijan's Defence Ministry said Armenian units had "
            "fired first at its positions in Kalbajar.")
    (inc,) = incidents_of(text, published=dt.date(2024, 5, 3))
    assert who_says(inc) == [("AM", "asserts"), ("AZ", "asserts")]
    assert inc.claims[0].places == ("Sotk",) and inc.claims[1].places == ("Kalbajar",)


def test_fighting_resumed_another_day_elsewhere_is_a_new_incident_of_the_same_sides():
    text = ("Armenian and Azerbaijani troops exchanged fire near Sotk on Tuesday, Armenia's "
            "defence ministry said. Fighting resumed on Wednesday in Tavush. Since Tuesday, "
            "14 people have been killed, the ministry said.")
    first, second = by_date(text, dt.date(2024, 5, 3))
    assert (first.date, second.date) == (dt.date(2024, 4, 30), dt.date(2024, 5, 1))
    assert first.actors == second.actors == ("AM", "AZ")
    assert second.places == ("Tavush",)
    # a running total since Tuesday is no count of Wednesday's fighting
    assert second.fatalities_min is None


def test_a_day_later_is_the_day_after_the_last_event_and_a_new_incident():
    text = ("YEREVAN, May 10 - Azerbaijani forces opened fire on Armenian positions near "
            "Sotk late on Sunday, the Armenian Defence Ministry said. A day later, a drone "
            "attack near Jermuk wounded four soldiers, it said.")
    first, second = by_date(text, dt.date(2024, 5, 10))
    assert (first.date, first.places) == (dt.date(2024, 5, 5), ("Sotk",))
    assert (second.date, second.places) == (dt.date(2024, 5, 6), ("Jermuk",))
    assert second.injured_min == 4 and who_says(second) == [("AM", "asserts")]


def test_the_day_an_exercise_lasts_until_is_not_its_date():
    text = ("BAKU, May 2 (Reuters) - Azerbaijan's armed forces began military exercises in "
            "Kalbajar on Thursday, the Defence Ministry said. The drills, which will last "
            "until May 6, include artillery and aviation units, the ministry said. "
            "Armenia's Foreign Ministry said the exercises were a threat.")
    (inc,) = incidents_of(text, published=dt.date(2024, 5, 2))
    assert inc.date == dt.date(2024, 5, 2)
    assert who_says(inc) == [("AZ", "asserts"), ("AZ", "asserts"), ("AM", "asserts")]


def test_a_denial_then_a_counter_accusation_is_a_second_incident_the_denier_asserts():
    text = ("Tajikistan's border service on Tuesday denied that Tajik troops had fired on a "
            "Kyrgyz border post. The service said Kyrgyz forces had fired mortar rounds at "
            "Tajik villages, wounding five people.")
    denied, accused = sorted(incidents_of(text, published=dt.date(2024, 5, 10)),
                             key=lambda i: i.event_type)
    assert denied.sub_event_type == "Armed clash" and who_says(denied) == [("TJ", "denies")]
    assert denied.injured_min is None
    assert accused.sub_event_type == "Shelling/artillery/missile attack"
    assert who_says(accused) == [("TJ", "asserts")] and accused.injured_min == 5


def test_a_side_putting_its_own_toll_is_its_claim_of_its_own_dead():
    text = ("At least 24 people were killed in fighting on the Kyrgyz-Tajik border on "
            "Friday, Kyrgyzstan's health ministry said. Tajik officials put their own toll "
            "at dozens dead.")
    (inc,) = incidents_of(text, published=dt.date(2024, 5, 10))
    assert [c.claimant_country for c in inc.claims] == ["KG", "TJ"]
    assert inc.claims[1].victims_country == "TJ"
    # one side's own dead do not lower the total the other report gives
    assert inc.fatalities_min == 24


def test_an_undated_accusation_after_a_dated_report_takes_that_reports_day():
    text = ("A Thai soldier lost his leg after stepping on a landmine near the border on "
            "Sunday, the Royal Thai Army said. The army accused Cambodia of laying new mines "
            "in the area.")
    mine, mining = sorted(incidents_of(text, published=dt.date(2024, 5, 10)),
                          key=lambda i: i.event_type == "Strategic developments")
    assert (mine.sub_event_type, mine.injured_min) == ("Remote explosive/landmine/IED", 1)
    assert mining.date == mine.date == dt.date(2024, 5, 5)


def test_another_claimants_word_on_what_was_just_told_is_a_claim_of_the_incident():
    text = ("Russian border guards detained two Georgian citizens near Tavush on Sunday, "
            "Georgia's State Security Service said. The de facto authorities in Tskhinvali "
            "said the two had crossed the border illegally.")
    (inc,) = incidents_of(text, published=dt.date(2024, 5, 10))
    assert [c.claimant for c in inc.claims] == ["Georgian security service",
                                                "South Ossetia de facto authorities"]


def test_an_event_long_before_publication_is_history_not_an_incident():
    text = ("Azerbaijani troops shelled Stepanakert for months in 1992. On Monday, "
            "Azerbaijani forces shelled Sotk, Armenia's defence ministry said.")
    (inc,) = incidents_of(text, published=dt.date(2024, 6, 20))
    assert inc.date == dt.date(2024, 6, 17) and inc.places == ("Sotk",)
    # an archive article of the time keeps it
    (old,) = incidents_of(text.split(" On Monday")[0], published=dt.date(1992, 12, 30))
    assert old.date == dt.date(1992, 1, 1) and old.date_precision == "year"


def test_a_dateline_with_its_year_dates_the_article_whatever_published_says():
    text = ("NEW DELHI, Dec 13, 2022 (Reuters) - Chinese troops clashed with Indian soldiers "
            "near Yangtse in Arunachal Pradesh on Friday, India said.")
    (inc,) = incidents_of(text, published=dt.date(2024, 6, 20))     # no history: filed 2022
    assert inc.date == dt.date(2022, 12, 9)


@pytest.mark.parametrize("text, actors", [
    ("M23 rebels captured the Congolese town of Bunagana on the Ugandan border on Monday "
     "after heavy fighting with government troops, local officials said.", ("CD",)),
    ("Iranian border guards fired at smugglers on the Turkish border on Monday.", ("IR",)),
    ("Azerbaijani forces fired at the Armenian border guards near Sotk on Monday.",
     ("AM", "AZ")),
])
def test_the_country_a_border_is_named_by_is_where_not_who(text, actors):
    (inc,) = incidents_of(text, published=dt.date(2024, 6, 20))
    assert inc.actors == actors


def test_a_peacekeepers_nationality_makes_no_side():
    text = ("M23 rebels fired on government positions near Sake on Tuesday, the Congolese army "
            "said. One Tanzanian peacekeeper was wounded.")
    (inc,) = incidents_of(text, published=dt.date(2024, 6, 20))
    assert "TZ" not in inc.actors and inc.injured_min == 1


@pytest.mark.parametrize("text, event_type", [
    ("Azerbaijani troops, backed by drones, attacked Armenian positions near Sotk on Tuesday, "
     "Armenia's defence ministry said.", "Battles"),
    ("On June 18, Azerbaijani units opened fire, including mortars, at Armenian positions, "
     "Armenia's defence ministry said.", "Battles"),
    ("On June 18, Armenian forces, using artillery, fired on Azerbaijani positions, Baku said.",
     "Battles"),
])
def test_a_clause_of_how_keeps_the_subject_and_is_not_the_event(text, event_type):
    (inc,) = incidents_of(text, published=dt.date(2024, 6, 20))
    assert inc.actors == ("AM", "AZ") and inc.event_type == event_type


def test_the_pla_is_china():
    (inc,) = incidents_of("PLA troops clashed with Indian troops in Arunachal Pradesh on "
                          "Friday.", published=dt.date(2024, 6, 20))
    assert inc.actors == ("CN", "IN")


def test_a_day_recalled_in_a_sentence_of_its_own_is_history_not_this_weeks_report():
    text = ("Then came September 13, 2022. Over two days Azerbaijani artillery and drones struck "
            "Jermuk and Sotk; some 200 Armenian servicemen were killed.\n\nOn Monday the "
            "Armenian Defence Ministry reported that Azerbaijani forces had fired small arms at "
            "positions near Sotk late on Sunday, without casualties.")
    (inc,) = incidents_of(text, published=dt.date(2024, 6, 4))
    assert inc.date == dt.date(2024, 6, 2) and inc.fatalities_max in (0, None)


def test_the_previous_day_is_the_day_before_the_one_the_sentence_tells():
    text = ("Armenia on February 14 mourned four soldiers killed the previous day in clashes "
            "near Nerkin Hand, the defence ministry said.")
    (inc,) = incidents_of(text, published=dt.date(2024, 2, 15))
    assert inc.date == dt.date(2024, 2, 13) and inc.fatalities_min == 4


def test_an_apposition_saying_where_a_village_lies_adds_no_place():
    text = ("Azerbaijani troops fired on soldiers near Sotk, a village in Gegharkunik close to "
            "the Azerbaijani district of Kalbajar, on Tuesday, Armenia's defence ministry said.")
    (inc,) = incidents_of(text, published=dt.date(2024, 6, 20))
    assert inc.places == ("Sotk",)


@pytest.mark.parametrize("dateline, day", [
    ("SRINAGAR, Jammu and Kashmir, June 19 —", dt.date(2024, 6, 17)),
    ("KOK-TASH, Batken region, June 19 -", dt.date(2024, 6, 17)),
])
def test_a_dateline_with_its_region_dates_the_weekday_told(dateline, day):
    text = (f"{dateline} Azerbaijani forces fired on Armenian positions near Sotk on Monday "
            "night, the Armenian Defence Ministry said.")
    (inc,) = incidents_of(text, published=dt.date(2024, 6, 25))
    assert inc.date == day


def test_the_day_sides_accused_each_other_is_not_the_day_of_the_fire():
    text = ("YEREVAN/BAKU, Feb 4 (Reuters) - Armenia and Azerbaijan accused each other on "
            "Saturday of opening fire across their shared border.\n\nArmenia's defence "
            "ministry said Azerbaijani forces fired at its positions near the village of Sotk "
            "late on Friday, wounding one Armenian soldier.")
    (inc,) = incidents_of(text, published=dt.date(2024, 2, 4))
    assert inc.date == dt.date(2024, 2, 2) and inc.places == ("Sotk",)


def test_a_bare_weekday_after_a_calendar_date_is_in_that_dates_week():
    text = ("On Monday, June 10, Armenia's Ministry of Defence said Azerbaijani troops fired "
            "mortars at the village of Sotk.\nOn Wednesday, the Azerbaijani Ministry of "
            "Defence said Armenian units had fired at its positions in Kalbajar.")
    first, second = by_date(text, dt.date(2024, 6, 20))
    assert (first.date, second.date) == (dt.date(2024, 6, 10), dt.date(2024, 6, 12))


def test_a_figure_given_before_the_one_now_told_counts_for_nothing():
    text = ("The number of people killed in Sunday's clash near Sotk has risen to five, "
            "officials on both sides said. The Armenian Ministry of Defence said three of its "
            "soldiers were killed when Azerbaijani units attacked Armenian positions near "
            "Sotk. Earlier it had put the toll at one dead. Azerbaijan's Ministry of Defence "
            "said two of its servicemen were killed.")
    (inc,) = incidents_of(text, published=dt.date(2024, 6, 18))
    assert (inc.fatalities_min, inc.fatalities_max) == (5, 5)


@pytest.mark.parametrize("update, toll", [
    ("The death toll later rose to three, the ministry said.", (3, 3)),
    ("The death toll rose to at least four on Wednesday.", (4, None)),
    ("A second soldier died in hospital on Wednesday, bringing the number of soldiers killed "
     "to two.", (2, 2)),
])
def test_a_toll_that_has_grown_replaces_the_figure_told_before(update, toll):
    text = ("Azerbaijani forces shelled Armenian positions near Sotk on Tuesday, killing one "
            "soldier and wounding three, the Armenian Ministry of Defence said. " + update)
    (inc,) = incidents_of(text, published=dt.date(2024, 6, 20))
    assert (inc.fatalities_min, inc.fatalities_max) == toll
    assert inc.injured_min == 3


def test_a_grown_toll_of_one_side_leaves_the_other_sides_dead():
    text = ("Two Azerbaijani servicemen were killed when Armenian forces fired at positions in "
            "Kalbajar on Tuesday, Baku said. Yerevan said one Armenian soldier was killed. "
            "Baku said later that the number of Azerbaijani servicemen killed had risen to "
            "three.")
    (inc,) = incidents_of(text, published=dt.date(2024, 6, 20))
    assert (inc.fatalities_min, inc.fatalities_max) == (4, 4)


def test_the_other_side_of_an_exchange_of_fire_speaking_next_is_the_same_incident():
    text = ("On Saturday, June 15, an exchange of fire near Sotk left three Armenian soldiers "
            "dead. Baku said its forces had only responded to a provocation and reported one "
            "of its own servicemen wounded.")
    (inc,) = incidents_of(text, published=dt.date(2024, 6, 20))
    assert inc.actors == ("AM", "AZ") and inc.date == dt.date(2024, 6, 15)
    assert (inc.fatalities_min, inc.injured_min) == (3, 1)


def test_a_live_blog_in_reverse_order_keeps_each_report_with_its_places():
    text = ("June 19, 14:10 - Azerbaijan's Ministry of Defence denies that its units opened "
            "fire near Sotk on Tuesday. It added that Armenian forces had themselves shelled "
            "Azerbaijani positions in Tovuz overnight, wounding a civilian.\n\n"
            "June 18, 23:55 - The Armenian Ministry of Defence says Azerbaijani forces opened "
            "fire at Armenian positions near Sotk on Tuesday. One soldier was killed and five "
            "were wounded, it says.")
    sotk, tovuz = sorted(incidents_of(text, published=dt.date(2024, 6, 20)),
                         key=lambda i: i.places)
    assert sotk.places == ("Sotk",) and (sotk.fatalities_min, sotk.injured_min) == (1, 5)
    assert who_says(sotk) == [("AZ", "denies"), ("AM", "asserts"), ("AM", "asserts")]
    assert tovuz.places == ("Tovuz",) and tovuz.injured_min == 1
    assert who_says(tovuz) == [("AZ", "asserts")]


def test_where_officials_speak_or_the_wounded_are_treated_is_no_place_of_the_incident():
    (inc,) = incidents_of("Armenian and Azerbaijani troops exchanged fire near Sotk late on "
                          "Monday, officials in Yerevan said.", published=dt.date(2024, 9, 20))
    assert inc.places == ("Sotk",) and [c.claimant for c in inc.claims] == [
        "Government of Armenia"]
    (inc,) = incidents_of("Azerbaijani forces fired on Armenian positions near Sotk on "
                          "Thursday, the Armenian Defense Ministry said. One serviceman was "
                          "wounded and is being treated at a hospital in Jermuk.",
                          published=dt.date(2024, 9, 20))
    assert inc.places == ("Sotk",) and inc.injured_min == 1


def test_fire_not_returned_is_restraint_not_a_denial():
    (inc,) = incidents_of("A soldier was wounded by Azerbaijani sniper fire near Sotk, the "
                          "Ministry of Defense of Armenia said. The ministry added that the "
                          "Armenian side did not return fire.", published=dt.date(2024, 9, 20))
    assert {c.stance for c in inc.claims} == {"asserts"}


def test_a_detention_a_body_reports_is_an_incident_by_its_word_alone():
    (inc,) = incidents_of("Russian border guards in Armenia have detained two citizens of Iran "
                          "near Meghri, the FSB Border Directorate said.")
    assert inc.sub_event_type == "Arrests" and inc.actors == ("IR", "RU")
    assert [(c.claimant, c.claimant_country) for c in inc.claims] == [
        ("Russian border guards (FSB)", "RU")]


@pytest.mark.parametrize("who", ["The adversary", "The enemy"])
def test_the_adversary_in_a_ministrys_words_is_the_other_side(who):
    (inc,) = incidents_of(f"{who} opened fire at the Armenian positions near Sotk, the "
                          "Ministry of Defense of Armenia said.")
    assert inc.actors == ("AM", "AZ")


def test_peacekeepers_recording_a_violation_are_no_side_of_it_nor_its_victims():
    (inc,) = incidents_of("The Russian peacekeeping contingent recorded one ceasefire "
                          "violation near Lachin on Monday, the Russian Defense Ministry said. "
                          "No one was hurt in the incident, the ministry said.",
                          published=dt.date(2024, 9, 20))
    assert inc.actors == () and (inc.fatalities_min, inc.injured_min) == (0, 0)
    assert inc.victims_country == ""


def test_an_incident_placed_in_the_sentence_before_its_fire_is_there():
    (inc,) = incidents_of("A border incident took place near the village of Sotk, the "
                          "Armenian Defence Ministry reports. According to the ministry, "
                          "Azerbaijani servicemen opened fire on an Armenian outpost.")
    assert inc.places == ("Sotk",)


def test_the_country_of_the_border_with_phrase_is_no_near_side_of_its_own():
    (inc,) = incidents_of("YEREVAN — Shots were fired near the border with Azerbaijan "
                          "overnight, the Armenian Interior Ministry said on Thursday. No one "
                          "was injured, according to the ministry.",
                          published=dt.date(2024, 5, 10))
    assert inc.actors == ("AM", "AZ")


def test_an_undated_incident_takes_the_date_a_later_sentence_of_it_gives():
    (inc,) = incidents_of("A resident of Sotk has been wounded by Azerbaijani sniper fire, the "
                          "Ministry of Defense of Armenia said.\n\n\"At around 02:30 on "
                          "September 18, Azerbaijani units opened fire near Sotk,\" the "
                          "statement reads.", published=dt.date(2024, 9, 20))
    assert inc.date == dt.date(2024, 9, 18) and inc.injured_min == 1


def test_a_denial_of_a_detail_that_confirms_the_event_asserts_it():
    (inc,) = incidents_of("Kyrgyzstan's State Border Service denied firing first but "
                          "confirmed an exchange of fire with Tajik forces near Vorukh on "
                          "Thursday.", published=dt.date(2024, 10, 11))
    assert who_says(inc) == [("KG", "asserts")]


def test_the_agency_that_carried_a_statement_is_not_its_speaker():
    (inc,) = incidents_of("Turkey's Ministry of National Defense denied any role in a drone "
                          "strike near Tehran on Monday, according to a statement carried by "
                          "Anadolu.", published=dt.date(2024, 10, 8))
    assert [(c.claimant, c.stance) for c in inc.claims] == [
        ("Ministry of Defense of Turkey", "denies")]


def test_a_denial_of_claims_told_in_the_next_sentence_is_a_claim_of_their_incident():
    (inc,) = incidents_of("YEREVAN, October 9 – Armenia's Foreign Ministry on Wednesday called "
                          "the claims of Azerbaijan's Defense Ministry baseless. Baku had said "
                          "earlier in the day that Armenian troops opened fire on Azerbaijani "
                          "positions near Kalbajar.", published=dt.date(2024, 10, 15))
    assert who_says(inc) == [("AM", "denies"), ("AZ", "asserts")]


def test_a_source_in_a_ministry_speaks_for_it():
    (inc,) = incidents_of("BAKU, October 10 – An Azerbaijani soldier was killed by sniper fire "
                          "from Armenian positions near Kalbajar on Wednesday, a source in the "
                          "Azerbaijani Defense Ministry told the Turan news agency.",
                          published=dt.date(2024, 10, 15))
    assert [c.claimant for c in inc.claims] == ["Ministry of Defense of Azerbaijan"]


def test_saying_one_has_no_information_about_the_incident_is_no_claim_of_it():
    (inc,) = incidents_of("Indian troops fired on Pakistani posts near Poonch on Monday, the "
                          "Indian Army said. Pakistan's Foreign Office said it had no "
                          "information about the incident.", published=dt.date(2024, 10, 15))
    assert [c.claimant_country for c in inc.claims] == ["IN"]


def test_a_force_stationed_in_another_state_reporting_a_clash_is_no_side_of_it():
    (inc,) = incidents_of("Azerbaijan's Defense Ministry said Armenian forces fired on its "
                          "positions near Kalbajar on Saturday night. Russian border guards "
                          "stationed in Armenia said in a statement that the firing lasted "
                          "about two hours and that three Armenian soldiers were killed.",
                          published=dt.date(2024, 10, 15))
    assert inc.actors == ("AM", "AZ") and inc.fatalities_min == 3
