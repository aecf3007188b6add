"""speed116: cheap tests before the work of acceptance, the far-reading guards and the ranking's
country test, each giving the very answers of the code it spares.

- ``_far_from_its_country_s_places`` answers None at once for a point of the reading's country
  within _SURELY_WITHIN_COUNTRY_FAR_DEGREES (|dlat| + |dlon|), which lies within
  COUNTRY_NAMED_FAR_KM by haversine_km whatever the floats.
- relation_around's words before and after the anchor take the white-space-separated piece
  whole when it is all letters, instead of walking it letter by letter.
- Acceptance asks arrow_role only of a text that writes a character an arrow holds, the
  table's column only of a text with a table, the council and "including" tests only of a text
  that writes the word, _handed_over's words only after one of its cue words, the airline test
  only of a country, and the name's fame for an organisation only of organisations; the
  training site's phrase is tested before its letters' case.
- The crossing guard is asked (through _once) only of a name the text calls a crossing, and
  the guards' shared test of a place mention is asked once a mention.

Each is checked against the code it stands before (the old functions are written out here),
over values hypothesis builds, and end to end on sentences of our own.
"""

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from geomove import relative
from geomove.distance import haversine_km
from geomove.gazetteer.ranking import COUNTRY_NAMED_FAR_KM
from geomove.mentions import context as ctx
from geomove.mentions import find_mentions
from geomove.mentions.no_place import crossing_at_no_border_town
from geomove.mentions import acceptance
from geomove.mentions.flights import airline_named_for_its_country
from geomove.textutil import ARROW_CHARACTERS, Token, arrow_role, tokenize
from geomove.wordlists import (CHANGING_HANDS_VERBS, HANDING_PARTICLES, HANDING_TO_VERBS, HANDING_VERBS,
                               TRAINING_SITE_PHRASES)


# --- the ranking's country test ---------------------------------------------------------------

def _far_old(c, own, country_points):
    """_far_from_its_country_s_places as it was: every point measured."""
    lat, lon = c["lat"], c["lon"]
    nearest = None
    for la, lo, key in country_points.get(c.get("country"), ()):
        if key == own:
            continue
        d = haversine_km(lat, lon, la, lo)
        if d <= COUNTRY_NAMED_FAR_KM:
            return None
        nearest = d if nearest is None or d < nearest else nearest
    return nearest


def test_the_bound_lies_under_the_bar():
    # 2R * asin(x), x half the degrees in radians: the farthest two points so near can be
    x = math.radians(ctx._SURELY_WITHIN_COUNTRY_FAR_DEGREES) / 2
    assert 6371.0 * 2 * math.asin(x) < COUNTRY_NAMED_FAR_KM - 50


_lat = st.floats(min_value=-90, max_value=90, allow_nan=False)
_lon = st.floats(min_value=-180, max_value=180, allow_nan=False)
_key = st.sampled_from(["kisangani", "bunia", "goma", "beni"])


@st.composite
def _near_the_bound(draw):
    """A point and another whose |dlat| + |dlon| lies about the bound (where a wrong bound would
    show), or anywhere."""
    lat, lon = draw(_lat), draw(_lon)
    if draw(st.booleans()):
        total = ctx._SURELY_WITHIN_COUNTRY_FAR_DEGREES + draw(st.floats(min_value=-3, max_value=3))
        share = draw(st.floats(min_value=0, max_value=1))
        la = lat + draw(st.sampled_from([-1, 1])) * total * share
        lo = lon + draw(st.sampled_from([-1, 1])) * total * (1 - share)
        if -90 <= la <= 90 and -180 <= lo <= 180:
            return lat, lon, la, lo
    return lat, lon, draw(_lat), draw(_lon)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.tuples(_near_the_bound(), _key), min_size=0, max_size=6), _key)
def test_country_test_answers_as_every_point_measured(pairs, own):
    if not pairs:
        c = {"lat": 0.0, "lon": 0.0, "country": "CD"}
        assert ctx._far_from_its_country_s_places(c, own, {}) is None
        return
    (lat, lon, _, _), _ = pairs[0]
    c = {"lat": lat, "lon": lon, "country": "CD"}
    points = {"CD": [(la, lo, key) for (_, _, la, lo), key in pairs]}
    assert ctx._far_from_its_country_s_places(c, own, points) == _far_old(c, own, points)


