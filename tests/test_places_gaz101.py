"""gaz101: a guess by the spelling is no ground for other names (mentions/loose_guesses.py).
The sentences are written for these tests.

- "Troops moved from Ungheni to Sculeni": the index lacks Sculeni and reads it as Siculeni
  (Harghita, Romania) by a variant spelling, its only reading, so clear alone. As context it
  made Ungheni the Romanian town of Mureș (95 km away, Romania "named"); a minor settlement read
  only loosely lends nothing to the text's other names unless another name read by its own
  spelling puts its country there. Ungheni keeps its own first answer, the Moldovan town.
- Kept: a place read by another of its names written as the text writes it ('Oicha' for
  Hyosha, DR Congo) is no guess and backs Beni's Congolese reading as before.
- Kept: transliterated names read by a variant spelling where the text's other places agree
  (Afgoye, Bulo Burde in Somalia; Ajdabiya in Libya; Lashkargah in Afghanistan) still read as
  before and still back their neighbours.
"""

import pytest

from geomove.mentions.finder import _Finder
from geomove.mentions.loose_guesses import GUESS_WHY, guess_by_its_spelling
from placing import places_by_surface as _found


def _read(text, gazetteer, surface):
    m = _found(text, gazetteer).get(surface)
    return m and (m.get("country"), m.get("admin1"))


# -- 1. a guess abroad no longer picks its neighbour's namesake


@pytest.mark.parametrize("text, surface, country", [
    # (on s51start: Ungheni, Mureș, Romania, backed by Siculeni 95 km away)
    ("Troops moved from Ungheni to Sculeni on Sunday.", "Ungheni", "MD"),
    ("Two companies marched from Ungheni to Sculeni at night.", "Ungheni", "MD"),
])
def test_a_guess_by_its_spelling_backs_no_namesake(gazetteer, text, surface, country):
    assert _read(text, gazetteer, surface)[0] == country


def test_the_guess_says_it_backs_nothing(gazetteer):
    m = _found("Troops moved from Ungheni to Sculeni on Sunday.", gazetteer)["Sculeni"]
    assert "variant spelling" in m["why"] and GUESS_WHY.strip("; ") in m["why"]


# -- 2. kept: variant spellings the text's other places agree with


@pytest.mark.parametrize("text, readings", [
    ("Government troops drove from Mogadishu to Afgoye and then to Wanlaweyn.",
     {"Afgoye": ("SO", "Shabeellaha Hoose"), "Wanlaweyn": ("SO", "Shabeellaha Hoose")}),
    ("Al-Shabaab fighters left Afgoye for Marka overnight.",
     {"Afgoye": ("SO", "Shabeellaha Hoose"), "Marka": ("SO", "Shabeellaha Hoose")}),
    ("The brigade shifted from Bulo Burde to Jalalaqsi by road.",
     {"Bulo Burde": ("SO", "Hiiraan"), "Jalalaqsi": ("SO", "Hiiraan")}),
    ("Rebel columns advanced from Ajdabiya towards Brega along the coast road.",
     {"Ajdabiya": ("LY", "Al Wāḩāt"), "Brega": ("LY", "Al Wāḩāt")}),
    ("Taliban fighters moved from Lashkargah to Nad Ali.",
     {"Lashkargah": ("AF", "Helmand"), "Nad Ali": ("AF", "Helmand")}),
    # read by another of its names (Hyosha has 'Oicha'): context still, Beni the Congolese town
    ("Rebels pulled back from Oicha towards Beni overnight.",
     {"Beni": ("CD", "Nord-Kivu"), "Oicha": ("CD", "Nord-Kivu")}),
])
def test_variant_spellings_the_text_agrees_with_are_kept(gazetteer, text, readings):
    for surface, want in readings.items():
        assert _read(text, gazetteer, surface) == want, surface


# -- 3. the function's own gates


def test_guess_by_its_spelling_gates():
    village = {"name": "Siculeni", "kind": "town", "importance": 0.48, "name_similarity": 0.9}
    assert guess_by_its_spelling({"surface": "Sculeni", "role": "place"}, village)
    # read by its own name: no guess
    assert not guess_by_its_spelling({"surface": "Siculeni", "role": "place"},
                                     dict(village, name_similarity=1.0))
    # famous enough to be clear alone, a province, an actor's name: left as they were
    assert not guess_by_its_spelling({"surface": "Sculeni", "role": "place"}, dict(village, importance=0.7))
    assert not guess_by_its_spelling({"surface": "Sculeni", "role": "place"}, dict(village, kind="admin1"))
    assert not guess_by_its_spelling({"surface": "Sculeni", "role": "actor"}, village)
    # read by another of its names, written as the text writes it: no guess
    assert not guess_by_its_spelling({"surface": "Oicha", "role": "place"},
                                     {"name": "Hyosha", "kind": "town", "importance": 0.59, "name_similarity": 1.0})


def test_a_guess_in_a_country_the_text_names_is_context():
    guess = {"surface": "Afgoye", "cands": [{"name": "Afgooye", "country": "SO", "lat": 2.14, "lon": 45.12,
                                             "kind": "town", "importance": 0.5, "why": "w"}]}
    alone = {"surface": "Sculeni", "cands": [{"name": "Siculeni", "country": "RO", "lat": 46.4, "lon": 25.8,
                                              "kind": "town", "importance": 0.48, "why": "w"}]}
    text_countries, points, importance_of = {"SO": {"mogadishu"}}, [], {}
    _Finder._guesses_backed_by_the_text([guess, alone], text_countries, points, importance_of)
    assert set(text_countries) == {"SO"} and len(text_countries["SO"]) == 2
    assert [p[:2] for p in points] == [(2.14, 45.12)]
    assert alone["cands"][0]["why"].endswith(GUESS_WHY) and guess["cands"][0]["why"] == "w"
