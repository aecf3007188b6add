"""The day of a movement told in the sentence after it, with no place of its own: "Four jets
have deployed from A to B, the ministry said on Tuesday. The aircraft arrived on Monday
afternoon." The second sentence refers back to what moved ("the aircraft") and says when it
arrived: the movement's date (GUIDELINES: dates are read relative to the publication date).

why: a clause with a verb of moving and no place is no movement, and its day was lost; the
movement kept no date (the day the ministry spoke is not the day of the move). Only a referring
subject with no words setting it apart, of the same status, right after the movement (at most
DATE_AFTER_CLAUSES clauses on), and a movement with no date of its own; its count is read the
same way by read.count_told_after."""

from __future__ import annotations

from dataclasses import replace

from .count_told_after import COUNT_AFTER_CLAUSES, FiledOnAsk, drafts_told_before, latest_told_before, referring_clauses_after
from .group_joined import joins_a_counted_group

DATE_AFTER_CLAUSES = COUNT_AFTER_CLAUSES  # (told_just_before reaches as far)


def _dated(draft) -> bool:
    """Is a fragment of the draft dated (no date of a clause told after is lent to it)?"""
    return any(f.date is not None for f in draft.frags)


def _another_count(told, draft) -> bool:
    """Does the referring clause count a group of another size than the movement before it ("200
    special forces troops ... The reinforcements join about 1,100 troops that arrived in the
    state capital in late October")? The verb is then that other group's, and its date no day
    of the movement (s24: the flight of 200 was dated late October)."""
    told_values = {c.get("value") for c in told.counts if c.get("value") is not None}
    own_values = {c.get("value") for f in draft.frags for c in f.counts if c.get("value") is not None}
    return bool(told_values and own_values and not told_values & own_values)


def date_told_after(a) -> None:
    """An assembly pass (assemble.PASSES): lend the date of a referring clause with no place to
    the undated movement told just before it."""
    if not a.drafts:
        # (no movement to lend a date to: told_just_before is False for every clause. Asked
        # first, the report's dates are not read for it: 268 of the 380 dev reports have no
        # movement here, and reading their dates was ~2.5% of an extract's CPU)
        return
    reader = a.reader
    # (the drafts by the sentences of their clauses, filed once: this pass adds, removes and
    # moves no draft and no clause, it only lends dates; read.count_told_after.drafts_told_before)
    by_sentence = FiledOnAsk(a.drafts)
    # (cheap first: no date in the clause, nothing to lend; by bisection)
    # (and no undated movement told just before: none to lend a date to)
    for i, told in referring_clauses_after(a, lambda text, s, e: reader._dates_in(reader.dates, s, e),
                                           lambda i: not all(map(_dated, drafts_told_before(a, i, DATE_AFTER_CLAUSES, by_sentence)))):
        if told.date is None:
            continue
        latest = latest_told_before(a, i, told.status, DATE_AFTER_CLAUSES, by_sentence)
        if latest is None:
            continue
        d, k = latest
        if _dated(d):
            continue
        if _another_count(told, d) or joins_a_counted_group(reader.text, *reader.spans[i][:2]):
            # (the group the clause joins, told by its count: its date is that group's, read.group_joined)
            continue  # ("The reinforcements join about 1,100 troops that arrived in late October": another group)
        d.frags[k] = replace(d.frags[k], date=told.date, when=d.frags[k].when | told.when)
        a.why.append(f"sentence {i} '{told.trigger}' (no place read) tells when the movement of "
                     f"{d.frags[k].sentence} happened: {told.date.text}")
