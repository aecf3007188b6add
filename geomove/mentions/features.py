"""The words around a name that say which place it is (stage 4a, before ranking; the last two
steps after acceptance):

- a water body's or landform's head word the name was read without: "Lake Erie" found as the
  town of Erie, "Islington Bay" as Islington, "Danube Delta" as the Danube. The index lacks the
  whole name (it was tried first, longest name first); readings of the kind the head word says
  stay (a river for "X River"); without one the mention becomes the whole name without a point:
  a town hundreds of km off is no answer for a lake. "<town> Valley" is read at the town;
- a built-in area whose last word the text writes in lower case ("the Lachin corridor");
- a compass word before a well-known city ("North Dallas", "East Aleppo"): a part of it;
- a province word ("the provinces of Nyanza, ...") naming a built-in '<name> Province';
- "the Balkan region": the built-in region of the plural name, not a province of the singular;
- "the Somali region of Gedo": a country's demonym before a unit of that country, not the
  province bearing the word elsewhere (Ethiopia's Somali Region);
- a sentence-opening "The" ("The Atlantic flyway") that is no part of the name, and a
  capitalised "The" mid-sentence that makes a title ("a video by The Atlantic").
"""

from __future__ import annotations

from ..areas import AREA_BY_PLAIN, area_place
from ..names import plain
from .words import SETTLEMENT_KINDS
from ..wordlists import STREET_ABBREVIATIONS
from ..wordlists import KIND_AFTER, FEATURE_HEADS_AFTER, FEATURE_HEADS_AROUND_TOWN, FEATURE_HEADS_AT_TOWN, FEATURE_HEADS_BEFORE

# "<town> Bay" is read at the town only for a town of this importance at least: a port a bay is
# named after ("Cam Ranh Bay", 0.62); a small namesake elsewhere is not ("Islington Bay" in
# Auckland is no bay at Islington, a town of 0.40 near Christchurch; nor at the Islington of
# London, which the text does not back: acceptance asks for the town's country or nearness)
WATER_AT_TOWN_IMPORTANCE = 0.5


# "North Dallas", "East Aleppo": a compass word before a city's name names a part of the city
_COMPASS = frozenset("north south east west northern southern eastern western northeast northwest "
                     "southeast southwest central".split())
_PART_OF_CITY_IMPORTANCE = 0.6  # a city this well known has parts that prose names so
# the readings that are areas ("the southern Andes": FeatureWords._area_after_the_and_a_compass_word)
_AREA_READINGS = frozenset(("admin1", "region", "country", "island"))
# lower-case words that may follow a place's name in a clause ("across the southern Andes and ...")
_LINKING_WORDS = frozenset("and or but as on in at by from to of for with after before where which that "
                           "since until while when".split())
_OTHER_NAME_MINOR = 0.45  # ... and a place known by the whole name as another name is this minor


# the head word of an archipelago, after a name that may be the province of those islands
# ('the Batanes islands'); not the singular: 'Islington Island' is no island of Islington, a
# Jamaican district, and a province is named after its islands, seldom after one of them
ISLAND_HEADS = frozenset(("islands",))

# Japanese writes an island's name with its word for island ('Miyakojima', 'Tokunoshima',
# 'Iwo Jima'); English writes 'Miyako island', and the index holds the town or island by the
# Japanese name
JAPANESE_ISLAND_SUFFIXES = ("jima", "shima", " Jima", "-jima")

# the head words of islands and waters, which a report writes after a name the index may lack
# ("Easter Island", "Kerch Strait"); a street, a plateau or a forest is left to the other rules
_WATER_AND_ISLAND_HEADS = frozenset(w for w in ("island", "islands", "lake", "lakes", "bay", "gulf", "strait", "straits",
                                                "sea", "river", "reef", "lagoon", "atoll", "peninsula")
                                    if w in FEATURE_HEADS_AFTER)


# The words before "the <name>" that say the name is a river's: "along the Niger", "up the
# Congo", "the left bank of the Dnipro", "crossed the Niger". Prose writes a country, a province
# or a town so only rarely; the river of the name (areas.csv: "<name> River", "River <name>")
# is the place (see FeatureWords._rivers_by_the_words_before_them).
# - strong cues: the river whatever else the name reads
_RIVER_CUE_BEFORE_THE = frozenset("along up down upstream downstream cross crossed crosses crossing forded".split())
# - nouns of a river's parts, written "<noun> of the <name>"
_RIVER_PART_NOUNS = frozenset("bank banks riverbank riverbanks mouth estuary".split())
# - the nouns of a river's sides after its name in the possessive ("the Dnipro's left bank"),
#   and the words that may stand between (a "central bank" is a country's, no river's)
_RIVER_BANK_NOUNS = frozenset("bank banks riverbank riverbanks".split())
_BANK_SIDES = frozenset("left right north south east west northern southern eastern western opposite far "
                        "other".split())
