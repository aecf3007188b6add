"""A far place's name as the first word of a two-word name the index lacks: "Al-Shabaab withdrew
from Adan Yabaal in Middle Shabelle", where the index holds no Adan Yabaal (a Somali town) and
the scanner matches "Adan", an alternate spelling of Aden (Yemen, importance 0.70). Aden is
famous, so the far-namesake guards, which doubt lesser places only, let it stand, 1,000 km away
in a text about Somalia. The text itself says otherwise: the name runs on into a capitalised
word that is no English word (no kind word, no weekday: "Yabaal"), and no other place of the
text lies in Aden's country while most lie in one other. The scanner matches the longest name
the index holds, so the whole is a place it lacks: the mention becomes the whole name, without
a point (finder: the guards' loop), as a Romance tail left out does (name_tails).

Cheap: only a mention read as a settlement, one word long, with a capitalised word right after
it (one regular expression match at its end) asks for the text's countries."""

from __future__ import annotations

import re

from ..distance import haversine_km
from ..gazetteer.kinds import KIND_WORDS
from ..names import plain
from .guards import DOMINANT_SHARE, FarReadingGuards
from .words import SETTLEMENT_KINDS, is_common_word

from ..regex_cache import CompiledPatterns

# (its patterns are built from code an earlier run kept: geomove.regex_cache)
_PATTERNS = CompiledPatterns("mentions-famous-heads")

# one space, then a capitalised word with lower-case letters after its first (not an acronym,
# not a heading in capitals), hyphenated parts allowed; no further word character after it
_NEXT_NAME_RE = _PATTERNS.compile(r"[ \u00a0](?P<word>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-Za-zÀ-ÖØ-öø-ÿ'’]+)*)(?![\w'’-])")

_SETTLEMENTS = SETTLEMENT_KINDS

# at least this many other located places of the text: one says too little of where it is
_LEAST_OTHERS = 2

# the words that place a name in the area written after it ("Adan Yabaal in Middle Shabelle")
_IN_AREA_RE = _PATTERNS.compile(r"(?:,[ \u00a0]+|[ \u00a0]+in[ \u00a0]+(?:the[ \u00a0]+)?)")
_AREA_KINDS = ("country", "admin1", "admin2")

# the head's place lies farther than this (km) from every other located place of the text: a far
# place (Aden is 1,033 km from Middle Shabelle), as the stray-variant guard's 500 km
FAR_KM = 500.0


# a settlement's kind written before its name: "the town of", "the village of"
_SETTLEMENT_OF_BEFORE = _PATTERNS.compile(r"\b(?:town|city|village|settlement|locality)\s+of\s+$", re.I)

