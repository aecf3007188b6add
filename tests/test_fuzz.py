"""Property-based fuzzing: report text, JSON Lines files and import files of every shape.

Whatever the input, the only exception is a GeomoveError; mention offsets give back their
surface exactly; and a 10-20 kB input of the kinds that used to make regexes backtrack
(runs of whitespace, punctuation, capitals; one long sentence; repeated place names)
extracts in a bounded time.
"""

from __future__ import annotations

import json
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import geomove
from geomove.errors import GeomoveError
from geomove.importer import read_movements
from geomove.reports import read_jsonl

PLACES = ["Aleppo", "Homs", "Kilis", "Azaz", "Mosul", "Kherson", "Rafah", "Idlib", "al-Bab", "Gaza"]
WORDS = ["troops", "moved", "from", "to", "via", "the", "army", "convoy", "of", "40", "trucks",
         "crossed", "into", "withdrew", "on", "Tuesday", "last", "week", "ago", "days", "December",
         "²", "٣", "9" * 60, "1000000", "weeks"]

any_char = st.characters(blacklist_categories=("Cs",))  # lone surrogates get their own test
odd_chars = st.sampled_from(["\u200b", "\u200d", "\u202e", "\u2066", "\ufeff", "\u0085", "\u2028",
                             "\x00", "\x1b", "\t", "\r", "\n", "\u0301", "\ufffe", "ـ", "؟", "«"])
rtl = st.text(st.characters(min_codepoint=0x600, max_codepoint=0x6FF), min_size=1, max_size=12)
token = st.one_of(st.sampled_from(PLACES), st.sampled_from(WORDS), rtl, odd_chars,
                  st.text(any_char, min_size=1, max_size=8),
                  st.builds(lambda c, n: c * n, st.sampled_from(["A", "a", "-", ".", "Al-", "1"]),
                            st.integers(50, 3000)))
report_text = st.lists(token, min_size=1, max_size=60).map(" ".join)
published = st.sampled_from([None, "0001-01-01", "9999-12-31", "2024-03-08", "2000-02-29"])

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))


@FUZZ
@given(text=report_text, published=published)
def test_extract_raises_nothing_but_geomove_errors(gazetteer, text, published):
    try:
        features = geomove.extract(text, published=published)
    except GeomoveError:
        return
    assert isinstance(features, list)


@FUZZ
@given(text=report_text)
def test_places_offsets_are_exact(gazetteer, text):
    try:
        found = geomove.places(text)
    except GeomoveError:
        return
    for m in found:
        assert text[m["start"]:m["end"]] == m["surface"]


@settings(max_examples=30, deadline=None)
@given(text=st.text(st.sampled_from(["a", "B", " ", "\ud800", "\udfff", "."]), min_size=1, max_size=40))
def test_lone_surrogates_are_input_errors(text):
    if any("\ud800" <= c <= "\udfff" for c in text):
        with pytest.raises(GeomoveError, match="lone surrogate"):
            geomove.extract(text)


# ---------------------------------------------------------------- files

json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12)
record = st.one_of(
    st.fixed_dictionaries({"text": report_text}, optional={"id": json_value, "published": json_value,
                                                           "source": json_value, "url": json_value}),
    json_value)
line_end = st.sampled_from(["\n", "\r\n", "\u2028", "\u0085", ""])


@FUZZ
@given(records=st.lists(record, min_size=0, max_size=5), ends=st.lists(line_end, min_size=5, max_size=5),
       bom=st.booleans(), raw=st.binary(max_size=30))
def test_jsonl_files_raise_nothing_but_geomove_errors(tmp_path_factory, records, ends, bom, raw):
    body = "".join(json.dumps(r, ensure_ascii=bool(len(ends) % 2)) + e for r, e in zip(records, ends))
    path = tmp_path_factory.mktemp("jsonl") / "in.jsonl"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + body.encode("utf-8", "surrogatepass") + raw)
    try:
        reports = list(read_jsonl(path))
    except GeomoveError:
        return
    assert reports and all(isinstance(r.text, str) and r.text.strip() for r in reports)


