"""The shortcuts of a name's first look-up (issue 12) answer exactly what the plain code answered:
the closest of a row's spellings, the namesake marks, the raw JSON parse, the name folds, and
the index's key_rows blobs (equal strings stored once, not compressed)."""

import json
import marshal
import random
import re
import zlib

import pytest


def _closest_reference(spellings, lights, qplain, qwhole, qfold, least):
    """What Gazetteer.candidates' take() computed for a row of several spellings before."""
    from rapidfuzz.fuzz import ratio
    sim, _, spelled, which = max((1.0 if qwhole is not None and lk == qwhole else ratio(qplain, lk) / 100.0,
                                  v.casefold() == qfold, v, i)
                                 for i, (v, lk) in enumerate(zip(spellings.split("|"), lights)))
    return None if sim < least else (sim, spelled, which)


def test_the_closest_spelling_is_the_max_of_similarity_spelled_as_asked_spelling_and_index():
    from rapidfuzz.fuzz import ratio
    from geomove.gazetteer import _closest_spelling
    rng = random.Random(12)
    # few letters, so that rows have equally close spellings, spellings equal but for case,
    # and the same spelling twice
    words = ["Homs", "HOMS", "Hims", "Hums", "Homs", "homs", "Hama", "Hamah", "Emesa", "Humus"]
    ties = 0
    for _ in range(3000):
        spelled = [rng.choice(words) for _ in range(rng.randint(2, 6))]
        lights = [s.lower().replace("ah", "a") for s in spelled]
        asked = rng.choice(words)
        qplain = asked.lower()
        qwhole = rng.choice([None, "homs", "hims"])
        least = rng.choice([0.0, 0.55, 0.9])
        args = ("|".join(spelled), lights, qplain, qwhole, asked.casefold(), least)
        want = _closest_reference(*args)
        assert _closest_spelling(*args, ratio) == want, args
        if want is not None:
            sims = [1.0 if lk == qwhole else ratio(qplain, lk) / 100.0 for lk in lights]
            ties += sims.count(want[0]) > 1
    assert ties > 500  # (the tie-break was put to the test)


def _mark_reference(places, within_km=60.0):
    """mark_namesake_settlements as it was written before towns were grouped by country."""
    import math
    from geomove.distance import EARTH_DIAMETER_KM, haversine_km
    from geomove.gazetteer.ranking import FACILITY_KINDS
    facilities = [p for p in places if p.get("kind") in FACILITY_KINDS and p.get("lat") is not None]
    if not facilities:
        return
    towns = [p for p in places if p.get("kind") in ("city", "town", "village", "admin1", "admin2")
             and p.get("lat") is not None]
    max_dlat = (within_km + 1.0) / (EARTH_DIAMETER_KM / 2) * 180.0 / math.pi
    for p in facilities:
        lat, country = p["lat"], p.get("country")
        near = [(t.get("kind") not in ("city", "town", "village"), d, i, t) for i, t in enumerate(towns)
                if t.get("country") == country and abs(t["lat"] - lat) <= max_dlat
                and (d := haversine_km(lat, p["lon"], t["lat"], t["lon"])) <= within_km]
        if near:
            t = min(near, key=lambda x: x[:3])[3]
            p["_namesake_settlement"] = t["name"]
            t["_lent_importance"] = max(t.get("_lent_importance", 0.0), (p.get("importance") or 0) - 0.05)


def test_namesake_marks_are_those_of_every_town_compared_with_every_facility():
    import copy
    from geomove.gazetteer.ranking import mark_namesake_settlements
    rng = random.Random(19)
    kinds = ["city", "town", "village", "admin1", "admin2", "crossing", "base", "airfield", "camp", "river"]
    marked = 0
    for _ in range(400):
        places = []
        for n in range(rng.randint(1, 30)):
            lat = rng.choice([None, 36.0, 36.2]) if rng.random() < 0.1 else 36.0 + rng.uniform(-0.6, 0.6)
            places.append({"name": f"P{n}", "kind": rng.choice(kinds), "country": rng.choice(["SY", "TR", "IQ", None]),
                           "lat": lat, "lon": 38.0 + rng.uniform(-0.6, 0.6) if lat is not None else None,
                           "importance": rng.choice([None, 0.2, 0.6])})
        # (two towns at one point: the nearest is a tie, the first of them wins)
        places.append(dict(places[0], name="Twin")) if places[0]["lat"] is not None else None
        want = copy.deepcopy(places)
        _mark_reference(want)
        mark_namesake_settlements(places)
        assert places == want
        marked += sum("_namesake_settlement" in p for p in places)
    assert marked > 300


def test_a_rows_raw_json_parses_as_json_loads_parses_it():
    from geomove.gazetteer import _decode_raw
    for text in ['{"geonameid":1259425,"admin1code":"22","capital":false}', '{}', ' {"a": 1}', '{"a": [1, 2.5]} ',
                 '{"a": "x}"}', '{"a": null, "b": "\\u00e9"}']:
        assert _decode_raw(text) == json.loads(text)
    for bad in ['{"a": 1}x', '{"a": 1}{}', '{"a": ', '{"a": 1} []']:
        with pytest.raises(ValueError):
            _decode_raw(bad)


def test_a_run_of_one_letter_folds_to_the_letter_as_the_template_did():
    from geomove.names import _DOUBLE_RE, _GROUP_1, light_key, name_key
    rng = random.Random(7)
    for _ in range(5000):
        w = "".join(rng.choice("aabbllmiiY- ") for _ in range(rng.randint(0, 14)))
        assert _DOUBLE_RE.sub(_GROUP_1, w) == re.sub(r"(.)\1+", r"\1", w)
    assert name_key("Raqqah") == name_key("Raqa") == "raka" and light_key("Raqqa") == light_key("Rakka") == "raka"


def test_key_rows_blobs_store_equal_strings_once_not_compressed(gazetteer):
    # (speed30: the blobs are marshal data as it is; they were a raw deflate stream before)
    from geomove.gazetteer_build import KEY_ROWS_FORMAT
    assert gazetteer.meta["key_rows_format"] == KEY_ROWS_FORMAT == "marshal4+plains+folds"
    shared = 0
    for key, blob in gazetteer.db.execute("SELECT key, rows FROM key_rows LIMIT 200"):
        with pytest.raises(zlib.error):  # no zlib header
            zlib.decompressobj().decompress(blob)
        rows, plains = marshal.loads(blob)
        assert rows == gazetteer._key_rows_of(key)
        for row in rows:
            # the place's name and the spelling the key matched, when equal, are one object,
            # and so are the source and licence of every row
            if row[2] == row[15]:
                assert row[2] is row[15]
                shared += 1
            assert row[12] is rows[0][12] or row[12] != rows[0][12]
    assert shared > 100
