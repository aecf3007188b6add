"""Session 61 (speed164): a reading's ``why`` is joined where it is read (mentions.why_text): the
context ranking keeps the reasons it gives a reading as a list beside the why they add to, and
the first reader joins them. The printed why stays what the ranking joined at once before
(texts written for these tests; their whys as s61start printed them). Also a question no longer
asked twice: persons._no_subject_by_its_neighbours."""

import pytest
from hypothesis import given, settings, strategies as st

from geomove.mentions import find_mentions, persons
from geomove.mentions.finder import _Finder
from geomove.mentions.why_text import MORE, why_of

_REASON = st.text(max_size=30)


def _ranked(base: str, reasons: list[str]) -> dict:
    """A row as the context ranking leaves it: the why it started from, and the reasons under MORE."""
    return {"name": "Somewhere", "why": base, MORE: [base, *reasons], "context_score": 0.5}


@settings(max_examples=300, deadline=None)
@given(base=_REASON, reasons=st.lists(_REASON, max_size=6))
def test_the_first_read_joins_what_the_ranking_joined_at_once(base, reasons):
    eager = "; ".join((base, *reasons)) if reasons else base  # (the ranking's own join before)
    row = _ranked(base, reasons)
    copy = dict(row)
    assert why_of(row) == eager
    assert row["why"] == eager and MORE not in row  # (the row holds the whole text from now on)
    assert why_of(row) == eager
    assert why_of(copy) == eager  # (a copy made before the first read joins the same)


@settings(max_examples=200, deadline=None)
@given(base=_REASON, reasons=st.lists(_REASON, min_size=1, max_size=4), new=_REASON)
def test_a_copy_given_a_why_of_its_own_keeps_it(base, reasons, new):
    row = _ranked(base, reasons)
    replaced = dict(row, why="written anew: " + new)  # (as dict(c, why=f"demonym ...") does)
    assert why_of(replaced) == "written anew: " + new
    appended = dict(row, why=why_of(row) + "; " + new)  # (as dict(c, why=c.get("why", "") + ...) did)
    assert why_of(appended) == "; ".join((base, *reasons, new))


def test_a_row_no_ranking_touched_reads_as_it_is():
    assert why_of({"why": "name 'Anywhere'"}) == "name 'Anywhere'"
    assert why_of({"name": "No why at all"}) == ""
    row = _ranked("name 'Anywhere'", [])  # (a reading the ranking gave no reason)
    assert why_of(row) == "name 'Anywhere'" and MORE not in row


# the printed whys of texts of our own, as s61start printed them (the ranking then joined each
# reading's reasons at once)
PRINTED = [
    ("A supply convoy left Springfield on Tuesday and reached Peoria by nightfall, officials in Illinois said.", [
        ("Springfield", "name 'Springfield'; importance 0.61; 0 km from other places in the text; US named in the "
                        "text; in Illinois, named in the text; after 'left'"),
        ("Peoria", "name 'Peoria'; importance 0.61; 0 km from other places in the text; US named in the text; "
                   "in Illinois, named in the text; after 'reached'"),
        ("Illinois", "name 'Illinois'; importance 0.70; 0 km from other places in the text; US named in the text; "
                     "after 'in'"),
    ]),
    ("Two battalions moved from Kharkiv toward Izium while artillery hit Kupiansk and Balakliia.", [
        ("Kharkiv", "name 'Kharkiv'; importance 0.72; 61 km from other places in the text; UA named in the text; "
                    "after 'from'"),
        ("Izium", "name 'Izium'; importance 0.57; after 'toward'"),
        ("Kupiansk", "name 'Kupiansk'; importance 0.54; near other places in the text"),
        ("Balakliia", "name 'Balakliia'; importance 0.54; 37 km from other places in the text; 37 km from a "
                      "reading of another name of the text; UA named in the text; near other places in the text"),
    ]),
    ("Police escorted the marchers from Dallas to Paris on Sunday, and Texas troopers closed the road.", [
        ("Dallas", "name 'dallas'; importance 0.71; 0 km from other places in the text; US named in the text; "
                   "in Texas, named in the text; after 'from'"),
        ("Paris", "name 'Paris'; importance 0.54; 85 km from other places in the text; US named in the text; "
                  "in Texas, named in the text; after 'to'"),
        ("Texas", "name 'Texas'; importance 0.70; 0 km from other places in the text; US named in the text; "
                  "US named elsewhere in the text"),
    ]),
]


@pytest.mark.parametrize("text, whys", PRINTED)
def test_the_printed_why_is_unchanged(gazetteer, text, whys):
    found = [(r["surface"], r["why"]) for r in find_mentions(text, gazetteer=gazetteer)]
    assert found == whys


def _ranked_mentions(text: str, gazetteer) -> list[dict]:
    """The finder's mentions of ``text`` with every reading still on them (its resolve's list)."""
    finder = _Finder(text, gazetteer)
    seen = []
    resolve = finder.resolve
    finder.resolve = lambda mentions: (seen.append(mentions), resolve(mentions))[1]
    finder.run()
    return seen[0]


def test_a_reading_that_lost_keeps_its_own_reasons(gazetteer):
    """The readings ranked below the first are joined only when read, to what they were given."""
    mentions = _ranked_mentions(PRINTED[2][0], gazetteer)
    paris = next(m for m in mentions if m["surface"] == "Paris")
    whys = [(c["country"], why_of(c)) for c in paris["cands"][:4]]
    assert whys == [
        ("US", "name 'Paris'; importance 0.54; 85 km from other places in the text; US named in the text; "
               "in Texas, named in the text"),
        ("FR", "name 'paris'; importance 0.88; 7859 km from other places in the text"),
        ("CA", "name 'Paris'; importance 0.51; 1775 km from other places in the text"),
        ("US", "name 'Paris'; importance 0.45; 332 km from other places in the text; US named in the text; "
               "a small namesake of Paris (FR) that only its country, named in the text, supports"),
    ]
    ranked = [c for m in mentions for c in m.get("cands") or () if "_why0" in c]
    assert len(ranked) > 20
    for c in ranked:
        assert why_of(c).startswith(c["_why0"])  # (the why before the ranking, then its reasons)


# -- the questions asked once

def _run_of(finder, name: str) -> list[int]:
    start = finder.text.index(name)
    return [i for i, t in enumerate(finder.toks) if start <= t.start and t.end <= start + len(name)]


@pytest.mark.parametrize("text, name, person", [
    ("Reporters heard that Jomo Kenyatta rebuilt the party after the vote.", "Jomo Kenyatta", True),
    ("Reporters heard that Rafic Hariri founded the company in the eighties.", "Rafic Hariri", True),
    ("Reporters heard that Jomo Kenyatta reopened after the storm.", "Jomo Kenyatta", False),
])
def test_the_neighbours_are_asked_once_a_name(gazetteer, monkeypatch, text, name, person):
    asked = []
    plain = persons.PersonsAndOrganisations._no_subject_by_its_neighbours
    monkeypatch.setattr(persons.PersonsAndOrganisations, "_no_subject_by_its_neighbours",
                        lambda self, run: asked.append(tuple(run)) or plain(self, run))
    finder = _Finder(text, gazetteer)
    run = _run_of(finder, name)
    asked.clear()
    assert finder._facility_short_form_as_a_person(run, [finder.toks[i] for i in run]) is person
    assert asked == [tuple(run)]
    # (asked alone, the verb's test still asks the neighbours itself)
    asked.clear()
    finder._subject_of_a_finite_verb(run)
    assert asked == [tuple(run)]

