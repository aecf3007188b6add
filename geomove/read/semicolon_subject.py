"""The second of two clauses joined by a semicolon has its own subject: "Myanmar junta column
retakes Kawkareik road; KNLA says it pulled back from Myawaddy", "The army retook the road; the
KNLA said it withdrew from X". The reader's clause runs over the semicolon, and the actor of the
verb after it was the first actor of the whole clause (the junta's column, which did not pull
back).

A headline of two clauses is common in wire copy (read62: the KNLA's pullback had the junta as
its actor, in the headline and, merged with it, in the body). The words after the semicolon are
asked first; when they name no actor ("...; they then went on to Y") the whole clause is, as
before."""

from __future__ import annotations


def after_semicolon(text: str, s: int, verb_at: int) -> int | None:
    """Where the words after the last semicolon between the clause's start ``s`` and its verb
    at ``verb_at`` begin; None with no semicolon there (or one inside brackets, which joins no
    clauses: "(A; B)")."""
    semi = text.rfind(";", s, verb_at)
    if semi < 0:
        return None
    if text.rfind("(", s, semi) > text.rfind(")", s, semi):
        return None
    return semi + 1
