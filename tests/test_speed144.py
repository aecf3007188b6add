"""speed144: an alternative that opens with a look-behind, an optional part or a group of words
is spread into alternatives that open with a literal (geomove.regex_cache._spread_openings), so
it joins its first letter's group where it broke the run (speed139: "(?<!senior\\s)officers",
"(?:naval\\s+)?infantry", "(?:combat|field)\\s+medics").

The spread must try the same things in the same order: every pattern below, and every kept
reading pattern the spread changes (against the same pattern compiled with the grouping of
speed75 alone), finds, matches and substitutes the same spans and groups as re.compile's, on
hand-made texts, texts of the pattern's own words and hypothesis texts."""

import random
import re

import pytest
from hypothesis import given, settings, strategies as st
from pattern_identity import assert_finds_the_same, reading_patterns

from geomove import regex_cache
from geomove.regex_cache import compile_with_first_characters
from re import _constants, _parser

_ODD = "\u212a\u017f\u0130\u0131\u00e9\u2019"


def _assert_same_everywhere(faster: re.Pattern, plain: re.Pattern, text: str) -> None:
    assert_finds_the_same(faster, plain, text, split=True)
    for pos in range(len(text) + 1):  # (match and fullmatch: the body alone)
        a, b = faster.match(text, pos), plain.match(text, pos)
        assert (a and (a.span(), a.groups(), a.lastindex)) == (b and (b.span(), b.groups(), b.lastindex)), plain.pattern
        a, b = faster.fullmatch(text, pos), plain.fullmatch(text, pos)
        assert (a and a.span()) == (b and b.span()), plain.pattern


def _without_spread(pattern: str, flags: int, monkeypatch) -> re.Pattern:
    """The pattern as kept before speed144 (speed75's grouping, nothing spread)."""
    with monkeypatch.context() as m:
        m.setattr(regex_cache, "_spread_openings", lambda alternatives, flags, state: None)
        return compile_with_first_characters(pattern, flags)


_CASES = [
    # a look-behind before its word, one letter's other words before and after it
    (r"\b(?:oars|(?<!senior\s)officers|orders)\b", re.I, "senior officers, the Officers, SENIOR OFFICERS oars orders"),
    # several look-behinds, a case-blind one with the Kelvin sign
    (r"(?:ranks|(?<!the\s)(?<!a\s)reserves|rks|(?<=k)r)", re.I, "the reserves a reserves reserves \u212ar kr Kranks"),
    # at the start of the text (the look-behind's one more character before the text's start)
    (r"(?:x|(?<!ab)cd|c)", 0, "cd abcd bcd c"),
    # an optional first word: with it, then without, as a greedy ? tries
    (r"\b(?:naval\s+)?(?:infantry|task\s+groups?)\b|\bnavy\b", re.I, "naval infantry infantry NAVAL TASK GROUP task groups navy"),
    (r"(?:(?:re)?supply|reinforce|sup)", re.I, "resupply supply reinforce sup resup"),
    # a group of first words, each followed by the rest, in their order
    (r"\b(?:(?:combat|field|army)\s+medics|cadets|fighters)\b", re.I, "combat medics field medics army medic cadets fighters"),
    # an earlier, shorter alternative wins where a later spread one would match longer
    (r"(?:a|(?:a)?ab|(?<!x)abc|b)", 0, "abc aab xabc ab b"),
    # a continuation that backtracks into the spread part
    (r"(?:(?:ab)?a|b)+c", 0, "ababac aac bc abac"),
    # a lazy optional part and a part that may be empty are left as they were
    (r"(?:(?:ab)??a|b)c", 0, "abac ac bc"),
    (r"(?:(?:a*)?b|c)", 0, "aab b c"),
    # a capturing group in the alternative: left as it was (a copy would be set by either)
    (r"(?:(?<!x)(a)b|(?:(c))?d)", 0, "ab xab cd d"),
]


