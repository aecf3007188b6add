"""speed79: a kept pattern (geomove.regex_cache.KeptPattern) is built from its kept code at its
first use, so a process builds only the patterns it uses (a one-report `extract` ~170 of ~1,550).
Built or not, it finds what re.compile's pattern finds, compares and hashes as it, and pickles and
copies as a pattern."""

import copy
import pickle
import re
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from geomove.regex_cache import CompiledPatterns, KeptPattern, as_pattern, compile_with_first_characters, matched_by

OWN_PATTERNS = [
    (r"\b(?P<verb>withdrew|redeployed|fell\s+back)\b(?=\s+(?:to|from)\b)", re.I),
    (r"(?P<num>[0-9]{1,3}(?:,[0-9]{3})*)\s+(?P<unit>soldiers|armoured\s+vehicles)", 0),
    (r"\b(?:(?-i:may)|will)\b|[^\W\d_]+(?:['’][^\W\d_]+)*", re.I | re.S),
    (r"(x)|(y)(?P<z>z)?", 0),
    (r"^\s*(?:from|via)\b", re.I | re.M),
]


def _kept_cache(tmp_path) -> CompiledPatterns:
    first = CompiledPatterns("own79", folder=tmp_path)
    for p, f in OWN_PATTERNS:
        first.compile(p, f)
    first.save()
    return CompiledPatterns("own79", folder=tmp_path)


def test_a_kept_pattern_is_built_only_at_its_first_use(tmp_path):
    cache = _kept_cache(tmp_path)
    kept = [cache.compile(p, f) for p, f in OWN_PATTERNS]
    assert cache.new == 0 and all(isinstance(k, KeptPattern) for k in kept)
    assert all("_built" not in vars(k) for k in kept)  # nothing built yet
    assert kept[0].pattern == OWN_PATTERNS[0][0] and "_built" not in vars(kept[0])  # (known unbuilt)
    assert kept[0].search("the brigade withdrew to Kupiansk").group("verb") == "withdrew"
    assert "_built" in vars(kept[0]) and all("_built" not in vars(k) for k in kept[1:])
    # every entry is still kept by a save, the unbuilt ones too
    assert set(cache.used) == {(p, int(f)) for p, f in OWN_PATTERNS}


def test_a_kept_pattern_is_the_pattern_re_compile_makes(tmp_path):
    cache = _kept_cache(tmp_path)
    for p, f in OWN_PATTERNS:
        kept = cache.compile(p, f)
        plain = compile_with_first_characters(p, f)  # (the kept one's search block: speed67/71)
        assert kept == plain and plain == kept and hash(kept) == hash(plain)
        assert (kept.pattern, kept.flags, kept.groups, dict(kept.groupindex)) == \
            (plain.pattern, plain.flags, plain.groups, dict(plain.groupindex))
        assert kept.flags == re.compile(p, f).flags  # (re.U and the inline flags added)
        assert type(as_pattern(kept)) is re.Pattern and as_pattern(plain) is plain
        assert pickle.loads(pickle.dumps(kept)) == re.compile(p, f)
        assert copy.copy(kept) is kept and copy.deepcopy(kept) is kept
        assert repr(kept) == repr(plain)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="ab xyz0123456789,'’\nKkſfromviawilmayWITHDREWsoldiers-", max_size=60),
       st.integers(min_value=0, max_value=len(OWN_PATTERNS) - 1), st.integers(min_value=0, max_value=8))
def test_every_method_finds_what_re_compile_finds(tmp_path_factory, text, which, pos):
    cache = _kept_cache(tmp_path_factory.mktemp("kept"))
    p, f = OWN_PATTERNS[which]
    kept, plain = cache.compile(p, f), re.compile(p, f)
    spans = lambda ms: [(m.span(), m.groups()) for m in ms]  # noqa: E731
    assert spans(kept.finditer(text, pos)) == spans(plain.finditer(text, pos))
    for name in ("search", "match", "fullmatch"):
        a, b = getattr(kept, name)(text, pos), getattr(plain, name)(text, pos)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
    assert kept.findall(text) == plain.findall(text) and kept.split(text) == plain.split(text)
    assert kept.subn("-", text) == plain.subn("-", text) and kept.sub("", text) == plain.sub("", text)


def test_a_damaged_entry_is_compiled_the_plain_way_at_its_first_use(tmp_path):
    cache = _kept_cache(tmp_path)
    p, f = OWN_PATTERNS[0]
    cache.known[(p, f)] = (f, [1, 2, 3], 0, {}, (None,))  # no code the engine accepts
    kept = cache.compile(p, f)
    assert cache.new == 0  # (not yet built)
    assert kept == compile_with_first_characters(p, f) and kept.flags == re.compile(p, f).flags
    assert cache.new == 1  # compiled anew, and the file written again with a sound entry
    again = CompiledPatterns("own79", folder=tmp_path)
    assert again.compile(p, f) == compile_with_first_characters(p, f) and again.new == 0


def test_an_eager_cache_builds_at_once(tmp_path):
    _kept_cache(tmp_path)
    eager = CompiledPatterns("own79", folder=tmp_path, lazy=False)
    built = [eager.compile(p, f) for p, f in OWN_PATTERNS]
    assert all(type(b) is re.Pattern for b in built) and eager.new == 0


def test_a_kept_pattern_cannot_be_changed(tmp_path):
    kept = _kept_cache(tmp_path).compile(*OWN_PATTERNS[0])
    try:
        kept.pattern = "other"
    except AttributeError:
        pass
    else:
        raise AssertionError("a kept pattern's attribute was set")
    assert kept.pattern == OWN_PATTERNS[0][0]


_BUILT_BY_ONE_REPORT = """
import json, sys
from geomove.cli import main
from geomove.regex_cache import KeptPattern
import gc
try:
    main(['extract', sys.argv[1]])
except SystemExit:
    pass
kept = [o for o in gc.get_objects() if isinstance(o, KeptPattern)]
print(json.dumps([len(kept), sum('_built' in vars(k) for k in kept)]))
"""


def test_one_report_builds_few_of_the_reading_patterns(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text("Two battalions moved from Kherson to Mykolaiv on Tuesday, the ministry said.\n",
                      encoding="utf-8")
    run = lambda: subprocess.run([sys.executable, "-c", _BUILT_BY_ONE_REPORT, str(report)],  # noqa: E731
                                 capture_output=True, text=True, check=True).stdout
    run()  # (the first run writes the kept code: every pattern compiled anew)
    kept, built = __import__("json").loads(run().strip().splitlines()[-1])
    assert kept > 1000 and built < kept // 3


def test_a_match_tells_the_kept_pattern_that_made_it(tmp_path):
    cache = _kept_cache(tmp_path)
    verb, count = (cache.compile(p, f) for p, f in OWN_PATTERNS[:2])
    m = verb.search("the company fell back from Bakhmut")
    assert m.re is not verb and matched_by(m, verb)  # (m.re is the built pattern)
    assert not matched_by(m, count) and "_built" not in vars(count)  # (an unbuilt one made no match)
    plain = re.compile(r"\bfrom\b")
    assert matched_by(plain.search("from Bakhmut"), plain) and not matched_by(plain.search("from"), verb)
    # the reading wing's joins are told apart by the pattern that found them (read.cuts)
    from geomove.read import cuts
    join = cuts._COMMA_AND.search("the brigade left Izium, and the battalion reached Lyman")
    assert matched_by(join, cuts._COMMA_AND) and not matched_by(join, cuts._CLAUSE_JOIN)
