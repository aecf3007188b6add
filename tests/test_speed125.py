"""speed125: the classes of a kept pattern's body are written without re's two-level tables
(regex_cache._compact_charset): the same characters in every class, the same matches, fewer
code words to build, and the search block left as re writes it."""

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from geomove import regex_cache
from geomove.regex_cache import CompiledPatterns, compile_with_first_characters

# every character of the Basic Multilingual Plane but the surrogates, and a few above it
_ALL = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x10000))) + "\U0001d538\U0001d552\U00010400\U00010428\U0001f600"

# classes of my own that re writes as a BIGCHARSET: a character above U+00FF among three or more runs
CLASSES = [
    r"[\w'’.-]", r"[^\w'’.-]", r"[-–—•*]", r"[^-–—•*\s]", r"[a-z]", r"[sz]", r"[^a-z’]", r"[a-zĀ-ſ’]",
    r"[\u0600-\u06ff\d.,]", r"[.’'\U0001d538-\U0001d540]", r"[\d“”\"'‘’]", r"[KkSs\u212a\u017f]", r"[ıİiI.]",
    r"[à-öø-ÿĀ-žƀ-ɏ]", r"[\W\d_’]", r"[Ωω.;µ]",
]


def _starts(pattern: re.Pattern, text: str) -> list:
    return [m.start() for m in pattern.finditer(text)]


@pytest.mark.parametrize("flags", [0, re.I])
@pytest.mark.parametrize("cls", CLASSES)
def test_each_class_holds_the_same_characters_over_the_whole_plane(cls, flags):
    kept, plain = compile_with_first_characters(cls, flags), re.compile(cls, flags)
    assert _starts(kept, _ALL) == _starts(plain, _ALL)
    # in a body (a repeat, after a word): the same spans
    around = rf"\bthe\s+{cls}+\s"
    text = "the ’twas the K.ſ– the \u0627\u0644 the Ωmega; THE İsland the 1,200’s "
    assert [m.span() for m in compile_with_first_characters(around, flags).finditer(text)] \
        == [m.span() for m in re.finditer(around, text, flags)]


_POOL = list("aAzZsSkKiI09_.-'\" ,;µßÿàÀ") + ["’", "‘", "“", "”", "–", "—", "•", "ſ", "ı", "İ", "\u212a", "Ω", "ω", "Ā", "ā",
                                                "ж", "Ж", "\u0627", "中", "\U0001d538", "\U0001f600"]
_ITEMS = st.one_of(
    st.sampled_from(_POOL).map(re.escape),
    st.tuples(st.sampled_from(_POOL), st.sampled_from(_POOL)).map(lambda ab: "%s-%s" % tuple(map(re.escape, sorted(ab)))),
    st.sampled_from([r"\w", r"\d", r"\s", r"\W"]),
)
_CLASSES = st.tuples(st.booleans(), st.lists(_ITEMS, min_size=1, max_size=7)).map(
    lambda t: "[" + ("^" if t[0] else "") + "".join(t[1]) + "]")
# every pool character, its neighbours and both its cases, and the whole of latin-1
_PROBE = "".join(dict.fromkeys(
    "".join(map(chr, range(256)))
    + "".join(chr(o) for c in _POOL for o in range(max(ord(c) - 2, 0), ord(c) + 3) if not 0xD800 <= o < 0xE000)
    + "".join(c.upper() + c.lower() for c in _POOL)))


@settings(max_examples=400, deadline=None)
@given(_CLASSES, st.sampled_from([0, re.I, re.I | re.A, re.A]), st.text(st.sampled_from(_POOL), max_size=30))
@example("[\\w'’.-]", re.I, "’twas")
@example("[^a-z\u017f]", re.I, "Kſ\u212a")
def test_a_class_of_any_characters_matches_as_re_s(cls, flags, text):
    kept, plain = compile_with_first_characters(cls, flags), re.compile(cls, flags)
    assert _starts(kept, _PROBE) == _starts(plain, _PROBE)
    body = cls + "+(?:x|" + cls + ")"
    assert [m.span() for m in compile_with_first_characters(body, flags).finditer(text)] \
        == [m.span() for m in re.finditer(body, text, flags)]


def test_the_body_s_table_is_gone_and_the_search_block_is_as_before(monkeypatch):
    # (a BIGCHARSET is at least 82 words: its count, 64 words of block numbers, 8 a block)
    pattern = r"\bthe\s+[\w'’.-]+\s"
    ours = regex_cache._code_of(pattern, 0, first_characters=True)[1]
    assert len(ours) <= len(regex_cache._code_of(pattern, 0)[1]) - 60
    # a pattern that opens with such a class: its search block's set (tried at every character)
    # keeps the table, as the kept code had it before the body's classes were rewritten
    opening = r"[\w'’.-]+\s+then"
    ours = regex_cache._code_of(opening, 0, first_characters=True)[1]
    monkeypatch.setattr(regex_cache, "_compact_coder", lambda: regex_cache._compiler._code)
    before = regex_cache._code_of(opening, 0, first_characters=True)[1]
    assert ours[1] >= 82 and ours[:1 + ours[1]] == before[:1 + before[1]]
    assert len(ours) <= len(before) - 60


def test_many_runs_above_latin_1_keep_re_s_table():
    # five runs above U+00FF: more than _MOST_HIGH_RUNS, so the table stays (a walk of tests would be long)
    cls = "[a-c–•‣▪◦]" if regex_cache._MOST_HIGH_RUNS < 5 else None
    assert cls is not None
    pattern = r"\b" + cls
    ours = regex_cache._code_of(pattern, 0, first_characters=True)[1]
    assert len(ours) >= 82
    assert _starts(compile_with_first_characters(pattern), _ALL) == _starts(re.compile(pattern), _ALL)


def test_a_kept_file_builds_the_compact_classes_again(tmp_path):
    patterns = [(r"\bthe\s+[\w'’.-]+\s", re.I), (r"(?P<d>[-–—•])\s*[^\W\d_’]+", 0)]
    first = CompiledPatterns("s125", folder=tmp_path)
    made = [first.compile(p, f) for p, f in patterns]
    first.save()
    again = CompiledPatterns("s125", folder=tmp_path)
    built = [regex_cache.as_pattern(again.compile(p, f)) for p, f in patterns]
    assert again.new == 0
    text = "The ’Zone – Front; the K.ſ– line • Ridge"
    for (p, f), a, b in zip(patterns, made, built):
        assert b == regex_cache.as_pattern(a)
        assert [m.span() for m in b.finditer(text)] == [m.span() for m in re.finditer(p, text, f)]
