"""A name written twice in one text for two places of two countries, each read in the country
its own sentence names.

Ranking reads a name against the text's other places, never its own sentence, and a name
written again with the same readings is ranked as it was the first time (context._rank_as_before):
every mention of it takes one reading. That is right for "Córdoba ... Córdoba" in one story
about Spain, wrong where the text moves on to another country and meets the name again there:
"In Argentina, the air force moved jets from Córdoba to Mendoza" after a paragraph on the Spanish
city, or "the coast guard, based in Victoria on Mahé" after Australia's state of Victoria.

A repeated name (written alike twice or more, each time with two readings or more) is read in the country C
its own sentence names when
- a country is named by its name (as a place or an actor: "In Argentina,", "Argentina's air
  force"; not by a demonym, as often a force abroad) before the name in its sentence, or a place
  of C follows the name joined by "on", "in" or a comma ("Victoria on Mahé", "Victoria, in the
  Seychelles"): a country named after the name is often
  where a column goes ("left Córdoba for Argentina"), so it does not count, nor does a country
  that holds another place of the sentence ("Buffalo, New York in the United States");
- the sentence names no place of the first reading's country (then it is a sentence about both,
  or about the first: it stays as ranked), and it names one such C alone;
- the name has a reading in C of its very own name, a settlement or a province, of importance
  at least OWN_SENTENCE_MIN_IMPORTANCE (a village of the name in C is no reason to leave a city).
The reading of C is put first; its why says so.
"""

from __future__ import annotations

from ..names import plain
from .words import SETTLEMENT_KINDS

# the readings a sentence's country can take a repeated name to: its settlements and provinces
_READ_KINDS = frozenset((*SETTLEMENT_KINDS, "admin1", "admin2"))
OWN_SENTENCE_MIN_IMPORTANCE = 0.5  # (a reading of C below this stays behind the ranked one: a
# namesake written again, unqualified, in another country is a known place there)
# the words that join a name to a place after it that holds it ("Victoria on Mahé")
_HOLDER_JOINS = frozenset(("on", "in", ","))


# a sentence of more mentions than this is a list of places, not prose that frames one name by
# its country; walking it once for each of its repeated names cost a 20 KB list its length
# squared (33.7 CPU s for "Paris, Rome, Madrid, ..." repeated: tests/test_fuzz.py, s49 lead)
MAX_SENTENCE_MENTIONS = 24


def _repeated_names(mentions: list[dict]) -> set[str]:
    """The names (as written) written more than once, each time with two readings or more."""
    seen: set[str] = set()
    twice: set[str] = set()
    for m in mentions:
        if len(m.get("cands") or ()) >= 2 and not m.get("drop"):
            name = m["surface"]
            (twice if name in seen else seen).add(name)
    return twice


def _rival_abroad(cands: list[dict]) -> bool:
    """Has the name a reading a sentence's country could take it to: a settlement or province
    in another country than the first reading's, known enough (OWN_SENTENCE_MIN_IMPORTANCE)?"""
    cc = cands[0].get("country")
    return any(c.get("country") != cc and c.get("kind") in _READ_KINDS
               and (c.get("importance") or 0.0) >= OWN_SENTENCE_MIN_IMPORTANCE for c in cands[1:])


def _joined_after(toks, m: dict, o: dict) -> bool:
    """Does mention ``o`` follow ``m`` joined to it by "on", "in" or a comma (and "the")?"""
    between = [t.lower for t in toks[m["tok"] + m["n_tokens"]:o["tok"]]]
    if between and between[-1] == "the":
        between.pop()
    return len(between) == 1 and between[0] in _HOLDER_JOINS


def _sentence_countries(toks, m: dict, in_sentence: list[dict]) -> tuple[set, set]:
    """(the countries the sentence of ``m`` names before it or as a holder after it, every
    country a mention of the sentence other than ``m``'s name is read in)."""
    name = m["surface"]
    framing, anywhere = set(), set()
    before = None  # (the mention before ``o`` in the sentence)
    for o in in_sentence:
        cands = o.get("cands")
        if o is m or not cands or o.get("drop") or o["surface"] == name:
            before = o
            continue
        cc = cands[0].get("country")
        if cc:
            anywhere.add(cc)
            if o["start"] < m["start"]:
                # (by its name: a demonym, which bears its country's code as "cc", is as often
                # a force abroad, "American advisers in ..."; and not as the holder of another
                # place, "Buffalo, New York in the United States", which frames that place alone)
                if cands[0].get("kind") == "country" and "cc" not in o \
                        and not (before is not None and before["role"] == "place" and _joined_after(toks, before, o)):
                    framing.add(cc)
            elif o["role"] == "place" and _joined_after(toks, m, o):
                framing.add(cc)
        before = o
    return framing, anywhere


def repeats_read_in_their_sentence_s_country(toks, mentions: list[dict]) -> None:
    """Put first, for each mention of a repeated name, the reading in the country its own
    sentence names (see the module's docstring)."""
    repeated = _repeated_names(mentions)
    if not repeated:
        return  # (a text of names written once: one set of names walked)
    # (a name written with its own area, "Victoria, British Columbia", is read there; one bound
    # by another mention's area, hints.bound_elsewhere, is a repeat like the others)
    asked = [m for m in mentions if m["surface"] in repeated and len(m.get("cands") or ()) >= 2
             and m["role"] == "place" and not m.get("drop") and m.get("tok") is not None and not m.get("kind")
             and (not m.get("region_hint") or m.get("bound_elsewhere"))
             and m["cands"][0].get("kind") in _READ_KINDS and _rival_abroad(m["cands"])]
    if not asked:
        return  # (most texts: no repeat with a known namesake abroad)
    by_sentence: dict[int, list[dict]] = {}
    for o in mentions:
        if o.get("tok") is not None:
            by_sentence.setdefault(toks[o["tok"]].sentence, []).append(o)
    for m in asked:
        in_sentence = by_sentence[toks[m["tok"]].sentence]
        if len(in_sentence) > MAX_SENTENCE_MENTIONS:
            continue  # (a list of names, not a sentence that frames one: and each walk of it would cost its length)
        cands = m["cands"]
        top = cands[0]
        framing, anywhere = _sentence_countries(toks, m, in_sentence)
        framing.discard(None)
        if len(framing) != 1 or top.get("country") in anywhere:
            continue
        (cc,) = framing
        own = plain(m["surface"])
        at = next((i for i, c in enumerate(cands[1:], start=1)
                   if c.get("country") == cc and c.get("kind") in _READ_KINDS and c.get("lat") is not None
                   and (c.get("importance") or 0.0) >= OWN_SENTENCE_MIN_IMPORTANCE
                   and own in (plain(c.get("name") or ""), plain(c.get("matched_name") or ""))), None)
        if at is None:
            continue
        pick = cands.pop(at)
        pick["why"] = pick.get("why", "") + \
            f"; the name is written elsewhere for {top.get('country')}, its own sentence names {cc}"
        cands.insert(0, pick)
