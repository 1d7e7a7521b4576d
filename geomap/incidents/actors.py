"""Actors named in an article — states, their bodies, office holders, agencies — each
normalised to an ISO alpha-2 code, with simple coreference.

One Aho-Corasick pass finds the named anchors (country names and aliases, demonyms,
capitals, agencies); short anchored regexes around each anchor grow it into a phrase:

- "Armenia's defense ministry", "Ministry of Defense of Azerbaijan"     → body
- "Iranian President Ayatollah Seyed Ebrahim Raisi"                    → office holder
- "Nasser Kanaani, the spokesman for the Iranian foreign ministry"     → office holder
  (apposition), "Deputy Chief of Staff of the Iranian Armed Forces … Mohammad Ahadi"
- "Azerbaijani news agency Trend"                                      → agency

Claimants that are no state ("the Nagorno-Karabakh Defense Army", "the de facto
authorities in Stepanakert", "the Kurdish-led Syrian Democratic Forces", "the rights group
Provea") are found by their own forms (``non_state`` in actors.yaml), with no country
code; the longer phrase wins where they overlap a state's ("Karabakh Armenian authorities"
are not Armenia's government, "the Russian Volunteer Corps" not Russia). "The North" and
"the South" are the Koreas where the article names the other one (``paired_names``).

Then officials are completed from the rest of the article ("his Azerbaijani counterpart
Ilham Aliyev" takes the host's title; "the Azerbaijani president" is Aliyev when the
article names one such president), and later surnames ("President Raisi", "Kanaani")
and speech-verb subjects "he", "it", "the Leader", "the ministry" are linked to the last
matching actor, so a claim's claimant is known even when the sentence only says "he
said"; "its spokesman Philip Aguer", "their commander" hold an office of the body named
before, and "its forces", "their soldiers" are its state's forces. An official text under
a heading naming its author ("Ministry of Defence of Azerbaijan – Information") speaks as
that author: its "our" and "we" are the author.
A capital's name is its government only where the gazetteer put it at that capital.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import lru_cache

from ..model import ActorMention, Article, Resolution, Sentence
from ..text.calendar_names import MONTHS, WEEKDAYS
from ..text.speech_verbs import speech_verbs
from .spans import after_locative, dateline_spans, inside, quote_spans
from .tables import (DIVISION_WORDS, actor_patterns, actor_tables, capital_countries,
                     cue_patterns, de_facto_states, non_state_tables, not_counted_people,
                     number_tables, office_words, organisation_heads, organisation_kind,
                     organisation_words)

_AGENCY_CONTEXT = re.compile(r"(?i:agency|news|report|wrote|said|quot|according)")
#: the capitalised word right before a position: an honorific, a title, part of a name
_CAPITALISED_BEFORE = re.compile(r"([A-Z][\w.’'\-]*)\s+$")
_LEADING_THE = re.compile(r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts)\s+$")

#: mention kinds a "he"/"she" may refer to, and those "it" may refer to
_PERSON_KINDS = frozenset({"official"})
_BODY_KINDS = frozenset({"ministry", "government", "agency", "military"})
#: ", said the ministry": a speaker after its verb
_SPOKE_INVERTED = re.compile(r"[,”]\s*(?i:" + speech_verbs("speaker_inverted") + r")\s+$")
#: the office of a body that speaks for it: "the ministry's press service said"
_OFFICE_OF = re.compile(r"['’]s\s+(?:press\s+(?:service|office|secretary|department)|"
                        r"spokes(?:man|woman|person)|information\s+service)(?![\w])")
#: a mention naming people, not a body: "it" cannot stand for "Kyrgyz soldiers"
_PEOPLE = re.compile(r"(?i:soldiers|troops|servicem[ae]n|guards|fighters|militants|"
                     r"personnel|conscripts|officers|units|detachments|forces)$")
#: many people, no "he" or "she": "Pakistani officials did not comment. … he said"
_MANY = re.compile(r"(?i:officials|sources|spokes(?:men|women|persons|people)|diplomats|"
                   r"commanders|officers|authorities|leaders|ministers|representatives)$")


#: a compass word before a country's name that makes it another country's province:
#: Iran's East and West Azerbaijan
_PROVINCE_NAMED_FOR = re.compile(r"(?<![\w])(?:East|West)\s+$")
#: a capitalised word after a paired name ("the South China Sea"): part of another name
_NAME_AFTER_PAIRED = re.compile(r"\s+[A-Z]")


def _named_hits(text: str) -> list[tuple[int, int, object]]:
    """Leftmost-longest anchors on word boundaries; ambiguous agencies need context, and a
    paired name ("the South") the state it is paired with named too."""
    automaton = actor_tables()[0]
    hits = []
    for end_index, entry in automaton.iter(text):
        start, end = end_index - len(entry.surface) + 1, end_index + 1
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            continue
        if end < len(text) and (text[end].isalnum() or text[end] == "_"):
            continue
        if entry.ambiguous and not _AGENCY_CONTEXT.search(
                text, max(0, start - 25), min(len(text), end + 25)):
            continue
        if _PROVINCE_NAMED_FOR.search(text, max(0, start - 6), start):
            continue                        # Iran's "East Azerbaijan province": no state
        if entry.requires and _NAME_AFTER_PAIRED.match(text, end):
            continue                        # "the South China Sea"
        hits.append((start, end, entry))
    named = {entry.country for _, _, entry in hits if not entry.requires}
    hits = [h for h in hits if not h[2].requires or h[2].requires in named]
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    chosen, last_end = [], -1
    for h in hits:
        if h[0] >= last_end:
            chosen.append(h)
            last_end = h[1]
    return chosen


def _non_state_hits(text: str) -> list[ActorMention]:
    """Every written form of a claimant that is no state, with its determiner ("the
    Nagorno-Karabakh Defense Army"); country code "". Overlaps are left to ``_select``."""
    anchors, forms, _ = non_state_tables()
    if not any(word in text for word in anchors):
        return []
    found = []
    for form in forms:
        # a de facto government speaks for the state it governs ("Taliban officials")
        government, state = de_facto_states().get(form.name, ("", ""))
        country = state if government == form.name else ""
        for m in form.regex.finditer(text):
            s = _with_article(text, m.start())
            found.append(ActorMention("", text[s:m.end()], s, m.end(), form.name, country,
                                      form.kind))
    return found


#: a regional office after its place's name: "Belgorod governor Vyacheslav Gladkov",
#: "Syunik regional governor", "the Kalbajar district head", "the Gegharkunik provincial
#: administration" (not "the London head teacher")
_OFFICE_AFTER_PLACE = re.compile(
    r"(?:['’]s(?=\s+(?i:governor|mayor)\b))?"       # "Syunik's governor"
    r"(?:(?:\s+(?i:region|regional|province|provincial|oblast|district|county|state))?"
    r"\s+(?P<title>(?i:governor|mayor|administration head|district (?:head|chief)|"
    r"police chief|community (?:head|leader)|village (?:head|chief)|sarpanch))"
    # "the Gegharkunik provincial administration" (a bare "Karabakh administration" may
    # be a de facto government's)
    r"|\s+(?i:regional|provincial|district|oblast)\s+(?P<office>(?i:administration|"
    r"authorities|government)))"
    r"\b(?:\s+(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'\-]+){0,2}))?")
#: a regional office before it: "the governor of Syunik", "Mayor of Goris"
_OFFICE_BEFORE_PLACE = re.compile(
    r"(?P<title>(?i:governor|mayor|head))\s+of\s+(?:the\s+)?$")
#: after "the governor of Syunik (province)": the holder, set off by commas or not, and
#: then no more of a title ("the head of the Syunik border guard department" is none)
_HOLDER_AFTER = re.compile(
    r"(?:\s+(?i:region|province|oblast|district|county|state|community|village|town|"
    r"municipality|settlement))?"
    r"(?:,\s+(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,2})(?=,)"
    r"|\s+(?P<named>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,2}))?"
    r"(?=[,.;:]|\s*$|\s+" + speech_verbs("after_holder") + r"\b)")


#: a division's word right after its name: "Kursk region" (not the first word of a title:
#: "Mae Sot district chief")
_DIVISION_WORD_AFTER = re.compile(rf"\s+(?i:{DIVISION_WORDS})(?![\w])(?!\s+(?i:chief|head|"
                                  r"officer|commissioner|administrator|executive)(?![\w]))")


def _place_as_told(text: str, where) -> str:
    """The place as the text names it, its division word kept ("Kursk region" where the
    gazetteer's span is "Kursk", as corpora tag names): an office is of the region."""
    word = _DIVISION_WORD_AFTER.match(text, where.end)
    return text[where.start:word.end()] if word else where.surface


def _regional_officials(text: str, places: Iterable[Resolution]) -> list[ActorMention]:
    """Governors, mayors and district heads named with their place ("Gegharkunik governor
    Karen Sargsyan", "the governor of Syunik province, Robert Ghukasyan,"), of the
    country the gazetteer puts that place in: they claim for it, as a ministry does."""
    found = []
    for r in places:
        if r.place is None or r.place.kind == "country" or not r.place.country_code:
            continue
        where = r.mention
        after = _OFFICE_AFTER_PLACE.match(text, where.end)
        if after is not None:
            start, end = where.start, after.end()
            title = (after.group("title") or after.group("office")).lower()
            person = _person(after.group("name"))
        else:
            before = _OFFICE_BEFORE_PLACE.search(text, max(0, where.start - 20), where.start)
            if before is None:
                continue
            m = _HOLDER_AFTER.match(text, where.end)
            if m is None:
                continue
            start, end, title = before.start(), m.end(), before.group("title").lower()
            person = _person(m.group("name") or m.group("named"))
        start = _with_article(text, start)
        found.append(ActorMention("", text[start:end], start, end,
                                  _official_name(person, title, _place_as_told(text, where)),
                                  r.place.country_code, "official"))
    return found


@lru_cache(maxsize=1)
def _organisation_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """(an organisation's name after its owner: "'s maritime security agency", " Operational
    Command", "-run health office"; one before the place it is in: "the Defence Ministry
    in "; one before its state or region: "the health ministry of the "; one after a group
    that runs it: "-run health office"), from actors.yaml
    ``organisation_heads`` qualified only by ``organisation_words``; group ``name`` the
    organisation's own words, ``head`` its head noun."""
    heads, _ = organisation_heads()
    words, _ = organisation_words()
    # (words on one line, or hard-wrapped once: "The Polish Operational\nCommand")
    gap = r"(?:[ \t]*\n[ \t]*|[ \t]+)"
    modifier = rf"(?:(?i:{words})(?:['’]s)?|\d+(?:st|nd|rd|th))(?![\w’'\-])"
    # ("of" and an organ's words may close it: "the U.S. Department of Justice"; never an
    # office of it: "Iran's deputy police chief" is a person)
    heads = heads.replace(" ", gap)
    name = (rf"(?P<name>(?:{modifier}{gap}){{0,3}}(?P<head>(?i:{heads}))(?![\w’'\-])"
            rf"(?:{gap}of{gap}(?:the{gap})?{modifier}(?:{gap}{modifier}){{0,2}})?)"
            rf"(?!{gap}(?i:{office_words()})(?![\w]))")
    # (a group's own office may bear its own name: "the Houthi-run Saba news agency")
    run_by = name.replace(f"(?:{modifier}{gap})", f"(?:(?:[A-Z][\\w’'\\-]*|{modifier}){gap})")
    # (not one a further owner follows: "the Ukraine office of the UN refugee agency")
    return (re.compile(rf"(?:['’]s)?{gap}{name}(?!{gap}of{gap})"),
            re.compile(rf"(?<![\w])[Tt]he{gap}{name}{gap}(?i:in)\s+(?:the\s+)?$"),
            re.compile(rf"(?<![\w])[Tt]he{gap}{name}{gap}(?i:of)\s+(?:the\s+)?$"),
            re.compile(rf"-(?:run|led|controlled)[ \t]+{run_by}"))


@lru_cache(maxsize=1)
def _heads_abroad() -> re.Pattern:
    """The heads of a state's offices abroad (actors.yaml ``organisation_heads_abroad``):
    "the embassy in Kabul" is no office of Afghanistan's."""
    return re.compile(rf"(?i:{organisation_words()[1]})")


#: a name that is an organisation's noun alone, which ``_nation_ministries`` and
#: ``claims`` read with what was told before: "the Armenian ministry"
_BARE_MINISTRY = re.compile(r"(?i:ministry|ministries)")


#: a possessive right before a state's name: the office is another's ("Amnesty
#: International's Ukraine office", "the World Health Organization's Yemen office")
_OWNED_BEFORE = re.compile(r"['’]s\s+$")
#: a determiner opening a phrase, left out of the name it gives
_DETERMINER_OPENING = re.compile(r"^(?:[Tt]he|[Aa]n?)\s+")
#: the kinds of place whose organisations speak for the state the place is in: "the
#: Kurdistan Region's health ministry", "the health office in Saada"
_SEAT_KINDS_OF_OFFICES = frozenset({"region", "province", "district", "city", "town"})
#: place kinds that may own an organisation by a possessive ("Saada's health office"):
#: not a town's, whose name before an office is rather where it is
_OWNING_PLACE_KINDS = frozenset({"region", "province", "district"})


def _overlap_test(spans: Iterable[tuple[int, int]]):
    """A test ``(start, end) -> bool`` of whether ``text[start:end]`` overlaps any of
    ``spans``, in log time (bisect over the starts and the running furthest end), so a
    long article's many mentions are not rescanned for each candidate."""
    spans = sorted(spans)
    starts = [s for s, _ in spans]
    furthest, reach = [], -1
    for _, e in spans:
        reach = max(reach, e)
        furthest.append(reach)

    def overlaps(start: int, end: int) -> bool:
        k = bisect_left(starts, end)
        return k > 0 and furthest[k - 1] > start
    return overlaps


def _organisations(text: str, mentions: list[ActorMention], places: Iterable[Resolution]
                   ) -> list[ActorMention]:
    """Organisations of a state named however the writer qualifies them, their state
    given by a national adjective or possessive ("the Polish Operational Command", "China's
    coast guard"), by the capital they sit in ("the Defence Ministry in Warsaw"), by the
    region they serve ("the Kurdistan Region's health ministry": Iraq's), or by the group
    that runs them ("the Houthi-run health office": the group's de facto government's).
    A name another actor stands inside ("Afghan Taliban forces") is that actor's."""
    after, in_place, of_place, run_by = _organisation_patterns()
    _, countries, *_ = actor_tables()
    taken = _overlap_test((m.start, m.end) for m in mentions)
    places = list(places)
    # where a place's name opens: "Guatemala's Peten department" is a division, no body
    place_starts = {r.mention.start for r in places if r.place is not None}

    def free(start: int, end: int) -> bool:
        return not taken(start, end)

    def organisation(s: int, e: int, words: str, country: str, of: str,
                     owner_kind: str = "", preposition: str = "of") -> ActorMention | None:
        if _BARE_MINISTRY.fullmatch(words):
            return None
        known = _body_for(words)
        state = countries.get(country)
        if known is not None and state is not None and not of:
            name = known.name.format(country=state.name, demonym=state.demonym)
            return ActorMention("", text[s:e], s, e, name, country, known.kind)
        words = " ".join(words.split())
        if of:
            name = f"{words} {preposition} {of}"
        elif owner_kind == "demonym":       # as written: "the Philippine Coast Guard"
            name = " ".join(_DETERMINER_OPENING.sub("", text[s:e]).split())
        else:                               # "China's coast guard": the Chinese one
            name = f"{state.demonym if state else ''} {words}".strip()
        return ActorMention("", text[s:e], s, e, name, country, organisation_kind(words))

    found = []
    governments = de_facto_states()
    abroad = _heads_abroad()
    for m in mentions:
        if m.kind in ("demonym", "state") and m.country_code \
                and not _OWNED_BEFORE.search(text, max(0, m.start - 3), m.start):
            named = after.match(text, m.end)
            of = of_place.search(text, max(0, m.start - 60), m.start) \
                if m.kind == "state" else None
            if named is not None \
                    and named.start("name") not in place_starts and free(m.end, named.end()):
                s = _with_article(text, m.start)
                found.append(organisation(s, named.end(), named.group("name"),
                                          m.country_code, "", m.kind))
            elif of is not None and free(of.start(), m.start):
                # "the State Emergency Service of Ukraine"
                found.append(organisation(of.start(), m.end, of.group("name"),
                                          m.country_code, ""))
        elif m.kind == "government" and m.name.startswith("Government of ") and \
                " " not in m.surface.strip():
            # the capital an organisation sits in: "The Defence Ministry in Warsaw"
            named = in_place.search(text, max(0, m.start - 60), m.start)
            if named is not None and free(named.start(), m.start) \
                    and not abroad.fullmatch(named.group("head")):
                found.append(organisation(named.start(), m.end, named.group("name"),
                                          m.country_code, ""))
        elif not m.country_code and m.name in governments:
            named = run_by.match(text, m.end)
            if named is not None \
                    and free(m.end, named.end()):
                # "the Houthi-run health office": the group's government's office
                government, state = governments[m.name]
                s = _with_article(text, m.start)
                found.append(ActorMention("", text[s:named.end()], s, named.end(),
                                          government, state,
                                          organisation_kind(named.group("name"))))
    for r in places:
        where, place = r.mention, r.place
        if place is None or not place.country_code or place.kind not in _SEAT_KINDS_OF_OFFICES:
            continue
        told = _place_as_told(text, where)
        named = after.match(text, where.start + len(told)) \
            if place.kind in _OWNING_PLACE_KINDS else None
        if named is not None and text[where.start + len(told):named.start("name")] \
                .startswith(("'", "’")) and free(where.end, named.end()):
            # "the Kurdistan Region's health ministry"
            s = _with_article(text, where.start)
            found.append(organisation(s, named.end(), named.group("name"),
                                      place.country_code, told))
            continue
        seated = in_place.search(text, max(0, where.start - 60), where.start)
        named = seated or of_place.search(text, max(0, where.start - 60), where.start)
        kind = organisation_kind(named.group("name")) if named is not None else ""
        if named is not None and kind != "military" and free(named.start(), where.start) \
                and not (seated and (abroad.fullmatch(named.group("head")) or (
                    kind == "ministry" and place.kind in ("city", "town")))):
            # "the health office in Saada", "the health ministry of the Kurdistan Region"
            # (not "the army in Bakhmut": where a force is, not whose; nor "the Defence
            # Ministry in Gyumri": a state's ministries sit in its capital)
            found.append(organisation(named.start(), where.start + len(told),
                                      named.group("name"), place.country_code, told,
                                      preposition="in" if seated else "of"))
    return [m for m in found if m is not None]


def _title_of(words: str) -> str | None:
    """The canonical title for ``words`` ("spokesperson" → "spokesman"), or None."""
    for t in actor_tables()[3]:
        if t.regex.fullmatch(words.strip()):
            return t.title
    return None


def _canonical_title(words: str) -> str:
    return _title_of(words) or words.strip()


def _body_for(words: str):
    for b in actor_tables()[2]:
        if b.regex.fullmatch(words.strip()):
            return b
    return None


def _person(raw: str | None) -> str:
    """A person's name without honorifics ("Ayatollah Seyed Ebrahim Raisi" → "Ebrahim Raisi")."""
    if not raw:
        return ""
    name = actor_patterns()["honorific"].sub("", raw.strip()).strip()
    return name[:-2] if name.endswith(("'s", "’s")) else name   # "Pashinyan's office"


@lru_cache(maxsize=1)
def _spellings() -> dict[str, str]:
    """Each written form of a known office holder's name → the name shown (one claimant
    for "Erdoğan" and "Erdogan")."""
    return {e.surface: e.name for e in actor_tables()[0].values() if e.kind == "person"}


def _official_name(person: str, title: str, of: str) -> str:
    person = _spellings().get(person, person)
    if title == "counterpart":
        return f"{person} ({of})" if person else f"counterpart ({of})"
    role = f"{title} of {of}"
    return f"{person}, {role}" if person else role


def _with_article(text: str, start: int) -> int:
    """Extend ``start`` left over a determiner ("the", "a", "his")."""
    m = _LEADING_THE.search(text, max(0, start - 5), start)
    return m.start() if m else start


def _apposition(text: str, start: int) -> tuple[int, str]:
    """A name set off before ``start`` ("Nasser Kanaani, the …"): (new start, name)."""
    pats = actor_patterns()
    m = pats["apposition"].search(text, max(0, start - 70), start)
    if not m or (m.start() > 0 and text[m.start() - 1].isalnum()) or \
            _CALENDAR_WORDS.intersection(m.group("name").split()) or \
            _AT_A_PLACE.search(text, max(0, m.start() - 12), m.start()):
        return start, ""                  # "… on Friday, India's defence minister said";
                                          # "… in Zahedan, Iran's interior minister said"
    return m.start(), _person(m.group("name"))


#: a preposition of place: the name after it is a place's, no person's
_AT_A_PLACE = re.compile(r"(?<![\w])(?i:in|at|near|from|outside|inside|to)\s+$")
#: weekday and month names, which an apposition never names ("Theresa May" may be one)
_CALENDAR_WORDS = frozenset([*WEEKDAYS, *MONTHS]) - {"May"}


#: a part of a body between an office and the body: "a spokesman for the marine unit of
#: the Uganda People's Defence Force", "an official of the press office of Kenya's
#: defence ministry"
_PART_OF = re.compile(r"(?<![\w])(?i:the|its)\s+(?:[\w-]+\s+){0,3}?(?i:unit|wing|branch|"
                      r"division|command|service|department|office|directorate|brigade|"
                      r"battalion|regiment|corps|fleet|flotilla|detachment|contingent|"
                      r"section|squadron|headquarters)\s+(?i:of|in)\s+$")


def _past_part(text: str, start: int) -> int:
    """Where the part of a body written before it starts (``_PART_OF``), so that the office
    before that part is the body's ("a spokesman for the marine unit of the Kenyan army":
    the army's spokesman); ``start`` when there is none."""
    part = _PART_OF.search(text, max(0, start - 60), start)
    return part.start() if part is not None else start


def _phrase(text: str, start: int, end: int, entry, countries) -> ActorMention | None:
    """Grow one country anchor into the longest actor phrase it heads or completes."""
    pats = actor_patterns()
    country = countries[entry.country]
    fill = {"country": country.name, "demonym": country.demonym}

    def make(s, e, name, kind):
        return ActorMention("", text[s:e], s, e, name, entry.country, kind)

    right = pats["right_title"].match(text, end)
    if right:
        title = _canonical_title(right.group("title"))
        of = country.name
        if right.group("title2"):
            of = f"the {country.demonym} {title}"
            title = _canonical_title(right.group("title2"))
        person = _person(right.group("name"))
        s = _with_article(text, start)
        if not person:
            s2, person = _apposition(text, s)
            s = s2 if person else s
        kind = "official"
        return make(s, right.end(), _official_name(person, title, of), kind)

    right = pats["right_body"].match(text, end)
    if right:
        body = _body_for(right.group("body"))
        name = body.name.format(**fill)
        s, e = _with_article(text, start), right.end()
        holder = pats["right_title"].match(text, e)
        if holder is not None and holder.group("name") and not holder.group("title2"):
            # "Armenian Foreign Ministry spokeswoman Ani Badalyan": the body's office holder
            return make(s, holder.end(), _official_name(
                _person(holder.group("name")), _canonical_title(holder.group("title")),
                f"the {name}"), "official")
        at = _past_part(text, s)
        left = pats["left_of"].search(text, max(0, at - 80), at) \
            if pats["of_before"].search(text, max(0, at - 9), at) else None
        if left and not (left.start() > 0 and text[left.start() - 1].isalnum()):
            head = left.group("head")
            if _body_for(head) is None:
                return _titled(text, left.start(), e, head, f"the {name}", entry.country)
        return make(s, e, name, body.kind)

    left = pats["left_of"].search(text, max(0, start - 80), start) \
        if pats["of_before"].search(text, max(0, start - 9), start) else None
    if left and not (left.start() > 0 and text[left.start() - 1].isalnum()):
        head = left.group("head")
        body = _body_for(head)
        if body is not None:
            s = _with_article(text, left.start())
            return make(s, end, body.name.format(**fill), body.kind)
        return _titled(text, left.start(), end, head, country.name, entry.country)

    kind = {"demonym": "demonym", "capital": "government"}.get(entry.kind, "state")
    return make(start, end, entry.name, kind)


#: a name set off after an office: "The spokesman of the Ministry …, Enayatullah Khwarazmi,"
_NAME_AFTER = re.compile(r",\s+(?P<name>(?:[A-Z][\w’'\-]*[\w]\s+){1,3}?[A-Z][\w’'\-]*[\w])"
                         r"(?=\s*[,;.]|\s+" + speech_verbs("speaker") + r"\b)")


def _force_body(text: str, start: int, end: int, entry, left, body, countries
                ) -> ActorMention | None:
    """A body of the state a force names ("the Ministry of National Defence of the
    Islamic Emirate": Afghanistan's defence ministry), or its office holder written
    before it and named after it ("The spokesman of the Ministry of National Defence of
    the Islamic Emirate, Enayatullah Khwarazmi,")."""
    country = countries.get(entry.country) if countries else None
    if country is None:
        return None
    pats = actor_patterns()
    name = body.name.format(country=country.name, demonym=country.demonym)
    s = _with_article(text, left.start())
    office = pats["left_of"].search(text, max(0, s - 60), s) \
        if pats["of_before"].search(text, max(0, s - 9), s) else None
    if office is None or _body_for(office.group("head")) is not None or \
            (office.start() > 0 and text[office.start() - 1].isalnum()):
        return ActorMention("", text[s:end], s, end, name, entry.country, body.kind)
    s = _with_article(text, office.start())
    after = _NAME_AFTER.match(text, end)
    person, e = (_person(after.group("name")), after.end()) if after else ("", end)
    if not person:
        s2, person = _apposition(text, s)
        s = s2 if person else s
    return ActorMention("", text[s:e], s, e, _official_name(
        person, _canonical_title(office.group("head")), f"the {name}"), entry.country,
        "official")


def _force_office(text: str, start: int, end: int, entry, countries=None
                  ) -> ActorMention | None:
    """A named office holder of a force known by its own name: "Zabihullah Mujahid,
    spokesman of the Islamic Emirate", "ISPR spokesman Ahmed Sharif"; an unnamed one ("a
    Frontier Corps spokesman") speaks as the force; None when no office is written."""
    pats = actor_patterns()
    of = f"the {entry.name}"
    right = pats["right_title"].match(text, end)
    left = pats["left_of"].search(text, max(0, start - 80), start) \
        if pats["of_before"].search(text, max(0, start - 9), start) else None
    if right and not right.group("title2"):
        s, e, person = _with_article(text, start), right.end(), _person(right.group("name"))
        if not person:
            s2, person = _apposition(text, s)
            s = s2 if person else s
        title = _canonical_title(right.group("title"))
    elif left and not (left.start() > 0 and text[left.start() - 1].isalnum()) \
            and _body_for(left.group("head")) is not None:
        return _force_body(text, start, end, entry, left, _body_for(left.group("head")),
                           countries)
    elif left and not (left.start() > 0 and text[left.start() - 1].isalnum()) \
            and _body_for(left.group("head")) is None:
        # the holder set off before ("Zabihullah Mujahid, spokesman of …"), on its line
        s, e = _with_article(text, left.start()), end
        s2, person = _apposition(text, s)
        if person and "\n" not in text[s2:s]:
            s = s2
        else:
            person = ""
        title = _canonical_title(left.group("head"))
    else:
        return None
    if not person:
        return ActorMention("", text[s:e], s, e, entry.name, entry.country, "military")
    return ActorMention("", text[s:e], s, e, _official_name(person, title, of), entry.country,
                        "official")


def _known_person(text: str, start: int, end: int, entry, countries) -> ActorMention:
    """An office holder named without his country ("Prime Minister Nikol Pashinyan told
    parliament"), from ``people`` in actors.yaml: the title written before the name, else
    the table's."""
    pats = actor_patterns()
    s, title = start, entry.title
    while (word := _CAPITALISED_BEFORE.search(text, max(0, s - 20), s)) is not None and \
            pats["honorific"].match(word.group(1) + " "):
        s = word.start()                    # "Ayatollah Seyed Ebrahim Raisi"
    country = countries[entry.country]
    of = country.name
    before = pats["title_before"].search(text, max(0, s - 60), s)
    if before:
        s, title = before.start(), _canonical_title(before.group("title"))
        # "Iran's foreign ministry spokesman Nasser Kanaani": the ministry's spokesman
        office = pats["body_before"].search(text, max(0, s - 60), s)
        body = _body_for(office.group("body")) if office else None
        if body is not None:
            of = "the " + body.name.format(country=country.name, demonym=country.demonym)
            owner = (office.group("owner") or "").removesuffix("'s").removesuffix("’s")
            s = office.start("owner") if owner in (country.name, country.demonym) \
                else office.start("body")
        s = _with_article(text, s)
    return ActorMention("", text[s:end], s, end, _official_name(entry.name, title, of),
                        entry.country, "official")


def _titled(text: str, s: int, e: int, head: str, of: str, code: str) -> ActorMention:
    """An office holder written "<title> of/for <the body or country> [Name]"."""
    pats = actor_patterns()
    title = _canonical_title(head)
    person = ""
    m = pats["right_name"].match(text, e)
    if m:
        run = ((m.group("for") or "") + " " + m.group("name")).split()
        person = _person(" ".join(run[-2:] if m.group("for") else run))
        e = m.end()
    s = _with_article(text, s)
    if not person:
        s2, person = _apposition(text, s)
        s = s2 if person else s
    return ActorMention("", text[s:e], s, e, _official_name(person, title, of), code, "official")


def _select(mentions: Iterable[ActorMention]) -> list[ActorMention]:
    """Non-overlapping mentions, longer ones first, in text order. The characters taken
    are marked in a byte map, so each candidate costs its own length (a long report
    names hundreds of thousands of actors: a sorted insert per mention was quadratic)."""
    mentions = sorted(mentions, key=lambda m: (-(m.end - m.start), m.start))
    taken = bytearray(max((m.end for m in mentions), default=0))
    chosen = []
    for m in mentions:
        if taken.find(1, m.start, m.end) < 0:
            taken[m.start:m.end] = b"\x01" * (m.end - m.start)
            chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


#: a ministry named by its nation alone, right after the nation: " ministry", "'s ministry"
_MINISTRY_AFTER = re.compile(r"(?:['’]s)?\s+(?i:ministry)(?![\w])(?!\s+of\b)")


def _nation_ministries(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """"the Azerbaijani ministry": the ministry of that nation named last before it ("the
    Ministry of Defense of Azerbaijan said …. The last such report by the Azerbaijani
    ministry …"), so that an "it said" after it means that ministry, not another state's
    named in between; a nation whose ministry was not named before is left as it is."""
    found = []
    last: dict[str, ActorMention] = {}
    for m in mentions:
        if m.kind == "ministry" and m.country_code:
            last[m.country_code] = m
            continue
        after = _MINISTRY_AFTER.match(text, m.end) if m.kind in ("demonym", "state") else None
        named = last.get(m.country_code) if after is not None else None
        if named is not None:
            start = _with_article(text, m.start)
            found.append(ActorMention("", text[start:after.end()], start, after.end(),
                                      named.name, named.country_code, "ministry"))
    return found


def _surname_mentions(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """Later references by surname ("President Raisi", "Kanaani") to a named official."""
    pats = actor_patterns()
    by_surname: dict[str, ActorMention] = {}
    for m in mentions:
        if m.kind == "official" and ", " in m.name:
            person = m.name.split(", ")[0]
            tokens = person.split()
            if len(tokens) >= 2:
                by_surname.setdefault(tokens[-1], m)
    found = []
    for surname, official in by_surname.items():
        name_tokens = set(official.name.replace(",", " ").split())
        for hit in re.finditer(r"(?<![\w])" + re.escape(surname) + r"(?![\w])", text):
            s = hit.start()
            # extend left over the rest of the name, honorifics and a title word
            while True:
                prev = _CAPITALISED_BEFORE.search(text, max(0, s - 30), s)
                if not prev:
                    break
                word = prev.group(1)
                if word in name_tokens or pats["honorific"].match(word + " ") or \
                        _title_of(word) is not None:
                    s = prev.start()
                else:
                    break
            found.append(ActorMention("", text[s:hit.end()], s, hit.end(), official.name,
                                      official.country_code, "official"))
    return found


def _role(name: str) -> str:
    """The role part of an official's normalised name ("President of Iran")."""
    return name.split(", ", 1)[1] if ", " in name else name


def _counterpart_person(name: str) -> str | None:
    """The person of a counterpart's name ("Ilham Aliyev (Azerbaijan)"; "" for "counterpart
    (Armenia)"), or None when ``name`` is not a counterpart's."""
    if name.endswith(")") and " (" in name:
        person = name[:name.rindex(" (")]
        return "" if person == "counterpart" else person
    return None


@lru_cache(maxsize=1)
def _generic_officials() -> frozenset[str]:
    """"official of Iran"…: unnamed officials that stand for no one person."""
    return frozenset(f"official of {c.name}" for c in actor_tables()[1].values())


def _complete_officials(mentions: list[ActorMention], sentence_starts: list[int]
                        ) -> list[ActorMention]:
    """Give officials their full identity from the rest of the article.

    - "X met with his Azerbaijani counterpart Ilham Aliyev": the counterpart holds the
      title of the office holder named before it in that sentence (President);
    - "the Azerbaijani president", "the Iranian foreign minister": when the article names
      exactly one person in that role, the mention is that person — so one person's claims
      carry one claimant name.
    """
    countries = actor_tables()[1]
    done: list[ActorMention] = []
    for m in mentions:
        person = _counterpart_person(m.name) if m.kind == "official" else None
        if person is not None:
            k = bisect_right(sentence_starts, m.start) - 1
            s_start = sentence_starts[k] if k >= 0 else 0
            host = next((d for d in reversed(done) if d.kind == "official"
                         and s_start <= d.start < m.start and " of " in d.name
                         and d.name not in _generic_officials()
                         and _counterpart_person(d.name) is None), None)
            if host is not None:
                role = _role(host.name)
                title = max((t.title for t in actor_tables()[3]
                             if role.startswith(t.title + " of ")), key=len,
                            default=role.split(" of ", 1)[0])
                country = countries[m.country_code].name if m.country_code in countries \
                    else m.country_code
                m = ActorMention(m.article_id, m.surface, m.start, m.end,
                                 _official_name(person, title, country), m.country_code,
                                 m.kind)
        done.append(m)
    people: dict[str, set[str]] = {}
    for m in done:
        if m.kind == "official" and ", " in m.name:
            people.setdefault(_role(m.name), set()).add(m.name)
    generic = _generic_officials()
    out = []
    for m in done:
        named = people.get(m.name, ())
        if m.kind == "official" and ", " not in m.name and m.name not in generic \
                and len(named) == 1:
            m = ActorMention(m.article_id, m.surface, m.start, m.end, next(iter(named)),
                             m.country_code, m.kind)
        out.append(m)
    return out


#: the words before an actor that make it the source or owner of what the sentence is
#: about, not its subject: "the information spread by the Armenian Ministry of Defense"
_SOURCE_BEFORE = re.compile(r"(?<![\w])(?:by|from)\s+(?:the\s+)?$")


#: a preposition of place right before a mention: "on the Belarusian side", "in Moscow"
_PLACED_AT = re.compile(r"(?<![\w])(?i:on|in|at|into|near|across)\s+$")
#: a pronoun in a clause of the time a report came: "…, when it said"
_WHEN_IT = re.compile(r"(?<![\w])(?:when|in which)\s+$")


#: a group counted again with its definite article: "the two men", "the three soldiers"
_THE_COUNTED = re.compile(r"(?<![\w])(?i:the)\s+(?P<n>\d{1,2}|[a-z]+)\s+(?:[a-z-]+\s+)??"
                          r"(?P<noun>[a-z]+)(?![\w-])")
#: a count right before a demonym: "two Ivorian gendarmes", "three Malian herders"
_COUNT_BEFORE = re.compile(r"(?<![\w])(?P<n>\d{1,2}|[A-Za-z]+)\s+$")
#: how far back a counted group's first telling may lie (characters)
_COUNTED_REACH = 1500


def _counted_again(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """"… arrested two Malian herders. … the two men had been taken to Odienné": a group
    told again by its count is of the nation it was first told of (the latest "two
    <demonym> …" before it, of the same count); so the state of people arrested, killed or
    held stays a side where their second telling names no nation."""
    words = number_tables()[0]

    def count(word: str) -> int | None:
        return int(word) if word.isdigit() else words.get(word.lower())

    counted = []                        # (count, demonym mention) in text order
    for m in mentions:
        if m.kind == "demonym" and m.country_code:
            before = _COUNT_BEFORE.search(text, max(0, m.start - 12), m.start)
            if before is not None and (n := count(before.group("n"))) and n > 1:
                counted.append((n, m))
    if not counted:
        return []                       # most articles: no group counted by its nation
    found = []
    for hit in _THE_COUNTED.finditer(text):
        n = count(hit.group("n"))
        if not n or n < 2 or not_counted_people().fullmatch(hit.group("noun")):
            continue                    # "the two sides", "the two countries"
        first = next((m for k, m in reversed(counted) if k == n
                      and hit.start() - _COUNTED_REACH <= m.start and m.end <= hit.start()), None)
        if first is None or any(hit.start() <= m.start < hit.end() for m in mentions):
            continue                    # "the two Malian herders": named there
        found.append(ActorMention("", hit.group(), hit.start(), hit.end(), first.name,
                                  first.country_code, "demonym"))
    return found


def _coreferences(text: str, mentions: list[ActorMention], sentence_starts: list[int],
                  dateline: list[tuple[int, int]]) -> list[ActorMention]:
    """"he said", "It said", "They said", "the Leader said", "The ministry said" → an
    earlier actor.

    The antecedent is the first fitting actor of the nearest sentence that has one (the
    part before the pronoun, then up to three sentences back): subjects come first, so
    "Khamenei reiterated this in a meeting with Erdogan. … he said" means Khamenei.
    """
    quotes = quote_spans(text)
    # not a quotation's actors, nor the agency of a wire dateline ("BISHKEK, May 3
    # (Reuters) - … Kyrgyzstan's border service said. …, it said": the service)
    masked = sorted(dateline + quotes)
    antecedents = [m for m in mentions if not inside(m.start, masked)]    # text order
    antecedent_starts = [m.start for m in antecedents]

    def between(start: int, end: int) -> list[ActorMention]:
        """The antecedents that start in [start, end)."""
        return antecedents[bisect_left(antecedent_starts, start):
                           bisect_left(antecedent_starts, end)]

    found = []
    cues = cue_patterns()
    for hit in cues["pronoun"].finditer(text):
        if inside(hit.start("pro"), quotes):
            continue
        pro, desc = hit.group("pro"), hit.group("desc")
        office = _OFFICE_OF.match(text, hit.end()) if desc is not None else None
        said_at = office.end() if office else hit.end()   # "the ministry's press service"
        if not cues["verb_after"].match(text, said_at) and not (
                desc is not None and cues["cue_before"].search(
                    text, max(0, hit.start() - 30), hit.start())):
            continue
        fits = _antecedent_test(pro, desc)
        if fits is None:
            continue
        at = hit.start("pro")
        k = bisect_right(sentence_starts, at) - 1
        lo = sentence_starts[max(0, k - 3)] if sentence_starts else 0
        best = None
        for s_index in range(k, max(-1, k - 4), -1):
            s_start = sentence_starts[s_index] if s_index >= 0 else 0
            s_end = sentence_starts[s_index + 1] if s_index + 1 < len(sentence_starts) else at
            s_end = min(s_end, at)
            # not a side named as a place: "a crowd on the Belarusian side"
            candidates = [m for m in between(s_start, s_end)
                          if not _PLACED_AT.search(text, max(0, m.start - 8), m.start)]
            if s_index == k and not _WHEN_IT.search(text, max(s_start, at - 12), at):
                # "the report spread by the Armenian ministry …, the ministry said": not it
                # (but "the last report by the Azerbaijani ministry came in May, when it
                # said": the report's author)
                candidates = [m for m in candidates
                              if not _SOURCE_BEFORE.search(text, max(s_start, m.start - 12),
                                                           m.start)]
                if desc is not None and text[max(0, at - 2):at].strip() in (",", "”"):
                    # "Pakistani troops opened fire in Poonch, the army said": who is
                    # reported on is not who reports
                    candidates = []
            fitting = [m for m in candidates if fits(m)]
            if not fitting and s_index == k and desc is None and \
                    _RELATIVE_BEFORE.search(text, max(s_start, at - 12), at):
                break           # "the Guards fired at a villa that they claimed was …":
                                # the clause's own subject, which no actor names
            # "…, the Israeli military said. The military said": the mention with the
            # same head noun before the first that fits ("Hezbollah" fits too)
            best = next((m for m in fitting if desc is not None
                         and desc.lower() in m.surface.lower().split()), None)
            if best is None and desc is None and s_index < k:
                # "It said …" after "Azerbaijani forces fired …, the Armenian Defence
                # Ministry said.": who spoke there, before the first that fits
                best = next((m for m in fitting if cues["verb_after"].match(text, m.end)
                             or _SPOKE_INVERTED.search(text, max(s_start, m.start - 12),
                                                       m.start)), None)
            best = best or (fitting[0] if fitting else None)
            if best is None and desc is not None and desc.lower() == "ministry":
                best = _foreign_ministry(text, s_start, s_end, candidates)
            if best is not None or s_start <= lo:
                break
        if best is not None:
            found.append(ActorMention("", text[at:said_at], at, said_at, best.name,
                                      best.country_code, best.kind))
    return found


#: a relative pronoun right before a pronoun: "a villa that they claimed was a base" (its
#: antecedent is in the clause's sentence, never one told sentences before)
_RELATIVE_BEFORE = re.compile(r"(?<![\w])(?:that|which|who|whom)\s+$")


#: a body's office or part named by a possessive: "Its spokesman Philip Aguer said",
#: "their commander told", "its foreign ministry said" (the office's words after it)
_POSSESSIVE = re.compile(r"(?<![\w])(?P<pro>[Ii]ts|[Tt]heir)(?=\s)")
#: what a possessive "its" / "their" may stand for: a state or one of its bodies ("their":
#: also its people under arms, "Kyrgyz border guards … their commander")
_OWNER_KINDS = {"its": _BODY_KINDS | {"state", "government"},
                "their": _BODY_KINDS | {"state", "government", "demonym"}}
#: what the owner of "its forces" / "their soldiers" may be: a state or a body that answers
#: for its forces (no news agency: "the agency said its reporters")
_FORCE_OWNER_KINDS = frozenset({"state", "government", "ministry", "military", "demonym"})
#: "its own troops": the word between the possessive and the forces
_OWN = re.compile(r"\s+own(?=\s)")


def _possessive_offices(text: str, mentions: list[ActorMention], sentence_starts: list[int],
                        dateline: list[tuple[int, int]]) -> list[ActorMention]:
    """"Its spokesman Philip Aguer said" after "South Sudan's army, the SPLA, captured
    Heglig": the office holder or body of the actor the possessive stands for (the first
    fitting actor of the nearest sentence before it that has one, as for "it said"); "its
    forces clashed" after "Libya's interior ministry said": its state's forces, which act
    rather than speak (none where that sentence names two states)."""
    pats = actor_patterns()
    cues = cue_patterns()
    quotes = quote_spans(text)
    masked = sorted(dateline + quotes)
    antecedents = [m for m in mentions if not inside(m.start, masked)]
    found = []
    for hit in _POSSESSIVE.finditer(text):
        pro = hit.group("pro").lower()
        if inside(hit.start(), quotes):
            continue
        title = pats["right_title"].match(text, hit.end())
        body = None if title else pats["right_body"].match(text, hit.end())
        own = None if title or body else _OWN.match(text, hit.end())
        body = pats["right_body"].match(text, own.end()) if own else body
        office = title or body
        if office is None or (title and title.group("title2")):
            continue
        end = office.end()
        found_body = _body_for(body.group("body")) if body is not None else None
        # the office speaks: "its spokesman (, Philip Aguer,) said", "…, said its spokesman";
        # or the owner's forces act ("Libya's interior ministry said its forces clashed")
        spoke = cues["verb_after"].match(text, end) or \
            (title and _NAME_AFTER.match(text, end)) or \
            _SPOKE_INVERTED.search(text, max(0, hit.start() - 14), hit.start())
        forces = not spoke and found_body is not None and found_body.party \
            and found_body.kind == "military"
        if not (spoke or forces):
            continue
        kinds = _OWNER_KINDS[pro] & _FORCE_OWNER_KINDS if forces else _OWNER_KINDS[pro]
        owner = _owner_before(text, hit.start(), antecedents, sentence_starts, kinds,
                              pro == "its", alone=forces)
        if owner is None:
            continue
        state = actor_tables()[1].get(owner.country_code)
        if body is not None:
            if found_body is None or state is None:
                continue
            name = found_body.name.format(country=state.name, demonym=state.demonym)
            found.append(ActorMention("", text[hit.start():end], hit.start(), end, name,
                                      owner.country_code, found_body.kind))
            continue
        person = _person(title.group("name"))
        named = _NAME_AFTER.match(text, end) if not person else None
        if named is not None:
            person, end = _person(named.group("name")), named.end("name")
        of = owner.name if owner.kind != "demonym" or state is None else state.name
        found.append(ActorMention("", text[hit.start():end], hit.start(), end,
                                  _official_name(person, _canonical_title(title.group("title")),
                                                 f"the {of}" if owner.kind in _BODY_KINDS
                                                 else of),
                                  owner.country_code, "official"))
    return found


def _owner_before(text: str, at: int, antecedents: list[ActorMention],
                  sentence_starts: list[int], kinds: frozenset[str], one: bool,
                  alone: bool = False) -> ActorMention | None:
    """The actor a possessive at ``at`` stands for: the first of ``kinds`` in the part of
    its sentence before it, else in the nearest of the three sentences before that has one
    (``one``: a single body, not people: "its" is never "Sudanese troops"; ``alone``: none
    when that sentence holds fitting actors of two states, whose forces "their
    soldiers" may be either's)."""
    k = bisect_right(sentence_starts, at) - 1
    for s_index in range(k, max(-1, k - 4), -1):
        s_start = sentence_starts[s_index] if s_index >= 0 else 0
        s_end = sentence_starts[s_index + 1] if s_index + 1 < len(sentence_starts) else at
        fitting = [m for m in antecedents if s_start <= m.start and m.end <= min(s_end, at)
                   and m.kind in kinds and (m.country_code or not one)
                   and not (one and _PEOPLE.search(m.surface))
                   and not _PLACED_AT.search(text, max(0, m.start - 8), m.start)]
        if fitting:
            if alone and len({m.country_code for m in fitting}) > 1:
                return None
            return fitting[0]
    return None


def _foreign_ministry(text: str, start: int, end: int,
                      antecedents: list[ActorMention]) -> ActorMention | None:
    """The foreign ministry of the government that opens a sentence in which it acts
    through one ("Moscow … summoned Armenia's ambassador"), as the antecedent of a
    following "the ministry"; None otherwise. ``antecedents``: those of that sentence
    (text[start:end]), in text order."""
    subject = antecedents[0] if antecedents else None
    if subject is None or subject.kind != "government" or not cue_patterns()[
            "foreign_ministry_acts"].search(text, start, end):
        return None
    body = _body_for("foreign ministry")
    country = actor_tables()[1].get(subject.country_code)
    if body is None or country is None:
        return None
    name = body.name.format(country=country.name, demonym=country.demonym)
    return ActorMention("", subject.surface, subject.start, subject.end, name,
                        subject.country_code, body.kind)


@lru_cache(maxsize=4096)
def _named_as_a_man(name: str) -> bool:
    """True if an official's name ("Vladimir Putin, President of Russia") opens with a
    first name gender-guesser knows as a man's; names it reads as a woman's are not used
    the other way round ("Nikol" is a woman's name to it)."""
    person = name.split(", ")[0] if ", " in name else ""
    if not person:
        return False
    return _gender_detector().get_gender(person.split()[0]) in ("male", "mostly_male")


@lru_cache(maxsize=1)
def _gender_detector():
    import gender_guesser.detector
    return gender_guesser.detector.Detector(case_sensitive=False)


@lru_cache(maxsize=1)
def _armed_group_names() -> frozenset[str]:
    """The claimants that are armed groups of no state (``non_state`` entities of kind
    military in actors.yaml: the PKK, the Taliban, M23), as "the group" may mean."""
    return frozenset(f.name for f in non_state_tables()[1] if f.kind == "military")


def _antecedent_test(pro: str, desc: str | None):
    """What an antecedent of ``pro`` ("he", "it", "the <desc>") must be, or None."""
    if desc is None:
        if pro.lower() == "it":             # not "Two Kyrgyz soldiers …, it said"
            return lambda m: m.kind in _BODY_KINDS and not _PEOPLE.search(m.surface)
        if pro.lower() == "they":           # "The Tajik border troops … They said"
            return lambda m: m.kind in _BODY_KINDS or m.kind == "official"
        if pro.lower() == "she":            # not "Vladimir Putin" (a man's first name)
            return lambda m: (m.kind in _PERSON_KINDS and not _named_as_a_man(m.name)
                              and not _MANY.search(m.surface))
        return lambda m: m.kind in _PERSON_KINDS and not _MANY.search(m.surface)
    generic = cue_patterns()["descriptions"].get(desc.lower())
    if generic is not None and generic.startswith("named "):
        # "The State Security Service": a body of that name, not any government (not the
        # de facto KGB quoted in between)
        kind, words = generic.split()[1], " ".join(desc.lower().split())
        return lambda m: m.kind == kind and words in " ".join(m.surface.lower().split())
    head = desc.lower()

    def named_so(m: ActorMention) -> bool:
        # "the service" after "Georgia's State Security Service said": a body whose name
        # ends in that word, whatever its kind
        return m.kind in _BODY_KINDS and m.surface.lower().split()[-1:] == [head]

    if generic == "military":           # a state's or one so named: not Hezbollah
        return lambda m: (m.kind == generic and (
            bool(m.country_code) or head in m.surface.lower())) or named_so(m)
    if generic == "armed group":        # "the group", "the rebels": no state's force
        return lambda m: m.name in _armed_group_names()
    if generic is not None:
        return lambda m: m.kind == generic or named_so(m)
    title = _title_of(desc)
    if title is not None:
        return lambda m: m.kind == "official" and f"{title} of" in m.name
    body = _body_for(desc)
    if body is not None:
        return lambda m: m.kind == body.kind
    return None


#: a state body named without its state: "…, the Defence Ministry said", "…, the JCS said"
_BARE_BODY = re.compile(r"(?<![\w])[Tt]he\s+(?P<body>(?i:defen[cs]e ministry|ministry of "
                        r"defen[cs]e|foreign ministry|ministry of foreign affairs|interior "
                        r"ministry|state border service|border service|joint chiefs of staff|"
                        r"general staff)|JCS)(?![\w])")
#: the city of a wire dateline: "BAKU, Nov 3 (APA) -" → "BAKU"
_DATELINE_CITY = re.compile(r"\s*([A-Z][A-Za-z’'\- ]*?)\s*[,(–—-]")


def _bodies_of_the_dateline(text: str, mentions: list[ActorMention],
                            spans: list[tuple[int, int]]) -> list[ActorMention]:
    """State bodies named without their state ("…, the Defence Ministry said") in an
    article filed from a capital ("BAKU, Nov 3 (APA) -"): that capital's state's, until
    the article names another state's ministry or government (from there "the ministry"
    may be that one, and ``_coreferences`` decides). ``spans``: ``dateline_spans``."""
    city = _DATELINE_CITY.match(text, spans[0][0], spans[0][1]) if spans else None
    code = capital_countries().get(city.group(1).strip().lower()) if city else None
    if code is None:
        return []
    # another state's ministry named before: "the ministry" may be its
    others = [m.start for m in mentions if m.kind in ("ministry", "government")
              and m.country_code not in ("", code)]
    country = actor_tables()[1][code]
    fill = {"country": country.name, "demonym": country.demonym}
    found = []
    for m in _BARE_BODY.finditer(text, spans[0][1], min(others, default=len(text))):
        body = _body_for(m.group("body"))
        if body is not None:
            found.append(ActorMention("", m.group(), m.start(), m.end(),
                                      body.name.format(**fill), code, body.kind))
    return found


#: police, the army or border guards named without their state, or their spokesman, as
#: the subject of a speech verb: "…, police said", "…, the army said", "…, border guards
#: said", "…, an army spokesman said"
_BARE_FORCE = re.compile(r"(?<![\w])(?:(?:[Tt]he|[Aa]n?)\s+)?(?P<force>[Pp]olice|army|military|"
                         r"[Bb]order\s+(?:guards|troops))"
                         r"(?:\s+spokes(?:man|woman|person))?"
                         r"(?=\s+" + speech_verbs("speaker") + r"(?![\w]))")


def _bare_forces(text: str, mentions: list[ActorMention], places: Iterable[Resolution],
                 spans: list[tuple[int, int]], sentence_starts: list[int],
                 described: bool = True) -> list[ActorMention]:
    """"…, police said", "…, the army said" with no state named: the police or armed forces
    of, in turn, the forces the sentence names acting (``_acting_forces_country``: their
    own army tells of them), the one state whose such forces the text has quoted before
    (``_quoted_forces_country``), and last the country of the dateline's town ("SRINAGAR,
    May 9 —"; it need not be a capital, unlike a ministry's). ``spans``:
    ``dateline_spans``; ``described``: also a definite description ("the army") that the
    sentence's acting forces do not settle, which ``_coreferences`` may link to an army
    named before."""
    pronoun = cue_patterns()["pronoun"]
    taken = _overlap_test((a.start, a.end) for a in mentions)
    found = []
    for m in _BARE_FORCE.finditer(text, spans[0][1] if spans else 0):
        if taken(m.start(), m.end()):
            continue
        body = _body_for(" ".join(m.group("force").split()))
        code = _acting_forces_country(text, m.start(), body, mentions, places,
                                      sentence_starts, spans)
        if not code and not described and pronoun.fullmatch(m.group()):
            continue
        code = code or _quoted_forces_country(text, m.start(), body, mentions) \
            or dateline_country(places, spans)
        country = actor_tables()[1].get(code)
        if country is not None:
            found.append(ActorMention("", m.group(), m.start(), m.end(), body.name.format(
                country=country.name, demonym=country.demonym), code, "military"))
    return found


def _named_as(body, m: ActorMention) -> bool:
    """Whether ``m`` is a state's ``body`` ("Israeli troops" of the armed forces, "Kyrgyz
    border guards" of the border guards)."""
    return m.kind == "military" and bool(m.country_code) and \
        m.name.endswith(body.name.removeprefix("{demonym}"))


def _acting_forces_country(text: str, at: int, body, mentions: list[ActorMention],
                           places: Iterable[Resolution], sentence_starts: list[int],
                           spans: list[tuple[int, int]]) -> str:
    """The state whose ``body`` the sentence of a bare "…, the army said" at ``at`` names
    acting, which then tells of its own ("BEIRUT — Israeli troops fought Hezbollah
    fighters near Metula, the army said": Israel's army): the only state whose forces the
    sentence names, fighting an armed group of no state or acting on their own ground
    only. Else "": two states' forces, or one state's on another's ground against no such
    group ("Pakistani troops fired on posts in Kupwara, the army said": the army whose
    posts were fired on, as likely)."""
    k = bisect_right(sentence_starts, at) - 1
    lo = max(sentence_starts[k] if k >= 0 else 0, spans[0][1] if spans else 0)
    named = [m for m in mentions if lo <= m.start and m.end <= at and m.kind == "military"
             and not _PLACED_AT.search(text, max(0, m.start - 8), m.start)]
    states = {m.country_code for m in named if m.country_code}
    if len(states) != 1 or not any(_named_as(body, m) for m in named):
        return ""
    code = next(iter(states))
    grounds = {r.place.country_code for r in places
               if r.place is not None and lo <= r.mention.start < at}
    against_a_group = any(not m.country_code for m in named)
    return code if against_a_group or grounds == {code} else ""


def _quoted_forces_country(text: str, at: int, body, mentions: list[ActorMention]) -> str:
    """The one state whose ``body`` the text quoted before ``at`` ("The Israeli military
    said …", then sentences on, "…, the army said"), not in a quotation; else ""."""
    quotes = quote_spans(text)
    voices = {m.country_code for m in mentions if m.end <= at and _named_as(body, m)
              and not inside(m.start, quotes)
              and (_speaks(text, m.start, m.end)
                   or _SPOKE_INVERTED.search(text, max(0, m.start - 14), m.start))}
    return voices.pop() if len(voices) == 1 else ""


def dateline_country(places: Iterable[Resolution], spans: list[tuple[int, int]]) -> str:
    """The country of the town a wire dateline names ("SRINAGAR, May 9 —" → "IN",
    "TBILISI, 18 January 2024 -" → "GE"), or "" (``spans``: ``dateline_spans``)."""
    return next((r.place.country_code for start, end in spans[:1] for r in places
                 if r.place is not None and start <= r.mention.start < end
                 and r.place.country_code), "")


#: an aside between a speaker and the verb: "a local official, speaking on condition of
#: anonymity, said"
_SPEAKER_ASIDE = re.compile(r",[^,;.“”\"]{1,60},")
#: a holder's name after a title: "Prime Minister Dr Keith Rowley"
_NAMED_HOLDER = r"\s+(?:(?:Dr|Mr|Mrs|Ms|Gen)\.?\s+)?[A-Z][\w’'-]+\s+[A-Z][\w’'-]+"
#: the kinds of mention that speak for a state (not its forces, whom a report tells of)
_STATE_VOICE_KINDS = frozenset({"government", "ministry", "official"})


@lru_cache(maxsize=1)
def _bare_home_office() -> re.Pattern:
    """An office of a state (a ``home`` title of actors.yaml) named with no state: "The
    defence minister", "the provincial police chief", "a local official", and local ones
    with no determiner: "…, local officials said" (groups "local" and "title")."""
    titles = "|".join(t.regex.pattern for t in actor_tables()[3] if t.home)
    local = r"(?i:provincial|regional|district|local|county|city|municipal)"
    return re.compile(rf"(?<![\w])(?:(?:[Tt]he|[Aa]n?)\s+(?:(?P<local>{local})\s+)?"
                      rf"|(?<![\w-]\s)(?P<bare>{local})\s+)(?P<title>{titles})")


def _speaks(text: str, start: int, end: int) -> bool:
    """Whether the mention at ``text[start:end]`` is the subject of a speech or denial verb
    ("… told parliament", "…, speaking on condition of anonymity, said") or a source
    ("according to …")."""
    cues = cue_patterns()
    aside = _SPEAKER_ASIDE.match(text, end)
    return bool(cues["verb_after"].match(text, aside.end() if aside else end)
                or cues["cue_before"].search(text, max(0, start - 30), start))


def _home_country_of_the_dateline(text: str, places: Iterable[Resolution],
                                   spans: list[tuple[int, int]]) -> str:
    """The state of the dateline's town (or capital's: "YEREVAN -"), or ""."""
    code = dateline_country(places, spans)
    if not code and spans:
        city = _DATELINE_CITY.match(text, spans[0][0], spans[0][1])
        code = capital_countries().get(city.group(1).strip().lower(), "") if city else ""
    return code


@lru_cache(maxsize=None)
def _held_title(title: str) -> re.Pattern:
    """A ``title`` (a regex's text) followed by its holder's name."""
    return re.compile(title + _NAMED_HOLDER)


def _voices_before(text: str, mentions: list[ActorMention]):
    """A function ``at -> code``: the one state whose voices (governments, ministries,
    office holders; not forces, nor a capital as a place: "the mission in Washington")
    the text named before ``at``, or "" (none or several) — computed once per article."""
    voices = sorted((a.end, a.country_code) for a in mentions if a.country_code
                    and a.kind in _STATE_VOICE_KINDS and not after_locative(text, a.start))
    ends, codes, seen = [], [], set()
    for end, code in voices:
        seen.add(code)
        ends.append(end)
        codes.append(next(iter(seen)) if len(seen) == 1 else "")

    def one(at: int) -> str:
        k = bisect_right(ends, at)
        return codes[k - 1] if k else ""
    return one


def _first_holders(text: str, mentions: list[ActorMention]):
    """A function ``title -> end``: where the first holder named after ``title`` (a
    regex) with no state ("Prime Minister Keith Rowley") ends, outside other mentions."""
    taken = _overlap_test((a.start, a.end) for a in mentions)

    @lru_cache(maxsize=None)
    def first(title: str) -> int:
        return next((m.end() for m in _held_title(title).finditer(text)
                     if not taken(m.start(), m.start() + 1)), len(text) + 1)
    return first


def _local_country(at: int, sentence_starts: list[int], places: list[Resolution]) -> str:
    """The state of the last place the sentence of ``at`` names before it ("… in Russia's
    Belgorod region overnight, regional officials said": Russia's officials), else ""."""
    k = bisect_right(sentence_starts, at) - 1
    opening = sentence_starts[k] if k >= 0 else 0
    return next((r.place.country_code for r in reversed(places)
                 if opening <= r.mention.start < at and r.place is not None
                 and r.place.country_code), "")


def _home_offices(text: str, mentions: list[ActorMention], places: Iterable[Resolution],
                  spans: list[tuple[int, int]], sentence_starts: list[int] = ()
                  ) -> list[ActorMention]:
    """A state's office named without its state as a speaker ("The defence minister told
    parliament …" filed from Yerevan, "…, the DGMO said" from New Delhi, "…, the provincial
    police chief said"), no holder of which was named before (``_coreferences`` has linked
    those): the office of the dateline's state, else of the one state whose voices the
    text named before it (``_voices_before``), unless it named the holder before with no
    state ("Prime Minister Keith Rowley … the prime minister said"). Not once another
    state's holder was named before it ("the Pakistani DGMO called his Indian
    counterpart. The DGMO said": either). Local officials ("…, regional officials said")
    are of the state of the place their sentence names (``_local_country``), else of the
    dateline's, never of a state named before."""
    found = []
    places = sorted((r for r in places if r.place is not None), key=lambda r: r.mention.start)
    start = spans[0][1] if spans else 0
    taken = _overlap_test((a.start, a.end) for a in mentions)
    dateline = _home_country_of_the_dateline(text, places, spans)
    voice = _voices_before(text, mentions)
    holder_end = _first_holders(text, mentions)
    titled = {}                             # a title → the (start, state) of "<title> of"s
    for m in _bare_home_office().finditer(text, start):
        if taken(m.start(), m.end()) or not _speaks(text, m.start(), m.end()):
            continue
        office = next(t for t in actor_tables()[3] if t.regex.fullmatch(m.group("title")))
        title = office.title.lower()        # (a minister's: "Foreign Minister of Armenia")
        local = m.group("local") or m.group("bare")
        if local:
            code = _local_country(m.start(), sentence_starts, places) or dateline
        else:
            code = dateline or (voice(m.start()) if holder_end(office.regex.pattern)
                                > m.start() else "")
        country = actor_tables()[1].get(code)
        if title not in titled:
            titled[title] = [(a.start, a.country_code) for a in mentions
                             if f"{title} of" in a.name.lower()]
        if country is None or any(s < m.start() and c != code for s, c in titled[title]):
            continue
        name = f"{local.lower()} {office.title} ({country.name})" if local \
            else _official_name("", office.title, country.name)
        found.append(ActorMention("", m.group(), m.start(), m.end(), name, code, "official"))
    return found


#: a local office holder titled before his name, his place unwritten: "Governor Robert
#: Ghukasyan said", "Mayor Vahe Hakobyan", "…, regional governor Vyacheslav Gladkov said"
_TITLED_LOCAL_HEAD = re.compile(r"(?<![\w])(?:(?i:acting|regional|provincial)\s+)*"
                                r"(?P<title>[Gg]overnor|[Mm]ayor|(?i:district\s+(?:chief|head)|"
                                r"community\s+(?:leader|head)|village\s+(?:chief|head)))\s+"
                                r"(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,2})"
                                r"(?![\w’'\-])")


#: the same office unnamed: "…, wounding one, the governor said", "the acting regional
#: governor said" (not "the governor of Syunik", whom ``_regional_officials`` finds with
#: his place)
_UNNAMED_LOCAL_HEAD = re.compile(r"(?<![\w])(?i:the)\s+(?:acting\s+)?"
                                 r"(?:regional\s+|provincial\s+)?"
                                 r"(?P<title>governor|mayor)(?![\w])(?!\s+of\s)(?!['’]s)"
                                 r"(?!\s+[A-Z])")


def _state_name(code: str) -> str:
    """"AM" → "Armenia" (the actor tables' name of the state), else the code."""
    state = actor_tables()[1].get(code)
    return state.name if state is not None else code


def _titled_local_heads(text: str, officials: list[ActorMention],
                        places: Iterable[Resolution], spans: list[tuple[int, int]]
                        ) -> list[ActorMention]:
    """"Governor Robert Ghukasyan said", his place unwritten: the one governor the article
    names with a place ("Syunik's governor …. Governor Robert Ghukasyan said"), else, in
    an article filed from a town ("KAPAN, October 16 -") that names another place of the
    town's country (Kajaran), a governor of that country. ``officials``: those
    ``_regional_officials`` found."""
    if not _LOCAL_TITLE_WORDS.search(text):
        return []                       # most articles: no office to look for
    heads = [*_TITLED_LOCAL_HEAD.finditer(text), *_UNNAMED_LOCAL_HEAD.finditer(text)]
    code = dateline_country(places, spans)
    if code and not any(r.place is not None and r.place.country_code == code
                        and r.place.kind != "country" and r.mention.start >= spans[0][1]
                        for r in places):
        code = ""
    found = []
    for m in sorted(heads, key=lambda m: m.start()):
        if any(a.start < m.end() and m.start() < a.end for a in officials):
            continue
        title = m.group("title").lower()
        person = _person(m.group("name")) if m.groupdict().get("name") else ""
        offices = {(_role(a.name), a.country_code) for a in officials
                   if _role(a.name).startswith(f"{title} of ")}
        if len(offices) == 1:
            ((role, country),) = offices
            found.append(ActorMention("", m.group(), m.start(), m.end(),
                                      f"{person}, {role}" if person else role, country,
                                      "official"))
        elif code and m.start() >= spans[0][1]:
            found.append(ActorMention("", m.group(), m.start(), m.end(),
                                      f"{person}, {title}" if person
                                      else f"{title} ({_state_name(code)})",
                                      code, "official"))
        elif (seat := _seat_named_before(m.start(), title, places)) is not None:
            role = f"{title} of {seat.place.name}"
            found.append(ActorMention("", m.group(), m.start(), m.end(),
                                      f"{person}, {role}" if person else role,
                                      seat.place.country_code, "official"))
    return found


#: what ``_titled_local_heads`` looks for (most articles have none)
_LOCAL_TITLE_WORDS = re.compile(r"(?i:governor|mayor|district\s+(?:chief|head)|"
                                r"community\s+(?:leader|head)|village\s+(?:chief|head))")
#: the kinds of place each local office heads: a governor a province, a mayor a town
_SEAT_KINDS = {"governor": ("province", "region"), "mayor": ("city", "town"),
               # (a district is often named after its seat: "Mae Sot district")
               "district": ("district", "town", "city"), "community": ("village", "town"),
               "village": ("village", "town")}
#: how far before its holder's title the seat is looked for (characters)
_SEAT_REACH = 300


def _seat_named_before(at: int, title: str, places: Iterable[Resolution]
                       ) -> Resolution | None:
    """The place a local office holder titled without it heads ("…, in Armenia's Syunik
    province on Wednesday, provincial governor Robert Ghukasyan said"): the last place of
    the office's kind named shortly before the title, when places of that kind named there
    are all one; else None."""
    kinds = _SEAT_KINDS[title.split()[0]]
    named = [r for r in places if r.place is not None and r.place.kind in kinds
             and r.place.country_code and at - _SEAT_REACH <= r.mention.end <= at]
    return named[-1] if named and len({r.place.id for r in named}) == 1 else None


#: officials named by the place they serve: "officials in Azad Kashmir", "an official in
#: Sidakan", "the counter-terrorism service in Sulaimaniyah", "Neelum authorities" (group
#: "noun": what speaks)
_OFFICIALS_BEFORE_PLACE = re.compile(r"(?<![\w])(?P<noun>officials|authorities|official|"
                                     r"(?:[a-z-]+\s+)?service)\s+in\s+(?:the\s+)?$")
_OFFICIALS_AFTER_PLACE = re.compile(r"\s+(?P<noun>officials|authorities)(?![\w])")


def _officials_of_the_place(text: str, mentions: list[ActorMention],
                            places: Iterable[Resolution], spans: list[tuple[int, int]]
                            ) -> list[ActorMention]:
    """"…, officials in Azad Kashmir said" in an article filed from a town of the same
    country ("MUZAFFARABAD, 8 May 2025 -"): that country's officials. Not under another
    country's dateline, where the place may be held by the other side ("officials in
    Donetsk" filed from Moscow), nor a place of a claimant that is no state (Stepanakert)."""
    code = dateline_country(places, spans)
    if not code:
        return []
    anchors = non_state_tables()[0]
    found = []
    for r in places:
        where = r.mention
        if r.place is None or r.place.kind == "country" or r.place.country_code != code \
                or where.start < spans[0][1] or any(w in where.surface for w in anchors):
            continue
        before = _OFFICIALS_BEFORE_PLACE.search(text, max(0, where.start - 40), where.start)
        after = _OFFICIALS_AFTER_PLACE.match(text, where.end) if before is None else None
        if before is None and after is None:
            continue
        start, end = (before.start(), where.end) if before else (where.start, after.end())
        if any(a.start < end and start < a.end for a in mentions):
            continue                    # "officials in Islamabad": its government
        noun = (before or after).group("noun")
        found.append(ActorMention("", text[start:end], start, end,
                                  f"{noun} of {_place_as_told(text, where)}", code, "official"))
    return found


#: a village's head named by office alone: "the village head said", "the head of the
#: village", "the community head"
_VILLAGE_HEAD = re.compile(r"(?<![\w])(?i:the)\s+(?:(?:village|community)\s+(?P<office>head|"
                           r"chief|mayor|elder)|(?P<head>head|mayor)\s+of\s+the\s+(?:village|"
                           r"community))(?![\w])")
#: the settlements a village head may be the head of
_HEADED_KINDS = frozenset({"village", "town"})


def _village_heads(text: str, mentions: list[ActorMention], places: tuple[Resolution, ...]
                   ) -> list[ActorMention]:
    """"…, damaging three houses, the village head said": the head of the village the text
    named last before it (a village or town, at most 300 characters before), of that
    village's country."""
    found = []
    if "illage" not in text and "ommunity" not in text:
        return found                    # most articles: no village to head
    for m in _VILLAGE_HEAD.finditer(text):
        if any(a.start < m.end() and m.start() < a.end for a in mentions):
            continue
        village = next((r for r in reversed(places) if r.place is not None
                        and r.place.kind in _HEADED_KINDS
                        and m.start() - 300 <= r.mention.end <= m.start()), None)
        if village is None:
            continue
        title = "mayor" if "mayor" in m.group().lower() else "village head"
        found.append(ActorMention("", m.group(), m.start(), m.end(),
                                  f"{title} of {_place_as_told(text, village.mention)}",
                                  village.place.country_code, "official"))
    return found


def _placed_elsewhere(places: Iterable[Resolution]) -> dict[int, str]:
    """Where a mention starts → the country of the place the gazetteer gave it: a capital's
    name read as its government ("Athens said") must be that capital, not a town of the
    same name in another country ("a gunman opened fire in Athens, Texas")."""
    return {r.mention.start: r.place.country_code for r in places
            if r.place is not None and r.place.country_code}


@lru_cache(maxsize=1)
def _heading_pattern() -> re.Pattern:
    """A line that heads an official text and names its author (group ``by`` or
    ``author``), before or after what the text is (``statement_genres`` of data/cues.yaml):
    "Statement by the General Command of the Army", "Ministry of Defence of Azerbaijan –
    Information", "PRESS RELEASE – Government of Côte d'Ivoire". The author is a name
    (capitalised words joined by "of", "the", "and", "for"), so a headline ("Azerbaijan
    rejects Armenian statement") is none."""
    genre = r"(?i:(?:official\s+|joint\s+)?(?:" + \
        cue_patterns()["statement_genres"] + r"))"
    # "Côte d'Ivoire": a name's particle before a capital
    name = r"(?:the\s+)?[A-Z][\w’'.&()-]*(?:\s+(?:of|the|and|for|on|(?:d['’]|de\s+|du\s+)?" \
        r"[A-Z][\w’'.&()-]*))*"
    # "PRESS RELEASE – Government of Côte d'Ivoire": the genre, a dash, the author
    return re.compile(rf"[ \t]*(?:{genre}(?:\s+(?i:of|by|from)|\s*[–—:|-])\s+(?P<by>{name})|"
                      rf"(?P<author>{name})(?:\s*[–—:|-])?\s+{genre})[ \t]*\.?[ \t]*(?=\n|$)")


#: a line (with its end) at most this long may be a heading (characters)
_HEADING_CHARS = 140


@lru_cache(maxsize=64)
def statement_headings(text: str) -> tuple[tuple[int, int, int], ...]:
    """(start, end, scope end) of each line heading an official text: the text from the
    line's end to the next such heading (or the end) is the statement of the author the
    line names."""
    pattern = _heading_pattern()
    lines = []
    at = 0
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if 0 < end - at <= _HEADING_CHARS and pattern.match(text, at, end):
            lines.append((at, end))
        at = end + 1
    return tuple((start, end, lines[k + 1][0] if k + 1 < len(lines) else len(text))
                 for k, (start, end) in enumerate(lines))


#: what a heading's author may be: a state's body or office holder (not a state's bare
#: name: "Ukraine update" heads no statement of Ukraine's)
_AUTHOR_KINDS = frozenset({"government", "ministry", "military", "official", "agency"})


def _authors(text: str, mentions: Iterable[ActorMention]
             ) -> list[tuple[int, int, ActorMention]]:
    """(scope start, scope end, author) of each statement heading that names a state body
    among ``mentions`` (the first it names)."""
    mentions = list(mentions)
    found = []
    for start, end, scope_end in statement_headings(text):
        author = next((m for m in mentions if start <= m.start < end
                       and m.kind in _AUTHOR_KINDS and m.country_code), None)
        if author is not None:
            found.append((end, scope_end, author))
    return found


@lru_cache(maxsize=64)
def statement_authors(text: str) -> tuple[tuple[int, int, ActorMention], ...]:
    """(scope start, scope end, author) of each official text a heading line of ``text``
    names the author of ("Ministry of Defence of Azerbaijan – Information"): its words,
    up to the next heading, are that author's. The author's mention is found in the
    heading line alone (offsets in ``text``)."""
    found = []
    for start, end, scope_end in statement_headings(text):
        line = Article("", text[start:end])
        author = next((m for m in _mentions_of(line, (), ())
                       if m.kind in _AUTHOR_KINDS and m.country_code), None)
        if author is not None:
            found.append((end, scope_end, ActorMention(
                "", author.surface, author.start + start, author.end + start, author.name,
                author.country_code, author.kind)))
    return tuple(found)


def statement_author(text: str, at: int, actors: Iterable[ActorMention] | None = None
                     ) -> ActorMention | None:
    """The author of the official text whose scope holds position ``at``, or None: among
    the article's ``actors`` (``find_actors``', which know a heading's author of no named
    state by the ground it calls its own), else found in the heading line alone."""
    scopes = _authors(text, actors) if actors is not None else statement_authors(text)
    return next((a for s, e, a in scopes if s <= at < e), None)


#: what the author of an official text calls its own, and where: "our military points in
#: the southern countryside of Quneitra" (the place after it: group ``at``)
_OWN_GROUND = re.compile(r"(?<![\w])[Oo]ur\s+(?:[\w-]+\s+){0,3}?(?:in|near|at|around)\s+"
                         r"(?P<at>[^,;.\n]{0,60})")
#: words that make a heading's author of no named state a military command
_MILITARY_WORDS = re.compile(r"(?<![\w])(?:Army|Armed Forces|Command|General Staff|Forces|"
                             r"Guard|Border)(?![\w])")


def _stateless_authors(text: str, mentions: list[ActorMention],
                       places: tuple[Resolution, ...]) -> list[ActorMention]:
    """The author a heading names without its state ("Statement by the General Command of
    the Army and the Armed Forces"), of the state whose ground the text calls its own ("our
    military points in the southern countryside of Quneitra": Syria's); none when the text
    places nothing of its own."""
    found = []
    for start, end, scope_end in statement_headings(text):
        if any(start <= m.start < end for m in mentions):
            continue
        heading = _heading_pattern().match(text, start, end)
        group = "by" if heading.group("by") else "author"
        written = heading.group(group).strip()
        code = next((r.place.country_code for m in _OWN_GROUND.finditer(text, end, scope_end)
                     for r in places if m.start("at") <= r.mention.start < m.end("at")
                     and r.place is not None and r.place.country_code), "")
        state = actor_tables()[1].get(code)
        if state is None:
            continue
        kind = "military" if _MILITARY_WORDS.search(written) else \
            "ministry" if "Ministry" in written else "government"
        name = written[4:] if written.startswith("the ") else written
        at = heading.start(group)
        found.append(ActorMention("", written, at, at + len(written), f"{name} ({state.name})",
                                  code, kind))
    return found


#: the author of an official text speaking of itself: "our positions", "we deny"
_FIRST_PERSON = re.compile(r"(?<![\w])(?:[Ww]e|[Oo]ur|us|[Oo]urs)(?![\w’'])")


def _first_person(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """"Armenian forces fired at our positions", under "Ministry of Defence of Azerbaijan
    – Information": "our" is the author (its state's side), as is "we" (its voice), outside
    quotations of others."""
    quotes = quote_spans(text)
    found = []
    for scope_start, scope_end, author in _authors(text, mentions):
        for m in _FIRST_PERSON.finditer(text, scope_start, scope_end):
            if not inside(m.start(), quotes):
                found.append(ActorMention("", m.group(), m.start(), m.end(), author.name,
                                          author.country_code, author.kind))
    return found


def find_actors(article: Article, sentences: tuple[Sentence, ...] = (),
                places: Iterable[Resolution] = ()) -> tuple[ActorMention, ...]:
    """Every actor mention of ``article`` in text order; ``sentences`` (split here when
    empty) bound the search for the antecedent of "he said"; ``places`` (the article's
    resolved place mentions) give regional officials their country."""
    places = tuple(places)
    mentions = _mentions_of(article, sentences, places)
    if statement_headings(article.text):
        mentions = _select(mentions + _stateless_authors(article.text, mentions, places))
        mentions = _select(mentions + _first_person(article.text, mentions))
    return tuple(ActorMention(article.id, m.surface, m.start, m.end, m.name, m.country_code,
                              m.kind) for m in mentions)


def _mentions_of(article: Article, sentences: tuple[Sentence, ...],
                 places: Iterable[Resolution]) -> list[ActorMention]:
    """``find_actors``' mentions, but those of an official text's first person."""
    text = article.text
    places = tuple(places)
    _, countries, *_ = actor_tables()
    raw = []
    elsewhere = _placed_elsewhere(places)
    for start, end, entry in _named_hits(text):
        if entry.kind == "capital" and elsewhere.get(start, entry.country) != entry.country:
            continue                        # "Athens, Texas": a town, no government
        if entry.kind == "force":
            holder = _force_office(text, start, end, entry, countries)
            if holder is not None:
                raw.append(holder)
                continue
        if entry.kind in ("agency", "force"):       # a force is its state's military
            raw.append(ActorMention("", text[start:end], start, end, entry.name, entry.country,
                                    "agency" if entry.kind == "agency" else "military"))
            continue
        if entry.kind == "person":
            raw.append(_known_person(text, start, end, entry, countries))
            continue
        phrase = _phrase(text, start, end, entry, countries)
        if phrase is not None:
            raw.append(phrase)
    raw.extend(_non_state_hits(text))
    regional = _regional_officials(text, places)
    dateline = dateline_spans(text)
    raw.extend(regional + _titled_local_heads(text, regional, places, dateline))
    if not sentences:
        from ..text.sentences import split_sentences
        sentences = split_sentences(article)
    starts = [s.start for s in sentences]
    mentions = _complete_officials(_select(raw), starts)
    mentions = _select(mentions + _organisations(text, mentions, places))
    mentions = _select(mentions + _surname_mentions(text, mentions))
    mentions = _select(mentions + _nation_ministries(text, mentions))
    mentions = _select(mentions + _bodies_of_the_dateline(text, mentions, dateline))
    # "…, police said; later in the day they said": the police are there to link "they" to
    # (not "the army", which ``_coreferences`` may link to an army named before, unless its
    # sentence names the forces it tells of)
    mentions = _select(mentions + _bare_forces(text, mentions, places, dateline, starts,
                                               described=False))
    mentions = _select(mentions + _coreferences(text, mentions, starts, dateline))
    mentions = _select(mentions + _counted_again(text, mentions))
    mentions = _select(mentions + _possessive_offices(text, mentions, starts, dateline))
    mentions = _select(mentions + _bare_forces(text, mentions, places, dateline, starts))
    mentions = _select(mentions + _home_offices(text, mentions, places, dateline, starts))
    mentions = _select(mentions + _officials_of_the_place(text, mentions, places, dateline))
    return _select(mentions + _village_heads(text, mentions, places))
