"""Session 38's speed work on the far-reading guards (speed69): a mention whose best reading lies
in a country of another of the text's readings (_NamedPlaces.in_another_s_country) is not asked
the guards that need it in none of them. The shortcut against the guards asked in full, on random
texts of sentences written for these tests (several theatres, far namesakes, variant spellings,
feature words, list items), and each skipped guard's answer where the shortcut holds."""

import random

import pytest

from geomove.mentions import find_mentions
from geomove.mentions import finder as finder_module
from geomove.mentions.guards import FarReadingGuards, _NamedPlaces

# sentences of my own: places of one country, of neighbours, of other continents, names many
# places bear, names read by a variant spelling, a landmark's or a feature's word, a camp, a list
_SENTENCES = [
    "Kenyan troops moved from Garissa to Dadaab on Monday.",
    "Police reinforced the checkpoint at Mandera, near the Somali border.",
    "A battalion left Nakuru for Eldoret and then Kitale.",
    "Somali forces retook Beledweyne and advanced toward Jowhar.",
    "Clashes spread to Victoria Park in the evening.",
    "The convoy crossed Lake Albert before reaching Bunia.",
    "Two frigates sailed from Toulon toward the Gulf.",
    "Rebels seized Orune and withdrew to Birao.",
    "In Ethiopia, militia fighters entered Lalibela and Woldia.",
    "Relief trucks reached the camp at al-Shati after a long detour.",
    "Soldiers were posted to Piccadilly and Soho overnight.",
    "Mercenaries were seen near Derna and Sirte.",
    "Units from Fort Bragg arrived at Rzeszow airport in Poland.",
    "Troops were deployed to Santa Rosa, Springfield and Georgetown.",
    "Ukrainian drones struck a depot in Kharkiv and another near Belgorod.",
    "Haitian police pushed into Bel Air and Carrefour Feuilles.",
    "The brigade regrouped at Kolbio after leaving Kismayo.",
    "Indian and Chinese patrols met near Galwan, Ladakh.",
    "Peacekeepers from Bangladesh arrived in Abyei and Agok.",
    "Militants hid in the Sahara south of Tamanrasset.",
    "Marines moved from Okinawa to Darwin for an exercise.",
    "Colombian units patrolled Leticia; Peru sent boats to Santa Rosa.",
    "Refugees fled from Goma, Sake and Minova toward Bukavu.",
    "A column left Mopti for Gao, Menaka and Kidal.",
]


def _random_text(rng: random.Random) -> str:
    return " ".join(rng.choice(_SENTENCES) for _ in range(rng.randint(1, 5)))


def _read(text: str, gazetteer) -> list[dict]:
    return find_mentions(text, gazetteer=gazetteer)


def test_shortcut_answers_as_every_guard_asked(gazetteer, monkeypatch):
    """Every mention, reading, reason and offset the same with the shortcut and without it
    (in_another_s_country answering False: every guard asked, as before)."""
    rng = random.Random(69)
    texts = [_random_text(rng) for _ in range(120)] + [" ".join(_SENTENCES)]
    fast = [_read(t, gazetteer) for t in texts]
    monkeypatch.setattr(_NamedPlaces, "in_another_s_country", lambda self, m, cc: False)
    for text, got in zip(texts, fast):
        assert got == _read(text, gazetteer), text


