"""Stage 8, far-namesake guards: a reading far from every accepted place of the text (a
loose spelling, a namesake, everyday words, a lone minor place) is replaced by the namesake
near them, dropped, or kept as a mention without a point."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ..gazetteer.cold import cold
from ..distance import haversine_km
from ..gazetteer.ranking import (FAR_NAMESAKE_IMPORTANCE, FAR_NAMESAKE_KM, LOOSE_FAR_IMPORTANCE, LOOSE_FAR_KM,
                                 has_article)
from ..gazetteer import raw_of
from ..names import plain
from .context import MINOR_IMPORTANCE, index_sovereigns
from .similarity import plain_spelling_similarity
from ..wordlists import FEATURE_HEADS_BEFORE, LANDMARK_WORDS, SAINT_WORDS
from .words import FACILITY_KINDS, SETTLEMENT_KINDS, installation_name, is_common_word
from .borders import beside_the_only_country
from .flights import FLIGHT_WORDS_RE

from ..regex_cache import CompiledPatterns

# (its patterns are built from code an earlier run kept: geomove.regex_cache)
_PATTERNS = CompiledPatterns("mentions-guards")

# a city at least this important, written after 'in'/'to'/'from', is no everyday word however
# often English writes its name ("Hollywood", zipf 4.5): see _everyday_words_far
EVERYDAY_WORD_CITY_IMPORTANCE = 0.6


_OWN_ARTICLE_RE = _PATTERNS.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an)[\s-]")

# a name this short (letters, folded) read only by a town's other name is doubted even in a
# text with no other place to judge by (see _stray_variant)
SHORT_OTHER_NAME = 4

_STRAY_KM = 500.0  # a variant spelling this far from every other place of a text is doubted

# the far-namesake guard judges a text whose located places lie mostly (more than this share of
# its mentions, repeats counted) in one country: a Haitian story that also names Miami, not a
# list of five African countries with Georgia and Glasgow, nor a text half about Canada and half
# about Syria
DOMINANT_SHARE = 0.5

# a settlement read on another continent from a one-country text keeps no point below this
# importance (_lone_far_settlement): a Somali village the index lacks, spelled like a Jordanian
# town of importance 0.52. At and above it a place is known well enough to be named from afar:
# capitals (Amman 0.86) and regional cities (Benghazi 0.69, Taiz 0.70, Kismayo 0.64). Measured
# (python benchmarks/toponyms.py, places17): TR-News acc161 0.859 and GeoVirus 0.854, span P
# 0.901/0.828, unchanged for every threshold up to 0.75 (the readings it takes a point from are
# brand names, 'El Nino', 'Olympic', 'the Phoenix pay system'); 0.80 costs TR-News one right
# point (Rio de Janeiro, 0.78). 0.6 takes the village-sized readings and leaves the cities.
LONE_FAR_SETTLEMENT_IMPORTANCE = 0.6
# the text's other located places all lie within this distance (km) of each other: one theatre,
# however many countries it spans (_far_from_a_compact_theatre). Iraq's Kurdistan with Iran's
# border towns and Tehran spans ~600 km; the Sahel from Dakar to N'Djamena ~3,000 km, too wide
# to call one theatre
COMPACT_THEATRE_KM = 1500.0
# ... and in at most this many countries: a border's two sides. "Envoys from Kenya, Ethiopia and
# Uganda met in Mogadishu before flying on to Mahas" ranges over a region, where a far town may
# be meant (tests/test_lone_far_settlement.py)
THEATRE_COUNTRIES = 2
# a camp read by its name alone this far (km) from every other place of the text is doubted
# (_lone_far_camp): a camp's story names the towns around it, within a few hundred km; Tripoli
# to Gaza's al-Shati camp is 1,990 km, under the 2,000 km of FAR_NAMESAKE_KM
CAMP_FAR_KM = 1000.0

# a sentence that opens by naming the country it is about ("In Ethiopia, Fano militia entered
# Lalibela"): see _far_from_the_framing_country
# ("In northern Ethiopia," too: a lower-case part of the country before its name)
_FRAMING_OPENER_RE = _PATTERNS.compile(r"(?:In|Inside|Across|Elsewhere in)\s+(?:the\s+)?"
                                r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east"
                                r"|south-?west)(?:ern)?\s+)?")


# what may stand between two items of a list of places (whitespace aside)
LIST_JOINTS = (",", "and", ", and", "or")


def _joint_ends_before(text: str, pos: int) -> set[int]:
    """Every offset e <= pos where ``text[e:pos].strip()`` is one of LIST_JOINTS: where the
    item before a list item at ``pos`` may end."""
    j = pos
    while j > 0 and text[j - 1].isspace():
        j -= 1
    out = set()
    for joint in LIST_JOINTS:
        if text.endswith(joint, 0, j):
            e = j - len(joint)
            out.add(e)
            while e > 0 and text[e - 1].isspace():
                e -= 1
                out.add(e)
    return out


def _joint_starts_after(text: str, pos: int) -> set[int]:
    """Every offset s >= pos where ``text[pos:s].strip()`` is one of LIST_JOINTS: where the
    item after a list item ending at ``pos`` may start."""
    j = pos
    while j < len(text) and text[j].isspace():
        j += 1
    out = set()
    for joint in LIST_JOINTS:
        if text.startswith(joint, j):
            s = j + len(joint)
            out.add(s)
            while s < len(text) and text[s].isspace():
                s += 1
                out.add(s)
    return out



# the words of entering a region by land, right before its name ("crossed into", "pushed back
# into", "entered"): see _lone_far_region; and how far back (characters) they may start
_ENTERED_RE = _PATTERNS.compile(
    r"\b(?:(?:crossed|moved|pushed|advanced|poured|rolled|marched|drove|withdrew|retreated|infiltrated)"
    r"(?:\s+(?:back|deep|deeper|further))?\s+into|entered)\s+$")
_ENTERED_REACH = 30


# a row of the same name this close, in the same country, is the unit around the place or the
# place again (Rzeszów the city and Rzeszów county, 2 km apart), no namesake elsewhere
_SAME_PLACE_KM = 50.0


def _the_unit_around(c: dict, best: dict) -> bool:
    """Is ``c`` the same place as ``best`` under another kind (its district, its county)?"""
    return c.get("country") == best.get("country") and c.get("lat") is not None \
        and haversine_km(c["lat"], c["lon"], best["lat"], best["lon"]) <= _SAME_PLACE_KM

# the roles of a mention read as the country of a force ("Russian troops", "Turkey's army"),
# whose point says who acts, not where (see _NamedPlaces.forces)
FORCE_COUNTRY_ROLES = frozenset({"actor", "demonym"})


_WHO_AND_WHENCE_ROLES = frozenset(("dateline", "actor", "demonym", "source_location"))

# a country named as the subject of sending or deploying ("Uruguay will send 200 peacekeepers to
# Goma", "Ghana has deployed a battalion", "Fiji is to dispatch ..."): the state acts, as in
# "Uruguayan troops", and its point says who sends, not where the text is (s38 lead)
_SENDING_AFTER = _PATTERNS.compile(
    r"\s+(?:(?:will|would|has|have|had|is|was|plans?\s+to|is\s+to|agreed\s+to|is\s+set\s+to|is\s+due\s+to)\s+)?"
    r"(?:also\s+|now\s+)?(?:send|sends|sent|sending|deploy|deploys|deployed|deploying|dispatch|dispatche[sd]|dispatching)\b",
    re.I)


def sends_forces(text: str, m: dict) -> bool:
    """Is the country mention ``m`` the subject of a verb of sending or deploying, right after it
    ("Uruguay will send", "Nepal deployed")? Such a country is a force's, like a demonym's."""
    return _SENDING_AFTER.match(text, m["end"], min(len(text), m["end"] + 40)) is not None


@dataclass
class _NamedPlaces:
    """The (lat, lon, country) readings of a text's mentions, each distinct reading once with
    how many mentions have it: the guards compare a mention with the others' distinct readings,
    so a text repeating one name 2,000 times costs 1 comparison, not 2,000 (not 2,000² pairs)."""

    by_id: dict
    counts: dict
    # the readings only a force's country gives ("Russian mercenaries", "Turkish forces": a
    # demonym or an actor read as the country), no place of the text named as such
    forces: frozenset = frozenset()
    # the readings that are settlements less known than LONE_FAR_SETTLEMENT_IMPORTANCE (see
    # dominant_country_share_without_stray_minors)
    minor: frozenset = frozenset()
    # ISO2 of a territory -> ISO2 of the state that holds it (Gazetteer.sovereigns: 'NC' -> 'FR'):
    # see state_of
    sovereign: dict = field(default_factory=dict)
    # (worked out once a text: _stray_minors, _readings_per_country; fields, where a memo kept
    # through __dict__ made every method call on the object take CPython's slow look-up)
    _strays: frozenset | None = field(default=None, init=False, repr=False, compare=False)
    _per_country: dict | None = field(default=None, init=False, repr=False, compare=False)

    def state_of(self, country: str | None) -> str | None:
        """The state a country code belongs to: its sovereign for a territory governed from afar
        (New Caledonia, Guam, Greenland), else the code itself. A French force sent to Nouméa goes
        to France's own ground, however far from Paris."""
        return self.sovereign.get(country, country)

    @classmethod
    def of(cls, mentions: list[dict], sovereign: dict | None = None, text: str = "") -> "_NamedPlaces":
        by_id = {}
        forces, places, minor = set(), set(), set()
        for m in mentions:
            cands = m.get("cands") or []
            if cands:
                b = cands[0]
                reading = by_id[id(m)] = (b.get("lat"), b.get("lon"), b.get("country"))
                force = b.get("kind") == "country" and (
                    m.get("role") in FORCE_COUNTRY_ROLES or (bool(text) and sends_forces(text, m)))
                (forces if force else places).add(reading)
                if b.get("kind") in SETTLEMENT_KINDS \
                        and (b.get("importance") or 0.0) < LONE_FAR_SETTLEMENT_IMPORTANCE:
                    minor.add(reading)
        counts: dict = {}
        for reading in by_id.values():
            counts[reading] = counts.get(reading, 0) + 1
        return cls(by_id, counts, frozenset(forces - places), frozenset(minor), sovereign or {})

    def others(self, m: dict) -> list[tuple]:
        """The distinct readings of every mention but ``m``."""
        own = self.by_id.get(id(m))
        return [p for p, n in self.counts.items() if n > (p == own)]

    def dominant_country_share(self, m: dict) -> float:
        """The share of the other located mentions of the text (repeats counted, ``m``'s own
        reading left out once) that lie in the country most of them lie in: 1.0 for a text
        about one country, low for one that ranges over many."""
        return self.dominant_country(m)[1]

    def dominant_country(self, m: dict) -> tuple[str | None, float]:
        """The country most of the other located mentions of the text lie in (repeats counted,
        ``m``'s own reading left out once) and their share; (None, 0.0) when none lies in one.
        A tie names no country."""
        own = self.by_id.get(id(m))
        by_cc: dict = {}
        total = 0
        for p, n in self.counts.items():
            k = n - (p == own)
            if k <= 0 or p[0] is None or not p[2]:
                continue  # (a continent or sea lies in no country: it neither adds nor dilutes)
            total += k
            by_cc[p[2]] = by_cc.get(p[2], 0) + k
        if not by_cc or not total:
            return None, 0.0
        top = max(by_cc.values())
        leaders = [cc for cc, n in by_cc.items() if n == top]
        return (leaders[0] if len(leaders) == 1 else None), top / total

    def dominant_country_share_without_stray_minors(self, m: dict) -> float:
        """:meth:`dominant_country_share`, leaving out the other readings that are minor
        settlements (``minor``) farther than FAR_NAMESAKE_KM from every other reading of the
        text and in no country of them (:meth:`_stray_minors`): 'Gang members crossed the
        Artibonite near Petite-Riviere and entered Liancourt', read as Petite Rivière (Mauritius)
        and Liancourt (France) beside Haiti's Artibonite: each stray namesake diluted the other's
        judge (HT, FR and MU a third each), so the text seemed to range over three continents. A
        second place near one of them, or in its country, keeps it in."""
        share = self.dominant_country_share(m)
        if share > DOMINANT_SHARE:
            return share  # (most texts: nothing to leave out; _lone_far_settlement asks for more)
        own = self.by_id.get(id(m))
        stray = self._stray_minors() - {own}
        if not stray:
            return share
        kept = _NamedPlaces(self.by_id, {p: n for p, n in self.counts.items() if p not in stray},
                            self.forces, self.minor, self.sovereign)
        return kept.dominant_country_share(m)

    def _stray_minors(self) -> frozenset:
        """The minor readings farther than FAR_NAMESAKE_KM from every other reading of the text
        and in a country no other reading lies in; worked out once a text (the readings do not
        change while the guards judge them)."""
        known = self._strays
        if known is not None:
            return known
        located = [p for p in self.counts if p[0] is not None]
        per_country = self._readings_per_country()
        stray = frozenset(p for p in self.minor if p[0] is not None and p[2] and per_country.get(p[2], 0) == 1
                          and len(located) > 1
                          and all(haversine_km(p[0], p[1], q[0], q[1]) > FAR_NAMESAKE_KM for q in located if q != p))
        self._strays = stray
        return stray

    def other_readings(self, m: dict) -> list[tuple]:
        """The distinct readings of the text but ``m``'s own (however often it is repeated)."""
        own = self.by_id.get(id(m))
        return [p for p in self.counts if p != own]

    def in_another_s_country(self, m: dict, cc) -> bool:
        """Does a distinct reading of the text other than ``m``'s own (:meth:`other_readings`)
        lie in the country ``cc`` (False for none)? Most far-reading guards doubt a reading only
        in none of the countries of the text's other readings (_far_from_all_others and the tests
        written like it), so a mention whose reading lies in one of them, ~3 of 4 in a batch,
        need not be asked them (finder._far_reading_unresolved; tests/test_speed69.py). Counted
        once a text: how many distinct readings lie in each country."""
        if not cc:
            return False
        per = self._readings_per_country()
        own = self.by_id.get(id(m))
        return per.get(cc, 0) - (own is not None and own[2] == cc and own in self.counts) > 0

    def _readings_per_country(self) -> dict:
        """How many distinct readings of the text lie in each country (None: in none), counted
        once a text for _stray_minors and in_another_s_country (the readings do not change while
        the guards judge them)."""
        per = self._per_country
        if per is None:
            per = {}
            for p in self.counts:
                per[p[2]] = per.get(p[2], 0) + 1
            self._per_country = per
        return per

    def one_region(self, m: dict) -> bool:
        """Do the other located readings of the text (ONE_REGION_LEAST or more, in two countries or more)
        lie within ONE_REGION_KM of each other? A text about neighbouring countries ("Esmeraldas
        and Guayaquil ... the San Lorenzo crossing with Colombia") is about one region as much as
        a text about one country is: a far reading is doubted there as in a text about one
        country (the guards' DOMINANT_SHARE test), while a text ranging over continents may name
        a far place. Asked only when no country holds most of the readings; pairs of distinct
        readings only (a text names a few dozen at most)."""
        own = self.by_id.get(id(m))
        pts = [p for p in self.counts if p != own and p[0] is not None and p[2]]
        if len(pts) < ONE_REGION_LEAST:
            return False  # (two places say too little of a region: "shipped from Savannah to
            # Bremerhaven, ... bound for Świętoszów" crosses an ocean)
        for i, (la, lo, _) in enumerate(pts):
            for lb, lob, _ in pts[i + 1:]:
                if haversine_km(la, lo, lb, lob) > ONE_REGION_KM:
                    return False
        return True


