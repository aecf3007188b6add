"""Stage 5, hints that bind: the areas written beside a name ('Hama, Syria', 'the Indonesian
island of X', lists of provinces) keep only its readings there."""

from __future__ import annotations

import re

from ..distance import haversine_km
from ..gazetteer import name_key
from ..names import plain
from ..regex_cache import CompiledPatterns
from ..wordlists import ADDRESS_KIND_WORDS, FORMER_COUNTRY_NAMES, POSTCODE_BEFORE_TOWN_COUNTRIES, SHARED_COUNTRY_NAMES
from .split_provinces import carved_from
from .text_order import START
from .unknown_parts import PLACE_WORDS_BEFORE, holder_ends_there, of_after_a_word_of_place


# The class's patterns are compiled from code an earlier run kept (geomove.regex_cache); the
# patterns are the same.
_PATTERNS = CompiledPatterns("mentions-hints")
_recompile = _PATTERNS.compile  # (re.compile's, from the kept code)

# how near a place the text puts beside another must lie to it
NEIGHBOUR_KM = 100.0
# ... and of the anchor's readings, the first this many are asked for a pair of neighbours
# ("Toledo, near Pamplona": Colombia's Pamplona is the anchor's second reading; see
# BindingHints._neighbours_elsewhere)
NEIGHBOUR_READINGS = 6
# a part of an area named by its compass point: "in north central Missouri", ", north-west Pakistan"
_COMPASS = (r"(?:(?:north|south)(?:[\s-]?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central|mid)\b")
# a province whose namesake city in it is at most this much less important than the province
# may be either ("Idlib", "Quebec"); with none, the name can only be the province
PROVINCE_OVER_CITY_MARGIN = 0.15


# a name the text places beside another ("X, east of Y", "X, 25 km north of Y") whose first reading
# is a settlement less known than this, in another country and farther than BESIDE_FAR_KM from
# that place, is a place the index lacks (see BindingHints._no_place_beside)
BESIDE_FAR_IMPORTANCE = 0.6
BESIDE_FAR_KM = 300.0
# ... and in the same country, where no distance is written ("Dachne, west of Donetsk" read as
# the Dachne of Odesa oblast, 530 km off: prose places a name beside a town it lies near, and a
# small namesake that far is another place; "X, 400 km north of Y" says its own distance)
BESIDE_FAR_SAME_COUNTRY_KM = 300.0
_DISTANCE_WRITTEN = _recompile(r"\d")

# a reading below this importance that lies outside the province the text writes after the name with
# its kind word ("Memba, in Nampula province"), is a namesake abroad: the name is no place
_PROVINCE_NAMED_IMPORTANCE = 0.6
# a settlement that bears a district's name only as another of its names, this near the
# district's point, is its capital called by the district's name (Jolo, 'Sulu'; gaz85)
CAPITAL_ALIAS_KM = 60.0
# the kinds a kind word before or after a name gives it that call it a settlement ("the village
# of X", "the town of X", "X town"): see BindingHints._settlement_named_abroad
_SETTLEMENT_KIND_WORDS = ("city", "town", "village")
# another capitalised name after a comma: a list goes on (see BindingHints._province_written_after_a_comma)
_NAME_GOES_ON = _recompile(r"\s*,\s*[A-Z]")


