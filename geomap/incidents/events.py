"""Event typing: which ACLED event type (or "diplomatic") a sentence reports, if any.

The cue tables in data/events.yaml are tried in priority order (strikes and shelling
before clashes, violence before strategic developments before diplomacy); a cue in a
relative clause ("…, who was leading a delegation to the … meeting,"), or made
hypothetical by the words before it ("the possibility of clashes", "any foreign
forces"), or said not to have happened ("no ceasefire violations"), or what the event
came after ("after two days of fighting", "since the Washington summit"), or fighting
named by its time ("during the May 2025 hostilities"), or an event named as what
something else is taken for ("regarded the flights as a 'hybrid attack'", "mistaking the
blasts for gunfire", a quoted label: "the flights were a 'hybrid attack'"), or what a
speaker knows nothing of ("had no information about such an attack"), or what someone is
blamed for, told before ("blamed Iran and its allies for the attack."), or violence told at
a trial ("was sentenced to 20 years for attacking a police station"), or an event an
anniversary or a memorial recalls ("marked the anniversary of the 2014 raid in which
gunmen stormed the town"), does not count;
nor does fire at mock targets or fire during an exercise, which is a drill's, nor a drill a
side calls its response to another's ("its drills were a 'natural response' to South
Korean exercises"). A cue in what the news came after ("closed its crossings on Monday
after balloons drifted into its airspace") gives way to one in the main clause, unless it
is violence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..text.calendar_names import MONTHS
from ..text.speech_verbs import speech_verbs
from .spans import Span, in_manner_clause, inside, overlaps, quote_spans
from .tables import court_words, cue_patterns, event_tables, recalled_by

#: the families of events with casualties and sides: fighting, and mines going off
_VIOLENT_FAMILIES = frozenset({"violent", "landmine"})
#: the families a drill's fire at mock targets would be mistaken for
_FIRE_FAMILIES = _VIOLENT_FAMILIES | {"disrupted"}
#: the families of two sides' forces meeting, which a team, a crowd or parliament's
#: benches would be mistaken for ("MPs clashed over the budget", "protesters blocked a
#: cargo ship"): fighting, and a stand-off with no shot fired
_FACED_FAMILIES = frozenset({"violent", "standoff"})
#: what a drill's fire is aimed at, when no one holds it
_TARGETS = re.compile(r"(?<![\w])(?i:targets)(?![\w])")
_LAST_WORDS = re.compile(r"(?:\S+\s+){0,4}$")
_NEW_WINDOW = re.compile(r"(?:\S+\s+){0,3}$")
_NEXT_WORDS = re.compile(r"(?:\s+\S+){0,3}")
#: a meeting named by its place or year as what the sentence's news came after, past its
#: opening: "forces had been put on higher alert after the Washington summit" (not "After
#: talks in Moscow on Monday, the ministers said …", nor "a joint statement issued after
#: the talks", which tell of the talks)
_AFTER_MEETING = re.compile(r"\S\s+(?i:after|following|since)\s+(?i:the|last)\s+"
                            r"(?:[\w’'-]+\s+)?[A-Z0-9][\w’'-]*\s+$")
#: what an event came after, not the event reported: "agreed a ceasefire after two days
#: of fighting", "after four days of missile and drone attacks"
_AFTER_SPELL = re.compile(r"(?<![\w])(?i:after|following|ending|to end)\s+(?:[\w-]+\s+){0,3}"
                          r"(?i:hours?|days?|nights?|weeks?|months?|years?)\s+of\s+"
                          r"(?:[\w-]+\s+(?:and\s+|or\s+)?){0,2}$")


#: an event told as what another followed or answered, introduced by "a": "the strikes
#: followed a suicide attack in Mir Ali", "the strikes answered a bombing in Istanbul" is
#: another event than the strikes (not "its forces had only responded to a provocation":
#: a side's word on the same fire)
_CAUSE_BEFORE = re.compile(r"(?<![\w])(?i:followed|answered|avenged|retaliated\s+for|"
                           r"in response to|in retaliation for|"
                           r"in revenge for|in reprisal for)\s+an?\s+(?:[\w-]+\s+){0,2}$")


#: a blame up to the event it names as told before, that event's word next or after at
#: most two more: "Israel's prime minister blamed Iran and its allies for the attack",
#: "held Kabul responsible for Sunday's bombing", "accused India of being behind the
#: blast" (a regex, case ignored). ``events`` reads it before an event's word, which it
#: then takes for no new event ("blamed Iran for an attack on …" may tell one), and
#: ``fold`` after one, to join the claim to the event told before.
BLAME_OF_AN_EVENT_TOLD = (
    r"(?<![\w])(?i:(?:blamed|blames|blaming|blame)\s+(?:[\w’'-]+\s+){1,8}?for"
    r"|(?:held|holds|holding|hold)\s+(?:[\w’'-]+\s+){1,8}?(?:responsible|accountable)\s+for"
    r"|(?:accused|accuses|accusing|accuse)\s+(?:[\w’'-]+\s+){1,8}?of(?:\s+(?:carrying\s+out|"
    r"staging|being\s+behind|ordering|plotting))?)"
    r"\s+(?i:the|this|that|these|those|its|their|[\w-]+['’]s)\s+")
_BLAMED_FOR = re.compile(BLAME_OF_AN_EVENT_TOLD + r"(?:[\w-]+\s+){0,2}$")
#: ... named with nothing more of its own after it: "blamed Iran for the attack." (not
#: "blamed each other for the fighting near Sotk on Tuesday", which tells it)
_NOTHING_MORE = re.compile(r"\s*(?:[.,;:!?”\"’)]|$)")


#: the families of a state's measures on its own side, which it may announce for a day to
#: come: "Finland will close the Salla crossing on Thursday" is a decision told, not a
#: hypothesis
_ANNOUNCED_FAMILIES = frozenset({"closure"})
#: the words that announce such a measure, opening its cue
_ANNOUNCED = re.compile(r"\A(?i:will|shall|(?:is|are)\s+(?:set\s+|due\s+)?to)\s+")


#: the families of a state's shows of force, which it tells as its answer to another's:
#: "its drills were a 'natural response' to South Korean exercises" tells neither drill
_SHOW_FAMILIES = frozenset({"exercise", "deployment"})
#: a show of force told as an answer: "its drills were a 'natural response' to …"
_JUDGED_AS_ANSWER = re.compile(r"[\"”’']?\s+(?i:was|were|is|are)\s+(?i:an?|the|only|"
                               r"merely)\s+[\"“‘']?(?:[\w-]+\s+)?(?i:response|reaction|"
                               r"answer|retaliation|reply)(?![\w])")
#: ... and what it answered: "a natural response to South Korean exercises"
_ANSWER_TO = re.compile(r"(?<![\w])(?i:response|reaction|answer|reply)[\"”’']?\s+(?i:to)\s+"
                        r"(?:[\w’'-]+\s+){0,3}$")


#: "another" opening the sentence or a clause, its cue's subject: "Another explosive device
#: wounded three civilians", "On Sunday, another clash erupted near Berd" tell one more
#: event (not "to prevent another clash", "fears of another attack": a word before it)
_ANOTHER_OPENS = re.compile(r"(?:^[\W_]*|,\s+)(?i:another)\s+(?P<told>(?:[\w’'-]+\s+){0,3})$")
#: ... but not one more of the event's people: "Another soldier was wounded later"
_ONE_MORE_OF_THEM = re.compile(r"(?:[\w’'-]+\s+)?(?i:soldiers?|servicem[ae]n|conscripts?|"
                               r"civilians?|villagers?|residents?|farmers?|shepherds?|"
                               r"herders?|fishermen|workers?|people|persons?|m[ae]n|wom[ae]n|"
                               r"child|children|boys?|girls?|guards?|policem[ae]n|police|"
                               r"officers?|troops?|fighters?|militants?|victims?|bod(?:y|ies)|"
                               r"one|two|three|four|five|\d+)(?![\w’'-])")


_SUICIDE_BEFORE = re.compile(r"(?<![\w])(?i:suicide)\s+$")
#: a denial's "any", which says none was, not what might be: "denied on Saturday that any
#: Pakistan Air Force jets had been shot down" (the "any" before the cue or opening it)
_DENIED_ANY = re.compile(r"(?<![\w])(?i:" + speech_verbs("deny") + r")\s+(?:[\w-]+\s+){0,3}?"
                         r"that\s+(?:any\s+(?:[\w-]+\s+){0,4})?$")
#: fighting named by its time, a war of its own: "during the May 2025 hostilities", "the
#: 2020 war's clashes", "since the April 2016 fighting" (a year, a month's name before it
#: maybe, as the cue's adjective — up to two more words between: "the 2022 border clashes")
_OF_A_TIME = (rf"(?<![\w])(?i:the)\s+(?:(?:{'|'.join(MONTHS)})\s+)?(?:19|20)\d\d(?:['’]s)?\s+"
              r"(?:[\w’'–-]+\s+){0,2}")
_NAMED_BY_ITS_TIME = re.compile(_OF_A_TIME + "$")


#: "the" right before a cue: the fighting told before in the sentence
_THE_BEFORE = re.compile(r"(?<![\w])(?i:the)\s+$")
#: a war named by its time earlier in the sentence ("The September 2022 clashes, which left
#: 300 dead, brought the fighting onto Armenia's territory": "the fighting" is that war's)
_A_NAMED_WAR = re.compile(_OF_A_TIME + r"(?i:clashes|fighting|war|hostilities|escalation|"
                                       r"offensive|battles?)(?![\w])")
#: ... and a clause telling that war: "since the September 2022 clashes, when Azerbaijani
#: forces advanced into Armenian territory"
_A_NAMED_WAR_CLAUSE = re.compile(_A_NAMED_WAR.pattern + r",?\s+(?:when|in which|during which)"
                                 r"(?![\w])")


def _of_a_named_war(text: str, start: int, at: int) -> bool:
    """Whether the cue at ``at`` (its sentence from ``start``) tells a war named by its
    time: "during the May 2025 hostilities", "The September 2022 clashes, which left 300
    dead, brought the fighting onto …", "since the September 2022 clashes, when …"."""
    return bool(_NAMED_BY_ITS_TIME.search(text, max(start, at - 50), at)
                or (_THE_BEFORE.search(text, max(start, at - 5), at)
                    and _A_NAMED_WAR.search(text, start, at))
                or _A_NAMED_WAR_CLAUSE.search(text, start, at))


