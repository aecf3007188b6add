"""Kind words the text writes in lower case after a name:

- "the Tishrin dam", "the Kakhovka dam": a facility the index holds as "<Name> Dam", whose
  first word alone is no place, so the scan of capitalised words found nothing; so are islands
  ("the Paracel islands": the built-in 'Paracel Islands');
- "Tavush villages", "Kherson towns": a plural settlement word says the name is an area that
  holds them (the province), not one village of the name."""

from __future__ import annotations

from ..names import plain
from ..regex_cache import CompiledPatterns
from .name_tails import LANDFORM_KINDS
from .words import SETTLEMENT_KINDS

_PATTERNS = CompiledPatterns("mentions-lower-case-heads")

# head words of facilities and works the index names "<Name> <Head>" and prose writes in lower
# case after the name
# (and islands: "toward the Paracel islands", whose first word alone is no place)
# (and a landform's kind, "the Yamal peninsula", "the Tarim basin": name_tails.LANDFORM_KINDS; where
# the index lacks the whole, the finder makes the mention the whole name without a point)
LOWER_CASE_FEATURE_HEADS = frozenset(("dam", "bridge", "barrage", "reservoir", "corridor", "island", "islands")
                                     + LANDFORM_KINDS)
# plural settlement words after an area's name
PLURAL_SETTLEMENT_WORDS = frozenset(("villages", "towns", "settlements", "communities", "hamlets"))
_AREA_KINDS = ("admin1", "admin2")
_SETTLEMENT_KINDS = SETTLEMENT_KINDS
# a capitalised run this long at most before the head word
_MOST_WORDS = 3
# a head word in lower case anywhere in the text (a token of it is one): most texts have none,
# and are not walked token by token
_ANY_HEAD = _PATTERNS.compile(r"\b(?:" + "|".join(sorted(LOWER_CASE_FEATURE_HEADS)) + r")\b")


def _writes_a_lower_case_head(text: str) -> bool:
    """``_ANY_HEAD.search(text)``: is a head word written in lower case as a word of its own?

    why the substrings first: the pattern (case-sensitive) matches only where its very letters
    stand, and ``str.__contains__`` looks for four short strings in C far faster than the
    pattern's ``\b`` tried at every position (11 -> 3 ms a pass of the 380 dev texts, 375 of
    which have no such word); a text holding one of them ("damage", "Amsterdam") is searched."""
    return any(head in text for head in LOWER_CASE_FEATURE_HEADS) and _ANY_HEAD.search(text) is not None


def _corridor_by_a_towns_other_name(m: dict, head, text: str) -> None:
    """'the Zangezur corridor', which the index lacks: the word before 'corridor' read as a
    settlement only by another of its names (Kapan, once the seat of a Zangezur district) names
    a route through a region, not that town. The mention becomes the whole name, without a
    point. A settlement's own name ('the Odesa corridor', a route from the port) is read as before."""
    cands = m.get("cands") or []
    if not cands or cands[0].get("kind") not in _SETTLEMENT_KINDS:
        return
    best = cands[0]
    if plain(m["surface"]) in (plain(best.get("name") or ""), *plain(best.get("name") or "").split()):
        return
    whole = text[m["start"]:head.end]
    m.update(end=head.end, surface=whole, n_tokens=m.get("n_tokens", 1) + 1, cands=[],
             unresolved=(f"no place called {whole!r} in the index; {best['name']} ({best.get('country')}) is a "
                         f"{best.get('kind')} called {m['surface']!r} only among its other names"))


