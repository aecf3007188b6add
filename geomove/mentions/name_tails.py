"""A place's name read without its tail: "San Martín de Turumbán" (a Venezuelan town the index
lacks) found as "San Martín", a Peruvian region 2,000 km away. Spanish, Portuguese, French and
Italian place names run on through a lower-case linking word and a capitalised name ("Villa de
Cura", "Santa Cruz del Sur", "Ponte de Lima", "San Juan de los Morros"); the scanner matches the
longest name the index holds, so a tail left after a match means the whole name is not in the
index, and the head is another place. The mention becomes the whole name, without a point
(finder: the guards' loop), as "West Midlands" does for a qualifier left out (scan.py)."""

from __future__ import annotations

import re

from ..wordlists import GIVEN_NAMES

from ..regex_cache import CompiledPatterns

# (its patterns are built from code an earlier run kept: geomove.regex_cache)
_PATTERNS = CompiledPatterns("mentions-name-tails")

# the linking words of Romance place names, then one capitalised word or more (a name of two
# words: "de los Morros", "de la Frontera"); an article after the link is part of it, the
# elided French one written onto the name ("Petite-Rivière de l'Artibonite")
_TAIL_RE = _PATTERNS.compile(
    r"[ \u00a0]+(?:de|del|da|do|dos|das|di|des|du)(?:[ \u00a0]+(?:la|las|los|le|les)[ \u00a0]+|[ \u00a0]+l['’]|[ \u00a0]+)"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ \u00a0]+[A-ZÀ-ÖØ-Þ][\w'’-]+)?)")


# English names of a land or a polar region end in a capitalised "Land" ("Franz Josef Land",
# "Queen Maud Land", "Arnhem Land"): right after a name the index holds without it, the whole is
# a place the index lacks, not the head's namesake (a NZ aerodrome "Franz Josef"). Not when a
# capitalised word follows: "Land" then opens a body's or a thing's name ("the Israel Land
# Authority", "the Crimea Land Bridge")
_LAND_TAIL_RE = _PATTERNS.compile(r"[ \u00a0]+Land(?![\w'’-])(?![ \u00a0]+[A-Z])")


# a structure's name ends in its capitalised kind ("the Unity Bridge", "the Renaissance Dam",
# "Independence Square"): right after a name the index holds without it as no town, the whole is
# a structure the index lacks, not the head's area (Unity, the South Sudanese state, for the
# bridge between Tanzania and Mozambique). A town's structure keeps the town: "the Kherson
# Bridge" is at Kherson (finder: only where the head's reading is no settlement)
_STRUCTURE_TAIL_RE = _PATTERNS.compile(r"[ \u00a0]+(?:Bridge|Dam|Barrage|Square|Stadium|Palace|Tower)(?![\w'’-])")


# a landform's name written with its kind in lower case ("the Kola peninsula", "the Jaffna
# peninsula", "the Tarim basin"): right after a name the index holds without it as a town, the
# whole is a landform the index lacks, not the town that shares its name (Kola, a town on the
# peninsula, 100,000 km² of it). The finder asks it only where the head's reading is a settlement:
# "the Sichuan basin" keeps the province, "the Golan plateau" the heights. The capitalised kind
# is features' (FEATURE_HEADS_AFTER); "valley" is the land around the town, read at it
# (FEATURE_HEADS_AROUND_TOWN). Not when a capitalised word follows: a longer name runs on there
# (a body's or a force's, "the Kola peninsula Joint Command")
LANDFORM_KINDS = ("peninsula", "plateau", "basin")
_LANDFORM_TAIL_RE = _PATTERNS.compile(
    r"[ \u00a0]+(?:" + "|".join(LANDFORM_KINDS) + r")(?![\w'’-])(?![ \u00a0]+[A-Z])")


def landform_tail(text: str, end: int) -> int | None:
    """Where a landform's kind ends when it follows a name ending at ``end`` ("Kola| peninsula")."""
    tail = _LANDFORM_TAIL_RE.match(text, end)
    return tail.end() if tail else None


def structure_tail(text: str, end: int) -> int | None:
    """Where a structure's kind ends when it follows a name ending at ``end`` ("Unity| Bridge")."""
    tail = _STRUCTURE_TAIL_RE.match(text, end)
    return tail.end() if tail else None


def tail_left_out(text: str, end: int, head: str = "") -> int | None:
    """Where the tail of a Romance place name ends, when one follows the name ``head`` that
    ends at ``end`` ("San Martín| de Turumbán"), or the "Land" of an English land's name
    ("Franz Josef| Land"), else None. A head that is one given name is a person's ("Patrick de
    Bayser", "Juan de la Cruz"): no place name runs on there."""
    if " " not in head.strip() and head.strip().lower() in GIVEN_NAMES:
        return None
    tail = _TAIL_RE.match(text, end) or _LAND_TAIL_RE.match(text, end)
    return tail.end() if tail else None
# the capitalised articles that open Spanish and French place names ("Las Manos", "Los Amates",
# "Le Cap"), which the index keeps as words of the name (name keys drop only the Arabic ones:
# "El Amatillo" is found whole, or not at all)
ROMANCE_ARTICLES = frozenset(("La", "Las", "Los", "Le", "Les"))


def article_left_out(text: str, start: int) -> int | None:
    """Where a capitalised Romance article (ROMANCE_ARTICLES) begins that stands one space before
    the name starting at ``start`` ("the Las| Manos crossing"), else None. The scanner matches the
    longest name the index holds: an article left before a match means the whole name is not in
    the index, and the rest names another place (Manaus, Brazil, by an other name 'Manos'); the
    mention becomes the whole name, without a point, as a tail left out does."""
    j = start - 1
    if j < 2 or text[j] != " ":
        return None
    i = j
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    if text[i:j] not in ROMANCE_ARTICLES:
        return None
    if i > 0 and (text[i - 1].isalnum() or text[i - 1] in "-'’."):
        return None  # (a word's end, "Sainte-Anne-des-Los", or an initial: no article of its own)
    return i


_PATTERNS.save()
