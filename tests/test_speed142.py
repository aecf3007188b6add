"""speed142: a long report's asks that walked every place or group of the text, now by bisection.

- plural_anaphor.listed_before finds the places ending within LIST_BEFORE_CHARS before the ask
  by bisection over the places' ends (ends_in_order), not by a walk of every place per ask;
- armed_groups.group_referred_back and refers_to_no_group find the groups ending by the clause
  without a walk of every group (since speed146 by stretches: armed_groups.stretches, whose
  last_ending_by / first_ending_by are checked here against the walk).

Each is checked against the walk it replaced (copied here as it was at s55start), on texts of
my own and on generated ones (hypothesis)."""

from __future__ import annotations

import random

from hypothesis import given, settings, strategies as st

from geomove.read import armed_groups as ag
from geomove.read.plural_anaphor import LIST_BEFORE_CHARS, _LIST_JOINT, ends_in_order, listed_before


def _listed_before_s55start(text, places, before, n):
    """plural_anaphor.listed_before at s55start: a walk of every place per ask."""
    prior = [m for m in places if m["end"] <= before and before - m["end"] <= LIST_BEFORE_CHARS]
    runs = []
    for m in prior:
        if runs and _LIST_JOINT.fullmatch(text, runs[-1][-1]["end"], m["start"]) is not None:
            runs[-1].append(m)
        else:
            runs.append([m])
    return next((run for run in reversed(runs) if len(run) == n or (n == 0 and len(run) >= 2)), None)


_TOWNS = ["Kessa", "Orlu", "Bani Walid", "Tamba", "Mopti", "Gao"]


def _places_of(text: str) -> list[dict]:
    """The towns of ``text`` as the reader's places: in text order, apart."""
    out, at = [], 0
    while True:
        hits = [(text.find(t, at), t) for t in _TOWNS if text.find(t, at) >= 0]
        if not hits:
            return out
        a, t = min(hits)
        out.append({"start": a, "end": a + len(t), "surface": t})
        at = a + len(t)


def _same_answer(text: str, places: list[dict]) -> None:
    ends = ends_in_order(places)
    for before in sorted({0, len(text)} | {m["end"] for m in places} | {m["end"] + LIST_BEFORE_CHARS for m in places}
                         | {m["start"] + 1 for m in places} | set(range(0, len(text) + 1, 37))):
        for n in (0, 2, 3):
            old = _listed_before_s55start(text, places, before, n)
            assert listed_before(text, places, before, n, ends) == old
            assert listed_before(text, places, before, n) == old  # (the walk, as when the ends are out of order)


def test_listed_before_own_text():
    text = ("Militia columns left Kessa and Orlu on Monday towards Tamba. " + "Nothing moved for days. " * 12
            + "Army units then entered both towns. Later, troops withdrew from Mopti, Gao and Bani Walid; "
            "they reached the three villages by night. " + "Quiet. " * 80 + "The towns were empty.")
    places = _places_of(text)
    assert ends_in_order(places) == [m["end"] for m in places]
    _same_answer(text, places)
    both = listed_before(text, places, text.index("Army units"), 2, ends_in_order(places))
    assert [m["surface"] for m in both] == ["Kessa", "Orlu"]
    three = listed_before(text, places, text.index("they reached"), 3, ends_in_order(places))
    assert [m["surface"] for m in three] == ["Mopti", "Gao", "Bani Walid"]
    assert listed_before(text, places, len(text), 0, ends_in_order(places)) is None  # (the list is told too far back)


def test_ends_out_of_order_are_not_bisected():
    places = [{"start": 0, "end": 10}, {"start": 2, "end": 5}]
    assert ends_in_order(places) is None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_TOWNS), st.sampled_from([", ", " and ", ", and ", " to ", ". ", " then ", " " * 150, " " * 400])),
                max_size=25))
def test_listed_before_as_the_walk(pieces):
    text = "".join(t + glue for t, glue in pieces)
    _same_answer(text, _places_of(text))


# armed groups: texts of my own, with groups defined by initials, named bare and by their kind
_GROUP_PIECES = [
    "Fighters of the Borno Liberation Front (BLF) crossed into Kessa. ",
    "The BLF then withdrew. ",
    "The militants entered Orlu on Monday. ",
    "They left the town at dawn. ",
    "Its fighters reached Tamba. ",
    "Soldiers of the national army moved to Gao. ",
    "The Red Hills militia advanced. ",
    "The group's fighters arrived in Mopti. ",
    "Residents said the rebels had gone. ",
    "Nothing happened for a week. ",
]


def _group_answers_s55start(text: str, s: int) -> tuple:
    groups = list(ag._groups(text))
    return [g for g in groups if g[1] <= s], any(g[1] <= s for g in groups)


def _check_groups(text: str) -> None:
    groups = ag._groups(text)
    for s in sorted({0, len(text)} | {g[0] for g in groups} | {g[1] for g in groups} | {g[1] - 1 for g in groups}
                    | set(range(0, len(text), 23))):
        before, some = _group_answers_s55start(text, s)
        told = ag.stretches(text)
        assert told.last_ending_by(s) == (before[-1] if before else None)
        assert told.first_ending_by(s) == (before[0] if before else None)
        assert (told.first_ending_by(s) is None) == (not some)


