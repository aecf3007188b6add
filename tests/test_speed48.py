"""speed48: look-aheads at the characters a match opens with, before patterns of the reading
stage that the regex engine entered at every character of a clause (lexicon._DISTINCT,
lexicon._SHIP_NAME, lexicon._SAID_HERE, teller_place._TELLER_BEFORE).

Each pattern is compared with the pattern as written before (rebuilt from the pattern now, the
look-ahead taken out): every character a match may open with, read from the old pattern's parse
tree, is one the look-ahead takes (under the pattern's flags), and the matches are the same on
sentences of our own and on texts hypothesis builds from them (tests/gate_texts.py)."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from re import _parser

from gate_texts import ODD, built_texts
from pattern_identity import first_characters


def _without_look_ahead(pattern: re.Pattern, first: str, *, opened: bool, also=()) -> re.Pattern:
    """``pattern`` as written before: the look-ahead at ``first`` taken out, and the group it
    opened (``opened``) with its closing parenthesis; ``also``: other texts taken out."""
    look = r"(?=[" + first + r"])" + ("(?:" if opened else "")
    text = pattern.pattern
    at = text.index(look)
    assert at <= 2, text[:40]
    text = text[:at] + text[at + len(look):]
    if opened:
        assert text.endswith(")")
        text = text[:-1]
    for piece in also:
        assert piece in text
        text = text.replace(piece, "", 1)
    return re.compile(text, pattern.flags)


def _patterns():
    """name: (the pattern now, the pattern as before, the look-ahead's characters)."""
    from geomove.read import lexicon, teller_place
    return {
        "lexicon._DISTINCT": (lexicon._DISTINCT, _without_look_ahead(
            lexicon._DISTINCT, lexicon._DISTINCT_FIRST_CHARACTERS, opened=True, also=[r"(?=earlier\b)"]),
            lexicon._DISTINCT_FIRST_CHARACTERS),
        "lexicon._SHIP_NAME": (lexicon._SHIP_NAME, _without_look_ahead(
            lexicon._SHIP_NAME, lexicon._SHIP_NAME_FIRST_CHARACTERS, opened=True), lexicon._SHIP_NAME_FIRST_CHARACTERS),
        "lexicon._SAID_HERE": (lexicon._SAID_HERE, _without_look_ahead(
            lexicon._SAID_HERE, lexicon._SAID_HERE_FIRST_CHARACTERS, opened=True), lexicon._SAID_HERE_FIRST_CHARACTERS),
        "teller_place._TELLER_BEFORE": (teller_place._TELLER_BEFORE, _without_look_ahead(
            teller_place._TELLER_BEFORE, teller_place._TELLER_FIRST_CHARACTERS, opened=False),
            teller_place._TELLER_FIRST_CHARACTERS),
    }


def test_the_patterns_before_are_as_written():
    from geomove.read import lexicon
    pats = _patterns()
    assert pats["lexicon._SAID_HERE"][1].pattern == lexicon._DATA["said_here"]["here"]
    assert r"(?<!\bwere\s)\bearlier\b" in pats["lexicon._DISTINCT"][1].pattern
    assert pats["teller_place._TELLER_BEFORE"][1].pattern.startswith(r"\b(?:spokes")
    assert pats["lexicon._SHIP_NAME"][1].pattern.startswith(r"(?P<ship>\b")


def test_every_match_opens_with_a_character_looked_ahead_at():
    for name, (_, before, first) in _patterns().items():
        flags = before.flags & re.IGNORECASE
        chars, empty = first_characters(_parser.parse(before.pattern, before.flags), ignorecase=bool(flags))
        assert chars and not empty, name
        # (under re.IGNORECASE a first letter matches other characters too: the long s, the
        # Kelvin sign, the dotted capital I; each must be taken by the look-ahead's class)
        look = re.compile(f"[{first}]", flags)
        for c in chars:
            literal = re.compile(re.escape(c), flags)
            for ch in [c] + ([chr(i) for i in range(0x3000)] if flags else []):
                if literal.fullmatch(ch):
                    assert look.fullmatch(ch), (name, c, hex(ord(ch)))


def test_the_reading_of_first_characters_fails_on_a_letter_left_out():
    # (what the test above rests on: a class that misses a first letter is found)
    before = re.compile(r"\b(?:other|further)\s+units", re.I)
    chars, _ = first_characters(_parser.parse(before.pattern, before.flags))
    assert not all(re.fullmatch("[o]", c, re.I) for c in chars)


OWN_SENTENCES = [
    "A separate convoy of other units left the depot; the rest of the battalion stayed behind.",
    "An earlier column had earlier crossed the bridge, and others followed earlier this week.",
    "The frigate Admiral Kasatonov and HMS Duncan sailed past the cape with the destroyer USS Mason.",
    "The coast guard's CCG 5902 and the Japanese patrol vessel Akizuki left port; the icebreaker Yamal followed.",
    "A spokesman in the town told reporters; observers based in the city of Vara said the convoy passed.",
    "Journalists at the port of Bexa and monitors stationed in Lorn counted the trucks.",
    "\"They are already here,\" the mayor said; the troops arrived safely here and we're here now.",
    "The marines came ashore here, then landed here again; she's finally here with further troops.",
]


def _finds(matches):
    return [(m.span(), m.groups()) for m in matches]


def test_own_sentences_find_what_the_patterns_before_found():
    hits = 0
    for name, (now, before, _) in _patterns().items():
        for text in OWN_SENTENCES + [" ".join(OWN_SENTENCES)]:
            plain = _finds(before.finditer(text))
            hits += bool(plain)
            assert _finds(now.finditer(text)) == plain, (name, text)
            assert now.findall(text) == before.findall(text), (name, text)
            for at in range(0, len(text), 5):
                for end in (len(text), at + 30, at + 3):
                    m, o = now.search(text, at, end), before.search(text, at, end)
                    assert (m and (m.span(), m.groups())) == (o and (o.span(), o.groups())), (name, text, at, end)
    assert hits >= len(OWN_SENTENCES)


def _texts():
    words = ["separate", "another", "earlier", "had", "were", "others", "other", "units", "the", "rest", "a", "new",
             "USS", "HMS", "CCG", "5901", "frigate", "destroyer", "Monday", "of", "the", "spokesman", "in", "at",
             "based", "here", "are", "'re", "\u2019s", "arrived", "came", ",", "-", "  ", "\n", "\u0130", "\u017f"]
    return built_texts(OWN_SENTENCES, words, ODD)


@settings(max_examples=400, deadline=None)
@given(_texts(), st.integers(0, 150), st.integers(0, 300))
def test_the_patterns_find_what_they_found_on_built_texts(text, at, end):
    for name, (now, before, _) in _patterns().items():
        assert _finds(now.finditer(text)) == _finds(before.finditer(text)), name
        assert _finds(now.finditer(text, at, end)) == _finds(before.finditer(text, at, end)), name
        m, o = now.search(text, at, end), before.search(text, at, end)
        assert (m and (m.span(), m.groups())) == (o and (o.span(), o.groups())), name


# --- a look-ahead before look-behinds asked at every character: cuts._CONTRAST, armed_groups._GROUP_MENTION

def _reordered():
    """name: (the pattern now, the pattern as written before: the look-ahead put first taken out)."""
    from geomove.read import armed_groups, cuts
    out = {}
    for name, pattern, look in [("cuts._CONTRAST", cuts._CONTRAST, r"(?=\s)"),
                                ("armed_groups._GROUP_MENTION", armed_groups._GROUP_MENTION, r"(?=[A-Zaew])")]:
        assert pattern.pattern.count(look) == 1, name
        out[name] = (pattern, re.compile(pattern.pattern.replace(look, "", 1), pattern.flags))
    return out


def test_the_look_ahead_put_first_is_implied_by_what_follows_it():
    from geomove.read import armed_groups, cuts
    # (_CONTRAST's branch goes on with "\s+", which the look-ahead asks of its first character)
    assert r"|(?=\s)(?<!\bas\sfar)" in cuts._CONTRAST.pattern
    branch = cuts._CONTRAST.pattern.split(r"|(?=\s)", 1)[1]
    assert re.sub(r"^(?:\(\?<![^)]*\))+", "", branch).startswith(r"\s+as\s+")
    # (_GROUP_MENTION's own look-ahead takes a capital or one of the articles, each opening with a, w or e)
    articles = re.search(r"\(\?=\[A-Z\]\|\(\?:([a-z|]+)\)-\)", armed_groups._GROUP_MENTION.pattern).group(1).split("|")
    assert armed_groups._GROUP_MENTION.pattern.startswith(r"(?=[A-Zaew])(?<![\w-])(?=[A-Z]|")
    assert {a[0] for a in articles} <= set("aew") and not armed_groups._GROUP_MENTION.flags & re.IGNORECASE


REORDERED_SENTENCES = [
    "The brigade held the town, while the militia withdrew as far as the river, as soon as the rain stopped.",
    "Troops left A as rebels entered B; as well as that, as much as half the convoy, whereas others stayed.",
    "Units under Rapid Support Forces (RSF) command and al-Shabaab moved; the Viv Ansanm gang coalition and the RSF left.",
    "Jama'at Nusrat al-Islam wal-Muslimin (JNIM) and the Houthis' drones; el-Fasher, ad-Damazin and a Wagner Group unit.",
]


@settings(max_examples=300, deadline=None)
@given(built_texts(REORDERED_SENTENCES, [",", "while", "whereas", "as", "far", "well", "  ", "\n", "\t", "RSF", "(RSF)",
                                         "al-", "wal-", "el-", "Houthis", "gang", "coalition", "-", "The", "\u0130"], ODD),
       st.integers(0, 150), st.integers(0, 300))
def test_the_reordered_patterns_find_what_they_found(text, at, end):
    for name, (now, before) in _reordered().items():
        assert _finds(now.finditer(text)) == _finds(before.finditer(text)), name
        assert _finds(now.finditer(text, at, end)) == _finds(before.finditer(text, at, end)), name


def test_own_sentences_find_what_the_reordered_patterns_found():
    hits = 0
    for name, (now, before) in _reordered().items():
        for text in REORDERED_SENTENCES:
            plain = _finds(before.finditer(text))
            hits += len(plain)
            assert _finds(now.finditer(text)) == plain, (name, text)
            for at in range(0, len(text), 3):
                m, o = now.search(text, at), before.search(text, at)
                assert (m and (m.span(), m.groups())) == (o and (o.span(), o.groups())), (name, text, at)
    assert hits >= 8


# --- read.line_starts: a pattern anchored at a line's start matched at each line's start -------

from re import _constants as _op  # noqa: E402


def _may_take_a_line_break(items) -> bool:
    """Can a consuming item of the parsed pattern match "\\n"? (look-arounds and anchors consume
    nothing; a class with a negation or a category other than digits or word characters is
    taken to, so the answer errs only towards True)"""
    for op, av in items:
        if op is _op.LITERAL:
            if av == 10:
                return True
        elif op in (_op.NOT_LITERAL, _op.ANY):
            return True
        elif op is _op.IN:
            for o, a in av:
                if o is _op.NEGATE or (o is _op.LITERAL and a == 10) or (o is _op.RANGE and a[0] <= 10 <= a[1]) \
                        or (o is _op.CATEGORY and a not in (_op.CATEGORY_DIGIT, _op.CATEGORY_WORD)):
                    return True
        elif op is _op.SUBPATTERN:
            if _may_take_a_line_break(av[3]):
                return True
        elif op is _op.BRANCH:
            if any(_may_take_a_line_break(b) for b in av[1]):
                return True
        elif op in (_op.MAX_REPEAT, _op.MIN_REPEAT, _op.POSSESSIVE_REPEAT):
            if _may_take_a_line_break(av[2]):
                return True
        elif op is _op.ATOMIC_GROUP:
            if _may_take_a_line_break(av):
                return True
        elif op not in (_op.AT, _op.ASSERT, _op.ASSERT_NOT):
            return True
    return False


def _line_start_patterns():
    from geomove.read import liveblog, unwrap
    return {"unwrap._LETTER_LABEL": unwrap._LETTER_LABEL, "liveblog._ENTRY_STAMP": liveblog._ENTRY_STAMP}


def test_the_line_start_patterns_open_with_a_line_start_and_never_take_a_line_break():
    for name, pattern in _line_start_patterns().items():
        tree = _parser.parse(pattern.pattern, pattern.flags)
        assert pattern.flags & re.MULTILINE, name
        assert tree[0] == (_op.AT, _op.AT_BEGINNING), name
        assert not _may_take_a_line_break(list(tree)), name
    assert _may_take_a_line_break(list(_parser.parse(r"(?m)^[ \t]*\s", 0)))  # (the reading can fail)
    assert _may_take_a_line_break(list(_parser.parse(r"(?m)^a[^b]", 0)))


LINE_SENTENCES = [
    "SITREP\nA. 081400Z convoy moved north\nB. JNIM elements left\n  (c) third item\nd) fourth\n",
    "Live updates\n09:15 GMT - Troops crossed the river\n10.40 am: More units arrived\n 23:59 UTC – Convoy left\n",
    "A. Diallo said the convoy left.\r\nB) next\n\n\nC.\tlast item 12:30 - at noon\n",
]


@settings(max_examples=300, deadline=None)
@given(built_texts(LINE_SENTENCES, ["\n", "\r\n", "A.", "b)", "(c)", " ", "\t", "09:15", "GMT", "-", "–", ":", "pm", "x"], ODD))
def test_matches_at_line_starts_are_the_finditer_matches(text):
    from geomove.read.line_starts import matches_at_line_starts
    for name, pattern in _line_start_patterns().items():
        assert _finds(matches_at_line_starts(pattern, text)) == _finds(pattern.finditer(text)), name


def test_own_texts_find_the_finditer_matches_at_line_starts():
    from geomove.read.line_starts import matches_at_line_starts
    hits = 0
    for name, pattern in _line_start_patterns().items():
        for text in LINE_SENTENCES + ["\n".join(LINE_SENTENCES), "", "\n", "A. x"]:
            plain = _finds(pattern.finditer(text))
            hits += len(plain)
            assert _finds(matches_at_line_starts(pattern, text)) == plain, (name, text)
    assert hits >= 8
