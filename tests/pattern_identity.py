"""One check for the tests that compare a pattern kept with extra search information (its
first-character set, ASCII lowering) with re.compile's: on ``text``, the two find, search from
every 7th offset and up to it, and substitute the same (and split the same, where asked); the
reading wing's patterns those tests try (reading_patterns) and texts to try them on (texts_near);
and the characters a parsed pattern may open with (first_characters), for the tests of a
look-ahead put before a pattern."""

import importlib
import pkgutil
import random
import re
from re import _constants as _op


def assert_finds_the_same(faster, plain, text: str, split: bool = False) -> None:
    assert [m.span() for m in faster.finditer(text)] == [m.span() for m in plain.finditer(text)], plain.pattern
    for pos in range(0, len(text) + 1, 7):
        a, b = faster.search(text, pos), plain.search(text, pos)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), plain.pattern
        a, b = faster.search(text, 0, pos), plain.search(text, 0, pos)
        assert (a and a.span()) == (b and b.span()), plain.pattern
    assert faster.sub("#", text) == plain.sub("#", text)
    if split:
        assert faster.split(text) == plain.split(text)


def reading_patterns() -> list[re.Pattern]:
    """Every pattern a reading module holds at its top level (a kept one built), and those made
    in its rules (read.kept)."""
    import geomove.read
    from geomove.regex_cache import KeptPattern, as_pattern

    found = {}
    for info in pkgutil.iter_modules(geomove.read.__path__, "geomove.read."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, (re.Pattern, KeptPattern)):
                value = as_pattern(value)  # (a kept pattern: built at its first use)
                found[(value.pattern, value.flags)] = value
    from geomove.read import kept
    for value in kept._BUILT.values():
        found[(value.pattern, value.flags)] = value
    return list(found.values())


# characters whose lower case is another's (K -> k, the long s -> s, the dotted capital I -> i)
# and the text's usual punctuation, digits and layout
_ODD = "\u212a\u017f\u0130\u0131\u00e9\u00c9\u2019\u2014\u2013\u201c\u201d\x1c\u00a0"
_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.;:'-()\n\t" + _ODD


def texts_near(pattern: re.Pattern, rnd: random.Random, n: int) -> list[str]:
    """``n`` texts of ``pattern``'s own words (cut and recased, so that its matches are tried, not
    only its misses), odd letters and random characters."""
    words = re.findall(r"[A-Za-z]{2,}", pattern.pattern) or ["troops"]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(1, 12)):
            pick = rnd.random()
            if pick < 0.5:
                w = rnd.choice(words)
                w = w.upper() if rnd.random() < 0.2 else w.capitalize() if rnd.random() < 0.3 else w
                parts.append(w.replace("k", "\u212a") if rnd.random() < 0.05 else w)
            else:
                parts.append("".join(rnd.choice(_ALPHABET) for _ in range(rnd.randint(0, 6))))
        out.append(rnd.choice([" ", ", ", "\n", " - "]).join(parts))
    return out


def first_characters(items, ignorecase=True):
    """(the characters a sequence of parsed items may open with, may it match empty?); zero-width
    items (\\b, look-arounds) are passed over; an item this reading does not know fails the test,
    as does a group that turns re.IGNORECASE on where the pattern has it off (``ignorecase``: the
    look-ahead's class is then read case-sensitively)."""
    out = set()
    for op, av in items:
        if op is _op.LITERAL:
            chars, empty = {chr(av)}, False
        elif op is _op.IN:
            chars, empty = set(), False
            for o, a in av:
                assert o in (_op.LITERAL, _op.RANGE), o
                chars |= {chr(a)} if o is _op.LITERAL else set(map(chr, range(a[0], a[1] + 1)))
        elif op in (_op.AT, _op.ASSERT, _op.ASSERT_NOT):
            chars, empty = set(), True
        elif op is _op.SUBPATTERN:
            assert ignorecase or not av[1] & re.IGNORECASE, "a first character under a scoped (?i:...)"
            chars, empty = first_characters(av[3], ignorecase)
        elif op is _op.BRANCH:
            chars, empty = set(), False
            for branch in av[1]:
                c, e = first_characters(branch, ignorecase)
                chars, empty = chars | c, empty or e
        elif op in (_op.MAX_REPEAT, _op.MIN_REPEAT, _op.POSSESSIVE_REPEAT):
            chars, empty = first_characters(av[2], ignorecase)
            empty = empty or av[0] == 0
        else:
            raise AssertionError(f"a first item this test does not read: {op}")
        out |= chars
        if not empty:
            return out, False
    return out, True
