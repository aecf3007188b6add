"""Spatial roles: which place of a clause is where a movement began, passed or ended.

A role comes from the cue that governs the place inside one noun phrase (from/out of → origin,
to/into/towards → destination, through/via/across → via, in/at right after an arrival verb →
destination), from a verb whose bare object is its role ("entered X", "left X"), or from an
anaphor that refers back to a place told before ("from there", "the city"). The reader of
:mod:`.clauses` uses these as a mixin; they read ``self.text``, ``self.places`` and
``self._presence``.
"""

from __future__ import annotations

import bisect
import itertools
import re

from . import lazy
from .accord_venue import accord_venue
from .for_a_feature import for_a_feature_in
from .for_a_kind_of import for_a_kind_of
from .sighting_post import sighted_in_post
from .distance_from import origin_by_distance, placed_by_direction
from .held_after_moving import verb_of_holding_in
from .out_particle import departs_by_particle
from .there_held import held_place
from .coordination import gapped_in
from .being_there import reached_by_being_there
from .goal_antecedent import arrival_before_leaving, arrival_place_for_another_subject, goal_beside_origin, handed_over_beside, origin_of_an_earlier_sentence
from ..dates import MONTH_NAMES, WEEKDAY_NAMES
from .on_the_way import reached_on_the_way
from .port_call import port_of_call
from .handed_site import HANDOVER_NOUNS, handover_of_a_site
from .lexicon import (_PARTY_PHRASE, _ANAPHOR_SUBJECT, _APPOSED_LOCATED, _UNKNOWN_LOCATED, _APPOSITION_AFTER_PLACE, _ARRIVAL, _ARRIVED_FROM, _BASED_AFTER, _BOUND_AFTER, _TIME_WORDS, _CLAUSE_BREAK, _CUE_RE, _DEPARTURE, _MODAL, _MODAL_GATE, _NP_GAP, _OBJECT_ROLE, _TELEGRAPHIC_ROLE,
                      _QUOTES, _SPEAKER_AT, _stem, cue_role)
from .framing import arrival_framed
from .exercise_place import exercise_near_a_foreign_border, near_a_foreign_border
from ..textutil import arrow_role
from .possessive_owner import owns_a_force
from .cue_across_verb import verb_between
from .site_chain import site_chain_before
from .site_address import site_addressed
from .patron_place import patron_gap
from .act_from import act_from
from .force_in_subject import origin_in_subject
from .crossing_with import crossing_with_role
from .pronoun_speaker import pronoun_says
from .subject_relative import in_subject_relative
from .relative_carried import carried_to_in_aside_at
from .passed_on_way import passed_near_no_via, passed_on_the_way
from .civilians_relative import verb_of_civilians
from .came_within import went_within
from .crossed_near import crossed_waterway_near
from .crossed_line_near import crossed_line_near
from .returned_from_off import returned_from_off
from .greeted_people import greeted_people_gap
from .flight_from import flights_as_service
from .what_they_called import named_it_so
from .set_aside import set_aside
from .group_route_aside import route_of_group_left
from .heading_from import heading_from
from .scene_across import scene_across_border
from ..mentions.translated_from import language_of_translation
from .flown_over import flown_over_between
from .unknown_list_head import unknown_list_head
from .called_a_city import CALLING_WORDS, city_called_before
from .places import _place_of, contains, same_place
from ..mentions.capitals import the_capital_at
from .spoken_correction import has_spoken_correction, taken_back_after
from .weights import (ARRIVAL_NEAR_CHARS, CUE_GAP_CHARS, DEPARTURE_NEAR_CHARS, FOR_AFTER_VERB_CHARS,
                      FOR_GOVERNS_WORDS, OBJECT_GAP_CHARS, SPEAKER_FROM_CHARS)
from ..regex_cache import CompiledPatterns
from .kept import recompile as _recompile
from .gates import Gate

# rules asked only behind a gate of this module: imported at their first call (read.lazy)
only_an_adverb_between = lazy.function(".adverb_gap", "only_an_adverb_between", globals())
departure_names_its_origin = lazy.function(".departure_own_origin", "departure_names_its_origin", globals())
airfield_told_by_its_town = lazy.function(".town_airport", "airfield_told_by_its_town", globals())

_PATTERNS = CompiledPatterns("read-roles")  # (kept compiled code, as read/lexicon.py's)


# a force's own site told before the place it is in: "its main base in", "their positions near"
# (and a site named with the unit it belongs to: "left the headquarters of the 4th Brigade in X
# for Y", "the barracks of the battalion at X": the owner is part of the site's name, read119)
_OWN_SITE_OF_PLACE = _PATTERNS.compile(r"\b(?:its|their|the)\s+(?:(?:main|forward|former|home|permanent)\s+)?"
                                       r"(?:bases?|camps?|garrisons?|barracks|positions|posts|headquarters)\s+"
                                       r"(?:of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){1,4}?)?"
                                       r"(?:in|at|near|outside)\s", re.I)
# waters a ship passes on its way: "passed the Bashi Channel", "passing the Bosphorus"
_WATERWAY_KINDS = frozenset({"strait", "sea", "ocean", "canal", "channel", "gulf", "bay", "sound"})
_ARTICLE_GAP = _PATTERNS.compile(r"\s+(?:the\s+)?")
# the words joining the members of a list of places: "Kaya and Djibo", "A, B and C", "A or B"
_LIST_JOIN = _PATTERNS.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)", re.I)
_LIST_JOIN_BEFORE = _PATTERNS.compile(r"(?:,|\b(?:and|or))\s+$", re.I)
# "passed between A and B": the two places a ship's way went between (lexicon passage_between)
_BETWEEN_GAP = _PATTERNS.compile(r"\s+between\s+(?:the\s+(?:islands?\s+of\s+)?)?", re.I)


def without_idle_pass(text: str, triggers: list, mentions: list[dict]) -> list:
    """``triggers`` without a bare "passes" / "passed" / "passing" (stem ``pass``) whose object
    is no strait, sea or canal the gazetteer placed, nor "between" two places it placed.

    why: "The group left Sanya and passed the Bashi Channel" names a via, as "transited" and
    "passed through" do (lexicon object_role); "passed" alone is also said of laws, time and
    checkpoints ("A law passed in March allowed ..."), and a trigger there would cut clauses
    and take a clause's verb from the move it tells."""
    if not any(t.group("verb") and _stem(t.group("verb")) == "pass" for t in triggers):
        return triggers
    waters = {m["start"] for m in mentions if m.get("kind") in _WATERWAY_KINDS and m.get("lat") is not None}
    named = {m["start"] for m in mentions if m.get("lat") is not None}
    keep = []
    for t in triggers:
        if t.group("verb") and _stem(t.group("verb")) == "pass":
            gap = _ARTICLE_GAP.match(text, t.end())
            between = _BETWEEN_GAP.match(text, t.end())
            if (gap is None or gap.end() not in waters) and not passed_on_the_way(text, t.end()) \
                    and (between is None or between.end() not in named):  # ("passed between Guam and Saipan", read113)
                continue  # (but "passed near X on their way to Y" tells a journey: read.passed_on_way)
                continue  # (but "passed near X on their way to Y" tells a journey: read.passed_on_way)
        keep.append(t)
    return keep

# an alternative word set off by commas inside a noun phrase: "the north, or upper, gate"
_APPOSITION = _PATTERNS.compile(r",\s*or\s+[\w-]+\s*,")
# a common noun of place set before its name by apposition: "to the state capital, X"
_APPOSED_NOUN = _PATTERNS.compile(r"^\s*(?:the\s+|a\s+)?(?:[a-z-]+\s+){0,3}?(?:capital|city|town|village|port|base|"
                                  r"province|state|region|district|area|crossing|airport|garrison|camp)\s*,\s*$")
# a site the gazetteer does not know, set before the area that holds it as an address is written:
# "to Bemowo Piskie Training Area, Poland" (only before a country or province: the area then is the
# most specific end the text gives; a known site would be a mention of its own, and the floor of
# the cue search lies after it)
_UNKNOWN_SITE_ADDRESSED = _PATTERNS.compile(r"^\s*(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’.-]*\s*,\s*$")
_ADDRESS_AREA_KINDS = frozenset({"country", "admin1"})
# the relations of a place phrase that locate another place by it ("near X", "north of X")
_LOCATING_RELATIONS = frozenset({"near", "direction"})
_LOCATIVE = _PATTERNS.compile(r"\b(?:in|at|inside|into|on|reached)\b", re.I)
# a bare number right before "from": "25 from Malawi" counts members by nationality
_COUNT_BEFORE = _PATTERNS.compile(r"(?:\b\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen))\s+$", re.I)


# what "fled" governs when it is the place left: the place itself, or a noun of a place before it
# ("fled the town of X"); read in _fled_no_place
_FLED_PLACE_GAP = _PATTERNS.compile(r"\s*(?:the\s+)?(?:(?:town|city|village|area|region|capital|camp|base|district)\s+of\s+)?", re.I)


def telegraphic_object_role(trig: re.Match, gap: str) -> str | None:
    """The role of a place named right after a verb that takes no bare object in plain prose
    but does in a sitrep's telegraphic style ("departed Kiel 15 NOV and arrived Gdynia 17 NOV":
    Gdynia is the destination); None when anything stands between the verb and the name
    ("arrived on Ishigaki" is read by its preposition). The verbs: lexicon.json
    telegraphic_object_role.

    why: "arrived Gdynia" gave the frigate no destination though "departed Kiel" gave its origin."""
    return _TELEGRAPHIC_ROLE.get(_stem(trig.group("verb"))) if not gap.strip() else None


def _fled_no_place(trig: re.Match, gap: str) -> bool:
    """Is "fled" (lexicon.json object_role: "fled X" left X) followed by something else than the
    place: "fled the fighting in X", "fleeing violence in Y"? Then X is where the fighting is.

    why: "migrants fleeing fighting in Sabha" made Sabha the origin of another movement."""
    return _stem(trig.group("verb")) == "flee" and _FLED_PLACE_GAP.fullmatch(gap) is None


_TIME_NAME = _PATTERNS.compile(WEEKDAY_NAMES + "|" + MONTH_NAMES + r"|The|A|An", re.I)

# a group met, joined or relieved, told by where it came from: "where it joined troops from X",
# "relieved soldiers from X": X says who that other group is, not where the mover set off
_MET_GROUP_FROM = _PATTERNS.compile(
    r"\b(?:join(?:s|ed|ing)?|rejoin(?:s|ed|ing)?|met|meet(?:s|ing)?|reliev(?:e|es|ed|ing)|replac(?:e|es|ed|ing)|"
    r"(?:link(?:s|ed|ing)?|team(?:s|ed|ing)?|join(?:s|ed|ing)?)\s+up\s+with)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:troops|soldiers|forces|units?|fighters|reinforcements|police(?:men)?|officers|"
    r"peacekeepers|contingents?|comrades|colleagues|elements|detachments?|battalions?|brigades?|compan(?:y|ies)|"
    r"men|militiamen|personnel)\s+$", re.I)  # (not "joined the convoy from A to B": a route)

