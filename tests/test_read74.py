"""read74 (s27r): the constructions read by this session's modules, by their functions."""

from geomove.read.force_from_state import force_from_state_subject


def _state(text: str, name: str) -> dict:
    at = text.index(name)
    return {"start": at, "end": at + len(name), "kind": "country", "surface": name}


def test_force_from_state_subject_reads_the_force_and_its_states():
    text = "About 400 soldiers from Kenya and Uganda left Kismayo."
    states = [_state(text, "Kenya"), _state(text, "Uganda")]
    assert force_from_state_subject(text, 0, text.index("left"), states, []) == "soldiers from Kenya and Uganda"


def test_force_from_state_subject_wants_the_state_right_before_the_verb():
    # (the state names where the officials are, not whose troops moved)
    text = "Troops from Kenya and officials arrived."
    assert force_from_state_subject(text, 0, text.index("arrived"), [_state(text, "Kenya")], []) is None
    text = "Officials from Kenya arrived."
    assert force_from_state_subject(text, 0, text.index("arrived"), [_state(text, "Kenya")], []) is None


def _verb(text: str, form: str):
    import re
    return re.compile(r"(?P<verb>" + form + r")").search(text)


def test_driven_force_reads_the_object_driven_out():
    from geomove.read.driven_force import driven_actor, driven_force
    text = "Rebels pushed government soldiers out of A and into B."
    found = driven_force(text, _verb(text, "pushed"), len(text))
    assert found is not None and driven_actor(found) == "government soldiers"


def test_driven_force_wants_a_force_and_a_way_out():
    from geomove.read.driven_force import driven_force
    for text, form in (("Floods forced the closure of the road from A.", "forced"),
                       ("The war forced thousands of civilians out of A.", "forced"),
                       ("Soldiers drove 30 trucks from A to B.", "drove"),
                       ("Russia pushed more troops into B.", "pushed")):
        assert driven_force(text, _verb(text, form), len(text)) is None, text


def test_joins_a_group_at_wants_a_group_of_forces_and_a_place():
    from geomove.read.joined_at_place import joins_a_group_at
    for text, want in (("A destroyer joined them off Hokkaido.", True),
                       ("Two frigates joined the task group in the Arabian Sea.", True),
                       ("Finland joined the alliance in 2023.", False),
                       ("Officers joined talks in Nairobi.", False)):
        assert joins_a_group_at(text, _verb(text, "joined"), len(text)) is want, text


def test_attributed_then_denied_wants_a_verdict_on_the_claim():
    from geomove.read.attributed_denied import attributed_then_denied
    assert attributed_then_denied(" troops to X, officials said, a claim Baku rejected as false.")
    assert attributed_then_denied(" troops to X, according to UN experts, which Kigali denied.")
    assert attributed_then_denied(" into X on Monday, officials said, but Asmara denied it.")
    assert not attributed_then_denied(" troops to X, officials said, but Baku denied that it planned an attack.")
    assert not attributed_then_denied(" troops to X, the ministry said, a move Armenia condemned.")
