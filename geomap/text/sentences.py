"""News-aware sentence splitting with character offsets into the article.

Claims must quote their sentence verbatim, so every ``Sentence.text`` is exactly
``article.text[start:end]``. The splitter is one regex pass plus a little bookkeeping
(linear time) and knows the habits of wire copy:

- a dateline ("TEHRAN –", "YEREVAN, Armenia (AP) —") is not part of the first sentence;
- a quotation that ends with a comma or is followed by a lowercase word ("“… border,” a
  spokesperson said.") stays one sentence with its attribution, even when the quote holds
  several sentences, because the attribution is what makes it a claim;
- abbreviations (pysbd's English tables: "Gen.", "Lt.", "No. 5"), initials and dotted
  acronyms ("U.S. forces") do not end a sentence;
- a line break ends a sentence (headlines, paragraphs) unless the text is plainly wrapped
  (the next line starts in lowercase, or the line ends with a comma), or the text is
  hard-wrapped (e-mail, plain-text wires: most lines about as long as the longest) and the
  line is full, ending in a word: "shelled the village of Sotk in" / "Armenia's Gegharkunik
  province".
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Article, Sentence
from .calendar_names import MONTH_PREFIXES
from .speech_verbs import speech_verbs

#: a dateline opening the article: capitals, optional ", Country" and "(Agency)", a dash
_DATELINE = re.compile(
    r"\A\s*(?:\ufeff)?[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3}"
    r"(?:,\s*[A-Z][A-Za-z.\-]+(?: [A-Z][A-Za-z.\-]+){0,2})?"
    r"(?:\s*\([A-Za-z .&\-]{1,30}\))?\s*[–—-]{1,2}\s+")

#: the news agencies' own datelines, a date always given: "MOSCOW, September 18. /TASS/.",
#: "YEREVAN, SEPTEMBER 18, NEWS.AM.", "Baku, September 18, Report.az.", "BAKU,
#: Azerbaijan, Sept. 18. Trend:", "MOSCOW. Sept 18 (Interfax) -", "YEREVAN, September 18."
AGENCY_DATELINE = (
    r"\s*[A-Z][A-Za-z'’.]+(?:[ /-][A-Z][A-Za-z'’.]+)*(?:,[ \t]*[A-Z][A-Za-z]+)?[,.][ \t]*"
    rf"(?i:{MONTH_PREFIXES})[A-Za-z]*\.?[ \t]+\d{{1,2}}"
    r"(?:,[ \t]*\d{4})?(?:[ \t]*\([^()\n]{1,30}\)[ \t]*[—–-]+[ \t]+|\.[ \t]*/[A-Z][\w-]+/\.?[ \t]+"
    r"|,[ \t]*[A-Za-z][\w.-]{2,20}\.[ \t]+|\.[ \t]*[A-Z][\w.-]+:[ \t]+|\.[ \t]+)")
_AGENCY_DATELINE = re.compile(AGENCY_DATELINE)

#: sentence-final punctuation with any closing quotes/brackets, or a line break
_CANDIDATE = re.compile(r"[.!?…]+[”\"’')\]]*|\n")

#: an opening curly quote up to its closing one (ASCII quotes are paired separately)
_CURLY_QUOTE = re.compile(r"“[^“”]{0,2000}”")
_STRAIGHT_QUOTE = re.compile(r"\"[^\"\n]{0,2000}\"")

_TOKEN_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.?$")

#: words that, capitalised after "U.S." and the like, show a new sentence did begin
_SENTENCE_STARTERS = frozenset(
    "The A An He She It They We I But And In On At This That These Those There Its His Her "
    "Their Meanwhile However Earlier Later".split())

_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """(always-attached, number-attached) abbreviations, from pysbd's maintained tables."""
    from pysbd.lang.english import English

    table = English.Abbreviation
    prepositive = frozenset(table.PREPOSITIVE_ABBREVIATIONS) | {"pres", "gov", "gen", "rep"}
    numbered = frozenset(table.NUMBER_ABBREVIATIONS) | _MONTHS
    general = frozenset(table.ABBREVIATIONS)
    return prepositive, numbered | general


def dateline_end(text: str) -> int:
    """Offset where the body starts after a dateline such as "TEHRAN – " (0 if none)."""
    agency = _AGENCY_DATELINE.match(text)
    if agency:
        return agency.end()
    match = _DATELINE.match(text)
    if not match:
        return 0
    head = match.group(0)
    # a dateline is a place in capitals, not the first words of an ordinary sentence
    letters = [c for c in head.split(",")[0].split("(")[0] if c.isalpha()]
    return match.end() if len(letters) >= 3 and all(c.isupper() for c in letters) else 0


