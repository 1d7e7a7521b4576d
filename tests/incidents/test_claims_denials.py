"""Denials, as a user sees them in the claims: the wordings that deny ("denied any
involvement", "no shots were fired", "baseless"), the incident a denial goes to (the one it
points back at, a day or paragraphs earlier, not the lead's when it denies another side's
counter-accusation), and a denial beside the speaker's own version as two claims."""

from __future__ import annotations

import datetime as dt

import pytest

from incident_helpers import (
    JUNE_20, LEAD, MAY_10, MAY_20, MAY_8_2024, OCT_15_2025, OCT_20_2025, build_article,
    built_one_incident, claimant_countries, claims_in, claims_with_kind, day_of,
    incident_rows, stances_on)


def test_a_denial_of_involvement_in_the_attack_near_it_is_the_attacks(tmp_path):
    result = build_article(tmp_path, (
        "SRINAGAR, April 22, 2025 - Gunmen opened fire on tourists near Pahalgam on Tuesday "
        "afternoon, killing at least 26 people, police said.\n\nThe Resistance Front "
        "initially claimed responsibility but later withdrew the claim.\n\nPakistan denied "
        "any involvement in the attack.\n"), MAY_20)
    assert claims_in(result) == [("Indian police", "IN", "asserts"),
                                 ("Pakistan", "PK", "denies")]
    assert len(result.incidents) == 1


def test_a_denial_of_involvement_in_the_attack_paragraphs_later_is_the_attacks(tmp_path):
    # "the attack" is the one the article told, however many sentences lie between
    result = build_article(tmp_path, (
        "SRINAGAR, April 22, 2025 - Gunmen opened fire on tourists near Pahalgam on Tuesday "
        "afternoon, killing at least 26 people, police said.\n\nMost of the victims were "
        "tourists from other parts of India. A Nepali national and a local pony operator "
        "were among the dead.\n\nThe Resistance Front initially claimed responsibility but "
        "later withdrew the claim.\n\nPakistan denied any involvement in the attack.\n"),
        MAY_20)
    assert claims_in(result) == [("Indian police", "IN", "asserts"),
                                 ("Pakistan", "PK", "denies")]
    (incident,) = result.incidents.itertuples()
    assert list(incident.places) == ["Pahalgam"]


def test_a_denial_that_any_jets_were_shot_down_is_a_denied_shoot_down(tmp_path):
    result = build_article(tmp_path, (
        "RAWALPINDI, 10 May 2025 - The ISPR denied on Saturday that any Pakistan Air Force "
        "jets had been shot down by India.\n"), MAY_20)
    assert [(country, stance) for _, country, stance in claims_in(result)] == [
        ("PK", "denies")]
    (incident,) = result.incidents.itertuples()
    assert incident.sub_event_type == "Disrupted weapons use"
    assert day_of(incident.date) <= dt.date(2025, 5, 10)


def test_an_answer_reporting_a_refutation_of_what_was_asked_denies_it(tmp_path):
    result = build_article(tmp_path, (
        "TEHRAN, November 17, 2025 - Foreign Ministry spokesman Esmaeil Baghaei held his "
        "weekly press briefing.\n\nQuestion (Tasnim): Azerbaijani media say Armenian forces "
        "shelled Azerbaijani positions near Sotk on Sunday. What is your comment?\n\n"
        "Baghaei: Armenia's Defence Ministry has already refuted this report, and we call "
        "on both sides to exercise restraint.\n"), dt.date(2025, 11, 20))
    assert claims_in(result) == [("Ministry of Defense of Armenia", "AM", "denies")]
    (incident,) = result.incidents.itertuples()
    assert (day_of(incident.date), list(incident.places)) == (dt.date(2025, 11, 16), ["Sotk"])


