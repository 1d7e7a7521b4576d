"""From one article's sentences to its incidents, each with the claims made about it.

The stages, each pure and each in a module of its own:

1. ``sentence_facts`` (sentence_facts.py): per sentence, the event cue, date, claim
   (claimant + stance), casualties, locations and the countries acting in the event's
   clause, as a ``SentenceFacts`` (facts.py). Who the sides are is sides.py's question,
   whose word an answer or an unnamed voice gives is voices.py's, which day an event
   happened is event_dates.py's.
2. ``fold_incidents`` (fold.py): a left-to-right pass that opens, extends and closes
   incidents (``Draft``); whether a sentence continues one is drafts.py's question.
3. ``statement_drafts`` (statements.py): a state's stated position on a place that joined
   no incident becomes a diplomatic statement of its own.
4. Here: each draft becomes an ``Incident`` with its claims, its figures combined by
   tolls.py. The day a wire dateline gives dates an incident its sentences do not; an
   event more than a year before the article was written is history it recalls, not news.
   An incident told at nothing narrower than a country takes the towns and provinces of the
   sentence just before it, when that sentence tells no event of its own, else the lead's
   (``with_places_told_before``); or those a "which" clause on its event's word gives
   ("The fighting, which began near Movses, …": ``with_places_of_its_own_clause``). One
   told at nothing narrower than a province takes a place inside it told of it just
   before (``with_place_inside_its_division``). A lead that sums up attacks the article
   tells after it, each on its own day ("attacked villages twice in three weeks, police
   said on Monday"), is no incident of its own: its claim is on each of them
   (``without_summaries``); a sentence telling two attacks, each with its day and place
   ("attacked A on 3 May and B on 17 May"), is two incidents (``each_on_its_day``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import replace

from ..model import (HOLDING_KINDS, ActorMention, Article, Claim, DateRef, Incident,
                     Location, Resolution, Sentence)
from .casualties import Casualties, find_casualties
from .claims import ClaimCue
from .dates import find_dates
from .events import find_event
from .drafts import Draft
from .event_dates import filed_on, is_day, written_on
from .facts import SentenceFacts
from .fold import BACK_TO_EVENT, fold_incidents
from .locations import find_locations
from .sentence_facts import sentence_facts
from .sides import is_local
from .spans import clause_around, clause_on_the_word, dateline_spans
from .statements import statement_drafts
from .tables import cue_patterns, non_state_tables, state_agencies, times_told
from .tolls import (combine_casualties, counted_at_places, further_added, latest_tolls,
                    parts_within, with_toll_told_by_name)

SUMMARY_CHARS = 240


def _stable_id(prefix: str, *parts) -> str:
    digest = hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:12]}"


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


def _is_headline(article: Article, s: Sentence) -> bool:
    """The article's first line, unpunctuated and on a line of its own: a headline."""
    return s.index == 0 and not s.text.rstrip("”’\"' ").endswith((".", "!", "?", "…")) \
        and article.text[s.end:s.end + 3].lstrip(" \t\r").startswith("\n")


def _headline_date(article: Article, d: Draft) -> DateRef | None:
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


#: the kinds of place an incident told only at a country takes from the sentence before it,
#: and the relation it takes them with (never a point of its own: the report does not say
#: the event was at the town)
_BORROWED_RELATION = {"village": "near", "town": "near", "city": "near",
                      "district": "district", "province": "district"}


def _borrowed(f: SentenceFacts, countries: set[str] | None = None) -> tuple[Location, ...]:
    """The towns, districts and provinces sentence ``f`` names (in ``countries`` when
    given), as places near which, or in which, an event it does not tell happened."""
    return tuple(Location(_BORROWED_RELATION[loc.place.kind], place=loc.place)
                 for loc in f.locations if loc.place is not None
                 and loc.place.kind in _BORROWED_RELATION
                 and (countries is None or loc.place.country_code in countries))


