"""Status per clause: reported, denied, negated, planned, background or static, with the
named check that decided it (its ``why``)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from . import lazy
from .denial_scope import denial_of_the_move
from .subject_relative_time import in_subject_relative, year_of_the_clause
from .made_to_move import made_to_before_clause
from .place_relative_aside import in_place_aside, without_place_asides
from .lexicon import (_CLAIM_VERDICT_AFTER, _CLAIM_VERDICT_AFTER_GATE, _CLAIMED_BEFORE, _DEMANDED_THAT, _LONG_PERFECT_AT_VERB, _MONTHS_FRAME, _PERFECT_AT_VERB,
                      _QUESTION_MARK, _QUESTION_OPENING, _SENTENCE_MARKS, _WHETHER_BEFORE)
from .kept import recompile as _recompile
from ..gates import folded
from .retrospective import looks_back
from .year_told_before import MONTHS_BACK, months_before, year_told_before_opening
from .compared_aside import compared_aside
from ..dates import MONTH_NAMES
from .corrections import retracted
from .move_as_noun import verb_used_as_noun
from .called_untrue import called_untrue
from .denied_clause import denied_after, denied_within
from .designators import negation_outside_designators
from .unclear_detail import negation_not_of_a_detail
from .hypothetical import inverted_conditional, told_in_a_scenario
from .participle_of_plan import participle_of_plan
from .reported_pluperfect import done_by_a_day, told_move_in_speech
from .withdrawn_deployment import deployment_relative, in_deployment_relative
from .presence_relative import without_presence_relative
from .put_off import put_off_before, put_off_predicate
from .negated_predicate import negation_of_the_move
from .deploying_now import deploying_now
from .could_be_seen import could_be_seen
from .subject_relative_modal import modal_of_the_subject_s_relative
from .ordered_goods import ordered_as_goods, without_purchase
from .earlier_occasion import earlier_occasion
from .ship_at_berth import ships_at_berth
from .habit_in_aside import subject_aside_around
from .not_established import not_shown_before
from .flies_from_base import flies_from_base
from .perfect_since import since_then_over_months, summed_since
from .series_since import without_series_since
from .verb_in_aside import verb_aside_end
from .hedged_perfect import hedged_perfect_passive
from .place_apposition import APPOSED_PLACE, APPOSED_PLACE_CONTACT
from .demand_or_evidence import told_as_done
from .trend_of_moves import trend_of_moves
from .last_years import dates_another_event
from .relieved_presence import in_relieved_units_relative
from .participle_after_event import participle_after_event
from .deployed_subject import deployed_subject_stays
from .lexicon import (_AGGREGATE, _ASIDE, _PRESENCE_ASIDE, _BACKGROUND, _CEASED, _DENIAL, _EARLIER_PLURAL, _FALSE_AFTER, _DENIED_PASSIVE_AFTER, _GROUP_SIZE, _HABITUAL_GATE, _HABITUAL_AT_VERB,
                      _IN_YEAR, _INFINITIVE_OK, _MODAL, _MODAL_GATE, _NEGATION, _PRESENCE, _PRESENCE_AFTER,
                      _REPORTS_THAT, _STATIC_VERB, _TIME_FRAME, _stem)

# rules asked only behind a gate of this module: imported at their first call (read.lazy)
attributed_then_denied = lazy.function(".attributed_denied", "attributed_then_denied", globals())
nothing_shows = lazy.function(".no_evidence", "nothing_shows", globals())
one_movement_over_weeks = lazy.function(".perfect_weeks", "one_movement_over_weeks", globals())


# "flights to X were suspended": the movement noun's predicate calls it off (one put off to a
# later time, "postponed", "delayed", is still to come: read.put_off, planned)
# (and a state that goes on: "convoys to Walikale remain suspended", "stay blocked", read108)
_CALLED_OFF = _recompile(r"^[^.;]{0,60}?\b(?:was|were|has\s+been|have\s+been|had\s+been|is|are|remain(?:s|ed)?|stay(?:s|ed)?)\s+(?:\w+ly\s+)?"
                         r"(?:suspended|cancell?ed|canceled|halted|stopped|called\s+off|banned|blocked)\b", re.I)
# "the redeployment of units to X is planned for December": the movement noun's predicate
# tells a plan, not a move (as _CALLED_OFF tells one called off); or a forecast ("further
# reinforcements to X are likely next week", s42 read114), but not a hedged past ("were likely
# sent", "are likely to have arrived"): "likely" only before a time, a stop or "to" + a plan
_PLANNED_PREDICATE = _recompile(r"^[^.;]{0,80}?\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
                                r"(?:planned|scheduled|expected|due|set|foreseen|envisaged|proposed|being\s+prepared"
                                r"|(?:un)?likely(?=\s*(?:[,.;:]|$|(?:to\s+(?!have\b)|in|on|by|before|after|next|this|within|"
                                r"over|soon|later|during|at|from|until|once|when|if)\b)))\b"
                                r"(?!\s+(?:to\s+have|yesterday|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)))", re.I)
# ... and in the present with the day it is awaited: "the deployment of the brigade to X is
# expected on Saturday" (the weekday is kept out of _PLANNED_PREDICATE for a past expectation,
# "was expected on Monday", which may have come true; s43 read116)
_PLANNED_ON_DAY = _recompile(r"^[^.;]{0,80}?\b(?:is|are)\s+(?:\w+ly\s+|now\s+|still\s+|also\s+)?(?:planned|scheduled|expected|due|set)"
                             r"\s+(?:for\s+|on\s+)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
# ... or a modal as the verb of a noun of movement: "any further troop movements to X would
# depend on the situation" (not "the column could be traced back to X": a column is no movement)
# an epistemic modal in the perfect right before the verb: "Russia may have moved 30 launchers",
# "units might already have been sent" -- a past move told with a hedge, not a plan
_HEDGED_PAST_BEFORE = _recompile(r"\b(?:may|might)\s+(?:well\s+|also\s+|already\s+)?have\s+(?:been\s+)?(?:\w+ly\s+)?$", re.I)


def hedged_past(text: str, s: int, verb_at: int, clause: str) -> bool:
    """Is the movement verb at ``verb_at`` told in the perfect after "may" or "might" ("Satellite
    images suggest that Russia may have moved 30 launchers from A toward B"), with no other word
    of plans in its clause? Then it is an uncertain report of a past move (GUIDELINES: told as
    having happened), not a plan. ("could have", "would have" stay: they tell what did not
    happen as often as what did.)"""
    if _HEDGED_PAST_BEFORE.search(text, max(s, verb_at - 40), verb_at) is None:
        return False
    return all(m.group(0).lower() in ("may", "might") for m in _MODAL_GATE.finditer(clause))


# a yes/no question put to someone, after an interviewer's mark or a name called: "Q: General,
# can you confirm reports that ...", "Is it true that ...", "Minister, did the army ..."
# (the interviewer's mark as transcripts print it: "QUESTION: Secretary, is it true that soldiers
# entered X?", "Reporter: Minister, did the brigade move ...?", s41 read111)
_INTERVIEWER_MARKS = ("Q", "Question", "Reporter", "Journalist", "Correspondent")
_ASKED_OPENING = _recompile(r"(?:(?:" + "|".join(_INTERVIEWER_MARKS) + r")\s*[:.\-–]\s*|[\"“]\s*)?(?:(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2},\s*)?"
                            r"(?:can|could|will|would|do|does|did|is|are|was|were|have|has)\s+"
                            r"(?:you|we|they|it|there|the\s+\w+)\b", re.I)
_SENTENCE_START = _recompile(r"(?:^|[.!?]\s+|\n\s*)(?=[^.!?\n]*$)")


@lru_cache(maxsize=4)
def _sentence_marks(text: str) -> list[int]:
    """Where ``text``'s sentence marks are (lexicon.json yes_no_question), found once per text."""
    return [m.start() for m in re.finditer("[" + re.escape(_SENTENCE_MARKS) + "]", text)]


def closes_as_question(text: str, at: int) -> bool:
    """Does the sentence going on at ``at`` close with a question mark (the first sentence mark
    at or after ``at`` is "?")?

    why: a pattern read from each verb to its sentence's close; in one sentence of thousands of
    words (a scraped page with no full stops) that cost grew with the square of its length."""
    marks = _sentence_marks(text)
    k = bisect_left(marks, at)
    return k < len(marks) and text[marks[k]] == _QUESTION_MARK


def asked_of_someone(text: str, verb_at: int, verb_end: int) -> re.Match | None:
    """Is the movement verb at ``verb_at`` inside a yes/no question put to someone, the
    sentence opened by a question's auxiliary and its subject (after "Q:" or a name called),
    closed by a question mark ("Q: General, can you confirm reports that the 82nd Airborne is
    moving to the Middle East?")? Then the move is asked about, not told (GUIDELINES: not
    reported; the answer tells what happened). A question opened by a question word ("Why did
    the army move troops to X?") takes the move as told: not this."""
    if not closes_as_question(text, verb_end):
        return None
    lo = max(0, verb_at - 300)
    start = _SENTENCE_START.search(text, lo, verb_at)
    at = start.end() if start is not None else lo
    opening = _ASKED_OPENING.match(text, at, verb_at)
    return opening


_MODAL_PREDICATE = _recompile(r"^[^.;,]{0,80}?\b(?:would|will|could|might|may|should)\s+(?!have\b)", re.I)
# (and a flight, a convoy or an airlift told as one more to come: "a third flight could be
# organised", "a second convoy would follow" were read as reported, read128)
_MOVEMENT_NOUN = _recompile(r"(?:movement|deployment|redeployment|withdrawal|pull-?out|transfer|rotation|dispatch|"
                            r"departure|arrival|relocation|flight|convoy|airlift|sailing)s?", re.I)
# "were prevented from entering X": the move did not happen
_KEPT_FROM = _recompile(r"\b(?:prevented|stopped|blocked|barred|kept|hindered|banned)\s+(?:\w+\s+){0,2}?from\s+$", re.I)
# a relative clause that closes the sentence: ", where they had been based since 2020."
# (or a noun phrase that says what a place is, with its clause: "..., the town that had been held
# by peacekeepers since 2020": read.place_apposition)
_TRAILING_RELATIVE = _recompile(r",\s*(?:" + APPOSED_PLACE + r"(?:that|which|where|whose)|" + APPOSED_PLACE_CONTACT
                                + r"|where|who|which|whose)\b[^;]*$", re.I)
# a participle phrase that closes the sentence and dates something else in it: ", ending a
# mission begun in 2020", ", joining troops stationed there since 2017" (_trailing_participle_year)
_TRAILING_PARTICIPLE_YEAR = _recompile(
    r",\s*[a-z]+ing\b[^;]*?\b(?:since|(?:begun|started|launched|established|set\s+up|created|founded|built|opened|"
    r"stationed|deployed|based|signed|agreed|held)\s+(?:there\s+|here\s+)?(?:in|since))\s+(?:19|20)[0-9][0-9]\b[^;]*$", re.I)


def without_trailing_participle_year(sentence: str) -> str:
    """``sentence`` without a participle phrase that closes it and tells the year of something
    else: "left A for B on Tuesday, ending a mission begun in 2020" -> "left A for B on Tuesday".

    why: the year of the mission begun (or of troops stationed "since 2017") was read as the
    year of the movement, and a movement of this week was set in the past (background). The
    year must be told by "since" or by a participle of beginning or presence inside the
    phrase; "..., ending the war in 1989" keeps its year (the ending is the movement's)."""
    return _TRAILING_PARTICIPLE_YEAR.sub(" ", sentence)


# a mover told by "any" right before its verb ("any warship entering X would be", "any troops
# that cross into Y will"): whichever might move, a condition or a threat, not a movement told
# (GUIDELINES: hypothetical moves are not reported)
_ANY_MOVER = _recompile(r"\b(?:any|whatever)\s+(?:[\w-]+\s+){0,3}?(?:(?:that|which|who)\s+(?:\w+\s+)?)?$", re.I)


# (opening the sentence: a month and year inside it may date something else, "since the governor
# declared an emergency in March 2025", "operating there since October 2017")
# a sentence opening with a span of years counted from a clause: "Three years after ...", "A
# decade after ...", "Two years since ..." (its verb, before the comma, is that clause's)
_SPAN_AFTER_OPENING = _recompile(r"\s*(?:(?:some|about|nearly|almost|more\s+than|over)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|"
                                 r"[0-9]{1,2}|several|many|a|one)\s+(?:years?|decades?)\s+(?:after|since)\s", re.I)
_IN_MONTH_YEAR = _recompile(r"\s*[\"“]?in\s+(?:(?:early|mid|late)[\s-]+)?(" + MONTH_NAMES + r")\s+((?:19|20)[0-9][0-9])\b", re.I)
_MONTH_NUMBER = {m: k for k, m in enumerate(MONTH_NAMES[3:-1].split("|"), 1)}


def month_a_year_before(sentence: str, published) -> re.Match | None:
    """A month and year opening the sentence ("In July 2021, Kigali flew ...") at least twelve
    months before the publication month: the sentence tells the past, as "In 2021, ..." does
    (past_year), not this month's news ("in December 2023" in a report of January 2024 is).

    why: "In 2021 Kigali flew troops to Pemba" was background and "In July 2021 Kigali flew
    troops to Pemba" reported, in a report of 2026."""
    if published is None:
        return None
    m = _IN_MONTH_YEAR.match(sentence)
    if m is None or looks_back(sentence):
        return None
    back = months_before(published, int(m.group(2)), _MONTH_NUMBER[m.group(1).lower()])
    return m if back >= MONTHS_BACK else None


# a participle of presence opening the sentence, closed by a comma ("Stationed in Gao since 2020,
# the battalion moved to Kidal"): its year dates the presence, as the aside's does (s29m; read
# on the sentence's own string, so "^" is its start)
_FRONTED_PRESENCE = _recompile(r"^\s*(?:(?:long|already|permanently)\s+)?(?:stationed|based|deployed|garrisoned|posted)\s+"
                               r"(?:in|at|near|along|there|here)\b[^,;.]*,", re.I)
# a time years before told at the clause's opening ("Two years ago,", "Last year,", "A decade ago,")
_YEARS_AGO_OPENING = _recompile(
    r"\s*(?:(?:(?:some|about|around|nearly|almost|more\s+than|over|just)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|several|a\s+few|[0-9]{1,2})\s+(?:years?|decades?)\s+ago|(?:last|the\s+previous)\s+year)\b\s*,", re.I)


def without_asides_of_other_times(sentence: str, aside_or_relative) -> str:
    """``sentence`` without what dates something other than its movement: a relative aside
    ("troops, who had been there since 2022, moved"), a participle of presence ("officers,
    stationed in X since 2024, moved") and a relative clause that closes it ("..., where they had
    been fighting since 2020"). ``aside_or_relative`` is what an aside and a closing relative
    clause become (a string, or a function of the match that may keep the clause of the verb).

    why: past_year wrote this chain twice, once keeping the aside that holds the clause's own
    verb and once (the restrictive relatives of presence already taken out) blanking each."""
    return _TRAILING_RELATIVE.sub(aside_or_relative,
                                  _PRESENCE_ASIDE.sub(" ", _ASIDE.sub(aside_or_relative, sentence)))


# --- the words a check needs (speed111) ---------------------------------------------------
# Most of _status's ~50 checks find nothing in most clauses, and each pays a call and a search to
# say so. A check listed here finds nothing unless its sentence [s, e) holds one of its words
# (lower-case; a substring of the sentence as gates.folded lowers it, as a Gate reads a span):
# every pattern it is proved by must match for the check to find anything, that match lies in
# [s, e), and every string the pattern matches holds one of the words (gates.words_cover,
# tests/test_speed111.py). Substrings, not a set of the sentence's words: the patterns' words are
# stems ("claim\w*", "refut\w+") that a set would have to spell out, and the proof is the one
# the gates already use. A check that reads past e (a verdict in the next sentence, a question
# mark closing the sentence) or that a word too common to gate decides ("no", "if", "to") is
# not listed, and runs as before.
_NEEDS: dict[str, tuple[str, ...]] = {
    "a word of denial before the verb": ("deny", "deni", "refut", "reject", "dismiss", "false", "wrongly", "erroneously",
                                         "mistakenly", "baselessly"),
    "what a correction takes back": ("earlier", "previous", "original", "wrongly", "incorrectly", "mistakenly", "erroneously",
                                     "first", "initially"),
    "reports of it called false": ("report", "claim", "rumo", "allegation"),
    "reports of it denied in the passive": ("report", "claim", "rumo", "allegation"),
    "a claim called false after it": ("claim", "alleg", "said", "says", "insist"),
    "a claim attributed after it, then denied": ("deni", "reject", "dismiss", "refut", "disput"),
    "a statement called untrue after it": ("correspond", "reflect", "true", "correct", "accurate", "nothing", "lie",
                                           "fabrication", "disinformation", "provocation", "fake"),
    "a claim denied after its verb": ("but",),
    "a finding that it was not established": ("establish", "prov", "substantiat", "demonstrat", "satisfied", "persuaded", "convinced"),
    "what nothing is said to show": ("nothing", "none"),
    "kept from moving": ("prevented", "stopped", "blocked", "barred", "kept", "hindered", "banned"),
    "a movement that has ceased": ("stop", "ceased", "ceases", "quit", "halted", "suspended"),
    "asked by 'whether'": ("whether",),
    "a demand that it move": ("demand", "urg", "insist", "ask", "call", "request", "propos", "recommend", "suggest", "requir"),
    "a pluperfect of presence or a past time": ("had", "last", "ago"),
    "a mover told by 'any'": ("any", "whatever"),
    "a habitual adverb at the verb": ("often", "repeatedly"),
    "a time frame with an aggregate mover": ("recent", "past", "last"),
    "a present perfect over months, or long-standing": ("have", "has"),
    "a sum told in the perfect with 'since'": ("have", "has", "had"),
    "earlier movements in the plural": ("previous", "earlier", "past", "former"),
    "a movement put off": ("rescheduled", "pushed", "back", "postponed", "deferred", "delayed", "put", "slipped", "slips", "slid"),
    "a movement noun called off": ("suspended", "cancel", "halted", "stopped", "called", "banned", "blocked"),
    "a movement noun with a predicate of plans": ("planned", "scheduled", "expected", "due", "set", "foreseen", "envisaged",
                                                  "proposed", "prepared", "likely", "would", "will", "could", "might", "may",
                                                  "should"),
    # (a year "in 2019" or "in May 2019": the sentence less asides and relatives, never a word
    # the sentence lacks, holds it)
    "a past year": ("19", "20"),
    "a describing participle dated by an earlier event": ("after", "following", "during", "since", "amid", "wake", "response"),
    "a year told before opening the sentence, a year or more back": ("year",),
}


def _proofs() -> dict[str, tuple]:
    """The patterns each check of :data:`_NEEDS` must match inside its sentence to find anything
    (tests/test_speed111.py proves the words cover each)."""
    from .corrections import _RETRACTED_BEFORE
    from .attributed_denied import _ATTRIBUTED_THEN_DENIED
    from .called_untrue import _VERDICT_AFTER
    from .denied_clause import _BUT_AFTER_VERB
    from .not_established import _NOT_SHOWN_BEFORE
    from .no_evidence import _NOTHING_SHOWS
    from .perfect_since import _PERFECT
    from .put_off import _PREDICATE, _VERB_BEFORE
    from .participle_after_event import _AFTER_EVENT
    from .year_told_before import _OPENS_WITH_YEAR_TOLD_BEFORE
    return {
        "a word of denial before the verb": (_DENIAL,),
        "what a correction takes back": (_RETRACTED_BEFORE,),
        "reports of it called false": (_REPORTS_THAT,),
        "reports of it denied in the passive": (_REPORTS_THAT,),
        "a claim called false after it": (_CLAIMED_BEFORE,),
        "a claim attributed after it, then denied": (_ATTRIBUTED_THEN_DENIED,),
        "a statement called untrue after it": (_VERDICT_AFTER,),
        "a claim denied after its verb": (_BUT_AFTER_VERB,),
        "a finding that it was not established": (_NOT_SHOWN_BEFORE.pattern,),
        "what nothing is said to show": (_NOTHING_SHOWS,),
        "kept from moving": (_KEPT_FROM,),
        "a movement that has ceased": (_CEASED,),
        "asked by 'whether'": (_WHETHER_BEFORE,),
        "a demand that it move": (_DEMANDED_THAT,),
        "a pluperfect of presence or a past time": (_BACKGROUND,),
        "a mover told by 'any'": (_ANY_MOVER,),
        "a habitual adverb at the verb": (_HABITUAL_AT_VERB,),
        "a time frame with an aggregate mover": (_TIME_FRAME,),
        "a present perfect over months, or long-standing": (_LONG_PERFECT_AT_VERB, _PERFECT_AT_VERB),
        "a sum told in the perfect with 'since'": (_PERFECT,),
        "earlier movements in the plural": (_EARLIER_PLURAL,),
        "a movement put off": (_PREDICATE, _VERB_BEFORE),
        "a movement noun called off": (_CALLED_OFF,),
        "a movement noun with a predicate of plans": (_PLANNED_PREDICATE, _PLANNED_ON_DAY, _MODAL_PREDICATE),
        "a past year": (_IN_YEAR, _IN_MONTH_YEAR),
        "a describing participle dated by an earlier event": (_AFTER_EVENT,),
        "a year told before opening the sentence, a year or more back": (_OPENS_WITH_YEAR_TOLD_BEFORE,),
    }


class StatusReading:
    """The modality of a clause (a mixin of :class:`~geomove.read.clauses._Reader`); reads
    ``self.text`` and ``self.published``."""

    def _status(self, s: int, e: int, main: re.Match, triggers) -> tuple[str, str]:
        """The clause [s, e)'s modality and why: reported, denied, negated, planned, background
        or static. Named checks in order; the first that finds its words decides."""
        clause_start = s
        for b in _recompile(r"[;:]|,\s|\bthat\b|\band\b(?=\s+(?:the|a|an|some|its|their)\b)|\bwhich\b").finditer(self.text[s:main.start()]):
            clause_start = s + b.end()
        clause = self.text[clause_start:main.start()]
        before = self.text[s:main.start()]
        after = self.text[main.end():e]
        sentence = self.text[s:e]
        stem = _stem(main.group(0)) if main.group("verb") else None

        def infinitive_of_intent():
            # ("..., to be replaced by a Ghanaian unit": a passive infinitive is one too)
            floor = max(s, main.start() - 20)
            to = _recompile(r"\bto\s+(?:be\s+|have\s+been\s+)?$", re.I).search(self.text, floor, main.start())
            # (", forcing | the rebels to retreat": the clause cut after the verb that made them, read.made_to_move)
            # ("Troops believed to have been sent from A arrived in B": a hedge on a move done, read.hedged_perfect)
            return to and not _INFINITIVE_OK.search(self.text[s:to.start()]) and not made_to_before_clause(self.text, s) \
                and not hedged_perfect_passive(self.text, s, main.start())

        def past_year():
            # "In 2019, ..." sets the whole sentence in the past ("in 2026" in a report of 2026
            # is this year's news)
            # a year inside an aside ("troops, who had been there since 2022, moved ...") dates
            # the aside, not the clause's movement
            # and a trailing relative clause ("..., where they had been fighting since 2020")
            # dates what it says of the place, not the movement before it
            # and so does a participle of presence ("officers, stationed in X since 2024, moved")
            # (but not the aside that holds the clause's own verb: "Soldiers, who had left Gao in
            # 2023, returned ...": the clause of "left" is the aside, its year its own, s29m)
            verb_at = main.start() - s
            # ("Troops, who left X in December 2023, had operated in Y since 2013": the aside holds the
            # movement's verb, what follows it the main clause's own time, read.verb_in_aside)
            told = sentence[:aside_end] if (aside_end := verb_aside_end(sentence, verb_at)) is not None else sentence
            own = without_presence_relative(told)
            if len(own) == len(told):
                def unless_own(m: re.Match) -> str:
                    # (an aside closed by a comma, the main clause after it; a relative clause
                    # closing the sentence, "..., where they arrived in 2021.", is read apart)
                    return m.group(0) if m.start() <= verb_at < m.end() and told[m.end():].strip() == "" \
                        and m.group(0).rstrip().endswith(",") else " "
                own = without_asides_of_other_times(own, unless_own)
                own = _FRONTED_PRESENCE.sub(lambda m: " " * len(m.group(0)) if m.end() <= verb_at else m.group(0), own)
            else:
                own = without_asides_of_other_times(own, " ")
            own = without_trailing_participle_year(own)
            own = without_series_since(own)  # ("..., the first deployment there since 2019": read.series_since)
            if len(own) == len(sentence):
                own = without_purchase(own, verb_at)  # ("boats ordered by Senegal in 2023 arrived": read.ordered_goods)
            if (deployed := deployment_relative(self.text, stem and main.group("verb"), main.end(), e)) is not None:
                # "withdrew the soldiers it had deployed in X in 2023": the deployment's year (read.withdrawn_deployment)
                a, b = deployed[0] - s, deployed[1] - s
                own = own[:a] + " " * (b - a) + own[b:] if len(own) == len(sentence) else own.replace(self.text[deployed[0]:deployed[1]], " ")
            compared = compared_aside(own, 0, len(own))
            if compared is not None:
                # "..., the same route that rebels used in 2014": another journey's time (read.compared_aside)
                own = own[:compared[0]]
            # ("The fighters who seized Kidal in 2012 returned to Gao": the relative's year, read.subject_relative_time)
            year = year_of_the_clause(self.text, s, own, main.start(), _IN_YEAR)
            if year and looks_back(self.text):
                return None  # a retrospective: its past years are its subject (read.retrospective)
            if year:
                return year if not (self.published and int(year.group(1)) >= self.published.year) else None
            # ("In July 1977 the army crossed into X" in a retrospective: its subject too, read124)
            return None if looks_back(self.text) else month_a_year_before(own, self.published)

        def pluperfect_or_past():
            # a pluperfect of presence in a relative clause before the verb ("soldiers who had
            # been based in X were flown to Y") says where they were, not that the move is past
            compared = compared_aside(self.text, s, e)
            for m in _BACKGROUND.finditer(self.text, clause_start, e):
                if compared is not None and compared[0] <= m.start() < compared[1]:
                    continue  # "..., a journey longer than the one ... last year" (read.compared_aside)
                if m.group(0).lower().startswith("had") and m.end() <= main.start() \
                        and _recompile(r"\b(?:who|which|that)\s+$", re.I).search(self.text[max(s, m.start() - 12):m.start()]):
                    continue
                if m.end() <= main.start() and in_subject_relative(self.text, s, m.start(), main.start()):
                    continue  # "A unit that had seized X last year moved to Y": the relative clause's time (read.subject_relative_time)
                if told_move_in_speech(self.text, m, s, e):
                    continue  # "said that a company had been deployed from A to B" (read.reported_pluperfect)
                if done_by_a_day(self.text, m, s, e):
                    continue  # "4,000 troops had been deployed to B by Wednesday" (read.reported_pluperfect)
                if m.start() >= main.end() and in_deployment_relative(self.text, main, m.start(), e):
                    continue  # "withdrawing the soldiers it deployed to X two years ago" (read.withdrawn_deployment)
                if m.start() >= main.end() and in_place_aside(self.text, m.start(), main.end(), e):
                    continue  # "from Sinjar, where they had been based since 2015, to Duhok" (read.place_relative_aside)
                if m.group(0).lower().startswith("had") and in_relieved_units_relative(self.text, m.start(), main.end()):
                    continue  # "arrived at X, replacing the platoon that had been based there since May" (read.relieved_presence)
                if m.group(0).lower().startswith("last") and dates_another_event(self.text, m, main.start(), main.end()):
                    continue  # "a road damaged in last year's fighting": another event's year (read.last_years)
                return m
            return None

        def habitual_adverb():
            # a comment closing the sentence after the verb tells its own habit, not the move's:
            # "two tankers flew from A to B late Tuesday, which usually means a long mission is
            # near" is one flight (read44)
            found = _HABITUAL_GATE.search(sentence)
            comment = _TRAILING_RELATIVE.search(sentence, main.end() - s) if found else None
            if comment is not None and comment.start() <= found.start():
                return _HABITUAL_GATE.search(sentence, 0, comment.start())
            # "CCG 3305, the cutter usually seen off Hainan, left Sanya": the subject's habit,
            # set off by commas before the verb, not the move's (read.habit_in_aside)
            aside = subject_aside_around(sentence, found.start(), main.start() - s) if found else None
            if aside is not None:
                return _HABITUAL_GATE.search(sentence, aside[1])
            return found

        def aggregate_in_time_frame():
            frame = _TIME_FRAME.search(sentence)
            movers = list(_AGGREGATE.finditer(sentence)) if frame else []
            if not movers:
                return None
            sizes = [g.span() for g in _GROUP_SIZE.finditer(sentence)]
            if _recompile(r"\bdays\b", re.I).search(frame.group(0)) and all(
                    any(a <= m.start() < b for a, b in sizes) for m in movers):
                return None  # "hundreds of troops ... in recent days": one group's size
            return movers[0]

        def perfect_over_months():
            # "Since January, 3,000 fighters have crossed from A into B", "troops have moved
            # from A to B this year": a sum over months; "convoys have long travelled": a habit
            at_verb = self.text[max(s, main.start() - 30):main.start()]
            if _LONG_PERFECT_AT_VERB.search(at_verb):
                return _LONG_PERFECT_AT_VERB.search(at_verb)
            if not _PERFECT_AT_VERB.search(at_verb):
                return None
            # (a restrictive relative of presence dates the stay, not the move: "police officers who had
            # been in Haiti since 2024 have returned to Nairobi on Monday", read.presence_relative)
            own = without_presence_relative(_TRAILING_RELATIVE.sub(" ", _ASIDE.sub(" ", sentence)))
            # ("in recent weeks, vehicles have been shipped from A to B": a span of weeks or
            # more told in the perfect; "in recent days" may be one group's arrival)
            frame = _TIME_FRAME.search(own)
            if frame and one_movement_over_weeks(self.text, s, e, main, frame) and not _MONTHS_FRAME.search(own):
                return None  # ("has sent another 1,500 soldiers to X in recent weeks", "has been deploying troops": read.perfect_weeks)
            return _MONTHS_FRAME.search(own) or (frame if frame and not _recompile(r"\bdays\b", re.I).search(frame.group(0)) else None) \
                or since_then_over_months(self.text, s, e, getattr(self, "dates", ()), self.published)  # (read.perfect_since)

        def yes_no_question():
            # "Did Russian troops withdraw from X?": asked, not told (the opening of the
            # sentence, up to the verb, and a question mark closing it)
            # (both readings need the sentence closed by a question mark: asked first, a look-up
            # in the text's marks, before the opening's match; speed111)
            if not closes_as_question(self.text, main.end()):
                return None
            opening = _QUESTION_OPENING.match(self.text, s)
            if opening and opening.end() <= main.start():
                return opening
            return asked_of_someone(self.text, main.start(), main.end())

        def year_before_noun():
            # "The 2019 deployment of troops to X": a movement noun dated by a past year
            if main.group("verb"):
                return None
            year = _recompile(r"\b((?:19|20)[0-9][0-9])\s+$").search(self.text[max(s, main.start() - 6):main.start()])
            return year if year and self.published and int(year.group(1)) < self.published.year and not looks_back(self.text) else None

        def reports_denied_in_passive():
            # "Reports that fighters reached X were denied by the rebels": the passive right after
            # the clause of the move, no comma between (not "..., where a petition was rejected")
            verdict = _DENIED_PASSIVE_AFTER.search(after) if _REPORTS_THAT.search(before) else None
            return verdict if verdict is not None and not _recompile(r"[,;:]").search(after, 0, verdict.start()) else None

        checks = (
            # (one that governs the movement: not "rejected the ceasefire and advanced", nor an
            # aside's or an opening clause's, read.denial_scope)
            ("a word of denial before the verb", "denied", lambda: denial_of_the_move(_DENIAL, before)),
            # "an earlier version of this entry said troops pulled back to X" (read.corrections)
            ("what a correction takes back", "denied", lambda: retracted(self.text, s, main.start())),
            ("reports of it called false", "denied",
             lambda: _REPORTS_THAT.search(before) and _FALSE_AFTER.search(after)),
            ("reports of it denied in the passive", "denied", reports_denied_in_passive),
            ("a claim called false after it", "denied",
             lambda: _CLAIMED_BEFORE.search(before) and _CLAIM_VERDICT_AFTER_GATE.search(after)),
            # "moved troops to X, officials said, a claim Baku rejected" (read.attributed_denied)
            ("a claim attributed after it, then denied", "denied", lambda: attributed_then_denied(after)),
            # "the statements of X that units left Y do not correspond to reality" (read.called_untrue)
            ("a statement called untrue after it", "denied", lambda: called_untrue(self.text, s, main.start(), e)),
            # "..., a police official said, but the government denied that any fighters had
            # entered X": the verdict in a clause of its own (read.denied_clause)
            ("a claim denied in the clause after it", "denied", lambda: denied_after(self.text, e)),
            # "..., but a spokesman denied any movement": the verdict on the move itself, in the
            # clause's own words after its verb (read.denied_clause.denied_within)
            ("a claim denied after its verb", "denied", lambda: denied_within(self.text, main.end(), e)),
            # (not "it was not clear how many soldiers had been moved": only a detail is unknown,
            # read.unclear_detail; what moved then starts after "how many", read.unclear_extent)
            ("a negation in the clause", "negated", lambda: negation_not_of_a_detail(_NEGATION, clause, negation_outside_designators)),
            # "it has not been established that the company left X" (read.not_established)
            ("a finding that it was not established", "denied", lambda: not_shown_before(self.text, s, main.start())),
            # "nothing we saw shows units being moved toward X" (read.no_evidence)
            ("what nothing is said to show", "negated", lambda: nothing_shows(self.text, s, main.start())),
            ("kept from moving", "negated", lambda: _KEPT_FROM.search(self.text, max(s, main.start() - 40), main.start())),
            # "trucks stopped crossing at X": the movement no longer happens
            ("a movement that has ceased", "negated",
             lambda: main.group(0).lower().endswith("ing") and _CEASED.search(self.text, max(s, main.start() - 30), main.start())),
            ("a yes/no question", "planned", yes_no_question),
            ("asked by 'whether'", "planned", lambda: _WHETHER_BEFORE.search(self.text, clause_start, main.start())),
            ("an order, not a move", "planned", lambda: stem == "order"),
            ("an infinitive of intent", "planned", infinitive_of_intent),
            # "Had the rebels advanced, ...": a condition, not a report (read.hypothetical)
            ("an inverted conditional", "planned", lambda: inverted_conditional(self.text, s, main.start())),
            # "a scenario in which forces cross from X": a hypothesis (read.hypothetical)
            ("a scenario or an event that may come", "planned", lambda: told_in_a_scenario(self.text, s, main.start())),
            # (not "could be seen moving toward X": seen, so it happened, read.could_be_seen)
            ("a modal or a word of plans", "planned",
             lambda: _MODAL_GATE.search(clause) and not hedged_past(self.text, s, main.start(), clause)
             and not could_be_seen(self.text, s, main.start(), clause, _MODAL)
             # ("the battalion that will serve in Latvia landed at Riga": read.subject_relative_modal)
             and not modal_of_the_subject_s_relative(self.text, clause_start, main.start(), main.group(0), _MODAL)
             # ("the first three fighters ordered by Indonesia landed at X": a purchase, read.ordered_goods)
             and not ordered_as_goods(self.text, clause_start, main.start(), main.group(0), _MODAL)),
            # "is expected to join the task force, sailing through X" (read/participle_of_plan)
            ("a participle of a planned clause", "planned", lambda: participle_of_plan(self.text, s, main)),
            ("a demand that it move", "planned",
             # (not what is told as done: "imagery suggests that the battalion moved", read.demand_or_evidence)
             lambda: _DEMANDED_THAT.search(before) and not hedged_past(self.text, s, main.start(), clause)
             and not told_as_done(self.text, s, main)),
            ("a pluperfect of presence or a past time", "background", pluperfect_or_past),
            # "Three years after Rwandan soldiers first landed in X, the mission ...": what the
            # time span is counted from happened years before the report's news
            ("a move years before, that a span of time is counted from", "background",
             lambda: _SPAN_AFTER_OPENING.match(self.text, s) and "," not in self.text[s:main.start()]),
            # "any warship entering the Red Sea would be a target": whichever comes, if any (read44)
            ("a mover told by 'any'", "planned", lambda: _ANY_MOVER.search(self.text, max(s, main.start() - 40), main.start())),
            ("a habitual adverb", "background", habitual_adverb),
            ("a habitual adverb at the verb", "background",
             lambda: _HABITUAL_AT_VERB.search(self.text, max(s, main.start() - 30), main.start())),
            ("a time frame with an aggregate mover", "background", aggregate_in_time_frame),
            # "flights from A to B have increased sharply": moves counted over time (read.trend_of_moves)
            ("a trend of moves", "background", lambda: trend_of_moves(self.text, main, e)),
            ("a present perfect over months, or long-standing", "background", perfect_over_months),
            # "hundreds ... have since been moved out of the country" (read.perfect_since)
            ("a sum told in the perfect with 'since'", "background",
             lambda: summed_since(self.text, s, main.start(), main.end(), e)),
            ("earlier movements in the plural", "background", lambda: _EARLIER_PLURAL.search(sentence)),
            # (not a contrast: "... to X was a routine rotation, not a threat"; and a verb's form
            # used as a noun too: "The transfer of the brigade to X was not carried out", read.negated_predicate)
            ("a movement noun with a negated predicate", "negated",
             lambda: (not main.group("verb") or verb_used_as_noun(self.text, s, main)) and negation_of_the_move(after)),
            # "The transfer of X to Y, planned for December, has been postponed until February",
            # "the army postponed sending troops to Y": still to come (read.put_off)
            ("a movement put off", "planned",
             lambda: ((not main.group("verb") or verb_used_as_noun(self.text, s, main)) and put_off_predicate(after))
             or put_off_before(self.text, s, main.start())),
            ("a movement noun called off", "negated",
             lambda: (not main.group("verb") or verb_used_as_noun(self.text, s, main)) and _CALLED_OFF.match(after)),
            # "the redeployment of further units to X is planned for December"
            ("a movement noun with a predicate of plans", "planned",
             lambda: (not main.group("verb") or verb_used_as_noun(self.text, s, main)) and (_PLANNED_PREDICATE.match(after) or _PLANNED_ON_DAY.match(after) or (
                 _MOVEMENT_NOUN.fullmatch(main.group(0).strip()) and _MODAL_PREDICATE.match(after)))),
            ("a past year", "background", past_year),
            # "Troops deployed to Gao after the coup | are leaving for Kidal": who they are, by a
            # move dated by an earlier event (read.participle_after_event)
            ("a describing participle dated by an earlier event", "background",
             lambda: participle_after_event(self.text, s, main, e)),
            # "Two years ago, troops left X", "Last year, ...": the sentence opens in the past, as
            # "In 2019, ..." does (past_year; the comma before the clause hid it from _BACKGROUND)
            ("years ago opening the sentence", "background",
             lambda: None if looks_back(self.text) else _YEARS_AGO_OPENING.match(self.text, s)),
            # "the last time we saw this unit it went on to X": an earlier occasion (read.earlier_occasion)
            ("a time clause of an earlier occasion", "background", lambda: earlier_occasion(self.text, main.start())),
            # "In November of the same year ...", "Later that year, ...": the year told before,
            # a year or more back (read.year_told_before)
            ("a year told before opening the sentence, a year or more back", "background",
             lambda: None if looks_back(self.text) else year_told_before_opening(
                 self.text, s, main.start(), self._dates_in(self.dates, s, main.start()), self.published)),
            ("a past year before the movement noun", "background", year_before_noun),
            # "The 51st Fighter Wing flies A-10s and F-16s from Osan Air Base": its base (read.flies_from_base)
            ("a unit's aircraft flown from its base, in the present", "static", lambda: flies_from_base(self.text, main, e)),
            ("a verb of staying", "static",
             lambda: _recompile(r"\b(?:stationed|remain\w*|stay\w*)\b", re.I).search(self.text[main.start():main.end() + 2])),
            # deployment is movement; only a deployment told as lasting presence is not
            # ("remain deployed in X", "are deployed in X", "deployed there since 2015")
            # (never the -ing form: "is deploying troops to X" is a deployment under way, read.deploying_now)
            ("a deployment told as lasting presence", "static",
             lambda: stem in _STATIC_VERB and not deploying_now(main) and (_PRESENCE.search(self.text[max(s, main.start() - 40):main.start()])
                                               or _PRESENCE_AFTER.search(without_trailing_participle_year(without_place_asides(after))))),
            # "Our personnel deployed in X continue their activities": who the subject is, where it
            # stays (read.deployed_subject)
            ("a deployment describing a subject that goes on in the present", "static",
             lambda: deployed_subject_stays(self.text, s, main, e)),
            # "monitored 14 militia vessels anchored at X", "were anchored at X": where ships lie (read.ship_at_berth)
            ("ships told where they lie", "static", lambda: ships_at_berth(self.text, s, stem, main.start())),
        )
        low = folded(sentence)  # (the words each check needs are looked for in it: _NEEDS)
        for name, status, test in checks:
            needs = _NEEDS.get(name)
            if needs is not None:
                for w in needs:
                    if w in low:
                        break
                else:
                    continue  # (none of its words: it would find nothing)
            found = test()
            if found:
                words = f" '{found.group(0).strip()}'" if isinstance(found, re.Match) else ""
                return status, f"{status}: {name}{words}"
        return "reported", "reported: no denial, negation, plan, background or presence"
