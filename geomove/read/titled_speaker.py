"""A speaker named with rank and title in apposition before the verb of saying, as statements in
translation name them: "Colonel Souleymane Dembélé, spokesman of the FAMa, said units of the 3rd
brigade relocated from A to B", "Major General Ahmed Khalil, commander of the 16th Infantry
Division, said his forces had marched from A to B".

- The words of saying open the part after the title's closing comma, with no word before them,
  so they stayed in what moved ("said units of the 3rd brigade"): what moved is the words after
  them (:func:`without_saying`).
- "his forces", "his troops", "its units" after a speaker who commands a force name that force:
  the actor is the force of the title (:func:`force_of_title`; GUIDELINES: the actor is the
  moving force, named as the report names it). Only "commander/head/chief of" a force in the
  apposition, and a possessive that is the whole subject.

- An aside naming who commands the force (", under the command of Colonel X,") is no part of
  what moved (:func:`what_before_command_aside`).

why: the first was read as what moved; the second had no actor."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _BARE_SUBJECT_GAP

_PATTERNS = CompiledPatterns("read-titled-speaker")

# the words of saying that open what was read as what moved: "said units of ...", "told AFP that"
_SAYING_OPENS = _PATTERNS.compile(r"^\s*(?:said|says|added|stated|announced|reported|confirmed|told\s+(?:[\w'’-]+\s+){0,2}?)"
                                  r"(?:\s+(?:on\s+\w+|in\s+a\s+statement|that))*\s+(?=\S)", re.I)


def without_saying(what: str | None) -> str | None:
    """``what`` without the words of saying that open it ("said units of the 3rd brigade" ->
    "units of the 3rd brigade")."""
    if not what:
        return what
    m = _SAYING_OPENS.match(what)
    return what[m.end():] if m and len(what) > m.end() else what


# ", commander of the 16th Infantry Division, said his forces (had marched)": the force of the title,
# then the possessive subject up to the verb
_TITLE_THEN_HIS = _PATTERNS.compile(
    r",\s*(?:the\s+)?(?:commander|head|chief|leader|commanding\s+officer)\s+of\s+(?:the\s+)?"
    r"(?P<force>(?:[\w'’-]+\s+){0,5}?(?:[Dd]ivision|[Bb]rigade|[Rr]egiment|[Bb]attalion|[Cc]orps|[Aa]rmy|[Ff]orces?|[Cc]ommand|[Gg]roup|[Cc]ontingent|[Ff]leet|[Gg]uard))"
    r"\s*,\s*(?:said|says|added|stated|told\s+(?:[\w'’-]+\s+){0,2}?)(?:\s+that)?\s+(?:his|her|its|their)\s+"
    r"(?:forces|troops|men|soldiers|units|fighters|unit|division|brigade|regiment|battalion)" + _BARE_SUBJECT_GAP.pattern + r"$", re.I)


def force_of_title(text: str, s: int, verb_at: int) -> str | None:
    """The force a speaker commands, told in the title set off by commas before "said", when the
    subject of the verb at ``verb_at`` is "his forces" or the like; None otherwise."""
    m = _TITLE_THEN_HIS.search(text, s, verb_at)
    return re.sub(r"\s+", " ", m.group("force")) if m else None


# an aside that names who commands the force before it: ", under the command of Colonel X,",
# ", commanded by Major Y,", ", headed by General Z,"
_COMMAND_ASIDE = _PATTERNS.compile(r",\s*(?:under\s+the\s+(?:command|leadership|orders)\s+of|(?:commanded|headed|led)\s+by)\b[^,;]{0,60},", re.I)


def what_before_command_aside(text: str, s: int, e: int, what: str | None) -> str | None:
    """What moved when an aside naming its commander follows the force ("Units of the 4th
    brigade, under the command of Colonel X, moved"): the words before the aside, when what was
    read is the aside's own words.

    why: "under the command of Colonel Issa Diallo" was read as what moved."""
    m = _COMMAND_ASIDE.search(text, s, e)
    if m is None or not what or what.strip(" ,") not in m.group(0):
        return what
    head = text[s:m.start()]
    return head[head.rfind(",") + 1:].strip() or what


_PATTERNS.save()