def with_places_told_before(article: Article, d: Draft, incident: Incident,
                            facts: tuple[SentenceFacts, ...], drafts: list[Draft],
                            resolutions: tuple[Resolution, ...],
                            dateline: list[tuple[int, int]]) -> Incident:
    """An incident told at nothing narrower than a country, border or region, with the
    local places of the sentence just before its anchor ("… had fought smugglers east of
    the crossing in Mafraq governorate, the army said. Five smugglers were killed, the army
    said on Tuesday.": Mafraq) when that sentence tells no event, on no other day, in the
    same claimant's words or none's; failing that, with the lead's (headline and first
    sentence) places in the incident's countries. Another event's places, told before,
    stay its own; a call or meeting keeps its venue; other incidents as they are."""
    if d.event.diplomatic or any(is_local(loc) for loc in incident.locations):
        return incident     # (a call or meeting has one venue: its own)
    # (the sentences of an incident gave their places already, weighed by their own rules:
    # "a fishing boat from Quang Ngai province" is no scene)
    told = {f.sentence.index for o in drafts for f in o.told}

    def on_its_day(f: SentenceFacts) -> bool:
        return not is_day(f.date) or f.date_told or f.date.value == incident.date

    before = next((f for f in facts if f.sentence.index == d.anchor.sentence.index - 1), None)
    if before is not None and before.sentence.index not in told and before.event is None \
            and on_its_day(before) and (before.claim is None or d.anchor.claim is None
                                        or _speaker(before) == _speaker(d.anchor)):
        local = _borrowed(before)
        if local:
            return replace(incident, locations=incident.locations + local)
    # the countries it is told in, else those of its sides
    countries = {c for loc in incident.locations for c in (
        loc.countries or ([loc.place.country_code] if loc.place is not None else []))} \
        or set(incident.actors)
    headline = bool(facts) and _is_headline(article, facts[0].sentence)
    # (the sentence just before, weighed above, is not taken as the lead's)
    lead = [f for f in facts if f.sentence.index <= int(headline) and f is not before
            and f.sentence.index not in told and on_its_day(f)]
    # a sentence with no event nor claim has no locations of its own: its districts and
    # provinces as resolved (not its towns, which may be a capital speaking of it)
    areas = [Location("district", place=r.place) for f in lead for r in resolutions
             if f.sentence.start <= r.mention.start < f.sentence.end
             and not any(start <= r.mention.start < end for start, end in dateline)
             and r.place.kind in ("district", "province")]
    local = tuple(dict.fromkeys([*(loc for f in lead for loc in _borrowed(f, countries)),
                                 *(loc for loc in areas if loc.place.country_code in countries)]))
    return replace(incident, locations=incident.locations + local) if local else incident


def with_places_of_its_own_clause(article: Article, d: Draft, incident: Incident,
                                  resolutions: tuple[Resolution, ...],
                                  actors: tuple[ActorMention, ...],
                                  written: dt.date | None) -> Incident:
    """An incident told at nothing narrower than a country, border or region, with the
    places a sentence of it telling an event of its kind gives in a "which" clause on
    its event's own word ("The fighting, which began on Sunday near the Armenian village
    of Movses and the Azerbaijani village of Aghdam, has killed at least 16 people"), in
    the incident's countries, when the clause names no other day: where the event was, not
    an aside's places (read as a sentence's are)."""
    if d.event.diplomatic or any(is_local(loc) for loc in incident.locations):
        return incident
    countries = {c for loc in incident.locations for c in (
        loc.countries or ([loc.place.country_code] if loc.place is not None else []))} \
        or set(incident.actors)
    text, found = article.text, []
    for f in d.told:
        if f.sentence.index < d.anchor.sentence.index or f.event is None or \
                f.event.event_type != d.event.event_type:
            continue
        clause = clause_on_the_word(text, f.event.end, f.sentence.end)
        if clause is None or any(
                not is_day(day.ref) or day.ref.value != incident.date
                for day in find_dates(text, *clause, written or article.published)):
            continue
        found += [loc for loc in find_locations(text, *clause, resolutions, actors, [])
                  if is_local(loc) and loc.place.country_code in countries]
    found = list(dict.fromkeys(found))
    return replace(incident, locations=incident.locations + tuple(found)) if found \
        else incident


