"""A town's one-word name written as two capitalised parts joined by a hyphen ("Pétion-Ville" for
the index's Pétionville) is read as that town (mentions.written_apart); words joined by a
hyphen that are no such name, and names already read whole, are left as they were. The
sentences are our own."""

import pytest

from geomove.mentions import find_mentions


def _found(text, gazetteer):
    return {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer)}


@pytest.mark.parametrize("text, surface, name", [
    ("Police advanced from Pétion-Ville into Kenscoff on Thursday.", "Pétion-Ville", "Pétionville"),
    ("Troops left Petion-Ville on Monday.", "Petion-Ville", "Pétionville"),
])
def test_a_town_written_with_a_hyphen_is_read(gazetteer, text, surface, name):
    found = _found(text, gazetteer)
    assert surface in found and found[surface].get("name") == name and found[surface]["role"] == "place", found


@pytest.mark.parametrize("text, surface, name", [
    ("Soldiers flew to Port-Gentil on Monday.", "Port-Gentil", "Port-Gentil"),  # the index's own hyphen
])
def test_a_name_with_its_own_hyphen_is_read_as_before(gazetteer, text, surface, name):
    found = _found(text, gazetteer)
    assert found[surface].get("name") == name, found


@pytest.mark.parametrize("text, absent", [
    ("A Cross-Border operation began on Monday.", "Cross-Border"),  # two everyday words
    ("The Kenyan-Haitian force moved on Monday.", "Kenyan-Haitian"),  # demonyms, read part by part
    ("Jean-Pierre Moreau left on Monday.", "Jean-Pierre"),  # a person's first names: no town
])
def test_other_words_with_a_hyphen_are_no_town(gazetteer, text, absent):
    assert absent not in _found(text, gazetteer)


def test_a_village_written_with_a_hyphen_is_no_namesake_written_as_one(gazetteer):
    """A village the index lacks, written with a hyphen as its country writes it, is not read as
    a lesser namesake the index holds in one word elsewhere: "Kok-Tash" (Kyrgyzstan) is no
    Koktash (Tajikistan). Only a town of some importance is read so."""
    found = _found("Residents of Kok-Tash said the school had burned.", gazetteer)
    assert "Kok-Tash" not in found or found["Kok-Tash"].get("name") != "Koktash", found


@pytest.mark.parametrize("text, surface, name", [
    ("Kenyan troops moved from Mandera to Elwak on Monday.", "Elwak", "El Wak"),
])
def test_an_article_written_on_to_a_town_the_index_holds_apart(gazetteer, text, surface, name):
    """"Elwak" for the index's El Wak: an Arabic article written on to the name (written_apart)."""
    found = _found(text, gazetteer)
    assert surface in found and found[surface].get("name") == name, found


@pytest.mark.parametrize("text, surface, name", [
    ("Troops reached Eldoret on Monday.", "Eldoret", "Eldoret"),  # a name of its own: read as before
    ("Troops reached Alamata on Monday.", "Alamata", "Alamata"),
])
def test_a_name_that_opens_like_an_article_is_read_as_itself(gazetteer, text, surface, name):
    assert _found(text, gazetteer)[surface].get("name") == name


def test_the_words_asked_open_with_el_or_al_and_a_consonant():
    """Only these are asked of the index split after the article ("Elvis" is asked, and no town
    "El Vis" is found: tests/test_written_with_hyphen.py above)."""
    from geomove.mentions.written_apart import _opens_with_an_article
    assert [w for w in ("Elwak", "Alqaim", "Elvis", "Eloi", "Alamo", "El", "Alb", "El-Wak") if _opens_with_an_article(w)] \
        == ["Elwak", "Alqaim", "Elvis"]


def test_the_tokens_with_a_hyphen_or_an_article_are_those_a_pass_over_every_token_finds():
    """written_apart finds the words with a hyphen, and those opening with "El" or "Al", from
    the text (str.find, one scan) and a bisection each: the same tokens, in order, as testing
    every token."""
    import itertools
    import operator

    from geomove.mentions.written_apart import _ARTICLES, _offsets_of, _tokens_holding, _tokens_opening_at
    from geomove.textutil import tokenize

    texts = ["advanced from Pétion-Ville into Kenscoff", "moved from Mandera to Elwak and El Wak",
             "-Al-Qaim--x - Elx-Al 9Al E.L. d'Alembert Ela-Alb", "AlAlEl ElAl-El", "ElEl", "", "-", "Al", "no such words here"]
    for text in texts:
        toks = tokenize(text)
        words = [t.text for t in toks]
        hyphen = list(itertools.compress(range(len(toks)), map(operator.contains, words, itertools.repeat("-"))))
        article = list(itertools.compress(range(len(toks)), map(str.startswith, words, itertools.repeat(("El", "Al")))))
        assert _tokens_holding(toks, text, "-") == hyphen
        assert _tokens_opening_at(toks, _offsets_of(text, _ARTICLES)) == article
