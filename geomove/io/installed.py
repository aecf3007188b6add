"""What is installed, found without importing it: a package's source file and the version in
its ``.dist-info`` folder's name. Importing a package or importlib.metadata to ask costs a
process tens of millions of instructions (importlib.metadata alone ~90M), which a batch that
only needs a version or a data file beside a package need not pay."""

from __future__ import annotations

import os


def package_origin(name: str) -> str | None:
    """The file importing package ``name`` would run (its ``__init__.py``), found, not
    imported; None when it is not installed."""
    import importlib.util
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    return spec.origin if spec is not None and spec.origin else None


def dist_info_version(folder, name: str) -> str | None:
    """The version in the name of the one ``<name>-<version>.dist-info`` folder in ``folder``
    (what ``importlib.metadata.version(name)`` gives for it); None when there is none, more
    than one, or the version is not plain."""
    try:
        found = [n for n in os.listdir(folder) if n.startswith(name + "-") and n.endswith(".dist-info")]
    except OSError:
        return None
    if len(found) != 1:
        return None
    version = found[0][len(name) + 1:-len(".dist-info")]
    return version if version and "-" not in version else None


def package_folder(name: str):
    """``importlib.resources.files(name)`` for a package imported from a folder with its
    ``__init__.py`` (that folder, as a Path, the package imported as files() imports it); other
    packages (namespace, zipped) ask importlib.resources. importlib.resources imports tempfile,
    so shutil, bz2, lzma, random and zipfile: ~24 M instructions a process a batch that reads a
    curated file or a data file beside a module need not pay. ModuleNotFoundError as files()."""
    import importlib
    from pathlib import Path
    module = importlib.import_module(name)
    origin = getattr(module.__spec__, "origin", None)
    if getattr(module.__spec__, "has_location", False) and origin and os.path.basename(origin) == "__init__.py":
        return Path(origin).parent
    import importlib.resources
    return importlib.resources.files(name)


def curated_file(filename: str):
    """gazetteer_build.curated_path(filename) found through package_folder, not importlib.resources:
    the curated file in geomove.gazetteer_data, else the source tree's gazetteer/ folder, else
    None. (The builder keeps its own: its source is part of the index's fingerprint, and a change
    there would make every user rebuild the index. tests/test_speed77.py compares the two.)"""
    from pathlib import Path
    try:
        path = package_folder("geomove.gazetteer_data") / filename
        if path.is_file():
            return path
    except ModuleNotFoundError:
        pass
    source_tree = Path(__file__).resolve().parent.parent.parent / "gazetteer" / filename
    return source_tree if source_tree.is_file() else None
