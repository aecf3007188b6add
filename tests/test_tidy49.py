"""Session 31's review debts of the reading wing (tidy49): twin word lists made one, a
substitution chain written once, a case-blind search kept linear, and the splitter's reference."""

import pytest

from geomove.read import clauses
from geomove.read.lexicon import _DATA


@pytest.mark.parametrize("word", _DATA["auxiliaries_before_the_verb"]["words"])
def test_each_word_of_the_verb_is_read_alike_by_the_list_end_and_the_aside_part(word):
    # one list (lexicon.json auxiliaries_before_the_verb): the end of a list of countries before
    # the verb and a subject's part that holds only the verb's words know the same words
    assert clauses._TRAILING_AUXILIARIES.search(f"Ghana and Uruguay {word} ")
    assert clauses._AUXILIARY_PART.fullmatch(f" {word} ")


def test_one_chain_blanks_what_dates_another_time():
    from geomove.read.status import without_asides_of_other_times
    # an aside, a participle of presence and a closing relative clause each date something else
    for sentence in ("Troops, who had been in Gao since 2022, moved to Kidal.",
                     "Officers, stationed in Gao since 2022, moved to Kidal.",
                     "Troops moved to Kidal, where they had been fighting since 2022."):
        assert "2022" not in without_asides_of_other_times(sentence, " "), sentence
    # the aside may be kept by a function of its match (past_year keeps the one holding the verb)
    kept = without_asides_of_other_times("Troops, who had left Gao in 2023, returned.", lambda m: m.group(0))
    assert "2023" in kept


def test_the_passive_of_relief_is_found_in_any_case():
    from geomove.read.replaced_from import _REPLACED_WORD
    text = "Kenyan troops left Kismayo and were REPLACED by units; Replaced ... replaced"
    assert [m.start() for m in _REPLACED_WORD.finditer(text)] == [text.index("REPLACED"), text.index("Replaced"),
                                                                   text.rindex("replaced")]


def test_the_day_of_saying_is_asked_only_for_a_date_counted_from_publication(monkeypatch):
    from geomove.movements import extract
    asked = []
    real = clauses.speech_day
    monkeypatch.setattr(clauses, "speech_day", lambda *args: asked.append(args[2]) or real(*args))
    # a day of its own: nothing counts from the day of saying (it was looked for all the same)
    found = extract("Malian troops moved from Gao to Kidal on Monday.", published="2026-03-10")
    assert [f["properties"]["start"] for f in found] == ["2026-03-09"] and asked == []
    # "overnight" counts from the day it was said on: asked, and the same answer as before
    found = extract("The ministry said on Thursday that a column had crossed from Gao into Kidal overnight.",
                    published="2026-03-10")
    assert [f["properties"]["start"] for f in found] == ["2026-03-04"] and asked
    # a clause with no date and no span ("two days later", "the previous day") asks nothing either
    asked.clear()
    found = extract("Malian troops moved from Gao to Kidal.", published="2026-03-10")
    assert [f["properties"]["start"] for f in found] == [None] and asked == []
    # ... and a span counted from the day of saying still is
    found = extract("The ministry said on Thursday that troops had moved from Gao to Kidal the previous day.",
                    published="2026-03-10")
    assert [f["properties"]["start"] for f in found] == ["2026-03-04"] and asked


@pytest.mark.parametrize("word", _DATA["sighting_participles"]["words"])
def test_each_participle_of_perceiving_is_read_alike_by_the_sighting_and_could_be_seen(word):
    from geomove.read.could_be_seen import SEEN_BEFORE
    assert SEEN_BEFORE.search(f"Troops could be {word} ")
    assert clauses._SIGHTED_AFTER_SUBJECT.search(f"Troops were {word} heading north")


def test_a_structure_named_after_a_camp_stands_in_the_camp(gazetteer):
    from geomove.mentions import find_mentions
    text = "Jordanian police officers deployed to the Zaatari Stadium on Monday."
    found = [m for m in find_mentions(text, gazetteer=gazetteer) if m["role"] == "place"]
    assert [(m["surface"], m.get("kind")) for m in found] == [("Zaatari", "camp")]
