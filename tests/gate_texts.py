"""Texts built for the gate tests (tests/test_speed41.py, tests/test_speed46.py): one of the
sentences written for them, a few of the gates' words and others put in at some place, and a few
letters changed in case or swapped for the non-ASCII ones that re.IGNORECASE matches to ASCII
letters (``odd``): texts near those a gate must let through, and near its edge."""

from hypothesis import strategies as st


def built_texts(sentences: list[str], words: list[str], odd: dict):
    """A hypothesis strategy of texts built from ``sentences`` and ``words`` (see the module doc)."""
    @st.composite
    def _texts(draw):
        base = draw(st.sampled_from(sentences))
        extra = draw(st.lists(st.sampled_from(words), max_size=6))
        at = draw(st.integers(0, len(base)))
        text = base[:at] + " ".join(extra) + " " + base[at:]
        chars = list(text)
        for i in draw(st.lists(st.integers(0, max(len(chars) - 1, 0)), max_size=6)):
            c = chars[i]
            chars[i] = draw(st.sampled_from(odd.get(c, [c]) + [c.upper(), c.lower()]))
        return "".join(chars)
    return _texts()