# people who tell of a movement, told by where they are from: "Local officials from X said
# troops had arrived in Y" -- X is where the sources are, no origin (with the verb of saying
# right after the place: "officials from X accompanied the troops" is left as it was)
# the people a witness is named by in a panel's, a court's or a reporter's account, by trade or
# standing, who tell what they saw: "A farmer from X told the Panel", "A trader from Y said"
_WITNESS_TRADES = (r"farmers?|shopkeepers?|traders?|merchants?|teachers?|villagers?|herders?|fisherm[ae]n|drivers?|"
                   r"survivors?|doctors?|nurses?|priests?|imams?|pastors?|students?|labou?rers?|(?:wo)?m[ae]n")
_SOURCES_BEFORE = _PATTERNS.compile(r"\b(?:officials?|residents?|sources?|witness(?:es)?|spokes(?:man|men|woman|women|person)|"
                                    r"journalists?|reporters?|correspondents?|observers?|elders?|leaders?|authorities|"
                                    r"activists?|locals|inhabitants|"
                                    # (a witness by the trade a panel or a court names them by: "A farmer from
                                    # a village near X told the Panel", "a shopkeeper from X said": read107)
                                    + _WITNESS_TRADES + r")\s+$", re.I)
_SAYS_AFTER = _PATTERNS.compile(r"\s*(?:,\s*)?(?:(?:have|had|has)\s+)?(?:said|say|says|told|reported|report|reports|"
                                r"confirmed|claimed|described)\b", re.I)

# a road named by its ends ("the road from A to B", "the highway to B"): its ends are ends of a
# movement unless the road is only held or worked on, or told as a subject: "reopened the road
# from A to B, and a convoy reached A", "The road from A to B was reopened" are geography, no
# route (GUIDELINES); "on / along / down the road from A to B", "took the road to B" go by it
_ROAD_BEFORE = _PATTERNS.compile(r"(?:\b(?P<pre>[\w'’-]+)\s+)?\b(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?"
                                 r"(?:road|highway|motorway|route|axis|track|corridor|railway|supply\s+line)\s+"
                                 r"(?:from\s+(?:the\s+)?(?:[\w'’.-]+\s+){1,4}?)?$", re.I)
# the object of "reached" / "entered" when it is a site the index cannot name, right before "in"
_SITE_OBJECT_BEFORE_IN = _PATTERNS.compile(r"\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:base|camp|garrison|positions?|"
                                           r"zone|sector|outpost|headquarters|staging\s+area|base\s+area|area|compound|barracks)\s+", re.I)
