"""read.army_of_lede: 'the army' takes the name of the one country's force the lede names, and
only then (sentences of our own)."""

import pytest

from geomove.movements import extract


def _actors(text):
    return [f["properties"]["actor"] for f in extract(text, published="2026-03-04")]


@pytest.mark.parametrize("text,actors", [
    ("Malian troops entered Kidal on Sunday. On Monday the army moved two companies from Kidal to Aguelhok.",
     ["Malian troops", "Malian army"]),
    ("Thai troops moved into the border district of Kantharalak on Monday. The army sent two more companies "
     "from Surin to Kantharalak on Wednesday.", ["Thai troops", "Thai army"]),
    # a state's force by its own name: the army is that force
    ("KDF soldiers crossed into Somalia at Dhobley on Monday. On Tuesday the army moved a battalion from Dhobley "
     "to Afmadow.", ["KDF soldiers", "KDF"]),
])
def test_the_army_is_the_lede_force(text, actors):
    assert _actors(text) == actors


@pytest.mark.parametrize("text", [
    # a force of two states in the lede: whose army is not said
    "Malian and Russian troops entered Kidal on Sunday. The army moved two companies from Kidal to Aguelhok on Monday.",
    # two countries' forces in the lede
    "Colombian soldiers arrived in Tumaco on Friday. A day later, the army flew a battalion from Cali to Tumaco, "
    "and Ecuadorian troops moved to the border. The army also moved a company from Pasto to Ipiales.",
    # another country's force told last before the army
    "Malian troops entered Kidal on Sunday, the army said. Russian instructors flew from Bamako to Gao. "
    "The army moved two companies from Kidal to Aguelhok on Monday.",
    # a state named alone gives no demonym
    "Mali sent troops to Kidal on Sunday. The army moved two companies from Kidal to Aguelhok on Monday.",
])
def test_the_army_stays_when_the_report_does_not_say_whose(text):
    assert "army" in _actors(text)
