"""The reading stage's shortcuts find exactly what the patterns they stand for find."""

import pytest
from hypothesis import given, settings, strategies as st

from geomove.read.clauses import _manners_of_motion
from geomove.read.counts import _may_count
from geomove.read.lexicon import _COUNT_RE, _MANNER_OF_MOTION

# words that make counts, manner-of-motion verbs and near misses, joined by varied gaps
_VOCAB = ["about", "some", "more", "than", "two", "Two", "twenty", "a", "dozen", "dozens", "hundreds",
          "thousands", "hundred", "tens", "1,200", "300", "Il-76", "C-130s", "45-strong", "soldiers",
          "troops", "trucks", "vehicles", "police", "men", "raced", "stormed", "Stormed", "turned",
          "crossed", "ed", "sped", "into", "towards", "toward", "onto", "across", "deep", "back", "further",
          "the", "town", "ſeven", "ſix", "naïve", "été", "walked_", "x3marched", "é", "seven"]
_GAPS = [" ", "  ", "\n", ", ", "-", "—", ". ", "\t", "", "'"]

texts = st.lists(st.tuples(st.sampled_from(_VOCAB), st.sampled_from(_GAPS)), max_size=14).map(
    lambda parts: "".join(w + g for w, g in parts))


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(0, 40), st.integers(0, 200))
def test_a_clause_without_a_number_word_has_no_count(text, s, length):
    e = min(len(text), s + length)
    s = min(s, e)
    if not _may_count(text, s, e):
        assert list(_COUNT_RE.finditer(text, s, e)) == []


def test_counts_told_in_words_or_digits_are_tried():
    for clause in ("They sent two hundred soldiers north.", "A dozen trucks left.", "some 1,500 troops",
                   "Dozens of vehicles", "thousands of men", "a 300-strong unit", "Seven buses drove off."):
        assert _may_count(clause, 0, len(clause)), clause
    quiet = "The column left the base at dawn and drove north."
    assert not _may_count(quiet, 0, len(quiet))


def _spans(matches):
    return [(m.start(), m.end(), m.groupdict()) for m in matches]


@settings(max_examples=400, deadline=None)
@given(texts)
def test_manner_verbs_found_at_word_starts_are_the_pattern_matches(text):
    assert _spans(_manners_of_motion(text)) == _spans(_MANNER_OF_MOTION.finditer(text))


def test_manner_verbs_in_a_sentence_of_our_own():
    text = "Armoured cars raced towards the ridge while the convoy stormed deep into the valley; it turned into a rout."
    assert [m.group("verb") for m in _manners_of_motion(text)] == ["raced", "stormed"]
    assert _spans(_manners_of_motion(text)) == _spans(_MANNER_OF_MOTION.finditer(text))


def _mode_by_every_pattern(sentence):
    """The mode as read before the word test: every pattern searched."""
    from geomove.read.lexicon import _AIR, _MODE_VERBS, _ROAD, _SEA
    for rxs in (_MODE_VERBS, (("air", _AIR), ("sea", _SEA), ("road", _ROAD))):
        found = [(m.start(), mode) for mode, rx in rxs for m in [rx.search(sentence)] if m]
        if found:
            return min(found)[1]
    return None


_MODE_VOCAB = ["flew", "Flown", "flying", "flies", "fly", "flight", "flights", "flyer", "took", "off", "by", "air",
               "airlift", "airlifted", "Airlifting", "airlifts", "sail", "sailed", "sailors", "sails", "shipped",
               "sea", "seas", "drove", "driven", "driving", "road", "roads", "overland", "helicopter", "aircraft",
               "planes", "jet", "jetty", "airborne", "bridge", "landed", "landing", "ship", "warships", "vessel",
               "boats", "naval", "frigate", "destroyers", "convoy", "columns", "vehicles", "trucks", "lorries",
               "tanks", "humvees", "hummers", "highway", "buses", "armored", "Armoured", "armour", "ſailed",
               "the", "troops", "x_sail", "3planes", "é"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_MODE_VOCAB), st.sampled_from(_GAPS)), max_size=10).map(
    lambda parts: "".join(w + g for w, g in parts)))
