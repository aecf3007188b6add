"""What moved is the force's noun phrase: 'by river', 'by helicopter' after a passive movement
verb tell how a force moved (the one-word subject that is a force, 'Troops', stays what moved),
and the conjunction that joined its clause to the one before is no word of it."""

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


@pytest.mark.parametrize("text, what", [
    ("Reservists trained near Oulu, and a Swedish battalion moved from Boden to Kiruna.", "a Swedish battalion"),
    ("Police held the bridge, but two companies of marines sailed from Mombasa to Lamu.", "two companies of marines"),
])
def test_the_conjunction_that_joins_a_clause_is_no_word_of_what_moved(gazetteer, text, what):
    (f,) = extract(text, published="2025-11-20", gazetteer=gazetteer)
    assert f["properties"]["what"] == what


def test_an_opening_date_is_no_word_of_the_actor(gazetteer):
    # the actor must not begin with the date phrase ('On Wednesday Iraqi army')
    (f,) = extract("On Wednesday Iraqi army units moved from Mosul to Tal Afar.", published="2025-11-20",
                   gazetteer=gazetteer)
    assert f["properties"]["actor"] == "Iraqi army"
