"""Where three countries meet, told as one place: "toward the tri-border with Egypt and Sudan",
"into the tri-border area of Mali, Burkina Faso and Niger", "to the triple frontier with
Argentina and Paraguay", "where the borders of Libya, Chad and Niger meet". The countries listed
name one end, the area around their common point, not an end in each country.

why: a list of ends is distributed (GUIDELINES: "arrived at A and at B" is two movements), so
"the tri-border area of Libya, Chad and Niger" gave three movements, one to the middle of each
country, hundreds of km apart. The end is now one region at the countries' tripoint
(border_strip.border_meeting, from the Natural Earth outlines), its country the moving nation's
where it is one of them (its own side, as read.border_strip reads "its border with X"), else the
first named; with two countries named and the third not told (the moving nation's own, when known),
at the middle of the two's shared border. Without outlines the first country's point stays."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from . import lazy

# rules asked only behind a gate of this module: imported at their first call (read.lazy)
border_meeting = lazy.function(".border_strip", "border_meeting", globals())
border_middle = lazy.function(".border_strip", "border_middle", globals())

_PATTERNS = CompiledPatterns("read-tri-border")

# the words of a meeting of borders before the countries' list: "the tri-border (area) with / of /
# between", "the three-border zone of", "the triple frontier with", "the tripoint of", "the border
# triangle of", "where the borders of"
_MEETING = _PATTERNS.compile(
    r"\b(?:(?:tri-?(?:state\s+)?border|three-?borders?|triple[\s-]+(?:border|frontier)|tri-?point|border\s+triangle)"
    r"(?:\s+(?:area|region|zone|point|junction))?\s+(?:of|with|between|where)|where\s+the\s+borders\s+of)\s+$", re.I)
# what may stand between two countries of the list: a comma, "and", "the"
_LIST_GAP = _PATTERNS.compile(r"(?:\s*,\s*|\s+)(?:and\s+)?(?:the\s+)?$", re.I)
# the countries' words before the list ("... of the Libyan, Chadian ...") are not read: names only
_TEXT_BEFORE = 40
_MEETING_KM = 50.0  # how far the area around the common point reaches


def one_meeting_of_borders(frag, text: str, why: list) -> None:
    """The countries a clause lists after words of a meeting of borders become one end at their
    common point (in place, on ``frag``'s origin or destination list)."""
    for ends in (frag.origin, frag.destination):
        if len(ends) < 2:
            continue  # (nearly every clause: one end of a kind at most; only windows are searched)
        countries = [(k, p) for k, (p, _at) in enumerate(ends) if p.get("kind") == "country"
                     and (p.get("offsets") or [None])[0] is not None]
        countries.sort(key=lambda kp: kp[1]["offsets"][0])
        run, cue_start = _listed_after_meeting(text, countries)
        if len(run) < 2:
            continue
        merged = _meeting_place(text, [p for _, p in run], frag.actor_home, cue_start)
        first = run[0][0]
        ends[first] = (merged, ends[first][1])
        drop = {k for k, _ in run[1:]}
        ends[:] = [e for k, e in enumerate(ends) if k not in drop]
        why.append(f"sentence {frag.sentence}: {merged['surface_phrase']}: one end where the borders meet")


def _listed_after_meeting(text: str, countries: list) -> tuple[list, int]:
    """The countries of ``countries`` (by offset) that form one list right after a meeting's
    words, and where those words begin; ([], -1) when none does."""
    for i, (_, p) in enumerate(countries):
        start = p["offsets"][0]
        cue = _MEETING.search(text, max(0, start - _TEXT_BEFORE), start)
        if cue is None:
            continue
        run = [countries[i]]
        for k, q in countries[i + 1:]:
            gap_from, gap_to = run[-1][1]["offsets"][1], q["offsets"][0]
            if gap_to - gap_from > 12 or _LIST_GAP.fullmatch(text, gap_from, gap_to) is None:
                break
            run.append((k, q))
        return run, cue.start()
    return [], -1


def _meeting_place(text: str, listed: list[dict], home: dict | None, cue_start: int) -> dict:
    """One region where the ``listed`` countries (and the moving nation, when two are listed)
    meet, told by the words from the meeting's cue to the last country."""
    codes = [p.get("country") for p in listed]
    home_cc = (home or {}).get("country")
    if len(codes) == 2 and home_cc and home_cc not in codes:
        codes = [home_cc] + codes  # ("the tri-border with Egypt and Sudan", said of Libyan forces)
    point = border_meeting(tuple(codes)) if len(codes) == 3 else None
    reach = _MEETING_KM
    if point is None and len(codes) == 2:
        middle = border_middle(codes[0], codes[1])
        point, reach = (middle[:2], middle[2]) if middle else (None, reach)
    first, last = listed[0], listed[-1]
    start, end = first["offsets"][0], last["offsets"][1]
    phrase = text[cue_start:end]
    own = home_cc if home_cc in codes else first.get("country")
    names = [p.get("name") for p in listed]
    if len(codes) > len(listed) and (home or {}).get("name"):
        names = [home["name"]] + names  # (the moving nation's own side, the third country)
    listed_names = ", ".join(names[:-1]) + " and " + names[-1]
    place = {**first, "name": ("tri-border of " if len(names) == 3 else "border of ") + listed_names,
             "surface": text[start:end], "surface_phrase": phrase, "offsets": [start, end], "kind": "region", "country": own,
             "precision": "region", "relation": {"type": "border", "with": [c for c in codes if c != own]}}
    place.pop("gazetteer_id", None)
    place.pop("anchor", None)
    if point is not None:
        place.update(lat=point[0], lon=point[1], uncertainty_km=reach)
    return place


_PATTERNS.save()
