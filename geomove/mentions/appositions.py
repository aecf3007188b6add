"""'Paris, a village in the Ouham prefecture': an apposition right after a name that calls the
place a small settlement (a village, a town, a hamlet) says which of the name's namesakes is
meant: not a country, a province or a city of millions. When the chosen reading is one of those,
the text means a namesake: the one in the country a place of the apposition lies in ("Moscow, a
village in Cabo Delgado": in Mozambique) where the index holds one, else no place (the mention
stays, without a point) rather than the world city. The plural ("from Jordan to Victoria, two
villages in the eastern province") says it of the names listed right before it.

Called by finder._far_reading_unresolved (gaz43, probes of my own: 'Rebels seized Lebanon, a
small town in the province' read the country; 'Soldiers were sent to Paris, a village in the
Ouham prefecture' read France's capital).
"""

from __future__ import annotations


from ..gazetteer.cold import cold
from .text_order import START
from .words import SETTLEMENT_KINDS
from ..regex_cache import CompiledPatterns

# the nouns that call a place a small settlement, and the largest reading (people) each allows:
# news writes "town" of places up to a city of some hundred thousands (Goma, Mekelle), "village",
# "hamlet", "settlement" only of small ones; "a small town" is a village's size
SMALL_PLACE_NOUNS = {"village": 100_000, "hamlet": 100_000, "settlement": 100_000,
                     "town": 1_500_000, "township": 1_500_000, "locality": 1_500_000}
SMALL_WORDS = frozenset({"small", "tiny", "little"})
# kinds of reading that are no settlement at all
AREA_KINDS = frozenset({"country", "continent", "admin1", "admin2", "region"})

_PATTERNS = CompiledPatterns("mentions-appositions")  # (kept code: ~1 M instructions a pattern otherwise)
# ", a [lower-case words] village" / ", two villages" right after the name: up to three
# lower-case words between the article (or number) and the noun ("a small border town",
# "a remote farming village"); the words after the noun (up to the next comma or sentence end)
# are where the apposition places it
_APPOSITION_RE = _PATTERNS.compile(
    r"\s*,\s*(?P<det>an?|one|two|three|four|both|the two|the three)\s+"
    r"(?P<adj>(?:[a-z][a-z-]*\s+){0,3}?)(?P<noun>villages?|towns?|townships?|hamlets?|settlements?|localities|locality)\b"
    r"(?P<rest>[^,.;:!?]*)")
_LISTED_BETWEEN_RE = _PATTERNS.compile(r"\s*(?:,|and|or|to|,\s*and)\s*")
_SMALL_NOUN_RE = _PATTERNS.compile(r"(?:villages?|towns?|townships?|hamlets?|settlements?|localities|locality)\b")
# the letters every word of _SMALL_NOUN_RE opens with (a match starts where one of them is written)
_SMALL_NOUN_HEADS = ("village", "town", "hamlet", "settlement", "localit")
_LIST_WINDOW = 400  # characters after a name in which three more names and a plural apposition fit


def _apposition_after(text: str, end: int):
    """The apposition match right after offset ``end``, or None."""
    return _APPOSITION_RE.match(text, end)


# the first word after an apposition's noun that leaves the noun the apposition's head ("a desert
# town in the north", "a garrison town near the border"); any other word makes the noun a
# qualifier of a person's ("a town councillor", "a village elder")
_PLACING_WORDS = frozenset("""in on near of at by along across outside between beside close north south
east west northeast northwest southeast southwest northern southern eastern western some about
just""".split())


def town_apposition_after(text: str, end: int) -> str | None:
    """'Kidal, a desert town, was quiet': the apposition right after offset ``end`` that calls
    one place a town or a village (the singular of _APPOSITION_RE, its noun the head of the
    phrase: nothing after it, or a word that places it), as written; else None. Support for a
    name that opens a sentence, where its capital says nothing (acceptance). (s37 gaz59)"""
    found = _apposition_after(text, end)
    if found is None or _plural(found):
        return None
    rest = found.group("rest").split(None, 1)
    if rest and rest[0].lower() not in _PLACING_WORDS:
        return None
    return found.group(0).strip(" ,")


