"""Movements read out of a report: who moved what, how many, from where, through where, to where.

The reading itself lives in :mod:`geomove.read` (stages: lexicon, clauses, places, events,
assembly); this module is the old import path and keeps its names working. Extraction receives
its gazetteer: when a caller gives none, the package front door supplies the shared one.
"""

from __future__ import annotations

from .read.assemble import PASSES, Assembly  # noqa: F401  (old import paths keep working)
from .read.assemble import extract as _extract
from .read.book import PlaceBook, place_book  # noqa: F401
from .read.places import _finer, _km, _place_of, _spec, compatible, contains, same_place  # noqa: F401
from .read.state import Fragment, _Draft  # noqa: F401

__all__ = ["extract", "compatible", "contains", "same_place", "Fragment", "PlaceBook", "PASSES"]


def extract(text: str, *, published=None, source: str | None = None, url: str | None = None,
            gazetteer=None, mentions: list[dict] | None = None, include_all: bool = False,
            why: list | None = None) -> list[dict]:
    """MOVEMENT Features read from one report (see CONTRACT.md, MOVEMENT).

    ``gazetteer``: a :class:`~geomove.gazetteer.Gazetteer` or any
    :class:`~geomove.read.book.PlaceBook`; None takes the shared one from the front door.
    Movements whose status is not ``reported`` are returned only with ``include_all=True``.
    ``why``: a list that receives one line per reading decision taken, in order (``extract --why``).
    """
    if gazetteer is None:
        from . import default_gazetteer
        gazetteer = default_gazetteer()
    return _extract(text, gazetteer=gazetteer, published=published, source=source, url=url,
                    mentions=mentions, include_all=include_all, why=why)
