"""Session 48, read133: constructions session 47 left (movements). Sentences of my own.

1. "towed X to Y": what was towed moved, when it is equipment of war (lexicon verb_forms "tow", read.towed)
2. "was seen loading at X. It sailed for Y": the origin told a sentence before (read.seen_before)
3. "In all, the brigade has now moved through A, B and C": a tally, no movement and no via (read.recap)
4. "'They did not reach A, they stopped at B,' the spokesman said": B reported (read.stopped_short)
"""

from geomove.movements import extract
from geomove.read.lexicon import _stem
from geomove.read.recap import recap_of_places_passed
from geomove.read.state import Fragment

PUBLISHED = "2026-12-04"


def _read(text, gazetteer, **kw):
    name = lambda p: p and (p.get("surface") or p.get("name"))  # noqa: E731
    return [(name(f["properties"]["origin"]), [name(v) for v in f["properties"]["via"]],
             name(f["properties"]["destination"]), f["properties"]["what"])
            for f in extract(text, published=PUBLISHED, gazetteer=gazetteer, **kw)]


# -- 1. towed

def test_tow_is_a_verb_of_movement():
    assert {_stem(w) for w in ("tow", "tows", "towed", "towing")} == {"tow"}


def test_a_warship_towed_moved(gazetteer):
    assert _read("Two tugs towed the listing frigate from Tartus to Novorossiysk on Monday.", gazetteer) \
        == [("Tartus", [], "Novorossiysk", "the listing frigate")]
    assert _read("The stricken submarine was towed to Murmansk.", gazetteer) \
        == [(None, [], "Murmansk", "The stricken submarine")]


def test_a_thing_towed_that_is_no_materiel_is_no_movement(gazetteer):
    assert _read("Soldiers towed a broken-down minibus to Kisumu on Monday.", gazetteer) == []
    assert _read("The navy towed a drifting yacht to Split on Sunday.", gazetteer) == []
    # (but the same force towing its own gun moved it)
    assert [r[2] for r in _read("Soldiers towed two field guns to Kisumu on Monday.", gazetteer)] == ["Kisumu"]


# -- 2. seen before, then moved

def test_origin_where_the_sentence_before_saw_the_group(gazetteer):
    assert [r[:3] for r in _read("The landing ship was photographed loading trucks in Novorossiysk. "
                                 "It left for Tartus on Tuesday.", gazetteer)] == [("Novorossiysk", [], "Tartus")]
    # (a time opener before the pronoun)
    assert [r[:3] for r in _read("The frigate was seen at Aden on Friday. On Monday it sailed for Berbera.",
                                 gazetteer)] == [("Aden", [], "Berbera")]


def test_no_origin_from_a_sighting_of_another_group_or_long_before(gazetteer):
    assert [r[0] for r in _read("A tanker was spotted at Aden on Friday. The column moved to Lahij on Monday.",
                                gazetteer)] == [None]
    assert [r[0] for r in _read("The frigate had been seen at Aden. It sailed for Berbera on Monday.",
                                gazetteer)] == [None]
    # (an origin told in the movement's own sentence wins)
    assert [r[0] for r in _read("The frigate was seen at Aden on Friday. It sailed from Mukalla for Berbera on Monday.",
                                gazetteer)] == ["Mukalla"]


def test_no_origin_from_an_active_sighting(gazetteer):
    # (another's act: who saw it is the subject, not the group)
    assert [r[0] for r in _read("Fishermen saw the frigate at Aden. The frigate sailed for Berbera on Monday.",
                                gazetteer)] == [None]


# -- 3. a recap of places passed

def test_recap_is_neither_movement_nor_way(gazetteer):
    assert _read("The column drove from Gao to Mopti on Monday. In total, the column has passed through Gao, "
                 "Hombori and Douentza.", gazetteer) == [("Gao", [], "Mopti", "The column")]
    assert _read("To date the battalion has moved through Kherson, Mykolaiv and Odesa.", gazetteer) == []


def test_recap_needs_its_opener_and_perfect():
    text = "In all, the unit has now moved through A and B."
    frag = Fragment(sentence=0, trigger="moved", trigger_start=text.index("moved"), via=[({}, 30)])
    assert recap_of_places_passed(text, 0, frag)
    plain = "The unit moved through A and B."
    assert not recap_of_places_passed(plain, 0, Fragment(sentence=0, trigger="moved", trigger_start=9, via=[({}, 23)]))
    # (an end told: read as before)
    told = Fragment(sentence=0, trigger="moved", trigger_start=text.index("moved"), via=[({}, 30)], destination=[({}, 40)])
    assert not recap_of_places_passed(text, 0, told)


# -- 4. did not reach A, stopped at B

def _all(text, gazetteer):
    return sorted((f["properties"]["destination"] or {}).get("surface", "") + ":" + f["properties"]["status"]
                  for f in extract(text, published=PUBLISHED, gazetteer=gazetteer, include_all=True))


def test_stop_after_a_negated_arrival_is_where_it_went(gazetteer):
    assert _all("\"Our men did not reach Kharkiv, they stopped at Chuhuiv,\" the officer said.", gazetteer) \
        == ["Chuhuiv:reported"]
    assert _all("The convoy did not reach Gao; it halted at Bourem.", gazetteer) == ["Bourem:reported"]
    # (a stop whose subject is a movement noun is read by the noun itself; the arrival not made stays)
    assert _all("The convoy did not reach Gao. Instead, the convoy stopped in Bourem.", gazetteer) \
        == ["Bourem:reported", "Gao:negated"]


def test_stop_of_another_or_negated_stays_as_it_was(gazetteer):
    # (the stop itself negated: both negated, the first end kept)
    assert _all("The convoy did not stop at Bourem and did not reach Gao.", gazetteer) == ["Gao:negated"]
    # (a stop told by another subject)
    assert _all("The convoy did not reach Gao. Traders stopped at Bourem.", gazetteer) == ["Gao:negated"]
    # (no negation: a stop on the way)
    assert [r[1:3] for r in _read("The convoy drove from Kidal to Gao, stopping at Bourem.", gazetteer)] \
        == [(["Bourem"], "Gao")]
