"""speed129: ranking in context reads a country's continent from _continent_of's table where it
holds it already (a Python call a country spared), FirstRanking.measure in place for a name of
the whole text, and a name's kind-word terms after FirstRanking.unchanged (the second round's
standing names need none of them), with the very same answers.

Each rewritten function is checked against the code it replaced (copied below as it was at
s53start) over inputs hypothesis builds, and end to end on texts of our own: with the old
functions put back, and with every name ranked again (REUSE_FIRST_ROUND off: the path the
record's shortcut skips).
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geomove.mentions import context as ctx
from geomove.mentions.context import ContextRanking, FirstRanking

from placing import ranked_in_context


# -- the functions as s53start wrote them

def _continent_named_otherwise_s53(self, country, countries_by_other):
    here = self._continent_of(country)
    if here is None:
        return False
    continent_of = self._continent_of
    for cc in countries_by_other:
        if continent_of(cc) == here:
            return True
    return False


def _on_a_demonym_continent_s53(self, cands, country, by_demonym, core, memo):
    here = self._continent_of(country)
    if here is None:
        return False
    continent_of = self._continent_of
    for cc in by_demonym:
        if continent_of(cc) == here:
            break
    else:
        return False
    key = (id(cands), core)
    hit = memo.get(key)
    if hit is None:
        hit = memo[key] = self._town_on_a_demonym_continent(cands, by_demonym, core)
    return hit


def _continent_apart_s53(self, country, by_demonym):
    here = self._continent_of(country)
    if here is None:
        return False
    continent_of = self._continent_of
    for cc in by_demonym:
        there = continent_of(cc)
        if there is None or there == here:
            return False
    return True


def _readings_s53(self):
    if self._readings is None:
        distances, measure, wide_id = self.distances, self.measure, self.wide_id
        self._readings = {id(c): (measure(key, distances, wide_id), c["context_score"], c["why"])
                          for c, _, key, _, _ in self.rows}
    return self._readings


def _unchanged_s53(self, rows, distances, wide_id=None):
    if len(self.order) != len(rows):
        return False
    readings, measure = self.readings, self.measure
    for want, (c, _, key, _, _) in zip(self.order, rows):
        if id(c) != want or readings[want][0] != measure(key, distances, wide_id):
            return False
    return True


# -- the continent scans: a table that holds some countries, _continent_of filling it for the rest

# (codes of our own choosing; "QQ" a country the index knows no continent of, None no country)
_CONTINENTS = {"HN": "NA", "GT": "NA", "PT": "EU", "NO": "EU", "MZ": "AF", "TZ": "AF", "QQ": None, None: None}


def _finder(held: set):
    finder = ContextRanking.__new__(ContextRanking)
    table = {cc: _CONTINENTS[cc] for cc in held}
    asked = []

    def continent_of(cc):  # (as _continent_of: answers, and keeps the answer in the table)
        asked.append(cc)
        table[cc] = _CONTINENTS[cc]
        return table[cc]

    finder._continent_of = continent_of
    finder._continents = lambda: table
    finder._town_on_a_demonym_continent = lambda cands, by_demonym, core: len(by_demonym) % 2 == 0
    return finder, table, asked


_codes = st.sampled_from(list(_CONTINENTS))


@settings(max_examples=300, deadline=None)
@given(_codes, st.lists(_codes, max_size=5), st.sets(_codes))
def test_continent_scans_answer_as_before(country, others, held):
    named = set(others)
    by_demonym = {cc: ("a demonym", False) for cc in others}
    cands = [{"name": "Palma"}]
    for new, old in [(ContextRanking._continent_named_otherwise, _continent_named_otherwise_s53),
                     (ContextRanking._continent_apart, _continent_apart_s53)]:
        finder, table, asked = _finder(held)
        args = (named,) if new is ContextRanking._continent_named_otherwise else (by_demonym,)
        got = new(finder, country, *args)
        assert got == old(_finder(held)[0], country, *args)
        assert not set(asked) & held  # (a country the table held is read there, not asked again)
    finder = _finder(held)[0]
    assert ContextRanking._on_a_demonym_continent(finder, cands, country, by_demonym, "palma", {}) == \
        _on_a_demonym_continent_s53(_finder(held)[0], cands, country, by_demonym, "palma", {})


def test_the_table_is_the_one_continent_of_fills(gazetteer):
    finder = ContextRanking.__new__(ContextRanking)
    finder.gaz, finder.per_text = gazetteer, {}
    assert finder._continents() is finder._continents()
    here = finder._continent_of("MZ")
    assert finder._continents()["MZ"] == here == "AF"


# -- FirstRanking's readings and unchanged, measure read in place

_reading = st.fixed_dictionaries({"context_score": st.floats(-2, 2), "why": st.sampled_from(["", "near"])})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_reading, st.one_of(st.none(), st.integers(1, 6))), min_size=1, max_size=6),
       st.dictionaries(st.integers(1, 6), st.floats(0, 5000)), st.dictionaries(st.integers(1, 6), st.floats(0, 5000)),
       st.sampled_from([None, 1 << 20]), st.booleans(), st.permutations(range(6)))
def test_readings_and_unchanged_as_before(pairs, first_km, now_km, wide_id, wide_too, order):
    rows = [(c, c.get, key, 0.0, "town") for c, key in pairs]
    first = {k: (d,) for k, d in first_km.items()}
    now = {k: (d,) for k, d in now_km.items()}
    for k in range(1, 7):  # (every key measured in both rounds, as ranking leaves them)
        first.setdefault(k, (float(k),))
        now.setdefault(k, (float(k),))
        if wide_id is not None and wide_too:
            first.setdefault(ctx._wide_key(k, wide_id), (2.0 * k,))
            now.setdefault(ctx._wide_key(k, wide_id), (2.0 * k,))
    again = [rows[i] for i in order if i < len(rows)]
    for later in (rows, again, rows[:-1]):
        a = FirstRanking([id(r[0]) for r in rows], rows, first, set(), {}, {}, [], (), wide_id)
        b = FirstRanking([id(r[0]) for r in rows], rows, first, set(), {}, {}, [], (), wide_id)
        assert a.readings == _readings_s53(b)
        a._readings = b._readings = None
        assert a.unchanged(later, now, wide_id) == _unchanged_s53(b, later, now, wide_id)


# -- end to end, on texts of our own

OWN_TEXTS = [
    "Guatemalan troops crossed from Esquipulas to Copan.\n\nA Honduran convoy later reached Santa Rosa and "
    "Gracias, and police waited in San Marcos and Ocotepeque.",
    "Portuguese marines flew from Lisbon to Pemba.\n\nThey drove on to Palma and Mocimboa da Praia, while a "
    "Tanzanian unit held Mtwara and Newala near the border at Kilambo.",
    "Norwegian ships left Bergen for Tromso.\n\nLater a column moved from Bardufoss to Narvik, then on to "
    "Harstad, Evenes and Andenes; Narvik and Bergen were named again at the end.",
]


@pytest.mark.parametrize("text", OWN_TEXTS)
def test_the_old_code_ranks_our_texts_alike(text, gazetteer, monkeypatch):
    now = ranked_in_context(text, gazetteer)
    assert any(len(m[1]) > 1 for rnd in now[:-1] for m in rnd)  # (some name had readings to rank)
    monkeypatch.setattr(ContextRanking, "_continent_named_otherwise", _continent_named_otherwise_s53)
    monkeypatch.setattr(ContextRanking, "_on_a_demonym_continent", _on_a_demonym_continent_s53)
    monkeypatch.setattr(ContextRanking, "_continent_apart", _continent_apart_s53)
    monkeypatch.setattr(FirstRanking, "readings", property(_readings_s53))
    monkeypatch.setattr(FirstRanking, "unchanged", _unchanged_s53)
    assert ranked_in_context(text, gazetteer) == now
    # (every name ranked again in the second round: the standing names' shortcut changed nothing)
    monkeypatch.setattr(ContextRanking, "REUSE_FIRST_ROUND", False)
    assert ranked_in_context(text, gazetteer) == now
