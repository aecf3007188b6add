"""A date that tells when a thing the clause names was done, not when the force moved: "about 150
instructors arrived in Yerevan under a training agreement signed in June", "troops crossed into
X under a deal struck on 3 March", "the battalion left for Y, as set out in a plan approved last
year". The participle of an act right after its noun ("an agreement signed", "a deal struck")
is a reduced relative clause: its date is the act's.

why: the nearest date to the movement's verb was taken, and with no date of its own the
arrival was dated to the month the agreement was signed, months before the report."""

from __future__ import annotations

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-act-dated")

# a noun, the participle of an act done to it, and the words that lead to its date; the noun
# may not be a helper of the verb ("it was signed in June" tells the signing as the clause's own)
_ACT_BEFORE_DATE = _PATTERNS.compile(
    r"\b(?!(?:was|were|is|are|be|been|being|had|has|have|it|they|he|she|we|who|which|that)\s)[a-z]{3,}\s+"
    r"(?:signed|agreed|concluded|approved|adopted|ratified|struck|brokered|negotiated|passed|issued|"
    r"decided|endorsed|renewed|extended)\s+(?:earlier\s+|back\s+|only\s+)?(?:in|on|at\s+the\s+(?:end|start)\s+of|last|this)?\s*$")
_CUE = _PATTERNS.compile(r"\b(?:signed|agreed|concluded|approved|adopted|ratified|struck|brokered|negotiated|passed|"
                         r"issued|decided|endorsed|renewed|extended)\b")


def dates_not_of_an_act(text: str, dates: list, s: int, e: int, anchor: int) -> list:
    """``dates`` of the clause [s, e) without those told right after the participle of an act
    done to a noun ("an agreement signed in June") after the movement's verb at ``anchor``."""
    if not dates or _CUE.search(text, anchor, e) is None:
        return dates
    return [d for d in dates if not (d.start > anchor and _ACT_BEFORE_DATE.search(text, max(anchor, d.start - 60), d.start))]


_PATTERNS.save()
