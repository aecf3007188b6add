"""Stage 4, roles from the words around a name: who speaks or is told (an actor), a demonym
that locates, an informant's whereabouts."""

from __future__ import annotations

from ..gazetteer import name_key
from ..wordlists import ACTOR_NOUNS, HONORIFICS, LOCATIVE_PREPS, ORDINAL_SUFFIXES, ORG_SUFFIXES, PLACE_NOUNS, SPEECH_VERBS
from ..distance import haversine_km
from .capitals import capital_names, capital_of
from .ship_ports import VESSEL_NOUNS
from .words import SETTLEMENT_KINDS


# "Turkish-backed", "US-led": the country named is who acts
ACTING_PARTICIPLES = frozenset("backed led allied controlled held supported sponsored run funded trained "
                                "armed".split())


# a city this near its country's capital is its seat too: 'Delhi' for New Delhi (GeoNames keeps
# the two apart, 4 km), as a writer names either for India's government
SEAT_NEAR_CAPITAL_KM = 25.0

# A demonym before a vessel ("the Norwegian trawler", "a Russian tanker", "the Maltese-flagged
# freighter", "a Chinese fishing vessel") gives the ship's flag or owner, no place of the text:
# the vessel noun, first or after at most _VESSEL_MODIFIERS lower-case words, makes the demonym
# no place even when a place noun follows ("off the coast"); vessel nouns of ship_ports plus
# the boats the news names by their trade
DEMONYM_VESSEL_NOUNS = VESSEL_NOUNS | frozenset("""
trawler trawlers yacht yachts dhow dhows barge barges schooner schooners skiff skiffs
""".split())
_VESSEL_MODIFIERS = 2

# A place noun that only qualifies a thing after it ("Uzbek road signs", "the Russian road map",
# "Arabic town names"): the thing is the demonym's, a language's or a style's, and no place of
# it lies in the text (roles.demonym_role). Only things that are never where something happens;
# "the Syrian border town", "Iraqi border guards" keep their readings. (gaz87)
THINGS_AFTER_A_PLACE_NOUN = frozenset("""
sign signs signpost signposts signage marking markings map maps atlas atlases name names rules code
codes tax taxes toll tolls safety plate plates
""".split())


def seat_of_a_government(place: dict, gazetteer) -> bool:
    """Is ``place`` (a reading) its country's capital (capitals.capital_names: 'Washington',
    'Moscow'; or a city within SEAT_NEAR_CAPITAL_KM of it, 'Delhi'), such that a writer names it
    for its government? (A country so named keeps the role it had: the toponym corpora count
    "Turkey backs the rebels" a place, and the country's point lends no town nearness.)"""
    if place.get("kind") not in SETTLEMENT_KINDS or place.get("lat") is None:
        return False
    cc = place.get("country") or ""
    capital = capital_names().get(cc)
    if capital is None:
        return False
    if name_key(capital) == name_key(place.get("name") or ""):
        return True
    seat = capital_of(gazetteer, cc)  # (asked only of a name that already opens a list before its verb)
    return seat is not None and seat.get("lat") is not None \
        and haversine_km(place["lat"], place["lon"], seat["lat"], seat["lon"]) <= SEAT_NEAR_CAPITAL_KM


def _in_a_list_of_names(t) -> bool:
    """A token of a list of names: a capitalised word that is no locative ('In', 'From'), a comma,
    or 'and'."""
    if t.text == "," or t.lower == "and":
        return True
    return t.is_word and t.text[:1].isupper() and t.lower not in LOCATIVE_PREPS \
        and t.lower not in _CLAUSE_OPENERS


def _a_list_of_names(toks, first: int, end: int, start_tok: int, end_tok: int) -> bool:
    """Are toks[first:end] names joined by commas and 'and' ('Moscow, Beijing and Tehran'), the
    tokens start_tok..end_tok one whole name of them, each name at most _LIST_NAME_WORDS words,
    and the last joiner of two or more names an 'and' ('However, Libya' is an opening word and
    its comma)? One name alone is a list too."""
    members: list[tuple[int, int]] = []
    joiners: list[bool] = []  # (per joiner: does it hold an 'and')
    k = first
    while k < end:
        if toks[k].text == "," or toks[k].lower == "and":
            has_and = False
            while k < end and (toks[k].text == "," or toks[k].lower == "and"):
                has_and = has_and or toks[k].lower == "and"
                k += 1
            joiners.append(has_and)
            continue
        m = k
        while k < end and not (toks[k].text == "," or toks[k].lower == "and"):
            k += 1
        members.append((m, k - 1))
    if len(members) != len(joiners) + 1 or (start_tok, end_tok) not in members:
        return False
    if any(b - a + 1 > _LIST_NAME_WORDS for a, b in members):
        return False
    return not joiners or joiners[-1]


