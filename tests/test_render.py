"""geomove.render: offline pages, escaping, periods, uncertainty, embedding."""

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pyogrio
import pytest
from hypothesis import given
from hypothesis import strategies as st

from geomove import assets
from geomove.areas import AREAS
from geomove.errors import CoordinateError, InputError, UsageError
from geomove.export import export, to_kml
from geomove.maps import actors, basemap, tiles
from geomove.maps.select import parse_statuses, select
from geomove.model import make_movement
from geomove.render import map_data, page_html, render, save_map, script_json

from map_pages import mbtiles, place, png, seed_movements, xss_movement
from sqlite_files import connected, needs_proc, open_on

def test_offline_page_inlines_assets_and_links_nothing(tmp_path):
    path = save_map(render(seed_movements(), title="Seed"), tmp_path / "sub" / "map.html")
    page = path.read_text("utf-8")
    assert path.parent.name == "sub"
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=[\"']?(https?:)?//", page, re.I)
    v = assets.versions()
    assert f"Leaflet {v['leaflet']} (XStatic-Leaflet)" in page
    assert assets.leaflet_js()[:2000] in page
    assert "geomove.draw(" in page and "L.GeoArrow" in page
    assert "tile.openstreetmap.org" in page  # only inside the JS for --online, never requested offline
    assert page.count("Leaflet - a JS library") <= 1  # inlined once


def test_online_page_inlines_assets_and_offers_web_tiles_as_an_extra_layer():
    m = render(seed_movements(), offline=False)
    page = page_html(m, offline=False)
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=[\"']?(https?:)?//", page, re.I)
    assert assets.leaflet_js()[:2000] in page  # works with the network gone
    data = _data_of(m)
    assert data["online"] is True and map_data(seed_movements(), "week", None, online=False)["online"] is False


def test_report_strings_only_appear_escaped():
    page = page_html(render([xss_movement()], title="<b>t</b>"))
    for raw in ("<script>document", "<img src=x", "onerror=\"", "</script><script>", "<b>t</b>"):
        assert raw not in page
    assert "\\u003cscript\\u003edocument.title='pwned-script'\\u003c/script\\u003e" in page
    assert "<title>&lt;b&gt;t&lt;/b&gt;</title>" in page
    # Only the page's own scripts: none came from the report.
    plain = page_html(render(seed_movements(), title="t"))
    assert page.count("<script") == plain.count("<script") and page.count("</script>") == plain.count("</script>")


def test_script_json_round_trips_and_hides_markup():
    value = {"q": "</script><!-- & \u2028", "n": [1, 2.5, None]}
    text = script_json(value)
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == value


def test_status_filter_and_include_all():
    denied = seed_movements()[0]
    denied["properties"]["status"] = "denied"
    data = map_data([denied], "week", None, False)
    assert len(data["mv"]) == 1  # map_data draws what it is given
    assert "denied" not in json.dumps(_data_of(render([denied]))["mv"])
    shown_later = _data_of(render([denied] + seed_movements()[1:], include_all=True))
    assert len(shown_later["mv"]) == 2
    assert shown_later["shown"] == ["reported"]  # in the page, hidden until the filter shows it
    assert ["denied", 1] in shown_later["statuses"]
    asked = _data_of(render([denied], statuses=["denied"]))
    assert len(asked["mv"]) == 1 and asked["shown"] == ["denied"]


def _data_of(m):
    page = page_html(m)
    blob = re.search(r"geomove\.draw\(\w+, (\{.*\})\);", page).group(1)
    return json.loads(blob)


