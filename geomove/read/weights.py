"""Every weight and threshold of the extraction wing in one table.

A decision adds the weights of the features that fire and compares the sum with its threshold;
the names here are the names printed in each decision's ``why``.
"""

from __future__ import annotations

# --- one movement or two: events.same_event --------------------------------------------
# a sum >= SAME_EVENT_THRESHOLD makes two fragments one movement
SAME_EVENT_THRESHOLD = 1.0
SAME_EVENT = {
    "shared_end": 1.0,             # an end of one is the same place as (or holds) the other's
    "shared_end_only_country": 0.0,  # the only shared end is a whole country (measured: -0.5 costs 6 fp)
    "shared_by_area_only": 0.0,    # the shared end only holds the other's (a province and a town in it)
    "other_mode_to_area": -1.0,    # ... and the two tell different ways of moving (flown / driven):
                                   # a group flown to a town and vehicles driven to its country
    "other_subject_same_sentence": -1.0,  # ... and the new one is a clause of the same sentence with a
                                   # subject of its own naming another thing moved ("commandos pushed into X,
                                   # and Turkey has moved howitzers from A to B")
    "shared_by_waterway_only": -1.0,  # the shared end is a sea or river and a place within its radius:
                                   # no evidence of one movement by itself (read26: ships to the
                                   # Baltic Sea and a battery to a town inland were merged)
    "service_named_apart": -1.0,   # ... and the new one, told in a later sentence by a subject of its own,
                                   # names a service (not the army) where the first names troops alone:
                                   # "Malian troops ... to Gao. The National Guard then moved men to
                                   # Ansongo" (service_branch.service_named_after_troops)
    "far_apart": -1.0,             # ... and the two are told more than FAR_SENTENCES apart
    "status_differs": -10.0,       # reported vs planned / denied: never one movement
    "ends_incompatible": -10.0,    # an end of one lies outside the other's
    "return_trip": -10.0,          # one's origin is the other's destination
    "different_crossings": -10.0,  # two different border crossings
    "different_days": -10.0,       # two different resolved days
    "different_date_words": -10.0,  # two different day expressions, unresolved
    "dates_disjoint": -10.0,       # resolved dates of any precision that do not overlap
    "different_actors": -10.0,     # actor names that share no word
    "different_services": -10.0,   # two services of a state: "the Army" / "the IAF" (read.service_branch)
    "different_force_kinds": -10.0,  # a state's force and an irregular group ("soldiers" / "gangs": read.force_kinds)
    "police_and_military": -1.0,   # a police force and an army's, sharing an end: "the police contingent landed at X" /
                                   # "34 soldiers flew ... to X" (read.force_kinds.draft_service, s48 read134)
    "another_force_named": -1.0,   # the second names reinforcements of its own after a named force's move
    "contrasted_modes": -10.0,     # "flown ..., while ... driven": two movements
    "distinct_words": -10.0,       # "a separate / another / second convoy", "the previous one"
    "different_list_items": -1.0,  # told in two items of one list (bullets, a thread's posts)
    "different_counts": -1.0,      # what moved counted differently: "another 1,500 soldiers" / "some 11,000"
    "different_craft_types": -10.0,  # aircraft of types that are not one: "Two C-17s" / "An Italian KC-767"
                                   # (read.craft_types)
    "moved_on_from_site": -10.0,   # "landed at the base outside X. They then drove to X": the town
                                   # a site serves, reached after it, is a next leg (read.site_then_town)
    "two_ships_named_apart": -10.0,  # two ships each told by its own name: "the support ship Behshad" / "a frigate,
                                   # the Jamaran, which left X" (read.named_ship_apart, read128)
    "one_ship_after_group": -1.0,  # one ship told by its name and a group of ships with no actor that does not
                                   # name it: "The vessels sailed into X" / "The carrier Shandong sailed ... into X"
    "left_country_ends_inside": -10.0,  # a departure from a whole country and a movement ending inside it
                                   # (events.left_the_country_ends_inside)
    "indefinite_subjects_apart": -1.0,  # shared by area only, and each told by a subject with "a"/"an" naming
                                   # another thing moved, in different sentences ("a convoy ... to a town in
                                   # the Artibonite" / "A Jamaican unit ... to Saint-Marc": events._indefinite_subjects_apart)
}

FAR_SENTENCES = 5
# a new route is compared only with the movements told at most this many characters before it
# (read.reach: a long text's reading stays linear); a news report is read whole
SAME_EVENT_REACH_CHARS = 20_000

# --- the next leg of a route: events.next_leg -------------------------------------------
NEXT_LEG_SENTENCES = 2             # an anaphoric subject reaches this many sentences back
JOIN_HALVES_SENTENCES = 2          # a departure and where it went, told this far apart
HALVES_SENTENCES = 3               # where it went and where it left, told apart in either order
HALVES_ANAPHORIC_SENTENCES = 6     # ... when the later one refers back ("the trucks had left X")
COUNTRY_HALF_DAYS = 14             # a country-only origin completes a destination dated this near
SEA_REACH_KM = 300.0               # a port this near a sea's middle lies on it (GUIDELINES: a sea is scored right within 300 km; events._sea_then_port)
# a sentence whose places all lie this far from every place of the lede tells of another
# theatre: a service named alone there takes no country from the lede (services._another_theatre)
ANOTHER_THEATRE_KM = 2000.0
JOURNEY_TOLD_BACK_DAYS = 3         # a pluperfect departure to the end told first, dated at most this many
                                   # days before the arrival: the same journey told back (assemble._told_back)
HEADLINE_LEDE_SENTENCES = 3        # a title's half completes one told this near the top, actors aside

