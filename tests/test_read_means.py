"""'by river', 'by helicopter' after a passive movement verb tell how a force moved, not what
moved: the one-word subject that is a force ('Troops', 'Marines') stays what moved."""

import pytest

from geomove.movements import extract


@pytest.mark.parametrize("text, what", [
    ("Troops were moved by river from Mopti to Gao on Monday.", "Troops"),
    ("Marines were flown by helicopter from Djibouti to Berbera.", "Marines"),
    ("Soldiers were sent by train from Lviv to Kyiv.", "Soldiers"),
])
def test_means_after_a_passive_verb_is_not_what_moved(gazetteer, text, what):
    (f,) = extract(text, published="2025-11-20", gazetteer=gazetteer)
    assert f["properties"]["what"] == what


def test_a_pronoun_subject_is_still_not_what_moved(gazetteer):
    # 'They' names nothing: the reader keeps what it read after the verb, as before
    (f,) = extract("They were moved by river from Mopti to Gao.", published="2025-11-20", gazetteer=gazetteer)
    assert f["properties"]["what"] != "They"
