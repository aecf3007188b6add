"""Stage 7, acceptance: a weak match is kept only with support from the text ('in X', a
kind word, a relative phrase, other places near it); else it is dropped."""

from __future__ import annotations

import re


from ..dates import MONTHS, WEEKDAYS
from ..distance import KM_PER_DEGREE_LATITUDE, Gaps, haversine_km
from ..gazetteer import name_key
from ..gazetteer.kinds import KIND_FAMILY, KIND_WORDS
from ..io.language import english_zipf
from ..names import plain
from ..textutil import ARROW_CHARACTERS, Token, arrow_role, line_start_near
from ..wordlists import (
    CHURCH_WORDS, COPULA_VERBS, HOSTING_AUXILIARIES, HOSTING_VERBS, MEETING_NOUNS,
    APPOSITION_PLACE_NOUNS, BOUND_FOR_VERBS, CONNECTORS, GIVEN_NAMES, HANDING_PARTICLES, HANDING_TO_VERBS, HANDING_VERBS, KIND_AFTER, LOCAL_BODY_NOUNS, FORCE_NAME_NOUNS, FORCE_NAME_OPENERS,
    LOCAL_OFFICE_TITLES, LOCATIVE_PREPS, CHANGING_HANDS_VERBS, FALL_BACK_VERBS, ON_GOAL_VERBS, TRAINING_SITE_PHRASES, OF_PLACE_NOUNS, ORG_SUFFIXES, PLURAL_PLACE_NOUNS, SAINT_WORDS, UNIT_WORDS,
)
from .letters import ascii_spelling
from .flights import airline_named_for_its_country
from .org_names import FIGHTER_NOUNS
from .other_names import another_name_of_the_place_before
from .appositions import town_apposition_after
from .similarity import plain_spelling_similarity, town_by_its_english_spelling
from .words import FACILITY_KINDS, INSTALLATION_HEADS, installation_name, installation_own_name, is_common_word, \
    is_everyday_word, opens_an_installation_name, SETTLEMENT_KINDS
from .unknown_parts import ToldIn
from ..regex_cache import CompiledPatterns


# an arrow between two places supports a name as "to" and "from" do: "Kherson → Skadovsk"
# (textutil.arrow_role, asked with the reach of 6 characters this support was written with)
_ARROW_REACH = 6
_ONE_READING_IMPORTANCE = 0.55  # a town of ~30,000+ that alone bears its name needs no other support
# ... written as it bears it, by its own name or a spelling of it this close ('Hpakant' of Hpākān, 0.92)
_ONE_READING_OWN_SPELLING = 0.85
# a city of ~200,000+ (Gaza 0.66) whose own name heads "militants", "rebels": the place they fight
# from; a lesser namesake of a group's name ("Wagner", "Azov") does not take it
_ARMED_MEN_IMPORTANCE = 0.6
# how many words after 'hosted' its meeting noun may stand ("hosted a second round of talks")
MEETING_WINDOW = 5
# ... and a city at least this important (~100,000 people) hosting one is read even where its
# name is a word English writes often ("Geneva", "Hague": see Acceptance._subject_of_a_copula)
HOST_CITY_IMPORTANCE = 0.6
_COPULA_SUBJECT_IMPORTANCE = 0.4  # a town of ~5,000+ named as a sentence's subject ("X is quiet")
_PATTERNS = CompiledPatterns("mentions-acceptance")  # (kept code: ~1 M instructions a pattern otherwise)
# ... with a relative aside between the name and its verb, set off by commas: "Kassala, which the
# militia had held since 2023, was entered on Saturday" (read83: the name opening the sentence was
# dropped, and the passive had no subject; an apposition, "Bodo, the old air base town, is ...",
# is left to the other supports: tests/test_places27.py)
_ASIDE_THEN_COPULA = _PATTERNS.compile(r"\s*,\s*(?:which|where)\b[^,;.()\n]{1,100},\s*(?:"
                                       + "|".join(sorted(COPULA_VERBS)) + r")\b")

# A settlement below this importance is not read by another of its names that English writes
# (at least this often, Zipf): see Acceptance._everyday_alias.
ALIAS_IMPORTANCE = 0.7
# how near a place of the words' own name must lie to a settlement holding them as an alias for
# the words to name it (Diego Garcia's base lies 7 km from the atoll's village of that alias)
OWN_NAME_BESIDE_ALIAS_KM = 30.0
ALIAS_ZIPF = 3.0


# a part of a settlement named with its possessive ("Giza's Haram district") lies at most this far
# from the settlement's point (see Acceptance._possessor_place_far)
POSSESSED_PART_KM = 100.0
# ... told so by the word after the name (or a province's kind word)
PART_OF_PLACE_WORDS = frozenset("""
district districts neighbourhood neighborhood quarter suburb suburbs area township borough ward
""".split())

# the heads of installations (words.INSTALLATION_HEADS) named after a person more often than
# after the town they stand at ("Camp Pendleton", "Fort Bragg"; but "Naval Station Everett",
# "Joint Base X" after their towns): see Acceptance._installation_read_as_an_unbacked_town
PERSON_NAMED_INSTALLATION_HEADS = (("camp",), ("fort",), ("ft",), ("ft.",))
# the last words of those heads: a mention whose word before is none of them opens no such name
# (asked of every mention acceptance weighs: one set look-up, not a walk over the heads)
_INSTALLATION_HEAD_ENDS = frozenset(head[-1] for head in PERSON_NAMED_INSTALLATION_HEADS)

# the support of a name that only its reading's nearness to the text's other places gives
NEAR_OTHER_PLACES = "near other places in the text"

# A base or camp named after a person ("the Miguel de Cervantes base near Marjayoun", "the Simon
# Bolivar camp outside Kidal") that the text writes beside a place it names: the index's reading of
# the surname (Cervantes Airport, Western Australia) is a namesake when it lies this far from that
# place; the base is where the text puts it (see Acceptance._person_named_base_near)
PERSON_BASE_NEAR_KM = 150.0
# the words after the base's kind word that put it beside the place named next
NEAR_WORDS_AFTER_A_BASE = (("near",), ("outside",), ("close", "to"), ("next", "to"))
# lower-case particles between a given name and a surname ("Miguel de Cervantes", "Vasco da Gama")
NAME_PARTICLES = frozenset("de da del di do dos das van von der bin ibn".split())

# A one-word name in the possessive before a lower-case noun ("Johnson's battalion", "Taylor's
# company"), read only as a place less known than this (a town of ~100,000: Taylor, Michigan
# 0.58) and written by English at least this often (Zipf: Smith 4.9, Johnson 4.7, Abbott 3.8;
# the towns of conflict reports are rarely English words, Bakhmut and Goma have no Zipf),
# is a person's (see Acceptance._possessor_named_like_a_lesser_place); such a word before a
# capitalised everyday word is the head of a longer name (_everyday_name_read_as_a_lesser_place)
POSSESSOR_PLACE_IMPORTANCE = 0.6
EVERYDAY_NAME_ZIPF = 3.5

# Adverbs (of time, of manner) written right after a place's name, which then qualifies no
# noun: "militants attacked X overnight", "the column entered Y unopposed" (see _one_reading)
ADVERBS_AFTER_A_PLACE = frozenset("""
overnight yesterday tonight tomorrow today earlier later afterwards afterward recently
meanwhile briefly twice again since unopposed undetected unannounced unchallenged
""".split())


# verbs of attacking, whose object is as often a person ("Gunmen attacked Taylor") or a force
# ("attacked Wagner convoys") as a place, so they are no LOCATIVE_PREPS; only a bare one-word name
# no English word spells is taken for a place after them (see Acceptance._object_of_an_attack)
ATTACK_VERBS = frozenset("attacked attacking".split())
# (an English word at least this common, as Zipf counts, is read as a person's or a thing's name
# after them: "taylor" 3.9; the towns of conflict reports are no English words: Oicha, Beni)
ATTACKED_NAME_ZIPF = 3.0
# a list after such a verb ("attacked Beni, Oicha and Eringeti"): at most this many names before
# the one asked about, each of at most this many capitalised words (gaz85)
ATTACKED_LIST_ITEMS = 4
ATTACKED_LIST_NAME_WORDS = 3
_ATTACK_LIST_JOINERS = frozenset({"and", "or", ","})
_ATTACK_LIST_SETTLEMENT_WORDS = frozenset("town village city".split())
# lower-case words after such a name that open the rest of the sentence, no noun it qualifies
_CLAUSE_OPENERS = frozenset("""
on in at near from to with and or but as when while after before during since until for by
which who where that late early last this
""".split())


# the kind of local government written between a place's name and "Council" ("X City Council",
# "Y County Council"): the body is the council of the named place ("State", "National",
# "Security" name no place's council and are not here)
COUNCIL_OF_A_PLACE_KINDS = frozenset("""
city county borough district town municipal metropolitan regional provincial parish shire
""".split())


# a town a camp is named after ("the Jenin refugee camp") is at least this important (a few
# thousand people): "camp" after a name supports no hamlet of the name (see _camp_word_of_a_hamlet)
CAMP_TOWN_IMPORTANCE = 0.3

# a reading this close (edge to edge) to a place another name of the text put there is supported
NEAR_OTHER_PLACES_KM = 150

# the first words of the installation heads of two words or more ("naval" of "Naval Station"):
# a mention opens such a head only if its first word is one of them (see _installation_head_word)
# facility nouns that name a town's own facility with "of" ("the Port of Savannah")
_FACILITY_OF_WORDS = frozenset({"port", "harbour", "harbor"})
# the words one of which ends the words before a name that Acceptance._handed_over reads as a cue
_HANDING_CUES = HANDING_VERBS | HANDING_TO_VERBS | HANDING_PARTICLES | frozenset(CHANGING_HANDS_VERBS)
_INSTALLATION_FIRST_WORDS = frozenset(head[0] for head in INSTALLATION_HEADS if len(head) > 1)


def _place_cells(text: str) -> list[tuple[int, int, str]]:
    """read.header_table.place_cells of ``text``: the "From" and "To" cells of a table's rows.

    why the test first: a table's cells are split at bars or tabs (header_table.header_rows
    returns no row for a text with neither, before it reads a line), and importing
    read.header_table imports the whole reading package (geomove.read's __init__), ~0.1 CPU s
    a ``places`` process that never reads a movement; none of the 380 dev texts has a bar or
    a tab, so the package is imported only for a text that may hold a table."""
    if "|" not in text and "\t" not in text:
        return []
    from ..read.header_table import place_cells  # (read's table layout; imported when first asked)
    return place_cells(text)


# how many tokens back a later member of a list after "<noun> including" looks for that word
# (three names of up to two words each, their commas and "and")
LIST_BACK_TOKENS = 12


