"""Incidents being formed (``Draft``) and whether an event sentence continues one.

Apart from the fold because each is a question of one sentence and one draft (the same
day? the same scene? the same sides? the other way round?). A sentence joins the latest
incident of its family that fits (``link``), and fits none when it is another event:

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
- a violent event named with "the" and no side, place or day of its own ("a ceremony in
  Shusha on Friday for the soldier wounded in the shooting") is the one told before of its
  kind, not a new incident at the sentence's places on its day (its claim, if any, is
  that incident's: ``referred_back``);
- a later sentence that names the arms behind a blast ("… a Turkish drone had fired on
  the site") tells its kind and its attacker (``names_the_blast``);
- a sentence that takes its event up with "the" and the word of one thing ("the missile",
  "the explosion") continues the incident told with one such thing ("a projectile fell on
  Przewodow"), not one told as many together ("a missile barrage"), whatever sides it names
  (``taken_up_things`` of data/cues.yaml);
- a protest at an event taken up with "the" ("On Tuesday, … protested the arrest of two
  Malian herders") is no new event on the day of the protest: it continues the incident of
  that event told up to ``_TOLD_AFTER`` days before;
- an answer's event at places no incident told since its question has is another
  incident (each question of a transcript asks of its own);
- a denial that takes up what was said last ("called that claim a fabrication") denies
  the claim it points back at: when that was another side's denial that went on to
  accuse the denier's side ("… denied the report and accused Armenian forces of firing at
  houses in Gazakh"), it is not the incident's denial (``answers_counter_accusation``).

A sentence that joins none opens an incident when it is anchored (``opens``): it has a
date, or it is a claim about violence ("Azerbaijan said Armenian forces shelled …" with
no date). Diplomatic incidents also need two countries among the participants — a
cabinet meeting at home is not diplomacy. Undated, unattributed background ("sporadic
skirmishes between Armenia and Azerbaijan") opens nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from ..gazetteer.disambiguation import haversine_km
from ..model import DateRef, Sentence
from .dates import day_range, unknown_days_apart
from .event_dates import is_calendar_day, is_day
from .events import EventCue, event_tables
from .facts import WINDOW, SentenceFacts, dated
from .locations import AREA_KINDS
from .sides import TWO_SIDED, hit_and_attackers, is_local, opposite_directions
from .tables import DIVISION_WORDS, protested_before, taken_up_things

#: event families whose claimed report opens an incident without a date of its own
_CLAIMED_ALONE = frozenset({"violent", "mining", "landmine", "arrests", "disrupted"})


@dataclass
class Draft:
    """An incident being formed during the fold (mutable: ``extract_incidents``
    makes an ``Incident`` of each and returns no draft)."""

    anchor: SentenceFacts
    event: EventCue
    actors: set[str]
    claims: list[SentenceFacts] = field(default_factory=list)
    #: later sentences of a violent event, exercise or deployment that nobody is said to
    #: claim ("Shelling was also reported near Tegh"): their places and figures are the
    #: article's own, as the anchor's are when it has no claimant
    reports: list[SentenceFacts] = field(default_factory=list)
    last_index: int = 0
    #: the countries of its claimants that speak for a side's forces (``sides``)
    reporting_sides: set[str] = field(default_factory=set)
    #: it opened on news told with no day in a dated article: the report's day is its day
    #: when no sentence of it gives one
    of_the_report_day: bool = False

    @property
    def told(self) -> list[SentenceFacts]:
        """The sentences the incident is told in: its anchor, claims and reports."""
        return [self.anchor, *self.claims, *self.reports]

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


def dates_compatible(a: DateRef | None, rng) -> bool:
    """Whether date ``a`` lies within a day of the range of days ``rng`` (either unknown:
    True): the days of one event, as two sentences may tell them."""
    if a is None or a.value is None or rng is None:
        return True
    lo, hi = day_range(a.value, a.precision)
    return (lo - rng[1]).days <= 1 and (rng[0] - hi).days <= 1


def _places_of(facts: Iterable[SentenceFacts]) -> set[str]:
    return {loc.place.id for f in facts for loc in f.locations if loc.place is not None}


#: a division word closing a place's name: "Kalbajar District" is told as "Kalbajar"
_DIVISION_WORD = re.compile(rf"\s+(?i:{DIVISION_WORDS})$")


def place_names(facts: Iterable[SentenceFacts]) -> set[str]:
    """The names of the places sentences give, without a division word, lower-case: the
    town and the district of one name ("Kalbajar", "Kalbajar District") are one."""
    return {_DIVISION_WORD.sub("", loc.place.name).lower() for f in facts
            for loc in f.locations if loc.place is not None}


def draft_place_names(d: "Draft") -> set[str]:
    """``place_names`` of a draft's sentences, anchor, claims and reports."""
    return d._union(place_names)        # place_names([d.anchor, *d.claims, *d.reports])


