"""places33: towns of Sudan, Mali, Colombia and the Philippines that share their names with
places in India, Spain, Japan or the United States (tests/fixtures/places33: seven texts of our
own with hand counts). The sentences are written for these tests."""

import pytest

from placecounts import check_folder, check_text, load

HERE, GOLD = load("places33")


# -- the texts of our own (tests/fixtures/places33)


def test_every_text_has_its_gold():
    check_folder(HERE, GOLD)


@pytest.mark.parametrize("name", sorted(GOLD))
def test_the_texts_of_our_own_read_as_counted_by_hand(gazetteer, name):
    check_text(HERE, GOLD, name, gazetteer)
