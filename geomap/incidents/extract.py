"""From one article's sentences to its incidents, each with the claims made about it.

Two steps, both pure:

1. ``sentence_facts``: per sentence, the event cue, date, claim (claimant + stance),
   casualties, locations and the countries acting in the event's clause.
2. ``fold_incidents``: a left-to-right pass that opens, extends and closes incidents.

A wire dateline ("YEREVAN, September 14 —") is where the report was filed: it places no
event.

Which sentences become incidents (so an analyst gets events, not every statement):

- a sentence with an event cue joins the latest incident of its family in the article
  (violence; exercises; deployments; calls; meetings) unless its own date is more than a
  day off, its actors do not overlap, or it says "a separate meeting"; when nobody is
  said to claim it ("Shelling was also reported near Tegh"), its places and figures join
  the incident's as the article's own (not for calls and meetings: one venue each);
- otherwise it opens an incident when it is anchored: it has a date, or it is a claim
  about violence ("Azerbaijan said Armenian forces shelled …" with no date). Diplomatic
  incidents also need two countries among the participants — a cabinet meeting at home
  is not diplomacy. Undated, unattributed background ("sporadic skirmishes between
  Armenia and Azerbaijan") opens nothing;
- an unattributed casualty count ("Forty-nine servicemen were killed.") joins the violent
  incident under discussion (at most three sentences back) as the article's own figure;
- a claim with no event cue attaches to the incident under discussion (the last one
  opened or joined, at most three sentences back) only if it denies "such reports" or
  gives casualties — or if that incident is diplomatic and the claimant's country took
  part: policy statements made at a meeting ("any change of borders is rejected,"
  President Raisi said) become claims of that meeting. A state's stated position on a
  province, a region or a corridor that attaches to nothing ("Iran would block the creation
  of a corridor through Armenia's Syunik province") becomes a diplomatic statement of its
  own, one per speaker and day (``statement_drafts``). Every other statement is dropped;
- a participant of a call or meeting under discussion who recalls an earlier event ("he
  described the recent meeting as important") makes a claim of that event, but the
  discussion stays with the call;
- in a briefing or interview transcript, a line opened by "Answer:" is the claim of the
  voice the transcript names before its questions ("the weekly briefing of the Foreign
  Ministry spokesperson"), one opened by a name ("Baghaei:") that of the official so
  named; an answer's event at places no incident told since its question has is another
  incident (each question asks of its own);
- an attack by attackers of no state (gunmen) at a village the gazetteer lacks ("near the
  village of Khurvaleti") is placed in the country the text names it of ("the Georgian
  village of …"), else the one the sentences before put the attack in, else the country
  whose authorities report it, else the dateline's: at a named scene, not nowhere (an
  attack naming no scene opens nothing). Such attackers hitting a state's forces or posts
  fight that state; hitting anyone or anything else, they commit violence against
  civilians, another incident than fighting between states told before it;
- a violent event named with "the" and no side, place or day of its own ("a ceremony in
  Shusha on Friday for the soldier wounded in the shooting") is the one told before of its
  kind, not a new incident at the sentence's places on its day (its claim, if any, is
  that incident's);
- "a day earlier", "a week earlier", "earlier that day" date another event back from the
  last one told (with a day of its own: another event that day), but in a denial that
  the side fired ("had not opened fire a day earlier") count back from the saying;
- an article with no publication date nor dateline loses none of its incidents: a day it
  names ("on Sunday") anchors an event as a date would, the incident undated; two such
  weekdays or days of a month more than a day apart are two days (``unknown_day``);
- a fight between armed groups of no state ("fighting between the ELN and FARC
  dissidents") has no state's side, as gunmen's attack has none, and so has a blast, a
  bomb or a grenade no side is named for; a later sentence that names the arms behind a
  blast ("… a Turkish drone had fired on the site") tells its kind and its attacker;
- a meeting or call told with one state takes the states "the two countries" names, and
  those whose voices say they "attended the meeting" just after;
- a violent event of another kind told at places of its own more than ``ELSEWHERE_KM``
  from an incident's scene ("… fighting near the Ta Muen Thom temple. Six people were
  killed when a rocket hit a petrol station in Kantharalak") is an incident of its own;
  so is one another voice tells, naming the other side, more than ``VERSIONS_KM`` away
  ("… fighting near Abyei, while officials in Juba said Sudanese warplanes had bombed
  Bentiu"): a side's version of the same fire names a place on the same stretch of front;
- people harmed on a day of their own at a place away from the incident's scene ("Two
  days earlier, on Sunday, … wounded three civilians at a market in Garissa") are no part
  of its toll, nor is the claim that counts them its claim; told as "another" of it
  ("another explosive device"), they are an incident of its kind;
- an undated event sentence at no place of its own joins the last incident of its own
  kind, not a later one of another kind ("About 240 soldiers had been killed" after the
  fighting near Abyei and the bombing of Bentiu: the fighting's dead);
- a count running from a day ("two soldiers had been killed since Sunday") is no event of
  that day: it joins the fighting of its kind told on a later day, which it dates back to
  that day, not an event of another kind told in between;
- a denial of another state's accusation denies a deed, never the crossings a state closed
  or the alert it declared on its own side: it goes to the last other incident told;
- fire that names no side, with where it came from told in the next sentence ("Police
  said the shell was fired from Myanmar"), is an incident of the state it came from and
  the one it hit;
- a denial that takes up what was said last ("called that claim a fabrication") denies
  the claim it points back at: when that was another side's denial that went on to
  accuse the denier's side ("… denied the report and accused Armenian forces of firing at
  houses in Gazakh"), it is not the incident's denial, and the places named from the
  accusation on are not the incident's; an accusation told as long made and denied in
  its own sentence ("… have repeatedly accused Saudi border guards of …, an accusation
  Riyadh rejects") is background, no claim on the incident.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from ..gazetteer.disambiguation import haversine_km
from ..model import (COORDINATES_SOURCE, ActorMention, Article, Claim, DateRef, Incident,
                     Location, Resolution, Sentence)
from ..text.calendar_names import MONTHS, WEEKDAYS
from ..text.sentences import COUNTER_STATEMENT_OPENING
from .casualties import (Casualties, added_up, find_casualties, harmed_at,
                         its_people_harmed, tells_of_harm)
from .actors import statement_author
from .claims import ClaimCue, denies_own_deed, find_claim, rebuttal, stance_of
from .dates import best_date, day_range, find_dates, unknown_days_apart
from .events import EventCue, event_tables, find_event
from .locations import (AREA_KINDS, BORDER_WORD, border_phrases, find_locations,
                        unplaced_scene)
from .neighbours import shares_land_border
from .spans import (after_locative, aside_spans, clause_around, dateline_spans, earlier_event,
                    fled_into, inside,
                    qualifies_a_place, quote_spans, second_statement)
from .tables import (BORDER_WORDS, CLAIM_FAMILIES, DIVISION_WORDS, cue_hits, cue_patterns,
                     families_in, non_state_tables, number_tables, state_agencies)

#: how many sentences after an incident's last mention a statement may still attach to it
WINDOW = 3
#: a claimant's own people in a casualty count
_OWN = re.compile(r"\b(?:its|their|our)\b", re.I)
SUMMARY_CHARS = 240

#: event families whose claimed report opens an incident without a date of its own
_CLAIMED_ALONE = frozenset({"violent", "mining", "landmine", "arrests", "disrupted"})
_AGENT_KINDS = frozenset({"state", "demonym", "military", "government", "ministry", "official"})
_PARTICIPANT_KINDS = frozenset({"state", "government", "ministry", "official"})


@dataclass(frozen=True)
class SentenceFacts:
    """What one sentence says, before incidents are formed."""

    sentence: Sentence
    event: EventCue | None
    date: DateRef | None
    claim: ClaimCue | None
    casualties: Casualties
    locations: tuple[Location, ...]
    #: countries acting in the event (agents, sides of a border named, a denying party)
    actors: tuple[str, ...]
    has_report_noun: bool = False
    #: a ceasefire monitor (peacekeepers) is named: a violation it reports has no known side
    monitored: bool = False
    #: ``date`` is only the day it was said ("accused each other on Saturday of …")
    date_told: bool = False
    #: the places below a country's that a statement with no event speaks of ("Iran would
    #: block a corridor through Armenia's Syunik province": Syunik)
    spoken_of: tuple[Location, ...] = ()
    #: a journalist's question line tells it ("Question (Tasnim): Azerbaijani media say
    #: … shelled …"): no one's claim, and no incident unless an answer takes it up
    asked: bool = False
    #: attackers of no state fired on people who are no side ("Gunmen opened fire on
    #: tourists"): the event has no sides, yet is one
    sideless: bool = False
    #: the index of the question an answer's sentence answers ("Question: And the
    #: incident near Nerkin Hand on Monday? Answer: …"), -1 for any other sentence
    answers: int = -1
    #: another side's denial of ``claim`` said in the same sentence ("…, a claim Yerevan
    #: rejects"): a claim of its own on the same incident
    rebutted_by: ClaimCue | None = None
    #: the day the sentence names when the article gives no date to count it from ("began
    #: drills on Monday", undated): its value None; the event is as anchored as with one
    unknown_day: DateRef | None = None
    #: ``date`` is the day what the sentence tells began, gone on until it is told ("two
    #: soldiers had been killed since Sunday"): a running count, no event of that day
    runs_from: bool = False
    #: the states a sentence of no day says fire told before came from ("Police said the
    #: shell was fired from Myanmar"): the sides of that fire, when it named none
    came_from: tuple[str, ...] = ()
    #: the states a denial goes on to accuse of a deed of their own ("denied the report
    #: and accused Armenian forces of firing at houses in Gazakh"): AM; and the places
    #: named from there on (Gazakh), that deed's and not the denied incident's
    accuses: tuple[str, ...] = ()
    accused_at: frozenset[str] = frozenset()


def _dated(f: SentenceFacts) -> bool:
    """Whether a sentence dates its event, if only to a day the article leaves unknown."""
    return f.date is not None or f.unknown_day is not None


def _stable_id(prefix: str, *parts) -> str:
    digest = hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:12]}"


#: the words of a state's own forces and people in a count no side is named in
_OWN_FORCES = re.compile(r"(?<![\w])(?i:servicemen|service members|soldiers|troops|"
                         r"conscripts|contract servicemen|border guards|civilians?|"
                         r"residents?|villagers?|(?:its|their|our) own (?:death )?toll)(?![\w])")
#: words of a running total, which counts more than the incident before it
_RUNNING_TOTAL = re.compile(r"(?<![\w])(?i:since (?:the |\d|last |early |late |"
                            rf"{'|'.join(WEEKDAYS)}|{'|'.join(MONTHS)})|so far|to date|"
                            r"a total of|in total|overall|altogether)")
#: a line that is only a date, as live blogs head a day's entries: "September 13, 2022",
#: "Tuesday, 13 September"
_DATE_LINE = re.compile(rf"(?:(?:{'|'.join(WEEKDAYS)}),?\s+)?"
                        r"(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+[A-Z][a-z]+\.?)"
                        r"(?:,?\s+\d{4})?")
#: the most words of a sentence that only sets the day of what the next one tells
_SCENE_WORDS = 6
#: the time an entry of a live blog opens with: "00:40 — ", "10.45 "
_TIMESTAMP = re.compile(r"\s*\d{1,2}[:.]\d{2}\b")
#: a journalist's question in a briefing or interview transcript, as its line opens:
#: "Question (Tasnim):", "Q:", "Q.", "Reporter:", "QUESTION —"
_ASKED = re.compile(r"[ \t]*(?:(?i:question|reporter|journalist|correspondent)|Q)"
                    r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?::|\.|[–—-](?=[ \t]))")


#: an answer in a briefing or interview transcript, as its line opens: "Answer:", "A:",
#: "Baghaei:" (the speaker's name: ``name``)
_ANSWERED = re.compile(r"[ \t]*(?:(?i:answer)[ \t]*(?::|[–—-](?=[ \t]))|A[ \t]*:|"
                       r"(?P<name>[A-Z][\w’'-]+)[ \t]*:)")


#: an answer that says what the question told did not happen: "No.", "This is not true."
_ANSWER_DENIES = re.compile(r"\s*(?i:(?:no|not at all|absolutely not|of course not|certainly "
                            r"not|never)\s*[.!,;]|(?:this|that|it)\s+(?:is|was)\s+(?:simply\s+|"
                            r"absolutely\s+|completely\s+|totally\s+)?(?:not\s+true|untrue|"
                            r"false|a\s+lie|fake|groundless|baseless|not\s+the\s+case))")


#: the voices of a state that hold an office: they, not the state named, answer in a
#: briefing
_OFFICES = frozenset({"official", "ministry"})


def _speaks_for_forces(voice: ActorMention) -> bool:
    """Whether a voice speaks for one side's forces (``ClaimCue.party``): a defence
    ministry's."""
    return "Defense" in voice.name


def _answering_voice(text: str, line: int, briefing_voice: ActorMention | None,
                     actors: tuple[ActorMention, ...], questioned_from: int
                     ) -> ActorMention | None:
    """Whose words a transcript's line starting at ``line`` gives: an "Answer:" line's
    are the voice the transcript named before its questions (``briefing_voice``); a line
    opened by a name ("Baghaei:") is the state's voice the article named so before;
    None for any other line."""
    m = _ANSWERED.match(text, line)
    if m is None:
        return None
    if m.group("name") is None:
        return briefing_voice
    name = m.group("name")
    return next((a for a in actors if a.start < questioned_from and a.kind in _STATE_VOICES
                 and a.country_code and re.search(rf"(?<![\w]){re.escape(name)}(?![\w])",
                                                  a.surface + " " + a.name)), None) \
        or _holder_named_after(text, name, actors, questioned_from)


#: the words of an office between a state's voice and the name of its holder: "the
#: Interior Ministry's border affairs official Majid Mirahmadi" (group "office")
_OFFICE_WORDS = re.compile(r"['’]s\s+(?P<office>(?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*)\s+$")


def _voice_claim(text: str, s: Sentence, event, families, voice: ActorMention) -> ClaimCue:
    """The claim of a voice the sentence itself does not name (a transcript's answerer, the
    body whose statement the text is), its stance as the sentence's words give it."""
    stance, anaphoric = stance_of(text, s.start, s.end, event, families)
    return ClaimCue(voice.name, voice.country_code, voice.kind, stance, s.start,
                    party=_speaks_for_forces(voice), anaphoric=anaphoric)


def _holder_named_after(text: str, name: str, actors: tuple[ActorMention, ...],
                        questioned_from: int) -> ActorMention | None:
    """The official a transcript's intro names by an office of a state's body and a name
    ("joined by the Interior Ministry's border affairs official Majid Mirahmadi"), whose
    answers a line opened by that name ("Mirahmadi:") gives; None if the intro has none."""
    holder = re.compile(rf"(?<![\w])(?:[A-Z][\w’'-]+\s+){{0,2}}{re.escape(name)}(?![\w])")
    for held in holder.finditer(text, 0, max(questioned_from, 0)):
        office = _OFFICE_WORDS.search(text, max(0, held.start() - 60), held.start())
        body = next((a for a in actors if office is not None and a.end == office.start()
                     and a.kind in _STATE_VOICES and a.country_code), None)
        if body is not None:
            return ActorMention(body.article_id, text[body.start:held.end()], body.start,
                                held.end(), f"{held.group().strip()}, {office.group('office')}"
                                f" of the {body.name}", body.country_code, "official")
    return None


#: the people a demonym before them names serve a mission, not their state's side
_PEACEKEEPERS = re.compile(r"(?:\s+(?:UN|U\.N\.|blue-helmeted))?\s+(?i:peacekeepers?|"
                           r"peacekeeping|blue helmets?|(?:military\s+)?observers?|monitors?)"
                           r"(?![\w])")
#: a demonym made an adjective of agency: "Russian-brokered", "Iranian-backed", "US-led"
_BROKERED = re.compile(r"[-–](?:brokered|backed|mediated|led|made|sponsored|supplied|built|"
                       r"trained|funded|supported|allied)(?![\w])")
#: "a ceasefire brokered by Russia": the broker, no party
_BROKER_BEFORE = re.compile(r"(?<![\w])(?:brokered|mediated|hosted)\s+by\s+(?:the\s+)?$")

#: attackers that are no state's forces: "armed bandits opened fire on their patrol near
#: Mirjaveh, close to the border with Pakistan" is no clash with Pakistan
_NO_STATE_AGENT = re.compile(r"(?i)(?<![\w-])(?:bandits|smugglers?|gunm[ae]n|traffickers|"
                             r"poachers|armed men|masked men|unknown men|assailants|"
                             r"unidentified (?:men|attackers|gunmen|assailants|persons|people|"
                             r"individuals)|(?:armed|unknown|masked) attackers)(?![\w-])")


#: a hostile deed and its agent: "a violation of its airspace by Iran", "attacks by
#: Azerbaijani forces" (what "by" follows: the deed, then up to eight words or a quote)
_DEED_BY = re.compile(r"(?i:violations?|attacks?|strikes?|shelling|aggression|incursions?|"
                      r"provocations?|bombardment|raids?)(?:[^.;,]{0,50}?)[\"”’']?\s+by\s+"
                      r"(?:the\s+)?$")


#: what opens a clause of the event a main clause's speaker reacts to
_AFTER_WHAT = re.compile(r"(?<![\w])(?:after|following)\s+(?!(?:\w+\s+){0,2}(?:days?|"
                         r"hours?|nights?|weeks?|months?|years?)\b)")
#: what a state that judges an event from outside does to it, the event its object:
#: "condemned the shelling of Sotk", "strongly denounced the attack" (not "protested":
#: the state hit protests)
_JUDGES = re.compile(r"\s+(?:(?i:strongly|sharply|firmly|also|has|have|had)\s+){0,2}"
                     r"(?i:condemn(?:s|ed)?|denounc(?:es|ed)|deplor(?:es|ed)|decri(?:es|ed)|"
                     r"criticised|criticized|criticises|criticizes)\s+(?:the|an?|this|that|"
                     r"last\s+\w+['’]s|\w+['’]s)?\s*(?:[\w-]+\s+){0,3}?$")
#: actors that speak, not fight
_REACTING_KINDS = frozenset({"official", "ministry", "government"})


#: families of events where the state whose people or arms are fired at is a party
_AIMED_AT = frozenset({"violent", "disrupted"})
#: families of events where the state something is handed to is a party
_HANDED_TO = frozenset({"exchange", "transfer"})
_TO_BEFORE = re.compile(r"(?<![\w])to\s+(?:the\s+)?$")


#: a clause opened by a participle that tells the event: ", bombing a market"
_PARTICIPLE_OPENS = re.compile(r"\s*[a-z]+ing\b")


#: what an attack hits that is a state's forces or land, not people who are no side:
#: "attacked a border post", "opened fire on a police van", "killed two soldiers", "an
#: attack on Kyrgyz territory"
_FORCES_HIT = re.compile(r"(?i)(?<![\w-])(?:positions?|posts?|outposts?|checkpoints?|"
                         r"check-?posts?|troops|soldiers?|servicem[ae]n|units?|patrols?|"
                         r"police|policem[ae]n|officers?|border guards?|guards?|convoys?|"
                         r"bases?|army|military|security forces|forces|personnel|levies|"
                         r"sentr(?:y|ies)|garrisons?|territor(?:y|ies)|soil|airspace|"
                         r"sovereignty)(?![\w-])")
