"""A correction of where a force got to, told as a contrast after a negated arrival: "'They did
not reach Kupiansk, they stopped at Svatove,' the spokesman said", "The convoy did not reach
Kidal but halted at Anefis", "Our column never got to Bakhmut; it stopped at Chasiv Yar".

The negation belongs to the first place only: the force moved and got as far as the stop, so the
movement is reported with the stop as its end (GUIDELINES: the finest place the report
offers for where the movement ended), as "not to A but to B" is read (coordination.not_but).
Before, the stop was read as a place passed on the way to the place not reached (the clause
names a destination, lexicon role_cues via_stop), and the whole movement was negated.

Only a negated fragment whose one negation comes before the stop, with a place passed told by a
verb of stopping after a contrast (a comma, semicolon, dash or "but", and at most a pronoun or a
short noun phrase as its own subject) after the first end's cue.

why: task read133 (a quote that corrects itself), sentences of my own."""

from __future__ import annotations

import re
from dataclasses import replace

from ..regex_cache import CompiledPatterns
from .places import _place_of
from .state import Fragment

_PATTERNS = CompiledPatterns("read-stopped-short")

# the stop's own cue, where the place passed was read: "stopped at", "halted in"
_STOP_CUE = _PATTERNS.compile(r"(?:stopp|halt)(?:ed|ing)\b", re.I)
# from the first end to the stop: a contrast and at most a subject of its own, then the cue
_CONTRAST_BEFORE_STOP = _PATTERNS.compile(
    r"(?:,|;|—|–|\s-|\bbut\b)\s*(?:(?:but|and|instead)\s+)?(?:(?:they|it|we|he|she|(?:the|our|their|its)\s+(?:[\w-]+\s+)?[\w-]+)\s+)?"
    r"(?:(?:only|instead|just|then|had)\s+)?$", re.I)
# a negation word: the one before the first end must be the clause's only one
_NEGATION = _PATTERNS.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.I)


def stopped_short(text: str, span: tuple[int, int], frag: Fragment, why: list) -> Fragment:
    """``frag`` read as reported, to the stop told after a negated end ("did not reach A, they
    stopped at B": B its end, A dropped); ``frag`` unchanged otherwise."""
    if frag.status != "negated" or not frag.via or not frag.destination:
        return frag
    first_end = min(at for _p, at in frag.destination)
    stops = [(p, at) for p, at in frag.via if at > first_end and _STOP_CUE.match(text, at)]
    if not stops:
        return frag
    place, at = stops[0]
    if "." in text[first_end:at] or _CONTRAST_BEFORE_STOP.search(text, first_end, at) is None:
        return frag
    s, _e = span
    if len(_NEGATION.findall(text, s, first_end)) != 1 or _NEGATION.search(text, first_end, at):
        return frag
    why.append(f"sentence {frag.sentence}: did not get to {frag.destination[0][0].get('name')}, stopped at "
               f"{place.get('name')}: the stop is where it went")
    return replace(frag, destination=[(place, at)], via=[(p, k) for p, k in frag.via if k != at and k < first_end],
                   status="reported", status_why="a contrast 'did not reach A, stopped at B'")


# the clause told right after a negated arrival, whose subject refers back and whose verb is one
# of stopping: "; it stopped at B", ". Instead the column halted in B"
_STOP_TOLD_AFTER = _PATTERNS.compile(
    r"\s*(?:(?:but|instead)\s*,?\s+)?(?:they|it|the\s+(?:[\w-]+\s+)?[\w-]+)\s+(?:(?:only|instead|just|then|had)\s+)?"
    r"(?:stopped|halted)\s+(?:(?:short|instead)\s+)?(?:in|at|near|outside)\s+(?:the\s+(?:town|village|city)\s+of\s+)?$", re.I)
_PATTERNS.save()


def stop_told_after(last, reader, index: int) -> dict | None:
    """Give ``last`` (a negated movement with an end, told in the clause right before ``index``)
    the stop clause ``index`` tells ("The column did not reach A; it stopped at B") as its end,
    reported; the clause joins its quote. The place set, or None."""
    if last is None or last.status != "negated" or last.destination is None or last.frags[-1].sentence != index - 1:
        return None
    s, e = reader.spans[index]
    for m in reader._within(reader.places, s, e):
        if m.get("lat") is not None and _STOP_TOLD_AFTER.fullmatch(reader.text, s, m["start"]):
            place = _place_of(m)
            last.destination = place
            last.via = []
            last.status = "reported"
            last.frags.append(Fragment(sentence=index, trigger="", trigger_start=s, quote=reader.text[s:e].strip()))
            return place
    return None
