"""A national force's aircraft named by a demonym: "Two US B-52 bombers flew from Minot to
Morón", "Four French Rafale jets landed at Al Dhafra", "Russian Tu-95 strategic bombers". As
warships are a navy's force (lexicon._FORCE_NOUN: "two Russian submarines sailed"), military
aircraft are an air force's: the demonym and the aircraft noun name who moved, as "Russian
warships" does.

Only the aircraft nouns of a military (bombers, fighter jets, warplanes, gunships, ...) and
a model's plural ("F-16s", "Su-34s"), not
"planes" or "aircraft" alone ("a Kenyan aircraft" may be an airline's), and only for the actor:
the force nouns that decide whether a clause tells a force at all are unchanged.

why: "Two US B-52 bombers flew from Minot Air Force Base to Morón" was read with no actor,
though "Two Russian warships" had one (the known gap; probes of my own)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data

_PATTERNS = CompiledPatterns("read-aircraft-force")
_LEXICON = read_data("lexicon.json")
_MODELS = _LEXICON["aircraft_models"]["plural"]
# armour by its type's plural ("Russian BTRs", "Syrian Pantsirs"): a force's, as its tanks (s36 read99)
_VEHICLE_MODELS = _LEXICON["vehicle_models"]["plural"]

# a battery named by its system (a capitalised name or model: "Patriot", "S-400", "NASAMS") or
# its arm ("air defence", "artillery"); "battery" alone may be a cell's (read116)
_BATTERY = (r"(?:(?-i:[A-Z][\w-]*)|air[\s-]defen[cs]e|anti-aircraft|(?:surface-to-air\s+)?missile|artillery|rocket|"
            r"howitzer|mortar)\s+{noun}")

_AIRCRAFT = (r"(?:(?:strategic\s+|heavy\s+|long-range\s+)?bombers|fighter\s+jets|fighter\s+planes|warplanes|"
             r"combat\s+(?:jets|aircraft|planes)|military\s+(?:jets|aircraft|planes|helicopters|transport\s+planes)|"
             r"(?:attack\s+|military\s+)?helicopters|gunships|(?:military\s+)?transport\s+(?:planes|aircraft)|"
             r"tankers|interceptors|(?:fighter\s+)?jets|fighters(?=\s+(?:flew|landed|took|were|have|had|arrived)\b)|"
             # a model's plural, as news names a type: "Two Turkish F-16s", "four Russian Su-34s"
             r"(?-i:[A-Z][A-Za-z]{0,4}-?[0-9]{1,3}[A-Z]?s)|"
             # ... and a force's armour, named the same way: "at least 15 Thai tanks had arrived" (s22)
             r"tanks|armou?red\s+(?:vehicles|personnel\s+carriers)|infantry\s+fighting\s+vehicles|(?-i:" + _VEHICLE_MODELS + r")|"
             # (read70: a model's name in the plural, "British Typhoons", "four Spanish Eurofighters"
             # (lexicon.json aircraft_models, capitalised only); a transport by its type, "Two Russian
             # Il-76 transports" (not "transports" alone, a verb as often); a force's missile
             # launchers, "Russian Iskander launchers", as its tanks)
             r"(?-i:" + _MODELS + r")|(?-i:[A-Z][A-Za-z]{0,4}-?[0-9]{1,3}[A-Z]?)\s+transports|(?:missile\s+|rocket\s+)?launchers|"
             # (a military type before the plain noun: "Australian P-8 aircraft", "two Indian C-17
             # planes", s26r; not an airliner's, "A320 aircraft", "B737 planes")
             r"(?-i:(?!A3[0-9]{2}|B7[0-9]{2}|E1[0-9]{2})[A-Z][A-Za-z]{0,4}-?[0-9]{1,3}[A-Z]?)\s+(?:aircraft|planes|airplanes)|"
             # (a force's air-defence or artillery batteries, by their system or their arm: "two
             # Ukrainian Patriot batteries", "Russian S-400 batteries", read116)
             + _BATTERY.format(noun="batteries") + r")")
# at most two words between the demonym and the noun ("US B-52 bombers", "French Rafale jets"),
# and the noun ends the phrase
_AIRCRAFT_AFTER = _PATTERNS.compile(r"(?:\s+[\w-]+){0,2}?\s+" + _AIRCRAFT + r"\b(?![\w-])", re.I)


_ARMOUR_END = _PATTERNS.compile(r"(?:tanks|vehicles|carriers|armou?r|launchers|batter(?:y|ies)|(?-i:" + _VEHICLE_MODELS + r"))$", re.I)  # ("Turkish armour" as "Turkish tanks", s23r; a battery as its launchers, read116)


def is_armour(tail: re.Match) -> bool:
    """Is the noun phrase found by aircraft_after a force's armour ("Thai tanks")? Its state is
    the actor's name, not a home the movement is inferred to start from: "Israeli tanks entered
    Quneitra" tells no origin (precision29's hand count), as before armour named an actor."""
    return _ARMOUR_END.search(tail.group(0)) is not None


