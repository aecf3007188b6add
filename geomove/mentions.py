"""Place mentions in a report: found by the gazetteer, filtered by general rules, resolved in context.

How a mention is found:

1. The text is cut into sentences and tokens (:mod:`geomove.textutil`). Runs of capitalised
   words ("Deir ez-Zor", "Ras al-Ayn", "United Arab Emirates") are scanned longest n-gram
   first against the gazetteer's name keys (:func:`geomove.names.name_key` folds the
   transliteration variants).
2. General rules drop what is not a place: persons (an honorific or a known given name
   before a name; a surname seen in a person's name earlier), organisations and outlets (a
   run ending in News/Agency/Forces/Ministry...), words that the text also writes in lower
   case, sentence-initial and headline words, and low-importance rows that nothing in the
   text supports.
3. Demonyms ("Iraqi", "Turkish") become mentions of their country with a role: an
   ``actor`` when they name a force ("Turkish army"), a ``demonym_place`` when they locate
   ("into Iraqi territory", "the Syrian-Iraqi border"), else ``demonym``.
4. Candidates are ranked twice: first alone, then against the other places of the same
   text (their points and countries), so "Sinjar" in a report about Nineveh is not the
   Idlib village. Kind words around a name ("Idlib province", "the town of X", "X
   crossing") are passed as hints.
5. Relative phrases around a name ("the countryside of X", "10 km north of Y", "near Z")
   set the mention's ``relation``, ``precision`` and ``uncertainty_km`` (:mod:`geomove.relative`).

Roles: ``place`` (something is or happens there), ``demonym_place``, ``demonym``,
``actor`` (a demonym or a country naming a force or a government: "Turkey said"),
``dateline`` (where the report was written: "BEIRUT —") and ``source_location``
("local sources in X told...").
"""

from __future__ import annotations

import gc
import itertools
import math
import re
import weakref
from dataclasses import dataclass
from functools import lru_cache

from .areas import AREA_BY_PLAIN, area_place
from .distance import Gaps, haversine_km
from .gazetteer.kinds import KIND_FAMILY
from .gazetteer.ranking import (
    FAR_NAMESAKE_IMPORTANCE, FAR_NAMESAKE_KM, PairIndex, drop_lone_far_context, LOOSE_FACILITY_SIMILARITY, PROXIMITY_KM, WEIGHTS as W,
)
from .gazetteer_build import NAMESAKE_SHARE
from .io.language import english_zipf
from .model import make_place
from .gazetteer import name_key  # cached name folding
from .names import plain
from .relative import apply_relation, relation_around
from .textutil import Token, sentence_spans, tokenize
from .wordlists import (
    ACTOR_NOUNS, ADDRESS_KIND_WORDS, CONTRACTION_RE, APPOSITION_PLACE_NOUNS, ARTICLE_HYPHEN_RE, BOUND_FOR_VERBS, CALENDAR_WORDS, CAPS_ABBREVIATIONS, CONNECTORS, COUNTRY_ABBREVIATIONS,
    GIVEN_NAMES, HONORIFICS, KIND_AFTER, KIND_BEFORE, KIND_PAIRS, LOCAL_BODY_NOUNS, LOCATIVE_PREPS, OF_PLACE_NOUNS, ORG_SUFFIXES, PLACE_NOUNS,
    REGION_ABBREVIATIONS, SHARED_COUNTRY_NAMES, SPEECH_VERBS, STOPWORDS,
)

PLACE_ROLES = ("place", "demonym_place")
# "Turkish-backed", "US-led": the country named is who acts
_ACTING_PARTICIPLES = frozenset("backed led allied controlled held supported sponsored run funded trained "
                                "armed".split())
_AGE_WORD = re.compile(r"^(?:[^\W_]+-)*(?:year|month|week)s?-old$", re.I)
_NAME_ABBREVIATIONS = frozenset("St Ste Mt Ft Pt".split())  # abbreviated first words of place names
_PLACE_SUFFIXES = frozenset("based born headquartered bred raised".split())  # "X-based": X is a place
_ONE_READING_IMPORTANCE = 0.55  # a town of ~30,000+ that alone bears its name needs no other support
_QAF_AS_G_RE = re.compile(r"^G[aeiou][^\W\d_]{3,}$")
_QAF_G_COUNTRIES = frozenset("LY SD SS TD EG SA YE OM AE QA BH KW IQ SY JO LB PS IL TN DZ MA MR EH NE ML".split())
_OWN_ARTICLE_RE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an)[\s-]")
_STRAY_KM = 500.0  # a variant spelling this far from every other place of a text is doubted
_FACILITY_KINDS = ("base", "airfield", "crossing", "camp", "checkpoint", "oilfield")

# A word is at most 41 characters: one 20,000-letter capitalised token was otherwise
# re-scanned to its end from each of its letters (quadratic, 2 s).
_ACRONYM_DEF_RE = re.compile(
    r"((?:[A-Z][\w'’\-]{0,40}\s+(?:(?:of|the|and|al|el)\s+)?){1,6})\(([A-Z]{2,6})\)")

_PAREN_SOURCE_RE = re.compile(r"^\s*\((?:[A-Z][\w.&' ]{1,30})\)")
_LOOSE_DATELINE_RE = re.compile(
    r"(?P<place>[A-Z][A-Z'’\-]{2,}(?: [A-Z][A-Z'’\-]+){0,2})(?:,\s*(?P<second>[A-Z][a-z]+\.?(?: [A-Z][a-z]+)?))?"
    r"(?:\s*\([A-Z][A-Za-z&. ]{1,20}\))?\s+(?=[A-Z\"“])")  # "WASHINGTON (RNS) Church leaders"
_DATELINE_RE = re.compile(
    r"(?P<place>[A-Z][A-Z'’.\- ]*[A-Z])(?:\s*,\s*(?P<second>[A-Z][A-Za-z'’.\- ]{1,40}?))?"
    r"(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2}\s*)?"  # "JERUSALEM, Oct 3 (Wire) -"
    r"\s*(?:\([^)\n]{1,40}\)\s*)?(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2}\s*)?"
    r"(?:[—–:-]{1,2}\s|(?:--|[—–])(?=[A-Z(\"“]))")  # (a double or long dash may touch the text: "BEIJING --At")


# ---------------------------------------------------------------- helpers



_DEMONYM_SPELLINGS: dict[int, frozenset | None] = {}


def _demonym_spellings(gaz) -> frozenset | None:
    """Plain spellings of the gazetteer's demonyms, when its table can be read."""
    key = id(gaz)
    if key not in _DEMONYM_SPELLINGS:
        words: set[str] = set()
        import csv
        import sqlite3
        from .gazetteer_build import curated_path
        path = curated_path("demonyms.csv")  # the curated list (the index loses some words)
        if path:
            with open(path, encoding="utf-8", newline="") as f:
                words.update(r["demonym"] for r in csv.DictReader(f) if r.get("demonym"))
        db = getattr(gaz, "db", None)  # another gazetteer implementation: no table to read
        if db is not None:
            try:
                words.update(w for (w,) in db.execute("SELECT word FROM demonyms") if w)
            except sqlite3.OperationalError:  # an index built before the demonyms table
                pass
        # unknown gazetteer implementation: trust its demonym()
        _DEMONYM_SPELLINGS[key] = frozenset(plain(w) for w in words) if words else None
    return _DEMONYM_SPELLINGS[key]


@lru_cache(maxsize=1 << 14)
def _is_common_word(word: str, importance: float = 0.0) -> bool:
    """Is ``word`` an everyday English word ("Summer", "Plans", "Church")? Needs wordfreq.

    A city of half a million is written often because it is a city ("Vancouver", "Denver"
    are as frequent as "Summer"): for a place that important only a far more frequent word
    ("Reading", "Mobile", "Split") counts as common."""
    w = word.lower()
    if w in STOPWORDS:
        return True
    return english_zipf(w) >= (4.5 if importance >= 0.65 else 4.0)




_TA_MARBUTA_RE = re.compile(r"ah\b")
_DOUBLED_RE = re.compile(r"(\w)\1+")


@lru_cache(maxsize=1 << 16)  # a query's own spelling is folded once per candidate otherwise
def _translit_fold(p: str) -> str:
    """Fold two spelling choices of romanised Arabic/Persian names: a final 'h' after 'a'
    (ta marbuta: Hamah, Raqqah) and doubled letters."""
    p = _TA_MARBUTA_RE.sub("a", p)
    return _DOUBLED_RE.sub(r"\1", p) if _DOUBLED_RE.search(p) else p


@lru_cache(maxsize=1 << 15)
def _similarity(a: str, b: str) -> float:
    """How close two spellings are (0..1) after folding case, diacritics and articles."""
    return _plain_similarity(plain(a), plain(b))


@lru_cache(maxsize=1 << 16)
def _plain_similarity(pa: str, pb: str) -> float:
    """:func:`_similarity` of two spellings already folded by :func:`plain`."""
    from rapidfuzz import fuzz
    if pa == pb:
        return 1.0
    if min(len(pa), len(pb)) >= 4 and _translit_fold(pa) == _translit_fold(pb):
        return 0.9  # Hama/Hamah, Raqqa/Raqqah: one name in two transliterations
    if len(pa) <= 4 or len(pb) <= 4:
        return 0.0  # short names: only an exact spelling is evidence
    return fuzz.ratio(pa, pb) / 100.0


_QUALIFIER_RE = re.compile(r"\s*[,(/]")


@lru_cache(maxsize=1 << 16)  # every candidate's name, for every name looked up: 22k a batch of 400
def _core_name_cached(split_kind, name: str) -> str:
    head = _QUALIFIER_RE.split(name, maxsplit=1)[0].strip() or name
    return split_kind(head)[0]


def _core_name(gaz, name: str) -> str:
    """'Al-Waleed border crossing (Anbar, official)' -> 'Al-Waleed': a row's name without
    its qualifiers and kind word, to compare with what the text wrote."""
    return _core_name_cached(gaz.split_kind, name)


# a French or Italian elided article inside a name: "Côte d'Ivoire", "L'Aquila", "Val d'Oise"
_ELISION_RE = re.compile(r"^[dl]['’][A-ZÀ-Ý]")


def _is_nameish(tok: Token) -> bool:
    t = tok.text
    return t[:1].isupper() or bool(ARTICLE_HYPHEN_RE.match(t)) or bool(_ELISION_RE.match(t))


# ---------------------------------------------------------------- the finder

# Candidate lists per (surface, kind), kept across documents for each gazetteer object: names
# recur from one report to the next (a batch of 800 news texts asks 22,000 times for 6,800
# names). Bounded: the oldest quarter goes when full.
_CANDIDATES_BY_GAZ: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
_CANDIDATES_MAX = 20_000


