"""A noun phrase set beside a place's name to say what the place is, with a clause about it:
"... moved into Lachin, the town that had been held by peacekeepers since 2020", "... reached
Tessalit, a desert base where the army has been present since 2013".

What the clause says (and when) is about the place, not about the movement that reached it, as
a clause opened by the relative word alone (", where ...", ", which ...") already is
(read.relative_date, status._TRAILING_RELATIVE). The head noun must be one of a place: after
"a deployment that began in 2024" or "the convoy that left on Monday" the clause may be the
move's own.
"""

from __future__ import annotations

# nouns that name what a place is (the head of the apposition); one list with the apposition of a
# distance ("Tigray, a region some 700 km from A": read.distance_apposition), which lacked the
# region's to the county's and had the site and the position this lacked (s31-tidy49-*)
PLACE_NOUNS = (r"(?:town|city|village|base|camp|port|outpost|area|district|hub|settlement|locality|airfield|"
               r"airport|crossing|garrison|enclave|region|province|capital|stronghold|valley|island|county|"
               r"site|position)")
# the apposition, up to and with the relative word that opens its clause
APPOSED_PLACE = r"(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?" + PLACE_NOUNS + r"\s+(?=(?:that|which|where|whose)\b)"
# ... and the same apposition with its clause's own subject right after the noun, no relative
# word ("..., a city the army lost in 2024", "..., a town they had held until last year"): a
# contact clause about the place, as the one opened by "that" is (read108: the year made a move
# of this week background)
APPOSED_PLACE_CONTACT = r"(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?" + PLACE_NOUNS + r"\s+(?=(?:the|its|their|it|they)\s)"
