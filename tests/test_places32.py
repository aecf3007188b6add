"""places32: small towns of conflict zones read as far namesakes (tests/fixtures/places32: six
texts of our own with hand counts). The sentences are written for these tests.
"""

import pytest

from placing import places_by_surface as _found
from placecounts import check_folder, check_text, load

HERE, GOLD = load("places32")


# -- the texts of our own (tests/fixtures/places32)


def test_every_text_has_its_gold():
    check_folder(HERE, GOLD)


@pytest.mark.parametrize("name", sorted(GOLD))
def test_the_texts_of_our_own_read_as_counted_by_hand(gazetteer, name):
    check_text(HERE, GOLD, name, gazetteer)