def test_a_denial_naming_a_place_goes_to_the_incident_told_there(tmp_path):
    result = build_article(tmp_path, "On April 7, units of the Armed Forces of Armenia fired on "
                                     "positions of the Azerbaijani Army in the Kalbajar district, "
                                     "the Ministry of Defense of Azerbaijan said on Tuesday. On "
                                     "Sunday, according to the ministry, Armenian units opened "
                                     "fire from Khnatsakh towards positions in the Lachin "
                                     "district. The Armenian Ministry of Defense said the report "
                                     "that its units opened fire in the direction of Kalbajar "
                                     "does not correspond to reality.", dt.date(2025, 4, 8))
    incidents = {i.id: i.date for i in result.incidents.itertuples()}
    denials = [incidents[c.incident_id] for c in result.claims.itertuples()
               if c.stance == "denies"]
    assert denials == ["2025-04-07"]


def test_a_denial_and_the_speakers_own_version_in_one_sentence_are_two_claims(tmp_path):
    result = build_article(tmp_path, "On Monday night, Armenian units fired at Azerbaijani "
                                     "positions in the Lachin district from the direction of "
                                     "Khnatsakh, the Azerbaijani Ministry of Defense said. "
                                     "Armenia's Defense Ministry said the Azerbaijani statement "
                                     "did not correspond to reality, and said instead that "
                                     "Azerbaijani units had fired at an Armenian combat post near "
                                     "Khnatsakh on Monday night, damaging a "
                                     "vehicle.", dt.date(2025, 4, 22))
    (incident,) = result.incidents.itertuples()          # one clash, told two ways
    assert [(c.claimant_country, c.stance) for c in result.claims.itertuples()] == [
        ("AZ", "asserts"), ("AM", "denies"), ("AM", "asserts")]


def test_no_nationals_of_the_other_side_targeted_denies(tmp_path):
    result = build_article(tmp_path, "Iranian missiles struck a village near Panjgur on Tuesday "
                                     "night, killing two children, Pakistan's Foreign Office "
                                     "said. Iran's foreign minister said no Pakistani nationals "
                                     "had been targeted.",
                           dt.date(2024, 1, 18))
    assert [(c.claimant_country, c.stance) for c in result.claims.itertuples()] == [
        ("PK", "asserts"), ("IR", "denies")]


def test_a_denial_of_another_attack_a_day_earlier_is_that_attacks(tmp_path):
    result = build_article(tmp_path, (
        "IJEVAN, Armenia, June 28, 2023 - Azerbaijani border guards fired on shepherds near "
        "the village of Berkaber on Wednesday, wounding one, the governor said.\n\nArmenia "
        "denied any involvement in the attack on an Azerbaijani truck on the Gazakh road a "
        "day earlier, which Baku had blamed on Armenian saboteurs.\n"), JUNE_20)
    by_day = {day_of(i.date): i for i in result.incidents.itertuples()}
    shepherds = by_day[dt.date(2023, 6, 28)]
    assert list(shepherds.places) == ["Berkaber"] and shepherds.territory == "AM"
    claims = {(c.incident_id, c.claimant_country, c.stance)
              for c in result.claims.itertuples()}
    assert (shepherds.id, "AM", "denies") not in claims
    truck = by_day[dt.date(2023, 6, 27)]
    assert (truck.id, "AM", "denies") in claims


def test_a_denial_naming_whose_drones_goes_on_the_drone_told_as_theirs(tmp_path):
    result = build_article(tmp_path, (
        "YEREVAN, October 5, 2023 - Armenian forces intercepted an Azerbaijani quadcopter "
        "near the village of Tegh on Thursday, the Armenian Defence Ministry said. In a "
        "separate incident, a UAV was shot down near Jermuk on Wednesday evening, the "
        "ministry added, without saying whose drone it was.\n\nAzerbaijan's Defence Ministry "
        "denied that any Azerbaijani drones had been shot down over Armenia.\n"), JUNE_20)
    places = {i.id: list(i.places) for i in result.incidents.itertuples()}
    denied = [places[c.incident_id] for c in result.claims.itertuples()
              if (c.claimant_country, c.stance) == ("AZ", "denies")]
    assert ["Tegh"] in denied


