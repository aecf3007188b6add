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
"""

from .assemble import PASSES, extract
from .book import GazetteerBook, PlaceBook, place_book

__all__ = ["extract", "PASSES", "PlaceBook", "GazetteerBook", "place_book"]