def _another_day_elsewhere(f: SentenceFacts, d: Draft) -> bool:
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


def _another_written_day(f: SentenceFacts, d: Draft) -> bool:
    """True if the sentence and the incident each write out a calendar day, and the days
    differ ("shot down six aircraft … in the early hours of 7 May. … one drone was shot
    down over Lahore on 8 May": two incidents). Days counted from the dateline ("late on
    Monday", "early on Tuesday") may tell one night's fire; written days do not, when one
    voice writes both (the other side may date the same night's fire otherwise)."""
    a = d.anchor.date
    # (a side denying fire on another day than the one it told of denies the other
    # side's version: "no shots were fired from its positions on February 12")
    return (is_calendar_day(f.date) and is_calendar_day(a) and not d.anchor.date_told
            and not f.date_told and f.date.value != a.value
            and _voice(f) == _voice(d.anchor)
            and not (f.claim is not None and f.claim.stance == "denies"
                     and d.anchor.claim is not None and d.anchor.claim.stance == "asserts"))


def _another_unknown_day(f: SentenceFacts, d: Draft) -> bool:
    """Whether a sentence and an incident of an undated article name days more than one
    apart ("on Monday" and "on Wednesday", "Nov 13" and "Nov 23"): two days, though which
    ones is unknown (as ``dates_compatible`` holds days one apart to be one event's)."""
    if f.unknown_day is None or d.anchor.unknown_day is None or d.anchor.date is not None \
            or (d.anchor.date_told and _its_day_told_next(f, d)):
        return False    # (the day the event was reacted to on is not its own)
    apart = unknown_days_apart(f.unknown_day, d.anchor.unknown_day)
    return apart is not None and apart > 1


def _voice(f: SentenceFacts) -> str:
    """Who tells a sentence: its claimant's country (a state's bodies are one voice), its
    claimant, or "" for the article's own voice."""
    return "" if f.claim is None else (f.claim.country or f.claim.claimant)


def _the_other_way(f: SentenceFacts, d: Draft) -> bool:
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
    if not f.event.violent or _two_sided(d) or TWO_SIDED.match(
            f.sentence.text, f.event.start - f.sentence.start,
            f.event.end - f.sentence.start):
        return False
    return opposite_directions(hit_and_attackers([f], set(f.actors)),
                               hit_and_attackers([d.anchor, *d.reports], d.actors))


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
    return [loc.place for f in facts for loc in f.locations if is_local(loc)]


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


def _another_side_named(f: SentenceFacts) -> bool:
    """Whether the sentence names a side in the event told before, taken up with "the" at
    no day or place of its own ("Dozens of migrants attacked Polish soldiers …. The border
    guard said Belarusian officers had led the group to the barrier before the attack"): the
    state blamed for a part in it, a side of that incident, not of a new one."""
    s = f.sentence
    return _taken_up(f) and f.date is None and not f.locations and \
        _CUE_PLACED.match(s.text, f.event.end - s.start) is None


def _another_kind_elsewhere(f: SentenceFacts, d: Draft) -> bool:
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
        _voice(c) for c in d.told}
    # (one that cannot be an incident of its own, naming no side, day or claimant, tells
    # more of this one)
    if not opens(f if f.actors or not dated(f) else replace(f, actors=tuple(d.actors))):
        return False
    here = _scenes([f])
    there = _scenes(d.told)
    if another_voice:
        # (its version of the same exchange names a place on the same stretch of front; a
        # voice naming only its own side, "reported fire on Tovuz", leans on the incident
        # told for who fired: its answer to it, wherever its place)
        names_the_other_side = bool(set(f.actors) - {f.claim.country})
        return names_the_other_side and bool(here) and bool(there) and all(
            haversine_km(p.lat, p.lon, q.lat, q.lon) > VERSIONS_KM and not _one_scene(p, q)
            for p in here for q in there)
    if not there:
        return bool(here) and is_day(f.date) and not f.date_told
    return any(not any(_one_scene(p, q) for q in there) for p in here)


