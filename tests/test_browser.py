"""Maps in headless Chromium with the network unreachable: they draw, animate and stay inert.

Each test writes the page with two small test-only scripts: an error collector at the
top of <head> (window errors, failed resource loads, console.error) and a probe at the
end of <body> that runs after load and writes its findings into <html> attributes,
which ``--dump-dom`` then shows. The same run writes a screenshot.
"""

import os
import struct
import zlib
from pathlib import Path

import pytest

from geomove.render import render, save_map
from geomove.model import make_movement
from map_pages import CHROMIUM, HEIGHT, WIDTH, load_in_chromium, mbtiles, place, seed_movements, xss_movement

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="needs headless Chromium at /usr/bin/chromium"),
]


def read_png(path: Path) -> tuple[int, int, list[bytes]]:
    """(width, height, rows of RGBA/RGB bytes) of an 8-bit non-interlaced PNG (what Chromium writes)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and interlace == 0 and colour in (2, 6)
    bpp = 4 if colour == 6 else 3
    raw, stride, rows, prev = zlib.decompress(idat), width * bpp, [], bytearray(width * bpp)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], (prev[i - bpp] if i >= bpp else 0)
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, [bytes(r[i:i + 3]) for r in rows for i in range(0, len(r), bpp)]


def colour_pixels_near(png: Path, points: list[list[float]], rgb: tuple[int, int, int], radius: int = 4) -> int:
    """How many pixels within ``radius`` of the polyline through ``points`` have colour ``rgb`` (±40)."""
    width, height, pixels = read_png(png)
    seen = set()
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        steps = int(max(abs(x1 - x0), abs(y1 - y0))) + 1
        for s in range(steps + 1):
            cx, cy = x0 + (x1 - x0) * s / steps, y0 + (y1 - y0) * s / steps
            for dx in range(-radius, radius + 1):
                for dy in range(-radius, radius + 1):
                    x, y = int(cx) + dx, int(cy) + dy
                    if 0 <= x < width and 0 <= y < height and (x, y) not in seen:
                        r, g, b = pixels[y * width + x]
                        if abs(r - rgb[0]) < 40 and abs(g - rgb[1]) < 40 and abs(b - rgb[2]) < 40:
                            seen.add((x, y))
    return len(seen)


ARROW_PROBE = """
var map = geomove.map, arrows = [];
map.eachLayer(function (l) {
  if (l instanceof L.GeoArrow) {
    arrows.push({colour: l.options.color, px: l.getLatLngs().map(function (ll) {
      var p = map.latLngToContainerPoint(ll); return [p.x, p.y]; })});
  }
});
out.arrows = arrows;
out.zoom = map.getZoom();
out.size = [map.getSize().x, map.getSize().y];
out.container = !!document.querySelector('.leaflet-container');
out.svgArrows = document.querySelectorAll('path.gm-arrow').length;
out.timeline = !!document.querySelector('.gm-timeline input[type=range]');
out.legend = !!document.querySelector('.gm-legend');
out.places = document.querySelectorAll('.gm-place').length;
"""


def test_seed_map_renders_offline_with_the_crossing_arrow(tmp_path):
    page = save_map(render(seed_movements(), title="Seed example"), tmp_path / "seed.html")
    shot = tmp_path / "seed.png"
    dom, probe, errors = load_in_chromium(page, tmp_path, ARROW_PROBE, screenshot=shot)
    assert errors == []
    assert probe["container"] and probe["timeline"] and probe["legend"]
    assert probe["svgArrows"] == 2 and 'class="gm-arrow' in dom
    assert probe["places"] >= 4
    assert 'data-geomove-ready="2"' in dom
    assert shot.stat().st_size > 20_000
    convoy = next(a for a in probe["arrows"] if len(a["px"]) == 3)  # Al-Malikiyah -> crossing -> Iraq
    # Headless Chromium grows the viewport to the screenshot size after load; Leaflet keeps the
    # centre, so the probe's pixel positions shift by half the growth.
    shift = [(WIDTH - probe["size"][0]) / 2, (HEIGHT - probe["size"][1]) / 2]
    convoy["px"] = [[x + shift[0], y + shift[1]] for x, y in convoy["px"]]
    for x, y in convoy["px"]:
        assert 0 <= x <= WIDTH and 0 <= y <= HEIGHT, "the whole route is in view"
    rgb = tuple(int(convoy["colour"][i:i + 2], 16) for i in (1, 3, 5))
    # The dashed leg from the crossing into Iraq shows on the screenshot in the arrow's colour.
    assert colour_pixels_near(shot, convoy["px"][1:], rgb) > 150


def test_injected_markup_stays_text_in_the_browser(tmp_path):
    page = save_map(render([xss_movement()], title="xss"), tmp_path / "xss.html")
    probe_js = """
    var map = geomove.map, opened = [];
    map.eachLayer(function (l) {
      if (l instanceof L.GeoArrow) {
        l.fire('click', {latlng: l.getCenter()}, true);  // as a user's click: the period group opens the popup
        opened.push(document.querySelector('.leaflet-popup-content').innerHTML);
      }
    });
    document.querySelectorAll('.gm-place').forEach(function (el) { el.click();
      opened.push(document.querySelector('.leaflet-popup-content').innerHTML); });
    out.popups = opened;
    out.title = document.title;
    out.imgs = document.querySelectorAll('.leaflet-popup-content img').length;
    out.links = [].map.call(document.querySelectorAll('.leaflet-popup-content a'), function (a) { return a.href; });
    """
    dom, probe, errors = load_in_chromium(page, tmp_path, probe_js)
    assert errors == []
    assert probe["title"] == "xss"  # no injected script or onerror handler ran
    assert len(probe["popups"]) >= 3 and probe["imgs"] == 0
    assert all(not link.startswith("javascript:") for link in probe["links"])
    joined = " ".join(probe["popups"])
    assert "&lt;script&gt;document.title='pwned-script'&lt;/script&gt;" in joined
    assert "&lt;img src=x onerror=" in joined


def test_time_slider_steps_through_periods(tmp_path):
    page = save_map(render(seed_movements(), period="week"), tmp_path / "time.html")
    probe_js = """
    var counts = [], t = geomove.timeline;
    for (var step = 0; step <= 2; step++) { t.show(step); counts.push(document.querySelectorAll('path.gm-arrow').length); }
    out.counts = counts;
    t.show(3);
    out.label = document.querySelector('.gm-period').textContent;
    t.show(0); t.start(); out.playing = !!t._timer; t.stop();
    """
    _, probe, errors = load_in_chromium(page, tmp_path, probe_js)
    assert errors == []
    assert probe["counts"] == [1, 1, 2]  # weeks 9, 10 (empty) and 11: an even calendar
    assert probe["label"] == "all periods" and probe["playing"] is True


def test_embedded_fragment_displays_in_a_host_page(tmp_path):
    fragment = save_map(render(seed_movements()), tmp_path / "fragment.html", embed=True).read_text("utf-8")
    host = tmp_path / "host.html"
    host.write_text("<!doctype html><html><head><title>host</title></head><body><h1>Report</h1>"
                    + fragment + "</body></html>", "utf-8")
    # The frame is sandboxed (no same origin), so the map reports readiness by postMessage.
    _, probe, errors = load_in_chromium(host, tmp_path, "out.messages = window.__gmMessages;")
    assert errors == []
    assert {"geomove": "ready", "movements": 2} in probe["messages"]


# ------------------------------------------------------------------ a situation map read without clicking

REPO = Path(__file__).resolve().parents[1]
# The README shows the four-report screenshots from maps/. A test run writes them to its temporary
# folder (the tree stays clean), or to $GEOMOVE_SCREENSHOTS when set, as the workbench test does:
# `GEOMOVE_SCREENSHOTS=maps pytest tests/test_browser.py -k four_report` refreshes the README's.
REPORTS = [("ukraine", "2026-03-09"), ("sudan", "2026-06-18"), ("syria", "2026-09-04"), ("mali", "2026-02-12")]

LABELS_PROBE = """
out.labels = {};
document.querySelectorAll('.gm-label').forEach(function (e) {
  var cat = e.className.split(' ')[1].replace('gm-l-', '');
  // a bubble of places is named after its busiest one: "Gao +2"
  (out.labels[cat] = out.labels[cat] || []).push(e.textContent.replace(/ \\+\\d+$/, ''));
});
function shown(el) { return getComputedStyle(el).display !== 'none'; }
out.admin1 = [].filter.call(document.querySelectorAll('path.gm-admin1'), shown).length;
out.rivers = [].filter.call(document.querySelectorAll('path.gm-river'), shown).length;
out.lakes = document.querySelectorAll('path.gm-lake').length;
out.land = document.querySelectorAll('.leaflet-gmLand-pane canvas').length;
out.zoom = geomove.map.getZoom();
out.title = document.querySelector('.gm-title').textContent;
out.legendOpen = document.querySelector('.gm-legend').open;
out.histogram = document.querySelectorAll('.gm-histogram rect').length;
out.resources = performance.getEntriesByType('resource').map(function (r) { return r.name; });
"""


@pytest.fixture(scope="module")
def four_reports(gazetteer):
    from geomove.movements import extract

    features = []
    for name, day in REPORTS:
        text = (REPO / "examples" / f"{name}-report.txt").read_text("utf-8")
        features += extract(text, published=day, source=f"geomove example ({name})", include_all=True)
    return features


def test_four_report_map_reads_without_clicking(tmp_path, four_reports, gazetteer):
    out = Path(os.environ.get("GEOMOVE_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    page = save_map(render(four_reports, include_all=True, period="month", gazetteer=gazetteer,
                           title="Four example reports"), out / "four-reports.html")
    assert page.stat().st_size < 2_000_000
    world_png = out / "four-reports-world.png"
    _, world, errors = load_in_chromium(page, tmp_path, "geomove.map.setView([25, 20], 3, {animate: false});"
                                        + LABELS_PROBE, screenshot=world_png)
    assert errors == [] and world["resources"] == []
    assert world["title"] == "Four example reports"
    # a place of each theatre is named at world zoom (which of Sudan's depends on how many
    # movements each has: the title's El Obeid movement is one with the body's since 25d3443)
    assert {"Melitopol", "Gao"} <= set(world["labels"]["place"])
    assert {"El Obeid", "Nyala", "El Fasher", "Kosti", "Port Sudan", "An Nuhūd"} & set(world["labels"]["place"])
    assert {"Sudan", "Algeria"} <= set(world["labels"]["country"]) and len(world["labels"]["country"]) >= 20
    assert world["land"] >= 1 and world["histogram"] >= 8  # February to September, empty months too
    # rivers and province borders are drawn around the data only: at a continent's scale they
    # would be scribbles round each cluster, so they show from zoom 5
    assert world["rivers"] == 0 and world["admin1"] == 0
    zoom_png = out / "four-reports-sudan.png"
    _, near, errors = load_in_chromium(page, tmp_path, "geomove.map.setView([14.3, 28.5], 6, {animate: false});"
                                       + LABELS_PROBE, screenshot=zoom_png)
    assert errors == []
    assert len({"El Fasher", "Nyala", "El Obeid", "Kosti", "Port Sudan"} & set(near["labels"]["place"])) >= 4
    assert len(near["labels"]["town"]) >= 5 and near["labels"].get("province")
    assert near["admin1"] > 10 and near["rivers"] > 5
    assert "Nile" in near.get("labels", {}).get("river", [])  # named where it flows past the data
    assert "Omdurman" in near["labels"]["town"] or "Khartoum" in near["labels"]["town"]
    for png in (world_png, zoom_png):
        assert read_png(png)[:2] == (WIDTH, HEIGHT) and png.stat().st_size > 50_000


def _status_seed():
    moves = seed_movements()
    moves[1]["properties"]["status"] = "denied"
    return moves


def test_denied_is_hidden_by_default_and_styled_apart_when_shown(tmp_path):
    page = save_map(render(_status_seed(), include_all=True), tmp_path / "status.html")
    probe_js = """
    function arrows() {
      return [].map.call(document.querySelectorAll('path.gm-arrow'), function (p) {
        return {cls: p.getAttribute('class'), dash: p.getAttribute('stroke-dasharray'), colour: p.getAttribute('stroke')};
      });
    }
    out.before = arrows();
    out.placesBefore = [].map.call(document.querySelectorAll('.gm-l-place'), function (e) { return e.textContent; });
    geomove.filters.set('status', 'denied', true);
    out.after = arrows();
    out.summary = document.querySelector('.gm-filters .gm-count').textContent;
    """
    _, probe, errors = load_in_chromium(page, tmp_path, probe_js)
    assert errors == []
    assert len(probe["before"]) == 1 and "gm-status-reported" in probe["before"][0]["cls"]
    assert "Rmelan base" not in probe["placesBefore"]  # only the denied movement touches it
    denied = [a for a in probe["after"] if "gm-status-denied" in a["cls"]]
    reported = [a for a in probe["after"] if "gm-status-reported" in a["cls"]]
    assert len(denied) == 1 and len(reported) == 1
    assert denied[0]["dash"] == "1 6" and denied[0]["dash"] != reported[0]["dash"]
    assert "2 of 2 movements" in probe["summary"]


def test_actor_filter_removes_the_other_actors_arrows(tmp_path):
    moves = seed_movements() + [seed_movements()[1]]
    moves[2]["properties"]["actor"] = "Russian troops"  # one actor with the Russian forces
    page = save_map(render(moves), tmp_path / "actors.html")
    probe_js = """
    var names = geomove.filters._spec.actors.map(function (a) { return a[0]; });
    out.names = names;
    geomove.map.setView([37.1, 41.7], 9, {animate: false});  // room for every label
    geomove.filters.set('actor', names.indexOf('US forces'), false);
    out.colours = [].map.call(document.querySelectorAll('path.gm-arrow'), function (p) { return p.getAttribute('stroke'); });
    out.places = [].map.call(document.querySelectorAll('.gm-l-place'), function (e) { return e.textContent; });
    out.russian = geomove.filters._spec.actors[names.indexOf('Russian forces')][1];
    """
    _, probe, errors = load_in_chromium(page, tmp_path, probe_js)
    assert errors == []
    assert sorted(probe["names"]) == ["Russian forces", "US forces"]  # "Russian troops" is the same actor
    assert len(probe["colours"]) == 2 and set(probe["colours"]) == {probe["russian"]}
    assert "Al-Malikiyah" not in probe["places"] and "Rmelan base" in probe["places"]


def test_slider_hides_places_of_later_periods(tmp_path):
    page = save_map(render(seed_movements(), period="week"), tmp_path / "slider.html")
    probe_js = """
    function shown() {
      return {labels: [].map.call(document.querySelectorAll('.gm-l-place'), function (e) { return e.textContent.replace(/ \\+\\d+$/, ''); }),
              markers: [].map.call(document.querySelectorAll('.leaflet-marker-icon.gm-place'), function (e) { return e.title; })};
    }
    geomove.timeline.show(0); out.first = shown();
    geomove.timeline.show(3); out.all = shown();
    """
    _, probe, errors = load_in_chromium(page, tmp_path, probe_js)
    assert errors == []
    assert "Al-Malikiyah" in probe["first"]["labels"]
    assert "Qamishli airport" not in probe["first"]["labels"] and "Qamishli airport" not in probe["first"]["markers"]
    assert "Qamishli airport" in probe["all"]["labels"] + probe["all"]["markers"]


@pytest.mark.parametrize("offline", [True, False])
def test_no_request_leaves_the_page(tmp_path, offline):
    page = save_map(render(seed_movements(), offline=offline), tmp_path / f"net-{offline}.html", offline=offline)
    probe_js = """
    out.resources = performance.getEntriesByType('resource').map(function (r) { return r.name; });
    out.bases = Object.keys(geomove.map._layers).length > 0;
    out.osm = document.querySelectorAll('img.leaflet-tile').length;
    """
    _, probe, errors = load_in_chromium(page, tmp_path, probe_js)
    assert errors == [] and probe["resources"] == [] and probe["osm"] == 0
    if not offline:
        # the web layer is there for the user to choose; choosing it does request tiles (so the
        # check above would have seen them), and the map stays drawn when they fail
        switch = """
        var rows = document.querySelectorAll('.leaflet-control-layers-base label');
        var labels = [].map.call(rows, function (s) { return s.textContent.trim(); });
        out.labels = labels;
        rows[labels.indexOf('OpenStreetMap (web)')].querySelector('input').click();
        out.tiles = [].map.call(document.querySelectorAll('img.leaflet-tile'), function (i) { return i.src; });
        out.drawn = document.querySelectorAll('path.gm-arrow').length;
        """
        _, probe, _ = load_in_chromium(page, tmp_path, switch)
        assert "OpenStreetMap (web)" in probe["labels"] and probe["drawn"] == 2
        assert probe["tiles"] and all(t.startswith("https://tile.openstreetmap.org/") for t in probe["tiles"])


def test_hover_search_dates_confidence_and_counts(tmp_path):
    moves = seed_movements()
    moves[1]["properties"]["confidence"] = 0.3
    moves[0]["properties"]["confidence"] = 0.9
    page = save_map(render(moves, period="day"), tmp_path / "read.html")
    probe_js = """
    var map = geomove.map, arrows = {};
    map.eachLayer(function (l) { if (l instanceof L.GeoArrow) { arrows[l.gmMovement] = l; } });
    arrows[0].fire('mouseover', {latlng: arrows[0].getCenter()}, true);
    var tip = document.querySelector('.leaflet-tooltip');
    out.tip = tip ? tip.textContent : null;
    var paths = document.querySelectorAll('path.gm-arrow');
    out.opacity = [].map.call(paths, function (p) { return [p.getAttribute('class'), +p.getAttribute('stroke-opacity')]; });
    function count() { return document.querySelectorAll('path.gm-arrow').length; }
    geomove.filters.setSearch('qamishli'); out.search = count();
    out.summary = document.querySelector('.gm-filters .gm-count').textContent;
    geomove.filters.setSearch('');
    var from = document.querySelector('.gm-filters .gm-from');
    from.value = '2024-03-10'; from.dispatchEvent(new Event('change', {bubbles: true})); out.dated = count();
    out.bars = [].map.call(document.querySelectorAll('.gm-histogram rect'), function (r) { return +r.getAttribute('height'); });
    from.value = ''; from.dispatchEvent(new Event('change', {bubbles: true}));
    var conf = document.querySelector('.gm-filters .gm-conf');
    conf.value = '0.5'; conf.dispatchEvent(new Event('change', {bubbles: true})); out.confident = count();
    conf.value = '0'; conf.dispatchEvent(new Event('change', {bubbles: true}));
    map.setView([37.0, 41.6], 10, {animate: false});
    out.arrowLabels = [].map.call(document.querySelectorAll('.gm-l-arrow'), function (e) { return e.textContent; });
    var legend = document.querySelector('details.gm-legend');
    out.legend = [legend.open, legend.querySelector('summary').textContent];
    legend.open = !legend.open; out.legendToggled = legend.open;
    """
    _, probe, errors = load_in_chromium(page, tmp_path, probe_js)
    assert errors == []
    assert "US forces" in probe["tip"] and "2024-03-02" in probe["tip"]
    low = [o for c, o in probe["opacity"] if "gm-conf-low" in c]
    high = [o for c, o in probe["opacity"] if "gm-conf-high" in c]
    assert len(low) == 1 and len(high) == 1 and low[0] < high[0] * 0.6  # low confidence looks faint
    assert probe["search"] == 1 and "1 of 2 movements" in probe["summary"]
    assert probe["dated"] == 1 and sum(1 for h in probe["bars"] if h > 0) == 1  # the histogram follows
    assert len(probe["bars"]) == 11  # day by day from 2 to 12 March
    assert probe["confident"] == 1
    assert any(t.startswith("Russian forces") and "2024-03-12" in t for t in probe["arrowLabels"])
    assert probe["legend"][1] == "Legend" and probe["legendToggled"] != probe["legend"][0]


UNCOVERED_PROBE = """
var map = geomove.map, c = map.getContainer(), box = c.getBoundingClientRect();
out.ends = [];
map.eachLayer(function (l) {
  if (l instanceof L.GeoArrow) {
    l.getLatLngs().forEach(function (ll) { var p = map.latLngToContainerPoint(ll); out.ends.push([p.x, p.y]); });
  }
});
out.panels = [].map.call(c.querySelectorAll('.leaflet-control-container .leaflet-control, .gm-title'), function (el) {
  var r = el.getBoundingClientRect();
  return [el.className, r.left - box.left, r.top - box.top, r.right - box.left, r.bottom - box.top];
});
out.size = [map.getSize().x, map.getSize().y];
"""


def test_first_view_keeps_every_end_clear_of_the_panels(tmp_path):
    """The filters, slider, title, layers and legend lie over the map: the first view fits the
    movements into what they leave uncovered (an end drawn under the filter panel is an end the
    reader does not see)."""
    west = make_movement(actor="Test force", what="a column", origin=place("Westville", 36.2, 36.9, "SY", "town"),
                         destination=place("Eastburg", 36.4, 44.2, "IQ", "town"), start="2024-03-06")
    page = save_map(render(seed_movements() + [west], title="Panels"), tmp_path / "panels.html")
    _, probe, errors = load_in_chromium(page, tmp_path, UNCOVERED_PROBE)
    assert errors == []
    assert len(probe["ends"]) >= 7 and {"gm-filters" in p[0] for p in probe["panels"]} == {True, False}
    width, height = probe["size"]
    for x, y in probe["ends"]:
        assert 0 <= x <= width and 0 <= y <= height, (x, y)
        hidden = [p[0] for p in probe["panels"] if p[1] - 2 <= x <= p[3] + 2 and p[2] - 2 <= y <= p[4] + 2]
        assert hidden == [], f"the end at {(x, y)} starts under {hidden}"


def test_an_empty_map_says_so(tmp_path):
    planned = seed_movements()[0]
    planned["properties"]["status"] = "planned"
    page = save_map(render([planned]), tmp_path / "empty.html")
    probe_js = """
    var n = document.querySelector('.gm-empty');
    out.notice = n ? n.textContent : null;
    out.visible = n ? getComputedStyle(n).display !== 'none' : false;
    """
    _, probe, errors = load_in_chromium(page, tmp_path, probe_js)
    assert errors == [] and probe["visible"]
    assert probe["notice"].startswith("No movements to show.") and "--all" in probe["notice"]


def test_own_tiles_draw_from_the_page_itself(tmp_path):
    mb = tmp_path / "own.mbtiles"
    mbtiles(mb, (40.0, 35.0, 44.0, 38.5), range(0, 9))  # (written and closed)
    page = save_map(render(seed_movements(), tiles=mb), tmp_path / "own.html")
    probe_js = """
    out.tiles = [].map.call(document.querySelectorAll('img.leaflet-tile'), function (i) { return i.src.slice(0, 22); });
    out.resources = performance.getEntriesByType('resource').map(function (r) { return r.name; });
    out.bases = [].map.call(document.querySelectorAll('.leaflet-control-layers-base label'), function (l) { return l.textContent.trim(); });
    out.arrows = document.querySelectorAll('path.gm-arrow').length;
    """
    _, probe, errors = load_in_chromium(page, tmp_path, probe_js)
    assert errors == [] and probe["resources"] == [] and probe["arrows"] == 2
    drawn = [t for t in probe["tiles"] if t]  # tiles outside the inlined area stay empty
    assert drawn and all(t == "data:image/png;base64," for t in drawn)
    assert any(b.startswith("Your tiles: own.mbtiles") for b in probe["bases"])