def with_place_inside_its_division(article: Article, d: Draft, incident: Incident,
                                   facts: tuple[SentenceFacts, ...], drafts: list[Draft],
                                   resolutions: tuple[Resolution, ...],
                                   dateline: list[tuple[int, int]]) -> Incident:
    """An incident told at nothing narrower than a district or province ("repelled an
    attack … in the eastern Gedaref state"), with the narrower places inside that division
    which the sentence just before its anchor or the lead names when telling of it (of no
    other incident, on no other day, as no event of another kind: "The fertile al-Fashaga
    farmland … flared again over the weekend": al-Fashaga, inside Gedaref): where in the
    division it was.
    The division's namesake seat ("Gedaref", the town) says no more than the division."""
    local = [loc for loc in incident.locations if is_local(loc)]
    divisions = [loc.place for loc in local if loc.place.kind in HOLDING_KINDS]
    if d.event.diplomatic or not divisions or len(divisions) != len(local):
        return incident
    told = {f.sentence.index for o in drafts for f in o.told}
    headline = bool(facts) and _is_headline(article, facts[0].sentence)
    anchor = d.anchor.sentence.index
    telling = [f.sentence for f in facts
               if (f.sentence.index == anchor - 1 or f.sentence.index <= int(headline))
               and f.sentence.index < anchor and f.sentence.index not in told
               and (f.event is None or f.event.event_type == d.event.event_type)
               and (not is_day(f.date) or f.date.value == incident.date)]
    inside = tuple(dict.fromkeys(
        Location(_BORROWED_RELATION.get(r.place.kind, "near"), place=r.place)
        for s in telling for r in resolutions
        if s.start <= r.mention.start < s.end and r.place is not None
        and r.place.kind not in ("country", "region")
        and not any(start <= r.mention.start < end for start, end in dateline)
        and any(r.place.lies_in(division) and r.place.name != division.name
                for division in divisions)))
    return replace(incident, locations=incident.locations + inside) if inside else incident


def _incident(article: Article, d: Draft, filed: DateRef | None = None,
              written: dt.date | None = None) -> Incident:
    """The incident of a draft; ``filed``, the day the article's dateline gives, dates
    one its sentences do not ("YEREVAN, March 3 - … Azerbaijani forces opened fire near
    Sotk, the ministry said."); ``written``, the day the article was written, dates news
    of that day (``Draft.of_the_report_day``)."""
    a, e = d.anchor, d.event
    incident_id = _stable_id("inc", article.id, a.sentence.start, a.sentence.end,
                             e.event_type, e.sub_event_type)
    date = a.date if a.date is not None and a.date.value else _headline_date(article, d)
    if (date is None or not date.value) and filed is not None:
        date = filed
    if (date is None or not date.value) and d.of_the_report_day and written is not None:
        date = DateRef(written, "day", "")
    claiming = _without_headline_echo(article, d.claims)
    # another side's denial in a claim's own sentence is a claim of its own
    said = [(g, rebutting) for f in claiming for g, rebutting in (
        [(f, False)] + ([(replace(f, claim=f.rebutted_by, casualties=Casualties()), True)]
                        if f.rebutted_by is not None else []))]
    claiming = [f for f, _ in said]
    # (a claim with no event word of its own keeps its places when it takes the event up:
    # "…, said the strike near Sinjar was a violation of Iraqi sovereignty")
    claims = tuple(_claim(article, f, incident_id, date, keep_locations=f.event is not None
                          or BACK_TO_EVENT.search(f.sentence.text) is not None,
                          rebutting=rebutting) for f, rebutting in said)
    unclaimed = ([a] if a.claim is None else []) + d.reports
    told = sorted([(f.sentence.index, f.locations) for f in unclaimed]
                  + [(c.sentence_index, c.locations) for c in claims], key=lambda t: t[0])
    locations = tuple(dict.fromkeys(l for _, where in told for l in where))
    # each side's counts of a report that counts several, side by side with the others'
    # ("23 Pakistani soldiers" beside "58 Pakistani soldiers and nine Taliban fighters")
    reports = [f for f, c in zip(claiming, claims) if c.stance == "asserts"] + \
        [f for f in unclaimed if f.casualties]
    counted = [side for count in parts_within(further_added(latest_tolls(
        [(f.sentence.index, f.casualties, f.casualties.updated_toll) for f in reports])))
        for side in count.sides()]
    return Incident(
        id=incident_id, date=date.value if date else None,
        date_precision=date.precision if date and date.value else None,
        event_type=e.event_type,
        sub_event_type=e.sub_event_type, actors=tuple(sorted(d.actors)), locations=locations,
        articles=(article.id,), summary=summary_of(a.sentence.text), claims=claims,
        **(counted_at_places(reports) or combine_casualties(counted)))


