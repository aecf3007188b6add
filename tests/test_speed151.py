"""speed151: cuts of the reading wing, each against the form it replaced (copied below), on
sentences, heads and reports written or seeded for this test.

- read.syntax.Token is a named tuple made by ``Token._make`` (it was a frozen dataclass): the same
  words, offsets and tags, and ``verb`` as before;
- read.cuts._clauses(..., idle_carry_dropped=True) skips the idle-"carry" filter the reader has
  already applied: the same clauses and next legs as a second pass;
- read.filed_day._dateline_dates reads no dates of a head where no line opens with a dateline's
  place and its comma or bracket: the same datelines as reading them all;
- read.assemble.drop_far_namesakes makes the report's context at the first end that may be a
  namesake: the same ends dropped as with the context made first;
- six passes that only lend to or join a movement told return at once in a report with none."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from geomove.dates import find_dates, opens_list_item
from geomove.read import filed_day as fd
from geomove.read import syntax
from geomove.read.cuts import _clauses
from geomove.read.forces import _without_idle_carry
from geomove.read.lexicon import _TRIGGER_SCAN
from geomove.textutil import sentence_spans

SENTENCES = [
    "Two battalions were flown from Entebbe to Bunia on Tuesday, the army said.",
    "Lorries carrying soldiers left the depot at dawn and reached the river crossing by noon.",
    "The company will carry out repairs on the bridge before the convoy moves on to the border.",
    "Fighters didn’t advance; they waited near the ridge while the militia carried supplies north.",
    "On 3 March 2026 two frigates sailed from the naval base, and a tanker followed them.",
    "Engineers carried the pontoons to the bank, then the brigade crossed into the town.",
    "Helicopters carried the troops to the airfield, and the trucks drove back empty.",
    "",
    "...",
]


# --- the forms before speed151 -----------------------------------------------------------------

def analyse_before(text: str, start: int = 0, end: int | None = None) -> list[tuple]:
    end = len(text) if end is None else end
    spans = [(m.group(0), m.start(), m.end()) for m in syntax._TOKEN.finditer(text, start, end)]
    if not spans:
        return []
    tags = syntax._tag(tuple(w.replace("’", "'") for w, _, _ in spans))
    return [(w, s, e, t) for (w, s, e), t in zip(spans, tags)]


def dateline_dates_before(text: str, published):
    head = text[:fd._HEAD_CHARS]
    if fd._LINE_OPENS_IN_CAPITALS.search(head) is None:
        return []
    return [d for d in find_dates(head, published)
            if d.precision == "day" and d.date_start == d.date_end and fd._DATELINE_AFTER.match(head, d.end)
            and fd._DATELINE_BEFORE.search(head, 0, d.start) and not opens_list_item(text, d)]


# --- Token ---------------------------------------------------------------------------------------

@pytest.mark.skipif(not syntax.available(), reason="no tagger installed")
@pytest.mark.parametrize("text", SENTENCES)
def test_tokens_are_the_words_offsets_and_tags_as_before(text):
    tokens = syntax.analyse(text)
    assert [tuple(t) for t in tokens] == analyse_before(text)
    for t in tokens:
        assert text[t.start:t.end] == t.text
        assert t.verb == t.tag.startswith(("VB", "MD"))


@pytest.mark.skipif(not syntax.available(), reason="no tagger installed")
def test_tokens_of_a_span_keep_offsets_into_the_whole_text():
    text = " ".join(SENTENCES)
    at = text.index("Lorries")
    end = text.index("noon") + 4
    tokens = syntax.analyse(text, at, end)
    assert tokens[0].text == "Lorries" and tokens[0].start == at
    assert tokens[-1].text == "noon" and tokens[-1].end == end
    assert [tuple(t) for t in tokens] == analyse_before(text, at, end)


# --- the idle "carry" filtered once --------------------------------------------------------------

@pytest.mark.parametrize("text", [s for s in SENTENCES if s.strip(".")] + [" ".join(SENTENCES)])
def test_clauses_of_filtered_triggers_are_those_of_a_second_filter(text):
    kept = _without_idle_carry(text, list(_TRIGGER_SCAN.finditer(text)))
    assert _clauses(text, sentence_spans(text), kept, idle_carry_dropped=True) == \
        _clauses(text, sentence_spans(text), kept)


def test_idle_carry_filter_is_one_trigger_at_a_time():
    # (why a second pass is a no-op: each trigger is kept or dropped on its own, so the filter
    # of any part of what it kept keeps all of that part)
    text = " ".join(SENTENCES)
    kept = _without_idle_carry(text, list(_TRIGGER_SCAN.finditer(text)))
    found = list(_TRIGGER_SCAN.finditer(text))
    carried = [t.group(0).lower() for t in found if t.group(0).lower().startswith("carr")]
    assert len([t for t in kept if t.group(0).lower().startswith("carr")]) < len(carried)  # (idle ones dropped)
    assert any(t.group(0).lower().startswith("carr") for t in kept)  # (a force carried: kept)
    rng = random.Random(151)
    for _ in range(20):
        part = [t for t in kept if rng.random() < 0.6]
        assert _without_idle_carry(text, part) == part


# --- the dateline's place looked for before the head's dates --------------------------------------

HEADS = [
    "GOMA, March 3 (Agency) - Soldiers moved north on Monday.",
    "NEW DELHI (Dec 1) - The battalion left for the border.",
    "PEMBA, Mozambique, 18 November 2026 - Rwandan troops arrived.",
    "SEOUL, Nov. 25, 2026 (Wire) -- Warships sailed south.",
    "A convoy left Gao on 3 March - officials said it reached Kidal.",
    "ARMY UNITS MOVE NORTH\nThe brigade left on March 2 - a day early.",
    "The army said on 4 April - without detail - that units had moved.",
    "  KIDAL ,  May 9 - A column arrived.",
    "UN - Peacekeepers rotated out on 5 June.",
    "X, 1 January - \nY (2 February) - moved",
]


@pytest.mark.parametrize("head", HEADS)
@pytest.mark.parametrize("published", [None, dt.date(2026, 3, 10), dt.date(2026, 12, 1)])
def test_dateline_dates_as_reading_every_head(head, published):
    assert list(fd._dateline_dates(head, published)) == dateline_dates_before(head, published)


def test_a_head_with_no_dateline_place_is_not_read_for_dates():
    assert fd._LINE_OPENS_IN_CAPITALS.search(HEADS[4]) is not None
    assert fd._DATELINE_PLACE_IN_HEAD.search(HEADS[4]) is None
    assert fd._DATELINE_PLACE_IN_HEAD.search(HEADS[0]) is not None
    assert list(fd._dateline_dates(HEADS[0], dt.date(2026, 3, 10)))  # (a dateline still read)
    assert list(fd._dateline_dates(HEADS[2], None))  # (its year written: read with no publication date)
    read = [h for h in HEADS if list(fd._dateline_dates(h, dt.date(2026, 3, 10)))]
    assert 3 <= len(read) < len(HEADS)


def test_dateline_gate_on_random_heads():
    # heads pieced together from dateline-like parts, seeded: the gate never drops a dateline
    rng = random.Random(57)
    places = ["GOMA", "NEW DELHI", "BUJUMBURA/KAMPALA", "Kidal", "U.S.", "A", "The army"]
    middles = [", ", " (", ",  ", " ", ", Mozambique, ", " (AFP), "]
    days = ["March 3", "3 March 2026", "Nov. 25, 2026", "Monday", "today", "2 Feb"]
    tails = [" (Agency) - ", " -- ", ") - ", ": ", " (PTI) The", " moved "]
    for _ in range(300):
        head = "".join(rng.choice(parts) for parts in (places, middles, days, tails)) + "troops moved."
        if rng.random() < 0.3:
            head = "HEADLINE IN CAPITALS\n" + head
        for published in (None, dt.date(2026, 3, 10)):
            assert list(fd._dateline_dates(head, published)) == dateline_dates_before(head, published), head


# --- the namesakes' context made at the first end that may be one ---------------------------------

from types import SimpleNamespace  # noqa: E402

from geomove.read import assemble as asm  # noqa: E402


def drop_far_namesakes_before(a) -> None:
    """assemble.drop_far_namesakes as it was at s57start: the context made for every report."""
    places = a.reader.places
    sites = sorted((m for m in places if m.get("lat") is not None and m.get("country") and m.get("kind") != "country"),
                   key=lambda m: m["start"])
    starts = [m["start"] for m in sites]
    points, per_name = {}, {}
    for m in sites:
        key = (m.get("name"), m["lat"], m["lon"])
        points[key] = points.get(key, 0) + 1
        per_name[m.get("name")] = per_name.get(m.get("name"), 0) + 1
    names_by_country = {}
    for m in places + a.reader.actors:
        if m.get("country"):
            names_by_country.setdefault(m["country"], set()).add(m.get("name"))
    for draft in a.drafts:
        for end in ("origin", "destination"):
            p = getattr(draft, end)
            if p is None or asm._spec(p) > 2 or p.get("inferred") or p.get("lat") is None or p.get("kind") == "city":
                continue
            name, at = p.get("name"), (p.get("offsets") or [-1])[0]
            i = asm.bisect.bisect_right(starts, at) - 1
            own = sites[i] if i >= 0 and at < sites[i]["end"] else None
            if own is not None and own.get("name") == name and own.get("candidates_count") == 1 \
                    and own.get("kind") not in ("village", "town"):
                continue
            if own is not None and (asm._site_written_whole(own) or asm._curated_site(own) or asm._post_written_whole(own)):
                continue
            if p.get("kind") in ("airfield", "base") and asm._told_as_a_flight(draft):
                continue
            if at >= 0 and asm.flight_origin_told(a.reader.text, at):
                continue
            own_key = (own.get("name"), own["lat"], own["lon"]) if own is not None and own.get("name") != name else None
            if len(sites) - per_name.get(name, 0) - (own_key is not None) < 2:
                continue
            if names_by_country.get(p.get("country"), set()) - {name}:
                continue
            others = [key for key, n in points.items() if key[0] != name and not (key == own_key and n == 1)]
            if min(asm._km(p, {"lat": key[1], "lon": key[2]}) for key in others) > asm.FAR_NAMESAKE_KM:
                setattr(draft, end, None)
        draft.via = [v for v in draft.via if v is not None]


_NAMES = [("Aldwick", "GB", 50.8, -0.7), ("Borrow", "GB", 54.2, -3.0), ("Cresta", "US", 40.1, -75.0),
          ("Dunmore", "IE", 53.6, -8.7), ("Elmfield", "AU", -33.9, 151.2), ("Fenwick", "CA", 43.0, -79.4)]
_KINDS = ["village", "town", "city", "base", "airfield", "country", "admin1"]


def _report(rng: random.Random):
    text = " ".join(rng.choice(["Troops", "moved", "from", "to", "the", "landed", "at"]) for _ in range(200))
    places, at = [], 0
    for _ in range(rng.randint(0, 7)):
        name, cc, lat, lon = rng.choice(_NAMES)
        at += rng.randint(5, 60)
        places.append({"name": name, "country": cc, "lat": lat + rng.random(), "lon": lon + rng.random(),
                       "kind": rng.choice(_KINDS), "start": at, "end": at + len(name), "surface": name,
                       "candidates_count": rng.choice([1, 2, 5])})
    actors = [{"name": "Army", "country": rng.choice(["GB", "US", "FR"])}] if rng.random() < 0.5 else []
    drafts = []
    for _ in range(rng.randint(0, 3)):
        ends = []
        for _end in range(2):
            if places and rng.random() < 0.7:
                m = rng.choice(places)
                ends.append({**m, "offsets": [m["start"]], "inferred": rng.random() < 0.1})
            else:
                ends.append(None)
        frags = [SimpleNamespace(trigger=rng.choice(["moved", "landed", "flew", None]))]
        drafts.append(SimpleNamespace(origin=ends[0], destination=ends[1], via=[None, ends[0]], frags=frags))
    return SimpleNamespace(reader=SimpleNamespace(places=places, actors=actors, text=text), drafts=drafts)


def _ends(a):
    return [(d.origin, d.destination, d.via) for d in a.drafts]


def test_namesakes_dropped_as_with_the_context_made_first(monkeypatch):
    rng = random.Random(2057)
    made = []
    real = asm._namesake_context
    monkeypatch.setattr(asm, "_namesake_context", lambda reader: made.append(1) or real(reader))
    dropped = 0
    for _ in range(400):
        seed = rng.random()
        new, old = _report(random.Random(seed)), _report(random.Random(seed))
        told = sum(e is not None for d in old.drafts for e in (d.origin, d.destination))
        asm.drop_far_namesakes(new)
        drop_far_namesakes_before(old)
        assert _ends(new) == _ends(old)
        dropped += told - sum(e is not None for d in old.drafts for e in (d.origin, d.destination))
    assert dropped and 0 < len(made) < 400  # (some ends dropped; reports with no possible namesake made no context)


# --- the passes that only lend to a movement told, in a report with none ----------------------------

from geomove.read.also_sent import also_sent  # noqa: E402
from geomove.read.opening_contrast import moved_in_where_left  # noqa: E402
from geomove.read.realised_plan import plan_carried_out  # noqa: E402

_LENDING = [also_sent, moved_in_where_left, asm.another_followed, asm.via_where_met, asm.complete_halves, plan_carried_out]


class _NoReading:
    """A reader that fails on any question: a pass asked of a report with no movement must ask none."""

    def __getattr__(self, name):
        raise AssertionError(f"the pass read the report ({name})")


@pytest.mark.parametrize("step", _LENDING)
def test_a_pass_that_lends_to_a_movement_reads_nothing_without_one(step):
    a = SimpleNamespace(reader=_NoReading(), book=_NoReading(), drafts=[], endless=[0, 1, 2], on_the_way=[], why=[])
    step(a)
    assert a.drafts == [] and a.why == []


@pytest.mark.parametrize("step", [also_sent, moved_in_where_left, asm.another_followed, asm.via_where_met])
def test_a_pass_still_reads_a_report_with_a_movement(step):
    draft = asm._Draft(None, [], None, [], "reported")
    a = SimpleNamespace(reader=_NoReading(), drafts=[draft], endless=[0], on_the_way=[], why=[])
    with pytest.raises(AssertionError, match="read the report"):
        step(a)
