"""What the tests of the store of kept answers share (test_kept_answers, test_speed143): a small
real store built once a module from the session's index, gazetteers of that index with cold
caches, answers worked out live, and readers of a store, each closed when the test that made it
ends. (A module beside the tests: pytest puts this folder on sys.path; a test module imports
the fixtures it uses, ``store`` and the autouse ``made_closed``.)"""

import pytest

from geomove.gazetteer import Gazetteer
from geomove.mentions import kept_answers
from geomove.mentions.finder import _Finder

from sqlite_files import connected

WORDS = 3000  # (a small store: a real one, of 100,000 words and more, takes ~35 CPU s)
FAMOUS = 0.7  # (and the names of the index's best-known places only: a real one's 45,000 take ~10 CPU s)
EMPTY_UPTO = 4 * WORDS  # (the rarer words kept when they find nothing: a real store looks at 270,000)
OWN_LEAST = 0.7  # (the provinces and cities whose names are kept with their kind: a real store keeps all ~40,700)


def index_names(gaz, n=400) -> list[str]:
    """Spellings of the index itself, spread over its names table (every 500th row or so)."""
    total = gaz.db.execute("SELECT count(*) FROM names").fetchone()[0]
    step = max(1, total // n)
    out = []
    for i in range(n):
        row = gaz.db.execute("SELECT name FROM names LIMIT 1 OFFSET ?", (i * step,)).fetchone()
        if row and row[0]:
            out.append(row[0])
    return out


# the gazetteers and store readers a test made (cold_gazetteer, store_reader): closed when it ends. A
# dropped gazetteer's or reader's connection waits for the collector (and until session 58 the
# session's gazetteer kept every reader made for it alive, to close with it: Gazetteer.on_close):
# test_kept_answers left ~30 files open at s57start
_MADE: list = []


@pytest.fixture(autouse=True)
def made_closed():
    yield
    while _MADE:
        _MADE.pop().close()


def cold_gazetteer(gaz) -> Gazetteer:
    """A gazetteer of the same index and user places, its shared caches cold."""
    made = Gazetteer(gaz.path, user_places=gaz.user_places)
    _MADE.append(made)
    return made


def live_answer(gaz, name, kind=None):
    """The answer of ``name`` (with ``kind``) worked out live: a finder of a private cache."""
    finder = _Finder("", gaz)
    finder.cand_cache = {}
    return finder._filtered_candidates(name, kind)


def store_reader(gaz, path) -> kept_answers.KeptAnswers:
    """A reader of the store at ``path`` for ``gaz``."""
    made = kept_answers.KeptAnswers(gaz, path)
    _MADE.append(made)
    return made


@pytest.fixture(scope="module")
def store(gazetteer, tmp_path_factory):
    """(path, stored names, the index's names asked) of a small store built for the module."""
    names = index_names(gazetteer)
    path = kept_answers.build(gazetteer.path, WORDS, path=tmp_path_factory.mktemp("kept") / "answers",
                              user_places=gazetteer.user_places, names=names, famous=FAMOUS, empty_upto=EMPTY_UPTO,
                              own_least=OWN_LEAST)
    assert path is not None and path.is_file()
    with connected(path) as db:
        stored = [n for (n,) in db.execute("SELECT name FROM answers")]
    return path, stored, names
