"""Indexes of session 21 (issue 12, speed49: a long report against its parts): each look-up made
once per report answers as the plain scan it replaced, on generated inputs and on long texts of
our own writing."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from geomove.read.clauses import _Reader

# words a generated report is made of: places (capitalised), words that cue a goal or an origin,
# possessives before a force, sentence ends
_WORDS = ["Kosti", "Tarlo", "Vamba", "Ostre", "Kelmi", "from", "arrived", "in", "reached", "the", "city", "'s",
          "troops", "said", "left", ".", ",", "and", "Witnesses", "town"]
_KINDS = ["city", "town", "village", "base", "country", "admin1", "region", None]


def _reader(words, kinds, tellers, sorted_places=True):
    """A reader of the text ``words`` make, each capitalised word a place (of the kind drawn);
    those ``tellers`` picks are tellers' places ("Witnesses in X said") instead."""
    text, places, teller_places, at = "", [], [], 0
    for k, w in enumerate(words):
        start = len(text) + (1 if text else 0)
        text = f"{text} {w}" if text else w
        if w[0].isupper() and w != "Witnesses":
            m = {"start": start, "end": start + len(w), "surface": w, "name": w, "lat": 1.0, "lon": 1.0,
                 "kind": kinds[at % len(kinds)], "country": "XX" if at % 3 else "YY", "role": "place"}
            (teller_places if at in tellers else places).append(m)
            at += 1
    if not sorted_places:
        places.reverse()
    reader = _Reader.__new__(_Reader)
    reader.text, reader.places, reader.teller_places = text, places, teller_places
    reader.datelines, reader.actors, reader._countries = [], [], [p for p in places if p.get("kind") == "country"]
    reader.capital, reader.capitals_told = None, frozenset()
    starts = [m["start"] for m in places]
    reader._starts = {id(places): starts} if all(a <= b for a, b in zip(starts, starts[1:])) else {}
    return reader


def _plain_told_by(reader, before):
    """What _antecedent read before session 21: the places told up to ``before`` and the tellers'
    places ending by it, sorted by start at every reference."""
    starts = reader._starts.get(id(reader.places))
    import bisect
    told = reader.places if starts is None else reader.places[:bisect.bisect_right(starts, before)]
    tellers = [m for m in reader.teller_places if m["end"] <= before] if reader.teller_places else ()
    if tellers:
        told = sorted([*told, *tellers], key=lambda m: m["start"])
    return told


_REFERENCES = ["the city", "the town", "the village", "the base", "the country", "the region", "the area", "there",
               "the capital", "the shoal"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=60),
       st.lists(st.sampled_from(_KINDS), min_size=1, max_size=6),
       st.sets(st.integers(0, 20), max_size=6), st.booleans(), st.data())
def test_the_place_referred_back_is_that_of_the_plain_scan(words, kinds, tellers, sorted_places, data):
    reader = _reader(words, kinds, tellers, sorted_places)
    before = data.draw(st.integers(0, len(reader.text) + 2))
    word = data.draw(st.sampled_from(_REFERENCES))
    avoid = tuple(data.draw(st.lists(st.sampled_from(reader.places), max_size=2))) if reader.places else ()
    goal = data.draw(st.booleans())
    # the places the index gives, those that end by ``before``, in order, are the plain list's
    told = list(reader._places_told_by(before))
    plain = _plain_told_by(reader, before)
    assert [m for m in told if m["end"] <= before] == [m for m in plain if m["end"] <= before]
    assert [m for m in reversed(reader._places_told_by(before)) if m["end"] <= before] == \
        [m for m in reversed(plain) if m["end"] <= before]
    # ... and the reference reads the same place through either
    indexed = reader._antecedent(before, word, avoid=avoid, goal=goal)
    reader._places_told_by = lambda b: _plain_told_by(reader, b)
    assert indexed is reader._antecedent(before, word, avoid=avoid, goal=goal)


