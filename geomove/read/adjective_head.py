"""A force's noun the tagger reads as an adjective: "contingent" ("the outgoing contingent flew
home", "the Hungarian contingent arrived") and "military" ("the military moved") are tagged JJ by
the Brill tagger (read.syntax), so a noun phrase ending in one had no head noun, and a clause
that opened with it after "while" or "and" was not read as a clause of its own: "300 Hungarian
soldiers arrived at X while the outgoing contingent flew home from Y" was one movement from Y
to X (GUIDELINES: a different actor makes a new movement).

Only the phrase's last word, and only these nouns: "a contingent number" or "military
vehicles" keep the adjective."""

from __future__ import annotations

# (the singular and plural the tagger reads as JJ where they end a noun phrase: checked on
# pattern.en's lexicon as read.syntax ships it)
FORCE_NOUNS_TAGGED_AS_ADJECTIVES = frozenset(("contingent", "military"))


def adjective_is_head(words: list) -> bool:
    """Does the noun phrase ``words`` (tagged tokens) end in a force's noun the tagger read as
    an adjective, its head ("the outgoing contingent")?"""
    return bool(words) and words[-1].tag == "JJ" and words[-1].text.lower() in FORCE_NOUNS_TAGGED_AS_ADJECTIVES
