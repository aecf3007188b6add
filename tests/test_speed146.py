"""speed146: a long text's armed groups read a stretch at a time (armed_groups.stretches).

group_referred_back, refers_to_no_group and said_twice.speaker_of_own_move asked for every group
of the text (_groups: one scan of all of it) where they need the groups near the clause. Each is
checked here against its s56start form (copied below, over the whole text's _groups), on texts of
my own, with the stretches made small so that every text has many and a name, a definition or a
reference falls at every place against their bounds (hypothesis and seeded texts)."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings, strategies as st

from geomove.read import armed_groups as ag
from geomove.read.said_twice import _SAID_THEN_OWN, _SAID_THEN_OWN_GATE, speaker_of_own_move


# --- the s56start forms, over the whole text's groups -------------------------------------------

def _groups_ending_by(text, at):
    return [g for g in ag._groups(text) if g[1] <= at]


def _refers_near(text, lo, near, hi):
    spans = [r.span() for r in ag._REFERS_ANYWHERE.finditer(text, lo, hi)]
    return [sp for sp in spans if sp[0] >= near - 2 * ag._REF_REACH]


def _last_before(groups, at):
    return next((g[2] for g in reversed(groups) if g[1] <= at), None)


def refers_to_no_group_s56start(text, s, verb_at):
    if ag._REFERS_ALWAYS.match(text[s:verb_at]) is None:
        return False
    ends = [g[1] for g in ag._groups(text)]
    first = min(ends, default=None)
    return first is None or first > s


def group_referred_back_s56start(text, s, verb_at):
    subject = text[s:verb_at]
    always_at = ag._REFERS_ALWAYS.match(subject)
    if always_at is not None and ag._named_before_bare_noun(subject, always_at.start("ref")):
        return None
    always = always_at is not None
    if not always and ag._REFERS_AFTER_GROUP.match(subject) is None:
        return None
    groups = _groups_ending_by(text, s)
    if always and not groups:
        ref = ag._ARTICLE.sub("", ag._REFERS_ALWAYS.match(subject).group("ref"))
        return ref[:1].lower() + ref[1:]
    if not groups:
        return None
    if always:
        return groups[-1][2]
    groups += [(a, b, _last_before(groups, a)) for a, b in _refers_near(text, groups[0][1], groups[-1][0], s)]
    groups = sorted(g for g in groups if g[2] is not None)
    last = groups[-1]
    ends = ag._SENTENCE_END.finditer(text, last[1], s)
    if next(ends, None) is not None and next(ends, None) is not None:
        return None
    forces = [(m.start(), m.end()) for m in ag._ACTOR_RE.finditer(text, max(0, last[1]), s)]
    forces = [f for f in forces if not any(a <= f[0] < b for a, b, _ in groups)]
    if forces:
        return None
    return last[2]


def speaker_of_own_move_s56start(text, named, s, verb_at):
    if not _SAID_THEN_OWN_GATE.may_match(text, min([s] + [a for a, _words in named]), verb_at):
        return None
    groups = [(a, text[a:b]) for a, b, _name in ag._groups(text) if s <= a < verb_at and b <= verb_at]
    for start, words in sorted(set(named) | set(groups), reverse=True):
        if start < verb_at and _SAID_THEN_OWN.fullmatch(text, start + len(words), verb_at):
            return words
    return None


# --- texts of my own ----------------------------------------------------------------------------

_PIECES = [
    "Fighters of the Ukuru Freedom Front (UFF) crossed into Lessa. ",
    "The UFF then pulled back, ",
    "UFF units were seen near Parro; ",
    "The militants entered Orlu on Monday. ",
    "They left the town at dawn. ",
    "Its fighters reached Tamba: ",
    "Soldiers of the national army moved to Gao. ",
    "The Red Hills militia advanced, ",
    "The group's fighters arrived in Mopti. ",
    "Residents said the rebels had gone. ",
    "The Sinaloa Cartel said it had taken a post and that its fighters had entered Dano. ",
    "Police said the gunmen fled! ",
    "The Kasai Army (KA) said they had regrouped. ",
    "A spokesman for the KA said its men had reached Vell? ",
    "Nothing happened for a week. ",
    "\u201cWe are leaving,\u201d a commander said. ",
    "\n\n",
    "Houthi fighters and al-Shabaab were named, ",
    "The Governors Guard (GG) stayed in barracks. ",
    "LONDON (Wire) - ",
    "Wire reported that they had left. ",
    "The Sons of the Militants Army coalition crossed the river. ",
    "They then moved on, ",
]


def _asks(text: str) -> list[tuple[int, int]]:
    """(s, verb_at) at each clause's start and each of its first five word ends."""
    out = []
    for m in re.finditer(r"(?:^|(?<=[.!?;:,]\s)|(?<=\n))(?=\S)", text):
        at = m.start()
        for w in re.compile(r"\S+\s*").finditer(text, at):
            out.append((m.start(), w.end()))
            if len(out) % 5 == 0 or w.group().rstrip()[-1:] in ".!?":
                break
    return out


