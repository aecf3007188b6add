"""A guess by the spelling is no ground for other names: "Troops moved from Ungheni to Sculeni"
(Moldova). The index lacks Sculeni, a village on the Prut, and reads it as Siculeni (Harghita,
Romania) by a variant spelling: clear alone (its only reading), so its point and country were
the context that made Ungheni the Romanian town of Mureș (95 km away, Romania "named in the
text") rather than the Moldovan district seat the name alone reads. One guess, two wrong answers.

A place read by a variant spelling (no name of it is written as the text writes it: name
similarity below 1, the loosest of FarReadingGuards._read_loosely's readings) whose reading is a
minor settlement is a guess the text has not yet confirmed. Such a reading is kept as the
name's own answer (the guards of no_place.py judge that), but it lends the text's other names nothing -- no point for their nearness, no
country -- unless another name read by its own spelling puts the guess's country in the text
(then it agrees with the text and backs its neighbours like any clear place: "from Mogadishu to
Afgoye", Afgooye by a variant spelling, is Somali as Mogadishu is). Why nothing rather than a
smaller weight: the guess's whole worth as context is that it is the place meant, which is what
is in doubt; a smaller nearness still decides between two namesakes 100 km apart, as here.

A reading by another of the place's names, written as the text writes it, is no guess and stays
context: "The militia fell back from Beni on Oicha" (Hyosha, DR Congo, has 'Oicha' among its
names, 10 km from Beni's Congolese namesake: the two back each other against El Beni, Bolivia),
"A French column left Murzuq ... toward Madama" (Murzuk by its other spelling 'Murzuq').

Threshold: STRONG_ALONE_IMPORTANCE (geomove.gazetteer.ranking), the fame below which a place
clear alone is a weak reading (see ContextRanking._weak_reading_abroad): a well-known city read
by a variant spelling stays context, as it is named from afar by many spellings."""
from __future__ import annotations

from ..gazetteer.ranking import STRONG_ALONE_IMPORTANCE

# the readings a guess by the spelling may be: settlements (a province or a river read loosely
# is left as it was: their points are wide and their fame is what reads them)
_GUESS_KINDS = frozenset(("city", "town", "village"))


def guess_by_its_spelling(m: dict, best: dict) -> bool:
    """Is ``best``, the first reading of the place mention ``m``, a minor settlement read by a
    variant spelling (no name of it written as the text writes it), so that it backs no other
    name of the text by itself (see the module's docstring)? Cheap tests first: most readings
    are famous or read by one of their names."""
    similarity = best.get("name_similarity")
    return similarity is not None and similarity < 1.0 and best.get("kind") in _GUESS_KINDS \
        and (best.get("importance") or 0.0) < STRONG_ALONE_IMPORTANCE and m.get("role") == "place"


GUESS_WHY = "; a guess by its spelling: no ground for the text's other places"
