"""``SentenceFacts``: what one sentence says, before incidents are formed.

The record ``sentence_facts`` writes and every later stage reads (the fold, the statements,
the tolls). It stands apart from the reading of a sentence so that the stages depend on
the record, not on how it was read.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import DateRef, Location, Sentence
from .casualties import Casualties
from .claims import ClaimCue
from .events import EventCue

#: how many sentences after an incident's last mention a statement may still attach to it
WINDOW = 3


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


def dated(f: SentenceFacts) -> bool:
    """Whether a sentence dates its event, if only to a day the article leaves unknown."""
    return f.date is not None or f.unknown_day is not None
