"""Verbs of movement that move a force only with the right object, as data: each stem with the
named test that says, for one of its forms in a report, whether it moves anything a force's
("delivered howitzers", not "delivered a speech": read.delivered; "abandoned their base", not
"abandoned 12 tanks": read.abandoned; "paratroopers were dropped", not "bombs were dropped":
read.dropped; "left X", not "left a gap" nor "was left behind": read.left_a_void, read.part_stayed; "came to X", not "came under fire": read.came_under; "police were called in", not "called in airstrikes":
read.called_in). A form whose test fails is no trigger at all. One pass over the report's triggers
asks each test only of its own verb's forms."""

from __future__ import annotations

from .abandoned import abandons_a_site
from .called_in import calls_in_a_force
from .delivered import delivers_materiel
from .dropped import drops_a_force
from .came_under import comes_somewhere
from .left_a_void import leaves_no_void
from .part_stayed import not_left_behind
from .received_at import receives_evidence
from .lexicon import _stem

# stem -> test(text, verb match, mentions): does this form move what a force moves?
_TESTS = {
    "deliver": lambda text, verb, mentions: delivers_materiel(text, verb),
    "abandon": abandons_a_site,
    "drop": lambda text, verb, mentions: drops_a_force(text, verb),
    # ("left a gap along the river": read.left_a_void; "was left behind in X", who stayed: read.part_stayed)
    "leave": lambda text, verb, mentions: leaves_no_void(text, verb) and not_left_behind(text, verb),
    "come": comes_somewhere,  # ("came under fire near X": read.came_under)
    # ("the Panel received imagery showing that ...": read.received_at)
    "receive": lambda text, verb, mentions: not receives_evidence(text, verb),
    "call in": lambda text, verb, mentions: calls_in_a_force(text, verb),  # (not "called in airstrikes": read.called_in)
}


def without_idle_verbs(text: str, triggers: list, mentions: list[dict]) -> list:
    """The triggers but the forms of the verbs of _TESTS whose test fails."""
    kept = []
    for t in triggers:
        test = _TESTS.get(_stem(t.group("verb"))) if t.group("verb") else None
        if test is None or test(text, t, mentions):
            kept.append(t)
    return kept


# the stems whose test needs the report's place mentions; idle_where_no_places leaves them be
_NEEDS_PLACES = frozenset(("abandon",))


def idle_where_no_places(text: str, verb) -> bool:
    """Is the form of a verb of movement at ``verb`` (a match of lexicon._TRIGGER_RE) idle by its
    test of _TESTS, asked with no place mentions ("came under fire", "left a gap")? For the
    readers that look at a verb out of the clause's triggers (clauses._Reader._attributive: is
    the verb after a participle the clause's own?); a stem whose test needs places is not idle.

    why: "UN peacekeepers deployed to Goma came under fire on Monday" took "came" for a verb of
    moving after the participle, so the participle was the clause's verb: a move to Goma."""
    word = verb.group("verb") if verb is not None else None
    test = _TESTS.get(_stem(word)) if word else None
    if test is None or _stem(word) in _NEEDS_PLACES:
        return False
    return not test(text, verb, None)
