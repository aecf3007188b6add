"""Every curated row (gazetteer/features.csv, gazetteer/areas.csv) whose source is a Wikipedia
article and writes the article's coordinate after its address lies on that coordinate, within
what the article's precision allows: 0.1 km when seconds or decimals are written, 1.4 km (half a
minute of arc each way) when only minutes are. One test for every row, so a row a helper adds is checked
without a line of test code (the gazetteer tests per batch hold only their sentences)."""

import re

import pytest
from placing import _DECIMAL, _DMS, area_rows, cited_point, feature_rows

from geomove.distance import haversine_km

# "en.wikipedia 'Title' (https://en.wikipedia.org/wiki/Title): 3°32′N 31°21′E" -- the coordinate is
# the article's own (a computed point that only names an article somewhere is not)
_ARTICLE_FIRST = re.compile(r"^[a-z]{2,3}\.wikipedia '.+?' \(https?://[a-z-]+\.wikipedia\.org/wiki/\S+?\): ")


def _cited(rows: dict) -> list[tuple[str, dict]]:
    out = []
    for key, row in rows.items():
        source = row.get("source") or ""
        head = _ARTICLE_FIRST.match(source)
        if head and (_DECIMAL.match(source[head.end():]) or len(_DMS.findall(source[head.end():])) >= 2):
            out.append((key, row))
    return out


FEATURE_ROWS = _cited(feature_rows())
AREA_ROWS = _cited(area_rows())


def _tolerance_km(source: str) -> float:
    tail = source.split("):", 1)[1].strip()
    if _DECIMAL.match(tail):
        return 0.1
    seconds = all(s for _d, _m, s, _h in _DMS.findall(tail)[:2])
    return 0.1 if seconds else 1.4


@pytest.mark.parametrize("key, row", FEATURE_ROWS + AREA_ROWS, ids=[k for k, _ in FEATURE_ROWS + AREA_ROWS])
def test_row_is_its_cited_point(key, row):
    lat, lon = cited_point(row["source"])
    off = haversine_km(lat, lon, float(row["lat"]), float(row["lon"]))
    assert off < _tolerance_km(row["source"]), (key, round(off, 3))


def test_most_curated_rows_are_checked():
    """The pattern above finds the rows it is for (gaz24-30 wrote ~200 of them); a change of the
    sources' wording that hid them from this test would fail here."""
    assert len(FEATURE_ROWS) >= 250 and len(AREA_ROWS) >= 100, (len(FEATURE_ROWS), len(AREA_ROWS))


@pytest.mark.parametrize("source, tolerance", [
    ("en.wikipedia 'A' (https://en.wikipedia.org/wiki/A): 3°32′N 31°21′E", 1.4),
    ("en.wikipedia 'B' (https://en.wikipedia.org/wiki/B): 34°53′12″N 70°55′3″E", 0.1),
    ("en.wikipedia 'C' (https://en.wikipedia.org/wiki/C): 37.089323; 42.349890", 0.1),
])
def test_the_tolerance_follows_the_precision_written(source, tolerance):
    assert _tolerance_km(source) == tolerance


@pytest.mark.parametrize("source, point", [
    ("en.wikipedia 'C' (https://en.wikipedia.org/wiki/C): 37.089323; 42.349890", (37.089323, 42.34989)),
    ("en.wikipedia 'D' (https://en.wikipedia.org/wiki/D): 36.89778 N, 41.99750 E", (36.89778, 41.9975)),
    ("en.wikipedia 'E' (https://en.wikipedia.org/wiki/E): 0°21′20″N 40°52′32″E (0.355557°N 40.875549°E)",
     (0.355556, 40.875556)),
    ("es.wikipedia 'F' (https://es.wikipedia.org/wiki/F): 4° 8′ S, 32° 18′ O", (-4.133333, -32.3)),
])
def test_the_cited_point_is_read_in_either_form(source, point):
    assert all(abs(a - b) < 1e-5 for a, b in zip(cited_point(source), point)), cited_point(source)
