"""The map's styling for GIS: a QGIS style (QML) in the GeoPackage, and KML styles.

Both read the same table as the HTML map (:mod:`geomove.maps.styles` for status and
confidence, :mod:`geomove.maps.actors` for actor colours), so a movement looks the same
in the browser, in QGIS and in Google Earth:

- GeoPackage: QGIS reads a layer's default style from the ``layer_styles`` table (the
  same table QGIS writes with "Save style... in database"). The movements layer gets a
  rule-based renderer, one rule per actor and status (actor colour; dash or dots for
  denied and planned; grey for static and background; arrowhead at the last vertex),
  the places layer a point symbol labelled with the place name.
- KML: one ``<Style>`` per actor and status (KML lines have no dashes: denied and planned
  are thinner and fainter, static and background grey) and a ``<styleUrl>`` per movement.
"""

from __future__ import annotations

import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

from .maps import actors as actor_colours
from .maps.styles import GREY, status_style

QGIS_VERSION = "3.28.0-Firenze"
QGIS_DASH = {None: "solid", "1 6": "dot", "2 4": "dot", "10 7": "dash", "7 6": "dash"}


def _rgb(colour: str, alpha: float = 1.0) -> str:
    colour = colour.lstrip("#")
    r, g, b = (int(colour[i:i + 2], 16) for i in (0, 2, 4))
    return f"{r},{g},{b},{round(alpha * 255)}"


def _groups(features: list[dict]) -> list[tuple[str, str, list[str], str]]:
    """(actor display name, colour, actor spellings, status) for every actor and status present."""
    spellings = [(f.get("properties") or {}).get("actor") for f in features]
    keys, table = actor_colours.assign(spellings)
    names = {key: (name, colour) for key, name, colour in table}
    seen: dict[tuple, set] = {}
    for key, f, spelled in zip(keys, features, spellings):
        status = (f.get("properties") or {}).get("status") or "reported"
        seen.setdefault((key, status), set()).add(spelled)
    out = []
    for (key, status), spelled in sorted(seen.items(), key=lambda kv: (kv[0][0] is None, kv[0][0] or "", kv[0][1])):
        name, colour = names[key]
        out.append((name, colour, sorted(s for s in spelled if s), status))
    return out


def _option(parent: ET.Element, name: str, value) -> None:
    ET.SubElement(parent, "Option", {"name": name, "type": "QString", "value": str(value)})


def _line_symbol(symbols: ET.Element, name: str, colour: str, status: str) -> None:
    style = status_style(status)
    colour = GREY if style.grey else colour
    symbol = ET.SubElement(symbols, "symbol", {"type": "line", "name": name, "alpha": f"{style.opacity:.2f}",
                                               "clip_to_extent": "1", "force_rhr": "0"})
    line = ET.SubElement(symbol, "layer", {"class": "SimpleLine", "enabled": "1", "pass": "0", "locked": "0"})
    opts = ET.SubElement(line, "Option", {"type": "Map"})
    _option(opts, "line_color", _rgb(colour))
    _option(opts, "line_width", f"{style.weight * 0.26:.2f}")
    _option(opts, "line_width_unit", "MM")
    _option(opts, "line_style", QGIS_DASH.get(style.dash, "dash"))
    _option(opts, "capstyle", "round")
    head = ET.SubElement(symbol, "layer", {"class": "MarkerLine", "enabled": "1", "pass": "0", "locked": "0"})
    opts = ET.SubElement(head, "Option", {"type": "Map"})
    _option(opts, "placements", "LastVertex")
    _option(opts, "placement", "lastvertex")
    _option(opts, "rotate", "1")
    marker = ET.SubElement(head, "symbol", {"type": "marker", "name": f"@{name}@1", "alpha": "1",
                                            "clip_to_extent": "1", "force_rhr": "0"})
    tip = ET.SubElement(marker, "layer", {"class": "SimpleMarker", "enabled": "1", "pass": "0", "locked": "0"})
    opts = ET.SubElement(tip, "Option", {"type": "Map"})
    _option(opts, "name", "filled_arrowhead")
    _option(opts, "color", _rgb(colour))
    _option(opts, "size", "3")
    _option(opts, "size_unit", "MM")
    _option(opts, "outline_style", "no")


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def movements_qml(features: list[dict], actor_field: str = "actor1", status_field: str = "status") -> str:
    """A QGIS rule-based style for the movements layer: one rule per actor and status."""
    root = ET.Element("qgis", {"version": QGIS_VERSION, "styleCategories": "Symbology"})
    renderer = ET.SubElement(root, "renderer-v2", {"type": "RuleRenderer", "symbollevels": "0",
                                                   "enableorderby": "0", "forceraster": "0"})
    rules = ET.SubElement(renderer, "rules", {"key": "root"})
    symbols = ET.SubElement(renderer, "symbols")
    for k, (name, colour, spelled, status) in enumerate(_groups(features)):
        actor_test = (f'"{actor_field}" IN ({", ".join(_quote(s) for s in spelled)})' if spelled
                      else f'"{actor_field}" IS NULL')
        status_test = (f"coalesce(\"{status_field}\", 'reported') = {_quote(status)}")
        ET.SubElement(rules, "rule", {"key": f"rule{k}", "symbol": str(k), "label": f"{name} — {status}",
                                      "filter": f"{actor_test} AND {status_test}"})
        _line_symbol(symbols, str(k), colour, status)
    return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + ET.tostring(root, encoding="unicode")


