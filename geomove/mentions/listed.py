"""Stage 7, acceptance (a part): a name listed with a place the text supports by the word
before the list ("between Gao and Kidal", "left Gao and Kidal", "in Gao, Kidal and Menaka")
shares that support: the preposition or verb governs every name of the list."""

from __future__ import annotations

from ..distance import haversine_km
from ..wordlists import GIVEN_NAMES
from .text_order import START
from .words import FACILITY_KINDS


# How far the reading of a listed name may lie from the reading of the supported name it is
# listed with, when they are in different countries. The names of one list in a movement report
# are places of one theatre: the two ends of a route, the towns a force passed, the places of
# an attack (Mopti-Kidal is ~600 km, Gao-Menaka ~300 km, a country's breadth across a border a
# few hundred). 1,000 km keeps a whole theatre and refuses a namesake on another continent or
# across one, which is what a name read on its own too weakly to be kept usually is.
LISTED_WITH_MAX_KM = 1000.0
# ... and a village the list names at most this far: one of many
# namesake villages across a large country is no place of the list's theatre ('to Lastochkyne and
# Orlivka' by Avdiivka: not the Orlivka of Odesa oblast, 770 km off, in the same country); a
# front's villages lie within a few dozen km of each other, Gao-Menaka is ~300 km
LISTED_VILLAGE_MAX_KM = 300.0

# What may stand between two names of one list: "X and Y", "X or Y", "X, Y", "X, and Y",
# "X as well as Y" ("between X and Y" is the first).
LIST_JOINERS = frozenset({
    ("and",), ("or",), (",",), (",", "and"), (",", "or"), ("as", "well", "as"), (",", "as", "well", "as"),
})

_LONGEST_JOINER = max(map(len, LIST_JOINERS))

# the kinds of reading a listed name may take this support for: settlements and areas
_LISTED_KINDS = frozenset({"city", "town", "village", "admin1", "admin2", "region", "island", "country"})


class ListedPlaces:
    """Mixin of the finder: see :meth:`_listed_with_supported_places`."""

    def _joined_in_a_list(self, a: dict, b: dict) -> bool:
        """Are mentions ``a`` then ``b`` two names of one list, joined only by a list word?"""
        if a.get("tok") is None or b.get("tok") is None or a["sentence"] != b["sentence"]:
            return False
        lo, hi = a["tok"] + a["n_tokens"], b["tok"]
        # (a list word is one to _LONGEST_JOINER tokens: names side by side, overlapping or further
        # apart are told so without the tokens between read one by one)
        if not 0 < hi - lo <= _LONGEST_JOINER:
            return False
        return tuple(t.lower for t in self.toks[lo:hi]) in LIST_JOINERS

    def _may_be_listed_place(self, m: dict) -> bool:
        """Is this mention's own best reading a settlement or area, by the name's own spelling,
        whose words name no person of the text and are no first names?"""
        best = m["cands"][0]
        if best.get("kind") in FACILITY_KINDS or best.get("kind") not in _LISTED_KINDS \
                or best.get("name_similarity") != 1.0 or best.get("lat") is None:
            return False
        words = m["surface"].split()
        return not any(w in self.person_words or w.lower() in GIVEN_NAMES for w in words)

    @staticmethod
    def _near_enough(a: dict, b: dict) -> bool:
        """Do the two readings lie in one country or within LISTED_WITH_MAX_KM of each other, the
        second, when a village, within LISTED_VILLAGE_MAX_KM? (A town or a minor place far off keeps
        the wider test: stops of a flight across a continent are listed so, golden line read57.)"""
        if a.get("lat") is not None and b.get("lat") is not None and b.get("kind") == "village":
            return haversine_km(a["lat"], a["lon"], b["lat"], b["lon"]) <= LISTED_VILLAGE_MAX_KM
        if a.get("country") and a.get("country") == b.get("country"):
            return True
        if a.get("lat") is None or b.get("lat") is None:
            return False
        return haversine_km(a["lat"], a["lon"], b["lat"], b["lon"]) <= LISTED_WITH_MAX_KM

    def _listed_with_supported_places(self, mentions: list[dict]) -> None:
        """'Troops moved between Gao and Kidal', 'left Gao and Kidal', 'in Gao, Kidal and Menaka':
        a name dropped only for want of support, listed after a place the text accepts with
        strong support from the word before it ("after 'between'", "after 'left'"), is a place
        too: the word governs the whole list. Its own best reading must be a settlement or an
        area spelled as the text spells it (no facility, no person's name), and lie in the
        supported name's country or within LISTED_WITH_MAX_KM of its reading. A name dropped by
        another check (a common word, a first name, a person the text names, an organisation)
        was not dropped for want of support and is not taken back. The support passes along
        the list: the third name of "in Gao, Kidal and Menaka" is listed with the second."""
        ordered = sorted([m for m in mentions if m.get("tok") is not None and m.get("cands")],
                         key=START)
        for prev, m in zip(ordered, ordered[1:]):
            if not m.get("unsupported") or not m.get("drop") or m["role"] != "place":
                continue
            if prev.get("drop") or prev["role"] != "place" or not prev.get("strong_support") \
                    or not (prev.get("support") or "").startswith(("after ", "listed with ")):
                continue
            if not self._joined_in_a_list(prev, m) or not self._may_be_listed_place(m) \
                    or not self._near_enough(prev["cands"][0], m["cands"][0]):
                continue
            head = prev["support"]
            if head.startswith("listed with "):
                # (the head of the list and the word before it: "listed with 'Gao' after 'in'")
                m["support"] = head
            else:
                m["support"] = f"listed with {prev['surface']!r} {head}"
            m["strong_support"] = True
            m["drop"] = False
            m.pop("unsupported", None)