@pytest.fixture(autouse=True)
def _small_stretches(monkeypatch):
    """Stretches of a few dozen characters, every text longer than the whole read as one."""
    monkeypatch.setattr(ag, "_WHOLE_UP_TO", 60)
    monkeypatch.setattr(ag, "_STRETCH", 40)
    ag.stretches.cache_clear()
    yield
    ag.stretches.cache_clear()


def _same_answers(text: str) -> None:
    told = ag.stretches(text)
    # the stretches' groups, end to end, are the whole text's
    assert [g for k in range(len(told.bounds) - 1) for g in told.groups(k)] == list(ag._groups(text))
    for s, v in _asks(text):
        assert ag.group_referred_back(text, s, v) == group_referred_back_s56start(text, s, v), (s, v)
        assert ag.refers_to_no_group(text, s, v) == refers_to_no_group_s56start(text, s, v), (s, v)
        assert speaker_of_own_move(text, [], s, v) == speaker_of_own_move_s56start(text, [], s, v), (s, v)
    for at in range(0, len(text) + 1, 7):
        before = _groups_ending_by(text, at)
        assert told.last_ending_by(at) == (before[-1] if before else None)
        assert told.first_ending_by(at) == (before[0] if before else None)
        for hi in (at + 13, at + 90):
            assert told.within(at, hi) == [g for g in ag._groups(text) if at <= g[0] < hi]


def test_own_text_in_stretches():
    text = "".join(_PIECES) * 2
    assert len(ag.stretches(text).bounds) > 12
    _same_answers(text)
    s = text.index("They left")
    assert ag.group_referred_back(text, s, text.index("left", s)) == "UFF"  # (the militants told just before)
    s = text.index("The militants")
    assert ag.group_referred_back(text, s, text.index("entered", s)) == "UFF"
    # a reference inside a group's name (after the first group: references are looked for from
    # its end), a force's noun after it: held by the group, no other force
    nested = "Boko Haram fighters crossed, " + "Nothing moved for days, " * 4 + "The Sons of the Militants Army coalition crossed the river; they then moved on."
    s = nested.index("they")
    assert ag.stretches(nested).stretch(s) > ag.stretches(nested).stretch(nested.index("Army"))
    assert ag.group_referred_back(nested, s, nested.index("then", s)) == "Boko Haram"  # (what the reference names)
    _same_answers(nested)
    # a use of initials told before the text defines them is a mention of the group all the same
    late = "The UFF left Parro. " + "Nothing moved for days. " * 6 + "Fighters of the Ukuru Freedom Front (UFF) fled. "
    assert ag.stretches(late).groups(0)[0] == (4, 7, "UFF")
    _same_answers(late)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16))
def test_stretches_as_the_whole_text(pieces):
    ag.stretches.cache_clear()
    _same_answers("".join(pieces))


def test_stretches_seeded_texts():
    rng = random.Random(146)
    for _ in range(40):
        # (pieces glued with and without their spaces: names run on across a stretch's bound)
        _same_answers("".join(rng.choice(_PIECES).rstrip(" ") if rng.random() < 0.2 else rng.choice(_PIECES)
                              for _ in range(rng.randint(0, 24))))


