"""Session 57 (speed150): three whole-text scans of `places` made cheaper, with the same answers.

- layout.squeeze searches a sample of the report (every fourth character) for a row of white
  space before it searches the whole for a long run: the sample misses no run the whole holds;
- mentions.written_apart finds "Al" and "El" by str.find: the offsets the pattern ``[EA]l`` found;
- mentions.other_names scans the text for naming words only once a mention passes its other
  tests: the mentions come out as the s57start form below leaves them.
"""

import copy
import random
import re
from bisect import bisect_right

from geomove import layout
from geomove.distance import haversine_km
from geomove.layout import KEEP, squeeze
from geomove.mentions import other_names
from geomove.mentions.written_apart import _ARTICLES, _offsets_of

_SPACES = [" ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\xa0", "\u2003", "\u3000"]


# -- layout: the sample's gate --------------------------------------------------------------

def test_the_sample_holds_a_row_wherever_the_report_holds_a_long_run():
    # every length of run around the bound, at every offset modulo the step, of mixed kinds
    rng = random.Random(150)
    for length in range(KEEP - 2, KEEP + 10):
        for offset in range(3 * layout._STEP):
            run = "".join(rng.choice(_SPACES) for _ in range(length))
            text = "x" * offset + run + "y" * rng.randint(0, 5)
            whole = layout._LONG_RUN.search(text) is not None
            sampled = layout._SAMPLED_RUN.search(text[::layout._STEP]) is not None
            assert whole == (length > KEEP), (length, offset)
            if whole:
                assert sampled, (length, offset)


def test_squeeze_answers_as_the_whole_search_alone_would():
    # random reports of words and runs of white space: squeezed exactly when a run is long
    rng = random.Random(57)
    words = ["Kharkiv", "a", ".", "moved", "\u200b", "&amp;"]
    for _ in range(2000):
        parts = []
        for _ in range(rng.randint(0, 14)):
            if rng.random() < 0.5:
                parts.append("".join(rng.choice(_SPACES) for _ in range(rng.randint(1, 45))))
            else:
                parts.append(rng.choice(words))
        text = "".join(parts)
        long_run = re.search(r"\s{%d,}" % (KEEP + 1), text) is not None
        squeezed = squeeze(text)
        if long_run:
            assert squeezed is not None and len(squeezed.text) < len(text), repr(text)
        elif "&" not in text:
            assert squeezed is None, repr(text)


def test_a_long_run_in_a_report_is_still_cut():
    text = "Troops left Kharkiv." + " \n" * 30 + "They reached Izium."
    squeezed = squeeze(text)
    assert squeezed is not None
    assert squeezed.text.startswith("Troops left Kharkiv.") and squeezed.text.endswith("They reached Izium.")
    assert len(squeezed.text) == len("Troops left Kharkiv.") + KEEP + len("They reached Izium.")


# -- written_apart: "Al" and "El" -----------------------------------------------------------