def test_a_reference_reads_only_the_places_near_it():
    """In a long report "the city" reads back from the nearest place: it no longer copies and
    sorts every place told before it (counted: the items read of the list)."""
    words = []
    for k in range(3000):
        words += ["Witnesses", "in", "Tarlo", "said", "troops", "left", "Kosti", "."]
    reader = _reader(words, ["city"], set(range(0, 6000, 2)))
    read = []

    class Counting(list):
        def __getitem__(self, k):
            read.append(k)
            return list.__getitem__(self, k)

    merged, starts = reader._places_and_tellers()
    reader.__dict__["_merged_told"] = (reader.places, reader.teller_places, Counting(merged), starts)
    before = len(reader.text) - 1
    assert reader._antecedent(before, "the city")["start"] == reader.places[-1]["start"]
    assert len(read) <= 3


# --- place_index.SamePlaceIndex: every place same_place calls the same is among those it gives

from dataclasses import replace  # noqa: E402
import datetime as dt  # noqa: E402
import typing  # noqa: E402

from geomove.read.place_index import SamePlaceIndex  # noqa: E402
from geomove.read.places import same_place  # noqa: E402
from geomove.read import realised_plan  # noqa: E402
from geomove.read.state import Fragment, _Draft  # noqa: E402

_PLACE_KINDS = ["city", "town", "village", "base", "admin2", "admin1", "region", "river", "country", "sea", None]


@st.composite
def _places(draw):
    place = {"name": draw(st.sampled_from(["Kosti", "Tarlo", "Vamba", None])),
             "country": draw(st.sampled_from(["XX", "YY", None])),
             "kind": draw(st.sampled_from(_PLACE_KINDS))}
    if draw(st.booleans()):
        place["gazetteer_id"] = draw(st.sampled_from([0, 1, 2, 3, ""]))
    if draw(st.integers(0, 5)):  # (most places have a point; some lie near the poles or the antimeridian)
        place["lat"] = draw(st.one_of(st.floats(-0.6, 0.6), st.floats(89.5, 90), st.floats(-90, 90)))
        place["lon"] = draw(st.one_of(st.floats(179.5, 180), st.floats(-180, -179.5), st.floats(-0.6, 0.6),
                                      st.none()))
    if draw(st.integers(0, 6)) == 0:
        place["precision"] = "country"
    return place


@settings(max_examples=500, deadline=None)
@given(st.lists(_places(), max_size=25), _places())
def test_the_index_gives_every_place_same_place_calls_the_same(stored, asked):
    index = SamePlaceIndex((p, k) for k, p in enumerate(stored))
    near = index.near(asked)
    assert near == sorted(set(near))  # (in the order added, each once)
    assert [k for k, p in enumerate(stored) if same_place(p, asked)] == [k for k in near if same_place(stored[k], asked)]


def _plan_carried_out_plainly(a):
    """realised_plan.plan_carried_out as written before session 21: every draft scanned for
    each plan."""
    drafts = a.drafts
    for plan in [d for d in drafts if d.status == "planned"]:
        if plan.destination is None or realised_plan._told_before(plan, drafts):
            continue
        done = next((d for d in drafts if d.status == "reported" and realised_plan._carries_out(plan, d)), None)
        if done is None:
            continue
        done.frags.extend(replace(f, date=None, when=set()) for f in plan.frags)
        if done.origin is None and plan.origin is not None:
            done.origin = plan.origin
            if not done.via:
                done.via = list(plan.via)
        drafts.remove(plan)
        a.why.append(f"sentence {realised_plan._first(done).sentence}: carries out the plan told in sentence "
                     f"{realised_plan._last(plan).sentence} (to {plan.destination.get('name')}): one movement, reported")


class _Date(typing.NamedTuple):  # (what _carries_out reads of a date; equal when copied)
    date_start: dt.date
    text: str = ""  # (its words: "the next day" dates an arrival from the plan's day, realised_plan._dated_from_the_plan)