# --- places passed on the way: places.on_the_way, assemble.via_on_the_way / via_where_met ----
VIA_DETOUR = 1.5                   # a place is on the way when going through it is at most this
                                   # many times the straight distance from origin to destination
VIA_SLACK_KM = 30.0                # ... plus this (a town beside the road, a short route)
VIA_DETOUR_MAX_KM = 400.0          # ... and the detour at most this, however long the route (an ocean crossing)
SEEN_OFF_SENTENCES = 3             # a farewell at a site told this near a movement from its country
DESTINATION_TOLD_SENTENCES = 3     # "the destination of these troops is X" told this far after their route
MET_SENTENCES = 2                  # a group met this many sentences from where its route is told
ARRIVED_FROM_SENTENCES = 2         # "another 200 arrived from X": where a movement told this far before went
ARRIVED_FROM_ALIKE_SENTENCES = 4   # ... or one this far before, when it names the same force ("the council's forces")
ON_THE_WAY_SENTENCES = 6           # "on the way, ..." refers to a route told at most this far back
DETACHED_PART_SENTENCES = 8         # "From there, a company moved on": the force's arrival told at most this far back (read.detached_part)

# --- roles in a clause (clauses._Reader) ------------------------------------------------
CUE_GAP_CHARS = 70                 # a cue governs a place at most this far, inside one noun phrase
OBJECT_GAP_CHARS = 50              # a verb's bare object ("entered the town of X") at most this far
ARRIVAL_NEAR_CHARS = 45            # "in"/"at" is a destination this close after an arrival verb
DEPARTURE_NEAR_CHARS = 60          # ... or an origin this close to a departure word
FOR_AFTER_VERB_CHARS = 20          # "for" is a destination this close after a movement word ...
FOR_GOVERNS_WORDS = 4              # ... and when the place is at most this many words after it
ASIDE_TO_VERB_CHARS = 30           # "X, who arrived ..., will move on": the main verb this close after the aside
TOTAL_BEFORE_COUNT_CHARS = 64      # the words of a total read before a count ("bringing the country's deployment there to about")
NP_CONTINUES_CHARS = 60            # a place continues the previous noun phrase this close ("X in Y")
BETWEEN_REACH_CHARS = 40           # "between (the towns of) " is looked for this far before a pair's first place
SPEAKER_FROM_CHARS = 70            # a verb of saying this far before "from X" makes X where the speaker was
# --- places that look passed and are not, or are (read57) ---
TELLER_BEFORE_CHARS = 60           # "<spokesman> in" this far before a place makes it a teller's (read.teller_place)
ROAD_CUE_CHARS = 40                # "along the" this far before a road's first end (read.road_ends) ...
ROAD_SITE_CHARS = 30               # ... with no site ("checkpoints") this far before the cue
SUBJECT_APPOSITION_CHARS = 160     # the apposition's comma this far before a place in its relative clause (read.subject_relative)
WAY_NOT_TAKEN_CHARS = 60           # "avoiding the road" this far before "through X" (read.way_not_taken)
ACCORD_VENUE_CHARS = 90            # "agreed at talks in" this far before a place (read.accord_venue)

# --- places ---
FAR_NAMESAKE_KM = 1500.0           # a town end this far from every other place, in a country no
                                   # other mention is in, is a namesake (assemble.drop_far_namesakes)--------------------------------------------------------------------------
SAME_SITE_KM = 30.0                # two unnamed points this close are one site
SAME_ROW_KM = 5.0                  # two gazetteer rows this close are duplicates of one site
AREA_HOLDS_KM = 150.0              # an area holds a finer place of its country this close
REGION_RADIUS_MARGIN = 1.25        # ... and a named region that is no province (a valley) no farther than
                                   # its own radius times this (places._beyond_region, read95)
SITE_SIZED_AREA_KM = 30.0          # an area this narrow (a plain, a spit) is listed with towns as a town is (events._routes)
ADMIN2_HOLDS_KM = 50.0             # a district (admin2) holds a town or site of its province this close (places.contains, read81)
COUNTRYSIDE_HOLDS_KM = 80.0        # "the countryside of X" holds a named town of its country this close to X (places.contains; GUIDELINES: a relative place is scored against its anchor within 80 km, read92)
SITE_SERVES_CITY_KM = 15.0         # a base this close to a city is the city's (places._site_of_city)
BRACKETED_SAME_END_KM = 120.0      # "from Latakia (Hmeimim)", "to Murmansk (Olenya)": a place in brackets this close to
                                   # the place before it tells the same end (an air base ~90 km out is still "Murmansk's")
AIRPORT_SERVES_CITY_KM = 30.0      # an airport this close to a city is the city's: a city's airport often lies 20-35 km
                                   # out (as GUIDELINES' 30 km for a point place); a base that far is at another town
BORDER_KM = 25.0                   # a crossing this close to a country is on its border
BORDER_REACH_KM = 500.0            # a border strip holds a point at most this far beyond its anchor's
                                   # own radius (places._border_reaches)
BORDER_TOWN_REACH_KM = 80.0        # ... when the anchor is a town or a district, not a country or a
                                   # province ("the Gaza border area"): GUIDELINES' reach of a relative place

# --- a movement's confidence: assemble._to_feature ---------------------------------------
# (the rest of the sum is written out there: 0.35, + 0.2 an origin, + 0.25 a destination, ...)
DIRECTION_UNSTATED = -0.1          # its ends are only a route "between A and B": which way it went
                                   # is not told, the first named is taken as the origin
UNVERIFIED_CLAIM = -0.15           # every clause telling it calls it unproven ("claimed, without
                                   # evidence, that ...", "could not be verified"): still reported
                                   # (GUIDELINES), vouched for less (read.unverified)
