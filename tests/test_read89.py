"""Session 33, read89: the people of a force by their service are one list (lexicon.json
force_kinds service_people), read alike by the count, the subject and the actor readers."""

import re

from geomove.read import force_kinds, lexicon


def test_service_people_one_list_read_by_every_pattern():
    words = lexicon.FORCE_KINDS["service_people"]
    assert "carabinieri" in words and "militiamen" not in words  # (militiamen are irregular)
    for word in words:
        assert force_kinds.force_kind(f"Italian {word}") == "regular", word
        assert lexicon._MOVER.search(f"Some {word} crossed"), word
        assert lexicon._PEOPLE.fullmatch(word), word
        assert re.search(r"\b(?:" + lexicon._FORCE_NOUN + r")\b", f"the {word} arrived"), word
        counted = lexicon._COUNT_RE.search(f"About 80 {word} flew to Pristina")
        assert counted and counted.group("unit").lower() == word, word


def test_cargo_vessels_are_no_force():
    assert lexicon._CIVILIAN_VEHICLES.search("two cargo vessels left Haiphong")
    assert lexicon._CIVILIAN_VEHICLES.search("Chinese coast guard vessels entered") is None
