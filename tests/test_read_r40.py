"""read40's own reports (tests/fixtures/unseen40/) about non-state armed groups: initials
defined once and used after, then "the group", "its fighters", "the militants", "they";
motorbike columns in the Sahel; a cartel's armed convoy in Mexico; gangs in Haiti; al-Shabaab;
ISWAP around Lake Chad; the ELN on the Venezuelan border; "fighters loyal to X". Each report
must give its hand-counted movements (gold.json, checked by tests/handcounts.py), every actor
the group, resolved across sentences; the ones it still gets wrong carry a 'gap' that says why.
And the constructions read40 fixed, on sentences of our own (more in
tests/golden/movements.jsonl, ids r40-*)."""

import pytest

from geomove.read.armed_groups import group_referred_back, group_subject, refers_to_no_group, without_patron


# --- a group named by its members, its initials or loyalty (read.armed_groups)

@pytest.mark.parametrize("subject, group", [
    ("Fighters of the Coalition of Patriots for Change (CPC), a rebel alliance, ", "CPC"),
    ("Gunmen of the Grand Ravine gang ", "Grand Ravine"),
    ("A convoy of 30 trucks carrying gunmen of the Gulf Cartel (CDG) ", "CDG"),
    ("Movement for the Salvation of Azawad (MSA) fighters ", "MSA"),
    ("Fighters loyal to Khalifa Haftar ", "fighters loyal to Khalifa Haftar"),
    ("Other brigades loyal to the Sirte government ", "other brigades loyal to the Sirte government"),
    # a state's institution is no group
    ("Soldiers of the Central African Armed Forces (FACA) ", None),
    ("Officers of the Kenya Defence Forces (KDF) ", None),
    ("Soldiers of the 3rd Brigade ", None),
    ("Ugandan soldiers ", None),
])
def test_group_subject(subject, group):
    text = subject + "moved."
    assert group_subject(text, 0, len(subject)) == group


@pytest.mark.parametrize("before, subject, group", [
    ("The Darfur Liberation Front (DLF) left Babanusa. ", "Its fighters then ", "DLF"),
    ("The Darfur Liberation Front (DLF) left Babanusa. The army arrived. ", "The paramilitaries ", "DLF"),
    # "they" and "its fighters" only after the group told last
    ("The Darfur Liberation Front (DLF) left Babanusa. The Sudanese Army arrived. ", "They ", None),
    ("Al-Shabaab left Jilib. On Monday the group's fighters attacked a base. ", "Residents said they then ", "Al-Shabaab"),
    # told further back than the sentence before
    ("The RSF (RSF) left Bara. It rained. It rained again. ", "They ", None),
    # a possessive names no group: "al-Qaeda's branch" is JNIM's apposition
    ("Fighters of Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al-Qaeda's branch, left. ", "The militants ", "JNIM"),
    # no group named before: the members' own word
    ("Malian soldiers left Gao. ", "The jihadists ", "jihadists"),
    ("Malian soldiers left Gao. ", "The soldiers ", None),
])
def test_group_referred_back(before, subject, group):
    text = before + subject + "moved."
    assert group_referred_back(text, len(before), len(before) + len(subject)) == group


def test_a_members_word_with_no_group_refers_to_no_force():
    text = "Malian soldiers left Gao. The militants arrived."
    s = text.index("The militants")
    assert refers_to_no_group(text, s, s + len("The militants "))
    text = "JNIM left Boni. The militants arrived."
    s = text.index("The militants")
    assert not refers_to_no_group(text, s, s + len("The militants "))


def test_the_patron_is_no_word_of_who_moved():
    assert without_patron("column loyal to the deposed governor") == "column"
    assert without_patron("Ugandan soldiers") == "Ugandan soldiers"
