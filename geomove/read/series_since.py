"""An apposition that places the movement in a series reaching back to a year: "Troops arrived in
Goma on Monday, the first deployment there since 2019", "..., the largest such airlift since
2014", "A contingent of police, the fourth since 2024, landed at X".

"since 2019" counts from then to now: it says how long it has been since the last such move,
not that this one happened back then. The status reader took the year as the clause's time and
made a movement told of Monday background (status.past_year); the apposition is taken out of
what past_year reads, as an aside is.
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-series-since")

# the words that place a move in a series ("the first", "the latest"); since_date reads the same
# series before a date of any kind, with more ordinals
SERIES_ORDINALS = r"first|second|third|fourth|fifth|sixth|latest|largest|biggest|last"
# ", the first (such) deployment (there) since 2019" up to the next clause mark, or the same
# set off by commas before the verb (", the fourth since 2024,")
# (and the opener "For the second time since 2019, troops crossed ...": the same count from a year,
# s41 lead)
_SERIES_SINCE = _PATTERNS.compile(
    r"(?:,\s*|\bfor\s+)(?:the|its|their)\s+(?:" + SERIES_ORDINALS + r")\b"
    r"[^,;.]{0,60}?\bsince\s+(?:(?:early|late|mid)[\s-]+)?(?:19|20)[0-9][0-9]\b[^,;.]{0,40}", re.I)


def without_series_since(sentence: str) -> str:
    """``sentence`` with its appositions of a series since a year blanked out."""
    if "since" not in sentence:
        return sentence
    return _SERIES_SINCE.sub(" ", sentence)


_PATTERNS.save()
