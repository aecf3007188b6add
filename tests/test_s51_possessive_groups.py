"""A number closing a sentence leaves its full stop a token of its own, under every Python 3.11.

Python 3.11.2's re (Debian 12's python3) kept its position where a failed try of a possessively
repeated group had stopped (CPython fixed it in 3.11.5, gh-100061): under the token patterns'
"(?:[.,]\\d++)*+" a number's closing stop was tried as the opening of a decimal part, the digit
after it was missing, and the stop stayed in the number ("2024." one token). The same happened
to "Mali's" under the repeat of a word's joined parts (tests/test_s50_token_possessive.py). The
token patterns now repeat groups greedily (nothing follows the repeat, so the same tokens); this
file fails on 3.11.2 without that, and the last test keeps such a repeat out of the source.
"""

import re
from pathlib import Path

import pytest

from geomove import textutil

# sentences of our own
TEXTS = [
    ("The brigade reached Kidal in 2024. Then it turned north.", ["2024", ".", "Then"]),
    ("They counted 1,500. The rest stayed in Gao.", ["1,500", ".", "The"]),
    ("The column left at 05.45. Nobody followed it.", ["05.45", ".", "Nobody"]),
    ("Trucks drove 12.5 km to Menaka.", ["12.5", "km"]),
    ("Sector 4.b was held by U.N. troops.", ["4", ".", "b"]),
    ("The convoy of 300 left Tessalit on 3 May 2025.", ["2025", "."]),
    ("U.S.A. units moved to Ménaka in 2023.", ["2023", "."]),
]


@pytest.mark.parametrize("pattern", ["_TOKEN_SPLIT_RE", "_ASCII_TOKEN_SPLIT_RE"])
@pytest.mark.parametrize("text, held", TEXTS)
def test_number_leaves_its_stop(pattern, text, held):
    if pattern == "_ASCII_TOKEN_SPLIT_RE" and not text.isascii():
        pytest.skip("the ASCII pattern splits only texts all in ASCII")
    tokens = [t for t in getattr(textutil, pattern).split(text) if t and not t.isspace()]
    at = tokens.index(held[0])
    assert tokens[at:at + len(held)] == held
    assert not any(t[:1].isdigit() and t.endswith((".", ",")) for t in tokens)


def test_tokenize_splits_a_closing_stop_from_its_number():
    text = "Some 2,000 soldiers were flown to Bamako in 2024. They arrived at 06.30."
    assert [t.text for t in textutil.tokenize(text)][-7:] == ["2024", ".", "They", "arrived", "at", "06.30", "."]


# ")*+", ")++", ")?+", "){2,}+": a possessive repeat of a group (a repeat of one character, "\d++",
# is another operation of the engine, not touched by the 3.11.2 bug)
_POSSESSIVE_GROUP = re.compile(r"\)(?:[*+?]|\{\d*(?:,\d*)?\})\+")


def test_no_group_is_repeated_possessively():
    root = Path(textutil.__file__).parent
    found = []
    for path in sorted(root.rglob("*.py")) + sorted(root.rglob("*.json")):
        if "plugins" in path.parts:  # (JavaScript in strings: "i++)" and the like, no patterns)
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _POSSESSIVE_GROUP.search(line) and not line.lstrip().startswith("#"):
                found.append(f"{path.relative_to(root)}:{number}")
    assert found == []
