"""Session 45, speed90: a span without the three odd letters is lowered directly, and the
report-wide test for a spoken correction is gated on its words.

``gates.folded`` translated every non-ASCII span before lowering it (~650 instructions a
character), though only three characters change under the translation; a span holding none of
them is now lowered as it is. ``spoken_correction.has_spoken_correction`` searched its
alternation under re.I at every character of the report; it now asks the words first."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from geomove import gates
from geomove.read import spoken_correction as sc

ODD = "\u0130\u0131\u017f\u212a"  # dotted and dotless i, the long s, the Kelvin sign


# (session 44's translation table of gates.folded, written out: gates now replaces the three
# characters one by one, speed120)
_FOLD_TABLE = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def _folded_before(text: str) -> str:
    # (session 44's gates.folded, the reference)
    return text.lower() if text.isascii() else text.translate(_FOLD_TABLE).lower()


_TEXTS = st.text(alphabet=st.sampled_from("abcdefgIKS sorry make mean pardon correction.,\n" + ODD + "éüßøΩЖ中"),
                 max_size=80)


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
def test_folded_is_the_translation_then_lower(text):
    assert gates.folded(text) == _folded_before(text)


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
def test_the_gated_correction_test_answers_as_the_plain_search(text):
    sc.has_spoken_correction.cache_clear()
    assert sc.has_spoken_correction(text) == (sc._ANY.search(text) is not None)


def test_own_sentences_with_and_without_a_correction():
    said = ["The ferry left Mombasa for Lamu... correction, for Malindi, on Tuesday.",
            "The patrol reached Kidal, I mean Tessalit, before dusk.",
            "The column drove to Kasese -- SORRY, Fort Portal -- overnight.",
            "Troops left Bunia, pardon me, Beni, at dawn."]
    plain = ["The brigade moved from Goma towards Rutshuru on Monday.",
             "Engineers will make the road passable to Bor by Friday.",  # (a word of the gate, no correction)
             "The unit rotated out of Kandahar in \u0130zmir's ferry season."]
    for text in said:
        sc.has_spoken_correction.cache_clear()
        assert sc.has_spoken_correction(text), text
    for text in plain:
        sc.has_spoken_correction.cache_clear()
        assert not sc.has_spoken_correction(text), text
    # the odd letters still fold: a long s and a dotless i match under re.I, and the gate sees them
    odd = "The convoy left Gao \u2014 \u017forry, Ansongo \u2014 on Monday."
    sc.has_spoken_correction.cache_clear()
    assert re.search("sorry", odd, re.I) and sc.has_spoken_correction(odd)