def test_a_rebutter_named_after_a_charge_denies_it(tmp_path):
    result = build_article(tmp_path, (
        "CARACAS, May 8 - Venezuelan soldiers killed four villagers near Guasdualito on "
        "Tuesday, the rights group Provea said, a charge Caracas rejected as fake news.\n"),
        MAY_10)
    claims = claims_with_kind(result)
    assert ("Provea", "", "monitor", "asserts") in claims
    assert ("Government of Venezuela", "VE", "state", "denies") in claims
    assert ("Government of Venezuela", "VE", "state", "asserts") not in claims


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


@pytest.mark.parametrize("denial", [
    "Armenia's Defence Ministry said there had been no shooting anywhere along the border.",
    "Armenia's Defence Ministry said that nothing of the kind had happened.",
])
def test_a_report_denied_in_the_next_sentence_carries_the_denial(tmp_path, denial):
    result = build_article(tmp_path, "Videos circulating on Telegram on Wednesday claimed that "
                           "Azerbaijani troops had shelled the outskirts of Kajaran overnight. " + denial, OCT_15_2025)
    (incident,) = result.incidents.itertuples()
    assert incident.stances == "denies" and set(incident.actors) == {"AM", "AZ"}
    assert claims_in(result) == [("Ministry of Defense of Armenia", "AM", "denies")]


def test_a_governors_denial_before_the_report_keeps_both_sides(tmp_path):
    result = build_article(tmp_path, "Syunik's governor has dismissed online reports of gunfire "
                                     "near Kajaran as fake. Videos circulating on Telegram on "
                                     "Wednesday claimed that Azerbaijani troops had shelled the "
                                     "outskirts of Kajaran overnight.", OCT_15_2025)
    (incident,) = result.incidents.itertuples()
    assert incident.stances == "denies" and set(incident.actors) == {"AM", "AZ"}
    assert claimant_countries(result) == ["AM"]


@pytest.mark.parametrize("text", [
    "Azerbaijan reported small-arms fire from Armenian positions toward Sadarak on March 30; "
    "Armenia's Defence Ministry called the report false.",
    "March 30-31: Azerbaijan reports small-arms fire from Armenian positions toward Sadarak in "
    "Nakhchivan; Armenia's Defence Ministry calls the report false.",
])
def test_an_assertion_and_its_denial_in_one_sentence_are_two_claims(tmp_path, text):
    result = build_article(tmp_path, text, OCT_15_2025)
    (incident,) = result.incidents.itertuples()
    assert incident.stances == "asserts and denies" and set(incident.actors) == {"AM", "AZ"}
    assert claims_in(result) == [("Azerbaijan", "AZ", "asserts"),
                                 ("Ministry of Defense of Armenia", "AM", "denies")]


def test_claims_called_baseless_by_a_closing_speaker_are_that_speakers_denial(tmp_path):
    result = build_article(tmp_path, "Rawalpindi, 15 October 2025 - Taliban claims that Pakistani "
                             "forces targeted civilians in Spin Boldak are baseless, the "
                             "ISPR said.", OCT_20_2025)
    assert claims_in(result) == [("Pakistani armed forces (ISPR)", "PK", "denies")]


def test_a_side_denies_the_loss_the_other_claims(tmp_path):
    result = build_article(tmp_path, (
        "ISLAMABAD, 14 May 2025 - A week after the air battle, the two sides continue to "
        "trade claims about aircraft losses.\n\n"
        "India's Air Marshal A K Bharti said on 11 May that Indian air defences had shot "
        "down several Pakistani aircraft, but did not give numbers. Pakistan's military "
        "denied losing any aircraft.\n"), MAY_20)
    assert claims_in(result) == [
        ("A K Bharti, Director General of Air Operations of India", "IN", "asserts"),
        ("Pakistani armed forces", "PK", "denies")]
    assert result.claims.incident_id.nunique() == 1


