"""One key per actor, and a colour derived from it that stays the same from map to map.

"RSF convoy", "the RSF" and "Rapid Support Forces" are one actor, and so are "Russian
forces" and "Russian troops": formation words that say *what* moved (convoy, column,
units, troops, forces...) are dropped, and a name of three or more
capitalised words is keyed by its initials, which is how reports abbreviate it. The colour
is a hash of the key into a palette that colour-blind readers can tell apart (Okabe & Ito,
completed with three of Paul Tol's "muted" colours), so an actor keeps its colour in every
map; within one map a clash moves the later actor to the next free colour.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter

from ..log.keys import actor_key

# Okabe-Ito (without yellow and black: unreadable on a pale basemap / taken by text),
# then Tol muted wine, indigo, olive.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#882255", "#332288",
           "#999933", "#A6761D")
UNKNOWN_COLOUR = "#555555"
FORMATION_WORDS = {"convoy", "convoys", "column", "columns", "unit", "units", "troops", "soldiers",
                   "fighters", "reinforcements", "vehicles", "personnel", "detachment", "elements"}
DISPLAY_DROPS = {"convoy", "convoys", "column", "columns", "unit", "units", "fighters", "elements", "detachment"}
SMALL_WORDS = {"of", "the", "and", "for", "al", "el", "de", "du", "la"}


def actor_id(actor: str | None) -> str | None:
    """The key an actor is grouped and coloured by; None when unknown."""
    if not actor or not actor.strip():
        return None
    words = re.findall(r"[\w'’.-]+", actor)
    while len(words) > 1 and words[-1].lower() in FORMATION_WORDS:
        words.pop()
    while len(words) > 1 and words[0].lower() in {"the", "a", "an"}:
        words.pop(0)
    core = [w for w in words if w.lower() not in SMALL_WORDS]
    if len(core) >= 3 and all(w[:1].isupper() for w in core):
        return "".join(w[0] for w in core).lower()
    # "Russian forces" and "Russian troops" alike; only now, as "Forces" counts in an initialism
    while len(words) > 1 and words[-1].lower() in ("forces", "force"):
        words.pop()
    return actor_key(" ".join(words))


def display_name(actor: str) -> str:
    """The actor without the formation words that say what moved: 'RSF convoy' -> 'RSF'."""
    words = actor.split()
    while len(words) > 1 and re.sub(r"\W", "", words[-1]).lower() in DISPLAY_DROPS:
        words.pop()
    return " ".join(words)


def colour_of(key: str | None) -> str:
    if key is None:
        return UNKNOWN_COLOUR
    digest = hashlib.sha1(key.encode("utf-8")).digest()
    return PALETTE[int.from_bytes(digest[:4], "big") % len(PALETTE)]


def assign(actors: list[str | None]) -> tuple[list[str | None], list[tuple[str | None, str, str]]]:
    """(key per input actor, [(key, display name, colour)] most frequent first).

    The display name is the longest spelling seen (the full name over its initials);
    colours are derived from the key, a clash within this map taking the next free one.
    """
    keys = [actor_id(a) for a in actors]
    spellings: dict[str | None, Counter] = {}
    for key, actor in zip(keys, actors):
        spellings.setdefault(key, Counter())[(actor or "").strip()] += 1
    # most frequent first; the unknown actor last whatever its count
    order = sorted(spellings, key=lambda k: (k is None, -sum(spellings[k].values()), k or ""))
    used: set[str] = set()
    out = []
    for key in order:
        if key is None:
            out.append((None, "unknown actor", UNKNOWN_COLOUR))
            continue
        colour = colour_of(key)
        if colour in used and len(used) < len(PALETTE):
            start = PALETTE.index(colour)
            colour = next(PALETTE[(start + k) % len(PALETTE)] for k in range(len(PALETTE))
                          if PALETTE[(start + k) % len(PALETTE)] not in used)
        used.add(colour)
        names = Counter()
        for spelling, n in spellings[key].items():
            names[display_name(spelling)] += n
        name = max(names, key=lambda s: (len(s.split()) >= 2 and not s.isupper(), names[s], len(s)))
        out.append((key, name, colour))
    return keys, out
