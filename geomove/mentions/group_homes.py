"""The country of an armed group named in a text that names no country: "RSF vehicles left Bara
overnight" reads Bara in Sudan, not Bara in Romania.

A bare town's namesakes are told apart by the countries the text names; a wire item that names
only the group ("M23 rebels entered X", "Houthi boats left Y") gave no country, and the
namesake of the largest town won anywhere. The groups and their countries are data
(group_homes.json, one country each, with the article that says so). Only when the text names
no country at all (finder.resolve): a named country is the better witness, and a group fights
beyond its home too ("RSF fighters crossed into Chad").
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..names import name_key
from ..regex_cache import CompiledPatterns
from ..textutil import tokenize, tokenize_with_texts

_DATA = json.loads(Path(__file__).with_name("group_homes.json").read_text(encoding="utf-8"))
_HOME = {name: group["country"] for group in _DATA["groups"] for name in group["names"]}
_PATTERNS = CompiledPatterns("mentions-group-homes")  # (kept code: ~1 M instructions a pattern otherwise)
# every name as written (case kept: "ELN", "Fano"; a name is a proper noun), longest first, as
# one search over the text
_NAMES = _PATTERNS.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(_HOME, key=len, reverse=True))
                           + r")(?![\w-])")
# a name another body shares ("ADF": the Australian Defence Force too) places the text only right
# before a noun of irregular fighters ("ADF rebels attacked Beni"): a state's force is told by its
# troops or personnel, which the name alone leaves to either body (gaz86)
_SHARED = {name: group["country"] for group in _DATA.get("shared_names", ()) for name in group["names"]}
_SHARED_NAMES = _PATTERNS.compile(
    r"(?<![\w-])(" + "|".join(re.escape(n) for n in sorted(_SHARED, key=len, reverse=True)) + r")\s+(?:"
    + "|".join(re.escape(w) for w in _DATA.get("fighters_nouns", ())) + r")(?![\w-])") if _SHARED else None


def group_home_countries(text: str) -> dict[str, set[str]]:
    """ISO2 -> the keys of the group names that place the text there, for each armed group of
    one country named in ``text`` (group_homes.json)."""
    found: dict[str, set[str]] = {}
    for m in _NAMES.finditer(text):
        found.setdefault(_HOME[m.group(0)], set()).add(name_key(m.group(0)))
    if _SHARED_NAMES is not None:
        for m in _SHARED_NAMES.finditer(text):
            found.setdefault(_SHARED[m.group(1)], set()).add(name_key(m.group(1)))
    return found


# A state's own force named by its name or acronym ("FARDC units", "UPDF soldiers", "the
# Tatmadaw"): the reading wing's list (read/national_forces.json, each name with its source),
# read from its file here so that the places wing does not import the reading package. The name
# names its state as a demonym does ("Congolese troops"): ContextRanking._countries_by_demonym.
# (parsed once a process: the reading wing takes its table from here, read.national_forces)
NATIONAL_FORCES = json.loads((Path(__file__).parent.parent / "read" / "national_forces.json").read_text(encoding="utf-8"))
_FORCE_HOME = {name: force["country"] for force in NATIONAL_FORCES["forces"] for name in force["names"]}
# (the names open the pattern, so that a search skips to the letters they start with: a
# look-behind before them made it try every position of every text, ~40 M instructions over
# the 380 dev documents; the character before a name found is asked below instead)
_FORCE_NAMES = _PATTERNS.compile(
    r"(?:" + "|".join(re.escape(n) for n in sorted(_FORCE_HOME, key=len, reverse=True)) + r")(?![\w-])")


# the first token of each name as the tokenizer cuts it ("Self-Defense", "People"): a name can
# start only at a token of these, so the text's tokens are asked first (a set look-up over them
# in C) and the pattern is matched only where one stands (a search of every text cost ~45 M
# instructions of `places` over the 380 dev documents; few texts hold any of these words)
# A name that ends with another listed name ("Australian Border Force", "UK Border Force": both
# end "Border Force") is found by the shorter name's first token, and the words written before it
# tell the longer one (_FORCE_HEADS: the shorter name -> the words that may stand before it): its
# own first word ("UK", "Australian") is written in many texts that name no force, each of which
# the walk over the tokens below would then take (gaz92: +0.4% of `places` with "UK" a first token)
_FORCE_HEADS: dict[str, list[str]] = {}
for _long in _FORCE_HOME:
    for _short in _FORCE_HOME:
        if _long != _short and _long.endswith(" " + _short):
            _FORCE_HEADS.setdefault(_short, []).append(_long[:-len(_short)])
_FORCE_FIRST_TOKENS = frozenset(tokenize(name)[0].text for name in _FORCE_HOME
                                if not any(name.endswith(" " + short) for short in _FORCE_HEADS))


def state_force_countries(text: str, toks: list | None = None, tok_texts: list | None = None) -> dict[str, str]:
    """ISO2 -> the name as first written, for each state's force named by its own name in
    ``text`` (read/national_forces.json: only names that stand for one state's force).
    ``toks``/``tok_texts``: the text's tokens and their texts (textutil.tokenize_with_texts),
    when the caller has them."""
    if toks is None:
        toks, tok_texts = tokenize_with_texts(text)
    found: dict[str, str] = {}
    if _FORCE_FIRST_TOKENS.isdisjoint(tok_texts):
        return found
    done = 0  # (where the last name tried ends: names do not overlap, as a search's do not)
    for i, word in enumerate(tok_texts):
        if word not in _FORCE_FIRST_TOKENS:
            continue
        at = toks[i].start
        if at < done:
            continue
        m = _FORCE_NAMES.match(text, at)
        if m is None:
            continue
        done = m.end()
        name = m.group(0)
        for head in _FORCE_HEADS.get(name, ()):
            if text.endswith(head, 0, at):  # ("Australian " before "Border Force": the longer name)
                at -= len(head)
                name = head + name
                break
        if at and (text[at - 1].isalnum() or text[at - 1] in "_-"):
            continue  # (inside a word: "xFARDC")
        found.setdefault(_FORCE_HOME[name], name)
    return found


_PATTERNS.save()  # (the code of patterns compiled anew, for the next process)
