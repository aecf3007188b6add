"""A long text's sections (mentions.sections, session 53): a text of at most SECTION_CHARS is
read whole; a longer one in sections of at most SECTION_CHARS // CUT_PARTS characters, so the
places a reading is ranked against stay those of a few reports, not a dozen."""

import geomove.mentions as mentions_module
from geomove.mentions import find_mentions
from geomove.mentions.sections import CUT_PARTS, SECTION_CHARS, _sections

# paragraphs of my own writing, a report's worth each
PARAGRAPHS = [
    "Engineers from Mosul reached Tikrit on Tuesday after a week on the road north of Baghdad.",
    "A column of trucks left Kandahar for Herat, stopping overnight in Lashkar Gah.",
    "Two frigates sailed from Toulon to Brest, where they will refit until the spring.",
    "Border guards moved from Odesa to Izmail along the Danube, officials in Kyiv said.",
]


def _sections_read(text, gazetteer, monkeypatch):
    seen = []
    real = mentions_module._Finder

    class Counting(real):
        def __init__(self, section, gaz):
            seen.append(len(section))
            super().__init__(section, gaz)

    monkeypatch.setattr(mentions_module, "_Finder", Counting)
    found = find_mentions(text, gazetteer=gazetteer)
    return seen, found


def test_a_text_of_section_chars_is_read_whole(gazetteer, monkeypatch):
    monkeypatch.setattr(mentions_module, "SECTION_CHARS", 1_000)
    text = "\n\n".join(PARAGRAPHS * 10)[:1_000]
    seen, _ = _sections_read(text, gazetteer, monkeypatch)
    assert seen == [len(text)]


def test_a_longer_text_is_read_in_sections_of_half_that(gazetteer, monkeypatch):
    monkeypatch.setattr(mentions_module, "SECTION_CHARS", 1_000)
    text = "\n\n".join(PARAGRAPHS * 10)
    assert len(text) > 1_000
    seen, found = _sections_read(text, gazetteer, monkeypatch)
    assert len(seen) >= 2 and sum(seen) == len(text)
    assert max(seen) <= 1_000 // CUT_PARTS
    for m in found:
        assert text[m["start"]:m["end"]] == m["surface"]


def test_sections_of_the_real_size_stay_under_the_cut():
    assert SECTION_CHARS // CUT_PARTS >= 9_148  # (the longest dev report fits one section)
    text = "\n\n".join(PARAGRAPHS * 800)
    pieces = list(_sections(text, SECTION_CHARS // CUT_PARTS))
    assert all(len(s) <= SECTION_CHARS // CUT_PARTS for _, s in pieces)
    assert "".join(s for _, s in pieces) == text
    assert all(s.endswith("\n\n") for _, s in pieces[:-1])
