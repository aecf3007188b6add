"""read142's readers on their own: a hedge on a passive perfect infinitive
(read.hedged_perfect), "scores of" as a vague number (lexicon._COUNT_RE), and the watched
count ended by "until it was relieved ..., then" (read.watched_count). Sentences of my own."""

from geomove.read.hedged_perfect import hedged_perfect_passive
from geomove.read.lexicon import _COUNT_RE
from geomove.read.watched_count import counted_watched


def _hedged(text: str, verb: str) -> bool:
    return hedged_perfect_passive(text, 0, text.index(verb))


def test_hedge_before_a_passive_perfect():
    assert _hedged("Soldiers believed to have been sent from Kindu arrived in Kalemie.", "sent")
    assert _hedged("Marines, said to have been airlifted from Guam, landed.", "airlifted")


def test_no_hedge_no_pass():
    # (a plan, and a perfect with no word of report, stay infinitives of intent)
    assert not _hedged("Troops expected to be sent from Kindu will arrive.", "sent")
    assert not _hedged("The unit is due to have been withdrawn from Kindu by May.", "withdrawn")
    # (nor "to be": only the perfect)
    assert not _hedged("Troops believed to be sent from Kindu will arrive.", "sent")


def test_scores_of_is_a_vague_count():
    m = _COUNT_RE.search("Scores of fighters left Kindu.")
    assert m is not None and m.group("num").lower() == "scores"
    # (the verb "scores" counts nothing)
    assert _COUNT_RE.search("The brigade scores three points in drills.") is None or \
        _COUNT_RE.search("The brigade scores three points in drills.").group("num").lower() != "scores"


def _watched(text: str, count: str, verb: str) -> bool:
    at = text.index(count)
    return counted_watched(text, at, at + len(count), text.index(verb))


def test_watch_ended_by_a_relief_then_own_move():
    text = "HMS Tyne tracked two Russian tankers until it was relieved off Dover, then sailed to Hull."
    assert _watched(text, "two Russian tankers", "sailed")
    text = "HMS Tyne tracked two Russian tankers, then sailed to Hull."
    assert _watched(text, "two Russian tankers", "sailed")


def test_sent_is_no_watch():
    text = "The navy sent two tankers until it was relieved off Dover, then sailed to Hull."
    assert not _watched(text, "two tankers", "sailed")
