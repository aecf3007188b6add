"""The unit that replaced a force told leaving, and where it came from, told in a participle after
the clause: "The army rotated a battalion out of Arauca, replacing it with marines from Puerto
Carreno". The marines went from Puerto Carreno to Arauca, the place the battalion left: a
movement of its own (GUIDELINES: a different actor makes a new movement), by the same sender.

why: the participle has no verb of movement, so the replacement was lost; "from Puerto Carreno"
was read as no place of the clause's movement. Only "replacing it / them with <words> from
<place>" right after a reported movement with an origin and in the same sentence, the place a
mention the gazetteer knows, and no second verb of movement in the participle (then the clause
reader reads it: "and replaced it with marines brought in from X")."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ..regex_cache import CompiledPatterns, matched_by
from .by_start import ByStart, match_start
from .lexicon import SENT_PARTICIPLES
from .places import _place_of, same_place
from .state import Fragment, _Draft
from .gates import Gate

_PATTERNS = CompiledPatterns("read-replaced-from")

_REPLACING_WITH = _PATTERNS.compile(
    r",\s*(?:and\s+)?replacing\s+(?:it|them)\s+with\s+(?P<what>(?:(?!(?:from|to|in|at|by)\b)[\w'’-]+\s+){1,6}?)from\s+(?:the\s+)?", re.I)
# ... and the passive, the force told leaving replaced by another that came from a place: "left A
# on Saturday and were replaced by Somali troops arriving from B", "... by troops who arrived from
# B" (read83: the replacement had no end, or was lost)
_REPLACED_BY = _PATTERNS.compile(
    r"\b(?:and\s+)?(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:later\s+|then\s+|quickly\s+)?replaced\s+by\s+"
    r"(?P<what>(?:(?!(?:from|to|in|at|by|who|which|that)\b)[\w'’-]+\s+){1,6}?)"
    r"(?:(?:who|which|that)\s+(?:had\s+|have\s+|has\s+)?(?:been\s+)?)?"
    # (a verb of arriving, or a participle of sending: lexicon.json sent_participles, as cuts'
    # reduced relative of a relief reads them: "replaced by Somali troops airlifted from B" lost B,
    # s32-tidy50-*)
    r"(?:arrived|arriving|came|coming|drawn|" + "|".join(SENT_PARTICIPLES) + r")\s+(?:in\s+)?"
    r"from\s+(?:the\s+)?", re.I)


# how far before "replaced" a match of _REPLACED_BY may start ("and had been later replaced")
_BEFORE_REPLACED = 40
# the word _REPLACED_BY needs, in any case as the pattern reads it ("were REPLACED by": str.find
# saw only the lower-case word)
_REPLACED_WORD = _PATTERNS.compile(r"replaced", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_REPLACED_WORD_GATE = Gate(_REPLACED_WORD, ("replaced",))


def replaced_from(a) -> None:
    """An assembly pass (assemble.PASSES): the replacing unit's own movement, from the place
    named after "replacing it with ... from" to the place the movement told before left."""
    reader = a.reader
    replaced_at = None  # (the matches of the word, listed once, when first asked)
    for draft in list(a.drafts):
        if draft.status != "reported" or draft.origin is None:
            continue
        for i in sorted({f.sentence for f in draft.frags}):
            s, e = reader.spans[i]
            m = _REPLACING_WITH.search(reader.text, s, e)
            if m is None:
                # (the passive's relative clause is a clause of its own: read to the sentence's end)
                e = bisect.bisect_right(reader._sentence_starts, s)
                e = reader._sentence_starts[e] if e < len(reader._sentence_starts) else len(reader.text)
                # (looked for from the word it needs, its offsets found by one pass over the text and
                # bisected: a search of the rest of the sentence from each clause cost one endless
                # sentence its length squared)
                if replaced_at is None:
                    replaced_at = ByStart(list(_REPLACED_WORD_GATE.finditer(reader.text)), match_start)
                word = replaced_at.first_between(s, e)
                m = _REPLACED_BY.search(reader.text, max(s, word.start() - _BEFORE_REPLACED), e) if word is not None else None
            if m is None:
                continue
            place = next((p for p in reader._within(reader.places, m.end(), min(e, m.end() + 60))
                          if p["start"] == m.end()), None)
            if place is None or not (draft.origin.get("offsets") or [m.start()])[0] < m.start() \
                    or same_place(_place_of(place), draft.origin):
                continue  # (the place left must be told before the participle, and be another)
            first = next(f for f in draft.frags if f.sentence == i)
            what = " ".join(m.group("what").split())
            read = _told_to_place_left(a, draft, place, first.in_sentence)
            if read is not None:
                # ("... replaced by a company flown in from B": the clause reader read the
                # replacement's move already, B -> the place left (cuts' reduced relief); a second
                # draft of it was a movement told twice. What moved is the agent's words, where
                # that reading named none)
                if not any(f.what for f in read.frags):
                    k = next(k for k, f in enumerate(read.frags) if f.in_sentence == first.in_sentence)
                    read.frags[k] = replace(read.frags[k], what=what)
                a.why.append(f"sentence {i}: '{what}' who replaced the force: its move from "
                             f"{place.get('surface')} is read already")
                break
            told = _told_with_no_end(a, draft, place, first.in_sentence)
            if told is not None:
                # ("... replaced by troops who arrived from B": the clause read the arrival from B;
                # it went to the place left)
                told.destination = {**draft.origin, "inferred": True}
                a.why.append(f"sentence {i}: '{what}' who replaced the force arrived where it left, "
                             f"{draft.origin.get('name')}")
                break
            # (who replaced it by the passive's agent is that force, not the one replaced: no actor but its words)
            actor = None if matched_by(m, _REPLACED_BY) else first.actor
            frag = Fragment(sentence=i, trigger="replacing", trigger_start=m.start(), actor=actor,
                            what=what, date=first.date, when=first.when, quote=reader.text[s:e].strip(),
                            distinct={"replacing"})
            second = _Draft(_place_of(place), [], {**draft.origin, "inferred": True}, [frag], "reported")
            a.drafts.insert(a.drafts.index(draft) + 1, second)
            a.why.append(f"sentence {i}: 'replacing it with {what} from {place.get('surface')}': "
                         f"a movement of its own to {draft.origin.get('name')}, the place left")
            break


def _told_to_place_left(a, draft: _Draft, place: dict, sentence: int) -> _Draft | None:
    """Another movement of the same sentence of the text (``sentence``) read from ``place`` to
    the place ``draft`` left (the replacing force's move, read whole by the clause reader), else
    None."""
    return next((d for d in a.drafts if d is not draft and d.origin is not None and d.destination is not None
                 and same_place(d.origin, _place_of(place)) and same_place(d.destination, draft.origin)
                 and any(f.in_sentence == sentence for f in d.frags)), None)


def _told_with_no_end(a, draft: _Draft, place: dict, sentence: int) -> _Draft | None:
    """Another movement of the same sentence of the text (``sentence``: Fragment.in_sentence)
    read from ``place`` with no end (the replacing force's arrival read by the clause reader),
    else None."""
    return next((d for d in a.drafts if d is not draft and d.destination is None and d.origin is not None
                 and same_place(d.origin, _place_of(place)) and any(f.in_sentence == sentence for f in d.frags)), None)


_PATTERNS.save()
