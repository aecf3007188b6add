"""Session 50, read146: a force that splits where it was, a part staying and the rest going on
("Some of the troops stayed in A while the rest moved on to B", "A platoon was left behind in
A; the others drove on to B"), read.part_stayed. Sentences of my own."""

import re

from reading import legs_told
from geomove.read.part_stayed import bare_contrast_join, not_left_behind

PUBLISHED = "2026-12-06"


def _read(text, gazetteer):
    return legs_told(gazetteer, text, PUBLISHED)


def _left(text):
    return re.search(r"\bleft\b", text)


def test_bare_contrast_join_only_without_a_comma():
    text = "Two companies stayed in Gao while the rest moved on to Kidal."
    m = bare_contrast_join(text, 0, text.index("moved"))
    assert m is not None and m.group(0).strip() == "while"
    comma = "Two companies stayed in Gao, while the rest moved on to Kidal."
    assert bare_contrast_join(comma, 0, comma.index("moved")) is None  # (cuts._CONTRAST's)
    assert bare_contrast_join("Troops moved on to Kidal.", 0, 7) is None
    same = "Two trucks were hit near Kosti while they were driving to Rabak."
    assert bare_contrast_join(same, 0, same.index("driving")) is None  # (no new subject: the trucks drove)


def test_left_behind_in_the_passive_is_no_departure():
    for text in ("A platoon was left behind in Mopti.", "Two squads were quietly left behind at Tessalit.",
                 "The wounded had been left behind."):
        assert not not_left_behind(text, _left(text)), text
    for text in ("The platoon left Mopti on Monday.", "The rebels left behind their heavy weapons.",
                 "The brigade left 200 soldiers behind in Gao."):
        assert not_left_behind(text, _left(text)), text


def test_the_rest_going_on_leaves_from_where_the_part_stayed(gazetteer):
    assert _read("Some of the Ethiopian troops stayed in Baidoa whereas the others drove on to Hudur.", gazetteer) \
        == [("Baidoa", "Hudur", "the others")]
    assert _read("A company of engineers was left behind in Goma; the others continued to Bukavu.", gazetteer) \
        == [("Goma", "Bukavu", "the others")]


def test_without_going_on_or_with_the_stay_after_no_origin(gazetteer):
    assert _read("Two companies remained in Gao while the rest of the battalion moved to Kidal.", gazetteer) \
        == [(None, "Kidal", "the rest of the battalion")]
    assert [r[:2] for r in _read("Most of the marines sailed back to Djibouti, while a small detachment stayed in Berbera.",
                                 gazetteer)] == [(None, "Djibouti")]
    # (a subject that is no rest of the force: a second unit's origin is not told)
    assert [r[:2] for r in _read("Two companies stayed in Gao while a Chadian battalion moved on to Kidal.", gazetteer)] \
        == [(None, "Kidal")]
