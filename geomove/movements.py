"""Movements read out of a report: who moved what, how many, from where, through where, to where.

The method is a small, general grammar of movement, not a list of phrases from known reports:

1. A *trigger* (a movement verb such as moved, crossed, withdrew, headed, or a movement noun
   such as convoy, withdrawal) marks a clause that may describe a movement.
2. Place mentions (from :mod:`geomove.mentions`) get a *role* from the cue that governs them:
   from/out of/left → origin; to/into/towards/reached/entered → destination; through/via/
   across → via. A mention that continues a noun phrase ("the city of X in the countryside of
   Y") shares its neighbour's slot, and the most specific place of a slot wins.
3. The clause's *modality* decides the status: negation or denial, plans, intentions,
   futures and conditionals, static presence and background (pluperfect passive) are kept with
   a status other than ``reported``.
4. Fragments from several sentences are *merged* when they describe the same event (the
   headline, the lede and the body repeat it) and *chained* when a definite noun phrase ("the
   convoy", "the vehicles") carries a route on ("after crossing X, the vehicles headed to Y").
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .dates import find_dates, parse_published
from .distance import haversine_km
from .errors import NO_BORDERS, NO_GAZETTEER
from .model import make_movement
from .textutil import sentence_spans

# --- lexicon: general English movement grammar ------------------------------------------

_VERB_FORMS = {
    # stem: forms (regular forms are generated below)
    "move": "move moves moved moving",
    "transport": "", "deploy": "", "redeploy": "", "withdraw": "withdraw withdraws withdrew withdrawn withdrawing",
    "pull": "", "send": "send sends sent sending", "dispatch": "dispatch dispatches dispatched dispatching",
    "arrive": "arrive arrives arrived arriving", "enter": "", "cross": "cross crosses crossed crossing",
    "head": "", "depart": "", "leave": "leave leaves left leaving", "reach": "reach reaches reached reaching",
    "come": "come comes came coming", "go": "go goes went gone going", "bring": "bring brings brought bringing",
    "fly": "fly flies flew flown flying", "drive": "drive drives drove driven driving",
    "return": "", "relocate": "relocate relocates relocated relocating", "transfer": "transfer transfers transferred transferring", "evacuate": "evacuate evacuates evacuated evacuating",
    "advance": "advance advances advanced advancing", "travel": "travel travels travelled traveled travelling traveling", "dock": "", "reposition": "", "rotate": "rotate rotates rotated rotating", "roll": "", "rumble": "rumble rumbles rumbled rumbling",
    "escort": "", "airlift": "", "ferry": "ferry ferries ferried ferrying", "reinforce": "reinforce reinforces reinforced reinforcing",
    "retreat": "", "march": "", "proceed": "", "set off": "set off sets off setting off",
    "land": "", "take off": "take off took off taken off taking off", "push": "push pushes pushed pushing", "sail": "",
    "exit": "", "leave for": "", "continue": "continue continues continued continuing", "ship": "ship ships shipped shipping", "mobilize": "mobilize mobilized mobilizing",
}
_NOUN_TRIGGERS = ("convoy", "convoys", "column", "columns", "withdrawal", "pullout", "pull-out",
                  "redeployment", "movement", "movements", "reinforcements", "airlift", "flight", "flights",
                  "rotation", "departure", "arrival", "evacuation", "transfer", "retreat")


def _forms(stem: str, listed: str) -> list[str]:
    if listed:
        return listed.split()
    return [stem, stem + "s", stem + "ed", stem + "ing"]


_VERBS = sorted({f for s, l in _VERB_FORMS.items() for f in _forms(s, l)}, key=len, reverse=True)
_TRIGGER_RE = re.compile(
    r"\b(?P<verb>" + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in _VERBS) + r")\b"
    r"|\b(?P<noun>" + "|".join(map(re.escape, _NOUN_TRIGGERS)) + r")\b", re.I)

# verbs whose bare object is a role (no preposition): "entered Iraq", "left the base"
_OBJECT_ROLE = {"enter": "destination", "reach": "destination", "leave": "origin",
                "depart": "origin", "evacuate": "origin", "cross": "via", "exit": "origin",
                "reinforce": "destination"}
_ARRIVAL = {"arrive", "land", "deploy", "redeploy", "station", "gather", "come", "dock"}
_DEPARTURE = {"depart", "departure", "leave", "take off", "evacuate", "evacuation", "withdraw", "withdrawal",
              "exit", "set off"}
_NOUN_AFTER = re.compile(r"\b(?:by|on|over)\s+$", re.I)
# "the Bab al-Hawa crossing", "a border crossing": the noun, not the verb "crossing into"
_CROSSING_NOUN = re.compile(r"(?:\b(?:the|a|border|this|that)|[A-Z][\w'’-]*)\s+$")
# verbs that move something only with a direction ("pushed into X", not "pushed for talks")
_DIRECTED_ONLY = {"push"}
_DIRECTION_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:into|towards?|through|across|deeper|further|on\s+to)\b", re.I)

# cues that give a role to the place they govern; longest first
_ROLE_CUES = [
    (r"on\s+(?:the|their|its|his)\s+way\s+to", "destination"), (r"en\s+route\s+to", "destination"),
    (r"out\s+of", "origin"), (r"away\s+from", "origin"), (r"from", "origin"),
    (r"in\s+the\s+direction\s+of", "destination"), (r"into", "destination"),
    (r"towards?", "destination"), (r"(?<!according\s)(?<!due\s)(?<!thanks\s)to", "destination"), (r"onto", "destination"),
    (r"by\s+way\s+of", "via"), (r"through", "via"), (r"via", "via"), (r"across", "via"),
    (r"passing\s+(?:by|through)?", "via"), (r"bound\s+for", "destination"), (r"for", "destination_weak"),
    (r"(?:stationed|based|present|deployed)\s+(?:in|at)", "origin_weak"),
    (r"(?:in|at|inside)", "arrival"),
]
_CUE_RE = re.compile(r"\b(?:" + "|".join(f"(?P<c{i}>{p})" for i, (p, _) in enumerate(_ROLE_CUES)) + r")\b", re.I)

# words that may stand between a cue and the place it governs, inside one noun phrase
_GAP_TOKEN = re.compile(r"[A-Za-z][\w'’-]*|\d+(?:[.,]\d+)?|-|'s|’s")


class _NPGap:
    """Words that may stand inside one noun phrase between a cue and its place: plain words,
    possessives and numbers, but no punctuation. Checked token by token (a single regex with
    nested repetition backtracks exponentially on long gaps)."""

    @staticmethod
    def match(gap: str) -> bool:
        return all(_GAP_TOKEN.fullmatch(tok) for tok in gap.split())


_NP_GAP = _NPGap()
_CLAUSE_BREAK = re.compile(r"[;:()]|\b(?:that|which|who|whom|has|have|had|is|are|was|were|been|ruled|controlled|held)\b|,\s*(?:and|but|while|who|which|where)\b|\b(?:said|says|told|according|while|but|although|because|after|before|as)\b", re.I)
_CHAIN = re.compile(r"\b(?:from\s+there|thence|then|and\s+on|on\s+(?:the|their|its)\s+way|before\s+(?:heading|moving|continuing|proceeding)|later|afterwards|continu\w+)\b", re.I)

_REPORTS_THAT = re.compile(r"\b(?:reports?|claims?|rumou?rs?|allegations?)\s+(?:that|of)\b", re.I)
_FALSE_AFTER = re.compile(r"\b(?:false|untrue|baseless|fabricated|unfounded|inaccurate|fake|incorrect|groundless)\b", re.I)
_NEGATION = re.compile(r"\b(?:not|no|never|n't|nor|without|neither)\b|n't\b", re.I)
_DENIAL = re.compile(r"\b(?:den(?:y|ies|ied|ying)|refut\w+|reject\w*|dismiss\w*\s+reports?|false)\b", re.I)
_MODAL = re.compile(
    r"\b(?:will|would|could|might|may|shall|going\s+to|plan(?:s|ned|ning)?|intend\w*|intention\w*|"
    r"expect\w*|set\s+to|prepar\w+|about\s+to|threat\w*|aim\w*\s+to|want\w*|seek\w*|decid\w+\s+to|"
    r"order\w*|propos\w+|consider\w*|call\w*\s+for|demand\w*|urg\w+|possible|possibility|likely|"
    r"rumou?r\w*|speculat\w+|if|unless|should)\b", re.I)
_BACKGROUND = re.compile(r"\bhad\s+been\s+(?:deployed|stationed|based)\b|\blast\s+year\b|\byears?\s+ago\b", re.I)
_IN_YEAR = re.compile(r"\b(?:in|since)\s+((?:19|20)[0-9][0-9])\b", re.I)
_SOME_DAY = dt.date(2000, 1, 1)
_QUOTES = " \"'“”‘’«»"
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|announced|stated|reported|added|confirmed|claimed)\b[^.,;]*$", re.I)
_STATIC_VERB = {"deploy", "redeploy"}
_INFINITIVE_OK = re.compile(
    r"\b(?:began|begin|begins|started|start|starts|continued|continue|continues|managed|had|has|have|were\s+seen|was\s+seen)\s+(?:to\s+)?$"
    # "the first / largest convoy to reach X" reports a fact, it plans nothing
    r"|\b(?:first|last|only|next|second|third|\w{3,}est)\s+(?:[\w-]+\s+){0,5}$", re.I)

# who moves: a force noun, optionally with a national / organisational qualifier before it
_FORCE_NOUN = (r"(?:forces|force|troops|army|armies|military|soldiers|convoy|column|contingent|"
               r"peacekeepers|peacekeeping\s+\w+|militias?|fighters|mercenaries|coalition|units?|battalions?|brigades?|"
               r"regiments?|divisions?|personnel|marines|navy|air\s+force|paratroopers|commandos|"
               r"special\s+forces|military\s+police|gendarmes|police|guards?|group|reinforcements)")
_ACTOR_RE = re.compile(
    # a name word is at most 41 characters: one 12,000-letter capitalised token was
    # re-scanned to its end from each of its letters (quadratic, 0.7 s)
    r"(?P<actor>(?:(?:the|a|an)\s+)?(?:[A-Z][\w.'’-]{0,40}\s+){1,4}" + _FORCE_NOUN + r"|"
    r"(?:(?:the|a|an)\s+)?(?:US|U\.S\.|UK|American|Russian|Turkish|Iranian|Iraqi|Syrian|French|"
    r"Israeli|British)\s+(?:\w+\s+){0,2}" + _FORCE_NOUN + r")\b")
_ANAPHOR_SUBJECT = re.compile(r"^\s*(?:[A-Z][^,]{0,80},\s*)?(?:the|this|that|these|those)\s+(?:\w+\s+){0,2}(?:convoy|column|vehicles|trucks|troops|soldiers|forces|contingent|group|reinforcements|units?|fighters|planes|aircraft|helicopters)\b|^\s*(?:they|it)\b", re.I)
# between a subject and its verb: auxiliaries and adverbs only ("Iran had reportedly sent")
_BARE_SUBJECT_GAP = re.compile(r"(?:\s+(?:has|have|had|was|were|is|are|also|reportedly|then|already|again|"
                               r"quietly|secretly|recently|now|just|been))*\s+", re.I)
# the subject of a "while ..." clause that is the rest of the same group
_REST_SUBJECT = re.compile(r"^\s*(?:the\s+(?:rest|remainder|others|other\s+\w+)|their\s+\w+|its\s+\w+|others)\b", re.I)

# counts: "about 50 soldiers", "more than 20 trucks", "dozens of vehicles", "two helicopters"
_NUMWORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
             "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
             "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "a dozen": 12}
_UNITS = (r"soldiers|troops|personnel|fighters|officers|members|marines|servicemen|service\s+members|"
          r"(?:military\s+)?police(?:men)?|policemen|"
          r"peacekeepers|mercenaries|men|militants|paratroopers|commandos|"
          r"vehicles|trucks|lorries|tanks|armou?red\s+vehicles|humvees|hummers|buses|cars|"
          r"helicopters|aircraft|planes|jets|flights|drones|ships|vessels|boats|"
          r"artillery\s+pieces|pieces|launchers|tankers|trailers|containers|convoys|columns")
_COUNT_RE = re.compile(
    r"(?P<qual>about|around|approximately|some|nearly|almost|roughly|more\s+than|over|at\s+least|"
    r"up\s+to|fewer\s+than|less\s+than|an\s+estimated)?\s*"
    r"(?<![A-Za-z]-)(?<![\w-])"  # "Il-76 transport planes", "C-130s": a model, not a count
    # ASCII digits only, at most 12 of them: "²" or "٣" is no count, nor a 5,000-digit number
    r"(?P<num>[0-9]{1,3}(?:,[0-9]{3}){1,3}(?![0-9])|[0-9]{1,12}(?![0-9])|a\s+dozen|dozens|hundreds|thousands|"
    + "|".join(k for k in _NUMWORDS if k != "a dozen") + r")"
    r"(?:-strong)?\s+(?:of\s+)?(?P<adj>(?:[a-zA-Z-]+\s+){0,3}?)(?P<unit>" + _UNITS + r")\b", re.I)
_CASUALTY_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:were|was|had\s+been|have\s+been|are)?\s*"
                             r"(?:killed|wounded|injured|died|dead|captured|arrested|detained|missing)\b", re.I)
_PEOPLE = re.compile(r"soldiers|troops|personnel|fighters|officers|members|marines|servicemen|service|peacekeepers|mercenaries|men|militants|paratroopers|commandos|police", re.I)
_AIR = re.compile(r"\b(?:fl(?:y|ew|own|ying|ights?)|airlift\w*|helicopters?|aircraft|planes?|jets?|airborne|air\s+bridge|landed|took\s+off)\b", re.I)
_SEA = re.compile(r"\b(?:(?:war)?ships?|vessels?|boats?|sail\w*|naval|frigates?|destroyers?|by\s+sea)\b", re.I)
_MODE_VERBS = (("air", re.compile(r"\b(?:fl(?:ew|own|ying|ies)|airlift\w*|took\s+off|by\s+air)\b", re.I)),
               ("sea", re.compile(r"\b(?:sail(?:ed|s|ing)?|shipped|by\s+sea)\b", re.I)),
               ("road", re.compile(r"\b(?:drove|driven|driving|by\s+road|overland)\b", re.I)))
_ROAD = re.compile(r"\b(?:convoys?|columns?|vehicles|trucks|lorries|tanks|humvees|hummers|road|highway|drove|driven|buses|armou?red)\b", re.I)

_SPECIFICITY = {"base": 0, "airfield": 0, "crossing": 0, "camp": 0, "checkpoint": 0, "oilfield": 0,
                "port": 0, "village": 1, "town": 1, "city": 1, "admin2": 2, "region": 3, "admin1": 3,
                # a river runs for hundreds of km, a sea or a continent spans countries
                "river": 3.5, "country": 4, "sea": 4.5, "ocean": 4.5, "continent": 5}
_AREA_KINDS = {"country", "admin1", "admin2", "region", "continent", "sea"}


@dataclass
class Fragment:
    """What one clause with a trigger says about a movement."""

    sentence: int
    trigger: str
    trigger_start: int
    status: str = "reported"
    origin: list = field(default_factory=list)
    via: list = field(default_factory=list)
    destination: list = field(default_factory=list)
    chained: bool = False                 # destinations form a chain (A, then B)
    actor: str | None = None
    what: str | None = None
    counts: list = field(default_factory=list)
    mode: str | None = None
    date: object = None
    quote: str = ""
    anaphoric: bool = False               # subject is "the convoy", "they"...
    noun_only: bool = False
    directed: bool = False                # a destination came from to/into/towards, not "in"/"at"
    when: set = field(default_factory=set)  # day-precise date words of the clause, resolved or not
    actor_home: dict | None = None        # the country a national force is from ("Turkish column")
    enters: bool = False                  # the verb crosses a boundary (entered, crossed, came into)
    contrasted: bool = False              # read from a "while ..." clause set against the one before
    rest_of_group: bool = False           # its subject is the rest of the group ("the rest", "their vehicles")


# --- helpers -----------------------------------------------------------------------------

def _stem(word: str) -> str:
    w = re.sub(r"\s+", " ", word.lower())
    for stem, listed in _VERB_FORMS.items():
        if w in _forms(stem, listed):
            return stem
    return w


def _km(a: dict, b: dict) -> float:
    if None in (a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon")):
        return math.inf
    return haversine_km(a["lat"], a["lon"], b["lat"], b["lon"])


def _spec(place: dict) -> float:
    if place.get("precision") == "country" or place.get("kind") == "country":
        return 4
    return _SPECIFICITY.get(place.get("kind") or "", 1)


def same_place(a: dict | None, b: dict | None) -> bool:
    if not a or not b:
        return False
    if a.get("gazetteer_id") and a.get("gazetteer_id") == b.get("gazetteer_id"):
        return True
    if _spec(a) == 4 or _spec(b) == 4:
        return _spec(a) == _spec(b) and a.get("country") == b.get("country")
    if _spec(a) >= 3 or _spec(b) >= 3:
        # an area is the same area only by identity: its centre says little
        return a.get("name") == b.get("name") and a.get("country") == b.get("country")
    if a.get("gazetteer_id") and b.get("gazetteer_id"):
        # two named places: one site only when the rows are duplicates of each other
        return _km(a, b) <= 5.0
    return _km(a, b) <= 30.0


def contains(area: dict | None, place: dict | None) -> bool:
    """True when ``area`` (a country or admin area) holds ``place``."""
    if not area or not place or _spec(area) < 3:
        return False
    if _spec(area) == 4:
        return bool(area.get("country")) and area.get("country") == place.get("country") and _spec(place) < 4
    same_admin = area.get("name") and place.get("admin1") and area.get("name") == place.get("admin1")
    return bool(same_admin) or (_spec(place) < _spec(area) and _km(area, place) <= 150.0
                                and area.get("country") == place.get("country"))


def _namesake_of_province(a: dict, b: dict) -> bool:
    """A city named like its province ("Hasakah") may stand for the province, which holds ``b``."""
    from .names import name_key
    admin = a.get("admin1")
    return bool(admin and admin == b.get("admin1") and a.get("country") == b.get("country")
                and name_key(a.get("name") or "") == name_key(admin))


def _is_border(place: dict) -> bool:
    return (place.get("relation") or {}).get("type") == "border"


def compatible(a: dict | None, b: dict | None) -> bool:
    if a is None or b is None or same_place(a, b) or contains(a, b) or contains(b, a):
        return True
    for wide, other in ((a, b), (b, a)):
        # a river or a sea is compatible with a place along it ("the bank of the Euphrates in
        # Deir ez-Zor province"): within the waterway's own radius
        if wide.get("kind") in ("river", "sea", "ocean") and _km(wide, other) <= (wide.get("uncertainty_km") or 0.0):
            return True
    if _namesake_of_province(a, b) or _namesake_of_province(b, a):
        return True
    # "the border area with X" is a strip on either side: a named point there refines it
    return any(_is_border(x) and _spec(y) <= 1 and y.get("country") in (x.get("country"), (x.get("relation") or {}).get("with"))
               or _is_border(x) and _spec(y) <= 1 for x, y in ((a, b), (b, a)))


def _finer(a: dict | None, b: dict | None) -> dict | None:
    if a is None or b is None:
        return a or b
    if _namesake_of_province(a, b):
        return b
    if _namesake_of_province(b, a):
        return a
    rank = lambda p: (_spec(p) + (2.5 if _is_border(p) else 0))
    return b if rank(b) < rank(a) else a


def _place_of(mention: dict) -> dict:
    keep = ("name", "surface", "lat", "lon", "country", "admin1", "kind", "precision",
            "uncertainty_km", "gazetteer_id", "source", "relation", "anchor")
    place = {k: mention.get(k) for k in keep if k in mention}
    if mention.get("phrase"):
        place["surface_phrase"] = mention["phrase"].get("text")
    place["offsets"] = [mention["start"], mention["end"]]
    return place


# --- per-sentence reading ----------------------------------------------------------------

# ", while ...", "..., whereas ...", and a headline's "X reach A as Y leaves B"
_CONTRAST = re.compile(r",\s+(?:while|whereas)\s+|\s+as\s+(?!(?:well|part|such|a\s+result|soon|long|far|much|many|of|if|though|usual|expected|planned)\b)", re.I)
# an alternative name set off by commas inside a noun phrase: "the left, or eastern, bank"
_APPOSITION = re.compile(r",\s*or\s+[\w-]+\s*,")
_LOCATIVE = re.compile(r"\b(?:in|at|inside|into|on|reached)\b", re.I)


def _clauses(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences, with a contrasting clause that has its own movement verb read on its own:
    "the fighters were flown to X, while their vehicles were driven there" tells of two
    movements (who, what and how differ), not of one."""
    out = []
    for s, e in spans:
        cut = s
        for m in _CONTRAST.finditer(text, s, e):
            rest = text[m.end():e]
            if any(t.group("verb") for t in _TRIGGER_RE.finditer(rest)) and \
                    any(t.group("verb") for t in _TRIGGER_RE.finditer(text, cut, m.start())):
                out.append((cut, m.start()))
                cut = m.end()
        out.append((cut, e))
    return out


