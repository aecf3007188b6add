"""Stage 2, gazetteer look-up: the candidates of a surface that look enough like it (kept
across documents per gazetteer), demonyms, abbreviated provinces."""

from __future__ import annotations

import itertools
import weakref

from ..areas import AREA_BY_PLAIN, area_place
from ..gazetteer import name_key, raw_of
from ..gazetteer.kinds import SERVICE_TOKENS, split_service, spelled_service
from ..names import ARTICLES, light_key, plain
from ..wordlists import REGION_ABBREVIATIONS, STOPWORDS
from .kept_answers import kept_answers_of
from .words import FACILITY_KINDS, _demonym_spellings
from .plurals import plural_demonym
from .short_keys import SHORT_KEY_LETTERS, stripped_to_a_short_key
from .similarity import (_core_name_cached, _ou_as_u, _ratio, _translit_fold, folded_spelling_similarity,
                         plain_spelling_similarity, spelling_similarity)
from ..regex_cache import CompiledPatterns


# _province_of_the_namesake_city: how many first letters (transliteration-folded) a city's
# name and its province's must share for the province to be taken as named after the city
# ('hom' of Homyel' and Homieĺskaja voblasć), and how alike the name asked and the city's must be
PROVINCE_NAMED_AFTER_CITY_LETTERS = 3
PROVINCE_OF_CITY_LEAST_SIMILARITY = 0.9
# kinds a settlement's or a unit's kind word asks for ("the town of X", "X city", "the X region"): a
# river of the name is then no reading ("the town of Syr Darya" is Sirdaryo, "the Amur region" Amur
# oblast, not the rivers)
_NOT_A_RIVER_KINDS = frozenset(("city", "town", "village", "admin1", "admin2"))

_PATTERNS = CompiledPatterns("mentions-candidates")  # (kept code: ~1 M instructions a pattern otherwise)
_QAF_AS_G_RE = _PATTERNS.compile(r"^G[aeiou][^\W\d_]{3,}$")

_QAF_G_COUNTRIES = frozenset("LY SD SS TD EG SA YE OM AE QA BH KW IQ SY JO LB PS IL TN DZ MA MR EH NE ML".split())

# Candidate lists per (surface, kind), kept across documents for each gazetteer object: names
# recur from one report to the next (a batch of 800 news texts asks 22,000 times for 6,800
# names). Bounded: the oldest quarter goes when full.
_CANDIDATES_BY_GAZ: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()

_CANDIDATES_MAX = 20_000

# Other names of a country, in another language, that spell an everyday English word: English
# prose means the word ("Island officials", "Officials on the Island"), never the country
# (Iceland, whose own and German name 'Island' is). Found by asking the index for every
# country's one-word other names that words.is_everyday_word holds for (gaz43): 'Island' and
# 'Britain', which is English and stays.
COUNTRY_NAMES_THAT_ARE_ENGLISH_WORDS = frozenset({"island"})


