"""What every batch pays once, whatever it reads (speed29): tqdm's bar without
importlib.metadata, the one-country regions without the area_sources package, the patterns of
dates, relative, admin_names and hints from the kept code, and html.parser only for HTML."""

import json
import os
import subprocess
import sys

import pytest

from geomove import areas
from geomove.io import progress as progress_module


def _run(code: str, *args: str, env: dict | None = None) -> str:
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True,
                          env={**os.environ, **(env or {})}).stdout.strip()


# --- the progress bar ------------------------------------------------------------------------

_BAR = """
import json, sys
from geomove.io.progress import progress
assert list(progress(iter(range(5)), unit="reports", total=5, delay=0)) == list(range(5))
import tqdm
print(json.dumps([tqdm.__version__, tqdm.version.__version__, "importlib.metadata" in sys.modules,
                  type(tqdm.version).__name__]))
"""


def test_the_bar_shows_without_importlib_metadata_and_with_tqdms_own_version():
    import importlib.metadata
    version, module_version, metadata_loaded, _ = json.loads(_run(_BAR).splitlines()[-1])
    assert version == module_version == importlib.metadata.version("tqdm")
    assert metadata_loaded is False


def test_an_unreadable_dist_info_name_imports_tqdm_as_it_comes():
    code = ("import sys; from geomove.io import progress as p; p._tqdm_version = lambda: None;" + _BAR)
    version, _, metadata_loaded, _ = json.loads(_run(code).splitlines()[-1])
    assert metadata_loaded is True and version  # tqdm's own version module, which asks importlib.metadata


def test_the_version_read_from_the_folder_name_is_importlib_metadatas():
    import importlib.metadata
    assert progress_module._tqdm_version() == importlib.metadata.version("tqdm")


def test_a_bar_after_tqdm_was_imported_keeps_its_modules(capsys):
    import tqdm
    before = sys.modules["tqdm.version"]
    assert list(progress_module.progress(iter(range(3)), unit="reports", total=3, delay=0)) == [0, 1, 2]
    assert sys.modules["tqdm.version"] is before and "3/3" in capsys.readouterr().err
    assert progress_module.load_tqdm() is tqdm.tqdm


# --- the areas table ----------------------------------------------------------------------------

