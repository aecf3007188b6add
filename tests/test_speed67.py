"""speed67: the reading wing's patterns are kept with the set of characters a match opens with in
their search block (geomove.regex_cache._with_first_characters), so that a search passes the
other characters by the engine's tight loop instead of trying the whole pattern at each.

Only the search block changes: every reading pattern must find what re.compile's finds, from
every offset, on texts of its own words, of letters whose case folds oddly (the Kelvin sign, the
long s, the dotted and dotless i) and of random characters."""

import random
import re

import pytest
from pattern_identity import assert_finds_the_same, reading_patterns, texts_near

from geomove.regex_cache import FIRST_CHARACTERS_OF, CompiledPatterns, compile_with_first_characters

def test_the_reading_patterns_are_kept_with_first_characters():
    # (and since speed71 every other file's: tests/test_speed71.py)
    assert "read-anything".startswith(FIRST_CHARACTERS_OF)
    assert CompiledPatterns("read-anything", folder=None).first_characters


@pytest.mark.parametrize("part", range(4))
def test_every_reading_pattern_finds_what_re_compile_finds(part):
    rnd = random.Random(67 + part)
    patterns = reading_patterns()
    assert len(patterns) > 500
    changed = 0
    for pattern in patterns[part::4]:
        faster = compile_with_first_characters(pattern.pattern, pattern.flags)
        plain = re.compile(pattern.pattern, pattern.flags)
        if faster == plain:
            continue
        changed += 1
        for text in texts_near(pattern, rnd, 12):
            assert_finds_the_same(faster, plain, text)
    assert changed > 50  # (the search blocks are written: ~700 of the ~1,300 patterns)


@pytest.mark.parametrize("pattern, flags, text", [
    (r"(?i)\bk\w+", 0, "Kilo \u212ailo kelvin"),  # the Kelvin sign lowers to k
    (r"\b(?=\w)(?:s\w+|is)\b", re.I, "\u017fix SIX \u0130s is"),  # the long s, the dotted capital I
    (r"(?<!x)abc", re.I, "xabc ABC aBc"),  # a look-behind first: the set is read after it
    (r"\b(?=[A-Z])\w+", 0, "the Troops of ABC"),  # a look-ahead's class
    (r"(?:,\s*)?\band\b", re.I, "one, and AND two"),  # an optional first part: its characters or the next's
])
def test_the_set_holds_every_character_a_match_opens_with(pattern, flags, text):
    faster, plain = compile_with_first_characters(pattern, flags), re.compile(pattern, flags)
    assert faster != plain  # (a set was written)
    assert [m.span() for m in faster.finditer(text)] == [m.span() for m in plain.finditer(text)] != []


@pytest.mark.parametrize("pattern, flags", [
    (r"a*", 0),  # may match the empty string: the engine's search then needs its own way
    (r"^\w+", re.M),  # anchored at a line's start
    (r"abc", 0),  # re.compile wrote a literal prefix already
    (r"[^a]b", 0),  # a negated class: not read
    (r".x", 0),  # any character
])
def test_no_set_where_none_is_read(pattern, flags):
    assert compile_with_first_characters(pattern, flags) == re.compile(pattern, flags)
