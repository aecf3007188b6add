"""speed46: cheaper scans of the reading stage that find what the plain scans found.

The gates (geomove.read.gates) now also serve ``finditer``, and a positive look-ahead's words
count towards a gate's proof (the engine reads a span as if the text ended there, so what a
look-ahead needs lies inside the span the gate tests). Each gate is proven from its pattern's
parse tree in tests/test_speed41.py; here ``finditer`` through each gate is checked against the
plain ``finditer`` on sentences of our own and on texts hypothesis builds from them."""

import re

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from gate_texts import GATES, ODD, built_texts

from geomove.read.gates import Gate, words_cover

# sentences of our own, each matched by one of the gates this session added
OWN_SENTENCES = [
    "Ugandan troops handed the base to Somali forces, who arrived from Mogadishu on Monday.",
    "The battalion was replaced by a fresh battle group flown in from Entebbe last week.",
    "Soldiers who arrived in the town on Monday left it for the coast on Tuesday.",
    "Units that had reached the river moved north.",
    "The jets were refuelled over the sea by a tanker, which flew from the base to the coast.",
    "Escorted by two frigates, which had sailed from the port, the carrier entered the strait.",
    "Contractors who had been stationed there since 2021 were flown out on Saturday.",
    "A battalion that has been based in the town since March moved to the hills.",
    "Marines stationed in the port since early 2019 left for home.",
    "Marines left the port on Monday. Two days later the marines moved on to the capital.",
    "The following morning the column drove north.",
    "Hours earlier, 200 paratroopers had driven to the bridge; the previous day they rested.",
    "Three trucks carrying grain and two buses of refugees crossed the river.",
    "Coffee trucks and a ship laden with cement left the port with the mail.",
    "Fighters loyal to the general moved into the town.",
    "The total number of Lebanese soldiers deployed rose to 6,000.",
    "Looking back: ten years since the brigade left, an anniversary retrospective.",
    "The army moved a unit from the hills to the coast and another from the port to the city.",
]


def _finds(matches):
    return [(m.span(), m.groups()) for m in matches]


def test_a_look_ahead_covers_what_it_needs_and_a_look_behind_does_not():
    assert words_cover(re.compile(r"\bto\s+(?=the\s+north)", re.I), ("north",))
    assert not words_cover(re.compile(r"(?<=north\s)to\b", re.I), ("north",))  # (it may read before the span)
    assert not words_cover(re.compile(r"\bto\b(?!\s+north)", re.I), ("north",))
    assert not words_cover(re.compile(r"\bto\b(?:(?=\s+north)|\s+south)", re.I), ("north",))  # (one branch holds none)
    assert words_cover(re.compile(r"\bto\b(?:(?=\s+north)|\s+south)", re.I), ("north", "south"))


def test_a_look_ahead_never_reads_past_the_span():
    # (what the proof rests on: a gated span without the word finds nothing, nor does the plain search)
    pattern = re.compile(r"\bto\s+(?=the\s+north)", re.I)
    text = "moved to the north"
    assert pattern.search(text, 0, 14) is None
    assert list(Gate(pattern, ("north",)).finditer(text, 0, 14)) == []
    assert _finds(Gate(pattern, ("north",)).finditer(text)) == _finds(pattern.finditer(text))


def test_the_new_gates_are_among_the_proven():
    import geomove.dates as dates
    from geomove.read import armed_groups, clauses, craft_relative, cuts, no_force, number_of_moved, \
        presence_relative, retrospective
    new = [cuts._OBJECT_WHO_GATE, cuts._WHO_VERB_GATE, craft_relative._CRAFT_WHICH_GATE,
           presence_relative._PRESENCE_RELATIVE_GATE, dates._AFTER_SPAN_GATE, dates._BEFORE_SPAN_GATE,
           no_force._CARGO_GATE, no_force._GOODS_GATE, armed_groups._LOYAL_TO_GATE,
           number_of_moved._NUMBER_OF_BEFORE_GATE, retrospective._LOOKS_BACK_GATE, clauses._ANOTHER_FROM_GATE]
    proven = {id(gate) for _, gate in GATES}
    assert all(id(gate) in proven for gate in new)


