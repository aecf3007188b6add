"""A craft or vehicle that carries: "A ferry took 300 soldiers from Mtwara to Lindi", "A cargo
ship carried six howitzers to Berbera", "A Navy transport carried 200 marines to Lamu", "A Navy
salvage tug sailed to Souda Bay".

Four things a craft as a subject changes (craft_carries.json holds the words):

- :func:`craft_took`: "take" is no verb of movement ("The army took Kidal" is a capture, "took
  part", "took place", "took hours"), but after a craft it carries what it took, as "carried"
  does (lexicon._stem reads "took" as "carry" since read.took_back). A finite form right after a
  craft's noun is a trigger; whether a force was taken somewhere is asked next, as of "carried"
  (forces._without_idle_carry), and whose craft it was by read.carrier_load.
- :func:`craft_carried_arms`: "carried weapons into X" is how news tells of armed men, no move
  (forces._carried_a_force keeps only a force carried), and arms or ammunition carried are no
  force whatever carried them ("Trucks carried weapons and ammunition from A to B"). A craft that
  carries heavy equipment of war somewhere (howitzers, launchers, batteries) moved it: the craft
  is told, so the equipment it held moved with it.
- :func:`without_craft_nouns`: "transport" right before a finite verb ("A Navy transport
  carried ...") is the craft's noun, not the verb whose object would be "carried 200 marines".
- :func:`tug_of_a_force`: a tug is trade (lexicon.json not_forces vehicles) unless a force owns
  it, and the owner may stand two or three words before "tug" ("A Navy salvage tug").

why: session 58 (read160) left "A ferry took 300 soldiers to B" and "A cargo ship carried six
howitzers to B" read as nothing, "A Navy salvage tug" read as trade, and "A Navy transport
carried 200 marines" with "carried 200 marines" as what moved. Golden s59-read161-*, sentences
of my own (session 59, read161)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from ..textutil import ANY_WORD, WordAnchored, word_set
from .data_files import read_data
from .lexicon import _MATERIEL_MOVER, _MATERIEL_MOVER_GATE, _stem, object_after
from .took_back import _TOOK_BACK_RE

_PATTERNS = CompiledPatterns("read-craft-carries")
_DATA = read_data("craft_carries.json")

# a subject ending in a craft's noun (or a type's code, case kept), then up to two adverbs or
# auxiliaries, right before the verb: searched in the few words before it
_CRAFT_NOUNS = "|".join(n.replace(" ", r"\s+") for n in _DATA["craft_nouns"])
# (or with a relative pronoun between, the comma of an aside before it: "The ferry that took",
# "The ferry, which took": the craft is the relative's subject)
_RELATIVE = "|".join(_DATA["relative_pronouns"])
_CRAFT_BEFORE = _PATTERNS.compile(
    r"(?:(?<![\w-])(?i:" + _CRAFT_NOUNS + r")|(?<![\w-])" + _DATA["designator"] + r")"
    r"(?:\s*,\s*(?i:" + _RELATIVE + r")\s+|\s+(?:(?i:" + _RELATIVE + r")\s+)?)"
    r"(?:(?i:" + "|".join(_DATA["subject_adverbs"]) + r"|[a-z]+ly)\s+){0,2}$")
# how far before the verb the craft's noun is looked for
_SUBJECT_REACH = 48
# the words one of which ends what stands before the verb when the pattern can match (a code,
# "C-130s", holds a hyphen; an adverb may end in "ly")
_LAST_WORDS = frozenset(n.split()[-1] for n in _DATA["craft_nouns"]) | frozenset(_DATA["subject_adverbs"]) \
    | frozenset(_DATA["relative_pronouns"])

# a finite form of "take" not opening an idiom of no carrying; an empty "noun" group as the
# other triggers have
TAKE_FORMS = tuple(_DATA["take_forms"])
_TAKE = _PATTERNS.compile(
    r"\b(?P<verb>" + "|".join(TAKE_FORMS) + r")\b"
    r"(?=\s+(?!(?:" + "|".join(_DATA["not_take_objects"]) + r")\b)[\w'’]+)(?:(?P<noun>(?!)))?", re.I)
_TAKE_WORDS = frozenset(TAKE_FORMS) | {ANY_WORD}
_TAKE_SCAN = WordAnchored(_TAKE, TAKE_FORMS)

_CARRY_FORMS = frozenset(_DATA["carry_forms"])
_LOAD_DIRECTIONS = frozenset(_DATA["load_directions"])
_LOAD_STEMS = frozenset(_DATA["load_stems"])
_NEXT_WORD = _PATTERNS.compile(r"\s*([\w'’]+)")

_NOUN_VERBS = frozenset(_DATA["noun_verbs"])
_NOUN_VERB_NEXT = frozenset(_DATA["noun_verb_next"])
# (each noun's form but its first letter, whatever its case, in lower and in upper case: a
# report holding none of them is not looked at word by word)
_NOUN_VERB_TAILS = tuple(sorted({w[1:] for w in _NOUN_VERBS} | {w[1:].upper() for w in _NOUN_VERBS}))

_TUG_OWNER = _PATTERNS.compile(_DATA["tug_owner"], re.I)


def craft_before(text: str, at: int) -> bool:
    """Does a craft's noun end the words right before ``at`` ("A ferry |took", "Two C-130s
    later |carried"), or a relative pronoun after one ("The ferry that |took", "The ferry,
    which |took")? The subject of the verb at ``at`` is then a craft. (The last word is
    looked up first: the pattern is tried only where it is a craft's noun, a code or an adverb.)"""
    words = text[max(0, at - _SUBJECT_REACH):at].split()
    if not words:
        return False
    last = words[-1].lower()
    if last not in _LAST_WORDS and "-" not in last and not last.endswith("ly"):
        return False
    return _CRAFT_BEFORE.search(text, max(0, at - _SUBJECT_REACH), at) is not None