def test_country_test_still_measures_a_far_reading():
    # (a reading 5,000 km from the text's only other place in its country keeps its distance)
    c = {"lat": 60.0, "lon": 130.0, "country": "RU"}
    points = {"RU": [(55.75, 37.6, "moscow"), (60.0, 130.0, "yakutsk-own")]}
    got = ctx._far_from_its_country_s_places(c, "yakutsk-own", points)
    assert got == _far_old(c, "yakutsk-own", points) and got > COUNTRY_NAMED_FAR_KM


# --- the words around a relation's anchor -----------------------------------------------------

def _word_before_old(before):
    body = before.rstrip()
    if len(body) == len(before):
        return None
    i = len(body)
    while i > 0 and (body[i - 1].isalpha() or body[i - 1] == "-"):
        i -= 1
    return body[i:].lower()


def _word_after_old(after):
    if after[:2].lower() in ("'s", "’s"):
        after = after[2:]
    body = after.lstrip()
    if len(body) == len(after):
        return None
    i = 0
    while i < len(body) and (body[i].isalpha() or body[i] == "-"):
        i += 1
    return body[:i].lower()


# (letters of several scripts, hyphens, digits, white space of several kinds, marks)
_piece = st.text(alphabet=st.sampled_from(list("aZéß-'’s0 \t\n\u00a0\u2009,.ΩжİŞ²")), max_size=24)


@settings(max_examples=1500, deadline=None)
@given(_piece)
def test_words_around_the_anchor_as_walked_letter_by_letter(s):
    assert relative._word_before(s) == _word_before_old(s)
    assert relative._word_after(s) == _word_after_old(s)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_words_around_the_anchor_any_text(s):
    assert relative._word_before(s) == _word_before_old(s)
    assert relative._word_after(s) == _word_after_old(s)


# --- acceptance's arrow and the crossing guard ------------------------------------------------

@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Goa Bamk-=>→⟶➔➝ \t\n<")), max_size=30),
       st.integers(min_value=0, max_value=30), st.integers(min_value=0, max_value=8))
def test_no_arrow_where_the_text_writes_none_of_its_characters(text, start, n):
    start = min(start, len(text))
    end = min(start + n, len(text))
    if not any(ch in text for ch in ARROW_CHARACTERS):
        assert arrow_role(text, start, end, 6) is None


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["crossing", "airfield", "camp", None, "port"]),
       st.sampled_from(["town", "village", "city"]))
def test_crossing_guard_answers_no_for_another_kind(kind, reading_kind):
    text = "Police closed the Ombeni crossing on Friday."
    m = {"start": 18, "end": 24, "surface": "Ombeni", "kind": kind, "role": "place"}
    best = {"name": "Ombeni", "kind": reading_kind, "lat": 45.0, "lon": 5.0, "country": "FR"}
    if kind != "crossing":
        assert crossing_at_no_border_town(text, m, best, [m], None) is False


def test_handing_cues_hold_every_word_a_cue_opens_with():
    # (_handed_over answers only where the word before the name is a verb or particle of a cue)
    assert HANDING_VERBS | HANDING_TO_VERBS | HANDING_PARTICLES <= acceptance._HANDING_CUES
    assert set(CHANGING_HANDS_VERBS) <= acceptance._HANDING_CUES


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["city", "town", "admin1", "airfield", None, "country"]),
       st.sampled_from(["Emirates", "Qatar", "the Emirates", "Turkish"]),
       st.sampled_from(["flight", "Airbus", "jet", "troops"]))
def test_airline_only_of_a_country(kind, said, word):
    best = {"kind": kind, "name": "United Arab Emirates"}
    if kind != "country":
        assert airline_named_for_its_country(said, best, word) is False


def _training_site_old(nxt):
    if len(nxt) < 2 or not all(t.is_word and t.text[:1].islower() for t in nxt[:2]):
        return None
    if nxt[1].lower in TRAINING_SITE_PHRASES.get(nxt[0].lower, ()):
        return f"{nxt[0].lower} {nxt[1].lower}"
    return None


_word = st.sampled_from(["training", "Training", "area", "Area", "range", "firing", "exercise", "grounds",
                         "proving", "ground", "camp", ",", "-", "2", "zone"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_word, max_size=3))
