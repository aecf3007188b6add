"""Cutting a sentence into clauses: where one clause with a verb of movement ends and the next
begins, so each clause is read on its own (a :class:`~geomove.read.clauses._Reader` reads one).

A sentence often tells two movements, or a movement and a report about it: "A left X, while B
reached Y", "..., and then moved to Z", "officials said the column ...". The cuts come at
contrasts, clause joins, a second subject with a finite verb of its own, a relative clause of
another force, a second route, and where other people's report of the movement begins.
Moved out of read/clauses.py as they were (read/clauses.py imports them): one idea a module.
"""

from __future__ import annotations

import bisect
import re

from . import lazy
from .adjective_head import adjective_is_head
from .having_aside import HAVING_ASIDE, having_got_somewhere
from .sent_aside import SENT_ASIDE, sent_asides
from .part_aside import part_asides
from .left_then_returned import main_verb_after_earlier_departure
from .arrived_then_moved import main_verb_after_arrival, relative_arrival
from .quoted_predicate import without_opening_quote
from .aside_deployed import aside_deployed
from .craft_relative import craft_relative_start
from .denied_after import DENIED_AFTER
from .planned_relative import PLANNED_AUX
from .subject_relative_modal import main_verb_after_planned_relative
from ..dates import MONTH_NAMES, WEEKDAY_NAMES
from .towed import towed_then_own_move
from .lexicon import (_OFFICIAL_TITLE, FORCE_KINDS, GOT_THERE, SENT_PARTICIPLES, SIGHTING_PARTICIPLES,
    _DATA,
    _NOUN_TRIGGERS,
    _ASIDE,
    _DEPARTURE,
    _ARRIVAL,
    _FORCE_NOUN,
    _TRIGGER_RE,
    _TRIGGER_SCAN,
    _stem,
)
from .syntax import analyse
from .joined_at_place import is_join
from .weights import ASIDE_TO_VERB_CHARS
from .forces import _without_idle_carry
from .time_opener import after_time_opener
from .opening_contrast import opening_contrast_cut
from .ordered_relative import order_relative_cut
from .reduced_relative import reduced_relative_cut
from .sequence_join import sequence_joins
from .modal_after_and import modal_phrase_after_and, moves_as_planned_after_and
from .asyndetic_leg import comma_departures
from .comma_splice import comma_splices, names_a_month
from .still_clause_and import still_clause_before
from .part_stayed import BARE_CONTRAST, bare_contrast_join, rest_counted
from .colon_clause import colon_joins
from .entered_via import ENTERED_VERBS, entered_by_way_of
from .driven_force import driven_force
from .way_back import goes_back
from .fronted_participle import opens_with_participle
from .place_relative_aside import presence_aside_of_place_left
from .fell_back import after_time_word, goes_back_at, going_back_joins, got_somewhere
from ..regex_cache import CompiledPatterns, matched_by
from .kept import recompile as _recompile
from .gates import Gate
from .absolute_participle import absolute_participle_cut
from .relieved_by import relief_agent_arrived
from .relative_subject import subject_before_relative
from .stayed_before import stay_then_joins
from .after_clause import after_joins, nominal_after_cuts

_PATTERNS = CompiledPatterns("read-cuts")  # (kept compiled code, as read/lexicon.py's)

