"""A referring subject whose noun is that of an older force, not of the last one that moved:
"As SPLA-IO fighters withdrew from Nasir, army units moved in from Malakal. The opposition
fighters retreated towards the Ethiopian border."

"The opposition fighters" refers back (an article, no name of its own), and the reader carries
a referring subject on from the last movement told -- here the army units', which then
"retreated towards the border" from Malakal. Its noun ("fighters") is the noun of the force
told just before (the SPLA-IO fighters) and not of the last one ("army units"): it names that
older force (GUIDELINES: the actor is the moving force, named as the report names it), as a
capitalised name does (assemble._names_an_older_force).
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _FORCE_NOUN

_PATTERNS = CompiledPatterns("read-head-noun")

# the force noun that ends what moved ("The opposition fighters", "the remaining soldiers")
_HEAD = _PATTERNS.compile(r"\b(?P<noun>" + _FORCE_NOUN + r")\s*$", re.I)
# how many movements back the older force may have been told
HEAD_NOUN_DRAFTS = 3


# the words after a head noun that close the noun phrase: a participle ("An army convoy |
# carrying ammunition") or a preposition's phrase ("A police convoy | of forty trucks", "a column
# with tanks") -- the head stands before them
_POST_MODIFIER = _PATTERNS.compile(r"\s+(?:[a-z]+ing|of|with|from|under|under\s+the)\b")


def _head(words: str | None) -> str | None:
    """The force noun heading ``words`` (what moved), before a participle or a preposition's
    phrase that closes it ("An army convoy carrying ammunition" -> "convoy"), else None."""
    words = words or ""
    m = _HEAD.search(words)
    if m is None and (after := _POST_MODIFIER.search(words)) is not None:
        m = _HEAD.search(words, 0, after.start())
    return " ".join(m.group("noun").lower().split()) if m else None


def as_whole_words(words: str, text: str) -> bool:
    """Is ``words`` written in ``text`` with no word character right before or after it: what
    ``re.search(r"\b" + re.escape(words) + r"\b", text)`` answers for words that open and end with
    a word character, as every force noun does (a word character is re's: a letter, digit or
    underscore). Asked of each referring subject with a noun of its own, where a pattern per noun
    was built at every call; the nouns are no closed list ("peacekeeping <any word>"), so no
    pattern per noun is kept either (read.kept keeps no pattern built from a report's words)."""
    at = text.find(words)
    while at >= 0:
        end = at + len(words)
        if (at == 0 or not _word_character(text[at - 1])) and (end == len(text) or not _word_character(text[end])):
            return True
        at = text.find(words, at + 1)
    return False


def _word_character(c: str) -> bool:
    """Is ``c`` a character re's \\w matches in a str pattern (str.isalnum's, or "_")?"""
    return c.isalnum() or c == "_"


def a_word_of_its_mover(noun: str, last) -> bool:
    """Is the force noun ``noun`` (_head's: lower case) a word of what moved or of who moved in
    one of ``last``'s fragments ("troops" of "Malian troops", or of the actor "Chadian troops")?"""
    return as_whole_words(noun, " ".join(f"{f.what or ''} {f.actor or ''}" for f in last.frags).lower())


def older_named_by_noun(frag, last, drafts: list, why: list):
    """The movement ``frag``'s referring subject names by its noun, when that is not ``last``:
    the subject is headed by a force noun that heads what moved in one of the few movements
    told before ``last`` (the latest such) but is no word of ``last``'s own mover; else None."""
    noun = _head(frag.what)
    if noun is None:
        return None
    if members_of_last_formation(frag, last):
        why.append(f"sentence {frag.sentence}: '{frag.what}' are the members of the formation that moved last")
        return None
    if soldiers_told_last(frag, last):
        why.append(f"sentence {frag.sentence}: '{frag.what}' are the soldiers that moved last, by another word")
        return None
    if a_word_of_its_mover(noun, last):
        return None
    older = [d for d in drafts[-HEAD_NOUN_DRAFTS - 1:] if d is not last and d.status == last.status]
    named = [d for d in older if any(_head(f.what) == noun or _head(f.actor) == noun for f in d.frags)]
    if not named:
        return None
    why.append(f"sentence {frag.sentence}: '{frag.what}' names the {noun} of {named[-1].frags[0].what!r}, "
               f"not the last mover")
    return named[-1]


# the nouns of a moving body told as one (a convoy, a column, a flotilla): unlike a noun of people
# ("some of the soldiers"), which may name the members of any formation told last, such a noun
# names no other kind of force
_BODY_NOUN = _PATTERNS.compile(r"(?:convoys?|columns?|flotillas?|(?:naval\s+)?task\s+groups?|(?:carrier\s+)?strike\s+groups?)", re.I)


def body_named_before(frag, last, drafts: list):
    """The older movement ``frag``'s referring subject names by a body's noun ("the column",
    "the convoy"), when that is not ``last``; else None. A body named so goes on from its own
    route, not from where another force told after it got to ("A column left A for B. Aircraft
    landed at C. On Friday the column reached D": D is the column's, s34 read94)."""
    noun = _head(frag.what)
    if noun is None or not _BODY_NOUN.fullmatch(noun):
        return None
    return older_named_by_noun(frag, last, drafts, [])


# "The soldiers", "the troops" and nothing else: the people of a force, no name or mark of their own
_BARE_MEMBERS = _PATTERNS.compile(r"^\s*(?:the|these|those)\s+(?:soldiers|troops|men|personnel)\s*$", re.I)
# what moved told as a formation whose members are soldiers ("two infantry companies", "a battalion")
_FORMATION = _PATTERNS.compile(r"\b(?:compan(?:y|ies)|battalions?|brigades?|regiments?|platoons?|contingents?|"
                               r"detachments?|divisions?|battle\s+groups?)\s*$", re.I)


def members_of_last_formation(frag, last) -> bool:
    """Is ``frag``'s subject a bare noun of soldiers ("The soldiers were flown to X") right after
    a movement of a formation ("sent two infantry companies from A to B")? A company is made of
    soldiers: the bare noun refers to the formation just told, not to an older force told by
    the same noun ("800 soldiers" two sentences before).

    why: "Colombia responded by sending two infantry companies from Bogota to Puerto Carreno.
    The soldiers were flown to Villavicencio" carried Venezuela's 800 soldiers' river move on
    to Villavicencio."""
    return _BARE_MEMBERS.match(frag.what or "") is not None \
        and any(_FORMATION.search(f.what or "") for f in last.frags)


# what moved told as a force's people by one of their plain nouns ("About 250 Beninese soldiers")
_SOLDIERS = _PATTERNS.compile(r"\b(?:soldiers|troops|men|personnel|servicemen)\s*$", re.I)


def soldiers_told_last(frag, last) -> bool:
    """Is ``frag``'s subject a bare noun of soldiers ("The troops came from X") right after a
    movement of soldiers told by another of those nouns ("About 250 soldiers were deployed to
    Y")? The plain nouns of a force's people are one another's words: the bare noun refers to the
    soldiers just told, not to an older force told by the same noun ("moved troops closer to its
    border" two sentences before).

    why: cutting what moved at "closer" (s26r) made a lede's "troops" the referent of a later
    "The troops came from Parakou" over the nearer "About 250 Beninese soldiers" (unseen35's
    hand count)."""
    return _BARE_MEMBERS.match(frag.what or "") is not None \
        and any(_SOLDIERS.search(f.what or "") for f in last.frags)


_PATTERNS.save()