def _in_another_country_afar(f: SentenceFacts, d: Draft) -> bool:
    """True if the sentence tells, in no one's voice and on a day it names, a violent event
    whose scenes all lie in other countries than the incident's scenes and more than
    ``VERSIONS_KM`` from them ("an explosion in Przewodow killed two men …. The Russian
    missile barrage hit Ukraine on Tuesday, including Lviv, about 70 km away"): another
    event, though on the same day and of the same kind (a side's version of the fire comes
    in its voice; "armed youths from neighbouring Warrap state attacked the villages", with
    no day, tells more of the attack, from where its attackers came)."""
    if not f.event.violent or f.claim is not None or not is_day(f.date) or f.date_told:
        return False
    here = _scenes([f])
    there = _scenes(d.told)
    return bool(here) and bool(there) and \
        not {p.country_code for p in here} & {q.country_code for q in there} and all(
            haversine_km(p.lat, p.lon, q.lat, q.lon) > VERSIONS_KM and not _one_scene(p, q)
            for p in here for q in there)


def harm_of_another_day_elsewhere(f: SentenceFacts, d: Draft) -> bool:
    """Whether a sentence with no event cue counts people harmed on a day of its own, not
    the incident's, at places none of them the incident's scene ("Six police officers
    were killed on Tuesday near Mandera. … Two days earlier, on Sunday, three civilians
    were wounded at a market in Garissa"): another event's toll, never the incident's."""
    a = d.anchor.date
    if not f.casualties or not is_day(f.date) or f.date_told or not is_day(a) \
            or d.anchor.date_told or f.date.value == a.value or not d.event.violent:
        return False
    here = _scenes([f])
    there = _scenes(d.told)
    return bool(here) and bool(there) and not any(_one_scene(p, q) for p in here
                                                   for q in there)


def told_as_another(f: SentenceFacts, d: Draft) -> SentenceFacts | None:
    """The sentence of ``harm_of_another_day_elsewhere`` as an event of the incident's
    kind when it tells its harm as "another" one's ("another explosive device wounded
    three civilians": the word stands for the event), else None."""
    s = f.sentence
    word = event_tables()[2].search(s.text)
    if word is None:
        return None
    cue = replace(d.event, start=s.start + word.start(), end=s.start + word.end(), new=True)
    return replace(f, event=cue)


def away_from_the_scenes(drafts: list[Draft], f: SentenceFacts) -> SentenceFacts:
    """A sentence that tells an event of another kind away from the scene of incidents
    told before (``_another_kind_elsewhere``) and names their scenes too ("shells hit the
    outskirts of Kobane, and a drone struck a vehicle near Zor Maghar, west of the town,
    as well as a gas facility near Qamishli", after the shelling of Kobane) is an incident
    at the places away from them only; else ``f`` as it is."""
    left = [d for d in drafts if d.event.family == f.event.family
            and _another_kind_elsewhere(f, d)]
    there = _scenes(g for d in left for g in d.told)
    kept = tuple(loc for loc in f.locations if not is_local(loc)
                 or not any(_one_scene(loc.place, q) for q in there))
    return replace(f, locations=kept) if there and kept != f.locations else f


def sides(d: Draft) -> set[str]:
    """An incident's actors and the sides whose forces report it (Armenia's defence
    ministry saying Azerbaijan shelled Sotk: "49 Armenian servicemen were killed" is the
    same clash)."""
    return d.actors | d.reporting_sides


