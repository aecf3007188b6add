"""Who moved, when the clauses of one movement name it differently: a state in one ("Pakistan
has moved additional troops to the border", a lede) and the force in another ("Two battalions
of the Frontier Corps were moved from Peshawar to Landi Kotal", the body). The force is who
moved (GUIDELINES: the actor is the force that moved, as the text names it); the state only
sent it.

why: a movement's actor was its first clause's, so a lede that named the state gave the actor
of every body movement it was merged with, and 'Frontier Corps' and 'the army' were lost."""

from __future__ import annotations


def _state_alone(frag) -> bool:
    """Is the fragment's actor a state named by itself ("Pakistan", "Russia"), the country
    mention its force is from (clauses._actor gives the state's mention as its home)?"""
    home = frag.actor_home
    return bool(home) and (home.get("surface") or "") == frag.actor


def actor_of(frags: list) -> str | None:
    """The actor of a movement told by ``frags``: the first that names a force, else the first
    named at all."""
    named = [f for f in frags if f.actor]
    return next((f.actor for f in named if not _state_alone(f)), named[0].actor if named else None)
