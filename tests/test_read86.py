"""Session 31, read86: constructions of movement reports from Europe, Asia and the Americas,
at the level of the functions that decide."""

from geomove.read import cuts


def _clause_texts(text: str) -> list[str]:
    spans, _legs = cuts._clauses(text, [(0, len(text))])
    return [text[a:b].strip(" ,.") for a, b in spans]


def test_after_a_plain_plural_of_another_flags_craft_opens_a_clause():
    text = "Taiwan sent frigates from Keelung to Penghu after Chinese ships sailed into the strait."
    assert _clause_texts(text) == ["Taiwan sent frigates from Keelung to Penghu",
                                   "Chinese ships sailed into the strait"]
    for craft in ("boats", "bombers", "planes", "aircraft", "drones", "cutters"):
        assert cuts._OTHER_FORCE_AFTER.search(f"The unit left Gao after Russian {craft} arrived"), craft
    # a participle after 'after' is the subject's own and stays in its clause
    assert cuts._OTHER_FORCE_AFTER.search("The ships left Subic after refuelling") is None
