"""Claims: who says so (the claimant, normalised to a country, or one of the claimants
that are no state, whose country is "") and whether they assert or deny.

A sentence is a claim when it carries an attribution cue ("said", "according to", "a
statement put out by", "VOA wrote") or a denial cue ("denied", "dismissed as baseless")
with an actor as its subject or source. The claimant is

1. the first actor after a source cue ("according to the Iranian foreign ministry");
2. else the actor nearest before a speech or denial verb, outside quotations and
   relative clauses, skipping compounds such as "Iran-Azerbaijan relations" (or right
   after it when inverted: "…,” said the ministry");
3. else a nation's body that no actor names ("the Armenian ministry said", "Iranian
   border police in Jolfa denied"; the ``nation_bodies`` table of data/cues.yaml);
4. else an unnamed "military official" whose country, for a denial, is the side whose
   deed is denied ("reports about the deployment of Iranian troops" → Iran);
5. else, for a sentence telling an event or a denial, the author of the official text
   it belongs to, named by a heading line ("Ministry of Defence of Azerbaijan –
   Information"; ``actors.statement_author``).

The stance is ``denies`` when a denial bears on a violent or military event or on a report
of one: "denied it fired", "did not open fire", "such reports are completely groundless".
"Raisi rejected any change in the borders" bears on no event and stays ``asserts``.

A rebuttal set after a claim (", a charge Caracas rejected") is the rebutter's denial, never
its assertion; a speaker who only says it cannot confirm the event ("had no information
about such an attack") makes no claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import ActorMention
from ..text.speech_verbs import speech_verbs
from .actors import statement_author
from .events import EventCue, find_event
from .spans import Span, after_locative, inside, overlaps, quote_spans
from .tables import (actor_tables, cue_patterns, nation_body_table, non_state_tables,
                     organisation_kind)

#: actor kinds that can speak for themselves
_SPEAKERS = frozenset({"official", "ministry", "government", "agency", "military", "state",
                       "monitor"})
_GENERIC_SPEAKER = re.compile(
    r"(?i:(?:an?|the)\s+(?P<who>(?:[\w-]+\s+){0,2}?(?:official|spokes(?:man|woman|person)|"
    r"source|officer|commander|diplomat)s?|(?:defen[cs]e\s+)?ministry(?:\s+of\s+defen[cs]e)?))"
    r"\s+(?:\w+\s+)?$")


#: a subject no actor names, right before its verb: "…, state media reported"
_UNNAMED_SUBJECT = re.compile(
    r"(?<![\w-])(?i:(?:state|local|official|government|pro-government|independent|"
    r"social|news)\s+(?:media|television|TV|outlets?|press)|witnesses|residents|locals|"
    r"sources|activists|observers)\s+(?:\w+ly\s+|also\s+)?$")
#: "sources" as a subject, and the bodies they may be inside of ("military sources")
_SOURCES = re.compile(r"(?i:sources)(?![\w])")
_SOURCE_BODIES = frozenset({"military", "ministry", "government"})
#: what ends the phrase a source is named in
_CLAUSE_BREAK = re.compile(r"[,;:.]")
#: a nation's media, group 1 the nation: "the Armenian state media", "Russian military bloggers"
_MEDIA_OF_A_NATION = (r"(?:the\s+)?([A-Z][\w’'\-]+)(?:['’]s)?\s+(?i:(?:state\s+|local\s+|"
                      r"official\s+|pro-government\s+)?{nouns})")


@lru_cache(maxsize=1)
def _nation_media() -> tuple[re.Pattern, re.Pattern]:
    """("according to Armenian media", "citing Iranian state television": a nation's media
    after a source cue; "Armenian media reported", "Iran's state television said", "Russian
    military bloggers reported": a nation's media as the subject right before its verb),
    group 1 the nation; the nouns are ``media_nouns`` of data/cues.yaml."""
    media = _MEDIA_OF_A_NATION.format(nouns=cue_patterns()["media_nouns"])
    return (re.compile(r"\s+" + media + r"(?![\w])"),
            re.compile(media + r"(?P<end>)\s+(?:\w+ly\s+|also\s+)?$"))

#: what makes an actor before a verb no subject of it: the agent of a deed ("a violation
#: of its airspace by Iran, saying"), its target ("strikes against PKK positions"), the one
#: called, met or interviewed by ("in a telephone call with Armenian Prime Minister Nikol
#: Pashinyan, said", "in an interview with Turkey's Anadolu news agency on Monday, said")
_NOT_SUBJECT = re.compile(r"(?<![\w])(?i:by|against|(?:call|calls|talks|meeting|"
                          r"conversation|contact|met|interview|interviews)\s+with)\s+(?:the\s+)?"
                          r"(?:[A-Z][\w’'\-]*(?:['’]s)?\s+)?$")
#: a subject inside a clause of time: "The clash came weeks after President Raisi warned
#: the Taliban" tells what was once said, not a claim about this event
_TIME_CLAUSE = re.compile(r"(?<![\w])(?i:after|before|since|until)\s+(?:the\s+)?$")
#: fire denied in so many words, where no event cue is left to negate: "no shots were
#: fired from its side"
_NO_FIRE = re.compile(r"(?<![\w])(?i:no\s+(?:shots?|fire)\s+(?:was|were|had\s+been|has\s+"
                      r"been)\s+(?:fired|opened)"
                      # "said there had been no shooting anywhere along the border"
                      r"|there\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+no\s+"
                      r"(?:shooting|shelling|firing|gunfire|shots|fire|exchange\s+of\s+fire|"
                      # "There was no such incident."
                      r"such\s+(?:incident|shooting|shelling|attack|thing)s?)"
                      # "said that nothing of the kind had happened"
                      r"|nothing\s+of\s+the\s+(?:kind|sort)|no\s+such\s+(?:incident|"
                      r"shooting|shelling|attack|thing)s?\s+(?:had\s+|has\s+)?(?:taken\s+"
                      r"place|happened|occurred|was\s+recorded|had\s+been\s+recorded))(?![\w])")
#: the other nation's victims a report told of denied: "no Pakistani nationals had been
#: targeted" (not a side's own "no civilians were hurt", which tells of its losses)
_NO_VICTIMS = re.compile(r"(?<![\w])[Nn]o\s+[A-Z][\w-]+\s+(?:nationals|citizens)\s+"
                         r"(?:had\s+been|have\s+been|were|was)\s+(?:targeted|harmed|hurt|hit|"
                         r"killed|injured|wounded)(?![\w])")
#: a denial bearing on a clause: "denied that the attackers had come from Pakistan"
_DENIED_THAT = re.compile(r"(?<![\w])(?i:" + speech_verbs("deny") + r")\s+"
                          # "denied on Saturday that", "denied in a statement that"
                          r"(?:(?:(?:late|early)\s+)?on\s+\w+\s+|yesterday\s+|today\s+|"
                          r"in\s+a\s+statement\s+)?that\s+"
                          r"(?!(?:claims?|reports?|allegations?|accusations?)\b)")
#: a denial that what was told happened: "said there was no evidence the attackers had
#: crossed from Colombian territory", "no proof that its troops were involved", "no
#: evidence that Colombian troops took part" (what follows: a determiner, or a capital
#: opening a name or a demonym, not a word's end)
_NO_EVIDENCE = re.compile(r"(?<![\w])(?i:there\s+(?:is|was|has\s+been|had\s+been)\s+no|"
                          r"(?:had|has|have|found|saw|seen)\s+no)\s+(?:(?:credible|such)\s+)?"
                          r"(?i:evidence|proof|indication|sign)s?\s+(?:(?:that|of)\s+)?"
                          r"(?=(?:the|its|his|her|their|any|an?)\b|[A-Z])")
#: a deed denied in so many words where no event cue names it: "denied losing any
#: aircraft", "denies violating the ceasefire" (the deed just told)
_DENIED_DOING = re.compile(r"(?<![\w])(?i:" + speech_verbs("denial") + r")\s+"
                           r"(?:ever\s+|any\s+)?(?!(?:being|having)\b)[a-z]+ing\s+"
                           r"(?:any|an?|the|its|their|his|her)\b")
#: a speech verb no one spoke: "Neither the Pakistan Army nor the ISPR has said that …",
#: "India has not confirmed …" (what is told there is reported by no one)
_NOT_SAID = re.compile(r"(?<![\w])(?i:(?:has|have|had|did|does|do|would|will|could)\s+not|"
                       r"(?:hasn|haven|hadn|didn|doesn|don|won|wouldn|couldn)['’]t|never|"
                       r"(?:has|have|had)\s+(?:yet\s+)?to)\s+(?:yet\s+|publicly\s+|"
                       r"officially\s+)?$")
_NEITHER_NOR = re.compile(r"(?<![\w])(?i:neither)\s+[^,;:.]{1,80}?\s(?i:nor)\s+[^,;:.]{1,80}$")
#: "Pakistan's claims", "the claims": a report noun, not a speech verb
_OWNED_NOUN = re.compile(r"(?:['’]s|(?<![\w])(?i:the|its|their|his|her|these|those|such|"
                         r"of|all|any|similar))\s+$")


@lru_cache(maxsize=1)
def _nation_bodies() -> re.Pattern:
    """A nation's body no actor names as the subject right before its verb: "the Armenian
    ministry", "Iranian border police in Jolfa"."""
    body = nation_body_table()
    return re.compile(
        r"(?:the\s+)?([A-Z][\w’'\-]+)(?:['’]s)?\s+(?P<body>(?i:" + body + r"))(?![\w])"
        r"(?P<end>)(?:\s+in\s+[A-Z][\w’'\-]+)?\s+(?:\w+ly\s+|also\s+)?$")


def _body_named(words: str):
    """The state body of actors.yaml a bare "ministry", "defence ministry" names (a bare
    ministry, denying a deed of its side's forces, is taken as its defence ministry)."""
    words = " ".join(words.lower().split())
    if words == "ministry":
        words = "defence ministry"
    return next((b for b in actor_tables()[2] if b.regex.fullmatch(words)), None)


#: a preposition before a verb's "-ing" form: "aimed at warning Baku" is no one speaking
_GERUND_AFTER = re.compile(r"(?<![\w])(?i:at|by|for|of|in|on|without|after|before|from)\s+$")
#: "added to" a thing is no speech: "the strikes have added to a sense that …"
_ADDED_TO = re.compile(r"\s+to\s+(?!(?:reporters|journalists|the\s+press)\b)"
                       r"(?!(?:its|their|his|her|the|an?|this|that)\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:statements?|remarks|comments?|briefing|post|message|report)\b)")
#: speech verbs spelled like a noun of report ("Taliban claims that …")
_REPORT_NOUN_VERB = re.compile(r"(?i:claims|reports|statements)")
_COORDINATED = re.compile(r"(?<![\w])and\s+(?:\w+ly\s+|also\s+)?$")
#: what follows the speaker of an inverted verb: the end of the sentence or clause, or
#: when and how it spoke (", said the ministry on Monday"), not another verb (", said
#: Russian forces shelled Vovchansk": an apposition's comma, the actor reported on)
_INVERTED_END = re.compile(r"\s*(?:[.,;:!?”\")\n]|['’](?!s\b)|$|(?:on|in|at|late|early|"
                           r"earlier|later|told|adding|citing|via|according|quoted|whose|which|"
                           r"who)\b)")
#: an apposition set off by commas right before a speech verb: "Mykhailo Podolyak, an
#: adviser to President Volodymyr Zelenskiy, said", "General Valery Gerasimov, chief of
#: Russia's general staff, told" (whom it names is not the subject)
_APPOSITION_BEFORE = re.compile(r",\s+(?:(?:an?|the)\s+)?(?!(?:an?|the)\s)[a-z][^,;:“”\"]{0,80}"
                                r",\s*$")
#: ", <subject> said" closing a report: the subject is what lies after the comma
_SET_OFF = re.compile(r"[,;:—–]\s+(?:[^,;:—–]{1,60})$")
#: what may stand between an aside's closing comma and the verb of the subject before it
_NO_SUBJECT = re.compile(r"\s*(?:(?:has|have|had|also|then|later|again|further|would|will|"
                         r"is|was|has also|had also|once again)\s+)*")


def _set_off_subject(text: str, start: int, verb: re.Match) -> int:
    """Where the subject of a finite speech verb ending a sentence's report begins: after
    the comma that sets it off ("… shelled Alibeyli, wounding two, local police chief
    Elchin Mammadov said": no actor of the report is the speaker), else the sentence's
    ``start``. A verb's "-ing" form ("…, saying Armenia launched …") takes the subject
    before the comma."""
    if verb.group().endswith("ing"):
        return start
    m = _SET_OFF.search(text, max(start, verb.start() - 80), verb.start())
    if m is None or _NO_SUBJECT.fullmatch(m.group(), 1):
        return start            # "Iran, while seeking ties with both, has said …"
    return m.start()


def _participle_of(text: str, start: int, verb: re.Match, verbs: list[re.Match]) -> bool:
    """Whether ``verb`` is an "-ing" form set off by a comma after a finite speech verb
    of the same sentence ("Spokesman Wang Wenbin said … that Indian troops had crossed the
    line, denying that …"): its subject is that verb's, never an actor of what that verb
    reported."""
    if not verb.group().endswith("ing") or \
            not text[max(start, verb.start() - 3):verb.start()].rstrip().endswith(","):
        return False
    return any(v.start() < verb.start() and not v.group().endswith("ing") for v in verbs)


@dataclass(frozen=True)
class ClaimCue:
    """Who claims what in one sentence."""

    claimant: str
    country: str
    kind: str
    stance: str          # asserts | denies
    cue_start: int
    #: the claimant speaks for one side's forces (a defence ministry, the military)
    party: bool = False
    #: the sentence denies "such reports" without naming the event itself, or a part in
    #: the event told before ("denied any involvement in the attack")
    anaphoric: bool = False
    #: where the claimant's own mention starts (-1: named by no actor mention)
    speaker_at: int = -1
    #: the other country whose claims of its own deed a denial names ("Pakistan's claims
    #: of destroying the S-400 system … are entirely false", said India: "PK"; "the Indian
    #: claim of striking terrorist camps was false", said Pakistan: "IN"), "" when none:
    #: the denial bears on an incident of that side's doing, not on any incident told last
    denied_deed_of: str = ""


def _usable(a: ActorMention, text: str, quotes: list[Span], asides: list[Span]) -> bool:
    # a claimant is a state's, or one of the listed claimants that are no state (their
    # claims carry claimant_country "")
    if a.kind not in _SPEAKERS or not (a.country_code or a.name in _non_state_names()):
        return False
    if inside(a.start, quotes) or inside(a.start, asides):
        return False
    # "Iran-Azerbaijan relations", "Azerbaijan-Iran Joint Commission": a modifier
    return not (text[a.end:a.end + 1] in ("-", "–") or text[a.start - 1:a.start] in ("-", "–"))


@lru_cache(maxsize=1)
def _non_state_names() -> frozenset[str]:
    return frozenset(f.name for f in non_state_tables()[1])


def _is_party(a: ActorMention) -> bool:
    # a force's own spokesman speaks for it: "spokesman of the Islamic Emirate of …"
    return a.kind == "military" or "Defense" in a.name or a.name in non_state_tables()[2] \
        or (a.kind == "official" and any(f" of the {f}" in a.name for f in _force_names()))


@lru_cache(maxsize=1)
def _force_names() -> frozenset[str]:
    return frozenset(e.name for e in actor_tables()[0].values() if e.kind == "force")


def _outside(matches, quotes: list[Span]):
    return [m for m in matches if not inside(m.start(), quotes)]


#: a denial of a detail that confirms the event: "denied firing first but confirmed an
#: exchange of fire"
_BUT_CONFIRMED = re.compile(r"(?<![\w])(?i:but|while|yet)\s+(?:it\s+|they\s+)?(?i:confirmed|"
                            r"acknowledged|admitted|confirming|acknowledging|admitting)(?![\w])")
#: a source that only carried another's words: "according to a statement carried by Anadolu"
_CARRIED_BY = re.compile(r"\s*(?:a|the)\s+(?:statement|report|release|communiqu[ée])\s+"
                         r"(?:carried|published|reported|issued|distributed|cited|quoted)\s+by\s+$")
#: a force another state hosts: "Russian border guards stationed in Armenia"
_STATIONED = re.compile(r"\s+(?:stationed|deployed|based)\s+in\s+")
#: officials named by their seat: "officials in Yerevan said"
_OFFICIALS_IN = re.compile(r"(?<![\w])(?i:officials|authorities|sources?)\s+in\s+(?:the\s+)?$")
#: fire not returned is restraint told of, not a denial: "the Armenian side did not return
#: fire"
_RESTRAINT = re.compile(r"(?i:return|respond)")
#: words of a view, not of a deed: "did not see the exercises as a threat" denies nothing
_OPINION = re.compile(r"(?<![\w])(?i:see|consider|regard|view|think|believe|expect|"
                      r"rule out|know|want|need|plan|intend|seek|wish)(?![\w])")
#: a denial of what the sentence before said: "The Armenian side denied this.", "The
#: coast guard rejects them and has released its video"
_DENIED_THIS = re.compile(r"\s+[\"“‘']?(?:(?:this|that|it|them|these|those)(?:\s+(?:claims?|"
                          r"reports?|allegations?|accusations?))?|"
                          # "The ministry in Minsk denies everything", "Guatemala rejects
                          # blame", "rejected 'any suggestion' that its forces were involved"
                          r"everything|(?:(?:(?:any|all)\s+)?(?:involvement|responsibility|"
                          r"blame)|(?:any|all)\s+(?:role|part|suggestions?|insinuations?|"
                          r"notions?))"
                          r"(?:\s+(?:in|for)\s+(?:it|the\s+\w+))?)[\"”’']?"
                          r"\s*(?:[.;,]|and\s|that\s|$)", re.IGNORECASE)


#: the event just told, after a denial qualifier: "had nothing to do with the incident"
_THE_EVENT = re.compile(r"\s+(?i:the|this|that|these|those|any)\s+(?i:incident|attack|"
                        r"shooting|shelling|clash(?:es)?|strikes?|fire|raid)(?![\w])")
#: a local office holder's title: "the head of the Chinari community", "Goris mayor"
_LOCAL_OFFICE = re.compile(r"(?<![\w])(?i:head|mayor|governor|sarpanch|administrator)(?![\w])")
#: a denial verb before a source phrase: "denied a statement by", "rejected reports issued by"
_DENIED_SOURCE = re.compile(r"(?<![\w])" + speech_verbs("denial")
                            + r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$")
#: another's rebuttal said after a claim: ", a claim rejected by Yerevan as a fabrication"
_REBUTTED = re.compile(r",\s+(?:(?:a|an|the)\s+(?:claim|charge|accusation|account|allegation|"
                       r"version|report)s?\s+(?:that\s+)?(?:[\w’'-]+\s+){0,3}?(?:rejected|"
                       r"denied|dismissed|disputed|refuted)\s+by\b"
                       # ", charges his family called absurd"
                       # ", a claim Yerevan rejects"
                       r"|(?:(?:a|an|the)\s+)?(?:claims?|charges?|accusations?|allegations?)\s+"
                       r"(?:[\w’'-]+\s+){1,3}?"
                       r"(?:called|branded|termed|rejected|denied|dismissed|disputed|calls|"
                       r"brands|terms|rejects|denies|dismisses|disputes)\b)")


def rebuttal(text: str, start: int, end: int, actors: tuple[ActorMention, ...],
             claim: ClaimCue) -> ClaimCue | None:
    """The denial another side makes of a claim in the claim's own sentence ("Baku has said
    … an Armenian shooting …, a claim Yerevan rejects"; "…, a charge Islamabad denied"), or
    None: the rebutter named after the rebuttal's noun, of another country than the
    claimant's."""
    found = _REBUTTED.search(text, start, end)
    return _rebutter(text, found, end, actors, claim.country) if found is not None else None


def _rebutter(text: str, found: re.Match, end: int, actors: tuple[ActorMention, ...],
              claimant_country: str) -> ClaimCue | None:
    """The denial of the state named in the rebuttal ``found`` (``_REBUTTED``) of a claim
    of ``claimant_country`` ("" for none known), or None."""
    who = next((a for a in actors if found.start() <= a.start < end and a.country_code
                and a.country_code != claimant_country and a.kind in _SPEAKERS), None)
    if who is None:
        return None
    return ClaimCue(who.name, who.country_code, who.kind, "denies", found.start(),
                    _is_party(who), True, who.start)


#: the determiners between a denial verb and the deed it denies: "denying any incursion",
#: "rejected the cross-border attack", "denied all such raids"
_DENIED_DEED_DETERMINERS = re.compile(r"\s+(?:(?i:any|all|the|an?|such|every)\s+){0,2}")
#: one word that may qualify the deed denied ("the cross-border attack")
_DEED_QUALIFIER = re.compile(r"(?:[\w-]+\s+)?")


def _names_a_deed(text: str, at: int, end: int) -> bool:
    """Whether a violent deed is named right after a denial verb ending at ``at``: a side
    that tells the fighting its own way ("its men had been shot at while on patrol inside
    Ethiopia …, denying any incursion") still denies the deed the other side told. (The deed is
    looked for after the determiners, whose "any" would make it a hypothetical one.)"""
    determiners = _DENIED_DEED_DETERMINERS.match(text, at, end)
    if determiners is None:
        return False                # "…, which Kyiv denied.": nothing named after it
    named_from = determiners.end()
    deed = find_event(text, named_from, end)
    return deed is not None and not deed.diplomatic and \
        _DEED_QUALIFIER.fullmatch(text, named_from, deed.start) is not None


def stance_of(text: str, start: int, end: int, event: EventCue | None,
              families: frozenset[str] | None = None) -> tuple[str, bool]:
    """("asserts" | "denies", anaphoric): anaphoric when only "reports"/"claims" are denied,
    or a part in an event named as one told before ("any involvement in the attack").
    ``families``: the cue families whose stems occur in the span (None: try them all)."""
    cues = cue_patterns()

    def may(family: str) -> bool:
        return families is None or family in families

    rebutted = _REBUTTED.search(text, start, end)
    if rebutted is not None and (event is None or event.start < rebutted.start()):
        end = rebutted.start()      # "…, Baku said, a claim rejected by Yerevan": Baku's
    military_event = event is not None and not event.diplomatic
    if _BUT_CONFIRMED.search(text, start, end):
        return "asserts", False     # "denied firing first but confirmed an exchange of fire"
    reports = may("report_nouns") and cues["report_nouns"].search(text, start, end)
    if military_event and may("denial_negations") and not _RESTRAINT.match(text, event.start):
        for m in cues["denial_negations"].finditer(text, start, end):
            if 0 <= event.start - m.end() <= 14 and not _OPINION.search(
                    text, m.end(), event.start):
                return "denies", False
    evidence = _NO_EVIDENCE.search(text, start, end)
    if evidence is not None and (event is None or event.start >= evidence.end()):
        return "denies", not military_event     # what was told, or the event it names
    if military_event and _NO_PART.search(text, max(start, event.start - 60), event.start):
        return "denies", True       # "said it had not taken part in the fighting": the
                                    # fighting told, a part in it denied
    if may("denial_verbs"):
        for m in cues["denial_verbs"].finditer(text, start, end):
            tail_event = military_event and (event.start >= m.end()
                                             or _names_a_deed(text, m.end(), end))
            this = _DENIED_THIS.match(text, m.end(), end)
            tail_report = (reports and cues["report_nouns"].search(text, m.end(), end)) or this
            if tail_event or tail_report:
                # "denied any involvement in the attack": the attack told before
                told = this is not None and event is not None and \
                    this.start() <= event.start < this.end()
                return "denies", not tail_event or told
        if not military_event and _DENIED_THAT.search(text, start, end):
            return "denies", True   # "denied that the gunmen came from Iran": what was told
        if event is None and _DENIED_DOING.search(text, start, end):
            return "denies", True   # "Pakistan's military denied losing any aircraft"
    qualifiers = list(cues["denial_qualifiers"].finditer(text, start, end)) \
        if may("denial_qualifiers") else []
    if qualifiers and (military_event or reports):
        return "denies", not military_event
    if qualifiers and _brands_what_was_said(text, start, end, qualifiers):
        return "denies", True       # '"This is disinformation," the ministry said'
    if any(_THE_EVENT.match(text, m.end()) for m in qualifiers):
        return "denies", True       # "had nothing to do with the incident"
    if _refuses_an_account(text, start, end):
        return "denies", True       # "said it did not accept Indonesia's account"
    if event is None and (_NO_FIRE.search(text, start, end)
                          or _NO_VICTIMS.search(text, start, end)):
        return "denies", True       # "Yerevan says no shots were fired from its side",
                                    # "… said that nothing of the kind had happened",
                                    # "no Pakistani nationals had been targeted"
    return "asserts", False


#: another's account refused, the report noun right after: "did not accept Indonesia's
#: account", "refused to accept the Indian version" (not "would not accept": a stance)
_NOT_ACCEPTED = re.compile(r"(?<![\w])(?i:(?:did|does|do)\s+not|(?:didn|doesn|don)['’]t|"
                           r"refused\s+to|refuses\s+to)\s+(?i:accept|recogni[sz]e)\s+"
                           r"(?:(?i:the|its|their|this|that|these|those|such|any)\s+|"
                           r"[A-Z][\w-]*['’]s\s+)?")
#: the one word that may qualify a report noun: "the Indian version"
_ONE_WORD = re.compile(r"[\w-]+\s+")


#: a relative clause set off by a comma, still open: "Ukraine, which does not recognise
#: …" (what it refuses is told of the subject, not the account the sentence reports)
_RELATIVE_ASIDE = re.compile(r",\s*(?:which|who|whose|whom)\s[^,;:“”\"]*$")
#: a claim "to" a thing is a claim of title, not an account: "Russia's claims to Crimea"
_CLAIM_TO = re.compile(r"\s+(?:to|over)\s")


def _refuses_an_account(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` refuses another's account of what happened ("did not
    accept Indonesia's account"): a denial of it, with no denial verb."""
    refused = _NOT_ACCEPTED.search(text, start, end)
    if refused is None or _RELATIVE_ASIDE.search(text, start, refused.start()):
        return False
    nouns = cue_patterns()["report_nouns"]
    qualifier = _ONE_WORD.match(text, refused.end(), end)
    noun = nouns.match(text, refused.end(), end)
    if noun is None and qualifier is not None:
        noun = nouns.match(text, qualifier.end(), end)
    return noun is not None and not _CLAIM_TO.match(text, noun.end(), end)


#: words opening a sentence or a quotation that brand what was said before: "This is
#: disinformation", "That is a complete fabrication", "It was a lie" (the qualifier after)
_THIS_IS = re.compile(r"\s*(?i:this|that|it|these|those)\s+(?i:is|was|are|were)\s+"
                      r"(?:(?i:simply|purely|just|a|an|another|complete|pure|utter|absolute|"
                      r"total|blatant|outright)\s+)*")


def _brands_what_was_said(text: str, start: int, end: int, qualifiers: list[re.Match]
                          ) -> bool:
    """Whether the sentence ``text[start:end]``, or a quotation in it, opens by calling
    what was said before untrue ('"This is disinformation," the ministry said'): a denial
    of the report told before, though it names neither a report nor an event."""
    opened = [start] + [q0 + 1 for q0, _ in quote_spans(text, start, end)]
    branded = {m.start() for m in qualifiers}
    return any((m := _THIS_IS.match(text, at, end)) is not None and m.end() in branded
               for at in opened)


#: a part in an event denied, the event right after it: "had not taken part in the
#: fighting", "took no part in the clashes", "was not involved in the attack"
_NO_PART = re.compile(r"(?<![\w])(?i:(?:(?:had|has|have|did|does|do)(?:\s+not|n['’]t)|never)\s+"
                      r"(?:taken\s+part|take\s+part|participated|participate|been\s+involved|"
                      r"engaged)|(?:took|takes|take|played|plays|had|has)\s+no\s+part|"
                      r"(?:was|were|is|are)(?:\s+not|n['’]t)\s+(?:involved|engaged))\s+in\s+"
                      r"(?:(?i:the|this|that|these|those|any|such)\s+)?$")
#: a hostile deed right after a negation: "did not fire on", "never crossed", "had not
#: opened fire" (not "did not fire back": a side's restraint when the other attacked)
_DEED = (r"\s+(?:(?:ever|even|once|deliberately|intentionally)\s+)?(?i:cross(?:ed)?|"
         r"enter(?:ed)?|fired|fire|open(?:ed)?\s+fire|attack(?:ed)?|shell(?:ed)?|violated?|"
         r"launch(?:ed)?|strike|struck|shoot|shot|target(?:ed)?|invaded?)(?![\w])(?!\s+back)")
_NEGATED_DEED = re.compile(_DEED)
#: a force's part told in the passive or as a state, after "No": "no Ethiopian army unit
#: had been involved", "no Russian strikes were made", "no Tajik troops were present"
_FORCE_PART = (r"\s+(?:(?:had|has|have)\s+been|(?:was|were|is|are)(?:\s+being)?)\s+"
               r"(?:(?:in\s+any\s+way|at\s+all|ever)\s+)?(?i:involved|made|carried\s+out|"
               r"launched|conducted|fired|present|deployed|used)(?![\w])")
#: a force's deed after "No": "No ENDF unit crossed", "no Armenian troops fired"
_FORCE_DEED = re.compile(r"(?:\s+[a-z]+){0,2}?(?:" + _DEED + "|" + _FORCE_PART + ")")
#: the words between a force and its negated verb: "The FARDC did not", "Tajik border
#: guards had never"
_FORCE_GAP = re.compile(r"(?:\s+[a-z]+){0,2}\s*")
_FORCE_KINDS = frozenset({"military", "demonym"})


def denies_own_deed(text: str, start: int, end: int, actors: tuple[ActorMention, ...],
                    country: str) -> bool:
    """Whether ``text[start:end]`` says the forces of ``country`` did no hostile deed ("The
    FARDC did not fire on Rwanda", "No ENDF unit crossed into Sudanese territory"): a side
    that says its own forces did not do it denies the incident, even where it goes on to
    blame another ("The shells came from M23 positions")."""
    if not country:
        return False
    own = [a for a in actors if start <= a.start < end and a.country_code == country
           and a.kind in _FORCE_KINDS]
    for m in cue_patterns()["denial_negations"].finditer(text, start, end):
        for a in own:
            if a.end <= m.start() and _FORCE_GAP.fullmatch(text, a.end, m.start()):
                if _NEGATED_DEED.match(text, m.end(), end):
                    return True     # "The FARDC did not fire on Rwanda"
            elif m.group().lower() == "no" and a.start > m.end() and \
                    text[m.end():a.start].isspace() and _FORCE_DEED.match(text, a.end, end):
                return True         # "No ENDF unit crossed into Sudanese territory"
    return False


#: a side's claims of its own deed: "Pakistan's claims of destroying", "the Indian claim
#: of striking", "claims by Pakistan of downing" (group 1 or 2: where the side is named)
_SIDES_DEED_CLAIMED = re.compile(
    r"(?<![\w])(?:([A-Z][\w-]+)(?:['’]s)?\s+(?:(?:latest|repeated|recent|earlier|false|"
    r"fresh)\s+)?(?i:claims?|assertions?)|(?i:claims?|assertions?)\s+(?:made\s+)?by\s+"
    r"(?:the\s+)?([A-Z][\w-]+))\s+(?i:of|about)\s+(?:(?i:having)\s+)?[a-z]+ing(?![\w])")


def _denied_deed_of(text: str, start: int, end: int, actors: tuple[ActorMention, ...],
                    claimant_country: str) -> str:
    """The other state whose claims of its own deed a denial in ``text[start:end]``
    names, or ""."""
    for m in _SIDES_DEED_CLAIMED.finditer(text, start, end):
        at = m.start(1) if m.group(1) else m.start(2)
        side = next((a.country_code for a in actors if a.start == at and a.country_code
                     and a.kind in ("state", "demonym", "government", "military")), "")
        if side and side != claimant_country:
            return side
    return ""


def _media_owner(media: re.Match | None, actors: tuple[ActorMention, ...]
                 ) -> ActorMention | None:
    """The state whose name opens a nation's-media phrase (group 1 of ``_nation_media``'s
    patterns: "Armenian" of "Armenian media"), or None."""
    if media is None:
        return None
    return next((a for a in actors if a.start == media.start(1) and a.country_code), None)


#: a side's own none, its source set after it: "No losses were reported by the Azerbaijani
#: side" tells what that side lost, neither that the event happened nor that it did not
_NONE_REPORTED_BY = re.compile(r"[\s\"“]*(?i:no)\s+(?:[a-z-]+\s+)?(?i:losses|casualties|"
                               r"injuries|deaths|fatalities|victims)\s+(?:were|was|have\s+"
                               r"been|had\s+been|has\s+been)\s+(?:reported|recorded|"
                               r"registered)\s+(?:by|on|among)\s")


def find_claim(text: str, start: int, end: int, actors: tuple[ActorMention, ...],
               quotes: list[Span], asides: list[Span], event: EventCue | None,
               agents: tuple[str, ...] = (), families: frozenset[str] | None = None
               ) -> ClaimCue | None:
    """The claim ``text[start:end]`` makes, or None when it names no claimant or cue
    (``families``: the cue families whose stems occur there, None: try them all)."""
    cues = cue_patterns()
    if event is None and _NONE_REPORTED_BY.match(text, start, end):
        return None
    unconfirmed = next(iter(_outside(cues["non_confirmations"].finditer(text, start, end),
                                     quotes)), None)
    if unconfirmed is not None and (event is None or event.start >= unconfirmed.start()) \
            and not _outside(cues["attribution_verbs"].finditer(
                text, unconfirmed.end(), event.start if event is not None else end), quotes):
        # "told reporters he had no information about such an attack" (not "did not
        # confirm the toll but said three soldiers were killed in the shelling")
        return None
    usable = [a for a in actors if start <= a.start < end and _usable(a, text, quotes, asides)]
    stance, anaphoric = stance_of(text, start, end, event, families)
    # "…, a charge Caracas rejected": the rebutter's verb, whose denial ``rebuttal`` gives
    rebutted = _REBUTTED.search(text, start, end)

    def scan(family: str):
        if families is not None and family not in families:
            return []
        return _outside(cues[family].finditer(text, start, end), quotes)

    def claim(a: ActorMention, at: int) -> ClaimCue:
        # "Russian border guards stationed in Armenia": a guest force reports, no side
        party = _is_party(a) and not _STATIONED.match(text, a.end)
        denied = _denied_deed_of(text, start, end, actors, a.country_code) \
            if stance == "denies" and event is None else ""
        if stance == "asserts" and (event is None or not event.diplomatic) and \
                denies_own_deed(text, start, end, actors, a.country_code):
            # "said no Ethiopian army unit had been involved": with no event named, the
            # one told before is denied
            return ClaimCue(a.name, a.country_code, a.kind, "denies", at, party,
                            event is None, a.start)
        return ClaimCue(a.name, a.country_code, a.kind, stance, at, party, anaphoric, a.start,
                        denied)

    def media_claim(owner: ActorMention, end: int, at: int) -> ClaimCue:
        """A nation's media as claimant, "Armenian media" … ``end``."""
        return ClaimCue(text[owner.start:end].strip(), owner.country_code, "agency", stance,
                        at, False, anaphoric, owner.start)

    for m in scan("attribution_sources"):
        if _DENIED_SOURCE.search(text, max(start, m.start() - 25), m.start()):
            continue    # "denied a statement by the Azerbaijani Defense Ministry": whose
                        # word is denied, not who speaks
        # the source named right after it, not past a comma ("According to Armenian
        # media, Azerbaijani troops fired": the media, not the troops)
        after = next((a for a in usable if m.end() <= a.start <= m.end() + 80
                      and not _CLAUSE_BREAK.search(text, m.end(), a.start)), None)
        if after is not None and _CARRIED_BY.fullmatch(text, m.end(), after.start):
            continue                # the agency carried it; the speaker is the subject
        if after is not None:
            return claim(after, m.start())
        media = _nation_media()[0].match(text, m.end(), end)
        owner = _media_owner(media, actors)
        if owner is not None:
            return media_claim(owner, media.end(), m.start())
    verbs = scan("attribution_verbs") + scan("denial_verbs")
    verbs = [m for m in verbs if not inside(m.start(), asides)
             and not (m.group().lower() in ("added", "adds")
                      and _ADDED_TO.match(text, m.end(), end)) and not (
        m.group().endswith("ing") and _GERUND_AFTER.search(text, max(start, m.start() - 9),
                                                           m.start())) and not (
        _REPORT_NOUN_VERB.fullmatch(m.group())
        and _OWNED_NOUN.search(text, max(start, m.start() - 12), m.start()))]
    # "India has not confirmed …", "Neither the army nor the ISPR has said …": no one's word
    verbs = [m for m in verbs if not _NOT_SAID.search(text, max(start, m.start() - 30),
                                                      m.start())
             and not _NEITHER_NOR.search(text, max(start, m.start() - 160), m.start())
             and (rebutted is None or m.start() < rebutted.start())]
    verbs_in_order = sorted(verbs, key=lambda m: m.start())
    # "Taliban claims that … are baseless, the ISPR said": before a speech verb set off at
    # the sentence's close, "claims" and "reports" are what is reported on, not verbs
    closing = next((m for m in reversed(verbs_in_order) if not m.group().endswith("ing")
                    and _set_off_subject(text, start, m) > start), None)
    if closing is not None:
        verbs_in_order = [m for m in verbs_in_order if m.start() >= closing.start()
                          or not _REPORT_NOUN_VERB.fullmatch(m.group())]
    for m in verbs_in_order:
        # ", said the ministry", "” said Trend"; never a verb's "-ing" form (", saying
        # Turkey was …": the subject comes before the comma)
        inverted = (text[max(start, m.start() - 3):m.start()].rstrip()[-1:] in (",", "”")
                    and not m.group().endswith("ing")
                    and not cues["hearer_verbs"].fullmatch(m.group()))
        after = next((a for a in usable if m.end() <= a.start <= m.end() + 6), None)
        if inverted and after is not None and _INVERTED_END.match(text, after.end):
            return claim(after, m.start())
        media = _nation_media()[1].search(text, max(start, m.start() - 60), m.start())
        owner = _media_owner(media, actors)
        if owner is not None:
            return media_claim(owner, media.end("end"), m.start())
        unnamed = _UNNAMED_SUBJECT.search(text, max(start, m.start() - 40), m.start())
        if unnamed is not None and _SOURCES.match(text, unnamed.start()):
            # "Sudanese military sources said": sources within a body speak for it
            body = next((a for a in actors if a.country_code and a.kind in _SOURCE_BODIES
                         and text[a.end:unnamed.start()] == " "), None)
            if body is not None:
                return claim(body, m.start())
        if unnamed is not None:
            # "Iranian state media", "Iran's state media"; else whose media is unknown
            owner = next((a for a in actors if a.country_code and a.kind in ("demonym", "state")
                          and text[a.end:unnamed.start()] in (" ", "'s ", "’s ")), None)
            if owner is not None:
                return media_claim(owner, unnamed.end(), m.start())
            continue
        right_before = next((a for a in actors if start <= a.start and a.end <= m.start()
                             and text[a.end:m.start()].strip() in ("", ",") and
                             a.kind == "official" and a.country_code
                             and _LOCAL_OFFICE.search(text, a.start, a.end)), None)
        if right_before is not None and not m.group().endswith("ing"):
            # "…, the head of the Chinari community, Arthur Hovhannisyan, said": the
            # official set off by commas right before the verb speaks
            return claim(right_before, m.start())
        if _participle_of(text, start, m, verbs_in_order):
            continue        # its subject is that of the verb before, which named none
        subject_from = _set_off_subject(text, start, m)
        coordinated = _COORDINATED.search(text, max(start, m.start() - 20), m.start())
        # "He blamed Iran … and said": a coordinated verb's subject is that of the verb
        # before it, never what that verb bears on
        subject_to = verbs_in_order[0].start() if coordinated else m.start()
        before = [a for a in usable if subject_from <= a.start and a.end <= subject_to
                  # not "in Yerevan", but "officials in Yerevan", "a source in the
                  # Azerbaijani Defense Ministry": the speaker named by its seat
                  and (not after_locative(text, a.start)
                       or _OFFICIALS_IN.search(text, max(start, a.start - 30), a.start))
                  and not _NOT_SUBJECT.search(text, max(start, a.start - 25), a.start)]
        aside = _APPOSITION_BEFORE.search(text, max(subject_from, m.start() - 100), m.start())
        if aside is not None and any(a.start < aside.start() for a in before):
            before = [a for a in before if a.start < aside.start()]
        if before:
            # "X met Y in Yerevan and said …": a coordinated verb takes the first subject
            subject = before[0] if coordinated else before[-1]
            if _TIME_CLAUSE.search(text, max(start, subject.start - 10), subject.start) \
                    and (event is None or event.start < m.start()):
                continue        # "came weeks after President Raisi warned …" (but "called
                                # for restraint after Azerbaijan said Armenian forces had
                                # fired": the event is what it said)
            return claim(subject, m.start())
        body_subject = _nation_bodies()
        body = body_subject.search(text, max(start, m.start() - 80), m.start())
        owner = _media_owner(body, actors)
        if owner is not None and owner.kind in ("demonym", "state"):
            # "the Armenian ministry said", "Iranian border police in Jolfa denied"
            kind = organisation_kind(body.group("body"))
            return ClaimCue(text[owner.start:body.end("end")], owner.country_code, kind,
                            stance, m.start(), kind == "military", anaphoric, owner.start)
        generic = _GENERIC_SPEAKER.search(text, max(start, m.start() - 60), m.start())
        if generic and not overlaps(generic.start(), generic.end(), quotes):
            country = agents[0] if stance == "denies" and len(set(agents)) == 1 else ""
            if country:
                state = actor_tables()[1][country]
                body = _body_named(generic.group("who"))
                if body is not None:
                    # "'… the Azerbaijan Army fired at Yeraskh … does not reflect reality,'
                    # the ministry said": the ministry of the side whose deed it denies
                    name = body.name.format(country=state.name, demonym=state.demonym)
                    return ClaimCue(name, country, body.kind, stance, m.start(),
                                    "Defense" in name, anaphoric)
                name = f"{generic.group('who')} ({state.name})"
                return ClaimCue(name, country, "official", stance, m.start(), False, anaphoric)
        # an actor after a verb that is not inverted is its object or the subject of what
        # is reported ("accused Azerbaijani troops of …", "says Turkey has shelled …")
    # no one else speaks: the rebutter denies ("…, a charge Caracas rejected")
    if rebutted is not None:
        return _rebutter(text, rebutted, end, actors, "")
    return _author_claim(text, start, event, stance, anaphoric, quotes)


def _author_claim(text: str, start: int, event: EventCue | None, stance: str,
                  anaphoric: bool, quotes: list[Span]) -> ClaimCue | None:
    """The claim of the author of the official text the sentence at ``start`` is part of
    ("Ministry of Defence of Azerbaijan – Information" heads it), when the sentence names
    no speaker of its own and tells an event, or denies ("The report … that units of the
    Armenian armed forces fired … does not correspond to reality"); else None."""
    author = statement_author(text, start)
    if author is None or (stance == "asserts" and (event is None
                                                   or inside(event.start, quotes))):
        return None
    return ClaimCue(author.name, author.country_code, author.kind, stance, start,
                    _is_party(author), anaphoric)
