"""Who speaks: the claimant and claimant_country of a claim when the text names an office,
a body, a source or a heading rather than a state (a bare ministry under a dateline, a
spokesman after his ministry, "its spokesman", a text under its author's heading, monitors
and missions), and who does not (the side accused, soldiers who fired, a name after "by").
Regional officials and claimants of no state have files of their own."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from geomap.incidents import find_actors
from geomap.incidents.actors import statement_author, statement_headings
from geomap.model import Article

from incident_helpers import (
    JUNE_20, MAY_10, MAY_20, OCT_15_2025, OCT_20_2025, build_article, built_one_incident,
    claims_in, claims_on, claims_with_kind, day_of, incident_keys, incidents_by_date,
    only_incident)


def _build(tmp_path, text: str):
    return build_article(tmp_path, text, JUNE_20)


def _actors(result) -> list[set[str]]:
    return [set(i.actors) for i in result.incidents.itertuples()]


@pytest.mark.parametrize("heading", [
    "Ministry of Defence of Azerbaijan – Information",
    "Ministry of Defence of Azerbaijan: Information.",
    "Information of the Ministry of Defence of Azerbaijan",
    "Press release of the Ministry of Defence of Azerbaijan",
    "Azerbaijani Defence Ministry statement",
])
def test_our_positions_under_a_heading_are_its_authors_side(tmp_path, heading):
    result = _build(tmp_path, f"{heading}\nOn 17 June, Armenian forces fired at our "
                              "positions near Sadarak from the village of Yeraskh.")
    assert _actors(result) == [{"AM", "AZ"}]


def test_a_heading_after_its_author_makes_the_text_its_claim(tmp_path):
    result = _build(tmp_path, "Ministry of Defence of Azerbaijan – Information\nOn 17 June, "
                              "Armenian forces fired at our positions near Sadarak.")
    assert claims_in(result) == [("Ministry of Defense of Azerbaijan", "AZ", "asserts")]


def test_a_denial_under_a_heading_is_its_authors(tmp_path):
    result = _build(tmp_path, "Ministry of Defence of Armenia – Statement\nReports that our "
                              "units opened fire at Azerbaijani positions near Sadarak on 17 "
                              "June are false.")
    assert claims_in(result) == [("Ministry of Defense of Armenia", "AM", "denies")]
    assert _actors(result) == [{"AM", "AZ"}]


def test_a_heading_naming_no_state_speaks_for_the_ground_it_calls_its_own(tmp_path):
    result = _build(tmp_path, "Statement by the General Command of the Army and the Armed "
                              "Forces\n\nAt 23:40 yesterday evening, the Israeli enemy "
                              "carried out an air aggression with missiles, targeting some of "
                              "our military points in the countryside of Quneitra governorate "
                              "and the vicinity of the town of Khan Arnabah.")
    assert [(c, cc) for c, cc, _ in claims_in(result)] == \
        [("General Command of the Army and the Armed Forces (Syria)", "SY")]
    assert _actors(result) == [{"IL", "SY"}]


def test_each_heading_governs_the_text_up_to_the_next():
    text = ("Ministry of Defence of Azerbaijan – Information\n"
            "Armenian units fired at our positions near Sadarak.\n\n"
            "Ministry of Defence of Armenia – Statement\n"
            "This report does not correspond to reality.")
    first, second = text.index("Armenian units"), text.index("This report")
    assert statement_author(text, first).country_code == "AZ"
    assert statement_author(text, second).country_code == "AM"
    assert statement_author(text, 0) is None        # the heading itself


@pytest.mark.parametrize("line", [
    "Azerbaijan rejects Armenian statement",        # a headline: its author is no name
    "Ukraine update",
    "The ministry said in a statement that Armenian units had fired at Sadarak.",
])
def test_a_headline_or_a_sentence_is_no_heading(line):
    assert statement_headings(f"{line}\nArmenian units fired at our positions.") == ()


def test_its_spokesman_speaks_for_the_body_named_before(tmp_path):
    result = _build(tmp_path, "South Sudan's army, the SPLA, captured Heglig on Tuesday after "
                              "heavy fighting with Sudanese troops. Its spokesman Philip Aguer "
                              "said about 240 soldiers had been killed.")
    assert claims_in(result) == [
        ("Philip Aguer, spokesman of the South Sudanese armed forces", "SS", "asserts")]


def test_their_commander_and_its_ministry_speak_for_their_state():
    from geomap.incidents.actors import find_actors
    from geomap.model import Article

    text = ("Kyrgyz border guards fired at a Tajik post near Vorukh, their commander said. "
            "Iran accused Pakistan of shelling Saravan. Its foreign ministry said two "
            "villagers were killed.")
    found = {a.surface: (a.country_code, a.kind) for a in find_actors(Article("a", text))}
    assert found["their commander"] == ("KG", "official")
    assert found["Its foreign ministry"] == ("IR", "ministry")


def test_a_same_named_town_abroad_is_no_government(tmp_path):
    result = _build(tmp_path, "A gunman opened fire in Athens, Texas, on Monday, killing two "
                              "people, police said.")
    assert all("GR" not in a for a in _actors(result))


def test_the_capital_itself_is_still_its_government(tmp_path):
    result = _build(tmp_path, "Athens accused Ankara on Monday of sending warplanes that "
                              "violated Greek airspace over Lesbos.")
    assert any({"GR", "TR"} <= a for a in _actors(result))


def test_the_spokesman_named_after_the_emirate_s_defence_ministry_is_its_official(tmp_path):
    result = build_article(tmp_path, "KABUL, 18 October 2025 - The spokesman of the Ministry of "
                                     "National Defence of the Islamic Emirate, Enayatullah "
                                     "Khwarazmi, told reporters on Saturday that Pakistani "
                                     "aircraft had carried out air strikes late on Friday on "
                                     "residential areas in Paktika province.\n\n\"This claim is "
                                     "false. Those killed were civilians,\" he said.",
                           dt.date(2025, 10, 20))
    (incident,) = result.incidents.itertuples()
    speaker = "Enayatullah Khwarazmi, spokesman of the Ministry of Defense of Afghanistan"
    assert claims_on(result, incident.id) == [(speaker, "AF", "asserts"),
                                              (speaker, "AF", "denies")]


def test_bloggers_are_media_not_the_army(tmp_path):
    result = build_article(tmp_path, (
        "MOSCOW, Aug 10 - Ukrainian troops crossed into the Kursk region on Saturday and "
        "clashed with Russian forces near Tetkino, Russian military bloggers reported.\n"),
        dt.date(2024, 8, 10))
    assert claims_with_kind(result) == [("Russian military bloggers", "RU", "media", "asserts")]


def test_they_after_the_datelines_police_are_the_police(tmp_path):
    result = build_article(tmp_path, (
        "WARSAW, Nov 16 - Polish guards used water cannon against migrants who threw stones "
        "at them at the Kuznica crossing on Tuesday, Poland's defence ministry said. The "
        "ministry posted footage of a crowd on the Belarusian side. A police officer was "
        "hurt, police said; later in the day they said nine officers had been injured.\n"),
        dt.date(2021, 11, 16))
    claims = claims_in(result)
    assert ("Polish police", "PL", "asserts") in claims
    assert all(country != "BY" for _, country, _ in claims)


def test_a_service_named_by_its_town_speaks_for_the_datelines_state(tmp_path):
    result = build_article(tmp_path, (
        "ERBIL, Iraq, May 8 - The counter-terrorism service in Erbil, which is run by the "
        "regional government, said a Turkish drone struck a car near Erbil on Tuesday.\n"),
        MAY_10)
    assert claims_in(result) == [("counter-terrorism service in Erbil", "IQ", "asserts")]


def test_the_joint_chiefs_under_a_seoul_dateline_are_south_koreas(tmp_path):
    result = build_article(tmp_path, (
        "SEOUL, June 11 - South Korean troops fired warning shots after North Korean "
        "soldiers crossed the military demarcation line on Sunday, the JCS said.\n"),
        dt.date(2024, 6, 11))
    assert claims_in(result) == [("South Korean general staff", "KR", "asserts")]


def test_a_named_north_korean_official_denies_the_firing(tmp_path):
    result = build_article(tmp_path, (
        "SEOUL, Jan 8 - North Korea fired about 200 artillery shells near Yeonpyeong island "
        "on Friday, the South's military said. Kim Yo Jong said on Sunday that the North "
        "had not fired a single shell.\n"), dt.date(2024, 1, 8))
    claims = claims_in(result)
    assert ("Kim Yo Jong, senior official of North Korea", "KP", "denies") in claims
    assert ("South Korean armed forces", "KR", "asserts") in claims


@pytest.mark.parametrize("text, korea", [
    ("North Korea fired shells near the border, the South said.", True),
    ("The South said the North Korean shells fell in the sea.", True),
    # only beside the other Korea, and never as part of another name
    ("The South said the talks would resume.", False),
    ("North Korea sent ships into the South China Sea.", False),
])
def test_the_south_is_south_korea_only_beside_the_north(text, korea):
    actors = find_actors(Article("a.txt", text, MAY_10))
    assert ("KR" in {a.country_code for a in actors}) is korea


@pytest.mark.parametrize("text, name, country", [
    ("Prime Minister Albin Kurti said the attack was planned in Belgrade.",
     "Albin Kurti, Prime Minister of Kosovo", "XK"),
    ("Vucic denied that Serbia had any part in it.", "Aleksandar Vucic, President of Serbia",
     "RS"),
    ("Padrino said troops had destroyed camps.",
     "Vladimir Padrino Lopez, Defense Minister of Venezuela", "VE"),
])
def test_office_holders_named_without_their_country(text, name, country):
    actors = find_actors(Article("a.txt", text, MAY_10))
    assert (actors[0].name, actors[0].country_code) == (name, country)


@pytest.mark.parametrize("text, claimant, country", [
    # the apposition between the speaker and the verb names no subject
    ("KYIV, May 8 - Mykhailo Podolyak, an adviser to President Volodymyr Zelenskiy, said "
     "Russian artillery shelled Kherson on Tuesday, killing two people.",
     "Mykhailo Podolyak, presidential adviser of Ukraine", "UA"),
    # the one told is no speaker set after "told"
    ("MOSCOW, May 8 - General Valery Gerasimov, chief of Russia's general staff, told "
     "President Vladimir Putin on Tuesday that Ukrainian troops had attacked near Tetkino.",
     "Valery Gerasimov, Chief of the General Staff of Russia", "RU"),
])
def test_the_speaker_before_an_apposition_or_a_hearer_speaks(tmp_path, text, claimant,
                                                             country):
    result = build_article(tmp_path, text + "\n", MAY_10)
    assert (claimant, country, "asserts") in claims_in(result)


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


@pytest.mark.parametrize("text", [
    "YEREVAN - The defence minister told parliament on Wednesday that Azerbaijani forces "
    "had shelled positions near Sotk, wounding two soldiers.",
    # no dateline: the state whose voice the sentences before gave
    "Armenia's parliament held a closed session on the border on Wednesday. The defence "
    "minister told lawmakers that Azerbaijani forces had shelled positions near Sotk on "
    "Tuesday, wounding two soldiers.",
])
def test_a_minister_named_without_his_state_speaks_for_the_articles(tmp_path, text):
    result = build_article(tmp_path, text + "\n", MAY_10)
    (incident,) = result.incidents.itertuples()
    assert set(incident.actors) == {"AM", "AZ"}
    assert claims_in(result) == [("Defense Minister of Armenia", "AM", "asserts")]


def test_a_minister_of_no_known_state_claims_nothing(tmp_path):
    # the sentence before names Azerbaijan's forces, no state's voice: whose minister
    # speaks is not told
    result = build_article(tmp_path, (
        "Azerbaijani forces shelled positions near Sotk on Tuesday, wounding two soldiers. "
        "The defence minister told reporters that the army had returned fire.\n"), MAY_10)
    assert claims_in(result) == []


def test_the_service_is_the_body_named_a_service_not_the_border_guards_before(tmp_path):
    result = build_article(tmp_path, (
        "TBILISI, 18 January 2024 - Russian border guards detained two Georgian residents near "
        "Tskhinvali on Thursday, Georgia's State Security Service said.\n\nSeparately, Russian "
        "soldiers fired on a car carrying Georgian workers near Akhalgori, wounding one of "
        "them, the service said.\n"), dt.date(2024, 1, 19))
    assert {country for _, country, _ in claims_in(result)} == {"GE"}


def test_an_army_spokesman_under_a_towns_dateline_speaks_for_its_countrys_army(tmp_path):
    result = build_article(tmp_path, (
        "JAMMU, June 16 — Unknown gunmen shot dead a villager in Rajouri late on Saturday, "
        "police said. Two days earlier, Pakistani troops fired at Indian posts along the Line "
        "of Control in Poonch, an army spokesman said.\n"), JUNE_20)
    fire, _ = incidents_by_date(result)
    assert sorted(fire.actors) == ["IN", "PK"] and day_of(fire.date) == dt.date(2024, 6, 13)
    assert claims_on(result, fire.id) == [("Indian armed forces", "IN", "asserts")]


def test_the_frontier_corps_speaks_for_pakistan(tmp_path):
    result = build_article(tmp_path, "ZAHEDAN, April 4 (Tasnim) – Two Iranian border guards were "
                                     "killed when armed bandits opened fire on their patrol near "
                                     "Mirjaveh on Wednesday night. A Frontier Corps spokesman "
                                     "said Pakistan \"does not allow its soil to be used against "
                                     "any neighbouring country\" and denied that the attackers "
                                     "had come from Pakistan.", dt.date(2024, 4, 5))
    assert claims_in(result) == [("Frontier Corps (Pakistan)", "PK", "denies")]


def test_a_bare_ministry_under_an_agency_dateline_is_the_datelines(tmp_path):
    result = build_article(tmp_path, "Baku, October 3, AZERTAC\n\n\"The information that the "
                                     "Azerbaijan Army fired at Yeraskh on October 2 does not "
                                     "reflect reality,\" the Ministry of Defense "
                                     "said.", OCT_15_2025)
    (incident,) = result.incidents.itertuples()
    assert incident.stances == "denies" and incident.date == "2025-10-02"
    assert claims_in(result) == [("Ministry of Defense of Azerbaijan", "AZ", "denies")]


def test_a_bare_ministry_denying_its_sides_deed_is_that_sides(tmp_path):
    result = build_article(tmp_path, "\"The information that the Azerbaijan Army fired at Yeraskh "
                                     "on October 2 does not reflect reality,\" the ministry "
                                     "said.", OCT_15_2025)
    (incident,) = result.incidents.itertuples()
    assert incident.stances == "denies"
    assert claims_in(result) == [("Ministry of Defense of Azerbaijan", "AZ", "denies")]


def test_a_foreign_ministry_spokeswoman_is_not_the_defence_ministry(tmp_path):
    result = build_article(tmp_path, "BAKU, Sept 23 (Wire) - Azerbaijan's Defence Ministry said "
                                     "on Tuesday that one of its soldiers had been killed by "
                                     "sniper fire from Armenian positions near Nerkin Hand. "
                                     "Armenia's Defence Ministry denied that its forces had "
                                     "opened fire. Armenian Foreign Ministry spokeswoman Ani "
                                     "Badalyan urged Baku \"not to undermine the peace agenda "
                                     "with false accusations\".", OCT_15_2025)
    claimants = [c for c, _, _ in claims_in(result)]
    assert claimants[-1].startswith("Ani Badalyan") and "foreign ministry" in claimants[-1]
    assert claims_in(result)[-1][1:] == ("AM", "denies")


def test_he_said_is_not_officials_who_did_not_comment(tmp_path):
    result = build_article(tmp_path, "KABUL, 18 October 2025 - Afghan defence ministry spokesman "
                             "Enayatullah Khwarazmi said Pakistani aircraft had carried out "
                             "air strikes late on Friday in Paktika province, killing ten "
                             "civilians. Pakistani officials did not comment.\n\n\"This claim "
                             "is false. Those killed were civilians,\" he said.", OCT_20_2025)
    claims = claims_in(result)
    assert all(country == "AF" for _, country, _ in claims)
    assert ("denies" in {stance for *_, stance in claims})


def test_it_denied_is_the_committee_named_before_not_the_forces(tmp_path):
    result = build_article(tmp_path, "DUSHANBE, Sept 16, 2022 - Tajikistan's national security "
                             "committee said Kyrgyz forces had shelled the Tajik village of "
                             "Ovchi-Kalacha and the Vorukh enclave. It denied that Tajik "
                             "troops had crossed the border.", OCT_20_2025)
    assert claims_in(result) == [
        ("Tajik State Committee for National Security", "TJ", "asserts"),
        ("Tajik State Committee for National Security", "TJ", "denies")]


def test_the_spokesman_of_the_islamic_emirate_is_an_afghan_claimant(tmp_path):
    result = build_article(tmp_path, "KABUL, Oct 12, 2025 - Zabihullah Mujahid, spokesman of the "
                             "Islamic Emirate, said 58 Pakistani soldiers had been killed in "
                             "attacks on border posts overnight.", OCT_20_2025)
    [(claimant, country, stance)] = claims_in(result)
    assert "Zabihullah Mujahid" in claimant and (country, stance) == ("AF", "asserts")
    [incident] = incident_keys(result)
    assert incident[2] == ("AF", "PK")


@pytest.mark.parametrize("text, claim", [
    # a ministry named without its state, in an article filed from that state's capital
    ("NEW DELHI, May 7, 2025 - Indian missiles hit camps in Muzaffarabad and Kotli early "
     "on Wednesday, the Ministry of Defence said.",
     ("Ministry of Defense of India", "IN", "asserts")),
    ("ISLAMABAD, May 7, 2025 - Indian missiles hit mosques in Muzaffarabad and Kotli early "
     "on Wednesday, the Ministry of Defence said.",
     ("Ministry of Defense of Pakistan", "PK", "asserts")),
    # the army's head of operations, of the country the dateline's town is in
    ("NEW DELHI, 11 May 2025 - Pakistani troops fired at Indian posts in Kupwara on "
     "Saturday night, the DGMO said.",
     ("Director General of Military Operations of India", "IN", "asserts")),
    ("NEW DELHI, 11 May 2025 - Pakistani troops fired at Indian posts in Kupwara on "
     "Saturday night, Lt Gen Rajiv Ghai said.",
     ("Rajiv Ghai, Director General of Military Operations of India", "IN", "asserts")),
    ("NEW DELHI, May 10, 2025 - Pakistan violated the ceasefire on Saturday night, Indian "
     "Foreign Secretary Vikram Misri said.",
     ("Vikram Misri, Foreign Secretary of India", "IN", "asserts")),
    ("NEW DELHI, 11 May 2025 - The Indian Air Force said on Sunday that it had shot down "
     "several Pakistani aircraft.",
     ("Indian Air Force", "IN", "asserts")),
])
def test_indian_offices_speak_for_india(tmp_path, text, claim):
    assert claims_in(build_article(tmp_path, text, MAY_20)) == [claim]


def test_the_side_whose_claims_are_called_false_is_no_claimant(tmp_path):
    result = build_article(tmp_path, (
        "NEW DELHI, 11 May 2025 - Pakistani drones targeted Indian air bases at Adampur "
        "on Saturday, Pakistan's military said. Air Marshal A K Bharti said on Sunday "
        "that Pakistan's claims of destroying the S-400 system at Adampur were entirely "
        "false.\n"), MAY_20)
    claims = claims_in(result)
    assert result.claims.incident_id.nunique() == 1     # on Pakistan's claimed strike
    assert ("A K Bharti, Director General of Air Operations of India", "IN",
            "denies") in claims
    assert not [c for c in claims if c[1] == "PK" and c[2] == "denies"]


def test_warning_shots_are_no_speech_of_the_soldiers_who_fired_them(tmp_path):
    for text in ("Venezuelan soldiers fired warning shots at Guyanese miners near Eteringbang "
                 "on Monday, Guyana's Foreign Ministry said.",
                 "Tajik border guards fired warning shots at Kyrgyz shepherds near Kok-Tash "
                 "on Monday, Kyrgyzstan's Foreign Ministry said."):
        result, _ = built_one_incident(tmp_path, text, JUNE_20)
        claims = claims_in(result)
        assert len(claims) == 1 and claims[0][2] == "asserts"
        assert claims[0][1] in ("GY", "KG") and "foreign ministry" in claims[0][0].lower()


def test_a_spokesman_denying_after_his_ministry_speaks_for_it(tmp_path):
    result, incident = built_one_incident(tmp_path, (
        "Indian and Chinese soldiers clashed near Yangtse on June 14, India said. China's "
        "Foreign Ministry said the situation along the border was \"generally stable\". "
        "Spokesman Wang Wenbin said in Beijing that Indian troops had \"illegally crossed the "
        "line\", denying that PLA troops had tried to change the status quo."), JUNE_20)
    claims = claims_in(result)
    assert ("India", "IN", "asserts") in claims
    assert [(cc, stance) for _, cc, stance in claims if stance == "denies"] == [("CN", "denies")]
    assert not any(cc == "IN" and stance == "denies" for _, cc, stance in claims)


def test_a_government_spokesman_denying_after_his_government(tmp_path):
    result, _ = built_one_incident(tmp_path, (
        "KIGALI, June 19 (Wire) - Shells fired from Congo landed in the Rwandan town of "
        "Gisenyi on Tuesday, killing one civilian, the Rwanda Defence Force said. Congo's "
        "government denied responsibility. \"The FARDC did not fire on Rwanda,\" government "
        "spokesman Patrick Muyaya said in Kinshasa."), JUNE_20)
    claims = claims_in(result)
    assert claims[0] == ("Rwanda Defence Force", "RW", "asserts")
    assert {(cc, stance) for _, cc, stance in claims[1:]} == {("CD", "denies")}


def test_it_denied_after_its_ministry_spoke_of_a_year(tmp_path):
    result, incident = built_one_incident(tmp_path, (
        "Venezuelan soldiers fired on Guyanese miners on the Cuyuni river on Monday, Guyana's "
        "Foreign Ministry said. Venezuela's foreign ministry said the island has been "
        "Venezuelan territory since 1966. It denied that any shots were fired."), JUNE_20)
    assert day_of(incident.date) == dt.date(2024, 6, 17)
    assert ("VE", "denies") in [(cc, stance) for _, cc, stance in claims_in(result)]


def claimants_of(tmp_path, text: str) -> list[tuple[str, str, str]]:
    return claims_in(build_article(tmp_path, text + "\n", JUNE_20))


def test_the_eu_monitoring_mission_named_without_georgia_speaks(tmp_path):
    assert claimants_of(tmp_path, "Russian forces fired on a checkpoint near Ergneti on "
                                  "Monday, the EU Monitoring Mission said.") == [
        ("EU Monitoring Mission in Georgia", "", "asserts")]


def test_the_eu_monitoring_mission_in_armenia_is_not_georgias(tmp_path):
    claims = claimants_of(tmp_path, "A house in Sotk was damaged by fire on Monday; the EU "
                                    "monitoring mission visited the village.")
    assert all(c != "EU Monitoring Mission in Georgia" for c, _, _ in claims)


def test_the_taliban_spokesman_named_alone_speaks(tmp_path):
    claims = claimants_of(tmp_path, "Pakistani forces shelled villages near Spin Boldak on "
                                    "Monday, Zabihullah Mujahid said.")
    assert [s for _, _, s in claims] == ["asserts"]


def test_un_peacekeepers_speak_as_monitors(tmp_path):
    result = build_article(tmp_path, "Israeli forces fired on positions near Naqoura on "
                                     "Monday, UN peacekeepers said.\n", JUNE_20)
    assert [(c.claimant, c.claimant_kind) for c in result.claims.itertuples()] == [
        ("UN peacekeepers", "monitor")]


def test_a_de_facto_capital_that_speaks_is_a_claimant_not_a_place(tmp_path):
    result, incident = built_one_incident(
        tmp_path, "Georgian police detained two men near Ergneti on Monday, Tskhinvali said.", JUNE_20)
    assert list(incident.places) == ["Ergneti"]
    assert claims_in(result) == [("South Ossetia de facto authorities", "", "asserts")]


def test_military_sources_of_a_nation_speak_for_its_forces(tmp_path):
    result, _ = built_one_incident(tmp_path, (
        "Sudanese troops and Ethiopian fighters clashed on Sunday near Gallabat, Sudanese "
        "military sources said."), JUNE_20)
    assert claims_in(result) == [("Sudanese armed forces", "SD", "asserts")]


# --- helper F4 (session 21): "a spokesman for <a part of> the army", then "He denied" ---

@pytest.mark.parametrize("shooters, army, speaker, country", [
    ("Ugandan soldiers", "the navy wing of the Uganda People's Defence Force",
     "spokesman of the Ugandan armed forces", "UG"),
    ("Ugandan soldiers", "the border unit of Uganda's army",
     "spokesman of the Ugandan armed forces", "UG"),
    ("Kenyan soldiers", "the Kenya Defence Forces", "spokesman of the Kenyan armed forces",
     "KE"),
])
def test_a_spokesman_for_an_army_speaks_for_it_and_his_denial_after_too(
        tmp_path, shooters, army, speaker, country):
    result = build_article(tmp_path, (
        f"KAMPALA, May 6 (Wire) – {shooters} shot and wounded a fisherman near the island "
        "of Remba on Sunday, a fishing official said. A spokesman for "
        f"{army} said the men had been fishing illegally. He denied that any shots had "
        "been fired at them.\n"), dt.date(2024, 5, 7))
    assert [c for c in claims_in(result) if c[0] == speaker] == [
        (speaker, country, "asserts"), (speaker, country, "denies")]


# --- helper F6 (session 21): whose army "the army said" is ---

@pytest.mark.parametrize("text, claimant", [
    # the forces the sentence names acting, against an armed group of no state, tell of
    # themselves, wherever the article was filed
    ("BEIRUT, March 4 (Wire) - Israeli troops fought Hezbollah fighters near Metula on "
     "Monday, the army said.", ("Israeli armed forces", "IL")),
    ("ERBIL, Iraq, March 4 (Wire) - Turkish soldiers killed six PKK militants near Amadiya "
     "on Monday, the military said.", ("Turkish armed forces", "TR")),
    # or acting on their own ground only
    ("BEIRUT, March 4 (Wire) - Israeli troops fought near Metula on Monday, the army "
     "said.", ("Israeli armed forces", "IL")),
    # one state's forces on another's ground, against no armed group: the army whose
    # ground it is may tell it as well, so the dateline decides
    ("SRINAGAR, March 4 (Wire) - Pakistani troops fired on posts in Kupwara district on "
     "Monday, the army said.", ("Indian armed forces", "IN")),
    # no forces named acting: "Israeli strikes" is what the struck side reports, so a bare
    # army in a report from Beirut is Lebanon's
    ("BEIRUT, March 4 (Wire) - Israeli strikes hit Khiam on Monday, wounding two soldiers, "
     "the army said.", ("Lebanese armed forces", "LB")),
    # border guards named bare are the dateline country's too
    ("DUSHANBE, March 4 (Wire) - Kyrgyz troops shelled Vorukh on Monday, border guards "
     "said.", ("Tajik border guards", "TJ")),
])
def test_a_bare_army_is_the_acting_forces_else_the_datelines(tmp_path, text, claimant):
    result = build_article(tmp_path, text + "\n", dt.date(2024, 3, 5))
    assert [(c, country) for c, country, _ in claims_in(result)] == [claimant]


def test_a_bare_army_is_the_one_the_article_has_been_quoting(tmp_path):
    # the Israeli military was quoted four sentences before: the army is still Israel's,
    # though the article was filed from Beirut
    result = build_article(tmp_path, (
        "BEIRUT, March 4 (Wire) - The Israeli military said it had struck Hezbollah sites in "
        "the south overnight. Hezbollah said it fired rockets at Kiryat Shmona. Schools in "
        "Tyre stayed shut. Residents left Bint Jbeil. Israeli strikes hit Khiam on Monday, "
        "the army said.\n"), dt.date(2024, 3, 5))
    (khiam,) = [i for i in result.incidents.itertuples() if "Khiam" in i.places]
    assert [(c, country) for c, country, _ in claims_on(result, khiam.id)] == [
        ("Israeli armed forces", "IL")]


def test_a_bare_army_among_two_states_forces_is_the_datelines(tmp_path):
    result = build_article(tmp_path, (
        "NEW DELHI, March 4 (Wire) - Indian and Pakistani troops exchanged fire near Uri on "
        "Monday, the army said.\n"), dt.date(2024, 3, 5))
    assert [(c, country) for c, country, _ in claims_in(result)] == [
        ("Indian armed forces", "IN")]


def test_the_border_forces_of_india_and_bangladesh_speak_by_their_initials(tmp_path):
    # "The BSF says …": India's Border Security Force, a claimant of its own version
    result, _ = built_one_incident(tmp_path, (
        "DHAKA, June 19 – Border Guard Bangladesh says a farmer was shot dead by Indian "
        "border guards near Chapainawabganj on Tuesday.\n\nThe BSF says its patrol was "
        "attacked by smugglers armed with knives near Malda and fired in self-defence.\n"),
        JUNE_20)
    assert [(claimant, country) for claimant, country, _ in claims_in(result)] == [
        ("Border Guard Bangladesh", "BD"), ("Border Security Force (India)", "IN")]


def test_a_press_release_headed_genre_dash_author_speaks_for_its_government(tmp_path):
    # "PRESS RELEASE – Government of …": the author is the government named after the dash
    result = build_article(tmp_path, (
        "PRESS RELEASE – Government of Côte d'Ivoire\n\n"
        "The Government has taken note of reports from Bamako that Ivorian gendarmes crossed "
        "the border near Tengrela on Sunday and fired on Malian herders, killing one.\n\n"
        "The Government firmly rejects the claim that our gendarmes entered Malian "
        "territory.\n"), MAY_10)
    (incident,) = result.incidents.itertuples()
    assert ("CI", "denies") in [(country, stance) for _, country, stance in claims_in(result)]
    assert {"CI", "ML"} <= set(incident.actors)


def test_a_sides_own_account_of_the_fight_told_right_after_it_is_its_claim(tmp_path):
    # the other side's version, with an event of its own and no day, is its word on the
    # fight just told, not a sentence to drop
    result, incident = built_one_incident(tmp_path, (
        "BANGKOK, March 3 – A Cambodian soldier crossed into Thailand on Sunday and shot dead "
        "two Thai rangers at an outpost near Aranyaprathet before he was killed, the Thai army "
        "said.\n\nCambodia's defence ministry said one of its soldiers had chased timber "
        "smugglers over the line at night and that a firefight followed in which the two "
        "rangers and the soldier died.\n"), dt.date(2024, 3, 3))
    assert [country for _, country, _ in claims_on(result, incident.id)] == ["TH", "KH"]
    assert set(incident.actors) == {"KH", "TH"}


def test_a_blame_for_the_bombing_paragraphs_later_is_a_claim_on_it(tmp_path):
    # "the bombing": the only one the article told, however far back
    result, incident = built_one_incident(tmp_path, (
        "ISLAMABAD, March 5 – A bomb exploded at a market in Chaman near the Afghan border on "
        "Monday, killing six people, police said.\n\nThe market was crowded with traders at "
        "the time. Shops stayed shut on Tuesday. Traffic at the nearby crossing was suspended "
        "for the day. Local officials said checks would be tightened. Pakistan's interior "
        "minister blamed militants based in Afghanistan for the bombing.\n"),
        dt.date(2024, 3, 5))
    assert ("Interior Minister of Pakistan", "PK", "asserts") in claims_on(result, incident.id)
    assert list(incident.places) == ["Chaman"]


# An organisation of a state however the writer qualifies it: its state comes from a
# national adjective, a possessive, the capital it sits in or the region it serves.
@pytest.mark.parametrize("text, claimant, country", [
    ("Two Russian military drones crossed into Latvian airspace near Rezekne on Tuesday and "
     "one of them crashed in a field, the Latvian Joint Headquarters said.",
     "Latvian Joint Headquarters", "LV"),
    ("Chinese coast guard ships fired water cannon at a Vietnamese fishing boat near the "
     "Paracel Islands on Sunday, injuring two fishermen, Vietnam's fisheries surveillance "
     "department said.", "Vietnamese fisheries surveillance department", "VN"),
    ("The Interior Ministry in Tbilisi said Russian soldiers detained two Georgian villagers "
     "near Khurvaleti on Monday.", "Georgian interior ministry", "GE"),
    ("Ukrainian drones struck an oil depot near Sudzha on Sunday, injuring three workers, "
     "the Kursk region's health department said.", "health department of Kursk region", "RU"),
    ("Russian missiles struck a warehouse near Sumy on Monday, killing two workers, the State "
     "Emergency Service of Ukraine said.", "Ukrainian State Emergency Service", "UA"),
])
def test_an_organisation_named_by_its_own_words_speaks_for_its_state(tmp_path, text,
                                                                      claimant, country):
    result = build_article(tmp_path, text + "\n", MAY_10)
    assert (claimant, country, "asserts") in claims_in(result)


def _actor_names(text: str) -> list[str]:
    return [a.name for a in find_actors(Article(id="a", text=text))]


def test_an_office_in_an_organisation_is_a_person_not_the_organisation():
    assert "Iranian deputy police" not in _actor_names(
        "Iran's deputy police chief, Qassem Rezaei, said Taliban fighters had opened fire "
        "first near Zabol.")


@pytest.mark.parametrize("text, words", [
    ("The deal was contested in Kyrgyzstan. Last month police in Bishkek detained 20 "
     "activists who had opposed it.", "Last month"),
    ("Kosovo deployed special police to the crossing at Jarinje on Monday.", "deployed"),
])
def test_an_organisations_name_runs_past_no_sentence_nor_verb(text, words):
    assert not any(words in n for n in _actor_names(text))


def test_an_organisation_of_a_name_keeps_its_name():
    assert "American Department of Justice" in _actor_names(
        "A man from Ohio was sentenced to 20 years in prison on Wednesday, the U.S. "
        "Department of Justice said.")


@pytest.mark.parametrize("text, told_back, name", [
    ("The Latvian Joint Headquarters said two Russian drones crossed the border near "
     "Rezekne. According to the headquarters, one of them crashed in a field.",
     "the headquarters", "Latvian Joint Headquarters"),
    ("Japan's coast guard said Chinese ships entered its waters near the Senkaku Islands. "
     "The coast guard said the ships left after two hours.", "The coast guard",
     "Japanese coast guard"),
])
def test_an_organisation_told_back_by_its_noun_is_the_one_named_before(text, told_back,
                                                                       name):
    found = {a.surface: a.name for a in find_actors(Article(id="a", text=text))}
    assert found.get(told_back) == name


# what no speaker said: a pronoun in a clause that tells what its own subject claimed, a
# group struck at, a deed that "added to" fears
@pytest.mark.parametrize("text", [
    "Turkish jets bombed a village near Zakho on Monday, killing two shepherds, Iraqi "
    "officials said. Iraq's foreign ministry summoned the Turkish envoy. Last year, Turkish "
    "jets bombed a camp near Amedi that they claimed was a rebel base.",
    "Pakistan's foreign office summoned the Afghan envoy on Monday. Last year, militants "
    "attacked a post near Torkham that they said was used by spies.",
])
def test_they_in_a_relative_clause_is_not_a_speaker_told_before(tmp_path, text):
    result = build_article(tmp_path, text + "\n", MAY_10)
    assert not any("they claimed" in c.text or "they said" in c.text
                   for c in result.claims.itertuples())


@pytest.mark.parametrize("text", [
    "Turkish drone strikes against PKK positions near Amedi killed four fighters on Monday, "
    "Turkey's defence ministry said. The strikes against PKK camps have added to fears "
    "among villagers in Duhok.",
    "Sudanese air strikes against RSF positions near Geneina killed six fighters on Friday, "
    "Sudan's army said. The raids on RSF depots added to the fears of traders in Adre.",
])
def test_a_group_struck_at_asserts_nothing(tmp_path, text):
    result = build_article(tmp_path, text + "\n", MAY_10)
    assert all(c.claimant_country for c in result.claims.itertuples())


@pytest.mark.parametrize("text, place", [
    ("Guatemalan soldiers clashed with smugglers in Guatemala's Peten department on "
     "Tuesday, killing one soldier.", "Peten"),
    ("Gunmen killed three farmers in Colombia's Arauca department on Sunday.", "Arauca"),
    ("Bolivian troops exchanged fire with smugglers in Bolivia's Potosi department on "
     "Monday, wounding two soldiers.", "Potosi"),
])
def test_a_division_after_a_possessive_is_no_organisation(tmp_path, text, place):
    """"Guatemala's Peten department" is a place, not a body of Guatemala's whose words
    would hide the place from the incident."""
    incident = only_incident(tmp_path, text)
    assert place in list(incident.places)


# Another body's office is no state's: a name inside the phrase (a UN agency, a church, a
# club, a firm, a university, a charity before the state's name) or an office a state
# keeps abroad ("the embassy in Baku").
@pytest.mark.parametrize("text", [
    "The Armenian Apostolic Church's press service said Azerbaijani troops fired on a "
    "monastery near Tegh.",
    "The Georgian Olympic Committee said Russian troops moved border markers near Odzisi.",
    "Thai retailer Makro's security office said Cambodian soldiers fired near Aranyaprathet.",
    "Oxfam's Yemen office said Saudi strikes hit a water station near Saada.",
    "The UN refugee agency office in Islamabad said Afghan families crossed at Torkham.",
    "The Red Crescent office in Baghdad said Turkish drones struck a car near Sinjar.",
    "The embassy in Baku said Armenian snipers fired on a farm near Tovuz.",
    "The Ukraine office of the UN children's agency said Russian drones struck Sumy.",
])
def test_another_bodys_office_is_no_states_organisation(text):
    # (a capital named after "in" may still be its government; the office is not)
    head = re.search(r"(?:office|service|Committee|embassy)(?= )", text)
    assert not any(m.start <= head.start() < m.end and m.country_code
                   for m in find_actors(Article(id="a", text=text))), head.group()


# ... while a state organ's own words, of however many parts, still name it
@pytest.mark.parametrize("text, name", [
    ("Georgia's State Security Service said Russian troops detained a man near Odzisi.",
     "Georgian security service"),
    ("The Thai Second Army Area said Cambodian troops fired near Kantharalak.",
     "Thai Second Army"),
    ("Lithuania's State Border Guard Service said Belarusian guards crossed near Druskininkai.",
     "Lithuanian State Border Guard Service"),
    # hard-wrapped once inside the name
    ("The Latvian Joint\nHeadquarters said Russian drones crashed near Rezekne.",
     "Latvian Joint Headquarters"),
    ("Vietnam's coast\nguard said Chinese ships rammed a trawler near the Paracels.",
     "Vietnamese coast guard"),
])
def test_a_state_organ_named_by_its_own_words_is_found(text, name):
    assert name in _actor_names(text)


def test_a_blank_line_ends_an_organisations_name():
    assert "Latvian Joint Headquarters" not in _actor_names(
        "The Latvian Joint\n\nHeadquarters said Russian drones crashed near Rezekne.")


# A word that makes the body no organ of the state before it: a proxy, an ally, one it
# backs
@pytest.mark.parametrize("text", [
    "Turkey's proxy forces said they shelled Tal Tamr.",
    "Iran's client forces said they shelled a base near Erbil.",
    "Rwanda's surrogate forces said they took Bunagana.",
])
def test_a_proxy_or_ally_is_no_organ_of_its_backer(text):
    mentions = find_actors(Article(id="a", text=text))
    assert not any(m.kind not in ("state", "demonym") and m.country_code for m in mentions
                   if m.start < text.index(" said")), [m.name for m in mentions]


# An office "in" a town is the state's only when its words name one: a ministry sits in
# the capital ("the Defence Ministry in Gyumri" is none), and it is named "in" the town
@pytest.mark.parametrize("text, town", [
    ("The Interior Ministry in Kandahar said Pakistani shelling killed two farmers near "
     "Spin Boldak on Friday.", "Kandahar"),
    ("The Defence Ministry in Batumi said Russian helicopters crossed near Sarpi on "
     "Friday.", "Batumi"),
    ("The Foreign Ministry in Herat said Iranian guards shot two migrants near Islam Qala "
     "on Friday.", "Herat"),
])
def test_a_ministry_in_a_town_that_is_no_capital_is_no_seat(tmp_path, text, town):
    claims = claims_in(build_article(tmp_path, text + "\n", MAY_10))
    assert not any(town in claimant for claimant, _, _ in claims), claims


def test_a_local_office_in_a_town_is_named_in_it(tmp_path):
    claims = claims_in(build_article(tmp_path, (
        "The health department in Kunduz said Tajik border guards shot a farmer near "
        "Sherkhan Bandar on Friday.\n"), MAY_10))
    assert ("health department in Kunduz", "AF", "asserts") in claims, claims


# Bare local officials speak for the state of the place their sentence names, else of
# the dateline's; never for a state the text named before
@pytest.mark.parametrize("text, country", [
    ("KYIV, May 10 (Reuters) - Ukrainian drones hit a refinery in Russia's Bryansk region "
     "overnight, regional officials said.", "RU"),
    ("Russia's foreign ministry spoke of a provocation. Russian shells hit a school in Sumy "
     "overnight, local officials said.", "UA"),
    ("Armenia's foreign ministry protested on Friday. Azerbaijani shells damaged a house in "
     "Tegh overnight, local officials said.", "AM"),
])
def test_local_officials_speak_for_the_state_of_the_place_they_tell_of(tmp_path, text,
                                                                        country):
    claims = claims_in(build_article(tmp_path, text + "\n", MAY_10))
    assert [c for _, c, _ in claims if _] and all(
        c == country for claimant, c, _ in claims if "official" in claimant), claims


def test_local_officials_with_no_place_nor_dateline_are_no_states(tmp_path):
    claims = claims_in(build_article(tmp_path, (
        "Poland's foreign ministry summoned the Belarusian envoy on Friday. Two drones "
        "crashed in a field overnight, local officials said.\n"), MAY_10))
    assert not any("official" in claimant and country == "PL"
                   for claimant, country, _ in claims), claims