def _denies_any(text: str, start: int, cue: re.Match) -> bool:
    """Whether the "any" before ``cue`` or opening it is a denial's, which says none was,
    not what might be: "denied that any jets had been shot down"."""
    denied = _DENIED_ANY.search(text, max(start, cue.start() - 90), cue.start())
    return denied is not None and (not denied.group(0).rstrip().endswith("that")
                                   or cue.group(0)[:4].lower() == "any ")


@lru_cache(maxsize=1)
def _unreal_tables() -> tuple[re.Pattern, ...]:
    """(words right before a cue that say it did not happen, words right after it that
    make that a side's denial, words right before a cue that make it a point in time,
    words that make a sentence's fire a drill's, words that set it in a drill), from
    data/events.yaml."""
    words = event_tables()[3]
    did_not_happen = re.compile(r"(?<![\w])(?i:" + words["did_not_happen"]
                                + r")\s+(?:[\w-]+\s+)?$")
    denied_shooter = re.compile(r"(?<![\w])(?i:" + words["denied_shooter"] + r")(?![\w])")
    since = re.compile(r"(?<![\w])(?i:" + words["reference_point"]
                       + r")\s+(?:the\s+|an?\s+|last\s+)?(?:[\w’'-]+\s+){0,2}$"
                       # "did not comment on the drills": what was spoken of
                       r"|(?<![\w])(?i:" + words["spoken_of"]
                       + r")\s+(?:the\s+|an?\s+|these\s+|those\s+)?(?:[\w’'-]+\s+){0,2}$")
    staged = re.compile(r"(?<![\w])(?i:" + words["staged"] + r")(?![\w])")
    in_drill = re.compile(r"(?<![\w])(?i:" + words["drill_setting"] + r")(?![\w])")
    return did_not_happen, denied_shooter, since, staged, in_drill