class _BoundedCache(dict):
    # the store of answers worked out in advance for this cache's gazetteer (kept_answers.py),
    # asked at a (name, kind)'s first look-up; None: no store for this gazetteer
    kept = None

    def __setitem__(self, key, value):
        if len(self) >= _CANDIDATES_MAX:
            for old in list(itertools.islice(self, _CANDIDATES_MAX // 4)):
                del self[old]
        super().__setitem__(key, value)


def shared_candidates(gaz) -> dict:
    try:
        cache = _CANDIDATES_BY_GAZ.get(gaz)
        if cache is None:
            cache = _CANDIDATES_BY_GAZ[gaz] = _BoundedCache()
            cache.kept = kept_answers_of(gaz)
        return cache
    except TypeError:  # a gazetteer that cannot be weakly referenced: one cache per document
        return _BoundedCache()


def _country_by_an_english_word(c: dict) -> bool:
    """Is ``c`` a country found only by another name of it that is an everyday English word
    (COUNTRY_NAMES_THAT_ARE_ENGLISH_WORDS)? No reading of an English text."""
    if c.get("kind") != "country":
        return False
    said = plain(c.get("matched_name") or "")
    return said in COUNTRY_NAMES_THAT_ARE_ENGLISH_WORDS and said != plain(c.get("name") or "")


def _guess_from_a_slip(c: dict) -> bool:
    """Is ``c`` read from a name no place bears as written, one slip of the pen from a famous
    name that ``c`` does not bear (ranking.slip_of_a_famous_name)? The text misspelt the
    famous place ('Irsael', 'Isreal' of Israel): another place spelled alike is a guess, no
    reading of it."""
    return "slip_of_a_famous_name" in (c.get("features") or ())


def _named_features(c: dict) -> dict:
    """``c`` with its ``features`` (the gazetteer ranking's share of each feature that fired)
    as the tuple of their names, in their order. The finder only asks whether a feature fired
    ("short_form" in ...): a row's shares are read by no one once it is a candidate (counted
    over a batch of 380 reports, session 60), and the store of kept answers unmarshals each
    row a batch reads (~8,600 rows): a dict of shares was a dict and its floats a row
    (`marshal.loads` of that batch's 1,717 answers 159.0 M, with the names 154.8 M).
    Written into ``c``: a row of the finder's own."""
    features = c.get("features")
    if type(features) is dict:
        c["features"] = tuple(features)
    return c


def _index_holds_the_unit(area: dict, hit: list[dict]) -> bool:
    """A built-in area named with a kind word ("Nyanza Province", "Natal Province") gives way
    to the index's own unit of the name: an admin1/admin2 in the area's country (the same unit
    twice). An admin unit of the name in another country is a namesake (Natal, the Brazilian
    municipality, beside South Africa's former province) and leaves the area among the
    readings, whatever the case of the kind word; an area of no one country keeps the old rule
    (any admin unit of the name)."""
    cc = area.get("country")
    return any(c.get("kind") in {"admin1", "admin2"} and (cc is None or c.get("country") == cc) for c in hit)


def _a_unit_bears_the_name_closer(hit: list[dict], city: dict) -> bool:
    """'Tavush province': the index holds Tavuš (Armenia), a province that bears the name asked,
    and finds Tovuz, a town of Azerbaijan, only by a looser spelling ('Tavus'). The province of
    that town is no reading of the kind word when an admin unit abroad is spelled closer to the
    name asked than the town is (an equally close one, Tula in Mexico beside Tula in Russia,
    does not stop the province named after the city)."""
    city_sim = city.get("name_similarity", 0.0)
    return any(c.get("kind") in {"admin1", "admin2"} and c.get("name_similarity", 0.0) > city_sim
               for c in hit)


def _form_similarity_of(asked_folds: list[tuple[str, str]], memo: dict[str, float]):
    """A function of (plain form, its fold): the best :func:`folded_spelling_similarity` of the
    names asked (``asked_folds``: each plain name with its fold) with it, kept in ``memo`` by
    the form. The same answer as calling folded_spelling_similarity for each name asked, its
    tests written out for the name asked (the lengths and the 'ou' of the name asked are
    looked at once), rapidfuzz's ratio called for the pairs that need it alone."""
    asked = [(pa, fa, len(pa), "ou" in pa) for pa, fa in asked_folds]

    def form_similarity(pb: str, fb: str) -> float:
        sim = 0.0
        lb = len(pb)
        for pa, fa, la, pa_ou in asked:
            if pa == pb:
                x = 1.0
            elif fa == fb and la >= 4 and lb >= 4:
                x = 0.9
            elif la <= 4 or lb <= 4:
                continue
            elif pa_ou or "ou" in pb:
                x = folded_spelling_similarity(pa, fa, pb, fb)
            else:
                x = _ratio(pa, pb) / 100.0
            if x > sim:
                sim = x
        memo[pb] = sim
        return sim

    return form_similarity


class CandidateLookup:
    """The gazetteer as the finder asks it (a mixin of the finder)."""

    def candidates(self, name: str, kind: str | None) -> list[dict]:
        """The candidates of ``name`` (of ``kind``): a new list of copies of the shared rows,
        which the caller may reorder and write into (the ranking stages do)."""
        # (dict.copy mapped at C level: a third of the time of a comprehension of dict(c),
        # ~30,000 rows a batch of 380 news texts)
        return list(map(dict.copy, self.shared_candidates_of(name, kind)))

    def shared_candidates_of(self, name: str, kind: str | None) -> list[dict]:
        """The candidates of ``name`` (of ``kind``) as kept for every document of the process:
        READ ONLY (never write into the list or its rows; take :meth:`candidates` for that).
        For callers that only test the rows ("is any an exact, well-known place?")."""
        key = (name, kind)
        cache = self.cand_cache
        hit = cache.get(key)
        if hit is None:
            # (the store holds answers of kind None and of a few (name, kind) pairs, worked out
            # by this very method; a pair it lacks, or a store missing, stale or unreadable, is
            # worked out here)
            kept = getattr(cache, "kept", None)
            if kept is not None:
                hit = kept.answer(name) if kind is None else kept.kind_answer(name, kind)
            if hit is None:
                hit = self._filtered_candidates(name, kind)
            cache[key] = hit
        return hit

    def _filtered_candidates(self, name: str, kind: str | None) -> list[dict]:
        """The gazetteer's candidates for a surface that look enough like it (a list shared by
        every document of this process: it depends only on the name, the kind and the
        gazetteer; callers get copies)."""
        if kind == "river":
            # "the Dnipro river" is not the city of Dnipro: a river's kind finds no row of the
            # index (its rivers are the built-in areas), so the rows are not read and ranked only
            # to be dropped (~6 look-ups a batch of 380 news reports, ~0.2 ms each)
            area = area_place(name, river=True)
            return [area] if area else []
        hit = []
        core = self.gaz.split_kind(name)[0]
        similar: dict[int, float] = {}  # id(candidate) -> its name similarity, once it passed

        asked = {plain(q) for q in (name, core)}
        asked_folds = [(pa, _translit_fold(pa)) for pa in asked]

        split_kind = self.gaz.split_kind
        facility_asked = kind in FACILITY_KINDS

        def least_similarity(kind_: str | None) -> float:
            # a kind word that agrees with a facility's kind ("al-Waleed crossing" and a
            # crossing spelled al-Walid) vouches for a close transliteration
            return 0.7 if facility_asked and kind_ in FACILITY_KINDS else 0.85

        # the best folded_spelling_similarity of the names asked with a row's plain form, by
        # that form (its fold is a function of it: the index stores translit_fold's answer),
        # worked out once a look-up: the rows of a common name repeat their spellings
        form_sims: dict[str, float] = {}
        form_similarity = _form_similarity_of(asked_folds, form_sims)

        def stored_similarity(plains: str, which: int) -> float:
            # the best spelling_similarity of the name asked (and its core) with a row's stored
            # plain forms (the matched spelling's, the name's, the core name's, then their
            # transliteration folds: see gazetteer_build.row_plains; read here in place, a fold
            # is looked up only for a form that is compared, and most rows fail at once). 1.0 is
            # the most it can be, so a spelling asked exactly settles it
            forms = plains.split("|")
            half = len(forms) >> 1
            spelled, named, core = forms[2 + which], forms[0], forms[1]
            if spelled in asked or named in asked or core in asked:
                return 1.0
            # (most rows are spelled as they are named, without a qualifier: each
            # distinct form is compared once; the max over the forms of the max over the names
            # asked is the max over the names asked of the max over the forms)
            sim = form_sims.get(spelled)
            if sim is None:
                sim = form_similarity(spelled, forms[half + 2 + which] or spelled)
            if named != spelled:
                x = form_sims.get(named)
                if x is None:
                    x = form_similarity(named, forms[half] or named)
                if x > sim:
                    sim = x
            if core != named and core != spelled:
                x = form_sims.get(core)
                if x is None:
                    x = form_similarity(core, forms[half + 1] or core)
                if x > sim:
                    sim = x
            return sim

        # stored_similarity of the rows rejects() passed, by (plains, which): the gazetteer
        # makes their PLACE dicts and asks looks_alike again
        passed: dict[tuple[str, int], float] = {}
        least_facility = 0.7 if facility_asked else 0.85

        form_sim = form_sims.get

        def rejects(plains: str, which: int, kind_: str | None) -> bool:
            # looks_alike of a place not made yet, from its row's stored plain forms and kind
            # (the gazetteer asks before it makes a PLACE dict: of ~40,000 rows a batch tests,
            # three in four fail); least_similarity(kind_) written out, and stored_similarity
            # written out: the same steps, one call a row less
            forms = plains.split("|")
            half = len(forms) >> 1
            spelled, named, core = forms[2 + which], forms[0], forms[1]
            if spelled in asked or named in asked or core in asked:
                sim = 1.0
            else:
                sim = form_sim(spelled)
                if sim is None:
                    sim = form_similarity(spelled, forms[half + 2 + which] or spelled)
                if named != spelled:
                    x = form_sim(named)
                    if x is None:
                        x = form_similarity(named, forms[half] or named)
                    if x > sim:
                        sim = x
                if core != named and core != spelled:
                    x = form_sim(core)
                    if x is None:
                        x = form_similarity(core, forms[half + 1] or core)
                    if x > sim:
                        sim = x
            if sim < (least_facility if kind_ in FACILITY_KINDS else 0.85):
                return True
            passed[(plains, which)] = sim
            return False

        def looks_alike(c: dict) -> bool:
            # the best spelling_similarity of the name asked (and its core) with the candidate's
            # spellings, each folded once; 1.0 is the most it can be, so a spelling asked
            # exactly settles it before the row's core name is worked out (most first-seen
            # rows of a batch: 40,000 tests, each string new to the caches)
            # the gazetteer hands the plain forms its index stores for the row where it has
            # them: what is worked out below
            stored = c.get("_plains")
            if stored is not None:
                sim = passed.get(stored)
                if sim is None:
                    sim = stored_similarity(*stored)
            else:
                own_name = c["name"]
                spelled = plain(c.get("matched_name") or own_name)
                if spelled in asked:
                    sim = 1.0
                else:
                    named = plain(own_name)
                    if named in asked:
                        sim = 1.0
                    else:
                        own = {spelled, named, plain(_core_name_cached(split_kind, own_name))}
                        if c.get("matched_name"):  # ("Amur" asked, "Amur Oblast" found: Gazetteer.candidates' area names)
                            own.add(plain(_core_name_cached(split_kind, c["matched_name"])))
                        if not asked.isdisjoint(own):
                            sim = 1.0
                        else:
                            sim = 0.0
                            for pa in asked:
                                for pb in own:
                                    x = plain_spelling_similarity(pa, pb)
                                    if x > sim:
                                        sim = x
            if sim < least_similarity(c.get("kind")):
                return False
            similar[id(c)] = sim
            return True

        looks_alike.rejects = rejects  # (see Gazetteer.candidates)

        # (the gazetteer applies the test before scoring where it can: most places of a common
        # name's key are spelled unlike it and need no score)
        # (``raw`` left as the row's JSON text: read it with gazetteer.raw_of)
        for c in self.gaz.candidates(name, kind=kind, limit=40, fuzzy=False, keep=looks_alike, parse_raw=False):
            if id(c) not in similar and not looks_alike(c):
                continue  # (a gazetteer that does not apply ``keep`` itself)
            if _country_by_an_english_word(c):
                continue  # "Island officials": the word, not Iceland
            if _guess_from_a_slip(c):
                continue  # "into Irsael": a misspelt Israel, not Aarsal; no place rather than a guess
            c["name_similarity"] = similar[id(c)]
            hit.append(_named_features(c))
        if len(core) <= SHORT_KEY_LETTERS + 1:
            hit = [c for c in hit if not stripped_to_a_short_key(core, c)]  # "Ta" is not "An-ta"
        if not hit and _QAF_AS_G_RE.match(name) and " " not in name:
            hit = self._qaf_spelled_g(name, kind)
        if kind == "admin1" and hit:
            unit = self._province_of_the_namesake_city(hit)
            if unit is not None:
                hit.insert(0, unit)
        area = area_place(name)
        if area and not (kind in {"admin1", "admin2"} and _index_holds_the_unit(area, hit)):
            if not (kind in _NOT_A_RIVER_KINDS and area["kind"] == "river"):
                hit.insert(0, area)  # (not "the town of Syr Darya", "the Amur region": see _NOT_A_RIVER_KINDS)
        return hit

    def _province_of_the_namesake_city(self, hit: list[dict]) -> dict | None:
        """'the Gomel region', 'the Gomel oblast': the index names some provinces only in the
        local transliteration ('Homieĺskaja voblasć'), so the English name with a province's
        kind word finds the city alone ('Homyel'', other name 'Gomel'). The province is read
        where the data ties the two: the best settlement of the name (a city or town) lies in
        an admin1 whose row is in the index (the city's admin1 code is that row's GeoNames
        code, same country), and the city's own name and the province's begin alike once
        folded (PROVINCE_NAMED_AFTER_CITY_LETTERS: 'Homyel''/'Homieĺskaja', 'Tula'/'Tul'skaya'
        - the province is named after the city; Saint Petersburg, found for 'Leningrad
        region', lies in 'Sankt-Peterburg', a province of another name than the one asked).
        Not where the index holds an admin unit of the name in the city's country (that unit
        is the reading); one abroad (Tula, a Mexican municipality, beside Tula in Russia) does
        not stop it. Only for a province's kind word (admin1: 'region', 'oblast', 'province'): a
        district (admin2: 'the Gomel district', 'the Mukuru district of Nairobi') is a smaller
        unit than the city's province."""
        city = next((c for c in hit if c.get("kind") in {"city", "town"}), None)
        if city is None or not city.get("admin1") or not city.get("country") \
                or city.get("name_similarity", 0.0) < PROVINCE_OF_CITY_LEAST_SIMILARITY:
            return None
        cc = city["country"]
        if any(c.get("kind") in {"admin1", "admin2"} and c.get("country") == cc for c in hit):
            return None  # the index holds a unit of the name in the city's country: it is read
        if _a_unit_bears_the_name_closer(hit, city):
            return None
        code = raw_of(city).get("admin1code")
        if not code:
            return None
        n = PROVINCE_NAMED_AFTER_CITY_LETTERS
        city_letters = _translit_fold(plain(city["name"]))[:n]
        if len(city_letters) < n:
            return None
        for c in self.gaz.candidates(city["admin1"], country=cc, kind="admin1", limit=10, fuzzy=False):
            if c.get("kind") != "admin1" or c.get("country") != cc \
                    or raw_of(c).get("geonames_code") != f"{cc}.{code}":
                continue
            if _translit_fold(plain(c["name"]))[:n] != city_letters:
                return None
            unit = _named_features(dict(c))
            unit["name_similarity"] = city["name_similarity"]
            unit["why"] = (unit.get("why", "") + f"; the province of {city['name']!r}, "
                           "named after it (the name asked with a province's kind word)")
            return unit
        return None

    def _qaf_spelled_g(self, name: str, kind: str | None) -> list[dict]:
        """'Gaisumah' for Qaisumah, 'Gasr' for Qasr: Libyan, Sudanese and Gulf speech say the
        Arabic qaf as 'g' and reports spell it so; a name the gazetteer lacks with an initial
        'G' is looked up with 'Q' in Arab-world countries, as a variant spelling (0.9)."""
        q_name = "Q" + name[1:]
        out = []
        for c in self._filtered_candidates(q_name, kind):
            own = plain(c.get("name") or "")
            matched = plain(c.get("matched_name") or "")
            # the Q-spelling must be (a word of) the place's own name, not some language's name of it
            if c.get("country") in _QAF_G_COUNTRIES and c.get("name_similarity", 0.0) >= 1.0 \
                    and matched and (matched == own or matched in own.split()):
                c["name_similarity"] = 0.9
                c["why"] = c.get("why", "") + f"; {name!r} spells the qaf of {q_name!r} as 'g'"
                out.append(c)
        return out

    def no_district_spelled_as(self, name: str) -> bool:
        """Does the look-up of ``name`` (the finder's, any kind) surely find no district (admin2)
        of name similarity 1.0, told without it? Only such a candidate is spelled exactly as the
        name asked or its core (plain-equal, or equal with their 'ou' spelled 'u': see
        kept_answers.district_forms), so a name neither of whose forms the store's trie of
        every district's forms holds finds none, whatever else it finds; nor does a built-in
        area unless one of that kind is named so. False (ask) when the store is off or has no
        such trie. The hyphenated pairs ask "X County" of each half ("Middlesex-London"): ~50
        look-ups a batch of 380 news reports the store lacks, ~300 us each, of which ~6 keep
        a county (speed105)."""
        kept = getattr(self.cand_cache, "kept", None)
        forms = kept.district_forms() if kept is not None else None
        if forms is None:
            return False
        if _ou_as_u(plain(name)) in forms or _ou_as_u(plain(self.gaz.split_kind(name)[0])) in forms:
            return False
        area = area_place(name)
        return area is None or area.get("kind") != "admin2"

    def has_name(self, surface: str) -> bool:
        # the gazetteer's trie first: most surfaces asked are a name's key or no name at all,
        # and only the others need their plain spelling to be looked for among the areas
        k = name_key(surface)
        if k and self.gaz.has_key(k):
            return True
        return plain(surface) in AREA_BY_PLAIN or self._service_name(surface)

    def _service_name(self, surface: str) -> bool:
        """A base written with its service designator ('NAS Sigonella', 'Andersen AFB', 'JB
        Pearl Harbor-Hickam'; gazetteer.kinds.SERVICE_FORMS): a name when the rest of it, or
        the name with the designator written out, is one."""
        words = surface.split()
        if len(words) < 2 or (words[0].lower() not in SERVICE_TOKENS and words[-1].lower() not in SERVICE_TOKENS):
            return False
        found = split_service(surface)
        if not found:
            return False
        spelled = name_key(spelled_service(surface))
        if spelled and self.gaz.has_key(spelled):
            return True  # 'JB Pearl Harbor-Hickam': GeoNames' 'Joint Base Pearl Harbor-Hickam'
        core, designator = found[0], found[1]
        if designator.isupper() and len(designator) < 3:
            return False  # 'JB Smith': initials, unless the written-out name is a place
        k = name_key(core)
        if not (k and self.gaz.has_key(k)):
            return False
        # the designator says a base only before or after the name of one ('NAS Director' is
        # none; 'Naval Station Everett', a post the index lacks, is read as its town by
        # words.INSTALLATION_HEADS)
        own = light_key(core)
        # (the base asked first: 'Dover' names dozens of towns, and the ten best of its name alone
        # held no base, so 'Dover AFB' was read as the English town in an organisation's name)
        return any(c.get("kind") in FACILITY_KINDS and light_key(c.get("matched_name") or "") == own
                   for c in self.gaz.candidates(core, kind="base", limit=10, fuzzy=False))

    def demonym(self, word: str) -> str | None:
        if not word[:1].isupper() or len(word) < 4 or word.lower() in STOPWORDS:
            return None
        if " " in word and word.rsplit(None, 1)[-1].lower() in ARTICLES:
            # a last word that plain() drops as an article ends no name: "Russian Il", "Ukrainian
            # An" are a demonym and the letters of an aircraft type (Il-76, An-124), no demonym
            return None
        cc = self.gaz.demonym(word)
        if cc is None and word[-1:] == "s":
            return plural_demonym(self.gaz, word, _demonym_spellings(self.gaz))  # "the Burundians"
        if cc:
            spellings = _demonym_spellings(self.gaz)
            # the gazetteer matches demonyms by the coarse name key ("Pearson" ~ "Persian");
            # a demonym must be spelled as one
            if spellings is not None and plain(word) not in spellings and plain(word).rstrip("s") not in spellings:
                return None
        return cc

    def _is_exact_place(self, surface: str) -> bool:
        if not self.has_name(surface):
            return False
        return any(c["name_similarity"] == 1.0 and (c.get("importance") or 0) >= 0.5
                   for c in self.shared_candidates_of(surface, None))

    def _demonym_heading_a_name(self, surface: str, cc: str, run: list, k: int, n: int) -> bool:
        """Is a demonym's word that is only another name of its own country ("Saudi" of Saudi
        Arabia) the first word of a longer run of capitalised words ("Saudi Al Arabiya", "Saudi
        Aramco")? It says whose the named outlet, firm or office is, as "Qatari Al Jazeera" does,
        not where anything is. (A place's very name, "Somali" of Ethiopia's Somali region, is read
        as before; so is "Saudi" alone: "flew to Saudi".) After "the" too ("The Argentine
        Federal Police"), and a place whose own name the word is counts only when of some
        importance, as _place_before_demonym asks (Argentine, a village of Kansas, does not make
        "Argentine Federal Police" a force of that village's; gaz92)."""
        if k + n >= len(run) or (k != 0 and not (k == 1 and self.toks[run[0]].lower == "the")):
            return False
        own = plain(surface)
        return not any(c["name_similarity"] == 1.0 and plain(c.get("name") or "") == own
                       and (c.get("importance") or 0) >= 0.5
                       for c in self.shared_candidates_of(surface, None))

    def _place_before_demonym(self, surface: str, cc: str) -> bool:
        """Is a demonym's word ("Somali", "Brits", "Saudi") a place to read as such: the very
        name of a place of some importance (Ethiopia's Somali region, Brits in South Africa) or
        another name of the demonym's own country? Not when it is only another name of a town
        ("Kazakh" of Petropavl, "Thai" of Alor Setar): "a Kazakh delegation" is Kazakhstan's."""
        if not self._is_exact_place(surface):
            return False
        own = plain(surface)
        return any(c["name_similarity"] == 1.0 and (c.get("importance") or 0) >= 0.5
                   and (plain(c.get("name") or "") == own or (c.get("kind") == "country" and c.get("country") == cc))
                   for c in self.shared_candidates_of(surface, None))

    def region_abbreviation(self, surface: str) -> list[dict] | None:
        """'Ky.', 'B.C.' -> candidates of the state or province (admin1), else None."""
        hit = REGION_ABBREVIATIONS.get(surface.lower().rstrip("."))
        if not hit:
            return None
        full, cc = hit
        cands = [dict(c, name_similarity=1.0, why=f"abbreviation {surface!r} of {full}")
                 for c in self.gaz.candidates(full, kind="admin1", country=cc, limit=5, fuzzy=False)
                 if c.get("kind") == "admin1" and c.get("country") == cc and plain(c["name"]) == plain(full)]
        if not cands and hasattr(self.gaz, "lookup"):
            # a name that starts with a kind word ("District of Columbia") is looked up whole
            cands = [dict(c, score=0.9, name_similarity=1.0, why=f"abbreviation {surface!r} of {full}")
                     for c in self.gaz.lookup(full)
                     if c.get("kind") == "admin1" and c.get("country") == cc and plain(c["name"]) == plain(full)]
        return cands[:1] or None

    def _looked_up_in(self, a: dict, cc: str) -> list[dict]:
        """Readings of ``a`` in country ``cc`` alone, a loose spelling allowed."""
        core = self.gaz.split_kind(a["surface"].title() if a["surface"].isupper() else a["surface"])[0]
        more = []
        key = name_key(core)
        for c in self.gaz.candidates(core, country=cc, limit=40, fuzzy=False):  # (the hint binds)
            sim = spelling_similarity(core, c.get("matched_name") or c["name"])
            # the transliteration key agrees and the text names the country: a spelling far
            # from the gazetteer's ('Mecca' and Makkah's 'Mekka') is the same name
            same_key = key and name_key(c.get("matched_name") or c["name"]) == key
            if (sim >= 0.8 or same_key) and (c.get("kind") not in FACILITY_KINDS or a.get("kind") in FACILITY_KINDS):
                more.append(dict(c, name_similarity=max(sim, 0.85 if same_key else sim)))
        return more


_PATTERNS.save()  # (the code of patterns compiled anew, for the next process)
