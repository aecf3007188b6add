"""Speed work must not change answers: caches shared across documents, long texts read in
sections, data loaded only when needed. Sentences are written for these tests."""

import geomove.mentions as mentions_module
from geomove.mentions import find_mentions
from geomove.textutil import sentence_spans

PARAGRAPHS = [
    "A convoy of trucks left Mosul for Erbil on Tuesday, a local official said.",
    "Shelling was reported near Kharkiv overnight, and two villages lost power.",
    "Ships gathered off Tartus while aircraft flew from Latakia towards the coast.",
    "The brigade moved south from Aleppo to Hama, then on to Homs.",
]


class CountingGazetteer:
    """The real gazetteer, counting how often candidates are looked up."""

    def __init__(self, gazetteer):
        self._gazetteer = gazetteer
        self.lookups = 0

    def candidates(self, *args, **kwargs):
        self.lookups += 1
        return self._gazetteer.candidates(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._gazetteer, name)


def test_candidates_are_looked_up_once_per_name_across_documents(gazetteer):
    counting = CountingGazetteer(gazetteer)
    first = find_mentions(PARAGRAPHS[3], gazetteer=counting)
    assert counting.lookups > 0 and {m["surface"] for m in first} >= {"Aleppo", "Hama", "Homs"}
    before = counting.lookups
    again = find_mentions("Later the brigade moved south from Aleppo to Hama, then on to Homs.", gazetteer=counting)
    assert counting.lookups == before  # the same names: no new look-up
    assert [(m["surface"], m["gazetteer_id"]) for m in again] == [(m["surface"], m["gazetteer_id"]) for m in first]


def test_a_fresh_gazetteer_object_gets_its_own_candidates():
    class Empty:
        max_name_tokens = 3

        def candidates(self, *a, **k):
            return []

        def split_kind(self, name):
            return name, None

        def has_key(self, key):
            return False

        def demonym(self, word):
            return None

        def country(self, name):
            return None

    a, b = Empty(), Empty()
    assert mentions_module._shared_candidates(a) is mentions_module._shared_candidates(a)
    assert mentions_module._shared_candidates(a) is not mentions_module._shared_candidates(b)


def test_sentence_spans_are_fresh_lists():
    text = "One sentence here. Another one there."
    spans = sentence_spans(text)
    spans.clear()
    assert sentence_spans(text) == [(0, 18), (19, 37)]


def test_a_long_text_is_read_in_sections_with_whole_text_offsets(gazetteer, monkeypatch):
    monkeypatch.setattr(mentions_module, "SECTION_CHARS", 300)
    text = "\n\n".join(PARAGRAPHS * 3)
    found = find_mentions(text, gazetteer=gazetteer)
    spans = sentence_spans(text)
    assert len(found) >= 3 * 8
    for m in found:
        assert text[m["start"]:m["end"]] == m["surface"]
        assert list(spans[m["sentence"]]) == m["sentence_span"]
    # each section reads as it would alone
    sections = list(mentions_module._sections(text, 300))
    assert len(sections) >= 3 and "".join(s for _, s in sections) == text
    offset, section = sections[1]
    alone = [(m["surface"], m["start"] + offset, m["gazetteer_id"]) for m in find_mentions(section, gazetteer=gazetteer)]
    inside = [(m["surface"], m["start"], m["gazetteer_id"]) for m in found
              if offset <= m["start"] < offset + len(section)]
    assert alone == inside


def test_sections_cut_at_paragraphs_and_cover_the_text():
    text = ("word " * 30 + "\n\n") * 20
    pieces = list(mentions_module._sections(text, 400))
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= 400 for _, p in pieces)
    assert all(p.endswith("\n\n") for _, p in pieces[:-1])
    assert [o for o, _ in pieces] == [sum(len(p) for _, p in pieces[:i]) for i in range(len(pieces))]


def test_region_countries_need_no_polygons_once_known(gazetteer):
    import geomove.gazetteer as gz
    from geomove import areas

    known = areas._region_countries()
    assert known, "the region countries could not be worked out or stored"
    # Donbas's point is read from gazetteer/areas.csv: it is data, recomputed when its sources change
    _n, _a, _k, lat0, lon0, unc0, _t = next(a for a in areas.AREAS if a[0] == "Donbas")
    assert known[f"{lat0},{lon0}"] == "UA"
    rows = {f"{a[3]},{a[4]}": a for a in areas.AREAS}
    for point, cc in known.items():
        lat, lon = map(float, point.split(","))
        name, unc = rows[point][0], rows[point][5]
        # (a lake shared by the countries on its shore has none, and land whose point lies at sea
        # takes the one country near it, or none: areas._region_country)
        at = gz.country_at(lat, lon)
        if at is None or areas._is_water(name):
            assert cc == areas._region_country(name, lat, lon, unc), name
        else:  # (a territory drawn inside its sovereign's outline gives its own code: French Guiana)
            assert cc == areas._territory_drawn_inside(at, lat, lon), name
    areas._region_countries.cache_clear()
    areas.area_country.cache_clear()
    saved, gz._BORDERS = gz._BORDERS, None
    try:
        assert areas.area_country("Donbas", "region", lat0, lon0, unc0) == "UA"
        assert gz._BORDERS is None  # answered from the stored file, the polygons not loaded
    finally:
        gz._BORDERS = saved


