"""A sentence that opens with a clause of another force's movement: "As the rebels withdrew from
Yei, army units moved in from Juba", "While two companies left A on Monday, a third reached B",
"Whereas the Nepalese stayed, the Rwandans flew to C"; and a clause of time with a subject of
its own (session 21): "After the rebels left Sake, army units moved to Goma", "When the convoy
reached Gao, soldiers were flown to Tessalit" (with a participle instead, "After leaving A, the
troops reached B", one subject moved: read.participle_after).

Two subjects, two verbs of movement, two movements (GUIDELINES: a different actor makes a new
movement); the clause cutter cut ", as" / ", while" / ", whereas" told AFTER the first clause
(read.cuts._CONTRAST) but not the same conjunction opening the sentence, so the whole sentence
was one clause: the opening clause's subject ("As the rebels") was read as the mover and the
main clause's movement was lost.

The cut: the opening conjunction is dropped (it is no word of the first subject), the first
clause runs to the comma, and the main clause after the comma is read on its own -- only when
both hold a verb of movement and the main clause opens with a subject of its own (a noun
phrase before its verb, not "then moved on": the same subject going on).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..regex_cache import CompiledPatterns
from .journey_noun import read_as_noun
from .state import _Draft

_PATTERNS = CompiledPatterns("read-opening-contrast")

# the conjunction that opens the sentence (after a dateline, "JUBA, Nov 16 -", or a quote mark),
# not before a participle ("While travelling from A, the battalion ...": one subject, one route)
_OPENER = _PATTERNS.compile(r"(?P<dateline>(?-i:[A-Z])[\w .'’-]{1,40}(?:,\s*[\w .'’-]{1,30})?,\s+(?-i:[A-Z])[a-z]{2,8}\.?\s+[0-9]{1,2}"
                            r"(?:\s*\([^)]{1,30}\))?\s*[-–—]+\s*)?(?P<lead>[\"“‘'(\s]*)(?P<conj>(?:even\s+|just\s+)?as(?:\s+soon\s+as)?|while|whereas|(?:shortly\s+|soon\s+|days\s+|hours\s+)?after|once|when|before)\s+(?!\w+(?:ing|ed)\b)(?=\S)", re.I)
# the words of an opening that is no clause: "As a result,", "As expected,", "As of Monday,"
_NO_CLAUSE = _PATTERNS.compile(r"(?:a\s+result|expected|planned|usual|of|part|well|such|long\s+as|far\s+as|for|with|in)\b", re.I)
# the words of a subject of its own between the comma and the main clause's verb ("army
# units", "the Irish", "a third", "residents", "officials said a convoy"): one to eight words,
# the last no adverb or participle ("heavily armed"), the first no participle ("moving on")
_WORD = _PATTERNS.compile(r"[\w'’-]+")
_NOT_HEAD = _PATTERNS.compile(r"\w+(?:ly|ed|ing)", re.I)


def _own_subject(words: str) -> bool:
    found = _WORD.findall(words)
    return 1 <= len(found) <= 8 and not _NOT_HEAD.fullmatch(found[-1]) and not _NOT_HEAD.fullmatch(found[0]) \
        and "," not in words
# what a subject is not: "then", "and", a time phrase, a pronoun of the same subject going on
_NOT_SUBJECT = _PATTERNS.compile(r",\s+(?:then|and|but|later|also|meanwhile|on|in|at|by|after|before|he|she|it|they)\b", re.I)


def opening_contrast_cut(text: str, s: int, e: int, verbs_in) -> tuple[int, int, int] | None:
    """(where the first clause begins, where it ends, where the main clause begins) for a
    sentence [s, e) opening "As / While / Whereas <clause with a verb of movement>, <subject>
    <verb of movement> ..."; None otherwise. ``verbs_in(a, b)``: the movement verbs in [a, b)."""
    m = _OPENER.match(text, s, e)
    if m is None or _NO_CLAUSE.match(text, m.end()):
        return None
    # ("After a three-day march from A, ...": the noun of the subject's own journey, no clause of
    # another force, read.journey_noun)
    first = [v for v in verbs_in(m.end(), e) if not read_as_noun(text, m.end(), v)]
    if not first:
        return None
    comma = text.find(",", first[0].end(), e)
    while comma >= 0:
        after = verbs_in(comma, e)
        if after and "," in text[comma + 1:after[0].start()]:
            pass  # "As rebels left A, B and C, troops ...": a list of the first clause goes on
        elif after and not _NOT_SUBJECT.match(text, comma) and _own_subject(text[comma + 1:after[0].start()]):
            return m.end(), comma, comma + 1 + (len(text[comma + 1:after[0].start()]) - len(text[comma + 1:after[0].start()].lstrip()))
        comma = text.find(",", comma + 1, e)
    return None




