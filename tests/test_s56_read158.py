"""Session 56 read158: constructions session 55 left misread, each read by a rule of its own.
Sentences of my own; the golden lines are tests/golden/movements.jsonl s56-read158-*."""

import re

import pytest

from geomove.read.subject_relative_time import year_of_the_clause

_YEAR = re.compile(r"\b(?:in|since)\s+((?:19|20)[0-9][0-9])\b", re.I)


def _year(text: str, verb: str):
    return year_of_the_clause(text, 0, text, text.index(verb), _YEAR)


@pytest.mark.parametrize("text, verb", [
    ("The fighters who seized Kidal in 2012 returned to Gao on Monday.", "returned"),
    ("Nepali soldiers who served in Naqoura in 2019 were flown to Kathmandu.", "flown"),
    ("The Estonian company that fought near Kandahar in 2010 arrived in Tallinn.", "arrived"),
])
def test_year_of_the_relative_is_not_the_clause_s(text, verb):
    assert _year(text, verb) is None


@pytest.mark.parametrize("text, verb, year", [
    ("The fighters who seized Kidal returned to Gao in 2012.", "returned", "2012"),      # after the verb
    ("In 2012, the fighters who seized Kidal returned to Gao.", "returned", "2012"),     # opening the sentence
    ("Officials said that in 2014 Iraqi troops moved to Erbil.", "moved", "2014"),        # 'that' of speech
    ("The fighters, who seized Kidal in 2012, returned to Gao.", "returned", "2012"),    # a comma: status blanks such asides itself
    ("The fighters who seized Kidal in 2012 returned to Gao in 2013.", "returned", "2013"),  # the clause's own, after the relative's
])
def test_year_of_the_clause_kept(text, verb, year):
    found = _year(text, verb)
    assert found is not None and found.group(1) == year


from geomove.read.lexicon import _TRIGGER_RE
from geomove.read.towed import towed_then_moved, towed_then_own_move


@pytest.mark.parametrize("text, moved", [
    ("Mozambican soldiers towed the damaged lorries to Pemba and then drove to Montepuez.", True),
    ("Ethiopian troops towed the broken-down buses to Gondar and returned to Bahir Dar.", True),
    ("Mozambican soldiers towed the damaged lorries to Pemba.", False),                       # no move of their own
    ("Mozambican soldiers towed the damaged lorries to Pemba and then to Montepuez.", False),  # no verb after 'and then'
    ("Police towed three parked cars and a van to a depot.", False),                           # 'and' in the object
    ("Police towed two cars to a depot. Troops later drove to Maputo.", False),                # another sentence
])
def test_towed_then_moved(text, moved):
    assert towed_then_moved(text, text.index("towed") + len("towed"), text.index(" and ") if " and " in text else len(text)) is moved


@pytest.mark.parametrize("text, cut", [
    ("Kenyan soldiers towed the broken trucks to Lodwar and then drove to Kitale.", True),
    ("Peruvian marines towed the fishing boats to Iquitos and sailed to Pucallpa.", True),
    ("Kenyan soldiers towed the broken trucks and drove to Kitale.", False),                 # the towing has no end
    ("Kenyan soldiers drove to Lodwar and then flew to Nairobi.", False),                    # no towing
    ("The tug towed the barge to Lamu and towed it back to Mombasa.", False),                # towing again, no move of its own
])
def test_towed_then_own_move(text, cut):
    and_at = text.index(" and ") + 1
    left = [t for t in _TRIGGER_RE.finditer(text, 0, and_at) if t.group("verb")]
    verb = _TRIGGER_RE.search(text, and_at)
    assert towed_then_own_move(text, left, and_at, verb) is cut


from types import SimpleNamespace as _NS

from geomove.dates import find_dates
from geomove.read.day_after_the_night import day_after_the_night
import datetime as _dt


def _frag(text: str, verb: str, end: str | None):
    at = text.index(verb)
    dates = [d for d in find_dates(text, _dt.date(2026, 12, 3)) if d.start > at]
    return _NS(trigger=verb, trigger_start=at, date=dates[0] if dates else None,
               destination=[(None, text.index(end))] if end else [])