def extract_incidents(article: Article, sentences: tuple[Sentence, ...],
                      resolutions: tuple[Resolution, ...], actors: tuple[ActorMention, ...],
                      gazetteer=None) -> tuple[Incident, ...]:
    """The incidents ``article`` reports, each with its claims (``gazetteer`` is accepted
    for the pipeline's signature; places come only from ``resolutions``)."""
    resolutions = tuple(sorted((r for r in resolutions if r.place is not None),
                               key=lambda r: r.mention.start))
    dateline = dateline_spans(article.text)
    filed = filed_on(article.text, dateline, article.published)
    facts = sentence_facts(article, sentences, resolutions, actors, dateline, filed)
    written = written_on(article, filed)
    drafts = fold_incidents(facts, dated_article=written is not None)
    drafts += statement_drafts(facts, drafts, filed,
                               headline=bool(facts) and _is_headline(article, facts[0].sentence))
    drafts = without_summaries(article.text, drafts)
    incidents = []
    for d in drafts:
        if _long_before(d, written):
            continue
        incident = with_places_of_its_own_clause(article, d, _incident(
            article, d, filed, written), resolutions, actors, written)
        for placed in (with_places_told_before, with_place_inside_its_division):
            incident = placed(article, d, incident, facts, drafts, resolutions, dateline)
        incidents.extend(each_on_its_day(article, d, with_toll_told_by_name(
            article, sentences, resolutions, incident), resolutions, written))
    return _with_distinct_claim_ids(incidents)


def _with_distinct_claim_ids(incidents: list[Incident]) -> tuple[Incident, ...]:
    """The incidents with each claim id used once: a sentence that sums up several
    incidents is a claim on each (``without_summaries``), and its id, made from the
    sentence, would repeat; a repeat is made from the claim's id and its incident's."""
    seen: set[str] = set()
    distinct = []
    for incident in incidents:
        claims = []
        for c in incident.claims:
            if c.id in seen:
                c = replace(c, id=_stable_id("cl", c.id, incident.id))
            seen.add(c.id)
            claims.append(c)
        distinct.append(replace(incident, claims=tuple(claims))
                        if claims != list(incident.claims) else incident)
    return tuple(distinct)


def _summed_up(text: str, d: Draft, drafts: list[Draft]) -> list[Draft]:
    """The incidents violent draft ``d`` sums up: told as happening several times in the
    clause of its word (``tables.times_told``: "Insurgents from Mozambique attacked
    Tanzanian villages twice in the past three weeks, police said on Monday") with no day
    of its own (none, or the day it was said), it counts the events of its family the
    article goes on to tell each on a day of its own, no later than that day ("In the
    first attack, on 14 October, …", "The second raid came on 28 October, …")."""
    a = d.anchor
    if not d.event.violent or (a.date is not None and not a.date_told and (
            is_day(a.date) or a.casualties)):
        return []               # (one that counts its own dead or hurt over a time of its
                                # own tells an event of its own: "had repeatedly fired on
                                # villages near Uri over the weekend, wounding three")
    clause = clause_around(text, a.sentence.start, a.sentence.end, d.event.start)
    if times_told().search(text, *clause) is None:
        return []
    return [o for o in drafts if o is not d and o.event.family == d.event.family
            and o.anchor.sentence.index > a.sentence.index
            and not _TOLD_APART.match(text, o.anchor.sentence.start)
            and is_day(o.anchor.date) and not o.anchor.date_told
            and (not is_day(a.date) or o.anchor.date.value <= a.date.value)]


