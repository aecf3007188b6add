"""A name written in two words where the index holds it as one: "Beled Weyne" for
Beledweyne, "Ceel Buur" for Ceelbuur (Somali names are written both ways); and in two words
joined by a hyphen: "Pétion-Ville" for Pétionville (s23)."""

from __future__ import annotations

import bisect
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
# a town written with a hyphen is read as the index's one-word name only from this importance:
# the hyphen is how the name's own country writes many a village ("Kok-Tash", Kyrgyzstan) that
# the index lacks, while a namesake it holds in one word is elsewhere (Koktash, Tajikistan); a
# known town written otherwise ("Pétion-Ville", 0.66) is the town
HYPHEN_JOINED_IMPORTANCE = 0.4
# generic head words of town names that GeoNames keeps and reports drop: the Spanish "Ciudad"
# (city) of Ciudad Tecún Umán, written "Tecún Umán" on both sides of the Suchiate; a two-word
# name the index lacks is asked with each (see NamesWrittenApart._town_without_its_head)
DROPPED_HEADS = ("Ciudad",)
_TEXT = operator.attrgetter("text")
_START = operator.attrgetter("start")
# where a token may open with one of these (_article_written_on asks the tokens that start there)
_ARTICLES = ("Al", "El")
_FIRST_CHARACTER = operator.itemgetter(slice(0, 1))
# id(gazetteer) -> {two words joined: is it a key of the index?}, at most this many a gazetteer
_JOINED_KEYS: dict[int, dict[str, bool]] = {}
_JOINED_KEYS_LIMIT = 100_000


