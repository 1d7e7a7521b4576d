"""2025 reporting on the Armenia–Azerbaijan–Iran borders (probe I): fire during a drill,
reports denied in the next sentence or in the same one, a meeting and the statement after
it, a spokesman's appeal, background dates, last month's report — built end to end with
the real gazetteer: what happened, when, who says so, who took part."""

from __future__ import annotations

import datetime as dt

import pytest

from incident_helpers import build_article, claims_in as claims_of

PUBLISHED = dt.date(2025, 10, 15)


def built(tmp_path, text: str, published: dt.date = PUBLISHED):
    return build_article(tmp_path, text, published)


def countries_of(result) -> list[str]:
    return sorted(c.claimant_country for c in result.claims.itertuples())


# --- fire during a drill is the drill (faults 1 and 14) ---------------------------------

@pytest.mark.parametrize("text", [
    "TEHRAN, Oct. 7 (MNA) - Iranian Army artillery fired at targets on Tuesday during an "
    "exercise near Norduz, on the Aras river.",
    "TEHRAN, Oct. 7 (MNA) - Rocket launchers fired at hypothetical targets near Norduz on "
    "Tuesday, the Iranian Army said.",
    "TEHRAN, Oct. 7 (MNA) - Shahed drones struck predetermined targets near Jolfa on Tuesday, "
    "the Iranian Army said of its Aras exercise.",
    "TEHRAN, Oct. 7 (MNA) - Artillery and drone units of the Iranian Army Ground Force fired on "
    "simulated enemy positions on Tuesday on the second day of an exercise along the Aras river "
    "in the Norduz area, opposite the Armenian town of Meghri.",
])
def test_fire_at_targets_in_a_drill_is_a_military_exercise(tmp_path, text):
    (incident,) = built(tmp_path, text).incidents.itertuples()
    assert (incident.event_type, incident.sub_event_type) == \
        ("Strategic developments", "Military exercise")
    assert list(incident.actors) == ["IR"] and incident.date == "2025-10-07"


def test_shells_fired_into_waters_during_an_exercise_stay_the_shelling(tmp_path):
    result = built(tmp_path, "SEOUL, Nov 23 (Reuters) - North Korea fired artillery shells onto "
                   "Yeonpyeong island on Tuesday, killing two marines, Seoul's military said. "
                   "North Korea's Supreme Command said it had acted after the South fired shells "
                   "into its waters during an exercise.", dt.date(2010, 11, 23))
    (incident,) = result.incidents.itertuples()
    assert incident.event_type == "Explosions/Remote violence"
    assert "KP" in countries_of(result)


def test_not_commenting_on_drills_is_no_exercise(tmp_path):
    result = built(tmp_path, "Tabriz, Oct. 14 (Tasnim) - The IRGC ground force launched military "
                   "exercises on Tuesday along the Aras river near Jolfa.\n\nAzerbaijan's foreign "
                   "ministry did not comment on the drills on Tuesday.")
    (incident,) = result.incidents.itertuples()
    assert incident.sub_event_type == "Military exercise" and list(incident.actors) == ["IR"]


# --- a report denied (faults 2, 3 and 12) -----------------------------------------------

@pytest.mark.parametrize("denial", [
    "Armenia's Defence Ministry said there had been no shooting anywhere along the border.",
    "Armenia's Defence Ministry said that nothing of the kind had happened.",
])
def test_a_report_denied_in_the_next_sentence_carries_the_denial(tmp_path, denial):
    result = built(tmp_path, "Videos circulating on Telegram on Wednesday claimed that "
                   "Azerbaijani troops had shelled the outskirts of Kajaran overnight. " + denial)
    (incident,) = result.incidents.itertuples()
    assert incident.stances == "denies" and set(incident.actors) == {"AM", "AZ"}
    assert claims_of(result) == [("Ministry of Defense of Armenia", "AM", "denies")]