#: people who are no side, and what is theirs, as an attack named as a noun hits them:
#: "an attack on ethnic Azerbaijani farmers"
_CIVILIANS_HIT = re.compile(r"(?i)(?<![\w-])(?:civilians?|farmers?|shepherds?|herders?|"
                            r"villagers?|residents?|fishermen|workers?|labou?rers?|tourists?|"
                            r"pilgrims?|worshipp?ers|passengers?|famil(?:y|ies)|children|"
                            r"women|people|students|schoolchildren|cars?|trucks?|lorr(?:y|ies)|"
                            r"vehicles?|bus(?:es)?|minibus(?:es)?|taxis?|tractors?|"
                            r"ambulances?|houses?|homes?|schools?|hospitals?|markets?|"
                            r"mosques?|churches?|shops?)(?![\w-])")
#: the preposition an attack's object follows: "opened fire on a car"
_OBJECT_OPENS = re.compile(r"\s*(?:(?i:on|at|upon|against|into)\s+(?!(?:Mon|Tues|Wednes|"
                           r"Thurs|Fri|Satur|Sun)day))?")
#: where an attack's object ends: its place, its time, another clause
_OBJECT_ENDS = re.compile(r"[,;:.()]|(?<![\w-])(?:(?i:near|in|at|inside|outside|close|along|across|"
                          r"on|late|early|last|this|yesterday|overnight|during|while|after|"
                          r"before|when|as|killing|wounding|injuring|leaving|from|with)"
                          r"(?![\w-]))")
#: an attack named as a noun, its attackers unknown: "an attack on ethnic Azerbaijani
#: farmers"
_AN_ATTACK = re.compile(r"(?<![\w])(?i:an|the|a|another|this|that)\s+(?:[a-z-]+\s+)?$")


#: an attack named as a noun and its place and time, no "on" or "by" after it: "The
#: attack at Baisaran meadow near Pahalgam on April 22 was …"
_NAMELESS_TOLD_AFTER = re.compile(r"\s+(?i:at|in|near|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|"
                                  r"Satur|Sun)day|on\s+(?:\w+\s+)?\d)(?![\w])")
#: whom an attack hit, told by what it was the worst of: "was the deadliest on civilians",
#: "the worst attack on tourists"
_HIT_MOST = re.compile(r"(?<![\w])(?i:was|is|became|remains)\s+(?i:the)\s+(?i:deadliest|"
                       r"worst|bloodiest|most\s+(?:deadly|lethal))\s+(?:(?i:attack|assault|"
                       r"massacre)\s+)?(?i:on|against)\s+(?P<hit>(?:[\w-]+\s+){0,2}?[\w-]+)"
                       r"(?![\w-])")


def _attack_object(text: str, clause: tuple[int, int], event: EventCue,
                   places: list[int]) -> str:
    """Whom an attack hits, as the words say: the subject of a passive cue ("A shepherd
    was killed by unknown gunmen"), else the object after the cue ("opened fire on a
    minibus near Sadakhlo": "a minibus"); "" when neither is told, or when it is a place
    (``places``: where the sentence's place names start; "this attack on Bunagana")."""
    if re.search(r"(?i)\sby\s", text[event.start:event.end]):
        at, end = clause[0], event.start
    else:
        at = _OBJECT_OPENS.match(text, event.end, clause[1]).end()
        ends = _OBJECT_ENDS.search(text, at, clause[1])
        end = ends.start() if ends else clause[1]
    if any(at <= p < end for p in places):
        return ""
    return text[at:end].strip()


def _no_state_attack(text: str, s: Sentence, event: EventCue,
                     actors: tuple[ActorMention, ...], places: list[int]
                     ) -> tuple[EventCue, bool, bool]:
    """(the event as typed by whom it hits, whether it is an attack on people who are no
    side by attackers of no state or of none named, whether one on a state's forces by
    attackers of no state).

    Attackers of no state (gunmen, armed men) before the cue or after its "by", or none
    for an attack named as a noun ("an attack on farmers"), that hit a state's forces or
    posts ("Unknown gunmen attacked a border post") fight a battle; that hit anyone or
    anything else ("opened fire on a minibus", "killed four labourers", "beat and robbed
    three farmers") commit violence against civilians. An attack whose object is not told
    keeps the cue's type."""
    if event.sub_event_type not in ("Attack", "Armed clash"):
        return event, False, False
    clause = clause_around(text, s.start, s.end, event.start)
    cue = text[event.start:event.end]
    # a state's force the cue names as the doer ("Iranian border guards killed two
    # smugglers", "… were shot dead by Turkish border guards"): the smugglers are whom
    # it hit, not attackers of no state
    by = re.search(r"(?i)\sby\s", cue)
    done_by_state = any(a.country_code and a.kind == "military" and (
        a.start <= event.start < a.end or (by is not None and event.start + by.end() <= a.start
                                           < event.end)) for a in actors)
    agent = not done_by_state and _NO_STATE_AGENT.search(text, clause[0], event.end) is not None
    # an armed group of no state, with no state's force beside it, firing on people who
    # are no side: "Taliban fighters fired on civilians near Spin Boldak, Pakistan's
    # foreign office said" (not "The Rwandan army and its M23 puppets bombed civilians")
    group = not agent and any(clause[0] <= a.start < event.start and a.kind == "military"
                              and not a.country_code for a in actors) and not any(
        clause[0] <= a.start < event.start and a.country_code and a.kind in _AGENT_KINDS
        and a.kind not in _REACTING_KINDS for a in actors)
    agent = agent or group
    # (a state or its forces named before it may be its agent, or deny being one: "Armenia
    # denied any involvement in the attack on an Azerbaijani truck"; a ministry only speaks)
    nameless = not agent and cue[:6].lower() == "attack" and not any(
        clause[0] <= a.start < event.start and a.kind in _AGENT_KINDS
        and a.kind not in _REACTING_KINDS for a in actors) and \
        _AN_ATTACK.search(text, max(clause[0], event.start - 30), event.start) is not None \
        and text.startswith(" on ", event.end) \
        and not re.search(r"\sby\s", text[event.end:clause[1]])   # "… by Azerbaijani forces"
    told_after = None if agent or nameless else _NAMELESS_TOLD_AFTER.match(text, event.end)
    told = None if told_after is None else _HIT_MOST.search(text, told_after.end(), clause[1])
    if told is not None and _AN_ATTACK.search(text, max(clause[0], event.start - 30),
                                              event.start) and cue[:6].lower() == "attack" \
            and not any(clause[0] <= a.start < clause[1] and a.kind in _AGENT_KINDS
                        and a.kind not in _REACTING_KINDS for a in actors):
        # "The attack at Baisaran meadow near Pahalgam … was the deadliest on civilians":
        # whom it hit is told by what it was the worst of
        nameless = True
    if not agent and not nameless:
        return event, False, False
    hit = told.group("hit") if told is not None else _attack_object(text, clause, event, places)
    if nameless and not _CIVILIANS_HIT.search(hit):
        return event, False, False      # "this attack on Bunagana": whom it hit is untold
    if group and not _CIVILIANS_HIT.search(hit or cue):
        return event, False, False      # (the cue may name them: "fired on civilians")
    if not hit:
        return event, event.event_type == "Violence against civilians", False
    if _FORCES_HIT.search(hit):
        if event.event_type == "Violence against civilians":
            event = replace(event, event_type="Battles", sub_event_type="Armed clash")
        return event, False, agent
    if event.event_type != "Violence against civilians":
        event = replace(event, event_type="Violence against civilians", sub_event_type="Attack")
    return event, True, False


#: what names the sides of a fight after its cue: "fighting between the ELN and …",
#: "clashed with FARC dissidents"
_SIDES_NAMED = re.compile(r"\s+(?P<how>(?i:between|with|against))\s+")
_AND = re.compile(r"\s+(?i:and)\s+")


def _between_armed_groups(text: str, s: Sentence, event: EventCue,
                          actors: tuple[ActorMention, ...]) -> bool:
    """Whether a fight's two sides are armed groups of no state, no state's forces among
    them: "fighting between the ELN guerrilla group and a dissident faction of the former
    FARC", "ELN guerrillas clashed with FARC dissidents in Tibu" (not "clashes between
    Colombian troops and ELN guerrillas", a state's fight)."""
    if event.event_type != "Battles":
        return False
    named = _SIDES_NAMED.match(text, event.end)
    if named is None:
        return False
    clause = clause_around(text, s.start, s.end, event.start)
    after = [a for a in actors if named.end() <= a.start < clause[1]]
    if named.group("how").lower() == "between":
        sides = after[:2]
        if len(sides) == 2 and not _AND.search(text, sides[0].end, sides[1].start):
            return False
    else:
        sides = [a for a in actors if clause[0] <= a.start < event.start][-1:] + after[:1]
    return len(sides) == 2 and sides[0].name != sides[1].name and all(
        a.kind == "military" and not a.country_code for a in sides)


def _event_actors(text: str, s: Sentence, event: EventCue, actors: tuple[ActorMention, ...],
                  claim: ClaimCue | None, masked: list, owner_hint: str) -> tuple[str, ...]:
    """Countries taking part in the event the sentence reports."""
    quotes = quote_spans(text, s.start, s.end)
    if event.diplomatic:
        scope = (s.start, s.end)
        kinds = _PARTICIPANT_KINDS
    else:
        scope = clause_around(text, s.start, s.end, event.start)
        kinds = _AGENT_KINDS
        if scope[0] > s.start and _PARTICIPLE_OPENS.match(text, scope[0]) \
                and text[scope[0]:event.start].strip() == "":
            # "Pakistani aircraft had violated Afghan airspace, bombing a location in
            # Kabul": a participle's subject is the clause's before it
            scope = (clause_around(text, s.start, s.end, scope[0] - 2)[0], scope[1])
    borders = border_phrases(text, s.start, s.end, actors, owner_hint)
    # "Iran's spokesman called for restraint after Azerbaijan said Armenian forces had
    # fired": who reacts to the event told after "after" is no side of it
    reacted = None if event.diplomatic else next(
        (m.start() for m in reversed(list(_AFTER_WHAT.finditer(text, scope[0], event.start)))),
        None)
    codes: list[str] = []
    for a in actors:
        if not (scope[0] <= a.start < scope[1]) or a.kind not in kinds:
            continue
        if reacted is not None and a.start < reacted and a.kind in _REACTING_KINDS:
            continue
        if a.kind in _PARTICIPANT_KINDS and a.end <= event.start and \
                _JUDGES.match(text, a.end, event.start):
            continue                        # "Georgia condemned the shelling of Sotk by
                                            # Azerbaijani forces": a judge, no side
        if inside(a.start, masked) or any(b0 <= a.start < b1 for (b0, b1), _ in borders):
            continue
        if _BROKERED.match(text, a.end) or _BROKER_BEFORE.search(text, max(0, a.start - 20),
                                                                 a.start):
            continue                        # "a Russian-brokered ceasefire": no party
        if event.diplomatic and (inside(a.start, quotes) or after_locative(text, a.start)
                                 or text[a.end:a.end + 1] in ("-", "–")
                                 or (a.kind == "state" and qualifies_a_place(text, a.start))):
            continue
        if claim is not None and not event.diplomatic and (
                a.start == claim.speaker_at
                or (claim.speaker_at < 0 and a.name == claim.claimant)):
            continue                        # the speaker, counted below only if a party
                                            # (not "Kyrgyz" beside "Kyrgyzstan's ministry")
        if fled_into(text, a.start, a.end):
            continue                        # "fled across the border into Uganda"
        if event.family not in _AIMED_AT and after_locative(text, a.start) and not (
                event.family in _HANDED_TO and _TO_BEFORE.search(text, max(0, a.start - 8),
                                                                 a.start)):
            continue                        # (but "handed over four villages … to
                                            # Azerbaijan", "returned to Armenia": a party;
                                            # "fired at Pakistani drones": whose they were)
        codes.append(a.country_code)
    if event.violent:
        # "armed men fired on a boat … near the border with Venezuela, the Guyana Defence
        # Force said": attackers of no state leave only the near side
        near = {owner_hint, claim.country if claim else ""} - {""} \
            if _NO_STATE_AGENT.search(text, *scope) else None
        # "Congolese troops and M23 rebels clashed near Bunagana, on the border with
        # Uganda": the other side is the armed group named, the border's only where
        near = near if near is not None or not any(
            scope[0] <= a.start < scope[1] and not a.country_code and a.kind == "military"
            for a in actors) else {owner_hint} - {""}
        for _, pair in borders:
            if len(pair) == 2:          # "the border with Azerbaijan", near side unknown:
                codes.extend(c for c in pair if near is None or c in near)
    # a defence ministry speaks for its forces, unless they watch the ceasefire ("Russian
    # peacekeepers registered a violation …, the Russian Defence Ministry said")
    monitors = {a.country_code for a in actors if a.kind == "monitor"
                and s.start <= a.start < s.end}     # in any clause: "In the area of the
                                                    # Russian peacekeepers, one violation …"
    if event.violent:
        # "condemned an 'unprovoked violation of its airspace' by Iran, saying that two
        # children were killed": the agent of the deed, in a clause of its own
        codes.extend(a.country_code for a in actors if s.start <= a.start < s.end
                     and a.kind in _AGENT_KINDS and not inside(a.start, masked)
                     and _DEED_BY.search(text, max(s.start, a.start - 70), a.start))
    # (a third state's defence ministry telling of fighting whose two sides are named
    # is none of them: "Turkey's defence ministry said Armenian forces shelled
    # Azerbaijani positions")
    if claim is not None and not event.diplomatic and (
            (claim.party and claim.country not in monitors
             and len(set(codes) - {claim.country, ""}) < 2)
            or (claim.stance == "denies" and (event.violent or event.family == "arrests"))
            # whose people a mine hit: the reporter's; a ceasefire: its speaker's
            or event.family in ("landmine", "agreement")):
        codes.append(claim.country)
    return tuple(sorted(set(c for c in codes if c)))


def _families(hits, hit_ends: list[int], s: Sentence) -> frozenset[str] | None:
    """Event kinds and cue families whose stems occur in sentence ``s`` (None: unknown)."""
    if hits is None:
        return None
    return families_in(hits[bisect_left(hit_ends, s.start):bisect_left(hit_ends, s.end)])


