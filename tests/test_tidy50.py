"""Session 32's review of the reading wing's word lists (tidy50): one list where several
modules read the same words, so a word added is read alike by each."""

from geomove.read import cuts, lexicon, reduced_relative, with_absolute


def test_sent_participles_one_list():
    # lexicon.json sent_participles is the only list of the participles of sending a force
    words = set(lexicon.SENT_PARTICIPLES)
    assert "driven" in words and "bussed" in words and "ferried" in words
    assert with_absolute._SENT_PARTICIPLES == words
    assert set(cuts._RELIEF_PARTICIPLES) == words
    assert reduced_relative._SENT_FORMS == words
    from geomove.read import clauses, participle_after_event
    for word in words:  # (read.participle_after_event and clauses._AFTER_BEING_MOVED read it too)
        assert participle_after_event._SUBJECT_THEN_PARTICIPLE.match(f"Troops {word} to Gao "), word
        assert clauses._AFTER_BEING_MOVED.search(f"left Gao, having been {word} from Kidal"), word


def test_every_sent_participle_is_a_participle_of_the_reduced_relative():
    for word in lexicon.SENT_PARTICIPLES:
        assert reduced_relative._PARTICIPLE.fullmatch(word), word


def test_no_sent_participle_is_read_again_as_a_verb_of_manner():
    # ("soldiers airlifted into X": the trigger lexicon's verb, not one of manner with no actor)
    for word in lexicon.SENT_PARTICIPLES:
        assert lexicon._MANNER_OF_MOTION.search(f"troops {word} into Tapa") is None, word
    assert lexicon._MANNER_OF_MOTION.search("troops marched into Tapa") is not None


def test_force_kind_nouns_one_list():
    # lexicon.json force_kinds is read by read.force_kinds and by cuts._OTHER_FORCE_AFTER alike
    from geomove.read import force_kinds
    kinds = lexicon.FORCE_KINDS
    assert force_kinds._REGULAR == {*kinds["regular"], *kinds["service_people"]} and force_kinds._IRREGULAR == set(kinds["irregular"])
    for noun in [*kinds["regular"], *kinds["service_people"], *kinds["irregular"], *kinds["irregular_pairs"]]:
        assert cuts._OTHER_FORCE_AFTER.search(f"The unit left Gao after Russian {noun} arrived"), noun
    assert force_kinds.force_kind("Commandos") == "regular" and force_kinds.force_kind("Attackers") == "irregular"


def test_other_force_after_reads_the_force_nouns_of_the_lexicon():
    for noun in ("reinforcements", "personnel", "sailors", "military", "navy", "platoons", "coast guards"):
        assert cuts._OTHER_FORCE_AFTER.search(f"The unit left Gao after Russian {noun} arrived"), noun
    assert cuts._OTHER_FORCE_AFTER.search("The unit left Gao after leaving Ansongo") is None


def test_replaced_from_reads_the_sent_participles():
    from geomove.read import replaced_from
    for word in lexicon.SENT_PARTICIPLES:
        assert replaced_from._REPLACED_BY.search(f"and was replaced by Somali troops {word} from Baidoa"), word
    # (read.among_inverted's fronted participles are the reduced relative's forms)
    from geomove.read import among_inverted
    assert among_inverted._FRONTED_PARTICIPLE.pattern == lexicon.PAST_PARTICIPLE
