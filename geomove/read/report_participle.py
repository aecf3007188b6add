"""A force described by what is believed or said of it, right after its noun: "Gunmen believed to
belong to the Lakurawa group crossed from Niger into Sokoto state", "Fighters thought to be loyal
to the general moved from Gao to Kidal", "Fighters said to number about 200 moved ...". The
infinitive after the participle of report is no purpose of the movement and does not run to the
end of the clause: it ends where the clause's own finite verb begins, whose places are the ends
of the movement.

Only a participle of report right after a noun (the reduced relative "N believed to ..."), so
"troops are believed to be moving to X" (a report of the movement itself, clauses._raised_by_report)
and "sent troops to retake X" (a purpose) are read as before. The infinitive's own words keep no
role ("believed to be from Niger" names no origin: GUIDELINES, "Soldiers from Chad").

why: the purpose ran from "to belong" to the clause's end, and every place of the movement was
inside it: nothing was read (probe of my own)."""

from __future__ import annotations

# participles of report or belief that describe a noun with an infinitive after them
_REPORT_PARTICIPLES = frozenset(("believed", "thought", "said", "reported", "alleged", "suspected", "understood",
                                 "known", "rumoured", "rumored", "presumed", "claimed"))
# the tags of a finite verb, which opens the clause's own predicate
_FINITE = ("VBD", "VBZ", "VBP", "MD")


def report_infinitive_end(toks: list, i: int) -> int | None:
    """Where the infinitive at ``toks[i]`` ("to") ends when it follows a participle of report
    right after a noun ("Gunmen believed | to belong to the group | crossed ..."): the start of
    the first finite verb after it; None when it follows no such participle, or no finite verb
    comes after it."""
    if i < 2 or toks[i - 1].text.lower() not in _REPORT_PARTICIPLES or not toks[i - 2].tag.startswith("NN"):
        return None
    return next((t.start for t in toks[i + 2:] if t.tag in _FINITE), None)
