"""The index fingerprint's package versions, read from the metadata header block without
importlib.metadata (gazetteer_build.package_versions): always what importlib.metadata.version
says, so an index is rebuilt exactly when it was before."""

import hashlib
import importlib
import importlib.metadata
import subprocess
import sys
import zipfile

import pytest

from geomove import gazetteer_build as gb


def expected(name):
    importlib.invalidate_caches()  # (importlib.metadata keeps each folder's listing by mtime)
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "missing"


def test_every_installed_distribution_reads_as_importlib_metadata_does():
    names = sorted({d.metadata["Name"] for d in importlib.metadata.distributions()})
    assert len(names) > 20
    assert gb.package_versions(names) == {n: expected(n) for n in names}


def test_the_fingerprint_is_the_one_importlib_metadata_gives():
    h = hashlib.sha1(gb.SCHEMA_VERSION.encode())
    for pkg in gb.PACKAGES:
        h.update(f"{pkg}={expected(pkg)};".encode())
    for filename in gb.CURATED_FILES:
        path = gb.curated_path(filename)
        h.update(filename.encode() + (path.read_bytes() if path else b"-"))
    for src in gb.fingerprint_sources():
        h.update(src.read_bytes() if src.exists() else b"-")
    assert gb.fingerprint() == h.hexdigest()[:16]


def test_the_fingerprint_does_not_import_importlib_metadata():
    code = ("import sys; from geomove.gazetteer_build import fingerprint; fingerprint(); "
            "print('importlib.metadata' in sys.modules, 'email.message' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def dist(root, folder, files):
    d = root / folder
    d.mkdir(parents=True)
    for name, text in files.items():
        (d / name).write_text(text, encoding="utf-8")
    return d


HEAD = "Metadata-Version: 2.1\nName: {name}\n"


@pytest.fixture
def paths(tmp_path, monkeypatch):
    """Two sys.path folders of made-up distributions; the test asks about NAMES."""
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    monkeypatch.setattr(sys, "path", [str(tmp_path / "nowhere"), str(a), str(b)])
    importlib.invalidate_caches()
    yield a, b
    importlib.invalidate_caches()


NAMES = ["plain", "Dotted.Name", "under_score", "first-wins", "pkginfo-only", "empty-metadata", "old-egg-file",
         "spaced", "lower", "continued-license", "continued-version", "not-a-header", "no-version",
         "bom", "egged", "missing-here", "both-kinds", "long-description"]


def test_made_up_layouts_read_as_importlib_metadata_reads_them(paths):
    a, b = paths
    dist(a, "plain-1.0.dist-info", {"METADATA": HEAD.format(name="plain") + "Version: 1.0\n\nbody\nVersion: 9\n"})
    dist(a, "dotted_name-2.0.dist-info", {"METADATA": HEAD.format(name="Dotted.Name") + "Version: 2.0\n"})
    dist(b, "Under_Score-3.0.dist-info", {"METADATA": HEAD.format(name="under_score") + "Version: 3.0"})
    dist(a, "first_wins-1.dist-info", {"METADATA": "Version: 1\n"})
    dist(b, "first_wins-2.dist-info", {"METADATA": "Version: 2\n"})
    dist(a, "pkginfo_only-4.egg-info", {"PKG-INFO": "Name: pkginfo-only\nVersion: 4.0\n"})
    dist(a, "empty_metadata-5.dist-info", {"METADATA": "", "PKG-INFO": "Version: 5.0\n"})
    (a / "old_egg_file-6.egg-info").write_text("Name: old-egg-file\nVersion: 6.0\n", encoding="utf-8")
    dist(a, "spaced-7.dist-info", {"METADATA": "Version:\t 7.0  \n"})
    dist(a, "lower-8.dist-info", {"METADATA": "version:8.0\nVersion: 8.1\n"})
    dist(a, "continued_license-9.dist-info",
         {"METADATA": "License: a long\n        licence text\n\tgoes on\nVersion: 9.0\n"})
    dist(a, "continued_version-10.dist-info", {"METADATA": "Version: 10\n  .0\n"})
    dist(a, "not_a_header-11.dist-info", {"METADATA": "Name: x\nthis is no header\nVersion: 11\n"})
    dist(a, "no_version-12.dist-info", {"METADATA": "Name: no-version\n\nVersion: 12\n"})
    dist(a, "bom-13.dist-info", {"METADATA": "\ufeffVersion: 13\n"})
    egg = a / "egged-14-py3.11.egg"
    dist(egg, "EGG-INFO", {"PKG-INFO": "Version: 14.0\n"})
    dist(b, "both_kinds-15.egg-info", {"PKG-INFO": "Version: 15.0\n"})
    dist(b, "long_description-16.dist-info",
         {"METADATA": "Version: 16\nDescription-Content-Type: text/markdown\n\n" + "text\n" * 10000})
    sys.path.append(str(egg))
    # name by name, what each answers or raises (importlib.metadata raises KeyError for a
    # distribution without a Version where the importlib_metadata backport has installed its
    # finder: another finder, so package_versions asks importlib.metadata and raises the same)
    got = {n: outcome(lambda: gb.package_versions([n])[n]) for n in NAMES}
    assert got == {n: outcome(lambda: expected(n)) for n in NAMES}
    assert got["first-wins"] == "1" and got["spaced"] == "7.0  " and got["lower"] == "8.0"
    assert got["continued-license"] == "9.0" and got["egged"] == "14.0" and got["missing-here"] == "missing"


def outcome(read):
    try:
        return read()
    except Exception as err:  # noqa: BLE001
        return type(err).__name__


def test_a_zip_on_the_path_is_read_by_importlib_metadata(paths, tmp_path):
    z = tmp_path / "dists.zip"
    with zipfile.ZipFile(z, "w") as f:
        f.writestr("zipped-1.0.dist-info/METADATA", "Name: zipped\nVersion: 1.0\n")
    sys.path.insert(0, str(z))
    assert gb.package_versions(["zipped", "missing-here"]) == {"zipped": "1.0", "missing-here": "missing"}


def test_another_distribution_finder_is_asked_through_importlib_metadata(paths, monkeypatch, tmp_path):
    elsewhere = dist(tmp_path / "off-path", "from_finder-3.dist-info", {"METADATA": "Version: 3.0\n"})

    class Finder:  # finds a distribution in a folder not on sys.path
        @staticmethod
        def find_distributions(context=None):
            if context is not None and context.name == "from-finder":
                yield importlib.metadata.PathDistribution(elsewhere)
    monkeypatch.setattr(sys, "meta_path", [Finder, *sys.meta_path])
    assert gb.package_versions(["from-finder"]) == {"from-finder": "3.0"}
