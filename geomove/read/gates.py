"""The reading wing's name for :mod:`geomove.gates` (patterns searched only in spans that hold
one of their words). The module lives outside the wing because ``geomove.dates``, which the
places command reads too, gates its patterns with it: a ``places`` run imports no module of the
reading wing it does not need (tests/test_cli_startup.py, tests/test_speed50.py)."""

from ..gates import Gate, folded, words_cover  # noqa: F401

__all__ = ["Gate", "folded", "words_cover"]
