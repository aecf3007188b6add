"""What is not a movement, or not its end (task read20): the place of a purpose clause that is
the purpose's target ("sent troops to secure the airport in X"), officials whose title names a
force, things that are no force, habitual telling -- each on sentences of our own, beside a twin
of the same shape that must still be read. The golden lines are in tests/golden/movements.jsonl
(ids r20-*)."""

import pytest

from reading import ends, found


def _found(gazetteer, text):
    return found(gazetteer, text, published="2026-11-20")


# --- a purpose clause's place: target or locus ---------------------------------------------
# Decision (lexicon.json purpose_target): when the purpose clause holds the only place and that
# place is where the force is meant to fight or to take a site, it is no end, and with no end
# there is no movement (GUIDELINES: one end is enough; anything inside a purpose clause is not a
# place reached). When the purpose is to be there (keep order, reinforce security, guard, join a
# garrison) after a verb that places a force, the place stays where they were put: the gold of
# a real report reads "deployed armoured vehicles to reinforce security in X" as a move to X.

@pytest.mark.parametrize("text, place", [
    ("The Congolese army sent two battalions to secure the airport in Bunia on Monday.", "Bunia"),
    ("The army airlifted commandos to retake the airport in Gao.", "Gao"),
    ("Ethiopia deployed troops to combat al-Shabaab in the Gedo region.", "Gedo"),
    ("The army rushed reinforcements to secure the bridge at Sake on Monday.", "Sake"),
])
def test_purpose_target_is_no_end(gazetteer, text, place):
    props, why = _found(gazetteer, text)
    assert props == [], (ends(props), why)
    assert any(f"{place} is the target of a purpose" in w for w in why), why


@pytest.mark.parametrize("text, want", [
    # the destination told before the purpose
    ("The Congolese army sent two battalions to Bunia to secure the airport on Monday.", [(None, "Bunia")]),
    ("Nigeria sent troops to Maiduguri to fight Boko Haram in Borno.", [(None, "Maiduguri")]),
    # a purpose of being there, after a verb that places a force
    ("Somalia deployed troops to guard the port at Kismayo.", [(None, "Kismayo")]),
    ("Mali dispatched soldiers to secure the vote in Timbuktu.", [(None, "Timbuktu")]),
    ("Colombia sent 500 soldiers to take up positions in Tumaco.", [(None, "Tumaco")]),
    ("Kenya sent troops to reinforce the garrison in Mandera.", [(None, "Mandera")]),
    # the origin stays when the purpose's place goes
    ("Ukraine sent two brigades from Kharkiv to retake the villages in the Kupiansk district.", [("Kharkiv", None)]),
])
def test_purpose_twins_keep_their_ends(gazetteer, text, want):
    props, why = _found(gazetteer, text)
    assert ends(props) == want, (ends(props), why)
