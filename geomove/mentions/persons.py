"""Stage 3a, what is no place: persons (honorifics, given names, ages) and organisations
(suffix words) inside a run of capitalised words."""

from __future__ import annotations

import operator
import re

from ..gazetteer.cold import cold
from ..textutil import Token
from ..names import plain
from .org_names import named_for_a_cause
from ..wordlists import CALENDAR_WORDS, CONNECTORS, GIVEN_NAMES, HONORIFICS, KIND_AFTER, LOCATIVE_PREPS, ORG_SUFFIXES, GROUP_NUMBERS
from ..wordlists import (CLUB_HEAD_PAIRS, CLUB_HEADS, CLUB_HEADS_IN_CAPITALS, CLUB_NOUNS, CLUB_TAILS,
                         CLUB_TAILS_IN_CAPITALS, KIN_NOUNS, NAME_INTRODUCERS, SPORT_WORDS)
from ..wordlists import CLUB_PLAYER_NOUNS, NAMED_WORDS, PEOPLE_BEFORE_NAMED
from ..wordlists import SAINT_WORDS, SHIP_KINDS_RE, SHIP_PREFIXES_RE, WARSHIP_KINDS
from ..wordlists import PERSON_FATE_AUXILIARIES, PERSON_FATE_WORDS
from ..wordlists import COUNTRY_ABBREVIATIONS, FACILITY_SUBJECT_VERBS, FINITE_AUXILIARIES
from ..wordlists import PATRONYMIC_WORDS, PERSON_ACT_VERBS, PERSON_NOUNS, PERSON_NOUNS_BEFORE_TITLE, PLACE_NAMING_TITLES
from ..wordlists import LANDMARK_WORDS, SPEECH_VERBS, STOPWORDS, UNIT_WORDS
from ..wordlists import FEATURE_HEADS_AFTER, GIVEN_NAMES_OF_PLACES
from .words import FACILITY_KINDS, SETTLEMENT_KINDS, is_common_word
from ..wordlists import NAME_QUALIFIERS
from ..gazetteer.kinds import KIND_WORDS

from ..regex_cache import CompiledPatterns

# (its patterns are built from code an earlier run kept: geomove.regex_cache)
_PATTERNS = CompiledPatterns("mentions-persons")

# one-word kind words of facilities that KIND_AFTER leaves out (it reads them as no kind after
# a name: "London Bridge"), asked only whether the gazetteer knows the whole name ending in one
# as a facility of that kind (_facility_named_after_person): "Simón Bolívar International Bridge"
_FACILITY_TAIL_WORDS = {w: k for w, k in KIND_WORDS.items()
                        if " " not in w and k in FACILITY_KINDS and w not in KIND_AFTER}

# ... and every word, in lower case, whose kind (KIND_AFTER, else _FACILITY_TAIL_WORDS) is a
# facility's: the words that can end a name _facility_named_after_person looks up
_FACILITY_LAST_WORDS = frozenset(w for w in set(KIND_AFTER) | set(_FACILITY_TAIL_WORDS)
                                 if (KIND_AFTER.get(w) or _FACILITY_TAIL_WORDS.get(w)) in FACILITY_KINDS)

_AGE_WORD = _PATTERNS.compile(r"^(?:[^\W_]+-)*(?:year|month|week)s?-old$", re.I)


def _clause_opening_comma(before: list[Token]) -> bool:
    """Is the comma that ends ``before`` (the two tokens before a run) one after a number or a
    lower-case word ("In 1999, Lynn and Bob ...", "Last spring, Grace and Dan ...": a date or an
    adverb opening the clause), not one between the names of a list ("Salem, Lynn and Bob ...")?
    why: a couple named after a date's comma was read as a place and a person (s40 gaz66)."""
    if len(before) < 2:
        return False
    word = before[0]
    return word.text[:1].isdigit() or (word.is_word and word.text[:1].islower())


# the lower-case particles that open a surname after a given name ("Patrick de Bayser", "Anna
# van Dijk", "Carlo di Stefano"): with a capitalised word after them the three are a person's name
# a town at least this important (a GeoNames town of ~10,000 people) whose own name ends in an
# organisation's word ("Falls Church", Virginia) is named by those words, not a body: smaller
# places of such names are too often a church's or a centre's own name ("Grace Church")
OWN_NAME_TOWN_IMPORTANCE = 0.5
SURNAME_PARTICLES = frozenset("de van von da di du del della der den dos das ter ten".split())


def _particle_of_a_surname(words: list[Token], j: int) -> bool:
    """Is ``words[j]`` a surname's particle (SURNAME_PARTICLES, in lower case) followed by a
    capitalised word? why: "Florence de Montfort", "Patrick van Dyck" were read as Florence and
    Patrick, places, since the given-name rule asked for a capitalised word right after the
    given name (s40 gaz66). A place the gazetteer knows whole ("Santiago de Compostela") is
    kept by the rule's own _full_name_from test."""
    return j + 1 < len(words) and words[j].text in SURNAME_PARTICLES and words[j + 1].text[:1].isupper()


# every word, in lower case, that opens a club's name in _club_named_after_its_town's loop: a
# club's head or the second word of a pair of them ("Red Star"); CLUB_HEADS_IN_CAPITALS as written
_CLUB_OPENING_WORDS = CLUB_HEADS | frozenset(b for _a, b in CLUB_HEAD_PAIRS)
# a token's lower-case spelling and its text (textutil.Token's items), read at C level
_LOWER, _TEXT = operator.itemgetter(5), operator.itemgetter(2)


def _age_word(tok) -> bool:
    """Is the token an age ("34-year-old", _AGE_WORD)? One ends in "-old" (no letter but O, L
    and D themselves matches o, l or d case-insensitively): the words before most names do
    not, and are not asked the regex (~4,000 a batch of 380 reports)."""
    return tok.lower.endswith("-old") and _AGE_WORD.match(tok.text) is not None


# A navy's ship prefixes ("HMS", "USS", "INS", "HMAS", "HNLMS"), case kept: the list the
# reading stage reads ship names by too (wordlists.SHIP_PREFIXES_RE), which leaves out prefixes
# that are also English words or forces ('ITS', 'SAS')
SHIP_PREFIXES = frozenset(SHIP_PREFIXES_RE.split("|"))
# ... and the nouns of a ship's kind, in lower case, right before a name ("the destroyer Baotou",
# "the aircraft carrier Shandong", "the survey ship Xiang Yang Hong 10"; wordlists.SHIP_KINDS_RE):
# the last words of the kinds, asked of the word before a run first, then the whole kind
# (and the kinds of a ship that the reading stage does not take for a force's, named as often
# after a place: "the ferry Nissos Chios" was read as a person, and "Chios" told elsewhere in
# the text ("sent from Chios") was dropped as that person's surname; "the minelayer X", read128)
_NAME_SHIP_KINDS_RE = SHIP_KINDS_RE + r"|ferry|minelayer|trawler"
_SHIP_KIND_LAST = frozenset(re.sub(r"\W+", " ", k).split()[-1] for k in _NAME_SHIP_KINDS_RE.split("|"))
# every word, in lower case, that a ship's name read by _named_after_a_ship_kind needs in its
# text: the last word of a ship's kind before the name (or its plural) or a warship noun after
# it (or its plural); ship_tokens, the other way in, holds only words that one of these let in.
# A text with none of them (most) is asked for them once, not at each of its runs. ("aircraft":
# "the aircraft Carrier" asks the capitalised word after it.)
_SHIP_WORDS = frozenset([w + s for w in _SHIP_KIND_LAST | WARSHIP_KINDS for s in ("", "s")] + ["aircraft"])
_SHIP_KIND_BEFORE = _PATTERNS.compile(r"\b(?:" + _NAME_SHIP_KINDS_RE + r")s?\s+$")
# the kinds of a place-like name that is no ship's before a warship noun: "the Black Sea
# frigate", "a Pacific carrier", "the Taiwan frigates" (the country's: a demonym's work)
_NO_SHIP_KINDS = frozenset("country continent sea ocean strait lake river gulf bay region".split())
# ... and after a noun of a ship's kind: not a river's or a lake's, which navies and shipping
# lines name their ships after ("the tanker Volga", "the landing ship Yenisei", "the ferry
# Tana"); a river told after the noun by a preposition is none of this ("a tanker on the Volga")
_NO_SHIP_KINDS_AFTER_KIND = _NO_SHIP_KINDS - {"river", "lake"}

