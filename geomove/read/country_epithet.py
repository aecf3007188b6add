"""A country told again by a description: "Kenya sent 400 police officers to Haiti. The officers
were deployed to the Caribbean nation to fight gangs." News writers name a country once, then
describe it ("the landlocked country", "the war-torn nation", "the Gulf state"): the phrase is
the country the text named last before it, whose record the description does not contradict.

The phrase becomes a mention of that country over its own words, so every reading of roles sees a
named place there: "crossed into the war-torn country at Kilis" reads as "crossed into Syria at
Kilis" (Kilis passed, Syria the destination: GUIDELINES, a crossing on the way into country K).
A region word in the phrase ("Caribbean", "Gulf", "Horn of Africa") names where the country must
be: it is tested on the gazetteer's country record (its continent and its point), and a country
outside is passed over for an earlier one. A noun that is a form of government ("the oil-rich
kingdom", "the Gulf sultanate", "the small republic") must be the country's, and "island" or
"archipelago" an island country's (country_forms.json, cited per row): a country that does not
fit is passed over the same way, so "the kingdom" after Qatar (an emirate) alone reads nothing.
Lexicon as data: country_epithet.json.

A description owning what follows ("the Gulf state's main port", "the war-torn country's army")
is read as the country's name would be ("Qatar's main port": a place of Qatar; "Sudan's army":
who acted, as mentions.roles.possessed_actor reads an actor noun within two words), so its
region word is never the place ("Gulf" was read as the Gulf).

Not read: a noun with no descriptive word ("the country": roles' anaphors read it), a plural or a compound ("the United Nations",
"nation-building", "Gulf states"), a phrase that names its place ("the Gulf state of Qatar"), a
word not in the lexicon ("the host nation", "a neighbouring country" has no "the"), and a phrase
with no country named before it (then its region word is no place of the movement either: "to the
Caribbean nation" alone went to "the Caribbean").

why: the lead's sentences of session 51 (read149): "the Caribbean nation" after Haiti and "the
central African country" after Congo gave no end, and "crossed into the war-torn country at
Kilis" went to Kilis, a Turkish border town. (session 52, read151) "the oil-rich kingdom" after
Qatar and "US troops" was read as the United States, and "the Gulf state's main port" as the Gulf."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..regex_cache import CompiledPatterns
from ..wordlists import ACTOR_NOUNS
from .data_files import read_data

_DATA = read_data("country_epithet.json")
_FORMS = read_data("country_forms.json")
# the nouns that name a form of government, and what a country not listed in country_forms.json
# is (a republic)
_FORM_NOUNS = frozenset(_FORMS["nouns"])
_UNLISTED_FORMS = ("republic",)
_ISLAND_WORDS = frozenset(_FORMS["island_words"])
_ISLANDS = frozenset(_FORMS["islands"])
_PATTERNS = CompiledPatterns("read-country-epithet")


def _alternatives(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# how many countries told before a phrase are tried, the last first ("Haiti and Chad asked ...
# to the Caribbean nation": Chad ruled out, Haiti taken)
_LAST_COUNTRIES = 3
# how far back (characters) the country may have been told: a few paragraphs of wire copy (and a
# walk per phrase that never runs through a whole long list of places)
_REACH = 2000
_NOUNS = _alternatives(_DATA["nouns"])
# the head nouns as _PHRASE reads them (lower case): a text that writes none has no phrase, and
# each phrase ends at one, so only the words just before a noun are tried (str.find runs in C: a
# search of the whole text by a pattern cost ~0.5% of `extract`, s51 lead)
_NOUN_WORDS = tuple(_DATA["nouns"])
# how far before its noun a phrase may start: "the" and three of the longest words, each with a
# comma and spaces, with room to spare for runs of spaces
_PHRASE_REACH = 4 + 3 * (max(len(w) for w in [*_DATA["words"], *_DATA["regions"]]) + 8)
# "the" + up to three descriptive words, of which at most one region word + the noun; not
# not a compound ("nation-building"), not "of <Name>" after it; an apostrophe after the noun only as
# a possessive ("the Gulf state's port": _owns)
_PHRASE = _PATTERNS.compile(
    rf"\b[Tt]he\s+(?P<words>(?:(?:{_alternatives(_DATA['words'])}|(?P<region>{_alternatives(_DATA['regions'])})),?\s+){{1,3}})"
    rf"(?P<noun>{_NOUNS})\b(?!-)(?!['’](?!s\b))(?!\s+of\s+(?-i:[A-Z]))")
# the two words after a possessive "'s", for an actor noun ("the war-torn country's army")
_AFTER_OWNER = _PATTERNS.compile(r"['’]s\s+([A-Za-z-]+)(?:\s+([A-Za-z-]+))?")
# the three words after a country's name, for an actor noun ("US air defence units")
_BETWEEN_NAME_AND_FORCE = frozenset(_DATA["between_name_and_force"])
_AFTER_NAME = _PATTERNS.compile(r"\s+([A-Za-z-]+)(?:\s+([A-Za-z-]+))?(?:\s+([A-Za-z-]+))?")


def _phrases(text: str) -> list:
    """The phrases of ``text`` in text order, as _PHRASE.finditer finds them: a match tried only at
    each "the"/"The" within _PHRASE_REACH before a head noun (a phrase holds no other "the", so
    two never overlap)."""
    ends = []
    for noun in _NOUN_WORDS:
        i = text.find(noun)
        while i >= 0:
            after = i + len(noun)
            # (a whole word only: not "statement", "nationwide", "stateless"; _PHRASE's \b)
            if not (after < len(text) and text[after].isalnum()) and i and text[i - 1].isspace():
                ends.append(i)
            i = text.find(noun, after)
    if not ends:
        return []
    tried, found = set(), {}
    for at in ends:
        for article in ("the", "The"):
            i = text.find(article, max(0, at - _PHRASE_REACH), at)
            while i >= 0:
                if i not in tried:
                    tried.add(i)
                    p = _PHRASE.match(text, i)
                    if p is not None:
                        found[i] = p
                i = text.find(article, i + 1, at)
    return [found[i] for i in sorted(found)]


def _fits_form(noun: str, words: str, cc: str | None) -> bool:
    """Is the country ``cc`` what the phrase's noun and words say it is: its form of government
    for "kingdom", "emirate", "sultanate", "principality", "republic", "monarchy", an island
    country for "island" / "archipelago" (country_forms.json)? "country", "nation", "state" fit
    any.

    why: "the oil-rich kingdom" after Qatar (an emirate) and "US troops" was read as the United
    States (read151)."""
    noun = noun.lower()
    if noun in _FORM_NOUNS:
        row = _FORMS["forms"].get(cc or "")
        if noun not in (row["forms"] if row is not None else _UNLISTED_FORMS):
            return False
    if _ISLAND_WORDS.intersection(words.lower().replace(",", " ").split()) and cc not in _ISLANDS:
        return False
    return True


def _fits(region: str | None, country: dict) -> bool:
    """Does the country's record lie where the region word says (country_epithet.json)?"""
    if region is None:
        return True
    rule = _DATA["regions"].get(" ".join(region.split()))
    if rule is None:
        return False
    raw = country.get("raw") or {}
    if raw.get("continent") and raw["continent"] not in rule["continent"]:
        return False
    if "box" in rule:
        south, north, west, east = rule["box"]
        lat, lon = country.get("lat"), country.get("lon")
        if lat is None or lon is None or not (south <= lat <= north and west <= lon <= east):
            return False
    return True


