"""A craft of trade or travel that carries a force: "A ferry carried 200 soldiers from Mtwara to
Lindi on Monday", "Two cargo ships took 300 marines to Lamu", "A tug towed the frigate to
Tartus".

The craft is no force (lexicon.json not_forces vehicles), so clauses._no_force_moves sets its
clause aside as trade or travel; a verb of sending with a force as its object was the one way
back (clauses._moves_a_force: "transported", "ferried", "brought"). "carried" and "took" are no
verbs of sending, so the soldiers a ferry carried were lost with the ferry's trip.

:func:`carrier_moved_a_force`: the subject names such a craft, its verb carries (carrier_load.json
carrying_stems) and its object names a force or arms, or its verb tows and its object is
equipment of war (read.towed's test). Then the load moved, and the clause is read: what moved is
the load (clauses' object after the verb), the craft gives the mode ("sea" for a ferry), as
"A chartered plane carried 90 police officers" read already.

why: session 57 (read159) left "A ferry carried 200 soldiers from A to B on Monday" read as
nothing, and a tug alone ("A tug sailed to A") read as a force's move; making the tug a craft of
trade needs its towing of a warship kept. Golden s58-read160-carrier-* and -tug-*, sentences of
my own (session 58, read160)."""

from __future__ import annotations

import re

from .data_files import read_data
from .lexicon import _CIVILIAN_VEHICLES_GATE, _MATERIEL_MOVER_GATE, _MOVER_GATE, _stem, object_after
from .towed import names_war_thing

_DATA = read_data("carrier_load.json")
_CARRYING = frozenset(_DATA["carrying_stems"])
_TOWING = frozenset(_DATA["towing_stems"])


def carrier_moved_a_force(text: str, subject: str, main: re.Match, e: int) -> bool:
    """Is the subject a craft of trade or travel ("A ferry", "Two cargo ships", "a tug") whose verb
    ``main`` (its clause ending at ``e``) carries a force or arms, or tows equipment of war? The
    load then moved, though the craft is no force."""
    verb = main.group("verb") if "verb" in main.re.groupindex else None
    if not verb:
        return False
    stem = _stem(verb)
    if stem not in _CARRYING and stem not in _TOWING:
        return False  # (the cheap test: most verbs carry nothing)
    if not _CIVILIAN_VEHICLES_GATE.search(subject):
        return False  # ("Villagers carried the wounded soldiers to X": no craft, as before)
    load = object_after(text, main.end(), e)
    if not load:
        return False
    if stem in _TOWING:
        return names_war_thing(load)
    return _MOVER_GATE.search(load) is not None or _MATERIEL_MOVER_GATE.search(load) is not None
