"""Work bounded in a long text's sections (issue 12): the shortcuts answer as the plain
definitions they replace, on random text and offsets."""

from hypothesis import given, settings, strategies as st

from geomove.mentions.guards import LIST_JOINTS, _joint_ends_before, _joint_starts_after

# text made of the pieces a joint is made of, and a few that are not
pieces = st.lists(st.sampled_from([",", " ", "\n", "\u00a0", "and", "or", "a", "n", "d", "o", "r", ";", "x", "B"]),
                  max_size=14).map("".join)


@settings(max_examples=400)
@given(pieces, st.data())
def test_joint_offsets_are_where_the_text_between_strips_to_a_joint(text, data):
    pos = data.draw(st.integers(0, len(text)))
    before = {e for e in range(pos + 1) if text[e:pos].strip() in LIST_JOINTS}
    after = {s for s in range(pos, len(text) + 1) if text[pos:s].strip() in LIST_JOINTS}
    assert _joint_ends_before(text, pos) == before
    assert _joint_starts_after(text, pos) == after


def test_list_neighbours_are_read_across_a_joint_only(gazetteer):
    from geomove.mentions import _Finder

    text = "Convoys passed Homs, Hama and Aleppo on Monday; Idlib was quiet."
    finder = _Finder(text, gazetteer)
    mentions = [{"start": text.index(w), "end": text.index(w) + len(w), "role": "place",
                 "cands": [{"name": w}]} for w in ("Homs", "Hama", "Aleppo", "Idlib")]
    homs, hama, aleppo, idlib = mentions
    assert finder._list_neighbour(hama, mentions, -1) == {"name": "Homs"}
    assert finder._list_neighbour(hama, mentions, 1) == {"name": "Aleppo"}
    assert finder._list_neighbour(aleppo, mentions, 1) is None  # "on Monday;" is no joint
    assert finder._list_neighbour(idlib, mentions, -1) is None
    hama["drop"] = True
    assert finder._list_neighbour(homs, mentions, 1) is None  # a dropped mention is no neighbour


def test_near_other_places_is_the_plain_loops_answer():
    import random

    from geomove.distance import haversine_km
    from geomove.mentions.acceptance import NEAR_OTHER_PLACES_KM, _TextPoints

    rng = random.Random(3)
    for trial in range(120):
        n = rng.choice([2, 19, 25, 80, 300])
        spread = rng.choice([0.5, 3.0, 40.0])  # a crowded section, a region, the world
        keys = [f"k{i}" for i in range(rng.randint(1, 12))]
        points = [(rng.uniform(-spread, spread), rng.uniform(-spread, spread), rng.choice(keys),
                   rng.choice([0.0, 5, 60.0, 300.0])) for _ in range(n)]
        points += rng.sample(points, min(5, n))  # the same point put there again
        near = _TextPoints(list(dict.fromkeys(points)))
        for _ in range(25):
            lat, lon = rng.uniform(-spread - 3, spread + 3), rng.uniform(-spread - 3, spread + 3)
            own = rng.choice(keys + ["none"])
            plain = any(k != own and haversine_km(lat, lon, la, lo) - u < NEAR_OTHER_PLACES_KM
                        for la, lo, k, u in points)
            assert near.near_other(lat, lon, own) == plain
