"""Session 51, read147: clause cuts session 50 left (set A). "while the remaining 300 pushed on
to B" (read.part_stayed.rest_counted), "left two platoons behind in A and drove on to B"
(read.part_stayed.origin_where_left_behind), a temporal "as" after a full clause (read.subordinate),
a day opening the sentence with no comma before a subject and its aside (read.undated_part).
Sentences of my own."""

from geomove.movements import extract
from geomove.read.part_stayed import rest_counted
from geomove.read.subordinate import subject_after_conjunction
from geomove.read.syntax import analyse
from geomove.read.undated_part import kept_part_end

PUBLISHED = "2026-12-06"


def _read(text, gazetteer):
    name = lambda p: p and (p.get("surface") or p.get("name"))  # noqa: E731
    return [(name(f["properties"]["origin"]), name(f["properties"]["destination"]), f["properties"]["what"])
            for f in extract(text, published=PUBLISHED, gazetteer=gazetteer)]


def _words(text):
    return analyse(text, 0, len(text))


def test_rest_counted_only_a_number_after_a_word_of_the_rest():
    assert rest_counted(_words("the remaining 300"))
    assert rest_counted(_words("the other 200"))
    assert not rest_counted(_words("the next 48"))  # (a word of time stays one)
    assert not rest_counted(_words("the remaining two weeks"))  # (the noun decides)
    assert not rest_counted(_words("300"))


def test_as_of_time_opens_the_subject():
    assert subject_after_conjunction("The truce held as troops ") == "troops "
    assert subject_after_conjunction("Families waved flags in Oslo as 200 soldiers ") == "200 soldiers "
    assert subject_after_conjunction("Fighting eased on Sunday as Sudanese army units ") == "Sudanese army units "


def test_as_of_a_role_or_a_comparison_keeps_the_subject():
    for subject in ("Indian soldiers who served as peacekeepers in South Sudan were ",  # (a relative's verb)
                    "Soldiers trained as medics were ",  # (a verb of a role)
                    "The militia known as the Black Eagles ",
                    "French as well as Malian troops ",
                    "As many as 300 soldiers ",
                    "Soldiers waved to their families as they "):  # (a pronoun refers back)
        assert subject_after_conjunction(subject) == subject, subject
    # (an "as" clause with a verb of its own is another clause: the verb of moving is further on)
    for subject in ("The talks went on as the besieged pocket quickly shrank, losing ground to ",
                    "Prices rose as the army said troops "):
        assert subject_after_conjunction(subject) == subject, subject
    # (an "as" of a role after another conjunction does not hide it)
    assert subject_after_conjunction("The army said it retook the town after fighters known as the Black Eagles ") \
        == "fighters known as the Black Eagles "


def test_kept_part_end_finds_the_part_in_the_text():
    text = "On Friday the battalion, which had reached Goma, moved to Sake."
    part = "On Friday the battalion"
    assert kept_part_end(text, 0, text.index("moved"), part, len(part)) == len(part)
    assert kept_part_end(text, 0, text.index("moved"), "not in the text", 5) is None
    assert kept_part_end(text, 0, 10, "   ", 3) is None


def test_left_behind_then_own_move_leaves_from_there(gazetteer):
    assert _read("The battalion left two platoons behind in Mopti and drove on to Timbuktu.", gazetteer) \
        == [("Mopti", "Timbuktu", "The battalion")]
    # (another subject after the "and": no origin of theirs)
    assert _read("The French battalion left two platoons behind in Mopti, and Malian troops moved to Timbuktu.", gazetteer) \
        == [(None, "Timbuktu", "Malian troops")]
    # (an origin of its own is kept)
    assert [r[:2] for r in _read("The battalion left two platoons behind in Mopti and flew from Sevare to Bamako.", gazetteer)] \
        == [("Sevare", "Bamako")]
