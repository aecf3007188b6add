"""Cases of the constructions helper read100 (session 37) read, beyond their golden lines."""

import time

from geomove.read import craft_types
from geomove.read.state import Fragment, _Draft


def _draft(what: str | None, count: int | None = None, actor: str | None = None) -> _Draft:
    counts = [{"value": count, "unit": "x"}] if count else []
    return _Draft(None, [], None, [Fragment(0, "moved", 0, what=what, counts=counts, actor=actor)], "reported")


def test_types_of_two_kinds_told_apart_only_by_their_counts():
    assert craft_types.different_craft_types(_draft("Two C-17s", 2), _draft("Four Typhoons", 4))
    assert not craft_types.different_craft_types(_draft("Two C-17s", 2), _draft("two Globemasters", 2))
    assert not craft_types.different_craft_types(_draft("Two C-17s", 2), _draft("The C-17A transports", 2))
    assert not craft_types.different_craft_types(_draft("the aircraft"), _draft("Four Typhoons", 4))


def test_a_callsign_or_a_road_is_no_type():
    assert not craft_types.different_craft_types(_draft("a flight RCH417"), _draft("the C-17 RCH418"))
    assert craft_types.different_craft_types(_draft("an Italian KC-767"), _draft(None, actor="US C-17"))


def test_a_long_run_of_hyphened_words_reads_fast():
    what = "Ab-" * 3000 + "12 " + "C-1" * 2000
    t = time.perf_counter()
    craft_types.different_craft_types(_draft(what), _draft("Ab-Ab-Ab-" * 2000))
    assert time.perf_counter() - t < 0.5


def test_a_stay_begins_after_since_whatever_the_date_reads():
    from geomove.read.stay_since import begins_a_stay
    text = "Both had been at Dover since Friday. They left on Monday. Ever since 3 March it stayed."
    assert begins_a_stay(text, text.index("since Friday"))     # the date read with its word
    assert begins_a_stay(text, text.index("Friday"))           # or after it
    assert not begins_a_stay(text, text.index("on Monday"))
    assert begins_a_stay(text, text.index("Ever since"))


def test_the_antecedent_of_a_relative_pronoun():
    from geomove.read.relative_what import antecedent_what
    text = "Among them were members of the GIGN tactical unit, who were sent on to Dumbea."
    assert antecedent_what(text, text.index("who")) == "members of the GIGN tactical unit"
    text = "The marines reached Aden, along with a team of medics, who were flown on to Mukalla."
    assert antecedent_what(text, text.index("who")) == "a team of medics"
    text = "Who was sent to Dumbea?"
    assert antecedent_what(text, 0) is None                      # no comma before: no antecedent
    text = "They said that " + "the men of the valley and " * 6 + "others, who were sent on to X."
    assert antecedent_what(text, text.index("who")) is None      # no noun phrase of a few words


def test_a_long_run_before_a_relative_pronoun_reads_fast():
    from geomove.read.relative_what import antecedent_what
    text = "Ab-" * 5000 + ", who" + ", which" * 3000
    t = time.perf_counter()
    for at in range(len(text) - 40000, len(text), 97):
        antecedent_what(text, at)
    assert time.perf_counter() - t < 1.0


def test_the_subject_between_is_read_from_its_opening_only():
    from geomove.read.pronoun_between import pronoun_of_another_subject
    text = "The corvette turned off its transponder off Brest. It was seen heading for Gibraltar."
    at = text.index("It was")
    assert pronoun_of_another_subject(text, at, (0, at)) == "corvette"
    assert pronoun_of_another_subject(text, 0, (0, at)) is None               # no pronoun opens the clause
    long = "The corvette " + "Ab-" * 100000 + " turned. It sailed."
    t = time.perf_counter()
    assert pronoun_of_another_subject(long, long.index("It sailed"), (0, long.index("It sailed"))) is None
    assert time.perf_counter() - t < 0.2