def places_qml(name_field: str = "name") -> str:
    """A QGIS style for the places layer: a white dot ringed dark, labelled with its name."""
    root = ET.Element("qgis", {"version": QGIS_VERSION, "styleCategories": "Symbology|Labeling"})
    renderer = ET.SubElement(root, "renderer-v2", {"type": "singleSymbol", "symbollevels": "0",
                                                   "enableorderby": "0", "forceraster": "0"})
    symbols = ET.SubElement(renderer, "symbols")
    symbol = ET.SubElement(symbols, "symbol", {"type": "marker", "name": "0", "alpha": "1",
                                               "clip_to_extent": "1", "force_rhr": "0"})
    layer = ET.SubElement(symbol, "layer", {"class": "SimpleMarker", "enabled": "1", "pass": "0", "locked": "0"})
    opts = ET.SubElement(layer, "Option", {"type": "Map"})
    for key, value in (("name", "circle"), ("color", "255,255,255,255"), ("outline_color", "51,51,51,255"),
                       ("outline_width", "0.5"), ("size", "3"), ("size_unit", "MM")):
        _option(opts, key, value)
    labeling = ET.SubElement(root, "labeling", {"type": "simple"})
    settings = ET.SubElement(labeling, "settings", {"calloutType": "simple"})
    ET.SubElement(settings, "text-style", {"fieldName": name_field, "isExpression": "0", "fontSize": "9",
                                           "fontWeight": "75", "textColor": "17,17,17,255"})
    ET.SubElement(settings, "text-buffer", {"bufferDraw": "1", "bufferSize": "0.8", "bufferColor": "255,255,255,255"})
    ET.SubElement(settings, "placement", {"placement": "6", "dist": "1.5"})
    ET.SubElement(root, "layerGeometryType").text = "0"
    return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + ET.tostring(root, encoding="unicode")


LAYER_STYLES_SQL = """
CREATE TABLE IF NOT EXISTS layer_styles (
    id INTEGER PRIMARY KEY AUTOINCREMENT, f_table_catalog TEXT(256), f_table_schema TEXT(256),
    f_table_name TEXT(256), f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT,
    styleSLD TEXT, useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30),
    update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))
"""


def add_layer_styles(path: str | Path, features: list[dict]) -> None:
    """Write QGIS default styles for the ``movements`` and ``places`` layers of a GeoPackage."""
    db = sqlite3.connect(str(path))
    try:
        with db:
            geometry = dict(db.execute("SELECT table_name, column_name FROM gpkg_geometry_columns"))
            db.execute(LAYER_STYLES_SQL)
            # not registered in gpkg_contents: it is QGIS's table, not a layer of the data (the spec
            # allows other tables), and GIS programs then list only movements and places
            for table, qml in (("movements", movements_qml(features)), ("places", places_qml())):
                if table not in geometry:
                    continue
                db.execute("DELETE FROM layer_styles WHERE f_table_name = ?", (table,))
                db.execute("INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, "
                           "f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, owner, ui) "
                           "VALUES ('', '', ?, ?, ?, ?, '', 1, ?, 'geomove', '')",
                           (table, geometry[table], f"geomove {table}", qml,
                            f"geomove: {table} styled as on the HTML map"))
    finally:
        db.close()


# ---------------------------------------------------------------- KML

def _kml_colour(colour: str, alpha: float) -> str:
    colour = colour.lstrip("#")
    return f"{round(alpha * 255):02x}{colour[4:6]}{colour[2:4]}{colour[0:2]}"  # aabbggrr


class KmlStyles:
    """The map's actor colours and status styles for KML, chosen one movement at a time.

    Exports stream their Placemarks, so colours are given in the order actors are first seen
    (a clash with an actor seen earlier takes the next free colour, as on the map) and the
    shared <Style> elements are written once, after the Placemarks that refer to them.
    """

    def __init__(self, ns: str):
        self.ns = ns
        self._colours: dict[str | None, str] = {None: actor_colours.UNKNOWN_COLOUR}
        self._used: set[str] = set()
        self._styles: dict[str, ET.Element] = {}

    def _actor_colour(self, actor: str | None) -> str:
        key = actor_colours.actor_id(actor)
        if key not in self._colours:
            colour = actor_colours.colour_of(key)
            palette = actor_colours.PALETTE
            if colour in self._used and len(self._used) < len(palette):
                start = palette.index(colour)
                colour = next(palette[(start + k) % len(palette)] for k in range(len(palette))
                              if palette[(start + k) % len(palette)] not in self._used)
            self._used.add(colour)
            self._colours[key] = colour
        return self._colours[key]

    def style_placemark(self, feature: dict, mark: ET.Element) -> None:
        """Give a movement's Placemark a <styleUrl> to its actor's colour and status style."""
        props = feature.get("properties") or {}
        status = props.get("status") or "reported"
        look = status_style(status)
        colour = GREY if look.grey else self._actor_colour(props.get("actor"))
        style_id = f"gm-{colour.lstrip('#').lower()}-{status}"
        if style_id not in self._styles:
            ns = self.ns
            style = ET.Element(f"{{{ns}}}Style", {"id": style_id})
            line = ET.SubElement(style, f"{{{ns}}}LineStyle")
            ET.SubElement(line, f"{{{ns}}}color").text = _kml_colour(colour, look.opacity)
            ET.SubElement(line, f"{{{ns}}}width").text = f"{look.weight if look.dash is None else look.weight - 1:g}"
            self._styles[style_id] = style
        url = ET.Element(f"{{{self.ns}}}styleUrl")
        url.text = f"#{style_id}"
        children = list(mark)
        data = mark.find(f"{{{self.ns}}}ExtendedData")
        mark.insert(children.index(data) if data is not None else len(children), url)

    def elements(self) -> list[ET.Element]:
        return list(self._styles.values())
