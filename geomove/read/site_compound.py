"""A site named by a compound noun whose first word is also a verb: "launch pads", "patrol bases".
After "to", the tagger reads the first word as a base verb, so "moved troops of its Special
Service Group to launch pads opposite the Keran sector" opened a purpose clause ("to launch
...") and its place, where the troops went, was taken for the purpose's (read55: the Indian
press's word for the staging posts across the Line of Control; "patrol bases" as armies write).

Only these pairs, written for geomove from English military usage: "to launch attacks", "to
patrol the border" stay purposes. Read in syntax.purpose_starts."""

from __future__ import annotations

# (first word, the nouns that make it a site)
_SITE_COMPOUNDS = {
    "launch": frozenset(("pad", "pads")),
    "patrol": frozenset(("base", "bases", "post", "posts")),
}


def site_compound(tokens: list, j: int) -> bool:
    """Are tokens ``j`` and ``j + 1``, right after "to", a compound noun of a site ("launch
    pads"), not a verb and its object?"""
    if j + 1 >= len(tokens):
        return False
    nouns = _SITE_COMPOUNDS.get(tokens[j].text.lower())
    return nouns is not None and tokens[j + 1].text.lower() in nouns
