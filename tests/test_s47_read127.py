"""Session 47, read127: constructions session 46 left (movements). Sentences of my own.

1. a demonym-led force entering a town: the demonym is who moved, not where from (events._entered_a_town_only)
2. "<force> attacked A and then withdrew to B": a move from A (read.met_then_turned_back)
3. "between 5 November and 20 January" with no year: one span (dates._month_span told_as_span)
4. "a company of dancers": no unit, so no movement (lexicon.json not_forces things)
5. hypothetical.told_in_a_scenario through a read.gates.Gate
"""

import datetime as dt
import re

from hypothesis import given, settings, strategies as st

from geomove.dates import find_dates
from geomove.movements import extract
from geomove.read import hypothetical
from geomove.read.hypothetical import told_in_a_scenario

PUBLISHED = "2025-03-12"


def _read(text, gazetteer, published=PUBLISHED):
    name = lambda p: p and (p.get("surface") or p.get("name"))  # noqa: E731
    return [(name(f["properties"]["origin"]), name(f["properties"]["destination"]), f["properties"]["actor"],
             f["properties"]["start"], f["properties"]["end"])
            for f in extract(text, published=published, gazetteer=gazetteer)]


# -- 1. the demonym of a force entering a town names who, not where from

def test_demonym_force_entering_a_town_has_no_origin(gazetteer):
    assert [r[:3] for r in _read("Ethiopian troops entered Baidoa on Saturday.", gazetteer)] \
        == [(None, "Baidoa", "Ethiopian troops")]
    # (the demonym-led second actor after "and")
    assert [r[:2] for r in _read("Fighters of the Fano militia and Eritrean troops entered Shire on Friday.", gazetteer)] \
        == [(None, "Shire")]


def test_demonym_force_crossing_a_border_still_comes_from_home(gazetteer):
    # a border told crossed, or the neighbour country itself entered: home is where they came from
    for text, end in (("Eritrean troops crossed into Humera on Friday.", "Humera"),
                      ("Ugandan troops entered South Sudan on Monday.", "South Sudan"),
                      ("Kenyan troops moved across the border into Gedo on Tuesday.", "Gedo")):
        (read,) = _read(text, gazetteer)
        assert read[1] == end and read[0] is not None, text
    # (the place told after "from" stays the origin)
    assert [r[:2] for r in _read("Ethiopian troops from Dolow entered Baidoa on Saturday.", gazetteer)] \
        == [("Dolow", "Baidoa")]


# -- 2. a withdrawal after the force's own attack

def test_attacked_then_withdrew_to_is_a_move_from_the_place_attacked(gazetteer):
    assert [r[:2] for r in _read("Militants attacked Bama on Sunday and then withdrew to Gwoza.", gazetteer)] \
        == [("Bama", "Gwoza")]
    assert [r[:2] for r in _read("Al-Shabaab fighters raided Bardere on Monday and pulled back to Jilib.", gazetteer)] \
        == [("Bardere", "Jilib")]


def test_attacked_near_misses(gazetteer):
    # no end told: the raid, no move
    assert _read("Gunmen attacked Djibo on Friday and then withdrew.", gazetteer) == []
    # a verb that is no turning back: the attack's place is not where the move began
    assert [r[:2] for r in _read("Soldiers attacked Ras Kamboni and later moved to Kismayo.", gazetteer)] \
        == [(None, "Kismayo")]
    # (the passive, read before: still the origin)
    assert [r[:2] for r in _read("The patrol was attacked in Kidal and withdrew to Gao.", gazetteer)] \
        == [("Kidal", "Gao")]


# -- 3. a span of days across months with no year

def _spans(text, published):
    return [(d.text, d.date_start, d.date_end) for d in find_dates(text, published)]


def test_span_across_the_new_year_with_no_year():
    pub = dt.date(2025, 3, 12)
    assert _spans("Between 5 November and 20 January, the brigade was deployed.", pub) \
        == [("Between 5 November and 20 January", dt.date(2024, 11, 5), dt.date(2025, 1, 20))]
    (d,) = find_dates("The battalion was redeployed between 12 October and 30 December.", dt.date(2026, 2, 1))
    assert (d.date_start, d.date_end) == (dt.date(2025, 10, 12), dt.date(2025, 12, 30))


def test_span_near_misses():
    pub = dt.date(2025, 3, 12)
    # two days with "and" but no "between": two dates
    assert len(find_dates("It moved on 5 November and 20 January.", pub)) == 2
    # "from ... to" months apart, or a dash: two dates, no span of days (as before, read41)
    assert len(find_dates("It moved from 5 May to 6 September.", pub)) == 2
    assert len(find_dates("It moved from 5 November to 20 January.", pub)) == 2
    assert all(d.date_start == d.date_end for d in find_dates("It left on 5 May-6 September.", pub))


