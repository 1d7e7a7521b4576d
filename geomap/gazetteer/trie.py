"""The names worth looking for in text, as a byte trie that a compiled loop walks.

Finding names is one pass over an article's match text (``normalize.match_text``, ASCII
and length-preserving, with a space in front): every form starts with a space, so a walk
starts only at a word boundary, and it keeps the longest form it reaches; a form that
runs into a letter or digit ("Mar" in "March") is no name, and the pass goes on after
it. That is what the Aho-Corasick automaton geomap used before gave (leftmost-longest
matches, then a boundary check) without a Python step per match: ``kernels.scan_names``
does the walking and hands back only names that end at a word boundary.

The trie is two arrays. ``nodes`` holds one int64 record per node (its byte, whether it
is the last of its siblings, its first child, its form's key number), so that a step
reads one record rather than one entry of four arrays. A node's children lie together,
sorted by byte and searched in order (deep nodes have one or two); the groups of
children are laid out in the order a depth-first walk meets their parents, so that a
walk down a long name — most of a walk's steps past the first letters — reads records
that lie next to each other instead of one cache miss per letter. ``entry`` is where
every walk starts: the node of " " and a first byte, and of " " and two bytes, one array
read each instead of a search among the thirty or so first letters and their children.
Pure numpy: building and unpickling it imports no numba.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

#: forms this long or longer are left out (none of the gazetteer's come near)
FORM_LENGTHS = 256
#: a node's record: the byte read into it (bits 0-7), LAST if it is the last of its
#: siblings, its first child (0: none, the root is no child) from bit CHILD and 1 + the
#: key number of the form ending there (0: none) from bit KEY, 27 bits each (FIELD)
LAST = 1 << 8
CHILD, KEY = 9, 36
FIELD = (1 << 27) - 1


@dataclass(frozen=True, eq=False)
class NameTrie:
    """Forms (ASCII strings starting with a space) → key numbers."""

    #: node → record (see LAST, CHILD, KEY); the root is node 0
    nodes: np.ndarray
    #: [0, b] → node of " " + b; [1 + b, c] → node of " " + b + c; -1 where no form
    #: starts so
    entry: np.ndarray

    @classmethod
    def build(cls, forms: Mapping[str, int]) -> NameTrie:
        """The trie of ``forms`` (form → key number); forms of FORM_LENGTHS characters or
        more are left out."""
        items = sorted((form.encode("ascii"), key) for form, key in forms.items()
                       if 0 < len(form) < FORM_LENGTHS)
        parent, byte, key_of = [-1], [0], [-1]
        path = [0]                  # nodes along the previous form; sorted forms share
        previous = b""              # their common prefix with the one before
        for form, key in items:
            common = 0
            for a, b in zip(previous, form):
                if a != b:
                    break
                common += 1
            del path[common + 1:]
            for depth in range(common, len(form)):
                path.append(len(parent))
                parent.append(path[-2])
                byte.append(form[depth])
                key_of.append(-1)
            key_of[path[-1]] = key
            previous = form
        # nodes were made in depth-first order, siblings by byte; numbered anew as groups
        # of siblings in the order their parents were made, a node's children start at
        # 1 + the number of children of the nodes made before it
        parents = np.array(parent, dtype=np.int64)
        size = len(parents)
        if size > FIELD or max(key_of) >= FIELD:
            raise ValueError(f"a trie of {size} nodes and {max(key_of) + 1} keys is "
                             f"too big for its records")
        children = np.bincount(parents[1:], minlength=size)
        first_child = np.cumsum(children) - children + 1
        old = np.concatenate(([0], np.argsort(parents[1:], kind="stable") + 1))
        new = np.empty(size, dtype=np.int64)
        new[old] = np.arange(size)
        last = np.zeros(size, dtype=bool)
        last[(first_child + children - 1)[children > 0]] = True       # by new number
        byte_of = np.array(byte, dtype=np.int64)
        keys = np.array(key_of, dtype=np.int64)
        nodes = (byte_of[old] | last.astype(np.int64) * LAST
                 | np.where(children > 0, first_child, 0)[old] << CHILD
                 | (keys[old] + 1) << KEY)
        entry = np.full((257, 256), -1, dtype=np.int32)
        spaces = np.flatnonzero((parents == 0) & (byte_of == 32))
        if len(spaces):
            opening = np.flatnonzero(parents == spaces[0])
            entry[0, byte_of[opening]] = new[opening]
            second = np.flatnonzero(np.isin(parents, opening))
            entry[1 + byte_of[parents[second]], byte_of[second]] = new[second]
        return cls(nodes=nodes, entry=entry)

    @property
    def arrays(self) -> tuple[np.ndarray, ...]:
        """What ``kernels.scan_names`` walks."""
        return self.nodes, self.entry

    def scan(self, matchable: str) -> np.ndarray:
        """Rows (start, end inclusive, key number) of the names in ``matchable`` (ASCII,
        see the module docstring), in text order."""
        from .kernels import scan_names
        text = np.frombuffer(matchable.encode("ascii"), dtype=np.uint8)
        return scan_names(text, *self.arrays)
