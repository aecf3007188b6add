"""How close two spellings of a name are, and a row's name without its qualifiers."""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz.fuzz import ratio as _ratio

from ..gazetteer import _KIND_TOKENS, _split_kind_quick, name_key
from ..gazetteer.kinds import split_kind as _kinds_split_kind
from ..gazetteer.ranking import exonym_of_a_town
from ..gazetteer_build import ROW_QUALIFIER_RE as _QUALIFIER_RE, translit_fold
from ..names import plain
from ..regex_cache import CompiledPatterns


# Fold two spelling choices of romanised Arabic/Persian names: a final 'h' after 'a' (ta
# marbuta: Hamah, Raqqah) and doubled letters. (The index stores the fold of every row's plain
# forms, so the function lives with the build, in the index fingerprint.) Cached: a query's own
# spelling is folded once per candidate otherwise.
_translit_fold = lru_cache(maxsize=1 << 16)(translit_fold)


@lru_cache(maxsize=1 << 15)
def spelling_similarity(a: str, b: str) -> float:
    """How close two spellings are (0..1) after folding case, diacritics and articles."""
    return plain_spelling_similarity(plain(a), plain(b))


@lru_cache(maxsize=1 << 16)
def plain_spelling_similarity(pa: str, pb: str) -> float:
    """:func:`spelling_similarity` of two spellings already folded by :func:`plain`."""
    if pa == pb or min(len(pa), len(pb)) < 4:
        return folded_spelling_similarity(pa, pa, pb, pb)  # (the folds do not matter then)
    return folded_spelling_similarity(pa, _translit_fold(pa), pb, _translit_fold(pb))


def folded_spelling_similarity(pa: str, fa: str, pb: str, fb: str) -> float:
    """:func:`plain_spelling_similarity` of ``pa`` and ``pb``, given their folds ``fa`` and
    ``fb`` (:func:`_translit_fold`; the index stores those of its rows' spellings)."""
    if pa == pb:
        return 1.0
    # (the folds compared first: they differ in most pairs, and no min() is needed then; 52,000
    # calls a batch of 380 reports)
    if fa == fb and len(pa) >= 4 and len(pb) >= 4:
        return 0.9  # Hama/Hamah, Raqqa/Raqqah: one name in two transliterations
    if len(pa) <= 4 or len(pb) <= 4:
        return 0.0  # short names: only an exact spelling is evidence
    if "ou" in pa or "ou" in pb:  # (neither has an 'ou' in most pairs: no pattern to look for)
        ua, ub = _ou_as_u(pa), _ou_as_u(pb)
        if (ua == pa) != (ub == pb):
            # French and English spellings of the vowel u inside a word (Menoufia, Monufia): one letter
            return max(_ratio(pa, pb), _ratio(ua, ub)) / 100.0
    return _ratio(pa, pb) / 100.0


_PATTERNS = CompiledPatterns("mentions-similarity")  # (kept code: ~1 M instructions a pattern otherwise)
# 'ou' between a consonant and a letter: the French spelling of the vowel u (Menoufia, Monufia)
_OU_RE = _PATTERNS.compile(r"(?<=[b-df-hj-np-tv-z])ou(?=[a-z])")


@lru_cache(maxsize=1 << 14)
def _ou_as_u(p: str) -> str:
    """``p`` with its French 'ou' spelled 'u' (the name asked is compared with many rows)."""
    return _OU_RE.sub("u", p)

# (the index stores each row's core name folded, worked out with the same pattern: see
# gazetteer_build.row_core_name)


@lru_cache(maxsize=1 << 16)  # every candidate's name, for every name looked up: 22k a batch of 400
def _core_name_cached(split_kind, name: str) -> str:
    head = _QUALIFIER_RE.split(name, maxsplit=1)[0].strip() or name
    if split_kind in _STANDARD_SPLIT_KIND and head.isascii() and _KIND_TOKENS.isdisjoint(head.lower().split()):
        return head.strip()  # no kind word in it: what split_kind answers (see gazetteer._split_kind_quick)
    return split_kind(head)[0]


# the split_kind functions whose answer for a name without kind words is the name, stripped
_STANDARD_SPLIT_KIND = (_split_kind_quick, _kinds_split_kind)


def core_name(gaz, name: str) -> str:
    """'Al-Waleed border crossing (Anbar, official)' -> 'Al-Waleed': a row's name without
    its qualifiers and kind word, to compare with what the text wrote."""
    return _core_name_cached(gaz.split_kind, name)


@lru_cache(maxsize=1 << 14)
def core_key(surface: str) -> str:
    """The name key of a surface without its kind word: "PLYMOUTH", "Plymouth County" and
    "Plymouth" are one name (its readings do not pair with each other)."""
    from ..gazetteer.kinds import split_kind
    return name_key(split_kind(surface.title() if surface.isupper() else surface)[0])


# how alike (plain_spelling_similarity) a name a text writes must be to a town's own name, spelled
# with letters English lacks, to be its English spelling ('Rhodes' and Ródos: 0.73; 'Tanna' and
# Thāne, 0.6, or 'Ezra' and Izra', no more than a word or a person's name that one of its old
# names happens to be)
EXONYM_SPELLING = 0.7


def town_by_its_english_spelling(surface: str, place: dict) -> bool:
    """Is ``surface`` the English spelling of the name of ``place``, a town of some size whose own
    name has letters English lacks ('Rhodes' of Ródos, 'Patras' of Pátra, 'Salonika' of
    Thessaloníki: gazetteer.ranking.exonym_of_a_town), spelled alike (EXONYM_SPELLING)?"""
    return exonym_of_a_town(surface, place) \
        and plain_spelling_similarity(plain(surface), plain(place.get("name") or "")) >= EXONYM_SPELLING


_PATTERNS.save()  # (the code of patterns compiled anew, for the next process)