def test_a_governors_denial_before_the_report_keeps_both_sides(tmp_path):
    result = built(tmp_path, "Syunik's governor has dismissed online reports of gunfire near "
                   "Kajaran as fake. Videos circulating on Telegram on Wednesday claimed that "
                   "Azerbaijani troops had shelled the outskirts of Kajaran overnight.")
    (incident,) = result.incidents.itertuples()
    assert incident.stances == "denies" and set(incident.actors) == {"AM", "AZ"}
    assert countries_of(result) == ["AM"]


def test_a_bare_ministry_under_an_agency_dateline_is_the_datelines(tmp_path):
    result = built(tmp_path, "Baku, October 3, AZERTAC\n\n\"The information that the Azerbaijan "
                   "Army fired at Yeraskh on October 2 does not reflect reality,\" the Ministry "
                   "of Defense said.")
    (incident,) = result.incidents.itertuples()
    assert incident.stances == "denies" and incident.date == "2025-10-02"
    assert claims_of(result) == [("Ministry of Defense of Azerbaijan", "AZ", "denies")]


def test_a_bare_ministry_denying_its_sides_deed_is_that_sides(tmp_path):
    result = built(tmp_path, "\"The information that the Azerbaijan Army fired at Yeraskh on "
                   "October 2 does not reflect reality,\" the ministry said.")
    (incident,) = result.incidents.itertuples()
    assert incident.stances == "denies"
    assert claims_of(result) == [("Ministry of Defense of Azerbaijan", "AZ", "denies")]


def test_the_day_a_denial_names_beats_the_dateline(tmp_path):
    result = built(tmp_path, "Baku, October 3, AZERTAC\n\nThe Ministry of Defense of Azerbaijan "
                   "has refuted reports that the Azerbaijan Army opened fire on the Armenian "
                   "village of Yeraskh. \"The information that the Azerbaijan Army fired at "
                   "Yeraskh on October 2 does not reflect reality,\" the ministry said.")
    (incident,) = result.incidents.itertuples()
    assert incident.date == "2025-10-02"


@pytest.mark.parametrize("text", [
    "Azerbaijan reported small-arms fire from Armenian positions toward Sadarak on March 30; "
    "Armenia's Defence Ministry called the report false.",
    "March 30-31: Azerbaijan reports small-arms fire from Armenian positions toward Sadarak in "
    "Nakhchivan; Armenia's Defence Ministry calls the report false.",
])
def test_an_assertion_and_its_denial_in_one_sentence_are_two_claims(tmp_path, text):
    result = built(tmp_path, text)
    (incident,) = result.incidents.itertuples()
    assert incident.stances == "asserts and denies" and set(incident.actors) == {"AM", "AZ"}
    assert claims_of(result) == [("Azerbaijan", "AZ", "asserts"),
                                 ("Ministry of Defense of Armenia", "AM", "denies")]


def test_a_foreign_ministry_spokeswoman_is_not_the_defence_ministry(tmp_path):
    result = built(tmp_path, "BAKU, Sept 23 (Wire) - Azerbaijan's Defence Ministry said on "
                   "Tuesday that one of its soldiers had been killed by sniper fire from Armenian "
                   "positions near Nerkin Hand. Armenia's Defence Ministry denied that its forces "
                   "had opened fire. Armenian Foreign Ministry spokeswoman Ani Badalyan urged Baku "
                   "\"not to undermine the peace agenda with false accusations\".")
    claimants = [c for c, _, _ in claims_of(result)]
    assert claimants[-1].startswith("Ani Badalyan") and "foreign ministry" in claimants[-1]
    assert claims_of(result)[-1][1:] == ("AM", "denies")


# --- meetings and who takes part (faults 4 and 8) ---------------------------------------

def test_a_meeting_does_not_take_the_place_of_an_alert_after_another_summit(tmp_path):
    result = built(tmp_path, "On Tuesday Pashinyan and Aliyev met on the sidelines of a summit "
                   "in Copenhagen. An Iranian official said forces in Norduz had been put on "
                   "higher alert after the Washington summit.")
    (incident,) = result.incidents.itertuples()
    assert incident.sub_event_type == "meeting" and list(incident.places) == ["Copenhagen"]
    assert incident.territory == "DK" and claims_of(result) == []