@pytest.mark.parametrize("period, labels", [
    ("day", [f"2024-03-{d:02d}" for d in range(2, 13)]),  # an even calendar: empty days included
    ("week", ["2024-W09 (from 2024-02-26)", "2024-W10 (from 2024-03-04)", "2024-W11 (from 2024-03-11)"]),
    ("month", ["2024-03"]),
])
def test_periods(period, labels):
    moves = seed_movements()
    undated = make_movement(actor="x", origin=place("A", 36.0, 40.0, "SY", "town"),
                            destination=place("B", 36.2, 40.3, "SY", "town"))
    data = map_data(moves + [undated], period, None, False)
    assert data["periods"] == labels
    period_col = data["mvFields"].index("period")
    assert [row[period_col] for row in data["mv"]][-1] == -1
    assert data["hasUndated"] is True


def test_published_dates_a_movement_without_start():
    move = seed_movements()[0]
    move["properties"]["start"] = None
    move["properties"]["published"] = "2024-01-31T10:00:00Z"
    assert map_data([move], "month", None, False)["periods"] == ["2024-01"]


def test_bad_period_is_a_usage_error():
    with pytest.raises(UsageError, match="--period"):
        render(seed_movements(), period="year")


def test_uncertainty_halos_dashes_and_country_outline():
    data = map_data(seed_movements()[:1], "week", None, False)
    f = data["mvFields"]
    row = data["mv"][0]
    names = [data["S"][data["places"][p][data["placeFields"].index("name")]] for p in row[f.index("route")]]
    assert names == ["Al-Malikiyah", "al-Yarubiyah crossing", "Iraq"]
    halos = row[f.index("halos")]
    assert [[data["S"][data["places"][p][2]], km] for p, km in halos] == [["al-Yarubiyah crossing", 25.0]]
    assert row[f.index("dashed")] == 1
    assert data["highlight"] == ["IQ"]
    iraq = [c for c in data["basemap"]["countries"] if c[0] == "IQ"]
    assert iraq and len(iraq[0][2][0][0]) > 200  # the fine outline near the data (delta-encoded pairs)
    assert row[f.index("coords")] == 0  # geometry equals the places: rebuilt in the browser


def test_exact_ends_are_solid():
    data = map_data([seed_movements()[1]], "week", None, False)
    row = data["mv"][0]
    f = data["mvFields"]
    assert row[f.index("dashed")] == 1  # Rmelan base is "near"
    assert len(row[f.index("halos")]) == 1
    exact = seed_movements()[1]
    exact["properties"]["destination"]["precision"] = "exact"
    row = map_data([make_movement(**exact["properties"])], "week", None, False)["mv"][0]
    assert row[f.index("dashed")] == 0 and row[f.index("halos")] == []


def test_movement_without_geometry_still_shows_its_places():
    only = make_movement(actor="SDF", what="reinforcements arrived",
                         destination=place("Tal Tamr", 36.65, 40.37, "SY", "town"), start="2024-02-01")
    assert only["geometry"] is None
    data = map_data([only], "week", None, False)
    assert data["places"][0][:2] == [36.65, 40.37]
    assert data["mv"][0][data["mvFields"].index("route")] == [0]


def test_places_are_shared_between_movements():
    moves = seed_movements() + seed_movements()
    data = map_data(moves, "week", None, False)
    assert len(data["places"]) == 5
    assert data["S"].count("Al-Malikiyah") == 1


def test_bad_coordinates_name_the_movement():
    move = seed_movements()[0]
    move["properties"]["origin"]["lat"] = 137.0
    with pytest.raises(CoordinateError, match="movement mv-"):
        render([move])


def test_not_a_feature_is_an_input_error():
    with pytest.raises(InputError, match="movement #2"):
        render([seed_movements()[0], {"type": "Feature"}])


def test_embed_fragment_and_notebook_repr(tmp_path):
    m = render(seed_movements())
    fragment = save_map(m, tmp_path / "frag.html", embed=True).read_text("utf-8")
    assert fragment.startswith('<div class="geomove-map"')
    assert "<html" not in fragment and "<script" not in fragment  # all inside srcdoc, escaped
    assert "&lt;script&gt;" in fragment and "srcdoc=" in fragment
    notebook = m._repr_html_()
    assert "<iframe" in notebook and "geomove.draw(" in notebook
    assert "cdn.jsdelivr" not in notebook  # offline assets in Jupyter too


