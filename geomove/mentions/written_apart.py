"""A name written in two words where the index holds it as one: "Beled Weyne" for
Beledweyne, "Ceel Buur" for Ceelbuur (Somali names are written both ways)."""

from __future__ import annotations

import itertools
import operator

from ..gazetteer import name_key
from ..names import plain
from .words import is_common_word

_SETTLEMENT_KINDS = ("city", "town", "village")
# the mentions a name written apart may replace: a reading of one of its words alone
_REPLACEABLE_ROLES = ("place", "organisation")
# each word this long at least ("But T" is no Butte)
_LEAST_LETTERS = 3
_TEXT = operator.attrgetter("text")
_FIRST_CHARACTER = operator.itemgetter(slice(0, 1))
# id(gazetteer) -> {two words joined: is it a key of the index?}, at most this many a gazetteer
_JOINED_KEYS: dict[int, dict[str, bool]] = {}
_JOINED_KEYS_LIMIT = 100_000


class NamesWrittenApart:
    """Two capitalised words that are one place's name written apart."""

    def _joined_is_a_key(self, joined: str) -> bool:
        """Is ``joined`` the key of a name in the index's key trie? Kept per spelling across
        the documents of the process (a report repeats its people's names, and so do reports)."""
        known = _JOINED_KEYS.setdefault(id(self.gaz), {})
        hit = known.get(joined)
        if hit is None:
            if len(known) >= _JOINED_KEYS_LIMIT:
                known.clear()
            key = name_key(joined)
            hit = known[joined] = bool(key and self.gaz.has_key(key))
        return hit

    def _names_written_apart(self, mentions: list[dict]) -> list[dict]:
        """The mentions, with each pair of adjacent capitalised words (of three letters or more,
        not both everyday words) that no mention reads together, and that written as one word
        are exactly a town's name in the index (its own name one word), read as that town
        (the readings of either word alone give way). A place whose own name has two words is not asked for: the scan
        reads it whole where it is meant.

        why: "the mayor of Beled Weyne" read "Beled" as an organisation's word (Balad, Iraq)
        and "Weyne" as nothing; the index spells the town Beledweyne."""
        toks = self.toks
        by_tok: dict[int, list[dict]] = {}
        for m in mentions:
            if m.get("tok") is not None:
                for t in range(m["tok"], m["tok"] + m.get("n_tokens", 1)):
                    by_tok.setdefault(t, []).append(m)
        gone: set[int] = set()
        added = []
        # (only pairs of words both starting with a capital are asked further: found by C-level
        # passes over the tokens' first letters, as finder._lower_case_words finds its words)
        caps = list(map(str.isupper, map(_FIRST_CHARACTER, map(_TEXT, toks))))
        for j in itertools.compress(range(len(toks) - 1), map(operator.and_, caps, caps[1:])):
            a, b = toks[j], toks[j + 1]
            if not (a.is_word and b.is_word and a.is_capitalised and b.is_capitalised) \
                    or len(a.text) < _LEAST_LETTERS or len(b.text) < _LEAST_LETTERS \
                    or a.is_upper or b.is_upper or a.sentence != b.sentence or self.text[a.end:b.start] != " ":
                continue
            if is_common_word(a.text) and is_common_word(b.text):
                continue  # "the White House" is no Whitehouse
            over = by_tok.get(j, []) + by_tok.get(j + 1, [])
            if any(m["tok"] <= j and m["tok"] + m.get("n_tokens", 1) > j + 1 for m in over) \
                    or any(m["role"] not in _REPLACEABLE_ROLES or m["tok"] < j or m["tok"] + m.get("n_tokens", 1) > j + 2
                           for m in over):
                continue  # read together already, or a word of a longer name, a demonym or a person
            joined = a.text + b.lower
            if not self._joined_is_a_key(joined):
                continue  # (most pairs, names of people and bodies, join into no name at all)
            cands = [c for c in self.candidates(joined, None)
                     if c.get("name_similarity", 0) >= 1.0 and c.get("kind") in _SETTLEMENT_KINDS
                     and c.get("lat") is not None and " " not in plain(c.get("name") or "")
                     and plain(joined) in (plain(c.get("name") or ""), plain(c.get("matched_name") or ""))]
            if not cands:
                continue
            for c in cands:
                c["why"] = c.get("why", "") + f"; {a.text} {b.text!s} written apart"
            gone.update(id(m) for m in over)
            added.append({"start": a.start, "end": b.end, "surface": self.text[a.start:b.end], "tok": j,
                          "n_tokens": 2, "sentence": a.sentence, "role": "place", "cands": cands, "kind": None,
                          "importance": max(c.get("importance") or 0.0 for c in cands),
                          "first_in_sentence": a.first_in_sentence})
        if not added:
            return mentions
        return [m for m in mentions if id(m) not in gone] + added