def test_groups_ending_by_own_text():
    text = "".join(_GROUP_PIECES) * 3
    assert len(ag._groups(text)) >= 6
    _check_groups(text)
    # the answers the readers give, as a walk of every group gave them
    s = text.index("The militants")
    verb = text.index("entered", s)
    assert ag.group_referred_back(text, s, verb) == "BLF"
    assert not ag.refers_to_no_group(text, s, verb)
    early = "The militants entered Orlu. " + text
    assert ag.refers_to_no_group(early, 0, early.index("entered"))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_GROUP_PIECES), max_size=20))
def test_groups_ending_by_as_the_walk(pieces):
    _check_groups("".join(pieces))


def test_groups_ending_by_seeded_texts():
    rng = random.Random(142)
    for _ in range(100):
        _check_groups("".join(rng.choice(_GROUP_PIECES) for _ in range(rng.randint(0, 30))))


# mentions.brands.brand_list_spans visits only the tokens that may be a list's noun (picked in C)
from geomove.mentions import brands  # noqa: E402
from geomove.textutil import tokenize_with_texts  # noqa: E402


def _brand_list_spans_s55start(toks):
    """brands.brand_list_spans at s55start: a walk of every token."""
    spans = []
    for i, t in enumerate(toks):
        low = t.lower
        if low in brands.BRAND_LIST_NOUNS:
            first = i
        elif low in ("names", "name") and i and (toks[i - 1].lower, low) in brands.BRAND_LIST_PAIRS:
            first = i - 1
        else:
            continue
        before = toks[first - 2:first] if first >= 2 else []
        under = len(before) == 2 and before[0].lower in brands.UNDER_WORDS and before[1].lower in brands.UNDER_DETERMINERS
        start = i + 1 if under else brands._opener_at(toks, i + 1)
        if start is None:
            continue
        listed = brands._list_after(toks, start)
        if listed is not None and listed[1] > listed[0]:
            spans.append((toks[listed[0]].start, toks[listed[1] - 1].end))
    return spans


_BRAND_PIECES = ["The jam was sold under the labels Windsor, Ashford and Rio Grande. ",
                 "Grocers stocked BRANDS such as Lombardy and Kenmare. ", "Trade Names of the syrup including Clifton. ",
                 "Brand names like Green Valley, Sun Rock & Bay. ", "the grand parade in Orlu. ", "a label. ", "name",
                 "brands", " under its brand ", "Kessa", ", ", " and ", "Labels: Tamba, Gao. ", "cultivars called Red Mopti. "]


def test_brand_list_spans_own_text():
    text = "".join(_BRAND_PIECES)
    toks, _texts = tokenize_with_texts(text)
    spans = brands.brand_list_spans(toks)
    assert spans == _brand_list_spans_s55start(toks)
    assert [text[a:b] for a, b in spans][:2] == ["Windsor, Ashford and Rio Grande", "Lombardy and Kenmare"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_BRAND_PIECES), max_size=30))
def test_brand_list_spans_as_the_walk(pieces):
    toks, _texts = tokenize_with_texts("".join(pieces))
    assert brands.brand_list_spans(toks) == _brand_list_spans_s55start(toks)


# armed_groups._GROUP_MENTION with each name's word taken whole (possessive runs): the same matches
# as the pattern of s55start, which gave the runs back letter by letter
import re  # noqa: E402

_GROUP_MENTION_S55START = re.compile(
    r"(?=[A-Zaew])(?<![\w-])(?=[A-Z]|(?:al|wal|el|ad|ash|as|ar|an|at|az)-)(?:(?P<defined>" + ag._NAME + r")\s+" + ag._INITIALS
    + r"|(?P<known>" + ag._words(ag._KNOWN) + r")(?![\w-])"
    + r"|(?P<kinded>" + ag._NAME + r")\s+(?i:" + ag._KINDS + r")\b)(?!['’]s\b)")


def _mentions(pattern, text):
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


_NAME_PIECES = ["Fighters", " of ", "the ", "Red", " Hills", " Front", " (RHF)", " (R.H.F.)", " militia", " gang coalition",
                " Militia", " Cartel", "'s", "’s", " al-", "Nusra", "3R", " group", "AFC/M23", "/", "U.S.", ". ", ", ",
                " and ", " de ", "la ", "(", ")", "\n", "ADF", " rebels", "wal-Muslimin", "O'Neil", "Front.", "-", "x"]


def test_group_mention_own_text():
    text = ("Fighters of the Red Hills Liberation Front (RHF) crossed. The Red Hills militia and the Viv Ansanm gang "
            "coalition moved; AFC/M23 and the 3R group left. The U.S. Army Forces (USAF) flew. al-Nusra Front (ANF) "
            "rebels. O'Neil's Gang coalition. The ADF militia's base.")
    assert _mentions(ag._GROUP_MENTION, text) == _mentions(_GROUP_MENTION_S55START, text)
    assert len(_mentions(ag._GROUP_MENTION, text)) >= 5


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_NAME_PIECES), max_size=40))
def test_group_mention_as_at_s55start(pieces):
    text = "".join(pieces)
    assert _mentions(ag._GROUP_MENTION, text) == _mentions(_GROUP_MENTION_S55START, text)