def sentence_facts(article: Article, sentences: tuple[Sentence, ...],
                   resolutions: tuple[Resolution, ...], actors: tuple[ActorMention, ...],
                   dateline: list[tuple[int, int]], filed: DateRef | None
                   ) -> tuple[SentenceFacts, ...]:
    """Step 1: the facts of every sentence, in order (``resolutions`` and ``actors`` in
    text order; ``dateline`` the article's ``dateline_spans``, ``filed`` the day it
    gives, ``_filed_on``)."""
    text = article.text
    report_nouns = cue_patterns()["report_nouns"]
    hits = cue_hits(text) if len(text.lower()) == len(text) else None
    hit_ends = [h[0] for h in hits] if hits is not None else []
    actor_starts = [a.start for a in actors]
    resolution_starts = [r.mention.start for r in resolutions]     # sorted, as actors
    # "Monday" and "yesterday" are read against the day the report was filed, which a
    # dateline may give ("TEHRAN, October 17 -") when the listing's date is later
    published = _written_on(article, filed)
    facts = []
    day_line: DateRef | None = None         # a live blog's "September 13, 2022" line
    #: claimant → (sentence index, date) of their last dated sentence
    spoke_on: dict[str, tuple[int, DateRef]] = {}
    #: ... and of their last sentence naming a day an undated article leaves unknown
    spoke_on_unknown: dict[str, tuple[int, DateRef]] = {}
    #: the last calendar date the article gave ("On Monday, June 10, …")
    calendar_day: dt.date | None = None
    #: (index, day) of a short sentence that only sets a day: "Then came September 13, 2022."
    scene: tuple[int, DateRef] | None = None
    questioned_from = -1        # where a transcript's first question line starts
    last_question = -1          # the index of its last question's sentence
    briefing_voice: ActorMention | None = None
    for s in sentences:
        if _DATE_LINE.fullmatch(s.text.strip()):
            day_line = best_date(find_dates(text, s.start, s.end, published),
                                 s.start) or day_line
        # "Question (Tasnim): Azerbaijani media say … shelled …": what a journalist asks
        # claims nothing; only the answer may, and the event asked of is one only then
        asked = bool(_ASKED.match(text, text.rfind("\n", 0, s.start) + 1))
        # a dateline is where and when the report was filed: its day is the event's only
        # if the sentence gives none of its own, and never a count of the dead
        body = max((d[1] for d in dateline if s.start <= d[0] < s.end), default=s.start)
        families = _families(hits, hit_ends, s)
        event_kinds = None if families is None else frozenset(
            int(f[6:]) for f in families if f.startswith("event:"))
        quotes = quote_spans(text, s.start, s.end)
        asides = aside_spans(text, s.start, s.end)
        event = find_event(text, s.start, s.end, asides, event_kinds) \
            if event_kinds is None or event_kinds else None
        in_s = actors[bisect_left(actor_starts, s.start):bisect_left(actor_starts, s.end)]
        sideless = on_forces = False
        if event is not None:
            event, sideless, on_forces = _no_state_attack(
                text, s, event, in_s, resolution_starts[
                    bisect_left(resolution_starts, s.start):
                    bisect_left(resolution_starts, s.end)])
        if event is not None and not sideless and _between_armed_groups(text, s, event, in_s):
            sideless = True             # "fighting between the ELN and FARC dissidents":
                                        # no state's side, as gunmen's attack has none
        agents0: tuple[str, ...] = ()
        if event is not None:
            agents0 = _event_actors(text, s, event, in_s, None, asides, "")
        claim = None
        # a question may tell what another state said ("Question: On Saturday, Pakistan
        # said Iranian border guards fired at …"): that state's claim, as an article's would
        # be (not what it asks, "Did Pakistan say …?", nor what media reported: the media
        # carry it themselves)
        if (not asked or not s.text.rstrip().endswith("?")) and (
                families is None or families & CLAIM_FAMILIES):
            claim = find_claim(text, s.start, s.end, in_s, quotes, asides, event, agents0,
                               families)
            if asked and claim is not None and claim.kind not in _QUESTION_VOICES:
                claim = None
        if claim is None and not asked and facts and facts[-1].claim is not None and (
                families is None or "denial_qualifiers" in families):
            claim = _denial_going_on(text, s, event, in_s, facts[-1].claim, families)
        line = text.rfind("\n", 0, s.start) + 1
        if asked and not (facts and facts[-1].asked):
            last_question = s.index         # (the first sentence of the question)
            if questioned_from < 0:
                questioned_from = line
        if questioned_from < 0:
            # the voice of a transcript, named before its first question: "Transcript of
            # the weekly briefing of the Foreign Ministry spokesperson." (an office before
            # a state: "… spokesperson of the Ministry of Foreign Affairs of Armenia")
            voices = [a for a in in_s if a.kind in _STATE_VOICES and a.country_code]
            briefing_voice = min(voices + ([briefing_voice] if briefing_voice else []),
                                 key=lambda a: (a.kind not in _OFFICES, a.start),
                                 default=None)
        voice = _answering_voice(text, line, briefing_voice, actors, questioned_from) \
            if not asked and questioned_from >= 0 else None
        if voice is not None and (claim is None or (
                claim.stance == "denies" and claim.country != voice.country_code
                and not cue_patterns()["denial_verbs"].match(text, claim.cue_start))):
            # "Answer: On Monday, Azerbaijani forces fired at …": the answer's words are
            # the answering voice's, as a quoted statement's are its speaker's; so is the
            # denial of what it says the other side claims ("A: Baku claims that our
            # soldiers shelled its positions, but this is simply not true"; not "Armenia's
            # Defence Ministry has already refuted this report": its denial); "No." and
            # "This is not true." deny what the question told
            claim = _voice_claim(text, s, event, families, voice)
            if event is None and _ANSWER_DENIES.match(text, max(s.start, _ANSWERED.match(
                    text, line).end())):
                claim = replace(claim, stance="denies", anaphoric=True)
        if claim is None and not asked and facts and facts[-1].claim is not None and \
                _SAID_INSTEAD.match(s.text):
            # "…, and said instead that Azerbaijani units had fired at an Armenian post":
            # the speaker of the statement before, now with a version of its own
            claim = replace(facts[-1].claim, stance="asserts", cue_start=s.start,
                            anaphoric=False, speaker_at=-1)
        author = statement_author(text, s.start, actors) if claim is None and not asked \
            and questioned_from < 0 else None
        if author is not None and ((event is not None and not inside(event.start, quotes))
                                   or stance_of(text, s.start, s.end, event,
                                                families)[0] == "denies"):
            # "Ministry of Defence of Azerbaijan – Information" heads the text: what it
            # tells in its own words, that ministry says
            claim = _voice_claim(text, s, event, families, author)
        if claim is None and not asked and facts and facts[-1].claim is not None:
            claim = _spokesperson_of(text, s, event, in_s, facts[-1].claim, families)
        date = said_day = after_it = None
        since_day = None
        sides_before: tuple[str, ...] = ()     # the sides of the event a later one follows
        sides_then: tuple[str, ...] = ()       # ... and those of the one an earlier one
                                               # precedes, for one naming no side
        # a live blog's entries count "on Thursday night" from the day their "Friday, 9
        # May 2025" line heads, not from the day the blog was last updated
        counted_from = day_line.value if day_line is not None and day_line.value \
            and _is_calendar_day(day_line) else published
        if event is not None or claim is not None:
            anchor = event.start if event is not None else s.start
            # not a relative clause's date: "in the Kheyrimli village, which was returned
            # to Azerbaijan in May"
            found = tuple(d for d in find_dates(text, body, s.end, counted_from)
                          if not inside(d.start, asides))
            date, told = _event_date(text, found, anchor, event)
            since_day = date if _runs_from(text, found, date) else None
            said_day = date if told else None
            date = date or best_date(find_dates(text, s.start, body, published), anchor)
            if date is None and day_line is not None and _TIMESTAMP.match(s.text):
                date = day_line             # "00:40 — Armenia's Ministry of Defence says …"
            if date is None and event is not None and scene is not None and \
                    scene[0] == s.index - 1:
                date = scene[1]             # "Then came September 13, 2022. Over two days …"
            if date is None and event is not None and claim is None and filed is not None \
                    and s.index and \
                    any(d[0] <= sentences[s.index - 1].start < d[1]
                        and not text[d[1]:sentences[s.index - 1].end].strip(" .,-—–")
                        for d in dateline) \
                    and not facts[-1].event and not facts[-1].claim:
                # "Rawalpindi, 10 May 2025" on a line of its own, then "Pakistani missiles
                # struck …": the dateline's day, as when it opens the sentence
                date = filed
            before = _DAY_BEFORE.search(text, s.start, s.end) if event is not None else None
            after_it = _CAME_DAYS_AFTER.search(text, s.start, event.start) \
                if event is not None and before is None else None
            if after_it is not None:
                # "Velayati's remarks came a day after the leaders … met Trump in
                # Washington": the event told after it, that many days before the day of
                # what came after (the sentence's, else the report's)
                base = date.value if date is not None and date.precision == "day" \
                    else published
                if base is not None:
                    days = number_tables()[0].get(after_it.group("n").lower(), 1)
                    date = DateRef(base - dt.timedelta(days=days), "day", after_it.group())
            if before is not None:
                # "Armenia on February 14 mourned four soldiers killed the previous day"
                base = date.value if date is not None and date.precision == "day" \
                    else published
                if base is not None:
                    date = DateRef(base - dt.timedelta(days=1), "day", before.group())
            date = _in_the_week_told(date, calendar_day)
            date = _after_what_came_before(date, s.text, facts)
            date = _in_the_year_before(date, s.text, facts[-1] if facts else None)
            date = _in_the_year_told(date, s.text, calendar_day)
            if _is_calendar_day(date):
                calendar_day = date.value
            later = _DAYS_LATER.search(text, s.start, s.end) \
                if date is None and event is not None else None
            earlier = _DAYS_EARLIER.search(text, s.start, s.end) \
                if event is not None and later is None else None
            # the last event told with a date: what "a day earlier / later" counts from
            last_dated = next((f for f in reversed(facts) if f.event is not None
                               and f.date is not None), None) \
                if later is not None or earlier is not None else None
            if earlier is not None and _SAID_ON.search(text, max(0, earlier.start() - 30),
                                                       earlier.start()):
                earlier = None          # "the ministry had said a day earlier that …"
            if earlier is not None and claim is not None and claim.stance == "denies" and \
                    _negated(text, s.start, event):
                # "… dismissed the claim, saying its troops had not opened fire a day
                # earlier": the event denied is the one told, a day before the saying
                base = said_day.value if _is_day(said_day) else published
                if date is None and base is not None:
                    date = DateRef(base - dt.timedelta(days=_days_back(earlier)), "day",
                                   earlier.group())
                earlier = None
            if earlier is not None and date is not None:
                # "A day earlier, on Tuesday, the same positions had come under fire": an
                # event of its own day before the one told, between the same sides
                event = replace(event, new=True)
                sides_then = last_dated.actors if last_dated is not None else ()
                earlier = None
            previous = last_dated.date if last_dated is not None and (
                later is not None or earlier is not None) else None
            if earlier is not None and previous is not None and previous.precision == "day":
                # "Armenia denied any involvement in the attack on an Azerbaijani truck on
                # the Gazakh road a day earlier": another event, the day before the last one
                # ("A week earlier, Armenian units had shelled …"; "Earlier that day, …")
                date = DateRef(previous.value - dt.timedelta(days=_days_back(earlier)), "day",
                               earlier.group())
                event = replace(event, new=True)
                sides_then = last_dated.actors
            elif previous is not None and previous.precision == "day":
                # "A day later, a drone attack near Sotk …": the day after the last one;
                # "Later on the same evening, … fired on positions near Yukhari Askipara"
                days = 0 if later.group("same") else \
                    number_tables()[0].get((later.group("n") or "one").lower(), 1)
                date = DateRef(previous.value + dt.timedelta(days=days), "day", later.group())
                event = replace(event, new=True)
                sides_before = last_dated.actors
            if claim is not None and date is not None and date.precision == "day":
                # (a day: "said the island has been Venezuelan since 1966" tells no day
                # the speaker spoke on)
                spoke_on[claim.claimant] = (s.index, date)
            elif date is None and event is not None and not event.new and \
                    claim is not None and s.index - spoke_on.get(claim.claimant, (-9,))[0] <= 2:
                # "Khamenei told Erdogan on Tuesday that … ' …,' Khamenei told Erdogan
                # during a meeting in Tehran": the day the speaker spoke, just before
                # (of no event of its own)
                date = spoke_on[claim.claimant][1]
        unknown_day, unknown_told = None, False
        if date is None and (event is not None or claim is not None) and counted_from is None:
            # "Iran's army began drills on Monday" in an article with no publication date
            # nor dateline: a day is named, only which one is unknown (and, as with dates,
            # the day its speaker spoke on just before)
            unknown_day, unknown_told = _event_date(text, tuple(
                d for d in find_dates(text, body, s.end, None, unresolved=True)
                if not inside(d.start, asides)), event.start if event else s.start, event)
            if claim is not None and unknown_day is not None and unknown_day.precision == "day":
                spoke_on_unknown[claim.claimant] = (s.index, unknown_day)
            elif unknown_day is None and event is not None and not event.new and \
                    claim is not None and \
                    s.index - spoke_on_unknown.get(claim.claimant, (-9,))[0] <= 2:
                unknown_day = spoke_on_unknown[claim.claimant][1]
        if event is None and claim is None and len(s.text.split()) <= _SCENE_WORDS and \
                not any(d[0] <= s.start < d[1] for d in dateline):
            # (not a dateline on a line of its own, "Baku, October 3, AZERTAC": the day
            # the report was filed)
            day = best_date(find_dates(text, s.start, s.end, published), s.start)
            if _is_calendar_day(day):
                scene = (s.index, day)
        # the near side of "the border with X": the one side acting, else the claimant
        owner = agents0[0] if len(agents0) == 1 else (claim.country if claim else "")
        actors_here = _event_actors(text, s, event, in_s, claim, asides, owner) \
            if event is not None else ()
        if event is not None and after_it is not None:
            # "Velayati's remarks came a day after the leaders … met": whose remarks they
            # were is no party to what came before them
            actors_here = _event_actors(text, s, event, tuple(
                a for a in in_s if a.start >= after_it.end()), claim, asides, owner)
        enemy = _adversary(claim.country, actors) if claim is not None and \
            event is not None and event.violent and _THE_ENEMY.search(text, s.start, s.end) \
            else ""
        if enemy:
            # "The adversary opened fire …, the Ministry of Defense of Armenia said"
            actors_here = tuple(sorted({*actors_here, claim.country, enemy}))
        masked = [d for d in dateline if d[0] < s.end] + asides
        where = _statement_span(text, s, claim.cue_start if claim is not None else None)
        in_r = resolutions[bisect_left(resolution_starts, where[0]):
                           bisect_left(resolution_starts, where[1])]
        harm_only = event is None and claim is None and tells_of_harm(text, s.start, s.end)
        if harm_only:
            # "Two civilians were killed and five injured in Athmuqam on Wednesday
            # evening": where and when its dead were
            date = best_date(tuple(d for d in find_dates(text, body, s.end, counted_from)
                                   if not inside(d.start, asides)), s.start)
        if event is not None or claim is not None or _TAKES_UP.match(s.text) or harm_only:
            locations = find_locations(text, *where, in_r, in_s, masked, owner,
                                       venue_only=event is not None and event.diplomatic)
        else:       # "Footage of the strike, geolocated to 40.2031, 45.9412, shows …"
            locations = tuple(Location("at", place=r.place) for r in in_r
                              if r.place is not None and r.place.source == COORDINATES_SOURCE)
        if harm_only:
            # only the places the dead were counted at: "killed … in Athmuqam", "In
            # Kurram, 25 were killed" (not "one was later moved to Khujand")
            counted_at = {r.place.id for r in in_r if r.place is not None
                          and (_OPENS_AT.fullmatch(text, s.start, r.mention.start)
                               or harmed_at(text, s.start, r.mention.start)
                               or its_people_harmed(text, r.mention.start, r.mention.end))}
            locations = tuple(loc for loc in locations
                              if loc.place is None or loc.place.id in counted_at)
        if event is not None and not event.diplomatic and (
                _SAME_PLACE.search(s.text) if not event.violent
                else (sides_then or sides_before) and _SAME_POSITIONS.search(s.text)) and \
                not any(_is_local(loc) for loc in locations):
            # "three students had been detained at the same checkpoint": the place told
            # last, not "civilians from Nagorno-Karabakh"; "A day earlier, the same
            # positions had come under fire": where the fire told last was (of fire told
            # a day before or after it only: "In September 2022, fighting in the same area"
            # is no fire at the last place told)
            locations = next((f.locations for f in reversed(facts) if f.event is not None
                              and any(_is_local(loc) for loc in f.locations)), locations)
        if event is not None and event.diplomatic and len(actors_here) < 2 and \
                _BOTH_SIDES.search(text, s.start, s.end):
            # "The foreign ministers of the two countries spoke by telephone": the two
            # states the sentence names, else the sides of the article's last two-sided
            # event
            named = {a.country_code for a in in_s if a.country_code
                     and a.kind in _PARTICIPANT_KINDS | {"demonym"}}
            actors_here = tuple(sorted(named)) if len(named) == 2 else next(
                (f.actors for f in reversed(facts) if len(f.actors) == 2), actors_here)
        if event is not None and event.diplomatic and event.sub_event_type != "call" and \
                all(loc.relation == "country" for loc in locations):
            # "WASHINGTON, Aug 8 - The leaders … signed a joint declaration at the White
            # House": a meeting told in the lead, at no place it names, is where it was filed
            locations = _dateline_venue(text, resolutions, dateline, s) or locations
        if event is not None and event.violent and not locations and facts and \
                facts[-1].event is None and facts[-1].locations and \
                _INCIDENT_AT.search(facts[-1].sentence.text):
            # "A border incident took place near Kok-Tash …. According to the service,
            # Tajik servicemen opened fire …": the incident's place
            locations = facts[-1].locations
        if event is not None and event.family in _AIMED_AT and len(actors_here) == 1:
            # "Azerbaijani forces shelled Tegh", "fire from Armenian positions toward
            # Sadarak": the side whose town was hit is a side; "fired at Pakistani drones
            # over Jammu": the side that fired
            hit = _countries_hit(locations, areas=True, toward=True)
            if len(hit) == 1 and not hit & set(actors_here):
                actors_here = tuple(sorted({*actors_here, *hit}))
        # "one Tanzanian peacekeeper was wounded": a UN contingent's people, no side's;
        # nor "a Reuters cameraman", "Christina Assi, 28, of AFP": an agency's staff
        nations = tuple((a.start, a.end, a.country_code) for a in in_s
                        if not _PEACEKEEPERS.match(text, a.end)
                        and a.kind not in ("agency", "monitor"))
        if claim is not None:           # "two of its servicemen", said the claimant
            nations += tuple((m.start(), m.end(), claim.country)
                             for m in _OWN.finditer(text, s.start, s.end))
        casualties = find_casualties(text, body, earlier_event(text, body, s.end), nations) if (
            (event is not None or claim is not None or harm_only)
            and not _SUPERSEDED.match(s.text)
            # "handed over the bodies of 17 servicemen killed in the fighting": no one died
            # in the handover
            and not (event is not None and event.family == "exchange")) else Casualties()
        if claim is not None and claim.country and casualties and \
                not casualties.victims_country and _OWN_FORCES.search(text, s.start, s.end) \
                and all(a.country_code in ("", claim.country) for a in in_s):
            # "Armenian officials said 49 servicemen were killed": a state's own dead
            casualties = replace(casualties, victims_country=claim.country)
        if event is not None and event.violent and casualties.victims_country:
            # "Armenia said 49 of its soldiers were killed when Azerbaijani forces
            # shelled …": the side whose people were hit is one of the event's
            actors_here = tuple(sorted({*actors_here, casualties.victims_country}))
        if event is not None and not actors_here and (
                (event.violent and casualties) or ((date or unknown_day) is not None
                                                    and _from_afar(event, sideless))):
            # "Eleven police officers were killed in an attack on the police headquarters
            # in Zahedan, Iran's deputy interior minister said": a state's word on its
            # people hit at home, no side named (bandits, militants) but its own; so a
            # shell or a drone that came over its land ("a shell struck a house in Sotk,
            # the village head said"; "Baku has said an unidentified drone violated its
            # airspace near Jabrayil"); "A deminer was injured in a mine explosion in
            # Gazakh district": a mine's victims are of the country it lies in
            hit = _countries_hit(locations, areas=event.family in ("landmine", "disrupted"))
            if len(hit) == 1 and (event.family == "landmine" or (
                    claim is not None and hit == {claim.country})):
                actors_here = tuple(hit)
            elif not hit and event.family == "disrupted" and claim is not None and \
                    claim.country:
                # "Lithuanian officials said radar picked up dozens of balloons on
                # Saturday night": over the land of the state that tracked them
                actors_here = (claim.country,)
        if event is not None and event.violent and not actors_here:
            actors_here = _unnamed_sides(text, s, event, locations, casualties)
        if event is not None and event.family == "protest" and not actors_here:
            # "Police detained 12 protesters in Kirants": a protest and its policing are
            # the country's where it is held
            hit = _countries_hit(locations, areas=True)
            if len(hit) == 1:
                actors_here = tuple(hit)
        if event is not None and event.violent and not actors_here and sides_then:
            # "A day earlier, on Tuesday, the same positions had come under fire": the
            # sides of the fighting told (not "an attack on a military post … two days
            # earlier", whose side is named: by others than those who struck after it)
            actors_here = sides_then
        if event is not None and event.violent and len(actors_here) < 2 and sides_before:
            # "Later on the same evening, units located in the direction of Voskepar
            # fired …": the fighting goes on between the sides of the one before
            actors_here = tuple(sorted({*actors_here, *sides_before}))
        if event is not None and not actors_here and event.family == "violent" and \
                event.sub_event_type in _PLANTED_OR_THROWN:
            sideless = True     # "An explosion hit the perimeter of the airport", "hand
                                # grenades were thrown at one of them": no side named, yet
                                # an event at its place
        if event is not None and claim is not None:
            actors_here = _with_neighbour_claimant(actors_here, event, claim, locations)
        if sideless:
            # "Gunmen opened fire on tourists near Pahalgam …, police said": attackers of
            # no state and people who are no side; the police who report it are none
            actors_here = ()
        if (sideless or on_forces) and not locations and \
                unplaced_scene(text, *where, in_r, masked):
            # "Unknown gunmen fired at a car near the village of Khurvaleti, Georgia's
            # State Security Service said": a village the gazetteer lacks, in the
            # country the text names it of ("the Georgian village of Azizkendi"), else
            # the one the sentences before put the attack in ("Baku voices concern over
            # attack on ethnic Azerbaijanis in Georgia"), else whose authorities report
            # the attack, else the dateline's
            home = _village_country(text, where, in_s) or _country_told(facts) or \
                (claim.country if claim is not None else "") or \
                _dateline_country(resolutions, dateline)
            locations = (Location("country", countries=(home,)),) if home else ()
        if on_forces and not actors_here:
            # "Unknown gunmen attacked a border post near Mirjaveh, Iran's Foreign Ministry
            # said": the side is the state whose forces were hit, where they were
            hit = _countries_hit(locations, areas=True) | {
                c for loc in locations if loc.relation == "country" for c in loc.countries}
            actors_here = tuple(hit) if len(hit) == 1 else \
                ((claim.country,) if claim is not None and claim.country else ())
        spoken_of = _places_spoken_of(text, s, in_r, in_s, masked) \
            if claim is not None and event is None else ()
        came_from = _fire_came_from(text, s, in_s, in_r) \
            if event is None or (event.violent and date is None) else ()
        accusation = _accusation_after_denial(text, s, claim, in_s) \
            if claim is not None and claim.stance == "denies" else None
        accused_at = frozenset(r.place.id for r in in_r if r.place is not None
                               and accusation is not None
                               and accusation[1] <= r.mention.start < s.end)
        facts.append(SentenceFacts(
            sentence=s, event=event, date=date, claim=claim, casualties=casualties,
            locations=locations, actors=actors_here, spoken_of=spoken_of,
            has_report_noun=(families is None or "report_nouns" in families)
            and bool(report_nouns.search(text, s.start, s.end)),
            monitored=any(a.kind == "monitor" for a in in_s),
            date_told=(date is not None and date is said_day) or (
                date is None and unknown_day is not None and unknown_told),
            sideless=sideless, unknown_day=unknown_day,
            runs_from=since_day is not None and date is since_day,
            came_from=came_from,
            accuses=accusation[0] if accusation is not None else (), accused_at=accused_at,
            asked=asked, answers=last_question if not asked and questioned_from >= 0
            and _ANSWERED.match(text, line) else -1,
            rebutted_by=rebuttal(text, s.start, s.end, in_s, claim)
            if claim is not None and claim.stance == "asserts" else None))
    return tuple(facts)


