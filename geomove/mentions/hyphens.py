"""Stage 3c, hyphenated words: 'Syrian-Iraqi', 'Turkish-backed', 'Washington-based'."""

from __future__ import annotations

import bisect
import operator
import re

from ..textutil import Token
from ..distance import haversine_km
from ..wordlists import COUNTRY_ABBREVIATIONS, GIVEN_NAMES
from .words import is_common_word


_PLACE_SUFFIXES = frozenset("based born headquartered bred raised bound".split())  # "X-based": X is a place

# "Duty-bound", "Snow-bound": before "bound" an everyday word is no destination (see
# _hyphen_places); the other suffixes follow a place or a person's origin only
_EVERYDAY_BEFORE = frozenset(("bound",))


def place_suffix(rest: list[str]) -> str | None:
    """The lower-case part of a hyphenated word that says the capitalised part before it is a
    place ("bound" of "Kidal-bound", "based" of "Goma-based"), or None."""
    return next((w for w in rest if w in _PLACE_SUFFIXES), None)


# two names joined by a hyphen with readings this close are two places side by side
NEIGHBOUR_PAIR_KM = 60.0

# "the Ketapang-Gilimanuk route", "the Baku-Tbilisi-Ceyhan pipeline": a way named after the
# places it joins. The head noun after the word says each capitalised part is a place (as
# "based" does of "Goma-based"), so a town need not be famous to be read (see _hyphen_places)
_ROUTE_HEADS = frozenset("""
road roads highway highways motorway expressway freeway route routes pipeline pipelines railway
railroad corridor crossing ferry ferries
""".split())
# words of a way's name that are no end of it whatever place bears the word: first parts of a
# compound adjective ("the Trans-Siberian railway", "the Sino-Kazakh pipeline") and the compass
# ("the East-West highway": no two regions of Cameroon called East and West)
_NO_END_WORDS = frozenset("""
trans sino anglo franco indo afro euro pan inter russo greco austro
north south east west northern southern eastern western
""".split())

_START = operator.attrgetter("start")


