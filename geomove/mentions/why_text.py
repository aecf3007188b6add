"""A reading's ``why`` written out when something reads it, not each time the context ranks it.

The context ranking (mentions.context) gives every reading of a name its own reasons (how far it
lies from the text's other places, which of its countries the text names ...) and ranks the
readings by them; the finder prints the first reading's ``why`` alone. On the 380 dev reports the
ranking joined a reading's reasons 15,983 times (13,447 readings), and 2,482 of those texts
reached a record (speed164, session 61): the others were joined only to be dropped. So the ranking leaves a
reading's ``why`` as it was before it and keeps, under :data:`MORE`, a list of that very string
and the reasons it adds; :func:`why_of` joins them into ``why`` the first time the text is read,
and from then on the row holds the whole text as before.

Every reader of a reading's ``why`` in mentions/ asks :func:`why_of` (a row no ranking touched
has no :data:`MORE` and reads as it is). A copy of a row (``dict(c)``) carries the list too and
joins it on its own first read: the same text either way. A copy given a new ``why`` of its own
(``dict(c, why="demonym ...")``) keeps the list of a text it no longer holds: the list's first
item is not its ``why`` (the very object, not an equal string), so its reasons are not joined,
as the new text had replaced the joined one before."""
from __future__ import annotations

MORE = "_why_more"  # (a private key: no record field is written from it; model.PLACE_FIELDS)


def why_of(c: dict) -> str:
    """``c["why"]`` with the context ranking's reasons joined on, written back so that the row
    holds the whole text from now on ("" when the row has no why: as ``c.get("why", "")``)."""
    more = c.pop(MORE, None)
    if more is not None and len(more) > 1 and more[0] is c["why"]:
        c["why"] = text = "; ".join(more)
        return text
    return c.get("why", "")