class _BoundedCache(dict):
    def __setitem__(self, key, value):
        if len(self) >= _CANDIDATES_MAX:
            for old in list(itertools.islice(self, _CANDIDATES_MAX // 4)):
                del self[old]
        super().__setitem__(key, value)


def _shared_candidates(gaz) -> dict:
    try:
        cache = _CANDIDATES_BY_GAZ.get(gaz)
        if cache is None:
            cache = _CANDIDATES_BY_GAZ[gaz] = _BoundedCache()
        return cache
    except TypeError:  # a gazetteer that cannot be weakly referenced: one cache per document
        return _BoundedCache()



@lru_cache(maxsize=1 << 14)
def _core_key(surface: str) -> str:
    """The name key of a surface without its kind word: "PLYMOUTH", "Plymouth County" and
    "Plymouth" are one name (its readings do not pair with each other)."""
    from .gazetteer.kinds import split_kind
    return name_key(split_kind(surface.title() if surface.isupper() else surface)[0])


@dataclass
class _NamedPlaces:
    """The (lat, lon, country) readings of a text's mentions, each distinct reading once with
    how many mentions have it: the guards compare a mention with the others' distinct readings,
    so a text repeating one name 2,000 times costs 1 comparison, not 2,000 (not 2,000² pairs)."""

    by_id: dict
    counts: dict

    @classmethod
    def of(cls, mentions: list[dict]) -> "_NamedPlaces":
        by_id = {}
        for m in mentions:
            cands = m.get("cands") or []
            if cands:
                b = cands[0]
                by_id[id(m)] = (b.get("lat"), b.get("lon"), b.get("country"))
        counts: dict = {}
        for reading in by_id.values():
            counts[reading] = counts.get(reading, 0) + 1
        return cls(by_id, counts)

    def others(self, m: dict) -> list[tuple]:
        """The distinct readings of every mention but ``m``."""
        own = self.by_id.get(id(m))
        return [p for p, n in self.counts.items() if n > (p == own)]


class _Finder:
    def __init__(self, text: str, gaz):
        self.text = text
        self.gaz = gaz
        self.toks = tokenize(text)
        self.sents = sentence_spans(text)
        self.lower_words = {t.text for t in self.toks if t.is_word and t.text[:1].islower()}
        self.person_words: set[str] = set()
        self.cand_cache = _shared_candidates(gaz)
        self._item_bounds: dict[int, tuple[list[int], list[tuple[int, int]]]] = {}  # see _list_item
        self._no_name_counts: dict[int, tuple] = {}  # see _beside_no_name
        self.headline_lines = self._headline_lines()
        self.acronyms = self._acronyms()

    # -- structure

    def _headline_lines(self) -> set[int]:
        """Start offsets of lines written in capitals (headlines), not scanned for names."""
        out = set()
        pos = 0
        for line in self.text.split("\n"):
            if len(line) >= 12:  # (fewer characters hold fewer than 12 letters)
                letters = "".join(filter(str.isalpha, line))  # per character at C speed
                if len(letters) >= 12 and sum(map(str.isupper, letters)) / len(letters) > 0.8:
                    out.add(pos)
            pos += len(line) + 1
        return out

    def _acronyms(self) -> dict[str, str]:
        """Capitalised abbreviations and what they stand for: built-in ones and those the text
        defines ("New South Wales (NSW)": the initials of the words before the brackets)."""
        out = dict(CAPS_ABBREVIATIONS)
        for m in _ACRONYM_DEF_RE.finditer(self.text):
            words = m.group(1).split()
            acr = m.group(2)
            caps = [w for w in words if w[:1].isupper()]
            if len(caps) >= len(acr) and "".join(w[0] for w in caps[-len(acr):]) == acr:
                first = caps[-len(acr)]
                full = " ".join(words[len(words) - words[::-1].index(first) - 1:])
                out[acr] = full
        return out

    def _in_headline(self, offset: int) -> bool:
        line_start = self.text.rfind("\n", 0, offset) + 1
        return line_start in self.headline_lines

    def _adjacent(self, a: Token, b: Token) -> bool:
        gap = self.text[a.end:b.start]
        return 0 < len(gap) <= 2 and gap.strip(" ") == "" if gap else False

    def runs(self) -> list[list[int]]:
        """Index lists of maximal runs of capitalised words (connectors allowed inside)."""
        runs, cur = [], []
        toks = self.toks
        for i, tok in enumerate(toks):
            ok = tok.is_word or (tok.text.endswith(".") and len(tok.text) > 2)
            name = ok and _is_nameish(tok)
            conn = ok and tok.lower in CONNECTORS and not tok.text[:1].isupper()
            if not ok and tok.text == "." and cur and toks[cur[-1]].text in _NAME_ABBREVIATIONS \
                    and toks[cur[-1]].end == tok.start and toks[cur[-1]].sentence == tok.sentence:
                cur.append(i)  # the full stop of "St. Thomas", "Mt. Hood", "Ft. Worth"
                continue
            if cur and (name or conn) and self._adjacent(toks[cur[-1]], tok) and toks[cur[-1]].sentence == tok.sentence:
                cur.append(i)
                continue
            if cur:
                runs.append(cur)
            cur = [i] if name else []
        if cur:
            runs.append(cur)
        out = []
        for run in runs:
            while run and toks[run[-1]].lower in CONNECTORS and not _is_nameish(toks[run[-1]]):
                run = run[:-1]
            if run:
                out.append(run)
        return out

    # -- gazetteer access

    def candidates(self, name: str, kind: str | None) -> list[dict]:
        key = (name, kind)
        hit = self.cand_cache.get(key)
        if hit is None:
            hit = self._filtered_candidates(name, kind)
            self.cand_cache[key] = hit
        return [dict(c) for c in hit]

    def _filtered_candidates(self, name: str, kind: str | None) -> list[dict]:
        """The gazetteer's candidates for a surface that look enough like it (a list shared by
        every document of this process: it depends only on the name, the kind and the
        gazetteer; callers get copies)."""
        hit = []
        core = self.gaz.split_kind(name)[0]
        similar: dict[int, float] = {}  # id(candidate) -> its name similarity, once it passed

        asked = {plain(q) for q in (name, core)}

        def looks_alike(c: dict) -> bool:
            # the best _similarity of the name asked (and its core) with the candidate's
            # spellings, each folded once; 1.0 is the most it can be
            own = {plain(n) for n in (c.get("matched_name") or c["name"], c["name"], _core_name(self.gaz, c["name"]))}
            sim = 0.0
            for pa in asked:
                if pa in own:
                    sim = 1.0
                    break
                for pb in own:
                    x = _plain_similarity(pa, pb)
                    if x > sim:
                        sim = x
            # a kind word that agrees with a facility's kind ("al-Waleed crossing" and a
            # crossing spelled al-Walid) vouches for a close transliteration
            floor = 0.7 if kind in _FACILITY_KINDS and c.get("kind") in _FACILITY_KINDS else 0.85
            if sim < floor:
                return False
            similar[id(c)] = sim
            return True

        # (the gazetteer applies the test before scoring where it can: most places of a common
        # name's key are spelled unlike it and need no score)
        for c in self.gaz.candidates(name, kind=kind, limit=40, fuzzy=False, keep=looks_alike):
            if id(c) not in similar and not looks_alike(c):
                continue  # (a gazetteer that does not apply ``keep`` itself)
            c["name_similarity"] = similar[id(c)]
            hit.append(c)
        if not hit and kind != "river" and _QAF_AS_G_RE.match(name) and " " not in name:
            hit = self._qaf_spelled_g(name, kind)
        if kind == "river":
            hit = []  # "the Dnipro river" is not the city of Dnipro
        area = area_place(name, river=kind == "river")
        if area and not (kind in ("admin1", "admin2") and hit):
            hit.insert(0, area)
        return hit

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

    def has_name(self, surface: str) -> bool:
        if plain(surface) in AREA_BY_PLAIN:
            return True
        k = name_key(surface)
        return bool(k) and self.gaz.has_key(k)

    def demonym(self, word: str) -> str | None:
        if not word[:1].isupper() or len(word) < 4 or word.lower() in STOPWORDS:
            return None
        cc = self.gaz.demonym(word)
        if cc:
            spellings = _demonym_spellings(self.gaz)
            # the gazetteer matches demonyms by the coarse name key ("Pearson" ~ "Persian");
            # a demonym must be spelled as one
            if spellings is not None and plain(word) not in spellings and plain(word).rstrip("s") not in spellings:
                return None
        return cc

    # -- words around

    def prev_word(self, i: int, n: int = 1) -> list[Token]:
        out = []
        j = i - 1
        while j >= 0 and len(out) < n and self.toks[j].sentence == self.toks[i].sentence:
            out.insert(0, self.toks[j])
            j -= 1
        return out

    def next_tokens(self, j: int, n: int = 3) -> list[Token]:
        out = []
        k = j + 1
        while k < len(self.toks) and len(out) < n and self.toks[k].sentence == self.toks[j].sentence:
            out.append(self.toks[k])
            k += 1
        return out

    # -- persons and organisations

    def classify_run(self, run: list[int]) -> dict[int, str]:
        """Mark tokens of a run that belong to a person ('person') or an organisation ('org')."""
        toks = self.toks
        marks: dict[int, str] = {}
        words = [toks[i] for i in run]
        # an honorific before the run or inside it: what follows is a person
        before = self.prev_word(run[0], 2)
        lead_honorific = False
        if before:
            b = before[-1]
            if b.lower.rstrip(".") in HONORIFICS and b.text[:1].islower():
                lead_honorific = True
            elif b.text == "." and len(before) == 2 and before[0].lower in HONORIFICS:
                lead_honorific = True
            elif _AGE_WORD.match(b.text) and self._adjacent(b, toks[run[0]]) and self._two_names(words):
                # "the 34-year-old Georgia Stevens": a person, called by the first name later too
                lead_honorific = True
                self.person_words.update(toks[i].text for i in run if toks[i].lower not in CONNECTORS)
        start_person = 0 if lead_honorific else None
        if len(run) > 2 and _AGE_WORD.match(words[0].text) and self._two_names(words[1:]):
            start_person = 1  # "Nine-year-old Georgia Stevens" opening a sentence
            self.person_words.update(toks[i].text for i in run[1:] if toks[i].lower not in CONNECTORS)
        if self._facility_named_after_person(run):
            return {}  # "Jomo Kenyatta International Airport": the person names the place
        for k, t in enumerate(words):
            if start_person is not None:
                break
            if t.lower in HONORIFICS and t.text[:1].isupper() and k + 1 < len(words):
                # "President Bashar Assad", "Turkish President Erdogan"
                marks[run[k]] = "title"
                start_person = k + 1
            elif t.lower in GIVEN_NAMES and k + 1 < len(words) and words[k + 1].text[:1].isupper() \
                    and words[k + 1].lower not in KIND_AFTER and not self._full_name_from(run, k):
                start_person = k
        if start_person is not None:
            end = len(words)
            for k in range(start_person, len(words)):
                if words[k].lower in CONNECTORS and words[k].lower not in ("bin", "ibn", "abu", "al", "el"):
                    end = k
                    break
            person = [run[k] for k in range(start_person, end)]
            if person and (len(person) >= 2 or lead_honorific or start_person > 0):
                for i in person:
                    marks[i] = "person"
                self.person_words.add(toks[person[-1]].text)
                if len(person) >= 2:
                    self.person_words.add(" ".join(toks[i].text for i in person))
        # organisation names end with a suffix word ("Harbour News", "Syrian Democratic Forces")
        for k in range(len(words) - 1, 0, -1):
            if words[k].lower in ORG_SUFFIXES and words[k].text[:1].isupper():
                seg_start = 0
                for m in range(k - 1, -1, -1):
                    if words[m].lower == "of":
                        seg_start = m + 1
                        break
                for m in range(seg_start, k + 1):
                    marks.setdefault(run[m], "org")
                break
        # ... or start with one and name their place after "of" ("University of Alberta",
        # "Bank of England")
        if len(words) >= 3 and words[0].lower in ORG_SUFFIXES and words[1].lower == "of":
            for m in range(len(words)):
                marks.setdefault(run[m], "org")
        return marks

    def _two_names(self, words: list[Token]) -> bool:
        """Exactly a first name and a surname ("Georgia Stevens"), not "London Bridge" or
        "German Red Cross": two capitalised words, the second no place, demonym or kind word."""
        return len(words) == 2 and words[1].text[:1].isupper() and words[1].lower not in KIND_AFTER \
            and words[1].lower not in ORG_SUFFIXES and not self.demonym(words[1].text) \
            and not self.demonym(words[0].text) and not self._is_exact_place(words[1].text)

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

    def _beside_no_name(self, run: list[int], k: int, marks: dict[int, str]) -> bool:
        """Every other token of run[k]'s list item is a word that is no name (a stopword, part
        of an organisation, a title or person, an honorific). Counted once per run: a check per
        token was quadratic in a long run ("US US US ...", 20 kB: 9 s)."""
        kept = self._no_name_counts.get(id(run))
        if kept is None or kept[0] is not run or kept[1] is not marks:
            toks, names = self.toks, [0]
            for j in run:
                no_name = (toks[j].lower in STOPWORDS or marks.get(j) in ("org", "title", "person")
                           or toks[j].lower.rstrip("-").split("-")[0] in HONORIFICS)
                names.append(names[-1] + (not no_name))
            kept = self._no_name_counts[id(run)] = (run, marks, names)
        names = kept[2]
        lo, hi = self._list_item_bounds(run, k)
        return names[hi + 1] - names[lo] - (names[k + 1] - names[k]) == 0

    def _loose_facility(self, run: list[int], out: list[dict]) -> dict | None:
        """'<A> <B> International Airport' that no match covers whole: the gazetteer may know the
        facility under another spelling of the person it is named after. A candidate facility
        whose name (without kind words) is close enough; resolution keeps it only beside
        another place of the text in its country (see :meth:`_loose_facility_far`)."""
        toks = self.toks
        last = toks[run[-1]]
        kind = KIND_AFTER.get(last.lower)
        if len(run) < 3 or kind not in _FACILITY_KINDS or not last.text[:1].isupper():
            return None
        if any(m["tok"] == run[0] and m["tok"] + m["n_tokens"] - 1 == run[-1] for m in out):
            return None  # the gazetteer knows the whole name
        kind_words = set(KIND_AFTER) | {a for a, _ in KIND_PAIRS} | {"international"}
        for m in out:
            rest = [toks[i].lower for i in run if i > m["tok"] + m["n_tokens"] - 1]
            if m["tok"] == run[0] and m.get("kind") == kind and rest and all(w in kind_words for w in rest):
                return None  # "<Name> Border Crossing": the name is known, its kind written in capitals
        surface = self.text[toks[run[0]].start:last.end]
        core = self.gaz.split_kind(surface)[0]
        cands = []
        for c in self.gaz.candidates(surface, kind=kind, limit=10, fuzzy=True):
            if c.get("kind") not in _FACILITY_KINDS or c.get("lat") is None:
                continue
            sim = _similarity(core, _core_name(self.gaz, c["name"]))
            if sim >= LOOSE_FACILITY_SIMILARITY:
                cands.append(dict(c, name_similarity=sim, why=(c.get("why") or "") +
                                  f"; another spelling of {c['name']!r} ({sim:.2f})"))
        if not cands:
            return None
        cands.sort(key=lambda c: -c["name_similarity"])
        first = toks[run[0]]
        return {"start": first.start, "end": last.end, "surface": surface, "tok": run[0], "n_tokens": len(run),
                "sentence": first.sentence, "role": "place", "cands": cands, "kind": kind,
                "importance": max(c.get("importance") or 0 for c in cands), "loose_facility": True,
                "first_in_sentence": first.first_in_sentence}

    @staticmethod
    def _loose_facility_far(m: dict, best: dict, named) -> bool:
        """Does the text name nothing else in the country of a facility read under another
        spelling (then it is no answer)?"""
        if not m.get("loose_facility"):
            return False
        return not any(cc == best.get("country") for _, _, cc in named.others(m))

    def _facility_word_after(self, end_tok: int) -> bool:
        """Is the name ending at ``end_tok`` followed by a lower-case facility kind word
        ("air base", "airport", "crossing")?"""
        nxt = self.next_tokens(end_tok, 2)
        if not nxt or not nxt[0].text[:1].islower():
            return False
        if len(nxt) > 1 and KIND_PAIRS.get((nxt[0].lower, nxt[1].lower)) in _FACILITY_KINDS:
            return True
        return KIND_AFTER.get(nxt[0].lower) in _FACILITY_KINDS

    def _facility_named_after_person(self, run: list[int]) -> bool:
        """Does the run start with a facility name the gazetteer knows, ending in its kind word
        ("<Given> <Surname> International Airport")? Then its given name is no person."""
        toks = self.toks
        for n in range(min(len(run), self.gaz.max_name_tokens), 1, -1):
            last = toks[run[n - 1]]
            if last.lower not in KIND_AFTER or KIND_AFTER[last.lower] not in _FACILITY_KINDS:
                continue
            surface = self.text[toks[run[0]].start:last.end]
            if self.has_name(surface) and any(c["name_similarity"] >= 0.95 and c.get("kind") in _FACILITY_KINDS
                                              for c in self.candidates(surface, KIND_AFTER[last.lower])):
                return True
        return False

    def _full_name_from(self, run: list[int], k: int) -> bool:
        """Does a place name start at run[k] and cover more than one token? ('George Town')"""
        toks = self.toks
        for n in range(min(len(run) - k, self.gaz.max_name_tokens), 1, -1):
            s, e = toks[run[k]].start, toks[run[k + n - 1]].end
            if self.has_name(self.text[s:e]) and any(
                    c["name_similarity"] >= 0.95 for c in self.candidates(self.text[s:e], None)):
                return True
        return False

    # -- the scan

    def scan(self) -> list[dict]:
        found: list[dict] = []
        runs = self.runs()
        marks_by_run = [self.classify_run(run) for run in runs]
        for run, marks in zip(runs, marks_by_run):
            found.extend(self.scan_run(run, marks))
        return found

    def scan_run(self, run: list[int], marks: dict[int, str]) -> list[dict]:
        toks, text = self.toks, self.text
        out = []
        k = 0
        maxn = max(1, int(getattr(self.gaz, "max_name_tokens", 6)))
        matched_at: set[int] = set()
        while k < len(run):
            i = run[k]
            tok = toks[i]
            if marks.get(i) in ("person", "title") or tok.lower in CONNECTORS and not _is_nameish(tok):
                k += 1
                continue
            hit = None
            for n in range(min(maxn, len(run) - k), 0, -1):
                last = toks[run[k + n - 1]]
                if last.lower in CONNECTORS and not _is_nameish(last):
                    continue
                if any(marks.get(run[m]) in ("person", "title") for m in range(k, k + n)):
                    continue
                s, e = tok.start, last.end
                surface = text[s:e]
                m = self.match(surface, run, k, n, marks)
                if m:
                    hit = (n, m)
                    break
            if hit:
                n, m = hit
                out.append(m)
                matched_at.update(run[k:k + n])
                k += n
            else:
                k += 1
        loose = self._loose_facility(run, out)
        if loose:
            return [loose]
        if len(run) > 1 and self._facility_word_after(run[-1]):
            # "<A> <B> air base": the whole run names the facility; a lesser place called <A>
            # is not where it lies when the gazetteer knows no facility by the whole name
            out = [m for m in out if m["tok"] + m["n_tokens"] - 1 == run[-1] or m["role"] != "place"
                   or m["importance"] >= 0.7]
        # a low-importance single word next to capitalised words that are no place is part of
        # a longer unknown name (a person, a company): "Mevlut Mert Altintas"
        keep = []
        for m in out:
            if m["role"] == "place" and m["n_tokens"] == 1 and not m.get("abbrev"):
                idx = m["tok"]
                pos = run.index(idx)
                neighbours = [run[p] for p in (pos - 1, pos + 1) if 0 <= p < len(run)]
                unknown = [j for j in neighbours if j not in matched_at and toks[j].lower not in CONNECTORS
                           and toks[j].lower not in STOPWORDS and toks[j].lower not in KIND_AFTER
                           and not self.demonym(toks[j].text)]
                other_name = bool(m.get("cands")) and plain(m["cands"][0].get("name") or "") != plain(m["surface"])
                if unknown and other_name and m["importance"] >= 0.7 and m["cands"][0].get("kind") == "country" \
                        and not self.demonym(m["surface"]):
                    continue  # "Waiheke Island": a word of an unknown name, not Iceland by its Danish name
                if unknown and m["importance"] < 0.7:
                    before = pos > 0 and run[pos - 1] in unknown
                    if before and not toks[run[pos - 1]].is_upper:
                        # (not after an acronym: "CTV Winnipeg" is an outlet, Winnipeg stays a place)
                        self.person_words.add(m["surface"])  # "Dora Faulkner": later "Faulkner" alone
                    if before or m["importance"] < 0.55 or toks[run[pos + 1]].text in self.person_words:
                        continue
                    # a well-known place heading a longer name ("Manitoba Underdogs Rescue",
                    # "Winnipeg Free Press"): the place the organisation belongs to
                    m = {**m, "role": "organisation"}
            keep.append(m)
        return keep

    def match(self, surface: str, run: list[int], k: int, n: int, marks: dict[int, str]) -> dict | None:
        """A raw mention for ``surface`` (tokens run[k:k+n]) or None."""
        toks = self.toks
        first, last = toks[run[k]], toks[run[k + n - 1]]
        in_org = any(marks.get(run[m]) == "org" for m in range(k, k + n))
        if self.text[last.end:last.end + 1] == "$":
            return None  # "US$40", "NZ$5": a currency, not a place
        base = {"start": first.start, "end": last.end, "surface": surface, "tok": run[k], "n_tokens": n,
                "sentence": first.sentence}
        # capitalised abbreviations of countries
        if n == 1 and surface in COUNTRY_ABBREVIATIONS and (len(run) == 1 or self._beside_no_name(run, k, marks)):
            # alone, or beside words that are no name ("The US", "US President", "U.S. Department")
            place = self.gaz.country(COUNTRY_ABBREVIATIONS[surface])
            if place:
                place = dict(place, score=0.9, why=f"country abbreviation {surface!r}", name_similarity=1.0)
                actor = in_org or self.attributive_actor(run[k]) or self.possessed_actor(run[k]) or \
                    self.speaks(run[k], run[k])
                return {**base, "role": "actor" if actor else "place", "cands": [place], "kind": "country",
                        "importance": 1.0, "abbrev": True}
        # demonyms (one or two words: "Iraqi", "South African"; parts of "Syrian-Iraqi")
        if n <= 2 and not (n == 1 and first.is_upper):
            cc = self.demonym(surface)
            if cc and not self._is_exact_place(surface):
                return {**base, "role": "demonym", "cc": cc, "importance": 1.0, "in_org": in_org}
        if n == 1 and "-" in surface and not ARTICLE_HYPHEN_RE.match(surface):
            parts = self._hyphen_demonyms(first)
            if parts:
                return parts
        if self._is_date_word(run[k], n):
            return None
        if n == 1:
            region = self._region_in_text(run[k])
            if region:
                surface, cands = region
                return {**base, "end": first.start + len(surface), "surface": surface, "role": "place",
                        "cands": cands, "kind": "admin1", "importance": 1.0, "abbrev": True,
                        "n_tokens": 2 if surface.endswith(".") and not first.text.endswith(".") else 1}
        if n == 1 and first.is_upper and surface in self.acronyms and not self._in_headline(first.start):
            full = self.acronyms[surface]
            cands = [dict(c, name_similarity=1.0, why=c.get("why", "") + f"; {surface!r} stands for {full!r}")
                     for c in self.candidates(full, None) if c.get("name_similarity", 0) >= 1.0]
            if cands:
                return {**base, "role": "actor" if in_org else "place", "cands": cands, "kind": None,
                        "importance": max(c.get("importance") or 0 for c in cands[:3]), "abbrev": True}
        if n == 1 and "-" in surface and not ARTICLE_HYPHEN_RE.match(surface) and not (
                self.has_name(surface) and any(c["name_similarity"] >= 0.95 for c in self.candidates(surface, None))):
            return self._hyphen_places(first, in_org)
        if n == 1 and CONTRACTION_RE.match(surface):
            return None  # "I’ve", "We’ll": a contraction, whatever place its letters spell
        if not self.has_name(surface):
            return None
        if self._opens_kind_phrase(run[k + n - 1]):
            return None  # "Military Air Base": "Air" is the first word of the kind, no name
        lower = surface.lower()
        if n == 1:
            if lower in STOPWORDS or lower in HONORIFICS or lower in ORG_SUFFIXES and first.text[:1].isupper() and False:
                return None
            if first.is_upper and surface not in COUNTRY_ABBREVIATIONS:
                return None  # acronyms (ISIS, SDF, NATO) and shouted headline words
            if self._in_headline(first.start):
                return None
        kind = self.kind_hint(run, k, n)
        cands = self.candidates(surface, kind)
        if kind in _FACILITY_KINDS and cands:
            facilities = [c for c in cands if c.get("kind") in _FACILITY_KINDS]
            towns = [c for c in cands if c.get("kind") not in _FACILITY_KINDS]
            if facilities and towns:
                serve = {id(c) for c in self._by_famous_namesake(facilities, towns)}
                cands = [c for c in cands if c.get("kind") not in _FACILITY_KINDS or id(c) in serve]
        if cands and cands[0].get("needs_the"):
            prev = self.prev_word(run[k], 1)
            if not prev or prev[0].lower != "the":
                cands = cands[1:]  # "Atlantic Council", "Pacific Gas": only "the Atlantic" is the ocean
        if not cands:
            return None
        if not kind and all(c.get("kind") in _FACILITY_KINDS and "short_form" in (c.get("features") or {}) for c in cands) \
                and all(_is_common_word(w) for w in re.findall(r"[^\W\d_]+", surface)):
            return None  # "Farms", "Natural Selection": everyday words, not an airfield's short name
        best = cands[0]
        imp = max((c.get("importance") or 0.0) for c in cands[:3])
        if n == 1:
            # the text itself writes this word in lower case: a common word, not a name
            if lower in self.lower_words and imp < 0.75:
                return None
            if surface in self.person_words:
                return None
        ext = self._with_kind_word(run[k + n - 1], kind, surface, cands)
        if ext:
            # "al-Waleed crossing": the gazetteer knows the facility by its name and kind word
            last_tok, surface, cands = ext
            base.update(end=self.toks[last_tok].end, surface=surface, n_tokens=last_tok - run[k] + 1)
            best = cands[0]
        role = "place"
        big = best.get("kind") == "country" or imp >= 0.7
        facility = kind in _FACILITY_KINDS  # the text names a crossing, a base, an airport
        # a crossing, base or airport is where a force goes, never who acts or speaks
        # (a place inside an organisation's name: the organisation speaks or is told, not the place)
        spoken = not facility and not in_org and (self.speaks(run[k + n - 1], run[k]) or (
            self.addressed(run[k]) and not self._possessive_after(run[k + n - 1])))
        if spoken:
            # "Turkey said", "told Al Jazeera": a government (metonymy) or a person/outlet
            if not big:
                return None
            role = "actor"
        elif best.get("kind") == "country" and (self.possessed_actor(run[k + n - 1]) or self.attributive_actor(run[k + n - 1])):
            role = "actor"  # "Turkey's army", "U.S. troops"
        if in_org:
            # "Washington Post", "University of Alberta": a place named inside an organisation's
            # name says where the organisation is, not where anything happens
            role = "actor" if best.get("kind") == "country" else "organisation"
        return {**base, "role": role, "cands": cands, "kind": kind, "importance": imp,
                "first_in_sentence": first.first_in_sentence}

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

    def _region_in_text(self, i: int) -> tuple[str, list[dict]] | None:
        """'Surrey, B.C.', 'Barrie, Ont.', 'in B.C.': an abbreviated state or province."""
        tok = self.toks[i]
        nxt = self.next_tokens(i, 1)
        dot_after = bool(nxt) and nxt[0].text == "." and nxt[0].start == tok.end
        dotted = tok.text.count(".") >= 2  # B.C., N.Y., P.E.I.
        if not (dotted or dot_after or tok.text.endswith(".")):
            return None
        if tok.text.lower().rstrip(".") not in REGION_ABBREVIATIONS:
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

    def _opens_kind_phrase(self, tok_index: int) -> bool:
        """Is this word the first of a two-word kind ('Air' of 'Air Base', 'Border' of 'Border
        Crossing')? Then it belongs to the kind, not to the name before it."""
        nxt = self.next_tokens(tok_index, 1)
        return bool(nxt) and (self.toks[tok_index].lower, nxt[0].lower) in KIND_PAIRS

    def _is_date_word(self, tok_index: int, n: int) -> bool:
        """'Nov. 14', '14 Nov', 'Mon. 3': a month or weekday (abbreviated or not) beside a day number."""
        if n != 1 or self.toks[tok_index].lower.rstrip(".") not in CALENDAR_WORDS:
            return False
        after = [t for t in self.next_tokens(tok_index, 2) if t.text != "."]
        before = self.prev_word(tok_index, 1)
        def day(t):
            return t.text.isascii() and t.text.isdigit() and len(t.text) <= 2 and 1 <= int(t.text) <= 31
        return bool(after and day(after[0])) or bool(before and day(before[0]))

    def _with_kind_word(self, end_tok: int, kind: str | None, surface: str, cands: list[dict]):
        """(last token, surface, candidates) of the name with the kind word after it, when the
        gazetteer knows a facility by that longer name; else None."""
        if kind not in _FACILITY_KINDS:
            return None
        nxt = self.next_tokens(end_tok, 2)
        if not nxt or not nxt[0].is_word or not nxt[0].text[:1].islower():
            return None
        take = 1
        if len(nxt) > 1 and (nxt[0].lower, nxt[1].lower) in KIND_PAIRS and self._adjacent(nxt[0], nxt[1]):
            take = 2
        elif nxt[0].lower not in KIND_AFTER:
            return None
        if not self._adjacent(self.toks[end_tok], nxt[0]):
            return None
        last = nxt[take - 1]
        longer = surface + self.text[self.toks[end_tok].end:last.end]
        if not self.has_name(longer):
            return None
        ext = [c for c in self.candidates(longer, kind) if c.get("kind") in _FACILITY_KINDS]
        if not ext:
            return None
        towns = [c for c in self.candidates(surface, None) if c.get("kind") not in _FACILITY_KINDS]
        ext = self._by_famous_namesake(ext, towns)
        if not ext:
            return None  # "Bali airport": the famous Bali has no airport of that name here; the place stays
        if towns:
            # "Kabul airport": the town's name with a kind word; the name stays the mention (the
            # town names the airport), the place is the facility the gazetteer knows so
            return end_tok, surface, ext + cands
        return end_tok + take, longer, ext

    @staticmethod
    def _by_famous_namesake(facilities: list[dict], towns: list[dict]) -> list[dict]:
        """The facilities of "<X> airport" that serve the best-known place called X: one named
        after a village of X on another continent is not "Cairo airport" (Cairo, Illinois)."""
        towns = [t for t in towns if t.get("lat") is not None and t.get("name_similarity", 0) >= 0.95]
        top = max((t.get("importance") or 0.0 for t in towns), default=0.0)
        if top < 0.6:
            return facilities  # no well-known place of the name: the facility is the best reading

        def fame(f: dict) -> float:
            if f.get("lat") is None:
                return 0.0
            return max((t.get("importance") or 0.0 for t in towns
                        if haversine_km(f["lat"], f["lon"], t["lat"], t["lon"])
                        <= max(60.0, min(t.get("uncertainty_km") or 0.0, 300.0))), default=0.0)
        return [f for f in facilities if fame(f) >= top - 0.1]

    def speaks(self, end_tok: int, start_tok: int | None = None) -> bool:
        """'Douglas said': the name is the subject of a speech verb (not 'residents of X said')."""
        if start_tok is not None:
            prev = self.prev_word(start_tok, 1)
            if prev and (prev[0].lower in LOCATIVE_PREPS or prev[0].lower in ("of", "the", "and", ",")):
                return False
        nxt = self.next_tokens(end_tok, 2)
        words = [t.lower for t in nxt if t.is_word]
        return bool(nxt) and nxt[0].is_word and words[0] in SPEECH_VERBS

    def addressed(self, start_tok: int) -> bool:
        prev = [t.lower for t in self.prev_word(start_tok, 3)]
        # ("via" is a route word: "via X" names a place on the way, not who is told)
        if prev and prev[-1] in ("told", "tells", "telling"):
            return True
        if len(prev) >= 2 and prev[-2] == "told" and prev[-1] == "the":
            return True
        if len(prev) >= 2 and prev[-1] in ("to", "by") and prev[-2] in (
                "according", "reported", "quoted", "cited", "published", "broadcast", "aired", "interviewed"):
            return True
        return False

    def attributive_actor(self, end_tok: int) -> bool:
        nxt = self.next_tokens(end_tok, 1)
        return bool(nxt) and nxt[0].lower in ACTOR_NOUNS and nxt[0].text[:1].islower()

    def _possessive_after(self, end_tok: int) -> bool:
        """"according to X's institute": X owns who is quoted; X is not the one quoted."""
        nxt = self.next_tokens(end_tok, 2)
        return len(nxt) >= 2 and nxt[0].text in ("'", "’") and nxt[1].lower == "s" \
            and nxt[0].start == self.toks[end_tok].end

    def possessed_actor(self, end_tok: int) -> bool:
        nxt = self.next_tokens(end_tok, 4)
        if len(nxt) >= 3 and nxt[0].text in ("'", "’") and nxt[1].lower == "s":
            for t in nxt[2:]:
                if t.lower in ACTOR_NOUNS:
                    return True
        return False

    def _is_exact_place(self, surface: str) -> bool:
        if not self.has_name(surface):
            return False
        return any(c["name_similarity"] == 1.0 and (c.get("importance") or 0) >= 0.5
                   for c in self.candidates(surface, None))

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
        return {"start": tok.start, "end": tok.end, "surface": tok.text, "tok": self.toks.index(tok),
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
            cands = [c for c in self.candidates(word, None) if c.get("name_similarity") == 1.0] \
                if len(word) >= 3 and self.has_name(word) else []
            big = [c for c in cands[:3] if c.get("kind") in ("country", "admin1")
                   or (c.get("importance") or 0) >= (0.5 if placed and c.get("kind") in ("city", "town") else 0.7)]
            if not big:
                if word.isupper() and 2 <= len(word) <= 5:
                    rest.append(word.lower())  # "Canada-EU", "Russia-NATO": an acronym, no person's name
                    continue
                return None
            found.append((start, tok.start + p.end(), word, cands))
        if not found or (len(found) == 1 and not rest):
            return None
        return {"start": tok.start, "end": tok.end, "surface": tok.text, "tok": self.toks.index(tok),
                "n_tokens": 1, "sentence": tok.sentence, "role": "hyphen_places", "parts": found,
                "importance": 1.0, "rest": rest, "in_org": in_org}

    def _name_before_hyphen(self, tok: Token, word: str) -> tuple[int, str] | None:
        """(start, name) of a two-word place ending in ``word``, the first part of ``tok``,
        when the capitalised word before ``tok`` begins it ("New" of "New York-based")."""
        i = self.toks.index(tok)
        prev = self.toks[i - 1] if i else None
        if prev is None or not prev.is_capitalised or prev.sentence != tok.sentence \
                or self.text[prev.end:tok.start] != " ":
            return None
        name = f"{prev.text} {word}"
        if self.has_name(name) and any(c.get("name_similarity") == 1.0 for c in self.candidates(name, None)[:3]):
            return prev.start, name
        return None

    def kind_hint(self, run: list[int], k: int, n: int) -> str | None:
        toks = self.toks
        s, e = toks[run[k]].start, toks[run[k + n - 1]].end
        in_name = self.gaz.split_kind(self.text[s:e])[1]
        if in_name:
            return in_name  # "Al-Hasakah Governorate", "Qamishli Airport"
        nxt = self.next_tokens(run[k + n - 1], 2)
        if nxt:
            w0 = nxt[0].lower
            if len(nxt) > 1 and (w0, nxt[1].lower) in KIND_PAIRS:
                return KIND_PAIRS[(w0, nxt[1].lower)]
            if w0 in KIND_AFTER:
                return KIND_AFTER[w0]
        before = self.prev_word(run[k], 2)
        if len(before) == 2 and before[1].lower == "of" and before[0].lower in KIND_BEFORE:
            return KIND_BEFORE[before[0].lower]
        return None

    # -- demonym roles

    def demonym_role(self, end_tok: int, rest: list[str] | None = None) -> str:
        if rest and any(r in _ACTING_PARTICIPLES for r in rest):
            return "actor"
        if rest and any(r in ("border", "borders", "frontier") for r in rest):
            return "demonym_place"
        for t in self.next_tokens(end_tok, 4):
            if not t.is_word:
                if t.text in ("-", "‑"):
                    continue
                break
            w = t.lower
            if w in ACTOR_NOUNS:
                return "actor"
            if w in PLACE_NOUNS:
                return "demonym_place"
            if t.text[:1].isupper():
                if w in HONORIFICS or w in ORG_SUFFIXES:
                    return "actor"
                continue
        return "demonym"

    # -- the whole text

    def datelines(self) -> list[dict]:
        """'BEIRUT —', 'AMMAN (Reuters) -', 'AUSTIN, Texas (AP) —' at the start of a line or
        after a headline's full stop; at the very start of the text the dash may be missing."""
        out = []
        pos = 0
        first_line = True
        for line in self.text.split("\n"):
            lead = len(line) - len(line.lstrip())
            starts = [lead] + [m.end() for m in re.finditer(r"[.!?]\s+(?=[A-Z]{3})", line)]
            for n, at in enumerate(starts):
                m = _DATELINE_RE.match(line, at)
                loose = False
                if not m and n == 0 and first_line and (pos + lead) not in self.headline_lines:
                    m = _LOOSE_DATELINE_RE.match(line, at)
                    loose = True
                if not m:
                    continue
                for g in ("place", "second"):
                    if not m.group(g):
                        continue
                    s, e = pos + m.start(g), pos + m.end(g)
                    surface = self.text[s:e].strip().rstrip(".")
                    if g == "place" and (len(surface) < 3 or surface in COUNTRY_ABBREVIATIONS):
                        break
                    sent = next((i for i, (a, b) in enumerate(self.sents) if a <= s < b), 0)
                    region = self.region_abbreviation(surface) if g == "second" else None
                    if region:  # "EDMONTON, Ky." names the state the town is in
                        if self.text[s + len(surface):s + len(surface) + 1] == ".":
                            surface += "."
                        out.append({"start": s, "end": s + len(surface), "surface": surface, "role": "dateline",
                                    "cands": region, "kind": "admin1", "importance": 1.0, "n_tokens": 1,
                                    "sentence": sent, "tok": None, "abbrev": True})
                        continue
                    if g == "second" and len(surface) <= 4:
                        continue  # other short abbreviations are not in the gazetteer
                    cands = self.candidates(surface.title() if surface.isupper() else surface, None)
                    if not cands or (loose and max(c.get("importance") or 0 for c in cands[:3]) < 0.5):
                        break
                    out.append({"start": s, "end": s + len(surface), "surface": surface, "role": "dateline",
                                "cands": cands, "kind": None, "importance": cands[0].get("importance") or 0,
                                "n_tokens": len(surface.split()), "sentence": sent, "tok": None})
                break
            if line.strip():
                first_line = False
            pos += len(line) + 1
        return out

    def run(self) -> list[dict]:
        raw = self.scan()
        dl = self.datelines()
        taken = [(d["start"], d["end"]) for d in dl]
        raw = [m for m in raw if not any(a < m["end"] and m["start"] < b for a, b in taken)] + dl
        mentions: list[dict] = []
        for m in raw:
            if m["role"] == "hyphen_demonyms":
                ccs = [p[3] for p in m["parts"]]
                role = self.demonym_role(m["tok"], m["rest"])
                for s, e, surf, cc in m["parts"]:
                    mm = {"start": s, "end": e, "surface": surf, "sentence": m["sentence"], "role": role,
                          "cc": cc, "tok": m["tok"], "n_tokens": 1, "importance": 1.0}
                    others = [c for c in ccs if c != cc]
                    if role == "demonym_place" and "border" in " ".join(m["rest"] + self._after_words(m["tok"])):
                        mm["relation"] = {"type": "border", "with": others[0] if others else None,
                                          "phrase_start": m["start"], "phrase_end": self._phrase_end(m["tok"])}
                    mentions.append(mm)
            elif m["role"] == "hyphen_places":
                # "Washington-based", "London-born": where someone or something is from;
                # "US-backed" names who acts
                acting = any(r in _ACTING_PARTICIPLES for r in m["rest"])
                role = "organisation" if m["in_org"] else "actor" if acting else "place"
                for s, e, surf, cands in m["parts"]:
                    mentions.append({"start": s, "end": e, "surface": surf, "sentence": m["sentence"],
                                     "role": role, "cands": cands, "kind": None, "tok": m["tok"],
                                     "n_tokens": 1, "importance": 1.0, "abbrev": True})
            elif m["role"] == "demonym":
                end_tok = m["tok"] + m["n_tokens"] - 1
                role = "actor" if m.get("in_org") else self.demonym_role(end_tok)
                mentions.append({**m, "role": role})
            else:
                mentions.append(m)
        self.resolve(mentions)
        out = []
        for m in sorted(mentions, key=lambda x: x["start"]):
            rec = self.to_record(m)
            if rec:
                out.append(rec)
        return out

    def _after_words(self, tok_index: int) -> list[str]:
        return [t.lower for t in self.next_tokens(tok_index, 2)]

    def _phrase_end(self, tok_index: int) -> int:
        for t in self.next_tokens(tok_index, 3):
            if t.lower in ("border", "borders", "frontier"):
                return t.end
        return self.toks[tok_index].end

    # -- resolution in context

    def resolve(self, mentions: list[dict]) -> None:
        gaz = self.gaz
        text_countries: dict[str, set[str]] = {}  # ISO2 -> keys of the mentions naming it
        points: list[tuple[float, float, str]] = []
        importance_of: dict[str, float] = {}
        for m in mentions:
            if m.get("cc"):
                m["cands"] = [dict(c, score=0.9, why=f"demonym {m['surface']!r}", name_similarity=1.0)
                              for c in [gaz.country(m["cc"])] if c]
        self._add_shared_country_names(mentions)
        self._apply_demonym_before(mentions)
        self._apply_region_after_comma(mentions)
        # pass 1: what is clear on its own
        for m in mentions:
            cands = m.get("cands") or []
            if not cands:
                continue
            best = cands[0]
            second = cands[1]["score"] if len(cands) > 1 else 0.0
            clear = (best.get("kind") == "country" or len(cands) == 1 or best["score"] - second >= 0.1
                     or (best.get("importance") or 0) >= 0.7)
            m["clear"] = clear
            if clear and m["role"] not in ("actor", "organisation") and not self._likely_rejected(m, best):
                if best.get("country"):
                    text_countries.setdefault(best["country"], set()).add(name_key(m["surface"]))
                if best.get("kind") not in ("country",) and best.get("lat") is not None:
                    points.append((best["lat"], best["lon"], name_key(m["surface"]),
                                   min(best.get("uncertainty_km") or 0.0, 300.0)))
                    importance_of[name_key(m["surface"])] = max(
                        importance_of.get(name_key(m["surface"]), 0.0), best.get("importance") or 0.0)
        points = drop_lone_far_context(points, text_countries, importance_of)
        # pass 2: rank every candidate again against the other places of the text; twice, the
        # second time also against what the first round made clear ("Maryland" beside a
        # "Pennsylvania" that was only clear once ranked)
        for round_ in (1, 2):
            if round_ == 2:
                if not self._more_context(mentions, text_countries, points, importance_of):
                    break
                points[:] = drop_lone_far_context(points, text_countries, importance_of)
            self._rank_in_context(mentions, text_countries, points)
        self._like_areas_in_lists(mentions)
        self._one_sense_per_text(mentions)
        # acceptance: a weak, unsupported match is dropped
        self._accept(mentions, text_countries, points)
        # the far-namesake guard judges by the places that were accepted, not by words that
        # were rejected ("Forces", "Air" of an organisation's name pulling in another continent)
        named = self._named_places([m for m in mentions if not m.get("drop")])
        for m in mentions:
            cands = m.get("cands") or []
            if cands and m["role"] == "place" and not m.get("drop") and not m.get("region_hint") \
                    and (self._stray_variant(m, cands[0], named) or self._far_namesake(m, cands, named)
                         or self._everyday_words_far(m, cands[0], named)
                         or self._loose_facility_far(m, cands[0], named)):
                near = self._namesake_among(m, cands, named)
                if near is not None:
                    # ... but the namesake where the text's other places are is the place meant
                    cands.remove(near)
                    near["why"] = near.get("why", "") + "; the namesake where the text's other places lie"
                    cands.insert(0, near)
                    continue
                m["drop"] = True  # a miss is better than a confident wrong place

    _OF_NOUNS = frozenset("island isle town city village province region district state county port capital".split())

    def _apply_demonym_before(self, mentions: list[dict]) -> None:
        """'the Indonesian island of Java', 'the Syrian town of Kobane': the demonym names the
        country the place lies in, and binds as a country written after the name does."""
        for m in mentions:
            cands = m.get("cands")
            if not cands or m.get("tok") is None or m["role"] not in ("place", "organisation") or m.get("cc"):
                continue
            prev = self.prev_word(m["tok"], 4)
            if len(prev) < 3 or not all(t.is_word for t in prev[-3:]) or prev[-1].lower != "of" \
                    or prev[-2].lower not in self._OF_NOUNS:
                continue
            cc = self.demonym(prev[-3].text) or (self.demonym(prev[-4].text) if len(prev) == 4 and prev[-4].is_word
                                                 and prev[-3].text[:1].islower() else None)
            if not cc:
                continue
            inside = [c for c in cands if c.get("country") == cc] or self._looked_up_in(m, cc)
            for c in inside:
                c["why"] = c.get("why", "") + f"; in {cc} (the {prev[-3].text} {prev[-2].lower} of)"
            m["cands"] = inside
            if not inside:
                m["drop"] = True  # no such place in the country the text names: no place, not a namesake abroad

    _LIST_GAP = re.compile(r"^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$")

    def _like_areas_in_lists(self, mentions: list[dict]) -> None:
        """'Texas, Georgia and Ohio', 'Washington, Pennsylvania and California': a name listed
        among provinces of one country is that country's province of the name, not a country
        or a city elsewhere."""
        ordered = sorted((m for m in mentions if m.get("cands") and m["role"] == "place"), key=lambda m: m["start"])
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
            readings = [{c.get("country"): c for c in reversed(m["cands"][:8]) if c.get("kind") == "admin1"
                         and plain(c["name"]) == core} for m, core in zip(items, cores)]
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

    def _add_shared_country_names(self, mentions: list[dict]) -> None:
        """'Congo' names two countries: both are candidates, context ranks them."""
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

    def _likely_rejected(self, m: dict, best: dict) -> bool:
        """A single everyday word ("Forces", "Air") of low importance: acceptance will most
        likely drop it, so it is no context for the other names."""
        return m.get("n_tokens") == 1 and not m.get("abbrev") and (best.get("importance") or 0) < 0.7 \
            and _is_common_word(m["surface"], best.get("importance") or 0.0)

    def _accept(self, mentions: list[dict], text_countries: dict, points: list) -> None:
        distinct_points = list(dict.fromkeys(points))  # a name repeated 2,000 times is one point
        for m in mentions:
            cands = m.get("cands") or []
            if not cands or m["role"] not in ("place", "organisation"):
                continue
            best = cands[0]
            imp = best.get("importance") or 0.0
            if m["role"] == "organisation" and not self._place_in_org_name(m, best) and not (
                    best.get("name_similarity") == 1.0 and best.get("kind") not in _FACILITY_KINDS
                    and self._plain_place_words(self.gaz.split_kind(m["surface"])[0])
                    and (m.get("kind") in ("admin1", "admin2")
                         or self.support(m, best, text_countries, distinct_points)[0] == "near other places in the text")):
                # "Harbour News", "University College": no place named; but "Laurel County
                # Detention Center" or the "Glasgow Police Department" of a text about Glasgow's
                # surroundings name the place they belong to
                m["drop"] = True
                continue
            support, strong = self.support(m, best, text_countries, distinct_points)
            m["support"] = support
            single = m["n_tokens"] == 1 and not m.get("abbrev") and m.get("tok") is not None
            if single and m["surface"] in self.person_words:
                m["drop"] = True  # the surname of a person named earlier in the text
                continue
            famous = best.get("kind") in ("country", "admin1", "continent") and best.get("name_similarity") == 1.0
            if single and imp < 0.7 and not famous and (
                    _is_common_word(m["surface"], imp) or m["surface"].lower() in GIVEN_NAMES):
                # "Summer", "Centers", "Campbell": a common word or a first name needs the
                # text to say it is a place ("in Campbell", "Campbell County")
                if not strong:
                    m["drop"] = True
                continue
            if m["n_tokens"] > 1 and not strong and plain(self.gaz.split_kind(best["name"])[0]) != plain(m["surface"]) and all(
                    _is_common_word(w) for w in m["surface"].split()):
                m["drop"] = True  # "West Coast" as an alternate name of some province ("New York City" is called so)
                continue
            if imp >= 0.7 or (imp >= 0.6 and not m.get("first_in_sentence")) or famous:
                continue
            if strong:
                continue
            if support and imp >= 0.45 and not m.get("first_in_sentence"):
                continue
            if imp >= 0.45 and not m.get("first_in_sentence") and m["n_tokens"] > 1:
                continue
            if imp >= _ONE_READING_IMPORTANCE and self._one_reading(m, cands):
                m["support"] = "a town's own name with no other reading"
                continue
            m["drop"] = True

    def _one_reading(self, m: dict, cands: list[dict]) -> bool:
        """'Timbuktu was quiet.': a name no English word spells, meaning one town by its own name
        (its airport or base aside, nothing else anywhere bears it): no other reading competes."""
        best = cands[0]
        if best.get("kind") not in ("city", "town") or best.get("name_similarity") != 1.0 \
                or plain(best.get("name") or "") != plain(m["surface"]) or best.get("lat") is None:
            return False
        if any(english_zipf(w.lower()) >= 3.0 for w in re.findall(r"[^\W\d_]+", m["surface"])):
            return False
        nxt = self.next_tokens(m["tok"] + m["n_tokens"] - 1, 1)
        if nxt and nxt[0].is_word and nxt[0].text[:1].islower() and english_zipf(nxt[0].lower) < 5.0:
            return False  # "X ebolavirus", "X manuscripts": the name of a thing named after the town
        return all(c.get("kind") in _FACILITY_KINDS and c.get("country") == best.get("country")
                   for c in cands[1:])

    def _one_sense_per_text(self, mentions: list[dict]) -> None:
        """Facilities sharing a name (a border crossing and a garrison named after one
        village): the one the text once pins down with a kind word ("the X garrison") is the
        one it means where it repeats the name bare ("X")."""
        pinned: dict[str, str] = {}
        for m in mentions:
            cands = m.get("cands") or []
            core, word_kind = self.gaz.split_kind(m["surface"])
            if cands and word_kind and cands[0].get("gazetteer_id") and \
                    cands[0].get("kind") in KIND_FAMILY.get(word_kind, {word_kind}):
                pinned.setdefault(name_key(core), cands[0]["gazetteer_id"])
        if not pinned:
            return
        for m in mentions:
            cands = m.get("cands") or []
            if len(cands) < 2 or self.gaz.split_kind(m["surface"])[1] or m.get("kind"):
                continue
            if cands[0].get("kind") not in _FACILITY_KINDS:
                continue  # "Qamishli airport" does not make every "Qamishli" the airport
            gid = pinned.get(name_key(m["surface"]))
            at = next((i for i, c in enumerate(cands) if c.get("gazetteer_id") == gid), None)
            if at:
                pick = cands.pop(at)
                pick["why"] = pick.get("why", "") + "; named so elsewhere in the text with its kind"
                cands.insert(0, pick)

    def _plain_place_words(self, surface: str) -> bool:
        """Words that can only be a place's name here: no organisation word ("Center",
        "University"), no everyday word, no person's name."""
        words = surface.split()
        return not any(w.lower() in ORG_SUFFIXES or w.lower() in GIVEN_NAMES or w in self.person_words
                       or _is_common_word(w) for w in words)

    def _place_in_org_name(self, m: dict, best: dict) -> bool:
        """Is this word of an organisation's name a well-known place ("University of Alberta",
        "Buffalo Public Schools") rather than a word of the name itself ("Drug Administration",
        "Franklin Elementary")?"""
        words = m["surface"].split()
        if any(w.lower() in ORG_SUFFIXES for w in words):
            return False  # "Centre", "Union": the organisation's kind, whatever region shares it
        famous = best.get("kind") in ("country", "admin1") and best.get("name_similarity") == 1.0
        if famous:
            return True
        if (best.get("importance") or 0.0) < 0.55 or best.get("name_similarity") != 1.0:
            return False
        if any(w.lower() in GIVEN_NAMES or w in self.person_words for w in words):
            return False
        # a word as common as "Drug" or "Metro" is the organisation's own; a big city's name
        # ("Toronto") is common in English text because it is a big city
        return (best.get("importance") or 0.0) >= 0.7 or not any(_is_common_word(w) for w in words)

    def _rank_in_context(self, mentions: list[dict], text_countries: dict, points: list) -> None:
        # long reports repeat their places: every distinct context point once, and each
        # candidate's distance to the context once per name (the context a name sees excludes
        # only its own mentions, so it is the same for all of them)
        contexts: dict[str, list] = {}
        distances: dict[tuple, float] = {}
        provinces = self._provinces_named(mentions)
        if len(provinces) > 1:
            provinces = {}  # a text that ranges over several provinces says little by naming one
        # every distinct context point once, with the names that put it there: the context of a
        # name is every point some other name put there (built once, not once per name)
        keys_at: dict[tuple, set] = {}
        for la, lo, k, u in points:
            keys_at.setdefault((la, lo, u), set()).add(k)
        gaps = Gaps(list(keys_at))
        only: dict[str, list[int]] = {}  # name -> indexes of the points that name alone put there
        for i, ks in enumerate(keys_at.values()):
            if len(ks) == 1:
                only.setdefault(next(iter(ks)), []).append(i)
        pairs = self.__dict__.get("_pairs")
        if pairs is None:  # (built once a text: the second round sees the same readings)
            pairs = self._pairs = PairIndex(self._plausible_readings(mentions))
        for m in mentions:
            cands = m.get("cands") or []
            if len(cands) < 2:
                continue
            own = name_key(m["surface"])
            ctx = contexts.get(own)
            if ctx is None:
                ctx = contexts[own] = gaps.without(only.get(own, ()))
            # a province is not preferred over an at least as famous city of its name (Gaza)
            city_fame = max((c.get("importance") or 0 for c in cands if c.get("kind") in ("city", "town")), default=0)
            # a name that is itself a province or country ("Washington", "Alaska") means that area
            # more often than a town in another province the text names
            core = plain(self.gaz.split_kind(m["surface"])[0])
            bare_area = any(c.get("kind") in ("country", "admin1") and plain(c.get("name") or "") == core for c in cands)
            pair_key = _core_key(m["surface"])
            for c in cands:
                s = c["score"]
                why = []
                base_why = c.setdefault("_why0", c.get("why", ""))
                if ctx and c.get("lat") is not None and c.get("kind") != "country":
                    # areas (provinces, states) are near whatever lies inside them: measure
                    # from their edge, roughly, not from their centre point
                    own_unc = min(c.get("uncertainty_km") or 0.0, 300.0)
                    # (names whose context is the same object share their distances)
                    key = (id(ctx), c["lat"], c["lon"], own_unc)
                    d = distances.get(key)
                    if d is None:
                        d = distances[key] = ctx.smallest(c["lat"], c["lon"], own_unc)
                    s += W["text_near_places"] * math.exp(-d / PROXIMITY_KM)
                    why.append(f"{d:.0f} km from other places in the text")
                if c.get("lat") is not None and c.get("kind") not in ("country", "continent", "admin1", "region") \
                        and not bare_area \
                        and c.get("name_similarity", 1.0) >= 0.95:
                    # (not for a name that is a country's or province's own: "Egypt" beside "Cairo")
                    pd = pairs.nearest_other(c["lat"], c["lon"], pair_key, c.get("uncertainty_km") or 0.0)
                    if pd is not None:
                        s += W["text_namesake_pair"]
                        why.append(f"{pd:.0f} km from a reading of another name of the text")
                if text_countries.get(c.get("country"), set()) - {own} and c.get("kind") != "country":
                    s += W["text_country_named"]
                    why.append(f"{c['country']} named in the text")
                if not bare_area and c.get("admin1") and c.get("kind") not in ("country", "admin1") and \
                        provinces.get((c.get("country"), plain(c["admin1"])), set()) - {own}:
                    s += W["text_province_named"]
                    why.append(f"in {c['admin1']}, named in the text")
                if c.get("kind") == "country" and text_countries.get(c.get("country"), set()) - {own}:
                    s += W["text_country_holds_places"]
                    why.append(f"other places of the text lie in {c['country']}")
                if c.get("kind") in ("country", "admin1", "continent") and c.get("name_similarity", 0) == 1.0 \
                        and m.get("kind") in (None, "admin1", "country") \
                        and (c.get("kind") != "admin1" or (c.get("importance") or 0) > city_fame):
                    # a bare country or province name means that, not a small namesake near
                    # the other places of the text ("California" beside Maryland towns); a
                    # sparsely peopled province less so (Manchester the Jamaican parish)
                    s += W["text_bare_area"] if c.get("kind") != "admin1" or (c.get("importance") or 0) >= 0.65 \
                        else W["text_bare_small_area"]
                if m.get("kind") in _FACILITY_KINDS and c.get("kind") in KIND_FAMILY.get(m["kind"], {m["kind"]}):
                    s += W["text_facility_word"]  # the text says what it is ("Kabul airport"): the town's fame must not win
                if c.get("kind") == "admin2" and m.get("kind") not in ("admin2",):
                    s += W["text_bare_county"]  # a county named by its bare name is most often a person's name
                if plain(c["name"]) == core:
                    s += W["text_own_name"]  # the place's own name, not one of its alternate names
                s += W["text_importance"] * (c.get("importance") or 0.0)  # context must not drown a capital in villages
                s *= 0.5 + 0.5 * c.get("name_similarity", 1.0)
                c["context_score"] = round(s, 4)
                c["why"] = base_why + ("; " + "; ".join(why) if why else "")
            cands.sort(key=lambda c: -c["context_score"])
            self._prefer_namesake_city(m, cands)

    @staticmethod
    def _plausible_readings(mentions: list[dict]) -> dict[str, list[tuple[float, float, float]]]:
        """name key -> (lat, lon, radius) of its readings worth pairing: its own name, a place or
        a county, not a province or country (whatever lies inside those is near them)."""
        out: dict[str, list[tuple[float, float]]] = {}
        for m in mentions:
            if m["role"] == "actor" or m.get("cc"):
                continue
            pts = [(c["lat"], c["lon"], c.get("uncertainty_km") or 0.0) for c in (m.get("cands") or [])[:6]
                   if c.get("lat") is not None and c.get("kind") not in ("country", "continent", "admin1", "region")
                   and c.get("name_similarity", 1.0) >= 0.95]
            if pts:
                out.setdefault(_core_key(m["surface"]), []).extend(pts)
        return out

    @staticmethod
    def _provinces_named(mentions: list[dict]) -> dict[tuple, set]:
        """(country, plain province name) -> keys of the mentions that name the province itself
        as their clear reading ("Kentucky", "Ky.", "Ontario")."""
        out: dict[tuple, set] = {}
        for m in mentions:
            cands = m.get("cands") or []
            if not cands or not m.get("clear") or m.get("drop") or m["role"] in ("actor", "organisation"):
                continue
            best = cands[0]
            if best.get("kind") == "admin1" and best.get("name_similarity", 0) >= 0.95:
                out.setdefault((best.get("country"), plain(best["name"])), set()).add(name_key(m["surface"]))
        return out

    def _more_context(self, mentions: list[dict], text_countries: dict, points: list,
                      importance_of: dict | None = None) -> bool:
        """Add the mentions that ranking in context made clear to the context; any added?"""
        added = False
        for m in mentions:
            cands = m.get("cands") or []
            if m.get("clear") or len(cands) < 2 or m["role"] == "actor":
                continue
            a, b = cands[0].get("context_score", 0.0), cands[1].get("context_score", 0.0)
            if a - b < 0.1:
                continue
            m["clear"] = True
            best = cands[0]
            if best.get("country"):
                text_countries.setdefault(best["country"], set()).add(name_key(m["surface"]))
            if best.get("kind") != "country" and best.get("lat") is not None:
                points.append((best["lat"], best["lon"], name_key(m["surface"]),
                               min(best.get("uncertainty_km") or 0.0, 300.0)))
                if importance_of is not None:
                    importance_of[name_key(m["surface"])] = max(importance_of.get(name_key(m["surface"]), 0.0),
                                                                best.get("importance") or 0.0)
            added = True
        return added

    # the gap between a name and the area written after it: ", ", " (township), ", " in ",
    # ", in the ", " of "
    _CHAIN_GAP = re.compile(r"^\s*(?:(?:" + "|".join(sorted(map(re.escape, ADDRESS_KIND_WORDS), key=len, reverse=True))
                            + r")\b\.?\s*)?(?:\([^)]{0,40}\))?\s*(?P<sep>,|,?\s+(?:in|of)(?:\s+the)?)\s*$", re.I)

    def _region_readings(self, b: dict, sep: str) -> list[dict]:
        """The readings of ``b`` as an area that can hold what is named before it."""
        if b.get("cc") or b.get("role") == "actor" or b.get("drop") or b.get("kind") in ("city", "town", "village"):
            return []  # (... "Quebec City" says it is no province)
        worded = b.get("kind") in ("admin1", "admin2")
        out = []
        for r in (b.get("cands") or [])[:5]:
            kind = r.get("kind")
            if kind not in ("country", "admin1") and not (worded and kind == "admin2"):
                continue  # a bare district name is as often a town's ("Toronto" is no county here)
            if r.get("name_similarity", 0) < (0.85 if worded else 1.0):
                continue
            if sep != "," and kind != "country" and not worded:
                continue  # "X in Y" binds only when Y says it is an area ("in Y district")
            out.append(r)
        return out

    def _chain_after(self, ordered: list[dict], i: int) -> list[tuple[dict, list[dict]]]:
        """(mention, its area readings) of the areas written after ordered[i]: 'Lere town,
        Tombouctou region, Mali' gives Tombouctou and Mali for Lere."""
        chain = []
        prev = ordered[i]
        for b in ordered[i + 1:i + 6]:
            gap = self._CHAIN_GAP.match(self.text[prev["end"]:b["start"]])
            if not gap:
                break
            rs = self._region_readings(b, "," if gap.group("sep").strip() == "," else "in")
            if not rs:
                break
            chain.append((b, rs))
            prev = b
        if chain and self._LIST_GOES_ON.match(self.text, chain[-1][0]["end"]):
            return []  # "Cairo, Giza and Minya": a list of names, not a name and its area
        return chain

    _LIST_GOES_ON = re.compile(r"\s*,?\s+(?:and|or)\s+[A-Z]")

    def _fits(self, c: dict, region: dict) -> bool:
        """Does candidate ``c`` lie in ``region`` (a country, a province or a district)?"""
        if c is region or c.get("kind") == "country" or c.get("country") != region.get("country"):
            return False
        if region.get("kind") == "country":
            return True
        if region.get("kind") == "admin1" and c.get("admin1") and plain(c["admin1"]) == plain(region["name"]):
            return True
        if None in (c.get("lat"), region.get("lat")):
            return False
        reach = max(region.get("uncertainty_km") or 0.0, 30.0) + 25.0
        return haversine_km(c["lat"], c["lon"], region["lat"], region["lon"]) <= reach

    def _looked_up_in(self, a: dict, cc: str) -> list[dict]:
        """Readings of ``a`` in country ``cc`` alone, a loose spelling allowed."""
        core = self.gaz.split_kind(a["surface"].title() if a["surface"].isupper() else a["surface"])[0]
        more = []
        key = name_key(core)
        for c in self.gaz.candidates(core, country=cc, limit=40, fuzzy=False):  # (the hint binds)
            sim = _similarity(core, c.get("matched_name") or c["name"])
            # the transliteration key agrees and the text names the country: a spelling far
            # from the gazetteer's ('Mecca' and Makkah's 'Mekka') is the same name
            same_key = key and name_key(c.get("matched_name") or c["name"]) == key
            if (sim >= 0.8 or same_key) and (c.get("kind") not in _FACILITY_KINDS or a.get("kind") in _FACILITY_KINDS):
                more.append(dict(c, name_similarity=max(sim, 0.85 if same_key else sim)))
        return more

    def _apply_region_after_comma(self, mentions: list[dict]) -> None:
        """'Paris, Texas', 'Hama, Syria', 'Lere town, Tombouctou region, Mali', 'Seer village in
        Pulwama district': a name followed by the areas it lies in keeps only its readings
        there. Areas bind from the right (the country first, then the province); a name
        with no reading in the one country the text names there is no place; a name spelled
        loosely is looked up again in that country alone."""
        ordered = sorted((m for m in mentions if m.get("cands")), key=lambda m: m["start"])
        for i in range(len(ordered) - 2, -1, -1):
            a = ordered[i]
            if a.get("cc") or a.get("role") == "actor" or a.get("drop"):
                continue
            chain = self._chain_after(ordered, i)
            if not chain:
                continue
            cands = a["cands"]
            top = cands[0]
            if a.get("kind") == "river" or top.get("kind") in ("river", "sea", "ocean", "strait", "canal", "continent"):
                continue  # a river or sea followed by its country is read as itself, not as a namesake town
            if top.get("name_similarity") == 1.0 and (top.get("kind") in ("country", "continent", "region") or (
                    top.get("kind") == "admin1" and any(r.get("kind") == "admin1" for r in chain[0][1]))):
                continue  # "Syria, Iraq", "In Asia, Canada", "Texas, Oklahoma": a list of areas
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
                for pool in (cands, None):
                    if pool is None:
                        pool = self._looked_up_in(a, cc)
                    for rs in tried:
                        inside = [c for c in pool if all(self._fits(c, r) for r in rs)]
                        if inside:
                            held = rs
                            break
                    if inside:
                        break
                if inside:
                    break
            if not inside:
                named_country = len(set(order)) == 1 and any(
                    r.get("kind") == "country" and r.get("country") == order[0] for _, rs in chain for r in rs)
                if named_country and (top.get("importance") or 0) < 0.75:
                    a["cands"] = []  # no reading in the country the text names: no place, not a namesake abroad
                    a["drop"] = True
                continue
            finest = regions[0]
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

    @staticmethod
    def _named_places(mentions: list[dict]) -> "_NamedPlaces":
        """The best reading of every mention, demonyms and actors too."""
        return _NamedPlaces.of(mentions)

    @staticmethod
    def _stray_variant(m: dict, best: dict, named) -> bool:
        """A spelling variant, not the name itself ('Karabakh' read as Karabash), far from every
        other place of the text and in none of its countries: most likely a wrong guess."""
        if best.get("lat") is None or best.get("kind") == "country":
            return False
        if best.get("name_similarity", 1.0) >= 1.0 and not _Finder._by_foreign_name(m, best):
            return False
        others = named.others(m)
        if not others:
            return False  # nothing to judge by
        if best.get("country") and best["country"] in {cc for _, _, cc in others}:
            return False
        return all(la is None or haversine_km(best["lat"], best["lon"], la, lo) > _STRAY_KM for la, lo, _ in others)

    @staticmethod
    def _everyday_words_far(m: dict, best: dict, named) -> bool:
        """A lesser place named by everyday words ('Church', 'Church Street'), read on another
        continent from a text whose places all lie in one other country: the words mean
        something there (a church, a street), not a far village."""
        imp = best.get("importance") or 0.0
        if imp >= FAR_NAMESAKE_IMPORTANCE or best.get("lat") is None \
                or best.get("kind") in ("country", "admin1", "continent"):
            return False
        words = re.findall(r"[^\W\d_]+", m.get("surface") or "")
        if not words or not all(_is_common_word(w, imp) for w in words):
            return False
        others = named.others(m)
        countries = {cc for _, _, cc in others if cc}
        if len(countries) != 1 or best.get("country") in countries:
            return False
        return all(la is None or haversine_km(best["lat"], best["lon"], la, lo) > FAR_NAMESAKE_KM
                   for la, lo, _ in others)

    @staticmethod
    def _by_foreign_name(m: dict, best: dict) -> bool:
        """A town read only by one of its other (foreign-language) names ('Boni' for Bonn) and
        not important enough that the name is common currency: as loose as a variant spelling.
        The text's spelling is compared with the place's own name (with and without an Arabic
        article): 'Qamishli' is Al Qamishli's own name, whichever alternate spelling matched."""
        if best.get("kind") not in ("city", "town", "village") \
                or (best.get("importance") or 0.0) >= FAR_NAMESAKE_IMPORTANCE:
            return False
        said = plain(m.get("surface") or "")
        own = plain(best.get("name") or "")
        if not said or not own:
            return False
        forms = {own, _OWN_ARTICLE_RE.sub("", own)}
        forms |= {f.split(" ")[0] for f in list(forms)} | {f.split(" ")[-1] for f in list(forms)}
        return max(_plain_similarity(said, f) for f in forms) < 0.8

    @staticmethod
    def _far_namesake(m: dict, cands: list[dict], named) -> bool:
        """A name several places bear, read as one far from every other place of a text whose
        places all lie in one other country: the place meant is most likely a namesake the
        gazetteer lacks."""
        best = cands[0]
        if best.get("lat") is None or best.get("kind") in ("country", "continent") or m.get("kind"):
            return False
        if (best.get("importance") or 0.0) >= FAR_NAMESAKE_IMPORTANCE:
            return False
        own = plain(best["name"])
        if not any(c is not best and plain(c.get("name") or "") == own for c in cands[1:]):
            return False  # no namesake: a far place may well be meant
        others = named.others(m)
        if len([1 for la, _, _ in others if la is not None]) < 2:
            return False  # too little to judge by
        countries = {cc for _, _, cc in others if cc}
        if len(countries) != 1 or best.get("country") in countries:
            return False  # a report that ranges over several countries may name a far one too
        return all(la is None or haversine_km(best["lat"], best["lon"], la, lo) > FAR_NAMESAKE_KM
                   for la, lo, _ in others)

    @staticmethod
    def _namesake_among(m: dict, cands: list[dict], named) -> dict | None:
        """A candidate of the very name of ``cands[0]`` in the one country of every other place
        of the text ("Norfolk" in a report about England: the county, not the US city)."""
        others = named.others(m)
        countries = {cc for _, _, cc in others if cc}
        if len(countries) != 1 or len([1 for la, _, _ in others if la is not None]) < 2:
            return None
        own = plain(cands[0]["name"])
        for c in cands[1:]:
            if c.get("country") in countries and plain(c.get("name") or "") == own \
                    and c.get("kind") not in _FACILITY_KINDS and c.get("lat") is not None:
                return c
        return None

    def _prefer_namesake_city(self, m: dict, cands: list[dict]) -> None:
        """'Aleppo' means the city, not the governorate named after it, unless the text says so.

        Likewise a bare name means the town, not the air base or airport named after it:
        reports name facilities with their kind word ("Deir ez-Zor airport").
        """
        if not cands:
            return
        if not m.get("kind") and cands[0].get("kind") in _FACILITY_KINDS:
            for i, c in enumerate(cands[1:6], start=1):
                top = cands[0]
                if c.get("kind") in ("city", "town", "village", "admin1", "admin2") and \
                        c.get("name_similarity", 0) >= top.get("name_similarity", 0) and \
                        None not in (c.get("lat"), top.get("lat")) and \
                        haversine_km(c["lat"], c["lon"], top["lat"], top["lon"]) < 60:
                    cands.insert(0, cands.pop(i))
                    cands[0]["why"] = cands[0].get("why", "") + "; a settlement (no facility word in the text)"
                    break
        if m.get("kind") in ("admin1", "admin2", "region"):
            return
        top = cands[0]
        if top.get("kind") in ("admin1", "admin2", "city", "town") and not m.get("kind"):
            # "Mexico" is the country, not the State of Mexico inside it
            for i, c in enumerate(cands[1:6], start=1):
                if c.get("kind") == "country" and c.get("country") == top.get("country") and \
                        c.get("name_similarity", 0) >= top.get("name_similarity", 0) and \
                        plain(c["name"]) == plain(m["surface"]):
                    cands.insert(0, cands.pop(i))
                    cands[0]["why"] = cands[0].get("why", "") + "; the country, not a province named like it"
                    return
            top = cands[0]
        if top.get("kind") not in ("admin1", "admin2"):
            return
        for i, c in enumerate(cands[1:4], start=1):
            # the city must bear the province's name itself ("Maryland City" is not "Maryland")
            core = plain(self.gaz.split_kind(m["surface"])[0])
            same_name = plain(c["name"]) == plain(top["name"]) or _similarity(c["name"], top["name"]) >= 0.8 \
                or core in (plain(c["name"]), plain(c.get("matched_name") or ""))
            inside = c.get("admin1") == top.get("name") or (
                None not in (c.get("lat"), top.get("lat")) and
                haversine_km(c["lat"], c["lon"], top["lat"], top["lon"]) <= max(100.0, top.get("uncertainty_km") or 0.0))
            # ... and hold a fair share of its people: "Aleppo", "New York" are the cities,
            # "Quebec" (a twentieth of its province) the province
            people = ((top.get("raw") or {}).get("population_of_cities") or 0)
            major = not people or (c.get("population") or 0) >= NAMESAKE_SHARE * people
            if c.get("kind") in ("city", "town") and c.get("country") == top.get("country") and same_name \
                    and inside and major:
                # (in the province: California, Missouri is not the city California is named after)
                cands.insert(0, cands.pop(i))
                cands[0]["why"] = cands[0].get("why", "") + "; the city the province is named after"
                return

    def support(self, m: dict, best: dict, text_countries: dict, points) -> tuple[str | None, bool]:
        """(reason, strong): why a weak match may be a place ('after "in"', 'near other places')."""
        if m.get("tok") is None:
            return "dateline", True
        prev = self.prev_word(m["tok"], 3)
        words = [t.lower for t in prev if t.is_word]
        if prev and prev[-1].is_word and words[-1] in LOCATIVE_PREPS:
            return f"after {words[-1]!r}", True
        if len(words) >= 2 and prev[-1].is_word and words[-1] == "for" and words[-2] in BOUND_FOR_VERBS:
            return f"after '{words[-2]} for'", True  # "left for X": where a movement is bound
        bound = self._bound_for_after_origin(m["tok"])
        if bound:
            return f"after '{bound} <place> for'", True  # "left X for Y": Y is where it is bound
        if m.get("kind"):
            return f"kind word ({m['kind']})", True
        if len(words) >= 2 and prev[-1].is_word and words[-1] in ("called", "named") and words[-2] in APPOSITION_PLACE_NOUNS:
            return f"after '{words[-2]} {words[-1]}'", True  # "a town called X"
        if len(words) >= 2 and prev[-1].is_word and words[-1] == "of" and words[-2] in OF_PLACE_NOUNS:
            return f"after '{words[-2]} of'", True  # "the mayor of X", "residents of Y"
        if len(prev) >= 2 and prev[-1].text == "," and prev[-2].lower in APPOSITION_PLACE_NOUNS:
            return f"in apposition to '{prev[-2].lower}'", True  # "the state capital, X"
        if m.get("region_hint"):
            return f"followed by ', {m['region_hint']}'", True
        if relation_around(self.text, m["start"], m["end"]):
            return "relative phrase", True
        nxt = self.next_tokens(m["tok"] + m["n_tokens"] - 1, 2)
        if nxt and nxt[0].lower in LOCAL_BODY_NOUNS and nxt[0].text[:1].islower():
            return f"before '{nxt[0].lower}'", True  # "X police", "Y residents": the place they belong to
        if len(nxt) > 1 and nxt[0].text == "," and nxt[1].lower == "where":
            return "before ', where'", True  # "X, where the army has a base": a clause about a place
        if nxt and nxt[0].text == "," and len(nxt) > 1 and nxt[1].text[:1].isupper() and \
                self._is_place_word(nxt[1]):
            return "followed by ', Place'", True
        if prev and prev[-1].text == "," and len(prev) > 1 and prev[-2].text[:1].isupper() and \
                self._is_place_word(prev[-2]):
            return "after 'Place, '", True
        own = name_key(m["surface"])
        if best.get("lat") is not None and any(
                k != own and haversine_km(best["lat"], best["lon"], la, lo) - u < 150 for la, lo, k, u in points):
            return "near other places in the text", True
        if best.get("kind") != "country" and text_countries.get(best.get("country"), set()) - {own}:
            return f"{best['country']} named elsewhere in the text", False
        return None, False

    def _bound_for_after_origin(self, tok_index: int) -> str | None:
        """'left Mopti for X', 'set off from Gao for X': 'for' after a bound-for verb and the
        capitalised name of where the movement starts; returns the verb, else None."""
        prev = self.prev_word(tok_index, 6)
        if len(prev) < 3 or prev[-1].lower != "for":
            return None
        j = len(prev) - 2
        names = 0
        while j >= 0 and (prev[j].text[:1].isupper() or prev[j].lower in CONNECTORS and names):
            names += prev[j].text[:1].isupper()
            j -= 1
        if not names or j < 0:
            return None
        if prev[j].lower == "from" and j > 0:
            j -= 1  # "set off from X for Y"
        return prev[j].lower if prev[j].lower in BOUND_FOR_VERBS else None

    def _is_place_word(self, tok: Token) -> bool:
        """Is this capitalised word (a neighbour across a comma) a place name or a demonym?"""
        return self.has_name(tok.text) or bool(self.demonym(tok.text))

    # -- output

    def to_record(self, m: dict) -> dict | None:
        if m.get("drop"):
            return None
        cands = m.get("cands") or []
        best = cands[0] if cands else None
        fields = {}
        if best:
            fields = {k: best.get(k) for k in ("name", "lat", "lon", "country", "admin1", "kind", "precision",
                                               "uncertainty_km", "gazetteer_id", "source")}
            if m["role"] in ("demonym", "demonym_place", "actor") and best.get("kind") == "country":
                fields["precision"] = "country"
        s0, e0 = self.sents[m["sentence"]] if m["sentence"] < len(self.sents) else (m["start"], m["end"])
        rec = make_place(**fields, surface=m["surface"])
        rec.update(start=m["start"], end=m["end"], role=m["role"], sentence=m["sentence"],
                   sentence_span=[s0, e0], candidates_count=len(cands),
                   score=round(best.get("context_score", best.get("score", 0.0)), 3) if best else 0.0,
                   why=(best.get("why") if best else "no gazetteer match") +
                   (f"; {m['support']}" if m.get("support") else ""))
        if self._source_location(m):
            rec["role"] = "source_location"
        rel = m.get("relation")
        if rel is None and best and m["role"] in ("place", "demonym_place"):
            rel = relation_around(self.text, m["start"], m["end"])
        if rel and self._heading_not_area(rel, m):
            rel = None
        if rel and best:
            anchor = {k: rec.get(k) for k in ("name", "lat", "lon", "country", "admin1", "kind", "precision",
                                             "uncertainty_km", "gazetteer_id", "source")}
            moved = apply_relation(rec, rel)
            rec.update(moved)
            rec["relation"] = {k: v for k, v in rel.items() if k not in ("phrase_start", "phrase_end")}
            ps, pe = rel.get("phrase_start", m["start"]), rel.get("phrase_end", m["end"])
            rec["phrase"] = {"start": ps, "end": pe, "text": self.text[ps:pe]}
            rec["anchor"] = anchor
        return rec

    @staticmethod
    def _heading_not_area(rel: dict, m: dict) -> bool:
        """'(moving) in the direction of X' says where a force heads: X itself, no area around it
        (unlike 'the X direction', a front line named after the town)."""
        return rel.get("type") == "area" and rel.get("area") == "direction" \
            and rel.get("phrase_start", m["start"]) < m["start"]

    def _source_location(self, m: dict) -> bool:
        """'local sources in X told', 'activists in X said': where the informant is."""
        if m["role"] != "place" or m.get("tok") is None:
            return False
        prev = [t.lower for t in self.prev_word(m["tok"], 3)]
        if len(prev) >= 2 and prev[-1] == "in" and prev[-2] in (
                "sources", "source", "activists", "activist", "residents", "correspondent", "reporter",
                "journalist", "journalists", "witnesses", "officials", "monitors"):
            nxt = [t.lower for t in self.next_tokens(m["tok"] + m["n_tokens"] - 1, 2)]
            return any(w in SPEECH_VERBS for w in nxt)
        return False


def find_mentions(text: str, *, gazetteer, published=None) -> list[dict]:
    """Every place-like mention in ``text`` (MENTION dicts, see the module doc), in text order.

    ``gazetteer`` is handed in (the CLI and the package front door open the default one);
    the result depends on it alone. ``published`` is accepted for symmetry with the
    extractor and is not used yet.
    """
    if gazetteer is None:
        raise TypeError("find_mentions needs a gazetteer (e.g. geomove.gazetteer.Gazetteer.default())")
    if not text or not text.strip():
        return []
    if len(text) <= SECTION_CHARS:
        return _Finder(text, gazetteer).run()
    out: list[dict] = []
    sentences = 0
    # The mentions found so far only grow; Python's automatic collector would walk them (and the
    # caches) again and again (at 4 MB, 2/3 of what the text cost beyond its parts). Collect
    # the young generations after each section instead, and leave the rest to the collector
    # once the text is read.
    automatic = gc.isenabled()
    gc.disable()
    try:
        for offset, section in _sections(text, SECTION_CHARS):
            found = _Finder(section, gazetteer).run() if section.strip() else []
            out.extend(_shifted(m, offset, sentences) for m in found)
            sentences += len(sentence_spans(section))
            gc.collect(1)
    finally:
        if automatic:
            gc.enable()
    return out


# A long input (a day of wire copy pasted as one file, a 1 MB situation report) is read in
# sections of at most this many characters, cut at paragraph breaks: the places of one section
# are the context of each other, as in a report of that length. Context ranking compares every
# name with every other place of its text, so one unbounded text cost more than its parts (a
# 1 MB text 1.6x, growing with length); sections keep the cost linear. Twice the longest dev
# report (~9,000 characters), so news reports are read whole; a 1 MB text costs ~1.6x its
# parts in sections of 50,000 characters and ~1.2-1.5x in sections of 20,000.
SECTION_CHARS = 20_000


def _sections(text: str, size: int = SECTION_CHARS):
    """(offset, section) pieces of ``text`` of at most ``size`` characters, each cut after a
    paragraph break, else a line break, else a sentence end, else a space, in the second half
    of the window (a hard cut only for a text without any)."""
    pos = 0
    while len(text) - pos > size:
        lo, hi = pos + size // 2, pos + size
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            at = text.rfind(sep, lo, hi)
            if at >= 0:
                cut = at + len(sep)
                break
        if cut < 0:
            cut = hi
        yield pos, text[pos:cut]
        pos = cut
    if pos < len(text):
        yield pos, text[pos:]


def _shifted(m: dict, offset: int, sentences: int) -> dict:
    """A mention of a section with its offsets and sentence number in the whole text."""
    if not offset and not sentences:
        return m
    m = dict(m, start=m["start"] + offset, end=m["end"] + offset, sentence=m["sentence"] + sentences)
    if m.get("sentence_span"):
        m["sentence_span"] = [m["sentence_span"][0] + offset, m["sentence_span"][1] + offset]
    if m.get("phrase"):
        m["phrase"] = dict(m["phrase"], start=m["phrase"]["start"] + offset, end=m["phrase"]["end"] + offset)
    return m


def places(text: str, **kwargs) -> list[dict]:
    """The mentions that locate something (roles ``place`` and ``demonym_place``)."""
    return [m for m in find_mentions(text, **kwargs) if m["role"] in PLACE_ROLES]
