"""The whole review loop in headless Chromium (Debian's /usr/bin/chromium driven by playwright,
no browser download): serve a temporary log, paste a report of our own, see its proposals,
replace the destination by another candidate, accept, see the corrected arrow on the map,
export GeoJSON with the correction and its history, add the same report again with the CLI
and find the correction still there. A screenshot of each step is saved: in
$GEOMOVE_SCREENSHOTS if set, else in the test's temporary directory (the path is printed).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="needs headless Chromium at /usr/bin/chromium"),
]
playwright_api = pytest.importorskip("playwright.sync_api")

REPORT = ("On 3 March 2024 the 5th Brigade moved 30 tanks from Aleppo to Homs, local officials said. "
          "A <script>document.title='owned'</script> tag in a report is only text.")


@pytest.fixture
def server(tmp_path, gazetteer):
    """`geomove serve` on a free port and a temporary log, as a user starts it."""
    log = tmp_path / "log.sqlite"
    process = subprocess.Popen([sys.executable, "-m", "geomove.cli", "serve", "--log", str(log), "--port", "0",
                                "--no-browser", "--by", "analyst"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=dict(os.environ))
    try:
        line = process.stdout.readline()
        match = re.search(r"(http://127\.0\.0\.1:\d+/)", line)
        assert match, f"serve did not start: {line!r} {process.stderr.read() if process.poll() is not None else ''}"
        yield match.group(1), log
    finally:
        process.terminate()
        process.wait(timeout=20)


@pytest.fixture
def shots(tmp_path):
    folder = Path(os.environ.get("GEOMOVE_SCREENSHOTS") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    print(f"screenshots in {folder}")
    return folder


def test_review_loop_in_the_browser(server, shots, tmp_path):
    url, log_path = server
    errors: list[str] = []
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        context = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
        # No network: anything that is not the workbench fails, as on an air-gapped machine.
        context.route(re.compile(r"^(?!http://127\.0\.0\.1:\d+/).*"), lambda route: route.abort())
        page = context.new_page()
        page.on("pageerror", lambda err: errors.append(str(err)))
        page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

        # 1. The empty workbench.
        page.goto(url)
        assert page.locator("#count").inner_text().startswith("0 movement")
        page.screenshot(path=shots / "1-empty.png")

        # 2. Paste a report: its proposals, mentions highlighted, quote marked.
        page.fill("textarea[name=text]", REPORT)
        page.fill("input[name=published]", "2024-03-05")
        page.fill("input[name=source]", "Own desk")
        page.click("#extract")
        page.wait_for_url(re.compile(r".*/report/[0-9a-f]+$"))
        rows = page.locator("#proposals tbody tr[data-id]")
        assert rows.count() == 1
        assert "Aleppo → Homs" in rows.first.inner_text()
        assert page.locator("#report-text .mention").count() >= 2
        assert page.locator("#report-text .quote").count() >= 1
        assert "<script>" in page.locator("#report-text").inner_text()  # shown as text
        assert page.title() != "owned"
        page.screenshot(path=shots / "2-proposals.png", full_page=True)

        # 3. Review: the destination's candidates, each with its why; take another one.
        rows.first.locator("a.route").click()
        page.wait_for_url(re.compile(r".*/movement/mv-[0-9a-f]+$"))
        movement_id = page.url.rsplit("/", 1)[1]
        destination = page.locator("#destination")
        assert destination.locator(".current").inner_text() == "Homs"
        assert destination.locator(".why").count() >= 2
        page.screenshot(path=shots / "3-review.png", full_page=True)
        choice = destination.locator("ol.candidates li").filter(has=page.locator("button.use:not([disabled])")).first
        chosen = json.loads(choice.locator("input[name=candidate]").get_attribute("value"))
        assert chosen["name"] != "Homs" or chosen["gazetteer_id"] != "geonames:169577"
        choice.locator("button.use").click()
        page.wait_for_load_state()
        assert destination.locator(".current").inner_text() == chosen["name"]
        assert "destination" in page.locator("#history").inner_text()

        # Saving the details form as shown records nothing: no field changes by being displayed.
        rows_before = page.locator("#history tbody tr").count()
        page.click("#save")
        page.wait_for_load_state()
        assert page.locator("#history tbody tr").count() == rows_before

        # 4. Accept.
        page.locator("button.accept").first.click()
        page.wait_for_load_state()
        assert page.locator("#review-state").inner_text() == "accepted"
        page.screenshot(path=shots / "4-corrected-and-accepted.png", full_page=True)

        # 5. The corrected arrow on the log's map beside the table.
        page.goto(url)
        row = page.locator(f"#movements tr[data-id='{movement_id}']")
        assert "accepted" in row.inner_text() and chosen["name"] in row.inner_text()
        frame = next(f for f in page.frames if "/map" in f.url)
        frame.wait_for_selector("path.leaflet-interactive", state="attached", timeout=15_000)
        html = frame.content()
        assert f"{chosen['lat']}" in html and f"{chosen['lon']}" in html  # the arrow ends at the choice
        assert frame.locator("path.leaflet-interactive").count() >= 1
        page.screenshot(path=shots / "5-map-with-corrected-arrow.png")

        # 6. Export GeoJSON of the accepted movements: the correction and its history.
        with page.expect_download() as download:
            page.click("#export-accepted")
        exported = shots / "6-accepted.geojson"
        download.value.save_as(exported)
        (feature,) = json.loads(exported.read_text("utf-8"))["features"]
        props = feature["properties"]
        assert props["destination"]["gazetteer_id"] == chosen["gazetteer_id"]
        assert feature["geometry"]["coordinates"][-1] == [round(chosen["lon"], 7), round(chosen["lat"], 7)]
        assert [h["action"] for h in props["history"]] == ["edit", "accept"]
        assert props["history"][0]["by"] == "analyst"
        assert props["history"][0]["changes"]["destination"]["from"]["name"] == "Homs"

        # 7. The same report added again from the command line: the correction stays.
        report = tmp_path / "same-report.txt"
        report.write_text(REPORT, encoding="utf-8")
        added = subprocess.run([sys.executable, "-m", "geomove.cli", "add", str(report), "--log", str(log_path),
                                "--published", "2024-03-05", "--source", "Own desk"],
                               capture_output=True, text=True, timeout=120)
        assert added.returncode == 0, added.stderr
        assert "0 added" in added.stdout
        page.goto(f"{url}movement/{movement_id}")
        assert page.locator("#destination .current").inner_text() == chosen["name"]
        assert page.locator("#review-state").inner_text() == "accepted"
        page.screenshot(path=shots / "7-after-adding-the-report-again.png", full_page=True)
        browser.close()
    assert not dialogs and not errors, (dialogs, errors)
