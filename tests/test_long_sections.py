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


def test_a_name_written_again_is_ranked_as_the_first_time(gazetteer):
    from geomove.mentions import find_mentions

    text = ("Trucks left Springfield for Salem at dawn. By noon the convoy had passed Springfield "
            "again and turned towards Portland, then back to Salem and on to Springfield.")
    found = find_mentions(text, gazetteer=gazetteer)
    by_name: dict = {}
    for m in found:
        by_name.setdefault(m["surface"], []).append(m)
    repeated = [ms for ms in by_name.values() if len(ms) > 1]
    assert repeated
    for ms in repeated:
        first = ms[0]
        for m in ms[1:]:
            # (the reasons differ only in the words around each mention: "after 'to'", or none
            # and the support of the same name elsewhere: "the place the text names so elsewhere")
            assert (m["gazetteer_id"], m["score"]) == (first["gazetteer_id"], first["score"])
            assert _ranking_why(m) == _ranking_why(first)


def _ranking_why(m):
    return m["why"].split("; after ")[0].split("; the place the text names so elsewhere")[0]


def test_ranking_again_the_readings_ranked_before_gives_the_same_order_and_scores(gazetteer):
    import copy

    from geomove.mentions import _Finder

    text = "Soldiers moved from Kingston to Hamilton, then to Kingston, Ontario, and back to Hamilton."
    raw = [m for m in _Finder(text, gazetteer).scan() if m.get("cands") and len(m["cands"]) > 1]
    assert raw
    points = [(43.26, -79.87, "x", 0.0)]
    once = copy.deepcopy(raw)
    _Finder(text, gazetteer)._rank_in_context(once, {}, points)
    # the same mentions written again: the repeats take the first ranking's result
    twice = copy.deepcopy(raw) + copy.deepcopy(raw)
    _Finder(text, gazetteer)._rank_in_context(twice, {}, points)
    ranked = [[(c["gazetteer_id"], c["context_score"], c["why"]) for c in m["cands"]] for m in once]
    assert ranked == [[(c["gazetteer_id"], c["context_score"], c["why"]) for c in m["cands"]] for m in twice[:len(raw)]]
    assert ranked == [[(c["gazetteer_id"], c["context_score"], c["why"]) for c in m["cands"]] for m in twice[len(raw):]]
    assert ranked[0] != [(c["gazetteer_id"], c.get("context_score"), c["why"]) for c in raw[0]["cands"]]


def test_gaps_of_places_metres_apart_are_the_plain_loops_floats():
    """smallest_many finds the nearest places with numpy, whose last digits differ from the
    plain loop's: among places metres apart the places it measures again exactly must still
    include the nearest, so the floats are those of the plain loop."""
    import random

    from geomove.distance import Gaps, haversine_km

    rng = random.Random(8)
    for trial in range(60):
        lat0, lon0 = rng.uniform(-70, 70), rng.uniform(-179, 179)
        metres = rng.choice([1e-5, 1e-4, 1e-3, 0.02])  # degrees: ~1 m to ~2 km apart
        places = [(lat0 + rng.uniform(-metres, metres), lon0 + rng.uniform(-metres, metres),
                   rng.choice([0.0, 0.0005, 0.001, 2.0])) for _ in range(rng.randint(20, 60))]
        queries = [(lat0 + rng.uniform(-2 * metres, 2 * metres), lon0 + rng.uniform(-2 * metres, 2 * metres),
                    rng.choice([0.0, 0.0004])) for _ in range(rng.randint(2, 8))]
        queries.append((-lat0, lon0 + 180 if lon0 < 0 else lon0 - 180, 0.0))  # the other side of the Earth
        plain = [min(max(0.0, haversine_km(lat, lon, la, lo) - own - u) for la, lo, u in places)
                 for lat, lon, own in queries]
        assert Gaps(places).smallest_many(queries) == plain
