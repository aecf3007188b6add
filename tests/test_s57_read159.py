"""Session 57 read159: four constructions session 56 left, each read by a rule of its own.
Sentences of my own; the golden lines are tests/golden/movements.jsonl s57-read159-*, the
conventions docs/reading.md."""

import datetime as _dt
from types import SimpleNamespace as _NS

import pytest

from geomove.dates import find_dates
from geomove.read.dated_leg_then_day import dated_leg_then_day
from geomove.read.ferry_noun import ferry_as_noun
from geomove.read.lexicon import _TRIGGER_RE
from geomove.read.relative_carried import force_carried_in_aside
from geomove.read.relative_clause_date import dates_of_relative_and_main
from geomove.read.towed import tower_went_on_alone


def _ferry_trigger(text: str):
    return next(t for t in _TRIGGER_RE.finditer(text) if t.group("verb") and t.group("verb").lower() == "ferry")


@pytest.mark.parametrize("text, noun", [
    ("The Kenyan lake ferry, which carried police from Kisumu, sailed to Homa Bay.", True),
    ("A passenger ferry docked at Bukoba.", True),
    ("The old lake ferry left Kigoma.", True),
    ("The navy ferry sailed to Lamu.", True),
    ("The soldiers ferry troops to Lamu.", False),          # a plural subject: the verb
    ("Helicopters ferry troops to Garissa every day.", False),  # no determiner
    ("The marines ferry supplies to Lamu.", False),         # a force word before it
    ("They helped ferry troops to Lamu.", False),           # after a verb
])
def test_ferry_as_noun(text, noun):
    assert ferry_as_noun(text, _ferry_trigger(text)) is noun


@pytest.mark.parametrize("text, carried", [
    ("The Kenyan lake ferry, which carried wounded rangers from Kisumu, sailed to Homa Bay.", True),
    ("A passenger ferry, which had carried 120 soldiers to Bukoba, returned.", True),
    ("The Kenyan ferry, which carried tourists from Malindi, sailed to Mombasa.", False),  # no force carried
    ("The Kenyan ferry, which sank in 2019, was raised.", False),                          # no carrying verb
    ("The Kenyan lake ferry carried police officers from Kisumu.", False),                        # no aside
])
def test_force_carried_in_aside(text, carried):
    assert force_carried_in_aside(text, 0, len(text)) is carried


def _told(text: str):
    return [d for d in find_dates(text, _dt.date(2026, 12, 5))]


@pytest.mark.parametrize("text, main, own, main_day", [
    ("Ghanaian sappers, who hauled the pontoons to Tamale on Monday, returned to Accra on Friday.",
     "returned", "Monday", "Friday"),
    ("Rwandan engineers, who took the bulldozers to Goma in July, returned to Kigali on Friday.",
     "returned", "in July", "Friday"),
    ("On Friday, Rwandan engineers, who took the bulldozers to Goma in July, returned to Kigali.",
     "returned", "in July", "Friday"),                                     # the main date told before
    ("Rwandan engineers, who took the bulldozers to Goma in July, returned to Kigali.",
     "returned", "in July", None),                                         # no main date
])
def test_dates_of_relative_and_main(text, main, own, main_day):
    split = dates_of_relative_and_main(text, 0, text.index(main), text.index(" to ") + 1, _told(text))
    assert split is not None
    assert split[0].text == own
    assert (split[1].text if split[1] is not None else None) == main_day


@pytest.mark.parametrize("text, main", [
    ("Rwandan engineers, who took the bulldozers to Goma, returned to Kigali on Friday.", "returned"),  # no date of its own
    ("Rwandan engineers took the bulldozers to Goma in July and returned to Kigali.", "returned"),     # no relative
    ("Rwandan engineers, who were in Goma in July, took the bulldozers to Kigali.", "took"),           # the end after the verb
])
def test_dates_of_relative_and_main_none(text, main):
    first_at = text.index(" to ") + 1
    assert dates_of_relative_and_main(text, 0, text.index(main), first_at, _told(text)) is None


def _towing(text: str, what: str):
    at = text.index("towed")
    return _NS(trigger="towed", trigger_start=at, what=what, quote=text[:text.index(" and ")], counts=[], actor=None)


