"""What moved when the subject of a passive is the place the force went to: "the garrison of
Léré was reinforced by elements from Niono", "the base at X was reinforced with FAMa units from
Y", as communiqués in translation tell reinforcements. The places are read already (the
subject's place is the destination: lexicon passive_destination); what moved is the agent after
"by" or "with", not the garrison or base of the subject, which stayed where it was (GUIDELINES:
the actor is the moving force, named as the report names it).

why: the subject was read as what moved ("the garrison of Léré"), and a force named after "by"
was no actor."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _PASSIVE_DESTINATION, _stem

_PATTERNS = CompiledPatterns("read-passive-agent")

# the passive auxiliary right before the verb: "was", "had been", "has been further"
_PASSIVE_AUX = _PATTERNS.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$", re.I)
# the agent after the verb, up to where it came from or the clause goes on: "by elements (from)",
# "with 300 FAMa soldiers (sent from)", "on Monday by a company of the FAMa"
_AGENT = _PATTERNS.compile(
    # (a place told before the agent: "were relieved at Leposavic by Romanian gendarmes", s32 read87)
    r"\s+(?:on\s+\w+\s+|overnight\s+|again\s+)?(?:(?:at|in)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s+)?(?:by|with)\s+(?P<np>(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,5}?[\w'’-]+)"
    r"(?=\s+(?:from|on|who|which|that|to|sent|arriving|coming|drawn|dispatched|in|at|after|before)\b|\s*[,.;(]|\s*$)", re.I)
# a name in the agent: a capitalised word or an acronym after its first word ("FAMa units",
# "elements of the 3rd Regiment"), or a first word that is no article and is capitalised
_NAME_IN = _PATTERNS.compile(r"(?:^|\s)(?-i:[A-Z0-9][\w'’-]*)", re.I)


def place_reinforced_by(text: str, main: re.Match, e: int) -> tuple[str, str | None] | None:
    """(what moved, its actor or None) for a passive of a verb whose subject is the place the
    force went to ("X was reinforced by elements from Y"), read from the agent after "by" or
    "with"; None for any other clause."""
    verb = main.group("verb")
    if not verb or _stem(verb) not in _PASSIVE_DESTINATION or not _PASSIVE_AUX.search(text, max(0, main.start() - 30), main.start()):
        return None
    m = _AGENT.match(text, main.end(), e)
    if m is None:
        return None
    np = re.sub(r"\s+", " ", m.group("np")).strip()
    bare = re.sub(r"^(?:the|a|an)\s+", "", np, flags=re.I)
    return np, (bare if _NAME_IN.search(bare) and not bare[0].isdigit() else None)


def subject_stays(slots: list, subject_start: int, verb_at: int, why: list) -> list:
    """``slots`` with the origins read in the subject of a passive whose subject is where the
    force went ("a FAMa detachment stationed in Ménaka was reinforced by elements arriving from
    Anderamboukane", "The Ménaka garrison was reinforced by troops from Gao") read as
    destinations: the subject's place was read as where a force stood before it moved ("units
    deployed in X moved to Y", "soldiers of the X garrison were sent to Y"), but here the subject
    did not move; the agent came to it (read48)."""
    out = []
    for role, group, at in slots:
        if role == "origin" and all(subject_start <= m["start"] < verb_at for m in group):
            why.append(f"{group[0]['surface']}: destination, where the subject of the passive stands (read.passive_agent)")
            role = "destination"
        out.append((role, group, at))
    return out


def subject_before_aside(mentions: list[dict], taken: set, why: list) -> list[dict]:
    """The places of a passive's subject told before a relative aside that was cut off as a
    clause of its own ("Kidal, which the army had left in 2013, | was reached on Monday by
    soldiers from Tessalit"): ``mentions``, the places of the words before the aside, of a town's
    kind or finer (a country there names whose force, as in the clause's own subject).

    why: the clause after the aside had no subject of its own, so the place it was about was no
    end: only the agent's origin was read (the lead's notes; probes of my own, read83)."""
    from .places import _spec
    out = [m for m in mentions if id(m) not in taken and _spec(m) <= 2]
    why.extend(f"{m['surface']}: the subject of the passive, told before the relative aside cut off" for m in out)
    return out


# the preposition that locates the subject's force in an area: "the police contingent in Haiti"
_LOCATED_IN = _PATTERNS.compile(r"\b(?:in|inside|at)\s+(?:the\s+)?$", re.I)


def area_of_subject(text: str, mention: dict, spec: float) -> bool:
    """May ``mention``, an area in the subject of a passive that receives ("was reinforced"),
    be where the force went? Only when the subject locates its force in it ("The Kenyan police
    contingent in Haiti was reinforced by 217 officers from Nairobi"): a place of finer kind
    always may (clauses), a country or province told otherwise ("Ukraine's forces were
    reinforced") names whose force it is.

    why: the country was left out, and the officers from Nairobi went nowhere (probe of
    read68's)."""
    return spec <= 2 or _LOCATED_IN.search(text, max(0, mention["start"] - 12), mention["start"]) is not None


_PATTERNS.save()
