"""read75: the passive of being made to move, and a force's own body telling a bare count."""

from geomove.read.hypothetical import without_modal_words
from geomove.read.own_count_told import body_tells_own_count


def test_forced_passive_is_not_what_moved():
    assert without_modal_words("Border guards were forced") == "Border guards"
    assert without_modal_words("The battalion has been compelled") == "The battalion"
    assert without_modal_words("Border guards") == "Border guards"


def _told(text: str, name: str, verb: str) -> bool:
    end = text.index(name) + len(name)
    return body_tells_own_count(text, name, end, text.index(verb))


def test_body_tells_own_count():
    text = "Chile's Southern Fleet said two corvettes left Talcahuano."
    assert _told(text, "Chile's Southern Fleet", "left")
    # an owner named in the count: another's ships
    assert not _told("Chile's Southern Fleet said two Peruvian corvettes left Talcahuano.", "Chile's Southern Fleet", "left")
    # no force's body: a speaker only
    assert not _told("The harbour office said two corvettes left Talcahuano.", "The harbour office", "left")
