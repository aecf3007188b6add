"""An arrival told later at a site of the end told before: "A contingent of Kenyan police left
Nairobi for Port-au-Prince on Saturday. They landed at Toussaint Louverture airport on Sunday",
"Two warships left Sevastopol for Tartus on Monday. They docked at the Tartus naval base on
Thursday". The airport serves the city the force was bound for; the base is the port's: the
later telling names where, in the end told before, they arrived. It is the end, finer (GUIDELINES:
a base, airfield or crossing beats its town), not a place passed on the way there.

why: a place on the way from the origin to the end told first, told later, is read as passed
(events._chain: "left A and reached C. The soldiers flew to B and then drove north"); the
airport, a few km from the city's point, lay "on the way", so it was a via and the city stayed
the end (probe of my own)."""

from __future__ import annotations

from .places import compatible


def site_of_the_end(destination: dict | None, told: dict | None) -> bool:
    """Is ``told`` (the end a later telling gives) the end told before (``destination``) or a
    site of it (the same place, a site serving the city, its namesake district)?"""
    return destination is not None and told is not None and compatible(destination, told)
