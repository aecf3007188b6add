"""speed113: ranking in context asks its kind tests, its theatre test and a few per-name scans
more cheaply, with the very same answers.

- The tuples of kinds and roles a membership test read (``kind in ("city", "town")``) are
  frozensets: a reading's kind comes from the index as a fresh string, and a tuple compared it
  with each constant in turn.
- _namesake_in_the_theatre reads _minor_in_the_region's test in place, the row's kind first.
- _own_or_longer keeps its answers per pair of strings.
- _continent_apart and _listed_among_towns scan in a loop; _called_by_a_rare_other_name and
  _lesser_place_by_a_name_a_town_bears say no at once where no town bears the name.

Each is checked here against the code it replaced (copied below as it was at s51start), over
inputs hypothesis builds from our own names, and end to end by ranking texts of our own with
the old code put back.
"""

import ast
import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geomove.mentions import context as ctx
from geomove.mentions.context import ContextRanking
from geomove.names import plain

from placing import ranked_in_context

_KINDS = ["city", "town", "village", "admin2", "admin1", "country", "continent", "region", "base",
          "airfield", "sea", None, ""]
_ROLES = ["place", "actor", "organisation", "dateline", "person"]


def _fresh(s):
    """An equal string that is not the same object (as the index's rows give a kind)."""
    return None if s is None else "".join(list(s)) + ""


# -- the frozensets answer as the tuples did

