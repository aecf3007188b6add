"""Session 21's and session 32's speed work (speed50) gives the same answers: each shortcut
against the plain computation it replaces."""

import subprocess
import sys

import pytest
from hypothesis import example, given, settings
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


def test_every_pattern_before_an_anchor_ends_in_the_words_said():
    """relative._BEFORE_ENDING_IN: a pattern left out for a last word never matches before it
    (each pattern tried on phrases ending in every listed word; test_relative's property test
    compares whole answers)."""
    from geomove import relative as r

    phrases = ["10 km north of ", "5 km from ", "3 miles outside ", "4 km outside of ", "the countryside of ",
               "the outskirts around ", "the area near ", "north of ", "near ", "nearby ", "close to ",
               "next to ", "in the vicinity of ", "around ", "outside ", "not far from ", "on the edge of ",
               "approaching ", "at the gates of ", "northern ", "north-western ", "border with ",
               "the frontier area with ", "near the city of ", "10 km south of the town of "]
    for phrase in phrases:
        for article in ("", "the "):
            before = phrase + article
            last = r._word_before(before)
            if last == "the":
                last = r._word_before(before.rstrip()[:-3])
            allowed = r._BEFORE_ENDING_IN.get(last)
            matching = [i for i, (_, rx) in enumerate(r._BEFORE) if rx.search(before)]
            assert matching or article, before  # ("northern the" is no phrase)
            if allowed is not None:
                assert set(matching) <= set(allowed), (before, matching, allowed)


_PHRASE_WORDS = st.sampled_from([
    "of", "the", "from", "outside", "around", "near", "nearby", "close", "next", "to", "approaching", "with",
    "border", "frontier", "area", "northern", "north-western", "central", "countryside", "outskirts", "vicinity",
    "in", "not", "far", "on", "edge", "at", "gates", "city", "town", "village", "10", "km", "miles", "north",
    "south-east", "away", "x-to", "Near", "OF", "(about 5 km)", "rural", "areas",
    # (whole phrases of the patterns, so that they end the text often)
    "close to", "next to", "not far from", "5 km from", "away from", "in the vicinity of", "on the edge of",
    "at the gates of", "10 km north of", "the border with", "the eastern countryside of", "the city of",
    "outside of", "the outskirts around"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.tuples(_PHRASE_WORDS, st.sampled_from([" ", "  ", "\n"])), min_size=1, max_size=6))
def test_patterns_left_out_by_the_last_word_find_nothing(words):
    """relation_around (the patterns of the last word only) against _relation_around with every
    pattern, on phrases made of the patterns' own words right before the anchor."""
    from geomove.relative import _relation_around, relation_around

    left = "Troops " + "".join(w + s for w, s in words)
    text = left + "Aleppo today"
    start, end = len(left), len(left) + 6
    assert relation_around(text, start, end) == _relation_around(
        text, start, end, text[max(0, start - 80):start], text[end:end + 80])


# --- session 32 (speed50): the places scan path ------------------------------------------------

_ACRONYM_PIECES = st.sampled_from(["Northern", "Bloc", "of", "the", "and", "al", " ", "  ", "\n", "(", ")", "NB",
                                   "(NB)", "(UN)", "(NBX)", "(X)", ",", ".", "McDonald", "O'Neill", "al-Qaeda",
                                   "Rapid Support Forces", "(RSF)", "((RSF))", "Al-Nusra", "Front", "9", "é", "Élan"])


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.lists(_ACRONYM_PIECES, max_size=30).map("".join),
                 st.lists(_ACRONYM_PIECES, max_size=20).map(" ".join)))
@example("Fighters of the Al-Nusra Front (AF), then (the) Lake Region Guard (LRG).")
@example("a (b) Northern Bloc.\nO'Neill and McDonald Group (MG) (XY)")
def test_acronym_definitions_are_those_of_the_full_pattern(text):
    from geomove.mentions.tokens import _ACRONYM_DEF_RE, _acronym_definitions

    assert [(m.span(), m.groups()) for m in _acronym_definitions(text)] == \
        [(m.span(), m.groups()) for m in _ACRONYM_DEF_RE.finditer(text)]


def test_an_acronym_the_text_defines_is_read():
    from geomove.mentions.tokens import _acronym_definitions

    text = "Fighters of the Eastern Valley Front (EVF) left. Later, the Coastal Guard (CG) and (XY) came."
    assert [m.group(2) for m in _acronym_definitions(text)] == ["EVF", "CG"]
    assert _acronym_definitions(text)[0].group(1).strip() == "Eastern Valley Front"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Gao", "the", "of", ".", "al", "al-", "St.", "d'Ivoire", "mid-Ohio", "x",
                                 "Mali", "2024", "،", "القامشلي", "de"]), max_size=25))
