"""Movement maps: folium maps that open offline and read like a situation map.

``render`` turns MOVEMENT features into a :class:`folium.Map` whose page carries its
own Leaflet (from XStatic-Leaflet), geomove's small plugins and an offline basemap with
context (:mod:`geomove.maps.basemap`), so it works with no network, ``--online`` too.
The data go into the page as one JSON blob (a string table plus compact rows) drawn by
``geomove.draw`` in the browser: 10,000 movements stay a few MB, where one folium
object per movement would not. In the page every place is named, movements are styled
by actor (:mod:`geomove.maps.actors`), status and confidence (:mod:`geomove.maps.styles`),
and filters and an even-calendar time slider decide what shows.
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

from . import assets, plugins
from .maps import actors, basemap, styles
from .timespan import first_day
from .errors import DateError, InputError, UsageError, check_latlon

PERIODS = ("day", "week", "month")
UNCERTAIN = ("near", "region")
DEFAULT_UNCERTAINTY_KM = {"near": 10.0, "region": 50.0}
SVG_LIMIT = 500  # above this many movements draw on canvas: SVG paths get slow to paint and pan

PLACE_FIELDS = ("lat", "lon", "name", "surface", "kind", "country", "precision", "uncertainty_km",
                "gazetteer_id", "source", "holder")
MOVEMENT_FIELDS = ("id", "route", "coords", "period", "colour", "dashed", "halos", "actor", "what",
                   "count", "start", "end", "date_text", "published", "source", "url", "quote", "status",
                   "confidence", "day")
STRING_FIELDS = {"name", "surface", "kind", "country", "precision", "gazetteer_id", "source", "holder", "id",
                 "actor", "what", "start", "end", "date_text", "published", "url", "quote", "status"}
KIND_LABELS = (("base", "base"), ("airfield", "airfield"), ("crossing", "crossing"), ("city", "city"),
               ("town", "town / village"), ("region", "region / province"), ("country", "country"))


# ------------------------------------------------------------------ periods

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
    """The day of a movement on the map: the first day of its span (timespan.first_day, the span
    list and render --since filter on); None for no date, or a date no ISO 8601 reading takes
    (features handed over in Python are not validated as imported ones are)."""
    try:
        return first_day(props)
    except DateError:
        return None


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


def calendar(buckets: list[tuple[dt.date, str]], period: str) -> list[tuple[dt.date, str]]:
    """Every bucket from the first to the last, empty ones included: the slider steps evenly."""
    if not buckets:
        return []
    first, last = buckets[0][0], buckets[-1][0]
    out, day = [], first
    while day <= last:
        out.append(period_key(day, period))
        if period == "day":
            day += dt.timedelta(days=1)
        elif period == "week":
            day += dt.timedelta(days=7)
        else:
            day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return out


def _confidence(value: Any) -> float | None:
    return round(float(value), 2) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def map_data(features: list[dict], period: str, title: str | None, online: bool, *,
             gazetteer: Any = None, tiles: dict | None = None, shown_statuses: Iterable[str] = ("reported",),
             left_out: int = 0) -> dict:
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
                elif field == "holder":  # (a place the index lacks, at the point of the place it lies in)
                    holder = place.get("holder")
                    row.append(strings(holder.get("name") if isinstance(holder, dict) else None))
                else:
                    row.append(strings(place.get(field)))
            place_index[key] = len(places)
            places.append(row)
        return place_index[key]

    days = [movement_day(f["properties"]) for f in features]
    dated = [period_key(d, period) if d else None for d in days]
    buckets = calendar(sorted({d for d in dated if d}), period)
    bucket_index = {b: k for k, b in enumerate(buckets)}

    actor_keys, actor_table = actors.assign([f["properties"].get("actor") for f in features])
    actor_index = {key: k for k, (key, _, _) in enumerate(actor_table)}
    epoch = dt.date(1970, 1, 1)

    rows = []
    for feature, bucket, day, akey in zip(features, dated, days, actor_keys):
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
        values = {
            "route": route, "coords": coords, "period": bucket_index[bucket] if bucket else -1,
            "colour": actor_index[akey], "dashed": 1 if dashed else 0, "halos": halos,
            "count": props.get("count") if isinstance(props.get("count"), (int, float)) else None,
            "confidence": _confidence(props.get("confidence")),
            "day": (day - epoch).days if day else None,
            "status": strings(props.get("status") or "reported"),
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
    counts = Counter(r[MOVEMENT_FIELDS.index("colour")] for r in rows)
    statuses = Counter(strings.values[r[MOVEMENT_FIELDS.index("status")]] for r in rows)
    notes = "Every place and arrow opens a popup with its source and quoted sentence."
    context = basemap.basemap(list(zip(lats, lons)), bbox, gazetteer)
    # a town the report names is labelled as a report place: no second label beside it
    near = {(round(lat * 20), round(lon * 20)) for lat, lon in zip(lats, lons)}
    context["towns"] = [t for t in context["towns"]
                        if not any((round(t[1] * 20) + a, round(t[2] * 20) + b) in near
                                   for a in (-1, 0, 1) for b in (-1, 0, 1))]
    return {
        "S": strings.values,
        "placeFields": list(PLACE_FIELDS), "mvFields": list(MOVEMENT_FIELDS),
        "strFields": {k: 1 for k in STRING_FIELDS},
        "places": places, "mv": rows,
        "periods": [label for _, label in buckets], "hasUndated": any(d is None for d in dated),
        "period": period,
        "actors": [[name, colour, counts.get(k, 0), key or ""] for k, (key, name, colour) in enumerate(actor_table)],
        "colours": [colour for _, _, colour in actor_table],
        "statuses": [[s, statuses[s]] for s in styles.STATUS_STYLES if statuses.get(s)]
                    + [[s, n] for s, n in statuses.items() if s not in styles.STATUS_STYLES],
        "shown": sorted(set(shown_statuses)), "styles": styles.for_page(),
        "icons": assets.kind_icons(), "iconOf": icon_of, "kinds": legend_kinds, "notes": notes,
        "basemap": context, "highlight": highlight, "tiles": tiles,
        "online": online, "renderer": "svg" if len(rows) <= SVG_LIMIT else "canvas",
        "title": title, "bbox": bbox, "leftOut": left_out,
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
    """Assets, plugins and the data of a geomove map, all inline in the page's head and script."""

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
        # Always inline, --online too: web tiles are an extra layer, the page never needs a CDN.
        js, css = plugins.bundle()
        return f"{assets.head_html(True)}\n<style>\n{css}\n</style>\n<script>\n{js}\n</script>"


