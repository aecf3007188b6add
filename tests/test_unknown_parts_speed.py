"""mentions.unknown_parts.comma_names_before finds what a search of the whole text finds: the
matches of the comma construction that end where a holder begins (s36 lead's shortcut)."""

import random

from geomove.mentions.unknown_parts import _BEFORE_A_HOLDER, comma_names_before

_WORDS = ["in", "near", "to", "the", "and", "Bulengo", "Goma", "Kharbeh", "Syria", "al-Jihad", "Hay", "Deir",
          "ez-Zor", "Ngangi's", "Mr", "said", "on", "Friday", "Kampot", "Cambodia", "X", "yz", "Émile", "Öre"]
_GLUE = [" ", " ", " ", ", ", ",  ", "; ", "; and ", ",\n", " - ", ". "]


def _random_text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(1, 40)):
        parts.append(rng.choice(_WORDS))
        parts.append(rng.choice(_GLUE))
    return "".join(parts)


def _expected(text: str, starts: set) -> list:
    return [(m.start(), m.end(), m.group("name"), m.group("cue")) for m in _BEFORE_A_HOLDER.finditer(text)
            if m.end() in starts]


def test_comma_names_before_matches_the_whole_text_search():
    rng = random.Random(36)
    for _ in range(3000):
        text = _random_text(rng)
        # holders: every capitalised word start, and some other offsets
        starts = {i for i in range(1, len(text)) if text[i].isupper() and not text[i - 1].isalnum()}
        starts |= {rng.randrange(len(text)) for _ in range(3)} if text else set()
        got = [(m.start(), m.end(), m.group("name"), m.group("cue")) for m in comma_names_before(text, starts)]
        assert got == _expected(text, starts), text


def test_comma_names_before_reads_the_construction():
    text = "Fighters advanced from Bulengo, Goma, on Friday; and Ngangi, Congo, was quiet."
    starts = {text.index("Goma"), text.index("Congo")}
    got = [m.group("name") for m in comma_names_before(text, starts)]
    assert got == ["Bulengo", "Ngangi"]


def test_a_long_hyphenated_run_costs_its_length():
    """'Ab-Ab-...-Ab' of 2,000 parts before a comma: read in well under a second (a hyphen that
    also parted words made the engine try every split, ~50 s at 320 parts)."""
    import time
    text = "troops moved in " + "-".join(["Ab"] * 2000) + " x, Goma said"
    t = time.process_time()
    comma_names_before(text, {text.index("Goma")})
    list(_BEFORE_A_HOLDER.finditer(text))
    assert time.process_time() - t < 0.5
