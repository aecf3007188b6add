"""Typed state of the extraction wing: a clause's :class:`Fragment` and a movement :class:`_Draft`."""

from __future__ import annotations

from dataclasses import dataclass, field
from .force_over_state import actor_of


@dataclass
class Fragment:
    """What one clause with a trigger says about a movement."""

    sentence: int
    trigger: str
    trigger_start: int
    status: str | None = "reported"    # None: not read (a clause with no place: _Reader.fragment)
    status_why: str = ""                  # the check that decided the status, with its words
    roles_why: list = field(default_factory=list)  # each place's role and the words that gave it
    origin: list = field(default_factory=list)
    via: list = field(default_factory=list)
    destination: list = field(default_factory=list)
    chained: bool = False                 # destinations form a chain (A, then B)
    listed_at: int | None = None          # where a list of ends opens after the chain ("then to B and C")
    actor: str | None = None
    what: str | None = None
    counts: list = field(default_factory=list)
    mode: str | None = None
    date: object = None
    quote: str = ""
    anaphoric: bool = False               # subject is "the convoy", "they"...
    noun_only: bool = False
    directed: bool = False                # a destination came from to/into/towards, not "in"/"at"
    sighted: bool = False                 # its destination is only where it was seen ("the column was seen near X")
    seen_stop: bool = False               # ... seen at a stop ("was spotted refuelling in X"): alone, no movement (read.seen_stopping)
    when: set = field(default_factory=set)  # day-precise date words of the clause, resolved or not
    actor_home: dict | None = None        # the country a national force is from ("Turkish column")
    enters: bool = False                  # the verb crosses a boundary (entered, crossed, came into)
    contrasted: bool = False              # read from a "while ..." clause set against the one before
    rest_of_group: bool = False           # its subject is the rest of the group ("the rest", "their vehicles")
    respectively: bool = False            # "left A and B for C and D respectively": lists paired
    respective_dates: list = field(default_factory=list)  # "on the 3rd and 5th respectively"
    next_leg: bool = False                # "arrived at X and took off again": leaves from the last arrival
    distinct: set = field(default_factory=set)  # words telling it apart ("separate", "second", "previous")
    between: list = field(default_factory=list)  # the two sides of "between A and B" (no role of their own)
    passed_between: bool = False         # a ship's way "between A and B", both via (read.strait_passed)
    undirected: bool = False              # its ends are a route "between A and B": no direction stated
    as_clause: bool = False               # joined to the clause before by "as" ("..., as a convoy arrived from X")
    headline: bool = False                # read from the report's title line
    each_from: bool = False               # "one from A and the other from B": origins of several groups
    paired_legs: bool = False             # "one from A to B and another from C to D": each origin with its end
    leg_heads: tuple = ()                 # ... where each "from X to Y" of such a list begins (read.leg_heads)
    described: bool = False               # a sentence describing the group told ("which carried 30 soldiers")
    onward_at: int | None = None          # "... and the next day moved on to Y": the cue of the second leg
    onward_date: object = None            # ... that leg's own day ("then moved on to Y on Wednesday": read.onward_date)
    another_at: int | None = None         # "... and another arrived in Y": where a second mover's places begin
    added_followed: bool = False          # ... an added group that "followed" the first: it went where that one did (read.added_force)
    elided_at: int | None = None          # "... from A and another 600 from B": where a second group's words begin
    elided_count: tuple | None = None     # ... its count and words, (600, "another 600") (read.elided_group)
    earlier_leg: tuple | None = None      # "left A, having been airlifted from B": (B, its cue), the leg to A before
    list_item: tuple | None = None        # (where its list of bullet lines begins, where its item begins)
    in_sentence: int | None = None        # the sentence of the text its clause is of ("sentence" counts clauses)
    retold: bool = False                  # "the convoy, which left A on ...": a move already told, told again (read.retold_day)



@dataclass(frozen=True)
class VerbTold:
    """The verb a clause with no place was read up to (read_fragments' partial reading, kept by
    the assembly as the value of each clause of ``Assembly.endless``): the trigger and where it starts.

    why: passes that take a movement from such a clause read it whole, and most of them then
    drop it for its verb alone (not one of arriving, of sending after "also", of going back).
    ``_Reader.fragment`` sets its fragment's trigger before the point where a partial reading
    returns and never after, so the whole reading's trigger is this one: asked first, it spares
    the whole reading (~2 ms a clause) of a clause the pass would drop anyway."""

    trigger: str
    start: int


# --- fragments to movements --------------------------------------------------------------

@dataclass
class _Draft:
    origin: dict | None
    via: list
    destination: dict | None
    frags: list
    status: str

    @property
    def actor(self):
        return actor_of(self.frags)  # (a force named over a state named alone: read.force_over_state)


def ends_of(d: _Draft) -> str:
    """A draft's two ends by name, for the why ("[A -> B]", "?" for an end not read)."""
    name = lambda p: (p or {}).get("name") or "?"
    return f"[{name(d.origin)} -> {name(d.destination)}]"
