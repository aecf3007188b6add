"""The folds of a word at fewer instructions (issue 12, speed89): `_prepare` tries its digraph rules
only when the word holds a letter one of them needs (h, j, q, c, x), and a word's prepared form with
its doubled letters written once (`names._spelled`) is kept, shared by `name_key`'s fold and
`light_key`. Each must answer exactly what session 44's code answered: that code is written out
here as the reference and compared on random words (hypothesis) and on every word of the curated
files' names."""

import csv
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from geomove import names

_DOUBLE_RE = re.compile(r"(.)\1+")


def _prepare_44(word):
    """names._prepare as session 44 wrote it: every digraph rule tried in turn."""
    word = names.GENERIC_WORDS.get(word, word)
    if len(word) > 4 and word[-1] in "aeh":
        word = names._IYA_RE.sub("Y", word)
    if len(word) > 3 and word.endswith(("ah", "eh")):
        word = word[:-1]
    for a, b in names._DIGRAPHS:
        if a in word:
            word = word.replace(a, b)
    if "ee" in word or "oo" in word or "ou" in word:
        word = word.replace("ee", "i").replace("oo", "u").replace("ou", "u")
    return word


def _spelled_44(word):
    return _DOUBLE_RE.sub(r"\1", _prepare_44(word))


def _light_key_44(s):
    return " ".join(_spelled_44(w).lower() for w in names._latin_key_words(s))


def _same_as_session_44(word):
    assert names._prepare(word) == _prepare_44(word), word
    assert names._spelled(word) == _spelled_44(word), word


def test_every_digraph_rule_needs_a_gate_letter():
    """A rule whose pattern held none of the gate's letters could fire in a word the gate passes."""
    for a, _ in names._DIGRAPHS:
        assert not names._DIGRAPH_LETTERS.isdisjoint(a), a
    # and a word without them is one no rule changes, one with them is still folded
    assert names._prepare("mosul") == "mosul"
    assert names._prepare("kirkuk") == "kirkuk" and names._prepare("qandahar") == "kandahar"
    assert names._prepare("ashdod") == "asdod" and names._prepare("xanten") == "hanten"


# lower-case ASCII words as the folds meet them (transliterated), heavy in the rules' letters, the
# doubled letters, the nisba and taa marbuta endings; and any short text
_WORD = st.lists(st.one_of(
    st.sampled_from(["kh", "sh", "gh", "dh", "th", "ph", "dj", "ck", "q", "c", "x", "h", "j", "ee", "oo", "ou",
                     "iyah", "iyya", "ieh", "ah", "eh", "Y", "ll", "aa"]),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=4),
), min_size=1, max_size=5).map("".join)


@settings(max_examples=3000, deadline=None)
@given(_WORD)
def test_the_prepared_words_are_session_44s(word):
    _same_as_session_44(word)


@settings(max_examples=500, deadline=None)
@given(st.text(min_size=1, max_size=10))
def test_the_prepared_words_are_session_44s_on_any_text(word):
    _same_as_session_44(word)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_WORD, min_size=1, max_size=4).map(" ".join))
def test_light_key_is_session_44s_whatever_was_folded_first(s):
    """The kept form is shared: a name's light key must not depend on whether name_key met its
    words first (the cache answers what the substitution would)."""
    if len(s) % 2:
        names.name_key(s)
    assert names.light_key(s) == _light_key_44(s), s


def test_the_curated_names_fold_as_in_session_44():
    folder = Path(__file__).resolve().parent.parent / "gazetteer"
    words = set()
    for path, fields in (("features.csv", ("name", "aliases")), ("areas.csv", ("name", "aliases")),
                         ("aliases.csv", ("alias",)), ("demonyms.csv", ("demonym",))):
        with open(folder / path, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                for field in fields:
                    for n in (row.get(field) or "").split("|"):
                        if n and (n.isascii() or names._is_latinish(n)):
                            words.update(names._latin_words(n))
    assert len(words) > 2000
    for w in sorted(words):
        _same_as_session_44(w)
