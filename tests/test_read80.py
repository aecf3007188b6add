"""Helper read80's fixes to the reading wing (clause roles: origin, via, destination), at the
level of the functions that decide (the golden lines s29-read80-* show them on whole sentences)."""

from geomove.read.fell_back import going_back_joins


def _joined(text: str) -> list[str]:
    return [text[b:b + 12] for _a, b in going_back_joins(text, 0, len(text))]


def test_a_verb_of_going_back_after_a_place_reached_is_a_next_leg():
    for text in ("Units advanced to Tokmak before falling back to Robotyne.",
                 "Units advanced as far as the outskirts of Tokmak before falling back to Robotyne.",
                 "Units pushed into Kindu and then pulled back to Kasongo.",
                 "The battalion moved to Gao before being withdrawn to Bourem."):
        assert len(_joined(text)) == 1, text


def test_no_next_leg_for_a_verb_going_on_or_with_no_place_reached():
    for text in ("Rebels pushed into Kindu before heading to Kasongo.",      # goes on: one route
                 "Rebels came under fire before falling back to Kasongo.",  # reached no place
                 "The convoy turned back at the Rafah crossing and returned to El Arish."):
        assert _joined(text) == [], text


def _relative_verb(text: str, verb: str):
    from geomove.read.lexicon import _TRIGGER_RE
    return _TRIGGER_RE.match(text, text.index(verb))


def test_a_relative_clause_with_a_route_to_a_named_end_tells_an_arrival():
    from geomove.read.arrived_then_moved import relative_arrival
    for text, verb in (("The column that drove from Gao to Tessalit last month returned to Gao.", "drove"),
                       ("The brigade that moved from Zaporizhzhia region to Kurakhove has pushed on.", "moved"),
                       ("Soldiers who were evacuated to Chad after fleeing have returned.", "evacuated")):
        assert relative_arrival(text, _relative_verb(text, verb)), text


def test_a_relative_clause_of_leaving_or_with_no_end_tells_no_arrival():
    from geomove.read.arrived_then_moved import relative_arrival
    for text, verb in (("Soldiers who travelled from Kismayo on Monday moved to Dolo Ado.", "travelled"),
                       ("The unit that withdrew to Gao last week moved on.", "withdrew")):
        assert not relative_arrival(text, _relative_verb(text, verb)), text


def test_a_passive_of_sighting_before_the_main_verb_leaves_the_aside_its_subject():
    from geomove.read.clauses import _AUXILIARIES_OR_SIGHTING
    for words in (" were seen ", " was spotted ", " have been seen ", " were later filmed "):
        assert _AUXILIARIES_OR_SIGHTING.fullmatch(words), words
    for words in (" residents saw ", " the army said ", " seen by residents "):
        assert not _AUXILIARIES_OR_SIGHTING.fullmatch(words), words


def test_a_name_with_a_lower_case_particle_ends_before_a_relative_join():
    from geomove.read.cuts import _NAME_BEFORE
    for text in ("moved to Deir ez-Zor", "moved to Ras al-Ain", "moved to Gao"):
        assert _NAME_BEFORE.search(text), text
    for text in ("moved to the front", "moved to al-jazeera-style coverage"):
        assert not _NAME_BEFORE.search(text), text


def _verb(text: str, word: str):
    from geomove.read.lexicon import _TRIGGER_RE
    return _TRIGGER_RE.match(text, text.index(word))


def test_a_past_participle_of_leaving_that_opens_the_sentence_is_no_finite_verb():
    from geomove.read.fronted_participle import opens_with_participle
    for text, first, then in (("Pulled from the X front, the brigade has been sent to Y.", "Pulled", "sent"),
                              ("Withdrawn from Bakhmut, the 65th Brigade was sent to Pokrovsk.", "Withdrawn", "sent"),
                              ("Sent from Mogadishu on Monday, two battalions reached Baidoa.", "Sent", "reached")):
        assert opens_with_participle(text, 0, _verb(text, first), text.index(then)), text


