"""Movement maps: folium maps that open offline and read like a situation map.

``render`` turns MOVEMENT features into a :class:`folium.Map` whose page carries its
own Leaflet (from XStatic-Leaflet), geomove's small plugins and a country-border
basemap (Natural Earth), so it works with no network. The data go into the page as one
JSON blob (a string table plus compact rows) drawn by ``geomove.draw`` in the browser:
10,000 movements stay a few MB, where one folium object per movement would not.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

import folium
from branca.element import MacroElement
from jinja2 import Template

from . import assets, borders, plugins
from .errors import InputError, UsageError, check_latlon
from .model import is_reported

PERIODS = ("day", "week", "month")
PALETTE = ("#1f5fa8", "#c2410c", "#15803d", "#7e22ce", "#b91c1c", "#0e7490", "#a16207", "#be185d")
OTHER_COLOUR = "#555555"
UNCERTAIN = ("near", "region")
DEFAULT_UNCERTAINTY_KM = {"near": 10.0, "region": 50.0}
SVG_LIMIT = 500  # above this many movements draw on canvas: SVG paths get slow to paint and pan

PLACE_FIELDS = ("lat", "lon", "name", "surface", "kind", "country", "precision", "uncertainty_km",
                "gazetteer_id", "source")
MOVEMENT_FIELDS = ("id", "route", "coords", "period", "colour", "dashed", "halos", "actor", "what",
                   "count", "start", "end", "date_text", "published", "source", "url", "quote", "status")
STRING_FIELDS = {"name", "surface", "kind", "country", "precision", "gazetteer_id", "source", "id",
                 "actor", "what", "start", "end", "date_text", "published", "url", "quote", "status"}
KIND_LABELS = (("base", "base"), ("airfield", "airfield"), ("crossing", "crossing"), ("city", "city"),
               ("town", "town / village"), ("region", "region / province"), ("country", "country"))


# ------------------------------------------------------------------ periods

def parse_day(value: Any) -> dt.date | None:
    """The calendar day of an ISO 8601 date or datetime (YYYY, YYYY-MM accepted); None if unreadable."""
    if not value or not isinstance(value, str):
        return None
    text = value.strip()
    try:
        if len(text) == 4:
            return dt.date(int(text), 1, 1)
        if len(text) == 7:
            return dt.date(int(text[:4]), int(text[5:7]), 1)
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def period_key(day: dt.date, period: str) -> tuple[dt.date, str]:
    """(first day, label) of the day/week/month bucket holding ``day``."""
    if period == "day":
        return day, day.isoformat()
    if period == "week":
        monday = day - dt.timedelta(days=day.weekday())
        year, week, _ = monday.isocalendar()
        return monday, f"{year}-W{week:02d} (from {monday.isoformat()})"
    first = day.replace(day=1)
    return first, first.strftime("%Y-%m")


def movement_day(props: dict) -> dt.date | None:
    return parse_day(props.get("start")) or parse_day(props.get("published"))


# ------------------------------------------------------------------ data blob

class _Strings:
    """Every distinct string once; rows refer to it by index (quotes and URLs repeat a lot)."""

    def __init__(self):
        self.values: list[str] = []
        self.index: dict[str, int] = {}

    def __call__(self, value: Any) -> int | None:
        if value is None or value == "":
            return None
        text = value if isinstance(value, str) else str(value)
        if text not in self.index:
            self.index[text] = len(self.values)
            self.values.append(text)
        return self.index[text]


def _place_key(place: dict) -> tuple:
    return (place.get("gazetteer_id") or "", place.get("name") or place.get("surface") or "",
            place.get("lat"), place.get("lon"), place.get("precision") or "")


def _coords(place: dict, where: str) -> tuple[float, float] | tuple[None, None]:
    if place.get("lat") is None or place.get("lon") is None:
        return None, None
    lat, lon = check_latlon(place["lat"], place["lon"], source=where)
    return round(lat, 5), round(lon, 5)


def _check_features(features: Iterable[dict]) -> list[dict]:
    out = []
    for i, feature in enumerate(features):
        if not isinstance(feature, dict) or not isinstance(feature.get("properties"), dict):
            raise InputError(f"movement #{i + 1} is not a GeoJSON Feature with properties")
        out.append(feature)
    return out


def map_data(features: list[dict], period: str, title: str | None, online: bool) -> dict:
    """The JSON blob geomove.draw reads: string table, places, movement rows, periods, basemap."""
    strings = _Strings()
    places: list[list] = []
    place_index: dict[tuple, int] = {}
    highlight: list[str] = []
    lats: list[float] = []
    lons: list[float] = []

    def add_place(place: dict, where: str) -> int:
        key = _place_key(place)
        if key not in place_index:
            lat, lon = _coords(place, where)
            if lat is not None:
                lats.append(lat)
                lons.append(lon)
            row = []
            for field in PLACE_FIELDS:
                if field == "lat":
                    row.append(lat)
                elif field == "lon":
                    row.append(lon)
                elif field == "uncertainty_km":
                    row.append(place.get(field))
                else:
                    row.append(strings(place.get(field)))
            place_index[key] = len(places)
            places.append(row)
        return place_index[key]

    dated = []
    for feature in features:
        day = movement_day(feature["properties"])
        dated.append(period_key(day, period) if day else None)
    buckets = sorted({d for d in dated if d})
    bucket_index = {b: k for k, b in enumerate(buckets)}

    actor_counts = Counter((f["properties"].get("actor") or "").strip() or None for f in features)
    top_actors = [a for a, _ in actor_counts.most_common() if a][:len(PALETTE)]
    colours = list(PALETTE[:len(top_actors)]) + [OTHER_COLOUR]
    colour_of = {a: k for k, a in enumerate(top_actors)}

    rows = []
    for feature, bucket in zip(features, dated):
        props = feature["properties"]
        where = f"movement {props.get('id') or '?'}"
        ends = [props.get("origin"), *(props.get("via") or []), props.get("destination")]
        route = [add_place(p, where) for p in ends if isinstance(p, dict)]
        coords = _feature_coords(feature, where)
        derived = [[places[i][0], places[i][1]] for i in route if places[i][0] is not None]
        derived = [c for k, c in enumerate(derived) if k == 0 or c != derived[k - 1]]
        if coords is not None and coords == derived:
            coords = 0  # the browser rebuilds it from the places: saves bytes
        elif coords is None:
            coords = 0
        halos, dashed = [], False
        for end in ends:
            if not isinstance(end, dict):
                continue
            precision = end.get("precision")
            if precision in UNCERTAIN or precision == "country":
                dashed = True
            if precision in UNCERTAIN and end.get("lat") is not None:
                km = end.get("uncertainty_km") or DEFAULT_UNCERTAINTY_KM[precision]
                halos.append([place_index[_place_key(end)], round(float(km), 2)])
            if precision == "country" and end.get("country") and end["country"].upper() not in highlight:
                highlight.append(end["country"].upper())
        actor = (props.get("actor") or "").strip() or None
        values = {
            "route": route, "coords": coords, "period": bucket_index[bucket] if bucket else -1,
            "colour": colour_of.get(actor, len(colours) - 1), "dashed": 1 if dashed else 0, "halos": halos,
            "count": props.get("count") if isinstance(props.get("count"), (int, float)) else None,
        }
        row = []
        for field in MOVEMENT_FIELDS:
            if field in values:
                row.append(values[field])
            else:
                row.append(strings(props.get(field)))
        rows.append(row)

    bbox = (min(lons), min(lats), max(lons), max(lats)) if lats else None
    kinds_used = {assets.KIND_ICONS.get(strings.values[r[4]] if r[4] is not None else "", "default")
                  for r in places if r[0] is not None}
    icon_of = {kind: (kind if kind in assets.KIND_ICONS else "default") for kind in assets.KIND_ICONS}
    legend_kinds = [[label, kind] for kind, label in KIND_LABELS if assets.KIND_ICONS[kind] in kinds_used]
    if "location-dot" in kinds_used:
        legend_kinds.append(["other place", "default"])
    any_other = any(r[MOVEMENT_FIELDS.index("colour")] == len(colours) - 1 for r in rows)
    notes = "Every place and arrow opens a popup with its source and quoted sentence."
    return {
        "S": strings.values,
        "placeFields": list(PLACE_FIELDS), "mvFields": list(MOVEMENT_FIELDS),
        "strFields": {k: 1 for k in STRING_FIELDS},
        "places": places, "mv": rows,
        "periods": [label for _, label in buckets], "hasUndated": any(d is None for d in dated),
        "colours": colours,
        "actors": [[a, PALETTE[k]] for k, a in enumerate(top_actors)]
                  + ([["other / unknown actor", OTHER_COLOUR]] if any_other else []),
        "icons": assets.kind_icons(), "iconOf": icon_of, "kinds": legend_kinds, "notes": notes,
        "borders": borders.basemap(bbox), "highlight": highlight,
        "online": online, "renderer": "svg" if len(rows) <= SVG_LIMIT else "canvas",
        "title": title, "bbox": bbox,
    }


def _feature_coords(feature: dict, where: str) -> list | None:
    geom = feature.get("geometry")
    if not isinstance(geom, dict) or geom.get("type") != "LineString":
        return None
    out = []
    for point in geom.get("coordinates") or []:
        lat, lon = check_latlon(point[1], point[0], source=where)
        out.append([round(lat, 5), round(lon, 5)])
    return out if len(out) >= 2 else None


def script_json(value: Any) -> str:
    """JSON that is safe inside <script>: no '<', '>', '&' or JS line separators appear raw."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


