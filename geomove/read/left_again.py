"""A force that entered or reached a place and then left with no place named: "Fano fighters
entered Debre Markos on Tuesday and left the next day", "The rebels reached the town of X at
dawn. They withdrew hours later". Left with no object, the place left is the one just reached:
the departure is a movement of its own from there (GUIDELINES: a route with stops is cut into
legs where the report tells of an arrival and a later departure; one end is enough).

Only a verb of departure with nothing after it but a time ("the next day", "on Wednesday",
"hours later") in a clause whose subject is left out after "and" or is 'they'/'it', right after a
clause whose place was entered or reached ("entered X", "reached X", "arrived in X", "moved into
X"): "and left for B" names its own place, "and left Y" its own origin.

why: "entered Debre Markos on Tuesday and left the next day" read the entry only; the leaving
had no place and was no movement. So too with a way the index has no place for after it
("withdrew the same day towards the village of G": s32 read87, the leg was dropped)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-left-again")

# the subject left out after "and", or a pronoun opening the sentence
_SUBJECT_REFERS = _PATTERNS.compile(r"\s*(?:,\s*)?(?:(?:and|but)\s+(?:then\s+|later\s+)?|(?:they|it)\s+(?:then\s+|later\s+)?(?:had\s+)?)?", re.I)
# nothing after the verb but a time, perhaps who told it, and the clause's end
_ONLY_TIME_AFTER = _PATTERNS.compile(
    r"(?:\s+again)?(?:\s+(?:(?:on\s+)?the\s+(?:next|following)\s+(?:day|morning|evening|night)|the\s+same\s+(?:day|night)|"
    r"on\s+\w+(?:\s+\w+)?|(?:a\s+few\s+|several\s+|two\s+|three\s+)?(?:hours|days)\s+later|later(?:\s+that\s+day)?|"
    r"shortly\s+(?:after(?:wards)?|afterwards)|soon\s+after(?:wards)?|overnight|at\s+(?:dawn|dusk|night)|"
    r"before\s+(?:dawn|nightfall)|within\s+hours))?"
    # (and a way named by a place the index lacks: "withdrew the same day towards the village of
    # G", s32 read87; the clause then has no place of its own, so the place left is its one end)
    r"(?:\s+(?:towards?|in\s+the\s+direction\s+of|for|to)\s+[^.;,]{1,60}?)?"
    # (and who told it: ", according to residents", ", witnesses said")
    r"(?:\s*,\s*(?:according\s+to\s+[^.;,]{1,60}|(?:[\w'’-]+\s+){1,4}(?:said|say|says|reported|told\s+\w+)))?\s*[.;,]?\s*$", re.I)
# the place before was entered or reached
_ENTERED_BEFORE = _PATTERNS.compile(
    r"\b(?:entered|reached|arrived\s+(?:in|at)|moved\s+into|rode\s+into|drove\s+into|marched\s+into|swept\s+into|"
    r"occupied|took\s+over)\s+(?:the\s+(?:town|city|village|base|camp)\s+of\s+|the\s+)?$", re.I)


def place_left_again(text: str, prev: tuple[int, int], s: int, e: int, verb: re.Match, places) -> dict | None:
    """The place mention the clause [s, e) leaves with no object of its own (``verb``: its verb
    of departure), when the clause before, ``prev`` (its span), entered or reached it; None
    otherwise. ``places(a, b)``: the place mentions starting in [a, b)."""
    if _SUBJECT_REFERS.fullmatch(text, s, verb.start()) is None:
        return None
    if _ONLY_TIME_AFTER.fullmatch(text, verb.end(), e) is None:
        return None
    entered = [m for m in places(*prev) if _ENTERED_BEFORE.search(text, max(prev[0], m["start"] - 40), m["start"])]
    return entered[-1] if entered else None




# a town taken or held by the subject before its departure in the same clause: "Fano fighters
# briefly held Debre Tabor on Monday before withdrawing", "seized X on Monday and withdrew the
# next day" (the taking itself is no movement, GUIDELINES; the departure from the town is one)
_HELD_BEFORE = _PATTERNS.compile(
    r"\b(?:seized|captured|took|held|overran|occupied|retook|recaptured|stormed|controlled)\s+"
    r"(?:control\s+of\s+)?(?:the\s+(?:town|city|village|base|camp)\s+of\s+|the\s+)?$", re.I)
# between the town and the verb of departure: a time at most, then "and" or "before" ("on
# Monday before", "for two days and then")
_THEN_LEFT = _PATTERNS.compile(
    r"(?:\s+(?:on\s+\w+|for\s+(?:a\s+few|several|two|three|\w+)\s+(?:hours|days)|overnight|briefly|at\s+dawn))?"
    r"\s*,?\s+(?:and\s+(?:then\s+|later\s+)?|before\s+|then\s+)$", re.I)


# an adverb before the verb of taking, no word of the subject ("Fano fighters briefly held")
_ADVERB_END = _PATTERNS.compile(r"(?:\s+\w+ly)+\s*$", re.I)


def place_held_then_left(text: str, s: int, verb: re.Match, e: int, places) -> tuple[dict, str] | None:
    """The place the subject took or held right before its verb of departure in the same clause
    (``verb``, with nothing after it but a time or a way the index lacks): "held Debre Tabor on
    Monday before withdrawing (to the surrounding hills)", with the subject's words before the
    verb of taking ("Fano fighters", what moved); None otherwise.

    why: the withdrawal had no place and was no movement (probes of my own, s32 read87, an
    OSINT update on Amhara)."""
    if _ONLY_TIME_AFTER.fullmatch(text, verb.end(), e) is None:
        return None
    for m in reversed(places(s, verb.start())):
        held = _HELD_BEFORE.search(text, max(s, m["start"] - 40), m["start"])
        if held is not None and _THEN_LEFT.fullmatch(text, m["end"], verb.start()):
            return m, _ADVERB_END.sub("", text[s:held.start()]).strip()
    return None


# a place another force took (or entered) after the subject left with no object: "Al-Shabaab
# fighters overran the base at X after AU troops pulled out on Sunday", "JNIM fighters occupied
# the camp at Y after Malian soldiers left". The clause of leaving is joined by a conjunction of
# time and names no place of its own; the place of the other clause is the one it left.
_TAKEN_IN_MAIN = _PATTERNS.compile(
    r"\b(?:seized|captured|took(?:\s+over|\s+control\s+of)?|overran|occupied|stormed|retook|recaptured|entered|"
    r"moved\s+into|swept\s+into|rolled\s+into|raided|looted|torched|burned)\b", re.I)
# between the place and the verb of leaving: a time at most, the conjunction of time, then the
# subject of the leaving (one to five words, no comma), "had" at most ("after AU troops ",
# "hours after the last Ghanaian soldiers had ")
_AFTER_SUBJECT_LEFT = _PATTERNS.compile(
    r"(?:\s+(?:on\s+\w+|overnight|at\s+dawn|late\s+on\s+\w+))?\s*,?\s+"
    r"(?:(?:hours|days|minutes|weeks|shortly|soon|just|only)\s+after|after|once|when|as\s+soon\s+as)\s+"
    r"(?:[\w'’.-]+\s+){1,5}?(?:had\s+(?:finally\s+)?)?$", re.I)
# a particle of leaving after a verb that leaves only with it ("pulled out", "moved out")
_PARTICLE_OUT = _PATTERNS.compile(r"\s+(?:out|away|back)\b", re.I)


def place_taken_after_left(text: str, s: int, verb: re.Match, e: int, places, *, particle: bool = False) -> dict | None:
    """The one place of the main clause, which another force took or entered, when the clause of
    leaving (``verb``: its verb of departure; with ``particle``, a verb such as "pulled" that
    leaves only with "out"/"away"/"back" after it) follows it after a conjunction of time, its
    own subject, and nothing after the verb but a time: "overran the base at X after AU troops
    pulled out on Sunday" (X). None with two places in the main clause (which was left is not
    told) or with an object after the verb ("pulled out of the talks").

    why: the withdrawal had no place and was no movement (session 47, the lead's probes, read131)."""
    after = verb.end()
    if particle:
        out = _PARTICLE_OUT.match(text, after, e)
        if out is None:
            return None
        after = out.end()
    if _ONLY_TIME_AFTER.fullmatch(text, after, e) is None:
        return _taken_in_main_after(text, s, verb, after, e, places)
    before = places(s, verb.start())
    if len(before) != 1 or before[0].get("kind") in ("country", "admin1", "region", "continent"):
        return None
    m = before[0]
    if _AFTER_SUBJECT_LEFT.fullmatch(text, m["end"], verb.start()) is None:
        return None
    return m if _TAKEN_IN_MAIN.search(text, max(s, m["start"] - 60), m["start"]) is not None else None



# the clause of leaving opening the sentence: its conjunction of time and its subject ("After
# Ethiopian troops ") ...
_OPENING_SUBJECT_LEFT = _PATTERNS.compile(
    r"\s*(?:(?:hours|days|shortly|soon|just|only)\s+after|after|once|when|as\s+soon\s+as)\s+"
    r"(?:[\w'’.-]+\s+){1,5}?(?:had\s+(?:finally\s+)?)?", re.I)
# ... and after its verb a time at most, then the comma before the main clause
_TIME_THEN_COMMA = _PATTERNS.compile(
    r"(?:\s+(?:on\s+\w+|overnight|at\s+dawn|late\s+on\s+\w+|the\s+(?:next|following)\s+day|"
    r"(?:a\s+few\s+|several\s+|two\s+|three\s+)?(?:hours|days)\s+(?:later|earlier)))?\s*,\s*", re.I)


def _taken_in_main_after(text: str, s: int, verb: re.Match, after: int, e: int, places) -> dict | None:
    """The same told the other way round, the clause of leaving first: "After Ethiopian troops
    pulled out on Friday, militants overran the camp at X" (X, the one place of the main clause
    after the comma, which that clause took or entered)."""
    if _OPENING_SUBJECT_LEFT.fullmatch(text, s, verb.start()) is None:
        return None
    comma = _TIME_THEN_COMMA.match(text, after, e)
    if comma is None or "," not in text[after:comma.end()]:
        return None
    main = places(comma.end(), e)
    if len(main) != 1 or main[0].get("kind") in ("country", "admin1", "region", "continent"):
        return None
    taken = _TAKEN_IN_MAIN.search(text, comma.end(), main[0]["start"])
    return main[0] if taken is not None and main[0]["start"] - taken.end() <= 60 else None


_PATTERNS.save()  # (after the last pattern: one compiled after the save was parsed anew in every process, speed58)