def _opens_with_an_article(word: str) -> bool:
    """"Elwak", "Alqaim": "El" or "Al", then a consonant, five letters or more in all."""
    return len(word) >= 5 and word[:2] in ("El", "Al") and word[2] not in "aeiouyAEIOUY-'’ " and word[2].isalpha()


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
        for j in self._pairs_of_capitals():
            a, b = toks[j], toks[j + 1]
            if not (a.is_word and b.is_word and a.is_capitalised and b.is_capitalised) \
                    or len(a.text) < _LEAST_LETTERS or len(b.text) < _LEAST_LETTERS \
                    or a.is_upper or b.is_upper or a.sentence != b.sentence or self.text[a.end:b.start] != " ":
                continue
            if is_common_word(a.text) and is_common_word(b.text):
                continue  # "the White House" is no Whitehouse
            if j in self.ship_tokens or j + 1 in self.ship_tokens:
                continue  # "the survey ship Xiang Yang Hong 10" is no Xiangyang
            over = by_tok.get(j, []) + by_tok.get(j + 1, [])
            if any(m["tok"] <= j and m["tok"] + m.get("n_tokens", 1) > j + 1 for m in over) \
                    or any(m["role"] not in _REPLACEABLE_ROLES or m["tok"] < j or m["tok"] + m.get("n_tokens", 1) > j + 2
                           for m in over):
                continue  # read together already, or a word of a longer name, a demonym or a person
            cands = self._towns_spelled(a.text + b.lower, f"{a.text} {b.text} written apart") \
                or self._town_without_its_head(a.text, b.text)
            if not cands:
                continue  # (most pairs, names of people and bodies, join into no name at all)
            gone.update(id(m) for m in over)
            added.append({"start": a.start, "end": b.end, "surface": self.text[a.start:b.end], "tok": j,
                          "n_tokens": 2, "sentence": a.sentence, "role": "place", "cands": cands, "kind": None,
                          "importance": max(c.get("importance") or 0.0 for c in cands),
                          "first_in_sentence": a.first_in_sentence})
        added += self._names_written_with_a_hyphen(by_tok)
        added += self._article_written_on(by_tok)
        if not added:
            return mentions
        return [m for m in mentions if id(m) not in gone] + added

    def _pairs_of_capitals(self):
        """The first tokens j of the pairs (j, j + 1) that may be two capitalised words side by
        side, in text order (the caller asks the rest of each).

        Two capitalised words one space apart in a sentence are two name words side by side,
        so they are neighbours in one run of names (tokens.runs_of_names: the runs are cut only
        at a lower-case "at" or "on", and joined only over a possessive's "'" and "s"): the
        pairs of the scan's runs hold every such pair, and a batch's runs hold a fifth of its
        tokens. Without the scan's runs (a finder that did not scan), the pairs of tokens both
        starting with a capital, found by C-level passes over every token's first letter."""
        runs = getattr(self, "scanned_runs", None)
        if runs is not None:
            return [j for run in runs if len(run) > 1 for j, k in zip(run, run[1:]) if k == j + 1]
        toks = self.toks
        texts = getattr(self, "tok_texts", None)  # (the tokens' texts, made by the tokenizer)
        caps = list(map(str.isupper, map(_FIRST_CHARACTER, texts if texts is not None else map(_TEXT, toks))))
        return itertools.compress(range(len(toks) - 1), map(operator.and_, caps, caps[1:]))

    def _town_without_its_head(self, first: str, second: str) -> list[dict]:
        """The readings of a two-word name that the index holds only with a generic head word
        reports leave out (DROPPED_HEADS): "Tecún Umán" for Ciudad Tecún Umán, the Guatemalan
        border town, whose words alone read as a Mexican hamlet (El Tecuán) and Oman; [] for none.

        why: probe report of my own (s26): "crossed from Tecun Uman into Mexico" split the name."""
        for head in DROPPED_HEADS:
            cands = self._towns_spelled(f"{head} {first} {second}", f"{first} {second}, called {head} "
                                        f"{first} {second} in full", one_word=False)
            if cands:
                return cands
        return []

    def _towns_spelled(self, joined: str, why: str, one_word: bool = True) -> list[dict]:
        """The readings of ``joined`` that are exactly a town's name in the index (its spelling or
        the spelling matched), a name of one word ("Beledweyne") unless not ``one_word`` ("El
        Wak"), each with ``why`` added; [] for none."""
        if not self._joined_is_a_key(joined):
            return []
        if not self._spelled_so_in_its_key(joined):
            return []
        cands = [c for c in self.candidates(joined, None)
                 if c.get("name_similarity", 0) >= 1.0 and c.get("kind") in _SETTLEMENT_KINDS
                 and c.get("lat") is not None and (not one_word or " " not in plain(c.get("name") or ""))
                 and plain(joined) in (plain(c.get("name") or ""), plain(c.get("matched_name") or ""))]
        for c in cands:
            c["why"] = c.get("why", "") + f"; {why}"
        return cands

    def _spelled_so_in_its_key(self, joined: str) -> bool:
        """Can a candidate of ``joined`` be spelled so (its name or the spelling matched, as
        plain forms)? No when the rows of its key are spelled otherwise and the look-up's first
        stage finds a place among them (Gazetteer.exact_spellings: its later stages are then not
        run): ~100 joined words a batch of 380 reports ('Thekilleen', 'Birdflu'), a key of some
        other spelling, 9 in 10 of them no town, each a ranked look-up of its own otherwise."""
        exact = getattr(self.gaz, "exact_spellings", None)
        if exact is None:
            return True
        spelled, found = exact(joined)
        if not found:
            return True  # (the look-up goes on to other keys, whose spellings are not listed)
        want = plain(joined)
        return any(plain(s) == want for s in spelled)

    def _article_written_on(self, by_tok: dict[int, list[dict]]) -> list[dict]:
        """A word that is an Arabic article written on to the name after it, which the index
        holds apart: "from Mandera to Elwak" (El Wak), of importance HYPHEN_JOINED_IMPORTANCE or
        more, asked only of a capitalised word no mention reads that opens with "El" or "Al"
        and a consonant.

        why: probe report of my own (s23): "moved from Mandera to Elwak" found no destination."""
        toks = self.toks
        out = []
        # (the words that open with "El" or "Al": the tokens that start where the text has one
        # of them, found by a scan of the text and a bisection each, in text order; a pass
        # over every token cost ~4x as much. Then only those are asked further, in Python)
        for j in _tokens_opening_at(toks, _offsets_of(self.text, _ARTICLES)):
            if j in by_tok:
                continue
            tok = toks[j]
            if not _opens_with_an_article(tok.text) or not tok.is_word or tok.is_upper:
                continue
            apart = f"{tok.text[:2]} {tok.text[2].upper()}{tok.text[3:]}"
            found = self._known_town_as_a_word(j, apart, f"{tok.text} written as one word", one_word=False)
            if found is not None:
                out.append(found)
        return out

    def _known_town_as_a_word(self, j: int, spelled: str, why: str, one_word: bool = True) -> dict | None:
        """The place mention of token ``j`` read as the town the index spells ``spelled`` (of
        importance HYPHEN_JOINED_IMPORTANCE or more; :meth:`_towns_spelled`), else None."""
        cands = [c for c in self._towns_spelled(spelled, why, one_word=one_word)
                 if (c.get("importance") or 0.0) >= HYPHEN_JOINED_IMPORTANCE]
        if not cands:
            return None
        tok = self.toks[j]
        return {"start": tok.start, "end": tok.end, "surface": tok.text, "tok": j,
                "n_tokens": 1, "sentence": tok.sentence, "role": "place", "cands": cands, "kind": None,
                "importance": max(c.get("importance") or 0.0 for c in cands),
                "first_in_sentence": tok.first_in_sentence}

    def _names_written_with_a_hyphen(self, by_tok: dict[int, list[dict]]) -> list[dict]:
        """A word of two capitalised parts joined by a hyphen that no mention reads, whose parts
        written as one word are exactly a town's name in the index: "advanced from Pétion-Ville"
        (Pétionville). The two parts keep word keys of their own (the second's first vowel), so
        the hyphenated spelling is no key of the one-word name.

        why: probe report of my own (s23): "from Pétion-Ville into Kenscoff" found no origin."""
        toks = self.toks
        out = []
        # (only words with a hyphen are asked further: the tokens that hold a hyphen of the
        # text, each once, in text order, found by str.find and a bisection each; a pass over
        # every token cost ~5x as much)
        for j in _tokens_holding(toks, self.text, "-"):
            if j in by_tok:
                continue  # read already: "Port-Gentil", "Kenyan-Haitian", "Goma-based"
            tok = toks[j]
            parts = tok.text.split("-")
            if len(parts) != 2 or not tok.is_capitalised or tok.is_upper \
                    or any(len(p) < _LEAST_LETTERS or not p[:1].isupper() or not p.isalpha() for p in parts):
                continue
            if is_common_word(parts[0]) and is_common_word(parts[1]):
                continue  # "Cross-Border", "Air-Land": words, not a name
            found = self._known_town_as_a_word(j, parts[0] + parts[1].lower(), f"{tok.text} written with a hyphen")
            if found is not None:
                out.append(found)
        return out


