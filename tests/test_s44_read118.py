"""Session 44, read118: reading gaps session 43 left (reports of my own in tests/fixtures/read67):
'fell back on A, then regrouped in B', 'fell back from A on B', an agentless passive with a word
of adding ('Extra police units were sent to X'), a force seen passing a place with no end, a
build-up told by 'massed'/'amassed' with a force as its object, one convoy retold with a day
that disagrees."""

from geomove.movements import extract
from geomove.read.fallback_end import goal_after_origin, later_stop_as_end
from geomove.read.force_reference import kind_of_force_subject
from geomove.read.retold_day import retold_before

PUBLISHED = "2026-12-05"  # a Saturday


def _ends(features):
    name = lambda p: p and (p.get("surface") or p.get("name"))  # noqa: E731
    return [(name(f["properties"]["origin"]), [name(v) for v in f["properties"]["via"]],
             name(f["properties"]["destination"])) for f in features]


# -- 'fell back from A on B' (read.fallback_end.goal_after_origin)

def test_on_after_the_origin_of_fell_back_is_the_goal():
    text = "Troops fell back from Gao on Ansongo."
    origin = {"start": text.index("Gao"), "end": text.index("Gao") + 3}
    at = goal_after_origin(text, origin, origin["end"], text.index("Ansongo"))
    assert at == text.index("on Ansongo")
    # another verb before "from": no goal after "on"
    other = "Troops withdrew from Gao on Ansongo."
    o2 = {"start": other.index("Gao"), "end": other.index("Gao") + 3}
    assert goal_after_origin(other, o2, o2["end"], other.index("Ansongo")) is None
    # more words than "on" between the two places: no goal read this way
    far = "Troops fell back from Gao on Friday to Ansongo."
    o3 = {"start": far.index("Gao"), "end": far.index("Gao") + 3}
    assert goal_after_origin(far, o3, o3["end"], far.index("Ansongo")) is None


def test_fell_back_from_on(gazetteer):
    text = "Sudanese army troops fell back from Wad Madani on Sennar on Friday."
    assert _ends(extract(text, published=PUBLISHED, gazetteer=gazetteer)) == [("Wad Madani", [], "Sennar")]
    # a day after "on" is no goal
    day = "Government forces fell back from Kidal on Friday after heavy losses."
    assert _ends(extract(day, published=PUBLISHED, gazetteer=gazetteer)) == [("Kidal", [], None)]


# -- 'fell back on A, then regrouped in B' (read.fallback_end.later_stop_as_end)

def test_a_stop_told_after_the_goal_with_then_is_the_end():
    text = "fell back on Douentza, then regrouped in Sevare"
    a = {"start": text.index("Douentza"), "end": text.index("Douentza") + 8, "surface": "Douentza"}
    b = {"start": text.index("Sevare"), "end": text.index("Sevare") + 6, "surface": "Sevare"}
    slots = [("destination", [a], 0), ("via_stop", [b], text.index("regrouped"))]
    why = []
    assert [r for r, _g, _a in later_stop_as_end(text, slots, why)] == ["via", "destination"]
    assert why
    # no word of later time: the stop stays a stop (turned into a via by the clause reader)
    plain = "fell back on Douentza, regrouped in Sevare"
    a2 = dict(a, start=plain.index("Douentza"), end=plain.index("Douentza") + 8)
    slots2 = [("destination", [a2], 0), ("via_stop", [b], plain.index("regrouped"))]
    assert later_stop_as_end(plain, slots2, []) == slots2
    # the stop told before the goal: unchanged
    before = [("via_stop", [b], 0), ("destination", [a], 20)]
    assert later_stop_as_end(text, before, []) == before


def test_then_regrouped_after_fell_back_on(gazetteer):
    text = "Malian soldiers fell back on Douentza, then regrouped in Sevare on Monday."
    assert _ends(extract(text, published=PUBLISHED, gazetteer=gazetteer)) == [(None, ["Douentza"], "Sevare")]
    # a stop before the place reached stays a via
    near = "The column left Mopti, stopped in Sevare, then reached Douentza."
    assert _ends(extract(near, published=PUBLISHED, gazetteer=gazetteer)) == [("Mopti", ["Sevare"], "Douentza")]


