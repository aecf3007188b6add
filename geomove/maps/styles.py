"""How a movement is drawn, by what the report says of it (status) and how sure the reading is.

One table for the HTML map, the GeoPackage's QGIS style and the KML styles, so a denied
movement looks denied everywhere. Movements other than reported are hidden by default in
the map (the filter panel shows them).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StatusStyle:
    label: str            # legend text
    dash: str | None      # SVG/Leaflet dash pattern in px; None = solid
    grey: bool            # drawn grey instead of the actor's colour
    opacity: float
    weight: float
    shown: bool           # visible when the map opens


STATUS_STYLES = {
    "reported": StatusStyle("reported", None, False, 0.9, 3.0, True),
    "denied": StatusStyle("denied (said not to have happened)", "1 6", False, 0.85, 3.0, False),
    "planned": StatusStyle("planned / announced", "10 7", False, 0.8, 2.5, False),
    "static": StatusStyle("static (stationed, not moving)", "2 4", True, 0.6, 2.0, False),
    "background": StatusStyle("background (earlier events)", None, True, 0.45, 2.0, False),
}
APPROXIMATE_DASH = "7 6"   # an end of the arrow is only near/region/country-level
GREY = "#8a8a8a"

# confidence bands: (lower bound, label, opacity factor, weight factor)
CONFIDENCE_BANDS = ((0.75, "high", 1.0, 1.0), (0.5, "medium", 0.75, 0.85), (0.0, "low", 0.45, 0.7))


def status_style(status: str | None) -> StatusStyle:
    return STATUS_STYLES.get(status or "reported", STATUS_STYLES["reported"])


def confidence_band(confidence) -> tuple[str, float, float]:
    """(label, opacity factor, weight factor); an unknown confidence counts as high."""
    if not isinstance(confidence, (int, float)):
        return CONFIDENCE_BANDS[0][1:]
    for low, label, opacity, weight in CONFIDENCE_BANDS:
        if confidence >= low:
            return label, opacity, weight
    return CONFIDENCE_BANDS[-1][1:]


def for_page() -> dict:
    """The table as the map's JavaScript reads it."""
    return {
        "status": {k: {"label": s.label, "dash": s.dash, "grey": s.grey, "opacity": s.opacity,
                       "weight": s.weight, "shown": s.shown} for k, s in STATUS_STYLES.items()},
        "approxDash": APPROXIMATE_DASH, "grey": GREY,
        "confidence": [[low, label, op, w] for low, label, op, w in CONFIDENCE_BANDS],
    }
