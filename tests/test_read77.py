"""read77 (s28a): patterns anchored with '^' but searched from an offset.

``pattern.search(text, pos)`` (and match, finditer, ...) never lets '^' match at ``pos``: only
at the text's real start, or after a line break under re.M. A pattern written for "the clause's
start" and searched from the clause's offset therefore matched only in a report's first
sentence. The audit below lists every call of a compiled pattern of the reading and places wings
whose source can anchor with '^' and that is given a position; each is reviewed here, with why
the offset is right for it. A new such call fails the audit until it is reviewed."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import geomove
from geomove.regex_cache import as_pattern

ROOT = Path(geomove.__file__).parent
_METHODS = {"search", "match", "fullmatch", "finditer", "findall"}

# (module, pattern) -> why searching from an offset is right for it
REVIEWED = {
    ("geomove.read.clauses", "_ONE_OF_GROUP"):
        "'one' opening the clause: the anchor fix alone reads no movement better ('Two convoys left A. "
        "One reached B and another arrived in C' still lacks the group's origin); left for a rule that "
        "carries a group told in the sentence before",
    ("geomove.read.cuts", "_NAME_BEFORE"):
        "a name right before ', where': a finite verb stands before it in the clause, so the name never "
        "opens the clause; the window's start inside a word must not match",
    ("geomove.read.filed_day", "_CITY_COMMA_BEFORE"):
        "a dateline's city at the text's start or after a line break ((?:^|\\n)): the window's start is no line start",
    ("geomove.read.filed_day", "_DATELINE_BEFORE"): "searched from 0: '^' is the text's start",
    ("geomove.read.framing", "_SENTENCE_HEAD"):
        "a sentence's start by its mark before it, or the text's start; the 4-character window's start is none",
    ("geomove.read.handed_town", "_HANDING_BEFORE"):
        "'handing' after a space inside the window (the verb before it ends the window's start); '^' unused",
    ("geomove.read.opening_noun_phrase", "_OPENS_BEFORE"):
        "a sentence's start by its mark, or the text's start; the 60-character window's start is none",
    ("geomove.read.own_count_told", "_BODY_TITLE"):
        "searched on the clause's own words (its '^' the clause's start); the 80-character window inside them must not match",
    ("geomove.read.roles", "_GARRISON_SUBJECT"):
        "a sentence's start by its mark or a line break, or the text's start; the 40-character window's start is none",
    ("geomove.read.status", "_SENTENCE_START"):
        "a sentence's start by its mark or a line break, or the text's start; the 300-character window's start is none",
    ("geomove.read.table_rows", "_CELL"): "re.M: '^' after the line break that starts the row",
    ("geomove.mentions.capitals", "_THE_BEFORE"):
        "'the' after a non-word character inside the window, or at the text's start; the window's start is none",
    ("geomove.mentions.capitals", "_CAPITAL_OF_BEFORE"):
        "'the capital of' after a non-word character inside the window, or at the text's start",
}


def _can_anchor(source: str) -> bool:
    """Can the pattern's source match '^' outside a character class (unescaped)?"""
    s = re.sub(r"\\.", "", source)
    s = re.sub(r"\[\^", "[", s)
    s = re.sub(r"\[[^\]]*\]", "", s)
    return "^" in s


def anchored_calls_with_a_position() -> set[tuple[str, str]]:
    """(module, name) of every module-level compiled pattern that can anchor with '^' and is
    called in its own module with a position argument."""
    found = set()
    for wing in ("read", "mentions"):
        for path in sorted((ROOT / wing).glob("*.py")):
            name = f"geomove.{wing}.{path.stem}"
            module = importlib.import_module(name)
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                        and node.func.attr in _METHODS and isinstance(node.func.value, ast.Name)):
                    continue
                if len(node.args) < 2 and not any(k.arg == "pos" for k in node.keywords):
                    continue
                pattern = as_pattern(getattr(module, node.func.value.id, None))  # (a kept one: built now)
                if isinstance(pattern, re.Pattern) and _can_anchor(pattern.pattern):
                    found.add((name, node.func.value.id))
    return found


def test_every_anchored_pattern_searched_from_an_offset_is_reviewed():
    found = anchored_calls_with_a_position()
    assert found - REVIEWED.keys() == set(), "review: '^' never matches at a search's pos"
    assert REVIEWED.keys() - found == set(), "no longer called with a position: drop it from REVIEWED"


def test_the_audit_sees_an_anchored_pattern_called_with_a_position():
    assert _can_anchor(r"(?:^|,)\s*$") and _can_anchor(r"^\s+as")
    assert not _can_anchor(r"[^,]+\^") and not _can_anchor(r"\band\b")
    assert ("geomove.read.status", "_SENTENCE_START") in anchored_calls_with_a_position()


def test_a_place_that_speaks_opening_a_later_clause():
    """no_force._speaker_of_place: 'Kyiv said ...' opening a clause other than the text's first
    (its _PLACE_SPEAKS_BEFORE read through read.clause_window)."""
    from geomove.read.no_force import _speaker_of_place
    text = "Fighting went on overnight. Kyiv said troops left Tokmak."
    at = text.index("Kyiv")
    assert _speaker_of_place(text, {"start": at, "end": at + 4}, len(text), at)
    first = "Kyiv said troops left Tokmak."
    assert _speaker_of_place(first, {"start": 0, "end": 4}, len(first), 0)


def test_a_pronoun_opening_a_later_clause_refers_back():
    """assemble._only_places_passed: 'It then drove through C' opening a later sentence refers
    back by its pronoun, as a relative pronoun does, though the clause was not marked anaphoric."""
    from geomove.read.assemble import _only_places_passed
    from geomove.read.state import Fragment
    text = "The column left Gao for Kidal. It then drove through Bourem."
    frag = Fragment(sentence=1, trigger="drove", trigger_start=text.index("drove"),
                    via=[({"name": "Bourem"}, text.index("through"))])
    assert _only_places_passed(frag, text, text.index("It"))
    own = "The column left Gao for Kidal. Lorries drove through Bourem."
    frag = Fragment(sentence=1, trigger="drove", trigger_start=own.index("drove"),
                    via=[({"name": "Bourem"}, own.index("through"))])
    assert not _only_places_passed(frag, own, own.index("Lorries"))


def test_the_window_before_an_offset_reads_the_clause_start():
    from geomove.read.clause_window import before_in_clause
    opens = re.compile(r"(?:^|,)\s*$")
    text = "The army moved. Two officers said so."
    s = text.index("Two")
    assert before_in_clause(opens, text, s, s, 12) is not None  # the clause's start
    assert before_in_clause(opens, text, 0, s, 12) is None  # a window inside the clause: no start
    assert before_in_clause(opens, "a, b", 0, 3, 12) is not None  # a comma


def test_the_speaker_told_after_closes_the_sentence():
    """read.speaker_after: the body must close the sentence, and the subject name no owner."""
    from geomove.read.speaker_after import speaker_told_after

    def told(text: str, verb: str):
        at = text.index(verb)
        return speaker_told_after(text, 0, at, at + len(verb))
    assert told("Two battalions moved to Mandera, Kenya's army said on Monday.", "moved") == "Kenya's army"
    assert told("A mechanised battalion moved to Mandera, the army said in a statement.", "moved") == "army"
    assert told("Two battalions moved to Mandera, Kenya's army said, after clashes.", "moved") is None
    assert told("Two Somali battalions moved to Mandera, Kenya's army said.", "moved") is None
    assert told("Two battalions moved to Mandera, a local official said.", "moved") is None
