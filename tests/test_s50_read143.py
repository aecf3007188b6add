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
