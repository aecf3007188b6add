"""What one look-up answers (geomove.gazetteer.answers): areas of the areas table, loose
spellings far from every reading spelled as asked, kind words the candidate is not."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geomove.distance import haversine_km
from geomove.gazetteer import answers as A
from geomove.gazetteer.ranking import NO_PLACE
from geomove.geocoder import Geomove


def _place(name, lat, lon, score, *, matched=None, kind="town", country="XX", unc=None):
    return {"name": name, "matched_name": matched or name, "lat": lat, "lon": lon, "score": score,
            "kind": kind, "country": country, "gazetteer_id": f"t:{name}", "why": "",
            "uncertainty_km": unc}


# ---------------------------------------------------------------- decisions on lists we make

def test_loose_spelling_far_from_every_exact_reading_is_no_place():
    ranked = [_place("Qorvath", 10.0, 10.0, 0.72),                       # loose, another continent
              _place("Korvat crossing", 40.0, 40.0, 0.66, matched="Korvat", kind="crossing")]
    out = A.loose_far_from_readings("Korvat", ranked, hinted=False)
    assert out[0]["name"] == "Korvat crossing"
    loose = out[1]
    assert loose["score"] < NO_PLACE and "spelled as asked" in loose["why"] and "no hint" in loose["why"]


def test_loose_spelling_near_an_exact_reading_stays():
    ranked = [_place("Qorvath", 40.5, 40.2, 0.72), _place("Korvat", 40.0, 40.0, 0.66)]
    out = A.loose_far_from_readings("Korvat", ranked, hinted=False)
    assert [p["score"] for p in out] == [0.72, 0.66]


def test_a_hint_leaves_loose_spellings_alone():
    ranked = [_place("Qorvath", 10.0, 10.0, 0.72), _place("Korvat", 40.0, 40.0, 0.66)]
    out = A.loose_far_from_readings("Korvat", ranked, hinted=True)
    assert out[0]["score"] == 0.72 and out[0]["why"] == ""


def test_a_hint_does_not_make_a_keyless_loose_variant_an_answer():
    ranked = [_place("Zalmu", 5.0, 5.0, 0.6), _place("Zelmoriyah", 5.0, 6.0, 0.58)]
    ranked[0]["why"] = "loose variant of 'Zalmu'; in XX"
    ranked[1]["why"] = "name 'Zelmoriyah' (variant spelling); in XX"   # a shared key: stays
    out = A.loose_far_from_readings("Zelmoriya", ranked, hinted=True)
    assert out[0]["name"] == "Zelmoriyah" and out[0]["score"] == 0.58
    assert out[1]["score"] < NO_PLACE and "hinted country" in out[1]["why"]


def test_a_loose_spelling_alone_is_no_place_unless_close():
    far_off = [_place("Zelmo", 5.0, 5.0, 0.6)]                       # 'Zelmoriya' ~ 'Zelmo': loose
    assert A.loose_far_from_readings("Zelmoriya", far_off, hinted=False)[0]["score"] < NO_PLACE
    close = [_place("Zelmoriyah", 5.0, 5.0, 0.6)]                     # the same light key
    assert A.loose_far_from_readings("Zelmoriya", close, hinted=False)[0]["score"] == 0.6


def test_the_article_is_part_of_the_spelling():
    # 'al-Zerqa' is not spelled as 'Zerqa': the town without the article does not make the
    # article-spelled reading far from "every reading spelled as asked"
    ranked = [_place("Az Zarqa", 30.0, 40.0, 0.6, matched="Az-Zerqa"), _place("Zerqa", -20.0, -60.0, 0.5)]
    out = A.loose_far_from_readings("al-Zerqa", ranked, hinted=False)
    assert out[0]["name"] == "Az Zarqa" and out[0]["score"] == 0.6


def test_a_kind_word_prefers_a_candidate_of_that_kind():
    ranked = [_place("Velmar", 1, 1, 0.8, kind="admin1"), _place("Velmar village", 1, 1, 0.7, kind="village"),
              _place("Velmar Pass", 1, 1, 0.6, matched="Velmar", kind="checkpoint")]
    out = A.prefer_kind_written("Velmar corridor", [dict(p) for p in ranked])
    assert out[0]["score"] == 0.8 and "corridor" in out[0]["why"]  # none is one: order kept, said
    out = A.prefer_kind_written("Velmar crossing", [dict(p) for p in ranked])
    assert out[0]["kind"] == "checkpoint"
    assert "not one" in out[1]["why"]
    bridge = _place("Velmar Bridge", 1, 1, 0.5, kind="crossing")
    assert A.prefer_kind_written("Velmar bridge", [dict(ranked[0]), bridge])[0]["name"] == "Velmar Bridge"
    assert A.prefer_kind_written("Velmar", [dict(p) for p in ranked])[0]["why"] == ""


# ---------------------------------------------------------------- the areas table

AREAS = [("Sinai", "region"), ("Sahel", "region"), ("Donbas", "region"), ("Darfur", "region"),
         ("Golan Heights", "region"), ("Red Sea", "sea"), ("Gulf of Aden", "sea"), ("Lake Chad", "region"),
         ("Nuba Mountains", "region"), ("Lachin corridor", "region"), ("Bab al-Mandab", "strait")]


@pytest.mark.parametrize("name,kind", AREAS)
def test_an_area_name_answers_the_area_traceably(gazetteer, name, kind):
    loc = Geomove(gazetteer).geocode(name)
    assert loc is not None
    raw = loc.raw
    assert raw["gazetteer_id"].startswith("geomove-area:") and raw["kind"] == kind
    # (the row's source and licence as the table has them: a few rows say "unsourced")
    assert raw["uncertainty_km"] > 0 and raw["source"] and "licence" in raw
    assert raw["raw"]["file"] == "areas.csv" and raw["raw"]["line"] >= 2 and raw["raw"]["source"] == raw["source"]
    assert "areas.csv line" in raw["why"]


def test_an_area_short_form_and_its_alias(gazetteer):
    geo = Geomove(gazetteer)
    assert geo.geocode("Golan").raw["name"] == "Golan Heights"
    kurd = geo.geocode("Kurdistan").raw
    assert kurd["name"] == "Kurdistan Region" and "short form" in kurd["why"]


def test_a_hint_binds_areas(gazetteer):
    geo = Geomove(gazetteer)
    assert geo.geocode("Sahel", country_codes="ML").raw["name"] == "Sahel"    # reaches into Mali
    for name, cc in (("Sinai", "SY"), ("Donbas", "SD"), ("Nuba Mountains", "UA"), ("Gulf of Aden", "UA"),
                     ("Darfur", "TD")):  # (Darfur's rough radius reaches into Chad; it is not in Chad)
        for loc in geo.geocode(name, country_codes=cc, exactly_one=False):
            assert not loc.raw["gazetteer_id"].startswith("geomove-area:"), (name, cc)
            assert loc.raw["country"] == cc
    assert geo.geocode("Red Sea", kind="crossing") is None or \
        not geo.geocode("Red Sea", kind="crossing").raw["gazetteer_id"].startswith("geomove-area:")


def test_near_orders_areas_by_their_edge(gazetteer):
    found = A.answers(gazetteer, "Darfur", near=(13.0, 24.0))
    area = next(p for p in found if p["gazetteer_id"].startswith("geomove-area:"))
    assert area["distance_km"] == 0.0  # inside its radius


def test_cli_geocode_answers_an_area(gazetteer, capsys):
    from geomove.cli import main
    assert main(["geocode", "Nuba Mountains", "--json"]) == 0
    first = json.loads(capsys.readouterr().out)[0]
    assert first["kind"] == "region" and first["country"] == "SD" and first["uncertainty_km"] == 100


def test_cli_geocode_kind_word_the_gazetteer_does_not_strip(gazetteer, capsys):
    from geomove.cli import main
    assert main(["geocode", "Mosul dam", "--json"]) == 0
    first = json.loads(capsys.readouterr().out)[0]
    assert first["country"] == "IQ" and "no dam of this name known" in first["why"]


# ---------------------------------------------------------------- spellings, with and without hints

# Conflict places and areas as reports write them (our own list): the answer is the place
# (within the area's radius for an area) or no place; never one on another continent.
SPELLINGS = [
    ("Sinai", None, (29.3, 33.9)), ("Sahel", None, (15.0, 2.0)), ("Donbas", None, (48.2, 38.2)),
    ("Darfur", None, (13.0, 24.5)), ("Darfur", "SD", (13.0, 24.5)), ("Kurdistan", None, (36.3, 44.2)),
    ("Golan Heights", "SY", (33.0, 35.8)), ("Crimea", None, (45.3, 34.3)), ("Red Sea", None, (20.0, 38.5)),
    ("Gulf of Aden", None, (12.3, 47.5)), ("Lake Chad", None, (13.2, 14.1)), ("Nuba Mountains", None, (11.6, 30.6)),
    ("Bekaa", None, (33.85, 36.0)), ("Bekaa Valley", "LB", (33.85, 36.0)), ("Panjshir", None, (35.4, 69.8)),
    ("Masnaa", None, (33.70, 35.92)), ("Jebel Aulia", None, (15.24, 32.49)), ("Rubaya", None, (-1.55, 28.88)),
    ("Lachin corridor", None, (39.6, 46.55)), ("Kutum", None, (14.20, 24.67)), ("Krynky", None, (46.73, 33.08)),
    ("Kalehe", None, (-2.10, 28.91)), ("Atiak", None, (3.27, 32.12)), ("Kiwanja", None, (-1.17, 29.45)),
    ("al-Arima", None, (36.47, 37.72)), ("Masisi", None, (-1.40, 28.82)),
    # the same with their country
    ("Masnaa", "LB", (33.70, 35.92)), ("Jebel Aulia", "SD", (15.24, 32.49)), ("Rubaya", "CD", (-1.55, 28.88)),
    ("Kalehe", "CD", (-2.10, 28.91)), ("Atiak", "UG", (3.27, 32.12)), ("Kiwanja", "CD", (-1.17, 29.45)),
    ("Kutum", "SD", (14.20, 24.67)), ("Krynky", "UA", (46.73, 33.08)), ("Lachin corridor", "AZ", (39.6, 46.55)),
    ("Sinai", "EG", (29.3, 33.9)), ("Donbas", "UA", (48.2, 38.2)), ("Lake Chad", "TD", (13.2, 14.1)),
    ("Nuba Mountains", "SD", (11.6, 30.6)), ("Bekaa", "LB", (33.85, 36.0)), ("Panjshir", "AF", (35.4, 69.8)),
    ("Red Sea", "SD", (20.0, 38.5)), ("Gulf of Aden", "YE", (12.3, 47.5)), ("Kurdistan", "IQ", (36.3, 44.2)),
    ("al-Arima", "SY", (36.47, 37.72)), ("Masisi", "CD", (-1.40, 28.82)), ("Crimea", "UA", (45.3, 34.3)),
]


def test_area_and_loose_spellings_are_right_or_empty(gazetteer):
    answered = 0
    for name, cc, (lat, lon) in SPELLINGS:
        best = gazetteer.resolve(name, country=cc)
        if best is None:
            continue
        answered += 1
        d = haversine_km(best["lat"], best["lon"], lat, lon)
        area = best["kind"] in ("region", "sea", "strait", "admin1", "admin2")
        reach = max(60.0, best.get("uncertainty_km") or 0.0) if area else 30.0
        assert d <= reach, f"{name!r} ({cc}) -> {best['name']} [{best['country']}] {d:.0f} km off: {best['why']}"
        assert cc is None or best["country"] in (cc, None)
    assert answered >= 35   # right, not merely silent


_NAMES = [row["name"] for row in A.area_rows()] + ["Masnaa", "Kutum", "Lachin corridor", "Kerch bridge", "Mosul dam",
                                                   "Sinai region", "Bekaa", "Paris", "Natal", "Arima"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.sampled_from(_NAMES), cc=st.sampled_from(["SD", "UA", "SY", "EG", "ML", "AZ", "LB", "TD", "BR"]))
def test_a_country_hint_never_answers_outside_it(gazetteer, name, cc):
    for loc in Geomove(gazetteer).geocode(name, country_codes=cc, exactly_one=False, limit=10):
        p = loc.raw
        if p["country"] is not None:
            assert p["country"] == cc, (name, cc, p["name"], p["country"])
        else:  # a sea, a strait or a region wider than REGION_SPANS_KM whose radius reaches cc
            assert p["gazetteer_id"].startswith("geomove-area:") and A._reaches(p["lat"], p["lon"], p["uncertainty_km"], cc)