@dataclass(frozen=True)
class EventCue:
    """The event a sentence reports: its type and the cue at absolute [start, end)."""

    event_type: str
    sub_event_type: str
    family: str
    start: int
    end: int
    #: "a separate meeting", "another clash": not the last event of its kind
    new: bool = False

    @property
    def violent(self) -> bool:
        return self.family in _VIOLENT_FAMILIES

    @property
    def diplomatic(self) -> bool:
        return self.event_type == "diplomatic"


#: where a subject is, what follows it before its verb: a place ("in the village of
#: Przewodow", "near the Turkish border") and a comma-set apposition of place or kind (", in
#: eastern Poland near the Ukrainian border,", ", a town of 5,000,"), repeated, and the next
#: word in lower case, the verb's
_PLACE_PHRASE = (r"\s+(?:in|at|near|outside|off|on|along|inside|across|close\s+to)\s+"
                 r"(?:(?:the|a|an)\s+)?(?:(?:[\w’'-]+\s+){0,3}?(?:of\s+)?"
                 r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*|[\w-]+"
                 r"(?=,|\s+(?:in|at|near|outside|off|on|along|close\s+to)\s))")
_APPOSITION = (r",\s+(?:in|at|near|outside|off|on|along|inside|across|close\s+to|about|some|"
               r"just|not\s+far\s+from|an?|the|one|part)\s+[^,;:.()“”\"]{1,80}?,")
