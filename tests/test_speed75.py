"""speed75: a kept pattern's branches have their alternatives grouped by their first character
(geomove.regex_cache._with_grouped_branches), each group opened by a plain class the engine
passes in line, where every case-blind alternative was entered by a jump.

The grouping must not change which alternative wins at any position: every pattern below, and
every kept reading pattern on random texts of its own words, finds, matches and substitutes the
same spans and groups as re.compile's."""

import random
import re

import pytest
from pattern_identity import assert_finds_the_same

from geomove import regex_cache
from geomove.regex_cache import compile_with_first_characters
from re import _constants, _parser

_ODD = "\u212a\u017f\u0130\u0131\u00e9\u00c9\u2019\u2014"


def _assert_same_everywhere(pattern: str, flags: int, text: str) -> None:
    faster, plain = compile_with_first_characters(pattern, flags), re.compile(pattern, flags)
    assert_finds_the_same(faster, plain, text, split=True)
    for pos in range(len(text) + 1):  # (match and fullmatch skip the search block: the body alone)
        a, b = faster.match(text, pos), plain.match(text, pos)
        assert (a and (a.span(), a.groups(), a.lastindex)) == (b and (b.span(), b.groups(), b.lastindex)), pattern
        a, b = faster.fullmatch(text, pos), plain.fullmatch(text, pos)
        assert (a and a.span()) == (b and b.span()), pattern


@pytest.mark.parametrize("pattern, flags, text", [
    # an earlier, shorter alternative wins where a later one would match longer
    (r"(?:a|ab|ac|b|abc)", 0, "abc ab ac b a"),
    # one letter's alternatives apart, another letter's between them: the order within a letter kept
    (r"\b(?:sam|tom|samuel|sa|t)\b", re.I, "Samuel SAM sa Tom t \u017fam"),
    # the Kelvin sign, the long s and the dotted capital I are each one letter's case
    (r"\b(?:kilo|ski|sky|in|ink|k)\b", re.I, "\u212ailo \u017fKI sky \u0130n ink \u0131nk K k"),
    # a group in each alternative: the groups of the alternative that wins, lastindex too
    (r"(?:(a)b|(a)c|a(d)|(b))+", 0, "abacad ab bb ac"),
    (r"(?P<x>troops?|tanks?|trucks)\s+(?P<v>moved|massed|marched)", re.I, "Troops moved; TANKS MASSED, trucks marched"),
    # an alternative that opens with no literal keeps its place between the runs
    (r"(?:to|\w+o|ta|t)", 0, "to too ta t"),
    (r"(?:x|[xy]z|xy|y)", 0, "xyz xz yz y x"),
    # an empty alternative, and one that is only a letter
    (r"a(?:|b|bc)c", 0, "ac abc abcc"),
    # inside a look-behind (fixed width), a look-ahead, a repeat and a possessive one
    (r"(?<=(?:ab|ac))d", 0, "abd acd add"),
    (r"\w+(?=\s(?:north|near|nor))", re.I, "moved North to near Nor"),
    (r"(?:ab|ac)*?c", 0, "ababacc"),
    (r"(?:ab|ac)++c", 0, "ababacc abab"),
    # case-blind alternatives with a case-sensitive part inside
    (r"\b(?:the\s+(?-i:[A-Z])\w+|they|then)\b", re.I, "the Army THEY then the army"),
    # digits and punctuation: letters with no case
    (r"(?:1st|10th|2nd|-\s|--)", re.I, "1st 10th 2nd -- - x"),
])
def test_grouped_alternatives_find_what_re_compile_finds(pattern, flags, text):
    _assert_same_everywhere(pattern, flags, text)


def _branch_heads(pattern: str, flags: int) -> list:
    """The first op of each alternative of the pattern's outermost branch, as compiled."""
    tree = _parser.parse(pattern, flags)
    grouped = regex_cache._grouped(tree, int(flags | tree.state.flags))
    for op, av in grouped.data:
        if op is _constants.BRANCH:
            return [alt.data[0] for alt in av[1]]
    return []


def test_a_case_blind_alternation_is_grouped_by_a_plain_class():
    heads = _branch_heads(r"\b(?:ministers?|presidents?|prime\s+ministers?|kings?)\b", re.I)
    assert len(heads) == 3  # m, p (presidents and prime together), k
    c = _constants
    for op, av in heads:
        assert op is c.SUBPATTERN and av[2] == c.SRE_FLAG_IGNORECASE  # (the letter tested case-sensitively)
        (inner_op, items), = av[3].data
        assert inner_op is c.IN
    k_class = {ch for _op, ch in heads[2][1][3].data[0][1]}
    assert k_class == {ord("k"), ord("K"), 0x212A}  # (the Kelvin sign too, as the case-blind k)
    faster = compile_with_first_characters(r"\b(?:ministers?|presidents?|prime\s+ministers?|kings?)\b", re.I)
    assert faster != re.compile(r"\b(?:ministers?|presidents?|prime\s+ministers?|kings?)\b", re.I)


def test_nothing_is_grouped_where_no_alternative_opens_with_a_literal():
    tree = _parser.parse(r"(?:\w+|\d+)x", 0)
    assert regex_cache._grouped(tree, int(tree.state.flags)) is tree
    code = [int(c) for c in re._compiler._code(tree, 0)]
    assert regex_cache._with_grouped_branches(tree, 0, code) is code


def test_ascii_case_blind_alternatives_are_left_as_they_are():
    # (under re.ASCII a case-blind letter's characters differ: not read here, so not grouped)
    tree = _parser.parse(r"(?:kilo|kelvin)", re.I | re.A)
    assert regex_cache._grouped(tree, int(tree.state.flags | re.I | re.A)) is tree


def _random_alternation(rnd: random.Random) -> str:
    words = ["".join(rnd.choice("abkKsStT") for _ in range(rnd.randint(1, 4))) for _ in range(rnd.randint(2, 9))]
    if rnd.random() < 0.3:
        words.insert(rnd.randrange(len(words) + 1), r"\w" + rnd.choice(["", "+", "?"]))
    if rnd.random() < 0.3:
        words = [f"({w})" if rnd.random() < 0.5 else w for w in words]
    body = "|".join(words)
    return rnd.choice([f"(?:{body})", f"\\b(?:{body})\\b", f"(?:{body})+", f"x(?:{body})?y", f"(?:{body})(?:{body})"])


def test_random_alternations_find_what_re_compile_finds():
    rnd = random.Random(75)
    for _ in range(300):
        pattern = _random_alternation(rnd)
        flags = rnd.choice([0, re.I])
        text = "".join(rnd.choice("abkKsStTxy \u212a\u017f") for _ in range(rnd.randint(0, 40)))
        _assert_same_everywhere(pattern, flags, text)
