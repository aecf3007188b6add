"""A list item whose subject is told once, above the list: "Key takeaways" bullets and
"What we know" points ("- Pushed into the Zakho district from Uludere on Monday", "- Moved 300
commandos from A to B"). The item opens with its verb, capitalised because it opens the item,
and the force that moved is the one the heading or the lede names.

Without this the verb was read as a name (a capitalised word inside a sentence is a name,
clauses._Reader.fragment: "On March 3", "Land Forces") because the bullet mark stands before it,
and the item told no movement."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .forces import _actor_names

_PATTERNS = CompiledPatterns("read-bullets")

# only a bullet mark (or a number and a point) before the word, then the word is followed by a
# word in lower case (after a count): "- Moved about", "- Sent 300 troops"; not "- March 12:" (a date) nor
# "- Land Forces moved" (a name) nor "- The army" (no trigger)
_ITEM_MARK = _PATTERNS.compile(r"\s*(?:[-–—*•·▪]|\(?\d{1,2}[.)])\s+")
_LOWER_WORD_AFTER = _PATTERNS.compile(r"\s+(?:about\s+|some\s+|[\d,]+\s+)?[a-z]")


def verb_opens_item(text: str, s: int, at: int, end: int) -> bool:
    """The capitalised word at ``at``..``end`` in the clause starting at ``s`` opens a list item
    (only a bullet mark before it) and a lower-case word follows: a verb with no subject, not a
    name."""
    return bool(_ITEM_MARK.fullmatch(text, s, at)) and bool(_LOWER_WORD_AFTER.match(text, end))


# a line that heads a list rather than telling: "Key takeaways", "What we know:", "Key points:"
# (a few words, or ending in a colon), or a headline with no full stop
_HEADING_LINE = _PATTERNS.compile(r"[^.!?\n]{0,60}:\s*|(?:\S+[ \t]+){0,5}\S+[ \t]*")
_SENTENCE_END = _PATTERNS.compile(r"[.!?](?=\s)")
_ARTICLE = _PATTERNS.compile(r"^(?:the|a|an)\s+", re.I)


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


# where each walk up a list began, and what it found, for the text last asked about: every
# item of a list of hundreds walked up over all the items above it (the text is held, so
# ``is`` cannot meet another text at a reused address; one tuple, read once, so that two
# threads reading at once each get the walks of their own text)
_WALKED: list = [(None, {})]  # (text, line start -> what the walk from it found)


def list_lede(text: str, s: int) -> tuple[int, int] | None:
    """The first sentence of the paragraph that leads the list whose item holds offset ``s``:
    walking up from the item over the list's other items, blank lines and heading lines ("Key
    takeaways", "Key points:"); None when ``s`` is in no list item or no paragraph leads it.
    (A walk that reaches a line an earlier walk passed ends where that one did: what lies above
    a line is the same for every item below it.)"""
    start = _line_start(text, s)
    if not _ITEM_MARK.match(text, start):
        return None
    seen = _WALKED[0]
    if seen[0] is not text:
        seen = _WALKED[0] = (text, {})
    walked = seen[1]
    passed, found = [], None
    while start > 0:
        if start in walked:
            found = walked[start]
            break
        passed.append(start)
        end = start - 1  # the newline before the line
        start = _line_start(text, end)
        line = text[start:end]
        if not line.strip() or _ITEM_MARK.match(text, start) or _HEADING_LINE.fullmatch(line.strip()):
            continue
        stop = _SENTENCE_END.search(text, start, end)
        found = start, stop.end() if stop else end
        break
    for at in passed:
        walked[at] = found
    return found


def lede_actor(text: str, s: int) -> str | None:
    """Who moved in a list item that names no force of its own: the force that is the subject of
    the list's lede ("Turkish forces widened their operation ... What we know:" over "- Pushed
    into the Zakho district from Uludere"). The lede's first force name, when it opens the
    sentence (its subject, not an object: "... against the PKK")."""
    lede = list_lede(text, s)
    if lede is None:
        return None
    name = next(_actor_names(text, *lede), None)
    if name is None or text[lede[0]:name.start()].strip(" \t\"'“"):
        return None
    return re.sub(r"\s+", " ", _ARTICLE.sub("", name.group("actor").strip()))


_PATTERNS.save()
