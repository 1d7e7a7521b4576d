"""Claims in reporting on the India–Pakistan conflict of May 2025 (probe K): who speaks
for a side when the text names the office, not the state; denials of lost jets; words
no one said."""

from __future__ import annotations

import datetime as dt

import pytest

from incident_helpers import build_article, claims_in

MAY_20 = dt.date(2025, 5, 20)


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


@pytest.mark.parametrize("text", [
    # a fact-check's "neither … nor … has said": no one's word
    "FACT CHECK - May 12, 2025\n\nNeither the Pakistan Army nor the ISPR has said that "
    "any Indian pilot was captured during the May 2025 hostilities.\n",
    "NEW DELHI, 12 May 2025 - The ISPR has not said that any Indian pilot was captured "
    "near Bhimber on Wednesday.\n",
])
def test_what_no_one_said_is_no_claim(tmp_path, text):
    assert not [c for c in claims_in(build_article(tmp_path, text, MAY_20))
                if c[1] == "PK"]


def test_a_denial_of_the_other_sides_deed_is_no_denial_of_this_sides_strike(tmp_path):
    result = build_article(
        tmp_path, "NEW DELHI, 11 May 2025 - Indian jets struck Rawalpindi on Saturday, the "
        "Indian Air Force said. Air Marshal A K Bharti said on Sunday that Pakistan's claims "
        "of destroying the S-400 system at Adampur were entirely false.", dt.date(2025, 5, 20))
    (strike,) = result.incidents.itertuples()
    assert strike.stances == "asserts"          # India does not deny its own strike
