"""read.cue_object: a cue and its place right after a verb tell where, not what moved; the cue is
matched where it stands, in any case, with the offsets of the text as written."""

from geomove.read.cue_object import cue_then_place


def test_cue_then_place_in_any_case_at_the_offsets_as_written():
    text = "They are leaving For Kidal. İİİ They left for Gao."
    place_at = {text.index("Kidal"), text.index("Gao")}
    assert cue_then_place(text, text.index("For"), lambda at: at in place_at)
    # (a text whose lower case is longer than itself, 'İ' lowered to two characters, keeps its
    # offsets: the place after the cue is found where it stands)
    assert cue_then_place(text, text.index("for Gao"), lambda at: at in place_at)
    assert not cue_then_place(text, text.index("They left"), lambda at: at in place_at)
