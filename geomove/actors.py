"""One actor key and one actor query, for the log, the maps and every filter.

``actor_key`` is how a movement's actor is stored and searched: casefolded, accents, dots
and a leading "the" dropped ('U.S. Forces' and 'US forces' alike). An analyst's ``--actor``
query is an :class:`ActorQuery`: its key, its initials when it is a name of several words,
and, when it is initials, the stored names they abbreviate. A movement matches when one of
those variants is its actor key or a run of whole words in it ("US" finds "US forces" and
"U.S.-led coalition", not "Russian forces"; "RSF" finds "Rapid Support Forces").

The log asks the same question in SQL (``MovementLog.query``), ``render`` from files asks
it of each feature (``maps.select``): both take the variants from here, so ``list --actor``
and ``render --actor`` pick the same movements. (The map's colour grouping,
``maps.actors.actor_id``, builds on ``actor_key`` to put "RSF convoy" and "the RSF" under
one colour; it decides colours, not what a filter keeps.)
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable

# Words a name's initials skip: "Islamic State of Iraq and the Levant" is ISIL.
NOT_INITIALLED = frozenset({"of", "the", "and", "for", "al", "el"})


def actor_key(actor: str | None) -> str | None:
    """'U.S. Forces' and 'US forces' alike: casefolded, accents, dots and 'the' dropped."""
    if not actor:
        return None
    return _actor_key(actor)


@lru_cache(maxsize=4096)  # a log has few distinct actors; bulk loads repeat them
def _actor_key(actor: str) -> str | None:
    text = unicodedata.normalize("NFKD", actor)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[.'’]", "", text)
    text = re.sub(r"[\W_]+", " ", text).strip()
    text = re.sub(r"^the ", "", text)
    return text or None


def initials(key: str) -> str | None:
    """'rapid support forces' -> 'rsf'; None for one word or words that are not letters."""
    words = [w for w in key.split() if w not in NOT_INITIALLED]
    if len(words) >= 2 and all(w.isalpha() for w in words):
        return "".join(w[0] for w in words)
    return None


@dataclass(frozen=True)
class ActorQuery:
    """An analyst's actor filter: the variants any of which an actor key must hold as whole words."""
    text: str
    variants: tuple[str, ...]

    @classmethod
    def parse(cls, actor: str, known_keys: Callable[[], Iterable[str]] | None = None) -> "ActorQuery":
        """The query's key; for a name of two or more words also its initials; for initials
        ("RSF") also the stored actors' names they abbreviate (``known_keys()``: every stored
        actor key, asked for only then)."""
        key = actor_key(actor) or actor.casefold()
        variants = [key]
        if initials(key):
            variants.append(initials(key))
        elif known_keys is not None and key.isalpha() and 2 <= len(key) <= 6:
            for stored in known_keys():
                words = stored.split()
                for start in range(len(words)):  # "rsf" in "the rsf ...": also "x rapid support forces"
                    for end in range(len(words), start + 1, -1):
                        name = " ".join(words[start:end])
                        if initials(name) == key and name not in variants:
                            variants.append(name)
        return cls(actor, tuple(variants))

    def matches(self, actor: str | None) -> bool:
        """Does this actor hold one of the variants as a run of whole words?"""
        key = actor_key(actor)
        if key is None:
            return False
        padded = f" {key} "
        return any(f" {variant} " in padded for variant in self.variants)

    def sql(self, column: str = "m.actor_key") -> tuple[str, list[str]]:
        """The same test in SQL over a stored actor-key column, with its arguments."""
        tests, args = [], []
        for variant in self.variants:
            like = variant.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            tests.append(f"{column} = ? OR {column} LIKE ? ESCAPE '\\' OR {column} LIKE ? ESCAPE '\\' "
                         f"OR {column} LIKE ? ESCAPE '\\'")
            args += [variant, f"{like} %", f"% {like}", f"% {like} %"]
        return "(" + " OR ".join(tests) + ")", args
