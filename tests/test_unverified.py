"""read.unverified: a movement told only as a claim the report calls unproven stays `reported`
(GUIDELINES' statuses) with a lower confidence; a claim confirmed in another clause does not."""

import pytest

from geomove.movements import extract
from geomove.read.unverified import unverified_words
from geomove.read.weights import UNVERIFIED_CLAIM


def _one(text):
    features = extract(text, published="2026-03-04", include_all=True)
    assert len(features) == 1, features
    return features[0]["properties"]


@pytest.mark.parametrize("plain,claimed", [
    ("Separatist accounts said Georgian police had left Zugdidi on Monday.",
     "Separatist accounts claimed, without evidence, that Georgian police had left Zugdidi on Monday."),
    ("Reports said Sudanese army units moved from Kosti to El Obeid on Monday.",
     "Unverified reports said Sudanese army units moved from Kosti to El Obeid on Monday."),
    ("Rebel accounts said government troops had fled Bunia on Monday.",
     "Rebel accounts said government troops had fled Bunia on Monday, a claim that could not be independently verified."),
])
def test_an_unproven_claim_is_reported_with_less_confidence(plain, claimed):
    a, b = _one(plain), _one(claimed)
    assert b["status"] == a["status"] == "reported"
    assert (a["origin"] or {}).get("name") == (b["origin"] or {}).get("name")
    assert b["confidence"] == pytest.approx(round(a["confidence"] + UNVERIFIED_CLAIM, 2))


def test_a_claim_confirmed_in_another_sentence_keeps_its_confidence():
    told = _one("Separatist accounts said Georgian police had left Zugdidi. "
                "The interior ministry said on Tuesday that the police had left Zugdidi.")
    doubted = _one("Separatist accounts claimed without evidence that Georgian police had left Zugdidi. "
                   "The interior ministry said on Tuesday that the police had left Zugdidi.")
    assert doubted["confidence"] == told["confidence"]


@pytest.mark.parametrize("quote,words", [
    ("The ministry confirmed that two battalions left Gao.", None),  # confirmed: no cue
    ("Evidence of the column's route was shown by the army.", None),
    ("The move, which has not been independently confirmed, began on Friday.", "has not been independently confirmed"),
    ("Officials couldn't confirm the convoy's arrival.", "couldn't confirm"),
])
def test_the_cues(quote, words):
    assert unverified_words(quote) == words


def test_a_long_run_of_cue_letters_is_fast():
    import gc
    import time
    unverified_words("warm-up without evidence")
    text = "verif-" * 20_000 + "without " * 20_000
    gc.disable()
    try:
        t = time.process_time()
        unverified_words(text)
        assert time.process_time() - t < 0.5
    finally:
        gc.enable()
