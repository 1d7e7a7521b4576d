"""Step 2: a left-to-right pass that opens, extends and closes incidents, so that an
analyst gets events, not every statement.

- a sentence with an event cue joins the latest incident of its family in the article
  (violence; exercises; deployments; calls; meetings) unless its own date is more than a
  day off, its actors do not overlap, or it says "a separate meeting" (drafts.py); when
  nobody is said to claim it ("Shelling was also reported near Tegh"), its places and
  figures join the incident's as the article's own (not for calls and meetings: one venue
  each); otherwise it opens an incident when it is anchored (drafts.py);
- an unattributed casualty count ("Forty-nine servicemen were killed.") joins the violent
  incident under discussion (at most three sentences back) as the article's own figure;
- a claim with no event cue attaches to the incident under discussion (the last one
  opened or joined, at most three sentences back: ``WINDOW``) only if it denies "such
  reports" or gives casualties — or if that incident is diplomatic and the claimant's
  country took part: policy statements made at a meeting ("any change of borders is
  rejected," President Raisi said) become claims of that meeting. Every other statement
  is dropped, but for a state's position of its own (statements.py);
- a participant of a call or meeting under discussion who recalls an earlier event ("he
  described the recent meeting as important") makes a claim of that event, but the
  discussion stays with the call;
- a side's own account of the violent incident just told, with an event of its own that
  continues and opens nothing and no day ("Egypt's armed forces spokesman said a member of
  its security forces had pursued drug traffickers …"), is that side's claim on it;
- a denial told before the incident it denies ("The Government firmly rejects the claim
  that our gendarmes entered …", the other side's account told at the release's end) is
  that incident's claim once it is told, when it is the first incident told after it and
  the denier's state is one of its sides;
- a blame pointing back at an event by its word ("blamed Iran and its allies for the
  attack") is a claim on the last incident of that family when told within ``WINDOW``,
  else on the article's only one of it, however far back;
- a denial of another state's accusation denies a deed, never the crossings a state closed
  or the alert it declared on its own side: it goes to the last other incident told;
- the places a denial names from its accusation of the other side on ("… and accused
  Armenian forces of firing at houses in Gazakh") are that deed's, not the incident's;
  an accusation told as long made and denied in its own sentence ("… have repeatedly
  accused Saudi border guards of …, an accusation Riyadh rejects") is background, no claim
  on the incident;
- events named as a noun with what they have caused ("Turkish strikes … have added to a
  sense that …") are background, joining and opening nothing (``_background``); what goes
  on, told with no day and no dead or hurt ("have carried out repeated strikes … in
  recent weeks"), opens no incident however claimed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import DateRef
from ..text.calendar_names import MONTHS, WEEKDAYS
from .dates import day_range
from .drafts import (Draft, answers_counter_accusation, away_from_the_scenes, dates_compatible,
                     draft_place_names, harm_of_another_day_elsewhere, link, names_the_blast,
                     opens, place_names, referred_back, sides, told_as_another)
from .event_dates import is_calendar_day, is_day
from .events import BLAME_OF_AN_EVENT_TOLD
from .facts import WINDOW, SentenceFacts, dated
from .sentence_facts import TAKES_UP, TIMESTAMP
from .sides import (ADVERSARIES, countries_hit, from_afar, hit_and_attackers,
                    participants_ahead, sides_told_after, victims_side, with_territory_hit,
                    with_the_state_hit)
from .statements import HABITUAL
from .tables import blamed_event_words, effect_verbs

#: words of a running total, which counts more than the incident before it
_RUNNING_TOTAL = re.compile(r"(?<![\w])(?i:since (?:the |\d|last |early |late |"
                            rf"{'|'.join(WEEKDAYS)}|{'|'.join(MONTHS)})|so far|to date|"
                            r"a total of|in total|overall|altogether)")

#: the nouns of an event just told that "the" takes up: "the incident", "the drills"
_TOLD_EVENT = (r"incident|attack|shelling|arrest|detention|clash(?:es)?|strikes?|exercises?|"
               r"drills?")
#: words that take up the event just told: "the two", "the detainees", "the incident"
_BACK_TO_IT = re.compile(r"(?<![\w])(?i:the (?:two|three|four|men|man|detainees|detained|"
                         rf"soldiers?|servicem[ae]n|{_TOLD_EVENT})|"
                         # "India blamed Pakistan-based groups for it"
                         r"(?:blamed|blames|blame|responsible|responsibility)\s+"
                         r"(?:[\w-]+\s+){0,4}?for\s+it)(?![\w])")

#: words that name the event just told, not only its people: "the detention", "the attack"
BACK_TO_EVENT = re.compile(rf"(?<![\w])(?i:the (?:{_TOLD_EVENT}|abduction|transfer|handover|"
                           r"exchange))(?![\w])")

#: saying nothing of it: "said it had no information about the incident"
_NO_WORD = re.compile(r"(?<![\w])(?i:no information|declined to comment|no comment|"
                      r"(?:could|would) not (?:confirm|comment))(?![\w])")


def _narrows(f: SentenceFacts, told: DateRef) -> bool:
    """Whether sentence ``f`` takes up the event just told ("the clash", "the attack")
    and dates it to a day inside the week or month ``told`` gives: the same event told
    more exactly ("clashed … last week …. The clash took place on June 14"; not "The first
    shooting was reported on Monday" of a week's fighting)."""
    day = f.date
    if not is_day(day) or told.value is None or told.precision not in ("week", "month") \
            or not BACK_TO_EVENT.search(f.sentence.text):
        return False
    lo, hi = day_range(told.value, told.precision)
    return lo <= day.value <= hi


def _done_by(d: Draft, side: str) -> bool:
    """Whether ``side`` is among the attackers of an incident (its sides whose country
    none of its places lies in), or its attackers are not known."""
    _, attackers = hit_and_attackers([d.anchor, *d.reports], d.actors)
    return not attackers or side in attackers


def _resumed(drafts: list[Draft], f: SentenceFacts) -> SentenceFacts:
    """A dated event naming no side that goes on from an earlier one on another day or
    elsewhere ("Fighting resumed on Wednesday near Kok-Tash in Batken region"): the sides
    of the last incident of its kind, whose new incident it is; else ``f`` as it is."""
    if f.actors or f.event.new or not dated(f) or not f.event.violent or f.sideless:
        return f                # "The drills, which will last until May 6, …": the same
                                # (gunmen's attack on civilians has no sides to go on)
    last = next((d for d in reversed(drafts) if d.event.family == f.event.family), None)
    if last is None or not last.actors:
        return f
    # (with the state whose land it hit: "Turkey's army said it had fought militants near
    # Semdinli …. On Sunday, warplanes struck houses near Zakho": Iraq's too)
    return replace(f, actors=with_territory_hit(tuple(sorted(last.actors)), f.event,
                                                f.locations))


def _its_weekday_written_out(f: SentenceFacts, d: Draft) -> bool:
    """Whether ``f`` writes out the calendar day of an incident an undated article names
    only by its weekday, the day falling on that weekday ("Friday's mass attempt to climb
    the fence …. About 2,000 people rushed the fence on the morning of 24 June 2022", a
    Friday): the incident's day."""
    told = d.anchor.unknown_day
    return d.anchor.date is None and told is not None and is_calendar_day(f.date) and \
        not f.date_told and told.surface.lower() in {w.lower() for w in WEEKDAYS} and \
        WEEKDAYS[f.date.value.weekday()].lower() == told.surface.lower()


def _crossed_between(f: SentenceFacts) -> SentenceFacts:
    """A flight of people across a border ("about 580 Mexicans crossed into Cuilco in
    Guatemala") is between the state they come from and the states its places lie in, the
    one that takes them in among them (no side fought); else ``f`` as it is."""
    if f.event.family != "displacement":
        return f
    states = set(f.actors) | countries_hit(f.locations, areas=True)
    return replace(f, actors=tuple(sorted(states))) if states != set(f.actors) else f


def _struck_from_afar(f: SentenceFacts, ahead: tuple[SentenceFacts, ...]) -> SentenceFacts:
    """Arms sent from afar that name no side, on a day, at a place of one state: aircraft
    or drones by themselves ("Before dawn on Sunday, warplanes struck houses near Zakho":
    a strike on a state's land from its air), other fire when the sentence right after,
    telling no event of its own, counts its dead ("A shell hit a house near Teknaf on
    Monday. Two people were killed, police said."): an incident whose side is the state
    hit, its attacker left unknown (``victims_side`` when the toll is in the sentence).
    Else ``f`` as told."""
    if f.actors or not f.event.violent or not dated(f) or not from_afar(f.event, f.sideless) \
            or _goes_on(f.sentence.text):
        return f                # ("warplanes have often struck the area"): what goes on
    toll_next = bool(ahead) and ahead[0].event is None and bool(ahead[0].casualties)
    if f.event.sub_event_type != "Air/drone strike" and not toll_next:
        return f
    return with_the_state_hit(f)


#: the days before the day a statement was made that the event it speaks of may be on
_SPOKEN_OF_WITHIN = 7


def _event_told_before(f: SentenceFacts, before: tuple[SentenceFacts, ...],
                       drafts: list[Draft]) -> SentenceFacts | None:
    """The event of its family told in the sentences just before ``f`` that opened no
    incident, when ``f`` opens one on the day it was said only ("Residents of Adel Bagrou
    say soldiers shot dead two herders on Saturday. … The spokesman said on Monday that
    Nouakchott protested the attack"): the same event, whose day and places are the
    incident's. Not an event told on sides, or at places, other than ``f``'s, nor one
    dated after the day ``f`` was said or more than a week before it, nor one told as
    history or as another ("In March 2022 …", "Last week, …": no day). (A place ``f``
    names leaves only an event told at it, or at none: "Clashes near Sotk and Tegh"
    before "… said on Tuesday that … shelled Sotk" may be two.)"""
    if not f.date_told or not is_day(f.date) or f.event.family not in _NEWS_OF_THE_DAY:
        return None
    told = {g.sentence.index for d in drafts for g in (d.anchor, *d.reports, *d.claims)}
    for g in reversed(before):
        if g.event is None or g.event.family != f.event.family or g.sentence.index in told \
                or g.event.new or (g.actors and not set(g.actors) <= set(f.actors)):
            continue
        if g.date is not None and not (is_day(g.date) and not g.date_told and 0 <= (
                f.date.value - g.date.value).days <= _SPOKEN_OF_WITHIN):
            continue
        here, there = place_names([f]), place_names([g])
        if here and not there <= here:
            continue
        return g
    return None


def _recalls_earlier(current: Draft | None, target: Draft, f: SentenceFacts,
                     drafts: list[Draft]) -> bool:
    """Whether a participant of the diplomatic exchange under discussion mentions an
    earlier event ("in the call, the minister described the recent meeting as
    important"): the claim goes to that event, but the talk stays with the call, so the
    statements that follow are the call's."""
    return (current is not None and current is not target and current.event.diplomatic
            and f.claim is not None and f.claim.country in current.actors
            and f.sentence.index - current.last_index <= WINDOW
            and drafts.index(current) > drafts.index(target))


def _add_victims_side(d: Draft, f: SentenceFacts) -> None:
    """A violent incident's sides include the one whose people a report of it counts
    ("Armenia said 49 of its soldiers were killed": Armenia)."""
    if d.event.violent and f.casualties.victims_country:
        d.actors.add(f.casualties.victims_country)


#: the families of a state's measures on its own side (closing its crossings, putting
#: its army on alert), which another state's denial of an accusation does not deny
_OWN_MEASURES = frozenset({"closure", "alert"})


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
    return HABITUAL.search(f.sentence.text, 0, e.start - f.sentence.start) is not None


#: the families besides fighting whose incident takes the dead and hurt told after it
_HARM_TOLD_AFTER = frozenset({"arrests", "standoff"})
#: the families whose undated report in a dated article is news of the report's day
_NEWS_OF_THE_DAY = frozenset({"violent", "landmine", "disrupted", "standoff"})
#: an event told as what goes on or has gone on for long, not as the news: "smugglers
#: often fire at patrols", "Malian troops have for years crossed …", "used to shell"
_GOES_ON = re.compile(r"(?<![\w])(?i:often|usually|routinely|regularly|frequently|"
                      r"for (?:years|decades|months)|over the years|in the past|in recent "
                      r"(?:years|months|weeks)|used to|historically|at times|from time to time)"
                      r"(?![\w])")
#: events told many in the present perfect, with no day: "have carried out repeated
#: strikes", "has seen a string of attacks" (of a day's fight they are its manner: "fired
#: repeated bursts on Sunday"; told in the past, one night's news: "A wave of Russian
#: drones struck Kharkiv")
_MANY_OF_NO_DAY = re.compile(r"(?<![\w])(?i:has|have)\s+(?:[\w-]+\s+){1,3}?"
                             r"(?i:repeated|(?:a|the)\s+(?:string|series|spate|wave)\s+of)"
                             r"(?![\w])")


#: what may not stand between an event named as a noun and the verb it is the subject of
#: (its object and places may: "strikes against PKK positions in the Qandil mountains"): a
#: clause break, a conjunction or a relative word
_NOT_OF_THE_SUBJECT = re.compile(r"[,;:()\u2013\u2014]|(?<![\w])(?i:and|but|which|that|who|"
                                 r"while|as|after|when|since|before)(?![\w])")
#: how far after its noun such a verb may come (characters)
_SUBJECT_SPAN = 120


def _background(f: SentenceFacts) -> bool:
    """Whether a violent event told with no day of its own is background the sentence
    weighs, not an event: a noun the subject of a present perfect of what it caused
    ("Turkish strikes against PKK positions in the Qandil mountains have added to a sense
    that …", "Rwandan shelling of villages near Goma has deepened the rift",
    ``tables.effect_verbs``), with no dead or hurt counted. It joins no incident (its
    places are not the incident's) and opens none (not news of the report's day)."""
    if not f.event.violent or f.casualties or dated(f) or f.date_told:
        return False
    text, cue_end = f.sentence.text, f.event.end - f.sentence.start
    verb = effect_verbs().search(text, cue_end, cue_end + _SUBJECT_SPAN)
    return verb is not None and _NOT_OF_THE_SUBJECT.search(text, cue_end, verb.start()) is None


def _goes_on_with_no_day(f: SentenceFacts) -> bool:
    """Whether an event told with no day of its own is what goes on or has gone on ("Turkish
    warplanes have carried out repeated strikes on villages near Zakho in recent weeks,
    Iraqi officials say"): no incident of its own, however claimed. Not with its dead or
    hurt counted ("carried out repeated strikes …, killing two shepherds"): the report's
    news, as a toll makes a present perfect news (``_background``)."""
    text = f.sentence.text
    return not dated(f) and not f.casualties and (
        _goes_on(text) or _MANY_OF_NO_DAY.search(text) is not None)


def _goes_on(text: str) -> bool:
    """Whether ``text`` tells what goes on or has long gone on (``_GOES_ON``,
    ``statements.HABITUAL``: "has long accused"), not news."""
    return _GOES_ON.search(text) is not None or HABITUAL.search(text) is not None


#: the present perfect of news just in: "two rounds have come down inside Thailand", "a
#: woman has been wounded" (not "has long …", "have repeatedly …": what goes on)
_JUST_IN = re.compile(r"(?<![\w])(?i:has|have)\s+(?:(?:just|now|also|reportedly|again)\s+)?"
                      r"(?:been\s+)?(?!(?:long|always|never|repeatedly|often|been)(?![\w]))"
                      r"[a-z]+(?:ed|en|wn|ght|ck|ot|ut|it|ome|one|ung|ed)(?![\w])")


#: the sentences of an article's lead, after a headline and a dateline line
_LEAD = 3


#: how many days before an incident's day a total may start counting and still be its toll
_COUNTED_FROM_EVE = 1


def _counts_from_its_day(f: SentenceFacts, d: Draft, drafts: list[Draft]) -> bool:
    """Whether a running total counts from the day of incident ``d`` or the day before,
    no other incident told in the days it runs over ("Shelling hit Hermel on Monday. …
    seven people were killed since Sunday"): that incident's toll, not one of days of
    other fighting ("since October", "since the war began"; "… exchanged fire near Sotk
    on Tuesday. Fighting resumed on Wednesday in Tavush. Since Tuesday, 14 people …"). An
    incident of the report's day counts from any day before it ("09:15 – Shelling resumed
    on Kantharalak. … 15:00 – eleven people killed since Thursday")."""
    told = d.anchor.date
    if not (f.runs_from and is_day(f.date)):
        return False
    if is_day(told) and not 0 <= (told.value - f.date.value).days <= _COUNTED_FROM_EVE:
        return False
    if not is_day(told) and not d.of_the_report_day:
        return False        # (news of the report's day: "08:10 – Shelling resumed …")
    # (an incident of another family told on those days, an abduction beside the shelling
    # a ministry counts the dead of, is no fighting the total runs over)
    return not any(other is not d and other.event.family == d.event.family
                   and is_day(other.anchor.date)
                   and other.anchor.date.value >= f.date.value for other in drafts)


#: a blame that points back at an event told before, the event's word right after it
#: (``tables.blamed_event_words``): "blamed Iran and its allies for the attack", "held
#: Kabul responsible for this bombing", "blames them for Sunday's blast"
_BLAMED_FOR_THE = re.compile(BLAME_OF_AN_EVENT_TOLD + r"(?=\w)")


def _blamed_for(f: SentenceFacts, drafts: list[Draft]) -> Draft | None:
    """The incident a claim telling no event blames someone for, naming it with "the",
    "this", "its" or the like and its kind's word ("Israel's prime minister blamed Iran and
    its allies for the attack", "accused India of being behind the blast"): the last incident of that family when told at most ``WINDOW``
    sentences before, else the article's only one of it, however far back; None if none
    or several."""
    if f.claim is None or f.event is not None:
        return None
    text = f.sentence.text
    for m in _BLAMED_FOR_THE.finditer(text):
        family = next((family for family, word in blamed_event_words()
                       if word.match(text, m.end())), None)
        kin = [d for d in drafts if d.event.family == family]
        if not kin:
            continue
        last = max(kin, key=lambda d: d.last_index)
        if f.sentence.index - last.last_index <= WINDOW or len(kin) == 1:
            return last
    return None


def _denials_of_it(denied: list[SentenceFacts], d: Draft, drafts: list[Draft]
                   ) -> list[SentenceFacts]:
    """The denials told before incident ``d`` was, that deny it: the last one when it came
    at most two sentences before and ``d``'s claimant is of another state ("Armenia's
    Foreign Ministry called the claims of Azerbaijan's Defense Ministry baseless. Baku had
    said … that Armenian troops opened fire …"); and however far before, when ``d`` is the
    first incident told after them and the denier's state is one of its sides, all that
    state's denials (a press release that rejects the other side's accusation first and
    tells it at its end: "The Government firmly rejects the claim that our gendarmes
    entered Burkinabe territory. … Burkina Faso's army said … the two men had been
    arrested …")."""
    told_by = d.anchor.claim.country if d.anchor.claim is not None else ""
    others = [g for g in denied if g.claim.country and g.claim.country != told_by]
    if not told_by or not others:
        return []
    i = d.anchor.sentence.index
    between = any(others[0].sentence.index < e.last_index < i for e in drafts if e is not d)
    far = [g for g in others if g.claim.country in d.actors] if not between else []
    last = next((g for g in reversed(denied) if g.has_report_noun), None)
    near = [last] if any(last is g for g in others) and i - last.sentence.index <= 2 else []
    return far or near


def _counter_account(f: SentenceFacts, d: Draft | None) -> bool:
    """Whether an event sentence that continues no incident and opens none is a side's
    own account of the violent incident under discussion (``d``), told right after it with
    no day of its own ("… shot dead three soldiers, the Israeli military said. … Egypt's
    armed forces spokesman said a member of its security forces had pursued drug
    traffickers and that an exchange of fire followed"): a claimant of a state that is a
    side of it and not yet heard on it, not what goes on ("often")."""
    if d is None or f.claim is None or not f.claim.country or dated(f) or \
            not (f.event.violent and d.event.violent) or \
            f.sentence.index - d.last_index > WINDOW or _goes_on(f.sentence.text):
        return False
    return f.claim.country in sides(d) and all(
        c.claim.country != f.claim.country for c in d.claims if c.claim is not None)


def _news_of_the_day(f: SentenceFacts, first: bool) -> bool:
    """Whether an event sentence that names no day of its own, in an article whose day is
    known, tells news of the report's day: violence between sides it names (not a crime's
    gunmen), at a place it names, told as the lead's
    news (``first``: no incident told before it, in the article's first sentences), in the
    present perfect of news just in, or as an entry of a live blog ("12:20 – Two rounds
    have come down inside Thailand"); not what goes on or has gone on ("smugglers often
    fire at patrols", "has long accused"), nor an event told deeper in the article in the
    past tense, nor one at no place, which may be background."""
    if dated(f) or f.asked or f.runs_from or f.event.family not in _NEWS_OF_THE_DAY or \
            not f.actors or not any(loc.place is not None for loc in f.locations):
        return False
    text = f.sentence.text
    if _goes_on(text):
        return False
    return (first and f.sentence.index < _LEAD) or TIMESTAMP.match(text) is not None \
        or _JUST_IN.search(text) is not None


def _day_told_next(f: SentenceFacts, ahead: tuple[SentenceFacts, ...]) -> bool:
    """Whether the sentences right after ``f`` tell an event of its family with a day
    ("The new episode of clashes … caused concerns in Tehran. On Monday at late night,
    heavy clashes broke out …"): that telling opens the incident, not ``f``."""
    return any(g.event is not None and g.event.family == f.event.family and dated(g)
               for g in ahead)


def fold_incidents(facts: tuple[SentenceFacts, ...], dated_article: bool = False
                   ) -> list[Draft]:
    """Step 2: group sentences into incidents (see the module docstring for the rules);
    ``dated_article``: the day the article was written is known, and news it tells with no
    day of its own is that day's (``_news_of_the_day``)."""
    drafts: list[Draft] = []
    current: Draft | None = None
    denied_ahead: list[SentenceFacts] = []     # denials told before what they deny
    for k, f in enumerate(facts):
        i = f.sentence.index
        if f.event is not None and (_denied_background(f) or _background(f)):
            continue
        if f.event is not None:
            target = link(drafts, f)
            if f.asked and target is not None:
                # asked of again: what the answer says bears on it, the question adds none
                # of its places or figures
                target.last_index = i
                current = target
                if f.claim is not None:     # what it tells another side said: theirs
                    target.add_claim(f)
                continue
            referred = referred_back(drafts, f) if target is None else None
            if referred is not None:
                # "A ceremony was held in Shusha on Friday for the soldier wounded in the
                # shooting": the shooting told before; the day and place are the ceremony's
                if f.claim is not None:
                    referred.add_claim(replace(f, locations=()))
                    referred.last_index = i
                continue
            if target is None:
                f = _crossed_between(_resumed(drafts, away_from_the_scenes(drafts, f)))
            if target is None and f.event.diplomatic and not opens(f):
                f = participants_ahead(f, facts[k + 1:k + 1 + WINDOW])
            if target is None and not opens(f):
                f = sides_told_after(f, facts[k + 1:k + 2])
            if target is None and not opens(f):
                f = victims_side(f)
            if target is None and not opens(f):
                f = _struck_from_afar(f, facts[k + 1:k + 2])
            # "Two mortar rounds fired from Myanmar landed on a house in Mae Sot, injuring
            # a woman" in a report of April 20: that day's news, unless a sentence after it
            # tells its day
            of_the_day = target is None and dated_article and \
                _news_of_the_day(f, first=not drafts) and not _day_told_next(
                    f, facts[k + 1:k + 1 + WINDOW])
            if target is None and (opens(f) or of_the_day) and not _goes_on_with_no_day(f):
                earlier = _event_told_before(f, facts[max(0, k - 2):k], drafts)
                if earlier is not None:
                    # "… shot dead two herders on Saturday. … The spokesman said on Monday
                    # that …": the day it happened, not the day it was spoken of
                    f = replace(f, date=earlier.date or f.date,
                                date_told=earlier.date is None and f.date_told,
                                unknown_day=earlier.unknown_day or f.unknown_day)
                target = Draft(anchor=f, event=f.event, actors=set(f.actors), last_index=i,
                               of_the_report_day=of_the_day)
                drafts.append(target)
                if earlier is not None and (place_names([earlier]) - place_names([f]) or (
                        earlier.casualties and not f.casualties)):
                    target.reports.append(earlier)      # its places or its toll
                if earlier is not None:
                    target.actors |= set(earlier.actors)
                for denial in _denials_of_it(denied_ahead, target, drafts):
                    # "Armenia's Foreign Ministry called the claims of Azerbaijan's Defense
                    # Ministry baseless. Baku had said … that Armenian troops opened fire …"
                    target.add_claim(denial)
                denied_ahead = []
                if f.claim is not None:
                    target.add_claim(f)
            elif target is not None:
                target.last_index = i
                if names_the_blast(f, target):
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
                elif target.event.violent and f.claim is None and len(sides(target)) == 1:
                    # "Syunik's governor dismissed reports of gunfire near Kajaran as fake.
                    # Videos … claimed that Azerbaijani troops had shelled …": the side the
                    # report told of, who is said to have fired
                    target.actors |= set(f.actors)
                _add_victims_side(target, f)
                if _recalls_earlier(current, target, f, drafts):
                    current.last_index = i
                    continue
            elif _counter_account(f, current):
                # "Egypt's armed forces spokesman said a member of its security forces had
                # pursued drug traffickers … and that an exchange of fire followed": the
                # other side's version of the fight just told, its claim on it
                current.add_claim(f)
                current.last_index = i
                target = current
            current = target
            continue
        if f.claim is not None and f.claim.stance == "denies" and (
                current is None or i - current.last_index > WINDOW) and (
                f.has_report_noun or any(g.claim.country == f.claim.country
                                         for g in denied_ahead)):
            # a denial of claims told in what follows ("The Government firmly rejects the
            # claim that our gendarmes entered …"), and what the denier goes on to deny
            denied_ahead.append(f)
        blamed = _blamed_for(f, drafts)
        if blamed is not None:
            # "Israel's prime minister blamed Iran and its allies for the attack", five
            # sentences after it: a claim on the attack told before (the places it names
            # are those of whom it blames, not the attack's)
            blamed.add_claim(replace(f, locations=()))
            if blamed is current and i - current.last_index <= WINDOW:
                current.last_index = i
            continue
        if current is None or i - current.last_index > WINDOW:
            continue
        if 0 <= f.answers and current.last_index < f.answers:
            continue        # an answer speaks of what its question asked, not of what an
                            # answer before told ("Question: … a bus near Kvemo Sarali …?
                            # Answer: We categorically deny any involvement.")
        if harm_of_another_day_elsewhere(f, current):
            # "Two days earlier, on Sunday, another bomb wounded three civilians at a
            # market in Garissa": not the lead's toll; an incident of its kind when told
            # as "another" of it
            kin = told_as_another(f, current)
            if kin is not None:
                current = Draft(anchor=kin, event=kin.event, actors=set(kin.actors),
                                last_index=i)
                drafts.append(current)
                _add_victims_side(current, f)
                if f.claim is not None:
                    current.add_claim(kin)
            continue
        if _its_weekday_written_out(f, current):
            current.anchor = replace(current.anchor, date=f.date, date_told=False)
        if f.casualties and _RUNNING_TOTAL.search(f.sentence.text) and \
                not _counts_from_its_day(f, current, drafts):
            continue        # "Since the 44-day war, 55 people have been killed by mines"
        if f.claim is None:
            # "Forty-nine servicemen were killed."; "The site was geolocated to …"; "The
            # transfer took place near the village of Sotk."
            if (f.casualties or f.locations) and current.event.violent or (
                    # "… detained four people …. One of the men fired a pistol and was
                    # wounded in the leg.": the arrest's wounded; "… a fishing vessel
                    # entered the territorial waters …. three of them later died": the
                    # dead of a chase at sea
                    f.casualties and current.event.family in _HARM_TOLD_AFTER) or (
                    f.locations and not current.event.diplomatic
                    and TAKES_UP.match(f.sentence.text)):
                current.reports.append(f)
                current.last_index = i
                _add_victims_side(current, f)
                if is_day(f.date) and current.event.violent and not f.runs_from and (
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
                     and dates_compatible(f.date, current.date_range))
        # "The de facto authorities in Tskhinvali said the two had crossed the border
        # illegally": another claimant's word on what was just told
        # (two sentences on when it names the event: "He was taken to Baku. The Armenian
        # Foreign Ministry said the detention was 'an act of abduction'")
        gap = i - current.last_index
        reaction = ((gap == 1 and _BACK_TO_IT.search(f.sentence.text))
                    or (gap == 2 and BACK_TO_EVENT.search(f.sentence.text))) \
            and not _NO_WORD.search(f.sentence.text) \
            and all(c.claim.claimant != f.claim.claimant for c in current.claims)
        if denial_of_reports:
            # "The Armenian Ministry of Defense said the report that its units opened fire
            # in the direction of Kalbajar does not correspond to reality": the incident
            # told at Kalbajar, when it is not the last one told
            denied = place_names([f])
            if denied and not denied & draft_place_names(current):
                current = next((d for d in reversed(drafts) if denied & draft_place_names(d)
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
            if answers_counter_accusation(f, current):
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
