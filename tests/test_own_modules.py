"""speed152: the program finds geomove's own modules from one listing of each folder
(geomove/own_modules.py); each gets the spec, the file and the code the usual finders give it,
and every case it does not know is left to them."""

import compileall
import json
import os
import subprocess
import sys
from importlib.machinery import PathFinder

from geomove.own_modules import OwnModules, _OwnLoader

# a small package of our own, with the cases the listing must tell apart
_TREE = {
    "plain.py": "VALUE = 'plain, first version'\n",
    "inner/__init__.py": "from . import leaf\nVALUE = 'inner package'\n",
    "inner/leaf.py": "VALUE = 'a leaf of the inner package'\n",
    "loose/part.py": "VALUE = 'a module of a folder without __init__'\n",
    "twice.py": "VALUE = 'source beside a bare compiled file'\n",
}

_IMPORT = """
import importlib, json, sys
sys.path.insert(0, sys.argv[1])
if sys.argv[2] == "own":
    from geomove.own_modules import install
    install("toppkg")
out = {}
for name in ("toppkg.plain", "toppkg.inner", "toppkg.inner.leaf", "toppkg.loose.part", "toppkg.twice"):
    m = importlib.import_module(name)
    s = m.__spec__
    out[name] = [m.VALUE, m.__file__, getattr(m, "__cached__", None), s.origin, s.cached, s.parent,
                 s.submodule_search_locations and list(s.submodule_search_locations), s.has_location,
                 type(s.loader).__name__, m.VALUE.__class__.__name__]
print(json.dumps(out))
"""


def _write_tree(root):
    top = root / "toppkg"
    for rel, text in _TREE.items():
        path = top / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    (top / "__init__.py").write_text("")
    compileall.compile_dir(str(top), quiet=1)
    # a bare compiled file beside the source: the usual finder tries the source first, so
    # the listing leaves that name to it
    (top / "twice.pyc").write_bytes((top / "__pycache__" / f"twice.{sys.implementation.cache_tag}.pyc").read_bytes())
    return top


def _imported(root, how):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([os.path.dirname(os.path.dirname(__file__)), str(root)])}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = subprocess.run([sys.executable, "-c", _IMPORT, str(root), how], check=True, capture_output=True, text=True,
                         env=env)
    return json.loads(out.stdout)


def _without_loader(found):
    return {name: values[:8] for name, values in found.items()}


def test_the_listing_gives_each_module_the_usual_spec_and_code(tmp_path):
    _write_tree(tmp_path)
    usual, own = _imported(tmp_path, "usual"), _imported(tmp_path, "own")
    assert _without_loader(own) == _without_loader(usual)
    loaders = {name: values[8] for name, values in own.items()}
    assert loaders == {"toppkg.plain": "_OwnLoader", "toppkg.inner": "_OwnLoader", "toppkg.inner.leaf": "_OwnLoader",
                       "toppkg.loose.part": "_OwnLoader", "toppkg.twice": "SourceFileLoader"}
    # (the folder without __init__ is a namespace package of the usual finders; its one folder
    # is then listed like any other)
    assert own["toppkg.inner"][6] == [str(tmp_path / "toppkg" / "inner")]


def test_a_stale_or_damaged_compiled_file_is_read_from_the_source(tmp_path):
    top = _write_tree(tmp_path)
    (top / "plain.py").write_text("VALUE = 'plain, the second and longer version'\n")  # (another size)
    assert _imported(tmp_path, "own")["toppkg.plain"][0] == "plain, the second and longer version"
    cached = top / "inner" / "__pycache__" / f"leaf.{sys.implementation.cache_tag}.pyc"
    sound = cached.read_bytes()
    cached.write_bytes(sound[:10])  # (a header cut short: importlib compiles the source)
    assert _imported(tmp_path, "own")["toppkg.inner.leaf"][0] == "a leaf of the inner package"
    # a sound header over no code: not read here, left to importlib (which refuses it, as before)
    loader = _OwnLoader("toppkg.inner.leaf", str(top / "inner" / "leaf.py"), str(cached))
    cached.write_bytes(sound[:16] + b"\xff" * 8)
    assert loader._code_from_pyc("toppkg.inner.leaf") is None
    cached.write_bytes(sound)
    assert loader._code_from_pyc("toppkg.inner.leaf") is not None


def test_every_module_of_the_reading_wing_gets_the_path_finders_spec():
    import geomove.read.assemble  # noqa: F401  (every reading module)
    import geomove.read.lazy
    geomove.read.lazy.load_all()  # (and those loaded at their first call)
    own = OwnModules()
    names = sorted(n for n in sys.modules if n.startswith("geomove."))
    answered = 0
    for name in names:
        parent = sys.modules[name.rpartition(".")[0]]
        spec = own.find_spec(name, parent.__path__)
        usual = PathFinder.find_spec(name, parent.__path__)
        if spec is None:  # (left to the usual finders: a module not in geomove's folders)
            assert usual is None or not usual.origin.startswith(os.path.dirname(geomove.__file__) + os.sep)
            continue
        answered += 1
        for attribute in ("name", "origin", "cached", "submodule_search_locations", "parent", "has_location"):
            assert getattr(spec, attribute) == getattr(usual, attribute), (name, attribute)
        code = spec.loader.get_code(name)
        assert code == usual.loader.get_code(name) and code.co_filename == usual.origin
    assert answered > 400


def test_the_program_installs_it_a_caller_does_not():
    code = ("import sys; from geomove.cli import main; sys.argv = ['geomove', '--help']; main({});"
            "print(type(sys.meta_path[0]).__name__)")

    def first_finder(argv: str) -> str:
        run = subprocess.run([sys.executable, "-c", code.format(argv)], capture_output=True, text=True, check=True)
        return run.stdout.splitlines()[-1]

    assert first_finder("") == "OwnModules"
    assert first_finder("['--help']") != "OwnModules"
