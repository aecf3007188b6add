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

from ..regex_cache import CompiledPatterns


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


# (its patterns are built from code an earlier run kept: geomove.regex_cache)
_PATTERNS = CompiledPatterns("read-semicolon-subject")

# the head of the next clause's subject before its "from": one to three lower-case words, no
# pronoun or conjunction opening it ("ash", "thick smoke", "the wind"), none a verb (a past
# tense in -ed, or one of the irregular past tenses of moving: "they came from X" tells a move)
_NEXT_SUBJECT_HEAD = _PATTERNS.compile(
    r"\s*(?!(?:and|but|then|so|they|it|he|she|we|i|you|there|later|earlier)\b)"
    r"(?!(?:[a-z'’-]+\s+){0,2}(?:[a-z'’-]+ed|came|went|fled|flew|drove|rode|ran|moved|left|got|set|sailed)\b)"
    r"[a-z'’-]+(?:\s+[a-z'’-]+){0,2}\s+$")
# the next clause's own verb right after the place its subject came from: "ash from X still
# fell", "smoke from X rose", "the wind from X was cold"
_NEXT_VERB_AFTER = _PATTERNS.compile(
    r"(?:\s+(?:province|city|town|district|region|area))?\s+(?:(?:still|also|now|again|soon|then|slowly)\s+)?"
    r"(?:was|were|is|are|had|has|have|could|would|can|will|did|fell|rose|blew|hung|lay|spread|drifted|"
    r"covered|reached|filled|poured|[a-z]{2,}ed)\b")


def from_in_next_subject(text: str, verb_end: int, cue_at: int, place_end: int) -> bool:
    """Is the "from" at ``cue_at`` part of the subject of another clause after a semicolon
    ("The column moved to A; ash from B still fell on the town"), not an origin of the verb of
    moving that ends at ``verb_end``? The words between the semicolon and "from" are a noun
    phrase with no verb, and a verb of its own follows the place (ending at ``place_end``).

    why: the reader's clause runs over the semicolon, and "from B" was read as the column's
    origin though only the ash came from B (read126)."""
    semi = text.rfind(";", verb_end, cue_at)
    if semi < 0 or text.rfind("(", verb_end, semi) > text.rfind(")", verb_end, semi):
        return False
    return _NEXT_SUBJECT_HEAD.fullmatch(text, semi + 1, cue_at) is not None \
        and _NEXT_VERB_AFTER.match(text, place_end) is not None


_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)
