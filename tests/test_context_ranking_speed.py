"""Ranking in context asks per name, not per candidate, whether another name of the text put a
country or province there (context._named_by_other): the same answers as the set difference
it replaced, and the same reasons printed."""

from hypothesis import given, strategies as st

from geomove.mentions import find_mentions
from geomove.mentions.context import _named_by_other

keys = st.text(alphabet="abc", min_size=1, max_size=2)


@given(st.one_of(st.none(), st.sets(keys, max_size=4)), keys)
def test_named_by_other_is_the_set_difference(named, own):
    assert _named_by_other(named, own) == bool((named or set()) - {own})


def test_reasons_from_other_names_of_the_text(gazetteer):
    found = {m["surface"]: m for m in find_mentions(
        "Soldiers from Canada trained near Kingston, Ontario, and then flew to Hamilton.", gazetteer=gazetteer)}
    assert found["Hamilton"]["country"] == "CA"
    assert "CA named in the text" in found["Hamilton"]["why"]
    assert "km from other places in the text" in found["Hamilton"]["why"]
    assert "in Ontario, named in the text" in found["Kingston"]["why"]
    assert "other places of the text lie in CA" in found["Canada"]["why"]
    # a country is not 'named in the text' by its own mention only
    assert "CA named in the text" not in found["Canada"]["why"]
