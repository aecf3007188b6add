"""Persons and places that share a name: which one a word means where the text names both
(s60 gaz111).

A word the text gave a person ("Maria Palma", later "Palma") is dropped wherever it stands alone,
and a run the text writes like a person's name is the person's. Four constructions decide otherwise,
each from the sentence itself:

- initials before a surname of two words ("M. A. Van Buren", "A. De Soto"): the person, as one
  word after initials already was (persons._after_initials);
- a place role before the person's word ("the ship docked in Palma", "flew to Palma", "docked on
  Monday in Palma"): the verb moves something to a place, whoever bears the name elsewhere;
- a small field named like the person ("John Smith said ...; landed at Smith airport"): read only
  where a place the text reads lies near it (on either side of a provincial line) or is its
  province, or where it is an airport with a code of its own (the airports news names: "Kenyatta
  airport"); otherwise the words are the person's;
- what follows a facility's short name and its verb ("Jomo Kenyatta recorded delays", "...
  recorded the highest passenger numbers"): an airport's traffic as the object, or a measure of
  it, says the airport is the subject.

Every test here is asked only where its cheap pre-test holds (a person's word of the text, a run
after an initial's point, a name the index knows only as an airport's short form), so a text
that names no such person pays nothing for them.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..distance import haversine_km
from ..gazetteer.ranking import PERSON_S_FIELD_NEAR_KM
from ..wordlists import CONNECTORS, KIND_AFTER, ORG_SUFFIXES, SPEECH_VERBS, STOPWORDS
from .words import FACILITY_KINDS

_DATA = json.loads(Path(__file__).with_name("person_or_place.json").read_text(encoding="utf-8"))
ROLE_VERBS = frozenset(_DATA["role_verbs"])
ROLE_PREPOSITIONS = frozenset(_DATA["role_prepositions"])
ROLE_PARTICLES = frozenset(_DATA["role_particles"])
ROLE_PHRASE_HEADS = frozenset(_DATA["role_phrase_heads"])
ROLE_PHRASE_LINKS = frozenset(_DATA["role_phrase_links"]) | ROLE_PARTICLES
DIRECT_ROLE_VERBS = frozenset(_DATA["direct_role_verbs"])
AIRPORT_TRAFFIC_NOUNS = frozenset(_DATA["airport_traffic_nouns"])
TRAFFIC_MEASURE_NOUNS = frozenset(_DATA["traffic_measure_nouns"])
# what may follow a noun that closes a phrase without making it a possessive ("the passenger
# figures' authors": the figures are not the object's head)
_POSSESSIVE_MARKS = frozenset(("'", "\u2019", "'s", "\u2019s"))

# an airport the index gives a code of its own (the IATA code: gazetteer_build rates such an
# airport 0.45, a base 0.4, a field with none 0.25) is one the news names by the person it
# honours; a field with none is most often its owner's, named like anyone of the surname
NAMED_AIRPORT_IMPORTANCE = 0.4
# how many words a surname after initials may have ("Van Buren", "De la Cruz")
_SURNAME_WORDS = 3
# how many tokens a phrase of time or manner between a role verb and its preposition may have
# (", on 4 May ,": five; "late on Friday": three): a longer one is a clause of its own, whose
# words may send the name to a person
_ROLE_PHRASE_TOKENS = 6


class PersonsNamedLikePlaces:
    """The four tests above, as methods of the finder (its tokens, person_words, mentions)."""

    def _surname_of_words_after_initials(self, run: list[int]) -> dict[int, str]:
        """'M. A. Van Buren', 'A. De Soto', 'P. L. Santa Cruz': a run of two or three words, each
        capitalised or a surname's particle, none a kind or an organisation's word, right after
        initials (persons._after_initials: not a compass letter, not a country's letters, not
        an address's "D. C."). A place is not written after a person's initials, so the run is the
        person's, every word of it, and later the surname alone is too. (Asked only of a run after
        a point in its own sentence.)"""
        toks = self.toks
        if len(run) > _SURNAME_WORDS:
            return {}
        for i in run:
            t = toks[i]
            if not t.is_word or t.text.isupper() or t.lower in KIND_AFTER or t.lower in ORG_SUFFIXES \
                    or not (t.text[:1].isupper() or t.lower in CONNECTORS):
                return {}
        if not self._after_initials(run[0]):
            return {}
        words = " ".join(toks[i].text for i in run)
        self.person_words.add(words)
        self.person_words.add(toks[run[-1]].text)
        return {i: "person" for i in run}

    def _person_s_words_again(self, run: list[int]) -> dict[int, str]:
        """The person's marks where the run, of two or three words (after a sentence's opening
        stopword the run took in: "Later Van Buren"), is a person's name of more than one word the
        text gave before, written again alone ("M. A. Van Buren spoke ... Later Van Buren flew"),
        and not in a place role. As a one-word surname is the person's later (scan, acceptance), so
        is a surname of two. (Asked only where the run's last word is a person's word.)"""
        toks = self.toks
        if toks[run[0]].lower in STOPWORDS:
            run = run[1:]
        if len(run) < 2 or len(run) > _SURNAME_WORDS:
            return {}
        if " ".join(toks[i].text for i in run) not in self.person_words or self._person_s_word_in_a_place_role(run[0]):
            return {}
        return {i: "person" for i in run}

    def _person_s_word_in_a_place_role(self, i: int) -> bool:
        """Is token ``i`` (a word the text gave a person) in a place role: after a verb that moves
        something somewhere and its preposition ("docked in", "flew back to": ROLE_VERBS,
        ROLE_PARTICLES, ROLE_PREPOSITIONS) or straight after a verb whose object is a place
        (DIRECT_ROLE_VERBS: "entered", "shelled")? Then the word names the place, whoever bears
        the name elsewhere in the text."""
        if i < 1:
            return False
        toks = self.toks
        sentence = toks[i].sentence
        prev = toks[i - 1]
        if prev.sentence != sentence:
            return False
        if prev.lower in DIRECT_ROLE_VERBS:
            return True
        if prev.lower not in ROLE_PREPOSITIONS or prev.text != prev.lower or i < 2:
            return False
        j = i - 2
        if toks[j].lower in ROLE_PARTICLES and toks[j].lower not in ROLE_VERBS and j >= 1:
            j -= 1
        if toks[j].sentence == sentence and toks[j].lower in ROLE_VERBS:
            return True
        return self._role_verb_before_a_phrase(i - 2, sentence)

    def _role_verb_before_a_phrase(self, j: int, sentence: int) -> bool:
        """Is a phrase of time or manner, ending at token ``j`` right before a role preposition,
        all that stands between it and a role verb ("docked on Monday in", "arrived at dawn in",
        "sailed without incident to", "docked, on 4 May, at": ROLE_PHRASE_HEADS end it,
        ROLE_PHRASE_LINKS and commas make up the rest, at most _ROLE_PHRASE_TOKENS)? The phrase
        tells when or how the move happened, so the role is the verb's as if nothing stood
        between. (Its pre-test: the token before the preposition may end such a phrase.)"""
        toks = self.toks
        last = toks[j]
        if not (last.lower in ROLE_PHRASE_HEADS or last.text == "," or last.text.isdigit()):
            return False
        for k in range(j - 1, max(j - _ROLE_PHRASE_TOKENS, 0) - 1, -1):
            t = toks[k]
            if t.sentence != sentence:
                return False
            if t.lower in ROLE_VERBS and t.text == t.lower:  # (not "March": a month, written so)
                return True
            if not (t.lower in ROLE_PHRASE_LINKS or t.lower in ROLE_PHRASE_HEADS or t.text == ","
                    or t.text.isdigit()):
                return False
        return False

    def _person_s_word_dropped(self, m: dict, best: dict, mentions: list[dict]) -> bool:
        """Acceptance's test of a one-word mention the text gave a person (``m``, read as
        ``best``): dropped unless the words name a place after all -- a facility or port word
        after it that the reading agrees with (facilities._person_s_word_read_as), but not a
        person's small field far from the text's places, or a place role before it where no
        facility word follows ("landed at Palma airport": the role is the airport's, and an
        airport the index lacks may be named for the person, so no town of the name is read)."""
        if self._person_s_word_read_as(best, m["surface"], m["tok"]):
            return self._person_s_field_far_from_the_text(m, best, mentions)
        return not self._person_s_word_in_a_place_role(m["tok"]) or self._facility_word_after(m["tok"])

    def _person_s_field_far_from_the_text(self, m: dict, best: dict, mentions: list[dict]) -> bool:
        """Is ``best``, a facility read for a person's word before a facility word ("John Smith
        said ...; landed at Smith airport"), a field with no code of its own (importance below
        NAMED_AIRPORT_IMPORTANCE: a private strip of the surname) that no other place of the text
        backs (_field_backed_by_the_text)? Then nothing in the text puts the story there, and the
        words are the person's name for a place the index lacks. An airport with a code
        ("Kenyatta airport": the one named for the president) and a backed field stay read."""
        if best.get("kind") not in FACILITY_KINDS or (best.get("importance") or 0.0) >= NAMED_AIRPORT_IMPORTANCE:
            return False
        return not _field_backed_by_the_text(m, best, mentions)

    def _an_airport_s_traffic_after(self, last: int) -> bool:
        """Does the verb after a facility's short name (ending at token ``last``) take an
        airport's traffic as its object ("recorded delays", "cancelled twelve flights", "welcomed
        fewer passengers": AIRPORT_TRAFFIC_NOUNS within the three words after the verb, before
        any punctuation, and the object's last noun: a stopword, a point or the sentence's end
        after it, not another noun, "met airline chiefs")? Then the airport is the subject,
        whatever the verb; a verb of speech takes a clause, not an object, so it is not asked."""
        after = self.next_tokens(last, 6)
        if len(after) < 2 or after[0].lower in SPEECH_VERBS or not after[0].is_word:
            return False
        for k in range(1, min(len(after), 4)):
            t = after[k]
            if not t.is_word:
                return False
            if t.lower in AIRPORT_TRAFFIC_NOUNS:
                nxt = after[k + 1] if k + 1 < len(after) else None
                if nxt is None or not nxt.is_word or nxt.lower in STOPWORDS or nxt.lower in AIRPORT_TRAFFIC_NOUNS:
                    return True
                if nxt.lower in TRAFFIC_MEASURE_NOUNS:
                    return _a_measure_s_phrase_ends(after, k + 2)
        return False


def _a_measure_s_phrase_ends(after: list, m: int) -> bool:
    """Does the object end before ``after[m]``, right after a noun measuring an airport's traffic
    ("the highest passenger numbers while ...": a stopword, a point or the sentence's end), so that
    the measure is its head, and not a possessive ("the passenger figures' authors")?"""
    if m >= len(after):
        return True
    t = after[m]
    if t.is_word:
        return t.lower in STOPWORDS
    return t.text not in _POSSESSIVE_MARKS


def _field_backed_by_the_text(m: dict, best: dict, mentions: list[dict]) -> bool:
    """Does another place the text reads (not dropped) back the field ``best`` read for ``m``: lie
    within PERSON_S_FIELD_NEAR_KM of it, on whichever side of a provincial line ("... in Beloit
    ... Miller airport": South Beloit's strip in Illinois), or be the province it lies in ("the
    troops were in Kansas")? A province is an area the text puts the story in; a town backs only
    the fields about it, not every field of a province as large as Texas (s61 gaz112: the test
    compared provinces alone, and a town a few km across the line did not back the field)."""
    country, province = best.get("country"), best.get("admin1")
    lat, lon = best.get("lat"), best.get("lon")
    for other in mentions:
        if other is m or other.get("drop") or not other.get("cands"):
            continue
        c = other["cands"][0]
        if province and c.get("kind") == "admin1" and c.get("country") == country and c.get("name") == province:
            return True
        if lat is not None and c.get("lat") is not None \
                and haversine_km(lat, lon, c["lat"], c["lon"]) <= PERSON_S_FIELD_NEAR_KM:
            return True
    return False
