"""A movement noun told with words of its size alone names nothing that moved: "Big movement out
of Benghazi tonight", "Massive redeployment from Kherson to Zaporizhzhia overnight", "Huge troop
movement near Belgorod". The words before the noun were taken for what moved ("Big", "Massive",
"Huge troop"), as "A convoy of 60 technicals" is; they tell how large the movement looked, and
the words of the noun's own kind ("troop", "military") say only that forces moved. What moved is
then unknown (None), as it is for a bare "movement".

why: an OSINT thread of my own (s41 lead) opened "Big movement out of Benghazi tonight." and
the reader gave its movement the what 'Big'."""

from __future__ import annotations

# words of size or weight, and of the movement's kind, that stand before a movement noun
SIZE_WORDS = frozenset(
    "big bigger biggest huge massive large larger largest major significant sizeable sizable considerable "
    "heavy unusual notable substantial enormous giant".split())
KIND_WORDS = frozenset("troop troops military army naval force forces".split())


def names_nothing(what: str | None) -> bool:
    """Is ``what`` only words of size (and of a movement's kind after them): "Big", "Huge troop"?"""
    words = (what or "").lower().split()
    return bool(words) and words[0] in SIZE_WORDS and all(w in SIZE_WORDS or w in KIND_WORDS for w in words)