# "moved in from B", "rolled in", "went in": a verb of going with "in" and no place after it
_IN_AFTER_VERB = _PATTERNS.compile(r"\s+in\b(?=\s*(?:[,.;]|$|\s(?:from|on|at|after|behind|with|overnight|later|early|"
                                    r"again|too|as|and|to\s+(?:secure|take|replace|reinforce|fill)"
                                    # ("moved in hours later", "moved in two days later": when, not where, s29m)
                                    r"|(?:(?:a|an|a\s+few|several|two|three|four|[0-9]+)\s+)?(?:hours?|days?|weeks?)\s+later)\b))", re.I)
# what may stand between two clauses told next to each other (at most a sentence break)
_SAME_SENTENCE_JOIN = _PATTERNS.compile(r"[.!?;]?\s*(?:,\s*)?(?:(?:even|just)\s+)?(?:as|while|whereas|and)?\s*,?\s*", re.I)


_SENTENCE_END = _PATTERNS.compile(r"[.!?]\s")


def _left_next_to(a, by_clause: dict, i: int, d) -> tuple | None:
    """(the movement, its clause, the span between) told right next to clause ``i`` that left a
    place for none, or None."""
    reader = a.reader
    for k in (i - 1, i + 1):
        if not 0 <= k < len(reader.spans):
            continue
        lo, hi = (reader.spans[k][1], reader.spans[i][0]) if k < i else (reader.spans[i][1], reader.spans[k][0])
        if hi < lo or not _SAME_SENTENCE_JOIN.fullmatch(reader.text, lo, hi):
            continue
        left = next((o for o, f in by_clause.get(k, ()) if o is not d and o.origin is not None
                     and f.origin and not f.destination and o.status == "reported"), None)
        if left is not None:
            return left, k, lo, hi
    return None


def _may_move_in(a, by_clause: dict, i: int) -> bool:
    """Can the placeless clause ``i`` be a movement in that the pass takes, before it is read
    whole? Its verb as the partial reading told it (state.VerbTold; the whole reading's trigger)
    must stand right before a bare "in" (_IN_AFTER_VERB), and a movement that left a place must
    be told right next to it (_left_next_to, which the loop below asks of it: its answer is the
    same here, for by_clause is fixed and the loop changes no origin, status or fragment of the
    drafts in it, only where a movement in went and its day)."""
    text, verb = a.reader.text, a.endless[i]
    return _IN_AFTER_VERB.match(text, verb.start + len(verb.trigger)) is not None \
        and _left_next_to(a, by_clause, i, None) is not None


def moved_in_where_left(a) -> None:
    """"As the rebels withdrew from Yei, army units moved in from Juba": the force that "moved
    in" went into the place the other force is told leaving in the same sentence (Yei), on its
    day (GUIDELINES: the destination is the finest place the report offers for where the
    movement ended). Before, the movement in had no destination and no date; "As soon as the
    rebels left Kidal, the army moved in" (no place in the clause at all) was no movement.

    Only a clause whose verb is followed by a bare "in" (no place named after it; not "in 2024",
    "in a convoy"), with no destination of its own, right next to a clause (joined by "as",
    "while", "whereas", "and", a comma, or the next sentence: "The rebels left Yei. Army units
    moved in from Juba") that tells a place left and none reached; its day only from a clause
    of the same sentence."""
    if not a.drafts:
        return  # (no movement that left a place: nowhere to move in; speed151)
    reader = a.reader
    by_clause: dict[int, list] = {}
    for d in a.drafts:
        for f in d.frags:
            by_clause.setdefault(f.sentence, []).append((d, f))
    moved_in = [(d, next((f for f in d.frags if _IN_AFTER_VERB.match(reader.text, f.trigger_start + len(f.trigger))), None))
                for d in a.drafts if d.destination is None and d.status == "reported"]
    for i in a.endless:  # "..., the army moved in.": a clause with no place read
        if i in by_clause or not _may_move_in(a, by_clause, i):
            continue  # (cheap tests first: reading a clause whole cost 8% of 'extract')
        frag = reader.fragment(i, whole=True)
        if frag is not None and frag.status == "reported" and frag.trigger \
                and _IN_AFTER_VERB.match(reader.text, frag.trigger_start + len(frag.trigger)):
            moved_in.append((None, frag))
    for d, own in moved_in:
        if own is None:
            continue
        i = own.sentence
        found = _left_next_to(a, by_clause, i, d)
        if found is None:
            continue
        left, k, lo, hi = found
        if d is None:  # a movement of its own, told after the one that left
            d = _Draft(None, [], None, [own], "reported")
            a.drafts.insert(a.drafts.index(left) + 1, d)
        d.destination = {**left.origin, "inferred": True}
        if all(f.date is None for f in d.frags) and not _SENTENCE_END.search(reader.text, max(0, lo - 1), hi):
            day = next((f.date for f in left.frags if f.sentence == k and f.date is not None), None)
            if day is not None:
                d.frags = [replace(f, date=day) if f is own else f for f in d.frags]
        a.why.append(f"sentence {i}: '{own.trigger} in' where the force of sentence {k} left: "
                     f"{left.origin.get('name')}")


_PATTERNS.save()  # (after the last pattern: one compiled after the save was parsed anew in every process, speed58)
