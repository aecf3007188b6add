"""A denial told after the movement, of another movement others reported: "Guyana deployed troops
to Lethem, a spokesman said, denying reports that troops had been moved from Georgetown", "...,
rejecting claims that Rwandan soldiers had crossed into Rubavu". What is denied is a clause of
its own, with its own places and status (denied, GUIDELINES); the words of denial stay at its
head, where the status reader finds them ("The army denied reports that troops had been moved
from X" is denied).

why: the denied clause was read as part of the main one: "from Georgetown" became the origin of
the deployment to Lethem, reported (probes of my own)."""

from __future__ import annotations

# a participle of denial, what it denies, and "that": the cut falls before the participle
DENIED_AFTER = (r"(?=(?:denying|rejecting|dismissing|refuting|disputing)\s+(?:(?:the\s+|an?\s+|earlier\s+|media\s+|local\s+|"
                r"opposition\s+)*(?:reports?|claims?|allegations?|rumou?rs?|accounts?|suggestions?)\s+)?that\s)")