def _protected_quotes(text: str) -> list[tuple[int, int]]:
    """Quotations whose inner full stops must not split: those that end with a comma or
    run on into a lowercase attribution ("“…,” he said", "“…?” asked the minister")."""
    spans = []
    for pattern in (_CURLY_QUOTE, _STRAIGHT_QUOTE):
        for m in pattern.finditer(text):
            inner_end = m.end() - 1
            before_close = text[inner_end - 1] if inner_end > m.start() + 1 else ""
            after = text[m.end():m.end() + 3].lstrip()
            if before_close == "," or (after[:1].islower()) or (
                    before_close in "?!" and after[:1].islower()):
                spans.append((m.start() + 1, inner_end))
    spans.sort()
    return spans


def _is_abbreviation(text: str, dot: int, next_char: str, next_word: str) -> bool:
    """True when the full stop at ``dot`` closes an abbreviation, not a sentence."""
    prepositive, others = _abbreviations()
    match = _TOKEN_BEFORE.search(text, max(0, dot - 20), dot)
    if not match:
        return False
    token = match.group(1)
    low = token.lower().rstrip(".")
    if len(token) == 1 and token.isupper():
        return True                         # an initial: "J. Smith"
    if "." in token and all(len(p) <= 2 for p in token.split(".") if p):
        # dotted acronym ("U.S.", "U.N."): ends a sentence only before a typical opener
        return next_word not in _SENTENCE_STARTERS
    if low in prepositive:
        return True
    if low in others:
        return next_char.isdigit() or next_char.islower()
    return False


#: a headline: the text's first line, a blank line under it
_HEADLINE = re.compile(r"\A[ \t]*[^\s][^\n]*\n[ \t]*\n\s*")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of the sentences of ``text``, whitespace trimmed; a dateline
    under a headline is no more part of the lead than one opening the text."""
    headline = _HEADLINE.match(text)
    if headline and dateline_end(text[headline.end():]):
        body = headline.end()
        return _spans(text[:body]) + [(s + body, e + body) for s, e in _spans(text[body:])]
    return _spans(text)


#: hard-wrapped text: its longest line is between these lengths, and most of the lines
#: that go on in the next line are within ``_FULL_LINE`` of it
_WRAP_WIDTH_MIN, _WRAP_WIDTH_MAX = 50, 100
_FULL_LINE = 0.7
_LINE_ENDS_A_SENTENCE = re.compile(r"[.!?…:;”\"’')\]]\s*\Z")


def _wrap_width(text: str) -> int:
    """The width ``text`` is hard-wrapped at, or 0 if it is not: at least three lines go
    on in the next line, the longest is ``_WRAP_WIDTH_MIN`` to ``_WRAP_WIDTH_MAX`` long,
    and two thirds of the lines that go on are full (within ``_FULL_LINE`` of it)."""
    if text.count("\n") < 3:
        return 0
    lines = [line.rstrip() for line in text.split("\n")]
    width = max(len(line) for line in lines)
    if not _WRAP_WIDTH_MIN <= width <= _WRAP_WIDTH_MAX:
        return 0
    going_on = [line for line, after in zip(lines, lines[1:]) if line and after.strip()]
    full = sum(len(line) >= _FULL_LINE * width for line in going_on)
    return width if len(going_on) >= 3 and 3 * full >= 2 * len(going_on) else 0


def _wrapped_here(text: str, newline: int, start: int, width: int) -> bool:
    """True if the line break at ``newline`` only wraps a full line of hard-wrapped text
    (``width`` > 0) that ends in a word, not in a sentence's end."""
    if not width:
        return False
    line_start = text.rfind("\n", 0, newline) + 1
    line = text[max(line_start, start):newline]
    return len(text[line_start:newline].rstrip()) >= _FULL_LINE * width and \
        bool(line.strip()) and not _LINE_ENDS_A_SENTENCE.search(line)


