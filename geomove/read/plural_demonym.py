"""A nation's soldiers told by its people's plural name as the whole subject: "The Burundians
pulled back to Uvira", "the Ethiopians left Baidoa". The actor is that country's force, named
as its forces ("Burundian forces").

why: with no force noun the subject named no actor ("The Burundians" gave none), or the plural
itself ("Ethiopians"), which is no force and does not read as one beside "Ethiopian troops"
told elsewhere (GUIDELINES: the actor is the moving force). A plural the mention finder
does not read as a demonym (the gazetteer's table lacks "Burundians", "Ugandans", "Rwandans",
"Kenyans") is read here from its singular ("Burundian"), checked against the table's own
spellings as the finder checks them (mentions.words._demonym_spellings)."""

from __future__ import annotations

from dataclasses import replace

from ..mentions.words import _demonym_spellings
from ..names import plain
from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-plural-demonym")
# the whole of what moved is "(the) <Capitalised word>s": "The Burundians", "the Rwandans"
_PLURAL = _PATTERNS.compile(r"(?:[Tt]he\s+)?(?P<w>[A-Z][a-z]{3,}s)")


def plural_demonym_force(words: str | None, book) -> str | None:
    """"<Singular> forces" when ``words`` (what moved, or the actor read) are only a nation's
    plural name: "The Burundians" -> "Burundian forces"; None otherwise."""
    m = _PLURAL.fullmatch(words.strip()) if words else None
    if m is None:
        return None
    singular = m.group("w")[:-1]
    gaz = getattr(book, "gazetteer", None)
    spellings = _demonym_spellings(gaz) if gaz is not None else None
    if not book.demonym(singular) or (spellings is not None and plain(singular) not in spellings):
        return None
    return f"{singular} forces"


def actor_of_plural_demonym(a) -> None:
    """An assembly pass: a movement whose actor is none or a nation's plural ("Ethiopians")
    and whose subject is that plural alone takes "<Singular> forces" as its actor."""
    for d in a.drafts:
        told = d.actor
        for f in d.frags:
            force = plural_demonym_force(told, a.book) if told else plural_demonym_force(f.what, a.book)
            if force is not None:
                d.frags = [replace(g, actor=force) if (g.actor or None) == told else g for g in d.frags]
                a.why.append(f"sentence {f.sentence}: '{(told or f.what).strip()}' are {force} (read.plural_demonym)")
                break


_PATTERNS.save()
