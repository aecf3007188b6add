"""Hard-wrapped lines read as the sentences they are: text copied from a PDF, an e-mail or a
teleprinter log breaks its sentences at a fixed width ("a column of approximately\\n25 vehicles
belonging to the Malian Armed Forces (FAMa)\\nleft Gao ..."). The reading wing takes a line break
for the end of a unit (a headline, a bullet, a table row): the subject was cut from its verb, and
the movement lost its actor, what moved and its count (probe of my own, s29m).

A single line break is read as a space when the line before it does not end a sentence and the
line after it goes on with it: it opens with a lower-case word or a number that is no list
marker, or the line before ends with a word that cannot close a sentence or a headline ("by",
"of", "the", a comma). Blank lines, bullets, numbered items, time stamps and lines that end
with a full stop, colon or semicolon keep their breaks. The text keeps its length (one space for
"\\n", two for "\\r\\n"), so every offset is the report's.
"""

from __future__ import annotations

from .line_starts import matches_at_line_starts
from .kept import recompile as _recompile  # (built from the kept code: speed58)
from .gates import Gate

# a line that goes on after its break: no sentence's or label's end before it ...
# (the look-ahead first: a match opens with a space, a tab or a line break, and the look-behind was
# asked at every character; the same matches, tests/test_speed46.py)
_BREAK = _recompile(r"(?=[ \t\r\n])(?<=\S)[ \t]*(\r?\n)[ \t]*(?=\S)")
# ... found from its line break: the break, the white space after it and a word (a search that
# opens with a literal, which the engine skips to in C; _BREAK opens with a look-ahead and a
# look-behind, asked at every space of the text: _breaks gives its matches at a fifth of the cost)
_LINE_BREAK = _recompile(r"\n[ \t]*(?=\S)")


def _breaks(text: str):
    """(start, break start, break end, end) of each match of ``_BREAK.finditer(text)``, in order:
    the line break (a "\\r" right before it is the break's), the spaces and tabs before it back to
    a character that is no white space (else no match: a blank line's break), and those after it
    up to one (_LINE_BREAK). tests/test_speed54.py compares the two."""
    for m in _LINE_BREAK.finditer(text):
        newline = m.start()
        brk = newline - 1 if newline > 0 and text[newline - 1] == "\r" else newline
        start = brk
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        if start == 0 or text[start - 1].isspace():  # (_BREAK's look-behind \S: white space as str.isspace tells it)
            continue
        yield start, brk, newline + 1, m.end()


_ENDS_A_UNIT = _recompile(r"[.!?:;…]['\"’”)\]]*$")
# ... and the next line is no list item, bullet or time stamp
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b")
# (and a timeline's dated item: "12 March – French troops left ...", "2025 - ...")
_ITEM_OPENS = _recompile(r"(?:[-*•–—►▪·>#|=+]|\(?[0-9]{1,3}[.)]\s|\(?[a-z][.)]\s|[0-9]{1,2}[:.h][0-9]{2}\b"
                         r"|[0-9]{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r"|[0-9][^\n]{0,14}?\s[–—-]\s)")
_LOWER_OR_NUMBER = _recompile(r"[a-z0-9]")
# words that cannot end a sentence or a headline: the line before a capitalised line goes on
_GOES_ON = _recompile(r"(?:,|\b(?:by|of|the|a|an|to|from|in|at|on|and|or|with|for|near|toward|towards|into|via|"
                      r"through|across|as|that|which|who|whose|its|their|his|her|between|including|under|"
                      r"against|after|before|than|about|some|nearly|approximately|around)\b)$")
# a line of cells split by a tab or a bar is a table's row, which ends at its line break whatever
# opens the next ("14 Leopard 2A6 tanks\tMunster\tRukla\t8 November" over "20 CV90 vehicles\t...":
# read104, the rows were read as one line and no row was found under the header)
_TABLE_ROW = _recompile(r"\t|\s\|\s")
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_TABLE_ROW_GATE = Gate(_TABLE_ROW, ("	", "|"))
_MIN_LINE = 30  # a shorter line is a label or a heading, not a wrapped sentence (wrapped lines run 50-90)


def unwrapped(text: str) -> str:
    """``text`` with each line break inside a hard-wrapped sentence read as white space (the
    same length); the text itself when there is none."""
    if "\n" not in text:
        return text
    pieces: list[str] = []  # (the text between breaks read as spaces, and the spaces: no
    last = 0                # list of every character of a long report)
    for start, brk, brk_end, end in _breaks(text):  # (_BREAK.finditer's spans)
        line_start = text.rfind("\n", 0, start) + 1
        line = text[line_start:start].strip()
        if len(line) < _MIN_LINE or _ENDS_A_UNIT.search(line) or _TABLE_ROW_GATE.search(line):
            continue
        after = text[end:end + 24]
        if _ITEM_OPENS.match(after):
            continue
        if not (_LOWER_OR_NUMBER.match(after) or _GOES_ON.search(line)):
            continue
        pieces += (text[last:brk], " " * (brk_end - brk))
        last = brk_end
    return text if not pieces else "".join(pieces) + text[last:]


# a lettered item label at a line's start: "A. ", "b) ", "(c) " (SITREPs, orders, minutes)
_LETTER_LABEL = _recompile(r"(?m)^([ \t]*)(\(?([A-Za-z])[.)])[ \t]+(?=\S)")


def without_letter_labels(text: str) -> str:
    """``text`` with the lettered labels of a list ("A. 081400Z MAR 26 FAMA CONVOY ...",
    "B. JNIM ELEMENTS ...") read as white space (the same length), when the text holds at least
    two labels of letters that follow each other (A. then B.): a list, not a person's initial
    opening a line ("A. Diallo said ..."). The label stood in the subject: what moved read "A.
    FAMA convoy", and no actor was found (s29m)."""
    if "." not in text and ")" not in text:
        return text
    labels = matches_at_line_starts(_LETTER_LABEL, text)  # (its finditer's, read.line_starts)
    if len(labels) < 2:
        return text
    letters = [m.group(3).lower() for m in labels]
    if not any(ord(b) == ord(a) + 1 for a, b in zip(letters, letters[1:])):
        return text
    pieces, last = [], 0
    for m in labels:
        pieces += (text[last:m.start(2)], " " * (m.end(2) - m.start(2)))
        last = m.end(2)
    return "".join(pieces) + text[last:]
