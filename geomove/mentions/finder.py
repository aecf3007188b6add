"""Assembly: one reading of one text, stage after stage (scan, datelines, roles, binding hints,
ranking in context, acceptance, guards), and the MENTION records it returns."""

from __future__ import annotations

import bisect
import itertools
import operator

from ..distance import haversine_km
from ..gazetteer import name_key
from ..names import plain
from ..gazetteer.ranking import context_radius, drop_lone_far_context
from ..relative import relation_around, seen_through
from ..textutil import sentence_spans, tokenize_with_texts
from .tokens import TextStructure
from .candidates import CandidateLookup, shared_candidates
from .persons import PersonsAndOrganisations
from .person_or_place import PersonsNamedLikePlaces
from .facilities import Facilities
from .hyphens import Hyphenated, place_suffix
from .scan import RunScanner
from .roles import ACTING_PARTICIPLES, Roles
from .datelines import Datelines
from .hints import BindingHints, undecided_shared_countries
from .clause_force import leaving_force_s_country
from .context import ContextRanking
from .acceptance import Acceptance
from .listed import ListedPlaces
from .guards import FarReadingGuards
from .features import FeatureWords
from .shared_heads import SharedHeads
from .capitals import CapitalsByCountry
from .no_place import _another_name, city_by_a_rare_other_name_far, common_name_far_from_its_neighbours, \
    by_a_border_it_is_far_from, crossing_at_no_border_town, facility_of_another_kind_far, facility_only_a_far_town, loose_reading_far, \
    loose_reading_unbacked
from .name_tails import article_left_out, landform_tail, structure_tail, tail_left_out
from .words import FACILITY_KINDS, SETTLEMENT_KINDS

# the readings a structure named after its head stands in or at ("the Kherson Bridge", "the Mosul
# Dam"): a settlement, or an installation (words.FACILITY_KINDS, whose camp, checkpoint and oilfield
# this lacked: "the Zaatari Stadium" stands in the camp, s31-tidy49-*; the structure itself found
# by the head alone), or a port (a kind only a GeoNames import gives, PRT, which the guards do not
# judge as a facility)
_STRUCTURE_HOMES = frozenset(SETTLEMENT_KINDS + FACILITY_KINDS + ("port",))
from .famous_heads import unknown_name_after_far_head
from .flights import airfield_of_a_flight, origin_of_a_flight_to_an_airfield, town_near_its_airfield
from .airports_by_their_town import AIRPORTS_SET_ASIDE, airports_by_their_town
from .joined_names import joined_pairs
from .text_order import START
from .appositions import said_small_but_read_great
from .org_names import groups_named_after_a_verb_of_joining, groups_named_before_fighters, outlets_named_before_their_noun
from .article_tails import compound_heads, compound_tails
from .shared_country import country_shared_by_unclear_names
from .lower_case_heads import LowerCaseHeads
from .written_apart import NamesWrittenApart
from .bracketed import BracketedQualifiers
from .taken_up import TakenUp
from .institutions import Institutions
from .unknown_parts import UnknownParts, at_the_holder
from .told_within import mark_told_within
from .other_names import LANGUAGES_NAMED_LIKE_PLACES, language_after_a_naming_word
from .brands import names_of_products
from .compass_heads import compass_names_qualifying_a_place, compass_parts_of_another_country
from .group_homes import group_home_countries
from .route_ends import listed_names_read_together, route_ends_read_together
from .sentence_country import repeats_read_in_their_sentence_s_country
from .listed_cities import best_known_in_lists_of_cities
from .metro_areas import metropolitan_areas, note_metro_areas


_TEXT = operator.attrgetter("text")
_FIRST_CHARACTER = operator.itemgetter(slice(0, 1))


# the reading of a landform's head word that makes "<Name> peninsula" the landform rather than
# the town: the name as the text writes it (or a spelling this near), no loose variant
LANDFORM_HEAD_SIMILARITY = 0.95


def _lower_case_words(toks, texts: list[str] | None = None) -> set[str]:
    """The words the text writes with a lower-case first letter ("the text itself writes this
    word in lower case: a common word, not a name"). ``texts``: the tokens' texts when the
    caller has them (textutil.tokenize_with_texts), not fetched again.

    (speed161) The distinct spellings, sorted: below U+0080 a lower-case letter is one of a-z,
    so those opening with one are the slice from "a" up to "{" (the character after "z"), found
    by two bisections with no test of each word; only the words opening past ASCII
    (_NON_ASCII_FIRST on) are tested one by one, first letter in lower case and a letter (a
    lower-case "ⓐ" is no letter). Sorting the text's ~170 distinct words cost less than the
    four C-level passes over each of them that tested every word."""
    spellings = sorted(set(texts if texts is not None else map(_TEXT, toks)))
    out = set(spellings[bisect.bisect_left(spellings, "a"):bisect.bisect_left(spellings, "{")])
    past_ascii = spellings[bisect.bisect_left(spellings, _NON_ASCII_FIRST):]
    if past_ascii:
        firsts = list(map(_FIRST_CHARACTER, past_ascii))
        out.update(itertools.compress(past_ascii, map(operator.and_, map(str.islower, firsts), map(str.isalpha, firsts))))
    return out


# the first character past ASCII: a word opening with it or later is tested by its first letter
_NON_ASCII_FIRST = "\x80"