#: what opens a sentence on an event no sum counts: "In a separate incident on Sunday, …",
#: "Separately, …", "Elsewhere, …"
_TOLD_APART = re.compile(r"\s*(?i:separately|elsewhere|in\s+(?:a\s+separate|an\s+unrelated))"
                         r"(?![\w])")


def without_summaries(text: str, drafts: list[Draft]) -> list[Draft]:
    """The drafts without those that sum up incidents told after them (``_summed_up``):
    no incident of the day it was said at the places of the whole stretch, but a claim, with
    no places of its own, on each incident it counts (its speaker tells of each)."""
    kept = []
    for d in drafts:
        counted = _summed_up(text, d, drafts)
        if not counted:
            kept.append(d)
            continue
        said = d.claims + ([d.anchor] if d.anchor.claim is not None
                           and d.anchor not in d.claims else [])
        for o in counted:
            for f in said:
                o.add_claim(replace(f, locations=()))
    return kept


#: what opens the next of several events told in one clause, each with its day: "… the
#: village of A on 3 May and the town of B on 17 May"
_AND_NEXT = re.compile(r",?\s+(?i:and(?:\s+then)?|then|as\s+well\s+as)\s")
#: what a further part of the same deed is, the verb's object or place again with no verb
#: of its own: "and a convoy near Ansongo", "and the town of B", "and in Ansongo", "and
#: again near Ansongo" (not "and the army held a funeral in Gao", "and a curfew was imposed
#: in Gao": an aftermath, a clause of its own)
_ANOTHER_OBJECT = re.compile(r"(?i:(?:again|also)\s+)?(?:(?i:an?|the|its|their|two|three|four|"
                             r"five|several|another)\s+(?:(?!(?i:was|were|is|are|had|has|have|"
                             r"been|will|would)(?![\w]))[\w’'-]+\s+){1,2})?"
                             r"(?i:in|at|near|outside|around|on|of|close\s+to|inside|along|"
                             r"across|(?:north|south|east|west)\s+of)\s")
#: what follows the day of a further part: the sentence goes on after a comma, or ends
#: (", killing seven, Mali's army said"), not a clause of its own
_PART_ENDS = re.compile(r"\s*(?:[,;:.!?)]|\Z)")
#: the kinds of place an event told at its own day and place may be put at
_SCENE_KINDS = frozenset({"village", "town", "city", "district", "province", "other",
                         "mountain", "river", "lake"})