# words that end a ship's name written in a title-case headline ("USS Carney Enters Red Sea",
# "HMS Diamond Sails To Gibraltar"): the prepositions and joints a headline capitalises
_HEADLINE_JOINTS = frozenset("""
to from in at into onto for via through off near toward towards on and across past out back
""".split())
# officers' ranks that Spanish- and English-speaking countries name towns after ("General
# Santos", "Coronel Oviedo", "Teniente Origone"): see _titled_town_after_a_word_of_place
_OFFICER_RANKS = frozenset("general coronel colonel comandante teniente capitán capitan mariscal almirante".split())
# ... also as the later item of a short list after such a preposition ("near Putre and General
# Lagos"): the names before "and", this many words at most
_LISTED_NAME_WORDS = 6
# the words that are no surname after a famous place's name (persons._person_named_like_a_place):
# kind, unit and landmark words ("Enfield Borough", "Galliard Road"), a body's or an outlet's last
# word ("Kyiv Post"), weekdays and months
_NO_SURNAME_WORDS = frozenset(KIND_AFTER) | ORG_SUFFIXES | UNIT_WORDS | LANDMARK_WORDS | STOPWORDS
# a place this known (importance) keeps its reading beside an unknown capitalised word in the
# scanner (the scanner's 0.7: scan._scan_run_of_words); only such a name needs the sentence to
# say it is a person's given name
FAMOUS_GIVEN_NAME_IMPORTANCE = 0.7
# the kinds of a place whose other-language name after a capitalised word is a surname
# ('Barnes Wallis', Wallis for Valais): provinces and districts, which English calls by their
# own or their English names (_surname_that_is_a_province_s_other_name)
PROVINCE_KINDS_BY_OTHER_NAME = frozenset(("admin1", "admin2"))
# endings of the adjectives and participles English writes before a place ('Annexed Crimea',
# 'Embattled', 'Neighbouring', 'Mountainous', 'Restive'): such a first word is no given name,
# unless a listed one ('Ahmed', 'Alfred' is not listed and so not read as one either)
_ADJECTIVE_ENDINGS = ("ed", "ing", "ous", "ive", "ile", "ful", "ern", "ian", "ese", "ish", "ic", "al")
# the lower-case words inside a club's name ("Olympique de Marseille", "Espérance de Tunis")
_CLUB_NAME_JOINTS = frozenset(("de", "du", "des", "del"))
# a ship's name is this many words at most ("Diamond", "Iwo Jima", "Gerald R. Ford", "Prince of Wales")
SHIP_NAME_WORDS = 4


# the capitalised head of a military operation's or exercise's name ("Operation Lone Star",
# "Exercise Cobra Gold"): the words after it name the operation (PersonsAndOrganisations.classify_run)
OPERATION_HEADS = frozenset(("operation", "exercise"))
# First words of a force's or a body's name in Spanish, Portuguese or French, whose adjectives
# follow them ("Guardia Nacional", "Policía Nacional Civil", "Ejército Nacional", "Forças Armadas",
# "Gendarmerie Nationale"): the capitalised words after such a head, up to a lower-case word,
# are the body's name, no place ('Nacional' is no Distrito Nacional)
ROMANCE_BODY_HEADS = frozenset("""
guardia policía policia ejército ejercito armada fuerza fuerzas gendarmería gendarmeria
guarda polícia exército exercito forças forcas marinha gendarmerie armée armee
""".split())


# the words before a run after which _kin_before can say yes (a noun of kin, a word giving a
# name, "named"/"called", or a comma after a noun of kin): asked of the token before a run first,
# a set look-up, so _kin_before and its prev_word run only after one (1,001 of 8,813 calls a batch, speed130)
_KIN_BEFORE_WORDS = KIN_NOUNS | NAME_INTRODUCERS | NAMED_WORDS | frozenset((",",))

# the word every reading of "<body> of <place>" needs (_body_of_a_place, org_names.named_for_a_cause):
# a run without it is asked neither (most runs: one C-level test, no call)
_OF = frozenset(("of",))


def _honorific_before(before: list[Token]) -> bool:
    """Do the (up to two) tokens before a run end in an honorific ("gen", "Dr." -- a lower-case
    one, or any before a full stop)?"""
    if not before:
        return False
    b = before[-1]
    return (b.lower.rstrip(".") in HONORIFICS and b.text[:1].islower()) \
        or (b.text == "." and len(before) == 2 and before[0].lower in HONORIFICS)



# lower-case connectors that join a name to another, not inside one: "in Rakhine as the Arakan
# Army advanced", "Goma and the M23 Army": a run of capitalised words read across "as the" or
# "and the" holds a place and then a body; the body's name begins after "the" (gaz43)
# (an article before a facility's short name makes it the thing: "the Jomo Kenyatta")
_ARTICLES = frozenset(("the", "a", "an"))
# the characters that join a word to the next in read.syntax's tokens ("isn't", "re-opened")
_TAGGER_WORD_JOINERS = frozenset("'’-")
_CONJUNCTIONS_BEFORE_THE = frozenset({"as", "and", "or"})


# capitalised words of time that open a sentence before "the" and a name: "Yesterday the Channel
# was closed", "On Monday the Channel ...": the run of capitalised words read across "the" holds
# the lead-in and then the name, which begins at "the" as a sentence's own "The" would (s51 gaz100)
_TIME_WORDS_BEFORE_THE = CALENDAR_WORDS | frozenset("yesterday today tonight overnight meanwhile later earlier".split())


def _the_after_a_conjunction(words, m: int) -> bool:
    """Is words[m] a lower-case 'the' right after a lower-case conjunction
    (_CONJUNCTIONS_BEFORE_THE) or a capitalised word of time (_TIME_WORDS_BEFORE_THE)? Then an
    organisation's name ending later starts after it."""
    if m < 1 or words[m].text != "the":
        return False
    before = words[m - 1].text
    return before in _CONJUNCTIONS_BEFORE_THE or (before[:1].isupper() and before.lower() in _TIME_WORDS_BEFORE_THE)

def _body_of_a_place(words: list[Token]) -> bool:
    """'Bank of England', 'University of Alberta': a body's word (ORG_SUFFIXES) and 'of' open the
    run, and the place after them is the body's. A sentence's first word may be the capitalised
    article before it ("The Bank of Canada cut rates", "The University of Edinburgh said"), which
    belongs to no name and hid the body's word from this reading; so may words before a "the"
    that opens a name (_the_after_a_conjunction: "Yesterday the Bank of England said", "On Monday
    the Bank of Canada", "Goma and the Bank of Central Africa")."""
    lead = 1 if words and words[0].text == "The" else 0
    if len(words) >= 3 + lead and words[lead].lower in ORG_SUFFIXES and words[lead + 1].lower == "of":
        return True
    if lead or len(words) < 5:
        return False  # (most runs: no room for a lead-in, a "the", a body's word, "of" and a place)
    lead = next((m + 1 for m in range(1, len(words) - 3) if _the_after_a_conjunction(words, m)), 0)
    return lead > 0 and words[lead].lower in ORG_SUFFIXES and words[lead + 1].lower == "of"