_ENDS = [None, {"name": "Kosti", "country": "XX", "kind": "town", "lat": 1.0, "lon": 1.0, "gazetteer_id": 1},
         {"name": "Tarlo", "country": "XX", "kind": "town", "lat": 1.1, "lon": 1.0},
         {"name": "Vamba", "country": "XX", "kind": "city", "lat": 5.0, "lon": 5.0, "gazetteer_id": 3},
         {"name": "Ostre", "country": "YY", "kind": "country"}]


@st.composite
def _drafts(draw):
    out = []
    for _ in range(draw(st.integers(0, 14))):
        frags = [Fragment(sentence=draw(st.integers(0, 20)), trigger="", trigger_start=0,
                          headline=draw(st.integers(0, 5)) == 0, anaphoric=draw(st.integers(0, 3)) > 0,
                          distinct={"separate"} if draw(st.integers(0, 6)) == 0 else set(),
                          date=_Date(dt.date(2024, 3, draw(st.integers(1, 9))), draw(st.sampled_from(["", "the next day"])))
                          if draw(st.booleans()) else None)
                 for _ in range(draw(st.integers(1, 3)))]
        out.append(_Draft(origin=draw(st.sampled_from(_ENDS)), via=[], destination=draw(st.sampled_from(_ENDS)),
                          frags=frags, status=draw(st.sampled_from(["reported", "planned", "planned", "denied"]))))
    return out


class _Assembly:
    def __init__(self, drafts):
        self.drafts, self.why = drafts, []


@settings(max_examples=500, deadline=None)
@given(_drafts())
def test_plans_are_carried_out_as_the_plain_scan_of_every_draft_says(drafts):
    import copy
    plain, indexed = _Assembly(copy.deepcopy(drafts)), _Assembly(copy.deepcopy(drafts))
    _plan_carried_out_plainly(plain)
    realised_plan.plan_carried_out(indexed)
    assert indexed.drafts == plain.drafts and indexed.why == plain.why


def test_a_movement_that_took_a_plan_is_asked_from_its_new_first_sentence():
    """A movement that carried out one plan begins where that plan was told: a plan told before
    it may be carried out by it too (as the plain scan, which reads its clauses as they are)."""
    town = _ENDS[1]

    def frag(sentence):
        return Fragment(sentence=sentence, trigger="", trigger_start=0, anaphoric=True)

    drafts = [_Draft(origin=None, via=[], destination=town, frags=[frag(5)], status="planned"),
              _Draft(origin=None, via=[], destination=town, frags=[frag(7)], status="reported"),
              _Draft(origin=_ENDS[2], via=[], destination=town, frags=[frag(2)], status="planned")]
    import copy
    plain, indexed = _Assembly(copy.deepcopy(drafts)), _Assembly(copy.deepcopy(drafts))
    _plan_carried_out_plainly(plain)
    realised_plan.plan_carried_out(indexed)
    assert len(plain.drafts) == 1 and len(plain.why) == 2  # (both plans carried out by the one movement)
    assert indexed.drafts == plain.drafts and indexed.why == plain.why


# --- titled_before.NamesTold: the stretches that hold the surname answer as the whole text before

from geomove.read.titled_before import NamesTold, titled_before_plainly  # noqa: E402

_NAME_WORDS = ["President", "president", "Gen.", "Mr", "William", "Samoei", "Ruto", "Ruto's", "O'Ruto", "Kiir",
               "Salva", "Mayardit", "John", "the", "said", ",", ".", "\n", "(", ")", "-", "’", "flew", "Ruto-Kiir",
               "X.Ruto", "_", "9", "Rutos", "é", "«", "  "]
# (titles and given names right before the surname, most often: the cases where the answer is yes)
_NAMED_RUNS = ["Gen. Ruto", "(President Ruto", "Mr. Salva Ruto", "William Ruto", ", John Samoei Ruto", "Gen.Ruto",
               "president.Ruto", "Mr William Samoei Mayardit Ruto", "«Salva Kiir", "Gen. Kiir", "John Kiir's"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_NAME_WORDS), st.sampled_from(_NAMED_RUNS)), max_size=30),
       st.sampled_from(["Ruto", "Ruto", "Kiir", "Mayardit", "R", "Ruto's", "(Ruto"]), st.booleans(), st.data())