def test_run_roles_are_each_spelling_s_role(words):
    from geomove.mentions import tokens
    from geomove.textutil import tokenize

    toks = tokenize(" ".join(words))
    assert tokens._run_roles(toks) == [tokens._run_role(t.text) for t in toks]
    assert tokens._run_roles(toks) == [tokens._run_role(t.text) for t in toks]  # (known now)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["frigate", "frigates", "ship", "ships", "shipss", "landing", "patrol", "boat", "boats",
                        "tanker", "vessel", "vessels", "carrier", "carriers", "aircraft", "submarine", "warships",
                        "flagship", "icebreaker", "gunboat", "minesweepers", "corvette", "cruisers", "destroyer",
                        "s", "", "shipyard", "fleet", "navy", "assault", "survey"]))
def test_ship_words_are_every_word_a_ship_s_name_needs(word):
    """The words a text must hold for _named_after_a_ship_kind to find anything: a ship's kind
    before the name (its last word, as that function asks, plural or not) or a warship noun."""
    from geomove.mentions.persons import _SHIP_KIND_LAST, _SHIP_WORDS
    from geomove.wordlists import WARSHIP_KINDS

    needed = word == "aircraft" or word in _SHIP_KIND_LAST or word.removesuffix("s") in _SHIP_KIND_LAST \
        or word in WARSHIP_KINDS or word.removesuffix("s") in WARSHIP_KINDS
    assert (word in _SHIP_WORDS) == needed


def test_a_text_without_ship_words_is_asked_once(gazetteer):
    from geomove.mentions.finder import _Finder

    plain = _Finder("Troops moved from Baotou and Shandong to Beijing on Monday.", gazetteer)
    assert plain.classify_run([3]) == {} and plain._ship_words_written is False
    ship = _Finder("The destroyer Baotou shadowed the group east of Okinawa.", gazetteer)
    assert ship.classify_run([2]) == {2: "person"} and ship._ship_words_written is True


@pytest.mark.parametrize("text", [
    "China's aircraft Carrier Shandong sailed past Luzon.",
    "The Fujian aircraft Carrier passed the strait.",
    "Frigate Baotou shadowed the group east of Okinawa.",
    "The frigates Hessen and Bayern left Kiel for the Red Sea.",
])
def test_ship_gate_asks_what_the_full_test_asks(gazetteer, text):
    """The gate says no ship only where the full test finds none: each run of the text gives
    the same marks with the gate as with every run asked in full."""
    from geomove.mentions.finder import _Finder

    gated, full = _Finder(text, gazetteer), _Finder(text, gazetteer)
    full._ship_words_written = True
    for run in gated.runs():
        assert gated._named_after_a_ship_kind(run) == full._named_after_a_ship_kind(run)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(list("AZaSsz.,-'_19 \n\t\r\x0b\x0c\x1c\x1f\x7f!(\x00") + ["U.", "S.", "'s", "'S", "al-",
                                                                                    "U.S.", "3.5", "1,000"]),
                max_size=40).map("".join))
def test_ascii_split_gives_the_pieces_of_the_unicode_split(text):
    from geomove.textutil import _ASCII_TOKEN_SPLIT_RE, _TOKEN_SPLIT_RE, tokenize

    assert text.isascii()
    assert _ASCII_TOKEN_SPLIT_RE.split(text) == _TOKEN_SPLIT_RE.split(text)
    # tokenize takes the ASCII pattern for this text, and a letter outside ASCII the other
    assert [t.text for t in tokenize(text)] == _TOKEN_SPLIT_RE.split(text)[1::2]


def test_ascii_classes_take_the_characters_the_unicode_classes_take():
    import re

    from geomove.textutil import _ASCII_SPACE

    for unicode_class, ascii_class in [(r"\s", f"[{_ASCII_SPACE}]"), (r"[^\W\d_]", "[A-Za-z]"), (r"\d", "[0-9]"),
                                       (r"\w", "[A-Za-z0-9_]"), (r"[^\w\s]", f"[^A-Za-z0-9_{_ASCII_SPACE}]")]:
        taken = [c for c in map(chr, range(128)) if re.fullmatch(unicode_class, c)]
        assert taken == [c for c in map(chr, range(128)) if re.fullmatch(ascii_class, c)], unicode_class


def test_a_text_with_one_letter_outside_ascii_keeps_its_words_whole():
    from geomove.textutil import tokenize

    assert [t.text for t in tokenize("Troops left Pétion-Ville for U.S. bases’ gates.")] == \
        ["Troops", "left", "Pétion-Ville", "for", "U.S.", "bases", "’", "gates", "."]
    assert [t.text for t in tokenize("Troops left Petion-Ville for U.S. bases' gates.")] == \
        ["Troops", "left", "Petion-Ville", "for", "U.S.", "bases", "'", "gates", "."]
