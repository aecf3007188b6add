"""read.called_a_city: "the city" prefers the place the report called a city."""

from geomove.read.called_a_city import called_a_city, city_called_before

TEXT = "Police units reached the city of Kano. Some officers went on to Wudil. They left the city."


def _m(name):
    at = TEXT.index(name)
    return {"start": at, "end": at + len(name), "surface": name, "kind": "city"}


def test_called_a_city_before_or_after_its_name():
    assert called_a_city(TEXT, _m("Kano"))
    assert not called_a_city(TEXT, _m("Wudil"))
    text = "Troops entered Kherson city."
    assert called_a_city(text, {"start": 15, "end": 22})


def test_the_city_called_earlier_wins_over_the_town_told_last():
    kano, wudil = _m("Kano"), _m("Wudil")
    before = TEXT.index("the city.")
    assert city_called_before(TEXT, wudil, [kano, wudil], {"city", "town"}, (), before) is kano
    assert city_called_before(TEXT, kano, [kano], {"city", "town"}, (), before) is None


def test_too_far_back_is_no_antecedent():
    text = "Police units reached the city of Kano. " + "Nothing moved. " * 40 + "Some went on to Wudil. They left the city."
    kano = {"start": text.index("Kano"), "end": text.index("Kano") + 4, "kind": "city"}
    wudil = {"start": text.index("Wudil"), "end": text.index("Wudil") + 5, "kind": "town"}
    assert city_called_before(text, wudil, [kano, wudil], {"city", "town"}, (), text.index("the city.")) is None
