"""read.staged_origin: a passive staging place before the move told is its origin."""

from geomove.read.staged_origin import staged_before_moving, staging_as_origin


def _place(text, name):
    at = text.index(name)
    return {"start": at, "end": at + len(name), "surface": name}


def test_passive_staging_before_moving():
    text = "The paratroopers were staged at Rzeszow before moving to Lviv."
    assert staged_before_moving(text, _place(text, "Rzeszow"), 0, len(text))


def test_going_on_past_a_stop_or_the_active_is_no_staging_origin():
    for text in ("The helicopters were staged at Gao before flying on to Mopti.",
                 "The column was staged at Gao before moving on to Mopti.",
                 "The helicopters staged at Gao before flying to Mopti.",
                 "The column was halted at Gao before moving to Mopti."):
        assert not staged_before_moving(text, _place(text, "Gao"), 0, len(text)), text


def test_an_origin_told_keeps_the_stop():
    text = "Troops left Ouagadougou and were staged in Kaya before moving to Dori."
    kaya, ouaga = _place(text, "Kaya"), _place(text, "Ouagadougou")
    slots = [("origin", [ouaga], ouaga["start"]), ("via_stop", [kaya], kaya["start"])]
    assert staging_as_origin(text, slots, 0, len(text), []) == slots
    why = []
    alone = staging_as_origin(text, slots[1:], 0, len(text), why)
    assert alone[0][0] == "origin" and why