CSV_HEAD = "event_date,time_precision,geo_precision,actor1,location,latitude,longitude,source,notes"
cell = st.one_of(st.text(max_size=12), st.sampled_from(["", "1", "-91", "2024-02-30", "9999-12-31",
                                                        "'=1", "nan", "1e400", "9" * 5000, "\x00"]))


@FUZZ
@given(kind=st.sampled_from(["csv", "geojson", "kml"]), cells=st.lists(cell, min_size=9, max_size=9),
       crs=json_value, geometry=json_value, props=json_value)
def test_import_files_raise_nothing_but_geomove_errors(tmp_path_factory, kind, cells, crs, geometry, props):
    folder = tmp_path_factory.mktemp("import")
    if kind == "csv":
        text = CSV_HEAD + "\r\n" + ",".join(json.dumps(c) if "," in c or '"' in c else c for c in cells) + "\r\n"
    elif kind == "geojson":
        text = json.dumps({"type": "FeatureCollection", "crs": crs,
                           "features": [{"type": "Feature", "geometry": geometry, "properties": props}]})
    else:
        from xml.sax.saxutils import escape
        data = "".join(f'<Data name="{n}"><value>{escape(c)}</value></Data>'
                       for n, c in zip(["actor1", "start", "status", "origin_lat", "origin_lon",
                                        "location", "quote", "count", "via"], cells))
        text = ('<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>'
                f"<Placemark><ExtendedData>{data}</ExtendedData><LineString><coordinates>1,2 3,4"
                "</coordinates></LineString></Placemark></Document></kml>")
    path = folder / f"in.{kind}"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        features = read_movements(path)
    except GeomoveError:
        return
    assert all(f["type"] == "Feature" for f in features)


# ---------------------------------------------------------------- time grows with length only

LONG_INPUTS = {
    "whitespace": " \t" * 10_000,
    "full stops": "." * 20_000,
    "punctuation": ("!?,;:()[]\"'-" * 1_700)[:20_000],
    "capitals": "ABC" * 6_700,
    "capitalised words": "Aaa " * 5_000,
    "initials": "A. " * 6_700,
    "one long sentence": "The brigade " + " and ".join(
        f"{v} {p}" for v, p in zip(["moved from", "went to", "left", "reached"] * 400, PLACES * 160))[:19_900],
    "repeated place names": " ".join(PLACES * 400)[:20_000],
    "repeated with commas": ", ".join(PLACES * 400)[:20_000],
}


@pytest.mark.parametrize("kind", list(LONG_INPUTS))
def test_a_20_kb_input_extracts_in_a_bounded_time(gazetteer, kind):
    text = LONG_INPUTS[kind]
    assert 15_000 <= len(text) <= 20_100
    geomove.extract("Troops moved from Kilis to Azaz.", published="2024-03-08")  # warm caches
    began = time.process_time()
    geomove.extract(text, published="2024-03-08")
    took = time.process_time() - began
    # the target is 1 s; CPU time, and 2 s of slack for a loaded CI machine
    assert took < 2.0, f"{kind}: {took:.2f} s CPU"


def _sentence_of(length: int) -> str:
    steps = " and ".join(f"{v} {p}" for v, p in zip(["moved from", "went to", "left", "reached"] * 2_000,
                                                     PLACES * 1_000))
    return "The brigade " + steps[:length - 13] + "."


def test_one_long_sentence_costs_in_proportion_to_its_length(gazetteer):
    """Four times the words, about four times the time: no step compares every movement with
    every place or every clause join with every trigger (it was 10x from 20 to 80 kB)."""
    geomove.extract("Troops moved from Kilis to Azaz.", published="2024-03-08")
    took = {}
    for length in (20_000, 80_000):
        geomove.extract(_sentence_of(length)[:length // 4])  # the names in it, warm
        # the best of two runs: one run on a shared CI machine was 6.8x for a 4.3x locally
        runs = []
        for _ in range(2):
            began = time.process_time()
            geomove.extract(_sentence_of(length))
            runs.append(time.process_time() - began)
        took[length] = min(runs)
    assert took[80_000] < 6 * took[20_000] + 0.2, took