def link(drafts: list[Draft], f: SentenceFacts) -> Draft | None:
    """The incident an event sentence continues, or None for a new one: the latest that
    fits, unless an earlier one that fits was told at the sentence's places (a live blog
    in reverse order: "… near Berkaber" after Baku's counter-claim about Gazakh is
    Berkaber's incident)."""
    if f.event.new:
        return None
    answered = _harm_just_told_denied(drafts, f)
    if answered is not None:
        return answered
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
            f.claim.stance == "denies" and f.actors and not set(f.actors) <= sides(latest):
        # "Azerbaijan's Defence Ministry denied that any Azerbaijani drones had been shot
        # down over Armenia": the drone told as Azerbaijan's, not the one of no known side
        # told last
        latest = next((d for d in fits if set(f.actors) <= sides(d)), latest)
    if latest is not None and len(fits) > 1 and _taken_up(f):
        # "Poland's foreign ministry says a 'Russian-made' projectile fell on Przewodow. …
        # The heaviest Russian missile barrage of the war hit Lviv. … Duda says the missile
        # was fired by …": the incident told with one such thing, not the barrage
        latest = next((d for d in fits if _one_of_them_told(f, d)), latest)
    here = place_names([f])
    if f.answers >= 0 and here:
        # each question of a transcript asks of its own incident: an answer at other
        # places than one told before its question tells another ("Question: And the
        # incident near Nerkin Hand on Monday? Answer: … fired … near Nerkin Hand")
        fits = [d for d in fits if d.last_index >= f.answers
                or here & draft_place_names(d)]
        latest = fits[0] if fits else None
    if latest is None or not here or here & draft_place_names(latest):
        return latest
    return next((d for d in fits if here & draft_place_names(d)), latest)


#: a determiner of one thing, some words before its name: "a 'Russian-made' projectile"
_ONE_THING = re.compile(r"(?<![\w])(?i:a|an|one|the|this|that|single)\s+(?:[^\s.,;:]+\s+){0,2}$")


def _the_thing_told(f: SentenceFacts, d: Draft) -> bool:
    """Whether a sentence at no place of its own takes up the one thing incident ``d`` was
    told with ("a projectile fell on Przewodow" … "Zelensky says the missile was not
    Ukrainian"): the same event, whatever sides it names (whose it was is disputed)."""
    return not f.locations and _taken_up(f) and _one_of_them_told(f, d)


def _one_of_them_told(f: SentenceFacts, d: Draft) -> bool:
    """Whether incident ``d`` is told with one thing of the kind (``tables.taken_up_things``)
    that sentence ``f`` takes its event up by ("the missile", "the explosion"): "a
    projectile fell on Przewodow", not "the heaviest missile barrage of the war"."""
    kinds, many = taken_up_things()
    s = f.sentence
    kind = next((k for k in kinds if k.match(s.text, f.event.start - s.start)), None)
    if kind is None:
        return False
    for g in d.told:
        text = g.sentence.text
        for m in kind.finditer(text):
            if (m.start() == 0 or not text[m.start() - 1].isalnum()) and \
                    _ONE_THING.search(text, max(0, m.start() - 40), m.start()) and \
                    not many.match(text, m.end() + 1):
                return True
    return False


#: the harm told just before, taken up by a denial: "had nothing to do with the deaths",
#: "denies any part in the abduction"
_THE_HARM_TOLD = re.compile(r"(?<![\w])(?i:with|in|for|of)\s+the\s+(?i:deaths?|killings?|"
                            r"abductions?|kidnappings?|disappearances?|detentions?)(?![\w])")


def _harm_just_told_denied(drafts: list[Draft], f: SentenceFacts) -> Draft | None:
    """The incident of another kind told in the sentence right before an undated denial
    that takes up its harm ("… two of its soldiers were abducted … by PKK militants and
    later killed. The PKK says it had nothing to do with the deaths and denies any
    involvement in clashes"): the one accused answers that incident, whatever event its
    own words name."""
    if f.claim is None or f.claim.stance != "denies" or f.date is not None or \
            not _THE_HARM_TOLD.search(f.sentence.text):
        return None
    told = [d for d in drafts if d.last_index == f.sentence.index - 1]
    return told[-1] if told and told[-1].event.family != f.event.family else None


