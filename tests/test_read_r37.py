"""read37's own reports (tests/fixtures/unseen37/), which stress STATUS and COUNTS rather than
theatres: claims and denials, orders and plans, conditionals, aborted moves, counts in every
form and dates relative to the publication date. Each report must give its hand-counted
movements (gold.json, checked by tests/handcounts.py); the ones it still gets wrong carry a
'gap' that says why. And the constructions read37 fixed, on sentences of our own (more in
tests/golden/movements.jsonl, ids r37-*).

One clause with two legs ("The brigade flew to A and was then moved by road to B and C"): the
list after the word of going on is distributed (GUIDELINES: lists are distributed), each member
a movement of its own through A, as the same story told in two sentences ("... flew to A. They
were then moved by road to B and C") is read. A is a via, not the origin of a second leg: the
reader keeps a place reached and left within one clause as a place passed ("reached A and then
B"), and GUIDELINES splits legs only where the text tells an arrival and a later departure; the
ends scored (origin none, destination B or C) are the same either way."""

import datetime as dt

import pytest

from geomove.dates import find_dates
from geomove.movements import extract
from geomove.read.chained_list import list_after_chain, split_at_list
from geomove.read.elided_count import elided_count
from handcounts import load

HERE, GOLD, REPORTS = load("unseen37")


def test_status_traps_stay_out_of_what_was_reported(gazetteer):
    """Orders, expectations, plans and conditionals are read, but not as reported moves."""
    for name in ("b_orders_plans.txt", "c_conditional.txt"):
        text = (HERE / name).read_text(encoding="utf-8")
        every = extract(text, published="2026-11-20", gazetteer=gazetteer, include_all=True)
        planned = {(f["properties"]["destination"] or {}).get("surface") for f in every
                   if f["properties"]["status"] == "planned"}
        wanted = {"b_orders_plans.txt": {"Elk", "Bialystok", "Rukla"},
                  "c_conditional.txt": {"Niger", "Damasak", "Kousseri"}}[name]
        assert wanted <= planned, (name, planned)


# --- one clause, two legs (read.chained_list)

def _place(name: str, start: int) -> dict:
    return {"name": name, "offsets": [start, start + len(name)]}


def _dests(text: str, *names: str) -> list[dict]:
    return [_place(n, text.index(n)) for n in names]


def test_the_list_after_then_opens_at_its_first_member():
    text = "flew to Goma and was then moved by road to Butembo and Beni"
    dests = _dests(text, "Goma", "Butembo", "Beni")
    at = list_after_chain(text, dests)
    assert at == text.index("Butembo")
    passed, listed = split_at_list(dests, at)
    assert [d["name"] for d in passed] == ["Goma"] and [d["name"] for d in listed] == ["Butembo", "Beni"]


@pytest.mark.parametrize("text, names", [
    ("drove to Kaya, then to Dori and then to Djibo", ("Kaya", "Dori", "Djibo")),   # a step each time
    ("sent troops to Kaya, Dori and Djibo", ("Kaya", "Dori", "Djibo")),              # a list, no chain
    ("flew to Goma and then to Beni", ("Goma", "Beni")),                             # two ends
])
def test_no_list_after_the_chain(text, names):
    assert list_after_chain(text, _dests(text, *names)) is None


# --- a count whose noun was told before (read.elided_count)

@pytest.mark.parametrize("what, value", [("a further 400", 400), ("another 1,200", 1200), ("some 300", 300)])
def test_a_bare_number_counts_the_noun_before(what, value):
    item = elided_count(what, ["soldiers"])
    assert item["value"] == value and item["unit"] == "soldiers"


@pytest.mark.parametrize("what, units", [("a further 400", []), ("the 400 soldiers", ["soldiers"]),
                                         ("400 trucks", ["soldiers"]), ("the rest", ["soldiers"])])
def test_no_bare_number_or_nothing_before(what, units):
    assert elided_count(what, units) is None


# --- 'overnight' (dates)

@pytest.mark.parametrize("text, day", [
    ("Troops withdrew from Khiam overnight.", "2026-11-19"),
    ("Overnight, the police were flown from A to B.", "2026-11-19"),
])
def test_overnight_is_the_night_before_publication(text, day):
    assert [str(d.date_start) for d in find_dates(text, dt.date(2026, 11, 20))] == [day]


@pytest.mark.parametrize("text", ["The convoy drove on, stopping overnight at Douentza.", "They stayed overnight in Gao.",
                                  "It was an overnight march.", "Troops made the overnight journey to Gao."])
def test_overnight_as_a_stay_or_a_kind_of_trip_is_no_date(text):
    assert find_dates(text, dt.date(2026, 11, 20)) == []
