"""geomove: reports of military movements → places, movements, maps and GIS files, offline.

The library mirrors the command line::

    import geomove
    features = geomove.extract(text, published="2026-11-14")   # MOVEMENT Features
    mentions = geomove.places(text)                              # MENTIONs with offsets
    m = geomove.render(features)                                 # a folium.Map, offline
    with geomove.MovementLog("movements.sqlite") as log:
        log.add(features, report_text=text)

Heavy modules load on first use, so ``import geomove`` stays fast.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["extract", "places", "render", "save_map", "export", "Gazetteer", "MovementLog",
           "GeomoveError"]

import sys as _sys
import types as _types

from .errors import GeomoveError  # noqa: E402  (cheap, and what every caller catches)

# Functions of the front door that share their name with a submodule (geomove/render.py,
# geomove/export.py). Importing a submodule sets it as an attribute of its package, which
# would replace the function after its first call ("'module' object is not callable" the
# second time). The package refuses that one assignment; the submodules stay importable by
# name (``from geomove.render import save_map``, ``importlib.import_module("geomove.export")``);
# only ``import geomove.export as m`` gives the function, as ``geomove.export`` does.
_FUNCTIONS = frozenset({"extract", "places", "render", "save_map", "export"})


class _FrontDoor(_types.ModuleType):
    def __setattr__(self, name, value):
        if name in _FUNCTIONS and isinstance(value, _types.ModuleType):
            return
        super().__setattr__(name, value)


_sys.modules[__name__].__class__ = _FrontDoor


def default_gazetteer():
    """The shared offline gazetteer: the one the front door hands to extraction."""
    from .gazetteer import Gazetteer
    return Gazetteer.default()


def extract(text: str, *, published=None, source=None, url=None, include_all=False, gazetteer=None):
    """Movements in one report as GeoJSON Feature dicts (see CONTRACT.md, MOVEMENT)."""
    from .read import extract as run
    from .reports import check_text
    check_text(text, "report")  # lone surrogates and NUL are input errors, not crashes later
    return run(text, published=published, source=source, url=url, include_all=include_all,
               gazetteer=gazetteer if gazetteer is not None else default_gazetteer())


def places(text: str, *, gazetteer=None):
    """Place mentions in a report, with exact offsets and the resolved place."""
    from .mentions import places as run
    from .reports import check_text
    check_text(text, "report")
    if gazetteer is None:
        gazetteer = default_gazetteer()
    return run(text, gazetteer=gazetteer)


def render(features, **options):
    """A folium.Map of movements; offline by default (see geomove.render.render)."""
    from .render import render as run
    if "gazetteer" not in options:  # towns and province names around the data, as the CLI draws them
        from .gazetteer import Gazetteer
        options["gazetteer"] = Gazetteer.default()
    return run(features, **options)


def save_map(m, path, **options):
    from .render import save_map as run
    return run(m, path, **options)


def export(features, fmt, path=None, **options):
    from .export import export as run
    return run(features, fmt, path, **options)


def __getattr__(name):
    if name == "Gazetteer":
        from .gazetteer import Gazetteer
        return Gazetteer
    if name == "MovementLog":
        from .log import MovementLog
        return MovementLog
    raise AttributeError(f"module 'geomove' has no attribute {name!r}")
