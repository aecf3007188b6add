"""The extraction wing: a report's text and mentions become movements, in stages.

- :mod:`.lexicon`: the words of movement, as data (triggers, cues, status words, force nouns);
- :mod:`.syntax`: parts of speech from the Brill tagger shipped in textblob (purpose clauses,
  participles that describe presence);
- :mod:`.cuts`: a sentence cut into clauses;
- :mod:`.clauses`: each clause with a trigger read into a :class:`~geomove.read.state.Fragment`
  (actor, count, mode, date), with :mod:`.forces` (the force a clause tells of, as a noun
  phrase), :mod:`.counts` (how many moved) and :mod:`.no_force` (subjects that are no movement
  of a force);
- :mod:`.roles`: which place is origin, via or destination (cues, bare objects, anaphors);
- :mod:`.status`: each clause's status and the named check that decided it;
- :mod:`.places`: spatial relations between resolved places;
- :mod:`.events`: routes of a fragment and the scored decision whether two are one movement;
- :mod:`.assemble`: the ordered named passes that turn fragments into MOVEMENT features;
- :mod:`.weights`: every weight and threshold;
- :mod:`.book`: what extraction needs from a gazetteer (handed in, never opened here).

The names below are loaded when first asked (PEP 562): ``places`` reads one module of this wing
(:mod:`.header_table`, a table's From and To cells), and importing the package eagerly cost that
run every reading module (~75 ms, a third of a one-report ``places`` process).
"""

from __future__ import annotations

import importlib

# name -> the module of this package that defines it
_FRONT_DOOR = {"extract": "assemble", "PASSES": "assemble",
               "PlaceBook": "book", "GazetteerBook": "book", "place_book": "book"}

__all__ = ["extract", "PASSES", "PlaceBook", "GazetteerBook", "place_book"]


def __getattr__(name: str):
    module = _FRONT_DOOR.get(name)
    if module is None:  # (a submodule not imported yet: the import system imports it next)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # (asked once: later look-ups find it in the module's namespace)
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