_ROAD_WORD = _PATTERNS.compile(r"\b(?:road|highway|motorway|route|axis|track|corridor|railway|supply\s+line)\s", re.I)  # (the cheap test first)
# (searched only in spans holding one of the words every match holds: read.gates, tests/test_speed112.py)
_ROAD_WORD_GATE = Gate(_ROAD_WORD, ("axis", "corridor", "highway", "motorway", "railway", "road", "route", "supply", "track"))
# (the words that begin _SPEAKER_AT and _MET_GROUP_FROM: most windows have none, and those patterns cost more)
_SPEAKER_WORD = _PATTERNS.compile(r"\b(?:speak|spoke|said|says|writ|wrote|report|call|statement|interview|briefing|message|told|address)", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_SPEAKER_WORD_GATE = Gate(_SPEAKER_WORD, ("address", "briefing", "call", "interview", "message", "report", "said", "says", "speak", "spoke", "statement", "told", "writ", "wrote"))
# a speaker named right after the verb of saying, then "from": "said Brian Soublet from the X DMV",
# "according to Amina Diallo from Y" (s29m: the speaker's office, no origin of a movement)
_NAMED_SPEAKER_BEFORE = _PATTERNS.compile(r"\b(?:said|says|told\s+\w+|according\s+to)\s+"
                                          r"(?:(?-i:[A-Z][\w.'’-]*|de|al|bin|ibn|van|von|la|le|da|dos)\s+){1,5}$", re.I)
_MET_WORD = _PATTERNS.compile(r"\b(?:join|rejoin|met\b|meet|reliev|replac|link|team)", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_MET_WORD_GATE = Gate(_MET_WORD, ("join", "link", "meet", "met", "reliev", "replac", "team"))
# ... the road held, opened or worked on (its object): "reopened / secured / blocked the road from A
# to B"; a preposition before it ("along / through / from the road") keeps it on the way
_ROAD_HELD = _PATTERNS.compile(r"(?:re)?open|clos|block|secur|cut|control|repair|(?:re)?buil|clear|seiz|captur|mine|"
                               r"patrol|guard|shut|pav|damag|destroy|attack|ambush", re.I)

# sites that stand on a road, told by it: "checkpoints on the road to X", "positions along the
# highway from A to B" -- the road's ends say where the sites are, not where anyone went
# (and the blockades protesters set up on it: "to clear blockades on the highway to X", read115)
# the cue of a road's end right before a place ("the highway to X", "the road from A to B")
_ROAD_END_CUE = _PATTERNS.compile(r"\b(?:to|from)\s+(?:the\s+)?$", re.I)
# ... unless the force went through or past them: "drove through checkpoints on the road to X" took it
_PASSED_SITE = _PATTERNS.compile(r"\b(?:through|past)\s+(?:the\s+|several\s+|many\s+|\w+\s+)?$", re.I)
# (and what happened on it: "withdrew from A on Sunday after drone strikes on the road to B",
# "after an ambush on the highway to B": where the strikes fell, no way taken, read128)
_SITE_ON_ROAD = _PATTERNS.compile(r"\b(?:checkpoints?|roadblocks?|blockades?|barricades?|positions|posts|outposts|barriers|villages|towns|bridges|junctions|"
                                  r"strikes|airstrikes|air\s+strikes|attacks?|ambush(?:es)?|clashes|fighting|shelling|explosions?|bombings?)\s+$", re.I)

# "deployed across X", "deployed throughout Y": a deployment spread over a place went there, not
# through it (GUIDELINES: "troops deployed in X and Y" name destinations; s28m)
_SPREAD_CUE = _PATTERNS.compile(r"(?:across|throughout)\s", re.I)
_SPREAD_VERBS = frozenset({"deploy", "redeploy"})


def _spread_over(text: str, at: int, trig) -> bool:
    """Is the via cue at ``at`` "across" or "throughout" after a verb of deploying ``trig``?"""
    return trig is not None and bool(trig.group("verb")) and _stem(trig.group("verb")) in _SPREAD_VERBS \
        and _SPREAD_CUE.match(text, at) is not None


# verbs after which "near X" is where the force went ("deployed near X", "landed near Y"); not
# "stationed" (presence) nor "gathered" (where they massed before moving)
_ARRIVED_NEAR_VERBS = frozenset({"arrive", "deploy", "redeploy", "land", "disembark", "dock", "anchor", "parachute", "airdrop", "drop", "go ashore",
                                 "take up positions"})  # ("took up positions near X": read30)
# verbs of putting a force somewhere, which tell where it went "near X" only with the force as
# their object between them: "moved S-400 batteries close to Kharkiv", "sent two companies near the
# crossing" (s34m); "the column moved near X" alone may tell where it moved about, no end
# (told "near" or "close to" only: "sent 30 aircraft around Taiwan" flew about the island, unseen36)
_NEAR_WORDS = _PATTERNS.compile(r"(?:near|close\s+to|next\s+to)\b", re.I)
# (and "massed troops near X", a build-up: s44 read118, clauses._moved_a_force_object)
_SENT_NEAR_VERBS = frozenset({"move", "send", "transfer", "relocate", "reposition", "redeploy", "bring", "rush", "shift", "mass"})
# a participle of presence right before "near X": "units stationed near X" (_present_near_place)
_PRESENT_BEFORE = _PATTERNS.compile(r"\b(?:stationed|based|garrisoned|posted|positioned)\s+$", re.I)
# the verb's object, a force and its count, between it and "near X": "deployed two battalions
# near X", "landed 300 marines near Y" -- where the force went, as "deployed near X" says
# a place's name joined by a hyphen to a participle that makes it an attribute of a noun: "a
# China-brokered deal", "US-funded", "Iran-made", "Moscow-led" (who did it, not where anything
# went); "X-bound" and "X-based" are read before (an end and an origin)
_ATTRIBUTE_HYPHEN = _PATTERNS.compile(r"-(?!bound\b|based\b)(?:[a-z]+ed|led|made|built|run|held|owned|won|sent)\b")
_FORCE_OBJECT_GAP = _PATTERNS.compile(r"\s+(?:(?:some|about|around|nearly|more\s+than|at\s+least|an?|the|its|their|two|three|four|five|"
                                      r"six|seven|eight|nine|ten|several|[0-9][0-9,]*|additional|extra|more|fresh|new|elite|"
                                      r"special|[A-Z][\w'’-]*)\s+){0,4}"
                                      r"(?:troops|soldiers|forces|units|battalions?|brigades?|companies|company|regiments?|"
                                      r"marines|paratroopers|commandos|police(?:men)?|officers|gendarmes|peacekeepers|fighters|"
                                      r"tanks|vehicles|artillery|helicopters|jets|aircraft|warships|ships|reinforcements|"
                                      r"batteries|launchers|howitzers|armou?r)\s+", re.I)

# a force named by the place it is garrisoned at, in the subject before the verb ("Soldiers of
# the X garrison were sent to Y", "The X battalion moved to Y"): where it came from, as "X-based"
_GARRISON_AFTER = _PATTERNS.compile(r"\s+(?:garrison|barracks|detachment|battalion|brigade|regiment|contingent)\b", re.I)
# ... the subject: the sentence opens with it, or a force noun of/from it ("troops of the X garrison")
_GARRISON_SUBJECT = _PATTERNS.compile(r"(?:(?:^|[.!?]\s+|\n)\s*|\b(?:troops|soldiers|forces|units|elements|members|men|officers|"
                                      r"fighters|personnel|part|some|most|all|hundreds|dozens)\s+(?:of|from)\s+)(?:the\s+)$", re.I)

# "from its barracks in X", "out of their base at Y": the site a force set off from, located
# by "in" / "at" / "near" (_from_site_before)
# (and sites in the plural with no article: "came from army bases in the Bekaa valley", s37m)
_FROM_SITE = _PATTERNS.compile(r"\b(?:from|out\s+of)\s+(?:(?:the|its|their|his|her|a|several|various|other)\s+)?(?:[\w'’-]+\s+){0,2}?"
                               r"(?:barracks|bases?|camps?|garrisons?|headquarters|positions?|quarters|compound|"
                               r"airbase|air\s+base|outposts?)\s+"
                               # (the site told by another it stands at: "from its base at the airport in X", s22)
                               r"(?:(?:at|near|beside|inside)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:airport|port|airfield|"
                               r"stadium|university|compound|school|hospital|palace)\s+)?$", re.I)


# the unit a force was taken from, right before where that unit is based: "troops drawn from
# the 10th Mountain Division at Fort Drum", "soldiers taken from the 173rd Airborne Brigade in
# Vicenza" (a force's name, capitalised, of up to five words and its number, no comma between;
# not "drawn from several units arrived at X")
_DRAWN_FROM_UNIT = _PATTERNS.compile(r"\b(?:drawn|taken|pulled|detached)\s+from\s+(?:the\s+)?(?:[0-9]{1,3}(?:st|nd|rd|th)\s+)?"
                                     r"(?:(?-i:[A-Z])[\w'’-]*\s+){1,5}$", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_DRAWN_FROM_UNIT_GATE = Gate(_DRAWN_FROM_UNIT, ("detached", "drawn", "pulled", "taken"))


def _from_site_before(text: str, at: int) -> bool:
    """Does a site the force left stand right before the locative cue at ``at`` ("deployed
    there from its barracks in X", "deployed from its base at X to Y")? Then X is where the
    movement began: the "in" locates the site left, not where the force arrived, though an
    arrival verb is near. So does the unit the force was drawn from ("soldiers drawn from the
    173rd Airborne Brigade in Vicenza deployed to Latvia": Vicenza is where they left)."""
    return _FROM_SITE.search(text, max(0, at - 60), at) is not None \
        or _DRAWN_FROM_UNIT_GATE.search(text, max(0, at - 70), at) is not None


# how far a movement went: "20 km", "further", "deeper"
_DISTANCE = _PATTERNS.compile(r"\d|\b(?:further|farther|deeper|kilomet\w+|miles?)\b", re.I)
# verbs of leaving a line or taking up another position: a compass point "of X" right after one,
# with no distance, is where the force went ("withdrew north of the Litani", "pulled back east of
# the river", "relocated south of X"; s23). After "advancing", "pushing" it is where they fight.
# (stems as lexicon._stem gives them: "pulled back" is the trigger "pulled", stem "pull";
# "fell back" is the stem "fall back")
_TO_A_SIDE_VERBS = frozenset({"withdraw", "pull", "retreat", "fall back", "relocate", "redeploy", "reposition", "move"})


# a cue of direction right after a place told by a compass point ("west of X toward Y")
_DIRECTION_AFTER_SIDE = _PATTERNS.compile(r",?\s+(?:towards?|to|into|in\s+the\s+direction\s+of)\s", re.I)


def _went_to_a_side(verb: str, gap_to_place: str) -> bool:
    """Is a place told by a compass point right after ``verb`` (``gap_to_place`` the text between
    them) where the force went: a distance told ("advanced 20 km west of X"), or a verb of
    withdrawing or moving position (:data:`_TO_A_SIDE_VERBS`)?"""
    return _DISTANCE.search(gap_to_place) is not None or _stem(verb) in _TO_A_SIDE_VERBS


# an apposition after a subject: it opens with a noun phrase of its own ("the army's best unit",
# "al-Qaeda's branch", "a unit of"), and closes with a comma right before the verb
_APPOSITION_OPENS = _PATTERNS.compile(r"\s*(?:the|a|an|its|their|(?:[\w-]+\s+)?[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,4}?"
                                      r"(?:in|of|across|throughout|for)\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.I)
_APPOSITION_CLOSE = _PATTERNS.compile(r"[^,;.()]{0,30},\s*(?:(?:had|has|have|was|were|then|also|reportedly)\s+)*", re.I)
# a movement told after where the force was: "in X before crossing", "at X before heading"
# (with no cue of direction between: "crossed at X into K before heading to Y" went on from K,
# X is the crossing it passed, not where it gathered)
_BEFORE_MOVING = _PATTERNS.compile(r"(?:(?!\b(?:into|to|towards?|through|via|across)\s)[^.;,]){0,30}?\bbefore\s+(?P<verb>\w+ing)\b", re.I)

# a verb of gathering a force right before "in X" ("massed in X", "mobilised its units at X"),
# then "and" and the verb of moving after it ("... and then moved towards Y"): X is where the
# movement began (_gathered_before), as "massed in X before moving" is
_GATHERED_IN = _PATTERNS.compile(r"\b(?:massed|amassed|gathered|assembled|mobili[sz]ed|concentrated|congregated)\s+"
                                 r"(?:(?!(?:to|into|towards?|from)\b)[\w'’-]+\s+){0,3}?(?:in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_GATHERED_IN_GATE = Gate(_GATHERED_IN, ("assembled", "concentrated", "congregated", "gathered", "massed", "mobili"))
_AND_THEN_MOVING = _PATTERNS.compile(r"(?:(?!\b(?:into|to|towards?|through|via|across)\s)[^.;,]){0,30}?\band\s+"
                                     r"(?:(?:then|later|subsequently|eventually|quickly)\s+)?(?P<verb>\w+)\b", re.I)


# a stop on the way at a site told by words the index may not name, then "in X": "refuelled at
# Mactan Air Base in Cebu before landing in Y", "stopped at the air base in X" (read128: the "in"
# read as where a gathering force set off, _gathered_before, and X became the origin). Not
# "staged at" (read.staged_origin: a force held there before it moved is the move's origin)
_STOP_AT_SITE = _PATTERNS.compile(r"\b(?:refuell?(?:ed|ing)|stopp(?:ed|ing)|halt(?:ed|ing)|paus(?:ed|ing)|overnight(?:ed|ing)|"
                                  r"call(?:ed|ing))\s+(?:briefly\s+|over\s+)?(?:at|in)\s+(?:(?:the|an?|its|their)\s+)?"
                                  r"(?:[\w'’-]+\s+){1,4}$", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_STOP_AT_SITE_GATE = Gate(_STOP_AT_SITE, ("called", "calling", "halted", "halting", "overnighted", "overnighting", "paused", "pausing", "refuel", "stopped", "stopping"))


# "to X near Y", "to the town of X on the Y border": a name after a cue of direction, then a
# word that locates it by another place (the cue governs X; Y only says where X is)
_LOCATOR_WORDS = r"(?:near|close\s+to|next\s+to|outside(?:\s+of)?|on|by|along)"
_NAME_THEN_LOCATOR = _PATTERNS.compile(
    r"\s*(?:the\s+(?:[a-z-]+\s+){0,2}?of\s+)?(?P<name>(?-i:[A-Z])[\w'\u2019.-]*(?:\s+(?:al-|el-|de\s+|du\s+|la\s+)?"
    r"(?-i:[A-Z])[\w'\u2019.-]*){0,3})\s*(?P<loc>\b" + _LOCATOR_WORDS +
    r"(?:\s+the)?\s*)?$", re.I)
_LOCATOR_PHRASE = _PATTERNS.compile(_LOCATOR_WORDS + r"\b", re.I)
_DIRECTION_CUE = _PATTERNS.compile(r"\b(?:to|into|towards?|for|reached|entered)\s+", re.I)


# a relative clause about a place, set off by commas, with no movement verb of its own ("X, which
# they had held since May, "): read by _bare_gap only when it ends right before a cue
_RELATIVE_ASIDE = _PATTERNS.compile(r",\s*(?:which|where|whose)\s+(?![^,.;]*\b(?:moved|left|went|headed|drove|marched|flew|arrived|withdrew|pulled)\b)[^,.;]{1,80},\s*", re.I)

# "for a patrol in", "for an exercise off", "for a deployment to": a task told as a noun, with
# the place it is carried out in, after "for" (no verb: "for a mission to retake X" is a
# purpose clause, GUIDELINES)
# (and a unit's rest told bare, with no article: "pulled back from X for rest and refitting in Y",
# read68)
_REST = r"(?:rest|refitting|refit|recuperation|recovery|repairs?|maintenance|resupply|regrouping|reconstitution)"
_FOR_A_MISSION = _PATTERNS.compile(
    r"for\s+(?:(?:a|an|its|their|the|another|a\s+new)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:patrols?|exercises?|drills?|deployment|mission|operations?|tour|rotation|training|manoeuvres|maneuvers|war\s+games)"
    r"|" + _REST + r"(?:\s+and\s+" + _REST + r")?)"
    # (and the area patrolled by "of": "for a patrol of the Western Pacific", s27r)
    r"\s+(?:in|at|off|near|around|to|into|across|(?<=patrol\s)of|(?<=patrols\s)of)\s+(?:the\s+)?", re.I)
# a verb of moving away told with "back" or "out": "were pulled back from X for rest in Y"
_BACK_AFTER = _PATTERNS.compile(r"\s+(?:back|out)\b", re.I)


def _for_a_mission_in(text: str, at: int, start: int) -> bool:
    """Is the text from the cue "for" at ``at`` to the place at ``start`` "for a patrol in (the)
    X", "for an exercise off X", "for a deployment to X"? Then X is where the ship or unit
    went: "The USS X departed Y on Thursday for a patrol in the South China Sea".

    why: "for" governs a place at most FOR_GOVERNS_WORDS words after it, and the task's noun
    stood between: the movement had no destination."""
    return _FOR_A_MISSION.fullmatch(text, at, start) is not None



# a site told by its kind word with the place it is in after it: "its military base in Abeche",
# "the airport at X", "their camp near Y"; "the base" told later refers to it, and the place
# names it (no base of its own in the gazetteer); or the place it lies off by a bearing: "the
# base on the hill east of X" (the place scored by its anchor, GUIDELINES; s42 read114)
_SITE_IN = (r"(?:\s+on\s+the\s+(?:hill|hilltop|ridge|outskirts))?\s+(?:in|at|near|outside|"
            r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+(?:the\s+(?:town|city)\s+of\s+)?$")
# ("took over the checkpoint at Margara ... withdrew from the post": the post at Margara, s34m)
_POST_IN = _recompile(r"\b(?:checkpoints?|(?:border\s+)?posts?|crossing\s+points?)" + _SITE_IN, re.I)
_SITE_IN_BEFORE = {"base": _recompile(r"\b(?:bases?|camps?|garrisons?|air\s*bases?)" + _SITE_IN, re.I),
                   "garrison": _recompile(r"\b(?:bases?|garrisons?)" + _SITE_IN, re.I),
                   "airport": _recompile(r"\b(?:airports?|airfields?|air\s*bases?)" + _SITE_IN, re.I),
                   "checkpoint": _POST_IN, "post": _POST_IN}

# a name after a cue of place ("for Yinmabin", "from Yinmabin", "in X"): a town told by name
# (cues of moving only: "in January", "to Reuters", "to Moscow's Africa Corps" name no town)
_NAMED_AFTER_CUE = _recompile(r"\b(?:from|for|into|toward|towards|reached|entered|left)\s+"
                              r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                              r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?-i:[A-Z][a-z]{2,})\b"
                              # (the name ends its phrase: "from Fano militias" names a group)
                              r"(?=\s*[,.;:]|\s+(?:on|in|at|and|ahead|after|before|by|with|last|this|early|late|overnight|"
                              r"toward|towards|to|for)\b)", re.I)


# ... and after "to" only where it ends a route or follows a verb of moving ("from Palma to
# Ntotwe", "moved on to Ntotwe", or right after the town found, "Palma to Ntotwe": _TO_NAME
# matched there; not "said to Reuters"): "withdrew from the village" after it is that village,
# which no town told before can stand for (s43 read116)
_TO_NAME = (r"to\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
            r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?-i:[A-Z][a-z]{2,})\b"
            r"(?=\s*[,.;:]|\s+(?:on|in|at|and|ahead|after|before|by|with|last|this|early|late|overnight)\b)")
_NAMED_AFTER_TO = _recompile(r"(?:\bfrom\s+[^.;:!?]{1,60}?\s+|\b(?:moved|advanced|withdrew|went|drove|marched|returned|deployed|"
                             r"redeployed|sent|flew|sailed|headed|pushed|retreated|rushed|relocated|fell\s+back)\s+(?:back\s+|on\s+)?)"
                             + _TO_NAME, re.I)
_TO_NAME_AFTER_FOUND = _recompile(r"\s+" + _TO_NAME, re.I)


def unknown_town_between(text: str, start: int, end: int, places_in) -> bool:
    """Is a name the gazetteer does not know told after a cue of place in [start, end) ("for
    Yinmabin", a capitalised word in no place mention)? "The town" after it may be that town,
    which no place told before can stand for. ``places_in(a, b)``: the place mentions starting in
    [a, b), by bisection (a mention holding the name starts after the cue's word, inside the
    window)."""
    if end - start > 600:
        start = end - 600  # (a reference reaches back a few sentences; no whole-text scan)
    after_found = _TO_NAME_AFTER_FOUND.match(text, start, end)  # ("Palma to Ntotwe": the route's unknown end)
    for m in itertools.chain(_NAMED_AFTER_CUE.finditer(text, start, end), _NAMED_AFTER_TO.finditer(text, start, end),
                             (after_found,) if after_found is not None else ()):
        name_at = m.end() - len(m.group(0).split()[-1])
        if not any(p["start"] <= name_at < p["end"] for p in places_in(start, name_at + 1)):
            return True
    return False


class _Prefix:
    """The first ``n`` items of a list, read without copying them: what a reference back to
    "the city" reads of the places told before it, from the nearest back (it stops at the first
    that fits, so copying every place told so far at each reference grew with the square of a
    long report's length). Reversed, iterated and indexed as the list ``items[:n]`` would be."""

    __slots__ = ("items", "n")

    def __init__(self, items: list, n: int):
        self.items, self.n = items, n

    def __len__(self) -> int:
        return self.n

    def __iter__(self):
        return itertools.islice(self.items, self.n)

    def __reversed__(self):
        items = self.items
        return (items[k] for k in range(self.n - 1, -1, -1))

    def __getitem__(self, k):
        return self.items[:self.n][k]


class RoleReading:
    """Role cues of the places of a clause (a mixin of :class:`~geomove.read.clauses._Reader`)."""

    # the city "the capital" alone means in this report (mentions/capitals.py text_capital;
    # extract sets it), None when the report does not give one
    capital: dict | None = None
    # where the report names a city that is its country's capital (capitals_told; extract sets it)
    capitals_told: frozenset = frozenset()

    def _locates_unnamed_end(self, mention: dict, floor: int) -> str | None:
        """Does ``mention`` only locate a name told right before it, after a cue of direction,
        that the gazetteer does not know ("moved to Kamanyola near the border with Rwanda",
        "sent to X on the Eritrean border", "to X near Y")? Then the name, not the place that
        locates it, is where the movement went: the movement has no resolved end there (not
        the locator's country or town). Returns the unknown name. (When the name is known it
        is a place of the clause, and the locator is read as part of its noun phrase.)"""
        start = mention["phrase"]["start"] if mention.get("phrase") else mention["start"]
        tail = self.text[floor:start].rsplit(",", 1)[-1]
        cues = list(_DIRECTION_CUE.finditer(tail))
        if not cues:
            return None
        m = _NAME_THEN_LOCATOR.fullmatch(tail, cues[-1].end())
        if m is None:
            return None
        if not m.group("loc") and not _LOCATOR_PHRASE.match(self.text, start):
            return None  # "to X Y": no word that locates
        name = m.group("name")
        if _TIME_NAME.fullmatch(name.split()[0]):
            return None
        return name

    def _in_subject_apposition(self, mention: dict, floor: int, triggers: list[re.Match]) -> bool:
        """Is ``mention`` inside an apposition set between commas after the subject, right before
        the clause's first verb of moving ("JNIM fighters, al-Qaeda's branch in the Sahel, left
        Boni for Douentza", "Soldiers of the 5th Brigade, the army's best unit in Mopti region,
        left Gao")? It says what the group is, not where the movement began.

        why: "in the Sahel" before "left" was read as where the fighters left from, and the
        origin the verb names ("left Boni") became a place passed."""
        verb = next((t for t in triggers if t.start() >= mention["end"]), None)
        if verb is None or verb.start() - mention["end"] > 60:
            return False
        if _APPOSITION_CLOSE.fullmatch(self.text, mention["end"], verb.start()) is None:
            return False
        opened = self.text.rfind(",", floor, mention["start"])
        return opened > floor and _APPOSITION_OPENS.match(self.text, opened + 1, mention["start"]) is not None

    def _unknown_place_located(self, gap: str, mention: dict, at: int) -> str:
        """``gap`` (the words between a cue at ``at`` and ``mention``) with a place the index
        lacks and its apposition taken out, when ``mention`` locates it by nearness or bearing:
        "arrived in Khurvaleti, near Gori", "entered Kiwanja, 70 km north of Goma", "reached
        Ngoyla, a village north of Yokadouma". The cue then governs the located place, an end
        relative to its anchor (GUIDELINES: scored against the anchor); ``gap`` unchanged
        otherwise.

        why: a village the gazetteer lacks set before its anchor with a comma gave the
        movement no end at all ("Russian troops arrived in Khurvaleti, near Gori": nothing
        read), though "in Khurvaleti near Gori" without the comma read Gori (s35m). Not when a
        name the finder read lies in the words ("arrived in Bunia, north of Goma": Bunia is
        the end) nor when the place after them is not located by them ("in Z, Gori": an address
        or a list)."""
        if "," not in gap or (mention.get("relation") or {}).get("type") not in _LOCATING_RELATIONS \
                or not mention.get("phrase"):
            return gap
        found = _UNKNOWN_LOCATED.match(gap)
        if found is None:
            return gap
        # (the gap may have been stripped of its opening space or quote: the unknown name's start
        # is the first letter at or after the cue's end)
        lo, hi = at, at + len(gap) + 2
        while lo < hi and not self.text[lo].isalnum():
            lo += 1
        if self._overlaps_a_name(lo, at + len(gap)) and lo not in self.unresolved_place_starts:
            return gap  # (a name read there is the end, or an actor's: not an unknown place)
        return " "

    def _unknown_list_head(self, gap: str, mention: dict, at: int) -> str:
        """``gap`` emptied when it holds only the first names of a list that the index lacks,
        ahead of ``mention`` ("sent to Ngumbuvu, Kaya and Dori": the cue governs Kaya,
        and Dori after it as a member of its list); unchanged otherwise (read.unknown_list_head).
        A name read as a place the finder could not place counts as unknown."""
        if unknown_list_head(self.text, gap, at, mention["end"],
                             lambda lo, hi: self._overlaps_a_name(lo, hi) and lo not in self.unresolved_place_starts):
            return " "
        return gap

    def _cue_of_civilians(self, floor: int, cue_at: int, triggers: list[re.Match]) -> bool:
        """Is the cue at ``cue_at`` governed by a verb of moving in a relative clause about
        civilians ("Police dispersed protesters who had marched from A to B": the last verb of
        moving before "from" and "to" is the protesters'). The verb may stand before ``floor``
        (the place before the cue: "to B" after "from A" is still the protesters')."""
        verb = next((t for t in reversed(triggers) if t.end() <= cue_at and t.group("verb")), None)
        return verb is not None and verb_of_civilians(self.text, verb.start("verb"))

    def _cue_for(self, mention: dict, floor: int, triggers: list[re.Match]) -> tuple[str | None, int]:
        """The role cue governing ``mention``: searched between ``floor`` and its start. Kept
        for the report (``_cues``, by the mention, the floor and the clause's triggers, those
        of presence too): a clause read again whole (the passes that lend from a clause, or
        read what a clause with no place moved) asks its places' cues again with the same words.
        (A mention is kept by its identity: the reader's places live as long as the reader.)

        why: 25 of the 671 asks of the dev reports were asked before, ~0.1 ms each (speed156)."""
        key = (id(mention), floor, tuple(t.start() for t in triggers), tuple(p.start() for p in self._presence))
        cue = self._cues.get(key)
        if cue is None:
            cue = self._cues[key] = self._cue_read(mention, floor, triggers)
        return cue

    def _cue_read(self, mention: dict, floor: int, triggers: list[re.Match]) -> tuple[str | None, int]:
        """The role cue governing ``mention``, read (:meth:`_cue_for`)."""
        start = mention.get("phrase", {}).get("start", mention["start"]) if mention.get("phrase") else mention["start"]
        if (mention.get("relation") or {}).get("area") == "direction":
            start = mention["start"]  # "in the direction of X" is a cue of its own, not a place phrase
        if _BOUND_AFTER.match(self.text, mention["end"]):
            return "destination", mention["start"]  # "a X-bound convoy": where it is bound
        if _BASED_AFTER.match(self.text, mention["end"]):
            return "origin", mention["start"]  # "X-based troops were sent to Y": where they were based
        if origin_in_subject(self.text, mention, triggers, _stem):
            return "origin", mention["start"]  # "Troops in X were sent to Y": where they were (read.force_in_subject)
        if _ATTRIBUTE_HYPHEN.match(self.text, mention["end"]):
            return None, -1  # "under a China-brokered deal", "a US-funded base": who did it, no end
        if named_it_so(self.text, mention):
            return None, -1  # "for what Beijing called a routine exercise": who named it (read.what_they_called)
        if has_spoken_correction(self.text) and taken_back_after(self.text, mention["start"], mention["end"]):
            return None, -1  # "from A toward B... correction, from C": said wrongly, taken back (read.spoken_correction)
        verb_before = next((t for t in reversed(triggers) if t.end() <= mention["start"] and t.group("verb")), None)
        if origin_by_distance(self.text, mention, verb_before):
            return "origin", start  # "withdrew about 10 km from X": where they left (read.distance_from)
        far_side = crossing_with_role(self.text, mention["start"], _stem(verb_before.group("verb")) if verb_before else None)
        if far_side is not None:
            return far_side, mention["start"]  # "entered via the X crossing with Iraqi territory" (read.crossing_with)
        if flown_over_between(self.text, start, mention["end"], verb_before, _stem):
            return "via", start  # "flew from A over the Black Sea to B": flown over on the way (read.flown_over)
        arrow = arrow_role(self.text, mention["start"], mention["end"])
        if arrow is not None:
            return arrow, mention["start"]  # "flew A → B": an arrow stands for "from A to B" (read.arrow_route)
        if verb_before is not None and crossed_waterway_near(self.text, mention, _stem(verb_before.group("verb")), verb_before.end(),
                                                             self._within(self.places, verb_before.end(), start)):
            return "destination", start  # "crossed the Dnipro near X": where they crossed to (read.crossed_near)
        if verb_before is not None and crossed_line_near(self.text, mention, _stem(verb_before.group("verb")), verb_before.end(),
                                                         self._within(self.places, verb_before.end(), start),
                                                         self._within(self.actors, floor, verb_before.start())):
            return "destination", start  # "crossed the line of contact near X" (read.crossed_line_near)
        if returned_from_off(self.text, start, mention["end"], verb_before,
                             next((t for t in triggers if t.start() >= mention["end"]), None), _stem):
            return "origin", start  # "handed the convoy over off X and returned to Y" (read.returned_from_off)
        if self._in_subject_apposition(mention, floor, triggers):
            return None, -1  # "JNIM fighters, al-Qaeda's branch in the Sahel, left A": what the group is
        verb_after = next((t for t in triggers if t.start() >= mention["end"]), None)
        if verb_after is not None and in_subject_relative(self.text, mention, 0, verb_after.start(), tuple(t.start() for t in triggers)) \
                and not carried_to_in_aside_at(self.text, mention["start"]):
            # (", which carried the fuel bladders to A, flew back": A is where the relative's load
            # went, the subject with it, read.relative_carried)
            return None, -1  # "X, a ship that has carried arms to forces in Syria, left A" (read.subject_relative)
        window = self.text[floor:start]
        best = None
        departure_at = None
        for m in reversed(list(_CUE_RE.finditer(window))):
            gap = window[m.end():].strip(_QUOTES)  # names are often quoted: towards "X"
            gap = _APPOSITION.sub(" ", gap)  # "the north, or upper, gate of"
            gap = _APPOSED_NOUN.sub(" ", gap)  # "to the capital, X": X names the capital
            gap = _APPOSED_LOCATED.sub(" ", gap)  # "from Camp Z, their base near X": Z unknown, X locates it
            gap = self._unknown_place_located(gap, mention, floor + m.end())  # "arrived in Z, near X": Z unknown
            gap = self._unknown_list_head(gap, mention, floor + m.end())  # "arrived in Z, X and Y": Z unknown
            if (mention.get("kind") in _ADDRESS_AREA_KINDS and not _TIME_NAME.fullmatch(gap.strip(" ,").split(" ")[0])
                    or site_addressed(gap, mention)) \
                    and not _SAYS_AFTER.match(self.text, mention["end"]):  # (not "to Z, Kenya said")
                # "to Z Training Area, K": Z unknown, K holds it; and a base before its town,
                # "from the Nigerian Navy Ship Pathfinder, Port Harcourt," (read.site_address)
                gap = _UNKNOWN_SITE_ADDRESSED.sub(" ", gap)
            if gap.count("(") == 1 and ")" not in gap:
                gap = gap.replace("(", " ")  # "to the X region (southwestern K)": K locates X
            if _CLAUSE_BREAK.search(gap) or "," in gap or len(gap) > CUE_GAP_CHARS or not _NP_GAP.match(gap.strip()) \
                    or _PARTY_PHRASE.search(gap) \
                    or patron_gap(gap):  # ("to its border under an agreement with Washington"; "from groups backed by Iran")
                break
            if verb_between(self.text, triggers, floor + m.end(), start):
                break  # "left A in the morning and reached B": "reached" governs B, not "in"
            if verb_of_holding_in(gap):
                break  # "Fighters from the Fano militia seized X": "from" governs the militia (read.held_after_moving)
            role = cue_role(m)
            if role == "destination" and greeted_people_gap(m.group(0), gap) and not any(
                    t.group("verb") and floor <= t.start() and t.end() <= floor + m.start() for t in triggers):
                return None, -1  # "waved to their families in X as they left": the people greeted (read.greeted_people)
            if role == "origin" and flights_as_service(self.text, mention["start"], mention["end"]):
                return None, -1  # "days after flights from X resumed": the service's, no end (read.flight_from)
            if role in ("origin", "destination", "via", "arrival") and self._cue_of_civilians(floor, floor + m.start(), triggers):
                return None, -1  # "dispersed protesters who had marched from A to B": their march (read.civilians_relative)
            if m.group(0)[:6].lower() == "passed" and passed_near_no_via("pass", mention):
                break  # "passed near X on their way to Y": the cue "passed" as its object's (read.passed_on_way)
            if set_aside(self.text, floor + m.start()):
                return None, -1  # "withdrew from A on Saturday, not from B": B is no end (read.set_aside)
            if role in ("destination", "destination_weak", "arrival") and route_of_group_left(self.text, floor + m.start()):
                return None, -1  # "The frigate, detached from the patrol to A, sailed to B": the patrol's end (read.group_route_aside)
            if role in ("origin", "destination") and self._road_not_taken(floor + m.start()):
                return None, -1  # "reopened the road from A to B": a road named by its ends
            if role == "origin" and heading_from(self.text, floor + m.start(), mention["end"]):
                return None, -1  # "Latest from Belgorod: ...": where the report comes from (read.heading_from)
            if role == "via" and scene_across_border(self.text, floor + m.start(), mention["start"], mention["end"]):
                return None, -1  # "Across the border in Niger, the army ...": the scene, no place passed (read.scene_across)
            if role == "origin" and self._spoken_from(floor + m.start(), start):
                return None, -1  # "Speaking from X, the spokesman said ...": where the speaker was
            if role == "origin" and act_from(self.text, floor + m.start()):
                return None, -1  # "drawing a protest from Beijing": who protested (read.act_from)
            if role == "origin" and _MET_WORD_GATE.search(
                    self.text, max(0, floor + m.start() - 80), floor + m.start()) and _MET_GROUP_FROM.search(
                    self.text, max(0, floor + m.start() - 80), floor + m.start()):
                return None, -1  # "where it joined troops from X": who the group met is
            if role == "origin" and _SAYS_AFTER.match(self.text, mention["end"]) \
                    and _SOURCES_BEFORE.search(self.text, max(0, floor + m.start() - 40), floor + m.start()):
                return None, -1  # "Local officials from X said ...": where the sources are
            if role == "origin" and near_a_foreign_border(m.group(0), mention):
                return None, -1  # "after exercises near the Polish border": never in Poland
            if exercise_near_a_foreign_border(m.group(0), gap, mention):
                return None, -1  # "left A for an exercise close to the Russian border": never in Russia (read.exercise_place)
            if role == "origin" and _COUNT_BEFORE.search(window, 0, m.start()) \
                    and (mention.get("kind") == "country" or mention.get("role") == "demonym_place"):
                # (of a town, "two convoys, one from A and one from B", it is where each came from)
                return None, -1  # "40 soldiers, 25 from Malawi": who they are, not where from
            if role == "arrival" and _from_site_before(self.text, floor + m.start()):
                return "origin", floor + m.start()  # "deployed there from its barracks in X"
            if role == "arrival" and any(
                    0 <= floor + m.start() - p.end() <= 2 for p in self._presence):
                return "origin", floor + m.start()  # "units deployed in X moved to Y": where they were
            if role == "arrival" and _STOP_AT_SITE_GATE.search(self.text, max(0, floor + m.start() - 70), floor + m.start()):
                return "via", floor + m.start()  # "refuelled at the air base in X before landing in Y": a stop
            if role == "arrival" and self._gathered_before(mention, triggers) \
                    and not self._arrival_near(floor, floor + m.start(), triggers):
                return "origin", floor + m.start()  # "massed in X before crossing into Y"
            if role == "arrival" and arrival_framed(self.text, floor + m.start(), mention, triggers):
                return "destination", floor + m.start()  # "In X, a battalion arrived from Y" (read/framing)
            if role != "arrival" or self._arrival_near(floor, floor + m.start(), triggers) \
                    or gapped_in(self.text, floor, floor + m.start()) \
                    or self._site_reached_in(floor + m.start(), triggers) \
                    or self._arrival_by_site_chain(floor, floor + m.start(), triggers) \
                    or self._arrived_from_then_in(mention, floor, floor + m.start(), triggers) \
                    or reached_by_being_there(self.text, floor + m.start(), gap, triggers, floor):
                # ("marched from A and by dawn were at B": where they then were, read.being_there)
                best = m
                break
            if departure_at is None and self._departure_near(floor + m.start(), start, triggers):
                # "flights registered at X for the departure of ...": where they leave from,
                # unless an earlier cue governs the phrase ("withdrew to their barracks in X")
                departure_at = floor + m.start()
        if best is None and departure_at is not None:
            return "origin", departure_at
        trig = None
        for t in triggers:
            if floor <= t.start() and t.end() <= start:
                trig = t
        candidates = []
        if best is not None:
            candidates.append((cue_role(best), floor + best.start()))
        if trig is not None and trig.group("verb"):
            gap = self.text[trig.end():start]
            role = _OBJECT_ROLE.get(_stem(trig.group("verb"))) or telegraphic_object_role(trig, gap)
            if role and _fled_no_place(trig, gap):
                role = None
            if role and passed_near_no_via(_stem(trig.group("verb")), mention):
                role = None  # "passed near X on their way to Y": X no via (read.passed_on_way)
            if role and verb_of_civilians(self.text, trig.start("verb")):
                role = None  # "to guard refugees, who fled X": the refugees' flight (read.civilians_relative)
            if role:
                gap = self._unknown_place_located(gap, mention, trig.end())  # ("entered Z, north of X": Z unknown)
                gap = self._unknown_list_head(gap, mention, trig.end())  # ("fled Z, X and Y": Z unknown)
            if role and not _CLAUSE_BREAK.search(gap) and "," not in gap and len(gap) <= OBJECT_GAP_CHARS and _NP_GAP.match(gap.strip()):
                if not candidates or candidates[0][1] < trig.start():
                    candidates = [(role, trig.start())]
        elif trig is not None and trig.group("noun") and trig.group("noun").lower() in HANDOVER_NOUNS \
                and (site_at := handover_of_a_site(self.text, trig.end(), mention["end"] + 40)) is not None:
            # "completed the handover of X air base": the site handed over, as the object of
            # "handed over X" is, is where the force left (read.handed_site)
            gap = self.text[site_at:start]
            if not _CLAUSE_BREAK.search(gap) and "," not in gap and len(gap) <= OBJECT_GAP_CHARS and _NP_GAP.match(gap.strip()) \
                    and (not candidates or candidates[0][1] < trig.start()):
                candidates = [("origin", trig.start())]
        if not candidates and trig is not None and trig.group("verb") and mention.get("phrase") \
                and (mention.get("relation") or {}).get("type") == "direction" \
                and _recompile(r"\s*(?:(?:further|farther|some|about|nearly|deeper|back|[\d.,]+)\s+)*").fullmatch(self.text[trig.end():start]) \
                and _went_to_a_side(trig.group("verb"), self.text[trig.end():mention["start"]]):
            # "advanced 20 km west of X": a place told relative to another, right after the
            # verb, is where the movement went; without a distance or "further" ("advancing
            # north of X") it is where they fight, not an end, unless the verb withdraws or
            # moves the force ("withdrew north of X"); with a direction told right after it
            # ("moving west of Tokmak toward Robotyne") it is where they passed (s24: two
            # destinations, two movements)
            candidates = [("via" if _DIRECTION_AFTER_SIDE.match(self.text, mention["end"]) else "destination", trig.end())]
        if not candidates and mention.get("phrase") and (mention.get("relation") or {}).get("type") == "near" \
                and reached_by_being_there(self.text, start, "", triggers, floor):
            candidates = [("destination", start)]  # ("left A and by Sunday were outside B": read.being_there)
        if not candidates and self._arrived_near_place(mention, trig, start):
            # "RSF units were deployed near Babanusa", "troops arrived near X": the relative
            # place is where they went (GUIDELINES: scored against its anchor)
            candidates = [("destination", trig.end())]
        if not candidates and trig is not None and trig.group("verb") \
                and went_within(self.text, mention, _stem(trig.group("verb")), trig.end()):
            candidates = [("destination", trig.end())]  # "came within 10 km of X" (read.came_within)
        if not candidates and self._present_near_place(mention, start, triggers):
            # "units that had been deployed near X returned to Y", "units stationed near X moved
            # to Y": where they were, as "deployed in X" is (read70)
            return "origin", start
        if not candidates and _GARRISON_AFTER.match(self.text, mention["end"]) \
                and not any(t.end() <= mention["start"] for t in triggers) \
                and _GARRISON_SUBJECT.search(self.text, max(0, mention["start"] - 40), mention["start"]):
            return "origin", mention["start"]  # "Soldiers of the X garrison were sent to Y"
        if not candidates and sighted_in_post(self.text, mention["start"], verb_after.start() if verb_after is not None else None):
            return "seen_at", start  # "Spotted: ... near X, moving north": where it was seen (read.sighting_post)
        if not candidates:
            return None, -1
        role, at = candidates[0]
        if role == "via" and _spread_over(self.text, at, trig):
            return "destination", at  # "troops were deployed across Los Angeles": where they went
        if role in ("arrival", "destination") and port_of_call(trig, at):
            return "via_stop", at  # "called at B and reached C": a stop on the way (read/port_call)
        if role in ("arrival", "destination") and reached_on_the_way(self.text, mention["end"]):
            return "via_stop", at  # "reached X on their way to Y": X on the way (read/on_the_way)
        if role == "arrival":
            return "destination", at
        if role == "destination_weak":
            # "left X for Y", "a convoy for Y": only when "for" governs the place itself, not
            # something else on the way to it ("a convoy for a militia, on a road ... in Y")
            near = [t for t in triggers if t.end() <= at and len(self._bare_gap(t.end(), at)) <= FOR_AFTER_VERB_CHARS]
            governs = len(self.text[at:start].split()) <= FOR_GOVERNS_WORDS or self._left_for_a_mission(at, start, near) \
                or self._left_for_a_feature(at, start, near) or for_a_kind_of(self.text, at, start)
            return ("destination", at) if near and governs else (None, -1)
        if role == "origin_weak":
            return "origin", at
        return role, at


    def _left_for_a_mission(self, at: int, start: int, near: list) -> bool:
        """"departed / left X (on Thursday) for a patrol in Y" (_for_a_mission_in): Y is where
        the force went, when the verb the "for" attaches to is one of leaving and no other end
        of direction stands between them ("sailed to Manila for a patrol in Y", "arrived in
        Manila for an exercise in Y" went to Manila; Y is where the task is)."""
        if not near or not _for_a_mission_in(self.text, at, start):
            return False
        verb = near[-1]
        return bool(verb.group("verb")) and (_stem(verb.group("verb")) in _DEPARTURE or _BACK_AFTER.match(self.text, verb.end())) \
            and not _DIRECTION_CUE.search(self._bare_gap(verb.end(), at))

    def _left_for_a_feature(self, at: int, start: int, near: list) -> bool:
        """"fled X for the Sambisa forest in Y" (read.for_a_feature): Y is where the force went,
        when no other end of direction stands between the verb and "for" (any verb of moving:
        fleeing is none of _DEPARTURE's)."""
        return bool(near) and for_a_feature_in(self.text, at, start) \
            and not _DIRECTION_CUE.search(self._bare_gap(near[-1].end(), at))

    def _arrived_near_place(self, mention: dict, trig, start: int) -> bool:
        """Is ``mention`` a place told "near X" right after a verb of arriving or deploying
        (_ARRIVED_NEAR_VERBS), an adverb at most between them, or after a verb of putting a force
        somewhere and its force object (_SENT_NEAR_VERBS)?"""
        return trig is not None and bool(trig.group("verb")) and bool(mention.get("phrase")) \
            and ((mention.get("relation") or {}).get("type") == "near" or placed_by_direction(mention)) \
            and ((_stem(trig.group("verb")) in _ARRIVED_NEAR_VERBS
                  and (only_an_adverb_between(self.text, trig.end(), start)
                       or _FORCE_OBJECT_GAP.fullmatch(self.text, trig.end(), start) is not None))
                 or (_stem(trig.group("verb")) in _SENT_NEAR_VERBS and _NEAR_WORDS.match(mention["phrase"].get("text", ""))
                     and _FORCE_OBJECT_GAP.fullmatch(self.text, trig.end(), start) is not None))

    def _present_near_place(self, mention: dict, start: int, triggers: list) -> bool:
        """Is ``mention`` a place told "near X" (``start``: where its phrase opens) right after a
        participle of presence that describes the force ("units that had been deployed near X",
        read as presence in ``self._presence``; "units stationed near X"), with a verb of moving
        after it? It is where the movement began, as "deployed in X moved to Y" is.

        why: the rule for "in" reads the cue "in" (roles: a place right after a participle of
        presence); "near" is no cue, so the place had no role and the movement no origin
        (read70: "Belarusian units that had been deployed near Grodno returned to Minsk")."""
        if not mention.get("phrase") or (mention.get("relation") or {}).get("type") != "near":
            return False
        if any(0 <= start - p.end() <= 2 for p in self._presence):
            return True
        return _PRESENT_BEFORE.search(self.text, max(0, start - 24), start) is not None \
            and any(t.group("verb") and t.start() >= mention["end"] for t in triggers)

    def _road_not_taken(self, at: int) -> bool:
        """Is the cue at ``at`` one of the ends that name a road ("the road from A to B"), in a
        sentence that does not say the road was the way taken ("reopened the road from A to B")?"""
        if not _ROAD_WORD_GATE.search(self.text, max(0, at - 90), at):
            return False
        road = _ROAD_BEFORE.search(self.text, max(0, at - 90), at)
        if road is None:
            return False
        pre = road.group("pre")
        site = _SITE_ON_ROAD.search(self.text, max(0, road.start() - 30), road.start("pre")) if pre is not None else None
        if site is not None and not _PASSED_SITE.search(self.text, max(0, site.start() - 12), site.start()):
            return True  # "checkpoints on the road to X": where the sites stand, no way taken
        return pre is None or _ROAD_HELD.match(pre) is not None  # (none: the road is the subject)


    def _only_a_road_end(self, m: dict) -> bool:
        """Is the place ``m`` told only as where a road held or blocked leads ("to clear
        blockades on the highway to Santa Cruz", "reopened the road to B")? Then a force that
        "reached the city" after it did not reach that place: the road's end is geography, no
        place anyone went (GUIDELINES); the city got to is another told before.

        why: "transferred from La Paz to Cochabamba to clear blockades on the highway to Santa
        Cruz. ... reached the city's air base" read Santa Cruz (read115, a release of my own)."""
        cue = _ROAD_END_CUE.search(self.text, max(0, m["start"] - 6), m["start"])
        return cue is not None and self._road_not_taken(cue.start())

    def _spoken_from(self, at: int, start: int) -> bool:
        """Is the "from" at ``at`` the place a speaker spoke or wrote from ("Speaking from X,",
        "told reporters by telephone from X", "in a statement from X")? Then X is no origin."""
        if self.text[at:at + 4].lower() != "from":
            return False
        if not _SPEAKER_WORD_GATE.search(self.text, max(0, at - SPEAKER_FROM_CHARS), at):
            return False
        if _NAMED_SPEAKER_BEFORE.search(self.text, max(0, at - SPEAKER_FROM_CHARS), at):
            return True  # '..., said Brian Soublet from the California DMV': whose office the speaker is of
        said = _SPEAKER_AT.search(self.text, max(0, at - SPEAKER_FROM_CHARS), start)
        return said is not None and said.start() < at


    def _gathered_before(self, mention: dict, triggers) -> bool:
        """"in X" is where a movement began when the movement follows as "before <verb>ing"
        ("massed in X before crossing into Y", "regrouped at X before moving on")."""
        after = _BEFORE_MOVING.match(self.text, mention["end"])
        if after is None and _GATHERED_IN_GATE.search(self.text, max(0, mention["start"] - 50), mention["start"]):
            # "massed in X and (then) moved towards Y", "mobilised in X and moved east": the
            # gathering told first, the movement after it from there (read70)
            after = _AND_THEN_MOVING.match(self.text, mention["end"])
        return bool(after) and any(t.start() == after.start("verb") and t.group("verb") for t in triggers)


    def _bare_gap(self, a: int, b: int) -> str:
        """The words between ``a`` and ``b`` less the places and time words in them: what
        stands between a verb and a cue that attaches to it ("left X early on Monday for Y")."""
        gap = self.text[a:b]
        for m in self._within(self.places, a, b):  # (bisection: a scan of every place was quadratic)
            if a <= m["start"] and m["end"] <= b:
                gap = gap.replace(self.text[m["start"]:m["end"]], " ")
                told = self._apposition_after(m["end"], b)
                if told:
                    gap = gap.replace(told, " ", 1)
                else:
                    # "left X, which they had held since May, for Y": a relative clause about
                    # the place, closed right before the cue, stands between no more than an
                    # apposition does
                    rel = _RELATIVE_ASIDE.match(self.text, m["end"], b)
                    if rel is not None and rel.end() == b:
                        gap = gap.replace(rel.group(0), " ", 1)
        # (a force's own site named before its place stands between no more than the place:
        # "left its main base in X for Y", "left their positions near X for Y")
        return _TIME_WORDS.sub(" ", _OWN_SITE_OF_PLACE.sub(" ", gap)).strip()


    def _apposition_after(self, at: int, end: int) -> str:
        """The noun phrase set off by commas right after a place that says what the place is
        ("X, their main base in the north, for Y"), when a cue of direction follows it; else "".
        Not a clause: "X, which they had held, ..." is no apposition."""
        m = _APPOSITION_AFTER_PLACE.match(self.text, at)  # (its look-ahead reads past ``end``)
        if m is None or m.end() > end or _CLAUSE_BREAK.search(m.group(0)):
            return ""
        return m.group(0)


    def _departure_near(self, at: int, place_start: int, triggers) -> bool:
        """"at X" is where a departure starts when the clause speaks of departing ("took off
        at X", "at X for the departure of ...") and of no arrival. Not when a verb of its own
        stands between "at" and the place: "left A at dawn and reached B" -- B is reached."""
        if any(at < t.start() < place_start and t.group("verb") for t in triggers):
            return False
        # ("embarked at Piraeus and landed at Souda Bay": "at" right after a verb of leaving is
        # where it left, whatever arrival the clause tells after it, s36 lead)
        if any(t.group("verb") and 0 <= at - t.end() <= 1 and _stem(t.group("verb")) in _DEPARTURE for t in triggers):
            return True
        clause = [t for t in triggers if abs(t.start() - at) <= DEPARTURE_NEAR_CHARS
                  and not _CLAUSE_BREAK.search(self.text[min(t.end(), at):max(t.start(), place_start)])]
        stems = {_stem(t.group("verb")) if t.group("verb") else t.group("noun").lower() for t in clause}
        departures = [t for t in clause if t.group("verb") and _stem(t.group("verb")) in _DEPARTURE]
        if departures and all(t.start() > at and departure_names_its_origin(self.text, t) for t in departures):
            return False  # "Peacekeepers operating in X left Y": Y is the start (read.departure_own_origin)
        if not departures and any(t.start() > at and departs_by_particle(self.text, t) for t in clause):
            stems.add("leave")  # "soldiers in X flew out", "... pulled out", "flew home" (read.out_particle)
        return bool(stems & _DEPARTURE) and not stems & (_ARRIVAL | {"arrival"})


    def _arrived_from_then_in(self, mention: dict, floor: int, at: int, triggers) -> bool:
        """"arrived from A in B": the origin told first, then "in"/"at" a place that does not
        hold A is where they arrived. (When B holds A -- "came from X in Y province" -- B
        locates A and is no end: :meth:`_arrival_near` stays the rule.)"""
        if self.text[floor:at].strip():
            return False  # the cue comes right after the place of "from"
        before = next((p for p in reversed(self._within(self.places, max(0, floor - CUE_GAP_CHARS), floor))
                       if p["end"] == floor), None)
        if before is None or contains(_place_of(mention), _place_of(before)):
            return False
        pstart = before.get("phrase", {}).get("start", before["start"]) if before.get("phrase") else before["start"]
        return any(t.end() <= pstart and t.group("verb") and _stem(t.group("verb")) in _ARRIVAL
                   and _ARRIVED_FROM.fullmatch(self.text, t.end(), pstart)
                   for t in triggers)


    @staticmethod
    def _arrival_near(floor: int, at: int, triggers) -> bool:
        """"in"/"at" marks a destination only right after an arrival verb ("arrived in X"),
        not after another place ("came from X in Y": Y locates X)."""
        # (or the noun of arrival: "the arrival of Russian instructors in X")
        return any(floor <= t.start() and t.end() <= at and at - t.end() <= ARRIVAL_NEAR_CHARS
                   and ((t.group("verb") and _stem(t.group("verb")) in _ARRIVAL)
                        or (t.group("noun") and t.group("noun").lower() == "arrival"))
                   for t in triggers)


    def _site_reached_in(self, at: int, triggers) -> bool:
        """"in" at ``at`` after a verb whose object is where the force went and a site the index
        cannot name: "departed from A and reached the base area in Iraq", "entered the camp in
        X". The place after "in" is the site's address: the destination, not where they left.

        why: after "departed" earlier in the clause, "in Iraq" was read as the origin (probe of my
        own, s25)."""
        # (not when a name stands in the object: "entered the Kidal garrison in northern Mali"
        # reads the garrison by its name, and the place after "in" only locates it)
        return any(t.group("verb") and t.end() <= at and _OBJECT_ROLE.get(_stem(t.group("verb"))) == "destination"
                   and _SITE_OBJECT_BEFORE_IN.fullmatch(self.text, t.end(), at)
                   and not any(t.end() <= m["start"] < at for m in self._within(self.places, t.end(), at))
                   for t in triggers)

    def _arrival_by_site_chain(self, floor: int, at: int, triggers) -> bool:
        """"in"/"at" at ``at`` ends a chain of site phrases right after an arrival verb: "arrived at
        the base of the occupation army in the village of Abu Rasin, in the countryside of X" (the
        chain locates the base; X is where the force arrived; read.site_chain)."""
        return any(floor <= t.start() and t.end() <= at and t.group("verb") and _stem(t.group("verb")) in _ARRIVAL
                   and site_chain_before(self.text, t.end(), at, self.places)
                   for t in triggers)

    def located(self, index: int) -> dict | None:
        """The place a sentence without a movement verb puts the moving group at: "The trucks,
        with some forty men aboard, waited at the X checkpoint." Only with an anaphoric
        subject (the vehicles, the convoy, they) and a locative cue."""
        # (the mention found, kept by sentence: the passes ask each sentence again and again, and
        # a long report's long sentences were copied each time)
        kept = self.__dict__.setdefault("_located", {})
        if index not in kept:
            kept[index] = self._located_mention(index)
        m = kept[index]
        return None if m is None else _place_of(m)

    def _located_mention(self, index: int) -> dict | None:
        s, e = self.spans[index]
        if not _ANAPHOR_SUBJECT.match(self.text[s:e]):
            return None
        if pronoun_says(self.text, s, e):
            return None  # "It warns that strikes at X ...": who speaks, not where the group is (read.pronoun_speaker)
        for m in self._within(self.places, s, e):  # (_Reader's bisection)
            if not s <= m["start"] < e:
                continue
            window = self.text[max(s, m["start"] - 40):m["start"]]
            cue = None
            for cue in _LOCATIVE.finditer(window):
                pass
            if cue is not None and _NP_GAP.match(window[cue.end():].strip()) \
                    and not _CLAUSE_BREAK.search(window[cue.end():]):
                if _MODAL_GATE.search(self.text, s, m["start"]):
                    return None  # "It is expected to call at Manila": where it may go, not where it is
                return m
        return None


    # features of the sea a gazetteer holds with no kind of their own: told back by the kind
    # word their name ends with (read43)
    _NAMED_BY_KIND = ("shoal", "reef", "atoll")
    # the waters a ship passes: the last whose name holds the word ("the strait" after "the Taiwan
    # Strait" and "the Bashi Channel" is the Taiwan Strait, s33m), else the last of that kind ("the
    # strait" after "the Bosphorus", s33 read90)
    _WATERS_BY_NAME = {"strait": {"strait"}, "channel": {"strait"}, "canal": {"canal"}}

    def _antecedent(self, before: int, word: str, avoid: tuple = (), goal: bool = False) -> dict | None:
        """The place "the town" (``word``) refers to (:meth:`_antecedent_told`), unless a town the
        gazetteer does not know was told after it (:func:`unknown_town_between`): then no place.

        why: "left Monywa for Yinmabin ... withdrew from Yinmabin and moved to the hills west of
        the town" read Monywa, the last town the index knows, for the town it cannot place (s34m)."""
        found = self._antecedent_told(before, word, avoid, goal)
        if found is not None and word.split()[-1] in ("town", "village", "city") \
                and unknown_town_between(self.text, found["end"], before, lambda a, b: self._within(self.places, a, b)):
            return None
        if found is not None and word.split()[-1] in ("town", "village", "city") and self._listed_with_a_town(found):
            return None
        return found

    def _listed_with_a_town(self, m: dict) -> bool:
        """Is ``m`` the last of a list of settlements ("fled Kaya and Djibo", "left A, B and C")?
        Then "the town" told after it may be any of them, and refers to none.

        why: "The gendarmes who fled Kaya and Djibo last month have returned to the town" read
        Djibo, the last town told, for where they returned (read130, the lead's near miss)."""
        if _LIST_JOIN_BEFORE.search(self.text, max(0, m["start"] - 8), m["start"]) is None:
            return False  # (the cheap test first: no "," "and" "or" right before the place)
        before = [x for x in self._within(self.places, max(0, m["start"] - 80), m["start"])
                  if x["end"] <= m["start"] and x is not m]
        if not before:
            return False
        prev = max(before, key=lambda x: x["end"])
        return prev.get("kind") in ("city", "town", "village") \
            and _LIST_JOIN.fullmatch(self.text, prev["end"], m["start"]) is not None

    def _antecedent_told(self, before: int, word: str, avoid: tuple = (), goal: bool = False) -> dict | None:
        """The place told before ``before`` that "the city", "the country", "there" refers to.
        ``avoid``: places it cannot be (an origin referred back to is not where the clause
        says the movement went: "left the country for Y" left no country holding Y); with
        none told, "the country" left is the country of the report's dateline. ``goal``: the
        place is where the clause's movement arrives ("reached the city"): not a town told as
        an origin beside the one arrived in (read.goal_antecedent)."""
        kind = word.split()[-1]
        if kind == "capital" and (capital := self._the_capital(before, avoid)) is not None:
            return capital
        wanted = {"city": {"city", "town"}, "town": {"town", "city", "village"}, "village": {"village", "town"},
                  "base": {"base", "airfield", "camp"}, "airport": {"airfield", "base"},
                  "garrison": {"base"}, "crossing": {"crossing"}, "checkpoint": {"checkpoint", "crossing"},
                  "post": {"checkpoint", "crossing", "base"}, "capital": {"city"}, "region": {"region", "admin1", "admin2"},
                  "area": {"region", "admin1", "admin2", "town", "city"}, "province": {"admin1"}, "state": {"admin1"},
                  "country": {"country"},
                  # ("left it": a settlement, a base or an area told before, never a country, s33m)
                  "it": {"city", "town", "village", "base", "airfield", "camp", "region", "admin1", "admin2", "crossing"}}.get(kind)
        # (the waters' words, 'strait', 'channel', 'canal', are read by _WATERS_BY_NAME below)
        # the last place told before ``before`` of the kind wanted (the nearest first, and a
        # place is tested against ``avoid`` only when reached: a long report holds thousands of
        # places, and filtering all of them for every reference was quadratic). A mention ends
        # after it starts, so none starting after ``before`` ends before it: when the places are
        # sorted by start, only those up to ``before`` are read.
        # (a teller's place may be what "the city" refers to: "Witnesses in Kosti said a convoy
        # left the city"; before, the city was the last place told in an earlier sentence)
        told = self._places_told_by(before)
        if kind == "capital":
            # (only a capital told is read of the pool (_capital_told): the places tested against
            # ``avoid`` are those, not every place told before, which was quadratic)
            capitals = self.capitals_told
            pool = [m for m in told if m["start"] in capitals and m["end"] <= before
                    and not (avoid and any(same_place(_place_of(m), d) or contains(_place_of(m), d) for d in avoid))]
            return self._capital_told(before, pool)
        city_served = None  # ("the airport" with no airfield told: the city told last, which it serves)
        waters_of_kind = None  # (the last of a kind of waters, when no name holds the word: _WATERS_BY_NAME)
        for m in reversed(told):
            if m["end"] > before:
                continue
            if avoid and any(same_place(_place_of(m), d) or contains(_place_of(m), d) for d in avoid):
                continue
            if owns_a_force(self.text, m["end"]):
                continue  # "Moscow's Africa Corps": whose force, not a place "the town" can be (read.possessive_owner)
            if accord_venue(self.text, m["start"]):
                continue  # "agreed in talks in Almaty": where talks were held, not a place "the area" can be (read.accord_venue)
            if kind == "airport" and not goal and city_served is None and m.get("kind") in ("city", "town") and m.get("role") == "place":
                city_served = m
            if kind in self._WATERS_BY_NAME:
                if kind in (m.get("surface") or "").lower().split() or kind in (m.get("name") or "").lower().split():
                    return m
                if waters_of_kind is None and m.get("kind") in self._WATERS_BY_NAME[kind]:
                    waters_of_kind = m
                continue
            if kind in self._NAMED_BY_KIND:
                # "the shoal": the last place whose own name says it is one ("Scarborough Shoal")
                if kind in (m.get("surface") or "").lower().split() or kind in (m.get("name") or "").lower().split():
                    return m
                continue
            if kind in _SITE_IN_BEFORE and m.get("kind") in ("city", "town", "village") \
                    and _SITE_IN_BEFORE[kind].search(self.text, max(0, m["start"] - 50), m["start"]):
                return m  # "handed over its military base in Abeche ... entered the base": the base in Abeche (s32m)
            if wanted is None or m.get("kind") in wanted or (kind == "country" and m.get("precision") == "country") \
                    or (kind in ("city", "town", "village") and airfield_told_by_its_town(m)):
                # ("reached Goma's airport ... left the town": the airfield read by its town's name, read.town_airport)
                if kind in CALLING_WORDS and (called := city_called_before(self.text, m, told, wanted, avoid, before, kind)) is not None:
                    m = called  # "reached the city of Kano. ... went on to Wudil. ... left the city": Kano (read.called_a_city)
                if goal and kind in ("city", "town", "village") and (arrived := goal_beside_origin(self.text, m, told, wanted)):
                    return arrived  # "arrived in A from B. ... reached the city": A (read.goal_antecedent)
                if kind in ("city", "town", "village") and (handed := handed_over_beside(self.text, m, told, wanted, before)) is not None \
                        and not (avoid and any(same_place(_place_of(handed), d) for d in avoid)):
                    return handed  # "handed over A to the police and redeployed to B. ... arrived in the town": A (read.goal_antecedent)
                if not goal and kind in ("city", "town", "village") and \
                        (arrived := arrival_before_leaving(self.text, m, told, wanted, before)) is not None and \
                        not (avoid and any(same_place(_place_of(arrived), d) for d in avoid)):
                    return arrived  # "reached A after leaving B. They left the village": A (read.goal_antecedent)
                if not goal and kind in ("city", "town", "village") and \
                        (arrived := arrival_place_for_another_subject(self.text, m, told, wanted, before)) is not None and \
                        not (avoid and any(same_place(_place_of(arrived), d) for d in avoid)):
                    return arrived  # "arrived in A from B, after rebels left the city": A (read.goal_antecedent)
                if goal and kind in ("city", "town", "village", "area", "region") and origin_of_an_earlier_sentence(self.text, m, before):
                    continue  # "arrived from A and B. ... reached the city": neither (read.goal_antecedent; "sailed
                    # from Norfolk ... arrived in the area": not Norfolk either, s33m)
                if goal and kind in ("city", "town", "village") and self._only_a_road_end(m):
                    continue  # "sent to A to clear blockades on the highway to B. ... reached the city": A (read115)
                if kind == "there":
                    return held_place(self.text, m, told)  # "Khiam in southern Lebanon ... there": Khiam (read.there_held)
                return m
        if waters_of_kind is not None:
            return waters_of_kind
        if city_served is not None:
            # "Rebels took Lashio. Some 200 soldiers were flown from the airport to Mandalay": the
            # airport of the city told last, read as that city (GUIDELINES: an airfield is scored
            # within 30 km of its town), when no airfield or base was told before; only where they
            # left from ("landed at the airport" after "who left San Salvador" is the dateline's, s17)
            return city_served
        if avoid and kind == "country":
            for m in reversed([m for m in self.datelines if m["end"] <= before and m.get("kind") == "country"]):
                if wanted is None or m.get("kind") in wanted or (kind == "country" and m.get("precision") == "country"):
                    return m
        return None

    def _places_told_by(self, before: int) -> list:
        """The places and tellers' places that "the city" before ``before`` may refer to, by
        start (ties: places first), the nearest last; every one that ends by ``before`` is
        there, and a teller's place that starts by ``before`` but ends after it may be (the
        readers of this list skip what ends after ``before``, as they did before).

        why: the tellers' places were merged into the places told before and sorted at every
        reference, a sort of every place told so far (quadratic in a long report's length);
        the merged list is now sorted once a report (:meth:`_places_and_tellers`) and cut by
        bisection. A stable sort of the whole list keeps, for the places and tellers told by
        ``before``, the order the sort of those alone gave."""
        starts = self._starts.get(id(self.places))
        if starts is None:  # (places not by start: the plain way, as before)
            tellers = [m for m in self.teller_places if m["end"] <= before] if self.teller_places else ()
            return sorted([*self.places, *tellers], key=lambda m: m["start"]) if tellers else self.places
        if not self.teller_places:
            return _Prefix(self.places, bisect.bisect_right(starts, before))
        merged, merged_starts = self._places_and_tellers()
        return _Prefix(merged, bisect.bisect_right(merged_starts, before))

    def _places_and_tellers(self) -> tuple[list, list]:
        """The places and the tellers' places in one list, by start (a stable sort: places
        before tellers at the same start), and their starts; made once a report."""
        kept = self.__dict__.get("_merged_told")
        if kept is None or kept[0] is not self.places or kept[1] is not self.teller_places:
            merged = sorted([*self.places, *self.teller_places], key=lambda m: m["start"])
            kept = self.__dict__["_merged_told"] = (self.places, self.teller_places, merged, [m["start"] for m in merged])
        return kept[2], kept[3]

    def _capital_told(self, before: int, pool: list) -> dict | None:
        """The capital "the capital" refers back to in a report that names two countries or more:
        the capital told before (or the dateline's) of the country the sentence's force is named
        after ("Haitian police reinforcements were sent from the capital": Port-au-Prince), else
        the last capital told. Not the last city whatever it was.

        why: "based at a camp near Croix-des-Bouquets ... sent by helicopter from the capital"
        left Croix-des-Bouquets; and with San Salvador told last, the Haitian police left it."""
        told = [m for m in pool if m["start"] in self.capitals_told and m["end"] <= before]
        datelines = [m for m in self.datelines if m["start"] in self.capitals_told and m["end"] <= before]
        if not told and not datelines:
            return None
        sentence = max(self.text.rfind(". ", 0, before), self.text.rfind("\n", 0, before)) + 1
        # (the forces and countries of the sentence by bisection: a scan of all per "the capital" was quadratic)
        named = {m.get("country") for mentions in (self.actors, self._countries) for m in self._within(mentions, sentence, before)}
        if not named - {None} and sentence > 1:
            # "Honduras sent 800 police to the coast. The troops left the capital": a sentence
            # naming no state refers back to the force of the sentence before it (read115: a
            # roundup whose later items name other states gave no capital at all)
            previous = max(self.text.rfind(". ", 0, sentence - 2), self.text.rfind("\n", 0, sentence - 2)) + 1
            named = {m.get("country") for mentions in (self.actors, self._countries)
                     for m in self._within(mentions, previous, sentence) if not language_of_translation(self.text, m)}
        # (the dateline's capital only for a force of its country: "PORT-AU-PRINCE - A convoy of
        # Kenyan police ... from the capital" may have left another capital the report names)
        own = [m for m in datelines + told if m.get("country") in named]
        return max(own or told, key=lambda m: m["start"]) if own or told else None

    def _the_capital(self, before: int, avoid: tuple = ()) -> dict | None:
        """"the capital" of a report that gives one (its dateline's capital, or the one
        country's it names: :attr:`capital`), as a mention of those words; not a place it cannot
        be (``avoid``). why: "NIAMEY - ... left the capital on Tuesday" gave no origin, and "the
        capital" was the last city told, whatever it was."""
        if self.capital is None or any(same_place(self.capital, d) for d in avoid):
            return None
        return the_capital_at(self.text, self.capital, before)


_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)