def test_a_spokesman_calling_for_restraint_is_no_party(tmp_path):
    result = built(tmp_path, "TEHRAN, March 31 (IRNA) - Iranian Foreign Ministry spokesman "
                   "Esmaeil Baghaei called on both sides to show restraint after Azerbaijan said "
                   "Armenian forces had fired on its positions near Sadarak on Sunday.")
    (incident,) = result.incidents.itertuples()
    assert set(incident.actors) == {"AM", "AZ"} and incident.date == "2025-03-30"
    assert claims_of(result) == [("Azerbaijan", "AZ", "asserts")]


def test_a_statement_of_another_day_is_no_claim_of_the_meeting(tmp_path):
    result = built(tmp_path, "August 8: At the White House, Pashinyan and Aliyev sign a joint "
                   "declaration.\n\nSeptember 2: President Aliyev says the railway from Horadiz "
                   "to the Armenian border will be finished by 2028.")
    (incident,) = result.incidents.itertuples()
    assert incident.date == "2025-08-08" and claims_of(result) == []


# --- dates (faults 6 and 7) --------------------------------------------------------------

def test_what_a_death_came_since_does_not_date_it(tmp_path):
    result = built(tmp_path, "BAKU, Sept 23 (Wire) - Azerbaijan's Defence Ministry said on "
                   "Tuesday that one of its soldiers had been killed by sniper fire from Armenian "
                   "positions near Nerkin Hand, the first reported death on the border since the "
                   "two countries initialled a peace agreement in August.")
    (incident,) = result.incidents.itertuples()
    assert incident.date == "2025-09-23" and incident.fatalities_min == 1


def test_one_death_told_twice_by_one_source_is_one_incident(tmp_path):
    result = built(tmp_path, "BAKU, Sept 23 (Wire) - Azerbaijan's Defence Ministry said on "
                   "Tuesday that one of its soldiers had been killed by sniper fire from Armenian "
                   "positions near Nerkin Hand. The ministry said the soldier was shot at a post "
                   "in Zangilan district on Monday.")
    (incident,) = result.incidents.itertuples()
    assert incident.date == "2025-09-22" and incident.fatalities_min == 1


def test_last_months_report_is_an_incident_of_its_own_by_the_same_ministry(tmp_path):
    result = built(tmp_path, "Baku, 17 June (APA). On June 16, Armenian units fired at "
                   "Azerbaijani positions in Zangilan district, the Ministry of Defense of "
                   "Azerbaijan said. The Armenian Defense Ministry denied the report. The last "
                   "such report by the Azerbaijani ministry came in May, when it said Armenian "
                   "units had fired at positions in Kalbajar district.")
    by_date = {i.date: i for i in result.incidents.itertuples()}
    assert set(by_date) == {"2025-05-01", "2025-06-16"}
    assert by_date["2025-05-01"].date_precision == "month"
    assert "Kalbajar District" not in by_date["2025-06-16"].places
    may = [c for c in result.claims.itertuples() if c.incident_id == by_date["2025-05-01"].id]
    assert [(c.claimant, c.stance) for c in may] == \
        [("Ministry of Defense of Azerbaijan", "asserts")]


def test_a_relative_clauses_month_does_not_date_the_event(tmp_path):
    result = built(tmp_path, "Qazax, October 14, APA. An employee of the Mine Action Agency of "
                   "Azerbaijan (ANAMA) was injured in a mine explosion during clearance work in "
                   "the Kheyrimli village of the Qazax district, which was returned to Azerbaijan "
                   "in May, APA reports.", dt.date(2024, 10, 14))
    (incident,) = result.incidents.itertuples()
    assert incident.date == "2024-10-14"


def test_a_meeting_at_the_white_house_is_in_washington_not_at_the_dateline(tmp_path):
    result = built(tmp_path, "YEREVAN, Oct 8 (Wire) - The leaders of Armenia and Azerbaijan "
                   "met Donald Trump at the White House on August 8.")
    (meeting,) = result.incidents.itertuples()
    assert meeting.event_type == "diplomatic" and list(meeting.places) == ["Washington"]
    assert abs(meeting.geometry.x - -77.04) < 0.1 and abs(meeting.geometry.y - 38.9) < 0.1