def test_actor_colours_and_legend():
    data = map_data(seed_movements(), "week", "T", False)
    assert sorted(a[0] for a in data["actors"]) == ["Russian forces", "US forces"]
    assert all(a[1] in actors.PALETTE for a in data["actors"])
    kinds = {k for k, _ in data["kinds"]}
    assert {"base", "airfield", "crossing", "town / village", "country"} <= kinds


def test_one_actor_under_its_names_and_its_colour_across_maps():
    assert actors.actor_id("RSF convoy") == actors.actor_id("Rapid Support Forces") == actors.actor_id("the RSF")
    assert actors.actor_id("U.S. Forces") == actors.actor_id("US forces")
    assert actors.actor_id("Russian forces") != actors.actor_id("US forces")
    keys, table = actors.assign(["RSF convoy", "Rapid Support Forces", None, None, None])
    assert keys[0] == keys[1] and table[0][1] == "Rapid Support Forces" and table[-1][0] is None
    # the colour comes from the actor, not from the other actors on the map
    alone = actors.assign(["Rapid Support Forces"])[1][0][2]
    crowded = dict((k, c) for k, _, c in actors.assign(["Wagner Group", "RSF fighters", "army"])[1])
    assert crowded["rsf"] == alone == actors.colour_of("rsf")


def test_clashing_colours_in_one_map_move_to_a_free_one():
    names = [f"Group {chr(65 + i)} militia" for i in range(12)]
    _, table = actors.assign(names)
    colours = [c for _, _, c in table]
    assert len(set(colours[:len(actors.PALETTE)])) == len(actors.PALETTE)


def test_movement_rows_carry_status_confidence_and_day():
    move = seed_movements()[0]
    move["properties"]["confidence"] = 0.4
    data = map_data([move], "week", None, False)
    f, row = data["mvFields"], data["mv"][0]
    assert row[f.index("confidence")] == 0.4
    assert row[f.index("day")] == (dt.date(2024, 3, 2) - dt.date(1970, 1, 1)).days
    assert data["S"][row[f.index("status")]] == "reported"
    assert data["styles"]["status"]["denied"]["dash"] != data["styles"]["status"]["reported"]["dash"]
    assert data["styles"]["status"]["denied"]["shown"] is False


def test_basemap_has_context_only_around_the_data(gazetteer):
    data = map_data(seed_movements(), "week", None, False, gazetteer=gazetteer)
    base = data["basemap"]
    assert len(base["admin1"]) > 20 and len(base["rivers"]) > 10 and base["lakes"]
    assert {"Euphrates", "Tigris"} & {r[0] for r in base["riverLabels"]}
    towns = {t[0]: t for t in base["towns"]}
    assert "Mosul" in towns and towns["Mosul"][4] <= 5  # a big city shows early
    assert all(t[4] >= 8 for t in base["towns"] if t[3] < 30_000)
    assert any(p[0] for p in base["provinces"])
    assert "Syria" in {c[0] for c in base["countryLabels"]}
    w, s, e, n = base["region"]
    assert 30 <= w and e <= 49 and 29 <= s and n <= 42  # detail only near the places (Iraq at 33, 44)
    # a town the report names is labelled once, as a report place
    assert not any(abs(t[1] - 37.177) < 0.05 and abs(t[2] - 42.140) < 0.05 for t in base["towns"])


def _on_a_drawn_river(base: dict, lat: float, lon: float) -> float:
    """Degrees from (lat, lon) to the nearest river line the map draws."""
    import shapely

    lines = [basemap_line(e, base["scale"]) for e in base["rivers"]]
    return min(shapely.LineString([(x, y) for y, x in line]).distance(shapely.Point(lon, lat))
               for line in lines if len(line) > 1)


def basemap_line(encoded: list[int], scale: int) -> list[tuple[float, float]]:
    out, lat, lon = [], 0, 0
    for i in range(0, len(encoded) - 1, 2):
        lat, lon = lat + encoded[i], lon + encoded[i + 1]
        out.append((lat / scale, lon / scale))
    return out


