"""Session 42, the lead's constructions (each shown on sentences of our own)."""

from geomove.read.place_relative_count import counted_in_place_relative


def test_a_count_after_where_about_the_place_reached_counts_others():
    text = "Two tugs sailed from Portsmouth on Monday for Gibraltar, where they met three Russian ships."
    verb_end = text.index("sailed") + len("sailed")
    assert counted_in_place_relative(text, verb_end, text.index("three"))
    assert not counted_in_place_relative(text, verb_end, text.index("Two"))  # (before the verb)


def test_where_not_after_a_name_is_no_place_relative():
    # ("where" after a lower-case word asks no place: "moved to positions, where ..." is left to the other rules)
    text = "The unit moved to new positions, where it counted three wrecks."
    assert not counted_in_place_relative(text, text.index("moved") + 5, text.index("three"))


def test_counts_before_the_relative_are_the_movers(gazetteer):
    from geomove.read import extract
    text = "Chadian troops moved 40 pickups from Abeche to Adre, where they met three Sudanese trucks."
    (feature,) = extract(text, published="2026-03-10", gazetteer=gazetteer)
    assert feature["properties"]["count"] == 40
