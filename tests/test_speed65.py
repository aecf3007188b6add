"""Session 37's speed work on the reading stage (speed65) gives the same answers: each pattern
rewritten for speed against the pattern it replaces, on random texts of the listed words,
other words, their cases, punctuation, white space and the non-ASCII letters re.IGNORECASE folds
onto ASCII ones, and on sentences written for these tests."""

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from geomove.read import lexicon
from geomove.read.lexicon import _NOUN_TRIGGERS, _TRIGGER_RE, _VERBS, _by_first_character

# the trigger pattern as it was written before: every form one alternative, in one list
_TRIGGER_AS_LISTED = re.compile(
    r"\b(?P<verb>" + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in _VERBS) + r")\b"
    r"|\b(?P<noun>" + "|".join(map(re.escape, _NOUN_TRIGGERS)) + r")\b", re.I)

_WORDS = st.sampled_from(sorted(_VERBS)[::7] + list(_NOUN_TRIGGERS)[::3] + [
    "moved", "MOVED", "Moved", "move", "mover", "movement", "left", "Left", "take", "took up", "taken",
    "pull back", "pulled   back", "re-entered", "withdrew", "withdrawn", "arrived", "arrival", "redeployed",
    "deployment", "sent", "the", "troops", "Goma", "to", "from", "2025", ",", ";", "-", "(", ")", ".", "—",
    " ", "\n", "\t", "\u212a", "\u0130", "\u0131", "\u017f", "\u017fent", "mo\u017fed", "Ørsta", "Łódź", "_",
    "x²", "القامشلي"])

_TEXTS = st.lists(_WORDS, min_size=0, max_size=40).map(lambda ws: "".join(
    w + ("" if i % 5 == 4 else " ") for i, w in enumerate(ws)))


def _key(m):
    return None if m is None else (m.span(), m.group("verb"), m.group("noun"), m.lastindex, m.lastgroup)


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
@example("Two battalions MOVED from Goma and took up positions near Sake; the convoy re-entered the town.")
@example("The frigate sailed out, pulled   back to port and was redeployed; its withdrawal followed.")
@example("mo\u017fed \u017fent withdrew,withdrawn.Arrived")
def test_the_trigger_pattern_gathered_by_first_letter_matches_as_listed(text):
    """_TRIGGER_RE (its forms gathered under their first letter) finds the matches the pattern of
    the forms listed one by one finds: by finditer, and by match and search from every offset."""
    assert [_key(m) for m in _TRIGGER_RE.finditer(text)] == [_key(m) for m in _TRIGGER_AS_LISTED.finditer(text)]
    for at in range(len(text) + 1):
        assert _key(_TRIGGER_RE.match(text, at)) == _key(_TRIGGER_AS_LISTED.match(text, at))
        assert _key(_TRIGGER_RE.search(text, at)) == _key(_TRIGGER_AS_LISTED.search(text, at))


def test_alternatives_are_gathered_in_order_under_their_first_letter():
    assert _by_first_character(["moved", "left", "Move", "leaving", "m"]) == "m(?:oved|ove|)|l(?:eft|eaving)"
    assert re.fullmatch(_by_first_character(["moved", "left", "Move"]), "MOVE", re.I)


def test_an_alternative_opening_with_an_escape_is_refused():
    with pytest.raises(ValueError):
        _by_first_character(["moved", r"\.left"])


def test_every_listed_form_matches_as_listed():
    """Each listed form and noun, alone, in capitals and before a comma, is matched as the listed
    pattern matches it (every alternative tried once, not only those the random texts draw)."""
    for form in (*_VERBS, *_NOUN_TRIGGERS):
        for text in (form, form.upper(), f"They {form}, then"):
            assert [_key(m) for m in _TRIGGER_RE.finditer(text)] == [_key(m) for m in _TRIGGER_AS_LISTED.finditer(text)], text



def test_top_alternatives_split_only_at_top_level_bars():
    """A bar inside a group, a character class or after a backslash parts no alternatives."""
    assert lexicon._top_alternatives(r"a(?:b|c)|[|]x|\|y|z") == ["a(?:b|c)", "[|]x", r"\|y", "z"]
    assert lexicon._top_alternatives(r"[]|]|[^]|]q") == ["[]|]", "[^]|]q"]
    with pytest.raises(ValueError):
        lexicon._top_alternatives(r"a(?:b|c")

# --- lexicon._CUE_RE: the cues gathered under their first characters ---------------------------

from re import _constants as _op  # noqa: E402
from re import _parser  # noqa: E402

# the cue pattern as it was written before: the cues one by one, in the lexicon's order
_CUES_AS_LISTED = re.compile(r"\b(?=[" + lexicon._CUE_FIRST_CHARACTERS + r"])(?:"
                             + "|".join(f"(?P<c{i}>{p})" for i, (p, _) in enumerate(lexicon._ROLE_CUES)) + r")\b", re.I)