#: fire told before, taken up to say where it came from: "the shell was fired from
#: Myanmar", "he says the shell came from the Myanmar side", "they were launched from …"
_CAME_FROM = re.compile(r"(?<![\w])(?i:(?:the\s+(?:[\w-]+\s+){0,2}?(?:shells?|mortars?|"
                        r"rounds?|rockets?|missiles?|projectiles?|bullets?|shots|fire|"
                        r"drones?|bombs?)|it|they)\s+(?:(?:was|were|had\s+been|has\s+been|"
                        r"have\s+been)\s+)?(?:fired|launched|lobbed|shot|sent|flown|came|"
                        r"had\s+come|has\s+come|originated)\s+(?:in\s+)?from)(?![\w])")


def _fire_came_from(text: str, s: Sentence, in_s: tuple[ActorMention, ...],
                    in_r: tuple[Resolution, ...]) -> tuple[str, ...]:
    """The states a sentence says fire told before came from: those it names, or whose
    places it names, in the clause after "fired from" ("from the Myanmar side", "from
    Maungdaw"); none when it names more than one."""
    m = _CAME_FROM.search(text, s.start, s.end)
    if m is None:
        return ()
    clause = clause_around(text, s.start, s.end, m.end())
    origin = {a.country_code for a in in_s if m.end() <= a.start < clause[1]
              and a.kind in _AGENT_KINDS and a.country_code} | \
        {r.place.country_code for r in in_r if m.end() <= r.mention.start < clause[1]
         and r.place is not None and r.place.country_code}
    return tuple(origin) if len(origin) == 1 else ()


#: the two states an article is about, named as such: "the foreign ministers of the two
#: countries", "both sides", "the two neighbours"
_BOTH_SIDES = re.compile(r"(?<![\w])(?i:the\s+two\s+(?:countries|states|nations|sides|"
                         r"governments|neighbou?rs|capitals)|both\s+(?:countries|states|"
                         r"nations|sides|governments|capitals))(?![\w])")


#: fire said to come from a place's side: "Mortar fire from the direction of Spin Boldak"
_FROM_DIRECTION = re.compile(r"(?<![\w])(?i:from\s+(?:the\s+)?directions?\s+of)(?![\w])")
#: fire said to come from the other side of the border, no place named
_FROM_ACROSS = re.compile(rf"(?<![\w])(?i:from\s+across\s+the)\s+(?:{BORDER_WORDS})(?![\w])")
#: a year right after an event's cue: the fighting of another time ("fighting in 2021")
_OF_A_YEAR = re.compile(r"\s+(?:in|of|during)\s+(?:[\w-]+\s+)?(?:19|20)\d\d(?!\d)")


def _from_afar(event: EventCue, sideless: bool) -> bool:
    """Whether an event is something sent over from afar onto a state's land or into its
    air: a shell, a missile, a drone strike, a drone in its airspace or brought down (not
    a gunmen's attack on people who are no side, nor a bomb or a grenade set off where it
    lay or was thrown)."""
    return not sideless and (event.family == "disrupted" or (
        event.family == "violent" and event.event_type == "Explosions/Remote violence"
        and event.sub_event_type not in _PLANTED_OR_THROWN))


def _unnamed_sides(text: str, s: Sentence, event: EventCue, locations: tuple[Location, ...],
                   casualties: Casualties) -> tuple[str, ...]:
    """The sides of violence whose sentence names none: fire "from the direction of" a
    place of one state that hits a place of another (both); fire "from across the
    border" on a place (its state's, the side hit); fighting of two sides ("Border
    fighting near Kok-Tash", "33 residents of Batken region have died in the clashes")
    at a place of a state with one usual adversary (``ADVERSARIES``), said to be on the
    border or to have killed or hurt people there (the pair)."""
    hit = _countries_hit(locations)
    if _FROM_DIRECTION.search(text, s.start, s.end):
        origin = {loc.place.country_code for loc in locations if loc.place is not None
                  and loc.relation == "direction" and loc.place.country_code}
        if len(origin) == 1 and len(hit) == 1 and origin != hit:
            return tuple(sorted(origin | hit))
    if _FROM_ACROSS.search(text, s.start, s.end) and len(hit) == 1:
        return tuple(hit)
    where = _countries_hit(locations, areas=True)
    if _OF_A_YEAR.match(text, event.end):
        return ()       # "a frontier that saw deadly fighting in 2021 and 2022": history
    if len(where) == 1 and _TWO_SIDED.match(text, event.start, event.end) and (
            BORDER_WORD.search(text, s.start, s.end) or casualties):
        (here,) = where
        if here in ADVERSARIES:
            return tuple(sorted({here, ADVERSARIES[here]}))
    return ()


def _with_neighbour_claimant(actors: tuple[str, ...], event: EventCue, claim: ClaimCue,
                             locations: tuple[Location, ...]) -> tuple[str, ...]:
    """The sides of fighting one state is said to have done, with the state that says so
    when it is that state's neighbour: fire across a land border has the other side
    ("It said Indian troops had violated the ceasefire", said Pakistan; "Pakistani
    shelling had hit homes", said Afghan officials). Not a third state's word (the United
    States shares no border with India), nor a neighbour's on what was done on the
    actor's own ground ("… killed protesters in Srinagar", said Pakistan); a state's
    voice (``_STATE_VOICES``), not its forces, agency or a monitor."""
    if event.diplomatic or event.family != "violent" or len(actors) != 1 or \
            claim.stance != "asserts" or claim.kind not in _STATE_VOICES:
        return actors
    (actor,) = actors
    if not claim.country or claim.country == actor:
        return actors
    grounds = _countries_hit(locations, areas=True, toward=True) | {
        c for loc in locations if loc.relation == "country" for c in loc.countries}
    if actor in grounds and claim.country not in grounds:
        return actors
    if not shares_land_border(actor, claim.country):
        return actors
    return tuple(sorted({actor, claim.country}))


def _adversary(code: str, actors: tuple[ActorMention, ...]) -> str:
    """The state a side's "the enemy" is: its usual adversary (``ADVERSARIES``) unless the
    article names one of its others and not that one; "" when it cannot be told."""
    usual = ADVERSARIES.get(code, "")
    others = OTHER_ADVERSARIES.get(code, ())
    if not others:
        return usual
    named = {a.country_code for a in actors}
    other = [c for c in others if c in named]
    if usual in named:
        return "" if other else usual
    return other[0] if len(other) == 1 else usual


def _dateline_venue(text: str, resolutions: tuple[Resolution, ...],
                    dateline: list[tuple[int, int]], s: Sentence) -> tuple[Location, ...]:
    """The town of a wire dateline opening sentence ``s`` (in it, or right before it),
    as the place it tells of."""
    return tuple(Location("at", place=r.place) for start, end in dateline[:1]
                 if s.start <= start < s.end
                 or (end <= s.start and not text[end:s.start].strip())
                 for r in resolutions
                 if r.place is not None and r.place.kind in ("city", "town", "village")
                 and start <= r.mention.start < end)[:1]


#: a demonym naming the country of the settlement after it: "the Georgian village of
#: Azizkendi", "a Pakistani border town"
_OF_A_SETTLEMENT = re.compile(r"\s+(?:(?i:border|frontier|remote|small)\s+)?"
                              r"(?i:village|town|hamlet|settlement|city)(?![\w-])")


def _village_country(text: str, where: tuple[int, int],
                     actors: tuple[ActorMention, ...]) -> str:
    """The country a demonym says a settlement is of ("near the Georgian village of
    Azizkendi": GE), the first in ``text[where[0]:where[1]]``; "" when none does."""
    return next((a.country_code for a in actors if a.kind in ("demonym", "state")
                 and where[0] <= a.start < where[1] and a.country_code
                 and _OF_A_SETTLEMENT.match(text, a.end)), "")


def _country_told(facts: list[SentenceFacts]) -> str:
    """The one country the violence told in the last ``WINDOW`` sentences was put in, by
    name only ("an attack on ethnic Azerbaijanis in Georgia": GE), or ""."""
    for f in reversed(facts[-WINDOW:]):
        if f.event is not None and f.event.violent and f.locations:
            where = {c for loc in f.locations if loc.relation == "country"
                     for c in loc.countries}
            local = [loc for loc in f.locations if loc.relation != "country"]
            return where.pop() if len(where) == 1 and not local else ""
    return ""


def _dateline_country(resolutions: tuple[Resolution, ...],
                      dateline: list[tuple[int, int]]) -> str:
    """The country of the town a wire dateline names ("TBILISI, 18 January 2024 -": GE),
    or ""."""
    return next((r.place.country_code for start, end in dateline[:1] for r in resolutions
                 if r.place is not None and start <= r.mention.start < end
                 and r.place.country_code), "")


#: a place named by reference to the one told before: "at the same checkpoint"
_SAME_PLACE = re.compile(r"(?<![\w])(?i:at|near|in|on)\s+the\s+same\s+(?i:checkpoint|crossing|"
                         r"border crossing|bridge|village|town|post)(?![\w])")


#: the place of fire named by reference to the one told before: "the same positions had
#: come under fire"
_SAME_POSITIONS = re.compile(r"(?<![\w])(?i:the\s+same\s+(?:positions?|posts?|outposts?|"
                             r"village|town|section|sector|checkpoint|crossing))(?![\w])")


def _is_local(loc: Location) -> bool:
    """Whether a location is a place smaller than a region (a town, a checkpoint)."""
    return loc.place is not None and loc.place.kind not in ("region", "country")


def _countries_hit(locations: Iterable[Location], areas: bool = False,
                   toward: bool = False) -> set[str]:
    """The countries of the places an event was at or near (or, with ``areas``, in; with
    ``toward``, aimed at: "fire … toward Sadarak")."""
    relations = ("at", "near") + (("district",) if areas else ()) + \
        (("direction",) if toward else ())
    return {loc.place.country_code for loc in locations if loc.place is not None
            and loc.relation in relations and loc.place.country_code}


def _is_calendar_day(date: DateRef | None) -> bool:
    """Whether a date is a day the text writes out ("June 10", "13 September 2022"), not
    one it counts from another ("Monday", "yesterday")."""
    return date is not None and date.precision == "day" and any(
        c.isdigit() for c in date.surface)


#: what comes before a place a count of the dead was told at: "In …", "killed … in"
_OPENS_AT = re.compile(r"\W*(?:In|At|Near)\s+(?:the\s+)?")


def _is_day(date: DateRef | None) -> bool:
    return date is not None and date.value is not None and date.precision == "day"


def _in_the_week_told(date: DateRef | None, calendar_day: dt.date | None) -> DateRef | None:
    """A bare weekday after a calendar date the article gave is that date's week, not the
    publication's ("On Monday, June 10, … On Wednesday, …" published June 20: June 12,
    not June 19); other dates as they are."""
    if date is None or calendar_day is None or date.precision != "day" or \
            date.surface.strip().lower().rstrip("s") not in _WEEKDAY_NAMES or \
            (date.value - calendar_day).days <= 6 or \
            (date.value - calendar_day).days > _RECALLED_DAYS:
        return date         # (a date recalled months before is no week of this report)
    ahead = (date.value.weekday() - calendar_day.weekday()) % 7
    return replace(date, value=calendar_day + dt.timedelta(days=ahead))


#: a sentence telling what came after what the article told before: "Three weeks later,
#: on November 8, …"
_LATER = re.compile(r"(?<![\w])(?i:(?:\w+\s+)?(?:days?|weeks?|months?)\s+later|later)\s*,")


def _after_what_came_before(date: DateRef | None, sentence: str,
                            facts: list[SentenceFacts]) -> DateRef | None:
    """A day written without its year in a sentence that says it came later ("Three weeks
    later, on November 8") is the first such day after the last day told before it, not
    the one before the publication a year earlier; other dates as they are."""
    if date is None or date.precision != "day" or _WRITTEN_YEAR.search(date.surface) or \
            not any(c.isdigit() for c in date.surface) or not _LATER.search(sentence):
        return date
    told = [f.date.value for f in facts if _is_day(f.date)]
    if not told or date.value >= max(told):
        return date
    later = date.value
    while later < max(told):
        later = _in_year(later, later.year + 1)
    return replace(date, value=later)


#: a year that opens a time lasting until now: "repeated violence since 2021"
_SINCE_YEAR = re.compile(r"(?<![\w])(?i:since|from)\s+(?:(?:early|late|mid-?)\s*)?"
                         r"(?:the\s+)?(?:19|20)\d\d(?!\d)")


def _in_the_year_before(date: DateRef | None, sentence: str,
                        before: SentenceFacts | None) -> DateRef | None:
    """A day written without its year, in a sentence that writes none, right after a
    sentence that sets one past year is in that year ("The war of 2020 began five years
    ago. On the morning of September 27, Azerbaijani artillery struck …": 2020-09-27,
    not this September). A year a time runs from ("violence since 2021") sets none, nor
    does a sentence whose own date is of another year ("Fighting broke out again this
    week …"); other dates as they are."""
    if before is None or not _is_calendar_day(date) or _WRITTEN_YEAR.search(sentence):
        return date
    told = _SINCE_YEAR.sub("", before.sentence.text)
    years = {int(y) for y in _WRITTEN_YEAR.findall(told)}
    if len(years) != 1 or min(years) >= date.value.year or (
            before.date is not None and before.date.value is not None
            and before.date.value.year not in years):
        return date
    return replace(date, value=_in_year(date.value, min(years)))


def _in_the_year_told(date: DateRef | None, sentence: str,
                      calendar_day: dt.date | None) -> DateRef | None:
    """A day written without its year, within a month of the last day the article
    wrote out with an earlier year, is in that year ("On September 13, 2022, at 00:05,
    … As of 09:00 on September 13, …": 2022, though the report is read in 2024)."""
    if not _is_calendar_day(date) or calendar_day is None or \
            calendar_day.year >= date.value.year or _WRITTEN_YEAR.search(sentence):
        return date
    moved = _in_year(date.value, calendar_day.year)
    return replace(date, value=moved) if abs((moved - calendar_day).days) <= 31 else date


def _in_year(day: dt.date, year: int) -> dt.date:
    """The same day in ``year`` (28 February for a 29th in a common year)."""
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)


_WEEKDAY_NAMES = frozenset(day.lower() for day in WEEKDAYS)
#: how long before the weekday's own week a calendar date may still set its week (days)
_RECALLED_DAYS = 42


#: a date right after these is when something was said: "said on Monday that …"
_SAID_ON = re.compile(r"(?<![\w])(?:said|says|reported|announced|stated|claimed|added|"
                      r"declared|acknowledged|confirmed|denied|admitted|insisted|warned|"
                      r"told (?:reporters|journalists|(?:the\s+)?(?:parliament|lawmakers|"
                      r"legislators|senators|deputies|MPs|the\s+(?:house|senate|assembly|"
                      r"press|media)|(?:a\s+|the\s+)?(?:news\s+conference|press\s+"
                      r"conference|briefing)))|accused each other|blamed each other|"
                      r"traded (?:accusations|blame))\s+(?:on\s+)?$")

#: a date right after these is the day of an interview or a briefing: "in an interview
#: with Turkey's Anadolu news agency on Monday, said"
_SPOKEN_ON = re.compile(r"(?<![\w])(?i:interviews?|press\s+conference|news\s+conference|"
                        r"briefing|speech|address)(?:\s+(?:with|to)\s+[^,.;:]{1,60}?)?"
                        r"\s+(?:on\s+)?$")


#: the nouns of an event just told that "the" takes up: "the incident", "the drills"
_TOLD_EVENT = (r"incident|attack|shelling|arrest|detention|clash(?:es)?|strikes?|exercises?|"
               r"drills?")
#: words that take up the event just told: "the two", "the detainees", "the incident"
_BACK_TO_IT = re.compile(r"(?<![\w])(?i:the (?:two|three|four|men|man|detainees|detained|"
                         rf"soldiers?|servicem[ae]n|{_TOLD_EVENT})|"
                         # "India blamed Pakistan-based groups for it"
                         r"(?:blamed|blames|blame|responsible|responsibility)\s+"
                         r"(?:[\w-]+\s+){0,4}?for\s+it)(?![\w])")
#: a sentence whose subject is the event just told: "The transfer took place near the
#: village of Sotk."
_TAKES_UP = re.compile(r"\W*(?:The|This|That)\s+(?:transfer|handover|hand-over|exchange|swap|"
                       r"release|return|repatriation|detention|arrest|abduction|incident)"
                       r"\s+(?:took place|happened|occurred|was carried out|was made)(?![\w])")
#: words that name the event just told, not only its people: "the detention", "the attack"
_BACK_TO_EVENT = re.compile(rf"(?<![\w])(?i:the (?:{_TOLD_EVENT}|abduction|transfer|handover|"
                            r"exchange))(?![\w])")
#: a statement cut from the sentence of its speaker's denial ("and said instead that …")
_SAID_INSTEAD = re.compile(COUNTER_STATEMENT_OPENING)
#: the side a ministry of a two-sided border conflict means by "the adversary", "the enemy"
ADVERSARIES = {"AM": "AZ", "AZ": "AM", "KG": "TJ", "TJ": "KG", "IN": "PK", "PK": "IN",
               "TH": "KH", "KH": "TH"}
#: other states a side may call "the enemy", when the article names them: India's army
#: on the Line of Actual Control means China
OTHER_ADVERSARIES = {"IN": ("CN",)}
_THE_ENEMY = re.compile(r"(?<![\w])(?i:the\s+(?:adversary|enemy|opponent|opposing\s+side)|"
                        r"(?:adversary|enemy)['’]s)(?![\w])")
#: a sentence that places an incident it tells of in the next: "A border incident took
#: place near the village of Kok-Tash"
_INCIDENT_AT = re.compile(r"(?<![\w])(?i:incidents?)(?![\w])")
#: a figure given before the one now told: "Earlier it had put the toll at one dead.",
#: "Initial reports had put the number of dead at one."
_SUPERSEDED = re.compile(r"\W*(?:Earlier|Initially|Previously|At first|(?:Initial|Earlier|"
                         r"First|Previous)\s+(?:reports|figures|estimates|counts|tolls))\b"
                         r"[^.;]{0,40}?"
                         r"\bhad\b[^.;]{0,30}?\b(?:put|given|reported|said|counted)\b")
#: saying nothing of it: "said it had no information about the incident"
_NO_WORD = re.compile(r"(?<![\w])(?i:no information|declined to comment|no comment|"
                      r"(?:could|would) not (?:confirm|comment))(?![\w])")
#: the day before the one the sentence tells of (or the report's): "killed the previous day"
_DAY_BEFORE = re.compile(r"(?<![\w])(?i:the\s+(?:previous|preceding)\s+(?:day|night|evening|"
                         r"morning|afternoon)|"
                         r"the\s+day\s+before)(?![\w])(?!\s+(?:yesterday|that|the|a|an)\b)")
#: what came that many days after the event the clause then tells: "Velayati's remarks
#: came a day after the leaders … met"
_CAME_DAYS_AFTER = re.compile(r"(?<![\w])(?:came|comes|come|were made|was made|followed)\s+"
                              r"(?P<n>a|one|two|three|four|five|six|seven)\s+days?\s+after"
                              r"(?![\w])", re.I)
#: a day counted from the last event told: "A day later", "two days later", "the next day",
#: "later on the same evening", "In response, Israeli jets struck …" (a new event of that
#: day: the answer to the one told)
_DAYS_LATER = re.compile(r"(?<![\w])(?i:(?P<n>a|one|two|three|four|five|six|seven)\s+days?\s+"
                         r"later|the\s+(?:next|following)\s+day|the\s+day\s+after|"
                         r"(?P<same>later\s+(?:on\s+)?(?:the\s+same|that)\s+(?:day|evening|"
                         r"night|morning|afternoon)|(?:in\s+(?:response|retaliation|reply)|"
                         r"hours\s+later)(?=\s*,)))(?![\w])")