def _offsets_of(text: str, words: tuple[str, ...]) -> list[int]:
    """Where ``text`` writes one of ``words`` (none of which can overlap another or itself:
    "Al", "El"), ascending. By ``str.find``, a C search for the word's first character: the
    pattern ``[EA]l`` it replaces tested its set at every character of the text (with
    layout.squeeze's sample, 68.6 M instructions less for the 380 dev documents, speed150)."""
    out = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            out.append(at)
            at = text.find(word, at + len(word))
    out.sort()
    return out


def _tokens_opening_at(toks, offsets) -> list[int]:
    """The indexes of the tokens that start at one of ``offsets`` (ascending), in order."""
    out = []
    for at in offsets:
        j = bisect.bisect_left(toks, at, key=_START)
        if j < len(toks) and toks[j].start == at:
            out.append(j)
    return out


def _tokens_holding(toks, text: str, char: str) -> list[int]:
    """The indexes of the tokens whose text holds ``char``, each once, in order (a token's text
    is text[start:end])."""
    out = []
    at = text.find(char)
    while at >= 0:
        j = bisect.bisect_right(toks, at, key=_START) - 1
        if j >= 0 and at < toks[j].end and (not out or out[-1] != j):
            out.append(j)
        at = text.find(char, at + 1)
    return out
