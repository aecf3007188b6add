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
