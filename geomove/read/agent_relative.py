"""A relative clause opened by "that" on the agent of a passive: "Chinese coast guard vessels
entered the shoal's waters, shadowed by a Philippine navy ship that had sailed from Palawan",
"Syrian troops entered the town, backed by Russian units that had driven up from the coast".

The noun after "by" is another force than the clause's subject, and "that" opens the clause of
its own movement, as "which" and "who" do after it (cuts._OBJECT_WHO). Elsewhere "that" after
a force noun is read as before: "withdrew from the sector the personnel that had been brought
there" is the object of the same movement (read63), and "that" after a verb of saying opens a
report, not a relative clause.
why: the place of the agent's clause was read as an end of the subject's movement (the coast
guard vessels read as coming from Palawan).
"""

from __future__ import annotations

import re


def agent_relative(match: re.Match) -> bool:
    """Is ``match`` (cuts._OBJECT_WHO) a force named by a passive's "by" with its relative
    clause ("shadowed by a ship that had sailed from X")? Only a bare "by" opens the match
    there; "replaced by" is a relief, read apart."""
    return match.group(0)[:3].lower() == "by "