def test_no_fronted_participle_of_presence_telegraphic_verb_or_mid_sentence():
    from geomove.read.fronted_participle import opens_with_participle
    for text, first, then in (("Deployed to Kismayo in 2019, the battalion left for Nairobi.", "Deployed", "left"),
                              ("Moved 300 troops from Gao to Kidal and sent 50 more.", "Moved", "sent"),
                              ("Troops withdrawn from Bakhmut, officials said, were sent to Pokrovsk.", "withdrawn", "sent")):
        assert not opens_with_participle(text, 0, _verb(text, first), text.index(then)), text


def test_a_time_in_a_restrictive_relative_clause_of_the_subject():
    from geomove.read.subject_relative_time import in_subject_relative
    text = "A unit that had seized Paletwa last year moved north to Kyauktaw."
    assert in_subject_relative(text, 0, text.index("last year"), text.index("moved north"))
    for text, time, verb in (("Officials said that last year troops moved to Gao.", "last year", "moved"),
                             ("The army informs the public that on 9 March troops moved to Gao.", "on 9 March", "moved"),
                             ("The deployment, which began on Monday, brought 300 troops to Gao.", "on Monday", "brought")):
        assert not in_subject_relative(text, 0, text.index(time), text.index(verb)), text


def test_a_name_that_opens_with_a_lower_case_article_after_a_cue():
    from geomove.read.cuts import _FROM_NAME, _TO_NAME
    from geomove.read.lexicon import _DIRECTION_AFTER
    assert _FROM_NAME.search("moved tanks from al-Asad to Haditha")
    assert _TO_NAME.search("sent to ad-Damazin")
    assert _DIRECTION_AFTER.match(" out of al-Bayda towards Marib")
    assert not _FROM_NAME.search("moved from a-to-b positions")  # (no capital after the hyphen)
    assert not _DIRECTION_AFTER.match(" out of al-qaeda's reach")


def test_and_back_before_the_cue_of_a_second_end():
    from geomove.read.back_leg import went_back_before
    for text in ("moved from Timbuktu to Goundam and back to Timbuktu", "drove to Ansongo and then back to Bourem",
                 "flew to Goma, and later flew back to Kinshasa"):
        assert went_back_before(text, 0, text.rindex(" to ") + 1), text
    for text in ("sent troops to Gao and Kidal", "drove to Ansongo and then on to Menaka", "pushed them back to Gao"):
        assert not went_back_before(text, 0, text.rindex(" to ") + 1), text


def test_where_the_force_now_is_after_an_aside_or_a_verb_of_rest():
    from geomove.read.lexicon import _CUE_RE
    for window in (", is now in ", " and is now resting ", " and is now based ", ", now in "):
        assert any(m.end() >= len(window.rstrip()) for m in _CUE_RE.finditer(window)), window


def test_an_aside_of_presence_at_the_place_left_before_the_end():
    from geomove.read.place_relative_aside import presence_aside_of_place_left
    text = "Wagner fighters withdrew from Kidal, where they had been deployed since November, to Gao on Tuesday."
    assert presence_aside_of_place_left(text, text.index(", where"), 0, len(text))
    for text in ("Troops moved out of Kidal, where they had been deployed since May.",          # no end after it
                 "Troops withdrew from Kidal, where a second battalion arrived from Gao, to Anefis.",  # another force's move
                 "Troops withdrew from Kidal, where they had been deployed, and moved on Monday."):
        assert not presence_aside_of_place_left(text, text.index(", where"), 0, len(text)), text


def test_from_which_opens_a_relative_clause_after_a_place():
    from geomove.read.cuts import _RELATIVE_JOIN
    assert _RELATIVE_JOIN.match(", from which Eritrean forces withdrew")
    assert _RELATIVE_JOIN.match(", from where they were driven")
    assert not _RELATIVE_JOIN.match(", from whom they heard")


def test_a_relative_departure_told_with_where_it_was_bound():
    from geomove.read.arrived_then_moved import relative_arrival
    for text in ("The column that left Gao for Tessalit last month returned to Gao.",
                 "Troops that departed from Gao for Tessalit on Monday moved on to Kidal."):
        verb = "left" if "left" in text else "departed"
        assert relative_arrival(text, _relative_verb(text, verb)), text
    text = "Soldiers who left Kismayo on Monday moved to Dolo Ado."
    assert not relative_arrival(text, _relative_verb(text, "left"))