def test_a_title_told_before_is_found_as_by_the_scan_of_the_whole_text(words, surname, glued, data):
    text = ("" if glued else " ").join(words)
    told = NamesTold(text)
    for before in sorted(set(data.draw(st.lists(st.integers(0, len(text) + 1), min_size=1, max_size=6)))):
        assert told.titled_before(surname, before) == titled_before_plainly(text, surname, before)


def test_a_title_is_asked_of_the_stretch_of_the_name_only():
    """In a long report the question reads the stretch around each place the surname is written,
    not all the text before it (counted: the characters the two patterns are asked to read)."""
    import geomove.read.titled_before as tb
    filler = "Officials said, in a statement, that the convoy moved north. " * 20000
    text = filler + "President William Ruto spoke. " + filler + "Ruto flew to Luanda."
    read = []
    asks = tb._asks

    def counting(stretch, surname):
        read.append(len(stretch))
        return asks(stretch, surname)

    tb._asks = counting
    try:
        assert NamesTold(text).titled_before("Ruto", len(text) - 15)
    finally:
        tb._asks = asks
    assert sum(read) < 200


# --- drafts_told.DraftsBySentence: the drafts with a clause in given sentences, as a scan finds them

from geomove.read.drafts_told import DraftsBySentence  # noqa: E402


def _frag_at(sentence):
    return Fragment(sentence=sentence, trigger="", trigger_start=0)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(st.integers(0, 30), min_size=1, max_size=4), max_size=12),
       st.lists(st.tuples(st.sampled_from(["told", "replaced", "inserted", "ask", "again"]), st.integers(0, 40),
                          st.integers(0, 30), st.integers(0, 8)), max_size=25))
def test_the_drafts_told_in_a_few_sentences_are_those_a_scan_finds(sentences, steps):
    drafts = [_Draft(None, [], None, [_frag_at(s) for s in told], "reported") for told in sentences]
    index = DraftsBySentence(drafts)
    for what, k, sentence, width in steps:
        if what == "told" and drafts:  # (a clause added to a draft, as via_on_the_way adds one)
            d = drafts[k % len(drafts)]
            d.frags.append(_frag_at(sentence))
            index.told(d, sentence)
        elif what == "replaced" and drafts:  # (a draft merged with a route)
            k %= len(drafts)
            new = _Draft(None, [], None, drafts[k].frags + [_frag_at(sentence)], "reported")
            index.replaced(drafts[k], new)
            drafts[k] = new
        elif what == "inserted":
            new = _Draft(None, [], None, [_frag_at(sentence)], "reported")
            drafts.insert(k % (len(drafts) + 1), new)
            index.inserted(new)
        elif what == "again" and drafts:  # (one draft twice in the list: each place a member)
            again = drafts[k % len(drafts)]
            drafts.insert(sentence % (len(drafts) + 1), again)
            index.inserted(again)
        lo, hi = sentence - width, sentence
        found = index.between(lo, hi)
        plain = [d for d in drafts if any(lo <= f.sentence <= hi for f in d.frags)]
        assert len(found) == len(plain) and all(a is b for a, b in zip(found, plain))


# a report of our own with places passed "on the way" of a route told before, and a clause told
# on the way of no route (a movement of its own), told again and again as a long text is
_ON_THE_WAY = ("A column of 25 lorries left Mopti for Timbuktu on Friday. On the way, it halted in Niafunke. "
               "Rwandan units moved from Kigali to Huye. En route, the units stopped in Muhanga for the night. "
               "Police trucks drove through Muhanga on Sunday. They then continued to Huye. "
               "The battalion left Segou for Bamako on Monday. On the way, a second convoy was sent to Kayes. "
               "Officials said the roads were calm. ")