def test_training_site_as_before(words):
    nxt = [Token.of(i * 10, i * 10 + len(w), w) for i, w in enumerate(words)]
    assert acceptance.Acceptance._training_site_after(nxt) == _training_site_old(nxt)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(list("councilINCLUDGΣςσİK\u212a \n,.-") + ["Council", "INCLUDING", "Including"]),
                max_size=40).map("".join))
def test_a_token_s_lower_word_is_in_the_lowered_text(text):
    # (acceptance asks the council and "including" tests only of a text whose lower case holds
    # the word: every token whose lower is the word lies there)
    for tok in tokenize(text):
        for word in ("council", "including"):
            if tok.lower == word:
                assert word in text.lower()


# (sentences of our own: a leg between towns written with arrows, a report with none, a crossing
# named with its kind word, relations after "outskirts of" and "north of"), with the readings,
# supports and relations the old code gave them (s51start)
_READ = {
    "Convoy log: Kindu → Kisangani, then Kisangani -> Bunia by road.":
        [("Kindu", "CD", "beside an arrow of a route", None), ("Kisangani", "CD", "beside an arrow of a route", None),
         ("Kisangani", "CD", "beside an arrow of a route", None), ("Bunia", "CD", "beside an arrow of a route", None)],
    "Troops moved from Kindu to Kisangani on Monday, officials said.":
        [("Kindu", "CD", "after 'from'", None), ("Kisangani", "CD", "after 'to'", None)],
    "Police reinforced the Kasindi crossing after fighters entered the outskirts of Beni.":
        # (session 52, gaz102: a facility's kind word read as its town says so)
        [("Kasindi", "CD", "kind word (crossing): no crossing of the name in the index: the town it is named after", None),
         ("Beni", "CD", "after 'outskirts of'", "near")],
    "Rebels shelled villages north of Goma; the army sent a battalion to Sake.":
        [("Goma", "CD", "relative phrase", "direction"), ("Sake", "CD", "after 'to'", None)],
    "The Kisangani City Council met after rebels took Bafwasende from the army.":
        [("Kisangani", "CD", "kind word (city)", None), ("Bafwasende", "CD", "object of 'took ... from'", None)],
    "Soldiers deployed to several towns including Mambasa, Bafwasende and Isiro.":
        [("Mambasa", "CD", "after 'towns, including'", None),
         ("Bafwasende", "CD", "in a list after 'towns, including'", None),
         ("Isiro", "CD", "in a list after 'towns, including'", None)],
    "The militia handed Mambasa over to the army on Sunday.":
        [("Mambasa", "CD", "object of 'handed ... over'", None)],
    "Troops trained at the Kamina training area before the Kenya Airways flight to Goma.":
        [("Kamina", "CD", "before 'training area'", None), ("Kenya", "KE", "importance 1.00", None),
         ("Goma", "CD", "after 'to'", None)],
}


def test_sentences_read_as_before():
    from geomove.gazetteer import Gazetteer
    gaz = Gazetteer.default()
    for text, expected in _READ.items():
        got = [(m["surface"], m.get("country"), m["why"].rsplit("; ", 1)[-1], (m.get("relation") or {}).get("type"))
               for m in find_mentions(text, gazetteer=gaz)]
        assert got == expected, text


# --- the take-backs after acceptance ----------------------------------------------------------

_mention = st.fixed_dictionaries({
    "surface": st.sampled_from(["Bunia", "Bunía", "Beni", "Hanley"]), "role": st.sampled_from(["place", "dateline", "organisation"]),
    "drop": st.booleans(), "support": st.sampled_from([None, "after 'in'"]),
    "cands": st.sampled_from([[], [{"gazetteer_id": "geonames:1", "name": "Bunia", "kind": "city"}],
                              [{"gazetteer_id": "geonames:2", "name": "Beni", "kind": "town"}]])})


@settings(max_examples=300, deadline=None)
@given(st.lists(_mention, max_size=5))
def test_take_backs_change_nothing_without_their_marks(mentions):
    # (the old functions built their sets and walked the mentions, popping marks no mention had:
    # a text without the marks came out as it went in, as it does now at once)
    import copy
    before = copy.deepcopy(mentions)
    acceptance.Acceptance._repeats_of_accepted_places(mentions)
    acceptance.Acceptance._bodies_of_places_named_alone(mentions)
    assert mentions == before
