"""Two halves of one movement told around each other: the headline and a later sentence tell
where a force went, a sentence between them where it left ("Jihadist column reaches Arbinda" /
"Fighters ... left Djibo on Sunday" / "Some 200 men on motorcycles rode south to Arbinda").

why: events.complete_halves measured how far apart two halves are as the sentences between the
last of one and the first of the other; the arrival (headline and third sentence, merged first)
spans the departure's sentence, that distance was negative and the halves were never joined
(the departure read with no destination, the arrival with no origin)."""

from __future__ import annotations


def told_around(a: list[int], b: list[int], reach: int) -> bool:
    """Are the sentences ``a`` of one half and ``b`` of the other interleaved (one half's
    sentences on both sides of one of the other's), none shared, and each of ``b`` at most
    ``reach`` sentences from one of ``a``?"""
    if set(a) & set(b):
        return False
    if not (min(a) < min(b) < max(a) or min(b) < min(a) < max(b)):
        return False
    return all(min(abs(x - y) for y in a) <= reach for x in b)