def test_natural_earth_layer_from_the_stored_copy_equals_the_shapefile():
    import pyogrio

    from geomove.borders import natural_earth_layer, natural_earth_zip

    natural_earth_layer()  # stores the copy when missing
    a2, a2eh, names, geoms = natural_earth_layer()
    df = pyogrio.read_dataframe(natural_earth_zip(), columns=["ISO_A2", "ISO_A2_EH", "NAME"])
    assert a2 == list(df["ISO_A2"]) and a2eh == list(df["ISO_A2_EH"]) and names == list(df["NAME"])
    assert all(a.equals_exact(b, 0) for a, b in zip(geoms, df.geometry)) and len(geoms) == len(df)


def test_the_index_fingerprint_is_computed_once_per_process(monkeypatch):
    import geomove.gazetteer as gz
    import geomove.gazetteer_build as build

    calls = []
    real = build.fingerprint
    monkeypatch.setattr(build, "fingerprint", lambda *a: calls.append(1) or real(*a))
    monkeypatch.delenv("GEOMOVE_GAZETTEER", raising=False)
    monkeypatch.setattr(gz, "_DEFAULT_PATH", None)
    monkeypatch.setattr(gz, "_fingerprint_key", lambda: None)  # (not remembered: see test_fingerprint_memo)
    first = gz.default_index_path()
    assert gz.default_index_path() == first and len(calls) == 1


def test_smallest_gap_is_the_plain_loops_float():
    import random

    from geomove.distance import Gaps, haversine_km

    rng = random.Random(7)
    for trial in range(60):
        n = rng.choice([5, 20, 64, 300])
        places = [(rng.uniform(-80, 80), rng.uniform(-180, 180), rng.choice([0.0, 2.5, 300.0])) for _ in range(n)]
        if trial % 2:
            places = [(la % 3, lo % 3, u) for la, lo, u in places]  # crowded: many ties and overlaps
        left_out = rng.sample(range(n), rng.randint(0, n - 1))
        gaps = Gaps(places).without(left_out)
        kept = [p for i, p in enumerate(places) if i not in set(left_out)]
        for _ in range(10):
            lat, lon, own = rng.uniform(-80, 80), rng.uniform(-180, 180), rng.choice([0.0, 40.0, 300.0])
            if trial % 2:
                lat, lon = lat % 3, lon % 3
            plain_loop = min(max(0.0, haversine_km(lat, lon, la, lo) - own - u) for la, lo, u in kept)
            assert gaps.smallest(lat, lon, own) == plain_loop
    assert not Gaps([(1.0, 2.0, 0.0)]).without([0])


def test_reading_a_long_text_leaves_the_collector_as_it_was(gazetteer, monkeypatch):
    import gc

    monkeypatch.setattr(mentions_module, "SECTION_CHARS", 300)
    text = "\n\n".join(PARAGRAPHS * 2)
    assert gc.isenabled()
    find_mentions(text, gazetteer=gazetteer)
    assert gc.isenabled()
    gc.disable()
    try:
        find_mentions(text, gazetteer=gazetteer)
        assert not gc.isenabled()  # a caller that turned it off keeps it off
    finally:
        gc.enable()


def test_plain_loop_gap_is_the_min_max_expression():
    """Gaps._exact writes min/max out and stops at the first overlap: the same float as the
    expression, at antipodes (sine clipped to 1), overlaps, touching places and NaN radii."""
    import math
    import random

    from geomove.distance import EARTH_DIAMETER_KM, Gaps

    def expression(lat, lon, own, trig):
        p1 = math.radians(lat)
        c1 = math.cos(p1)
        return min((max(0.0, EARTH_DIAMETER_KM * math.asin(min(1.0, math.sqrt(
            math.sin((p2 - p1) / 2) ** 2 + c1 * c2 * math.sin(math.radians(lo - lon) / 2) ** 2))) - own - u)
            for p2, c2, lo, u in trig), default=math.inf)

    rng = random.Random(11)
    for _ in range(400):
        places = [(rng.uniform(-90, 90), rng.uniform(-180, 180), rng.choice([0.0, 1.0, 300.0, 20015.0, math.nan]))
                  for _ in range(rng.randint(0, 8))]
        if places and rng.random() < 0.3:
            la, lo, _ = places[0]
            places.append((-la, lo + 180.0 if lo <= 0 else lo - 180.0, 0.0))  # the antipode of the first
        trig = Gaps(places)._trig
        if places and rng.random() < 0.3:
            lat, lon = places[0][:2]  # on a place: a gap of 0
        else:
            lat, lon = rng.uniform(-90, 90), rng.uniform(-180, 180)
        own = rng.choice([0.0, 40.0, 300.0])
        got, want = Gaps._exact(lat, lon, own, trig), expression(lat, lon, own, trig)
        assert got == want or (math.isnan(got) and math.isnan(want))
