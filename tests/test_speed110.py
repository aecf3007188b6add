"""speed110: ranking in context's per-reading loop reads a reading's own name once.

Each scored reading's own name is folded (plain) once and whether the name written is it or its
first words (``called_own``, what _own_or_longer answers) kept for the features that ask it:
the own-name term, the listed-town test, the other-name test and the former-name tests, which
now run only for a reading not called by its own name (they answer False for such a reading
first thing), and the other-name test of a city only. A reading's country is tested against the territories a demonym's state holds
before _demonym_s_territory_town is asked (it answers None for any other country).

The scores and reasons must be the very floats and strings the old loop gave: the gates are
checked here against the functions they stand before, over readings hypothesis builds from our
own names, and the territory gate end to end by ranking our own texts with and without it.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geomove.mentions import context as ctx
from geomove.mentions.context import ContextRanking
from geomove.names import plain

from placing import ranked_in_context

# (names of our own choosing, with the shapes the tests tell apart: a name, a longer name that
# opens with it, another spelling, diacritics, a name that only contains it)
_NAMES = ["Santa Rosa", "Santa Rosa de Copan", "Santa Rosa de Copán", "Rosa", "Santa Rosalia",
          "Port Stanley", "Stanley", "Stanleyville", "Novo Mesto", "Novo", "Nóvo", "Kherson",
          "Khersón", "Herson", "Al Bab", "al-Bab", "Bab", "", "Saint Marys", "St. Mary's"]
_KINDS = ["city", "town", "village", "admin2", "admin1", "country", "airfield", None]


def _called_own(name: str, core: str) -> bool:
    """What the loop keeps for a reading (see called_own in _rank_in_context)."""
    its_name = plain(name)
    return its_name == core or its_name.startswith(core + " ")


_readings = st.lists(st.fixed_dictionaries({
    "name": st.sampled_from(_NAMES), "kind": st.sampled_from(_KINDS),
    "importance": st.sampled_from([0.0, 0.05, 0.2, 0.45, 0.6, 0.9]),
    "country": st.sampled_from(["AR", "HN", "FK", "GB", "UA", "RU"]),
    "gazetteer_id": st.sampled_from(["geonames:1", "geomove-area:x"])}), min_size=1, max_size=6)


@settings(max_examples=400, deadline=None)
@given(_readings, st.sampled_from(_NAMES))
def test_called_own_stands_for_the_tests_it_spares(cands, written):
    core = plain(written)
    for c in cands:
        own = _called_own(c["name"], core)
        assert own == ctx._own_or_longer(c.get("name"), core)
        if own:
            # (the gated features answer no for a reading called by its own name)
            assert not ctx._lesser_place_by_a_name_a_town_bears(c, cands, core)
            assert not ctx._former_name_of_another_s_own(c, cands, core)
        if own or c["kind"] != "city":
            # (nor is it a city called so only by another of its names, whatever the fame)
            assert not ctx._by_another_name_only(c, core, {cc: 1.0 for cc in ("AR", "HN", "FK", "GB", "UA", "RU")})


def test_called_own_tells_the_cases_apart():
    assert _called_own("Santa Rosa de Copán", plain("Santa Rosa"))
    assert not _called_own("Santa Rosalia", plain("Santa Rosa"))
    assert not _called_own("Herson", plain("Kherson"))
    assert _called_own("Khersón", plain("Kherson"))


class _Everything:
    """A set that holds every country: the territory gate open, as before speed110."""

    def __contains__(self, _item) -> bool:
        return True


OWN_TEXTS = [
    "A British patrol vessel put in at Stanley after a week off South Georgia, then sailed for Montevideo.",
    "French gendarmes flew from Noumea to Papeete, and a French frigate left Brest for Cherbourg.",
    "Danish sailors landed at Nuuk; Danish and British crews later met in Torshavn and Stanley.",
    "Argentine troops held Stanley and Goose Green; British forces came ashore at San Carlos.",
    "Ukrainian drones struck Kherson, Mykolaiv and Novorossiysk overnight, officials in Odesa said.",
]


@pytest.mark.parametrize("text", OWN_TEXTS)
def test_territory_gate_ranks_as_asking_every_reading(text, gazetteer, monkeypatch):
    gated = ranked_in_context(text, gazetteer)
    asked = []
    territory_town = ContextRanking._demonym_s_territory_town

    def counted(self, *args):
        asked.append(args[0])
        return territory_town(self, *args)

    monkeypatch.setattr(ContextRanking, "_demonym_s_territory_town", counted)
    assert ranked_in_context(text, gazetteer) == gated
    gated_asks = len(asked)
    monkeypatch.setattr(ContextRanking, "_demonym_held_territories", lambda self, by_demonym: _Everything())
    asked.clear()
    assert ranked_in_context(text, gazetteer) == gated
    assert len(asked) >= gated_asks  # (the gate only spares asks)


def test_the_gate_holds_exactly_the_demonym_s_territories(gazetteer):
    finder = ContextRanking.__new__(ContextRanking)
    finder.gaz, finder.per_text = gazetteer, {}
    sovereigns = ctx.index_sovereigns(gazetteer)
    if not sovereigns:
        pytest.skip("this index keeps no sovereigns")
    states = sorted(set(sovereigns.values()))
    for state in states:
        by_demonym = {state: ("a demonym", False)}
        held = finder._demonym_held_territories(by_demonym)
        assert held == {t for t, s in sovereigns.items() if s == state}
        for country in list(sovereigns) + ["FR", "AR", None]:
            if country in by_demonym or country in held:
                continue
            assert finder._demonym_s_territory_town(country, "town", by_demonym, []) is None
    assert finder._demonym_held_territories({}) == frozenset()
