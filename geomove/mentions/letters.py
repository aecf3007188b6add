"""A name as an English keyboard writes it: the letters beyond ASCII folded to their plain
forms ('Bodø' -> 'Bodo', 'Tromsø' -> 'Tromso', 'Ny-Ålesund' -> 'Ny-Alesund', 'Łódź' ->
'Lodz'), nothing else changed (case, words, articles and punctuation stay as written), so a
text that writes a place both ways writes one name."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# letters NFKD does not take apart into a plain letter and an accent
_STROKES = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "ł": "l", "Ł": "L",
                          "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i"})


@lru_cache(maxsize=4096)
def ascii_spelling(name: str) -> str:
    """``name`` with its accented and stroked Latin letters written plain (see the module)."""
    if name.isascii():
        return name
    folded = unicodedata.normalize("NFKD", name.translate(_STROKES))
    return "".join(ch for ch in folded if not unicodedata.combining(ch))
