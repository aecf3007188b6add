"""speed71: every kept pattern, not only the reading wing's (speed67), gets the set of characters a
match opens with in its search block (geomove.regex_cache._with_first_characters): the places
wing's searches over texts and windows (relative phrases, names told apart, dates, sentence ends)
pass the other characters by the engine's tight loop.

Only the search block changes: every pattern the other modules keep must find what re.compile's
finds, from every offset, on texts of its own words, of letters whose case folds oddly and of
random characters (the texts of tests/test_speed67.py)."""

import importlib
import pkgutil
import random
import re

import pytest
from pattern_identity import assert_finds_the_same, texts_near

import geomove
from geomove.regex_cache import FIRST_CHARACTERS_OF, CompiledPatterns, KeptPattern, as_pattern, compile_with_first_characters


def _found(value, owner: str, depth: int = 0):
    """The patterns a module's top-level value holds (itself, in a list, tuple or dict, or in a
    class of the module)."""
    if isinstance(value, (re.Pattern, KeptPattern)):
        yield as_pattern(value)  # (a kept pattern: built at its first use)
    elif isinstance(value, (list, tuple)) and depth < 3:
        for v in value:
            yield from _found(v, owner, depth + 1)
    elif isinstance(value, dict) and depth < 3:
        for v in value.values():
            yield from _found(v, owner, depth + 1)
    elif isinstance(value, type) and value.__module__ == owner and depth == 0:
        for v in vars(value).values():
            yield from _found(v, owner, depth + 1)


def _other_patterns() -> list[re.Pattern]:
    """Every pattern a module outside the reading wing holds, and every one its kept-pattern
    files compiled in this process."""
    found = {}
    caches = []
    for info in pkgutil.walk_packages(geomove.__path__, "geomove."):
        if info.name.startswith("geomove.read.") or info.name.endswith("__main__"):
            continue  # (the reading wing's: tests/test_speed67.py; a __main__ runs its command)
        try:
            module = importlib.import_module(info.name)
        except Exception:  # noqa: BLE001 (a module of an optional extra: not this test's)
            continue
        for value in vars(module).values():
            if isinstance(value, CompiledPatterns):
                caches.append(value)
            for p in _found(value, module.__name__):
                found[(p.pattern, p.flags)] = p
    for cache in caches:
        for pattern, flags in cache.used:
            found.setdefault((pattern, flags), re.compile(pattern, flags))
    return list(found.values())


def test_every_file_s_patterns_are_kept_with_first_characters():
    for name in ("mentions-scan", "relative", "textutil", "names", "dates", "read-lexicon"):
        assert name.startswith(FIRST_CHARACTERS_OF)
        assert CompiledPatterns(name, folder=None).first_characters


@pytest.mark.parametrize("part", range(3))
def test_every_other_pattern_finds_what_re_compile_finds(part):
    rnd = random.Random(71 + part)
    patterns = _other_patterns()
    assert len(patterns) > 300
    changed = 0
    for pattern in patterns[part::3]:
        faster = compile_with_first_characters(pattern.pattern, pattern.flags)
        plain = re.compile(pattern.pattern, pattern.flags)
        if faster == plain:
            continue
        changed += 1
        for text in texts_near(pattern, rnd, 10):
            assert_finds_the_same(faster, plain, text, split=True)
    assert changed > 30  # (a set is written for ~a third of them)


def test_the_places_patterns_in_use_carry_their_sets():
    """The patterns the finder searches with are built with their sets (a relative phrase's, the
    comma construction's, the tokenizer's)."""
    from geomove import relative
    from geomove.mentions import unknown_parts
    for pattern in (unknown_parts._BEFORE_A_HOLDER, *(rx for _, rx in relative._BEFORE)):
        assert pattern == compile_with_first_characters(pattern.pattern, pattern.flags)
    assert unknown_parts._BEFORE_A_HOLDER != re.compile(unknown_parts._BEFORE_A_HOLDER.pattern)
