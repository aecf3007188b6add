"""Verbs of movement that move a force only with the right object, as data: each stem with the
named test that says, for one of its forms in a report, whether it moves anything a force's
("delivered howitzers", not "delivered a speech": read.delivered; "abandoned their base", not
"abandoned 12 tanks": read.abandoned; "paratroopers were dropped", not "bombs were dropped":
read.dropped; "left X", not "left a gap": read.left_a_void; "came to X", not "came under fire": read.came_under). A form whose test fails is no trigger at all. One pass over the report's triggers
asks each test only of its own verb's forms."""

from __future__ import annotations

from .abandoned import abandons_a_site
from .delivered import delivers_materiel
from .dropped import drops_a_force
from .came_under import comes_somewhere
from .left_a_void import leaves_no_void
from .lexicon import _stem

# stem -> test(text, verb match, mentions): does this form move what a force moves?
_TESTS = {
    "deliver": lambda text, verb, mentions: delivers_materiel(text, verb),
    "abandon": abandons_a_site,
    "drop": lambda text, verb, mentions: drops_a_force(text, verb),
    "leave": leaves_no_void,  # ("left a gap along the river": read.left_a_void)
    "come": comes_somewhere,  # ("came under fire near X": read.came_under)
}


def without_idle_verbs(text: str, triggers: list, mentions: list[dict]) -> list:
    """The triggers but the forms of the verbs of _TESTS whose test fails."""
    kept = []
    for t in triggers:
        test = _TESTS.get(_stem(t.group("verb"))) if t.group("verb") else None
        if test is None or test(text, t, mentions):
            kept.append(t)
    return kept
