"""Session 38, read102: an end told by a name the gazetteer lacks (read.unplaced_end). The
sentences are in tests/golden/movements.jsonl (s38-read102-*); these test the decision alone."""

from types import SimpleNamespace

from geomove.read.unplaced_end import other_end_unplaced


def _draft(origin=None, destination=None, origin_at=None, destination_at=None):
    frag = SimpleNamespace(origin=[(origin, origin_at)] if origin else [],
                           destination=[(destination, destination_at)] if destination else [])
    return SimpleNamespace(origin=origin, destination=destination, frags=[frag])


def test_a_destination_after_an_unknown_start_is_told_whole():
    text = "A team was sent from Butmir to Brcko on Thursday."
    d = _draft(destination={"name": "Brcko", "surface": "Brcko"}, destination_at=text.index("to Brcko"))
    assert other_end_unplaced(text, d, frozenset())


def test_a_start_the_finder_read_or_a_day_is_no_unplaced_end():
    text = "A team was sent from Tuzla to Brcko. Another was sent from Monday to Brcko."
    first = _draft(destination={"surface": "Brcko"}, destination_at=text.index("to Brcko"))
    assert not other_end_unplaced(text, first, frozenset({text.index("Tuzla")}))   # a mention the finder read
    second = _draft(destination={"surface": "Brcko"}, destination_at=text.rindex("to Brcko"))
    assert not other_end_unplaced(text, second, frozenset())   # a day


def test_an_origin_before_an_unknown_port_is_told_whole():
    text = "A convoy left Sayhut for the port of Nishtun on Sunday."
    d = _draft(origin={"surface": "Sayhut"}, origin_at=text.index("Sayhut"))
    assert other_end_unplaced(text, d, frozenset())
    assert not other_end_unplaced("A convoy left Sayhut for the north on Sunday.", d, frozenset())


def test_a_movement_with_both_ends_or_none_is_never_asked():
    both = _draft(origin={"surface": "A"}, destination={"surface": "B"}, origin_at=0, destination_at=0)
    assert not other_end_unplaced("from Butmir to B", both, frozenset())


def test_a_long_run_of_capitalised_words_reads_fast():
    import gc
    import time
    text = "from " + "Ab-Ab " * 3000 + "to Brcko"
    d = _draft(destination={"surface": "Brcko"}, destination_at=text.index("to Brcko"))
    other_end_unplaced(text, d, frozenset())   # (patterns warmed first)
    gc.disable()
    try:
        t = time.perf_counter()
        other_end_unplaced(text, d, frozenset())
        assert time.perf_counter() - t < 0.05
    finally:
        gc.enable()


def test_a_clause_listing_thousands_of_places_is_read_once_per_movement():
    """2,000 movements share the clause that lists their 2,000 destinations: each asks only the
    clause's first destination (and last origin), not the whole list (its length squared made
    tests/test_long_text_s28.py's listing 4.5 CPU s instead of under 3)."""
    import gc
    import time
    text = "Troops were sent to " + ", ".join(f"Town{i}" for i in range(2000)) + "."
    ends = [({"surface": f"Town{i}"}, text.index(f"Town{i},") if i < 1999 else text.index(f"Town{i}.")) for i in range(2000)]
    ends[0] = (ends[0][0], text.index("to Town0"))
    frag = SimpleNamespace(origin=[], destination=ends)
    drafts = [SimpleNamespace(origin=None, destination=place, frags=[frag]) for place, _at in ends]
    other_end_unplaced(text, drafts[0], frozenset())   # (patterns warmed first)
    gc.disable()
    try:
        t = time.perf_counter()
        assert not any(other_end_unplaced(text, d, frozenset()) for d in drafts)
        assert time.perf_counter() - t < 0.5
    finally:
        gc.enable()
