"""Moves told as conditions or hypotheses, and the words of modality around what moved.

"Had the rebels advanced, the army would have moved troops to X", "Should the jihadists advance,
the army may pull out of Y", "Were Chad to send troops to Z, ...": a clause opened by an inverted
auxiliary is a condition, not a report (GUIDELINES: hypothetical moves are kept as planned, never
reported). Without this a sentence whose first verb is the condition's was read as reported,
its modal main clause ("would have moved") never seen.

And what moved, read up to a modal or an inverted auxiliary ("Chad could", "Two battalions
will", "The 5th Brigade is expected", "Should the jihadists", "Did any US forces", "The ship
appeared"): those words tell the status,
already read, not what moved; without them "Two battalions" is left."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .gates import Gate

_PATTERNS = CompiledPatterns("read-hypothetical")

# a clause that opens with an inverted auxiliary and its subject: "Had the rebels", "Should the
# army", "Were troops" (capitalised: the sentence's first word, not "had" of a perfect)
_INVERTED = _PATTERNS.compile(r"\s*(?:[-–—*•]\s+)?(?-i:Had|Should|Were)\s+(?!been\b|not\b|to\b|it\b|they\b|we\b|you\b|there\b)"
                              r"(?:the|a|an|its|their|some|[A-Z][\w'’-]*|[a-z]+s)\b", re.I)
# the inverted auxiliary opening what moved, and a modal or a passive of plans closing it
_LEAD = _PATTERNS.compile(r"^(?:(?-i:Had|Should|Were|Did|Does)|it\s+(?:remains|is|was)\s+(?:still\s+)?(?:unclear|not\s+clear|uncertain|unknown)\s+(?:whether|if))\s+(?=\S)", re.I)
_TRAIL = _PATTERNS.compile(r"\s+(?:(?:could|would|will|may|might|shall|should|must|can)(?:\s+(?:also|not|soon|now|then))?"
                           r"|(?:is|are|was|were)\s+(?:(?:also|now|still)\s+)?(?:expected|set|due|scheduled|slated|planned|poised|likely)"
                           r"|(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:prevented|stopped|barred|kept|blocked)\s+from"
                           # the passive of being made to move: "Army units were forced (to pull back to X)",
                           # "the brigade was eventually obliged (to withdraw)": the move happened, the
                           # subject is what moved (read75)
                           r"|(?:is|are|was|were|had\s+been|have\s+been|has\s+been)\s+(?:(?:eventually|finally|later|then|soon|reportedly|also)\s+)?(?:forced|compelled|obliged)"
                           # a hedge on what was seen: "the landing ship appeared (to leave X)" (read45)
                           r"|(?:appeared|appears|seemed|seems)"
                           # an auxiliary before a quoted verb: 'its forces had "entered Babanusa"' (read48)
                           r"|(?:had|has|have|was|were|is|are)\s*[\"“])$",
                           re.I)


# a move told inside a scenario or an event that may come: "walked reporters through a scenario in
# which Chinese forces cross the strait from X", "In the event that rebels enter Y" (a hypothesis,
# as "if" is; s46 read123: the scenario's move was read as reported, its clause cut after "which")
_SCENARIO_BEFORE = _PATTERNS.compile(
    r"\b(?:(?:scenarios?|simulations?|hypothes[ie]s|war[\s-]?games?|contingency\s+plans?)\s+(?:in\s+which|where|under\s+which)"
    r"|in\s+the\s+event\s+that)\s+[^.;:,]{0,80}$", re.I)
_SCENARIO_REACH = 140  # characters before the verb searched for the frame
# the cheap test first (the check is asked of every clause read as reported): a frame holds one of
# these words, in any case (read.gates: "Scenario where ..." opening a line is read as "scenario";
# the words are proved to cover the pattern by tests/test_speed41.py)
_SCENARIO_GATE = Gate(_SCENARIO_BEFORE, ("scenario", "simulation", "hypothes", "game", "contingency", "event"))


def told_in_a_scenario(text: str, s: int, verb_at: int) -> re.Match | None:
    """The words that frame the clause's move as a scenario or an event that may come ("a
    scenario in which", "in the event that"), in its sentence before the verb at ``verb_at``, or None."""
    return _SCENARIO_GATE.search(text, max(s, verb_at - _SCENARIO_REACH), verb_at)


def inverted_conditional(text: str, s: int, verb_at: int) -> re.Match | None:
    """The words of an inverted conditional opening the clause [s, verb_at) ("Had the rebels",
    "Should the jihadists"), or None."""
    m = _INVERTED.match(text, s, verb_at)
    return m if m is not None and m.end() <= verb_at else None


def without_modal_words(what: str | None) -> str | None:
    """What moved without an inverted auxiliary before it or a modal after it ("Two battalions
    will" -> "Two battalions"; "It remains unclear whether the troops" -> "the troops"; "Troops were
    prevented from" -> "Troops"; "Army units were forced" -> "Army units"); ``what`` itself when it has none (or is nothing but them)."""
    if not what:
        return what
    out = _TRAIL.sub("", _LEAD.sub("", what.strip()))
    return out if out.strip() else what


_PATTERNS.save()
