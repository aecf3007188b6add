"""A town written with its state or country after a comma ("arrived in Elwood, Illinois",
"moved to Tessit, Mali"): the area is the town's address, part of its noun phrase, not a second
end of a list.

why (read61): the area was read as a list member with the town's role; a relative place told
after it ("Elwood, Illinois, about 50 miles southwest of Chicago") then continued the area's
noun phrase and, finer than the state, became a second destination: the troops went to Elwood
and to a point near Chicago. Read as the town's address, the area and the relative place that
follows only say where the town is, and the town stays the finest place of its end.

Only a bare comma between the two and an area that holds the place before it: "to Gao and
Mali", "to Mali, Niger" (no area holding the other) stay lists."""

from __future__ import annotations

from .kept import recompile as _recompile
from .places import _place_of, contains

_AREA_KINDS = frozenset({"country", "admin1"})


def written_address(gap: str, before: dict, mention: dict) -> bool:
    """Is ``mention`` (after ``gap``) the state or country of ``before``, the place right before
    it, written after a comma as an address?"""
    if mention.get("kind") not in _AREA_KINDS or before.get("kind") in _AREA_KINDS:
        return False
    if not _recompile(r"\s*,\s*").fullmatch(gap):
        return False
    return contains(_place_of(mention), _place_of(before))