# ------------------------------------------------------------------ folium elements

class MovementLayers(MacroElement):
    """Assets, plugins and the data of a geomove map; renders inline or linked per map.geomove_offline."""

    _template = Template("""
{% macro header(this, kwargs) %}
{{ this.head_html() }}
{% endmacro %}
{% macro script(this, kwargs) %}
geomove.draw({{ this._parent.get_name() }}, {{ this.data_json }});
{% endmacro %}
""")

    def __init__(self, data: dict):
        super().__init__()
        self._name = "GeomoveMovements"
        self.data_json = script_json(data)

    def head_html(self) -> str:
        offline = getattr(self._parent, "geomove_offline", True)
        js, css = plugins.bundle()
        return f"{assets.head_html(offline)}\n<style>\n{css}\n</style>\n<script>\n{js}\n</script>"


def render(features: list[dict], *, period: str = "week", offline: bool = True, title: str | None = None,
           include_all: bool = False) -> folium.Map:
    """A folium map of MOVEMENT features: arrows, places, legend, period overlays and a time slider.

    Movements whose status is not "reported" are left out unless ``include_all``.
    """
    if period not in PERIODS:
        raise UsageError(f"--period must be one of {', '.join(PERIODS)}, not {period!r}")
    features = [f for f in _check_features(features) if include_all or is_reported(f)]
    data = map_data(features, period, title, online=not offline)
    m = folium.Map(location=[20, 20], zoom_start=2, tiles=None, control_scale=False,
                   prefer_canvas=data["renderer"] == "canvas")
    # Leaflet comes from MovementLayers (inline or pinned CDN); folium's CDN list would break offline.
    m.default_js = []
    m.default_css = []
    m.geomove_offline = offline
    if data["bbox"]:
        w, s, e, n = data["bbox"]
        m.location = [(s + n) / 2, (w + e) / 2]
    MovementLayers(data).add_to(m)
    figure = m.get_root()
    figure.title = html.escape(title or "geomove movements")
    return m


def page_html(m: folium.Map, *, offline: bool = True) -> str:
    """The full HTML page of a map."""
    m.geomove_offline = offline
    return m.get_root().render()


def embed_html(m: folium.Map, *, offline: bool = True, height: str = "600px") -> str:
    """A fragment for a web page: the map page in an iframe's srcdoc (keeps Leaflet's CSS to itself)."""
    page = html.escape(page_html(m, offline=offline), quote=True)
    return (f'<div class="geomove-map" style="width:100%;height:{html.escape(height)};">'
            f'<iframe srcdoc="{page}" title="geomove map" style="width:100%;height:100%;border:0;" '
            f'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" loading="lazy"></iframe></div>\n')


def save_map(m: folium.Map, path: str | Path, *, embed: bool = False, offline: bool = True) -> Path:
    """Write the map as one self-contained HTML page (or an embeddable fragment); returns the path."""
    from .io.output import check_output_path, write_text_atomic

    path = check_output_path(path)  # an unwritable path fails before the page is built
    text = embed_html(m, offline=offline) if embed else page_html(m, offline=offline)
    write_text_atomic(path, text)  # temp file + rename: a full disk never truncates a good map
    return path
