"""Subjects that are no movement of a force: a clause has a verb of movement, but what it
tells moved is no military force, or its place is only a speaker's.

An official or civilians ("the minister travelled"), vehicles of trade, goods, munitions fired
or in flight ("missiles launched from A landed in B": a strike), an official whose title names
a force ("the army chief flew to X": a trip), air traffic told as a service ("flights to Goma
resumed"), and a place that is only the possessive of a speaker ("Seoul's spy agency said"):
these checks let the reader drop such a clause, or such a place, instead of reading a movement.
Moved out of read/clauses.py as they were (read/clauses.py imports them): one idea a module.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import (
    _MUNITION, _MUNITION_GATE,
    _MUNITION_IN_FLIGHT,
    _STRIKE_VERBS,
    _MOVER, _MOVER_GATE,
    _CIVILIAN,
    _DELEGATION_HEAD_GATE,
    _CIVILIAN_VEHICLES_GATE,
    _CARGO,
    _GOODS,
    _THE_DEAD_GATE,
    _OFFICIAL_TITLE_GATE,
    _stem,
)
from .officials_of_service import without_officials_of_service
from .carried_people import CRAFT, EVACUATED
from .craft_carries import tug_of_a_force
from ..regex_cache import CompiledPatterns
from .clause_window import before_in_clause
from .gates import Gate

_PATTERNS = CompiledPatterns("read-no-force")  # (kept compiled code, as read/lexicon.py's)

# every match of _CARGO holds a verb of carrying, a kind of people carried or a kind of goods
# before its vehicle; of _GOODS a kind of goods: a subject with none of them (nineteen in
# twenty) is not searched, where each pattern was tried at every character of it (read.gates)
_CARGO_GATE = Gate(_CARGO, ("carrying", "loaded", "laden", "cargo", "transporting", "bringing", "full",
                            "civilians", "displaced", "refugees", "evacuees", "migrants", "residents", "families", "people",
                            "pilgrims", "passengers", "children", "students", "patients", "journalists", "reporters",
                            "diplomats", "officials", "inspectors", "investigators", "monitors", "observers",
                            "salt", "grain", "wheat", "maize", "food", "coffee", "cocoa", "cattle", "livestock", "timber",
                            "charcoal", "cement", "sugar", "flour", "water", "fruit", "vegetable", "milk", "mail"))
_GOODS_GATE = Gate(_GOODS, ("goods", "coffee", "grain", "wheat", "maize", "rice", "food", "produce", "cattle", "livestock",
                            "timber", "charcoal", "minerals", "gold", "cocaine", "drugs", "exports", "imports",
                            "merchandise", "commodities", "crops", "samples", "specimens", "swabs", "pigs", "poultry",
                            "chickens", "birds", "animals", "salt", "sugar", "flour", "cement", "fertili", "generators",
                            "tents", "blankets", "medicine", "vaccines", "ballot", "envelopes", "letters", "parcels",
                            "packages", "mail"))


@lru_cache(maxsize=256)  # (a subject is asked again by the next check of its clause: ~7% of ~930 asks, each through 7 gates; speed149)
def _no_force_moves(subject: str) -> bool:
    """Does the subject name only who or what is no force: an official or civilians ("the
    minister travelled"), vehicles of trade or travel ("300 commercial trucks crossed", "a ship
    carrying 30,000 tonnes of wheat"), goods
    ("the coffee is trucked") or the dead ("the remains of two soldiers were repatriated")? Not when a force is named beside them ("soldiers and
    civilians", "aid trucks and their army escort")."""
    if _DELEGATION_HEAD_GATE.match(subject):
        return True  # "a delegation of army generals": officials, whatever force its words name
    # ("Senior army officers travelled to X": the service word says whose officials they are,
    # it names no force of its own; read.officials_of_service)
    subject = without_officials_of_service(subject)
    trade = _THE_DEAD_GATE.sub(" ", _CIVILIAN_VEHICLES_GATE.sub(" ", _CARGO_GATE.sub(" ", subject)))
    if trade != subject or _GOODS_GATE.search(subject):
        # (a tug its force's words own two or three words before it is the force's craft: "A
        # Navy salvage tug", read.craft_carries.tug_of_a_force)
        return not _MOVER_GATE.search(trade) and tug_of_a_force(subject) is None
    # (and people a state evacuates: "200 foreign nationals were airlifted to Jeddah", read84;
    # but not the military aircraft or ship told carrying them, "A second A400M with 90 evacuees
    # flew from A to B": military equipment moved, as carried_people.names_a_craft reads, read128)
    return bool(_CIVILIAN.search(subject) or EVACUATED.search(subject)) and not _MOVER_GATE.search(subject) \
        and not CRAFT.search(subject) or _official_only(subject) is not None


def _munitions_in_flight(subject: str, main: re.Match) -> str | None:
    """Is the mover a munition fired or in flight ("Missiles fired from A landed in B", "two
    drones launched from C reached D", "rockets hit E")? A strike, no movement (GUIDELINES:
    shelling and raids are none). A munition carried, sent or delivered is equipment that
    moved ("the missiles were moved to F", "Iskander missiles arrived in G"); a force named
    beside it moves too ("troops and drones crossed"). Returns the why, or None."""
    if not _MUNITION_GATE.search(subject) or _MOVER_GATE.search(_MUNITION.sub(" ", subject)):
        return None
    if _MUNITION_IN_FLIGHT.search(subject) or (_stem(main.group(0)) in _STRIKE_VERBS and not _ferried(main)):
        return f"a munition in flight ('{' '.join(subject.split())}'): a strike, no force moved"
    return None


# "Two drones were flown from A to B", "the Akinci drones were flown back to X": a passive of "fly"
# told with where to or from -- someone flew the drones there, a ferry flight of equipment, no
# strike (a strike is "launched" or "fired", or the drones fly themselves: "drones flew over X")
_FLOWN = _PATTERNS.compile(r"flown", re.I)
_PASSIVE_BEFORE_FLOWN = _PATTERNS.compile(r"\b(?:was|were|been|being|be)\s+(?:\w+ly\s+)?$", re.I)
_ROUTE_AFTER_FLOWN = _PATTERNS.compile(r"\s+(?:back\s+)?(?:from|to|into)\s", re.I)


def _ferried(main: re.Match) -> bool:
    """Is the trigger ``main`` a passive "flown" with a cue of its route right after it?

    why: "Two drones were flown from Benghazi to Kufra" was read as a munition in flight, a
    strike: no movement, though the drones were moved from one base to another (Libya probe, s31)."""
    text = main.string
    return bool(_FLOWN.fullmatch(main.group(0)) and _PASSIVE_BEFORE_FLOWN.search(text, max(0, main.start() - 24), main.start())
                and _ROUTE_AFTER_FLOWN.match(text, main.end()))


def _civilians_of_noun(text: str, main: re.Match, e: int) -> bool:
    """Is a noun of movement told of civilians or officials only ("the arrival of 2 Turkish
    passengers from New York", "the departure of the delegation")? The noun's "of" phrase
    names who moved, as a verb's subject does (_no_force_moves)."""
    if "noun" not in main.re.groupindex or not main.group("noun"):
        return False
    of = _OF_WHAT.match(text, main.end() + 1) if text[main.end():main.end() + 1] == " " else None
    if of is None:
        return False
    stop = _OBJECT_STOP.search(text, of.end(), e)
    mover = text[of.end():stop.start() if stop else e]
    return bool(mover.strip()) and _no_force_moves(mover)


def _official_only(subject: str) -> str | None:
    """Is the subject an official whose title names a force ("Somalia's army chief", "the chief
    of staff of the Malian army", "the commander of the 3rd Division", "General Ortiz"), with no
    force named beside the title? A person on a trip, not the force (GUIDELINES: visits and
    trips of officials; lexicon.json official_titles). Returns the why, naming the title."""
    title = _OFFICIAL_TITLE_GATE.search(subject)
    if title is None or _MOVER_GATE.search(_OFFICIAL_TITLE_GATE.sub(" ", subject)):
        return None
    return f"an official whose title names a force ('{' '.join(title.group(0).split())}'): a trip, no force moved"


# air traffic told as a service that runs or stops: "Flights from A to B resumed", "flights to X
# were suspended", "airlines cancelled flights to Y" (read in _air_service)
_AIR_SERVICE = _PATTERNS.compile(
    r"\b(?:resum(?:e|es|ed|ing)|restart(?:s|ed|ing)?|suspend(?:s|ed|ing)?|cancell?(?:s|ed|ing)?|halt(?:s|ed|ing)?|"
    r"ground(?:s|ed|ing)|restor(?:e|es|ed|ing)|divert(?:s|ed|ing)?|rerout(?:e|es|ed|ing)|delay(?:s|ed|ing)?|"
    r"schedul(?:e|es|ed|ing))\b", re.I)


# a flight named civil by the words right before the noun: "a chartered civilian flight took 90
# nationals from A to B", "a charter flight took evacuees" (read56: an evacuation of civilians)
_CIVIL_FLIGHT = _PATTERNS.compile(r"\b(?:civilian|civil|commercial|charter|chartered|passenger|airline)\s+(?:[\w-]+\s+)?$", re.I)
# how far before the noun its words are read
_CIVIL_FLIGHT_CHARS = 40


def _air_service(text: str, main: re.Match, s: int, e: int) -> bool:
    """Is a clause whose only trigger is the noun "flight(s)" air traffic told as a service that
    resumed, stopped or runs ("Flights from Goma to Kinshasa resumed on Monday", "airlines
    suspended flights to X"), with no force named in it?

    why: GUIDELINES: a movement is of armed forces, police or military equipment; an airline's
    service is none. "Military flights resumed", "flights carrying troops" name a force
    (_MOVER) and stay."""
    if (main.group("noun") or "").lower() not in ("flight", "flights"):
        return False
    # (or a flight named civil, "a chartered civilian flight took 90 nationals from A to B":
    # civilians carried, no force; "a chartered flight took 200 soldiers" names one, read56)
    civil = _CIVIL_FLIGHT.search(text, max(s, main.start() - _CIVIL_FLIGHT_CHARS), main.start())
    return (_AIR_SERVICE.search(text, s, e) is not None or civil is not None) and not _MOVER_GATE.search(text, s, e)


# a place in the possessive naming who told the report: "Seoul's spy agency said", "Kyiv's
# military reported" (read in _speaker_of_place)
_SPEAKER_OF_PLACE = _PATTERNS.compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:said|says|told|reported|reports|claimed|claims|"
                                      r"announced|confirmed|stated|added)\b", re.I)


# ... or the place itself that speaks: ", Kyiv said on Monday", "Moscow has denied": the
# government named by its seat (metonymy), after a comma or at the clause's start
_PLACE_SPEAKS = _PATTERNS.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:said|says|announced|announces|claimed|claims|reported|"
                                  r"confirmed|confirms|denied|denies|stated|told|added|insisted|accused)\b")
