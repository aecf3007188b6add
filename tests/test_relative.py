"""Relative phrases: the quick look at neighbouring words never hides a relation the patterns see."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from geomove.relative import _relation_around, relation_around

# Words of the patterns and words around them, in any case, with odd spacing and punctuation.
WORDS = ["of", "the", "from", "outside", "around", "near", "nearby", "close", "next", "to", "approaching",
         "with", "border", "area", "northern", "north-eastern", "Eastern", "central", "countryside",
         "outskirts", "rural", "areas", "front", "frontline", "direction", "axis", "sector", "desert",
         "city", "town", "village", "km", "10", "3.5", "miles", "north", "south-west", "away", "in",
         "vicinity", "not", "far", "on", "edge", "at", "gates", "guards", "'s", "’s", "OF", "Near",
         "troops", "moved", "border-area", "x-north", "ofnorth-eastern", "countryside-wide", "eastern-", "(about", "5 km)", "and", ",", ".", "—", "\u00a0",
         "THE", "The", "x-the", "the-", "5the", "(the", "the the",
         "people", "capital", "İn", "xnorth", "Kenorth", "5north", "north-east", "province",
         "governorate", "district", "region", "suburbs", "nonrural", "countryside areas", "Of", "of-", "x-of"]
SEPARATORS = [" ", "  ", "\n", "\t", "", "\u00a0"]


@settings(max_examples=3000, deadline=None)
@given(before=st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=8),
       after=st.lists(st.tuples(st.sampled_from(SEPARATORS), st.sampled_from(WORDS)), max_size=5))
def test_the_quick_look_agrees_with_every_pattern(before, after):
    left = "".join(w + s for w, s in before)
    right = "".join(s + w for s, w in after)
    text = left + "Aleppo" + right
    start, end = len(left), len(left) + len("Aleppo")
    assert relation_around(text, start, end) == _relation_around(
        text, start, end, text[max(0, start - 80):start], text[end:end + 80])


def test_phrases_still_read():
    for text, kind in [("the western countryside of Aleppo", "countryside"), ("10 km north of Aleppo", "direction"),
                       ("near Aleppo", "near"), ("Aleppo's outskirts", "near"), ("the border with Aleppo", "border"),
                       ("northern Aleppo", "part")]:
        start = text.index("Aleppo")
        assert relation_around(text, start, start + 6)["type"] == kind, text
    assert relation_around("Goma Azaz Aleppo Sirte", 10, 16) is None


def test_a_the_after_no_last_word_runs_no_pattern(monkeypatch):
    """'in the X', 'and the X', ', the X': the article ends a pattern only after one of the
    patterns' last words, so none is searched (speed21); 'near the X' still is."""
    import geomove.relative as relative

    searched = []
    monkeypatch.setattr(relative, "_relation_around", lambda *a, **k: searched.append(a[0]) or None)
    for text in ("troops in the Aleppo", "and the Aleppo", "said, the Aleppo", "(the Aleppo"):
        start = text.index("Aleppo")
        relative.relation_around(text, start, start + 6)
    assert searched == []
    relative.relation_around("near the Aleppo", 9, 15)
    relative.relation_around("north of THE Aleppo", 13, 19)
    assert len(searched) == 2


def test_an_of_after_no_word_a_pattern_writes_before_it_runs_no_pattern(monkeypatch):
    """'the people of X', 'the capital of X': a last "of" ends a pattern only after a direction,
    a kind of place, an area word or a word of "outside of", "in the vicinity of", ... (speed21);
    'north of X', 'the city of X', 'the outskirts of X' still run them."""
    import geomove.relative as relative

    searched = []
    monkeypatch.setattr(relative, "_relation_around", lambda *a, **k: searched.append(a[0]) or None)
    for text in ("the people of Aleppo", "capital of the Aleppo", "5 of Aleppo", "(of Aleppo"):
        start = text.index("Aleppo")
        relative.relation_around(text, start, start + 6)
    assert searched == []
    for text in ("north of Aleppo", "the city of the Aleppo", "outskirts of Aleppo", "gates of Aleppo",
                 "outſide of Aleppo"):
        start = text.index("Aleppo")
        relative.relation_around(text, start, start + 6)
    assert len(searched) == 5


def test_only_the_side_a_word_opens_is_searched(monkeypatch):
    import geomove.relative as relative

    seen = []
    for name in ("_BEFORE", "_AFTER"):
        patterns = [(kind, _Spy(rx, seen, name)) for kind, rx in getattr(relative, name)]
        monkeypatch.setattr(relative, name, patterns)
    relative.relation_around("troops went to Aleppo today", 15, 21)  # ('to': none matches)
    assert seen and set(seen) == {"_BEFORE"}
    seen.clear()
    relative.relation_around("troops in Aleppo's countryside", 10, 16)
    assert seen == ["_AFTER"]


class _Spy:
    def __init__(self, rx, seen, side):
        self.rx, self.seen, self.side = rx, seen, side

    def search(self, s):
        self.seen.append(self.side)
        return self.rx.search(s)


def test_a_word_without_a_hyphen_is_asked_as_itself():
    """_may_end_a_phrase / _may_start_a_phrase test a word without a hyphen by one set look-up
    (speed23): the answers of the tails / heads of every hyphen-split, for every last and
    first word of the patterns, with and without hyphens, and for words of none."""
    from geomove import relative as r

    def ends(word):
        parts = word.split("-")
        return bool(word) and any("-".join(parts[i:]) in r._BEFORE_LAST_WORDS for i in range(len(parts)))

    def starts(word):
        parts = word.split("-")
        return bool(word) and any("-".join(parts[:i]) in r._AFTER_FIRST_WORDS for i in range(1, len(parts) + 1))

    words = sorted(r._BEFORE_LAST_WORDS | r._AFTER_FIRST_WORDS) + ["", "aleppo", "said", "x"]
    words += [w + "-" + v for w in words[:40] for v in ("east", "aleppo", "")]
    words += ["-" + w for w in words[:40]]
    assert any(ends(w) for w in words) and any(starts(w) for w in words)
    for w in words:
        assert r._may_end_a_phrase(w) == ends(w), w
        assert r._may_start_a_phrase(w) == starts(w), w
    assert r._may_end_a_phrase(None) is False and r._may_start_a_phrase(None) is False