class Hyphenated:
    """Demonyms and places joined by a hyphen."""

    def _position(self, tok: Token) -> int:
        """The index of ``tok`` in ``self.toks``, found by bisection on token starts (tokens
        are in text order and no two start at one offset). ``list.index`` compared the token
        with every one before it, a cost that grew with the section's length."""
        toks = self.toks
        i = bisect.bisect_left(toks, tok.start, key=_START)
        if i < len(toks) and toks[i] == tok:
            return i
        return toks.index(tok)  # not one of this text's tokens: fail as list.index does

    def _hyphen_demonyms(self, tok: Token) -> dict | None:
        """'Syrian-Iraqi' (two demonyms) or 'Turkish-backed' (demonym + participle)."""
        parts = list(re.finditer(r"[^\W\d_]+", tok.text))
        found = []
        for p in parts:
            cc = self.demonym(p.group())
            if cc:
                found.append((tok.start + p.start(), tok.start + p.end(), p.group(), cc))
        if not found:
            return None
        return {"start": tok.start, "end": tok.end, "surface": tok.text, "tok": self._position(tok),
                "n_tokens": 1, "sentence": tok.sentence, "role": "hyphen_demonyms", "parts": found,
                "importance": 1.0, "rest": [p.group().lower() for p in parts if not self.demonym(p.group())]}

    def _hyphen_places(self, tok: Token, in_org: bool) -> dict | None:
        """'Washington-based', 'Canada-wide', 'Russia-Turkey': well-known places joined by a
        hyphen to a lower-case word or to each other. Every capitalised part must be such a
        place, so names like 'Lloyd-Jones' or 'Mercedes-Benz' stay whole (and unmatched)."""
        parts = list(re.finditer(r"[^\W\d_]+", tok.text))
        # "Denver-based", "Leeds-born": the suffix says the word before it is a place, so a
        # city need not be as famous as for "Russia-Turkey"
        placed = any(p.group().lower() in _PLACE_SUFFIXES for p in parts)
        route = self._route_head_after(tok) if not placed and len(parts) >= 2 else None
        if route and any(self._no_end_of_a_route(p.group()) for p in parts):
            return None  # "the East-West highway", "the Trans-Siberian railway": no two places
        if not placed and all(p.group()[:1].isupper() for p in parts) and len(parts) == 2:
            pair = self._neighbouring_pair(tok, parts)
            if pair:
                return pair
        found, rest = [], []
        for p in parts:
            word = p.group()
            if word[:1].islower():
                rest.append(word.lower())
                continue
            if word in self.person_words or word.lower() in GIVEN_NAMES:
                return None
            if word in COUNTRY_ABBREVIATIONS:  # "US-backed", "UK-based"
                place = self.gaz.country(COUNTRY_ABBREVIATIONS[word])
                if not place:
                    return None
                found.append((tok.start + p.start(), tok.start + p.end(), word,
                              [dict(place, score=0.9, name_similarity=1.0, why=f"country abbreviation {word!r}")]))
                continue
            start = tok.start + p.start()
            if placed and not found and p.start() == 0:
                # "Hong Kong-based", "New York-born": the name begins a word earlier
                two = self._name_before_hyphen(tok, word)
                if two:
                    start, word = two
            if placed and any(p.group().lower() in _EVERYDAY_BEFORE for p in parts) and is_common_word(word):
                return None  # "Snow-bound roads", "Duty-bound": an everyday word, no destination
            cands = [c for c in self.candidates(word, None) if c.get("name_similarity") == 1.0] \
                if len(word) >= 3 and self.has_name(word) else []
            big = [c for c in cands[:3] if c.get("kind") in {"country", "admin1"}
                   or (c.get("importance") or 0) >= (0.5 if placed and c.get("kind") in {"city", "town"} else 0.7)]
            if not big and route and not is_common_word(word):
                big = cands  # "the Merak-Bakauheni crossing": each end a place of that very name
            if not big:
                if word.isupper() and 2 <= len(word) <= 5:
                    rest.append(word.lower())  # "Canada-EU", "Russia-NATO": an acronym, no person's name
                    continue
                return None
            found.append((start, tok.start + p.end(), word, cands))
        if not found or (len(found) == 1 and not rest):
            return None
        return {"start": tok.start, "end": tok.end, "surface": tok.text, "tok": self._position(tok),
                "n_tokens": 1, "sentence": tok.sentence, "role": "hyphen_places", "parts": found,
                "importance": 1.0, "rest": rest, "in_org": in_org, "route_head": route}

    def _route_head_after(self, tok: Token) -> str | None:
        """The way's head noun after ``tok`` (_ROUTE_HEADS: "road" of "the Kaya-Dori road"), or None."""
        nxt = self.next_tokens(self._position(tok), 1)
        if nxt and nxt[0].lower in _ROUTE_HEADS and nxt[0].start == tok.end + 1:
            return nxt[0].lower
        return None

    @staticmethod
    def _no_end_of_a_route(word: str) -> bool:
        """Is ``word`` of a hyphenated way's name no place at its end (_NO_END_WORDS: "Trans",
        "Sino", "East" of "the East-West highway")? An everyday word may be a town ("the
        Goma-Sake road")."""
        return word.lower() in _NO_END_WORDS

    def _neighbouring_pair(self, tok: Token, parts: list) -> dict | None:
        """'Middlesex-London', 'Kitchener-Waterloo': two names joined by a hyphen that have
        readings within NEIGHBOUR_PAIR_KM of each other are two places side by side (a twin
        city, a county and its town), each read there; 'Lloyd-Jones' has no such readings."""
        (a, b) = [p.group() for p in parts]
        if any(w in self.person_words or w.lower() in GIVEN_NAMES or len(w) < 3 or not self.has_name(w)
               for w in (a, b)):
            return None
        ca, cb = self._pair_readings(a), self._pair_readings(b)
        best = None
        for x in ca:
            for y in cb:
                d = haversine_km(x["lat"], x["lon"], y["lat"], y["lon"])
                reach = NEIGHBOUR_PAIR_KM + min(max(x.get("uncertainty_km") or 0, y.get("uncertainty_km") or 0), 100.0)
                fame = (x.get("importance") or 0) + (y.get("importance") or 0)
                if d <= reach and (best is None or fame > best[0]):
                    best = (fame, x, y)
        if best is None:
            return None
        _, x, y = best
        why = "; joined by a hyphen to a place beside it"
        found = [(tok.start + p.start(), tok.start + p.end(), p.group(),
                  [dict(c, why=(c.get("why") or "") + why)] + [o for o in cs if o is not c])
                 for p, c, cs in zip(parts, (x, y), (ca, cb))]
        return {"start": tok.start, "end": tok.end, "surface": tok.text, "tok": self._position(tok),
                "n_tokens": 1, "sentence": tok.sentence, "role": "hyphen_places", "parts": found,
                "importance": 1.0, "rest": [], "in_org": False}

    def _pair_readings(self, word: str) -> list[dict]:
        """The readings of one half of a hyphenated pair: places of that very name and the
        counties called after it ("Middlesex" of "Middlesex-London" is Middlesex County, which
        a bare look-up of a name as common as that may rank below its cut)."""
        own = [c for c in self.candidates(word, None)[:8] if c.get("name_similarity") == 1.0 and c.get("lat") is not None]
        seen = {c.get("gazetteer_id") for c in own}
        asked = f"{word} County"
        # (a county of similarity 1.0 or none: most halves name none, told without the look-up)
        county = [] if self.no_district_spelled_as(asked) else \
            [c for c in self.candidates(asked, "admin2")[:8]
             if c.get("kind") == "admin2" and c.get("name_similarity") == 1.0 and c.get("lat") is not None
             and c.get("gazetteer_id") not in seen]
        return own + county

    def _name_before_hyphen(self, tok: Token, word: str) -> tuple[int, str] | None:
        """(start, name) of a two-word place ending in ``word``, the first part of ``tok``,
        when the capitalised word before ``tok`` begins it ("New" of "New York-based")."""
        i = self._position(tok)
        prev = self.toks[i - 1] if i else None
        if prev is None or not prev.is_capitalised or prev.sentence != tok.sentence \
                or self.text[prev.end:tok.start] != " ":
            return None
        name = f"{prev.text} {word}"
        if self.has_name(name) and any(c.get("name_similarity") == 1.0 for c in self.shared_candidates_of(name, None)[:3]):
            return prev.start, name
        return None