def test_a_denial_of_the_other_sides_deed_is_no_denial_of_this_sides_strike(tmp_path):
    result = build_article(
        tmp_path, "NEW DELHI, 11 May 2025 - Indian jets struck Rawalpindi on Saturday, the "
        "Indian Air Force said. Air Marshal A K Bharti said on Sunday that Pakistan's claims "
        "of destroying the S-400 system at Adampur were entirely false.", dt.date(2025, 5, 20))
    (strike,) = result.incidents.itertuples()
    assert strike.stances == "asserts"          # India does not deny its own strike


def test_a_denial_and_the_speakers_own_version_are_two_claims(tmp_path):
    result = build_article(tmp_path, "Azerbaijan's defence ministry denied firing on "
                           "civilians and said Armenian drones had hit Berd.", MAY_10)
    claims = {c.stance: c for c in result.claims.itertuples()}
    assert set(claims) == {"asserts", "denies"}
    assert all(c.claimant == "Ministry of Defense of Azerbaijan" for c in claims.values())
    assert "Berd" in claims["asserts"].places and "Berd" not in claims["denies"].places
    assert claims["denies"].text.startswith("Azerbaijan's defence ministry denied firing")
    assert claims["asserts"].text.endswith("Armenian drones had hit Berd.")


def test_a_denial_that_goes_on_denying_stays_one_claim(tmp_path):
    result = build_article(tmp_path, "Armenia's defence ministry rejected the report as "
                           "misinformation and said its units in Tavush province did not "
                           "open fire.", MAY_10)
    assert claims_in(result) == [("Ministry of Defense of Armenia", "AM", "denies")]


def test_denial_of_a_counter_accusation_is_not_the_lead_incidents(tmp_path):
    result = build_article(tmp_path, (
        "Kyrgyzstan's border service said Tajik troops fired on a Kyrgyz post near Batken on "
        "Monday, wounding a soldier. Tajikistan's border service denied the report and "
        "accused Kyrgyz troops of shelling houses near Isfara the same day. Kyrgyzstan's "
        "border service rejected that accusation as false.\n"), MAY_8_2024)
    (lead,) = incident_rows(result)
    # Kyrgyzstan reported the fire; what it rejects is Tajikistan's claim about Isfara
    assert stances_on(result, lead) == [("KG", "asserts"), ("TJ", "denies")]
    # and Isfara is where the accused shelling was, not the Batken fire
    assert list(lead.places) == ["Batken"]


def test_denial_of_the_report_itself_stays_the_lead_incidents(tmp_path):
    result = build_article(tmp_path, (
        "Kyrgyzstan's border service said Tajik troops fired on a Kyrgyz post near Batken on "
        "Monday, wounding a soldier. Tajikistan's border service rejected that accusation "
        "as false.\n"), MAY_8_2024)
    (lead,) = incident_rows(result)
    assert stances_on(result, lead) == [("KG", "asserts"), ("TJ", "denies")]


def test_a_long_made_accusation_and_its_denial_are_background(tmp_path):
    result = build_article(tmp_path, (
        "Azerbaijani forces fired on Sotk on Monday, wounding a soldier, Armenia's defence "
        "ministry said. Baku has repeatedly accused Armenian troops of shelling its "
        "positions, a charge Yerevan denies.\n"), MAY_8_2024)
    (lead,) = incident_rows(result)
    assert stances_on(result, lead) == [("AM", "asserts")]


def test_a_repeated_denial_of_the_fire_itself_stays(tmp_path):
    # the denial is what is repeated, and it is of this fire's kind: the lead's
    result = build_article(tmp_path, (
        "Azerbaijani forces fired on Sotk on Monday, wounding a soldier, Armenia's defence "
        "ministry said. Azerbaijan has repeatedly denied that its forces fired on Armenian "
        "villages.\n"), MAY_8_2024)
    (lead,) = incident_rows(result)
    assert stances_on(result, lead) == [("AM", "asserts"), ("AZ", "denies")]