def test_the_kept_areas_table_is_the_one_read_from_the_csv(tmp_path, monkeypatch):
    """The areas table and its plain forms, kept between processes, are those areas.csv and
    names.plain give; a damaged memo is made again."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    rows = areas.load_areas()
    made = (rows, areas._areas_by_plain(rows))
    assert made == (areas.AREAS, areas.AREA_BY_PLAIN)
    memo = areas._table_memo(areas._areas_path())
    assert memo.parent == tmp_path / "geomove" and not memo.exists()
    assert areas._areas_table() == made and memo.exists()  # made, then kept
    kept = areas._areas_table()  # (read back from the file)
    assert kept == made and list(kept[1]) == list(made[1])
    assert [type(v) for row in kept[0] for v in row] == [type(v) for row in rows for v in row]
    data = bytearray(memo.read_bytes())
    data[len(data) // 2] ^= 0xFF
    memo.write_bytes(bytes(data))
    assert areas._areas_table() == made


# --- the one-country regions -------------------------------------------------------------------

def test_the_kept_one_country_regions_are_the_computed_ones(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    areas._one_country_regions.cache_clear()
    try:
        computed = areas._one_country_regions_computed()
        assert {"Darfur", "Katanga"} <= computed
        assert areas._one_country_regions() == computed  # computed, then kept
        memo = areas._one_country_regions_memo()
        assert memo.parent == tmp_path / "geomove" and json.loads(memo.read_text()) == sorted(computed)
        areas._one_country_regions.cache_clear()
        memo.write_text(json.dumps(["Nowhere"]))
        assert areas._one_country_regions() == {"Nowhere"}  # (read back from the file)
        for damaged in ("{not json", json.dumps({"a": 1}), json.dumps([1, 2])):
            areas._one_country_regions.cache_clear()
            memo.write_text(damaged)
            assert areas._one_country_regions() == computed
            assert json.loads(memo.read_text()) == sorted(computed)  # written again
    finally:
        areas._one_country_regions.cache_clear()


def test_the_memo_is_named_after_the_file_that_lists_the_regions(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    units = areas.Path(areas.__file__).resolve().parent / "gazetteer" / "area_sources" / "units.py"
    first = areas._one_country_regions_memo()
    st = units.stat()
    try:
        os.utime(units, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
        assert areas._one_country_regions_memo() != first  # an edited list is read again
    finally:
        os.utime(units, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert areas._one_country_regions_memo() == first


def test_a_second_process_knows_the_regions_without_the_area_sources_package(tmp_path):
    code = ("import json, sys; from geomove import areas;"
            "names = areas._one_country_regions();"
            "print(json.dumps([sorted(names), 'geomove.gazetteer.area_sources' in sys.modules]))")
    env = {"XDG_CACHE_HOME": str(tmp_path)}
    first, second = (json.loads(_run(code, env=env).splitlines()[-1]) for _ in range(2))
    assert first[0] == second[0] and "Darfur" in first[0]
    assert first[1] is True and second[1] is False


# --- patterns from the kept code ---------------------------------------------------------------

_PATTERNS_CHECK = """
import importlib, json, re, sys
from geomove.regex_cache import KeptPattern, as_pattern
module = importlib.import_module(sys.argv[1])
def found(value, depth=0):
    if isinstance(value, (re.Pattern, KeptPattern)):
        yield as_pattern(value)
    elif isinstance(value, (list, tuple)) and depth < 3:
        for v in value:
            yield from found(v, depth + 1)
    elif isinstance(value, type) and value.__module__ == module.__name__ and depth == 0:
        for v in vars(value).values():
            yield from found(v, depth + 1)
pats = [p for v in vars(module).values() for p in found(v)]
from geomove.regex_cache import compile_with_first_characters as with_first
# (re.compile's pattern, or the same with the first-character set every kept pattern gets, speed71)
same = all((p == re.compile(p.pattern, p.flags) or p == with_first(p.pattern, p.flags))
           and p.groupindex == re.compile(p.pattern, p.flags).groupindex for p in pats)
cache = module._recompile.__self__
print(json.dumps([cache.new, len(cache.used), len(pats), same]))
"""


@pytest.mark.parametrize("module, least", [("geomove.dates", 16), ("geomove.relative", 9),
                                           ("geomove.gazetteer.admin_names", 4), ("geomove.mentions.hints", 5)])
def test_the_patterns_are_built_from_the_kept_code_on_the_second_run(tmp_path, module, least):
    # two hash seeds: a pattern built from a set in its iteration order would differ between them
    runs = [json.loads(_run(_PATTERNS_CHECK, module, env={"XDG_CACHE_HOME": str(tmp_path), "PYTHONHASHSEED": seed}
                            ).splitlines()[-1]) for seed in ("1", "2")]
    (first_new, first_used, n, first_same), (second_new, second_used, _, second_same) = runs
    assert n >= least and first_same and second_same  # the patterns are re.compile's
    assert first_new >= least and second_new == 0 and second_used == first_used


# --- HTML ---------------------------------------------------------------------------------------

def test_html_parser_loads_only_for_html():
    code = ("import sys; from geomove.reports import html_to_text, looks_like_html;"
            "print('html.parser' in sys.modules, 'html.entities' in sys.modules);"
            "page = '<html><body><h1>Kyiv</h1><script>var x;</script><p>Troops &amp; tanks</p></body></html>';"
            "print(looks_like_html(page), repr(html_to_text(page)), 'html.parser' in sys.modules)")
    before, after = _run(code).splitlines()[-2:]
    assert before == "False False"
    assert after == "True 'Kyiv\\n\\nTroops & tanks' True"