def _via_on_the_way_plainly(a):
    """assemble.via_on_the_way as written before session 21: every draft scanned for each clause."""
    from geomove.read import assemble as A
    reader = a.reader
    reach = A.Reach(reader.spans, len(reader.text))
    for i, frag in a.on_the_way:
        s, e = reader.spans[i]
        places = [A._place_of(m) for m in reader._within(reader.places, s, e)]
        told = []
        told_so = frag.status == "reported" if frag is not None else not A._MODAL.search(reader.text, s, e)
        for d in a.drafts if told_so and places else ():
            if d.status != "reported":
                continue
            before = [f.sentence for f in d.frags if i - A.ON_THE_WAY_SENTENCES <= f.sentence < i]
            if before:
                passed = [p for p in places if A.on_the_way(d.origin, p, d.destination)]
                if passed:
                    told.append((max(before), d, passed))
        if told:
            _, draft, passed = max(told, key=lambda x: x[0])
            A._add_via(draft, passed)
            counted = frag.counts if A._only_places_passed(frag, reader.text, s) else []
            draft.frags.append(Fragment(sentence=i, trigger="", trigger_start=s, quote=reader.text[s:e].strip(), counts=counted))
            a.why.append(f"sentence {i}: on the way of {A._ends(draft)}: passed "
                         f"{', '.join(p.get('name') or '?' for p in passed)}")
            continue
        if frag is None or not (frag.destination or frag.via):
            continue
        if (next_told := A.passed_before_next(a.drafts, i, frag)) is not None:
            A._add_via(next_told, [p for p, _at in frag.via])
            next_told.frags.insert(0, frag)
            a.why.append(f"sentence {i}: passed {', '.join(p.get('name') or '?' for p, _at in frag.via)} "
                         f"on the way of {A._ends(next_told)}, told in the next sentence")
            continue
        for route in A._routes(frag, a.book):
            k = next((k for k, d in reach.of(a.drafts, i) if A.same_event(d, route, a.book, settle=True).same), None)
            if k is not None:
                a.drafts[k] = A._merge(a.drafts[k], route)
            else:
                at = sum(1 for d in a.drafts if min(f.sentence for f in d.frags) <= i)
                a.drafts.insert(at, route)
            a.why.append(f"sentence {i} {A._ends(route)}: told on the way, but of no route before it")


def test_places_passed_on_the_way_of_a_long_report_are_read_as_by_the_plain_scan(gazetteer, monkeypatch):
    from geomove.read import assemble as A
    text = _ON_THE_WAY * 120  # (~47,000 characters: more than the reach of a route, read.reach)
    indexed_why, plain_why = [], []
    indexed = A.extract(text, gazetteer=gazetteer, published="2025-03-12", include_all=True, why=indexed_why)
    monkeypatch.setattr(A, "PASSES", tuple(_via_on_the_way_plainly if p is A.via_on_the_way else p for p in A.PASSES))
    plain = A.extract(text, gazetteer=gazetteer, published="2025-03-12", include_all=True, why=plain_why)
    assert sum("on the way of" in w for w in plain_why) >= 240  # (the report's places passed were read)
    assert any("told on the way, but of no route" in w for w in plain_why)
    assert indexed == plain and indexed_why == plain_why


class _DraftsScanned:
    """DraftsBySentence's plain twin: every draft of the live list scanned at each question."""

    def __init__(self, drafts):
        self.drafts = drafts

    def told(self, d, sentence):
        pass

    def replaced(self, old, new):
        pass

    def inserted(self, d):
        pass

    def between(self, lo, hi):
        return [d for d in self.drafts if any(lo <= f.sentence <= hi for f in d.frags)]


# a report of our own with groups met on their way, a destination stated after the route, and
# "the capital" in a report that names several countries' capitals, told again and again
_MET_AND_STATED = ("A convoy heading from Mopti to Timbuktu on Friday was ambushed near Niafunke, officials said. "
                   "Forty soldiers left Bamako on {day} February. The destination of these soldiers is Kayes. "
                   "BAMAKO - Malian troops left the capital for Segou on Wednesday. "
                   "Kenyan police flew from Nairobi to Mombasa. Rebels attacked the convoy near Voi. "
                   "President Ruto spoke in Nairobi on Sunday. Kenyan troops were later sent from the capital to Garissa. "
                   "Officials said the roads were calm. ")


