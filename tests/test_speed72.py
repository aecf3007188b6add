"""speed72: the reading wing's case-blind ops lower a character by ASCII where that tests the same
characters as Unicode's lowering (geomove.regex_cache._with_ascii_lowering): the engine's
LITERAL_IGNORE / IN_IGNORE in place of LITERAL_UNI_IGNORE / IN_UNI_IGNORE, which call
Unicode's table for every character they try.

Each switched op must accept the same characters under both lowerings, over every code point
(not only the characters the switch was decided on), the ops whose letters a non-ASCII letter
lowers to ("k": the Kelvin sign; "é": "É"; "i": the dotted capital I) must stay Unicode's, and
every reading pattern must find what re.compile's finds on texts written with the letters the
two lowerings treat apart."""

import random
import re

import pytest
from pattern_identity import reading_patterns

from geomove import regex_cache
from geomove.regex_cache import compile_with_first_characters

_sre = pytest.importorskip("_sre")
from re import _constants as c  # noqa: E402

_EVERY_CHARACTER = "".join(map(chr, range(0x110000)))


def _accepted(words, flags: int) -> list[int]:
    one_op = _sre.compile("", flags, list(words) + [c.SUCCESS], 0, {}, (None,))
    return [m.start() for m in one_op.finditer(_EVERY_CHARACTER)]


def _switched_ops() -> set:
    """Every op the reading patterns switched, as its Unicode words."""
    for pattern in reading_patterns():
        compile_with_first_characters(pattern.pattern, pattern.flags)  # (decides its ops)
    return {words for words, same in regex_cache._SWITCHABLE.items() if same}


def test_every_switched_op_accepts_the_same_characters_over_every_code_point():
    switched = _switched_ops()
    assert len(switched) > 20  # (the letters of the reading wing's case-blind words, its classes)
    flags = re.IGNORECASE | re.UNICODE
    ascii_twin = {c.LITERAL_UNI_IGNORE: c.LITERAL_IGNORE, c.NOT_LITERAL_UNI_IGNORE: c.NOT_LITERAL_IGNORE,
                  c.IN_UNI_IGNORE: c.IN_IGNORE}
    for words in sorted(switched):
        assert _accepted(words, flags) == _accepted((ascii_twin[words[0]],) + words[1:], flags), words


@pytest.mark.parametrize("pattern, text, found", [
    (r"\bk\w+", "Kilo \u212ailo kelvin", ["Kilo", "\u212ailo", "kelvin"]),  # the Kelvin sign lowers to k
    (r"\bcaf\u00e9\b", "CAF\u00c9 caf\u00e9", ["CAF\u00c9", "caf\u00e9"]),  # "\u00c9" lowers to "\u00e9"
    (r"\bin\b", "\u0130N in", ["\u0130N", "in"]),  # the dotted capital I lowers to i
    (r"\bmoved\b", "MOVED Moved moved", ["MOVED", "Moved", "moved"]),
])
def test_the_letters_a_non_ascii_letter_lowers_to_stay_unicode_s(pattern, text, found):
    kept, plain = compile_with_first_characters(pattern, re.I), re.compile(pattern, re.I)
    assert kept.findall(text) == plain.findall(text) == found


def test_an_op_not_known_leaves_the_code_as_it_is():
    code = [c.LITERAL_UNI_IGNORE, ord("a"), 9999, c.SUCCESS]
    assert regex_cache._with_ascii_lowering(code, re.I | re.U) is code
    switched = regex_cache._with_ascii_lowering([c.LITERAL_UNI_IGNORE, ord("a"), c.SUCCESS], re.I | re.U)
    assert switched == [c.LITERAL_IGNORE, ord("a"), c.SUCCESS]


def test_a_pattern_that_is_not_case_blind_is_left_as_it_is():
    code = [c.LITERAL_UNI_IGNORE, ord("a"), c.SUCCESS]
    assert regex_cache._with_ascii_lowering(code, re.U) is code


@pytest.mark.parametrize("part", range(4))
def test_every_reading_pattern_finds_what_re_compile_finds_among_odd_capitals(part):
    rnd = random.Random(72 + part)
    odd = regex_cache._differently_lowered()
    patterns = [p for p in reading_patterns()[part::4] if p.flags & re.IGNORECASE]
    assert len(patterns) > 50
    for pattern in patterns:
        kept, plain = compile_with_first_characters(pattern.pattern, pattern.flags), re.compile(pattern.pattern, pattern.flags)
        words = re.findall(r"[A-Za-z]{2,}", pattern.pattern) or ["troops"]
        for _ in range(8):
            parts = []
            for _ in range(rnd.randint(1, 10)):
                w = rnd.choice(words)
                w = w.upper() if rnd.random() < 0.3 else w
                # a letter of the word replaced by a non-ASCII capital, or one put between words
                if rnd.random() < 0.5:
                    k = rnd.randrange(len(w))
                    w = w[:k] + rnd.choice(odd) + w[k + 1:]
                parts.append(w)
            text = rnd.choice([" ", ", ", "\n"]).join(parts)
            assert [m.span() for m in kept.finditer(text)] == [m.span() for m in plain.finditer(text)], pattern.pattern
            for pos in range(0, len(text), 5):
                a, b = kept.match(text, pos), plain.match(text, pos)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), pattern.pattern