class BindingHints:
    """Areas and demonyms written beside a name restrict its readings."""

    _OF_NOUNS = frozenset("island isle town city village province region district state county port capital".split())

    def _apply_demonym_before(self, mentions: list[dict]) -> None:
        """'the Indonesian island of Java', 'the Syrian town of Kobane': the demonym names the
        country the place lies in, and binds as a country written after the name does."""
        for m in mentions:
            cands = m.get("cands")
            if not cands or m.get("tok") is None or m["role"] not in ("place", "organisation") or m.get("cc"):
                continue
            i = m["tok"]
            if i < 3 or self.toks[i - 1].lower != "of":
                continue  # (the test below needs three words before the name, the last "of")
            prev = self.prev_word(i, 4)
            if len(prev) < 3 or not all(t.is_word for t in prev[-3:]) or prev[-1].lower != "of" \
                    or prev[-2].lower not in self._OF_NOUNS:
                continue
            cc = self.demonym(prev[-3].text) or (self.demonym(prev[-4].text) if len(prev) == 4 and prev[-4].is_word
                                                 and prev[-3].text[:1].islower() else None)
            if not cc or self._unit_named_before(prev, mentions):
                continue
            inside = [c for c in cands if c.get("country") == cc] or self._looked_up_in(m, cc)
            if not inside and self._border_word_between(prev):
                continue  # "the Algerian border town of Ghat": a town on Algeria's border, in Libya
            for c in inside:
                c["why"] = c.get("why", "") + f"; in {cc} (the {prev[-3].text} {prev[-2].lower} of)"
            m["cands"] = inside
            if not inside:
                m["drop"] = True  # no such place in the country the text names: no place, not a namesake abroad

    @staticmethod
    def _border_word_between(prev: list) -> bool:
        """Is the word between the demonym and the kind noun "border" or "frontier" ("the
        Algerian border town of X")? The demonym may then name the neighbour whose border the
        town is on, not the town's country: with no reading there, it binds nothing (s28m: Ghat,
        Libya's town on the Algerian border, was dropped as no place)."""
        return len(prev) == 4 and prev[-3].lower in ("border", "frontier")

    # the kind words of a unit that a province's name is written before ("the Somali region",
    # "the Idlib province")
    _UNIT_KIND_WORDS = frozenset("region province state district governorate county prefecture department oblast".split())

    def _unit_named_before(self, prev: list, mentions: list[dict]) -> bool:
        """'the Somali region town of Jijiga': a word that is a demonym (Somali: Somalia) but is
        read here as a province's name by the unit's kind word right after it (the scan gave it
        the kind) names the unit the town lies in, not the country of the demonym; the town is
        not bound to Somalia (the region itself, read in its own country, is its context).
        "the Somali border town of X" (no unit word) still binds to the demonym's country."""
        if len(prev) < 4 or prev[-3].lower not in self._UNIT_KIND_WORDS:
            return False  # (no word before the unit's kind word: "Region town of X" opening a text)
        start = prev[-4].start
        return any(o.get("start") == start and o["role"] == "place" and not o.get("cc")
                   and o.get("kind") in {"admin1", "admin2"} for o in mentions)

    _LIST_GAP = _recompile(r"^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$")

    def _like_areas_in_lists(self, mentions: list[dict]) -> None:
        """'Texas, Georgia and Ohio', 'Washington, Pennsylvania and California': a name listed
        among provinces of one country is that country's province of the name, not a country
        or a city elsewhere."""
        ordered = sorted([m for m in mentions if m.get("cands") and m["role"] == "place"], key=START)
        lists, cur = [], ordered[:1]
        for a, b in zip(ordered, ordered[1:]):
            if self._LIST_GAP.match(self.text[a["end"]:b["start"]]):
                cur.append(b)
            else:
                lists.append(cur)
                cur = [b]
        lists.append(cur)
        for items in lists:
            if len(items) < 3:
                continue
            # each item's province readings by country (its own name, not another of the province's)
            cores = [plain(self.gaz.split_kind(m["surface"])[0]) for m in items]
            # ("Hainan" is Hainan Sheng by another of its names, spelled exactly)
            readings = [{c.get("country"): c for c in reversed(m["cands"][:8]) if c.get("kind") == "admin1"
                         and core in (plain(c["name"]), plain(c.get("matched_name") or ""))}
                        for m, core in zip(items, cores)]
            common = set.intersection(*(set(r) for r in readings))
            for cc in common:
                if sum(m["cands"][0].get("kind") == "admin1" and m["cands"][0].get("country") == cc
                       for m in items) < 2:
                    continue  # two of them must read so already
                for m, r in zip(items, readings):
                    pick = r[cc]
                    if m["cands"][0] is not pick:
                        m["cands"].remove(pick)
                        pick["why"] = pick.get("why", "") + "; listed among provinces of " + cc
                        m["cands"].insert(0, pick)
                break

    def _provinces_beside_provinces(self, mentions: list[dict]) -> None:
        """'New Jersey and New York', 'Texas, Washington': a name that is a province's own name
        and a city's (or another name of a city: "New York" for New York City), joined by 'and',
        'or' or a comma to a name that can only be a province of the same country, is that
        province too: a list names things of one level. A name written so once, or pinned by its
        kind word ('New York state', 'the state of New York'), keeps that sense where the text
        repeats it bare, if the city has the name only as another of its names (the text's
        "New York" is the state's own name, not the city's; a bare "Aleppo" after "Aleppo
        province" is still the city, whose own name it is).
        """
        places = sorted([m for m in mentions if m.get("cands") and m["role"] == "place" and not m.get("drop")],
                        key=START)
        pinned: dict[str, str] = {}  # name key -> gazetteer_id of the province the text pins
        for m in places:
            core = plain(self.gaz.split_kind(m["surface"])[0])
            top = m["cands"][0]
            if m.get("kind") == "admin1" and top.get("kind") == "admin1" and plain(top.get("name") or "") == core:
                pinned.setdefault(name_key(core), top.get("gazetteer_id"))
        for i, m in enumerate(places):
            if m.get("kind") or m.get("region_hint"):
                continue
            core = plain(self.gaz.split_kind(m["surface"])[0])
            province = self._province_under_a_city(m, core)
            if province is None:
                continue
            # (the items of a list are the place mentions right before and after it, with only a
            # list's joint between: anything else between would break the joint)
            beside = [b for b in (places[i - 1] if i else None, places[i + 1] if i + 1 < len(places) else None)
                      if b is not None and self._LIST_GAP.match(
                          self.text[b["end"]:m["start"]] if b["start"] < m["start"] else self.text[m["end"]:b["start"]])]
            peer = next((b for b in beside if self._only_a_province(b, province.get("country"))), None)
            said = "listed beside the province"
            if peer is None and i >= 2:
                peer = self._roll_of_provinces_before(places[i - 2], places[i - 1], m, province.get("country"))
                said = "the next of a roll of provinces ending with"
            if peer is not None:
                m["cands"].remove(province)
                province["why"] = province.get("why", "") + f"; {said} {peer['surface']!r}"
                m["cands"].insert(0, province)
                pinned.setdefault(name_key(core), province.get("gazetteer_id"))
        if not pinned:
            return
        for m in places:
            if m.get("kind") or m.get("region_hint"):
                continue
            core = plain(self.gaz.split_kind(m["surface"])[0])
            gid = pinned.get(name_key(core))
            province = self._province_under_a_city(m, core)
            if gid is None or province is None or province.get("gazetteer_id") != gid \
                    or plain(m["cands"][0].get("name") or "") == core:
                continue  # (the city's own name: "Aleppo" stays the city)
            m["cands"].remove(province)
            province["why"] = province.get("why", "") + "; the province the text names so elsewhere"
            m["cands"].insert(0, province)

    # a sentence's end between two names: its full stop (or semicolon) and the space after it
    _SENTENCE_GAP = _recompile(r"^[.;]\s+$")
    # the name is the subject of its own verb ("New York has reported", "São Paulo confirmed"),
    # not a word before a noun ("New York police said": the city's force)
    _SUBJECT_S_VERB = _recompile(r"\s+(?:has|had|is|was|saw|also|[a-z]+ed)\b")

    def _roll_of_provinces_before(self, first: dict, last: dict, m: dict, country: str | None) -> dict | None:
        """'... two in Michigan and one in Vermont. New York has reported 31': a tally of
        provinces goes on in the next sentence, whose subject is the next item. ``m`` opens its
        sentence right after ``last``, the last name of the sentence before, and ``last`` and
        ``first`` (the name before it, in that same sentence) are both only provinces of
        ``country``, and a verb of its own follows ``m`` (_SUBJECT_S_VERB): ``last`` (the peer
        the why names), else None. A single province before the stop says no roll ("Storms hit
        Ohio. New York ..."), nor a roll of cities ("Chicago, Dallas and Denver"), nor a name
        before a noun ("New York police said": the city's force)."""
        if not self._SENTENCE_GAP.match(self.text[last["end"]:m["start"]]) \
                or not self._SUBJECT_S_VERB.match(self.text, m["end"], m["end"] + 40):
            return None
        between = self.text[first["end"]:last["start"]]
        if "." in between or ";" in between or "\n" in between:
            return None  # (not one sentence: no roll)
        if self._only_a_province(last, country) and self._only_a_province(first, country):
            return last
        return None

    @staticmethod
    def _province_under_a_city(m: dict, core: str) -> dict | None:
        """The province reading of ``m`` whose own name is ``core``, in the country of the city
        or town ranked first; None when no city is first or there is no such province."""
        cands = m["cands"]
        top = cands[0]
        if len(cands) < 2 or top.get("kind") not in {"city", "town"}:
            return None
        return next((c for c in cands[1:8] if c.get("kind") == "admin1" and c.get("country") == top.get("country")
                     and plain(c.get("name") or "") == core), None)

    @staticmethod
    def _only_a_province(b: dict, country: str | None) -> bool:
        """Is mention ``b`` read as a province of ``country`` with no city of its name in that
        country nearly as important ("New Jersey", "Pennsylvania"; not "Idlib", "Quebec")?"""
        cands = b.get("cands") or []
        if not cands or b.get("cc") or cands[0].get("kind") != "admin1" or cands[0].get("country") != country:
            return False
        own = plain(cands[0].get("name") or "")
        bar = (cands[0].get("importance") or 0.0) - PROVINCE_OVER_CITY_MARGIN
        return not any(c.get("kind") in {"city", "town"} and c.get("country") == country
                       and plain(c.get("name") or "") == own and (c.get("importance") or 0.0) >= bar
                       for c in cands[1:8])

    def _add_former_country_names(self, mentions: list[dict]) -> None:
        """'Zaire', 'Burma': a country's former name makes the country a candidate (first,
        unless a kind word says the name is a province or a town: "Zaire province")."""
        for m in mentions:
            cc = FORMER_COUNTRY_NAMES.get(plain(m["surface"]))
            if not cc or m.get("cc") or m.get("kind") or m["role"] not in ("place", "organisation", "actor"):
                continue
            cands = m.get("cands") or []
            if any(c.get("kind") == "country" and c.get("country") == cc for c in cands):
                continue
            place = self.gaz.country(cc)
            if place:
                top = cands[0].get("score", 0.85) if cands else 0.85
                cands.insert(0, dict(place, score=top, name_similarity=1.0,
                                     why=f"{m['surface']!r} is a former name of {place['name']}"))
                m["cands"] = cands

    def _add_shared_country_names(self, mentions: list[dict]) -> None:
        """'Congo' names two countries: both are candidates, context ranks them. Where the
        text's other names settle it before ranking (see :meth:`_shared_country_by_neighbours`),
        that country comes first."""
        shared = []
        for m in mentions:
            cands = m.get("cands") or []
            ccs = SHARED_COUNTRY_NAMES.get(plain(m["surface"]))
            if not ccs or not cands or cands[0].get("kind") != "country":
                continue
            have = {c.get("country") for c in cands if c.get("kind") == "country"}
            at = 1
            for cc in ccs:
                place = None if cc in have else self.gaz.country(cc)
                if place:
                    top = cands[0]
                    cands.insert(at, dict(place, score=top.get("score", 0.85), name_similarity=1.0,
                                          why=f"{m['surface']!r} is a short name of {place['name']}"))
                    at += 1
            shared.append((m, ccs))
        if shared:
            self._shared_country_by_neighbours(mentions, shared)

    def _countries_of_other_names(self, mentions: list[dict], m: dict) -> tuple[set[str], set[str]]:
        """(countries named as such, countries of places) that the text's other names put in it
        before any ranking: demonyms ("Ugandan troops") and countries' own names; places read
        one way only (one reading, or one well ahead of the next, as ranking's first pass takes
        them)."""
        named, placed = set(), set()
        own = plain(m["surface"])
        for o in mentions:
            if o is m or plain(o["surface"]) == own or o.get("drop"):
                continue
            if o.get("cc"):
                named.add(o["cc"])
                continue
            cands = o.get("cands") or []
            if not cands or o["role"] not in ("place", "actor", "dateline") or not cands[0].get("country"):
                continue
            best = cands[0]
            if best.get("kind") == "country":
                if best.get("name_similarity", 0) >= 1.0 and plain(o["surface"]) not in SHARED_COUNTRY_NAMES:
                    named.add(best["country"])
                continue
            second = cands[1].get("score", 0.0) if len(cands) > 1 else 0.0
            if len(cands) == 1 or best.get("score", 0.0) - second >= 0.1:
                placed.add(best["country"])
        return named, placed

    def _shared_country_by_neighbours(self, mentions: list[dict], shared: list[tuple]) -> None:
        """'Ugandan troops crossed into Congo': of the countries a shared name names, the one
        the text's other names put in it, else the only one that borders a country they put
        there (Uganda, Rwanda or Burundi border the Democratic Republic of the Congo, not the
        Republic; Gabon and Cameroon the Republic only). Where both or neither do, the order
        stays as it was (the gazetteer's own reading of the name first). A place of the text
        lying in one of them is left to ranking, which weighs it ("other places of the text
        lie in ...")."""
        for m, ccs in shared:
            cands = m["cands"]
            options = [c for c in cands if c.get("kind") == "country" and c.get("country") in ccs]
            if len(options) < 2:
                continue
            named, placed = self._countries_of_other_names(mentions, m)
            if any(c["country"] in placed for c in options):
                continue  # (ranking reads the places of the text)
            held = [c for c in options if c["country"] in named]
            if len(held) == 1:
                chosen, why = held[0], f"{held[0]['country']} named elsewhere in the text"
            elif held or not named | placed:
                continue
            else:
                near = {}
                for c in options:
                    raw = (self.gaz.country(c["country"]) or {}).get("raw") or {}
                    near[c["country"]] = set(filter(None, (raw.get("neighbours") or "").split(","))) & (named | placed)
                bordering = [c for c in options if near[c["country"]]]
                if len(bordering) != 1:
                    continue
                chosen = bordering[0]
                why = f"borders {', '.join(sorted(near[chosen['country']]))}, named in the text"
            m["shared_country_settled"] = True  # (see undecided_shared_countries)
            if chosen is cands[0]:
                continue
            cands.remove(chosen)
            chosen["why"] = chosen.get("why", "") + "; " + why
            cands.insert(0, chosen)

    # the gap between a name and the area written after it: ", ", " (township), ", " in ",
    # ", in the ", " of "
    # (longest first, and words of one length in a fixed order: the same pattern in every
    # process, so it is built from the kept code; which of two words of one length comes
    # first changes no match)
    # ('in'/'of' in lower case: "... toward al-Jufra airbase. In Chad, ..." starts a sentence about
    # another country, it does not say where the airbase lies)
    _CHAIN_GAP = _recompile(r"^\s*(?:(?:" + "|".join(sorted(map(re.escape, ADDRESS_KIND_WORDS), key=lambda w: (-len(w), w)))
                            + r")\b\.?\s*)?(?:\([^)]{0,40}\))?\s*(?P<sep>,|,?\s+(?-i:in|of)(?:\s+the)?)"
                            + r"(?P<compass>\s+" + _COMPASS + r"(?:[\s-]+" + _COMPASS + r")?)?\s*$", re.I)

    def _region_readings(self, b: dict, sep: str, compass: bool = False, settlement: bool = False) -> list[dict]:
        """The readings of ``b`` as an area that can hold what is named before it (``compass``:
        a compass word stands before it, "in northern Y": Y is an area, as with its kind word;
        ``settlement``: the name before is called a town or village, "the town of X in the Nuba
        Mountains": a region of the built-in areas holds it too)."""
        if b.get("cc") or b.get("role") == "actor" or b.get("drop") or b.get("kind") in {"city", "town", "village"}:
            return []  # (... "Quebec City" says it is no province)
        worded = b.get("kind") in {"admin1", "admin2"}
        # a district that no settlement of the text's spelling shares ("Davao del Sur") is
        # that district, as if its kind word were written
        lone_district = not worded and bool(b.get("cands")) and b["cands"][0].get("kind") == "admin2" \
            and not any(r.get("kind") in {"city", "town", "village"} and r.get("name_similarity", 0) >= 0.95
                        for r in b["cands"][:5])
        out = []
        named_like_capital = None if worded else self._district_named_like_its_capital(b)
        for r in (b.get("cands") or [])[:5]:
            kind = r.get("kind")
            if r is named_like_capital:
                out.append(r)  # ("Patikul in Sulu": the province, not Jolo by its other name)
                continue
            if settlement and sep != "," and kind == "region" and r.get("name_similarity", 0) >= 1.0:
                out.append(r)  # ("the village of X in Kordofan": a region by its own name)
                continue
            if kind not in {"country", "admin1"} and not ((worded or lone_district) and kind == "admin2"):
                continue  # a bare district name is as often a town's ("Toronto" is no county here)
            if r.get("name_similarity", 0) < (0.85 if worded else 1.0):
                continue
            if sep != "," and kind != "country" and not worded and not (compass and kind == "admin1"):
                continue  # "X in Y" binds only when Y says it is an area ("in Y district", "in northern Y")
            out.append(r)
        return out

    @staticmethod
    def _district_named_like_its_capital(b: dict) -> dict | None:
        """'Patikul in Sulu', 'X in Y': the admin2 reading of ``b`` whose own name is the name
        written, where the settlements of its country that the name also reads bear it only as
        another of their names (GeoNames gives Jolo, Sulu's capital, the other name 'Sulu') and
        one of them lies within CAPITAL_ALIAS_KM of the district's point: the name is the
        district's own, a bare area that can hold what is named before it (gaz85). None where
        no such reading is among the first five, or where a settlement of the country bears the
        name as its own (a town of the very name is as likely meant)."""
        cands = (b.get("cands") or [])[:5]
        said = plain(b.get("surface") or "")
        district = next((r for r in cands if r.get("kind") == "admin2" and r.get("name_similarity", 0) >= 1.0
                         and plain(r.get("name") or "") == said and r.get("lat") is not None), None)
        if district is None:
            return None
        capital = False
        for r in cands:
            if r.get("kind") not in {"city", "town", "village"} or r.get("country") != district.get("country"):
                continue
            if plain(r.get("name") or "") == said or r.get("lat") is None:
                return None
            if haversine_km(r["lat"], r["lon"], district["lat"], district["lon"]) <= CAPITAL_ALIAS_KM:
                capital = True
        return district if capital else None

    def _chain_after(self, ordered: list[dict], i: int) -> list[tuple[dict, list[dict]]]:
        """(mention, its area readings) of the areas written after ordered[i]: 'Lere town,
        Tombouctou region, Mali' gives Tombouctou and Mali for Lere."""
        chain = []
        prev = ordered[i]
        settlement = ordered[i].get("kind") in _SETTLEMENT_KIND_WORDS
        for b in ordered[i + 1:i + 6]:
            gap = self._CHAIN_GAP.match(self.text[prev["end"]:b["start"]])
            if not gap:
                break
            rs = self._region_readings(b, "," if gap.group("sep").strip() == "," else "in",
                                       compass=bool(gap.group("compass")), settlement=settlement and prev is ordered[i])
            if not rs or self._POSSESSIVE_SPEAKER.match(self.text, b["end"]):
                break  # (nor a state whose body speaks: "near Kaesong, South Korea's Joint Chiefs of
                # Staff said": who told it, no address of Kaesong; s42 lead, a probe of my own)
            chain.append((b, rs))
            prev = b
        if chain and self._LIST_GOES_ON.match(self.text, chain[-1][0]["end"]):
            return []  # "Cairo, Giza and Minya": a list of names, not a name and its area
        return chain

    _LIST_GOES_ON = _recompile(r"\s*,?\s+(?:and|or)\s+[A-Z]")
    # an area's possessive, then its body and a verb of saying within a few words: "South Korea's
    # Joint Chiefs of Staff said", "Kenya's defence ministry told reporters"
    _POSSESSIVE_SPEAKER = _recompile(r"['\u2019]s\s+(?:[\w-]+\s+){1,6}?(?:said|says|told|reported|announced|stated|claimed|confirmed)\b")

    def _province_written_after_a_comma(self, a: dict, chain: list, order: list[str]) -> bool:
        """Is the first area after ``a`` a province named bare after a comma ("X, Ontario"), every
        reading of it the chain keeps a province of the one country the chain reads?"""
        if len(set(order)) != 1 or not chain or a.get("tok") is None or a["tok"] < 1 \
                or not self._place_word_before(a["tok"] - 1):
            return False  # (a word of place before the name: "in X, Ontario", "south of X, Missouri";
            # not a list of states opening a sentence, "Bauchi, Gombe, Yobe", nor "the governors of
            # X, Missouri", where "of" says less)
        b, rs = chain[0]
        if len(chain) == 1 and (_NAME_GOES_ON.match(self.text, b["end"]) or not holder_ends_there(self.text, b["end"])):
            return False  # ("in Tura, Gombe, Yobe and Bauchi": a list of names goes on; "to Mozyr,
            # Kyiv said": who spoke)
        return b.get("kind") is None and bool(rs) and all(r.get("kind") == "admin1" and r.get("country") == order[0] for r in rs) \
            and self.text[a["end"]:b["start"]].strip() == ","

    def _place_word_before(self, t: int) -> bool:
        """Is token ``t`` a word of place before a name (unknown_parts.PLACE_WORDS_BEFORE: 'in',
        'near', 'reached'), or an "of" after a bearing or a word for the land around a place
        ('two miles south of X, Missouri', 'the outskirts of X, Borno': gaz62, s38)?"""
        tok = self.toks[t]
        if tok.lower in PLACE_WORDS_BEFORE:
            return True
        return tok.lower == "of" and of_after_a_word_of_place(self.text, tok.start)

    @staticmethod
    def _settlement_named_abroad(a: dict, top: dict, order: list[str]) -> bool:
        """Does the text call ``a`` a settlement by its kind word ('the village of X', 'X town')
        while its first reading ``top`` lies in none of the countries of the areas written after
        it ('the village of Sinai in Idlib province': Egypt's Sinai)?"""
        return a.get("kind") in _SETTLEMENT_KIND_WORDS and top.get("lat") is not None \
            and bool(top.get("country")) and top["country"] not in order

    def _fits(self, c: dict, region: dict, stated: bool = False) -> bool:
        """Does candidate ``c`` lie in ``region`` (a country, a province or a district)? With
        ``stated``, a reading whose own province (admin1) is another province of the index does
        not fit a province by lying near its point."""
        if c is region or c.get("kind") == "country" or c.get("country") != region.get("country"):
            return False
        if region.get("kind") == "country":
            return True
        if region.get("kind") == "admin1" and c.get("admin1"):
            own = plain(c["admin1"])
            if own in (plain(region["name"]), plain(region.get("admin1") or "")) \
                    or carved_from(c["country"], own, plain(region["name"])):
                return True  # (or its province was carved out of the one written: "Mulia, Papua")
            if stated and own in self.gaz.province_names(c["country"]):
                return False
        if None in (c.get("lat"), region.get("lat")):
            return False
        reach = max(region.get("uncertainty_km") or 0.0, 30.0) + 25.0
        return haversine_km(c["lat"], c["lon"], region["lat"], region["lon"]) <= reach

    def _apply_region_after_comma(self, mentions: list[dict]) -> None:
        """'Paris, Texas', 'Hama, Syria', 'Lere town, Tombouctou region, Mali', 'Seer village in
        Pulwama district': a name followed by the areas it lies in keeps only its readings
        there. Areas bind from the right (the country first, then the province); a name
        with no reading in the one country the text names there is no place; a name spelled
        loosely is looked up again in that country alone."""
        ordered = sorted([m for m in mentions if m.get("cands")], key=START)
        for i in range(len(ordered) - 2, -1, -1):
            a = ordered[i]
            if a.get("cc") or a.get("role") == "actor" or a.get("drop"):
                continue
            chain = self._chain_after(ordered, i)
            if not chain:
                continue
            cands = a["cands"]
            top = cands[0]
            if a.get("kind") == "river" or top.get("kind") in {"river", "sea", "ocean", "strait", "canal", "continent"}:
                continue  # a river or sea followed by its country is read as itself, not as a namesake town
            if top.get("name_similarity") == 1.0 and (top.get("kind") in {"country", "continent", "region"} or (
                    top.get("kind") == "admin1" and any(r.get("kind") == "admin1" for r in chain[0][1]))) \
                    and a.get("kind") not in _SETTLEMENT_KIND_WORDS:
                continue  # "Syria, Iraq", "In Asia, Canada", "Texas, Oklahoma": a list of areas
                # (not when the text calls the first a village or town: "the village of Sinai in Idlib")
            # the countries every area of the chain can lie in, in the order the last one reads
            common = None
            for _, rs in chain:
                ccs = {r["country"] for r in rs if r.get("country")}
                common = ccs if common is None else common & ccs
            order = [r["country"] for r in chain[-1][1] if r.get("country") in (common or set())]
            if not order:
                continue
            inside: list[dict] = []
            regions: list[dict] = []
            for cc in dict.fromkeys(order):
                regions = [next(r for r in rs if r.get("country") == cc) for _, rs in chain]
                tried = [regions[:k] for k in range(len(regions), 0, -1)]
                # first the readings whose own province is the one written (looked up again in
                # the country if the name's readings have none), then those near its point: a
                # reading of another province of the index only lies near it
                looked_up = None
                for stated in (True, False):
                    for pool in (cands, None):
                        if pool is None:
                            if looked_up is None:
                                looked_up = self._looked_up_in(a, cc)
                            pool = looked_up
                        for rs in tried:
                            inside = [c for c in pool if all(self._fits(c, r, stated) for r in rs)]
                            if inside:
                                held = rs
                                break
                        if inside:
                            break
                    if inside:
                        break
                if inside:
                    break
            if not inside:
                named_country = len(set(order)) == 1 and any(
                    r.get("kind") == "country" and r.get("country") == order[0] for _, rs in chain for r in rs)
                # ... or in the one province the text names there with its kind word ("Memba, in
                # Nampula province": no Mwembe of Tanzania, a loose spelling 1,000 km away)
                named_province = len(set(order)) == 1 and any(
                    b.get("kind") == "admin1" and r.get("kind") == "admin1" and r.get("country") == order[0]
                    for b, rs in chain[:1] for r in rs)
                # ... or a province written bare after a comma, whose own name reads only that
                # province ("in Dover, Ontario": no Dover of Ontario, not Dover in Ohio; the
                # US towns written with their state, "X, Missouri")
                named_province = named_province or self._province_written_after_a_comma(a, chain, order)
                imp = top.get("importance") or 0
                # (a province written after a well-known town is more likely a slip than the
                # town a namesake the index lacks: "Goma, in Ituri province" keeps Goma)
                # ... unless the text does not write the town's own name: 'Padan, in Magway Region'
                # read as Padang (Indonesia), which GeoNames lists also as 'padan', is no slip of
                # a writer who meant Padang but a Burmese place the index lacks
                if named_country and imp < 0.75 or named_province and (
                        imp < _PROVINCE_NAMED_IMPORTANCE or self._read_loosely(a, top)):
                    a["cands"] = []  # no reading in the country the text names: no place, not a namesake abroad
                    if a.get("kind") in _SETTLEMENT_KIND_WORDS:
                        # (... but the text calls it a town or village there: a place the index
                        # lacks, kept without a point as the names of unknown_parts are)
                        a["unresolved"] = (f"{top.get('name')} ({top.get('country')}) lies in none of the "
                                           f"areas the text writes after the {a['kind']} it names")
                    else:
                        a["drop"] = True
                        # (unknown_parts may still keep it as a place the index lacks, when a
                        # word of place before it says so: "in Tura, Borno State")
                        a["no_reading_in_the_area_named"] = True
                elif self._settlement_named_abroad(a, top, order):
                    # "the village of Victoria in Khost province": the text itself calls the name a
                    # settlement of that area; however well known, a namesake in another country
                    # (the Seychelles' capital) is no slip of the writer but no answer: a place the
                    # index lacks, without a point
                    a["cands"] = []
                    a["unresolved"] = (f"{top.get('name')} ({top.get('country')}) lies in none of the "
                                       f"areas the text writes after the {a['kind']} it names")
                continue
            finest = regions[0]
            if finest.get("kind") == "admin1":
                # "Linn County in north central Missouri": the readings that lie in the province
                # by name, not those that merely lie near its point (Linn County, Kansas)
                by_name = [c for c in inside if c.get("admin1") and (plain(c["admin1"]) == plain(finest["name"])
                                                                     or carved_from(c["country"], plain(c["admin1"]), plain(finest["name"])))]
                inside = by_name or inside
            for c in inside:
                c["why"] = c.get("why", "") + f"; in {finest['name']} (written after the name)"
            a["cands"] = inside
            a["region_hint"] = finest["name"]
            for k, ((b, _), r) in enumerate(zip(chain, regions)):
                if k < len(held) and b["cands"][0] is not r:
                    # the area that holds the name is what it says: "Rochester, New York" names the state
                    b["cands"] = [r]
                elif b["cands"][0].get("country") != r.get("country"):
                    b["cands"] = [r] + [c for c in b["cands"] if c is not r]

    def _one_place_per_bound_name(self, mentions: list[dict]) -> None:
        """'... of Paris ... Paris, Texas': a name the text once binds with the area written
        after it means that place wherever else the text writes it bare (one place per name
        in one text). The bare mentions take the bound reading first and count it as support."""
        bound: dict[str, dict] = {}
        for m in mentions:
            cands = m.get("cands") or []
            if m.get("region_hint") and cands and m["role"] == "place":
                bound.setdefault(name_key(self.gaz.split_kind(m["surface"])[0]), cands[0])
        if not bound:
            return
        for m in mentions:
            cands = m.get("cands")
            if not cands or m.get("region_hint") or m.get("cc") or m["role"] not in ("place", "organisation") \
                    or m.get("kind"):
                continue
            pick = bound.get(name_key(self.gaz.split_kind(m["surface"])[0]))
            if pick is None or cands[0].get("gazetteer_id") == pick.get("gazetteer_id"):
                continue
            same = next((c for c in cands if c.get("gazetteer_id") == pick.get("gazetteer_id")), None)
            if same is None:
                continue  # (another spelling the bound reading does not share)
            cands.remove(same)
            same["why"] = same.get("why", "") + "; written with its area elsewhere in the text"
            cands.insert(0, same)
            # (binds as a written area does: no guard doubts it, acceptance counts it as support)
            m["region_hint"] = pick.get("admin1") or pick.get("country")
            m["bound_elsewhere"] = True

    # a five-digit postcode written right before a name, itself after the start of a line, a
    # comma or 'at'/'in'/'to'/'from' ("10 rue X, 75002 Paris", "sent from 28013 Madrid"): not a
    # count ("counted 12000 Paris fans") nor a part of a larger number ("10,000")
    _POSTCODE_BEFORE = _recompile(r"(?:^|[\n,]|\b(?:at|in|to|from))\s*(\d{5})\s+$")

    def _postcode_before_a_town(self, mentions: list[dict]) -> None:
        """'10 rue Saint-Marc, 75002 Paris': a five-digit postcode before a town is an address
        of a country that writes it so (POSTCODE_BEFORE_TOWN_COUNTRIES), whatever the text's
        other places say ('Officials in Texas' beside it keep Paris in France): the name keeps
        its readings there, and binds as an area written after it does."""
        for m in mentions:
            cands = m.get("cands") or []
            if len(cands) < 2 or m.get("cc") or m.get("region_hint") or m["role"] not in ("place", "organisation") \
                    or m["start"] < 6 or not self.text[m["start"] - 1].isspace() \
                    or not self.text[m["start"] - 2].isdigit():
                continue  # (a digit right before the name's space, or no postcode: most names ask no more)
            hit = self._POSTCODE_BEFORE.search(self.text, max(0, m["start"] - 40), m["start"])
            if hit is None:
                continue
            there = [c for c in cands if c.get("country") in POSTCODE_BEFORE_TOWN_COUNTRIES and c.get("lat") is not None]
            if not there or there[0] is cands[0] and all(c.get("country") in POSTCODE_BEFORE_TOWN_COUNTRIES for c in cands):
                continue
            for c in there:
                c["why"] = c.get("why", "") + f"; after the postcode {hit.group(1)}"
            cands[:] = there
            m["region_hint"] = there[0].get("admin1") or there[0].get("country")
            m["postcode"] = hit.group(1)

    # "X, south of Y", "X, 30 km north-east of Y": X lies near Y
    _PLACED_AFTER = _recompile(
        r"^\s*,\s*(?:(?:about|some|around|roughly|nearly)\s+)?(?:\d+(?:[.,]\d+)?\s*(?:km|kilometres|kilometers|miles|mi)"
        r"\.?\s+)?(?:(?:north|south|east|west)(?:[- ]?(?:east|west))?|outside|near|just\s+(?:north|south|east|west))"
        r"\s+(?:of\s+)?$", re.I)
    # "X, a district of Y", "X, a suburb of Y": X is one part of Y, so lies near it (the indefinite
    # article: one part among several; "X, the capital of Y" is another relation)
    _PART_OF_AFTER = _recompile(
        r"^\s*,\s*(?:a|an|another)\s+(?:suburb|neighbourhood|neighborhood|district|quarter)\s+of\s+$", re.I)
    # "the Y suburb of X", "a Y suburb, X": X lies near Y
    _SUBURB_BETWEEN = _recompile(r"^\s+(?:suburb|neighbourhood|neighborhood|district)s?\s+of\s+$", re.I)

    def _placed_by_a_neighbour(self, mentions: list[dict]) -> None:
        """'Kingston, south of Brisbane', 'the Cincinnati suburb of West Chester': the text
        places a name beside another, so of its readings the one near that place is meant."""
        ordered = sorted([m for m in mentions if m.get("cands") and m["role"] in ("place", "dateline")],
                         key=START)
        for a, b in zip(ordered, ordered[1:]):
            gap = self.text[a["end"]:b["start"]]
            if self._PLACED_AFTER.match(gap) or self._PART_OF_AFTER.match(gap):
                self._near_neighbour(a, b)
            elif self._SUBURB_BETWEEN.match(gap):
                self._near_neighbour(b, a)

    def _near_neighbour(self, m: dict, anchor: dict) -> None:
        """Move ``m``'s best reading near ``anchor``'s reading first (within NEIGHBOUR_KM)."""
        cands, ref = m["cands"], anchor["cands"][0]
        if ref.get("lat") is None or m.get("region_hint") or self._country_at_its_neighbour(cands[0], ref):
            return
        near = [c for c in cands if c.get("lat") is not None and c.get("kind") not in {"country", "admin1"}
                and haversine_km(c["lat"], c["lon"], ref["lat"], ref["lon"]) <= NEIGHBOUR_KM]
        if not near and not anchor.get("region_hint"):
            pair = self._neighbours_elsewhere(cands, anchor["cands"])
            if pair is not None:
                # "Toledo, near Pamplona": no Toledo lies near Spain's Pamplona, but one lies 20 km
                # from Colombia's: the text means the two that lie together
                other, pick = pair
                anchor["cands"].remove(other)
                other["why"] = other.get("why", "") + f"; near {pick['name']}, which the text places beside it"
                anchor["cands"].insert(0, other)
                cands.remove(pick)
                pick["why"] = pick.get("why", "") + f"; near {other['name']}, as the text places it"
                cands.insert(0, pick)
                return
        if not near and self._no_place_beside(m, cands[0], ref):
            # "al-Khadim, east of Hama": the only readings lie in another country, far from the
            # place the text puts it beside: a village the index lacks, not Hadim (TR, 430 km)
            m["unresolved"] = (f"{cands[0]['name']} ({cands[0].get('country')}) lies far from {ref['name']}, "
                               f"beside which the text places it, in another country")
            m["cands"] = []
            return
        if not near and self._no_place_beside_at_home(m, cands[0], anchor):
            m["unresolved"] = (f"{cands[0]['name']} ({cands[0].get('country')}) lies more than "
                               f"{BESIDE_FAR_SAME_COUNTRY_KM:.0f} km from {ref['name']}, beside which the text "
                               f"places it without a distance: a namesake, not the place meant")
            m["cands"] = []
            return
        if len(cands) < 2 or not near or near[0] is cands[0]:
            return
        pick = near[0]
        cands.remove(pick)
        pick["why"] = pick.get("why", "") + f"; near {ref['name']}, as the text places it"
        cands.insert(0, pick)


    @staticmethod
    def _country_at_its_neighbour(best: dict, ref: dict) -> bool:
        """Is ``best`` a country the place beside it lies in or near ("the line with Kosovo, near
        Raska")? Then the words place the line or the border beside the town, not a town of the
        country's name: the country stays. A town so named lies far from such a country
        ("Lebanon, near Harrisburg": the Pennsylvania town), and its reading near the place still
        wins. Near: within the country's own radius and NEIGHBOUR_KM of its point."""
        if best.get("kind") != "country" or best.get("lat") is None:
            return False
        reach = (best.get("uncertainty_km") or 0.0) + NEIGHBOUR_KM
        return haversine_km(best["lat"], best["lon"], ref["lat"], ref["lon"]) <= reach

    @staticmethod
    def _neighbours_elsewhere(cands: list[dict], anchor_cands: list[dict]) -> tuple[dict, dict] | None:
        """(anchor reading, reading) when no reading of the name lies near the anchor's first
        reading but one lies within NEIGHBOUR_KM of another settlement reading of the anchor, its
        own name (among its first NEIGHBOUR_READINGS): the first such anchor reading and the name's
        best reading near it; else None. A text that places one name beside another means two
        places that lie together, wherever the better-known namesakes of each lie (gaz43)."""
        for other in anchor_cands[1:NEIGHBOUR_READINGS]:
            if other.get("lat") is None or other.get("kind") not in {"city", "town", "village"} \
                    or (other.get("name_similarity") if other.get("name_similarity") is not None else 1.0) < 1.0:
                continue
            for c in cands:
                if c.get("lat") is not None and c.get("kind") in {"city", "town", "village"} \
                        and (c.get("name_similarity") if c.get("name_similarity") is not None else 1.0) >= 1.0 \
                        and haversine_km(c["lat"], c["lon"], other["lat"], other["lon"]) <= NEIGHBOUR_KM:
                    return other, c
        return None

    @staticmethod
    def _no_place_beside(m: dict, best: dict, ref: dict) -> bool:
        """Is ``best``, the first reading of a name the text places beside ``ref`` ("X, east of Y"),
        a settlement less known than BESIDE_FAR_IMPORTANCE, in another country than ``ref``
        and farther than BESIDE_FAR_KM from it? (No kind word of its own: "the X crossing, north of
        Y" may name a facility the index places elsewhere.)"""
        if m.get("kind") or best.get("lat") is None or best.get("kind") not in {"city", "town", "village"} \
                or (best.get("importance") or 0.0) >= BESIDE_FAR_IMPORTANCE \
                or not best.get("country") or best.get("country") == ref.get("country"):
            return False
        return haversine_km(best["lat"], best["lon"], ref["lat"], ref["lon"]) > BESIDE_FAR_KM

    def _no_place_beside_at_home(self, m: dict, best: dict, anchor: dict) -> bool:
        """Is ``best``, the first reading of a name the text places beside ``anchor`` with no
        distance written ("Dachne, west of Donetsk"), a settlement less known than
        BESIDE_FAR_IMPORTANCE in the country of the anchor's reading (a town), farther than
        BESIDE_FAR_SAME_COUNTRY_KM from it? (The index lacks the place meant; a namesake across the country is no answer.)"""
        ref = anchor["cands"][0]
        if m.get("kind") or best.get("lat") is None or best.get("kind") not in {"city", "town", "village"} \
                or (best.get("importance") or 0.0) >= BESIDE_FAR_IMPORTANCE \
                or not best.get("country") or best.get("country") != ref.get("country") \
                or ref.get("kind") not in {"city", "town", "village"}:
            return False
        if _DISTANCE_WRITTEN.search(self.text, min(m["end"], anchor["end"]), max(m["start"], anchor["start"])):
            return False
        return haversine_km(best["lat"], best["lon"], ref["lat"], ref["lon"]) > BESIDE_FAR_SAME_COUNTRY_KM


_PATTERNS.save()  # (the code of any pattern compiled anew in the class above, for the next run)


def undecided_shared_countries(m: dict, cands: list[dict]) -> list[str]:
    """The countries besides the first that a name two countries share ("Congo") still names,
    tied with the first, when nothing before ranking settled it (see
    BindingHints._shared_country_by_neighbours): "In Congo, gunmen killed 12 people in Beni"
    says the text is about one of the Congos, and the Congolese town Beni, lying in the other
    than the gazetteer's own reading of the name, is as much in a country the text names.
    Ranking then weighs the places of the text ("other places of the text lie in ...")."""
    if m.get("shared_country_settled") or len(cands) < 2:
        return []
    ccs = SHARED_COUNTRY_NAMES.get(plain(m["surface"]))
    if not ccs or cands[0].get("kind") != "country":
        return []
    top = cands[0].get("score")
    return [c["country"] for c in cands[1:] if c.get("kind") == "country" and c.get("country") in ccs
            and c.get("country") != cands[0].get("country") and c.get("score") == top]