def _fame_by_another_name(m: dict, best: dict) -> bool:
    """Is ``best`` famous but read by another of its names, one not its own nor a spelling of
    it ("Kita", an old name of Quito)? Then its fame does not make the mention clear.

    why: a clear reading's point is context for every other name of the text. "Kita" in a
    sentence with Kayes, Ségou and Mopti (each with a namesake somewhere, so none clear) read
    Quito, importance 0.89, whose point was then the only context, and Kita, Mali, 150 km from
    each of them, lost."""
    return best.get("kind") != "country" and _another_name(plain(m.get("surface") or ""), plain(best.get("name") or ""))


# readings scoring within this of the first are rivals for a name: the first is not clear on
# its own unless every rival is the same place (_one_place_however_read)
CLEAR_MARGIN = 0.1
# a rival reading this near the first (km), or within the radius of either when one is an area
# (the province a city names), is the same place for the text's context
SAME_PLACE_KM = 50.0
_AREA_READINGS = frozenset(("admin1", "admin2"))


def _one_place_however_read(cands: list[dict]) -> bool:
    """Are the first reading and every rival within CLEAR_MARGIN of its score one place: in the
    one country, and within SAME_PLACE_KM of each other, or the province or district read
    beside the town it is named after within the area's radius ("Murzuq": the town 0.715, the
    province 0.709; "Sevastopol": the city and the city's region)? The name then says where the
    text is as clearly as a name read once does, whichever of them it means, and its point is
    context for the text's other names.

    why: 'A convoy left Murzuq and drove south toward Madama' had no clear name at all (Murzuq
    town or province, Madama a West Bank village or the Niger post), so nothing was ranked in
    context and the village, by 0.02 of importance, won over the post 450 km from Murzuq."""
    best = cands[0]
    if best.get("lat") is None or not best.get("country") or len(cands) < 2:
        return False
    top = best["score"]
    rivals = [c for c in cands[1:] if top - c["score"] < CLEAR_MARGIN]
    if not rivals:
        return False
    for c in rivals:
        if c.get("lat") is None or c.get("country") != best["country"]:
            return False
        reach = SAME_PLACE_KM
        for r in (best, c):
            if r.get("kind") in _AREA_READINGS:
                reach = max(reach, r.get("uncertainty_km") or 0.0)
        if haversine_km(best["lat"], best["lon"], c["lat"], c["lon"]) > reach:
            return False
    return True


