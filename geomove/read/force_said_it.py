"""A state's force told by its plain noun that says it moved: "On Monday the army said it had
sent troops to A", "Separately, the army confirmed that it had pulled a company back to B", "the
police said their officers had reached C". 'it', 'they', 'its troops' after the verb of saying
refer back to the force that said so, so it is who moved, as it is when the army is the verb's
own subject ("the army sent troops", forces._plain_force_subject).

Only the plain nouns of a state's own institution (the army, the military, the navy, the police,
the gendarmerie, the air force, the armed forces) with the same openings before them, and only a
pronoun or a possessive with a force noun as the subject of what was said: "the army said
soldiers had fled" names no one who said they moved. A convoy or column with no owner named
("the armed forces said a convoy of 40 trucks had left X") is the force's own, as "its convoy"
is (read47): a force tells of its own logistics, and who else's it is would be named. So is a
bare count of units or warships ("the army said two battalions had moved", read75).

why: a name is read from capitals, so "The army said it had ..." at a sentence's start found
the army, but after an opening phrase ("On Monday the army said it had sent") nothing did."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import SAID_WHEN, _BARE_SUBJECT_GAP, _FORCE_NOUN
from .own_count_told import OWN_COUNT
from .gates import Gate

_PATTERNS = CompiledPatterns("read-force-said-it")

# a convoy or column the force tells of with no owner of its own, or with only military
# vehicles in it: "a convoy of 40 trucks", "a military column" (not "a convoy of aid trucks",
# "a column of refugees": those are others')
_OWN_CONVOY = (r"an?\s+(?:(?:military|army|armou?red|logistics?|supply)\s+)?(?:convoy|column)"
               r"(?:\s+of\s+(?:(?:about|some|around|nearly|more\s+than|at\s+least)\s+)?(?:[\d,]+|two|three|four|five|six|seven|eight|nine|ten|"
               r"dozens\s+of|twenty|thirty|forty|fifty)?\s*(?:(?:military|army|armou?red)\s+)?(?:trucks|vehicles|lorries|tanks|pickups))?"
               # ("a convoy carrying some 300 soldiers": its own soldiers, s22)
               r"(?:\s+(?:carrying|with|transporting)\s+(?:(?:some|about|around|nearly|more\s+than|at\s+least)\s+)?[\d,]+\s+"
               r"(?:soldiers|troops|personnel|officers|marines))?")
# a unit the force tells of with no owner of its own, by its kind alone: "the army said a
# battalion had moved" (s22; not "a rebel battalion": another's, named by its adjective)
_OWN_UNIT = (r"an?\s+(?:(?:mechani[sz]ed|infantry|armou?red|motori[sz]ed|reserve|commando|engineering|artillery|tank|"
             r"airborne|marine|rapid\s+reaction|special\s+forces)\s+)?(?:battalion|brigade|company|regiment|detachment|platoon|division)")
_FORCE_SAID_IT = _PATTERNS.compile(
    r"(?:^|[,;](?:\s*and\b)?|\b(?:[Oo]n|[Ii]n|[Aa]t|[Ll]ast|[Ee]arlier|[Ll]ater|[Oo]vernight|"
    r"[Yy]esterday|[Tt]oday|[Mm]eanwhile|[Tt]hen)\b[^,;.]{0,40}?)\s*"
    # (with the state's adjective: "The Lebanese army says ...", s22)
    r"\bthe\s+(?P<a>(?:(?-i:[A-Z])[a-z]+\s+)?(?:army|military|navy|police|gendarmerie|air\s+force|armed\s+forces))"
    r"\s+(?:has\s+|have\s+|had\s+)?(?:said|says|announced|announces|confirmed|confirms|claimed|claims|stated)"
    + SAID_WHEN + r"*,?(?:\s+that)?"
    r"\s+(?:it|they|(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:" + _FORCE_NOUN + r"|men|officers)|" + _OWN_CONVOY + r"|" + _OWN_UNIT + r"|" + OWN_COUNT + r")"
    + _BARE_SUBJECT_GAP.pattern + r"$")
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_FORCE_SAID_IT_GATE = Gate(_FORCE_SAID_IT, ("army", "force", "gendarmerie", "military", "navy", "police"))


def force_said_it_moved(text: str, s: int, verb_at: int) -> str | None:
    """The plain noun of a state's force that said it moved, when the verb of moving at
    ``verb_at`` is in what it said and its subject refers back to the force ("the army said it
    had sent"); None otherwise."""
    m = _FORCE_SAID_IT_GATE.search(text[s:verb_at])
    return re.sub(r"\s+", " ", m.group("a")) if m else None


_PATTERNS.save()