def test_a_river_is_named_where_it_crosses_the_detail_not_at_its_centre():
    # Aswan is 1,100 km from the Nile's centre in geomove.areas (far outside the detail box):
    # the name follows the river to the data and sits on a drawn line near the place.
    aswan = (24.09, 32.90)
    base = basemap.basemap([aswan], (32.0, 23.5, 33.5, 24.5))
    (nile,) = [r for r in base["riverLabels"] if r[0] == "Nile"]
    assert abs(nile[1] - aswan[0]) < 1.0 and abs(nile[2] - aswan[1]) < 1.0
    assert _on_a_drawn_river(base, nile[1], nile[2]) < 0.01
    # Two detailed areas far apart each get their labels. Near Mosul the Euphrates, the Tigris
    # and the Khabur are one network: each name stays on its own river, at its centre when the
    # area holds it (the Tigris's is not at Mosul, and no tributary takes the Nile's name).
    base = basemap.basemap([(36.34, 43.13), aswan], (32.0, 23.5, 43.5, 36.5))
    labels = {}
    for name, lat, lon in base["riverLabels"]:
        assert _on_a_drawn_river(base, lat, lon) < 0.01
        labels.setdefault(name, []).append((lat, lon))
    assert {"Nile", "Tigris", "Euphrates"} <= set(labels) and len(labels["Nile"]) == 1
    ((lat, lon),) = labels["Nile"]
    assert abs(lat - aswan[0]) < 1.0 and abs(lon - aswan[1]) < 1.0
    centre = {a[0]: (a[3], a[4]) for a in AREAS}  # the rows' own points (gazetteer/areas.csv)
    for name in ("Tigris", "Euphrates"):
        lat, lon = centre[name]
        assert [abs(a - lat) + abs(b - lon) < 0.3 for a, b in labels[name]] == [True], name


def test_decoding_an_encoded_line_gives_the_points_back():
    line = [(42.1401, 37.1773), (42.2, 37.0), (42.2, 37.0), (43.0, 36.5)]
    enc = basemap.encode_line(line)
    lat = lon = 0
    back = []
    for i in range(0, len(enc), 2):
        lat += enc[i]
        lon += enc[i + 1]
        back.append((lon / basemap.SCALE, lat / basemap.SCALE))
    assert back == [(42.14, 37.177), (42.2, 37.0), (43.0, 36.5)]


def test_one_report_map_stays_under_two_megabytes(tmp_path, gazetteer):
    page = save_map(render(seed_movements(), gazetteer=gazetteer), tmp_path / "one.html")
    assert page.stat().st_size < 2_000_000


def test_empty_map_says_so():
    m = render([])
    data = _data_of(m)
    assert data["mv"] == [] and m.geomove_count == 0
    denied = seed_movements()[0]
    denied["properties"]["status"] = "planned"
    m = render([denied])
    assert m.geomove_count == 0 and m.geomove_left_out == 1 and _data_of(m)["leftOut"] == 1
    assert "render with --all" in page_html(m)