@pytest.mark.parametrize("text, what, tower", [
    ("A harbour tug towed the burning corvette to Kronstadt and then sailed on to Vyborg.", "the burning corvette", "A harbour tug"),
    ("Two tugs towed the stricken landing ship to Tartus and then sailed back to Latakia.", "the stricken landing ship", "Two tugs"),
    ("A salvage tug towed the disabled corvette to Souda Bay and then sailed back to Piraeus.", "the disabled corvette", "A salvage tug"),
    ("A Turkish Navy tug towed the damaged minesweeper to Aksaz and then returned to Izmir.", "the damaged minesweeper", None),
    ("The frigate towed the disabled patrol boat to Berbera and then sailed on to Bosaso.", "the disabled patrol boat", None),
    ("Kenyan soldiers towed the broken trucks to Lodwar and then drove to Kitale.", "the broken trucks", None),
])
def test_tower_went_on_alone(text, what, tower):
    assert tower_went_on_alone(text, _towing(text, what)) == tower


def test_tower_went_on_alone_only_after_towing():
    text = "A harbour tug carried the fuel to Kronstadt and then sailed on to Vyborg."
    frag = _NS(trigger="carried", trigger_start=text.index("carried"), what="the fuel",
               quote=text[:text.index(" and ")], counts=[], actor=None)
    assert tower_went_on_alone(text, frag) is None


def _legs(text: str, first_verb: str, second_verb: str, end: str, **told):
    dates = find_dates(text, _dt.date(2026, 12, 5))
    cut = text.index(". ") + 1
    first_date = next((d for d in dates if d.start < cut), None)
    second_date = next((d for d in dates if d.start > cut), None)
    last = _NS(actor=None, destination=None, frags=[_NS(destination=[(None, text.index(end))], date=first_date,
                                      sighted=told.get("sighted", False), noun_only=False,
                                      what=text[:text.index(first_verb)].strip(), actor=None)])
    at = text.index(second_verb, cut)
    # (what moved: the second sentence's words before its verb, as the reader cuts a subject;
    # session 58 asks it of a subject that is no pronoun, read.dated_leg_then_day.same_force_by_noun)
    frag = _NS(trigger=second_verb, trigger_start=at, date=second_date, what=text[cut:at].strip(), actor=None)
    return dated_leg_then_day(text, frag, last, cut, len(text)), first_verb


@pytest.mark.parametrize("text, first, second, end, legs", [
    ("On Tuesday Malian troops entered Douentza. They reached Boni on Thursday.", "entered", "reached", "Douentza", True),
    ("Ugandan engineers were airlifted to Gulu on Tuesday. They drove to Kitgum on Thursday.", "airlifted", "drove", "Gulu", True),
    ("Malian troops entered Douentza. They reached Boni on Thursday.", "entered", "reached", "Douentza", False),   # no day before
    ("Malian troops entered Douentza on Tuesday. They then reached Boni.", "entered", "reached", "Douentza", False),  # no day after
    ("Malian troops entered Douentza on Tuesday. A second column reached Boni on Thursday.",
     "entered", "reached", "Douentza", False),                                                                       # no pronoun
    ("Malian troops entered Douentza on Tuesday. On Thursday they reached Boni.", "entered", "reached", "Douentza", False),  # day before the verb: assemble._time_between
])
def test_dated_leg_then_day(text, first, second, end, legs):
    assert _legs(text, first, second, end)[0] is legs


def test_dated_leg_then_day_not_after_a_sighting():
    text = "A convoy was filmed at a depot in Gondar on Monday. It moved to Humera on Wednesday."
    assert _legs(text, "filmed", "moved", "Gondar", sighted=True)[0] is False
    assert _legs(text, "filmed", "moved", "Gondar")[0] is True  # (the same words, told as an arrival)



from geomove.read.dated_leg_then_day import leg_told_before


def _draft(origin, destination):
    place = lambda name, lat, lon: name and {"name": name, "lat": lat, "lon": lon, "country": "XX", "kind": "town"}
    return _NS(origin=place(*origin) if origin else None, destination=place(*destination) if destination else None)


def test_leg_told_before():
    a, b, c = ("Abala", 10.0, 10.0), ("Bilma", 12.0, 14.0), ("Cheri", 13.0, 11.0)
    lede = _draft(a, b)                 # "evacuated ... from A to B"
    last = _draft(c, a)                 # "sailed from C to A on Saturday"
    went_on = _draft(None, b)           # "It docked in B on Sunday"
    assert leg_told_before([lede, last], last, went_on)
    assert not leg_told_before([last], last, went_on)                       # nothing told before
    assert not leg_told_before([_draft(c, b), last], last, went_on)          # another origin
    assert not leg_told_before([lede, last], last, _draft(None, c))         # another end
