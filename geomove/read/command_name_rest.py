"""The words that close a command's name after the name the reader took: "The 2nd Army Area said
the reinforcements reached Silopi", "The 4th Military Region Command said ...". The name reader
reads "2nd Army" (a formation's ordinal and noun) and leaves "Area" out; the check that the name
only tells who said it (clauses._SPEAKER_ONLY: the verb of saying right after the name) then
found "Area" in its way, and the speaker was read as who moved.

GUIDELINES: the actor is the moving force, named as the report names it. A command that says "the
reinforcements reached X" tells of a move it reports; who moved is not named (as "The 2nd Army
said the reinforcements ..." already read). Where its words make the force its own ("its
reinforcements", "two of its battalions") the speaker stays the actor, as before.

Only capitalised nouns that close the name of a command or an area of command (data below),
right after the name: not a word of the sentence ("The 2nd Army soon said ...").
"""

from __future__ import annotations

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-command-name-rest")

# the closing nouns of a command's name, one or two ("Area", "Region Command", "Zone HQ")
CLOSING_NOUNS = ("Area", "Command", "Region", "Zone", "Sector", "District", "Headquarters", "HQ", "Front")
_REST = _PATTERNS.compile(r"(?:\s+(?:" + "|".join(CLOSING_NOUNS) + r")\b){1,2}")


def past_the_name_rest(text: str, name_end: int, verb_at: int) -> int:
    """Where the command's name ending at ``name_end`` really ends: past its closing nouns
    ("2nd Army| Area"), not beyond ``verb_at``; ``name_end`` when none follows."""
    m = _REST.match(text, name_end, verb_at)
    return m.end() if m is not None else name_end


_PATTERNS.save()
