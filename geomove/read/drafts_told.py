"""The movements read so far that a clause tells of, by sentence: which drafts have a clause in
sentences ``lo`` to ``hi``, in the order of the list of drafts.

why: assemble.via_on_the_way asked, for each clause told "on the way", every draft of the
report whether one of its clauses lies in the few sentences before it (and
passed_then_on.passed_before_next every draft whether it begins in the next sentence): a long
report has thousands of drafts and hundreds of such clauses, so the pass grew with the square
of its length (so did via_where_met, destination_told and estimated_count's estimate_told_after).
Here each draft is filed once under the sentences of its clauses; the pass tells the index what
it changes (a clause added to a draft, a draft replaced by a merge or inserted), and the drafts
found are put in their list's order (their places in the list are read again after an
insertion, which shifts them)."""

from __future__ import annotations


class DraftsBySentence:
    """The drafts of ``drafts`` (a list the caller changes only through :meth:`told`,
    :meth:`replaced` and :meth:`inserted`) by the sentences of their clauses."""

    def __init__(self, drafts: list):
        self.drafts = drafts
        self._at: dict[int, dict[int, object]] = {}  # sentence -> {id(draft): draft} (the draft held: its id stays its own)
        self._pos: dict[int, int] | None = None  # id(draft) -> its place in the list (None: to be read again)
        self._members = {id(d) for d in drafts}
        # a list that holds one draft twice (never seen) is scanned as the passes scanned it, each
        # place of the draft a member of its own, from then on: the index holds a draft once
        self._plain = len(self._members) != len(drafts)
        for d in drafts:
            self._file(d)

    def _file(self, d) -> None:
        for f in d.frags:
            self._at.setdefault(f.sentence, {})[id(d)] = d

    def told(self, d, sentence: int) -> None:
        """A clause of ``sentence`` was added to ``d``."""
        self._at.setdefault(sentence, {})[id(d)] = d

    def replaced(self, old, new) -> None:
        """``new`` took ``old``'s place in the list (a merge)."""
        if self._plain or id(new) in self._members:
            self._plain = True
            return
        for f in old.frags:
            bucket = self._at.get(f.sentence)
            if bucket is not None:
                bucket.pop(id(old), None)
        self._members.discard(id(old))
        self._members.add(id(new))
        self._file(new)
        if self._pos is not None:
            self._pos[id(new)] = self._pos.pop(id(old))

    def inserted(self, d) -> None:
        """``d`` was inserted in the list (the drafts after it moved one place on)."""
        if self._plain or id(d) in self._members:
            self._plain = True
            return
        self._members.add(id(d))
        self._file(d)
        self._pos = None

    def _positions(self) -> dict[int, int]:
        if self._pos is None:
            self._pos = {id(d): k for k, d in enumerate(self.drafts)}
        return self._pos

    def between(self, lo: int, hi: int) -> list:
        """The drafts with a clause in sentences ``lo`` to ``hi`` (both told), in list order."""
        if self._plain:
            return [d for d in self.drafts if any(lo <= f.sentence <= hi for f in d.frags)]
        found: dict[int, object] = {}
        for sentence in range(lo, hi + 1):
            found.update(self._at.get(sentence, ()))
        if not found:
            return []
        pos = self._positions()
        return [d for _k, d in sorted((pos[key], d) for key, d in found.items())]


class ReportedEnds:
    """The reported movements that have a destination, filed once a pass by the sentences of
    their clauses: the movement "told just before" a clause that names no place of its own
    ("Jamaica also sent 24 soldiers", "A second group arrived", "Kenyan officers joined them",
    "Reinforcements from K followed", "arrived by boat from Pemba later in the day"), which those
    passes send where it went.

    why: five passes each scanned every draft of the report for each such clause, the same test
    written five times (duplicates: joined_them.joined_them_told ~ another_arrived ~ also_sent ~
    arrived_where_told ~ added_force's pass); the scan grew with the square of a long report's
    length. Drafts a pass adds after the index is built are not filed (the passes add movements
    to the end told before, which the index already holds)."""

    def __init__(self, drafts: list, reach: int = 2):
        self.reach = reach
        self._at: dict[int, list[tuple[int, object]]] = {}
        for at, d in enumerate(drafts):
            if d.status == "reported" and d.destination is not None:
                for sentence in {f.sentence for f in d.frags}:
                    self._at.setdefault(sentence, []).append((at, d))

    def last_before(self, i: int, *, all_before: bool = False, besides=None):
        """The movement told last (by its latest clause) with a clause in the ``reach`` clauses
        before clause ``i`` (ties: the first in the list of drafts); ``all_before``: only one
        whose every clause comes before ``i``; ``besides``: a draft that cannot be it."""
        near = {id(d): (at, d) for k in range(i - self.reach, i) for at, d in self._at.get(k, ())}
        told = sorted((at, d) for at, d in near.values()
                      if d is not besides and (not all_before or all(f.sentence < i for f in d.frags)))
        if not told:
            return None
        return max((d for _at, d in told), key=lambda d: max(f.sentence for f in d.frags))