# (the most words one name of such a list runs to: 'Abu Dhabi', 'Kuala Lumpur', 'Addis Ababa')
_LIST_NAME_WORDS = 3


# lower-case words that open a clause after a comma, where a government's list may begin
_CLAUSE_CONJUNCTIONS = frozenset("but while whereas".split())
# capitalised words that open a clause ("While Moscow urged", "As Ankara offered"): the reading
# asks for a list that opens its sentence, and leaves these as they were read (places)
_CLAUSE_OPENERS = frozenset("while as when after before if though although since but meanwhile".split())


def _place_noun_of_a_force(rest) -> bool:
    """'Kyrgyz border guards', 'the Afghan border police': a place noun that qualifies the force
    named right after it (an actor noun) says who the force is, not where (the demonym names
    who acts, as in 'Kyrgyz guards'). (Only a place noun in lower case: a capitalised one opens
    a title, 'French Interior Minister', left as it was.)"""
    return bool(rest) and rest[0].is_word and rest[0].lower in ACTOR_NOUNS


# Place nouns of one settlement or unit of a country: after the country's demonym, and before
# "of" and the place's own name ("the Finnish town of Tornio", "the Greek island of Lesbos"), or
# in apposition to a place just named ("Ben Guerdane, the nearest Tunisian town"), they say whose
# the named place is: once the name is read, the demonym names no place of its own, as "the
# Libyan side" or "Iraqi territory" do (Roles.name_qualified_by_a_demonym, TakenUp; gaz78, s45).
# (A name the index lacks leaves the demonym its country: "the Peruvian island of X" is in Peru.
# Not "capital": a toponym corpus marks the demonym of "the <demonym> capital of <city>", and
# capitals.CapitalsByCountry reads the city. Nor an unnamed settlement: the demonym of "dozens of
# <demonym> cities", "the <demonym> city" is marked too.)
NAMED_PLACE_NOUNS = frozenset("""city cities town towns village villages port ports province provinces region regions
governorate governorates island islands peninsula""".split())
# (the lower-case words an apposition may put between its article and the demonym: "the nearest")
_APPOSITION_ADJECTIVES = 2


# forces named in two words, the first no force alone: "a New Zealand air force plane", "the Sri
# Lanka coast guard" (a country's name before them says whose the force is, as before "navy")
TWO_WORD_FORCES = frozenset((("air", "force"), ("air", "forces"), ("coast", "guard"), ("coast", "guards"),
                             ("defence", "force"), ("defense", "force"), ("defence", "forces"), ("defense", "forces")))


def _two_word_force(nxt) -> bool:
    """Are the two lower-case words ``nxt`` after a country's name a force's (TWO_WORD_FORCES)?"""
    return len(nxt) == 2 and nxt[0].text[:1].islower() and nxt[1].is_word \
        and (nxt[0].lower, nxt[1].lower) in TWO_WORD_FORCES


# lower-case words that tell a force's arm or task before its noun, none a force alone: "US air
# defence units", "UK ground troops", "US rotational forces", "the US air base at Ramstein"
# (a country's name before them says whose the force or site is, as "American" would:
# docs/places.md, a demonym qualifying a force is no place; places28 marks "US Navy" an actor,
# places33/46 give "US garrison", "US base" no row)
FORCE_MODIFIERS = frozenset("""
air defence defense missile ground combat infantry armoured armored mechanised mechanized
airborne expeditionary rotational rapid reaction peacekeeping reconnaissance engineering logistics
medical
""".split())
# (no word that is also a verb: "forces in Iraq support units fighting ..." names Iraq as where)
# how many of them may stand before the noun ("air defence", "rapid reaction")
_FORCE_MODIFIER_WORDS = 2


