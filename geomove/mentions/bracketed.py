"""A town's bracketed qualifier is part of its name: "Frankfurt (Oder)", "Halle (Saale)",
"Kempten (Allgäu)". German towns (and some others) are told apart from their namesakes by a
river or a region in brackets, and GeoNames keeps the bracket in the town's own name. The scan
read the name before the bracket alone, which the text's other places then ranked: "left
Mannheim ... reached Frankfurt (Oder)" read Frankfurt am Main, and the word in the brackets
was a mention of its own ("Saale" as Salé, Morocco).

Only a bracket right after a place mention, holding one to three capitalised words, and only
where the name with its bracket is, letter for letter, a settlement's name in the index: a
country or an agency in brackets ("Gao (Mali)", "Kidal (AFP)") names no such row and leaves
both mentions as they were, and so does a bracket that is another name of the same place
("Khankendi (Stepanakert)": each name reads it alone). (s37 gaz59, sentences of my own: tests/test_s37_gaz59.py)
"""

from __future__ import annotations

from bisect import bisect_left

from ..names import plain
from .words import SETTLEMENT_KINDS
from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("mentions-bracketed")  # (kept code: ~1 M instructions a pattern otherwise)
# " (Oder)", " (Saale)", " (Santa Leticia)": one to three words in brackets right after the
# name, each a letter then letters (a hyphen or a point may join the parts of a word); no
# character is both a letter of a word and a separator, so the match is linear
_QUALIFIER = _PATTERNS.compile(r" \(([^\W\d_][^\W\d_.-]*(?:[.-][^\W\d_]+)*\.?(?: [^\W\d_][^\W\d_.-]*(?:[.-][^\W\d_]+)*\.?){0,2})\)")
_QUALIFIER_MAX = 48  # characters after the name the bracket may take (the match is asked in this slice)
# "Escoda (Sabina) Shoal", "the Dnipro (Dnieper) river": a name, its other name in brackets, then
# the kind word both names share (capitalised or not); the name before the bracket is walked back
# token by token from the bracket's start
_OTHER_NAME_THEN_KIND = _PATTERNS.compile(
    r" \(([^\W\d_][^\W\d_.-]*(?: [^\W\d_][^\W\d_.-]*){0,2})\) ([^\W\d_]+)(?![\w'’-])")
# the kind words of natural features and works a name may share with its other name (the index
# decides the rest: "A Kind" or "B Kind" must be, letter for letter, a name of one of its rows)
SHARED_KIND_WORDS = frozenset(("shoal", "reef", "island", "islands", "atoll", "cay", "bank", "river", "lake",
                               "strait", "bay", "gulf", "sea", "canal", "dam", "bridge", "mountain", "mountains",
                               "valley", "peninsula", "plateau", "basin", "crossing", "pass", "lagoon"))
_MOST_NAME_WORDS = 3  # capitalised words of the name before the bracket
# lower-case words inside a name ("Bajo de Masinloc"), and capitalised words that open a sentence, no name
_NAME_LINKS = frozenset(("de", "del", "da", "do", "dos", "di", "la", "el", "al"))
_NO_NAME_WORDS = frozenset(("the", "a", "an", "in", "at", "on", "to", "from", "near", "and"))


