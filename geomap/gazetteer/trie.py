"""The names worth looking for in text, as a byte trie that a compiled loop walks.

Finding names is one pass over an article's match text (``normalize.match_text``, ASCII
and length-preserving, with a space in front): every form starts with a space, so a walk
starts only at a word boundary, and it keeps the longest form it reaches; a form that
runs into a letter or digit ("Mar" in "March") is no name, and the pass goes on after
it. That is what the Aho-Corasick automaton geomap used before gave (leftmost-longest
matches, then a boundary check) without a Python step per match: ``kernels.scan_names``
does the walking and hands back only names that end at a word boundary.

The trie is four flat arrays, nodes numbered breadth first so that the nodes every walk
passes through (the first letters) lie together in memory; a node's edges are contiguous
and sorted by byte. Pure numpy: building and unpickling it imports no numba.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

#: a form's value: ``key_number * FORM_LENGTHS + len(form)``
FORM_LENGTHS = 256


@dataclass(frozen=True, eq=False)
class NameTrie:
    """Forms (ASCII strings starting with a space) → key numbers."""

    #: node → its first edge; the edges of node n are first[n] … first[n + 1] - 1
    first: np.ndarray
    #: edge → byte it reads, node it leads to
    edge_byte: np.ndarray
    edge_node: np.ndarray
    #: node → ``key * FORM_LENGTHS + len(form)`` of the form ending there, or -1
    value: np.ndarray

    @classmethod
    def build(cls, forms: Mapping[str, int]) -> NameTrie:
        """The trie of ``forms`` (form → key number); forms of FORM_LENGTHS characters or
        more are left out."""
        items = sorted((form.encode("ascii"), key) for form, key in forms.items()
                       if 0 < len(form) < FORM_LENGTHS)
        parent, byte, value = [-1], [0], [-1]
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
                value.append(-1)
            value[path[-1]] = key * FORM_LENGTHS + len(form)
            previous = form
        parents = np.array(parent, dtype=np.int64)
        size = len(parents)
        depth = np.zeros(size, dtype=np.int64)
        for node in range(1, size):     # nodes were made in preorder: parents first
            depth[node] = depth[parents[node]] + 1
        old = np.lexsort((np.arange(size), depth))  # breadth first, byte order kept
        new = np.empty(size, dtype=np.int64)
        new[old] = np.arange(size)
        parents = np.where(old == 0, -1, new[parents[old]])
        edges = np.argsort(parents[1:], kind="stable") + 1     # grouped by parent
        first = np.zeros(size + 1, dtype=np.int32)
        np.cumsum(np.bincount(parents[1:], minlength=size), out=first[1:])
        return cls(first=first, edge_byte=np.array(byte, dtype=np.uint8)[old][edges],
                   edge_node=edges.astype(np.int32),
                   value=np.array(value, dtype=np.int32)[old])

    @property
    def arrays(self) -> tuple[np.ndarray, ...]:
        """What ``kernels.scan_names`` walks."""
        return self.first, self.edge_byte, self.edge_node, self.value

    def scan(self, matchable: str) -> np.ndarray:
        """Rows (start, end inclusive, key number) of the names in ``matchable`` (ASCII,
        see the module docstring), in text order."""
        from .kernels import scan_names
        text = np.frombuffer(matchable.encode("ascii"), dtype=np.uint8)
        return scan_names(text, *self.arrays)