class _TextPoints:
    """The text's context points (lat, lon, name key, radius km), asked "is a reading within
    NEAR_OTHER_PLACES_KM of a point some other name put there?" once per accepted mention.

    A news report has a few points and is asked with the plain loop. A section of a long text
    has hundreds, and the loop over them for each of its hundreds of mentions grew with the
    square of the section's places: there every distinct point is measured once by numpy
    (:class:`geomove.distance.Gaps`, the same floats as the loop: the smallest of
    ``haversine_km(reading, point) - radius`` is below the bar exactly when some point is)."""

    def __init__(self, points):
        self.points = points
        self._gaps = None
        self._answers: dict[tuple, bool] = {}
        if len(points) >= Gaps.NUMPY_FROM:
            keys_at: dict[tuple, set] = {}
            for la, lo, k, u in points:
                keys_at.setdefault((la, lo, u), set()).add(k)
            self._gaps = Gaps(list(keys_at))
            self._only: dict[str, list[int]] = {}  # name -> the points that name alone put there
            for i, ks in enumerate(keys_at.values()):
                if len(ks) == 1:
                    self._only.setdefault(next(iter(ks)), []).append(i)
            self._without: dict[str, Gaps] = {}

    def near_other(self, lat: float, lon: float, own: str) -> bool:
        key = (lat, lon, own)
        answer = self._answers.get(key)
        if answer is None and self._gaps is None:  # (a text repeats its names and their readings)
            answer = self._answers[key] = self._near_by_loop(lat, lon, own)
        elif answer is None:
            others = self._without.get(own)
            if others is None:
                others = self._without[own] = self._gaps.without(self._only.get(own, ()))
            # (max(0, gap) < the bar exactly when gap is: the bar is positive)
            answer = self._answers[key] = bool(others) and others.smallest(lat, lon, 0.0) < NEAR_OTHER_PLACES_KM
        return answer

    def _near_by_loop(self, lat: float, lon: float, own: str) -> bool:
        """``any(k != own and haversine_km(lat, lon, la, lo) - u < NEAR_OTHER_PLACES_KM for la, lo,
        k, u in points)``, the same answer: a point farther in latitude alone than the bar (and a
        kilometre, far more than the floats can err) is not measured."""
        bar = NEAR_OTHER_PLACES_KM + 1.0
        for la, lo, k, u in self.points:
            if k != own and abs(la - lat) * KM_PER_DEGREE_LATITUDE - u < bar \
                    and haversine_km(lat, lon, la, lo) - u < NEAR_OTHER_PLACES_KM:
                return True
        return False


def _without_possessive(surface: str) -> str:
    """'Smith' of "Smith's", "Wilson'" or 'Smith'."""
    for tail in ("'s", "’s", "'", "’"):
        if surface.endswith(tail):
            return surface[:-len(tail)]
    return surface


# a name between a possessive and one of these is the name of the force's own unit (a minor
# reading only: _name_of_its_own_unit)
_POSSESSIVES = frozenset(("its", "their", "his", "her", "our"))
_UNIT_NOUNS = frozenset("""unit units battalion battalions brigade brigades regiment regiments squadron squadrons
contingent contingents division divisions flotilla detachment detachments company companies corps task
group""".split())
_OWN_UNIT_NAME_IMPORTANCE = 0.45

# the marks that open a list's item (a bullet, a dash)
_LIST_MARKS = frozenset(("-", "–", "—", "•", "*", "·", "▪", "►"))