class BracketedQualifiers:
    """Finder stage (before resolve): a place mention followed by its bracketed qualifier is
    the settlement the index names with the bracket."""

    def _names_with_a_bracketed_qualifier(self, mentions: list[dict]) -> list[dict]:
        text = self.text
        if " (" not in text:
            return mentions  # (most texts: one C-level test)
        gone: set[int] = set()
        for m in mentions:
            if m["role"] != "place" or m.get("tok") is None or not m.get("cands") \
                    or not text.startswith(" (", m["end"]):
                continue
            whole = self._bracketed_name(m)
            if whole is None:
                continue
            end, cands = whole
            n = m["n_tokens"]
            while m["tok"] + n < len(self.toks) and self.toks[m["tok"] + n].end <= end:
                n += 1
            m.update(end=end, surface=text[m["start"]:end], n_tokens=n, cands=cands,
                     importance=max(c.get("importance") or 0.0 for c in cands))
            gone.update(id(o) for o in mentions if o is not m and m["start"] <= o["start"] and o["end"] <= end)
        return [m for m in mentions if id(m) not in gone] if gone else mentions

    def _names_with_another_name_in_brackets(self, mentions: list[dict]) -> list[dict]:
        """"A (B) Kind": a name, its other name in brackets and the kind word both share is one
        mention spanning the whole, reading the row "A Kind" and "B Kind" both name (or the one
        of them the index holds). The mentions inside the span (a word of either name) go.

        why: "vessels sailed to Escoda (Sabina) Shoal" read no destination, while "to Sabina
        Shoal" did: neither "Escoda" nor "Sabina" alone is a place's name."""
        text = self.text
        if " (" not in text:
            return mentions  # (most texts: one C-level test)
        mentions = self._features_with_another_name_after_them(mentions)
        if ") " not in text:
            return mentions
        out = None
        for q in _OTHER_NAME_THEN_KIND.finditer(text):
            kind = q.group(2)
            if kind.lower() not in SHARED_KIND_WORDS:
                continue
            said_kind = kind[:1].upper() + kind[1:]
            other = self._other_name_readings(f"{q.group(1)} {said_kind}")
            if not other and self._names_a_country(q.group(1)):
                continue  # ("the Rafah (Egypt) crossing": the side's country, a place of its own, no other name)
            firsts = self._names_before_a_bracket(q.start())
            if not firsts:
                continue
            # (the index lacks "A Kind": the bracket's name reads it, spanning the whole name before it)
            first, cands = firsts[0], other
            for k in firsts:  # (longest first: not "The" of "The Dnipro")
                own = self._other_name_readings(f"{text[self.toks[k].start:q.start()]} {said_kind}")
                if own:
                    both = {c.get("gazetteer_id") for c in own} & {c.get("gazetteer_id") for c in other}
                    first, cands = k, [c for c in own if c.get("gazetteer_id") in both] if both else own
                    break
            if not cands:
                continue
            name = text[self.toks[first].start:q.start()]
            for c in cands:
                c["why"] = c.get("why", "") + f"; {name!r} with its other name {q.group(1)!r} in brackets, then {kind!r}"
            start, end = self.toks[first].start, q.end()
            n = 1
            while first + n < len(self.toks) and self.toks[first + n].end <= end:
                n += 1
            if out is None:
                out = list(mentions)
            out = [o for o in out if o["end"] <= start or end <= o["start"]]
            out.append({"start": start, "end": end, "surface": text[start:end], "tok": first, "n_tokens": n,
                        "sentence": self.toks[first].sentence, "role": "place", "cands": cands, "kind": None,
                        "importance": max(c.get("importance") or 0.0 for c in cands),
                        "first_in_sentence": self.toks[first].first_in_sentence})
        return out if out is not None else mentions

    def _features_with_another_name_after_them(self, mentions: list[dict]) -> list[dict]:
        """"Lake Malawi (Nyasa)", "Lake Albert (Mwitanzige)": a feature's mention whose name opens
        or ends with its kind word, followed by a bracket that with the same kind word names the
        same row of the index ("Lake Nyasa"), is one mention over the bracket: the bracket is no
        place of its own.

        why: "crossed Lake Malawi (Nyasa)" read the bracket as Nyasa, a district of Tanzania."""
        text = self.text
        gone: set[int] = set()
        for m in mentions:
            cands = m.get("cands") or []
            if m["role"] != "place" or m.get("tok") is None or not cands or not text.startswith(" (", m["end"]) \
                    or cands[0].get("kind") in SETTLEMENT_KINDS:
                continue
            words = m["surface"].split(" ")
            if len(words) < 2 or not ({words[0].lower(), words[-1].lower()} & SHARED_KIND_WORDS):
                continue
            q = _QUALIFIER.match(text[m["end"]:m["end"] + _QUALIFIER_MAX])
            if q is None:
                continue
            other = f"{words[0]} {q.group(1)}" if words[0].lower() in SHARED_KIND_WORDS else f"{q.group(1)} {words[-1]}"
            if cands[0].get("gazetteer_id") not in {c.get("gazetteer_id") for c in self._other_name_readings(other)}:
                continue
            end = m["end"] + q.end()
            n = m["n_tokens"]
            while m["tok"] + n < len(self.toks) and self.toks[m["tok"] + n].end <= end:
                n += 1
            cands[0]["why"] = cands[0].get("why", "") + f"; {other!r} in brackets, another name of it"
            m.update(end=end, surface=text[m["start"]:end], n_tokens=n)
            gone.update(id(o) for o in mentions if o is not m and m["start"] <= o["start"] and o["end"] <= end)
        return [m for m in mentions if id(m) not in gone] if gone else mentions

    def _names_a_country(self, words: str) -> bool:
        """Is ``words`` a country's own name in the index (its first reading, spelled so)?"""
        cands = self.shared_candidates_of(words, None)
        return bool(cands) and cands[0].get("kind") == "country" and plain(cands[0].get("name") or "") == plain(words)

    def _other_name_readings(self, whole: str) -> list[dict]:
        """The index's rows named ``whole`` letter for letter (name or the name matched), with a point."""
        said = plain(whole)
        return [c for c in self.candidates(whole, None) if c.get("lat") is not None
                and said in (plain(c.get("name") or ""), plain(c.get("matched_name") or ""))]

    def _names_before_a_bracket(self, at: int) -> list[int]:
        """The first tokens of the names of one to _MOST_NAME_WORDS capitalised words (in one
        sentence, one space apart) ending at ``at`` (the space before a bracket), longest first."""
        toks = self.toks
        j = bisect_left(toks, at, key=lambda t: t.end) if toks else 0
        if j >= len(toks) or toks[j].end != at or not toks[j].is_word or not toks[j].is_capitalised:
            return []
        first = j
        while first - 1 >= 0 and j - first + 1 < _MOST_NAME_WORDS + 1 and toks[first - 1].is_word \
                and toks[first - 1].sentence == toks[j].sentence and toks[first - 1].end + 1 == toks[first].start \
                and (toks[first - 1].is_capitalised and toks[first - 1].lower not in _NO_NAME_WORDS
                     or toks[first - 1].lower in _NAME_LINKS and first - 2 >= 0 and toks[first - 2].is_capitalised):
            first -= 1
        return [k for k in range(first, j + 1) if toks[k].is_capitalised]

    def _bracketed_name(self, m: dict):
        """(end offset, readings) of the name with the bracket after ``m`` when the index holds a
        settlement of that very name; else None."""
        q = _QUALIFIER.match(self.text[m["end"]:m["end"] + _QUALIFIER_MAX])
        if q is None:
            return None
        whole = m["surface"] + q.group(0)
        said = plain(whole)
        cands = [c for c in self.candidates(whole, None)
                 if c.get("kind") in SETTLEMENT_KINDS and c.get("lat") is not None
                 and said in (plain(c.get("name") or ""), plain(c.get("matched_name") or ""))]
        if not cands:
            return None
        ids = {c.get("gazetteer_id") for c in cands}
        if any(c.get("gazetteer_id") in ids for c in self.shared_candidates_of(q.group(1), None)):
            # "Khankendi (Stepanakert)": the bracket is another name of the place, which the
            # index holds too (the text gives both names: "X (Y)" is no qualifier of X)
            return None
        for c in cands:
            c["why"] = c.get("why", "") + f"; the name with its bracketed qualifier {q.group(1)!r}"
        return m["end"] + q.end(), cands


_PATTERNS.save()  # (the code of patterns compiled anew, for the next process)