#: a subject's words at the opening of a sentence or clause, no verb among them: "An
#: explosion", "Two unidentified gunmen" (not "border guards killed two pedestrians", whose
#: "in a road accident near Jolfa" is no subject's)
_SUBJECT_WORD = (r"(?!(?i:was|were|is|are|has|have|had|hit|struck|shot|said|says|told|in|at|"
                 r"near|outside|off|on|along|inside|across|close|[\w-]*ed(?<!armed)"
                 r"(?<!masked)(?<!unidentified)(?<!suspected)(?<!improvised)(?<!unmanned)"
                 r"(?<!guided)(?<!alleged)(?<!so-called))(?![\w’'-]))[\w’'-]+")
_SUBJECT_MODIFIERS = re.compile(
    r"(?:\A\s*|(?<=[,;:—–])\s+|(?<![\w])(?:when|as|after|that|while|and|but)\s+)"
    rf"(?:{_SUBJECT_WORD}\s+){{0,4}}{_SUBJECT_WORD}"
    rf"(?P<modifiers>(?:{_PLACE_PHRASE}|{_APPOSITION})+)(?=\s+[a-z])")


def _without_modifiers(text: str, start: int, end: int) -> tuple[str, list[Span]] | None:
    """``text[start:end]`` with the places and appositions between nouns and their verbs
    left out ("An explosion in the village of Przewodow, in eastern Poland, killed two men"
    → "An explosion killed two men"), and the cuts made (spans of ``text``); None when
    there is none."""
    cuts = [(start + a, start + b) for a, b in (
        m.span("modifiers") for m in _SUBJECT_MODIFIERS.finditer(text[start:end]))]
    if not cuts:
        return None
    kept, at = [], start
    for a, b in cuts:
        kept.append(text[at:a])
        at = b
    return "".join(kept) + text[at:end], cuts