def _fitting_drafts(drafts: list[Draft], f: SentenceFacts):
    """The incidents an event sentence may continue, latest first."""
    for d in sorted(drafts, key=lambda d: d.last_index, reverse=True):
        if d.event.family != f.event.family or _sideless_beside_sides(f, d):
            continue
        if not (dates_compatible(f.date, _span_told(d, f)) or _protested_after(f, d)) \
                or _another_day_elsewhere(f, d) \
                or _another_written_day(f, d) or _another_unknown_day(f, d) \
                or _the_other_way(f, d) or _another_kind_elsewhere(f, d) \
                or _in_another_country_afar(f, d) or _another_stretch_before(f, d):
            continue
        # undated talk of "the exercises" or "the meeting" means the last one; violence
        # and dated mentions must also share a side, but for an undated denial right
        # after it ("Armenian troops were not involved in the fighting")
        needs_overlap = (f.event.violent or f.date is not None) and not (
            f.date is None and f.claim is not None and f.claim.stance == "denies"
            and (f.sentence.index - d.last_index <= WINDOW or f.claim.anaphoric))
        if needs_overlap and f.actors and d.actors and not (set(f.actors) & sides(d)) \
                and not (len(sides(d)) == 1 and (_two_sided(d) or _another_side_named(f))) \
                and not names_the_blast(f, d) and not _the_thing_told(f, d):
            continue                # (the other side of "an exchange of fire" may speak;
                                    # whose "the missile" was is what is disputed)
        if _counter_accusation(f, d):
            continue
        yield d


#: a stretch of time before the report's, told as another than the news's: "earlier this
#: month", "last week", "in previous weeks"
_EARLIER_STRETCH = re.compile(r"(?<![\w])(?i:earlier|last|previous|past|preceding)(?![\w])")


def _another_stretch_before(f: SentenceFacts, d: Draft) -> bool:
    """Whether a sentence tells its event in a week, month or year before the report
    ("Earlier this month, a BSF jawan was injured by sniper fire") while incident ``d``
    has a day of its own, or none in a report of a known day (the report's): another time,
    whose harm is not the incident's toll, though the day falls within it. Not the event
    taken up ("The shelling began earlier this week")."""
    told, day = f.date, d.anchor.date
    of_a_day = day is None or (day.precision == "day" and not d.anchor.date_told)
    return of_a_day and told is not None and told.value is not None \
        and told.precision in ("week", "month", "year") and not f.date_told \
        and _EARLIER_STRETCH.search(told.surface) is not None and not _taken_up(f)


#: how long before the day a report was made the event it tells may lie (days)
_TOLD_AFTER = 31


#: words that take up a violent event just told: "killed in the fighting on June 12"
_BACK_TO_FIGHTING = re.compile(r"(?<![\w])(?i:the\s+(?:fighting|clash(?:es)?|attack|"
                               r"shelling|incident|firefight|exchange\s+of\s+fire))(?![\w])")


def _protested_after(f: SentenceFacts, d: Draft) -> bool:
    """Whether a sentence protests at incident ``d``'s event, taking it up with "the", on a
    day at most ``_TOLD_AFTER`` days after it ("Mauritanian soldiers arrested two Malian
    herders … on Saturday. … On Tuesday, Mali's foreign ministry protested the arrest of
    two Malian herders"): the day is the protest's, the event the one told."""
    rng, day, s = d.date_range, f.date, f.sentence
    if rng is None or day is None or day.value is None or \
            not protested_before().search(s.text, max(0, f.event.start - s.start - 60),
                                          f.event.start - s.start):
        return False
    return 0 <= (day.value - rng[0]).days <= _TOLD_AFTER


def _its_day_told_next(f: SentenceFacts, d: Draft) -> bool:
    """Whether ``f`` comes right after an incident dated only by the day it was said on,
    at none but its places: the event's own day ("… demanded on Thursday an explanation
    after the coast guard beat its crew near the islands. The boat was attacked on
    Sunday")."""
    return f.sentence.index - d.last_index == 1 and not _places_of([f]) - d.place_ids


def _span_told(d: Draft, f: SentenceFacts):
    """The days an incident may lie in for sentence ``f``: its date's range, or when that
    is only the day it was said on and ``f`` takes the event up or counts from a day
    before ("Two soldiers had been killed since Sunday"), the weeks before it too ("The
    army said on Thursday that … attacked positions near Bunagana. Three soldiers were
    killed in the fighting on June 12"). (Not an incident of its own day: "Turkey fired
    on Qamishli on Tuesday. … killed in the clashes in Afrin since Saturday".)"""
    rng = d.date_range
    if rng is None or not d.anchor.date_told or not (
            f.runs_from or _BACK_TO_FIGHTING.search(f.sentence.text)
            or _its_day_told_next(f, d)):
        return rng
    return rng[0] - dt.timedelta(days=_TOLD_AFTER), rng[1]