# the guards the shortcut skips, each with a call of the same (m, best, named) it is asked with
_SKIPPED = {
    "_far_namesake": lambda f, m, best, mentions, named: FarReadingGuards._far_namesake(m, m["cands"], named),
    "_everyday_words_far": lambda f, m, best, mentions, named: f._everyday_words_far(m, best, named),
    "_loose_facility_far": lambda f, m, best, mentions, named: f._loose_facility_far(m, best, named),
    "_facility_by_a_loose_spelling":
        lambda f, m, best, mentions, named: f._facility_by_a_loose_spelling(m, best, named),
    "_landmark_far": lambda f, m, best, mentions, named: f._landmark_far(m, best, named),
    "_feature_named_settlement_far": lambda f, m, best, mentions, named: f._feature_named_settlement_far(m, best, named),
    "_feature_word_alone_far": lambda f, m, best, mentions, named: f._feature_word_alone_far(m, best, named),
    "_institution_s_name_far": lambda f, m, best, mentions, named: f._institution_s_name_far(m, best, named),
    "_lone_far_minor": lambda f, m, best, mentions, named: f._lone_far_minor(m, best, named),
    "_minor_on_another_continent":
        lambda f, m, best, mentions, named: f._minor_on_another_continent(m, best, mentions, named),
    "_lone_far_camp": lambda f, m, best, mentions, named: f._lone_far_camp(m, best, named),
    "_far_from_the_framing_country":
        lambda f, m, best, mentions, named: f._far_from_the_framing_country(m, best, mentions, named),
    "_lone_far_settlement": lambda f, m, best, mentions, named: f._lone_far_settlement(m, best, named),
    "_article_dropped_far": lambda f, m, best, mentions, named: f._article_dropped_far(m, best, named),
    "city_by_a_rare_other_name_far":
        lambda f, m, best, mentions, named: finder_module.city_by_a_rare_other_name_far(m, best, named, mentions),
}


def test_each_skipped_guard_is_false_where_the_shortcut_holds(gazetteer, monkeypatch):
    """Where a mention's best reading lies in a country of another reading of the text, each
    guard the shortcut skips answers False (asked as _far_reading_unresolved asks it), and the
    shortcut holds for most mentions (else it spares nothing)."""
    asked = {"held": 0, "not": 0}
    wrong = []
    plain = finder_module._Finder._far_reading_unresolved

    def judged(self, m, best, mentions, named):
        if named.in_another_s_country(m, best.get("country")):
            asked["held"] += 1
            for name, guard in _SKIPPED.items():
                if guard(self, m, best, mentions, named):
                    wrong.append((name, m["surface"], self.text))
        else:
            asked["not"] += 1
        return plain(self, m, best, mentions, named)

    monkeypatch.setattr(finder_module._Finder, "_far_reading_unresolved", judged)
    rng = random.Random(38)
    for _ in range(120):
        _read(_random_text(rng), gazetteer)
    assert not wrong
    assert asked["held"] > asked["not"] > 0


@pytest.mark.parametrize("readings, own, cc, expected", [
    # another reading in the country: held, whether m's own reading is there too or elsewhere
    ([(1.0, 36.0, "KE"), (0.5, 38.0, "KE")], (1.0, 36.0, "KE"), "KE", True),
    ([(1.0, 36.0, "KE"), (2.0, 45.0, "SO")], (2.0, 45.0, "SO"), "KE", True),
    # m's own reading the only one there (however often repeated): not held
    ([(1.0, 36.0, "KE"), (1.0, 36.0, "KE"), (2.0, 45.0, "SO")], (1.0, 36.0, "KE"), "KE", False),
    # no country, or a country no reading lies in
    ([(1.0, 36.0, "KE"), (None, None, None)], (1.0, 36.0, "KE"), None, False),
    ([(1.0, 36.0, "KE"), (2.0, 45.0, "SO")], (1.0, 36.0, "KE"), "ET", False),
])
def test_in_another_s_country_is_other_readings_country_test(readings, own, cc, expected):
    """in_another_s_country answers as the guards' own test over other_readings does."""
    mentions = [{"cands": [{"lat": la, "lon": lo, "country": c, "kind": "town"}], "role": "place"}
                for la, lo, c in readings]
    named = _NamedPlaces.of(mentions)
    m = next(x for x, r in zip(mentions, readings) if r == own)
    assert named.in_another_s_country(m, cc) is expected
    assert expected == (bool(cc) and cc in {c for _, _, c in named.other_readings(m) if c})
