"""Who acted and who was hit: the sides (countries) of the event a sentence tells.

Apart from the reading of a sentence because the fold and the merge across articles ask
the same questions (where fire came from, whom an attack hit, ``opposite_directions``):

- the countries acting in the event's clause (``event_actors``): its agents and the sides
  of a border named, not a state that judges the event, a broker, nor a speaker who is no
  party;
- attackers of no state (gunmen) hitting a state's forces or posts fight that state;
  hitting anyone or anything else, they commit violence against civilians, another
  incident than fighting between states told before it (``no_state_attack``). A fight
  between armed groups of no state ("fighting between the ELN and FARC dissidents") has
  no state's side, as gunmen's attack has none, and so has a blast, a bomb or a grenade
  no side is named for;
- such an attack at a village the gazetteer lacks ("near the village of Khurvaleti") is
  placed in the country the text names it of ("the Georgian village of …"), else the one
  the sentences before put the attack in, else the country whose authorities report it,
  else the dateline's: at a named scene, not nowhere (an attack naming no scene opens
  nothing);
- an aimed attack's attacker, named in its sentence or carried from one before, and the
  state whose land its places lie in (``with_territory_hit``);
- fire that names no side, with where it came from told in the next sentence ("Police
  said the shell was fired from Myanmar"), is an incident of the state it came from and
  the one it hit (``sides_told_after``);
- a meeting or call told with one state takes those whose voices say they "attended the
  meeting" just after (``participants_ahead``);
- "the enemy" in a side's word is its usual adversary (``ADVERSARIES``);
- fighting that names no side, at places of one state, in an article that tells an armed
  group of no state acting ("M23 fighters entered Goma"), is that state's
  (``fought_by_armed_group``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from ..model import ActorMention, Location, Resolution, Sentence
from .casualties import Casualties
from .claims import ClaimCue
from .events import EventCue
from .facts import WINDOW, SentenceFacts, dated
from .locations import BORDER_WORD, border_phrases, not_there
from .neighbours import shares_land_border
from .spans import after_locative, clause_around, fled_into, inside, qualifies_a_place, quote_spans
from .tables import BORDER_WORDS

#: the kinds of actor that may be a side of an event (its agents)
AGENT_KINDS = frozenset({"state", "demonym", "military", "government", "ministry", "official"})
#: ... and of a diplomatic one (its participants)
PARTICIPANT_KINDS = frozenset({"state", "government", "ministry", "official"})
#: voices of a state whose word on a place is its stated position
STATE_VOICES = frozenset({"state", "government", "ministry", "official"})

#: a demonym made an adjective of agency: "Russian-brokered", "Iranian-backed", "US-led"
_BROKERED = re.compile(r"[-–](?:brokered|backed|mediated|led|made|sponsored|supplied|built|"
                       r"trained|funded|supported|allied)(?![\w])")
#: "a ceasefire brokered by Russia": the broker, no party
_BROKER_BEFORE = re.compile(r"(?<![\w])(?:brokered|mediated|hosted)\s+by\s+(?:the\s+)?$")

#: attackers that are no state's forces: "armed bandits opened fire on their patrol near
#: Mirjaveh, close to the border with Pakistan" is no clash with Pakistan
_NO_STATE_AGENT = re.compile(r"(?i)(?<![\w-])(?:bandits|smugglers?|gunm[ae]n|traffickers|"
                             r"poachers|armed men|masked men|unknown men|assailants|raiders|"
                             r"(?:cattle )?rustlers|"
                             r"unidentified (?:men|attackers|gunmen|assailants|persons|people|"
                             r"individuals)|(?:armed|unknown|masked) attackers)(?![\w-])")


#: the words that tell where attackers of no state come from or whose they look, right
#: after their noun: "gunmen in Ethiopian uniforms", "raiders from Sudan", "raiders who
#: crossed from Sudan", "armed men wearing Tajik army fatigues"
_ATTACKERS_TOLD_OF = re.compile(r"\s+(?:(?:who|that|which)\s+(?:had\s+|have\s+)?(?:crossed|came|"
                                r"come|slipped|entered)\s+(?:over\s+|in\s+|into\s+\w+\s+)?)?"
                                r"(?P<linked>(?i:from|in|wearing|dressed\s+in|of))\s+(?:(?:the|an?)\s+)?"
                                r"(?:neighbou?ring\s+)?")
#: what "in" must go on to, its state's word between, to tell whose attackers look: their
#: dress ("gunmen in Ethiopian uniforms", "in Afghan army fatigues"), not where they were
#: ("gunmen in Nigeria's Zamfara state", "gunmen in a Kenyan border village")
_DRESS_AFTER = re.compile(r"(?:’s|'s)?\s+(?:[\w’'-]+\s+){0,2}?(?i:uniforms?|fatigues|camouflage|"
                          r"clothing|clothes|gear)(?![\w])")
#: what may come between the state attackers are of, an adjective, and their noun:
#: "suspected Pakistani gunmen", "Ethiopian Oromo gunmen" (one word at most; not a state's
#: name or force, the speaker: "Sudan's army said raiders …")
_ATTACKERS_ADJECTIVE = re.compile(r"\s+(?:[\w’'-]+\s+)?")


def attackers_state(text: str, s: Sentence, event: EventCue,
                    actors: tuple[ActorMention, ...]) -> str:
    """The one state an attack's attackers of no state are told by their own words to come
    from or to look like ("When gunmen in Ethiopian uniforms walked into a herders' camp
    …", "gunmen in Malian army uniforms", "raiders who crossed from Sudan", "suspected
    Pakistani gunmen"): their side, which the text gives though it names no state's force;
    "" when it tells none, or more than one."""
    clause = clause_around(text, s.start, s.end, event.start)
    told = set()
    for agent in _NO_STATE_AGENT.finditer(text, clause[0], min(event.end, clause[1])):
        told |= {a.country_code for a in actors
                 if a.country_code and a.kind in ("state", "demonym", "military") and (
                     (a.kind == "demonym" and clause[0] <= a.start
                      and a.end <= agent.start()
                      and _ATTACKERS_ADJECTIVE.fullmatch(text, a.end, agent.start()))
                     or (agent.end() <= a.start
                         and (told_of := _ATTACKERS_TOLD_OF.fullmatch(text, agent.end(),
                                                                       a.start)) is not None
                         and (told_of.group("linked").lower() != "in"
                              or _DRESS_AFTER.match(text, a.end) is not None)))}
    return next(iter(told)) if len(told) == 1 else ""


#: a hostile deed and its agent: "a violation of its airspace by Iran", "attacks by
#: Azerbaijani forces" (what "by" follows: the deed, then up to eight words or a quote)
_DEED_BY = re.compile(r"(?i:violations?|attacks?|strikes?|shelling|aggression|incursions?|"
                      r"provocations?|bombardment|raids?)(?:[^.;,]{0,50}?)[\"”’']?\s+by\s+"
                      r"(?:the\s+)?$")


#: a cue of fire answered, whose other side fired first in the clauses before it
_FIRE_ANSWERED = re.compile(r"(?i:return(?:ed|ing)?\s+(?:the\s+)?fire|fired\s+back|"
                            r"retaliat(?:ed|ing))(?![\w])")


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
AIMED_AT = frozenset({"violent", "disrupted"})
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


def no_state_attack(text: str, s: Sentence, event: EventCue,
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
        clause[0] <= a.start < event.start and a.country_code and a.kind in AGENT_KINDS
        and a.kind not in _REACTING_KINDS for a in actors)
    agent = agent or group
    # (a state or its forces named before it may be its agent, or deny being one: "Armenia
    # denied any involvement in the attack on an Azerbaijani truck"; a ministry only speaks)
    nameless = not agent and cue[:6].lower() == "attack" and not any(
        clause[0] <= a.start < event.start and a.kind in AGENT_KINDS
        and a.kind not in _REACTING_KINDS for a in actors) and \
        _AN_ATTACK.search(text, max(clause[0], event.start - 30), event.start) is not None \
        and text.startswith(" on ", event.end) \
        and not re.search(r"\sby\s", text[event.end:clause[1]])   # "… by Azerbaijani forces"
    told_after = None if agent or nameless else _NAMELESS_TOLD_AFTER.match(text, event.end)
    told = None if told_after is None else _HIT_MOST.search(text, told_after.end(), clause[1])
    if told is not None and _AN_ATTACK.search(text, max(clause[0], event.start - 30),
                                              event.start) and cue[:6].lower() == "attack" \
            and not any(clause[0] <= a.start < clause[1] and a.kind in AGENT_KINDS
                        and a.kind not in _REACTING_KINDS for a in actors):
        # "The attack at Baisaran meadow near Pahalgam … was the deadliest on civilians":
        # whom it hit is told by what it was the worst of
        nameless = True
    if not agent and not nameless:
        return event, False, False
    # (a cue told by its harm runs from its attackers to the participle's clause, "gunmen
    # … walked into a camp, killing three": whom it hit follows in that clause)
    told_in = clause if event.end <= clause[1] else \
        clause_around(text, s.start, s.end, event.end - 1)
    hit = told.group("hit") if told is not None else _attack_object(text, told_in, event,
                                                                    places)
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


def between_armed_groups(text: str, s: Sentence, event: EventCue,
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


def event_actors(text: str, s: Sentence, event: EventCue, actors: tuple[ActorMention, ...],
                 claim: ClaimCue | None, masked: list, owner_hint: str) -> tuple[str, ...]:
    """Countries taking part in the event the sentence reports."""
    quotes = quote_spans(text, s.start, s.end)
    if event.diplomatic:
        scope = (s.start, s.end)
        kinds = PARTICIPANT_KINDS
    else:
        scope = clause_around(text, s.start, s.end, event.start)
        kinds = AGENT_KINDS
        if scope[0] > s.start and _PARTICIPLE_OPENS.match(text, scope[0]) \
                and text[scope[0]:event.start].strip() == "":
            # "Pakistani aircraft had violated Afghan airspace, bombing a location in
            # Kabul": a participle's subject is the clause's before it
            scope = (clause_around(text, s.start, s.end, scope[0] - 2)[0], scope[1])
    # "… said Kyrgyz forces fired first near Isfara, wounding two civilians, and that Tajik
    # troops had returned fire": the forces in the clauses before fire returned fired it,
    # a side (not "While Iranian mediators were in Yerevan, Armenian troops returned fire")
    answered = s.start if not event.diplomatic and _FIRE_ANSWERED.search(
        text, event.start, event.end) else scope[0]
    borders = border_phrases(text, s.start, s.end, actors, owner_hint)
    # "Iran's spokesman called for restraint after Azerbaijan said Armenian forces had
    # fired": who reacts to the event told after "after" is no side of it
    reacted = None if event.diplomatic else next(
        (m.start() for m in reversed(list(_AFTER_WHAT.finditer(text, scope[0], event.start)))),
        None)
    codes: list[str] = []
    for a in actors:
        if not (scope[0] <= a.start < scope[1] or (answered <= a.start < scope[0]
                                                  and a.kind == "military")) \
                or a.kind not in kinds:
            continue
        if reacted is not None and a.start < reacted and a.kind in _REACTING_KINDS:
            continue
        if a.kind in PARTICIPANT_KINDS and a.end <= event.start and \
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
        if fled_into(text, a.start, a.end) or not_there(text, a, s.start):
            continue                        # "fled across the border into Uganda", "had
                                            # not taken place on Mauritanian territory"
        if event.family not in AIMED_AT and after_locative(text, a.start) and not (
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
                     and a.kind in AGENT_KINDS and not inside(a.start, masked)
                     and _DEED_BY.search(text, max(s.start, a.start - 70), a.start))
    # (a third state's defence ministry telling of fighting whose two sides are named
    # is none of them: "Turkey's defence ministry said Armenian forces shelled
    # Azerbaijani positions")
    # "Mauritania's army said the attack had not taken place on Mauritanian territory":
    # a speaker who puts the event off its ground speaks as no party
    off_its_ground = claim is not None and any(
        a.country_code == claim.country and not_there(text, a, s.start)
        for a in actors if s.start <= a.start < s.end)
    if claim is not None and not event.diplomatic and not off_its_ground and (
            (claim.party and claim.country not in monitors
             and len(set(codes) - {claim.country, ""}) < 2)
            or (claim.stance == "denies" and (event.violent or event.family == "arrests"))
            # whose people a mine hit: the reporter's; a ceasefire: its speaker's
            or event.family in ("landmine", "agreement")):
        codes.append(claim.country)
    return tuple(sorted(set(c for c in codes if c)))


#: fire told before, taken up to say where it came from: "the shell was fired from
#: Myanmar", "he says the shell came from the Myanmar side", "they were launched from …"
_CAME_FROM = re.compile(r"(?<![\w])(?i:(?:the\s+(?:[\w-]+\s+){0,2}?(?:shells?|mortars?|"
                        r"rounds?|rockets?|missiles?|projectiles?|bullets?|shots|fire|"
                        r"drones?|bombs?)|it|they)\s+(?:(?:was|were|had\s+been|has\s+been|"
                        r"have\s+been)\s+)?(?:fired|launched|lobbed|shot|sent|flown|came|"
                        r"had\s+come|has\s+come|originated)\s+(?:in\s+)?from)(?![\w])")


def fire_came_from(text: str, s: Sentence, in_s: tuple[ActorMention, ...],
                   in_r: tuple[Resolution, ...]) -> tuple[str, ...]:
    """The states a sentence says fire told before came from: those it names, or whose
    places it names, in the clause after "fired from" ("from the Myanmar side", "from
    Maungdaw"); none when it names more than one."""
    m = _CAME_FROM.search(text, s.start, s.end)
    if m is None:
        return ()
    clause = clause_around(text, s.start, s.end, m.end())
    origin = {a.country_code for a in in_s if m.end() <= a.start < clause[1]
              and a.kind in AGENT_KINDS and a.country_code} | \
        {r.place.country_code for r in in_r if m.end() <= r.mention.start < clause[1]
         and r.place is not None and r.place.country_code}
    return tuple(origin) if len(origin) == 1 else ()


#: fire said to come from a place's side: "Mortar fire from the direction of Spin Boldak"
_FROM_DIRECTION = re.compile(r"(?<![\w])(?i:from\s+(?:the\s+)?directions?\s+of)(?![\w])")
#: fire said to come from the other side of the border, no place named
_FROM_ACROSS = re.compile(rf"(?<![\w])(?i:from\s+across\s+the)\s+(?:{BORDER_WORDS})(?![\w])")
#: a year right after an event's cue: the fighting of another time ("fighting in 2021")
_OF_A_YEAR = re.compile(r"\s+(?:in|of|during)\s+(?:[\w-]+\s+)?(?:19|20)\d\d(?!\d)")


def from_afar(event: EventCue, sideless: bool) -> bool:
    """Whether an event is something sent over from afar onto a state's land or into its
    air: a shell, a missile, a drone strike, a drone in its airspace or brought down (not
    a gunmen's attack on people who are no side, nor a bomb or a grenade set off where it
    lay or was thrown)."""
    return not sideless and (event.family == "disrupted" or (
        event.family == "violent" and event.event_type == "Explosions/Remote violence"
        and event.sub_event_type not in PLANTED_OR_THROWN))


def unnamed_sides(text: str, s: Sentence, event: EventCue, locations: tuple[Location, ...],
                  casualties: Casualties) -> tuple[str, ...]:
    """The sides of violence whose sentence names none: fire "from the direction of" a
    place of one state that hits a place of another (both); fire "from across the
    border" on a place (its state's, the side hit); fighting of two sides ("Border
    fighting near Kok-Tash", "33 residents of Batken region have died in the clashes")
    at a place of a state with one usual adversary (``ADVERSARIES``), said to be on the
    border or to have killed or hurt people there (the pair)."""
    hit = countries_hit(locations)
    if _FROM_DIRECTION.search(text, s.start, s.end):
        origin = {loc.place.country_code for loc in locations if loc.place is not None
                  and loc.relation == "direction" and loc.place.country_code}
        if len(origin) == 1 and len(hit) == 1 and origin != hit:
            return tuple(sorted(origin | hit))
    if _FROM_ACROSS.search(text, s.start, s.end) and len(hit) == 1:
        return tuple(hit)
    where = countries_hit(locations, areas=True)
    if _OF_A_YEAR.match(text, event.end):
        return ()       # "a frontier that saw deadly fighting in 2021 and 2022": history
    if len(where) == 1 and TWO_SIDED.match(text, event.start, event.end) and (
            BORDER_WORD.search(text, s.start, s.end) or casualties):
        (here,) = where
        if here in ADVERSARIES:
            return tuple(sorted({here, ADVERSARIES[here]}))
    return ()


#: what may stand right before an armed group that acts: the start of its sentence or
#: clause, a time or place told before it ("On Sunday M23 fighters …", "…, and M23
#: rebels …"), not a verb or preposition it is the object of ("accused Rwanda of
#: backing the M23 rebels")
_CLAUSE_OPENS = re.compile(r"(?:^|[.!?,;:(\u2013\u2014-]|(?<![\w])(?:(?-i:[A-Z])[\w'\u2019-]*|"
                           r"(?i:and|but|while|when|as|after|before|then|where|meanwhile)))"
                           r"\s*(?:(?i:the|a|an)\s+)?$")
#: how far before an armed group's name ``_CLAUSE_OPENS`` is looked for (characters)
_LOOK_BACK = 60


def acting_armed_groups(text: str, s: Sentence, actors: tuple[ActorMention, ...]
                        ) -> tuple[ActorMention, ...]:
    """The armed groups of no state named as acting, by sentence ``s`` at the latest
    ("M23 fighters entered Goma on Sunday night"), not those named as a deed's object."""
    return tuple(a for a in actors if a.start < s.end and a.kind == "military"
                 and not a.country_code and _CLAUSE_OPENS.search(
                     text, max(text.rfind("\n", 0, a.start) + 1, a.start - _LOOK_BACK),
                     a.start) is not None)


def fought_by_armed_group(event: EventCue, locations: tuple[Location, ...],
                          groups: tuple[ActorMention, ...]) -> tuple[str, ...]:
    """The sides of fighting told without naming them, at places of one state, in an
    article that names an armed group acting (``acting_armed_groups``): that state, as
    the group is of none ("M23 fighters entered Goma on Sunday night. Fighting continued
    on Monday around the airport"); at places of two states, no side is known."""
    if event.event_type != "Battles" or not groups:
        return ()
    where = countries_hit(locations, areas=True)
    return tuple(where) if len(where) == 1 else ()


def with_neighbour_claimant(actors: tuple[str, ...], event: EventCue, claim: ClaimCue,
                            locations: tuple[Location, ...]) -> tuple[str, ...]:
    """The sides of fighting one state is said to have done, with the state that says so
    when it is that state's neighbour: fire across a land border has the other side
    ("It said Indian troops had violated the ceasefire", said Pakistan; "Pakistani
    shelling had hit homes", said Afghan officials). Not a third state's word (the United
    States shares no border with India), nor a neighbour's on what was done on the
    actor's own ground ("… killed protesters in Srinagar", said Pakistan); a state's
    voice (``STATE_VOICES``), not its forces, agency or a monitor."""
    if event.diplomatic or event.family != "violent" or len(actors) != 1 or \
            claim.stance != "asserts" or claim.kind not in STATE_VOICES:
        return actors
    (actor,) = actors
    if not claim.country or claim.country == actor:
        return actors
    grounds = countries_hit(locations, areas=True, toward=True) | {
        c for loc in locations if loc.relation == "country" for c in loc.countries}
    if actor in grounds and claim.country not in grounds:
        return actors
    if not shares_land_border(actor, claim.country):
        return actors
    return tuple(sorted({actor, claim.country}))


def adversary(code: str, actors: tuple[ActorMention, ...]) -> str:
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


#: a demonym naming the country of the settlement after it: "the Georgian village of
#: Azizkendi", "a Pakistani border town"
_OF_A_SETTLEMENT = re.compile(r"\s+(?:(?i:border|frontier|remote|small)\s+)?"
                              r"(?i:village|town|hamlet|settlement|city)(?![\w-])")


def village_country(text: str, where: tuple[int, int],
                    actors: tuple[ActorMention, ...]) -> str:
    """The country a demonym says a settlement is of ("near the Georgian village of
    Azizkendi": GE), the first in ``text[where[0]:where[1]]``; "" when none does."""
    return next((a.country_code for a in actors if a.kind in ("demonym", "state")
                 and where[0] <= a.start < where[1] and a.country_code
                 and _OF_A_SETTLEMENT.match(text, a.end)), "")


def country_told(facts: list[SentenceFacts]) -> str:
    """The one country the violence told in the last ``WINDOW`` sentences was put in, by
    name only ("an attack on ethnic Azerbaijanis in Georgia": GE), or ""."""
    for f in reversed(facts[-WINDOW:]):
        if f.event is not None and f.event.violent and f.locations:
            where = {c for loc in f.locations if loc.relation == "country"
                     for c in loc.countries}
            local = [loc for loc in f.locations if loc.relation != "country"]
            return where.pop() if len(where) == 1 and not local else ""
    return ""


def is_local(loc: Location) -> bool:
    """Whether a location is a place smaller than a region (a town, a checkpoint)."""
    return loc.place is not None and loc.place.kind not in ("region", "country")


def countries_hit(locations: Iterable[Location], areas: bool = False,
                  toward: bool = False) -> set[str]:
    """The countries of the places an event was at or near (or, with ``areas``, in; with
    ``toward``, aimed at: "fire … toward Sadarak")."""
    relations = ("at", "near") + (("district",) if areas else ()) + \
        (("direction",) if toward else ())
    return {loc.place.country_code for loc in locations if loc.place is not None
            and loc.relation in relations and loc.place.country_code}


#: the side a ministry of a two-sided border conflict means by "the adversary", "the enemy"
ADVERSARIES = {"AM": "AZ", "AZ": "AM", "KG": "TJ", "TJ": "KG", "IN": "PK", "PK": "IN",
               "TH": "KH", "KH": "TH"}
#: other states a side may call "the enemy", when the article names them: India's army
#: on the Line of Actual Control means China
OTHER_ADVERSARIES = {"IN": ("CN",)}


def hit_and_attackers(facts: Iterable[SentenceFacts], actors: set[str]
                      ) -> tuple[set[str], set[str]]:
    """The countries an event's places lie in, and its sides that are not those."""
    hit = countries_hit((loc for f in facts for loc in f.locations if loc.place is None
                         or not re.search(rf"(?<![\w])from\s+(?:[\w-]+\s+){{0,3}}"
                                          rf"{re.escape(loc.place.name)}", f.sentence.text)),
                        areas=True)    # not where the fire came from ("from positions
    return hit, set(actors) - hit       # near Meghri")


def opposite_directions(one: tuple[set[str], set[str]], other: tuple[set[str], set[str]]
                        ) -> bool:
    """Whether two attacks, each (the countries it hit, its attackers), go in opposite
    directions: they hit different countries, each the other's attacker's."""
    (hit_a, by_a), (hit_b, by_b) = one, other
    return bool(hit_a) and bool(hit_b) and not hit_a & hit_b \
        and bool(by_a & hit_b) and bool(by_b & hit_a)


#: cues of fighting that has two sides however many the sentence names
TWO_SIDED = re.compile(r"(?i:exchang|clash|firefight|gun ?fight|gun ?battle|shoot-?out|"
                       r"skirmish|fighting)")


#: arms no side need be named for: a blast, a bomb set off, a grenade thrown
PLANTED_OR_THROWN = frozenset({"Remote explosive/landmine/IED", "Grenade"})

#: a diplomatic event taken up by "the": "who attended the meeting", "at the talks"
_THE_MEETING = re.compile(r"(?<![\w])(?i:the\s+(?:meeting|talks|summit|call|conversation|"
                          r"session|negotiations|gathering))(?![\w])")


def participants_ahead(f: SentenceFacts, following: Iterable[SentenceFacts]
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


def sides_told_after(f: SentenceFacts, following: Iterable[SentenceFacts]
                     ) -> SentenceFacts:
    """Fire that names no side ("A mortar shell struck a house near Teknaf on Monday,
    killing two people"), with where it came from told in the ``following`` sentence
    ("Police said the shell was fired from Myanmar"): its sides are the state it came from
    and the one it hit (that one alone when it came "from across the border"); else ``f``
    as told."""
    if f.actors or f.sideless or not f.event.violent:
        return f
    hit = countries_hit(f.locations)
    hit = hit if len(hit) == 1 else set()
    for g in following:
        if g.event is not None and (g.date is not None or g.event.new):
            break       # an event of its own day, not the fire taken up
        if g.came_from:
            return replace(f, actors=tuple(sorted(set(g.came_from) | hit)))
        if hit and _CAME_FROM.search(g.sentence.text) and _FROM_ACROSS.search(g.sentence.text):
            return replace(f, actors=tuple(hit))
    return f


def with_territory_hit(actors: tuple[str, ...], event: EventCue,
                       locations: tuple[Location, ...]) -> tuple[str, ...]:
    """An aimed attack's one side with the state whose land or people it hit, as its places
    tell, whether the attacker is named in the sentence ("Azerbaijani forces shelled Tegh")
    or in one before ("Turkey's army said it had fought militants near Semdinli …. On
    Sunday, warplanes struck houses near Zakho": TR and IQ); "fired at Pakistani drones
    over Jammu": the side that fired. Else ``actors``."""
    if event.family not in AIMED_AT or len(actors) != 1:
        return actors
    hit = countries_hit(locations, areas=True, toward=True)
    if len(hit) == 1 and not hit & set(actors):
        return tuple(sorted({*actors, *hit}))
    return actors


def victims_side(f: SentenceFacts) -> SentenceFacts:
    """Fire from afar that names no side nor where it came from, on a day, at a place of
    one state, with its dead or hurt ("A mortar shell struck a house near Teknaf on
    Monday, killing two people, police said"): it happened, so an incident whose side is
    the state it hit, as a blast that names none is one; else ``f`` as told (fire told
    with no toll, no day or no place is background, not an incident)."""
    if f.actors or not f.event.violent or not f.casualties or not dated(f) or \
            not from_afar(f.event, f.sideless):
        return f
    return with_the_state_hit(f)


def with_the_state_hit(f: SentenceFacts) -> SentenceFacts:
    """``f`` with the state its places lie in as its side, when they lie in one state;
    else ``f`` as told (its attacker stays unknown)."""
    hit = countries_hit(f.locations)
    return replace(f, actors=tuple(hit)) if len(hit) == 1 else f