class _Reader:
    def __init__(self, text: str, mentions: list[dict], published):
        self.text = text
        self.published = parse_published(published) if published else None
        self.spans = _clauses(text, sentence_spans(text))
        self.places = [m for m in mentions if m.get("role") in ("place", "demonym_place")
                       and m.get("lat") is not None]
        self.actors = [m for m in mentions if m.get("role") in ("actor", "demonym")]
        self._countries = [p for p in self.places if p.get("kind") == "country"]
        self._starts = {}  # id(list) -> its starts, when sorted (then clauses bisect them)
        for mentions_ in (self.places, self.actors, self._countries):
            starts = [m["start"] for m in mentions_]
            if all(a <= b for a, b in zip(starts, starts[1:])):
                self._starts[id(mentions_)] = starts
        self.dates = find_dates(text, self.published)
        # without a publication date "this evening" resolves to nothing, yet it still says
        # *when*: keep every expression to tell two differently dated fragments apart
        self.date_words = find_dates(text, self.published or _SOME_DAY)

    def _cue_for(self, mention: dict, floor: int, triggers: list[re.Match]) -> tuple[str | None, int]:
        """The role cue governing ``mention``: searched between ``floor`` and its start."""
        start = mention.get("phrase", {}).get("start", mention["start"]) if mention.get("phrase") else mention["start"]
        window = self.text[floor:start]
        best = None
        for m in reversed(list(_CUE_RE.finditer(window))):
            gap = window[m.end():].strip(_QUOTES)  # names are often quoted: towards "X"
            gap = _APPOSITION.sub(" ", gap)  # "the left, or eastern, bank of"
            if _CLAUSE_BREAK.search(gap) or "," in gap or len(gap) > 70 or not _NP_GAP.match(gap.strip()):
                break
            idx = next(i for i, v in m.groupdict().items() if v is not None)
            if _ROLE_CUES[int(idx[1:])][1] != "arrival" or self._arrival_near(floor, floor + m.start(), triggers):
                best = m
                break
            if self._departure_near(floor + m.start(), start, triggers):
                # "flights registered at X for the departure of ...": where they leave from
                return "origin", floor + m.start()
        trig = None
        for t in triggers:
            if floor <= t.start() and t.end() <= start:
                trig = t
        candidates = []
        if best is not None:
            idx = next(i for i, v in best.groupdict().items() if v is not None)
            candidates.append((_ROLE_CUES[int(idx[1:])][1], floor + best.start()))
        if trig is not None and trig.group("verb"):
            gap = self.text[trig.end():start]
            role = _OBJECT_ROLE.get(_stem(trig.group("verb")))
            if role and not _CLAUSE_BREAK.search(gap) and "," not in gap and len(gap) <= 50 and _NP_GAP.match(gap.strip()):
                if not candidates or candidates[0][1] < trig.start():
                    candidates = [(role, trig.start())]
        if not candidates:
            return None, -1
        role, at = candidates[0]
        if role == "arrival":
            return "destination", at
        if role == "destination_weak":
            near = [t for t in triggers if t.end() <= at and at - t.end() <= 20]
            return ("destination", at) if near else (None, -1)
        if role == "origin_weak":
            return "origin", at
        return role, at

    def _departure_near(self, at: int, place_start: int, triggers) -> bool:
        """"at X" is where a departure starts when the clause speaks of departing ("took off
        at X", "at X for the departure of ...") and of no arrival."""
        clause = [t for t in triggers if abs(t.start() - at) <= 60
                  and not _CLAUSE_BREAK.search(self.text[min(t.end(), at):max(t.start(), place_start)])]
        stems = {_stem(t.group("verb")) if t.group("verb") else t.group("noun").lower() for t in clause}
        return bool(stems & _DEPARTURE) and not stems & (_ARRIVAL | {"arrival"})

    @staticmethod
    def _arrival_near(floor: int, at: int, triggers) -> bool:
        """"in"/"at" marks a destination only right after an arrival verb ("arrived in X"),
        not after another place ("came from X in Y": Y locates X)."""
        return any(t.group("verb") and floor <= t.start() and t.end() <= at and at - t.end() <= 45
                   and _stem(t.group("verb")) in _ARRIVAL for t in triggers)

    def fragment(self, index: int) -> Fragment | None:
        s, e = self.spans[index]
        sent = self.text[s:e]
        # a capitalised word inside a sentence is a name, not a verb ("On March 3", "Land Forces")
        # a capitalised word inside a sentence is a name, not a verb ("On March 3", "Land Forces");
        # after a preposition a verb form is a noun ("by land", "by ship", "on return")
        triggers = [t for t in _TRIGGER_RE.finditer(self.text, s, e)
                    if not (t.group(0)[:1].isupper() and self.text[s:t.start()].strip())
                    and not (t.group("verb") and _NOUN_AFTER.search(self.text[max(s, t.start() - 6):t.start()]))
                    and not (t.group(0).lower() == "crossing"
                             and _CROSSING_NOUN.search(self.text[max(s, t.start() - 30):t.start()]))
                    and not (t.group("verb") and _stem(t.group("verb")) in _DIRECTED_ONLY
                             and not _DIRECTION_AFTER.match(self.text, t.end(), e))]
        if not triggers:
            return None
        verbs = [t for t in triggers if t.group("verb")]
        # "land" and "march" are also nouns/months; need them as verbs near a place cue
        main = verbs[0] if verbs else triggers[0]
        frag = Fragment(sentence=index, trigger=main.group(0), trigger_start=main.start(),
                        noun_only=not verbs, quote=sent.strip())
        frag.status = self._status(s, e, main, triggers)
        frag.contrasted = s > 0 and bool(_CONTRAST.search(self.text, max(0, s - 12), s))
        frag.rest_of_group = frag.contrasted and bool(_REST_SUBJECT.match(self.text[s:main.start()]))
        mentions = self._within(self.places, s, e)
        slots: list[tuple[str, list, int]] = []   # role, mentions, cue offset
        prev_end = s
        prev_role = None
        for m in mentions:
            role, at = self._cue_for(m, prev_end, triggers)
            gap = self.text[prev_end:m["start"]]
            if role is None and prev_role and slots:
                # continues the previous noun phrase ("city of X", "X in the countryside of Y")
                if re.fullmatch(r"\s*(?:and|or|,|&)\s*", gap) and slots[-1][0] in ("destination", "origin", "via"):
                    slots.append((slots[-1][0], [m], prev_end))
                    prev_role = slots[-1][0]
                elif len(gap) <= 60 and not _CLAUSE_BREAK.search(gap) and _NP_GAP.match(gap.strip(" ,") or ""):
                    if slots[-1][0] == "destination" and m.get("kind") == "crossing" and all(
                            x.get("kind") == "country" for x in slots[-1][1]):
                        # "crossed into Syria at the X crossing": where they entered the country
                        slots.append(("via", [m], prev_end))
                        prev_role = "via"
                    else:
                        slots[-1][1].append(m)
                else:
                    prev_role = None
            elif role is not None:
                slots.append((role, [m], at))
                prev_role = role
            prev_end = m["end"]
        # anaphora: a role cue followed by "there" / "the city" with no place
        for cue in _CUE_RE.finditer(self.text, s, e):
            tail = self.text[cue.end():cue.end() + 30]
            ana = re.match(r"\s+(there|the\s+(?:city|town|village|base|region|area|country|airport|garrison|crossing|province|capital))\b", tail, re.I)
            if ana and not re.match(r"\s+from", self.text[cue.end():cue.end() + 6]):
                idx = next(i for i, v in cue.groupdict().items() if v is not None)
                role = _ROLE_CUES[int(idx[1:])][1]
                if role in ("origin", "destination", "via"):
                    ref = self._antecedent(cue.start(), ana.group(1).lower())
                    if ref is not None:
                        slots.append((role, [ref], cue.start()))
        # "... were driven there": a movement verb with "there" for its goal
        for t in triggers:
            if t.group("verb") and _stem(t.group("verb")) not in _OBJECT_ROLE and \
                    re.match(r"\s+there\b", self.text[t.end():t.end() + 7], re.I):
                ref = self._antecedent(t.start(), "there")
                if ref is not None and not any(ref is g for _r, grp, _a in slots for g in grp):
                    slots.append(("destination", [ref], t.end()))
        slots.sort(key=lambda x: x[2])
        frag.directed = any(role == "destination" and re.match(r"(?:to|into|towards?|onto)\b", self.text[at:at + 8], re.I)
                            for role, _, at in slots)
        for role, group, at in slots:
            best = min(group, key=lambda m: (_spec(m), m.get("role") == "demonym_place"))
            place = _place_of(best)
            getattr(frag, role).append((place, at))
        frag.chained = bool(_CHAIN.search(sent))
        frag.actor, frag.actor_home = self._actor(s, e, main)
        frag.enters = main.group("verb") is not None and _stem(main.group("verb")) in ("enter", "cross", "come")
        frag.what, frag.counts = self._what(s, e, main)
        frag.mode = self._mode(sent)
        frag.date = self._date(s, e, main.start())
        # with a publication date, relative words are compared once resolved (see _day);
        # without one, any two different day expressions mark two different days
        frag.when = {d.text.lower() for d in self.date_words if s <= d.start < e and d.precision == "day"
                     and (self.published is None or not d.relative)
                     and not _SPEECH_BEFORE.search(self.text[max(s, d.start - 25):d.start])}
        frag.anaphoric = bool(_ANAPHOR_SUBJECT.match(self.text[s:main.start()]))
        return frag

    def located(self, index: int) -> dict | None:
        """The place a sentence without a movement verb puts the moving group at: "The
        vehicles, which carried 18 soldiers, lined up in the square of the X crossing." Only
        with an anaphoric subject (the vehicles, the convoy, they) and a locative cue."""
        s, e = self.spans[index]
        if not _ANAPHOR_SUBJECT.match(self.text[s:e]):
            return None
        for m in self.places:
            if not s <= m["start"] < e:
                continue
            window = self.text[max(s, m["start"] - 40):m["start"]]
            cue = None
            for cue in _LOCATIVE.finditer(window):
                pass
            if cue is not None and _NP_GAP.match(window[cue.end():].strip()) \
                    and not _CLAUSE_BREAK.search(window[cue.end():]):
                return _place_of(m)
        return None

    def _antecedent(self, before: int, word: str) -> dict | None:
        kind = word.split()[-1]
        pool = [m for m in self.places if m["end"] <= before]
        wanted = {"city": {"city", "town"}, "town": {"town", "city", "village"}, "village": {"village", "town"},
                  "base": {"base", "airfield", "camp"}, "airport": {"airfield", "base"},
                  "garrison": {"base"}, "crossing": {"crossing"}, "capital": {"city"}, "region": {"region", "admin1", "admin2"},
                  "area": {"region", "admin1", "admin2", "town", "city"}, "province": {"admin1"},
                  "country": {"country"}}.get(kind)
        for m in reversed(pool):
            if wanted is None or m.get("kind") in wanted or (kind == "country" and m.get("precision") == "country"):
                return m
        return None

    def _status(self, s: int, e: int, main: re.Match, triggers) -> str:
        """The clause [s, e)'s modality: reported, denied, negated, planned, background, static."""
        clause_start = s
        for b in re.finditer(r"[;:]|,\s|\bthat\b|\band\b(?=\s+(?:the|a|an|some|its|their)\b)|\bwhich\b", self.text[s:main.start()]):
            clause_start = s + b.end()
        clause = self.text[clause_start:main.start()]
        before_sentence = self.text[s:main.start()]
        if _DENIAL.search(before_sentence):
            return "denied"
        sentence_end = e
        if _REPORTS_THAT.search(before_sentence) and _FALSE_AFTER.search(self.text[main.end():sentence_end]):
            return "denied"  # "Reports that forces had moved to X were false"
        if _NEGATION.search(clause):
            return "negated"
        pre = self.text[max(s, main.start() - 4):main.start()]
        if re.search(r"\bto\s+$", pre, re.I) and not _INFINITIVE_OK.search(self.text[s:main.start() - 3]):
            return "planned"
        if _MODAL.search(clause):
            return "planned"
        if _BACKGROUND.search(self.text[clause_start:sentence_end]):
            return "background"
        # "In 2019, ..." sets the whole sentence in the past (but "in 2026" in a report of 2026
        # is this year's news)
        year = _IN_YEAR.search(self.text[s:sentence_end])
        if year and not (self.published and int(year.group(1)) >= self.published.year):
            return "background"
        stem = _stem(main.group(0)) if main.group("verb") else None
        if stem in _STATIC_VERB or re.search(r"\b(?:stationed|remain\w*|stay\w*)\b", self.text[main.start():main.end() + 2], re.I):
            return "static_candidate"
        return "reported"

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
        force = re.compile(r"(?:\s+[\w-]+){0,2}?\s+" + _FORCE_NOUN + r"\b", re.I)
        named = []
        home = None
        for m in self._within(self.actors, s, e) + self._within(self._countries, s, e):
            if s <= m["start"] < e:
                tail = force.match(self.text, m["end"])
                if tail and m["end"] < main.start() < tail.end():
                    tail = None  # "Russia withdrew its troops": the verb is not part of a name
                if tail:
                    named.append((m["start"], self.text[m["start"]:tail.end()]))
                    if m["start"] < main.start() and m.get("lat") is not None:
                        home = m
        for m in _ACTOR_RE.finditer(self.text, s, e):
            before = self.text[max(s, m.start() - 12):m.start()]
            if not re.search(r"(?:\d|\bof)\s*$", before):
                named.append((m.start(), m.group("actor")))
        # the actor is the subject: a force named after the verb is an object or an agent of
        # something else ("an area held by the SDF"); an anaphoric subject inherits by merging
        subject = [n for n in named if n[0] < main.start()]
        if not subject:
            # a state as the subject of the verb: "Iran had sent 15 trucks", "Russia withdrew"
            for m in self._within(self.actors, s, e) + self._within(self._countries, s, e):
                if s <= m["start"] and m["end"] <= main.start() and \
                        _BARE_SUBJECT_GAP.fullmatch(self.text[m["end"]:main.start()]):
                    return m["surface"], (m if m.get("lat") is not None else home)
            # an armed group by its initials: "The RSF moved fighters ..."
            acronym = re.search(r"(?:^\s*|\b[Tt]he\s+)(?P<a>[A-Z]{2,6})" + _BARE_SUBJECT_GAP.pattern + r"$",
                                self.text[s:main.start()])
            if acronym and acronym.group("a") not in ("US", "UK", "UN", "EU"):
                return acronym.group("a"), home
            return None, home
        start, actor = subject[-1]
        actor = re.sub(r"^(?:the|a|an)\s+", "", actor.strip(), flags=re.I)
        return re.sub(r"\s+", " ", actor), home

    def _what(self, s: int, e: int, main: re.Match):
        counts = []
        for m in _COUNT_RE.finditer(self.text, s, e):
            if _CASUALTY_AFTER.match(self.text, m.end()):
                continue  # "eight soldiers were killed": casualties, not what moved
            num = m.group("num").lower()
            approx = bool(m.group("qual")) or num in ("dozens", "hundreds", "thousands", "a dozen")
            value = (int(num.replace(",", "")) if num[0].isdigit()
                     else {"dozens": 24, "hundreds": 200, "thousands": 2000}.get(num) or _NUMWORDS.get(num))
            unit = re.sub(r"\s+", " ", m.group("unit").lower())
            item = {"value": value, "unit": unit}
            if approx:
                item["approx"] = True
            if m.group("qual"):
                item["qualifier"] = re.sub(r"\s+", " ", m.group("qual").lower())
            counts.append(item)
        # what moved: the object after a transitive verb, else the subject noun phrase
        after = self.text[main.end():e]
        stop = re.search(r"\b(?:from|to|into|towards?|through|via|across|on|in|at|after|before|as|,|\.)\b|[,.;]", after)
        obj = after[:stop.start()].strip() if stop else after.strip()
        if len(obj.split()) < 2 or not re.search(r"[a-z]", obj) or re.match(r"(?:the|a|an)?\s*(?:border|area|city|town|territory)\b", obj, re.I):
            subject = self.text[s:main.start()]
            clause = re.split(r"[,;:]\s*|\bthat\s+", subject)[-1]
            obj = re.sub(r"\s*\b(?:had|have|has|was|were|is|are|been|reportedly|also|then)\b\s*$", "", clause.strip())
        obj = re.sub(r"\s+", " ", obj)[:160]
        return (obj or None), counts

    @staticmethod
    def _mode(sentence: str) -> str | None:
        # how it moved, said by the verb ("the column was flown"), else by the first mode word,
        # which names what moves ("The 36 trucks, escorted by helicopters, ...")
        for rxs in (_MODE_VERBS, (("air", _AIR), ("sea", _SEA), ("road", _ROAD))):
            found = [(m.start(), mode) for mode, rx in rxs for m in [rx.search(sentence)] if m]
            if found:
                return min(found)[1]
        return None

    def _quoted(self, offset: int) -> bool:
        """Is ``offset`` inside a quotation in its paragraph?"""
        para = self.text.rfind("\n", 0, offset) + 1
        before = self.text[para:offset]
        return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")

    def _date(self, s: int, e: int, anchor: int):
        # "today" inside a quotation is the day it was said, which the report may not give
        inside = [d for d in self.dates if s <= d.start < e
                  and not _SPEECH_BEFORE.search(self.text[max(s, d.start - 25):d.start])
                  and not (d.relative and self._quoted(d.start))]
        if not inside:
            return None
        return min(inside, key=lambda d: abs(d.start - anchor))


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
        return next((f.actor for f in self.frags if f.actor), None)


