"""Whose word a sentence gives when it names no claimant of its own.

Apart from ``claims``, which finds the claimant a sentence names, because these read the
article around the sentence: in a briefing or interview transcript, a line opened by
"Answer:" is the claim of the voice the transcript names before its questions ("the weekly
briefing of the Foreign Ministry spokesperson"), one opened by a name ("Baghaei:") that of
the official so named (``answering_voice``); a denial or a spokesperson right after a
state's claim speaks for that state (``denial_going_on``, ``spokesperson_of``); a denial
that goes on to accuse ("… denied the report and accused Armenian forces of firing at
houses in Gazakh") names the state it accuses (``accusation_after_denial``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import ActorMention, Sentence
from ..text.sentences import COUNTER_STATEMENT_OPENING
from .claims import ClaimCue, denies_own_deed, stance_of
from .sides import AGENT_KINDS, STATE_VOICES
from .spans import inside, quote_spans
from .tables import cue_patterns

#: an answer in a briefing or interview transcript, as its line opens: "Answer:", "A:",
#: "Baghaei:" (the speaker's name: ``name``)
ANSWERED = re.compile(r"[ \t]*(?:(?i:answer)[ \t]*(?::|[–—-](?=[ \t]))|A[ \t]*:|"
                      r"(?P<name>[A-Z][\w’'-]+)[ \t]*:)")


def _speaks_for_forces(voice: ActorMention) -> bool:
    """Whether a voice speaks for one side's forces (``ClaimCue.party``): a defence
    ministry's."""
    return "Defense" in voice.name


def answering_voice(text: str, line: int, briefing_voice: ActorMention | None,
                    actors: tuple[ActorMention, ...], questioned_from: int
                    ) -> ActorMention | None:
    """Whose words a transcript's line starting at ``line`` gives: an "Answer:" line's
    are the voice the transcript named before its questions (``briefing_voice``); a line
    opened by a name ("Baghaei:") is the state's voice the article named so before;
    None for any other line."""
    m = ANSWERED.match(text, line)
    if m is None:
        return None
    if m.group("name") is None:
        return briefing_voice
    name = m.group("name")
    return next((a for a in actors if a.start < questioned_from and a.kind in STATE_VOICES
                 and a.country_code and re.search(rf"(?<![\w]){re.escape(name)}(?![\w])",
                                                  a.surface + " " + a.name)), None) \
        or _holder_named_after(text, name, actors, questioned_from)


#: the words of an office between a state's voice and the name of its holder: "the
#: Interior Ministry's border affairs official Majid Mirahmadi" (group "office")
_OFFICE_WORDS = re.compile(r"['’]s\s+(?P<office>(?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*)\s+$")


def voice_claim(text: str, s: Sentence, event, families, voice: ActorMention) -> ClaimCue:
    """The claim of a voice the sentence itself does not name (a transcript's answerer, the
    body whose statement the text is), its stance as the sentence's words give it."""
    stance, anaphoric = stance_of(text, s.start, s.end, event, families)
    return ClaimCue(voice.name, voice.country_code, voice.kind, stance, s.start,
                    party=_speaks_for_forces(voice), anaphoric=anaphoric)


def _holder_named_after(text: str, name: str, actors: tuple[ActorMention, ...],
                        questioned_from: int) -> ActorMention | None:
    """The official a transcript's intro names by an office of a state's body and a name
    ("joined by the Interior Ministry's border affairs official Majid Mirahmadi"), whose
    answers a line opened by that name ("Mirahmadi:") gives; None if the intro has none."""
    holder = re.compile(rf"(?<![\w])(?:[A-Z][\w’'-]+\s+){{0,2}}{re.escape(name)}(?![\w])")
    for held in holder.finditer(text, 0, max(questioned_from, 0)):
        office = _OFFICE_WORDS.search(text, max(0, held.start() - 60), held.start())
        body = next((a for a in actors if office is not None and a.end == office.start()
                     and a.kind in STATE_VOICES and a.country_code), None)
        if body is not None:
            return ActorMention(body.article_id, text[body.start:held.end()], body.start,
                                held.end(), f"{held.group().strip()}, {office.group('office')}"
                                f" of the {body.name}", body.country_code, "official")
    return None


