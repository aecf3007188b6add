"""The day of a movement told in the sentence after it, with no place of its own: "Four jets
have deployed from A to B, the ministry said on Tuesday. The aircraft arrived on Monday
afternoon." The second sentence refers back to what moved ("the aircraft") and says when it
arrived: the movement's date (GUIDELINES: dates are resolved against the publication date).

why: a clause with a verb of moving and no place is no movement, and its day was lost; the
movement kept no date (the day the ministry spoke is not the day of the move). Only a referring
subject with no words setting it apart, of the same status, right after the movement (at most
DATE_AFTER_CLAUSES clauses on), and a movement with no date of its own; its count is read the
same way by read.count_told_after."""

from __future__ import annotations

from dataclasses import replace

DATE_AFTER_CLAUSES = 2


def date_told_after(a) -> None:
    """An assembly pass (assemble.PASSES): lend the date of a referring clause with no place to
    the undated movement told just before it."""
    reader = a.reader
    for i in sorted(set(a.endless) | {i for i, _frag in a.on_the_way}):
        s, e = reader.spans[i][:2]
        if not any(d.start < e and d.end > s for d in reader.dates):
            continue  # (cheap first: no date in the clause, nothing to lend)
        before = [d for d in a.drafts if any(i - DATE_AFTER_CLAUSES <= f.sentence < i for f in d.frags)]
        if not before:
            continue
        told = reader.fragment(i, whole=True)
        if told is None or told.date is None or not told.anaphoric or told.distinct or told.origin or told.destination:
            continue
        before = [d for d in before if d.status == told.status]
        if not before:
            continue
        d = max(before, key=lambda d: max(f.sentence for f in d.frags if f.sentence < i))
        if any(f.date is not None for f in d.frags):
            continue
        k = max(range(len(d.frags)), key=lambda n: d.frags[n].sentence if d.frags[n].sentence < i else -1)
        d.frags[k] = replace(d.frags[k], date=told.date, when=d.frags[k].when | told.when)
        a.why.append(f"sentence {i} '{told.trigger}' (no place read) tells when the movement of "
                     f"{d.frags[k].sentence} happened: {told.date.text}")
