"""The kind of force a movement's subject names: a state's regular force ("75 Salvadoran
soldiers", "a contingent", "police reinforcements") or an irregular armed group ("gangs",
"gunmen", "rebels", "militants"). Two movements told of different kinds are two movements,
whatever places they share: a feature of events.same_event (weights.SAME_EVENT
"different_force_kinds").

why: "Second Salvadoran contingent lands in Haiti; gangs push into Mirebalais" was one
movement (Mirebalais lies in Haiti, a shared end), and the contingent went to Mirebalais:
"gangs" named no actor, so no two actors were told apart."""

from __future__ import annotations

import re

from .armed_groups import KNOWN_GROUP_NAMES
from .lexicon import FORCE_KINDS

from ..regex_cache import CompiledPatterns

# (its patterns are built from code an earlier run kept: geomove.regex_cache)
_PATTERNS = CompiledPatterns("read-force-kinds")

# the head nouns of each kind, in the plural and singular a report writes them (lexicon.json
# force_kinds, one list with cuts._OTHER_FORCE_AFTER's)
_REGULAR = frozenset((*FORCE_KINDS["regular"], *FORCE_KINDS["service_people"]))  # (and its people by their service)
_IRREGULAR = frozenset(FORCE_KINDS["irregular"])
# ... and the pairs of words that name one ("armed men": neither word alone, as "armed forces" or
# "500 men" of an army are no irregular group)
_IRREGULAR_PAIRS = frozenset(tuple(pair.split()) for pair in FORCE_KINDS["irregular_pairs"])
_WORD = _PATTERNS.compile(r"[a-z]+")
# a group news names bare ("Houthis", "al-Shabaab", "Hezbollah") as who moved: an irregular force,
# whatever words say what moved ("The Houthis said they had sent reinforcements to X")
_GROUP_NAMED = _PATTERNS.compile(r"(?<![\w-])" + KNOWN_GROUP_NAMES + r"(?![\w-])", re.I)


def force_kind(words: str | None) -> str | None:
    """'regular', 'irregular' or None (no word of either kind, or words of both) for the words
    naming what moved."""
    listed = _WORD.findall((words or "").lower())
    found = set(listed)
    regular = bool(found & _REGULAR)
    irregular = bool(found & _IRREGULAR) or any(pair in _IRREGULAR_PAIRS for pair in zip(listed, listed[1:]))
    if regular == irregular:
        return None
    return "regular" if regular else "irregular"


def draft_kind(draft) -> str | None:
    """The kind of force a movement read so far names, by the first of its fragments that names
    one; else irregular when a fragment's actor is a group news names bare (armed_groups.json
    names): "The Houthis said they had sent reinforcements to Marib" is no movement of the
    "government troops" who withdrew toward Marib."""
    kind = next((k for k in (force_kind(f.what) for f in draft.frags if f.what) if k), None)
    if kind is None and any(f.actor and _GROUP_NAMED.search(f.actor) for f in draft.frags):
        return "irregular"  # (by who moved, when the words of what moved say no kind)
    if kind is None:
        # (or by the common nouns of who moved: "The army has moved several units to A after
        # Fano militiamen entered A": the units name no kind, the army does; a name's words say
        # nothing of its kind, "the Gang Suppression Force" is a police mission; s40 lead)
        kind = next((k for k in (force_kind(_common_words(f.actor)) for f in draft.frags if f.actor) if k), None)
    return kind


# the nouns that name a state's police alone, and those that name its armed forces alone
# (lexicon.json force_kinds police / military)
_POLICE = frozenset(FORCE_KINDS["police"])
_MILITARY = frozenset(FORCE_KINDS["military"])


def force_service(words: str | None) -> str | None:
    """'police', 'military' or None (no word of either, or words of both: "police and soldiers")
    for the words naming what moved."""
    found = set(_WORD.findall((words or "").lower()))
    police, military = bool(found & _POLICE), bool(found & _MILITARY)
    if police == military:
        return None
    return "police" if police else "military"


def draft_service(draft) -> str | None:
    """Whether a movement read so far is a police force's or an army's, by the first of its
    fragments whose words of what moved name one, else by the common nouns of who moved ("the
    Australian police"); None when none does.

    why: "The Australian police contingent landed at X" and, in the next entry of a live blog,
    "34 soldiers flew from A to X" shared only their end and were one movement; "A police
    special forces unit left A" and "the patrol ship seen leaving A ... with a company of
    marines" likewise (s48 read134, live blogs of my own)."""
    service = next((k for k in (force_service(f.what) for f in draft.frags if f.what) if k), None)
    if service is None:
        service = next((k for k in (force_service(_common_words(f.actor)) for f in draft.frags if f.actor) if k), None)
    return service


def _common_words(actor: str) -> str:
    """The words of ``actor`` written in lower case (its common nouns, not a name's words)."""
    return " ".join(w for w in actor.split() if w[:1].islower())
_PATTERNS.save()
