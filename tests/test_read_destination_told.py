"""A group's destination told as a statement after its route ("the destination of these
soldiers is X", "their next stop was X"): where the movement went, one movement per place
listed. Sentences of our own."""

import pytest

from geomove.movements import extract


def _ends(text):
    return [((f["properties"]["origin"] or {}).get("name"), (f["properties"]["destination"] or {}).get("name"))
            for f in extract(text, published="2024-03-20")]


@pytest.mark.parametrize("text", [
    "On Tuesday, trucks carrying 40 soldiers departed from Gisenyi. Their destination was Kigali.",
    "On Tuesday, trucks carrying 40 soldiers left Gisenyi. Their next stop was Kigali.",
    "The convoy left Gisenyi on Tuesday. Officials said its final destination was Kigali.",
    "The convoy left Gisenyi on Tuesday. The convoy's destination was Kigali, where it joined other units.",
    "The convoy left Gisenyi on Tuesday with Kigali as its final destination.",
])
def test_a_stated_destination_is_where_it_went(gazetteer, text):
    assert _ends(text) == [("Gisenyi", "Kigali")]


def test_a_listed_destination_is_one_movement_per_place(gazetteer):
    found = _ends("On Tuesday, a Rwandan company crossed from Gisenyi into Congo. A local official said the "
                  "destination of these soldiers is the city of Goma, its largest city, and the town of "
                  "Bukavu in South Kivu.")
    assert found == [("Gisenyi", "Goma"), ("Gisenyi", "Bukavu")]  # one movement per member of the list


def test_a_stated_destination_replaces_a_direction_and_keeps_it_on_the_way(gazetteer):
    f = extract("A column of 12 trucks left Kigali on Monday heading to Musanze. The destination of the column "
                "was Gisenyi.", published="2024-03-20")
    assert len(f) == 1
    p = f[0]["properties"]
    assert p["destination"]["name"] == "Gisenyi"
    assert [v["name"] for v in p["via"]] == ["Musanze"]


@pytest.mark.parametrize("text", [
    "On Tuesday, trucks carrying 40 soldiers departed from Gisenyi. Their next stop would be Kigali.",
    "The convoy left Gisenyi on Tuesday. Officials said its destination is expected to be Kigali.",
    "The convoy left Gisenyi on Tuesday. Kigali is a popular destination for tourists.",
    "The convoy left Gisenyi on Tuesday. The destination of many refugees was Kigali.",
    "The convoy left Gisenyi on Tuesday. Its destination was not Kigali.",
    "The convoy left Gisenyi on Tuesday, possibly with Kigali as its destination.",
    "The convoy left Gisenyi on Tuesday. Its destination was probably Kigali.",
])
def test_no_stated_destination(gazetteer, text):
    assert _ends(text) == [("Gisenyi", None)]


def test_a_finer_destination_already_read_is_kept(gazetteer):
    found = _ends("Two planes carrying 80 soldiers left Entebbe for Kigali International Airport on Monday. "
                  "Their destination was Kigali.")
    assert len(found) == 1 and found[0][1] != "Kigali"


# (the pass searches only sentences within DESTINATION_TOLD_SENTENCES of a reported movement's
# sentences, a statement it read counting as one: these pin the reach it had when it searched all)
_FILLER = " It rained all day. Shops stayed open. Nobody spoke to reporters."


@pytest.mark.parametrize("fillers, stated", [(0, "Kigali"), (2, "Kigali"), (3, None)])
def test_a_statement_reaches_a_few_sentences_after_the_route(gazetteer, fillers, stated):
    filler = "".join(_FILLER.split(".")[k % 3] + "." for k in range(fillers))
    text = "The convoy left Gisenyi on Tuesday." + filler + " Its final destination was Kigali."
    assert _ends(text) == [("Gisenyi", stated)]


def test_a_statement_carries_the_reach_on(gazetteer):
    # the second statement is four sentences after the route but two after the first statement
    text = ("The convoy left Gisenyi on Tuesday. It rained all day. Its next stop was Musanze. "
            "Shops stayed open. Its final destination was Kigali.")
    assert _ends(text) == [("Gisenyi", "Kigali")]