def test_the_article_offsets_are_the_pattern_s():
    pattern = re.compile(r"[EA]l")
    rng = random.Random(7)
    alphabet = ["A", "E", "l", "L", "a", " ", "-", "é", "Al", "El"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        assert _offsets_of(text, _ARTICLES) == [m.start() for m in pattern.finditer(text)], repr(text)


# -- other_names: the naming words scanned last ---------------------------------------------

def _s57start_another_name_of_the_place_before(text, mentions):
    """The function as it was at s57start (the whole text scanned first), to compare with."""
    starts = {w.end() for w in other_names._NAMING_WORD_RE.finditer(text)}
    if not starts:
        return
    places = sorted((o for o in mentions if not o.get("drop") and o["role"] in ("place", "dateline")
                     and o.get("cands")), key=lambda o: o["end"])
    ends = [o["end"] for o in places]
    for m in mentions:
        cands = m.get("cands") or []
        if m["start"] not in starts or m["role"] != "place" or not cands \
                or (m.get("drop") and not (m.get("unsupported") or m.get("everyday_alias"))):
            continue
        i = bisect_right(ends, m["start"]) - 1
        while i >= 0 and places[i] is m:
            i -= 1
        if i < 0 or m["start"] - ends[i] > other_names._GAP_CHARS:
            continue
        first = places[i]
        if other_names._ANOTHER_NAME_RE.fullmatch(text, first["end"], m["start"]) is None:
            continue
        there = first["cands"][0]
        if there.get("lat") is None:
            continue
        same = next((c for c in cands if c.get("lat") is not None and haversine_km(
            c["lat"], c["lon"], there["lat"], there["lon"]) <= other_names.SAME_PLACE_KM), None)
        if same is None or (same is cands[0] and not m.get("drop")):
            continue
        if same is not cands[0]:
            cands.remove(same)
            cands.insert(0, same)
        m["drop"] = False
        m.pop("unsupported", None)
        m.pop("everyday_alias", None)
        m["support"] = f"another name of {first['surface']!r}, given beside it"


_NAMES = ["Qarabagh", "Velmora", "Tessin", "Orlak", "Brenna"]
# (the last two glue a naming word to the name before it: no naming word opens there, so
# the names after them are no second names, though the words between fit)
_BETWEEN = [", also spelled ", ", also known as ", " (formerly ", ", the old ", " and ", " to ", ", ",
            " called ", " known locally as ", " near ", " (the former ", ", sometimes written ",
            "known as ", "spelled "]


def _random_report(rng):
    """A text of names and joining words, and a mention for each name (random roles, drops and
    readings: some a few kilometres apart, some far)."""
    pieces, mentions, at = [], [], 0
    for k in range(rng.randint(1, 7)):
        if k:
            joint = rng.choice(_BETWEEN)
            pieces.append(joint)
            at += len(joint)
        name = rng.choice(_NAMES)
        pieces.append(name)
        cands = [{"lat": rng.choice([10.0, 10.01, 40.0, None]), "lon": rng.choice([20.0, 20.01, -3.0])}
                 for _ in range(rng.randint(0, 3))]
        m = {"start": at, "end": at + len(name), "surface": name, "cands": cands,
             "role": rng.choice(["place", "place", "dateline", "actor"])}
        if rng.random() < 0.4:
            m["drop"] = True
            if rng.random() < 0.5:
                m[rng.choice(["unsupported", "everyday_alias"])] = True
        mentions.append(m)
        at += len(name)
    return "".join(pieces) + ".", mentions


def test_another_name_reads_the_mentions_as_the_s57start_form_did():
    rng = random.Random(150)
    changed = 0
    for _ in range(6000):
        text, mentions = _random_report(rng)
        old, new = copy.deepcopy(mentions), copy.deepcopy(mentions)
        _s57start_another_name_of_the_place_before(text, old)
        other_names.another_name_of_the_place_before(text, new)
        assert new == old, (text, mentions)
        changed += old != mentions
    assert changed > 100  # (the reports do exercise the reading, not only its refusals)


def test_a_name_given_beside_another_is_read_as_that_place():
    text = "Shelling hit Qarabagh, also spelled Karabag, overnight."
    there = {"lat": 36.5, "lon": 41.0}
    near = {"lat": 36.51, "lon": 41.01}
    far = {"lat": -12.0, "lon": 130.0}
    first = {"start": 13, "end": 21, "surface": "Qarabagh", "role": "place", "cands": [there]}
    second = {"start": 36, "end": 43, "surface": "Karabag", "role": "place", "cands": [far, near],
              "drop": True, "unsupported": True}
    assert text[36:43] == "Karabag"
    other_names.another_name_of_the_place_before(text, [first, second])
    assert second["cands"][0] is near and second["drop"] is False and "unsupported" not in second
    assert second["support"] == "another name of 'Qarabagh', given beside it"


def test_a_name_after_plain_words_is_left_alone():
    text = "Shelling hit Qarabagh and Karabag overnight."
    first = {"start": 13, "end": 21, "surface": "Qarabagh", "role": "place", "cands": [{"lat": 36.5, "lon": 41.0}]}
    second = {"start": 26, "end": 33, "surface": "Karabag", "role": "place",
              "cands": [{"lat": -12.0, "lon": 130.0}, {"lat": 36.51, "lon": 41.01}], "drop": True, "unsupported": True}
    before = copy.deepcopy(second)
    other_names.another_name_of_the_place_before(text, [first, second])
    assert second == before
