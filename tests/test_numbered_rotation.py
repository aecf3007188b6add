"""read.numbered_rotation: the same contingent code with another number on both sides of a relief
verb (sentences of our own)."""

import gc
import time

import pytest

from geomove.read.numbered_rotation import code_relieved_at, code_relieves_code


def _verb(text, verb):
    at = text.index(verb)
    return at, at + len(verb)


@pytest.mark.parametrize("text,verb,code", [
    ("ESTPLA-32 replaced ESTPLA-31 at Gao.", "replaced", "ESTPLA-31"),
    ("Then BANBAT 14 had relieved the BANBAT 13 in Bria.", "relieved", "BANBAT 13"),
    ("ESTPLA-32 replaced ESTPLA-32 at Gao.", "replaced", None),    # the same number: no rotation
    ("FINCON-3 replaced SWECON-2 at Gao.", "replaced", None),      # two codes: not told as one contingent's turn
    ("NATO replaced KFOR-2 in Pristina.", "replaced", None),       # no number before the verb
    ("Estpla-32 replaced Estpla-31 at Gao.", "replaced", None),    # no code in capitals
])
def test_code_relieves_code(text, verb, code):
    m = code_relieves_code(text, *_verb(text, verb))
    assert (m.group(0).strip().removeprefix("the ") if m else None) == code


def test_the_place_of_the_relief():
    text = "LATCON-14 replaced LATCON-13 stationed at Prizren."
    assert code_relieved_at(text, *_verb(text, "replaced"), text.index("Prizren"))
    text = "LATCON-14 replaced LATCON-13 and then drove to Prizren."
    assert not code_relieved_at(text, *_verb(text, "replaced"), text.index("Prizren"))


def test_long_runs_are_fast():
    code_relieves_code("AB-1 replaced AB-2", 5, 13)  # (warm the patterns)
    text = "ABC-" * 5000 + "1 replaced " + "ABC-" * 5000
    at = text.index("replaced")
    gc.disable()
    try:
        t = time.process_time()
        code_relieves_code(text, at, at + 8)
        assert time.process_time() - t < 0.2
    finally:
        gc.enable()
