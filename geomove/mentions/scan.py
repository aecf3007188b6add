"""Stage 3, the scan: each run of capitalised words matched longest name first; what a
match is (place, demonym, actor, organisation) and the kind word beside it."""

from __future__ import annotations

import operator
import re
import weakref
from typing import ClassVar

from ..areas import AREA_BY_PLAIN, area_place
from ..distance import haversine_km
from ..gazetteer.admin_names import still_a_name
from ..gazetteer.answers import country_abbreviation_answer
from ..gazetteer.kinds import NAME_LEFT_KIND_WORDS
from ..names import ARTICLES, plain
from ..wordlists import (
    ACTOR_NOUNS, AREA_ABBREVIATIONS_IN_SETTING, AREA_DEMONYMS, CALENDAR_WORDS, REGION_SENSE_AFTER_RE, REGION_SENSE_BEFORE_RE, REGION_SENSE_DEMONYMS, CONTRACTION_RE, ARTICLE_HYPHEN_RE, CONNECTORS, COUNTRY_ABBREVIATIONS, REGION_ACRONYMS, HONORIFICS, KIND_AFTER, KIND_BEFORE,
    KIND_AFTER_THE_LIST, KIND_AFTER_THE_NAME, KIND_BEFORE_LIST, NOUN_AFTER_THE_KIND_WORD, KIND_ONLY_AFTER_A_UNIT, KIND_PAIRS, NAME_QUALIFIERS, SEASON_WORDS, ORG_SUFFIXES, REGION_ABBREVIATIONS, STOPWORDS, UNIT_WORDS,
    QUESTION_OPENERS, LOCAL_BODY_NOUNS, LOCATIVE_PREPS, FLEET_WORDS, FORMATION_AFTER_WATERS, UNITS_AFTER_WATERS, BUILDING_HEADS,
    BUILDING_HEADS_AFTER_ANY_NAME, DISEASE_HEADS, GIVEN_NAMES, STRAIN_GENUS_WORDS, STRAIN_NOUNS,
)
from .words import CAMP_QUALIFIERS, FACILITY_KINDS, SETTLEMENT_KINDS, is_common_word, is_everyday_word
from .tokens import _KIND_PAIR_FIRSTS, is_nameish
from .province_demonyms import PROVINCE_DEMONYMS, province_of_demonym
from .persons import _NO_SURNAME_WORDS
from ..io.language import english_zipf
from .roles import seat_of_a_government
from .town_airports import AIRPORT_WORDS, APOSTROPHES, airport_after_a_possessive, airport_before_the_town, \
    the_town_s_airport
from ..regex_cache import CompiledPatterns

# Kind words after a name that say an administrative unit and nothing else ("the Lake Chad
# region" is also the land round the lake, so "region" and "state" are not among them)
UNIT_ONLY_KIND_WORDS = frozenset({"province", "governorate", "prefecture"})
# The word for a lake in the languages of countries whose provinces are named for a lake by
# it alone (Chad's Lac; the lake's own name is also asked, see _unit_named_for_the_lake)
LAKE_WORDS_ABROAD = ("Lac", "Lago")


_LOWER = operator.attrgetter("lower")
# the plural kind words a list of names may have before or after it (RunScanner._writes_a_plural_kind)
_PLURAL_KIND_WORDS = frozenset(KIND_BEFORE_LIST) | frozenset(KIND_AFTER_THE_LIST)
# the kinds such a plural gives each name of its list (RunScanner.match's _with_the_list_s_kind_word)
_KINDS_OF_A_LISTED_WORD = frozenset(KIND_AFTER_THE_NAME[w] for w in KIND_AFTER_THE_LIST.values())

_UNASKED = object()  # (no demonym kept for the spelling yet; None is a kept answer)



# a military report's abbreviations of time written in capitals right after a place ("moved to
# Valuyki NLT 28 Nov", "ETA Kidal 0600"): no last word of an organisation's name headed by the
# place (NLT no later than, NET no earlier than, ETA/ETD estimated time of arrival/departure)
SITREP_TIME_WORDS = frozenset(("NLT", "NET", "ETA", "ETD"))
# a lesser place first in a two-word run of an unknown second word is dropped below 0.55 (see
# _scan_run_of_words' last check); so weak a reading is as often a given name ("Amber
# Sinclair-Alexander"), which the text then writes alone: remembered as a person's word
# (RunScanner._given_name_before_a_surname)
GIVEN_NAME_LEFT_IMPORTANCE = 0.55
# ... not after an English article, which a thing's name takes ("the Olympic Games") and a person's not
_THING_ARTICLES = frozenset(("the", "a", "an"))
# the last words of a venue's name after its place's ("Randwick Racecourse"), beyond the kind,
# organisation and landmark words persons._NO_SURNAME_WORDS holds: no surname
VENUE_WORDS = frozenset("racecourse racetrack raceway speedway arena hall theatre theater museum zoo "
                        "castle palace manor abbey gallery pier marina".split())

# lower-case heads that make the place's name before them an organisation's name: a criminal
# group named after its home acts far beyond it ("the Sinaloa cartel" fights in Sonora). Not
# "police", "militia", "army": "the Amhara militia", "the Sinaloa police" are the forces of that
# place, which says where they are (org_names.groups_named_before_fighters decides the rest).
# the nouns of a weapon system's pieces a system's name comes before ("Patriot batteries", "HIMARS
# launchers"), beside wordlists.ACTOR_NOUNS ("Apache helicopters"): scan._system_named_after
_SYSTEM_NOUNS = frozenset("battery batteries launcher launchers systems".split())
LOWER_CASE_ORG_HEADS = frozenset("cartel cartels".split())
# ... and the lower-case words that make one compound noun of a service with the word before
# them, capitalised only because it opens a sentence ("Coast guard officers said", as "The Coast
# Guard said"): the word is no place (Tanzania's Coast region), s47 gaz84
COMPOUND_ORG_HEADS = {"coast": frozenset("guard guards guardsman guardsmen".split())}

def _area_demonym(base: dict, area: dict, in_org) -> dict:
    """The mention of an area by its demonym ("European officials", "West and Central African
    countries"): the area its one reading, as "Iraqi" mentions Iraq, and no point to rank the
    text's other names by (``area_demonym``)."""
    return {**base, "role": "demonym", "cands": [area], "importance": 1.0, "in_org": in_org,
            "kind": None, "area_demonym": True}

_PATTERNS = CompiledPatterns("mentions-scan")  # (kept code: ~1 M instructions a pattern otherwise)
# "Storm-hit", "Rebel-held", "Flood-ravaged": a capitalised word joined by a hyphen to a
# lower-case word of three letters or more is a modifier (capitalised where it opens a sentence
# or a headline), not a word of a longer name; "al-", "de-" and other short particles aside
_HYPHENATED_MODIFIER_RE = _PATTERNS.compile(r"^[A-Z][^\W\d_]*(?:-[^\W\d_]+)*-[a-z]{3,}$")


def _hyphenated_modifier(word: str) -> bool:
    """Is ``word`` a capitalised hyphenated modifier ("Storm-hit", "Army-controlled")?"""
    return bool(_HYPHENATED_MODIFIER_RE.match(word)) and word.rsplit("-", 1)[1] not in CONNECTORS



# lower-case connectors of Arabic names that are also English words (see _names_joined_by_a_word)
_ENGLISH_ARTICLE_WORDS = frozenset(("as", "at", "an", "on"))
# how many first readings of a name opened by such a word are asked whether they are spelled with
# it (RunScanner._english_word_before_a_name, in a title-case headline)
_ARTICLE_READINGS = 3


def _spelled_with_the_word(place: dict, word: str) -> bool:
    """Is ``place`` matched by a name that opens with ``word`` itself ("An Najaf" with "An"; not
    "Al Jubah" with "At")?"""
    matched = (place.get("matched_name") or "").lower()
    return matched.startswith((word.lower() + " ", word.lower() + "-"))
# the kinds of a name that a formation may be named after (_waters_naming_a_formation)
_WATERS_KINDS = frozenset({"sea", "ocean", "strait", "gulf", "bay"})
# settlements a river's name may also name ("Syr Darya", the Uzbek town): see Scanner's river test
_SETTLEMENT_KINDS = frozenset({"city", "town", "village"})
# ... but not when the formation's words name its area: "the Red Sea task force area"
_FORMATION_AREA_WORDS = frozenset({"area", "zone", "region", "waters", "sector"})
# a place this important is read by its bare name (_names_joined_by_a_word)
WELL_KNOWN_IMPORTANCE = 0.6


# prepositions of going that a headline writes before a sea's name with no article ("sails into
# Pacific", "warships head across Mediterranean"; read by _sea_as_headlines_write_it)
_GOING_INTO = frozenset(("into", "across", "through", "toward", "towards"))

class _SpellingFacts:
    """What one gazetteer answers about a spelling, kept across documents: a batch asks the same
    few thousand capitalised words and pairs of words over and over."""

    LIMIT: ClassVar[int] = 50_000  # spellings kept per table (a table is emptied when full)

    def __init__(self) -> None:
        self.no_reading_alone: dict[str, bool] = {}  # see RunScanner._no_reading_alone
        self.has_name: dict[str, bool] = {}  # CandidateLookup.has_name
        self.demonym: dict[str, str | None] = {}  # CandidateLookup.demonym


_SPELLING_FACTS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
_NOT_KEPT = object()  # (a spelling no table has an answer for yet)


# A capitalised word before a country's name that English writes this rarely (wordfreq's Zipf
# scale: "mainland" 3.95, "apartheid" 3.6, "wartime" 3.6) is a word of a longer name the index
# does not know ("Hunga Tonga"), not an English word qualifying the country
_UNKNOWN_WORD_ZIPF = 3.0
# ... nor written like an adjective or a participle ("Landlocked Mali", "Embattled Sudan",
# "Francoist Spain", "Maoist China"), which wordfreq's table may lack
_ADJECTIVE_ENDINGS = ("ed", "ing", "ous", "ive", "ile", "ful", "ern", "ian", "ese", "ish", "ic", "al", "ist", "less", "ly")


def _participle_opening(tok) -> bool:
    """Is ``tok`` an everyday English word in -ing that opens its sentence ("Leaving Gao on
    Monday, the convoy ..."): a verb capitalised by its place, no word of a person's name beside
    the place (s23: "Gao", a surname too, was taken for one; "Leaving Niamey" was read, Niamey
    being famous enough)."""
    return tok.first_in_sentence and tok.lower.endswith("ing") and is_common_word(tok.text)


