"""speed59: ranking in context asks a name's best-known own town once, before the per-reading
tests of a name a place once had.

``_lesser_place_by_a_name_a_town_bears`` (a village or town reading of a name ranked in context,
~10,600 asks a batch of 380 reports) and ``_former_name_of_another_s_own`` (~6,100) each hold
only where a town bearing the name as its own is at least so well known; ``_rank_in_context``
now compares the name's best such fame (``_best_own_town``) first and asks the function only
where it may hold. These tests check that the cheap comparison never drops a reading the
function would have marked, on random readings."""

import math

from hypothesis import example, given, settings
from hypothesis import strategies as st

from geomove.mentions.context import (FORMER_NAME_FAME_MARGIN, OWN_NAME_IMPORTANCE, _best_own_town,
                                      _former_name_of_another_s_own, _lesser_place_by_a_name_a_town_bears,
                                      _own_town_fames)

_FAMES = st.one_of(st.floats(min_value=0.0, max_value=1.0), st.just(OWN_NAME_IMPORTANCE), st.just(math.nan),
                   st.just(0.45), st.just(0.35))


@given(st.lists(_FAMES, max_size=6), st.one_of(st.floats(allow_nan=True), st.just(OWN_NAME_IMPORTANCE)))
@example([0.45], 0.45)  # (a fame equal to the bar counts: >=, not >)
@example([math.nan, 0.3], 0.2)  # (a NaN first does not hide a fame after it)
@example([], -math.inf)
def test_best_own_town_is_any_fame_at_least(fames, bar):
    top = _best_own_town(fames)
    if any(f >= bar for f in fames):
        assert top >= bar  # (the gate never drops what any() holds)
    if bar == bar and bar != -math.inf:
        assert (top >= bar) == any(f >= bar for f in fames)


# readings of one name: own names 'Novorossiysk', a longer own name, and others (a former name);
# towns, villages and cities of random fame
_NAMES = st.sampled_from(["Novorossiysk", "Novorossiysk-2", "Novorossiysk Bay", "Siabry", "Engels", "Kherson"])
_KINDS = st.sampled_from(["village", "town", "city", "admin1", "admin2"])
_READING = st.fixed_dictionaries({"name": _NAMES, "kind": _KINDS, "importance": st.one_of(_FAMES, st.none())})


@settings(max_examples=300, deadline=None)
@given(st.lists(_READING, min_size=1, max_size=7))
@example([{"name": "Siabry", "kind": "village", "importance": 0.35},
          {"name": "Novorossiysk", "kind": "city", "importance": 0.45}])
def test_the_gates_keep_every_former_name_reading(cands):
    core = "novorossiysk"
    own_towns = _own_town_fames(cands, core)
    top = _best_own_town(own_towns)
    for c in cands:
        lesser = _lesser_place_by_a_name_a_town_bears(c, cands, core, own_towns)
        gated = c["kind"] in ("village", "town") \
            and top >= (c.get("importance") or 0.0) + FORMER_NAME_FAME_MARGIN and lesser
        if c["kind"] in ("village", "town"):
            assert gated == lesser, c
        former = _former_name_of_another_s_own(c, cands, core, own_towns)
        assert (top >= OWN_NAME_IMPORTANCE and former) == former, c
