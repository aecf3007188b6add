"""How candidates of a name are ranked: named features, their weights in one table, a "no place" bar.

A candidate's score is the sum of weight × feature value over :data:`WEIGHTS`; every feature
that contributes says so in the candidate's ``why``. The same table holds the weights the
mention finder uses when it ranks a report's names against each other
(:mod:`geomove.mentions`), so one place shows what decides a reading.

Nothing here changes the index: editing a weight keeps the index fingerprint (see
:func:`geomove.gazetteer_build.fingerprint_sources`).

The "no place" bar (:data:`NO_PLACE`) was calibrated on the gold toponyms of the dev corpora
with ``python benchmarks/gazetteer.py --calibrate``: a candidate below it is not an answer.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..distance import EARTH_DIAMETER_KM, RADIANS, haversine_km
from ..names import light_key, plain
from .kinds import KIND_FAMILY

from ..regex_cache import CompiledPatterns

# (its patterns are built from code an earlier run kept: geomove.regex_cache)
_PATTERNS = CompiledPatterns("gazetteer-ranking")

# kinds that are things built somewhere, named after a town
FACILITY_KINDS = ("base", "airfield", "crossing", "camp", "checkpoint", "oilfield")

WEIGHTS: dict[str, float] = {
    # -- one name looked up alone (Gazetteer.candidates)
    "name": 0.55,             # how well the name matches (see name_match)
    "short_form": -0.0825,    # a short form geomove derived ('Latakia' of 'Latakia air base')
    "article_unmatched": -0.20,  # 'al-Hol' is not Hol in Norway: no spelling has the article
    "area_by_other_name": -0.05,  # 'Donetsk' is the city; the oblast is 'Donetska oblast''
    "importance": 0.30,       # the place's importance × name similarity²
    "spelled_as_another": -0.15,  # 'Damasak' is the Nigerian town, not Damascus spelled 'Damask'
    "by_another_name": -0.05,  # 'Rota' is the Spanish town called so, not Lota (Chile) of the other name 'rota'
    "analyst_place": 0.15,    # the analyst's own place
    "in_hinted_country": 0.15,
    "kind_agrees": 0.12,      # the kind asked for or written beside the name
    "kind_differs": -0.08,
    "facility_unasked": -0.10,  # a bare name means the town, not the crossing or base named after it
    # a country found only by a loose spelling of another of its names, one of another language
    # ('Karrada', the Baghdad district, is no spelling of Montenegro's Turkish name 'Karadağ'):
    # English names a country by its English name or one of its other names written as listed
    # (see country_by_a_loose_other_name); enough to put it below NO_PLACE at full importance
    "country_by_a_loose_other_name": -0.35,
    # a name no place bears as written, one slip of the pen (a letter dropped, doubled, changed
    # or two swapped: FAMOUS_SLIP_LETTERS) from a country's or a world city's own name ('Irsael',
    # 'Isreal' of Israel): a reading of any other place is a guess from a misspelling, below
    # NO_PLACE at full importance ("no place" rather than Aarsal or Usharal; see slip_of_a_famous_name)
    "slip_of_a_famous_name": -0.35,
    "near_context": 0.35,     # exp(-km / 150) to the nearest context point
    "context_given": -0.12,   # (with context, a candidate far from it loses against no context)
    # -- a report's names ranked against each other (mentions._rank_in_context)
    "text_near_places": 0.25,     # exp(-km / 150) to the report's accepted places
    # ... but nearness is gone by 600 km: a reading farther than FAR_NAMESAKE_KM from every other
    # place of the report and in none of their countries, while a namesake lies within REGION_KM
    # of them in one, is on another continent than the report's theatre (Orland, California,
    # against Ørland, Norway, 670 km from Andøya); not a place at least FAR_NAMESAKE_IMPORTANCE
    # important (see mentions.context._namesake_in_the_theatre)
    "text_far_from_a_namesake_in_the_theatre": -0.10,
    "text_country_named": 0.10,   # the candidate's country is named elsewhere in the report
    # ... given back where the country says nothing of the candidate: it lies farther than
    # COUNTRY_NAMED_FAR_KM from every place the report names in that country ('Pokrovsk' beside
    # 'Moscow' is no Yakutian town 4,900 km away: mentions.context._far_from_its_country_s_places),
    # or the name is only one it once had, which a town elsewhere bears as its own (Engels, once
    # 'Pokrovsk': mentions.context._former_name_of_another_s_own)
    "text_country_named_withheld": -0.10,
    # ... but the name is a world city's abroad and this reading far less known, with neither its
    # province named nor a place of the report near it ('Paris' beside 'the United States' is
    # not Paris, Texas: mentions.context._small_namesake_by_country_alone)
    "text_small_namesake_of_a_world_city": -0.15,
    # a world city named in an accord's or talks' name ('the Paris climate agreement', 'the
    # Minsk agreements'): that city, even in a text about Texas (mentions.context._names_an_accord)
    "text_accord_of_a_world_city": 0.30,
    # ... or a city where talks are held ("returned to Vienna for talks", "Geneva hosted the
    # negotiations"): the best-known city of the name, clearly better known than its namesakes,
    # even where the text names the namesakes' capital ("talks in Washington"; mentions.context
    # ._venue_of_talks, _venue_city)
    "text_venue_of_talks": 0.30,
    # ... and its namesakes abroad, whose country the text names only as a whole or by its capital
    # (a government's seat in a text about diplomacy, whose nearness backs no town by it: Vienna,
    # Virginia, 20 km from Washington), lose what that nearness gave them
    "text_namesake_of_a_venue": -0.20,
    # ... or only by a demonym or a force ("Congolese troops", "the Malian army", "Rwandan-backed"):
    # no place of the text lies there, but the text says whose land it is about
    "text_country_by_demonym": 0.10,
    # ... by those who act at home ("Honduran police", "Bolivian authorities"): more so
    "text_country_by_home_demonym": 0.10,
    # a reading on another continent than every country the text names only by a demonym,
    # while another reading of the name lies in one of them ("Honduran troops" and Santa Rosa)
    "text_demonym_continent_elsewhere": -0.10,
    # ... and where no reading lies in those countries, a town on the continent of one of them,
    # while the name's other readings (no world city among them) lie on other continents: a
    # force named by its country is sent abroad most often to its own continent ("Rwandan
    # soldiers reached Palma": Cabo Delgado, not Mallorca; mentions.context
    # ._town_on_a_demonym_continent, which also lets text_demonym_continent_elsewhere weigh the
    # readings abroad)
    "text_town_on_a_demonym_continent": 0.05,
    # ... and where a reading across the border of a country named by a force's demonym takes
    # text_country_by_demonym from its home reading, that reading and those across the border keep
    # this much against namesakes farther off ("Nicaraguan soldiers were stationed in San Carlos":
    # Nicaragua's or Costa Rica's, not California's; mentions.context._demonym_s_border_state)
    "text_demonym_s_border_region": 0.05,
    # a reading the name written is only another name of (Chlef, also spelled 'aš-Šalif'), on
    # another continent than every country the text names as such, while a place in one of them
    # bears the name as its own ('Al-Salif' in a text that names Yemen)
    "text_other_name_on_another_continent": -0.15,
    # ... or only by the first readings of most of the text's unclear names, lying near one
    # another ("Kayes", "Ségou", "Mopti": each has a namesake, none is clear, all read in Mali):
    # weak context, a little more than a named country, whose places would add nearness
    # (mentions.shared_country)
    "text_country_shared_by_unclear": 0.15,
    # the force that leaves the place, named by its country's demonym earlier in the name's
    # sentence ("A British task group sailed from Portsmouth"): a force sets out from home, so
    # the namesake in its country, however far from the text's other places, against one near
    # them abroad (Portsmouth, Virginia, beside Camp Lejeune; mentions.clause_force)
    "text_leaving_force_s_country": 0.05,
    # a reading on the coast, where the name's sentence tells a ship leaving or reaching it ("The
    # frigate left Brest": the French naval port, not Brest, Belarus, a little better known);
    # small, so that a famous river port keeps its rank (mentions.ship_ports)
    "text_ship_s_port": 0.05,
    "text_province_named": 0.20,  # the candidate lies in a province the report names ("Kentucky", "Ky.")
    # ... or in a province whose own force the report names, as much ("the Ohio National Guard moved a
    # company from Lebanon"): a state's guard or police acts at home, so its province counts even
    # where the text names several (which withholds text_province_named; see
    # mentions.context._home_force_provinces)
    "text_home_force_province": 0.20,
    "text_country_holds_places": 0.20,  # a country the report's other places lie in ("Congo" beside Goma)
    "text_bare_area": 0.15,       # a bare country/province name means that area ...
    "text_bare_small_area": 0.05,  # ... a sparsely peopled province less so
    "text_facility_word": 0.30,   # "Kabul airport": the text says what it is
    "text_bare_county": -0.10,    # a county named by its bare name is most often a person
    # a province or district the name is only another name of ('Raški okrug'), the name written
    # in a list of towns while a settlement near them bears it as its own: "Novi Pazar, Raška
    # and Tutin" lists the town of Raška (mentions.context._listed_among_towns)
    "text_area_listed_with_towns": -0.25,
    "text_own_name": 0.05,        # the place's own name, not an alternate name
    # ... letter for letter as the text writes it, while another reading's own name is the same only
    # once its diacritics are folded away: "Munster" is the garrison town in Lower Saxony called
    # so, not Münster (mentions.context._written_letter_for_letter)
    "text_own_spelling": 0.10,
    # ... but the text writes a letter English lacks ("Ørland", "Łomża") that this reading's own
    # name has not, while a reading in another country keeps it (Orland, California, against
    # Ørland, Norway): no writer puts such letters in a name that has none
    # (mentions.context._letters_dropped_abroad)
    "text_letters_dropped": -0.20,
    "text_importance": 0.25,      # context must not drown a capital in villages
    "text_namesake_pair": 0.10,   # another name of the text has a reading right beside this one
    # a roundup of several theatres (a paragraph on Ukraine, one on Sudan): a section's names
    # rank against the section's own places with the weights above; the places and countries
    # of the text's other sections count only this much (mentions.context.theatre_scopes)
    "text_other_theatre_near": 0.05,     # exp(-km / 150) to a place of another section
    "text_other_theatre_country": 0.03,  # the candidate's country is named in another section
}

# a reading in a country the report names, this far from every place the report names in that
# country, gets nothing for its country (text_country_named_withheld): Moscow to Pokrovsk in
# Yakutia 4,870 km. A country's own breadth stays inside it (Toronto-Vancouver 3,350 km,
# New York-Seattle 3,870 km, Halifax-Vancouver 4,430 km)
COUNTRY_NAMED_FAR_KM = 4500.0

# Scores below this are no answer (calibrated; see the module doc).
NO_PLACE = 0.55
# A fuzzy guess farther than this from every context point is no candidate at all.
FUZZY_FAR_KM = 300.0
# With nothing to back it, a fuzzy guess scores at most this (below NO_PLACE).
FUZZY_ALONE_CAP = 0.25
PROXIMITY_KM = 150.0
# A context point's radius: an area is near whatever lies inside it, so a reading is measured from
# its edge (at most CONTEXT_RADIUS_CAP_KM). A river's index radius is half its length around one
# point of its course: the disc holds whole provinces off the river (the Dniester's 300 km reach
# puts villages deep in Romania's Moldavia at 0 km, beside namesakes on the river itself). A
# named river backs a reading from within RIVER_CONTEXT_KM of its point only; its towns are
# placed by the text's towns. (See context_radius.)
CONTEXT_RADIUS_CAP_KM = 300.0
RIVER_CONTEXT_KM = 100.0
_COURSE_KINDS = frozenset(("river",))
# A name with namesakes, read as a place this far from every other place of a report and in
# none of its countries, is no place ("Palma" in a report about Mozambique read as Majorca)
# unless the place is at least this important.
# A facility the gazetteer knows only under another spelling of its (person's) name ("<A> <B>
# International Airport") is read so only this close to another place of the text, in its country,
# and with its name (without the kind words) at least this similar.
LOOSE_FACILITY_SIMILARITY = 0.65
FAR_NAMESAKE_KM = 2000.0
# a report's theatre, at a region's scale: a reading within this of its places is in it (see
# text_far_from_a_namesake_in_the_theatre)
REGION_KM = 1000.0
# ... whose nearness outweighs a far reading's fame only by so much: a far reading more important
# than the namesake in the theatre by more than this keeps its rank (El Vigía, a Venezuelan city
# of 0.62, against a Mexican village of 0.39 near 'Mérida', which fame alone read as Yucatán's)
THEATRE_FAME_MARGIN = 0.15
FAR_NAMESAKE_IMPORTANCE = 0.7
# The two ends of one route ("from A to B", "left A for B"), each a name whose rival readings lie
# in several countries, whose first readings lie farther apart than REGION_KM while a rival of
# each lies within this of the other's: the pair that lies together is meant (mentions.route_ends)
ROUTE_ENDS_TOGETHER_KM = 400.0
# A world city (this important) and a lesser namesake of it (less known by the margin): a text
# that names the namesake's country only by its small places says so more closely
# (mentions.context: text_small_namesake_of_a_world_city; mentions.route_ends._world_city_pair)
WORLD_CITY_IMPORTANCE = 0.8
WORLD_CITY_MARGIN = 0.25
# A list of cities (every other name of it read as a city or town known at least this well, not
# a front's villages): a listed name read as a lesser namesake takes its own name's best-known
# place instead, when that is better known by LIST_FAME_MARGIN and lies within REGION_KM of the
# places listed beside it (mentions.listed_cities)
LISTED_CITY_IMPORTANCE = 0.6
LIST_FAME_MARGIN = 0.1
# No place rather than a far one (mentions.no_place): a name the text calls a crossing, base or
# airfield, found only as a settlement this far from every other place of the text, is that
# facility the index lacks ("the Storskog crossing" in a text about Kirkenes is no Helsinki
# suburb called Storskog in Swedish) ...
UNMET_KIND_FAR_KM = 500.0
# ... and a name at least this many settlements bear, none of them within NEIGHBOURS_FAR_KM of
# the places named in its sentence and the sentences beside it, is a namesake the index lacks
# ("the Peruvian island of Santa Rosa" off Leticia is no Santa Rosa 900 km away)
MANY_NAMESAKES = 3
NEIGHBOURS_FAR_KM = 500.0
# ... and a city read by another of its names that English writes less often than this (Zipf
# frequency: 'Kiev' 3.5, 'Bombay' 3.7 are common currency; 'Enguri', an old name of Ankara, is
# not), that far from every other place of the text and in none of its countries, is no answer
RARE_OTHER_NAME_ZIPF = 3.0
# ... and a settlement read loosely (by a variant spelling or by another of its names, not its
# own: 'Matsu' for Matsue, 'Padaung' for Padang, 'Ganthier' for Hunter by 'Ganter'), less known
# than this, farther than LOOSE_FAR_KM from every other place of a text about one country (or
# from the countries of its section of a roundup) and in none of their countries, is a town the
# index lacks: the spelling says no more than that the names look alike. Famous cities stay
# (Kiev, Bombay: 0.8 and more); Matsue 0.63, Padang 0.70.
LOOSE_FAR_IMPORTANCE = 0.75
# (Matsu-Matsue 1,575 km and Taipei-Matsue 1,570 km pass; a variant spelling of a town across a
# border, 'Zakho' beside Turkey, stays well inside)
LOOSE_FAR_KM = 1000.0
# A famous name (slip_of_a_famous_name): a country's own name, or a city's at least this
# important (world cities: Baghdad 0.95, Nairobi 0.91, Ottawa 0.85) ...
FAMOUS_SLIP_IMPORTANCE = 0.8
# ... written with this many slips (an optimal-string-alignment distance: one letter dropped,
# added or changed, or two neighbours swapped), in a name of at least FAMOUS_SLIP_LEAST_LETTERS
# letters: shorter names are one letter from too many others ('Iran', 'Oman', 'Mali')
FAMOUS_SLIP_LETTERS = 1
FAMOUS_SLIP_LEAST_LETTERS = 5


# A settlement read alone (pass 1 of mentions.finder), less known than this, in no country the
# text names while it names one (by its name or a demonym, whatever role: "Sudan's army said"),
# puts no country into the context of the text's other names (its point stays): it is the first
# reading only because no other place bears its spelling, not because anything says it is meant,
# and two such readings must not back each other against the country the text names ("Bara and
# Karari, Sudan's army said": Karārī in Uttar Pradesh, 0.52, put India there and Bāra in Bihar
# came first). Cities as known as Kosti (0.65) or Qamishli stay whole context
# (mentions.context.ContextRanking._weak_reading_abroad).
STRONG_ALONE_IMPORTANCE = 0.6


# A first-level kind word ('province') also names the second-level units of some countries,
# which GeoNames (and so the index) holds as admin2: Burkina Faso's 45 provinces under its 13
# regions, the Philippines' provinces under their regions, Italy's and Spain's provinces under
# their regions or autonomous communities, Peru's, Bolivia's and Chile's provinces under their
# departments or regions, Belgium's under its three regions. Where a name has no admin1 reading
# and an admin2 reading lies in such a country, the admin2 agrees with the word ("Burkina Faso's
# Soum province", "Sulu province"; gaz85). Kept here, not in kinds.py: it decides how readings
# rank, not what the index holds, so changing it rebuilds no index.
SECOND_LEVEL_WORDS = {
    "province": frozenset({"BF", "PH", "IT", "ES", "PE", "BO", "CL", "BE"}),
}
_SECOND_LEVEL_ANY = frozenset().union(*SECOND_LEVEL_WORDS.values())
# ... and the countries whose first-level units (the index's admin1) English never calls by the
# word: Luxembourg's cantons (its districts until 2015), Switzerland's cantons, the states of
# Germany, Austria and the United States. An admin1 of the name there does not stand in the way
# of a second-level unit the word does name: "Luxembourg province" is Belgium's province, not
# the canton of Luxembourg, nor the country the canton shares its name with (gaz92).
NOT_FIRST_LEVEL_WORDS = {
    "province": frozenset({"LU", "CH", "DE", "AT", "US"}),
}
_NOT_FIRST_LEVEL_ANY = frozenset().union(*NOT_FIRST_LEVEL_WORDS.values())


def second_level_met(word: str | None, readings) -> frozenset | None:
    """The kinds that agree with an admin1 kind word ``word`` (any such word when None) among
    ``readings`` ((kind, country, own) of the readings found): admin1's family with admin2 added
    when ``word`` names second-level units in the country of an admin2 reading and no reading
    is an admin1; None (KIND_FAMILY's family) otherwise."""
    second = SECOND_LEVEL_WORDS.get(word.lower(), ()) if word else _SECOND_LEVEL_ANY
    if not second:
        return None
    # (an admin1 in a country whose first-level units the word never names: only the
    # second-level units agree, as family_met narrows a district's word; a caller that gives
    # the kind without its word, the finder's 'Luxembourg' before 'province': any such word's)
    other = NOT_FIRST_LEVEL_WORDS.get(word.lower(), ()) if word else _NOT_FIRST_LEVEL_ANY
    met = elsewhere = False
    for k, country, _ in readings:
        if k == "admin1":
            if country not in other:
                return None
            elsewhere = True
        elif k == "admin2" and country in second:
            met = True
    if not met:
        return None
    return _SECOND_LEVEL_ONLY if elsewhere else frozenset(KIND_FAMILY["admin1"] | {"admin2"})


_SECOND_LEVEL_ONLY = frozenset({"admin2"})


@dataclass
class Query:
    """What is known about the name being looked up."""
    how: str                     # exact | variant | fuzzy: how the candidate was found
    similarity: float            # spelling similarity of the query and the matched name, 0..1
    kind: str | None = None      # kind asked for or written beside the name
    country: str | None = None   # ISO2 hint
    points: tuple = ()           # (lat, lon) context points
    article: bool = False        # the query starts with an Arabic article ('al-Hol')
    text: str = ""               # the name as asked, without its kind word
    whole: str = ""              # the name as asked, with it (the tie-break of equal scores)
    near_given: bool = False     # points[0] is where the caller asked to look (--near), not context
    exact_elsewhere: bool = False  # another candidate bears the very name asked (see spelled_as_another)
    # the gazetteer ids of the candidates that bear the name asked with its kind word ('Camp
    # Hill', the town): for them the word is part of the name, not a kind (see kind_differs)
    whole_bearers: frozenset = frozenset()
    # the kinds that agree with ``kind`` when narrower than KIND_FAMILY's (kinds.family_met: an
    # admin2 reading found, an admin1 of the name no longer fits 'territory'); None: KIND_FAMILY's
    family: frozenset | None = None
    # the importance of the best-known candidate whose own name is the name asked, when one is
    # at least OWN_NAME_IMPORTANCE (see by_another_name); None: no such candidate
    own_importance: float | None = None
    own_countries: frozenset = frozenset()  # ... and the countries of those candidates
    own_points: tuple = ()  # ... and their (country, lat, lon) (see another_name_only)
    # the famous name (plain) the name asked is a slip of the pen of, when no place bears the
    # name as written (see slip_of_a_famous_name); None: none
    slip_of: str | None = None
    _active: tuple | None = None  # (feature, weight name) pairs that can fire for this query
    _plain_text: str | None = None
    _light_text: str | None = None

    def kind_family(self) -> frozenset | set:
        """The kinds that agree with the kind asked (see ``family``)."""
        return self.family if self.family is not None else KIND_FAMILY.get(self.kind, {self.kind})

    def active(self) -> tuple:
        """The features that can contribute for this query (the rest are 0 for every place):
        one Query serves all candidates of a name, so this is worked out once."""
        if self._active is None:
            # (one answer per combination of what the query has: a batch makes ~3,300 queries,
            # one a name met for the first time)
            has = (bool(self.kind), bool(self.country), bool(self.points), bool(self.article), bool(self.text),
                   self.exact_elsewhere, self.own_importance is not None and bool(self.text))
            active = _ACTIVE_BY_SHAPE.get(has)
            if active is None:
                kind, country, points, article, text, exact_elsewhere, own_elsewhere = has
                idle = set()
                if not exact_elsewhere:
                    idle.add("spelled_as_another")
                if not own_elsewhere:
                    idle.add("by_another_name")
                if not kind:
                    idle |= {"kind_agrees", "kind_differs"}
                if not country:
                    idle.add("in_hinted_country")
                if not points:
                    idle |= {"near_context", "context_given"}
                if not article:
                    idle.add("article_unmatched")
                if not text or kind:
                    idle.add("area_by_other_name")
                active = _ACTIVE_BY_SHAPE[has] = tuple((f, _WEIGHT_OF.get(f.__name__, f.__name__)) for f in FEATURES
                                                       if f.__name__ not in idle)
            self._active = active
        return self._active

    def plain_text(self) -> str:
        if self._plain_text is None:
            self._plain_text = plain(self.text)
        return self._plain_text

    def light_text(self) -> str:
        if self._light_text is None:
            self._light_text = light_key(self.text)
        return self._light_text


def name_match(place: dict, q: Query) -> tuple[float, str]:
    sim = q.similarity
    if q.how == "exact" and sim >= 0.75:
        return 0.4 + 0.6 * sim, f"name {place['matched_name']!r}" + ("" if sim > 0.99 else " (variant spelling)")
    if q.how in ("variant", "exact"):
        return 0.25 + 0.45 * sim, f"loose variant of {place['matched_name']!r}"
    return 0.45 * sim, f"fuzzy match {place['matched_name']!r} ({sim:.2f})"


def spelled_as_another(place: dict, q: Query) -> tuple[float, str | None]:
    """A place found by a spelling close to the name asked ('Damask', 'Pallayan', 'Palan') loses
    against the place that bears the very name asked ('Damasak', 'Palawan'): a writer who meant
    Damascus would have written it so. Only when some candidate's name is the one asked."""
    if q.exact_elsewhere and q.similarity <= _SAME_SPELLING:
        return 1.0, "another place bears the very name asked"
    return 0.0, None


# a name similarity above this is the very name asked (accents and case aside)
_SAME_SPELLING = 0.99


def by_another_name(place: dict, q: Query) -> tuple[float, str | None]:
    """A place found by the very name asked that is only another of its names (Lota, Chile,
    listed also as 'rota'; Amman, once Philadelphia; Belém, 'Bethlehem' in English) loses
    against a place whose own name it is (Rota, Spain; Philadelphia; Bethlehem): GeoNames' own
    name is the one English writes, another name is most often another language's or an old
    one. Only when a candidate of some importance (OWN_NAME_IMPORTANCE) bears the name asked as
    its own (``own_importance``), and only for a place at least as well known as it and at most
    OWN_NAME_MARGIN better: fame alone would rank it first, and fame says little at such a gap.
    A lesser place already ranks below the one called so (its order among other lesser places
    stays as it was), and a city far better known by that other name ('Victoria' of Hong
    Kong, 'White House' of Casablanca) is left to the text's context. Only a place in another
    country than those called so, or far from them in its own (near each other two spellings of
    one name are both local: Deir ez-Zor the city, 'Dayr az Zawr' the province's own name;
    Dayton, Ohio, listed also as 'Venice', is no spelling of Venice, California), and only GeoNames' other
    names (a curated row's are the spellings reports use: 'Dolo' of Dolow); a province has its
    own feature (area_by_other_name), and a close spelling already loses (spelled_as_another)."""
    if q.own_importance is not None and q.text and q.similarity > _SAME_SPELLING \
            and another_name_only(place.get("kind"), place.get("gazetteer_id"), place.get("name"),
                                  place.get("country"), q, place.get("lat"), place.get("lon")) \
            and q.own_importance <= (place.get("importance") or 0.0) <= q.own_importance + OWN_NAME_MARGIN:
        return 1.0, "the name asked is only another of its names"
    return 0.0, None


_AREA_KINDS = ("admin1", "admin2")


def another_name_only(kind: str | None, gazetteer_id: str | None, own: str | None, country: str | None,
                      q: Query, lat: float | None = None, lon: float | None = None) -> bool:
    """Is the name asked only another of a place's names, one of GeoNames' (of many languages
    and times; not a curated row's, the spellings reports use), while a place in another
    country, or far off in its own (own_name_holder_near), bears it as its own (see
    by_another_name)? Never a province (area_by_other_name)."""
    return kind not in _AREA_KINDS and (gazetteer_id or "").startswith("geonames:") \
        and not own_name_holder_near(country, lat, lon, q) and not own_name_is(own, q) \
        and not own_name_unwritten_in_english(own, q)


# a place bearing the name asked as its own within this distance (km) in a place's own country
# makes the two spellings local ones of one area (Deir ez-Zor the city, 'Dayr az Zawr' the
# province's own name, at one point); farther off it is a namesake elsewhere in the country
# (Venice, California, against Dayton, Ohio, which GeoNames lists also as 'Venice')
OWN_NAME_HOLDER_NEAR_KM = 300.0


def own_name_holder_near(country: str | None, lat: float | None, lon: float | None, q: Query) -> bool:
    """Does a candidate of some importance that bears the name asked as its own lie in ``country``
    (and, where both points are known, within OWN_NAME_HOLDER_NEAR_KM of ``lat``, ``lon``)?"""
    if country not in q.own_countries:
        return False
    if lat is None or not q.own_points:
        return True
    return any(cc == country and (la is None or haversine_km(lat, lon, la, lo) <= OWN_NAME_HOLDER_NEAR_KM)
               for cc, la, lo in q.own_points)


def own_name_unwritten_in_english(own: str | None, q: Query) -> bool:
    """Is a place's own name spelled with a letter English lacks ('Ródos', 'Kérkyra', 'Köln')
    while the name asked has none ('Rhodes')? Such an own name is the local romanisation, not
    what English writes: the plain other name the text uses is then most often the place's
    English name (an exonym), not another language's, and says nothing against it; by_another_name
    holds it back no longer (Rhodes, the Greek island town, against Rhodes, a Sydney suburb). Only
    against namesakes of little fame (below SMALL_OWN_NAME_HOLDER): where a well-known place bears
    the name as its own, the plain name is as likely another language's for it (Belém is the
    Portuguese 'Bethlehem', not Bethlehem's English name), and the rule stands."""
    return (q.own_importance or 0.0) < SMALL_OWN_NAME_HOLDER and own_name_foreign_to(q.text, own)


# a place bearing a name as its own below this importance (a suburb, a town of ~10,000: Rhodes,
# New South Wales, 0.51) is a small namesake, which says little against a town's English name
# (see own_name_unwritten_in_english); Bethlehem, 0.62, is not
SMALL_OWN_NAME_HOLDER = 0.55


def own_name_foreign_to(written: str, own: str | None) -> bool:
    """Is ``own`` (a place's own name) spelled with a letter English lacks that ``written`` (a
    name as a text or a query writes it) has none of?"""
    return bool(own) and not own.isascii() and written.isascii() \
        and any(not ch.isascii() and ch.isalpha() for ch in own)  # (a curly apostrophe is no letter: 'Jiang’an')


def exonym_of_a_town(written: str, place: dict) -> bool:
    """Is ``written`` (a name as the text writes it, one ``place`` was found by) the English name
    of a settlement of some size (OWN_NAME_IMPORTANCE, ~30,000 people) whose own name is spelled
    with letters English lacks ('Rhodes' of Ródos, 'Canea' of Chaniá)? Its own name is the local
    romanisation English does not write: the English name is the one a report uses, as much its
    name as another place's own (mentions.context, text_own_name) and no everyday word a foreign
    village happens to be called by (mentions.acceptance._everyday_alias)."""
    return place.get("kind") in ("city", "town", "village") \
        and (place.get("importance") or 0.0) >= OWN_NAME_IMPORTANCE \
        and own_name_foreign_to(written, place.get("name"))


def own_name_is(own: str | None, q: Query) -> bool:
    """Is ``own`` (a place's own name) the name asked, or does it begin with it ('Newcastle' of
    Newcastle upon Tyne, 'New York' of New York City: English shortens a name so), spelling
    conventions folded (the key the gazetteer compares spellings by: 'Ar Raqqah' is 'Raqqa')?"""
    key, said = light_key(own or ""), q.light_text()
    return key == said or key.startswith(said + " ")


def own_name_holders(rows: list, said: str) -> dict:
    """The Query fields ``own_importance`` and ``own_countries`` from the rows found by the very
    name asked (gazetteer rows: own name, country and importance at 2, 4 and 9), ``said`` the
    name's light key: the candidates of at least OWN_NAME_IMPORTANCE whose own name it is."""
    holders = [r for r in rows if (r[9] or 0.0) >= OWN_NAME_IMPORTANCE and light_key(r[2] or "") == said]
    if not holders:
        return {}
    return {"own_importance": max(r[9] for r in holders), "own_countries": frozenset(r[4] for r in holders),
            "own_points": tuple((r[4], r[6], r[7]) for r in holders)}


# the place whose own name is the name asked is at least this important (a town of ~30,000)
# for a place called so only by another of its names to lose against it: a village's own name
# says little against a city's other name (see by_another_name)
OWN_NAME_IMPORTANCE = 0.5
# ... and a place called so by another name loses only if it is at most this much more important
OWN_NAME_MARGIN = 0.15


def short_form(place: dict, q: Query) -> tuple[float, str | None]:
    if place.get("_derived") and not q.kind:
        return 1.0, "short form of " + repr(place["name"])
    return 0.0, None


_ARTICLE_RE = _PATTERNS.compile(r"^(?:al|el|ad|adh|ag|ak|an|ar|as|ash|at|ath|az|ul)[-\s'’‘]", re.I)


# the characters _ARTICLE_RE's ``[-\s'’‘]`` takes: the hyphen, the apostrophes and every
# character ``\s`` (str.isspace) takes, written out (tests/test_speed45.py compares the set with
# the regex over every code point; working it out at import cost more than it saves)
_ARTICLE_SEPARATORS = frozenset("-'’‘\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003"
                                "\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")


def has_article(name: str) -> bool:
    """Does a romanised Arabic name start with its article ('al-Hol', 'Ras' does not)?"""
    name = name.strip()
    # (every article is two or three letters, each one character to the case-insensitive regex,
    # and a separator follows it: a name with none third or fourth, most names, is not asked
    # the regex, ~5,000 times a batch of 380 reports)
    if name[2:3] not in _ARTICLE_SEPARATORS and name[3:4] not in _ARTICLE_SEPARATORS:
        return False
    return bool(_ARTICLE_RE.match(name))


def article_unmatched(place: dict, q: Query) -> tuple[float, str | None]:
    # 'al-Hol' is an Arabic name: a place never spelled with the article (Hol in Norway)
    # matched only because name keys drop articles
    if q.article and not place.get("_spelled_with_article"):
        return 1.0, "never spelled with the article the query has"
    return 0.0, None


def importance(place: dict, q: Query) -> tuple[float, str]:
    # importance counts fully only for a spelling close to the query: a country must not
    # win on its weight alone when only its folded key matches (Shingal is not Senegal)
    imp = place.get("importance") or 0.0
    lent = place.get("_lent_importance") or 0.0
    if lent > imp:
        return lent * q.similarity ** 2, f"importance {lent:.2f} (a facility is named after it)"
    # (the text of an importance, kept by its value: a batch's first-seen look-ups score ~11,000
    # places of ~2,600 importances, and formatting a float is ~1,500 instructions. ``or 0.0``
    # above makes -0.0 0.0, the one value equal to another that formats otherwise)
    said = _IMPORTANCE_SAID.get(imp)
    if said is None:
        said = f"importance {imp:.2f}"
        if len(_IMPORTANCE_SAID) < 1 << 16:
            _IMPORTANCE_SAID[imp] = said
    return imp * q.similarity ** 2, said


_IMPORTANCE_SAID: dict[float, str] = {}


def area_by_other_name(place: dict, q: Query) -> tuple[float, str | None]:
    # Donetsk the city is called so; the oblast only has it among its other names
    if q.text and place.get("kind") in ("admin1", "admin2") and not q.kind \
            and area_named_otherwise(place.get("name"), q):
        return 1.0, f"a province called {place['name']!r}, the name asked is another of its names"
    return 0.0, None


def area_named_otherwise(own: str | None, q: Query) -> bool:
    """Is the name asked not a province's own name (area_by_other_name)? A province whose own
    name is the name asked with the Arabic article before it ('Al Kufrah' for 'Kufra', 'Al Anbar'
    for 'Anbar') is called so: reports drop the article, as the name keys do (has_article, light_key
    folding the spelling), and the name is no other language's or an old one (Şirvan, Turkey,
    listed also as 'Kufra', outranked the Libyan province). The city of the name, where the index
    has one, still bears it as well (mentions.context prefers the city to its province)."""
    said = q.plain_text()
    own_plain = plain(own or "")
    if own_plain == said:
        return False
    if not (own or "").isascii() and plain((own or "").translate(_DIGRAPHS)) == said:
        return False  # ('Tavuš' asked as 'Tavush': its own name, its háček written out)
    return not (has_article(own or "") and light_key(own or "") == q.light_text())


# letters with a háček or cedilla that English writes as two letters: 'Tavuš' is 'Tavush',
# 'Šiauliai' 'Shiauliai', 'Čačak' 'Chachak' (area_named_otherwise)
_DIGRAPHS = str.maketrans({"š": "sh", "Š": "Sh", "ş": "sh", "Ş": "Sh", "č": "ch", "Č": "Ch",
                           "ç": "ch", "Ç": "Ch", "ž": "zh", "Ž": "Zh"})


def digraphs_written_out(name: str | None) -> str:
    """``name`` plain with its háčeks and cedillas written as English writes them ('Tavuš' ->
    'tavush'); plain as it is where it has none."""
    name = name or ""
    return plain(name) if name.isascii() else plain(name.translate(_DIGRAPHS))


def analyst_place(place: dict, q: Query) -> tuple[float, str | None]:
    return (1.0, "analyst's own place") if place.get("user") else (0.0, None)


def in_hinted_country(place: dict, q: Query) -> tuple[float, str | None]:
    return (1.0, f"in {q.country}") if q.country and place.get("country") == q.country else (0.0, None)


def kind_agrees(place: dict, q: Query) -> tuple[float, str | None]:
    if q.kind and place.get("kind") in q.kind_family():
        return 1.0, f"is a {q.kind}"
    return 0.0, None


# a settlement this close to a facility found by a name's head is named after the facility (the
# census place 'Hill Air Force Base' around the base, 'Camp Pendleton South'): it bears the whole
# name asked ('Hill Air Force Base') only because the facility does (see named_after_a_facility)
NAMED_FOR_FACILITY_KM = 30.0
# a small field named like a person of the text is backed by a place the text reads this close
# to it: the town it serves and its neighbours, on either side of a provincial line (South
# Beloit's strip by Beloit, Wisconsin), as PAIR_KM's two readings are one story; a town of its own
# province farther off says nothing of it (a field 140 km from Chicago), so the words stay the
# person's (see mentions.person_or_place._field_backed_by_the_text)
PERSON_S_FIELD_NEAR_KM = 40.0
_SETTLEMENT_KINDS = frozenset(("city", "town", "village"))


def named_after_a_facility(kind: str | None, lat, lon, facilities: list) -> bool:
    """Is a place of ``kind`` at (lat, lon) a settlement (city, town, village) within NAMED_FOR_FACILITY_KM of one of
    ``facilities`` ((lat, lon) of the facilities a name's head found)? Then the whole name it
    bears, kind word included, is the facility's, not a name of its own (see
    Gazetteer._whole_name_bearers, mentions.context._whole_name_readings)."""
    if kind not in _SETTLEMENT_KINDS or lat is None or not facilities:
        return False  # (a county or province is named for no facility: 'Frederick County')
    return any(haversine_km(lat, lon, la, lo) <= NAMED_FOR_FACILITY_KM for la, lo in facilities)


def kind_differs(place: dict, q: Query) -> tuple[float, str | None]:
    # (a place whose own name holds the kind word asked, 'Camp Hill' the town, is not said to be
    # a camp by it: the word is part of the name it bears)
    if q.kind and place.get("kind") not in q.kind_family() \
            and place.get("gazetteer_id") not in q.whole_bearers:
        return 1.0, f"not a {q.kind}"
    return 0.0, None


def facility_unasked(place: dict, q: Query) -> tuple[float, str | None]:
    if not q.kind and place.get("_namesake_settlement") and not place.get("user"):
        return 1.0, f"a {place['kind']} named after {place['_namesake_settlement']}; the query names no kind"
    return 0.0, None


def mark_namesake_settlements(places: list[dict], within_km: float = 60.0) -> None:
    """Flag facilities with a settlement of the same name nearby in the same country among
    ``places`` (Qamishli the town and the Qamishli crossing): a bare name means the settlement.
    (A twin town across the border does not count: Ras al-Ayn's crossing and Ceylanpinar.)
    The marks: a facility's ``_namesake_settlement`` (the town's name), a town's
    ``_lent_importance`` (see :func:`namesake_marks`)."""
    if not any(p.get("kind") in FACILITY_KINDS and p.get("lat") is not None for p in places):
        return
    named, lent = namesake_marks([(p.get("kind"), p.get("country"), p.get("lat"), p.get("lon"), p.get("name"),
                                   p.get("importance")) for p in places], within_km)
    for i, town in named.items():
        places[i]["_namesake_settlement"] = town
    for i, imp in lent.items():
        places[i]["_lent_importance"] = max(places[i].get("_lent_importance", 0.0), imp)


def namesake_marks(rows: list[Sequence], within_km: float = 60.0, columns: tuple[int, ...] = (0, 1, 2, 3, 4, 5)
                   ) -> tuple[dict[int, str], dict[int, float]]:
    """The marks :func:`mark_namesake_settlements` gives, for places given as rows (a name's
    found rows, before any PLACE dict is made) whose kind, country, lat, lon, name and
    importance are at the positions ``columns``: ({facility's index: the name of the
    settlement it is named after}, {settlement's index: the importance a facility named
    after it lends it})."""
    kind_at, country_at, lat_at, lon_at, name_at, importance_at = columns
    named: dict[int, str] = {}
    lent: dict[int, float] = {}
    facilities = [(i, r) for i, r in enumerate(rows) if r[kind_at] in FACILITY_KINDS and r[lat_at] is not None]
    if not facilities:
        return named, lent
    # a town more than within_km of latitude away is farther than within_km (the great circle
    # is never shorter than the meridian arc; the margin covers rounding): no distance needed
    max_dlat = (within_km + 1.0) / (EARTH_DIAMETER_KM / 2) * 180.0 / math.pi
    # the towns of each facility's country, each with its index (the tie-break below, in the
    # order of the rows): a facility is compared with its own country's towns only (a common
    # name's key finds hundreds of places in dozens of countries)
    by_country: dict = {r[country_at]: [] for _, r in facilities}
    for i, t in enumerate(rows):
        if t[kind_at] in _NAMESAKE_TOWN_KINDS and t[country_at] in by_country and t[lat_at] is not None:
            by_country[t[country_at]].append((i, t))
    for f, p in facilities:
        lat, lon = p[lat_at], p[lon_at]
        near = [(t[kind_at] not in ("city", "town", "village"), d, i) for i, t in by_country[p[country_at]]
                if abs(t[lat_at] - lat) <= max_dlat
                and (d := haversine_km(lat, lon, t[lat_at], t[lon_at])) <= within_km]
        if near:
            # the town itself before a province of its name, the nearest first
            i = min(near)[2]
            named[f] = rows[i][name_at]
            # a crossing or base named after a town says the town matters, whatever
            # its recorded population (GeoNames has Tall Abyad as a village of 0)
            lent[i] = max(lent.get(i, 0.0), (p[importance_at] or 0) - 0.05)
    return named, lent


_NAMESAKE_TOWN_KINDS = frozenset(("city", "town", "village", "admin1", "admin2"))


def near_context(place: dict, q: Query) -> tuple[float, str | None]:
    if not q.points or place.get("lat") is None:
        return 0.0, None
    d = context_km(place, q)
    return math.exp(-d / PROXIMITY_KM), f"{round(d) if 0.0 < d < math.inf else format(d, '.0f')} km from context"


def context_given(place: dict, q: Query) -> tuple[float, str | None]:
    # (a point the caller names with --near orders the answers; it does not make a place
    # far from it less of a place)
    return (1.0, None) if q.points and not q.near_given and place.get("lat") is not None else (0.0, None)


def loose_other_name_of_a_country(kind: str | None, own: str | None, matched: str | None, q: Query,
                                  similarity: float | None = None) -> bool:
    """Is a country found by a spelling that is neither its own name nor, accents and case
    folded (plain), the name asked? The key that found it folded letters English spellings of
    a country never differ by (doubled letters: 'Karrada' and 'Karadağ' share a key): a loose
    reading of another language's name (see country_by_a_loose_other_name). 'Burma', 'Ivory
    Coast' are other names written as listed; 'Saudi Arabian' (found by 'Saudi-Arabien') is the
    English adjective of the country's own name, which it begins with. Nor where the country's
    own name is as close to the name asked as the spelling matched (:func:`own_name_as_close`).
    ``similarity``: the candidate's (default the query's)."""
    if kind != "country" or not q.text or not matched or matched == own:
        return False
    said, own_plain = q.plain_text(), plain(own or "")
    return plain(matched) != said and not (own_plain and (said.startswith(own_plain) or own_plain.startswith(said))) \
        and not own_name_as_close(own, q, q.similarity if similarity is None else similarity)


def own_name_as_close(own: str | None, q: Query, similarity: float) -> bool:
    """Is a country's own name at least as close to the name asked (light keys) as the other
    name of it that was matched? 'Isreal' is as close to 'Israel' as to 'İsrail', the Turkish
    name the look-up happened to match (equally close spellings go to the greatest): a slip of
    the pen of the English name, no loose reading of another language's."""
    if not own:
        return False
    from rapidfuzz.fuzz import ratio
    return ratio(light_key(own), q.light_text()) / 100.0 >= similarity


def slip_of_a_famous_name(place: dict, q: Query) -> tuple[float, str | None]:
    """The name asked, spelled so by no place, is one slip of the pen from a famous name
    (:attr:`Query.slip_of`): a place that does not bear that name is no reading of it."""
    if q.slip_of is not None and plain(place.get("name") or "") != q.slip_of:
        return 1.0, f"one slip of the pen from {q.slip_of!r}, a better-known name"
    return 0.0, None


def country_by_a_loose_other_name(place: dict, q: Query) -> tuple[float, str | None]:
    if loose_other_name_of_a_country(place.get("kind"), place.get("name"), place.get("matched_name"), q):
        return 1.0, f"a loose spelling of {place['matched_name']!r}, another name of the country"
    return 0.0, None


def context_km(place: dict, q: Query) -> float:
    return min(haversine_km(place["lat"], place["lon"], la, lo) for la, lo in q.points)


FEATURES = (name_match, spelled_as_another, by_another_name, short_form, article_unmatched, area_by_other_name, importance, analyst_place, in_hinted_country, kind_agrees,
            kind_differs, facility_unasked, country_by_a_loose_other_name, slip_of_a_famous_name, near_context,
            context_given)
_WEIGHT_OF = {"name_match": "name"}
# Query.active's answers by (kind, country, points, article, text) present
_ACTIVE_BY_SHAPE: dict[tuple, tuple] = {}


def score(place: dict, q: Query) -> dict | None:
    """``place`` with ``score`` (0..1), ``why`` and ``features`` ({name: contribution}); None
    when the candidate is no candidate at all (a fuzzy guess far from every context point).

    The features of :data:`FEATURES` are written out here, in their order, with their own
    arithmetic and texts (:func:`score_by_features` calls each feature function: the same
    answer, ~8 calls and tuples a place; a batch's first-seen look-ups score ~11,000 places);
    a query whose active features are not FEATURES' own (a list changed at run time) is scored
    by :func:`score_by_features`."""
    if q.how == "fuzzy" and q.points and place.get("lat") is not None and context_km(place, q) > FUZZY_FAR_KM:
        return None  # a fuzzy guess far from the report's places is worse than none
    active = q.active()
    plan = _PLANS.get(id(active))
    if plan is None or plan[0] is not active:
        plan = _plan_of(active)
    if plan[1] is None:
        return _scored_by_features(place, q, active)
    (spelled_as, by_another, article, area_other, in_country, agrees, differs, near, given) = plan[1]
    weights = WEIGHTS
    total = 0.0
    why = []
    contributions = {}
    sim = q.similarity
    how = q.how
    matched = place["matched_name"]
    # name_match
    if how == "exact" and sim >= 0.75:
        x = 0.4 + 0.6 * sim
        why.append(f"name {matched!r}" + ("" if sim > 0.99 else " (variant spelling)"))
    elif how == "variant" or how == "exact":
        x = 0.25 + 0.45 * sim
        why.append(f"loose variant of {matched!r}")
    else:
        x = 0.45 * sim
        why.append(f"fuzzy match {matched!r} ({sim:.2f})")
    if x:
        total += (share := weights["name"] * x)
        contributions["name"] = share
    if spelled_as and q.exact_elsewhere and sim <= _SAME_SPELLING:
        total += (share := weights["spelled_as_another"] * 1.0)
        contributions["spelled_as_another"] = share
        why.append("another place bears the very name asked")
    if by_another:
        x, say = by_another_name(place, q)
        if x:
            total += (share := weights["by_another_name"] * x)
            contributions["by_another_name"] = share
        if say:
            why.append(say)
    get = place.get
    if get("_derived") and not q.kind:  # short_form
        total += (share := weights["short_form"] * 1.0)
        contributions["short_form"] = share
        why.append("short form of " + repr(place["name"]))
    if article and q.article and not get("_spelled_with_article"):
        total += (share := weights["article_unmatched"] * 1.0)
        contributions["article_unmatched"] = share
        why.append("never spelled with the article the query has")
    if area_other and get("kind") in _AREA_KINDS:  # (area_by_other_name: no other kind fires)
        x, say = area_by_other_name(place, q)
        if x:
            total += (share := weights["area_by_other_name"] * x)
            contributions["area_by_other_name"] = share
        if say:
            why.append(say)
    # importance
    imp = get("importance") or 0.0
    lent = get("_lent_importance") or 0.0
    if lent > imp:
        x = lent * sim ** 2
        why.append(f"importance {lent:.2f} (a facility is named after it)")
    else:
        x = imp * sim ** 2
        said = _IMPORTANCE_SAID.get(imp)
        if said is None:
            said = f"importance {imp:.2f}"
            if len(_IMPORTANCE_SAID) < 1 << 16:
                _IMPORTANCE_SAID[imp] = said
        why.append(said)
    if x:
        total += (share := weights["importance"] * x)
        contributions["importance"] = share
    user = get("user")
    if user:  # analyst_place
        total += (share := weights["analyst_place"] * 1.0)
        contributions["analyst_place"] = share
        why.append("analyst's own place")
    if in_country and q.country and get("country") == q.country:
        total += (share := weights["in_hinted_country"] * 1.0)
        contributions["in_hinted_country"] = share
        why.append(f"in {q.country}")
    if agrees or differs:
        kind = q.kind
        if kind:
            agreeing = get("kind") in q.kind_family()
            if agrees and agreeing:
                total += (share := weights["kind_agrees"] * 1.0)
                contributions["kind_agrees"] = share
                why.append(f"is a {kind}")
            if differs and not agreeing and get("gazetteer_id") not in q.whole_bearers:
                total += (share := weights["kind_differs"] * 1.0)
                contributions["kind_differs"] = share
                why.append(f"not a {kind}")
    if not q.kind and get("_namesake_settlement") and not user:  # facility_unasked
        total += (share := weights["facility_unasked"] * 1.0)
        contributions["facility_unasked"] = share
        why.append(f"a {place['kind']} named after {place['_namesake_settlement']}; the query names no kind")
    if get("kind") == "country":  # country_by_a_loose_other_name (no other kind fires)
        x, say = country_by_a_loose_other_name(place, q)
        if x:
            total += (share := weights["country_by_a_loose_other_name"] * x)
            contributions["country_by_a_loose_other_name"] = share
            why.append(say)
    if q.slip_of is not None:  # slip_of_a_famous_name
        x, say = slip_of_a_famous_name(place, q)
        if x:
            total += (share := weights["slip_of_a_famous_name"] * x)
            contributions["slip_of_a_famous_name"] = share
            why.append(say)
    for on, feature, name in ((near, near_context, "near_context"), (given, context_given, "context_given")):
        if on:
            x, say = feature(place, q)
            if x:
                total += (share := weights[name] * x)
                contributions[name] = share
            if say:
                why.append(say)
    if how == "fuzzy" and not q.points:
        total = min(total, FUZZY_ALONE_CAP)  # no context to back a fuzzy guess: below the bar
    place["score"] = round(max(0.0, min(1.0, total)), 3)
    place["why"] = "; ".join(why)
    place["features"] = contributions
    return place


def score_by_features(place: dict, q: Query) -> dict | None:
    """:func:`score` by calling each active feature function in turn (the reference form of
    it, and the path of a query whose features are not :data:`FEATURES`' own)."""
    if q.how == "fuzzy" and q.points and place.get("lat") is not None and context_km(place, q) > FUZZY_FAR_KM:
        return None
    return _scored_by_features(place, q, q.active())


def _scored_by_features(place: dict, q: Query, active: tuple) -> dict:
    total = 0.0
    why = []
    contributions = {}
    for feature, name in active:
        x, say = feature(place, q)
        if x:
            share = WEIGHTS[name] * x
            contributions[name] = share
            total += share
        if say:
            why.append(say)
    if q.how == "fuzzy" and not q.points:
        total = min(total, FUZZY_ALONE_CAP)  # no context to back a fuzzy guess: below the bar
    place["score"] = round(max(0.0, min(1.0, total)), 3)
    place["why"] = "; ".join(why)
    place["features"] = contributions
    return place


# score's plan for each tuple of active features (Query.active: one tuple a shape of query, kept
# for the process), by the tuple's id: (the tuple, the flags of the features that come and go
# in FEATURES' order, or None when the tuple holds other features or weights than FEATURES')
_PLANS: dict[int, tuple] = {}
_OPTIONAL = (spelled_as_another, by_another_name, article_unmatched, area_by_other_name, in_hinted_country,
             kind_agrees, kind_differs, near_context, context_given)
_ALWAYS = (name_match, short_form, importance, analyst_place, facility_unasked, country_by_a_loose_other_name,
           slip_of_a_famous_name)
_FEATURE_ORDER = (name_match, spelled_as_another, by_another_name, short_form, article_unmatched,
                  area_by_other_name, importance, analyst_place, in_hinted_country, kind_agrees,
                  kind_differs, facility_unasked, country_by_a_loose_other_name, slip_of_a_famous_name,
                  near_context, context_given)


def _plan_of(active: tuple) -> tuple:
    funcs = [f for f, _ in active]
    names_ok = all(name == _WEIGHT_OF.get(f.__name__, f.__name__) for f, name in active)
    order = [_FEATURE_ORDER.index(f) if f in _FEATURE_ORDER else -1 for f in funcs]
    fast = (names_ok and -1 not in order and order == sorted(order) and len(set(order)) == len(order)
            and all(f in funcs for f in _ALWAYS))
    plan = (active, tuple(f in funcs for f in _OPTIONAL) if fast else None)
    _PLANS[id(active)] = plan
    return plan


# ---------------------------------------------------------------- many candidates at once

# The features :func:`approx_totals` can work out over columns, by their weight name: each is the
# same arithmetic as the feature function above, on one column per candidate. A feature missing
# here (near_context, context_given: distances) makes approx_totals decline.
def _vec_name_match(c, q):
    import numpy as np
    sim = c["similarity"]
    if q.how == "exact":
        return np.where(sim >= 0.75, 0.4 + 0.6 * sim, 0.25 + 0.45 * sim)
    if q.how == "variant":
        return 0.25 + 0.45 * sim
    return 0.45 * sim


def _vec_importance(c, q):
    import numpy as np
    imp, lent = c["importance"], c["lent_importance"]
    return np.where(lent > imp, lent, imp) * c["similarity"] ** 2


_VECTOR_FEATURES = {
    "name_match": _vec_name_match,
    "short_form": lambda c, q: c["derived"] * (not q.kind),
    "article_unmatched": lambda c, q: ~c["spelled_with_article"] * bool(q.article),
    "area_by_other_name": lambda c, q: c["area_by_other_name"] * bool(q.text and not q.kind),
    "importance": _vec_importance,
    "analyst_place": lambda c, q: c["user"],
    "in_hinted_country": lambda c, q: c["in_country"] * bool(q.country),
    "kind_agrees": lambda c, q: c["kind_agrees"] * bool(q.kind),
    "kind_differs": lambda c, q: ~c["kind_agrees"] * ~c["whole_name"] * bool(q.kind),
    "facility_unasked": lambda c, q: c["namesake"] * ~c["user"] * (not q.kind),
    "country_by_a_loose_other_name": lambda c, q: c["loose_country_name"],
    "slip_of_a_famous_name": lambda c, q: ~c["famous_own_name"] * (q.slip_of is not None),
    "spelled_as_another": lambda c, q: (c["similarity"] <= _SAME_SPELLING) * q.exact_elsewhere,
    "by_another_name": lambda c, q: (c["similarity"] > _SAME_SPELLING) * c["another_name_only"]
    * ((q.own_importance or 0.0) <= c["importance"]) * (c["importance"] <= (q.own_importance or 0.0) + OWN_NAME_MARGIN)
    * bool(q.own_importance is not None and q.text),
}


def approx_totals(columns: dict, q: Query):
    """The totals :func:`score` adds up (before clipping and rounding), for many candidates of
    one query at once with numpy, from :data:`WEIGHTS`; None when an active feature has no
    column form (context points). Columns (numpy arrays, one entry per candidate):
    ``similarity``, ``importance``, ``lent_importance`` (floats, 0.0 for none), and the booleans
    ``derived``, ``spelled_with_article``, ``area_by_other_name``, ``user``, ``in_country``,
    ``kind_agrees``, ``whole_name`` (Query.whole_bearers), ``namesake`` (a facility with a settlement of its name nearby),
    and ``another_name_only`` (:func:`another_name_only`).

    numpy's last bits may differ from Python's (powers), so these pick which candidates need
    an exact :func:`score`, they are never a score themselves (see
    ``Gazetteer._best_by_totals``)."""
    import numpy as np
    total = np.zeros(len(columns["similarity"]))
    for feature, name in q.active():
        vec = _VECTOR_FEATURES.get(feature.__name__)
        if vec is None:
            return None
        total = total + WEIGHTS[name] * np.asarray(vec(columns, q), dtype=float)
    if q.how == "fuzzy" and not q.points:
        total = np.minimum(total, FUZZY_ALONE_CAP)
    return total



def context_radius(reading: dict) -> float:
    """The radius a clear reading's point has as context (see RIVER_CONTEXT_KM): its own
    uncertainty, at most CONTEXT_RADIUS_CAP_KM, and at most RIVER_CONTEXT_KM for a river's."""
    unc = reading.get("uncertainty_km") or 0.0
    cap = RIVER_CONTEXT_KM if reading.get("kind") in _COURSE_KINDS else CONTEXT_RADIUS_CAP_KM
    return unc if unc < cap else cap

def drop_lone_far_context(points: list, text_countries: dict, importance_of: dict) -> list:
    """The context points without those of a name that stands alone on another continent.

    A name the gazetteer knows only once is "clear" on its own, but when that one reading lies
    farther than :data:`FAR_NAMESAKE_KM` from every other name of a report, in a country no
    other name points to, and is not famous, it is most likely a namesake the gazetteer lacks
    ("Central Coast" in a report about British Columbia read as the Australian one). As context
    it would pull the report's other names to its continent (Toronto to the namesake beside it),
    so it is left out of the context, and out of ``text_countries`` (changed in place); its own
    reading stays. ``points`` are (lat, lon, name key, radius km); ``importance_of`` maps a name
    key to the importance of its reading. Needs two other names that lie together to judge by
    (three names on three continents say nothing about which one is astray).
    """
    by_key: dict[str, dict] = {}
    for la, lo, k, _ in points:
        by_key.setdefault(k, {})[(la, lo)] = None  # each distinct point once
    if len(by_key) < 3:
        return points
    lone = set()
    for k, own in by_key.items():
        if importance_of.get(k, 1.0) >= FAR_NAMESAKE_IMPORTANCE:
            continue
        if _far_from_every_other_name(by_key, k) and _two_names_together(by_key, k):
            lone.add(k)
    # another name in its country ("Sydney" beside it): not alone after all
    lone = {k for k in lone if all(keys == {k} for keys in text_countries.values() if k in keys)}
    if not lone:
        return points
    for cc in [cc for cc, keys in text_countries.items() if keys & lone]:
        del text_countries[cc]
    return [p for p in points if p[2] not in lone]


def _far_from_every_other_name(by_key: dict, k: str) -> bool:
    """Does every reading of ``k`` lie farther than :data:`FAR_NAMESAKE_KM` from every reading
    of every other name? (Stops at the first near pair: in a long text's section most names
    have one at once, and gathering every other name's readings first cost a pass over all
    of them for each name.)"""
    for la, lo in by_key[k]:
        for k2, ps in by_key.items():
            if k2 != k:
                for la2, lo2 in ps:
                    if haversine_km(la, lo, la2, lo2) <= FAR_NAMESAKE_KM:
                        return False
    return True


def _two_names_together(by_key: dict, but: str) -> bool:
    """Do two names other than ``but`` have readings within :data:`FAR_NAMESAKE_KM` of each other?"""
    keys = [k for k in by_key if k != but]
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            if any(haversine_km(la, lo, lb, ob) <= FAR_NAMESAKE_KM for la, lo in by_key[a] for lb, ob in by_key[b]):
                return True
    return False


PAIR_KM = 40.0  # readings of two names this close say the text means both ("London" beside "St. Thomas")


class PairIndex:
    """The plausible readings of a text's names on a coarse grid: does some other name have a
    reading within :data:`PAIR_KM` of a candidate? Two names of a report whose readings lie
    side by side most likely mean those two places, whichever is better known elsewhere."""

    CELL = 2.0  # degrees of latitude: wider than PAIR_KM plus two capped radii

    def __init__(self, readings: dict[str, list[tuple[float, float, float]]]):
        # latitude row -> longitude column -> the readings in that cell: the nine (fifteen) cells
        # around a reading are found by small-int keys, a row at a time (no tuple to build and
        # hash for each of them: most rows around a reading hold nothing)
        rows: dict[int, dict[int, list[tuple[float, float, float, str]]]] = {}
        self._memo: dict[tuple, float | None] = {}
        cell, cap = self.CELL, _PAIR_RADIUS_CAP
        for key, pts in readings.items():
            for la, lo, u in dict.fromkeys(pts):
                i, j = int(la // cell), int(lo // cell)
                row = rows.get(i)
                if row is None:
                    row = rows[i] = {}
                at = row.get(j)
                if at is None:
                    at = row[j] = []
                at.append((la, lo, u if u < cap else cap, key))
        self.rows = rows

    @property
    def cells(self) -> dict[tuple[int, int], list[tuple[float, float, float, str]]]:
        """(latitude row, longitude column) -> the readings in that cell, in the order added."""
        return {(i, j): at for i, row in self.rows.items() for j, at in row.items()}

    def nearest_other(self, lat: float, lon: float, own: str, radius: float = 0.0) -> float | None:
        """km between a reading at (lat, lon) of ``radius`` km and the nearest reading of a
        name other than ``own`` (edge to edge for areas), when within PAIR_KM: the readings of
        the three rows of cells around it, one column either side (two near the poles)."""
        memo_key = (own, lat, lon, radius)
        known = self._memo.get(memo_key, _UNKNOWN)
        if known is not _UNKNOWN:
            return known  # a long text repeats its names, and each name is ranked twice
        # (min(radius, cap) and max(0.0, gap) below as min and max give them, written out)
        radius = _PAIR_RADIUS_CAP if _PAIR_RADIUS_CAP < radius else radius
        ci, cj = int(lat // self.CELL), int(lon // self.CELL)
        # (near the poles a degree of longitude is short: look one cell further east and west)
        columns = _COLUMNS_WIDE if abs(lat) > 60 else _COLUMNS
        box = (PAIR_KM + radius + _PAIR_RADIUS_CAP) / 111.0  # degrees of latitude
        best = c1 = None
        rows = self.rows
        for di in _ROWS:
            row = rows.get(ci + di)
            if row is None:
                continue
            for dj in columns:
                at = row.get(cj + dj)
                if at is None:
                    continue
                for la, lo, u, key in at:
                    if key != own and abs(la - lat) <= box:
                        # haversine_km(lat, lon, la, lo) written out, operation for operation (the
                        # same floats: min(1.0, x) as min gives it, x / 2 as x * 0.5, an exact
                        # halving either way; the reading's own cosine once a call)
                        if c1 is None:
                            p1 = lat * RADIANS
                            c1 = math.cos(p1)
                        p2 = la * RADIANS
                        h = math.sqrt(math.sin((p2 - p1) * 0.5) ** 2
                                      + c1 * math.cos(p2) * math.sin((lo - lon) * RADIANS * 0.5) ** 2)
                        d = EARTH_DIAMETER_KM * math.asin(h if h < 1.0 else 1.0) - radius - u
                        if not d > 0.0:
                            d = 0.0
                        if d <= PAIR_KM and (best is None or d < best):
                            best = d
        self._memo[memo_key] = best
        return best


# the cells PairIndex.nearest_other looks in, around a reading's own: rows, and columns (wider
# beyond 60 degrees of latitude)
_ROWS = (-1, 0, 1)
_UNKNOWN = object()  # (not asked yet: a memo's answer may be None)
_COLUMNS = (-1, 0, 1)
_COLUMNS_WIDE = (-2, -1, 0, 1, 2)
_PAIR_RADIUS_CAP = 60.0  # a county or province counts as near what lies within this of its point
_PATTERNS.save()