def test_a_group_that_says_it_took_no_part_denies(tmp_path):
    result, incident = built_one_incident(
        tmp_path, LEAD + "The Karabakh Defence Army said it had not taken part in the "
                         "fighting.", JUNE_20)
    assert sorted(incident.actors) == ["AM", "AZ"]
    stances = {claimant: stance for claimant, _, stance in claims_in(result)}
    assert stances["Nagorno-Karabakh Defense Army"] == "denies"


def test_a_claim_another_capital_rejects_is_disputed_by_it(tmp_path):
    result = build_article(tmp_path, (
        "YEREVAN, Feb 16, 2024 (AFP) - Armenia on Friday buried four soldiers killed in an "
        "Azerbaijani attack on the border on Tuesday, the defence ministry said.\n\n"
        "Baku has said its border guards acted in retaliation for an Armenian shooting on "
        "February 12 that wounded an Azerbaijani soldier, a claim Yerevan rejects.\n"),
        dt.date(2024, 2, 16))
    shooting = [i for i in result.incidents.itertuples() if str(i.date)[:10] == "2024-02-12"]
    assert len(shooting) == 1
    claims = [(c.claimant_country, c.stance) for c in result.claims.itertuples()
              if c.incident_id == shooting[0].id]
    assert claims == [("AZ", "asserts"), ("AM", "denies")]
    assert result.claims.id.is_unique


def test_blame_for_it_and_a_charge_denied_are_the_attacks_claims(tmp_path):
    result = build_article(tmp_path, (
        "NEW DELHI, May 7, 2025 - Indian and Pakistani troops exchanged fire along the Line "
        "of Control on Wednesday, the army said.\n\n"
        "The attack at Baisaran meadow near Pahalgam on April 22 was the deadliest on "
        "civilians in Jammu and Kashmir in years. India blamed Pakistan-based groups for it, "
        "a charge Islamabad denied.\n"), dt.date(2025, 5, 7))
    (pahalgam,) = [i for i in result.incidents.itertuples() if "Pahalgam" in i.places]
    claims = [(c.claimant_country, c.stance) for c in result.claims.itertuples()
              if c.incident_id == pahalgam.id]
    assert claims == [("IN", "asserts"), ("PK", "denies")]


# --- helper F2 (session 21): a denial not worded "denied" ---

def test_no_evidence_that_the_attackers_came_from_its_side_is_a_denial(tmp_path):
    result = build_article(tmp_path, (
        "Gunmen ambushed a Peruvian army patrol near the town of Iquitos on Sunday, killing "
        "two soldiers, the Peruvian army said. Colombia's defence minister Pedro Sánchez said "
        "there was no evidence the gunmen had come from Colombian territory.\n"), MAY_10)
    assert ("CO", "denies") in [(country, stance) for _, country, stance in claims_in(result)]


# --- helper F4 (session 21): no evidence of a named side's part ---

@pytest.mark.parametrize("denial", [
    "there was no evidence that Colombian troops were involved",
    "there was no evidence of Colombian involvement",
    "there was no evidence the gunmen had come from Colombian territory",
])
def test_no_evidence_of_a_named_sides_part_denies_the_ambush(tmp_path, denial):
    result = build_article(tmp_path, (
        "QUITO, May 6 (Wire) – Gunmen ambushed an Ecuadorian army patrol near the town of "
        "Tulcan on Sunday, killing two soldiers, Ecuador's army said. Colombia's defence "
        f"ministry said {denial}.\n"), dt.date(2024, 5, 7))
    (ambush,) = result.incidents.itertuples()
    assert stances_on(result, ambush) == [("CO", "denies"), ("EC", "asserts")]


# --- helper F8 (session 21): denials worded otherwise ---

SHOTS_AT_MEDININKAI = ("VILNIUS, March 11 - Lithuania said on Monday that Belarusian border "
                       "guards fired shots at a Lithuanian patrol near Medininkai. ")


