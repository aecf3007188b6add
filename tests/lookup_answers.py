"""What the look-up speed tests share (test_lookup_speed35, test_lookup_speed37): names to look up
and the answers a shortcut must leave as they were, the finder's and the gazetteer's. (A module
beside the tests: pytest puts this folder on sys.path.)"""

# names of many places, of several spellings a row, with kind words, articles, accents, and
# names of no place at all (their core key, or the name's, is in no row)
NAMES = ["Springfield", "San Jose", "Alexandria", "Paris", "Georgia", "Victoria", "al-Hol", "Kansas City",
         "Benin City", "Hama", "Homs", "Tripoli", "Santa Cruz", "Saint-Marc", "Al-Waleed crossing", "Cordoba",
         "Córdoba", "Mosul", "Raqqa", "Deir ez-Zor", "Kharkiv", "Donetsk", "Bakhmut", "Goma", "Bunia",
         "Washington", "Lincoln", "Newcastle", "Rota", "Amman", "Zzyzxq", "Qwertyuiop City", "Lake Qwrtzx",
         "Mount Kenya", "Jebel Marra", "River Qzzq", "Port Sudan", "El Fasher", "Gaisumah", "Manta"]


def finder_candidates(gaz, names, kinds=(None, "city", "crossing")) -> dict:
    """(name, kind) -> the finder's filtered candidates of ``gaz`` (a private finder: none are remembered)."""
    from geomove.mentions.finder import _Finder
    finder = _Finder("", gaz)
    return {(n, k): finder._filtered_candidates(n, k) for n in names for k in kinds}


def gazetteer_answers(gaz, names) -> dict:
    """(name, the options) -> ``gaz.candidates``, for each name under a few sets of options (a limit,
    no fuzzy matching, a kind, a country)."""
    out = {}
    for n in names:
        for kw in ({}, {"limit": 1}, {"limit": 40, "fuzzy": False}, {"kind": "city"}, {"country": "US"}):
            out[(n, tuple(kw.items()))] = gaz.candidates(n, **kw)
    return out
