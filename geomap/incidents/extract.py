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
   before (``with_place_inside_its_division``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import replace

from ..model import (HOLDING_KINDS, ActorMention, Article, Claim, DateRef, Incident,
                     Location, Resolution, Sentence)
from .casualties import Casualties
from .claims import ClaimCue
from .dates import find_dates
from .drafts import Draft
from .event_dates import filed_on, is_day, written_on
from .facts import SentenceFacts
from .fold import BACK_TO_EVENT, fold_incidents
from .locations import find_locations
from .sentence_facts import sentence_facts
from .sides import is_local
from .spans import clause_on_the_word, dateline_spans
from .statements import statement_drafts
from .tables import non_state_tables, state_agencies
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
    incidents = []
    for d in drafts:
        if _long_before(d, written):
            continue
        incident = with_places_of_its_own_clause(article, d, _incident(
            article, d, filed, written), resolutions, actors, written)
        for placed in (with_places_told_before, with_place_inside_its_division):
            incident = placed(article, d, incident, facts, drafts, resolutions, dateline)
        incidents.append(with_toll_told_by_name(article, sentences, resolutions, incident))
    return tuple(incidents)


#: an event this long before the article was published is history the article recalls
#: ("Azerbaijani troops shelled Stepanakert for months in 1992"), not news it reports
RECALLED_AFTER = dt.timedelta(days=365)


def _long_before(d: Draft, published: dt.date | None) -> bool:
    rng = d.date_range
    return published is not None and rng is not None and rng[1] < published - RECALLED_AFTER
