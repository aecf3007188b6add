"""Clause analysis: what each clause with a movement trigger says: the roles of its places, its
status, actor, counts, mode and date (a :class:`Fragment`, read by :class:`_Reader`).

The reader's parts of one idea each live beside it: :mod:`.cuts` (a sentence cut into
clauses), :mod:`.forces` (the force a clause tells of, as a noun phrase), :mod:`.counts` (how
many moved) and :mod:`.no_force` (subjects that are no movement of a force)."""

from __future__ import annotations

import bisect
import datetime as dt
import dataclasses
import functools
import itertools
import re
from typing import NamedTuple

from . import lazy
from .title_line import in_title_line
from .pronoun_antecedent import it_subject_only, pronoun_subject_only, state_subject_before, subject_before
from .settled_after import place_settled_after
from .fallback_end import goal_after_origin, later_stop_as_end
from .retold_day import retold_before
from .relative_anaphor import BEARING_BEFORE_ANAPHOR, seen_by_bearing
from .home_from_subject import home_country_after_force, without_place_at
from .relative_subject import named_by_what_it_did
from .for_home import left_for_home
from .back_across import withdrew_across_the_border
from .induction import INDUCTION_VERBS, into_service
from .formation_left import formation_left
from .fronted_place import subject_after_fronted_place
from .aside_date import dates_not_of_an_aside
from .korea_sides import korea_side_subject
from .side_of_place import side_after, without_side_places
from ..dates import WEEKDAY_NAMES, DateMention, date_after_span, find_dates, parse_published, tells_a_span
from ..dates import ahead_when_planned, heading_date_before, item_date_before, opens_list_item
from ..textutil import ANY_WORD, LONG_TEXT, any_word_of, line_start_near, sentence_spans, word_chunks, word_index
from .gates import Gate
from .lexicon import (count_value, GOT_THERE, NAME_PARTICLE, SENT_PARTICIPLES,
    SAID_WHEN,
    _DATA,
    _DENIAL,
    _HABITUAL_GATE,
    _IN_YEAR,
    _ACCORD_AFTER,
    _ACCORD_BEFORE,
    _ACTOR_RE,
    BARE_NUMBERED_UNIT,
    _AIR,
    _ANAPHOR_SUBJECT,
    _ASIDE,
    _BOUND_AFTER,
    _DEPARTURE,
    _ARRIVAL,
    _BARE_SUBJECT_GAP,
    _CASUALTY_AFTER,
    _CHAIN,
    _CLAUSE_BREAK,
    search_count,
    _CROSSING_NOUN,
    _CUE_RE,
    _DIRECTED_ONLY,
    _FORCE_ONLY,
    _ABSTRACT_NOUNS,
    _DEPLOYMENT_TOLD,
    _RECEIVED_OBJECT, _RECEIVED_OBJECT_GATE,
    _DIRECTION_AFTER,
    _DISTINCT,
    _SEPARATE_OPENING,
    _LEFT_IN_PLACE,
    _SOURCE_COUNT_OPENS,
    _SOURCE_COUNT_SAID,
    _FORCE_NAME_END,
    _FORCE_NOUN,
    _INCLUDING_LIST,
    _MOVED_ON,
    _MOVER, _MOVER_GATE,
    _VESSEL_MOVER, _VESSEL_MOVER_GATE,
    _MATERIEL_MOVER, _MATERIEL_MOVER_GATE,
    _HOME_VERBS,
    _NOT_REACHED, _NOT_REACHED_GATE,
    _CIVILIAN,
    _KIND_AFTER_NAME,
    _THE_OTHER_TO,
    _PRESENCE_ASIDE,
    _GOODS, _GOODS_GATE,
    _THINGS, _THINGS_GATE,
    _THING_OBJECT, _THING_OBJECT_GATE,
    _ARMS, _ARMS_GATE,
    _TRIP_PURPOSE,
    _PERSON_VERBS,
    _PERSON_SUBJECT,
    _PERSON_AFTER_VERB,
    _NOT_PERSON_NAMES,
    _AIRCRAFT_MODEL_PLURAL,
    _MANNER_OF_MOTION,
    _MODE_VERBS,
    verb_form_as_noun,
    _PARTY_PHRASE,
    _COME_FORMS,
    _LEFT_FORMS,
    come_in_time,
    left_as_result,
    left_as_side,
    left_as_result_span,
    _NP_GAP,
    _NUMWORDS,
    _ON_THE_WAY_GATE,
    _TENS_UNITS,
    _PARTICIPLE_OF_PRESENCE,
    _PASSIVE_DESTINATION,
    _PASSIVE_ORIGIN,
    _PURPOSE_VERBS,
    _LOCUS_PLACING,
    _LOCUS_JOINING,
    _TARGET_FIGHTING,
    _TARGET_SECURING,
    _TARGET_SITE,
    _FIGHTING_JOINED,
    _SENDING_VERBS,
    _VERB_FORMS,
    _OBJECT_ROLE,
    _REST_SUBJECT,
    _ROAD,
    cue_role,
    _BETWEEN_BEFORE,
    _ROUTE_BETWEEN,
    _PASSAGE_BETWEEN,
    _ROUTE_BETWEEN_GAP,
    _SEA,
    _SOME_DAY,
    _SPEECH_BEFORE,
    _TRIGGER_RE,
    _TRIGGER_SCAN,
    under_way,
    _stem,
    object_after,
)
from ..wordlists import GIVEN_NAMES, SHIP_KINDS_RE, SHIP_PREFIXES_RE
from .ship_she import she_is_the_ship
from .numbered_rotation import code_relieved_at, code_relieves_code
from .colon_day import COLON_DAY_CHARS, day_before_colon
from .titled_before import NamesTold
from .alongside import dated_alongside
from .movers import escorted_by_force, subject_after_time_conjunction
from .nouns import without_noun_moves
from .places import _place_of, _spec, contains
from .told_container import without_told_holders
from .written_address import written_address
from .later_clause_date import dates_not_of_a_later_clause, opens_next_conjunct
from .state import Fragment
from .roles import RoleReading, without_idle_pass
from .named_vessel import named_vessel_before
from .dated_opener import subject_after_dated_opener
from .after_clause import subject_of_time_clause
from .companies import company_subject
from .shared_subject import and_heads, participle_heads, participle_object, plan_head, plan_is_the_move, subject_end
from .status import StatusReading
from .report_participle import report_infinitive_end
from .syntax import HEAD_ENDS as _HEAD_ENDS, PURPOSE_BASE_VERBS, analyse, purpose_starts
from .groupings import grouping_subject
from .bullets import lede_actor, verb_opens_item
from .item_span import counted_from_item_day, weekday_of_item
from .relieved_date import relieved_after
from .span_before_clause import date_of_joined_clause, span_joiner_before
from .liveblog import clock_minutes, liveblog_dates
from .post_stamp import post_stamp_dates
from .demonym_force import demonym_of_force
from .zones import owns_a_zone
from .chained_list import list_after_chain
from .ordered_goods import dates_not_of_purchase
from .report_words import REPORT_WORDS, REPORT_WORDS_RE
from .relief_purpose import relief_beside_an_end
from .act_from import act_from_place
from .intended_end import intended_in_subject
from .plural_anaphor import PLURAL_GATE as _PLURAL_GATE, ends_in_order, listed_before, plural_referent
from .aside_then_date import date_after_aside, dates_not_closing_aside
from .counted_nationals import counted_nationals
from .teller_place import teller_at
from .compared_aside import within_compared_aside
from .home_base import home_base_beside_origin
from .road_ends import road_ends_passed
from .bracketed_place import finer_of_the_two, tells_the_same_end
from .transit_country import transit_country_passed
from .via_list import via_listed
from .way_not_taken import way_not_taken
from .way_phrase import only_the_way, what_without_way
from .relative_then_fought import fought_after_place
from .accord_venue import accord_venue
from .transfer_of import TRANSFER_NOUNS, transfer_of_no_force
from .crossed_at_town import crossed_from_area_at, entered_area
from .trip_cut_short import trip_cut_short
from .turned_back import set_out_for_and_turned_back, turns_back_towards
from .order_passive import order_names_a_place
from .backed_by import named_as_backer
from .dateline_subject import subject_after_dateline
from .elided_count import ELIDED_COUNT_CHARS, bare_number, elided_count, fronted_part
from .hypothetical import without_modal_words
from .size_words import names_nothing
from .plan_dates import noun_planned_ahead, ordered_move_dated_after, told_in_the_future
from .plan_in_entry import planned_entry_date, told_in_an_entry
from .participle_of_plan import step_of_plan
from .named_force_alone import named_force_subject
from .owner_told import owner_after_belonging, owner_with_belonging_aside
from .departure_day import arrival_day_told_after, departure_day_told_after_arrival, departure_day_told_before
from .object_list import object_list_end
from .put_off import put_off_until
from .pronoun_chain import CHAIN_CLAUSES, opened_by_pronoun
from .services import qualify_service_name, refers_back_to_service, section_heads, service_actor, service_country, service_named_before, service_subject
from .weights import BETWEEN_REACH_CHARS, NP_CONTINUES_CHARS, TOTAL_BEFORE_COUNT_CHARS
from .designators import model_number, numbered_designator
from .speaker_of_force import force_of_speaker_words, names_a_speaker
from .repeated_from import second_origin_listed
from .restated_destination import restates_told_destination
from .sea_then_port import sea_passed_to_port
from .span_anchor import day_dates_for_span
from .week_told_reach import paragraph_days_for_week_told
from .sent_aside import SENT_ASIDE_AT_END, is_sent_aside_part
from .force_kinds import force_kind
from .aside_named import named_in_aside, subject_after_place_aside
from .site_in_place import site_located_by_place
from .scrambled import SCRAMBLE, scrambles_aircraft
from .boarded_carrier import BOARD, boards_a_carrier, is_board
from .relieved_by import relieved_at_place, relieved_by_force
from .cue_object import cue_then_place
from .road_sighting import seen_on_the_road_to
from .post_marks import what_without_post_marks
from .purpose_count import counted_in_purpose
from .said_then_moved import said_on_day
from .passengers_flight import civilians_took_flight
from .site_address import town_of_site_part
from .state_of_force import state_of_force
from .event_day import dates_not_of_another_event
from .event_clause_date import other_event_clause
from .scene_date import dated_by_scene
from .thwarted import thwarted_end
from .joined_subject_date import dated_with_other_subject
from .counts import (_WORD, _add_joined, _count_range, _joined_people, _joined_vehicles, _may_count, _one_vehicle_after,
                     _one_vehicle_before, _vehicle_count, _whole_list, count_of_presence, mark_qualified)
from .took_back import took_back
from .handed_split import handed_site_over
from .rotated_with import ROTATE, rotated_with_at
from .followed_on import followed_on
from .tracked_between import tracked_between
from .vessels_owner import owner_of_vessels
from .forces import (_FORCE_WORD, _FORCE_WORD_GATE, _GROUP_OF, _actor_names, _counted_force, counted_by_vague_number, _first_of_joined, _flown_by_a_name, _force_np,
                     _formation_of_force, _group_sent_a_force, _group_vehicles_subject, _led_a_force, _members_of_force,
                     _military_companies, _plain_force_subject, _sent_a_force, _ships_named, _without_asides, sends_a_force,
                     _without_idle_carry, carries_out, escorted_force, escorts_civilians, generic_force_word, named_as_member,
                     without_relative_aside)
from .no_force import (TIME_BEFORE_OF, _OBJECT_STOP, _OF_WHAT, _air_service, _civilians_of_noun, _munitions_in_flight, _no_force_moves,
                       _official_only, _speaker_of_place)
from .reduced_relative import load_before_sighting, participle_before_a_finite_verb, verb_after_reduced_relatives
from .clause_window import before_in_clause
from .speaker_after import speaker_told_after
from .state_organs import force_named_as_object, organ_force_subject, organ_said_bare_force, organ_subject
from .organ_alone import organ_alone_subject
from .joint_owners import with_joint_owners
from .part_route import part_is_the_subject, route_told_of_a_part, the_rest_of_a_group
from .part_aside import PART_ASIDE_AT_END
from .left_then_returned import RELATIVE_DATED_DEPARTURE_AT_END, RELATIVE_DEPARTURE_AT_END
from .subject_relative_modal import RELATIVE_PLAN_AT_END
from .ordered_relative import ORDER_RELATIVE_AT_END
from .since_date import dates_not_since
from .watched_count import counted_watched
from .pronoun_after_conjunction import main_clause_subject, object_referred_to, refers_back_after_conjunction, watcher_referred_to
from .act_dated import dates_not_of_an_act
from .cuts import SIGHTING_PARTICIPLES, _CONTRAST, _CONTRAST_GATE, _RELATIVE_JOIN, OthersReportBefore, _clauses
from .subordinate import subject_after_clause_and, subject_after_conjunction
from .undated_part import kept_part_end
from ..regex_cache import CompiledPatterns, as_pattern
from .kept import recompile as _recompile
# (read35's constructions: read.presence_relative, apposed_counts, quoted_days, relieved_moved, filed_day)
from .presence_relative import dates_not_of_presence, deployed_in_relative, presence_relative_spans
from .relative_date import dates_not_of_relative
from .relative_leg import dates_not_opening_antecedent, day_opening_antecedent
from .armed_groups import KNOWN_GROUP_NAMES, apposition_after_initials, group_itself, group_referred_back, group_subject, refers_to_no_group
from .seen_moving import seen_moving
from .log_entry import continues_log
from .force_reference import force_of_speaker, force_told_before, kind_of_force_subject, kind_of_formation, opens_sentence, opens_with_possessive, owner_of_arms, refers_back_by_possessive
from .apposed_counts import apposed_count, apposed_what, counts_people
from .formation_size import formation_size  # (read70)
from .estimated_count import equipment_units, estimated_in_clause, tally_at_end, what_before_size_aside
from .route_length import distance_only, route_length_origin
from .unit_names import named_unit_subject
from .colon_clause import after_colon_clause
from .brought_to_total import _ADDING_UP, brings_to_a_total
from .number_of_moved import counted_in_a_total
from .passive_agent import area_of_subject, place_reinforced_by, subject_before_aside, subject_stays
from .titled_speaker import force_of_title, what_before_command_aside, without_saying
from .quoted_days import names_a_weekday
from .relieved_moved import relieved_unit_moved
from .handed_site import HANDING_OVER, HANDOVER_NOUNS, handover_of_a_site, hands_over_a_site
from .handed_town import handed_over_on_withdrawal, handed_over_then_moved
from .group_province import in_group_province
from .members_of_formation import formation_of_members
from .part_of_frame import in_frame_after_end
from .onward_told_after import moved_on_another_day, moved_on_told_after
from .onward_date import onward_leg_date, relative_leg_date
from .reached_each_day import next_end_another_day, reached_before
from .move_as_noun import noun_end, verb_used_as_noun
from .noun_s_mover import noun_s_mover
from .report_aside import is_report_aside, subject_before_report_aside
from .described_aside import described_aside
from .relative_own_object import antecedent_of_relative_verb
from .month_march import without_month_march
from .relative_carried import carried_in_comma_relative, carried_then_chained, carried_to_in_aside, force_carried_in_aside, load_of_aside, relative_after_that, what_before_carrying_relative
from .same_subject_as import subject_before_pronoun_clause
from .command_name_rest import past_the_name_rest
from .replaced_with import force_replacing, replaced_with_a_force
from .distance_apposition import bearing_locates_the_place_before, distance_locates_the_place_before, located_by_distance
from .road_apposition import located_on_road
from .group_joined import counts_a_group_joined, joined_group_sent
from .place_relative_count import counted_in_place_relative
from .weapons_told_before import weapons_told_before
from .boarded_on_the_way import boarded_after_origin
from .unclear_extent import what_after_unclear_extent
from .among_inverted import fronted_verb, subject_told_last
from .before_moving_on import moved_on_before
from .relative_what import antecedent_what, mover_of_move_noun
from .travel_on import crossed_then_moved, travelled_on
from .vehicles_owner import nation_in_vehicles, owner_in_vehicles
from .filed_day import _DATELINE_AFTER, dateline_colon, filed_day
from .said_twice import speaker_of_own_move
from .attributive_participle import describes_force, describes_site
from .seat_subject import seat_subject
from .own_border import own_border_place, own_border_told
from .made_to_move import object_made_to_move
from .back_through import placeless_return
from .connective_opener import after_connective
from .force_said_it import _OWN_CONVOY, _OWN_UNIT, force_said_it_moved
from .own_count_told import body_subject, body_tells_own_count
from .state_of_name import with_its_state
from .lost_count import lost_or_left
from .left_again import place_held_then_left, place_left_again, place_taken_after_left
from .initials_kind import initials_before_kind
from .state_initials import initials_owned_by_state
from .comma_unit import comma_unit
from .reinforced_by_moving import verb_after_reinforcing
from .noun_then_way import noun_before_way_participle
from .escort_aside import verb_after_escort_aside
from .garrison_moved import garrison_moved
from .elided_group import elided_group_at
from .added_force import added_group_at, added_group_followed
from .business_seat import business_moved_its_seat
from .closer_in_policy import closer_in_policy
from .day_after_verb import day_opening_end, without_day_opening
from .object_relative import antecedent_object, without_pronoun_object
from .journey_noun import read_as_noun
from .participle_after import (subject_after_opening_participle, subject_before_comma_participle, subject_of_participle,
                              verb_after_opening_participle)
from .held_after_moving import place_held_before_after
from .aircraft_force import aircraft_after, single_craft_before_verb, single_craft_ending, subject_of_verb, is_armour
from .belonging_to import owner_named
from .phrase_apart import in_another_country, locates_the_border, speakers_place
from .dash_aside import end_before_dash_aside, subject_before_dash_aside
from .subordinate_subject import subject_after_subordinator
from .received_at import place_received_at, received_no_force, what_received
from .idle_verbs import idle_where_no_places, without_idle_verbs
from .formation_owner import owns_a_formation
from .apposition_closed import BELONGING_APPOSITION, CALL_SIGN_APPOSITION, verb_group_only
from .having_moved import place_of_presence, subject_before_presence
from .subject_from_country import without_subject_countries
from .force_from_state import force_from_state_subject
from .driven_force import DRIVING_ONLY, driven_actor, driven_force
from .joined_at_place import is_join, joins_a_group_at
from .with_absolute import subject_after_with, verb_of_with_absolute
from .seen_at_subject import subject_before_seen_at
from .sighting_post import heading_away, what_before_seen_place
from .guarded_site import origin_of_guarded_site
from .where_within import main_subject, refers_back_after_where, subject_after_where, where_within
from .side_alone import side_alone_subject
from .welcomers_watched import welcomers_watch_the_force
from .said_pronoun import force_of_state_officials, owned_subject_only, lettered_force_owner, speaker_of_pronoun, speaker_owns
from .partitive_count import counted_part
from .withdrawn_deployment import deployment_relative
from .including_unnamed import role_of_unnamed_list
from .partitive_them import part_of_civilians
from .carried_people import carried_people
from .towed import towed_no_materiel
from .carrier_load import carrier_moved_a_force
from .craft_carries import craft_load_end, craft_took, craft_why, tug_told_before, without_craft_nouns
from .passive_means import passive_by_means, passive_why
from .in_the_day import IN_THE_DAY, day_of_telling
from .staged_origin import GATHERING_WORD as _STAGING_WORD_OR_POSITIONS, GATHERING_WORD_GATE as _STAGING_WORD_OR_POSITIONS_GATE, gathered_after_moving, gathered_before_moving, staging_as_origin, subject_before_staging
from .met_then_turned_back import met_place_as_origin, turns_back
from .place_label import LINE_REACH, label_as_end
from .modal_after_and import PLAN_BEFORE_TO, task_before_move
from .overnight_told_day import is_overnight, on_told_day, overnights_on_told_days
from .speech_day import counted_from_speech, counts_from_publication, speech_day, with_speech_day
from .what_tail import what_without_tail
from .going_on import _GO_FORMS as _GO_ON_FORMS, goes_on_as_continuing
from .semicolon_subject import after_semicolon, from_in_next_subject
from .go_as_become import _GO_FORMS as _GO_AS_FORMS, goes_as_become
from .conjunct_date import conjunct_after_date
from .subject_relative import STAYED_UNTIL_MOVED
from .subject_relative_time import dates_of_the_relative, in_subject_relative
from .back_leg import went_back_before
from .moved_them import moved_them
from .flights_as_means import flights_counted_as_means
from .place_relative_aside import in_presence_aside

# rules asked only behind a gate of this module: imported at their first call (read.lazy)
arrival_and_onward_days = lazy.function(".arrival_span", "arrival_and_onward_days", globals())
decimal_value = lazy.function(".decimal_count", "decimal_value", globals())
filed_in_week_told = lazy.function(".filing_date", "filed_in_week_told", globals())
weak_for_is_goal = lazy.function(".for_the_place", "weak_for_is_goal", globals())
leg_heads = lazy.function(".leg_heads", "leg_heads", globals())
owner_of_group = lazy.function(".partitive_owner", "owner_of_group", globals())
receiver_in_place = lazy.function(".receiver_in_place", "receiver_in_place", globals())
receiver_before_said = lazy.function(".receiver_said", "receiver_before_said", globals())
dates_of_relative_and_main = lazy.function(".relative_clause_date", "dates_of_relative_and_main", globals())
seen_stopping = lazy.function(".seen_stopping", "seen_stopping", globals())
sighted_other = lazy.function(".sighted_other", "sighted_other", globals())
begins_a_stay = lazy.function(".stay_since", "begins_a_stay", globals())
went_on_after_stop = lazy.function(".stop_passed", "went_on_after_stop", globals())
stop_instead_of_aim = lazy.function(".stopped_instead", "stop_instead_of_aim", globals())

# this module's patterns are compiled from code an earlier run kept (geomove.regex_cache, as
# read/lexicon.py's): parsing ~110 patterns was most of what importing the read wing cost
_PATTERNS = CompiledPatterns("read-clauses")


# --- per-sentence reading ----------------------------------------------------------------

# the kinds of place a noun refers back to ("the city", "the shoal", "the state"): one list, read
# after a role cue by _CUE_ANAPHOR and its gate _ANAPHOR_WORD ("arrived in the state") and, but for
# _NOT_OBJECT_ANAPHOR, after a verb by _OBJECT_ANAPHOR ("left the city")
# (and the waters a ship passes: "transited the strait" after the Taiwan Strait was told, s33m)
_ANAPHOR_KIND_WORDS = ("city", "town", "village", "base", "region", "area", "country", "airport", "garrison",
                       "crossing", "province", "state", "capital", "shoal", "reef", "atoll", "strait", "channel", "canal",
                       # ("took over the checkpoint at A after Russian officers withdrew from the post", s34m)
                       "checkpoint", "post")
# not read as a verb's object yet: "the state" after a verb ("left the state for B", "entered the
# state from A") is the state told before, but "travelled ... to reach the state" after a trip to the
# state's capital then makes a second movement to the state where dates differ (as "to reach the
# city" already does to the city, a restatement the reader does not merge): a dev report's answer
# moved for the worse (session 33); the golden line s33-tidy51-left-the-state-origin waits for it
_NOT_OBJECT_ANAPHOR = frozenset({"state"})
_ANAPHOR_KINDS = "|".join(_ANAPHOR_KIND_WORDS)
_OBJECT_ANAPHOR_KINDS = "|".join(k for k in _ANAPHOR_KIND_WORDS if k not in _NOT_OBJECT_ANAPHOR)
# a force named by its post or its place after a place's noun: "border guards", "the state police",
# "the city police" (a force, not the place: _OBJECT_ANAPHOR, _PLACE_OBJECT)
_FORCE_NOUN_AFTER = r"[\s-]+(?:guards?|police|policemen|militias?|troops|forces|units|patrols?|officers|personnel|security)\b"
_LEADING_ARTICLE = _PATTERNS.compile(r"(?:the|a|an)\s+", re.I)
# a clause joined by "and" whose subject is the rest of a group ("..., and the rest went on to
# C"): set against the part told before it, as "while the rest" is (s45 read120)
_AND_THE_REST = _PATTERNS.compile(r",?\s+and\s+$", re.I)
_REST_ITSELF = _PATTERNS.compile(r"\s*the\s+(?:rest|remainder)\b(?!\s+of\s+(?!them\b|these\b|those\b))", re.I)
# an anaphoric object right after a verb: "left the city", "entered the town"
# (not a force named by the place it serves: "to reinforce the state police", "the city police")
_OBJECT_ANAPHOR = _PATTERNS.compile(r"\s+(the\s+(?:" + _OBJECT_ANAPHOR_KINDS + r"))\b(?!" + _FORCE_NOUN_AFTER + r")"
                                    # (nor a site the name after it locates: "left the base in N'Djamena", s32m;
                                    # "reinforced the area around Zvecan", "left the area surrounding X", read106)
                                    r"(?!\s+of\s+(?-i:[A-Z]))(?!\s*,?\s+(?-i:[A-Z]))(?!\s+(?:in|at|near|outside|around|surrounding)\s+(?:the\s+)?(?-i:[A-Z]))", re.I)
# "it" as the object of a verb whose object is a place it entered or left, before what ends the
# verb phrase: "Al-Shabaab entered Mahaday after government forces left it on Saturday" (the place
# told last; roles._antecedent reads "it" as a settlement, base or area, never a country, s33m)
# (not "crossed it": a river or a border as often as a town; not "reinforced it": a unit)
_IT_OBJECT_STEMS = frozenset({"enter", "reach", "leave", "vacate", "abandon", "evacuate", "exit", "flee"})
_OBJECT_IT = _PATTERNS.compile(r"\s+(it)\b(?=\s*(?:[,.;:]|$|\s(?:on|in|at|by|after|before|early|late|last|this|that|"
                               r"yesterday|today|overnight|and|as|when|while|without|under|amid|following|again|for|the\s+(?:next|following|same|previous))\b))", re.I)
_EVENT_OF = _PATTERNS.compile(r"\s+of\s+(?:its|their|his|the|some|about|\d)", re.I)
_MOTION_PREPOSITION = _PATTERNS.compile(r"\b(?:via|through|across|into|towards?)\s+(?:the\s+)?$", re.I)
# "to" before a lower-case word that is no article: a purpose clause may open there
_TO_WORD = _PATTERNS.compile(r"\bto\s+(?:[a-z]+ly\s+)?(?!(?:the|a|an|its|their|his|her|this|that|these|those)\b)[a-z]")
# where the subject of a clause's verb begins at the latest: after a clause break or a verb of
# saying ("officials said Iran had sent ...": Iran, not the officials, is the subject)
# (not the comma inside a unit's name: "3rd Battalion, 8th Marines", "2nd Squadron, 2nd Cavalry")
# ("that" right before an auxiliary is a relative pronoun, no clause's start: "units that had
# been patrolling in X pulled out" moved, its subject "units"; s23)
# (and before a past verb with its object: "A KC-135 tanker that refuelled them over Germany
# returned to Mildenhall", "a frigate that escorted the convoy ... returned": the tanker, not
# Germany, is who moved; a clause after "said that" opens with its subject, "that armed men
# entered X", not with a verb and an object pronoun or article)
_RELATIVE_PAST_WITH_OBJECT = r"(?:[a-z]+ed|led|held|kept|met|fought|hit|won)\s+(?:them|it|him|her|us|the|a|an|its|their|his)\b"
# (nor before a modal: "the battalion that will serve in Latvia landed at Riga": a clause after
# "said that" opens with its subject, never with "will"; s41 lead, read.subject_relative_modal)
_THAT_OPENS_A_CLAUSE = r"\bthat\b(?!\s+(?:had|has|have|were|was|is|are|will|would|could|may|might|shall)\b)(?!\s+" + _RELATIVE_PAST_WITH_OBJECT + r")"
_RELATIVE_IN_SUBJECT = _PATTERNS.compile(r"(?<=\w)\s+that\s+" + _RELATIVE_PAST_WITH_OBJECT)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_RELATIVE_IN_SUBJECT_GATE = Gate(_RELATIVE_IN_SUBJECT, ("that",))
# who is told, right after a verb of telling with no "that" ("Sources tell us the convoy ...",
# "residents told AFP the column ..."): no word of the reported clause's subject (read108: the
# subject "us the convoy" referred back to nothing and the convoy's arrival stood apart)
_TOLD_WHOM = r"(?:\s+(?:us|me|reporters|journalists|(?-i:AFP|AP|Reuters|RFI|the\s+BBC)))?"
_SUBJECT_BREAK = _PATTERNS.compile(r"[;:]|,\s(?!(?:(?<=Battalion, )|(?<=Squadron, )|(?<=Battery, )|(?<=Company, ))[0-9]{1,3}(?:st|nd|rd|th)\s)(?![^()]{0,80}\))|" + _THAT_OPENS_A_CLAUSE + r"|\b(?:said|says|say|reported|announced|stated|added|confirmed|claimed)\b|\b(?:told|tells?)\b" + _TOLD_WHOM, re.I)
# between a verb of crossing and the cue of the country crossed into: "crossed (back) into"
_CROSSED_BACK_GAP = _PATTERNS.compile(r"\s*(?:(?:back|over|again|then)\s+)*", re.I)
# a leg told after the movement's origin: "arrived in X from A, after being shipped from B"
# (the participles of sending a force, lexicon.json sent_participles: "having been redeployed from
# B" lost B, s32-tidy50-*; and those of being carried the other readers of that list do not take:
# "railed" is no verb of the trigger lexicon, "taken" and "carried" go with a load)
_AFTER_BEING_MOVED = _PATTERNS.compile(r"\b(?:after|having)\s+(?:being|been)\s+(?:\w+ly\s+)?(?:" + "|".join(SENT_PARTICIPLES)
                                       + r"|taken|carried|railed)\s+(?:\w+\s+){0,3}?from\s+", re.I)
# the place cue of presence right after a participle of deploying ("deployed in X")
_PRESENCE_CUE_AFTER = _PATTERNS.compile(r"\s+(?:in|at|inside)\s", re.I)


def _as_opens_a_clause(toks: list, as_tok) -> bool:
    """Is ``as_tok`` ("as") a conjunction opening a clause of its own: a subject of nouns,
    adjectives and determiners, then a finite verb within four words ("as opposition protests
    grew", "as the rebels advanced")? Not "as part of the mission", "as peacekeepers" (s28m)."""
    after = [k for k in toks if k.start > as_tok.start][:5]
    for n, k in enumerate(after):
        if k.tag in ("VBD", "VBZ", "VBP", "MD"):
            return n > 0
        if not (k.tag.startswith("NN") or k.tag in ("JJ", "DT", "PRP$", "CD")):
            return False
    return False


# the words after "the", "a", "this" ... that make a time, not an object: "deployed the previous
# week", "deployed this month"
_TIME_AFTER_ARTICLE = frozenset({"week", "month", "year", "day", "weekend", "morning", "night", "evening", "previous",
                                 "following", "same", "next", "last", "past"})
# nouns of time a deployment participle may be followed by: "deployed overnight", "deployed last week"
_TIME_NOUNS = frozenset({"week", "weeks", "month", "months", "year", "years", "day", "days", "weekend", "morning", "night",
                         "evening", "overnight", "today", "yesterday", "tonight", "time", "afternoon", "spring", "summer",
                         "autumn", "winter", "fall"})


def _takes_an_object(t: re.Match, toks: list) -> bool:
    """Does the deployment verb ``t`` take a direct object right after it ("The army deployed
    1,200 soldiers", "deployed its reserves", "deployed a battalion")? A participle that describes a
    force by where it is takes none ("peacekeepers deployed in X are patrolling"), so a later
    finite-looking verb ("a curfew declared last week", a participle the tagger reads as a past
    tense) does not make this verb one (s28m: a lede's deployment was lost)."""
    after = [k for k in toks if k.start >= t.end()][:2]
    if not after:
        return False
    first = after[0]
    if first.tag == "CD" or first.tag == "PRP$":
        return True
    if first.text.lower() in ("a", "an", "the"):
        return len(after) < 2 or after[1].text.lower() not in _TIME_AFTER_ARTICLE
    # a bare noun phrase: "deployed water cannon and riot units", "deployed additional troops"
    # (not a time: "deployed last week", "deployed overnight", "deployed Monday")
    noun = after[1] if first.tag == "JJ" and len(after) > 1 else first
    return noun.tag in ("NN", "NNS") and first.text.lower() not in _TIME_AFTER_ARTICLE \
        and noun.text.lower() not in _TIME_NOUNS
# an article right before a word ("the dock landing ship"), and a noun right after it
_ARTICLE_RIGHT_BEFORE = _PATTERNS.compile(r"\b(?:the|a|an)\s+$", re.I)
_NOUN_AFTER_BARE = _PATTERNS.compile(r" (?!(?:of|to|from|in|into|on|onto|out|back|by|at|towards?|for|and|or|was|were|is|are|has|had|"
                                     r"will|would|across|through|via|off|up|down|over|near)\b)[a-z]{3,}\b")
# a relative word alone as the subject: "..., who left X", "..., which had sailed"
# (and a speaker set inside it before its verb: "the vessels, which it said had entered X", "rebel
# fighters, who officials said had crossed into Y"; read81: what moved was the clause before)
_RELATIVE_SUBJECT = _PATTERNS.compile(r"\s*(?:who|which)\s+(?:(?:it|they|he|she|officials|witnesses|residents|sources|police|the\s+[a-z]+|"
                                      r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})\s+(?:said|says|say|claimed|claims|alleged|alleges|"
                                      r"reported|believe[sd]?|thinks?|thought)\s+)?(?:(?:had|has|have|was|were|then|also|later)\s+)*", re.I)
# a relative word with no comma before it, right before the clause's verb (an auxiliary between):
# "... confronted Israeli soldiers | who crossed into X"
# "that" after a word and right before the verb at the end of the stretch searched
_THAT_RIGHT_BEFORE = _PATTERNS.compile(r"(?<=\w)\s+that\s+$", re.I)
_BOUND_RELATIVE_AFTER = _PATTERNS.compile(r"(?<=\w)\s+(?:who|that)\s+(?:(?:had|has|have|was|were|then|also|later)\s+)*$")
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_BOUND_RELATIVE_AFTER_GATE = Gate(_BOUND_RELATIVE_AFTER, ("that", "who"))
# verbs of coming back, whose "the city" may be the place the clause left ("left X and returned to the city")
_COMING_BACK = frozenset({"return", "come", "go", "head", "fall", "pull"})


def _comes_back(main: re.Match) -> bool:
    """Is the clause's verb one of coming back ("returned", "came back", "fell back")?"""
    verb = main.group("verb") if "verb" in main.re.groupindex else None
    return bool(verb) and _stem(verb) in _COMING_BACK


# ... the speaker's verb inside it cuts the subject (_SUBJECT_BREAK): the relative word before it
# is the subject's start again
_RELATIVE_SPEAKER_BEFORE = _PATTERNS.compile(r",\s*(?P<rel>(?:who|which)\s+(?:it|they|he|she|officials|witnesses|residents|sources|police|"
                                             r"the\s+[a-z]+|(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})\s+"
                                             r"(?:said|says|claimed|reported)\s*)$", re.I)
# a relative clause about a place whose subject refers back: "X, where they (had) arrived"
# a phrasal verb that ends with its preposition ("called into", "called at", "passed through"):
# the words after it are the place, never what moved ("The army was called into the streets of X")
_PREPOSITION_ENDS_VERB = _PATTERNS.compile(r"\s(?:into|at|in|through|via|to)$", re.I)
# marks a post opens with before its words ("⚡️", "🔴", "📍 ", "•"), not quotes or brackets
_LEADING_MARKS = _PATTERNS.compile(r"^[^\w\"“‘'(\[]+")
# a clause opened by a pronoun subject that refers to the clause before it: "(, from) where they
# (were)", "and they (were then)" (see _Reader._pronoun_of_a_mover)
# (or no pronoun at all, the subject left out after "and" with an auxiliary: "The contingent
# arrived at A and was then | taken by road to B", s42 read114: the road leg was lost)
_PRONOUN_CLAUSE_OPENING = _PATTERNS.compile(r"[\s,]*(?:(?:(?:from\s+)?where\s+|from\s+which\s+|and\s+(?:then\s+)?)?(?:they|it)\s+"
                                            r"(?:(?:had|has|have|was|were|been|then|also|later|first)\s+)*"
                                            r"|and\s+(?:then\s+|later\s+)?(?:(?:had|has|have|was|were|been|then|also|later|first)\s+)+)", re.I)
_WHERE_PRONOUN_SUBJECT = _PATTERNS.compile(r"\s*where\s+(?:they|it)\s+(?:(?:had|has|have|was|were|then|also|later|first)\s+)*", re.I)
# (with who was told, as _SUBJECT_BREAK reads it: "The 5th Brigade, the ministry told reporters,
# left A": the reporters are no head whose verb goes on, s50 read144)
_CLAUSE_START = _PATTERNS.compile(r"[;:]|" + _THAT_OPENS_A_CLAUSE + r"|\b(?:said|says|reported|announced|stated|added|confirmed|claimed)\b|\btold\b" + _TOLD_WHOM, re.I)
# between "move" and the "to" of an infinitive: "moved to act", "moved quickly to act"
_MOVED_TO = _PATTERNS.compile(r"\s+(?:\w+ly\s+)?", re.I)
# the verbs that open a purpose clause: "to reinforce", "to help reinforce", "to quickly join"
# the agent of a passive "escorted by ...": up to four words, not past a comma
_ESCORTED_BY = _PATTERNS.compile(r"\s+by(?:\s+[\w'’-]+){1,4}", re.I)
# "head" as the noun of a title: "the head of the mission", "heads of state"
_HEAD_OF = _PATTERNS.compile(r"\s+of\b", re.I)
_PURPOSE_VERB_WORDS = _PATTERNS.compile(r"to\s+(?:\w+ly\s+)?(?:help\s+)?\w+(?:\s+up)?", re.I)
# auxiliaries, which stand between a subject and its participle ("the case was transferred")
# a verb phrase that opens with a participle ("..., packed in ice and sent to X")
_PARTICIPLE_FIRST = _PATTERNS.compile(r"\s*[a-z]\w*(?:ed|en|ght|nt)\b")
_AUXILIARIES = frozenset("is are was were be been being has have had do does did 's".split())
# a clause that has no subject of its own: a coordinator and words of time before its verb
_SHARED_SUBJECT = _PATTERNS.compile(r"\s*(?:,\s*)?(?:and|then|but)?\s*(?:(?:then|later|also|again|on\s+\w+day|"
                                    r"the\s+next\s+day|\w+ly)\s+){0,3}", re.I)
# a subject that is a pronoun alone, after words of time: "They", "Two days later it", "It then"
# "Another arrived in X" / "A second reached Y": one more of what the clause before told, a
# pronoun as bare as "they" (_pronoun_after_no_force)
# "Two convoys left A, one reaching B and ...": a group told as its parts (_another_mover_at)
_ONE_OF_GROUP = _PATTERNS.compile(r"(?:^|[,;:]\s*|\band\s+|\bwith\s+)one\b(?!\s+of\s+the\s+\w+\s+(?:said|told))", re.I)
_BARE_ANOTHER = _PATTERNS.compile(r"\s*(?:another|a\s+second|a\s+third|the\s+other)(?:\s+(?:one|then|later|also))?\s*", re.I)
_BARE_PRONOUN = _PATTERNS.compile(r"\s*(?:(?:on\s+\w+|(?:\w+\s+)?(?:days?|hours?|weeks?)\s+later|later|then|eventually|"
                                  r"finally|the\s+next\s+day)\s*,?\s+)?(?:they|it)(?:\s+(?:then|later|also|again|"
                                  r"eventually|finally|had|have|has|\w+ly))*\s*", re.I)
# a passive auxiliary right before a participle: "were vacated", "had been partially vacated"
_PASSIVE_BEFORE = _PATTERNS.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$", re.I)
# verbs that, before a force and its deployment participle, say where it is
_HAVING_BEING = {"has", "have", "had", "keeps", "keep", "kept", "maintains", "maintain", "are", "is", "were", "was"}
# the conjunctions that open a clause of another subject after a participle: its finite verb is
# that clause's, not the main clause's ("F-16s of the wing deployed from A to B while the runway
# was resurfaced": 'was' is the runway's; read63). Not "as", "since", "after", "until", "when":
# also prepositions or a time of the participle ("deployed in X since 2015 are leaving")
_OTHER_CLAUSE_OPENERS = frozenset(("while", "whilst", "whereas", "although", "though", "because"))
# ... and the words of time that open one after a participle told with its direction (_attributive)
_TIME_CLAUSE_OPENERS = frozenset(("after", "before", "when", "once", "until"))
_DIRECTION_AFTER_PARTICIPLE = _PATTERNS.compile(r"\s+(?:to|into|towards?)\b", re.I)
# a second phrase of the same kind after a coordinator: "A and at B", "A, and into B"
# verbs whose passive tells a movement only with the force after "by" ("Kidal was entered by army
# units", "the town was reached by the column"; not "Kidal was entered on Tuesday": who went?)
_PASSIVE_NEEDS_AGENT = frozenset({"enter", "reach", "relieve", "replace"})  # (relief: read.relieved_by)
_COORDINATED_CUE = _PATTERNS.compile(r"\s*,?\s*(?:and|or)\s+(?:also\s+)?(?:at|in|into|to|towards?|inside)\s+"
                                     r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:(?:in|of|at)\s+)?(?:the\s+)?$")


# "relieved / replaced / took over from the X battalion (stationed) in Y" (lexicon.json relief_in_place)
_RELIEF_VERBS = frozenset(_DATA["relief_in_place"]["verbs"])
_RELIEVED_UNIT = _PATTERNS.compile(_DATA["relief_in_place"]["object"], re.I)
_RELIEVED_AT = _PATTERNS.compile(_DATA["relief_in_place"]["at"], re.I)

# the trigger filter's tests that ask for a word among a few (_Reader._kept_triggers): asked only
# of a trigger that is one of these words, or a verb with one of these stems (each test's own
# first check; the rest of a batch's ~1,500 triggers skip their calls, speed127)
_WORDS_ASKED = _COME_FORMS | _LEFT_FORMS | _GO_ON_FORMS | _GO_AS_FORMS | {"left", "crossing"}
_STEMS_ASKED = frozenset({"head", "receive", "order", "turn back", "reach", "lead", "mass", "join", SCRAMBLE, BOARD}) \
    | _RELIEF_VERBS | HANDING_OVER | frozenset(INDUCTION_VERBS) | frozenset(_FORCE_ONLY) | frozenset(_DIRECTED_ONLY) | DRIVING_ONLY
# a clause opened by "which" after a place: its verb's object is that place, told before it
# ("X, which the militants had left a day earlier": what moved is the subject)
_WHICH_BEFORE = _PATTERNS.compile(r",\s*which\s+$", re.I)
# where a relative clause set off by a comma ends, and a pronoun that opens it ("where they ...")
_RELATIVE_END = _PATTERNS.compile(r"[,;]")
_PRONOUN_FIRST = _PATTERNS.compile(r"(?:it|they)\b", re.I)
# the end of a joiner or a relative word right before a clause
_JOINED_BEFORE = _PATTERNS.compile(r"(?:,\s*|\s)(?:and|while|whereas|but|meanwhile|where|which|whose)\s+$", re.I)


# the cue between a verb of reaching and its place: "arriving in (the town of) X", "getting to X"
_REACH_CUE_END = _PATTERNS.compile(r"(?:in|at|to|into)\s+(?:the\s+)?(?:(?:town|city|village|port|base)\s+of\s+)?$", re.I)
# a clause that ends with a relative aside set off by commas ("The troops, who left X on Monday,"):
# the next clause is the main one, whose subject the aside told of (_Reader._main_after_aside)
_ASIDE_AT_END = _PATTERNS.compile(r",\s*(?:who|which|having)\b[^,;.]*,\s*$")  # (and "..., having moved into X, |", read.having_aside)
# nothing but auxiliaries before a clause's verb ("| has taken up position", "| had then moved")
_AUXILIARIES_ONLY = _PATTERNS.compile(r"\s*(?:(?:has|have|had|is|are|was|were|will|would|been|then|also|now|later)\s+)*", re.I)
# ... and a passive of sighting before an -ing form, the main clause after an aside: "The
# fighters, who had left A earlier in the week, | were seen moving towards B" (read80); and a verb
# of beginning before it, "Egyptian troops, who arrived in A last month, | began deploying to B"
# (read83: what moved read 'began', and no actor)
_AUXILIARIES_OR_SIGHTING = _PATTERNS.compile(r"\s*(?:(?:has|have|had|is|are|was|were|will|would|been|then|also|now|later|"
                                             r"began|begun|begins|started|starts|continued|continues|resumed|"
                                             + SIGHTING_PARTICIPLES + r")\s+)*", re.I)
# a participle of what went with a force, left at the end of an object cut before its "by"
# ... or a short verb phrase of no place and no movement joined by "and" before it: "An Iranian
# frigate, which left A with it, | kept its transponder on and arrived in B" (read128: the
# arrival had no subject and the two legs stayed apart); lower-case words only, so no place
_VERB_PHRASE_AND = _PATTERNS.compile(r"\s*(?:[a-z][\w'’-]*\s+){1,5}?and\s+(?:then\s+|later\s+)?")
_PARTICIPLE_OF_COMPANY_LAST = _PATTERNS.compile(r"\s+(?:backed|supported|escorted|accompanied|flanked|covered|protected)$", re.I)
_TIME_WORD_IN = _PATTERNS.compile(r"\b(?:later|then|now|also)\b", re.I)
# "crossed into K at X": the place a crossing was made
# "moved to A and then B", "reached A, then B": a bare place after a destination and a word of
# going on is the next place reached, on one route (or a next leg after a time: "and later B")
# (also after the first end's day: "reached A on Monday, then B on Wednesday", s23r)
_THEN_BARE = _PATTERNS.compile(r"(?:\s+on\s+(?:\w+\s+)?\w+)?\s*,?\s*(?:and\s+)?(?:then|later|afterwards|finally|eventually)\s*,?\s*", re.I)
# a phrase about something else between two places: the second is not in the first's noun phrase
# ("to its border with K following an influx of refugees fleeing fighting in X": X is where the
# refugees fled from, not a finer end of the movement)
_PHRASE_ABOUT_ELSE = _PATTERNS.compile(r"\b(?:following|amid(?:st)?|despite|fleeing|escaping|due\s+to|in\s+response\s+to|"
                                       r"in\s+the\s+wake\s+of)\b|" + _PARTY_PHRASE.pattern, re.I)


# a crossing told by its path, whatever the verb: "moved across the border into K", "fled over the
# frontier": a national force enters K from its own country, as with "crossed into K"
_ACROSS_BORDER = _PATTERNS.compile(r"\b(?:across|over)\s+the\s+(?:[\w-]+\s+)?(?:border|frontier)\b", re.I)
# (searched only in spans holding one of the words every match holds: read.gates, tests/test_speed112.py)
_ACROSS_BORDER_GATE = Gate(_ACROSS_BORDER, ("border", "frontier"))
# a participle phrase before a pronoun subject: "Travelling by way of X, they reached Y" -- 'they'
# refers back as it does at the head of a clause
_PARTICIPLE_THEN_PRONOUN = _PATTERNS.compile(r"\s*(?:After\s+[a-z]+ing|Having\s+[a-z]+|[A-Z][a-z]+ing)\b[^,.;]{0,80},\s*(?:they|it)\b")
_CROSSED_AT = _PATTERNS.compile(r"\s+(?:on\s+\w+\s+)?at\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:of\s+)?", re.I)
# "escorted by two helicopters": a count of the escort, not of the group that moved
_ESCORT_BEFORE = _PATTERNS.compile(r"\b(?:escorted|accompanied|protected|covered|flanked|guarded)\s+by\s+(?:at\s+least\s+|some\s+|about\s+)?$", re.I)
# a state governed by a preposition, alone or as the last of a list ("troops from Chad and
# Niger arrived"): where they are from, not the subject
# "welcomed the arrival of": a verb of receiving whose object is a noun of movement
_RECEIVED_NOUN = _PATTERNS.compile(r"\s+(?:the|an?)\s+(?:[\w-]+\s+)?(?:arrival|deployments?|redeployment|withdrawal|pull-?out|"
                           r"departure|evacuation|transfer|retreat|movements?|airlift|rotation|return)\b", re.I)
_WITNESSED_BEFORE = _PATTERNS.compile(_DATA["received_by_place"]["witnessed"], re.I)
_GOVERNED_STATE = _PATTERNS.compile(r"\b(?:from|of|in|to|with|by|at|into)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:and|or)\s+(?:the\s+)?$"
                                    r"|\b(?:from|of|in|to|with|by|at|into)\s+(?:the\s+)?$", re.I)
# a count of formations before the people in them: "two companies of soldiers", "three
# battalions of marines" tell no number of people (nor of vehicles)
_FORMATION_OF = _PATTERNS.compile(r"(?:[\w-]+\s+)?(?:compan(?:y|ies)|battalions?|brigades?|platoons?|regiments?|"
                                  r"divisions?|squads?|squadrons?|detachments?|contingents?|batches|waves|groups?)\s+of\s+", re.I)
# a unit's title right after a number, before the people it is of: "3411 Regt elements", "2 Bn
# soldiers", "44 Bde troops" (sitreps number units so; the number names the unit, s28m)
_UNIT_NUMBERED = _PATTERNS.compile(r"(?-i:Regt|Regiment|Bn|Battalion|Bde|Brigade|Sqn|Squadron|Div|Division|Coy|Company|Corps|Inf|Mech)\.?\s", re.I)
_SEVERAL_BEFORE = _PATTERNS.compile(r"\b(?:several|few|many|some)\s+$", re.I)


# (a force new to the text is told "the first contingent of the new X Force": read34's Haiti report)
# (and a group told by whom it belongs to: "a column of pickups affiliated with the X Army",
# "trucks belonging to Y", "fighters loyal to Z": the owner moved it)
_FORMATION_OF_BEFORE = _PATTERNS.compile(r"\b" + _GROUP_OF + r"(?:the\s+(?:new|newly[\w-]*(?:\s+[\w-]+)?)\s+)?$"
                                         r"|\b(?:convoys?|columns?|vehicles|trucks|pickups|technicals|boats|fighters|units?|elements|men|militiamen|forces)\s+"
                                         r"(?:belonging|affiliated|linked|loyal|attached|allied)\s+(?:to|with)\s+(?:the\s+)?$", re.I)


# a second mover as the subject of the verb right after it ("... and another arrived in C",
# "..., while a second convoy reached D", "and the other one headed to E"): _another_mover_at
_ANOTHER_MOVER = _PATTERNS.compile(r"(?:,|\band|\bwhile|\bbut|\bas)\s+(?P<who>another|an?\s+(?:second|third|separate)|the\s+other)"
                                   r"(?:\s+(?!(?:had|has|have|was|were|is)\b)[a-z][\w-]*){0,2}"
                                   r"(?:\s+(?:had|has|have|was|were|is))?\s+$", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_ANOTHER_MOVER_GATE = Gate(_ANOTHER_MOVER, ("other", "second", "separate", "third"))

# a state's service told in the lower case as the subject of what a speaker said ("... said the
# air force had flown", "... added that the navy moved"): a force of its own, not the speaker
SERVICE_AFTER_SAYING = r"the\s+(?:air\s+force|navy|coast\s+guard|marines|gendarmerie|national\s+guard)\b"
# a force's name as who said the movement of another: "the X Group said troops withdrew", "the
# Y Forces said on Monday that soldiers had left" (not "said it / they / its troops": they moved)
# a force named only as whose the speaker is, when what they said names a subject of its own
# after the verb of saying: "Ukraine's military intelligence said Russia had moved ...",
# "Ukrainian military sources stated that Russian command transferred ..." (s29m; but "An
# Israeli military spokesperson says troops ..." tells of the speaker's own troops)
# (and by a possessive, "The army's spokesman added that the air force had flown ...": a service
# named in the lower case after it is a subject of its own, SERVICE_AFTER_SAYING, read108)
_SPEAKER_HEAD_THEN_NAMED = _PATTERNS.compile(
    r"(?:['’]s)?(?:\s+(?:intelligence|sources?|officials?|spokes(?:man|woman|person)|press\s+service|ministry|directorate|"
    r"agency|headquarters|analysts?|(?:mil)?bloggers?))+\s+(?:has\s+|have\s+|had\s+)?(?:said|says|stated|states|"
    r"reported|reports|claimed|claims|confirmed|confirms|added|adds|told\s+\w+)(?:\s+on\s+\w+)?,?(?:\s+that)?\s+"
    r"(?:(?!(?-i:The|This|These|It|They|Its|Their)\b)(?-i:[A-Z])|" + SERVICE_AFTER_SAYING + r")", re.I)
_SPEAKER_ONLY = _PATTERNS.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:said|says|announced|announces|confirmed|confirms|claimed|claims|"
                                  r"stated|reported|reports|told\s+\w+)" + SAID_WHEN + r"{0,3},?(?:\s+that)?\s+"
                                  r"(?!(?:it|they|its|their|that|on|late|early|yesterday|today|earlier|later|separately|in\s+a\s+statement|"
                                  + WEEKDAY_NAMES + r")\b)"
                                  # (nor a part of its own force: "The Northern Fleet said two of its frigates had left X",
                                  # who said is who moved, as with "its frigates"; Arctic probe, s25)
                                  r"(?!(?:some|part|most|all|many|several|one|two|three|four|five|six|half|[0-9][0-9,]*)\s+of\s+(?:its|their)\b)"
                                  # (nor a convoy with no owner of its own: the speaker's, read.force_said_it)
                                  r"(?!(?:" + _OWN_CONVOY + r"|" + _OWN_UNIT + r")" + _BARE_SUBJECT_GAP.pattern + r"$)\S", re.I)


# a relative clause after an object's noun ("150 officers who landed"): not words of what moved
_RELATIVE_IN_OBJECT = _PATTERNS.compile(r"\s+(?:who|whom|whose|which|that)\b", re.I)


# a whole number as a count is written: "1,200" or "1200" (six digits at most), never part of a longer one
_COUNT_DIGITS = r"[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]{1,6}(?![0-9])"
# "numbering about 300": a group's size told after it
_NUMBERING = _PATTERNS.compile(r"\b(?:numbering|totall?ing)\s+(?P<qual>about|around|some|nearly|almost|roughly|more\s+than|over|"
                               r"at\s+least|up\s+to|an\s+estimated)?\s*(?P<num>" + _COUNT_DIGITS + r")"
                               r"(?!\s*(?:%|per\s*cent|km|kilomet))", re.I)
# (searched only in spans holding one of the words every match holds: read.gates, tests/test_speed112.py)
_NUMBERING_GATE = Gate(_NUMBERING, ("numbering", "total"))
_N_STRONG = _PATTERNS.compile(r"\b(?P<num>" + _COUNT_DIGITS + r")[-\s](?:strong|member|man|person)\s+"
                              r"(?:[\w-]+\s+){0,3}?(?:contingents?|forces?|units?|battalions?|brigades?|compan(?:y|ies)|"
                              r"detachments?|teams?|missions?|police|troops|group)\b", re.I)
_UNIT_WORD = _PATTERNS.compile(r"\b(?=\w)(?:soldiers|troops|personnel|fighters|officers|police(?:men)?|peacekeepers|marines|"
                               r"mercenaries|men|vehicles|trucks|tanks)\b", re.I)
# between a movement noun and the force it is of: "landing of (an initial wave of) 500 "
_NOUN_OF = _PATTERNS.compile(r"\s+" + TIME_BEFORE_OF + r"?of\s+(?:(?:the|a|an|some|about|around|nearly|over|[\d,]+|first|last|new|latest|"
                             # (a count estimated: "the arrival of an estimated 1,200 RSF fighters", read83)
                             r"estimated|approximately|roughly|almost|"
                             r"(?:contingent|batch|group|wave|unit)\s+of)\s+)*", re.I)
# a total planned or reached, not the group that moved: "expected to reach 10,000 soldiers",
# "bringing the total to 600 officers"
_TOTAL_BEFORE = _PATTERNS.compile(r"\b(?:(?:expected|planned|due|set|scheduled|meant|intended|projected)\s+to\s+"
                                  r"(?:reach|total|number|grow\s+to|rise\s+to|include)|(?:bring(?:s|ing)?|brought)\s+(?:the|its|their)\s+"
                                  # ("bringing the country's deployment there to about 4,000 troops": the
                                  # possessive, the force's noun and "there" too, read85)
                                  r"(?:[\w-]+['’]s\s+)?(?:total|number|strength|presence|deployment|contingent|force|size)\s+(?:\w+\s+)?to"
                                  # "a total force of", "(bringing it) to a total of": a total; "A total of 300
                                  # soldiers deployed" is what moved (s23)
                                  r"|a\s+total\s+force\s+of|to\s+a\s+total\s+of"
                                  # the total told first: "bringing to about 6,000 the number of soldiers" (s23)
                                  r"|bring(?:s|ing)?\s+to"
                                  # a number in a plan: "and plans to base as many as 3,000 more"
                                  r"|\bplan(?:s|ned|ning)?\s+to\s+[a-z]+|\b(?:expected|set|due|scheduled)\s+to\s+"
                                  r"(?:send|deploy|station|add|dispatch|base))\s+"
                                  r"(?:about\s+|some\s+|around\s+|up\s+to\s+|nearly\s+|more\s+than\s+|as\s+many\s+as\s+)?$", re.I)
# "returned home", "flew back home": to the force's own country
# "and" (then an adverb of time) right before a second verb of the clause
_AND_BEFORE_VERB = _PATTERNS.compile(r"\band\s+(?:then\s+|later\s+|eventually\s+|finally\s+)?$", re.I)
_HOME_AFTER = _PATTERNS.compile(r"\s+(?:back\s+)?home\b(?!\s*(?:-|to|of|guard|front|base|town|city|ministry|office|affairs)\b)", re.I)
# "one from A and the other from B": each of several groups from its own place
_EACH_FROM = _PATTERNS.compile(r"\b(?:one|another|the\s+other|the\s+second|a\s+second|the\s+first|the\s+rest)\s+(?:\w+\s+)?from\b", re.I)
_EACH_FROM_GATE = Gate(_EACH_FROM, ("one", "other", "second", "first", "rest"))  # (read.gates)
# a second group's route told by ellipsis after the first's: "moved a unit from A to B and another
# from C to D" (each origin goes with the end told after it, not one route through both)
_ANOTHER_FROM = _PATTERNS.compile(r"(?:\band|,)\s+(?:another|a\s+second|the\s+other|one\s+more|a\s+third|the\s+second)\s+"
                                  r"(?:[\w-]+\s+){0,2}?from\b"
                                  # (and a second pair of ends with no noun: "sending convoys from A
                                  # toward B and from C toward D")
                                  r"|\band\s+from\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*\s+(?:to|towards?|into)\b", re.I)
_ANOTHER_FROM_GATE = Gate(_ANOTHER_FROM, ("from",))  # (both branches end in "from": read.gates)
_BETWEEN_AND = _PATTERNS.compile(r"\s*(?:and|&)\s+(?:the\s+)?", re.I)
# "..., killing two officers": the count that follows is of casualties
_CASUALTY_BEFORE = _PATTERNS.compile(r"\b(?:killing|killed|wounding|wounded|injuring|injured|capturing|abducting|kidnapping"
                                     # "carrying the bodies of two soldiers": the dead, not what moved
                                     r"|(?:remains|bodies|corpses|coffins)\s+of(?:\s+the)?)\s*(?:at\s+least\s+|some\s+|about\s+)?$", re.I)
# the days after a date that lists them: "November 15 and 16", "November 15, 16 and 18"
_MORE_DAYS = _PATTERNS.compile(r"(?:\s*(?:,|and|&)\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:km|kilomet|mile|%|per\b|troops|soldiers|vehicles)))+", re.I)


# kinds of the land and the water (the built-in areas): a lake, a sea, a mountain range or a
# region reports or observes nothing, so a mention of one read as an actor ("X reported ...")
# is a place; countries and provinces stay actors ("Russia moved troops")
_FEATURE_KINDS = frozenset({"region", "sea", "strait", "ocean", "river", "canal", "continent", "lake",
                            "mountain", "island"})


# "M23 fighters captured Sake and (then)": a first verb phrase joined to the movement's verb.
# The subject (np) ends with the first word holding a letter or digit after which the rest
# matches. Written so that no word is read twice: the words before it (none of them a newline,
# as '.' was), then, atomic, the word up to its first letter or digit and, possessive, the rest
# of it. The older ".*?[A-Za-z0-9]\S*" tried every letter of a word as the one and read the word
# to its end from each: a word of 16,000 characters (a pasted blob, a run of a repeated name) cost
# 2.4 s for this pattern alone; the same matches (benchmarks/fuzz.py long-token inputs).
_FIRST_VERB_PHRASE = _PATTERNS.compile(r"^(?P<np>(?:[^\n]*?[^\S\n])??(?>\S*?[A-Za-z0-9])\S*+)\s+"
                                # (a passive first: "The frigate was recalled from X and (sailed)", read64)
                                r"(?:(?:was|were|had\s+been|has\s+been|have\s+been|has|have|had)\s+)?(?:[a-z]+ed|took|seized|fought|held|overran|stormed|hit|struck|shot|made|met|"
                                # (and the present of timelines and headlines: "- 20 April: The last
                                # troops hand over the base to X and fly to Y")
                                r"hands?\s+over|takes?|seizes?|captures?|secures?|clears?|holds?|meets?|left|leaves)\b"
                                r"[^,;]*\band(?:\s+(?:then|later|also|soon|afterwards))?"
                                # (the second verb's own subject, the first one's force: "The division has
                                # completed its mission in X and its forces (have returned)", s25)
                                r"(?:\s+(?P<own>(?:its|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+))?$")
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_FIRST_VERB_PHRASE_GATE = Gate(_FIRST_VERB_PHRASE, ("and",))


# a noun phrase of its own opening an apposition: "the army's best unit", "al-Qaeda's branch"
# (or a part of what was counted before it: "The 230 officers, most of them from Kenya, flew",
# "About 300 soldiers, many of them conscripts, moved": read49, what moved was the part)
_APPOSED_NP = _PATTERNS.compile(r"\s*(?:(?:the|a|an|its|their|(?:[\w-]+\s+)?[\w-]+['’]s)\s+\S"
                                r"|(?:most|many|some|all|half|several|both|a\s+few|about\s+half)\s+of\s+(?:them|whom)\b"
                                # (or the group shared out among places: "Two battalions, one from A and one
                                # from B, arrived in C", "..., each from a different province,", s35m)
                                r"|(?:one|each)\s+(?:from|of)\s"
                                # ("..., part of a UN-backed mission, flew": read.apposition_closed)
                                r"|" + BELONGING_APPOSITION
                                # ("an RC-135W, call sign JAKE11, flew": read.apposition_closed)
                                + r"|" + CALL_SIGN_APPOSITION + r")", re.I)


def _closed_apposition(parts: list[str], cuts: list[str]) -> int | None:
    """The index in ``parts`` (a subject cut by _SUBJECT_CUT at the marks ``cuts``: the mark
    between parts[k - 1] and parts[k] is cuts[k - 1]) of the part set between two commas right
    before the verb that opens a noun phrase of its own ("the army's best unit in the north"),
    when words come before it; else None."""
    # (the verb group's helpers may follow the closing comma: "..., were seen leaving", read.apposition_closed)
    if len(cuts) < 2 or not verb_group_only(parts[-1]) or "," not in cuts[-1] or "," not in cuts[-2] \
            or not (len(cuts) > 2 or parts[0].strip()):
        return None
    k = len(cuts) - 1  # (the part between the last two cuts)
    return k if _APPOSED_NP.match(parts[k]) else None


# the tags of a finite verb, and of the words that open a relative clause (whose verb is its own)
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})


def _own_verb_at(part: str) -> int | None:
    """Where the finite verb of ``part`` starts (words set between two commas before a
    participle: "On 30 November, | the frigate X joined the operation |, sailing from A to B"),
    when one follows its first noun with no relative word before it; else None. Then the part
    is the clause whose subject the participle shares, no apposition ("the army's best unit in
    the north" has no verb), and its subject ends at that verb.

    why: the part was set aside as an apposition, and the date before it ("On 30 November") was
    read as what moved (read95)."""
    toks = [t for t in analyse(part, 0, len(part)) if t.text.strip()]
    noun = False
    for k, t in enumerate(toks):
        if t.tag in _RELATIVE_TAGS or t.text.lower() == "that":
            return None
        if t.tag.startswith("NN"):
            noun = True
        elif noun and (t.tag in _FINITE_TAGS or (t.tag == "VBN" and k + 1 < len(toks)
                                                 and toks[k + 1].tag in ("DT", "PRP$"))):
            return t.start
    return None


def _after_said_by(words: str) -> tuple[str, int]:
    """The subject's words after the last verb of saying or seeing in them ("Witnesses saw two
    convoys" -> "two convoys"), and where they end in ``words``; but when that verb stands right
    before the verb of moving, it is a passive told without its auxiliary, as sitreps write ("2x
    rifle companies observed moving from A"): the words before it are the subject."""
    said = list(_SAID_BY_GATE.finditer(words))
    if not said:
        return words, len(words)
    if words[said[-1].end():].strip():
        return words[said[-1].end():], len(words)
    begins = said[-2].end() if len(said) > 1 else 0
    return words[begins:said[-1].start()], said[-1].start()


def _before_sighting(told: str) -> str:
    """The subject's words before a passive of sighting ("Convoys of APCs were filmed on the
    highway south of X (heading toward Y)": the convoys, not the words of where they were filmed)."""
    m = _SIGHTED_AFTER_SUBJECT.search(told)
    if m and m.start() > 0:
        return told[:m.start()]
    # (an OSINT post's sighting with no auxiliary, right after a force's noun: "RU column of 20
    # vehicles spotted Tokmak, moving W": the column; "Residents spotted ..." names no force)
    m = _SIGHTED_BARE_AFTER_SUBJECT.search(" " + told)
    if m and m.start() == 0:
        return ""  # ("Column of 40 vehicles: spotted Tokmak, moving W": the label named it, not these words)
    return told[:m.start() - 1] if m and _MOVER_GATE.search(told, 0, m.start() - 1) else told


_SIGHTED_AFTER_SUBJECT = _PATTERNS.compile(r"\s+(?:were|was|had\s+been|have\s+been|has\s+been|are|is|being)\s+(?:\w+ly\s+)?"
                                           + SIGHTING_PARTICIPLES + r"\b", re.I)
# the bare participle followed by where it was seen: a preposition of place or a name
_SIGHTED_BARE_AFTER_SUBJECT = _PATTERNS.compile(r"\s+(?i:" + SIGHTING_PARTICIPLES + r")\s+"
                                                r"(?=(?i:in|at|near|outside|off|on|around)\b|[A-Z])")


def _before_first_verb_phrase(told: str) -> str:
    """The subject's words up to the first of two joined verb phrases ("M23 fighters captured
    Sake and then entered Goma": "M23 fighters" moved, not "M23 fighters captured Sake and")."""
    m = _FIRST_VERB_PHRASE_GATE.match(told)
    if m and m.group("own") and _MOVER_GATE.search(m.group("own")):
        return m.group("own")  # ("... and its forces": the force's own part that moved)
    # (a warship told one by one moves too: "The frigate was recalled from X and (sailed)", read64)
    return m.group("np") if m and (_MOVER_GATE.search(m.group("np")) or _VESSEL_MOVER_GATE.search(m.group("np"))) else told


def _coordinated_after_kind(gap: str) -> bool:
    """"arrived at Kadugli airport and at the checkpoints in A and B": the kind word after the
    name ("airport") belongs to the place before; after it the list goes on, each member an end
    of its own (GUIDELINES: three destinations, three movements)."""
    kind = _KIND_AFTER_NAME.match(gap)
    if kind is None:
        return False
    rest = gap[kind.end():]
    return bool(_recompile(r"\s*,?\s*(?:and|or|&)\s*").fullmatch(rest) or _COORDINATED_CUE.match(rest))


def _bound_for(text: str, mention: dict) -> bool:
    """A name made an adjective of direction ("a Mogadishu-bound African Union convoy") is a
    place, whatever role the mention finder gave it from the words after it (an organisation's
    name, here)."""
    return mention.get("role") in ("organisation", "actor") and mention.get("kind") != "country" \
        and _BOUND_AFTER.match(text, mention["end"]) is not None


# a ship's name: after a navy's prefix ("USS Iwo Jima", "INS Kolkata", "HMS Albion") or after a
# noun of a ship's kind and a capital ("the frigate Admiral Makarov", "the landing ship Yamal"):
# read as lexicon.json ship_name, up to the start of the name's place-like words
# (the first words of the prefixes and kinds, in lower case -- a few more, from the kinds' inner
# alternatives: a report with none of them names no ship, and is not searched)
_SHIP_WORDS = frozenset(_recompile(r"\W*(\w+)").match(w).group(1).lower()
                        for w in (SHIP_PREFIXES_RE + "|" + SHIP_KINDS_RE).split("|"))
_SHIP_NAME_BEFORE = _PATTERNS.compile(r"\b(?:" + SHIP_PREFIXES_RE + r"|(?i:" + SHIP_KINDS_RE + r"))"
                                      + _DATA["ship_name"]["name_words"])
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_SHIP_NAME_BEFORE_GATE = Gate(_SHIP_NAME_BEFORE, ("ara", "assault", "bap", "bns", "brp", "carrier", "cns", "corvette", "cruiser", "destroyer", "ens", "esps", "fgs", "frigate", "gunboat", "hdms", "hmas", "hmcs", "hmnzs", "hms", "hnlms", "hnoms", "hswms", "htms", "icebreaker", "ins", "kri", "landing", "minesweeper", "mv", "nns", "nrp", "orp", "patrol", "pns", "rfs", "roks", "rss", "ship", "submarine", "tanker", "tcg", "usns", "uss", "vessel"))
_HEADLINE_PREPOSITION = _PATTERNS.compile(r"(?:To|From|In|At|Into|Onto|For|Via|Through|Off|Near|Towards?|On|Of|And|Across|Past|Out|Back)")


def _ship_name(text: str, mention: dict) -> bool:
    """Is the place ``mention`` part of a ship's name ("flown from the USS San Antonio to X",
    "returned to the USS Iwo Jima")? A ship named after a place is no place of the movement."""
    before = _SHIP_NAME_BEFORE_GATE.search(text, max(0, mention["start"] - 60), mention["start"])
    # (a headline in title case: "USS Carney Enters Red Sea", "Warship Sails To Tartus")
    return before is not None and not any(_TRIGGER_RE.fullmatch(w) or _HEADLINE_PREPOSITION.fullmatch(w)
                                          for w in before.group(0).split()[1:])


def _feature_not_actor(mention: dict) -> bool:
    """A geographic feature the mention finder read as an actor is a place, not an actor."""
    return mention.get("role") == "actor" and mention.get("kind") in _FEATURE_KINDS


def _finite_verb_between(text: str, start: int, end: int) -> bool:
    """Is a word between a name and the force noun after it a finite verb ("X reported troops",
    "X said troops"), so that the two are no one name? (Tagged by :mod:`.syntax`; a participle
    stays: "X armed forces".)"""
    from .syntax import analyse, available
    if not available():
        return False
    words = analyse(text, start, end)[:-1]  # (the last word is the force noun)
    return any(w.tag in ("VBD", "VBZ", "VBP") for w in words)


_POSSESSIVE_S = ("'s", "\u2019s")


def _owns_the_subject_force(text: str, mention: dict, verb_at: int) -> bool:
    """Is ``mention`` a country whose possessive opens the subject force before the verb at
    ``verb_at`` ("Niger's army moved", "Kenya's border guards left"), no verb between?"""
    end = mention["end"]
    if mention.get("kind") != "country" or mention.get("lat") is None or not text.startswith(_POSSESSIVE_S, end):
        return False
    tail = _FORCE_AFTER.match(text, end + 2)
    return tail is not None and tail.end() <= verb_at and not is_armour(tail) \
        and not _finite_verb_between(text, end + 2, tail.end())


# a lower-case word after a name that makes it the name of an area: "the X corridor", "the Y valley"
_AREA_WORD_AFTER = _PATTERNS.compile(r"[ \t]+(corridor|valley|mountains|heights|peninsula|plateau|gorge|hills)\b")


def _with_area_word(text: str, mention: dict) -> dict:
    """A settlement or province followed by a lower-case area word that, with it, names a
    built-in area ("through the X corridor" when the table has "X corridor") is that area: the
    mention finder stops at the capitalised name and reads the village of that name."""
    if mention.get("role") not in ("place", "actor") or mention.get("kind") in _FEATURE_KINDS:
        return mention
    word = _AREA_WORD_AFTER.match(text, mention["end"])
    if word is None:
        return mention
    from ..areas import area_place
    area = area_place(f"{mention.get('surface') or ''} {word.group(1)}")
    if area is None:
        return mention
    fields = ("name", "lat", "lon", "country", "admin1", "kind", "precision", "uncertainty_km",
              "gazetteer_id", "source")
    widened = {**mention, **{k: area.get(k) for k in fields}, "end": word.end(), "role": "place",
               "surface": text[mention["start"]:word.end()]}
    widened["why"] = f"{area.get('why')}; widened by the word after it ({word.group(1)!r})"
    return widened


# a number word's multiplier told after it: "two hundred", "three thousand"
# a number word among the words between a count's number and its noun: the number before it
# was no count ("2024 two submarines": a year the date reader did not take)
_NUMBER_IN_ADJ = _PATTERNS.compile(r"(?<![\w-])(?:" + "|".join(k.split()[-1] for k in _NUMWORDS if k != "hundred") + r")(?![\w-])", re.I)
# what may come before a date that opens a clause ("On", "Early on", "In", "On the night of"),
# and after it (a comma, "at dawn")
_DATE_LEAD = _PATTERNS.compile(r"\s*(?:(?:early|late|mid|later|earlier)\s+)?(?:(?:on|in|at|during|since|by|over|from|until)\s+)?"
                               r"(?:the\s+(?:(?:morning|evening|night|afternoon|weekend)\s+of\s+)?)?", re.I)
# a time of day or a span up to now that opens a clause: "At 0400", "around 6 p.m.", "at dawn",
# "over the last 48 hours" (with the comma after it)
_TIME_LEAD = _PATTERNS.compile(
    r"\s*(?:(?:(?:shortly|just|soon)\s+)?(?:at|around|about|by|from|before|after|until)\s+)?(?:around\s+|about\s+)?"
    r"(?:[0-9]{1,2}(?:[:.][0-9]{2})?\s*(?:[ap]\.?m\b\.?|hrs\b|GMT\b|UTC\b)|[0-9]{1,2}:[0-9]{2}\b|(?<=at\s)[0-9]{4}\b"
    r"|dawn\b|dusk\b|daybreak\b|nightfall\b|noon\b|midnight\b|night\b|overnight\b)(?:\s+(?:local\s+time|GMT|UTC|hours|hrs)\b)?[\s,]*"
    r"|\s*(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(?:[0-9]+|[a-z]+)\s+(?:hours|days|weeks)\b[\s,]*", re.I)
_DATE_TAIL = _PATTERNS.compile(r"(?:\s*(?:,|\b(?:at\s+(?:dawn|dusk|night)|in\s+the\s+(?:morning|evening|afternoon))\b))*\s*", re.I)
# a day told by reference to the one told before: "the same day", "later that day" (_date_same_day)
# (and "earlier in the day", "later in the day": the day told before, else the day of telling, read.in_the_day)
# (and a part of the day told alone, "landed at X from Y in the morning", "sailed at dawn": the
# day told last, as "that morning" is; s38 read102: a wire's "flew in reserves on Wednesday. The
# company landed at X from Y in the morning" left the landing undated)
_SAME_DAY = _PATTERNS.compile(r"\b(?:the\s+same\s+(?:day|morning|afternoon|evening|night)|(?:later\s+|earlier\s+)?that\s+(?:same\s+)?"
                              r"(?:day|morning|afternoon|evening|night)|" + IN_THE_DAY
                              + r"|in\s+the\s+(?:early\s+|late\s+)?(?:morning|afternoon|evening)|(?:at|before|after)\s+(?:dawn|dusk|daybreak|nightfall)"
                              r")\b", re.I)
# (searched only in spans holding one of the words every match holds: read.gates, tests/test_speed112.py)
_SAME_DAY_GATE = Gate(_SAME_DAY, ("afternoon", "dawn", "daybreak", "dusk", "earlier", "evening", "later", "morning", "nightfall",
                                 "same", "that"))
# a route told whole right after a verb that tells a movement only with a direction (lexicon.json
# directed_only): "armed men on motorbikes rode from A to B", "the army swept from A to B" -- a
# named place after "from" and "to" (not "pushed from office", "rode from dawn"), its name's particles
# read as part of it ("swept from Mocímboa da Praia into X", lexicon.NAME_PARTICLE)
_ROUTE_AFTER = _PATTERNS.compile(r"\s+(?:[\w-]+\s+){0,3}?(?i:from)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:[\s-]+(?:"
                                 + NAME_PARTICLE + r"\s+){0,2}[A-Z][\w'’.-]*){0,3}\s+"
                                 r"(?i:to|towards?|into)\s+(?:the\s+)?[A-Z]")
# (a comma inside a parenthesis cuts nothing: "The convoy (40 trucks, 6 tankers) reached X")
# an auxiliary or a modal that opens the words after "that": a relative clause of the noun before it
# (or a past verb with its object: "A KC-135 tanker that refuelled them over Germany returned",
# as _THAT_OPENS_A_CLAUSE reads it)
_AUX_OPENS = _PATTERNS.compile(r"\s*(?:(?:had|has|have|were|was|is|are|will|would|could|may|might|shall)\b|" + _RELATIVE_PAST_WITH_OBJECT + r")", re.I)
# (a dash set off by spaces, or two hyphens typed for one: "KHARTOUM, Nov. 18 (Reuters) -- Units
# of the army ..." read "(Reuters) -- Units ..." as what moved, read108)
_SUBJECT_CUT = _PATTERNS.compile(r"(?:(?<![0-9])[,;:]|[,;:](?![0-9]))(?![^()]{0,80}\))\s*|\bthat\s+|\s(?:--|[—–-])\s")
# words that begin no object of the verb: a preposition, an auxiliary, an adverb ("escorted by
# ...", "was bound for ...", "again soon after ...", "-out of its units")
# (and a participle of presence: "Ugandan troops, deployed in Bunia since 2021, moved" names
# "Ugandan troops", lexicon.json presence_aside)
# (and where the group is from, set off by commas: "The jets, from No. 3 Squadron, took off" names
# "The jets", read44)
# the rest of a list of names cut at its commas, after "from / of (the) <Name>": "Troops from
# Chad, | Niger and Mali", "... from Chad, | Niger, | and Mali" (an Oxford comma)
_LIST_NAME = r"(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}"
_LIST_LAST = _PATTERNS.compile(r"\s*(?:" + _LIST_NAME + r"\s+)?(?:and|or)\s+" + _LIST_NAME + r"\s*$", re.I)
_LIST_MEMBER = _PATTERNS.compile(r"\s*" + _LIST_NAME + r"\s*$", re.I)
# a list of a noun's capitalised adjectives cut at its commas: "Kenyan, | Jamaican and Salvadoran police"
# (a count may open it: "Some 230 Argentine, | British and Slovak peacekeepers", s22)
_ADJECTIVE_MEMBER = _PATTERNS.compile(r"\s*(?:(?:[Ss]ome|[Aa]bout|[Aa]round|[Nn]early|[Oo]ver|[Aa]t\s+least|[Mm]ore\s+than)\s+)?"
                                      # (a demonym of two words: "South African, | Malawian and Tanzanian troops", s23r)
                                      r"(?:[1-9][\d,]*\s+)?(?:(?-i:The|the)\s+)?(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?\s*")
_ADJECTIVE_LIST_LAST = _PATTERNS.compile(r"\s*(?:(?-i:[A-Z][a-z]+)\s+){0,2}(?:and|or)\s+(?-i:[A-Z][a-z]+)\s+(?:(?-i:[A-Z][a-z]+)\s+)?[a-z]", re.I)
_LIST_HEAD = _PATTERNS.compile(r"\b(?:from|of)\s+" + _LIST_NAME + r"\s*$", re.I)
# a list of what a group is made of, its members lower-case noun phrases each with its article or
# number: "a task group comprising a destroyer, a frigate and a supply ship"
_CONTENT_ITEM = r"(?:a|an|one|two|three|four|five|six|[0-9]{1,3})\s+(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*)){0,2}"
_CONTENT_HEAD = _PATTERNS.compile(r"\b(?:comprising|including|consisting\s+of|made\s+up\s+of)\s+" + _CONTENT_ITEM + r"\s*$", re.I)
_CONTENT_MEMBER = _PATTERNS.compile(r"\s*" + _CONTENT_ITEM + r"\s*", re.I)
_CONTENT_LAST = _PATTERNS.compile(r"\s*(?:" + _CONTENT_ITEM + r"\s+)?and\s+" + _CONTENT_ITEM + r"\s*$", re.I)


# the gap before a list's last member when a plain "and" is not all of it: an Oxford comma ("from
# Chad, Niger, and Mali", "to Tapa, Voru, and Narva"), or an article before a country whose name
# takes one ("from Jamaica, Belize and the Bahamas"). why: these gaps made the last member no
# member of the list, so its movement was lost and the list's actor was the last name for all.
# The article only before a country: "to Gao and the Kidal region" names a region by its town
# (read57's twin), which this rule leaves as it was
_OXFORD_GAP = _PATTERNS.compile(r"\s*,\s*(?:and|or)\s+", re.I)
_ARTICLE_GAP = _PATTERNS.compile(r"\s*(?:,\s*)?(?:and|or|,)\s+the\s+", re.I)


def _list_last_gap(gap: str, mention: dict) -> bool:
    """Is ``gap`` the words between a list's member and ``mention``, its last member, when they
    are more than a plain "and" (", and", "and the" before a country)?"""
    return bool(_OXFORD_GAP.fullmatch(gap)) or (
        mention.get("kind") == "country" and bool(_ARTICLE_GAP.fullmatch(gap)))


def _list_rejoined(parts: list[str], cuts: list[str]) -> tuple[list[str], list[str]]:
    """``parts`` of a subject cut at its commas, with the members of a list of names after
    "from / of <Name>" joined back to the part that opens the list ("Troops from Chad, Niger
    and Mali": one part, not "Niger and Mali" as the subject's last part).

    why: the subject's last part was what moved, so "Troops from Chad, Niger and Mali arrived"
    moved "Niger and Mali" (and, with three names, each country's troops were "Niger and Mali")."""
    if len(parts) >= 2 and all(c.startswith(",") for c in cuts) and _ADJECTIVE_LIST_LAST.match(parts[-1]):
        # "Kenyan, Jamaican and Salvadoran police": a list of the head noun's adjectives
        k = len(parts) - 1
        while k > 0 and _ADJECTIVE_MEMBER.fullmatch(parts[k - 1]):
            k -= 1
        if k < len(parts) - 1:
            return parts[:k] + ["".join(p + c for p, c in zip(parts[k:], cuts[k:])) + parts[-1]], cuts[:k]
    if len(parts) >= 2 and all(c.startswith(",") for c in cuts) and _CONTENT_LAST.match(parts[-1]):
        # "A task group comprising a destroyer, | a frigate and a supply ship": what the group
        # is made of, listed; the group is what moved
        k = len(parts) - 1
        while k > 1 and _CONTENT_MEMBER.fullmatch(parts[k - 1]):
            k -= 1
        if _CONTENT_HEAD.search(parts[k - 1]):
            joined = parts[k - 1] + "".join(c + p for c, p in zip(cuts[k - 1:], parts[k:]))
            return parts[:k - 1] + [joined], cuts[:k - 1]
    # (the last part up to the verb's auxiliaries: "Tanzania and Malawi began | withdrawing")
    if len(parts) < 2 or not _LIST_LAST.match(_TRAILING_AUXILIARIES.sub("", parts[-1])) \
            or not all(c.startswith(",") for c in cuts):
        return parts, cuts
    k = len(parts) - 1
    while k > 1 and _LIST_MEMBER.match(parts[k - 1]):
        k -= 1  # ("from Chad, Niger, and Mali": the members between the head and the last)
    if not _LIST_HEAD.search(parts[k - 1]):
        return parts, cuts
    joined = parts[k - 1] + "".join(c + p for c, p in zip(cuts[k - 1:], parts[k:]))
    return parts[:k - 1] + [joined], cuts[:k - 1]


# the words between a subject and its verb that are the verb's (lexicon.json
# auxiliaries_before_the_verb, one list with _AUXILIARY_PART's: the modals and 'since', 'now' were
# missing here, so "Peacekeepers from Nepal, Ghana and Uruguay have since withdrawn" moved "Ghana
# and Uruguay", s31-tidy49-*)
_VERBS_OWN_WORDS = "|".join(_DATA["auxiliaries_before_the_verb"]["words"])
# (lexicon.json manner_adverbs_before_the_verb: "Fano militiamen briefly (entered)" moved "Fano militiamen")
_MANNER_ADVERBS = "|".join(_DATA["manner_adverbs_before_the_verb"]["words"])
_TRAILING_AUXILIARIES = _PATTERNS.compile(r"(?:\s+(?:" + _VERBS_OWN_WORDS + r"))+\s*$", re.I)


def _list_subject_start(text: str, s: int, subject_start: int, verb_at: int) -> int:
    """Where the subject before the verb at ``verb_at`` starts when a list of names after "from /
    of <Name>" was cut at its commas (``subject_start`` after the last comma): at the part that
    opens the list ("Medics from the Philippines, Indonesia and Malaysia reached"), else
    ``subject_start``.

    why: the subject read was "Indonesia and Malaysia", states, so the test of civilians let
    the list of medics through while "Medics from the Philippines reached Dili" read nothing."""
    if subject_start <= s or text[subject_start - 2:subject_start] != ", ":
        return subject_start
    # (up to the verb's auxiliaries or its verb of aspect: "... from South Africa, Tanzania and
    # Malawi began withdrawing": the list ends before "began")
    aux = _TRAILING_AUXILIARIES.search(text, s, verb_at)
    verb_at = aux.start() if aux else verb_at
    before = text[s:verb_at]
    parts, cuts = _SUBJECT_CUT.split(before), _SUBJECT_CUT.findall(before)
    joined, _ = _list_rejoined(parts, cuts)
    if len(joined) == len(parts) or not joined[-1].strip():
        return subject_start
    return max(s, min(subject_start, verb_at - len(joined[-1])))


# (an irregular participle with its agent too: "The column, put by residents at about 200 soldiers,
# travelled", "The convoy, said by witnesses to number 40 trucks, left": an estimate, read60)
# a part of a subject that holds only the verb's auxiliaries ("..., were", "..., have been")
# (and a verb of aspect before the -ing trigger: "The troops, drawn from units in X, began
# (arriving)" names "The troops", s25)
_AUXILIARY_PART = _PATTERNS.compile(r"\s*(?:(?:" + _VERBS_OWN_WORDS + r")\s*)+", re.I)
_SUBJECT_ASIDE = _PATTERNS.compile(r"\s*(?:(?:\w+(?:ed|en)|put|set|said|thought|held|sent|brought|caught)\s+(?:for\s+(?:[\w-]+\s+){1,2}?)?by|\w+ed\s+from\b|"
                                   # (the irregular participles of where a force was taken from: "The
                                   # troops, drawn from units in X, began arriving", s25)
                                   r"(?:drawn|taken|flown|sent|brought|withdrawn|pulled|borrowed)\s+(?:\w+ly\s+)?from\b|"
                                   # (and of leaving a group, with its particle: "Two patrol boats, split off
                                   # from the flotilla bound for A, sailed", read.group_route_aside)
                                   r"(?:split|broken|broke|peeled|hived|spun)\s+(?:off|away)\s+from\b|"
                                   # (a participle dated: "The frigate, detached on Sunday, sailed": read.aside_date)
                                   r"\w+ed\s+(?:on|last|earlier|overnight)\b|\w+ing\b|which|who|whose|where|including|along\s+with|together\s+with|with|among\s+them|from"
                                   # (what was done to it, told by a participle and its preposition: "Somali
                                   # troops, trained in Eritrea, landed", "The soldiers, equipped with
                                   # night vision gear, ...", read68)
                                   r"|\w+(?:ed|en)\s+(?:in|with|at|under|near|alongside)\b"
                                   # (and its name as others give it: "Somali special forces, known as Danab, were ...")
                                   r"|(?:\w+ly\s+)?(?:known\s+(?:\w+ly\s+)?as|called|dubbed|nicknamed)\b"
                                   # (what it is made of: "The convoy, made up of 60 trucks, left", s32m)
                                   r"|(?:made\s+up|composed|comprised|consisting)\s+of\b"
                                   # (its size: "a second, of 150, landed", "The battalion, of some 800 men, left", s32m)
                                   r"|of\s+(?:about\s+|some\s+|around\s+|nearly\s+|roughly\s+)?[0-9][0-9,]*(?![\w,])"
                                   # (the rest of a relative clause cut at its "that": "A convoy of troops
                                   # that | had been stationed in X since May left ...": no subject of its own)
                                   r"|(?:had|has|have|was|were|is|are)\s+(?:been\s+)?(?:\w+ly\s+)?(?!been\b)\w+(?:ed|en)\b"
                                   # (and in the progressive: "units that | had been patrolling in X pulled out", s23)
                                   r"|(?:had|has|have)\s+been\s+(?:\w+ly\s+)?\w+ing\b|(?:was|were)\s+(?:\w+ly\s+)?\w+ing\b"
                                   # (its size as others put it: "The column, estimated at 40 vehicles,",
                                   # "thought to number 40 vehicles", "said to be 300 strong")
                                   r"|(?:estimated|put|reckoned)\s+at|(?:thought|believed|said|reported|understood|estimated)\s+to\s+(?:number|be|include|comprise)"
                                   # (a hedge on the subject set between commas, the moving verb's own perfect
                                   # after it: "Militants, believed to have | crossed from A, attacked ..."
                                   # names "Militants", as "Militants believed to have crossed" does;
                                   # s49 read141)
                                   r"|(?:" + REPORT_WORDS_RE + r")\s+to\s+have\b"
                                   r"|(?:(?:long|already|permanently)\s+)?(?:stationed|based|deployed|garrisoned|posted)\s+(?:in|at|there|here)\b"
                                   # (and where it already was: "The brigade, already in X since May, moved", s37m)
                                   r"|already\s+(?:in|at|there|here)\b"
                                   # (where it was going, said in passing: "The Kenyan contingent, bound for X, left Y",
                                   # "A cargo ship, en route to X from Y, passed Z")
                                   r"|(?:(?:reportedly|apparently)\s+)?(?:bound\s+for|en\s+route\s+(?:to|for|from)|on\s+(?:its|their)\s+way\s+(?:to|from|back))\b)\b", re.I)
# what the subject had done first, set between commas, as translated state media write: "A
# brigade, after the organisation of a long march, was transported by rail", "The unit, upon
# completion of its drills, flew" name "A brigade", "The unit" ("following ..." is an -ing of
# _SUBJECT_ASIDE). An aside only when a comma closes it before the verb: "The town, after the
# rebels | withdrew" has the verb's own subject in it (read95)
_TIME_ASIDE = _PATTERNS.compile(r"\s*(?:after|upon|on\s+completion\s+of)\b", re.I)


def _aside_part(parts: list[str], k: int) -> bool:
    """Is parts[k] (a subject cut at its commas) an aside, no words of what moved?"""
    return _SUBJECT_ASIDE.match(parts[k]) is not None or described_aside(parts[k]) or is_sent_aside_part(parts[k]) or \
        (k < len(parts) - 1 and (_TIME_ASIDE.match(parts[k]) is not None
                                 or is_report_aside(parts[k])))  # ("The convoy, officials told AFP, crossed": read.report_aside)


# the mark a list item or a post of a thread opens with ("- RSF fighters advanced ...",
# "• Two battalions ...", "3/ Column spotted ..."): layout, not words of what moved
# (and a sitrep's lettered or numbered items: "a. Four fast attack craft sailed", read43; "(b)
# The frigate ...", "2) One battalion ...", read44)
# (and a sitrep's item numbered in brackets: "(1) 2x infantry companies moved ...")
_BULLET_LEAD = _PATTERNS.compile(r"^\s*(?:[-–—*]|[•▪◦‣·]|[0-9]{1,3}/|\(?(?-i:[a-z])[.)]|\([a-z]\)|\(?[0-9]{1,2}[.)])(?:\s+|$)")


# what a sighting or a rumour is of, around a subject ("reports of Russian VDV units being
# pulled from X", "footage of a column moving"): the words of the report, not of what moved
_REPORTS_OF = _PATTERNS.compile(r"^(?:(?:unconfirmed|new|further|several|more)\s+)?(?:reports?|footage|images|video|claims|sightings?)\s+of\s+", re.I)
# a clause that opens with its verb, no subject ("Likely arrived by train from X."), at most a
# post's number and an adverb of likelihood before it: notes and a thread's posts go on about
# what the sentence before was about
_NO_SUBJECT_OPENING = _PATTERNS.compile(r"\s*(?:[0-9]{1,3}/\s*)?(?:(?:likely|probably|possibly|apparently|reportedly|presumably|"
                                        r"most\s+likely|almost\s+certainly)\s+)?", re.I)
# a verb that carries a movement noun, with its article, at the end of the subject ("A
# battery of Iskander-M systems completed a march to X", "The brigade carried out a
# redeployment to Y"): the words of the verb, not of what moved
# (and in the present a headline tells news in: "Russian peacekeepers complete pullout from X", s32 read87)
# (and a verb of the event's course before its own movement noun: "The brigade began its
# redeployment from A to B", "The contingent started its withdrawal", s41 read111)
_LIGHT_VERB_END = _PATTERNS.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:completed|carried\s+out|conducted|made|performed|"
                                    r"undertook|executed|completes?|carr(?:y|ies)\s+out|conducts?|performs?|undertakes?|"
                                    r"executes?|(?:began|begun|begins|started|starts|finished|finishes|concluded|resumed)(?=\s+(?:its|their)\b))"
                                    r"(?:\s+(?:a|an|the|its|their))?(?:\s+[\w-]+)?\s*$", re.I)


_PAREN_OPEN = _PATTERNS.compile(r"\s*\(\s*")
# a line that is an item of a list: a bullet, a thread's post number, a numbered or lettered item
_LIST_LINE = _PATTERNS.compile(r"[ \t]*(?:[-–—*•▪◦‣·]|[0-9]{1,3}[/.)]|[a-z][.)])[ \t]+\S")
_LIST_MARKER = _PATTERNS.compile(r"\s*(?:[-–—*•▪◦‣·]|[0-9]{1,3}[/.)]|[a-z][.)])[ \t]+")


# an object that is a place, not what moved: "entered the border area", "entered the port of X",
# "left the base"
_PLACE_OBJECT = _PATTERNS.compile(r"(?:both\s+(?:the\s+)?|(?:the|these|those)\s+(?:two|three)\s+|the|a|an|its|their|his|her|our)?\s*"
                                  # (a facility named before its noun: "left the Kossei base"; four words for
                                  # a US base named with its service, "departed McEntire Joint National Guard
                                  # Base", read61)
                                  r"(?:(?-i:[A-Z])[\w'’-]*\s+){0,4}"
                                  # (and a force's own sites, in the plural too: "left their bases in X",
                                  # "abandoned their positions near Y": where they were, not what moved)
                                  r"(?:(?:main|forward|former|home|permanent|territorial|national|coastal|sovereign|contiguous|disputed|"
                                  # (waters by their status: "entered restricted waters off Kinmen", s24)
                                  r"restricted|prohibited|international|contested)\s+)?"
                                  # (and where it lies or what it is: "left the northern town of X", "the strategic port of Y")
                                  r"(?:(?:(?:north|south)(?:[- ]?(?:east|west))?ern|eastern|western|central|strategic|key|frontline|remote|besieged|(?:rebel|government|army)-held)\s+){0,2}"
                                  r"(?:border|area|city|town|village|capital|region|province|state|district|country|garrison|camp|territory|port|harbou?r|naval\s+base|"
                                  # (and a line crossed: "crossed the median line of the Taiwan Strait",
                                  # "crossed the Line of Control", s33m)
                                  r"(?:median|demarcation|ceasefire|cease-fire|armistice|front|contact)\s+line|line\s+of\s+(?:actual\s+)?(?:control|contact)|frontier|boundary|"
                                  # (the places of a list told before: "entered both towns", read.plural_anaphor)
                                  r"towns|cities|villages|localities|settlements|"
                                  # (and a water or a crossing of one: "crossed the Seym river and pushed into X")
                                  r"river|canal|strait|channel|"
                                  # (and a feature of the sea named by its kind: "reached the shoal", s25)
                                  r"shoal|reef|atoll|"
                                  r"air\s*base|base|(?:naval\s+|naval\s+air\s+|air\s+)station|(?:reserve|training|readiness)\s+cent(?:er|re)|airport|airfield|strait|waters|airspace|bases|camps|garrisons|barracks|positions|posts|outposts|"
                                  # (a part of a town told by its noun: "reached the outskirts of X")
                                  r"(?:outskirts|suburbs|environs|vicinity|gates|centre|center|heart|edge)\s+of)\b"
                                  # (not the noun of a force named by its post: "deployed border guards to X")
                                  r"(?!" + _FORCE_NOUN_AFTER + r")", re.I)
# a line drawn in waters or land, before the name that says where it lies: "the median line of
# the Taiwan Strait" (the clause's mentions loop gives that name no role, s33m)
_LINE_IN_WATERS = _PATTERNS.compile(r"\b(?:median|demarcation|ceasefire|cease-fire|armistice)\s+line\s+(?:of|in|across)\s+(?:the\s+)?$", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_LINE_IN_WATERS_GATE = Gate(_LINE_IN_WATERS, ("armistice", "cease-fire", "ceasefire", "demarcation", "median"))
# "..., and that <subject> had": the second thing said opens a subject of its own
# (not a pronoun or a possessive, which refer to who said it: "and that its fighters had")
_AND_THAT_SUBJECT = _PATTERNS.compile(r",?\s+and\s+that\s+(?=(?!(?:its|their|they|it|he|she|we|our|his|her)\b)"
                                      r"(?:[\w'’-]+\s+){1,5}?(?:had|have|has|were|was|are|is)\b)", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_AND_THAT_SUBJECT_GATE = Gate(_AND_THAT_SUBJECT, ("that",))
# the part of a place said before its name: "the eastern (Mediterranean)", "northern (Mali)"
# (and a compass point in its noun form, as local outlets write it: "entered north-east Syria", read52)
# the noun of a unit right after a name, past up to two lower-case words ("its Kidal battalion",
# "its Kherson group of forces", "its Cheonghae anti-piracy unit")
_UNIT_NAMED_AFTER = _PATTERNS.compile(r"(?:\s+[a-z][a-z-]*){0,2}?\s+(?:units?|battalions?|brigades?|regiments?|squadrons?|contingents?|"
                                      r"divisions?|flotillas?|detachments?|compan(?:y|ies)|corps|task\s+forces?|groups?(?:\s+of\s+forces)?)\b")
_PART_OF_PLACE = _PATTERNS.compile(r"(?:the\s+)?(?:far\s+|extreme\s+)?(?:(?:north|south)(?:-?(?:east|west))?ern|(?:north|south)-?(?:east|west)|eastern|western|central|"
                                   r"upper|lower|inner|outer)\s+", re.I)
# a noun of a moving group that is the clause's only trigger names what moved with its words
# before it: "A Russian convoy was seen on the road ..." moved "A Russian convoy", not "A Russian"
# (with a count in the clause, what the count is of is named instead: "11 trucks")
# "the one" / "that one": a pronoun standing for a noun told before ("a journey longer than the
# one Rwandan troops made"), no count of one
# a part of a counted whole: "half of the 40 trucks", "most of its 300 soldiers" -- what moved is
# the part, which the number does not count (GUIDELINES: count is the number that moved); a
# number before "of" counts the part ("three of the five trucks": three), read as before
_PART_OF_COUNT = _PATTERNS.compile(r"\b(?:half|a\s+third|a\s+quarter|two-thirds|three-quarters|most|part|the\s+bulk|"
                                   r"a\s+portion|a\s+fraction|the\s+rest|the\s+remainder|some|many|a\s+few)\s+of\s+"
                                   r"(?:the|its|their|those|these)\s+(?:(?:about|some|around|roughly|nearly|estimated)\s+)?$", re.I)
# ... and the whole a group told apart is the first or a part of: "A German company arrived in
# X, the first of about 4,800 troops to be stationed there", "..., part of the contingent of 1,200":
# the whole, planned or told, is no count of what moved (the company)
# (a group sent ahead is the whole's part only with the whole named as such: "the vanguard of a
# force of 4,800"; "The advance party of 150 troops" is 150 troops, s32m)
_WHOLE_OF_THE_FIRST = _PATTERNS.compile(r"\b(?:(?:the\s+(?:first|last)|part)\s+of\s+"
                                        r"(?:(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:force|contingent|deployment|mission|group)\s+of\s+)?"
                                        r"|the\s+(?:vanguard|advance\s+(?:party|guard|team))\s+of\s+"
                                        r"(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:force|contingent|deployment|mission|group)\s+of\s+)"
                                        r"(?:(?:about|some|around|roughly|nearly|up\s+to|an\s+estimated)\s+)?$", re.I)
_ONE_AS_PRONOUN = _PATTERNS.compile(r"\b(?:the|that|this)\s+$", re.I)
_GROUP_NOUN_MAIN = _PATTERNS.compile(r"convoys?|columns?|reinforcements", re.I)
# a heading's word and its comma before the day it gives ("Sightings, 5 March:", "Update, 4 March:")
_HEADING_WORD_COMMA = _PATTERNS.compile(r"[ \t]*[A-Z][a-z]+(?:\s+[a-z]+)?,[ \t]*")
# the words referring back to a place gone to that cannot be the clause's own origin ("left Goma
# for the town", "were deployed from Kaduna to the area"): the place told before it, the origin aside
_GONE_TO_NOT_LEFT = ("town", "city", "village", "area")
# a subject that is a whole clause of stopping before the verb of movement: "The helicopters
# staged at X before (flying on to Y)", "the column halted in Z after (crossing)": who stopped
_STOPPED_BEFORE = _PATTERNS.compile(r"(?P<np>.+?)\s+(?:stopped|staged|halted|paused|rested|refuell?ed|regrouped|camped|"
                                    r"massed|gathered|assembled|waited)\s+(?:\w+\s+){0,2}?(?:in|at|near|outside|on)\s.*\b(?:before|after)",
                                    re.I)
# a conjunction opening a subject read after a comma ("..., and a battalion moved")
# (and a connective set off by commas after a dated opener: "Last week, however, a column of 30
# trucks was filmed" moved "a column of 30 trucks", s28m)
_JOINER_FIRST = _PATTERNS.compile(r"^(?:and|but|while|whereas|(?:however|meanwhile|moreover|though|still|instead|"
                                  r"nonetheless|nevertheless|in\s+turn|in\s+contrast|by\s+contrast),)\s+(?=\S)", re.I)
# a subject fallback that names nothing: one word, a function word at its end, a subordinator first
# a subject that is a number in digits alone ("400 left for X"): a part of a group told before
_DIGITS_ONLY = _PATTERNS.compile(r"[1-9][0-9]{0,2}(?:,[0-9]{3})*|[1-9][0-9]*")
_NO_SUBJECT = _PATTERNS.compile(r"^\S+$|\b(?:the|a|an|had|has|have|was|were|is|are|been|be|to|and|of|its|their|his|her|it|they)$|"
                                # (not a count's "As many as 450 soldiers (arrived)": what moved, s39 read105)
                                r"^(?:when|since|besides|while|if|after|before|as(?!\s+many\s+as\b)|it|they|he|she)\b", re.I)
# ("up to 1,000 soldiers" is a count's qualifier, an object: "Chad could send up to 1,000 soldiers")
# "home" right after the verb: where they went, before what moved or a time ("brought home 300
# soldiers from Mali", "will return home by June")
_HOME_FIRST = _PATTERNS.compile(r"^home\b\s*"
                                # (and a verb's particle before its object: "pulled back troops from
                                # X", "pulled out 300 soldiers": the particle is no word of what moved, s27r)
                                r"|^(?:back|out)\s+(?=\w)", re.I)
# (and a distance: "advanced 15 km north of X" went 15 km, it moved nothing of that name; "300 metres", read68,
# not "300 metres of pontoon bridge": what moved)
# (or a direction from a place: "deployed south of Tyre", read.distance_from)
_NO_OBJECT = _PATTERNS.compile(r"(?:-|(?:(?:some|about|around|nearly|almost|roughly|over|more\s+than)\s+)?[\d.,]+\s*(?:km|kms|kilomet\w+|miles?|met(?:re|er)s\b(?!\s+of\b))\b|"
                               r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of\b|"
                               # ("withdrew the same day towards X": a time told back, no object, s32 read87)
                               # (and "flew home the next day": s32 read87)
                               r"(?:the|that)\s+(?:same|next|following)\s+(?:day|evening|night|morning|afternoon|week)\b|"
                               # ("arrived this Saturday in X", "left last night": a day told after
                               # the verb, as translated Spanish reports write "este sábado", s33 read91)
                               r"(?:this|last)\s+(?:" + WEEKDAY_NAMES + r"|morning|afternoon|evening|night|weekend)\b|"
                               r"(?:by|with|of|out|aboard|onto|upon|again|off|back|away|"
                               r"up(?!\s+to\s+(?:[0-9]|(?:two|three|four|five|six|seven|eight|nine|ten|several|hundreds|thousands|dozens)\b))|"
                               # ("A convoy en route to X was hit": where it was going, no object of the noun, read82)
                               r"down|along|under|over|for|against|near|past|en\s+route|"
                               r"during|without|within|was|were|is|are|had|has|have|been|be|being|to|and|or|but|"
                               r"shortly|later|soon|then|there|here|yesterday|today|\w+ly)\b)", re.I)
# words that name nothing by themselves: an article, a demonstrative, a possessive
_DETERMINER_ONLY = _PATTERNS.compile(r"\s*(?:the|a|an|this|that|these|those|its|their|his|her|our)?\s*", re.I)
# a count's qualifier: "at least 20", "around 300", "nearly 40"
_COUNT_QUALIFIER = _PATTERNS.compile(r"\s*(?:about|around|approximately|some|nearly|almost|roughly|more\s+than|over|at\s+least|"
                                     r"up\s+to|fewer\s+than|less\s+than|an\s+estimated|as\s+many\s+as)\s+", re.I)


def _qualified_count_opens(after: str, count_at: int) -> int:
    """Where the object after a verb goes on past a qualifier of its first count ("moved at least
    20 guns", "sent around 300 troops", "flew nearly 40 sorties"): the end of the qualifier when
    the count read (at ``count_at`` in ``after``) comes right after it, else 0.

    why: "at" and "around" were read as prepositions of place and "nearly" as an adverb of the
    verb, so the object was empty and what moved fell back to the subject ("Azerbaijani forces"
    for "at least 20 artillery pieces"), while "about 20" and "some 20" kept their object."""
    if count_at <= 0:
        return _qualified_formations_open(after)
    qualifier = _COUNT_QUALIFIER.match(after)
    return qualifier.end() if qualifier is not None and qualifier.end() == count_at else 0


# formations counted by a small number, which are no count of people or vehicles (GUIDELINES) and
# so never the count read: "at least two infantry battalions", "some three companies"
_FORMATIONS_COUNTED = _PATTERNS.compile(r"(?:[0-9]{1,2}|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+"
                                        r"(?:[\w-]+\s+){0,2}?(?:compan(?:y|ies)|battalions?|brigades?|platoons?|regiments?|"
                                        r"divisions?|squadrons?|detachments?|contingents?|units)\b", re.I)


def _qualified_formations_open(after: str) -> int:
    """The end of a qualifier that opens the object before formations counted ("moved at least
    two infantry battalions"), else 0: as for a count of people (_qualified_count_opens), the
    qualifier is the object's, not a preposition of place or an adverb of the verb (s28m: what
    moved fell back to the subject, "Myanmar's military")."""
    qualifier = _COUNT_QUALIFIER.match(after)
    if qualifier is None or _FORMATIONS_COUNTED.match(after, qualifier.end()) is None:
        return 0
    return qualifier.end()


def _qualifies(obj: str, counted: str) -> bool:
    """Does ``obj`` open with a qualifier of the count ``counted`` ("nearly 40 trucks")? Then its
    adverb ("nearly", "roughly") is the count's, not the verb's: the object stays whole."""
    qualifier = _COUNT_QUALIFIER.match(obj)
    return qualifier is not None and obj.startswith(counted, qualifier.end())


# the rest of a name the place mention did not take ("X International Airport")
_NAME_REST = _PATTERNS.compile(r"(?:\s+[A-Z][\w'-]*)*")
# who told or saw the movement, before what moved: "Witnesses saw two convoys moving ...",
# "Officials said 300 troops moved ..." (not "the reported convoy": a determiner before it)
_SAID_BY = _PATTERNS.compile(r"(?<=[\w)])(?<!\bthe)(?<!\bThe)(?<!\ba)(?<!\bA)(?<!\ban)(?<!\bAn)"
                             # nor a passive or perfect: "two convoys are reported to ...", "have been seen"
                             r"(?<!\bare)(?<!\bis)(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bbe)(?<!\bhave)(?<!\bhas)(?<!\bhad)\s+(?:said|says|say|reported|reports|report|"
                             r"showed|shows|show|saw|sees|see|watched|filmed|photographed|observed|confirmed|announced|"
                             r"claimed|added|noted|told\s+(?:[\w'’-]+\s+){0,2}?(?:reporters|journalists|media|[A-Z][\w'’-]*)"
                             # (a liveblog's "X tell us", "told us": the teller speaks to the outlet)
                             r"|tells?\s+us|told\s+us)\s+"
                             # (an adverb of the saying after it is no word of the subject: "The RSF said
                             # separately its fighters (had withdrawn)", read83)
                             r"(?:(?:separately|also|later|earlier|again|further|meanwhile|too)\s+)?"
                             # (not the noun of a source before its verb: "An unconfirmed report said X moved")
                             r"(?!(?:said|says|say|showed|shows|claimed|added|noted|suggested|suggests)\b)"
                             # (nor a passive of report on the subject: "Troops said to have left A
                             # reached B" moved the troops, read.relative_then_fought)
                             r"(?!to\s+(?:have|be)\b)")
# (searched only in spans holding one of the words every match holds: read.gates, tests/test_speed112.py)
_SAID_BY_GATE = Gate(_SAID_BY, ("added", "announced", "claimed", "confirmed", "filmed", "noted", "observed", "photographed",
                               "report", "said", "saw", "say", "see", "show", "tell", "told", "watched"))
_DATE_PREPOSITION_END = _PATTERNS.compile(r"\s*\b(?:on|in|at|during|since|by|until|early|late|(?:early|late)\s+on)\s*$", re.I)
_OF_AFTER = _PATTERNS.compile(r"\s+of\b", re.I)
# (not a unit's number: "222 Battalion", "21 Special Armoured Brigade" name a unit, read60)
_COUNT_LEAD = _PATTERNS.compile(r"^(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least)\s+)?(?!" + BARE_NUMBERED_UNIT + r")(?:[0-9][0-9,]*|"
                                + _TENS_UNITS + "|" + "|".join(k for k in _NUMWORDS) + r")(?:-strong)?\s+(?:of\s+)?(?=\S)", re.I)
# (and "two dozen pickups": 24; "dozens of" stays no number)
_TIMES_WORD = _PATTERNS.compile(r"(hundred|thousand|dozen)\b(?!\s+of\b)", re.I)
_TIMES = {"hundred": 100, "thousand": 1000, "dozen": 12}
# an arrival verb right before "in": "landed in K at X airport" names where they arrived
_ARRIVED_IN = _PATTERNS.compile(r"\b(?P<verb>arriv\w*|land\w*|disembark\w*|dock\w*)\s+in\s+$", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_ARRIVED_IN_GATE = Gate(_ARRIVED_IN, ("arriv", "disembark", "dock", "land"))


def _country_arrived_in(text: str, mention: dict) -> bool:
    """A country the mention finder read as an actor, right after "arrived/landed in", is where
    a force arrived, not who moved ("the officers arrived in K at X airport")."""
    return mention.get("role") == "actor" and mention.get("kind") == "country" \
        and bool(_ARRIVED_IN_GATE.search(text, max(0, mention["start"] - 25), mention["start"]))


# "also" right before the verb (past an auxiliary): the subject did one more thing
_ALSO_BEFORE_VERB = _PATTERNS.compile(r"\s(?:has\s+|have\s+|had\s+|was\s+|were\s+)?also\s+$")
# the words referring back to a place told before, after a cue: read by _CUE_ANAPHOR and by its
# gate _ANAPHOR_WORD, one list so that the gate never misses a word the pattern reads
_ANAPHOR_NOUNS = r"there|the\s+(?:" + _ANAPHOR_KINDS + r")"
# a role cue followed by "there" / "the city" with no place (an anaphor); its core (without
# the white space before it or the lookahead after: a superset) must be in reach of a cue
# (and a feature of the sea named before by its kind word: "departed X for the shoal" after
# "Scarborough Shoal", roles._antecedent; read43)
# (not a noun placed by what follows it: "to the area south of the Litani", "the town near X",
# read44: the phrase names its place, and no earlier one)
# (a distance may stand between the cue and the anaphor: "advanced to within 10 km of the
# town" went to the town told before, scored against its anchor as GUIDELINES says)
# (and "positions near" may stand there: "brought mortars from A to positions near the crossing"
# went to the crossing told before, scored against it within 80 km as a relative place, read55)
# a name that opens with the Arabic article in lower case, as transliterations write it: "the
# city of al-Mayadin", "the town of el-Fasher", "the village of ad-Dana" name their place as "the
# city of Homs" does (read92: "to the city of al-Mayadin" read "the city" as the dateline's town
# told before, a second destination)
_LOWER_ARTICLE_NAME = r"(?-i:(?:al|el|ad|adh|an|ar|as|ash|at|ath|az)[-\u2010\u2011’'][A-Za-z])"
_CUE_ANAPHOR = _PATTERNS.compile(r"(?:\s+within\s+(?:about\s+|some\s+)?[\d.,]+\s*(?:km|kilomet(?:re|er)s|miles)\s+of"
                                 r"|\s+(?:positions|posts)\s+(?:near|around|close\s+to)"
                                 # (or by its bearing: "to positions west of the town", "to a line
                                 # 10 km south of the city", read.relative_anaphor)
                                 r"|" + BEARING_BEFORE_ANAPHOR + r")?"
                                 r"\s+(?P<anaphor>" + _ANAPHOR_NOUNS + r")\b(?!\s+of\s+(?:(?-i:[A-Z])|" + _LOWER_ARTICLE_NAME + r"))"
                                 r"(?!\s+(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+of|near|around|outside)\s)", re.I)
# what moved told as "the same" craft or group, wherever it stands ("Flight tracking shows the
# same aircraft flying back to X"): it refers back to the one told before (read50)
_THE_SAME_MOVER = _PATTERNS.compile(r"\s*the\s+same\s+(?:[\w-]+\s+)?(?:aircraft|planes?|jets?|helicopters?|ships?|vessels?|"
                                    r"boats?|convoys?|columns?|units?|troops|soldiers|contingent|battalion|company)\b", re.I)
# (the words every _THE_SAME_MOVER match holds, looked for in a whole report: _Reader._tells_the_same)
_THE_SAME_WORDS = _PATTERNS.compile(r"\bthe\s+same\b", re.I)
# the joiner that opens a coordinated clause before its subject ("..., and the column had ...")
_JOINER_BEFORE_SUBJECT = _PATTERNS.compile(r"\s*(?:and|but)\s+", re.I)
# ("the state": a federal state told before, "arrived in the state last week", s32m)
_ANAPHOR_WORD = _PATTERNS.compile(r"(?:" + _ANAPHOR_NOUNS + r")\b", re.I)
# an appositive noun phrase with a relative clause, set off by commas: ", a unit that fought in
# Bakhmut in 2023," (what the subject is; lexicon._ASIDE reads it as an aside for dates and status)
_APPOSITIVE_RELATIVE = _PATTERNS.compile(r",\s*(?:the|a|an)\s+(?:[\w'’-]+\s+){0,5}?(?:that|which|who)\s[^,;.]*,", re.I)
# words of presence in an aside on the subject: where the force was, so where it may have left from
_PRESENCE_IN_ASIDE = _PATTERNS.compile(r"\b(?:stationed|based|garrisoned|posted|positioned|deployed|quartered|"
                                       # (and besieged there: ", which had been encircled at X for months,", read83)
                                       r"dug\s+in|been\s+(?:(?:besieged|encircled|surrounded|trapped|cut\s+off|holed\s+up)\s+)?(?:in|at|near|around)|"
                                       r"(?:was|were|is|are)\s+(?:in|at)|"
                                       # (and there until it moved: ", who had spent a month in X,", s38 lead)
                                       + STAYED_UNTIL_MOVED + r")\b", re.I)
# an infinitive of purpose right before a verb ("to reinforce", "in order to secure", a quote
# opening on the verb: to "reinforce the region")
_PURPOSE_TO_BEFORE = _PATTERNS.compile(r"\b(?:in\s+order\s+)?to\s+[\"“‘']?$", re.I)
# what comes between a state and the verb it says it moved by: "X said it was sending", "X
# announced on Monday that its troops had left"
# (and a state that denied it moved: "Uganda denied that it had sent troops", "Rwanda dismissed
# (as baseless) reports that its troops had entered X": who denies is whose force is meant, s27r)
# (and a warning, a threat or a pledge of its own move: "Pakistan warned it would move troops to X",
# read81; the status is read apart: planned)
_SAID_IT = _PATTERNS.compile(r"\s+(?:(?:also|later|separately|earlier|again|further)\s+)?(?:has\s+|have\s+|had\s+)?(?:said|says|announced|announces|confirmed|confirms|claimed|claims|stated"
                             r"|warned|warns|threatened|threatens|pledged|pledges|promised|promises|vowed|vows"
                             r"|(?:denied|denies|dismissed|dismisses|rejected|rejects)(?:\s+as\s+(?:[\w-]+\s+){0,2}?[\w-]+)?"
                             r"(?:\s+(?:the\s+)?(?:reports?|claims?|allegations?|suggestions?))?)"
                             + SAID_WHEN + r"{0,3},?(?:\s+that)?"
                             r"\s+(?:it|they|(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?" + _FORCE_NOUN + r")" + _BARE_SUBJECT_GAP.pattern, re.I)
# an armed group by its initials or a name with digits that said it moved: "M23 said on Monday
# that it had withdrawn", "The RSF said its fighters had left X" (as _SAID_IT for a state); a
# UN mission by its acronym of up to seven letters, bare or set after the words that say what
# it is: "The UN mission, UNMIK, said its peacekeepers had ..." (read47)
# (after an opening phrase set off by a comma: "In a statement, MONUSCO said its peacekeepers ...")
_GROUP_SAID_IT = _PATTERNS.compile(r"(?:^\s*(?:(?:in|on|late\s+on|earlier\s+on)\s+[^,;:]{1,40},\s*)?|\b[Tt]he\s+|^\s*[Tt]he\s+(?:UN|United\s+Nations)\s+(?:peacekeeping\s+|stabili[sz]ation\s+)?"
                                   # (initials with a hyphened part too: "The SPLA-IO said its fighters ...", s41 lead)
                                   r"(?:mission|force|operation)\s*,\s*)(?P<a>(?-i:[A-Z][A-Z0-9]{1,6}(?:-[A-Z0-9]{1,4})?)"
                                   # (or a group news names bare: "The Houthis said they had sent ...")
                                   r"|(?-i:" + KNOWN_GROUP_NAMES + r"))\s*,?" + _SAID_IT.pattern + r"$", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_GROUP_SAID_IT_GATE = Gate(_GROUP_SAID_IT, ("it", "their", "they"))
# a relative clause set off by commas that tells about the group before its verb of saying
# (or an apposition that says what the group is: "The M23, the rebel group, said its fighters
# had left X", s41 lead)
_GROUP_ASIDE = _PATTERNS.compile(r",\s*(?:(?:which|who)\s[^,;.]{1,120}|(?:the|a|an)\s[^,;.]{1,60}),", re.I)
# the auxiliary of the clause's own verb after a movement noun's "of" phrase: "A column of 40
# trucks was seen", "the deployment of 300 troops has begun" (_what: what moved ends before it)
_VERB_AFTER_OF = _PATTERNS.compile(r"\s+(?:was|were|is|are|has|have|had|will|would)\b", re.I)
_TO_BE_AFTER = ("is", "are", "was", "were")
# a year that dates an event noun ("the 2019 deployment of troops", "its 2023 withdrawal")
_YEAR_OF_EVENT = _PATTERNS.compile(r"(?:19|20)[0-9][0-9]\s+(?:[\w-]+\s+)?(?:deployments?|withdrawals?|pull-?outs?|rotations?|redeployments?|"
                            r"missions?|operations?|offensives?|campaigns?|invasions?|incursions?|evacuations?|transfers?|"
                            r"airlifts?|drawdowns?|surges?)\b", re.I)
# "are reported / said / believed to be moving": a report of the movement, no purpose
_REPORTED_TO_BE = REPORT_WORDS  # (report_words.json: one list with hedged_perfect and _SUBJECT_ASIDE)
# ... and "are expected / due / set to be redeployed to X": the plan is the movement (its status
# planned, by the status reader), no purpose whose places are no ends (s24: "Some of them are
# expected to be redeployed to Kayes" read no end)
_PLANNED_TO_BE = ("expected", "likely", "due", "set", "scheduled", "slated", "poised")
# verbs of seeming, which raise the infinitive's subject as a report's passive does
_SEEMS = ("appear", "appears", "appeared", "seem", "seems", "seemed")
# verbs of showing after "to" ("Videos appeared to show a column moving toward X"): the clause
# after them is what was seen, a report of the movement, not a purpose whose places are no ends
_SHOWING_VERBS = frozenset(("show", "depict", "reveal", "capture"))
# verbs of telling whose "that" clause is what is told, not part of a purpose: "The ministry
# wishes to inform the public that 1,000 soldiers departed X" (s28m: the purpose ran to the
# clause's end and the departure was lost)
_TELLING_VERBS = frozenset(("inform", "announce", "confirm", "notify", "state", "declare", "clarify", "stress",
                            "reiterate", "assure", "explain", "report", "say", "tell", "add", "note", "emphasise",
                            "emphasize", "remind", "advise", "reassure", "update", "brief"))


def _told_that(toks: list, i: int, j: int, verb) -> int | None:
    """Where the "that" clause starts after an infinitive of telling at ``toks[j]`` ("to inform the
    public | that ..."), within six words, when no verb of moving comes before its "to" (at
    ``toks[i]``): what is told is no part of a purpose. None for another verb, no "that" soon
    after it, or a movement's purpose ("Troops were sent to Gao to confirm that the rebels had
    left X": what they were to confirm is not told as done)."""
    if verb.text.lower() not in _TELLING_VERBS or any(_stem(t.text) in _VERB_FORMS for t in toks[:i]):
        return None
    return next((t.start for t in toks[j + 1:j + 8] if t.text.lower() == "that"), None)


def _raised_by_report(toks: list, i: int) -> bool:
    """Is the "to" at ``toks[i]`` after "is / are / was / were" + a verb of report ("Troops
    are reported to be moving from A to B") or after a verb of seeming ("Troops appeared to be
    moving from A to B")? The infinitive is the movement itself, whose
    status the report's words decide, not a purpose whose places are no ends."""
    # (only of a force: "the suspect is believed to be travelling south to X" moves none)
    raised = (i > 1 and toks[i - 1].text.lower() in _REPORTED_TO_BE + _PLANNED_TO_BE and toks[i - 2].text.lower() in _TO_BE_AFTER) \
        or (i > 0 and toks[i - 1].text.lower() in _SEEMS)  # ("Troops appeared to be moving from A")
    # (or a part of the group told before, "Some of them are expected to be redeployed to X")
    subject = " ".join(t.text for t in toks[:i - 1])
    return raised and (_MOVER_GATE.search(subject) is not None or _PART_OF_THEM_SUBJECT.search(subject) is not None)
_PART_OF_THEM_SUBJECT = _PATTERNS.compile(r"\b(?:some|most|many|all|part|half|several|one|two|three|the\s+rest)\s+of\s+them\b", re.I)
_PRONOUN_ONLY = _PATTERNS.compile(r"(?:it|they)", re.I)
_BARE_NOUN = _PATTERNS.compile(r"[a-z][a-z-]+")
# a force gathered at a place, and the participle of its moving told after a comma: "massed
# near X, moving armour from Y", "concentrated troops around X, bringing tanks from Y"
_MASSED_AT = _PATTERNS.compile(r"\b(?:a?mass(?:ed|es|ing)|gather(?:ed|s|ing)|concentrat(?:ed|es|ing)|assembl(?:ed|es|ing)|"
                               r"buil(?:t|ds|ding)\s+up)\s+(?:[\w,-]+\s+){0,4}?(?:in|at|around|near|outside|along|on)\s+"
                               r"(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:of\s+)?$", re.I)
_PARTICIPLE_AFTER_COMMA = _PATTERNS.compile(r",\s*$")
# a force told by its proper name only ("the Rapid Support Forces": no lower-case force noun),
# and a preposition before it, across an article, adjectives or an ordinal ("by the paramilitary",
# "from the 16th")
_FORCE_NAMED = _PATTERNS.compile(r"\b" + _FORCE_NAME_END + r"$")
_FORCE_NAME_GOVERNED = _PATTERNS.compile(r"\b(?:to|with|by|from|of|for|against|among|alongside|on|at|in|into)\s+(?:the\s+)?"
                                         r"(?:(?:[a-z]|\d)[\w-]*\s+){0,2}$")
# up to two words and a force noun after a name: "Turkish column", "Kenyan police unit"
_FORCE_AFTER = _PATTERNS.compile(r"(?:\s+[\w-]+){0,2}?\s+" + _FORCE_NOUN + r"\b", re.I)
# a state's possessive, then a count or an ordinal before its force's noun: "Kenya's 200 police
# officers", "Kenya's first contingent of police", "Chad's latest battalion" (the state is whose
# force it is; the actor is told as "Kenya's police", the count and the ordinal no part of it)
# (or a word that tells which of its forces, kept in the actor: "Ethiopia's federal army moved",
# "Kenya's defence forces deployed" named no actor; lexicon.json adjectives_of_a_state_force, s41 read112)
_STATE_FORCE_ADJECTIVES = "|".join(_DATA["adjectives_of_a_state_force"]["words"])
_COUNT_OR_ORDINAL = (r"first|second|third|fourth|fifth|latest|last|next|new|another|additional|further|fresh|"
                     r"[0-9][0-9,.]*|some|about|around|nearly")
_FORCE_AFTER_POSSESSIVE = _PATTERNS.compile(
    r"['’]s\s+(?=(?:" + _COUNT_OR_ORDINAL + r"|" + _STATE_FORCE_ADJECTIVES + r")\s)(?:(?:" + _COUNT_OR_ORDINAL + r")\s+){0,3}"
    r"(?P<force>(?:(?:" + _STATE_FORCE_ADJECTIVES + r")\s+){0,2}" + _FORCE_NOUN + r")\b", re.I)


# The words each mode pattern needs, one of which a sentence must hold (as a whole word, lower
# case) for the pattern to match in it: its alternatives' words ("by air": "air", "took off":
# "took"), and the prefixes of its open alternatives ("airlift\w*", "sail\w*").
# tests/test_read_speed.py checks these against the patterns.
_MODE_WORDS = {
    _MODE_VERBS[0][1]: ({"flew", "flown", "flying", "flies", "took", "air"}, {"airlift"}),
    _MODE_VERBS[1][1]: ({"sail", "sailed", "sails", "sailing", "shipped", "sea"}, set()),
    _MODE_VERBS[2][1]: ({"drove", "driven", "driving", "road", "overland"}, set()),
    _AIR: ({"fly", "flew", "flown", "flying", "flight", "flights", "helicopter", "helicopters", "aircraft",
            "plane", "planes", "jet", "jets", "airborne", "air", "landed", "took"}, {"airlift"}),
    _SEA: ({"ship", "ships", "warship", "warships", "vessel", "vessels", "boat", "boats", "naval", "frigate",
            "frigates", "destroyer", "destroyers", "sea"}, {"sail"}),
    _ROAD: ({"convoy", "convoys", "column", "columns", "vehicles", "trucks", "lorries", "tanks", "humvees",
             "hummers", "road", "highway", "drove", "driven", "buses", "armored", "armoured"}, set()),
}
# (the keys are the patterns themselves, not kept stand-ins: _mode tells them by identity, and
# _AIR, _SEA and _ROAD here are lexicon's stand-ins, copied before they were built)
_MODE_WORDS = {as_pattern(rx): (frozenset(whole), frozenset(prefixes)) for rx, (whole, prefixes) in _MODE_WORDS.items()}
_MODE_NOUNS = (("air", as_pattern(_AIR)), ("sea", as_pattern(_SEA)), ("road", as_pattern(_ROAD)))
_MODE_PREFIX_LENGTHS = sorted({len(p) for _w, prefixes in _MODE_WORDS.values() for p in prefixes})


# a verb's bare form that is also a noun, right before a noun of what moves, is that noun's
# modifier: "transport planes flew", "the return flight landed" (lexicon.json noun_adjunct);
# not after a word that makes it a verb ("will transport troops", "to land troops")
_ADJUNCT_VERBS = frozenset(_DATA["noun_adjunct"]["verbs"])
_NOUN_ADJUNCT_AFTER = _PATTERNS.compile(_DATA["noun_adjunct"]["nouns"], re.I)
_NOUN_ADJUNCT_AFTER_ING = _PATTERNS.compile(_DATA["noun_adjunct"]["ing_nouns"], re.I)
_VERB_BEFORE = _PATTERNS.compile(r"\b(?:to|will|would|could|can|may|might|must|should|shall|did|do|does|not|n't|"
                                 r"they|we|I|you|who|which|that)\s+$", re.I)


def _noun_adjunct(text: str, t: re.Match) -> bool:
    """Is the trigger ``t`` a verb's bare form used as a noun's modifier ("two transport
    planes flew from A", "the return flight landed in B")? Then the clause's verb is another.
    So is any verb's bare form right after an article ("The dock landing ship X departed A":
    no verb follows "the" in English)."""
    word = t.group("verb")
    if word and _stem(word) == word.lower() and " " not in word and _ARTICLE_RIGHT_BEFORE.search(text, max(0, t.start() - 5), t.start()) \
            and _NOUN_AFTER_BARE.match(text, t.end()):
        return True  # (not "the move of 300 border guards", "the pull-out": a noun of movement, read so)
    return bool(word) and word.lower() in _ADJUNCT_VERBS \
        and (_NOUN_ADJUNCT_AFTER_ING if word.lower().endswith("ing") else _NOUN_ADJUNCT_AFTER).match(text, t.end()) is not None \
        and _VERB_BEFORE.search(text, max(0, t.start() - 8), t.start()) is None


# the words one of which follows a verb of manner (_MANNER_OF_MOTION's look-ahead, in lower case:
# the pattern is case-sensitive), right after it or after one of _MANNER_BETWEEN; "toward" finds
# "towards" too
_MANNER_AFTER = ("into", "onto", "across", "toward")
_MANNER_BETWEEN = frozenset(("deep", "deeper", "further", "back"))


def _manners_of_motion(text: str) -> list[re.Match]:
    """``list(_MANNER_OF_MOTION.finditer(text))``, the pattern tried only at the words that can
    start a match: a verb is a whole run of lower-case letters ending in "ed" (``\\b`` before,
    white space after), and the word after it (or after "deep", "further", "back") is "into",
    "towards", "onto" or "across", written so: those are found by str.find (a few in a report)
    and only the word before them tried, not every word ending in "ed" (speed126: 5,067 words
    tried on the 380 for 17 matches, 118 M instructions of `extract`). A long text's words a
    chunk at a time, each word in "ed" tried (its whole word index is never made)."""
    match = _MANNER_OF_MOTION.match
    found = []
    if len(text) > LONG_TEXT:
        for starts, words in word_chunks(text):  # (the words ending in "ed" picked in C)
            for p, w in itertools.compress(zip(starts, words), map(str.endswith, words, itertools.repeat("ed"))):
                if len(w) >= 5 and (m := match(text, p)) is not None:
                    found.append(m)
        return found
    starts, words = word_index(text)
    tried = set()
    for after in _MANNER_AFTER:
        at = text.find(after)
        while at >= 0:
            j = bisect.bisect_left(starts, at)
            if j < len(starts) and starts[j] == at:  # (at a word's start: the word before it is tried)
                tried.add(j - 1)
                if j >= 2 and words[j - 1] in _MANNER_BETWEEN:
                    tried.add(j - 2)
            at = text.find(after, at + 1)
    for k in sorted(tried):
        if k >= 0 and len(w := words[k]) >= 5 and w.endswith("ed") and (m := match(text, starts[k])) is not None:
            found.append(m)
    return found


# the opening of a purpose whose own verb is the clause's verb: "(is believed) to be | travelling"
_PURPOSE_OPENING = _recompile(r"to\s+(?:be\s+)?(?:\w+ly\s+)?", re.I)


def _purposes_end_at_verb(text: str, purposes: list[tuple[int, int]], verb_at: int, first_finite: int) -> list[tuple[int, int]]:
    """A purpose told inside the subject ends where the clause's own finite verb begins: "The first 250
    soldiers of the brigade to be stationed in Lithuania | arrived at Rukla on Monday" (the
    infinitive tells what the soldiers are for; the place after the verb is where they went, and is
    no purpose's place). Not a purpose whose own verb the clause's verb is ("is believed to be
    travelling south to X": the whole span stays, r29), nor one after a finite verb before the
    clause's (``first_finite``): that purpose is a predicate's, not the subject's."""
    return [(a, verb_at) if a < verb_at < b and first_finite >= verb_at and not _PURPOSE_OPENING.fullmatch(text, a, verb_at) else (a, b)
            for a, b in purposes]


def _trigger_starts(text: str) -> list[int] | None:
    """``_TRIGGER_SCAN.starts(text)``, the offsets of the words a trigger may begin with, picked
    by C-level passes (``itertools.compress`` over a set's ``__contains__``) instead of a Python
    step per word; None (the scan lists them itself) for a long text or a scan that also
    starts at digits."""
    if len(text) > LONG_TEXT or _TRIGGER_SCAN.digits:
        return None
    starts, words = word_index(text)
    return list(itertools.compress(starts, map(_TRIGGER_KEYS.__contains__, words)))


_TRIGGER_KEYS = _TRIGGER_SCAN.first_words | {ANY_WORD}  # (a non-ASCII word is always tried)


# a determiner and up to two modifiers right before a movement noun ("a rapid advance", "the
# swift withdrawal", "a two-day march"), no possessive ("the convoy's arrival" names the convoy)
_NOUN_MODIFIERS = _PATTERNS.compile(r"(?:a|an|the|this|that|its|their|his|her)(?:\s+[\w-]+){0,2}(?<!['’]s)", re.I)
_INDEFINITE_MODIFIERS = _PATTERNS.compile(r"(?:a|an)(?:\s+[\w-]+){0,2}", re.I)


def _modifier_of_noun(text: str, told: str, main: re.Match) -> bool:
    """Are the words ``told`` before a movement noun only its determiner and modifiers ("a
    rapid advance")? Then they name nothing that moved.

    why: "M23 took Kalehe after a rapid advance from Masisi" moved "a rapid"."""
    if not told:
        return False
    words = told.strip()
    end = main.start()
    while end and text[end - 1].isspace():
        end -= 1  # (text[:main.start()].rstrip(), without copying the text before the verb)
    if not text.endswith(words, 0, end) or _FORCE_WORD_GATE.search(words):
        return False
    if "noun" in main.re.groupindex and main.group("noun"):
        return _NOUN_MODIFIERS.fullmatch(words) is not None
    # a verb's bare form after "a"/"an" is its noun ("a rapid advance", "an orderly retreat"):
    # an indefinite article never opens a plural subject
    verb = main.group("verb") if "verb" in main.re.groupindex else None
    return bool(verb) and verb.isalpha() and not verb.lower().endswith(("ed", "ing", "s")) \
        and _INDEFINITE_MODIFIERS.fullmatch(words) is not None


# a count of the sources a movement is told by ("according to two officers", "citing three
# residents"): who told it, not what moved
_SOURCE_COUNT_BEFORE = _PATTERNS.compile(r"\b(?:according\s+to|citing|quoting|told\s+by)\s+(?:at\s+least\s+|some\s+)?$", re.I)


def _bare_name(words: str) -> str:
    """A force's name as the actor: without its leading article, on one line ("the  Kenyan
    police" -> "Kenyan police")."""
    return _recompile(r"\s+").sub(" ", _recompile(r"^(?:the|a|an)\s+", re.I).sub("", words.strip()))


_SENTENCE_END_BEFORE = _PATTERNS.compile(r"(?:[.!?][\"'”’)]*\s+|\n\s*)(?=\S)")


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset ``at`` begins: after the last sentence end or line
    break before it (at most 600 characters back; else ``at``)."""
    window = max(0, at - 600)
    last = None
    for last in _SENTENCE_END_BEFORE.finditer(text, window, at):
        pass
    return last.end() if last is not None else (0 if window == 0 else at)


# the object of a verb whose bare object is a place ("left X", "entered X") opening with a name:
# a place the gazetteer lacks when it names nothing that could move ("Burundian soldiers left
# Gaalcad for Jowhar" moved the soldiers, not "Gaalcad for Jowhar"; DR Congo probe of my own, s32m)
_NAME_OPENS = _PATTERNS.compile(r"(?-i:[A-Z])[\w'’-]*(?:\s|$)")


# a name that locates the site right after it ("to the base in Gyumri", "at the airport near X"):
# the site is in that place, not one told before (an anaphor is read only with no such name)
_LOCATED_AFTER = _PATTERNS.compile(r"\s+(?:in|at|near|outside)\s+(?:the\s+)?(?-i:[A-Z])", re.I)


# look-behinds of the prepositions that govern a road, a place or a site ("on the R-185", "along
# the N380", "near the FOB"): a code after them names no force as the subject
_NOT_AFTER_PLACE_PREPOSITION = "".join(rf"(?<!\b{p} )" for p in ("on", "in", "at", "near", "along", "from", "to", "into", "via",
                                                                  "through", "across", "outside", "by", "toward", "towards"))


# the verbs of getting there whose "in" or "at" tells where ("arrived in the state", "landed at the
# base"): "reached" and "entered" take their place as an object, and "the total reached 226 in the
# country" is no arrival
_ARRIVAL_IN_STEMS = GOT_THERE - {"reach", "enter"}


def _watched_mover(words: str) -> bool:
    """Is the object of a verb of watching a force that can move: a force noun (_MOVER) or a
    warship told by its kind (_VESSEL_MOVER: "shadowed two Russian corvettes as they passed
    through X", "monitored the Russian destroyer Vice-Admiral Kulakov as it sailed through Y";
    read140, the lead's probes of naval press releases: the watcher was read as the actor, and
    the whole main clause as what moved)."""
    return _MOVER_GATE.search(words) is not None or _VESSEL_MOVER_GATE.search(words) is not None


def _could_move(np: str) -> bool:
    """Could a noun phrase be what moved (a force, a vehicle, a ship, goods), so that it is
    no site where the mover was? ("left the checkpoint at A" is a site; "reinforced the units
    at A" and "left the lorries at A" are not: read.site_in_place, read46)"""
    return any(p.search(np) is not None for p in (_MOVER_GATE, _FORCE_WORD_GATE, _VESSEL_MOVER_GATE, _MATERIEL_MOVER_GATE, _GOODS_GATE))


def _within_first_country(group: list[dict]) -> list[dict]:
    """The places of one noun phrase that may be its end: a place in another country than an
    area the phrase opens with only locates the area ("to the Afar region near the port of
    Assab": Assab, in Eritrea, says where in Ethiopia's Afar region), it is not a finer end."""
    first = group[0]
    # (a province or region only: a country's name opening a phrase is often its adjective, "the
    # US garrison in al-Tanf", and the place after it the end)
    if len(group) < 2 or first.get("kind") not in ("admin1", "admin2", "region") or not first.get("country"):
        return group
    return [m for m in group if not m.get("country") or m.get("country") == first.get("country")] or group


def _end_left_open(slots) -> str | None:
    """The role of the place a "where" clause is about when its verb tells neither arrival nor
    departure ("Bol, where they had been flown from N'Djamena", "Goma, where they were driven to
    Gisenyi"): the end the clause leaves open, when it tells the other end only."""
    roles = {r for r, _g, _a in slots}
    if "origin" in roles and "destination" not in roles:
        return "destination"
    if "destination" in roles and "origin" not in roles:
        return "origin"
    return None


def _antecedent_read_by_the_main_clause(slots: list, antecedent: tuple[str, dict], main: re.Match) -> bool:
    """Does the place a relative clause is about ("X, where they arrived") hold another role, by
    a cue of the main clause before it, while the movement's verb is the relative clause's (after
    the place)? The relative word then gives the place its role."""
    role, m = antecedent
    return m["end"] <= main.start() and any(r != role and any(x is m for x in g) for r, g, _a in slots)


class SubjectTold(NamedTuple):
    """What a clause's subject says of the group it names (_Reader._subject_told_before):
    whether it refers back to one told before, and by which words that change what moved:
    "ship" ("she", the ship told before: no what of its own), "owner" (the group the aside
    says the vehicles belong to: ``owner``), "them" (moved "them": the group told before)."""

    anaphoric: bool
    by: str = ""
    owner: str | None = None


class _Reader(RoleReading, StatusReading):
    """Reads each clause of a report into a :class:`Fragment` (roles from :mod:`.roles`, status
    from :mod:`.status`)."""

    def __init__(self, text: str, mentions: list[dict], published):
        self.text = text
        self.published = parse_published(published) if published else None
        # one pass of the trigger lexicon over the report, read by clause afterwards
        self._triggers = sorted(list(_TRIGGER_SCAN.finditer(text, _trigger_starts(text))) + _manners_of_motion(text) + under_way(text) + took_back(text) + craft_took(text) + passive_by_means(text) + followed_on(text) + tracked_between(text) + handed_site_over(text),
                                key=lambda t: t.start())
        # ("carry" is a trigger only with a force carried somewhere, before clauses are cut at it)
        self._triggers = _without_idle_carry(text, self._triggers)
        # ("delivered" only arms, "abandoned" only a site, "dropped" only a force: read/idle_verbs)
        self._triggers = without_idle_verbs(text, self._triggers, mentions)
        # ("aboard military transport aircraft": a verb's bare form as a noun's modifier is no
        # verb, so no clause is cut before it either; the fragment reader dropped it already)
        self._triggers = [t for t in self._triggers if not _noun_adjunct(text, t)]
        self._triggers = without_craft_nouns(text, self._triggers)  # ("A Navy transport carried ...": read.craft_carries)
        self._triggers = without_month_march(text, self._triggers)  # ("delivered them to A in March, flew": read.month_march)
        self._triggers = without_idle_pass(text, self._triggers, mentions)  # ("passed" only a waterway)
        self._triggers = without_noun_moves(text, self._triggers)  # "in a separate move" (read/nouns)
        self._trigger_starts = [t.start() for t in self._triggers]
        sentences = sentence_spans(text)
        self.spans, self.leg_starts = _clauses(text, sentences, self._triggers, idle_carry_dropped=True)
        self._sentence_starts = [a for a, _b in sentences]  # (which sentence a clause is of: Fragment.in_sentence)
        mentions = [_with_area_word(text, m) for m in mentions]  # "the X corridor": the area
        self._mention_starts = frozenset(m["start"] for m in mentions)  # (a dateline's city: _place_starts_at)
        mentions = [route_length_origin(text, m) for m in mentions]  # "a march of 300 km from X to Y" (read.route_length)
        ships = any_word_of(text, _SHIP_WORDS)  # (most reports name no ship: no name to test)
        # a name right after a preposition of motion is a place, whatever role the mention
        # finder guessed from other words ("via X" is no addressee); so are a lake or a region
        # read as an actor, and a country right after "arrived in"
        self.places = [m for m in mentions if m.get("lat") is not None and (
            (m.get("role") in ("place", "demonym_place") and not demonym_of_force(text, m))  # (read.demonym_force)
            or (m.get("role") == "actor" and m.get("kind") != "country"
                and _MOTION_PREPOSITION.search(text, max(0, m["start"] - 16), m["start"]))
            or _feature_not_actor(m) or _country_arrived_in(text, m) or _bound_for(text, m))
            and not (ships and _ship_name(text, m)) and not owns_a_zone(text, m)  # ("Taiwan's ADIZ": read.zones)
            and not owns_a_formation(text, m)]  # ("from Bangladesh's 10th Infantry Division": read.formation_owner)
        # where a teller is ("Witnesses in Kosti said ..."): no place of the movement, but one
        # "the city" after it may refer to (roles._antecedent)
        self.teller_places = [m for m in mentions if m.get("role") == "source_location" and m.get("lat") is not None]
        # where a place the index lacks is named ("crossed the Unity Bridge"): no end, and no
        # part of what moved either (_what)
        # (only a whole name the finder says the index lacks, "no place called 'Unity Bridge'": a
        # doubted reading, "Marines (FR) ... lies far", may be what moved)
        self.unplaced_starts = frozenset(m["start"] for m in mentions if m.get("role") == "place" and m.get("lat") is None
                                         and (m.get("why") or "").startswith("no place called"))
        # where a place the finder could not place is named, whatever its reason ("Tsel": a
        # namesake far off), for an unknown place located by the next (roles._unknown_place_located)
        self.unresolved_place_starts = frozenset(m["start"] for m in mentions if m.get("role") == "place" and m.get("lat") is None)
        placed = {id(m) for m in self.places}  # by identity: 'm not in self.places' was a scan per mention
        self.actors = [m for m in mentions if m.get("role") in ("actor", "demonym") and id(m) not in placed]
        # every name the finder read (a person's is none), by start, with the furthest end so far
        # (the overlap test bisects them: a scan of every name per clause grew with a long text)
        named = sorted((m["start"], m["end"]) for m in mentions)
        self._named_starts = [a for a, _b in named]
        self._named_reach = list(itertools.accumulate((b for _a, b in named), max))
        self.datelines = [m for m in mentions if m.get("role") == "dateline" and m.get("lat") is not None]
        self._countries = [p for p in self.places if p.get("kind") == "country"]
        self._starts = {}  # id(list) -> its starts, when sorted (then clauses bisect them)
        self._place_ends: list[int] | None | bool = False  # (the places' ends for plural_anaphor, made at its first ask)
        for mentions_ in (self.places, self.actors, self._countries):
            starts = [m["start"] for m in mentions_]
            if all(a <= b for a, b in zip(starts, starts[1:])):
                self._starts[id(mentions_)] = starts
        self._presence: list = []  # deployment participles of the clause read as presence
        # clauses with a verb of movement read as no movement of a force, and why ("the bill
        # moved to X": a bill is no force); assemble.read_fragments prints the reasons
        self.unread_why: dict[int, str] = {}
        # clauses read as a movement by a rule worth telling (a craft's load), and why: printed
        # beside the clause's status and roles (assemble.read_fragments)
        self.read_why: dict[int, list[str]] = {}
        self._no_force: set[int] = set()  # clauses whose subject is no force (a next verb may share it)
        # the role cues of the places asked so far (roles.RoleReading._cue_for: a clause read again asks them again)
        self._cues: dict[tuple, tuple[str | None, int]] = {}

    # the dates are read only when a clause tells a movement (most reports' clauses do not):
    # two scans of the whole text saved for every report without one

    @functools.cached_property
    def dates(self) -> list:
        # (a liveblog's entries are dated by its day's heading: read.liveblog; relative days told
        # from the day the dateline gives, when before publication: read.filed_day)
        # (and a feed of posts under their date stamps, as a Telegram channel copied out: read.post_stamp)
        return post_stamp_dates(self.text, liveblog_dates(self.text, self.published,
                                                          find_dates(self.text, filed_day(self.text, self.published))))

    def _tells_the_same(self) -> bool:
        """May what a clause moved read "the same <mover>" (_THE_SAME_MOVER)? Only where the
        report says "the same": what moved is read from the report's own words. Asked before
        what moved is read (fragment's ``referring``), in its place: a report without those
        words decides whether a subject refers back without it. (Asked again at each ask, a
        few a report: a kept answer would be one more attribute name on every reader, past
        the 30 CPython 3.11 keeps inline, speed80.)"""
        return _THE_SAME_WORDS.search(self.text) is not None

    @functools.cached_property
    def filed_on(self):
        # the day the report's relative days count from: its dateline's when it gives one
        # (read.filed_day), as self.dates reads them; "overnight, ... said on Monday" under
        # "VILNIUS, March 9" was shifted from publication, a day off (read86)
        return filed_day(self.text, self.published)

    @functools.cached_property
    def date_words(self) -> list:
        # without a publication date "this evening" resolves to nothing, yet it still says
        # *when*: keep every expression to tell two differently dated fragments apart
        return self.dates if self.published else find_dates(self.text, _SOME_DAY)

    def _kept_triggers(self, clause_triggers: list, s: int, e: int, index: int) -> list[re.Match]:
        """The triggers of clause ``index`` [s, e) read as a movement's verb or noun here: each
        test below drops a trigger that is none ("by land", "went dark", "the head of").

        (Each trigger's words and stem are read once; a test that asks for one of a few words
        or stems is asked only of a trigger that is one, as its own first check would answer:
        _WORDS_ASKED, _STEMS_ASKED. This was one list comprehension asking ~28 ``group`` calls
        and ~15 functions of every trigger; tests/test_speed127.py compares the two, speed127.)"""
        text = self.text
        kept = []
        for t in clause_triggers:
            at, end = t.span()
            if at < s or end > e:
                continue
            word = t.group(0)
            verb = t.group("verb")
            noun = t.group("noun")
            lower = word.lower()
            stem = _stem(verb) if verb else None
            if word[:1].isupper() and text[s:at].strip() and not verb_opens_item(text, s, at, end):
                continue  # "- Moved 300 troops ..."
            if verb and (verb_form_as_noun(text, s, t)
                         or load_before_sighting(text, s, e, t)):  # ("Lorries transporting troops were spotted": read.reduced_relative)
                continue
            if lower in _WORDS_ASKED and (
                    come_in_time(text, t)
                    or goes_on_as_continuing(text, t)  # "... is still going on." (read.going_on)
                    or goes_as_become(text, t)  # "its AIS went dark ... west of X" (read.go_as_become)
                    or left_as_result(text, t)
                    or left_as_side(text, t)  # ("to the left bank near X")
                    or (lower == "crossing"
                        and _CROSSING_NOUN.search(text[max(s, at - 30):at])
                        # "a crossing of the troops from X to Y" is the event, not a place
                        and not _EVENT_OF.match(text, end, e))):
                continue
            if stem in _ADDING_UP and brings_to_a_total(text, t, e):
                continue  # "brings the contingent to about 1,000" (read.brought_to_total)
            if verb and counted_in_a_total(text, t, s, e):
                continue  # "the number of soldiers deployed in X" (read.number_of_moved)
            if noun and noun.lower() in _ABSTRACT_NOUNS \
                    and not _DEPLOYMENT_TOLD.search(text, max(s, at - 60), min(e, end + 80)):
                continue
            # ("the handover of power": only the handover of a site a force held, read.handed_site)
            if noun and noun.lower() in HANDOVER_NOUNS and handover_of_a_site(text, end, e) is None:
                continue
            # ("the transfer of territory", "of power": no force, read.transfer_of)
            # (the word is a verb's form too: "the transfer of" matches as the verb)
            if (noun or verb or "").lower() in TRANSFER_NOUNS and transfer_of_no_force(text, end, e):
                continue
            if stem in _STEMS_ASKED and (
                    # "the head of the UN mission travelled": a title, not the verb "head"
                    (stem == "head" and _HEAD_OF.match(text, end, e))
                    or (stem == "receive"
                        and (not _RECEIVED_OBJECT_GATE.match(text[end:e])
                             # "welcomed the arrival of N troops": the noun tells the movement
                             or _RECEIVED_NOUN.match(text, end, e)))
                    or (stem in _RELIEF_VERBS
                        and not _RELIEVED_UNIT.match(text, end, e)
                        # ("the peacekeepers in X were replaced by a battalion": read.relieved_by)
                        and not relieved_by_force(text, t, e)
                        # ("ESTPLA-32 replaced ESTPLA-31 at X": read.numbered_rotation)
                        and not code_relieves_code(text, at, end))
                    or (stem == "order" and not order_names_a_place(text, at, end, e))
                    # "turned back to Subic": a turn back is a move only towards a place (read.turned_back)
                    or (stem == "turn back" and not turns_back_towards(text, end, e))
                    # "handed over 40 prisoners": only a site a force held is left (read.handed_site)
                    or (stem in HANDING_OVER and not hands_over_a_site(text, end, e))
                    or (stem == "reach" and self._accord_reached(t, s, e))
                    or (stem in INDUCTION_VERBS and into_service(text, end, e))
                    or (stem in _FORCE_ONLY
                        and not _MOVER_GATE.search(text, s, at)
                        # ("A rifle company from A relieved the garrison at B": a company told
                        # as a unit is a force, read.companies; s42 read114)
                        and not company_subject(text, s, at)
                        and not _VESSEL_MOVER_GATE.search(text, s, at)
                        and not _MATERIEL_MOVER_GATE.search(text, s, at)
                        # ("The troops, who left X on Friday, | took up positions in Y": the
                        # force is named before the aside, in the clause before)
                        and not self._force_before_aside(index, at)
                        # ("The troops flew to A, from where they were taken by road to B": the
                        # pronoun's antecedent, the clause before, names the force)
                        and not self._pronoun_of_a_mover(index, at)
                        # ("Colombia shifted two battalions from A to B": the force is the object)
                        and not self._shifted_a_force(t, e)
                        # ("Burundi replaced them with fresh troops in X": the force is told after "with")
                        and not replaced_with_a_force(text, t, e)
                        # ("Two Italian platoons were relieved at X by Romanian gendarmes": the
                        # agent is the moving force, read.relieved_by)
                        and not relieved_by_force(text, t, e)
                        and not code_relieves_code(text, at, end))  # (read.numbered_rotation)
                    or (stem == "lead" and not _led_a_force(text, t, e))
                    # ("Russia massed troops near X": a build-up moves the force it names as its
                    # object; "troops have massed near X" tells where they are: _moved_a_force_object)
                    or (stem == "mass" and not self._moved_a_force_object(t, e))
                    or (stem in _DIRECTED_ONLY
                        and not _DIRECTION_AFTER.match(text, end, e)
                        and not _ROUTE_AFTER.match(text, end, e)
                        # ("pushed government soldiers out of A": the force driven, read.driven_force)
                        and not driven_force(text, t, e))
                    # ("a destroyer joined them off X", never "joined the alliance": read.joined_at_place)
                    or (stem == "join" and not joins_a_group_at(text, t, e))
                    # ("forced government troops out of A", never "forced to": read.driven_force)
                    or (stem in DRIVING_ONLY and not driven_force(text, t, e))
                    # ("scrambled two F-16s from X", never "residents scrambled to flee": read.scrambled)
                    or (stem == SCRAMBLE and not scrambles_aircraft(text, t, e))
                    # ("fighters boarded planes at X", never "commandos boarded a cargo ship": read.boarded_carrier)
                    or (stem == BOARD and not boards_a_carrier(text, t, e))):
                continue
            if verb and _noun_adjunct(text, t):
                continue
            # ", leaving Rwandan forces in charge": who stayed behind
            if verb and verb.lower() == "leaving" and self._left_in_place(at, s, e):
                continue
            kept.append(t)
        return kept

    def fragment(self, index: int, *, whole: bool = False, referring: bool = False) -> Fragment | None:
        """The fragment of clause ``index``, None when it tells no movement.

        A fragment with no end and no place passed (two in three of the dev reports') is
        returned as read up to its roles -- trigger and roles; its actor only when it may
        return home (the force's country is then its destination); its status only when the
        clause is :meth:`told_on_the_way`, else None -- without what moved, counts, mode and
        dates: the assembly takes no movement from it (read_fragments passes it over;
        via_on_the_way asks a clause told on the way only its status). ``whole``: read all of
        it (tests/test_read_speed.py compares the two); ``referring`` (with ``whole``): None for a
        clause whose subject cannot refer back to a group told before (:meth:`_subject_told_before`),
        known before the clause's actor, what moved and dates are read, which cost most of a
        whole reading; what the passes that lend from a clause that refers back skip anyway."""
        s, e = self.spans[index]
        sent = self.text[s:e]
        # a capitalised word inside a sentence is a name, not a verb ("On March 3", "Land Forces")
        # a capitalised word inside a sentence is a name, not a verb ("On March 3", "Land Forces");
        # after a preposition a verb form is a noun ("by land", "by ship", "on return")
        # (the clause's triggers by bisection: a scan of every trigger of the text per clause
        # was quadratic on long reports)
        clause_triggers = self._triggers[bisect.bisect_left(self._trigger_starts, s):
                                         bisect.bisect_left(self._trigger_starts, e)]
        triggers = self._kept_triggers(clause_triggers, s, e, index)
        # "A reinforced brigade moved ...": the participle before the noun describes the force (read.attributive_participle)
        triggers = [t for t in triggers if not describes_force(self.text, t, triggers)
                    and not describes_site(self.text, t)]  # ("overran an abandoned post": read.attributive_participle)
        if not triggers:
            return None
        # the tagger reads only clauses where the tags decide something: a deployment participle
        # (presence?) or "to" before a lower-case word (purpose?) in a clause with a place (a
        # purpose only keeps a place of the clause from its role: none, nothing to decide)
        mentions = self._within(self.places, s, e)
        needs_tags = any(t.group("verb") and _stem(t.group("verb")) in _PARTICIPLE_OF_PRESENCE for t in triggers) \
            or (mentions and _TO_WORD.search(self.text, s, e))
        toks = analyse(self.text, s, e) if needs_tags else []
        aside = self._in_presence_aside(triggers, s, e)
        self._presence = [t for t in triggers if self._attributive(t, toks, e) or t in aside
                          # ("soldiers who had been deployed in X crossed back into Y", read.presence_relative)
                          or (_stem(t.group("verb") or "") in _PARTICIPLE_OF_PRESENCE and deployed_in_relative(self.text, t, triggers))]
        triggers = [t for t in triggers if t not in self._presence]
        if not triggers:
            return None
        verbs = [t for t in triggers if t.group("verb")]
        # "land" and "march" are also nouns/months; need them as verbs near a place cue
        # ("After a three-day march from A, militiamen entered B": a verb's form after a
        # determiner is the noun of the journey; the clause's verb is the next, read.journey_noun)
        finite = [t for t in verbs if not read_as_noun(self.text, s, t)] if len(verbs) > 1 else verbs
        main = finite[0] if finite else verbs[0] if verbs else triggers[0]
        # ("buses transporting troops departed from A": the verb is "departed", read.reduced_relative)
        main = verb_after_reduced_relatives(self.text, s, verbs) or main
        # ("US troops rotating out of Germany will return to X": the verb is "return", the
        # participle's words no part of the subject, read.reduced_relative)
        described_until = None
        if (finite_after := participle_before_a_finite_verb(self.text, s, verbs)) is not None:
            main, described_until = finite_after, verbs[0].start()
        # ("After leaving X, the troops reached Y": the verb after the opening participle, read.participle_after)
        main = verb_after_opening_participle(self.text, s, verbs) or main
        # ("The withdrawal continued, with the last US troops leaving X for Y": read.with_absolute)
        main = verb_of_with_absolute(self.text, verbs) or main
        # ("Burkina Faso reinforced its side of the border, moving troops from A to B": read.reinforced_by_moving)
        main = verb_after_reinforcing(self.text, verbs) or main
        # ("In Mali, a convoy, escorted by Russian personnel, left Gao": the verb after the aside, read.escort_aside)
        main = verb_after_escort_aside(self.text, verbs) or main
        # ("the battalion completed its transfer from A to B, passing through C": the noun's move, read.noun_then_way)
        main = noun_before_way_participle(self.text, s, triggers, main,
                                          lambda t: not t.group("verb") or read_as_noun(self.text, s, t)) or main
        subject_start = max([s] + [s + b.end() for b in _SUBJECT_BREAK.finditer(self.text[s:main.start()])])
        if (that := _THAT_RIGHT_BEFORE.search(self.text, max(subject_start - 8, s), main.start())) is not None \
                and that.start() > s and not self.text[subject_start:main.start()].strip():
            # "handed over to Nigerien units that arrived from X": "that" right before the verb is
            # a relative word on the noun before it (no clause opens there: nothing between it and the
            # verb), so the subject runs back to the break before it and the bound relative's
            # antecedent is read below (read.object_relative, s37m)
            subject_start = max([s] + [s + b.end() for b in _SUBJECT_BREAK.finditer(self.text[s:that.start()])])
        subject_start = _list_subject_start(self.text, s, subject_start, main.start())  # ("Medics from A, B and C")
        subject_start = subject_before_dash_aside(self.text, s, subject_start, main.start(), _SUBJECT_BREAK)  # ("A task group of three ships — A, B and C — sailed": read.dash_aside)
        rel = _RELATIVE_SPEAKER_BEFORE.search(self.text, max(s, subject_start - 60), subject_start)
        if rel is not None:
            subject_start = rel.start("rel")  # ("the vessels, which it said | had entered X": the relative word is the subject)
        subject = self.text[subject_start:described_until if described_until and described_until > subject_start else main.start()]
        if fronted_verb(self.text, s, main.end()) and (last := subject_told_last(self.text, s, e, main.end())) is not None:
            subject = last  # "Also arriving in X were 150 contractors": told last (read.among_inverted)
        antecedent_clause = None  # ("Niger's junta expelled French troops, who left": read.object_relative)
        aside_from = None  # where the subject before a relative aside starts ("Jamaican troops, who arrived in January, | moved")
        if _RELATIVE_SUBJECT.fullmatch(subject) and subject_start > s:
            # "The journalists, who left Goma": who moved is the relative word's antecedent,
            # the words before the comma (the civilians' test reads them)
            at = max([s] + [s + b.end() for b in _SUBJECT_BREAK.finditer(self.text[s:subject_start - 2])])
            subject = self.text[at:subject_start]
            antecedent_clause = (at, self.text.rfind(",", at, subject_start))
        elif (bound := _BOUND_RELATIVE_AFTER_GATE.search(subject)) is not None \
                and antecedent_object(self.text, subject_start, subject_start + bound.start()) is not None:
            # "Hezbollah said its fighters had confronted Israeli soldiers who crossed into X": a
            # relative clause with no comma after another verb's object; who moved is that object
            # (read.object_relative, as after a comma)
            antecedent_clause = (subject_start, subject_start + bound.start())
        elif _WHERE_PRONOUN_SUBJECT.fullmatch(subject) and subject_start > s:
            # "Some 2,000 soldiers are stationed in X, where they arrived in 2021": "they" is
            # the main clause's subject, told before the place the relative clause is about
            subject = self.text[max([s] + [s + b.end() for b in _SUBJECT_BREAK.finditer(self.text[s:subject_start - 2])]):subject_start]
        elif (antecedent := self._aside_antecedent(index, main.start())) is not None:
            # "The aid workers, who left A on Friday, | have reached B": the aside's antecedent
            subject = self.text[antecedent[0]:antecedent[1]]
            aside_from = antecedent[0]
        elif (reported := subject_before_report_aside(self.text, s, subject_start, main.start(), _SUBJECT_BREAK)) is not None:
            # "The 5th Brigade, the ministry told reporters, | left A": the words before the
            # clause of report (read.report_aside)
            subject = self.text[reported[0]:reported[1]]
        # "X took control of Y after being flown in from Z": who moved is the main clause's
        # subject, before its own verb (read.participle_after)
        participle_subject = subject_of_participle(self.text, subject_start, main) \
            or subject_before_comma_participle(self.text, s, main) \
            or subject_before_presence(self.text, s, main, self._within(self.places, s, main.start()))  # (read.having_moved)
        participle_subject = participle_subject or subject_after_with(self.text, s, main)  # ", with the last convoy crossing" (read.with_absolute)
        participle_subject = participle_subject or subject_before_seen_at(self.text, s, main)  # "N were seen in X heading to Y" (read.seen_at_subject)
        participle_subject = participle_subject or subject_before_staging(self.text, s, main)  # "N were gathered in X before being moved" (read.staged_origin)
        if participle_subject is not None:
            subject = participle_subject
        made_to = object_made_to_move(self.text, s, main.start())
        if made_to is not None:
            subject = self.text[made_to[0]:made_to[1]]  # ("forced hundreds of villagers to flee": read.made_to_move)
            if not _MOVER_GATE.search(subject) and not _VESSEL_MOVER_GATE.search(subject) and not _MATERIEL_MOVER_GATE.search(subject):
                # ("forcing thousands to flee toward X": no force told as made to move)
                self.unread_why[index] = f"'{main.group(0)}': made to move, and no force named: '{subject.strip()}'"
                self._no_force.add(index)
                return None
        if main.group("verb") and _stem(main.group("verb")) != "order":
            # (the checks of things are asked only of a clause with a place or a word that
            # refers back to one, "the area": without, it tells no movement anyway, and most
            # clauses have none)
            placeless = not mentions and not _ANAPHOR_WORD.search(self.text, s, e + 30)
            # ("The governor ordered on 2 August the transfer of a company from A to B": who moved is
            # the noun's "of" phrase, not who ordered it, read.noun_s_mover)
            mover = noun_s_mover(self.text, s, main, e) or subject
            # (where the subject told before a relative aside starts: its aside may carry a force)
            carrier_at = antecedent_clause[0] if antecedent_clause else aside_from if aside_from is not None else subject_start
            no_force = (_official_only(mover) or "an official's trip, civilians travelling or trade: no force moved"
                        if _no_force_moves(mover) and not self._moves_a_force(main, e) and not seen_moving(subject)
                        # ("A ferry carried 200 soldiers from A to B", "A tug towed the frigate to C": read.carrier_load)
                        and not carrier_moved_a_force(self.text, mover, main, e)
                        # ("The ferry, which carried police officers from A, sailed to B": read.relative_carried)
                        and not force_carried_in_aside(self.text, carrier_at, e)
                        and not self._she_is_the_ship(index, subject)  # ("HMS X reached A. She had left B": read.ship_she)
                        # ("A Navy salvage tug towed ... The tug then sailed on to B": read.craft_carries)
                        and tug_told_before(self.text, subject, main.start()) is None
                        else None if placeless else
                        self._moves_no_force(subject_start, subject, main, e)
                        or carried_people(self.text, main, e)  # ("The army evacuated 300 civilians": read.carried_people)
                        or towed_no_materiel(self.text, subject, main, e)  # ("Police towed parked cars to X": read.towed)
                        or self._goes_on_without_force(index, main)
                        or self._continues_no_force(s, subject_start, main)
                        or self._pronoun_after_no_force(index, subject, subject_start)
                        or part_of_civilians(self.text, subject_start, subject)  # ("displaced people, most of them moving to X")
                        or counted_nationals(self.text, s, main.start(), self.actors)  # ("18,000 Sudanese had crossed into Chad": read.counted_nationals)
                        or self._named_person(subject_start, main, s, e)
                        or _munitions_in_flight(subject, main)
                        or business_moved_its_seat(self.text, subject, main.end(), e)  # ("The company moved its headquarters to X": read.business_seat)
                        or closer_in_policy(self.text, main.end(), e, (subject_start, main.start()), mentions)  # ("Ecuador moved closer to Peru on trade": read.closer_in_policy)
                        or received_no_force(self.text, main.group("verb"), main.end(), e))  # (read.received_at)
            if no_force:
                self.unread_why[index] = f"'{main.group(0)}': {no_force}"
                self._no_force.add(index)
                return None
            if (craft := craft_why(self.text, mover, main, e) + passive_why(main)):
                self.read_why[index] = craft  # ("A ferry took 300 soldiers to X": read.craft_carries; "were taken by ferry": read.passive_means)
        if not verbs and _civilians_of_noun(self.text, main, e):
            self.unread_why[index] = f"'{main.group(0)}': the arrival or departure of civilians: no force moved"
            self._no_force.add(index)
            return None
        if not verbs and civilians_took_flight(self.text, s, main):
            # ("Passengers boarded a flight at X": read.passengers_flight)
            self.unread_why[index] = f"'{main.group(0)}': a flight taken by civilians or officials: no force moved"
            self._no_force.add(index)
            return None
        if not verbs and _air_service(self.text, main, s, e):
            self.unread_why[index] = f"'{main.group(0)}': air traffic told as a service, no force named: no force moved"
            self._no_force.add(index)
            return None
        if _recompile(r"\b(?:their|his|her)\s+$", re.I).search(self.text[s:main.start()]):
            # "On their return to X, two farmers said ...": the owner is the main clause's subject
            comma = self.text.find(",", main.end(), e)
            owner = self.text[comma + 1:comma + 60] if comma >= 0 else ""
            owner = _recompile(r"\b(?:said|says|told|reported|were|was|are|is|had|have|has|who)\b").split(owner)[0]
            if _CIVILIAN.search(owner) and not _MOVER_GATE.search(owner):
                return None
        frag = Fragment(sentence=index, trigger=main.group(0), trigger_start=main.start(),
                        noun_only=not verbs, quote=sent.strip(),
                        in_sentence=bisect.bisect_right(self._sentence_starts, s) - 1)
        frag.contrasted = s > 0 and bool(_CONTRAST_GATE.search(self.text, max(0, s - 12), s))
        if not frag.contrasted and s > 0 and _AND_THE_REST.search(self.text, max(0, s - 8), s) \
                and _REST_ITSELF.match(self.text, s, main.start()):
            # "Of these, 250 went to B, and the rest went on to C": the rest set against the
            # part told before it, as "while the rest" is (s45 read120; origin_of_contrasted)
            frag.contrasted = True
        frag.headline = (index == 0 and "\n" in self.text[e:e + 3] and not self.text[s:e].rstrip().endswith((".", "!", "?"))) \
            or in_title_line(self.text, s, e)  # (each clause of a title: "ships leave A as a landing ship enters B")
        frag.each_from = len(_EACH_FROM_GATE.findall(self.text, s, e)) >= 2
        frag.paired_legs = _ANOTHER_FROM_GATE.search(self.text, s, e) is not None
        frag.leg_heads = leg_heads(self.text, s, e) if frag.paired_legs else ()  # (read.leg_heads)
        frag.as_clause = frag.contrasted and bool(_recompile(r"\sas\s+$").search(self.text[max(0, s - 6):s])) \
            or after_colon_clause(self.text, s, index, self.spans)  # ("left A this week: 750 soldiers were flown to B", read.colon_clause)
        frag.next_leg = s in self.leg_starts or self._tug_went_on(index, s, main)
        frag.rest_of_group = frag.contrasted and bool(_REST_SUBJECT.match(self.text[s:main.start()]))
        frag.list_item = self._list_item(s)
        frag.retold = retold_before(self.text, main.start())  # ("the convoy, which left A on ...": read.retold_day)
        purposes = self._purposes(toks, e)
        if purposes and main.group("verb") and any(t.start == main.start() and t.tag in ("VBD", "VBZ", "VBP") for t in toks):
            # (a purpose in the subject: no finite verb before it, "Ronaldo was unable to attend ...
            # as Real Madrid had traveled to Japan" is a predicate's)
            first_finite = next((t.start for t in toks if t.tag in ("VBD", "VBZ", "VBP", "MD")), main.start())
            purposes = _purposes_end_at_verb(self.text, purposes, main.start(), first_finite)
        loci: list[dict] = []
        targets: list[str] = []   # purpose places that are its target (_purpose_target)
        slots: list[tuple[str, list, int]] = []   # role, mentions, cue offset
        prev_end = s
        prev_role = None
        sides = self._sides(mentions, s)
        # ("withdrawing the 400 police officers it sent to Haiti last year": read.withdrawn_deployment)
        deployed_rel = deployment_relative(self.text, main.group("verb") if "verb" in main.re.groupindex else None, main.end(), e)
        route = self._route_between(mentions, sides, triggers, s)
        passed_between = self._route_between(mentions, sides, triggers, s, _PASSAGE_BETWEEN) - route if sides else set()
        frag.between = [_place_of(m) for m in mentions if id(m) in sides and id(m) not in route and id(m) not in passed_between]
        frag.passed_between = bool(passed_between)  # ("passed between A and B" with no end: kept as a passage, read.strait_passed)
        about_place = self._relative_about_place(mentions, s, e)
        reliefs = [t for t in triggers if t.group("verb") and _stem(t.group("verb")) in _RELIEF_VERBS]
        rotations = [t for t in triggers if t.group("verb") and _stem(t.group("verb")) == ROTATE]
        subject_asides = self._subject_asides(s, main.start())
        # (one verb for every place of the clause: the places after a report are bisected,
        # not searched a place each, read.cuts.OthersReportBefore)
        others_report_before = OthersReportBefore(self.text, main.end(), [m["start"] for m in mentions])
        for m in mentions:
            if _LINE_IN_WATERS_GATE.search(self.text, max(s, m["start"] - 40), m["start"]):
                # "crossed the median line of the Taiwan Strait": the waters say where the line
                # lies; a line crossed is no passage of them (a sortie with no end is no
                # movement, unseen36 decision 3; s33m)
                frag.roles_why.append(f"{m['surface']}: no role, it says where the line crossed lies")
                prev_end, prev_role = m["end"], None
                continue
            if deployed_rel is not None and deployed_rel[0] <= m["start"] < deployed_rel[1]:
                # "withdrawing the soldiers it deployed to the border with Niger": where the force
                # was sent before is where it is withdrawn from (read.withdrawn_deployment, s33m)
                slots.append(("origin", [m], m["start"]))
                frag.roles_why.append(f"{m['surface']}: origin, where the force withdrawn had been sent")
                prev_end, prev_role = m["end"], "origin"
                continue
            if in_group_province(self.text, m):
                # "Jihadists from the Islamic State Sahel Province crossed ...": the group's
                # name, no place of the move (read.group_province)
                frag.roles_why.append(f"{m['surface']}: no role, the land in an armed group's name")
                prev_end, prev_role = m["end"], None
                continue
            if any(a <= m["start"] < b for a, b in subject_asides):
                # "Two battalions, which fought at Kidal in 2023, left Gao": the aside tells
                # what the subject did elsewhere, at another time; no place of the movement
                frag.roles_why.append(f"{m['surface']}: no role, in an aside on the subject before the verb")
                prev_end, prev_role = m["end"], None
                continue
            if id(m) in about_place:
                # "advanced into X, where rebels had cut the road to Y": the relative clause says
                # something about X; its places are no part of the movement
                frag.roles_why.append(f"{m['surface']}: in a relative clause about {about_place[id(m)]}, no role")
                prev_end, prev_role = m["end"], None
                continue
            if id(m) in route:
                # "travelled between A and B": the route of a verb of travel; its ends are
                # given roles once the clause is read, if nothing else states them
                prev_end, prev_role = m["end"], None
                continue
            if id(m) in passed_between:
                # "sailed between Yonaguni and Iriomote": both places the ship passed (s33m)
                slots.append(("via", [m], m["start"]))
                frag.roles_why.append(f"{m['surface']}: via, a ship's way passed between it and the other place named")
                prev_end, prev_role = m["end"], "via"
                continue
            if id(m) in sides:
                # "crossed the border between A and B": the two sides of a border or road,
                # neither an end nor a place passed (events._routes_from may take the side
                # left behind as the origin)
                frag.roles_why.append(f"{m['surface']}: a side of 'between', no role of its own")
                prev_end, prev_role = m["end"], None
                continue
            if others_report_before(m["start"]):
                # "deployed to A after residents reported armed men on the road to X": X is
                # in what others reported, the reason for the movement, not one of its ends
                frag.roles_why.append(f"{m['surface']}: no role, in what others reported after the movement's verb")
                prev_end, prev_role = m["end"], None
                continue
            if self._not_reached(m, s):
                # "turned back before reaching X": where they did not get to
                frag.roles_why.append(f"{m['surface']}: no end, turned back before reaching it")
                prev_end, prev_role = m["end"], None
                continue
            stopped_by = thwarted_end(self.text, m.get("phrase", {}).get("start", m["start"]) if m.get("phrase") else m["start"], s)
            if stopped_by is not None:
                # "blocked a resupply mission to X": where it was stopped from going (read/thwarted)
                frag.roles_why.append(f"{m['surface']}: no end, the goal of a movement '{stopped_by}'")
                prev_end, prev_role = m["end"], None
                continue
            lost = trip_cut_short(self.text, m.get("phrase", {}).get("start", m["start"]) if m.get("phrase") else m["start"], m["end"], s)
            if lost is not None:
                # "The ferry that was carrying soldiers to X sank": where it was going when it was lost
                frag.roles_why.append(f"{m['surface']}: no end, the trip there was cut short: '{lost}' (read.trip_cut_short)")
                prev_end, prev_role = m["end"], None
                continue
            if set_out_for_and_turned_back(self.text, m["start"], m["end"], s):
                # "a convoy heading to X turned back at the border": where they meant to go
                frag.roles_why.append(f"{m['surface']}: no end, set out for it and turned back (read.turned_back)")
                prev_end, prev_role = m["end"], None
                continue
            if any(a <= m["start"] < b for a, b in purposes):
                # "sent soldiers to recapture X": X is the purpose's target, not where they went;
                # "deployed units to keep order in X" without any other end: X is where they
                # were sent to be (the purpose's locus)
                if _recompile(r"\b(?:in|at|inside)\s+(?:the\s+)?$", re.I).search(self.text[max(s, m["start"] - 12):m["start"]]):
                    # ("moved to crush dissent in X" is read as a step taken, below)
                    target = None if self._moved_to_act(main, purposes) else self._purpose_target(m, purposes)
                    if target:
                        # "sent two battalions to secure the airport in X": where they are to
                        # fight or take, not where they were put (lexicon.json purpose_target)
                        frag.roles_why.append(f"{m['surface']}: no end, the target of a purpose ('{target}')")
                        targets.append(f"{m['surface']} is the target of a purpose ('{target}'), no place reached")
                    else:
                        loci.append(m)
                prev_end, prev_role = m["end"], None
                continue
            relief = self._relieved_at(m, reliefs) if reliefs else None
            if relief is None and rotations:
                relief = rotated_with_at(self.text, m, rotations)  # "rotated its contingent in X with a battalion" (read.rotated_with)
            if relief is not None and relief_beside_an_end(self.text, m["start"], s, slots):
                # "sent troops to Kidal to relieve the garrison at X": X is the purpose's place
                frag.roles_why.append(f"{m['surface']}: no end, where the unit stands that they are to relieve "
                                      "(a purpose beside the end told)")
                prev_end, prev_role = m["end"], None
                continue
            if relief is not None:
                # "will relieve the army battalion in X": where the relieving force goes
                slots.append(("destination", [m], relief))
                frag.roles_why.append(f"{m['surface']}: destination, where the unit it relieves is")
                prev_end, prev_role = m["end"], "destination"
                continue
            if within_compared_aside(self.text, s, e, m["start"]):
                # "..., a journey longer than the one from A to B last year": another journey's
                # places (read.compared_aside), no place of this movement
                frag.roles_why.append(f"{m['surface']}: no role, in an apposition about another journey")
                prev_end, prev_role = m["end"], None
                continue
            if teller_at(self.text, m, s, e):
                # "a spokesman in X told us", "our correspondent in X reports": where the teller
                # is (read.teller_place), no place of the movement, nor the noun phrase going on
                frag.roles_why.append(f"{m['surface']}: no role, where a teller is ('... in {m['surface']}')")
                prev_end, prev_role = m["end"], None
                continue
            if act_from_place(self.text, m):
                # "drawing a protest from Beijing", "denying reports from X": who protested or
                # reported (read.act_from), no place of the movement, nor its noun phrase going on
                frag.roles_why.append(f"{m['surface']}: no role, who made the act ('... from {m['surface']}')")
                prev_end, prev_role = m["end"], None
                continue
            if _speaker_of_place(self.text, m, e, s):
                # "..., Seoul's spy agency said": who told it, named by its place
                frag.roles_why.append(f"{m['surface']}: no role, it names who told ('{m['surface']}'s ... said')")
                prev_end, prev_role = m["end"], None
                continue
            frame = in_frame_after_end(self.text, m["start"], main.end())
            if frame is not None:
                # "handed over its camp in X ..., as part of the disengagement from P": P is where
                # the wider operation is, not an end of the verb (read.part_of_frame)
                frag.roles_why.append(f"{m['surface']}: no role, the place of the operation the move is part of ('{frame}')")
                prev_end, prev_role = m["end"], None
                continue
            unnamed = self._locates_unnamed_end(m, prev_end)
            if unnamed is not None:
                # "moved to Kamanyola near the border with Rwanda" (Kamanyola unknown): the
                # place only locates the end; the movement has no resolved end there
                frag.roles_why.append(f"{m['surface']}: no role, it locates {unnamed!r}, a name the gazetteer does not know")
                prev_end, prev_role = m["end"], None
                continue
            if located_on_road(self.text, m["start"]):
                # "reached Ajdabiya, on the road to Benghazi": the road the place before it lies
                # on, no end of the movement (read.road_apposition)
                frag.roles_why.append(f"{m['surface']}: no role, where the road the place before it lies on leads")
                prev_end, prev_role = m["end"], None
                continue
            if state_of_force(self.text, m, prev_end):
                # "the arrival of 350 troops of the Arab Republic of Egypt at X": whose troops,
                # no place of the move; the cue after it still reaches back (read.state_of_force)
                frag.roles_why.append(f"{m['surface']}: no role, the state whose force it is ('... of {m['surface']}')")
                continue
            # (the word of handing first: it looks at a few words before the place, where the
            # slots grow with the clause's places, and a list of a thousand paid their square)
            if (handed_over_on_withdrawal(self.text, m, main) or handed_over_then_moved(self.text, m, main)) \
                    and not any(r == "origin" for r, _g, _a in slots):
                # (or "handed over X to the police and redeployed to B": read.handed_town)
                # "withdrew on Sunday, handing X over to the army": the place handed over is the
                # place left, when the withdrawal names no origin (read.handed_town)
                slots.append(("origin", [m], m["start"]))
                frag.roles_why.append(f"{m['surface']}: origin, the place handed over as the force withdrew")
                prev_end, prev_role = m["end"], "origin"
                continue
            if intended_in_subject(self.text, m, s, e, triggers, mentions):
                # "Troops bound for X arrived in Y": where they were going, not an end of the
                # arrival told (read.intended_end)
                frag.roles_why.append(f"{m['surface']}: no role, where the subject was bound, before a verb of arrival")
                prev_end, prev_role = m["end"], None
                continue
            role, at = self._cue_for(m, prev_end, triggers)
            if role is None and not slots and (listed := role_of_unnamed_list(
                    self.text, s, m["start"],
                    lambda lo, hi: self._overlaps_a_name(lo, hi) and lo not in self.unresolved_place_starts)) is not None:
                # "withdrew from most of the villages they had occupied, including A and B": the
                # places named in the end told by a plural noun (read.including_unnamed)
                role, at = listed
                frag.roles_why.append(f"{m['surface']}: {role}, listed by 'including' after places told by a noun alone")
            if role == "seen_at" and sighted_other(self.text, main.end(), m["start"]):
                # "scrambled jets from A after a Chinese aircraft was spotted near X": where the
                # other craft was seen, no end of this movement (read.sighted_other)
                frag.roles_why.append(f"{m['surface']}: no role, where another was seen, told after the verb")
                prev_end, prev_role = m["end"], None
                continue
            if role is None and prev_role == "origin" and slots \
                    and (on := goal_after_origin(self.text, slots[-1][1][-1], prev_end, m["start"])) is not None:
                # "fell back from A on B": 'on' names the withdrawal's goal after its origin (read.fallback_end)
                role, at = "destination", on
            gap = self.text[prev_end:m["start"]]
            if role is None and prev_role and slots and gap[:1] in ("'", "\u2019") and gap[1:2].isspace() \
                    and self.text[prev_end - 1:prev_end] in ("s", "S"):
                # "to the Philippines' Basilan province": a name ending in -s takes a bare
                # apostrophe for its possessive; read as "'s" (the phrase goes on; s47 read132)
                gap = gap[0] + "s" + gap[1:]
            if role is None and prev_role and slots:
                # continues the previous noun phrase ("city of X", "X in the countryside of Y")
                # or, coordinated, the previous phrase's role ("came to A and to the
                # posts in B": each is a destination of its own)
                if slots[-1][0] in ("destination", "origin", "via") and written_address(gap, slots[-1][1][-1], m):
                    # "in Elwood, Illinois, about 50 miles southwest of Chicago": the state is
                    # the town's address, no list member (read.written_address)
                    slots[-1][1].append(m)
                    frag.roles_why.append(f"{m['surface']}: {slots[-1][0]}, the address of the place before it")
                elif (_recompile(r"\s*(?:and|or|,|&)\s*").fullmatch(gap) or _list_last_gap(gap, m)
                        or _COORDINATED_CUE.match(gap)
                        or _coordinated_after_kind(gap) or _THE_OTHER_TO.fullmatch(gap)) \
                        and slots[-1][0] in ("destination", "origin", "via", "via_stop", "seen_at") \
                        and not speakers_place(self.text, gap, m):
                    # a list shares its head's cue: the movements it tells are distributed
                    # (not a speaker's state after a comma: "near X, South Korea's Joint Chiefs of
                    # Staff said", below)
                    slots.append((slots[-1][0], [m], slots[-1][2]))
                    prev_role = slots[-1][0]
                    frag.roles_why.append(f"{m['surface']}: {prev_role}, a member of the list before it")
                elif via_listed(gap, slots[-1][0]):
                    # "via the Bosphorus and the Dardanelles": each passed (read.via_list)
                    slots.append(("via", [m], m["start"]))
                    prev_role = "via"
                    frag.roles_why.append(f"{m['surface']}: via, a member of the list of places passed before it")
                elif slots[-1][0] == "destination" and _THEN_BARE.fullmatch(gap):
                    # "reached A and then B": B reached after A (the word of going on stands
                    # between the two cues: events._routes_from reads a route through A)
                    slots.append(("destination", [m], m["start"]))
                    prev_role = "destination"
                    frag.roles_why.append(f"{m['surface']}: destination, reached after the place before it "
                                          f"('{' '.join(gap.split())}')")
                elif slots[-1][0] == "destination" and reached_before(self.text, slots[-1][1][0]["start"]) \
                        and next_end_another_day(self.text, prev_end, m["start"], m["end"]):
                    # "reached A on Tuesday and B on Wednesday": B reached on a later day, a next
                    # leg from A (read.reached_each_day; onward_at below)
                    slots.append(("destination", [m], m["start"]))
                    prev_role = "destination"
                    frag.roles_why.append(f"{m['surface']}: destination, reached on a later day than the place before it")
                elif slots[-1][0] in ("destination", "origin") and _INCLUDING_LIST.fullmatch(gap) \
                        and all(_spec(x) > _spec(m) for x in slots[-1][1]):
                    # "out of several towns in the X region, including A and B": the places the
                    # coarser end is made of are the ends, the list distributed after the first
                    role = slots[-1][0]
                    slots[-1] = (role, [m], slots[-1][2])
                    frag.roles_why.append(f"{m['surface']}: {role}, listed by 'including' in the place before it")
                elif _PAREN_OPEN.fullmatch(gap) and slots[-1][0] in ("destination", "origin", "via") \
                        and contains(slots[-1][1][-1], m):
                    # "arrived by train from Crimea (Dzhankoi)": the town in brackets says where
                    # in the area before it; a finer place of the same end (as "X in Y")
                    slots[-1][1].append(m)
                    frag.roles_why.append(f"{m['surface']}: {slots[-1][0]}, in brackets after the area that holds it")
                elif _PAREN_OPEN.fullmatch(gap) and slots[-1][0] in ("destination", "origin", "via") \
                        and tells_the_same_end(slots[-1][1][-1], m):
                    # "from Latakia (Hmeimim)", "to Murmansk (Olenya)": two points near each
                    # other, one end told twice; the finer of the two (read.bracketed_place)
                    before = slots[-1][1][-1]
                    slots[-1][1][-1] = finer_of_the_two(before, m)
                    frag.roles_why.append(f"{m['surface']}: {slots[-1][0]}, in brackets after {before['surface']}, "
                                          f"the same end ({slots[-1][1][-1]['surface']}, the finer)")
                elif _FIGHTING_JOINED.search(gap):
                    # "crossed into K and attacked a village near X": where they fought, no end
                    frag.roles_why.append(f"{m['surface']}: no role, after a verb of fighting "
                                          f"('{' '.join(gap.split())}')")
                    prev_role = None
                elif fought_after_place(gap):
                    # "Militants believed to have crossed from A attacked a post in X": the main
                    # verb's place, where they fought, no end of the relative clause's move
                    # (read.relative_then_fought)
                    frag.roles_why.append(f"{m['surface']}: no role, after the main verb of fighting "
                                          f"('{' '.join(gap.split())}')")
                    prev_role = None
                elif len(gap) <= NP_CONTINUES_CHARS and not _CLAUSE_BREAK.search(gap) and _NP_GAP.match(gap.strip(" ,") or "") \
                        and not _PHRASE_ABOUT_ELSE.search(gap):
                    if distance_locates_the_place_before(gap, m) and slots[-1][1][-1].get("lat") is not None:
                        # "into Tigray, a region some 700 km from Addis Ababa": the distance says
                        # where the place before lies (read.distance_apposition)
                        frag.roles_why.append(f"{m['surface']}: no role, what a distance of a place told before is measured from")
                        prev_role = None
                    elif bearing_locates_the_place_before(gap, slots[-1][1][-1], m):
                        # "toward Sirwah, west of Marib": the bearing says where the place before
                        # lies; Marib is no finer end (read.distance_apposition)
                        frag.roles_why.append(f"{m['surface']}: no role, what the bearing of a place told before is told from")
                        prev_role = None
                    elif locates_the_border(slots[-1][1][-1], gap) and not self._crossed_into(main, triggers, slots[-1][2]):
                        # "to the border with India near Sialkot": where along the border (either
                        # side of it) the end is, a finer place of it (read.phrase_apart)
                        slots[-1][1].append(m)
                        frag.roles_why.append(f"{m['surface']}: {slots[-1][0]}, where along the border with "
                                              f"{slots[-1][1][-2]['surface']} ('{' '.join(gap.split())}')")
                    elif slots[-1][0] == "destination" and entered_area(slots[-1][1], m) and (
                            m.get("kind") == "crossing" or (
                                _CROSSED_AT.fullmatch(gap) and self._crossed_into(main, triggers, slots[-1][2]))):
                        # "crossed into Syria at the X crossing", "crossed into K at the town
                        # of X", "crossed into Katanga at X": where they entered the area
                        slots.append(("via", [m], prev_end))
                        prev_role = "via"
                        frag.roles_why.append(f"{m['surface']}: via, where a force crossed into "
                                              f"{slots[-2][1][-1]['surface']}")
                    elif self._crossed_from_at(slots[-1][0], m, gap, main) or crossed_from_area_at(
                            slots[-1][0], slots[-1][1], m, gap, self._verb_stem_before(triggers, slots[-1][2])):
                        # "crossed from Sirnak province at the Habur gate into Iraq": the
                        # crossing is where they crossed (a via), not a finer origin
                        slots.append(("via", [m], prev_end))
                        prev_role = "via"
                        frag.roles_why.append(f"{m['surface']}: via, the crossing a force crossed at after where it came from")
                    elif speakers_place(self.text, gap, m):
                        # "arrived from Russia, the ministry in Minsk said" (read.phrase_apart)
                        frag.roles_why.append(f"{m['surface']}: no role, the place of who tells it")
                        prev_role = None
                    elif in_another_country(slots[-1][1][-1], m, gap):
                        # "from Turkey at the port of Lagos": two places, not one end told twice
                        # (read.phrase_apart)
                        frag.roles_why.append(f"{m['surface']}: not a finer {slots[-1][0]}, it lies in another "
                                              f"country than {slots[-1][1][-1]['surface']}")
                        prev_role = None
                    else:
                        slots[-1][1].append(m)
                else:
                    prev_role = None
            elif slots and second_origin_listed(gap, role, prev_role and slots[-1][0]):
                # "from Manta and from Quito": a list of origins, as "from Manta and Quito"
                # (read/repeated_from)
                slots.append(("origin", [m], slots[-1][2]))
                frag.roles_why.append(f"{m['surface']}: origin, a member of the list before it ('and from')")
            elif role == "destination" and relief_beside_an_end(self.text, m["start"], s, slots):
                # "arrived in A to replace the battalion in X": X is the purpose's place (read.relief_purpose)
                frag.roles_why.append(f"{m['surface']}: no end, where the unit stands that they are to relieve "
                                      "(a purpose beside the end told)")
                prev_role = None
            elif role == "origin" and boarded_after_origin(self.text, at, slots):
                # "marched from A and were loaded onto trains in B for C": a stop on the way
                # (read.boarded_on_the_way)
                slots.append(("via", [m], at))
                prev_role = "via"
                frag.roles_why.append(f"{m['surface']}: via, where the force boarded after the origin told")
            elif role == "origin" and ";" in self.text[main.end():at] \
                    and from_in_next_subject(self.text, main.end(), at, m["end"]):
                # "moved to A; ash from B still fell": B is where the next clause's subject came
                # from, not the move's origin (read.semicolon_subject)
                frag.roles_why.append(f"{m['surface']}: no role, in the subject of the clause after the semicolon")
                prev_role = None
            elif role == "origin" and located_by_distance(self.text, at):
                # "to Tumeremo, a mining town some 60 km from the border": the distance locates
                # the town named before it (read.distance_apposition)
                frag.roles_why.append(f"{m['surface']}: no role, what a distance of a place told before is measured from")
                prev_role = None
            elif role == "via" and way_not_taken(self.text, at):
                # "avoiding the main road through X", "instead of going through X" (read.way_not_taken)
                frag.roles_why.append(f"{m['surface']}: no role, on a way not taken")
                prev_role = None
            elif role == "origin" and slots and prev_role == "destination" and _CROSSED_AT.fullmatch(gap) \
                    and all(x.get("kind") == "country" for x in slots[-1][1]) \
                    and self._crossed_into(main, triggers, slots[-1][2]):
                # "left Goma by road, crossing into Rwanda at Gisenyi": where they entered the
                # country, passed on the way, as with no cue of its own (the NP-continues branch);
                # the departure verb made "at" a cue of origin (read63)
                slots.append(("via", [m], prev_end))
                prev_role = "via"
                frag.roles_why.append(f"{m['surface']}: via, where the country before it was entered ('at')")
            elif role is not None and accord_venue(self.text, m["start"]):
                # "The withdrawal agreed in Geneva last month started", "under a deal signed in
                # Luanda": where the accord was reached is no place of the move (read.accord_venue)
                frag.roles_why.append(f"{m['surface']}: no role, where an accord was reached or talks held")
                prev_role = None
            elif role == "origin" and any(r == "origin" for r, _g, _a in slots) \
                    and self._remnant_stays_there(at, s, e):
                # "evacuated Kidal, leaving only a small garrison at Aguelhok": a remnant of the
                # force stays at the place after the participle; the origin is told, so that place
                # is not the one left ("withdrew to Gao, leaving a garrison at Kidal", with no
                # other origin, keeps Kidal as the origin)
                frag.roles_why.append(f"{m['surface']}: no role, where a remnant stays ('leaving ... at'), the origin told before")
                prev_role = None
            elif role is not None:
                if role == "origin" and any(r == "origin" for r, _g, _a in slots) \
                        and _AFTER_BEING_MOVED.search(self.text, prev_end, m["start"]):
                    if main.group("verb") and _stem(main.group("verb")) in _DEPARTURE:
                        # "left Bunia on Monday, having been airlifted from Entebbe last week": they
                        # got to Bunia that way and later left it: a leg of its own before this one
                        # (GUIDELINES: a route is split where the force got somewhere and afterwards set off again)
                        frag.earlier_leg = (_place_of(m), at)
                        frag.roles_why.append(f"{m['surface']}: origin of the leg that brought them to where they left from")
                        prev_end = m["end"]
                        continue
                    # "arrived in X from A, after being shipped from B": B is a place on the way
                    # from A, not a second origin (GUIDELINES: places passed are via)
                    role = "via"
                    frag.roles_why.append(f"{m['surface']}: via, a leg told after the origin ('after being ...')")
                slots.append((role, [m], at))
                prev_role = role
                bound = _BOUND_AFTER.match(self.text, m["end"])  # "X-bound": the cue follows
                cue = " ".join(self.text[at:bound.end() if bound else m["end"]].split())
                frag.roles_why.append(f"{m['surface']}: {role} by '{cue if len(cue) <= 60 else cue[:57] + '...'}'")
            prev_end = m["end"]
        antecedent = self._relative_antecedent(s, main, slots)
        if antecedent is not None and _antecedent_read_by_the_main_clause(slots, antecedent, main):
            # "Some 2,000 soldiers are stationed in X, where they arrived in 2021": the verb of
            # the movement is the relative clause's; X's cue ('stationed in') belongs to the main
            # clause before it, which tells no movement, so the relative word gives X its role
            role, m = antecedent
            slots[:] = [slot for slot in slots if not any(x is m for x in slot[1])]
            frag.roles_why.append(f"{m['surface']}: not its cue's role: the movement is told by the relative clause after it")
        if antecedent is not None and not any(r == antecedent[0] for r, _g, _a in slots):
            role, m = antecedent
            slots.append((role, [m], s))
            frag.roles_why.append(f"{m['surface']}: {role}, the place the relative clause opening this one is about")
        # anaphora: a role cue followed by "there" / "the city" with no place
        # (the cues are listed only when one of those words follows somewhere in reach: most
        # clauses have none, and the cue pattern is the costlier scan)
        for cue in _CUE_RE.finditer(self.text, s, e) if _ANAPHOR_WORD.search(self.text, s, e + 30) else ():
            tail = self.text[cue.end():cue.end() + 45]  # (" positions close to the crossing")
            ana = _CUE_ANAPHOR.match(tail)
            if ana and _LOCATED_AFTER.match(self.text, cue.end() + ana.end()):
                continue  # "to the base in Gyumri": a site the name after it locates, no word referring back (s32m)
            if ana and not _recompile(r"\s+from").match(self.text[cue.end():cue.end() + 6]):
                role = cue_role(cue)
                if role == "destination_weak" and weak_for_is_goal(self.text, cue, triggers):
                    role = "destination"  # "departed X for the shoal": where it left for (read.for_the_place)
                if role == "arrival" and main.group("verb") and _stem(main.group("verb")) in _ARRIVAL_IN_STEMS \
                        and main.end() <= cue.start() <= main.end() + 30 and "," not in self.text[main.end():cue.start()]:
                    role = "destination"  # "arrived in the state last week": where they got to, right after the verb (s32m)
                if role in ("origin", "destination", "via"):
                    # a place passed is neither end: "a convoy from X passed through the town"
                    # is not X ("returned to the city" may be where it left: ends are not avoided)
                    ends = tuple(_place_of(g) for r, grp, _a in slots if r in ("origin", "destination") for g in grp) \
                        if role == "via" else ()
                    if role == "destination" and not _comes_back(main) and not ana.group("bearing") \
                            and ana.group("anaphor").lower().split()[-1] in _GONE_TO_NOT_LEFT \
                            and not _recompile(r"\s+of\b").match(self.text, cue.end() + ana.end()):
                        # "left Goma for the town": the town gone to is not the town left, the
                        # clause's origin (before, "the town" read Goma and the destination was
                        # lost; read81); "returned to the city" may be where it left, so a verb of
                        # coming back avoids nothing, nor a bearing from it ("withdrew from A to
                        # positions west of the town" is A seen through the bearing); only a town,
                        # city or village told alone ("to the area of the village of X" names X);
                        # "deployed from Kaduna to the area" after an attack near Zaria: the area of
                        # the attack, not Kaduna, the place told last (s34 read93)
                        ends = tuple(_place_of(g) for r, grp, _a in slots if r == "origin" for g in grp)
                    if role == "destination":
                        # "flown via A, the regional centre, and are now in the city": the city got
                        # to is not A, which the clause says was passed (read115)
                        ends += tuple(_place_of(g) for r, grp, _a in slots if r == "via" for g in grp)
                    ref = self._antecedent(cue.start(), ana.group("anaphor").lower(), avoid=ends, goal=role == "destination")
                    if ref is not None and role == "origin" and \
                            any(ref is g for r, grp, _a in slots if r == "destination" for g in grp):
                        # "advanced from A into B, and from there to C": 'from there' is B, a stop
                        # on the way the clause already went to (the route goes on, _CHAIN), no origin
                        frag.roles_why.append(f"{ref['surface']}: no second origin, '{' '.join(self.text[cue.start():cue.end() + ana.end()].split())}' "
                                              "goes on from a destination of this clause")
                        continue
                    if ref is not None and restates_told_destination(ref, role, slots):
                        # "into G from M and from Q, the third deployment to the city": G, told (read/restated_destination)
                        frag.roles_why.append(f"{ref['surface']}: no destination, an origin of this clause; "
                                              "the anaphor restates the destination told")
                        continue
                    if ref is not None and ana.group("bearing"):
                        ref = seen_by_bearing(self.text, cue.end() + ana.start("anaphor"), cue.end() + ana.end("anaphor"), ref)
                    if ref is not None:
                        if (side := side_after(self.text, cue.end() + ana.end())) is not None:
                            # "to positions near the crossing on the Afghan side": which side of
                            # it, no second end (read.side_of_place)
                            slots[:] = without_side_places(slots, role, side)
                        slots.append((role, [ref], cue.start()))
        # "they left the city for Y": a verb whose object is its role, with an anaphoric object
        for t in triggers:
            role = _OBJECT_ROLE.get(_stem(t.group("verb"))) if t.group("verb") else None
            ana = role and _OBJECT_ANAPHOR.match(self.text, t.end(), e)
            if role and not ana and _stem(t.group("verb")) in _IT_OBJECT_STEMS:
                ana = _OBJECT_IT.match(self.text, t.end(), e)  # ("after government forces left it on Saturday", s33m)
            if ana and role == "destination" and any(r == "destination" for r, _g, _a in slots) \
                    and _PURPOSE_TO_BEFORE.search(self.text, max(s, t.start() - 12), t.start()):
                # "sent jets to RAF Akrotiri to reinforce the region": the purpose's object
                # names the area the move serves, not a second destination (before: the
                # region's antecedent, Crete, two sentences up)
                frag.roles_why.append(f"'{ana.group(0).strip()}': no destination, the object of a purpose told after the destination")
                continue
            if ana:
                # (an origin referred back to is not where the clause went, and the place "the city"
                # entered is not the clause's own origin: "Army units from Sennar entered the city"
                # is the city told before, not Sennar, s32m)
                goes = tuple(_place_of(g) for r, grp, _a in slots if r == ("destination" if role == "origin" else "origin")
                             for g in grp) if role in ("origin", "destination") else ()
                ref = self._antecedent(t.start(), ana.group(1).lower(), avoid=goes, goal=role == "destination")
                if ref is not None and not any(ref is g for _r, grp, _a in slots for g in grp):
                    slots.append((role, [ref], t.end()))
                    frag.roles_why.append(f"{ref['surface']}: {role}, referred back to by '{ana.group(0).strip()}'")
        # "entered both towns", "left the two villages", "moved into both towns": each place of the
        # list told before (read.plural_anaphor)
        # (the clause searched once for the plural: most clauses hold none, and list no heads)
        plural_heads = []
        if _PLURAL_GATE.search(self.text, s, e):
            plural_heads = [(_OBJECT_ROLE.get(_stem(t.group("verb"))) if t.group("verb") else None, t) for t in triggers]
            plural_heads += [({"arrival": "destination"}.get(cue_role(cue), cue_role(cue)), cue)
                             for cue in _CUE_RE.finditer(self.text, s, e)]
        for role, t in plural_heads:
            plural = plural_referent(self.text, t.end(), e) if role in ("origin", "destination") else None
            if plural and self._place_ends is False:
                self._place_ends = ends_in_order(self.places)
            refs = listed_before(self.text, self.places, s, plural[0], self._place_ends) if plural else None
            for ref in refs or ():
                if not any(ref is g for _r, grp, _a in slots for g in grp):
                    slots.append((role, [ref], t.end()))
                    frag.roles_why.append(f"{ref['surface']}: {role}, one of the list referred back to by "
                                          f"'{' '.join(self.text[t.end():plural[1]].split())}'")
        # "... were driven there": a movement verb with "there" for its goal
        for t in triggers:
            if t.group("verb") and _stem(t.group("verb")) not in _OBJECT_ROLE and \
                    _recompile(r"\s+there\b", re.I).match(self.text[t.end():t.end() + 7]):
                ref = self._antecedent(t.start(), "there")
                if ref is not None and not any(ref is g for _r, grp, _a in slots for g in grp):
                    slots.append(("destination", [ref], t.end()))
        place_before_aside = False  # (the passive's subject is a place told before a relative aside)
        if main.group("verb") and _stem(main.group("verb")) in _PASSIVE_ORIGIN | _PASSIVE_DESTINATION and \
                _PASSIVE_BEFORE.search(self.text[max(s, main.start() - 40):main.start()]) and \
                (_stem(main.group("verb")) not in _PASSIVE_NEEDS_AGENT or place_reinforced_by(self.text, main, e) is not None):
            # "the bases in A and B had been vacated": the places of the subject were left;
            # "X was reinforced with 500 troops": the place of the subject is where they went
            # the subject may hold commas ("bases in A and B, near the border, had been vacated")
            subject_start = max([s] + [s + b.end() for b in _CLAUSE_START.finditer(self.text[s:main.start()])])
            taken = {id(g) for _r, grp, _a in slots for g in grp}
            role = "origin" if _stem(main.group("verb")) in _PASSIVE_ORIGIN else "destination"
            # (an area too when the subject's force is in it: "the contingent in Haiti was reinforced", read.passive_agent)
            subject = [m for m in mentions if subject_start <= m["start"] < main.start() and id(m) not in taken
                       and (_spec(m) <= 2 or role == "destination" and area_of_subject(self.text, m, _spec(m)))]
            if not subject and (antecedent := self._aside_antecedent(index, main.start())) is not None:
                # "Kidal, which the army had left in 2013, | was reached on Monday by soldiers from
                # Tessalit": the aside was cut off as a clause of its own; the place before it is
                # the passive's subject (read.passive_agent.subject_before_aside)
                subject = subject_before_aside(self._within(self.places, *antecedent), taken, frag.roles_why)
                place_before_aside = bool(subject)
            slots.extend((role, [m], subject_start) for m in subject)
            if role == "destination":
                # "a detachment stationed in X was reinforced by ...", "the X garrison was
                # reinforced": where the subject stands is where the reinforcement went, not an
                # origin of the subject's (read.passive_agent.subject_stays)
                slots = subject_stays(slots, subject_start, main.start(), frag.roles_why)
        if any(r == "via_stop" for r, _g, _a in slots):
            # "were staged at X before moving to Y": where the move began (read.staged_origin)
            slots = staging_as_origin(self.text, slots, s, e, frag.roles_why)
            # "fell back on A, then regrouped in B": the stop told after the goal is where it ended (read.fallback_end)
            slots = later_stop_as_end(self.text, slots, frag.roles_why)
            # "left A heading for B but stopped in C": the stop instead of the aim is the end (read.stopped_instead)
            slots = stop_instead_of_aim(self.text, slots, frag.roles_why)
        if not any(r == "destination" for r, _g, _a in slots) and _STAGING_WORD_OR_POSITIONS_GATE.search(self.text, s, main.start()):
            # "had massed near X after moving from Y": where the move ended (read.staged_origin)
            slots = gathered_after_moving(self.text, slots, self._within(self.places, s, main.start()), main,
                                          frag.roles_why)
        if not any(r == "origin" for r, _g, _a in slots) and _STAGING_WORD_OR_POSITIONS_GATE.search(self.text, s, main.start()):
            # "massed near X before moving to Y": where the move began (read.staged_origin)
            slots = gathered_before_moving(self.text, slots, self._within(self.places, s, main.start()), main,
                                           frag.roles_why)
        if turns_back(main.group("verb"), self.text, main.end()):
            # "was ambushed near X and returned to Y": where it was met is where it turned back
            # from (read.met_then_turned_back)
            slots = met_place_as_origin(self.text, slots, self._within(self.places, s, main.start()), s, main.start(),
                                        frag.roles_why)
        if main.group("verb") and (line_at := line_start_near(self.text, s, LINE_REACH)) is not None \
                and ":" in self.text[line_at:main.start()]:
            # "Kursk: 4x Su-34 arrived from Voronezh": the line's label is where it was seen (read.place_label)
            slots = label_as_end(self.text, slots, self._within(self.places, line_at, e), s, line_at, main.group("verb"),
                                 frag.roles_why)
        # ("transited the strait into the Black Sea and was tracked heading for Novorossiysk": read.sea_then_port)
        slots = sea_passed_to_port(self.text, slots, frag.roles_why)
        if any(r in ("via_stop", "seen_at") for r, _g, _a in slots):
            # "drove from A to B, stopping overnight at X": a stop on the way to where it went;
            # without a destination the stop is where it is known to have got to. "Seen in X
            # heading to Y" without an origin: X is the earliest point known
            goes = any(r == "destination" for r, _g, _a in slots)
            # (and a stop the force went on from, no destination told: "spent the night at X
            # and drove on through Y" passed X, read.stop_passed)
            passed = goes or went_on_after_stop(self.text, slots, e)
            starts = any(r == "origin" for r, _g, _a in slots)
            # (nor is it, with only a direction told after the verb and a place seen near:
            # "Spotted: ... near X, moving north" went on from X's area, read.sighting_post; but a
            # place seen in or at, "filmed at X station heading south", is where it got to, and one
            # told by a bearing from its anchor, "15 km east of X moving west", may be on the way to
            # X: as before)
            went_off = not goes and not starts and bool(main.group("verb")) and heading_away(self.text, main.end()) \
                and all((g.get("relation") or {}).get("type") == "near" for r, grp, _a in slots if r == "seen_at" for g in grp)
            seen_role = "via" if goes and starts else "origin" if goes or went_off else "destination"
            if went_off:
                frag.roles_why.extend(f"{g['surface']}: origin, seen near it with only a direction after "
                                      f"'{main.group('verb')}' (read.sighting_post)" for r, grp, _a in slots if r == "seen_at" for g in grp)
            # (a sighting is no end the force was going to: a route told before it goes on past it, events._chain)
            frag.sighted = seen_role == "destination" and any(r == "seen_at" for r, _g, _a in slots)
            if not passed and not starts and seen_stopping(self.text, s, slots):
                # "was spotted refuelling in X": where it was seen, no arrival (read.seen_stopping)
                frag.sighted = frag.seen_stop = True
                frag.roles_why.append("a sighting at a stop: where it was seen, no arrival (read.seen_stopping)")
            slots = [("via" if passed else "destination", g, a) if r == "via_stop" else (seen_role, g, a) if r == "seen_at"
                     else (r, g, a) for r, g, a in slots]
        if not frag.sighted and (road_end := seen_on_the_road_to(self.text, slots, s)) is not None:
            # "the convoy was seen on the road to B": B is where the road goes, only a sighting; a
            # route told before with its own end carries on past it (read.road_sighting)
            frag.sighted = True
            frag.roles_why.append(f"{road_end['surface']}: the far end of the road it was seen on (read.road_sighting)")
        # "Beira saw the arrival of 300 marines": the noun's witness, as the subject, received them
        witnessed = None if main.group("verb") or main.group(0).lower() != "arrival" \
            else _WITNESSED_BEFORE.search(self.text, s, main.start())
        if (witnessed or main.group("verb") and _stem(main.group("verb")) == "receive") \
                and not any(r == "destination" for r, _g, _a in slots):
            # "Roraima received 16 armoured vehicles from the army": the place that received
            # them, as the subject, is where they went
            taken = {id(g) for _r, grp, _a in slots for g in grp}
            verb_at = witnessed.start() if witnessed else main.start()
            subject = [m for m in mentions if s <= m["start"] and m["end"] <= verb_at and id(m) not in taken
                       and _BARE_SUBJECT_GAP.fullmatch(self.text[m["end"]:verb_at])
                       and not _GOVERNED_STATE.search(self.text, max(s, m["start"] - 60), m["start"])]
            if not subject and not witnessed and (said := receiver_before_said(
                    self.text, s, verb_at, mentions + [m for m in self._within(self.actors, s, verb_at) if m.get("lat") is not None],
                    taken)) is not None:
                # "Belarus said it had received the first batch ...": the speaker (read.receiver_said)
                subject = [said]
            if not subject and not witnessed and (held := receiver_in_place(self.text, s, verb_at, mentions, taken)) is not None:
                # "The garrison in Odesa received 300 soldiers": where the receiving force stands (read.receiver_in_place)
                subject = [held]
            if subject:
                slots.append(("destination", subject[-1:], subject[-1]["start"]))
                frag.roles_why.append(f"{subject[-1]['surface']}: destination, the place that received them")
            elif not witnessed and (there := place_received_at(self.text, main.end(), e, mentions, taken)) is not None:
                # "The army received 20 vehicles from Turkey at the port of Lagos": where they
                # were received (read.received_at)
                slots.append(("destination", [there], there["start"]))
                frag.roles_why.append(f"{there['surface']}: destination, where they were received")
        if main.group("verb") and _PARTICIPLE_AFTER_COMMA.search(self.text, max(s, main.start() - 3), main.start()) \
                and main.group("verb").lower().endswith("ing") and not any(r == "destination" for r, _g, _a in slots):
            # "Russian forces have massed near X, moving armour from Y": where the force gathered
            # is where what it moved went (a participle of the same subject, told after a comma)
            cut = self.text.rfind(",", s, main.start())
            taken = {id(g) for _r, grp, _a in slots for g in grp}
            gathered = [m for m in mentions if s <= m["start"] and m["end"] <= cut and id(m) not in taken
                        and _MASSED_AT.search(self.text, max(s, m["start"] - 80), m["start"])]
            if gathered:
                slots.append(("destination", gathered[:1], gathered[0]["start"]))
                frag.roles_why.append(f"{gathered[0]['surface']}: destination, where the force gathered "
                                      f"('{main.group(0)}' after a comma)")
        if route and not any(r in ("origin", "destination") for r, _g, _a in slots):
            # "a convoy travelled between A and B": a route with no direction stated; its ends
            # in the order told (GUIDELINES: the most specific ends the text gives), the
            # movement marked so that its confidence says so (weights.DIRECTION_UNSTATED)
            a, b = sorted((m for m in mentions if id(m) in route), key=lambda m: m["start"])[:2]
            at = self.text.rfind("between", s, a["start"])
            slots.append(("origin", [a], at))
            slots.append(("destination", [b], at))
            frag.undirected = True
            told = " ".join(self.text[at:b["end"]].split())
            frag.roles_why.append(f"{a['surface']}: origin by '{told}', direction not stated: the first named taken as origin")
            frag.roles_why.append(f"{b['surface']}: destination by '{told}', direction not stated: the second named taken as destination")
        if not any(r == "destination" for r, _g, _a in slots) \
                and (held := place_held_before_after(self.text, s, main, mentions)) is not None \
                and not any(held is x for _r, g, _a in slots for x in g):
            # "Ecuadorian troops took control of the prison in Guayaquil after being flown in
            # from Quito": the trip ended where the main clause holds them (read.held_after_moving)
            slots.append(("destination", [held], held["start"]))
            frag.roles_why.append(f"{held['surface']}: destination, where the main clause holds them "
                                  f"after '{main.group(0)}'")
        if not any(r == "destination" for r, _g, _a in slots) \
                and (settled := place_settled_after(self.text, main, e, mentions, _stem)) is not None:
            # "withdrew from Kherson and regrouped near Oleshky": where they settled is where the
            # withdrawal ended, no origin (read.settled_after)
            slots = [(r, [x for x in g if x is not settled], a) for r, g, a in slots]
            slots = [(r, g, a) for r, g, a in slots if g] + [("destination", [settled], settled["start"])]
            frag.roles_why.append(f"{settled['surface']}: destination, where the force settled after '{main.group(0)}'")
        if loci and not any(r in ("destination", "via") for r, _g, _a in slots):
            if self._moved_to_act(main, purposes):
                # (told in the why of the clause: with no other place it is read no further)
                self.unread_why[index] = (f"'{main.group(0)} to' act: someone took steps; {loci[0]['surface']} is "
                                          "where they act, not a place reached")
                frag.roles_why.append(f"{loci[0]['surface']}: no end, where '{main.group(0)} to' act")
            elif not self._locus_reached(main, purposes, loci[0]):
                frag.roles_why.append(f"{loci[0]['surface']}: no end, where they mean to act (a purpose after "
                                      f"'{main.group(0)}', a verb of their own motion)")
            else:
                slots.append(("destination", [loci[0]], loci[0]["start"]))
                frag.roles_why.append(f"{loci[0]['surface']}: destination, where '{main.group(0)}' put them to act")
        # "soldiers based in X moved from A to B": X is the unit's home, not its origin (read.home_base)
        if (guarded := origin_of_guarded_site(self.text, s, main.start(), slots, mentions)) is not None:
            # "soldiers who had been guarding the airport in X were flown home" (read.guarded_site)
            slots.append(("origin", [guarded], guarded["start"]))
            frag.roles_why.append(f"{guarded['surface']}: origin, where the subject held a site")
        slots = home_base_beside_origin(self.text, slots, frag.roles_why)
        # "Soldiers from Chad left Niamey for Ouallam": Chad is whose soldiers (read.subject_from_country)
        slots = without_subject_countries(slots, main.start(), frag.roles_why, self.text)
        # "drove from A to B along the X-B road": X is passed (read.road_ends)
        slots = road_ends_passed(self.text, mentions, s, slots, frag.roles_why)
        # "crossed into Latvia before arriving in Vilnius": the country passed (read.transit_country)
        slots = transit_country_passed(self.text, slots, frag.roles_why)
        if not any(r == "destination" for r, _g, _a in slots) and (present := place_of_presence(self.text, s, main, mentions)) is not None:
            # "Two battalions are now in Bunia, having been airlifted from Entebbe": where the
            # participle's move put them (read.having_moved), whatever role its cue gave it
            slots = [(r, [x for x in g if x is not present], a) for r, g, a in slots]
            slots = [(r, g, a) for r, g, a in slots if g] + [("destination", [present], present["start"])]
            frag.roles_why.append(f"{present['surface']}: destination, where the force is after '{main.group(0)}'")
        slots.sort(key=lambda x: x[2])
        frag.directed = any(role == "destination" and _recompile(r"(?:to|into|towards?|onto)\b", re.I).match(self.text[at:at + 8])
                            for role, _, at in slots)
        for role, group, at in slots:
            group = _within_first_country(group)
            group = without_told_holders(self.text, group)  # "the X district in Y": X (read.told_container)
            best = min(group, key=lambda m: (_spec(m), m.get("role") == "demonym_place"))
            place = _place_of(best)
            getattr(frag, role).append((place, at))
        goes = [at for role, _g, at in slots if role == "destination"]
        # "moved to A and then to B": a route through A only when the word of going on stands
        # between the destinations; "the army later sent troops to A and B" is a list
        # (or a second verb of travel with its own end: "left A for B and flew to C", read.travel_on)
        # (or "before (being) <verb of moving> to B": "driven to A before being flown to B", read.before_moving_on)
        if len(goes) == 2 and _spec(frag.destination[0][0]) >= 3 \
                and frag.destination[0][0].get("country") == frag.destination[1][0].get("country") \
                and crossed_then_moved(self.text, goes[0], goes[1]):
            # "crossed into Katanga and moved to Lubumbashi": the area crossed into is the town's
            # own, told coarser; one movement to the town (read.travel_on.crossed_then_moved)
            frag.roles_why.append(f"{frag.destination[0][0].get('name')}: crossed into on the way to "
                                  f"{frag.destination[1][0].get('name')}, its own area: no end of its own")
            frag.destination = frag.destination[1:]
            goes = goes[1:]
        frag.chained = len(goes) > 1 and bool(_CHAIN.search(self.text, goes[0], goes[-1])
                                              or travelled_on(self.text, goes[0], goes[-1])
                                              or moved_on_before(self.text, goes[0], goes[-1]))
        if frag.chained and carried_then_chained(self.text, goes, main.start()):
            # "carried the ammunition to A and then returned to B": A is the carrying verb's end, B
            # the verb's own, two legs as without "then" (read.relative_carried.carried_then_chained)
            frag.chained = False
            frag.roles_why.append(f"{frag.destination[0][0].get('name')}: where the load was carried, "
                                  f"then '{main.group(0)}': no route through it")
        if frag.chained:  # "flew to A and was then moved to B and C": B and C a list (read.chained_list)
            frag.listed_at = list_after_chain(self.text, [p for p, _ in frag.destination],
                                              goes_on=(travelled_on, moved_on_before))
        # (or its time told after the end: "... to A on Saturday and drove to B the next day", read.onward_told_after)
        ends_at = {at: max(m["end"] for m in g) for role, g, at in slots if role == "destination" and g}
        # ("Two days after arriving in A, the battalion was moved to B": the opening participle's
        # arrival, then the main verb's move on from there, s25)
        arrived_first = main is not verbs[0] and verbs[0].group("verb") \
            and _stem(verbs[0].group("verb")) in _ARRIVAL | {"reach"} if verbs else False
        frag.onward_at = next((at for at in goes[1:] if (arrived_first and verbs[0].start() <= goes[0] < main.start() < at)
                               or _MOVED_ON.search(self.text, max(s, at - 60), at)
                               # ("moved from A to B and back to A": a leg back from B, read.back_leg)
                               or went_back_before(self.text, s, at)
                               or (at in ends_at and moved_on_told_after(self.text, at, ends_at[at]))
                               # ("reached A on Monday, then moved on to B on Wednesday": read.onward_told_after)
                               or (at in ends_at and goes[0] in ends_at
                                   and moved_on_another_day(self.text, ends_at[goes[0]], at, ends_at[at]))
                               # ("reached A on Tuesday and B on Wednesday": read.reached_each_day)
                               or (at in ends_at and goes[0] in ends_at
                                   and next_end_another_day(self.text, ends_at[goes[0]], at, ends_at[at]))), None)
        frag.another_at = self._another_mover_at(main, triggers, s, e, frag)
        if frag.another_at is None:  # (", and reinforcements from K followed": read.added_force)
            frag.another_at = added_group_at(self.text, main.end(), e, frag.what)
            frag.added_followed = frag.another_at is not None and added_group_followed(self.text, frag.another_at, e)
        elided = elided_group_at(self.text, main.end(), e) if frag.another_at is None else None
        if elided is not None and any(k >= elided[0] for _p, k in frag.origin):
            frag.elided_at, frag.elided_count = elided[0], elided[1:]  # ("... from A and another 600 from B", read.elided_group)
        left = None
        held_by = None  # (the subject that held the place it left: read.left_again.place_held_then_left)
        if not (frag.origin or frag.destination or frag.via) and index > 0 and main.group("verb") \
                and _stem(main.group("verb")) in _DEPARTURE:
            # "entered X on Tuesday and left the next day": the place just entered is left (read.left_again)
            left = place_left_again(self.text, self.spans[index - 1], s, e, main, lambda a, b: self._within(self.places, a, b))
            if left is not None:
                frag.origin.append((_place_of(left), main.end()))
                frag.roles_why.append(f"{left['surface']}: origin, the place entered just before, left with no object")
        if not (frag.origin or frag.destination or frag.via) and main.group("verb") \
                and _stem(main.group("verb")) in _DEPARTURE:
            # "held X on Monday before withdrawing": the place taken or held is left (read.left_again)
            held = place_held_then_left(self.text, s, main, e, lambda a, b: self._within(self.places, a, b))
            if held is not None:
                frag.origin.append((_place_of(held[0]), main.end()))
                frag.roles_why.append(f"{held[0]['surface']}: origin, the place the subject held, left with no object")
                held_by = held[1]
        if not (frag.origin or frag.destination or frag.via) and main.group("verb") \
                and ((left_stem := _stem(main.group("verb"))) in _DEPARTURE or left_stem == "pull"):
            # "overran the base at X after AU troops pulled out": the place another force took
            # after the subject left it (read.left_again)
            taken = place_taken_after_left(self.text, s, main, e, lambda a, b: self._within(self.places, a, b),
                                           particle=left_stem == "pull")
            if taken is not None:
                frag.origin.append((_place_of(taken), main.end()))
                frag.roles_why.append(f"{taken['surface']}: origin, the place another force took after the subject left, "
                                      "left with no object")
        own_border = own_border_told(self.text, main.end(), e) if not (frag.origin or frag.destination or frag.via) else None
        # the verb's own way home, asked once for both tests below: "returned home", "withdrew
        # across the border" (read.back_across); with no destination read, the only case either asks
        home_told = not frag.destination and bool(main.group("verb")) \
            and (_HOME_AFTER.match(self.text, main.end(), e) is not None or withdrew_across_the_border(self.text, main, e))
        if referring and not self._subject_told_before(index, s, e, main, subject_start, frag.list_item, place_before_aside,
                                                       same_mover=self._tells_the_same()).anaphoric:
            return None  # (no word of its subject can refer back, whatever it moved: fragment's ``referring``)
        if not (frag.origin or frag.destination or frag.via or whole) and own_border is None \
                and not home_told \
                and not (index > 0 and placeless_return(self.text, main)):  # ("they sailed back on Friday": read.back_through)
            if targets:  # (with no end there is no movement: say why)
                self.unread_why.setdefault(index, f"'{main.group(0)}': {'; '.join(targets)}")
            return self._unread(frag, s, e, main, triggers)  # (no "returned home": no end from its actor)
        # "..., hours after government forces left X": the subject after the conjunction (read/movers)
        told_from = subject_after_time_conjunction(self.text, s, main.start()) or s
        # "hold X, where the army deployed troops": the relative clause's own subject (read.where_within)
        told_from = subject_after_where(self.text, told_from, main.start()) or told_from
        # "The offensive forced the rebels to retreat to X": the object made to move (read.made_to_move)
        told_from = made_to[0] if made_to is not None else told_from
        frag.actor, frag.actor_home = self._actor(told_from, e, main)
        # a non-state armed group named by its members or loyalty, or referred back to ("the
        # militants", "its fighters"): the group (read.armed_groups)
        # (after a connective or a fronted phrase and its comma, as _actor reads the subject: "After a
        # two-day march, the rebels entered A" as "The rebels entered A", read.connective_opener, read125)
        group_from = after_connective(self.text, told_from, main.start())
        group = group_subject(self.text, group_from, main.start()) or group_referred_back(self.text, group_from, main.start()) \
            or (group_itself(self.text, group_from, main.start()) if frag.actor is None else None)
        if group is not None and not (frag.actor and driven_force(self.text, main, e) is not None):
            # (not a group that drove another force out: "The rebels pushed government soldiers
            # out of A" moved the soldiers, who are the actor _actor read, read.driven_force)
            frag.actor = group
        if frag.actor is None and made_to is not None:
            # "Shelling forced the army to withdraw": the object is the subject of the move, read
            # as a clause's subject up to its "to" (read.made_to_move)
            frag.actor = self._made_to_actor(made_to)
        if frag.actor is None:
            # "A column of 50 vehicles belonging to the RSF was seen moving": the RSF (read.belonging_to)
            frag.actor = owner_named(self.text, told_from, main.start())
        if frag.actor is None and (own := speaker_owns(self.text, told_from, main.start())) is not None:
            # (the speaker's words read once, then asked in turn, read.said_pronoun)
            if (_MOVER_GATE.search(own) and not _no_force_moves(own)) or self._state_named(own, told_from, main.start()):
                # "The army says 500 soldiers of its 5th Brigade moved ...": the speaker's;
                # "Rwanda denied that its soldiers had crossed ...": the state's
                frag.actor = force_of_speaker_words(own)  # (not the officer who said it: read.speaker_of_force)
            if frag.actor is None:
                # "Afghan officials said their forces had pulled back": the state's
                frag.actor = force_of_state_officials(self.text, own, told_from, main.start(), lambda word: any(
                    m["surface"] == word for m in self._within(self.actors, told_from, main.start())))
            if frag.actor is None:
                # "KFOR said its patrols had crossed ...": a lettered force's own patrols
                frag.actor = lettered_force_owner(self.text, own, told_from, main.start())
        if frag.actor is None:
            # "Russia plans to send ...", "Brazil strengthened its border, sending ...": the
            # subject of the plan's head, or of the clause a participle follows (shared_subject)
            frag.actor, frag.actor_home = self._head_actor(s, e, main)
        if frag.actor is None:
            # "- Moved 300 commandos from A to B" under a lede naming the force (read.bullets)
            frag.actor = lede_actor(self.text, s)
        if frag.actor is None and s > 0 and sends_a_force(self.text, e, main) and opens_sentence(self.text, s) \
                and it_subject_only(self.text, s, main.start()):
            # "<State> has not commented. In <month>, it sent 1,000 soldiers to A": the state
            # that is the subject of the sentence before (read.pronoun_antecedent, read125)
            state = state_subject_before(self.text, _sentence_start(self.text, s - 1), s,
                                         [m for m in self.actors + self._countries if m.get("kind") == "country"])
            if state is not None:
                frag.actor, frag.actor_home = self.text[state["start"]:state["end"]], state
        if frag.actor:
            # "Three Turkish frigates": the count is no part of who moved
            frag.actor = _COUNT_LEAD.sub("", frag.actor) or frag.actor
            if generic_force_word(frag.actor):
                # ("Two regiments moved ...", "40 reservists moved ...": with its count taken off,
                # a plain plural noun of a force names no actor, as "The soldiers" does not, s37 read100)
                frag.actor = None
        if main.group("verb") and _stem(main.group("verb")) == "receive":
            # who received is no actor; the force they came from may be ("... from the Brazilian Army")
            sender = next((m.group("actor") for m in _ACTOR_RE.finditer(self.text, main.end(), e)
                           if _recompile(r"\bfrom\s+$", re.I).search(self.text[max(s, m.start() - 6):m.start()])), None)
            frag.actor, frag.actor_home = (_recompile(r"^(?:the|a|an)\s+", re.I).sub("", sender) if sender else None), None
        if not frag.destination and main.group("verb") and (home_told
                                                             or self._went_home_after_and(main, e)
                                                             or left_for_home(self.text, main, e)
                                                             or _stem(main.group("verb")) in _HOME_VERBS):
            if frag.actor_home is None:
                # "Troops from Chad returned home from Mali": the country after "<force> from" in
                # the subject is the force's home, no origin of this move (read.home_from_subject)
                home = home_country_after_force(self.text, self._countries, _sentence_start(self.text, s), main.start())
                if home is not None and home.get("lat") is not None:
                    frag.actor_home = home
                    frag.origin = without_place_at(frag.origin, home)
            if frag.actor_home is not None:
                # "French soldiers returned home from Niger": home is the force's own country
                frag.destination.append(({**_place_of(frag.actor_home), "precision": "country", "inferred": True}, main.end()))
                frag.roles_why.append(f"{frag.actor_home['surface']}: destination, the home of a national force")
        if own_border is not None and not frag.destination and frag.actor_home is not None \
                and frag.actor_home.get("lat") is not None:
            # "Indian troops moved to the northern border": the force's own border (read.own_border)
            frag.destination.append((own_border_place(frag.actor_home, own_border, _place_of), own_border.start()))
            frag.roles_why.append(f"{frag.actor_home['surface']}: destination, its own border '{own_border.group(0)}'")
        if not (frag.origin or frag.destination or frag.via or whole) \
                and not (index > 0 and placeless_return(self.text, main)):  # (read.back_through)
            return self._unread(frag, s, e, main, triggers)
        # (the status after the roles, which do not read it: a placeless clause's is rarely asked)
        frag.status, frag.status_why = self._status(s, e, main, triggers)
        if frag.status == "reported":
            # "The army denied that soldiers were flown to X and the trucks drove to Y"
            frag.status, frag.status_why = self._frame_of_previous(index) or (frag.status, frag.status_why)
        frag.enters = (main.group("verb") is not None and _stem(main.group("verb")) in ("enter", "cross", "come")) \
            or _ACROSS_BORDER_GATE.search(self.text, s, e) is not None
        frag.what, frag.counts = self._what(told_from, e, main)
        if "verb" in main.re.groupindex and (incoming := force_replacing(self.text, main, e)) is not None:
            # "Burundi replaced them with 800 fresh troops": the force after "with" came in (read.replaced_with)
            frag.what, frag.counts = incoming
        if frag.what and frag.what.lower() in ("who", "which"):
            # ("Among them were members of the GIGN, who were sent on to X": read.relative_what)
            frag.what = antecedent_what(self.text, self.text.find(frag.what, told_from, e)) or frag.what
        if deployed_rel is not None and frag.what and (at := self.text.find(frag.what, main.end(), e)) >= 0 \
                and at < deployed_rel[0] < at + len(frag.what):
            frag.what = self.text[at:deployed_rel[0]].strip() or frag.what  # ("the 400 police officers", not "... it sent")
        # (what is only the verb's auxiliaries names nothing: "..., having moved into X, | were later (pulled)")
        # (nor a passive of sighting: "..., which reached A on Monday, | was spotted heading to B")
        no_what = not frag.what or _AUXILIARIES_OR_SIGHTING.fullmatch(frag.what + " ") is not None
        if no_what and frag.what and _TIME_WORD_IN.search(frag.what):
            frag.what = None  # ("... and were later | driven to B": words of time are no mover, s33m)
        if aside_from is None and frag.actor is None and no_what:
            # (a main clause after an aside of arrival is a next leg: its antecedent all the same)
            aside_from = (self._aside_antecedent(index, main.start(), legs_too=True) or (None,))[0]
        if aside_from is not None and frag.actor is None and no_what and not place_before_aside:
            # "Jamaican troops, who arrived in January, | moved on Friday from A to B": who moved
            # and how many are the aside's antecedent, in the clause before this one (not a place
            # the passive is about: "X, which Ethiopian troops had left, | was entered by soldiers")
            frag.actor, frag.actor_home = self._actor(aside_from, e, main)
            frag.what, frag.counts = self._what(aside_from, e, main)
        if main.group("verb") and (part := counted_part(self.text, s, main.start())) is not None:
            # "detected 14 ships and 32 aircraft, of which 20 crossed the median line": the part
            # counted moved, of the group told before (read.partitive_count, s33m)
            frag.counts = [{"value": part.value, "unit": part.unit or "units"}]
            frag.what = part.group or frag.what
            frag.roles_why.append(part.why)
            if frag.actor is None and (owner := owner_of_group(self.text, part.group_at, self._countries)) is not None:
                # "Ethiopia has 3,000 troops in X, and 500 of them moved": the state that has the
                # group owns the part (read.partitive_owner)
                frag.actor, frag.actor_home = self.text[owner["start"]:owner["end"]], owner
        if no_what and main.group("verb") and opens_sentence(self.text, s) and s > 0 \
                and pronoun_subject_only(self.text, s, main.start()):
            # "The cutter was seen near X on Monday. | It left the shoal on Tuesday": the subject
            # of the sentence before, when it names a mover (read.pronoun_antecedent)
            before = subject_before(self.text, _sentence_start(self.text, s - 1), s)
            if before is not None:
                if frag.actor is None:
                    frag.actor, frag.actor_home = self._actor(before[0], before[1], main)
                frag.what = self.text[before[0]:before[1]]
                if not frag.counts:
                    self._count_of_antecedent(frag, before, main)
        if frag.counts and the_rest_of_a_group(frag.what):
            frag.counts = []  # ("Fewer than 100 soldiers remained in X after the rest were flown to Y": read.part_route)
        if frag.counts and part_is_the_subject(self.text, s, main.start()):
            frag.counts = []  # ("2,000 servicemen, many of them redeployed from X": the whole's count, read.part_route)
        if frag.counts and route_told_of_a_part(self.text, main.end(), e, [at for role in ("origin", "via", "destination")
                                                                for _p, at in getattr(frag, role)]):
            frag.counts = []  # ("2,000 troops arrived in X, many of them transferred from Y": the whole's count, read.part_route)
        if refers_back_after_where(self.text, s, main.start()):
            frag.what = main_subject(frag.what)  # ("soldiers are stationed in X, where they arrived")
        elif refers_back_after_conjunction(self.text, s, main.start()) and (obj := object_referred_to(
                self.text, s, main.start(), _watched_mover)) is not None:
            # ("A Chinese coast guard vessel shadowed two Philippine supply boats as they sailed
            # to X": the object watched is what moved, and whose it is, read.pronoun_after_conjunction;
            # a warship told by its kind counts, _watched_mover)
            frag.what = self.text[obj[0]:obj[1]]
            frag.actor, frag.actor_home = self._actor(obj[0], e, main)
            if frag.actor is None:
                # ("followed a Russian submarine as it transited X": one craft of a state, read140)
                frag.actor, frag.actor_home = self._state_craft(*obj)
        elif refers_back_after_conjunction(self.text, s, main.start()) \
                and (watcher := watcher_referred_to(self.text, s, main.start())) is not None:
            # ("HMS Kent shadowed two Russian corvettes before it returned to X": the watcher
            # moved, and the ships it watched are no count of it, read.pronoun_after_conjunction)
            frag.what = self.text[watcher[0]:watcher[1]]
            frag.counts = self._what(watcher[0], watcher[1], main)[1]
        elif refers_back_after_conjunction(self.text, s, main.start()):
            frag.what = main_clause_subject(frag.what)  # ("a column was destroyed near X as it moved toward Y")
            at = self.text.find(frag.what, s, main.start()) if frag.what and frag.actor is None else -1
            if at >= 0:
                # ("a junta column was ambushed near X as it was heading to Y": the organ that
                # owns the main subject's force noun, read.state_organs)
                frag.actor = organ_force_subject(self.text, s, at + len(frag.what) + 1)
        if participle_subject is not None:
            frag.what = participle_subject  # ("Ecuadorian troops took control of X after being flown in", read.participle_after)
        if (unit := comma_unit(self.text, told_from, main.start())) is not None:
            frag.what, frag.actor = unit  # ("The 3rd Battalion, 8th Marines, arrived", read.comma_unit)
        if antecedent_clause is not None and antecedent_clause[1] > antecedent_clause[0] and frag.what \
                and (obj := antecedent_object(self.text, *antecedent_clause)) is not None and obj in frag.what:
            frag.what = obj  # ("expelled French troops, who left Niamey": the troops, read.object_relative)
            obj_at = self.text.find(obj, antecedent_clause[0], antecedent_clause[1] + 1)
            if obj_at >= 0:
                # (whose the object is, read from the object alone: "China's coast guard said it
                # had expelled the Philippine vessels, which had entered X" -- not the coast
                # guard, the subject of the clause before; read81)
                frag.actor, frag.actor_home = self._actor(obj_at, e, main)
        if frag.what and antecedent_clause is not None and main.group("verb"):
            # ("... after the retreat of Burundian troops, which withdrew to B": the troops, read.relative_what)
            frag.what = mover_of_move_noun(frag.what) or frag.what
        if left is not None and frag.what and self.text.find(frag.what, main.end(), e) >= 0:
            frag.what = None  # ("and left the next day": a time after the verb, no object that moved)
        frag.what = without_modal_words(frag.what)  # ("Two battalions will": read.hypothetical)
        if names_nothing(frag.what):
            frag.what = None  # ("Big movement out of X": a size, not what moved, read.size_words)
        if frag.what and not frag.what[:1].isalnum():
            # ("⚡️ Russian column spotted moving ...": a post's marks are no words of what moved)
            frag.what = _LEADING_MARKS.sub("", frag.what) or None
        if main.group("verb") and (frag.what is None or self.text.find(frag.what, main.end(), e) < 0) \
                and (received := what_received(self.text, main.group("verb"), main.end(), e)) is not None:
            frag.what = received  # ("Government forces received reinforcements from X": the reinforcements, read.received_at)
        if held_by:  # ("Fano fighters briefly held X before withdrawing": the fighters, read.left_again)
            frag.what = held_by
        agent = place_reinforced_by(self.text, main, e)
        if agent is not None:  # "the garrison of X was reinforced by elements from Y": the elements (read.passive_agent)
            frag.what, frag.actor = agent[0], agent[1] or frag.actor
        frag.mode = self._mode(sent)
        frag.date = self._date(s, e, main.start()) or date_after_aside(self.text, self.dates, e) \
            or item_date_before(self.text, self.dates, s) \
            or self._heading_colon_date(s)  # (", which X had left in 2013, on Monday": read.aside_then_date)
        if frag.date is None:
            frag.date = self._day_before_colon(s)  # ("The contingent was rotated on Monday: X replaced Y at A": read.colon_day)
        # "14 March – ... had moved the previous day": a span counted from the entry's day (read/item_span)
        frag.date = counted_from_item_day(self.text, frag.date, e, self.published) or frag.date
        # "14 March – ... moved into Walikale on Tuesday": the Tuesday before the entry's day (read/item_span)
        frag.date = weekday_of_item(self.text, self.dates, frag.date) or frag.date
        other = other_event_clause(self.text, frag.date.start, main.end()) if frag.date is not None else None
        if other is not None:
            # "deployed to X after gangs attacked the town last week": the attack's date (read/event_clause_date)
            frag.date = self._date(s, other, main.start())
        # (not the date that opens a timeline's entry: "20 August 1988 - A ceasefire takes effect;
        # observers arrive in X" dates each clause of the entry, read124)
        other_conjunct = conjunct_after_date(self.text, frag.date.end, main.start()) \
            if frag.date is not None and not opens_list_item(self.text, frag.date) else None
        if other_conjunct is not None:
            # "Some had been at X until last month, but this group flew from Y": the date is the
            # first conjunct's (read/conjunct_date)
            frag.date = self._date(other_conjunct, e, main.start())
        purpose = next(((a, b) for a, b in purposes if frag.date is not None and a <= frag.date.start < b), None)
        if purpose is not None:
            # "sailed from X to Y to take part in the naval review on 20 November": the date is
            # when the purpose is to happen, not when it moved; a date before the purpose may be
            frag.date = self._date(s, purpose[0], main.start()) if main.start() < purpose[0] else None
        if frag.date is None and self._joined_to_previous(index):
            # "On Monday, soldiers were flown to X and the trucks drove to Y": the date that
            # opens the sentence, before the first clause's verb, dates both
            ps, pe = self.spans[index - 1]
            first = next((t for t in self._triggers_in(ps, pe) if t.group("verb")), None)
            frag.date = self._date(ps, first.start(), first.start()) if first is not None else None
        if frag.date is None and aside_from is not None \
                and (antecedent := self._aside_antecedent(index, main.start(), legs_too=True)) is not None:
            # "On Friday, the battalion, which had reached A on Tuesday, | was sent on to B": the day
            # that opens the antecedent's words dates the main clause (read.relative_leg)
            frag.date = day_opening_antecedent(self.text, [d for d in self._dates_in(self.dates, *antecedent)
                                                           if not self._dateline(d)], *antecedent)
        if frag.date is None and index > 0 and relieved_after(self.text, self.spans[index - 1][1], s):
            # "..., replacing an armoured brigade that went home to X": the relieved force left
            # when the relief came, dated by the clause of the relief (read/relieved_date)
            ps, pe = self.spans[index - 1]
            first = next((t for t in self._triggers_in(ps, pe) if t.group("verb")), None)
            frag.date = self._date(ps, pe, first.start()) if first is not None else None
        if frag.date is not None and frag.date.relative and frag.date.precision == "day":
            frag.date = self._weekday_after_span(frag.date, index, s, e, main.start())
        if frag.date is None:
            frag.date = self._date_after_span(index, s, e, main.start())
        if frag.date is None:
            frag.date = self._date_same_day(index, s, e)
        if frag.date is None and (joiner := span_joiner_before(self.text, s)) is not None:
            # "left A on Tuesday, a day after | militiamen were seen moving from B": the day
            # before the main clause's (read.span_before_clause)
            told = [d for d in self._dates_in(self.dates, _sentence_start(self.text, s), joiner.start())
                    if not self._dateline(d)]
            frag.date = date_of_joined_clause(joiner, told[-1] if told else None, self.published)
        if frag.date is None:
            # ", from where materiel was trucked to B": after the day of the landing told before (read.onward_date)
            frag.date = relative_leg_date(self.text, s, [d for d in self._dates_in(self.dates, _sentence_start(self.text, s), s)
                                                         if not self._dateline(d)], self.published)
        if frag.date is None:
            frag.date = dated_alongside(self, index, s)  # "..., as the army withdrew to X" (read/alongside)
        if frag.date is None:
            frag.date = heading_date_before(self.text, self.dates, s)  # "SITREP 14 NOV" over "- 0930L: ..."
        if frag.date is None:
            frag.date = dated_by_scene(self, index, s)  # "The trucks came on Monday. Soldiers rolled into X" (read/scene_date)
        if frag.date is None:
            # ("Earlier in the day, troops moved" (read/in_the_day); "said on Thursday that troops had
            # arrived earlier in the day": that Thursday, read.speech_day)
            frag.date = self._counted_from_speech(day_of_telling(self.text, s, e, self.filed_on), s, e)
        if frag.date is None and main.group("verb"):
            # "entered X on Wednesday, and junta troops retreated to Y" (read/joined_subject_date)
            frag.date = dated_with_other_subject(self, index, s, main.start())
        if frag.status == "planned" and told_in_an_entry(self.text, frag.date):
            # "28 Jun - The Joint Command plans to move a company to X in July": the entry's day
            # is when the plan was told, the move's time is told after the verb (read.plan_in_entry)
            frag.date = planned_entry_date(frag.date, [d for d in self._dates_in(self.dates, main.end(), e)
                                                       if not self._dateline(d)], self.published)
        elif frag.status == "planned" and (told_in_the_future(self.text[s:main.start()]) or step_of_plan(self.text, main) or (
                frag.date is not None and put_off_until(self.text, frag.date.start, s))
                or ordered_move_dated_after(self.text, s, main.start(), frag.date.start if frag.date is not None else None)
                or (not main.group("verb") and noun_planned_ahead(self.text, main.end(), e))):
            # "will deploy in March": the next March; not "was ordered on Monday to" (read.plan_dates);
            # "will sail to A before returning to B on 12 December": the plan's next step (read.participle_of_plan);
            # "postponed until February": the February to come (read.put_off); "ordered to move
            # ... in January": the move's January, to come (read.plan_dates); "the deployment ... is
            # expected in January": the noun's predicate of plans, the January to come (read.plan_dates)
            frag.date = ahead_when_planned(frag.date, self.published)
        if frag.onward_at is not None:
            # "reached A on Monday, then moved on to B on Wednesday": the later leg's own day (read.onward_date)
            first_end = max((p.get("end", 0) for p, at in frag.destination if at < frag.onward_at), default=frag.onward_at)
            if goes[0] in ends_at and frag.onward_at in ends_at \
                    and next_end_another_day(self.text, ends_at[goes[0]], frag.onward_at, ends_at[frag.onward_at]):
                # ("left A on Monday, reached B on Tuesday and C on Wednesday": the day told after
                # C, not B's, read.reached_each_day)
                first_end = frag.onward_at
            frag.onward_date = onward_leg_date(self.text, first_end, e, frag.date,
                                               [d for d in self._dates_in(self.dates, s, e) if not self._dateline(d)],
                                               self.published)
            if (split := dates_of_relative_and_main(self.text, s, main.start(), goes[0],
                                                    [d for d in self._dates_in(self.dates, s, e) if not self._dateline(d)])) is not None:
                # ("sappers, who hauled the pontoons to A on Monday, returned to B on Friday": each
                # leg its own clause's date, read.relative_clause_date)
                frag.date, frag.onward_date = split
            if arrived_first and (days := arrival_and_onward_days(
                    self.text, s, verbs[0].start(), main.start(), frag.date, self.published,
                    [d for d in self._dates_in(self.dates, s, e) if not self._dateline(d)])) is not None:
                # "Two days after arriving in A, the ship left for B on 9 March": the arrival two
                # days before the day told (read.arrival_span)
                frag.date, frag.onward_date = days
        if _recompile(r"\brespectively\b", re.I).search(self.text[s:e]):
            # "left X and Y on the 3rd and 5th respectively": one date for each of the list
            frag.respectively = True
            frag.respective_dates = self._days_listed([d for d in self._dates_in(self.dates, s, e) if not self._dateline(d)], e)
        # "left A on Monday and reached B two days later": from the departure's day to the arrival's (read.departure_day)
        # ("On Wednesday ... sent fighters to A, who marched from B overnight": one day, read.overnight_told_day)
        days = overnights_on_told_days([d for d in self._dates_in(self.dates, s, e) if not self._dateline(d)])
        frag.date = arrival_day_told_after(self.text, frag, e, days, self.published, frag.roles_why) \
            or departure_day_told_before(frag, days, frag.roles_why, self.text, self.published) \
            or departure_day_told_after_arrival(frag, days, frag.roles_why, self.text) \
            or frag.date  # ("Sent from A on Monday, ... reached B on Wednesday")
        # with a publication date, relative words are compared once resolved (see _day);
        # without one, any two different day expressions mark two different days
        frag.when = {d.text.lower() for d in self._dates_in(self.date_words, s, e) if d.precision == "day"
                     and (self.published is None or not d.relative)
                     and not said_on_day(self.text, max(s, d.start - 25), d.start, main.start())}
        # a movement noun may be the subject itself ("..., the column was bound for X")
        # (also after a verb of saying: "officials said the convoy had left X")
        told = self._subject_told_before(index, s, e, main, subject_start, frag.list_item, place_before_aside,
                                         _THE_SAME_MOVER.match(frag.what or "") is not None)
        frag.anaphoric = told.anaphoric
        if told.by == "ship" and frag.what and self._she_is_the_ship(index, frag.what):
            frag.what = None  # ('she' names nothing that moved, as 'it' does not: the ship told before)
        elif frag.next_leg and frag.what and self._tug_went_on(index, s, main):
            # ('the tug' names the force's tug told before, as 'she' the ship: what moved and whose it
            # is are the leg before's tower, read.craft_carries.tug_told_before)
            frag.what = None
            frag.roles_why.append("what moved: 'the tug', the force's tug that towed in the clause before")
        elif told.by == "owner":
            frag.what = told.owner  # (not the aside's words)
        elif told.by == "them":
            frag.what, frag.counts = None, []
            frag.roles_why.append("what moved: 'them', the group told before")
        if frag.anaphoric and is_overnight(frag.date) \
                and speech_day(self.text, self._dates_in(self.dates, s, e), s, e) is None:
            # "sent two companies to A on Monday. They travelled from B overnight": the force told
            # before, on the night of the day told (not "Dozens of vehicles reached C overnight"
            # after another force's day: the night before publication; read.overnight_told_day)
            frag.date = on_told_day(frag.date, self._days_told_before(frag.date.start))
        # what moved, as the clause names it: the subject before the verb and the object
        # right after it, up to the first place
        first_place = min([m["start"] for m in mentions if m["start"] > main.end()], default=e)
        subject_start = max([s] + [s + b.end() for b in _recompile(r"[;:]|,\s|\bthat\b").finditer(self.text[s:main.start()])])
        named = self.text[subject_start:main.start()] + " " + self.text[main.end():min(first_place, main.end() + 40)]
        frag.distinct = {w.lower() for w in _DISTINCT.findall(named)}
        if _SEPARATE_OPENING.match(self.text, self.spans[index][0]):
            frag.distinct.add("separately")  # "In a separate development, Pakistan moved ..." (events._series_after_title)
        if "also" in self.text[max(subject_start, main.start() - 20):main.start()] \
                and _ALSO_BEFORE_VERB.search(self.text, max(subject_start, main.start() - 20), main.start()):
            # "A column of Ugandan armoured vehicles also crossed the border at Nimule" after the
            # special forces' flight to Juba, "The officers also travelled by road to B" after
            # their flight to A: one more movement, not the one told before carried on (s33m)
            frag.distinct.add("also")
        relieved = relieved_unit_moved(self.text, main, e)
        if relieved:
            # "The battalion replaced a unit that had been sent back to Y": the unit relieved
            # went to Y, another force (read.relieved_moved)
            frag.anaphoric = False
            frag.distinct.add("relieved")
            frag.actor, frag.actor_home, frag.what = None, None, relieved
        elif frag.actor is None and frag.what and "verb" in main.re.groupindex and main.group("verb") \
                and _stem(main.group("verb")) in _RELIEF_VERBS and code_relieves_code(self.text, main.start(), main.end()):
            frag.actor = frag.what  # ("ESTPLA-32 replaced ESTPLA-31": the incoming contingent's code, read.numbered_rotation)
        return frag

    @staticmethod
    def _crossed_from_at(role: str, m: dict, gap: str, main: re.Match) -> bool:
        """A crossing told with "at" right after the origin of a verb of crossing or entering
        ("crossed from A province at the C crossing into K"): where the force crossed, passed on
        the way (GUIDELINES: a crossing on the way is a via)."""
        return role == "origin" and m.get("kind") == "crossing" and bool(main.group("verb")) \
            and _stem(main.group("verb")) in ("cross", "enter") \
            and _recompile(r"\bat\s+(?:the\s+)?$", re.I).search(gap) is not None

    @staticmethod
    def _verb_stem_before(triggers: list, at: int) -> str | None:
        """The stem of the last verb of moving that ends at or before ``at`` ("having crossed"
        in "reached B, having crossed from K at X"), or None."""
        verb = next((t for t in reversed(triggers) if t.end() <= at and t.group("verb")), None)
        return _stem(verb.group("verb")) if verb is not None else None

    def _remnant_stays_there(self, cue_at: int, s: int, e: int) -> bool:
        """Is the cue at ``cue_at`` the end of a ", leaving (only) a garrison at" phrase of
        clause [s, e) (lexicon._LEFT_IN_PLACE): the place after it is where a remnant stays?"""
        return any(a <= cue_at < b for a, b in self._left_in_place_spans(s, e))

    def _left_in_place_spans(self, s: int, e: int) -> list[tuple[int, int]]:
        """The spans of clause [s, e)'s phrases of who stayed (", leaving 50 soldiers behind",
        ", leaving only a small garrison at"): each "leaving" trigger's _left_in_place."""
        return [sp for sp in (self._left_in_place(t.start("verb"), s, e) for t in self._triggers_in(s, e)
                              if t.group("verb") and t.group("verb").lower() == "leaving") if sp]

    def _left_in_place(self, at: int, s: int, e: int) -> tuple[int, int] | None:
        """The span of ", leaving X in charge / behind" whose "leaving" is at ``at`` in clause
        [s, e), or None: X stayed where the movement told before left it (no trigger, no count)."""
        comma = self.text.rfind(",", s, at)
        if comma < 0 or self.text[comma + 1:at].strip():
            return None
        m = _LEFT_IN_PLACE.match(self.text, comma, e)
        return m.span() if m is not None and m.start("verb") == at else None

    def _list_item(self, at: int) -> tuple[int, int] | None:
        """(where the list begins, where the item begins) when ``at`` is on a bullet line of a
        list ("- ", "• ", "3/ ", "a. " at the start of consecutive lines), else None: a
        sitrep's, a brief's or a thread's items are told apart (events: different_list_items)."""
        line = self.text.rfind("\n", 0, at) + 1
        if not _LIST_LINE.match(self.text, line):
            return None
        cache = self.__dict__.setdefault("_list_starts", {})
        if line not in cache:
            first = line
            while first > 0:
                prev = self.text.rfind("\n", 0, first - 1) + 1
                if not _LIST_LINE.match(self.text, prev):
                    break
                first = prev
            cache[line] = first
        return cache[line], line

    def _triggers_in(self, a: int, b: int) -> list[re.Match]:
        """The triggers starting in [a, b), by bisection."""
        return self._triggers[bisect.bisect_left(self._trigger_starts, a):bisect.bisect_left(self._trigger_starts, b)]

    def _relieved_at(self, mention: dict, triggers: list[re.Match]) -> int | None:
        """Is ``mention`` where the unit stands that a force relieves, replaces or takes over
        from ("relieved the Nigerian contingent in X", "will replace the battalion stationed at
        Y")? Then it is where the relieving force went (lexicon.json relief_in_place). Returns
        the offset of the verb."""
        start = mention["phrase"]["start"] if mention.get("phrase") else mention["start"]
        for t in triggers:
            if t.group("verb") and t.end() <= start and _stem(t.group("verb")) in _RELIEF_VERBS \
                    and _RELIEVED_AT.fullmatch(self.text, t.end(), start):
                return t.start()
            # ("Two Italian platoons were relieved at X by Romanian gendarmes": the place of the
            # passive's relief, right after the verb, read.relieved_by)
            if t.group("verb") and t.end() <= start and relieved_by_force(self.text, t, len(self.text)) \
                    and relieved_at_place(self.text, t.end(), start):
                return t.start()
            if t.group("verb") and t.end() <= start and _stem(t.group("verb")) in _RELIEF_VERBS \
                    and code_relieved_at(self.text, t.start(), t.end(), start):
                return t.start()  # ("ESTPLA-32 replaced ESTPLA-31 at X": read.numbered_rotation)
        return None

    def _joined_to_previous(self, index: int) -> bool:
        """Is clause ``index`` joined to the one before it inside one sentence by a joiner or a
        relative word (", and the trucks drove ...", "... while a battalion marched ...")?"""
        s, _e = self.spans[index]
        if index == 0 or not _JOINED_BEFORE.search(self.text, max(0, s - 16), s):
            return False
        ps, pe = self.spans[index - 1]
        return pe <= s and self.text[pe:s].strip(" ,;").lower() in (
            "and", "while", "whereas", "but", "where", "which", "whose", "", "and meanwhile", "while meanwhile")

    def _frame_of_previous(self, index: int) -> tuple[str, str] | None:
        """The status that the words opening the sentence, before the first clause's verb, give
        every clause joined to it: "The army denied that soldiers were flown to X and the
        trucks drove to Y" denies both; "In 2019, ... and ..." and "Every month, ... and ..."
        set both in the background. (Only for a clause joined to the one before it: its own
        words decided "reported".)"""
        if not self._joined_to_previous(index):
            return None
        ps, pe = self.spans[index - 1]
        if self.text[pe:self.spans[index][0]].strip(" ,;").lower() in ("but", "whereas"):
            # a contrast sets the clause against the frame: "Columns usually travel from A to B
            # by road, but on Sunday a column was flown to B" (read84)
            return None
        verb = next((t for t in self._triggers_in(ps, pe) if t.group("verb")), None)
        if verb is None:
            return None
        frame = self.text[ps:verb.start()]
        denial = _DENIAL.search(frame)
        if denial:
            return "denied", f"denied: a word of denial before the verb of the clause it is joined to '{denial.group(0)}'"
        year = _IN_YEAR.search(frame)
        if year and not (self.published and int(year.group(1)) >= self.published.year):
            return "background", f"background: a past year opening the sentence '{year.group(0)}'"
        habitual = _HABITUAL_GATE.search(frame)
        if habitual:
            return "background", f"background: a habitual adverb opening the sentence '{habitual.group(0)}'"
        return None

    def _other_mover_joined(self, index: int, upto: int) -> bool:
        """Is clause ``index`` joined to the clause before it in one sentence (", and the
        trucks drove ...", ", which the militants had left ...") with a subject that names
        another kind of mover than that clause's? Then "the trucks" is no word that refers
        back to the soldiers just told: a movement of its own, not theirs carried on."""
        s, _e = self.spans[index]
        if not self._joined_to_previous(index):
            return False
        ps, pe = self.spans[index - 1]
        own = {w.lower() for w in _MOVER.findall(self.text, s, upto)}
        verb = next((t for t in self._triggers_in(ps, pe) if t.group("verb")), None)
        if verb is not None and _stem(verb.group("verb")) == "order":
            # the subject of an order is who gave it; the moving force is what it ordered
            # ("The governor, then head of the council, ordered the transfer of a company from A
            # to B, where the company arrived": that company, s49 read138)
            before = {w.lower() for w in _MOVER.findall(self.text, verb.end(), pe)}
        else:
            before = {w.lower() for w in _MOVER.findall(self.text, ps, verb.start() if verb else pe)}
        return bool(own and before and not own & before)

    def _relative_about_place(self, mentions: list[dict], s: int, e: int) -> dict:
        """The places (by id, with the name they are told about) inside a relative clause that
        follows a place of this clause (", where ...", ", which ...", ", whose ...", up to the
        next comma or the clause's end): the clause says something about that place ("moved
        into X, where rebels had cut the road to Y"), and its places are no part of the
        movement. Not when it has a verb of movement or opens with "it"/"they": then it tells
        the mover's own story on ("reached X, where it stopped before heading to Y"). (A
        relative clause that tells a movement of a subject of its own is a clause of its own:
        _own_subject_joins.)"""
        out: dict = {}
        if any(a["start"] > b["start"] for a, b in zip(mentions, mentions[1:])):
            mentions = sorted(mentions, key=lambda m: m["start"])
        for i, m in enumerate(mentions):
            rel = _RELATIVE_JOIN.match(self.text, m["end"], e)
            if rel is None:
                continue
            stop = _RELATIVE_END.search(self.text, rel.end(), e)
            upto = stop.start() if stop else e
            if _PRONOUN_FIRST.match(self.text, rel.end()) or any(
                    t.group("verb") for t in self._triggers_in(rel.end(), upto)):
                # "X, where it stopped before heading to Y": the mover's own story goes on there
                continue
            for n in mentions[i + 1:]:  # (in order of start: only those up to its end are read)
                if n["start"] >= upto:
                    break
                if rel.end() <= n["start"]:
                    out.setdefault(id(n), m["surface"])
        return out

    def _relative_antecedent(self, s: int, main: re.Match, slots: list = ()) -> tuple[str, dict] | None:
        """A clause that opens a relative clause after a place ("X, where a second battalion
        arrived from Y", "X, which the rebels had left for Y"): that place's role in the
        movement the clause tells, by the relative word and the verb: "where" with a verb of
        arrival is where they went, with a verb of departure where they left; "which" is the
        verb's object (lexicon.json object_role: "left" -> origin, "entered" -> destination)."""
        rel = _recompile(r",\s*(where|which|from\s+where|from\s+which|whence)\s+$", re.I).search(self.text[max(0, s - 18):s])
        if not main.group("verb"):
            return None
        if rel is None:
            # "hold Lubero, where the army deployed troops": the relative opens inside the clause (read.where_within)
            comma = where_within(self.text, s, main.start())
            if comma is None:
                return None
            word = "where"
        else:
            comma, word = max(0, s - 18) + rel.start(), rel.group(1).lower()
        leaves_from = word != "where" and word != "which"
        before = [m for m in self._within(self.places, max(0, comma - 80), comma)
                  if m["end"] == comma or (leaves_from and not _recompile(r"[.;:!?]").search(self.text, m["end"], comma))]
        if not before:
            return None
        stem = _stem(main.group("verb"))
        if leaves_from:
            # "left for Gdansk on 17 November, from where they will be shipped to X": the move
            # told leaves from the place before, however the verb tells it (read.cuts _RELATIVE_JOIN)
            role = "origin"
        elif word == "which":
            role = _OBJECT_ROLE.get(stem)
        else:
            role = "destination" if stem in _ARRIVAL | {"reach", "enter"} else "origin" if stem in _DEPARTURE \
                else _end_left_open(slots)
        return (role, before[-1]) if role in ("origin", "destination", "via") else None

    def _moved_to_act(self, main: re.Match, purposes: list[tuple[int, int]]) -> bool:
        """Is the verb "move" followed at once by an infinitive ("the government moved to crush
        dissent in X", "the army moved quickly to secure the vote in Y")? Then it says that
        someone took steps, not that they went: the place where they act is no destination
        (as it is after "deployed units to keep order in X")."""
        if not main.group("verb") or _stem(main.group("verb")) != "move":
            return False
        return any(_MOVED_TO.fullmatch(self.text, main.end(), a) for a, _b in purposes)

    def _locus_reached(self, main: re.Match, purposes: list[tuple[int, int]], locus: dict) -> bool:
        """Is the place of a purpose clause ("to keep order in X"), with no other end told, where
        the force went? Yes after a verb that puts a force where it is to act or tells its
        arrival ("deployed police to keep order in X", "arrived to protect civilians in Y"), or
        when the purpose is to join a force already there ("left A to reinforce the garrison in
        X"); not after a verb of the force's own motion with a purpose of acting ("moved from A
        to secure the vote in X": where they mean to act, not a place told as reached).
        (lexicon.json purpose_locus)"""
        word = _stem(main.group("verb")) if main.group("verb") else main.group(0).lower()
        if word in _LOCUS_PLACING:
            return True
        start = max((a for a, b in purposes if a <= locus["start"] < b), default=None)
        if start is None:
            return True
        verbs = _PURPOSE_VERB_WORDS.match(self.text, start)
        return bool(verbs) and any(_stem(v) in _LOCUS_JOINING for v in verbs.group(0).split()[1:])

    def _moves_a_force(self, main: re.Match, e: int) -> bool:
        """Is the verb one of sending with a force as its object ("the defence minister sent 300
        troops to X", "the governor deployed police to Y")? Then an official or a civilian
        subject moved it: the movement is the force's; so too for a force as the agent of
        "escorted by" ("an aid convoy escorted by soldiers left A") (the object: the words right after the
        verb up to a preposition, as lexicon.json not_forces object_span reads it; the verbs:
        lexicon.json official_titles sending_verbs)."""
        if main.group("verb") and _stem(main.group("verb")) == "escort":
            # "an aid convoy escorted by soldiers left A": the escort is a force that moved with it
            agent = _ESCORTED_BY.match(self.text, main.end(), e)
            return bool(agent and _MOVER_GATE.search(agent.group(0)))
        if escorted_by_force(self.text, main.end(), e):
            return True  # "The governor returned to X, escorted by 200 soldiers" (read/movers)
        if not main.group("verb") or _stem(main.group("verb")) not in _SENDING_VERBS:
            return False  # ("officials welcomed the soldiers at X": they received them)
        return self._object_names_a_force(main.end(), e)

    def _object_names_a_force(self, after: int, e: int) -> bool:
        """Does the object of the verb ending at ``after`` (the words up to a preposition, before
        ``e``) name a force? The one test of _moves_a_force, _moved_a_force_object and
        _shifted_a_force: a verb whose mover is its object."""
        obj = object_after(self.text, after, e)
        return bool(obj and _MOVER_GATE.search(obj))

    def _moved_a_force_object(self, verb: re.Match, e: int) -> bool:
        """Does the verb's object name a force ("Russia massed troops near X", "Belarus has amassed
        tanks and artillery near Y")? A build-up told by a transitive verb of gathering is a
        deployment (GUIDELINES: deployment is movement), the force moved to where it was massed;
        without an object ("Nicaraguan troops have massed near X") it tells where a force is,
        no move (golden ni-massed-at-border, r19-massed-alone-twin).

        Not an attribute after a determiner ("the massed ranks of the army paraded"), nor a
        gathering before a move told after it in the clause ("massed troops in A before sending
        them into B", "massed ... and then moved ..."): there the place massed at is where that
        move began (roles._gathered_before), as before.

        why: "X massed troops near Y" read nothing; "mass" was no verb of moving (s44 read118)."""
        if _recompile(r"\b(?:the|a|an|its|their|his|her|our|these|those)\s+$", re.I).search(
                self.text, max(0, verb.start() - 8), verb.start()):
            return False
        if _recompile(r"\b(?:before|then)\s+\w+(?:ing|ed)\b", re.I).search(self.text, verb.end(), e):
            return False
        return self._object_names_a_force(verb.end(), e)

    def _shifted_a_force(self, verb: re.Match, e: int) -> bool:
        """Is ``verb`` "shift" with a force as its object ("Colombia responded by shifting two
        battalions from Bucaramanga to Cucuta", "Kyiv shifted brigades to X")? A verb of
        force_only needs a force named before it ("the focus shifted to X" tells none); a state
        that shifts its units names the force after the verb, as a verb of sending does (the
        object: the words right after the verb up to a preposition, as _moves_a_force reads it).

        why: with a state as the subject the movement was dropped (read70)."""
        if _stem(verb.group("verb")) != "shift":
            return False
        return self._object_names_a_force(verb.end(), e)

    def _purpose_target(self, locus: dict, purposes: list[tuple[int, int]]) -> str | None:
        """Is the place of a purpose clause ("to ... in X") the purpose's target rather than
        where the force is to be? Yes for a purpose of fighting or taking ("to retake the
        town in X", "to fight rebels in Y") and for securing a site there ("to secure the
        airport in Z"); then X is the aim of the fighting, not a place told as reached
        (GUIDELINES: no place within a purpose clause is an end), and no end even after a verb that places
        a force. A purpose of being there ("to keep order in X", "to reinforce security in Y",
        "to secure the vote in Z") or of joining a force there stays the place they were put
        (:meth:`_locus_reached`). Returns the purpose's words (lexicon.json purpose_target)."""
        start = max((a for a, b in purposes if a <= locus["start"] < b), default=None)
        verbs = _PURPOSE_VERB_WORDS.match(self.text, start) if start is not None else None
        if not verbs or verbs.group(0).lower().endswith(" up"):
            return None
        stems = [_stem(v) for v in verbs.group(0).split()[1:]]
        if any(v in _LOCUS_JOINING for v in stems):
            return None
        told = " ".join(self.text[start:locus["start"]].split())
        if any(v in _TARGET_FIGHTING for v in stems):
            return told
        if any(v in _TARGET_SECURING for v in stems) and _TARGET_SITE.fullmatch(self.text, verbs.end(), locus["start"]):
            return told
        return None

    def _moves_no_force(self, subject_start: int, subject: str, main: re.Match, e: int) -> str | None:
        """With no force named in the subject (``subject``, from ``subject_start`` to the verb):
        is the subject a thing (:meth:`_thing_moves`), does it move what is no force
        (:meth:`_thing_moved`), or is the movement a trip told by its purpose
        (:meth:`_trip_purpose`)? (The subject's force words are looked for once, for all three.)"""
        if _MOVER_GATE.search(subject) or _VESSEL_MOVER_GATE.search(subject):
            return None  # (a navy's ships and groups too: "A naval task group docked at X for a visit", s28m)
        if _ships_named(self.text, _sentence_start(self.text, subject_start), main.start()):
            # ("INS Delhi and INS Shakti docked at X for a visit", "Two warships, INS Delhi and INS
            # Shakti, docked ...": warships by name, their names before the verb's subject; s23)
            return None
        return self._thing_moves(subject_start, subject, main) or self._thing_moved(main, e) \
            or self._trip_purpose(main, e)

    def _thing_moves(self, subject_start: int, subject: str, main: re.Match) -> str | None:
        """Is the subject of the verb of movement, which names no force, a thing that is no force
        either ("the bill moved to parliament in X", "talks moved to Y", "Cyclone F moved into
        Z", "the outbreak reached W": lexicon.json not_forces things)? Only with no finite verb
        or pronoun between the thing and the verb: in "as talks began the rebels entered X" the
        thing is another clause's subject."""
        if not _THINGS_GATE.search(subject) or _stem(main.group("verb")) == "receive":
            return None  # (the subject of "receive" is where they went, not what moved)
        words = analyse(self.text, subject_start, main.start())
        for thing in _THINGS_GATE.finditer(subject):
            at = subject_start + thing.start()
            before = [w for w in words if w.end <= at]
            # a thing governed by a preposition is no subject ("in response to the outbreak the FDA")
            while before and before[-1].tag in ("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP$", "POS", "CD"):
                before.pop()
            if before and before[-1].tag in ("IN", "TO"):
                continue
            after = [w for w in words if w.start >= subject_start + thing.end()]
            # nor one with a verb or a pronoun of its own after it ("as talks began the rebels entered X")
            if any(w.tag == "PRP" or (w.tag in ("VBD", "VBZ", "VBP") and w.text.lower() not in _AUXILIARIES)
                   for w in after):
                continue
            if _military_companies(self.text, thing, main):
                continue
            if thing.group(0).lower() == "companies" \
                    and body_subject(self.text, _sentence_start(self.text, subject_start), main.start(), organ_subject):
                # ("The Greek Defence Ministry said two companies moved": a state's military body
                # telling a bare count of units tells of its own, so they are no firms even where
                # the report has no other word of war: read.own_count_told; the speaker stands
                # before the subject's break at "said", so it is read from the sentence start)
                continue
            return f"its subject is no force ('{thing.group(0)}')"
        return None

    def _thing_moved(self, main: re.Match, e: int) -> str | None:
        """Does a subject that names no force move what is no force either ("France withdrew
        its ambassador from X", "Hamas sent a delegation to Cairo", "sent medical aid to Y")?
        The object is the words right after the verb up to a preposition: civilians or
        officials (lexicon._CIVILIAN), goods or the things of lexicon.json not_forces objects,
        with no force, aircraft or arms named in it."""
        obj = object_after(self.text, main.end(), e)
        if not obj or _MOVER_GATE.search(obj) or _ARMS_GATE.search(obj):
            return None
        if _THING_OBJECT_GATE.search(obj) or _CIVILIAN.search(obj) or _GOODS_GATE.search(obj):
            return f"what it moved is no force ('{obj.strip()}')"
        return None

    def _trip_purpose(self, main: re.Match, e: int) -> str | None:
        """Is the movement of a subject that names no force told as a trip for talks, a visit or
        a match ("X arrived in Y for talks", "flew to Z for the second leg of the semi-final")?
        Then it is a trip of officials or of a team, no movement of a force."""
        purpose = _TRIP_PURPOSE.search(self.text, main.end(), e)
        return f"a trip {' '.join(purpose.group(0).split())}" if purpose else None

    def _goes_on_without_force(self, index: int, main: re.Match) -> str | None:
        """Is clause ``index`` the second verb phrase of a subject that was no force ("Cyclone
        F moved into X on Friday | and crossed into Y on Monday")? With no subject of its own
        (a coordinator and words of time only), it shares the previous clause's."""
        s, _e = self.spans[index]
        if index == 0 or index - 1 not in self._no_force or self.spans[index - 1][1] > s:
            return None
        before = self.text[s:main.start()]
        if not _SHARED_SUBJECT.fullmatch(before):
            return None
        return "the verb goes on from a subject that is no force (the clause before)"

    def _continues_no_force(self, s: int, subject_start: int, main: re.Match) -> str | None:
        """Is the verb the next verb phrase of a clause whose subject is no force, after a comma
        that cut it from that subject ("Specimens were collected in A, packed in ice and sent to
        B", "The envoy met the governor in A, then flew to B", "Aid workers collected the bodies
        in A and, on Friday, drove them to B")? With no subject of its own (only coordinators,
        adverbs, words of time or another verb phrase before it), it shares the clause's: the
        words before the clause's first finite verb. Only positive evidence counts: those words
        name officials, civilians, goods or a thing (as _no_force_moves and _thing_moves read
        them) and no force."""
        if subject_start <= s:
            return None  # (no comma between: the subject read already holds the clause's head)
        head_start = max([s] + [s + b.end() for b in _CLAUSE_START.finditer(self.text[s:main.start()])])
        if head_start >= subject_start:
            return None
        before = self.text[head_start:subject_start]
        shared = _SHARED_SUBJECT.fullmatch(self.text, subject_start, main.start())
        if not (shared or _PARTICIPLE_FIRST.match(self.text, subject_start, main.start())) \
                or _MOVER_GATE.search(before) or not (_no_force_moves(before) or _THINGS_GATE.search(before)):
            return None  # (asked before the tagger: most clauses name a force, or a subject of their own)
        words = analyse(self.text, head_start, main.start())
        own = [w for w in words if subject_start <= w.start < main.start()]
        if not (shared or (own and own[0].tag in ("VBD", "VBN"))):
            return None  # the verb has a subject of its own after the comma
        head_end = next((w.start for w in words if w.tag in _HEAD_ENDS or w.text in (",", ";", "(")), None)
        if head_end is None or head_end >= subject_start or words[0].tag in ("IN", "TO", "WRB", "RB") \
                or any(w.tag == "PRP" for w in words if w.start < head_end):
            return None  # the head is no subject ("In addition to the refugees it manages, ...")
        head = self.text[head_start:head_end]
        if _MOVER_GATE.search(head) or not head.strip():
            return None
        if _no_force_moves(head):
            return f"the verb goes on from a subject that is no force ('{head.strip()}')"
        thing = _THINGS_GATE.search(head)
        return f"the verb goes on from a subject that is no force ('{thing.group(0)}')" if thing else None

    def _tug_went_on(self, index: int, s: int, main: re.Match) -> bool:
        """Is the clause's subject a bare "the tug" that refers to a force's tug named in the clause
        before ("A Greek Navy tug towed the frigate to A. | The tug then sailed on to B")? Its leg
        leaves from where the clause before ended, as "... and then sailed on to B" does
        (read.craft_carries.tug_told_before); the next sentence's leg of another mover would not."""
        if index == 0:
            return False
        told = tug_told_before(self.text, self.text[s:main.start()], main.start())
        return told is not None and self.spans[index - 1][0] <= told[0] < self.spans[index - 1][1]

    def _she_is_the_ship(self, index: int, subject: str) -> bool:
        """Is the subject 'she', the ship named in the clause before (read.ship_she)?"""
        return she_is_the_ship(self.text, subject, self.spans[index - 1] if index > 0 else None)

    def _count_of_antecedent(self, frag: Fragment, before: tuple[int, int], main: re.Match) -> None:
        """A bare "they" / "it" that takes the subject of the sentence before as what moved
        (read.pronoun_antecedent) takes its count too, when its own clause counts nothing:
        "About 120 Nepali peacekeepers were welcomed home in X on Sunday. | They had flown in
        from Y" moved 120 people. The subject's words are counted as a subject is (:meth:`_what`:
        a part of a whole, "Some of the 200 soldiers", counts nothing).

        why: what moved was the counted group and its count None, what and count disagreeing
        (session 53 read152's Left: the welcome's count was not passed on to the flight; golden
        s53-read154-pronoun-count-*)."""
        counts = self._what(before[0], before[1], main)[1]
        if counts:
            frag.counts = counts
            frag.roles_why.append(f"'{self.text[before[0]:before[1]]}': the pronoun's count, told in the sentence before")

    def _pronoun_after_no_force(self, index: int, subject: str, subject_start: int | None = None) -> str | None:
        """Is the subject a bare "they" / "it" right after a sentence whose subject is no force
        ("The battalion left Goma. Thousands of refugees crossed into Rwanda. | They arrived in
        Gisenyi")? The pronoun takes the nearest subject: civilians or officials, not the force
        told before them. Only positive evidence counts: the head of the clause before (its
        words up to its first finite verb) names them (as _no_force_moves reads it) and no force."""
        if index == 0 or not (_BARE_PRONOUN.fullmatch(subject) or _BARE_ANOTHER.fullmatch(subject)):
            return None
        speaker = speaker_of_pronoun(self.text, self.spans[index][0], subject_start) if subject_start is not None else None
        if speaker is not None and (_MOVER_GATE.search(speaker) or not _no_force_moves(speaker)):
            # "The army said it sent ...": the pronoun is the speaker, a force (read.said_pronoun);
            # a speaker who is no force is a source ("Residents said they then withdrew"): as before
            return None
        ps, pe = self.spans[index - 1]
        if welcomers_watch_the_force(self.text, ps, pe):
            # "... welcomed home at X. Their families cheered as they landed. | They had flown in
            # from Y": the pronoun goes on from the force's "they" (read.welcomers_watched)
            return None
        if index - 1 in self._no_force:
            return "the pronoun refers to the subject of the clause before, which is no force"
        words = analyse(self.text, ps, pe)
        head_end = next((w.start for w in words if w.tag in _HEAD_ENDS), None)
        if head_end is None:
            return None
        head = self.text[ps:head_end]
        if _recompile(r"(?:said|says|told|reported|added|claimed)\b", re.I).match(self.text[head_end:pe]):
            return None  # who speaks is a source: "Residents said the town was calm. They ..."
        if _MOVER_GATE.search(head) or not _no_force_moves(head):
            return None
        return f"the pronoun refers to the subject of the clause before, which is no force ('{head.strip()}')"

    def _named_person(self, subject_start: int, main: re.Match, s: int, e: int) -> str | None:
        """Is the subject a person named with no title ("Ruto flew to Luanda", "Tshisekedi
        travelled to Addis Ababa") going somewhere by a verb whose subject itself goes? Then
        it is a person's trip (GUIDELINES: trips of officials), no force. One bare name, or a
        longer one that opens with a given name or that the text gave a title before; never a
        name the mention finder read (a place, a country, a demonym), an acronym, a name with
        digits or an armed group news names bare; only with no force or arms named in the
        clause and no object after the verb (lexicon.json named_person)."""
        if _stem(main.group("verb")) not in _PERSON_VERBS:
            return None
        if fronted_verb(self.text, s, main.end()):
            return None  # "Also arriving in X were ...": the subject comes after the verb (read.among_inverted)
        subject = _PERSON_SUBJECT.match(self.text, subject_start, main.start())
        if not subject or not _PERSON_AFTER_VERB.match(self.text, main.end(), e):
            return None
        name = subject.group("name")
        words = name.split()
        at = subject.start("name")
        if any(w in _NOT_PERSON_NAMES or (len(w) > 1 and w.isupper()) or any(c.isdigit() for c in w)
               for w in words) or self._overlaps_a_name(at, at + len(name)):
            return None
        if _MOVER_GATE.search(self.text, s, e) or _ARMS_GATE.search(self.text, s, e):
            return None  # "Ruto flew to X with 200 soldiers": a force goes too
        if len(words) > 1 and not (words[0].lower() in GIVEN_NAMES or self._titled_before(words[-1], at)
                                   or _flown_by_a_name(words, main)):
            return None  # "Boko Haram arrived in X": two names are a person's only with a sign of one
        if len(words) == 1 and "-" in name:
            return None
        if len(words) == 1 and force_kind(name) is not None:
            return None  # "Militiamen left X for Y", "Gunmen entered X": a force's noun opening the sentence
        if _AIRCRAFT_MODEL_PLURAL.search(name):
            return None  # "Four Eurofighters flew to X": aircraft by their model's name (lexicon.json aircraft_models)
        return f"a person's trip ('{name}', a name with no force)"

    def _overlaps_a_name(self, lo: int, hi: int) -> bool:
        """Does a name the mention finder read overlap [lo, hi)? (the plain test: any(a < hi and
        lo < b) over the names)"""
        k = bisect.bisect_left(self._named_starts, hi)  # the names that start before hi
        return k > 0 and self._named_reach[k - 1] > lo

    def _titled_before(self, surname: str, before: int) -> bool:
        """Did the text name this person earlier with a title or a given name ("President
        William Ruto ... Ruto flew")?"""
        # (asked of the stretches of text that hold the surname, not of all the text before it:
        # read.titled_before)
        told = self.__dict__.get("_names_told")
        if told is None or told.text is not self.text:
            told = self.__dict__["_names_told"] = NamesTold(self.text)
        return told.titled_before(surname, before)

    def _not_reached(self, mention: dict, s: int) -> bool:
        """Did the force turn back before reaching ``mention`` ("turned back before reaching
        X", "was forced to turn back before arriving in X")? Then X is no end of the movement."""
        start = mention.get("phrase", {}).get("start", mention["start"]) if mention.get("phrase") else mention["start"]
        before = _REACH_CUE_END.sub("", self.text[max(s, start - 90):start])
        return _NOT_REACHED_GATE.search(before) is not None

    def _main_after_aside(self, index: int, verb_at: int) -> bool:
        """Is clause ``index`` the main clause after a relative aside that was read as a clause
        of its own ("The Ugandan troops, who had been flown in from X, | arrived in Y")? Its
        subject is the aside's antecedent: the group the aside told of, as "they" would be.
        (An aside of arrival makes the main clause a next leg instead: see _clauses.)"""
        return self._aside_antecedent(index, verb_at) is not None

    def _aside_antecedent(self, index: int, verb_at: int, legs_too: bool = False) -> tuple[int, int] | None:
        """Where the words before the relative aside stand ([start, end): "The aid workers" of
        "The aid workers, who left A on Friday, | have reached B") when clause ``index`` is the
        main clause after that aside, its verb at ``verb_at``; None otherwise."""
        s, _e = self.spans[index]
        # (auxiliaries may stand before the verb: "| has taken up position in Y")
        if index == 0 or (s in self.leg_starts and not legs_too) or not (
                _AUXILIARIES_OR_SIGHTING.fullmatch(self.text, s, verb_at) or _VERB_PHRASE_AND.fullmatch(self.text, s, verb_at)):
            return None
        ps, pe = self.spans[index - 1]
        aside = _ASIDE_AT_END.search(self.text, ps, s) or PART_ASIDE_AT_END.search(self.text, ps, s) \
            or SENT_ASIDE_AT_END.search(self.text, ps, s)  # (read.part_aside, read.sent_aside)
        if aside is None and "had" in self.text[ps:s]:
            # ("Wagner fighters who had left X in February | returned there": read.left_then_returned)
            aside = RELATIVE_DEPARTURE_AT_END.search(self.text, ps, s)
        if aside is None and ("who " in self.text[ps:s] or "that " in self.text[ps:s]):
            # ("The gendarmes who fled X last month | have returned": read.left_then_returned)
            aside = RELATIVE_DATED_DEPARTURE_AT_END.search(self.text, ps, s)
        if aside is None:
            # ("The battalion that will deploy to X | left Y": read.subject_relative_modal)
            aside = RELATIVE_PLAN_AT_END.search(self.text, ps, s)
        if aside is None and " to " in self.text[ps:s]:
            # ("Troops ordered by the president to reinforce the border | left Y": read.ordered_relative)
            aside = ORDER_RELATIVE_AT_END.search(self.text, ps, s)
        return (ps, aside.start()) if aside is not None and pe == s else None

    def _crossed_into(self, main: re.Match, triggers, cue_at: int) -> bool:
        """Is the country's cue at ``cue_at`` governed by a verb of crossing or entering: the main
        verb, or one of the clause's later verbs right before the cue ("began pulling out of A
        and crossed back into K at X": X is where they crossed)?"""
        if main.group("verb") and _stem(main.group("verb")) in ("cross", "enter"):
            return True
        return any(t.group("verb") and _stem(t.group("verb")) in ("cross", "enter") and t.end() <= cue_at
                   and _CROSSED_BACK_GAP.fullmatch(self.text, t.end(), cue_at) for t in triggers)

    def _force_before_aside(self, index: int, verb_at: int) -> bool:
        """Is clause ``index`` the main clause after a relative aside (_main_after_aside) whose
        antecedent names a force, a vessel or materiel ("The French frigate Languedoc, which left
        Djibouti on Friday, | has taken up position in the Red Sea")? A verb that tells a
        movement only of a force named before it (lexicon force_only) has one there."""
        antecedent = self._aside_antecedent(index, verb_at)
        return antecedent is not None and any(p.search(self.text, *antecedent) for p in (_MOVER_GATE, _VESSEL_MOVER_GATE, _MATERIEL_MOVER_GATE))

    def _pronoun_of_a_mover(self, index: int, verb_at: int) -> bool:
        """Is clause ``index`` opened by a pronoun subject ("from where they were | taken by road
        to B", "and they were then | taken by air to C") right after a clause of the same
        sentence that names a force, a vessel or materiel, which the pronoun refers to? A verb of
        force_only (lexicon) then has its force (s28m: the road leg after a flight was lost)."""
        if index == 0:
            return False
        ps, pe = self.spans[index - 1]
        # (from the end of the clause before: the words that join the two may lie between them)
        if not pe <= self.spans[index][0] <= verb_at or not _PRONOUN_CLAUSE_OPENING.fullmatch(self.text, pe, verb_at):
            return False
        # (and back along clauses whose subject is a pronoun too: "The battalion was withdrawn to A.
        # On 3 June it marched to B, where it entrained for C": read.pronoun_chain)
        for back in range(index - 1, max(-1, index - 1 - CHAIN_CLAUSES), -1):
            ps, pe = self.spans[back]
            if any(p.search(self.text, ps, pe) for p in (_MOVER_GATE, _VESSEL_MOVER_GATE, _MATERIEL_MOVER_GATE)):
                return True
            if not opened_by_pronoun(self.text, ps, pe):
                return False
        return False

    def told_on_the_way(self, index: int) -> bool:
        """Does clause ``index`` name a place and tell of something done on the way ("Along the
        way, the column restocked X")? (Read by assemble.via_on_the_way once routes are whole.)"""
        s, e = self.spans[index]
        # (the places first: a bisection, cheaper than the search, and most sentences have none)
        return bool(self._within(self.places, s, e)) and _ON_THE_WAY_GATE.search(self.text, s, e) is not None

    def _another_mover_at(self, main: re.Match, triggers, s: int, e: int, frag: Fragment) -> int | None:
        """Where a second mover of the clause begins: "A convoy moved from A to B and another
        arrived in C", "..., while a second column reached D": another / a second / the other
        as the subject of a verb of movement after the main one is a new movement (GUIDELINES),
        which shares none of the first one's places. But a group told as its parts ("Two
        convoys left A, one reaching B and the other / another arriving in C") left together:
        "the other", or any cue after "one", is a movement of its own only with its own origin."""
        for t in triggers:
            if t.start() > main.end() and t.group("verb"):
                cue = _ANOTHER_MOVER_GATE.search(self.text, max(main.end(), t.start() - 60), t.start())
                if cue is None:
                    continue
                at = cue.start("who")
                part = cue.group("who").lower().startswith("the") or _ONE_OF_GROUP.search(self.text, s, at)
                if part and not any(k >= at for _p, k in frag.origin):
                    return None
                return at
        return None

    def _subject_told_before(self, index: int, s: int, e: int, main: re.Match, subject_start: int, list_item: bool,
                             place_before_aside: bool, same_mover: bool) -> "SubjectTold":
        """Does the subject of clause ``index`` [s, e) refer back to a group told before it
        (Fragment.anaphoric), and by which words that change what moved? ``same_mover``: does
        what moved read as "the same <mover>"? (A reading of the clause's own words: what
        fragment() reads of it before its verb; the same answer whenever it is asked.)

        why: read apart from the rest of the clause so that a pass that lends only from a
        clause that refers back (count_told_after, date_told_after) knows the answer before
        reading the clause whole, where what moved is not read yet: the answer can be True only
        if it is with ``same_mover`` True (no test below sets it back from True that another
        would not), and ``same_mover`` can be True only where the report says "the same"
        (:meth:`_tells_the_same`); so a clause whose subject cannot refer back is passed over
        unread (fragment's ``referring``).
        16 of the 21 clauses those passes read whole in the dev reports referred back by no
        word (speed156)."""
        text = self.text
        upto = main.start() if main.group("verb") else main.end()
        # (a coordinated clause's subject after its joiner: "Ansongo is the first town on that
        # road, and by nightfall the column had advanced ...")
        joined = _JOINER_BEFORE_SUBJECT.match(text, subject_start, upto) if subject_start > s else None
        subject_at = joined.end() if joined else subject_start
        # (after a list item's marker: "3/ The tanks were unloaded at X", s33m)
        marker = _LIST_MARKER.match(text, s, upto) if list_item else None
        anaphoric = bool(_ANAPHOR_SUBJECT.match(text[marker.end() if marker else s:upto]) or
                         (subject_start > s and _ANAPHOR_SUBJECT.match(text[subject_at:upto])
                          and not _recompile(r"\s*(?:it|they)\b", re.I).match(text[subject_at:upto]))
                         # (not when the aside's antecedent is the passive's place: "X, which the
                         # army had left, | was reached by soldiers from Y" names its mover after "by")
                         or (self._main_after_aside(index, upto) and not place_before_aside)
                         or _PARTICIPLE_THEN_PRONOUN.match(text, s, e) is not None
                         # "Residents filmed it passing through X" (read.seen_moving)
                         or seen_moving(text[s:upto])
                         or same_mover
                         # "the launchers had been brought from Y" (read.weapons_told_before)
                         or weapons_told_before(text, marker.end() if marker else s, upto)
                         or (subject_start > s and weapons_told_before(text, subject_at, upto)))
        by, owner = "", None
        if not anaphoric and self._she_is_the_ship(index, text[subject_at:upto]):
            anaphoric, by = True, "ship"  # "The frigate X docked at A. She had sailed from B" (read.ship_she)
        if not anaphoric and refers_back_to_service(text, subject_at, upto, self._states):
            anaphoric = True  # "US Marines landed at X. The Marines were later moved to Y" (read.services)
        if not anaphoric and owner_after_belonging(text, s):
            anaphoric = True  # "The vehicles belong to | the 4th Tank Division, which moved ..." (read.owner_told)
        elif not anaphoric and (owner := owner_with_belonging_aside(text[s:upto])) is not None:
            anaphoric, by = True, "owner"  # "The 4th Tank Division, to which the vehicles belong, left ..." (read.owner_told)
        if not anaphoric and main.group("verb") and continues_log(text, s, main.start()) \
                and opens_sentence(text, s):
            anaphoric = True  # "0610 Patrol boat P 12 departed A. 0930 arrived B." (read.log_entry)
        if not anaphoric and fronted_part(text, s, upto):
            anaphoric = True  # "Of these, 250 left A": a part of the group told before, as "250 of these" (read.elided_count)
        if anaphoric and self._other_mover_joined(index, upto):
            anaphoric = False
        if anaphoric and refers_to_no_group(text, s, upto):
            anaphoric = False  # "the militants" after a state's force (read.armed_groups)
        if anaphoric and subject_of_time_clause(text, s, upto):
            anaphoric = False  # "... after the soldiers stationed in B arrived from C": another force (read.after_clause)
        if anaphoric and named_by_what_it_did(text[subject_at:upto]):
            anaphoric = False  # "the battalion that had finished its training at X" (read.relative_subject)
        if not anaphoric and opens_sentence(text, s) \
                and refers_back_by_possessive(text[s:upto].lstrip()):
            # "Their vehicles had left X." opening a sentence: the force told before (read.force_reference)
            # (not "..., while their vehicles were driven there": another part, told apart)
            anaphoric = True
        if not anaphoric and moved_them(text, main) and opens_sentence(text, s):
            # "The junta then flew them to B": what moved is the group told before, not the
            # junta (read.moved_them; "moved troops to A and sent them on to B" in one sentence
            # is read as a next leg already, s43)
            anaphoric, by = True, "them"
        return SubjectTold(anaphoric, by, owner if by == "owner" else None)

    def _unread(self, frag: Fragment, s: int, e: int, main: re.Match, triggers) -> Fragment:
        """A fragment with no end and no place passed, as far as it is read: its status only
        when the clause is told on the way (the one reading of it that asks), else None."""
        if self.told_on_the_way(frag.sentence):
            frag.status, frag.status_why = self._status(s, e, main, triggers)
        else:
            frag.status = frag.status_why = None
        frag.enters = main.group("verb") is not None and _stem(main.group("verb")) in ("enter", "cross", "come")
        return frag

    def _sides(self, mentions: list[dict], s: int) -> set[int]:
        """Mentions (by id) told as the two sides of something: "between A and B", "the
        border between the A and the B"."""
        out: set[int] = set()
        for a, b in zip(mentions, mentions[1:]):
            start = a.get("phrase", {}).get("start", a["start"]) if a.get("phrase") else a["start"]
            if _BETWEEN_BEFORE.search(self.text, max(s, start - BETWEEN_REACH_CHARS), start) \
                    and _BETWEEN_AND.fullmatch(self.text, a["end"], b["start"]):
                out.update((id(a), id(b)))
        return out

    def _route_between(self, mentions: list[dict], sides: set[int], triggers, s: int,
                       stems: frozenset | set = _ROUTE_BETWEEN) -> set[int]:
        """Of the sides (by id), the two ends of a route: "between A and B" right after a verb
        of travel or its object ("travelled between A and B", "moved troops between A and B"),
        with no preposition or noun of a line or area before it ("the border between A and B").
        ``stems``: the verbs asked (_PASSAGE_BETWEEN: the two places a ship passed between)."""
        out: set[int] = set()
        verbs = [t for t in triggers if t.group("verb") and _stem(t.group("verb")) in stems]
        if not verbs:
            return out
        for a, b in zip(mentions, mentions[1:]):
            if id(a) not in sides or id(b) not in sides:
                continue
            at = self.text.rfind("between", s, a["start"])
            for t in verbs:
                gap = _ROUTE_BETWEEN_GAP.match(self.text, t.end()) if t.end() < at else None
                if gap and gap.end() == at and not _CLAUSE_BREAK.search(self.text, t.end(), at):
                    out.update((id(a), id(b)))
                    break
        return out

    def _purposes(self, toks: list, clause_end: int) -> list[tuple[int, int]]:
        """Spans of purpose clauses: from ``to`` + a base verb that moves nothing ("to retake",
        "to reinforce", "to help secure") to the end of that clause (a comma, a semicolon, or
        ``and`` before a finite verb). A movement verb after ``to`` is the movement itself
        ("began to withdraw to X"), whose status the clause's modality decides."""
        out = []
        for start in purpose_starts(toks):
            i = next(k for k, t in enumerate(toks) if t.start == start)
            j = i + 1 if toks[i + 1].tag != "RB" else i + 2
            verb = toks[j]
            if verb.text.lower() == "be" and j + 1 < len(toks) and i > 0 and (
                    toks[i - 1].text.lower() in _TO_BE_AFTER
                    or (toks[i - 1].text.lower() == "due" and i > 1 and toks[i - 2].text.lower() in _TO_BE_AFTER)):
                # "troops are (due) to be deployed to X": the passive infinitive is the movement
                # itself, planned (lexicon._MODAL); "sent to X to be deployed to Y" stays a purpose
                verb = toks[j + 1]
            elif verb.text.lower() == "be" and j + 1 < len(toks) and _raised_by_report(toks, i):
                verb = toks[j + 1]  # "troops are reported to be moving to X": the movement, told
            if _stem(verb.text) in _VERB_FORMS and _stem(verb.text) not in _PURPOSE_VERBS \
                    and not carries_out(self.text, verb.text, verb.end):
                continue  # (but "to carry out works": a purpose, read.forces.carries_out)
            if verb.text.lower() in _SHOWING_VERBS:
                continue  # "footage appeared to show a column moving to X": what was seen, no purpose
            if i > 0 and toks[i - 1].text.lower() in PLAN_BEFORE_TO and verb.text.lower() not in PURPOSE_BASE_VERBS \
                    and task_before_move(self.text, verb.start, clause_end):
                continue  # "are expected to refuel before sailing to B": the plan's task, no purpose (read.modal_after_and)
            end = clause_end
            if (told := _told_that(toks, i, j, verb)) is not None:
                out.append((start, told))  # "wishes to inform the public | that 1,000 soldiers departed X"
                continue
            if (own := report_infinitive_end(toks, i)) is not None:
                out.append((start, own))  # "Gunmen believed to belong to X | crossed ...": up to the verb (read.report_participle)
                continue
            for k in range(i + 2, len(toks)):
                t = toks[k]
                if t.text in (",", ";", ":", "(", ")") or (
                        t.text.lower() in ("and", "but", "then") and k + 1 < len(toks)
                        and toks[k + 1].tag in ("VBD", "VBZ", "VBP", "MD")):
                    end = t.start
                    break
            out.append((start, end))
        return out

    def _up_to_finite_verb(self, at: int, words: str) -> str:
        """``words`` (the text from ``at``) up to its first finite verb after a noun: the noun
        phrase of what moved, not the predicate told of it ("about 200 vehicles | broke the
        jihadist blockade of the northern town", s25; "40 trucks | was seen on the road", read71)."""
        if self.text[at:at + len(words)] != words:
            # (the words were trimmed or taken from elsewhere: no offsets to tag; the auxiliary
            # of the clause's own verb still ends them, "A column of 40 trucks | was seen", read71)
            return _VERB_AFTER_OF.split(words, maxsplit=1)[0]
        seen_noun = False
        for t in analyse(self.text, at, at + len(words)):
            if seen_noun and t.tag in ("VBD", "VBZ", "VBP"):
                return self.text[at:t.start].rstrip(" ,")
            seen_noun = seen_noun or t.tag.startswith("NN")
        return words

    def _finite_verb_at(self, at: int, e: int) -> bool:
        """Does a finite verb open the words at ``at`` ("The column | followed the main road to
        X", "The convoy | took the coast road")? Then the group noun before it is the subject
        and what moved, not those words.

        why: after a group noun as the trigger, the words up to the place were read as what
        moved ("followed the main road")."""
        toks = [t for t in analyse(self.text, at, min(e, at + 40)) if t.text.strip()]
        return bool(toks) and toks[0].tag in ("VBD", "VBZ", "VBP")

    def _accord_reached(self, t: re.Match, s: int, e: int) -> bool:
        """'reached an agreement', 'a deal was reached', 'reached a decision': 'reach' with an
        accord or a decision as its object or subject tells of no movement."""
        return bool(_ACCORD_AFTER.match(self.text[t.end():e])
                    or _ACCORD_BEFORE.search(self.text, max(s, t.start() - 40), t.start()))

    def _in_presence_aside(self, triggers: list, s: int, e: int) -> list:
        """The verb triggers inside a participle of presence set off by commas, when the
        clause's own verb comes after it ("French troops, deployed in Mali since 2013, left Gao
        for Niamey"): they describe where the force was, as "peacekeepers deployed in X are
        patrolling" does (_attributive), and tell no movement of their own.

        why: taken as the clause's verb, "deployed in Mali since 2013" read the whole clause as
        lasting presence, and the movement told by "left" was lost."""
        found = []
        # ... and so do the verbs of a restrictive relative clause of presence before the
        # clause's own verb ("troops who had been deployed along the border since 2022 were
        # withdrawn to X", read.presence_relative)
        for a, b in presence_relative_spans(self.text, s, e, e):
            if any(t.group("verb") and t.start() >= b for t in triggers):
                found += [t for t in triggers if t.group("verb") and a < t.start() < b]
        if "," not in self.text[s:e]:
            return found
        for m in _PRESENCE_ASIDE.finditer(self.text, s, e):
            if any(t.group("verb") and t.start() >= m.end() for t in triggers):
                found += [t for t in triggers if t.group("verb") and m.start() < t.start() < m.end()]
        return found

    @staticmethod
    def _attributive(t: re.Match, toks: list, clause_end: int) -> bool:
        """A deployment participle right after a noun, with the clause's own finite verb
        later: it describes the force by where it is ("peacekeepers deployed in X are
        patrolling"), it tells of no movement."""
        if not t.group("verb") or _stem(t.group("verb")) not in _PARTICIPLE_OF_PRESENCE \
                or not t.group(0).lower().endswith("ed"):
            return False
        before = [k for k in toks if k.end <= t.start()]
        if not before or not before[-1].tag.startswith("NN"):
            return False
        if _takes_an_object(t, toks):
            return False  # "The army deployed 1,200 soldiers to X ... under a curfew declared last week": a finite verb
        # "the UN has 15,000 peacekeepers deployed in X", "there are 2,000 soldiers deployed
        # in Y": the clause's verb, before the force, says they have or are there
        verbs = [k for k in before if k.tag.startswith("VB") or k.tag == "MD"]
        if verbs and verbs[-1].text.lower() in _HAVING_BEING and verbs[-1] is not before[-1] \
                and not any(k.text in (",", ";", ":") for k in before if k.start > verbs[-1].start):
            return True
        depth = 0  # (a verb in parentheses is a note's, not the clause's own: "redeployed from A to B (confirmed)", read68)
        for k in toks:
            if k.start < t.end():
                continue
            if k.text in (",", ";", ":") or k.start >= clause_end:
                return False
            depth += (k.text == "(") - (k.text == ")")
            if depth > 0:
                continue
            if k.text.lower() in _OTHER_CLAUSE_OPENERS and not t.string.startswith(" of", k.end):
                return False  # (the verbs after it are another clause's: _OTHER_CLAUSE_OPENERS)
            if k.text.lower() in _TIME_CLAUSE_OPENERS and _DIRECTION_AFTER_PARTICIPLE.match(t.string, t.end()) \
                    and next((v.tag for v in toks if v.start > k.start and v.tag in ("VBZ", "VBP", "VBD", "MD")), None) == "VBD":
                # "KFOR troops deployed to the Jarinje crossing after Kosovo police took control of
                # it": a participle told with where it went, then a clause of time whose verb, in
                # the past, is its own (not "troops deployed to Gao after the coup are leaving for
                # Kidal": the present verb is the main clause's, the participle describes them)
                return False
            if k.text.lower() == "as" and _as_opens_a_clause(toks, k):
                return False  # "police deployed to X as opposition protests grew": the verb is another clause's
            if k.tag in ("VBZ", "VBP", "VBD", "MD") and (not _TRIGGER_RE.fullmatch(k.text)
                                                          or _PRESENCE_CUE_AFTER.match(t.string, t.end())
                                                          # ("deployed to Goma came under fire": no verb of moving, read.idle_verbs)
                                                          or idle_where_no_places(t.string, _TRIGGER_RE.match(t.string, k.start))):
                # (a verb of moving later too when the participle tells where the force was:
                # "soldiers deployed in X moved to Y" -- X where they were, read as the origin)
                return True
        return False

    def _days_listed(self, dates: list, e: int) -> list:
        """The days of one date that lists them ("on 15 and 16 November respectively", "on
        November 15 and 16 respectively"), one date each, in their order: read with
        "respectively", each member of the list has its own day (GUIDELINES: lists are
        distributed). Other dates are as found."""
        if len(dates) != 1 or dates[0].precision not in ("day", "week"):
            return dates  # ("10 and 12 November" is read as the span of the days between)
        if dates[0].date_start.month != dates[0].date_end.month:
            return dates  # ("between 28 February and 3 March": a span across a month's end, its days of two months)
        d = dates[0]
        more = _MORE_DAYS.match(self.text, d.end, e)
        if more is None and not _recompile(r"\band\b|,|&").search(d.text):
            return dates  # "10-12 November": a span, no list
        days = [int(n) for n in re.findall(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", d.text)]
        days += [int(n) for n in re.findall(r"\d{1,2}", more.group(0))] if more else []
        if len(days) < 2:
            return dates
        each = []
        for n in days:
            try:
                day = d.date_start.replace(day=n)
            except ValueError:
                return dates
            each.append(dataclasses.replace(d, date_start=day, date_end=day, text=f"{day.day} {day:%B}"))
        return each

    def _dates_in(self, dates: list, s: int, e: int) -> list:
        """The dates starting in [s, e): by bisection when sorted by start (a scan of every
        date per clause was quadratic on long reports), else by a scan."""
        key = ("dates", id(dates))
        if key not in self._starts:
            starts = [d.start for d in dates]
            self._starts[key] = starts if all(a <= b for a, b in zip(starts, starts[1:])) else None
        starts = self._starts[key]
        if starts is None:
            return [d for d in dates if s <= d.start < e]
        return dates[bisect.bisect_left(starts, s):bisect.bisect_left(starts, e)]

    def _state_named(self, words: str, s: int, e: int) -> bool:
        """Are ``words`` (a speaker's) the name of a country the finder read in [s, e) as one
        that acts ("Rwanda denied ...")?"""
        words = words.strip()
        return owned_subject_only(self.text, s, e) and any(m.get("kind") == "country" and m["surface"] == words
                   for found in (self.actors, self._countries) for m in self._within(found, s, e))

    def _went_home_after_and(self, main: re.Match, e: int) -> bool:
        """Does a second verb of the clause, joined to the main one by "and", go home ("pulled out
        of Gedo region and returned home", "left Beirut and flew back home")? Home is then where
        the one movement ended, as after the main verb itself.

        why: "Ethiopian troops pulled out of Gedo region and returned home" had no destination,
        "Ethiopian troops returned home from Gedo region" had Ethiopia (Somalia probe, s25)."""
        return any(t.group("verb") and t.start() > main.end() and _AND_BEFORE_VERB.search(self.text, max(main.end(), t.start() - 20), t.start())
                   and _HOME_AFTER.match(self.text, t.end(), e) for t in self._triggers_in(main.end(), e))

    def _state_craft(self, s: int, e: int) -> tuple[str | None, dict | None]:
        """(who moved, the country mention) for a noun phrase in [s, e) that is one craft of a
        state, told in the singular ("a Russian submarine"), as _actor reads it in a subject
        (aircraft_force.single_craft_before_verb); (None, None) when it is none."""
        for m in self._within(self.actors, s, e) + self._within(self._countries, s, e):
            if (tail := single_craft_ending(self.text, m["end"], e)) is not None:
                return self.text[m["start"]:tail.end()], (m if m.get("lat") is not None else None)
        return None, None

    def _within(self, mentions: list[dict], s: int, e: int) -> list[dict]:
        """The mentions starting in [s, e), in their order: by bisection when they are sorted
        by start (a long report has thousands of clauses and mentions; a scan per clause
        was quadratic), else by a scan."""
        starts = self._starts.get(id(mentions))
        if starts is None:
            return [m for m in mentions if s <= m["start"] < e]
        return mentions[bisect.bisect_left(starts, s):bisect.bisect_left(starts, e)]

    def _actor(self, s: int, e: int, main: re.Match) -> tuple[str | None, dict | None]:
        """(who moves, the country mention a national force is named after: "Turkish column")."""
        # "The army retook the road; the KNLA said it pulled back from X": the clause after the
        # semicolon names its own actor, when it names one (read.semicolon_subject)
        if (semi := after_semicolon(self.text, s, main.start())) is not None:
            own = self._actor(semi, e, main)
            if own[0] is not None:
                return own
        # "SANAA, Feb 9 — The Houthis have sent ...": the subject starts after the dateline (read.dateline_subject)
        s = subject_after_dateline(self.text, s, main.start())
        # "However, ADF elements crossed ...": the subject starts after the connective (read.connective_opener)
        s = after_connective(self.text, s, main.start())
        # the second of two things said has its own subject: "The RSF said they had captured X
        # and that army units had fled toward Y" -- the army units fled, not the RSF
        said = _AND_THAT_SUBJECT_GATE.search(self.text, s, main.start())
        if said is not None:
            s = said.end()
        noun_at = noun_end(self.text, s, main)  # (a noun of moving: its "of" names who moved)
        # "In X, where the ELN has been fighting dissident fronts, 800 soldiers of Y were
        # airlifted": the subject begins after the place's aside (read.aside_named)
        s = subject_after_place_aside(self.text, s, main.start())
        # "The police launched an operation in X after gang members fled from A": the verb's own
        # subject, after the conjunction (read.subordinate_subject)
        s = subject_after_subordinator(self.text, s, main.start())
        # "Two battalions moved to X, Kenya's army said": the force's own body told after, for a
        # force with no owner of its own (read.speaker_after)
        if main.group("verb") and (after := speaker_told_after(self.text, s, main.start(), main.end())) is not None:
            return self._with_state(after, main.end(), e), None
        force = _FORCE_AFTER
        named = []
        home = None
        # ("A KC-135 tanker that refuelled them over Germany returned": what the subject did, told
        # in a relative clause before the verb, names no one who moved)
        relative = _RELATIVE_IN_SUBJECT_GATE.search(self.text, s, main.start())
        told_in_relative = (lambda at: relative is not None and relative.start() <= at < main.start())
        for m in self._within(self.actors, s, e) + self._within(self._countries, s, e):
            if told_in_relative(m["start"]):
                continue
            if s <= m["start"] < e and not named_as_backer(self.text, s, m["start"]):  # (", backed by Rwandan troops,": read.backed_by)
                tail = force.match(self.text, m["end"])
                if tail is None and m.get("kind") == "country" and m["end"] < main.start() \
                        and (owned := _FORCE_AFTER_POSSESSIVE.match(self.text, m["end"], main.start())) is not None:
                    # "Kenya's first contingent of 200 police officers landed": the state's force,
                    # told without its count or ordinal (s36 lead)
                    named.append((m["start"], f"{self.text[m['start']:m['end']]}'s {owned.group('force')}"))
                    if m.get("lat") is not None:
                        home = m
                    continue
                if tail is None and main.group("verb") and m["end"] <= main.start() \
                        and (m.get("kind") == "country" or m.get("role") in ("actor", "demonym")):
                    # "Two US B-52 bombers flew ...": the aircraft as the subject of the verb of
                    # moving, no other verb between (read.aircraft_force)
                    tail = aircraft_after(self.text, m["end"]) or single_craft_before_verb(self.text, m["end"], main.start())
                    if tail is not None and not subject_of_verb(self.text, tail.end(), main.start()):
                        tail = None
                if tail and m["end"] < main.start() < tail.end():
                    tail = None  # "Russia withdrew its troops": the verb is not part of a name
                if tail and _finite_verb_between(self.text, m["end"], tail.end()):
                    tail = None  # "Ukraine reported troops moving": who reported, not a force's name
                if tail:
                    named.append((m["start"], self.text[m["start"]:tail.end()]))
                    if m["start"] < main.start() and m.get("lat") is not None and not is_armour(tail):
                        home = m
                elif home is None and _owns_the_subject_force(self.text, m, main.start()):
                    # "Niger's army moved troops to the Mali border": the state whose force the
                    # subject is, as "Nigerien troops" tells it (the name itself is read by
                    # _actor_names; here only whose side a border is, own_side_of_named_border)
                    home = m
        for m in _actor_names(self.text, s, e):
            if told_in_relative(m.start()):
                continue
            if named_as_backer(self.text, s, m.start()):
                continue  # (", backed by Rwandan soldiers,": who backed the subject, read.backed_by)
            before = self.text[max(s, m.start() - 12):m.start()]
            if _recompile(r"(?:\d|\bof)\s*$").search(before) and not _counted_force(self.text, s, m) \
                    and not (noun_at is not None and noun_at <= m.start()
                             and _NOUN_OF.fullmatch(self.text, noun_at, m.start())) \
                    and not (_FORMATION_OF_BEFORE.search(self.text, max(s, m.start() - 60), m.start())
                             and not _recompile(r"\d\s*$").search(before)) \
                    and not _members_of_force(self.text, s, m):
                continue  # (but "a contingent of (850) Wagner fighters" names who moved)
            if _FORCE_NAMED.search(m.group("actor")) and _FORCE_NAME_GOVERNED.search(self.text, max(s, m.start() - 40), m.start()) \
                    and not _members_of_force(self.text, s, m) \
                    and not counted_by_vague_number(self.text, s, m) \
                    and not _FORMATION_OF_BEFORE.search(self.text, max(s, m.start() - 60), m.start()):
                # (but "a column of the Republican Guard" moved as the force it is of)
                continue  # "a blockade enforced by the Arakan Army", "soldiers from the
                # 16th Infantry Division": a force's name after a preposition is no subject
            named.append((m.start(), m.group("actor")))
        # (not a ship named as the escort: "The supply boat X, escorted by BRP A and BRP B, departed": read.backed_by)
        named += [n for n in _ships_named(self.text, s, e) if not named_as_backer(self.text, s, n[0])]
        if noun_at is not None:
            # a movement noun's "of" names who moved: "the deployment of 500 Kenyan troops"
            owner = next((n for n in named if n[0] >= noun_at and _NOUN_OF.fullmatch(self.text, noun_at, n[0])), None)
            if owner is not None:
                return _bare_name(owner[1]), home
        if main.group("verb") and _stem(main.group("verb")) == "lead":
            # "General K led Ugandan troops into X": the force led is who moved (_led_a_force)
            led = next((n for n in named if n[0] >= main.end()), None)
            if led is not None:
                return _bare_name(led[1]), home
        if (driven := driven_force(self.text, main, e)) is not None:
            # "Rebels pushed government soldiers out of A": the force driven out moved, not the
            # side that drove it (read.driven_force); a force named in the object by its name
            # first ("drove Ugandan troops out of A")
            inside = next((n for n in named if main.end() <= n[0] < driven.end("object")), None)
            if inside is not None:
                return _bare_name(inside[1]), home
            actor = driven_actor(driven)
            return (None if generic_force_word(actor) else actor), home
        escorted = escorted_force(self.text, main, named)
        if escorted is not None:
            # "UNIFIL peacekeepers escorted the Lebanese soldiers from X": the force escorted
            # is whose movement is told (read/forces.escorted_force)
            return _bare_name(escorted), home
        if named and (load_end := craft_load_end(self.text, main, e)) is not None:
            # "A Navy transport carried 200 Kenyan marines to X": a force named in a craft's
            # load is who moved, before the craft's owner ("A Navy transport carried 200
            # marines": the navy); read.craft_carries, docs/reading.md
            load = next((n for n in named if main.end() <= n[0] < load_end), None)
            if load is not None:
                return _bare_name(load[1]), home
        if named and carrier_moved_a_force(self.text, self.text[s:main.start()], main, e):
            # "A ferry carried 200 Tanzanian soldiers to X": a craft of trade names no one, the
            # force it carried is who moved (read.carrier_load)
            load = next((n for n in named if n[0] >= main.end()), None)
            if load is not None:
                return _bare_name(load[1]), home
        # the actor is the subject: a force named after the verb is an object or an agent of
        # something else ("an area held by the SDF"); an anaphoric subject inherits by merging
        subject = [n for n in named if n[0] < main.start()]
        if subject and main.group("verb"):
            # "HMS A shadowed the corvette B ..., then returned to Y": a verb after "and" or ", then"
            # shares its clause's subject; a force named after the first verb is its object (read.shared_subject)
            end = subject_end(self.text, s, main)
            if end < main.start():
                subject = [n for n in subject if n[0] < end]
        # a force after a preposition is no subject ("X handed the base over to Y and left")
        # (but "of" after a formation word names the force it is made of: "Columns of M23 fighters")
        governed = [n for n in subject if _recompile(r"\b(?:to|with|by|from|of|for|against|among|alongside)\s+(?:the\s+)?$", re.I).search(self.text[max(s, n[0] - 20):n[0]])
                    and not _FORMATION_OF_BEFORE.search(self.text, max(s, n[0] - 60), n[0])]
        subject = [n for n in subject if n not in governed] or subject
        # "JNIM said it had seized X and that its fighters had entered Y": who said both moved (read.said_twice)
        own = speaker_of_own_move(self.text, subject, s, main.start())
        if own is not None:
            return _bare_name(own), home
        # who said another force moved is no actor: "the X Group said troops withdrew from Y"
        # (but a fleet, a command or a defence ministry that tells a bare count of ships moved
        # tells of its own: "the X Fleet said two corvettes left Y", read.own_count_told)
        # (past the words that close a command's name: "The 2nd Army Area said", read.command_name_rest)
        subject = [n for n in subject if not (_SPEAKER_ONLY.match(self.text, past_the_name_rest(self.text, n[0] + len(n[1]), main.start()), main.start())
                                              or _SPEAKER_HEAD_THEN_NAMED.match(self.text, n[0] + len(n[1]), main.start()))
                   or body_tells_own_count(self.text, n[1], past_the_name_rest(self.text, n[0] + len(n[1]), main.start()), main.start())]
        # ... nor a force's name that only says whose the speaker is: "A Russian military blogger
        # said troops ..." (read.speaker_of_force)
        subject = [n for n in subject if not names_a_speaker(self.text, n[0] + len(n[1]), main.start())]
        # a ship or unit named in an aside of members ("a task force of three ships, including the
        # destroyer Zunyi, left ...") is one of the group, not who moved (forces.named_as_member)
        subject = [n for n in subject if not named_as_member(self.text, s, n[0])] or subject
        # a force named in a relative aside before the verb ("Colombian troops, who had fought
        # ELN fighters for weeks, moved ...") is no subject of it (read.aside_named)
        subject = [n for n in subject if not named_in_aside(self.text, s, n[0], main.start())] or subject
        if not subject:
            # a state as the subject of the verb: "Iran had sent 15 trucks", "Russia withdrew"
            for m in self._within(self.actors, s, e) + self._within(self._countries, s, e):
                if s <= m["start"] and m["end"] <= main.start() and not told_in_relative(m["start"]) and \
                        _BARE_SUBJECT_GAP.fullmatch(without_relative_aside(_without_asides(self.text[m["end"]:main.start()]))) and \
                        not _GOVERNED_STATE.search(self.text, max(s, m["start"] - 60), m["start"]):
                    # ("Chad and Niger will send troops to X": the states listed before it share
                    # the verb; the actor is the pair as told, read.joint_owners)
                    at, named_states = with_joint_owners(self.text, s, m["start"], m["surface"], self._states)
                    if at < m["start"] and _GOVERNED_STATE.search(self.text, max(s, at - 60), at):
                        named_states = m["surface"]
                    return named_states, (m if m.get("lat") is not None else home)
            # ... or by its seat: "Pyongyang has sent another 1,500 soldiers" (read.seat_subject)
            seat = seat_subject(self.text, self._within(self.places, s, e), s, main.start(), _BARE_SUBJECT_GAP)
            if seat is not None:
                return seat["surface"], home
            # a state that said it moved: "Belarus said it was sending troops", "Chad said on
            # Monday that its troops had left X": 'it', 'they', 'its troops' refer to who said
            # (also past a relative aside on the state, as for its own verb above: "Ghana, which
            # borders Togo, said it had sent ...", read47)
            for m in self._within(self.actors, s, e) + self._within(self._countries, s, e):
                if s <= m["start"] and m["end"] <= main.start() and m.get("role") != "demonym" and \
                        _SAID_IT.fullmatch(without_relative_aside(self.text[m["end"]:main.start()])) and \
                        not _GOVERNED_STATE.search(self.text, max(s, m["start"] - 60), m["start"]):
                    return m["surface"], (m if m.get("lat") is not None else home)
            # an armed group by its initials: "The RSF moved fighters ..."
            # (also after a list's bullet, and with the parts of it that moved: "- FARDC
            # elements withdrew", as sitreps write; after an item's label, "- 19 Nov: M23
            # elements entered X", and by a name with digits, "M23": read45; and a formation by a
            # sitrep's abbreviation, "FADM coy moved", "RDF bn redeployed"; and after the demonym of
            # the group's country, "Sudanese RSF elements crossed": read70; and a mission by its
            # acronym of up to eight letters with its noun, "The EUFOR mission sent", "The MONUSCO
            # mission moved": read81)
            # (not a road's or a place's code after a preposition: "filmed on the R-185 heading
            # toward X" named "R-185", s32m)
            # (and two sets of initials joined by a slash, one coalition: "The AFC/M23 withdrew", s41 read112)
            acronym = _recompile(r"(?:^\s*(?:[-–—*•]\s+)?(?:[^:\n]{1,20}:\s+)?|" + _NOT_AFTER_PLACE_PREPOSITION + r"\b[Tt]he\s+)(?:[A-Z][a-z]{2,15}(?:an|ese|i|ish)\s+)?(?P<a>(?:[A-Z]{2,8}|[A-Z]{1,3}-?[0-9]{1,3})(?:/(?:[A-Z]{2,8}|[A-Z]{1,3}-?[0-9]{1,3}))?)(?:\s+(?:elements|detachments|elms|coys?|bns?|bdes?|sqns?|dets?|mission|operation))?"
                                 + _BARE_SUBJECT_GAP.pattern + r"$").search(_without_asides(self.text[s:main.start()]))
            if acronym and acronym.group("a") not in ("US", "UK", "UN", "EU"):
                return acronym.group("a"), home
            # ... and after its state's possessive: "Venezuela's FANB deployed", "Kenya's KDF said
            # it had sent" (read.state_initials)
            owned = initials_owned_by_state(self.text, s, main.start(), self._within(self.actors, s, e)
                                            + self._within(self._countries, s, e), _SAID_IT)
            if owned is not None:
                return owned, home
            kind = initials_before_kind(_without_asides(self.text[s:main.start()]))
            if kind is not None:  # "ENDF mechanised units moved" (read.initials_kind)
                return kind, home
            # ("The M23, which is backed by Rwanda, said its fighters ...": the aside about the group)
            said = _GROUP_SAID_IT_GATE.search(_GROUP_ASIDE.sub(lambda m: " " * len(m.group(0)), self.text[s:main.start()]))
            if said and said.group("a") not in ("US", "UK", "UN", "EU"):
                return said.group("a"), home
            group = _group_sent_a_force(self.text, s, e, main) or _group_vehicles_subject(self.text, s, main.start())
            if group is not None:
                return group, home
            # (a name of those with its state: "Servicemen of the Armed Forces of the Russian
            # Federation", read.state_of_name)
            # ("Troops from Chad arrived": the force with the state it comes from, read.force_from_state)
            return self._with_state(force_from_state_subject(self.text, s, main.start(), self._states, self.date_words) \
                or _plain_force_subject(self.text, s, main.start()) or force_said_it_moved(self.text, s, main.start()) \
                or named_force_subject(self.text, s, main.start()) \
                or organ_said_bare_force(self.text, s, main.start()) \
                or body_subject(self.text, s, main.start(), organ_subject) \
                or self._service_alone(s, main.start()) \
                or kind_of_force_subject(self.text, s, main.start()) \
                or grouping_subject(self.text, s, main.start()) or named_unit_subject(self.text, s, main.start()) \
                or force_of_title(self.text, s, main.start()) \
                or subject_after_dated_opener(self.text, s, main.start(), self.date_words) \
                or company_subject(self.text, s, main.start()) or self._organ_actor(s, main, named) \
                or organ_force_subject(self.text, s, main.start()) \
                or self._organ_alone(s, main.start()) \
                or side_alone_subject(self.text, s, main.start()) \
                or korea_side_subject(self.text, s, main.start()) \
                or owner_of_arms(self.text, s, main.start(), self._states) \
                or owner_in_vehicles(self.text, s, main.start()) \
                or nation_in_vehicles(self.text, s, main.start(), self._within(self.actors, s, main.start())), s, e), home  # ("The North moved ...": read.korea_sides; "Their weapons were moved": read.force_reference; "40 army trucks left", "Ethiopian trucks": read.vehicles_owner)
        start, actor = _formation_of_force(self.text, _first_of_joined(self.text, subject), named)
        # "Mozambican and Rwandan forces": the states that share the force noun (read.joint_owners)
        start, actor = with_joint_owners(self.text, s, start, actor, self._states)
        # "A detachment of marines": the kind it is made of, not "detachment" (read.force_reference)
        actor = kind_of_formation(self.text, start) or actor
        actor = _recompile(r"^(?:the|a|an)\s+", re.I).sub("", actor.strip())
        # ("Extra Kenyan police units", "Further border guards": a word of adding is no part of
        # the force's name, s44 read118)
        actor = _recompile(r"^(?:extra|additional|further|fresh|more)\s+(?=\S)", re.I).sub("", actor)
        # "The 82nd Airborne's paratroopers": the formation (read.members_of_formation)
        actor = formation_of_members(actor) or actor
        if generic_force_word(actor):
            # "The soldiers travelled ...": they refer back (forces.generic_force_word); but "The
            # servicemen of the 200th brigade" name their unit (read.unit_names), with its
            # state ("Servicemen of the Armed Forces of the Russian Federation": read.state_of_name)
            unit = named_unit_subject(self.text, s, main.start())
            return (self._with_state(unit, s, e) if unit else unit), home
        if opens_with_possessive(actor):
            # "Their units then left X": the force told last (read.force_reference)
            # ('"Our units left X," the army said': who said it, read.force_reference)
            if actor[:3].lower() == "our":
                return force_of_speaker(self.text, start, self._states), home
            return force_told_before(self.text, start, self._states), home
        if actor.islower() and " " not in actor:
            # "A battalion tactical group of the Western grouping of forces": the grouping (read.groupings)
            actor = grouping_subject(self.text, s, main.start()) or actor
        # "units of the Armed Forces of the Republic of Azerbaijan": the name's state is the
        # actor's (read.state_of_name)
        actor = self._with_state(actor, start, e)
        # "Army troops" of a report told from Lebanon: "Army troops (Lebanon)" (read.services)
        actor = qualify_service_name(self.text, self.text.find(actor[:8], start), actor, self._states, self.datelines,
                                     self._section_heads, self.places)
        # "Nigerian Navy patrol boats": the service named owns the vessels (read.vessels_owner)
        return owner_of_vessels(_recompile(r"\s+").sub(" ", actor)), home

    def _organ_actor(self, s: int, main: re.Match, named: list) -> str | None:
        """A state's organ as the subject of the verb ("The Ethiopian government moved troops":
        read.state_organs), or, when the verb's object names the force by its own name ("The
        government of Peru sent 150 Peruvian Army commandos"), that force: who moved."""
        organ = organ_subject(self.text, s, main.start())
        if organ is None:
            return None
        sent = force_named_as_object(self.text, main.end(), named)
        return _bare_name(sent) if sent is not None else organ

    def _made_to_actor(self, made_to: tuple[int, int]) -> str | None:
        """Who moved when the force is the object of "forced" ("forced the army to withdraw",
        "forcing government soldiers to pull back"): the object span read as a subject is read,
        up to its "to" (the verb of moving stands after "to", where the subject readers find no
        verb of their own: read.made_to_move)."""
        s, end = made_to
        return group_subject(self.text, s, end) or group_referred_back(self.text, s, end) or group_itself(self.text, s, end) \
            or _plain_force_subject(self.text, s, end) or organ_force_subject(self.text, s, end) \
            or kind_of_force_subject(self.text, s, end)

    def _with_state(self, actor: str | None, start: int, e: int) -> str | None:
        """``actor`` (a name told from ``start`` on) with the state its official name goes on to
        name: "Armed Forces" of "units of the Armed Forces of the Republic of Azerbaijan" is
        "Armed Forces of the Republic of Azerbaijan" (read.state_of_name)."""
        at = self.text.find(actor, start, e) if actor else -1
        if at < 0:
            return actor
        states = [m for m in self._within(self.actors, at, e) if m.get("kind") == "country"]
        return with_its_state(self.text, at + len(actor), actor, states + self._within(self._countries, at, e))

    def _head_actor(self, s: int, e: int, main: re.Match) -> tuple[str | None, dict | None]:
        """Who moves when the verb of moving has no subject of its own: the subject of the
        plan's head before it, else of a finite verb of the clause a participle of moving
        follows (:mod:`.shared_subject`)."""
        heads = [plan_head(self.text, s, main)]
        heads += participle_heads(self.text, s, main) if heads[0] is None else []
        heads += and_heads(self.text, s, main) if heads[0] is None else []  # ("Chad has closed its border and deployed": read.shared_subject)
        for head in heads:
            if head is not None:
                actor, home = self._actor(s, e, head)
                if actor:
                    return actor, home
        return None, None

    def _service_alone(self, s: int, verb_at: int) -> str | None:
        """A national service named alone as the subject ("Army helicopters flew", "200 Marines
        moved"), with the country the report tells it of (read.services)."""
        found = service_subject(self.text, s, verb_at, self._states)
        if found is None or found[1]:
            return found and found[0]  # (none, or "Pakistani Rangers": its country written)
        service = found[0]
        named = service_named_before(self.text, verb_at, self._states, service)
        if named is not None:
            return named  # ("US Marines ... About 150 Marines flew in": theirs, read.services)
        return service_actor(service, service_country(self.text, verb_at, self._states, self.datelines, self._section_heads,
                                                     self.places),
                             self._states)

    def _organ_alone(self, s: int, verb_at: int) -> str | None:
        """A state's organ named alone as the subject ("The junta flew 300 soldiers"), with the
        country the report tells it of, as a service named alone (read.organ_alone)."""
        organ = organ_alone_subject(self.text, s, verb_at)
        if organ is None:
            return None
        return service_actor(organ, service_country(self.text, verb_at, self._states, self.datelines, self._section_heads,
                                                     self.places),
                             self._states)

    @functools.cached_property
    def _section_heads(self) -> list[int]:
        """Where the report's section headings begin (read.services)."""
        return section_heads(self.text)

    @functools.cached_property
    def _states(self) -> list[dict]:
        """The report's country and demonym mentions (read.services)."""
        return [m for m in self.actors + self._countries if m.get("kind") == "country" or m.get("role") == "demonym"]

    def _counted(self, s: int, e: int):
        """The count matches of [s, e) whose number is no part of a date: "On 3 March 2024 two
        submarines" counts two, not 2024. A number inside a date of the clause, or one followed
        by another number before its noun ("2024 two submarines", where the date reader saw no
        date), is passed over and the search goes on right after it, so the nearer number is
        read."""
        if not _may_count(self.text, s, e):
            return
        dated = [(d.start, d.end) for d in self._dates_in(self.date_words, s, e)]
        at = s
        while (m := search_count(self.text, at, e)) is not None:  # (_COUNT_RE.search, lexicon.search_count)
            n0, n1 = m.span("num")
            if any(a <= n0 < b for a, b in dated) or numbered_designator(self.text, n0) or model_number(self.text, n0) or \
                    (self.text[n0:n1].lower() == "one" and _ONE_AS_PRONOUN.search(self.text, max(s, n0 - 6), n0)) or \
                    (_NUMBER_IN_ADJ.search(m.group("adj") or "") and not _OF_AFTER.match(self.text, n1)
                     and not _TIMES_WORD.match(m.group("adj") or "")):  # ("two dozen trucks": one number)
                # (but "three of the five trucks" counts three)
                at = n1
                continue
            at = m.end()
            yield m

    def _names_a_place(self, at: int, length: int) -> bool:
        """Does the object at ``at`` begin with a place's name ("left X Airport", "left X for
        Y"): where it went, not what moved?"""
        if any(m["start"] - at <= 4 and m.get("role") == "place" and not _UNIT_NAMED_AFTER.match(self.text, m["end"])
               for m in self._within(self.places, at, at + 5)):
            # (not a possessive's unit named after the place: "sent its Kidal battalion from A to
            # B", "moved its Kherson group of forces": the unit moved, s35m)
            return True
        # a part of the place named before it: "left the eastern Mediterranean", "left northern
        # Mali for Y" -- where it went from, not what moved
        part = _PART_OF_PLACE.match(self.text, at)
        return part is not None and any(m["start"] == part.end() and m.get("role") == "place"
                                        for m in self._within(self.places, part.end(), part.end() + 1))

    def _date_cut(self, phrase: str, s: int, e: int) -> str:
        """``phrase`` without a date of the clause it ends with ("several trucks ... on
        Thursday": the date is the movement's start and end, not what moved)."""
        for d in reversed(self._dates_in(self.date_words, s, e)):
            if phrase.lower().endswith(d.text.lower()) and len(phrase) > len(d.text):
                return _DATE_PREPOSITION_END.sub("", phrase[:-len(d.text)]).rstrip(" ,") or phrase
        return phrase

    def _undated(self, clause: str, end: int) -> str:
        """The clause ending at ``end`` without the date or time phrases it opens with: "On 3
        March 2024 two submarines", "At 0400 two helicopters", "Over the last 48 hours, 30
        trucks" name what moved after them (the date is the movement's start and end)."""
        start = end - len(clause)
        item = _BULLET_LEAD.match(clause)
        if item is not None and item.end() < len(clause):
            start += item.end()  # "b) Over the weekend the army": a sitrep's item mark first (read51)
        while True:
            time = _TIME_LEAD.match(self.text, start, end)
            if time is not None and time.end() > start:
                start = time.end()
                continue
            date = next((d for d in self._dates_in(self.date_words, max(0, start - 40), end) if d.end > start), None)
            # (a date begun before the clause was cut inside it at its comma: "On March 3, | 2024 two")
            if date is None or not _DATE_LEAD.fullmatch(self.text, min(date.start, start), date.start):
                return self.text[start:end]
            if date.end >= end:
                # (a date running past the clause's end, as a relative clause's "in March" does
                # where the clause was cut inside it: nothing named after it, read130's crash)
                return ""
            start = date.end + len(_DATE_TAIL.match(self.text, date.end, end).group(0))

    def _names_an_unplaced_place(self, at: int, obj: str) -> bool:
        """Is ``obj`` (the words after the verb, from ``at``) a place mention with no point, with
        at most an article before it ("the Unity Bridge")?"""
        lead = len(obj) - len(_LEADING_ARTICLE.sub("", obj, count=1))
        return at + lead in self.unplaced_starts

    def _what(self, s: int, e: int, main: re.Match):
        if "verb" in main.re.groupindex and main.group("verb") \
                and (group := joined_group_sent(self.text, s, main.start(), main.group("verb"))) is not None:
            s = group  # "They join the 80 soldiers sent to X": the group's own move (read.group_joined)
        counts = []
        counted = None  # the words of the first count ("25 US soldiers")
        # "relieved the 200 peacekeepers in X": the unit relieved is no mover, nor its count
        relief = "verb" in main.re.groupindex and bool(main.group("verb")) and _stem(main.group("verb")) in _RELIEF_VERBS
        relieved_from = min((t.end() for t in self._triggers_in(s, e) if t.group("verb")
                             and _stem(t.group("verb")) in _RELIEF_VERBS
                             and _RELIEVED_UNIT.match(self.text, t.end(), e)), default=e)
        left_in_place = self._left_in_place_spans(s, e)
        # ("left 200 soldiers behind in X": who stayed, lexicon.left_as_result)
        left_in_place += [sp for sp in (left_as_result_span(self.text, t) for t in self._triggers_in(s, e)) if sp]
        # ("escorted a convoy of four merchant ships": the civilians escorted, not what moved, forces.escorts_civilians)
        escorted = escorts_civilians(self.text, main, e)
        if escorted is not None:
            left_in_place.append(escorted.span())
        last_end = -1  # where the count before ended (_joined_people)
        first_at = list_end = -1  # where the first count and the list joined to it begin and end
        for m in self._counted(s, e):
            if m.start() >= relieved_from:
                continue
            words_at = m.start("qual") if m.group("qual") else m.start("num")  # where the count's own words begin
            if _CASUALTY_AFTER.match(self.text, m.end()) or _CASUALTY_BEFORE.search(self.text, max(s, m.start() - 25), m.start()):
                continue  # "eight soldiers were killed", "killing two officers": casualties, not what moved
            if flights_counted_as_means(self.text, words_at, m.group("unit")):
                continue  # "landed at X on two charter flights": the way they came, not what moved (read.flights_as_means)
            if counted_in_purpose(self.text, main.end(), words_at):
                continue  # "scrambled jets from A to track two Russian bombers": what the purpose names (read.purpose_count)
            if counted_watched(self.text, words_at, m.end(), main.start()):
                continue  # "shadowed two Russian corvettes before returning to X": the ships watched (read.watched_count)
            if lost_or_left(self.text, s, m.start("num")):
                continue  # "and abandoned at least twelve combat vehicles": left behind, not what moved (read.lost_count)
            if _PART_OF_COUNT.search(self.text, max(s, m.start("num") - 40), m.start("num")):
                continue  # "half of the 2,800-strong contingent", "most of the 300 soldiers": the whole, not what moved
            if _WHOLE_OF_THE_FIRST.search(self.text, max(s, m.start("num") - 60), m.start("num")):
                continue  # ", the first of about 4,800 troops", ", part of the contingent of 1,200": the whole, not what moved
            if _SOURCE_COUNT_BEFORE.search(self.text, max(s, m.start() - 30), m.start("num")):
                continue  # "according to two Ukrainian officers who tracked it": who told, not what moved
            if before_in_clause(_SOURCE_COUNT_OPENS, self.text, s, m.start(), 12) \
                    and _SOURCE_COUNT_SAID.match(self.text, m.end(), e):
                continue  # "..., two officers familiar with the deployment said": who told
            if any(a <= m.start() < b for a, b in left_in_place):
                continue  # ", leaving 200 soldiers behind": who stayed
            if counts_a_group_joined(self.text, s, words_at):
                continue  # ", joining eight warships already deployed there": the group joined (read.group_joined)
            if counted_in_place_relative(self.text, main.end(), words_at):
                continue  # "for Gibraltar, where they shadowed three Russian ships": others, met there (read.place_relative_count)
            if count_of_presence(self.text, s, words_at, main.start()):
                # (from the count's own first word: the match may open with the space before it)
                continue  # ", which has about 10,000 soldiers in X,", "has 2,000 troops in X and sent": where it has them (read/counts)
            if _UNIT_NUMBERED.match(m.group("adj") or ""):
                continue  # "FARDC 3411 Regt elements", "the 2 Bn troops": the number names the unit, counts nothing
            if _FORMATION_OF.match(m.group("adj") or ""):
                continue  # "two companies of soldiers": formations counted, not people (GUIDELINES)
            total = _TOTAL_BEFORE.search(self.text, max(s, m.start("num") - TOTAL_BEFORE_COUNT_CHARS), m.start("num"))
            if total and not plan_is_the_move(total, main):
                continue  # "a deployment expected to reach 10,000 soldiers": a total planned, not what moved
                # (but "Russia plans to send 500 troops" counts what the planned move moves)
            if _YEAR_OF_EVENT.match(self.text, m.start("num")):
                continue  # "the 2019 deployment of troops": a year, no count
            if clock_minutes(self.text, m.start("num")):
                continue  # "the 12:50 entry said the fighters ...": a time, no count (read.liveblog)
            num = m.group("num").lower()
            approx = bool(m.group("qual")) or num in ("dozens", "hundreds", "thousands", "scores", "a dozen")
            # "hundreds of soldiers" tells no number (GUIDELINES: a count is a number): kept
            # among the counts with its word, with no value
            value = count_value(num) if num[0].isdigit() else \
                _NUMWORDS.get(num, sum(_NUMWORDS.get(w, 0) for w in _recompile(r"[-\s]+").split(num)) or None)
            if num in ("hundred", "thousand") and _SEVERAL_BEFORE.search(self.text, max(s, m.start("num") - 12), m.start("num")):
                value = None  # "several hundred soldiers", "a few hundred": no number either
            times = _TIMES_WORD.match(m.group("adj") or "")
            if value is not None and times:
                # "two hundred soldiers": 200, not 2; "1.5 thousand": 1,500 (read.decimal_count)
                value = decimal_value(self.text, m.start("num"), num, _TIMES[times.group(1).lower()]) \
                    or value * _TIMES[times.group(1).lower()]
            low = _count_range(self.text, s, m.start("num"), value)
            if low is False:
                continue  # "2023-24 troops": a span of years, no count
            if low is not None:
                value, approx = low, True  # "between 200 and 300 fighters": 200 at least
            unit = _recompile(r"\s+").sub(" ", m.group("unit").lower())
            item = {"value": value, "unit": unit}
            if low is not None:
                item.update(qualifier="between", high=count_value(num) if num[0].isdigit() else _NUMWORDS.get(num))
            if approx:
                item["approx"] = True
            if value is None:
                item["vague"] = num
            if _ESCORT_BEFORE.search(self.text, max(s, m.start("num") - 30), m.start("num")):
                item["escort"] = True  # "escorted by two helicopters": not what the count is of
            if m.group("qual"):
                item["qualifier"] = _recompile(r"\s+").sub(" ", m.group("qual").lower())
            if counts and (_joined_people(self.text, last_end, m.start(), counts[-1], item)
                           or _joined_vehicles(self.text, last_end, m.start(), counts[-1], item)):
                _add_joined(counts[-1], item)  # "400 soldiers and 600 police officers": 1,000 people
                last_end = m.end()
                one = _one_vehicle_after(self.text, last_end, e, counts[-1])
                last_end = one if one >= 0 else last_end  # (and "... and a tanker": one more)
                if len(counts) == 1:
                    list_end = last_end  # (where the first count's list ends: _whole_list)
                continue
            if not counts:
                _one_vehicle_before(self.text, s, words_at, item) or named_vessel_before(self.text, s, words_at, item, _vehicle_count)
            counts.append(item)
            last_end = m.end()
            one = _one_vehicle_after(self.text, last_end, e, item)
            last_end = one if one >= 0 else last_end  # "two destroyers and a supply ship": 3
            if len(counts) == 1 and not item.get("escort"):
                counted = self.text[m.start("num"):m.end()]
                first_at = m.start("num")
        # what moved: the object after a transitive verb, else the subject noun phrase
        told_np = False  # the subject's words are what moved (_force_np)
        participle = "verb" in main.re.groupindex and bool(main.group("verb")) and main.group("verb").lower().endswith("ing") \
            and _PARTICIPLE_AFTER_COMMA.search(self.text, max(s, main.start() - 3), main.start()) is not None
        after = self.text[main.end():e]
        qualified = _qualified_count_opens(after, first_at - main.end())
        day_end = day_opening_end(after)
        if not day_end or _OBJECT_STOP.match(after, day_end) is not None:
            day_end = 0  # ("arrived on Monday in X": no object follows the day)
        # ("sent on Monday 300 soldiers": the object is looked for past the day, read.day_after_verb)
        qualified = max(qualified, day_end)
        stop = _OBJECT_STOP.search(after, qualified)
        if stop and stop.group(0) == "," and (listed := object_list_end(after, stop.start())) is not None:
            stop = _OBJECT_STOP.search(after, listed)  # ("deploys drones, commandos to X": one list, read.object_list)
        obj = after[day_end:stop.start()].strip() if stop else after[day_end:].strip()
        obj = without_day_opening(obj)  # ("sent this Monday 300 soldiers": the soldiers, read.day_after_verb)
        obj = _PARTICIPLE_OF_COMPANY_LAST.sub("", obj)  # ("sent 1,200 soldiers backed | by helicopters": the soldiers, s33m)
        obj = _HOME_FIRST.sub("", obj, count=1)  # ("brought home 300 soldiers", "return home by June": home is where, not what)
        rel = _RELATIVE_IN_OBJECT.search(obj)
        if rel is not None and rel.start() > 0:
            obj = obj[:rel.start()]  # "welcomed 150 officers who landed in X": the officers
        # "reinforced its northern border, moving 28 armoured vehicles ...": the participle's object
        obj = participle_object(self.text, obj, main, e, self._triggers_in(main.end(), e), _OBJECT_STOP) or obj
        obj = "" if distance_only(obj) else obj  # "marched 120 km from A": the way's length (read.route_length)
        if obj and self.unplaced_starts and self._names_an_unplaced_place(main.end() + len(after) - len(after.lstrip()), obj):
            obj = ""  # "crossed the Unity Bridge into X": a place the index lacks, not what moved
        if "noun" in main.re.groupindex and (main.group("noun") or "").lower() in HANDOVER_NOUNS:
            obj = ""  # "completed the handover of X air base": the site handed over, not what moved (read.handed_site)
        if "verb" in main.re.groupindex and main.group("verb") and _stem(main.group("verb")) in HANDING_OVER:
            obj = ""  # "handed over its military base in X": the site, not what moved; the leaver did (read.handed_site, s32m)
        if escorted is not None:
            obj = ""  # "The frigate X escorted four merchant ships": the escort moved (forces.escorts_civilians)
        # (and a verb of moving used as a noun: "The transfer of three Malian army companies from A
        # to B was completed": the companies, read68 by read.move_as_noun)
        of = _OF_WHAT.match(obj) if "noun" in main.re.groupindex and main.group("noun") \
            or verb_used_as_noun(self.text, s, main) else None
        if of is not None and len(obj) > of.end():
            obj = obj[of.end():]  # "the arrival of the Kenyan officers", "the pull-out of its units": what moved
            # ("after a convoy of about 200 vehicles broke the blockade of X": the vehicles, up to the verb)
            obj = self._up_to_finite_verb(main.end() + len(after) - len(after.lstrip()) + of.end(), obj)
        elif relief or _WHICH_BEFORE.search(self.text, max(0, s - 12), s) or len(obj.split()) < 2 or not _recompile(r"[a-z]").search(obj) \
                or (_PLACE_OBJECT.match(obj) and not garrison_moved("verb" in main.re.groupindex and main.group("verb") and _stem(main.group("verb")), obj)) \
                or ("verb" in main.re.groupindex and main.group("verb") and _stem(main.group("verb")) in _IT_OBJECT_STEMS
                    and _OBJECT_IT.match(" " + obj) is not None) \
                or _PREPOSITION_ENDS_VERB.search(main.group(0)) \
                or (of is None and _GROUP_NOUN_MAIN.fullmatch(main.group(0)) and self._finite_verb_at(main.end(), e)) \
                or ("verb" in main.re.groupindex and formation_left(_stem(main.group("verb") or ""), obj)) \
                or is_join(main) or is_board(main) \
                or ("verb" in main.re.groupindex and main.group("verb")
                    and carried_in_comma_relative(self.text, s, main.group("verb"), main.start())) \
                or (_NO_OBJECT.match(obj) and not qualified) or self._names_a_place(main.end() + len(after) - len(after.lstrip()), len(obj)) \
                or ("verb" in main.re.groupindex and main.group("verb") and _stem(main.group("verb")) in _OBJECT_ROLE
                    and _NAME_OPENS.match(obj) and not _could_move(obj)) \
                or ("verb" in main.re.groupindex and main.group("verb") and _stem(main.group("verb")) in _OBJECT_ROLE
                    and site_located_by_place(self.text, main.end() + len(after) - len(after.lstrip()),
                                              self._within(self.places, main.end(), min(e, main.end() + 80)),
                                              _could_move)):
            # ("left Fuerte Tiuna in Caracas": a site the gazetteer lacks, no mover: read.site_in_place)
            subject_end = main.end() if counted is None and _GROUP_NOUN_MAIN.fullmatch(main.group(0)) else main.start()
            subject_end = end_before_dash_aside(self.text, s, subject_end)  # ("The bombers — each with ... — flew": read.dash_aside)
            described = next((t for t in self._triggers_in(s, main.start()) if t.group("verb")), None)
            if described is not None and participle_before_a_finite_verb(self.text, s, [described, main]) is main:
                subject_end = described.start()  # ("Soldiers arriving from Gao were flown on": read.reduced_relative)
            if "verb" in main.re.groupindex and (heads := and_heads(self.text, s, main)) \
                    and heads[-1] is not None and heads[-1].start() > s:
                # "It delivered food, water and Marines and then left the shoal": the second verb's
                # subject is the first verb's, not the first verb's object (read.shared_subject)
                subject_end = heads[-1].start()
            subject = _without_asides(self.text[s:subject_end])
            # ("The 5th Brigade, a unit that fought in Bakhmut in 2023, moved": what the brigade
            # is, with a verb of its own, is no part of what moved: the subject ends before it)
            closing = _APPOSITIVE_RELATIVE.search(subject) if "," in subject else None
            if closing is not None and not subject[closing.end():].strip():
                subject, subject_end = subject[:closing.start()], s + closing.start()
            # "... had retaken the town after RSF fighters (withdrew)": the fighters (read.subordinate)
            own = subject_before_pronoun_clause(subject)
            if own is not None:
                # ("Soldiers waved to their families in X as they (left)": the soldiers, read.same_subject_as)
                subject_end -= len(subject) - len(own)
                subject = own
            else:
                subject = subject_after_clause_and(subject_after_conjunction(subject))
            parts = _SUBJECT_CUT.split(subject)
            cuts = _SUBJECT_CUT.findall(subject)  # (the mark between parts[k - 1] and parts[k] is cuts[k - 1])
            parts, cuts = _list_rejoined(parts, cuts)  # ("Troops from Chad, Niger and Mali": one subject)
            # the last part that is no aside: "A column, escorted by X, entered ..." names "A column"
            # (nor an apposition after a name's initials: "Fighters of X (JNIM), al-Qaeda's affiliate, left", read.armed_groups)
            # (nor the last of two parts when a comma closes it right before the verb: "Soldiers
            # of the 5th Brigade, the army's best unit in the north, left": set between commas)
            closed = _closed_apposition(parts, cuts)
            own_clause = closed if closed is not None and participle and _own_verb_at(parts[closed]) is not None else None
            if own_clause is not None:
                closed = None  # ("On Monday, the frigate X joined the mission, sailing from A": the frigate, read95)
            # (nor the verb's own auxiliaries right after an aside's comma: "Colombian troops, backed
            # by helicopters, were (rushed)" names "Colombian troops", read68)
            keep = next((k for k in range(len(parts) - 1, -1, -1) if parts[k].strip() and not _aside_part(parts, k)
                         and not (k == len(parts) - 1 and k > 0 and _AUXILIARY_PART.fullmatch(parts[k])
                                  and _aside_part(parts, k - 1))
                         and not apposition_after_initials(parts, k, cuts) and k != closed
                         # (nor the verb group's helpers after such an apposition: "Another battalion,
                         # the army's best, was (sent)" names "Another battalion", not "was")
                         and not (closed is not None and k > closed)
                         and not town_of_site_part(parts, k)  # (nor a site's town: read.site_address)
                         # (nor a relative clause after 'that' and an auxiliary: "Russian troops that
                         # had been in Niger since last year were (flown)" names "Russian troops", read80)
                         and not (k > 0 and cuts[k - 1].strip().lower() == "that" and _AUX_OPENS.match(parts[k]))
                         # (nor one opening with an irregular past verb: "The drivers that took the
                         # tankers to A returned" names "The drivers", read.relative_carried)
                         and not (k > 0 and cuts[k - 1].strip().lower() == "that" and relative_after_that(parts[k]))),
                        len(parts) - 1)
            said_by, kept_end = _after_said_by(parts[keep])
            if participle and (verb_at := _own_verb_at(said_by)) is not None:
                kept_end -= len(said_by) - verb_at  # (the clause's subject, up to its own verb)
                said_by = said_by[:verb_at]
            part_end = subject_end - sum(len(p) for p in parts[keep + 1:])
            if keep == len(parts) - 1:
                clause = self._undated(said_by, part_end - len(parts[keep]) + kept_end)
            elif (inner_end := kept_part_end(self.text, s, subject_end, parts[keep], kept_end)) is not None:
                # ("On Friday the battalion, which had reached A, (moved)": the day off the kept
                # part before its aside too, read.undated_part)
                clause = self._undated(said_by, inner_end)
            else:
                clause = said_by
            clause = _without_asides(clause)  # (_undated reads the text again)
            # (every auxiliary and negation at its end: "Salt trucks have been", "the trucks did not")
            # (and the adverbs of time that sit between the subject and its verb: "The ships had
            # earlier sailed", "The soldiers previously moved" name "The ships", "The soldiers", s28m;
            # "and are now moving": nothing, s29m)
            told = _recompile(r"(?:\s*\b(?:had|have|has|was|were|is|are|been|reportedly|also|then|will|would|shall|did|do|does|not|never|(?:is|are|was|were)\s+(?:due\s+)?to\s+be|"
                              r"earlier|previously|subsequently|initially|recently|eventually|finally|already|again|now|since|"
                              + _MANNER_ADVERBS + r"|"
                              # (a plan's words: "and is expected to (continue)", "is due to")
                              r"(?:expected|due|set|scheduled|planned|likely|supposed|slated|meant|poised|about|going)\s+to|(?<=will\s)be|"
                              # (a task told first, then "before" and the verb: "and are expected to load
                              # equipment before (sailing)", "and will refuel there before (driving)", s34m;
                              # up to seven words of task, "will take on fuel and stores before", s35 read96)
                              r"(?:(?:expected|due|set|scheduled|planned|likely|going)\s+to|(?<=will\s))\s*[a-z]+(?:\s+[a-z]+){0,6}?\s+before|"
                              # (a passive of command or constraint before the infinitive: "The troops were
                              # ordered to (leave)", "was tasked with (moving)" name "The troops", s32m)
                              r"(?:ordered|told|instructed|directed|asked|urged|forced|allowed|authori[sz]ed|permitted|called\s+on)\s+to|tasked\s+with|"
                              # (a verb of denying or owning up to the movement, before its perfect gerund:
                              # "Rwandan forces deny having (crossed)" names "Rwandan forces", read81)
                              r"(?:den(?:y|ies|ied)|admit(?:s|ted)?|acknowledg(?:e|es|ed))\s+having)\b)+\s*$").sub("", clause.strip())
            # (and the conjunction that joined it to the clause before: "..., and a Swedish
            # battalion moved" moved "a Swedish battalion")
            told = _JOINER_FIRST.sub("", told)
            # ("From Kherson the brigade moved east": the brigade, read.fronted_place)
            told = subject_after_fronted_place(told)
            told = without_pronoun_object(told)  # ("replaced | them with fresh troops who crossed": read.object_relative)
            # ("The ferry, which carried wounded soldiers from A, sailed to B": the soldiers, read.relative_carried)
            told = load_of_aside(told) or what_before_carrying_relative(told)  # ("The drivers who took the tankers to A")
            told = _before_sighting(_before_first_verb_phrase(told))
            told = what_before_seen_place(self.text, s, told)  # ("Spotted: 6 launchers near X": read.sighting_post)
            # ("Before heading to Niamey, the convoy stopped in Dosso": the subject after the comma,
            # read.participle_after)
            told = subject_after_opening_participle(self.text, s, main, e) or told
            if _modifier_of_noun(self.text, told, main):
                told = ""  # "after a rapid advance from X": "a rapid" is the advance's, nothing that moved
            told = what_after_unclear_extent(told)  # ("It is not clear how many soldiers (entered)": read.unclear_extent)
            if _REPORTS_OF.match(told):  # "reports of Russian VDV units being (pulled)": the units
                told = _recompile(r"\s+being$").sub("", _REPORTS_OF.sub("", told))
            if not _recompile(r"(?:ed|ing|en)$", re.I).search(main.group(0)):
                # (the trigger used as a noun: "completed a march", not "who made the trip arrived")
                told = _LIGHT_VERB_END.sub("", told)  # "A battery completed a (march)": the battery
            stop = _STOPPED_BEFORE.match(told)
            if stop:
                told = stop.group("np")  # "The helicopters staged at X before (flying on)": who stopped
            # (a subject that is a fragment, "When the", "they had", keeps a real object word)
            # (a one-word subject that is a force, "Troops were moved by river", is one: the
            # means after the verb is no object)
            # (nor a bare number, a part of the group told before: "Of these, 400 left for X" moved
            # the 400, read.elided_count counts them; s45 read122)
            # (nor a one-word subject before the way it went: "Rebels moved down the road to X"
            # moved the rebels, read.way_phrase)
            if not (_NO_OBJECT.match(obj) and len(obj.split()) >= 2 and _NO_SUBJECT.search(told or "")
                    and not _FORCE_WORD.fullmatch(told or "") and not _DIGITS_ONLY.fullmatch(told or "")
                    and not (told and " " not in told.strip() and only_the_way(obj))) \
                    and not (_PRONOUN_ONLY.fullmatch(told) and _FORCE_WORD.fullmatch(obj)) and not _sent_a_force(main, obj) \
                    and not (participle and _BARE_NOUN.fullmatch(obj) and not _NO_OBJECT.match(obj)
                             and not heading_away(self.text, main.end())):  # (", moving north": a way, no object, read.sighting_post)
                obj = told  # (but "it was sending troops" moved troops, not "it"; "..., moving armour
                # from Y" moved armour, not the main clause's subject)
                told_np = True
        if not told_np and obj and cue_then_place(self.text, main.end() + len(after) - len(after.lstrip()),
                                                  lambda at: self._names_a_place(at, 0)):
            obj = ""  # "they are leaving for Kidal": where they went, nothing that moved (read.cue_object)
        if counted and (not obj or _NO_SUBJECT.search(obj) or (_NO_OBJECT.match(obj) and not _qualifies(obj, counted))):
            obj = counted  # no noun phrase read around the verb: the one the count is of
            told_np = False
        elif obj and _NO_OBJECT.match(obj) and _NO_SUBJECT_OPENING.fullmatch(self.text, s, main.start()):
            obj = ""  # "Likely arrived by train from X.": no subject, "by train" moved nothing
        if told_np:
            obj = _force_np(obj)
            if _PRONOUN_ONLY.fullmatch(obj.strip()):
                obj = ""  # "They were moved by river": 'They' names nothing that moved
            obj = _whole_list(self.text, first_at, list_end, obj)
        if (last := subject_told_last(self.text, s, e, main.end())) is not None:
            obj = last  # "Among the units moved to X was the 155th Brigade": the brigade (read.among_inverted)
        # ("A convoy bound for X", "300 soldiers a week earlier": where it went, when; read.what_tail)
        # (and a thread post's number and heading: "1/5 Big movement near X 🚨 RU BTG", read.post_marks)
        # (and the way it went at its end: "300 fighters down the road", read.way_phrase)
        obj = what_without_way(what_without_tail(what_without_post_marks(_BULLET_LEAD.sub("", _recompile(r"\s+").sub(" ", self._date_cut(obj, s, e))))))[:160]
        if _DETERMINER_ONLY.fullmatch(obj):
            obj = ""  # "Timeline: the pull-out from Niger": an article alone names nothing that moved
        # (a bracket the object was cut inside, at an abbreviation's dot: "one battalion (approx.
        # 600 pers)" moved "one battalion", read44)
        obj = _recompile(r"\s*\([^()]*$").sub("", obj) if "(" in obj else obj
        for m in _N_STRONG.finditer(self.text, s, e):
            # "a 300-strong contingent", "a 400-member police unit": the people in it
            # (but not "half of the 2,800-strong contingent": the part moved, _PART_OF_COUNT)
            if _PART_OF_COUNT.search(self.text, max(s, m.start("num") - 40), m.start("num")):
                continue
            if not any(c["value"] == count_value(m.group("num")) for c in counts):
                counts.append({"value": count_value(m.group("num")), "unit": "members"})
        for m in _NUMBERING_GATE.finditer(self.text, s, e):
            # "the troops, numbering about 300, ...": the size of the group the clause names
            unit = _UNIT_WORD.findall(self.text[s:m.start()])
            item = {"value": count_value(m.group("num")), "unit": unit[-1].lower() if unit else "members"}
            if m.group("qual"):
                mark_qualified(item, m.group("qual"))
            counts.append(item)
        if not counts_people(counts) and obj and (s > 0 or main.start() > 0) and bare_number(obj):
            # "a further 400 were sent": the noun told with the count before (read.elided_count)
            # (also beside a count of what carried them: "Another 150 were flown ... aboard two C-130s", s25)
            # (and a count told in the clause before its verb, in an aside on the subject: "K, which
            # has 400 police officers in H, sent 200 more", s45 read120)
            units = [" ".join(c.group("unit").lower().split()) for c in self._counted(max(0, s - ELIDED_COUNT_CHARS), max(s, main.start()))]
            item = elided_count(obj, units, tuple(_UNIT_WORD.findall(self.text, max(0, s - ELIDED_COUNT_CHARS), s)),
                                fronted=fronted_part(self.text, s, main.start()))  # ("Of these, 250 left": a part)
            if item is not None:
                counts.append(item)
        apposed = apposed_count(self.text, s, e) if not counts_people(counts) else None
        if apposed is not None:
            counts.append(apposed[0])  # "soldiers, about 400 strong, ...": read.apposed_counts
            what = apposed_what(obj, apposed[1])
            if what != obj and what and apposed[1].startswith(what):
                what = self._undated(what, apposed[2] + len(what))  # "On Monday the 5th Brigade, 900 strong,"
            obj = what
        elif not counts_people(counts) and (size := formation_size(self.text, s, e)) is not None:
            counts.append(size)  # "A Kenyan contingent of 200 arrived": read.formation_size
        estimate = None if counts else estimated_in_clause(self.text, s, e) or tally_at_end(self.text, s, e) \
            or equipment_units(self.text, s, e)
        if estimate is not None:
            counts.append(estimate)  # "a force estimated at 2,000", "..., 600 of them": read.estimated_count
        if obj and (antecedent := antecedent_of_relative_verb(self.text, s, e, main, lambda: self._triggers_in(main.end(), e))) is not None \
                and self.text.find(obj, main.end(), e) >= 0:
            # "Six pilots that flew the jets from A returned to B": the pilots, not the relative's
            # object (read.relative_own_object); "On Monday the pilots ...": the day off
            obj = self._undated(*antecedent)
        obj = what_before_size_aside(self.text, s, e, obj)  # "Rebels, thought to number 500, left": the rebels
        obj = what_before_command_aside(self.text, s, e, without_saying(obj))  # "Colonel X, spokesman of Y, said units of Z ...": the units (read.titled_speaker)
        return (obj or None), counts

    @staticmethod
    def _mode(sentence: str) -> str | None:
        # how it moved, said by the verb ("the column was flown"), else by the first mode word,
        # which names what moves ("The 36 trucks, escorted by helicopters, ...")
        # (a pattern is searched only when the sentence has one of its words: see _MODE_WORDS)
        if sentence.isascii():
            words = set(_WORD.findall(sentence.lower()))
            heads = {w[:n] for w in words for n in _MODE_PREFIX_LENGTHS}
            may = {id(rx) for rx, (whole, prefixes) in _MODE_WORDS.items()
                   if not whole.isdisjoint(words) or not prefixes.isdisjoint(heads)}
        else:  # case-insensitive matching folds a few non-ASCII letters onto ASCII ones
            may = {id(rx) for rx in _MODE_WORDS}
        for rxs in (_MODE_VERBS, _MODE_NOUNS):
            found = [(m.start(), mode) for mode, rx in rxs if id(rx) in may for m in [rx.search(sentence)] if m]
            if found:
                return min(found)[1]
        return None

    def _quoted(self, offset: int) -> bool:
        """Is ``offset`` inside a quotation in its paragraph?"""
        para = self.text.rfind("\n", 0, offset) + 1
        before = self.text[para:offset]
        return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")

    def _day_before_colon(self, at: int):
        """The day a passive lead-in told before a colon gives the clause after it (read.colon_day)."""
        if at < 2 or ":" not in self.text[max(0, at - 3):at]:
            return None  # (a cheap test first: most clauses do not open after a colon)
        start = _sentence_start(self.text, at)
        d = day_before_colon(self.text, self._dates_in(self.dates, max(start, at - COLON_DAY_CHARS), at), start, at)
        return None if d is None or self._dateline(d) else d

    def _heading_colon_date(self, at: int):
        """The day a line's heading gives the clause right after it on the line: "Sightings, 5
        March: a convoy of 20 trucks entered X" (a word, a comma, the day and a colon, then the
        clause). Not a dateline's ("Srinagar, March 5: ...", whose word is a place: the day the
        report was filed, _dateline).

        why: the colon cut the day off into a clause of its own, and the heading was read as a
        dateline, so the movement had no date (s34 read93)."""
        line = self.text.rfind("\n", 0, at) + 1
        if at - line > 60:
            return None
        for d in self._dates_in(self.dates, line, at):
            if d.precision == "day" and re.fullmatch(r"\s*:\s*", self.text[d.end:at]) \
                    and _HEADING_WORD_COMMA.fullmatch(self.text, line, d.start) and not self._dateline(d):
                return d
        return None

    def _place_starts_at(self, at: int) -> bool:
        """Does a mention the finder read (a place, a dateline's city, a name left unplaced) start at ``at``?"""
        return at in self._mention_starts

    def _dateline(self, d) -> bool:
        """A date in a dateline ("CITY, Mon DD (Agency) -") is when the report was filed, not
        when anything in its first sentence happened."""
        para = self.text.rfind("\n", 0, d.start) + 1
        return d.start - para <= 40 and bool(_DATELINE_AFTER.match(self.text, d.end)
                                             or dateline_colon(self.text, d.start, d.end, self._place_starts_at)) \
            and (not opens_list_item(self.text, d)  # ("12 March – troops left A": a timeline's item)
                 or filed_in_week_told(self.text, d, self.dates))  # ("Nov 19 - ... on Monday": read/filing_date)

    def _date_same_day(self, index: int, s: int, e: int):
        """"Ethiopian troops moved to X on Monday. Fano militiamen withdrew from Y the same day":
        a clause dated only by "the same day", "that day" or "later that day" is dated by the
        last date told in the clauses before it, as a span after one is (_date_after_span).

        why: with no date, the movement had none (the day was told, by reference)."""
        m = _SAME_DAY_GATE.search(self.text, s, e)
        if m is None:
            return None
        first = self.spans[max(0, index - 2)][0]
        told = [d for d in self._dates_in(self.dates, first, s)
                if not self._dateline(d) and not (d.relative and self._quoted(d.start))
                and not begins_a_stay(self.text, d.start)]  # (read.stay_since)
        if not told:
            return None
        day = told[-1]
        return DateMention(m.start(), m.end(), m.group(0), day.date_start, day.date_end, day.precision, True)

    def _weekday_after_span(self, day, index: int, s: int, e: int, anchor: int):
        """"Marines moved to X on Tuesday, 24 November. Two days later, on Thursday, ...": a
        weekday told with a span after the date before is the weekday that span reaches (the
        26th), not the last such weekday before publication; ``day`` as read otherwise.

        why: long features tell a week's moves in order, each from the one before, and a
        weekday alone was dated in the week of publication (a week late)."""
        clause = self.text[s:e]
        if any(c.isdigit() for c in day.text) or not tells_a_span(clause):
            return day
        # (the last day told before, however far back: a feature's paragraphs of quotes stand
        # between; the weekday the span reaches must be the one told, which checks the anchor)
        told = [d for d in self._dates_in(self.dates, 0, s) if d.precision == "day" and not self._dateline(d)
                and not (d.relative and self._quoted(d.start))]
        spanned = date_after_span(clause, told[-1] if told else None, self.published, at=s)
        if spanned is None or spanned.date_end - spanned.date_start > dt.timedelta(days=6):
            return day
        # the day of the span ("two days later": one; "a week later": seven) with the weekday told
        at = spanned.date_start + dt.timedelta(days=(day.date_start.weekday() - spanned.date_start.weekday()) % 7)
        if at > spanned.date_end or at == day.date_start:
            return day
        return DateMention(day.start, day.end, day.text, at, at, "day", True)

    def _date_after_span(self, index: int, s: int, e: int, anchor: int | None = None):
        """"Marines left Aden on Monday. Two days later the marines moved on" ("... moved on to
        Taiz two days later"): a span told in the clause dates it from the last date told in the
        clauses before it (at most two back, not a dateline's, not inside a quotation):
        dates.date_after_span. Two back counts from the start of the sentence the second clause
        back is cut from: a clause cut out of a sentence ("..., refuelled by a tanker, which
        flew from A to B") is no sentence more between the date and its span (read44). A span
        that opens the next conjunct after the verb at ``anchor`` (", and two days later its
        marines seized Y") is that conjunct's, not this clause's (read124, as
        later_clause_date)."""
        if anchor is not None and (nxt := opens_next_conjunct(self.text, anchor, e)) is not None:
            e = nxt
        clause = self.text[s:e]
        if not tells_a_span(clause):
            return None  # (most clauses: the dates before them and the day of saying are not asked)
        first = _sentence_start(self.text, self.spans[max(0, index - 2)][0])

        def told_between(lo: int, hi: int) -> list:
            return [d for d in self._dates_in(self.dates, lo, hi)
                    if not self._dateline(d) and not (d.relative and self._quoted(d.start))
                    and not begins_a_stay(self.text, d.start)]  # ("had been at X since Friday": read.stay_since)
        told = told_between(first, s)
        # ("Earlier in the week" with no date two clauses back: the paragraph's last, read.week_told_reach)
        told = paragraph_days_for_week_told(clause, told, self.text.rfind("\n", 0, s) + 1, first, told_between)
        # ("said on Thursday that troops had crossed the previous day": read.speech_day)
        told = with_speech_day(told, speech_day(self.text, self._dates_in(self.dates, s, e), s, e))
        # ("... where the airfield opened last year. A day later, jets flew ...": the day told, read.span_anchor)
        told = day_dates_for_span(clause, told)
        return date_after_span(clause, told[-1] if told else None, self.published, at=s)

    def _date(self, s: int, e: int, anchor: int):
        # "today" inside a quotation is the day it was said, which the report may not give
        inside = [d for d in self._dates_in(self.dates, s, e)
                  if not said_on_day(self.text, max(s, d.start - 25), d.start, anchor)
                  and not (d.relative and self._quoted(d.start) and not names_a_weekday(d.text))
                  and not self._dateline(d)]
        inside = self._presence_dated_aside(inside, s, e, anchor)
        inside = dates_not_closing_aside(self.text, inside, s, e)  # ("which X had left, | on Monday": the main clause's, read.aside_then_date)
        inside = dates_not_of_presence(self.text, inside, s, e, anchor)  # (read.presence_relative)
        inside = dates_not_of_relative(self.text, inside, e, anchor)  # ("..., which runs from 30 November": read.relative_date)
        inside = dates_not_of_an_act(self.text, inside, s, e, anchor)  # ("under an agreement signed in June": read.act_dated)
        inside = dates_not_of_purchase(self.text, inside, s, anchor)  # ("boats ordered by Senegal in 2023 arrived": read.ordered_goods)
        inside = dates_not_of_a_later_clause(self.text, inside, anchor)  # ("X roll into Y; more expected next week": read.later_clause_date)
        inside = dates_not_of_an_aside(self.text, inside, s, anchor)  # ("The frigate, detached on Sunday, sailed ... on Tuesday": read.aside_date)
        inside = dates_not_opening_antecedent(self.text, inside, s, anchor)  # ("On Friday, the battalion, which had reached A, |": read.relative_leg)
        inside = dates_not_of_another_event(self.text, inside)  # ("ahead of Saturday's elections": read.event_day)
        inside = dates_not_since(self.text, inside)  # ("..., the fourth since June, landed at X on Friday": read.since_date)
        # ("A unit that had seized X last year moved to Y on Sunday": read.subject_relative_time)
        inside = [d for d in inside if not in_subject_relative(self.text, s, d.start, anchor)]
        # ("Troops who were rotated out of X in October | have been sent to Y": read.subject_relative_time)
        inside = dates_of_the_relative(self.text, s, inside, anchor,
                                       [t.start() for t in self._triggers_in(anchor + 1, e) if t.group("verb")])
        # ("pulled out of A, where they had been deployed since 2021, to B": read.place_relative_aside)
        inside = [d for d in inside if not in_presence_aside(self.text, d.start, s, e)]
        if inside and (verb := _TRIGGER_RE.match(self.text, anchor)) is not None \
                and (deployed := deployment_relative(self.text, verb.group("verb"), verb.end(), e)) is not None:
            # ("withdrew the soldiers it had deployed in X in 2023": the deployment's year, read.withdrawn_deployment)
            inside = [d for d in inside if not deployed[0] <= d.start < deployed[1]]
        if not inside:
            return None
        # ("said on Thursday that a column had crossed overnight": the night before Thursday, read.speech_day)
        return self._counted_from_speech(min(inside, key=lambda d: abs(d.start - anchor)), s, e)

    def _counted_from_speech(self, date, s: int, e: int):
        """``date`` counted from the day of saying told in the clause [s, e) (read.speech_day),
        which is looked for only when the date counts from publication ("overnight", "earlier in
        the day"): most clauses' dates do not, and each asked for it."""
        if not counts_from_publication(date):
            return date
        return counted_from_speech(date, speech_day(self.text, self._dates_in(self.dates, s, e), s, e), self.filed_on)

    def _days_told_before(self, at: int) -> list:
        """The dates told before offset ``at`` in its own sentence and the one before it, not a
        dateline's, not relative inside a quotation (a day told further back is another
        event's as often as this one's)."""
        own = _sentence_start(self.text, at)
        first = _sentence_start(self.text, own - 1) if own > 0 else own
        return [d for d in self._dates_in(self.dates, first, at)
                if not self._dateline(d) and not (d.relative and self._quoted(d.start))]

    def _subject_asides(self, s: int, verb_at: int) -> list[tuple[int, int]]:
        """The relative asides set off by commas between the clause's start and its verb
        (lexicon._ASIDE: ", which fought at X in 2023,", ", a unit that ..."), with no verb of
        moving of their own (", which had left X on Monday," may tell the route), none of
        presence (", who had been stationed in X since 2022," tells where they left from) and none
        that carried a load to a place (", which carried the bladders to X,", read.relative_carried)."""
        if "," not in self.text[s:verb_at]:
            return []
        return [m.span() for m in _ASIDE.finditer(self.text, s, verb_at)
                if not self.text[m.end():verb_at].strip() and not _TRIGGER_RE.search(self.text, m.start(), m.end())
                and not _PRESENCE_IN_ASIDE.search(self.text, m.start(), m.end())
                # (nor a relative that carried a load to a place: ", which carried the fuel
                # bladders to A," tells where the antecedent went, read.relative_carried)
                and not carried_to_in_aside(self.text, m.start(), m.end())]

    def _presence_dated_aside(self, dates: list, s: int, e: int, anchor: int) -> list:
        """``dates`` without those that date a presence told in an aside the clause's verb is not
        in: "peacekeepers, who had been stationed in X since 2020, left the city on Thursday",
        "officers, based in Y since March, moved": the year or month is how long they were there
        (as status.past_year reads such an aside), and not when they left.

        why: nearest to the verb, "since 2020" was taken as the movement's date (2020-01-01)."""
        if "," not in self.text[s:e] or not dates:
            return dates
        spans = [(m.start(), m.end()) for pat in (_ASIDE, _PRESENCE_ASIDE) for m in pat.finditer(self.text, s, e)
                 if not m.start() <= anchor < m.end()]
        return [d for d in dates if not any(a <= d.start < b and (d.precision in ("year", "month") or re.search(
            r"\bsince\s+$", self.text[max(a, d.start - 8):d.start], re.I)) for a, b in spans)]


_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)
