"""Fewer Python steps in a name's first look-up (issue 12, speed28): each shortcut answers what the
step-by-step code answered -- the ASCII folds of names.py, a row's similarity kept by its
spelling, the finder's keep test kept by plain form."""

import random
import unicodedata

import pytest


def _latin_words_reference(s):
    """names._latin_words as it was written before its ASCII shortcut."""
    from unidecode import unidecode
    from geomove.names import _COMBINING_RE, _LATIN_TABLE, _WORD_RE
    s = s.translate(_LATIN_TABLE)
    if not s.isascii():
        s = _COMBINING_RE.sub("", unicodedata.normalize("NFKD", s))
        if not s.isascii():
            s = unidecode(s)
    return _WORD_RE.findall(s.lower())


def _key_words_reference(s):
    from geomove.names import ARTICLES
    words = _latin_words_reference(s)
    if len(words) > 1:
        words = [w for w in words if w not in ARTICLES] or words
    return tuple(words)


def _folds_reference(s):
    """(name_key, plain, light_key) of a Latin-script name, as the general code folds it."""
    from geomove.names import _DOUBLE_RE, _GROUP_1, _fold_word, _prepare
    words = _key_words_reference(s)
    key = "".join(_fold_word(w) for w in words) if s else ""
    return key, " ".join(words), " ".join(_DOUBLE_RE.sub(_GROUP_1, _prepare(w)).lower() for w in words)


# (our own spellings: apostrophes and backticks of transliteration, articles, doubled letters,
# generic words, punctuation, digits)
_PIECES = ["al", "el", "Al-", "as", "Tal", "Tell", "Deir", "ez", "Zor", "Ma'arat", "an", "Nu`man", "Qamishli",
           "Raqqah", "Kafr", "Nabl", "O'Hare", "St.", "Marc", "Mount", "Ayn", "Issa", "Abu", "Kamal", "Hasakah",
           "Shaddadi", "River", "(north)", "2nd", "Bir", "'", "`", "--", "Yarmouk", "Umm", "Qasr", "Khirbet"]


def test_the_ascii_folds_are_those_of_the_general_path():
    from geomove import names
    rng = random.Random(28)
    checked = 0
    for _ in range(4000):
        s = rng.choice(["", " ", "-"]).join(rng.choice(_PIECES) for _ in range(rng.randint(1, 4)))
        if rng.random() < 0.2:
            s = s.upper()
        assert s.isascii()
        assert names._latin_words(s) == _latin_words_reference(s), s
        assert (names.name_key(s), names.plain(s), names.light_key(s)) == _folds_reference(s), s
        checked += "'" in s or "`" in s
    assert checked > 500  # (the marks the ASCII shortcut deletes were put to the test)
    assert names.name_key("") == "" and names.plain("") == "" and names.light_key("") == ""


def test_names_of_other_scripts_still_take_their_own_paths():
    from geomove import names
    assert names.name_key("المالكية") == names.name_key("مالكيه")  # (Arabic: its own key)
    assert names.name_key("Tall Abyaḍ") == names.name_key("Tal Abyad")  # (diacritics: unidecode path)
    assert names.plain("Ma’arrat") == names.plain("Ma'arrat") == "maarrat"
    assert names.light_key("Qāmishlī") == names.light_key("Qamishli")


def test_the_gazetteer_folds_are_the_names_folds():
    """One cache, not two: the gazetteer's name_key and light_key are names.py's own (cached)."""
    from geomove import gazetteer, names
    assert gazetteer.name_key is names.name_key and gazetteer.light_key is names.light_key
    assert hasattr(gazetteer.name_key, "cache_info") and hasattr(gazetteer.light_key, "cache_info")


