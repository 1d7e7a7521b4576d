"""Name normalisation: the forms under which the gazetteer stores and finds names.

Three forms, each a pure function of a string:

* ``match_text`` — length-preserving and ASCII: Latin diacritics folded (ə→e, ı→i, ş→s,
  ç→c, ğ→g …), case kept, every character that cannot be part of a name (spaces, dashes,
  quotes, brackets, non-Latin letters) turned into a space. Offsets in it are offsets in
  the original text, so a match found in it maps straight back to the article.
* ``lookup_key`` — the case-insensitive key of the name index: lower case, apostrophes and
  dots dropped, "St"/"Mt"/"Ft" spelled out, a possessive and a leading "the" removed. A
  name written wholly in another script ("Ворух", "Երևան", "تهران") is its
  ``script_key``: case, combining marks and punctuation set aside, letters kept.
* ``skeleton_key`` — a lossy key that collapses Latin transliteration variants
  (kh/x/h, j/c/ch/dzh/zh, sh/s, doubled letters, vowels after the first letter), used only
  to find fuzzy candidates for ``geomap resolve``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: letters whose Unicode decomposition does not lead to an ASCII letter
_SPECIAL_LETTERS = {
    "ə": "e", "Ə": "E", "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d",
    "Đ": "D", "ð": "d", "Ð": "D", "þ": "t", "Þ": "T", "ß": "s", "æ": "a", "Æ": "A",
    "œ": "o", "Œ": "O", "ħ": "h", "Ħ": "H", "ŋ": "n", "Ŋ": "N", "ǝ": "e", "Ǝ": "E",
    "ɨ": "i", "ʻ": "'", "ʼ": "'", "ʿ": "'", "ʾ": "'", "’": "'", "′": "'", "`": "'",
    "´": "'", "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-",
    "\u00a0": " ",
}


def _fold_char(ch: str) -> str:
    """One character → one character: the ASCII letter under a Latin diacritic, else ch."""
    if ch in _SPECIAL_LETTERS:
        return _SPECIAL_LETTERS[ch]
    base = unicodedata.normalize("NFD", ch)[:1]
    if base.isascii() and base.isalpha():
        return base
    return ch


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _replace_each(text: str, one_char) -> str:
    """``text`` with every non-ASCII character replaced by ``one_char(character)``: one
    ``str.replace`` per distinct character (news use a handful: ’ “ ” – é), which is
    many times faster than a Python call per occurrence."""
    for ch in set(_NON_ASCII.findall(text)):
        replacement = one_char(ch)
        if replacement != ch:
            text = text.replace(ch, replacement)
    return text


def fold(text: str) -> str:
    """Latin diacritics and typographic punctuation folded to ASCII; length and case kept."""
    if text.isascii():
        return text
    return _replace_each(text, _fold_char)


#: in match text only letters, digits, the apostrophe and the dot survive
_MATCH_BYTES = bytes(
    b if (chr(b).isalnum() or chr(b) in "'.") and b < 128 else ord(" ") for b in range(256))


def _match_char(ch: str) -> str:
    folded = _fold_char(ch)
    return folded if folded.isascii() else " "


def match_text(text: str) -> str:
    """The ASCII, length-preserving form names are matched in (see module docstring)."""
    if not text.isascii():
        text = _replace_each(text, _match_char)
    return text.encode("ascii").translate(_MATCH_BYTES).decode("ascii")




@lru_cache(maxsize=1)
def _expansions() -> dict[str, str]:
    """Abbreviations spelled out in lookup keys (data/name_expansions.csv)."""
    from .tables import data_csv
    return {row["short"]: row["long"] for row in data_csv("name_expansions.csv")}

#: a possessive's ending: "Azerbaijan's" loses "'s", "Texas'" only its apostrophe (the
#: apostrophes left are dropped with the rest below)
_POSSESSIVE = re.compile(r"'s$")


@lru_cache(maxsize=200_000)
def lookup_key(name: str) -> str:
    """Case-insensitive index key: "Azerbaijan’s" → "azerbaijan", "Texas'" → "texas",
    "the Caucasus" → "caucasus", "Ереван" → "ереван"."""
    words = match_text(name).lower().split()
    if not words and not name.isascii():
        return script_key(name)
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1])
    words = [w.replace("'", "").replace(".", "") for w in words]
    expansions = _expansions()
    words = [expansions.get(w, w) for w in words if w]
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


#: transliteration variants, longest first; applied left to right on a lookup key
_SKELETON_RULES = (
    ("dzh", "j"), ("tch", "c"), ("kh", "k"), ("gh", "g"), ("ch", "j"), ("zh", "j"),
    ("dj", "j"), ("sh", "s"), ("ph", "f"), ("th", "t"), ("ts", "c"), ("x", "k"),
    ("q", "k"), ("c", "j"), ("w", "v"), ("y", "i"), ("h", ""),
)
_SKELETON_RE = re.compile("|".join(re.escape(a) for a, _ in _SKELETON_RULES))
_SKELETON_MAP = dict(_SKELETON_RULES)
_VOWELS = re.compile(r"[aeiou]")
_DOUBLES = re.compile(r"(.)\1+")


@lru_cache(maxsize=50_000)
def skeleton_key(name: str) -> str:
    """A lossy key for spelling variants: Kalbajar, Kelbajar and Kəlbəcər share "klbjr";
    Nakhchivan, Nakhichevan, Nakhijevan and Naxçıvan share "nkjvn"."""
    words = []
    for word in lookup_key(name).replace("-", " ").split():
        word = _SKELETON_RE.sub(lambda m: _SKELETON_MAP[m.group()], word)
        if not word:
            continue
        word = word[0] + _VOWELS.sub("", word[1:])
        words.append(_DOUBLES.sub(r"\1", word))
    return " ".join(words)


def in_other_script(name: str) -> bool:
    """True for a name with letters and none of them Latin ("Ворух", "Երևան", "თბილისი",
    "اسفره"): what ``match_text`` blanks out and ``script_key`` keys."""
    return not name.isascii() and not match_text(name).strip() and any(
        c.isalpha() for c in name)


#: what a key in another script leaves out (tatweel, zero-width joiners, the byte-order
#: mark) or writes one way (the Arabic and Persian forms of yeh and kaf)
_SCRIPT_FILLERS = {0x0640: None, 0x200C: None, 0x200D: None, 0xFEFF: None,
                   0x064A: "\u06cc", 0x0649: "\u06cc", 0x0643: "\u06a9"}


@lru_cache(maxsize=50_000)
def script_key(name: str) -> str:
    """The lookup key of a name in a script other than Latin: compatibility-normalised
    (the Armenian "և" is "եւ"), case-folded, without combining marks (Arabic vowel
    signs are written or not) and with punctuation as spaces; "" if it has no letter
    (or any Latin one: a name in Latin letters is keyed by ``lookup_key``)."""
    if not in_other_script(name):
        return ""
    text = unicodedata.normalize("NFKC", name).casefold().translate(_SCRIPT_FILLERS)
    kept = []
    for ch in text:
        category = unicodedata.category(ch)
        if category == "Mn":
            continue
        kept.append(ch if category[0] in "LMN" else " ")
    return " ".join("".join(kept).split())


def script_of(name: str) -> str:
    """The script of a name's first letter as the first word of its Unicode name
    ("Ереван" → "CYRILLIC", "جلفا" → "ARABIC", "北京" → "CJK"); "" for none."""
    letter = next((c for c in name if c.isalpha()), "")
    return unicodedata.name(letter, "").split(" ", 1)[0] if letter else ""


def is_capitalised(word: str) -> bool:
    """True for words a proper name can be: first letter upper case."""
    return bool(word) and word[0].isupper()


_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z0-9 '.\-]*$")


def is_latin_name(name: str) -> bool:
    """True for a capitalised name in Latin script (after folding): the alternate names of
    GeoNames worth indexing for English text ("Berdzor", "Nur-Sultan"), not transliteration
    keys in lower case ("lachin") or other scripts."""
    folded = fold(name)
    return (len(folded) >= 2 and "  " not in folded and bool(_LATIN_NAME.match(folded))
            and any(c.islower() for c in folded))


#: marks a transliteration opens a name with (ayn, hamza, apostrophes: "’Adel Bagrou",
#: "‘Ilut") that English text leaves out
_OPENING_MARKS = "'’‘ʿʾ"


def latin_name(name: str) -> str:
    """The name as English text writes it, without the marks of ayn or hamza it opens
    with ("’Adel Bagrou" → "Adel Bagrou"), if that is a Latin name (``is_latin_name``);
    "" otherwise."""
    bare = name.lstrip(_OPENING_MARKS)
    return bare if is_latin_name(bare) else ""
