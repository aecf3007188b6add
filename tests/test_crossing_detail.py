"""read.crossing_detail: a sentence with only a place passed and a count, right after a crossing,
is that crossing's way in and count; a group told apart ("another") is not folded into it."""

from geomove.movements import extract


def _crossings(text: str) -> list[dict]:
    return [m["properties"] for m in extract(text, published="2026-03-14")]


def test_detail_folds_via_and_count_into_the_crossing():
    moves = _crossings("Rwandan troops crossed into eastern Congo on Monday. "
                       "About 500 soldiers entered through the Bunagana border post.")
    assert len(moves) == 1
    assert moves[0]["count"] == 500
    assert [v["name"] for v in moves[0]["via"]] == ["Bunagana border crossing"]


def test_another_group_is_not_the_crossings_detail():
    moves = _crossings("Turkish troops crossed into northern Iraq on Tuesday. "
                       "Another 400 soldiers went in through Hakkari on Friday.")
    first = next(m for m in moves if m["origin"] and m["origin"]["name"] == "Turkey" and m["start"] == "2026-03-10")
    assert first["count"] is None and not first.get("via")


def test_no_crossing_before_no_fold():
    # (the movement before crossed nothing: a clause of only a place passed stays no movement of it)
    moves = _crossings("Turkish troops arrived in Zakho on Tuesday. "
                       "Some 400 soldiers went in through Hakkari.")
    zakho = next(m for m in moves if m["destination"] and m["destination"]["surface"] == "Zakho")
    assert zakho["count"] is None and not zakho.get("via")
