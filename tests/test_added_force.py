"""read.added_force: a group told as an addition to one told before is a group of its own."""

import pytest

from geomove.read.added_force import added_followed_sentence, added_group_at, another_group_added, named_as_added


@pytest.mark.parametrize("what, added", [
    ("Reinforcements", True), ("more Rwandan troops", True), ("Additional units", True),
    ("about 300 fresh troops", True), ("More than 200 soldiers", False),
    ("The first contingent of Kenyan police", False), ("A convoy of reinforcements", False), (None, False)])
def test_named_as_added(what, added):
    assert named_as_added(what) is added


def test_another_group_only_when_the_first_is_not_added_too():
    assert another_group_added(["Reinforcements"], ["Kenyan police"])
    assert not another_group_added(["The reinforcements"], ["Soldiers"])  # (refers back)
    assert not another_group_added(["Reinforcements"], ["Reinforcements"])


def test_added_group_after_the_verb():
    text = "Burundian soldiers crossed into Uvira on Sunday, and more troops from Bujumbura followed."
    verb_end = text.index("crossed") + len("crossed")
    assert added_group_at(text, verb_end, len(text), "Burundian soldiers") == text.index("more troops")
    assert added_group_at(text, verb_end, len(text), "Reinforcements") is None


def test_followed_sentence_needs_no_object():
    assert added_followed_sentence("Additional units from Maroua followed the next day.").group("places") == "Maroua"
    assert added_followed_sentence("Additional units from Maroua followed the road to Mora.") is None
    assert added_followed_sentence("Soldiers from Maroua followed.") is None