def test_own_sentences_find_the_same_through_the_gates():
    hits = 0
    for name, gate in GATES:
        for text in OWN_SENTENCES + [" ".join(OWN_SENTENCES)]:
            plain = _finds(gate.pattern.finditer(text))
            hits += bool(plain)
            assert _finds(gate.finditer(text)) == plain, (name, text)
            assert gate.sub(" ", text) == gate.pattern.sub(" ", text), (name, text)
            for pos, endpos in [(5, len(text)), (0, len(text) // 2), (len(text) // 3, len(text) - 4)]:
                assert _finds(gate.finditer(text, pos, endpos)) == _finds(gate.pattern.finditer(text, pos, endpos)), (name, text)
    assert hits >= len(OWN_SENTENCES)


def _texts():
    # (built as tests/gate_texts.py builds them, from this file's sentences and these words)
    words = [w for _, g in GATES for w in g.words] + ["to", "by", "with", "from", "in", "forces", "tanker", ",",
                                                       "had", "been", "2021", "March", "flown", "in", "the"]
    return built_texts(OWN_SENTENCES, words, ODD)


@settings(max_examples=300, deadline=None)
@given(_texts(), st.integers(-3, 200), st.integers(0, 400))
def test_gated_finditer_equals_plain_finditer_on_built_texts(text, pos, endpos):
    for name, gate in GATES:
        assert _finds(gate.finditer(text, pos, endpos)) == _finds(gate.pattern.finditer(text, pos, endpos)), name
        assert _finds(gate.finditer(text)) == _finds(gate.pattern.finditer(text)), name


# --- lexicon._COUNT_RE: cheaper at each character, the same matches ---------------------------

def _count_re_before():
    """_COUNT_RE as it was written before speed46: no look-aheads at the first letters of the
    qualifier and the number, white space given back, "(?<![A-Za-z]-)" asked first."""
    from geomove.read.lexicon import _COUNT_RE
    old = re.sub(r"^\(\?:\(\?=\[[a-z]+\]\)(\(\?P<qual>.*?\))\)\?\\s\*\+", r"\1?\\s*(?<![A-Za-z]-)", _COUNT_RE.pattern, count=1)
    old = re.sub(r"\(\?=\[0-9[a-z]+\]\)\(\?P<num>", "(?P<num>", old, count=1)
    assert old != _COUNT_RE.pattern and "(?=[" not in old[:300]
    return _COUNT_RE, re.compile(old, _COUNT_RE.flags)


COUNT_SENTENCES = [
    "About 300 soldiers left the camp, and some 40 trucks followed.",
    "Approx. 600 pers and approx.45 vehicles moved north; nearly two dozen tanks stayed.",
    "The Il-76 transport planes and C-130s landed; 200-300 soldiers and 12 x BTR-82A drove on.",
    "More  than   three   hundred     marines,  at least 20 helicopters and up to fifty-five boats sailed.",
    "A dozen jets, dozens of drones, hundreds of fighters and an estimated 1,200 troops crossed.",
    "Two days later the marines moved, 4 × T-72B3 tanks with them; a pair of frigates sailed.",
    "sover 300 troops; x-ten soldiers; 5-ten soldiers; the 12 tanks moved",
]


def _all_finds(pattern, text):
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_count_pattern_finds_what_it_found_on_own_sentences():
    new, old = _count_re_before()
    hits = 0
    for text in COUNT_SENTENCES + [" ".join(COUNT_SENTENCES)]:
        hits += len(_all_finds(old, text))
        assert _all_finds(new, text) == _all_finds(old, text), text
        for at in range(0, len(text), 7):
            m, o = new.search(text, at, len(text) - 3), old.search(text, at, len(text) - 3)
            assert (m and (m.span(), m.groupdict())) == (o and (o.span(), o.groupdict())), (text, at)
    assert hits >= 15


def test_count_look_aheads_take_every_letter_the_flag_folds_onto_theirs():
    # (a class under re.IGNORECASE must take every character the branch's first letter takes:
    # the long s for "some", "six"; checked over the first 12,288 code points)
    for letter in "aflmnorsudefhnost":
        for ch in map(chr, range(0x3000)):
            if re.fullmatch(letter, ch, re.I):
                assert re.fullmatch(f"[{letter}]", ch, re.I), (letter, hex(ord(ch)))


@st.composite
def _count_texts(draw):
    words = ["about", "approx.", "some", "more than", "at  least", "up to", "an estimated", "300", "1,200", "2024",
             "twenty-one", "a dozen", "dozens", "hundreds", "two", "Ten", "x", "×", "-", "–", "of", "its", "troops",
             "tanks", "T-72", "Il-76", "mm", "days", "later", "   ", "\n", ",", "soldiers", "strong", "-strong"]
    base = draw(st.sampled_from(COUNT_SENTENCES))
    extra = draw(st.lists(st.sampled_from(words), max_size=8))
    at = draw(st.integers(0, len(base)))
    text = base[:at] + draw(st.sampled_from([" ", "", "  "])).join(extra) + " " + base[at:]
    chars = list(text)
    for i in draw(st.lists(st.integers(0, max(len(chars) - 1, 0)), max_size=6)):
        c = chars[i]
        chars[i] = draw(st.sampled_from(ODD.get(c, [c]) + [c.upper(), c.lower(), "\u017f", " "]))
    return "".join(chars)


@settings(max_examples=400, deadline=None)
@given(_count_texts(), st.integers(0, 120))
def test_count_pattern_finds_what_it_found_on_built_texts(text, at):
    new, old = _count_re_before()
    assert _all_finds(new, text) == _all_finds(old, text)
    m, o = new.search(text, at), old.search(text, at)
    assert (m and (m.span(), m.groupdict())) == (o and (o.span(), o.groupdict()))


# --- lexicon._CUE_RE: a look-ahead at the cues' first characters, the same matches -------------

from re import _parser  # noqa: E402

from pattern_identity import first_characters  # noqa: E402


def _cue_re_before():
    from geomove.read.lexicon import _CUE_RE, _CUE_FIRST_CHARACTERS
    look = r"(?=[" + _CUE_FIRST_CHARACTERS + r"])"
    assert _CUE_RE.pattern.startswith(r"\b" + look)
    return _CUE_RE, re.compile(r"\b" + _CUE_RE.pattern[len(r"\b" + look):], _CUE_RE.flags)


def test_every_cue_opens_with_a_character_looked_ahead_at():
    from geomove.read.lexicon import _CUE_FIRST_CHARACTERS
    _, before = _cue_re_before()
    chars, empty = first_characters(_parser.parse(before.pattern, before.flags))
    assert not empty
    assert {c.lower() for c in chars} <= set(_CUE_FIRST_CHARACTERS), sorted({c.lower() for c in chars} - set(_CUE_FIRST_CHARACTERS))
    # (and the class takes, under re.I, every character its letters' literals take)
    for letter in _CUE_FIRST_CHARACTERS:
        for ch in map(chr, range(0x3000)):
            if re.fullmatch(re.escape(letter), ch, re.I):
                assert re.fullmatch(f"[{re.escape(letter)}]", ch, re.I), (letter, hex(ord(ch)))


def test_the_first_characters_reading_can_fail():
    chars, empty = first_characters(_parser.parse(r"\b(?:(?<!x)to|fm|,\s*and)\b", re.I))
    assert chars == {"t", "f", ","} and not empty
    assert first_characters(_parser.parse(r"(?:a)?b", 0)) == ({"a", "b"}, False)


CUE_SENTENCES = [
    "The convoy moved from the port on their way to the capital, passing through the hills via the pass.",
    "Troops advanced on the town, in the direction of the coast, as far as the river and into the valley.",
    "The ships, which were loaded onto the barges at the port, sailed past the cape and are now based in the bay.",
    "FM the north TWDS the south; according to reports, they came close to the border, en route to the base.",
    "After two years of service in the south the unit withdrew the troops it had moved to the border.",
]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(CUE_SENTENCES), st.lists(st.sampled_from(["to", "from", "into", ",", "are", "now", "based",
                                                                    "via", "\u0130nto", "\u017fouth", "the", "  "]), max_size=6),
       st.integers(0, 200), st.integers(0, 300))
def test_cue_pattern_finds_what_it_found(base, extra, at, end):
    new, before = _cue_re_before()
    text = base[:at] + " ".join(extra) + " " + base[at:]
    assert [(m.span(), m.lastgroup) for m in new.finditer(text)] == [(m.span(), m.lastgroup) for m in before.finditer(text)]
    assert [(m.span(), m.lastgroup) for m in new.finditer(text, at, end)] == \
        [(m.span(), m.lastgroup) for m in before.finditer(text, at, end)]


# --- "\b(?=\w)" before patterns of words: never at a word's end, the same matches --------------

def _word_start_patterns():
    from geomove.read import clauses, lexicon
    return {"_CIVILIAN": lexicon._CIVILIAN, "_MOVER": lexicon._MOVER, "_THINGS": lexicon._THINGS,
            "_UNIT_WORD": clauses._UNIT_WORD}


def test_word_start_patterns_open_with_a_word_character_after_the_look_ahead():
    for name, pattern in _word_start_patterns().items():
        assert pattern.pattern.startswith(r"\b(?=\w)"), name
        chars, empty = first_characters(_parser.parse(pattern.pattern[len(r"\b(?=\w)"):], pattern.flags))
        assert not empty and all(re.fullmatch(r"\w", c) for c in chars), (name, sorted(chars))


WORD_START_SENTENCES = [
    "The minister and two diplomats flew to the capital with army officials; the commander stayed.",
    "Troops, soldiers and police officers moved north with 30 trucks, tanks and vehicles.",
    "The bill passed the parliament as the trial went on; fighters and peacekeepers left.",
    "Civilians, residents and refugees fled; the convoys of marines and militias crossed.",
]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(WORD_START_SENTENCES), st.lists(st.sampled_from(["troops", "-", "'", "minister", "\u0130", "x",
                                                                          "_", "s", "the", "  ", "officers"]), max_size=6),
       st.integers(0, 120), st.integers(0, 200))
