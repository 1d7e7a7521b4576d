"""Casualty counts in a sentence: numbers, ranges and words → fatalities and injured.

Handles "150-200 people", "between 10 and 15", "at least three", "forty-nine soldiers"
(compounds read by ``text_to_num``), "one serviceman was wounded", "two soldiers killed",
"killing four", "the death toll … amounted to 150-200", "put the death toll as high as
12" (a maximum only), the officialese of statements ("led to the martyrdom of two soldiers
and the injury of three others"), and vague quantities (data/numbers.yaml): a word of an
order of size gives its smallest unit ("hundreds" → min 100, max 999; "dozens" → min 12,
max 99), a word that only says "more than one" ("several", "a few") is no figure. "No
casualties were reported" is a count of 0 (known to be none), where a sentence that says
nothing leaves None.
"Dozens were killed or hurt" counts neither the dead nor the wounded. Two speakers'
figures in one sentence ("ISPR says 23 …, while the Taliban said 58 …") are versions of
one count, a range (23-58); a state's dead and an armed group's ("23 Pakistani soldiers
… and more than 200 Taliban fighters") are different people, added up, and so are two
nations' dead joined by "and" ("Four Armenian soldiers and three Azerbaijani servicemen":
7) and the dead of fighters of no state beside a state's ("three of the attackers").
"315 killed and wounded" counts neither. A figure since replaced ("The army first said …
that an officer and two soldiers had died", "had earlier given a figure of 12 dead",
"raised the toll from 14") is no estimate; a sentence opening "Among the victims were …"
counts some of a group told before; "a second villager was hurt" counts one more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from text_to_num import text2num

from ..text.calendar_names import MONTH_ABBREVIATIONS, MONTHS
from ..text.speech_verbs import speech_verbs
from .spans import second_statement
from .tables import by_first_letter, number_tables, split_alternatives


@dataclass(frozen=True)
class Casualties:
    """Counts one sentence gives; None where it says nothing."""

    fatalities_min: int | None = None
    fatalities_max: int | None = None
    injured_min: int | None = None
    injured_max: int | None = None
    #: the country whose people the counts are, where the sentence says ("Armenian
    #: servicemen"); "" when it does not or the counts are of several sides
    victims_country: str = ""
    #: the fatalities are a toll that has grown ("the death toll rose to three",
    #: "bringing the number killed to two"): they replace the figures told before
    updated_toll: bool = False
    #: the counts are of people beyond those told before ("Another soldier was wounded",
    #: "A third, Junior Sergeant H. Avetisyan, received a light wound"): they add to them
    further: bool = False
    #: the counts are of some of a group told before ("One of them was taken to hospital
    #: in serious condition"): within a count of the same harm told before, no other one
    part: bool = False
    #: each side's own counts where the sentence counts two or more sides' people, each
    #: named ("58 Pakistani soldiers … and nine Taliban fighters"): (country, or
    #: ``ARMED_GROUP``, fatalities_min, fatalities_max, injured_min, injured_max); other
    #: reports of an incident add up with them side by side
    by_side: tuple[tuple[str, int | None, int | None, int | None, int | None], ...] = ()

    def __bool__(self) -> bool:
        return any(v is not None for v in (self.fatalities_min, self.fatalities_max,
                                           self.injured_min, self.injured_max))

    def sides(self) -> tuple[Casualties, ...]:
        """The counts of each side as a report of its own (``by_side``), else itself."""
        if not self.by_side:
            return (self,)
        return tuple(Casualties(*figures, victims_country=side)
                     for side, *figures in self.by_side)

    def with_figures(self, **figures: int | None) -> Casualties:
        """The same report with some counts replaced (``injured_min=2``); the counts of a
        report of one group alone (``by_side`` of one: "a second villager", civilians)
        follow, so that ``sides()`` gives the new figures."""
        changed = replace(self, **figures)
        if len(self.by_side) != 1:
            return changed
        return replace(changed, by_side=((self.by_side[0][0], changed.fatalities_min,
                                          changed.fatalities_max, changed.injured_min,
                                          changed.injured_max),))

    def without_fatalities(self) -> Casualties:
        """The same counts but the dead (a toll told later replaces them)."""
        return replace(self, fatalities_min=None, fatalities_max=None, by_side=tuple(
            (side, None, None, i_lo, i_hi) for side, _, _, i_lo, i_hi in self.by_side))


#: the words after "killing 49" that say whose people they were, up to a word that
#: starts another phrase ("… by Azerbaijani shelling" names the attacker); an age among
#: them ("killing a 76-year-old resident")
_WHOM = re.compile(r"(?:[ \t]+(?!(?:by|in|at|on|near|after|during|when|as|and|from|with|"
                   r"to|while)\b)(?:\d{1,3}-)?[A-Za-z’'\-]+){1,3}")

#: the words of numbers spelled out, for compounds that ``text_to_num`` reads
_NUMBER_WORD = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
                "fifty|sixty|seventy|eighty|ninety|hundred|thousand")


#: a count right after the verb: "wounded four soldiers" (the subject's "A" is no count)
_COUNT_AFTER = re.compile(rf"\s+(?:(?i:at least|more than|over|up to|nearly|almost|about|"
                          rf"around|some)\s+)?(?:\d+|(?i:{_NUMBER_WORD}|dozens|several|"
                          rf"a dozen|scores|hundreds|an?))(?![\w])")
#: "a soldier and a porter": two people, one and one more
_AND_ANOTHER = re.compile(r"\s+[a-z][\w’'\-]*\s+and\s+(?:an?|one|her|his|their)\s+"
                          r"[a-z][\w’'\-]*(?![\w])")
#: two people as the subject, one and one more: "A woman and her son were killed", "An
#: Indian Army officer and a soldier were killed"
_PAIR_SUBJECT = re.compile(
    r"(?<![\w.])(?:A|An|One|a|an|one)(?:\s+(?!and\b)[A-Za-z][\w’'\-]*){1,3}?\s+and\s+"
    r"(?:an?|one|her|his|their|its)(?:\s+(?!and\b)[A-Za-z][\w’'\-]*){1,2}?\s+were\s+"
    r"(?:(?:reportedly|seriously|critically|severely|slightly|lightly|badly|gravely)\s+)?"
    r"(?P<outcome>killed|wounded|injured|hurt|martyred|shot dead)(?![\w])")
#: a capital letter, Latin with or without a diacritic ("Šturlić", "Île", "Łódź")
_CAPITAL = r"(?:[A-ZÀ-ÖØ-Þ]|[ĀĂĄĆĈĊČĎĐĒĖĘĚĜĞĠĢĤĦĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŖŘŚŜŞŠŢŤŦŪŬŮŰŲŴŶŸŹŻŽ])"
#: one person named by role
_ONE_PERSON_NOUN = (r"(?:driver|shepherd|farmer|herder|resident|civilian|porter|commander|"
                    r"soldier|serviceman|guard|officer|owner|passenger|fisherman|worker|child|"
                    r"boy|girl|teenager|youth|villager|migrant|smuggler|trader|student|"
                    r"man|woman|son|daughter|husband|wife|father|mother|brother|sister)")
#: one person named by role after the verb: "injuring the driver", "killing its commander"
_ONE_PERSON = re.compile(
    r"(?<![\w])(?P<verb>(?i:killing|wounding|injuring))\s+(?:the|its|his|her|their)\s+"
    r"(?:[a-z]+\s+)?" + _ONE_PERSON_NOUN + r"(?![\w])")
#: one person told before, the subject of the harm: "the teenager was shot dead", "the
#: driver had been wounded" (the one a lead spoke of, "the death of a shepherd")
_THE_ONE_HARMED = re.compile(
    r"(?<![\w])(?i:the)\s+(?:[a-z\d-]+\s+)?" + _ONE_PERSON_NOUN + r"\s+(?:was|had\s+been|"
    r"has\s+been)\s+(?:(?:reportedly|allegedly|fatally|seriously|critically|badly|lightly)\s+)?"
    r"(?P<outcome>killed|shot\s+dead|gunned\s+down|martyred|wounded|injured)(?![\w])")
#: people shot in a part of the body, wounded: "One soldier was shot in the leg"
_SHOT_IN = re.compile(
    rf"(?<![\w.])(?P<qty>\d+|(?i:an?|{_NUMBER_WORD}))\s+(?:[\w’'\-]+\s+){{0,3}}?"
    r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+shot\s+(?:in|through)\s+the\s+"
    r"(?:legs?|arms?|heads?|chest|shoulders?|back|stomach|abdomen|hands?|foot|feet|neck|"
    r"hips?|thighs?)(?![\w])")
#: a count of "others" beside a count of the same harm before it: a further group, the
#: two add up ("One soldier was shot in the leg and two others suffered injuries": 3)
_OTHERS = re.compile(r"(?<![\w])others(?![\w])")
#: some of a group told before, after a count: "One of them", "two of those", "one of
#: the two"
_OF_A_GROUP = re.compile(rf"\s+of\s+(?:them|those|these|the\s+(?:{_NUMBER_WORD}|\d+))(?![\w])",
                         re.I)
#: "no one", "not one": a count of none (``none_killed``/``none_injured`` read it)
_NEGATED = re.compile(r"(?<![\w])(?i:no|not)\s+$")
#: a serviceman's rank or role before his name: one person, counted without a number
_RANKS = ("(?:contract |conscript )?serviceman|soldier|conscript|(?:junior |senior )?sergeant|"
          "private|corporal|(?:junior |senior )?lieutenant|captain|major|officer")
#: animals, whose deaths are no casualties: "several cows were killed", "killing 30 sheep"
_ANIMALS = (r"cows?|cattle|calf|calves|sheep|goats?|horses?|donkeys?|mules?|livestock|animals?|"
            r"dogs?|pigs?|chickens?|poultry|bees|beehives?|camels?|oxen|bulls?|lambs?|herds?")
#: what "leaving one" left them with, when it is a wound: "leaving one of them with a head
#: injury"
_WITH_AN_INJURY = re.compile(r"(?:\s+of\s+them|\s+[\w’'-]+){0,3}?\s+with\s+(?:an?\s+|"
                             r"serious\s+|severe\s+|minor\s+|light\s+)*(?:[\w-]+\s+)?"
                             r"(?i:injur|wound|gunshot|burns)")
#: spans of time, which a number before them counts, not people: "killed two days
#: earlier", "wounded three weeks ago"
_TIME_UNITS = r"seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?"
#: the speech verbs that end a subject's words: "A local network said nine people …"
_SPEECH = speech_verbs("speaker")
#: the participles that tell people were harmed ("two soldiers killed", "wounded two")
_HARMED = "killed|wounded|injured|martyred"
#: the verbs of a count that comes after them ("killing four", "wounded two")
_HARM_VERBS = rf"{_HARMED}|killing|wounding|injuring|martyring|shot dead|shooting dead"
#: a word telling people were killed or hurt, then the place where: "two civilians were
#: killed and five injured in Athmuqam" (not "one was later moved to Khujand", where the
#: wounded were taken, nor "the killing of a driver in Jermuk in 2022", a case recalled)
_HARMED_AT = re.compile(rf"(?<![\w])(?i:{_HARMED}|dead|died|hurt)(?:\s+[\w’'-]+){{0,4}}?"
                        rf"\s+(?:in|at|near)\s+(?:the\s+)?$")


def harmed_at(text: str, start: int, at: int) -> bool:
    """True if the place named at ``at`` is where people ``text[start:at]`` tells were killed
    or hurt: a harm word at most four words before it, then "in", "at" or "near"."""
    return _HARMED_AT.search(text, max(start, at - 60), at) is not None


#: a place's people before it, and their harm after it: "four residents of Chaman were
#: wounded by shrapnel" were hurt at Chaman
_PEOPLE_OF = re.compile(r"(?<![\w])(?i:residents|villagers|inhabitants)\s+(?i:of)\s+"
                        r"(?:the\s+)?(?:(?i:town|village|city|settlement)\s+of\s+)?$")
_THEY_WERE_HARMED = re.compile(rf"\s+(?i:were|was|had\s+been|have\s+been|have|had)\s+"
                               rf"(?:[a-z]+ly\s+)?(?i:{_HARMED}|hurt|died)(?![\w])")


def its_people_harmed(text: str, start: int, end: int) -> bool:
    """True if the place named at ``text[start:end]`` is whose residents were killed or
    hurt ("four residents of Chaman were wounded"): where they were."""
    return _PEOPLE_OF.search(text, max(0, start - 45), start) is not None and \
        _THEY_WERE_HARMED.match(text, end) is not None


class _Patterns(NamedTuple):
    """The compiled patterns of the count forms (``_patterns``)."""

    subject: re.Pattern         # "two soldiers were killed"
    verb_first: re.Pattern      # "killing four"
    toll: re.Pattern            # "the death toll rose to five"
    injured: re.Pattern         # an outcome word that is a wound, not a death
    words: dict                 # number words → values
    vague: dict                 # "dozens" → (12, 99)
    paired: re.Pattern          # "two Armenian and three Azerbaijani soldiers"
    none: dict                  # "no one was killed", "nobody was hurt"
    named: re.Pattern           # "contract serviceman Hovhannes Sargsyan was wounded"
    more: re.Pattern            # "… and three civilians"
    lost: re.Pattern            # "the unit lost three servicemen"
    aged: re.Pattern            # "Anahit Grigoryan, 54, was killed"
    deaths: re.Pattern          # "the deaths of three civilians", "the martyrdom of two"
    injuries: re.Pattern        # "the injury of three others", "injuries to two guards"


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    words, vague, data = number_tables()
    # "another" is one, but "another three" is three; "a" is one, but "a few" and "a
    # handful of" are vague words
    vague_a = "|".join(re.escape(w[2:]) for w in vague if w.startswith("a "))
    not_after = {"another": rf"(?![ \t]+(?:{_NUMBER_WORD}|\d))",
                 "a": rf"(?![ \t]+(?:{vague_a})(?![\w]))",
                 "an": rf"(?![ \t]+(?:{vague_a})(?![\w]))"}
    word_alt = "|".join(re.escape(w) + not_after.get(w, "")
                        for w in sorted(words, key=len, reverse=True))
    # a number spelled in several words: "forty-nine", "one hundred and five"
    compound = rf"(?:{_NUMBER_WORD})(?:(?:[ \t]+and[ \t]+|[ \t]+|-)(?:{_NUMBER_WORD}))+"
    word_alt = rf"{compound}|{word_alt}"
    vague_alt = "|".join(sorted((re.escape(w) for w in vague), key=len, reverse=True))
    num = r"\d{1,3}(?:,\d{3})+|\d+"
    # "At least four soldiers were killed" opens a sentence as often as not
    killed, injured = data["killed"], data["injured"]
    # "several of the wounded were in critical condition" picks from a count already given
    of_them = rf"(?!\s+the\s+(?i:{killed}|{injured}|victims|casualties)(?![\w]))"
    about = r"(?i:at least|more than|over|up to|as high as|nearly|almost|about|around)"
    one = rf"(?:{num}|(?i:{word_alt}))"          # "5", "five", "forty-nine"
    qty = (rf"(?:(?i:between)\s+{one}\s+and\s+{one}"
           rf"|(?:{num})\s*(?:-|–|to|or)\s*(?:{num})"
           rf"|(?i:{word_alt})\s+(?:to|or)\s+(?i:{word_alt})"
           rf"|(?:{about}\s+)?(?:{num})"
           rf"|(?:{about}\s+)?(?i:{word_alt})"
           rf"|(?i:{vague_alt})(?:\s+of{of_them})?)")
    outcome = rf"(?P<outcome>(?i:{killed}|{injured}))"
    # (animals are no casualties: "several cows were killed")
    # "Three Guyana Defence Force (GDF) soldiers": a unit's abbreviation in brackets
    # ("a major general and a colonel were among seven servicemen killed": seven)
    # (nor a speech verb: "A local network said nine people were killed" counts nine)
    filler = (rf"(?:\s+(?!(?:and|but|or|in|on|at|after|following|that|who|among|{_SPEECH}|"
              rf"{_ANIMALS})\b)"
              r"[A-Za-z][A-Za-z’'\-]*|\s+\([A-Z][A-Za-z]{1,7}\)){0,5}?")
    # "33 residents … have died": a perfect tense too
    aux = (r"(?:\s+(?:were|was|have been|has been|had been|have|has|had|are|is|got|reportedly|seriously|"
           r"critically|severely|slightly|lightly|badly|gravely))*")
    # "one soldier, Private Elvin Mammadov, was wounded"; "a serviceman …, Junior Sergeant
    # A. Melkonyan, born 2001, received a shrapnel wound" (initials, a year of birth)
    # (a distance in it too: "a man from Šturlić, a village 14 km north of Cazin, was")
    apposition = (r"(?:,[ \t]+(?:[A-Z]\.|\d+(?:\.\d+)?[ \t]*(?:km|kilometres|kilometers|miles|"
                  r"metres|meters)(?![\w])|[^,;.\d\n]){1,60}?,(?:[ \t]+(?:born|aged)[ \t]+"
                  r"(?:in[ \t]+)?\d{1,4},)?)?")
    # "a serviceman of the Armenian armed forces was …"
    belonging = r"(?:\s+of\s+the(?:\s+[A-Za-z’'\-]+){1,4}?)?"
    # "one of the dead was a conscript" picks from a count already given: no count
    partitive = rf"(?!\s+of\s+the\s+(?i:{killed}|{injured}|victims|casualties)(?![\w]))"
    # "a soldier in Syunik Province was wounded", "a resident of Nerkin Hand was", "an
    # employee of the Mine Action Agency of Azerbaijan (ANAMA) was"
    # (a name's capital may bear a diacritic: "a man from Šturlić")
    where = (rf"(?:\s+(?:in|of|from|near)\s+(?:the\s+)?{_CAPITAL}[\w’'\-]*"
             rf"(?:\s+{_CAPITAL}[\w’'\-]*)"
             r"{0,3}(?:\s+(?i:province|district|region|village|town))?"
             r"(?:\s+\([A-Z][\w’'\-]*\))?){0,2}")
    # a date's day is no count: "on February 14 mourned four soldiers", "On 14 February"
    months = [*MONTHS, *MONTH_ABBREVIATIONS]
    no_day = "".join(f"(?<!{m} )(?<!{m}\\. )" for m in months if len(m) <= 4) + \
        "".join(f"(?<!{m} )" for m in months if len(m) > 4)
    no_day_of = rf"(?!(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{'|'.join(months)})\b)"
    qty = rf"(?:(?!\d)|{no_day})(?:{qty}){no_day_of}"
    # a second predicate of the same subject: "a smuggler fired a pistol and was wounded",
    # "one of the men fired a pistol and was wounded in the leg"
    and_then = (r"(?:(?:\s+(?!(?:and|but|or|that|who|which)\b)[A-Za-z][A-Za-z’'\-]*){1,4}?"
                r"\s+and(?=\s+(?:was|were)\s))?")
    # "A 10-year-old boy was killed": an age is no count
    aged_one = r"(?:\s+\d{1,3}-(?:year|month)-old)?"
    subject = re.compile(rf"(?<![\w.])(?P<qty>{qty}){partitive}{aged_one}{filler}{where}{belonging}"
                         rf"{apposition}{and_then}{aux}\s+{outcome}(?![\w])")
    verb_first = re.compile(
        rf"(?<![\w])(?P<verb>(?i:{_HARM_VERBS}|leaving|left))\s+"
        rf"(?P<qty>{qty})(?!(?:\s+[\w’'\-]+){{0,2}}?\s+(?i:{_ANIMALS})(?![\w]))"
        rf"(?!\s+(?i:{_TIME_UNITS})(?![\w]))"
        rf"(?:\s+[\w’'\-]+){{0,3}}?(?:\s+(?P<outcome>(?i:dead|wounded|injured)))?(?![\w])")
    # "put the death toll as high as 12": a bound needs no verb before it
    toll = re.compile(rf"(?<![\w])(?i:{data['toll']})(?:\s+[\w’'\-]+){{0,9}}?\s+"
                      rf"(?:(?i:{data['toll_verbs']})\s+|(?=(?i:as high as|up to)\s))"
                      rf"(?P<qty>{qty})(?![\w])")
    injured_rx = re.compile(rf"^(?i:{injured})$")
    none = {key: re.compile(rf"(?<![\w])(?i:{data['none_' + key]})(?![\w])")
            for key in ("killed", "injured")}
    # "two Armenian and three Azerbaijani soldiers were killed", "20 Indian soldiers and
    # four Chinese soldiers were killed": the first count of a pair
    paired = re.compile(rf"(?<![\w.])(?P<qty>{qty})\s+(?:[A-Z][\w’'\-]*\s+)?"
                        rf"(?:[a-z][\w’'\-]*\s+){{0,2}}and\s+\Z")
    # "contract serviceman Hovhannes Sargsyan sustained a gunshot wound": one, named
    # "serviceman of the State Border Service, junior sergeant Elnur Aliyev, was wounded"
    # "contract serviceman, Private Aram Petrosyan (name changed), was fatally wounded",
    # "Junior Sergeant H. Avetisyan": a second rank, initials, an aside in brackets
    named = re.compile(rf"(?<![\w])(?P<rank>(?i:{_RANKS}))(?:,?[ \t]+(?i:{_RANKS}))?"
                       rf"(?:[ \t]+(?:[A-Z]\.|[A-Z][\w’'\-]+)){{1,3}}"
                       rf"(?:[ \t]+\([^()\n]{{1,30}}\))?,?{aux}\s+{outcome}(?![\w])")
    # "wounding 15 soldiers and three civilians": the people counted after the first
    people = (r"(?:civilians?|soldiers?|servicem[ae]n|people|persons|residents?|troops|"
              r"officers?|policem[ae]n|police officers?|border guards?|guards?|children|"
              r"child|wom[ae]n|m[ae]n|villagers?|farmers?|workers?|fighters?|militants?|"
              r"peacekeepers?|conscripts?|rebels?|porters?|shepherds?|drivers?)")
    more = re.compile(rf"\s+and\s+(?P<qty>{qty})(?:\s+[A-Za-z][\w’'\-]*){{0,2}}?\s+{people}"
                      r"(?![\w])")
    # "documented the deaths of three civilians", "led to the martyrdom of two soldiers and
    # the injury of three others": the dead or hurt, counted after the noun
    deaths = re.compile(rf"(?<![\w])(?i:{data['killed_nouns']})\s+of\s+(?P<qty>{qty})(?![\w])")
    injuries = re.compile(rf"(?<![\w])(?i:{data['injured_nouns']})\s+(?i:of|to)\s+"
                          rf"(?P<qty>{qty})(?![\w])")
    # "The unit lost three servicemen": the dead, counted after the verb
    # "losing five of its own soldiers"
    lost = re.compile(rf"(?<![\w])(?i:lost|losing|loses)\s+(?P<qty>{qty})"
                      rf"(?:\s+of\s+(?:its|their|our|his)\s+own)?"
                      rf"(?:\s+[A-Za-z][\w’'\-]*){{0,2}}?\s+{people}(?![\w])")
    # "Anahit Grigoryan, 54, was killed", "Christina Assi, 28, of AFP, lost a leg": one
    # person, named with an age (not 54 people)
    aged = re.compile(rf"(?<![\w])[A-Z][\w’'\-]+,[ \t]+\d{{1,3}},(?:[ \t]+[^,;.\d\n]{{1,60}},)?"
                      rf"{aux}\s+{outcome}(?![\w])")
    return _Patterns(subject, verb_first, toll, injured_rx, words, vague, paired, none, named,
                     more, lost, aged, deaths, injuries)


@lru_cache(maxsize=1)
def _harm():
    """Any word a count of the dead or wounded is read by (data/numbers.yaml's outcome and
    toll words, the verbs of "killing four")."""
    _, _, data = number_tables()
    words = "|".join((data["killed"], data["injured"], data["toll"], data["none_killed"],
                      data["none_injured"], data["killed_nouns"], data["injured_nouns"],
                      _HARM_VERBS))
    parts = []
    for part in split_alternatives(words):
        # "(?:fatally|mortally) wounded" written out, so that each opens with a letter
        opening = re.match(r"\(\?:([\w |]+)\)(.*)$", part)
        parts += ([word + opening.group(2) for word in opening.group(1).split("|")]
                  if opening else [part])
    # grouped by first letter (tried at every word of most sentences: one letter first);
    # a repeated alternative never matches first, so dropping it changes nothing
    return re.compile(r"(?<![\w])(?i:" + by_first_letter(list(dict.fromkeys(parts)))
                      + r")(?![\w])")


@lru_cache(maxsize=1)
def _either():
    """(after, before) an outcome word: "killed or hurt", "killing or wounding", "315
    killed and wounded" — a count of the dead and wounded together, which says how many
    of neither."""
    _, _, data = number_tables()
    harm = rf"(?i:{data['killed']}|{data['injured']}|{_HARM_VERBS})"
    return (re.compile(rf"\s+(?:or|and)\s+{harm}(?![\w])"),
            re.compile(rf"(?<![\w]){harm}\s+(?:or|and)\s+$"))


def _killed_or_hurt(text: str, start: int, end: int) -> bool:
    """True if the outcome word at [start, end) is one of two joined by "or" or "and" with
    no count between ("dozens of civilians had been killed or hurt", "put Ukrainian
    losses at 315 killed and wounded"): casualties, not a count of the dead."""
    after, before = _either()
    return after.match(text, end) is not None or \
        before.search(text, max(0, start - 30), start) is not None


#: a statement's verb at the head of a second statement: ", while the Taliban said"
_SAYS = re.compile(r"[^,;.]{0,80}?(?<![\w])" + speech_verbs("second_count") + r"(?![\w])")


def _second_version(text: str, start: int, end: int) -> int | None:
    """Where a second speaker's statement begins in ``text[start:end]`` ("ISPR says 23
    soldiers were killed …, while the Taliban said 58 Pakistani soldiers died"): its
    counts are another version of the same dead, not more of them; None without one."""
    joint = second_statement(text, start, end)
    return joint[1] if joint is not None and _SAYS.match(text, joint[1], end) else None


#: whose people a count is when it names an armed group of no state ("more than 200
#: Taliban fighters"): other people than a state's, though no country code says whose
#: (in ``Casualties.by_side`` only; ``victims_country`` is "" for them)
ARMED_GROUP = "~group"
#: whose people a count is when it names civilians of no nation ("Two civilians in
#: Kok-Tash were injured"): other people than the soldiers a report counted beside them
#: (in ``Casualties.by_side`` only, as ``ARMED_GROUP``)
CIVILIANS = "~civilians"
#: a group of people none of whom was hurt: "No border guards were hurt" (never the
#: side of a count; beside others' count, it lowers none)
_SOME_PEOPLE = "~people"
_NONE_OF_A_GROUP = re.compile(r"(?i:no)\s+(?!one\b)[\w-]+\s+(?:[\w-]+\s+)?"
                              r"(?:was|were|had|has|have)\b")
#: whose none a "no casualties" is, said after it: "… among the civilian population"
_AMONG_CIVILIANS = re.compile(r"\s+(?i:among|for)\s+(?:the\s+)?(?:local\s+)?(?i:civilian|"
                              r"residents|villagers|inhabitants)(?![\w-])")
_CIVILIAN_NOUN = re.compile(r"(?<![\w])(?i:civilians?|residents?|villagers?|farmers?|"
                            r"shepherds?|herders?|children|passers-by)(?![\w])")


class _ToldBefore(NamedTuple):
    """Words that relate a count to others (data/numbers.yaml)."""

    superseded: re.Pattern      # "first said", "raised the toll from": a replaced figure
    among_them: re.Pattern      # "Among the victims were": some of a group counted before
    no_state: re.Pattern        # "attackers", "militants": fighters of no state


@lru_cache(maxsize=1)
def _told_before() -> _ToldBefore:
    _, _, data = number_tables()
    return _ToldBefore(
        re.compile(r"(?<![\w])(?i:" + "|".join(data["superseded"]) + r")(?![\w])"),
        re.compile(r"[\s\"“'‘]*(?:" + data["among_them"] + r")(?![\w])"),
        re.compile(r"(?<![\w])(?i:" + data["fighters_of_no_state"] + r")(?![\w])"))


#: where the clause of a figure since replaced ends: "The number of injured was first
#: given as four; he later said eight"
_CLAUSE_ENDS = re.compile(r"[.;]|,?\s+(?:but|while|whereas)\s|,\s+(?:and\s+)?(?:he|she|it|they)"
                          r"\s+later\b")


def _superseded_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where the counts of figures since replaced lie in ``text[start:end]``: after "first
    said", "had earlier given" to the end of the clause; after "raised the toll from",
    "up from" only the count right after it ("from 14 dead announced the day before")."""
    spans = []
    for m in _told_before().superseded.finditer(text, start, end):
        if m.group().lower().endswith("from"):
            spans.append((m.end(), m.end() + 2))
        else:
            stop = _CLAUSE_ENDS.search(text, m.end(), end)
            spans.append((m.end(), stop.start() if stop else end))
    return spans


#: an attack's object that is a state's forces, named by their nation: "fired on Armenian
#: troops", "attacked Armenian positions" (the noun inside the nation's mention or after it)
_FORCES = (r"(?:troops|soldiers|servicem[ae]n|forces|positions|posts?|outposts?|"
           r"border\s+guards|units|patrols?|policem[ae]n|police(?:\s+officers)?|convoy)")
_FORCES_AFTER = re.compile(rf"(?:\s+[a-z]+)?\s+{_FORCES}(?![\w])")
_FORCES_ENDING = re.compile(rf"(?<![\w]){_FORCES}$")
#: what comes right before the forces an attack was aimed at: "fired on", "attacked"
_AIMED_AT = re.compile(r"(?<![\w])(?i:on|at|against|upon|targeting|targeted|attacked|attacking|"
                       r"ambushed|ambushing|shelled|shelling)\s+(?:the\s+)?$")


def _forces_fired_on(text: str, start: int, at: int,
                     nations: tuple[tuple[int, int, str], ...]) -> str:
    """The country whose forces the clause before ``at`` says were fired on ("Azerbaijani
    units fired on Armenian troops …, killing four": Armenia's), the last so named; ""
    when none is."""
    hit = [c for s, e, c in nations if start <= s and e <= at and c
           and _AIMED_AT.search(text, max(start, s - 15), s)
           and (_FORCES_AFTER.match(text, e) or _FORCES_ENDING.search(text, s, e))]
    return hit[-1] if hit else ""


def tells_of_harm(text: str, start: int = 0, end: int | None = None) -> bool:
    """True if ``text[start:end]`` has a word ``find_casualties`` reads a count by: the
    check before searching a sentence that neither reports an event nor makes a claim."""
    return _harm().search(text, start, len(text) if end is None else end) is not None


def _quantity(raw: str) -> tuple[int | None, int | None] | None:
    """(min, max) of a quantity phrase; None when it is not a count (e.g. a year)."""
    patterns = _patterns()
    words, vague = patterns.words, patterns.vague
    text = " ".join(raw.lower().split())
    text = re.sub(r"\s+of$", "", text)
    numbers = [int(n.replace(",", "")) for n in re.findall(r"\d{1,3}(?:,\d{3})+|\d+", text)]
    if text.startswith("between") or re.search(r"\d\s*(?:-|–|to|or)\s*\d", text):
        if len(numbers) == 2:
            lo, hi = sorted(numbers)
            return lo, hi
    ends = re.fullmatch(r"(?:between )?(.+?) (?:and|to|or) (.+)", text)
    if not numbers and ends and all(_quantity(end) for end in ends.groups()):
        # "five to seven", "between two and four" (not "one hundred and five": the
        # parts of a single number are no range)
        lo, hi = sorted(_quantity(end)[0] for end in ends.groups())
        if text.startswith("between") or " and " not in text:
            return lo, hi
    if text in vague or text + " of" in vague:         # "a number of" read as "a number"
        value = vague.get(text, vague.get(text + " of"))
        return value if value != (None, None) else None     # "several" is no figure
    qualifier = re.match(r"(at least|more than|over|up to|as high as|nearly|almost|about|"
                         r"around)\s+", text)
    core = text[qualifier.end():] if qualifier else text
    if numbers:
        value = numbers[0]
        if 1900 <= value <= 2100 and "," not in core:
            return None                      # a year ("the 2020 war killed")
    elif core in words:
        value = words[core]
    else:
        try:
            value = text2num(re.sub(r"^an? ", "one ", core), "en")
        except ValueError:
            return None
    q = qualifier.group(1) if qualifier else ""
    if q in ("at least",):
        return value, None
    if q in ("more than", "over"):
        return value + 1, None
    if q in ("up to", "as high as"):
        return None, value
    return value, value


def added_up(sides: list[tuple[int | None, int | None]]) -> tuple[int | None, int | None]:
    """(min, max) of the counts of several sides together: the sum of the minimums (a
    side with only a maximum adds none), the sum of the maximums unless one is open."""
    if not sides:
        return None, None
    return (sum(low or 0 for low, _ in sides),
            None if any(high is None for _, high in sides) else sum(h for _, h in sides))


#: the noun after a count, past a national adjective: "soldiers" of "8 Thai soldiers"
_COUNTED = re.compile(r"\s+(?:[A-Z][\w’'\-]*\s+)?(?P<noun>[a-z][\w’'\-]*)")


def _other_people(text: str, first: re.Match, second: re.Match) -> bool:
    """True if the two counts of a pair count people of different kinds ("14 civilians
    and 8 soldiers had been killed": 22), not one kind on two sides ("two Armenian and
    three Azerbaijani soldiers", "20 Indian soldiers and four Chinese soldiers")."""
    a = _COUNTED.match(text, first.end("qty"))
    b = _COUNTED.match(text, second.end("qty"))
    return (a is not None and b is not None and a.group("noun") != "and"
            and a.group("noun") != b.group("noun"))


def _two_nations(first: re.Match, second: re.Match,
                 nations: tuple[tuple[int, int, str], ...]) -> bool:
    """True if each of two joined counts names its own nation ("Four Armenian soldiers
    and three Azerbaijani servicemen"): two sides' dead, each counted for its side."""
    def named(m):
        return {c for s, e, c in nations if m.start() <= s and e <= m.end() and c}
    a, b = named(first), named(second)
    return len(a) == 1 and len(b) == 1 and a != b


def _sided(counts: dict[str, list], side: str, over: str = "") -> dict[str, list]:
    """``counts`` with ``side`` as whose people every count naming none counts (or naming
    ``over``)."""
    return {key: [(q, side if not s or s == over else s, v) for q, s, v in found]
            for key, found in counts.items()}


#: what joins a count to the one before it of the same people: "58 Pakistani soldiers had
#: been killed and about 30 wounded"
_AND_THEN = re.compile(r"[^,.;:]{0,40}?\band\s+\Z")


def _elliptic_sides(text: str, counts: dict[str, list],
                    spans: dict[str, list]) -> dict[str, list]:
    """``counts`` with a count that names no side given the side of the count it follows
    through "and" ("58 Pakistani soldiers had been killed and about 30 wounded, and …
    nine Taliban fighters had died": the 30 are Pakistani too)."""
    sided = sorted((e, side) for key in counts for (_, side, _), (_, e) in
                   zip(counts[key], spans[key]) if side)
    if not sided:
        return counts
    out = {}
    for key, found in counts.items():
        out[key] = []
        for (q, side, version), (s, _) in zip(found, spans.get(key, ())):
            if not side:
                before = [(e, c) for e, c in sided if e <= s]
                if before and _AND_THEN.match(text, before[-1][0], s):
                    side = before[-1][1]
            out[key].append((q, side, version))
    return out


#: a toll that has grown since it was last told: "rose to", "bringing the number … to"
_GROWN = re.compile(r"(?<![\w])(?i:rose|risen|climbed|increased|reached|bringing|raising|"
                    r"raised|revised|revising|updated|pushing|taking|"
                    # "a later count by residents put the dead at ten"
                    r"later|latest|final)(?![\w])")


#: a sentence opening on people beyond those counted before: "Another soldier …", "A
#: third, Junior Sergeant …", "Two more civilians …" (not "Two other servicemen", who may
#: be other than the dead just told)
_FURTHER = re.compile(rf"[\s\"“'‘]*(?:Another|A\s+(?:second|third|fourth|fifth)|"
                      rf"(?:\d+|(?i:{_NUMBER_WORD}))\s+more)(?![\w])")
#: one person counted by an ordinal, told after the first: "a second villager had been
#: hurt", "a third soldier died": one more of the same harm, wherever in the sentence
_ORDINAL_ONE = re.compile(r"(?i:a)\s+(?i:second|third|fourth|fifth|sixth)(?![\w])")
#: ... or by "another", beside it: "a third soldier was killed and another wounded"
_ONE_MORE = re.compile(rf"{_ORDINAL_ONE.pattern}|(?i:another)(?![\w])")


#: what lies between a side and the none it lost: "forces suffered", "side had"
_SUFFERED = re.compile(r"(?:\s+(?:forces|troops|army|side|units|servicemen|soldiers|"
                       r"military))?\s+(?:have\s+|has\s+|had\s+)?(?:suffered|sustained|had|"
                       r"reported|incurred)\s+")
#: whose people the counts of a sentence are, said after them
_ON_SIDE = re.compile(r"(?<![\w])on\s+(?:its|their|our|the\s+[A-Z][\w’'\-]*)\s+side(?![\w])")


def _others_added(text: str, found: list, where: list) -> tuple[list, list]:
    """Counts of one harm with each count of "others" or of "a second …" added to the
    count of the same statement and side right before it (a further group, no second
    version)."""
    order = sorted(range(len(found)), key=lambda i: where[i][0])
    kept: list[int] = []
    merged = {i: found[i] for i in order}
    for i in order:
        before = kept[-1] if kept else None
        q, side, version = found[i]
        if before is not None and (_OTHERS.search(text, *where[i]) or _ORDINAL_ONE.match(
                text, where[i][0])) and merged[before][1:] == (side, version):
            merged[before] = (added_up([merged[before][0], q]), side, version)
            continue
        kept.append(i)
    return [merged[i] for i in kept], [where[i] for i in kept]


#: whose dead a count is beside the dead the same subject "lost": those it killed
_THEIR_DEAD, _OWN_DEAD = "~killed", "~lost"
_KILLING = re.compile(r"(?i:killing|killed)\s")


def _killed_and_lost(text: str, found: list, where: list, lost: list) -> list:
    """Fatalities of a sentence where a subject both killed and lost people ("killing
    dozens of attackers and losing five of its own soldiers"): two sides' dead, which add
    up, not two versions of one count; ``found`` unchanged unless the killed name none."""
    own = [i for i, span in enumerate(where) if span in lost]
    killed = [i for i, (s, _) in enumerate(where) if i not in own and not found[i][1]
              and _KILLING.match(text, s)]
    if not own or not killed:
        return found
    return [(q, (side or _OWN_DEAD) if i in own else _THEIR_DEAD if i in killed else side, v)
            for i, (q, side, v) in enumerate(found)]


def find_casualties(text: str, start: int = 0, end: int | None = None,
                    nations: tuple[tuple[int, int, str], ...] = ()) -> Casualties:
    """Fatalities and injured counts stated in ``text[start:end]`` (largest if repeated).
    ``nations`` — (start, end, country) of the actors named there — tell whose people
    the counts are: those named inside the count ("Forty-nine Armenian servicemen")."""
    subject, verb_first, toll, injured_rx, _, _, paired, none, named, more, lost, aged, \
        deaths, injuries = _patterns()
    end = len(text) if end is None else end
    # [((min, max), side, version)]: version 1 for a count in a second speaker's statement
    counts: dict[str, list] = {"fatalities": [], "injured": []}
    spans: dict[str, list] = {"fatalities": [], "injured": []}     # where each count is
    taken: list[tuple[int, int]] = []
    parted: list[tuple[int, int]] = []      # counts of some of a group told before
    second = _second_version(text, start, end)
    superseded = _superseded_spans(text, start, end)

    def add(m, key, reach=None, one=False, also=None, q=None, hit=""):
        if any(lo <= m.start() <= hi for lo, hi in superseded):
            taken.append(m.span())          # "The army first said … that an officer and
            return                          # two soldiers had died": replaced since
        q = q or ((1, 1) if one else _quantity(m.group("qty")))
        if also is not None and any(s < also.end() and also.start() < e for s, e in taken):
            also = None                             # counted already ("lost three …")
        if also is not None and q is not None:      # "14 civilians and 8 soldiers"
            other = _quantity(also.group("qty"))
            q = added_up([q, other]) if other is not None else q
            taken.append(also.span())
        if q is None or any(s < m.end() and m.start() < e for s, e in taken):
            return
        if not one and _NEGATED.search(text, max(start, m.start("qty") - 5), m.start("qty")):
            return                                  # "no one was injured" counts none
        taken.append(m.span())
        reach = m.end() if reach is None else max(reach, m.end())
        named = {c or ARMED_GROUP for s, e, c in nations if m.start() <= s and e <= reach}
        if not named and second is None and _CIVILIAN_NOUN.search(text, m.start(), reach):
            named = {CIVILIANS}             # (two speakers' counts are versions of one)
        if not named and second is None and _told_before().no_state.search(text, m.start(), reach):
            named = {ARMED_GROUP}           # "three of the attackers were killed"
        if not named and hit:
            named = {hit}                   # "fired on Armenian troops, killing four"
        version = int(second is not None and m.start() >= second)
        counts[key].append((q, named.pop() if len(named) == 1 else "", version))
        spans[key].append(m.span())

    for m in aged.finditer(text, start, end):       # "Anahit Grigoryan, 54, was killed"
        if _killed_or_hurt(text, m.start("outcome"), m.end("outcome")):
            continue
        add(m, "injured" if injured_rx.match(m.group("outcome")) else "fatalities", one=True)
    own_losses = []
    for m in lost.finditer(text, start, end):       # "the unit lost three servicemen"
        add(m, "fatalities")
        own_losses.append(m.span())
    for m in deaths.finditer(text, start, end):     # "the deaths of three civilians"
        add(m, "fatalities")
    for m in injuries.finditer(text, start, end):   # "the injury of three others"
        add(m, "injured")
    grown = False
    for m in toll.finditer(text, start, end):
        add(m, "fatalities")
        grown = grown or bool(_GROWN.search(text, max(start, m.start() - 30), m.end()))
    for m in _PAIR_SUBJECT.finditer(text, start, end):     # "A woman and her son were killed"
        if re.search(r"(?:,|\band)\s*\Z", text[max(start, m.start() - 6):m.start()]):
            continue                        # the last two of more ("a man, a woman and …")
        add(m, "injured" if injured_rx.match(m.group("outcome")) else "fatalities",
            one=True, q=(2, 2))
    for m in subject.finditer(text, start, end):
        if m.group("qty").lower() in ("a", "an") and m.end("qty") == m.start("outcome") - 1:
            continue                        # "an injured man died": an adjective, no count
        if m.group("qty").lower() in ("a", "an", "another") and \
                _COUNT_AFTER.match(text, m.end()):
            continue                        # "A drone attack … wounded four soldiers"
        if _killed_or_hurt(text, m.start("outcome"), m.end("outcome")):
            continue                        # "dozens … had been killed or hurt"
        key = "injured" if injured_rx.match(m.group("outcome")) else "fatalities"
        if _OF_A_GROUP.match(text, m.end("qty")):
            parted.append(m.span())         # "One of them was taken to hospital"
        first = paired.search(text, max(start, m.start() - 40), m.start())
        if first is not None and _harm().search(text, first.start(), first.end()):
            first = None                    # "one officer dead and three people wounded"
        if first is not None and _other_people(text, first, m) and \
                not _two_nations(first, m, nations):
            add(m, key, also=first)
            continue
        if first is not None:
            add(first, key)
        add(m, key)
    for m in named.finditer(text, start, end):
        if _killed_or_hurt(text, m.start("outcome"), m.end("outcome")):
            continue
        add(m, "injured" if injured_rx.match(m.group("outcome")) else "fatalities", one=True)
    for m in verb_first.finditer(text, start, end):
        word = (m.group("outcome") or m.group("verb")).lower()
        if _killed_or_hurt(text, m.start("verb"), m.end("verb")):
            continue                        # "killing or wounding dozens"
        whom = _WHOM.match(text, m.end("qty"), end)      # "killing 49 Armenian servicemen"
        two = m.group("qty").lower() in ("a", "an", "one") and _AND_ANOTHER.match(
            text, m.end("qty"), end)                    # "killing a soldier and a porter"
        also = None if two else more.match(text, whom.end() if whom else m.end("qty"), end)
        if word in ("leaving", "left"):
            if not _WITH_AN_INJURY.match(text, m.end(), end):
                continue                    # "leaving hundreds of trucks stranded"
            word = "injured"                # "leaving one of them with a head injury"
        add(m, "injured" if word.startswith(("wound", "injur")) else "fatalities",
            also.end() if also else (whom.end() if whom else None),
            q=(2, 2) if two else None, also=also,
            hit=_forces_fired_on(text, start, m.start(), nations))
    for m in _ONE_PERSON.finditer(text, start, end):    # "injuring the driver"
        add(m, "injured" if m.group("verb").lower().startswith(("wound", "injur"))
            else "fatalities", one=True)
    for m in _THE_ONE_HARMED.finditer(text, start, end):  # "the teenager was shot dead"
        add(m, "injured" if injured_rx.match(m.group("outcome")) else "fatalities", one=True)
    for m in _SHOT_IN.finditer(text, start, end):       # "was shot in the leg"
        add(m, "injured", q=(1, 1) if m.group("qty").lower() in ("a", "an") else None)

    def largest(values):
        if not values:
            return None, None
        lo = max((v[0] for v in values if v[0] is not None), default=None)
        his = [v[1] for v in values]
        hi = None if any(h is None for h in his) else max(his)
        if lo is not None and hi is not None and hi < lo:
            hi = lo
        return lo, hi

    def versions(found):
        """The largest count of each speaker's statement; where two speakers give one,
        the range their versions span ("23" and "58": 23-58), open if either is."""
        told = [largest([q for q, _, v in found if v == version])
                for version in sorted({v for _, _, v in found})]
        if len(told) < 2:
            return told[0] if told else (None, None)
        lows = [lo for lo, _ in told if lo is not None]
        highs = [hi for _, hi in told if hi is not None]
        open_ended = any(lo is not None and hi is None for lo, hi in told)
        return (min(lows) if lows else None,
                None if open_ended or not highs else max(highs))

    def span(found):
        """The largest count if repeated; the sum of each side's when every count names
        its side and they differ ("two Armenian and three Azerbaijani soldiers": 5)."""
        sides = {side for _, side, _ in found}
        if len(sides) < 2 or "" in sides:
            return versions(found)
        return added_up([versions([f for f in found if f[1] == side])
                         for side in sorted(sides)])

    for key, words in (("fatalities", "killed"), ("injured", "injured")):
        found = None if counts[key] else none[words].search(text, start, end)
        if found is not None:                       # "No casualties were reported."
            # "no losses among Azerbaijani servicemen": whose people, named after it
            named = {c for s, _, c in nations if found.end() <= s <= found.end() + 20
                     and "," not in text[found.end():s]}   # not ", the ministry said"
            # "Azerbaijani forces suffered no losses": whose people, named before it
            named = named or {c for _, e, c in nations if 0 <= found.start() - e <= 30
                              and _SUFFERED.fullmatch(text, e, found.start())}
            if not named and _AMONG_CIVILIANS.match(text, found.end()):
                named = {CIVILIANS}     # "no casualties among the civilian population"
            if not named and _NONE_OF_A_GROUP.match(found.group()):
                # "No civilians were hurt", "No border guards were hurt": none of those
                # people, beside others' count ("one of the men … was wounded")
                named = {CIVILIANS if _CIVILIAN_NOUN.search(found.group()) else _SOME_PEOPLE}
            counts[key].append(((0, 0), named.pop() if len(named) == 1 else "", 0))
            spans[key].append(found.span())
    counts["fatalities"] = _killed_and_lost(text, counts["fatalities"],
                                            spans["fatalities"], own_losses)
    # "24 people were killed and 87 wounded on its side", "… on the Armenian side"
    side = _ON_SIDE.search(text, start, end)
    whose = {c for s, e, c in nations if side.start() <= s and e <= side.end()} \
        if side is not None else set()
    if len(whose) == 1:
        country = whose.pop()           # (its civilians too: "one civilian killed and five
        counts = _sided(counts, country, over=CIVILIANS)    # wounded on the Cambodian side")
    counts = _elliptic_sides(text, counts, spans)
    # "Two Armenian servicemen were killed and three others wounded": a count that names
    # no side is of the one side the sentence's other counts name
    named = {side for found in counts.values() for _, side, _ in found if side}
    if len(named) == 1:
        side = named.pop()
        counts = _sided(counts, side)
    for key in counts:
        counts[key], spans[key] = _others_added(text, counts[key], spans[key])
    f_lo, f_hi = span(counts["fatalities"])
    i_lo, i_hi = span(counts["injured"])
    sides = {side for found in counts.values() for _, side, _ in found}
    by_side = ()
    if len(sides) > 1 and "" not in sides:      # each count names its side
        by_side = tuple(
            (side, *versions([f for f in counts["fatalities"] if f[1] == side]),
             *versions([f for f in counts["injured"] if f[1] == side]))
            for side in sorted(sides))
    if sides in ({CIVILIANS}, {_SOME_PEOPLE}, {ARMED_GROUP}):   # civilians or fighters of
        by_side = ((*sides, f_lo, f_hi, i_lo, i_hi),)   # no state alone: another group
                                                        # than a side's soldiers
    whose = sides.pop() if len(sides) == 1 else ""
    counted = [span for found in spans.values() for span in found]
    return Casualties(f_lo, f_hi, i_lo, i_hi, "" if whose.startswith("~") else whose,
                      updated_toll=grown and f_lo is not None, by_side=by_side,
                      further=_FURTHER.match(text, start) is not None or (
                          any(_ORDINAL_ONE.match(text, s) for s, _ in counted)
                          and all(_ONE_MORE.match(text, s) for s, _ in counted)),
                      part=bool(counted) and (all(span in parted for span in counted)
                                              or _told_before().among_them.match(text, start)
                                              is not None))