def render(features: list[dict], *, period: str = "week", offline: bool = True, title: str | None = None,
           include_all: bool = False, statuses: Iterable[str] | None = None, gazetteer: Any = None,
           tiles: str | Path | None = None) -> folium.Map:
    """A folium map of MOVEMENT features: arrows, labelled places, basemap, filters and a time slider.

    Movements whose status is not "reported" are left out unless ``include_all`` (then they
    are in the page, hidden until the filter panel shows them) or named in ``statuses``
    (then they are shown). ``gazetteer`` (anything with the ``db`` of a geomove index)
    adds towns and province names around the data; ``tiles`` is an MBTiles file or a
    z/x/y tile folder whose tiles around the data go into the page as an extra base layer.
    """
    if period not in PERIODS:
        raise UsageError(f"--period must be one of {', '.join(PERIODS)}, not {period!r}")
    checked = _check_features(features)
    wanted = set(statuses) if statuses else {"reported"}
    keep = [f for f in checked if include_all or _status(f) in wanted]
    left_out = len(checked) - len(keep)
    tile_layer = None
    if tiles is not None:
        from .maps import tiles as tile_source
        tile_layer = tile_source.inline_tiles(tiles, _bbox_of(keep))
    data = map_data(keep, period, title, online=not offline, gazetteer=gazetteer, tiles=tile_layer,
                    shown_statuses=wanted, left_out=left_out)
    m = folium.Map(location=[20, 20], zoom_start=2, tiles=None, control_scale=False,
                   prefer_canvas=data["renderer"] == "canvas")
    # Leaflet comes from MovementLayers (always inline); folium's CDN list would break offline.
    m.default_js = []
    m.default_css = []
    m.geomove_offline = offline
    if data["bbox"]:
        w, s, e, n = data["bbox"]
        m.location = [(s + n) / 2, (w + e) / 2]
    MovementLayers(data).add_to(m)
    figure = m.get_root()
    figure.title = html.escape(title or "geomove movements")
    m.geomove_count = len(keep)
    m.geomove_left_out = left_out
    return m


def _status(feature: dict) -> str:
    return (feature.get("properties") or {}).get("status") or "reported"


def _bbox_of(features: list[dict]) -> tuple[float, float, float, float] | None:
    lats, lons = [], []
    for f in features:
        props = f["properties"]
        for p in [props.get("origin"), *(props.get("via") or []), props.get("destination")]:
            if isinstance(p, dict) and p.get("lat") is not None and p.get("lon") is not None:
                lats.append(float(p["lat"]))
                lons.append(float(p["lon"]))
    return (min(lons), min(lats), max(lons), max(lats)) if lats else None


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