@pytest.mark.parametrize("pattern, flags, text", _CASES)
def test_spread_alternatives_find_what_re_compile_finds(pattern, flags, text):
    faster = compile_with_first_characters(pattern, flags)
    _assert_same_everywhere(faster, re.compile(pattern, flags), text)
    _assert_same_everywhere(faster, re.compile(pattern, flags), text.upper() + " " + text.replace("k", "\u212a"))


def _heads(pattern: str, flags: int) -> list:
    tree = _parser.parse(pattern, flags)
    grouped = regex_cache._grouped(tree, int(flags | tree.state.flags))
    for op, av in grouped.data:
        if op is _constants.SUBPATTERN:
            op, av = av[3].data[0]
        if op is _constants.BRANCH:
            return [alt.data[0][0] for alt in av[1]]
    return []


def test_a_look_behind_and_an_optional_word_join_their_letters_group():
    # (speed75 alone: the look-behind and the optional group each stood apart, four runs)
    heads = _heads(r"(?:oars|(?<!senior\s)officers|orders|(?:naval\s+)?infantry|navy|intelligence)", re.I)
    assert len(heads) == 3  # o, n, i: every alternative in its letter's group
    assert all(op is _constants.SUBPATTERN for op in heads)  # (each a plain class of the letter's cases)


def test_what_cannot_open_with_a_literal_is_left_as_it_was():
    for pattern in (r"(?:(?<!x)\w+|ab)", r"(?:(?:ab)??c|d)", r"(?:(a)?b|c)", r"(?:(?:\s)?b|c)"):
        tree = _parser.parse(pattern, 0)
        branch = next(av for op, av in tree.data if op is _constants.BRANCH) if tree.data[0][0] is _constants.BRANCH \
            else tree.data[0][1][3].data[0][1]
        assert regex_cache._spread_openings(branch[1], int(tree.state.flags), tree.state) is None, pattern


def _texts(pattern: re.Pattern, rnd: random.Random, n: int) -> list[str]:
    # (the pattern's own words -- the look-behinds' and the optional words' among them -- recased)
    words = re.findall(r"[A-Za-z]{2,}", pattern.pattern) or ["troops"]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(2, 14)):
            w = rnd.choice(words)
            w = w.upper() if rnd.random() < 0.15 else w.capitalize() if rnd.random() < 0.3 else w
            parts.append(w if rnd.random() < 0.9 else "".join(rnd.choice("ab ,.'" + _ODD) for _ in range(3)))
        out.append(rnd.choice([" ", ", ", " the ", " a "]).join(parts))
    return out


@pytest.mark.parametrize("part", range(3))
def test_every_spread_reading_pattern_finds_what_re_compile_finds(part, monkeypatch):
    rnd = random.Random(144 + part)
    spread = 0
    for pattern in reading_patterns()[part::3]:
        faster = compile_with_first_characters(pattern.pattern, pattern.flags)
        if faster == _without_spread(pattern.pattern, pattern.flags, monkeypatch):
            continue
        spread += 1
        plain = re.compile(pattern.pattern, pattern.flags)
        for text in _texts(pattern, rnd, 10):
            assert_finds_the_same(faster, plain, text)
    assert spread > 10


_WORDS = ["ab", "abc", "b", "ba", "c", "ca", "x"]
_ALTERNATIVES = [r"(?<!x)ab", r"(?<!b\s)(?<=a)bc", r"(?:x\s)?ab", r"(?:ab)?c", r"(?:b|ca)a", r"a", r"ab", r"b",
                 r"(?:x|c\s)?(?<!a)b", r"\w+", r"(?:(?:a)?b)?c"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_ALTERNATIVES), min_size=2, max_size=7), st.sampled_from([0, re.I]),
       st.sampled_from(["(?:{})", r"\b(?:{})\b", "(?:{})+c", "(?:{})(?:{})"]),
       st.lists(st.sampled_from(_WORDS + [" ", "x ", "A", "B\u212a"]), max_size=12))
def test_random_alternations_find_what_re_compile_finds(alternatives, flags, shape, words):
    pattern = shape.format(*["|".join(alternatives)] * shape.count("{}"))
    _assert_same_everywhere(compile_with_first_characters(pattern, flags), re.compile(pattern, flags), "".join(words))