# - weak cues ("on the Benue", "across the Niger"): "the Congo", "the Gambia" are countries too
#   ("fighting across the Congo"), so a name read first as a country needs a word of boats or
#   bridges in its sentence ("ferried across the Niger"), or the cue must open an apposition to a
#   place ("Ayorou, on the Niger": where the town lies)
_RIVER_WEAK_CUE_BEFORE_THE = frozenset(("on", "across"))
_WORDS_OF_BOATS = frozenset("boat boats barge barges pirogue pirogues canoe canoes ferry ferries ferried raft "
                            "rafts bridge bridges riverine flotilla gunboat gunboats".split())
# the words that may follow a river's name in its clause; another lower-case word makes the name
# a modifier ("along the Niger border", "on the Benue government")
_AFTER_A_RIVER = _LINKING_WORDS | frozenset("near toward towards into between north south east west upstream "
                                            "downstream river".split())


class FeatureWords:
    """Mentions whose name lost its feature head word, and parts of cities."""

    def _areas_with_a_lower_case_head_word(self, mentions: list[dict]) -> None:
        """'the Lachin corridor', 'the Bekaa valley', 'the Sinjar mountains': a built-in area
        whose name ends in a word the text writes in lower case (so the scan of capitalised
        words stopped before it) is that area, not the town of the first word."""
        for m in mentions:
            if m["role"] not in ("place", "organisation", "actor") or m.get("cc") or m.get("abbrev") \
                    or m.get("tok") is None:
                continue
            last = m["tok"] + m["n_tokens"] - 1
            nxt = self.next_tokens(last, 1)
            if not nxt or not nxt[0].is_word or not nxt[0].text[:1].islower() \
                    or not self._adjacent(self.toks[last], nxt[0]):
                continue
            longer = self.text[m["start"]:nxt[0].end]
            hit = AREA_BY_PLAIN.get(plain(longer))
            if not hit or hit[0].lower().removeprefix("the ") != longer.lower().removeprefix("the "):
                continue  # (the spelling itself, not a folded one: "Europe as" is no area)
            # (a sentence's capitalised "The" opens the scanned name: "The Baltic states shut")
            area = area_place(longer)
            if area is None:
                continue
            if nxt[0].lower in KIND_AFTER:
                # "Nyanza province": the kind word says what the name is and stays out of it
                m.update(cands=[area], role="place")
            else:
                m.update(end=nxt[0].end, surface=longer, n_tokens=m["n_tokens"] + 1, cands=[area], role="place")
            m.pop("qualifier_left_out", None)

    def _regions_named_in_the_singular(self, mentions: list[dict]) -> None:
        """'the Balkan region': a name the text calls a region whose plural is a built-in region
        (the Balkans) is that region, not a province of the singular name elsewhere (Balkan in
        Turkmenistan). Only the word 'region': 'Balkan province' keeps the province."""
        for m in mentions:
            if m["role"] != "place" or m.get("kind") != "admin1" or m.get("cc") or m.get("tok") is None \
                    or not m["surface"][-1:].isalpha():
                continue
            nxt = self.next_tokens(m["tok"] + m["n_tokens"] - 1, 2)
            if not nxt or nxt[0].lower not in ("region", "regions"):
                continue
            if len(nxt) > 1 and nxt[1].lower == "of":
                continue  # "the Balkan region of Turkmenistan": a part of the country named
            area = area_place(m["surface"] + "s")
            if area is not None and area.get("kind") == "region":
                area["why"] = area.get("why", "") + f"; '{m['surface']} region' names the {area['name']}"
                m["cands"] = [area]

    # the kind words of a country's units that "the <demonym> <kind> of <unit>" writes
    _UNIT_WORDS = frozenset("region province state district governorate county prefecture department".split())

    def _demonyms_before_a_unit_of_their_country(self, mentions: list[dict]) -> None:
        """'Kenyan troops crossed into the Somali region of Gedo': a word that is a country's
        demonym (Somali: Somalia) and a province's name elsewhere (Ethiopia's Somali Region),
        written before a unit's kind word, 'of' and a name read in that very country, says whose
        unit the name is: it is the demonym, and the unit named after 'of' is the place ("the
        Somali region" alone, or "the Somali region of Ethiopia", stays the province)."""
        starts = None  # token -> the mention starting there (made when a demonym first asks)
        for m in mentions:
            if m["role"] != "place" or m.get("kind") not in {"admin1", "admin2"} or m.get("cc") \
                    or m.get("tok") is None or m.get("n_tokens") != 1:
                continue
            cc = self.demonym(m["surface"])
            if not cc:
                continue
            last = m["tok"]
            nxt = self.next_tokens(last, 3)
            if len(nxt) < 3 or nxt[0].lower not in self._UNIT_WORDS or nxt[1].lower != "of":
                continue
            at = last + 3 if nxt[2].lower != "the" else last + 4
            if starts is None:
                starts = {o["tok"]: o for o in mentions if o.get("tok") is not None}
            unit = starts.get(at)
            if unit is None or unit is m or unit["role"] != "place" or not unit.get("cands") \
                    or unit["cands"][0].get("country") != cc or unit["cands"][0].get("kind") == "country":
                continue
            country = self._country_place(cc)
            if country is None:
                continue
            m.update(role="demonym", cc=cc, kind=None, cands=[dict(
                country, score=0.9, name_similarity=1.0,
                why=f"demonym {m['surface']!r}: written before '{nxt[0].text} of' and {unit['surface']}, "
                    f"a unit of that country")])

    def _provinces_by_their_kind_word(self, mentions: list[dict]) -> None:
        """'the provinces of Nyanza, Rift Valley and Western': a name the text calls a province,
        which the index holds as no province, is the built-in area '<name> Province' when there
        is one; the text's bare mentions of the name that read the same town abroad follow it."""
        found: dict[str, dict] = {}
        for m in mentions:
            cands = m.get("cands") or []
            if m["role"] != "place" or m.get("kind") != "admin1" or m.get("cc") \
                    or any(c.get("kind") in {"admin1", "admin2"} for c in cands):
                continue
            area = area_place(m["surface"] + " Province")
            if area is not None:
                m["cands"] = [area]
                found[plain(m["surface"])] = area
        if not found:
            return
        for m in mentions:
            area = found.get(plain(m["surface"]))
            cands = m.get("cands") or []
            if area is not None and m["role"] == "place" and not m.get("kind") and cands \
                    and cands[0].get("kind") in SETTLEMENT_KINDS \
                    and cands[0].get("country") != area.get("country"):
                m["cands"] = [dict(area, why=area["why"] + "; the province the text names so")]

    def _parts_of_cities(self, mentions: list[dict]) -> None:
        """'North Dallas' read as a village that GeoNames also calls so (Dallesport, 'North
        Dalles'): a compass word before a well-known city's own name is a part of that city
        when no place of importance bears the whole name as its own. The mention keeps its
        span and reads the city."""
        for m in mentions:
            cands = m.get("cands") or []
            if m["role"] != "place" or m.get("cc") or m.get("abbrev") or m["n_tokens"] < 2:
                continue
            first = self.toks[m["tok"]]
            if first.lower not in _COMPASS:
                continue
            whole = plain(m["surface"])
            if any(plain(c.get("name") or "") == whole or (c.get("importance") or 0.0) >= _OTHER_NAME_MINOR
                   for c in cands):
                continue  # "South Sudan", "West Virginia", "East London": the place of that name
            rest = self.text[self.toks[m["tok"] + 1].start:m["end"]]
            city = [dict(c, why=c.get("why", "") + f"; {m['surface']!r} is a part of {c['name']}")
                    for c in self.candidates(rest, None)
                    if c.get("name_similarity", 0) >= 1.0 and plain(c.get("name") or "") == plain(rest)
                    and c.get("kind") in {"city", "town"} and (c.get("importance") or 0.0) >= _PART_OF_CITY_IMPORTANCE]
            if city:
                m["cands"] = city
                m["part_of_city"] = True

    def _feature_head_left_out(self, m: dict) -> tuple[int, int, str, tuple] | None:
        """(first token, last token, head word, kinds that are the feature) of the whole
        feature name around ``m``, or None. The head word is capitalised and written beside the
        name ("Lake Erie", "Erie Lake"; "Gulf of Aden" with its "of")."""
        toks = self.toks
        first, last = m["tok"], m["tok"] + m["n_tokens"] - 1
        if last + 1 < len(toks):
            t = toks[last + 1]
            kinds = () if t.lower in FEATURE_HEADS_AROUND_TOWN else FEATURE_HEADS_AFTER.get(t.lower)
            # ("the Presevo valley": prose writes the land around a town in lower case too; a
            # water's head in lower case, "the Gao river port", qualifies a noun)
            if kinds is not None and (t.text[:1].isupper() or t.lower in FEATURE_HEADS_AROUND_TOWN) \
                    and t.sentence == toks[last].sentence \
                    and self._adjacent(toks[last], t) \
                    and (t.lower not in STREET_ABBREVIATIONS or self._street_written_short(last + 1)):
                return first, last + 1, t.text, kinds
        if first >= 1:
            t = toks[first - 1]
            of = None
            if t.lower == "of" and first >= 2:
                of, t = t, toks[first - 2]
            kinds = FEATURE_HEADS_BEFORE.get(t.lower)
            if kinds is not None and t.text[:1].isupper() and t.sentence == toks[first].sentence \
                    and (of is None or (self._adjacent(t, of) and self._adjacent(of, toks[first]))) \
                    and (of is not None or self._adjacent(t, toks[first])):
                return first - (2 if of is not None else 1), last, t.text, kinds
        return None

    def _street_written_short(self, i: int) -> bool:
        """Is token i a street's kind written short ("St", "Rd": STREET_ABBREVIATIONS) with its
        full stop right after it, and no capitalised word of the sentence after that ("69 Wooster
        St., stood", "15 Durban Rd. in")? "Fort St. John", "Lake St. Clair": there "St." is a
        saint's, the start of the name's next word."""
        toks = self.toks
        if i + 1 >= len(toks) or toks[i + 1].text != "." or toks[i + 1].start != toks[i].end:
            return False
        after = toks[i + 2] if i + 2 < len(toks) else None
        return after is None or after.sentence != toks[i].sentence or not after.text[:1].isupper()

    def _rivers_by_the_words_before_them(self, mentions: list[dict]) -> None:
        """'troops moved along the Niger', 'the left bank of the Dnipro', 'up the Congo': a name
        after "the" and a word that says a river (_RIVER_CUE_BEFORE_THE, '<bank> of the') is the
        river of the name where the built-in areas have one ("Niger River"), not the country, the
        province or the town of the name; so is "the <name>'s left bank". The weak cues 'on the'
        and 'across the' decide so over a country reading only with a word of boats or bridges in
        the sentence, or opening an apposition to a place."""
        for m in mentions:
            cands = m.get("cands") or []
            if m["role"] != "place" or not cands or m.get("cc") or m.get("tok") is None \
                    or cands[0].get("kind") == "river":
                continue
            prev = self.prev_word(m["tok"], 3)
            if len(prev) < 2 or prev[-1].text != "the":
                continue
            cue = prev[-2].lower
            if self._bank_after_a_possessive(m):
                # "to the Niger's northern bank": a country has no banks ("the Niger's central
                # bank" is none of these words)
                river = self._river_of_the_name(m["surface"])
                if river is not None:
                    river["why"] = river.get("why", "") + "; a river, whose bank the text names"
                    m["cands"] = [river]
                continue
            strong = cue in _RIVER_CUE_BEFORE_THE or (
                cue == "of" and len(prev) == 3 and prev[-3].lower in _RIVER_PART_NOUNS) or (
                # "Ayorou, on the Niger": a place's location told in apposition, on a river's bank
                cue in _RIVER_WEAK_CUE_BEFORE_THE and len(prev) == 3 and prev[-3].text == ","
                and self._place_mention_ends_at(mentions, prev[-3].start))
            if not strong and cue not in _RIVER_WEAK_CUE_BEFORE_THE:
                continue
            nxt = self.next_tokens(m["tok"] + m["n_tokens"] - 1, 1)
            if nxt and (nxt[0].text[:1].isupper() or nxt[0].text in ("'", "’", "-")
                        or (nxt[0].is_word and nxt[0].lower not in _AFTER_A_RIVER)):
                continue  # "along the Niger border", "across the Congo's east": the name qualifies what follows
            river = self._river_of_the_name(m["surface"])
            if river is None:
                continue
            if not strong and cands[0].get("kind") == "country" and not self._boats_in_sentence(m):
                continue
            river["why"] = river.get("why", "") + f"; a river after '{cue} the'"
            m["cands"] = [river]

    def _bank_after_a_possessive(self, m: dict) -> bool:
        """Is the name written in the possessive before a river's bank ("the Dnipro's left bank",
        "the Niger's banks"): "'s", at most one word of _BANK_SIDES, then a _RIVER_BANK_NOUNS word?"""
        nxt = self.next_tokens(m["tok"] + m["n_tokens"] - 1, 4)
        if len(nxt) < 3 or nxt[0].text not in ("'", "’") or nxt[1].lower != "s" or nxt[0].start != m["end"]:
            return False
        rest = nxt[2:]
        if rest[0].lower in _BANK_SIDES and len(rest) > 1:
            rest = rest[1:]
        return rest[0].lower in _RIVER_BANK_NOUNS

    @staticmethod
    def _place_mention_ends_at(mentions: list[dict], end: int) -> bool:
        """Does a place mention end right at ``end`` (before the comma of an apposition)?"""
        return any(o.get("end") == end and o["role"] == "place" and o.get("cands") for o in mentions)

    @staticmethod
    def _river_of_the_name(name: str) -> dict | None:
        """The built-in river called ``name``, '<name> River' or 'River <name>', or None."""
        for spelled in (name, f"{name} River", f"River {name}"):
            river = area_place(spelled, river=True)
            if river is not None:
                return river
        return None

    def _boats_in_sentence(self, m: dict) -> bool:
        """Does the mention's sentence hold a word of boats or bridges (_WORDS_OF_BOATS)?"""
        sentence = self.toks[m["tok"]].sentence
        return any(t.sentence == sentence and t.lower in _WORDS_OF_BOATS for t in self.toks)

    def _features_without_their_head_word(self, mentions: list[dict]) -> None:
        """Keep only the readings that are the feature the whole name says; with none left the
        mention is the whole name, without a point, and says why."""
        for m in mentions:
            cands = m.get("cands") or []
            if m["role"] != "place" or not cands or m.get("cc") or m.get("abbrev"):
                continue
            if self._head_word_before_its_name(m, mentions) or self._head_word_after_an_unknown_name(m, mentions):
                continue
            found = self._feature_head_left_out(m)
            if not found:
                continue
            lo, hi, head, kinds = found
            start, end = self.toks[lo].start, self.toks[hi].end
            others = [o for o in mentions if o is not m and o["start"] < end and start < o["end"]]
            if any(o["start"] < start or o["end"] > end or (o["start"] < m["end"] and m["start"] < o["end"])
                   for o in others):
                continue  # the head word belongs to a longer mention
            word = plain(head).rstrip(".")
            if word in FEATURE_HEADS_AROUND_TOWN:
                # ("Peace River Valley" is the river's valley: the town of that name is left alone)
                if cands[0].get("kind") in SETTLEMENT_KINDS \
                        and self.toks[m["tok"] + m["n_tokens"] - 1].lower not in FEATURE_HEADS_AFTER:
                    # "San Fernando Valley": the land around the town, read at the town
                    for o in others:
                        o["drop"] = True
                    for c in cands:
                        c["why"] = c.get("why", "") + f"; the {word} around {c['name']}"
                    # (the span grows once the reading is accepted: acceptance judges the town's name)
                    m["around_town"] = (start, end, lo, hi - lo + 1)
                else:
                    for o in others:
                        o["drop"] = True  # "Valley" of "Peace River Valley" read alone: a word of its name
                continue
            keep = [c for c in cands if c.get("kind") in kinds or word in plain(c.get("name") or "").split()]
            if not keep and word in ISLAND_HEADS:
                keep = self._units_named_as_the_islands(m, cands, word)
                if keep:
                    # "the Batanes Islands": the whole name is the mention ("Islands" read alone
                    # is a word of it, no place)
                    for o in others:
                        o["drop"] = True
                    m["islands_unit"] = word
                    m.update(start=start, end=end, surface=self.text[start:end], tok=lo, n_tokens=hi - lo + 1,
                             cands=keep)
                    continue
            if keep:
                m["cands"] = keep
                continue
            japanese = self._japanese_island(m["surface"], word, cands) if word == "island" else []
            if japanese:
                # "Miyako Island": Miyakojima, not the island at Miyako, a town of Honshu
                for o in others:
                    o["drop"] = True
                m.update(start=start, end=end, surface=self.text[start:end], tok=lo, n_tokens=hi - lo + 1,
                         cands=japanese, islands_unit=word)
                continue
            if self._water_at_the_town(m, cands, word, start, end, lo, hi, others):
                continue
            for o in others:
                o["drop"] = True  # "Bay" of "Islington Bay" read alone: a word of the feature's name
            best = cands[0]
            surface = self.text[start:end]
            m["unresolved"] = (f"no place called {surface!r} in the index; {best['name']} "
                               f"({best.get('country') or best.get('kind')}) is not the "
                               f"{STREET_ABBREVIATIONS.get(head.lower(), head.lower())}")
            m.update(start=start, end=end, surface=surface, tok=lo, n_tokens=hi - lo + 1, cands=[])

    def _japanese_island(self, name: str, word: str, readings: list[dict]) -> list[dict]:
        """The readings of an island of Japan that ``name`` + ``word`` names, where the index holds
        it by the Japanese name with its word for island ('Miyako island' is Miyakojima, 'Tokuno
        island' Tokunoshima: JAPANESE_ISLAND_SUFFIXES), spelled as the text spells it. A Japanese
        name that is another name of a reading the name has alone ('Ishigakijima' of Ishigaki)
        adds nothing: the rules of an island at its town judge it. [] for none. (An island the
        index holds as '<name> Island' is read whole: lower_case_heads, or the scan.)"""
        if word != "island" or " " in name.strip():
            return []
        for suffix in JAPANESE_ISLAND_SUFFIXES:
            spelled = name + suffix
            if not self.has_name(spelled):
                continue
            found = [c for c in self.candidates(spelled, None)
                     if c.get("country") == "JP" and c.get("name_similarity", 0.0) >= 1.0 and c.get("lat") is not None]
            if any(c.get("gazetteer_id") in {r.get("gazetteer_id") for r in readings} for c in found):
                return []
            if found:
                for c in found:
                    c["why"] = c.get("why", "") + f"; {name!r} island, '{spelled}' in Japanese"
                return found
        return []

    @staticmethod
    def _units_named_as_the_islands(m: dict, cands: list[dict], word: str) -> list[dict]:
        """'the Batanes Islands', 'the Batanes islands': islands the index lacks by that name,
        whose name is a province's or district's own (Batanes, the province of those islands),
        are that unit, not some town of the name: an island province is named after its islands.
        Only a unit spelled as the text spells the name; the readings it leaves, with a note."""
        units = [c for c in cands if c.get("kind") in {"admin1", "admin2"}
                 and c.get("name_similarity", 0.0) >= 1.0 and plain(c.get("name") or "") == plain(m["surface"])]
        for c in units:
            c["why"] = c.get("why", "") + f"; the {word} of the province of that name"
        return units

    def _islands_in_lower_case(self, mentions: list[dict]) -> None:
        """'sent two frigates to the Batanes islands': the text writes the head word in lower case
        (so the scan stopped before it): the name is the province or district of the islands
        where the index holds one spelled so (_units_named_as_the_islands); the head word, as a
        province's kind word does, says the name is a place. Other names are left to the other
        rules (a built-in 'Spratly Islands' is read whole: _areas_with_a_lower_case_head_word)."""
        for m in mentions:
            cands = m.get("cands") or []
            if m["role"] != "place" or not cands or m.get("cc") or m.get("abbrev") or m.get("tok") is None:
                continue
            last = m["tok"] + m["n_tokens"] - 1
            nxt = self.next_tokens(last, 1)
            if not nxt or nxt[0].lower not in ("island", "islands") or not nxt[0].text[:1].islower() \
                    or nxt[0].sentence != self.toks[last].sentence or not self._adjacent(self.toks[last], nxt[0]):
                continue
            japanese = self._japanese_island(m["surface"], nxt[0].lower, cands)
            if japanese:
                # "moved missiles to Miyako island": Miyakojima, not Miyako, a town of Honshu (the
                # word in lower case stays out of the mention, as a province's kind word does)
                m.update(cands=japanese, islands_unit=nxt[0].lower)
                continue
            if nxt[0].lower not in ISLAND_HEADS:
                continue
            units = self._units_named_as_the_islands(m, cands, nxt[0].lower)
            if units:
                m["cands"] = units
                m["islands_unit"] = nxt[0].lower

    def _head_word_before_its_name(self, m: dict, mentions: list[dict]) -> bool:
        """'the Gulf of Urabá', 'Lake of the Woods': a feature's head word read alone as a place
        ('Gulf' as Gulf Province, Papua New Guinea), written before "of" and a capitalised name
        that no mention reads, is the head of the feature's name (FEATURE_HEADS_BEFORE): the
        mention becomes the whole name without a point, as "Lake Maracaibo" is where the index
        lacks the lake. True when so read. (Where a mention reads the name after "of", the
        head word is its: _feature_head_left_out.)"""
        if m.get("n_tokens") != 1 or m["surface"].lower() not in FEATURE_HEADS_BEFORE:
            return False
        toks = self.toks
        i = m["tok"]
        if i + 2 >= len(toks):
            return False
        of, name = toks[i + 1], toks[i + 2]
        if of.lower != "of" or not name.is_word or not name.text[:1].isupper() \
                or not (self._adjacent(toks[i], of) and self._adjacent(of, name)):
            return False
        if any(o is not m and o.get("tok") is not None and o["tok"] <= i + 2 < o["tok"] + o.get("n_tokens", 1)
               for o in mentions):
            return False  # the name after "of" is read: its own feature words judge it
        last = i + 2
        while last + 1 < len(toks) and toks[last + 1].is_word and toks[last + 1].text[:1].isupper() \
                and self._adjacent(toks[last], toks[last + 1]):
            last += 1
        best = (m.get("cands") or [{}])[0]
        surface = self.text[m["start"]:toks[last].end]
        m["unresolved"] = (f"no place called {surface!r} in the index; {best.get('name') or m['surface']} "
                           f"({best.get('country') or best.get('kind')}) is not the {m['surface'].lower()}")
        m.update(end=toks[last].end, surface=surface, n_tokens=last - i + 1, cands=[])
        return True

    def _head_word_after_an_unknown_name(self, m: dict, mentions: list[dict]) -> bool:
        """'Easter Island': a feature's head word (FEATURE_HEADS_AFTER) read alone as a place
        ('Island' as Iceland, by its own name Ísland) right after a capitalised word that no
        mention reads is the head of the feature's name: the mention becomes the whole name
        without a point, as "Wake Island" is where the index lacks the island. True when so
        read (s28m: a ship sailing to Easter Island went to Iceland)."""
        if m.get("n_tokens") != 1 or m["surface"].lower() not in _WATER_AND_ISLAND_HEADS or not m["surface"][:1].isupper():
            return False
        toks = self.toks
        i = m["tok"]
        first = i
        while first > 0 and toks[first - 1].is_word and toks[first - 1].text[:1].isupper() \
                and self._adjacent(toks[first - 1], toks[first]) and not toks[first - 1].first_in_sentence:
            first -= 1
        if first == i:
            return False  # (no name before it, or only a sentence's first word)
        if any(o is not m and o.get("tok") is not None and o["tok"] < i and o["tok"] + o.get("n_tokens", 1) > first
               for o in mentions):
            return False  # the name before is read: its own feature words judge it (_feature_head_left_out)
        best = (m.get("cands") or [{}])[0]
        surface = self.text[toks[first].start:m["end"]]
        m["unresolved"] = (f"no place called {surface!r} in the index; {best.get('name') or m['surface']} "
                           f"({best.get('country') or best.get('kind')}) is not the {m['surface'].lower()}")
        m.update(start=toks[first].start, surface=surface, tok=first, n_tokens=i - first + 1, cands=[])
        return True

    def _water_at_the_town(self, m: dict, cands: list[dict], word: str, start: int, end: int, lo: int, hi: int,
                           others: list[dict]) -> bool:
        """"<town> Bay" (harbour) with no water of that name in the index, the town's own name read
        exactly: the bay the town lies on, read at the town (FEATURE_HEADS_AT_TOWN); the mention
        grows to the whole name once accepted, as "<town> Valley" does. True when so read."""
        if word not in FEATURE_HEADS_AT_TOWN:
            return False
        towns = [c for c in cands if c.get("kind") in SETTLEMENT_KINDS
                 and plain(c.get("name") or "") == plain(m["surface"])
                 and (c.get("importance") or 0.0) >= WATER_AT_TOWN_IMPORTANCE]
        if not towns:
            return False
        for o in others:
            o["drop"] = True
        best = cands[0]
        # (kept only where the text backs the town, Acceptance._water_at_an_unbacked_town; else the
        # whole name is left without a point, as when no town is read, and this says why)
        m["water_at_town"] = (f"no place called {self.text[start:end]!r} in the index; {best['name']} "
                              f"({best.get('country') or best.get('kind')}) is not the {word}")
        m["cands"] = towns
        for c in m["cands"]:
            c["why"] = c.get("why", "") + f"; the {word} at {c['name']} (no {word} of that name in the index)"
        m["around_town"] = (start, end, lo, hi - lo + 1)
        return True

    def _grow_to_the_land_around(self, mentions: list[dict]) -> None:
        """An accepted town read for "<town> Valley" becomes the mention of the whole name."""
        for m in mentions:
            found = m.pop("around_town", None)
            if found and not m.get("drop") and m.get("cands"):
                start, end, tok, n = found
                m.update(start=start, end=end, tok=tok, n_tokens=n, surface=self.text[start:end])
                head = self.toks[tok + n - 1].lower
                if head in FEATURE_HEADS_AROUND_TOWN and m.get("relation") is None:
                    # the valley is the land around the town, no point of it: seen as "the
                    # countryside of X" is (ACLED's precision 2, near), anchored on the town
                    m["relation"] = {"type": "countryside", "area": head, "phrase_start": start, "phrase_end": end}

    def _grow_to_part_of_city(self, m: dict) -> bool:
        """'East Aleppo' found as 'Aleppo' with its compass word left out: the east of a
        well-known city is part of it; the mention grows to the whole name and keeps the city.
        True when it grew."""
        q = m.get("qualifier_left_out")
        cands = m.get("cands") or []
        if q is None or not cands or self.toks[q].lower not in _COMPASS:
            return False
        best = cands[0]
        if best.get("kind") not in {"city", "town"} or (best.get("importance") or 0.0) < _PART_OF_CITY_IMPORTANCE \
                or plain(best.get("name") or "") != plain(m["surface"]):
            return False
        start = self.toks[q].start
        surface = self.text[start:m["end"]]
        best["why"] = best.get("why", "") + f"; {surface!r} is a part of {best['name']}"
        m.update(start=start, surface=surface, tok=q, n_tokens=m["n_tokens"] + 1, part_of_city=True)
        m.pop("qualifier_left_out", None)
        return True

    # the adjectives of a compass point that, after "the", part an area ("the southern Andes")
    _COMPASS_ADJECTIVES = frozenset("northern southern eastern western central north-eastern north-western "
                                    "south-eastern south-western northeastern northwestern southeastern "
                                    "southwestern".split())

    def _area_after_the_and_a_compass_word(self, mentions: list[dict]) -> None:
        """'protests spread across the southern Andes', read as Andes, a Colombian town: "the"
        and a compass adjective before a bare name part an area (a range, a region: "the
        northern Caucasus", "the eastern Sahel"); prose does not write a town so without a
        noun after it ("the eastern Aleppo countryside" qualifies the noun). A settlement reading
        less known than _PART_OF_CITY_IMPORTANCE gives way to an area reading of the name, or,
        with none, the mention keeps no point: the index lacks the area."""
        for m in mentions:
            cands = m.get("cands") or []
            if m.get("drop") or not cands or m["role"] != "place" or m.get("tok") is None or m.get("kind") \
                    or cands[0].get("kind") not in SETTLEMENT_KINDS \
                    or (cands[0].get("importance") or 0.0) >= _PART_OF_CITY_IMPORTANCE:
                continue
            prev = self.prev_word(m["tok"], 2)
            if len(prev) < 2 or prev[-2].text != "the" or prev[-1].lower not in self._COMPASS_ADJECTIVES \
                    or not prev[-1].text[:1].islower():
                continue
            nxt = self.next_tokens(m["tok"] + m["n_tokens"] - 1, 1)
            if nxt and nxt[0].is_word and nxt[0].text[:1].islower() and nxt[0].lower not in _LINKING_WORDS:
                continue  # ("the eastern Aleppo countryside": the name qualifies the noun after it)
            area = next((c for c in cands if c.get("kind") in _AREA_READINGS and c.get("lat") is not None), None)
            if area is not None:
                cands.remove(area)
                area["why"] = area.get("why", "") + f"; an area, after 'the {prev[-1].lower}'"
                cands.insert(0, area)
                continue
            m["unresolved"] = (f"after 'the {prev[-1].lower}' the name is an area (a range or a region) the "
                               f"index lacks; {cands[0]['name']} ({cands[0].get('country')}) is a settlement")
            m["cands"] = []

    def _a_leading_the(self, mentions: list[dict]) -> None:
        """'The Atlantic flyway ...' opening a sentence: the article is no part of the ocean's
        name and leaves the span; 'a video by The Atlantic' mid-sentence: a capitalised "The"
        before a place's name is a title (a magazine, a film), no place. Names that own their
        article ("The Hague", "The Gambia") are left alone."""
        for m in mentions:
            cands = m.get("cands") or []
            if m.get("drop") or not cands or m.get("tok") is None or m["n_tokens"] < 2 \
                    or self.toks[m["tok"]].text != "The":
                continue
            if plain(cands[0].get("name") or "").startswith("the ") or plain(cands[0].get("matched_name") or "").startswith("the "):
                continue
            first = self.toks[m["tok"]]
            if first.first_in_sentence or self._in_headline(first.start):
                nxt = self.toks[m["tok"] + 1]
                m.update(start=nxt.start, surface=self.text[nxt.start:m["end"]], tok=m["tok"] + 1,
                         n_tokens=m["n_tokens"] - 1)
            else:
                m["drop"] = True
