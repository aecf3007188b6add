"""speed63 (issue 12): ranking in context reads less in its second round. Each shortcut against
the path it skips, on texts written for these tests and on random texts built from their parts.

- The names told as provinces and the provinces of the forces a text names (the Ohio National
  Guard) are worked out once for a text's mentions (or a section's) and read again by the second
  round: they read the mentions' words, kinds and readings as a set, which no round changes.
- A name whose first ranking stands in the second round is not read for the terms only a
  ranking uses (its kind word, its facility readings, whether a reading is its area's own name).
"""

from __future__ import annotations

import random

from geomove.mentions import context, find_mentions
from geomove.mentions.context import ContextRanking

_TEXTS = [
    "The Ohio National Guard sent a company from Lebanon to Dayton, and the Kentucky State Police "
    "moved officers from Paris to Maysville on Tuesday.",
    "Engineers of the Georgia National Guard reached Macon after a convoy left Athens; soldiers in "
    "Savannah waited for orders from Atlanta.",
    "Shelling hit Batken on Sunday. Families left the Batken region for Osh, and border guards "
    "moved from Isfana to Leilek district.",
    "Militia fighters left Springfield for Jacksonville; police in Illinois said the convoy passed "
    "Peoria and Decatur before dawn.",
    "Troops withdrew from Kherson towards Mykolaiv while drones struck Odesa, and a brigade from "
    "Donetsk oblast moved to Kramatorsk.",
    "Rwandan soldiers reached Palma from Mocimboa da Praia; in Cabo Delgado the Mozambican army "
    "held Mueda. Meanwhile in Sudan, the army left El Fasher for Nyala, and in Mali troops moved "
    "from Gao to Menaka.",
]


def _random_texts(n: int, seed: int) -> list[str]:
    """Texts made of the sentences above, shuffled and joined (so that a name meets other
    contexts, and a second round has something to add)."""
    rng = random.Random(seed)
    parts = [s.strip() + ("" if s.strip().endswith(".") else ".")
             for t in _TEXTS for s in t.replace("; ", ". ").split(". ") if s.strip()]
    return [" ".join(rng.sample(parts, rng.randint(2, 6))) for _ in range(n)]


def _every_reading(texts, gazetteer):
    """Each text's records and every mention's readings in their order, with their scores and
    reasons (what ranking leaves)."""
    seen = []
    real = ContextRanking._one_sense_per_text  # (asked once a text, right after the rounds)

    def keep(self, mentions):
        seen.append([(m.get("surface"), [(c.get("gazetteer_id"), c.get("context_score"), c.get("why"))
                                         for c in m.get("cands") or ()]) for m in mentions])
        return real(self, mentions)

    ContextRanking._one_sense_per_text = keep
    try:
        out = [find_mentions(t, gazetteer=gazetteer) for t in texts]
    finally:
        ContextRanking._one_sense_per_text = real
    return out, seen


def test_set_ups_shared_by_the_rounds_equal_set_ups_worked_out_each_round(gazetteer, monkeypatch):
    texts = _TEXTS + _random_texts(30, 63)
    calls = {"home": 0, "rounds": 0}
    home = ContextRanking._home_force_provinces

    def counted(self, mentions):
        calls["home"] += 1
        return home(self, mentions)

    rank = ContextRanking._rank_in_context

    def ranked(self, *a, **k):
        calls["rounds"] += 1
        return rank(self, *a, **k)

    monkeypatch.setattr(ContextRanking, "_home_force_provinces", counted)
    monkeypatch.setattr(ContextRanking, "_rank_in_context", ranked)
    shared = _every_reading(texts, gazetteer)
    assert calls["home"] < calls["rounds"]  # (second rounds ran, and read the first round's)
    fresh_calls = dict(calls)

    def fresh(self, *a, **k):  # (every round works them out again, as before the change)
        self.__dict__.pop("_told_and_forces", None)
        return ranked(self, *a, **k)

    monkeypatch.setattr(ContextRanking, "_rank_in_context", fresh)
    assert _every_reading(texts, gazetteer) == shared
    assert calls["home"] - fresh_calls["home"] == calls["rounds"] - fresh_calls["rounds"]
    # (the forces' provinces were read: a town in the state whose guard the text names)
    assert any("whose own force the text names" in (why or "")
               for text in shared[1] for _, readings in text for _, _, why in readings)


def test_a_standing_first_ranking_reads_no_ranking_terms(gazetteer, monkeypatch):
    """The name's kind word, facility readings and own-area test are read only for a name ranked
    again: the answers are those of ranking every name again (no first ranking standing)."""
    texts = _TEXTS + _random_texts(30, 6300)
    stood = []
    unchanged = context.FirstRanking.unchanged

    def stands(self, *a, **k):
        out = unchanged(self, *a, **k)
        stood.append(out)
        return out

    monkeypatch.setattr(context.FirstRanking, "unchanged", stands)
    fast = _every_reading(texts, gazetteer)
    assert True in stood and False in stood  # (both paths taken)
    monkeypatch.setattr(context.FirstRanking, "unchanged", lambda self, *a, **k: False)
    assert _every_reading(texts, gazetteer) == fast
