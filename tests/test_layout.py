"""Long runs of layout white space (a PDF table, a teleprinter log) are read cut short, and every
offset the wings give is the report's own: geomove.layout."""

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geomove import extract, places
from geomove.layout import KEEP, squeeze

REPORT = ("The army moved 40 trucks from Homs to Hama on Tuesday, officials said. "
          "Two days later about 300 soldiers withdrew from Idlib to Aleppo.")


def _wide(report: str, gap: str, after_word: int) -> str:
    words = report.split(" ")
    return " ".join(words[:after_word] + [gap] + words[after_word:])


def test_a_report_without_a_long_run_is_read_as_it_is():
    assert squeeze(REPORT) is None
    assert squeeze(" " * KEEP + "Homs") is None  # (a run of KEEP characters is no long run)
    assert squeeze("") is None


def test_a_long_run_keeps_its_ends():
    text = "Homs" + " \n" + "\t" * 100 + "\n " + "Hama"
    sq = squeeze(text)
    assert sq is not None and len(sq.text) == len("Homs") + KEEP + len("Hama")
    assert sq.text.startswith("Homs \n") and sq.text.endswith("\n Hama")
    assert sq.to_original(sq.text.index("Hama")) == text.index("Hama")
    assert sq.to_squeezed(text.index("Hama")) == sq.text.index("Hama")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(["Homs", "to", "Hama", ".", ","]),
                          st.builds(lambda c, n: c * n, st.sampled_from([" ", "\t", "\n", "\u00a0", " \n"]),
                                    st.integers(1, 90))), min_size=1, max_size=12))
def test_every_character_kept_maps_back_to_itself(pieces):
    text = "".join(pieces)
    sq = squeeze(text)
    if sq is None:
        assert max((len(r) for r in __import__("re").findall(r"\s+", text)), default=0) <= KEEP
        return
    for pos, ch in enumerate(sq.text):
        back = sq.to_original(pos)
        assert text[back] == ch
        assert sq.to_squeezed(back) == pos
    # what was taken out is white space only, and no run is longer than KEEP
    assert len(text) - len(sq.text) == sq.removed[-1]
    assert max(len(r) for r in __import__("re").findall(r"\s+", sq.text)) <= KEEP


def _route(feature):
    p = feature["properties"]
    ends = [p.get("origin"), *(p.get("via") or []), p.get("destination")]
    return [(e or {}).get("name") for e in ends], p.get("count"), p.get("start"), p.get("status")


# (between two places of a route: before the runs were cut short, the first cost ~52 CPU s and
# the second ~16: the patterns that read the words between two names tried every way of
# sharing the run out between their white space parts)
@pytest.mark.parametrize("gap, after_word", [("\t" * 3000, 7), (" " * 2000, 7), ("\n" * 3000, 13),
                                             ("\u00a0" * 1500, 8)])
def test_a_wide_gap_reads_as_the_report_does_and_offsets_are_the_reports(gap, after_word):
    wide = _wide(REPORT, gap, after_word)
    began = time.process_time()
    got = extract(wide, published="2026-03-04")
    mentions = places(wide)
    spent = time.process_time() - began
    assert spent < 5, f"{spent:.1f} s for a report with one wide gap"
    plain = extract(_wide(REPORT, gap[0], after_word), published="2026-03-04")
    assert [_route(f) for f in got] == [_route(f) for f in plain] and got
    for f in got:
        p = f["properties"]
        for place in [p.get("origin"), p.get("destination"), *(p.get("via") or [])]:
            if place and place.get("offsets"):
                a, b = place["offsets"][:2]
                assert wide[a:b] == place["surface"]
    assert mentions and all(wide[m["start"]:m["end"]] == m["surface"] for m in mentions)
    for m in mentions:
        a, b = m["sentence_span"]
        assert a <= m["start"] < m["end"] <= b <= len(wide)


def test_mentions_handed_in_are_taken_in_the_reports_terms():
    wide = _wide(REPORT, "\t" * 500, 12)
    given_mentions = places(wide)
    assert any(m["surface"] == "Aleppo" for m in given_mentions)
    from geomove import default_gazetteer
    from geomove.movements import extract as read
    with_given = read(wide, published="2026-03-04", gazetteer=default_gazetteer(), mentions=given_mentions)
    found = extract(wide, published="2026-03-04")
    assert [_route(f) for f in with_given] == [_route(f) for f in found]
