"""A lede that names the force by its nation only, then the unit that moved, from that nation:
"German troops have arrived in Lithuania. Around 400 soldiers of the 45th Panzer Brigade landed at
Kaunas airport this afternoon, flown in from Wunstorf." The brigade is named with no nation, but
it left from Germany: the German troops of the lede are it (GUIDELINES: one movement retold in
headline, lede and body counts once), so their actors' words ("German troops" / "45th
Panzer Brigade") sharing none is no second actor. The other features (ends, dates, counts)
still decide.

Only where the lede's actor is a demonym and a plain force word, the lede names no start, is told
before the unit, and the unit's own start lies in the lede's nation while the unit has no nation
of its own named ("A Dutch company ... from Eindhoven" is another force).

why: the radio script's lede was read as a second movement to Lithuania (read107)."""

from __future__ import annotations

from .forces import _GENERIC_FORCE_WORDS
from .state import _Draft


def _home(d: _Draft) -> dict | None:
    return next((f.actor_home for f in d.frags if f.actor_home), None)


def _nation_only(actor: str | None) -> bool:
    """Is ``actor`` a demonym and a plain force word ("German troops", "French soldiers")?"""
    words = (actor or "").split()
    return len(words) == 2 and words[1].lower() in _GENERIC_FORCE_WORDS


def unit_from_the_nation(a: _Draft, b: _Draft) -> bool:
    """Is one of the two a lede naming a nation's force with no start ("German troops have arrived
    in K"), and the other, told after it, a unit with no nation named whose start is in that
    nation ("soldiers of the 45th Panzer Brigade ... flown in from Wunstorf")?"""
    for lede, unit in ((a, b), (b, a)):
        home = _home(lede)
        country = (home or {}).get("country")
        if not country or lede.origin is not None or not _nation_only(lede.actor) or _home(unit) is not None:
            continue
        if unit.origin is None or unit.origin.get("country") != country:
            continue
        if min(f.sentence for f in lede.frags) < min(f.sentence for f in unit.frags):
            return True
    return False
