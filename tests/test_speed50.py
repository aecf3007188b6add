"""Session 21's speed work (speed50) gives the same answers: each shortcut against the plain
computation it replaces."""

import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from geomove.mentions.acceptance import _place_cells

# texts of table-ish pieces: labels, bars, tabs, place-like words and line breaks in any order
_PIECES = st.sampled_from(["Unit", "From", "To", "Date", "Strength", "Status", " | ", "|", "\t", "\n",
                           "|---|---|---|", "French battalion", "Gap", "Cincu", "12 Nov", "650", " ", "moved"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_place_cells_shortcut_is_header_table_s(text):
    from geomove.read.header_table import place_cells

    assert _place_cells(text) == place_cells(text)


def test_a_table_still_gives_its_cells():
    text = "Unit | From | To | Date\nFrench battalion | Gap | Cincu | 12 Nov\n"
    assert [(text[a:b], role) for a, b, role in _place_cells(text)] == [("Gap", "origin"), ("Cincu", "destination")]


def test_places_of_a_text_without_a_table_do_not_import_the_reader(gazetteer):
    """A places process reading a text with no bar nor tab never imports geomove.read (~0.1 CPU s).
    (A lone name, with no word before it that supports it, is asked for its table column.)"""
    code = ("import sys\n"
            "from geomove.gazetteer import Gazetteer\n"
            "from geomove.mentions import find_mentions\n"
            f"gaz = Gazetteer({str(gazetteer.path)!r})\n"
            "find_mentions('Kidal remained calm on Monday.', gazetteer=gaz)\n"
            "print('geomove.read' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "False"


# --- patterns rewritten so the regex engine skips ahead in C: the same matches as before

def _old_naming_word_re():
    import re

    return re.compile(
        r"\b(?:spelled|spelt|written|known|called|named)(?:\s+(?:in|by)\s+[A-Z][a-z]+)?(?:\s+as)?"
        r"(?:\s+(?:in|by)\s+[A-Z][a-z]+\s+as)?\s*"
        r"|[,(]\s*(?:the\s+(?:old|former|colonial-era|colonial)|formerly)\s+")


_NAMING_PIECES = st.sampled_from([
    "spelled", "spelt", "written", "known", "called", "named", "unnamed", "recalled", "wellknown", "_named",
    "5called", "é", "ñamed", "Called", "as", "in", "by", "Kurdish", "Arabic", "the", "old", "former", "formerly",
    "colonial", "colonial-era", ",", "(", ")", " ", "  ", "\n", "-", "'", "’", "Kobani", "Ayn al-Arab", "x"])


@settings(max_examples=1500, deadline=None)
@given(st.lists(_NAMING_PIECES, max_size=14).map("".join))
def test_naming_words_are_found_where_they_were(text):
    from geomove.mentions.other_names import _NAMING_WORD_RE

    old = _old_naming_word_re()
    assert [m.span() for m in _NAMING_WORD_RE.finditer(text)] == [m.span() for m in old.finditer(text)]


def test_another_name_still_read():
    from geomove.mentions.other_names import _NAMING_WORD_RE

    text = "Kobani, also known as Ayn al-Arab, and Pathein (formerly Bassein); Qamishli, called Qamishlo in Kurdish"
    assert [text[m.end():m.end() + 4] for m in _NAMING_WORD_RE.finditer(text)] == ["Ayn ", "Bass", "Qami"]


_HEAD_PIECES = st.sampled_from(["dam", "Dam", "damage", "Amsterdam", "bridge", "bridges", "barrage", "reservoir",
                                "reservoirs", "_dam", "dam_", "5dam", "é", "the", "Tishrin", " ", "-", "\n", "x"])


@settings(max_examples=1000, deadline=None)
@given(st.lists(_HEAD_PIECES, max_size=10).map("".join))
def test_lower_case_heads_are_found_where_they_were(text):
    from geomove.mentions.lower_case_heads import _ANY_HEAD, _writes_a_lower_case_head

    assert _writes_a_lower_case_head(text) == (_ANY_HEAD.search(text) is not None)
