"""Every row geomove ships keeps its source, and a source is the original (the article, the agency,
GeoNames), never a mirror or scraper site that copied it: a journalist must be able to cite it."""

import csv
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

DATA = Path(__file__).resolve().parent.parent / "gazetteer"
URL = re.compile(r"https?://[^\s,;)\"']+")

# hosts of original sources; a new kind of source is added here on purpose, after checking it
ORIGINAL_HOSTS = ("wikipedia.org", "geonames.org")


def rows(name):
    with open(DATA / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_every_feature_with_a_point_cites_source_and_licence():
    for row in rows("features.csv"):
        if row["lat"] or row["lon"]:
            assert row["source"].strip() and row["licence"].strip(), row["id"]
        else:  # no cited point: the note says so and names its anchor
            assert row["note"].startswith("no cited point"), row["id"]


@pytest.mark.parametrize("name", ["features.csv", "aliases.csv", "demonyms.csv"])
def test_cited_addresses_are_original_sources(name):
    for row in rows(name):
        for url in URL.findall(" ".join(v or "" for v in row.values())):
            host = urlsplit(url).hostname or ""
            assert host.endswith(ORIGINAL_HOSTS), f"{name}: {url} is not an original source"


def test_the_host_check_catches_a_mirror():
    mirror = "point from http://piglix.com/piglix/Daraa"
    hosts = [urlsplit(u).hostname for u in URL.findall(mirror)]
    assert hosts == ["piglix.com"] and not hosts[0].endswith(ORIGINAL_HOSTS)
