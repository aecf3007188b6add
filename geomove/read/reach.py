"""How far back a new route is compared with the movements read so far.

Each clause's route is compared (events.same_event) with the movements already read, first to
last, and joins the first that is the same movement. In a news report that is a few dozen
movements; in a long text (a day of wire copy pasted as one file, a 10 MB situation report)
it is every movement of the text so far, and the cost of reading grows with the square of its
length (a 10 MB text cost 2.4x its parts, most of it here). A movement whose latest clause lies
more than SAME_EVENT_REACH_CHARS characters before the new clause is no longer compared: the
same reach as the places of a long text, which are ranked against their own section
(mentions.sections.SECTION_CHARS). A text of at most that many characters (every news report)
is read as before: every movement is in reach.
"""

from __future__ import annotations

from .head_noun import HEAD_NOUN_DRAFTS
from .weights import SAME_EVENT_REACH_CHARS


# how far from the end of the list a movement carried on again is looked for (see Reach)
LAST_FEW = 4 * (HEAD_NOUN_DRAFTS + 1)


class Reach:
    """The movements within reach of a clause, in their order (see the module doc).

    The movements are read in text order, so those out of reach gather at the front of the
    list: a first index ``lo`` is kept below which every movement was out of reach when last
    looked at, and only the movements from there on are tested, so each clause costs what the
    movements within reach cost, not the whole list. A movement from before ``lo`` that a
    clause carries on again (a referring subject that names an older force, read.head_noun) is
    the reader's ``last`` movement, with the members of its list beside it: ``of`` is told
    ``last`` and moves ``lo`` back to them. The list only grows at its end or has a movement
    within reach taken out (merged into another), so the movements before ``lo`` keep their
    places.

    The start of each movement's latest clause is kept per movement object with the number of
    its fragments (a pass may add a fragment in place), so each is worked out once; the object
    is held so that its id is not reused while kept."""

    __slots__ = ("spans", "everything", "lo", "_latest")

    def __init__(self, spans: list[tuple[int, int]], text_length: int):
        self.spans = spans
        self.everything = text_length <= SAME_EVENT_REACH_CHARS
        self.lo = 0
        self._latest: dict[int, tuple] = {}

    def latest_start(self, draft) -> int:
        """Where the latest clause that tells ``draft`` begins."""
        seen = self._latest.get(id(draft))
        if seen is not None and seen[0] is draft and seen[1] == len(draft.frags):
            return seen[2]
        start = self.spans[max(f.sentence for f in draft.frags)][0] if draft.frags else 0
        self._latest[id(draft)] = (draft, len(draft.frags), start)
        return start

    def of(self, drafts: list, clause: int, last=None):
        """(k, draft) for each movement in ``drafts`` within reach of clause ``clause``, in
        order. ``last``: the movement the reader carried on last (see the class doc)."""
        if self.everything:
            return enumerate(drafts)
        bound = self.spans[clause][0] - SAME_EVENT_REACH_CHARS
        latest = self.latest_start
        lo = min(self.lo, len(drafts))
        if last is not None:
            # (looked for among those from lo on and the few last before them: an older force
            # is looked for among the last few movements, head_noun.HEAD_NOUN_DRAFTS)
            k, floor = len(drafts) - 1, max(0, min(lo, len(drafts) - LAST_FEW))
            while k >= floor and drafts[k] is not last:
                k -= 1
            if floor <= k < lo:  # (carried on again: it and the members of its list are back)
                told = last.frags[-1] if last.frags else None
                while k > 0 and drafts[k - 1].frags and drafts[k - 1].frags[-1] is told:
                    k -= 1
                lo = k
        while lo < len(drafts) and latest(drafts[lo]) < bound:
            lo += 1
        self.lo = lo
        return ((k, drafts[k]) for k in range(lo, len(drafts)) if latest(drafts[k]) >= bound)