def unknown_name_after_far_head(text: str, m: dict, best: dict, named, mentions: list[dict],
                                starts: frozenset) -> int | None:
    """Where the two-word name ``m`` heads ends ("Adan| Yabaal" -> the end of "Yabaal") when
    ``m`` is one word read as a settlement in none of the countries of the text's other places
    and more than FAR_KM from each of them, the text's places lie mostly (more than
    DOMINANT_SHARE) in one other country, and a
    capitalised word that is no everyday English word, no kind word and no mention of its own
    follows it after one space; else None. In a text with no other located place at all, a
    head read by another of its names or a variant spelling is enough: the end is returned
    negated (the caller says why otherwise). ``starts``: the offsets where ``mentions`` start, built
    once by the caller for all the mentions of one text (a scan of every mention per mention cost
    a text of thousands of names its length squared)."""
    surface = m.get("surface") or ""
    if best.get("kind") not in _SETTLEMENTS or best.get("lat") is None or " " in surface.strip() \
            or (m.get("kind") and not _SETTLEMENT_OF_BEFORE.search(text, max(0, m["start"] - 20), m["start"])):
        return None  # (a kind told before the name, "the town of Adan Yabaal", leaves its words open, s33m)
    after = _NEXT_NAME_RE.match(text, m["end"])
    if after is None:
        return None
    word = after.group("word")
    if word.lower() in KIND_WORDS or is_common_word(word):
        return None  # "Aden Monday", "Damascus Gate", "Erbil Governorate"
    start = after.start("word")
    if start in starts:
        return None  # the next word is a name of its own (a place, an actor)
    others = named.other_readings(m)
    located = sum(1 for la, _, _ in others if la is not None)
    if not located:
        # "Troops pulled out of Adan Yabaal", nothing else named: no other place to judge the
        # head by, but 'Adan' is no name of Aden as written (another of its names or a variant
        # spelling: FarReadingGuards._read_loosely), and the name runs on; the whole is more
        # likely a place (or a person) the index lacks than the city its head resembles. A head
        # read by its own name ("Kabul Serena": Kabul as written) is left.
        if not FarReadingGuards._read_loosely(m, best) or _written_alone(text, word, start, surface):
            return None
        return -after.end()  # (negative: the head is judged alone, for the caller's why)
    if (located < _LEAST_OTHERS and not (located and (_area_written_after(text, after.end(), mentions)
                                                      or _told_only_by_its_forces(m, best, mentions)))) \
            or best.get("country") in {cc for _, _, cc in others if cc}:
        return None
    dominant, share = named.dominant_country(m)
    if dominant is None or dominant == best.get("country") or share <= DOMINANT_SHARE:
        return None
    if any(la is not None and haversine_km(best["lat"], best["lon"], la, lo) <= FAR_KM for la, lo, _ in others):
        return None  # a place near the text's others (a twin town across a border) may well be meant
    if _written_alone(text, word, start, surface):
        return None  # "Joanna Redfern-Hardisty ... Redfern-Hardisty said": a person's surname
    return after.end()


def _written_alone(text: str, word: str, at: int, head: str) -> bool:
    """Does the text write ``word`` as a word of its own somewhere other than at ``at`` and
    not right after ``head`` there? A surname recurs alone ("Vulcheva said"); the second word
    of a town's name recurs only with its first. (Asked only of a mention every other test
    has let through: one ``str.find`` loop over the text for one word.)"""
    n = len(word)
    i = text.find(word)
    while i != -1:
        if i != at and not text[i - 1:i].isalnum() and not text[i + n:i + n + 1].isalnum() \
                and not text[max(0, i - len(head) - 3):i].rstrip().endswith(head):
            return True
        i = text.find(word, i + n)
    return False


def _told_only_by_its_forces(m: dict, best: dict, mentions: list[dict]) -> bool:
    """Is the head read only by another of its names (not its own name as written: 'Adan' for
    Aden), and every other located mention of the text a country named as those who act
    ("Somali forces retook Adan Yabaal": the demonym 'Somali', an actor)? A short report says
    where it is by whose forces it tells of; one such country, with the far head read in none of
    them (the caller asks), says as much as two places would; a city named by its own name
    ("French envoy in Beirut Jean-Yves Le Drian") is left to the other places (gaz43)."""
    if plain(best.get("name") or "") == plain(m.get("surface") or ""):
        return False
    others = [o for o in mentions if o is not m and not o.get("drop") and o.get("cands")
              and o["cands"][0].get("lat") is not None]
    return bool(others) and all(o.get("role") in ("actor", "demonym") and o["cands"][0].get("kind") == "country"
                                for o in others)


def _area_written_after(text: str, end: int, mentions: list[dict]) -> bool:
    """Is the two-word name followed by the area it lies in ("Adan Yabaal in Middle Shabelle",
    "Adan Yabaal, Middle Shabelle"), read as a country or a province? Then one other place is
    enough to say where the text is (_LEAST_OTHERS asks two of a text that does not say so): the
    writer placed the name in that area, whose country the head's is not."""
    link = _IN_AREA_RE.match(text, end)
    if link is None:
        return False
    at = link.end()
    return any(o["start"] == at and o.get("role") == "place" and not o.get("drop")
               and (o.get("cands") or [{}])[0].get("kind") in _AREA_KINDS for o in mentions)
_PATTERNS.save()