# -- an agentless passive with a word of adding (read.force_reference)

def test_kind_after_a_word_of_adding():
    for text, kind in (("Extra police units were sent", "police"), ("Additional gendarmes were deployed", "gendarmes"),
                       ("More riot police were flown", "riot police"), ("Fresh gendarmerie teams arrived", "gendarmerie")):
        assert kind_of_force_subject(text, 0, text.index("were") if "were" in text else text.index("arrived")) == kind, text
    # a plain plural of a force is no kind
    assert kind_of_force_subject("More soldiers were sent", 0, len("More soldiers ")) is None


def test_extra_police_units_have_their_kind_as_actor(gazetteer):
    (f,) = extract("Extra police units were sent to Kismayo on Friday.", published=PUBLISHED, gazetteer=gazetteer)
    assert (f["properties"]["actor"], f["properties"]["destination"]["name"]) == ("police", "Kismayo")
    (g,) = extract("More soldiers were flown to Goma on Thursday.", published=PUBLISHED, gazetteer=gazetteer)
    assert g["properties"]["actor"] is None


# -- a force seen passing a place with no end (s44: a via-only movement; s45 read120: no movement,
# as a plain passage is none: GUIDELINES' least is one end; tests/test_s45_read120.py)

def test_seen_passing_is_no_movement_as_passing_is_none(gazetteer):
    assert extract("A convoy of 20 trucks was filmed passing through Ras al-Ain, heading west.",
                   published=PUBLISHED, gazetteer=gazetteer) == []
    # told as a plain fact, or of what no force moves: nothing either
    assert extract("A convoy passed through Ras al-Ain on Tuesday, heading west.", published=PUBLISHED, gazetteer=gazetteer) == []
    assert extract("A wedding procession was filmed passing through Gangaw on Sunday.",
                   published=PUBLISHED, gazetteer=gazetteer) == []


# -- a build-up told by 'massed' (clauses._moved_a_force_object)

def test_massed_troops_near_is_a_deployment(gazetteer):
    (f,) = extract("Russia massed troops near Kharkiv on Monday.", published=PUBLISHED, gazetteer=gazetteer)
    p = f["properties"]
    assert (p["destination"]["name"], p["actor"], p["status"], p["start"]) == ("Kharkiv", "Russia", "reported", "2026-11-30")
    # no force as its object: nothing
    assert extract("Nicaraguan troops have massed near Penas Blancas, officials said.",
                   published=PUBLISHED, gazetteer=gazetteer) == []
    assert extract("Protesters massed outside the parliament in Tbilisi on Monday.",
                   published=PUBLISHED, gazetteer=gazetteer) == []
    # an attribute after a determiner, and a gathering before a move told after it
    assert extract("The massed ranks of the army paraded in Minsk on Monday.", published=PUBLISHED, gazetteer=gazetteer) == []
    staged = "Russia massed troops in Belgorod before sending them across the border into Sumy."
    assert _ends(extract(staged, published=PUBLISHED, gazetteer=gazetteer)) == [("Belgorod", [], "Sumy")]


# -- one convoy retold with another day (read.retold_day)

def test_retold_before_reads_the_relative_clause_on_the_force():
    text = "The convoy, which set off from A"
    assert retold_before(text, text.index("set off"))
    same = "The same convoy left A"
    assert retold_before(same, same.index("left"))
    for other, verb in (("Another convoy, which left A", "left"), ("The convoy left A", "left"), ("A convoy, which left A", "left")):
        assert not retold_before(other, other.index(verb)), other


def test_retold_convoy_with_another_day_is_one_movement(gazetteer):
    text = ("A Kenyan convoy left Garissa on Tuesday and drove north to Wajir. "
            "The convoy, which set off from Garissa on 3 December, carried fuel.")
    assert _ends(extract(text, published=PUBLISHED, gazetteer=gazetteer)) == [("Garissa", [], "Wajir")]
    again = ("A Kenyan convoy left Garissa on Tuesday and drove north to Wajir. "
             "The convoy left Garissa again on Thursday with more fuel.")
    assert len(extract(again, published=PUBLISHED, gazetteer=gazetteer)) == 2