_RELATIVES = frozenset(_DATA["relative_pronouns"])


def _after_relative(text: str, at: int) -> bool:
    """Does a relative pronoun stand right before ``at`` ("The ferry that |took")?"""
    before = text[max(0, at - 8):at].split()
    return bool(before) and before[-1].lower() in _RELATIVES


def craft_took(text: str) -> list[re.Match]:
    """The finite forms of "take" right after a craft's noun ("A ferry took 300 soldiers to B"),
    each a trigger read as "carried"; tried only where the text holds a form of "take". "took
    ... back to" is read.took_back's."""
    if _TAKE_WORDS.isdisjoint(word_set(text)):
        return []
    found = _TAKE_SCAN.finditer(text)  # (tried only at the forms of "take": see textutil.WordAnchored)
    return [m for m in found if _taken_by_a_craft(text, m.start())]


def _taken_by_a_craft(text: str, at: int) -> bool:
    """Is the form of "take" at ``at`` a craft's carrying: a craft's noun right before it, and
    not "took ... back to" (read.took_back's trigger: not read twice)? craft_took's test of each
    form, and craft_why's of the trigger it made."""
    return craft_before(text, at) and _TOOK_BACK_RE.match(text, at) is None


def craft_carried_arms(text: str, verb: re.Match) -> bool:
    """Is the trigger ``verb`` a finite "carried" or "took" after a craft's noun, with equipment of
    war as its load and a direction right after the load ("A cargo ship carried six howitzers to
    Berbera")? The craft is told, so the arms it carried moved with it."""
    word = verb.group("verb")
    if not word or word.lower() not in _CARRY_FORMS or not craft_before(text, verb.start()):
        return False
    load = object_after(text, verb.end(), len(text))
    if not load or _MATERIEL_MOVER_GATE.search(load) is None or not _names_heavy_arms(load):
        return False
    after = _NEXT_WORD.match(text, verb.end() + 1 + len(load))  # (the load keeps the space after it)
    return after is not None and after.group(1).lower() in _LOAD_DIRECTIONS


def _names_heavy_arms(load: str) -> bool:
    """Does the load name equipment of war that is no carried goods ("six howitzers", "40 rocket
    launchers", "two air defence batteries"), as its head and not as a modifier? Arms, ammunition
    and missiles carried stay no force, whatever carried them (forces._CARRIED_GOODS: "Trucks
    carried weapons and ammunition from A to B", "the artillery ammunition")."""
    from .forces import _CARRIED_GOODS  # (forces asks this module: asked late)
    for m in _MATERIEL_MOVER.finditer(load):
        if _CARRIED_GOODS.fullmatch(m.group(0)):
            continue
        after = _NEXT_WORD.match(load, m.end())
        if after is not None and (_MATERIEL_MOVER.fullmatch(after.group(1)) or _CARRIED_GOODS.fullmatch(after.group(1))):
            continue  # ("artillery ammunition": a kind of ammunition)
        return True
    return False


