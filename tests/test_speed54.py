"""Session 34's speed work on the reading stage (speed54) gives the same answers: each cheap
test asked before reading a clause whole lets through every clause the tests after the whole
reading would keep."""

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from geomove.read.clauses import _Reader
from geomove.read.lexicon import _stem

# clauses of a few words of movement, of "also" / "too" / "as well" and of look-alikes ("took",
# "stood", "Alsop", "tattoo"), in any order
_PIECES = st.sampled_from([
    "The", "Kenya", "also", "Also", "too", "took", "stood", "tool", "Alsop", "tattoo", "as well", "as  well",
    "sent", "deployed", "dispatched", "flew", "moved", "arrived", "left", "will", "has", "had been",
    "50 police officers", "troops", "a letter", "to", "on Friday", ",", ".", ";", " ", " ", "\n", "Honiara"])


def _kept_by_the_tests_after(reader, told, s, e) -> bool:
    """What also_sent asks of a clause read whole, before its force and its movement before."""
    from geomove.read.also_sent import _ALSO_BEFORE_VERB, _AS_WELL_AFTER, SENDING_STEMS

    if told is None or told.origin or told.destination or not told.trigger or _stem(told.trigger) not in SENDING_STEMS:
        return False
    at = told.trigger_start
    return bool(_ALSO_BEFORE_VERB.search(reader.text, max(s, at - 40), at) or _AS_WELL_AFTER.search(reader.text, s, e))


def _verb_of(reader, i):
    """The verb clause ``i``'s partial reading tells (what Assembly.endless keeps), or None."""
    from geomove.read.state import VerbTold

    part = reader.fragment(i)
    return None if part is None else VerbTold(part.trigger, part.trigger_start)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=24).map(" ".join))
@example("Papua New Guinea also sent 34 police and soldiers.")
@example("Fiji will also deploy 50 troops, and Tonga sent 40 soldiers too.")
def test_also_sent_gate_lets_through_every_clause_kept(text):
    # (speed160: the gate asks the verb the partial reading told, which is the whole reading's)
    from geomove.read.also_sent import _may_be_sent_also

    reader = _Reader(text, [], None)
    for i, (s, e) in enumerate(reader.spans):
        verb = _verb_of(reader, i)
        if verb is None or not _may_be_sent_also(reader.text, verb, s, e):
            assert not _kept_by_the_tests_after(reader, reader.fragment(i, whole=True), s, e), (text, i)


def test_also_sent_gate_passes_over_took_and_stood():
    """"too" inside "took" or "stood" is no "too": such a clause is not read whole."""
    from geomove.read.also_sent import _may_be_sent_also

    def gated(text):
        reader = _Reader(text, [], None)
        return [(verb := _verb_of(reader, i)) is not None and _may_be_sent_also(reader.text, verb, s, e)
                for i, (s, e) in enumerate(reader.spans)]

    for text in ("The convoy took the coastal road to the port.", "Soldiers stood guard as the ships sailed.",
                 "The battalion moved its tool depot."):
        assert not any(gated(text)), text
    assert any(gated("Ghana also sent 200 soldiers."))
    assert any(gated("Ghana sent 200 soldiers too."))


# --- lexicon.search_count: _COUNT_RE.search tried only where a number may open

_COUNT_PIECES = st.sampled_from([
    "about", "About", "ABOUT", "approx.", "approx", "c.", "some", "more than", "more  than", "more\nthan", "at least",
    "up to", "an estimated", "nearly", "over", "almost", "fewer than", "a dozen", "a  dozen", "a dozens", "dozens of",
    "a pair of", "hundreds of", "thousands", "twenty-five", "thirty two", "one", "someone", "often", "seven", "ſix",
    "İ", "ı", "2,500", "1.200", "1\u00a0200", "4 000", "76-", "–", "-", "200-300", "3", "2024", "12 x", "×",
    "troops", "soldiers", "T-72", "tanks", "trucks", "mm", "of its", "Nigerian", "Army", "personnel", "vehicles",
    "days", "later", ",", ".", "(", ")", " ", " ", "  ", "\n", "\t", "\u2009"])


@settings(max_examples=1500, deadline=None)
@given(st.lists(_COUNT_PIECES, max_size=30).map("".join), st.integers(-3, 200), st.integers(-3, 260))
@example("more than 300 troops", 0, 100)
@example("a dozens soldiers", 0, 100)
@example("about 4 000 soldiers", 2, 100)
@example("approx.300 troops", 0, 100)
@example("some  twenty-five soldiers", 1, 100)
def test_search_count_is_the_patterns_search(text, pos, endpos):
    from geomove.read.lexicon import _COUNT_RE, search_count

    want = _COUNT_RE.search(text, pos, endpos)
    got = search_count(text, pos, endpos)
    assert (want is None) == (got is None), (text, pos, endpos, want, got)
    if want is not None:
        assert (want.span(), want.groupdict()) == (got.span(), got.groupdict())


def test_search_count_reads_the_nearer_count_first():
    from geomove.read.lexicon import search_count

    text = "On 3 March, more than 300 soldiers and about 40 trucks left; 2 tanks followed."
    spans = []
    at = 0
    while (m := search_count(text, at, len(text))) is not None:
        spans.append(text[m.start():m.end()].strip())
        at = m.end()
    assert spans == ["more than 300 soldiers", "about 40 trucks", "2 tanks"]


# --- read.unwrap._breaks: _BREAK's matches found from the line breaks

_LAYOUT_PIECES = st.sampled_from([" ", "  ", "\t", "\r", "\n", "\r\n", "\n\n", "\u00a0", "\u2028", "x", "Gao", ".", ",",
                                  "-", "the", "25", "•"])


@settings(max_examples=1500, deadline=None)
@given(st.lists(_LAYOUT_PIECES, max_size=30).map("".join))
@example("a column of approximately\n25 vehicles")
@example("left Gao \r\n  for Kidal")
@example("x\r \n y")
def test_breaks_are_the_patterns_matches(text):
    from geomove.read.unwrap import _BREAK, _breaks

    assert list(_breaks(text)) == [(m.start(), m.start(1), m.end(1), m.end()) for m in _BREAK.finditer(text)]