# the size of a movement told in the next sentence: an estimate, a description of what it was made of
_SIZE_TOLD_AFTER = ("A convoy of rebels left Gao for Menaka on {day} March. Local officials put it at about 70 vehicles. "
                    "A column left Mopti for Sevare on {day} April. The column was made up of 45 trucks. ")


def _count_from_description_plainly(a):
    """assemble.count_from_description as written before session 21: every draft scanned for
    each description."""
    import bisect
    from geomove.read import assemble as A
    reader = a.reader
    told = set()
    for d in a.drafts:
        told.update(f.sentence for f in d.frags if f.counts)
    told_at = {id(d): sorted({f.sentence for f in d.frags}) for d in a.drafts}
    reach = {i + k for d in a.drafts if d.status == "reported"
             for i in told_at[id(d)] for k in range(A.NEXT_LEG_SENTENCES + 1)}
    for i in sorted(reach):
        if i >= len(reader.spans) or i in told:
            continue
        s, e = reader.spans[i]
        said = A._GROUP_DESCRIBED.search(reader.text, s, e) or A.journey_made(reader.text, s, e)
        if said is None:
            continue
        _what, counts = reader._what(s, e, said)
        if not counts:
            continue
        before = []
        for k, d in enumerate(a.drafts):
            at = told_at[id(d)]
            j = bisect.bisect_right(at, i) - 1
            if d.status == "reported" and j >= 0 and at[j] >= i - A.NEXT_LEG_SENTENCES:
                before.append((at[j], k))
        if not before:
            continue
        nearest = max(b[0] for b in before)
        for _, k in (b for b in before if b[0] == nearest):
            d = a.drafts[k]
            d.frags.append(Fragment(sentence=i, trigger="", trigger_start=s, counts=counts, described=True,
                                    quote=reader.text[s:e].strip()))
            a.why.append(f"sentence {i}: describes {A._ends(d)}: "
                         f"{', '.join(str(c['value']) + ' ' + c['unit'] for c in counts)}")


def test_groups_described_in_a_long_report_are_counted_as_by_the_plain_scan(gazetteer, monkeypatch):
    from geomove.read import assemble as A
    text = "".join(_SIZE_TOLD_AFTER.format(day=1 + k % 28) + _ON_THE_WAY for k in range(60))
    indexed_why, plain_why = [], []
    indexed = A.extract(text, gazetteer=gazetteer, published="2025-05-12", include_all=True, why=indexed_why)
    monkeypatch.setattr(A, "PASSES", tuple(_count_from_description_plainly if p is A.count_from_description else p
                                           for p in A.PASSES))
    plain = A.extract(text, gazetteer=gazetteer, published="2025-05-12", include_all=True, why=plain_why)
    assert sum("describes" in w for w in plain_why) >= 60
    assert indexed == plain and indexed_why == plain_why


def test_a_long_report_reads_the_same_with_the_drafts_scanned(gazetteer, monkeypatch):
    """via_on_the_way, via_where_met and destination_told ask the index of drafts by sentence:
    with a scan of every draft in its place, a long report of our own reads the same."""
    from geomove.read import assemble as A, estimated_count
    # (~55,000 characters; each block's soldiers leave on another day: fifty movements)
    text = "".join(_MET_AND_STATED.format(day=1 + k % 28) + _ON_THE_WAY + _SIZE_TOLD_AFTER.format(day=1 + k % 28)
                   for k in range(50))
    indexed_why, plain_why = [], []
    indexed = A.extract(text, gazetteer=gazetteer, published="2025-03-12", include_all=True, why=indexed_why)
    monkeypatch.setattr(A, "DraftsBySentence", _DraftsScanned)
    monkeypatch.setattr(estimated_count, "DraftsBySentence", _DraftsScanned)
    plain = A.extract(text, gazetteer=gazetteer, published="2025-03-12", include_all=True, why=plain_why)
    for said in ("passed on the way of", "destination stated", "on the way of", "told on the way, but of no route",
                 "an estimate of the size"):
        assert sum(said in w for w in plain_why) >= 50, said  # (each construction was read)
    assert indexed == plain and indexed_why == plain_why


