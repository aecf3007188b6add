"""The stages of geomove.read on their own: the place book protocol, syntax, the event decision
with its why, the ordered passes, and invariants on generated text (hypothesis)."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geomove.read import PASSES, extract
from geomove.read.book import GazetteerBook, NoBook, PlaceBook, place_book
from geomove.read.syntax import analyse, purpose_starts


def mention(text, surface, *, lat, lon, country, kind="town", nth=0):
    start = [m.start() for m in re.finditer(re.escape(surface), text)][nth]
    return {"start": start, "end": start + len(surface), "surface": surface, "name": surface,
            "role": "place", "lat": lat, "lon": lon, "country": country, "kind": kind,
            "precision": "exact", "gazetteer_id": f"test:{surface}"}


def test_a_gazetteer_is_wrapped_as_a_place_book(gazetteer):
    book = place_book(gazetteer)
    assert isinstance(book, PlaceBook) and isinstance(book, GazetteerBook)
    assert place_book(gazetteer) is book            # one book per gazetteer: answers cached
    assert book.neighbours("SD", "TD") and not book.neighbours("SD", "FR")
    assert book.demonym("Chadian") == "TD"
    assert book.country_at(15.6, 32.5) == "SD"
    assert place_book(book) is book                  # a place book is used as it is


def test_extraction_runs_on_mentions_with_a_book_that_knows_nothing():
    text = "Troops moved from Kosti to Sennar on Monday."
    ms = [mention(text, "Kosti", lat=13.16, lon=32.66, country="SD"),
          mention(text, "Sennar", lat=13.55, lon=33.6, country="SD")]
    found = extract(text, gazetteer=NoBook(), mentions=ms, published="2025-03-12")
    assert [(f["properties"]["origin"]["name"], f["properties"]["destination"]["name"]) for f in found] == \
        [("Kosti", "Sennar")]


def test_a_far_namesake_end_is_dropped_and_the_movement_keeps_its_other_end():
    text = "Troops moved from Kosti to Aldham on Monday. Sennar and Rabak were calm."
    ms = [mention(text, "Kosti", lat=13.16, lon=32.66, country="SD"),
          mention(text, "Aldham", lat=51.9, lon=0.78, country="GB"),          # another continent
          mention(text, "Sennar", lat=13.55, lon=33.6, country="SD"),
          mention(text, "Rabak", lat=13.18, lon=32.74, country="SD")]
    found = extract(text, gazetteer=NoBook(), mentions=ms, published="2025-03-12")
    assert len(found) == 1
    p = found[0]["properties"]
    assert p["origin"]["name"] == "Kosti" and p["destination"] is None
    # the same end in a country another mention is in stays
    ms[2] = {**ms[2], "country": "GB"}
    p = extract(text, gazetteer=NoBook(), mentions=ms, published="2025-03-12")[0]["properties"]
    assert p["destination"]["name"] == "Aldham"


def test_a_far_end_that_is_a_city_or_a_base_of_one_reading_is_no_namesake():
    text = "Troops moved from Kosti to Aldham on Monday. Sennar and Rabak were calm."
    ms = [mention(text, "Kosti", lat=13.16, lon=32.66, country="SD"),
          mention(text, "Aldham", lat=51.9, lon=0.78, country="GB"),
          mention(text, "Sennar", lat=13.55, lon=33.6, country="SD"),
          mention(text, "Rabak", lat=13.18, lon=32.74, country="SD")]
    for far in ({**ms[1], "kind": "city"}, {**ms[1], "kind": "base", "candidates_count": 1}):
        p = extract(text, gazetteer=NoBook(), mentions=[ms[0], far, *ms[2:]], published="2025-03-12")[0]["properties"]
        assert p["destination"]["name"] == "Aldham"
    for far in ({**ms[1], "kind": "base", "candidates_count": 2}, {**ms[1], "kind": "village", "candidates_count": 1}):
        p = extract(text, gazetteer=NoBook(), mentions=[ms[0], far, *ms[2:]], published="2025-03-12")[0]["properties"]
        assert p["destination"] is None


def test_each_decision_prints_its_named_features():
    text = "A convoy drove from Kosti to Sennar on Monday. A separate convoy drove from Kosti to Sennar."
    ms = [mention(text, "Kosti", lat=13.16, lon=32.66, country="SD", nth=k) for k in (0, 1)] + \
         [mention(text, "Sennar", lat=13.55, lon=33.6, country="SD", nth=k) for k in (0, 1)]
    ms.sort(key=lambda m: m["start"])
    why = []
    found = extract(text, gazetteer=NoBook(), mentions=ms, published="2025-03-12", why=why)
    assert len(found) == 2
    decisions = [w for w in why if " vs movement " in w]
    assert len(decisions) == 1 and "distinct_words -10" in decisions[0] and "shared_end +1" in decisions[0] \
        and "different movements" in decisions[0]
    assert sum("reported: no denial" in w for w in why) == 2       # each clause's status, with why


def test_each_clause_has_its_own_status_and_says_why():
    text = "Troops moved from Kosti to Sennar on Monday, but the ministry will not send them to Kadugli."
    ms = [mention(text, name, lat=lat, lon=lon, country="SD")
          for name, lat, lon in (("Kosti", 13.16, 32.66), ("Sennar", 13.55, 33.6), ("Kadugli", 11.01, 29.72))]
    why = []
    found = extract(text, gazetteer=NoBook(), mentions=ms, published="2025-03-12", include_all=True, why=why)
    statuses = {f["properties"]["destination"]["name"]: f["properties"]["status"] for f in found}
    assert statuses.get("Sennar") == "reported"
    assert any(w.startswith("sentence") and "planned: a modal or a word of plans 'will'" in w
               or "negated: a negation in the clause" in w for w in why)


def test_each_role_says_which_words_gave_it():
    text = "A Kosti-bound column left Sennar and Kadugli on Monday."
    ms = [mention(text, name, lat=lat, lon=lon, country="SD")
          for name, lat, lon in (("Kosti", 13.16, 32.66), ("Sennar", 13.55, 33.6), ("Kadugli", 11.01, 29.72))]
    why = []
    found = extract(text, gazetteer=NoBook(), mentions=ms, published="2025-03-12", why=why)
    assert sorted((f["properties"]["origin"]["name"], f["properties"]["destination"]["name"]) for f in found) == \
        [("Kadugli", "Kosti"), ("Sennar", "Kosti")]
    assert "sentence 0 'left': Kosti: destination by 'Kosti-bound'" in why
    assert "sentence 0 'left': Sennar: origin by 'left Sennar'" in why
    assert any(w.endswith("Kadugli: origin, a member of the list before it") for w in why)


def test_passes_are_named_functions_in_order():
    names = [p.__name__ for p in PASSES]
    assert names[0] == "read_fragments" and names[-1] == "drop_endless"
    assert all(p.__doc__ for p in PASSES)


@pytest.mark.parametrize("sentence, purpose_word", [
    ("The army sent troops to retake the town.", "to"),
    ("The convoy headed north to reinforce the garrison.", "to"),
])
def test_a_purpose_clause_opens_at_to_and_a_base_verb(sentence, purpose_word):
    toks = analyse(sentence)
    starts = purpose_starts(toks)
    assert len(starts) == 1 and sentence[starts[0]:starts[0] + 2] == purpose_word


def test_syntax_keeps_offsets_into_the_text():
    text = "  Kenyan police’s third contingent flew to Port-au-Prince; 144 officers landed. "
    toks = analyse(text, 2, len(text) - 1)
    assert toks and all(text[t.start:t.end] == t.text for t in toks)
    assert any(t.tag.startswith("VB") for t in toks)


WORDS = ["troops", "convoy", "moved", "from", "to", "into", "through", "Kosti", "Sennar", "Goma",
         "and", "the", "town", "of", "deployed", "in", "left", "arrived", "at", ",", ".", "not",
         "will", "to retake", "on Monday", "a separate", "respectively", "(", ")", "’s", "ʿAyn",
         "12", "trucks", "said", "\n", "\"", "there", "it", "then", "withdrawal"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), min_size=0, max_size=40))
def test_generated_text_gives_exact_offsets_and_the_same_answer_twice(gazetteer, words):
    text = " ".join(words)
    first = extract(text, gazetteer=gazetteer, published="2025-03-12", include_all=True)
    again = extract(text, gazetteer=gazetteer, published="2025-03-12", include_all=True)
    assert first == again
    for f in first:
        p = f["properties"]
        for place in [p["origin"], p["destination"], *p["via"]]:
            if place and place.get("offsets"):
                s, e = place["offsets"]
                assert text[s:e] == place["surface"]
        assert p["status"] in ("reported", "denied", "negated", "planned", "static", "background")


def test_a_name_after_via_is_a_place_whatever_role_the_finder_gave_it():
    text = "The militia moved fighters via Sennar to Kosti on Monday."
    ms = [{**mention(text, "Sennar", lat=13.55, lon=33.6, country="SD"), "role": "actor"},
          mention(text, "Kosti", lat=13.16, lon=32.66, country="SD")]
    p = extract(text, gazetteer=NoBook(), mentions=ms, published="2025-03-12")[0]["properties"]
    assert [v["name"] for v in p["via"]] == ["Sennar"] and p["destination"]["name"] == "Kosti"
    # a country named there as an actor stays an actor ("talks via Qatar")
    ms[0] = {**ms[0], "kind": "country"}
    p = extract(text, gazetteer=NoBook(), mentions=ms, published="2025-03-12")[0]["properties"]
    assert p["via"] == []


def test_extraction_never_opens_the_shared_gazetteer_itself(monkeypatch, gazetteer):
    from geomove.gazetteer import Gazetteer

    def refuse(cls):
        raise AssertionError("extraction opened the shared gazetteer")
    monkeypatch.setattr(Gazetteer, "default", classmethod(refuse))
    text = "Chadian troops moved from N'Djamena to Maiduguri on Monday."
    found = extract(text, gazetteer=gazetteer, published="2025-03-12")   # handed in: no default
    assert len(found) == 1 and found[0]["properties"]["destination"]["name"] == "Maiduguri"