def _after_force_modifiers(nxt) -> int:
    """How many of the tokens ``nxt`` (the words after a country's name) open with lower-case
    FORCE_MODIFIERS words, up to _FORCE_MODIFIER_WORDS (0 for none)."""
    n = 0
    while n < len(nxt) and n < _FORCE_MODIFIER_WORDS and nxt[n].is_word and nxt[n].text[:1].islower() \
            and nxt[n].lower in FORCE_MODIFIERS:
        n += 1
    return n


def _modified_force(nxt) -> bool:
    """'US air defence units', 'UK ground troops': FORCE_MODIFIERS words, then a lower-case force's
    noun (ACTOR_NOUNS) or a two-word force ("US missile defense force" is read by TWO_WORD_FORCES
    after one modifier)."""
    n = _after_force_modifiers(nxt)
    if not n or n >= len(nxt):
        return False
    head = nxt[n]
    return (head.is_word and head.lower in ACTOR_NOUNS and head.text[:1].islower()) or _two_word_force(nxt[n:n + 2])


# a force's sites, after which a country's name says whose the site is (Roles.site_owner);
# words of the kind table (wordlists: "garrison", "outpost" are bases)
SITE_OWNER_NOUNS = frozenset("base bases garrison garrisons outpost outposts".split())


# the last word of a force's own name, written with a capital ("Africa Corps", "Wagner Group",
# "Revolutionary Guards", "Black Sea Fleet"): a country's possessive before such a name says
# whose the force is (Roles.possessed_actor), as "Russia's army" does
FORCE_NAME_HEADS = frozenset("""
corps legion group groups brigade brigades division divisions regiment regiments battalion battalions
guard guards army force forces fleet command
""".split())
# (how many capitalised words a force's name runs to after the possessive: "Syrian National Army")
_FORCE_NAME_WORDS = 4


def _owned_force_name(words) -> bool:
    """The capitalised words right after a possessive ('s) are a force's own name: they end in
    a FORCE_NAME_HEADS word ("Africa Corps", "Wagner Group"). Lower-case words end the name:
    "Russia's Kursk region" is the region, a place."""
    for t in words:
        if not t.is_word or not t.text[:1].isupper():
            return False
        if t.lower in FORCE_NAME_HEADS:
            return True
    return False


# head words that make a demonym or a continent's adjective before them the first word of a
# road's or railway's own name, written with a capital: "the Asian Highway", "the Pan-American
# Highway" (a road across a continent, not the country or continent)
ROUTE_NAME_HEADS = frozenset("highway highways road railway railroad expressway motorway".split())


def _opens_a_route_name(t) -> bool:
    """Is the word right after a demonym a route's head word written with a capital ('Asian
    Highway')? In lower case ('the Syrian highway') it is the country's road, a place."""
    return t.is_word and t.lower in ROUTE_NAME_HEADS and t.text[:1].isupper()


# A government named by its capital or its country acts in words and deeds of diplomacy beside
# those of speech (SPEECH_VERBS): "Ankara offered to mediate", "Washington labels the launch a
# provocation". Roles.acts_as_a_government reads the name so only when it opens its sentence,
# alone or in a list of such names ("Moscow and Beijing urged restraint").
GOVERNMENT_VERBS = frozenset("""
labelled labeled labels condemned condemns welcomed welcomes rejected rejects backed backs endorsed
endorses accused accuses blamed blames summoned summons recalled recalls expelled expels protested
protests demanded demands pledged pledges vowed vows threatened threatens sanctioned recognised
recognized recognises recognizes offered offers criticised criticized criticises criticizes praised
hailed proposed proposes agreed agrees refused refuses declined declines dismissed dismisses
signalled signaled signals vetoed vetoes objected objects opposed opposes urges issued issues signed
signs exchanged disagreed pressed presses met
""".split())
# words a writer puts between such a subject and its verb: "Washington on Monday labelled",
# "Budapest again threatened" (the day after "on" is any capitalised word: a weekday, a date)
GOVERNMENT_VERB_ADVERBS = frozenset("""
again also too jointly separately quickly swiftly promptly immediately later then both formally
officially publicly repeatedly already
""".split())
# the longest list of names (with their commas and "and") before or after the name that the reading
# walks over: "Washington, London, Paris and Berlin condemned"
_GOVERNMENT_LIST_TOKENS = 12


