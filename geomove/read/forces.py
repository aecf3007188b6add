"""The force or group a clause tells of, as a noun phrase: who or what moved.

A clause's words before its verb are not all the force, and its subject is not always what
moved. These readers find the force: ships told by name ("the frigate Admiral Gorshkov"), a
name after a date ("on 3rd March Russian soldiers"), the group whose fighters or boats moved
("The Houthis moved hundreds of fighters" -> "Houthis"), the noun phrase out of a subject's
words ("Two days later the brigade" -> "the brigade"), a force counted by its number, the
members or formation of a force ("a contingent of 850 Bangladeshi peacekeepers"), the first of
forces joined by "and"; and whether "lead", "carry", "fly" or bare "companies" tell a force at
all ("led Ugandan troops into Bunia", not "carried out strikes", not firms). GUIDELINES: the
actor is the moving force, named as the report names it.
Moved out of read/clauses.py as they were (read/clauses.py imports them): one idea a module.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..dates import MONTH_NAMES, WEEKDAY_NAMES
from .lexicon import (
    FORCE_KINDS,
    _ACTOR_RE,
    _SHIP_NAME,
    _BARE_SUBJECT_GAP,
    _COUNT_RE,
    _FORCE_NOUN,
    _MOVER, _MOVER_GATE,
    _PEOPLE,
    _SENDING_VERBS,
    _stem,
)
from ..regex_cache import CompiledPatterns
from .dash_aside import inside_dash_aside
from .kept import recompile as _recompile
from .group_names import KNOWN_GROUP_NAMES
from .reported_members import members_open_reported_clause
from .told_aside import without_told_asides
from .gates import Gate
from .craft_carries import craft_carried_arms

_PATTERNS = CompiledPatterns("read-forces")  # (kept compiled code, as read/lexicon.py's)


# a force's name right after the number that counts it: "300 Wagner fighters", "between 200
# and 300 M23 rebels", "a contingent of 850 Bangladeshi peacekeepers" (not a date's day or a
# year: "on 12 March Russian forces", "in 2024 Wagner fighters"), and the formation word such a
# count follows ("a contingent of", "a battalion of some")
# (or a count in words of many: "Dozens of Houthi fighters", "Hundreds of Wagner fighters")
_COUNT_BEFORE_NAME = _PATTERNS.compile(r"(?<![\w,.-])(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,6}|(?i:dozens|hundreds|thousands|scores)\s+of)\s+$")
_YEAR = _PATTERNS.compile(r"(?:1[89]|20)[0-9][0-9]")
# (with the preposition that may open it: "On Wednesday Syrian army units moved" names "Syrian army")
_DATE_WORD = _PATTERNS.compile(r"(?:(?:on|in|by|since|last|early|late)\s+)?(?:" + MONTH_NAMES + r"|" + WEEKDAY_NAMES
                               + r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b", re.I)
# a news agency's slug glued to its headline's first word ("CORRECTED-Senegalese troops reach X",
# "REFILE-Chadian troops leave Y", "UPDATE 2-..."): the agency's label, no word of the force's
# name (read121: the actor read was "CORRECTED-Senegalese troops"); capitals only
_WIRE_SLUG = _PATTERNS.compile(r"(?:CORRECTED|REFILE|REPEAT|RPT|EXCLUSIVE|WRAPUP|UPDATE|INSIGHT|ANALYSIS|FACTBOX|"
                               r"EXPLAINER|FEATURE|BREAKING)(?:\s*[0-9]{1,2})?-(?=[A-Z])")
_GROUP_OF = (r"(?:contingents?|battalions?|brigades?|compan(?:y|ies)|columns?|convoys?|units?|detachments?|groups?|forces?|"
              r"regiments?|platoons?|"  # ("two regiments of the 30th Brigade": the brigade, s37 read100)
              r"batch(?:es)?|waves?|teams?)"
              r"\s+of\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least|up\s+to|"
              r"an\s+estimated)\s+)?(?:(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,6})\s+)?")
_FORMATION_OF_COUNT = _PATTERNS.compile(r"(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?" + _GROUP_OF, re.I)


# a ship named after "aboard", "on board" or a preposition carried or met who moved: "marines
# aboard USS Bataan landed", "a drone fired at HMS Diamond"
_SHIP_GOVERNED = _PATTERNS.compile(r"\b(?:aboard|onboard|on\s+board(?:\s+of)?|on|from|by|with|to|of|at|for|against|alongside|"
                                   r"near|toward|towards)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$", re.I)


def _ships_named(text: str, s: int, e: int) -> list[tuple[int, str]]:
    """The ships of [s, e) told by name, each (start, name) as a force named in the clause:
    "the destroyer USS Carney", "HMS Prince of Wales", "the USS Gerald R. Ford carrier strike
    group", "the Russian frigate Admiral Gorshkov" (the name after its kind). Not a ship
    after a preposition or "aboard"."""
    found = []
    for m in _SHIP_NAME.finditer(text, s, e):
        key = "ship" if m.group("ship") else "named"
        at = m.start() if key == "ship" else m.start(key)
        kind_at = m.start()  # (the kind's words belong to the phrase the preposition governs)
        if not _SHIP_GOVERNED.search(text, max(s, kind_at - 40), kind_at):
            found.append((at, m.group(key)))
    return found


# a capitalised word of how many more, opening a sentence or a title before a force's plain
# noun: "Additional troops of the Rashtriya Rifles have been moved", "Fresh battalion inducted in
# Uri sector" name no force by it (read55: the actor was "Additional troops", and a move by another
# force to the same sector was merged with it; the title's "Fresh battalion" was the actor of
# the outgoing unit)
_MORE_WORD = _PATTERNS.compile(r"(?:(?:the|an?)\s+)?(?-i:Additional|Fresh|Further|Extra|More)\s+(?=[a-z]+$)", re.I)


# a capitalised word that tells which one or what kind, opening a sentence or a title before a
# plain force noun (_GENERIC_FORCE_WORDS): "Another column (~20 trucks) left A for B", "Military
# reinforcements arrived from A to B", "Heavy reinforcements reached C" name no force by it
# (read92: the actors read were "Another column" and "Military reinforcements"; "A second
# column" named none); "Military police" is no plain force noun and stays a name
_DESCRIBING_WORD = _PATTERNS.compile(r"(?:(?:the|an?)\s+)?(?-i:Another|Other|Military|Heavy|Large|Big|Massive|Armou?red|"
                                     r"Mechani[sz]ed|Motori[sz]ed|Several|Numerous|Many|New|Second|Third|Separate)\s+(?P<noun>[a-z]+)$",
                                     re.I)


def _describing_word_and_noun(actor: str) -> bool:
    """Is ``actor`` a capitalised word of which one or what kind and a plain force noun
    ("Another column", "Military reinforcements")? Then it names no force."""
    m = _DESCRIBING_WORD.fullmatch(actor)
    return m is not None and m.group("noun") in _GENERIC_FORCE_WORDS


# a convoy or column told with its capitalised article as the sentence opens, "A convoy of": no
# name of a force (read70: the article was read as a name's word, so "A convoy of RSF vehicles"
# named "A convoy", no actor, where "Dozens of RSF vehicles" named the RSF's)
# (so too the members of a force told with the article as the sentence opens, "The soldiers of
# 2 Para moved": "The soldiers" was read as the name and named no one, read126)
_ARTICLE_NAME = _PATTERNS.compile(r"(?:A|An|The)\s+(?:convoys?|columns?|soldiers|troops|fighters|men|members|elements|personnel)")
_OF_AFTER = _PATTERNS.compile(r"\s+of\s")


# the end of a sentence inside a name's words: a word of four letters or more closing it ("in
# Ukraine. The 138th Brigade"), not an abbreviation's dot ("U.S. Army", "St. Petersburg", "Gen.")
_SENTENCE_END_INSIDE = _PATTERNS.compile(r"\b(?!(?:Capt|Dept|Corp|Brig|Gens|Cmdr|Comdr|Supt|Insp)\.)[A-Za-z][a-z]{3,}[.!?]\s+(?=\S)")


def _actor_names(text: str, s: int, e: int):
    """The :data:`_ACTOR_RE` matches of [s, e), a name that opens with a month or a weekday read
    from the word after it: "on 3rd March Russian soldiers moved" names "Russian soldiers"; none
    that is a word of how many more and a plain noun ("Additional troops", _MORE_WORD)."""
    at = s
    while (m := _ACTOR_RE.search(text, at, e)) is not None:
        date = _DATE_WORD.match(m.group("actor"))
        if date is not None:
            at = m.start("actor") + date.end()  # (search again past the date word)
            continue
        slug = _WIRE_SLUG.match(m.group("actor"))
        if slug is not None:
            at = m.start("actor") + slug.end()  # (search again past the agency's slug)
            continue
        if _ARTICLE_NAME.fullmatch(m.group("actor")) and _OF_AFTER.match(text, m.end()):
            at = m.end()  # ("A convoy of RSF vehicles": no name, the group it is of is read apart)
            continue
        if _MORE_WORD.match(m.group("actor")) or _describing_word_and_noun(m.group("actor")):
            at = m.end()  # (no name: the force is the one named after it, if any)
            continue
        if (stop := _SENTENCE_END_INSIDE.search(m.group("actor"))) is not None:
            # ("... sent to fight in Ukraine. The 138th Motor Rifle Brigade": a name word ending a
            # sentence is no word of the name after it; the name is read again from the next sentence, s28m)
            at = m.start("actor") + stop.end()
            continue
        at = m.end()
        if _AIRCRAFT_FIGHTERS.search(m.group("actor")):
            continue  # ("Six F-35A fighters of the 388th Fighter Wing": aircraft, no group of fighters)
        yield m


# "F-35A fighters", "Su-30MKI fighters", "MiG-29 fighter jets": fighter aircraft told by their
# model's designator (letters, a hyphen, a number), not a group of combatants as "Wagner fighters"
# is (s24: the actor read was "F-35A fighters")
# (the families that build fighters, so that "M-23 fighters", the rebel group written with a
# hyphen, stay combatants)
_AIRCRAFT_FIGHTERS = _PATTERNS.compile(r"(?-i:\b(?:F|J|JF|FC|FA|F/A|KF|TF|Su|MiG|Yak|JAS)-[0-9]{1,3}[A-Z]{0,4})\s+fighters?\b")


# a force told by a plain lower-case noun right before its verb, after an opening phrase: "On
# Monday the army sent ...", "Overnight, the police moved ..." (_plain_force_subject); not "the
# troops / soldiers / forces", which refer back and take the actor told before (read_fragments);
# "the armed forces" is the institution as "the army" is, also after ", and" ("soldiers took over
# the prison, and the armed forces flew special forces to X")
# (also one formation of it, after 'a' or 'the': "On 12 October, an army battalion flew ...", as
# "An army battalion" opening the sentence was read as the army: read47)
_FORMATION_WORD = r"(?:group|unit|team|squad|detachment|contingent|company|platoon|battalion|brigade|column|convoy|patrol|flotilla)"
# (also right after a verb of saying: "The army's spokesman added that the air force had flown ..."
# names the air force, read108)
_PLAIN_FORCE_SUBJECT = _PATTERNS.compile(r"(?:^|[,;](?:\s*and\b)?|\b(?:[Oo]n|[Ii]n|[Aa]t|[Ll]ast|[Ee]arlier|[Ll]ater|[Oo]vernight|"
                                         r"[Yy]esterday|[Tt]oday|[Mm]eanwhile|[Tt]hen)\b[^,;.]{0,40}?"
                                         r"|\b(?:said|says|added|adds|stated|confirmed|announced)(?:\s+that)?)\s*"
                                         r"\b(?:the|(?=an?\s+(?:army|military|navy|police|gendarmerie|air\s+force)\s+" + _FORMATION_WORD + r"\b)an?)"
                                         r"\s+(?P<a>army|military|navy|police|gendarmerie|air\s+force|armed\s+forces)(?:\s+" + _FORMATION_WORD + r")?"
                                         + _BARE_SUBJECT_GAP.pattern + r"$")
# (searched only in spans holding one of the words every match holds: read.gates, tests/test_speed112.py)
_PLAIN_FORCE_SUBJECT_GATE = Gate(_PLAIN_FORCE_SUBJECT, ("army", "force", "gendarmerie", "military", "navy", "police"))


# an armed group named as the whole subject: "The Houthis", "the Taliban", "al-Shabaab" (not
# an institution that orders a force moved: "the Pentagon", "the Kremlin")
_GROUP_NAME_SUBJECT = _PATTERNS.compile(
    r"^\s*(?:[Tt]he\s+(?P<a>(?!(?:Pentagon|Kremlin|Government|Ministry|Presidency|Cabinet|Parliament|Senate|Congress|"
    # (nor a side told by its compass point, "The North moved ...": read.korea_sides reads it)
    r"Administration|Embassy|Department|Commission|Council|Command|Mission|President|Prime|General|Junta|"
    r"North|South|East|West)\b)"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)|(?P<b>[Aa]l-[A-Z][\w'’-]+)"
    # ... or bare, as news names them: "Hezbollah moved fighters ...", "Hamas moved ..." (read.group_names)
    r"|(?P<c>" + KNOWN_GROUP_NAMES + r"))" + _BARE_SUBJECT_GAP.pattern + r"$")
# ... and what it sent, right after the verb: a force, counted or not ("moved hundreds of fighters")
# (or its arms: "The Houthis moved missile launchers from Sanaa", s23; GUIDELINES: equipment moves too)
_FORCE_OBJECT = _PATTERNS.compile(r"\s+(?:(?:some|about|around|nearly|more\s+than|at\s+least|hundreds|thousands|dozens|"
                                  r"[\d,]+|a\s+few|several|(?:one|two|three|four|five|six|seven|eight|nine|ten)|of|its|their|new|"
                                  # (a part of its force: "Wagner withdrew most of its fighters")
                                  r"most|many|all|half|part|the\s+bulk|the\s+rest|the\s+remainder|remaining|"
                                  r"additional|more|fresh|extra)\s+){0,4}(?:" + _FORCE_NOUN + r"|(?:[\w-]+\s+){0,2}?(?:launchers|missiles|"
                                  r"rockets|drones|artillery|weapons|tanks|armou?red\s+vehicles|military\s+vehicles|ammunition|"
                                  r"air\s+defen[cs]e\s+systems))\b", re.I)


def _group_sent_a_force(text: str, s: int, e: int, main: re.Match) -> str | None:
    """The armed group named as the whole subject of a verb of sending whose object is a force:
    "The Houthis moved hundreds of fighters from Sanaa towards Marib" -> "Houthis".

    why: a national force ("Azerbaijan deployed troops") and a group's initials ("The RSF moved
    fighters") were read as the actor, a group's name was not, and the movement had none
    (GUIDELINES: the actor is the moving force, named as the report names it)."""
    if not (main.group("verb") and _stem(main.group("verb")) in _SENDING_VERBS) \
            or not _FORCE_OBJECT.match(text, main.end(), e):
        return None
    m = _GROUP_NAME_SUBJECT.search(_without_asides(text[s:main.start()]))
    return (m.group("a") or m.group("b") or m.group("c")) if m else None


def sends_a_force(text: str, e: int, main: re.Match) -> bool:
    """Is the verb of ``main`` one of sending whose object, right after it, is a force ("sent some
    1,000 soldiers", "deployed troops")? (read.pronoun_antecedent state_subject_before)"""
    return bool(main.group("verb")) and _stem(main.group("verb")) in _SENDING_VERBS \
        and _FORCE_OBJECT.match(text, main.end(), e) is not None


# an armed group named bare before the vehicles it moved in: "Houthi boats", "RSF pickups",
# "Wagner trucks" (the groups news names without a force noun; not an agency's "WFP trucks")
_GROUP_VEHICLES_SUBJECT = _PATTERNS.compile(
    r"(?:^\s*(?:[-–—*•]\s+)?|[,;]\s*|\b[Tt]he\s+)"
    # (and the convoy they make up: "A convoy of RSF vehicles moved to X", "a column of about 30
    # Houthi trucks", read70, as "Dozens of RSF vehicles" was read)
    r"(?:(?:(?-i:A|An|The)\s+|(?<=\bThe\s)|(?<=\bthe\s))?(?:(?:large|long|small|new|second|third|separate)\s+)?"
    r"(?:convoys?|columns?|fleet|flotilla)\s+of\s+)?"
    # (how many: "Dozens of RSF pickups", "Two Houthi boats", "about 30 M23 trucks")
    r"(?:(?:about|some|around|at\s+least|more\s+than)\s+)?(?:(?:dozens|hundreds|scores|several|many|a\s+few|[\d,]+|a\s+dozen|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\s+(?:of\s+)?)?"
    r"(?P<a>(?-i:Houthis?|Hezbollah|Hizbollah|Hizballah|Hamas|Wagner|Fano|"
    r"Seleka|Janjaweed|Tatmadaw|Taliban|Daesh|Polisario|(?:[Aa]l-)?Shabaab|Mai-Mai|Wazalendo|Ansarullah|Peshmerga|"
    # (and the name's "Group": "Dozens of Wagner Group vehicles", s31m)
    r"M23|RSF|SDF|HTS|ADF|ISWAP|JNIM|TPLF|YPG|PKK|ISIS|ISIL)(?:\s+(?-i:Group))?(?:\s+(?-i:[a-z][\w-]*)){0,2}?\s+"
    r"(?:boats|speedboats|skiffs|dhows|vessels|ships|trucks|pickups|pick-ups|technicals|vehicles|tanks|motorcycles|motorbikes))"
    + _BARE_SUBJECT_GAP.pattern + r"$", re.I)
# (searched only in spans holding one of the words every match holds: read.gates, tests/test_speed112.py)
_GROUP_VEHICLES_SUBJECT_GATE = Gate(_GROUP_VEHICLES_SUBJECT, ("boats", "dhows", "motorbikes", "motorcycles", "pick-ups", "pickups", "ships", "skiffs", "tanks",
                                                             "technicals", "trucks", "vehicles", "vessels"))


def _group_vehicles_subject(text: str, s: int, verb_at: int) -> str | None:
    """The armed group and the vehicles it moved in, as the subject of the verb at
    ``verb_at``: "Houthi boats sailed from A" -> "Houthi boats" (GUIDELINES: the actor is the
    moving force, named as the report names it).

    why: boats, trucks or pickups are no force noun, so "Houthi boats" named no actor where
    "Houthi fighters" did."""
    m = _GROUP_VEHICLES_SUBJECT_GATE.search(_without_asides(text[s:verb_at]))
    return _recompile(r"\s+").sub(" ", m.group("a")) if m else None


def _plain_force_subject(text: str, s: int, verb_at: int) -> str | None:
    """The plain force noun that is the subject of the verb at ``verb_at``: "On Monday the army
    sent 400 soldiers" -> "army".

    why: a name is read from capitals, so "The army sent" names "army" but "On Monday the army
    sent" named no one, and a movement with no actor took one from a later sentence's when the
    two were merged. The noun must stand right before the verb, after the clause start or an
    opening phrase of time, never after a preposition ("with the army", "of the police")."""
    m = _PLAIN_FORCE_SUBJECT_GATE.search(text[s:verb_at])
    return m.group("a") if m else None


# the plain plural nouns of a state's force that name no one by themselves: "The soldiers
# travelled ...", "The troops arrived ..." refer back to the force told before (read_fragments)
# (and a convoy or a column: what moved, not whose -- "A convoy left Goma" names no actor; so
# do the words of a formation told with no owner: "A squadron of F-15E jets moved", "A
# contingent of 200 soldiers arrived", "The squadron returned" -- "The Belgian squadron" names one)
# (not "militiamen": a group's members, named by the group told before or by their own word, as
# "the rebels" are: read.armed_groups group_referred_back, read125)
_GENERIC_FORCE_WORDS = frozenset("""troops soldiers forces men personnel servicemen units reinforcements
    officers policemen convoy convoys column columns squadron squadrons contingent contingents
    detachment detachments batch batches reservists conscripts guardsmen sailors airmen
    battalions regiments brigades divisions companies platoons""".split())
# (the formations' plurals, s37 read100: "Two regiments moved from A to B" named the actor
# "regiments", as "The soldiers" named "soldiers"; a formation told by its name keeps it, "the
# 30th Brigade", "Assam Rifles battalions")


def generic_force_word(actor: str) -> bool:
    """Is ``actor`` (its article taken off) only a plain plural noun of a force ("soldiers",
    "troops")? Then it names no actor.

    why: _ACTOR_RE reads a sentence's opening "The" as a name's word, so "The soldiers
    travelled by bus from A to B" gave the actor "soldiers", and a later merge kept that
    instead of the actor of the movement the sentence refers back to."""
    return actor.lower() == actor and actor in _GENERIC_FORCE_WORDS


# an aside that lists members of the group named before it: ", including the destroyer X",
# ", among them X", ", led by the frigate X", "comprising X and Y" (up to the name, no comma closes it)
_MEMBERS_ASIDE = _PATTERNS.compile(r",\s*(?:including|among\s+them|among\s+which|such\s+as|led\s+by)\s+[^,;.]*$"
                                   # (or with no comma, by a verb of being made of: "An Indian Navy task
                                   # group comprising INS Delhi and INS Shakti left A", s26r)
                                   r"|\s(?:comprising|consisting\s+of|made\s+up\s+of)\s+[^,;.]*$", re.I)


def named_as_member(text: str, s: int, at: int) -> bool:
    """Is the name at ``at`` inside an aside that lists the members of a group named before it
    (", including the destroyer Zunyi,")? Then the group, not the member, is who moved.

    why: "A Chinese naval task force of three ships, including the destroyer Zunyi, left
    Zhanjiang" gave the actor "Zunyi"; without the aside it was "Chinese naval task force".
    The members may be listed between dashes instead (read.dash_aside): "A Chinese PLA Navy task
    group of three ships — the destroyer Baotou, the frigate Yancheng and a supply ship — sailed"
    gave the actor "Yancheng"."""
    aside = _MEMBERS_ASIDE.search(text, max(s, at - 80), at)
    return (aside is not None and aside.start() > s) or inside_dash_aside(text, s, at)


# what stands between "escorted" and the force it escorted: an article, a count
_ESCORTED_GAP = _PATTERNS.compile(r"\s+(?:(?:the|a|an|some|about|around|[0-9][0-9,]*|two|three|four|five|six|seven|eight|nine|ten)\s+)*", re.I)
# ... and, before a ship told by its name after its kind, the owner's word and the kind ("escorted
# the Russian submarine| Novorossiysk", "the Chinese guided-missile destroyer| Nanchang": the name
# is where _ships_named puts the ship; read140)
_ESCORTED_SHIP_KIND = _PATTERNS.compile(
    r"(?:(?-i:[A-Z][\w'’-]*)\s+)?(?:guided-missile\s+|attack\s+|nuclear-powered\s+|diesel-electric\s+)?"
    r"(?:destroyer|frigate|corvette|cruiser|submarine|(?:aircraft\s+)?carrier|warship|landing\s+ship|"
    r"patrol\s+(?:boat|ship|vessel)|icebreaker)\s+", re.I)


# what an escort takes along that is no force: merchant and other civilian vessels, aid convoys
# (a count of such is no count of what moved, and they are not what moved: the escort is)
_CIVILIAN_ESCORTED = _PATTERNS.compile(
    r"\s+(?:(?:the|a|an|some|about|around|[0-9][0-9,]*|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of)\s+)*"
    r"(?:(?:convoy|group|flotilla)\s+of\s+(?:(?:some|about|around|[0-9][0-9,]*|two|three|four|five|six|seven|eight|nine|ten)\s+)?)?"
    r"(?:(?:[\w-]+\s+)?(?:merchant|commercial|cargo|container|civilian|aid|humanitarian|grain|fishing)\s+"
    r"(?:ships?|vessels?|tankers?|carriers?|boats?|trucks?|lorries|convoys?)"
    # (and the vessels that are civilian by their noun alone: "a Cypriot ferry", "two oil tankers", s27r)
    r"|(?:[\w-]+\s+){0,2}?(?:ferry|ferries|freighters?|bulk\s+carriers?|(?:oil|gas|LNG|crude)\s+tankers?|cruise\s+ships?|liners?)"
    # (and people who are no force: "Soldiers escorted 300 civilians from A to B", read82)
    # (up to two words before them: "200 ethnic Armenian refugees", read84)
    r"|(?:[\w-]+\s+){0,2}?(?:civilians|residents|refugees|evacuees|villagers|displaced\s+people|families|aid\s+workers|"
    r"(?:foreign\s+)?nationals|pilgrims|students|passengers|detainees|prisoners|inmates))\b", re.I)


def escorts_civilians(text: str, main: re.Match, e: int) -> re.Match | None:
    """The object of an active "escorted" when it is no force but civilian vessels or an aid
    convoy ("escorted a convoy of four merchant ships from Djibouti into the Red Sea"), else None.
    The escort is what moved, and the civilians' count is not its count.

    why: what moved was read as "a convoy of four merchant ships", counted 4, the escorting
    frigate and destroyer only the actor (Red Sea probe, s25; GUIDELINES: a movement is of
    armed forces, the count of what moved)."""
    verb = main.group("verb") if "verb" in main.re.groupindex else None
    if not verb or _stem(verb) != "escort":
        return None
    found = _CIVILIAN_ESCORTED.match(text, main.end(), e)
    return found


def escorted_force(text: str, main: re.Match, named: list[tuple[int, str]]) -> str | None:
    """The force named right after an active "escorted" ("UNIFIL peacekeepers escorted the
    Lebanese soldiers from Marjayoun"), or None.

    why: the escort goes along, but the movement the sentence tells is the escorted force's:
    read with the escort as its actor, it did not join the Lebanese army's deployment told just
    before, and the report had two half movements (one without its end, one without its start)."""
    verb = main.group("verb") if "verb" in main.re.groupindex else None
    if not verb or _stem(verb) != "escort":
        return None
    for at, words in named:
        if at >= main.end():
            gap = _ESCORTED_GAP.match(text, main.end())
            if gap is not None and gap.end() < at and _ESCORTED_SHIP_KIND.fullmatch(text, gap.end(), at):
                return words  # ("escorted the Russian submarine Novorossiysk": the ship by its name)
            if gap is not None and gap.end() >= at and not text[main.end():at].strip(" ,").count(","):
                return words
            return None
    return None


# what a subject's words hold besides its noun phrase: an opening span of time ("Two days later
# the brigade", "Two days earlier an armoured column", "The next day, the convoy") and, before the verb, auxiliaries, a verb of being
# seen or of starting, an adverb or a hedge ("A convoy was seen (moving)", "Troops have begun (moving)", "Troops are probably (moving)",
# "Uganda quickly (sent)") (_force_np)
_NP_TIME_LEAD = _PATTERNS.compile(r"^(?:(?:(?:[0-9]{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|"
                                  r"few|several)\s+)?(?:hours?|days?|weeks?|months?|years?|decades?)\s+(?:later|earlier|before|after|since)|later|afterwards|"
                                  r"subsequently|meanwhile|overnight|then|(?:the\s+)?(?:next|following)\s+"
                                  r"(?:day|morning|afternoon|evening|night|week))\b\s*,?\s*(?=\S)", re.I)
# (a set of words taken off the end one by one: a pattern anchored at the end was re-run from
# every word of a long run of them, quadratic; "who" of "Somali forces who had arrived")
_NP_VERB_TAIL = frozenset("""had have has was were is are been being be reportedly also then already since
    later subsequently quickly swiftly promptly hastily immediately eventually finally seen spotted observed
    filmed photographed pictured reported said believed thought understood known begun began begin begins
    recorded detected sighted geolocated tracked noticed counted monitored witnessed
    started start starts continued continue continues resumed to who
    expected due scheduled slated likely
    probably possibly apparently allegedly presumably still now appear appears appeared seem seems seemed""".split())


def _force_np(told: str) -> str:
    """The noun phrase of the force out of a subject's words: "A convoy was seen" -> "A convoy",
    "Two days later the brigade" -> "the brigade", "Troops have begun" -> "Troops".

    why: ``what`` is the words the report names the force by (CONTRACT); a time or a verb
    around them names no force. Nothing is cut that would leave no word ("Later" alone)."""
    lead = _NP_TIME_LEAD.match(told)
    if lead:
        told = told[lead.end():]
    words = [(m.group(0).lower(), m.end()) for m in _recompile(r"\S+").finditer(told)]
    while words and words[-1][0] in _NP_VERB_TAIL and not _name_ends_in_said(told, words):
        words.pop()
    return told[:words[-1][1]] if words else told


def _name_ends_in_said(told: str, words: list[tuple[str, int]]) -> bool:
    """Is the last of ``words`` "Said" with a capital right after a capitalised word, the last
    word of a name ("Troops under Colonel Omar Said")? Then it is no verb of saying to cut off
    (as lexicon.SAID_VERB reads it; read126: what moved was "Troops under Colonel Omar")."""
    if len(words) < 2 or words[-1][0] != "said":
        return False
    end = words[-1][1]
    before = told[words[-2][1] - len(words[-2][0]):words[-2][1]]
    return told[end - 4:end] == "Said" and before[:1].isupper()


def _sent_a_force(main: re.Match, obj: str) -> bool:
    """"Chad deployed troops to X": the one force word after a verb of sending is what moved.

    why: a one-word object was taken for no object (as "moved there"), so ``what`` fell back to
    the sender's name ("Chad"); the troops sent are what the report says moved. So too after a
    verb of carrying, in the same list (read70: "The Houthis ferried weapons across the Red Sea",
    "The militia transported ammunition to X" moved the weapons, the ammunition)."""
    return "verb" in main.re.groupindex and bool(main.group("verb")) \
        and _stem(main.group("verb")) in _SENDING_VERBS and one_word_mover(obj)


# what a force moves, told in one word: its kinds of arms and equipment ("The militia moved weapons
# from A to B", "The army sent tanks to C"), as its force nouns are ("troops")
_EQUIPMENT_WORD = _PATTERNS.compile(r"(?:weapons|arms|tanks|artillery|howitzers|launchers|missiles|vehicles|trucks|armou?r|"
                                    r"helicopters|jets|aircraft|drones|ammunition|munitions|equipment|supplies|warships)", re.I)


def one_word_mover(obj: str) -> bool:
    """Is ``obj`` one word that names a force or what a force moves ("troops", "tanks",
    "weapons")? After a verb of sending it is what moved, not a word with no object.

    why: "The militia moved weapons from A to B" moved "The militia". So too the people of a
    force a count counts (lexicon._PEOPLE: "guardsmen", "gendarmes", "reservists", "sailors"):
    "Mexico sent guardsmen to X" moved "Mexico" (s26r), while "2,000 guardsmen" was read."""
    return _FORCE_WORD.fullmatch(obj) is not None or _EQUIPMENT_WORD.fullmatch(obj) is not None \
        or _PEOPLE.fullmatch(obj) is not None


# a report of war: the words that make bare "companies" an army's (_military_companies): those of
# war itself and the head nouns of every kind of force (lexicon.json force_kinds, but the companies
# asked about: "The Burundian contingent ... Three more companies reached X" was firms, s33 read89)
_FORCE_KIND_WORDS = "|".join(w.replace(" ", r"\s+") for w in sorted(
    {*FORCE_KINDS["regular"], *FORCE_KINDS["service_people"], *FORCE_KINDS["irregular"], *FORCE_KINDS["irregular_pairs"]}
    - {"company", "companies"}, key=lambda w: (-len(w), w)))
# (and a garrison, and a ministry of defence telling the move: "Three companies arrived in Kidal to
# relieve the garrison", "Three companies moved from Bamako to Gao, the defence ministry said", s36 read99)
_WAR_WORDS = _PATTERNS.compile(r"\b(?:armed\s+forces|military|regiments?|garrisons?|"
                               r"defen[cs]e\s+(?:ministry|minister)|ministry\s+of\s+defen[cs]e|"
                               r"front\s*lines?|artillery|shelling|offensive|counter-?offensive|"
                               r"infantry|militias?|" + _FORCE_KIND_WORDS + r")\b", re.I)
# verbs that firms do not do: an army's companies "advanced", "withdrew", "were redeployed"
# (and verbs of carrying soldiers by air: "Three companies were airlifted to Goma", s36 read99;
# "Two companies were flown from Goma to Bunia": firms are not flown, s38 read104's note)
_ARMY_VERBS = frozenset({"advance", "withdraw", "retreat", "redeploy", "deploy", "rotate", "pull", "push", "storm",
                         "airlift", "airdrop", "parachute", "helicopter", "fly"})


def _military_companies(text: str, thing: re.Match, main: re.Match) -> bool:
    """Are bare "companies" as a subject an army's companies, not firms?

    why: "Two companies moved from London to Dublin" tells firms relocating, so plural
    "companies" is no force (lexicon.json things); but in a report of war ("... the brigade's
    other battalions held the line. Two companies moved from Kherson to Mykolaiv") or with a
    verb firms do not do ("two companies withdrew to X") they are formations of soldiers. The
    war words are looked for in the whole report; one sentence with no such word stays firms."""
    if thing.group(0).lower() != "companies":
        return False
    if _stem(main.group("verb") or "") in _ARMY_VERBS:
        return True
    return _report_of_war(text)


@lru_cache(maxsize=4)
def _report_of_war(text: str) -> bool:
    """Does the report name war or a force anywhere (_WAR_WORDS)? Once a text, not once a
    clause: a long report with bare "companies" in many clauses is searched once."""
    return _WAR_WORDS.search(text) is not None


def _counted_force(text: str, s: int, m: re.Match) -> bool:
    """Is the force name ``m`` (an :data:`_ACTOR_RE` match) told right after the number that
    counts it ("300 Wagner fighters"), not after a date's day or a year, nor before a noun the
    number does not count?"""
    count = _COUNT_BEFORE_NAME.search(text, max(s, m.start() - 16), m.start())
    if count is None or _YEAR.fullmatch(count.group(0).strip()) or _DATE_WORD.match(m.group("actor")):
        return False
    # (the number counts this name's noun: not "20 Hummer military and armoured vehicles")
    counted = _COUNT_RE.match(text, count.start())
    return counted is not None and (counted.end() == m.end() or _vehicles_of_named_force(text, m, counted.end()))


# a force's proper name that ends in its own force word ("Rapid Support Forces", "Arakan Army"),
# and the vehicles counted right after it, with at most one word of their kind
_NAME_OF_A_FORCE = _PATTERNS.compile(r"(?-i:\b(?:Forces|Army|Front|Group|Movement|Militia|Brigades?|Guards?))$")
_VEHICLES_AFTER_NAME = _PATTERNS.compile(r"\s+(?:[a-z][\w-]*\s+)?(?:pickups|pick-ups|trucks|technicals|vehicles|tanks|boats|"
                                         r"motorcycles|motorbikes)")


def _vehicles_of_named_force(text: str, m: re.Match, counted_end: int) -> bool:
    """Does the count before the force's name ``m`` count the vehicles told right after it
    ("about 60 Rapid Support Forces pickups", "dozens of Arakan Army trucks")? Then the name
    is who moved in them, as "RSF pickups" is read (forces._GROUP_VEHICLES_SUBJECT).

    why: session 49's probe "A column of about 60 Rapid Support Forces pickups left A" had no
    actor: the number counted "pickups", not the name's noun, so the name after it was taken
    for no subject (read/forces._counted_force); only a name ending in its own force word."""
    return _NAME_OF_A_FORCE.search(m.group("actor")) is not None \
        and _VEHICLES_AFTER_NAME.fullmatch(text, m.end(), counted_end) is not None


# a vague number's own "of" right before a name ("dozens of", "hundreds of"): the count's, no
# preposition that governs the name
_VAGUE_COUNT_OF = _PATTERNS.compile(r"(?<![\w-])(?i:dozens|hundreds|thousands|scores)\s+of\s+$")


def counted_by_vague_number(text: str, s: int, m: re.Match) -> bool:
    """Is the "of" before the force's name ``m`` the one of a vague number that counts what the
    name's force moved in or with ("Dozens of Rapid Support Forces vehicles entered X", "hundreds
    of Arakan Army fighters")? Then the name is who moved, not a force governed by a preposition
    ("a blockade enforced by the Arakan Army": clauses._FORCE_NAME_GOVERNED).

    why: s49's probe "Dozens of Rapid Support Forces vehicles entered Nyala" had no actor: the
    "of" of "Dozens of" was taken for a preposition governing the name (read141)."""
    return _VAGUE_COUNT_OF.search(text, max(s, m.start() - 14), m.start()) is not None \
        and _counted_force(text, s, m)


# "led Ugandan troops into X", "leading a column of 40 vehicles towards Y": a force as the
# object of "lead" and a direction right after it (_led_a_force)
_LED_FORCE = _PATTERNS.compile(r"\s+(?:(?:the|a|an|his|her|their|its|some|about|around|nearly|more\s+than|[0-9][0-9,]*)\s+)*"
                               r"(?:[\w'’-]+\s+){0,3}?" + _MOVER.pattern +
                               r"(?:\s+of\s+(?:[\w'’-]+\s+){0,3}?" + _MOVER.pattern + r")?"
                               # (and a second mover joined to it: "carried 300 marines and 20 armoured
                               # vehicles from A to B", s25)
                               r"(?:,?\s+and\s+(?:(?:the|some|about|around|[0-9][0-9,]*)\s+)*(?:[\w'’-]+\s+){0,2}?" + _MOVER.pattern + r")?"
                               r"\s+(?:back\s+)?(?:into|to|towards?|out\s+of|across|through|from)\b", re.I)


def _led_a_force(text: str, verb: re.Match, e: int) -> bool:
    """"Lead" tells a movement only with a force as its object and a direction after it
    ("General K led Ugandan troops into Bunia"): the force moved, the one who led it is no
    actor; never "a Saudi-led coalition", "led talks in X", "led the assault on Y"."""
    if verb.start() > 0 and text[verb.start() - 1] == "-":
        return False
    return _LED_FORCE.match(text, verb.end(), e) is not None


# words that make a capitalised name an organisation's, not a person's ("Qatar Airways flew")
_ORG_NAME_WORDS = frozenset("""airways airlines air aviation group company corporation state front party council union
ministry government agency committee mission corps command forces force army navy guard""".split())


def _flown_by_a_name(words: list[str], main: re.Match) -> bool:
    """Is a name of two or three words that flew (no object: named_person.after_verb) a
    person's ("Marina Silva flew from A to B")? A group news names bare goes by land
    ("Boko Haram arrived in X", "Ansar Dine entered Y"); what flies with no object and no force
    word in the clause is a person on a trip, or an airline (its name says so: _ORG_NAME_WORDS)."""
    return _stem(main.group("verb")) == "fly" and len(words) <= 3 \
        and not any(w.lower().strip(".") in _ORG_NAME_WORDS for w in words)


def _carried_a_force(text: str, verb: re.Match, e: int) -> bool:
    """"Carry" tells a movement only as "lead" does: with a force as its object and a
    direction right after it ("two helicopters carried special forces from A to B": the force
    went); never "carried out strikes on X", "carried weapons into Y", "a convoy carrying
    aid to Z" (no force), nor a participle that only describes a group ("trucks carrying 30
    soldiers left A": the direction is the main verb's). Arms carried are no force: what
    carries them (a truck, a person) is told elsewhere, and "carried weapons" is how news tells
    of armed men, not of a move ("gunmen carried weapons into the market")."""
    obj = _LED_FORCE.match(text, verb.end(), e)
    return obj is not None and any(not _CARRIED_GOODS.fullmatch(m.group(0))
                                   for m in _MOVER_GATE.finditer(obj.group(0)))


# "carry out" a task (not "carry out of X", a way out): it carries nothing anywhere
_CARRY_OUT = _PATTERNS.compile(r"\s+out\b(?!\s+of\b)", re.I)


def carries_out(text: str, word: str, end: int) -> bool:
    """Is ``word`` (ending at ``end``) a form of "carry" in "carry out" a task ("to carry out
    fortification works on the approaches to X")? After "to" it opens a purpose, as "to build"
    does (clauses._Reader._purposes), not the movement itself.

    why: a verb of movement after "to" is read as the movement ("began to withdraw to X"), so
    "arrived in Tegh from Goris to carry out works on the approaches to the Lachin corridor
    road" read the road as a second destination (read54)."""
    return _stem(word) == "carry" and _CARRY_OUT.match(text, end) is not None


def _without_idle_carry(text: str, triggers: list) -> list:
    """The triggers but the forms of "carry" that carry no force anywhere (_carried_a_force),
    unless a craft carried arms somewhere ("A cargo ship carried six howitzers to B":
    read.craft_carries.craft_carried_arms)."""
    return [t for t in triggers if not (t.group("verb") and _stem(t.group("verb")) == "carry"
                                        and not _carried_a_force(text, t, len(text))
                                        and not craft_carried_arms(text, t))]


# the goods a verb of carrying may take that _MOVER counts as military movers when they move
# themselves or are sent: carried, they are no force (_carried_a_force)
_CARRIED_GOODS = _recompile(r"weapons?|arms|equipment|ammunition|munitions|supplies|materiel|matériel|"
                            r"missiles?|rockets?|explosives|rifles|guns", re.I)


# "Soldiers of the Wagner Group", "gunmen of the Arakan Army": the members of a named
# force as the subject that opens the clause (_members_of_force)
# a count's digits, their thousands set apart by a comma or, as European and Latin American copy
# writes them, by a point or a no-break or thin space ("2.500 elementos of the Guardia Nacional",
# lexicon._COUNT_RE reads the same forms; read86: the point's count named no force)
_COUNT_DIGITS = r"(?:[0-9]{1,3}(?:[.\u00a0\u202f\u2009][0-9]{3})+(?![0-9])|[0-9][0-9,]*)"
_MEMBERS_OF = _PATTERNS.compile(r"(?:(?:the|some|about|around|" + _COUNT_DIGITS + r"|dozens|hundreds|thousands)\s+){0,2}(?:[a-z][\w-]*\s+)?"
                                r"(?:soldiers|troops|fighters|members|mercenaries|militants|militiamen|units|elements|elementos|efectivos|ships|warships|vessels|"
                                r"personnel|contractors|officers|sailors|marines|"
                                # (and its "men": "the men of 2 Para moved", read126)
                                r"men|"
                                # (and the force's own sent to reinforce: "Reinforcements from the 3rd Assault Brigade", s26r)
                                r"reinforcements|"
                                # (what a named force moved: "Tanks of the 2nd Cavalry Division were moved")
                                r"tanks|vehicles|helicopters|aircraft|jets|trucks)\s+"
                                # ("from" as "of": "Troops from the 47th Brigade arrived", the brigade's, s26r)
                                r"(?:of|from)\s+(?:the\s+)?$", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_MEMBERS_OF_GATE = Gate(_MEMBERS_OF, ("from", "of"))


def _members_of_force(text: str, s: int, m: re.Match) -> bool:
    """Is the name ``m`` the force whose members open the clause ("Soldiers of the Wagner
    Group withdrew from X", "Reinforcements from the 3rd Assault Brigade arrived in X")? Then it
    names who moved; only when the members are the clause's first words, so "a blockade by
    soldiers of ..." or "soldiers from the 16th Division" after a verb stay as read."""
    if m.start() - s > 160:
        # (the members open the clause: a name far into it is not theirs, unless they open a
        # clause reported after "that": read/reported_members)
        lead = _MEMBERS_OF_GATE.search(text, max(s, m.start() - 60), m.start())
        return lead is not None and lead.end() == m.start() and members_open_reported_clause(text, s, lead.start())
    lead = _MEMBERS_OF_GATE.search(text, s, m.start())
    # (after an opening phrase of time or place, "On Monday, soldiers of ...", or a dateline,
    # "VILNIUS — The first elements of ..."; or after "reported that": read/reported_members)
    return lead is not None and lead.end() == m.start() and (
        _recompile(r"\s*(?:[^;]{0,60}?(?:,|\s[—–-]))?\s*").fullmatch(text[s:lead.start()]) is not None
        or (text.startswith(("the ", "The "), lead.start()) and _TIME_OPENER_NO_COMMA.fullmatch(text, s, lead.start()) is not None)
        or members_open_reported_clause(text, s, lead.start()))


# a day opening the clause with no comma after it, before members told with "the": "On 3 May
# the men of 2 Para moved" (read126: the comma was needed for the force to be named)
_TIME_OPENER_NO_COMMA = _PATTERNS.compile(r"\s*(?:on|at|by|early\s+on|late\s+on)\s+(?:the\s+)?[\w.'’ -]{1,30}?\s+", re.I)


def _first_of_joined(text: str, subject: list[tuple[int, str]]) -> tuple[int, str]:
    """The subject's force: the last one named before the verb, or, when it is joined to the one
    before it by "and" ("Malian troops and Russian instructors travelled"), the first of them.

    why: the first of two forces joined as one subject is the one the sentence is about (the
    host's troops, then who came with them); the last was taken, so the instructors became the
    actor of the Malian army's move."""
    k = len(subject) - 1
    # (each with its count: "120 Kenyan soldiers and 40 Kenyan police officers"; the second
    # told as the first's ally: "The TNLA and allied MNDAA units", s23r)
    # (and two ships, each by its kind: "The Italian frigate A and the French destroyer B sailed", s25)
    while k > 0 and _recompile(r"\s+and\s+(?:the\s+)?(?:(?:about|some|around|nearly|another|at\s+least)\s+)?(?:[0-9][0-9,]*\s+)?(?:allied\s+)?"
                               r"(?:(?:(?-i:[A-Z])[\w-]+\s+)?(?:frigate|destroyer|corvette|cruiser|submarine|(?:aircraft\s+)?carrier|warship|"
                               r"landing\s+ship|patrol\s+(?:boat|ship|vessel)|icebreaker)\s+)?").fullmatch(
            text[subject[k - 1][0] + len(subject[k - 1][1]):subject[k][0]]):
        k -= 1
    return subject[k]


def _formation_of_force(text: str, actor: tuple[int, str], named: list) -> tuple[int, str]:
    """The force a formation word is made of, when the subject names it by both: "a contingent
    of 850 Bangladeshi peacekeepers" moved as the Bangladeshi peacekeepers (GUIDELINES: the
    moving force, named as the report names it), not as "contingent". Only when the formation is
    told in words alone (not "the Wagner Group", a name) and the force right after "of"."""
    start, words = actor
    if _recompile(r"[A-Z]").search(_recompile(r"^(?:the|a|an)\s+", re.I).sub("", words.strip())):
        return actor
    of = _FORMATION_OF_COUNT.match(text, start)
    if of is None or of.end() <= start + len(words.rstrip()) - 1:
        return actor
    # "a battalion of 750 soldiers of the Rwanda Defence Force": the people counted are of the
    # force named last, which is who moved (read.force_reference; s38 read102: the actor was
    # "battalion", or "police officers" for "a contingent of 200 police officers of the Kenya
    # Police Service")
    people = _PEOPLE_OF_FORCE.match(text, of.end())
    owner = next((n for n in named if n[0] == people.end()), None) if people is not None else None
    if owner is not None and _recompile(r"[A-Z]").match(owner[1]):
        return owner
    inner = next((n for n in named if n[0] == of.end()), None)  # (after "of": not in the subject list)
    return inner if inner is not None else actor


# the people a formation is counted in, and the "of" that names whose they are: "(a battalion of
# 750) soldiers of the", "(a contingent of 200) police officers of the" (_formation_of_force)
_PEOPLE_OF_FORCE = _PATTERNS.compile(r"(?:[\w-]+\s+){0,2}?(?:soldiers|troops|personnel|servicemen|servicewomen|officers|"
                                     r"peacekeepers|gendarmes|marines|sailors|airmen|fighters|men)\s+of\s+(?:the\s+)?", re.I)
# a word of discourse set off by commas between a subject and its verb ("The SDF, for its
# part, redeployed ...", "Russian forces, meanwhile, moved ..."): it says how this sentence
# relates to the one before, it names nothing that moved (communiqués and wire copy)
_DISCOURSE_ASIDE = _PATTERNS.compile(r"\s*,\s*(?:for\s+(?:its|their|his|her|our)\s+part|meanwhile|however|in\s+turn|too|also|"
                                     r"in\s+the\s+meantime|likewise|similarly|in\s+response|for\s+now|instead|though|"
                                     r"nevertheless|in\s+addition|in\s+a\s+separate\s+move|separately|as\s+well)\s*,\s*", re.I)


def _without_asides(text: str) -> str:
    """``text`` (the words before a verb) with its comma-set words of discourse read as
    spaces, of the same length (offsets hold): "The SDF, for its part, " reads "The SDF"
    and spaces (_DISCOURSE_ASIDE)."""
    if "," not in text:
        return text
    # (and who told it: ", we are told,", ", our correspondent says," -- read.told_aside)
    return without_told_asides(_DISCOURSE_ASIDE.sub(lambda m: " " * len(m.group(0)), text))
_FORCE_WORD = _PATTERNS.compile(_FORCE_NOUN, re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_FORCE_WORD_GATE = Gate(_FORCE_WORD, ("advisers", "advisors", "airmen", "amphibious", "armies", "armo", "army", "battalion", "border", "brigade", "btg", "carabineros", "carabinieri", "coalition", "coast", "column", "commandos", "conscripts", "contingent", "contractors", "convoy", "corvettes", "cruisers", "cutters", "destroyers", "detachment", "division", "factions", "fighters", "flotilla", "force", "frigates", "gendarmerie", "gendarmes", "group", "guard", "gunboats", "helmets", "infantry", "instructors", "landing", "marines", "mercenaries", "military", "militia", "minehunters", "minesweepers", "missile", "naval", "navy", "officers", "paratroopers", "patrol", "peacekeepers", "peacekeeping", "personnel", "peshmerga", "platoon", "police", "rangers", "recruits", "regiment", "reserves", "reservists", "sailors", "security", "service", "soldiers", "special", "squadron", "strike", "supply", "trainers", "troops", "unit", "vessels", "warships"))
# a relative clause set off by commas right after a state's name ("Burundi, which has about
# 10,000 soldiers in eastern Congo, moved ..."): it tells about the state, the verb after it is
# the state's
# (or an apposition that says what the state is: "Senegal, a neighbour of Mali, said it had moved")
_RELATIVE_ASIDE = _PATTERNS.compile(r"^\s*,\s*(?:(?:which|who|(?:a|an|the|one)\s)(?:[^,;.]|(?<=[0-9])[,.](?=[0-9])){1,120}"
                                    # (or a connective aside: "Tajikistan, for its part, said it had
                                    # reinforced ...", "Rwanda, in turn, sent ...": s44 lead)
                                    r"|for\s+(?:its|their)\s+(?:own\s+)?part|in\s+turn|in\s+response|meanwhile|however|too|also),\s*", re.I)


def without_relative_aside(gap: str) -> str:
    """The words between a state's name and its verb with a relative aside right after the name
    read as spaces, of the same length ("Burundi, which has 10,000 soldiers in Congo, moved":
    Burundi moved).

    why: the state, named as the subject with an aside, was no actor: "part of its contingent"
    moved with none. (And a connective aside: "Tajikistan, for its part, said it had ...".)"""
    return _RELATIVE_ASIDE.sub(lambda m: " " * len(m.group(0)), gap) if "," in gap else gap


_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)