def craft_load_end(text: str, main: re.Match, e: int) -> int | None:
    """Where the load ends when the trigger ``main`` is a verb of carrying after a craft's noun
    ("A Navy transport carried 200 Kenyan marines| to Lamu", "Two C-17s flew 200 Polish soldiers|
    to B": craft_carries.json load_stems), within the clause ending at ``e``;
    None when it is not. A force named in the load is who moved (docs/reading.md, "A force
    carried by a craft"): clauses._actor asks it before the craft's own owner."""
    word = main.group("verb") if "verb" in main.re.groupindex else None
    if not word:
        return None
    if _stem(word) not in _LOAD_STEMS or not craft_before(text, main.start()):
        return None
    load = object_after(text, main.end(), e)
    return main.end() + 1 + len(load) if load else None


def without_craft_nouns(text: str, triggers: list) -> list:
    """The triggers but a verb form that is a craft's noun right before another trigger's finite
    verb ("A Navy transport carried 200 marines": "transport" names the craft)."""
    if not any(w in text for w in _NOUN_VERB_TAILS):
        return triggers  # (the cheap test, in C: most reports hold no such noun)
    starts = {t.start(): t for t in triggers}
    kept = []
    for t in triggers:
        word = t.group("verb")
        if word and word.lower() in _NOUN_VERBS and text[t.end():t.end() + 1] == " ":
            after = starts.get(t.end() + 1)
            if after is not None and (after.group("verb") or "").lower() in _NOUN_VERB_NEXT:
                continue
        kept.append(t)
    return kept


def tug_of_a_force(subject: str) -> str | None:
    """The words of a tug a force owns, its owner up to three words before it ("A Navy salvage
    tug", "a coast guard harbour tug"), or None. Such a tug is the force's craft, not trade."""
    if "tug" not in subject and "Tug" not in subject and "TUG" not in subject:
        return None  # (the cheap test: most subjects name no tug)
    owned = _TUG_OWNER.search(subject)
    return owned.group(0) if owned else None


_TOLD = _DATA["tug_told_before"]
_BARE_TUG = _PATTERNS.compile(_TOLD["subject"], re.I)
_TUG_WORD = _PATTERNS.compile(_TOLD["tug"], re.I)
_OWNED_BEFORE = _PATTERNS.compile(_TOLD["owned"], re.I)


def tug_told_before(text: str, subject: str, at: int) -> tuple[int, int] | None:
    """Where the force's tug told before stands (its owner's start, the tug's end), when
    ``subject`` (its words end at ``at``, the verb) is a bare "the tug" and the last tug told before
    it is a force's ("A Greek Navy tug towed the frigate to A. | The tug then sailed on to B");
    None otherwise: a bare "the tug" after a tug of trade ("A salvage tug ...") stays trade, as
    does one with no tug told before. The tug of the subject is the one told last, whatever came
    between: another tug told after the force's is the one it refers to."""
    if "tug" not in subject and "Tug" not in subject:
        return None  # (the cheap test: most subjects name no tug)
    if _BARE_TUG.fullmatch(subject) is None:
        return None
    own = at - len(subject) + subject.lower().find("tug")  # (the subject's own tug: not one told before)
    told = None
    for told in _TUG_WORD.finditer(text, max(0, own - _TOLD["reach"]), own):
        pass
    if told is None:
        return None
    owner = _OWNED_BEFORE.search(text, max(0, told.start() - 60), told.start())
    return (owner.start(), told.end()) if owner is not None else None


def craft_why(text: str, mover: str, main: re.Match, e: int) -> list[str]:
    """What of this module read the clause of ``main`` (its subject ``mover``), for the why: a
    form of "take" after a craft, arms a craft carried, a force's tug. Empty for most clauses
    (the cheap tests first)."""
    notes = []
    word = (main.group("verb") or "") if "verb" in main.re.groupindex else ""
    if not word:
        return notes
    if word.lower() in TAKE_FORMS and _taken_by_a_craft(text, main.start()):
        notes.append(f"'{word}' after a craft: it carried what it took (read.craft_carries.craft_took)")
        if _after_relative(text, main.start()):
            notes.append("the craft is the relative's subject: its carrying is told as done, whatever the main clause "
                         "says of the craft after (read.craft_carries.craft_before)")
    elif craft_carried_arms(text, main):
        notes.append("arms a craft carried somewhere moved with it (read.craft_carries.craft_carried_arms)")
    if (tug := tug_of_a_force(mover)) is not None:
        notes.append(f"'{' '.join(tug.split())}': a force's tug, no tug of trade (read.craft_carries.tug_of_a_force)")
    return notes


_PATTERNS.save()