_PLACE_SPEAKS_BEFORE = _PATTERNS.compile(r"(?:^|[,;:]|\bas)\s*$")
# ... or as the first word of a speaking body's name, after a comma and "the": ", the U.S. 7th
# Fleet said in a statement", ", the Philippine Navy reported" (the place a modifier of who told)
_THE_BEFORE_SPEAKER = _PATTERNS.compile(r"[,;]\s*the\s+$", re.I)
_ORGAN_OF_PLACE_SAYS = _PATTERNS.compile(r"\s+(?:[\w.-]+\s+){1,3}?(?:has\s+|have\s+|had\s+)?(?:said|says|told|reported|"
                                         r"announced|confirmed|stated|added|claimed)\b", re.I)


def _speaker_of_place(text: str, mention: dict, e: int, s: int = 0) -> bool:
    """Does ``mention`` name who told, in clause [s, e): the possessive of a speaker right
    before its verb of saying ("Seoul's spy agency said", "Taiwan's defence ministry reported"),
    or the place itself as the speaker after a comma or at the clause's start (", Kyiv said on
    Monday")?

    why: GUIDELINES: a place told only through an organisation's name is no place of the
    movement; "... to the Russian border on Monday, Seoul's spy agency said" had its end
    refined to Seoul, read as the noun phrase going on, and "... to Tokmak, Kyiv said" read Kyiv
    as a second end of the list before it."""
    if _SPEAKER_OF_PLACE.match(text, mention["end"], max(e, mention["end"] + 60)) is not None:
        return True
    if _THE_BEFORE_SPEAKER.search(text, max(s, mention["start"] - 8), mention["start"]) is not None \
            and _ORGAN_OF_PLACE_SAYS.match(text, mention["end"], max(e, mention["end"] + 60)) is not None:
        return True  # (", the U.S. 7th Fleet said": the place names the speaking body, s24)
    return _PLACE_SPEAKS.match(text, mention["end"], e) is not None \
        and before_in_clause(_PLACE_SPEAKS_BEFORE, text, s, mention["start"], 6) is not None
