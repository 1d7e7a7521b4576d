"""Finding names: the compiled trie walk and the compiled half of the mention filters
give what the rules say, and the same mentions as the filters run in Python alone."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geomap.gazetteer.trie import NameTrie
from geomap.model import Article

FORMS = {" North": 0, " North America": 1, " South Caucasus": 2, " Caucasus": 3,
         " Mar": 4, " Kapan": 5, " Zangezur": 6, " Zangezur corridor": 7, " St. Louis": 8}


def found(trie: NameTrie, text: str) -> list[str]:
    matchable = " " + text
    return [matchable[start + 1:end + 1] for start, end, _ in trie.scan(matchable).tolist()]


def reference(forms: dict, text: str) -> list[str]:
    """The rule in plain Python: from each space the longest form; kept if it ends at a
    word boundary; the search goes on after it either way."""
    matchable, names, at = " " + text, [], 0
    while at < len(matchable):
        longest = max((f for f in forms if matchable.startswith(f, at)), key=len, default="")
        if not longest:
            at += 1
            continue
        end = at + len(longest)
        if end == len(matchable) or not matchable[end].isalnum():
            names.append(longest[1:])
        at = end
    return names


@pytest.mark.parametrize("text, names", [
    ("Shelling in the South Caucasus near Kapan.", ["South Caucasus", "Kapan"]),
    ("the Zangezur corridor, not Zangezur", ["Zangezur corridor", "Zangezur"]),
    ("North America and North", ["North America", "North"]),
    # the longest form runs into a letter: no name there, and none inside it
    ("North American trade; Marchers in Mar", ["Mar"]),
    ("St. Louis", ["St. Louis"]),
    ("", []),
])
def test_the_longest_name_ending_at_a_word_boundary_is_found(text, names):
    assert found(NameTrie.build(FORMS), text) == names


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["North", "America", "American", "South", "Caucasus",
                                 "Mar", "March", "Kapan", "Zangezur", "corridor", "St.",
                                 "Louis", "x", "Nort"]), max_size=12),
       st.lists(st.sampled_from([" ", "  ", "-", "."]), min_size=12, max_size=12))
def test_the_trie_walk_follows_the_rule(words, separators):
    text = "".join(w + s for w, s in zip(words, separators))
    assert found(NameTrie.build(FORMS), text) == reference(FORMS, text)


def test_an_empty_trie_finds_nothing():
    assert found(NameTrie.build({}), "North America") == []


#: words around names that the person and organisation rules look at, and others
_CONTEXT = ["President", "Gen.", "Dr.", "Mahsa", "Vladimir", "Houston", "Rockets",
            "University", "university", "news", "agency", "city", "said", "in", "of",
            "internationally",
            "the", "The", "(CICA)", "(", ")", "Conference", "on", "Asia", "McAllen",
            "al-Qaeda", "Kəlbəcər", "Zoé", "Алматы", "TEHRAN", "NAGORNO KARABAKH", "\n",
            "Lachin", "Goris", "Jordan", "King", "Paris", "Texas", "Moscow", "Berd",
            "Alen", "Simonyan", "Summit", "Trend", "Armenia's", "Yerevan.", "-", ",",
            "Mike", "de", "von", "der", "Kock", "Rio"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_CONTEXT), min_size=1, max_size=14),
       st.lists(st.sampled_from([" ", " ", " ", "\t", "", ", "]), min_size=14, max_size=14))
def test_the_compiled_filters_agree_with_the_python_ones(gazetteer, words, separators):
    text = "".join(w + s for w, s in zip(words, separators))
    article = Article(id="a", text=text)
    gazetteer.name_codes[:] = 0         # every name through the Python filters …
    in_python = gazetteer.find_mentions(article)
    compiled = gazetteer.find_mentions(article)   # … then, its verdicts known, compiled
    assert compiled == in_python