# the other places of a text all lie within this many km of each other: the text is about one
# region (neighbouring countries), not one ranging over continents (see _NamedPlaces.one_region)
ONE_REGION_KM = 1500.0
ONE_REGION_LEAST = 3


# the first word of an army post's name, which the census place around the post bears too
# ("Fort Bragg", "Fort Cavazos", "Fort Campbell"): a unit flown abroad is told leaving from it
_POST_HEADS = ("fort",)


def _army_post_place(m: dict, best: dict) -> bool:
    """Is the reading the place of an army post, named as the text writes it ("after flying from
    Fort Bragg" in a report about Poland)? A force is told leaving its home post an ocean away,
    so lying far from the text's places says nothing against it (see _lone_far_settlement)."""
    words = m["surface"].split()
    return len(words) > 1 and words[0].lower() in _POST_HEADS \
        and (best.get("name") or "").split()[:1] == words[:1] and best.get("name_similarity", 0.0) >= 0.85


# a reading of the text's very spelling this near a first reading that holds it as another name is
# the place meant (_own_name_beside): a town and the county or district named as its seat is
OWN_NAME_BESIDE_KM = 50.0


def _seas_far_from_its_countries(others) -> bool:
    """Does a place of the text that lies in no country (a sea, a strait, a canal) lie farther
    than FAR_NAMESAKE_KM from every place of it that lies in one? Such a text follows a voyage,
    not one country's places: a far port it names ("HMS X left Portsmouth ... will sail through the
    Mediterranean and the Suez Canal before exercises off Goa") is no namesake of a place near
    Goa that the index lacks (s28m: Portsmouth was dropped, and the carrier's departure lost).
    ``others``: (lat, lon, country) of the text's other readings."""
    located = [(la, lo) for la, lo, cc in others if la is not None and cc]
    return bool(located) and any(
        la is not None and not cc and all(haversine_km(la, lo, a, b) > FAR_NAMESAKE_KM for a, b in located)
        for la, lo, cc in others)