@pytest.mark.parametrize("denial", [
    "Belarus denied the account.",
    "Minsk dismissed the account as fantasy.",
    "Belarus rejected the report as fabricated.",
    "Belarus called the claims baseless.",
    "Belarus dismissed the Lithuanian version as a fairy tale.",
    "Belarus described the Lithuanian account as invented.",
    "The Belarusian border committee called the account a lie.",
])
def test_an_account_dismissed_or_branded_untrue_is_denied(tmp_path, denial):
    result, shots = built_one_incident(tmp_path, SHOTS_AT_MEDININKAI + denial + "\n",
                                       dt.date(2026, 3, 11))
    assert stances_on(result, shots) == [("BY", "denies"), ("LT", "asserts")]


@pytest.mark.parametrize("other", [
    "Belarus rejected a proposal for joint patrols.",
    "Belarus rejected the proposal as nonsense.",
    "Belarus dismissed the minister.",
])
def test_a_proposal_rejected_or_a_minister_dismissed_denies_nothing(tmp_path, other):
    result = build_article(tmp_path, SHOTS_AT_MEDININKAI + other + "\n", dt.date(2026, 3, 11))
    assert ("BY", "denies") not in [(c, s) for _, c, s in claims_in(result)]


def test_a_side_telling_the_fight_its_own_way_still_denies_the_incursion(tmp_path):
    # its own version (attacked on its own soil) ends by denying the deed the other side
    # told: a denial of that incident, not a second assertion of it
    result, _ = built_one_incident(tmp_path, (
        "NAIROBI – Kenyan and Ethiopian troops exchanged fire near Moyale on Tuesday, "
        "killing two Kenyan soldiers, a local administrator said.\n\nKenya's defence "
        "ministry said the Ethiopian unit had crossed into Kenyan territory and fired "
        "first. Ethiopia's army said its men had been shot at while on patrol inside "
        "Ethiopia and had only fired back, denying any incursion.\n"), MAY_20)
    assert [(country, stance) for _, country, stance in claims_in(result)][-1] == (
        "ET", "denies")


def test_a_denial_taking_up_the_deaths_just_told_is_that_incidents(tmp_path):
    # the group accused of the abduction answers it, though its words name "clashes"
    # (the kind of the shelling told first), not the abduction
    result = build_article(tmp_path, (
        "LIVE – Turkey–Iraq border, day three\n\n09:00 – Turkish artillery shelled the "
        "Iraqi village of Kani Masi at dawn, residents say.\n\n11:30 – Turkey's defence "
        "ministry says two of its soldiers were abducted near Zakho on Sunday by PKK "
        "militants and later killed. The PKK says it had nothing to do with the deaths and "
        "denies any involvement in clashes on the Turkish side.\n"), MAY_20)
    abduction = next(i for i in incident_rows(result)
                     if i.sub_event_type == "Abduction/forced disappearance")
    assert ("", "denies") in stances_on(result, abduction)


def test_rejecting_this_and_going_on_is_a_denial(tmp_path):
    # "rejects this and has published video": the denial of the charge just told, though
    # the sentence goes on
    result, _ = built_one_incident(tmp_path, (
        "MANILA, May 9 – Chinese coast guard ships fired water cannon at a Philippine supply "
        "boat near Second Thomas Shoal on Wednesday, the Philippine Coast Guard said.\n\n"
        "China's foreign ministry said the Philippine boat had rammed a Chinese vessel. The "
        "Philippine Coast Guard rejects this and has published video of the encounter.\n"),
        MAY_10)
    assert ("PH", "denies") in [(country, stance) for _, country, stance in claims_in(result)]


@pytest.mark.parametrize("text, denier", [
    ("ALMATY, May 8 (Wire) - Kyrgyzstan's border service said Tajik troops fired on a Kyrgyz "
     "post near Batken on Tuesday, wounding two guards. Tajikistan's government said no Tajik "
     "unit had been involved.\n", "TJ"),
    ("MOSCOW, May 8 (Wire) - Ukrainian drones struck a fuel depot near Belgorod on Tuesday, "
     "killing one worker, the regional governor said. The Ukrainian defence ministry says no "
     "Ukrainian strikes were made near the border.\n", "UA"),
])
def test_a_side_saying_none_of_its_forces_acted_denies_the_incident(tmp_path, text, denier):
    # no denial verb: "no <its> unit had been involved", "no <its> strikes were made"
    result, incident = built_one_incident(tmp_path, text, MAY_10)
    assert (denier, "denies") in stances_on(result, incident)
    assert denier in incident.actors