class Acceptance:
    """Which matches the text supports as places."""

    def _saint_of_a_church(self, m: dict) -> bool:
        """'the church of St. Peter and St. Paul', 'the Cathedral of Saint Mark': a saint's name
        after "<church> of" (and the saints joined to it by "and") is whom the building is
        dedicated to, not the town of that name."""
        toks = self.toks
        if m.get("tok") is None or toks[m["tok"]].lower not in SAINT_WORDS:
            return False
        after = self.next_tokens(m["tok"] + m["n_tokens"] - 1, 3)
        possessive = m["surface"].endswith(("'s", "’s"))
        if after and after[0].text in ("'", "’"):  # "St. Joseph's", "St. Thomas'"
            possessive, after = True, after[2:] if len(after) > 1 and after[1].lower == "s" else after[1:]
        if possessive and after and after[0].text[:1].isupper() \
                and (after[0].lower in ORG_SUFFIXES or after[0].lower in CHURCH_WORDS):
            return True  # "St. Joseph's Hospital", "St. Mark's Church": the saint a building is named for
        j = m["tok"] - 1
        while j >= 1 and toks[j].sentence == toks[m["tok"]].sentence and m["tok"] - j <= 12:
            t = toks[j]
            if t.lower == "of":
                return toks[j - 1].lower in CHURCH_WORDS
            if not (t.text[:1].isupper() or t.text in (".", ",") or t.lower == "and"):
                return False
            j -= 1
        return False

    def _own_or_listed_name(self, m: dict, best: dict) -> bool:
        """Is the surface (without a leading "The") the place's own name, or the spelling the
        built-in areas list it by ("The Atlantic" opening a sentence)?"""
        said = plain(m["surface"])
        said = said[4:] if said.startswith("the ") else said
        if plain(self.gaz.split_kind(best["name"])[0]) == said or self._whole_own_name(m, best):
            return True
        return (best.get("gazetteer_id") or "").startswith("geomove-area:") \
            and plain(best.get("matched_name") or "") == said

    def _whole_own_name(self, m: dict, best: dict) -> bool:
        """Is the surface, kind word and all, the place's own name, and the place of the kind the
        word says ('Salt Lake City' the city; not 'Central Business District', a town of Canada
        called so, for the business district of a city)?"""
        word_kind = self.gaz.split_kind(m["surface"])[1]
        return bool(word_kind) and plain(m["surface"]) == plain(best.get("name") or "") \
            and best.get("kind") in KIND_FAMILY.get(word_kind, {word_kind})

    def _kind_word_heading_a_name(self, m: dict) -> bool:
        """A kind word read alone as a place where it opens a longer capitalised name ("Camp
        Lejeune", "Base Commander", "State Department"): the index lacks the whole name and
        knows some place called "Camp" (a county, an airport's short form); the word names the
        kind of what follows, not that place."""
        i = m.get("tok")
        if i is None or m["n_tokens"] != 1 or m.get("abbrev") or m["surface"].lower() not in KIND_WORDS:
            return False
        nxt = self.next_tokens(i, 1)
        return bool(nxt) and nxt[0].text[:1].isupper() and self._adjacent(self.toks[i], nxt[0])

    def _facility_of_a_name(self, m: dict) -> bool:
        """A facility's noun read alone as a place where "of" and a capitalised name follow
        ("the Port of Savannah", "the Port of Durban"): the index lacks the whole name and
        knows a village called "Port"; the noun names what belongs to the town after it, which
        is read on its own. (A whole name the index knows, "Port of Spain", is matched whole.)"""
        i = m.get("tok")
        if i is None or m["n_tokens"] != 1 or m.get("abbrev") or m["surface"].lower() not in _FACILITY_OF_WORDS:
            return False
        nxt = self.next_tokens(i, 2)
        return len(nxt) == 2 and nxt[0].text == "of" and nxt[1].text[:1].isupper() \
            and self._adjacent(self.toks[i], nxt[0]) and self._adjacent(nxt[0], nxt[1])

    def _installation_head_word(self, m: dict) -> bool:
        """'Naval' of "Naval Station Norfolk", 'Joint' of "Joint Base Lewis-McChord": the first
        word(s) of an installation's name the index lacks, read as a town of that name (Naval,
        in the Philippines); the words name the kind of what follows, no place."""
        i = m.get("tok")
        if i is None or m.get("abbrev"):
            return False
        words = m["surface"].split()
        if words and words[0].lower() not in _INSTALLATION_FIRST_WORDS:
            return False  # (most names: no head opens with their first word, so none is completed)
        last = i + m["n_tokens"] - 1
        following = []
        prev = self.toks[last]
        for t in self.next_tokens(last, 4):
            if not t.is_word or not self._adjacent(prev, t):
                break
            following.append(t.text)
            prev = t
        return opens_an_installation_name(words, following)

    @staticmethod
    def _kind_word_alone(m: dict, best: dict) -> bool:
        """A kind word written alone ("Parish", "County", "Province": a title's first word or a
        sentence's) read as another place's name by a loose spelling: no place is named."""
        word = m["surface"].lower()
        return m["n_tokens"] == 1 and (word in UNIT_WORDS or word in KIND_AFTER) \
            and (best.get("name_similarity") or 0.0) < 1.0

    def _water_at_an_unbacked_town(self, m: dict, best: dict, support: str | None, text_countries: dict,
                                   mentions: list[dict]) -> bool:
        """A bay read at the town it is named after ("Cam Ranh Bay" at Cam Ranh: features
        FEATURE_HEADS_AT_TOWN) stands only where the text backs the town: its country put there
        by another name or by a demonym, or the town near the text's other places. A bay the index
        lacks is as likely one of another coast ("Islington Bay", Auckland) as one at a famous
        town of that name."""
        if support == NEAR_OTHER_PLACES:
            return False
        if text_countries.get(best.get("country"), set()) - {name_key(m["surface"])}:
            return False
        return best.get("country") not in self._countries_by_demonym(mentions, text_countries)

    def _accept(self, mentions: list[dict], text_countries: dict, points: list) -> None:
        distinct_points = _TextPoints(list(dict.fromkeys(points)))  # a name repeated 2,000 times is one point
        # (the dateline's own reading: "TORRINGTON —" then "Torrington businesses")
        self._dateline_readings = {(name_key(m["surface"].title() if m["surface"].isupper() else m["surface"]),
                                    m["cands"][0].get("gazetteer_id"))
                                   for m in mentions if m["role"] == "dateline" and m.get("cands")}
        # (the countries of those the text names acting at home, "Haitian police": see support)
        by_demonym = self._countries_by_demonym(mentions, text_countries)
        self._home_countries = frozenset(cc for cc, (_, at_home) in by_demonym.items() if at_home)
        # (the countries the text names by a demonym, acting at home or not: a country so named
        # is named, for the seat of a unit so named: _seat_of_a_unit_so_named)
        self._demonym_countries = frozenset(by_demonym)
        for m in mentions:
            cands = m.get("cands") or []
            if not cands or m["role"] not in ("place", "organisation"):
                continue
            best = cands[0]
            # (a town a crossing, base or airport is named after counts as that important:
            # GeoNames has some border towns as villages of 0, Kherson at 66,000 people)
            imp = max(best.get("importance") or 0.0, best.get("lent_importance") or 0.0)
            # (a name as well known as "London" is written as a place whichever namesake the
            # text means: the London of Ontario is no less a place than the famous one)
            fame = max(imp, m.get("name_fame") or 0.0, self._name_fame(m, cands, best))
            if m["role"] == "organisation" and self._council_of_a_named_place(m, best):
                m["role"] = "place"  # "X City Council": the council of the place X, whose name it bears
            # (the name's fame counts for an organisation's word only where the name heads a named
            # body: asked of organisations alone, not of every mention)
            if m["role"] == "organisation" and not self._place_in_org_name(
                    m, best, fame if self._heads_a_named_body(m) else imp) and not (
                    best.get("name_similarity") == 1.0 and best.get("kind") not in FACILITY_KINDS
                    and self._plain_place_words(self.gaz.split_kind(m["surface"])[0])
                    and (m.get("kind") in {"admin1", "admin2"}
                         or self.support(m, best, text_countries, distinct_points)[0] == NEAR_OTHER_PLACES)):
                # "Harbour News", "University College": no place named; but "Laurel County
                # Detention Center" or the "Glasgow Police Department" of a text about Glasgow's
                # surroundings name the place they belong to
                m["drop"] = True
                if best.get("name_similarity") == 1.0 and self._heads_a_named_body(m):
                    m["org_of_a_place"] = True  # (kept if the text names the place alone: see below)
                continue
            if self._saint_of_a_church(m):
                m["drop"] = True  # "the church of St. Peter and St. Paul": the saints it is named for
                continue
            if self._kind_word_alone(m, best):
                m["drop"] = True  # "Parish President X": a kind word, not Paris spelled loosely
                continue
            if self._kind_word_heading_a_name(m):
                m["drop"] = True  # "Camp Lejeune": the first word of a name, not a place called "Camp"
                continue
            if self._facility_of_a_name(m):
                m["drop"] = True  # "the Port of Savannah": the port of the town after, not Port in France
                continue
            if self._installation_head_word(m):
                m["drop"] = True  # "Naval Station Norfolk": its first word, not Naval in the Philippines
                continue
            if self._airline_of_a_country(m, best):
                m["drop"] = True  # "an Emirates flight": the airline, not the United Arab Emirates
                continue
            if self._country_by_a_foreign_variant(m, best):
                m["drop"] = True  # "towards the Litani" read as Lithuania by the French 'Lituanie'
                continue
            if self._everyday_alias(m, best) and not self._installation_by_its_own_name(m, best, text_countries):
                own = self._reading_of_own_name(m, cands)
                if own is None and self._seat_of_a_unit_so_named(m, best, cands, text_countries, distinct_points):
                    # "deployed troops to Durán": the canton's seat, in the country the text names
                    best["why"] = best.get("why", "") + "; the seat of a district of the name, in a country the text names"
                elif own is None:
                    m["drop"] = True  # "Taylor" read as a village once called so: a person, not that village
                    m["everyday_alias"] = True  # (kept where the text gives it as the name of the place before: other_names)
                    continue
                else:
                    # "Diego Garcia": a village of the atoll holds the name only as another of its
                    # names, but a base of the same name is read too: the words name that place
                    cands.remove(own)
                    cands.insert(0, own)
                    own["why"] = own.get("why", "") + f"; its own name, which {best.get('name')!r} holds only as another name"
                    best = own
            if imp < _OWN_UNIT_NAME_IMPORTANCE and self._name_of_its_own_unit(m):
                m["drop"] = True  # "dispatched its Cheonghae anti-piracy unit": the unit's name, no village (s35m)
                continue
            if self._possessor_named_like_a_lesser_place(m, best, mentions):
                m["drop"] = True  # "Johnson's battalion": a person's, not Johnson County
                continue
            support, strong = self.support(m, best, text_countries, distinct_points)
            m["support"] = support
            m["strong_support"] = strong  # (see ListedPlaces._listed_with_supported_places)
            head = self._installation_head_before(m)
            if head and self._installation_read_as_an_unbacked_town(m, best, support, mentions):
                # "Marines from Camp Pendleton": a camp the index lacks, not Pendleton, Oregon;
                # the whole name, without a point, as for a bay the index lacks
                first = m["tok"] - head
                m.update(start=self.toks[first].start, surface=self.text[self.toks[first].start:m["end"]],
                         tok=first, n_tokens=m["n_tokens"] + head, cands=[],
                         unresolved=(f"no installation called {self.text[self.toks[first].start:m['end']]!r} in "
                                     f"the index; {best['name']} ({best.get('admin1') or best.get('country')}) "
                                     f"only bears its name, and nothing in the text puts it there"))
                del m["support"], m["strong_support"]
                continue
            named = self._person_named_base_near(m, best, mentions)
            if named is not None:
                # "the Miguel de Cervantes base near Marjayoun": a base named after a person, no
                # Cervantes Airport of Australia; the whole name, at the place the text puts it near
                first, holder = named
                start = self.toks[first].start
                why = (f"no base called {self.text[start:m['end']]!r} in the index; {best['name']} "
                       f"({best.get('country')}) only bears the surname, far from {holder['surface']}, "
                       f"which the text writes it near")
                m.update(start=start, surface=self.text[start:m["end"]], tok=first,
                         n_tokens=m["n_tokens"] + m["tok"] - first, cands=[], unresolved=why,
                         told_in=ToldIn(why, holder, (start, holder["end"]), m.get("kind")))
                del m["support"], m["strong_support"]
                continue
            owner = self._possessor_place_far(m, best, mentions)
            if owner:
                # "Giza's Haram district": a part of Giza the index lacks, not Haram in Norway;
                # the name stays, without a point
                m.update(cands=[], unresolved=(f"no place called {m['surface']!r} in the index near {owner}, "
                                               f"whose part the text says it is; {best['name']} "
                                               f"({best.get('country')}) lies elsewhere"))
                del m["support"], m["strong_support"]
                continue
            if self._everyday_name_read_as_a_lesser_place(m, best, support):
                m["drop"] = m["unsupported"] = True  # "Homeland Security officials": no town Homeland
                continue  # (taken back where the text names the place with support elsewhere)
            if m.get("water_at_town") and self._water_at_an_unbacked_town(m, best, support, text_countries, mentions):
                # "Islington Bay" of an Auckland story: no bay at London's Islington; the whole
                # name, without a point, as features leaves a bay the index lacks
                start, end, tok, n = m.pop("around_town")
                m.update(start=start, end=end, surface=self.text[start:end], tok=tok, n_tokens=n, cands=[],
                         unresolved=m["water_at_town"])
                del m["support"], m["strong_support"]  # (the town's support: no reading is left to back)
                continue
            single = m["n_tokens"] == 1 and not m.get("abbrev") and m.get("tok") is not None
            if single and m["surface"] in self.person_words and self._person_s_word_dropped(m, best, mentions):
                m["drop"] = True  # the surname of a person named earlier in the text ("Kenyatta airport": the airport)
                continue
            famous = best.get("kind") in {"country", "admin1", "continent"} and best.get("name_similarity") == 1.0
            # (a province the words name only as another of its names is no famous name of them:
            # "the West Coast" is no more Western Australia than any coast)
            famous_words = famous and (best.get("kind") != "admin1" or self._own_or_listed_name(m, best))
            # (a word written as often as "London" is so because of the famous place of the name,
            # whichever namesake the text means)
            # (a facility read by a short form geomove derived, "Victory" of Camp Victory, is no
            # more famous for the word than any everyday word: its fame is the whole name's)
            short_facility = best.get("kind") in FACILITY_KINDS and "short_form" in (best.get("features") or ())
            if short_facility:
                fame = max(m.get("name_fame") or 0.0, self._name_fame(m, cands, best))
            if single and fame < 0.7 and not famous and (
                    is_common_word(m["surface"], fame) or m["surface"].lower() in GIVEN_NAMES):
                # "Summer", "Centers", "Campbell": a common word or a first name needs the
                # text to say it is a place ("in Campbell", "Campbell County")
                if not strong:
                    m["drop"] = True
                elif self._everyday_word_capitalised_for_another_reason(m, support):
                    # (its nearness is no support: taken back where the text names the place so
                    # with support elsewhere, "arrived in Mobile, Alabama ... Mobile's mayor")
                    m["drop"] = m["unsupported"] = True
                continue
            if m["n_tokens"] > 1 and not strong and not famous_words and not m.get("part_of_city") \
                    and not m.get("part_of_sea") and not m.get("metro_area") and not self._own_or_listed_name(m, best) \
                    and not self._installation_read_as_one(m, best) \
                    and m["surface"].split()[0].lower() not in SAINT_WORDS and all(
                    is_common_word(w) for w in m["surface"].split()):
                # (a saint's name is a town's name, no everyday words: "Santa Cruz", "San Jose")
                if famous:
                    # "the West Coast", a famous province's other name only: a coast the text names,
                    # which the index lacks; the mention stays without a point
                    m["unresolved"] = (f"no place called {m['surface']!r} in the index; {best['name']} "
                                       f"({best.get('country')}) is only called so among its other names")
                    m["cands"] = []
                    continue
                m["drop"] = True  # "West Coast" as an alternate name of some province ("New York City" is called so)
                continue
            if imp >= 0.7 or fame >= 0.7 or (imp >= 0.6 and not m.get("first_in_sentence")) or famous:
                continue
            if strong:
                continue
            if support and imp >= 0.45 and not m.get("first_in_sentence"):
                continue
            if imp >= 0.45 and not m.get("first_in_sentence") and (m["n_tokens"] > 1 or m["surface"].count("-") >= 2):
                # (a name of three words or more joined by hyphens, as French and Haitian names
                # are written, "Saint-Michel-de-l'Atalaye", is one token but as many words)
                continue
            if imp >= _ONE_READING_IMPORTANCE and self._one_reading(m, cands):
                m["support"] = "a town's own name with no other reading" \
                    if plain(best.get("name") or "") == plain(m["surface"]) \
                    else "a spelling of a town's own name, with no other reading"
                continue
            if imp >= _COPULA_SUBJECT_IMPORTANCE and self._subject_of_a_copula(m, best):
                m["support"] = "opens the sentence before " + repr(self.next_tokens(m["tok"] + m["n_tokens"] - 1, 1)[0].lower)
                continue
            m["drop"] = True
            m["unsupported"] = True  # (nothing but a lack of support dropped it: see below)
        self._listed_with_supported_places(mentions)
        self._bodies_of_places_named_alone(mentions)
        another_name_of_the_place_before(self.text, mentions)  # "Ras al-Ain, also spelled Serekaniye"
        self._repeats_of_accepted_places(mentions)

    @staticmethod
    def _repeats_of_accepted_places(mentions: list[dict]) -> None:
        """'... birds found near Esperance ... Esperance recorded 457 mm of rain': a name the text
        accepts as a place where it is written with support is that place where it is written
        again without any (opening a sentence, before a noun): one place per name in one text.
        Only a mention that lacked support is taken back, with the very reading accepted."""
        # (the place's own name, spelled as the text spells it: a loose variant or a facility
        # read by a short form ("Prate" as Prata, "McDonald's" as an airfield) is no such place)
        # (a repeat may drop the letters English lacks: "Bodø" then "Bodo", "Tromsø" then
        # "Tromso", as a keyboard writes them: letters.ascii_spelling, which changes no more)
        if not any("unsupported" in m for m in mentions):
            return  # (nothing to take back, and no mark to clear)
        accepted = {(ascii_spelling(m["surface"]), m["cands"][0].get("gazetteer_id")) for m in mentions
                    if m["role"] in ("place", "dateline") and not m.get("drop") and m.get("cands")
                    and m.get("support") and m["cands"][0].get("gazetteer_id")
                    and m["cands"][0].get("kind") not in FACILITY_KINDS
                    and plain(m["cands"][0].get("name") or "") == plain(m["surface"])}
        if not accepted:
            return
        for m in mentions:
            if m.pop("unsupported", False) and m.get("cands") \
                    and (ascii_spelling(m["surface"]), m["cands"][0].get("gazetteer_id")) in accepted:
                m["drop"] = False
                m["support"] = "the place the text names so elsewhere with support"

    @staticmethod
    def _bodies_of_places_named_alone(mentions: list[dict]) -> None:
        """'a crash in Hanley ... the Hanley Fire Department said': a name opening an
        organisation's name is the place the text names alone elsewhere, whatever the name's
        fame (a body belongs to the town it is named after)."""
        # (the dateline too: "HANLEY — ... in Hanley Superior Court")
        if not any("org_of_a_place" in m for m in mentions):
            return  # (no body's name to take back, and no mark to clear)
        kept = {(plain(m["surface"]), m["cands"][0].get("gazetteer_id")) for m in mentions
                if m["role"] in ("place", "dateline") and not m.get("drop") and m.get("cands")}
        for m in mentions:
            if m.pop("org_of_a_place", False) and \
                    (plain(m["surface"]), m["cands"][0].get("gazetteer_id")) in kept:
                m["drop"] = False
                m["support"] = "a body named after a town written alone elsewhere in the text"

    @staticmethod
    def _country_by_a_foreign_variant(m: dict, best: dict) -> bool:
        """'towards the Litani' read as Lithuania by a loose spelling of 'Lituanie', its French
        name: a country found only by a variant spelling of one of its other (foreign-language)
        names, the text's spelling farther from its own name than from that one. English text writes a country by its
        own name or a known other name (found exactly); a misspelling of its own name stays
        close to it ('Phillipines')."""
        if best.get("kind") != "country" or m.get("cc") or m.get("abbrev") \
                or (best.get("name_similarity") if best.get("name_similarity") is not None else 1.0) >= 1.0:
            return False
        said = plain(m.get("surface") or "")
        said = said[4:] if said.startswith("the ") else said
        own = plain(best.get("name") or "")
        matched = plain(best.get("matched_name") or "")
        if not said or not own or not matched or matched == own:
            return False
        # (the foreign name found it: the text's spelling is farther from the country's own name)
        return plain_spelling_similarity(said, own) < min(best["name_similarity"], 0.9)

    def _city_of_a_province_told(self, m: dict, best: dict) -> bool:
        """Is the mention a bare name read as the city in the province of that name the text
        writes elsewhere with its kind word ("Fighting in Batken region ... Shelling hit Batken")?
        The text tells the two apart, and the province backs its city as a place."""
        if best.get("kind") not in {"city", "town"} or m.get("kind"):
            return False
        core, word_kind = self.gaz.split_kind(m["surface"])
        return not word_kind and name_key(core) in getattr(self, "_told_as_provinces", ()) \
            and plain(best.get("admin1") or "") == plain(core)

    def _airline_of_a_country(self, m: dict, best: dict) -> bool:
        """Is the mention an airline named by another name of its country, right before a noun
        of its flights or aircraft ("an Emirates flight")? (flights.airline_named_for_its_country)"""
        if m["role"] != "place" or m.get("tok") is None or best.get("kind") != "country":
            return False  # (airline_named_for_its_country answers no for any other reading first thing)
        nxt = self.next_tokens(m["tok"] + m["n_tokens"] - 1, 1)
        return bool(nxt) and airline_named_for_its_country(m["surface"], best, nxt[0].text)

    @staticmethod
    def _armed_men_of_a_place(m: dict, best: dict, nxt) -> bool:
        """Is the mention a well-known settlement or province by its own name, right before a
        lower-case noun of armed men (org_names.FIGHTER_NOUNS: "Gaza militants fired rockets",
        "Idlib rebels")? The men are of that place; a group named after a small place ("Wagner
        fighters", "Azov fighters") is not read so (org_names reads those groups)."""
        return bool(nxt) and nxt[0].lower in FIGHTER_NOUNS and nxt[0].text.islower() \
            and best.get("kind") in {"city", "town", "admin1", "admin2"} and best.get("name_similarity") == 1.0 \
            and (best.get("importance") or 0.0) >= _ARMED_MEN_IMPORTANCE

    @staticmethod
    def _names_the_men_after_it(nxt) -> bool:
        """Is the mention right before a lower-case noun of armed men ("... from Gondar, Fano
        militiamen entered X")? It is the first word of the next clause's subject, qualifying the
        men (a group's name, or their place's, which _armed_men_of_a_place reads), not the next
        item of a list of places after the comma."""
        return bool(nxt) and nxt[0].lower in FIGHTER_NOUNS and nxt[0].text.islower()

    @staticmethod
    def _installation_read_as_one(m: dict, best: dict) -> bool:
        """Is the mention an installation's proper name ("Fort Hood", "Camp Victory") read as an
        installation? Its words are everyday words ("fort", "hood"), but written capitalised after
        a head word they are one proper name, which names the base by its old name or its own
        whatever supports it: "units in San Antonio and Fort Hood", where only the first name of
        the list has the preposition for support when the everyday-words test is asked. ("Camp
        Hill" read as the town, or "West Coast", stay everyday words without support.)"""
        return installation_name(m["surface"]) and best.get("kind") in {"base", "camp", "airfield"} \
            and best.get("name_similarity") == 1.0

    def _everyday_word_capitalised_for_another_reason(self, m: dict, support: str | None) -> bool:
        """'Media reports said ...', 'Homeland Security officials said ...': an everyday word
        (one the caller found common) whose only support is that a place of its name lies near
        the text's others (Media, Pennsylvania; Homeland, California) is no place where its
        capital is owed to something else: it opens a sentence (every first word is capitalised:
        "Media reports", "Security sources"), or a capitalised word follows it, so it is the first
        word of a longer name the index does not hold ("Homeland Security", "Border Patrol").
        A word of place or a local noun beside it ("in Media", "Media police") is other support
        and keeps it. (A word English writes less often, "Homeland", is no common word, but
        before an everyday word it is as much the head of a name: see
        _everyday_name_read_as_a_lesser_place.)"""
        if support != NEAR_OTHER_PLACES or m.get("tok") is None:
            return False
        return bool(m.get("first_in_sentence")) or self._first_word_of_an_everyday_name(m)

    def _first_word_of_an_everyday_name(self, m: dict) -> bool:
        """Is the one-word mention followed, right after, by a capitalised everyday word that
        names no body or kind of a place ("Homeland Security", "Border Patrol"; not "Media
        Police", "Chester County", "Union Council": a place's own bodies and kinds)? The two
        are one name of English words, of which the index holds only the first."""
        nxt = self.next_tokens(m["tok"] + m["n_tokens"] - 1, 1)
        if not nxt or not nxt[0].is_word or not nxt[0].text[:1].isupper() \
                or not self._adjacent(self.toks[m["tok"] + m["n_tokens"] - 1], nxt[0]):
            return False
        w = nxt[0].lower
        if w in FORCE_NAME_NOUNS and m["surface"].lower() in FORCE_NAME_OPENERS:
            return True  # "Federal Police", "Royal Marines": a force's name, not the town's police
        return is_everyday_word(w) and w not in LOCAL_BODY_NOUNS and w not in ORG_SUFFIXES \
            and w not in KIND_WORDS and w not in COUNCIL_OF_A_PLACE_KINDS \
            and w not in WEEKDAYS and w not in MONTHS  # ("arrived in Chester Monday": a date)

    def _possessor_place_far(self, m: dict, best: dict, mentions: list[dict]) -> str | None:
        """"Giza's Haram district", "Baghdad's Adhamiya district": a name right after a place's
        possessive is a part of that place (a district, a quarter, a province of a country). A
        reading of it in another country than the possessor's, or farther than
        POSSESSED_PART_KM from the possessor's point, is a namesake of the part the index lacks
        (Haram, a district of Norway, 3,800 km from Giza): the possessor's surface, else None."""
        i = m.get("tok")
        if i is None or i < 3 or m["role"] != "place" or best.get("lat") is None:
            return None
        toks = self.toks
        if toks[i - 1].lower != "s" or toks[i - 2].text not in ("'", "’") or toks[i - 1].start != toks[i - 2].end \
                or toks[i - 2].start != toks[i - 3].end:
            return None
        owner = next((o for o in mentions if o is not m and o.get("tok") is not None and o.get("cands")
                      and not o.get("drop") and o["role"] in ("place", "actor")
                      and o["tok"] + o["n_tokens"] - 1 == i - 3), None)
        if owner is None:
            return None
        where = owner["cands"][0]
        # (a settlement's or province's part, told by the word after the name: a capital stands
        # for its government, "Washington's Kabul embassy", and a country owns its wars,
        # "Ukraine's Kursk incursion")
        if where.get("kind") not in {"city", "town", "village", "admin1", "admin2"}:
            return None
        nxt = self.next_tokens(i + m["n_tokens"] - 1, 1)
        if not (nxt and nxt[0].lower in PART_OF_PLACE_WORDS) and m.get("kind") not in {"admin1", "admin2"}:
            return None
        if where.get("country") and best.get("country") and where["country"] != best["country"]:
            return owner["surface"]
        if where.get("kind") in {"city", "town", "village"} and where.get("lat") is not None \
                and haversine_km(best["lat"], best["lon"], where["lat"], where["lon"]) > POSSESSED_PART_KM:
            return owner["surface"]
        return None

    def _person_named_base_near(self, m: dict, best: dict, mentions: list[dict]) -> tuple[int, dict] | None:
        """'Spanish troops left the Miguel de Cervantes base near Marjayoun': a name the text
        writes with a base's kind word (m's kind, FACILITY_KINDS) after a given name (GIVEN_NAMES,
        a particle between: 'Miguel de'), or read whole with its given name ('Simon Bolivar'), is
        a person's, the base's namesake; where the kind word is
        followed by 'near' (NEAR_WORDS_AFTER_A_BASE) and a place the text reads, and the reading of
        the name lies farther than PERSON_BASE_NEAR_KM from it, the reading is another place
        bearing the surname: (the given name's token, the place's mention), else None. The base
        then stands at that place, as a place the index lacks stands at its holder (unknown_parts).
        (Cheap tests first: most mentions have no kind word, or no capitalised word before.)"""
        i = m.get("tok")
        if i is None or i < 1 or m["role"] != "place" or m.get("kind") not in FACILITY_KINDS or best.get("lat") is None:
            return None
        toks = self.toks
        if m["n_tokens"] > 1 and toks[i].lower in GIVEN_NAMES:
            first = i  # (the name read whole opens with the given name: 'Simon Bolivar' of an airport)
        else:
            first = i - 1
            if toks[first].lower in NAME_PARTICLES and first >= 1:
                first -= 1
        given = toks[first]
        if given.sentence != toks[i].sentence or not given.text[:1].isupper() or given.lower not in GIVEN_NAMES:
            return None
        last = i + m["n_tokens"] - 1
        after = self.next_tokens(last, 4)
        if not after or after[0].lower not in KIND_WORDS:
            return None  # (the kind word right after the name: 'the X base near')
        words = [t.lower for t in after[1:]]
        near = next((len(w) for w in NEAR_WORDS_AFTER_A_BASE if tuple(words[:len(w)]) == w), 0)
        if not near:
            return None
        at = last + 2 + near  # (the token after the kind word and the near-words)
        holder = next((o for o in mentions if o is not m and o.get("tok") == at and o.get("cands")
                       and not o.get("drop") and o["role"] in ("place", "demonym_place")), None)
        if holder is None:
            return None
        where = holder["cands"][0]
        if where.get("lat") is None or where.get("kind") in {"country", "continent"} \
                or haversine_km(best["lat"], best["lon"], where["lat"], where["lon"]) <= PERSON_BASE_NEAR_KM:
            return None
        return first, holder

    def _installation_head_before(self, m: dict) -> int:
        """How many capitalised words right before the mention open the name of an installation
        named after a person more often than after its town (PERSON_NAMED_INSTALLATION_HEADS:
        "Camp", "Fort") that the index does not hold whole, so the scanner read the rest alone;
        0 if none. ("Naval Station Everett", "Air Base X" are named after their towns.)"""
        i = m.get("tok")
        if i is None or m.get("kind") or m["role"] != "place" or not i \
                or self.toks[i - 1].lower not in _INSTALLATION_HEAD_ENDS:
            return 0
        for head in PERSON_NAMED_INSTALLATION_HEADS:
            k = len(head)
            if i - k < 0 or self.toks[i - k].sentence != self.toks[i].sentence:
                continue
            words = self.toks[i - k:i]
            if tuple(t.lower for t in words) == head and all(t.text[:1].isupper() for t in words) \
                    and all(self._adjacent(a, b) for a, b in zip(words, [*words[1:], self.toks[i]])):
                return k
        return 0

    def _installation_read_as_an_unbacked_town(self, m: dict, best: dict, support: str | None,
                                               mentions: list[dict]) -> bool:
        """'Marines from Camp Pendleton were sent to Los Angeles': an installation's name the index
        lacks, read by the words after its head as a settlement (Pendleton, Oregon), is that town
        only where the text puts it there: the town near the text's other places, or in a
        province the text names. An installation is named after a person more often than after
        the town it stands at ("Camp Pendleton", "Fort Bragg"), so a country named, a place
        written after it that does not hold the town ("Camp Pendleton, California"), or nothing
        at all is no support: the mention stays, without a point."""
        if best.get("kind") not in {"city", "town", "village"} or support == NEAR_OTHER_PLACES:
            return False
        province = plain(best.get("admin1") or "")
        return not province or not any(
            o is not m and not o.get("drop") and o.get("cands") and o["cands"][0].get("kind") == "admin1"
            and plain(o["cands"][0].get("name") or "") == province and o["cands"][0].get("country") == best.get("country")
            for o in mentions)

    def _everyday_name_read_as_a_lesser_place(self, m: dict, best: dict, support: str | None) -> bool:
        """'Homeland Security officials said', 'the Border Patrol': a one-word name English
        writes often (EVERYDAY_NAME_ZIPF, as a possessor's), read only as a settlement or county
        less known than POSSESSOR_PLACE_IMPORTANCE whose only support is its nearness to the
        text's other places (Homeland, California, 29 km from Riverside), right before a
        capitalised everyday word (_first_word_of_an_everyday_name): the first word of a name
        of English words, no place. (A word of place before it is left to say it is one: "from
        Homeland Security" is rarer than "to Paris Victory ..." of a place the text means.)"""
        if support != NEAR_OTHER_PLACES or m["role"] != "place" or m.get("tok") is None or m["n_tokens"] != 1 \
                or m.get("kind") or best.get("kind") not in {"city", "town", "village", "admin2"} \
                or (best.get("importance") or 0.0) >= POSSESSOR_PLACE_IMPORTANCE \
                or english_zipf(m["surface"].lower()) < EVERYDAY_NAME_ZIPF:
            return False
        return self._first_word_of_an_everyday_name(m)

    def _possessor_named_like_a_lesser_place(self, m: dict, best: dict, mentions: list[dict]) -> bool:
        """"Johnson's battalion left Austin", "Taylor's company followed", "Smith's unit": a
        one-word name in the possessive right before a lower-case noun, a word English writes
        often (EVERYDAY_NAME_ZIPF: a common surname), read only as a settlement or county less known
        than POSSESSOR_PLACE_IMPORTANCE, is the person who owns the noun, not Johnson County or
        Taylor, Michigan: a place owns a battalion or an office by its well-known name ("Syria's
        army", "Texas's governor"), a small town's possessive is one of a town the text is about.
        So not where the text writes the name without the possessive too ("Goma ... Goma's
        airport"), nor with an area after it. A word of place before it governs the noun, not
        the name ("troops from Taylor's company": the company is where they are from)."""
        if m["role"] != "place" or m.get("tok") is None or m.get("kind") or m.get("region_hint") \
                or best.get("kind") not in {"city", "town", "village", "admin1", "admin2"} \
                or (best.get("importance") or 0.0) >= POSSESSOR_PLACE_IMPORTANCE:
            return False
        word = _without_possessive(m["surface"])
        if " " in word or not word[:1].isupper() or english_zipf(word.lower()) < EVERYDAY_NAME_ZIPF:
            return False
        if not self._possessive_before_a_noun(m):
            return False
        key = name_key(word)
        return not any(o is not m and o.get("tok") is not None and name_key(_without_possessive(o["surface"])) == key
                       and not self._possessive_before_a_noun(o) for o in mentions)

    def _possessive_before_a_noun(self, m: dict) -> bool:
        """Is the mention written in the possessive ("Johnson's"; "Wilson'" read with the
        apostrophe; "Smith's" read whole, a Bermuda parish's name) right before a lower-case word?"""
        nxt = self.next_tokens(m["tok"] + m["n_tokens"] - 1, 3)
        if m["surface"].endswith(("'s", "’s")):
            rest = nxt
        elif m["surface"].endswith(("'", "’")):
            rest = nxt[1:] if nxt and nxt[0].lower == "s" else nxt
        elif len(nxt) >= 2 and nxt[0].text in ("'", "’") and nxt[1].lower == "s" \
                and nxt[0].start == self.toks[m["tok"] + m["n_tokens"] - 1].end:
            rest = nxt[2:]
        elif nxt and nxt[0].text in ("'", "’") and m["surface"].endswith("s") \
                and nxt[0].start == self.toks[m["tok"] + m["n_tokens"] - 1].end:
            rest = nxt[1:]  # "Wills’ childhood farm": the possessive of a name ending in s
        else:
            return False
        return bool(rest) and rest[0].is_word and rest[0].text[:1].islower()

    def _everyday_alias(self, m: dict, best: dict) -> bool:
        """A lesser settlement read only by another of its names that is an English word or a
        person's name ('Taylor' for a village once called so, 'Franklin' for El Paso's old name,
        'White House' for a town): the word means what it says, whatever supports it as a place.
        A place's own name ('Quebec' of 'Quebec City'), a well-known city's other name ('Mecca',
        'Calcutta') and names English does not write ('Bunyala', or 'Ras al-Ayn': every word must
        be English) are read as before, and so is a name the area written after it binds."""
        if m["role"] != "place" or best.get("kind") not in {"city", "town", "village"} \
                or (best.get("importance") or 0.0) >= ALIAS_IMPORTANCE or m.get("abbrev") or m.get("region_hint"):
            return False  # ("Mecca, Saudi Arabia": the area written after it says it is the place)
        said = plain(self.gaz.split_kind(m["surface"])[0])
        own = plain(best.get("name") or "")
        if not said or said == own or said in own.split() or plain_spelling_similarity(said, own) >= 0.8:
            return False
        if own.startswith(said + " ") and said == plain(m["surface"]):
            # the first words of its own name, as the text writes them whole ('Santa Rosa' of
            # Santa Rosa de Copán): no alias (but 'Central Business District' is a kind word
            # after 'Central Business', not the first words of a Canadian town's name)
            return False
        if self._whole_own_name(m, best):
            return False  # the whole name with its kind word is the place's own ('Salt Lake City')
        if installation_name(m["surface"]):
            return False  # 'Fort Liberty', 'Fort Lewis': a base's (new or old) name, no everyday words
        if town_by_its_english_spelling(m["surface"], best):
            # 'Rhodes' of Ródos: the English spelling of the name of a town English cannot spell
            # as it does (a name not spelled alike, 'Ezra' of Izra', stays a word or a person's)
            return False
        words = re.findall(r"[^\W\d_]+", said)
        return bool(words) and all(english_zipf(w) >= ALIAS_ZIPF for w in words)

    @staticmethod
    def _installation_by_its_own_name(m: dict, best: dict, text_countries: dict) -> bool:
        """A settlement row named as an installation ("Naval Station Guantanamo Bay", a GeoNames
        town) read by its name without the head words ("Guantanamo Bay"), in a text that names
        its country: the words are the installation's own name, not everyday words it happens to
        be known by (the words of "Guantanamo" are frequent because of the place)."""
        if best.get("country") not in text_countries:
            return False
        own = installation_own_name(best.get("name") or "")
        return own is not None and plain(own) == plain(m["surface"])

    def _seat_of_a_unit_so_named(self, m: dict, best: dict, cands: list[dict], text_countries: dict,
                                 points) -> bool:
        """'Ecuador deployed troops to Durán', the town GeoNames calls Eloy Alfaro and the canton
        of which it is the seat Durán: a settlement read by another of its names that a person
        bears too is still the place where a district (admin2) of the country bears the words as
        its own name at the settlement (within OWN_NAME_BESIDE_ALIAS_KM), the text names that
        country elsewhere (by a name or by a demonym, "Ecuadorian police": gaz86), and a word of
        place governs the name (strong support: "to", "in").
        The unit's own name says the words are the place's, not only an old or odd alias; the
        country and the word of place that the text writes say it means that place, not a person
        of the name ("the coach praised Durán"). (gaz85)"""
        said = plain(self.gaz.split_kind(m["surface"])[0])
        if best.get("lat") is None or not (text_countries.get(best.get("country"), set()) - {name_key(m["surface"])}
                                           or best.get("country") in getattr(self, "_demonym_countries", ())):
            return False  # (its country named by a name or by a demonym: "Ecuadorian police"; gaz86)
        if not any(c.get("kind") == "admin2" and c.get("country") == best.get("country")
                   and plain(c.get("name") or "") == said and c.get("lat") is not None
                   and haversine_km(c["lat"], c["lon"], best["lat"], best["lon"]) <= OWN_NAME_BESIDE_ALIAS_KM
                   for c in cands[1:]):
            return False
        return self.support(m, best, text_countries, points)[1]

    def _reading_of_own_name(self, m: dict, cands: list[dict]) -> dict | None:
        """Another reading of the mention that bears the words as its own name (not as another
        of its names), lies beside the settlement that holds them as an alias and is as well
        known as a settlement must be to be read by such words, if any: the settlement holds
        the name because that place is there, so the words name that place."""
        said = plain(self.gaz.split_kind(m["surface"])[0])
        alias = cands[0]
        # (only a place as well known as the guard's own bar: 'White House' and 'Franklin' are
        # also the own names of small towns, which the everyday words do not mean either; and
        # only beside the alias's settlement: a Kentucky village once called 'Victoria' says
        # nothing of Australia's state, which a car's name in the same text does not mean)
        return next((c for c in cands[1:] if plain(c.get("name") or "") == said
                     and (c.get("importance") or 0.0) >= ALIAS_IMPORTANCE
                     and None not in (c.get("lat"), alias.get("lat"))
                     and haversine_km(c["lat"], c["lon"], alias["lat"], alias["lon"]) <= OWN_NAME_BESIDE_ALIAS_KM),
                    None)

    def _subject_of_a_copula(self, m: dict, best: dict) -> bool:
        """'Lachin is quiet.', 'Deir ez-Zor is tense.': a word opening a sentence is written
        with a capital whatever it is, but a name that English does not write (one word that is
        no English word; words not all English), spelled as the place's own name and followed
        by 'is'/'was'/'remains', is the name of what the sentence is about."""
        if not m.get("first_in_sentence") or m["n_tokens"] > 3 or m.get("tok") is None \
                or best.get("name_similarity") != 1.0 or best.get("lat") is None \
                or best.get("kind") in FACILITY_KINDS \
                or plain_spelling_similarity(plain(m["surface"]), plain(best.get("name") or "")) < 0.8:
            return False  # (the place's own name, however spelled: "Lachin" for Laçın, not "Ras al-Ayn" for Rosh HaAyin)
        words = re.findall(r"[^\W\d_]+", m["surface"])
        # (one word: no English word; more: not all of them English, "Tell Abyad" but not "Hope Springs")
        if all(english_zipf(w.lower()) >= 3.0 for w in words) if len(words) > 1 else \
                any(english_zipf(w.lower()) >= 3.0 for w in words):
            return False
        if m["surface"].lower() in GIVEN_NAMES or m["surface"] in self.person_words:
            return False
        nxt = self.next_tokens(m["tok"] + m["n_tokens"] - 1, 1)
        return bool(nxt) and (nxt[0].text in COPULA_VERBS
                              or _ASIDE_THEN_COPULA.match(self.text, m["end"]) is not None)

    def _host_of_a_meeting(self, m: dict, best: dict) -> bool:
        """'Geneva hosted the talks', 'The Hague will host a summit': the name is the subject of
        'host' (HOSTING_VERBS, after at most two auxiliaries) whose object, within MEETING_WINDOW
        words, is a meeting (MEETING_NOUNS): where it was held. A city as big as
        HOST_CITY_IMPORTANCE, read by its own name (a word English writes often, as big cities'
        names are: "Geneva", "Hague"; a first name or a person's word is no city)."""
        if m.get("tok") is None or best.get("kind") != "city" or best.get("name_similarity") != 1.0 \
                or (best.get("importance") or 0.0) < HOST_CITY_IMPORTANCE \
                or m["surface"].lower() in GIVEN_NAMES or m["surface"] in self.person_words:
            return False
        after = self.next_tokens(m["tok"] + m["n_tokens"] - 1, MEETING_WINDOW + 3)
        j = 0
        while j < 2 and j < len(after) and after[j].lower in HOSTING_AUXILIARIES:
            j += 1
        if j >= len(after) or after[j].lower not in HOSTING_VERBS or not after[j].text.islower():
            return False
        return any(t.lower in MEETING_NOUNS for t in after[j + 1:j + 1 + MEETING_WINDOW])

    def _one_reading(self, m: dict, cands: list[dict]) -> bool:
        """'Timbuktu was quiet.': a name no English word spells, meaning one town by its own name
        (its airport or base aside, nothing else anywhere bears it): no other reading competes.
        The name may be a spelling the town bears letter for letter that is close to its own name
        ('Hpakant', the English spelling of Hpākān: _ONE_READING_OWN_SPELLING), not an old or
        another language's name of it ('Marek', once Dupnitsa, a surname more often)."""
        best = cands[0]
        if best.get("kind") not in {"city", "town"} or best.get("name_similarity") != 1.0 \
                or best.get("lat") is None:
            return False
        written, own = plain(m["surface"]), plain(best.get("name") or "")
        if own != written and (plain(best.get("matched_name") or "") != written
                               or plain_spelling_similarity(own, written) < _ONE_READING_OWN_SPELLING):
            return False
        if any(english_zipf(w.lower()) >= 3.0 for w in re.findall(r"[^\W\d_]+", m["surface"])):
            return False
        nxt = self.next_tokens(m["tok"] + m["n_tokens"] - 1, 1)
        if nxt and nxt[0].is_word and nxt[0].text[:1].islower() and english_zipf(nxt[0].lower) < 5.0 \
                and nxt[0].lower not in ADVERBS_AFTER_A_PLACE:
            # "X ebolavirus", "X manuscripts": the name of a thing named after the town (but
            # "attacked X overnight": an adverb of the verb, no noun the name qualifies)
            return False
        return all(c.get("kind") in FACILITY_KINDS and c.get("country") == best.get("country")
                   for c in cands[1:])

    def _later_in_a_list_of_places(self, m: dict, prev: list) -> str | None:
        """The plural noun of places when ``m`` follows one to three names and "and", "or" or a
        comma in a list opened by "<noun>(,) including" ("several villages including Kibangu and
        X"): a later member of that list, as the first is after "including" (the first names may
        be ones the gazetteer lacks, which gave the later ones no support)."""
        if not prev or not (prev[-1].text == "," or (prev[-1].is_word and prev[-1].lower in ("and", "or"))) \
                or "including" not in self._lowered_text():
            return None  # (no list opened by "including" anywhere in the text, whatever its case)
        toks = self.prev_word(m["tok"], LIST_BACK_TOKENS)
        j, names = len(toks) - 1, 0
        while j >= 0 and (toks[j].text == "," or toks[j].lower in ("and", "or")
                          or (toks[j].is_word and toks[j].text[:1].isupper() and toks[j].lower != "including")):
            names += toks[j].is_word and toks[j].text[:1].isupper()
            j -= 1
        if not 1 <= names <= 3 or j < 1 or toks[j].lower != "including":
            return None
        k = j - 1 if toks[j - 1].text != "," else j - 2
        return toks[k].lower if k >= 0 and toks[k].is_word and toks[k].lower in PLURAL_PLACE_NOUNS else None

    def _listed_after_unknown_names(self, m: dict, prev: list) -> str | None:
        """The word before a list ("to", "in", "left": LOCATIVE_PREPS) when ``m`` follows one or two
        names the gazetteer lacks and "and", "or" or a comma in that list ("Police moved to
        Khurvaleti and Gori", "deployed to Ngumbuvu and Beni"): the word governs the whole list,
        as listed._listed_with_supported_places passes it on from a first name read as a place;
        a first name with no reading at all passes nothing on, and the known names lost their cue.
        Only names the finder finds no reading of (spelled alike: a key of the index alone is not
        one) and no person of the text bears, each a word
        or two written with a capital; after a comma alone the list must go on after ``m`` ("to
        Z, Gori" alone may be an address or an apposition: roles._unknown_place_located)."""
        if not prev or not (prev[-1].text == "," or (prev[-1].is_word and prev[-1].lower in ("and", "or"))):
            return None
        if is_common_word(m["surface"]):
            return None  # ("to Z and Reading the signs": the cue passed on is weak, the word a word)
        toks = self.prev_word(m["tok"], LIST_BACK_TOKENS)
        j = len(toks) - 1
        comma_only = toks[j].text == ","
        j -= 1
        if not comma_only and j >= 0 and toks[j].text == ",":
            j -= 1  # "Z, and Gori"
        names: list[list] = [[]]
        while j >= 0 and (toks[j].text == "," or (toks[j].is_word and toks[j].text[:1].isupper())):
            if toks[j].text == ",":
                if not names[-1]:
                    return None
                names.append([])
            else:
                names[-1].insert(0, toks[j].text)
            j -= 1
        if j < 0 or not toks[j].is_word or toks[j].lower not in LOCATIVE_PREPS \
                or not 1 <= len(names) <= 2 or any(not 1 <= len(n) <= 2 for n in names):
            return None
        if comma_only:
            # (the list goes on: ", C", ", and C", " and C"; "in Greenlane, Auckland, on Monday" is
            # an address)
            nxt = self.next_tokens(m["tok"] + m["n_tokens"] - 1, 2)
            if len(nxt) < 2 or not (nxt[0].lower in ("and", "or") or (
                    nxt[0].text == "," and (nxt[1].text[:1].isupper() or nxt[1].lower in ("and", "or")))):
                return None
        for words in names:
            name = " ".join(words)
            # (an everyday word is no unknown village: "deployed to Operation Sangaris and Bangui")
            if any(w in self.person_words or w.lower() in GIVEN_NAMES or w.isupper() or is_everyday_word(w.lower())
                   for w in words) \
                    or name.lower() in MONTHS or name.lower() in WEEKDAYS \
                    or (self.has_name(name) and self.shared_candidates_of(name, None)):
                return None
        return toks[j].lower

    def support(self, m: dict, best: dict, text_countries: dict, points) -> tuple[str | None, bool]:
        """(reason, strong): why a weak match may be a place ('after "in"', 'near other places')."""
        if m.get("tok") is None:
            return "dateline", True
        prev = self.prev_word(m["tok"], 3)
        words = [t.lower for t in prev if t.is_word]
        if prev and prev[-1].is_word and words[-1] in LOCATIVE_PREPS:
            return f"after {words[-1]!r}", True
        if prev and prev[-1].is_word and words[-1] == "landed" and best.get("kind") in {"airfield", "base"}:
            # a flight log's "departed Dover AFB, landed Ramstein 1205Z": an airfield landed at, the
            # "at" left out; "landed" before a name of no airfield is a signing ("landed Chelsea
            # striker Smith"), so not in LOCATIVE_PREPS (s41 lead)
            return "after 'landed', an airfield", True
        if self._writes_an_arrow() and arrow_role(self.text, m["start"], m["end"], _ARROW_REACH) is not None:
            return "beside an arrow of a route", True  # "Kherson → Skadovsk": an end of a leg (read.arrow_route)
        moving = self._on_after_a_verb_of_moving(m, prev)
        if moving:
            return f"after '{moving} on'", True  # "advanced on X", "landed on Y": where the force goes
        handed = self._handed_over(m, prev)
        if handed:
            return f"object of {handed!r}", True  # "handing X over to the rebels": the place given up
        if len(words) >= 3 and prev[-1].is_word and words[-3:] == ["as", "far", "as"]:
            return "after 'as far as'", True  # "pushed as far as X", "came from as far as Y": how far
        if len(words) >= 3 and prev[-1].is_word and words[-2:] == ["such", "as"] and words[-3] in PLURAL_PLACE_NOUNS:
            return f"after '{words[-3]} such as'", True  # "towns such as X": one of those places
        if prev and prev[-1].text in _LIST_MARKS and self._item_label(m, prev[-1]):
            return "a list item's label", True  # "- Millerovo: 2x Su-30 arrived from A" (read.place_label, s35m)
        if len(words) >= 2 and prev[-1].is_word and words[-1] == "including" and words[-2] in PLURAL_PLACE_NOUNS:
            return f"after '{words[-2]}, including'", True  # "several towns, including X": one of those places (s35m)
        listed = self._later_in_a_list_of_places(m, prev)
        if listed:
            return f"in a list after '{listed}, including'", True  # "several villages including Z and X", Z unknown (s35 read97)
        if len(prev) >= 2 and prev[-1].text == ":" and words and words[-1] in PLURAL_PLACE_NOUNS:
            return f"after '{words[-1]}:'", True  # "to the following towns: X": one of those places (s35m)
        if len(words) >= 2 and prev[-1].is_word and words[-2:] == ["out", "of"]:
            return "after 'out of'", True  # "pulled out of X", "driven out of Y": where from
        if len(words) >= 2 and prev[-1].is_word and words[-1] == "for" and words[-2] in BOUND_FOR_VERBS:
            return f"after '{words[-2]} for'", True  # "left for X": where a movement is bound
        bound = self._bound_for_after_origin(m["tok"])
        if bound:
            return f"after '{bound} <place> for'", True  # "left X for Y": Y is where it is bound
        if self._city_of_a_province_told(m, best):
            return "the city of the province the text names with its kind word", True
        column = self._table_place_column(m)
        if column:
            return f"in a table's '{column}' column", True  # a cell under a header "From" or "To"
        if m.get("kind") and not self._camp_word_of_a_hamlet(m, best):
            return f"kind word ({m['kind']}){self._town_of_a_facility_not_held(m, best)}", True
        if m.get("islands_unit"):
            # "the Batanes islands": the islands' word says the name is a place, the province of
            # the islands (features.FeatureWords._units_named_as_the_islands)
            return f"before '{m['islands_unit']}': the province of the islands", True
        if m.get("around_town") and not m.get("water_at_town"):
            # "the Presevo valley", "the Salinas Valley": the text says the name is a place, a
            # town the land around it is named after (features: FEATURE_HEADS_AROUND_TOWN)
            return "before 'valley': the land around the town", True
        if m.get("place_suffix"):
            return f"before '-{m['place_suffix']}'", True  # "a Kidal-bound convoy": where it is bound
        if m.get("route_head"):
            # "the Merak-Bakauheni crossing": a way named after the places it joins (mentions.hyphens)
            return f"an end of the {m['route_head']} named after it", True
        if len(words) >= 2 and prev[-1].is_word and words[-1] in ("called", "named") and words[-2] in APPOSITION_PLACE_NOUNS:
            return f"after '{words[-2]} {words[-1]}'", True  # "a town called X"
        if len(words) >= 2 and prev[-1].is_word and words[-1] == "of" and words[-2] in OF_PLACE_NOUNS:
            return f"after '{words[-2]} of'", True  # "the mayor of X", "residents of Y"
        if len(prev) >= 2 and prev[-1].text == "," and prev[-2].lower in APPOSITION_PLACE_NOUNS:
            return f"in apposition to '{prev[-2].lower}'", True  # "the state capital, X"
        if m.get("bound_elsewhere"):
            return "written with its area elsewhere in the text", True
        if m.get("postcode"):
            return f"after the postcode {m['postcode']}", True  # "75002 Paris": an address
        if m.get("region_hint"):
            return f"followed by ', {m['region_hint']}'", True
        if (name_key(m["surface"]), best.get("gazetteer_id")) in getattr(self, "_dateline_readings", ()):
            return "the dateline's place", True  # where the report was written, named again
        if self._relation_at(m["start"], m["end"]):
            return "relative phrase", True
        if self._host_of_a_meeting(m, best):
            return "the subject of 'host' with a meeting", True  # "Geneva hosted the talks": where they were held
        council = self._council_of_a_named_place(m, best)
        if council:
            return f"before '{council}'", True  # "X City Council": the council of the place X
        nxt = self.next_tokens(m["tok"] + m["n_tokens"] - 1, 2)
        if nxt and nxt[0].lower in LOCAL_BODY_NOUNS and nxt[0].text[:1].islower():
            return f"before '{nxt[0].lower}'", True  # "X police", "Y residents": the place they belong to
        if self._armed_men_of_a_place(m, best, nxt):
            return f"before '{nxt[0].lower}'", True  # "Gaza militants": the place they fight from
        if nxt and nxt[0].lower in PLURAL_PLACE_NOUNS and nxt[0].text.islower() \
                and self._adjacent(self.toks[m["tok"] + m["n_tokens"] - 1], nxt[0]):
            # "the Dadaab camps", "the Tindouf camps": the places at X (weak: "the Summer camps"
            # is a season's; the singular, "the Dadaab camp", is a kind word)
            return f"before '{nxt[0].lower}'", False
        site = self._training_site_after(nxt)
        if site:
            return f"before {site!r}", True  # "the Munster training area": the range named after the town
        if len(nxt) > 1 and nxt[0].lower in LOCAL_OFFICE_TITLES and nxt[0].text[:1].isupper() \
                and nxt[1].text[:1].isupper() and self._adjacent(self.toks[m["tok"] + m["n_tokens"] - 1], nxt[0]):
            return f"before '{nxt[0].text}' and a name", True  # "Hanley Mayor Jo Bell": the town's mayor
        if len(nxt) > 1 and nxt[0].text == "," and nxt[1].lower == "where":
            return "before ', where'", True  # "X, where the army has a base": a clause about a place
        if nxt and nxt[0].text == "," and len(nxt) > 1 and nxt[1].text[:1].isupper() and \
                self._is_place_word(nxt[1]) and not self._owner_after_comma(m["tok"] + m["n_tokens"] + 1):
            return "followed by ', Place'", True
        if prev and prev[-1].text == "," and len(prev) > 1 and prev[-2].text[:1].isupper() and \
                self._is_place_word(prev[-2]) and not self._names_the_men_after_it(nxt):
            return "after 'Place, '", True
        own = name_key(m["surface"])
        if not isinstance(points, _TextPoints):
            points = _TextPoints(points)
        if best.get("lat") is not None and points.near_other(best["lat"], best["lon"], own):
            return NEAR_OTHER_PLACES, True
        if nxt and nxt[0].text == ",":
            # "Kidal, a desert town, was quiet": the apposition calls the name a town (after the
            # supports above, which say the same of a name the text places otherwise)
            apposition = town_apposition_after(self.text, m["end"])
            if apposition:
                return f"in apposition: {apposition!r}", True
        cue = self._listed_after_unknown_names(m, prev)
        if cue:
            # "moved to Z and Gori", Z unknown (s36 gaz57; after the other strong supports, which
            # say more of the name itself)
            return f"in a list after {cue!r} and a name the gazetteer lacks", True
        if best.get("kind") != "country" and text_countries.get(best.get("country"), set()) - {own}:
            return f"{best['country']} named elsewhere in the text", False
        if best.get("kind") != "country" and best.get("country") in getattr(self, "_home_countries", ()) \
                and not self._qualifies_the_noun_after(m):
            # "Haitian police reinforced the border after gangs attacked Fort-Liberté": police and
            # officials act in their own country, so it is named as the place's (weak, as a country
            # named elsewhere: a force named by its country acts abroad and is no such support);
            # a name before a noun it qualifies ("the Dadaab refugee office") is not backed so
            return f"{best['country']} the home of those the text names acting there", False
        attack = self._object_of_an_attack(m, prev)
        if attack:
            return f"object of {attack!r}", False  # "ADF fighters attacked Oicha": weak, as a country named
        return None, False

    def _object_of_an_attack(self, m: dict, prev: list) -> str | None:
        """'ADF fighters attacked Oicha': the verb (ATTACK_VERBS) right before a one-word name no
        English word spells (below ATTACKED_NAME_ZIPF), no given name nor a person's word of the
        text, with no lower-case noun after it that it would qualify (an adverb may follow:
        "attacked X overnight"): the verb, else None. A force's target there is a town more
        often than anything else; 'attacked Taylor' (a surname English writes) and 'attacked
        Wagner convoys' (the group's convoys) are left out."""
        if not prev or m["n_tokens"] != 1 or m.get("tok") is None:
            return None
        verb = prev[-1].lower if prev[-1].is_word and prev[-1].lower in ATTACK_VERBS \
            else self._attack_verb_before_a_list(m)
        if verb is None:
            return None
        surface = m["surface"]
        words = re.findall(r"[^\W\d_]+", surface)
        if len(words) != 1 or english_zipf(words[0].lower()) >= ATTACKED_NAME_ZIPF \
                or surface.lower() in GIVEN_NAMES or surface in self.person_words:
            return None
        if self._qualifies_the_noun_after(m):
            return None  # "attacked Wagner convoys": the name qualifies the noun after it
        return verb

    def _attack_verb_before_a_list(self, m: dict) -> str | None:
        """'attacked Mandera town and Lafey', 'attacked Beni, Oicha and Eringeti': the verb of an
        attack before the list that ends with this name governs the whole list, as it does the
        first name (gaz85). Walks back over the list: a joiner (LIST_JOINERS' "and", "or", a
        comma) before this name, then one capitalised name of at most ATTACKED_LIST_NAME_WORDS
        words, with an optional settlement word after it ("Mandera town"), then either the verb
        (ATTACK_VERBS) or another joiner and name, up to ATTACKED_LIST_ITEMS names. Cheap: asked
        only of a one-word name with a joiner right before it."""
        i = m["tok"] - 1
        toks = self.toks
        sentence = toks[m["tok"]].sentence
        if i < 0 or toks[i].lower not in _ATTACK_LIST_JOINERS:
            return None
        for _ in range(ATTACKED_LIST_ITEMS):
            while i >= 0 and toks[i].sentence == sentence and toks[i].lower in _ATTACK_LIST_JOINERS:
                i -= 1
            if i >= 0 and toks[i].lower in _ATTACK_LIST_SETTLEMENT_WORDS:
                i -= 1  # "Mandera town and Lafey"
            n = 0
            while i >= 0 and toks[i].sentence == sentence and toks[i].is_word and toks[i].text[:1].isupper() \
                    and n < ATTACKED_LIST_NAME_WORDS:
                i -= 1
                n += 1
            if n == 0 or i < 0 or toks[i].sentence != sentence:
                return None
            if toks[i].is_word and toks[i].lower in ATTACK_VERBS:
                return toks[i].lower
            if toks[i].lower not in _ATTACK_LIST_JOINERS:
                return None
        return None

    def _qualifies_the_noun_after(self, m: dict) -> bool:
        """Does a lower-case word right after the name, no adverb ("attacked X overnight") nor
        the opening of the next part of the sentence ("on Monday", "when"), make the name a
        qualifier of that noun ("Wagner convoys", "the Dadaab refugee office")?"""
        nxt = self.next_tokens(m["tok"] + m["n_tokens"] - 1, 1)
        return bool(nxt) and nxt[0].is_word and nxt[0].text[:1].islower() and nxt[0].lower not in ADVERBS_AFTER_A_PLACE \
            and self._adjacent(self.toks[m["tok"] + m["n_tokens"] - 1], nxt[0]) and not self._opens_a_clause(nxt[0])

    @staticmethod
    def _opens_a_clause(t) -> bool:
        """A lower-case word after a name that is no noun the name qualifies but the next part of
        the sentence ("attacked X on Monday", "attacked X when ...", "attacked X and Y")."""
        return t.lower in _CLAUSE_OPENERS

    def _on_after_a_verb_of_moving(self, m: dict, prev: list) -> str | None:
        """'advanced on Aguelhok', 'marched on Y', 'landed on Yonaguni': "on" right after a verb
        of moving (ON_GOAL_VERBS) names where the force goes, a place as after 'to'; so does
        "fell back on Ansongo" (FALL_BACK_VERBS: where a force withdraws to). The verb, or None.
        (Not a name the text uses as a person's: "advanced on Ahmed's men".)"""
        if len(prev) < 2 or prev[-1].lower != "on" \
                or m["surface"].lower() in GIVEN_NAMES or m["surface"] in self.person_words:
            return None
        if prev[-2].lower in ON_GOAL_VERBS:
            return prev[-2].lower
        if prev[-2].lower == "back" and len(prev) >= 3 and prev[-3].lower in FALL_BACK_VERBS:
            return f"{prev[-3].lower} back"
        return None

    def _handed_over(self, m: dict, prev: list) -> str | None:
        """'handing X over to the rebels', 'handed over X', 'gave X back', 'handed X to the
        militia': the object of a verb of handing over (HANDING_VERBS) with its particle before
        or after the name, or of "hand" with the receiver after "to", is what changes hands, a
        place as much as the object of 'captured'; so is the object of a verb of taking or losing
        with the other side after it ("took X from the army", "lost X to the rebels":
        CHANGING_HANDS_VERBS). The verb's words ("handing ... over"), or None. (No cue for a
        name the text uses as a person's: "handed Ahmed over to police".)"""
        if not prev or not prev[-1].is_word or prev[-1].lower not in _HANDING_CUES \
                or m["surface"].lower() in GIVEN_NAMES or m["surface"] in self.person_words:
            return None  # (each cue below opens with one of _HANDING_CUES: most words before a name none)
        nxt = self.next_tokens(m["tok"] + m["n_tokens"] - 1, 1)
        after = nxt[0].lower if nxt and nxt[0].is_word else ""
        verb = prev[-1].lower
        if verb in HANDING_VERBS and after in HANDING_PARTICLES:
            return f"{verb} ... {after}"  # "handing X over", "gave X back"
        if verb in HANDING_TO_VERBS and after == "to":
            return f"{verb} ... to"  # "handed X to the militia"
        if verb in HANDING_PARTICLES and len(prev) >= 2 and prev[-2].lower in HANDING_VERBS:
            return f"{prev[-2].lower} {verb}"  # "handed over X", "gave up X"
        if after and CHANGING_HANDS_VERBS.get(verb) == after:
            return f"{verb} ... {after}"  # "took X from the army", "lost X to the rebels"
        return None

    def _name_of_its_own_unit(self, m: dict) -> bool:
        """Is ``m`` a name set between a possessive and the noun of a unit ("South Korea
        dispatched its Cheonghae anti-piracy unit", "their Wolverine task force"): the name of
        the force's own unit, no place (a village of the name, read by a loose spelling, had been
        taken for one, and what moved then fell back to the subject)?"""
        prev = self.prev_word(m["tok"], 1)
        if not prev or prev[-1].lower not in _POSSESSIVES:
            return False
        words = [t for t in self.next_tokens(m["tok"] + m["n_tokens"] - 1, 6) if t.text != "-"]
        for t in words[:3]:
            if not t.is_word or not t.text.islower():
                return False
            if t.lower in _UNIT_NOUNS:
                return True
        return False

    def _item_label(self, m: dict, mark) -> bool:
        """Is ``m`` the label of a list item: right after the item's mark ``mark`` at a line's
        start, and right before a colon (past a word of the place's kind: "- Kursk airfield:")?
        An OSINT list or a situation report names the place of each item so; a transcript's
        speaker ("Smith: ...") has no list mark before the name."""
        line_start = line_start_near(self.text, mark.start, 40)
        if line_start is None or self.text[line_start:mark.start].strip():
            return False
        nxt = self.next_tokens(m["tok"] + m["n_tokens"] - 1, 2)
        return bool(nxt) and (nxt[0].text == ":" or (len(nxt) > 1 and nxt[0].is_word and nxt[1].text == ":"
                                                    and nxt[0].text.islower()))

    def _lowered_text(self) -> str:
        """The text in lower case, once a text: a token whose ``lower`` is a word is that word in
        it (str.lower works letter by letter), so a word it lacks is no token's."""
        known = self.per_text.get("lowered")
        if known is None or known[0] is not self.text:
            known = self.per_text["lowered"] = (self.text, self.text.lower())
        return known[1]

    def _writes_an_arrow(self) -> bool:
        """Does the text write any character an arrow of a route holds (textutil.ROUTE_ARROW:
        one of ARROW_CHARACTERS)? Most texts write none, and arrow_role then finds none beside
        any mention: its two searches are not asked of each (once a text, as the table's cells)."""
        known = self.per_text.get("arrows")
        if known is None or known[0] is not self.text:
            known = self.per_text["arrows"] = (self.text, any(c in self.text for c in ARROW_CHARACTERS))
        return known[1]

    def _table_place_column(self, m: dict) -> str | None:
        """'From' or 'To' when the mention fills a cell of that column under a table's header row
        (read.header_table: "Unit | From | To | Date" over "French battalion | Gap | Cincu |
        12 Nov"): a cell where a place is asked for, as the word 'from' or 'to' before it in prose
        is. The text's cells are found once."""
        cells = self.per_text.get("table_cells")
        if cells is None or cells[0] is not self.text:
            cells = self.per_text["table_cells"] = (self.text, _place_cells(self.text))
        if not cells[1]:
            return None  # (most texts hold no such table: no generator to make for each mention)
        return next(({"origin": "From", "destination": "To"}[role] for a, b, role in cells[1]
                     if a <= m["start"] and m["end"] <= b), None)

    @staticmethod
    def _training_site_after(nxt: list) -> str | None:
        """'Munster training area', 'Yavoriv training ground': a military training site's
        words in lower case right after a name (TRAINING_SITE_PHRASES) say the name is its
        town's, a place; the phrase, or None."""
        # (the phrase first: most words after a name open none; then its letters' case)
        if len(nxt) < 2 or nxt[1].lower not in TRAINING_SITE_PHRASES.get(nxt[0].lower, ()) \
                or not all(t.is_word and t.text[:1].islower() for t in nxt[:2]):
            return None
        return f"{nxt[0].lower} {nxt[1].lower}"

    @staticmethod
    def _camp_word_of_a_hamlet(m: dict, best: dict) -> bool:
        """'the Askar refugee camp' read as Iskar, a Bulgarian hamlet: a camp is named after a
        town (Jenin, Dadaab) that is at least CAMP_TOWN_IMPORTANCE; "camp" after a name says
        nothing for a reading that is neither a camp nor such a town."""
        return m.get("kind") == "camp" and best.get("kind") not in KIND_FAMILY["camp"] \
            and max(best.get("importance") or 0.0, best.get("lent_importance") or 0.0) < CAMP_TOWN_IMPORTANCE

    @staticmethod
    def _town_of_a_facility_not_held(m: dict, best: dict) -> str:
        """What the why adds to a facility's kind word read as a town: "the Torkham and Chaman
        crossings", "the Chaman border post" read Chaman the city, for the index holds no
        crossing of the name (none among the name's readings); the kind word still says the
        name is a place, the town the facility is named after, at or near it. (s52 gaz102)"""
        kind = m["kind"]
        if kind not in FACILITY_KINDS or best.get("kind") not in SETTLEMENT_KINDS \
                or any(c.get("kind") == kind for c in m.get("cands") or ()):
            return ""
        return f": no {kind} of the name in the index: the town it is named after"

    def _bound_for_after_origin(self, tok_index: int) -> str | None:
        """'left Mopti for X', 'set off from Gao for X': 'for' after a bound-for verb and the
        capitalised name of where the movement starts; returns the verb, else None."""
        if tok_index < 1 or self.toks[tok_index - 1].lower != "for":
            return None  # (the word before is not "for": the window's last word would not be either)
        prev = self.prev_word(tok_index, 9)
        if len(prev) < 3 or prev[-1].lower != "for":
            return None
        j = len(prev) - 2
        names = 0
        while j >= 0 and (prev[j].text[:1].isupper() or prev[j].lower in CONNECTORS and names):
            names += prev[j].text[:1].isupper()
            j -= 1
        site = _own_site_before(prev, j, names)
        if site is not None:
            j = site  # "left its main base in X for Y", "left their camp for Y"
        elif not names or j < 0:
            return None
        if j < 0:
            return None
        if prev[j].lower == "from" and j > 0:
            j -= 1  # "set off from X for Y"
        return prev[j].lower if prev[j].lower in BOUND_FOR_VERBS else None

    def _owner_after_comma(self, j: int) -> bool:
        """Is token ``j``, a place word after a comma, a possessive ("Bara and Karari, Sudan's
        army said")? Then it opens a clause about its owner and says nothing of where the name
        before the comma lies, as 'Karari, Sudan' would."""
        nxt = self.next_tokens(j, 2)
        return len(nxt) == 2 and nxt[0].text in ("'", "’") and nxt[1].lower == "s" \
            and nxt[0].start == self.toks[j].end

    def _is_place_word(self, tok: Token) -> bool:
        """Is this capitalised word (a neighbour across a comma) a place name or a demonym?"""
        return self.has_name(tok.text) or bool(self.demonym(tok.text))

    def _plain_place_words(self, surface: str) -> bool:
        """Words that can only be a place's name here: no organisation word ("Center",
        "University"), no everyday word, no person's name."""
        words = surface.split()
        return not any(w.lower() in ORG_SUFFIXES or w.lower() in GIVEN_NAMES or w in self.person_words
                       or is_common_word(w) for w in words)

    def _name_fame(self, m: dict, cands: list[dict], best: dict) -> float:
        """The importance of the best-known place that bears exactly this name among the
        readings ("London": the British capital, even where the text means London, Ontario);
        0 unless the reading taken is itself a town called so (not "Metz Airport" for a firm
        called "Metz Fresh")."""
        if best.get("kind") not in {"city", "town", "admin1", "admin2"}:
            return 0.0  # (neither test below can hold: the reading is no town, county or province)
        said = plain(self.gaz.split_kind(m["surface"])[0])
        # (a county or province read by its whole name, kind word and all, bears the name of the
        # city it is named after: 'Los Angeles County' of the 'Los Angeles County Fire Department')
        unit_by_whole = best.get("kind") in {"admin1", "admin2"} and said != plain(m["surface"]) \
            and plain(best.get("name") or "") == plain(m["surface"])
        if not unit_by_whole and (best.get("kind") not in {"city", "town"} or plain(best.get("name") or "") != said):
            return 0.0
        top = 0.0
        for c in cands[:8]:
            if c.get("name_similarity") == 1.0 and c.get("kind") in {"city", "town", "country", "admin1"} \
                    and plain(self.gaz.split_kind(c.get("name") or "")[0]) == said:
                top = max(top, c.get("importance") or 0.0)
        return top

    def _council_of_a_named_place(self, m: dict, best: dict) -> str | None:
        """'Westfield City Council', 'Norbury County Council': a name, a kind of local
        government and 'Council', all capitalised and written together, name the council of
        that place, and the name is read as the place (its own spelling, no facility); the
        words after the name, or None."""
        i = m.get("tok")
        if i is None or best.get("name_similarity") != 1.0 or best.get("kind") in FACILITY_KINDS \
                or "council" not in self._lowered_text():
            return None  # (the word "council" is in the text, whatever its case, or no council is named)
        last = self.toks[i + m["n_tokens"] - 1]
        nxt = self.next_tokens(i + m["n_tokens"] - 1, 2)
        if m["n_tokens"] > 1 and last.lower in COUNCIL_OF_A_PLACE_KINDS and nxt and nxt[0].lower == "council" \
                and nxt[0].text[:1].isupper() and self._adjacent(last, nxt[0]):
            return nxt[0].text  # ("Norbury County" read with its kind word, then "Council")
        if len(nxt) == 2 and nxt[0].lower in COUNCIL_OF_A_PLACE_KINDS and nxt[1].lower == "council" \
                and nxt[0].text[:1].isupper() and nxt[1].text[:1].isupper() \
                and self._adjacent(self.toks[i + m["n_tokens"] - 1], nxt[0]) and self._adjacent(nxt[0], nxt[1]):
            return f"{nxt[0].text} {nxt[1].text}"
        return None

    def _heads_a_named_body(self, m: dict) -> bool:
        """Does the name open a run of capitalised words that ends in an organisation's kind
        word ("London Tenants Network", "the Paris Regional Clinic Center")? Not a name's second
        word ("Stoke Mandeville Hospital") nor a first name ("Brent Bryson")."""
        toks = self.toks
        i = m.get("tok")
        if i is None:
            return False
        if i > 0 and toks[i - 1].text[:1].isupper() and toks[i - 1].lower != "the" \
                and toks[i - 1].sentence == toks[i].sentence and toks[i - 1].end + 1 >= toks[i].start:
            return False
        j = i + m["n_tokens"]
        while j < len(toks) and j < i + m["n_tokens"] + 6 and toks[j].text[:1].isupper():
            if toks[j].lower in ORG_SUFFIXES or toks[j].lower in CHURCH_WORDS:
                return True
            j += 1
        return False

    def _place_in_org_name(self, m: dict, best: dict, fame: float | None = None) -> bool:
        """Is this word of an organisation's name a well-known place ("University of Alberta",
        "Buffalo Public Schools") rather than a word of the name itself ("Drug Administration",
        "Franklin Elementary")? ``fame``: how well known the name is among all its readings."""
        words = m["surface"].split()
        famous = best.get("kind") in {"country", "admin1"} and best.get("name_similarity") == 1.0
        if famous and len(words) > 1 and plain(self.gaz.split_kind(best.get("name") or "")[0]) == plain(m["surface"]):
            return True  # "West Bank Health Ministry": a province whose own name ends in "Bank"
        if any(w.lower() in ORG_SUFFIXES for w in words):
            return False  # "Centre", "Union": the organisation's kind, whatever region shares it
        if famous:
            return True
        imp = max(best.get("importance") or 0.0, fame or 0.0)
        if imp < 0.55 or best.get("name_similarity") != 1.0:
            return False
        if any(w.lower() in GIVEN_NAMES or w in self.person_words for w in words):
            return False
        # a word as common as "Drug" or "Metro" is the organisation's own; a big city's name
        # ("Toronto") is common in English text because it is a big city
        return imp >= 0.7 or not any(is_common_word(w) for w in words)