def _routes(frag: Fragment) -> list[_Draft]:
    origin = None
    for place, _ in frag.origin:
        origin = _finer(origin, place) if origin is None or compatible(origin, place) else origin
    dests = [p for p, _ in frag.destination]
    vias = [p for p, _ in frag.via]
    # collapse a destination refined by a later, more specific one ("into Georgia ... to Gori")
    collapsed: list[dict] = []
    for d in dests:
        if collapsed and (contains(collapsed[-1], d) or same_place(collapsed[-1], d)):
            collapsed[-1] = _finer(collapsed[-1], d)
        elif collapsed and contains(d, collapsed[-1]):
            continue
        else:
            collapsed.append(d)
    if origin is not None:
        collapsed = [d for d in collapsed if not same_place(d, origin)] or ([] if not collapsed else [])
    status = frag.status
    if status == "static_candidate":
        # "deployed in X" with no origin and no to/into destination is presence, not movement
        status = "reported" if (origin is not None or vias or frag.directed) else "static"
    home = frag.actor_home
    first = collapsed[0] if collapsed else None
    if (origin is not None and origin.get("kind") == "crossing" and frag.enters and home is not None
            and first is not None and origin.get("country") != home.get("country")
            and _on_border_of(origin, home.get("country"))):
        # "entered from the X crossing": the crossing on the force's own border is where it
        # came in, its own country where it came from
        vias, origin = [origin, *vias], None
    crossing = next((v for v in vias if v.get("kind") == "crossing"), None)
    if (origin is None and home is not None and frag.enters and first is not None and crossing
            and first.get("country") and first.get("country") != home.get("country")
            and _on_border_of(crossing, home.get("country"))):
        # a national force entering another country through a crossing on its own border
        # comes from its own country ("a Turkish column entered Syria through the X crossing")
        origin = {**_place_of(home), "precision": "country", "inferred": True}
    if (origin is None and home is not None and frag.enters and first is not None and not crossing
            and first.get("country") and first.get("country") != home.get("country")
            and _neighbours(home.get("country"), first.get("country"))):
        # a national force crossing into a neighbouring country comes from its own
        # ("Chadian troops crossed into Cameroon's Far North region")
        origin = {**_place_of(home), "precision": "country", "inferred": True}
    if len(collapsed) > 1 and frag.chained:
        return [_Draft(origin, vias + collapsed[:-1], collapsed[-1], [frag], status)]
    if not collapsed:
        return [_Draft(origin, vias, None, [frag], status)]
    return [_Draft(origin, list(vias), d, [frag], status) for d in collapsed]