# --- events.same_event(settle=True): status and dates asked first, and no shared end ends it

def test_no_feature_but_a_shared_end_weighs_more_than_nothing():
    """(what same_event's early 'two movements' on no shared end stands on)"""
    from geomove.read import events
    from geomove.read.weights import SAME_EVENT, SAME_EVENT_THRESHOLD
    assert events._ONLY_SHARED_END_GAINS
    assert [n for n, w in SAME_EVENT.items() if w > 0] == ["shared_end"] and SAME_EVENT_THRESHOLD > 0


def test_a_settled_comparison_in_a_long_report_is_the_full_one(gazetteer, monkeypatch):
    """Each comparison of a long report of our own (many movements in reach, of other days and
    places) gives the full comparison's verdict when settled, and the report reads the same."""
    from geomove.read import assemble as A, events
    asked = []

    def both(a, b, book, settle=False):
        full = events.same_event(a, b, book)
        quick = events.same_event(a, b, book, settle=True)
        assert quick.same == full.same
        if full.same:
            assert quick.features == full.features
        asked.append((full.same, events._told_apart_in_time(a, b) is not None, "shared_end" in full.features))
        return quick if settle else full

    text = "".join(_MET_AND_STATED.format(day=1 + k % 28) + _ON_THE_WAY for k in range(20))
    plain = A.extract(text, gazetteer=gazetteer, published="2025-03-12", include_all=True)
    monkeypatch.setattr(A, "same_event", both)
    assert A.extract(text, gazetteer=gazetteer, published="2025-03-12", include_all=True) == plain
    assert any(same for same, _t, _s in asked)  # (movements merged, ...
    assert any(told_apart for _s, told_apart, _e in asked)  # ... told apart by their days,
    assert any(not shared for _s, told_apart, shared in asked if not told_apart)  # ... and by no shared end


# --- textutil._word_chunks_of_long: a long text's chunks kept once listed, and listed the same

from geomove import textutil  # noqa: E402

_CHARS = st.sampled_from(list("ab Z_9.,\n-") + ["\u212a", "\u0130", "é", "ß", "\u00a0", "ſ"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_CHARS, max_size=150).map("".join), st.integers(1, 12), st.integers(0, 3))
def test_a_long_texts_kept_chunks_are_those_listed_anew(text, chunk, stop_after):
    kept = textutil.LONG_TEXT
    textutil.LONG_TEXT = chunk  # (chunks of a few characters: many cuts in a short text)
    textutil._last_chunks = ("", [])
    try:
        fresh = [(list(s), list(w)) for s, w in textutil._chunks_of_long(text)]
        for _ in zip(range(stop_after), textutil._word_chunks_of_long(text)):
            pass  # (a listing stopped early keeps nothing)
        first = [(list(s), list(w)) for s, w in textutil._word_chunks_of_long(text)]
        again = [(list(s), list(w)) for s, w in textutil._word_chunks_of_long(text)]
        assert first == fresh and again == fresh
        assert textutil._last_chunks[0] == text
    finally:
        textutil.LONG_TEXT = kept
        textutil._last_chunks = ("", [])


