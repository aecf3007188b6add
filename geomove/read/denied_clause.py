"""A claim denied in a clause of its own after it: "Taliban fighters crossed from Kunar into
Bajaur, a police official said, but the Afghan government denied that any of its fighters had
entered Pakistan"; "Rebels said a convoy had left Goma, but the army rejected the claim".

The clause is cut at ", but", so the claim's own clause held no word of denial (status read a
denial before the verb, or "the claim was false" after it in the same clause) and the move was
told as reported (GUIDELINES: a denied move is kept with status denied, never as reported).
The move must be told as a claim (someone "said", "claimed", "according to"): a move told as
fact is not taken back by a denial of something said after it. The verdict must be about this claim: "denied the claims/reports", or "denied that" (or "reports
of/that") with a verb of moving in what is denied; "but the army denied that its soldiers had
looted shops", "denied reports of looting" deny something else, and the move stays reported.
The verdict may also be the next sentence, on the claim itself ("Residents said M23 fighters had
moved into Sake. The AFC/M23 spokesman rejected the claim": read60)."""

from __future__ import annotations

import bisect
import re

from ..regex_cache import CompiledPatterns
from .lexicon import _FALSE_AFTER, _TRIGGER_RE
from .denied_that_next import denied_that_next
from .not_established import not_shown_next
from .gates import Gate

_PATTERNS = CompiledPatterns("read-denied-clause")

# what a verdict names when it denies the claimed move itself: its noun after "any", "the", "such
# a" ("denied any movement", "rejected any such redeployment", "denied the withdrawal"), or "it"
# closing the clause ("but the council denied it."). A noun of something else ("denied any
# involvement", "denied the killings") is no verdict on the move (s38 read102: "forces were
# reported to have moved from A towards B, but a spokesman denied any movement" read reported)
VERDICT_ON_MOVE = (r"(?:(?:any|the|this|that|such\s+an?|their|its)\s+(?:such\s+)?(?:troop\s+|military\s+)?"
                   r"(?:movements?|moves?|deployments?|redeployments?|withdrawals?|pull-?(?:backs?|outs?)|incursions?|"
                   r"crossings?|advances?|reinforcements?)\b|it\b(?=\s*(?:[,.;]|$)))")
# a verb that names the claim false and the false-word: "calls the reports fabricated", "branded
# the claim as baseless", "called it untrue" (the false-words are lexicon's, _FALSE_AFTER)
CALLED_FALSE = (r"(?:calls?|called|brands?|branded|labels?|labell?ed|terms?|termed|describes?|described|dismiss(?:es|ed)?)\s+"
                r"(?:(?:the|this|these|those|such|their|its)\s+(?:claims?|reports?|allegations?|accounts?|statements?)|it)\s+"
                r"(?:as\s+)?(?:(?:completely|totally|entirely|utterly)\s+)?(?:" + _FALSE_AFTER.pattern + r"|lies|a\s+lie)")
# right after the claim's clause: ", but" (or "; but", "but"), who denies in a few words, the
# verb of denial and what it denies
_VERDICT = _PATTERNS.compile(
    r"\s*[,;]?\s*but\s+(?:[\w'’.-]+\s+){1,8}?(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?"
    r"(?:denied|denies|rejected|rejects|dismissed|dismisses|refuted|refutes|disputed|disputes)\s+"
    r"(?:(?P<that>that)\b|(?:(?:the|this|these|those|such|their|its)\s+)?(?:claims?|reports?|allegations?|accounts?|statements?)\b"
    r"(?:\s+(?P<of>of|that|about)\b)?"
    # (or the move itself by its noun, or "it": "but a spokesman denied any movement", "... denied
    # any such withdrawal", "... denied it.": the claimed move itself, VERDICT_ON_MOVE above)
    r"|" + VERDICT_ON_MOVE + r")"
    # (or the claim called false: "but Kyiv calls the reports fabricated", "but the army called
    # it untrue", CALLED_FALSE above; s39 read105, read as reported before; after "and" or "while"
    # too, the false-word being the verdict: ", and the opposition branded the claims baseless")
    r"|\s*[,;]?\s*(?:but|and|while)\s+(?:[\w'’.-]+\s+){1,8}?(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?" + CALLED_FALSE,
    re.I)
# the claim is told as someone's: "a police official said", "Rebels claimed", "according to X"
# (and the plural's present: "Separatists say they moved ...", s39 read105)
# (and a statement's: "The government stated that fighters had moved from A to B", s51 read148)
_CLAIMED = _PATTERNS.compile(r"\b(?:claim\w*|alleg\w*|said|says|say|stated|states|insist\w*|according\s+to|reported(?:ly)?)\b", re.I)
# (searched only in spans holding one of the words every match holds: read.gates, tests/test_speed112.py)
_CLAIMED_GATE = Gate(_CLAIMED, ("according", "alleg", "claim", "insist", "reported", "said", "say", "state"))
# a sentence's end: the claim's sentence begins after the last one before it
_SENTENCE_BREAK = _PATTERNS.compile(r"[.!?]\s+|\n")
# where the sentence of the denial ends
_SENTENCE_END = _PATTERNS.compile(r"[.!?](?:\s|$)|\n")


# the verdict as the next sentence, on "the claim" told just before: "Residents said M23 fighters
# had moved into Sake. The AFC/M23 spokesman, Lawrence Kanyuka, rejected the claim, saying ..."
# (who denies in up to ten words, commas allowed, no sentence break; only the claim or reports
# themselves, never "denied that ...", which may be about anything: read60)
_NEXT_VERDICT = _PATTERNS.compile(
    r"(?:[\w'’/()-]+,?\s+){1,10}?(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?"
    r"(?:denied|rejected|dismissed|refuted|disputed)\s+(?:the|this|these|those|such)\s+(?:claims?|reports?|allegations?|accounts?)\b",
    re.I)


