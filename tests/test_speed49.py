"""Session 32 (speed49): assembly passes that lend what a clause with no place tells to the
movement before it do nothing, and read nothing, in a report with no movement; the pass of
taking over reads a clause whole only when its participle follows one of the clause's verbs
of moving. Sentences of our own."""

import functools

import pytest

from geomove.read import assemble, clauses


@pytest.fixture()
def watched(monkeypatch):
    """Counts of the reader's date scans (``_Reader.dates``) and of clauses read whole."""
    seen = {"dates": 0, "whole": []}
    real_dates = clauses._Reader.__dict__["dates"].func

    def dates(self):
        seen["dates"] += 1
        return real_dates(self)

    prop = functools.cached_property(dates)
    prop.__set_name__(clauses._Reader, "dates")
    monkeypatch.setattr(clauses._Reader, "dates", prop)
    real_fragment = clauses._Reader.fragment

    def fragment(self, index, *, whole=False, **more):  # (more: referring, speed156)
        if whole:
            seen["whole"].append(index)
        return real_fragment(self, index, whole=whole, **more)

    monkeypatch.setattr(clauses._Reader, "fragment", fragment)
    return seen


def _ends(features):
    return [((f["properties"].get("origin") or {}).get("name"), (f["properties"].get("destination") or {}).get("name"))
            for f in features]


def test_a_report_with_no_movement_has_its_dates_read_by_no_pass(gazetteer, watched):
    # "left on Monday": a clause of moving with a date and no place, and no movement told
    # before it to lend the date to (date_told_after used to read every date of the report)
    found = assemble.extract("The engineers left on Monday, a spokesman said. Fuel prices rose in Accra.",
                             gazetteer=gazetteer, published="2026-11-20")
    assert found == []
    assert watched["dates"] == 0


def test_a_date_told_after_a_movement_is_still_lent_to_it(gazetteer, watched):
    found = assemble.extract("Two battalions moved from Mopti to Gao, the army said on Wednesday. "
                             "The troops arrived on Monday.", gazetteer=gazetteer, published="2026-11-20")
    assert _ends(found) == [("Mopti", "Gao")]
    assert (found[0]["properties"]["start"], found[0]["properties"]["date_text"]) == ("2026-11-16", "Monday")
    assert watched["dates"] == 1


def test_a_verb_of_moving_with_no_participle_of_taking_over_is_not_read_again(gazetteer, watched):
    found = assemble.extract("Police units moved into the north on Sunday.", gazetteer=gazetteer,
                             published="2026-11-20")
    assert found == []
    assert watched["whole"] == []


def test_a_participle_of_taking_over_still_tells_where_the_force_went(gazetteer, watched):
    found = assemble.extract("Gendarmes moved in on Friday, taking over the town hall in Kayes.",
                             gazetteer=gazetteer, published="2026-11-20")
    assert [d for _o, d in _ends(found)] == ["Kayes"]
    assert 0 in watched["whole"]  # (read whole by the pass, among others)