def _membership_sets(tree) -> list[tuple]:
    """The set displays of constants that follow 'in' / 'not in' in a module."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            for op, right in zip(node.ops, node.comparators):
                if isinstance(op, (ast.In, ast.NotIn)) and isinstance(right, ast.Set) \
                        and all(isinstance(e, ast.Constant) for e in right.elts):
                    found.append(tuple(e.value for e in right.elts))
    return found


def test_every_constant_set_answers_as_its_tuple():
    tree = ast.parse(Path(ctx.__file__).read_text(encoding="utf-8"))
    sets = _membership_sets(tree)
    assert len(sets) >= 25  # (the 27 tests written so, and any added since)
    values = _KINDS + _ROLES + ["City", "cities", "border", "frontier", "admin", "admin12"]
    values += [_fresh(v) for v in values]
    for constants in sets:
        as_set = frozenset(constants)
        for v in values:
            assert (v in as_set) == (v in constants), (v, constants)
            assert (v not in as_set) == (v not in constants)


def test_the_kind_constants_hold_the_kinds_they_did():
    assert ctx._SETTLEMENT_KINDS == frozenset(("city", "town", "village", "admin2"))
    assert ctx._TOWN_KINDS == frozenset(("city", "town"))
    assert ctx._LESSER_SETTLEMENTS == frozenset(("village", "town"))
    # (_weak_reading_abroad read _TOWN_KINDS + ("village",))
    assert ctx._TOWN_KINDS_OF_A_PAIR == frozenset(("city", "town") + ("village",))
    for v in _KINDS + [_fresh(k) for k in _KINDS]:
        assert (v in ctx._SETTLEMENT_KINDS) == (v in ("city", "town", "village", "admin2"))
        assert (v in ctx._TOWN_KINDS) == (v in ("city", "town"))
        assert (v in ctx._LESSER_SETTLEMENTS) == (v in ("village", "town"))


# -- _namesake_in_the_theatre

def _namesake_in_the_theatre_s51(rows, distances, ctx_gaps, countries_by_other, point_at):
    """As s51start wrote it."""
    near = None
    far = False
    for _c, get, key, lat, kind in rows:
        if key is None or kind == "country" or kind == "continent":
            continue
        d = distances.get(key)
        if d is None:
            _lat, lon, unc = point_at[key & ctx._POINT_MASK]
            d = distances[key] = (ctx_gaps.smallest(lat, lon, unc),)
        if get("country") in countries_by_other or ctx._minor_in_the_region(get, d[0]):
            if d[0] <= ctx.REGION_KM and get("name_similarity", 1.0) >= ctx._THEATRE_NAMESAKE_SIMILARITY:
                imp = get("importance") or 0.0
                if near is None or imp > near:
                    near = imp
        elif d[0] > ctx.FAR_NAMESAKE_KM:
            far = True
    return near if far else None


_KM = [0.0, 12.0, 999.9, 1000.0, 1000.1, 2500.0, 2500.1, 7000.0, math.inf]
_reading = st.fixed_dictionaries({
    "kind": st.sampled_from(_KINDS),
    "country": st.sampled_from(["NE", "LY", "PS", "NO", "US", None]),
    "importance": st.sampled_from([None, 0.0, 0.2, 0.4499, 0.45, 0.6, 0.95, math.nan]),
    "name_similarity": st.sampled_from([0.5, 0.9499, 0.95, 1.0]),
}, optional={"lat": st.just(10.0)})


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(_reading, st.sampled_from(_KM), st.booleans()), min_size=1, max_size=8),
       st.sets(st.sampled_from(["NE", "LY", "PS", "NO", "US"])))
def test_theatre_test_answers_as_before(drawn, countries_by_other):
    rows, distances = [], {}
    for i, (c, km, measured) in enumerate(drawn):
        c = {k: _fresh(v) if isinstance(v, str) else v for k, v in c.items()}
        key = (1 << ctx._POINT_BITS) | (i + 1) if measured else None
        if key is not None:
            distances[key] = (km,)
        rows.append((c, c.get, key, c.get("lat"), c.get("kind")))
    want = _namesake_in_the_theatre_s51(rows, dict(distances), None, countries_by_other, [])
    got = ctx._namesake_in_the_theatre(rows, dict(distances), None, countries_by_other, [])
    assert got == want or (got is not None and want is not None and math.isnan(got) and math.isnan(want))


# -- _own_or_longer kept

_NAMES = ["Santa Rosa", "Santa Rosa de Copán", "Rosa", "Santa Rosalia", "Port Stanley", "Stanley",
          "Stanleyville", "Nóvo Mesto", "Novo", "al-Bab", "Bab", "", "St. Mary's", "Saint Marys", None]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_NAMES), st.sampled_from([n for n in _NAMES if n is not None]))
def test_kept_own_or_longer_answers_as_worked_out(name, written):
    core = plain(written)
    assert ctx._own_or_longer(name, core) == ctx._own_or_longer.__wrapped__(name, core)
    own = plain(name or "")
    assert ctx._own_or_longer(name, core) == (own == core or own.startswith(core + " "))


# -- the scans without a generator

def _continent_apart_s51(self, country, by_demonym):
    here = self._continent_of(country)
    return here is not None and not any(self._continent_of(cc) in (here, None) for cc in by_demonym)


_CONTINENTS = {"HN": "NA", "SV": "NA", "ES": "EU", "FR": "EU", "RW": "AF", "MZ": "AF", "XX": None}


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(_CONTINENTS) + [None]), st.lists(st.sampled_from(sorted(_CONTINENTS)), max_size=4))
def test_continent_apart_answers_as_before(country, demonyms):
    finder = ContextRanking.__new__(ContextRanking)
    finder._continent_of = lambda cc: None if cc is None else _fresh(_CONTINENTS[cc])
    finder._continents = dict  # (an empty table: every country asked of _continent_of; see test_speed129)
    by_demonym = {cc: ("a demonym", False) for cc in demonyms}
    assert ContextRanking._continent_apart(finder, country, by_demonym) == \
        _continent_apart_s51(finder, country, by_demonym)


def _lesser_place_s51(c, cands, core, own_towns=None):
    if c.get("kind") not in ("village", "town") or ctx._own_or_longer(c.get("name"), core):
        return False
    if own_towns is None:
        own_towns = ctx._own_town_fames(cands, core)
    bar = (c.get("importance") or 0.0) + ctx.FORMER_NAME_FAME_MARGIN
    return any(f >= bar for f in own_towns) and _rare_other_name_s51(c, core, own_towns)


def _rare_other_name_s51(c, core, own_towns):
    return any(f >= ctx.OWN_NAME_IMPORTANCE for f in own_towns) \
        and ctx._another_name(core, plain(c.get("name") or "")) and ctx.english_zipf(core) < ctx.RARE_OTHER_NAME_ZIPF


_towns = st.lists(st.fixed_dictionaries({
    "name": st.sampled_from([n for n in _NAMES if n]), "kind": st.sampled_from(_KINDS),
    "importance": st.sampled_from([None, 0.0, 0.3, 0.5, 0.7, 0.9]),
    "country": st.sampled_from(["HN", "AR", "UA"])}), min_size=1, max_size=6)


@settings(max_examples=300, deadline=None)
@given(_towns, st.sampled_from([n for n in _NAMES if n]))
def test_former_name_tests_answer_as_before(cands, written):
    core = plain(written)
    for c in cands:
        assert ctx._lesser_place_by_a_name_a_town_bears(c, cands, core) == _lesser_place_s51(c, cands, core)
        towns = ctx._own_town_fames(cands, core)
        assert ctx._called_by_a_rare_other_name(c, core, towns) == _rare_other_name_s51(c, core, towns)
        assert ctx._called_by_a_rare_other_name(c, core, []) is False


# -- end to end: the old code put back ranks our texts alike


OWN_TEXTS = [
    "Honduran soldiers drove from Santa Rosa to Gracias, while Salvadoran police waited at San Miguel.",
    "Kenyan troops left Kismayo for Afmadow; Ethiopian units stayed near Baidoa and Beledweyne.",
    "Rwandan units reached Palma by road from Mueda after landing at Pemba.",
    "Canadian reservists trained near London, Ontario, before flying from Trenton to Riga.",
    "Police were sent to Novi Pazar, Raska and Tutin after clashes near Kraljevo.",
    "A convoy moved from Sebha toward Madama, and a second one from Agadez to Dirkou.",
]


@pytest.mark.parametrize("text", OWN_TEXTS)
def test_the_old_code_ranks_our_texts_alike(text, gazetteer, monkeypatch):
    now = ranked_in_context(text, gazetteer)
    assert any(len(m[1]) > 1 for m in now[0])  # (some name had readings to rank)
    monkeypatch.setattr(ctx, "_SETTLEMENT_KINDS", ("city", "town", "village", "admin2"))
    monkeypatch.setattr(ctx, "_TOWN_KINDS", ("city", "town"))
    monkeypatch.setattr(ctx, "_LESSER_SETTLEMENTS", ("village", "town"))
    monkeypatch.setattr(ctx, "_namesake_in_the_theatre", _namesake_in_the_theatre_s51)
    monkeypatch.setattr(ctx, "_own_or_longer", ctx._own_or_longer.__wrapped__)
    monkeypatch.setattr(ctx, "_lesser_place_by_a_name_a_town_bears", _lesser_place_s51)
    monkeypatch.setattr(ctx, "_called_by_a_rare_other_name", _rare_other_name_s51)
    monkeypatch.setattr(ContextRanking, "_continent_apart", _continent_apart_s51)
    assert ranked_in_context(text, gazetteer) == now
