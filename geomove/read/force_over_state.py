"""Who moved, when the clauses of one movement name it differently: a state in one ("Pakistan
has moved additional troops to the border", a lede) and the force in another ("Two battalions
of the Frontier Corps were moved from Peshawar to Landi Kotal", the body). The force is who
moved (GUIDELINES: the actor is the moving force, named as the report names it); the state only
sent it.

why: a movement's actor was its first clause's, so a lede that named the state gave the actor
of every body movement it was merged with, and 'Frontier Corps' and 'the army' were lost."""

from __future__ import annotations

from .state_organs import names_an_organ


def _state_alone(frag) -> bool:
    """Is the fragment's actor a state named by itself ("Pakistan", "Russia"), the country
    mention its force is from (clauses._actor gives the state's mention as its home)?"""
    home = frag.actor_home
    return bool(home) and (home.get("surface") or "") == frag.actor and not _national_force(frag.actor)


def _national_force(actor: str | None) -> bool:
    """Is ``actor`` a state's force by its own name ("IDF", "FAMa", "UPDF"), whose home is
    the name's state (read.national_forces): the moving force, not a state that sent it?

    why: "The IDF moved two brigades into Rafah. Israeli troops entered Rafah ..." took 'Israeli
    troops' as the actor, the IDF read as the state named alone."""
    from .national_forces import COUNTRY_OF_FORCE  # (here: national_forces imports clauses, which imports this module)
    return actor in COUNTRY_OF_FORCE


def _sender(frag) -> bool:
    """Does the fragment's actor name who sent the force rather than the force: a state named by
    itself, or a state's organ ("the Guyanese government said it had sent 150 soldiers",
    read.state_organs)?

    why: once the organ was read in any sentence (s28a), a lede's "<demonym> government"
    outranked the headline's state as though it were a force, though both only name who sent."""
    return _state_alone(frag) or names_an_organ(frag.actor)


# a force's kind alone, as a later clause refers back to the force named before: "The brigade's
# tanks were moved by rail to Sumy" after "Ukraine has redeployed the 47th Mechanised Brigade"
_BARE_KINDS = frozenset(("unit", "units", "brigade", "battalion", "regiment", "division", "company", "contingent",
                         "detachment", "formation"))


def _bare_kind(frag) -> bool:
    """Is the fragment's actor a force's kind word alone ("brigade", "unit"): a reference back to
    the force, which names it no better than the state that sent it?"""
    return (frag.actor or "").strip().lower() in _BARE_KINDS


def _by_name(frag) -> bool:
    """Does the fragment name who moved, not only describe it: a state or nation of its own
    ("Rwandan troops", clauses._actor's home), an initialism ("RSF fighters"), or a capitalised
    word after the first ("the Wagner group", "fighters of Hayat Tahrir al-Sham")? (A title's first
    word is capitalised whatever it is: "Paramilitary column" names no one.)"""
    words = (frag.actor or "").split()
    return bool(frag.actor_home) or any(len(w) > 1 and w.strip(".,'’").isupper() for w in words) \
        or any(w[:1].isupper() for w in words[1:])


def actor_of(frags: list) -> str | None:
    """The actor of a movement told by ``frags``: the first that names a force, else the first
    named at all; a kind word alone only when nothing else is named.

    why: "Ukraine has redeployed the 47th Mechanised Brigade ... The unit's Bradley fighting
    vehicles were moved by rail to Sumy" made the movement's actor 'unit' (s34m), and with no
    actor words of its own it was then merged with North Korean troops told next.
    And a title describes who moved where the body names it ("Militia convoy heads for Goma" /
    "M23 fighters drove towards Goma on Monday", events._title_describes merges the two): the
    title's description gives way to a body clause that names the force (_by_name)."""
    named = [f for f in frags if f.actor]
    named = [f for f in named if not _bare_kind(f)] or named
    if any(_by_name(f) for f in named if not f.headline):
        named = [f for f in named if not (f.headline and not _by_name(f))]
    return next((f.actor for f in named if not _sender(f)), named[0].actor if named else None)
