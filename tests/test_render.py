"""geomove.render: offline pages, escaping, periods, uncertainty, embedding."""

import json
import re

import pytest

from geomove import assets
from geomove.errors import CoordinateError, InputError, UsageError
from geomove.model import make_movement, make_place
from geomove.render import map_data, page_html, render, save_map, script_json

XSS_SCRIPT = "<script>document.title='pwned-script'</script>"
XSS_IMG = "<img src=x onerror=\"document.title='pwned-img'\">"


def place(name, lat, lon, country, kind, precision="exact", km=None, gid=None):
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


def test_online_page_links_pinned_leaflet_and_tiles():
    m = render(seed_movements(), offline=False)
    page = page_html(m, offline=False)
    v = assets.versions()["leaflet"]
    assert f'<script src="https://cdn.jsdelivr.net/npm/leaflet@{v}/dist/leaflet.js">' in page
    assert map_data(seed_movements(), "week", None, online=True)["online"] is True


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
    assert "denied" not in json.dumps(_data_of(render([denied])))
    assert len(_data_of(render([denied], include_all=True))["mv"]) == 1


def _data_of(m):
    page = page_html(m)
    blob = re.search(r"geomove\.draw\(\w+, (\{.*\})\);", page).group(1)
    return json.loads(blob)


@pytest.mark.parametrize("period, labels", [
    ("day", ["2024-03-02", "2024-03-12"]),
    ("week", ["2024-W09 (from 2024-02-26)", "2024-W11 (from 2024-03-11)"]),
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
    iraq = [c for c in data["borders"] if c[0] == "IQ"]
    assert iraq and len(iraq[0][2][0][0]) > 100  # the fine outline near the data
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
    assert [a for a, _ in data["actors"]] == ["Russian forces", "US forces"] or \
        [a for a, _ in data["actors"]] == ["US forces", "Russian forces"]
    kinds = {k for k, _ in data["kinds"]}
    assert {"base", "airfield", "crossing", "town / village", "country"} <= kinds