@lru_cache(maxsize=1024)
def _neighbours(a: str | None, b: str | None) -> bool:
    """Do countries ``a`` and ``b`` share a land border (GeoNames country info)?"""
    if not a or not b:
        return False
    try:
        from .gazetteer import Gazetteer
        place = Gazetteer.default().country(a)
    except NO_GAZETTEER:  # no gazetteer at hand: no inference, the cautious answer
        return False
    raw = (place or {}).get("raw") or {}
    return b in (raw.get("neighbours") or "").split(",")


def _on_border_of(place: dict, iso2: str | None, km: float = 25.0) -> bool:
    """True when ``place`` lies within ``km`` of country ``iso2`` (Natural Earth 10 m)."""
    if not iso2 or place.get("lat") is None:
        return False
    try:
        import shapely
        from .borders import _countries
        codes, _names, parts, _bounds = _countries()
    except NO_BORDERS:  # no polygons: no inference, which is the cautious answer
        return False
    point = shapely.Point(place["lon"], place["lat"])
    degrees = km / 111.0
    return any(code == iso2 and any(part.distance(point) <= degrees for part in country_parts)
               for code, country_parts in zip(codes, parts))


def _refine_destination(last: _Draft | None, reader, index: int) -> None:
    """A group headed "towards the border area with X" and then, in the next sentence, "lined
    up at the Y crossing": Y is where it went."""
    if last is None or last.status != "reported" or not index - 2 <= last.frags[-1].sentence < index:
        return
    place = reader.located(index)
    dest = last.destination
    if place is None or dest is None or _spec(place) >= _spec(dest) or same_place(dest, place):
        return
    if compatible(dest, place) or (place.get("kind") in ("crossing", "checkpoint")
                                   and _on_border_of(place, dest.get("country"))):
        last.destination = {**place, "refines": dest.get("name")}
        s, e = reader.spans[index]
        # the sentence joins the movement's quote: every point stays traceable to its words
        last.frags.append(Fragment(sentence=index, trigger="", trigger_start=s, quote=reader.text[s:e].strip()))


