"""Two services of one state are two forces: "The Army has moved a brigade to eastern Ladakh"
and "The IAF has deployed a detachment of Apache helicopters at Leh" are two movements, though
Leh lies in Ladakh (read55: the Apaches were merged into the Army's move by the shared end alone,
because "Army" is a generic actor word and the same-event decision's different_actors needs a
word of each). An actor's service is told by its service word or the initials of an air force
(a feature of events.same_event: different_services).

The words are English usage and the air forces' common initials, written for geomove."""

from __future__ import annotations

import functools

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-service-branch")

# (service word or initials, as written with capitals: its branch)
_BRANCHES = {
    "Air Force": "air", "IAF": "air", "PAF": "air", "USAF": "air", "RAF": "air", "ROKAF": "air",
    "Navy": "navy", "Marine Corps": "marines", "Marines": "marines", "Coast Guard": "coast guard",
    "Army": "army", "National Guard": "national guard",
}
_BRANCH_WORD = _PATTERNS.compile(r"\b(?:" + "|".join(sorted((k.replace(" ", r"\s+") for k in _BRANCHES),
                                                             key=len, reverse=True)) + r")\b")


@functools.lru_cache(maxsize=4096)
def branch_of(actor: str | None) -> frozenset | None:
    """The services an actor names ("IAF": {"air"}; "Pakistan Army and Frontier Corps":
    {"army"}), None when it names none."""
    if not actor:
        return None
    found = frozenset(_BRANCHES[" ".join(m.group(0).split())] for m in _BRANCH_WORD.finditer(actor))
    return found or None


def different_branches(a: str | None, b: str | None) -> bool:
    """Do actors ``a`` and ``b`` both name a service, and no service in common?"""
    ba, bb = branch_of(a), branch_of(b)
    return ba is not None and bb is not None and not ba & bb


def service_named_after_troops(a: str | None, b: str | None) -> bool:
    """Does actor ``b`` name a service other than the army ("the National Guard", "the Air
    Force") where ``a`` names none ("Malian troops")? A service named as the subject of its own
    move after a state's troops were told is another force (GUIDELINES: a different actor makes
    a new movement); the army is left out, as "the Army" is the usual name of the troops told.
    (a feature of events.same_event: service_named_apart)

    why: "troops were flown from A to a town; the National Guard then moved men to a village in
    the town's district" was read as one movement, A -> the village, by the shared area alone
    (s43 read117)."""
    bb = branch_of(b)
    return bool(a) and bb is not None and bool(bb - {"army"}) and branch_of(a) is None


_PATTERNS.save()