def _days_told_apart(article: Article, d: Draft, resolutions: tuple[Resolution, ...],
                     written: dt.date | None) -> list[tuple[int, int, DateRef]]:
    """The parts of the anchor's sentence that tell one event each, on a day of its own at
    a place of its own ("attacked the village of A on 3 May and the town of B on 17 May";
    "… A on 3 May, killing four, and B on 17 May, killing seven"): (start, end, day) of
    each, from the event's word on, a part running to the "and" that opens the next (the
    last to its day, or to the sentence's end when every part before counts its own dead);
    [] unless there are two or more, each naming a place."""
    text, s, e = article.text, d.anchor.sentence, d.event
    if not e.violent:
        return []
    days = [m for m in find_dates(text, e.start, s.end, written or article.published)
            if is_day(m.ref)]
    if len(days) < 2 or len({m.ref.value for m in days}) != len(days):
        return []
    scenes = [r.mention.start for r in resolutions if e.start <= r.mention.start < s.end
              and r.place.kind in _SCENE_KINDS]
    bounds, at = [], e.start
    for k, m in enumerate(days):
        if not any(at <= p < m.start for p in scenes):
            return []
        if k + 1 < len(days):
            # the last "and" before the next part's place ("killing four soldiers and
            # wounding two, and a convoy near Ansongo")
            opens = [n for n in _AND_NEXT.finditer(text, m.end, days[k + 1].start)
                     if any(n.end() <= p < days[k + 1].start for p in scenes)]
            if not opens or not (_ANOTHER_OBJECT.match(text, opens[-1].end()) or (
                    (cue := find_event(text, opens[-1].end(), days[k + 1].start)) is not None
                    and cue.violent)) or cue_patterns()["attribution_verbs"].search(
                        text, opens[-1].end(), days[k + 1].start):
                return []       # "… was killed on Monday and buried in Gazakh on Tuesday",
                                # "…, and the ministry said in Baku on Tuesday": no event
            bounds.append((at, opens[-1].start(), m.ref))
            at = opens[-1].end()
        else:
            bounds.append((at, m.end, m.ref))
        if k and not _PART_ENDS.match(text, m.end):
            return []           # "… near Mae Sot on 3 May, and in Bangkok on 17 May the army
                                # chief vowed …": a clause of its own goes on after the day
    if all(find_casualties(text, s.start if k == 0 else start, end)
           for k, (start, end, _) in enumerate(bounds[:-1])):
        bounds[-1] = (bounds[-1][0], s.end, bounds[-1][2])
    return bounds


def each_on_its_day(article: Article, d: Draft, incident: Incident,
                    resolutions: tuple[Resolution, ...],
                    written: dt.date | None) -> tuple[Incident, ...]:
    """The incident, or one for each event its anchor tells on a day and at a place of its
    own ("Jihadist fighters attacked an army camp in Tessit on 3 May and a convoy near
    Ansongo on 17 May, killing eleven soldiers in all"): each with its day, its places
    (not the other's), and the dead and hurt its own part counts, none when one count is
    told for all of them."""
    parts = _days_told_apart(article, d, resolutions, written)
    if not parts:
        return (incident,)
    text = article.text
    places_of = [{r.place.id for r in resolutions if start <= r.mention.start < end}
                 for start, end, _ in parts]
    split = []
    for k, (start, end, day) in enumerate(parts):
        others = set().union(*(p for j, p in enumerate(places_of) if j != k)) - places_of[k]
        # (the first from the sentence's start: "Two soldiers were killed near A on 3 May")
        counted = find_casualties(text, d.anchor.sentence.start if k == 0 else start, end)
        own = replace(incident, id=_stable_id("inc", incident.id, k) if k else incident.id,
                      date=day.value, date_precision=day.precision,
                      locations=tuple(loc for loc in incident.locations
                                      if loc.place is None or loc.place.id not in others),
                      fatalities_min=counted.fatalities_min,
                      fatalities_max=counted.fatalities_max,
                      injured_min=counted.injured_min, injured_max=counted.injured_max,
                      victims_country="")
        split.append(replace(own, claims=tuple(
            replace(c, incident_id=own.id, id=_stable_id("cl", c.id, k) if k else c.id,
                    date=day.value, date_precision=day.precision,
                    locations=tuple(loc for loc in c.locations
                                    if loc.place is None or loc.place.id not in others),
                    fatalities_min=counted.fatalities_min,
                    fatalities_max=counted.fatalities_max,
                    injured_min=counted.injured_min, injured_max=counted.injured_max)
            if c.sentence_index == d.anchor.sentence.index else
            replace(c, incident_id=own.id, id=_stable_id("cl", c.id, k) if k else c.id)
            for c in incident.claims)))
    return tuple(split)


#: an event this long before the article was published is history the article recalls
#: ("Azerbaijani troops shelled Stepanakert for months in 1992"), not news it reports
RECALLED_AFTER = dt.timedelta(days=365)


def _long_before(d: Draft, published: dt.date | None) -> bool:
    rng = d.date_range
    return published is not None and rng is not None and rng[1] < published - RECALLED_AFTER