def _sideless_beside_sides(f: SentenceFacts, d: Draft) -> bool:
    """Whether an attack by attackers of no state on people who are no side ("unknown
    gunmen opened fire on a car near Kapanakhchi") is told after fighting between states
    ("Armenian forces fired on Azerbaijani positions in Tovuz"): another event, whatever
    the day — the gunmen are neither state's forces."""
    return f.sideless and not d.anchor.sideless and bool(d.actors)


#: who started the fighting told: "Armenian units had opened fire first", "fired
#: first", "started the shooting", "provoked the exchange" — the same fight, told the
#: other way round
_STARTED_IT = re.compile(r"(?<![\w])(?i:(?:fired|opened\s+fire|shot|attacked|struck)\s+first|"
                         r"first\s+(?:to\s+)?(?:fired|opened\s+fire|open\s+fire|fire)|"
                         r"(?:started|began|initiated|provoked)\s+the\s+(?:fighting|"
                         r"shooting|exchange|clash(?:es)?|firing|skirmish))(?![\w])")


def _counter_accusation(f: SentenceFacts, d: Draft) -> bool:
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


def answers_counter_accusation(f: SentenceFacts, d: Draft) -> bool:
    """Whether a denial taking up what was said last ("called that claim a fabrication",
    "rejected the accusation") answers another claimant's denial of the incident that went
    on to accuse the denier's own side of a deed of its own: the claim it denies is that
    accusation, not the incident told (unless the accusation only says who fired first:
    the incident told the other way round)."""
    said = next((c for c in reversed(d.claims) if c.sentence.index < f.sentence.index
                 and c.claim.claimant != f.claim.claimant), None)
    return said is not None and said.claim.country != f.claim.country and \
        f.claim.country in said.accuses and not _STARTED_IT.search(said.sentence.text)


#: a blast whose source no word names: "An explosion hit the perimeter of the airport"
_BLAST = re.compile(r"(?i:explosions?|blasts?)(?![\w])")


def _blast_of_unknown_source(s: Sentence, event: EventCue) -> bool:
    """Whether a sentence's event is a blast no word says the source of (events.yaml's
    last violent kind): until a later sentence names the drone or shell, its attacker is
    untold."""
    return event.sub_event_type == "Remote explosive/landmine/IED" and \
        event.family == "violent" and bool(_BLAST.match(s.text, event.start - s.start))


def names_the_blast(f: SentenceFacts, d: Draft) -> bool:
    """Whether a sentence names the arms behind the blast an incident opened with ("An
    explosion hit the perimeter of the airport. … a Turkish drone had fired on the site"):
    the same event, its attacker and its kind now told."""
    return _blast_of_unknown_source(d.anchor.sentence, d.event) and \
        f.event.event_type == d.event.event_type and \
        f.event.sub_event_type != d.event.sub_event_type


def _two_sided(d: Draft) -> bool:
    """Whether the incident's cue is fighting between two sides ("an exchange of fire
    near Nerkin Hand left three Armenian soldiers dead": the other side is unnamed)."""
    s = d.anchor.sentence
    return bool(TWO_SIDED.match(s.text, d.event.start - s.start, d.event.end - s.start))


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


def referred_back(drafts: list[Draft], f: SentenceFacts) -> Draft | None:
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


def opens(f: SentenceFacts) -> bool:
    """Whether an unlinked event sentence is anchored enough to be an incident."""
    if not f.actors:                # sides unknown: only a monitor's report at a place,
                                    # or gunmen's attack on civilians, dated
        return (f.monitored and f.event.violent and bool(f.locations)) or (
            f.sideless and dated(f) and bool(f.locations))
    if f.event.diplomatic:
        return dated(f) and len(f.actors) >= 2
    # a side's report of fire or of mine-laying is an incident by its word alone
    return dated(f) or (f.claim is not None and f.event.family in _CLAIMED_ALONE)