# a force's own site, told between a verb of leaving and "for": "left its main base in X for Y"
# ... or a place the report names by its kind word, told before or known to the reader: "left the
# capital for X", "left the border town for Y", "the convoy left the port for Z" (s49 lead: "Nigerien
# troops left the capital for Ayorou" had no support for Ayorou and read no place at all)
_SITE_NOUNS = frozenset(("base", "bases", "camp", "camps", "garrison", "garrisons", "barracks", "positions",
                         "headquarters", "post", "posts",
                         "capital", "city", "town", "port", "village", "island", "country"))
_SITE_ADJECTIVES = frozenset(("main", "forward", "former", "home", "permanent",
                              "provincial", "regional", "border", "coastal", "northern", "southern", "eastern", "western"))


def _own_site_before(prev: list, j: int, names: int) -> int | None:
    """The index of the word before a force's own site that ends at ``prev[j]`` (after its
    place's name, when ``names``: "its main base in X"; or right before "for": "their camp"),
    so that the verb of leaving before it is found; None if no such site stands there.

    why: "The army left its base in Gao for Kidal" bound the army for Kidal as "left Gao for
    Kidal" does; without it Kidal had no support and was no place."""
    if names:
        if j < 1 or prev[j].lower not in ("in", "at", "near", "outside"):
            return None
        j -= 1
    if j < 1 or prev[j].lower not in _SITE_NOUNS:
        return None
    j -= 1
    if prev[j].lower in _SITE_ADJECTIVES:
        j -= 1
    if j < 1 or prev[j].lower not in ("its", "their", "the"):
        return None
    return j - 1


_PATTERNS.save()  # (the code of patterns compiled anew, for the next process)
