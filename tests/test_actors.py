"""One actor query: the log (SQL), the workbench table and ``render`` from files keep the same movements."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from geomove.actors import ActorQuery, actor_key, initials
from geomove.log import MovementLog
from geomove.log.review import page
from geomove.maps.select import select
from geomove.model import make_movement, make_place

ORIGIN = make_place(name="Kosti", lat=13.16, lon=32.66, gazetteer_id="gn:1", precision="exact")
DESTINATION = make_place(name="El Obeid", lat=13.18, lon=30.22, gazetteer_id="gn:2", precision="exact")

# Actors as reports write them: initials, full names, nations, "the", dots, accents, one-letter words.
ACTORS = ["US forces", "U.S.-led coalition", "Russian forces", "Russian troops", "RSF convoy", "the RSF",
          "Rapid Support Forces", "Sudanese Armed Forces", "SAF", "Forces armées maliennes", "FAMa",
          "Wagner Group", "Africa Corps", "the M23", "M23 rebels", "Islamic State of Iraq and the Levant",
          "ISIL fighters", "Hezbollah", "Ukrainian Armed Forces", "A militia", None]
QUERIES = ["US", "u.s.", "Russian", "russian forces", "RSF", "Rapid Support Forces", "SAF", "FAMa",
           "Forces Armees Maliennes", "M23", "ISIL", "the RSF", "forces", "Wagner", "corps", "A"]


def features(actors):
    return [make_movement(actor=a, what="a convoy", origin=ORIGIN, destination=DESTINATION,
                          start=f"2024-03-{1 + i % 28:02d}", quote=f"q{i}", url=f"https://example.org/{i}")
            for i, a in enumerate(actors)]


def test_key_and_initials():
    assert actor_key("U.S. Forces") == actor_key("US forces") == "us forces"
    assert actor_key("The RSF") == "rsf" and actor_key("  ") is None and actor_key(None) is None
    assert actor_key("Forces armées maliennes") == "forces armees maliennes"
    assert initials("rapid support forces") == "rsf"
    assert initials("islamic state of iraq and the levant") == "isil"
    assert initials("m23 rebels") is None  # a word that is not letters: no initials


def test_query_finds_whole_words_and_initials_both_ways():
    known = lambda: [actor_key(a) for a in ACTORS if a]  # noqa: E731
    us = ActorQuery.parse("US", known)
    assert us.matches("US forces") and us.matches("U.S.-led coalition") and not us.matches("Russian forces")
    rsf = ActorQuery.parse("RSF", known)
    assert rsf.matches("Rapid Support Forces") and rsf.matches("RSF convoy") and not rsf.matches("SAF")
    assert ActorQuery.parse("Rapid Support Forces").matches("the RSF")
    assert not ActorQuery.parse("Russian").matches(None)


@settings(max_examples=60, deadline=None)
@given(actors=st.lists(st.sampled_from(ACTORS), min_size=1, max_size=12), query=st.sampled_from(QUERIES))
def test_log_workbench_and_render_keep_the_same_movements(actors, query):
    moves = features(actors)
    with MovementLog(":memory:") as log:
        log.add(moves, merge=False)
        from_log = sorted(f["properties"]["quote"] for f in log.query(actor=query))
        total, rows = page(log, actor=query, limit=100)
        from_table = sorted(f["properties"]["quote"] for f in rows)
        assert total == len(rows)
    from_files = sorted(f["properties"]["quote"] for f in select(moves, actor=query))
    assert from_log == from_files == from_table
