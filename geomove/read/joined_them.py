"""A force that joined the group just told, with no place of its own: "About 60 officers
travelled from A to B on Wednesday. Kenyan officers joined them later in the day", "...
Cameroonian soldiers from Mora joined them there on Saturday". Joining a group told to have
gone to B is going to B: a movement of its own (GUIDELINES: a different actor makes a new
movement), from the places its subject names after "from", if any.

why: "joined" reads a movement only with a place after it ("joined them in Gao",
read.joined_at_place); with the group as its object and no place, the second force was not
read at all (probes of my own, s33 read91)."""

from __future__ import annotations

import re

from dataclasses import replace

from .drafts_told import ReportedEnds
from .kept import recompile as _recompile
from .places import _place_of
from .state import Fragment, _Draft, ends_of
from .lexicon import _MOVER, _MOVER_GATE

# the sentence: a subject, "joined" and the group told before as its object ("them", "the
# troops"), then only "there" and when or how
_JOINED_THEM = _recompile(
    r"^\s*(?P<what>[A-Z][^,.;:()]{2,80}?)\s+(?:later\s+|also\s+|soon\s+)?joined\s+"
    r"(?:them|it|the\s+(?:troops|soldiers|officers|police|column|convoy|contingent|force|unit|units|reinforcements))"
    r"(?:\s+there)?"
    r"(?:,?\s+(?:later|soon|shortly|afterwards|overnight|on\s+\w+(?:\s+[0-9]{1,2})?|in\s+the\s+(?:morning|afternoon|evening)|"
    r"later\s+in\s+the\s+day|by\s+(?:road|air|sea|rail|truck|boat)|the\s+(?:next|following)\s+(?:day|week|morning)|"
    r"(?:a|an|one|two|three|four|five|[0-9]+)\s+(?:days?|weeks?|hours?)\s+later))*\s*[.!]?\s*$")
# "from" in the subject: where the joining force came from ("Cameroonian soldiers from Mora")
_FROM = _recompile(r"\bfrom\s+", re.I)


def joined_them(sentence: str) -> re.Match | None:
    """The subject of a sentence that tells a force joined the group told before, with no place
    of its own; None if the sentence is not of that kind or its subject names no force."""
    m = _JOINED_THEM.match(sentence)
    if m is None or not _MOVER_GATE.search(m.group("what")):
        return None
    return m


def origins_span(m: re.Match) -> tuple[int, int] | None:
    """Where, in the sentence, the subject's "from" places are told (offsets of the sentence)."""
    f = _FROM.search(m.group("what"))
    return (m.start("what") + f.end(), m.end("what")) if f else None


_FROM_IN_WHAT = _recompile(r"\s+from\s", re.I)  # ("Cameroonian soldiers | from Mora": what moved ends there)


def joined_them_told(a) -> None:
    """"About 60 officers travelled from A to B. Kenyan officers joined them later in the day":
    the force that joined the group just told went where that group did (read.joined_them),
    from the places its subject names after "from" ("soldiers from Mora joined them"), if any.
    Only a sentence that is that alone; the movement before must be reported, have a
    destination, and be told at most two clauses before."""
    reader = a.reader
    if "joined" not in reader.text:
        return  # (most reports: no sentence to look at)
    ends = ReportedEnds(a.drafts)
    for i, (s, e) in enumerate(reader.spans):
        m = joined_them(reader.text[s:e])
        if m is None or any(i in {f.sentence for f in d.frags} for d in a.drafts):
            continue
        first = ends.last_before(i)
        if first is None:
            continue
        span = origins_span(m)
        places = reader._within(reader.places, s + span[0], s + span[1]) if span else []
        if len(reader._within(reader.places, s, e)) != len(places):
            continue  # (a place of its own elsewhere in the sentence: not this construction)
        what = m.group("what").strip()
        cut = _FROM_IN_WHAT.search(what)
        frag = Fragment(sentence=i, trigger="joined", trigger_start=s + m.end("what"),
                        what=what[:cut.start()].strip() if cut else what,
                        date=reader._date(s, e, s + m.end("what")), quote=reader.text[s:e].strip())
        end = {**first.destination, "inferred": True}
        for origin in ([_place_of(p) for p in places] or [None]):
            a.drafts.insert(a.drafts.index(first) + 1, _Draft(origin, [], end, [replace(frag)], "reported"))
        a.why.append(f"sentence {i}: '{what} joined them': to the end of {ends_of(first)}")
