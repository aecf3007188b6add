"""Layout white space squeezed before a report is read, offsets given back in the report's terms.

Text copied from a PDF table, a web page or a teleprinter log can hold runs of hundreds or
thousands of spaces, tabs or blank lines. Many reading patterns allow white space in several
places in a row (``\\s*,?\\s*``, ``\\s+(?:\\w+\\s+){0,2}?``); on a run of n such characters
they try every way of sharing it out, and their cost grows with n squared or cubed: one tab run of
3,000 characters inside a three-sentence report cost 50 CPU seconds (benchmarks/fuzz.py, kind
``wide-gap``). No decision of the reader depends on how long a run of white space is beyond a
few characters, so both wings read the report with each run longer than :data:`KEEP` kept to
its first and last ``KEEP // 2`` characters (its newlines at either end stay where they were),
and every offset they give is mapped back to the report as given. A report without such a run
is read as it is, with no copy.

What changes for a report with such a run: the ``quote`` of a movement holds the run as kept
(a quote is for reading); offsets, and every ``surface`` read from them, are the report's.

Markup pasted with a report is read the same way, as the page shows it: an HTML character
reference ("&#8217;", "&nbsp;", "&amp;") is read as its character, and a soft hyphen (U+00AD, a
place where a browser may break a word, never shown otherwise) as nothing, so "Bakh\u00admut"
is read "Bakhmut" and "Kramatorsk&#8217;s" "Kramatorsk’s" (read as written, the name was lost,
and the ";" of an entity ended the clause: its day was lost). The character a reference stands
for is kept where the reference began and the rest taken out, as a run's middle is; a mention's
offsets and surface are the report's ("Bakh\u00admut", "C\u00f4te d&#8217;Ivoire").
"""

from __future__ import annotations

import bisect

from .regex_cache import CompiledPatterns