def test_a_long_text_scans_only_near_the_asks(monkeypatch):
    """In a long text the stretches scanned are those near the clauses asked about."""
    monkeypatch.setattr(ag, "_WHOLE_UP_TO", 20_000)
    monkeypatch.setattr(ag, "_STRETCH", 4_000)
    ag.stretches.cache_clear()
    filler = "Nothing moved in the valley, and the roads stayed quiet. " * 2_000
    text = filler + "Fighters of the Ukuru Freedom Front (UFF) crossed into Lessa. The militants entered Orlu. "
    s = text.index("The militants")
    assert ag.group_referred_back(text, s, text.index("entered", s)) == "UFF"
    told = ag.stretches(text)
    assert len(told._mentions) <= 2  # (the last stretch, perhaps the one before it)
    assert len(told.bounds) > 25


# --- dates._in_year_told_before: "later that year" looked for only before each "year" -----------

from geomove import dates  # noqa: E402

_YEAR_PIECES = [
    "The brigade left the capital in March 2019, ",
    "and later that year it returned to the coast. ",
    "Early the following year the convoy moved north; ",
    "the year before the depot had been emptied. ",
    "In the previous year, nothing moved. ",
    "LATER THAT SAME YEAR the unit came back. ",
    "Later   in\n that    year ",
    "the year before last ",
    "yearly rotations and the Yearbook were announced. ",
    "Troops of the İzmir garrison left in the same year. ",
    "that year" * 3 + " ",
    "a long run of words with no mark at all between them and the year ",
    "12 units, 3 years ",
    "(that year) ",
    "\u201clater that year\u201d ",
    "Later" + " " * 40 + "in that" + "\n" * 30 + "same year. ",
    "\n\n",
]


@pytest.fixture()
def _small_year_windows(monkeypatch):
    """Every text read by windows, looked back over a few characters at a time."""
    monkeypatch.setattr(dates, "_YEAR_WINDOWS_FROM", 0)
    monkeypatch.setattr(dates, "_YEAR_LOOK_BACK", 5)


def _same_years_alone(text: str) -> None:
    lowered = dates._lower_one_for_one(text)
    assert len(lowered) == len(text) and ("year" in lowered) == ("year" in text.lower())
    whole = [(m.span(), m.groupdict()) for m in dates._YEAR_ALONE_SCAN.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in dates._years_alone(text, lowered)] == whole


def test_years_alone_own_text(_small_year_windows):
    text = "".join(_YEAR_PIECES) * 2
    _same_years_alone(text)
    assert len(dates._years_alone(text, dates._lower_one_for_one(text))) >= 10
    # the dates read in the year told before them, as the whole scan read them
    found = dates.find_dates(text, None)
    assert any(d.precision == "year" and d.date_start.year == 2019 and "that year" in d.text.lower() for d in found)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_YEAR_PIECES), max_size=14), st.sampled_from([0, 1, 2]))
def test_years_alone_as_the_whole_scan(pieces, cut):
    dates._YEAR_WINDOWS_FROM, dates._YEAR_LOOK_BACK = 0, 5
    try:
        # (pieces run together, or cut at a random place: a window may open anywhere)
        text = "".join(pieces)
        _same_years_alone(text[cut:] if cut else text)
    finally:
        dates._YEAR_WINDOWS_FROM, dates._YEAR_LOOK_BACK = 20_000, 200


def test_years_alone_seeded_texts(_small_year_windows):
    rng = random.Random(1460)
    for _ in range(60):
        text = "".join(rng.choice(_YEAR_PIECES) for _ in range(rng.randint(0, 20)))
        _same_years_alone(text[rng.randint(0, 9):])


def test_a_long_text_tries_only_before_its_years():
    filler = "The patrols kept to their roads and nothing else happened. " * 800
    text = filler + "The battalion left in May 2021, and later that year it came home. " + filler
    lowered = dates._lower_one_for_one(text)
    tried = []
    real = dates._YEAR_ALONE_SCAN.finditer
    try:
        dates._YEAR_ALONE_SCAN.finditer = lambda t, starts=None: (tried.extend(starts or []), real(t, starts))[1]
        alone = dates._years_alone(text, lowered)
    finally:
        del dates._YEAR_ALONE_SCAN.finditer
    assert [m.group(0) for m in alone] == ["later that year"]
    assert 0 < len(tried) <= 3  # ("later", "that" of the one sentence before its "year")
