"""Small Leaflet plugins written for geomove, one module per feature.

Each module holds its JavaScript (and CSS) as strings; :func:`bundle` joins them, in
load order, for inlining into the page. They need only Leaflet: no third-party plugin
code is vendored.
"""

from __future__ import annotations

from . import arrows, basemap, cluster, filters, labels, legend, movements, tiles, timeline

MODULES = (arrows, cluster, labels, basemap, tiles, timeline, filters, legend, movements)


def bundle() -> tuple[str, str]:
    """(javascript, css) of every plugin."""
    js = "\n".join(m.JS for m in MODULES)
    css = "\n".join(getattr(m, "CSS", "") for m in MODULES)
    return js, css