class FarReadingGuards:
    """Readings far from every accepted place of the text, doubted."""

    def _named_places(self, mentions: list[dict]) -> "_NamedPlaces":
        """The best reading of every mention, demonyms and actors too (and the index's
        territories with their sovereigns: _NamedPlaces.state_of; the text, for a country that
        sends forces: sends_forces)."""
        return _NamedPlaces.of(mentions, index_sovereigns(self.gaz), self.text)

    @staticmethod
    def _stray_variant(m: dict, best: dict, named) -> bool:
        """A spelling variant, not the name itself ('Karabakh' read as Karabash), far from every
        other place of the text and in none of its countries: most likely a wrong guess."""
        if best.get("lat") is None or best.get("kind") == "country":
            return False
        if best.get("name_similarity", 1.0) >= 1.0 and not FarReadingGuards._by_foreign_name(m, best):
            return False
        if best.get("name_similarity", 1.0) >= 1.0 and installation_name(m.get("surface") or ""):
            return False  # "Fort Liberty" for Fort Bragg: a base's other name, given on purpose, no guess
        others = named.others(m)
        if others and all(p in named.forces for p in others):
            # "Russian mercenaries reached Derna": the text's only other places are the countries
            # of the forces it names, and a force named by its country acts abroad as often as at
            # home (Russia's in Libya, Mali), so its country is no place the variant strays from
            others = []
        if not others:
            # nothing to judge by; but a short name (SHORT_OTHER_NAME letters or fewer, where a
            # spelling is evidence only when exact: similarity.folded_spelling_similarity) read
            # only as another language's name of a town English calls otherwise ("Boni" for
            # Bonn) is most likely a place the index lacks (Boni, a Malian town): no place is
            # better than a confident one on another continent. A longer other name is a
            # deliberate one, a former name or a transliteration ("Artemivsk", "Zaporozhye",
            # "Tombouctou"), and famous cities' exonyms ("Kiev") are common currency.
            return len(plain(m.get("surface") or "")) <= SHORT_OTHER_NAME and FarReadingGuards._by_foreign_name(m, best)
        if best.get("country") and best["country"] in {cc for _, _, cc in others}:
            return False
        if beside_the_only_country(best, others):
            return False  # "Turkish forces moved into Zakho" (Iraq, 10 km from Turkey)
        return all(la is None or haversine_km(best["lat"], best["lon"], la, lo) > _STRAY_KM for la, lo, _ in others)

    @staticmethod
    def _everyday_words_far(m: dict, best: dict, named) -> bool:
        """A lesser place named by everyday words ('Church', 'Church Street'), read on another
        continent from a text whose places all lie in one other country: the words mean
        something there (a church, a street), not a far village."""
        imp = best.get("importance") or 0.0
        words = re.findall(r"[^\W\d_]+", m.get("surface") or "")
        # a province named by two or more everyday words ("Far North", a Cameroonian region, in
        # a text about Ontario) is doubted as a village is; a one-word one ("Georgia") is not
        worded_area = best.get("kind") == "admin1" and len(words) >= 2
        if (imp >= FAR_NAMESAKE_IMPORTANCE and not worded_area) or best.get("lat") is None \
                or best.get("kind") in {"country", "continent"} or (best.get("kind") == "admin1" and not worded_area):
            return False
        if not words or not all(is_common_word(w, 0.0 if worded_area else imp) for w in words):
            return False
        if words[0].lower() in SAINT_WORDS and len(words) > 1:
            return False  # "St. Paul", "San Jose": a saint's name is a town's name, no everyday words
        if installation_name(m.get("surface") or ""):
            return False  # "Fort Drum", "Fort Stewart": a base's proper name, no everyday words
        if _named_for_the_town_it_serves(m, best):
            return False  # "Dublin Airport": the words name Dublin, whatever English writes as often
        if len(words) == 1 and best.get("kind") == "city" and imp >= EVERYDAY_WORD_CITY_IMPORTANCE \
                and (m.get("support") or "").startswith("after '"):
            return False  # "moved to Hollywood": a city of some size where someone goes, not a word
        others = named.others(m)
        countries = {cc for _, _, cc in others if cc}
        if len(countries) != 1 or best.get("country") in countries:
            return False
        return all(la is None or haversine_km(best["lat"], best["lon"], la, lo) > FAR_NAMESAKE_KM
                   for la, lo, _ in others)

    @staticmethod
    def _by_foreign_name(m: dict, best: dict) -> bool:
        """A town read only by one of its other (foreign-language) names ('Boni' for Bonn) and
        not important enough that the name is common currency: as loose as a variant spelling.
        The text's spelling is compared with the place's own name (with and without an Arabic
        article): 'Qamishli' is Al Qamishli's own name, whichever alternate spelling matched."""
        if best.get("kind") not in SETTLEMENT_KINDS \
                or (best.get("importance") or 0.0) >= FAR_NAMESAKE_IMPORTANCE:
            return False
        said = plain(m.get("surface") or "")
        own = plain(best.get("name") or "")
        if not said or not own:
            return False
        forms = {own, _OWN_ARTICLE_RE.sub("", own)}
        forms |= {f.split(" ")[0] for f in list(forms)} | {f.split(" ")[-1] for f in list(forms)}
        # (and the name of its province, where the town is named as its province is: 'Ulaanbaatar'
        # for the city GeoNames calls Ulan Bator, in the province Ulaanbaatar; s23: a capital
        # was dropped as a stray variant)
        forms.add(plain(best.get("admin1") or ""))
        return max(plain_spelling_similarity(said, f) for f in forms if f) < 0.8

    @staticmethod
    def _far_namesake(m: dict, cands: list[dict], named) -> bool:
        """A name several places bear, read as one thousands of km (FAR_NAMESAKE_KM) from every
        other accepted place of the text and in none of their countries: the place meant is
        most likely a namesake the gazetteer lacks. The text may name other countries too
        ("St. Nicolas" in a Haitian story that also names Miami) as long as most of its places
        lie in one (more than DOMINANT_SHARE): a text that ranges over several may name a far
        place too."""
        best = cands[0]
        if best.get("lat") is None or best.get("kind") in {"country", "continent"} or m.get("kind"):
            return False
        if (best.get("importance") or 0.0) >= FAR_NAMESAKE_IMPORTANCE or _army_post_place(m, best):
            return False  # (an army post's place: the best-known of its namesakes, see _army_post_place)
        own = plain(best["name"])
        if not any(c is not best and plain(c.get("name") or "") == own and not _the_unit_around(c, best)
                   for c in cands[1:]):
            return False  # no namesake: a far place may well be meant
        others = named.others(m)
        if len([1 for p in others if p[0] is not None and p not in named.forces]) < 2:
            # too little to judge by: a force's country ("American troops arrived at Mihail
            # Kogalniceanu from Fort Campbell") is no ground the text is about, a force named by
            # its country acts abroad as often as at home (as for _stray_variant)
            return False
        if best.get("country") in {cc for _, _, cc in others if cc}:
            return False
        if named.dominant_country_share(m) <= DOMINANT_SHARE and not named.one_region(m):
            return False  # a report that ranges over several countries may name a far one too
        if sum(1 for _, _, cc in others if cc) < 2:
            # "Two frigates left Toulon for Djibouti, sailing by way of the Suez Canal": one place
            # in a country (a sea or a canal lies in none) makes no country the text is about
            return False
        if FarReadingGuards._landmark_far(m, best, named):
            return False  # "Victoria Park": the landmark guard keeps the mention, without a point
        if _seas_far_from_its_countries(others):
            return False  # "left Portsmouth for ... the Mediterranean, the Suez Canal, ... off Goa": a voyage
        return all(la is None or haversine_km(best["lat"], best["lon"], la, lo) > FAR_NAMESAKE_KM
                   for la, lo, _ in others)

    @staticmethod
    def _own_name_beside(m: dict, cands: list[dict]) -> dict | None:
        """A reading whose own name is the text's spelling, within OWN_NAME_BESIDE_KM of a first
        reading that holds the name only as another name ("Kinmen": the county Kinmen beside
        the town Jincheng, which GeoNames also calls Kinmen): the name is no foreign guess, the
        place that bears it is meant. None otherwise.

        why: probe sentence of my own (s23): "Chinese coast guard vessels entered waters off
        Kinmen" dropped Kinmen as a stray variant far from China, the country of the demonym."""
        best = cands[0]
        said = plain(m.get("surface") or "")
        if best.get("lat") is None or plain(best.get("name") or "") == said:
            return None
        return next((c for c in cands[1:] if plain(c.get("name") or "") == said and c.get("lat") is not None
                     and haversine_km(best["lat"], best["lon"], c["lat"], c["lon"]) <= OWN_NAME_BESIDE_KM), None)

    @staticmethod
    def _namesake_among(m: dict, cands: list[dict], named) -> dict | None:
        """A candidate of the very name of ``cands[0]`` in the country where the text's other
        places lie ("Norfolk" in a report about England: the county, not the US city): the one
        country of all of them, or the one most of them lie in (more than DOMINANT_SHARE, the
        far-namesake guard's own test), so a namesake in a Haitian story that also names Miami
        is the Haitian one rather than no place."""
        others = named.others(m)
        countries = {cc for _, _, cc in others if cc}
        if len([1 for la, _, _ in others if la is not None]) < 2:
            return None
        if len(countries) != 1:
            dominant, share = named.dominant_country(m)
            if dominant is None or share <= DOMINANT_SHARE:
                return None
            countries = {dominant}
        own = plain(cands[0]["name"])
        for c in cands[1:]:
            if c.get("country") in countries and plain(c.get("name") or "") == own \
                    and c.get("kind") not in FACILITY_KINDS and c.get("lat") is not None:
                return c
        return None

    @staticmethod
    def _loose_facility_far(m: dict, best: dict, named) -> bool:
        """Does the text name nothing else in the country of a facility read under another
        spelling (then it is no answer)?"""
        if not m.get("loose_facility"):
            return False
        return not any(cc == best.get("country") for _, _, cc in named.others(m))

    @staticmethod
    def _facility_by_a_loose_spelling(m: dict, best: dict, named) -> bool:
        """'Militants hid in the Sahara', read as Camp Speicher by a loose spelling of its other
        name 'Al Sahra': a base, airfield or crossing found only by a variant spelling, with no
        kind word beside the name and no other place of the text in its country. A facility's
        name is written exactly, and in a report about its country; a near spelling of one
        elsewhere is some other place (a desert, a town the index lacks)."""
        if best.get("kind") not in FACILITY_KINDS or m.get("kind") or best.get("lat") is None \
                or best.get("name_similarity", 1.0) >= 1.0:
            return False
        return best.get("country") not in {cc for _, _, cc in named.other_readings(m) if cc}

    @staticmethod
    def _qualifier_left_out(m: dict, best: dict, named) -> bool:
        """'West Midlands' read as 'Midlands' (a Zimbabwean province), 'Central Plateau' as
        'Plateau' (a Nigerian state): the gazetteer lacks the whole name and the rest alone
        names another place, unless that lies in a country the text's other places lie in or
        is itself a country or a wide area (the west of it is in it)."""
        if not m.get("qualifier_left_out") or best.get("lat") is None \
                or best.get("kind") in {"country", "continent", "region", "sea", "ocean"}:
            return False
        return best.get("country") not in {cc for _, _, cc in named.other_readings(m)}

    def _areas_found_only_as_towns_abroad(self, mentions: list[dict], named) -> None:
        """'Nyanza Province' in a Kenyan text, read as the Rwandan town Nyanza: the text says
        the name is a province or district, the index holds only a town of that name, and the
        town lies in no country of the text's other places. The mention stays (it names a
        place) without a point, and so do the bare mentions of the name read as that town."""
        towns: dict[str, str] = {}  # gazetteer_id of the town -> why it is no answer
        for m in mentions:
            cands = m.get("cands") or []
            if not cands or m["role"] != "place" or m.get("drop") or m.get("region_hint") \
                    or m.get("kind") not in {"admin1", "admin2"}:
                continue
            best = cands[0]
            if best.get("kind") not in SETTLEMENT_KINDS or not best.get("gazetteer_id"):
                continue
            others = {cc for _, _, cc in named.other_readings(m)} - {None}
            if best.get("country") in others:
                continue
            if not others and plain(best.get("name") or "") == plain(m["surface"]):
                # (a text with no other place says nothing against a town of the very name: 'Soldiers
                # moved to Lankaran district' is the district around Lankaran, its seat, which the
                # index holds only as a town; a town found by another name, Saint Petersburg for
                # 'the Leningrad region', is still no answer)
                continue
            towns[best["gazetteer_id"]] = (f"no {m['kind']} called {m['surface']!r} in the index; "
                                           f"{best['name']} ({best.get('country')}) is a town in none of "
                                           "the countries of the text's other places")
        if not towns:
            return
        for m in mentions:
            cands = m.get("cands") or []
            if cands and m["role"] == "place" and not m.get("region_hint") and cands[0].get("gazetteer_id") in towns:
                m["unresolved"] = towns[cands[0]["gazetteer_id"]]
                m["cands"] = []

    def _far_by_another_name(self, m: dict, best: dict, mentions: list[dict]) -> bool:
        """'Suba, Migori, Homa Bay' in a Kenyan text, 'Suba' read as Suva (Fiji) by one of its
        other names: an item of a list of places, read by a name that is not its place's own,
        thousands of km from the items beside it, which lie in another country. However well
        known the place, it is not the one the list means; the mention keeps no point. A place
        less known than LOOSE_FAR_IMPORTANCE is doubted from LOOSE_FAR_KM already, as a loose
        reading is (no_place.loose_reading_far): 'Kinmen and Matsu' (Taiwan's islands) read
        Matsu as Matsue, Japan, 1,870 km from Kinmen; famous cities by an old name ('Kiev and
        Berlin') keep the wider bar."""
        if best.get("lat") is None or best.get("kind") in {"country", "continent"} or m.get("kind") \
                or (best.get("gazetteer_id") or "").startswith("geomove-area:"):
            return False
        said = plain(m.get("surface") or "")
        own = plain(best.get("name") or "")
        if not said or said == own or said in own.split():
            return False
        beside = [b for b in (self._list_neighbour(m, mentions, -1), self._list_neighbour(m, mentions, 1)) if b]
        far_km = FAR_NAMESAKE_KM if (best.get("importance") or 0.0) >= LOOSE_FAR_IMPORTANCE else LOOSE_FAR_KM
        return bool(beside) and all(
            b.get("lat") is not None and b.get("country") != best.get("country")
            and haversine_km(best["lat"], best["lon"], b["lat"], b["lon"]) > far_km for b in beside)

    def _list_neighbour(self, m: dict, mentions: list[dict], side: int) -> dict | None:
        """The best reading of the place named just before (side -1) or after (+1) ``m`` in a
        list ("A, B and C"), or None."""
        # where a neighbour must end (start) for the words between to be a list's joint, found
        # from the text beside ``m``: most names have no joint beside them and need no look at
        # the other mentions (a long text's sections have hundreds), and the rest compare
        # offsets, not the text between every mention and this one
        at = _joint_ends_before(self.text, m["start"]) if side < 0 else _joint_starts_after(self.text, m["end"])
        if not at:
            return None
        edge = "end" if side < 0 else "start"
        for o in mentions:
            if o[edge] in at and o is not m and not o.get("drop") and o["role"] == "place" and o.get("cands"):
                return o["cands"][0]
        return None

    @staticmethod
    def _far_from_all_others(m: dict, best: dict, named, least: int = 2, km: float = FAR_NAMESAKE_KM) -> bool:
        """Is the reading farther than ``km`` (thousands: FAR_NAMESAKE_KM) from every other
        located place of a text that has at least ``least`` (two: one place says too little of
        where a text is; one where the name itself already casts doubt), and in none of their
        countries? The shared test of the far-reading guards."""
        others = named.other_readings(m)
        located = [(la, lo) for la, lo, _ in others if la is not None]
        if len(located) < least or named.state_of(best.get("country")) in {named.state_of(cc) for _, _, cc in others}:
            return False  # (a territory and the state that holds it are one country here: state_of)
        return all(haversine_km(best["lat"], best["lon"], la, lo) > km for la, lo in located)

    @staticmethod
    def _landmark_far(m: dict, best: dict, named) -> bool:
        """'a rally in Victoria Park' in a text about London, Ontario, read as a Hong Kong
        suburb: a name ending in a landmark word most towns have (LANDMARK_WORDS), read as a
        settlement thousands of km from every other place of the text and in none of their
        countries, is the local landmark the index lacks; the mention keeps no point."""
        words = (m.get("surface") or "").split()
        if len(words) < 2 or words[-1].lower() not in LANDMARK_WORDS or best.get("lat") is None \
                or best.get("kind") not in {"city", "town", "village", "admin2"}:
            return False
        return FarReadingGuards._far_from_all_others(m, best, named)

    # words after a name that make it a water body's or landform's name ("Lake Albert",
    # "Litani River", "Makran coast"), as wordlists.FEATURE_HEADS_BEFORE do before it
    _FEATURE_TAILS = frozenset("lake river mountains mountain desert plateau gulf sea strait coast valley".split())

    @staticmethod
    def _feature_named_settlement_far(m: dict, best: dict, named) -> bool:
        """'Ugandan troops crossed Lake Albert', read as Lake Albert, a town in Australia: a name
        a water body's or landform's head word opens ("Lake", "Mount", "Gulf", "Cape") or ends
        ("River", "Mountains", "Desert"), read as a lesser settlement thousands of km
        (FAR_NAMESAKE_KM) from every other located place of the text (one is enough: the head
        word already says a feature is meant) and in none of their countries: the feature the
        index lacks, not a town named after some other one; the mention keeps no point."""
        words = (m.get("surface") or "").split()
        if len(words) < 2 or best.get("lat") is None or m.get("kind") \
                or best.get("kind") not in {"city", "town", "village", "admin2"} \
                or (best.get("importance") or 0.0) >= FAR_NAMESAKE_IMPORTANCE:
            return False
        if words[0].lower() not in FEATURE_HEADS_BEFORE and words[-1].lower() not in FarReadingGuards._FEATURE_TAILS:
            return False
        return FarReadingGuards._far_from_all_others(m, best, named, least=1)

    # (the text right before a mention ends with the article: "to the Gulf", "off the Cape")
    _THE_BEFORE = _PATTERNS.compile(r"\bthe\s$", re.I)

    @staticmethod
    def _feature_word_read_as_a_lesser_place(m: dict, best: dict) -> bool:
        """Is the mention a water body's or landform's word alone ("Gulf", "Cape", "Lake"),
        read as a located lesser settlement or province (below FAR_NAMESAKE_IMPORTANCE)? The
        tests _feature_word_alone_far and _feature_word_qualifying_a_noun_far share."""
        words = (m.get("surface") or "").split()
        if len(words) != 1 or best.get("lat") is None or m.get("kind") \
                or best.get("kind") not in {"city", "town", "village", "admin2", "admin1"} \
                or (best.get("importance") or 0.0) >= FAR_NAMESAKE_IMPORTANCE:
            return False
        word = words[0].lower()
        return word in FEATURE_HEADS_BEFORE or word in FarReadingGuards._FEATURE_TAILS

    def _feature_word_alone_far(self, m: dict, best: dict, named) -> bool:
        """'The destroyer left Portsmouth for the Gulf', read as Gulf, a province of Papua New
        Guinea: a water body's or landform's head word alone, after 'the' ("the Gulf", "the
        Cape", "the Lake"), names the feature the writer has in mind, which the index may not
        hold under that short name, not a place that bears the bare word. Read as a lesser
        settlement or province (below FAR_NAMESAKE_IMPORTANCE) thousands of km from every
        other located place of the text (one is enough, as for _feature_named_settlement_far)
        and in none of their countries, the mention keeps no point."""
        if not FarReadingGuards._feature_word_read_as_a_lesser_place(m, best):
            return False
        start = m.get("start")
        if start is None or not self._THE_BEFORE.search(self.text, max(0, start - 5), start):
            return False
        return FarReadingGuards._far_from_all_others(m, best, named, least=1)

    def _feature_word_alone_unplaced(self, m: dict, best: dict, named) -> bool:
        """'Today the Gulf was calm', 'The Gulf was calm after the storm', read as Gulf, a
        province of Papua New Guinea: the feature's word alone after 'the', as
        _feature_word_alone_far reads it, in a text that names no other located place.
        _far_from_all_others asks for one other place to be far from, so such a text kept the
        province (session 51's "Yesterday the Channel" fix made the lead-in no body's name but
        left this): with nothing else to place the text, "the" and the bare word still name the
        feature the writer has in mind; the mention keeps no point. "the Gulf province", "Gulf
        Province" (a kind word) and a text that names Papua New Guinea or a place in it keep the
        province. (s52 gaz102)"""
        if not FarReadingGuards._feature_word_read_as_a_lesser_place(m, best):
            return False
        start = m.get("start")
        if start is None or not self._THE_BEFORE.search(self.text, max(0, start - 5), start):
            return False
        return not any(la is not None for la, _, _ in named.other_readings(m))

    def _feature_word_qualifying_a_noun_far(self, m: dict, best: dict, named) -> bool:
        """'Gulf diplomats met in Riyadh', 'their Gulf oil', read as Gulf, a province of Papua New
        Guinea: the feature's word alone before a lower-case noun it qualifies
        (_feature_word_before_a_noun) names the feature, as after 'the' (_feature_word_alone_far,
        whose other tests it shares); far from every other located place of the text and in none
        of their countries, the mention keeps no point."""
        if not FarReadingGuards._feature_word_read_as_a_lesser_place(m, best):
            return False
        if not self._feature_word_before_a_noun(m):
            return False
        return FarReadingGuards._far_from_all_others(m, best, named, least=1)

    # lower-case words after a feature's word that make it an area's name, not an attribute:
    # "Gulf province" is Papua New Guinea's province, as "Gulf Province" is
    _AREA_KIND_AFTER = frozenset("province district region county state municipality prefecture".split())
    # (the longest word looked at after the feature's word)
    _NOUN_AFTER_LETTERS = 24

    def _feature_word_before_a_noun(self, m: dict) -> bool:
        """'the Gulf states', 'Gulf oil', 'Gulf diplomats met in Riyadh': the feature's word alone
        before a lower-case word (one space between) qualifies that word by the feature, as 'the
        Gulf' names it; an area's kind word after it (_AREA_KIND_AFTER) names the area instead.
        (Read in a slice of the text after the mention: no pattern, no whole-text work.)"""
        end = m.get("end")
        text = self.text
        if end is None or end + 1 >= len(text) or text[end] != " " or not text[end + 1].islower():
            return False
        k = end + 1
        stop = min(len(text), k + self._NOUN_AFTER_LETTERS)
        while k < stop and (text[k].isalpha() or text[k] == "-"):
            k += 1
        word = text[end + 1:k]
        return word.isalpha() and word not in self._AREA_KIND_AFTER

    @staticmethod
    def _article_dropped_far(m: dict, best: dict, named) -> bool:
        """'deployed from Tegucigalpa to El Amatillo', read as Amatillo, a Mexican village: a
        name the text writes with its article ('El', 'al-') found only as a place never spelled
        with it (name keys drop articles), a lesser settlement (below LOOSE_FAR_IMPORTANCE)
        farther than LOOSE_FAR_KM from every other located place of the text and in none of
        their countries. Two names alike but for the article is thin evidence for a point that
        far, whatever countries the text ranges over (loose_reading_far asks a text about one
        country: a variant spelling is closer evidence than a dropped article); the mention
        keeps no point."""
        surface = m.get("surface") or ""
        if best.get("lat") is None or best.get("kind") not in SETTLEMENT_KINDS or m.get("kind") \
                or (best.get("importance") or 0.0) >= LOOSE_FAR_IMPORTANCE or not has_article(surface):
            return False
        if any(has_article(n) for n in (best.get("name") or "", cold(best, "matched_name") or "")):
            return False  # (the reading is spelled with an article of its own)
        return FarReadingGuards._far_from_all_others(m, best, named, least=1, km=LOOSE_FAR_KM)

    @staticmethod
    def _lone_far_minor(m: dict, best: dict, named) -> bool:
        """'Piccadilly' in a London story read as an Australian hamlet: a minor settlement
        (below MINOR_IMPORTANCE), the only reading of its name, thousands of km from every
        other place of a text that has at least two others and in none of their countries.
        Thin evidence for a point on another continent: the mention keeps no point."""
        if best.get("lat") is None or best.get("kind") not in {"town", "village"} \
                or (best.get("importance") or 0.0) >= MINOR_IMPORTANCE or m.get("kind"):
            return False
        if FarReadingGuards._read_loosely(m, best):
            return FarReadingGuards._far_from_all_others(m, best, named, least=1)
        return FarReadingGuards._far_from_all_others(m, best, named)

    def _minor_on_another_continent(self, m: dict, best: dict, mentions: list[dict], named) -> bool:
        """'Rebels moved from Birao toward Orune', Orune read as a Sardinian village 3,600 km from
        the Central African town: a minor settlement (below MINOR_IMPORTANCE, no kind word), in
        none of the countries of the text's other located readings, farther than FAR_NAMESAKE_KM
        from each and on another continent than every one of them, where one of them at least is
        a place the text names (not only a country read from a demonym or an actor: 'A Chinese
        company opened a depot in Nule' judges the Sardinian village by nothing). _lone_far_minor
        asks two other places; one on another continent is enough for a minor namesake: a
        village an ocean or a desert from the only place the text names is most likely one the
        index lacks, and no place is better than that guess. The mention keeps no point."""
        if best.get("lat") is None or best.get("kind") not in {"town", "village"} or m.get("kind") \
                or (best.get("importance") or 0.0) >= MINOR_IMPORTANCE:
            return False
        there = self._continent_of(best.get("country"))
        if there is None or not FarReadingGuards._far_from_all_others(m, best, named, least=1):
            return False
        if any(self._continent_of(cc) in (there, None) for la, _, cc in named.other_readings(m) if la is not None):
            return False
        return self._once(_a_place_named_beside, m, best, mentions)

    @staticmethod
    def _lone_far_camp(m: dict, best: dict, named) -> bool:
        """'Clashes were reported in al-Shati' in a Libyan text (the Wadi al-Shati district)
        read as the Al-Shati refugee camp in Gaza: a camp read by its name alone (no 'camp'
        word beside it), thousands of km from every other place of a text that has at least two
        others and in none of their countries. A camp is known for its people, not as a place
        named from afar: a namesake the index lacks is likelier; the mention keeps no point."""
        if best.get("lat") is None or best.get("kind") != "camp" or m.get("kind"):
            return False
        others = named.other_readings(m)
        located = [(la, lo) for la, lo, _ in others if la is not None]
        if len(located) < 2 or best.get("country") in {cc for _, _, cc in others}:
            return False
        return all(haversine_km(best["lat"], best["lon"], la, lo) > CAMP_FAR_KM for la, lo in located)

    @staticmethod
    def _read_loosely(m: dict, best: dict) -> bool:
        """'The convoy reached Bagram from Jalalabad', Bagram read as Bahrām, an Iranian village
        that has 'Bagram' among its other names: a reading by a variant spelling or by another
        of the place's names, not by its own name (nor the first words of it). For a minor place
        such a reading is a guess, and one other place of the text, thousands of km away and
        in another country, is enough to doubt it (see _lone_far_minor): no place is a better
        answer than a village on the wrong side of a continent."""
        if (best.get("name_similarity") if best.get("name_similarity") is not None else 1.0) < 1.0:
            return True
        said = plain(m.get("surface") or "")
        own = plain(best.get("name") or "")
        return bool(said) and bool(own) and said != own and not own.startswith(said + " ")

    def _far_from_the_framing_country(self, m: dict, best: dict, mentions: list[dict], named) -> bool:
        """'Russian drones struck Kharkiv. In Ethiopia, Fano militia entered Lalibela', Fano read
        as the Italian town: a sentence that opens "In <country>," says where what it tells
        happens. A lesser settlement (below LONE_FAR_SETTLEMENT_IMPORTANCE, no capital, no
        famous city) named in that sentence and read on another continent than that country,
        in a country no other place of the text lies in, is a place the index lacks or no
        place (a group named after its region), not a town abroad; the mention keeps no point.
        A report that ranges over several theatres names each in its own sentence, so the
        text-wide guards (_lone_far_settlement) see no one country there."""
        if best.get("lat") is None or best.get("kind") not in SETTLEMENT_KINDS or m.get("kind") \
                or (best.get("importance") or 0.0) >= LONE_FAR_SETTLEMENT_IMPORTANCE:
            return False
        return self._framed_on_another_continent(m, best, mentions) is not None \
            and best.get("country") not in {cc for _, _, cc in named.other_readings(m)}

    def _far_from_its_section(self, m: dict, best: dict) -> bool:
        """'Ethiopia: Fano fighters entered Debre Tabor' in a roundup whose paragraph on Italy
        names Ancona: Fano read as the Italian town beside them. In a section of a roundup (see
        ContextRanking.theatre_scopes) a lesser settlement (below LONE_FAR_SETTLEMENT_IMPORTANCE,
        no kind word) read in none of the section's countries and on another continent than
        each of them is a place the index lacks or no place (a group named after its region);
        another section's places do not make it one. The mention keeps no point."""
        section = m.get("section_countries")
        if not section or best.get("lat") is None or best.get("kind") not in SETTLEMENT_KINDS \
                or m.get("kind") or (best.get("importance") or 0.0) >= LONE_FAR_SETTLEMENT_IMPORTANCE \
                or best.get("country") in section:
            return False
        there = self._continent_of(best.get("country"))
        return there is not None and all(self._continent_of(cc) not in (there, None) for cc in section)

    def _namesake_in_the_framing_country(self, m: dict, cands: list[dict], mentions: list[dict]) -> dict | None:
        """'In Spain, the mayor of Guadalcanal, the Andalusian town that gave the island its name',
        in a text about the Solomon Islands: a sentence that opens "In <country>," says where
        what it tells happens (_framing_country). A reading no better known than a lesser place
        (below LONE_FAR_SETTLEMENT_IMPORTANCE) on another continent than that country gives way
        to a namesake of the same name in it, when the index has one: the namesake, else None.
        A famous place stays ("In Mexico, the suspects fled to Madrid"), as does a reading in
        the framing country's continent (s47, gaz84). Cheap tests first: most names have one
        reading, or a well-known first one."""
        if len(cands) < 2 or m.get("kind") or (cands[0].get("importance") or 0.0) >= LONE_FAR_SETTLEMENT_IMPORTANCE \
                or m.get("sentence") not in self._framed_sentences():
            return None
        framing = self._framed_on_another_continent(m, cands[0], mentions)
        if framing is None:
            return None
        return next((c for c in cands[1:] if c.get("country") == framing and c.get("lat") is not None
                     and c.get("name_similarity", 1.0) >= 1.0), None)

    def _framed_sentences(self) -> frozenset[int]:
        """The sentences that open "In ..." as a framing country's sentence does
        (_FRAMING_OPENER_RE), found once a text (few do: a name elsewhere is not asked for its
        sentence's opener at each of its readings)."""
        known = self.per_text.get("framed_sentences")
        if known is None:
            text, match = self.text, _FRAMING_OPENER_RE.match
            known = self.per_text["framed_sentences"] = frozenset(
                i for i, (start, *_) in enumerate(self.sents) if match(text, start))
        return known

    def _framed_on_another_continent(self, m: dict, best: dict, mentions: list[dict]) -> str | None:
        """The country that frames ``m``'s sentence ("In <country>,": _framing_country) when
        ``best`` lies on another continent than it (both continents known); else None. What
        _far_from_the_framing_country and _namesake_in_the_framing_country both ask first."""
        framing = self._framing_country(m, mentions)
        if not framing or framing == best.get("country"):
            return None
        here, there = self._continent_of(framing), self._continent_of(best.get("country"))
        if here is None or there is None or here == there:
            return None
        return framing

    def _framing_country(self, m: dict, mentions: list[dict]) -> str | None:
        """The country a sentence opens by naming, "In <country>," (_FRAMING_OPENER_RE), when
        ``m`` stands later in that sentence; else None."""
        at = bisect_right(self.sents, (m["start"], float("inf"))) - 1  # (sents: sorted (start, end))
        if at < 0 or not self.sents[at][0] <= m["start"] < self.sents[at][1]:
            return None
        start = self.sents[at][0]
        opener = _FRAMING_OPENER_RE.match(self.text, start)
        if not opener:
            return None
        for o in mentions:
            if o["start"] != opener.end() or o is m or o.get("drop") or not o.get("cands") \
                    or o["cands"][0].get("kind") != "country":
                continue
            if self.text[o["end"]:o["end"] + 1] == "," and o["end"] < m["start"]:
                return o["cands"][0].get("country")
        return None

    @staticmethod
    def _judged_only_by_who_and_whence(m: dict, best: dict, mentions: list[dict]) -> bool:
        """'DHAKA - A Bangladeshi battalion arrived in Abyei': the text's other located places
        are only its dateline and the countries its forces or speakers are named by (roles
        dateline, actor, demonym, source_location), so it names no ground of its own but the
        town: the newsroom and a force's nationality say who tells and who moved, not where it
        happens. A text "about one country" so made is no sign that a town far from it is a
        village the index lacks (_lone_far_settlement): peacekeepers and expeditionary forces
        are named by a country far from where they go. The army post a force leaves from
        (_army_post_place: "American troops arrived at Mihail Kogalniceanu from Fort Campbell")
        is its home, whence it comes, as its country is."""
        own = best.get("gazetteer_id")
        # (stopped at the first other reading that names ground: asked of each lesser
        # settlement, a whole list of every other reading per mention cost a list of 2,000 names
        # its length squared; the guards' loop drops readings as it goes, so nothing is kept)
        others = False
        for o in mentions:
            if o is m or o.get("drop") or not o.get("cands"):
                continue
            reading = o["cands"][0]
            if reading.get("lat") is None or reading.get("gazetteer_id") == own:
                continue
            if o["role"] not in _WHO_AND_WHENCE_ROLES and not _army_post_place(o, reading):
                # (an army post, "from Fort Campbell", is the force's home: whence, not where)
                return False
            others = True
        return others

    def _abroad_from_those_at_home(self, m: dict, best: dict, mentions: list[dict]) -> bool:
        """'Haitian police pushed into Bel Air', Bel Air read as the Maryland town: a text that
        names no ground but the town, only the countries of those who act (_judged_only_by_who_
        and_whence), one of them by a demonym of people who act at home ("Haitian police":
        HOME_NOUNS, _countries_by_demonym). Police and officials act in their own country, and a
        force named beside them ("backed by Kenyan officers") is there with them; so a lesser
        settlement (below LONE_FAR_SETTLEMENT_IMPORTANCE, no kind word) in none of those home
        countries and thousands of km (FAR_NAMESAKE_KM) from each is a quarter or village the
        index lacks, not a town abroad: the mention keeps no point. (A force alone, "Rwandan
        soldiers reached Palma", is sent abroad: _lone_far_settlement's exception holds.)"""
        if best.get("lat") is None or best.get("kind") not in SETTLEMENT_KINDS or m.get("kind") \
                or (best.get("importance") or 0.0) >= LONE_FAR_SETTLEMENT_IMPORTANCE \
                or not self._judged_only_by_who_and_whence(m, best, mentions):
            return False
        home = {cc for cc, (_, at_home) in self._countries_by_demonym(mentions, {}).items() if at_home}
        if not home or best.get("country") in home:
            return False
        if _only_that_country_s(m, best):
            return False
        points = [o["cands"][0] for o in mentions if o is not m and not o.get("drop") and o.get("cands")
                  and o["cands"][0].get("country") in home and o["cands"][0].get("kind") == "country"
                  and o["cands"][0].get("lat") is not None]
        return bool(points) and all(haversine_km(best["lat"], best["lon"], p["lat"], p["lon"]) > FAR_NAMESAKE_KM
                                    for p in points)

    @staticmethod
    def _lone_far_settlement(m: dict, best: dict, named) -> bool:
        """'Al-Shabaab fighters seized Mahas and moved towards Beledweyne and Jowhar', Mahas read
        as Māḩiş (Jordan): a settlement below LONE_FAR_SETTLEMENT_IMPORTANCE (no capital, no
        famous city), thousands of km (FAR_NAMESAKE_KM) from every other located place of a
        text whose places mostly lie in one country (more than DOMINANT_SHARE) and in none of
        their countries. Whether or not the index knows a namesake, the place meant is most
        likely a village it lacks, spelled like a town on another continent: the mention keeps
        no point. A text that ranges over several countries may name a far town; one that ties
        the town to its country ("Mahas, Jordan") names that country among its places."""
        if best.get("lat") is None or best.get("kind") not in SETTLEMENT_KINDS or m.get("kind") \
                or (best.get("importance") or 0.0) >= LONE_FAR_SETTLEMENT_IMPORTANCE:
            return False
        if named.dominant_country_share_without_stray_minors(m) <= DOMINANT_SHARE:
            return False  # a report that ranges over several countries may name a far one too
        if _army_post_place(m, best):
            return False
        return FarReadingGuards._far_from_all_others(m, best, named)


    def _lone_far_region(self, m: dict, best: dict, named) -> bool:
        """'The column crossed into Galicia and moved to Lviv', Galicia read as Spain's province,
        2,400 km from Lviv: the index holds Spain's Galicia only, not the historical region of
        Ukraine and Poland. A province (admin1, no kind word written) that someone is told to
        enter by land ("crossed into", "pushed into", "entered": _ENTERED_RE), thousands of km
        (FAR_NAMESAKE_KM) from every other located place of a text about one country (more than
        DOMINANT_SHARE of its places), in a country the text names nowhere (by its name, a
        demonym, a place in it or who acts for it: ``named`` holds every reading, the caller asks
        ``not near``), is a region of the same name the index lacks: a column enters a region
        beside the ground the text tells of, not one a continent away. The mention keeps no point,
        as the village _lone_far_settlement doubts does. One other place is enough here: the
        entering says the region borders it.

        Not doubted: a province told otherwise ("in England", "volunteers from Catalonia": a
        wide-ranging text names far provinces, TR-News and GeoVirus do: a first version without
        the entering cost GeoVirus two right answers), a province in a sentence about a flight
        (flights.FLIGHT_WORDS_RE: "flew into Texas"), a text over several countries, a province
        whose country the text names ("Galicia, in Spain's north-west")."""
        if best.get("kind") != "admin1" or best.get("lat") is None or m.get("kind"):
            return False
        text = self.text
        if not _ENTERED_RE.search(text, max(0, m["start"] - _ENTERED_REACH), m["start"]):
            return False
        if named.dominant_country_share_without_stray_minors(m) <= DOMINANT_SHARE:
            return False
        if not FarReadingGuards._far_from_all_others(m, best, named, least=1):
            return False
        return not FLIGHT_WORDS_RE.search(self._sentence_text(m))

    @staticmethod
    def _far_from_a_compact_theatre(m: dict, best: dict, named) -> bool:
        """'Guards units shelled camps around Koya' in a story of Iraqi Kurdistan and Iran's border
        towns, Koya (Koysinjaq) read as a Japanese village 7,400 km away: a settlement below
        LONE_FAR_SETTLEMENT_IMPORTANCE, farther than FAR_NAMESAKE_KM from every other located
        place of the text and in none of their countries, where those places all lie within
        COMPACT_THEATRE_KM of each other. _lone_far_settlement asks that most of a text's places
        lie in one country; a story of a border between two (Iraq and Iran named as often, at most
        THEATRE_COUNTRIES) is as much one theatre, and a far village no likelier its place: the
        mention keeps no point. A text whose places range wider (a Dakar-to-N'Djamena roundup, or
        envoys of three states meeting in a fourth's capital) may name a far town."""
        if best.get("lat") is None or best.get("kind") not in SETTLEMENT_KINDS or m.get("kind") \
                or (best.get("importance") or 0.0) >= LONE_FAR_SETTLEMENT_IMPORTANCE or _army_post_place(m, best):
            return False
        if not FarReadingGuards._far_from_all_others(m, best, named):
            return False
        others = [(la, lo, cc) for la, lo, cc in named.other_readings(m) if la is not None]
        if len({cc for _, _, cc in others}) > THEATRE_COUNTRIES:
            return False  # (a regional story over several states may name a far town: _lone_far_settlement's rule)
        return all(haversine_km(a[0], a[1], b[0], b[1]) <= COMPACT_THEATRE_KM
                   for i, a in enumerate(others) for b in others[i + 1:])