def test_word_start_patterns_find_what_they_found(base, extra, at, end):
    text = base[:at] + "".join(extra) + base[at:]
    for name, pattern in _word_start_patterns().items():
        before = re.compile(r"\b" + pattern.pattern[len(r"\b(?=\w)"):], pattern.flags)
        assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == [(m.span(), m.groups()) for m in before.finditer(text)], name
        assert [(m.span(), m.groups()) for m in pattern.finditer(text, at, end)] == \
            [(m.span(), m.groups()) for m in before.finditer(text, at, end)], name


# --- lexicon._ACTOR_RE: a look-ahead at the characters a match may open with ------------------

def _actor_re_before():
    from geomove.read.lexicon import _ACTOR_FIRST_CHARACTERS, _ACTOR_RE
    look = r"(?=[" + _ACTOR_FIRST_CHARACTERS + r"])"
    assert _ACTOR_RE.pattern.startswith(look) and not _ACTOR_RE.flags & re.IGNORECASE
    return _ACTOR_RE, re.compile(_ACTOR_RE.pattern[len(look):], _ACTOR_RE.flags)


def test_every_actor_match_opens_with_a_character_looked_ahead_at():
    from geomove.read.lexicon import _ACTOR_FIRST_CHARACTERS
    _, before = _actor_re_before()
    chars, empty = first_characters(_parser.parse(before.pattern, before.flags), ignorecase=False)
    assert not empty and chars
    assert all(re.fullmatch(f"[{_ACTOR_FIRST_CHARACTERS}]", c) for c in chars), sorted(chars)


