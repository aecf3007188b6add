"""Did a report name a person earlier with a title or a given name ("President William Ruto ...
Ruto flew to Luanda")? Asked of the text before a bare surname (clauses._Reader._named_person).

The question was two regular-expression scans of the whole text before the surname, for each
surname asked: a long report (thousands of sentences, many surnames) paid the square of its
length. Both patterns match a run of words and spaces that ends with the surname, and neither
can match a character other than a word character, a space, an apostrophe, a full stop or a
hyphen (``_BREAK`` finds any other: a comma, a quotation mark, a bracket). So a match lies
inside one stretch of text between two such characters, and one that holds the surname: the
scans are run on those stretches only, found from the surname's places in the text (listed once
a report). Each stretch is cut at a character no match can cross, so what the patterns find in
it, and the order ``findall`` takes its matches in, are what the scan of the whole text found
there."""

from __future__ import annotations

import bisect
import re

from ..wordlists import GIVEN_NAMES, HONORIFICS

from ..regex_cache import CompiledPatterns

# (its patterns are built from code an earlier run kept: geomove.regex_cache)
_PATTERNS = CompiledPatterns("read-titled-before")

_HONORIFIC_WORDS = "|".join(sorted((re.escape(w.rstrip(".")) for w in HONORIFICS), key=len, reverse=True))

# a character no match of either pattern below can hold (the surname's own aside)
_BREAK = _PATTERNS.compile(r"[^\w\s'’.-]")


def _titled(surname: str) -> str:
    """"President William Ruto": a title, then up to three capitalised words and the surname."""
    return r"\b(?i:" + _HONORIFIC_WORDS + r")\.?\s+(?:[A-Z][\w'’.-]*\s+){0,3}" + re.escape(surname) + r"\b"


def _given(surname: str) -> str:
    """"William Samoei Ruto": the first of up to three capitalised words before the surname."""
    return r"\b([A-Z][\w'’-]*)\s+(?:[A-Z][\w'’.-]*\s+){0,2}" + re.escape(surname) + r"\b"


def _asks(text: str, surname: str) -> bool:
    """The two scans, of all of ``text``."""
    return re.search(_titled(surname), text) is not None or any(
        w.lower() in GIVEN_NAMES for w in re.findall(_given(surname), text))


def titled_before_plainly(text: str, surname: str, before: int) -> bool:
    """The scan of the whole text before ``before`` (as _named_person asked it before session 21)."""
    return _asks(text[:before], surname)


class NamesTold:
    """The question for one report, asked of the stretches that hold the surname (module doc)."""

    def __init__(self, text: str):
        self.text = text
        self._places: dict[str, list[int]] = {}  # surname -> where it is written, in order

    def _written_at(self, surname: str) -> list[int]:
        found = self._places.get(surname)
        if found is None:
            found, at = [], self.text.find(surname)
            while at >= 0:
                found.append(at)
                at = self.text.find(surname, at + 1)  # (every place, overlapping ones too)
            self._places[surname] = found
        return found

    def _stretch_start(self, at: int) -> int:
        """Just after the last character before ``at`` that no match can hold (0: none)."""
        width = 256
        while True:
            lo = max(0, at - width)
            last = None
            for last in _BREAK.finditer(self.text, lo, at):
                pass
            if last is not None:
                return last.end()
            if lo == 0:
                return 0
            width *= 4

    def titled_before(self, surname: str, before: int) -> bool:
        if not surname or _BREAK.search(surname):
            return titled_before_plainly(self.text, surname, before)  # (a match may hold such a character)
        places = self._written_at(surname)
        asked_to = None  # (the end of the last stretch asked: one stretch may hold the surname twice)
        for at in places[:bisect.bisect_right(places, before - len(surname))]:
            if asked_to is not None and at < asked_to:
                continue
            start = self._stretch_start(at)
            end = _BREAK.search(self.text, at + len(surname), before)
            end = before if end is None else end.start()
            # (the stretch is cut where the text before ``before`` is: its last word's boundary
            # reads the same as in the whole scan, a character no match holds or the cut itself)
            if _asks(self.text[start:end], surname):
                return True
            asked_to = end
        return False
_PATTERNS.save()
