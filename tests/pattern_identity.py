"""One check for the tests that compare a pattern kept with extra search information (its
first-character set, ASCII lowering) with re.compile's: on ``text``, the two find, search from
every 7th offset and up to it, and substitute the same (and split the same, where asked); and the
reading wing's patterns those tests try (reading_patterns)."""

import importlib
import pkgutil
import re


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