# (never a preposition inside a hyphenated compound: "a surface-to-ship missile unit", "air-to-air
# missiles", "the commander-in-chief", s24: what moved was cut to "a surface-")
# where the object after a verb ends, and where the subject before it begins: at a preposition
# or a punctuation mark, but not at the comma or point inside a number ("2,000 troops")
# (not the "to" of a range of numbers: "flew 60 to 80 commandos from X"; and the means, "moved
# tanks by road": how they went, not what moved)
# ("up to 1,000 soldiers" and "close to 500 fighters" run on: a count's qualifier, not a destination)
# (a direction after the object: "repositioned an artillery battalion eastward, from A toward B"
# moved the battalion, s25; and a place told by its bearing from another, with its distance:
# "deployed troops south of the Litani", "troops 30 km north of X": where they went, no part of
# what moved, read72; and a comparative of nearness before its cue: "moved a column of armoured
# vehicles closer to X", "pushed units deeper into Y", s26r; and "close to": "moved heavy weapons
# close to the frontier", s34m)
_OBJECT_STOP = _PATTERNS.compile(r"\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|sea|in|home|on)wards?\b|"
                                 # (and up or down a river, the way taken, no part of what moved: "Rebels moved
                                 # down the river to X", "moved up the Tana River from Y", s48 read135; not "moved
                                 # up reinforcements", nor "up the road")
                                 r"\b(?:up|down)(?=\s+the\s+(?:[A-Z][\w'-]+\s+)?(?:[Rr]iver|[A-Z][\w'-]+)\s+(?:to|from|towards?|into)\b)|"
                                 r"\b(?:[0-9][0-9.,]*\s*(?:km|kilometres|kilometers|miles)\s+)?(?:north|south|east|west)"
                                 r"(?:-?(?:east|west))?\s+of\b|"
                                 r"\bby\s+(?:road|air|rail|train|sea|river|land|truck|bus|helicopter|plane|ship|boat|"
                                  # (the means in the plural: "Materials were transported by helicopters from X", s25)
                                  r"trucks|lorries|buses|helicopters|planes|aircraft|ships|boats|trains|vehicles)\b(?=\s*(?:$|[,.;]|(?:from|to|into|towards?|through|via|across|on|in|at|and|before|after)\b))|\b(?<!-)(?:from|(?<![0-9]\s)(?<!\bup\s)(?<!\bclose\s)to|to(?!\s+[0-9])|into|towards?|through|via|across|along(?!\s+with)|around|near|outside|between|on|in|at|after|before|as|(?<!-)out\s+of|away\s+from|back(?=\s+(?:to|from|into|across|towards?|over)\b)|(?:closer|nearer|further|farther|deeper)(?=\s+(?:to|into|towards?|from|inside)\b)|close(?=\s+to\s+(?![0-9]|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|some)\b)))\b|(?<![0-9])[,;]|[,;](?![0-9])|"
                                 # (not the point of an initial or a title: "sent the USS Dwight D. Eisenhower
                                 # to X", "300 troops led by Gen. A. Ivanov", s35m)
                                 r"(?<!\b[A-Z])(?<!\bGen)(?<!\bCol)(?<!\bLt)(?<!\bMaj)(?<!\bSgt)(?<!\bCapt)(?<!\bBrig)(?<!\bAdm)"
                                 r"(?<!\bCdr)(?<!\bSt)(?<!\bFt)(?<!\bMt)(?:(?<![0-9])\.|\.(?![0-9]))")
# the "of" after a noun of moving that names what moved ("the pull-out of its units"), a time
# between them ("the withdrawal last month of Nigerien units": the units, not "last month of ...";
# clauses._NOUN_OF reads the force's name after it the same way)
TIME_BEFORE_OF = (r"(?:(?:(?:last|this|earlier\s+this|late\s+last|early\s+last|the\s+previous)\s+"
                  r"(?:week|month|year|weekend|night)|overnight|yesterday)\s+)")
_OF_WHAT = _PATTERNS.compile(r"(?:-\w+\s+)?" + TIME_BEFORE_OF + r"?of\s+", re.I)


_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)