# the ends of the sentences of the text last asked about, found once (a text longer than
# _ENDS_WHOLE_UP_TO: once a block of _ENDS_BLOCK characters): each clause searched to the end of its sentence, and a sentence of hundreds of
# clauses cost its length squared (the text is held, so ``is`` cannot meet another text at a
# reused address; one tuple, read once, so that two threads reading at once each get a whole
# answer). By block, not over the whole text at its first ask: a long text joined from many
# reports was scanned to its end for the few clauses that tell a claim (1,161 asks in a 4 MB
# text, ~30x the scans of its parts read one by one; the 251 asks of a 1 MB text fall in 61
# blocks of 2,000 characters, 38 of 20,000: speed135)
_ENDS_SEEN: list = [(None, {})]  # (text, {block: (the ends found from the block's start, their starts)})
_ENDS_WHOLE_UP_TO = 20_000  # (every report of the dev batch: read whole as before)
_ENDS_BLOCK = 2_000


def _sentence_end_from(text: str, at: int) -> re.Match | None:
    """``_SENTENCE_END.search(text, at)``, by bisection in the ends found once for the block of
    the text ``at`` is in, from the block's start up to the first end past it. The same match:
    the search from ``at`` finds the first of the ends found from any offset at or before ``at``
    that begins at or after ``at`` (the pattern matches no empty string and looks at nothing
    before its match), unless ``at`` falls inside one (". " and its newline, ".\\n"): then it is
    searched."""
    seen = _ENDS_SEEN[0]
    if seen[0] is not text:
        seen = _ENDS_SEEN[0] = (text, {})
    block = at // _ENDS_BLOCK
    found = seen[1].get(block)
    if found is None:
        if len(text) <= _ENDS_WHOLE_UP_TO:
            ends = list(_SENTENCE_END.finditer(text))  # (a report's text: one block, every end)
        else:
            ends, past = [], (block + 1) * _ENDS_BLOCK
            for m in _SENTENCE_END.finditer(text, block * _ENDS_BLOCK):
                ends.append(m)
                if m.start() >= past:
                    break
        found = seen[1][block] = (ends, [m.start() for m in ends])
    ends, starts = found
    k = bisect.bisect_left(starts, at)
    if k > 0 and ends[k - 1].end() > at:
        return _SENTENCE_END.search(text, at)
    return ends[k] if k < len(ends) else None


def denied_in_next_sentence(text: str, e: int, claim_start: int | None = None) -> re.Match | None:
    """The verdict told as the sentence after the one the clause ending at ``e`` closes ("...
    in Sake. The spokesman rejected the claim"), when no other movement is told between.
    ``claim_start``: where the claim's sentence starts, for a verdict "denied that" the same
    move took place (read.denied_that_next)."""
    end = _sentence_end_from(text, max(0, e - 1))  # (a sentence's span may hold its full stop)
    if end is None or _TRIGGER_RE.search(text, e, end.start()):
        return None
    verdict = _NEXT_VERDICT.match(text, end.end())
    if verdict is None and claim_start is not None:
        # "... had left Kismayo. The group's spokesman denied that any of its fighters had left
        # Kismayo": the same move denied (read.denied_that_next)
        after = _sentence_end_from(text, end.end())
        verdict = denied_that_next(text, claim_start, e, end.end(), after.start() if after else len(text))
    if verdict is None:
        # "... allegations that a unit was moved from A to B. The Commission was unable to
        # establish that any such movement took place" (read.not_established)
        after = _sentence_end_from(text, end.end())
        verdict = not_shown_next(text, end.end(), after.end() if after else len(text), _TRIGGER_RE)
    return verdict


def denied_after(text: str, e: int) -> re.Match | None:
    """The verdict that denies the claim of the clause ending at ``e``, told in the clause after
    it ("..., but X denied that any vehicles had left the garrison") or as the next sentence
    ("... in Sake. The spokesman rejected the claim"), or None."""
    # (the claim first: a search of the sentence up to ``e``, where the verdict's reads the rest
    # of the sentence for a trigger and the next sentence's opening; most clauses tell no claim,
    # and both must hold: speed111)
    lo = max(0, e - 600)  # (a sentence is shorter)
    start = max((b.end() for b in _SENTENCE_BREAK.finditer(text, lo, e)), default=lo)
    if not _CLAIMED_GATE.search(text, start, e):
        return None  # ("Troops arrived in X, but officials denied reports that they moved on": told as fact)
    m = _VERDICT.match(text, e) or denied_in_next_sentence(text, e, start)
    if m is None:
        return None
    if "that" not in m.re.groupindex or not (m.group("that") or m.group("of")):
        return m  # ("denied the claims": the claim told before)
    end = _SENTENCE_END.search(text, m.end())
    return m if _TRIGGER_RE.search(text, m.end(), end.start() if end else len(text)) else None


# ", but" (or "; but") inside a clause, after its verb
_BUT_AFTER_VERB = _PATTERNS.compile(r"\s*[,;]\s*but\s", re.I)


def denied_within(text: str, verb_end: int, e: int) -> re.Match | None:
    """The verdict that denies the claim of the clause [.., e) told inside the clause itself,
    after its verb (``verb_end``): a verdict on the move by its noun or "it" tells no movement of
    its own, so the clause was not cut before its ", but" ("Forces were reported to have moved
    from A towards B, but a spokesman denied any movement"); else None. The same verdict and
    the same claim as denied_after's, which reads it from the ", but" on (only the clause's
    words after its verb are searched)."""
    but = _BUT_AFTER_VERB.search(text, verb_end, e)
    return denied_after(text, but.start()) if but is not None else None


_PATTERNS.save()
