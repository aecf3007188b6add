"""Session 51, read148: session 50's leftovers of reading (set B, events and counts), on
sentences of my own: an order told in a reduced relative on the subject (read.ordered_relative),
a claim denied by "denied that" in the next sentence (read.denied_that_next), a crossing into an
area the town is told in (read.travel_on.crossed_then_moved) and a homecoming told whole in the
lede and again by its last leg (read.journey_retold). Pilots counted: tests/golden lines only."""

from geomove.movements import extract
from geomove.read.denied_that_next import DENIED_THAT_GATE, denied_that_next
from geomove.read.gates import words_cover
from geomove.read.lexicon import _TRIGGER_RE
from geomove.read.ordered_relative import order_relative_cut
from geomove.read.travel_on import crossed_then_moved
from geomove.read.what_tail import what_without_tail

PUBLISHED = "2026-12-06"


def _verbs(text):
    return [t for t in _TRIGGER_RE.finditer(text) if t.group("verb")]


def _cut(text):
    return order_relative_cut(text, 0, len(text), _verbs(text))


def test_order_relative_cut_before_the_main_verb():
    text = "Troops ordered by the president to reinforce the border left Kayes on Monday."
    assert _cut(text) == text.index("left")
    passive = "Marines ordered by the navy to guard the port were flown to Iquitos on Friday."
    assert _cut(passive) == passive.index("were")  # (before the auxiliary)
    sent = "Police units sent by the governor to restore order drove into Marawi on Saturday."
    assert _cut(sent) == sent.index("drove")  # ("order", the purpose's object, is passed over)


def test_no_order_relative_cut():
    for text in ("The president ordered troops to reinforce the border near Kayes.",  # (a finite order)
                 "North Korean troops sent to Kursk returned to Pyongyang on Monday.",  # (a direction: reduced_relative's)
                 "Troops ordered to secure the road and clear the bridge left Kayes."):  # (a second verb of the order)
        assert _cut(text) is None, text


def test_the_order_is_no_part_of_what_moved():
    assert what_without_tail("Troops ordered by the president to reinforce the border") == "Troops"
    assert what_without_tail("Soldiers ordered to clear the highway") == "Soldiers"
    assert what_without_tail("North Korean troops sent to Kursk") == "North Korean troops sent to Kursk"


def _denied(claim, verdict):
    text = claim + " " + verdict
    start = len(claim) + 1
    return denied_that_next(text, 0, len(claim) - 1, start, len(text) - 1)


def test_denied_that_next_the_same_move():
    assert _denied("The army said the militia had left Kismayo.",
                   "The group's spokesman denied that any of its fighters had left Kismayo.") is not None
    assert _denied("The ministry stated that fighters had moved from Jilib to Bardera.",
                   "The group denied that any of its fighters had left Jilib.") is not None  # (a name again)


def test_denied_that_gate_words_cover_the_pattern():
    assert words_cover(DENIED_THAT_GATE.pattern, DENIED_THAT_GATE.words)


def test_denied_that_next_another_act_or_a_self_report():
    assert _denied("The police said 40 gunmen had moved into Zurmi.",
                   "The governor denied that the attackers had burned the market.") is None
    assert _denied("The army said it had sent troops from Gondar to Metema.",
                   "The militia denied that any of its fighters had entered Metema.") is None


def test_crossed_then_moved():
    text = "The rebels crossed into Katanga and moved to Lubumbashi."
    assert crossed_then_moved(text, text.index("into"), text.index("to Lub"))
    days = "The convoy crossed into Chad on Monday and moved to Abeche on Tuesday."
    assert not crossed_then_moved(days, days.index("into"), days.index("to Abe"))
    objects = "The rebels crossed into Katanga and moved tanks to Lubumbashi."
    assert not crossed_then_moved(objects, objects.index("into"), objects.index("to Lub"))


def test_journey_told_again_is_one_movement(gazetteer):
    text = ("Families cheered at Tallinn Airport on Saturday as 90 Estonian soldiers returned from Mali. "
            "The soldiers landed on a charter flight from Paris.")
    why = []
    found = extract(text, published=PUBLISHED, gazetteer=gazetteer, why=why)
    assert len(found) == 1
    props = found[0]["properties"]
    assert (props["origin"]["name"], [v["name"] for v in props["via"]], props["count"]) == ("Mali", ["Paris"], 90)
    assert any("told again: one movement" in line for line in why)