def test_mode_with_the_word_test_is_the_mode_of_every_pattern(sentence):
    from geomove.read.clauses import _Reader
    assert _Reader._mode(sentence) == _mode_by_every_pattern(sentence)


def test_modes_in_sentences_of_our_own():
    from geomove.read.clauses import _Reader
    for sentence, mode in (("The battalion was airlifted to the coast.", "air"),
                           ("Two frigates and a column of trucks left port.", "sea"),
                           ("Marines drove inland after landing craft beached.", "road"),
                           ("The unit moved north.", None)):
        assert _Reader._mode(sentence) == mode == _mode_by_every_pattern(sentence), sentence


# Our own report: clauses with movement words and places, and clauses with movement words and
# none ("they were deployed", "the convoy drove on", "were flown there"), anaphora, a return home
# and clauses told on the way.
_REPORT = ("Two hundred Turkish soldiers drove from Kilis to Azaz on Monday, officials said. "
           "The convoy of 30 trucks then moved on quickly. Along the way, the column stopped in Marea. "
           "En route, the convoy advanced beyond Marea. "
           "Some 40 vehicles were later flown there by air. Reinforcements were deployed last week. "
           "On Tuesday, French troops returned home from Niamey. On Wednesday, Chadian soldiers returned home. "
           "The units left the city for Agadez two days later, and they are expected to move again soon. "
           "In 2019, 300 police officers marched into Gao. Peacekeepers had been stationed there for years. "
           "Later, more troops arrived.")


def test_a_fragment_read_only_up_to_its_roles_is_what_the_whole_reading_gives(gazetteer):
    """A fragment with no end and no place passed is read only up to its roles (its status
    when told on the way): what the assembly reads of it is what the whole reading gives, and
    a fragment with a place is read whole."""
    from dataclasses import asdict

    from geomove.mentions import find_mentions
    from geomove.read.clauses import _Reader

    reader = _Reader(_REPORT, find_mentions(_REPORT, gazetteer=gazetteer), "2024-03-08")
    placeless = placed = on_the_way = 0
    for i in range(len(reader.spans)):
        whole = reader.fragment(i, whole=True)
        part = reader.fragment(i)
        assert (whole is None) == (part is None)
        if whole is None:
            continue
        if whole.origin or whole.destination or whole.via:
            placed += 1
            assert asdict(part) == asdict(whole)
            continue
        placeless += 1
        for name in ("trigger", "trigger_start", "roles_why", "origin", "via", "destination", "chained",
                     "enters", "directed", "between", "next_leg", "contrasted"):
            assert getattr(part, name) == getattr(whole, name), name
        if reader.told_on_the_way(i):
            on_the_way += 1
            assert (part.status, part.status_why) == (whole.status, whole.status_why)
        else:
            assert part.status is None  # not read: nothing asks
    assert placed >= 3 and placeless >= 2 and on_the_way >= 1  # every kind is in the report


@pytest.mark.parametrize("text, tagged", [
    ("Troops were sent to help the villagers on Monday.", False),   # a purpose, but no place it could keep
    ("Troops were sent from Kilis to help secure the town on Monday.", True),  # a purpose and a place
    ("Peacekeepers deployed near the river are patrolling.", True),  # a participle of presence
])
def test_the_tagger_reads_only_clauses_whose_tags_decide_something(gazetteer, monkeypatch, text, tagged):
    from geomove.movements import extract
    from geomove.read import clauses, cuts

    asked = []
    real = clauses.analyse
    for module in (clauses, cuts):  # (cuts.py tags the words after a clause join)
        monkeypatch.setattr(module, "analyse", lambda *a: asked.append(a) or real(*a))
    extract(text, published="2024-03-08", gazetteer=gazetteer)
    assert bool(asked) == tagged
