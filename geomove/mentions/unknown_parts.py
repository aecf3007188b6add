"""Names the index lacks that the words around them say are places (gaz58, s36).

The scanner makes a mention only of a name the gazetteer has a reading of; a district, a suburb or
a village the index lacks left no mention at all, though the words around it say a place is named
there. Two constructions say so plainly:

- a part of a place, told by its kind word (and most often its holder): "the Hodan district of
  Mogadishu", "Tripoli's Abu Salim district", "the village of Ngangi in Masisi territory", "the
  villages of A and B" (PART_AFTER_THE_NAME, PART_BEFORE_THE_NAME);
- a name written before its holder after a comma, behind a word of place ("in Bulengo, Goma",
  "near Kharbeh, Syria"): the way news writes a small place with the larger one it lies in;
  so is the next item of a list of such pairs told apart by semicolons.

A name the index has no reading of that the text told a place once names that place wherever
the text writes it again, whole and bare ("the village of Ngangi ... survivors left Ngangi"),
unless a capitalised word beside it makes it part of a longer name or a person's.

Each is a place mention with no reading of its own. Where the text names the place it lies in
(its holder: "of Mogadishu", "Tripoli's", "in Masisi territory", ", Goma"), the mention stands at
the holder's point, marked approximate (gaz60, s37; :func:`at_the_holder`): its precision says how
large the holder is (a town -> ``near``, a district or province -> ``region``, a country ->
``country``, ACLED's and UCDP's geo-precision for an event coded at the next known unit), its
``uncertainty_km`` how far from that point the place may lie (the holder's extent where the index
knows it), its ``gazetteer_id`` is null (the index has no row of it) and its ``holder`` names the
holder's row and the words that put it there. This is no guess at the place: the text itself
says the place lies inside the holder, and the point claims no more than that (the circle of
uncertainty covers the holder). A movement to such a place then draws its arrow to the holder,
dashed, with the circle (render.UNCERTAIN). A place told with no holder ("the village of
Ngangi" alone) stays a place without a point. The holder keeps its own mention and reading. The
mentions are added after ranking: they have no reading to weigh and change nothing of the
others'.

A one-word name English writes often ("Parliament", "January", "Light") is no such name: the
comma construction is common prose ("Speaking in Parliament, Kenya's minister ..."), and
wordfreq's Zipf frequency tells such words (EVERYDAY_ZIPF).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..io.language import english_zipf
from ..names import plain
from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("mentions-unknown-parts")

# a word of a name: a capital letter (Latin, with diacritics), then letters, apostrophes, hyphens
_WORD = r"[A-ZÀ-ÖØ-Þ][^\W_]*(?:['’-](?!s\b)[^\W\d_]+)*"  # (not a possessive's 's: "Ngangi's chief")
# the lower-case articles and particles inside Arabic, Romance and Somali names, joined by a hyphen
# or a space to the word after ("Hay al-Jihad", "Deir ez-Zor", "Souq el Khamis")
_PARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|an|ad|ud|ul|ez|es|ed|en|et|er|de|del|da|di|du|la|le|dos|das)"
# a name: up to four words, on one line, told apart by a space (a hyphen joins the parts of one
# word: "Port-au-Prince", "Saint-Denis"; as a second way to part words it let the engine try every
# split of a long hyphenated run, time growing as its length to the fourth power: "Ab-Ab-...-Ab"
# of 80 parts took 0.18 s, of 320 parts ~50 s, s36 lead, found by tests/test_fuzz.py)
_NAME = rf"{_WORD}(?: (?:{_PARTICLE}[- ])?{_WORD}){{0,3}}"

# kind words of a part of a place, written after the part's name and before "of <holder>" or
# after the holder's possessive ("the Hodan district of Mogadishu", "Goma's Ndosho neighbourhood")
PART_AFTER_THE_NAME = ("district", "neighbourhood", "neighborhood", "quarter", "suburb", "township",
                       "borough", "ward")
# kind words of a settlement or a part written before "of <name>" ("the village of Ngangi"); the
# plural ones open a list ("the villages of A, B and C")
PART_BEFORE_THE_NAME = ("village", "town", "city", "hamlet", "township", "settlement", "suburb",
                        "neighbourhood", "neighborhood", "locality", "commune")
PLURAL_PARTS_BEFORE = ("villages", "towns", "hamlets", "settlements", "suburbs", "localities")

# words of place before "<name>, <holder>": the prepositions of where and the verbs of reaching
# or striking a place (a narrower list than wordlists.LOCATIVE_PREPS: the comma construction asks
# a plainer cue than a name alone)
PLACE_WORDS_BEFORE = frozenset("""
in at near from to into outside around inside towards toward across via through reached entered
captured seized stormed shelled struck hit raided attacked besieged overran retook occupied
""".split())

# words that make "of" before a name a word of place too: a bearing or the land around a place
# ("two miles south of X, Missouri", "on the outskirts of X, Borno"); "of" alone says less ("the
# governors of Texas, Missouri", "a list of A, B")
OF_PLACE_HEADS = frozenset("""
north south east west northeast northwest southeast southwest north-east north-west south-east
south-west outskirts edge edges environs vicinity countryside
""".split())
_WORD_BEFORE_OF = _PATTERNS.compile(r"([a-z-]+)\s+$")


def of_after_a_word_of_place(text: str, of_start: int) -> bool:
    """Is the "of" at ``of_start`` written after a bearing or a word for the land around a place
    (OF_PLACE_HEADS: 'south of', 'the outskirts of'), so that the name after it is where something
    is, as after "in" or "near"?"""
    before = _WORD_BEFORE_OF.search(text, max(0, of_start - 24), of_start)
    return before is not None and before.group(1) in OF_PLACE_HEADS


# a one-word name written this often by English is an everyday word capitalised for another
# reason (a month, a feast, an institution, a language), no place the index lacks
EVERYDAY_ZIPF = 3.0
# a word English writes this often is a function word (in 7.3, at 6.6, after 6.0), no part of a
# name, when it opens a sentence before one ('In Bulengo'); titles are rarer ('president' 5.4)
FUNCTION_WORD_ZIPF = 6.0

_AFTER_THE_NAME = _PATTERNS.compile(
    rf"\b[Tt]he\s+(?P<name>{_NAME})\s+(?:{'|'.join(PART_AFTER_THE_NAME)})s?\s+of\s+(?=[A-ZÀ-ÖØ-Þ])")
_AFTER_A_POSSESSIVE = _PATTERNS.compile(
    rf"['’]s\s+(?P<name>{_NAME})\s+(?:{'|'.join(PART_AFTER_THE_NAME)})\b")
_BEFORE_THE_NAME = _PATTERNS.compile(
    rf"\b(?:[Tt]he|[Aa])\s+(?:{'|'.join(PART_BEFORE_THE_NAME)})\s+of\s+(?P<name>{_NAME})")
# ("the villages of A and B"; with no article, "in nearby villages of A and B", or a colon, "four
# villages: A, B, C and D", the list as plainly told, gaz62 s38)
_PLURAL_BEFORE_THE_NAME = _PATTERNS.compile(
    rf"\b(?P<kind>{'|'.join(PLURAL_PARTS_BEFORE)})(?:\s+of|:)\s+(?P<names>{_NAME}(?:\s*,\s*{_NAME})*(?:,?\s+and\s+{_NAME})?)")
_ONE_NAME = _PATTERNS.compile(_NAME)
# (or the next item of a list of such pairs told apart by semicolons: "in Kampot, Cambodia; Ngangi,
# Congo; and Yirgou, Burkina Faso", the item before ending with a place)
_BEFORE_A_HOLDER = _PATTERNS.compile(
    rf"(?:\b(?P<cue>[a-z]+)\s+|;\s+(?:and\s+)?)(?P<name>{_NAME}),\s+(?=[A-ZÀ-ÖØ-Þ])")
# what may follow a holder for the comma construction: punctuation, the end, a preposition or a
# word of time, or a weekday ("in Bulengo, Goma, late on Friday", "in X, Goma Wednesday evening"; not "in
# Parliament, Kenya's minister", "Goma Rosa")
_AFTER_A_HOLDER = _PATTERNS.compile(
    r"(?:\s*[,.;:)!?—–]|\s*$|\s+(?:on|in|at|by|near|late|early|last|this|overnight|after|before|during|and)\b"
    r"|\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)")
# (not any lower-case word: "to Mozyr, Kyiv said on Monday" names who spoke, no holder)


def comma_names_before(text: str, holder_starts) -> list:
    """The matches of _BEFORE_A_HOLDER that end where a holder begins (``holder_starts``: the
    start offsets of the mentions that may be holders), in text order: the same as
    ``[m for m in _BEFORE_A_HOLDER.finditer(text) if m.end() in holder_starts]``, searched only in
    the stretch between the comma before each holder and the comma before that.

    A match's name holds no comma and its cue is one word, so a match ending at a holder starts
    after the comma before the one it ends at, and matches ending at two commas never overlap
    (tests/test_unknown_parts_speed.py checks the identity on random texts).
    why: the pattern was tried at every word of every text (~1.5% of `places`, s36 lead)."""
    out = []
    for h in sorted(holder_starts):
        c = h
        while c > 0 and text[c - 1].isspace():
            c -= 1
        if c == h or c == 0 or text[c - 1] != ",":
            continue  # (no comma and space right before the holder)
        ws = text.rfind(",", 0, c - 1) + 1
        mt = _BEFORE_A_HOLDER.search(text, ws, h + 1)
        if mt is not None and mt.end() == h:
            out.append(mt)
    return out


# characters no match of the kind-word constructions holds: each match lies within one stretch
# of the text between two of them (letters, digits, white space, apostrophes and hyphens; the
# plural construction's list of names holds commas too, and the colon after its kind word)
_NO_NAME_CHARACTER = _PATTERNS.compile(r"[^\w\s'’-]")
_NO_LIST_CHARACTER = _PATTERNS.compile(r"[^\w\s'’,:-]")


def _stretch_around(text: str, at: int, outside: re.Pattern) -> tuple[int, int]:
    """The bounds of the stretch of ``text`` holding offset ``at`` between two characters that
    ``outside`` finds (the text's ends where there is none)."""
    after = outside.search(text, at)
    hi = after.start() if after is not None else len(text)
    reach = 80
    while True:
        lo = max(0, at - reach)
        last = None
        for last in outside.finditer(text, lo, at):
            pass
        if last is not None:
            return last.end(), hi
        if lo == 0:
            return 0, hi
        reach *= 4


def stretches_holding(text: str, words, outside: re.Pattern) -> list[tuple[int, int]]:
    """The bounds of the stretches of ``text`` between two characters ``outside`` finds that hold
    one of ``words`` written out (anywhere, inside a longer word too), in text order."""
    found = []
    for word in words:
        i = text.find(word)
        while i >= 0:
            found.append(i)
            i = text.find(word, i + 1)
    found.sort()
    out = []
    hi = -1
    for at in found:
        if at < hi:
            continue  # (in the stretch bounded already)
        lo, hi = _stretch_around(text, at, outside)
        out.append((lo, hi))
    return out


def matches_in(pattern: re.Pattern, text: str, stretches) -> list:
    """``list(pattern.finditer(text))`` for a pattern each match of which lies within one of
    ``stretches`` (stretches_holding): the pattern is searched in them alone.

    Matches never cross a stretch's bounds, so the whole text's search finds in each stretch
    what a search of that stretch alone finds (``\\b`` and look-behinds see the text before it;
    tests/test_speed66.py checks the identity on random texts).
    why: the kind-word constructions were searched over the whole of every text that writes a
    kind word anywhere ("town", "city": most reports), ~1.3% of `places` (s37 speed66)."""
    out: list = []
    for lo, hi in stretches:
        out.extend(pattern.finditer(text, lo, hi))
    return out


def kind_words_written(words, lower_words, plural: bool = False) -> list[str]:
    """The kind ``words`` the text writes as words of their own in lower case (``lower_words``:
    the text's tokens whose first letter is a lower-case one, finder._lower_case_words), with
    ``plural`` also those it writes only with an "s" after them. A kind word between white space
    and white space (or an "s" and white space) is a token of its own, so a construction that
    writes it so needs it here."""
    return [w for w in words if w in lower_words or plural and w + "s" in lower_words]


def kind_word_matches(text: str, lower_words) -> tuple[list, list, list, list]:
    """The matches of _AFTER_THE_NAME, _AFTER_A_POSSESSIVE, _BEFORE_THE_NAME and
    _PLURAL_BEFORE_THE_NAME in ``text`` (``lower_words``: its tokens written with a lower-case
    first letter, finder._lower_case_words), each list what the pattern's search of the whole
    text finds, searched only in the stretches that write the kind words a match needs.

    _AFTER_A_POSSESSIVE's kind word may open a hyphenated word ("the city's district-level
    office"), so it is searched in the stretches of every writing of its words, where the text
    writes a possessive's "s" at all; _AFTER_THE_NAME's matches lie in those stretches too."""
    after_words = kind_words_written(PART_AFTER_THE_NAME, lower_words, plural=True)
    parts = stretches_holding(text, PART_AFTER_THE_NAME, _NO_NAME_CHARACTER) \
        if after_words or "s" in lower_words else []
    before = stretches_holding(text, kind_words_written(PART_BEFORE_THE_NAME, lower_words), _NO_NAME_CHARACTER)
    plural = stretches_holding(text, kind_words_written(PLURAL_PARTS_BEFORE, lower_words), _NO_LIST_CHARACTER)
    return (matches_in(_AFTER_THE_NAME, text, parts) if after_words else [],
            matches_in(_AFTER_A_POSSESSIVE, text, parts) if "s" in lower_words else [],
            matches_in(_BEFORE_THE_NAME, text, before), matches_in(_PLURAL_BEFORE_THE_NAME, text, plural))


def holder_ends_there(text: str, pos: int) -> bool:
    """Does a holder written after a name and a comma end at ``pos`` (see _AFTER_A_HOLDER)?"""
    return _AFTER_A_HOLDER.match(text, pos) is not None

# --- a place told inside a holder stands at the holder's point (gaz60, s37)

# the precision of a place the text puts inside a holder, by the holder's kind: ACLED's and UCDP's
# geo-precision for an event coded at the next known unit (2: in or near a known town; 3: only a
# region or a country known). Any other kind of holder (a city, a town, a village, a base, a camp)
# gives "near".
HOLDER_PRECISION = {"country": "country", "admin1": "region", "admin2": "region", "region": "region"}
# the radius of uncertainty, by precision, where the index gives the holder no extent (render's
# defaults for near and region; a country's half-width is of the order of a few hundred km)
HOLDER_DEFAULT_KM = {"near": 10.0, "region": 50.0, "country": 300.0}
# a place written with a town may lie in the town's countryside, not in its streets ("in
# Bulengo, Goma": a camp some km out; "the village of Ngangi in Sake"): no circle narrower than
# this around a town, whose index extent is its built-up area's (1.9 km for a town of 10,000)
NEAR_FLOOR_KM = 5.0
# kinds of place a kind word written before the name says the place itself is ("the village of
# Ngangi"): the PLACE kinds of a settlement; a part of a town ("district", "suburb") has none
KIND_OF_THE_WORD = {"village": "village", "hamlet": "village", "town": "town", "city": "city",
                    "villages": "village", "hamlets": "village", "towns": "town"}

# the kinds of a settlement, as the kind words say them and the index gives them
_SETTLEMENT_WORD_KINDS = frozenset(KIND_OF_THE_WORD.values())

# what joins a name to a holder written after it: "the village of Ngangi in Masisi territory",
# "the village of Ngangi, Masisi"
_HOLDER_AFTER = _PATTERNS.compile(r"\s+in\s+(?:the\s+)?|,\s+")
# what joins a place to the area it lies in, written after it: "Bara in Khyber district"
_IN_THE = _PATTERNS.compile(r"\s+in\s+(?:the\s+)?")
# what joins the items of a list of places ('Z, A and B', 'Z, A, B', 'Z, A, and B')
_LIST_GOES_ON = _PATTERNS.compile(r",\s+(?:and\s+)?|\s+and\s+")
# the kind words of an area written after a holder's name ("Masisi territory", "Ituri province")
_AREA_WORD_AFTER_A_HOLDER = _PATTERNS.compile(
    r"\s+(?:territory|province|district|region|county|state|governorate|prefecture|department|municipality)\b")


@dataclass(frozen=True)
class ToldIn:
    """What the text says of a name the index lacks: why it is a place (``why``), the mention of
    the place it lies in (``holder``, or None where the text names none), the span of the words
    that say so (``phrase``) and the kind the text gives the place itself (``kind``)."""
    why: str
    holder: dict | None = None
    phrase: tuple[int, int] | None = None
    kind: str | None = None


def holder_precision(kind: str | None) -> str:
    """The precision of a place inside a holder of ``kind`` (HOLDER_PRECISION)."""
    return HOLDER_PRECISION.get(kind or "", "near")


def holder_uncertainty_km(reading: dict, precision: str) -> float:
    """How far from the holder's point the place may lie: the holder's extent where the index
    knows it, else HOLDER_DEFAULT_KM; around a town never under NEAR_FLOOR_KM."""
    km = reading.get("uncertainty_km") or HOLDER_DEFAULT_KM[precision]
    if precision == "near":
        km = max(km, NEAR_FLOOR_KM)
    return round(float(km), 1)


# how large a unit of each kind is, for an address written from the small to the large ('Z, A,
# <province>, <country>'); a settlement or a site is 0
_UNIT_SIZE = {"country": 2, "admin1": 1, "admin2": 1, "region": 1}


def _holds(larger: dict, smaller: dict) -> bool:
    """Is reading ``larger`` a unit of a larger kind than ``smaller`` in its country (the next
    part of an address: 'Auckland, New Zealand', 'Stroud, Ontario, Canada')?"""
    return _UNIT_SIZE.get(larger.get("kind") or "", 0) > _UNIT_SIZE.get(smaller.get("kind") or "", 0) \
        and larger.get("country") is not None and larger.get("country") == smaller.get("country")


def at_the_holder(surface: str, told: ToldIn, text: str) -> dict | None:
    """The PLACE fields of a place the index lacks that ``told`` puts inside a holder: the
    holder's point, with the precision and uncertainty of its size (see the module doc), the
    place's own name as written, no gazetteer id of its own, and ``holder`` naming the holder's
    row and the words that put the place there. None where the text names no holder."""
    holder = told.holder
    if holder is None or not holder.get("cands"):
        return None
    reading = holder["cands"][0]
    precision = holder_precision(reading.get("kind"))
    km = holder_uncertainty_km(reading, precision)
    if precision == "near" and _AREA_WORD_AFTER_A_HOLDER.match(text, holder["end"]) is not None:
        # "the village of Ngangi in Masisi territory" with the holder read at the town the
        # territory is named after (the index has no row of the territory): the text says the
        # place lies in the area, so its circle is an area's, not the town's streets' (s37m)
        precision, km = "region", HOLDER_DEFAULT_KM["region"]
    phrase = text[told.phrase[0]:told.phrase[1]] if told.phrase else surface
    where = f"{reading.get('name')}, {reading.get('gazetteer_id')}"
    return {"name": surface, "lat": reading["lat"], "lon": reading["lon"], "country": reading.get("country"),
            "admin1": reading.get("admin1"), "kind": told.kind, "precision": precision, "uncertainty_km": km,
            "gazetteer_id": None, "source": reading.get("source"),
            "holder": {"name": reading.get("name"), "surface": holder["surface"], "kind": reading.get("kind"),
                       "gazetteer_id": reading.get("gazetteer_id"), "start": holder["start"], "end": holder["end"],
                       "phrase": phrase},
            "why": f"{told.why}; at the holder {where}, in {phrase!r} ({precision}, {km:g} km)"}


# a capitalised word right after a name, on its line ('Ngangi Road'), and right before it ('Mr
# Kisimba', 'Joseph Bwambale', 'Gen. Kisimba')
_CAPITALISED_AFTER = _PATTERNS.compile(r"[ \t]+[A-ZÀ-ÖØ-Þ]")
_CAPITALISED_BEFORE = _PATTERNS.compile(r"(?<![\w.])(?P<word>[A-ZÀ-ÖØ-Þ][\w]*)\.?[ \t]+$")


class UnknownParts:
    """Mixin of :class:`geomove.mentions.finder._Finder`: mentions of the places the index lacks
    that the words around them name (see the module doc)."""

    def _names_told_places_the_index_lacks(self, mentions: list[dict]) -> list[dict]:
        """New mentions (role place, no reading) for the names of the two constructions that no
        mention covers yet, in text order."""
        text = self.text
        # (a name the finder dropped only because none of its readings lies in the area the
        # text writes after it is left for the comma construction below to decide)
        taken = sorted([(m["start"], m["end"]) for m in mentions if not m.get("no_reading_in_the_area_named")])
        holders = [m for m in mentions if self._a_holder(m)]
        ends = {m["end"]: m for m in holders}
        starts = {m["start"]: m for m in holders}
        found: dict[tuple[int, int], ToldIn] = {}  # (start, end) -> what the text says of it
        # the finder's own mentions of places it found no reading of ("no place called 'X' in the
        # index near Y", "X (SC) lies in none of the areas the text writes after"), by span
        pointless = {(m["start"], m["end"]): m for m in mentions if self._a_place_without_a_point(m)}

        # the finder's mentions of a name it read only loosely, by span ('Kalimbo' read as Colombo,
        # dropped or kept though the kind word says a village): a kind word that names the very
        # name a place overrules them (gaz62, s38)
        loose = {(m["start"], m["end"]): m for m in mentions if self._loose_reading_overruled(m)}

        def add(start: int, end: int, told: ToldIn, over_loose: bool = False) -> None:
            i = bisect.bisect_left(taken, (end, end))
            if over_loose and (start, end) in loose and not any(
                    a < end and start < b and (a, b) != (start, end) for a, b in taken[max(0, i - 8):i + 1]):
                loose[(start, end)]["drop"] = True  # (its loose reading is no answer: the new mention stands for it)
                found.setdefault((start, end), told)
                return
            if any(a < end and start < b for a, b in taken[max(0, i - 8):i + 1]):
                # (a mention of the finder's own covers it: it decided already; where it found
                # no reading of that very name, the place the text puts it in is still its point)
                own = pointless.get((start, end))
                if own is not None and told.holder is not None and "told_in" not in own:
                    own["told_in"] = ToldIn(own.get("unresolved") or told.why, told.holder, told.phrase, told.kind)
                return
            found.setdefault((start, end), told)

        after, possessive, before, plural = kind_word_matches(text, self.lower_words)
        for mt in after:
            holder = starts.get(mt.end())
            if holder is not None and self._name_told_with_a_holder(mt.group("name"), holder):
                add(mt.start("name"), mt.end("name"),
                    ToldIn(f"no reading of {mt.group('name')!r} kept; the text calls it a part of {holder['surface']}",
                           holder, (mt.start(), self._holder_phrase_end(holder))))
        for mt in possessive:
            holder = ends.get(mt.start())
            if holder is not None and self._name_told_with_a_holder(mt.group("name"), holder):
                add(mt.start("name"), mt.end("name"),
                    ToldIn(f"no reading of {mt.group('name')!r} kept; the text calls it a part of {holder['surface']}",
                           holder, (holder["start"], mt.end())))
        for mt in before:
            holder = self._holder_written_after(mt.end("name"), starts)
            if self._name_told_with_a_holder(mt.group("name"), holder):
                word = text[mt.start():mt.start('name')].split()[1]
                add(mt.start("name"), mt.end("name"),
                    ToldIn(f"no reading of {mt.group('name')!r} kept; the text names it a {word}", holder,
                           (mt.start(), self._holder_phrase_end(holder)) if holder else None, KIND_OF_THE_WORD.get(word)),
                    over_loose=True)
        for mt in plural:
            holder = self._holder_written_after(mt.end("names"), starts)
            word = mt.group("kind")
            for one in _ONE_NAME.finditer(text, mt.start("names"), mt.end("names")):
                if self._name_told_with_a_holder(one.group(), holder):
                    add(one.start(), one.end(),
                        ToldIn(f"no reading of {one.group()!r} kept; one of the places the text lists so", holder,
                               (mt.start(), self._holder_phrase_end(holder)) if holder else None, KIND_OF_THE_WORD.get(word)),
                        over_loose=True)
        for mt in comma_names_before(text, starts):
            holder = starts[mt.end()]
            name = mt.group("name")
            cue = mt.group("cue")
            if cue is None:  # (after a semicolon: an item of a list whose item before ends with a place)
                before = mt.start()  # (the semicolon; the item before ends at the last word before it)
                while before > 0 and text[before - 1].isspace():
                    before -= 1
                if ends.get(before) is None:
                    continue
            elif cue not in PLACE_WORDS_BEFORE and not (cue == "of" and of_after_a_word_of_place(text, mt.start("cue"))) \
                    or self._told_by_a_source(mt):
                continue
            if holder is None \
                    or name in self.person_words \
                    or not all(english_zipf(w) < EVERYDAY_ZIPF for w in name.replace("-", " ").split()) \
                    or not _AFTER_A_HOLDER.match(text, holder["end"]):
                continue
            why = f"no reading of {name!r} kept; the text writes it before {holder['surface']}, where it lies"
            if self._a_list_goes_on(holder, starts):  # ("sent to Z, A and B": maybe three places)
                add(mt.start("name"), mt.end("name"), ToldIn(why + " (or the head of a list: no point)"))
            else:
                add(mt.start("name"), mt.end("name"), ToldIn(why, holder, (mt.start("name"), self._holder_phrase_end(holder))))
        self._pointless_places_in_an_area(pointless, starts)
        self._dropped_places_in_an_area(mentions, starts, taken, found)
        if not found:
            return []
        self._the_same_names_again(found, taken)
        tok_starts = [t.start for t in self.toks]  # (once a text, for the few names found)
        sent_starts = [s for s, _ in self.sents]
        return [self._unknown_part_mention(s, e, told, tok_starts, sent_starts) for (s, e), told in sorted(found.items())]

    def _pointless_places_in_an_area(self, pointless: dict, starts: dict) -> None:
        """'Troops moved to Bara in Khyber district': a place the finder kept without a point (its
        readings lie elsewhere: Bara, Romania) that the text writes "in" an area, named with the
        area's kind word right after it, stands at that area's point, as the comma construction's
        names do ('in Tura, Borno'). Only the finder's own mentions: the words before the name
        said a place already (gaz62, s38)."""
        for (start, end), own in pointless.items():
            if "told_in" in own:
                continue
            holder = self._area_written_in_after(end, starts)
            if holder is None:
                continue
            why = (own.get("unresolved") or f"no reading of {own['surface']!r} kept") \
                + f"; the text writes it in {holder['surface']}"
            own["told_in"] = ToldIn(why, holder, (start, self._holder_phrase_end(holder)))

    def _area_written_in_after(self, end: int, starts: dict) -> dict | None:
        """The holder written right after a name that ends at ``end`` as "in (the) Y" with an
        area's kind word after Y ('in Khyber district', 'in the Masisi territory'), or None."""
        joint = _IN_THE.match(self.text, end)
        holder = starts.get(joint.end()) if joint is not None else None
        if holder is None or _AREA_WORD_AFTER_A_HOLDER.match(self.text, holder["end"]) is None:
            return None
        return holder

    def _dropped_places_in_an_area(self, mentions: list[dict], starts: dict, taken: list, found: dict) -> None:
        """'moved from Peshawar to Bara in Khyber district', 'attacked Tura in Borno state': a name
        after a word of place (PLACE_WORDS_BEFORE) that the finder dropped because none of its
        readings lies in the country of the area written "in" after it (Bara, Romania) is a place
        the index lacks, at that area's point, as 'in Tura, Borno' is (gaz62, s38)."""
        for m in mentions:
            if not m.get("drop") or m["role"] != "place" or m.get("tok") is None or m["tok"] < 1 \
                    or self.toks[m["tok"] - 1].lower not in PLACE_WORDS_BEFORE:
                continue
            holder = self._area_written_in_after(m["end"], starts)
            if holder is None:
                continue
            country = holder["cands"][0].get("country")
            if any(c.get("country") == country for c in m.get("cands") or []):
                continue  # (a reading in the area's country: the finder dropped it for another reason)
            start, end = m["start"], m["end"]
            i = bisect.bisect_left(taken, (end, end))
            if any(a < end and start < b and (a, b) != (start, end) for a, b in taken[max(0, i - 8):i + 1]):
                continue
            why = f"no reading of {m['surface']!r} kept in {holder['surface']}'s country; the text writes it in {holder['surface']}"
            found.setdefault((start, end), ToldIn(why, holder, (start, self._holder_phrase_end(holder))))

    def _holder_written_after(self, end: int, starts: dict) -> dict | None:
        """The holder written right after a name that ends at ``end``: 'in Masisi territory', 'in
        the Ituri province', ', Masisi' (then ending as _AFTER_A_HOLDER says, or with an area's
        kind word: not ', Goma said')."""
        text = self.text
        joint = _HOLDER_AFTER.match(text, end)
        if joint is None:
            return None
        holder = starts.get(joint.end())
        if holder is None:
            return None
        if text[end] == "," and not (holder_ends_there(text, holder["end"])
                                     or _AREA_WORD_AFTER_A_HOLDER.match(text, holder["end"])):
            return None
        return holder

    def _a_list_goes_on(self, holder: dict, starts: dict) -> bool:
        """Does a list of places go on after ``holder`` ('Z, A and B', 'Z, A, B')? Then 'Z, A' may
        be the list's first two items as well as a place and its holder: the name is kept a place,
        with no point of A's (s35's golden 'sent to Z, A and B'). A larger unit of A's own country
        after it goes on with the address instead ('in Z, A, <A's province or country>')."""
        joint = _LIST_GOES_ON.match(self.text, holder["end"])
        after = starts.get(joint.end()) if joint is not None else None
        return after is not None and not _holds(after["cands"][0], holder["cands"][0])

    def _holder_phrase_end(self, holder: dict) -> int:
        """Where the words naming a holder end: after its area's kind word ('Masisi territory')."""
        word = _AREA_WORD_AFTER_A_HOLDER.match(self.text, holder["end"])
        return word.end() if word else holder["end"]

    def _the_same_names_again(self, found: dict[tuple[int, int], ToldIn], taken: list[tuple[int, int]]) -> None:
        """Add to ``found`` every other writing of its names, whole and bare, that no mention
        covers ('the village of Ngangi ... survivors left Ngangi'): a name the text told a place
        names that place through the text. Not inside a longer name or a person's ('Joseph
        Bwambale', 'Ngangi Road', 'Mr Kisimba': a capitalised word right before or after).
        One search of the text for all the names together."""
        text = self.text
        # (only names the index has no reading of: a name it knows that the finder left out
        # elsewhere, 'to Reston, Virginia' in a report on the Reston virus, keeps that decision)
        # (nor an everyday word kept only for the holder written with it: 'the village of Hope in
        # Masisi territory' says nothing of 'Hope' opening another sentence)
        names = {text[s:e]: (s, e) for s, e in sorted(found)
                 if not self.shared_candidates_of(text[s:e], None) and self._name_not_everyday(text[s:e])}
        if not names:
            return
        pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
                             + r")(?![\w-])")
        for mt in pattern.finditer(text):
            start, end = mt.span()
            if (start, end) in found or mt.group() in self.person_words or self._inside_a_longer_name(start, end):
                continue
            i = bisect.bisect_left(taken, (end, end))
            if any(a < end and start < b for a, b in taken[max(0, i - 8):i + 1]):
                continue
            first = names[mt.group()]
            told = found[first]  # (the place the text put it in there is where it lies here)
            found[(start, end)] = ToldIn(f"no reading of {mt.group()!r} kept; the text names it a place at {first[0]}",
                                         told.holder, told.phrase, told.kind)

    def _inside_a_longer_name(self, start: int, end: int) -> bool:
        """Is ``text[start:end]`` written next to a capitalised word (a longer name, a person's
        name)? A capitalised word before it that the text also writes in lower case, or a word as
        common as a preposition ('In', 'At' opening a sentence: FUNCTION_WORD_ZIPF), is none."""
        text = self.text
        if _CAPITALISED_AFTER.match(text, end) is not None:
            return True
        before = _CAPITALISED_BEFORE.search(text, max(0, start - 40), start)
        if before is None:
            return False
        word = before.group("word").lower()
        return word not in self.lower_words and english_zipf(word) < FUNCTION_WORD_ZIPF

    def _told_by_a_source(self, mt) -> bool:
        """'According to Ndayishimiye, Burundi ...': a person the text quotes, no place."""
        return mt.group("cue") == "to" and self.text[max(0, mt.start() - 12):mt.start()].rstrip().lower().endswith("according")

    @staticmethod
    def _loose_reading_overruled(m: dict) -> bool:
        """Is ``m`` a place mention whose first reading bears another name than the one written
        ('Kalimbo' read as Colombo, 'Makonono' as Mkonono Airport, by loose spellings), which the
        finder dropped, or kept though the kind word written with it ('the villages of') names
        another kind of place: no settlement at all (a settlement of another size is most often
        the same place: 'the town of Kobane' as Kobani, 'the village of Ranya' as the Iraqi town)?"""
        cands = m.get("cands")
        if not cands or m["role"] != "place" or plain(cands[0].get("name") or "") == plain(m["surface"]):
            return False
        if m.get("drop"):
            return True
        said, read = m.get("kind"), cands[0].get("kind")
        return said in _SETTLEMENT_WORD_KINDS and read not in _SETTLEMENT_WORD_KINDS

    @staticmethod
    def _a_place_without_a_point(m: dict) -> bool:
        """Is ``m`` a kept mention of a place the finder found no reading of?"""
        return m["role"] == "place" and not m.get("cands") and not m.get("drop")

    @staticmethod
    def _a_holder(m: dict) -> bool:
        """Is ``m`` a place the text puts another in: a kept mention read as a place?"""
        cands = m.get("cands")
        return bool(cands) and not m.get("drop") and m["role"] in ("place", "actor", "dateline") \
            and cands[0].get("lat") is not None

    def _name_told_with_a_holder(self, name: str, holder: dict | None) -> bool:
        """May ``name``, which a kind word calls a place, be kept as one? Any name not everyday
        (:meth:`_name_not_everyday`); an everyday word too where the text writes the holder it
        lies in ('the village of Hope in Masisi territory', 'the town of Liberty in Nimba
        County', 'the Market district of Baidoa'): the kind word and the holder together say
        plainly that a place is named, as a capitalised common word alone does not ('the village
        of Hope' may be a charity's). No one word that is the surname of a person the text names."""
        if holder is not None:
            return len(name.split()) > 1 or name not in self.person_words
        return self._name_not_everyday(name)

    def _name_not_everyday(self, name: str) -> bool:
        """A name of more than one word, or one word English does not write often (EVERYDAY_ZIPF),
        and no surname of a person the text names."""
        words = name.split()
        if len(words) == 1 and (english_zipf(name) >= EVERYDAY_ZIPF or name in self.person_words):
            return False
        return True

    def _unknown_part_mention(self, start: int, end: int, told: ToldIn, tok_starts: list[int],
                              sent_starts: list[int]) -> dict:
        """The mention of ``text[start:end]``: a place without a reading (``told.why`` says why),
        placed at its holder by the record (``told_in``, :func:`at_the_holder`)."""
        first = bisect.bisect_left(tok_starts, start)
        last = bisect.bisect_left(tok_starts, end)
        tok = first if first < len(tok_starts) and tok_starts[first] == start else None
        return {"start": start, "end": end, "surface": self.text[start:end],
                "sentence": max(0, bisect.bisect_right(sent_starts, start) - 1), "role": "place",
                "cands": [], "kind": None, "tok": tok, "n_tokens": max(1, last - first),
                "importance": 0.0, "unresolved": told.why, "told_in": told}


_PATTERNS.save()
