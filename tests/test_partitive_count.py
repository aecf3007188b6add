"""read.partitive_count: a counted part of a group told before, as the subject of the verb
(sentences written for these tests)."""

from geomove.read.partitive_count import PART_OPENS, counted_part


def _part(text: str, verb: str):
    return counted_part(text, 0, text.index(verb))


def test_of_which_counts_the_part_and_names_the_joined_group():
    part = _part("Radar tracked 11 navy ships and 18 drones off the coast, of which 9 sailed north.", "sailed")
    assert (part.value, part.unit, part.group) == (9, "drones", "11 navy ships and 18 drones")


def test_of_whom_with_auxiliaries_and_a_time_word():
    part = _part("The mission flew in 750 gendarmes on Friday, 300 of whom were later sent on to Bria.", "sent")
    assert (part.value, part.group) == (300, "750 gendarmes")


def test_number_words_and_of_them():
    part = _part("Some 60 pickups left the camp, twelve of them then turned towards Kidal.", "turned")
    assert (part.value, part.unit, part.group) == (12, "pickups", "Some 60 pickups")


def test_group_is_not_read_across_a_sentence():
    part = _part("About 90 trucks entered the district. Later, some 40 of them crossed the river.", "crossed")
    assert part.value == 40 and part.group is None


def test_no_part_without_a_number():
    assert _part("Most of the soldiers, many of whom came from the north, crossed the river.", "crossed") is None
    assert _part("The brigade of which he spoke crossed the river.", "crossed") is None


def test_clause_opens_at_the_part_but_not_where_it_came_from():
    assert PART_OPENS.search("flew 600 soldiers to A, 200 of whom were flown on to B")
    assert PART_OPENS.search("deployed 500 troops to A, of whom 200 came from B") is None
