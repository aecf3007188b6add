"""Assembly: fragments of clauses become movements through an ordered list of named passes.

Each pass takes the drafts and returns them; :data:`PASSES` is the order. A pass is a
construction of how reports tell a movement, written as a function with its reason.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from ..layout import feature_to_original, mention_to_squeezed, squeeze
from .left_to_another import origin_left_to_another
from .time_opener import STAY_BEFORE
from .state_of_force import state_of_force
from .national_forces import with_home_of_named_force
from .plural_demonym import actor_of_plural_demonym
from ..dates import _AFTER_SPAN_GATE, MONTH_NAMES, WEEKDAY_NAMES, parse_published
from .filed_day import dateline_day
from ..model import make_movement
from ..gazetteer.kinds import split_service
from ..names import name_key
from ..regex_cache import matched_by
from ..relative import BORDER_LINE_WORDS
from .book import PlaceBook, place_book
from ..mentions.capitals import capitals_told, text_capital
from .clauses import _NO_SUBJECT_OPENING, _Reader
from .events import complete_halves as _complete_halves
from .unplaced_end import other_end_unplaced
from .reach import Reach
from .route_after_and import route_after_and
from .corrected_date import day_corrected
from .compass_border import own_side_of_compass_border
from .border_strip import on_own_side
from .two_lists import two_lists_alike, why_paired
from .open_start_leg import arrival_of_open_start
from .followed_on import follows_to_the_end_before
from .on_another_day import went_on
from .relative_leg import main_after_relative_move
from .weeks_later_leg import set_out_weeks_later
from .short_of_aim import reached_short_of_aim
from .aim_not_reached import reached_off_the_aim
from .end_keys import EndKeys
from .events import _ONLY_SHARED_END_GAINS, _actor_words, _states_of, _chain, _join_halves, _merge, _refine_destination, _routes, event_features, same_event
from .sentences_with import sentences_with
from .drafts_told import DraftsBySentence, ReportedEnds
from .lexicon import _AS_DESTINATION, _CLAUSE_BREAK, _DEPARTURE, _DISTINCT, _DISTINCT_GATE, _DESTINATION_TOLD_GATE, _LIST_AND, _NEGATION, _NEGATION_GATE, _SAID_HERE, _SAID_HERE_GATE, _SPEAKER_AT, _SEEN_OFF, _SEEN_OFF_GATE, _WELCOMED_AT, _WELCOMED_AT_GATE, _GROUP_DESCRIBED, _MODAL, _MODAL_GATE, _PART_OF_GROUP, _MET_CUE, _MET_GROUP, _MET_GROUP_GATE, _MET_VERB, _MET_VERB_GATE, _NP_GAP, _PEOPLE, _PEOPLE_GATE, unit_names_people, _MOVER, _MOVER_GATE, _QUOTES, _stem
from .movers import another_mover, relieved_unit, rotation_side_told
from .corrected_place import places_taken_back, retold_correction, with_place_corrected
from .coordination import not_but, with_own_movers, with_respective_movers
from .pronoun_speaker import pronoun_says
from .journey_made import journey_made
from .realised_plan import plan_carried_out, plan_completed
from .stayed_first import stayed_first
from .handover import handed_over
from .opening_contrast import moved_in_where_left
from .in_from_told import destination_moved_in_from
from .in_particle_place import moved_in_where_told
from .part_stayed import origin_where_left_behind, origin_where_part_stayed
from .same_subject_as import origin_where_they_were
from .flight_from import flight_origin_told
from .taking_over_after import moved_in_taking_over
from .force_kinds import draft_kind
from .head_noun import body_named_before, older_named_by_noun
from .driven_force import driven_force
from .unwrap import unwrapped, without_letter_labels
from ..mentions.recase import recased
from .places import SITE_KINDS, _is_border, _km, _place_of, _spec, compatible, contains, on_the_way, same_place, town_of_the_city_s_province
from .weights import JOURNEY_TOLD_BACK_DAYS
from .weights import UNVERIFIED_CLAIM
from .unverified import told_unverified, unverified_why
from .army_of_lede import army_of_lede
from .weights import ARRIVED_FROM_ALIKE_SENTENCES, ARRIVED_FROM_SENTENCES, DESTINATION_TOLD_SENTENCES, DIRECTION_UNSTATED, FAR_NAMESAKE_KM, SAME_SITE_KM, MET_SENTENCES, NEXT_LEG_SENTENCES, ON_THE_WAY_SENTENCES, SEEN_OFF_SENTENCES
from .table_rows import read_table_rows
from .arrow_route import read_arrow_legs
from .another_arrived import another_arrived, followed_by_more
from .on_the_way import arrival_with_way_after
from .same_noun import same_noun_named
from .port_namesake import ship_ends_at_ports
from .state import Fragment, VerbTold, _Draft, ends_of
from .seen_later import end_where_seen_next
from .seat_subject import seat_home
from .added_force import added_group_followed_told
from .joined_them import joined_them_told
from .part_of_group import part_actor_of_group
from .detached_part import detached_part_actor
from .tri_border import one_meeting_of_borders
from .arrived_at_dateline import arrived_at_dateline
from .also_sent import also_sent, also_sent_from
from .arrived_where_told import arrived_where_told
from .welcomed_home import destination_where_families_waited
from .welcomed_before import destination_where_welcomed_home
from .relative_leg_end import origin_where_relative_leg_ended
from .relative_carried import origin_where_carried_to
from .night_before_next_leg import night_before_next_leg
from .journey_retold import journey_told_again
from .stay_after_leaving import destination_where_stayed
from .kept import recompile as _recompile
from .relieved_moved import origin_where_relieved
from .seen_before import origin_where_seen_before
from .seen_in_the_city import seen_in_the_city
from .corrected_origin import origin_kept_from_retracted
from .relative_departure import departure_in_subject, departure_of_subject
from .recap import recap_of_places_passed
from .stopped_short import stop_told_after, stopped_short
from .nearer_antecedent import refers_to_a_nearer_force
from .country_epithet import country_epithets
from .another_part import another_part_of_the_force
from .count_told_after import count_told_after
from .count_line import count_line_after  # (read70)
from .deployed_on import deployed_on  # (s37 read100)
from .pronoun_between import kind_told, pronoun_of_another_subject  # (s37 read100)
from .replaced_from import replaced_from  # (read70)
from .replaced_by_unit import replaced_by_unit  # (read88)
from .another_on_day import another_on_day  # (read88)
from .area_of_two import area_of_two  # (read88)
from .crossing_detail import crossing_detail  # (read88)
from .retaken_town import origin_where_retaken  # (read85)
from .left_then_due import destination_due_after_leaving
from .due_then_arrived import plan_arrived  # (read85)
from .date_told_after import date_told_after
from .day_after_the_night import day_after_the_night
from .dated_leg_then_day import dated_leg_then_day, leg_told_before
from .estimated_count import estimate_told_after
from .crossing_passed import crossed_then_on, entered_country_then_on
from .passed_then_on import passed_before_next
from .departure_day import departure_to_arrival
from .way_back import returned_from_there, way_back
from .back_through import back_through_only, home_across_after
from .part_arrived import part_arrived
from .met_elsewhen import met_another_time
from .strait_passed import continued_by, passage_alone, passage_between_alone, told_again
from .escort_went_back import escort_of_leg
from .towed import tower_went_on_alone
from .gates import Gate


# a time between two clauses ("Two weeks later it moved on to Y", "The next day they drove to
# Y", "It later headed to Y"): a force that had got somewhere and moves again after a while
# left again from there, a next leg (GUIDELINES), as moved_on reads it inside one clause;
# "It then headed to Y" tells no time between: one route through where it had got to
_TIME_BETWEEN = _recompile(r"\b(?:later|afterwards|(?:the\s+)?(?:next|following)\s+(?:day|morning|evening|night|week)|"
                           # ("After a night in the town they moved on": a stay, read.time_opener)
                           r"on\s+" + WEEKDAY_NAMES + r"|" + STAY_BEFORE + r")\b", re.I)


# the words of a source: a time before them is when it was said ("Officials later said ...")
_SAID = _recompile(r"\b(?:said|says|say|told|added|confirmed|reported|announced|stated|wrote|according\s+to)\b", re.I)


def _span_after_verb(text: str, verb_at: int, e: int) -> bool:
    """A counted span after the verb: "The marines moved on to Taiz two days later" left again
    after a while, as "Two days later the marines moved on" does (dates.date_after_span's
    spans; not a weekday or a date after the verb, which only says when)."""
    return _AFTER_SPAN_GATE.search(text, verb_at, e) is not None


def _time_between(text: str, s: int, verb_at: int) -> bool:
    """A time between told before the verb of a clause, after any words of its source
    ("Two weeks later it moved on", "Officials said the convoy later headed"; not "Officials
    later said the convoy had moved on": that is when it was said)."""
    said = None
    for said in _SAID.finditer(text, s, verb_at):
        pass
    return _TIME_BETWEEN.search(text, said.end() if said else s, verb_at) is not None


# "its (eastern) border with X", "their border area with the X": the strip the subject holds
# along X, told from its own side (own_side_of_border)
_OWN_BORDER_WITH = _recompile(r"\b(?:its|their)\s+(?:(?:own|common|shared|long|porous|"
                              r"(?:north|south)?(?:east|west)?(?:ern)?|north(?:ern)?|south(?:ern)?)\s+){0,2}"
                              r"borders?(?:\s+(?:area|region|strip|zone))?\s+with\s+(?:the\s+)?$", re.I)


def _own_side_end(home: dict, place: dict, phrase: str) -> dict:
    """The moving nation ``home``'s own side of its border with ``place``'s country, as an end told
    by ``place`` (a relative place: the surface is the anchor as written, ``phrase`` the words
    whole), at the middle of the stretch the two share (read.border_strip.on_own_side)."""
    own = _place_of(home)
    return on_own_side({**own, "surface": place.get("surface"), "offsets": place.get("offsets"),
                        "surface_phrase": phrase, "precision": "region",
                        "relation": {"type": "border", "with": place.get("country")},
                        "anchor": {k: v for k, v in own.items() if k != "offsets"}},
                       home.get("country"), place.get("country"))


def own_side_of_border(frag: Fragment, text: str, why: list) -> None:
    """An end told as "its border with X" is the moving nation's own strip along X, not X.

    why: "Chad deployed troops to its long border with Sudan" sends them to Chad's side of
    that border (GUIDELINES: the finest place the report offers; an area is scored by its
    country): the end is the force's home country, kept as a border relation with X. With no
    home known ("the army sent troops to its border with X") whose side it is is not told, and
    X, a country they did not enter, is no end either: the end is dropped."""
    for ends in (frag.origin, frag.destination):
        for k, (place, at) in enumerate(ends):
            start, end = (place.get("offsets") or [None, None])[:2]
            told = None if start is None or (place.get("relation") or {}).get("type") != "border" \
                else _OWN_BORDER_WITH.search(text, max(0, start - 60), start)
            if told is None:
                continue
            home = frag.actor_home
            if home is not None and home.get("country") == place.get("country"):
                continue  # "its border with X" from X's own side: the anchor already says it
            if home is None:
                ends[k] = None
                why.append(f"sentence {frag.sentence}: {place.get('surface')}: no end, the border of a "
                           f"subject whose country is not told")
                continue
            # (as a relative place is told: the surface is the anchor as written, the phrase whole)
            ends[k] = (_own_side_end(home, place, text[told.start():end]), at)
            why.append(f"sentence {frag.sentence}: {place.get('surface')}: {home.get('name')}'s own side of "
                       f"its border with {place.get('name')}")
        ends[:] = [e for e in ends if e is not None]


# a cue that takes the force over the border, into the neighbour's side: "crossed the X border",
# "into the X border area" (own_side_of_named_border leaves such an end to X)
_BORDER_AFTER = _recompile(r"\s+border\b", re.I)
_BORDER_WORD = _recompile(r"\b" + BORDER_LINE_WORDS + r"\b", re.I)
_INTO_BORDER = _recompile(r"\b(?:into|across|over|inside|beyond|cross(?:es|ed|ing)?)\s+(?:the\s+)?$", re.I)
# the name's border before a noun of settlements: "Somali border towns" are towns of Somalia
# near its border, not the border line, so no side of it is the moving nation's (s23r:
# "Ethiopian troops pull out of Somali border towns" was read as leaving Ethiopia's own side)
_BORDER_SETTLEMENTS = _recompile(r"\s+border\s+(?:towns?|villages?|cit(?:y|ies)|settlements?|communities|districts?)\b", re.I)


def own_side_of_named_border(frag: Fragment, text: str, book: PlaceBook, why: list) -> None:
    """An end told as "the X border" or "the border with X", X a neighbour of the moving nation,
    is that nation's own strip along X, as "its border with X" is (own_side_of_border).

    why: "Venezuelan troops redeployed along the Guyana border" did not go into Guyana: they went
    to Venezuela's side of it (GUIDELINES: the most specific place; an area is scored by its
    country). Only when the force's nation is told and borders X (US troops sent "to the Polish
    border" are on Poland's side, not the US's), and not when a cue takes them over it ("into the
    X border area", "crossed the X border"). With no nation told the end stays X's border, a
    relative place. A national capital as the actor ("Minsk has amassed forces along the border
    with Lithuania") tells the nation as its name does (read.seat_subject.seat_home)."""
    home = frag.actor_home
    if (home is None or not home.get("country")) and frag.actor and any(
            (place.get("relation") or {}).get("type") in ("border", "near") for ends in (frag.origin, frag.destination)
            for place, _at in ends):
        home = seat_home(frag.actor, book)
    if home is None or not home.get("country"):
        return
    for ends in (frag.origin, frag.destination):
        for k, (place, at) in enumerate(ends):
            relation = place.get("relation") or {}
            start, end = (place.get("offsets") or [None, None])[:2]
            # ("near the Malian border": the finder read the nearness; the border follows the name)
            bordered = relation.get("type") == "border" or (
                relation.get("type") == "near" and end is not None and _BORDER_AFTER.match(text, end) is not None)
            if not bordered or "with" in relation or place.get("kind") != "country" \
                    or start is None or place.get("country") == home.get("country") \
                    or not book.neighbours(home.get("country"), place.get("country")):
                continue
            if end is not None and _BORDER_SETTLEMENTS.match(text, end):
                continue  # ("out of Somali border towns": towns of Somalia)
            # (the border's word, "border", "frontier", "boundary" or "line": "crossed the
            # boundary with X" is over it, as "crossed the border with X")
            words = list(_BORDER_WORD.finditer(text, max(0, start - 40), start))
            cue_end = words[-1].start() if words else start
            if _INTO_BORDER.search(text, max(0, cue_end - 40), cue_end):
                continue
            ends[k] = (_own_side_end(home, place, place.get("surface_phrase") or place.get("surface")), at)
            why.append(f"sentence {frag.sentence}: {place.get('surface')}: {home.get('name')}'s own side of "
                       f"the {place.get('name')} border")


def _moved_by(draft: _Draft, told, what_too: bool) -> None:
    """Lend ``draft`` the force of fragment ``told`` (its actor and the country it is named
    after; with ``what_too``, also what it moved), keeping a home country the draft read itself."""
    extra = {"what": told.what} if what_too else {}
    draft.frags = [replace(f, actor=told.actor, actor_home=f.actor_home or told.actor_home, **extra)
                   for f in draft.frags]


def _leg_keeps_its_subject(routes: list, last: _Draft, i: int, why: list, text: str = "") -> None:
    """The next leg told with no subject of its own ("Fano fighters entered A on Sunday and left
    for B on Monday") is moved by the force of the leg before it: its actor and what moved.

    why: the leg was read with no actor, as if someone else had gone on from A (GUIDELINES: the
    actor is the moving force, named as the report names it); and with no count, though the same
    people went on (read60)."""
    # (a leg before with no actor still tells what moved: "The engineers landed at A and drove
    # to B" -- the engineers drove)
    told = next((f for f in last.frags if f.actor), None) or next((f for f in last.frags if f.what), None)
    # (and how many: "flew about 300 soldiers from A to B, from where they continued by road to
    # C" -- the same 300 went on, read60)
    counted = next((f.counts for f in last.frags if f.counts), None)
    escort = escort_of_leg(text, last.frags[-1]) if text else None
    if escort is not None:
        # "The frigate escorted the convoy to A and returned to B": the frigate, not the convoy
        # (read.escort_went_back)
        told, counted = replace(last.frags[-1], what=escort.what, actor=escort.actor,
                                actor_home=last.frags[-1].actor_home if escort.actor else None), escort.counts
    if told is not None:
        _lend_the_leg_before(routes, told, counted, why, f"sentence {i}: the next leg has no subject of its own: "
                             f"moved by {told.actor or told.what}")


def _lend_the_leg_before(routes: list, told, counted, why: list, line: str) -> None:
    """Each route with no subject of its own is moved by ``told`` (a fragment of the leg before:
    its actor and what moved) and counts ``counted``; ``line`` is said of each."""
    for draft in routes:
        if draft.actor is not None or any(f.what or f.counts for f in draft.frags):
            continue
        _moved_by(draft, told, what_too=True)
        if counted:
            draft.frags = [replace(f, counts=counted) for f in draft.frags]
        why.append(line)


def _leg_keeps_the_subject_of_an_endless_leg(reader, i: int, routes: list, why: list) -> None:
    """"M23 fighters entered Kamanyola and were advancing towards Uvira", the index lacking
    Kamanyola: the leg before tells no place, so no movement was kept of it to lend the next
    leg its force (_leg_keeps_its_subject), and the advance was read with no actor. Its subject
    is read from the clause itself (read whole: clauses._Reader.fragment)."""
    before = reader.fragment(i - 1, whole=True)
    if before is None or not (before.actor or before.what):
        return
    _lend_the_leg_before(routes, before, before.counts, why, f"sentence {i}: the next leg has no subject of its own: "
                         f"moved by {before.actor or before.what}, told in the leg before, which names no place")


# the words between two verb phrases of one subject, cut apart as two clauses ("... from A to B
# and moved tanks from C to D"; see clauses._two_routes)
# a subject that is a bare pronoun, right before its verb ("they arrived", "it had sailed")
_PRONOUN_SUBJECT = _recompile(r"\b(?:they|it)\s+(?:(?:had|have|has|were|was|then|later|also)\s+)*$", re.I)
# (the end of a sentence between two clauses: the pronoun's antecedent may be another's then)
_SENTENCE_END_BETWEEN = _recompile(r"[.!?](?:\s|$)")
_AND_BETWEEN = _recompile(r",?\s+and\s+(?:then\s+|later\s+|also\s+)?", re.I)


# what may stand between "and" and the verb of a clause with no subject of its own: nothing, or
# auxiliaries and the words of a plan ("... and are expected to reach B", "and will then move to C")
_AUXILIARIES_OF_PLAN = _recompile(r"\s*(?:(?:are|is|was|were|will|would|could|should|may|might|be|been|have|has|had|"
                                  r"expected|due|set|scheduled|likely|to|then|also|later|now|soon)\s+)*", re.I)


def _subject_shared(a: "Assembly", i: int, frag, routes: list, last: _Draft) -> None:
    """A clause with no subject of its own, joined by "and" to the clause before it in the same
    sentence ("The army airlifted troops from A to B and moved tanks from C to D"), is moved by
    that clause's force: its actor (what moved stays its own: "tanks").

    why: the second verb phrase was read with no actor, as if no one had moved the tanks."""
    if frag.actor is not None or i == 0 or last.frags[-1].sentence != i - 1:
        return
    # (a clause before with no actor, a ship told by its kind: "The frigate left A and is expected
    # to reach B" lends what moved alone, _what_shared)
    if last.actor is None and (frag.what or not any(f.what for f in last.frags)):
        return
    text, pe, s = a.reader.text, a.reader.spans[i - 1][1], a.reader.spans[i][0]
    if pe > s or not _AND_BETWEEN.fullmatch(text, pe, s) or not _AUXILIARIES_OF_PLAN.fullmatch(text, s, frag.trigger_start):
        return
    if last.actor is None:
        _what_shared(a, i, routes, last)
        return
    driver = _subject_that_drove(a, i, last)
    if driver is not None:
        # "RSF fighters pushed the army out of A and advanced towards B": the force driven out
        # is the first clause's actor (read.driven_force), but who goes on after "and" is the
        # subject that drove it (cuts: the clause after a driving verb is cut apart)
        actor, home = driver
        if actor:
            for draft in routes:
                draft.frags = [replace(f, actor=actor, actor_home=f.actor_home or home) for f in draft.frags]
            a.why.append(f"sentence {i}: no subject of its own after 'and' a force was driven: moved by {actor}")
        return
    told = next(f for f in last.frags if f.actor)
    for draft in routes:
        # (a clause with no object of its own moved what the first moved: "began leaving A and
        # are expected to reach B")
        _moved_by(draft, told, what_too=not frag.what)
    a.why.append(f"sentence {i}: no subject of its own after 'and': moved by {told.actor}")


def _what_went_on(a: "Assembly", i: int, draft: _Draft, last: _Draft) -> None:
    """A next leg that names nothing that moved ("... bused 400 police officers to A. The government
    later shipped them to B", read.moved_them) moved what the leg before moved.

    why: the next leg was read with what = nothing, its subject being who moved them; golden
    s53-read152-moved-them-government-shipped."""
    if any(f.what for f in draft.frags) or not (told := next((f.what for f in last.frags if f.what), None)):
        return
    draft.frags = [replace(f, what=told) for f in draft.frags]
    a.why.append(f"sentence {i}: the next leg names nothing that moved: {told}, told before")


def _what_shared(a: "Assembly", i: int, routes: list, last: _Draft) -> None:
    """A clause with no subject of its own after "and" ("... and is expected to reach B"), after
    a clause that told what moved but no actor ("The frigate left A on Monday"): what moved is
    that clause's (its count too).

    why: session 52's lead probe "The frigate sailed from Toulon on Monday and is expected to reach
    Djibouti within ten days": the planned leg was read with nothing that moved, where "The French
    frigate" (an actor read) lent it; golden s53-read152-planned-half-ship-what."""
    told = next(f for f in last.frags if f.what)
    counted = next((f.counts for f in last.frags if f.counts), None)
    for draft in routes:
        draft.frags = [replace(f, what=told.what, counts=f.counts or counted or []) for f in draft.frags]
    a.why.append(f"sentence {i}: no subject of its own after 'and': what moved is {told.what}, told before")


def _subject_that_drove(a: "Assembly", i: int, last: _Draft) -> tuple[str | None, dict | None] | None:
    """When the clause before clause ``i`` drove a force out of a place ("RSF fighters pushed the
    army out of A"), the subject that drove it, read as the clause's actor would be without the
    object (the clause cut right after its verb); else None."""
    ps, pe = a.reader.spans[i - 1]
    start = last.frags[-1].trigger_start
    main = next((t for t in a.reader._triggers_in(ps, pe) if t.start() == start), None)
    if main is None or driven_force(a.reader.text, main, pe) is None:
        return None
    return a.reader._actor(ps, main.end(), main)


@dataclass
class Assembly:
    """What every pass may read: the report's reader, its place book and the drafts so far."""

    reader: _Reader
    book: PlaceBook
    drafts: list
    why: list = field(default_factory=list)   # each decision taken, as printable lines
    # whether a caller asked for them: if not, a comparison of two movements is not written out
    # (nor its features found past the first veto: events.same_event's settle)
    explain: bool = True
    on_the_way: list = field(default_factory=list)  # (clause, fragment) told "on the way", read late
    # clauses with a movement verb and no place read (lend_told_before), in reading order, each
    # with its verb as its partial reading told it (state.VerbTold)
    endless: dict = field(default_factory=dict)
    # clauses read whole for the passes that lend from a clause told after a movement, by index
    # (clause_read_whole: count_told_after, date_told_after)
    read_whole: dict = field(default_factory=dict)
    # where the names the finder placed or read as a force or a nation start (known_name_starts)
    known_starts: frozenset | None = None

    def known_name_starts(self) -> frozenset:
        """Where the mentions the finder placed or read as a force or a nation start, found once
        (read.unplaced_end: a name outside them is one left unplaced)."""
        if self.known_starts is None:
            self.known_starts = frozenset(m["start"] for m in self.reader.places + self.reader.actors)
        return self.known_starts

    def clause_read_whole(self, i: int, referring: bool = False):
        """Clause ``i`` read whole (``_Reader.fragment(i, whole=True)``), once for every pass that
        lends from it: the reading depends only on the reader, complete once read_fragments has
        read every clause, and these passes take values from the fragment without changing it
        or adding it to a movement. (count_told_after and date_told_after read the same clauses:
        a clause read whole costs ~2 ms, most of what these passes cost.) ``referring``: None
        for a clause whose subject cannot refer back (``fragment``'s ``referring``); each pass
        that reads clauses here asks it alike of a clause (read.count_told_after.referring_clauses_after)."""
        if i not in self.read_whole:
            self.read_whole[i] = self.reader.fragment(i, whole=True, referring=referring)
        return self.read_whole[i]

    def clauses_taken(self) -> set[int]:
        """The clauses a movement read so far is told in (a pass lends or adds only to others)."""
        return {f.sentence for d in self.drafts for f in d.frags}

    def clauses_without_place(self) -> list[int]:
        """The clauses with a movement verb and no place read, and those told on the way, in order:
        what a pass may lend a count or a date from."""
        return sorted(set(self.endless) | {i for i, _frag in self.on_the_way})


def read_fragments(a: Assembly) -> None:
    """Clause by clause: a fragment joins the draft it is the same movement as, carries on a
    route its subject refers back to, or starts a new draft."""
    read_table_rows(a)  # a table's rows first, so the prose that retells a row joins it (read/table_rows)
    read_arrow_legs(a)  # a post's verbless legs "A → B" (read/arrow_route)
    reader, book, drafts = a.reader, a.book, a.drafts
    reach = Reach(reader.spans, len(reader.text))  # (the movements a route is compared with: read/reach)
    # (a movement none of whose ends can be compatible with the route's is told apart by the
    # verdict alone, read/end_keys: only asked when no line of why is wanted)
    end_keys = EndKeys() if not a.explain and _ONLY_SHARED_END_GAINS else None
    last: _Draft | None = None
    taken_back = places_taken_back(reader)  # "went to B, not A as we first reported" (read/corrected_place)
    for i in range(len(reader.spans)):
        frag = reader.fragment(i)
        if frag is not None:
            frag = with_home_of_named_force(frag, book, reader.text, reader.spans[i][0])  # ("The IDF's Golani Brigade": Israel's, read/national_forces)
            one_meeting_of_borders(frag, reader.text, a.why)  # "the tri-border area of A, B and C" (read/tri_border)
            own_side_of_border(frag, reader.text, a.why)
            own_side_of_named_border(frag, reader.text, book, a.why)
            own_side_of_compass_border(reader, book, frag, a.why, own_side_of_named_border)  # "the northern border with X" (read/compass_border)
            frag = not_but(reader.text, reader.spans[i], frag, a.why)  # "not to A but to B" (read/coordination)
            frag = stopped_short(reader.text, reader.spans[i], frag, a.why)  # "did not reach A, stopped at B" (read/stopped_short)
            frag = with_place_corrected(frag, taken_back, a.why)
            if frag.anaphoric and last is not None and _pronoun_of_the_sentence_between(reader, i, frag, last):
                # "The corvette turned off its transponder off Brest. It was seen heading for X":
                # "It" is the corvette, no force of a movement told (read.pronoun_between)
                frag = replace(frag, anaphoric=False)
                a.why.append(f"sentence {i}: its pronoun refers to the subject of the sentence before, not to {_ends(last)}")
            if (back := back_through_only(reader.text, frag, last, i)) is not None:
                # "the frigates sailed back through the strait": a return, not a place on the
                # way of the leg before (read/back_through)
                frag = back
        if frag is not None and frag.via and recap_of_places_passed(reader.text, reader.spans[i][0], frag):
            # "In all, the brigade has now moved through A, B and C": a tally, no way (read/recap)
            a.why.append(f"sentence {i}: a tally of places passed over time: no movement, no way of the one before")
            continue
        if (frag is None or not frag.origin) and reader.told_on_the_way(i) \
                and not (frag is not None and arrival_with_way_after(reader.text, frag)) \
                or _only_places_passed(frag, reader.text, reader.spans[i][0]):
            # "Along the way, the column restocked X": read once the routes are whole (via_on_the_way)
            a.on_the_way.append((i, frag))
            continue
        if frag is None:
            if i in reader.unread_why:
                a.why.append(f"sentence {i}: no movement of a force: {reader.unread_why[i]}")
            told = last.destination if last is not None else None
            _refine_destination(last, reader, i, book)
            if (stop := stop_told_after(last, reader, i)) is not None:
                # "The column did not reach A; it stopped at B": it went to B (read.stopped_short)
                a.why.append(f"sentence {i}: {stop.get('name')} is where {_ends(last)} stopped short, its end")
            if (seen := end_where_seen_next(last, reader, i)) is not None:
                # "A column left Gao on Monday. It was spotted in Bourem the next day" (read.seen_later)
                a.why.append(f"sentence {i}: {seen.get('name')} is where {_ends(last)} was seen next, its end")
            if last is not None and last.destination is told and reader.located(i) is not None:
                # "On Tuesday it was in X" between where it left and where it got to: a place
                # passed when it lies on the way of the route once whole (via_on_the_way)
                a.on_the_way.append((i, None))
            continue
        if not (frag.origin or frag.destination or frag.via):
            if i in reader.unread_why:
                a.why.append(f"sentence {i}: no movement: {reader.unread_why[i]}")
            a.endless[i] = VerbTold(frag.trigger, frag.trigger_start)
            continue  # (such a fragment is read only up to its roles: see _Reader.fragment)
        a.why.append(f"sentence {i} '{frag.trigger}': {frag.status_why}")
        a.why.extend(f"sentence {i} '{frag.trigger}': {w}" for w in frag.roles_why)
        a.why.extend(f"sentence {i} '{frag.trigger}': {w}" for w in reader.read_why.get(i, ()))
        routes = _routes(frag, book)
        if two_lists_alike(frag) and len(routes) == len(frag.origin):
            a.why.append(why_paired(frag))  # "from A and B towards C and D" (read/two_lists)
        if frag.next_leg and i - 1 in a.endless:  # (clauses are read in order: i - 1 is the last kept)
            _leg_keeps_the_subject_of_an_endless_leg(reader, i, routes, a.why)  # ("entered <a place the index lacks> and were advancing towards B")
        follows_to_the_end_before(frag, routes, last, a.why, i)  # "a third brigade followed from X" (read/followed_on)
        with_own_movers(reader.text, frag, routes, a.why,  # "X went to A, Y to B" (read/coordination)
                        [d for d in reader._dates_in(reader.dates, *reader.spans[i]) if not reader._dateline(d)])
        with_respective_movers(frag, routes, a.why, reader.text[reader.spans[i][0]:frag.trigger_start])  # "the X and Y units ... respectively"
        routes.extend(handed_over(reader.text, frag, routes, a.why))  # "took over the posts vacated by X" (read/handover)
        if last is not None and frag.anaphoric and (other := another_mover(frag, routes, last, book,
                                                                             (reader.text, reader.spans[i][0]))):
            frag.anaphoric = False  # "The French frigate Languedoc" after "USS Carney" (read/movers)
            a.why.append(f"sentence {i}: {other}")
            if (side := rotation_side_told(frag, routes, last)) is not None and not _side_told_before(drafts, side):
                # the other side of a rotation is told apart as "another" is: a unit of its own
                # whatever end it shares ("The relieved units returned to B" after units went to
                # the C border region, an area holding B, was one movement by that end alone);
                # but a side told so before is that unit told again (a title's "outgoing unit")
                frag.distinct.add(side.lower())
            if (unit := relieved_unit(frag, last)) is not None:
                frag.actor = unit  # "The outgoing battalion" after "replaced the 128th Infantry Battalion" (read/movers)
                a.why.append(f"sentence {i}: the side that leaves is '{unit}', the unit relieved")
        if last is not None and frag.anaphoric and refers_to_a_nearer_force(reader, frag, last):
            # "The insurgents attacked C. Some of the fighters later crossed into N": the force
            # named between, not the last one that moved (read/nearer_antecedent)
            frag.anaphoric = False
            frag.distinct.add("nearer")
            a.why.append(f"sentence {i}: its subject refers to a force named after {_ends(last)}")
        if last is not None and not frag.next_leg:  # (a next leg keeps its subject below)
            _subject_shared(a, i, frag, routes, last)
        if (fixed := day_corrected(reader.text, reader.dates, reader.spans[i], frag, routes, drafts)) is not None:
            # "Correction: ... reached X on Friday, not Saturday": the day of a movement told
            # before, no movement of its own (read/corrected_date)
            last = fixed
            a.why.append(f"sentence {i}: corrects the day of {_ends(fixed)}")
            continue
        if (told := retold_correction(frag, routes, taken_back, drafts, a.why)) is not None:
            # "That account was later amended: the officers had gone not to A but to B": the
            # movement told before, its place set right, no movement of its own (read/corrected_place)
            last = told
            continue
        if (route := route_after_and(reader.text, reader.spans, i, frag, routes, last)) is not None:
            # "was diverted from A and sailed from B to C": the route told, moved by the force
            # taken off its station (read/route_after_and)
            drafts[next(k for k, d in enumerate(drafts) if d is last)] = last = route
            a.why.append(f"sentence {i}: the route {_ends(route)} after the station left, one movement")
            continue
        if len(routes) > 1 and len(frag.respective_dates) == len(routes):
            # a list with its dates told "respectively": each movement its own day
            for draft, when in zip(routes, frag.respective_dates):
                draft.frags = [replace(frag, date=when, when={when.text.lower()})]
        if frag.next_leg and last is not None and last.frags[-1].sentence == i - 1 \
                and (on := crossed_then_on(last, routes) or entered_country_then_on(reader.text, last, routes)) is not None:
            # "entered K near X and advanced on Y": X where it crossed, one movement; "entered K and
            # moved on to Y": the same with no place of the crossing (read.crossing_passed)
            drafts[next(k for k, d in enumerate(drafts) if d is last)] = last = on
            a.why.append(f"sentence {i}: carries on the crossing to {_ends(on)}")
            continue
        if frag.next_leg and last is not None and last.destination is None and last.frags[-1].sentence == i - 1:
            # "Troops withdrawn from Kidal have been redeployed to Gao": the main verb of a
            # participle's subject moves that subject, though no arrival stood between
            _leg_keeps_its_subject(routes, last, i, a.why, reader.text)
            if arrival_of_open_start(frag, routes, last, i) and (on := _chain(last, routes[0])) is not None:
                # "Reinforcements flown from Bamako have reached Ménaka": the start told by the
                # participle, the arrival by the main verb, one trip (read.open_start_leg)
                drafts[next(k for k, d in enumerate(drafts) if d is last)] = last = on
                a.why.append(f"sentence {i}: the arrival of {_ends(on)}, whose start the clause before told")
                continue
        if frag.next_leg and last is not None and last.destination is not None \
                and last.frags[-1].sentence == i - 1:
            # the next leg of a route that stopped: it leaves from where the last one arrived
            for draft in routes:
                if draft.origin is None and not same_place(draft.destination, last.destination):
                    draft.origin = {**last.destination, "inferred": True}
            a.why.append(f"sentence {i}: next leg from {last.destination.get('name')}")
            if (tower := tower_went_on_alone(reader.text, last.frags[-1])) is not None:
                # ("A tug towed the frigate to A and then sailed on to B": the tug, no force, read.towed)
                a.why.append(f"sentence {i}: the next leg is the tower's, '{tower}', no force: no movement")
                continue
            _leg_keeps_its_subject(routes, last, i, a.why, reader.text)
            if last.status != "reported" and len(routes) == 1 \
                    and (told := _told_before_as_reported(drafts, last, routes[0], book)) is not None:
                # "Burundian soldiers crossed back into Burundi on Sunday. The troops, who had been
                # deployed in South Kivu, left ... and arrived in Bujumbura late Sunday": the leg
                # from where the force was is the movement told before, told again with its ends
                at = next(k for k, d in enumerate(drafts) if d is told)
                drafts[at] = last = _merge(told, routes[0])
                a.why.append(f"sentence {i}: {_ends(routes[0])} is {_ends(told)}, told before")
                continue
            drafts.extend(routes)
            last = routes[-1] if routes else last
            continue
        if last is not None and _part_passed_by(a, i, frag, last):
            continue
        if len(routes) == 1 and part_arrived(reader.text, reader.spans[i][0], frag, last, i):
            # "The first trains carrying its tanks reached T": the force told before arriving,
            # T within its end (read/part_arrived)
            drafts[next(k for k, d in enumerate(drafts) if d is last)] = last = _merge(last, routes[0])
            a.why.append(f"sentence {i}: a part of the force of {_ends(last)} arrived, its end")
            continue
        targets, exact = [], []
        # (up to the trigger's end: a clause told by its noun alone, "The same convoy passed A and B"
        # ('passed' no verb of moving), has the noun as its trigger, s37 read101)
        named = same_noun_named(reader.text, reader.spans[i][0], frag.trigger_start + len(frag.trigger or ""), drafts) \
            if len(routes) == 1 else None
        if named is not None and not way_back(reader.text, frag, routes[0], drafts[named]) \
                and (chained := _chain(drafts[named], routes[0])) is not None:
            # "the same column reached X": the movement of that column, carried on (read/same_noun)
            # (but "the same convoy heading back to A" is its way back, read below: read/way_back)
            drafts[named] = last = chained
            a.why.append(f"sentence {i}: 'the same ...' names {_ends(chained)}, carried on")
            continue
        relative_subject = False  # (the subject's relative clause told the last movement: read.relative_departure)
        for draft in routes:
            target, same_site = None, False
            may_share_an_end = end_keys.route(draft) if end_keys is not None else None
            for k, d in reach.of(drafts, i, last):
                if may_share_an_end is not None and not may_share_an_end(d):
                    continue
                decision = same_event(d, draft, book, settle=not a.explain)
                if a.explain:
                    a.why.append(f"sentence {i} {_ends(draft)} vs movement {k} {_ends(d)}: {decision.why}")
                if decision.same:
                    target, same_site = k, "shared_by_area_only" not in decision.features
                    break
            if target is not None and (nearer := _last_referred_to(a, i, frag, draft, last, target)) is not None:
                target, same_site = nearer
            if target is not None and len(routes) == 1 and departure_in_subject(a, i, draft, last, drafts[target]):
                # "The column that left A on Monday arrived in B": the main clause carries on the
                # departure its subject's relative clause told, not an older sighting (that one
                # merged in below as the same movement told before: read.relative_departure)
                a.why.append(f"sentence {i} {_ends(draft)}: its subject's relative clause told {_ends(last)}")
                relative_subject = True
            targets.append(target)
            exact.append(same_site)
        for k in {t for t in targets if t is not None and targets.count(t) > 1}:
            # a list tells separate movements: several of its members matching one earlier
            # movement merge only the one at the very same place, if one is
            members = [n for n, t in enumerate(targets) if t == k]
            keep = [n for n in members if exact[n]]
            if not keep and _list_told_as_area(drafts[k], [routes[n] for n in members]):
                keep = members[:1]  # the summary joins the first of the list (its finer ends win)
            for n in members:
                if len(keep) != 1 or n != keep[0]:
                    targets[n] = None
            a.why.append(f"sentence {i}: a list with {len(members)} members matching movement {k}: "
                         f"{'one merged' if len(keep) == 1 else 'none merged'}")
        # a subject that refers back in the very next clause ("...; it then headed to Y")
        # carries the last movement on before anything older can claim the fragment
        follows = relative_subject or last is not None and frag.anaphoric and not frag.distinct and last.frags[-1].sentence == i - 1 \
            and bool(_recompile(r"\s*(?:it|they)\b", re.I).match(reader.text[reader.spans[i][0]:]))
        # the movements a list's first member carried on ("They were then moved to A and B"):
        # each other member carries on the same ones, not the route the first member made
        carried_from: list[_Draft] | None = None
        for draft, target in zip(routes, targets):
            if carried_from is not None and _carries_on_as_the_first(a, i, draft, carried_from):
                last = a.drafts[-1]
                continue
            if len(routes) == 1 and seen_in_the_city(last, draft, frag, i) \
                    and (chained := _chain(last, draft)) is not None:
                # "filmed at a depot in Kaduna. It drove to Zaria": the city named like its
                # province was only where the group was seen, the move's origin; no end told
                # coarser, no arrival (read.seen_in_the_city)
                at = next(k for k, d in enumerate(drafts) if d is last)
                a.why.append(f"sentence {i} {_ends(draft)}: leaves from {last.destination.get('name')}, where "
                             f"{_ends(last)} was only seen (a city named like its province, not its area)")
                drafts[at] = last = chained
                continue
            if target is not None and not (follows and drafts[target] is not last):
                drafts[target] = last = _merge(drafts[target], draft)
                continue
            if last is not None and frag.anaphoric and not frag.distinct \
                    and i - NEXT_LEG_SENTENCES <= last.frags[-1].sentence < i \
                    and not _another_nation_named(reader, i, frag, last) \
                    and reached_short_of_aim(reader.text, frag.trigger, last, draft):
                # "set out from A for B. On Friday the column reached D": D on the way to an end
                # only aimed at is passed, no leg on from B (read.short_of_aim)
                last.via.append(draft.destination)
                a.why.append(f"sentence {i} {_ends(draft)}: passed on the way of {_ends(last)}, whose end was only its aim")
                continue
            if last is not None and frag.anaphoric and not frag.distinct \
                    and i - NEXT_LEG_SENTENCES <= last.frags[-1].sentence < i \
                    and not _another_nation_named(reader, i, frag, last) \
                    and reached_off_the_aim(reader.text, frag.trigger, last, draft):
                # "left A and drove towards B. By Wednesday it had reached C": B was only the
                # heading, C off the way there is the end, B neither end nor passed
                # (read.aim_not_reached)
                aim = last.destination
                last.destination = draft.destination
                last.frags = last.frags + draft.frags
                a.why.append(f"sentence {i} {_ends(draft)}: the end of {_ends(last)}, whose heading "
                             f"{aim.get('name')} was not said to be reached")
                continue
            if _leg_weeks_later(a, i, frag, draft, last):
                last = draft
                continue
            # (asked once, read again below; False where the ends are incompatible, as it would be asked:
            # a town of the province a city is named like is compatible with the city)
            in_the_city_s_province = False
            if last is not None and frag.anaphoric and not frag.distinct and draft.origin is None \
                    and last.destination is not None and draft.destination is not None \
                    and not (last.status == "denied" and draft.status == "reported") \
                    and (not compatible(last.destination, draft.destination)
                         or (in_the_city_s_province := _went_on_within_the_city_s_province(last, draft, book))) \
                    and i - NEXT_LEG_SENTENCES <= last.frags[-1].sentence < i \
                    and not _another_nation_named(reader, i, frag, last) \
                    and body_named_before(frag, last, drafts) is None \
                    and (_PART_OF_GROUP.match(reader.text, reader.spans[i][0], reader.spans[i][1])
                         or _stem(frag.trigger) in _DEPARTURE
                         # ("flown to B. The companies were deployed in C": read.deployed_on)
                         or deployed_on(reader.text, frag)
                         or _time_between(reader.text, reader.spans[i][0], frag.trigger_start)
                         or in_the_city_s_province
                         or _span_after_verb(reader.text, frag.trigger_start, reader.spans[i][1])
                         or way_back(reader.text, frag, draft, last)
                         # ("flown to B. They remained at B for two days, and then moved to C": read/stayed_first)
                         or stayed_first(reader.text, reader.spans[last.frags[-1].sentence][1], frag.trigger_start)
                         # ("sent two frigates to A. The frigates returned to B": read/way_back)
                         or returned_from_there(reader.text, frag, draft, last)
                         # ("... to B on Monday. The bombers flew on to C on Tuesday": read.on_another_day)
                         or (went_on(reader.text, frag.trigger_start, frag.trigger_start + len(frag.trigger))
                             and _on_another_day(last, draft, book))
                         # ("moved to B overnight. It reached C on Friday": read.day_after_the_night)
                         or (day_after_the_night(frag, last, reader.spans[i][1]) and _on_another_day(last, draft, book))
                         # ("moved into B on Friday. They reached C on Saturday": read.dated_leg_then_day)
                         or (dated_leg_then_day(reader.text, frag, last, *reader.spans[i]) and _on_another_day(last, draft, book)
                             and not leg_told_before(drafts, last, draft))
                         # ("Troops, who were flown to B on Monday, | drove to C on Friday": read.relative_leg)
                         or (main_after_relative_move(reader.text, reader.spans, i, frag, last.frags[-1])
                             and _on_another_day(last, draft, book))):
                # "some of the aircraft then continued to Y": a part went on from where the
                # group had got to; "they set off again for Y", "two weeks later it moved on
                # to Y": it left again from there (a next leg). The movement told before stays
                # as told
                draft.origin = {**last.destination, "inferred": True}
                if draft.actor is None and last.actor is not None:
                    draft.frags = [replace(f, actor=last.actor) for f in draft.frags]  # "they": the same force
                _what_went_on(a, i, draft, last)
                a.why.append(f"sentence {i} {_ends(draft)}: went on from where {_ends(last)} got to")
                drafts.append(draft)
                last = draft
                continue
            if target is None and last is not None and (_departure_told_back(a, i, frag, last, draft)
                                                         or _start_told_back(a, i, frag, last, draft)):
                at = next(k for k, d in enumerate(drafts) if d is last)
                drafts[at] = last = _merge(last, draft)
                a.why.append(f"sentence {i} {_ends(draft)}: the departure of {_ends(last)}, told back")
                continue
            if last is not None and frag.anaphoric and not frag.distinct:
                named = older_named_by_noun(frag, last, drafts, a.why)  # "the fighters" (read/head_noun)
                if named is not None and target is None and way_back(reader.text, frag, draft, named):
                    # "A battalion of paratroopers came from A ... and went straight to B. [other
                    # moves] The paratroopers flew back to A": the force named by its noun went
                    # back from where it had got to, a leg of its own (read145, an interview)
                    draft.origin = {**named.destination, "inferred": True}
                    a.why.append(f"sentence {i} {_ends(draft)}: the way back of {_ends(named)}, named by its noun")
                    drafts.append(draft)
                    last = draft
                    continue
                last = named or last
            # "the other group" refers to a group told before, not to the one that just moved
            again = last is not None and frag.anaphoric and not frag.distinct and (
                _again_from_origin(last, draft, book) or _next_leg_another_day(last, draft, book)
                # ("entered X. They slipped back across the border": home, a leg of its own, read/back_through)
                or home_across_after(reader.text, last, draft))
            if again:
                if draft.actor is None and last.actor is not None:
                    draft.frags = [replace(f, actor=last.actor) for f in draft.frags]  # "the two vessels": the same force
                a.why.append(f"sentence {i} {_ends(draft)}: a trip of its own on another day, after {_ends(last)}")
            if last is not None and frag.anaphoric and not frag.distinct and i - NEXT_LEG_SENTENCES <= last.frags[-1].sentence < i \
                    and not again and not _in_next_list_item(last, frag) and not _names_an_older_force(frag, last, drafts) \
                    and not _another_nation_named(reader, i, frag, last) and not _another_kind_of_force(draft, last) \
                    and not another_part_of_the_force(draft, last) \
                    and not _dated_before(draft, last, a.reader.text, a.why, i) \
                    and not other_end_unplaced(reader.text, draft, a.known_name_starts()) \
                    and not departure_of_subject(a, i, frag, draft):
                # a list told before ("left A and B") is carried on as a whole ("they headed to C")
                # (but not a leg whose start the text names unplaced, "The police were sent from
                # Ditsi to Gori": read.unplaced_end)
                siblings = [k for k, d in enumerate(drafts) if d.frags[-1] is last.frags[-1]]
                chained = [_chain(drafts[k], draft) for k in siblings]
                if chained and all(c is not None for c in chained):
                    if _ends_listed(reader.text, routes):
                        carried_from = [drafts[k] for k in siblings]
                    for k, c in zip(siblings, chained):
                        drafts[k] = c
                    last = chained[-1]
                    a.why.append(f"sentence {i} {_ends(draft)}: carries on {_ends(last)}")
                    if target is not None and len(routes) == 1 and len(siblings) == 1 \
                            and drafts[target] is not last and same_event(drafts[target], last, book, settle=True).same:
                        # the older movement this clause was also the same as ("Kenyan police land
                        # in Haiti" over "... flew out of Nairobi. They landed in Port-au-Prince")
                        # is the route carried on, told before: one movement
                        older = drafts[target]
                        at = next(k for k, d in enumerate(drafts) if d is last)
                        drafts[at] = last = _merge(last, older)
                        del drafts[target]
                        a.why.append(f"sentence {i}: {_ends(older)} is {_ends(last)}, told before")
                    continue
            if target is not None:  # it did not carry the last movement on: the older one it is
                drafts[target] = last = _merge(drafts[target], draft)
                continue
            if _sent_on_from_last(a, i, frag, draft, last):
                # "Among them were members of the GIGN, who were sent on to Dumbea": a part of the
                # group told just before went on from where the group got to
                draft.origin = {**last.destination, "inferred": True}
                a.why.append(f"sentence {i} {_ends(draft)}: sent on from where {_ends(last)} got to")
            elif _rest_went_on_from_last(a, i, frag, draft, last):
                # "The rest of them went on to C": the part not told before, a movement of its
                # own (distinct), from where the group got to
                draft.origin = {**last.destination, "inferred": True}
                a.why.append(f"sentence {i} {_ends(draft)}: the rest went on from where {_ends(last)} got to")
            if last is not None and last.actor is not None and draft.actor is None and frag.anaphoric \
                    and not frag.distinct and last.frags[-1].sentence == i - 1 \
                    and not _SENTENCE_END_BETWEEN.search(reader.text, reader.spans[i - 1][0], reader.spans[i][0]) \
                    and _PRONOUN_SUBJECT.search(reader.text, reader.spans[i][0], frag.trigger_start):
                # "have left Tessalit, ... a day after they arrived there from Kidal": "they", a
                # leg of its own, is the force told just before
                draft.frags = [replace(f, actor=last.actor) for f in draft.frags]
            drafts.append(draft)
            last = draft


def _pronoun_of_the_sentence_between(reader, i: int, frag: Fragment, last: _Draft) -> bool:
    """Does the clause's "It" or "They" refer to the subject of the sentence right before it, a
    sentence that told no movement of ``last``'s and names another kind of craft or force than
    ``last``'s words (read.pronoun_between)? Then it does not carry ``last`` on."""
    told = last.frags[-1].in_sentence
    k = frag.in_sentence
    if k is None or told is None or k < 1 or told >= k - 1 or k >= len(reader._sentence_starts):
        return False
    starts = reader._sentence_starts
    kind = pronoun_of_another_subject(reader.text, reader.spans[i][0], (starts[k - 1], starts[k]))
    return kind is not None and not any(kind_told(kind, f"{f.what or ''} {f.actor or ''}") for f in last.frags)


def _sent_on_from_last(a: Assembly, i: int, frag: Fragment, draft: _Draft, last: _Draft | None) -> bool:
    """Is ``draft`` a reported move told in the passive with the particle of going on ("were
    sent on to C", "was flown on to C"), no origin of its own, in the sentence right after a
    movement that got to B (C not within B), by no other nation's nor kind's force? It went on
    from B, though its subject does not refer back ("members of the GIGN", "a company of
    engineers": a part of the group that just arrived).

    why: a New Caledonia report of my own (s37 read100): "Five hundred gendarmes flew from
    Paris to Noumea on Friday. Among them were members of the GIGN, who were sent on to Dumbea"
    read the GIGN's move with no origin."""
    if last is None or draft.origin is not None or draft.destination is None or last.destination is None:
        return False
    if not _told_in_the_sentence_before(last.frags[-1], frag) or frag.distinct \
            or compatible(last.destination, draft.destination):
        return False
    if draft.status != "reported" or last.status != "reported":
        return False
    if not _ON_PARTICLE.match(a.reader.text, frag.trigger_start + len(frag.trigger)) \
            or not _PASSIVE_BEFORE_VERB.search(a.reader.text, max(0, frag.trigger_start - 12), frag.trigger_start):
        return False
    return not _another_nation_named(a.reader, i, frag, last) and not _another_kind_of_force(draft, last)


# the rest of the group told before as the whole subject: "The rest of them", "the remainder of
# the fighters", "The others", "the remaining 300" (past an opener and auxiliaries)
_REST_SUBJECT = _recompile(r"\s*(?:[A-Z][^,]{0,80},\s*)?(?:the\s+(?:rest|remainder)(?:\s+of\s+(?:them|these|those|the\s+[\w-]+(?:\s+[\w-]+)?))?|"
                           r"the\s+others|the\s+remaining\s+(?:[0-9][0-9,]*\s+)?[\w-]+)\s+"
                           r"(?:(?:then|later|also|had|have|has|were|was)\s+)*", re.I)


def _rest_went_on_from_last(a: Assembly, i: int, frag: Fragment, draft: _Draft, last: _Draft | None) -> bool:
    """Is ``draft`` a reported move of "the rest" of the group told shortly before, told
    with a verb of going on ("The rest of them went on to C", "the others continued to C"), no
    origin of its own, after a movement that got to B (C not within B)? The rest is another
    movement than the part told (lexicon._DISTINCT), but it went on from B: going on says it
    had got there with the group. Without the word of going on ("The rest of the battalion moved
    to C") the rest may never have been at B, and no origin is read.

    why: "About 900 fighters reached X. The rest of them went on to Y" read Y with no origin
    (s45 read122)."""
    if last is None or draft.origin is not None or draft.destination is None or last.destination is None:
        return False
    if draft.status != "reported" or last.status != "reported" or not i - NEXT_LEG_SENTENCES <= last.frags[-1].sentence < i:
        return False
    if frag.contrasted:
        return False  # "part of the column was flown to B, while the rest continued to C": origin_of_contrasted's
    text = a.reader.text
    if _REST_SUBJECT.fullmatch(text, a.reader.spans[i][0], frag.trigger_start) is None:
        return False
    if not went_on(text, frag.trigger_start, frag.trigger_start + len(frag.trigger)) or compatible(last.destination, draft.destination):
        return False
    return not _another_nation_named(a.reader, i, frag, last) and not _another_kind_of_force(draft, last)


def _told_in_the_sentence_before(told: Fragment, frag: Fragment) -> bool:
    """Is ``told`` of the sentence before ``frag``'s, or of its own (clauses counted apart: "...
    landed at A and were taken by bus to B. Among them were members of X, | who were sent on")?"""
    if told.in_sentence is None or frag.in_sentence is None:
        return told.sentence == frag.sentence - 1
    return frag.in_sentence - 1 <= told.in_sentence <= frag.in_sentence and told.sentence < frag.sentence


# the particle of going on right after the verb: "sent on to", "flown on to" (not "went on
# Monday to", "moved on foot to": a day or a way)
_ON_PARTICLE = _recompile(r"\s+on\s+(?:to|into|towards?)\b", re.I)
# ... of a passive: a part sent on by whoever sent the group ("were sent on", "was flown on"),
# not a force's own going on ("Some units moved on to B", "hoping to push on to B": the next
# leg of read_fragments, which asks a referring subject or another day)
_PASSIVE_BEFORE_VERB = _recompile(r"\b(?:was|were)\s+$", re.I)


def _leg_weeks_later(a: Assembly, i: int, frag: Fragment, draft: _Draft, last: _Draft | None) -> bool:
    """"On 3 June the battalion marched from A to B. ... On 20 June the battalion moved north to
    C": a leg with no origin told, set out more than a week after the movement its subject refers
    to (the last one, or an older one it names by its noun: "the battalion" after a platoon's
    move) is a leg of its own from where that one got to (read.weeks_later_leg), added to the
    drafts; False when it is no such leg."""
    if last is None or not frag.anaphoric or frag.distinct or draft.origin is not None or draft.destination is None:
        return False
    prev = _leg_on_from(older_named_by_noun(frag, last, a.drafts, []) or last, a.drafts)
    if prev.destination is None or compatible(prev.destination, draft.destination) \
            or not i - NEXT_LEG_SENTENCES - 1 <= prev.frags[-1].sentence < i \
            or _another_nation_named(a.reader, i, frag, prev) or not set_out_weeks_later(prev, draft):
        return False
    draft.origin = {**prev.destination, "inferred": True}
    if draft.actor is None and prev.actor is not None:
        draft.frags = [replace(f, actor=prev.actor) for f in draft.frags]  # "it": the same force
    a.why.append(f"sentence {i} {_ends(draft)}: set out weeks after {_ends(prev)} got there, a leg of its own")
    a.drafts.append(draft)
    return True


def _leg_on_from(named: _Draft, drafts: list[_Draft]) -> _Draft:
    """The last leg of the force of ``named`` told after it by a pronoun ("the battalion marched
    from A to B, where it entrained for C": the leg to C, whose subject names no force of its
    own): where the force got to last, which a subject naming it by its noun goes on from."""
    at = next((k for k, d in enumerate(drafts) if d is named), None)
    if at is None:
        return named
    for d in drafts[at + 1:]:
        if d.origin is not None and named.destination is not None and same_place(d.origin, named.destination) \
                and not any(f.what for f in d.frags):
            named = d
    return named


def _side_told_before(drafts: list[_Draft], side: str) -> bool:
    """Was a movement read so far told in words holding this side of a rotation ("Fresh battalion
    inducted in Uri, outgoing unit de-inducted to Jammu" in the title before "The outgoing unit
    has been de-inducted to Jammu": the title's clause, read with its first subject)?"""
    word = _recompile(r"\b" + re.escape(side) + r"\b", re.I)
    return any(word.search(f.quote or "") for d in drafts for f in d.frags)


def _last_referred_to(a: Assembly, i: int, frag: Fragment, draft: _Draft, last: _Draft | None,
                      target: int) -> tuple[int, bool] | None:
    """The last movement, when ``frag``'s subject refers back ("the column") and ``draft`` is
    the same movement as the last one too, over an older movement it first matched: (its index,
    whether the same site is shared). A referring subject names the force told last.

    why: "An Il-76 flew troops from Bamako to Gao ... Nigerien troops then crossed into Mali
    from Ayorou. Ansongo is the first town on that road, and by nightfall the column had
    advanced to within 10 km of the town": the advance shared an end with the flight to Gao
    (Gao, named like the province that holds Ansongo) and was merged into it, not into the
    crossing it carries on."""
    if last is None or not frag.anaphoric or frag.distinct or a.drafts[target] is last:
        return None
    at = next((k for k, d in enumerate(a.drafts) if d is last), None)
    if at is None or at < target or last.frags[-1].sentence < i - NEXT_LEG_SENTENCES:
        return None
    decision = same_event(last, draft, a.book, settle=not a.explain)
    if a.explain:
        a.why.append(f"sentence {i} {_ends(draft)} vs the last movement {at} {_ends(last)}: {decision.why}")
    if not decision.same:
        return None
    return at, "shared_by_area_only" not in decision.features


# what stands between two members of a list of places: "A and B", "A, B and C", "A, and B"
_LIST_JOIN = _recompile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?", re.I)


def _dated_before(draft: _Draft, last: _Draft, text: str, why: list, i: int) -> bool:
    """Is ``draft``, told in the pluperfect with where it ended, dated wholly before ``last``
    began? Then it is no next leg of ``last``, which it cannot carry on, but a trip of its own
    told back ("The minehunters sailed from Constanta on Tuesday. The vessels had reached the
    port at the end of October after transiting the Bosphorus": the earlier voyage is no
    continuation of Tuesday's). A departure alone dated before is where the same journey began
    ("The group had left the Mediterranean on Tuesday"), carried on as before; and a next leg
    told in the past simple keeps being one, though a bare weekday may resolve before the
    day told first ("left Goma on Monday ... They arrived in Uvira on Friday"). Dated by its month
    or year more than a week before, the past simple tells a trip of its own too: no weekday
    resolves that far back ("The carrier left the Red Sea on Sunday. ... The carrier arrived in the
    Red Sea in February": before, February's arrival became where Sunday's voyage ended)."""
    mine, theirs = _span_of(draft), _span_of(last)
    if draft.destination is None or mine is None or theirs is None or mine[1] >= theirs[0]:
        return False
    if _journey_told_back(draft, last, mine, theirs):
        why.append(f"sentence {i} {_ends(draft)}: where and when {_ends(last)} set out, told back")
        return False
    if not ((theirs[0] - mine[1]).days > _WEEK_BACK_DAYS and _told_by_month_or_year(draft)) and \
            not any(_PLUPERFECT_BEFORE.search(text, max(0, f.trigger_start - 30), f.trigger_start) for f in draft.frags):
        return False
    why.append(f"sentence {i} {_ends(draft)}: dated before {_ends(last)} began, no next leg of it")
    return True


def _journey_told_back(draft: _Draft, last: _Draft, mine, theirs) -> bool:
    """Is ``draft`` (told in the pluperfect, dated before ``last``) the journey ``last`` told the
    end of, told back with where and when it set out? "A coast guard ship reached Scarborough
    Shoal on Tuesday. The ship had left Subic on Monday night and reached the shoal early in the
    morning": one movement, Subic to the shoal, Monday to Tuesday (GUIDELINES: one movement retold
    in lede and body counts once).

    why: the pluperfect route, dated by its departure's day, was read as a trip of its own before
    Tuesday's, two movements. Only when ``last`` has no origin, the two end at the same place,
    the draft's day is told before its end (the departure's day, not the arrival's) and lies at
    most JOURNEY_TOLD_BACK_DAYS before ``last``'s ("The vessels had reached the port at the end
    of October" stays a trip of its own)."""
    if draft.origin is None or last.origin is not None or last.destination is None \
            or not same_place(draft.destination, last.destination) \
            or (theirs[0] - mine[1]).days > JOURNEY_TOLD_BACK_DAYS:
        return False
    dated = next((f for f in draft.frags if f.date is not None), None)
    return dated is not None and dated.date.precision == "day" and bool(dated.destination) \
        and dated.date.end <= min(at for _p, at in dated.destination)


# (a bare weekday resolves at most six days back: a date further before the movement told first is
# no weekday read on the wrong side of it)
_WEEK_BACK_DAYS = 7
_PLUPERFECT_BEFORE = _recompile(r"\bhad\s+(?:(?:already|earlier|first|previously|\w+ly)\s+)?(?:been\s+)?$", re.I)


def _told_by_month_or_year(d: _Draft) -> bool:
    """Is the draft's first date a month, a season or a year ("in February", "in 2023")? (A day
    may be a misread name: the supply boat "Unaizah May 5" read as 5 May.)"""
    first = next((f.date for f in d.frags if f.date is not None), None)
    return first is not None and first.precision in ("month", "year")


def _span_of(d: _Draft):
    """The first resolved date span of a draft, (start, end), or None."""
    return next(((f.date.date_start, f.date.date_end) for f in d.frags if f.date is not None), None)


def _ends_listed(text: str, routes: list[_Draft]) -> bool:
    """Are the routes' destinations the members of one list ("to A and B"), in the order told,
    or their origins ("They flew in from A and B": each member fills the same movement told
    before, one movement each)? (Two routes of one clause may also be an end and a farther one:
    "crossed the X River heading to K" is no list.)"""
    if len(routes) < 2:
        return False
    return any(_listed(text, [(getattr(r, end) or {}).get("offsets") for r in routes]) for end in ("destination", "origin"))


def _listed(text: str, spans: list) -> bool:
    """Are ``spans`` (each an end's offsets, or None) the members of one list, in order?"""
    if any(not sp or sp[0] is None for sp in spans):
        return False
    return all(_LIST_JOIN.fullmatch(text, a[1], b[0]) is not None for a, b in zip(spans, spans[1:]))


def _carries_on_as_the_first(a: Assembly, i: int, draft: _Draft, carried_from: list[_Draft]) -> bool:
    """Another member of a list that carries a route on ("They were then moved by road to A and
    B"): it goes on from the movements told before as the first member did, a movement of its own.

    why: chaining it onto what the first member made read A as a place passed on the way to B
    (GUIDELINES: a list of ends is distributed, one movement each)."""
    chained = [_chain(prev, draft) for prev in carried_from]
    if not chained or any(c is None for c in chained):
        return False
    a.drafts.extend(chained)
    a.why.append(f"sentence {i} {_ends(draft)}: carries on {_ends(chained[-1])}, as the list's first member did")
    return True


# how a place passed is told, where the reader says its role was told ("through C", "via C",
# "by way of C")
_PASSED_AT = _recompile(r"(?:through|via|past|by\s+way\s+of)\b", re.I)
# a subject that refers back: a relative pronoun right before the verb ("the column, which
# passed"), or "it" / "they" opening the clause
_REFERS_BACK = _recompile(r"(?:,\s*(?:which|that|who)|^\s*(?:it|they))(?:\s+(?:then|later|also|had|has|have))*\s*$", re.I)


def _only_places_passed(frag: Fragment | None, text: str, s: int) -> bool:
    """"The last column left A for B on Tuesday. 300 servicemen were in the column, which
    passed through C": a clause whose subject refers back and whose only places are places
    passed ("passed through C", "via C") tells where a movement told before went on its way
    (not "Supply lorries drove through C": a force of its own), read once routes are whole
    (via_on_the_way: C joins a route it lies on, else the clause is a movement of its own).

    why: with no end of its own, the clause was compared with the movement before as a route
    with no ends, matched nothing and was dropped, and the route lost its via."""
    if frag is None or not frag.via or frag.origin or frag.destination or frag.status != "reported":
        return False
    # (on the clause's own words, where "^" is the clause's start: from an offset it matched only
    # at the text's start, s28a)
    return (frag.anaphoric or _REFERS_BACK.search(text[s:frag.trigger_start]) is not None) \
        and all(_PASSED_AT.match(text, at) for _place, at in frag.via)


OLDER_FORCE_DRAFTS = 12  # how many movements back a referring subject's name is looked for


def _names_an_older_force(frag: Fragment, last: _Draft, drafts: list) -> bool:
    """"PLA Navy ships led by the carrier Shandong transited the strait ... Taiwan deployed
    missile units to Penghu. The Shandong group had left Sanya": a subject that refers back
    by a name ("the Shandong group") names the force of the movement that told that name, not
    the last movement told.

    why: the referring subject carried the last movement on (Sanya -> Penghu for Taiwan's
    units), though its name was that of another force told before. Only a capitalised word of
    the subject's words (not an article) found in an older movement's words of what moved or
    its actor, and in none of the last movement's."""
    words = [w for w in _recompile(r"\b[A-Z][\w'’-]+").findall(frag.what or "")
             if len(w) > 2 and w not in ("The", "This", "That", "These", "Those", "Its", "Their")]
    if not words:
        return False
    said = lambda d: " ".join(f"{f.what or ''} {f.actor or ''}" for f in d.frags)  # noqa: E731
    last_words = said(last)
    # (the movements told lately only: a name refers back a few paragraphs, and a scan of every
    # draft for every referring subject was quadratic in a long report)
    older = [said(d) for d in drafts[-OLDER_FORCE_DRAFTS:] if d is not last]
    return any(w not in last_words and any(w in o for o in older) for w in words)


# "The convoy had left A on Sunday": a pluperfect sets the departure before the arrival told
_HAD_BEFORE = _recompile(r"\bhad\s+(?:\w+ly\s+)?$", re.I)


def _departure_told_back(a: Assembly, i: int, frag: Fragment, last: _Draft, draft: _Draft) -> bool:
    """"A convoy arrived in B on Tuesday from A. The convoy had left A on Sunday and drove
    through C": the body tells back when and how the movement just told began. A subject that
    refers back, a verb of leaving, the very origin of the movement before and no end of its
    own, told as earlier (a pluperfect, or a day before that movement's): the same movement
    (GUIDELINES: headline, lede and body are one), its places passed join it. A departure on
    a later day is a trip of its own (_again_from_origin)."""
    if not (frag.anaphoric and not frag.distinct and _stem(frag.trigger) in _DEPARTURE):
        return False
    if draft.origin is None or last.origin is None or not same_place(draft.origin, last.origin):
        return False
    if draft.destination is not None and not same_place(draft.destination, last.destination):
        return False
    if not i - NEXT_LEG_SENTENCES <= last.frags[-1].sentence < i \
            or sum(1 for d in a.drafts if d.frags[-1] is last.frags[-1]) != 1:
        return False  # far back, or a list told before: no one movement to tell back
    if _recompile(r"\b(?:again|once\s+more)\b", re.I).search(a.reader.text[frag.trigger_start:a.reader.spans[i][1]]):
        return False  # "left A again": a trip of its own
    if _HAD_BEFORE.search(a.reader.text, max(a.reader.spans[i][0], frag.trigger_start - 20), frag.trigger_start):
        return True
    then, now = _first_day(last), _first_day(draft)
    return then is not None and now is not None and now < then


# what carries a force, told as the detail of its move: "a convoy of 30 trucks", "a column of
# vehicles", "two flights" (_start_told_back)
_CARRIER_OF_FORCE = _recompile(r"\b(?:convoys?|columns?|trucks|lorries|vehicles|buses|flights?|planes|aircraft|airlifts?)\b", re.I)


def _start_told_back(a: Assembly, i: int, frag: Fragment, last: _Draft, draft: _Draft) -> bool:
    """"Malian reinforcements reached B on Tuesday. A convoy of 30 trucks had left A on Monday with
    about 400 soldiers": an arrival told first with no origin, then in the very next sentence
    how it began, in the pluperfect: what carried the force (a convoy, a column, flights) left A,
    with no end of its own, on a day before or on the arrival's, no other force named and no
    word telling it apart ("another", "a second"). The same movement (GUIDELINES: headline, lede and body are one), from A.

    why: the summary and the convoy's detail were two movements, one with no origin and one with
    no destination (a report of my own, read113; _departure_told_back asks a subject that refers
    back, and the same origin told twice)."""
    if frag.distinct or _stem(frag.trigger) not in _DEPARTURE or frag.status != "reported" or last.status != "reported":
        return False
    if last.origin is not None or last.destination is None or draft.origin is None or draft.destination is not None \
            or draft.via or same_place(draft.origin, last.destination):
        return False
    if last.frags[-1].sentence != i - 1 or sum(1 for d in a.drafts if d.frags[-1] is last.frags[-1]) != 1:
        return False  # (not the sentence right before, or a list told there: no one arrival to begin)
    if not _HAD_BEFORE.search(a.reader.text, max(a.reader.spans[i][0], frag.trigger_start - 20), frag.trigger_start):
        return False
    if not _CARRIER_OF_FORCE.search(frag.what or "") or (draft.actor is not None and draft.actor != last.actor) \
            or _another_nation_named(a.reader, i, frag, last):
        return False  # (what carried the force, told as the detail, and no other force: "Jihadists had left A on Monday")
    then, now = _first_day(last), _first_day(draft)
    return then is not None and now is not None and now <= then


def _first_day(d: _Draft):
    return next((f.date.date_start for f in d.frags if f.date is not None and f.date.precision == "day"), None)


def _another_nation_named(reader, i: int, frag, last: _Draft) -> bool:
    """Does the subject of clause ``i`` (up to its trigger) name a nation by its demonym or name
    ("The Dutch ship will later move north to Tromsø") other than the one ``last``'s force is
    from ("German troops who flew into Evenes")? Then it refers back to another movement than
    the last, and is no next leg of it.

    why: the Dutch ship's onward move was read from Evenes, where the German troops had landed,
    with their actor (Arctic probe, s25); and a clause that carries the last movement on ("The
    Chinese survey ship left Colombo" after "Britain is sending 100 Royal Marines to Norway")
    was its start (probes of my own, s27r)."""
    homes = {f.actor_home.get("country") for f in last.frags if f.actor_home and f.actor_home.get("country")}
    if not homes:
        return False
    start = reader.spans[i][0]
    # (a demonym before a ship's noun is read as a place's, "The Dutch ship": demonym_place)
    # (the names told between, by the reader's bisection: a pass over every name per movement
    # grew with the square of a long report's length)
    told = {m.get("country") for m in reader._within(reader.actors, start, frag.trigger_start)
            + reader._within(reader.places, start, frag.trigger_start) if start <= m["start"] and m["end"] <= frag.trigger_start
            and m.get("country") and (m.get("role") in ("demonym", "demonym_place")
                                      or (m.get("role") == "actor" and m.get("kind") == "country")
                                      # ("The State Border Service of Kyrgyzstan said it had sent ...":
                                      # the state whose force the subject is, read.state_of_force; read115)
                                      or state_of_force(reader.text, m, start))}
    return bool(told) and not told & homes


def _another_kind_of_force(draft: _Draft, last: _Draft) -> bool:
    """Does ``draft``'s referring subject name another kind of force than ``last``'s ("the local
    gendarmerie brigade withdrew to B" after "Armed men arrived in A": a state's force after an
    irregular group, read.force_kinds)? Then it does not carry the last movement on as one
    route: the two forces moved apart, as same_event tells them apart (different_force_kinds).
    (A departure told so may still have left from where the other force got to, "Rebels entered
    A. The soldiers withdrew to B": that reading, a movement of its own, is left as it was.)

    why: the brigade's withdrawal carried on the armed men's arrival, one movement of theirs
    to B (Sahel probe of my own, s32m)."""
    kind = draft_kind(draft)
    return kind is not None and draft_kind(last) not in (None, kind)


def _list_told_as_area(told: _Draft, members: list[_Draft]) -> bool:
    """"Ethiopian troops leave Somali towns" then "Ethiopian troops withdrew from Baidoa and
    Wajid on Sunday and Monday respectively": a movement told before by an area alone (a
    country, a region) that every member of a list lies in is the list told at once, no
    movement of its own (GUIDELINES: headline, lede and body are one; the list is distributed).
    It joins the first member; the others stay movements of their own."""
    ends = [p for p in (told.origin, told.destination) if p is not None]
    if len(ends) != 1 or _spec(ends[0]) < 3 or told.via:
        return False
    end = "origin" if told.origin is not None else "destination"
    # (a border strip holds what it is compatible with: "moved to the administrative line with
    # Kosovo" sums up "from A and B to the Jarinje crossing", read54)
    return all(getattr(m, end) is not None and (contains(ends[0], getattr(m, end)) or (
        _is_border(ends[0]) and compatible(ends[0], getattr(m, end)))) for m in members)


def _again_from_origin(last: _Draft, draft: _Draft, book: PlaceBook) -> bool:
    """"The two vessels departed X on 15 November ... On 16 November, the two vessels escorted
    supply boats from X to Y": a subject that refers back, leaving again from the very place
    the movement before left, on another day, makes a trip of its own (press releases tell a
    force's trips one by one); it does not carry the movement before on."""
    if draft.origin is None or last.origin is None or not same_place(draft.origin, last.origin):
        return False
    return bool({"different_days", "dates_disjoint"} & set(event_features(last, draft, book)))


def _next_leg_another_day(last: _Draft, draft: _Draft, book: PlaceBook) -> bool:
    """"sent reinforcements from A to B on Monday ... The convoy continued on Tuesday from B to
    C": the force got to B and left it again on another day, a route that stopped (GUIDELINES:
    split into legs where the text says it arrived and later left again), not one route through
    B."""
    if draft.origin is None or last.destination is None or not same_place(draft.origin, last.destination):
        return False
    return _on_another_day(last, draft, book)


def _went_on_within_the_city_s_province(last: _Draft, draft: _Draft, book: PlaceBook) -> bool:
    """Did the force get to a city and, on another day, to another town of the province the city
    is named like ("flew from Bamako to Gao on Monday. They moved to Ansongo on Friday")? The town
    is no finer telling of the city's end (compatible() takes the city for its province): the force
    got to the city and left it again, a next leg from there (GUIDELINES: legs where the text says
    it arrived and later left again; a different date makes a new movement)."""
    return town_of_the_city_s_province(last.destination, draft.destination) and _on_another_day(last, draft, book)


def _on_another_day(last: _Draft, draft: _Draft, book: PlaceBook) -> bool:
    """Is ``draft`` told on another day than ``last`` (event_features' different_days or
    dates_disjoint)?"""
    return bool({"different_days", "dates_disjoint"} & set(event_features(last, draft, book)))


# a part of the group just told, named by a pronoun of quantity right before its verb
_PART_PRONOUN_BEFORE = _recompile(r"\b(?:some|others|the\s+others|the\s+rest)\s+(?:of\s+them\s+)?(?:(?:had|have|has|were|was|then|also|later)\s+)*$", re.I)


def _part_passed_by(a: Assembly, i: int, frag: Fragment, last: _Draft) -> bool:
    """"Some flew in, while others drove through X": a part of the group just told, a clause
    that names only places passed. X joins that movement's via (a part that went somewhere else
    -- "while the rest continued towards Y" -- is a movement of its own, read as before)."""
    if frag.origin or frag.destination or not frag.via or last.status != frag.status \
            or not i - NEXT_LEG_SENTENCES <= last.frags[-1].sentence <= i:
        return False
    s = a.reader.spans[i][0]
    if not _PART_PRONOUN_BEFORE.search(a.reader.text, s, frag.trigger_start):
        return False
    told = last.frags[-1]
    for d in [d for d in a.drafts if d.frags[-1] is told]:  # a list told before: each of its movements
        _add_via(d, [p for p, _at in frag.via if not same_place(p, d.origin) and not same_place(p, d.destination)])
        d.frags.append(frag)
    a.why.append(f"sentence {i}: a part of the group of {_ends(last)} passed {', '.join(p.get('name', '?') for p, _ in frag.via)}")
    return True


def via_on_the_way(a: Assembly) -> None:
    """A clause told as happening on the way of a movement told before it ("On the way, the
    convoy resupplied the town of X", "En route, they halted in X"): its places that lie
    between that movement's ends are places it passed, not the ends of a new movement. Read
    once the routes are whole (their halves may be told sentences apart); a clause whose
    places lie on no route told before is read as a movement of its own after all. (A clause
    that names where it started from tells its own route and was read as one.)"""
    if not a.on_the_way:
        return  # (every change below is made for a clause told on the way: none was told; speed154)
    reader = a.reader
    reach = Reach(reader.spans, len(reader.text))
    # (the drafts with a clause in a few given sentences, from an index: a scan of every draft
    # for each clause told on the way was quadratic in a long report; read.drafts_told)
    told_in = DraftsBySentence(a.drafts)
    for i, frag in a.on_the_way:
        s, e = reader.spans[i]
        places = [_place_of(m) for m in reader._within(reader.places, s, e)]
        told = []
        told_so = frag.status == "reported" if frag is not None else not _MODAL_GATE.search(reader.text, s, e)
        # ("The column ... passed through C": its subject refers back, its places are only passed)
        told_back = _only_places_passed(frag, reader.text, s)
        # ("on the way it will stop in X" passed nothing yet; with no place, nothing was passed)
        for d in told_in.between(i - ON_THE_WAY_SENTENCES, i - 1) if told_so and places else ():
            if d.status != "reported":
                continue
            before = [f.sentence for f in d.frags if i - ON_THE_WAY_SENTENCES <= f.sentence < i]
            if before:
                passed = [p for p in places if on_the_way(d.origin, p, d.destination)] \
                    or _passed_after_departure(reader, d, places, s, told_back)
                if passed:
                    told.append((max(before), d, passed))
        if told:
            _, draft, passed = max(told, key=lambda x: x[0])
            stationed = _stationed_at(reader.text, s, draft, passed)
            if stationed is not None:
                # "The fighters ... had been stationed in Albu Kamal since 2017": where the force
                # was before it moved, within the origin told (a country), is where it left
                draft.origin = stationed
                passed = [p for p in passed if p is not stationed]
                a.why.append(f"sentence {i}: {stationed.get('name')} is where {_ends(draft)} left, "
                             "the force told as stationed there")
            _add_via(draft, passed)
            # ("300 servicemen were in the column, which passed through C": who were in it count it)
            counted = frag.counts if _only_places_passed(frag, reader.text, s) else []
            draft.frags.append(Fragment(sentence=i, trigger="", trigger_start=s, quote=reader.text[s:e].strip(), counts=counted))
            told_in.told(draft, i)
            a.why.append(f"sentence {i}: on the way of {_ends(draft)}: passed "
                         f"{', '.join(p.get('name') or '?' for p in passed)}")
            continue
        if frag is None or not (frag.destination or frag.via):
            continue
        # (only drafts with a clause in the next sentence may begin there)
        if (next_told := passed_before_next(told_in.between(i + 1, i + 1), i, frag)) is not None:
            # "... were driven through X. They then continued to Y": X on the way to Y (read.passed_then_on)
            _add_via(next_told, [p for p, _at in frag.via])
            next_told.frags.insert(0, frag)
            told_in.told(next_told, frag.sentence)
            a.why.append(f"sentence {i}: passed {', '.join(p.get('name') or '?' for p, _at in frag.via)} "
                         f"on the way of {_ends(next_told)}, told in the next sentence")
            continue
        for route in _routes(frag, a.book):
            k = next((k for k, d in reach.of(a.drafts, i) if same_event(d, route, a.book, settle=True).same), None)
            if k is not None:
                merged = _merge(a.drafts[k], route)
                told_in.replaced(a.drafts[k], merged)
                a.drafts[k] = merged
            else:
                at = sum(1 for d in a.drafts if min(f.sentence for f in d.frags) <= i)
                a.drafts.insert(at, route)
                told_in.inserted(route)
            a.why.append(f"sentence {i} {_ends(route)}: told on the way, but of no route before it")


# a pluperfect of presence right before a place: "had been stationed in X", "had been based at X"
_STATIONED_BEFORE = _recompile(r"\bhad\s+(?:long\s+)?been\s+(?:stationed|based|deployed|garrisoned|posted)\s+(?:in|at)\s+(?:the\s+)?$", re.I)


def _stationed_at(text: str, s: int, draft: _Draft, passed: list[dict]) -> dict | None:
    """The place ``passed`` holds that a clause of presence in the pluperfect names ("had been
    stationed in X"), when the draft's origin is none or an area that holds it: where the force
    was before it moved, its origin, not a place passed.

    why: "Several hundred fighters crossed back into Iraq from Syria ... The fighters had been
    stationed in Albu Kamal since 2017" read Albu Kamal as a place passed on the way from Syria
    (probe of my own, s25)."""
    for p in passed:
        at = (p.get("offsets") or [None])[0]
        if at is None or not _STATIONED_BEFORE.search(text, max(s, at - 60), at):
            continue
        if draft.origin is None or (_spec(draft.origin) >= 3 and contains(draft.origin, p)):
            return p
    return None


def _passed_after_departure(reader, d: _Draft, places: list[dict], s: int, told_back: bool = False) -> list[dict]:
    """The places a clause tells as passed, after a departure with no end told in the same
    sentence ("The convoy, which left Kaya on Tuesday, travelled via A and B"), or told before
    it when the clause's subject refers back to what left and it only passes places
    (``told_back``: "A convoy left Gao on Sunday. The column passed through Bourem on Monday"):
    with no destination there is no detour to measure, and the text tells one journey (its
    places that are points, not the origin itself).

    why: the relative clause of departure was cut off as a clause of its own, and the places
    passed told after it were of no route before them (probe of my own, s25); the column's
    places passed the next day were lost (s28m)."""
    if d.destination is not None or d.origin is None:
        return []
    here = bisect.bisect_right(reader._sentence_starts, s) - 1
    if not told_back and not any(f.in_sentence == here for f in d.frags):
        return []
    return [p for p in places if _spec(p) < 3 and not same_place(p, d.origin)]


def _add_via(draft: _Draft, places: list[dict]) -> None:
    """Places passed join a route's via once each, in order of distance from its origin."""
    for p in places:
        if not any(same_place(v, p) for v in draft.via):
            draft.via.append(p)
    if draft.origin is not None:
        draft.via.sort(key=lambda v: _km(draft.origin, v))


def count_from_description(a: Assembly) -> None:
    """A sentence that describes the group just told by what it carried or was made of ("The
    vehicles, which carried about 30 soldiers, lined up ...", "The convoy was made up of 45
    trucks") gives that movement its counts; people counted there are its count when the
    movement counted only vehicles (GUIDELINES: people when people are counted)."""
    reader = a.reader
    told = set()
    for d in a.drafts:
        told.update(f.sentence for f in d.frags if f.counts)
    told_at = {id(d): sorted({f.sentence for f in d.frags}) for d in a.drafts}
    # only a sentence up to NEXT_LEG_SENTENCES after one of a reported movement can describe
    # it: the other sentences are not searched at all (most reports have few movements)
    reach = {i + k for d in a.drafts if d.status == "reported"
             for i in told_at[id(d)] for k in range(NEXT_LEG_SENTENCES + 1)}
    # the drafts' places in the list by the sentences they were told in when the pass began (as
    # told_at: a description read below is not one to reach further from): a scan of every draft
    # per description was quadratic in a long report
    at_sentence: dict[int, list[int]] = {}
    for k, d in enumerate(a.drafts):
        for j in told_at[id(d)]:
            at_sentence.setdefault(j, []).append(k)
    for i in sorted(reach):
        if i >= len(reader.spans) or i in told:
            continue
        s, e = reader.spans[i]
        # ("About 300 soldiers made the journey": who made the move told before, read.journey_made)
        said = _GROUP_DESCRIBED.search(reader.text, s, e) or journey_made(reader.text, s, e)
        if said is None:
            continue
        _what, counts = reader._what(s, e, said)
        if not counts:
            continue
        before = []
        for k in sorted({k for j in range(i - NEXT_LEG_SENTENCES, i + 1) for k in at_sentence.get(j, ())}):
            d = a.drafts[k]
            at = told_at[id(d)]
            j = bisect.bisect_right(at, i) - 1  # the draft's last sentence up to i
            if d.status == "reported" and j >= 0 and at[j] >= i - NEXT_LEG_SENTENCES:
                before.append((at[j], k))
        if not before:
            continue
        nearest = max(b[0] for b in before)
        for _, k in (b for b in before if b[0] == nearest):
            d = a.drafts[k]
            d.frags.append(Fragment(sentence=i, trigger="", trigger_start=s, counts=counts, described=True,
                                    quote=reader.text[s:e].strip()))
            a.why.append(f"sentence {i}: describes {_ends(d)}: "
                         f"{', '.join(str(c['value']) + ' ' + c['unit'] for c in counts)}")


def via_where_met(a: Assembly) -> None:
    """A moving group met where it was passing ("a convoy heading from A to B was ambushed
    near X", "rebels attacked the convoy near X" beside the sentence telling its route): X is
    a place on the way, when it lies between the route's ends."""
    if not a.drafts:
        return  # (no route to meet a group on; speed151)
    reader, text = a.reader, a.reader.text
    told_at = {id(d): sorted({f.sentence for f in d.frags}) for d in a.drafts}  # (bisected below)
    # (the drafts told in a sentence, and near one, from an index: a scan of every draft per
    # place met was quadratic in a long report; this pass adds no clause and no draft)
    told_in = DraftsBySentence(a.drafts)

    def apart(d: _Draft, i: int) -> int:
        at = told_at[id(d)]
        k = bisect.bisect_left(at, i)
        return min(abs(at[j] - i) for j in (k - 1, k) if 0 <= j < len(at))

    # a group is met on a route only within MET_SENTENCES of a sentence of a reported movement:
    # the other sentences are not searched at all
    reach = {i + k for d in a.drafts if d.status == "reported"
             for i in told_at[id(d)] for k in range(-MET_SENTENCES, MET_SENTENCES + 1)}
    for i in sorted(j for j in reach if 0 <= j < len(reader.spans)):
        s, e = reader.spans[i]
        # the group first: few sentences name one, and its pattern is the cheaper of the two
        grouped = _MET_GROUP_GATE.search(text, s, e) or (_recompile(r"\s*(?:it|they)\s", re.I).match(text[s:e])
                                                    and not pronoun_says(text, s, e))  # ("It warns that ...": read.pronoun_speaker)
        if not grouped:
            continue
        verb = _MET_VERB_GATE.search(text, s, e)
        if verb is None or _MODAL_GATE.search(text, s, e):
            continue  # (a convoy that "could be attacked near X" was met nowhere)
        if _DISTINCT_GATE.search(text, s, verb.start()):
            continue  # ("A smaller group of trucks was photographed crossing at X": another group)
        if _met_as_a_cause(text, s, verb):
            continue  # ("flew troops from A to B after an attack on a mine convoy near X": another group, s35m)
        if _verb_of_another_subject(text, s, verb):
            continue  # ("Vehicles were sent from A to B, and drones carried out strikes near X": the drones struck, s37m)
        prev = None  # the mention before, when a cue governed it (the second end of "the road between A and B")
        for m in reader._within(reader.places, verb.end(), e):
            window = text[verb.end():m["start"]]
            cue = None
            for cue in _MET_CUE.finditer(window):
                pass
            gap = window[cue.end():] if cue is not None else ""
            listed = prev is not None and _recompile(r"\s*(?:and|&|,)\s*(?:the\s+)?").fullmatch(text[prev["end"]:m["start"]])
            if not listed and (cue is None or "," in gap or _CLAUSE_BREAK.search(gap) or not _NP_GAP.match(gap.strip())):
                prev = None
                continue
            prev = m
            if met_another_time(text, verb.start(), m["end"], e):
                # "which had been attacked near X in October": met on another day (read.met_elsewhen)
                a.why.append(f"sentence {i} '{verb.group(0)}': {m['surface']} met at another time, not passed")
                continue
            place = _place_of(m)
            # (a sentence that tells a movement of its own met its own group: "A convoy ... left A
            # on Friday but was stopped near X" is no place passed by another movement)
            own = told_in.between(i, i)
            # (a group named anew is met on a route told after it, which refers back to it: "Rebels
            # attacked an army convoy near X. The convoy had left A", not on one told before)
            anew = not own and not _group_told_back(text, s, grouped)
            near = [d for d in (own or told_in.between(i - MET_SENTENCES, i + MET_SENTENCES))
                    if d.status == "reported" and d.frags and apart(d, i) <= MET_SENTENCES
                    and on_the_way(d.origin, place, d.destination)
                    and not (anew and min(f.sentence for f in d.frags) < i)
                    and not (anew and min(f.sentence for f in d.frags) > i and not _group_referred_back_by(reader, d))]
            if not near:
                continue
            draft = min(near, key=lambda d: apart(d, i))
            _add_via(draft, [place])
            a.why.append(f"sentence {i} '{verb.group(0)}': {place.get('name')} passed on the way of {_ends(draft)}")


# an event told as the cause of the movement, by its noun after a word of time, on a group named
# anew: "after an attack on a mine convoy near X", "following the ambush of a supply convoy near Y"
_CAUSE_EVENT = _recompile(r"\b(?:after|following|in\s+(?:response|retaliation)\s+(?:to|for))\s+(?:an?|the|another|[\w'’]+['’]s)\s+"
                          r"(?:[\w-]+\s+){0,2}?(?P<event>attacks?|ambush(?:es)?|strikes?|raids?)\s+(?:on|of|against)\s+(?:an?|another)\s", re.I)


def _met_as_a_cause(text: str, s: int, verb: re.Match) -> bool:
    """Is the event that met a group (``verb``, in the sentence opening at ``s``) the noun of a
    cause told after "after" or "following", on a group named anew ("flew 150 special forces
    from Niamey to Agadez after an attack on a mine convoy near Arlit")? Then the group met is
    another than the one that moved, and the place met is no place it passed.

    why: Arlit, beyond Agadez but within the detour's bound, was read as a place the special
    forces passed (a roundup probe of my own, s35m)."""
    cause = _CAUSE_EVENT.search(text, max(s, verb.start() - 60), verb.end() + 30)
    return cause is not None and cause.start("event") == verb.start()


# a clause joined after a comma with a subject of its own: ", and drones based at X carried out",
# ", while jets"; not the same subject's next verb (", and was stopped", ", but then turned")
_JOINED_SUBJECT = _recompile(r",\s*(?:and|but|while|whereas)\s+(?!(?:was|were|had|has|have|is|are|then|later|also|"
                             r"soon|again|it|they|eventually|finally|did|could|would|will)\b)[\w'’-]+", re.I)


def _verb_of_another_subject(text: str, s: int, verb: re.Match) -> bool:
    """Is the verb that met a group (``verb``, in the sentence opening at ``s``) the verb of a
    clause joined after the last group named before it, with a subject of its own ("Armoured
    vehicles were sent from A to B, and drones carried out strikes near X")? Then the group is not
    what the verb met: the drones struck near X, no vehicles passed it. A group named after the
    verb ("..., and rebels ambushed the convoy near X") is met by it and is left to the rest.

    why: a strike by drones in another country was read as a place the vehicles passed on their
    way between two border towns (s37m, a cross-border operation probe of my own)."""
    last = None
    for last in _MET_GROUP_GATE.finditer(text, s, verb.start()):
        pass
    if last is None:
        return False
    return _JOINED_SUBJECT.search(text, last.end(), verb.start()) is not None


# the words before a group's noun that refer it back: "the convoy", "their trucks", "these vehicles"
_GROUP_BACK = _recompile(r"\b(?:the|these|those|its|their)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _group_told_back(text: str, s: int, grouped) -> bool:
    """Is the group a sentence met ("... was ambushed near X") the one told before: a pronoun
    ("it", "they") or a noun referred back ("the convoy", "their vehicles")? A group named anew
    ("Azerbaijani armoured vehicles had been seen near X") is another than one whose route was
    told in a sentence before.

    why: a sighting of another force's vehicles near a border village became a place passed by
    an air-defence relocation told two sentences before (s26r, South Caucasus probe)."""
    if not isinstance(grouped, re.Match) or not matched_by(grouped, _MET_GROUP):
        return True  # (a pronoun opening the sentence)
    return _GROUP_BACK.search(text, max(s, grouped.start() - 40), grouped.start()) is not None


# a sentence that opens on the group told before: "The convoy had left A", "The trucks ...", "It had left A"
_OPENS_ON_THE_GROUP = _recompile(r"\s*(?:it|they|(?:the|these|those|its|their)\s+(?:[\w-]+\s+){0,2}?(?:convoys?|columns?|trucks|lorries|vehicles))\b", re.I)


def _group_referred_back_by(reader, draft: _Draft) -> bool:
    """Does a sentence of ``draft`` open on the group met before it, by a pronoun or a definite
    group noun ("Rebels attacked an army convoy near X. The convoy had left A for B")? A movement
    told after with a subject of its own ("Government forces reinforced their positions in Y with
    units brought from Z") is another group than the convoy struck near X.

    why: a coalition strike on a convoy near X was read as a place passed by the government's
    reinforcements told in the next sentence (s37m, a Yemen probe of my own)."""
    return any(_OPENS_ON_THE_GROUP.match(reader.text, reader.spans[f.sentence][0]) for f in draft.frags
               if f.sentence < len(reader.spans))


_ends = ends_of  # (a draft's two ends by name, for the why)


def origin_of_contrasted(a: Assembly) -> None:
    """A clause set against the one before ("..., while the rest were driven there") names only
    where; it left from where the first one did."""
    drafts = a.drafts
    for draft in drafts:
        if draft.origin is None and draft.destination is not None and all(f.contrasted for f in draft.frags):
            sent = min(f.sentence for f in draft.frags)
            told_of_same = all(f.rest_of_group for f in draft.frags)
            twin = next((d for d in drafts if d is not draft and d.origin is not None and d.destination
                         and (told_of_same or same_place(d.destination, draft.destination))
                         and any(f.sentence == sent - 1 for f in d.frags)), None)
            if twin is None and any(_stem(f.trigger) in ("continue", "proceed") for f in draft.frags):
                # "part of it stopped in X, while the rest continued to Y": the rest went on
                # from where the first one stopped
                before = next((d for d in drafts if d is not draft and d.destination is not None
                               and any(f.sentence == sent - 1 for f in d.frags)), None)
                if before is not None and not same_place(before.destination, draft.destination):
                    draft.origin = {**before.destination, "inferred": True}
                    continue
            if twin is not None:
                # the group split where it was: at the first part's origin when that part's
                # movement is the split itself ("from A, part was flown to B, while the rest
                # ..."), at its destination when it had got there before ("headed from A to B.
                # Part of it stopped there, while the rest went on to C")
                # (but not when the clause before is a counted part of the group, "400 soldiers left
                # A. Of these, 250 went to B, and the rest went on to C": the part's own move to B,
                # the split was at A, s45 read120)
                arrived_before = any(f.sentence < sent - 1 for f in twin.frags) and twin.destination is not None \
                    and not same_place(twin.destination, draft.destination) \
                    and not any(f.sentence == sent - 1 and any(c.get("part") for c in f.counts) for f in twin.frags)
                draft.origin = {**(twin.destination if arrived_before else twin.origin), "inferred": True}
                when = next((f.date for f in twin.frags if f.date is not None), None)
                for f in draft.frags:
                    f.date = f.date or when  # one sentence, one day


def join_halves(a: Assembly) -> None:
    """Where a force left in one sentence, where it went in the next: one movement."""
    a.drafts[:] = _join_halves(a.drafts, a.book, _told_whole(a))


def complete_halves(a: Assembly) -> None:
    """Where it went and where it left, told sentences apart in either order: one movement."""
    if not a.drafts:
        return  # (no halves to join; speed151)
    a.drafts[:] = _complete_halves(a.drafts, a.book, _told_whole(a))


def _told_whole(a: Assembly) -> frozenset:
    """The ids of the drafts with one end read whose other end the text names by a name the
    finder left unplaced ("sent from Butmir to Brcko"): no halves of another (read.unplaced_end)."""
    halves = [d for d in a.drafts if (d.origin is None) != (d.destination is None)]
    if not halves:
        return frozenset()
    return frozenset(id(d) for d in halves if other_end_unplaced(a.reader.text, d, a.known_name_starts()))


def _in_next_list_item(last: _Draft, frag) -> bool:
    """Is ``frag`` told in another item of the list that told ``last`` ("- 26 December: a
    convoy set off from A towards B. - 11 January: ...; the last soldiers were flown out to
    C")? A list tells one entry per item: a subject that refers back in a new item means the
    force, not the route of the item before, which it does not carry on."""
    item = frag.list_item
    return item is not None and all(f.list_item is not None and f.list_item[0] == item[0] and f.list_item != item
                                    for f in last.frags)


def origin_home_through_crossing(a: Assembly) -> None:
    """A national force entering through a crossing on its own country's border came from its
    own country, the crossing is on the way (as read per clause in events._routes, here for
    movements assembled from several clauses)."""
    for draft in a.drafts:
        home = next((f.actor_home for f in draft.frags if f.actor_home), None)
        o = draft.origin
        if (home is None or o is None or o.get("kind") != "crossing" or draft.destination is None
                or not any(f.enters for f in draft.frags) or o.get("country") == home.get("country")
                or not a.book.near_border(o, home.get("country"))):
            continue
        draft.via = [o, *draft.via]
        draft.origin = {**_place_of(home), "precision": "country", "inferred": True}


def waterway_country(a: Assembly) -> None:
    """A river end takes the country of the other end when that lies along it."""
    for draft in a.drafts:
        for end, other in (("destination", draft.origin), ("origin", draft.destination)):
            place = getattr(draft, end)
            if place and other and place.get("kind") in ("river",) and not place.get("country") \
                    and other.get("country") and compatible(place, other):
                setattr(draft, end, {**place, "country": other["country"], "country_inferred": True})


def origin_from_foreign_via(a: Assembly) -> None:
    """Passing through a foreign country on the way in is the earliest known point: trucks
    brought through the crossings with country K to town T come from K."""
    for draft in a.drafts:
        first = draft.via[0] if draft.via else None
        if (draft.origin is None and first is not None and _spec(first) == 4 and draft.destination
                and first.get("country") != draft.destination.get("country")
                and not _transit_abroad(a.reader.text, draft, first)):
            draft.origin, draft.via = {**first, "inferred": True}, draft.via[1:]


# "via K", "by way of K", "transiting K": a stop on the way told as such, no border crossed into
# (a via's offset is where its cue word starts)
_VIA_WORD = _recompile(r"(?:via|by\s+way\s+of|transiting)\b", re.I)


def _transit_abroad(text: str, draft: _Draft, first: dict) -> bool:
    """Is the foreign country ``first`` a stop told by "via" on the way of a national force from
    another country ("Kenyan police flew to Haiti via Jamaica", "Russian troops moved to Mali via
    Libya")? The force came from home, by way of the country: the country is via, and the text
    names no origin (GUIDELINES: the finest place the report offers for where it began).
    Trucks "brought through the crossings with K" (no nation of their own, or a border crossed)
    still come from K.

    why: the stop was read as where the force came from (Jamaica -> Haiti; the lead's and read86's
    probes)."""
    homes = {f.actor_home.get("country") for f in draft.frags if getattr(f, "actor_home", None)}
    if not homes or first.get("country") in homes:
        return False
    for f in draft.frags:
        for place, at in f.via:
            if place.get("country") == first.get("country") and isinstance(at, int) \
                    and _VIA_WORD.match(text, at):
                return True
    return False


_AT_SITE = _recompile(r"\b(?:at|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$", re.I)


def _site_told_near(a: Assembly, draft: _Draft, area: dict, cue: re.Pattern) -> tuple[int, dict] | None:
    """The one airport, base, port or camp inside ``area`` that a sentence within
    SEEN_OFF_SENTENCES of the draft names after "at"/"from", in a sentence with ``cue``."""
    reader = a.reader
    told = [f.sentence for f in draft.frags]
    lo, hi = min(told) - SEEN_OFF_SENTENCES, max(told) + SEEN_OFF_SENTENCES
    sites = {}
    for i in sentences_with(reader, cue).between(lo, hi):  # (each sentence searched once: read.sentences_with)
        s, e = reader.spans[i]
        for m in reader._within(reader.places, s, e):
            place = _place_of(m)
            if place.get("kind") in SITE_KINDS and contains(area, place) \
                    and _AT_SITE.search(reader.text, max(s, m["start"] - 40), m["start"]):
                sites.setdefault(place.get("name"), (i, place))
    return next(iter(sites.values())) if len(sites) == 1 else None


def _refine_end(a: Assembly, draft: _Draft, end: str, found: tuple[int, dict], how: str) -> None:
    i, place = found
    whole = getattr(draft, end)
    setattr(draft, end, {**place, "refines": whole.get("name")})
    s, e = a.reader.spans[i]
    # the sentence joins the movement's quote: every point stays traceable to its words
    draft.frags.append(Fragment(sentence=i, trigger="", trigger_start=s, quote=a.reader.text[s:e].strip()))
    a.why.append(f"sentence {i}: {how} {place.get('name')}, in {whole.get('name')}: the {end} of {_ends(draft)}")


def _whole_country(place: dict | None) -> bool:
    return place is not None and _spec(place) == 4 and place.get("kind") in ("country", None)


def origin_where_seen_off(a: Assembly) -> None:
    """A force that left a whole country ("left the country for Y") and was seen off at an
    airport, base or port of that country told a sentence or two away ("the minister saw the
    officers off at X airport") left from that site: the most specific place told for the
    origin. Only one such site in the country, a farewell word in its sentence, and "at"/"from"
    governing it."""
    _end_at_a_site_told_near(a, "origin", _SEEN_OFF_GATE, "seen off at")


def destination_where_welcomed(a: Assembly) -> None:
    """The same for where a force arrived: sent to a whole country and welcomed at an airport,
    base or port of that country told a sentence or two away ("officials welcomed the soldiers
    at X airport"): it arrived at that site."""
    _end_at_a_site_told_near(a, "destination", _WELCOMED_AT_GATE, "welcomed at")


def _end_at_a_site_told_near(a: Assembly, end: str, told: re.Pattern, why: str) -> None:
    """Each reported draft's ``end`` ("origin" or "destination") that is a whole country refined
    to the one site of that country told near it with the words ``told`` (a farewell, a
    welcome), ``why`` the words of the refinement (the two passes above, written out each)."""
    for draft in a.drafts:
        place = getattr(draft, end)
        if draft.status == "reported" and _whole_country(place):
            found = _site_told_near(a, draft, place, told)
            if found is not None:
                _refine_end(a, draft, end, found, why)


def destination_where_speaker_is(a: Assembly) -> None:
    """A force sent to an area that a speaker says is "here" ("Speaking in the town of X, the
    governor said: 'They arrived today. They are already here'") arrived where the speaker
    was: X, when X lies in that area. The speaker's place is read after "speaking/said/told ...
    in|at", in the sentence with "here" or the one before; the finest place named there."""
    reader, text = a.reader, a.reader.text
    for draft in a.drafts:
        area = draft.destination
        if draft.status != "reported" or area is None or _spec(area) < 3:
            continue
        told = [f.sentence for f in draft.frags]
        lo, hi = max(0, min(told) - 1), min(len(reader.spans) - 1, max(told) + SEEN_OFF_SENTENCES)
        found = None
        for i in sentences_with(reader, _SAID_HERE_GATE).between(lo, hi):
            for j in (i, i - 1):
                if j < lo:
                    continue
                s, e = reader.spans[j]
                at = [m for m in reader._within(reader.places, s, e)
                      if _SPEAKER_AT.search(text, max(s, m["start"] - 70), m["start"])]
                inside = [p for p in map(_place_of, at) if contains(area, p)]
                if inside:
                    found = (j, min(inside, key=_spec))
                    break
            if found:
                break
        if found is not None:
            _refine_end(a, draft, "destination", found, "said to be here, where the speaker was:")


_HEDGE = _recompile(r"\b(?:possibly|probably|perhaps|presumably|apparently)\b", re.I)
_AS_DESTINATION_WORDS = _recompile(r"\bas\s+(?:its|their)\s+(?:\w+\s+)?(?:stop|destination)\b", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_AS_DESTINATION_WORDS_GATE = Gate(_AS_DESTINATION_WORDS, ("destination", "stop"))


# where a list of destinations ends: a new clause (not ", and the town of Y", a member)
_LIST_ENDS = _recompile(r"[;:()]|\b(?:that|which|who|whom|where|when|said|says|told|according|while|but|although|because|after|before|as|to\s+(?!the\b)[a-z]+)\b")


def _told_destinations(a: Assembly, i: int) -> list[dict]:
    """The places sentence ``i`` states as a group's destination ("the destination of these
    troops is X and Y"): after the statement, one place per member of its list, the most
    specific of each member ("the city of X, capital of P": X), none that holds another."""
    reader, text = a.reader, a.reader.text
    s, e = reader.spans[i]
    told = _DESTINATION_TOLD_GATE.search(text, s, e)
    if told is None:
        # "... with X as its final destination": the place right before the phrase
        for m in reader._within(reader.places, s, e):
            if _AS_DESTINATION.match(text[m["end"]:e]) and not _MODAL_GATE.search(text, s, m["end"]) \
                    and not _HEDGE.search(text, s, m["end"]):
                return [_place_of(m)]
        return []
    mentions = reader._within(reader.places, told.end(), e)
    if not mentions or not _NP_GAP.match(text[told.end():mentions[0]["start"]]) \
            or _NEGATION_GATE.search(text, told.end(), mentions[0]["start"]):
        return []  # ("their destination was not X but Y": no reading of which)
    stop = _LIST_ENDS.search(text, mentions[0]["end"], e)
    end = stop.start() if stop else e
    if _MODAL_GATE.search(text, s, end) or _HEDGE.search(text, s, end):
        return []  # ("their next stop would be X": a plan; a clause after the list may say more)
    places = []
    at = told.end()
    for member in _LIST_AND.split(text[told.end():end]):
        inside = [m for m in mentions if at <= m["start"] and m["end"] <= at + len(member)]
        at += len(member)
        at = _LIST_AND.match(text, at).end() if _LIST_AND.match(text, at) else at
        if inside:
            places.append(_place_of(min(inside, key=_spec)))
    return [p for p in places if not any(q is not p and contains(p, q) for q in places)]


def destination_told(a: Assembly) -> None:
    """A group's destination told as a statement a few sentences after its route ("the
    destination of these soldiers is X and Y", "their next stop was X"): where the movement
    went; a list is one movement per place (GUIDELINES: lists are distributed). The statement
    wins over a destination read from direction words ("heading to ..."), unless that is
    already a finer place inside the one stated."""
    reader = a.reader
    out = list(a.drafts)
    # only a sentence up to DESTINATION_TOLD_SENTENCES after one of a reported movement can
    # state its destination: the other sentences are not searched at all (two patterns a
    # sentence, ~10% of the reading stage; most reports have few movements). A statement read
    # below becomes a sentence of its movement, and so reaches further on.
    reach = {j + k for d in a.drafts if d.status == "reported" for j in {f.sentence for f in d.frags}
             for k in range(DESTINATION_TOLD_SENTENCES + 1)}
    if not reach:
        return  # (no reported movement, none a statement could be of: every sentence is passed over; speed154)
    told_in = DraftsBySentence(a.drafts)  # (the list itself stays as it is until the end)
    for i in range(len(reader.spans)):
        if i not in reach:
            continue
        if _DESTINATION_TOLD_GATE.search(reader.text, *reader.spans[i]) is None and \
                _AS_DESTINATION_WORDS_GATE.search(reader.text, *reader.spans[i]) is None:
            continue
        places = _told_destinations(a, i)
        # the reported route told last at or before the statement, at most a few sentences back
        # (asked of the drafts told in those sentences, from an index: a scan of every draft per
        # statement was quadratic in a long report)
        told = told_in.between(i - DESTINATION_TOLD_SENTENCES, i)
        last_told = {id(d): max((f.sentence for f in d.frags if f.sentence <= i), default=-1) for d in told}
        near = [d for d in told if d.status == "reported" and 0 <= last_told[id(d)]
                and i - last_told[id(d)] <= DESTINATION_TOLD_SENTENCES]
        if not places or not near:
            continue
        draft = max(near, key=lambda d: last_told[id(d)])
        old = draft.destination
        if old is not None and any(same_place(old, p) or contains(p, old)
                                   or (_spec(old) <= _spec(p) and _km(old, p) <= SAME_SITE_KM) for p in places):
            continue  # already there, or a finer place of it (its airport)
        s, e = reader.spans[i]
        said = Fragment(sentence=i, trigger="", trigger_start=s, quote=reader.text[s:e].strip())
        copies = [draft] + [replace(draft, via=list(draft.via), frags=list(draft.frags)) for _ in places[1:]]
        for copy, place in zip(copies, places):
            copy.destination = {**place, "told": "destination stated"}
            copy.frags.append(said)
            if old is not None and _spec(old) < 3 and on_the_way(draft.origin, old, place):
                _add_via(copy, [old])  # where it was heading first is on the way
        told_in.told(draft, i)  # (now told at i; the copies are in ``out``, not in the list read above)
        out[out.index(draft) + 1:out.index(draft) + 1] = copies[1:]
        a.why.append(f"sentence {i}: destination stated: {', '.join(str(p.get('name')) for p in places)} "
                     f"for {_ends(draft)}")
        reach.update(i + k for k in range(DESTINATION_TOLD_SENTENCES + 1))  # (draft now told at i)
    a.drafts[:] = out


# verbs that tell an arrival without saying where when no place follows them ("arrived from X")
_ARRIVAL_HERE = frozenset({"arrive", "land", "come"})


# verbs of a journey that a second group of one deployment makes from elsewhere ("were flown
# to Y, while a second group of 250 soldiers travelled by road from X")
_ANOTHER_TRAVELLED = frozenset({"travel", "drive", "fly",
                                # ("a second group went by road from X", "a third ship sailed from Y", read110)
                                "go", "sail", "move", "march"})


def _another_came_from(frag: Fragment) -> bool:
    """"A second group / another 200 travelled by road from X", no place of arrival: a
    further part of the deployment told just before, on its way to the same place."""
    return bool(frag.trigger) and _stem(frag.trigger) in _ANOTHER_TRAVELLED \
        and bool(frag.distinct & {"another", "second", "third", "fourth"}) \
        and not _HOME_OR_BACK.match(frag.quote, frag.quote.find(frag.trigger) + len(frag.trigger))


# right after the verb: a way home or back, not on to the place of the deployment ("the second
# battalion went home from X", "a second group flew back from Y": read110)
_HOME_OR_BACK = _recompile(r"\s+(?:\w+ly\s+)?(?:back|home)\b", re.I)


# where a post or note saw the group: "6 launchers seen at a rail yard in X", "column spotted near Y"
_SEEN_AT = _recompile(r"\b(?:seen|spotted|sighted|observed|filmed|photographed|geolocated)\b[^.;:]{0,60}$", re.I)


def _seen_just_before(a: Assembly, draft: _Draft, first: int) -> dict | None:
    """"6 BM-21 seen at a rail yard in Tokmak, offloading. Likely arrived by train from
    Dzhankoi.": an arrival with no subject and no place of arrival arrived where the sentence
    just before saw the group (OSINT threads); None unless the clause opens with its verb."""
    frag = draft.frags[0]
    if first == 0 or not _NO_SUBJECT_OPENING.fullmatch(a.reader.text, a.reader.spans[first][0], frag.trigger_start):
        return None
    s, e = a.reader.spans[first - 1]
    for m in a.reader.places:
        if s <= m["start"] < e and m.get("lat") is not None and _SEEN_AT.search(a.reader.text, s, m["start"]):
            return _place_of(m)
    return None


# the statuses of a movement told before whose end a later "N more arrived from X" joins: a
# movement told as done, or a presence ("were anchored at", "remain deployed in": the others
# are there)
_JOINABLE = frozenset({"reported", "static"})
# ... when the arrival is told as adding to them ("two more", "another", "further", "additional")
_MORE_OF_THEM = _recompile(r"\b(?:more|another|further|additional)\b", re.I)


def _told_as_more(a: Assembly, draft: _Draft) -> bool:
    """Is the arrival told as more of what was there ("Two more ... came from X"): the words
    from its clause's start to its verb say so."""
    frag = draft.frags[0]
    if not frag.trigger:
        return False
    s = a.reader.spans[frag.sentence][0]
    return _MORE_OF_THEM.search(a.reader.text, s, frag.trigger_start) is not None


def destination_of_arrival_from(a: Assembly) -> None:
    """"N more soldiers arrived from X" with no place of arrival: they arrived where the report's
    movement told just before went ("1,100 soldiers were sent to Y. Another 200 arrived from X
    on Sunday": X -> Y). Only a reported arrival told by its verb alone, only the nearest
    movement with a destination at most ARRIVED_FROM_SENTENCES before it, of a place other than
    X (a second movement of its own: the halves of one movement were joined before this pass);
    or, up to ARRIVED_FROM_ALIKE_SENTENCES before, the movement of the force the subject names
    again (_named_alike)."""
    for k, draft in enumerate(a.drafts):
        if draft.status != "reported" or draft.origin is None or draft.destination is not None or draft.via \
                or not all(f.trigger and _stem(f.trigger) in _ARRIVAL_HERE or _another_came_from(f) for f in draft.frags):
            continue
        first = min(f.sentence for f in draft.frags)
        # (a presence told just before counts too: "14 militia vessels were anchored at A. Two
        # more came from B": the two joined the others where they lie, read62)
        joinable = _JOINABLE if _told_as_more(a, draft) else ("reported",)
        before = [d for d in a.drafts[:k] if d.destination is not None and d.status in joinable
                  and first - ARRIVED_FROM_SENTENCES <= max(f.sentence for f in d.frags) < first]
        # (the movement of the force the subject names again, when it does: "Forces of the
        # Southern Transitional Council advanced into X ... The council's forces came from A":
        # X, not the place another force went to in between)
        before = [d for d in a.drafts[:k] if d.destination is not None and d.status == "reported"
                  and first - ARRIVED_FROM_ALIKE_SENTENCES <= max(f.sentence for f in d.frags) < first
                  and _named_alike(draft, d)] or before
        if not before:
            seen = _seen_just_before(a, draft, first)
            if seen is not None and not same_place(seen, draft.origin) and not contains(draft.origin, seen):
                draft.destination = {**seen, "inferred": True}
                a.why.append(f"sentence {first} {_ends(draft)}: no subject, arrived where the sentence before "
                             f"saw it ({seen.get('name')})")
            continue
        if same_place(before[-1].destination, draft.origin) or contains(draft.origin, before[-1].destination):
            continue
        if _another_force(draft, before[-1], a.book):
            continue  # ("Ethiopian troops crossed into Ethiopia ... Somali units that had arrived from A": not Ethiopia)
        if _arrival_names_its_place(a, draft):
            continue  # ("an additional battalion arrived in Fataki from Kisangani": a place the gazetteer lacks)
        told = before[-1].destination
        draft.destination = {**told, "inferred": True}
        a.why.append(f"sentence {first} {_ends(draft)}: arrived where the movement told before went ({told.get('name')})")


# a name right after the verb of arriving and its "in" / "at" (past "the town of"): the place
# the arrival names, though the gazetteer lacks it; not a month ("arrived in October")
_ARRIVED_IN_NAME = _recompile(r"\s+(?:(?:on\s+\w+\s+)?(?:in|at)\s+(?:the\s+(?:town|village|city|locality|camp|base)\s+of\s+)?)"
                              r"(?!(?:" + MONTH_NAMES + r")\b)(?-i:[A-Z])[\w'’-]+", re.I)


def _arrival_names_its_place(a: Assembly, draft: _Draft) -> bool:
    """Does the arrival name where it arrived, right after its verb ("arrived in Fataki from
    Kisangani"), a place the gazetteer lacks? Then it went there, not where the movement told
    before went (destination_of_arrival_from).
    why: "Soldiers moved from Bunia to Djugu. ... an additional FARDC battalion arrived in
    Fataki from Kisangani" read Kisangani -> Djugu."""
    for f in draft.frags:
        m = _ARRIVED_IN_NAME.match(a.reader.text, f.trigger_start + len(f.trigger)) if f.trigger else None
        name_at = m.end() - len(m.group(0).split()[-1]) if m is not None else -1
        # (a name the finder read as a place is read as before: "arrived in Masisi territory")
        if m is not None and not any(p["start"] == name_at for p in a.reader.places):
            return True
    return False


def _another_force(draft: _Draft, other: _Draft, book: PlaceBook) -> bool:
    """Do ``draft`` and ``other`` name their actors with no word in common, nations folded
    (events._actor_words: "Somali National Army units" and "Ethiopian troops")? Then an arrival
    with no place of its own is no part of where the other force went.

    why: "Ethiopian troops ... crossed back into Ethiopia. Their positions were handed over to
    Somali units that had arrived from Mogadishu" sent the Somali units to Ethiopia (s26r, Horn
    probe)."""
    ka, kb = _actor_words(draft.actor, book), _actor_words(other.actor, book)
    return ka is not None and kb is not None and not ka & kb


_NAMING_WORD = _recompile(r"[A-Za-z][a-z]{3,}")
_NOT_NAMING = frozenset("""forces force troops soldiers units unit fighters men personnel more another other
    some about around their these those the""".split())


def _named_alike(draft: _Draft, other: _Draft) -> bool:
    """Do the words naming what moved in ``draft`` share a word that names a force (not
    "forces", "troops" alone) with what or who moved in ``other``? ("The council's forces" and
    "Forces of the Southern Transitional Council" share "council".)"""
    def words(d: _Draft) -> set[str]:
        text = " ".join(x for f in d.frags for x in (f.what, f.actor) if x)
        return {w.lower() for w in _NAMING_WORD.findall(text)} - _NOT_NAMING
    mine = words(draft)
    return bool(mine) and bool(mine & words(other))


# (the kinds of a site named whole: not places.SITE_KINDS, the sites a departure is seen off at,
# which this name shadowed from session 23 on)
_WHOLE_SITE_KINDS = frozenset(("airfield", "base", "port", "crossing"))


def _site_written_whole(mention: dict) -> bool:
    """Is the mention a base, airfield, port or crossing written with its whole name of two
    words or more, as the gazetteer gives it ("RAF Lossiemouth", "Camp Lemonnier")? Its other
    reading is then the town it is named after, not a namesake far away.

    why: "deployed from RAF Lossiemouth to X air base near Constanta" lost its origin: no other
    place of the report is in Britain, and the airfield's name has two readings (the base and
    the town of Lossiemouth), so it was taken for a far namesake."""
    surface, name = (mention.get("surface") or "").strip(), mention.get("name") or ""
    if mention.get("kind") not in _WHOLE_SITE_KINDS or " " not in surface:
        return False
    # (the name as written but for its accents, "Morón Air Base" for "Moron Air Base"; or with a
    # service's designator, "Ellsworth AFB", "RAF Fairford", which names a base and no village:
    # s24, a bomber flight from Ellsworth AFB to Morón Air Base lost both its ends)
    return surface.casefold() == name.casefold() or name_key(surface) == name_key(name) \
        or split_service(surface) is not None


# the words that open an army post's name when the post is a town of its own in GeoNames ("Fort
# Bragg", "Camp Pendleton South"): the town is the post
_POST_WORDS = ("Fort", "Camp")


def _post_written_whole(mention: dict) -> bool:
    """Is the mention an army post named "Fort X" / "Camp X" and read as the town of that very
    name (GeoNames keeps many a post as a populated place: Fort Bragg, Fort Campbell)? Its
    reading is the post, no namesake village far away, whatever country the report's other
    places are in.

    why: "the 82nd Airborne's 1st Brigade deployed from Fort Bragg to Rzeszow, Poland" lost its
    origin once the report named three more Polish towns: Fort Bragg, a town in GeoNames, was
    taken for a far namesake (probes of my own, s36 lead)."""
    surface, name = (mention.get("surface") or "").strip(), mention.get("name") or ""
    return mention.get("kind") in ("town", "village") and surface.split(" ", 1)[0] in _POST_WORDS \
        and " " in surface and surface.casefold() == name.casefold()


def _curated_site(mention: dict) -> bool:
    """Is the mention read as a site of the curated list (a base, airfield, port or crossing
    entered with its source for this tool: gazetteer/SOURCES.md)? Such a reading is no namesake
    the finder chose among villages far away: the list holds the sites movements go to.

    why: "the bombers flew on to Souda Bay" (the naval base on Crete) lost its end in a report
    whose other places were in the US and Spain."""
    return mention.get("kind") in _WHOLE_SITE_KINDS and str(mention.get("gazetteer_id") or "").startswith("curated:")


def drop_far_namesakes(a: Assembly) -> None:
    """A town, base or airfield end in a country no other mention of the report is in, and far
    from all of them, is a namesake the mention finder chose (a village on another continent);
    the movement keeps its other end."""
    context = None  # (made at the first end that may be a namesake: most reports have none)
    for draft in a.drafts:
        for end in ("origin", "destination"):
            p = getattr(draft, end)
            if p is None or _spec(p) > 2 or p.get("inferred") or p.get("lat") is None or p.get("kind") == "city":
                continue  # (a city is the reading a namesake village would have lost to)
            if context is None:
                context = _namesake_context(a.reader)
            sites, starts, points, per_name, names_by_country = context
            # judged only against the report's other towns and sites (two at least), leaving
            # out the mention this end was read from: a force sent from a far country to a
            # town is no namesake
            name, at = p.get("name"), (p.get("offsets") or [-1])[0]
            i = bisect.bisect_right(starts, at) - 1
            own = sites[i] if i >= 0 and at < sites[i]["end"] else None
            if own is not None and own.get("name") == name and own.get("candidates_count") == 1 \
                    and own.get("kind") not in ("village", "town"):
                continue  # a base or airfield whose name has no other reading: no namesake was chosen
                # (a village of one reading may still be a common word: "at Church locations")
            if own is not None and (_site_written_whole(own) or _curated_site(own) or _post_written_whole(own)):
                continue  # "from RAF Lossiemouth": the site's whole name, as written, chose no namesake
            if p.get("kind") in ("airfield", "base") and _told_as_a_flight(draft):
                continue  # "F-35s landed at Lakenheath after a transatlantic flight from Luke AFB": aircraft cross oceans
            if at >= 0 and flight_origin_told(a.reader.text, at):
                continue  # "landed on a charter flight from Larnaca": where the flight came from (read.flight_from)
            own_key = (own.get("name"), own["lat"], own["lon"]) if own is not None and own.get("name") != name else None
            if len(sites) - per_name.get(name, 0) - (own_key is not None) < 2:
                continue
            if names_by_country.get(p.get("country"), set()) - {name}:
                continue  # another place or actor of the report is in that country
            others = [key for key, n in points.items() if key[0] != name and not (key == own_key and n == 1)]
            if min(_km(p, {"lat": key[1], "lon": key[2]}) for key in others) > FAR_NAMESAKE_KM:
                setattr(draft, end, None)
        draft.via = [v for v in draft.via if v is not None]


def _namesake_context(reader) -> tuple:
    """What drop_far_namesakes judges an end against, made once a report (not per movement end),
    and only for a report with an end that may be a namesake (speed151: it was made for every
    report, with or without a movement): its towns and sites by start and as distinct points (a
    report naming one town 2,000 times has one point), the count of each name among them, and
    the names told per country."""
    places = reader.places
    sites = sorted((m for m in places if m.get("lat") is not None and m.get("country") and m.get("kind") != "country"),
                   key=lambda m: m["start"])
    starts = [m["start"] for m in sites]
    points: dict[tuple, int] = {}
    per_name: dict[str, int] = {}
    for m in sites:
        key = (m.get("name"), m["lat"], m["lon"])
        points[key] = points.get(key, 0) + 1
        per_name[m.get("name")] = per_name.get(m.get("name"), 0) + 1
    names_by_country: dict[str, set] = {}
    for m in places + reader.actors:
        if m.get("country"):
            names_by_country.setdefault(m["country"], set()).add(m.get("name"))
    return sites, starts, points, per_name, names_by_country


# verbs of flying (lexicon stems): an airfield at an end of a flight may lie an ocean away from the
# report's other places (drop_far_namesakes)
_FLIGHT_STEMS = frozenset(("fly", "land", "airlift", "touch down", "take off", "parachute", "airdrop"))


def _told_as_a_flight(draft: _Draft) -> bool:
    """Is ``draft`` told by a verb of flying ("landed at X", "flew from A to B")?"""
    return any(f.trigger and _stem(f.trigger.lower()) in _FLIGHT_STEMS for f in draft.frags)


# a part of a group told before ("120 of them", "some of the troops"): lend_told_before
_PART_OF = _recompile(r"\b(?:[\d,]+|some|part|most|many|several|half|a\s+third|one|two|three|a\s+few|dozens|hundreds)\s+"
                      r"of\s+(?:the|these|those|them|its|their)\b", re.I)


# what moves that is no people: vehicles, vessels, aircraft (lend_told_before)
_CRAFT = _recompile(r"\b(?:boats|ships|vessels|warships|frigates|corvettes|destroyers|submarines|vehicles|trucks|lorries|"
                    r"tanks|aircraft|jets|planes|helicopters|drones|bombers|fighters(?=\s+jets)|launchers|artillery|howitzers)\b", re.I)


# verbs of going back: a movement told with one of them is not carried on by a sending, nor
# the other way round (lend_told_before)
_BACK_VERBS = {"withdraw", "pull", "retreat", "return", "flee", "evacuate"}


def _goes_back_alike(trigger: str, first: Fragment) -> bool:
    """Do the verb ``trigger`` and the verb of ``first`` both go back, or neither?"""
    return (_stem(trigger) in _BACK_VERBS) == (_stem(first.trigger) in _BACK_VERBS)


def _may_lend_to(verb: VerbTold, first: Fragment) -> bool:
    """Can the placeless clause whose partial reading told ``verb`` lend to the movement ``first``
    opens, as far as its verb says? The whole reading's trigger is that verb (state.VerbTold): a
    clause whose verb goes back where the other's does not is passed over unread."""
    return _goes_back_alike(verb.trigger, first)


def lend_told_before(a: Assembly) -> None:
    """A movement told first with no place read ("P sent 400 soldiers and 600 police officers
    to the southern mining corridor on Wednesday") and carried on by the very next clause,
    whose subject refers back to it ("The troops were airlifted from Lima to Cusco"): that
    movement is the one told before, and what the first telling said of it -- who moved,
    how many, when -- is lent to it where it says none of its own. Its date only when no
    time stands between the two ("The troops later ..." is a later leg)."""
    reader = a.reader
    if not a.endless:
        return
    starting: dict[int, list] = {}  # the drafts by the clause that first tells them
    for d in a.drafts:
        first = min(d.frags, key=lambda f: f.sentence)
        starting.setdefault(first.sentence, []).append((d, first))
    for i in a.endless:
        for d, first in starting.get(i + 1, ()):
            if not first.anaphoric or first.distinct or first.headline:
                continue
            if not _may_lend_to(a.endless[i], first):
                continue  # (asked of the verb before the reading, and of the reading below)
            told = reader.fragment(i, whole=True)
            if told is None or told.status != d.status or told.distinct or told.origin or told.destination:
                continue
            if not _goes_back_alike(told.trigger, first):
                continue  # "sent 20 tanks to the front. The troops withdrew from X": another movement
            if _PEOPLE_GATE.search(first.what or "") and told.counts \
                    and not any(unit_names_people(c["unit"]) for c in told.counts):
                continue  # "The troops" refer to no "20 tanks": not the movement told before
            if _CRAFT.search(first.what or "") and not _PEOPLE_GATE.search(first.what or "") and told.counts \
                    and all(unit_names_people(c["unit"]) for c in told.counts):
                continue  # "mobilizing 200,000 troops. Its navy moved patrol boats ...": the boats are no troops (s25)
            dated = any(f.date is not None for f in d.frags)
            # "They airlifted 120 of them", "some of the troops": a part of the group, not its count
            part = _PART_OF.search(reader.text, *reader.spans[i + 1]) is not None
            later = _time_between(reader.text, reader.spans[i + 1][0], first.trigger_start)
            own = [c for f in d.frags for c in f.counts]
            # (the people told before over the vehicles they rode in: "sent 600 soldiers to the
            # east. The troops left the capital in 30 trucks" moved 600 people, GUIDELINES: count
            # is people when people are counted; read115)
            people_over_craft = bool(own) and not any(unit_names_people(c["unit"]) for c in own) \
                and any(unit_names_people(c["unit"]) for c in told.counts)
            lent = replace(told, date=None if dated or later else told.date,
                           when=set() if dated or later else told.when,
                           counts=[] if part or (own and not people_over_craft) else told.counts,
                           actor=None if any(f.actor and f.actor[:1].isupper() for f in d.frags) else told.actor)
            what = [w for w, v in (("actor", lent.actor), ("count", lent.counts), ("date", lent.date)) if v]
            if not what:
                continue
            d.frags.insert(0, lent)
            a.why.append(f"sentence {i} '{told.trigger}' (no place read) lends {', '.join(what)} to "
                         f"{_ends(d)}: sentence {i + 1} '{first.trigger}' refers back to it")


# "A second Hungarian platoon followed on Thursday", "Another convoy followed two days later":
# a second group told to have followed the movement before, with no place of its own and
# nothing after "followed" but when (another_followed)
# (or the group's own equipment, by a possessive: "Their equipment followed by road on Sunday",
# read68; and how it went, "by road", "overland", among the words of when; a day told "late
# Sunday" / "early on Monday" is a when too, read116)
_ANOTHER_FOLLOWED = _recompile(
    r"^\s*(?:(?:A|An|The)\s+(?P<which>second|third|fourth|further|separate)|(?P<another>Another)|"
    # (more of the force, or the rest of it: "More Chadian troops followed on Sunday", "The rest
    # of the battalion followed by air": a group of its own too, asked to name a force, read116)
    r"(?P<more>More|Further|Additional|The\s+(?:rest|remainder)\s+of)(?=\s)|"
    r"(?P<their>Their|Its)(?=\s+(?:[\w-]+\s+){0,2}?(?:equipment|vehicles|trucks|tanks|armou?r|weapons|heavy\s+weapons|"
    r"artillery|helicopters|aircraft|supplies|kit|baggage|luggage|materiel|matériel)\b))\b(?P<what>[^,.;:]{0,60}?)"
    r"\s+(?:also\s+|later\s+|soon\s+)?followed\b"
    r"(?P<when>(?:,?\s+(?:on\s+\w+(?:\s+\w+)?|(?:late|early)\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?|in\s+the\s+day)|later|shortly|soon|afterwards|the\s+(?:next|following)\s+(?:day|morning)|"
    r"(?:a|an|one|two|three|four|five|[0-9]+)\s+(?:days?|hours?)\s+later|(?:that|the\s+same)\s+day|overnight|"
    r"by\s+(?:road|air|sea|rail|truck|lorry|barge|boat)|overland))*)\s*[.!]?\s*$")

# what follows as an event, not as a group that moved ("Another round of talks followed")
_EVENT_FOLLOWED = _recompile(r"\b(?:talks|meetings?|rounds?|attacks?|strikes?|protests?|statements?|details|reports?|"
                             r"announcements?|clashes|explosions?|blasts?|raids?|questions?|calls?|visits?|sessions?)\b", re.I)


def another_followed(a: Assembly) -> None:
    """"Hungarian troops left Camp Novo Selo for Zubin Potok on Wednesday. A second Hungarian
    platoon followed on Thursday": a second group that followed the movement just told went the
    same way, on its own day: a movement of its own with that route (GUIDELINES: "a second
    convoy" is a new movement), its actor lent by the first. So does the group's own
    equipment told by a possessive ("Their equipment followed by road on Sunday": what moved
    and its day differ, read68).

    why: "followed" is no verb of movement of the lexicon ("X followed the talks"), so the
    second group was not read at all. Only a clause that is the whole sentence, opens with "a
    second / third / further / separate ..." or "another ..." (or "their / its" and a word of
    equipment), names no place and says nothing after "followed" but when (and how); the movement before must be reported and told at most two
    clauses before."""
    if not a.drafts:
        return  # (no movement told before for a group to follow; speed151)
    reader = a.reader
    for i, (s, e) in enumerate(reader.spans):
        m = _ANOTHER_FOLLOWED.match(reader.text[s:e])
        if m is None or reader._within(reader.places, s, e):
            continue
        if m.group("more") and _MOVER_GATE.search(m.group("what")) is None:
            continue  # ("More details followed on Monday": no force, no group that moved)
        if _EVENT_FOLLOWED.search(m.group("what")):
            continue  # ("Another round of talks followed on Sunday": an event, no group, read116)
        told = [d for d in a.drafts if d.status == "reported" and any(i - 2 <= f.sentence < i for f in d.frags)]
        if not told:
            continue
        first = max(told, key=lambda d: max(f.sentence for f in d.frags))
        at = s + m.start("what")
        date = reader._date(s, e, at) or reader._date_after_span(i, s, e)
        what = (m.group("which") or m.group("another") or m.group("their") or m.group("more")) + m.group("what")
        frag = Fragment(sentence=i, trigger="followed", trigger_start=s + m.end("what"), actor=first.actor,
                        what=reader.text[s:s + m.end("what")].strip(), date=date, quote=reader.text[s:e].strip(),
                        distinct={(m.group("which") or m.group("their") or "another").lower()
                                  if not m.group("more") else "another"})
        second = _Draft(first.origin, list(first.via), first.destination, [frag], "reported")
        a.drafts.insert(a.drafts.index(first) + 1, second)
        a.why.append(f"sentence {i}: '{what.strip()} followed': a movement of its own the way of {_ends(first)}")


def passage_joined(a: Assembly) -> None:
    """A strait passed with no end (read.strait_passed) told again is one passage; told right
    before a movement whose subject refers back to it, it is that movement's via."""
    for draft in list(a.drafts):
        if draft.origin is not None or draft.destination is not None or draft not in a.drafts \
                or not passage_alone(draft.via, draft.actor, [f.what for f in draft.frags if f.what]):
            continue
        later = a.drafts[a.drafts.index(draft) + 1:]
        for other in later:
            if other.origin is None and other.destination is None and told_again(other, draft, same_place) \
                    and not _passed_apart(draft, other, a.book):
                draft.frags.extend(other.frags)
                a.drafts.remove(other)
                a.why.append(f"'{other.frags[0].trigger}': the passage of {_ends(draft)} told again")
        for other in later:
            if other in a.drafts and (other.origin is not None or other.destination is not None) \
                    and continued_by(draft, other):
                other.via = list(draft.via)
                other.frags[:0] = draft.frags
                a.drafts.remove(draft)
                a.why.append(f"'{other.frags[-1].trigger}': its way passed {[p.get('name') for p in draft.via]}, told just before")
                break


# what sets two passages of one strait apart: another mover, another day (events.event_features;
# a title's words describing the lede's ships are no other mover there: _title_describes, so the
# states the two name are asked too, _of_two_states)
_PASSAGES_APART = frozenset(("different_actors", "different_services", "different_days", "dates_disjoint"))


def _passed_apart(draft: _Draft, other: _Draft, book: PlaceBook) -> bool:
    """Are two passages of the same strait told apart by their movers or their days ("The landing
    ship Yamal transited the Bosphorus ... The submarine Novorossiysk sailed through the strait",
    "Two Chinese destroyers sailed through the X Strait on Monday. A Russian frigate transited the
    strait on Wednesday")?

    why: a passage told again was merged whatever ship passed: once "the strait" referred back
    to the strait told before, the second ship's passage was dropped into the first's
    (GUIDELINES: a different actor or date makes a new movement; probes of my own, s33 read90)."""
    return _of_two_states(draft, other, book) or bool(_PASSAGES_APART & set(event_features(draft, other, book)))


def _of_two_states(passage: _Draft, other: _Draft, book) -> bool:
    """Do the two passages name forces of different states ("Chinese navy ships crossed ... the
    Taiwan Strait" / "The US destroyer USS Ralph Johnson transited the strait"), even where a
    title describes the lede? (States, not words: the headline's "Chinese carrier group" and the
    lede's "the carrier Fujian" are one, s33m.)"""
    def states(d: _Draft) -> set:
        return {c for f in d.frags for told in (f.actor, f.what) for c in _states_of(_actor_words(told, book))}
    mine, theirs = states(passage), states(other)
    return bool(mine) and bool(theirs) and not mine & theirs


def drop_endless(a: Assembly) -> None:
    """A draft with neither origin nor destination is no movement, unless what it passed is a
    strait, channel or canal only ("destroyers transited the Tsugaru Strait": read.strait_passed),
    or the water a ship passed between two places ("passed between Guam and Saipan").

    A force seen passing a place on land ("a convoy was filmed passing through X") is no
    movement, as "a convoy passed through X" is none: GUIDELINES make one end the least a
    movement has ("One end is enough"), and a sighting tells no more ends than the plain telling
    does; how it became known (filmed, seen) is no part of what moved (decided s45 read120,
    undoing s44 read118's exception; a sighting with its end told keeps the place as via).
    Nor is a group only seen at a stop ("was spotted refuelling in X", read.seen_stopping): the
    text never says it moved there."""
    a.drafts[:] = [d for d in a.drafts if (d.origin is not None or d.destination is not None)
                   and not (d.origin is None and all(f.seen_stop for f in d.frags))
                   or passage_alone(d.via, d.actor, [f.what for f in d.frags if f.what])
                   or passage_between_alone(d)]  # ("patrol ships passed between A and B": read.strait_passed)


PASSES = (read_fragments, origin_where_relative_leg_ended, origin_where_carried_to, actor_of_plural_demonym, origin_of_contrasted, origin_where_part_stayed, origin_where_left_behind, origin_where_they_were, origin_left_to_another, join_halves, complete_halves, destination_due_after_leaving, via_on_the_way, via_where_met, count_from_description, origin_home_through_crossing,
          waterway_country, origin_from_foreign_via, origin_where_seen_off, destination_where_welcomed, destination_where_families_waited, destination_where_welcomed_home, destination_where_stayed,
          destination_where_speaker_is, destination_told, destination_of_arrival_from, origin_where_seen_before, origin_kept_from_retracted, drop_far_namesakes, lend_told_before, part_actor_of_group, detached_part_actor, plan_carried_out, plan_completed, plan_arrived, moved_in_where_left, moved_in_where_told, moved_in_taking_over, destination_moved_in_from, another_followed, added_group_followed_told, joined_them_told, also_sent, also_sent_from, arrived_where_told, another_arrived, arrived_at_dateline, followed_by_more, another_on_day,
          origin_where_relieved, origin_where_retaken, replaced_from, replaced_by_unit, count_told_after, count_line_after, date_told_after, night_before_next_leg, estimate_told_after, area_of_two, crossing_detail, passage_joined, ship_ends_at_ports, journey_told_again, army_of_lede, drop_endless)


def extract(text: str, *, gazetteer, published=None, source: str | None = None, url: str | None = None,
            mentions: list[dict] | None = None, include_all: bool = False, why: list | None = None) -> list[dict]:
    """MOVEMENT Features read from one report, in report order.

    ``gazetteer`` is handed in (a :class:`~geomove.read.book.PlaceBook`, or a Gazetteer that
    is wrapped as one); mentions are found with it unless given. Movements whose status is not
    ``reported`` are returned only with ``include_all=True``. ``why``: a list that receives
    one line per decision taken (which fragments were one movement, and by which features).
    """
    squeezed = squeeze(text)  # (long runs of layout white space: see geomove.layout)
    if squeezed is not None:
        given = None if mentions is None else [mention_to_squeezed(m, squeezed) for m in mentions]
        found = extract(squeezed.text, gazetteer=gazetteer, published=published, source=source, url=url,
                        mentions=given, include_all=include_all, why=why)
        return [feature_to_original(f, squeezed) for f in found]
    pub = parse_published(published) if published else None
    given_pub = pub
    if pub is None:
        # (no publication date given: the day the dateline writes in full, for the report's
        # weekdays and relative days; the output's `published` stays what the caller gave)
        pub = dateline_day(text)
        if pub is not None and why is not None:
            why.append(f"dates: no publication date given; days told from the dateline's {pub.isoformat()}")
    # (a line written in capitals read as prose would write it, as the finder reads it:
    # mentions.recase; and a hard-wrapped sentence read whole: its line breaks as spaces, the
    # same offsets, read.unwrap)
    raw = getattr(gazetteer, "gazetteer", gazetteer)
    prose = recased(text, raw) if hasattr(raw, "has_key") else text
    if mentions is None:
        from ..mentions import find_mentions, mention_as_written
        # (found in the recased text, which the finder would recase again otherwise: the same
        # mentions, with their words as the report writes them)
        mentions = find_mentions(prose, gazetteer=raw, published=pub)
        if prose is not text:
            mentions = [mention_as_written(m, text) for m in mentions]
    book = place_book(gazetteer)
    # ("the Caribbean nation" after Haiti: a mention of Haiti over those words, read.country_epithet)
    mentions = country_epithets(prose, mentions, book, why)
    reader = _Reader(without_letter_labels(unwrapped(prose)), mentions, pub)
    reader.capital = text_capital(text, mentions, book)  # what "the capital" alone means here
    reader.capitals_told = capitals_told(text, mentions, book)  # ... or may refer back to
    state = Assembly(reader, book, [], explain=why is not None)
    for step in PASSES:
        step(state)
    if why is not None:  # the caller asked for the decisions taken, in order
        why.extend(state.why)
        why.extend(unverified_why(state.drafts))  # (read.unverified)
        why.extend(sighting_day_why(state.drafts))  # (the day of a move from where it was seen)
    features = [_to_feature(d, given_pub, source, url) for d in state.drafts]
    if prose is not text:
        # (the quote as the report writes it, in its capitals: the same offsets)
        as_written = unwrapped(text)
        for f in features:
            f["properties"]["quote"] = _quote_as_written(f["properties"].get("quote"), reader.text, as_written)
    return [f for f in features if include_all or f["properties"]["status"] == "reported"]


def _told_before_as_reported(drafts: list, presence: _Draft, leg: _Draft, book) -> _Draft | None:
    """The reported movement before ``presence`` (a force's presence told in a clause that is no
    report of a move: "who had been deployed in X") that ``leg``, the force's move from there,
    is the same event as (events.same_event, settled); None if there is none."""
    # (the few movements told last: a report of thousands of movements asks no more of each leg)
    for d in reversed(drafts[-TOLD_BEFORE_DRAFTS:]):
        if d is presence or d.status != "reported":
            continue
        if same_event(d, leg, book, settle=True).same:
            return d
    return None


TOLD_BEFORE_DRAFTS = 8  # how many movements told last a leg from a presence is compared with


def _quote_as_written(quote: str | None, read: str, written: str) -> str | None:
    """``quote``, whose parts are slices of ``read``, with each part as ``written`` (a text of the
    same length) has it; a part not found stays as read."""
    if not quote:
        return quote
    parts = []
    for part in quote.split(" … "):
        at = read.find(part)
        parts.append(written[at:at + len(part)] if at >= 0 else part)
    return " … ".join(parts)


def _counts_people(frag: Fragment) -> bool:
    return any(unit_names_people(c["unit"]) and not c.get("escort") for c in frag.counts)


def _people_counted_elsewhere(counted: Fragment | None, frags: list[Fragment]) -> Fragment | None:
    """"Some 600 elementos ... arrived in Culiacán. The troops were flown from Mexico City
    aboard two transport aircraft": the clause with the movement's ends counts only what
    carried them; the people counted in another clause of the same movement are its count
    (GUIDELINES: people when people are counted, else vehicles). People a description
    counts ("vehicles carrying 18 soldiers") are counted already (_to_feature)."""
    if counted is None or _counts_people(counted) or any(f.described and _counts_people(f) for f in frags):
        return counted
    return next((f for f in frags if f is not counted and not f.described and _counts_people(f)), counted)


def _has_number(frag: Fragment) -> bool:
    return any(c.get("value") is not None and not c.get("escort") for c in frag.counts)


def _number_told_elsewhere(counted: Fragment | None, frags: list[Fragment]) -> Fragment | None:
    """"The LNA moved dozens of armoured vehicles from A to B ... The convoy, estimated at 70
    vehicles, arrived in B on Sunday", "sent hundreds of fighters from A towards B ... A column of
    around 60 vehicles moved from A": the clause first counted gives no number ("dozens",
    "hundreds"); another clause of the same movement gives one, which is its count (GUIDELINES:
    people when people are counted, else the vehicles; people told by no number leave the
    vehicles' number, as "hundreds of fighters in about 70 vehicles" does). Before, the count
    stayed None (probes of my own, s36 read98). A clause that counts a part ("500 of them") is
    _part_counted's."""
    if counted is None or _has_number(counted):
        return counted
    return next((f for f in frags if f is not counted and not f.described and _has_number(f)), counted)


def _part_counted(counted: Fragment | None, frags: list[Fragment]) -> Fragment | None:
    """"About 2,000 fighters withdrew from A on Monday. 500 of them moved on to B on Wednesday":
    the route a part "of them" carried on to its end was made by the part, so the part's count
    is the movement's (GUIDELINES: count is the number that moved); the whole's count had been
    kept, as the first clause's (read70). A count read so is marked ``part`` (read.elided_count)."""
    return next((f for f in frags if any(c.get("part") for c in f.counts)), counted)


def _what_is_its_actor(frag) -> bool:
    """Does the clause's what only repeat its actor ("Turkish army" of "Turkish army reinforces
    bases")? Such a what tells who moved, not what they moved."""
    what, actor = (frag.what or "").lower(), (frag.actor or "").lower()
    return bool(actor) and _recompile(r"(?:the\s+)?").sub("", what, count=1).strip() == actor.strip()


def _names_a_mover(what: str) -> bool:
    """A what that can stand for the actor's: a short noun phrase that ends naming a force or
    its equipment ("commando units and armoured vehicles", "a column of military trucks"), not a
    place, a clause read as a noun phrase ("an agency shared a video of the convoy") or words
    cut from a quote."""
    words = what.split()
    return 0 < len(words) <= _MOVER_WHAT_WORDS and what[:1] not in _QUOTES \
        and _MOVER_GATE.search(" ".join(words[-3:])) is not None  # ("armoured personnel carriers")


def _first_what(frags) -> str | None:
    """The first clause's what, unless it only repeats its actor: then the first later what
    that names a force or its equipment, if any."""
    first = next((f for f in frags if f.what), None)
    if first is None or not _what_is_its_actor(first):
        return first and first.what
    return next((f.what for f in frags if f.what and not _what_is_its_actor(f) and _names_a_mover(f.what)),
                first.what)


_MOVER_WHAT_WORDS = 8  # (longer whats are clauses read as noun phrases more often than not)

# the mark that opens quoted speech, and the one that would close it
_SPEECH_MARKS = {'"': '"', "\u201c": "\u201d", "\u2018": "\u2019", "'": "'"}


def _without_speech_mark(what: str | None) -> str | None:
    """``what`` without the mark that opens the quoted speech its clause starts ('"The officers
    landed at X," a spokesman said' names what moved as 'The officers', not '"The officers'); a
    mark closed within ``what`` is part of a name and stays ('the "Wagner" group')."""
    if not what or what[0] not in _SPEECH_MARKS or _SPEECH_MARKS[what[0]] in what[1:]:
        return what
    return what[1:].lstrip() or None


def _without_sighting_left(frags, origin):
    """The clauses whose day may date the movement: a sighting whose place became its origin
    ("A convoy was filmed in X on Monday. It moved to Y on Wednesday": events._chain) tells the
    day it was seen there, not the day it moved, so it gives way to a clause of the move with a
    day of its own (the sighting's day stays when no other clause has one)."""
    if origin is None or not any(f.sighted for f in frags):
        return frags  # (the cheap test: most movements hold no sighting)
    rest = [f for f in frags if not (f.sighted and f.date is not None
                                    and any(same_place(p, origin) for p, _at in f.destination))]
    return rest if len(rest) < len(frags) and any(f.date is not None for f in rest) else frags


def sighting_day_why(drafts) -> list[str]:
    """The why's lines for the day of a movement that left from where it was only seen
    (_without_sighting_left): dated by a clause of the move with a day of its own, the sighting's
    day set aside; or by the sighting's day, when no clause of the move tells one. Nothing when
    the journey's departure and arrival date it (read.departure_day) or no sighting made its
    origin. Asked only when the caller wants the why."""
    out = []
    for d in drafts:
        frags = sorted(d.frags, key=lambda f: f.sentence)
        seen = [f for f in frags if f.sighted and f.date is not None and d.origin is not None
                and any(same_place(p, d.origin) for p, _at in f.destination)]
        if not seen or departure_to_arrival(frags, d.origin, d.destination):
            continue
        dated = _without_sighting_left(frags, d.origin)
        own = next((f for f in dated if f.date is not None and f.date.precision == "day"), None) \
            or next((f for f in dated if f.date is not None), None)
        at = f"seen at {d.origin.get('name')} (sentence {seen[0].sentence}, '{seen[0].date.text}')"
        if dated is not frags and own is not None:
            out.append(f"sentence {own.sentence}: {_ends(d)} dated by its own day ('{own.date.text}'), "
                       f"not the day it was {at}")
        elif own is not None and own.sighted:
            out.append(f"sentence {own.sentence}: {_ends(d)} dated by the day it was {at}: "
                       f"no clause of the move tells a day of its own")
    return out


def _to_feature(d: _Draft, pub, source, url) -> dict:
    frags = sorted(d.frags, key=lambda f: f.sentence)
    # the count told with the movement's own ends before one told with coarser ones ("K
    # dispatches 2,000 troops to L ... an initial group of 80 flew out of <airport>")
    told_ends = [f for f in frags if any(same_place(p, end) for end in (d.origin, d.destination) if end
                                         for p, _at in f.origin + f.destination)]
    counted = next((f for f in told_ends + frags if f.counts and not f.described), None)
    counted = _part_counted(_number_told_elsewhere(_people_counted_elsewhere(counted, told_ends + frags), told_ends + frags), frags)
    counts = counted.counts if counted is not None else []
    described = [c for f in frags if f.described for c in f.counts]
    people = [c for c in counts if unit_names_people(c["unit"]) and not c.get("escort")] or \
        [c for c in described if unit_names_people(c["unit"])]
    counts = counts + [c for c in described if c not in counts]
    moved = [c for c in counts if not c.get("escort")]
    # (people told by no number, "hundreds of fighters in about 70 vehicles": the vehicles' number,
    # GUIDELINES: the count is of people when people are counted, else of the vehicles; read83)
    count = ([c for c in people if c.get("value") is not None] or [c for c in moved if c.get("value") is not None]
             or [{"value": None}])[0]["value"]
    # what moved as the clause that gave the count names it: its words and the count agree
    # (a clause whose what is only its actor's name, "Turkish army reinforces bases", gives way to
    # one that names what the force moved, "sent commando units and armoured vehicles")
    what = _without_speech_mark((counted.what if counted is not None else None) or
                                next((f.what for f in frags if f.counts and f.what), None) or
                                _first_what(frags))
    # (a journey told as its departure and, apart, its arrival runs from one day to the other:
    # read.departure_day)
    dated = _without_sighting_left(frags, d.origin)
    date = departure_to_arrival(frags, d.origin, d.destination) \
        or next((f.date for f in dated if f.date is not None and f.date.precision == "day"), None) \
        or next((f.date for f in dated if f.date is not None), None)
    mode = next((f.mode for f in frags if f.mode), None)
    quote = " … ".join(dict.fromkeys(f.quote for f in frags))
    confidence = 0.35 + 0.2 * (d.origin is not None) + 0.25 * (d.destination is not None) \
        + 0.05 * bool(d.via) + 0.05 * (count is not None) + 0.05 * (d.actor is not None) \
        + 0.05 * min(len(frags) - 1, 2)
    if all(f.noun_only for f in frags):
        confidence -= 0.15
    if any(f.undirected for f in frags) and not any(f.origin and f.destination and not f.undirected for f in frags):
        # "travelled between A and B": no clause tells which way (weights.DIRECTION_UNSTATED)
        confidence += DIRECTION_UNSTATED
    if told_unverified(frags) is not None:
        confidence += UNVERIFIED_CLAIM  # ("claimed, without evidence, that ...": read.unverified)
    props = dict(
        actor=d.actor, what=what, count=count, counts=counts, mode=mode,
        origin=d.origin, via=d.via, destination=d.destination,
        start=date.date_start.isoformat() if date else None,
        end=date.date_end.isoformat() if date else None,
        time_precision=date.precision if date else None,
        date_text=date.text if date else None,
        published=pub.isoformat() if pub else None, source=source, url=url, quote=quote,
        confidence=round(max(0.05, min(confidence, 0.99)), 2), status=d.status,
    )
    return make_movement(**props)

