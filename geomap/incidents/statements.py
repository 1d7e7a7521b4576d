"""A state's stated position on a place, attached to no incident: a statement of its own.

A state's stated position on a province, a region or a corridor that attaches to nothing
("Iran would block the creation of a corridor through Armenia's Syunik province") becomes
a diplomatic statement of its own, one per speaker and day (``statement_drafts``). It is
made after the fold, from the sentences the fold left to no incident, and so stands apart
from it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import DateRef
from .drafts import Draft, dates_compatible
from .events import EventCue
from .facts import WINDOW, SentenceFacts
from .locations import AREA_KINDS
from .sides import STATE_VOICES
from .tables import cue_patterns

#: a statement of what a state has long held, not of a day: "Iran has repeatedly said it
#: opposes any geopolitical changes"
HABITUAL = re.compile(r"(?<![\w])(?i:repeatedly|has long|have long|had long|has always|"
                      r"have always|consistently|time and again)(?![\w])")


def _an_area(place) -> bool:
    """A place a state takes a position on, not where something happened: a division of a
    country, a corridor ("Iran would block a corridor through Armenia's Syunik province";
    not "Russia plans to open a base near Tskhinvali")."""
    return place is not None and (place.kind in AREA_KINDS or "corridor" in place.id)


def statement_drafts(facts: tuple[SentenceFacts, ...], drafts: list[Draft],
                     filed: DateRef | None, headline: bool = False) -> list[Draft]:
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
    used = {f.sentence.index for d in drafts for f in d.told}
    free = [f for f in facts[1 if headline else 0:] if f.claim is not None and f.event is None
            and f.sentence.index not in used and f.claim.country
            and f.claim.kind in STATE_VOICES and not HABITUAL.search(f.sentence.text)
            and not f.casualties]     # (who was killed or hurt tells an event, not a stance)
    told = list(_spans(drafts))
    made: list[Draft] = []
    by_speaker: dict[tuple[str, str], list[Draft]] = {}
    for f in free:                      # the statements that open one
        c, i = f.claim, f.sentence.index
        day = f.date if f.date is not None and f.date.value else filed or f.unknown_day
        if not any(_an_area(loc.place) for loc in f.spoken_of) or day is None or \
                not cue_patterns()["position_words"].search(f.sentence.text) or \
                any(lo <= i and i - hi <= WINDOW for lo, hi in told):
            continue
        own = by_speaker.setdefault((c.claimant, c.country), [])
        if any(dates_compatible(day, d.date_range) for d in own):
            continue
        cue = EventCue("diplomatic", "statement", "statement", f.sentence.start,
                       f.sentence.start)
        anchor = replace(f, event=cue, date=day, actors=(c.country,), locations=f.spoken_of)
        d = Draft(anchor=anchor, event=cue, actors={c.country}, last_index=i)
        own.append(d)
        made.append(d)
    anchors = {d.anchor.sentence.index for d in made}
    for f in free:                      # what else the speaker, or the state that day, said
        c = f.claim
        if f.sentence.index in anchors:
            continue
        own = [d for d in by_speaker.get((c.claimant, c.country), ())
               if (f.date is None or dates_compatible(f.date, d.date_range))
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


def _of_the_same(f: SentenceFacts, d: Draft) -> bool:
    """Whether another voice of a statement's state speaks to it: of a place it speaks of,
    or taking a position itself while naming no other place ("Iran's foreign ministry
    spokesman struck a more measured tone, saying Tehran welcomed …"; not the defence
    ministry's "no ceasefire violations had been recorded" beside a word on Syunik)."""
    mine = {loc.place.id for loc in f.spoken_of if loc.place is not None}
    if mine:
        return bool(mine & {loc.place.id for loc in d.anchor.locations
                            if loc.place is not None})
    return bool(cue_patterns()["position_words"].search(f.sentence.text))


def _spans(drafts: list[Draft]):
    """(first, last) sentence index of each incident the fold told."""
    for d in drafts:
        told = [f.sentence.index for f in d.told]
        yield min(told), max(told + [d.last_index])