@pytest.mark.parametrize("text, night, reached, ends", [
    ("The battalion moved to Gao overnight. It reached Kidal on Friday.", "moved", "reached", True),
    ("Somali marines were flown into Berbera overnight. They drove to Hargeisa on Monday.", "flown", "drove", True),
])
def test_day_after_the_night(text, night, reached, ends):
    last = _NS(frags=[_frag(text, night, "to" if " to " in text[:text.index(".")] else "into")])
    assert day_after_the_night(_frag(text, reached, None), last, len(text))


@pytest.mark.parametrize("text, night, reached, end", [
    ("The battalion moved to Gao on Wednesday. It reached Kidal on Friday.", "moved", "reached", "to"),   # a day, no night
    ("The battalion moved to Gao overnight. On Friday it reached Kidal.", "moved", "reached", "to"),      # the day before the verb
    ("The convoy was seen overnight. It reached Kidal on Friday.", "seen", "reached", None),              # no end of its own before
])
def test_day_after_the_night_not(text, night, reached, end):
    last = _NS(frags=[_frag(text, night, end)])
    frag = _frag(text, reached, None)
    if "On Friday" in text:
        frag.date = find_dates(text, _dt.date(2026, 12, 3))[-1]
    assert not day_after_the_night(frag, last, len(text))


from geomove.read.group_route_aside import route_of_group_left


@pytest.mark.parametrize("text, cue, route", [
    ("Two patrol boats, split off from the flotilla at Ambon, sailed to Kupang.", " at ", False),     # where the flotilla was
    ("A gunboat, separated from the squadron in Trincomalee, sailed to Jaffna.", " in ", False),
    ("Three armoured cars, split off from the column near Maiduguri, drove to Bama.", " near ", False),
    ("The frigate, detached from the NATO patrol to Bergen, sailed to Tromso.", " to ", True),       # the patrol's route
    ("Two patrol boats, split off from the flotilla bound for Ambon, sailed to Kupang.", " bound ", True),
])
def test_route_of_group_left_only_by_a_route_cue(text, cue, route):
    assert route_of_group_left(text, text.index(cue) + 1) is route


from geomove.read.relative_carried import carried_in_comma_relative


@pytest.mark.parametrize("text, verb, told", [
    # (a load that names a force is what moved since session 61, read163: the craft is no longer read)
    ("The Chadian helicopter, which carried wounded soldiers from Abeche, flew", "carried", False),
    ("The Malian transport plane, which had carried wounded soldiers from Gao, landed", "carried", False),
    ("The Chadian helicopter, which carried the fuel bladders from Abeche, flew", "carried", True),
    ("The Ghanaian drivers, who took the injured from Tamale, returned", "took", True),
    ("The helicopter carried wounded soldiers from Abeche to NDjamena.", "carried", False),      # the clause's own verb
    ("The Chadian helicopter, which flew wounded soldiers from Abeche, landed", "flew", False),    # no carrying verb of the list
    ("Trucks carrying 300 soldiers left Abeche.", "carrying", False),                           # no relative
])
def test_carried_in_comma_relative(text, verb, told):
    assert carried_in_comma_relative(text, 0, verb, text.index(verb)) is told


from geomove.read.month_march import without_month_march


@pytest.mark.parametrize("text, month", [
    ("The Ugandan crews, who delivered the generators to Gulu in March, flew home to Entebbe.", True),
    ("Troops who left Gao on 3 March returned to Kidal.", True),
    ("The battalion, deployed since March 2025, moved to Kidal.", True),
    ("March on Goma, the rebels said.", False),                     # opening a sentence: left to the readers
    ("Rebels said they would March on Goma.", False),               # no word of time before, no number after
    ("The rebels began their march to Goma in May.", False),        # the noun, not capitalised
])
def test_without_month_march(text, month):
    triggers = list(_TRIGGER_RE.finditer(text))
    kept = without_month_march(text, triggers)
    marches = [t for t in triggers if t.group(0).lower() == "march"]
    assert marches
    assert (len(kept) == len(triggers) - len(marches)) is month
