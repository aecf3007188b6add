"""Indexes of session 21 (issue 12, speed49: a long report against its parts): each look-up made
once per report answers as the plain scan it replaced, on generated inputs and on long texts of
our own writing."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from geomove.read.clauses import _Reader

# words a generated report is made of: places (capitalised), words that cue a goal or an origin,
# possessives before a force, sentence ends
_WORDS = ["Kosti", "Tarlo", "Vamba", "Ostre", "Kelmi", "from", "arrived", "in", "reached", "the", "city", "'s",
          "troops", "said", "left", ".", ",", "and", "Witnesses", "town"]
_KINDS = ["city", "town", "village", "base", "country", "admin1", "region", None]


def _reader(words, kinds, tellers, sorted_places=True):
    """A reader of the text ``words`` make, each capitalised word a place (of the kind drawn);
    those ``tellers`` picks are tellers' places ("Witnesses in X said") instead."""
    text, places, teller_places, at = "", [], [], 0
    for k, w in enumerate(words):
        start = len(text) + (1 if text else 0)
        text = f"{text} {w}" if text else w
        if w[0].isupper() and w != "Witnesses":
            m = {"start": start, "end": start + len(w), "surface": w, "name": w, "lat": 1.0, "lon": 1.0,
                 "kind": kinds[at % len(kinds)], "country": "XX" if at % 3 else "YY", "role": "place"}
            (teller_places if at in tellers else places).append(m)
            at += 1
    if not sorted_places:
        places.reverse()
    reader = _Reader.__new__(_Reader)
    reader.text, reader.places, reader.teller_places = text, places, teller_places
    reader.datelines, reader.actors, reader._countries = [], [], [p for p in places if p.get("kind") == "country"]
    reader.capital, reader.capitals_told = None, frozenset()
    starts = [m["start"] for m in places]
    reader._starts = {id(places): starts} if all(a <= b for a, b in zip(starts, starts[1:])) else {}
    return reader


def _plain_told_by(reader, before):
    """What _antecedent read before session 21: the places told up to ``before`` and the tellers'
    places ending by it, sorted by start at every reference."""
    starts = reader._starts.get(id(reader.places))
    import bisect
    told = reader.places if starts is None else reader.places[:bisect.bisect_right(starts, before)]
    tellers = [m for m in reader.teller_places if m["end"] <= before] if reader.teller_places else ()
    if tellers:
        told = sorted([*told, *tellers], key=lambda m: m["start"])
    return told


_REFERENCES = ["the city", "the town", "the village", "the base", "the country", "the region", "the area", "there",
               "the capital", "the shoal"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=60),
       st.lists(st.sampled_from(_KINDS), min_size=1, max_size=6),
       st.sets(st.integers(0, 20), max_size=6), st.booleans(), st.data())
def test_the_place_referred_back_is_that_of_the_plain_scan(words, kinds, tellers, sorted_places, data):
    reader = _reader(words, kinds, tellers, sorted_places)
    before = data.draw(st.integers(0, len(reader.text) + 2))
    word = data.draw(st.sampled_from(_REFERENCES))
    avoid = tuple(data.draw(st.lists(st.sampled_from(reader.places), max_size=2))) if reader.places else ()
    goal = data.draw(st.booleans())
    # the places the index gives, those that end by ``before``, in order, are the plain list's
    told = list(reader._places_told_by(before))
    plain = _plain_told_by(reader, before)
    assert [m for m in told if m["end"] <= before] == [m for m in plain if m["end"] <= before]
    assert [m for m in reversed(reader._places_told_by(before)) if m["end"] <= before] == \
        [m for m in reversed(plain) if m["end"] <= before]
    # ... and the reference reads the same place through either
    indexed = reader._antecedent(before, word, avoid=avoid, goal=goal)
    reader._places_told_by = lambda b: _plain_told_by(reader, b)
    assert indexed is reader._antecedent(before, word, avoid=avoid, goal=goal)


def test_a_reference_reads_only_the_places_near_it():
    """In a long report "the city" reads back from the nearest place: it no longer copies and
    sorts every place told before it (counted: the items read of the list)."""
    words = []
    for k in range(3000):
        words += ["Witnesses", "in", "Tarlo", "said", "troops", "left", "Kosti", "."]
    reader = _reader(words, ["city"], set(range(0, 6000, 2)))
    read = []

    class Counting(list):
        def __getitem__(self, k):
            read.append(k)
            return list.__getitem__(self, k)

    merged, starts = reader._places_and_tellers()
    reader.__dict__["_merged_told"] = (reader.places, reader.teller_places, Counting(merged), starts)
    before = len(reader.text) - 1
    assert reader._antecedent(before, "the city")["start"] == reader.places[-1]["start"]
    assert len(read) <= 3