def test_a_scoped_ignorecase_at_the_start_fails_the_reading():
    with pytest.raises(AssertionError):
        first_characters(_parser.parse(r"(?i:the)\s+Army", 0), ignorecase=False)


ACTOR_SENTENCES = [
    "The Ukrainian Army moved north, and the 3rd Brigade followed; a Russian battalion left.",
    "In Norway's Brigade North, a battalion moved; US Marines and the British troops landed.",
    "banana Forces and al-Quds Brigades crossed; Fuerzas Armadas de Colombia and la Armada sailed.",
    "Two U.S. Army units and the 101st Airborne Division left; Wagner Group fighters withdrew.",
]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(ACTOR_SENTENCES), st.lists(st.sampled_from(["the", "a", "Army", "Forces", "-", "1st", "al-", "\u00c9",
                                                                     "US", "  ", "Brigade", "x"]), max_size=6),
       st.integers(0, 120), st.integers(0, 200))
def test_actor_pattern_finds_what_it_found(base, extra, at, end):
    new, before = _actor_re_before()
    text = base[:at] + " ".join(extra) + " " + base[at:]
    assert [(m.span(), m.groups()) for m in new.finditer(text)] == [(m.span(), m.groups()) for m in before.finditer(text)]
    m, o = new.search(text, at, end), before.search(text, at, end)
    assert (m and (m.span(), m.groups())) == (o and (o.span(), o.groups()))