def test_a_forms_similarity_is_the_best_folded_similarity_of_the_names_asked():
    from geomove.mentions.candidates import _form_similarity_of
    from geomove.mentions.similarity import _translit_fold, folded_spelling_similarity
    rng = random.Random(12)
    # (few letters: equal folds, 'ou' spellings, short names, equal forms)
    forms = ["hama", "hamah", "hamma", "homs", "hims", "menoufia", "monufia", "manouf", "qusayr", "qousair",
             "raqqa", "raqqah", "rakka", "tall", "tal", "deir", "dayr", "abu kamal", "abou kamal", "al bab", "bab"]
    seen = {"0.9": 0, "ou": 0, "short": 0}
    for _ in range(3000):
        asked = [(p, _translit_fold(p)) for p in {rng.choice(forms) for _ in range(rng.randint(1, 2))}]
        memo = {}
        similarity = _form_similarity_of(asked, memo)
        pb = rng.choice(forms)
        fb = _translit_fold(pb)
        want = max([0.0] + [folded_spelling_similarity(pa, fa, pb, fb) for pa, fa in asked])
        assert similarity(pb, fb) == want, (asked, pb)
        assert memo == {pb: want}
        seen["0.9"] += want == 0.9
        seen["ou"] += "ou" in pb and any("ou" not in pa and len(pa) > 4 for pa, _ in asked)
        seen["short"] += len(pb) <= 4
    assert min(seen.values()) > 50, seen


@pytest.mark.parametrize("kind", [None, "city"])
def test_the_rows_a_look_up_finds_have_the_similarity_of_each_rows_own_spelling(gazetteer, monkeypatch, kind):
    """A look-up keeps a one-spelling row's similarity by its light key (the rows of a common
    name repeat their spellings): every row found has the similarity, matched spelling and
    stage its own spelling gives, row by row, as before (names asked with and without a kind
    word, which counts whole)."""
    from geomove.gazetteer import (Gazetteer, _LEAST_SIMILARITY, _closest_spelling, _row_spellings, light_key,
                                   name_key)
    from rapidfuzz.fuzz import ratio

    from geomove.gazetteer.ranking import _SAME_SPELLING
    real = Gazetteer._best_by_totals
    seen = {}

    def capture(self, items, query, *args):
        seen["items"], seen["query"] = items, query
        return real(self, items, query, *args)

    monkeypatch.setattr(Gazetteer, "_best_by_totals", capture)
    compared = repeated = 0
    for name in ["Springfield", "San Jose", "Santa Cruz", "Victoria", "Richmond", "Kansas City", "Salem",
                 "Alexandria", "Homs", "Marion", "Jackson City", "Georgetown", "Santiago"]:
        seen.clear()
        gazetteer.candidates(name, kind=kind, limit=1, fuzzy=False)
        if "items" not in seen or seen["items"][0][1] != "exact":
            continue
        core, kind_in_text = gazetteer.split_kind(name)
        qplain, qfold = light_key(core), core.casefold()
        qwhole = light_key(name.strip()) if kind_in_text else None
        qwhole = None if qwhole == qplain else qwhole
        want = {}
        lights_seen = []
        for k in dict.fromkeys(x for x in (name_key(name), name_key(core)) if x):
            for row, is_user, plains in gazetteer._places_for_key(k):
                spellings, lights = _row_spellings(row)
                lights_seen += lights if len(lights) == 1 else []
                got = _closest_spelling(spellings, lights, qplain, qwhole, qfold, _LEAST_SIMILARITY["exact"], ratio)
                if got is not None and (row[1] not in want or got[0] > want[row[1]][0]):
                    want[row[1]] = got
        # (a name asked with its kind word that some rows bear whole, 'Kansas City': the rows
        # found by its head alone have at most ranking._SAME_SPELLING; see _whole_name_bearers)
        bearers = seen["query"].whole_bearers
        if bearers:
            want = {gid: (min(sim, _SAME_SPELLING) if gid not in bearers else sim, *rest)
                    for gid, (sim, *rest) in want.items()}
        found = {rec[0][1]: (sim, rec[2], rec[3]) for rec, how, sim in seen["items"]}
        assert found == want, name
        compared += len(found)
        repeated += len(lights_seen) - len(set(lights_seen))
    assert compared > 500 and repeated > 200  # (many rows, many of them spelled alike)
