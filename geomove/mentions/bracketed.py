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


from ..names import plain
from .words import SETTLEMENT_KINDS
from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("mentions-bracketed")  # (kept code: ~1 M instructions a pattern otherwise)
# " (Oder)", " (Saale)", " (Santa Leticia)": one to three words in brackets right after the
# name, each a letter then letters (a hyphen or a point may join the parts of a word); no
# character is both a letter of a word and a separator, so the match is linear
_QUALIFIER = _PATTERNS.compile(r" \(([^\W\d_][^\W\d_.-]*(?:[.-][^\W\d_]+)*\.?(?: [^\W\d_][^\W\d_.-]*(?:[.-][^\W\d_]+)*\.?){0,2})\)")
_QUALIFIER_MAX = 48  # characters after the name the bracket may take (the match is asked in this slice)


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
