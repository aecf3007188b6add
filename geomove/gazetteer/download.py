"""`geomove gazetteer download SY IQ …`: GeoNames country dumps, fetched once, built into the index.

The one command an analyst runs on a connected machine before going offline. For every
country it fetches GeoNames' dump ``<CC>.zip`` (every village, locality, mountain, wadi, dam,
base and crossing GeoNames knows there) and its alternate names ``alternatenames/<CC>.zip``
(https://download.geonames.org/export/dump/, CC BY 4.0), then rebuilds the index with them.

- over HTTPS only (plain HTTP is accepted from this machine alone: 127.0.0.1, for tests);
- resumable: a partial ``.part`` file continues with an HTTP range request;
- verified: the size the server announced, every zip member's CRC, and the table's columns
  (19 for a dump, 10 for alternate names) before the file takes its final name;
- atomic: files are renamed into place only when verified, and the index is built into a
  temporary file renamed over the old one (:func:`geomove.gazetteer_build.build`);
- remembered: the default index keeps the list of dumps, so later rebuilds import them again.
"""

from __future__ import annotations

import os
import re
import sys
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from pathlib import Path
from typing import Callable, Iterable

from ..errors import GazetteerError, UsageError

GEONAMES_DUMPS = "https://download.geonames.org/export/dump/"
CHUNK = 1 << 16
TIMEOUT_S = 60
_CC = re.compile(r"^[A-Z]{2}$")
COLUMNS = {"dump": 19, "alternate names": 10}


def default_dir() -> Path:
    """Where downloaded dumps are kept (they survive index rebuilds)."""
    from ..io.cache_files import user_data_dir
    return Path(user_data_dir()) / "geonames"


def check_source(base_url: str) -> str:
    """The dump folder's URL, ending in '/'; HTTPS, or HTTP from the loopback address only."""
    url = base_url if base_url.endswith("/") else base_url + "/"
    parts = urllib.parse.urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return url
    if parts.scheme == "http" and parts.hostname in ("127.0.0.1", "localhost", "::1"):
        return url
    raise UsageError(f"{base_url}: downloads go over https:// (plain http only from 127.0.0.1)")


def country_codes(codes: Iterable[str]) -> list[str]:
    out = []
    for c in codes:
        cc = c.strip().upper()
        if not _CC.match(cc):
            raise UsageError(f"{c!r}: not a two-letter ISO 3166 country code (e.g. SY, IQ, UA)")
        if cc not in out:
            out.append(cc)
    if not out:
        raise UsageError("name at least one country code (e.g. SY IQ LB)")
    return out


def _progress(desc: str, total: int | None, initial: int, show: bool):
    from tqdm import tqdm
    return tqdm(total=total, initial=initial, unit="B", unit_scale=True, unit_divisor=1024, desc=desc,
                disable=not show, file=sys.stderr, mininterval=0.5)


def fetch(url: str, target: Path, *, show: bool = False, opener: Callable = urllib.request.urlopen) -> Path:
    """Download ``url`` to ``target``, continuing a ``target.part`` left by an interrupted run.

    Returns ``target`` once the whole announced size has arrived; raises GazetteerError
    (the part file stays for the next try) otherwise.
    """
    part = target.with_name(target.name + ".part")
    have = part.stat().st_size if part.exists() else 0
    req = urllib.request.Request(url, headers={"User-Agent": "geomove gazetteer download"})
    if have:
        req.add_header("Range", f"bytes={have}-")
    try:
        resp = opener(req, timeout=TIMEOUT_S)
    except urllib.error.HTTPError as err:
        if err.code == 416 and have:  # the part file is already whole
            part.replace(target)
            return target
        raise GazetteerError(f"HTTP {err.code} {err.reason}", source=url) from err
    except (urllib.error.URLError, OSError) as err:
        raise GazetteerError(f"cannot connect: {getattr(err, 'reason', err)}", source=url) from err
    with resp:
        status = getattr(resp, "status", 200)
        length = resp.headers.get("Content-Length")
        if status == 206:
            m = re.match(r"bytes (\d+)-\d+/(\d+|\*)", resp.headers.get("Content-Range", ""))
            if not m or int(m.group(1)) != have:
                have = 0  # the server answered another range than asked: start again
                status = 200
            total = int(m.group(2)) if m and m.group(2) != "*" else None
        else:
            have = 0  # no range support: the whole file comes again
            total = int(length) if length else None
        mode = "ab" if status == 206 and have else "wb"
        bar = _progress(target.name, total, have, show)
        try:
            with open(part, mode) as out:
                while True:
                    try:
                        chunk = resp.read(CHUNK)
                    except (OSError, urllib.error.URLError) as err:
                        raise GazetteerError(f"download interrupted ({err}); run the command again to "
                                             "continue", source=url) from err
                    if not chunk:
                        break
                    out.write(chunk)
                    bar.update(len(chunk))
        finally:
            bar.close()
    got = part.stat().st_size
    if total is not None and got != total:
        raise GazetteerError(f"download interrupted at {got} of {total} bytes; run the command again to "
                             "continue", source=url)
    part.replace(target)
    return target