def _names_who_moved(text: str, m: dict) -> bool:
    """Is the country's name ``m`` said of a force, as a demonym is ("US troops", "US air defence
    units": an actor noun within three words, no possessive, none of the words that end a run of
    words between), not told as a country? (The finder may call "US" a place or who acted.)

    why: "Saudi Arabia asked for help. US air defence units were flown to the oil-rich kingdom"
    read the kingdom as the United States (read151)."""
    after = _AFTER_NAME.match(text, m["end"])
    if after is None:
        return False
    for w in after.groups():
        if w is None or w.lower() in _BETWEEN_NAME_AND_FORCE:
            return False  # ("sent to Syria to help troops": the run of words is no force's name)
        if w.lower() in ACTOR_NOUNS:
            return True
    return False


def _referent(text: str, mentions: list[dict], starts: list[int], phrase, book) -> dict | None:
    """The country named last before the phrase by its name (as a place or as who acted: "Bosnia
    asked for help"; not by a demonym: "Rwandan soldiers" names who moved, not a country told,
    nor by a name said of a force as a demonym is: "US troops", _names_who_moved),
    skipping those the region word or the noun rules out (_fits, _fits_form): of the last few
    countries told only (a description refers to a country told lately; and a long list is not
    walked per phrase)."""
    before, region = phrase.start(), phrase.group("region")
    countries = 0
    for i in range(bisect_left(starts, before) - 1, -1, -1):
        m = mentions[i]
        if m["start"] < before - _REACH:
            return None
        if m["end"] > before or m.get("kind") != "country" or m.get("role") not in ("place", "actor") \
                or (m.get("why") or "").startswith("demonym") or _names_who_moved(text, m):
            continue  # (a subject by its name counts: "Bosnia asked for help. ... to the Balkan country")
        record = book.country(m["country"]) if m.get("country") else None
        if record is not None and _fits(region, record) \
                and _fits_form(phrase.group("noun"), phrase.group("words"), m.get("country")):
            return m
        countries += 1
        if countries == _LAST_COUNTRIES:
            return None
    return None