def _named_for_the_town_it_serves(m: dict, best: dict) -> bool:
    """Is the reading a facility (an airport) whose name, as the text writes it, opens with the
    town its record says it serves (airportsdata's city: 'Dublin' for Dublin Airport)? The words
    then name that town and its airport, not everyday things: "Dublin" is as frequent in English
    as an everyday word (zipf 4.1), so "landed at Dublin Airport on a flight from Larnaca" took the
    airport for words like "Church Street" read 3,700 km from Larnaca (_everyday_words_far), and
    dropped it (s53 gaz103)."""
    if best.get("kind") not in FACILITY_KINDS:
        return False
    town = plain(raw_of(best).get("city") or "")
    return bool(town) and plain(m.get("surface") or "").startswith(town + " ")


def _only_that_country_s(m: dict, best: dict) -> bool:
    """Does the index know the name only in the reading's country ("Gonaives", "Hinche": Haiti
    alone)? Then it is no quarter or village of the home country that the index lacks and that
    happens to be spelled like a town abroad: "Kenyan police officers moved to Hinche" names the
    Haitian town their mission went to. A name that many countries bear ("Bel Air": France, the
    Philippines, the United States) stays doubtful far from home (s40 lead)."""
    cands = m.get("cands") or ()
    return bool(cands) and all(c.get("country") == best.get("country") for c in cands)


def _a_place_named_beside(m: dict, best: dict, mentions: list[dict]) -> bool:
    """Does the text name a located place (no country) by another name than ``m``'s? (Asked
    once per name and reading through FarReadingGuards._once: a repeated name costs one scan.)"""
    own = plain(m.get("surface") or "")
    for o in mentions:
        if o is m or o.get("drop") or o.get("role") != "place" or not o.get("cands"):
            continue
        reading = o["cands"][0]
        if reading.get("lat") is not None and reading.get("kind") != "country" and plain(o.get("surface") or "") != own:
            return True
    return False


_PATTERNS.save()