# the words of a formation's name after an ordinal ("the US 3rd Infantry Division"), and the
# nouns that end such a name
_FORMATION_NAME_WORDS = 3
_FORMATION_NOUNS = frozenset("""division divisions brigade brigades battalion battalions regiment regiments corps army
    fleet squadron squadrons wing group company battery""".split())


def _vessel_modifiers_only(before: list) -> bool:
    """Are the tokens between a demonym and a vessel noun at most _VESSEL_MODIFIERS lower-case
    words (and hyphens): "fishing", "cargo", "-flagged"?"""
    words = [t for t in before if t.is_word]
    return len(words) <= _VESSEL_MODIFIERS and all(t.text[:1].islower() for t in words)


class Roles:
    """What a name does in its sentence, from the words around it."""

    def speaks(self, end_tok: int, start_tok: int | None = None) -> bool:
        """'Douglas said': the name is the subject of a speech verb (not 'residents of X said')."""
        # (the word before the name and the word after it, read in place: asked of 4,700 names
        # a batch, each once building the lists prev_word and next_tokens give)
        toks = self.toks
        if start_tok is not None and start_tok > 0:
            before = toks[start_tok - 1]
            if before.sentence == toks[start_tok].sentence and (
                    before.lower in LOCATIVE_PREPS or before.lower in ("of", "the", "and", ",")):
                return False
        j = end_tok + 1
        if j >= len(toks):
            return False
        after = toks[j]
        return after.sentence == toks[end_tok].sentence and after.is_word and after.lower in SPEECH_VERBS

    def acts_as_a_government(self, start_tok: int, end_tok: int) -> bool:
        """'Washington on Monday labelled ...', 'Moscow and Beijing urged ...': the name (tokens
        start_tok..end_tok) is a whole member of a list of names that opens its sentence or its
        clause (after ', but', ', while', ', and'), alone or joined by commas and 'and'
        (_a_list_of_names), and the list's verb is one of speech or diplomacy (SPEECH_VERBS,
        GOVERNMENT_VERBS), perhaps after an adverb or 'on <day>'. The caller asks it only of a
        capital: the name stands for its government. Words run on from the name are no list of
        names ("Mexico City Health Secretary X stated": the official speaks), nor is an opening
        word before a comma ("However, X insisted") or a locative ("In Brussels, ministers said")."""
        toks = self.toks
        sentence = toks[start_tok].sentence
        lo = max(0, start_tok - _GOVERNMENT_LIST_TOKENS)
        i = start_tok - 1
        while i >= lo and toks[i].sentence == sentence and _in_a_list_of_names(toks[i]):
            i -= 1
        first = i + 1
        if i >= 0 and toks[i].sentence == sentence:
            # the list opens a clause: after ", but" / ", while", or its ", and" is the clause's
            if toks[i].lower in _CLAUSE_CONJUNCTIONS and i > 0 and toks[i - 1].text == "," \
                    and toks[i - 1].sentence == sentence:
                pass
            else:
                # (the last ', and' before the name opens its clause: "Troops left Kherson, and Kyiv said")
                p = next((p for p in range(start_tok - 2, first - 1, -1)
                          if toks[p].text == "," and toks[p + 1].lower == "and"), None)
                if p is None:
                    return False
                first = p + 2
        n = len(toks)
        hi = min(n, end_tok + 1 + _GOVERNMENT_LIST_TOKENS)
        j = end_tok + 1
        while j < hi and toks[j].sentence == sentence and _in_a_list_of_names(toks[j]):
            j += 1
        if not _a_list_of_names(toks, first, j, start_tok, end_tok):
            return False
        if j < n and toks[j].lower == "on" and j + 1 < n and toks[j + 1].text[:1].isupper():
            j += 2  # "on Monday"
            while j < n and toks[j].text[:1].isdigit():
                j += 1  # "on December 4"
        while j < n and toks[j].lower in GOVERNMENT_VERB_ADVERBS:
            j += 1
        if j >= n or toks[j].sentence != sentence or not toks[j].is_word:
            return False
        verb = toks[j].lower
        return verb in SPEECH_VERBS or verb in GOVERNMENT_VERBS

    def addressed(self, start_tok: int) -> bool:
        # (the two words before the name in its sentence, read in place; see speaks)
        if start_tok < 1:
            return False
        toks = self.toks
        sentence = toks[start_tok].sentence
        last = toks[start_tok - 1]
        if last.sentence != sentence:
            return False
        w1 = last.lower
        # ("via" is a route word: "via X" names a place on the way, not who is told)
        if w1 in ("told", "tells", "telling"):
            return True
        if start_tok < 2 or w1 not in ("the", "to", "by"):
            return False
        before = toks[start_tok - 2]
        if before.sentence != sentence:
            return False
        if w1 == "the":
            return before.lower == "told"
        return before.lower in (
            "according", "reported", "quoted", "cited", "published", "broadcast", "aired", "interviewed")

    def attributive_actor(self, end_tok: int) -> bool:
        nxt = self.next_tokens(end_tok, 2)
        if not nxt:
            return False
        if nxt[0].lower in ACTOR_NOUNS and nxt[0].text[:1].islower() or _two_word_force(nxt) \
                or (nxt[0].text[:1].isdigit() and self._numbered_formation_after(end_tok)):
            return True
        # ("US air defence units": the words of a force's arm before its noun; asked only after a
        # modifier, so most names never look further)
        return nxt[0].lower in FORCE_MODIFIERS and _modified_force(self.next_tokens(end_tok, 2 + _FORCE_MODIFIER_WORDS))

    def _numbered_formation_after(self, end_tok: int) -> bool:
        """'the US 3rd Infantry Division', 'the UK 7th Brigade': an ordinal, then within a few words
        the noun of a formation, written as its name is (capitalised): whose formation it is, as
        'US troops' says (s42 lead: the abbreviation read as a place made the text one about the
        US, and its dateline city and the town reached were dropped as far)."""
        nxt = self.next_tokens(end_tok, 2 + _FORMATION_NAME_WORDS)
        if len(nxt) < 3 or not nxt[0].text.isdigit() or nxt[1].lower not in ORDINAL_SUFFIXES:
            return False
        return any(t.lower in _FORMATION_NOUNS for t in nxt[2:])

    def site_owner(self, end_tok: int) -> bool:
        """"the US garrison in al-Tanf", "the UK base at Akrotiri": a country's name right before
        a force's site (SITE_OWNER_NOUNS) that the words after place somewhere ("in X", "at X",
        "near the border") says whose the site is, as "the American garrison" would; the site is
        where. (Told by the locative: "China's Djibouti base" is the base in Djibouti; and by
        kind, as the caller asks this of countries only: "the Afar region" is the region.)"""
        nxt = self.next_tokens(end_tok, 2)
        if len(nxt) == 2 and nxt[0].lower in FORCE_MODIFIERS and nxt[0].text[:1].islower():
            # ("the US air base at Ramstein": the words of a force's arm before the site's noun)
            nxt = self.next_tokens(end_tok, 2 + _FORCE_MODIFIER_WORDS)
            nxt = nxt[_after_force_modifiers(nxt):]
        return len(nxt) >= 2 and nxt[0].lower in SITE_OWNER_NOUNS and nxt[0].text[:1].islower() \
            and nxt[1].lower in ("in", "at", "near", "outside")

    def _possessive_after(self, end_tok: int) -> bool:
        """"according to X's institute": X owns who is quoted; X is not the one quoted."""
        nxt = self.next_tokens(end_tok, 2)
        return len(nxt) >= 2 and nxt[0].text in ("'", "’") and nxt[1].lower == "s" \
            and nxt[0].start == self.toks[end_tok].end

    def possessed_actor(self, end_tok: int) -> bool:
        """"Turkey's army", "Russia's Africa Corps": a name's possessive before a force (an
        actor noun within two words, or a force's own capitalised name) is the force's owner."""
        nxt = self.next_tokens(end_tok, 2 + _FORCE_NAME_WORDS)
        if len(nxt) >= 3 and nxt[0].text in ("'", "’") and nxt[1].lower == "s":
            for t in nxt[2:4]:
                if t.lower in ACTOR_NOUNS:
                    return True
            return _owned_force_name(nxt[2:])
        return False

    def demonym_role(self, end_tok: int, rest: list[str] | None = None) -> str:
        if rest and any(r in ACTING_PARTICIPLES for r in rest):
            return "actor"
        if rest and any(r in ("border", "borders", "frontier") for r in rest):
            return "demonym_place"
        after = self.next_tokens(end_tok, 4)
        for i, t in enumerate(after):
            if not t.is_word:
                if t.text in ("-", "‑"):
                    continue
                break
            w = t.lower
            if w in ACTOR_NOUNS:
                return "actor"
            if w in DEMONYM_VESSEL_NOUNS and t.text[:1].islower() and _vessel_modifiers_only(after[:i]):
                return "demonym"  # "the Norwegian trawler off the coast": the flag, no place
            if i == 0 and _opens_a_route_name(t):
                return "demonym"  # "the Asian Highway": a road's name, no place of the demonym
            if w in PLACE_NOUNS:
                if t.text[:1].islower() and _place_noun_of_a_force(after[i + 1:]):
                    return "actor"
                if t.text[:1].islower() and i + 1 < len(after) and after[i + 1].lower in THINGS_AFTER_A_PLACE_NOUN \
                        and after[i + 1].text[:1].islower():
                    return "demonym"  # ("Uzbek road signs": the signs', no place of the demonym)
                return "demonym_place"
            if t.text[:1].isupper():
                if w in HONORIFICS or w in ORG_SUFFIXES:
                    return "actor"
                continue
        return "demonym"

    def name_qualified_by_a_demonym(self, start_tok: int, end_tok: int) -> int | None:
        """The character offset of the place name a demonym (tokens start_tok..end_tok) qualifies
        with a noun of one settlement or unit (NAMED_PLACE_NOUNS, lower case, perhaps after one
        lower-case word: "lakeside"), else None: the name after "of" ("the Finnish town of
        Tornio": Tornio's start), or the name an apposition follows ("Ben Guerdane, the nearest
        Tunisian town": the comma's offset, where that name ends)."""
        toks = self.toks
        after = self.next_tokens(end_tok, 4)
        k = 0 if after and after[0].is_word and after[0].lower in NAMED_PLACE_NOUNS else 1
        if len(after) < k + 1 or not after[k].is_word or after[k].lower not in NAMED_PLACE_NOUNS \
                or not after[k].text[:1].islower() or not after[0].text[:1].islower():
            return None
        rest = after[k + 1:]
        if len(rest) >= 2 and rest[0].lower == "of" and rest[1].is_word and rest[1].text[:1].isupper():
            return rest[1].start  # "the Finnish town of Tornio"
        sentence = toks[start_tok].sentence
        i = start_tok - 1
        for _ in range(_APPOSITION_ADJECTIVES):
            if i >= 0 and toks[i].is_word and toks[i].text[:1].islower() and toks[i].lower not in ("the", "a", "an"):
                i -= 1
        if i < 1 or toks[i].lower != "the" or toks[i - 1].text != "," or toks[i - 1].sentence != sentence:
            return None
        return toks[i - 1].start  # "Ben Guerdane, the nearest Tunisian town"

    def before_a_border(self, end_tok: int) -> bool:
        """'near the Somali border', 'the Afghan frontier': a demonym before the border names the
        country on its far side, even when it is also a place's own name (Ethiopia's Somali
        region)."""
        nxt = self.next_tokens(end_tok, 1)
        return bool(nxt) and nxt[0].lower in ("border", "borders", "frontier", "frontiers") \
            and nxt[0].text[:1].islower()

    def _source_location(self, m: dict) -> bool:
        """'local sources in X told', 'activists in X said': where the informant is."""
        if m["role"] != "place" or m.get("tok") is None:
            return False
        if m["tok"] < 2 or self.toks[m["tok"] - 1].lower != "in":
            return False  # (the test below needs two words before the name, the last "in")
        prev = [t.lower for t in self.prev_word(m["tok"], 3)]
        if len(prev) >= 2 and prev[-1] == "in" and prev[-2] in (
                "sources", "source", "activists", "activist", "residents", "correspondent", "reporter",
                "journalist", "journalists", "witnesses", "officials", "monitors"):
            nxt = [t.lower for t in self.next_tokens(m["tok"] + m["n_tokens"] - 1, 2)]
            return any(w in SPEECH_VERBS for w in nxt)
        return False