def test_own_tiles_from_mbtiles_and_a_folder_go_into_the_page(tmp_path):
    mb = tmp_path / "survey.mbtiles"
    mbtiles(mb, (40.0, 35.0, 44.0, 38.0), range(0, 4), name="survey team")
    with connected(mb) as db:
        db.execute("INSERT INTO tiles VALUES (3, 0, 0, ?)", (png(),))  # far away: not inlined
    data = _data_of(render(seed_movements(), tiles=mb))
    assert data["tiles"]["name"] == "survey team" and data["tiles"]["maxZoom"] == 3
    x, y = tiles.tile_range((42.0, 37.0, 42.0, 37.0), 3)[:2]
    assert data["tiles"]["tiles"][f"3/{x}/{y}"].startswith("data:image/png;base64,")
    assert "3/0/7" not in data["tiles"]["tiles"]
    folder = tmp_path / "xyz" / "2" / str(x // 2)
    folder.mkdir(parents=True)
    (folder / f"{y // 2}.png").write_bytes(png())
    assert list(_data_of(render(seed_movements(), tiles=tmp_path / "xyz"))["tiles"]["tiles"]) == [f"2/{x // 2}/{y // 2}"]
    with pytest.raises(InputError, match="no such MBTiles"):
        render(seed_movements(), tiles=tmp_path / "missing.mbtiles")


@needs_proc
def test_an_mbtiles_file_is_let_go_once_its_tiles_are_in_the_page(tmp_path):
    """A process that renders many maps does not keep each one's tiles file open."""
    mb = tmp_path / "survey.mbtiles"
    mbtiles(mb, (40.0, 35.0, 44.0, 38.0), range(0, 3))
    assert _data_of(render(seed_movements(), tiles=mb))["tiles"]["tiles"]
    assert open_on(mb) == 0  # (no collection needed)
    broken = tmp_path / "broken.mbtiles"
    broken.write_bytes(b"not tiles " * 500)
    with pytest.raises(InputError, match="not an MBTiles file"):
        render(seed_movements(), tiles=broken)
    assert open_on(broken) == 0


def test_select_by_dates_actor_and_bbox():
    moves = seed_movements()
    assert len(select(moves, since="2024-03-10")) == 1
    assert len(select(moves, until="2024-03-05")) == 1
    assert [m["properties"]["actor"] for m in select(moves, actor="U.S. forces")] == ["US forces"]
    assert len(select(moves, bbox=(41.0, 36.9, 41.5, 37.1))) == 1  # Qamishli only
    assert parse_statuses("reported, planned") == ["reported", "planned"]
    with pytest.raises(UsageError, match="--status"):
        parse_statuses("rumoured")


def test_gpkg_layer_styles_are_qgis_xml(tmp_path):
    moves = seed_movements()
    moves[1]["properties"]["status"] = "denied"
    path = tmp_path / "m.gpkg"
    export(moves, "gpkg", path, include_all=True)
    with connected(path) as db:
        rows = db.execute("SELECT f_table_name, f_geometry_column, styleQML, useAsDefault FROM layer_styles").fetchall()
    assert {r[0] for r in rows} == {"movements", "places"} and all(r[3] == 1 for r in rows)
    qml = {r[0]: ET.fromstring(r[2].split("\n", 1)[1]) for r in rows}
    rules = qml["movements"].findall("renderer-v2/rules/rule")
    assert len(rules) == 2
    denied = next(r for r in rules if "'denied'" in r.get("filter"))
    symbol = qml["movements"].find(f"renderer-v2/symbols/symbol[@name='{denied.get('symbol')}']")
    style = symbol.find("layer[@class='SimpleLine']/Option/Option[@name='line_style']").get("value")
    assert style == "dot"
    colour = symbol.find("layer[@class='SimpleLine']/Option/Option[@name='line_color']").get("value")
    r, g, b = (int(actors.colour_of(actors.actor_id("Russian forces"))[i:i + 2], 16) for i in (1, 3, 5))
    assert colour == f"{r},{g},{b},255"
    assert qml["places"].find("labeling/settings/text-style").get("fieldName") == "name"
    assert pyogrio.read_dataframe(path, layer="movements").shape[0] == 2


def test_kml_has_a_style_per_actor_and_status():
    moves = seed_movements()
    moves[1]["properties"]["status"] = "planned"
    root = ET.fromstring(to_kml(moves).encode("utf-8"))
    ns = {"k": "http://www.opengis.net/kml/2.2"}
    styles = {s.get("id"): s for s in root.findall("k:Document/k:Style", ns)}
    urls = [u.text for u in root.findall("k:Document/k:Folder/k:Placemark/k:styleUrl", ns)]
    assert len(urls) == 2 and all(u[1:] in styles for u in urls)
    assert any(u.endswith("-planned") for u in urls)
    width = {k: float(s.find("k:LineStyle/k:width", ns).text) for k, s in styles.items()}
    assert width[urls[1][1:]] < width[urls[0][1:]]  # planned is thinner than reported


# ------------------------------------------------------------------ the render command

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_render_a_report_without_movements_exits_1_and_names_all(cli, tmp_path):
    quiet = tmp_path / "quiet.txt"
    quiet.write_text("The ministry said it had no plans to send troops from Gao to Kidal next year.\n", "utf-8")
    code, out, err = cli("render", quiet, "--published", "2026-02-12", "-o", tmp_path / "q.html")
    assert code == 1 and "quiet.txt" in err and "no movements" in err
    assert "--all" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "q.html").exists()
    code, out, err = cli("render", quiet, "--published", "2026-02-12", "--all", "-o", tmp_path / "q.html")
    assert code == 0, err