def _across_a_cut(cue: EventCue, cuts: list[Span], start: int) -> bool:
    """Whether a cue found with the modifiers left out joins a subject to the verb a cut
    kept it from ("An explosion [in the village of X,] killed"), or opens right after a
    cut: one ending where a cut begins ("three weeks after an attack [near Gatumba] that it
    blames on Kigali") was there to be read in the full text, which passed it over."""
    removed = 0
    for a, b in cuts:
        at = a - start - removed          # where the cut was, in the shortened text
        if cue.start <= at + 1 and cue.end > at:
            return True
        removed += b - a
    return False


def _restored(pos: int, start: int, cuts: list[Span]) -> int:
    """The position in the full text of ``pos`` in the text ``_without_modifiers`` made."""
    pos += start
    for a, b in cuts:
        if pos < a:
            break
        pos += b - a
    return pos


def find_event(text: str, start: int, end: int, masked: list[Span] = (),
               only: frozenset[int] | None = None) -> EventCue | None:
    """The highest-priority event cue in ``text[start:end]`` outside ``masked`` spans
    (``only``: the indices of the kinds worth trying, from the stem prefilter); failing a
    violent one, a violent cue whose subject is kept from its verb by where it was ("An
    explosion in the village of Przewodow, in eastern Poland, killed two men")."""
    cue = _find_event(text, start, end, masked, only)
    if cue is not None and cue.violent:
        return cue
    condensed = _without_modifiers(text, start, end)
    if condensed is None:
        return cue
    short, cuts = condensed
    kept_masks = []
    for a, b in masked:
        if a >= start and b <= end and not overlaps(a, b, cuts):
            shift = sum(y - x for x, y in cuts if y <= a)
            kept_masks.append((a - start - shift, b - start - shift))
    found = _find_event(short, 0, len(short), kept_masks, only)
    if found is None or not found.violent or not _across_a_cut(found, cuts, start):
        return cue
    return replace(found, start=_restored(found.start, start, cuts),
                   end=_restored(found.end - 1, start, cuts) + 1)