def test_a_press_release_denying_first_denies_the_arrest_told_at_its_end(tmp_path):
    # the release rejects the other side's accusation before the article tells it
    result, incident = built_one_incident(tmp_path, (
        "PRESS RELEASE – Government of Ghana\n\nThe Government of Ghana firmly rejects the "
        "claim that our soldiers entered Togolese territory. The two Ghanaian soldiers, on "
        "patrol against smuggling, were stopped on Ghanaian soil near the town of Aflao by "
        "armed men who took them across the border.\n\nThe Government calls for the release "
        "of the two soldiers.\n\nAccra, 2 May 2024\n\nTogo's army said on Wednesday that the "
        "two Ghanaian soldiers had been arrested on Monday, April 29, inside Togolese "
        "territory near Lome.\n"), dt.date(2024, 5, 2))
    assert stances_on(result, incident) == [("GH", "denies"), ("TG", "asserts")]
    assert incident.stances == "asserts and denies"


# another's account refused, blame or "any suggestion" rejected, "everything" denied: a
# denial, though no report or event is named after the verb
@pytest.mark.parametrize("text, denier", [
    ("Nepali police shot dead a smuggler near Birgunj on Monday, Nepal's home ministry said. "
     "India's foreign ministry said it did not accept Nepal's account of the shooting.", "IN"),
    ("Venezuelan troops fired on a Colombian patrol near Cucuta on Monday, wounding a "
     "soldier, Colombia's defence ministry said. Caracas said it refused to accept the "
     "Colombian version and that its troops were on their own side.", "VE"),
    ("Eritrean troops shelled a village near Zalambessa on Monday, killing two farmers, "
     "Ethiopia's government said. Eritrea's information ministry said it rejected \"any "
     "suggestion\" that its army was involved.", "ER"),
    ("Two Russian helicopters crossed into Estonian airspace near Narva on Tuesday, "
     "Estonia's defence forces said. The Russian Defence Ministry in Moscow denies "
     "everything.", "RU"),
])
def test_a_refused_account_or_rejected_suggestion_is_a_denial(tmp_path, text, denier):
    claims = claims_in(build_article(tmp_path, text + "\n", MAY_10))
    assert [stance for _, country, stance in claims if country == denier] == ["denies"]


# A refusal told of the speaker in a relative clause, or of a claim of title ("claims to
# Crimea"), is no denial of the account its sentence reports
@pytest.mark.parametrize("text, speaker", [
    ("Serbia, which does not recognise Kosovo's claims to statehood, said Kosovo police "
     "detained two Serb men near Jarinje on Friday.", "RS"),
    ("Azerbaijan, which refuses to accept Armenia's version of the 1991 map, said Armenian "
     "snipers fired on a farm near Tovuz on Friday.", "AZ"),
    ("Georgia does not recognise Russia's claims over Abkhazia and said Russian troops "
     "detained a villager near Gali on Friday.", "GE"),
])
def test_a_refusal_told_of_the_speaker_is_no_denial(tmp_path, text, speaker):
    claims = claims_in(build_article(tmp_path, text + "\n", MAY_10))
    assert [stance for _, country, stance in claims if country == speaker] == ["asserts"]


def test_a_ministry_that_added_to_its_statement_still_speaks(tmp_path):
    claims = claims_in(build_article(tmp_path, (
        "Georgia's interior ministry said Russian troops fired on a police patrol near "
        "Khurvaleti on Friday. The ministry added to its statement that two policemen were "
        "wounded.\n"), MAY_10))
    assert len([c for c in claims if c[1] == "GE"]) == 2, claims
