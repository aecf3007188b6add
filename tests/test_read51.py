"""read51's own reports (tests/fixtures/read51/): genres where status and time are hard -- a live
blog with a correction of an earlier entry, a weekly sitrep with date spans, a ministry denial, plans
and a postponement, rotations and returns, threats and conditionals. Each report must give its
hand-counted movements (gold.json, unseen32's format: tests/handcounts.py). And the status and time
fields of the readings the hand counts leave optional (planned, denied), on the reports themselves."""

from geomove.movements import extract
from handcounts import load

HERE, GOLD, REPORTS = load("read51")
PUBLISHED = "2026-11-27"


def _every(name, gazetteer):
    text = (HERE / name).read_text(encoding="utf-8")
    return [f["properties"] for f in extract(text, published=PUBLISHED, gazetteer=gazetteer, include_all=True)]


def test_the_postponed_transfer_is_planned(gazetteer):
    """'The transfer of the German brigade's second battalion to Lithuania, planned for December,
    has been postponed until February' (read.put_off): planned, not reported, not negated."""
    # (since gaz31's Rūdninkai row the transfer joins the main body's 'expected to deploy to Rudninkai',
    # the training area in Lithuania whose barracks the same sentence says delay it: the finer end)
    moves = [p for p in _every("d_plans_lithuania.txt", gazetteer)
             if (p["destination"] or {}).get("name") in ("Lithuania", "Rūdninkai Training Area")
             and p["date_text"] == "until February"]
    assert moves and all(p["status"] == "planned" for p in moves), moves
    # the time it is put off to, not the dateline 'VILNIUS, Nov 27 (press) --' (filed_day)
    assert [(p["start"], p["date_text"]) for p in moves] == [("2027-02-01", "until February")]


def test_the_denials_stay_denied(gazetteer):
    raska = [p for p in _every("a_liveblog_kosovo.txt", gazetteer) if (p["destination"] or {}).get("surface") == "Raska"]
    assert [p["status"] for p in raska] == ["denied"]
    tumeremo = [p for p in _every("c_denial_guyana.txt", gazetteer) if (p["destination"] or {}).get("surface") == "Tumeremo"]
    assert [p["status"] for p in tumeremo] == ["denied"]


def test_the_night_into_a_day_spans_both_dates(gazetteer):
    """'Overnight into Tuesday' (dates 'nightinto'): Monday night to Tuesday, one day's precision."""
    airlift = next(p for p in _every("b_sitrep_sahel.txt", gazetteer) if (p["destination"] or {}).get("surface") == "Agadez")
    assert (airlift["start"], airlift["end"], airlift["time_precision"]) == ("2026-11-23", "2026-11-24", "day")
    assert airlift["date_text"] == "Overnight into Tuesday"


def test_no_hypothetical_is_reported(gazetteer):
    """'could send troops to Port Sudan', 'Had the reinforcements not reached El Obeid' (f)."""
    for p in _every("f_hypotheticals_sudan.txt", gazetteer):
        if (p["destination"] or {}).get("surface") == "Port Sudan" or p["what"] == "the reinforcements":
            assert p["status"] != "reported", p
