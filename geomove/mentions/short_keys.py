"""A name of one or two letters ("Ta", "Wa") is only the place so written, not one whose
longer alias shrinks to it once an article or a common word is stripped ("An-ta" of Daqing,
whose "An-" reads as the Arabic article)."""

from __future__ import annotations

from ..gazetteer.cold import cold
from ..names import plain, tokens

# a key this short (letters, without spaces) is only read as written
SHORT_KEY_LETTERS = 2


def _as_written(s: str) -> str:
    """Every word of a name in plain letters, none stripped ("An-ta" -> "an ta")."""
    return " ".join(filter(None, (plain(w) for w in tokens(s))))


def stripped_to_a_short_key(asked: str, c: dict) -> bool:
    """Is ``asked`` a key of at most SHORT_KEY_LETTERS letters that the candidate ``c`` should
    not have: one found only because a longer spelling lost a part (its matched spelling and
    its own name, each written out whole, differ from the name asked), or, for a word not in
    capitals, one found only by an alias (its own name is not so written)?

    why: "the Ta Muen Thom temple" read "Ta" as Daqing, China: its alias "An-ta", with "An-"
    taken for an article, leaves the key "ta"; without it, as Dazhou, whose GeoNames aliases
    hold a bare "Ta". A name of two letters in lower case after the first is a town's own
    name ("Wa", Ghana; "Pô", Burkina Faso), not an old romanisation of a city's; in capitals
    it may be an abbreviation ("LA"), which only the first test applies to."""
    key = plain(asked)
    if len(key.replace(" ", "")) > SHORT_KEY_LETTERS:
        return False
    written = _as_written(asked)
    if _as_written(c.get("name") or "") == written:
        return False
    return not asked.isupper() or _as_written(cold(c, "matched_name") or "") != written