def _largest_allowed(match) -> int:
    noun = match.group("noun").lower()
    noun = {"localities": "locality", "villages": "village", "towns": "town", "townships": "township",
            "hamlets": "hamlet", "settlements": "settlement"}.get(noun, noun)
    adj = set(match.group("adj").split())
    return min(SMALL_PLACE_NOUNS[noun], SMALL_PLACE_NOUNS["village"]) if adj & SMALL_WORDS else SMALL_PLACE_NOUNS[noun]


def _plural(match) -> bool:
    return match.group("det").lower() not in ("a", "an", "one")


def _small_noun_within(text: str, start: int, end: int) -> bool:
    """``_SMALL_NOUN_RE.search(text, start, end) is not None``: the regex is asked only where
    str.find sees one of the nouns' first letters (_SMALL_NOUN_HEADS) within the window, most
    windows none (the search tried every letter v, t, h, s or l of ~400 characters: ~5 us a
    mention)."""
    for head in _SMALL_NOUN_HEADS:
        at = text.find(head, start, end)
        while at != -1:
            if _SMALL_NOUN_RE.match(text, at, end):
                return True
            at = text.find(head, at + 1, end)
    return False


def _apposition_of(text: str, m: dict, mentions: list[dict]):
    """The apposition said of ``m``: written right after it, or (plural) after the names listed
    with it ("Jordan and Victoria, two villages"). None if there is none."""
    own = _apposition_after(text, m["end"])
    if own:
        return own
    # a plural apposition after the next name(s) of a list the mention opens (three names and
    # their joins lie within the window: no noun of one there, no list to read; a text of
    # thousands of names is not sorted once per name, which cost its length squared)
    if not _small_noun_within(text, m["end"], m["end"] + _LIST_WINDOW):
        return None
    after = sorted([o for o in mentions if o["start"] >= m["end"] and not o.get("drop")], key=START)
    end = m["end"]
    for o in after[:3]:
        if not _LISTED_BETWEEN_RE.fullmatch(text[end:o["start"]]):
            return None
        found = _apposition_after(text, o["end"])
        if found:
            return found if _plural(found) else None
        end = o["end"]
    return None


def _too_great(c: dict, largest: int) -> bool:
    """Is the reading no small settlement: an area, or a place of more people than ``largest``?"""
    return c.get("kind") in AREA_KINDS or (cold(c, "population") or 0) > largest


def said_small_but_read_great(text: str, m: dict, cands: list[dict], mentions: list[dict]) -> tuple[str | None, dict | None]:
    """(why, namesake): when an apposition calls the place a village or a town (see the module
    doc) and its first reading is an area or a city too large for the word, the namesake of the
    right size in the country of a place the apposition names, or (why, None): no place. (None,
    None) when the apposition says nothing against the reading."""
    if not cands or m.get("role") != "place" or m.get("kind"):
        return None, None
    found = _apposition_of(text, m, mentions)
    if not found:
        return None, None
    largest = _largest_allowed(found)
    best = cands[0]
    if not _too_great(best, largest):
        return None, None
    start, end = found.start("rest"), found.end("rest")
    where = {o["cands"][0].get("country") for o in mentions
             if start <= o["start"] < end and not o.get("drop") and o.get("cands") and o["cands"][0].get("country")}
    for c in cands[1:]:
        if c.get("country") in where and c.get("kind") in SETTLEMENT_KINDS and not _too_great(c, largest) \
                and c.get("lat") is not None:
            return f" is no {found.group('noun')}; the namesake in the country the apposition names", c
    return (f" is no {found.group('noun').rstrip('s')}, as the apposition after it calls the place "
            f"('{found.group(0).strip(' ,')}'); no namesake of that size in the index where it says"), None


_PATTERNS.save()  # (the code of patterns compiled anew, for the next process)
