"""One check for the tests that compare a pattern kept with extra search information (its
first-character set, ASCII lowering) with re.compile's: on ``text``, the two find, search from
every 7th offset and up to it, and substitute the same (and split the same, where asked)."""


def assert_finds_the_same(faster, plain, text: str, split: bool = False) -> None:
    assert [m.span() for m in faster.finditer(text)] == [m.span() for m in plain.finditer(text)], plain.pattern
    for pos in range(0, len(text) + 1, 7):
        a, b = faster.search(text, pos), plain.search(text, pos)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), plain.pattern
        a, b = faster.search(text, 0, pos), plain.search(text, 0, pos)
        assert (a and a.span()) == (b and b.span()), plain.pattern
    assert faster.sub("#", text) == plain.sub("#", text)
    if split:
        assert faster.split(text) == plain.split(text)