# ", while ...", "..., whereas ...", and a headline's "X reach A as Y leaves B"
# (not the second "as" of a comparison: "advanced as far as the outskirts of X before falling
# back to Y" holds one clause up to "before", read80)
# ("(?=\s)": the second branch opens with white space, looked at before its six look-behinds,
# which were asked at every character; the same matches, tests/test_speed48.py)
_CONTRAST = _PATTERNS.compile(r",\s+(?:while|whereas)\s+|(?=\s)(?<!\bas\sfar)(?<!\bas\smuch)(?<!\bas\smany)(?<!\bas\slong)(?<!\bas\ssoon)(?<!\bas\swell)\s+as\s+(?!(?:well|part|such|a\s+result|soon|long|far|much|many|of|if|though|usual|expected|planned)\b)", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_CONTRAST_GATE = Gate(_CONTRAST, ("as", "while"))


# a force named as the object of a preposition, then a relative clause of its own movement:
# "handed the base to Somali forces, who arrived from Mogadishu", "replaced by Kenyan troops who
# had flown in from Nairobi" (_clauses: the relative clause is the movement of that force)
# a consequence told after the movement, with its own actor ("..., prompting Japan to scramble
# jets from Naha", "..., forcing residents to flee to X"): its places are no places of the
# movement before it, so the sentence is cut there even when the consequence has no movement
# verb of its own
_CONSEQUENCE = _PATTERNS.compile(r",\s+(?:prompting|forcing|causing|leading|triggering|sparking|spurring|pushing)\s+"
                                 r"(?=(?:\S+\s+){1,6}?to\s+\w)", re.I)
# (and after a verb whose object is another force: "replacing Italian F-35s, which returned to
# Y", "relieving the Dutch battalion, which flew home"; aircraft and ships by "which", by their
# kind or by a model's plural: "F-35s", "Su-34s"; and by "that" with no comma after a verb of
# relief, as an order of battle writes it: "replacing an armoured brigade that went home to Fort
# Hood", read63 -- not after "from"/"to": "withdrew from the X section the personnel that had
# been brought there" is one clause, read54; and after "joining": "..., joining German marines who
# flew into Evenes on Tuesday" tells the marines' own flight, not a second end of the subject's, s25)
# a participle of being moved with its way right after a relieving force's noun: "flown in from X",
# "airlifted to Y", "brought in from Z" (the reduced relative clause of _OBJECT_WHO)
# (lexicon.json sent_participles, one list with read.with_absolute's and read.reduced_relative's:
# "replaced by a company rushed / bussed in from B" lost the company's move, s32-tidy50-*)
_RELIEF_PARTICIPLES = SENT_PARTICIPLES
_REDUCED_RELIEF = (r"(?:" + "|".join(_RELIEF_PARTICIPLES) + r")\s+"
                   r"(?:in\s+|back\s+)?(?:from|to|into)\b")
# "replaced by", "relieved by": the relief named after the passive's "by"
_RELIEVED_BY = _PATTERNS.compile(r"\b(?:replaced|relieved)\s+$", re.I)
_OBJECT_WHO = _PATTERNS.compile(r"\b(?:to|by|with|for|from|joining|joined|"
                                # (a verb of joining a force that is there already, not before the
                                # passive's "by": "will reinforce the 80 soldiers sent to X last month",
                                # "to join the troops flown into Y": the force joined, with the
                                # participle of its own earlier move, s46 read123; not a participle
                                # set before a noun: "A reinforced brigade of X moved"; the words first,
                                # so the look-behinds are tried only there, not at every character)
                                r"(?P<joiner>(?=join|reinforc)(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?:join(?:s|ed|ing)?|reinforc(?:e|es|ed|ing))(?=\s+(?!by\b)))|"
                                r"(?P<relief>replac(?:e|es|ed|ing)|reliev(?:e|es|ed|ing)|"
                                # ("taking over from Dutch F-35s that returned to X": the third verb of relief, lexicon.json relief_in_place)
                                r"(?:tak(?:e|es|en|ing)|took)\s+over\s+from))\s+"
                                # (the passive's "by" is no word of the relieving force: "replaced by a ...")
                                r"(?:by\s+)?"
                                r"(?P<np>(?:the\s+|an?\s+|some\s+|about\s+|[0-9][0-9,]*\s+)*"
                                r"(?:[\w'’-]+\s+){0,3}?(?:" + _FORCE_NOUN + r"|jets|aircraft|planes|helicopters|bombers|tankers|"
                                r"ships|vessels|(?-i:[A-Z][A-Za-z]{0,4}-?[0-9]{1,3}[A-Z]?s)|"
                                # (a company, no firm, when a participle of being moved follows it: "replaced
                                # by a Rwandan company flown in from Bangui", s26r)
                                r"compan(?:y|ies)(?=\s+" + _REDUCED_RELIEF + r")|"
                                # (a rotation's batch, after a verb of relief: "replacing the 10th batch,
                                # which returned to China", s27r)
                                r"(?<=\s)batch(?:es)?(?=\s*,?\s+(?:who|which|that)\s)|"
                                # (one ship by its kind: "the Italian destroyer Caio Duilio, which ...")
                                r"frigate|destroyer|corvette|submarine|cruiser|warship|ship|vessel|carrier)"
                                # (and the name after a ship's or unit's kind: "the Italian destroyer Caio
                                # Duilio, which sailed for Taranto", "the frigate HMS Kent, which ...";
                                # a unit's regiment after a comma, as British orders of battle write it:
                                # "1st Battalion, Mercian Regiment, which returned to X", s36 lead)
                                r"(?:,?(?:\s+(?-i:[A-Z][\w'’-]*)){1,3}(?=\s*,?\s+(?:who|which|that)\s))?"
                                # (and what the force is made of: "a contingent of 150 officers who flew ...")
                                r"(?:\s+of\s+(?:about\s+|some\s+|around\s+)?(?:[0-9][0-9,]*\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?)\s*,?\s+(?:(?P<rel>who|which|that)\s+"
                                # (or a modal, a word of plans: "who will withdraw to Gedo", read.planned_relative)
                                r"(?P<aux>" + PLANNED_AUX + r"|had\s+|have\s+|has\s+|are\s+|is\s+|were\s+|was\s+)?(?:been\s+)?"
                                # (or, after a verb of relief only, a participle with no "who": "replaced by a
                                # fresh battle group flown in from Entebbe", _REDUCED_RELIEF)
                                r"|(?=" + _REDUCED_RELIEF + r"))"
                                r"(?:\w+ly\s+)?(?P<verb>\w+)", re.I)
# every match holds a relative pronoun or, in its look-ahead, a participle of _REDUCED_RELIEF: a
# clause with none of them (three in five) is not searched (read.gates; most clauses with a verb
# have no relative clause, and the pattern is tried at every character of them)
_OBJECT_WHO_GATE = Gate(_OBJECT_WHO, ("who", "which", "that", *_RELIEF_PARTICIPLES))


from .partitive_count import PART_OPENS, PART_OPENS_GATE  # noqa: E402

# rules asked only behind a gate of this module: imported at their first call (read.lazy)
agent_relative = lazy.function(".agent_relative", "agent_relative", globals())
arrival_begun = lazy.function(".began_arriving", "arrival_begun", globals())


def _clauses(text: str, spans: list[tuple[int, int]], found: list | None = None, *,
             idle_carry_dropped: bool = False) -> tuple[list[tuple[int, int]], set[int]]:
    """Sentences, with a contrasting clause that has its own movement verb read on its own:
    "the fighters were flown to X, while their vehicles were driven there" tells of two
    movements (who, what and how differ), not of one. An arrival followed by "and" and a
    departure or a move on ("landed at X and took off again towards Y", "arrived in X and
    drove on to Y") is two legs: the second clause starts are returned apart, as the starts
    of next legs. ``idle_carry_dropped``: ``found`` holds no idle "carry" already (the reader
    drops them before it cuts: the test is one trigger at a time, so a second pass over what it
    kept drops nothing: half of its ~8 ms a batch of the dev reports; speed151)."""
    found = list(_TRIGGER_SCAN.finditer(text)) if found is None else found
    if not idle_carry_dropped:
        found = _without_idle_carry(text, found)  # ("trucks carrying soldiers left A": one clause)
    # verb triggers by start, so "the verbs between a and b" is a bisection, not a scan of
    # every trigger of the text for every clause join (quadratic on one endless sentence)
    verbs = [t for t in found if t.group("verb")]
    verb_starts = [t.start() for t in verbs]

    def verbs_in(a: int, b: int) -> list:
        out = []
        for t in verbs[bisect.bisect_left(verb_starts, a):bisect.bisect_left(verb_starts, b)]:
            if t.end() <= b:
                out.append(t)
        return out
    out, legs = [], set()
    starts = [t.start() for t in found]
    pieces = []
    for s, e in spans:
        # "The deployment of X to A follows the arrival of Y at B": two events, each its own
        # clause (read/sequence_join); only where the sentence holds two triggers at least
        if bisect.bisect_left(starts, e) - bisect.bisect_left(starts, s) > 1:
            # (and "deployed to X after the withdrawal of Y's troops from Z": the movement told
            # as a noun after "after" is another force's, read/after_clause)
            for at in sorted(set(sequence_joins(text, s, e)) | set(nominal_after_cuts(text, s, e, starts))):
                pieces.append((s, at))
                s = at
        pieces.append((s, e))
    for s, e in pieces:
        cut = s
        # every cut below needs a movement verb in the sentence (a join or an aside: one on
        # each side; "and then", "who arrived": one before it): most sentences have none,
        # and are not scanned for joins at all
        verbs_here = len(verbs_in(s, e))
        if verbs_here == 0:
            out.append((s, e))
            continue
        opened = opening_contrast_cut(text, s, e, verbs_in) if verbs_here > 1 else None
        if opened is not None:  # "As the rebels left A, army units moved in from B" (read/opening_contrast)
            out.append(opened[:2])
            cut = opened[2]
        joins = (list(_CONTRAST_GATE.finditer(text, s, e)) + list(_CLAUSE_JOIN_GATE.finditer(text, s, e))
                 + list(_REPORTED_THAT_GATE.finditer(text, s, e))
                 + list(_OTHER_FORCE_AFTER_GATE.finditer(text, s, e))
                 + _own_subject_joins(text, s, e, verbs, verb_starts)) if verbs_here > 1 else []
        # ("The convoy included 25 vehicles, and a separate convoy of 30 trucks left A": a clause
        # that only describes, then one of movement with its own subject and count, read.still_clause_and)
        joins += _still_clause_joins(text, s, e, verbs, verb_starts)
        joins = sorted(joins + list(_CONSEQUENCE.finditer(text, s, e)) + list(_WITH_MORE.finditer(text, s, e))
                       + list(_ADDING_TO_COUNTED.finditer(text, s, e)) + list(_AND_SAID.finditer(text, s, e))
                       + said_noun_of_moving_joins(text, s, e, verbs_in)
                       # (", 200 of whom were flown on to Gao": a counted part's own move, read.partitive_count)
                       + (list(PART_OPENS_GATE.finditer(text, s, e)) if verbs_here > 1 and "of" in text[s:e] else []), key=lambda m: m.start())
        if verbs_here == 1 and (m := _verbless_route_join(text, s, e, verbs_in)) is not None:
            out.append((cut, m.start()))  # (a clause with no verb: no other join precedes it)
            cut = m.end()
        def and_joins(cut: int, e: int) -> int:
            """The joins by "and" (or a comma before a departure) in [cut, e): each clause
            start appended to out (and to legs for a next leg); the last clause's start."""
            # ("landed 09:40, left for Y": a comma before a departure joins as "and" does, read.asyndetic_leg)
            for m in sorted([*_AND_THEN_GATE.finditer(text, cut, e), *comma_departures(text, cut, e)], key=lambda m: m.start()):
                verb = _verb_after_and(text, m.end())
                left = verbs_in(cut, m.start())
                # an arrival, then a departure or a move on ("landed at X and moved by road to Y")
                # (an arrival planned after it is a next leg too, whatever its verb: "entered the
                # canal at A and was expected to reach B by the evening", read44)
                if verb and verb.group("verb") and (_stem(verb.group("verb")) not in _ARRIVAL | {"reach", "enter"}
                                                    or _PLANNED_AUX.match(text, m.end())) and \
                        any((_stem(t.group("verb")) in _ARRIVED or _unloaded(text, t) or _crossed_into_then_back(text, t, verb))
                            and (not t.group("verb").lower().endswith("ing") or arrival_begun(text, t))
                            and not (_stem(t.group("verb")) in ENTERED_VERBS and entered_by_way_of(text, t.end(), m.start()))
                            for t in left):  # ("entered via C and headed to D": one movement, read.entered_via)
                    out.append((cut, m.start()))
                    cut = m.end()
                    legs.add(cut)
                elif verb and verb.group("verb") and left and towed_then_own_move(text, left, m.start(), verb):
                    # "towed the lorries to A and then drove to B": the towing ended at A, the force
                    # drove on by itself, a next leg (read.towed)
                    out.append((cut, m.start()))
                    cut = m.end()
                    legs.add(cut)
                elif verb and verb.group("verb") and left and _later_after_getting_to(text, left[-1], m, e):
                    # "fled to Ulang, 50 km upriver, and were later evacuated by helicopter to Malakal":
                    # a place gone to, then a later move from it: a next leg (s33m)
                    out.append((cut, m.start()))
                    cut = m.end()
                    legs.add(cut)
                elif left and moves_as_planned_after_and(text, m.end(), e):
                    # "... repositioned to Luuq and would return to Dolo Ado": what it would do is a
                    # clause of its own, with its own status (read.modal_after_and)
                    out.append((cut, m.start()))
                    cut = m.end()
                    if _arrived_before(left):
                        # ("docked at A and are due to take on fuel before sailing on to B": a
                        # task first, then a planned next leg from where the subject arrived, as
                        # "reached A and is expected to continue to B" above)
                        legs.add(cut)
                elif verb and verb.group("verb") and left and _sent_on_from_end(text, left, m, verb):
                    out.append((cut, m.start()))  # ("moved a battalion to A and deployed it to B": a next leg)
                    cut = m.end()
                    legs.add(cut)
                elif verb and verb.group("verb") and left and any(driven_force(text, t, m.start()) is not None for t in left):
                    # "RSF fighters pushed the army out of A and advanced towards B": the force driven
                    # out moved in the first clause (read.driven_force), the subject that drove it in
                    # the second; two movers, two movements (no leg: B is no end of the army's move)
                    out.append((cut, m.start()))
                    cut = m.end()
                elif verb and verb.group("verb") and left and (_two_routes(text, cut, m, e) or _two_objects(text, left, m, verb)
                                                               or _sent_from_elsewhere(text, left, m, verb)):
                    # "airlifted two battalions from A to B and moved tanks from C to D": one
                    # subject, two movements, each with its own origin (no leg: C is no end of B)
                    out.append((cut, m.start()))
                    cut = m.end()
            return cut

        for m in joins:
            if m.start() < cut:
                continue
            if (m.re in (_CONSEQUENCE, _WITH_MORE, _ADDING_TO_COUNTED, _AND_SAID, _AND_THAT_NOUN_OF_MOVING) or verbs_in(m.end(), e)) \
                    and (verbs_in(cut, m.start()) or matched_by(m, _COMMA_AND) or matched_by(m, BARE_CONTRAST)):  # (_still_clause_joins: none before it)
                # ("flew troops to A and moved a battalion from A to B as rebels advanced": the
                # joins by "and" before the join are read too, s33 read91)
                cut = and_joins(cut, m.start())
                out.append((cut, m.start()))
                cut = m.end()
                if matched_by(m, _CLAUSE_JOIN) and m.group(0).strip().lower() == "but" and goes_back_at(text, cut) \
                        and got_somewhere(text, out[-1][0], out[-1][1]):
                    # ("pushed into A but later retreated to B": from A, read.fell_back; the
                    # time word is no subject of the second verb phrase)
                    cut = after_time_word(text, cut)
                    legs.add(cut)
                if matched_by(m, PART_OPENS):
                    legs.add(cut)  # (", 200 of whom were flown on to Gao": the part went on from where the group got to)
                if matched_by(m, _RELATIVE_JOIN) and m.group("rel").lower().startswith(("from", "whence")):
                    legs.add(cut)  # (", from where it drove on to Y": it left again from there, a next leg)
        cut = and_joins(cut, e)
        for a, b in (going_back_joins(text, cut, e) if verbs_here > 1 else ()):
            # "advanced to A before falling back to B", "entered A and then withdrew to B": A was
            # reached and left again, a next leg (read.fell_back)
            if a >= cut and verbs_in(cut, a):
                out.append((cut, a))
                cut = b
                legs.add(cut)
        for a, b in (stay_then_joins(text, cut, e) if verbs_here > 1 else ()):
            # "moved to A, where they stayed for a week before moving on to B": A was reached,
            # stayed at and left again, a next leg (read.stayed_before)
            if a >= cut and verbs_in(cut, a):
                out.append((cut, a))
                cut = b
                legs.add(cut)
        if verbs_here > 1 and cut == s and (at := order_relative_cut(text, s, e, verbs_in(s, e))) is not None:
            # "Troops ordered by the president to reinforce the border | left Kayes": the order and
            # the departure, each with its own status; no leg (read.ordered_relative)
            out.append((cut, at))
            cut = at
        elif verbs_here > 1 and cut == s and (at := reduced_relative_cut(text, s, e, verbs_in(s, e))) is not None:
            # "FARDC reinforcements flown into Kisangani are expected to move to Lubutu": the
            # participle's movement and the main verb's, each with its status (read.reduced_relative)
            out.append((cut, at))
            cut = at
            legs.add(cut)
        for m in (_asides(text, cut, e, verbs_in) if verbs_here > 1 else ()):
            # "the soldiers, who reached X on Sunday, will move on to Y": the aside and the
            # main clause each tell a movement, each with its own status; after an arrival
            # the main clause is the next leg
            rel, rest = verbs_in(m.start(), m.end()), verbs_in(m.end(), e)
            if rel and rest and rest[0].start() - m.end() <= ASIDE_TO_VERB_CHARS:
                out.append((cut, m.end()))
                cut = m.end()
                if any(_stem(t.group("verb")) in _ARRIVED for t in rel) or aside_deployed(text, m.start()) \
                        or (matched_by(m, HAVING_ASIDE) and having_got_somewhere(text, m)) or matched_by(m, SENT_ASIDE):
                    legs.add(cut)  # (or "..., which had been deployed to X, was repatriated": read.aside_deployed;
                    # "..., having moved into X, were later pulled back to Y": read.having_aside)
                break
        for m in _WHO_VERB_GATE.finditer(text, cut, e):
            if (planned := main_verb_after_planned_relative(text, m.start(), e, verbs_in)) is not None:
                # "The battalion that will deploy to X left Y on Monday": the plan and the
                # departure, each with its own status; no leg (read.subject_relative_modal)
                out.append((cut, planned.start()))
                cut = planned.start()
                break
            # "soldiers who arrived in X on Monday left the city for Y": the relative clause
            # tells an arrival, the main verb after it a departure; two legs, as with "and"
            rel = _TRIGGER_RE.match(text, m.start("verb"))
            if not relative_arrival(text, rel):
                # ("Wagner fighters who had left Kidal in February returned there on Sunday":
                # an earlier departure, then the main verb's own movement: read.left_then_returned)
                main = main_verb_after_earlier_departure(text, m, rel, verbs_in(rel.end(), e) if rel else [], _DEPARTURE)
                if main is not None:
                    out.append((cut, main.start()))
                    cut = main.start()
                    break
                continue
            # (and any other main verb of movement: "who arrived in X moved to Y", read.arrived_then_moved)
            main = main_verb_after_arrival(text, rel, verbs_in(rel.end(), e), _DEPARTURE)
            if main is not None:
                out.append((cut, main.start()))
                cut = main.start()
                legs.add(cut)
                break
        for m in _OBJECT_WHO_GATE.finditer(text, cut, e):
            # "Ugandan troops handed the base to Somali forces, who arrived from Mogadishu": the
            # relative clause tells the movement of the force before "who", not of the subject;
            # its clause starts at that force's name, which is its subject
            rel = _TRIGGER_RE.match(text, m.start("verb"))
            if m.group("rel") is None and not m.group("relief") and not m.group("joiner") \
                    and not _RELIEVED_BY.search(text, max(0, m.start() - 20), m.start()):
                continue  # (a participle with no "who" only after a verb of relief: "arrived with troops flown from X" is one clause)
            if (m.group("rel") or "").lower() == "that" and not m.group("relief") and not agent_relative(m):
                continue  # ("withdrew from the X section the personnel that had been brought there": 'that' only after a relief, read63)
            if m.group("relief") and (m.group("aux") or "").strip().lower() == "had":
                continue  # ("replacing Russian troops who had withdrawn earlier": what the relieved did before, told as background)
            if relief_agent_arrived(text, m.start("np"), m.group("verb")):
                continue  # ("were replaced by CSP fighters, who arrived from Y": the agent's one movement, read.relieved_by)
            if rel and rel.group("verb") and verbs_in(m.start("verb"), e) and m.start("np") > cut:
                out.append((cut, m.start("np")))
                cut = m.start("np")
                break
        craft = craft_relative_start(text, cut, e, verbs_in)
        if craft is not None:  # "refuelled by a tanker, which flew from A to B" (read/craft_relative)
            out.append((cut, craft))
            cut = craft
        absolute = absolute_participle_cut(text, cut, e, verbs_in)
        if absolute is not None:  # "landed in X, the outgoing contingent flying home to Y" (read/absolute_participle)
            out.append((cut, absolute))
            cut = absolute
        other = _other_act_join(text, cut, e, verbs_in)
        if other is not None:
            out.append((cut, other.start()))
            cut = other.end()
        out.append((cut, e))
    return out, legs


# an origin told by its name: "from Pathankot", "from the Kossei base"
# (here and in the patterns of names below, a name may open with an Arabic article in lower case:
# "from al-Asad to Haditha", read80)
_FROM_NAME = _PATTERNS.compile(r"\bfrom\s+(?:the\s+)?(?:(?-i:[a-z]{1,3})-)?(?-i:[A-Z])", re.I)


# a route told by its two ends: "from A to B", "from the A ... towards B"
_FROM_TO_NAMES = _PATTERNS.compile(r"\bfrom\s+(?:the\s+)?(?:(?-i:[a-z]{1,3})-)?(?-i:[A-Z])[^,;]{0,60}?\s(?:to|towards?|into)\s+(?:the\s+)?(?:(?-i:[a-z]{1,3})-)?(?-i:[A-Z])", re.I)
# ", and", ", while", "; ": where a clause of its own may start
_COMMA_JOIN = _PATTERNS.compile(r",\s+(?:and|while|whereas)\s+|;\s+", re.I)


def _verbless_route_join(text: str, s: int, e: int, verbs_in) -> re.Match | None:
    """The join after a clause that tells a route by its ends but has no verb of movement, before
    one that has a verb and an origin of its own: "Fuel trucks were spotted on the highway from
    A to B, and soldiers were flown from C to D". The second clause's movement has its own ends;
    A and B, the road's ends, are none of its places (and the first clause, with no verb, tells
    no movement of its own)."""
    for m in _COMMA_JOIN.finditer(text, s, e):
        if verbs_in(s, m.start()):
            return None
        after = verbs_in(m.end(), e)
        if after and _FROM_TO_NAMES.search(text, s, m.start()) is not None \
                and _FROM_NAME.search(text, after[0].end(), e) is not None:
            return m
    return None


def _asides(text: str, s: int, e: int, verbs_in) -> list[re.Match]:
    """The asides set off by commas in [s, e), in order: relative ones (lexicon._ASIDE) and
    those of a perfect participle that tell where the force got to ("..., having moved into X,
    ...": read.having_aside)."""
    having = [m for m in HAVING_ASIDE.finditer(text, s, e) if having_got_somewhere(text, m)]  # ("having come from C," is one route)
    # (and a part of the group with a movement of its own: ", many of them sent from A in
    # February,": read.part_aside; and ", deployed to A in April," after the subject: read.sent_aside)
    return sorted([*_ASIDE.finditer(text, s, e), *having, *part_asides(text, s, e), *sent_asides(text, s, e, verbs_in)],
                  key=lambda m: m.start())


def _two_routes(text: str, s: int, join: re.Match, e: int) -> bool:
    """Do the verb phrases on each side of ``join`` ("... and moved ...") each tell an origin
    of their own by name? Then they are two movements of one subject, not one route: "flew
    troops from A to B and moved tanks from C towards D" (C is no place passed on the way to
    B, and D no end of the troops' flight)."""
    return _FROM_NAME.search(text, s, join.start()) is not None \
        and _FROM_NAME.search(text, join.end(), e) is not None


# verbs of sending whose object, right after them, is what moved: "moved two batteries", "deployed
# an additional 2,000 soldiers" (_two_objects)
_SENDS = frozenset(("send", "deploy", "redeploy", "dispatch", "move", "airlift", "transfer", "fly", "ship", "rush"))
# a counted object right after the verb: "two HIMARS batteries", "an additional 2,000 soldiers"
_COUNTED_OBJECT = _PATTERNS.compile(r"\s+(?:(?:an?\s+)?(?:additional|further|extra|more)\s+|another\s+|some\s+|about\s+|around\s+|nearly\s+)?"
                                    r"(?:[0-9][0-9,]*|two|three|four|five|six|seven|eight|nine|ten|twelve|several|dozens\s+of|hundreds\s+of|"
                                    r"thousands\s+of)\s+(?!(?:km|kilomet|miles?|days?|weeks?|months?|hours?)\b)[A-Za-z]", re.I)
# ... or one unit by its kind, which counts it as one: "an armoured company", "a mechanised
# battalion", "a second battery" (Kyrgyz probe, s25: "moved an armoured company from A to B and
# sent 300 border guards back to their base in C" gave both ends the company and the 300)
# (and "a special unit", "a police contingent": s33 read91)
_ONE_UNIT_OBJECT = _PATTERNS.compile(r"\s+an?\s+(?:[a-z-]+\s+){0,2}?(?:company|battalion|brigade|regiment|battery|squadron|"
                                     r"platoon|detachment|battle\s+group|task\s+force|unit|contingent)\b", re.I)
# a cue of an end after the second object ("... to B", "... along B")
_END_CUE = _PATTERNS.compile(r"\b(?:to|into|towards?|along|in|at|near)\s+(?:the\s+)?(?:(?-i:[a-z]{1,3})-)?(?-i:[A-Z])", re.I)


def _sent_object(text: str, at: int) -> bool:
    """Is the object right after a verb of sending (ending at ``at``) counted, or one unit?"""
    return _COUNTED_OBJECT.match(text, at) is not None or _ONE_UNIT_OBJECT.match(text, at) is not None


# weapons sent bare, with no count, as the second verb's own object: "and moved air defence
# systems to C", "and sent more howitzers to D" (a possessive or a word of more before them, up
# to three words of kind; lexicon.json materiel_mover's nouns and the systems of air defence)
_WEAPONS_OBJECT = _PATTERNS.compile(
    r"\s+(?:(?:its|their|more|additional|further|extra|some)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:" + _DATA["materiel_mover"]["pattern"].replace("\\b", "") + r"|(?:air[\s-]defen[cs]e|missile|radar|rocket)\s+systems?)"
    r"\s+(?:to|into|towards?)\b", re.I)


def _weapons_sent(text: str, at: int) -> bool:
    """Is the object right after a verb of sending (ending at ``at``) weapons told bare, right
    before the cue of their end ("moved air defence systems to C")?

    why: "Armenia redeployed a battalion from A to B and moved air defence systems to C" gave
    the systems' end the battalion and its origin A, as one clause (probes of my own, s27r)."""
    return _WEAPONS_OBJECT.match(text, at) is not None


# the second verb's object told back by a pronoun, then where it went: "... and deployed it to B",
# "... and later sent them on into B" (_sent_on_from_end)
_PRONOUN_SENT_ON = _PATTERNS.compile(r"\s+(?:it|them)\s+(?:(?:on|onward|onwards|forward|back)\s+)?"
                                     r"(?:to|into|towards?)\s+(?:the\s+)?(?:(?-i:[a-z]{1,3})-)?(?-i:[A-Z])", re.I)
# a first verb phrase that tells where its object went: "... to A" before the join
_TO_NAME = _PATTERNS.compile(r"\b(?:to|into)\s+(?:the\s+)?(?:(?-i:[a-z]{1,3})-)?(?-i:[A-Z])", re.I)


def _sent_on_from_end(text: str, left: list, join: re.Match, verb: re.Match) -> bool:
    """"The army moved a battalion to A and deployed it to B", "flew two companies to A on
    Monday and later sent them to B": the second verb of sending takes the first one's object on
    by a pronoun, from where the first put it; a next leg from A (GUIDELINES: the force arrived
    in A and left again), as "landed at A and drove to B" is.

    why: one clause held both ends, so A and B were two destinations from nowhere, or A a place
    passed on the way to B (s26r). Only a first verb of moving, not a participle, with "to <Name>"
    before the join, and a second verb of sending with "it"/"them" and "to <Name>" after it."""
    if _stem(verb.group("verb")) not in _SENDS or not _PRONOUN_SENT_ON.match(text, verb.end()):
        return False
    return any(not t.group("verb").lower().endswith("ing")
               and _TO_NAME.search(text, t.end(), join.start()) is not None for t in left)


def _two_objects(text: str, left: list, join: re.Match, verb: re.Match) -> bool:
    """Do the verb phrases on each side of ``join`` each send a counted object of their own
    ("Poland moved two HIMARS batteries to the Suwalki area and deployed an additional 2,000
    soldiers along the Belarusian border")? Then they are two movements of one subject, each
    with its own what and count, as two origins make them (_two_routes).

    why: one clause gave both destinations the first object and the last count (the batteries,
    2,000), read70. Only verbs of sending with a counted object right after each, and a cue of
    an end with a name after the second."""
    if _stem(verb.group("verb")) not in _SENDS or not (_sent_object(text, verb.end()) or _weapons_sent(text, verb.end())):
        return False
    if not any(t.group("verb") and _stem(t.group("verb")) in _SENDS and _sent_object(text, t.end()) for t in left):
        return False
    return _END_CUE.search(text, verb.end(), min(len(text), verb.end() + 80)) is not None


def _sent_from_elsewhere(text: str, left: list, join: re.Match, verb: re.Match) -> bool:
    """Do two verbs of sending each side of ``join`` tell their own ends: the one before it a
    destination by name, the one after it an origin by name ("Pakistan has deployed more troops
    to the Kurram district and sent a brigade from Peshawar to Torkham")? Then they are two
    movements of one subject: Peshawar is no origin of the troops sent to Kurram.

    why: the lead's probes of session 43: a country's name as the subject ("Pakistan", "Kenya")
    and an object that is not counted ("more troops", "police") left one clause, and the second
    verb's origin went to both destinations (_two_objects wants a counted object on each side).
    Only verbs of sending (_SENDS) on both sides (not "handed over the airstrip to Somali forces
    and flew home from Baidoa": one force leaving), the "from" within the second's phrase (80
    characters)."""
    if _stem(verb.group("verb")) not in _SENDS:
        return False
    first = next((t for t in reversed(left) if t.group("verb") and _stem(t.group("verb")) in _SENDS), None)
    if first is None or _TO_NAME.search(text, first.end(), join.start()) is None:
        return False
    return _FROM_NAME.search(text, verb.end(), min(len(text), verb.end() + 80)) is not None


# a joiner after which a clause of another subject may tell an act that is no movement
# (and ", as": "moved 300 soldiers from A to B, as insurgents regrouped in the forests of C": what
# others did meanwhile, s42 lead)
_OTHER_ACT_JOINER = _PATTERNS.compile(r",\s+(?:while|whereas|but|and|as)\s+|;\s+", re.I)
_FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP", "MD"))
# verbs by which the other clause speaks of the movement (its status reads them): no other act
_WORDS_ABOUT_IT = frozenset("""said says denied denies rejected rejects dismissed dismisses confirmed confirms
    claimed claims reported reports added adds called calls insisted insists refuted refutes disputed
    disputes contradicted contradicts""".split())
# after ", as": the verbs by which the clause tells the movement as asked or agreed ("as its
# leaders had asked", "as the accord required"): the movement itself, no act of others
_AS_ASKED = frozenset("""asked requested demanded agreed planned promised pledged announced expected ordered
    required foreseen envisaged urged wanted""".split())
_OTHER_SUBJECT_TAGS = frozenset(("DT", "PDT", "CD", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP$", "POS", "PRP"))


# verbs of carrying whose -ing form after a noun makes a reduced relative inside a subject:
# "buses carrying soldiers", "trucks transporting troops" (_carrying_in_subject)
_CARRYING_STEMS = frozenset(("carry", "transport", "ferry", "shuttle"))
# the noun phrase a carrying participle may close, between the joiner and the participle (a
# few words, no comma)
_SUBJECT_BEFORE_CARRYING = _PATTERNS.compile(r"\s*(?:[\w'’-]+\s+){0,4}?[\w'’-]+\s+$")


def _carrying_in_subject(text: str, start: int, verb: re.Match) -> bool:
    """Is ``verb`` the -ing form of a verb of carrying inside the subject of the clause that
    opens at ``start`` ("..., and buses carrying soldiers were seen on the road from A to B"),
    a reduced relative of the subject's noun, no verb of that clause?

    why: a sighting joined by "and" after a movement ("The ENDF moved soldiers from Gondar to
    Debark, and trucks carrying troops were seen on the road from Woldia to Lalibela") was one
    clause, and Woldia and Lalibela became the ENDF's origin and a second destination; with
    "and buses were seen" the sighting was cut off as another act (read92, an Ethiopia report
    of my own)."""
    if not verb.group(0).lower().endswith("ing") or _stem(verb.group(0)) not in _CARRYING_STEMS:
        return False
    return _SUBJECT_BEFORE_CARRYING.fullmatch(text, start, verb.start()) is not None


def _other_act_join(text: str, s: int, e: int, verbs_in) -> re.Match | None:
    """The joiner after which the rest of the sentence is a clause of its own subject and a
    finite verb that is no movement ("... moved a battery from A to B, while North Korea fired
    missiles from near C"; "...; the militia stayed in D"): its places are where that other
    act happened, not ends of the movement told before it. None when the rest holds a
    movement verb (_own_subject_joins reads that) or does not open with a subject and a
    finite verb of its own ("..., and fired on C": the same subject goes on)."""
    for m in _OTHER_ACT_JOINER.finditer(text, s, e):
        if not verbs_in(s, m.start()) or [t for t in verbs_in(m.end(), e) if not _carrying_in_subject(text, m.end(), t)]:
            continue
        words = analyse(text, m.end(), min(e, m.end() + 100))
        verb_at = next((k for k, w in enumerate(words) if w.tag in _FINITE_TAGS), None)
        if verb_at is None:
            # the tagger reads a past form after a name as a participle ("North Korea fired"):
            # with no finite verb after it, the first such form is the clause's verb
            verb_at = next((k for k, w in enumerate(words) if w.tag == "VBN"), None)
        if not verb_at or verb_at > 8:
            continue
        subject = words[:verb_at]
        if subject[0].tag in ("IN", "TO", "RB") or any(w.tag not in _OTHER_SUBJECT_TAGS and not (
                w.tag == "VBG" and k and _stem(w.text) in _CARRYING_STEMS) for k, w in enumerate(subject)):
            continue
        if words[verb_at].text.lower() in _WORDS_ABOUT_IT:
            continue  # "..., but the army said the claim was false": about the movement, read with it
        if m.group(0).strip(", ").lower() == "as" and any(
                w.text.lower() in _AS_ASKED for w in words[verb_at:verb_at + 3]):
            continue  # ("..., as the island's leaders had asked": how the movement came about, no other act)
        if subject[-1].tag in ("DT", "PRP$", "POS") or not any(w.tag.startswith("NN") or w.tag == "PRP" for w in subject):
            continue
        return m
    return None


# ", with a further 480 troops due to follow through X next week", ", with another 300
# expected to arrive from Y": more of the force told after the first group's movement is no part
# of it (its count, origin and way are its own), and with a verb of its own it is a movement of
# its own, with its own status; cut even with no verb ("due to follow"), as a consequence is
# (and a number with "more": ", with 2,000 more expected to reach the state by Friday", read68)
_WITH_MORE = _PATTERNS.compile(r",\s+with\s+(?=(?:a\s+further|another|an\s+additional|a\s+second|a\s+third|further|"
                               r"the\s+rest|the\s+remaining|the\s+remainder|(?:some\s+|about\s+|around\s+)?[0-9][0-9,]*\s+more)\b)", re.I)
# (and a count of others the movement adds to: "has sent another 1,500 soldiers to Russia, adding
# to some 11,000 deployed last year to the Kursk region", ", on top of the 800 sent in May": the
# earlier force is counted and placed by its own words, a movement of its own (or presence), and
# its places and date are none of the new one's; cut even with no verb of its own)
_ADDING_TO_COUNTED = _PATTERNS.compile(r",\s+(?:adding\s+to|on\s+top\s+of|in\s+addition\s+to)\s+(?=(?:the\s+|some\s+|about\s+|"
                                       r"around\s+|nearly\s+|roughly\s+|an\s+estimated\s+|more\s+than\s+|over\s+)?[0-9])", re.I)


# "... moved to Kupiansk on Monday and said the road from Izium was open", "... ordered the
# carrier to X and said six bombers would deploy to Y": what the mover said after its movement is
# a clause of its own; its places are no ends of the movement, and a movement it tells has its own
# what and status (cut always, as a consequence is)
_AND_SAID = _PATTERNS.compile(r"\s+and\s+(?:said|says|added|adds|announced|stated|confirmed|reported)\s+(?:that\s+)?", re.I)


# a report of another movement after the first one's: "X moved from A to B, according to
# bloggers, who also reported that reinforcements arrived in C from D" (the cut needs a
# movement verb on each side, as every join here does)
# (and the participle of saying after a comma: "X pushed toward A, the ministry said, adding
# that its own units had pulled back from B": a second thing said, with a subject of its own,
# as after "added that"; read46)
# (and a relative clause of the source with a verb of saying and no "that": "..., according to
# the TNLA, which said its fighters entered Hsipaw on Tuesday"; read62. Not when what it says
# refers back, "the" or a pronoun: "..., according to the governor, who said the guns had come
# from X" tells the same movement's origin, read50)
_REPORTED_THAT = _PATTERNS.compile(r"\b(?:said|reported|added|claimed|confirmed|stated|announced|wrote)\s+that\s+"
                                   r"|,\s+(?:adding|saying|noting|stating|claiming|reporting)\s+that\s+"
                                   r"|,\s+(?:which|who)\s+(?:also\s+|later\s+)?(?:said|says|reported|added|claimed|stated|announced|wrote)\s+(?!(?:that|the|they|it|these|those)\b)"
                                   # (but what it says of them with a modal is a move still to come, of its own:
                                   # "..., according to the ministry, which said the units would return to X"; read84)
                                   r"|,\s+(?:which|who)\s+(?:also\s+|later\s+)?(?:said|says|added|stated|announced)\s+"
                                   r"(?=(?:the|they|it|these|those)\b(?:\s+[\w'’-]+){0,3}?\s+(?:" + PLANNED_AUX + r"))"
                                   # (and a denial of what others said, its words kept in the clause cut off, whose
                                   # status they make: ", denying reports that troops had been moved from X", read.denied_after)
                                   r"|,\s+" + DENIED_AFTER
                                   # (and a second state or group that says it moved a force of its own: "Guyana
                                   # sent a company to X, and Brazil said it had reinforced Y with ...", s25)
                                   + r"|,\s+and\s+(?=(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s+(?:said|says|announced|reported|"
                                   r"confirmed|added|claimed|stated)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they)\s)", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_REPORTED_THAT_GATE = Gate(_REPORTED_THAT, ("added", "adding", "announced", "claimed", "claiming", "confirmed", "denying", "dismissing", "disputing", "noting", "refuting", "rejecting", "reported", "reporting", "said", "saying", "says", "stated", "stating", "that", "wrote"))


# a second thing said whose subject is a noun of moving: ", and that the deployment of ..."
_AND_THAT_NOUN_OF_MOVING = _PATTERNS.compile(
    r",?\s+and\s+that\s+(?=(?:the|a|an|its|their)\s+(?:(?:planned|proposed|announced|promised)\s+)?(?:"
    + "|".join(sorted(map(re.escape, _NOUN_TRIGGERS), key=len, reverse=True)) + r")\s+of\b)", re.I)


def said_noun_of_moving_joins(text: str, s: int, e: int, verbs_in) -> list[re.Match]:
    """Where a second thing said opens with a noun of moving, after a verb of moving in the same
    sentence: "NATO said it would move a battalion from A to B, | and that the deployment of jets
    to C, planned for October, had been postponed" -- its own movement (the jets, C), not a
    second end of the battalion's (s34m)."""
    if "that" not in text[s:e]:
        return []
    return [m for m in _AND_THAT_NOUN_OF_MOVING.finditer(text, s, e) if verbs_in(s, m.start())]


# a coordinator or subordinator that may open a clause of its own: "..., and the trucks drove
# from A to B", "... while a second battalion marched from A to B"
# (and the second of two things said: "said X had left A and that Y had reached B")
# ("whilst" as "while", the British spelling: "Talks went on in A whilst RSF units withdrew from B
# to C", s50 read144)
_JOINER = _PATTERNS.compile(r"(?:,\s*|\s+)(?:and\s+that|and|while|whilst|whereas|but|and\s+meanwhile|while\s+meanwhile)\s+", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_JOINER_GATE = Gate(_JOINER, ("and", "but", "that", "whereas", "while", "whilst"))
# the joiner of two clauses after one with no verb of movement: a comma and "and" alone
_COMMA_AND = _PATTERNS.compile(r",\s*and\s+", re.I)
# the tags a subject's words may have: determiners, numbers, adjectives, nouns, possessives, a
# participle or a preposition after its head ("40 trucks carrying troops", "units from X")
_SUBJECT_TAGS = frozenset(("DT", "PDT", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP$", "POS",
                           "VBG", "VBN", "IN", "TO", "PRP", "RB"))
# words between a subject and its verb: auxiliaries, modals and adverbs of time or manner
# (and the words of a plan before an infinitive: "and a further 150 police officers are due to
# arrive in Y", "are expected to reach Z": the second clause's own subject and verb, with their
# own status; Papua probe, s25)
# (and a passive of sighting before the -ing verb it tells: "and additional artillery was observed
# arriving on islands off X", the subject ends before it, as _finite reads the verb)
_BEFORE_VERB = _PATTERNS.compile(r"(?:\s+(?:had|has|have|were|was|is|are|be|been|being|will|would|could|did|does|do|not|never|also|then|later|"
                                 r"reportedly|meanwhile|themselves|itself|\w+ly|(?:due|expected|set|scheduled|planned|likely|about)\s+to|"
                                 + SIGHTING_PARTICIPLES + r"))*\s*$", re.I)
_TIME_NOUN = _PATTERNS.compile(WEEKDAY_NAMES + r"|morning|evening|night|afternoon|day|days|"
                               r"week|weeks|weekend|month|months|year|years|hours?|minutes?|dawn|dusk|noon|midnight|"
                               r"today|yesterday|tonight|later|" + MONTH_NAMES + r"|[0-9]{1,4}(?:st|nd|rd|th)?|next|following|same|"
                               r"one|two|three|four|five|six|several|few", re.I)
# a relative clause after a name: ", where ...", ", which ...", ", whose ..." (the name is
# checked by case: a place, most often; the reader gives it its role)
# (and ", from where ...", ", whence ...": the place is where the clause's move leaves from)
# (and set off from its clause by a source: ", from where, according to three sources, materiel was
# transported ...": _SOURCE_ASIDE, s25)
# (and ", from which ...": "moved into positions near X, from which Russian peacekeepers had
# withdrawn a week earlier" tells the peacekeepers' own move out of X, read80)
_RELATIVE_JOIN = _PATTERNS.compile(r",\s*(?P<rel>where|which|whose|from\s+where|from\s+which|whence)(?:\s+|,\s+(?=according\s+to\b))", re.I)
_SOURCE_ASIDE = _PATTERNS.compile(r"according\s+to\s+[^,;.]{1,80},\s*", re.I)
# (a name's last word may open with an Arabic article or particle in lower case: "to Deir ez-Zor,
# from where ...", "Ras al-Ain", "Deir el-Balah", read80)
_NAME_BEFORE = _PATTERNS.compile(r"(?:^|\s)(?:(?-i:[a-z]{1,3})-)?(?-i:[A-Z])[\w'\u2019-]*$")
_OBJECT_PRONOUN = _PATTERNS.compile(r"\s+(?:\w+ly\s+)?(?:it|them|him|her)\b", re.I)
# participles that describe a force's equipment or kind before its noun ("armoured vehicles")
_EQUIPMENT_PARTICIPLES = frozenset(("armoured", "armored", "mechanised", "mechanized", "motorised", "motorized",
                                    "tracked", "wheeled", "unmanned", "uniformed", "masked", "armed", "mounted"))
_QUANTIFIER_WORDS = frozenset(("about", "around", "some", "nearly", "almost", "roughly", "over", "only", "just"))
# the qualifiers of a count of several words, before the number
_COUNT_QUALIFIER = _PATTERNS.compile(r"\s*(?:at\s+least|at\s+most|more\s+than|fewer\s+than|less\s+than|up\s+to|as\s+many\s+as)\s+"
                                     r"(?=[\d,]+\b|(?:two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens|hundreds)\b)", re.I)


# the passives of a sighting: "were filmed heading toward X", "was seen moving" (the -ing form
# after one is the clause's verb; the subject ends before it: clauses._before_sighting)
# (SIGHTING_PARTICIPLES: lexicon.json sighting_participles, one list with read.could_be_seen's)


def _finite(text: str, s: int, verb: re.Match) -> bool:
    """Is a movement verb finite, not a participle that describes a noun ("vehicles transporting
    troops")? A form in -ing only after an auxiliary ("were moving"), or after a passive of
    seeing, the verb the sighting tells ("were filmed heading toward X", "was seen moving")."""
    if not verb.group(0).lower().endswith("ing"):
        return True
    # (the sighting's place and day may stand between: "were filmed on the highway south of X on
    # Saturday heading toward Y", no comma)
    return bool(_recompile(r"\b(?:is|are|was|were|be|been)\s+(?:\w+ly\s+)?(?:" + SIGHTING_PARTICIPLES +
                           r"\b[^,;:.]{0,60}?\s+)?$", re.I).search(text[max(s, verb.start() - 110):verb.start()]))


# a day's number right after a month's name ("March 4"): the month is no verb "march"
_DAY_AFTER = _PATTERNS.compile(r"\s+[0-9]{1,2}(?![0-9])")


def _own_subject_joins(text: str, s: int, e: int, verbs: list, verb_starts: list[int]) -> list[re.Match]:
    """Where a clause with a subject and a movement verb of its own is joined to the one before
    it ("Soldiers were flown from A to B, and the trucks drove from C to D"; "... while a
    second battalion marched from C to D"): the second clause tells its own movement, with
    its own actor, count and ends, and its places never join the first one's route. The
    words between the joiner and the next movement verb must read as a noun phrase (by their
    parts of speech): a head noun or pronoun, and no verb, comma or coordinator of their own
    ("left A and B and arrived in C" has none: one subject, one route). A relative clause
    after a name (", where a second battalion arrived from C", ", which rebels had left for
    D") with a subject and a movement verb of its own is cut the same way (its place, the
    name before it, is given its role by _Reader._relative_antecedent)."""
    # (the verb triggers by start: the first finite one of the sentence, and the first after
    # each joiner, by bisection; an endless sentence of "and"s stays linear)
    lo, hi = bisect.bisect_left(verb_starts, s), bisect.bisect_left(verb_starts, e)
    # (a past participle that opens the sentence is no finite verb: "Pulled from A, the brigade
    # was sent to B" is one clause, read.fronted_participle)
    fronted = lo if lo < hi and verbs[lo].end() <= e and opens_with_participle(
        text, s, verbs[lo], verbs[lo + 1].start() if lo + 1 < hi else None) else None
    # (nor a dateline's month: "SZCZECIN, March 4 - Around 1,000 soldiers and 300 vehicles crossed"
    # is one clause, s32m)
    first_finite = next((t.start() for k, t in enumerate(verbs[lo:hi], lo) if t.end() <= e and _finite(text, s, t)
                         and k != fronted and not (names_a_month(t.group(0)) and _DAY_AFTER.match(text, t.end()))), None)
    if first_finite is None:
        return []

    def next_verb(at: int):
        k = bisect.bisect_left(verb_starts, at, lo, hi)
        return verbs[k] if k < hi and verbs[k].end() <= e else None
    out = []
    for m in _JOINER_GATE.finditer(text, s, e):
        if first_finite < m.start() and _subject_then_verb(text, m, e, next_verb(m.end())):
            out.append(m)
    # (a month's name is no verb before a comma alone: "On March 1, 2020, 3 troops moved")
    first_verb = next((t.start() for k, t in enumerate(verbs[lo:hi], lo) if t.end() <= e and _finite(text, s, t)
                       and not names_a_month(t.group(0)) and k != fronted), None)
    for m in comma_splices(text, s, e):
        # ("A withdraw from X, B arrive in Y": a comma alone between two clauses, read.comma_splice)
        if first_verb is not None and first_verb < m.start() and not any(j.start() <= m.start() < j.end() for j in out) \
                and _subject_then_verb(text, m, e, next_verb(m.end())):
            out.append(m)
    # (before a relative clause any verb of moving will do, a participle too: "regrouped in A
    # after withdrawing from B, which government troops entered on Sunday", s34m; the first
    # verb of the clause, no later than its first finite one)
    first_any = verbs[lo].start()
    for m in _RELATIVE_JOIN.finditer(text, s, e):
        if presence_aside_of_place_left(text, m.start(), s, e):
            continue  # ("withdrew from A, where they had been deployed since May, to B": one clause, read.place_relative_aside)
        if first_any < m.start() and _NAME_BEFORE.search(text, max(s, m.start() - 40), m.start()) \
                and _subject_then_verb(text, m, e, next_verb(m.end())):
            out.append(m)
    afters = after_joins(text, s, e)
    # (not where the verb before "after" is a participle describing the subject and the main verb
    # comes after the phrase: "Soldiers airlifted to A after Sunday's attack | were then sent on
    # to B", read.reduced_relative)
    main_later = reduced_relative_cut(text, s, e, [t for t in verbs[lo:hi] if t.end() <= e]) if afters else None
    for m in afters:
        # ("moved into A on Wednesday after the Russian unit withdrew to B": read.after_clause)
        if first_finite < m.start() and not any(j.start() <= m.start() < j.end() for j in out) \
                and not (main_later is not None and main_later > m.start()) \
                and _subject_then_verb(text, m, e, next_verb(m.end())):
            out.append(m)
    for m in colon_joins(text, s, e):
        # ("rotated out of A this week: 750 soldiers were flown to B", read.colon_clause)
        if first_finite < m.start() and _subject_then_verb(text, m, e, next_verb(m.end())):
            out.append(m)
    return out


def _still_clause_joins(text: str, s: int, e: int, verbs: list, verb_starts: list[int]) -> list[re.Match]:
    """The ", and" before the sentence's first verb of movement that ends a clause of its own
    with no such verb ("The column had 40 tanks, | and a second column of 12 trucks moved from
    A to B") where a subject and a finite verb of movement follow (read.still_clause_and)."""
    k = bisect.bisect_left(verb_starts, s)
    if k >= len(verbs) or verbs[k].start() >= e:
        return []
    first = verbs[k]
    m = _COMMA_AND.search(text, s, first.start())
    if m is None:
        # ("Some of the troops stayed in A while the rest moved on to B": a bare "while" or
        # "whereas" ends the clause of staying as ", and" does, read.part_stayed)
        m = bare_contrast_join(text, s, first.start())
    if m is None or not still_clause_before(text, s, m.start()) or not _subject_then_verb(text, m, e, first):
        return []
    return [m]


def _participle_as_adjective(words: list) -> bool:
    """Is the first word a participle that describes the noun after it ("armoured vehicles",
    "mechanised units"): the subject's adjective, not a verb phrase of the same subject going
    on ("and moved vehicles")? The tagger calls both VBN, so the word decides: only the
    participles of a force's equipment or kind (_EQUIPMENT_PARTICIPLES), before a plural noun."""
    return len(words) >= 2 and words[0].text.lower() in _EQUIPMENT_PARTICIPLES and words[-1].tag in ("NNS", "NNPS")


# a part of the group told before, by a pronoun: "some of them", "most of them", "two of them"
# (a clause of its own: the part went on from where the group got to, a next leg; GUIDELINES:
# a route is split where the force got somewhere and afterwards set off again)
_PART_OF_THEM = _recompile(r"(?:some|part|most|many|several|one|two|three|half)\s+of\s+them"
                           r"|some|most|many|several", re.I)  # (the whole subject: "some were then flown on")
# ... told as going on later, after the group got there ("were then flown on", "drove on the next
# day"); without it ("left A for B and some of them continued to C") the part carries the one
# route on, as before (golden shared-mover-some-of-them)
_LEFT_AGAIN_LATER = _recompile(r"\b(?:then|later|afterwards|subsequently|the\s+(?:next|following)\s+(?:day|morning|week)|"
                               r"(?:a|one|two|three|several|a\s+few)\s+(?:days?|hours?|weeks?)\s+later)\b", re.I)


# words that open a subordinate clause: a subject read across one is two clauses' words
# (and the subordinators of time: "sent 2,000 soldiers and police to X on Friday after a riot left
# 31 inmates dead" -- "police ... after a riot" is the object's list and a time clause, no subject)
_SUBORDINATORS = frozenset(("as", "while", "whilst", "whereas", "when", "because", "although", "though", "after", "before",
                            "until", "once"))


# the words that make a bare number a count of more of the same ("another 500", "a further 300",
# "500 more"), not a year or a time
_MORE_BEFORE = frozenset(("another", "further", "additional", "extra"))


def _more_counted(words: list) -> bool:
    """Is a number among the subject's words a count of more people ("and another 500 arrived
    in B", "and 500 more arrived")? Then it is the head of a subject of its own, not a word of
    time ("and 2,000 ..." alone stays one, as "in 2020" may be).

    why: "sent 1,500 troops to A on Saturday, and another 500 arrived in B on Sunday" was one
    clause: the second group took the first one's count and day (GUIDELINES: another group, a
    different date make a new movement)."""
    return any(w.tag == "CD" and ((k and words[k - 1].text.lower() in _MORE_BEFORE)
                                  or (k + 1 < len(words) and words[k + 1].text.lower() == "more"))
               for k, w in enumerate(words))


# ", with" opening an absolute clause earlier in the sentence (no sentence end between): "...,
# with the incoming troops arriving in A and the outgoing battalion returning to B"
_WITH_ABSOLUTE_BEFORE = _PATTERNS.compile(r",\s+with\s+[^.;!?]{3,160}$", re.I)


def _second_absolute(text: str, join: re.Match) -> bool:
    """Is ``join`` an "and" inside an absolute clause opened by ", with" ("..., with the incoming
    troops arriving in A and the outgoing battalion returning to B")? Then the subject and the
    participle after it are a second absolute clause, of another group, not "and troops moving":
    the two groups moved apart.

    why: a rotation told so gave the outgoing battalion the count and what of the whole rotation
    and no movement of its own (probes of my own, s27r)."""
    return "and" in join.group(0).lower() and _WITH_ABSOLUTE_BEFORE.search(text, max(0, join.start() - 160), join.start()) is not None


def _subject_then_verb(text: str, m: re.Match, e: int, verb: re.Match | None) -> bool:
    """After the joiner ``m``: a subject of its own (a noun phrase by its tags) and then
    ``verb``, the first movement verb after it, finite. (The caller checks that a finite
    movement verb stands before the joiner too: "vehicles transporting troops and trucks
    carrying arms departed" has one subject.)"""
    if verb is None or verb.start() - m.end() > 120:
        return False
    opens = after_time_opener(text, m.end())  # ("and in late October an Irish company ...": read.time_opener)
    if (source := _SOURCE_ASIDE.match(text, opens)) is not None:
        opens = source.end()  # (", from where, according to three sources, materiel was ...")
    # (a quotation that opens at the verb: 'and that they had "returned to X"', wire copy quoting
    # an official's words from the predicate on: read.quoted_predicate)
    between = without_opening_quote(text[opens:verb.start()])
    if (relative := subject_before_relative(between)) is not None:
        # ("and the commando battalion that had completed its training in A was dispatched to B":
        # the noun phrase before the relative clause, read.relative_subject)
        subject, aux_words = relative
    else:
        aux = _BEFORE_VERB.search(between)
        subject = between[:aux.start()] if aux else between
        aux_words = aux.group(0) if aux else ""
    if not subject.strip() or len(subject) > 80 or _recompile(r"[,;:()]").search(subject):
        return False
    if _PART_OF_THEM.fullmatch(subject.strip()) and not verb.group(0).lower().endswith("ing") \
            and _LEFT_AGAIN_LATER.search(text, m.end(), e):
        return True  # "..., and some of them were then flown on to Y": a part that went on later (read50)
    # (a count's qualifier opens a subject as "about" does: "and at least four Su-30 fighters
    # were relocated"; a designator's hyphen is inside one word, s25)
    qualified = _COUNT_QUALIFIER.match(subject)
    words = analyse(text, opens + (qualified.end() if qualified else 0), opens + len(subject))
    words = [w for w in words if w.text != "-"]
    if not words or len(words) > 10:
        return False
    first = words[0]
    if first.tag in ("IN", "TO", "RB", "VBG", "VBN") and first.text.lower() not in _QUANTIFIER_WORDS \
            and not _participle_as_adjective(words):
        return False  # "and from there drove", "and then moved": the same subject goes on
    if first.tag == "PRP" and first.text.lower() not in ("they", "it"):
        return False
    if any(w.tag not in _SUBJECT_TAGS or (w.tag == "RB" and w.text.lower() not in _QUANTIFIER_WORDS)
           or w.text.lower() in ("and", "or", "nor", "then", "there") for w in words):
        return False
    if any(w.text.lower() in ("its", "their") or (w.text.lower() in ("them", "it") and k and words[k - 1].text.lower() == "of")
           for k, w in enumerate(words)) and not _OFFICIAL_TITLE.fullmatch(subject.strip()):
        # "and its vehicles reached Y", "and all of it": the mover told before; but not its
        # officer by title, a person of its own ("after its commander arrived from X", s33 read89)
        return False
    if any(w.text.lower() in _SUBORDINATORS and not (k and words[k - 1].text.lower() == "such") for k, w in enumerate(words)):
        # "deployed in A and B on Monday as Israeli forces withdrew": the subordinate clause
        # opens at "as", and "B on Monday" is the list's last member, no subject (s24)
        return False
    heads = [w for w in words if w.tag.startswith("NN") or w.tag in ("PRP", "CD")]
    if adjective_is_head(words):  # "while the outgoing contingent flew": its head (read.adjective_head)
        heads.append(words[-1])
    if not heads or (all(_TIME_NOUN.fullmatch(w.text) for w in heads) and not _more_counted(words)
                     and not rest_counted(words)):
        # ("while the remaining 300 pushed on": the rest of the force, counted, read.part_stayed)
        return False  # "and the next day moved on", "and two days later headed": words of time
    if words[-1].tag in ("IN", "TO", "DT", "PRP$"):
        return False
    if verb.group(0).lower().endswith("ing") and not aux_words.strip() and not _second_absolute(text, m):
        return False  # "and troops moving ...": no finite verb
    if _OBJECT_PRONOUN.match(text, verb.end(), e) and not is_join(verb):
        # "..., and gendarmes on motorbikes escorted it to X": what moved is the first clause's
        # subject, taken on by the second; one movement, not two (but "and a destroyer joined
        # them off X": the group joined, the destroyer moved, read.joined_at_place)
        return False
    return True
# a clause of what others reported or saw, the reason for the movement told before it
# ("were deployed to A after residents reported armed men near X", "after reports of gunmen in
# X", "when villagers said ..."): a place in it is no end of the movement
_OTHERS_REPORT = _PATTERNS.compile(r"\b(?:after|when|because|as)\s+(?:(?:local|frightened|several|some|many)\s+)?"
                                   r"(?:residents|locals|villagers|witnesses|farmers|inhabitants|parents|traders|"
                                   r"fishermen|families|people|community\s+leaders)\s+(?:had\s+)?"
                                   r"(?:reported|said|saw|spotted|complained|denounced|told|warned|alerted)\b|"
                                   r"\b(?:after|following|amid)\s+(?:(?:several|repeated|local|new)\s+)?"
                                   r"(?:reports|sightings|complaints|warnings)\s+(?:of|that)\b", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_OTHERS_REPORT_GATE = Gate(_OTHERS_REPORT, ("community", "complaints", "families", "farmers", "fishermen", "inhabitants", "locals", "parents", "people", "reports", "residents", "sightings", "traders", "villagers", "warnings", "witnesses"))


# ... or of how the threat it answers grew, with a subject of its own ("deployed 300 soldiers to
# X, as attacks by militants spread south from Burkina Faso", "amid fighting that escalated near
# Y"): where the threat came from is no end of the movement either (s25)
_EVENT_CLAUSE = _PATTERNS.compile(r",\s+(?:as|while|amid|after)\s+(?:[\w'’-]+\s+){1,8}?(?:(?:have|has|had)\s+)?"
                                  r"(?:spread|spreads|spreading|escalated|escalates|escalating|intensified|intensifies|"
                                  r"grew|grows|growing|mounted|mounts|flared|raged|rages|spilled|spills|spilling|"
                                  r"worsened|surged|erupted)\b", re.I)


# ... or of the fighting it answers, by its noun ("deployed to Adre after clashes across the border
# in Sudan", "amid heavy fighting near X"): where they fought, no end or place passed of the
# movement (GUIDELINES: fighting is no movement), though "across" stands before it
_FIGHTING_BEFORE = _PATTERNS.compile(r"\b(?:after|amid|following)\s+(?:(?:heavy|fierce|renewed|deadly|intense|recent|fresh|"
                                     r"new|several|repeated|cross-border)\s+){0,2}(?:clashes|fighting|attacks|shelling|"
                                     r"battles|skirmishes|raids|airstrikes|air\s+strikes)\b", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_FIGHTING_BEFORE_GATE = Gate(_FIGHTING_BEFORE, ("attacks", "battles", "clashes", "fighting", "raids", "shelling", "skirmishes", "strikes"))


def _others_report_before(text: str, verb_end: int, at: int) -> bool:
    """Is a clause of what others reported (_OTHERS_REPORT), of how the threat grew
    (_EVENT_CLAUSE), or of the fighting it answers (_FIGHTING_BEFORE), told between the
    movement's verb and ``at``?"""
    return at > verb_end and (_OTHERS_REPORT_GATE.search(text, verb_end, at) is not None
                              or _EVENT_CLAUSE.search(text, verb_end, at) is not None
                              or _FIGHTING_BEFORE_GATE.search(text, verb_end, at) is not None)


_WORD_CHAR = _PATTERNS.compile(r"\w")


def _starts_mid_word(text: str, at: int) -> bool:
    """Does ``at`` fall between two word characters? Only there can a search that stops at
    ``at`` find what a longer one does not: each of the three patterns ends in a word and
    ``\\b``, and a search cut at ``at`` reads the end of the text as a boundary."""
    return _WORD_CHAR.match(text, at - 1) is not None and _WORD_CHAR.match(text, at) is not None


class OthersReportBefore:
    """``_others_report_before(text, verb_end, at)`` for the places of one clause, asked with
    one verb: the search from the verb to each place made a clause listing a thousand places
    ("moved to A, B, C, ...") cost the square of its length.

    Why a bisection gives the same answers: the patterns look at no character past the end of
    a match but through the ``\\b`` that closes each, after a word. So, for an ``at`` not inside
    a word, a match stopping at ``at`` is one of the whole text ending by ``at``; the answer is
    False up to some place and True from there on, and that place is found by bisecting the
    clause's places (a few searches instead of one a place). An ``at`` inside a word is
    searched as before. ``ats``: every offset the clause may ask about (others are searched)."""

    __slots__ = ("text", "verb_end", "ats", "last_false", "first_true")

    def __init__(self, text: str, verb_end: int, ats: list[int]):
        self.text, self.verb_end, self.ats = text, verb_end, ats
        self.last_false: int | None = None  # (bisected on the first question)
        self.first_true: int | None = None

    def _bisect(self) -> None:
        text, verb_end = self.text, self.verb_end
        asked = sorted({a for a in self.ats if a > verb_end and not _starts_mid_word(text, a)})
        lo, hi = 0, len(asked)
        while lo < hi:  # (the first place with such a clause before it)
            mid = (lo + hi) // 2
            if _others_report_before(text, verb_end, asked[mid]):
                hi = mid
            else:
                lo = mid + 1
        self.last_false = asked[lo - 1] if lo > 0 else verb_end
        self.first_true = asked[lo] if lo < len(asked) else None

    def __call__(self, at: int) -> bool:
        if at <= self.verb_end:
            return False
        if _starts_mid_word(self.text, at):
            return _others_report_before(self.text, self.verb_end, at)
        if self.last_false is None:
            self._bisect()
        if at <= self.last_false:
            return False
        if self.first_true is not None and at >= self.first_true:
            return True
        return _others_report_before(self.text, self.verb_end, at)  # (between the two: not one of ``ats``)
# the nouns of each kind of force (lexicon.json force_kinds), longest first, a pair's words apart
# by any white space
_KIND_NOUNS = "|".join(w.replace(" ", r"\s+") for w in sorted(
    {*FORCE_KINDS["regular"], *FORCE_KINDS["service_people"], *FORCE_KINDS["irregular"], *FORCE_KINDS["irregular_pairs"]}, key=lambda w: (-len(w), w)))
# "..., a day after Armenian forces left the town": a clause of its own with another force for
# subject (a participle, "after leaving X", is the same subject's and stays in its clause)
_OTHER_FORCE_AFTER = _PATTERNS.compile(
    r",?\s+(?:(?:a|one|two|three|several|some|just|only|shortly|soon|hours|days|weeks)\s+(?:(?:day|days|hours?|weeks?)\s+)?)?"
    r"(?:after|before|when|once)\s+(?="
    # (one craft or unit of another force, by its article and its flag: "after a Chinese Y-9
    # patrol plane flew into X", "before a Russian unit arrived in Y"; the subject's own craft
    # is told by "it" or "the", never so)
    r"(?:a|an)\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:[a-z-]+\s+){0,2}(?i:unit|battalion|brigade|convoy|column|warship|"
    r"frigate|destroyer|submarine|corvette|vessel|ship|boat|cutter|plane|aircraft|jet|bomber|helicopter|tanker)\s|"
    # (a count's qualifier first: "after more than 200 migrants arrived from X")
    r"(?:(?:more\s+than|at\s+least|about|around|nearly|over|up\s+to)\s+)?"
    r"(?:(?:the|two|three|four|five|six|seven|eight|nine|ten|several|some|[\d,]+)\s+)?"
    r"(?:(?:[A-Z][\w'’-]*\s+){0,3}(?:[a-z-]+\s+)?(?i:" + _FORCE_NOUN + r"|"
    # (and the nouns of each kind of force, a state's and an armed group's members: "after Armenian
    # border guards left the town", "after cartel gunmen crossed into X", s28m; lexicon.json
    # force_kinds, one list with read.force_kinds': s32-tidy50-*)
    + _KIND_NOUNS + r"|convoys|columns|"
    # (and people who are no force at all, whose own movement is no part of the force's route:
    # "Police moved from A to B after gangs entered C", "... after residents fled D", s30m)
    r"residents|civilians|villagers|refugees|protesters|demonstrators|migrants|families|"
    # (a navy's or an air force's: "after five Chinese warships were spotted moving through X"; the
    # warships, frigates, destroyers and submarines among _FORCE_NOUN's)
    r"vessels|helicopters|warplanes|jets|"
    # (and the plain plurals of craft: "after Chinese ships entered Japanese waters", "after
    # Russian bombers entered its air defence zone", read86)
    r"ships|boats|cutters|bombers|planes|aircraft|drones)\b"
    # (or a group by its initials, then its verb: "after the RSF withdrew towards X"; the
    # force noun capitalised in a group's name: "after the Rapid Support Forces withdrew")
    r"|[A-Z][A-Z0-9]{1,5}\s+(?:had\s+|have\s+|has\s+)?[a-z]+(?:ed|drew|left|went|fled|took|came)\b))")
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_OTHER_FORCE_AFTER_GATE = Gate(_OTHER_FORCE_AFTER, ("after", "before", "once", "when"))
# clauses joined without contrast of who moves: "..., but ...", "...; ..." (each its own status)
# and "... but were blocked ..." without a comma; a clause of hope or aim opens its own clause,
# its infinitive then reads as intent ("..., hoping to push on to X": X is where they meant to go)
_CLAUSE_JOIN = _PATTERNS.compile(r",\s+but\s+|;\s+|:\s+(?!\d)"
                                 # ", hours after the Guyanese government said it had sent 150 soldiers to X":
                                 # a time clause with a subject of its own (not "hours after arriving"), read51
                                 r"|,\s+(?:hours|days|weeks|minutes|moments|(?:a|one|two|three|four|five|several|a\s+few)\s+"
                                 r"(?:hours?|days?|weeks?))\s+(?:after|before)\s+(?!\w+ing\b)"
                                 r"|\s+but\s+(?=(?:were|was|had|have|has|are|is|they|it|then|later|instead)\b)"
                                 r"|,?\s+(?=(?:hoping|aiming|seeking|intending|planning|trying|attempting)\s+to\b)"
                                 # ", and federal troops withdrew from X": a coordinated clause with a force of
                                 # its own for subject ("a delegation flew to X for talks, and troops withdrew
                                 # from Y": the first clause's subject is no force, the second's is)
                                 r"|,\s+(?:and|while|but)\s+(?=(?:the\s+|some\s+|about\s+|\d[\d,]*\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}"
                                 # (the force nouns of _OTHER_FORCE_AFTER: lexicon._FORCE_NOUN's and lexicon.json force_kinds')
                                 r"(?:(?-i:[a-z])[a-z-]*\s+)?(?:" + _FORCE_NOUN + r"|" + _KIND_NOUNS + r"|convoys|columns)\s+"
                                 r"(?:(?:had|has|have|were|was|also|then|later|reportedly)\s+)*"
                                 r"(?-i:[a-z]+ed|left|went|came|drove|flew|sent|rode|swept|withdrew)\b)", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_CLAUSE_JOIN_GATE = Gate(_CLAUSE_JOIN, (":", ";", "after", "aiming", "and", "attempting", "before", "but", "hoping", "intending", "planning", "seeking", "trying", "while"))
# verbs that tell a force got somewhere (not "coming", "deployed": those tell no stop)
_ARRIVED = GOT_THERE
# a force unloaded, in the passive: "The tanks were unloaded at Yelsk and moved by road toward
# X" got to Yelsk by rail, a leg of its own (not "unloaded rice ... and then left": the active
# tells a cargo put ashore, the subject's arrival told before, s33m)
_UNLOADED_PASSIVE = _PATTERNS.compile(r"\b(?:were|was|been|being|are|is)\s+(?:\w+ly\s+)?$", re.I)


def _unloaded(text: str, trigger: re.Match) -> bool:
    return _stem(trigger.group("verb")) in ("unload", "offload") and \
        _UNLOADED_PASSIVE.search(text, max(0, trigger.start() - 20), trigger.start()) is not None


# a relative clause right after its noun: "soldiers who arrived ...", "units that had reached ..."
# (past a passive's auxiliaries too: "soldiers who were deployed to X last year", read68)
_WHO_VERB = _PATTERNS.compile(r"\b(?:who|that)\s+(?:had\s+|have\s+|has\s+)?(?:been\s+|were\s+|was\s+)?(?:\w+ly\s+)?(?P<verb>\w+)", re.I)
_WHO_VERB_GATE = Gate(_WHO_VERB, ("who", "that"))  # (a clause with neither is not searched: read.gates)
# "... and then", "..., and later": where a second verb phrase of the same subject starts
_AND_THEN = _PATTERNS.compile(r",?\s+and\s+(?:then\s+|later\s+|soon\s+|afterwards\s+)?", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_AND_THEN_GATE = Gate(_AND_THEN, ("and",))
# a passive's auxiliary before the second verb phrase: "landed at A and were (then) driven to B"
_PASSIVE_AUX = _PATTERNS.compile(r"(?:were|was|are|is|(?:had|have|has)\s+been)\s+(?:then\s+|later\s+|soon\s+|afterwards\s+|now\s+)?", re.I)


# a plan's words before the second verb phrase: "reached A and is expected to continue to B"
_PLANNED_AUX = _PATTERNS.compile(r"(?:(?:is|are|was|were)\s+(?:expected|due|set|scheduled|planned|likely)\s+to|will|"
                                 r"plans?\s+to|intends?\s+to)\s+(?:then\s+|later\s+|soon\s+)?(?:be\s+)?", re.I)


# "crossed into A": the far side of the crossing reached, as "entered A"
_INTO_AFTER = _PATTERNS.compile(r"\s+(?:back\s+)?into\b", re.I)


def _crossed_into_then_back(text: str, crossed: re.Match, verb: re.Match) -> bool:
    """"crossed into A on Monday and later returned to B": the force got into A and left it
    again, going back (way_back.goes_back); two legs, as after an arrival ("landed at A and drove
    to B"). "crossed into A and drove on to C" is one movement through A, and stays one.

    why: the crossing and the return were one route, A as a place passed (Kyrgyz -> [Tajikistan]
    -> Batken), or A was lost (probes of my own)."""
    return _stem(crossed.group("verb")) == "cross" and _INTO_AFTER.match(text, crossed.end()) is not None \
        and goes_back(text, verb)


# a word of later time after "and" (or its passive's auxiliary): "and later", "and were later"
# (not "then": "flew to A and was then moved by road to B" goes on through A, r37)
_LATER_AFTER_AND = _PATTERNS.compile(r"\s*(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:later|subsequently|afterwards|eventually)\b", re.I)
_LATER_IN_JOIN = _PATTERNS.compile(r"\b(?:later|afterwards)\s*$", re.I)
# a place gone to, named right after "to" or "into", between the first verb and "and"
_TO_A_NAME = _PATTERNS.compile(r"\b(?:to|into)\s+(?:the\s+(?:town|city|village|port)\s+of\s+)?(?-i:[A-Z])", re.I)


def _later_after_getting_to(text: str, verb: re.Match, join: re.Match, e: int) -> bool:
    """Does the verb phrase before "and" (``verb`` its last movement verb) go to a named place,
    and the one after it say it moved later ("and were later evacuated to B", "and afterwards")
    to a named place of its own? (Not "and then": "flew to B and was then moved by road to C"
    goes on through B, r37; nor a way with no named end, "and later drove north".)"""
    later = _LATER_IN_JOIN.search(join.group(0)) or _LATER_AFTER_AND.match(text, join.end())
    return later is not None and _TO_A_NAME.search(text, verb.end(), join.start()) is not None \
        and _TO_A_NAME.search(text, join.end(), e) is not None


def _arrived_before(left: list[re.Match]) -> bool:
    """Does a verb of arriving, told as done, stand among the verbs before "and" ("landed at A",
    not "arriving at A")? Then a movement planned after it goes on from there."""
    return any(_stem(t.group("verb")) in _ARRIVED and not t.group("verb").lower().endswith("ing") for t in left)


def _verb_after_and(text: str, at: int) -> re.Match | None:
    """The movement verb that opens the verb phrase after "and" at ``at``, past a passive's
    auxiliary ("The paratroopers landed at A and were driven to B": the second leg's verb is
    'driven', as 'drove' in "landed at A and drove to B") or a plan's words ("reached A and is
    expected to continue to B": a next leg, planned, that its own clause's status reads --
    not the reported movement's end)."""
    aux = _PLANNED_AUX.match(text, at) or _PASSIVE_AUX.match(text, at)
    return _TRIGGER_RE.match(text, aux.end() if aux else at)


_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)
