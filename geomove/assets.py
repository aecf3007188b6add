"""Map assets read from installed XStatic packages, to inline them into one offline HTML file.

A stock folium page pulls Leaflet and friends from CDNs and is blank without network.
geomove instead reads the files shipped by the XStatic packages installed with it and
writes them into the page, so the versions are pinned by the installed packages and a
map opens on an air-gapped machine. Icons are Font Awesome's SVG files (a few hundred
bytes each) rather than the 150 kB web font.
"""

from __future__ import annotations

import base64
import functools
import importlib
import re
from pathlib import Path

from .errors import GeomoveError

# Font Awesome (solid) icon per place kind; kinds not listed fall back to "default".
KIND_ICONS = {
    "base": "shield-halved",
    "airfield": "plane",
    "crossing": "road-barrier",
    "city": "city",
    "town": "house",
    "village": "house",
    "region": "draw-polygon",
    "admin1": "draw-polygon",
    "admin2": "draw-polygon",
    "country": "flag",
    "default": "location-dot",
}


class AssetError(GeomoveError):
    """An XStatic package the map needs is missing or incomplete."""


def _xstatic(name: str):
    try:
        return importlib.import_module(f"xstatic.pkg.{name}")
    except ImportError as err:
        raise AssetError(f"map assets: the Python package XStatic-{name} is not installed "
                         f"(pip install xstatic-{name.replace('_', '-')})") from err


def xstatic_path(name: str, relpath: str) -> Path:
    """Path of one file inside an installed XStatic package."""
    path = Path(_xstatic(name).BASE_DIR) / relpath
    if not path.is_file():
        raise AssetError(f"map assets: {relpath} is missing from XStatic-{name} ({path})")
    return path


def versions() -> dict[str, str]:
    """Upstream versions of the packaged files actually used, e.g. {'leaflet': '1.9.3'}."""
    return {name: _xstatic(name).VERSION for name in ("leaflet", "font_awesome")}


def _data_uri(path: Path, mime: str) -> str:
    return f"data:{mime};base64," + base64.b64encode(path.read_bytes()).decode("ascii")


def _safe_in_tag(text: str, tag: str, source: str) -> str:
    # An inlined file must not close its own <script>/<style> element early.
    if re.search(rf"</{tag}", text, re.IGNORECASE):
        raise AssetError(f"map assets: {source} contains '</{tag}' and cannot be inlined")
    return text


@functools.lru_cache(maxsize=None)
def leaflet_js() -> str:
    return _safe_in_tag(xstatic_path("leaflet", "leaflet.js").read_text("utf-8"), "script", "leaflet.js")


@functools.lru_cache(maxsize=None)
def leaflet_css() -> str:
    """leaflet.css with its control images as data URIs (the layer switcher icon is one)."""
    css = xstatic_path("leaflet", "leaflet.css").read_text("utf-8")

    def inline(match: re.Match) -> str:
        rel = match.group(1)
        return f"url({_data_uri(xstatic_path('leaflet', rel), 'image/png')})"

    return _safe_in_tag(re.sub(r"url\((images/[\w.-]+\.png)\)", inline, css), "style", "leaflet.css")


@functools.lru_cache(maxsize=None)
def icon_svg(name: str) -> str:
    """One Font Awesome solid icon as inline SVG (licence comment dropped, credited once per page)."""
    svg = xstatic_path("font_awesome", f"svgs/solid/{name}.svg").read_text("utf-8")
    return re.sub(r"<!--.*?-->", "", svg, flags=re.S).strip()


def kind_icons() -> dict[str, str]:
    return {kind: icon_svg(name) for kind, name in KIND_ICONS.items()}


def cdn_links() -> str:
    """<link>/<script> tags for --online pages, pinned to the installed Leaflet version."""
    v = versions()["leaflet"]
    base = f"https://cdn.jsdelivr.net/npm/leaflet@{v}/dist"
    return (f'<link rel="stylesheet" href="{base}/leaflet.css"/>\n'
            f'<script src="{base}/leaflet.js"></script>')


def head_html(offline: bool = True) -> str:
    """The asset part of <head>: a version comment, then Leaflet inline (offline) or linked."""
    v = versions()
    comment = ("<!-- geomove map assets: Leaflet {leaflet} (XStatic-Leaflet), "
               "icons Font Awesome Free {font_awesome} (XStatic-Font-Awesome, CC BY 4.0) -->").format(**v)
    if not offline:
        return comment + "\n" + cdn_links()
    return (f"{comment}\n<style>\n{leaflet_css()}\n</style>\n"
            f"<script>\n{leaflet_js()}\n</script>")