def test_a_long_texts_words_are_listed_once_for_every_scan(monkeypatch):
    """The trigger scan, the manners of motion and the dates of one long report list its words
    once (counted: the chunkings made)."""
    from geomove.read.clauses import _manners_of_motion
    made = []
    plain = textutil._chunks_of_long

    def counting(text):
        made.append(len(text))
        return plain(text)

    monkeypatch.setattr(textutil, "_chunks_of_long", counting)
    textutil._last_chunks = ("", [])
    text = "Two hundred soldiers raced towards Tarlo from Kosti on 3 May, officials said. " * 4000
    assert len(text) > textutil.LONG_TEXT
    first = _manners_of_motion(text)
    assert [m.span() for m in _manners_of_motion(text)] == [m.span() for m in first] and first
    assert textutil.any_word_of(text, frozenset({"tarlo"}))
    assert made == [len(text)]
    textutil._last_chunks = ("", [])


# --- dates._YEAR_ALONE_SCAN: "later that year" found at the words a match can begin with

from geomove import dates as _dates  # noqa: E402

_YEAR_WORDS = ["later", "Later", "earlier", "early", "late", "in", "In", "that", "That", "same", "year", "years",
               "the", "The", "following", "next", "previous", "preceding", "before", "a", "2023", "ſame", "ın",
               "İn", "\u212aate", "thatyear", "re-", "x"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_YEAR_WORDS), st.sampled_from([" ", "  ", "\n", ", ", ". ", "-", ""])),
                max_size=25).map(lambda parts: "".join(w + g for w, g in parts)), st.integers(1, 40))
def test_a_year_told_alone_is_found_as_by_the_pattern(text, chunk):
    plain = [(m.span(), m.groupdict()) for m in _dates._YEAR_ALONE.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in _dates._YEAR_ALONE_SCAN.finditer(text)] == plain
    kept = textutil.LONG_TEXT
    textutil.LONG_TEXT = chunk  # (and read as a long text, a chunk of words at a time)
    textutil._last_chunks = ("", [])
    try:
        assert [(m.span(), m.groupdict()) for m in _dates._YEAR_ALONE_SCAN.finditer(text)] == plain
    finally:
        textutil.LONG_TEXT = kept
        textutil._last_chunks = ("", [])


def test_years_told_alone_in_our_sentences_are_found_as_by_the_pattern():
    text = ("The junta expelled French forces in 2023; later in that year the last soldiers left, and in the "
            "following year the base closed. Early that same year a convoy arrived. The year before the talks "
            "it had left, as in the previous year. LATE IN THE SAME YEAR they returned; ſame year; \u212aate that year.")
    plain = [(m.span(), m.groupdict()) for m in _dates._YEAR_ALONE.finditer(text)]
    assert len(plain) >= 5
    assert [(m.span(), m.groupdict()) for m in _dates._YEAR_ALONE_SCAN.finditer(text)] == plain


# --- dated_opener.after_dated_opener: the dates after a clause's start read in place

def _after_dated_opener_plainly(text, s, verb_at, dates):
    """after_dated_opener as written before session 21 (a copy of the rest of the list)."""
    import bisect
    from geomove.read import dated_opener as O
    item = O._ITEM_MARK.match(text, s, verb_at)
    s = item.end() if item else s
    lead = O._LEAD.match(text, s, verb_at)
    at = lead.end() if lead else s
    end = None
    for d in dates[bisect.bisect_left(dates, s, key=lambda d: d.start):]:
        if d.start > at or d.end > verb_at:
            break
        end = d.end
        join = O._JOIN.match(text, end, verb_at)
        if join is None:
            break
        at = join.end()
    if end is None:
        return None
    return O._CLOSE.match(text, end, verb_at).end()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Between", "3", "and", "5", "May", "the", "army", "moved", "From", "30", "April",
                                 "to", "2", "late", "on", ",", "b)", "\n"]), max_size=20), st.data())
def test_a_dated_opener_is_read_as_before(words, data):
    from geomove.read.dated_opener import after_dated_opener
    text = " ".join(words)
    dates = _dates.find_dates(text, dt.date(2025, 5, 12))
    s = data.draw(st.integers(0, len(text)))
    verb_at = data.draw(st.integers(s, len(text)))
    assert after_dated_opener(text, s, verb_at, dates) == _after_dated_opener_plainly(text, s, verb_at, dates)