def _spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = dateline_end(text)
    width = _wrap_width(text)
    protected = _protected_quotes(text)
    q = 0
    n = len(text)
    for m in _CANDIDATE.finditer(text, start):
        cut = m.end()
        if m.group(0) == "\n":
            if text[cut:cut + 1] == "\n":
                pass                                  # blank line: always a boundary
            else:
                nxt = text[cut:cut + 200].lstrip(" \t")
                prev = text[max(start, m.start() - 1):m.start()]
                if nxt[:1].islower() or prev in (",", ";", "(", "-", "–") or \
                        _wrapped_here(text, m.start(), start, width):
                    continue
        else:
            j = cut
            while j < n and text[j] in " \t\u00a0":
                j += 1
            if j == cut and j < n and text[j] != "\n":
                continue                              # "3.5", "U.S.-led", "…”," mid-word
            if j >= n:
                pass
            else:
                nxt = text[j]
                if text[j] == "\n":
                    pass
                elif not (nxt.isupper() or nxt.isdigit() or nxt in "“\"‘'(["):
                    continue
                else:
                    word = re.match(r"[\w’']*", text[j:j + 30]).group(0)
                    if m.group(0).startswith(".") and _is_abbreviation(text, m.start(), nxt, word):
                        continue
            while q < len(protected) and protected[q][1] <= m.start():
                q += 1
            if q < len(protected) and protected[q][0] <= m.start() < protected[q][1]:
                continue                              # inside a quotation that runs on
        for begin, finish in _statements(text, start, cut, protected):
            _append(text, begin, finish, spans)
        start = cut
    for begin, finish in _statements(text, start, n, protected):
        _append(text, begin, finish, spans)
    return spans


#: a speech verb, as statements joined by a semicolon use them ("…; Armenia's Defence
#: Ministry called the report false" too)
_SPEECH_VERB = ("(?:" + speech_verbs("statement_opening") + "|" + speech_verbs("naming")
                + r"(?=\s+(?:the|these|those|such|this|that|it|them)\b))")
#: "; Azerbaijan's defence ministry said …": a semicolon opening another speaker's statement
_SECOND_SPEAKER = re.compile(r";\s+(?=(?:(?:while|but|and|whereas)\s+)?(?:[\w’'\-]+\s+)"
                             r"{1,6}?" + _SPEECH_VERB + r"\b)")
#: "and said (instead) (that) …" opening a statement cut from its speaker's sentence: the
#: speaker's own version, a claim of its own (``extract`` gives it the speaker before)
COUNTER_STATEMENT_OPENING = r"and\s+" + speech_verbs("counter_statement") + r"\s+(?:instead\s+)?"
#: ", and said instead that …" ("Armenia said the statement did not correspond to
#: reality, and said instead that Azerbaijani units had fired at an Armenian post")
_COUNTER_STATEMENT = re.compile(rf",\s+(?={COUNTER_STATEMENT_OPENING}that\b)")
#: "… denied firing on civilians and said Armenian drones had hit Berd": the denial of an
#: act it names itself (a gerund; not "denied the report", whose version of that report
#: the rest may be, nor yet "denied that …", whose cut half loses the places it names),
#: then what the same speaker asserts (no other full stop, quotation or clause between);
#: not a statement that denies too ("… and said its units did not open fire": one denial)
_AFTER_DENIAL = re.compile(r"(?<![\w])" + speech_verbs("denial") + r"\s+[a-z]+ing(?![\w])"
                           r"[^.;:!?“”\"\n]{1,200}?,?\s+"
                           rf"(?={COUNTER_STATEMENT_OPENING}(?![^.;!?\n]*?(?<![\w])"
                           r"(?i:not|no|never|neither|nor|\w+n['’]t)(?![\w])))")
#: ", while the Taliban said …": a second speaker's statement joined by "while"
_WHILE_SPEAKER = re.compile(r",\s+(?=(?:while|whereas)\s+(?:[\w’'\-]+\s+){1,6}?"
                            + _SPEECH_VERB + r"\b)")
_FIRST_SPEAKER = re.compile(r"(?<![\w])" + _SPEECH_VERB + r"\b")


def _statements(text: str, start: int, end: int,
                protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A sentence cut where a semicolon or ", while" joins two speakers' statements
    ("Armenia said its posts were shelled; Azerbaijan said it had returned fire", "ISPR
    says 23 soldiers were killed, while the Taliban said 58 died"), or a speaker's denial
    and its own version ("denied firing on civilians and said drones had hit Berd"): each
    statement is one claim. Semicolons inside a quotation do not cut."""
    cuts = sorted({m.end() for pattern in (_SECOND_SPEAKER, _COUNTER_STATEMENT, _WHILE_SPEAKER,
                                           _AFTER_DENIAL)
                   for m in pattern.finditer(text, start, end)
                   if not any(a <= m.start() < b for a, b in protected)})
    spans, begin = [], start
    for cut in cuts:
        if _FIRST_SPEAKER.search(text, begin, cut):
            spans.append((begin, cut))
            begin = cut
    spans.append((begin, end))
    return spans


def _append(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def split_sentences(article: Article) -> tuple[Sentence, ...]:
    """The sentences of ``article`` in order; ``Sentence.text == article.text[start:end]``."""
    return tuple(Sentence(article_id=article.id, index=i, start=s, end=e,
                          text=article.text[s:e])
                 for i, (s, e) in enumerate(sentence_spans(article.text)))
