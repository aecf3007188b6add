"""A state's force told by its official name in full, the institution and then its state after
"of": "units of the Armed Forces of the Republic of Azerbaijan were redeployed ...", "the
National Army of the Republic of Tajikistan", "Troops of the Armed Forces of the Russian
Federation", "the Armed Forces of Ukraine". Translated ministry statements write a force so
(the stiff phrasing of a communiqué); the actor is the whole name, state and all.

why: the actor was the name's capitalised words up to their force noun ("Armed Forces"), so a
report on two sides' armed forces told both as "Armed Forces" and the state that moved was lost
(GUIDELINES: the actor is the moving force, named as the report names it). The complement is read
only where it names a state: a formal name ("the Republic of X", "the Russian Federation",
"the Kyrgyz Republic": state_of_name.json) or a country the report's places read right there
("of Ukraine"); not a district, a command or a region ("the Armed Forces of the Southern
Military District" stays as it was read)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data

_DATA = read_data("state_of_name.json")
_PATTERNS = CompiledPatterns("read-state-of-name")

_HEADS = "|".join(_DATA["heads"])
_FORMS = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_DATA["state_forms"], key=len, reverse=True))
_NAME = r"[A-Z][\w'’-]+"
# the institution's name ends in a head word: "Armed Forces", "National Army", "State Border Service"
_INSTITUTION = _PATTERNS.compile(rf"(?:^|\s)(?:{_NAME}\s+){{0,3}}(?:{_HEADS})$")
# "of (the) Republic of Azerbaijan", "of the Russian Federation", "of the Kyrgyz Republic"
_FORMAL_STATE = _PATTERNS.compile(
    rf"\s+of\s+(?:the\s+)?(?:(?:{_FORMS})\s+of\s+(?:the\s+)?{_NAME}(?:\s+{_NAME})?|(?:{_NAME}\s+){{1,2}}(?:{_FORMS})\b)")
# "of (the) X" where X is a country the report's places read
_OF_BEFORE_COUNTRY = _PATTERNS.compile(r"\s+of\s+(?:the\s+)?")


def with_its_state(text: str, end: int, actor: str, countries: list[dict]) -> str:
    """The actor ``actor`` (an institution's name, ending at ``end`` in ``text``) with the state
    its official name goes on to name: "Armed Forces" + " of the Republic of Azerbaijan"; else
    ``actor`` as it was."""
    if _INSTITUTION.search(actor) is None:
        return actor
    formal = _FORMAL_STATE.match(text, end)
    if formal is not None:
        return actor + re.sub(r"\s+", " ", formal.group(0))
    of = _OF_BEFORE_COUNTRY.match(text, end)
    if of is not None:
        country = next((c for c in countries if c["start"] == of.end()), None)
        if country is not None:
            return actor + re.sub(r"\s+", " ", text[end:country["end"]])
    return actor


_PATTERNS.save()
