"""read.business_seat: a business moving its seat is no movement; a force's is."""

from geomove.read.business_seat import business_moved_its_seat


def _ask(text, subject):
    at = text.index(subject) + len(subject)
    verb_end = text.index(" ", at + 1)
    return business_moved_its_seat(text, subject, verb_end, len(text))


def test_a_business_seat():
    assert _ask("The company moved its headquarters to Dubai.", "The company")
    assert _ask("The mining firm moved its head office to Abuja.", "The mining firm")


def test_a_force_or_another_object_moves():
    assert _ask("The infantry company moved its headquarters to Bakhmut.", "The infantry company") is None
    assert _ask("The 3rd company moved its headquarters to Bakhmut.", "The 3rd company") is None
    assert _ask("The company moved two platoons to Bakhmut.", "The company") is None