def _join_halves(drafts: list[_Draft]) -> list[_Draft]:
    """One sentence says where a force left ("completed the pull-out from X"), the next where it
    went ("all forces had been moved to Y"): one movement when Y lies in or along X's area, the
    actors do not differ and nothing else stands between them."""
    out: list[_Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if (prev is not None and prev.origin is not None and prev.destination is None
                and d.origin is None and d.destination is not None and d.status == prev.status
                and 0 < min(f.sentence for f in d.frags) - max(f.sentence for f in prev.frags) <= 2
                and not same_place(prev.origin, d.destination)
                and (compatible(prev.origin, d.destination))):
            ka, kb = _actor_key(prev.actor), _actor_key(d.actor)
            if ka is None or kb is None or ka & kb:
                out[-1] = _merge(prev, d)
                continue
        out.append(d)
    return out


def _mergeable(a: _Draft, b: _Draft) -> bool:
    if a.status != b.status:
        return False
    if any(f.contrasted for f in a.frags + b.frags):
        modes_a, modes_b = {f.mode for f in a.frags if f.mode}, {f.mode for f in b.frags if f.mode}
        if modes_a and modes_b and not modes_a & modes_b:
            return False  # "flown to X, while their vehicles were driven there": two movements
    if not (compatible(a.origin, b.origin) and compatible(a.destination, b.destination)):
        return False
    shared = (a.origin and b.origin and (same_place(a.origin, b.origin) or contains(a.origin, b.origin) or contains(b.origin, a.origin))) \
        or (a.destination and b.destination and compatible(a.destination, b.destination))
    if not shared:
        return False
    # an origin must not be a destination of the other (a return trip is another movement)
    if (a.origin and b.destination and same_place(a.origin, b.destination) and not same_place(a.origin, b.origin)):
        return False
    # two different border crossings, or two different days, are two different movements
    ca = [p for p in [a.origin, *a.via, a.destination] if p and p.get("kind") == "crossing"]
    cb = [p for p in [b.origin, *b.via, b.destination] if p and p.get("kind") == "crossing"]
    if ca and cb and not any(same_place(x, y) for x in ca for y in cb):
        return False
    da, db = _day(a), _day(b)
    if da and db and da != db:
        return False
    wa = set().union(*(f.when for f in a.frags))
    wb = set().union(*(f.when for f in b.frags))
    if wa and wb and not wa & wb:
        return False
    aa, ba = _actor_key(a.actor), _actor_key(b.actor)
    return aa is None or ba is None or bool(aa & ba)


def _day(d: _Draft):
    # frag.date is only set once resolved: relative words ("on Tuesday") count as their day
    return next((f.date.date_start for f in d.frags if f.date is not None and f.date.precision == "day"), None)


@lru_cache(maxsize=4096)
def _nation(word: str) -> str:
    """'russian', 'russia' -> 'RU': a country's name and its demonym make one actor word."""
    if len(word) < 4 or not word.isalpha():
        return word
    try:
        from .gazetteer import Gazetteer
        gaz = Gazetteer.default()
        cc = gaz.demonym(word.title())
        if not cc:
            place = gaz.country(word.title())
            cc = place.get("country") if place else None
    except NO_GAZETTEER:  # no gazetteer at hand: compare the words as written
        return word
    return cc or word


def _actor_key(actor: str | None):
    if not actor:
        return None
    words = {w.lower().strip(".") for w in re.findall(r"[\w.]+", actor)}
    words = {"US" if w in ("u.s", "us", "american", "america", "usa") else _nation(w) for w in words}
    generic = {"forces", "force", "troops", "army", "military", "soldiers", "convoy", "column", "the",
               "contingent", "group", "units", "unit", "personnel", "coalition", "international"}
    key = words - generic
    return key or None


# A route through more stops than this is a list of places, not a route; the cap also keeps
# one endless chained sentence linear (every new stop is compared with every stop so far).
_MAX_VIA = 20


def _merge(a: _Draft, b: _Draft) -> _Draft:
    via = list(a.via)
    for v in b.via:
        if len(via) < _MAX_VIA and not any(same_place(v, w) for w in via):
            via.append(v)
    origin = _finer(a.origin, b.origin)
    destination = _finer(a.destination, b.destination)
    via = [v for v in via if not same_place(v, origin) and not same_place(v, destination)]
    return _Draft(origin, via, destination, a.frags + b.frags, a.status)


def _chain(prev: _Draft, nxt: _Draft) -> _Draft | None:
    """Carry a route on when the next fragment's subject refers back ("the vehicles headed to Y")."""
    if prev.status != nxt.status:
        return None
    origin = prev.origin or nxt.origin
    if nxt.origin and prev.origin and not compatible(prev.origin, nxt.origin):
        if prev.destination is None or not compatible(prev.destination, nxt.origin):
            return None
    via = list(prev.via)
    for v in nxt.via:
        if len(via) < _MAX_VIA and not any(same_place(v, w) for w in via):
            via.append(v)
    destination = prev.destination
    if nxt.destination is not None:
        if destination is not None and not compatible(destination, nxt.destination) and len(via) < _MAX_VIA:
            via.append(destination)
        destination = _finer(destination, nxt.destination) if destination is not None and compatible(destination, nxt.destination) else nxt.destination
    via = [v for v in via if not same_place(v, origin) and not same_place(v, destination)]
    return _Draft(origin, via, destination, prev.frags + nxt.frags, prev.status)


def extract(text: str, *, published=None, source: str | None = None, url: str | None = None,
            gazetteer=None, mentions: list[dict] | None = None, include_all: bool = False) -> list[dict]:
    """MOVEMENT Features read from one report, most confident first within report order.

    Movements whose status is not ``reported`` (denied, planned, static, background...) are
    returned only with ``include_all=True``.
    """
    from .mentions import find_mentions

    pub = parse_published(published) if published else None
    if mentions is None:
        mentions = find_mentions(text, gazetteer=gazetteer, published=pub)
    reader = _Reader(text, mentions, pub)
    drafts: list[_Draft] = []
    last: _Draft | None = None
    for i in range(len(reader.spans)):
        frag = reader.fragment(i)
        if frag is None:
            _refine_destination(last, reader, i)
            continue
        if not (frag.origin or frag.destination or frag.via):
            continue
        if frag.noun_only and not (frag.destination or frag.via or frag.origin):
            continue
        for draft in _routes(frag):
            target = next((k for k, d in enumerate(drafts) if _mergeable(d, draft)), None)
            if target is not None:
                drafts[target] = last = _merge(drafts[target], draft)
                continue
            if last is not None and frag.anaphoric and i - 2 <= last.frags[-1].sentence < i:
                chained = _chain(last, draft)
                if chained is not None:
                    drafts[drafts.index(last)] = chained
                    last = chained
                    continue
            drafts.append(draft)
            last = draft
    for draft in drafts:
        if draft.origin is None and draft.destination is not None and all(f.contrasted for f in draft.frags):
            # "... flown from A to B, while their vehicles were driven there": the set-against
            # clause names only where; it left from where the first one did
            # ("part of the group was flown from A to B, while the rest continued to C": the rest,
            # too, left from A)
            sent = min(f.sentence for f in draft.frags)
            told_of_same = all(f.rest_of_group for f in draft.frags)
            twin = next((d for d in drafts if d is not draft and d.origin is not None and d.destination
                         and (told_of_same or same_place(d.destination, draft.destination))
                         and any(f.sentence == sent - 1 for f in d.frags)), None)
            if twin is not None:
                draft.origin = {**twin.origin, "inferred": True}
                when = next((f.date for f in twin.frags if f.date is not None), None)
                for f in draft.frags:
                    f.date = f.date or when  # one sentence, one day
    drafts = _join_halves(drafts)
    for draft in drafts:
        # a waterway end takes the country of the other end when that lies along it ("from the
        # western bank in Kherson region to the eastern bank of the Dnipro": both in Ukraine)
        for end, other in (("destination", draft.origin), ("origin", draft.destination)):
            place = getattr(draft, end)
            if place and other and place.get("kind") in ("river",) and not place.get("country") \
                    and other.get("country") and compatible(place, other):
                setattr(draft, end, {**place, "country": other["country"], "country_inferred": True})
    features = []
    for draft in drafts:
        first = draft.via[0] if draft.via else None
        if (draft.origin is None and first is not None and _spec(first) == 4 and draft.destination
                and first.get("country") != draft.destination.get("country")):
            # passing through a foreign country on the way in is the earliest known point:
            # "brought trucks through the crossings with Iraq to X" comes from Iraq
            draft.origin, draft.via = {**first, "inferred": True}, draft.via[1:]
        if draft.origin is None and draft.destination is None:
            continue
        feature = _to_feature(draft, pub, source, url)
        if include_all or feature["properties"]["status"] == "reported":
            features.append(feature)
    return features


def _to_feature(d: _Draft, pub, source, url) -> dict:
    frags = sorted(d.frags, key=lambda f: f.sentence)
    counts = next((f.counts for f in frags if f.counts), [])
    people = [c for c in counts if _PEOPLE.search(c["unit"])]
    count = (people or counts or [{"value": None}])[0]["value"]
    what = next((f.what for f in frags if f.counts and f.what), None) or next((f.what for f in frags if f.what), None)
    date = next((f.date for f in frags if f.date is not None and f.date.precision == "day"), None) \
        or next((f.date for f in frags if f.date is not None), None)
    mode = next((f.mode for f in frags if f.mode), None)
    quote = " … ".join(dict.fromkeys(f.quote for f in frags))
    confidence = 0.35 + 0.2 * (d.origin is not None) + 0.25 * (d.destination is not None) \
        + 0.05 * bool(d.via) + 0.05 * (count is not None) + 0.05 * (d.actor is not None) \
        + 0.05 * min(len(frags) - 1, 2)
    if all(f.noun_only for f in frags):
        confidence -= 0.15
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
