"""A count written with a decimal and a word of magnitude: "Some 1.5 thousand troops moved from
A to B" (as reports in translation write it) is 1,500. The count reader's number is the digits
after the point ("5") and its word "thousand" multiplies it: 5,000 was read. The digits before
the point, right before the number, make it a decimal."""

from __future__ import annotations

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-decimal-count")

# the whole part and the point right before the number's digits: "1." of "1.5 thousand"
_WHOLE_BEFORE = _PATTERNS.compile(r"(?<![\d.,])(?P<whole>[0-9]{1,3})[.]$")


def decimal_value(text: str, num_start: int, digits: str, times: int) -> int | None:
    """The count of a decimal number ("1.5") times ``times`` (1,000 for "thousand"), when the
    number's ``digits`` at ``num_start`` follow a whole part and a point; else None."""
    whole = _WHOLE_BEFORE.search(text, max(0, num_start - 4), num_start)
    if whole is None or not digits.isdigit():
        return None
    return round(float(f"{whole.group('whole')}.{digits}") * times)


_PATTERNS.save()
