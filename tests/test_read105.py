"""read105 (s39): claims called false (the claim's source before "that"; "calls the claim
false"), twin towns across a border ("left A for B in K") and a unit told after a summary's
colon. The constructions are in the golden file (s39-read105-*) and tests/fixtures/unseen55;
these tests hold what a golden line cannot: the helpers' own answers and the cost of the new
patterns on long runs of words."""

from __future__ import annotations

import gc
import time

from geomove.read.colon_clause import unit_of_summed_force
from geomove.read.denied_clause import denied_after
from geomove.read.end_area import area_of_the_end
from geomove.read.lexicon import _REPORTS_THAT
from geomove.read.state import Fragment, _Draft
from geomove.read.unit_names import named_unit_subject

RWANDA = {"name": "Rwanda", "kind": "country", "country": "RW", "precision": "country", "offsets": [36, 42]}
GISENYI = {"name": "Gisenyi", "kind": "city", "country": "RW", "lat": -1.70, "lon": 29.26, "offsets": [25, 32]}


def test_the_area_of_the_end_is_told_after_it():
    assert area_of_the_end(RWANDA, GISENYI)
    assert not area_of_the_end({**RWANDA, "offsets": [0, 6]}, GISENYI)  # ("From Rwanda, ... to Gisenyi")
    assert not area_of_the_end({**RWANDA, "name": "Uganda", "country": "UG"}, GISENYI)
    assert not area_of_the_end(RWANDA, None)


def _draft(actor: str, sentence: int, in_sentence: int, as_clause: bool = False) -> _Draft:
    frag = Fragment(sentence=sentence, trigger="moved", trigger_start=0, in_sentence=in_sentence,
                    actor=actor, as_clause=as_clause)
    return _Draft(None, [], GISENYI, [frag], "reported")


def test_a_unit_kind_after_the_colon_is_the_summed_force():
    summary = _draft("Kyrgyz border guards", 3, 1)
    assert unit_of_summed_force(summary, _draft("motorised company", 4, 1, as_clause=True))
    assert not unit_of_summed_force(summary, _draft("Tajik motorised company", 4, 1, as_clause=True))
    assert not unit_of_summed_force(summary, _draft("motorised company", 4, 2, as_clause=True))  # (the next sentence)
    assert not unit_of_summed_force(summary, _draft("motorised company", 4, 1))  # (no colon before it)


def test_a_claims_source_before_that():
    assert _REPORTS_THAT.search("Claims on social media that ")
    assert _REPORTS_THAT.search("Rumours circulating in Juba that ")
    assert not _REPORTS_THAT.search("Claims on social media, the army said, that ")


def test_a_verdict_that_calls_the_claim_false():
    text = "Separatists say they moved armour from A to B, but Kyiv calls the reports fabricated."
    assert denied_after(text, text.index(", but")) is not None
    other = "Separatists say they moved armour from A to B, but Kyiv calls the move a provocation."
    assert denied_after(other, other.index(", but")) is None


def test_a_unit_named_with_its_number_after_it():
    for text, unit in (("Soldiers of Battalion 751 left", "Battalion 751"), ("Battalion 751 left", "Battalion 751"),
                       ("As many as 450 troops of Infantry Battalion 527 arrived", "Infantry Battalion 527")):
        assert named_unit_subject(text, 0, text.rindex(" ") + 1) == unit
    for text in ("Soldiers of Battalion 2026 left", "Soldiers of battalion 751 left", "Soldiers of Battalion 7.5 left"):
        assert named_unit_subject(text, 0, text.rindex(" ") + 1) is None


def test_the_new_patterns_take_milliseconds_on_long_runs():
    runs = ["Claims on " + "Ab-Ab " * 300 + "are false.", "Reports, but " + "Ab-Ab " * 300 + "calls it baseless.",
            "Rebels said " + "x " * 3000 + ", but " + "Ab-Ab-" * 300 + " called the claims untrue."]
    units = ["Soldiers of " + "Ab-Ab " * 300 + "Battalion 751 left", "Soldiers of " + "Ab " * 300 + "Battalion left"]
    for text in runs:  # (patterns warmed)
        _REPORTS_THAT.search(text)
        denied_after(text, text.find(", but") if ", but" in text else 0)
    for text in units:
        named_unit_subject(text, 0, text.rindex(" ") + 1)
    gc.disable()
    try:
        t = time.process_time()
        for text in runs:
            _REPORTS_THAT.search(text)
            denied_after(text, text.find(", but") if ", but" in text else 0)
        for text in units:
            named_unit_subject(text, 0, text.rindex(" ") + 1)
        assert time.process_time() - t < 0.2
    finally:
        gc.enable()
