"""read36's own reports (tests/fixtures/unseen36/), in genres and theatres the dev set and earlier
fixtures lack: a liveblog with timestamped entries, a historical retrospective, 'key takeaways'
bullet lists, a Q&A interview; Syria after 2024, Iraq, Moldova/Transnistria, Armenia/Azerbaijan,
the Taiwan Strait and the Korean peninsula. Each report must give its hand-counted movements
(gold.json, checked by tests/handcounts.py); what the reader still gets wrong carries a 'gap'.
And the constructions read36 fixed, on sentences of our own."""

import pytest


# --- the constructions read36 fixed, on sentences of our own (more in tests/golden: r36-*)

import datetime as dt  # noqa: E402

from geomove.dates import find_dates  # noqa: E402
from geomove.read.bullets import lede_actor, verb_opens_item  # noqa: E402
from geomove.read.corrections import retracted  # noqa: E402
from geomove.read.liveblog import blog_day, clock_minutes, liveblog_dates  # noqa: E402
from geomove.read.retrospective import looks_back  # noqa: E402


@pytest.mark.parametrize("text, cue", [
    ("Looking back: the pull-out from Kunduz\n\nIn 2015 troops left.", "Looking back"),
    ("Kunduz, ten years on\n\nIn 2015 troops left.", "ten years on"),
    ("The town marks the 20th anniversary of the withdrawal this week. In 2006 troops left.", "anniversary"),
    ("Troops left Kunduz on Monday.\n\nLooking back, in 2015 troops left.", None),   # in the body
    ("Troops left Kunduz two years ago. In 2024 they came back.", None),            # 'years ago'
])
def test_a_report_that_looks_back(text, cue):
    found = looks_back(text)
    assert (found.group(0) if found else None) == cue


@pytest.mark.parametrize("text, verb, opens", [
    ("- Moved 300 commandos from A to B.", "Moved", True),
    ("• Redeployed two brigades.", "Redeployed", True),
    ("1. Withdrew from A.", "Withdrew", True),
    ("- March 3: troops left.", "March", False),
    ("- Land Forces moved.", "Land", False),
    ("The army said: Moved troops.", "Moved", False),
])
def test_a_verb_opening_an_item(text, verb, opens):
    at = text.index(verb)
    assert verb_opens_item(text, 0, at, at + len(verb)) is opens


def test_the_item_takes_the_force_of_the_lede():
    text = "Turkish forces widened their operation. Key takeaways\n- Moved 300 commandos from A to B."
    assert lede_actor(text, text.index("- Moved")) == "Turkish forces"
    assert lede_actor("Officials accused Turkish forces of abuses.\n- Moved troops.", 45) is None
    assert lede_actor("Turkish forces widened their operation. Moved troops.", 40) is None  # no item


BLOG = ("Live updates, Tuesday 17 November\n\n18:10 GMT – Troops left A this morning.\n\n"
        "16:00 GMT – Nothing new. Troops left B.\n\n09:30 GMT – Welcome.")


def test_a_liveblog_is_dated_by_its_heading():
    pub = dt.date(2026, 11, 20)
    assert str(blog_day(BLOG, find_dates(BLOG, pub)).date_start) == "2026-11-17"
    dates = liveblog_dates(BLOG, pub, find_dates(BLOG, pub))
    morning = next(d for d in dates if d.text == "this morning")
    assert str(morning.date_start) == "2026-11-17"
    later = BLOG.index("Troops left B")
    assert any(d.start == later and str(d.date_start) == "2026-11-17" for d in dates)  # the entry's later sentence


def test_two_stamps_make_no_liveblog():
    text = "Live updates, Tuesday 17 November\n\n18:10 GMT – Troops left A.\n\n16:00 GMT – Troops left B."
    assert blog_day(text, find_dates(text, dt.date(2026, 11, 20))) is None


def test_clock_minutes_and_corrections():
    text = "the 12:50 entry said 50 fighters"
    assert clock_minutes(text, text.index("50 entry")) and not clock_minutes(text, text.index("50 fighters"))
    said = "Correction: an earlier version of this story said the fighters pulled back to A."
    assert retracted(said, 0, said.index("pulled"))
    plain = "A new version of the plan said the fighters pulled back to A."
    assert retracted(plain, 0, plain.index("pulled")) is None