#: a day counted back from the last event told: "the attack on a truck a day earlier",
#: "two days earlier"
_DAYS_EARLIER = re.compile(r"(?<![\w])(?i:(?P<n>a|one|two|three|four|five|six|seven)\s+"
                           r"(?P<unit>days?|weeks?)\s+earlier|(?P<same>earlier\s+(?:on\s+)?"
                           r"(?:the\s+same|that)\s+(?:day|evening|night|morning|afternoon)))"
                           r"(?![\w])")


def _days_back(earlier: re.Match) -> int:
    """How many days before the last event a ``_DAYS_EARLIER`` match puts its own: "a
    week earlier" 7, "earlier that day" 0."""
    if earlier.group("same"):
        return 0
    n = number_tables()[0].get(earlier.group("n").lower(), 1)
    return n * 7 if earlier.group("unit").lower().startswith("week") else n
#: the end of what goes on, not when it happened: "the drills will last until May 6"
_UNTIL = re.compile(r"(?<![\w])(?:until|till|through)\s+$")


#: "since" right before a day: what is told has gone on from it ("killed since Sunday")
_SINCE_DAY = re.compile(r"(?<![\w])(?i:since)\s+$")


def _runs_from(text: str, found, date: DateRef | None) -> bool:
    """Whether ``date``, among a sentence's ``found`` dates, is one told after "since"
    ("two soldiers had been killed since Sunday", "since July"): the day a count began."""
    return date is not None and any(
        d.ref is date and (d.ref.surface[:5].lower() == "since"
                           or _SINCE_DAY.search(text, max(0, d.start - 8), d.start))
        for d in found)


#: a clause telling what the event is counted from: "the first death since the two
#: countries initialled a peace agreement in August" (not "since Monday", "since early
#: August", when what goes on began)
_SINCE_CLAUSE = re.compile(r"(?<![\w])(?i:since)\s+(?:[^\s,;.]+\s+){3,14}$")


#: a date that names an earlier event, not the one the sentence reports: "the bodies of
#: 17 servicemen killed in the fighting of September 13-14", "the clashes on 12 June"
_RECALLED_EVENT = re.compile(r"(?<![\w])(?i:fighting|clash(?:es)?|hostilities|war|battles?|"
                             r"escalation|offensive|killings?|massacre)(?:\s+of\s+[^.;,]{1,50}?)?"
                             r"\s+(?:(?:of|on)\s+)?$")


#: what lies between the day of a reaction and the event it followed: "summoned Turkey's
#: envoy on Thursday after artillery fire killed nine tourists" (Thursday is the
#: summons', a day after the shelling, which a later sentence dates: "on Wednesday")
_THEN_AFTER = re.compile(r"[^,;:.]*?\s(?i:after|following)\s+(?:[\w’'-]+\s+){0,3}")


def _event_date(text: str, found, anchor: int, event: EventCue | None = None
                ) -> tuple[DateRef | None, bool]:
    """(``best_date`` of a sentence's dates, whether it is only the day of its saying):
    those of its saying, or of what followed the event ("summoned the envoy on Thursday
    after artillery fire killed …"), count only when it gives no other ("The mission said
    on Monday … gunfire was reported … over the weekend": the weekend); never the day
    something lasts until, nor one in a clause of what it came since, nor that of another
    event named ("handed over the bodies … killed in the fighting of September 13-14 on
    Sunday": Sunday)."""
    found = [d for d in found if not _UNTIL.search(text, max(0, d.start - 12), d.start)
             and not _SINCE_CLAUSE.search(text, max(0, d.start - 100), d.start)]
    if event is not None:
        found = [d for d in found if not _names_another_event(text, d, event)]
    # the day of an interview or a briefing dates neither the event nor a report of it
    # that a later event could be told after ("in an interview … on Monday, said he was
    # surprised by the exercises": the exercises told before)
    found = [d for d in found if not _SPOKEN_ON.search(text, max(0, d.start - 90), d.start)]
    told = [d for d in found if _SAID_ON.search(text, max(0, d.start - 30), d.start)
            or (event is not None and d.end <= anchor
                and _THEN_AFTER.fullmatch(text, d.end, anchor))]
    happened = best_date(tuple(d for d in found if d not in told), anchor)
    if happened is not None:
        return happened, False
    said = best_date(tuple(told), anchor)
    return said, said is not None


def _names_another_event(text: str, d, event: EventCue) -> bool:
    """Whether date ``d`` dates fighting in a sentence whose event is none ("the
    fighting of September 13-14" in a sentence on a handover; a killing in "the fighting
    of September 13" is that fighting)."""
    if event.violent:
        return False
    m = _RECALLED_EVENT.search(text, max(0, d.start - 80), d.start)
    return m is not None and not (event.start <= m.start() < event.end)


def _negated(text: str, start: int, event: EventCue) -> bool:
    """Whether the words right before an event's cue say it did not happen ("its troops
    had not opened fire")."""
    return any(0 <= event.start - m.end() <= 14 for m in
               cue_patterns()["denial_negations"].finditer(text, max(start, event.start - 40),
                                                           event.start))


def _denial_going_on(text: str, s: Sentence, event, actors: tuple[ActorMention, ...],
                     previous: ClaimCue, families) -> ClaimCue | None:
    """A sentence naming no claimant that brands another side's report untrue, right
    after a state's claim: that state's denial ("… the Ministry of Defense of Armenia
    reported. The information spread by the Azerbaijani Ministry of Defense that … does
    not correspond to reality."). The sentence must name another state (the report's
    source or subject)."""
    stance, anaphoric = stance_of(text, s.start, s.end, event, families)
    if stance != "denies" or not previous.country or not any(
            a.country_code and a.country_code != previous.country for a in actors):
        return None
    quotes = quote_spans(text, s.start, s.end)
    subject = next((a for a in actors if not inside(a.start, quotes)), None)
    if subject is not None and subject.country_code not in ("", previous.country) and \
            subject.kind in ("official", "ministry", "government", "military") and \
            not text[s.start:subject.start].strip(" \"“'‘"):
        return None     # "Armenia's Defence Ministry calls the report false": its own word
    # "Armenian Foreign Ministry spokeswoman Ani Badalyan urged Baku 'not to … with false
    # accusations'": the same state, by the voice the sentence names
    voice = next((a for a in actors if a.country_code == previous.country
                  and a.kind in ("official", "ministry", "government")
                  and not inside(a.start, quotes)), None)
    if voice is not None and voice.name != previous.claimant:
        return replace(previous, claimant=voice.name, kind=voice.kind, stance="denies",
                       anaphoric=anaphoric, cue_start=s.start, speaker_at=voice.start,
                       party=_speaks_for_forces(voice))
    return replace(previous, stance="denies", anaphoric=anaphoric, cue_start=s.start,
                   speaker_at=-1)