# --- look-aheads at the first characters of four more patterns, the same matches -------------

def _looked_ahead_patterns():
    """name: (the pattern now, the pattern as written before speed46)."""
    from geomove.read import armed_groups, corrections, elided_group, unwrap
    out = {}
    for name, pattern in [("corrections._RETRACTED_BEFORE", corrections._RETRACTED_BEFORE),
                          ("elided_group._ELIDED", elided_group._ELIDED), ("unwrap._BREAK", unwrap._BREAK)]:
        before = re.sub(r"^(\\b)?\(\?=\[[^\]]+\]\)", r"\1", pattern.pattern, count=1)
        assert before != pattern.pattern, name
        out[name] = (pattern, re.compile(before, pattern.flags))
    assert armed_groups._INITIALS_USED.pattern.startswith(r"[A-Z](?<![\w(-].)")
    out["armed_groups._INITIALS_USED"] = (armed_groups._INITIALS_USED, re.compile(
        r"(?<![\w(-])[A-Z]" + armed_groups._INITIALS_USED.pattern[len(r"[A-Z](?<![\w(-].)"):], armed_groups._INITIALS_USED.flags))
    return out


def test_the_look_aheads_take_every_first_character():
    for name, (pattern, before) in _looked_ahead_patterns().items():
        if name.endswith("_INITIALS_USED"):
            continue
        look = re.search(r"\(\?=\[([^\]]+)\]\)", pattern.pattern).group(1)
        chars, empty = first_characters(_parser.parse(before.pattern, before.flags))
        assert not empty and chars
        flags = pattern.flags & re.IGNORECASE
        assert all(re.fullmatch(f"[{look}]", c, flags) for c in chars), (name, sorted(chars))


LOOKED_AHEAD_SENTENCES = [
    "An earlier version of this post said the convoy left; the story originally reported 30 trucks.",
    "The brigade moved 300 troops from A, and another 600 from B, and a further 400 arrived by road from C.",
    "A column of approximately\n25 vehicles belonging to the army (FAMa)\r\nleft Gao; the FAMa and RSF then left \n\n X.",
    "Rapid Support Forces (RSF) fighters left; the RSF (and SAF) and (RSF) moved. B-RSF x RSF-y",
]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(LOOKED_AHEAD_SENTENCES), st.lists(st.sampled_from([",", "and", "another", "from", "\n", "\r\n", " \t",
                                                                             "RSF", "(", ")", "-", "earlier", "post", "said",
                                                                             "wrongly", "\u0130", "600"]), max_size=8),
       st.integers(0, 120), st.integers(0, 200))
def test_looked_ahead_patterns_find_what_they_found(base, extra, at, end):
    text = base[:at] + " ".join(extra) + base[at:]
    for name, (pattern, before) in _looked_ahead_patterns().items():
        assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == [(m.span(), m.groups()) for m in before.finditer(text)], name
        m, o = pattern.search(text, at, end), before.search(text, at, end)
        assert (m and (m.span(), m.groups())) == (o and (o.span(), o.groups())), name
