"""What the map tests share (test_render, test_browser, test_s37_gaz60): movements between
made-up places of a test gazetteer, one that carries markup in every string a report gives, an
MBTiles file of tiny tiles, and a page loaded in headless Chromium with no network. (A module
beside the tests: pytest puts this folder on sys.path; no test file imports another's helpers.)"""

import json
import re
import struct
import subprocess
import zlib
from pathlib import Path

from geomove.maps import tiles
from geomove.model import make_movement, make_place

from sqlite_files import connected

CHROMIUM = "/usr/bin/chromium"
WIDTH, HEIGHT = 1200, 800  # (the window a page is loaded in, and its screenshot's size)

XSS_SCRIPT = "<script>document.title='pwned-script'</script>"
XSS_IMG = "<img src=x onerror=\"document.title='pwned-img'\">"


def place(name, lat, lon, country, kind, precision="exact", km=None, gid=None):
    """A place as a reading gives it, from a made-up gazetteer (``km``: its uncertainty)."""
    return make_place(name=name, surface=name, lat=lat, lon=lon, country=country, kind=kind,
                      precision=precision, uncertainty_km=km, gazetteer_id=gid or f"test:{name}",
                      source="test gazetteer")


def seed_movements():
    """Al-Malikiyah -> a crossing near al-Yarubiyah -> Iraq (country level), and a second week."""
    malikiyah = place("Al-Malikiyah", 37.177, 42.140, "SY", "town", gid="geonames:172374")
    crossing = place("al-Yarubiyah crossing", 36.81, 42.06, "SY", "crossing", "near", 25)
    iraq = place("Iraq", 33.0, 44.0, "IQ", "country", "country", gid="geonames:99237")
    qamishli = place("Qamishli airport", 37.0206, 41.1914, "SY", "airfield")
    rmelan = place("Rmelan base", 37.0106, 41.9366, "SY", "base", "near", 5)
    return [
        make_movement(actor="US forces", what="a convoy of 40 trucks left", count=40,
                      origin=malikiyah, via=[crossing], destination=iraq, start="2024-03-02",
                      time_precision="day", published="2024-03-03", source="Test Wire",
                      url="https://example.org/report?a=1&b=2",
                      quote="A convoy of 40 trucks left al-Malikiyah through a crossing near "
                            "al-Yarubiyah towards Iraq."),
        make_movement(actor="Russian forces", what="helicopters flew", origin=qamishli,
                      destination=rmelan, start="2024-03-12", published="2024-03-12",
                      source="Other Wire", url="https://example.org/b",
                      quote="Helicopters flew from Qamishli airport to the Rmelan base."),
    ]


def xss_movement():
    evil = place("Evil" + XSS_IMG, 36.5, 41.0, "SY", "town")
    return make_movement(
        actor=XSS_SCRIPT, what=XSS_IMG, origin=evil,
        destination=place("Hasakah", 36.5, 40.75, "SY", "city"),
        start="2024-03-05", source="</script><script>document.title='pwned-close'</script>",
        url="javascript:document.title='pwned-url'", quote="He said " + XSS_SCRIPT + XSS_IMG)


def png() -> bytes:
    """A 4x4 PNG of one colour: a tile small enough to inline many of."""
    raw = b"\x00" + b"\x10\x80\x20" * 4
    body = zlib.compress(raw * 4)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", body) + chunk(b"IEND", b""))


def mbtiles(path, bbox, zooms, name=None):
    """An MBTiles file (TMS rows) of one small PNG on every tile of ``bbox`` at ``zooms``."""
    with connected(path) as db:
        db.execute("CREATE TABLE tiles (zoom_level INT, tile_column INT, tile_row INT, tile_data BLOB)")
        if name:
            db.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
            db.execute("INSERT INTO metadata VALUES ('name', ?)", (name,))
        for z in zooms:
            x0, y0, x1, y1 = tiles.tile_range(bbox, z)
            for x in range(x0, x1 + 1):
                for y in range(y0, y1 + 1):
                    db.execute("INSERT INTO tiles VALUES (?, ?, ?, ?)", (z, x, 2 ** z - 1 - y, png()))


COLLECTOR = """<script>(function () {
  var errors = window.__gmErrors = [];
  window.addEventListener('error', function (e) {
    var t = e.target;
    errors.push(e.message || ('failed to load ' + (t && (t.src || t.href || t.tagName))));
  }, true);
  var original = console.error;
  console.error = function () { errors.push([].join.call(arguments, ' ')); original.apply(console, arguments); };
  var messages = window.__gmMessages = [];
  window.addEventListener('message', function (e) { messages.push(e.data); });
})();</script>"""

PROBE = """<script>window.addEventListener('load', function () { setTimeout(function () {
  var out = {};
  try { (function () { %s })(); } catch (err) { window.__gmErrors.push('probe: ' + err); }
  document.documentElement.setAttribute('data-probe', JSON.stringify(out));
  document.documentElement.setAttribute('data-errors', JSON.stringify(window.__gmErrors));
}, 300); });</script>"""


def load_in_chromium(page: Path, tmp_path: Path, probe_js: str = "", screenshot: Path | None = None):
    """(dom, probe dict, errors) of ``page`` loaded from a file with no network."""
    html = page.read_text("utf-8")
    html = html.replace("<head>", "<head>" + COLLECTOR, 1)
    html = html.replace("</body>", (PROBE % probe_js) + "</body>", 1)
    test_page = tmp_path / ("probe-" + page.name)
    test_page.write_text(html, "utf-8")
    profile = tmp_path / "chromium-profile"
    args = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
        f"--user-data-dir={profile}",
        # No network: every host resolves to nothing and any proxy use fails.
        "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9",
        "--virtual-time-budget=10000", f"--window-size={WIDTH},{HEIGHT}", "--hide-scrollbars",
        "--dump-dom",
    ]
    if screenshot is not None:
        args.append(f"--screenshot={screenshot}")
    done = subprocess.run(args + [test_page.as_uri()], capture_output=True, text=True, timeout=120)
    dom = done.stdout
    errors = re.search(r'data-errors="([^"]*)"', dom)
    probe = re.search(r'data-probe="([^"]*)"', dom)
    assert errors and probe, f"page did not finish loading; stderr: {done.stderr[-2000:]}"
    unescape = lambda s: s.replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")  # noqa: E731
    return dom, json.loads(unescape(probe.group(1))), json.loads(unescape(errors.group(1)))