def _find_event(text: str, start: int, end: int, masked: list[Span] = (),
                only: frozenset[int] | None = None) -> EventCue | None:
    """The highest-priority event cue in ``text[start:end]`` outside ``masked`` spans."""
    kinds, hypothetical, new_event, words = event_tables()
    not_fighting = words["not_fighting"]
    did_not_happen, denied_shooter, since, staged, in_drill = _unreal_tables()
    # "fired on mock enemy positions"; "fired at targets during an exercise" (not "fired
    # shells into its territorial waters during an exercise": fire at someone)
    drill = staged.search(text, start, end) is not None or (
        in_drill.search(text, start, end) is not None
        and _TARGETS.search(text, start, end) is not None)
    # "was sentenced to 20 years for plotting to attack a police station": a trial told
    in_court = court_words().search(text, start, end) is not None
    masked = list(masked)
    labels = _quoted_labels(text, start, end)
    cause: EventCue | None = None       # a cue in what the news came after
    for k, kind in enumerate(kinds):
        if only is not None and k not in only:
            continue
        if (drill and kind.family in _FIRE_FAMILIES) or (in_court and kind.family in
                                                           _VIOLENT_FAMILIES):
            continue
        for m in kind.regex.finditer(text, start, end):
            if inside(m.start(), masked) or in_manner_clause(text, start, m.end()) or \
                    _AFTER_SPELL.search(text, max(start, m.start() - 60), m.start()):
                continue
            if kind.sub_event_type != "Suicide bomb" and _SUICIDE_BEFORE.search(
                    text, max(start, m.start() - 9), m.start()):
                continue                    # "a suicide bombing": no air strike
            if kind.family in _SHOW_FAMILIES and (
                    _JUDGED_AS_ANSWER.match(text, m.end(), end)
                    or _ANSWER_TO.search(text, max(start, m.start() - 50), m.start())):
                continue                    # "its drills were a 'natural response' to
                                            # South Korean exercises": a view of both
            if kind.family == "violent" and (
                    _NAMED_AS.search(text, max(start, m.start() - 50), m.start())
                    or _TAKEN_FOR.search(text, max(start, m.start() - 70), m.start())
                    or inside(m.start(), labels) or _unconfirmed(text, start, m.start())):
                continue                    # "regarded the flights as a 'hybrid attack'",
                                            # "mistaking the blasts for gunfire", "said the
                                            # flights were a 'hybrid attack'", "had no
                                            # information about such an attack"
            recalled = recalled_by().search(text, max(start, m.start() - 160), m.start())
            if recalled is not None and _recalled(recalled.group(0)):
                continue                    # "marked the anniversary of the 2014 raid in
                                            # which gunmen stormed the town": recalled
            if kind.family == "violent" and _of_a_named_war(text, start, m.start()):
                continue                    # "during the May 2025 hostilities": a war
                                            # named, no fighting told
            before = _LAST_WORDS.search(text, max(start, m.start() - 45), m.start()).group(0)
            opens = _ANOTHER_OPENS.search(text[start:m.start()])
            if opens is not None and _ONE_MORE_OF_THEM.match(text, start + opens.start("told")):
                opens = None
            cue_words = m.group(0)
            if kind.family in _ANNOUNCED_FAMILIES:
                cue_words = _ANNOUNCED.sub("", cue_words, count=1)
            if (hypothetical.search(before if opens is None else opens.group("told"))
                    or hypothetical.search(cue_words)
                    or since.search(before)) and not _denies_any(text, start, m):
                continue                    # "the risk of clashes", "since the summit"
            if _BLAMED_FOR.search(text, max(start, m.start() - 90), m.start()) and \
                    _NOTHING_MORE.match(text, m.end(), end):
                continue                    # "blamed Iran for the attack": told before
            if kind.event_type == "diplomatic" and _AFTER_MEETING.search(
                    text, max(start, m.start() - 40), m.start()):
                continue                    # "put on alert after the Washington summit"
            after = _NEXT_WORDS.match(text, m.end(), end).group(0)
            if did_not_happen.search(before) and not denied_shooter.search(after):
                continue                    # "no shots were fired" (but "… from its side")
            if kind.family in _FACED_FAMILIES and (not_fighting.search(before) or
                                                   not_fighting.search(after)):
                continue            # "MPs clashed over the budget", "clashed with protesters"
            near = _NEW_WINDOW.search(text, max(start, m.start() - 30), m.start()).group(0)
            new = new_event.search(near) or new_event.match(text[start:start + 40]) \
                or _CAUSE_BEFORE.search(text, max(start, m.start() - 40), m.start())
            cue = EventCue(kind.event_type, kind.sub_event_type, kind.family, m.start(),
                           m.end(), bool(new))
            if kind.family in _VIOLENT_FAMILIES or not _WHAT_CAME_BEFORE.search(
                    text, max(start, m.start() - 60), m.start()):
                return cue
            cause = cause or cue            # "closed its crossings … after balloons drifted
                                            # into its airspace": the closure, if told
    return cause


#: what opens a clause on the old event: "the anniversary of the raid in which gunmen …"
_ON_THE_OLD_EVENT = re.compile(r"(?<![\w])(?i:which|when|where|who|whom|whose|that)(?![\w])")
#: a verb of the sentence's own: "a commemoration of the 1989 massacre was attacked"
_GATHERING_VERB = re.compile(r"(?<![\w])(?i:was|were|is|are|came|come|comes)(?![\w])")
#: the cue as the head of the phrase on what is recalled: "the anniversary of the shelling",
#: "a memorial service for the 12 villagers killed by gunmen"
_HEAD_OF_THE_PHRASE = re.compile(r"(?<![\w])(?i:of|for|by|after)\s+(?:(?i:the|an?|its|their|this|"
                                 r"that|these|those)\s+)?(?:[\w’'-]+\s+){0,2}\Z")


