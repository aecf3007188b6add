"""A town's airport read by the town's name: "Troops reached Goma's airport on Monday and left the
town on Tuesday". The name is read as the airfield the kind words around it say ("Goma's airport",
"the airport in Goma": mentions.town_airports, s54 gaz104), with the airfield's own point; but the
words name the town, and "the town" told after it refers to that town as it did when the name was
read as the town (golden read48-possessive-owner-twin-site). So a place read as an airfield whose
words hold no kind word of a facility (the town's name alone) is also a town "the town", "the
city" or "the village" may refer to; "Goma International Airport" or "Aalborg Airport" written
whole is the facility's name, and is not."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-town-airport")

# a facility's kind word in the words of a mention: the facility is named, not its town
_FACILITY_WORD = _PATTERNS.compile(
    r"\b(?:airport|airfield|aerodrome|airstrip|air\s*base|base|field|heliport|station)\b", re.I)


def airfield_told_by_its_town(m: dict) -> bool:
    """Is ``m`` (a place record) read as an airfield from its town's name alone?"""
    surface = m.get("surface")  # (a record with no words, a dateline's or a hand-made one, names no town)
    return m.get("kind") == "airfield" and bool(surface) and _FACILITY_WORD.search(surface) is None


_PATTERNS.save()
