"""A force told as an addition to one told before: "reinforcements from K", "more troops from
K", "additional officers from K". Such a group is another group than the one told before it:
the place it came from is no start of the first group's movement.

why: "The first contingent of Kenyan police arrived in Port-au-Prince in June 2024, and
reinforcements from Jamaica and Guatemala followed" was read as the Kenyan contingent coming
from Jamaica and from Guatemala, in one clause (the verb "followed" is no verb of movement, so
nothing cut the clause) and, told as two sentences, by joining a half that names only a
country left to the arrival told before it (events.complete_halves), which suits "withdrawing
from K", not a second group named as an addition (GUIDELINES: a different actor makes a new
movement; probes of my own, s33 read91)."""

from __future__ import annotations

import re

from .drafts_told import ReportedEnds
from .kept import recompile as _recompile
from .places import _place_of, same_place
from .state import Fragment, _Draft, ends_of
from .gates import Gate

# the words that name a group as added to one told before; "more" and its kin only before a
# word of a force, within two words (not "more than 200 soldiers": a count); never after "the":
# "the reinforcements" refers back to a group told, which may be the first one
_ADDED = (r"(?:(?:some|about|several|dozens\s+of|hundreds\s+of)\s+)?(?:[0-9][0-9,]*\s+)?"
          r"(?:reinforcements?\b|(?:more|additional|extra|further|fresh)\s+(?!than\b)(?:[A-Za-z-]+\s+){0,2}?"
          r"(?:troops|soldiers|officers|police|policemen|units|forces|personnel|peacekeepers|contingents?|gendarmes|marines)\b)")
ADDED_FORCE = _recompile(r"^\s*" + _ADDED, re.I)
# a second subject of that kind after the clause's verb, opening a clause of its own: ", and
# reinforcements from K followed", "; more troops from K came later"
ADDED_AFTER = _recompile(r"(?:,\s*(?:and\s+|while\s+|as\s+)?|\band\s+|;\s*)(?P<who>" + _ADDED + r")", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
ADDED_AFTER_GATE = Gate(ADDED_AFTER, ("contingent", "forces", "gendarmes", "marines", "officers", "peacekeepers", "personnel", "police", "reinforcement", "soldiers", "troops", "units"))


def named_as_added(what: str | None) -> bool:
    """Does ``what`` (the words a half names what moved by) name a group added to another?"""
    return bool(what) and ADDED_FORCE.match(what) is not None


def another_group_added(later_whats, earlier_whats) -> bool:
    """Is the later half's mover named as an addition ("reinforcements from K") while the
    earlier half's is not? Then they are two groups (the earlier one told as added too,
    "reinforcements arrived in Y ... the reinforcements had left K", may be one)."""
    return any(named_as_added(w) for w in later_whats) and not any(named_as_added(w) for w in earlier_whats)


def added_group_at(text: str, verb_end: int, clause_end: int, first_what: str | None) -> int | None:
    """Where a group told as an addition begins after the clause's verb (", and
    reinforcements from K followed"), when the clause's own mover is not named so: the places
    after it are that group's movement (Fragment.another_at). None if there is none."""
    if named_as_added(first_what):
        return None
    m = ADDED_AFTER_GATE.search(text, verb_end, clause_end)
    return m.start("who") if m else None


# the added group's clause closed by "followed" and no object, only when or how: it went where
# the first group did ("..., and reinforcements from K followed in July"; not "followed the
# river to Y", whose end is its own)
_FOLLOWED_TAIL = _recompile(
    r"^[^,.;:]{0,80}?\s(?:also\s+|later\s+|soon\s+)?followed\b"
    r"(?:,?\s+(?:later|soon|shortly|afterwards|overnight|overland|on\s+\w+(?:\s+[0-9]{1,2})?|in\s+\w+(?:\s+[0-9]{4})?|"
    r"by\s+(?:road|air|sea|rail|truck|boat)|the\s+(?:next|following)\s+(?:day|week|morning)|"
    r"(?:a|an|one|two|three|four|five|[0-9]+)\s+(?:days?|weeks?|months?|hours?)\s+later))*\s*[.!]?\s*$", re.I)


def added_group_followed(text: str, at: int, clause_end: int) -> bool:
    """Does the added group told at ``at`` close its clause with "followed" (and only when or
    how)? Then its movement ends where the first group's did."""
    return _FOLLOWED_TAIL.match(text[at:clause_end]) is not None


# a sentence that is the added group alone, from where, and "followed" with only when or how:
# "Reinforcements from Jamaica and Guatemala followed.", "Additional units from Douala followed
# on Saturday." (added_group_followed_told below)
ADDED_FOLLOWED_SENTENCE = _recompile(r"^\s*(?P<what>" + _ADDED + r")\s+from\s+(?P<places>[^,.;:]{1,80}?)"
                                     r"(?=\s+(?:also\s+|later\s+|soon\s+)?followed\b)", re.I)


def added_followed_sentence(sentence: str) -> re.Match | None:
    """The added group and its places of a sentence that tells only that it followed the movement
    told before it; None if the sentence is not of that kind."""
    m = ADDED_FOLLOWED_SENTENCE.match(sentence)
    return m if m and added_group_followed(sentence, m.start("places"), len(sentence)) else None


def added_group_followed_told(a) -> None:
    """"Kenyan officers landed in Port-au-Prince on Friday. Reinforcements from Jamaica
    followed.": a group told as an addition, from where, that followed the movement just told
    went where that one did, each place it came from a movement of its own (GUIDELINES: a
    different actor makes a new movement; lists are distributed).

    why: "followed" is no verb of movement, so the group had only its origin ("Reinforcements
    from Jamaica", read as a noun of movement) or nothing at all ("Additional units from Douala
    followed on Saturday"). Only a sentence that is the group, "from" its places and "followed"
    with nothing after but when or how (read.added_force); the movement before must be
    reported, have a destination, and be told at most two clauses before."""
    reader = a.reader
    if "followed" not in reader.text:
        return  # (most reports: no sentence to look at)
    ends = ReportedEnds(a.drafts)
    for i, (s, e) in enumerate(reader.spans):
        m = added_followed_sentence(reader.text[s:e])
        if m is None:
            continue
        places = reader._within(reader.places, s + m.start("places"), s + m.end("places"))
        first = ends.last_before(i)
        if not places or first is None:
            continue
        end = {**first.destination, "inferred": True}
        date = reader._date(s, e, s + m.end("places")) or reader._date_after_span(i, s, e)
        for place in places:
            origin = _place_of(place)
            own = next((d for d in a.drafts if d.destination is None and d.origin is not None
                        and same_place(d.origin, origin) and all(f.sentence == i for f in d.frags)), None)
            if own is not None:
                own.destination = end
            else:
                frag = Fragment(sentence=i, trigger="followed", trigger_start=s + m.end("places"),
                                what=m.group("what").strip(), date=date, quote=reader.text[s:e].strip())
                a.drafts.insert(a.drafts.index(first) + 1, _Draft(origin, [], end, [frag], "reported"))
            a.why.append(f"sentence {i}: '{m.group('what').strip()} from {place['surface']} followed': "
                         f"to the end of {ends_of(first)}")
