"""A name the text gives as another name of the place it has just named: "Ras al-Ain, also
spelled Serekaniye", "Kobani, also known as Ayn al-Arab", "Qamishli, called Qamishlo in
Kurdish". Reports on places of several languages give the second spelling on purpose; it
names the same place, though alone it might be too rare a name to be read as one (a Kurdish
name of a village the index ranks low). Only a reading of the second name at the place the
first was read at is taken: the words alone do not make a place of anything."""

from __future__ import annotations

from bisect import bisect_right

from ..distance import haversine_km
from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("mentions-other-names")  # (kept compiled code, as the other modules')

# the words between the two names (after the first name's end, up to the second's start): a
# naming word, or an apposition that gives the place's former name ("Kawthaung, the old Victoria
# Point", "Pathein (formerly Bassein)": towns of Myanmar, India, Africa known by a colonial name)
_ANOTHER_NAME_RE = _PATTERNS.compile(
    r"\s*[,(]?\s*(?:(?:also|otherwise|sometimes|often|locally|formerly|once)\s+)?"
    r"(?:spelled|spelt|written|known|called|named)"
    r"(?:\s+(?:in|by)\s+[A-Z][a-z]+)?(?:\s+as)?(?:\s+(?:in|by)\s+[A-Z][a-z]+\s+as)?\s*"
    r"|\s*[,(]\s*(?:the\s+(?:old|former|colonial-era|colonial)|formerly)\s+")
# ... their one word that must be there: where a second name may start, found in one pass.
# Written so that every branch opens with one literal character (the word's first letter, then
# ``(?<!\w\w)`` for the ``\b`` before it: the character before that letter is no word
# character; or "," or "("): the engine then skips in C to the next of those seven characters,
# where ``\b(?:spelled|...)|[,(]...`` (the same matches, test_speed50) was tried at every
# position of every text (0.020 -> 0.008 CPU s a pass of the 380 dev texts).
_NAMING_TAIL = r"(?:\s+(?:in|by)\s+[A-Z][a-z]+)?(?:\s+as)?(?:\s+(?:in|by)\s+[A-Z][a-z]+\s+as)?\s*"
_FORMER_NAME = r"\s*(?:the\s+(?:old|former|colonial-era|colonial)|formerly)\s+"
_NAMING_WORD_RE = _PATTERNS.compile(
    r"s(?<!\w\w)(?:pelled|pelt)" + _NAMING_TAIL + r"|w(?<!\w\w)ritten" + _NAMING_TAIL
    + r"|k(?<!\w\w)nown" + _NAMING_TAIL + r"|c(?<!\w\w)alled" + _NAMING_TAIL
    + r"|n(?<!\w\w)amed" + _NAMING_TAIL + r"|," + _FORMER_NAME + r"|\(" + _FORMER_NAME)
_GAP_CHARS = 45  # at most this many characters between the two names
SAME_PLACE_KM = 5.0  # a reading this close to the first name's is the same place


def _the_place_named_before(m: dict, places: list[dict], ends: list[int], text: str) -> dict | None:
    """The place mention ``m`` is given as another name of: the one ending last before it
    (``places`` sorted by their ends, ``ends`` those ends), with only the words of
    _ANOTHER_NAME_RE between them."""
    i = bisect_right(ends, m["start"]) - 1
    while i >= 0 and places[i] is m:
        i -= 1
    if i < 0 or m["start"] - ends[i] > _GAP_CHARS:
        return None
    before = places[i]
    if _ANOTHER_NAME_RE.fullmatch(text, before["end"], m["start"]) is None:
        return None
    return before


def _may_be_named_after(m: dict) -> bool:
    """Can ``m`` be read as another name of the place before it: a place with readings, kept,
    or dropped for want of support or as everyday words (see
    :func:`another_name_of_the_place_before`)?"""
    return m["role"] == "place" and bool(m.get("cands")) \
        and (not m.get("drop") or bool(m.get("unsupported") or m.get("everyday_alias")))


def another_name_of_the_place_before(text: str, mentions: list[dict]) -> None:
    """Read each name given as another name of the place just named ("X, also spelled Y") as
    that place, when one of its readings lies there (SAME_PLACE_KM): that reading first, and
    a mention dropped for want of support kept, or dropped as everyday words that a lesser
    settlement holds as an alias (Acceptance._everyday_alias: 'Victoria Point', Kawthaung's
    English name): given as the name of the place just named, the words are that name."""
    places = sorted((o for o in mentions if not o.get("drop") and o["role"] in ("place", "dateline")
                     and o.get("cands")), key=lambda o: o["end"])
    ends = [o["end"] for o in places]
    named_after = [(m, first) for m in mentions if _may_be_named_after(m)
                   and (first := _the_place_named_before(m, places, ends, text)) is not None]
    if not named_after:
        return
    # (where a second name may start: after a naming word. Scanned only once a mention passes
    # every other test, a place written a few words after another with only naming words
    # between them: none of the 380 dev documents has one, and the whole text's scan cost
    # ~120,000 instructions a text (callgrind, 45 M for the 380); the tests are a conjunction
    # with no side effect, so their order changes no answer)
    starts = {w.end() for w in _NAMING_WORD_RE.finditer(text)}
    for m, first in named_after:
        if m["start"] not in starts:
            continue
        cands = m["cands"]
        there = first["cands"][0]  # (read here: an earlier name of the list may have moved it)
        if there.get("lat") is None:
            continue
        same = next((c for c in cands if c.get("lat") is not None and haversine_km(
            c["lat"], c["lon"], there["lat"], there["lon"]) <= SAME_PLACE_KM), None)
        if same is None or (same is cands[0] and not m.get("drop")):
            continue  # (no reading there, or read there already)
        if same is not cands[0]:
            cands.remove(same)
            cands.insert(0, same)
        m["drop"] = False
        m.pop("unsupported", None)
        m.pop("everyday_alias", None)
        m["support"] = f"another name of {first['surface']!r}, given beside it"


# "as residents call the town in Somali", "known locally in Kurdish": a naming word, then "in"
# and the word, within one clause
_LANGUAGE_AFTER_RE = _PATTERNS.compile(
    r"\b(?:call|calls|called|calling|known|spelled|spelt|spell|spells|written|write|writes|named|name|names)"
    r"\b[^.;:!?]{0,40}?\bin\s+$")
_LANGUAGE_LOOK_BACK = 60  # characters before the word searched for the naming word
# Languages that share their name with a place of the people who speak them and are no demonym
# of the demonyms list ("known in Shan as Thibaw": Myanmar's Shan State; "in Afar": Ethiopia's Afar
# Region; "in Kikuyu": a town of Kenya): read as a language after a naming word, as a demonym is (gaz88)
LANGUAGES_NAMED_LIKE_PLACES = frozenset(
    "Shan Kachin Mon Rakhine Chin Karen Kayah Wa Afar Kikuyu Naga Berber".split())


def language_after_a_naming_word(text: str, m: dict) -> bool:
    """Is ``m`` (a one-word demonym read as a place, or one of LANGUAGES_NAMED_LIKE_PLACES: the
    caller asks) a language, named after a naming word and "in" ("as residents call the town in
    Somali", "known in Shan as Thibaw")?

    why: "Somali" there was read as Ethiopia's Somali Region, a place the text never meant."""
    if m.get("n_tokens", 1) != 1:
        return False
    return _LANGUAGE_AFTER_RE.search(text, max(0, m["start"] - _LANGUAGE_LOOK_BACK), m["start"]) is not None


_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)
