"""A force told by where it is, as the subject of a verb of sending or moving away: "Troops in
Goma were sent to Bunia", "Police officers in Mosul were moved to Tal Afar", "Soldiers in
Timbuktu have been withdrawn to Gao". The place after "in" is where they were when they were
sent, so the movement's origin (GUIDELINES: the origin is where the movement began), as
"X-based troops were sent to Y" tells it (roles._BASED_AFTER).

Only when the force noun stands right before "in" (lexicon._MOVER), the verb follows the place
at once (past an auxiliary), and the verb is one of sending or moving away
(force_in_subject.json), with no start of its own after the verb ("French soldiers in Gao
pulled out of Menaka" left Menaka): "Troops in X arrived" and "The army deployed troops in X" (the place
after the verb: where they went) are left to the other cues.

why: "Troops in Goma were sent to Bunia" read Bunia with no origin (s45 read122). And the
garrison of a town, told by "of": "the garrison of X withdrew to Y" left X (read124: Y had no
origin)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data

_PATTERNS = CompiledPatterns("read-force-in-subject")
_DATA = read_data("force_in_subject.json")
VERBS = frozenset(_DATA["verbs"])

# the noun right before "in" (and an article after it) before the place; or a garrison's "of"
# ("the garrison of X withdrew to Y": the force X holds, read124)
_NOUN_IN = _PATTERNS.compile(r"\b(?P<noun>[A-Za-z-]+)\s+(?P<prep>in|of)\s+(?:the\s+)?$")
_GARRISON = frozenset(("garrison", "garrisons"))
# what may stand between the place and the verb
_TO_VERB = _PATTERNS.compile(r"\s+" + _DATA["auxiliaries"], re.I)
# a start told after the verb in its sentence ("pulled out of Y", "were withdrawn from Y"): the
# place in the subject is then only where the force is told to be
_OWN_ORIGIN_AFTER = _PATTERNS.compile(r"[^.;!?]{0,80}?\b(?:from|out\s+of|away\s+from|off)\b", re.I)
_WINDOW = 40  # (characters before the place: the noun and "in the")


def origin_in_subject(text: str, mention: dict, triggers: list, stem) -> bool:
    """Is ``mention`` the X of "<force> in X <verb of sending>" (``triggers``: the verb
    matches of the clause; ``stem``: lexicon._stem)? Then it is where the force left."""
    start = mention["start"]
    if start < 4 or text[start - 3:start - 1].lower() not in ("in", "he", "of"):
        return False  # (cheap: no "in ", "of " or "in the " right before)
    noun = _NOUN_IN.search(text, max(0, start - _WINDOW), start)
    if noun is None:
        return False
    gap = _TO_VERB.match(text, mention["end"])
    at = gap.end() if gap is not None else mention["end"]
    verb = next((t for t in triggers if t.start() == at and t.group("verb")), None)
    if verb is None or stem(verb.group("verb")) not in VERBS:
        return False
    if _OWN_ORIGIN_AFTER.match(text, verb.end()) is not None:
        return False  # "French soldiers in Gao pulled out of Menaka": the verb's own start, Menaka
    if noun.group("prep").lower() == "of":
        return noun.group("noun").lower() in _GARRISON  # (not "the capture of X", "the outskirts of X")
    from .lexicon import _MOVER  # (lexicon is loaded by then; asked late as followed_on does)
    return _MOVER.fullmatch(noun.group("noun")) is not None


_PATTERNS.save()
