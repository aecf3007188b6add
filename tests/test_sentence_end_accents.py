"""A full stop after a name whose last letters follow an accented one ("Culiacán.", "Medellín.",
"Asunción.") ends the sentence: the splitter's test for an initial read ASCII letters only, so
"n" alone looked like "J." of "J. Smith". The sentences are our own."""

import pytest

from geomove.textutil import sentence_spans


def _sentences(text):
    return [text[a:b] for a, b in sentence_spans(text)]


@pytest.mark.parametrize("name", ["Culiacán", "Medellín", "Asunción", "Mazatlán", "León", "Tucumán"])
def test_a_name_with_an_accent_before_its_last_letter_ends_a_sentence(name):
    assert _sentences(f"Troops were flown to {name}. They arrived on Friday.") == [
        f"Troops were flown to {name}.", "They arrived on Friday."]


@pytest.mark.parametrize("text", ["Gen. Smith arrived in Goma.", "J. Smith arrived in Goma.", "U.S. forces arrived in Goma.",
                                  "Lt. Col. Diallo arrived in Gao."])
def test_abbreviations_and_initials_still_end_no_sentence(text):
    assert _sentences(text) == [text]
