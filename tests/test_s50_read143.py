"""read143's readers on their own: the subject shared across "and" / ", then"
(read.shared_subject.subject_end). Sentences of my own."""

from geomove.read.shared_subject import _HEAD, subject_end


def _end(text: str, verb: str) -> int:
    return subject_end(text, 0, _HEAD.match(text, text.index(verb)))


def test_then_verb_ends_the_subject_at_the_first_verb():
    text = "HMS Tyne shadowed the Russian corvette Boikiy through the Strait of Dover, then returned to Portsmouth."
    assert _end(text, "returned") == text.index("shadowed")
    text = "The Dutch frigate Tromp followed the destroyer Kulakov and then sailed back to Den Helder."
    assert _end(text, "sailed") == text.index("followed")


def test_a_verb_with_its_own_subject_keeps_it():
    text = "HMS Tyne shadowed the corvette Boikiy as it sailed to Baltiysk."
    assert _end(text, "sailed") == text.index("sailed")


def test_a_passive_first_verb_keeps_its_agent():
    # (who brought is the agent after "by": the subject is not cut before "arrested")
    text = "The suspect was arrested by the Kinshasa police and brought to Matadi."
    assert _end(text, "brought") == text.index("brought")


# read.relative_leg: the pieces asked of the text alone

from geomove.read.relative_leg import _ANTECEDENT_WHO, _NO_SUBJECT, day_opening_antecedent  # noqa: E402


def test_relative_opening_with_and_without_an_opening_phrase():
    text = "Senegalese troops, who were flown to Bamako on 3 March, drove to Mopti."
    assert _ANTECEDENT_WHO.fullmatch(text, 0, text.index("flown"))
    text = "On Friday, the battalion, which had reached Goma, was sent on to Sake."
    assert _ANTECEDENT_WHO.fullmatch(text, 0, text.index("reached"))
    # (a main clause's own verb, no relative: nothing)
    text = "Senegalese troops were flown to Bamako on 3 March."
    assert _ANTECEDENT_WHO.fullmatch(text, 0, text.index("flown")) is None


def test_main_clause_with_a_subject_of_its_own_is_no_main_after_the_relative():
    assert _NO_SUBJECT.fullmatch(" were later ")
    assert _NO_SUBJECT.fullmatch(" the trucks ") is None


class _Day:
    def __init__(self, start, end):
        self.start, self.end = start, end


def test_only_a_day_that_opens_the_sentence():
    text = "On Friday, the battalion"
    friday = _Day(3, 9)
    assert day_opening_antecedent(text, [friday], 0, len(text)) is friday
    text = "The battalion of Friday"
    assert day_opening_antecedent(text, [_Day(17, 23)], 0, len(text)) is None


# lexicon._ANAPHOR_SUBJECT: the plain plurals of a force refer back as "the soldiers" does

from geomove.read.lexicon import _ANAPHOR_SUBJECT  # noqa: E402


def test_the_gendarmes_refer_back():
    for subject in ("The gendarmes ", "The reservists ", "the servicemen "):
        assert _ANAPHOR_SUBJECT.match(subject), subject
    # (a name in capitals is a force told for the first time)
    assert _ANAPHOR_SUBJECT.match("The National Gendarmerie ") is None
