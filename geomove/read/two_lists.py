"""Two lists of places with no "respectively": "Troops moved from Mekelle and Alamata towards
Woldia and Dessie".

GUIDELINES distribute a list (one movement for each place of it) and pair two lists told
"respectively" item by item. Two lists of the same length without the word are read the same
way, the n-th origin with the n-th end: the text names each place once, as a place the force
left or reached, and never says that a force left each origin for each end. Every pairing (the
reading before: four movements for two and two places) made routes up out of one sentence, half
of which cannot both be true of a force that split; the pairing in order keeps one movement for
each place told, with both its ends. Lists of different lengths ("from A and B to C") are still
distributed over the single end, as before.

why: "moved from Mekelle and Alamata towards Woldia and Dessie" read four movements (the last
session's list of reading gaps; sentences of my own, s36 read99)."""

from __future__ import annotations

from .state import Fragment


def two_lists_alike(frag: Fragment) -> bool:
    """Does ``frag`` tell a list of origins and a list of ends of the same length, each at one
    cue of its own ("from A and B towards C and D"), with no "respectively" (which pairs them
    already) and no other origin or end told apart?"""
    if frag.respectively or len(frag.origin) < 2 or len(frag.origin) != len(frag.destination):
        return False
    return len({at for _p, at in frag.origin}) == 1 and len({at for _p, at in frag.destination}) == 1


def paired_in_order(each: list[list]) -> list | None:
    """The routes of two lists paired in order: ``each`` holds, for each origin, its routes to
    every end; the n-th origin's route to the n-th end. None when an origin's routes are not one
    for each origin (ends merged or dropped: the lists are not alike after all)."""
    if not all(len(r) == len(each) for r in each):
        return None
    return [r[n] for n, r in enumerate(each)]


def why_paired(frag: Fragment) -> str:
    return (f"sentence {frag.sentence}: two lists of {len(frag.origin)} places, no 'respectively': "
            f"the n-th origin paired with the n-th end (read.two_lists)")