class LowerCaseHeads:
    """Mentions of names followed by a kind word in lower case."""

    def _features_with_a_lower_case_head(self, mentions: list[dict]) -> list[dict]:
        """New place mentions for "<Name> <head>" with a head word of LOWER_CASE_FEATURE_HEADS
        in lower case, where the capitalised words before it are no mention yet and the index
        holds the whole name, with the head capitalised, as a place's name or alias (spelled
        exactly so).

        why: "Fighters retreated to the Tishrin dam" found nothing, while "the Tishrin Dam" read
        the dam: "Tishrin" alone is no place's name."""
        if not _writes_a_lower_case_head(self.text):
            return []
        toks = self.toks
        covered = {t for m in mentions if m.get("tok") is not None
                   for t in range(m["tok"], m["tok"] + m.get("n_tokens", 1))}
        # the place mentions of one word, which the whole name, spelled exactly in the index, replaces
        # ("the Philadelphi corridor": "Philadelphi" read as Philadelphia by its spelling; s23)
        one_word_places = {m["tok"]: m for m in mentions if m.get("tok") is not None and m.get("n_tokens", 1) == 1
                           and m["role"] == "place"}
        out = []
        for j, t in enumerate(toks):
            if j == 0 or t.lower not in LOWER_CASE_FEATURE_HEADS or not t.text[:1].islower():
                continue
            first = j
            while first - 1 >= 0 and j - first < _MOST_WORDS and toks[first - 1].is_capitalised \
                    and toks[first - 1].is_word and ((first - 1) not in covered or (first - 1) in one_word_places) \
                    and toks[first - 1].sentence == t.sentence and self._adjacent(toks[first - 1], toks[first]):
                first -= 1
            if first == j:
                continue
            name = self.text[toks[first].start:toks[j - 1].end]
            whole = f"{name} {t.text.capitalize()}"
            if any(k in one_word_places and plain((one_word_places[k].get("cands") or [{}])[0].get("name") or "") == plain(whole)
                   for k in range(first, j)):
                continue  # (a word whose first reading is the whole name already: "Lachin" of "the Lachin corridor")
            cands = [c for c in self.candidates(whole, None)
                     if c.get("name_similarity", 0) >= 1.0 and c.get("lat") is not None
                     and plain(c.get("matched_name") or c.get("name") or "") == plain(whole)]
            if not cands:
                if t.lower == "corridor" and first == j - 1 and first in one_word_places:
                    _corridor_by_a_towns_other_name(one_word_places[first], t, self.text)
                continue
            ids = {c.get("gazetteer_id") for c in cands}
            if any(k in one_word_places and (one_word_places[k].get("cands") or [{}])[0].get("gazetteer_id") in ids
                   for k in range(first, j)):
                continue  # (the word reads the whole name's place already: "Antonivskyi" of "the Antonivskyi bridge")
            for c in cands:
                c["why"] = c.get("why", "") + f"; {whole!r} written with its {t.lower!r} in lower case"
            for k in range(first, j):
                if k in one_word_places:  # (a word of the whole name, no place of its own)
                    one_word_places[k].update(cands=[], drop=True)
            out.append({"start": toks[first].start, "end": t.end, "surface": self.text[toks[first].start:t.end],
                        "tok": first, "n_tokens": j - first + 1, "sentence": t.sentence, "role": "place",
                        "cands": cands, "kind": None, "importance": max(c.get("importance") or 0.0 for c in cands),
                        "first_in_sentence": toks[first].first_in_sentence})
            covered.update(range(first, j + 1))
        return out

    def _areas_before_a_plural_settlement_word(self, mentions: list[dict]) -> None:
        """"Tavush villages": a place name followed by a plural settlement word in lower case
        keeps only its province or district readings, when it has one spelled as the name
        (name similarity 1.0) and its first reading is a settlement or that area.

        why: Armenia's Tavush province (GeoNames: Tavuš) lost to the village Tavush, whose
        own name is spelled exactly as the text spells it."""
        for m in mentions:
            cands = m.get("cands") or []
            if m["role"] != "place" or len(cands) < 2 or m.get("cc") or m.get("tok") is None \
                    or cands[0].get("kind") not in _SETTLEMENT_KINDS and cands[0].get("kind") not in _AREA_KINDS:
                continue
            nxt = self.next_tokens(m["tok"] + m["n_tokens"] - 1, 1)
            if not nxt or nxt[0].lower not in PLURAL_SETTLEMENT_WORDS or not nxt[0].text[:1].islower():
                continue
            areas = [c for c in cands if c.get("kind") in _AREA_KINDS and c.get("name_similarity", 0) >= 1.0]
            # (an area read first keeps its lead, and the settlements go: ranking in context would
            # otherwise put the village the province is named after first again, s46)
            if areas and (cands[0].get("kind") in _SETTLEMENT_KINDS or areas[0] is cands[0]):
                for c in areas:
                    c["why"] = c.get("why", "") + f"; {nxt[0].text!r} after the name: the area that holds them"
                m["cands"] = areas


_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)