def verify(path: Path, kind: str) -> int:
    """Check a downloaded zip: every member's CRC and the table's column count. Returns the
    number of data lines; a bad file is removed (raise GazetteerError)."""
    try:
        with zipfile.ZipFile(path) as zf:
            bad = zf.testzip()
            if bad is not None:
                raise GazetteerError(f"corrupt member {bad} (CRC mismatch)", source=str(path))
            from ..geonames_import import table_member
            member = table_member(zf)
            if member is None:
                raise GazetteerError("no .txt table inside the zip", source=str(path))
            lines = 0
            with zf.open(member) as raw:
                for line in raw:
                    if not line.strip():
                        continue
                    cols = line.rstrip(b"\r\n").split(b"\t")
                    if len(cols) != COLUMNS[kind]:
                        raise GazetteerError(f"line {lines + 1} has {len(cols)} columns, a GeoNames {kind} "
                                             f"table has {COLUMNS[kind]}", source=str(path))
                    lines += 1
            return lines
    except (zipfile.BadZipFile, OSError) as err:
        path.unlink(missing_ok=True)
        raise GazetteerError(f"not a valid zip file ({err})", source=str(path)) from err
    except GazetteerError:
        path.unlink(missing_ok=True)
        raise


def download(codes: Iterable[str], *, base_url: str = GEONAMES_DUMPS, dest: str | os.PathLike | None = None,
             alternate_names: bool = True, show: bool = False, build: bool = True,
             index: str | os.PathLike | None = None, packages: bool = True,
             opener: Callable = urllib.request.urlopen) -> dict:
    """Fetch the dumps of ``codes`` (and their alternate names), verify them, build the index.

    Returns {"files": [...], "rows": {file: lines}, "index": path or None}. With ``index``
    the dumps are built into that file; without it into the default index, which then
    remembers every dump downloaded so far.
    """
    ccs = country_codes(codes)
    url = check_source(base_url)
    folder = Path(dest) if dest else default_dir()
    folder.mkdir(parents=True, exist_ok=True)
    files, rows = [], {}
    for cc in ccs:
        wanted = [(f"{url}{cc}.zip", folder / f"{cc}.zip", "dump")]
        if alternate_names:
            wanted.append((f"{url}alternatenames/{cc}.zip", folder / f"alternateNames-{cc}.zip",
                           "alternate names"))
        for src, target, kind in wanted:
            fresh = target.with_name(target.name + ".new")
            # the verified file of an earlier run stays in place until the new one is verified
            fetch(src, fresh, show=show, opener=opener)
            rows[str(target)] = verify(fresh, kind)
            fresh.replace(target)
            files.append(target)
    built = None
    if build:
        from . import build_index, remembered_geonames
        everything = files
        if index is None:
            # keep the countries downloaded before (dumps in the same folder, or remembered)
            earlier = [p for p in remembered_geonames() if p not in files]
            everything = earlier + files
        built = build_index(index, geonames=everything, progress=show, packages=packages)
    return {"files": [str(f) for f in files], "rows": rows, "index": str(built) if built else None}
