"""Helper read79's fixes to the reading wing, at the level of the functions that decide (the
golden lines s28b-* show them on whole sentences)."""

from geomove.read.goal_antecedent import has_a_subject_of_its_own


def test_subordinate_clause_with_its_own_subject():
    text = "Police arrived in Gondar from Bahir Dar on Monday, a day after Fano fighters pulled out of the city."
    assert has_a_subject_of_its_own(text, text.index("Bahir Dar") + 9, text.index("out of the city"))


def test_no_subject_of_its_own_participle_or_pronoun():
    for text in ("Police arrived in Gondar from Bahir Dar on Monday, a day after leaving the city.",
                 "Police arrived in Gondar from Bahir Dar on Monday, a day after they pulled out of the city.",
                 "Police arrived in Gondar from Bahir Dar on Monday and left the city."):
        assert not has_a_subject_of_its_own(text, text.index("Bahir Dar") + 9, text.index("the city"))


class _Frag:
    def __init__(self, text, verb):
        self.trigger, self.trigger_start = verb, text.index(verb)


def test_particle_in_bare_or_before_what_was_sent():
    from geomove.read.in_particle_place import particle_in
    for text, verb in (("The army took over the stadium, sending in 1,200 soldiers.", "sending"),
                       ("Government forces moved in with armoured vehicles.", "moved"),
                       ("Tanks rolled in.", "rolled")):
        assert particle_in(text, _Frag(text, verb))


def test_particle_in_not_before_a_place_or_a_time():
    from geomove.read.in_particle_place import particle_in
    for text, verb in (("Troops moved in Kidal.", "moved"), ("Troops were sent in March.", "sent"),
                       ("The unit moved in 2024.", "moved")):
        assert not particle_in(text, _Frag(text, verb))


def test_definite_subject_of_the_same_kind_may_be_the_arrivals_force():
    text = "Police arrived in Gondar from Bahir Dar on Monday, a day after the officers left the city."
    assert not has_a_subject_of_its_own(text, text.index("Bahir Dar") + 9, text.index("the city"), "Police arrived in ")
    text = "Police arrived in Gondar from Bahir Dar on Monday, a day after the rebels left the city."
    assert has_a_subject_of_its_own(text, text.index("Bahir Dar") + 9, text.index("the city"), "Police arrived in ")


def test_particle_in_object_must_name_a_force():
    from geomove.read.in_particle_place import particle_in
    text = "Police raided a house in Kano on Monday, bringing in 12 suspects."
    assert not particle_in(text, _Frag(text, "bringing"))
    text = "The army surrounded the town of Gao, sending in two more infantry battalions."
    assert particle_in(text, _Frag(text, "sending"))
