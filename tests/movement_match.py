"""How a test judges the movements the reader gave against the ones it expects (the golden lines,
the hand-counted reports): a place matches by its name or its surface, folded; each expected
movement must fit a reading of its own. (A module beside the tests: pytest puts this folder on
sys.path; test_read_golden and the hand-count checkers share it, none imports another test file.)

An expected movement names the ``origin`` / ``destination`` (None: no end), and optionally ``via``,
``count``, ``actor`` (a word of it, None: no actor), ``what`` (whole, any case), ``start`` / ``end``
and ``status``: the keys it leaves out are not asked."""

from geomove.names import name_key


def _names(place: dict | None) -> set[str]:
    if not place:
        return set()
    return {name_key(x) for x in (place.get("name"), place.get("surface")) if x}


def _place_ok(pred: dict | None, want) -> bool:
    if want is None:
        return pred is None
    return name_key(want) in _names(pred)


def fits(props: dict, want: dict) -> bool:
    """Does the reading ``props`` (a feature's properties) hold what ``want`` asks?"""
    for end in ("origin", "destination"):
        if end in want and not _place_ok(props.get(end), want[end]):
            return False
    if "via" in want:
        if len(want["via"]) != len(props.get("via") or []) or not all(
                _place_ok(p, w) for p, w in zip(props["via"], want["via"])):
            return False
    if "count" in want and props.get("count") != want["count"]:
        return False
    if "actor" in want and (props.get("actor") is not None if want["actor"] is None
                            else want["actor"].lower() not in (props.get("actor") or "").lower()):
        return False
    if "what" in want and (props.get("what") or "").lower() != want["what"].lower():
        return False
    for day in ("start", "end"):
        if day in want and props.get(day) != want[day]:
            return False
    if "status" in want and props.get("status") != want["status"]:
        return False
    return True


def each_fits_its_own(props: list[dict], wanted: list[dict]) -> bool:
    """Every wanted movement fits a different reading (readings left over are not asked about)."""
    def assign(i: int, used: frozenset) -> bool:
        if i == len(wanted):
            return True
        return any(k not in used and fits(p, wanted[i]) and assign(i + 1, used | {k})
                   for k, p in enumerate(props))
    return assign(0, frozenset())


def matches(features: list[dict], expected: list[dict]) -> bool:
    """Every expected movement fits a different feature, and nothing else was read."""
    if len(features) != len(expected):
        return False
    return each_fits_its_own([f["properties"] for f in features], expected)


def show(features: list[dict]) -> str:
    """The features read, one line, for an assertion's message."""
    name = lambda p: p and (p.get("surface") or p.get("name"))  # noqa: E731
    return "; ".join(f"{name(f['properties']['origin'])} -> {[name(v) for v in f['properties']['via']]} -> "
                     f"{name(f['properties']['destination'])} [{f['properties']['status']}, "
                     f"{f['properties']['actor']}, {f['properties']['count']}]" for f in features) or "nothing"