def test_span_with_no_year_read_into_the_movement(gazetteer):
    assert [(r[1], *r[3:]) for r in _read("Two frigates sailed from Toulon to Djibouti between 20 November and 15 January.",
                                          gazetteer, "2026-02-01")] \
        == [("Djibouti", "2025-11-20", "2026-01-15")]


# -- 4. a company of people who are no force

def test_company_of_civilians_is_no_movement(gazetteer):
    assert _read("A company of dancers arrived in Kinshasa on Friday.", gazetteer) == []
    assert _read("A company of consultants travelled to Juba on Monday.", gazetteer) == []


def test_company_of_a_force_is_a_unit(gazetteer):
    assert [r[1] for r in _read("A company of marines arrived in Aden on Friday.", gazetteer)] == ["Aden"]
    assert [r[1] for r in _read("A company of Gurkhas flew to Kabul on Monday.", gazetteer)] == ["Kabul"]
    assert [r[1] for r in _read("A company of the 2nd Battalion drove to Mosul on Monday.", gazetteer)] == ["Mosul"]
    assert [r[1] for r in _read("A company arrived in Kidal on Monday.", gazetteer)] == ["Kidal"]
    assert [r[1] for r in _read("A company of some 150 arrived in Kidal on Monday.", gazetteer)] == ["Kidal"]


# -- 5. the scenario frame's gate

_OWN = [
    "Planners studied a scenario where Russian troops move from Pskov into Estonia.",
    "The war game rested on a scenario in which Venezuelan troops cross into Guyana.",
    "In the event that rebels enter Goma, the brigade would pull back to Sake.",
    "Scenario under which militias cross the river at Bor.",
    "A simulation in which ships sail from Haifa was run last year.",
    "Troops moved from Sake to Goma after the event.",
    "The hypothesis where jets fly to Sochi was dropped.",
]


def _plain(text, s, verb_at):
    # the frame's pattern searched with no gate, over the same span
    return hypothetical._SCENARIO_BEFORE.search(text, max(s, verb_at - hypothetical._SCENARIO_REACH), verb_at)


def _span(m):
    return None if m is None else m.span()


def test_scenario_gate_reads_as_the_plain_pattern_on_own_sentences():
    found = 0
    for text in _OWN:
        for verb in re.finditer(r"\b(?:move|cross|enter|sail|fly|moved)\b", text):
            got = told_in_a_scenario(text, 0, verb.start())
            assert _span(got) == _span(_plain(text, 0, verb.start())), text
            found += got is not None
    assert found >= 5


def test_scenario_gate_is_blind_to_case():
    text = "SCENARIO WHERE troops move from Pskov."
    assert told_in_a_scenario(text, 0, text.index("move")) is not None
    text = "Scenario where troops move from Pskov."
    assert told_in_a_scenario(text, 0, text.index("move")) is not None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "scenario", "Scenario", "in", "which", "where", "event", "EVENT", "the", "that",
                                 "war-game", "wargames", "simulations", "contingency", "plan", "troops", ",", ".",
                                 "hypotheses", "under", "move", "\u0130n", "x" * 30]), max_size=40),
       st.integers(0, 60), st.integers(0, 400))
def test_scenario_gate_reads_as_the_plain_pattern_on_built_texts(words, s, verb_at):
    text = " ".join(words)
    assert _span(told_in_a_scenario(text, s, verb_at)) == _span(_plain(text, s, verb_at))


# -- 6. probes in styles the golden file has few of: a ship's idiom of leaving, and a log's entries

def test_got_under_way_from_is_a_departure(gazetteer):
    assert [r[:2] for r in _read("HMS Dauntless got under way from Portsmouth on Monday, bound for Gibraltar.", gazetteer)] \
        == [("Portsmouth", "Gibraltar")]
    assert [r[:2] for r in _read("Two Greek frigates put to sea from Souda Bay on Tuesday.", gazetteer)] \
        == [("Souda Bay", None)]
    # (an event that begins is no departure)
    assert _read("The exercise got under way in Adazi on Monday.", gazetteer) == []


def test_log_entry_goes_on_with_the_force_before(gazetteer):
    from geomove.read.log_entry import continues_log
    text = "0610 Patrol boat CP 305 departed Augusta. 0930 arrived Pozzallo."
    assert continues_log(text, text.index("0930"), text.index("arrived"))
    assert not continues_log(text, 0, text.index("departed"))  # (a subject before the verb)
    text2 = "The corvette left Mombasa. 14:20 hrs - reached Lamu."
    assert continues_log(text2, text2.index("14:20"), text2.index("reached"))
    text3 = "The corvette left Mombasa. 14:20 reaches Lamu."  # (no past: no log entry)
    assert not continues_log(text3, text3.index("14:20"), text3.index("reaches"))
    assert [r[:2] for r in _read(text, gazetteer)] == [("Augusta", "Pozzallo")]
    # (the entry at the text's start lends nothing: one end, as before)
    assert [r[:2] for r in _read("Arrived in Pozzallo on Tuesday.", gazetteer)] == [(None, "Pozzallo")]
