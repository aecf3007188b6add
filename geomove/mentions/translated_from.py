"""The language a report was translated from, named by its demonym: "ALMATY, Dec 4 (translated
from Russian) - Units of the National Guard ..." names no Russian force nor place; "Russian" is
the language of the original text. A reading that looks for the state a service or a force
belongs to skips such a word.

why: the dateline's language made the service Russian ("Russian National Guard of Kazakhstan"),
and in a wire "translated from Spanish" Spain counted as a second state of the report, so "the
capital" had no reading (read115, wires of my own in translation)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("mentions-translated-from")

# "(translated from Russian)", "translation from the Arabic", "translated from the original Pashto"
_TRANSLATED_FROM = _PATTERNS.compile(r"\b(?:translated|translation)\s+from\s+(?:the\s+)?(?:original\s+)?$", re.I)
_LOOK_BACK = 40  # characters searched before the word


def language_of_translation(text: str, mention: dict) -> bool:
    """Is ``mention`` (a demonym or country word) the language the report was translated from?"""
    return _TRANSLATED_FROM.search(text, max(0, mention["start"] - _LOOK_BACK), mention["start"]) is not None


_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)