KEEP = 32  # the longest run of white space read as written (its first and last 16 characters)
_PATTERNS = CompiledPatterns("layout")  # (kept code: ~1 M instructions a pattern otherwise)
# (one \s, then the rest of the run: a pattern that opens with a class lets the engine skip to
# the next white space in C; "\s{33,}" was tried as a repeat at every character of the report,
# ~45% more instructions for the same matches, tests/test_speed81.py)
_LONG_RUN = _PATTERNS.compile(r"\s\s{%d,}" % KEEP)
# A run of KEEP + 1 white-space characters covers at least (KEEP + 1) // _STEP characters in a
# row of the text taken every _STEP-th character (any _STEP * k characters in a row hold k
# offsets divisible by _STEP), so a report whose sample holds no such row holds no long run:
# the sample, a quarter of the report, is searched instead of the whole (the pattern is tried
# at every white space; prose has none of those rows in its sample, and a report whose
# sample has one is searched whole, as before)
_STEP = 4
_SAMPLED_RUN = _PATTERNS.compile(r"\s\s{%d}" % ((KEEP + 1) // _STEP - 1))


class Squeezed:
    """A report with its long runs of white space cut short, and the way back to its offsets.

    ``cuts``: the offsets in the squeezed text where characters were taken out (ascending);
    ``removed``: how many had been taken out up to and including each cut."""

    __slots__ = ("original", "text", "cuts", "removed", "resumes")

    def __init__(self, original: str, text: str, cuts: list[int], removed: list[int]):
        self.original, self.text, self.cuts, self.removed = original, text, cuts, removed
        # the report's offset where it resumes after each part taken out
        self.resumes = [c + r for c, r in zip(cuts, removed)]

    def to_original(self, pos: int) -> int:
        """The report's offset of the squeezed text's offset ``pos``."""
        i = bisect.bisect_right(self.cuts, pos)
        return pos + (self.removed[i - 1] if i else 0)

    def to_squeezed(self, pos: int) -> int:
        """The squeezed text's offset of the report's offset ``pos`` (a position inside the
        part of a run taken out goes to the cut)."""
        lo = bisect.bisect_right(self.resumes, pos)  # (the parts taken out wholly before pos)
        before = self.removed[lo - 1] if lo else 0
        if lo < len(self.cuts) and pos > self.cuts[lo] + before:
            return self.cuts[lo]  # (inside the part taken out)
        return pos - before


SOFT_HYPHEN = "\u00ad"
# an HTML character reference, by number or by name (with its semicolon: "AT&T" is no reference)
_REFERENCE = r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
_MARKUP = _PATTERNS.compile(_REFERENCE + "|" + SOFT_HYPHEN)
_RUN_OR_MARKUP = _PATTERNS.compile(_LONG_RUN.pattern + "|" + _REFERENCE + "|" + SOFT_HYPHEN)


def _as_shown(written: str) -> str | None:
    """What a reference or a soft hyphen shows ("&#8217;" -> "’", a soft hyphen -> ""); None
    for a name HTML does not know ("&foo;": read as written)."""
    if written == SOFT_HYPHEN:
        return ""
    import html  # (here: html.entities' table of ~2,200 names costs ~7 M instructions a process,
    # and most reports hold no reference)
    shown = html.unescape(written)
    if shown == written or len(shown) >= len(written):
        return None
    return "" if shown == SOFT_HYPHEN else shown


# the last report found to hold nothing to squeeze: `extract` asks of each report twice, in
# read.assemble and again in the mention finder it hands the same text to (a str is immutable:
# the same object has the same answer); two scans of the whole report were 0.7% of `extract`
_last_plain: str | None = None


def squeeze(text: str) -> Squeezed | None:
    """The report with each run of white space longer than :data:`KEEP` kept to its first and
    last ``KEEP // 2`` characters, each HTML character reference read as its character and each
    soft hyphen taken out (the module's doc); None when it has none of these (read it as it is)."""
    global _last_plain
    if not isinstance(text, str):
        return None
    if text is _last_plain:
        return None
    spaced = len(text) > KEEP and _SAMPLED_RUN.search(text[::_STEP]) is not None \
        and _LONG_RUN.search(text) is not None
    marked = ("&" in text or SOFT_HYPHEN in text) and _MARKUP.search(text) is not None
    if not (spaced or marked):
        _last_plain = text
        return None
    half = KEEP // 2
    parts: list[str] = []
    cuts: list[int] = []
    removed: list[int] = []
    taken = 0
    last = 0
    for run in (_RUN_OR_MARKUP if marked else _LONG_RUN).finditer(text):
        a, b = run.span()
        if text[a] == "&" or text[a] == SOFT_HYPHEN:
            shown = _as_shown(run.group(0))
            if shown is None:
                continue
            parts.append(text[last:a])
            parts.append(shown)
            cuts.append(a + len(shown) - taken)
            taken += (b - a) - len(shown)
            removed.append(taken)
            last = b
            continue
        parts.append(text[last:a + half])
        cuts.append(a + half - taken)
        taken += (b - a) - KEEP
        removed.append(taken)
        parts.append(text[b - half:b])
        last = b
    if not cuts:
        return None
    parts.append(text[last:])
    return Squeezed(text, "".join(parts), cuts, removed)


def mention_to_original(m: dict, sq: Squeezed) -> dict:
    """A MENTION read from ``sq.text`` with its offsets (and its surface, when it spans a cut)
    in the report's terms."""
    m = _mention_moved(m, sq.to_original)
    if m["end"] - m["start"] != len(m.get("surface") or ""):
        m["surface"] = sq.original[m["start"]:m["end"]]
    phrase = m.get("phrase")
    if phrase and "text" in phrase and phrase["end"] - phrase["start"] != len(phrase["text"] or ""):
        m["phrase"] = dict(phrase, text=sq.original[phrase["start"]:phrase["end"]])
    return m


def mention_to_squeezed(m: dict, sq: Squeezed) -> dict:
    """A MENTION of the report (handed to the reader by its caller) in the squeezed text's terms
    (its surface as read there, when a reference or a soft hyphen inside it was read)."""
    m = _mention_moved(m, sq.to_squeezed)
    if m.get("surface") is not None and m["end"] - m["start"] != len(m["surface"]):
        m["surface"] = sq.text[m["start"]:m["end"]]
    return m


def _mention_moved(m: dict, to) -> dict:
    """A copy of MENTION ``m`` with every offset it holds passed through ``to``."""
    m = dict(m, start=to(m["start"]), end=to(m["end"]))
    if m.get("sentence_span"):
        m["sentence_span"] = [to(m["sentence_span"][0]), to(m["sentence_span"][1])]
    if m.get("phrase"):
        m["phrase"] = dict(m["phrase"], start=to(m["phrase"]["start"]), end=to(m["phrase"]["end"]))
    return m


def feature_to_original(feature: dict, sq: Squeezed) -> dict:
    """A MOVEMENT read from ``sq.text`` with its places' offsets in the report's terms."""
    props = feature.get("properties") or {}
    for key in ("origin", "destination"):
        if isinstance(props.get(key), dict):
            props[key] = _place_to_original(props[key], sq)
    if isinstance(props.get("via"), list):
        props["via"] = [_place_to_original(p, sq) if isinstance(p, dict) else p for p in props["via"]]
    return feature


def _place_to_original(place: dict, sq: Squeezed) -> dict:
    offsets = place.get("offsets")
    if not (isinstance(offsets, (list, tuple)) and len(offsets) >= 2 and all(isinstance(x, int) for x in offsets[:2])):
        return place
    start, end = sq.to_original(offsets[0]), sq.to_original(offsets[1])
    place = dict(place, offsets=[start, end, *offsets[2:]])
    if place.get("surface") is not None and end - start != len(place["surface"]):
        place["surface"] = sq.original[start:end]
    return place


_PATTERNS.save()  # (the code of patterns compiled anew, for the next process)