def _role(text: str, end: int) -> str:
    """The role of a phrase ending at ``end``: who acted when it owns a force ("the war-torn
    country's army": an actor noun within two words of "'s", as mentions.roles.possessed_actor
    reads "Sudan's army"), else a place ("the Gulf state's main port" is in Qatar; "the
    Caribbean nation" itself)."""
    owned = _AFTER_OWNER.match(text, end)
    if owned is not None and any(w is not None and w.lower() in ACTOR_NOUNS for w in owned.groups()):
        return "actor"
    return "place"


def country_epithets(text: str, mentions: list[dict], book, why: list | None = None) -> list[dict]:
    """``mentions`` with each descriptive phrase of a country told before as a mention of that
    country (over the phrase's words), and the mentions inside such a phrase ("Caribbean")
    dropped; a phrase with no referent drops its region word's mention all the same."""
    phrases = _phrases(text)
    if not phrases:
        return mentions
    found = []
    starts = [m["start"] for m in mentions]
    if any(a > b for a, b in zip(starts, starts[1:])):  # (the finder's come in text order; given ones may not)
        mentions = sorted(mentions, key=lambda m: m["start"])
        starts = [m["start"] for m in mentions]
    for p in phrases:
        region = p.group("region")
        if p.group("noun").lower() == "state" and region is None:
            continue  # ("the restive state": as often a federal state told before)
        told = _referent(text, mentions, starts, p, book)
        found.append((p, told))
    if not found:
        return mentions
    # (the mentions inside a phrase found by bisection: "Caribbean" in "the Caribbean nation")
    inside = {i for p, _ in found for i in range(bisect_left(starts, p.start()), bisect_right(starts, p.end()))
              if mentions[i]["end"] <= p.end()}
    kept = [m for i, m in enumerate(mentions) if i not in inside]
    for p, told in found:
        phrase = " ".join(p.group(0).split())
        if told is None:
            if why is not None:
                why.append(f"'{phrase}': no country told before it that it fits: no place (read.country_epithet)")
            continue
        # (a place where it stands, whatever the name was told as; not the sentence of the name)
        m = {k: v for k, v in told.items() if k not in ("sentence", "sentence_span")}
        m.update(start=p.start(), end=p.end(), surface=text[p.start():p.end()], role=_role(text, p.end()),
                 why=f"'{phrase}' is {told['name']}, the country told last before it"
                     + (f" that is {' '.join(p.group('region').split())}" if p.group("region") else ""))
        if why is not None:
            why.append(f"'{phrase}': {m['why']} (read.country_epithet)")
        kept.append(m)
    kept.sort(key=lambda m: (m["start"], m["end"]))
    return kept


_PATTERNS.save()
