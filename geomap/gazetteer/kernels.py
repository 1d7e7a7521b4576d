"""The gazetteer's compiled loops: finding names (``scan_names`` over a ``trie.NameTrie``;
``find_names`` also settles each name whose verdict needs no Python, see
``mentions.find_mentions``) and the article-context pass (``coherence_kernel``, for
``disambiguation.coherence``).

Finding names walks the trie from every space of an article's match text before a byte
some form starts with (found first, by a loop without branches): two table reads for
the first two letters, then one node record per letter, where a Python step per match
cost more than the search itself; most names then need nothing but their key's verdict
and a look at the bytes around them. The walk's cost is memory: the trie's records are
laid out (``trie``) so that a letter mostly reads a record next to the last one.

An article weighs every reading of every name against every reading of the others: a
few hundred pairs, in two rounds. As numpy that is about a hundred array operations of
a few microseconds each per article, which made it most of the time spent resolving;
numba compiles the same arithmetic to one loop nest (cached on disk after the first
run). The rules are those of ``coherence``'s docstring; this module only computes.

Inputs are flat over the readings of all names, name after name (``sizes`` holds how
many each name has): their ``readings`` rows, logits included (columns and flags as
``disambiguation`` lays them out in ``reading``, which imports no numba).
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit

from .disambiguation import (COUNTRY, DIVISION, FLAGS, IS_AREA, IS_COUNTRY, IS_DIVISION,
                             LOGIT, PLACE, X, Y, Z)
from .mentions import ALWAYS, CHECK, NEVER, WORD
from .trie import CHILD, FIELD, KEY, LAST

#: affinities between two readings, in the order reasons prefer them on a tie
NEAR, IN_DIVISION, SAME_DIVISION, IN_COUNTRY, SAME_COUNTRY = range(5)
#: ``weights`` layout
W_NEAR_KM, W_CLOSE_KM, W_NEARBY, W_IN_DIVISION, W_SAME_ADMIN1, W_IN_COUNTRY, \
    W_SAME_COUNTRY, W_SUPPORT_COST, W_MAX_TRAIL, W_MAX_LOCAL = range(10)
#: pairs of readings whose loans ``coherence_kernel`` keeps between rounds (two arrays of
#: this many floats, 4 MB): beyond, each round computes them again
KEPT_PAIRS = 250_000




@njit(cache=True)
def _fits(a, b, readings, weights, near_half, close_half):
    """The five affinities of readings a and b, in the order NEAR … SAME_COUNTRY.

    Distances are compared as the haversine term of the chord between unit vectors,
    ``half`` = chord² / 4 = sin²(d / 2R): a logarithm and an arcsine are only needed for
    pairs between ``close_km`` and ``near_km`` apart."""
    flags_a, flags_b = int(readings[a, FLAGS]), int(readings[b, FLAGS])
    same_country = readings[a, COUNTRY] >= 0 and readings[a, COUNTRY] == readings[b, COUNTRY]
    same_division = (readings[a, DIVISION] >= 0
                     and readings[a, DIVISION] == readings[b, DIVISION])
    point_a, point_b = not flags_a & IS_AREA, not flags_b & IS_AREA
    in_division = same_division and ((flags_b & IS_DIVISION and point_a)
                                     or (flags_a & IS_DIVISION and point_b))
    both_local = not flags_a & IS_COUNTRY and not flags_b & IS_COUNTRY
    near = 0.0
    if point_a and point_b:
        dx = readings[a, X] - readings[b, X]
        dy = readings[a, Y] - readings[b, Y]
        dz = readings[a, Z] - readings[b, Z]
        half = (dx * dx + dy * dy + dz * dz) / 4.0
        if half <= close_half:
            near = weights[W_NEARBY]
        elif half < near_half:
            km = max(12742.0 * math.asin(math.sqrt(min(half, 1.0))), 1e-3)
            near = weights[W_NEARBY] * min(
                math.log(weights[W_NEAR_KM] / km)
                / math.log(weights[W_NEAR_KM] / weights[W_CLOSE_KM]), 1.0)
    return (near,
            weights[W_IN_DIVISION] if in_division else 0.0,
            weights[W_SAME_ADMIN1] if same_division and both_local and not in_division
            else 0.0,
            weights[W_IN_COUNTRY] if same_country and (flags_a & IS_COUNTRY)
            != (flags_b & IS_COUNTRY) else 0.0,
            weights[W_SAME_COUNTRY] if same_country and both_local else 0.0)


@njit(cache=True)
def _loans(a, b, readings, weights, near_half, close_half):
    """What readings a and b lend each other before costs (``_fits`` is symmetric): the
    best of their local fits and the best of their national ones."""
    fits = _fits(a, b, readings, weights, near_half, close_half)
    return (max(fits[NEAR], fits[IN_DIVISION], fits[SAME_DIVISION]),
            max(fits[IN_COUNTRY], fits[SAME_COUNTRY]))


@njit(cache=True)
def _by_logit(logits, start, end):
    """Positions start … end-1, highest logit first, in order on a tie (an insertion
    sort: a name has at most a few dozen readings)."""
    order = np.arange(start, end)
    for k in range(1, end - start):
        at = order[k]
        m = k
        while m > 0 and logits[order[m - 1]] < logits[at]:
            order[m] = order[m - 1]
            m -= 1
        order[m] = at
    return order


@njit(cache=True)
def _first_top(values, start, size):
    """The first position of the highest value among values[start:start + size]."""
    top = start
    for k in range(start, start + size):
        if values[k] > values[top]:
            top = k
    return top


@njit(cache=True)
def _lent(bonus, kind, partner, supporters, starts, ends):
    """The readings given a bonus, in order, as rows (name, option, reason kind, partner's
    name, partner's option, supporters) and their bonuses: what Python reads of
    ``coherence_kernel``'s per-reading arrays, without a numpy call per column."""
    count = 0
    for k in range(bonus.shape[0]):
        if bonus[k] != 0:
            count += 1
    rows = np.empty((count, 6), np.int64)
    amounts = np.empty(count)
    count = 0
    for g in range(starts.shape[0]):
        for k in range(starts[g], ends[g]):
            if bonus[k] == 0:
                continue
            lender = partner[k]
            h = np.searchsorted(starts, lender, side="right") - 1 if lender >= 0 else -1
            rows[count, 0] = g
            rows[count, 1] = k - starts[g]
            rows[count, 2] = kind[k]
            rows[count, 3] = h
            rows[count, 4] = lender - starts[h] if lender >= 0 else -1
            rows[count, 5] = supporters[k]
            amounts[count] = bonus[k]
            count += 1
    return rows, amounts


@njit(cache=True)
def coherence_kernel(sizes, readings, weights, max_options, max_readings, rounds):
    """(rows, bonuses) of the readings given a context bonus (``_lent``): the bonus, and
    for the readings that win their name with some support the kind of fit that lends
    most (-1 for none), the reading that lends it and how many witnesses lend
    anything."""
    logits = readings[:, LOGIT]
    total = len(logits)
    names = len(sizes)
    starts = np.empty(names, np.int64)
    ends = np.empty(names, np.int64)
    end = 0
    for g in range(names):
        starts[g] = end
        end += sizes[g]
        ends[g] = end
    bonus_out = np.zeros(total)
    kind_out = np.full(total, -1, np.int64)
    partner_out = np.full(total, -1, np.int64)
    supporters_out = np.zeros(total, np.int64)
    # the readings weighed: per name the most likely, at most max_options, none trailing
    # by max_trail; an article naming so many places that they would make more than
    # max_readings readings weighs fewer per name (the work grows with their square)
    ordered = np.empty(total, np.int64)
    eligible = np.empty(names, np.int64)
    for g in range(names):
        ordered[starts[g]:ends[g]] = _by_logit(logits, starts[g], ends[g])
        floor = logits[ordered[starts[g]]] - weights[W_MAX_TRAIL]
        count = 1
        while (count < min(ends[g] - starts[g], max_options)
               and logits[ordered[starts[g] + count]] >= floor):
            count += 1
        eligible[g] = count
    cap = max_options
    while cap > 1 and np.minimum(eligible, cap).sum() > max_readings:
        cap -= 1
    chosen = np.empty(total, np.int64)
    owner = np.empty(total, np.int64)
    run_start = np.empty(names, np.int64)
    run_size = np.empty(names, np.int64)
    n = 0
    ambiguous = 0
    for g in range(names):
        run_start[g] = n
        run_size[g] = min(eligible[g], cap)
        for k in range(run_size[g]):
            chosen[n] = ordered[starts[g] + k]
            owner[n] = g
            n += 1
        if run_size[g] > 1:
            ambiguous += 1
    if names < 2 or ambiguous == 0:
        return _lent(bonus_out, kind_out, partner_out, supporters_out, starts, ends)
    near_half = math.sin(weights[W_NEAR_KM] / 12742.0) ** 2
    close_half = math.sin(weights[W_CLOSE_KM] / 12742.0) ** 2
    base = np.empty(n)
    for k in range(n):
        base[k] = logits[chosen[k]]
    bonus = np.zeros(n)
    cost = np.zeros(n)
    witness = np.empty(names, np.int64)
    favourite_place = np.empty(names)
    local_best = np.empty(names)
    national_best = np.empty(names)
    # the pairs' loans, computed once for all rounds (and once for both readings of a
    # pair) while they take at most KEPT_PAIRS cells: an article naming thousands of
    # places must not need n² memory, and then each round computes them again
    kept = n * n <= KEPT_PAIRS
    local_loan = np.empty((n, n) if kept else (1, 1))
    national_loan = np.empty((n, n) if kept else (1, 1))
    if kept:
        for i in range(n):
            for j in range(i + 1, n):
                if owner[j] != owner[i] and (run_size[owner[i]] > 1 or run_size[owner[j]] > 1):
                    local, national = _loans(chosen[i], chosen[j], readings, weights,
                                             near_half, close_half)
                    local_loan[i, j] = local_loan[j, i] = local
                    national_loan[i, j] = national_loan[j, i] = national
    for _ in range(rounds):
        current = base + bonus
        # each name's favourite (its first top reading) is its witness; names whose
        # favourites are one place are one witness
        witnesses = 0
        for g in range(names):
            top = _first_top(current, run_start[g], run_size[g])
            for k in range(run_start[g], run_start[g] + run_size[g]):
                cost[k] = weights[W_SUPPORT_COST] * (current[top] - current[k])
            favourite_place[g] = readings[chosen[top], PLACE]
            witness[g] = -1
            for h in range(g):
                if favourite_place[h] == readings[chosen[top], PLACE]:
                    witness[g] = witness[h]
                    break
            if witness[g] < 0:
                witness[g] = witnesses
                witnesses += 1
        new_bonus = np.zeros(n)
        for i in range(n):
            if run_size[owner[i]] < 2:
                continue
            local_best[:witnesses] = 0.0
            national_best[:witnesses] = 0.0
            for j in range(n):
                if owner[j] == owner[i]:
                    continue
                if kept:
                    local, national = local_loan[i, j], national_loan[i, j]
                else:
                    local, national = _loans(chosen[i], chosen[j], readings, weights,
                                             near_half, close_half)
                w = witness[owner[j]]
                loan = local - cost[j]
                if loan > local_best[w]:
                    local_best[w] = loan
                loan = national - cost[j]
                if loan > national_best[w]:
                    national_best[w] = loan
            support, strongest, count = 0.0, 0.0, 0
            for w in range(witnesses):
                support += local_best[w]
                strongest = max(strongest, national_best[w])
                if local_best[w] > 0 or national_best[w] > 0:
                    count += 1
            new_bonus[i] = min(support, weights[W_MAX_LOCAL]) + strongest
            supporters_out[chosen[i]] = count
        bonus = new_bonus
    final = base + bonus
    for g in range(names):
        top = _first_top(final, run_start[g], run_size[g])
        for i in range(run_start[g], run_start[g] + run_size[g]):
            if bonus[i] <= 0:
                supporters_out[chosen[i]] = 0
                continue
            bonus_out[chosen[i]] = bonus[i]
            if final[i] < final[top]:
                continue
            # the reason: the kind of fit that lends most, and the reading lending it
            best, best_kind, best_partner = -np.inf, -1, -1
            for j in range(n):
                if owner[j] == owner[i]:
                    continue
                fits = _fits(chosen[i], chosen[j], readings, weights, near_half,
                             close_half)
                for kind in range(5):
                    value = fits[kind] - cost[j]
                    if value > best or (value == best and kind < best_kind):
                        best, best_kind, best_partner = value, kind, j
            kind_out[chosen[i]] = best_kind
            partner_out[chosen[i]] = chosen[best_partner]
    return _lent(bonus_out, kind_out, partner_out, supporters_out, starts, ends)


@njit(cache=True, inline="always")
def _child(nodes, node, byte):
    """The child of ``node`` reached by ``byte``, or -1 (siblings are sorted by byte; past
    the first letters a node has one or two children)."""
    child = (nodes[node] >> CHILD) & FIELD
    if child == 0:
        return -1
    while True:
        record = nodes[child]
        if record & 255 == byte:
            return child
        if record & 255 > byte or record & LAST:
            return -1
        child += 1


@njit(cache=True)
def _is_upper(byte):
    return 65 <= byte <= 90


@njit(cache=True)
def _is_lower(byte):
    return 97 <= byte <= 122


@njit(cache=True)
def _is_alnum(byte):
    return 48 <= byte <= 57 or _is_upper(byte) or _is_lower(byte)


@njit(cache=True)
def _word_goes_on(text, at):
    """True if an apostrophe at ``at`` joins two parts of one word ("Ren'ai", "Hawai'i"):
    a letter follows it, other than a possessive's "s" ending the word."""
    size = text.shape[0]
    if text[at] != 39 or at + 1 == size or not (_is_upper(text[at + 1])
                                                or _is_lower(text[at + 1])):
        return False
    possessive = (text[at + 1] == 115 or text[at + 1] == 83) and (
        at + 2 == size or not _is_alnum(text[at + 2]))
    return not possessive


@njit(cache=True)
def _ends_word(text, end):
    """True if a form ending at ``end`` (inclusive) ends a word of ``text``."""
    return end + 1 == text.shape[0] or not (_is_alnum(text[end + 1])
                                            or _word_goes_on(text, end + 1))


@njit(cache=True)
def _plural_s(text, end):
    """True if an "s" ending a word follows ``end``: the form's last word in the plural."""
    return text[end + 1] == 115 and (end + 2 == text.shape[0] or not _is_alnum(text[end + 2]))


@njit(cache=True)
def scan_names(text, nodes, entry):
    """(start, end inclusive, key number) rows of the names in ``text`` (bytes of match
    text): from each space, the longest form the trie holds; kept if it ends at a word
    boundary — not at an apostrophe inside a word: "Ren'ai" is no Ren, Rennes — and the
    search goes on after it either way (see ``trie``). A form whose last word the text
    puts in the plural gives way to the shorter form inside it ("the Poonch and Mendhar
    sectors": the trie's "Mendhar sector" ran into the "s", Mendhar is meant)."""
    size = text.shape[0]
    # first where a walk may start, a space before a byte some form starts with: a
    # loop without a branch, where testing each byte for a space mispredicted at every
    # word; a name starts at one of these, so they also bound the rows
    starts = np.empty(size, np.int64)
    candidates = 0
    for at in range(size - 1):
        starts[candidates] = at
        candidates += (text[at] == 32) & (entry[0, text[at + 1]] >= 0)
    found = np.empty((candidates, 3), np.int64)
    names = 0
    resume = 0                  # past the last form reached: no walk starts in it
    for k in range(candidates):
        at = starts[k]
        if at < resume:
            continue
        # the nodes of the first two letters from ``entry``, then a record per letter
        end, key = -1, -1
        shorter, shorter_key = -1, -1       # the form found before ``end``
        record = nodes[entry[0, text[at + 1]]]
        if record >> KEY:
            end, key = at + 1, (record >> KEY) - 1
        step = at + 2
        node = entry[1 + text[at + 1], text[step]] if step < size else -1
        while node >= 0:
            record = nodes[node]
            if record >> KEY:
                shorter, shorter_key = end, key
                end, key = step, (record >> KEY) - 1
            step += 1
            if step == size:
                break
            node = _child(nodes, node, text[step])
        if end < 0:
            continue
        if not _ends_word(text, end) and shorter >= 0 and _plural_s(text, end) \
                and _ends_word(text, shorter):
            # "the Poonch and Mendhar sectors": no Mendhar sector, but Mendhar
            end, key = shorter, shorter_key
        if _ends_word(text, end):
            found[names, 0] = at
            found[names, 1] = end
            found[names, 2] = key
            names += 1
        resume = end + 1
    return found[:names]


@njit(cache=True)
def _packed_before(raw, end):
    """The lower-case word of at most 12 letters that ends at ``end`` of ``raw``, packed
    like ``mentions.packed_word``; -1 for any other word."""
    at = end - 1
    while at >= 0 and _is_lower(raw[at]):
        at -= 1
    letters = end - 1 - at
    if letters == 0 or letters > 12 or (at >= 0 and raw[at] != 32 and raw[at] != 9):
        return -1
    packed = 0
    for n in range(letters):
        packed |= (raw[at + 1 + n] - 96) << (5 * n)
    return packed


@njit(cache=True)
def _capitals_near(raw, start, end, organisations, particles):
    """False when ``mentions.person_or_organisation`` has nothing to look at around the
    name at [start, end) of ``raw`` (the article as ASCII bytes, "?" for anything else):
    no "(" after it, no capital letter in the word before it or starting the word after
    it, the word before it (packed) is not in ``particles`` ("de" in "Mike de Kock", a
    title in lower case: "commissioner Hassan", ``mentions.particle_codes``), and
    the word after it (in lower case, packed by ``mentions.packed_word``) is not in
    ``organisations``. True means: maybe, ask Python."""
    size = raw.shape[0]
    if (end < size and raw[end] == 40) or (end + 1 < size and raw[end + 1] == 40):
        return True
    if start >= 2 and (raw[start - 1] == 32 or raw[start - 1] == 9):
        low = start - 40 if start > 40 else 0
        at = start - 2
        while at >= low and raw[at] != 32 and raw[at] != 9:
            if _is_upper(raw[at]):
                return True
            at -= 1
        packed = _packed_before(raw, start - 1)
        if packed >= 0:
            found = np.searchsorted(particles, packed)
            if found < particles.shape[0] and particles[found] == packed:
                return True
    if end + 1 < size and (raw[end] == 32 or raw[end] == 9):
        if _is_upper(raw[end + 1]):
            return True
        packed, letters = 0, 0
        at = end + 1
        limit = min(end + 40, size)
        while at < limit and _is_lower(raw[at]):
            if letters < 12:
                packed |= (raw[at] - 96) << (5 * letters)
            letters += 1
            at += 1
        if letters > 12 or (at < limit and (
                _is_upper(raw[at]) or raw[at] == 39 or raw[at] == 45)):
            return True         # a word the packing does not read: "McAllen", "al-Qaeda"
        if letters > 0:
            found = np.searchsorted(organisations, packed)
            return found < organisations.shape[0] and organisations[found] == packed
    return False


@njit(cache=True)
def find_names(text, raw, nodes, entry, codes, organisations, particles, keep_never):
    """Rows (start, end, key, action) of ``scan_names``' names, the action being their
    key's code (``mentions.UNKNOWN`` …), a CHECK turned to ALWAYS unless
    ``_capitals_near``; names whose key is NEVER a place, or a WORD not capitalised, are
    left out unless ``keep_never`` (they still shadow shorter names found otherwise)."""
    hits = scan_names(text, nodes, entry)
    rows = np.empty((hits.shape[0], 4), np.int64)
    count = 0
    for h in range(hits.shape[0]):
        code = codes[hits[h, 2]]
        if code == WORD and not _is_upper(raw[hits[h, 0]]):
            code = NEVER                # "reading", "nice": the words
        if code == NEVER and not keep_never:
            continue
        if code == CHECK and not _capitals_near(raw, hits[h, 0], hits[h, 1], organisations,
                                                particles):
            code = ALWAYS
        rows[count, :3] = hits[h]
        rows[count, 3] = code
        count += 1
    return rows[:count]