def aircraft_after(text: str, at: int) -> re.Match | None:
    """The words from ``at`` (right after a demonym) to an aircraft noun of a military, when
    they are a noun phrase of up to three words ending in one; None otherwise."""
    return _AIRCRAFT_AFTER.match(text, at)


# One craft of a military by its model or its kind, in the singular: "A Russian Il-76 landed at
# X", "A Chinese Type 052D destroyer sailed into Y", "a Turkish C-130 transport plane", "an
# Egyptian Rafale". As the plural is ("Two Russian Il-76s"), the demonym and the craft name who
# moved; the singular is read only as the very subject of the verb (nothing but auxiliaries or
# adverbs between: "a Russian COVID-19 vaccine shipment arrived" names no craft), read83.
# why: "a Russian Il-76 landed at X" had no actor, "two Russian Il-76s" had one.
_SINGLE_CRAFT = (r"(?:(?:strategic\s+|heavy\s+|long-range\s+)?bomber|fighter\s+(?:jet|plane)|warplane|gunship|"
                 r"(?:military\s+)?transport\s+(?:plane|aircraft)|(?:attack|military)\s+helicopter|"
                 r"(?:guided-missile\s+)?(?:frigate|destroyer|corvette|cruiser)|submarine|warship|aircraft\s+carrier|"
                 r"(?:amphibious\s+)?(?:landing|assault)\s+ship|minesweeper|"
                 r"(?-i:Rafale|Eurofighter|Gripen|Chinook|Black\s+Hawk|Globemaster|Reaper|Bayraktar(?:\s+TB2)?)|"
                 # (a battery by its system: "a Ukrainian Patriot battery was moved", read116)
                 + _BATTERY.format(noun="battery") + r"|"
                 # a military type by its letters and number, "Il-76", "C-130", "Su-24" (not an
                 # airliner's, "A320", "B737"), with its noun or without
                 r"(?-i:(?!A3[0-9]{2}\b|B7[0-9]{2}\b|E1[0-9]{2}\b)[A-Z][A-Za-z]{0,4}-?[0-9]{1,3}[A-Z]?)"
                 # (and its role before the noun: "a Chinese Y-9 patrol plane", "an Il-20 reconnaissance aircraft")
                 r"(?:\s+(?:(?:transport|patrol|reconnaissance|surveillance|spy)\s+)?(?:aircraft|plane|airplane|jet|bomber|helicopter|transport))?)")
_SINGLE_CRAFT_AFTER = _PATTERNS.compile(r"(?:\s+[\w-]+){0,2}?\s+" + _SINGLE_CRAFT + r"\b(?![\w-])", re.I)
# what may stand between the craft and its verb: auxiliaries and adverbs
_TO_VERB = _PATTERNS.compile(r"(?:\s+(?:has|have|had|was|were|is|are|also|then|later|reportedly|again|briefly|\w+ly)\b)*\s*", re.I)


def single_craft_before_verb(text: str, at: int, verb_at: int) -> re.Match | None:
    """The words from ``at`` (right after a demonym) to one military craft named in the singular
    ("Russian| Il-76", "Chinese| Type 052D destroyer"), when they are the very subject of the
    verb at ``verb_at``; None otherwise."""
    tail = _SINGLE_CRAFT_AFTER.match(text, at, verb_at)
    if tail is None or _TO_VERB.fullmatch(text, tail.end(), verb_at) is None:
        return None
    return tail


def single_craft_ending(text: str, at: int, end: int) -> re.Match | None:
    """The words from ``at`` (right after a demonym) to one military craft named in the singular
    that ends the noun phrase at ``end``: the object of a verb of watching that a pronoun after
    it takes up ("followed a Russian| submarine as it transited X": the craft moved, read140,
    where single_craft_before_verb asks for the very subject); None otherwise."""
    tail = _SINGLE_CRAFT_AFTER.match(text, at, end)
    return tail if tail is not None and tail.end() == end else None


# the helpers of a verb group, no verb of their own ("were seen flying", "have landed")
_AUXILIARIES = frozenset("is are was were be been being has have had will would".split())
# ... and the participle of being seen before the verb of moving ("were spotted moving", read70:
# the tagger may read "spotted" as a past tense, a verb of its own, where "seen" it does not)
_SEEN = frozenset("seen spotted sighted filmed photographed observed".split())


def subject_of_verb(text: str, end: int, verb_at: int) -> bool:
    """Do the aircraft words ending at ``end`` stand as the subject of the verb at ``verb_at``:
    no finite verb between but auxiliaries ("Sudanese warplanes struck a convoy that was
    moving": the convoy moved, not the warplanes)?"""
    if end > verb_at:
        return False
    from .syntax import analyse, available
    if not available():
        return not text[end:verb_at].strip(" ,")
    return not any(w.tag in ("VBD", "VBZ", "VBP", "MD") and w.text.lower() not in _AUXILIARIES
                   and w.text.lower() not in _SEEN for w in analyse(text, end, verb_at))


_PATTERNS.save()
