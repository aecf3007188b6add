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