def denial_going_on(text: str, s: Sentence, event, actors: tuple[ActorMention, ...],
                    previous: ClaimCue, families) -> ClaimCue | None:
    """A sentence naming no claimant that brands another side's report untrue, right
    after a state's claim: that state's denial ("… the Ministry of Defense of Armenia
    reported. The information spread by the Azerbaijani Ministry of Defense that … does
    not correspond to reality."). The sentence must name another state (the report's
    source or subject)."""
    stance, anaphoric = stance_of(text, s.start, s.end, event, families)
    if stance != "denies" or not previous.country or not any(
            a.country_code and a.country_code != previous.country for a in actors):
        return None
    quotes = quote_spans(text, s.start, s.end)
    subject = next((a for a in actors if not inside(a.start, quotes)), None)
    if subject is not None and subject.country_code not in ("", previous.country) and \
            subject.kind in ("official", "ministry", "government", "military") and \
            not text[s.start:subject.start].strip(" \"“'‘"):
        return None     # "Armenia's Defence Ministry calls the report false": its own word
    # "Armenian Foreign Ministry spokeswoman Ani Badalyan urged Baku 'not to … with false
    # accusations'": the same state, by the voice the sentence names
    voice = next((a for a in actors if a.country_code == previous.country
                  and a.kind in ("official", "ministry", "government")
                  and not inside(a.start, quotes)), None)
    if voice is not None and voice.name != previous.claimant:
        return replace(previous, claimant=voice.name, kind=voice.kind, stance="denies",
                       anaphoric=anaphoric, cue_start=s.start, speaker_at=voice.start,
                       party=_speaks_for_forces(voice))
    return replace(previous, stance="denies", anaphoric=anaphoric, cue_start=s.start,
                   speaker_at=-1)


#: a spokesperson no actor names, by title and name, as the subject of a speech verb:
#: "Spokesman Wang Wenbin said", "government spokesman Patrick Muyaya said"
_NAMED_SPOKESPERSON = re.compile(r"(?<![\w])(?i:spokes(?:man|woman|person))\s+"
                                 r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")
_BODY_KINDS = frozenset({"ministry", "government", "official", "military"})


def spokesperson_of(text: str, s: Sentence, event, actors: tuple[ActorMention, ...],
                    previous: ClaimCue, families) -> ClaimCue | None:
    """The claim of a sentence whose speaker is a spokesperson named only by title and
    name, right after a state body's claim: that body's word ("China's Foreign Ministry
    said …. Spokesman Wang Wenbin said in Beijing that …, denying that …"; "Congo's
    government denied responsibility. '…,' government spokesman Patrick Muyaya said")."""
    if previous.kind not in _BODY_KINDS or not previous.country:
        return None
    quotes = quote_spans(text, s.start, s.end)
    verb_after = cue_patterns()["verb_after"]
    for m in _NAMED_SPOKESPERSON.finditer(text, s.start, s.end):
        verb = verb_after.match(text, m.end(), s.end)
        if verb is not None and not inside(m.start(), quotes):
            stance, anaphoric = stance_of(text, s.start, s.end, event, families)
            if stance == "asserts" and denies_own_deed(text, s.start, s.end, actors,
                                                       previous.country):
                stance, anaphoric = "denies", False     # "The FARDC did not fire on …"
            return replace(previous, stance=stance, anaphoric=anaphoric,
                           cue_start=verb.start(), speaker_at=-1)
    return None


#: an accusation made after a denial: "denied the report and accused Armenian forces of
#: firing …", "… and blamed Kyrgyz troops for …", "… and said instead that …"
_THEN_ACCUSES = re.compile(r"(?<![\w])(?i:accused|accuses|blamed|blames|"
                           rf"{COUNTER_STATEMENT_OPENING})")
#: what may stand between the accusing word and the state accused: "accused the", "said that"
_ACCUSED_NEXT = re.compile(r"\s*(?:(?i:that)\s+)?(?:(?i:the)\s+)?")


def accusation_after_denial(text: str, s: Sentence, claim: ClaimCue,
                            in_s: tuple[ActorMention, ...]) -> tuple[tuple[str], int] | None:
    """The state a denial goes on to accuse, and where the accusation starts ("… denied the
    report, saying …, and accused Armenian forces of firing at houses in Gazakh"; "… and
    said Azerbaijani drones had targeted Berd"): the state named right after the accusing
    word, not the denier's own (not "and said the army had struck only Indian posts")."""
    for m in _THEN_ACCUSES.finditer(text, max(s.start, claim.cue_start), s.end):
        named = next((a for a in in_s if a.start >= m.end()), None)
        if named is not None and named.kind in AGENT_KINDS and named.country_code and \
                named.country_code != claim.country and \
                _ACCUSED_NEXT.fullmatch(text, m.end(), named.start):
            return (named.country_code,), m.start()
    return None
