"""Step 1: the facts of every sentence (``SentenceFacts``), read in order.

Per sentence: the event cue, date, claim (claimant + stance), casualties, locations and
the countries acting in the event's clause. The sentences before count too: a live blog's
date lines and timestamps, a transcript's questions, the day a speaker spoke on just
before, the last calendar date the article wrote out, "the same positions" told last. A
wire dateline ("YEREVAN, September 14 —") is where the report was filed: it places no
event. A meeting or call told with one state takes the states "the two countries" names.

The questions it asks of other modules: who the sides are (sides.py), whose word a line
gives when the sentence names no claimant (voices.py), which day the event is
(event_dates.py).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import replace

from ..model import (COORDINATES_SOURCE, ActorMention, Article, DateRef, Location, Resolution,
                     Sentence)
from ..text.calendar_names import WEEKDAYS
from ..text.sentences import COUNTER_STATEMENT_OPENING
from .actors import dateline_country, statement_author
from .casualties import Casualties, find_casualties, harmed_at, its_people_harmed, tells_of_harm
from .claims import find_claim, rebuttal, stance_of
from .dates import best_date, find_dates
from .event_dates import (CAME_DAYS_AFTER, DAYS_EARLIER, DAYS_LATER, DAY_BEFORE, SAID_ON,
                          after_what_came_before, days_back, event_date, in_the_week_told,
                          in_the_year_before, in_the_year_told, is_calendar_day, is_day, runs_from,
                          written_on)
from .events import EventCue, find_event
from .facts import SentenceFacts
from .locations import find_locations, unplaced_scene
from .sides import (PARTICIPANT_KINDS, PLANTED_OR_THROWN, STATE_VOICES, acting_armed_groups,
                    adversary, attackers_state, between_armed_groups, countries_hit,
                    country_told, event_actors, fire_came_from, fought_by_armed_group,
                    from_afar, is_local, no_state_attack, unnamed_sides, village_country,
                    with_neighbour_claimant, with_territory_hit)
from .spans import aside_spans, earlier_event, inside, quote_spans, second_statement
from .tables import CLAIM_FAMILIES, cue_hits, cue_patterns, families_in, number_tables
from .voices import (ANSWERED, accusation_after_denial, answering_voice, denial_going_on,
                     spokesperson_of, voice_claim)

#: a claimant's own people in a casualty count
_OWN = re.compile(r"\b(?:its|their|our)\b", re.I)

#: the words of a state's own forces and people in a count no side is named in
_OWN_FORCES = re.compile(r"(?<![\w])(?i:servicemen|service members|soldiers|troops|"
                         r"conscripts|contract servicemen|border guards|civilians?|"
                         r"residents?|villagers?|(?:its|their|our) own (?:death )?toll)(?![\w])")

#: a line that is only a date, as live blogs head a day's entries: "September 13, 2022",
#: "Tuesday, 13 September"
_DATE_LINE = re.compile(rf"(?:(?:{'|'.join(WEEKDAYS)}),?\s+)?"
                        r"(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+[A-Z][a-z]+\.?)"
                        r"(?:,?\s+\d{4})?")
#: the most words of a sentence that only sets the day of what the next one tells
_SCENE_WORDS = 6
#: the time an entry of a live blog opens with: "00:40 — ", "10.45 "
TIMESTAMP = re.compile(r"\s*\d{1,2}[:.]\d{2}\b")
#: a journalist's question in a briefing or interview transcript, as its line opens:
#: "Question (Tasnim):", "Q:", "Q.", "Reporter:", "QUESTION —"
_ASKED = re.compile(r"[ \t]*(?:(?i:question|reporter|journalist|correspondent)|Q)"
                    r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?::|\.|[–—-](?=[ \t]))")

#: an answer that says what the question told did not happen: "No.", "This is not true."
_ANSWER_DENIES = re.compile(r"\s*(?i:(?:no|not at all|absolutely not|of course not|certainly "
                            r"not|never)\s*[.!,;]|(?:this|that|it)\s+(?:is|was)\s+(?:simply\s+|"
                            r"absolutely\s+|completely\s+|totally\s+)?(?:not\s+true|untrue|"
                            r"false|a\s+lie|fake|groundless|baseless|not\s+the\s+case))")


#: the voices of a state that hold an office: they, not the state named, answer in a
#: briefing
_OFFICES = frozenset({"official", "ministry"})

#: the people a demonym before them names serve a mission, not their state's side
_PEACEKEEPERS = re.compile(r"(?:\s+(?:UN|U\.N\.|blue-helmeted))?\s+(?i:peacekeepers?|"
                           r"peacekeeping|blue helmets?|(?:military\s+)?observers?|monitors?)"
                           r"(?![\w])")


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
    gives, ``filed_on``)."""
    text = article.text
    report_nouns = cue_patterns()["report_nouns"]
    hits = cue_hits(text) if len(text.lower()) == len(text) else None
    hit_ends = [h[0] for h in hits] if hits is not None else []
    actor_starts = [a.start for a in actors]
    resolution_starts = [r.mention.start for r in resolutions]     # sorted, as actors
    # "Monday" and "yesterday" are read against the day the report was filed, which a
    # dateline may give ("TEHRAN, October 17 -") when the listing's date is later
    published = written_on(article, filed)
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
            event, sideless, on_forces = no_state_attack(
                text, s, event, in_s, resolution_starts[
                    bisect_left(resolution_starts, s.start):
                    bisect_left(resolution_starts, s.end)])
        if event is not None and not sideless and between_armed_groups(text, s, event, in_s):
            sideless = True             # "fighting between the ELN and FARC dissidents":
                                        # no state's side, as gunmen's attack has none
        agents0: tuple[str, ...] = ()
        if event is not None:
            agents0 = event_actors(text, s, event, in_s, None, asides, "")
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
            claim = denial_going_on(text, s, event, in_s, facts[-1].claim, families)
        line = text.rfind("\n", 0, s.start) + 1
        if asked and not (facts and facts[-1].asked):
            last_question = s.index         # (the first sentence of the question)
            if questioned_from < 0:
                questioned_from = line
        if questioned_from < 0:
            # the voice of a transcript, named before its first question: "Transcript of
            # the weekly briefing of the Foreign Ministry spokesperson." (an office before
            # a state: "… spokesperson of the Ministry of Foreign Affairs of Armenia")
            voices = [a for a in in_s if a.kind in STATE_VOICES and a.country_code]
            briefing_voice = min(voices + ([briefing_voice] if briefing_voice else []),
                                 key=lambda a: (a.kind not in _OFFICES, a.start),
                                 default=None)
        voice = answering_voice(text, line, briefing_voice, actors, questioned_from) \
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
            claim = voice_claim(text, s, event, families, voice)
            if event is None and _ANSWER_DENIES.match(text, max(s.start, ANSWERED.match(
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
            claim = voice_claim(text, s, event, families, author)
        if claim is None and not asked and facts and facts[-1].claim is not None:
            claim = spokesperson_of(text, s, event, in_s, facts[-1].claim, families)
        date = said_day = after_it = None
        since_day = None
        sides_before: tuple[str, ...] = ()     # the sides of the event a later one follows
        sides_then: tuple[str, ...] = ()       # ... and those of the one an earlier one
                                               # precedes, for one naming no side
        # a live blog's entries count "on Thursday night" from the day their "Friday, 9
        # May 2025" line heads, not from the day the blog was last updated
        counted_from = day_line.value if day_line is not None and day_line.value \
            and is_calendar_day(day_line) else published
        if event is not None or claim is not None:
            anchor = event.start if event is not None else s.start
            # not a relative clause's date: "in the Kheyrimli village, which was returned
            # to Azerbaijan in May"
            found = tuple(d for d in find_dates(text, body, s.end, counted_from)
                          if not inside(d.start, asides))
            date, told = event_date(text, found, anchor, event)
            since_day = date if runs_from(text, found, date) else None
            said_day = date if told else None
            date = date or best_date(find_dates(text, s.start, body, published), anchor)
            if date is None and day_line is not None and TIMESTAMP.match(s.text):
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
            before = DAY_BEFORE.search(text, s.start, s.end) if event is not None else None
            after_it = CAME_DAYS_AFTER.search(text, s.start, event.start) \
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
            date = in_the_week_told(date, calendar_day)
            date = after_what_came_before(date, s.text, facts)
            date = in_the_year_before(date, s.text, facts[-1] if facts else None)
            date = in_the_year_told(date, s.text, calendar_day)
            if is_calendar_day(date):
                calendar_day = date.value
            later = DAYS_LATER.search(text, s.start, s.end) \
                if date is None and event is not None else None
            earlier = DAYS_EARLIER.search(text, s.start, s.end) \
                if event is not None and later is None else None
            # the last event told with a date: what "a day earlier / later" counts from
            last_dated = next((f for f in reversed(facts) if f.event is not None
                               and f.date is not None), None) \
                if later is not None or earlier is not None else None
            if earlier is not None and SAID_ON.search(text, max(0, earlier.start() - 30),
                                                      earlier.start()):
                earlier = None          # "the ministry had said a day earlier that …"
            if earlier is not None and claim is not None and claim.stance == "denies" and \
                    _negated(text, s.start, event):
                # "… dismissed the claim, saying its troops had not opened fire a day
                # earlier": the event denied is the one told, a day before the saying
                base = said_day.value if is_day(said_day) else published
                if date is None and base is not None:
                    date = DateRef(base - dt.timedelta(days=days_back(earlier)), "day",
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
                date = DateRef(previous.value - dt.timedelta(days=days_back(earlier)), "day",
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
            unknown_day, unknown_told = event_date(text, tuple(
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
            if is_day(day):         # "The latest blow came on Saturday." too
                scene = (s.index, day)
        # the near side of "the border with X": the one side acting, else the claimant
        owner = agents0[0] if len(agents0) == 1 else (claim.country if claim else "")
        actors_here = event_actors(text, s, event, in_s, claim, asides, owner) \
            if event is not None else ()
        if event is not None and after_it is not None:
            # "Velayati's remarks came a day after the leaders … met": whose remarks they
            # were is no party to what came before them
            actors_here = event_actors(text, s, event, tuple(
                a for a in in_s if a.start >= after_it.end()), claim, asides, owner)
        enemy = adversary(claim.country, actors) if claim is not None and \
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
            found = tuple(d for d in find_dates(text, body, s.end, counted_from)
                          if not inside(d.start, asides))
            date = best_date(found, s.start)
            # "eight people killed and 52 wounded since Sunday": a running total's first day
            since_day = date if runs_from(text, found, date) else None
        if event is not None or claim is not None or TAKES_UP.match(s.text) or harm_only:
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
                not any(is_local(loc) for loc in locations):
            # "three students had been detained at the same checkpoint": the place told
            # last, not "civilians from Nagorno-Karabakh"; "A day earlier, the same
            # positions had come under fire": where the fire told last was (of fire told
            # a day before or after it only: "In September 2022, fighting in the same area"
            # is no fire at the last place told)
            locations = next((f.locations for f in reversed(facts) if f.event is not None
                              and any(is_local(loc) for loc in f.locations)), locations)
        if event is not None and event.diplomatic and len(actors_here) < 2 and \
                _BOTH_SIDES.search(text, s.start, s.end):
            # "The foreign ministers of the two countries spoke by telephone": the two
            # states the sentence names, else the sides of the article's last two-sided
            # event
            named = {a.country_code for a in in_s if a.country_code
                     and a.kind in PARTICIPANT_KINDS | {"demonym"}}
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
        if event is not None:
            # "Azerbaijani forces shelled Tegh", "fire from Armenian positions toward
            # Sadarak": the side whose town was hit is a side
            actors_here = with_territory_hit(actors_here, event, locations)
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
                                                    and from_afar(event, sideless))):
            # "Eleven police officers were killed in an attack on the police headquarters
            # in Zahedan, Iran's deputy interior minister said": a state's word on its
            # people hit at home, no side named (bandits, militants) but its own; so a
            # shell or a drone that came over its land ("a shell struck a house in Sotk,
            # the village head said"; "Baku has said an unidentified drone violated its
            # airspace near Jabrayil"); "A deminer was injured in a mine explosion in
            # Gazakh district": a mine's victims are of the country it lies in; so are a
            # blast's, with no attacker named ("an explosion in the village of Przewodow,
            # in the Hrubieszow county, killed two men": the state it went off in is hit)
            blast = event.sub_event_type in PLANTED_OR_THROWN and not sideless and any((
                casualties.fatalities_max, casualties.fatalities_min, casualties.injured_max,
                casualties.injured_min))
            hit = countries_hit(locations, areas=event.family in ("landmine", "disrupted")
                                or blast)
            if blast:       # (at a village the gazetteer lacks: "in Moldova's north")
                hit |= {c for loc in locations if loc.relation == "country"
                        for c in loc.countries}
            if len(hit) == 1 and (event.family == "landmine" or blast or (
                    claim is not None and hit == {claim.country})):
                actors_here = tuple(hit)
            elif not hit and event.family == "disrupted" and claim is not None and \
                    claim.country:
                # "Lithuanian officials said radar picked up dozens of balloons on
                # Saturday night": over the land of the state that tracked them
                actors_here = (claim.country,)
        if event is not None and event.violent and not actors_here:
            actors_here = unnamed_sides(text, s, event, locations, casualties)
        if event is not None and event.violent and not actors_here and not sideless:
            actors_here = fought_by_armed_group(event, locations,
                                                acting_armed_groups(text, s, actors))
        if event is not None and event.family == "protest" and not actors_here:
            # "Police detained 12 protesters in Kirants": a protest and its policing are
            # the country's where it is held
            hit = countries_hit(locations, areas=True)
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
                event.sub_event_type in PLANTED_OR_THROWN:
            sideless = True     # "An explosion hit the perimeter of the airport", "hand
                                # grenades were thrown at one of them": no side named, yet
                                # an event at its place
        if event is not None and claim is not None:
            actors_here = with_neighbour_claimant(actors_here, event, claim, locations)
        told_of = attackers_state(text, s, event, in_s) if sideless else ""
        if told_of:
            # "When gunmen in Ethiopian uniforms walked into a herders' camp near Sololo,
            # killing three Kenyans": attackers told as of a state, by their own words,
            # and the state whose land they hit are the sides
            sideless = False
            actors_here = tuple(sorted({told_of, *countries_hit(locations)}))
        elif sideless:
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
            home = village_country(text, where, in_s) or country_told(facts) or \
                (claim.country if claim is not None else "") or \
                dateline_country(resolutions, dateline)
            locations = (Location("country", countries=(home,)),) if home else ()
        if on_forces and not actors_here:
            # "Unknown gunmen attacked a border post near Mirjaveh, Iran's Foreign Ministry
            # said": the side is the state whose forces were hit, where they were
            hit = countries_hit(locations, areas=True) | {
                c for loc in locations if loc.relation == "country" for c in loc.countries}
            actors_here = tuple(hit) if len(hit) == 1 else \
                ((claim.country,) if claim is not None and claim.country else ())
        spoken_of = _places_spoken_of(text, s, in_r, in_s, masked) \
            if claim is not None and event is None else ()
        came_from = fire_came_from(text, s, in_s, in_r) \
            if event is None or (event.violent and date is None) else ()
        accusation = accusation_after_denial(text, s, claim, in_s) \
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
            and ANSWERED.match(text, line) else -1,
            rebutted_by=rebuttal(text, s.start, s.end, in_s, claim)
            if claim is not None and claim.stance == "asserts" else None))
    return tuple(facts)


#: the two states an article is about, named as such: "the foreign ministers of the two
#: countries", "both sides", "the two neighbours"
_BOTH_SIDES = re.compile(r"(?<![\w])(?i:the\s+two\s+(?:countries|states|nations|sides|"
                         r"governments|neighbou?rs|capitals)|both\s+(?:countries|states|"
                         r"nations|sides|governments|capitals))(?![\w])")


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


#: a place named by reference to the one told before: "at the same checkpoint"
_SAME_PLACE = re.compile(r"(?<![\w])(?i:at|near|in|on)\s+the\s+same\s+(?i:checkpoint|crossing|"
                         r"border crossing|bridge|village|town|post)(?![\w])")


#: the place of fire named by reference to the one told before: "the same positions had
#: come under fire"
_SAME_POSITIONS = re.compile(r"(?<![\w])(?i:the\s+same\s+(?:positions?|posts?|outposts?|"
                             r"village|town|section|sector|checkpoint|crossing))(?![\w])")

#: what comes before a place a count of the dead was told at: "In …", "killed … in"
_OPENS_AT = re.compile(r"\W*(?:In|At|Near)\s+(?:the\s+)?")

#: a sentence whose subject is the event just told: "The transfer took place near the
#: village of Sotk."
TAKES_UP = re.compile(r"\W*(?:The|This|That)\s+(?:transfer|handover|hand-over|exchange|swap|"
                      r"release|return|repatriation|detention|arrest|abduction|incident)"
                      r"\s+(?:took place|happened|occurred|was carried out|was made)(?![\w])")

#: a statement cut from the sentence of its speaker's denial ("and said instead that …")
_SAID_INSTEAD = re.compile(COUNTER_STATEMENT_OPENING)

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


def _negated(text: str, start: int, event: EventCue) -> bool:
    """Whether the words right before an event's cue say it did not happen ("its troops
    had not opened fire")."""
    return any(0 <= event.start - m.end() <= 14 for m in
               cue_patterns()["denial_negations"].finditer(text, max(start, event.start - 40),
                                                           event.start))


def _statement_span(text: str, s: Sentence, cue: int | None) -> tuple[int, int]:
    """The part of a sentence whose places a claim gives: with two statements joined by
    ", while" ("residents of Berd sheltered, while the Azerbaijani side reported fire on
    Tovuz"), the one holding the claim's cue; else the whole sentence."""
    joint = second_statement(text, s.start, s.end) if cue is not None else None
    if joint is None:
        return s.start, s.end
    return (joint[1], s.end) if cue >= joint[1] else (s.start, joint[0])


#: the voices a journalist's question may tell the claims of: a state's (not its forces,
#: whom "reports that Iranian border guards fired …" name as the event's agent)
_QUESTION_VOICES = STATE_VOICES


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
