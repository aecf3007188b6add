"""The force that leaves a place, named by its country's demonym in the place's own sentence.

"A British amphibious task group sailed from Portsmouth": a force sets out from home more often
than not, so among a name's namesakes the one in the force's country is meant, even where a
namesake abroad lies nearer the text's other places (Portsmouth, Virginia, 255 km from a Camp
Lejeune another sentence names). Only the place a force leaves: where it goes is as often
abroad ("French legionnaires drove from Orange to Marseille" says nothing of Marseille's
country; a British frigate sailing to Norfolk may well reach Virginia). One country only: two
forces of two countries in the sentence say nothing of which one left the place.

Named feature (gazetteer.ranking.WEIGHTS):
- text_leaving_force_s_country (+): the reading lies in the country whose demonym (or
  abbreviation, "US", "UK") names, a few words on, a force (FORCE_HEADS) earlier in the name's
  sentence, and the name is what the force leaves ("from", "left", "out of": ORIGIN_WORDS).
"""

from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter

from ..wordlists import COUNTRY_ABBREVIATIONS, ORDINAL_SUFFIXES, WARSHIP_KINDS

# the nouns of a force that moves (a unit, its crews, its vehicles or ships), the last word of
# "A British amphibious task group", "US Marines", "a Dutch frigate"; not those who speak or
# govern ("a British minister" sends nobody from his own town)
FORCE_HEADS = frozenset("""
army forces force troops soldiers military marines paratroopers sailors airmen crews crew
battalion battalions brigade brigades regiment regiments division company contingent unit units
battlegroup group squadron squadrons fleet flotilla convoy convoys column columns detachment
tanks jets warplanes bombers fighters aircraft helicopters drones navy ships vessels warships
""".split()) | WARSHIP_KINDS | frozenset(k + "s" for k in WARSHIP_KINDS)

# how many words a demonym's noun may lie after it ("British amphibious task group": 3)
FORCE_NOUN_WITHIN = 3

_SENTENCE = attrgetter("sentence")  # (a token's sentence index: the key tokens are bisected by)

# the words right before a name that make it the place a force leaves
ORIGIN_WORDS = frozenset("from left leaving leaves leave departed quit".split())


def _forces_in_sentence(finder, sentence: int) -> list[tuple[int, str]]:
    """[(token index of a demonym naming a force, its country)] of one sentence, in token order,
    worked out once a sentence (finder: the _Finder, with its tokens and demonym lookup).

    Only the sentences of a name a force may leave are looked at: a pass over every token of
    the text, asked once a text, walked a whole section of a long text (up to 10,000 characters,
    most of them in sentences that name no place left) for the one sentence it needed, where a
    news report asks it of one text in five. The tokens are in sentence order, so a sentence's
    tokens are found by bisection."""
    known = finder.per_text.setdefault("leaving_forces", {})
    found = known.get(sentence)
    if found is not None:
        return found
    toks = finder.toks
    lo = bisect_left(toks, sentence, key=_SENTENCE)
    hi = bisect_left(toks, sentence + 1, lo, key=_SENTENCE)
    found = []
    for i in range(lo, hi):
        t = toks[i]
        if not t.text[:1].isupper():
            continue
        cc = COUNTRY_ABBREVIATIONS.get(t.text) or finder.demonym(t.text)
        if not cc:
            continue
        if any(n.lower in FORCE_HEADS for n in _words_after(finder, i)):
            found.append((i, cc))
    known[sentence] = found
    return found


def _words_after(finder, i: int) -> list:
    """The FORCE_NOUN_WITHIN words after token ``i``, an ordinal one word ("the German 45th
    Armoured Brigade": the brigade is three words on, s42 lead)."""
    toks = finder.next_tokens(i, FORCE_NOUN_WITHIN + 2)
    words = [t for k, t in enumerate(toks)
             if not (t.lower in ORDINAL_SUFFIXES and k and toks[k - 1].text[:1].isdigit())]
    return words[:FORCE_NOUN_WITHIN]


def leaving_force_s_country(finder, m: dict) -> str | None:
    """The country of the one force the name's sentence names before it, when the name is the
    place a force leaves (see the module doc); else None."""
    tok = m.get("tok")
    if tok is None:
        return None
    before = [t.lower for t in finder.prev_word(tok, 2)]
    if not before or not (before[-1] in ORIGIN_WORDS or before[-2:] == ["out", "of"]):
        return None
    forces = _forces_in_sentence(finder, finder.toks[tok].sentence)
    if not forces:
        return None
    countries = {cc for i, cc in forces if i < tok}
    return countries.pop() if len(countries) == 1 else None
