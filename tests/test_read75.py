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


def test_handed_town_words():
    import re
    from geomove.read.handed_town import handed_over_on_withdrawal

    def probe(text: str, place: str, verb: str) -> bool:
        at = text.index(place)
        main = re.compile(r"(?P<verb>" + verb + r")").search(text)
        return handed_over_on_withdrawal(text, {"start": at, "end": at + len(place)}, main)

    assert probe("The unit withdrew at dawn, handing Tarkwa over to the police.", "Tarkwa", "withdrew")
    assert probe("The unit pulled back at dawn and handed over Tarkwa to the police.", "Tarkwa", "pulled")
    # "pulled" with no particle of withdrawal, and an arrival: no withdrawal
    assert not probe("The unit pulled ahead at dawn, handing Tarkwa over to the police.", "Tarkwa", "pulled")
    assert not probe("The unit arrived at dawn, handing Tarkwa over to the police.", "Tarkwa", "arrived")
    # no "to" after the place
    assert not probe("The unit withdrew at dawn, handing Tarkwa a defeat.", "Tarkwa", "withdrew")