#: a spokesperson no actor names, by title and name, as the subject of a speech verb:
#: "Spokesman Wang Wenbin said", "government spokesman Patrick Muyaya said"
_NAMED_SPOKESPERSON = re.compile(r"(?<![\w])(?i:spokes(?:man|woman|person))\s+"
                                 r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")
_BODY_KINDS = frozenset({"ministry", "government", "official", "military"})


def _spokesperson_of(text: str, s: Sentence, event, actors: tuple[ActorMention, ...],
                     previous: ClaimCue, families) -> ClaimCue | None:
    """The claim of a sentence whose speaker is a spokesperson named only by title and
    name, right after a state body's claim: that body's word ("China's Foreign Ministry
    said …. Spokesman Wang Wenbin said in Beijing that …, denying that …"; "Congo's
    government denied responsibility. '…,' government spokesman Patrick Muyaya said")."""
    if previous.kind not in _BODY_KINDS or not previous.country:
        return None
    quotes = quote_spans(text, s.start, s.end)
    verb_after = cue_patterns()["verb_after"]
    for m in _NAMED_SPOKESPERSON.finditer(text, s.start, s.end):
        verb = verb_after.match(text, m.end(), s.end)
        if verb is not None and not inside(m.start(), quotes):
            stance, anaphoric = stance_of(text, s.start, s.end, event, families)
            if stance == "asserts" and denies_own_deed(text, s.start, s.end, actors,
                                                       previous.country):
                stance, anaphoric = "denies", False     # "The FARDC did not fire on …"
            return replace(previous, stance=stance, anaphoric=anaphoric,
                           cue_start=verb.start(), speaker_at=-1)
    return None


def _filed_on(text: str, dateline: list[tuple[int, int]], published: dt.date | None
              ) -> DateRef | None:
    """The day a wire dateline gives ("YEREVAN, November 16 -"), its year from the
    publication date's when it writes none — the year before when that day would come
    after the publication ("DUSHANBE, June 25" published on 20 June 2024 was filed in
    2023) —; None without such a dateline. A publisher's dated line (after the place's in
    ``dateline``) writes its year: it goes first."""
    for start, end in reversed(dateline):
        # "YEREVAN, SEPTEMBER 18, ARMENPRESS.": the month in capitals too
        line = re.sub(r"[A-Z]{3,}", lambda m: m.group().title(), text[start:end])
        for found in find_dates(line, 0, len(line), published):
            if found.ref.precision == "day":
                day = found.ref
                if published is not None and day.value > published and \
                        not _WRITTEN_YEAR.search(line):
                    day = replace(day, value=_in_year(day.value, day.value.year - 1))
                return day
    return None


#: a year written out: "2024"
_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _statement_span(text: str, s: Sentence, cue: int | None) -> tuple[int, int]:
    """The part of a sentence whose places a claim gives: with two statements joined by
    ", while" ("residents of Berd sheltered, while the Azerbaijani side reported fire on
    Tovuz"), the one holding the claim's cue; else the whole sentence."""
    joint = second_statement(text, s.start, s.end) if cue is not None else None
    if joint is None:
        return s.start, s.end
    return (joint[1], s.end) if cue >= joint[1] else (s.start, joint[0])


@dataclass
class _Draft:
    """An incident being formed during the fold (private, mutable, never returned)."""

    anchor: SentenceFacts
    event: EventCue
    actors: set[str]
    claims: list[SentenceFacts] = field(default_factory=list)
    #: later sentences of a violent event, exercise or deployment that nobody is said to
    #: claim ("Shelling was also reported near Tegh"): their places and figures are the
    #: article's own, as the anchor's are when it has no claimant
    reports: list[SentenceFacts] = field(default_factory=list)
    last_index: int = 0
    #: the countries of its claimants that speak for a side's forces (``_sides``)
    reporting_sides: set[str] = field(default_factory=set)

    def add_claim(self, f: SentenceFacts) -> None:
        self.claims.append(f)
        if f.claim.party and f.claim.country and not self.anchor.monitored:
            # (a ministry whose peacekeepers recorded the violation is no side of it)
            self.reporting_sides.add(f.claim.country)

    #: what ``_union`` gave so far, by function: (anchor, claims and reports counted, set)
    _unions: dict = field(default_factory=dict, repr=False, compare=False)

    def _union(self, of) -> set[str]:
        """``of([anchor, *claims, *reports])`` for ``of`` a union over sentences, brought up
        to date with the sentences added since the last call instead of recomputed: the
        lists only grow, and an incident of a long article may hold thousands of them."""
        anchor, n_claims, n_reports, seen = self._unions.get(of, (None, 0, 0, frozenset()))
        if anchor is not self.anchor or n_claims > len(self.claims) \
                or n_reports > len(self.reports):
            anchor, n_claims, n_reports, seen = self.anchor, 0, 0, frozenset(of([self.anchor]))
        if n_claims < len(self.claims) or n_reports < len(self.reports):
            seen = seen | of([*self.claims[n_claims:], *self.reports[n_reports:]])
        self._unions[of] = (anchor, len(self.claims), len(self.reports), seen)
        return set(seen)

    @property
    def place_ids(self) -> set[str]:
        """The places its sentences give, anchor, claims and reports."""
        return self._union(_places_of)

    @property
    def date_range(self):
        d = self.anchor.date
        return day_range(d.value, d.precision) if d is not None and d.value else None


def _narrows(f: SentenceFacts, told: DateRef) -> bool:
    """Whether sentence ``f`` takes up the event just told ("the clash", "the attack")
    and dates it to a day inside the week or month ``told`` gives: the same event told
    more exactly ("clashed … last week …. The clash took place on June 14"; not "The first
    shooting was reported on Monday" of a week's fighting)."""
    day = f.date
    if not _is_day(day) or told.value is None or told.precision not in ("week", "month") \
            or not _BACK_TO_EVENT.search(f.sentence.text):
        return False
    lo, hi = day_range(told.value, told.precision)
    return lo <= day.value <= hi


def _dates_compatible(a: DateRef | None, rng) -> bool:
    if a is None or a.value is None or rng is None:
        return True
    lo, hi = day_range(a.value, a.precision)
    return (lo - rng[1]).days <= 1 and (rng[0] - hi).days <= 1


def _places_of(facts: Iterable[SentenceFacts]) -> set[str]:
    return {loc.place.id for f in facts for loc in f.locations if loc.place is not None}


#: a division word closing a place's name: "Kalbajar District" is told as "Kalbajar"
_DIVISION_WORD = re.compile(rf"\s+(?i:{DIVISION_WORDS})$")


def _place_names(facts: Iterable[SentenceFacts]) -> set[str]:
    """The names of the places sentences give, without a division word, lower-case: the
    town and the district of one name ("Kalbajar", "Kalbajar District") are one."""
    return {_DIVISION_WORD.sub("", loc.place.name).lower() for f in facts
            for loc in f.locations if loc.place is not None}


def _draft_place_names(d: "_Draft") -> set[str]:
    return d._union(_place_names)       # _place_names([d.anchor, *d.claims, *d.reports])


def _another_day_elsewhere(f: SentenceFacts, d: _Draft) -> bool:
    """True if the sentence dates its event to another calendar day than the incident's
    and puts it at other places ("On September 15 … near Chinari. On September 16,
    Azerbaijani troops opened fire on Berdavan": two incidents, though a day apart)."""
    if f.date is None or f.date.precision != "day" or d.anchor.date is None or \
            d.anchor.date.precision != "day" or f.date.value == d.anchor.date.value or \
            d.anchor.date_told:
        return False    # (a day it was only said on: "said on Tuesday that one of its
                        # soldiers had been killed …. The soldier was shot … on Monday")
    here, there = _places_of([f]), d.place_ids
    return bool(here) and bool(there) and not here & there


def _another_written_day(f: SentenceFacts, d: _Draft) -> bool:
    """True if the sentence and the incident each write out a calendar day, and the days
    differ ("shot down six aircraft … in the early hours of 7 May. … one drone was shot
    down over Lahore on 8 May": two incidents). Days counted from the dateline ("late on
    Monday", "early on Tuesday") may tell one night's fire; written days do not, when one
    voice writes both (the other side may date the same night's fire otherwise)."""
    a = d.anchor.date
    # (a side denying fire on another day than the one it told of denies the other
    # side's version: "no shots were fired from its positions on February 12")
    return (_is_calendar_day(f.date) and _is_calendar_day(a) and not d.anchor.date_told
            and not f.date_told and f.date.value != a.value
            and _voice(f) == _voice(d.anchor)
            and not (f.claim is not None and f.claim.stance == "denies"
                     and d.anchor.claim is not None and d.anchor.claim.stance == "asserts"))


def _another_unknown_day(f: SentenceFacts, d: _Draft) -> bool:
    """Whether a sentence and an incident of an undated article name days more than one
    apart ("on Monday" and "on Wednesday", "Nov 13" and "Nov 23"): two days, though which
    ones is unknown (as ``_dates_compatible`` holds days one apart to be one event's)."""
    if f.unknown_day is None or d.anchor.unknown_day is None or d.anchor.date is not None:
        return False
    apart = unknown_days_apart(f.unknown_day, d.anchor.unknown_day)
    return apart is not None and apart > 1


def _voice(f: SentenceFacts) -> str:
    """Who tells a sentence: its claimant's country (a state's bodies are one voice), its
    claimant, or "" for the article's own voice."""
    return "" if f.claim is None else (f.claim.country or f.claim.claimant)


def _hit_and_attackers(facts: Iterable[SentenceFacts], actors: set[str]
                       ) -> tuple[set[str], set[str]]:
    """The countries an event's places lie in, and its sides that are not those."""
    hit = _countries_hit((loc for f in facts for loc in f.locations if loc.place is None
                          or not re.search(rf"(?<![\w])from\s+(?:[\w-]+\s+){{0,3}}"
                                           rf"{re.escape(loc.place.name)}", f.sentence.text)),
                         areas=True)    # not where the fire came from ("from positions
    return hit, set(actors) - hit       # near Meghri")


def _the_other_way(f: SentenceFacts, d: _Draft) -> bool:
    """True if the sentence tells of an attack the other way than the incident's: each
    side hitting places of the other ("India struck nine sites in Pakistan, including
    Bahawalpur. … Pakistani artillery fire on Poonch killed 13": two incidents). Fighting
    between two sides ("an exchange of fire") is one incident on both sides of a line, and
    so is what each side says of it: a side answering the other's account ("Baku said
    Armenian units had fired first at its positions in Kalbajar"), or denying it, tells
    its version of the same fire, or speaks of the other's reports of it."""
    if f.has_report_noun:
        return False    # talk of the other side's "statements that Kyrgyz units shelled …"
    if f.claim is not None and (f.claim.stance == "denies" or f.claim.country and (
            f.claim.country not in {
                c.claim.country for c in [d.anchor, *d.claims] if c.claim is not None
                and c.claim.stance == "asserts"})):
        return False    # (nor a side that denied it: "Instead, it says, … fired at Chinari")
    if not f.event.violent or _two_sided(d) or _TWO_SIDED.match(
            f.sentence.text, f.event.start - f.sentence.start,
            f.event.end - f.sentence.start):
        return False
    return opposite_directions(_hit_and_attackers([f], set(f.actors)),
                               _hit_and_attackers([d.anchor, *d.reports], d.actors))


#: how far apart (km) the places of two violent events of different kinds told in one
#: article lie at least, for them to be two incidents (a town and the district around
#: it, a village and the border post beside it, are one scene)
ELSEWHERE_KM = 25.0


#: how far apart (km) the places of violent events of different kinds two voices tell
#: lie at least, for them to be two incidents: each side's version of one exchange of fire
#: names a place of its own side near the line ("… fired on Berd, while Baku reported
#: fire on Tovuz"), each within ``ELSEWHERE_KM`` of it, not towns a province apart
#: ("fighting near Abyei, while officials in Juba said warplanes had bombed Bentiu")
VERSIONS_KM = 2 * ELSEWHERE_KM


def _scenes(facts: Iterable[SentenceFacts]) -> list:
    """The places smaller than a region that sentences put their events at."""
    return [loc.place for f in facts for loc in f.locations if _is_local(loc)]


def _one_scene(p, q) -> bool:
    """Whether two places are one scene: within ``ELSEWHERE_KM`` of each other, or one a
    district or province the other lies in ("Shebekino", "the Belgorod region")."""
    if haversine_km(p.lat, p.lon, q.lat, q.lon) <= ELSEWHERE_KM:
        return True
    area, town = (p, q) if p.kind in AREA_KINDS else (q, p)
    return area.kind in AREA_KINDS and area.country_code == town.country_code and \
        bool(area.admin1) and area.admin1 == town.admin1


def _taken_up(f: SentenceFacts) -> bool:
    """Whether the sentence names its event with "the", "this" or a day's ("The fighting
    began on Thursday near …", "the attack took place on June 13"): the one told before."""
    at = f.event.start - f.sentence.start
    return _DEFINITE_BEFORE.search(f.sentence.text, max(0, at - 12), at) is not None


def _another_kind_elsewhere(f: SentenceFacts, d: _Draft) -> bool:
    """True if the sentence tells a violent event of another kind than the incident's at
    places of its own, none of them the incident's scene (``_one_scene``): "The fighting
    began near the Ta Muen Thom temple in Surin province … six people were killed when a
    rocket hit a petrol station in Kantharalak" are two incidents, each with its toll and
    claims. Not when it takes an event up ("the attack"), nor when another side than the
    incident's tells it (its version of the fire: "…, while Azerbaijan's defence ministry
    reported fire on Tovuz") unless it names the other side at places more than
    ``VERSIONS_KM`` from the scene ("…, while officials in Juba said Sudanese warplanes had
    bombed Bentiu"), nor when it denies it. An incident with no scene yet is told more
    exactly by a sentence that places it (a headline's "attack", the body's shelling of
    Jermuk) unless that sentence also gives a day of its own to its event ("13 civilians
    and one soldier had been killed …. Six people were killed when a rocket hit a petrol
    station in Kantharalak on Thursday")."""
    if not f.event.violent or f.event.sub_event_type == d.event.sub_event_type or \
            _taken_up(f) or (f.claim is not None and f.claim.stance == "denies"):
        return False
    another_voice = f.claim is not None and _voice(f) not in {
        _voice(c) for c in [d.anchor, *d.claims, *d.reports]}
    # (one that cannot be an incident of its own, naming no side, day or claimant, tells
    # more of this one)
    if not _opens(f if f.actors or not _dated(f) else replace(f, actors=tuple(d.actors))):
        return False
    here = _scenes([f])
    there = _scenes([d.anchor, *d.claims, *d.reports])
    if another_voice:
        # (its version of the same exchange names a place on the same stretch of front; a
        # voice naming only its own side, "reported fire on Tovuz", leans on the incident
        # told for who fired: its answer to it, wherever its place)
        names_the_other_side = bool(set(f.actors) - {f.claim.country})
        return names_the_other_side and bool(here) and bool(there) and all(
            haversine_km(p.lat, p.lon, q.lat, q.lon) > VERSIONS_KM and not _one_scene(p, q)
            for p in here for q in there)
    if not there:
        return bool(here) and _is_day(f.date) and not f.date_told
    return any(not any(_one_scene(p, q) for q in there) for p in here)


def _harm_of_another_day_elsewhere(f: SentenceFacts, d: _Draft) -> bool:
    """Whether a sentence with no event cue counts people harmed on a day of its own, not
    the incident's, at places none of them the incident's scene ("Six police officers
    were killed on Tuesday near Mandera. … Two days earlier, on Sunday, three civilians
    were wounded at a market in Garissa"): another event's toll, never the incident's."""
    a = d.anchor.date
    if not f.casualties or not _is_day(f.date) or f.date_told or not _is_day(a) \
            or d.anchor.date_told or f.date.value == a.value or not d.event.violent:
        return False
    here = _scenes([f])
    there = _scenes([d.anchor, *d.claims, *d.reports])
    return bool(here) and bool(there) and not any(_one_scene(p, q) for p in here
                                                   for q in there)


def _told_as_another(f: SentenceFacts, d: _Draft) -> SentenceFacts | None:
    """The sentence of ``_harm_of_another_day_elsewhere`` as an event of the incident's
    kind when it tells its harm as "another" one's ("another explosive device wounded
    three civilians": the word stands for the event), else None."""
    s = f.sentence
    word = event_tables()[2].search(s.text)
    if word is None:
        return None
    cue = replace(d.event, start=s.start + word.start(), end=s.start + word.end(), new=True)
    return replace(f, event=cue)


def _away_from_the_scenes(drafts: list[_Draft], f: SentenceFacts) -> SentenceFacts:
    """A sentence that tells an event of another kind away from the scene of incidents
    told before (``_another_kind_elsewhere``) and names their scenes too ("shells hit the
    outskirts of Kobane, and a drone struck a vehicle near Zor Maghar, west of the town,
    as well as a gas facility near Qamishli", after the shelling of Kobane) is an incident
    at the places away from them only; else ``f`` as it is."""
    left = [d for d in drafts if d.event.family == f.event.family
            and _another_kind_elsewhere(f, d)]
    there = _scenes(g for d in left for g in (d.anchor, *d.claims, *d.reports))
    kept = tuple(loc for loc in f.locations if not _is_local(loc)
                 or not any(_one_scene(loc.place, q) for q in there))
    return replace(f, locations=kept) if there and kept != f.locations else f


def opposite_directions(one: tuple[set[str], set[str]], other: tuple[set[str], set[str]]
                        ) -> bool:
    """Whether two attacks, each (the countries it hit, its attackers), go in opposite
    directions: they hit different countries, each the other's attacker's."""
    (hit_a, by_a), (hit_b, by_b) = one, other
    return bool(hit_a) and bool(hit_b) and not hit_a & hit_b \
        and bool(by_a & hit_b) and bool(by_b & hit_a)


def _done_by(d: _Draft, side: str) -> bool:
    """Whether ``side`` is among the attackers of an incident (its sides whose country
    none of its places lies in), or its attackers are not known."""
    _, attackers = _hit_and_attackers([d.anchor, *d.reports], d.actors)
    return not attackers or side in attackers


def _sides(d: _Draft) -> set[str]:
    """An incident's actors and the sides whose forces report it (Armenia's defence
    ministry saying Azerbaijan shelled Sotk: "49 Armenian servicemen were killed" is the
    same clash)."""
    return d.actors | d.reporting_sides


def _link(drafts: list[_Draft], f: SentenceFacts) -> _Draft | None:
    """The incident an event sentence continues, or None for a new one: the latest that
    fits, unless an earlier one that fits was told at the sentence's places (a live blog
    in reverse order: "… near Berkaber" after Baku's counter-claim about Gazakh is
    Berkaber's incident)."""
    if f.event.new:
        return None
    fits = list(_fitting_drafts(drafts, f))
    latest = fits[0] if fits else None
    if latest is not None and (f.date is None and not (f.actors and f.locations)
                               or _taken_up(f) or f.runs_from) \
            and latest.event.sub_event_type != f.event.sub_event_type:
        # "Taliban forces attacked Pakistani posts. … a response to Pakistani air strikes
        # on Kabul on Thursday. The fighting was reported in Kurram": a bare back-reference
        # is to the last event of its own kind, and so is one that names the event with
        # "the" ("… a rocket hit a petrol station in Kantharalak. The fighting began on
        # Thursday near the Ta Muen Thom temple": the fighting told before the rocket),
        # and a count running from a day ("… shelled the village of Agdam. Two soldiers
        # had been killed since Sunday": the fighting's dead, not the shelling's), and an
        # undated one at no place of its own ("… fighting near Abyei …. Warplanes bombed
        # Bentiu …. About 240 soldiers had been killed": the fighting's dead)
        latest = next((d for d in fits if d.event.sub_event_type == f.event.sub_event_type),
                      latest)
    if latest is not None and f.date is None and f.claim is not None and \
            f.claim.stance == "denies" and f.actors and not set(f.actors) <= _sides(latest):
        # "Azerbaijan's Defence Ministry denied that any Azerbaijani drones had been shot
        # down over Armenia": the drone told as Azerbaijan's, not the one of no known side
        # told last
        latest = next((d for d in fits if set(f.actors) <= _sides(d)), latest)
    here = _place_names([f])
    if f.answers >= 0 and here:
        # each question of a transcript asks of its own incident: an answer at other
        # places than one told before its question tells another ("Question: And the
        # incident near Nerkin Hand on Monday? Answer: … fired … near Nerkin Hand")
        fits = [d for d in fits if d.last_index >= f.answers
                or here & _draft_place_names(d)]
        latest = fits[0] if fits else None
    if latest is None or not here or here & _draft_place_names(latest):
        return latest
    return next((d for d in fits if here & _draft_place_names(d)), latest)


def _fitting_drafts(drafts: list[_Draft], f: SentenceFacts):
    """The incidents an event sentence may continue, latest first."""
    for d in sorted(drafts, key=lambda d: d.last_index, reverse=True):
        if d.event.family != f.event.family or _sideless_beside_sides(f, d):
            continue
        if not _dates_compatible(f.date, _span_told(d, f)) or _another_day_elsewhere(f, d) \
                or _another_written_day(f, d) or _another_unknown_day(f, d) \
                or _the_other_way(f, d) or _another_kind_elsewhere(f, d):
            continue
        # undated talk of "the exercises" or "the meeting" means the last one; violence
        # and dated mentions must also share a side, but for an undated denial right
        # after it ("Armenian troops were not involved in the fighting")
        needs_overlap = (f.event.violent or f.date is not None) and not (
            f.date is None and f.claim is not None and f.claim.stance == "denies"
            and (f.sentence.index - d.last_index <= WINDOW or f.claim.anaphoric))
        if needs_overlap and f.actors and d.actors and not (set(f.actors) & _sides(d)) \
                and not (len(_sides(d)) == 1 and _two_sided(d)) and not _names_the_blast(f, d):
            continue                # (the other side of "an exchange of fire" may speak)
        if _counter_accusation(f, d):
            continue
        yield d


#: how long before the day a report was made the event it tells may lie (days)
_TOLD_AFTER = 31


#: words that take up a violent event just told: "killed in the fighting on June 12"
_BACK_TO_FIGHTING = re.compile(r"(?<![\w])(?i:the\s+(?:fighting|clash(?:es)?|attack|"
                               r"shelling|incident|firefight|exchange\s+of\s+fire))(?![\w])")


def _span_told(d: _Draft, f: SentenceFacts):
    """The days an incident may lie in for sentence ``f``: its date's range, or when that
    is only the day it was said on and ``f`` takes the event up or counts from a day
    before ("Two soldiers had been killed since Sunday"), the weeks before it too ("The
    army said on Thursday that … attacked positions near Bunagana. Three soldiers were
    killed in the fighting on June 12"). (Not an incident of its own day: "Turkey fired
    on Qamishli on Tuesday. … killed in the clashes in Afrin since Saturday".)"""
    rng = d.date_range
    if rng is None or not d.anchor.date_told or not (
            f.runs_from or _BACK_TO_FIGHTING.search(f.sentence.text)):
        return rng
    return rng[0] - dt.timedelta(days=_TOLD_AFTER), rng[1]


def _sideless_beside_sides(f: SentenceFacts, d: _Draft) -> bool:
    """Whether an attack by attackers of no state on people who are no side ("unknown
    gunmen opened fire on a car near Kapanakhchi") is told after fighting between states
    ("Armenian forces fired on Azerbaijani positions in Tovuz"): another event, whatever
    the day — the gunmen are neither state's forces."""
    return f.sideless and not d.anchor.sideless and bool(d.actors)


def _resumed(drafts: list[_Draft], f: SentenceFacts) -> SentenceFacts:
    """A dated event naming no side that goes on from an earlier one on another day or
    elsewhere ("Fighting resumed on Wednesday near Kok-Tash in Batken region"): the sides
    of the last incident of its kind, whose new incident it is; else ``f`` as it is."""
    if f.actors or f.event.new or not _dated(f) or not f.event.violent or f.sideless:
        return f                # "The drills, which will last until May 6, …": the same
                                # (gunmen's attack on civilians has no sides to go on)
    last = next((d for d in reversed(drafts) if d.event.family == f.event.family), None)
    if last is None or not last.actors:
        return f
    return replace(f, actors=tuple(sorted(last.actors)))


#: who started the fighting told: "Armenian units had opened fire first", "fired
#: first", "started the shooting", "provoked the exchange" — the same fight, told the
#: other way round
_STARTED_IT = re.compile(r"(?<![\w])(?i:(?:fired|opened\s+fire|shot|attacked|struck)\s+first|"
                         r"first\s+(?:to\s+)?(?:fired|opened\s+fire|open\s+fire|fire)|"
                         r"(?:started|began|initiated|provoked)\s+the\s+(?:fighting|"
                         r"shooting|exchange|clash(?:es)?|firing|skirmish))(?![\w])")


def _counter_accusation(f: SentenceFacts, d: _Draft) -> bool:
    """Whether a sentence accuses the other side of an attack of another kind, said by a
    claimant who denied the incident ("… denied that Tajik troops had fired on a Kyrgyz
    post. The service said Kyrgyz forces had fired mortar rounds at Tajik villages"): a
    new incident, not the denied one's; but not one that says who fired first ("Armenian
    units had opened fire first"): its version of the denied fire."""
    return (f.claim is not None and f.claim.stance == "asserts" and f.event.violent
            and f.event.sub_event_type != d.event.sub_event_type
            and not _STARTED_IT.search(f.sentence.text)
            and any(c.claim.stance == "denies" and c.claim.country == f.claim.country
                    and c.claim.country for c in d.claims))


#: an accusation made after a denial: "denied the report and accused Armenian forces of
#: firing …", "… and blamed Kyrgyz troops for …", "… and said instead that …"
_THEN_ACCUSES = re.compile(r"(?<![\w])(?i:accused|accuses|blamed|blames|"
                           rf"{COUNTER_STATEMENT_OPENING})")
#: what may stand between the accusing word and the state accused: "accused the", "said that"
_ACCUSED_NEXT = re.compile(r"\s*(?:(?i:that)\s+)?(?:(?i:the)\s+)?")


def _answers_counter_accusation(f: SentenceFacts, d: _Draft) -> bool:
    """Whether a denial taking up what was said last ("called that claim a fabrication",
    "rejected the accusation") answers another claimant's denial of the incident that went
    on to accuse the denier's own side of a deed of its own: the claim it denies is that
    accusation, not the incident told (unless the accusation only says who fired first:
    the incident told the other way round)."""
    said = next((c for c in reversed(d.claims) if c.sentence.index < f.sentence.index
                 and c.claim.claimant != f.claim.claimant), None)
    return said is not None and said.claim.country != f.claim.country and \
        f.claim.country in said.accuses and not _STARTED_IT.search(said.sentence.text)


def _accusation_after_denial(text: str, s: Sentence, claim: ClaimCue,
                             in_s: tuple[ActorMention, ...]) -> tuple[tuple[str], int] | None:
    """The state a denial goes on to accuse, and where the accusation starts ("… denied the
    report, saying …, and accused Armenian forces of firing at houses in Gazakh"; "… and
    said Azerbaijani drones had targeted Berd"): the state named right after the accusing
    word, not the denier's own (not "and said the army had struck only Indian posts")."""
    for m in _THEN_ACCUSES.finditer(text, max(s.start, claim.cue_start), s.end):
        named = next((a for a in in_s if a.start >= m.end()), None)
        if named is not None and named.kind in _AGENT_KINDS and named.country_code and \
                named.country_code != claim.country and \
                _ACCUSED_NEXT.fullmatch(text, m.end(), named.start):
            return (named.country_code,), m.start()
    return None


#: cues of fighting that has two sides however many the sentence names
_TWO_SIDED = re.compile(r"(?i:exchang|clash|firefight|gun ?fight|gun ?battle|shoot-?out|"
                        r"skirmish|fighting)")


#: arms no side need be named for: a blast, a bomb set off, a grenade thrown
_PLANTED_OR_THROWN = frozenset({"Remote explosive/landmine/IED", "Grenade"})
#: a blast whose source no word names: "An explosion hit the perimeter of the airport"
_BLAST = re.compile(r"(?i:explosions?|blasts?)(?![\w])")


def _blast_of_unknown_source(s: Sentence, event: EventCue) -> bool:
    """Whether a sentence's event is a blast no word says the source of (events.yaml's
    last violent kind): until a later sentence names the drone or shell, its attacker is
    untold."""
    return event.sub_event_type == "Remote explosive/landmine/IED" and \
        event.family == "violent" and bool(_BLAST.match(s.text, event.start - s.start))


def _names_the_blast(f: SentenceFacts, d: _Draft) -> bool:
    """Whether a sentence names the arms behind the blast an incident opened with ("An
    explosion hit the perimeter of the airport. … a Turkish drone had fired on the site"):
    the same event, its attacker and its kind now told."""
    return _blast_of_unknown_source(d.anchor.sentence, d.event) and \
        f.event.event_type == d.event.event_type and \
        f.event.sub_event_type != d.event.sub_event_type


def _two_sided(d: _Draft) -> bool:
    """Whether the incident's cue is fighting between two sides ("an exchange of fire
    near Nerkin Hand left three Armenian soldiers dead": the other side is unnamed)."""
    s = d.anchor.sentence
    return bool(_TWO_SIDED.match(s.text, d.event.start - s.start, d.event.end - s.start))


#: a determiner that makes a cue the event told before: "in the shooting", "discussed the
#: attack", "Thursday's clash"
_DEFINITE_BEFORE = re.compile(r"(?<![\w])(?i:the|this|that|[a-z]+day['’]s)\s+$")
#: words after a cue that give its event a place or time of its own: "the shelling of
#: Sotk", "the attack near Tegh", "the clash on Friday", "the shooting at the border"
#: (not "discussed the shooting at a meeting")
_CUE_PLACED = re.compile(r"\s+(?:(?i:of|near|along|across|against|towards?|outside|inside|"
                         r"around)(?![\w])|(?i:at|in|on|by|from|between)\s+(?:(?i:the)\s+)?"
                         r"(?:[A-Z0-9]|(?i:morning|evening|night|dawn|village|town|city|"
                         r"border|frontier|line|area|outskirts|district|region|province)"
                         r"(?![\w])))")


def _referred_back(drafts: list[_Draft], f: SentenceFacts) -> _Draft | None:
    """The violent incident told before that a sentence names by its event with "the"
    ("a ceremony in Shusha on Friday for the soldier wounded in the shooting", "Officials
    discussed the shooting at a meeting on Friday"), naming no side and giving that event
    no place or time of its own: the sentence's day and places are another matter's, not
    a new incident's. None for a sentence that tells an event."""
    e, s = f.event, f.sentence
    if f.actors or e.new or not e.violent or f.sideless or f.monitored:
        return None
    text, at = s.text, e.start - s.start
    if not _DEFINITE_BEFORE.search(text, max(0, at - 12), at) or \
            _CUE_PLACED.match(text, e.end - s.start):
        return None
    return next((d for d in reversed(drafts) if d.event.family == e.family), None)


def _opens(f: SentenceFacts) -> bool:
    """Whether an unlinked event sentence is anchored enough to be an incident."""
    if not f.actors:                # sides unknown: only a monitor's report at a place,
                                    # or gunmen's attack on civilians, dated
        return (f.monitored and f.event.violent and bool(f.locations)) or (
            f.sideless and _dated(f) and bool(f.locations))
    if f.event.diplomatic:
        return _dated(f) and len(f.actors) >= 2
    # a side's report of fire or of mine-laying is an incident by its word alone
    return _dated(f) or (f.claim is not None and f.event.family in _CLAIMED_ALONE)


def _recalls_earlier(current: _Draft | None, target: _Draft, f: SentenceFacts,
                     drafts: list[_Draft]) -> bool:
    """Whether a participant of the diplomatic exchange under discussion mentions an
    earlier event ("in the call, the minister described the recent meeting as
    important"): the claim goes to that event, but the talk stays with the call, so the
    statements that follow are the call's."""
    return (current is not None and current is not target and current.event.diplomatic
            and f.claim is not None and f.claim.country in current.actors
            and f.sentence.index - current.last_index <= WINDOW
            and drafts.index(current) > drafts.index(target))


def _add_victims_side(d: _Draft, f: SentenceFacts) -> None:
    """A violent incident's sides include the one whose people a report of it counts
    ("Armenia said 49 of its soldiers were killed": Armenia)."""
    if d.event.violent and f.casualties.victims_country:
        d.actors.add(f.casualties.victims_country)


#: the families of a state's measures on its own side (closing its crossings, putting
#: its army on alert), which another state's denial of an accusation does not deny
_OWN_MEASURES = frozenset({"closure", "alert"})
#: a diplomatic event taken up by "the": "who attended the meeting", "at the talks"
_THE_MEETING = re.compile(r"(?<![\w])(?i:the\s+(?:meeting|talks|summit|call|conversation|"
                          r"session|negotiations|gathering))(?![\w])")


def _participants_ahead(f: SentenceFacts, following: Iterable[SentenceFacts]
                        ) -> SentenceFacts:
    """A meeting or call told with one state among its participants ("Speaking in Tehran
    after a meeting of the '3+3' regional platform, Hossein Amir-Abdollahian said …"),
    with the states whose voices speak of it in the ``following`` sentences ("Armenian
    Foreign Minister Ararat Mirzoyan, who attended the meeting, said …"); else as told."""
    if len(f.actors) != 1 or f.event.sub_event_type not in ("meeting", "call"):
        return f
    others = {g.claim.country for g in following
              if g.event is None and g.claim is not None and g.claim.country
              and _THE_MEETING.search(g.sentence.text)} - set(f.actors)
    return replace(f, actors=tuple(sorted({*f.actors, *others}))) if others else f


def _denied_background(f: SentenceFacts) -> bool:
    """Whether a sentence denies an accusation it tells as one long made, of no day
    ("Rights groups have repeatedly accused Saudi border guards of firing on migrants
    along this frontier, an accusation Riyadh rejects"): background, whose denial is of
    that accusation, not of the incident told (not "Armenia has repeatedly denied that its
    forces fired …": the denial is what is repeated)."""
    e, c = f.event, f.claim
    if c is None or not e.violent or f.date is not None or f.unknown_day is not None:
        return False
    if f.rebutted_by is not None:       # "Baku has long accused …, a charge Yerevan denies"
        c = f.rebutted_by
    if c.stance != "denies" or c.cue_start < e.start:
        return False
    return _HABITUAL.search(f.sentence.text, 0, e.start - f.sentence.start) is not None


def _sides_told_after(f: SentenceFacts, following: Iterable[SentenceFacts]
                      ) -> SentenceFacts:
    """Fire that names no side ("A mortar shell struck a house near Teknaf on Monday,
    killing two people"), with where it came from told in the ``following`` sentence
    ("Police said the shell was fired from Myanmar"): its sides are the state it came from
    and the one it hit (that one alone when it came "from across the border"); else ``f``
    as told."""
    if f.actors or f.sideless or not f.event.violent:
        return f
    hit = _countries_hit(f.locations)
    hit = hit if len(hit) == 1 else set()
    for g in following:
        if g.event is not None and (g.date is not None or g.event.new):
            break       # an event of its own day, not the fire taken up
        if g.came_from:
            return replace(f, actors=tuple(sorted(set(g.came_from) | hit)))
        if hit and _CAME_FROM.search(g.sentence.text) and _FROM_ACROSS.search(g.sentence.text):
            return replace(f, actors=tuple(hit))
    return f


def _victims_side(f: SentenceFacts) -> SentenceFacts:
    """Fire from afar that names no side nor where it came from, on a day, at a place of
    one state, with its dead or hurt ("A mortar shell struck a house near Teknaf on
    Monday, killing two people, police said"): it happened, so an incident whose side is
    the state it hit, as a blast that names none is one; else ``f`` as told (fire told
    with no toll, no day or no place is background, not an incident)."""
    if f.actors or not f.event.violent or not f.casualties or not _dated(f) or \
            not _from_afar(f.event, f.sideless):
        return f
    hit = _countries_hit(f.locations)
    return replace(f, actors=tuple(hit)) if len(hit) == 1 else f


def fold_incidents(facts: tuple[SentenceFacts, ...]) -> list[_Draft]:
    """Step 2: group sentences into incidents (see the module docstring for the rules)."""
    drafts: list[_Draft] = []
    current: _Draft | None = None
    denied_ahead: SentenceFacts | None = None
    for k, f in enumerate(facts):
        i = f.sentence.index
        if f.event is not None and _denied_background(f):
            continue
        if f.event is not None:
            target = _link(drafts, f)
            if f.asked and target is not None:
                # asked of again: what the answer says bears on it, the question adds none
                # of its places or figures
                target.last_index = i
                current = target
                if f.claim is not None:     # what it tells another side said: theirs
                    target.add_claim(f)
                continue
            referred = _referred_back(drafts, f) if target is None else None
            if referred is not None:
                # "A ceremony was held in Shusha on Friday for the soldier wounded in the
                # shooting": the shooting told before; the day and place are the ceremony's
                if f.claim is not None:
                    referred.add_claim(replace(f, locations=()))
                    referred.last_index = i
                continue
            if target is None:
                f = _resumed(drafts, _away_from_the_scenes(drafts, f))
            if target is None and f.event.diplomatic and not _opens(f):
                f = _participants_ahead(f, facts[k + 1:k + 1 + WINDOW])
            if target is None and not _opens(f):
                f = _sides_told_after(f, facts[k + 1:k + 2])
            if target is None and not _opens(f):
                f = _victims_side(f)
            if target is None and _opens(f):
                target = _Draft(anchor=f, event=f.event, actors=set(f.actors), last_index=i)
                drafts.append(target)
                if denied_ahead is not None and i - denied_ahead.sentence.index <= 2 and (
                        f.claim is not None and f.claim.country
                        and f.claim.country != denied_ahead.claim.country):
                    # "Armenia's Foreign Ministry called the claims of Azerbaijan's Defense
                    # Ministry baseless. Baku had said … that Armenian troops opened fire …"
                    target.add_claim(denied_ahead)
                denied_ahead = None
                if f.claim is not None:
                    target.add_claim(f)
            elif target is not None:
                target.last_index = i
                if _names_the_blast(f, target):
                    # "… a Turkish drone had fired on the site": what the blast was
                    target.event = replace(target.event,
                                           sub_event_type=f.event.sub_event_type)
                    target.actors |= set(f.actors)
                if f.date is not None and not f.date_told and (
                        (target.anchor.date is None and (
                            target.anchor.unknown_day is None or f.date.precision == "day"))
                        or target.anchor.date_told or _narrows(f, target.anchor.date)):
                    # (an undated article's "on Friday" is a day: no year of "have not
                    # exchanged gunfire since 1975" dates its event)
                    # "A soldier has been wounded …. 'At around 02:30 on September 18,
                    # Azerbaijani units opened fire …,' the statement reads."; "Armenia
                    # and Azerbaijan accused each other on Saturday … late on Friday"
                    target.anchor = replace(target.anchor, date=f.date, date_told=False)
                elif f.unknown_day is not None and not f.date_told and \
                        target.anchor.date is None and (target.anchor.unknown_day is None
                                                        or target.anchor.date_told):
                    # the same in an undated article: the day of the event, not the
                    # one it was said on ("Azerbaijan said on Tuesday that … fighting";
                    # "… had shelled the village overnight")
                    target.anchor = replace(target.anchor, unknown_day=f.unknown_day,
                                            date_told=False)
                if f.claim is not None and f.accuses and f.claim.stance == "denies":
                    # "Azerbaijan's defence ministry denied the report and accused Armenian
                    # forces of firing at houses in Gazakh": the places are of the deed it
                    # accuses the other side of, not of the incident it denies
                    target.add_claim(replace(f, locations=tuple(
                        loc for loc in f.locations
                        if loc.place is None or loc.place.id not in f.accused_at)))
                elif f.claim is not None:
                    target.add_claim(f)
                elif not target.event.diplomatic:   # a meeting has one venue: its own
                    target.reports.append(f)
                if target.anchor.sideless and f.claim is not None and \
                        f.claim.stance == "denies":
                    pass    # "Pakistan denied any involvement in the attack": gunmen's
                            # attack on tourists has no state's side, nor the denier
                elif not target.actors or (target.event.violent and f.claim is not None
                                           and f.claim.party):
                    # a side's defence ministry reporting the fight makes its side one
                    # ("its forces destroyed Armenian firing points", said Baku)
                    target.actors |= set(f.actors)
                elif target.event.violent and f.claim is None and len(_sides(target)) == 1:
                    # "Syunik's governor dismissed reports of gunfire near Kajaran as fake.
                    # Videos … claimed that Azerbaijani troops had shelled …": the side the
                    # report told of, who is said to have fired
                    target.actors |= set(f.actors)
                _add_victims_side(target, f)
                if _recalls_earlier(current, target, f, drafts):
                    current.last_index = i
                    continue
            current = target
            continue
        if f.claim is not None and f.claim.stance == "denies" and f.has_report_noun and (
                current is None or i - current.last_index > WINDOW):
            denied_ahead = f            # a denial of claims told in what follows
        if current is None or i - current.last_index > WINDOW:
            continue
        if 0 <= f.answers and current.last_index < f.answers:
            continue        # an answer speaks of what its question asked, not of what an
                            # answer before told ("Question: … a bus near Kvemo Sarali …?
                            # Answer: We categorically deny any involvement.")
        if _harm_of_another_day_elsewhere(f, current):
            # "Two days earlier, on Sunday, another bomb wounded three civilians at a
            # market in Garissa": not the lead's toll; an incident of its kind when told
            # as "another" of it
            kin = _told_as_another(f, current)
            if kin is not None:
                current = _Draft(anchor=kin, event=kin.event, actors=set(kin.actors),
                                 last_index=i)
                drafts.append(current)
                _add_victims_side(current, f)
                if f.claim is not None:
                    current.add_claim(kin)
            continue
        if f.casualties and _RUNNING_TOTAL.search(f.sentence.text):
            continue        # "Since the 44-day war, 55 people have been killed by mines"
        if f.claim is None:
            # "Forty-nine servicemen were killed."; "The site was geolocated to …"; "The
            # transfer took place near the village of Sotk."
            if (f.casualties or f.locations) and current.event.violent or (
                    # "… detained four people …. One of the men fired a pistol and was
                    # wounded in the leg.": the arrest's wounded
                    f.casualties and current.event.family == "arrests") or (
                    f.locations and not current.event.diplomatic
                    and _TAKES_UP.match(f.sentence.text)):
                current.reports.append(f)
                current.last_index = i
                _add_victims_side(current, f)
                if _is_day(f.date) and current.event.violent and (
                        current.anchor.date is None or current.anchor.date_told
                        or _narrows(f, current.anchor.date)):
                    # "…, officials said on Thursday. … two civilians were killed … on
                    # Wednesday evening": the day of the dead, not of the statement
                    current.anchor = replace(current.anchor, date=f.date, date_told=False)
            continue
        # "… reports are groundless", "The Armenian side denied this."
        denial_of_reports = f.claim.stance == "denies" and (f.has_report_noun
                                                            or f.claim.anaphoric)
        casualty_report = bool(f.casualties) and current.event.violent
        statement = (current.event.diplomatic and f.claim.country in current.actors
                     and not f.casualties       # a call or meeting counts no dead
                     # nor a statement of another day ("August 8: … sign a joint
                     # declaration. September 2: President Aliyev says …")
                     and _dates_compatible(f.date, current.date_range))
        # "The de facto authorities in Tskhinvali said the two had crossed the border
        # illegally": another claimant's word on what was just told
        # (two sentences on when it names the event: "He was taken to Baku. The Armenian
        # Foreign Ministry said the detention was 'an act of abduction'")
        gap = i - current.last_index
        reaction = ((gap == 1 and _BACK_TO_IT.search(f.sentence.text))
                    or (gap == 2 and _BACK_TO_EVENT.search(f.sentence.text))) \
            and not _NO_WORD.search(f.sentence.text) \
            and all(c.claim.claimant != f.claim.claimant for c in current.claims)
        if denial_of_reports:
            # "The Armenian Ministry of Defense said the report that its units opened fire
            # in the direction of Kalbajar does not correspond to reality": the incident
            # told at Kalbajar, when it is not the last one told
            denied = _place_names([f])
            if denied and not denied & _draft_place_names(current):
                current = next((d for d in reversed(drafts) if denied & _draft_place_names(d)
                                and i - d.last_index <= 2 * WINDOW), current)
            if current.event.family in _OWN_MEASURES:
                # "Belarus's foreign ministry called the accusation 'absurd', said the
                # balloons were the business of smugglers": what a state is accused of is
                # a deed, not the crossings its neighbour closed on its own side
                accused = next((d for d in reversed(drafts) if d.event.family
                                not in _OWN_MEASURES and i - d.last_index <= 2 * WINDOW),
                               None)
                denial_of_reports = accused is not None
                current = accused or current
            if _answers_counter_accusation(f, current):
                # "Azerbaijan's defence ministry denied the report and accused Armenian
                # forces of firing at houses in Gazakh. Armenia's defence ministry called
                # that claim a fabrication": a denial of that accusation, not of the report
                denial_of_reports = reaction = False
            if f.claim.denied_deed_of and not _done_by(current, f.claim.denied_deed_of):
                # "Pakistan's claims of destroying the S-400 … are entirely false": a
                # denial of Pakistan's deed, not of India's strike told last
                denial_of_reports = False
        if reaction and current.event.family == "arrests" and f.claim.country and any(
                ADVERSARIES.get(c) == f.claim.country for c in current.actors):
            # "Azerbaijani border guards detained a resident of Nagorno-Karabakh …. The
            # Armenian Foreign Ministry said the detention was 'an act of abduction'": the
            # other side of the conflict, speaking for the detained, is a side
            current.actors.add(f.claim.country)
        if denial_of_reports or casualty_report or statement or reaction:
            current.add_claim(f)
            current.last_index = i
            _add_victims_side(current, f)
        elif gap == 1 and _BACK_TO_IT.search(f.sentence.text) and any(
                c.claim.claimant == f.claim.claimant for c in current.claims):
            # "The service said the men had been taken to Tskhinvali.": the same voice
            # goes on about it; a reaction may follow ("The de facto authorities … said")
            current.last_index = i
    # a question's event no answer took up was only asked of
    return [d for d in drafts if not (d.anchor.asked and not d.claims)]


def _claimant_kind(c: ClaimCue) -> str:
    """What kind of claimant speaks (``model.CLAIMANT_KINDS``): a state's body or office
    (its own agencies too: ANAMA), its news agency or media, a state's peacekeepers (a
    monitor); a claimant that is no state has its entity's kind in actors.yaml
    ``non_state`` (whose ministries and officials speak for it): military, government,
    monitor; "" when none is known."""
    if c.country:
        kind = "state" if c.claimant in state_agencies() else c.kind
        return {"agency": "media", "monitor": "monitor"}.get(kind, "state")
    entity = next((form.kind for form in non_state_tables()[1] if form.name == c.claimant
                   and form.kind not in ("ministry", "official")), "")
    return {"military": "armed group", "government": "de facto authority",
            "monitor": "monitor"}.get(entity, "")


def _claim(article: Article, f: SentenceFacts, incident_id: str, date: DateRef | None,
           keep_locations: bool, rebutting: bool = False) -> Claim:
    """The claim of a sentence; ``rebutting``: the denial another side makes of it in the
    same sentence (``SentenceFacts.rebutted_by``, in ``f.claim``)."""
    c, cas = f.claim, f.casualties
    when = f.date if f.date is not None else date
    counts = cas if c.stance == "asserts" else Casualties()
    return Claim(
        id=_stable_id("cl", article.id, f.sentence.start, f.sentence.end,
                      *(["rebuttal"] if rebutting else [])),
        incident_id=incident_id, claimant=c.claimant, claimant_country=c.country,
        claimant_kind=_claimant_kind(c),
        stance=c.stance, text=f.sentence.text, article=article.id,
        sentence_index=f.sentence.index,
        date=when.value if when else None,
        date_precision=when.precision if when and when.value else None,
        locations=f.locations if keep_locations else (),
        fatalities_min=counts.fatalities_min, fatalities_max=counts.fatalities_max,
        injured_min=counts.injured_min, injured_max=counts.injured_max,
        victims_country=counts.victims_country)


def summary_of(text: str) -> str:
    """The sentence on one line, cut at a word's end to ``SUMMARY_CHARS`` ("near Verin
    Shorzha, Gegh…" was cut inside a name)."""
    text = " ".join(text.split())
    if len(text) <= SUMMARY_CHARS:
        return text
    cut = text[:SUMMARY_CHARS]
    space = cut.rfind(" ", SUMMARY_CHARS * 3 // 4)      # a word of 60 letters is cut
    return (cut[:space] if space > 0 else cut[:-1]).rstrip(" ,;:–—-") + "…"


def combine_casualties(counts) -> dict:
    """Incident figures from several reports, and whose people they are when every
    report counts the same side's (else "").

    Reports that may count the same people (the same side's, or nobody's in
    particular) give the most conservative minimum and the largest maximum (ACLED's
    rule, ``_estimates``). Reports that each count one side's own people ("49 Armenian
    servicemen", "50 Azerbaijani servicemen") add up, side by side. A report naming no
    side counts everybody: beside the sides' sum it is another estimate of the total
    (the lower minimum stands); beside one side's count alone it is the only estimate
    of the total ("at least four killed" and "one Azerbaijani soldier" are four or
    more, not one)."""
    counts = [c for c in counts if any(v is not None for v in (
        c.fatalities_min, c.fatalities_max, c.injured_min, c.injured_max))]
    sides = sorted({c.victims_country for c in counts} - {""})
    everybody = [c for c in counts if not c.victims_country]
    if not everybody or not sides:      # all may count the same people, or each side its own
        figures = _estimates(counts) if len(sides) < 2 else _sides_added(counts, sides)
        whose = sides[0] if len(sides) == 1 else ""
        return {**figures, "victims_country": "" if whose.startswith("~") else whose}
    # a total beside the sides' own counts: the lower minimum of the total's estimates
    # (one side's count is none), the higher maximum
    totals = [_estimates(everybody)] + ([_sides_added(counts, sides)] if len(sides) > 1
                                        else [])
    figures = _estimates(counts)
    for measure in ("fatalities", "injured"):
        low, high = f"{measure}_min", f"{measure}_max"
        lows = [t[low] for t in totals if t[low] is not None]
        if lows:
            figures[low] = min(lows)
        if len(totals) > 1:
            highs = [t[high] for t in totals if t[low] is not None or t[high] is not None]
            figures[high] = None if None in highs else max(highs, default=None)
    return {**figures, "victims_country": ""}


def _sides_added(counts, sides: list[str]) -> dict:
    """The figures of each side's own reports (``_estimates``), added up."""
    per_side = [_estimates([c for c in counts if c.victims_country == side])
                for side in sides]
    total = {}
    for measure in ("fatalities", "injured"):
        low, high = f"{measure}_min", f"{measure}_max"
        total[low], total[high] = added_up([(f[low], f[high]) for f in per_side
                                            if f[low] is not None or f[high] is not None])
    return total


def _estimates(counts) -> dict:
    """Figures of reports that may all count the same people: the lowest minimum, the
    highest maximum; none when a report gives a minimum only ("at least 51 killed" beside
    "one killed" is one or more, not one), unless another gives a maximum only ("at least
    five killed" beside "as high as 9" is five to nine)."""
    def pick(values, fn):
        values = [v for v in values if v is not None]
        return fn(values) if values else None

    def highest(measure):
        lows = [getattr(c, f"{measure}_min") for c in counts]
        highs = [getattr(c, f"{measure}_max") for c in counts]
        capped = any(lo is None and hi is not None for lo, hi in zip(lows, highs))
        if not capped and any(lo is not None and hi is None for lo, hi in zip(lows, highs)):
            return None
        # a bound alone ("put the toll as high as 9") caps an open count ("at least five")
        top, low = pick(highs, max), pick(lows, min)
        return None if top is not None and low is not None and top < low else top
    return dict(
        fatalities_min=pick((c.fatalities_min for c in counts), min),
        fatalities_max=highest("fatalities"),
        injured_min=pick((c.injured_min for c in counts), min),
        injured_max=highest("injured"))


def _is_headline(article: Article, s: Sentence) -> bool:
    """The article's first line, unpunctuated and on a line of its own: a headline."""
    return s.index == 0 and not s.text.rstrip("”’\"' ").endswith((".", "!", "?", "…")) \
        and article.text[s.end:s.end + 3].lstrip(" \t\r").startswith("\n")


def _headline_date(article: Article, d: _Draft) -> DateRef | None:
    """The date of an incident opened by an undated headline ("Karabakh army says
    Azerbaijani forces opened fire near Martakert") is the one the sentence right after
    it gives, when that sentence joined it (the report's lead); else the anchor's."""
    if not _is_headline(article, d.anchor.sentence):
        return d.anchor.date
    # the lead is the sentence after the headline, or after a dateline the splitter
    # left as a sentence of its own ("STEPANAKERT, AUGUST 1, ARMENPRESS.")
    lead = min((f for f in d.claims + d.reports if 1 <= f.sentence.index <= 2),
               key=lambda f: f.sentence.index, default=None)
    if lead is None or lead.date is None or not lead.date.value:
        return d.anchor.date
    return lead.date


def _speaker(f: SentenceFacts) -> tuple[str, str]:
    """Who makes a claim, as far as telling two claims apart goes: its state, or its name
    when it is no state's; and its stance."""
    return f.claim.country or f.claim.claimant, f.claim.stance


def _without_headline_echo(article: Article, claims: list) -> list:
    """The claims of an incident without its headline's when the article's body makes the
    same claim ("Azerbaijan says Armenian forces fired on Tovuz" over "Azerbaijan's defence
    ministry said …"): one claim, the body's, not two."""
    if not claims or not _is_headline(article, claims[0].sentence):
        return claims
    rest = claims[1:]
    return rest if any(_speaker(f) == _speaker(claims[0]) for f in rest) else claims


def _incident(article: Article, d: _Draft, filed: DateRef | None = None) -> Incident:
    """The incident of a draft; ``filed``, the day the article's dateline gives, dates
    one its sentences do not ("YEREVAN, March 3 - … Azerbaijani forces opened fire near
    Sotk, the ministry said.")."""
    a, e = d.anchor, d.event
    incident_id = _stable_id("inc", article.id, a.sentence.start, a.sentence.end,
                             e.event_type, e.sub_event_type)
    date = a.date if a.date is not None and a.date.value else _headline_date(article, d)
    if (date is None or not date.value) and filed is not None:
        date = filed
    claiming = _without_headline_echo(article, d.claims)
    # another side's denial in a claim's own sentence is a claim of its own
    said = [(g, rebutting) for f in claiming for g, rebutting in (
        [(f, False)] + ([(replace(f, claim=f.rebutted_by, casualties=Casualties()), True)]
                        if f.rebutted_by is not None else []))]
    claiming = [f for f, _ in said]
    # (a claim with no event word of its own keeps its places when it takes the event up:
    # "…, said the strike near Sinjar was a violation of Iraqi sovereignty")
    claims = tuple(_claim(article, f, incident_id, date, keep_locations=f.event is not None
                          or _BACK_TO_EVENT.search(f.sentence.text) is not None,
                          rebutting=rebutting) for f, rebutting in said)
    unclaimed = ([a] if a.claim is None else []) + d.reports
    told = sorted([(f.sentence.index, f.locations) for f in unclaimed]
                  + [(c.sentence_index, c.locations) for c in claims], key=lambda t: t[0])
    locations = tuple(dict.fromkeys(l for _, where in told for l in where))
    # each side's counts of a report that counts several, side by side with the others'
    # ("23 Pakistani soldiers" beside "58 Pakistani soldiers and nine Taliban fighters")
    reports = [f for f, c in zip(claiming, claims) if c.stance == "asserts"] + \
        [f for f in unclaimed if f.casualties]
    counted = [side for count in _parts_within(_further_added(_latest_tolls(
        [(f.sentence.index, f.casualties, f.casualties.updated_toll) for f in reports])))
        for side in count.sides()]
    return Incident(
        id=incident_id, date=date.value if date else None,
        date_precision=date.precision if date and date.value else None,
        event_type=e.event_type,
        sub_event_type=e.sub_event_type, actors=tuple(sorted(d.actors)), locations=locations,
        articles=(article.id,), summary=summary_of(a.sentence.text), claims=claims,
        **(_counted_at_places(reports) or combine_casualties(counted)))


def _local_places(f: SentenceFacts) -> set[str]:
    return {loc.place.id for loc in f.locations if _is_local(loc)
            and loc.relation in ("at", "near", "district", "sector")}


def _counted_at_places(reports: list[SentenceFacts]) -> dict | None:
    """The figures of reports that each count the dead or wounded at other places, added
    up ("killing 12 civilians in Poonch. In Udhampur, one woman was killed": 13): the
    people of two towns are different people, not two versions of one count. None
    unless every report with a count names a town or district, all are told by one
    speaker or all in the article's own voice, and their places fall apart into two or
    more; a toll that has grown is no count of other people."""
    told = [f for f in reports if f.casualties]
    if len(told) < 2 or any(f.casualties.updated_toll for f in told) or \
            len({f.claim.claimant if f.claim is not None else "" for f in told}) > 1:
        return None     # (a side's count and the press's may be versions of one)
    places = [_local_places(f) for f in told]
    if not all(places):
        return None
    groups: list[tuple[set[str], list]] = []
    for f, where in zip(told, places):
        joined = [g for g in groups if g[0] & where]
        merged = (set(where).union(*(g[0] for g in joined)),
                  [c for g in joined for c in g[1]] + list(f.casualties.sides()))
        groups = [g for g in groups if not g[0] & where] + [merged]
    if len(groups) < 2:
        return None
    per_place = [combine_casualties(counts) for _, counts in groups]
    total = {}
    for measure in ("fatalities", "injured"):
        low, high = f"{measure}_min", f"{measure}_max"
        total[low], total[high] = added_up([(g[low], g[high]) for g in per_place
                                            if g[low] is not None or g[high] is not None])
    whose = {g["victims_country"] for g in per_place}
    return {**total, "victims_country": whose.pop() if len(whose) == 1 else ""}


def _further_added(counts: list) -> list:
    """The counts of reports in the order told, a count of further people ("Another
    soldier was wounded") added to the last one before it of the same harm ("Two
    servicemen sustained shrapnel wounds": three), not set beside it as another estimate."""
    counts = list(counts)
    for at, later in enumerate(counts):
        if not later.further or len(later.by_side) > 1:
            continue
        for measure in ("fatalities", "injured"):
            low, high = f"{measure}_min", f"{measure}_max"
            if getattr(later, low) is None:
                continue
            # (of one group alone, the same group's: "a second villager" after "a farmer")
            before = next((b for b in range(at - 1, -1, -1)
                           if getattr(counts[b], low) is not None
                           and _group_of(counts[b]) == _group_of(later)), None)
            if before is None:
                continue
            earlier = counts[before]
            total = added_up([(getattr(earlier, low), getattr(earlier, high)),
                              (getattr(later, low), getattr(later, high))])
            counts[before] = earlier.with_figures(**{low: total[0], high: total[1]})
            counts[at] = later = later.with_figures(**{low: None, high: None})
    return counts


def _group_of(count) -> tuple[str, ...]:
    """The groups a count counts by name (``Casualties.by_side``), none when it names none."""
    return tuple(side for side, *_ in count.by_side)


def _parts_within(counts: list) -> list:
    """The counts of reports in the order told, a count of some of a group told before
    ("injuring two civilians. … One of them was taken to hospital") dropped for each harm
    a count before it gives: those people are among that count's, not another estimate of
    it (1 beside 2 would make the wounded 1-2)."""
    counts = list(counts)
    for at, later in enumerate(counts):
        if not later.part:
            continue
        for measure in ("fatalities", "injured"):
            low, high = f"{measure}_min", f"{measure}_max"
            if any(getattr(c, low) is not None or getattr(c, high) is not None
                   for c in counts[:at]):
                counts[at] = later = replace(later, **{low: None, high: None})
    return counts


def _latest_tolls(reports: list[tuple[int, object, bool]]) -> list:
    """The counts of (sentence index, count, grown toll) reports, a toll that has grown
    ("bringing the number killed to two") replacing the fatalities told before it of the
    same people ("one Armenian soldier was killed"), not adding to them as another
    estimate."""
    reports = sorted(reports, key=lambda r: r[0])
    counts = [count for _, count, _ in reports]
    for at, (_, latest, grown) in enumerate(reports):
        if not grown:
            continue
        for before in range(at):
            earlier = counts[before]
            if earlier.fatalities_min is None and earlier.fatalities_max is None:
                continue
            if latest.victims_country and earlier.victims_country not in (
                    "", latest.victims_country):
                continue                        # the other side's dead stay
            counts[before] = earlier.without_fatalities()
    return counts


def extract_incidents(article: Article, sentences: tuple[Sentence, ...],
                      resolutions: tuple[Resolution, ...], actors: tuple[ActorMention, ...],
                      gazetteer=None) -> tuple[Incident, ...]:
    """The incidents ``article`` reports, each with its claims (``gazetteer`` is accepted
    for the pipeline's signature; places come only from ``resolutions``)."""
    resolutions = tuple(sorted((r for r in resolutions if r.place is not None),
                               key=lambda r: r.mention.start))
    dateline = dateline_spans(article.text)
    filed = _filed_on(article.text, dateline, article.published)
    facts = sentence_facts(article, sentences, resolutions, actors, dateline, filed)
    written = _written_on(article, filed)
    drafts = fold_incidents(facts)
    drafts += statement_drafts(facts, drafts, filed,
                               headline=bool(facts) and _is_headline(article, facts[0].sentence))
    return tuple(_with_toll_told_by_name(article, sentences, resolutions,
                                         _incident(article, d, filed))
                 for d in drafts if not _long_before(d, written))


#: an attack named by its place, its toll in a relative clause: "the Pahalgam attack in
#: which 26 people, most of them tourists, were shot dead"
_NAMED_BY_PLACE = re.compile(r"\s+(?:(?i:terror|terrorist|militant|gun)\s+)?(?i:attack|massacre|"
                             r"shooting|ambush|bombing|killings)\s*,?\s+(?P<told>(?i:in which|"
                             r"which killed|that killed|which left|that left))(?![\w])")
_THE_NAMED = re.compile(r"(?<![\w])(?i:the)\s+$")


def _with_toll_told_by_name(article: Article, sentences: tuple[Sentence, ...],
                            resolutions: tuple[Resolution, ...], incident: Incident
                            ) -> Incident:
    """An attack that counts no dead or hurt of its own, with the toll another sentence
    gives of the attack it names by the incident's place: "a fortnight after the Pahalgam
    attack in which 26 people … were shot dead" counts "The attack at Baisaran meadow near
    Pahalgam on April 22"."""
    if incident.sub_event_type not in ("Attack", "Armed clash") or any(
            v is not None for v in (incident.fatalities_min, incident.fatalities_max,
                                    incident.injured_min, incident.injured_max)):
        return incident
    here = {loc.place.id for loc in incident.locations if _is_local(loc)}
    text = article.text
    for r in resolutions:
        if r.place is None or r.place.id not in here or not _THE_NAMED.search(
                text, max(0, r.mention.start - 5), r.mention.start):
            continue
        named = _NAMED_BY_PLACE.match(text, r.mention.end)
        s = next((s for s in sentences if s.start <= r.mention.start < s.end), None)
        if named is None or s is None:
            continue
        counted = find_casualties(text, named.start("told"), s.end)
        if counted:
            return replace(incident, **combine_casualties([counted]))
    return incident


def _written_on(article: Article, filed: DateRef | None) -> dt.date | None:
    """The day the article was written: its dateline's (``_filed_on``; "NEW DELHI, Dec 13,
    2022 (Reuters) -" whatever --published says of articles that carry no date), else its
    publication date."""
    return filed.value if filed is not None and filed.value else article.published


#: an event this long before the article was published is history the article recalls
#: ("Azerbaijani troops shelled Stepanakert for months in 1992"), not news it reports
RECALLED_AFTER = dt.timedelta(days=365)


def _long_before(d: _Draft, published: dt.date | None) -> bool:
    rng = d.date_range
    return published is not None and rng is not None and rng[1] < published - RECALLED_AFTER


#: a statement of what a state has long held, not of a day: "Iran has repeatedly said it
#: opposes any geopolitical changes"
_HABITUAL = re.compile(r"(?<![\w])(?i:repeatedly|has long|have long|had long|has always|"
                       r"have always|consistently|time and again)(?![\w])")
#: voices of a state whose word on a place is its stated position
_STATE_VOICES = frozenset({"state", "government", "ministry", "official"})
#: the voices a journalist's question may tell the claims of: a state's (not its forces,
#: whom "reports that Iranian border guards fired …" name as the event's agent)
_QUESTION_VOICES = _STATE_VOICES


def _places_spoken_of(text: str, s: Sentence, in_r: tuple[Resolution, ...],
                      in_s: tuple[ActorMention, ...], masked: list) -> tuple[Location, ...]:
    """The places below a country's a statement names, in any role ("a corridor through
    Armenia's Syunik province", "the route through Meghri, known as the Zangezur
    corridor"): not a dateline's town, a capital standing for its government ("Tehran
    welcomed …"), a country or a region of no one country ("the South Caucasus")."""
    return tuple(dict.fromkeys(
        Location("at", place=r.place) for r in in_r
        if r.place is not None and r.place.kind != "country" and r.place.country_code
        and s.start <= r.mention.start < s.end and not inside(r.mention.start, masked)
        and not any(a.start <= r.mention.start < a.end for a in in_s)))


def _an_area(place) -> bool:
    """A place a state takes a position on, not where something happened: a division of a
    country, a corridor ("Iran would block a corridor through Armenia's Syunik province";
    not "Russia plans to open a base near Tskhinvali")."""
    return place is not None and (place.kind in AREA_KINDS or "corridor" in place.id)


def statement_drafts(facts: tuple[SentenceFacts, ...], drafts: list[_Draft],
                     filed: DateRef | None, headline: bool = False) -> list[_Draft]:
    """A state's stated position on a place that attaches to no incident: a diplomatic
    statement, one per speaker and day, dated by the statement (else by the dateline;
    undated when the article gives no date to count the day it names from), placed at
    what it speaks of, its claims attached.

    A statement opens one when it joined no incident, tells no event, is a state's voice
    (its government, a ministry, an official: not a news agency, not a resident), names
    a province, a region or a corridor of a state (``_an_area``: Syunik, the Zangezur
    corridor; with it, the towns it names: Meghri), says what the state will or will not
    do, accept or oppose (cues.yaml ``position_words``), counts no one killed or hurt,
    is not of what the state has long held ("repeatedly said"), and comes more
    than ``WINDOW`` sentences after any incident the article told (a word right after an
    incident comments on it, and stays that incident's claim or nothing, as before). A
    later statement of the same speaker — or of another voice of that state on the same
    day that speaks of a place the statement does, or names none and takes a position
    itself ("Iran's foreign ministry spokesman struck a more measured tone, saying Tehran
    welcomed …"; ``_of_the_same``) — that joined nothing is a claim of that statement. A headline (``headline``: the first sentence
    is one) says in short what the article tells: it opens none and joins none."""
    used = {f.sentence.index for d in drafts for f in (d.anchor, *d.claims, *d.reports)}
    free = [f for f in facts[1 if headline else 0:] if f.claim is not None and f.event is None
            and f.sentence.index not in used and f.claim.country
            and f.claim.kind in _STATE_VOICES and not _HABITUAL.search(f.sentence.text)
            and not f.casualties]     # (who was killed or hurt tells an event, not a stance)
    told = list(_spans(drafts))
    made: list[_Draft] = []
    by_speaker: dict[tuple[str, str], list[_Draft]] = {}
    for f in free:                      # the statements that open one
        c, i = f.claim, f.sentence.index
        day = f.date if f.date is not None and f.date.value else filed or f.unknown_day
        if not any(_an_area(loc.place) for loc in f.spoken_of) or day is None or \
                not cue_patterns()["position_words"].search(f.sentence.text) or \
                any(lo <= i and i - hi <= WINDOW for lo, hi in told):
            continue
        own = by_speaker.setdefault((c.claimant, c.country), [])
        if any(_dates_compatible(day, d.date_range) for d in own):
            continue
        cue = EventCue("diplomatic", "statement", "statement", f.sentence.start,
                       f.sentence.start)
        anchor = replace(f, event=cue, date=day, actors=(c.country,), locations=f.spoken_of)
        d = _Draft(anchor=anchor, event=cue, actors={c.country}, last_index=i)
        own.append(d)
        made.append(d)
    anchors = {d.anchor.sentence.index for d in made}
    for f in free:                      # what else the speaker, or the state that day, said
        c = f.claim
        if f.sentence.index in anchors:
            continue
        own = [d for d in by_speaker.get((c.claimant, c.country), ())
               if (f.date is None or _dates_compatible(f.date, d.date_range))
               # (in a transcript, only what the same answer goes on to say)
               and f.answers == d.anchor.answers]
        day = f.date if f.date is not None and f.date.value else filed or f.unknown_day
        state = [d for d in made if c.country in d.actors and day is not None
                 and d.anchor.date.value == day.value
                 and (c.claimant, c.country) not in by_speaker
                 and _of_the_same(f, d)]
        home = min(own or state, key=lambda d: abs(d.anchor.sentence.index
                                                   - f.sentence.index), default=None)
        if home is not None:
            home.claims.append(replace(f, event=home.event, date=f.date or home.anchor.date,
                                       locations=f.spoken_of))
    for d in made:
        d.claims = sorted([d.anchor, *d.claims], key=lambda f: f.sentence.index)
        d.last_index = d.claims[-1].sentence.index
    return made


def _of_the_same(f: SentenceFacts, d: _Draft) -> bool:
    """Whether another voice of a statement's state speaks to it: of a place it speaks of,
    or taking a position itself while naming no other place ("Iran's foreign ministry
    spokesman struck a more measured tone, saying Tehran welcomed …"; not the defence
    ministry's "no ceasefire violations had been recorded" beside a word on Syunik)."""
    mine = {loc.place.id for loc in f.spoken_of if loc.place is not None}
    if mine:
        return bool(mine & {loc.place.id for loc in d.anchor.locations
                            if loc.place is not None})
    return bool(cue_patterns()["position_words"].search(f.sentence.text))


def _spans(drafts: list[_Draft]):
    """(first, last) sentence index of each incident the fold told."""
    for d in drafts:
        told = [f.sentence.index for f in (d.anchor, *d.claims, *d.reports)]
        yield min(told), max(told + [d.last_index])