def _recalled(between: str) -> bool:
    """Whether the cue after ``between`` (from a word that recalls, ``tables.recalled_by``,
    to the cue) is the old event recalled: in a clause on it ("marked the anniversary of the
    2014 raid in which gunmen stormed the town") or the head of its phrase ("the anniversary
    of the shelling of the city"); not what befell the gathering ("an anniversary rally in
    Kabul was hit by a suicide bomber") nor the day's news told after the phrase ("on the
    anniversary of the ceasefire Azerbaijani forces shelled Sotk")."""
    clause = _ON_THE_OLD_EVENT.search(between)
    if _GATHERING_VERB.search(between, 0, len(between) if clause is None else clause.start()):
        return False
    return clause is not None or _HEAD_OF_THE_PHRASE.search(between) is not None


#: an event named as what something else is taken for, a view: "regarded the balloon
#: flights as a 'hybrid attack'" (not "as a result of shelling", "as the shelling went on")
_NAMED_AS = re.compile(r"(?<![\w])(?i:as)\s+(?i:an?)\s+[\"“‘']?"
                       r"(?:(?!(?i:result|consequence|part|way|means|for|of|to|in|on|at|with|"
                       r"by)(?![\w]))[\w-]+\s+){0,2}$")


#: an event named as what something was mistaken for: "mocked Seoul for 'mistaking' the
#: blasts for gunfire", "confused the fireworks with shelling"
_TAKEN_FOR = re.compile(r"(?<![\w])(?:(?i:mistak(?:e|es|en|ing)|mistook)[\"”’']?\s+"
                        r"(?:[\w’'-]+\s+){0,5}?(?i:for|as)"
                        # (not "the situation was confused as fighting went on")
                        r"|(?i:confus(?:e|es|ed|ing))\s+(?:[\w’'-]+\s+){1,5}?(?i:for|with))"
                        r"\s+[\"“‘']?(?:[\w-]+\s+){0,2}$")
#: the most words of a quotation that is a label put on something, a view ("a 'hybrid
#: attack'"), not a statement quoted
_LABEL_WORDS = 3
#: what puts a name on something: "were a", "is", "called it a", "as part of a"
_NAMED_BY = re.compile(r"(?<![\w])(?i:is|are|was|were|be|been|being|as|call(?:s|ed|ing)?|"
                       r"term(?:s|ed)?|dub(?:s|bed)?|label(?:s|l?ed)?|brand(?:s|ed)?|"
                       r"describ(?:es|ed|ing))\s+(?:(?:it|them|this|that|the\s+\w+|\w+)\s+)?"
                       r"(?:(?:an?|the)\s+)?(?:part\s+of\s+an?\s+)?$")
#: the words between a phrase saying nothing is known and the event it is about: "had no
#: information about such an attack"
_UNCONFIRMED_GAP = re.compile(r"\s+(?:[\w’'-]+\s+){0,3}$")


def _quoted_labels(text: str, start: int, end: int) -> list[Span]:
    """The short quotations in ``text[start:end]`` that a speaker puts on something as
    its name ("the balloon flights were a 'hybrid attack' by Minsk", "called it a
    'provocation'"), which tell no event (not "launched 'aggressive actions'": a deed)."""
    return [q for q in quote_spans(text, start, end)
            if len(text[q[0] + 1:q[1] - 1].split()) <= _LABEL_WORDS
            and _NAMED_BY.search(text, max(start, q[0] - 40), q[0])]


def _unconfirmed(text: str, start: int, at: int) -> bool:
    """Whether the cue at ``at`` is what a speaker says nothing is known of ("told
    reporters he had no information about such an attack", "could not confirm the
    shelling"): no event told."""
    return any(_UNCONFIRMED_GAP.fullmatch(text, m.end(), at)
               for m in cue_patterns()["non_confirmations"].finditer(text, max(start, at - 80),
                                                                      at))


#: what a sentence's news came after, in a clause of its own: "Lithuania closed its
#: crossings on Monday after balloons drifted into its airspace"
_WHAT_CAME_BEFORE = re.compile(r"(?<![\w])(?i:after|following)\s+(?:[\w’'-]+\s+){0,6}$")