def test_render_takes_the_filters_of_list(cli, tmp_path):
    page = tmp_path / "sudan.html"
    code, out, err = cli("render", EXAMPLES / "sudan-report.txt", "--published", "2026-06-18", "-o", page)
    assert code == 0, err
    everyone = int(out.split(": ")[1].split()[0])
    code, out, err = cli("render", EXAMPLES / "sudan-report.txt", "--published", "2026-06-18",
                         "--actor", "RSF", "-o", page)
    assert code == 0, err
    rsf = int(out.split(": ")[1].split()[0])
    assert 0 < rsf < everyone
    data = _data_of_page(page.read_text("utf-8"))
    assert [a[0] for a in data["actors"]] == ["Rapid Support Forces"]
    code, out, err = cli("render", EXAMPLES / "sudan-report.txt", "--published", "2026-06-18",
                         "--bbox", "20,10,27,16", "-o", page)  # Darfur only
    assert code == 0 and int(out.split(": ")[1].split()[0]) < everyone
    code, out, err = cli("render", EXAMPLES / "sudan-report.txt", "--published", "2026-06-18",
                         "--status", "denied", "-o", page)
    assert code == 0 and _data_of_page(page.read_text("utf-8"))["shown"] == ["denied"]
    code, _, err = cli("render", EXAMPLES / "sudan-report.txt", "--status", "rumoured")
    assert code == 2 and "--status" in err
    code, _, err = cli("render", EXAMPLES / "sudan-report.txt", "--tiles", tmp_path / "none.mbtiles")
    assert code == 1 and "none.mbtiles" in err


def _data_of_page(page: str) -> dict:
    return json.loads(re.search(r"geomove\.draw\(\w+, (\{.*\})\);", page).group(1))


@given(st.lists(st.tuples(st.floats(-180, 180), st.floats(-85, 85)), min_size=2, max_size=40))
def test_encoded_lines_decode_to_the_rounded_points(points):
    enc = basemap.encode_line(points)
    rounded = []
    for lon, lat in points:
        p = (round(lat * basemap.SCALE), round(lon * basemap.SCALE))
        if not rounded or rounded[-1] != p:
            rounded.append(p)
    if len(rounded) < 2:
        assert enc == []
        return
    lat = lon = 0
    back = []
    for i in range(0, len(enc), 2):
        lat += enc[i]
        lon += enc[i + 1]
        back.append((lat, lon))
    assert back == rounded


@given(st.lists(st.from_regex(r"[A-Za-z]{2,9}", fullmatch=True), min_size=1, max_size=4).map(" ".join))
def test_an_actor_is_one_actor_whatever_formation_it_moved_in(name):
    key = actors.actor_id(name)
    for word in ("convoy", "column", "units", "troops"):
        assert actors.actor_id(f"{name} {word}") == key
    assert actors.actor_id("the " + name) == actors.actor_id(name) or name.lower().startswith("the")
    assert actors.colour_of(key) == actors.colour_of(actors.actor_id(name.upper() if len(name.split()) == 1 else name))