class PersonsAndOrganisations:
    """Marks the words of a run that name a person or an organisation.

    (Names and demonyms are asked through the scan's tables kept per spelling across documents,
    _has_name_kept and _demonym_kept: the same answers as has_name and demonym, and a spelling
    asked here is kept for the scan that follows, and the scan's for the runs of later texts:
    ~2,500 of each a batch asked here, ~2,000 of them again here or by the scan.)"""

    # does the text write a word of a ship's kind (_named_after_a_ship_kind)? None: not asked yet
    _ship_words_written: bool | None = None

    def classify_run(self, run: list[int]) -> dict[int, str]:
        """Mark tokens of a run that belong to a person ('person') or an organisation ('org')."""
        toks = self.toks
        if self._ship_words_written is not False:
            # (read here, no call: 374 of the 380 dev documents write no ship's kind, and every
            # run is asked)
            ship = self._named_after_a_ship_kind(run)
            if ship:
                return ship
        if len(run) == 1:
            return self._classify_one_word(run[0])
        ship = self._ship_name(run)
        if ship:
            return ship
        marks: dict[int, str] = {}
        words = [toks[i] for i in run]
        # an honorific before the run or inside it: what follows is a person
        before = self.prev_word(run[0], 2)
        lead_honorific = False
        if before:
            b = before[-1]
            if _honorific_before(before) or (b.lower in _KIN_BEFORE_WORDS and self._kin_before(run[0], run[-1])):
                lead_honorific = True
            elif _age_word(b) and self._adjacent(b, toks[run[0]]) and self._two_names(words):
                # "the 34-year-old Georgia Stevens": a person, called by the first name later too
                lead_honorific = True
                self.person_words.update(toks[i].text for i in run if toks[i].lower not in CONNECTORS)
        start_person = 0 if lead_honorific else None
        if len(run) > 2 and _age_word(words[0]) and self._two_names(words[1:]):
            start_person = 1  # "Nine-year-old Georgia Stevens" opening a sentence
            self.person_words.update(toks[i].text for i in run[1:] if toks[i].lower not in CONNECTORS)
        if self._facility_named_after_person(run):
            return {}  # "Jomo Kenyatta International Airport": the person names the place
        dot = toks[run[0] - 1] if run[0] > 1 else None
        if dot is not None and dot.text == "." and dot.sentence == words[0].sentence:
            # "M. A. Van Buren": a surname of two words after initials (s60 gaz111; read in place:
            # few runs follow a point in their own sentence)
            initials = self._surname_of_words_after_initials(run)
            if initials:
                return initials
        if toks[run[-1]].text in self.person_words:
            again = self._person_s_words_again(run)
            if again:
                return again  # "M. A. Van Buren ... Later Van Buren flew": the person's
        area_end = 0  # the words of an area named after a title ("Prince Edward Island") are no person
        for k, t in enumerate(words):
            if start_person is not None:
                break
            if k < area_end:
                continue
            if t.lower in HONORIFICS and t.text[:1].isupper() and k + 1 < len(words) \
                    and not _capitals_before_a_name(t.text, words[k + 1].text):
                n = self._area_named_after_title(run, k) or self._place_named_with_title(run, k) \
                    or self._titled_town_after_a_word_of_place(run, k) or self._facility_named_after_a_title(run, k)
                if n:
                    area_end = k + n
                    continue
                # "President Bashar Assad", "Turkish President Erdogan"
                marks[run[k]] = "title"
                start_person = k + 1
                dept = self._title_of_a_department(words, k)
                if dept:
                    # "Secretary of Health Alan Johnson": the department is the title's, the
                    # person starts at the given name after it
                    for j in range(k + 1, k + 1 + dept):
                        marks[run[j]] = "title"
                    start_person = k + 1 + dept
            elif t.lower in GIVEN_NAMES and k + 1 < len(words) and (words[k + 1].text[:1].isupper()
                                                                     or (_particle_of_a_surname(words, k + 1)
                                                                         and not self._facility_word_after(run[-1]))) \
                    and words[k + 1].lower not in KIND_AFTER and not self._full_name_from(run, k) \
                    and not (k and words[k - 1].lower in SAINT_WORDS) and not self._name_over_given_name(run, k):
                # (a saint's name is a place's: "San Fernando Valley", "St. George Island")
                start_person = k
        if start_person is None and len(words) == 2 and self._two_words_of_a_name(words) and (
                self._person_named_like_a_place(run, words)
                or self._given_name_of_a_place_before_a_surname(run, words)
                or self._surname_that_is_a_province_s_other_name(run, words)
                or self._facility_short_form_as_a_person(run, words)):
            start_person = 0  # "Chad Williams, a spokesman, said", "Victoria Nuland arrived": a person
        elif start_person is None and len(words) > 2 and run[-1] + 1 < len(toks) \
                and (toks[run[-1] + 1].text == "," or toks[run[-1] + 1].text.islower()):
            # "Jose Maria Cordova said", "After Jomo Kenyatta founded ...": the person an airport is
            # named for (s59 gaz110)
            start_person = self._longer_facility_short_form_as_a_person(run, words)
        if start_person is not None:
            end = len(words)
            for k in range(start_person, len(words)):
                if words[k].lower in CONNECTORS and words[k].lower not in ("bin", "ibn", "abu", "al", "el") \
                        and not (k > start_person and _particle_of_a_surname(words, k)):  # ("Anna van Dijk")
                    end = k
                    break
            person = [run[k] for k in range(start_person, end)]
            if person and (len(person) >= 2 or lead_honorific or start_person > 0):
                for i in person:
                    marks[i] = "person"
                self.person_words.add(toks[person[-1]].text)
                if len(person) >= 2:
                    self.person_words.add(" ".join(toks[i].text for i in person))
                partner = self._partner_before(run, words, start_person, end)
                if partner is not None:
                    marks[run[partner]] = "person"
                    self.person_words.add(words[partner].text)
        if len(words) >= 2 and words[-1].lower in GROUP_NUMBERS and words[-1].text[:1].isupper():
            # "the Chicago Seven", "the Guildford Four": people named after a place and their number
            return {i: "person" for i in run}
        club = self._club_named_after_its_town(run, words, before)
        if club:
            # "Real Madrid", "Maccabi Haifa", "Leeds United": the town names the club, no place
            for m in range(*club):
                marks.setdefault(run[m], "org")
        # organisation names end with a suffix word ("Harbour News", "Syrian Democratic Forces")
        for k in range(len(words) - 1, 0, -1):
            if words[k].lower in ORG_SUFFIXES and words[k].text[:1].isupper():
                seg_start = 0
                for m in range(k - 1, -1, -1):
                    if words[m].lower == "of" or _the_after_a_conjunction(words, m):
                        seg_start = m + 1
                        break
                # (an area's name is written with its article: "The West Bank was quiet", "troops
                # of the Soviet Union"; the name itself starts after it)
                # ("The Channel was closed": the article before the word alone, see
                # _area_by_its_own_name's short name after "the")
                own_start = seg_start + 1 if words[seg_start].lower == "the" and seg_start < k else seg_start
                # (or the last of a list of places: "through Tysons and Falls Church")
                listed = next((m + 1 for m in range(k - 1, own_start, -1) if words[m].lower == "and"), None)
                if self._area_by_its_own_name(run[own_start], run[k]) \
                        or (listed is not None and self._area_by_its_own_name(run[listed], run[k])):
                    break  # "West Bank", "European Union", "Falls Church": a place's own name, no body's
                for m in range(seg_start, k + 1):
                    marks.setdefault(run[m], "org")
                break
        # ... or start with one and name their place after "of" ("University of Alberta",
        # "Bank of England")
        if len(words) >= 2 and words[0].lower in OPERATION_HEADS and words[0].text[:1].isupper() \
                and words[1].text[:1].isupper():
            # "Operation Lone Star", "Exercise Atlantic Resolve": the operation's name, whatever
            # place or area its words name (Lone Star, a village of Texas)
            for m in range(len(words)):
                marks.setdefault(run[m], "org")
        elif not ROMANCE_BODY_HEADS.isdisjoint(map(_LOWER, words)) \
                and (head := next((k for k in range(len(words) - 1) if words[k].lower in ROMANCE_BODY_HEADS
                                   and words[k].text[:1].isupper() and words[k + 1].text[:1].isupper()), None)):
            # (the generator is made only for a run that writes such a head: few do)
            # "(Troops of the) Guardia Nacional", "Policía Nacional Civil": the adjectives after the
            # head are the body's name, up to its first lower-case word ("de Colombia" names the country)
            for m in range(head, len(words)):
                if not words[m].text[:1].isupper():
                    break
                marks.setdefault(run[m], "org")
        elif _OF.isdisjoint(map(_LOWER, words)):
            pass  # (no "of": neither reading below)
        elif _body_of_a_place(words):
            for m in range(len(words)):
                marks.setdefault(run[m], "org")
        elif named_for_a_cause(self.prev_word(run[0], 3), words):
            # "... Movement for the | Liberation of Azawad": the end of an organisation's name
            for m in range(len(words)):
                marks.setdefault(run[m], "org")
        return marks

    def _club_named_after_its_town(self, run: list[int], words: list[Token],
                                   lead: list[Token] = ()) -> tuple[int, int] | None:
        """'Real Madrid beat Valencia', 'Maccabi Haifa fans', 'AC Milan', 'Leeds United won': a
        sports club named after its town. A club's first word (CLUB_HEADS, any case but all
        capitals; CLUB_HEADS_IN_CAPITALS as written; or the second of CLUB_HEAD_PAIRS after the
        first, "Red Star Belgrade") right before capitalised words names the club
        with them, up to the first word in lower case ("Olympique de Marseille" over its 'de');
        capitalised words right before a club's last word ending the run (CLUB_TAILS: "Blackburn
        Rovers"; no article before it: "The United States") do too.
        The town is the club's, as a city is a newspaper's ("Washington Post"): where the club
        belongs, not where anything happens; news of a match names its venue after a preposition
        ("in Seville"). Not when the gazetteer knows a place by the words from the head on ("Bnei
        Brak", "Beitar Illit": towns). A sport and its noun for a side right before the run (``lead``,
        the two tokens before it: "the football club Sloboda Tuzla") name the whole run the club's,
        whatever its first word; so does an abbreviation of football club after it (CLUB_TAILS_IN_CAPITALS:
        "Valencia CF"). (start, end) positions in the run, or None."""
        if len(lead) == 2 and lead[1].text in CLUB_NOUNS and lead[0].lower in SPORT_WORDS \
                and self._adjacent(lead[1], words[0]):
            return 0, len(words)
        heads = words[:-1]
        # (no word but the last can open a club's name: most runs, one C-level test, no loop)
        opening = not (_CLUB_OPENING_WORDS.isdisjoint(map(_LOWER, heads))
                       and CLUB_HEADS_IN_CAPITALS.isdisjoint(map(_TEXT, heads)))
        for k in range(len(words) - 1 if opening else 0):
            head, nxt = words[k], words[k + 1]
            if not (head.text in CLUB_HEADS_IN_CAPITALS or (
                    head.lower in CLUB_HEADS and head.text[:1].isupper() and not head.text.isupper())
                    or (k > 0 and (words[k - 1].lower, head.lower) in CLUB_HEAD_PAIRS
                        and words[k - 1].text[:1].isupper() and head.text[:1].isupper())):
                continue
            if not self._adjacent(head, nxt) or self._full_name_from(run, k):
                continue
            end = k + 1
            while end < len(words) and (words[end].text[:1].isupper() or (
                    words[end].lower in _CLUB_NAME_JOINTS and end + 1 < len(words)
                    and words[end + 1].text[:1].isupper())):
                end += 1
            if end > k + 1:
                return k, end
        # (the tail ends the run, after a name: "The United States" is no club, nor "United Arab Emirates")
        tail, before = words[-1], words[-2]
        if (tail.text in CLUB_TAILS_IN_CAPITALS or (
                tail.lower in CLUB_TAILS and tail.text[:1].isupper() and not tail.text.isupper())) \
                and before.text[:1].isupper() and before.lower not in STOPWORDS and before.lower not in CONNECTORS \
                and self._adjacent(before, tail):
            start = len(words) - 2
            while start > 0 and words[start - 1].text[:1].isupper() and words[start - 1].is_word \
                    and words[start - 1].lower not in STOPWORDS:
                start -= 1
            return start, len(words)
        return None

    def _ship_name(self, run: list[int]) -> dict[int, str]:
        """'HMAS Canberra arrived in Darwin', 'USS Philadelphia', 'INS Kolkata': a navy's ship
        prefix (SHIP_PREFIXES, written so) before a capitalised word opens a ship's name, and a
        ship named after a city is no place; the prefix is marked as a title, the name's words
        (up to SHIP_NAME_WORDS, not past a headline's preposition, only one in a title-case
        headline) as a person's, so neither is read as a place. {} when the run holds none."""
        toks = self.toks
        for k in range(len(run) - 1):
            prefix, first = toks[run[k]], toks[run[k + 1]]
            if prefix.text not in SHIP_PREFIXES or not first.text[:1].isupper() \
                    or (len(first.text) > 1 and first.text.isupper()):
                continue  # (a line of capitals, "HMS DIAMOND SAILS", is no name written so)
            marks = {run[k]: "title"}
            most = 1 if self._title_case_sentence(prefix) else SHIP_NAME_WORDS
            for i in run[k + 1:k + 1 + most]:
                if toks[i].lower in _HEADLINE_JOINTS and toks[i].text[:1].isupper():
                    break
                marks[i] = "person"
            return marks
        return {}

    def _named_after_a_ship_kind(self, run: list[int]) -> dict[int, str]:
        """'the destroyer Baotou', 'the aircraft carrier Shandong', 'the frigate Baden-Württemberg':
        a run right after a noun of a ship's kind in lower case (SHIP_KINDS_RE) is the ship's name,
        its words (up to SHIP_NAME_WORDS, not past a headline's preposition) marked as a person's,
        as after a navy's prefix (_ship_name): no place. Not a country's name ("the tanker Iran
        seized": the subject of a clause about the ship more often than its name; a country's
        name read so would lose the text's country too). {} otherwise."""
        ships_told = self._ship_words_written
        if ships_told is None:
            # (the words the text writes in lower case, the finder's lower_words: each word
            # below is asked in lower case, text.islower(), but the noun after "aircraft")
            ships_told = self._ship_words_written = not _SHIP_WORDS.isdisjoint(self.lower_words)
        if not ships_told:
            return {}  # (374 of the 380 dev documents: no word below can be a ship's kind)
        first = run[0]
        toks = self.toks
        prev, tok = toks[first - 1] if first else None, toks[first]
        if not tok.text[:1].isupper() or (len(tok.text) > 1 and tok.text.isupper()):
            return {}
        after_kind = True  # (the name after the noun of its kind, not before a warship noun)
        if first in self.ship_tokens:
            pass  # a later name of a list after a plural noun ("the frigates Hessen and Bayern")
        elif prev is not None and (prev.lower in _SHIP_KIND_LAST or prev.lower.removesuffix("s") in _SHIP_KIND_LAST):
            if prev.sentence != tok.sentence or not prev.text.islower() \
                    or _SHIP_KIND_BEFORE.search(self.text, max(0, prev.start - 20), tok.start) is None:
                return {}  # ('boat' alone: a patrol boat is a kind, a boat is none)
        elif not self._before_a_warship_noun(run):
            return {}
        else:
            after_kind = False
        most = 1 if self._title_case_sentence(tok) else SHIP_NAME_WORDS
        marks: dict[int, str] = {}
        for i in run[:most]:
            if toks[i].lower in _HEADLINE_JOINTS and toks[i].text[:1].isupper():
                break
            marks[i] = "person"
        if not marks:
            return {}
        # (each name of the run: "The Liaoning and Shandong" holds two, "The British and French" none)
        names, cur = [], []
        for i in sorted(marks):
            if toks[i].text[:1].isupper() and not (i == first and toks[i].text == "The" and len(marks) > 1):
                cur.append(i)
            elif cur:
                names.append(cur)
                cur = []
        if cur:
            names.append(cur)
        if not names or any(self._no_ship_name(self.text[toks[n[0]].start:toks[n[-1]].end], toks[n[0]], after_kind)
                            for n in names):
            return {}
        self.ship_tokens.update(marks)  # (no two of its words are a town written apart either)
        self.ship_tokens.update(self._listed_after(max(marks)))
        return marks

    def _listed_after(self, last: int) -> list[int]:
        """The first words of the names listed after a ship's name that ends at token ``last``
        when the noun before the list is plural ("the frigates Hessen, Bayern and Sachsen"), or
        when the list ends in a plural warship noun ("the Liaoning and Shandong carriers"): the
        ships of the same list (read by _named_after_a_ship_kind when their runs come)."""
        toks = self.toks
        firsts, j = [], last + 1
        while j + 1 < len(toks) and toks[j].text in (",", "and") and toks[j + 1].text[:1].isupper() \
                and toks[j + 1].sentence == toks[last].sentence:
            j += 1
            firsts.append(j)
            while j + 1 < len(toks) and toks[j + 1].text[:1].isupper() and toks[j + 1].is_word:
                j += 1
            j += 1
        if not firsts:
            return []
        start = last
        while start > 0 and toks[start - 1].text[:1].isupper() and toks[start - 1].is_word:
            start -= 1
        before = toks[start - 1].lower if start else ""
        after = toks[j].lower if j < len(toks) else ""
        plural = (before.endswith("s") and before.removesuffix("s") in _SHIP_KIND_LAST) \
            or (after.endswith("s") and after.removesuffix("s") in WARSHIP_KINDS)
        return firsts if plural else []

    def _before_a_warship_noun(self, run: list[int]) -> bool:
        """'the Shandong carrier group', 'China's Fujian aircraft carrier', 'the Liaoning and
        Shandong carriers': a name right before a lower-case warship noun (WARSHIP_KINDS, or
        'aircraft carrier'), after "the", a possessive or "and", that is no country, sea or
        region ("the Black Sea frigate"), is the ship's name used as a modifier."""
        toks = self.toks
        first, last = run[0], run[-1]
        if toks[first].text == "The" and len(run) > 1:
            first = run[1]  # ("The Shandong carrier group" opening a sentence)
            before_ok = True
        else:
            before = self.prev_word(first, 2)
            before_ok = bool(before) and (before[-1].lower in ("the", "and") or (
                before[-1].lower == "s" and len(before) > 1 and before[-2].text in ("'", "’")))
        if not before_ok:
            return False
        # (over the names listed after it, "the Liaoning and Shandong carriers", to the noun)
        j, listed = last + 1, False
        while j + 1 < len(toks) and toks[j].text in (",", "and") and toks[j + 1].text[:1].isupper() \
                and toks[j + 1].sentence == toks[last].sentence:
            j, listed = j + 1, True
            while j + 1 < len(toks) and toks[j + 1].text[:1].isupper() and toks[j + 1].is_word:
                j += 1
            j += 1
        if j >= len(toks) or not toks[j].text.islower() or toks[j].sentence != toks[last].sentence:
            return False
        noun = toks[j + 1].lower if toks[j].lower == "aircraft" and j + 1 < len(toks) else toks[j].lower
        plural = noun.endswith("s") and noun.removesuffix("s") in WARSHIP_KINDS
        if not (plural or (noun in WARSHIP_KINDS and not listed)):
            return False
        return True

    def _no_ship_name(self, name: str, tok: Token, after_kind: bool = False) -> bool:
        """Is ``name`` (its first token ``tok``) no ship's, whatever the noun beside it: an
        abbreviation in capitals ("the US and UK carriers"), a demonym ("the British and French
        carriers"), or a country, sea or region ("the tanker Iran seized": the subject of a
        clause about the ship more often than its name; "the Black Sea frigate")? Right after
        the noun of its kind (``after_kind``) a river's or a lake's name is the ship's ("the
        Russian tanker Volga": _NO_SHIP_KINDS_AFTER_KIND)."""
        if tok.text in SHIP_PREFIXES:
            return False  # ("the destroyer Baotou and USS Manila")
        if len(tok.text) > 1 and tok.text.isupper():
            return True
        if self._demonym_kept(name):
            return True
        kinds = _NO_SHIP_KINDS_AFTER_KIND if after_kind else _NO_SHIP_KINDS
        return any(c.get("name_similarity") == 1.0 and c.get("kind") in kinds
                   for c in self.shared_candidates_of(name, None))

    def _title_case_sentence(self, tok: Token) -> bool:
        """Is ``tok``'s sentence a headline in title case (four words or more, nearly all of
        them capitalised: "USS Carney Enters Red Sea")?"""
        words = [t for t in self.toks if t.sentence == tok.sentence and t.is_word]
        return len(words) >= 4 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)

    def _title_of_a_department(self, words: list, k: int) -> int:
        """How many words after the title ``words[k]`` name its department ("of Health", "of
        State", "of Foreign Affairs") before a given name and a surname; 0 when none do, or when
        the words after "of" are a place's name ("Governor of Texas Greg Abbott": Texas is named)."""
        if k + 3 >= len(words) or words[k + 1].lower != "of":
            return 0
        for j in range(k + 2, min(k + 5, len(words) - 1)):
            if words[j].lower in GIVEN_NAMES and words[j + 1].text[:1].isupper():
                dept = " ".join(w.text for w in words[k + 2:j])
                if not dept or self._is_exact_place(dept):
                    return 0
                return j - k - 1
        return 0

    def _after_a_middle_initial(self, i: int) -> bool:
        """Is token ``i`` (a capitalised word after ".") the surname of a full name written with
        a middle initial: a given name (GIVEN_NAMES) or a word of the person the run before was
        read as (its initial too: "President Franklin D"), then one capital letter and its point
        right before the word ("Franklin D. Roosevelt", "Charles W. Murphy")? The point ends the
        run of capitalised words, so the surname was read alone, as a town of its name
        (Roosevelt, New York)."""
        toks = self.toks
        if i < 3:
            return False
        initial, first = toks[i - 2], toks[i - 3]
        return len(initial.text) == 1 and initial.text.isupper() and initial.sentence == toks[i].sentence \
            and toks[i - 1].start == initial.end and first.sentence == toks[i].sentence \
            and self._adjacent(first, initial) and first.text[:1].isupper() \
            and (first.lower in GIVEN_NAMES or first.text in self.person_words or initial.text in self.person_words)

    def _after_initials(self, i: int) -> bool:
        """Is token ``i`` (a capitalised word after ".") a surname written after initials alone,
        each a capital letter and its point ("J. F. Kennedy", "A. Lincoln")? A place is not written
        after a person's initials, so the surname is no town of its name (Kennedy, Bogotá's
        locality). Not a compass letter alone ("S. Korea", "N. Ireland") nor letters that are a
        country's ("U. S."). (s59 gaz110)"""
        toks = self.toks
        tok = toks[i]
        if not tok.text[:1].isupper() or tok.text.isupper():
            return False
        letters = []
        j = i - 1
        while j >= 1 and toks[j].text == "." and toks[j].sentence == tok.sentence:
            initial = toks[j - 1]
            if len(initial.text) != 1 or not initial.text.isupper() or initial.end != toks[j].start \
                    or initial.sentence != tok.sentence:
                break
            letters.append(initial.text)
            j -= 2
        before = toks[j] if j >= 0 and toks[j].sentence == tok.sentence else None
        if not letters or (before is not None and (before.text == "," or before.text[:1].isupper() and before.is_word)):
            # (none; a word before them, "Franklin D.", is _after_a_middle_initial's; after a
            # comma they close an address, "Washington, D. C.")
            return False
        if len(letters) == 1 and (letters[0] in "NSEW" or (before is not None and before.is_word)):
            return False  # (one letter after a word may be an item's: "in zone C. Hebron")
        joined = "".join(reversed(letters))
        return joined not in COUNTRY_ABBREVIATIONS and ".".join(joined) + "." not in COUNTRY_ABBREVIATIONS

    def _partner_before(self, run: list[int], words: list[Token], start: int, end: int) -> int | None:
        """'Lynn and Bob Fodge', 'Grace and Dan Whitcomb': one capitalised word joined by "and"
        to a person named by a given name and a surname (no more, no title) is the given name of
        the other of a couple who share the surname, whether or not it is a given name geomove
        lists; its index in ``words``, or None. (Only the run's first word, so "Boston" of
        "Salem, Lynn and Bob Fodge" is not asked: a place's name is rarely so joined to a
        person's; nor after a word of place or movement, "drove to Lynn and Bob Fodge ...")"""
        if start != 2 or end - start != 2 or words[1].lower != "and" or words[1].text != "and":
            return None
        first = words[0]
        if not first.is_word or not first.text[:1].isupper() or first.text.isupper() \
                or first.lower in CONNECTORS or first.lower in HONORIFICS:
            return None
        before = self.prev_word(run[0], 2)
        if before and (before[-1].lower in LOCATIVE_PREPS or (before[-1].text == "," and not _clause_opening_comma(before))):
            return None
        return 0

    def _classify_one_word(self, i: int) -> dict[int, str]:
        """:meth:`classify_run` of a run of one word (three runs in four): only an honorific
        before it can mark it, a person's name ("Mr. Faulkner"); the age, given-name, title,
        group and organisation rules need two words or more."""
        toks = self.toks
        tok = toks[i]
        if i + 1 < len(toks) and toks[i + 1].lower in CLUB_PLAYER_NOUNS and toks[i + 1].text[:1].islower() \
                and toks[i + 1].sentence == tok.sentence:
            return {i: "org"}  # "Barcelona striker": the town names its club, no place (gaz87)
        # _honorific_before(self.prev_word(i, 2)), read off the one or two tokens before it
        # (asked of 9,900 runs a batch; most have no honorific before them)
        if not i:
            return {}
        b = toks[i - 1]
        if b.sentence != tok.sentence:
            return {}
        if b.text == ".":
            honorific = i > 1 and toks[i - 2].sentence == tok.sentence and toks[i - 2].lower in HONORIFICS
            if not honorific and (self._after_a_middle_initial(i) or self._after_initials(i)):
                self.person_words.add(tok.text)  # "Franklin D. Roosevelt": later "Roosevelt" alone
                return {i: "person"}
        else:
            honorific = b.text[:1].islower() and b.lower.rstrip(".") in HONORIFICS
        if honorific and not (tok.lower in CONNECTORS and tok.lower not in ("bin", "ibn", "abu", "al", "el")):
            self.person_words.add(tok.text)
            return {i: "person"}
        if b.lower in _KIN_BEFORE_WORDS and self._kin_before(i, i):  # (b: the token before, in the sentence)
            self.person_words.add(tok.text)  # "his wife Grace": later "Grace said" alone
            return {i: "person"}
        return {}

    def _kin_before(self, first: int, last: int) -> bool:
        """'his wife Grace', 'her husband, Leonard of Ada', 'daughters Amber and Lucy', 'a man
        surnamed Jiang': is the run first..last right after a lower-case noun of kin (KIN_NOUNS)
        or a word that gives a person's name (NAME_INTRODUCERS), or after a noun of kin and a comma
        when its first word is closed by a comma, 'and', 'of', a semicolon or the sentence's end
        ("her son, Gao, 12" is the son; "the victim's father, Kabul shopkeeper Ahmad" names his
        town)? Then its first name is a person's (up to a connector: Ada stays a place)."""
        toks = self.toks
        before = self.prev_word(first, 2)
        if not before:
            return False
        if (before[-1].lower in KIN_NOUNS or before[-1].lower in NAME_INTRODUCERS) and before[-1].text.islower():
            return True
        if before[-1].lower in NAMED_WORDS and len(before) > 1 and before[-1].text.islower() \
                and before[-2].lower in PEOPLE_BEFORE_NAMED and before[-2].text.islower():
            return True  # "a general named Senapati": a person's name (gaz87)
        if before[-1].text != "," or len(before) < 2 or before[-2].lower not in KIN_NOUNS \
                or not before[-2].text.islower():
            return False
        nxt = self.next_tokens(first, 1)  # (the name's one word: "Leonard of Ada" ends at "of")
        return not nxt or nxt[0].text in (",", ";", ".", "and", "of", ")")

    def _area_by_its_own_name(self, first: int, last: int) -> bool:
        """Do the words first..last spell exactly the own name of a country, a province, a
        built-in area or a town of some size (OWN_NAME_TOWN_IMPORTANCE), whose last word only
        looks like an organisation's ("West Bank", "Soviet Union", "Falls Church")? A town only
        where no 'the' comes before the words: "the Country Club" is a club, whatever town of
        Florida bears the name. After "the", a built-in area's short name read only after it
        (needs_the: "The Channel was closed", the English Channel) is its own name too, though
        its word is an outlet's ("channel")."""
        surface = self.text[self.toks[first].start:self.toks[last].end]
        if not self._has_name_kept(surface):
            return False
        own = plain(surface)
        before = self.prev_word(first, 1)
        after_the = bool(before) and before[-1].lower == "the"
        return any(c.get("name_similarity", 0) >= 1.0 and (
            plain(c.get("name") or "") == own and (
                c.get("kind") in {"country", "admin1", "continent"}
                or (c.get("gazetteer_id") or "").startswith("geomove-area:")
                or (not after_the and c.get("kind") in {"city", "town"}
                    and (c.get("importance") or 0.0) >= OWN_NAME_TOWN_IMPORTANCE))
            or (after_the and c.get("needs_the") and (c.get("gazetteer_id") or "").startswith("geomove-area:")
                and plain(cold(c, "matched_name") or "") == own))
                   for c in self.shared_candidates_of(surface, None))

    def _two_names(self, words: list[Token]) -> bool:
        """Exactly a first name and a surname ("Georgia Stevens"), not "London Bridge" or
        "German Red Cross": two capitalised words, the second no place, demonym or kind word."""
        return len(words) == 2 and words[1].text[:1].isupper() and words[1].lower not in KIND_AFTER \
            and words[1].lower not in ORG_SUFFIXES and not self._demonym_kept(words[1].text) \
            and not self._demonym_kept(words[0].text) and not self._is_exact_place(words[1].text)

    def _facility_named_after_person(self, run: list[int]) -> bool:
        """Does the run start with a facility name the gazetteer knows, ending in its kind word
        ("<Given> <Surname> International Airport", "Simón Bolívar International Bridge")? Then
        its given name is no person, and its "International" no organisation's word."""
        toks = self.toks
        most = min(len(run), self.gaz.max_name_tokens)
        if _FACILITY_LAST_WORDS.isdisjoint(map(_LOWER, map(toks.__getitem__, run[1:most]))):
            return False  # (no word that can end a facility's name: most runs, no loop)
        for n in range(most, 1, -1):
            last = toks[run[n - 1]]
            kind = KIND_AFTER.get(last.lower) or _FACILITY_TAIL_WORDS.get(last.lower)
            if kind not in FACILITY_KINDS:
                continue
            surface = self.text[toks[run[0]].start:last.end]
            if self._has_name_kept(surface) and any(c["name_similarity"] >= 0.95 and c.get("kind") in FACILITY_KINDS
                                              for c in self.shared_candidates_of(surface, kind)):
                return True
        return False

    def _facility_named_after_a_title(self, run: list[int], k: int) -> int:
        """Is the title run[k] part of a facility's name that the gazetteer knows whole, its
        kind word written before the title in the run ("Camp General Stefanik", UNFICYP's camp
        named after the Slovak general) or straight after the run ("the General Stefanik
        camp")? Camps and forts are named after officers as towns are ("General Santos"): there
        the title says whom the place honours, not who acts. Only a facility (FACILITY_KINDS)
        the whole name matches as written; "Camp commander General Ahmed" is matched by no
        facility and stays a person. Returns the length in words from run[k] (0: none)."""
        toks = self.toks
        kind_first = k > 0 and KIND_WORDS.get(toks[run[0]].lower) in FACILITY_KINDS
        after = (self.next_tokens(run[-1], 1) or [None])[0] if not kind_first else None
        kind_after = after is not None and after.text.islower() and KIND_WORDS.get(after.lower) in FACILITY_KINDS \
            and self._adjacent(toks[run[-1]], after)
        if not (kind_first or kind_after):
            return 0
        for n in range(min(len(run) - k, self.gaz.max_name_tokens), 1, -1):
            s, e = toks[run[0 if kind_first else k]].start, toks[run[k + n - 1]].end
            if kind_after:
                if k + n < len(run):
                    continue  # (the kind word must follow the name itself)
                e = after.end
            name = self.text[s:e]
            if self._has_name_kept(name) and any(c["name_similarity"] >= 0.95 and c.get("kind") in FACILITY_KINDS
                                           for c in self.shared_candidates_of(name, None)):
                return n
        return 0

    def _area_named_after_title(self, run: list[int], k: int) -> int:
        """Does an area's name start at the title word run[k] ("Prince Edward Island", "Queen
        Anne's County", "King George Island")? A province, a county or a name ending in its kind
        word, not a town that shares a person's name ("Prince George"). Returns its length in
        words (0: none)."""
        toks = self.toks
        for n in range(min(len(run) - k, self.gaz.max_name_tokens), 1, -1):
            s, e = toks[run[k]].start, toks[run[k + n - 1]].end
            name = self.text[s:e]
            if not self._has_name_kept(name):
                continue
            worded = bool(self.gaz.split_kind(name)[1])
            if any(c["name_similarity"] >= 0.95 and (worded or c.get("kind") in {"admin1", "admin2"}
                                                     and plain(c.get("name") or "") == plain(name))
                   for c in self.shared_candidates_of(name, None)):
                return n
        return 0

    def _place_named_with_title(self, run: list[int], k: int) -> int:
        """Does a place's name open with the title run[k] ("Sheikh Radwan", "Sheikh Zuweid",
        "Sheikh Miskin": PLACE_NAMING_TITLES)? Arabic quarters and towns are named after the holy
        man buried there, so a 'Sheikh X' the gazetteer knows whole is a place -- unless the
        sentence treats it as a person: a noun for a person stands before it ("the cleric Sheikh
        X": PERSON_NOUNS_BEFORE_TITLE), a patronymic goes on after it ("Sheikh Mohammed bin
        Zayed"), or a verb of speech or a person's act follows it ("Sheikh Hasina said", "Sheikh
        Tamim met", ", who"). Returns the name's length in words (0: none, or a person's)."""
        toks = self.toks
        if toks[run[k]].lower not in PLACE_NAMING_TITLES:
            return 0
        before = self.prev_word(run[k], 1) if k == 0 else None
        if before and before[-1].lower in PERSON_NOUNS_BEFORE_TITLE and before[-1].text[:1].islower():
            return 0  # "the cleric Sheikh X", "tribal elders Sheikh X": a person named by what he is
        for n in range(min(len(run) - k, self.gaz.max_name_tokens), 1, -1):
            s, e = toks[run[k]].start, toks[run[k + n - 1]].end
            name = self.text[s:e]
            if not self._has_name_kept(name) or not any(c["name_similarity"] >= 0.9
                                                   for c in self.shared_candidates_of(name, None)):
                continue
            if k + n < len(run) and toks[run[k + n]].lower in PATRONYMIC_WORDS:
                return 0
            if self._person_act_after(run[k + n - 1]):
                return 0
            return n
        return 0

    def _titled_town_after_a_word_of_place(self, run: list[int], k: int) -> int:
        """Is the run a town the gazetteer knows whole by a title and a surname ("General
        Santos", "General Farfán", "Coronel Oviedo": towns of Latin America and the Philippines
        named after an officer), written straight after a preposition of place or a verb of
        movement ("flown to General Santos", "patrols left General Farfán": LOCATIVE_PREPS)?
        There the words say where, not who: an officer is met or quoted, not gone to. Only a
        city, town or village the whole run matches as written (not "King Edward" of "King
        Edward Street"), the title an officer's rank (_OFFICER_RANKS), and not when a verb of speech or a
        person's act follows ("... to General Santos, who said"). Also the later item of a short
        list after such a preposition, after "and" ("near Putre and General Lagos": the run's
        words from ``k``, _listed_after_a_place_word). Its length in words (0: none)."""
        toks = self.toks
        if toks[run[k]].lower not in _OFFICER_RANKS:
            return 0
        before = self.prev_word(run[k], 2)
        if before and before[-1].lower == "and" and self._listed_after_a_place_word(run[k]):
            pass  # "patrols near Putre and General Lagos": the list's later town
        elif k != 0 or not before or before[-1].lower not in LOCATIVE_PREPS or not before[-1].text[:1].islower() \
                or (len(before) == 2 and before[0].lower in ("according", "told", "said", "spoke", "talked")):
            return 0
        n = len(run) - k
        if n > self.gaz.max_name_tokens:
            return 0
        name = self.text[toks[run[k]].start:toks[run[-1]].end]
        if not self._has_name_kept(name) or not any(
                c["name_similarity"] >= 0.95 and c.get("kind") in SETTLEMENT_KINDS
                for c in self.shared_candidates_of(name, None)):
            return 0
        return 0 if self._person_act_after(run[-1]) else n

    def _listed_after_a_place_word(self, i: int) -> bool:
        """Is the token i the first word after "and" closing a short list of capitalised names
        that opens straight after a preposition of place in lower case ("near Putre and General
        Lagos", "from Davao and General Santos": LOCATIVE_PREPS), within one sentence? The
        names before "and" are at most _LISTED_NAME_WORDS words (commas between them allowed)."""
        toks = self.toks
        j, words = i - 2, 0  # (i - 1 is the "and")
        while j >= 0 and toks[j].sentence == toks[i].sentence and words <= _LISTED_NAME_WORDS:
            t = toks[j]
            if t.text == ",":
                j -= 1
                continue
            if not t.is_word or not t.text[:1].isupper():
                return words > 0 and t.lower in LOCATIVE_PREPS and t.text.islower()
            words += 1
            j -= 1
        return False

    def _person_act_after(self, i: int) -> bool:
        """Is the token i followed, in its sentence, by a verb of speech or a person's act
        (SPEECH_VERBS, PERSON_ACT_VERBS), straight or after a comma ("Sheikh Tamim, who")?"""
        toks = self.toks
        for j in range(i + 1, min(i + 3, len(toks))):
            t = toks[j]
            if t.sentence != toks[i].sentence:
                return False
            if t.text == "," and j == i + 1:
                continue
            return t.lower in SPEECH_VERBS or t.lower in PERSON_ACT_VERBS
        return False

    def _person_fate_after(self, i: int) -> bool:
        """Is token i followed, in its sentence, by what befalls a person (PERSON_FATE_WORDS),
        straight or after up to two auxiliaries ("was killed", "has been arrested", "died")?"""
        toks = self.toks
        for j in range(i + 1, min(i + 4, len(toks))):
            t = toks[j]
            if t.sentence != toks[i].sentence:
                return False
            if t.lower not in PERSON_FATE_AUXILIARIES:
                return t.lower in PERSON_FATE_WORDS
        return False

    def _facility_short_form_as_a_person(self, run: list[int], words: list[Token]) -> bool:
        """'Rafic Hariri was killed', 'Jomo Kenyatta said', 'Jose Maria Cordova led the army': two
        or three words the index knows only as the short name of a facility named for the person
        ("Beirut Rafic Hariri International Airport") are the person's name where the sentence
        treats them as a person -- a verb of speech, a person's act (_person_act_after) or fate
        (_person_fate_after) follows, or any finite verb they are the subject of
        (_subject_of_a_finite_verb, s59 gaz110) -- and no facility word does ("Rafic Hariri
        airport" stays the airport), and no locative preposition stands before them ("officers
        at Peñas Blancas said": where they said it; "flew into Jomo Kenyatta": the airport). A
        titled name ("President ...") is a person's already. (s58 gaz109)"""
        toks = self.toks
        j = run[-1] + 1
        if j >= len(toks) or toks[j].sentence != toks[j - 1].sentence \
                or not (toks[j].text == "," or toks[j].text.islower()):
            return False  # (read in place: most runs end before a capital, a point or the sentence's end)
        nxt = toks[j]
        # (a verb of the name may stand in a lower-case word that is no stopword; after a comma or
        # a stopword only a listed act or fate: ", who", "was killed")
        told = self._person_act_after(run[-1]) or self._person_fate_after(run[-1])
        if not told and not (nxt.is_word and nxt.lower not in STOPWORDS and self._adjacent(toks[j - 1], nxt)
                             and self._may_be_the_subject(run, words)):
            return False  # (asked before the index: a spelling met first costs a look-up, ~50,000 instructions)
        surface = self.text[words[0].start:words[-1].end]
        if not self._has_name_kept(surface):
            return False  # (kept across documents: the scan asks most runs' words already)
        if not (self.has_name(surface + " International Airport") or self.has_name(surface + " Airport")):
            return False  # (no airport of the name: no look-up of the words, ~1 M instructions each)
        if self._after_locative(run[0]):
            return False
        cands = self.shared_candidates_of(surface, None)
        if not cands or not all(c.get("kind") in FACILITY_KINDS and "short_form" in (cold(c, "features") or ())
                                for c in cands):
            return False
        if self._an_airport_s_traffic_after(run[-1]):
            return False  # ("Jomo Kenyatta welcomed fewer passengers": the airport's traffic, s60 gaz111)
        # (not told: _may_be_the_subject said yes above, so _no_subject_by_its_neighbours said False there)
        return told or self._subject_of_a_finite_verb(run, neighbours_asked=True)

    def _may_be_the_subject(self, run: list[int], words: list[Token]) -> bool:
        """Can _subject_of_a_finite_verb hold of the name, by its words and theirs around it alone:
        not everyday words only (they are no airfield's short name to the scan, "Natural Selection
        sells": no person of them is asked either, nor the tagger loaded for them), and no
        article, auxiliary or airport's verb beside it (_no_subject_by_its_neighbours)?"""
        return not self._no_subject_by_its_neighbours(run) and not all(is_common_word(w.text) for w in words)

    def _subject_of_a_finite_verb(self, run: list[int], neighbours_asked: bool = False) -> bool:
        """Is the name of ``run`` the subject of the finite verb right after it, by the parts of
        speech of its sentence (read.syntax's tagger: the verb's tag, and a past form the tagger
        calls a participle where an object or a complement follows it, "led the country"), the
        verb none an airport does (FACILITY_SUBJECT_VERBS: "reopened", "remained shut") nor an
        auxiliary or modal alone (FINITE_AUXILIARIES: "was", "will"), and no verb before the
        name that would make it an object ("guarded Jomo Kenyatta reopened", a speech verb
        excepted: "said Jomo Kenyatta led")? A person acts so; a facility's short name is
        written so of its person. Asked only of the rare names the index knows only as an
        airport's short name. (s59 gaz110) ``neighbours_asked``: the caller asked
        _no_subject_by_its_neighbours of the run already, and it said False (s61 speed164)."""
        if not neighbours_asked and self._no_subject_by_its_neighbours(run):
            return False  # (the tagger, ~20 M instructions to load in a `places` run, not asked)
        from ..read import syntax  # (the tagger: loaded only for such a name)
        toks = self.toks
        first, last = toks[run[0]], toks[run[-1]]
        after = self.next_tokens(run[-1], 3)
        before = self.prev_word(run[0], 1)
        start = before[0].start if before else first.start
        tagged = syntax.analyse(self.text, start, after[-1].end if after else last.end)
        prior = [t for t in tagged if t.end <= first.start]
        rest = [t for t in tagged if t.start >= last.end]
        if not rest:
            return False
        verb = rest[0]
        word = verb.text.lower()
        if word in FACILITY_SUBJECT_VERBS or word in FINITE_AUXILIARIES:
            return False
        if prior and (prior[-1].tag.startswith("VB") and prior[-1].text.lower() not in SPEECH_VERBS
                      or prior[-1].text.lower() in _ARTICLES):
            return False  # (an object, or a thing with its article: "the Jomo Kenyatta")
        if verb.tag in ("VBD", "VBZ", "VBP"):
            return True
        return verb.tag == "VBN" and len(rest) > 1 and rest[1].text.lower() != "by" \
            and rest[1].tag.startswith(("DT", "PRP", "NN", "JJ", "CD"))

    def _no_subject_by_its_neighbours(self, run: list[int]) -> bool:
        """Does _subject_of_a_finite_verb say no for a reason its words give without their tags:
        an article the word before the name ("a Jomo Kenyatta flight"), or the word after it an
        auxiliary, a modal or a verb an airport does ("... was", "... reopened")? Asked first, so
        the tagger is loaded only where the tags decide (s60 speed158). Only where the tagger's own
        tokens are these words: each set off by spaces, the word after ending before no
        apostrophe, hyphen, letter or digit (where it would take them in: "isn't", "re-opened")."""
        toks, text = self.toks, self.text
        first, last = toks[run[0]], toks[run[-1]]
        before = self.prev_word(run[0], 1)
        if before and before[-1].lower in _ARTICLES and text[before[-1].end:first.start].isspace():
            return True
        j = run[-1] + 1
        if j >= len(toks) or toks[j].sentence != last.sentence:
            return False
        nxt = toks[j]
        if not (nxt.lower in FINITE_AUXILIARIES or nxt.lower in FACILITY_SUBJECT_VERBS) \
                or not text[last.end:nxt.start].isspace():
            return False
        follow = text[nxt.end:nxt.end + 1]
        return not (follow.isalnum() or follow in _TAGGER_WORD_JOINERS)

    def _longer_facility_short_form_as_a_person(self, run: list[int], words: list[Token]) -> int | None:
        """Where in ``words`` a person of _facility_short_form_as_a_person starts in a run of more
        than two words: three words of a name ("Jose Maria Cordova"), or two or three after a
        sentence's opening stopword that the run took in ("After Jomo Kenyatta founded"); else None."""
        if words[0].lower in _ARTICLES:
            return None  # ("The Jomo Kenyatta handled ...": the facility, as an article says)
        k = 1 if words[0].lower in STOPWORDS else 0
        name = words[k:]
        if len(name) > 3:
            return None
        shaped = self._two_words_of_a_name(name) if len(name) == 2 else self._three_words_of_a_name(name)
        # (the shape asked first: a few token tests, where the short-form test looks up a spelling
        # most often met first here, ~50,000 instructions)
        return k if shaped and self._facility_short_form_as_a_person(run[k:], name) else None

    def _three_words_of_a_name(self, words: list[Token]) -> bool:
        """_two_words_of_a_name of three words ("Jose Maria Cordova")."""
        return self._two_words_of_a_name(words[:2]) and self._two_words_of_a_name(words[1:])

    def _two_words_of_a_name(self, words: list[Token]) -> bool:
        """Are the two words of a run written side by side, each a word, none in capitals only, a
        connector or a title? What each of the three two-word person tests below asks first: asked
        once for all three (each asked it again of the same two words: ~1,700 runs a batch; speed135)."""
        first, second = words
        return self._adjacent(first, second) and not any(
            w.text.isupper() or not w.is_word or w.lower in CONNECTORS or w.lower in HONORIFICS for w in words)

    def _person_named_like_a_place(self, run: list[int], words: list[Token]) -> bool:
        """'Chad Williams, a spokesman, said', 'Israel Katz said', 'the analyst Sydney Freedberg':
        two capitalised words side by side, the first a famous place's name that is also a
        given name (Chad, Israel, Sydney, Georgia: the scanner drops a lesser place beside an
        unknown word as a person's, a famous one it keeps), are one person's name when the
        sentence treats them as a person -- a verb of speech or a person's act follows
        (_person_act_after), a person's noun stands in apposition after a comma
        (_person_noun_after_comma) or right before them in lower case (PERSON_NOUNS) -- and:
        no article stands right before them ("the Arizona Republican asked": a person of that
        place); the second word is no famous place itself ("Overall Edmonton received", "SOS
        Villages Sudan said": the place is named), no kind, unit, landmark, body's or outlet's
        word ("Enfield Borough, said", "Kyiv Post said") and no weekday; and the gazetteer knows
        no place by the two words ("Victoria Falls"). (Not an everyday-word test on the second
        word: common surnames are frequent English, "Williams" as often as "valley".)"""
        first, second = words  # (_two_words_of_a_name holds: the caller asks it first)
        if second.lower in _NO_SURNAME_WORDS or self._demonym_kept(second.text) or self._demonym_kept(first.text):
            return False
        before = self.prev_word(run[0], 1)
        if before and before[-1].lower in ("the", "a", "an"):
            return False
        told = (before and before[-1].lower in PERSON_NOUNS and before[-1].text.islower()) \
            or self._person_act_after(run[-1]) or self._person_noun_after_comma(run[-1])
        return bool(told) and self._famous_place(first.text) and not self._famous_place(second.text) \
            and not self._full_name_from(run, 0)

    def _given_name_of_a_place_before_a_surname(self, run: list[int], words: list[Token]) -> bool:
        """'Victoria Nuland arrived in Kyiv', 'Sydney Kaplan flew to Tbilisi': two capitalised
        words side by side, the first a common given name that is also a famous place's
        (GIVEN_NAMES_OF_PLACES), are one person's name with no further sign of a person, unless a
        place sign says otherwise: an article or a locative word right before ('the Georgia
        Dome', 'left Sydney Monday'), a second word that is a kind, unit, landmark, feature's,
        body's or outlet's word ('Victoria Falls', 'Sydney Harbour', 'Victoria Police', 'Jordan
        Times'), a weekday or month, a demonym or itself a famous place ('Jordan Syria'), or a place
        the gazetteer knows by the two words. (The second word is not asked to be no place at all:
        most surnames are a village somewhere, Nuland in the Netherlands, Kaplan in Louisiana.)"""
        first, second = words  # (_two_words_of_a_name holds: the caller asks it first)
        if first.lower not in GIVEN_NAMES_OF_PLACES:
            return False
        if second.lower in _NO_SURNAME_WORDS or second.lower in FEATURE_HEADS_AFTER \
                or self._demonym_kept(second.text) or self._demonym_kept(first.text):
            return False
        before = self.prev_word(run[0], 1)
        if before and (before[-1].lower in ("the", "a", "an") or before[-1].lower in LOCATIVE_PREPS):
            return False
        return not self._famous_place(second.text) and not self._full_name_from(run, 0)

    def _surname_that_is_a_province_s_other_name(self, run: list[int], words: list[Token]) -> bool:
        """'Barnes Wallis designed the bomb', Wallis read as Valais (its German name): two
        capitalised words side by side, the second read first as a province or district called
        otherwise in English (another language's name of it, PROVINCE_KINDS_BY_OTHER_NAME), the
        first a word that is neither an everyday English word ('Occupied', 'Upper', a weekday)
        nor written like an adjective or participle ('Annexed', _ADJECTIVE_ENDINGS), a
        qualifier, a kind, unit or landmark word, a demonym nor a famous place, with no article
        or locative word before them and no place the gazetteer knows by both words: a given
        name and a surname. English writes a province by its own or its English name,
        after a word of place ('from Wallis', 'Wallis and Bern'), and a word before an exonym
        is no part of its name. (Not asked that the first word be a listed given name: given
        names are too many to list, 'Barnes' among them.)"""
        first, second = words  # (_two_words_of_a_name holds: the caller asks it first)
        if first.lower in _NO_SURNAME_WORDS or first.lower in NAME_QUALIFIERS or second.lower in _NO_SURNAME_WORDS \
                or second.lower in FEATURE_HEADS_AFTER or is_common_word(first.text) \
                or (first.lower.endswith(_ADJECTIVE_ENDINGS) and first.lower not in GIVEN_NAMES) \
                or self._demonym_kept(first.text) or self._demonym_kept(second.text):
            return False
        before = self.prev_word(run[0], 1)
        if before and (before[-1].lower in ("the", "a", "an") or before[-1].lower in LOCATIVE_PREPS):
            return False
        if not self._has_name_kept(second.text) or self._famous_place(first.text) or self._full_name_from(run, 0):
            return False
        cands = self.shared_candidates_of(second.text, None)
        best = max(cands, key=lambda c: c.get("score", 0.0), default=None)
        return best is not None and best.get("kind") in PROVINCE_KINDS_BY_OTHER_NAME \
            and best.get("name_similarity", 0.0) >= 0.95 and plain(best.get("name") or "") != plain(second.text)

    def _famous_place(self, word: str) -> bool:
        """Is ``word`` the very name of a country, a province or a place at least
        FAMOUS_GIVEN_NAME_IMPORTANCE?"""
        return self._has_name_kept(word) and any(
            c.get("name_similarity", 0.0) >= 0.95 and ((c.get("importance") or 0.0) >= FAMOUS_GIVEN_NAME_IMPORTANCE
                                                      or c.get("kind") in {"country", "admin1"})
            for c in self.shared_candidates_of(word, None))

    def _person_noun_after_comma(self, i: int) -> bool:
        """Is the token i followed by a comma, an article or none, and within two more lower-case
        words a title or a person's noun (HONORIFICS, PERSON_NOUNS): ", a spokesman", ", the army
        spokeswoman", ", a senior analyst"?"""
        toks = self.toks
        j = i + 1
        if j >= len(toks) or toks[j].text != "," or toks[j].sentence != toks[i].sentence:
            return False
        j += 1
        if j < len(toks) and toks[j].text in ("a", "an", "the"):
            j += 1
        for t in toks[j:j + 3]:
            if t.sentence != toks[i].sentence or not t.text.islower():
                return False
            if t.lower in HONORIFICS or t.lower in PERSON_NOUNS:
                return True
        return False

    def _full_name_from(self, run: list[int], k: int) -> bool:
        """Does a place name start at run[k] and cover more than one token? ('George Town')"""
        return self._name_reaches(run, k, k + 1)

    def _name_over_given_name(self, run: list[int], k: int) -> bool:
        """Does a place name that starts a word or two before run[k] cover it and the word after
        it? ("Second Thomas Shoal", "Cape St. George"): the given name is part of that name,
        no person's."""
        return any(self._name_reaches(run, j, k + 1) for j in range(max(0, k - 2), k))

    def _name_reaches(self, run: list[int], j: int, last: int) -> bool:
        """Is a name the gazetteer knows (a reading spelled as written) run[j..m], for some m
        >= last? Tried longest first."""
        toks = self.toks
        for m in range(min(len(run) - 1, j + self.gaz.max_name_tokens - 1), last - 1, -1):
            s, e = toks[run[j]].start, toks[run[m]].end
            if self._has_name_kept(self.text[s:e]) and any(
                    c["name_similarity"] >= 0.95 for c in self.shared_candidates_of(self.text[s:e], None)):
                return True
        return False


def _capitals_before_a_name(word: str, following: str) -> bool:
    """'DR Congo': a title written in capitals before a word that is not is an abbreviation
    (the Democratic Republic), not 'Dr'; in a line of capitals ('DR. JOHN ...') it is a title."""
    return len(word.rstrip(".")) > 1 and word.isupper() and not following.isupper()
_PATTERNS.save()
