"""The extraction wing: a report's text and mentions become movements, in stages.

- :mod:`.lexicon`: the words of movement, as data;
- :mod:`.clauses`: sentences cut into clauses, each clause's roles, status, actor, count, date;
- :mod:`.places`: spatial relations between resolved places;
- :mod:`.events`: whether fragments are one movement, the next leg, or different movements;
- :mod:`.assemble`: the ordered named passes that turn fragments into MOVEMENT features;
- :mod:`.book`: what extraction needs from a gazetteer (handed in, never opened here).
"""

from .assemble import PASSES, extract
from .book import GazetteerBook, PlaceBook, place_book

__all__ = ["extract", "PASSES", "PlaceBook", "GazetteerBook", "place_book"]