def _parsed_first(items):
    """The lower-case characters a parsed sequence may open with (sre's own parse), None when
    it may open with anything this reading does not list."""
    for op, av in items:
        if op in (_op.AT, _op.ASSERT, _op.ASSERT_NOT):
            continue
        if op is _op.LITERAL:
            return {chr(av).lower()}
        if op is _op.IN:
            if any(o not in (_op.LITERAL, _op.RANGE) for o, _a in av):
                return None
            return {chr(a).lower() for o, a in av if o is _op.LITERAL} | {
                chr(c).lower() for o, a in av if o is _op.RANGE for c in range(a[0], a[1] + 1)}
        if op is _op.SUBPATTERN:
            return None if av[1] or av[2] or av[3].getwidth()[0] == 0 else _parsed_first(av[3].data)
        if op is _op.BRANCH:
            firsts = [None if b.getwidth()[0] == 0 else _parsed_first(b.data) for b in av[1]]
            return None if None in firsts else set().union(*firsts)
        if op in (_op.MAX_REPEAT, _op.MIN_REPEAT):
            return None if av[0] == 0 else _parsed_first(av[2].data)
        return None
    return None


def test_each_cue_opens_only_with_the_characters_read_from_its_text():
    """What lexicon._first_characters reads from a cue's text holds every character sre's own
    parse says the cue may open with (a gathering behind a look-ahead loses no match)."""
    read = 0
    for p, _role in lexicon._ROLE_CUES:
        first = lexicon._first_characters(p)
        if first is not None:
            parsed = _parsed_first(_parser.parse(p, re.I).data)
            assert parsed is not None and parsed <= first, (p, parsed, first)
            read += 1
    assert read >= 40  # (most cues are read: the gathering is worth its while)


def test_first_characters_of_written_patterns():
    assert lexicon._first_characters(r"(?<!due\s)to") == {"t"}
    assert lexicon._first_characters(r"(?:after|during)\s+x|following") == {"a", "d", "f"}
    assert lexicon._first_characters(r"(?:and\s+is|,|(?<=,\s)(?:are|was))\s+now") == {"a", ",", "w"}
    assert lexicon._first_characters(r"(?-i:fm)") is None
    assert lexicon._first_characters(r"s?he") is None
    assert lexicon._first_characters(r"(?:a|)b") is None
    assert lexicon._first_characters(r"(?:on)?to") is None


_CUE_PIECES = st.sampled_from([
    "from", "to", "into", "towards", "twds", "via", "in", "at", "inside", "out of", "away from", "en route to",
    "on their way to", "as far as", "through", "across", "past", "passed", "passing by", "off", "on", "onto",
    "along", "for", "bound for", "fm", "FM", "traced back to", "dating back to", "originated in", "advanced on",
    "closing in on", "in the direction of", "loaded onto", "boarded", "after two years", "completed their mission",
    "after a week of exercises", "pulled back", "withdrawn", "by way of", "flew", "over", "joined", "took up positions in",
    "and are now based", ", now", "stopped", "staged", "halted", "was gathered", "set up camp", "were seen", "spotted",
    "after a night", "with a stopover", "after", "during", "following", "at the end of", "a deployment",
    "stationed in", "based at", "who had held", "turned back", "who have been besieged", "arrived", "anchored",
    "the", "a", "its", "their", "two", "Goma", "Kindu", "2025", ",", ";", "(", ")", "—", " ", "\n",
    "\u212a", "\u0130", "\u0131", "\u017f", "\u017ftationed", "Ørsta", "_", "x²"])

_CUE_TEXTS = st.lists(_CUE_PIECES, min_size=0, max_size=30).map(lambda ws: "".join(
    w + ("" if i % 6 == 5 else " ") for i, w in enumerate(ws)))


@settings(max_examples=500, deadline=None)
@given(_CUE_TEXTS)
@example("The convoy, stationed in Goma, pulled back from Sake and, after a stopover in Kindu, passed through Uvira.")
@example("Ships anchored off Aden were seen in the strait, following a two-week patrol, and are now based at Djibouti.")
def test_the_cues_gathered_by_first_character_match_as_listed(text):
    """_CUE_RE finds the matches (spans and the cue's group) the cues listed one by one find."""
    def key(m):
        return None if m is None else (m.span(), m.lastgroup)
    assert [key(m) for m in lexicon._CUE_RE.finditer(text)] == [key(m) for m in _CUES_AS_LISTED.finditer(text)]
    for at in range(0, len(text) + 1, 2):
        assert key(lexicon._CUE_RE.search(text, at)) == key(_CUES_AS_LISTED.search(text, at))
        assert key(lexicon._CUE_RE.match(text, at)) == key(_CUES_AS_LISTED.match(text, at))


def test_the_gathered_patterns_take_milliseconds_on_long_adversarial_runs():
    """No backtracking the patterns as listed did not have: long runs of hyphenated parts, of one
    letter, of cue openings and of verb prefixes are scanned in well under a second."""
    import time

    for text in ("Ab-" * 2000 + "Ab", "m" * 20000, "on the way " * 1500, "t" + "o " * 8000, "moved-" * 3000,
                 "in the direction " * 1200, ", , and are " * 1500):
        start = time.thread_time()  # (this thread only: a thread an earlier test left running counts in process_time)
        list(_TRIGGER_RE.finditer(text))
        list(lexicon._CUE_RE.finditer(text))
        assert time.thread_time() - start < 1.0, text[:20]