class RunScanner:
    """Raw mentions from the runs of capitalised words."""

    def scan(self) -> list[dict]:
        found: list[dict] = []
        runs = self.scanned_runs = self.runs()  # (kept: written_apart reads its pairs of capitals in them)
        marks_by_run = [self.classify_run(run) for run in runs]
        toks = self.toks
        for run, marks in zip(runs, marks_by_run):
            if len(run) == 1:
                if self._no_reading_alone(toks[run[0]]) and not self._airport_named_by_the_word(run[0]):
                    continue  # ("The", "He", "According": half the runs are one such word)
                # (scan_run's one-word path, the word's _no_reading_alone just asked)
                found.extend(self._scan_one_word(run, marks, alone_asked=True))
            else:
                found.extend(self.scan_run(run, marks))
        return found

    def _no_reading_alone(self, tok) -> bool:
        """Does :meth:`match` surely answer None for this token alone (n=1), wherever it stands?

        True for a word none of match's readings of one word can take (no country's or
        province's abbreviation, no hyphen, no demonym) that is no gazetteer name, or only a
        stopword, honorific, acronym or contraction spelled like one. The text's own acronyms
        are asked here; the rest depends on the spelling and the gazetteer alone and is kept per
        spelling across documents: a batch asks the same few thousand capitalised words."""
        text = tok.text
        try:
            hit = self._facts.no_reading_alone.get(text)
        except AttributeError:
            hit = self._spelling_facts().no_reading_alone.get(text)
        if hit is None:  # (a spelling not kept yet: asked and kept by _kept)
            hit = self._kept("no_reading_alone", text, self._no_reading_of_token, tok)
        # (an acronym the text defines, "the Northern Bloc (NB)", reads as the words it stands
        # for; the acronyms are asked first: few words are one, and is_upper is a Python step)
        return hit and not (text in self.acronyms and tok.is_upper)

    def _spelling_facts(self) -> _SpellingFacts:
        try:
            return self._facts
        except AttributeError:
            pass
        try:
            facts = _SPELLING_FACTS.get(self.gaz)
            if facts is None:
                facts = _SPELLING_FACTS[self.gaz] = _SpellingFacts()
        except TypeError:  # a gazetteer that cannot be weakly referenced: kept for this text only
            facts = _SpellingFacts()
        self._facts = facts
        return facts

    def _kept(self, table: str, spelling: str, answer, *args):
        """``answer(spelling, *args)``, kept per spelling across documents in the spelling facts'
        ``table`` (emptied when full): the one way _no_reading_alone, _has_name_kept and
        _demonym_kept keep their answers (None is an answer too: no demonym)."""
        try:
            known = getattr(self._facts, table)
        except AttributeError:
            known = getattr(self._spelling_facts(), table)
        hit = known.get(spelling, _NOT_KEPT)
        if hit is _NOT_KEPT:
            if len(known) >= _SpellingFacts.LIMIT:
                known.clear()
            hit = known[spelling] = answer(spelling, *args)
        return hit

    def _no_reading_of_token(self, word: str, tok) -> bool:
        # (is_upper is a Python step: asked only of a spelling not kept yet)
        return self._no_reading_of_spelling(word, tok.is_upper)

    def _has_name_kept(self, surface: str) -> bool:
        """:meth:`has_name`, kept per spelling across documents. (The table is read here, not
        through :meth:`_kept`: ~16,000 calls a batch, nearly all of a spelling kept already.)"""
        try:
            known = self._facts.has_name
        except AttributeError:
            known = self._spelling_facts().has_name
        hit = known.get(surface)
        if hit is None:
            return self._kept("has_name", surface, self.has_name)
        return hit

    def _demonym_kept(self, surface: str) -> str | None:
        """:meth:`demonym`, kept per spelling across documents (read here as _has_name_kept
        reads its table; None is an answer too, so the table's miss is told apart)."""
        try:
            known = self._facts.demonym
        except AttributeError:
            known = self._spelling_facts().demonym
        hit = known.get(surface, _NOT_KEPT)
        if hit is _NOT_KEPT:
            return self._kept("demonym", surface, self.demonym)
        return hit

    def _no_reading_of_spelling(self, word: str, upper: bool) -> bool:
        """The part of :meth:`_no_reading_alone` that depends on the spelling only, tested in
        the order :meth:`match` tries its readings of one word. (The demonym and the name are
        asked through their own kept tables: match asks them again of the words that pass.)"""
        lower = word.lower()
        if word in COUNTRY_ABBREVIATIONS or word in REGION_ACRONYMS or "-" in word or lower.rstrip(".") in REGION_ABBREVIATIONS \
                or word in AREA_ABBREVIATIONS_IN_SETTING:
            return False  # a country, a hyphenated pair or an abbreviated province or area may be read
        if not upper and (self._demonym_kept(word) or word in PROVINCE_DEMONYMS):
            return False
        # (a contraction holds an apostrophe: most words are not asked the regex, ~2 us each)
        if (("'" in word or "’" in word) and CONTRACTION_RE.match(word)) or not self._has_name_kept(word):
            return True
        return upper or lower in STOPWORDS or lower in HONORIFICS

    def scan_run(self, run: list[int], marks: dict[int, str]) -> list[dict]:
        if len(run) == 1:
            return self._scan_one_word(run, marks)
        return self._scan_run_of_words(run, marks)

    def _scan_run_of_words(self, run: list[int], marks: dict[int, str]) -> list[dict]:
        """:meth:`scan_run` of any run (one word too: what :meth:`_scan_one_word` gives)."""
        toks, text = self.toks, self.text
        out = []
        k = 0
        maxn = max(1, int(getattr(self.gaz, "max_name_tokens", 6)))
        matched_at: set[int] = set()
        # blocked_from[k]: the first position at or after k of a person's or title's word; a
        # name tried from k must end before it (worked out once a run, not once a length)
        blocked_from = None
        if marks:
            blocked_from = [0] * len(run)
            stop = len(run)
            for m in range(len(run) - 1, -1, -1):
                if marks.get(run[m]) in ("person", "title"):
                    stop = m
                blocked_from[m] = stop
        while k < len(run):
            i = run[k]
            tok = toks[i]
            if marks.get(i) in ("person", "title") or tok.lower in CONNECTORS and not is_nameish(tok):
                k += 1
                continue
            if k and tok.lower in CAMP_QUALIFIERS and self._camp_after_qualifier(i):
                k += 1  # "Jenin Refugee Camp": what the camp holds, no place called "Refugee"
                continue
            hit = self._longest_match_at(run, k, min(maxn, len(run) - k), 1, marks, blocked_from)
            if hit and hit[0] > 1 and tok.lower in _ENGLISH_ARTICLE_WORDS and self._english_word_before_a_name(run, k, hit[1]):
                k += 1  # "As Kenya's rainy season", "AN Ottawa man": the name opens at the next word
                continue
            if hit and tok.text == "The" and k + hit[0] < len(run):
                # "The Hua Hum crossing": the capitalised article and the word after it read as a
                # loose spelling of something else ('Te-hua'), which took the first word of the name
                longer = self._name_after_the_article(run, k, hit, maxn, marks, blocked_from)
                if longer:
                    k += 1
                    tok = toks[run[k]]
                    hit = longer
            if hit:
                n, m = hit
                if k and toks[run[k - 1]].lower in NAME_QUALIFIERS and run[k - 1] not in matched_at \
                        and toks[run[k - 1]].text[:1].isupper() and m.get("role") == "place":
                    q = toks[run[k - 1]]
                    if (m.get("cands") or [{}])[0].get("kind") in {"ocean", "sea"} and self._adjacent(q, tok):
                        # "the South Pacific", "the North Atlantic": a part of the ocean, named with it
                        m.update(start=q.start, surface=text[q.start:m["end"]], tok=run[k - 1],
                                 n_tokens=m["n_tokens"] + 1, part_of_sea=True)
                    else:
                        m["qualifier_left_out"] = run[k - 1]  # the token "West" of "West Midlands"
                out.append(m)
                matched_at.update(run[k:k + n])
                k += n
            else:
                k += 1
        # (a loose facility name takes three words or more: most runs are one or two)
        loose = self._loose_facility(run, out) if len(run) >= 3 else None
        if loose:
            return [loose]
        if not out:
            return out  # (the checks below only drop matches)
        if len(run) > 1 and self._facility_word_after(run[-1]):
            # "<A> <B> air base": the whole run names the facility; a lesser place called <A>
            # is not where it lies when the gazetteer knows no facility by the whole name
            # (only within the last item of a list: "Goma and Kavumu airport" names Goma and the
            # airport, and the airport's match runs on over the kind word past the run's end)
            item_start = run[self._list_item_bounds(run, len(run) - 1)[0]]
            out = [m for m in out if m["tok"] + m["n_tokens"] - 1 >= run[-1] or m["role"] != "place"
                   or m["importance"] >= 0.7 or m["tok"] < item_start]
        if len(out) > 1:  # (two matches side by side at least)
            out = self._no_two_lesser_places_side_by_side(run, out)
        # a low-importance single word next to capitalised words that are no place is part of
        # a longer unknown name (a person, a company): "Mevlut Mert Altintas"
        keep = []
        for m in out:
            if m["role"] == "place" and m["n_tokens"] == 1 and not m.get("abbrev"):
                idx = m["tok"]
                pos = run.index(idx)
                neighbours = [run[p] for p in (pos - 1, pos + 1) if 0 <= p < len(run)]
                # (an office's title after the name is no unknown word: "Hanley Mayor Jo Bell")
                unknown = [j for j in neighbours if j not in matched_at and toks[j].lower not in CONNECTORS
                           and not (j == idx + 1 and marks.get(j) == "title")
                           and not (j == idx - 1 and _hyphenated_modifier(toks[j].text))
                           and not (j == idx + 1 and self._camp_after_qualifier(j))  # "Jenin Refugee Camp"
                           and toks[j].lower not in STOPWORDS and toks[j].lower not in KIND_AFTER
                           and not _participle_opening(toks[j])
                           and not self.demonym(toks[j].text)]
                other_name = bool(m.get("cands")) and plain(m["cands"][0].get("name") or "") != plain(m["surface"])
                if unknown and other_name and m["importance"] >= 0.7 and m["cands"][0].get("kind") == "country" \
                        and not self.demonym(m["surface"]):
                    continue  # "Waiheke Island": a word of an unknown name, not Iceland by its Danish name
                if unknown and pos and run[pos - 1] in unknown and m["importance"] >= 0.7 \
                        and m["cands"][0].get("kind") == "country" and self._name_ending_in_a_country(run, pos):
                    continue  # "Hunga Tonga": the last word of an unknown name, not the country
                if unknown and m["importance"] < 0.7:
                    before = pos > 0 and run[pos - 1] in unknown
                    after_acronym = before and toks[run[pos - 1]].is_upper
                    if before and not after_acronym and not self._names_a_strain(run, pos) \
                            and not self._after_a_hyphened_place(run, pos) \
                            and not self._named_alone_as_a_place(m["surface"], m["tok"]):
                        self.person_words.add(m["surface"])  # "Dora Faulkner": later "Faulkner" alone
                    if after_acronym and m["importance"] >= 0.55 and pos == len(run) - 1:
                        if pos == 1 and self._after_locative(run[0]):
                            # "samples went to CDC Atlanta", "experts at CDC Atlanta": the
                            # body's seat in that city, where something goes or happens
                            keep.append(m)
                            continue
                        # "CTV Winnipeg": an outlet named after the place it serves
                        keep.append({**m, "role": "organisation"})
                        continue
                    if before or m["importance"] < 0.55 or toks[run[pos + 1]].text in self.person_words:
                        if not before and self._given_name_before_a_surname(run, pos, m):
                            self.person_words.add(m["surface"])  # "Amber Sinclair-Alexander": later "Amber said" alone
                        continue
                    if self._air_base_after_a_name(run, pos):
                        keep.append(m)  # "flew from Rovaniemi AB": the base at the town
                        continue
                    if toks[run[pos + 1]].text in SITREP_TIME_WORDS:
                        keep.append(m)  # "relocated to Valuyki NLT 28 Nov": a sitrep's time, no name's word
                        continue
                    # a well-known place heading a longer name ("Manitoba Underdogs Rescue",
                    # "Winnipeg Free Press"): the place the organisation belongs to
                    m = {**m, "role": "organisation"}
            keep.append(m)
        return keep

    def _longest_match_at(self, run: list[int], k: int, longest: int, shortest: int, marks: dict[int, str],
                          blocked_from: list[int] | None) -> tuple[int, dict] | None:
        """The longest name of ``shortest`` to ``longest`` words that opens at run[k], as
        (its number of words, its raw mention), or None (see _scan_run_of_words)."""
        toks, text = self.toks, self.text
        tok = toks[run[k]]
        for n in range(longest, shortest - 1, -1):
            last = toks[run[k + n - 1]]
            if last.lower in CONNECTORS and not is_nameish(last):
                continue
            if n > 1 and k + n < len(run) and last.lower in ARTICLES and last.text[:1].isupper():
                continue  # "Saudi Al Arabiya": a name ends with no article; "Al" opens the next
            if blocked_from is not None and blocked_from[k] < k + n:
                continue  # a person's or title's word among run[k:k+n]
            surface = text[tok.start:last.end]
            if self._surely_no_match(surface, tok, n):
                continue
            m = self.match(surface, run, k, n, marks)
            if m and n > 2 and self._names_joined_by_a_word(run, k, n, m):
                continue
            if m:
                shorter = self._famous_before_org_word(run, k, n, m, marks)
                return (n - 1, shorter) if shorter else (n, m)
        return None

    # a name after a capitalised 'The' read whole is of one this like its spelling at least
    _NAME_AFTER_THE_SIMILARITY: ClassVar[float] = 0.95

    def _name_after_the_article(self, run: list[int], k: int, hit: tuple[int, dict], maxn: int,
                                marks: dict[int, str], blocked_from: list[int] | None) -> tuple[int, dict] | None:
        """'The Hua Hum crossing stayed open': a run opened by a capitalised 'The' (a sentence's
        first word) whose match from the article (``hit``: 'The Hua', a loose spelling of Te-hua)
        ends before a name that opens at the word after the article and runs further ('Hua Hum',
        the pass), spelled as some place's own name: that name is read, the article left out, as
        "through the Hua Hum crossing" reads it. A name that holds its article ("The Hague", "The
        Gambia") ends where no longer name does and keeps it. (s50 gaz99)"""
        n = hit[0]
        if k + 1 >= len(run) or self.toks[run[k + 1]].lower in CONNECTORS:
            return None
        longer = self._longest_match_at(run, k + 1, min(maxn, len(run) - k - 1), n, marks, blocked_from)
        if not longer or longer[1].get("role") != "place":
            return None
        best = (longer[1].get("cands") or [{}])[0]
        if best.get("name_similarity", 0.0) < self._NAME_AFTER_THE_SIMILARITY:
            return None
        return longer

    def _english_word_before_a_name(self, run: list[int], k: int, m: dict) -> bool:
        """Is run[k], an English word that is also a romanised Arabic article ("As", "At", "An":
        _ENGLISH_ARTICLE_WORDS), capitalised only because it opens a sentence or a headline
        ("As Kenya's rainy season began", "At Kabul airport", "AN Ottawa man"), read into the
        name ``m`` (run[k] and the words after it) only because name keys drop articles? So
        where the place read is never spelled with the article (the ranking's article_unmatched)
        or the demonym is the same without the word ("An Iranian"): the name opens at the next
        word, its reading unchanged. A name that holds its article ("As Sulaymaniyah", "An
        Najaf") keeps it. (s56 gaz106) So too inside a headline in title case, where every word
        is capitalised ("Marines Arrive At Kabul Airport": persons._title_case_sentence), the
        preposition is no name's word. (s57 gaz108)

        why: the word was kept in the span (a toponym's span wrong, "after 'at'" lost for the
        place after it), though the reading was the place's without it."""
        tok = self.toks[run[k]]
        opening = tok.first_in_sentence or tok.is_upper or (self.headline_lines and self._in_headline(tok.start))
        if not opening and not self._title_case_sentence(tok):
            return False
        cc = m.get("cc")
        if cc:
            rest = self.text[self.toks[run[k + 1]].start:m["end"]]
            return self._demonym_kept(rest) == cc
        cands = m.get("cands")
        if not cands:
            return False
        if "article_unmatched" in (cands[0].get("features") or ()):
            return True
        # (in title case, a place spelled with another article does not keep the word: "At Juba"
        # first matched Al Jubah; "An Najaf" is spelled with its own)
        return not opening and not any(_spelled_with_the_word(c, tok.text) for c in cands[:_ARTICLE_READINGS])

    def _given_name_before_a_surname(self, run: list[int], pos: int, m: dict) -> bool:
        """Is the lesser place ``m``, dropped as the first word of a two-word run whose second word
        no place bears ("Amber Sinclair-Alexander", "Lucy Lau"), a given name before a surname?
        Then the text calls the person by the given name alone later ("Amber will fly out",
        "Lucy's father"), which the scan drops as it drops a surname seen so ("Dora Faulkner",
        then "Faulkner"). Only a single word of a reading below GIVEN_NAME_LEFT_IMPORTANCE, at the
        sentence's first word or after a lower-case word other than an article, and a second word that
        is no kind's, organisation's, landmark's or venue's word (VENUE_WORDS: "Randwick
        Racecourse"); a bigger town heading a name ("Hartford Courant") never comes here. (s40 gaz66)"""
        if pos != 0 or len(run) != 2 or m["importance"] >= GIVEN_NAME_LEFT_IMPORTANCE:
            return False
        second = self.toks[run[1]]
        if second.lower in _NO_SURNAME_WORDS or second.lower in VENUE_WORDS:
            return False  # "Randwick Racecourse", "Ashby Hall": a venue named after the place
        before = self.prev_word(run[0], 1)
        # (after an article the pair names a thing, not a person: "the Olympic Games")
        return not before or (before[0].is_word and before[0].text[:1].islower() and before[0].lower not in _THING_ARTICLES)

    def _names_joined_by_a_word(self, run: list[int], k: int, n: int, m: dict) -> bool:
        """Two names joined by an English word that is also an Arabic article ("head to
        Portland as Paris flies ...": 'as', 'at', 'an', 'on'), read whole only by a loose
        spelling of some place ('Portland Parish'): the names are two, each looked up on its
        own. A place spelled so exactly ("Ras as Sidr" as the gazetteer writes it) stays whole."""
        inner = [run[j] for j in range(k + 1, k + n - 1) if self.toks[run[j]].text in _ENGLISH_ARTICLE_WORDS]
        if not inner:
            return False
        if max((c.get("name_similarity", 0.0) for c in m.get("cands") or ()), default=0.0) >= 1.0:
            return False
        before = self.toks[run[k]].text if inner[0] == run[k + 1] else None
        after = self.toks[inner[-1] + 1].text if inner[-1] + 1 == run[k + n - 1] else None
        return before is not None and after is not None and self._well_known(before) and self._well_known(after)

    def _well_known(self, word: str) -> bool:
        """Is ``word`` the very name of a well-known place ('Portland', 'Paris'; not 'Sultan')?"""
        return any(c.get("name_similarity", 0.0) >= 0.95 and (c.get("importance") or 0.0) >= WELL_KNOWN_IMPORTANCE
                   for c in self.shared_candidates_of(word, None)[:3])

    def _scan_one_word(self, run: list[int], marks: dict[int, str], alone_asked: bool = False) -> list[dict]:
        """:meth:`scan_run` of a run of one word (half the runs that get there): the one span
        is the word itself, and the checks of a run's several matches (a qualifier before
        it, a longer name, neighbours that are no place, a facility word after the last of
        several words) have nothing to look at. With ``alone_asked`` the caller found that
        :meth:`_no_reading_alone` is False for the word, so :meth:`_surely_no_match` is too."""
        i = run[0]
        tok = self.toks[i]
        if marks.get(i) in ("person", "title") or tok.lower in CONNECTORS and not is_nameish(tok):
            return []
        surface = self.text[tok.start:tok.end]
        if not alone_asked and self._surely_no_match(surface, tok, 1):
            return []
        m = self.match(surface, run, 0, 1, marks)
        return [m] if m else []

    def _surely_no_match(self, surface: str, first, n: int) -> bool:
        """Does :meth:`match` surely answer None for ``surface`` (``n`` tokens from ``first``),
        from facts of the spelling alone (kept across documents)? Half the calls a batch made
        were such (7,000 of 14,500), each building its dict and asking its tests first.

        - three words or more: no name and no area's demonym (match reads longer spans only so);
        - two words: no name, no demonym and no area's demonym (its only readings of two words
          besides names);
        - one word: no reading of one word can take it wherever it stands
          (:meth:`_no_reading_alone`), and it is no area's demonym (match reads those first and
          _no_reading_alone leaves them out).

        (The kept facts are read here in place; a spelling not kept yet is asked of
        _has_name_kept or _demonym_kept, which keep it.)"""
        if n == 1:
            return surface not in AREA_DEMONYMS and surface not in PROVINCE_DEMONYMS and self._no_reading_alone(first)
        try:
            facts = self._facts
        except AttributeError:
            facts = self._spelling_facts()
        named = facts.has_name.get(surface)
        if named is None:
            named = self._has_name_kept(surface)
        if named or surface in AREA_DEMONYMS:
            return False
        if n >= 3:
            return True
        cc = facts.demonym.get(surface, _UNASKED)
        if cc is _UNASKED:
            cc = self._demonym_kept(surface)
        return not cc

    def _famous_before_org_word(self, run: list[int], k: int, n: int, m: dict, marks) -> dict | None:
        """'the University of Ohio Center for X': a lesser place whose name ends in an
        organisation's kind word ("Ohio Center", a village) read where the words before that
        word name a state or a country; the longer name is the body's, the shorter the place.
        The shorter match, or None."""
        last = self.toks[run[k + n - 1]]
        if n < 2 or last.lower not in ORG_SUFFIXES or not last.text[:1].isupper():
            return None
        best = (m.get("cands") or [{}])[0]
        if best.get("kind") in {"country", "admin1"} or (best.get("importance") or 0.0) >= 0.55:
            return None
        first, end = self.toks[run[k]], self.toks[run[k + n - 2]]
        short = self.match(self.text[first.start:end.end], run, k, n - 1, marks)
        top = (short or {}).get("cands") or [{}]
        if short and top[0].get("kind") in {"country", "admin1"} and top[0].get("name_similarity") == 1.0:
            return short
        return None

    def _words_of_no_place(self, idx: list[int]) -> bool:
        """Are these capitalised words none of them a place's name or a demonym?"""
        return all(self.toks[i].text[:1].isupper() and not self.has_name(self.toks[i].text)
                   and not self.demonym(self.toks[i].text) for i in idx)

    def _no_two_lesser_places_side_by_side(self, run: list[int], out: list[dict]) -> list[dict]:
        """'Stewart Parnell', 'Prescott Carlson': two one-word names side by side with nothing
        between them, each a lesser place, are one name of a person or a thing; prose writes
        two places with a comma or a word between them. Well-known places and areas ("Kabul", "Texas") are left alone, and
        so are everyday words, which name a feature or a body ("Salinas Valley", "Enfield
        Council", "Cannes Grand Prix")."""
        def lesser(m: dict) -> bool:
            best = (m.get("cands") or [{}])[0]
            return m["role"] == "place" and m["n_tokens"] == 1 and not m.get("abbrev") \
                and m["importance"] < 0.7 and best.get("kind") not in {"country", "admin1", "continent"} \
                and not is_everyday_word(m["surface"]) and m["surface"].lower() not in UNIT_WORDS
        drop = set()
        for a, b in zip(out, out[1:]):
            if b["tok"] == a["tok"] + 1 and lesser(a) and lesser(b) \
                    and self._adjacent(self.toks[a["tok"]], self.toks[b["tok"]]):
                drop.update((id(a), id(b)))
                if self._a_given_name_and_surname(run, a, b) and not self._named_alone_as_a_place(b["surface"], b["tok"]):
                    self.person_words.add(b["surface"])  # "Jenny Palma": later "Palma said" alone
        return [m for m in out if id(m) not in drop]

    def _a_given_name_and_surname(self, run: list[int], a: dict, b: dict) -> bool:
        """Are the two lesser places side by side that _no_two_lesser_places_side_by_side drops
        the whole run ("Jenny Palma spoke", "Prescott Carlson was quoted"), not two words inside
        a longer name? Then they are a person's given name and surname, and the surname told alone
        later is the person too ("Palma said", "Now, Palma and her family"), as after an unknown
        given name ("Dora Faulkner", :meth:`_scan_run_of_words`)."""
        return len(run) == 2 and a["tok"] == run[0] and b["tok"] == run[1]

    def _region_sense(self, surface: str, start: int, end: int) -> dict | None:
        """The area a country's demonym says in "West and Central African countries", "Central
        African states" (REGION_SENSE_DEMONYMS), or None: the Central African Republic's
        demonym elsewhere."""
        name = REGION_SENSE_DEMONYMS.get(surface)
        if name is None:
            return None
        if not (REGION_SENSE_AFTER_RE.match(self.text, end)
                or REGION_SENSE_BEFORE_RE.search(self.text, max(0, start - 40), start)):
            return None
        area = area_place(name)
        return dict(area, why=f"demonym {surface!r} of {area['name']} (said of several states)") if area else None

    def _area_abbreviation_in_setting(self, surface: str) -> list[dict]:
        """'the LoC' in a text that names Kashmir, India or Pakistan: the Line of Control; 'the
        ACT' in one that names Australia: the Australian Capital Territory (the readings of the
        name wordlists.AREA_ABBREVIATIONS_IN_SETTING gives the abbreviation: a built-in area, or
        the index's places of that very name), else []. Elsewhere the letters are other things'
        (a letter of credit, the Library of Congress, the verb in capitals).

        why: probe report of my own (s26): "exchanged fire along the LoC in Kupwara" read nothing."""
        name, setting, _source = AREA_ABBREVIATIONS_IN_SETTING[surface]
        if not any(word in self.text for word in setting):
            return []
        said = f"; {surface!r} stands for {name!r} (the text names its setting)"
        area = area_place(name)
        if area:
            return [dict(area, why=area.get("why", "") + said)]
        return [dict(c, name_similarity=1.0, why=c.get("why", "") + said)
                for c in self.candidates(name, None) if c.get("name_similarity", 0) >= 1.0]

    def match(self, surface: str, run: list[int], k: int, n: int, marks: dict[int, str]) -> dict | None:
        """A raw mention for ``surface`` (tokens run[k:k+n]) or None."""
        toks = self.toks
        first, last = toks[run[k]], toks[run[k + n - 1]]
        in_org = bool(marks) and any(marks.get(run[m]) == "org" for m in range(k, k + n)) \
            or (k + n == len(run) and self._before_a_lower_case_org_head(run[k + n - 1]))
        if self.text[last.end:last.end + 1] == "$":
            return None  # "US$40", "NZ$5": a currency, not a place
        base = {"start": first.start, "end": last.end, "surface": surface, "tok": run[k], "n_tokens": n,
                "sentence": first.sentence}
        # capitalised abbreviations of countries
        if n == 1 and surface in COUNTRY_ABBREVIATIONS and (len(run) == 1 or self._beside_no_name(run, k, marks)):
            # alone, or beside words that are no name ("The US", "US President", "U.S. Department")
            place = country_abbreviation_answer(self.gaz, surface)
            if place:
                actor = in_org or self.attributive_actor(run[k]) or self.possessed_actor(run[k]) or \
                    self.speaks(run[k], run[k]) or self.site_owner(run[k])
                return {**base, "role": "actor" if actor else "place", "cands": [place], "kind": "country",
                        "importance": 1.0, "abbrev": True}
        if n == 1 and surface in COUNTRY_ABBREVIATIONS and k == len(run) - 2 \
                and all(self.toks[j].lower in STOPWORDS for j in run[:k]) and self._system_named_after(run[k + 1]):
            # "US Patriot batteries", "UK Challenger tanks": the country's force named by its
            # system, the abbreviation whose it is, as "American Patriot batteries" says (s43 read117)
            place = country_abbreviation_answer(self.gaz, surface)
            if place:
                return {**base, "role": "actor", "cands": [place], "kind": "country", "importance": 1.0,
                        "abbrev": True}
        if n == 1 and surface in COUNTRY_ABBREVIATIONS and k == len(run) - 1 and k > 0 \
                and self._words_of_no_place(run[:k]):
            # "Generation UK", "Amnesty UK": a body named with the country it works in
            place = country_abbreviation_answer(self.gaz, surface)
            if place:
                place["why"] += " ending a name"
                return {**base, "role": "organisation", "cands": [place], "kind": "country", "importance": 1.0,
                        "abbrev": True}
        if n == 1 and surface in AREA_ABBREVIATIONS_IN_SETTING \
                and not (self.headline_lines and self._in_headline(first.start)):
            cands = self._area_abbreviation_in_setting(surface)
            if cands:
                return {**base, "role": "actor" if in_org else "place", "cands": cands, "kind": None,
                        "importance": 1.0, "abbrev": True}
        # demonyms (one or two words: "Iraqi", "South African"; parts of "Syrian-Iraqi")
        # (is_upper is a Python step: asked once, of one word; the lower-case spelling without
        # its full stops is what the date and province tests below look up first)
        upper = n == 1 and first.is_upper
        if n <= 2 and not upper:
            cc = self._demonym_kept(surface)
            if cc and (self.before_a_border(run[k + n - 1]) or not self._place_before_demonym(surface, cc)
                       or self._demonym_heading_a_name(surface, cc, run, k, n)):
                region = self._region_sense(surface, first.start, last.end)
                if region:
                    return _area_demonym(base, region, in_org)
                return {**base, "role": "demonym", "cc": cc, "importance": 1.0, "in_org": in_org}
        if n <= 3 and surface in AREA_DEMONYMS and not upper \
                and not (k and self.toks[run[k - 1]].lower in NAME_QUALIFIERS) and not self._is_exact_place(surface):
            # (not the "African" of "Central African", a demonym of a country this list lacks, nor
            # a place's own name: "Balkan province" is Turkmenistan's)
            # "European officials", "Asian markets", "South East Asian": the adjective of a
            # continent or a part of one mentions that area, as "Iraqi" mentions Iraq
            area = area_place(AREA_DEMONYMS[surface])
            if area:
                return _area_demonym(base, dict(area, why=f"demonym {surface!r} of {area['name']}"), in_org)
        if n == 1 and surface in PROVINCE_DEMONYMS and not upper \
                and not (k and self.toks[run[k - 1]].lower in NAME_QUALIFIERS) and not self._is_exact_place(surface):
            # "a Crimean port", "Tigrayan towns": a province's adjective mentions the province
            # as a country's demonym mentions the country, with the same roles
            province = province_of_demonym(self, surface)
            if province:
                role = "actor" if in_org else self.demonym_role(run[k])
                # (only "a Crimean port" puts the province among the text's places; "a Texan
                # rancher" says whose, no more than "an American rancher" puts a point in the
                # text: no context for its other names, as an area's demonym is none)
                return {**base, "role": role, "cands": [province], "importance": 1.0, "in_org": in_org,
                        "kind": None, "area_demonym": role != "demonym_place"}
        if n == 1 and "-" in surface and not ARTICLE_HYPHEN_RE.match(surface):
            parts = self._hyphen_demonyms(first)
            if parts:
                return parts
        stem = first.lower.rstrip(".") if n == 1 else None
        if stem in CALENDAR_WORDS and self._is_date_word(run[k], n):
            return None
        if stem in SEASON_WORDS and self._season_of_a_year(run[k], n):
            return None  # "in Spring 2002": a date
        if stem in REGION_ABBREVIATIONS:
            region = self._region_in_text(run[k])
            if region:
                surface, cands = region
                return {**base, "end": first.start + len(surface), "surface": surface, "role": "place",
                        "cands": cands, "kind": "admin1", "importance": 1.0, "abbrev": True,
                        "n_tokens": 2 if surface.endswith(".") and not first.text.endswith(".") else 1}
        if upper and surface in self.acronyms and not (self.headline_lines and self._in_headline(first.start)):
            full = self.acronyms[surface]
            cands = [dict(c, name_similarity=1.0, why=c.get("why", "") + f"; {surface!r} stands for {full!r}")
                     for c in self.candidates(full, None) if c.get("name_similarity", 0) >= 1.0]
            if cands:
                return {**base, "role": "actor" if in_org else "place", "cands": cands, "kind": None,
                        "importance": max(c.get("importance") or 0 for c in cands[:3]), "abbrev": True}
        if n == 1 and "-" in surface and not ARTICLE_HYPHEN_RE.match(surface) and not (
                self.has_name(surface) and any(c["name_similarity"] >= 0.95 for c in self.shared_candidates_of(surface, None))):
            joined = self._hyphen_places(first, in_org)
            if joined is not None or not self._hyphenated_name_spelled_loosely(surface):
                return joined
            # ("Govi-Altai": no two places joined, but a variant spelling of one hyphenated name,
            # Govĭ-Altay: read whole below, as a name without a hyphen is)
        if n == 1 and ("'" in surface or "’" in surface) and CONTRACTION_RE.match(surface):
            return None  # "I’ve", "We’ll": a contraction, whatever place its letters spell
        if not self._has_name_kept(surface) and not (n == 1 and self._airport_named_by_the_word(run[k])):
            return None
        if last.lower in _KIND_PAIR_FIRSTS and self._opens_kind_phrase(run[k + n - 1]):
            return None  # "Military Air Base": "Air" is the first word of the kind, no name
        lower = surface.lower()
        if n == 1:
            if lower in STOPWORDS or lower in HONORIFICS or lower in ORG_SUFFIXES and first.text[:1].isupper() and False:
                return None
            if upper and surface not in COUNTRY_ABBREVIATIONS and surface not in REGION_ACRONYMS:
                return None  # acronyms (ISIS, SDF, NATO) and shouted headline words
            if self.headline_lines and self._in_headline(first.start):
                return None
            if self._a_person_s_word(surface) and not self._person_s_word_naming_a_place(surface, run[k]) \
                    and not self._person_s_word_in_a_place_role(run[k]):
                return None  # (asked again below, after the look-up, where it used to be alone)
        kind = self.kind_hint(run, k, n, surface)
        # the shared rows, only read (see shared_candidates_of) until the mention is made, and
        # copied then: a third of the names that get this far are no mention after all
        cands = self.shared_candidates_of(surface, kind)
        shared = True
        if kind and not self.gaz.split_kind(surface)[1] and self._after_the(run[k]):
            bare = self.candidates(surface, None)
            if bare and bare[0].get("needs_the") and not (
                    cands and kind != "river" and bare[0].get("kind") == "river" and cands[0].get("kind") == kind):
                # "the tropical Pacific region": an ocean or a sea after "the", the word after it
                # says which part of it, not that a province of the name is meant (a river gives way
                # to a place of the kind the index holds: "the Amur region" is the province)
                kind, cands = None, bare
                shared = False
        if kind in FACILITY_KINDS and cands:
            facilities = [c for c in cands if c.get("kind") in FACILITY_KINDS]
            towns = [c for c in cands if c.get("kind") not in FACILITY_KINDS]
            if facilities and towns:
                serve = {id(c) for c in self._by_famous_namesake(facilities, towns)}
                if self.gaz.split_kind(surface)[1]:
                    # (the kind word written in the name: see _named_after_no_town)
                    serve.update(id(c) for c in self._named_after_no_town(facilities, towns))
                cands = [c for c in cands if c.get("kind") not in FACILITY_KINDS or id(c) in serve]
        if cands and cands[0].get("kind") == "river" and len(cands) > 1 and not self._after_the(run[k]) \
                and any(c.get("kind") in _SETTLEMENT_KINDS for c in cands[1:]):
            # "troops entered Syr Darya": a river's name written without "the" where the index holds
            # a town of it is the town ("along the Syr Darya", "the Syr Darya river" stay the river)
            cands = [c for c in cands if c.get("kind") != "river"]
        if cands and cands[0].get("needs_the") and not self._after_the(
                run[k], past_qualifier=cands[0].get("kind") in {"ocean", "sea"}) \
                and not (cands[0].get("kind") in {"ocean", "sea"} and self._sea_as_headlines_write_it(run, k, n)):
            cands = cands[1:]  # "Atlantic Council", "Pacific Gas": only "the Atlantic" is the ocean
        if not cands:
            cands = self._area_named_with_its_kind_word(run[k + n - 1], surface)
            if not cands and kind == "airfield" and n == 1 and self._airport_named_by_the_word(run[k]):
                # "Kenyatta airport": a surname no place bears alone, the airport's name with the word
                # (gazetteer_build.surname_of_its_person); facilities' tests of the name read it below
                ext = self._with_kind_word(run[k], kind, surface, [])
                cands = ext[2] if ext else []
            if not cands:
                return None
            kind = None  # (the area is the place; the kind word is part of its name)
            shared = False
        if kind == "admin1" and cands:
            unit = self._unit_named_for_the_lake(run[k + n - 1], cands[0])
            if unit:
                cands, shared = unit, False  # "the Lake Chad province": Chad's Lac province
        # (the first reading's kind asked first: no name whose first reading is no facility passes
        # all() below, and most names' is none)
        if not kind and cands[0].get("kind") in FACILITY_KINDS \
                and all(c.get("kind") in FACILITY_KINDS and "short_form" in (c.get("features") or {}) for c in cands) \
                and all(is_common_word(w) for w in re.findall(r"[^\W\d_]+", surface)):
            return None  # "Farms", "Natural Selection": everyday words, not an airfield's short name
        best = cands[0]
        imp = max((c.get("importance") or 0.0) for c in cands[:3])
        if n == 1:
            # the text itself writes this word in lower case: a common word, not a name
            if lower in self.lower_words and imp < 0.75 and lower not in self._lower_only_in_strain_names()[0]:
                return None
            if lower in self._lower_only_in_strain_names()[1] and self._before_a_strain_noun(run[k]):
                return None  # "the Reston ebolavirus" in a text on the Ebola Reston strain: the strain
            if surface in self.person_words and not self._person_s_word_naming_a_place(surface, run[k]) \
                    and not self._person_s_word_in_a_place_role(run[k]):
                return None
        if shared:
            cands = list(map(dict.copy, cands))  # (what self.candidates gives)
            best = cands[0]
        ext = self._with_kind_word(run[k + n - 1], kind, surface, cands)
        if not ext and kind in _KINDS_OF_A_LISTED_WORD:
            # "the Khyber and Torkham passes": 'Khyber pass' (asked only for such a kind: most names have none)
            ext = self._with_the_list_s_kind_word(run[k + n - 1], kind, surface, cands)
        if not ext and (kind is None or kind == "crossing") and self._border_word_after(run[k + n - 1]):
            # "the Rafah border", "the Seme border post": the crossing the index holds by that name
            # (facilities; "border post" and "border crossing" gave the kind)
            ext = self._with_the_border_word(run[k + n - 1], surface, cands)
            if ext:
                kind = "crossing"
        if not ext and kind == "airfield" and best.get("kind") in SETTLEMENT_KINDS:
            # "Copenhagen's airport", "the airport in Copenhagen": the index's "Copenhagen Airport"
            airport = the_town_s_airport(self.has_name, self.candidates, surface, best)
            if airport:
                cands = airport
                best = cands[0]
        if ext:
            # "al-Waleed crossing": the gazetteer knows the facility by its name and kind word
            last_tok, surface, cands = ext
            if not cands:
                return None  # "<surname> airport" of no one airport: no place (airports_by_their_town)
            base.update(end=self.toks[last_tok].end, surface=surface, n_tokens=last_tok - run[k] + 1)
            best = cands[0]
        if best.get("kind") in SETTLEMENT_KINDS and self._a_building_s_name(run[k], run[k + n - 1]):
            return None  # "the White House": the building (and its office), which the index lacks; no town
        if self._names_a_disease(run[k + n - 1]):
            return None  # "Marburg virus", "Lassa fever": a disease named after the place
        role = "place"
        big = best.get("kind") == "country" or imp >= 0.7
        facility = kind in FACILITY_KINDS  # the text names a crossing, a base, an airport
        # a crossing, base or airport is where a force goes, never who acts or speaks
        # (a place inside an organisation's name: the organisation speaks or is told, not the place)
        # ("experts at CDC Atlanta said": the body speaks from its seat; the city is where)
        seat = k == 1 and toks[run[0]].is_upper and self._after_locative(run[0])
        spoken = not facility and not in_org and not seat and not self._before_its_people(run[k + n - 1]) and (
            self.speaks(run[k + n - 1], run[k]) or (
                self.addressed(run[k]) and not self._possessive_after(run[k + n - 1])))
        if spoken:
            # "Turkey said", "told Al Jazeera": a government (metonymy) or a person/outlet
            if not big:
                return None
            role = "actor"
        elif big and not facility and not in_org and not seat and self.acts_as_a_government(run[k], run[k + n - 1]) \
                and seat_of_a_government(best, self.gaz):
            # "Washington on Monday labelled ...", "Moscow and Beijing urged ...": the government
            role = "actor"
        elif best.get("kind") == "country" and (
                self.possessed_actor(run[k + n - 1]) or self.site_owner(run[k + n - 1]) or (
                    self.attributive_actor(run[k + n - 1]) and not self._after_a_place_and_comma(run[k]))):
            # "Turkey's army", "U.S. troops" (but "Kingston, Jamaica police": where); "the Turkey
            # base in Qatar": whose base
            role = "actor"
        if in_org:
            # "Washington Post", "University of Alberta": a place named inside an organisation's
            # name says where the organisation is, not where anything happens
            role = "actor" if best.get("kind") == "country" else "organisation"
        elif best.get("kind") != "country" and self._waters_naming_a_fleet(run[k + n - 1]):
            role = "organisation"  # "the Black Sea Fleet": a navy's force, not the sea
        elif best.get("kind") in _WATERS_KINDS and self._waters_naming_a_formation(run[k + n - 1]):
            role = "organisation"  # "the Red Sea task force": a formation, not the sea (read59)
        elif best.get("kind") in _WATERS_KINDS and self._waters_naming_a_unit(run[k + n - 1]):
            role = "organisation"  # "the Pacific regiment": the unit's name, not the ocean
        return {**base, "role": role, "cands": cands, "kind": kind, "importance": imp,
                "first_in_sentence": first.first_in_sentence}

    def _a_person_s_word(self, surface: str) -> bool:
        """Is this one word a person's name the text gave before ("Dora Faulkner": later
        "Faulkner" alone, see :meth:`_scan_run_of_words`)? :meth:`match` drops such a word
        whatever the gazetteer answers, so it asks before the look-up: 29 of the 1,185
        first-seen look-ups of sub4's 95 dev documents were made only to drop the word after
        (one look-up ~0.3 ms). The test after the look-up stays, so leaving this one out (as
        tests/test_scan_identity.py does) is the old order."""
        return surface in self.person_words

    def _area_named_with_its_kind_word(self, end_tok: int, surface: str) -> list[dict]:
        """'the Kurdistan region': a name the index holds no reading of, followed by a lower-case
        kind word with which it is a built-in area's name ("Kurdistan Region"): that area, found
        here so the name becomes a mention at all (the resolver then takes the same area, see
        :meth:`_areas_with_a_lower_case_head_word`)."""
        nxt = self.next_tokens(end_tok, 1)
        if not nxt or not nxt[0].is_word or not nxt[0].text[:1].islower() or nxt[0].lower not in KIND_AFTER \
                or not self._adjacent(self.toks[end_tok], nxt[0]):
            return []
        longer = surface + self.text[self.toks[end_tok].end:nxt[0].end]
        hit = AREA_BY_PLAIN.get(plain(longer))
        if not hit or hit[0].lower().removeprefix("the ") != longer.lower():
            return []
        area = area_place(longer)
        return [area] if area is not None else []

    def _unit_named_for_the_lake(self, end_tok: int, lake: dict) -> list[dict]:
        """'the Lake Chad province', 'the Lake Tanganyika province': a lake (a built-in area the
        index holds no unit of the name beside) written with a kind word that names only an
        administrative unit (UNIT_ONLY_KIND_WORDS: not "region", which also means the land around
        the lake) is the province named for the lake: a first- or second-level unit lying within
        the lake's area whose name is the lake's name without "Lake" (Tanganyika, DR Congo) or
        the word for a lake in the country's language (Lac, Chad). Those units, nearest first;
        none where no unit of the index fits, and the lake keeps its reading.

        why: the lake's point and the province lie apart (Lake Chad is read in Nigeria); the
        kind word the writer chose says a province is meant, and where the unit is named so and
        lies there, it is the one."""
        if lake.get("kind") != "region" or not str(lake.get("gazetteer_id") or "").startswith("geomove-area:"):
            return []
        nxt = self.next_tokens(end_tok, 1)
        if not nxt or nxt[0].lower not in UNIT_ONLY_KIND_WORDS or not self._adjacent(self.toks[end_tok], nxt[0]):
            return []
        words = (lake.get("name") or "").split()
        if len(words) < 2 or words[0].lower() != "lake":
            return []
        reach = float(lake.get("uncertainty_km") or 0.0)
        units = []
        for asked in (" ".join(words[1:]), *LAKE_WORDS_ABROAD):
            for c in self.candidates(asked, "admin1"):
                if c.get("kind") not in {"admin1", "admin2"} or c.get("name_similarity", 0.0) < 1.0 \
                        or plain(c.get("name") or "") != plain(asked):
                    continue
                km = haversine_km(lake["lat"], lake["lon"], c["lat"], c["lon"])
                if km <= reach + float(c.get("uncertainty_km") or 0.0):
                    c["why"] = c.get("why", "") + f"; the province named for {lake['name']} (its kind word written)"
                    units.append((km, c))
        units.sort(key=operator.itemgetter(0))
        return [c for _, c in units]

    def _before_its_people(self, tok_index: int) -> bool:
        """'reported by Hanley residents', 'told Hanley police': the people or body of the place
        speak or are told, not the place (nor a person or an outlet of its name)."""
        nxt = self.next_word(tok_index)
        return nxt is not None and nxt.lower in LOCAL_BODY_NOUNS and nxt.text[:1].islower()

    def _before_a_lower_case_org_head(self, end_tok: int) -> bool:
        """'the Sinaloa cartel', 'the Medellin cartel': a name right before a lower-case word of
        LOWER_CASE_ORG_HEADS is the organisation's (named after its home), as 'the Sinaloa
        Cartel' with a capital is (persons.classify_run marks that one); the words after the name
        are not part of the run of capitals, so they were not seen."""
        nxt = self.next_word(end_tok)
        if nxt is None or not nxt.text[:1].islower():
            return False
        word = nxt.lower
        return (word in LOWER_CASE_ORG_HEADS or word in COMPOUND_ORG_HEADS.get(self.toks[end_tok].lower, ())) \
            and self._adjacent(self.toks[end_tok], nxt)

    def _waters_naming_a_fleet(self, end_tok: int) -> bool:
        """'The Baltic Fleet sailed', 'ships of the Black Sea Fleet', 'the Pacific Fleet's
        carriers': a sea's, an ocean's or a region's name right before a capitalised "Fleet" or
        "Flotilla" (FLEET_WORDS) names a navy's force after the waters it keeps, not a place where
        anything happens; the name is read as an organisation's (kept out of movements and of
        the context other names are ranked by). Not for a country ("the Russian Fleet", "US
        Sixth Fleet" are who acts) and only on a name the word follows straight."""
        nxt = self.next_word(end_tok)
        return nxt is not None and nxt.lower in FLEET_WORDS and nxt.text[:1].isupper() \
            and self._adjacent(self.toks[end_tok], nxt)

    def _waters_naming_a_formation(self, end_tok: int) -> bool:
        """'diverted from the Red Sea task force', 'joined a Baltic task group': a sea's name right
        before "task force" / "task group" / "strike group" (FORMATION_AFTER_WATERS, lower case or
        not, "naval" allowed first) names the formation after the waters it patrols, as "the Black
        Sea Fleet" does (:meth:`_waters_naming_a_fleet`); the sea is no end of the movement told.

        why: "The frigate, diverted from the Red Sea task force, sailed from Djibouti to Port
        Sudan" was read from the Red Sea (read59). Only for waters (_WATERS_KINDS): "the Mali
        task force" is a country's, and a town's task force may say where it stands."""
        nxt = self.next_tokens(end_tok, 4)
        words = [t.lower for t in nxt]
        if words[:1] == ["naval"]:
            words = words[1:]
        first, second = FORMATION_AFTER_WATERS
        return len(words) >= 2 and words[0] in first and words[1] in second and words[0] != "naval" \
            and (len(words) < 3 or words[2] not in _FORMATION_AREA_WORDS) \
            and self._adjacent(self.toks[end_tok], nxt[0])  # ("the Red Sea task force area" is a place)

    def _a_building_s_name(self, first_tok: int, end_tok: int) -> bool:
        """'officials near the White House', 'guards outside the Blue House': after "the", a name
        whose last word is a building's (BUILDING_HEADS, capitalised), or which stands right
        before one, is the building's name (and its office's: "the White House said"), no town
        of those words; a town's own name is written without the article ("White House,
        Tennessee"). A name right before a capitalised "House" (BUILDING_HEADS_AFTER_ANY_NAME)
        is a building's without the article too ("talks at Lancaster House"). Asked only of a
        reading as a settlement.

        why: probes of my own (s37 gaz59): "near the White House" read Casablanca, whose name
        means so in English; "met at Lancaster House" read Lancaster, Pennsylvania."""
        last = self.toks[end_tok]
        if not (last.lower in BUILDING_HEADS and last.text[:1].isupper()):
            nxt = self.next_word(end_tok)
            if not (nxt is not None and nxt.lower in BUILDING_HEADS and nxt.text[:1].isupper()
                    and self._adjacent(last, nxt)):
                return False
            if nxt.lower in BUILDING_HEADS_AFTER_ANY_NAME:
                return True
        prev = self.prev_word(first_tok, 1)
        return bool(prev) and prev[-1].lower == "the"

    def _names_a_disease(self, end_tok: int) -> bool:
        """'the Marburg virus', 'Lassa fever', 'the Saintpaul strain of salmonella': a name right
        before a lower-case word of a disease or a pathogen (DISEASE_HEADS) is the disease's name,
        no place where anything happens; a report placing the outbreak names the place apart
        ("Lassa fever spread in Ebonyi")."""
        nxt = self.next_word(end_tok)
        return nxt is not None and nxt.lower in DISEASE_HEADS and nxt.text.islower() \
            and self._adjacent(self.toks[end_tok], nxt)

    def _waters_naming_a_unit(self, end_tok: int) -> bool:
        """'Marines of the Pacific regiment', 'the Arctic battalion left Murmansk': an ocean's or a
        sea's name right before the lower-case noun of a unit (UNITS_AFTER_WATERS) is the unit's
        name, as "the Red Sea task force" is the formation's (:meth:`_waters_naming_a_formation`):
        the ocean is no place of the sentence. Not when the words after the noun name its area
        ("the Baltic division area"), and only for waters (a town's battalion may be where it is).

        why: probes of my own (s37 gaz59) read the Pacific, the Atlantic and the Arctic Ocean as
        places of units' movements."""
        nxt = self.next_tokens(end_tok, 2)
        return bool(nxt) and nxt[0].lower in UNITS_AFTER_WATERS and nxt[0].text[:1].islower() \
            and (len(nxt) < 2 or nxt[1].lower not in _FORMATION_AREA_WORDS) \
            and self._adjacent(self.toks[end_tok], nxt[0])

    def _air_base_after_a_name(self, run: list[int], pos: int) -> bool:
        """'Fighters landed at Rovaniemi AB', 'jets flew from Kallax AB': "AB", in capitals right
        after a town's name, is the armed forces' short way of writing "air base" (as "AFB" is
        "Air Force Base"), so the run names where aircraft go, not a company ("AB", a Swedish
        or Finnish firm's suffix, is why gazetteer.kinds.SERVICE_FORMS leaves it out). Read so
        only where the two words are the whole run and a preposition of place or a verb of
        movement stands before them (LOCATIVE_PREPS): "shares of Boliden AB" stay a company."""
        if len(run) != 2 or pos != 0 or self.toks[run[1]].text != "AB":
            return False
        prev = self.prev_word(run[0], 2)
        return bool(prev) and prev[-1].lower in LOCATIVE_PREPS and prev[-1].text[:1].islower() \
            and not (len(prev) == 2 and prev[0].lower in ("according", "told", "said", "spoke", "sold", "talked"))

    def _named_alone_as_a_place(self, word: str, at: int) -> bool:
        """'Sloboda Tuzla cancelled a friendly ... the roads to Doboj and Tuzla': does the text
        write ``word`` (a lesser town's name read, at token ``at``, as the surname after an
        unknown word or after another lesser place's name, Sloboda a village of Russia's)
        elsewhere alone as a place -- right after a locative preposition, or
        after "and" or a comma that follows a name written so ("to Doboj and Tuzla")? Then the
        run it ends is a name made from the town's (a club's, a firm's: "Sloboda Tuzla", whose
        first word no list knows), not a person's, and the town's other mentions stay places. A
        person's surname told alone again is the subject of a verb ("Faulkner said"), not a
        place where something goes. (gaz92)"""
        texts = self.tok_texts
        written = texts.count(word)
        if written < 2:
            return False  # (written once: the run's own word; counted in C)
        toks = self.toks
        # (only the word's own tokens are visited, each found by list.index in C: the walk over
        # every token in Python took 29,761 tokens of the 380 dev documents for 187 occurrences;
        # speed108)
        i = -1
        for _ in range(written):
            i = texts.index(word, i + 1)
            if i == at or (i + 1 < len(toks) and toks[i + 1].text[:1].isupper()):
                continue
            prev = self.prev_word(i, 3)
            if not prev or prev[-1].text[:1].isupper():
                continue  # (a word of a longer name)
            if self._after_locative(i):
                return True
            if len(prev) == 3 and prev[-1].lower in ("and", ",") and prev[-2].text[:1].isupper() \
                    and self._after_locative(i - 2):
                return True
        return False

    def _after_locative(self, tok_index: int) -> bool:
        """Is the token written right after a locative preposition ('at', 'to', 'from', 'in')?
        ('on', 'told' and 'according to' name an outlet: "on CTV Winnipeg".)"""
        prev = self.prev_word(tok_index, 2)
        return bool(prev) and prev[-1].lower in ("at", "to", "from", "in", "into", "near") \
            and not (len(prev) == 2 and prev[0].lower in ("according", "told", "said", "spoke", "speaking", "talked"))

    def _after_a_place_and_comma(self, tok_index: int) -> bool:
        """Is the name at ``tok_index`` written after "<Place>," ("Kingston, Jamaica police")?
        Then it says where that place lies, and the noun after it belongs to the place."""
        prev = self.prev_word(tok_index, 2)
        return len(prev) == 2 and prev[1].text == "," and prev[0].text[:1].isupper() \
            and prev[0].lower not in STOPWORDS and self.has_name(prev[0].text)  # ("And, Saudi authorities")

    def _sea_as_headlines_write_it(self, run: list[int], k: int, n: int) -> bool:
        """Is the name run[k:k + n] an ocean's or a sea's as a headline writes it, with no
        article: after a lower-case compass word ("into western Pacific") or a preposition of
        going ("sails into Pacific", "across Mediterranean"), and with no capitalised word of
        the run after it ("Pacific Gas", "Atlantic Council" name firms)?
        why: the name read as a town of its own (Pacific, Missouri) or as nothing."""
        if k + n < len(run):
            return False
        prev = self.prev_word(run[k], 1)
        return bool(prev) and prev[-1].is_word and prev[-1].text[:1].islower() \
            and (prev[-1].lower in NAME_QUALIFIERS or prev[-1].lower in _GOING_INTO)

    def _lower_only_in_strain_names(self) -> tuple[frozenset, frozenset]:
        """(the words the text writes in lower case only inside a strain's name, "the ebola
        reston strain": after a STRAIN_GENUS_WORDS word or before a STRAIN_NOUNS noun; the words,
        lower-cased, it writes after a STRAIN_GENUS_WORDS word in any case: the strains it names,
        "Ebola Reston"). A place's name written small in a strain's name is no common word ("to
        Reston, Virginia" stays a place); the strain's word before a strain noun is the strain.
        Worked out once a text, by one pass over its tokens, only when it writes such a word."""
        kept = self.per_text.get("strain_lower")
        if kept is None:
            small = named = frozenset()
            written = frozenset(self.tok_texts)
            if any(w in written for g in STRAIN_GENUS_WORDS for w in (g, g.capitalize(), g.upper())):
                toks = self.toks
                inside, outside, strains = set(), set(), set()
                for i, t in enumerate(toks):
                    if not t.is_word or t.lower in STRAIN_GENUS_WORDS or t.lower in STRAIN_NOUNS:
                        continue
                    after_genus = i and toks[i - 1].lower in STRAIN_GENUS_WORDS and toks[i - 1].sentence == t.sentence
                    if after_genus:
                        strains.add(t.lower)
                    if t.text[:1].islower():
                        strain = after_genus or (i + 1 < len(toks) and toks[i + 1].lower in STRAIN_NOUNS)
                        (inside if strain else outside).add(t.text)
                small, named = frozenset(inside - outside), frozenset(strains)
            kept = self.per_text["strain_lower"] = (small, named)
        return kept

    def _before_a_strain_noun(self, i: int) -> bool:
        """Is token ``i`` followed by a STRAIN_NOUNS noun in its sentence?"""
        toks = self.toks
        return i + 1 < len(toks) and toks[i + 1].sentence == toks[i].sentence and toks[i + 1].lower in STRAIN_NOUNS

    def _after_a_hyphened_place(self, run: list[int], pos: int) -> bool:
        """Is the word before the place word at run[pos] a hyphened word that opens with a place
        name the index knows that is no given name ("Hunga Tonga-Hunga Ha'apai": "Tonga-Hunga")?
        Then the words are one long compound place name, not a person's: the place word is no
        surname that would keep the bare "Ha'apai" from being a place through the text
        ("Jean-Pierre Bemba" keeps Bemba a surname: Jean is a given name)."""
        word = self.toks[run[pos - 1]].text
        head = word.split("-", 1)[0] if "-" in word else word.split("‑", 1)[0] if "‑" in word else ""
        return len(head) > 2 and head[:1].isupper() and head.lower() not in GIVEN_NAMES \
            and head not in self.person_words and self.has_name(head)

    def _name_ending_in_a_country(self, run: list[int], pos: int) -> bool:
        """Is the country's name at run[pos] the last word of a longer name the index does not
        know ("ash from Hunga Tonga", a volcano's island named after the country's main island)?
        So it is when the word before it, one space apart, is no English word (english_zipf below
        _UNKNOWN_WORD_ZIPF), no adjective or participle by its ending ("Landlocked Mali",
        "Francoist Spain": _ADJECTIVE_ENDINGS), no acronym and no qualifier: a word of a name,
        after which the country is no place of its own. (The word before is already none of a
        stopword, a kind, a demonym or a place: the caller's 'unknown'.)"""
        word, tok = self.toks[run[pos - 1]], self.toks[run[pos]]
        w = word.lower
        if word.end + 1 != tok.start or not word.is_word or word.is_upper or len(w) < 3 \
                or not word.text[:1].isupper() or w in NAME_QUALIFIERS or w in HONORIFICS:
            return False
        return not w.endswith(_ADJECTIVE_ENDINGS) and english_zipf(w) < _UNKNOWN_WORD_ZIPF

    def _names_a_strain(self, run: list[int], pos: int) -> bool:
        """Does the place word at run[pos] follow a virus's name ("Ebola Reston": STRAIN_GENUS_WORDS)
        or come before a noun of a strain ("the Ebola Reston virus": STRAIN_NOUNS)? Then the two
        words name a strain after the place, not a person: the place word is no surname that
        would keep "to Reston, Virginia" from being a place through the text. (The strain's
        words are still no place mention: the capitalised word before them keeps them one name.)"""
        toks = self.toks
        if pos and toks[run[pos - 1]].lower in STRAIN_GENUS_WORDS:
            return True
        nxt = run[-1] + 1
        return nxt < len(toks) and toks[nxt].sentence == toks[run[-1]].sentence and toks[nxt].lower in STRAIN_NOUNS

    def _after_the(self, tok_index: int, past_qualifier: bool = True) -> bool:
        """Is the name at ``tok_index`` written after "the", directly or past a lower-case word
        describing it ("the Atlantic", "the tropical Pacific", "the western Mediterranean") or,
        with ``past_qualifier`` (an ocean's or a sea's name), a capitalised compass word ("the
        South Pacific"; "the West Nile virus" is no river)?"""
        prev = self.prev_word(tok_index, 3)
        for back, t in enumerate(reversed(prev)):
            if t.lower == "the":
                return True
            # (a compass word is a stopword, so "the western Pacific" passes by the qualifier
            # test, in either case)
            if back >= 2 or not t.is_word or not (
                    t.text[:1].islower() and t.lower not in STOPWORDS
                    or past_qualifier and t.lower in NAME_QUALIFIERS):
                return False
        return False

    def _list_item(self, run: list[int], k: int) -> list[int]:
        """The tokens of ``run`` around run[k] up to an 'and'/'or' joining two names ("the US
        and Canada": 'Canada' is another name, not part of the one at 'US').

        The bounds of every item of a run are found in one pass and kept: a walk per token
        was quadratic in a long run of capitals ("U.S. U.S. ...", 20 kB: 2 s)."""
        lo, hi = self._list_item_bounds(run, k)
        return run[lo:hi + 1]

    def _list_item_bounds(self, run: list[int], k: int) -> tuple[int, int]:
        kept = self._item_bounds.get(id(run))
        if kept is None or kept[0] is not run:
            joins = [self.toks[i].lower in ("and", "or") for i in run]
            bounds = [(0, 0)] * len(run)
            lo = 0
            for j in range(len(run)):  # lo: just after the last 'and'/'or' before j
                bounds[j] = (lo, 0)
                if joins[j]:
                    lo = j + 1
            hi = len(run) - 1
            for j in range(len(run) - 1, -1, -1):  # hi: just before the first 'and'/'or' after j
                bounds[j] = (bounds[j][0], hi)
                if joins[j]:
                    hi = j - 1
            kept = self._item_bounds[id(run)] = (run, bounds)
        return kept[1][k]

    def _system_named_after(self, j: int) -> bool:
        """Is the capitalised word ``j`` (the one word after a country's abbreviation) followed by a
        force's or a weapon's noun in lower case ("Patriot batteries", "Apache helicopters")?"""
        nxt = self.next_tokens(j, 1)
        return bool(nxt) and nxt[0].text[:1].islower() and (nxt[0].lower in ACTOR_NOUNS or nxt[0].lower in _SYSTEM_NOUNS)

    def _beside_no_name(self, run: list[int], k: int, marks: dict[int, str]) -> bool:
        """Every other token of run[k]'s list item is a word that is no name (a stopword, part
        of an organisation, a title or person, an honorific). Counted once per run: a check per
        token was quadratic in a long run ("US US US ...", 20 kB: 9 s)."""
        kept = self._no_name_counts.get(id(run))
        if kept is None or kept[0] is not run or kept[1] is not marks:
            toks, names = self.toks, [0]
            # ("Voice of America": words joined by "of" are one organisation's name)
            joined = any(toks[j].lower in CONNECTORS and toks[j].text[:1].islower() for j in run)
            for j in run:
                no_name = (toks[j].lower in STOPWORDS or marks.get(j) in ("org", "title", "person")
                           or toks[j].lower.rstrip("-").split("-")[0] in HONORIFICS
                           or toks[j].lower in QUESTION_OPENERS and toks[j].first_in_sentence
                           or not joined and self._everyday_word_of_no_place(j))
                names.append(names[-1] + (not no_name))
            kept = self._no_name_counts[id(run)] = (run, marks, names)
        names = kept[2]
        lo, hi = self._list_item_bounds(run, k)
        return names[hi + 1] - names[lo] - (names[k + 1] - names[k]) == 0

    def _everyday_word_of_no_place(self, j: int) -> bool:
        """'Generation', 'Youth', 'Summer': a capitalised word English writes every day (whatever
        hamlet is called so): "the Youth UK scheme" names the country as much as "the UK scheme"."""
        tok = self.toks[j]
        return not tok.is_upper and is_everyday_word(tok.text)

    def _region_in_text(self, i: int) -> tuple[str, list[dict]] | None:
        """'Surrey, B.C.', 'Barrie, Ont.', 'in B.C.': an abbreviated state or province."""
        tok = self.toks[i]
        if tok.lower.rstrip(".") not in REGION_ABBREVIATIONS:
            return None  # (tested first: nearly every word asked is none)
        nxt = self.next_tokens(i, 1)
        dot_after = bool(nxt) and nxt[0].text == "." and nxt[0].start == tok.end
        dotted = tok.text.count(".") >= 2  # B.C., N.Y., P.E.I.
        if not (dotted or dot_after or tok.text.endswith(".")):
            return None
        prev = self.prev_word(i, 2)
        after_place = len(prev) == 2 and prev[1].text == "," and prev[0].text[:1].isupper()
        if not after_place and not (dotted and not (prev and prev[-1].text[:1].isdigit())):
            return None  # "Man." or "Miss." alone are words; "500 B.C." is a year
        cands = self.region_abbreviation(tok.text)
        if not cands:
            return None
        surface = tok.text + ("." if dot_after and not tok.text.endswith(".") else "")
        return surface, cands

    # the readings a hyphenated name spelled loosely may take whole (_hyphenated_name_spelled_loosely)
    _LOOSE_HYPHENATED_KINDS: ClassVar[frozenset[str]] = frozenset(("admin1", "admin2", "city", "town"))

    def _hyphenated_name_spelled_loosely(self, surface: str) -> bool:
        """'Govi-Altai', 'Bayan-Olgii': a hyphenated word that names no places joined by its
        hyphen (hyphens._hyphen_places) but is a variant spelling (name_similarity below the
        0.95 that takes it whole at once) of a province, district, city or town whose own name is
        written with as many hyphens (Govĭ-Altay, Bayan-Ölgiy: transliterations of Mongolian
        names vary by a letter). The hyphens must match: two words joined ('Lloyd-Jones') are no
        loose spelling of a one-word name."""
        if not self.has_name(surface):
            return False
        hyphens = surface.count("-")
        for c in self.shared_candidates_of(surface, None)[:5]:
            if c.get("kind") in self._LOOSE_HYPHENATED_KINDS and c.get("lat") is not None \
                    and (c.get("matched_name") or c.get("name") or "").count("-") == hyphens:
                return True
        return False

    def kind_hint(self, run: list[int], k: int, n: int, surface: str | None = None) -> str | None:
        """The kind of place the words of run[k:k+n] (``surface``, the text they span, when the
        caller has it) or the words around them say, or None."""
        toks = self.toks
        if surface is None:
            surface = self.text[toks[run[k]].start:toks[run[k + n - 1]].end]
        in_name = self.gaz.split_kind(surface)[1]
        if in_name:
            return in_name  # "Al-Hasakah Governorate", "Qamishli Airport"
        # the two tokens after the name and the two before it, in its sentence, read in place
        # (next_tokens(j, 2), prev_word(i, 2): 7,800 names a batch)
        j = run[k + n - 1]
        sentence = toks[j].sentence
        if j + 1 < len(toks) and toks[j + 1].sentence == sentence:
            w0 = toks[j + 1].lower
            if j + 2 < len(toks) and toks[j + 2].sentence == sentence and (w0, toks[j + 2].lower) in KIND_PAIRS:
                return KIND_PAIRS[(w0, toks[j + 2].lower)]
            if w0 in KIND_AFTER and not ((w0 in NAME_LEFT_KIND_WORDS or w0 in KIND_ONLY_AFTER_A_UNIT)
                                         and not self._names_a_unit(surface, w0)):
                return KIND_AFTER[w0]
            if w0 in CAMP_QUALIFIERS and self._camp_after_qualifier(j + 1):
                return "camp"  # "the Jenin refugee camp": a camp named after the place
            if w0 in KIND_AFTER_THE_NAME and self._kind_after_the_name(run[k], j + 1):
                return KIND_AFTER_THE_NAME[w0]  # "the San Francisco pass": the mountain pass
            if w0 in APOSTROPHES:
                told = airport_after_a_possessive(toks, j)
                if told:
                    return told  # "Aalborg's airport": the town's airport (town_airports)
        i = run[k]
        if i >= 3 and toks[i - 2].lower in AIRPORT_WORDS:
            told = airport_before_the_town(toks, i)
            if told:
                return told  # "the airport in Aalborg" (town_airports)
        if i >= 2 and toks[i - 1].lower == "of" and toks[i - 2].sentence == toks[i].sentence \
                and toks[i - 2].lower in KIND_BEFORE and not self._one_part_of(i - 2) \
                and not self._part_named_before(i - 2):
            return KIND_BEFORE[toks[i - 2].lower]
        try:
            plural = self._plural_kind_written  # (kept by _writes_a_plural_kind, read in place)
        except AttributeError:
            plural = self._writes_a_plural_kind()
        if not plural:
            return None  # (neither list rule below can find a kind in this text)
        return self._kind_of_list(run[k]) or self._kind_after_list(run[k + n - 1])

    def _kind_after_the_name(self, first: int, w: int) -> bool:
        """'the San Francisco pass', 'The Agua Negra pass was shut': is the lower-case word at
        token ``w`` (KIND_AFTER_THE_NAME, a kind word that is also a verb) right after the name
        opening at token ``first``, which "the" comes before (or opens, a sentence's capitalised
        "The" read with the name)? Then the word is the noun; after a name with no article
        ("troops pass Kherson", "as convoys from Bakhmut pass Soledar") it is the verb."""
        toks = self.toks
        if not toks[w].text.islower() or not self._adjacent(toks[w - 1], toks[w]):
            return False
        return toks[first].text == "The" or self._after_the(first, past_qualifier=False) \
            or self._noun_after_a_place_told(first, w)

    # prepositions that tell a place right before a name with no article ("waited at Sico pass")
    _PREPOSITIONS_BEFORE_A_PASS: ClassVar[frozenset[str]] = frozenset(
        "at via through across over near beyond from to towards toward".split())

    def _noun_after_a_place_told(self, first: int, w: int) -> bool:
        """'Lorries waited at Sico pass for two days', 'crossed via Jama pass.': with no article,
        a kind word that is also a verb is the noun where a preposition of place comes right before
        the name and the word after it can follow no verb of the kind: the sentence's end, a
        punctuation mark or a word of NOUN_AFTER_THE_KIND_WORD. "Columns from Bakhmut pass
        Soledar" and "troops at Kherson pass through the city" keep the verb. (s51 gaz100)"""
        toks = self.toks
        if first < 1 or toks[first - 1].sentence != toks[first].sentence \
                or toks[first - 1].lower not in self._PREPOSITIONS_BEFORE_A_PASS:
            return False
        if w + 1 >= len(toks) or toks[w + 1].sentence != toks[w].sentence:
            return True
        nxt = toks[w + 1]
        if nxt.lower == "on":  # ("crossed at Jama pass on Monday"; "pass on the message")
            return w + 2 < len(toks) and toks[w + 2].lower in CALENDAR_WORDS
        return not nxt.is_word or nxt.lower in NOUN_AFTER_THE_KIND_WORD

    # articles that make a kind word before "of" one part among several of the place after it
    _ONE_OF_SEVERAL: ClassVar[frozenset[str]] = frozenset(("a", "an", "another"))

    def _one_part_of(self, w: int) -> bool:
        """'Karrada, a district of Baghdad', 'Sinjar, a town of Nineveh': the kind word at token
        ``w`` after an indefinite article says what the name *before* it is, one part among
        several of the place after "of", which is then no place of that kind ("the district of
        Y" and "the town of Y" still say Y is one)."""
        toks = self.toks
        return w >= 1 and toks[w - 1].lower in self._ONE_OF_SEVERAL and toks[w - 1].sentence == toks[w].sentence

    # kind words of a part of a place that a name written right before them may own ('the Hodan
    # district of Mogadishu'), leaving the name after "of" the place the part lies in
    _PART_KIND_WORDS: ClassVar[frozenset[str]] = frozenset(("district",))
    # kinds of reading that make a name before the kind word the larger unit ('the Helmand
    # district of Nad Ali': Nad Ali is the district, one of Helmand's)
    _UNIT_KINDS: ClassVar[frozenset[str]] = frozenset(("country", "admin1", "admin2", "region"))

    def _part_named_before(self, w: int) -> bool:
        """'the Hodan district of Mogadishu', 'the Abu Salim district of Tripoli': a capitalised
        name right before the part's kind word at token ``w`` is the part, and the name after
        "of" the city it lies in, no district (Kabul city, not Kabul province; Mogadishu, not an
        admin2 the index lacks). Not where that name is a unit or a people's word, which makes
        the name after "of" the part ('the Helmand district of Nad Ali', 'the Afghan district
        of Nawa')."""
        toks = self.toks
        if toks[w].lower not in self._PART_KIND_WORDS:
            return False
        j = w - 1
        while j >= 0 and w - j <= 4 and toks[j].sentence == toks[w].sentence and toks[j].text[:1].isupper() \
                and self._adjacent(toks[j], toks[j + 1]):
            j -= 1
        if j == w - 1:
            return False  # (no capitalised word right before the kind word: 'the district of X')
        name = self.text[toks[j + 1].start:toks[w - 1].end]
        if self.gaz.demonym(name) or name in PROVINCE_DEMONYMS:
            return False
        return not any(c.get("kind") in self._UNIT_KINDS
                       for c in self.gaz.candidates(name, limit=5, fuzzy=False))

    def _camp_after_qualifier(self, q: int) -> bool:
        """Is token ``q`` a word such as "refugee" (words.CAMP_QUALIFIERS) followed by "camp" in the
        same sentence and case ("Jenin refugee camp", "Jenin Refugee Camp"; not "the Jenin refugee
        Camp David")?"""
        toks = self.toks
        if q + 1 >= len(toks) or toks[q + 1].sentence != toks[q].sentence:
            return False
        nxt = toks[q + 1]
        # (both in lower case, or both capitalised as a title writes them: "Jenin Refugee Camp")
        return nxt.lower in ("camp", "camps") and toks[q].lower in CAMP_QUALIFIERS \
            and nxt.text[:1].islower() == toks[q].text[:1].islower() and self._adjacent(toks[q], nxt)

    def _names_a_unit(self, name: str, word: str) -> bool:
        """'Masisi territory': a word that is a kind only after the name of a unit of that kind
        (gazetteer.kinds.NAME_LEFT_KIND_WORDS) says so where the name is a name on its own and
        the index knows a unit of the kind by it; else the word is a common noun or ends a
        proper name ('Gaza territory', the land of Gaza; 'Federal Capital Territory')."""
        if not still_a_name(name):
            return False
        kind = KIND_AFTER[word]
        own = plain(name)
        return any(c.get("kind") == kind and plain(self.gaz.split_kind(c.get("matched_name") or c["name"])[0]) == own
                   for c in self.gaz.candidates(name, kind=kind, limit=5, fuzzy=False))

    def _writes_a_plural_kind(self) -> bool:
        """Does the text hold a plural kind word ("states", "regions", "villages")? Without one,
        no list of names has a kind by :meth:`_kind_of_list` or :meth:`_kind_after_list`; most
        texts have none, and the walks along the list are skipped. Worked out once a text."""
        try:
            return self._plural_kind_written
        except AttributeError:
            written = not _PLURAL_KIND_WORDS.isdisjoint(map(_LOWER, self.toks))
            self._plural_kind_written = written
            return written

    # plural kind words that, after a list of names, say what each name is ("the Kherson and
    # Zaporizhzhia regions", "the Rafah and Nuijamaa crossings"); not "states" ("the Gulf
    # states") nor "cities" or "towns"
    _AREAS_AFTER_LIST: ClassVar[frozenset[str]] = frozenset({"regions", "provinces", "governorates", "oblasts", "districts", "counties",
                                                            "crossings", "airports", "airfields"})

    def _kind_after_list(self, tok_index: int) -> str | None:
        """'the Kherson and Zaporizhzhia regions': the kind a plural area word after a list of
        names gives each name of the list (walking on over names, commas and 'and'/'or')."""
        toks = self.toks
        j = tok_index + 1
        sentence = toks[tok_index].sentence
        while j < len(toks) and j - tok_index <= 24 and toks[j].sentence == sentence:
            t = toks[j]
            if t.lower in self._AREAS_AFTER_LIST:
                return KIND_BEFORE_LIST[t.lower]
            if t.lower in KIND_AFTER_THE_LIST:
                # "the Khyber and Torkham passes": the noun only after a list "the" opens; each
                # name is read as written with the singular ("Khyber pass", _with_the_list_s_kind_word)
                if not (t.text.islower() and self._list_after_the(tok_index)):
                    return None
                singular = KIND_AFTER_THE_LIST[t.lower]
                self.per_text.setdefault("listed_kind_words", {})[tok_index] = singular
                return KIND_AFTER_THE_NAME[singular]
            if not (t.text in (",", "-") or t.lower in ("and", "or") or t.text[:1].isupper()):
                return None
            j += 1
        return None

    def _list_after_the(self, tok_index: int) -> bool:
        """'the Khyber and Torkham passes', 'The Sico and Jama passes': does the list of names
        that holds the name ending at token ``tok_index`` open after "the" (or a sentence's
        capitalised "The")? Walks back over names, commas and 'and'/'or'; "the road from Kherson
        and Mykolaiv passes through" stops at "from". (s51 gaz100)"""
        toks = self.toks
        j = tok_index
        sentence = toks[tok_index].sentence
        while j >= 0 and tok_index - j <= 24 and toks[j].sentence == sentence:
            t = toks[j]
            if t.lower == "the":
                return True
            if not (t.text == "," or t.lower in ("and", "or") or t.text[:1].isupper()):
                return False
            j -= 1
        return False

    def _kind_of_list(self, tok_index: int) -> str | None:
        """'the states of Texas and Georgia': the kind a plural kind word before a list of names
        gives each name of the list (walking back over names, commas and 'and'/'or')."""
        toks = self.toks
        j = tok_index - 1
        sentence = toks[tok_index].sentence
        while j >= 1 and tok_index - j <= 24 and toks[j].sentence == sentence:
            t = toks[j]
            if t.lower == "of":
                return KIND_BEFORE_LIST.get(toks[j - 1].lower)
            if not (t.text == "," or t.lower in ("and", "or") or t.text[:1].isupper() or t.lower in CONNECTORS):
                return None
            j -= 1
        return None


_PATTERNS.save()  # (the code of patterns compiled anew, for the next process)