class _Finder(
        TextStructure,
        CandidateLookup,
        PersonsAndOrganisations,
        PersonsNamedLikePlaces,
        Facilities,
        Hyphenated,
        RunScanner,
        Roles,
        Datelines,
        BindingHints,
        ContextRanking,
        Acceptance,
        ListedPlaces,
        FarReadingGuards,
        FeatureWords,
        SharedHeads,
        CapitalsByCountry,
        LowerCaseHeads,
        NamesWrittenApart,
        BracketedQualifiers,
        TakenUp,
        Institutions,
        UnknownParts,
):
    """One text read once: the stages are the mixins, in the order :meth:`run` and
    :meth:`resolve` call them."""

    def __init__(self, text: str, gaz):
        self.text = text
        self.gaz = gaz
        # (the tokens' texts beside them: the passes over every token's spelling read them)
        self.toks, self.tok_texts = tokenize_with_texts(text)
        self.sents = sentence_spans(text)
        self.lower_words = _lower_case_words(self.toks, self.tok_texts)
        self.person_words: set[str] = set()
        self.ship_tokens: set[int] = set()  # the words of ships' names (see persons._named_after_a_ship_kind)
        self.cand_cache = shared_candidates(gaz)
        self._item_bounds: dict[int, tuple[list[int], list[tuple[int, int]]]] = {}  # see _list_item
        self._no_name_counts: dict[int, tuple] = {}  # see _beside_no_name
        # what a pass works out once a text, by name (_relation_at, _once, the ranking's and the
        # guards' memos...), in one attribute: CPython 3.11 finds a method or attribute of an
        # object fast only while the object keeps its attributes in its class's shared layout,
        # at most 30 names over all the class's objects, and never once its __dict__ is read
        # (the object then has a dict of its own for good). A memo kept through __dict__ made
        # every self.method() of the finder's passes after it take the slow look-up.
        self.per_text: dict[str, object] = {}
        self.headline_lines = self._headline_lines()
        self.acronyms = self._acronyms()

    def run(self) -> list[dict]:
        raw = self.scan()
        dl = self.datelines()
        taken = [(d["start"], d["end"]) for d in dl]
        raw = [m for m in raw if not any(a < m["end"] and m["start"] < b for a, b in taken)] + dl
        mentions: list[dict] = []
        for m in raw:
            if m["role"] == "hyphen_demonyms":
                ccs = [p[3] for p in m["parts"]]
                role = self.demonym_role(m["tok"], m["rest"])
                for s, e, surf, cc in m["parts"]:
                    mm = {"start": s, "end": e, "surface": surf, "sentence": m["sentence"], "role": role,
                          "cc": cc, "tok": m["tok"], "n_tokens": 1, "importance": 1.0}
                    others = [c for c in ccs if c != cc]
                    if role == "demonym_place" and "border" in " ".join(m["rest"] + self._after_words(m["tok"])):
                        mm["relation"] = {"type": "border", "with": others[0] if others else None,
                                          "phrase_start": m["start"], "phrase_end": self._phrase_end(m["tok"])}
                    mentions.append(mm)
            elif m["role"] == "hyphen_places":
                # "Washington-based", "London-born": where someone or something is from;
                # "US-backed" names who acts
                acting = any(r in ACTING_PARTICIPLES for r in m["rest"])
                role = "organisation" if m["in_org"] else "actor" if acting else "place"
                # ("Kidal-bound", "Goma-based": the suffix itself says the name is a place; only
                # the last name before it, not "Russia" of "Russia-Ukraine-bound")
                suffix = place_suffix(m["rest"])
                last = m["parts"][-1][0] if m["parts"] else None
                for s, e, surf, cands in m["parts"]:
                    mm = {"start": s, "end": e, "surface": surf, "sentence": m["sentence"],
                          "role": role, "cands": cands, "kind": None, "tok": m["tok"],
                          "n_tokens": 1, "importance": 1.0, "abbrev": True}
                    if suffix and s == last:
                        mm["place_suffix"] = suffix
                    if m.get("route_head"):
                        mm["route_head"] = m["route_head"]  # "the Ketapang-Gilimanuk route": its ends
                    mentions.append(mm)
            elif m["role"] == "demonym":
                end_tok = m["tok"] + m["n_tokens"] - 1
                role = "actor" if m.get("in_org") else self.demonym_role(end_tok)
                mentions.append({**m, "role": role})
            else:
                mentions.append(m)
        mentions.extend(self._qualifiers_sharing_a_head(mentions))
        mentions.extend(self._features_with_a_lower_case_head(mentions))  # "the Tishrin dam"
        mentions = self._names_written_apart(mentions)  # "Beled Weyne" for Beledweyne
        mentions = self._names_with_a_bracketed_qualifier(mentions)  # "Frankfurt (Oder)"
        mentions = self._names_with_another_name_in_brackets(mentions)  # "Escoda (Sabina) Shoal"
        for m in compound_tails(self.text, mentions):
            m.update(cands=[], drop=True)  # "Brak al-Shati": the rest of one name, no place of its own
        for m in compound_heads(self.text, mentions):
            m.update(cands=[], drop=True)  # "Bab al-Tabbaneh": a generic head of a name the index lacks
        for m in mentions:  # "as residents call the town in Somali": a language, no place
            if m["role"] == "place" and m.get("cands") \
                    and (m["surface"] in LANGUAGES_NAMED_LIKE_PLACES or self._demonym_kept(m["surface"])) \
                    and language_after_a_naming_word(self.text, m):
                m.update(cands=[], drop=True)
        for m in names_of_products(self.text, self.toks, mentions):
            m.update(cands=[], drop=True)  # "sold under the labels Lucerne and Sun Valley": brands (mentions.brands)
        for m in compass_names_qualifying_a_place(self.text, mentions):
            m.update(cands=[], drop=True)  # "in Far North Queensland": a part of Queensland (mentions.compass_heads)
        for m in compass_parts_of_another_country(self.text, mentions):
            m.update(cands=[], drop=True)  # "the Southern District of Ohio": no district of Hong Kong (mentions.compass_heads)
        mentions, metro = metropolitan_areas(self.text, self.toks, mentions)  # "Greater Khartoum", "Grand Tunis"
        self.resolve(mentions)
        if metro:
            note_metro_areas(metro)
        self._places_taken_up_by_a_demonym(mentions)  # "Constanța ... The Romanian port"
        self._demonyms_qualifying_a_named_place(mentions)  # "the Finnish town of Tornio"
        mentions.extend(self._capitals_told_by_their_country(mentions))  # "the Haitian capital"
        mentions.extend(self._names_told_places_the_index_lacks(mentions))  # "the Hodan district of Mogadishu"
        out = []
        for m in sorted(mentions, key=START):
            rec = self.to_record(m)
            if rec:
                out.append(rec)
        mark_told_within(out, self.text)  # "the Tirah valley in Khyber district": within Khyber
        return out

    def resolve(self, mentions: list[dict]) -> None:
        text_countries: dict[str, set[str]] = {}  # ISO2 -> keys of the mentions naming it
        points: list[tuple[float, float, str, float]] = []
        importance_of: dict[str, float] = {}
        for m in mentions:
            if m.get("cc"):
                m["cands"] = [dict(c, score=0.9, why=f"demonym {m['surface']!r}", name_similarity=1.0)
                              for c in [self._country_place(m["cc"])] if c]
        self._areas_with_a_lower_case_head_word(mentions)
        self._features_without_their_head_word(mentions)
        self._islands_in_lower_case(mentions)
        self._rivers_by_the_words_before_them(mentions)  # "along the Niger"
        self._parts_of_cities(mentions)
        self._provinces_by_their_kind_word(mentions)
        self._areas_before_a_plural_settlement_word(mentions)  # "Tavush villages"
        self._regions_named_in_the_singular(mentions)
        self._demonyms_before_a_unit_of_their_country(mentions)  # "the Somali region of Gedo"
        self._add_shared_country_names(mentions)
        self._add_former_country_names(mentions)
        self._apply_demonym_before(mentions)
        self._apply_region_after_comma(mentions)
        self._postcode_before_a_town(mentions)  # "75002 Paris"
        self._one_place_per_bound_name(mentions)
        # pass 1: what is clear on its own
        named = self._countries_named(mentions)  # (see _weak_reading_abroad)
        groups_named_before_fighters(self.toks, mentions, named, self._continent_of)  # "Fano fighters"
        groups_named_after_a_verb_of_joining(self.toks, mentions, named, self._continent_of)  # "reinforced Wagner"
        outlets_named_before_their_noun(self.toks, mentions)  # "the Fars news agency"
        named_or_shared = self._countries_named_or_shared(mentions, named)  # ("Congo": either, see there)
        for m in mentions:
            cands = m.get("cands") or []
            if not cands:
                continue
            best = cands[0]
            second = cands[1]["score"] if len(cands) > 1 else 0.0
            clear = (best.get("kind") == "country" or len(cands) == 1 or best["score"] - second >= CLEAR_MARGIN
                     or ((best.get("importance") or 0) >= 0.7 and not _fame_by_another_name(m, best))
                     # (a name the context takes no point from, an outlet's "Brant OPP", is left
                     # for ranking to make clear: the second round adds what that makes clear)
                     or (m["role"] not in ("actor", "organisation") and _one_place_however_read(cands)))
            m["clear"] = clear
            # (a continent's adjective, "European", is no point to rank the text's other names by)
            if clear and m["role"] not in ("actor", "organisation") and not m.get("area_demonym") \
                    and not self._likely_rejected(m, best):
                m["context_reading"] = best.get("gazetteer_id")  # (see ContextRanking._more_context)
                # (a weak reading abroad is a point, whose nearness backs its neighbours, but puts
                # no country there: see _weak_reading_abroad)
                if best.get("country") and not self._weak_reading_abroad(m, best, named_or_shared):
                    text_countries.setdefault(best["country"], set()).add(name_key(m["surface"]))
                    for cc in undecided_shared_countries(m, cands):  # ("Congo": either Congo, until ranked)
                        text_countries.setdefault(cc, set()).add(name_key(m["surface"]))
                if best.get("kind") not in ("country",) and best.get("lat") is not None:
                    points.append((best["lat"], best["lon"], name_key(m["surface"]),
                                   context_radius(best)))
                    importance_of[name_key(m["surface"])] = max(
                        importance_of.get(name_key(m["surface"]), 0.0), best.get("importance") or 0.0)
        if not text_countries:
            # a text that names no country, only an armed group of one ("RSF vehicles left Bara"):
            # the group's country is the text's (mentions.group_homes)
            for cc, keys in group_home_countries(self.text).items():
                text_countries.setdefault(cc, set()).update(keys)
        points = drop_lone_far_context(points, text_countries, importance_of)
        # (weak context: the country the first readings of most unclear names share, see
        # ContextRanking._rank_in_context's text_country_shared_by_unclear)
        self._shared_by_unclear = country_shared_by_unclear_names(mentions, text_countries)
        # pass 2: rank every candidate again against the other places of the text; twice, the
        # second time also against what the first round made clear ("Maryland" beside a
        # "Pennsylvania" that was only clear once ranked)
        for round_ in (1, 2):
            if round_ == 2:
                if not self._more_context(mentions, text_countries, points, importance_of):
                    break
                points[:] = drop_lone_far_context(points, text_countries, importance_of)
            self._rank_in_scopes(mentions, text_countries, points)
        self._like_areas_in_lists(mentions)
        self._provinces_beside_provinces(mentions)
        self._one_sense_per_text(mentions)
        # ("In Argentina, ... from Córdoba" after Spain's Córdoba: mentions.sentence_country)
        repeats_read_in_their_sentence_s_country(self.toks, mentions)
        self._namesakes_in_named_countries(mentions, text_countries)
        self._beside_the_border_named(mentions)  # ("X near the border with <country>")
        self._crossings_at_a_border_town(mentions)  # ("the Salla and Kelloselka crossings")
        if AIRPORTS_SET_ASIDE in self.per_text:  # ("Bole airport in Addis Ababa": mentions.airports_by_their_town)
            airports_by_their_town(mentions, self.per_text[AIRPORTS_SET_ASIDE])
        self._placed_by_a_neighbour(mentions)
        route_ends_read_together(self.text, mentions, CLEAR_MARGIN)  # ("left Kita for Kati": mentions.route_ends)
        listed_names_read_together(mentions, self._joined_in_a_list, CLEAR_MARGIN)  # ("Portland, Augusta and Bangor")
        best_known_in_lists_of_cities(mentions, self._joined_in_a_list)  # ("Donetsk, Luhansk and Belgorod")
        # "the Kola peninsula": a landform the index lacks, asked before acceptance, which would
        # drop the weak town of its name first and leave no mention at all (_landforms_the_index_lacks)
        self._landforms_the_index_lacks(mentions)
        # acceptance: a weak, unsupported match is dropped
        self._accept(mentions, text_countries, points)
        # the far-namesake guard judges by the places that were accepted, not by words that
        # were rejected ("Forces", "Air" of an organisation's name pulling in another continent)
        for a, b in joined_pairs(self.text, mentions):  # "Baga Sola": one name the index lacks
            if not a.get("cands") or not b.get("cands"):
                continue
            head = a["cands"][0]
            whole = self.text[a["start"]:b["end"]]
            a["unresolved"] = (f"no place called {whole!r} in the index; {head['name']} ({head.get('country')}) "
                               f"and {b['cands'][0]['name']} ({b['cands'][0].get('country')}) are other places")
            a.update(end=b["end"], surface=whole, n_tokens=2, cands=[], drop=False)
            b.update(cands=[], drop=True)
        self._institutions_in_a_town(mentions)  # "the Litoral penitentiary in Guayaquil"
        named_places = self._named_places([m for m in mentions if not m.get("drop")])
        self._areas_found_only_as_towns_abroad(mentions, named_places)
        doubted = self._guard_far_readings(mentions, named_places)
        if doubted:
            # a reading the guards dropped or left without a point ("Savien" read as Sawin, PL)
            # backed the readings judged after it ("Liancourt" as the French town, 1,500 km from
            # Sawin, 7,300 km from the text's Haitian places): judge the rest again by the
            # places still standing (asked only when the guards doubted a reading)
            named_places = self._named_places([m for m in mentions if not m.get("drop")])
            self._guard_far_readings(mentions, named_places)
        self._grow_to_the_land_around(mentions)
        self._area_after_the_and_a_compass_word(mentions)  # "across the southern Andes"
        self._a_leading_the(mentions)
        self._towns_named_by_their_airfield(mentions)  # "left Bunia for Mahagi"

    def _landforms_the_index_lacks(self, mentions: list[dict]) -> None:
        """A place mention whose first reading is a settlement, followed by a landform's kind in
        lower case ("the Kola peninsula", name_tails.landform_tail), is the whole landform, which
        the index lacks (lower_case_heads reads the whole where the index holds it: "the Yamal
        peninsula"), without a point: not the town of its name. Asked before acceptance: alone in
        its text ("Gas fields on the Kola peninsula were shut"), the town, a minor place with
        nothing near it, was dropped first, and the landform read nothing at all. Only a town
        read by the name as written (LANDFORM_HEAD_SIMILARITY): "the Korean peninsula" is no
        Kyren, a loose spelling acceptance drops, and "Korean" a demonym."""
        for m in mentions:
            cands = m.get("cands") or []
            if cands and m["role"] == "place" and not m.get("drop") and not m.get("region_hint") \
                    and cands[0].get("kind") in SETTLEMENT_KINDS \
                    and cands[0].get("name_similarity", 0.0) >= LANDFORM_HEAD_SIMILARITY \
                    and (end := landform_tail(self.text, m["end"])) and not self.demonym(m["surface"]):
                self._with_its_tail(m, end, "a town, not the landform named with it")

    def _towns_named_by_their_airfield(self, mentions: list[dict]) -> None:
        """A name read only as an airfield by the short form of its name, with no kind word and
        no flight in its sentence, is the town the index lacks beside it: seen as near the
        airfield (flights.town_near_its_airfield), unless the text puts it in a relation itself."""
        for m in mentions:
            cands = m.get("cands") or []
            if m.get("drop") or not cands or m["role"] != "place" or m.get("relation") is not None \
                    or m.get("flight_airfield") or m.get("tok") is None or cands[0].get("kind") != "airfield":
                continue
            rel = town_near_its_airfield(self.gaz, m, cands[0], self._sentence_text(m))
            if rel is None or self._relation_at(m["start"], m["end"]) is not None:
                continue
            cands[0]["why"] = cands[0].get("why", "") + "; the town the airfield is named after, beside it"
            m["relation"] = rel

    def _guard_far_readings(self, mentions: list[dict], named) -> bool:
        """The far-reading guards over every place mention, judged by ``named`` (the text's
        readings): a reading far from the text's other places is dropped, replaced by the
        namesake where they lie, or left without a point. True when a mention that had a reading
        lost it (the readings of the text the guards judge by then changed)."""
        doubted = False
        self.per_text["judged_once"] = {}  # (see _once: a name's repeats, judged in one pass)
        starts = None  # (where the mentions start: asked only for a far head, famous_heads)
        for m in mentions:
            if m.get("flight_airfield"):
                continue  # (read so by a guard's first pass: see flights)
            cands = m.get("cands") or []
            # (only a place mention with readings, not dropped, is judged; no test below changes
            # what this asks, and each that holds ends the mention's turn)
            if not cands or m["role"] != "place" or m.get("drop"):
                continue
            self._grow_to_part_of_city(m)  # "East Aleppo": then no qualifier is left out
            if m.get("region_hint"):
                continue
            if cands[0].get("kind") != "country" and tail_left_out(self.text, m["end"], m["surface"]):
                self._with_its_tail(m)  # "San Martín de Turumbán": the whole is a place the index lacks
                continue
            if (begin := article_left_out(self.text, m["start"])) is not None:
                self._with_its_article(m, begin, mentions)  # "the Las Manos crossing": not Manaus
                doubted = True
                continue
            if cands[0].get("kind") not in _STRUCTURE_HOMES and (end := structure_tail(self.text, m["end"])):
                # "the Unity Bridge": a structure the index lacks, not the state of Unity (name_tails)
                self._with_its_tail(m, end, "no town the structure could stand in")
                continue
            if self._qualifier_left_out(m, cands[0], named):
                self._with_its_qualifier(m)
                continue
            if ((self._stray_variant(m, cands[0], named) and not self._in_a_group_s_home(cands[0]))
                    # (the four after it doubt a reading only in none of the countries of
                    # the text's other readings: see _far_reading_unresolved)
                    or (not named.in_another_s_country(m, cands[0].get("country"))
                        and (self._far_namesake(m, cands, named)
                             or self._everyday_words_far(m, cands[0], named)
                             or self._loose_facility_far(m, cands[0], named)
                             or self._facility_by_a_loose_spelling(m, cands[0], named)))):
                near = self._namesake_among(m, cands, named) or self._own_name_beside(m, cands)
                if near is not None:
                    # ... but the namesake where the text's other places are is the place meant
                    cands.remove(near)
                    near["why"] = near.get("why", "") + "; the namesake where the text's other places lie"
                    cands.insert(0, near)
                    continue
                air = airfield_of_a_flight(self.gaz, m, cands, self._sentence_text(m))
                if air is not None:
                    # ... or the airfield of the name, where the sentence tells of a flight (flights)
                    cands.remove(air)
                    air["why"] = air.get("why", "") + "; an airfield of the name, in a sentence about a flight"
                    cands.insert(0, air)
                    m["flight_airfield"] = True
                    continue
                m["drop"] = True  # a miss is better than a confident wrong place
                doubted = True
                continue
            # (only a reading no guard above dropped: those are no mentions at all)
            framed = self._namesake_in_the_framing_country(m, cands, mentions)
            if framed is not None:  # "In Spain, the mayor of Guadalcanal": the Andalusian town
                cands.remove(framed)
                framed["why"] = framed.get("why", "") + ("; the namesake in the country its sentence "
                                                         "opens with ('In <country>,')")
                cands.insert(0, framed)
            # "Paris, a village in the Ouham prefecture": no world city (appositions)
            small_why, namesake = said_small_but_read_great(self.text, m, cands, mentions)
            if namesake is not None:
                cands.remove(namesake)
                namesake["why"] = namesake.get("why", "") + ";" + small_why
                cands.insert(0, namesake)
            elif small_why:
                m["unresolved"] = f"{cands[0]['name']} ({cands[0].get('country')}){small_why}"
                m["cands"] = []
                doubted = True
                continue
            why = self._far_reading_unresolved(m, cands[0], mentions, named)
            air = airfield_of_a_flight(self.gaz, m, cands, self._sentence_text(m)) if why else None
            if air is not None:  # "C-17s landed at Ramstein": the air base, not the far town (flights)
                cands.remove(air)
                air["why"] = air.get("why", "") + "; an airfield of the name, in a sentence about a flight"
                cands.insert(0, air)
                m["flight_airfield"] = True
                continue
            if why:
                m["unresolved"] = f"{cands[0]['name']} ({cands[0].get('country')}){why}"
                m["cands"] = []
                doubted = True
                continue
            if starts is None:
                starts = frozenset(map(START, mentions))
            end = unknown_name_after_far_head(self.text, m, cands[0], named, mentions, starts)
            if end is not None and end < 0:  # "Troops pulled out of Adan Yabaal", nothing else named
                self._with_its_tail(m, -end, "another place, read by another of its names, and the "
                                    "text names no other place")
            elif end is not None:  # "Adan Yabaal": the whole is a place the index lacks (famous_heads)
                self._with_its_tail(m, end, "a place in none of the countries of the text's other "
                                    "places, which lie mostly in one other country")
        return doubted

    def _once(self, guard, m: dict, best: dict, mentions: list[dict], *args, text: str | None = None) -> bool:
        """``guard(m, best, mentions, *args)`` (``guard(text, m, ...)`` with ``text``), asked once
        per pass of the guards for each name (as written) and reading: its repeats get the first
        answer (one sense a text), and a name repeated 2,000 times does not cost each repeat a
        look at every other mention (its length squared)."""
        key = (guard.__name__, plain(m.get("surface") or ""), best.get("gazetteer_id"), m.get("kind"))
        known = self.per_text.setdefault("judged_once", {})
        if key not in known:
            known[key] = guard(text, m, best, mentions, *args) if text is not None else guard(m, best, mentions, *args)
        return known[key]

    def _in_a_group_s_home(self, best: dict) -> bool:
        """Does the reading lie in the home country of an armed group the text names ('al-Shabaab
        fighters withdrew toward Bulo Burde': Somalia)? A variant spelling read there strays from
        no ground: the group acts in its country (the text's other places may be namesakes read
        abroad, 'Mahas' of Māḩiş, Jordan)."""
        return bool(best.get("country")) and best["country"] in self._group_homes()

    def _group_homes(self) -> set[str]:
        """The countries of the armed groups the text names (mentions.group_homes), read once."""
        known = self.per_text.get("homes")
        if known is None:
            known = self.per_text["homes"] = set(group_home_countries(self.text))
        return known

    def _origin_of_a_flight(self, m: dict, mentions: list[dict]) -> bool:
        """Is ``m`` the origin of a flight to an airfield its sentence names
        (flights.origin_of_a_flight_to_an_airfield)? The reading keeps its point then, and says so."""
        i = m.get("sentence")
        if i is None or not 0 <= i < len(self.sents):
            return False
        if not origin_of_a_flight_to_an_airfield(self.text, m, mentions, self.sents[i][:2]):
            return False
        best = m["cands"][0]
        if "the origin of a flight" not in (best.get("why") or ""):
            best["why"] = best.get("why", "") + "; the origin of a flight to an airfield its sentence names"
        return True

    def _sentence_text(self, m: dict) -> str:
        """The text of the sentence ``m`` lies in ('' if unknown)."""
        i = m.get("sentence")
        if i is None or not 0 <= i < len(self.sents):
            return ""
        a, b = self.sents[i][:2]
        return self.text[a:b]

    def _far_reading_unresolved(self, m: dict, best: dict, mentions, named) -> str | None:
        """Why a place mention's chosen reading is too far to keep a point, from the first of
        the far-reading guards that holds (the rest of the sentence after the reading's name and
        country), or None.

        ``near``: the reading lies in a country of another reading of the text. The guards asked
        with ``not near and`` before them answer False then (each doubts a reading only in none
        of those countries: _far_from_all_others or its own test over ``named``'s other
        readings), so they are not asked (~3 of 4 mentions a batch; tests/test_speed69.py); the
        others judge by other ground (list neighbours, a section's or a home country, the
        mentions' countries, a border) and are asked as before, in the same order."""
        near = named.in_another_s_country(m, best.get("country"))
        if self._far_by_another_name(m, best, mentions):
            return (", read by another of its names, lies far from the places listed beside it, "
                    "in another country")
        if not near and self._landmark_far(m, best, named):
            return (" lies far from every other place of the text and in none of their countries; "
                    "the name is a landmark's most towns have")
        if not near and self._feature_named_settlement_far(m, best, named):
            return (" lies far from every other place of the text and in none of their countries; "
                    "the name is a water body's or landform's, not a town's")
        if not near and self._feature_word_alone_far(m, best, named):
            return (" lies far from every other place of the text and in none of their countries; "
                    "'the' and a water body's or landform's word alone name that feature, not a place "
                    "bearing the word")
        if not near and self._feature_word_alone_unplaced(m, best, named):
            return (" would be the text's only place; 'the' and a water body's or landform's word "
                    "alone name that feature, not a place bearing the word")
        if not near and self._feature_word_qualifying_a_noun_far(m, best, named):
            return (" lies far from every other place of the text and in none of their countries; "
                    "a water body's or landform's word alone before a noun it qualifies ('Gulf oil') "
                    "names that feature, not a place bearing the word")
        if not near and self._institution_s_name_far(m, best, named):
            return (" lies far from every other place of the text and in none of their countries; "
                    "the name is that of the institution its noun names")
        if not near and self._lone_far_minor(m, best, named):
            return (", a minor place, lies far from every other place of the text and in none of "
                    "their countries")
        if not near and self._minor_on_another_continent(m, best, mentions, named):
            return (", a minor place, lies on another continent than every other place of the text "
                    "and in none of their countries")
        if not near and self._lone_far_camp(m, best, named):
            return (", a camp named without its kind word, lies far from every other place of the "
                    "text and in none of their countries")
        if not near and self._far_from_the_framing_country(m, best, mentions, named):
            return (" lies on another continent than the country the sentence opens with "
                    "(\"In <country>,\") and in none of the countries of the text's places")
        if self._far_from_its_section(m, best):
            return (" lies on another continent than the countries of its section of the text "
                    "(a roundup of several theatres) and in none of them")
        if self._abroad_from_those_at_home(m, best, mentions):
            return (" lies far from the country of those the text names acting at home (its police, "
                    "officials or people) and the text names no other ground")
        # (a flight's origin, "landed at Dublin Airport on a flight from Larnaca", lies as far as
        # the flight went: flights.origin_of_a_flight_to_an_airfield)
        if not near and self._lone_far_settlement(m, best, named) and not self._judged_only_by_who_and_whence(m, best, mentions) \
                and not self._origin_of_a_flight(m, mentions):
            return (" lies far from every other place of a text about one country and in none of "
                    "the countries of its places; no famous place (lone-far-settlement guard)")
        if not near and self._lone_far_region(m, best, named):
            return (" lies far from every other place of a text about one country, in a country the text "
                    "names nowhere: a region of the name the index lacks (lone-far-region guard)")
        if not near and self._far_from_a_compact_theatre(m, best, named) \
                and not self._judged_only_by_who_and_whence(m, best, mentions) and not self._origin_of_a_flight(m, mentions):
            return (" lies far from every other place of a text whose places lie in one theatre, and in "
                    "none of their countries; no famous place (compact-theatre guard)")
        if loose_reading_far(m, best, named, self._country_place, mentions):
            if best.get("country") in {cc for _, _, cc in named.other_readings(m) if cc}:
                return (", read loosely (a variant spelling or another of its names), lies far from every "
                        "other place of a text mostly about another country")
            return (", read loosely (a variant spelling or another of its names), lies far from every "
                    "other place of a text about one country and in none of their countries")
        if self._once(loose_reading_unbacked, m, best, mentions, self._continent_of, self._group_homes):
            return (", a lesser place read loosely (a variant spelling or another of its names), lies on "
                    "another continent than every country the text names and near nothing it names")
        if not near and self._article_dropped_far(m, best, named):
            return (", found only without the article the text writes, lies far from every other "
                    "place of the text and in none of their countries")
        if facility_only_a_far_town(m, best, mentions):
            return (f", a town (by another of its names, or in none of the text's countries), lies far from "
                    f"every other place of the text; no {m['kind']} of the name in the index")
        if facility_of_another_kind_far(m, best, mentions):
            return (f", a facility of another kind than the {m['kind']} the text names, lies far from every "
                    "other place of the text and in none of their countries")
        if by_a_border_it_is_far_from(self.text, m, best, mentions, self.gaz):
            return (", a lesser place, is no border town of the country the text says it lies by "
                    "('near the border with ...')")
        # (asked only of a name the text calls a crossing: the guard answers no for any other
        # kind first thing, and the kind is part of _once's key, so no repeat's answer changes)
        if m.get("kind") == "crossing" and self._once(crossing_at_no_border_town, m, best, mentions, self.gaz,
                                                      text=self.text):
            return (", a town far from every border, in none of the text's countries and near none of its "
                    "places; no crossing of the name in the index")
        if not near and city_by_a_rare_other_name_far(m, best, named, mentions):
            return (", read by another of its names that English rarely writes, lies far from every "
                    "other place of the text and in none of their countries")
        if common_name_far_from_its_neighbours(m, m.get("cands") or [], mentions) \
                and best.get("country") != leaving_force_s_country(self, m):
            # (not the place a force of the reading's country leaves: "the German brigade arrived
            # at Rukla by rail from Munster" sets out from home, however far the town lies from
            # the sentence's other places; mentions.clause_force, s42 lead)
            return (", one of many places of the name, lies far from the places of its sentence and "
                    "those beside it, and no place of the name lies near them")
        return None

    def _with_its_tail(self, m: dict, end: int | None = None, head_is: str = "another place") -> None:
        """The mention becomes the whole Romance name ("San Martín de Turumbán", see
        name_tails), or the two-word name a far place's name heads ("Adan Yabaal", see
        famous_heads; ``end`` given), without a point: the index lacks it and its head names
        another place."""
        if end is None:
            end = tail_left_out(self.text, m["end"], m["surface"])
        head = m["cands"][0]
        whole = self.text[m["start"]:end]
        m["unresolved"] = (f"no place called {whole!r} in the index; "
                           f"{head['name']} ({head.get('country')}) is {head_is}")
        n = sum(1 for t in self.toks if m["start"] <= t.start < end)
        m.update(end=end, surface=whole, n_tokens=max(n, m.get("n_tokens") or 1), cands=[])

    def _with_its_article(self, m: dict, begin: int, mentions: list[dict]) -> None:
        """The mention becomes the whole name with the Romance article before it ("Las Manos", see
        name_tails.article_left_out), without a point: the index lacks it and the rest of it
        names another place. A mention of the article alone is a word of the name."""
        head = m["cands"][0]
        whole = self.text[begin:m["end"]]
        for o in mentions:
            if o is not m and o["start"] < m["start"] and begin < o["end"]:
                o["drop"] = True
        m["unresolved"] = (f"no place called {whole!r} in the index; "
                           f"{head['name']} ({head.get('country')}) is another place")
        tok = next((k for k, t in enumerate(self.toks) if t.start == begin), None)
        if tok is not None and m.get("tok") is not None:
            m.update(tok=tok, n_tokens=m["n_tokens"] + (m["tok"] - tok))
        m.update(start=begin, surface=whole, cands=[])

    def _with_its_qualifier(self, m: dict) -> None:
        """The mention becomes the whole name ("West Midlands"), without a point: the index
        lacks it and the rest of it names another place."""
        qualifier = self.toks[m["qualifier_left_out"]]
        rest = m["cands"][0]
        m["unresolved"] = (f"no place called {self.text[qualifier.start:m['end']]!r} in the index; "
                           f"{rest['name']} ({rest.get('country')}) is another place")
        m.update(start=qualifier.start, surface=self.text[qualifier.start:m["end"]], tok=m["qualifier_left_out"],
                 n_tokens=m["n_tokens"] + 1, cands=[])

    def to_record(self, m: dict) -> dict | None:
        if m.get("drop"):
            return None
        cands = m.get("cands") or []
        best = cands[0] if cands else None
        s0, e0 = self.sents[m["sentence"]] if m["sentence"] < len(self.sents) else (m["start"], m["end"])
        # the PLACE fields in model.PLACE_FIELDS' order (what make_place gives), then the
        # mention's, written as one dict (5,440 records a batch)
        if best:
            get = best.get
            precision = get("precision")
            if m["role"] in ("demonym", "demonym_place", "actor") and get("kind") == "country":
                precision = "country"
            rec = {"name": get("name"), "surface": m["surface"], "lat": get("lat"), "lon": get("lon"),
                   "country": get("country"), "admin1": get("admin1"), "kind": get("kind"), "precision": precision,
                   "uncertainty_km": get("uncertainty_km"), "gazetteer_id": get("gazetteer_id"),
                   "source": get("source"),
                   "start": m["start"], "end": m["end"], "role": m["role"], "sentence": m["sentence"],
                   "sentence_span": [s0, e0], "candidates_count": len(cands),
                   "score": round(get("context_score", get("score", 0.0)), 3),
                   "why": get("why") + (f"; {m['support']}" if m.get("support") else "")}
        else:
            rec = {"name": None, "surface": m["surface"], "lat": None, "lon": None, "country": None, "admin1": None,
                   "kind": None, "precision": None, "uncertainty_km": None, "gazetteer_id": None, "source": None,
                   "start": m["start"], "end": m["end"], "role": m["role"], "sentence": m["sentence"],
                   "sentence_span": [s0, e0], "candidates_count": len(cands), "score": 0.0,
                   "why": (m.get("unresolved") or "no gazetteer match") +
                   (f"; {m['support']}" if m.get("support") else "")}
            if m.get("told_in") is not None:  # "the village of Ngangi in Masisi territory": at Masisi
                rec.update(at_the_holder(m["surface"], m["told_in"], self.text) or {})
        if self._source_location(m):
            rec["role"] = "source_location"
        rel = m.get("relation")
        if rel is None and best and m["role"] in ("place", "demonym_place"):
            rel = self._relation_at(m["start"], m["end"])
        if rel and self._heading_not_area(rel, m):
            rel = None
        if rel and best:
            rec.update(seen_through(rec, rel, self.text, m["start"], m["end"]))
        return rec

    def _relation_at(self, start: int, end: int) -> dict | None:
        """:func:`relation_around` of ``text[start:end]``, read once a span: acceptance asks it
        of a mention's support and the record asks it again (2,400 of 6,000 spans a batch).
        (The answer is only read, never changed, by both.)"""
        known = self.per_text.setdefault("relations", {})
        key = (start, end)
        try:
            return known[key]
        except KeyError:
            rel = known[key] = relation_around(self.text, start, end)
            return rel

    @staticmethod
    def _heading_not_area(rel: dict, m: dict) -> bool:
        """'(moving) in the direction of X' says where a force heads: X itself, no area around it
        (unlike 'the X direction', a front line named after the town)."""
        return rel.get("type") == "area" and rel.get("area") == "direction" \
            and rel.get("phrase_start", m["start"]) < m["start"]
