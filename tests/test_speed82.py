"""speed82: a kept pattern built at its first use takes its stand-in's place wherever geomove binds
it by name (speed86 reads where from the code: tests/test_speed86.py). CPython 3.11 never
specialises a method look-up on the stand-in (its type has a ``__getattr__``), so a call through it cost ~390 instructions more than re's own; after the swap
a module's ``P.search(...)`` is re's call."""

import re

from geomove.regex_cache import as_pattern


def test_the_mode_tables_hold_the_patterns_the_reader_names():
    from geomove.read import clauses, lexicon
    assert all(type(rx) is re.Pattern for _mode, rx in lexicon._MODE_VERBS)
    assert all(type(rx) is re.Pattern for rx in clauses._MODE_WORDS)
    assert all(type(rx) is re.Pattern for _mode, rx in clauses._MODE_NOUNS)
    clauses._Reader._mode("The frigates sailed north.")  # (builds _SEA if it was not)
    assert as_pattern(clauses._SEA) in clauses._MODE_WORDS
    assert id(as_pattern(clauses._SEA)) in {id(rx) for rx in clauses._MODE_WORDS}
    assert clauses._Reader._mode("Four warships left the harbour at dawn.") == "sea"
    assert clauses._Reader._mode("The company was airlifted to the plateau.") == "air"
