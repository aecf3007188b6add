"""Session 50 (speed111): a status check is asked only when its clause's sentence holds one of
the words it needs (status._NEEDS), the yes/no question asks its closing mark first, and
retrospective.looks_back keeps its answer for the text last asked.

None of it may change an answer: the words are proved from the patterns each check needs
(gates.words_cover), and reports of our own, and texts hypothesis builds from the checks' words,
are read with the gates and with them switched off, why lines included."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geomove.gates import words_cover
from geomove.read import retrospective, status

from reading import read_all

PUBLISHED = "2026-11-20"

# sentences of our own (a made-up Ugandan and Congolese theatre), one or more for each gated check
OWN = [
    "The ministry denied that soldiers had crossed from Kasese into Beni.",
    "Reports that militia fighters reached Bunia were denied by the governor.",
    "Reports of troops moving from Arua to Koboko are false, the army said.",
    "An earlier version of this story said the battalion withdrew to Gulu. It went to Lira.",
    "A company moved from Arua to Koboko, officials said, a claim the rebels rejected.",
    "Claims that a convoy left Gulu for Lira are untrue, the spokesman said.",
    "The statements that the brigade left Kasese for Beni do not correspond to reality.",
    "Soldiers were reported to have moved from Gulu towards Lira, but a spokesman denied any movement.",
    "It has not been established that the company left Arua for Koboko.",
    "Nothing we saw shows units being moved toward Bunia.",
    "Trucks were prevented from travelling to Kasese.",
    "Lorries stopped crossing at Mpondwe last month.",
    "Officers asked whether soldiers had left Gulu for Kitgum.",
    "The council demanded that the battalion move from Arua to Koboko.",
    "Soldiers who had been based in Gulu were flown to Entebbe.",
    "Two years ago, troops left Gulu for Lira.",
    "Any warship entering Lake Albert would be a target.",
    "Convoys often travel from Gulu to Kitgum.",
    "Hundreds of troops have crossed from Kasese into Beni in recent weeks.",
    "Police have long travelled from Arua to Koboko.",
    "Hundreds of fighters have since been moved from Bunia to Beni.",
    "Previous convoys from Gulu reached Lira.",
    "Sending the troops to Bunia was postponed until May.",
    "The army postponed sending troops to Beni.",
    "Flights to Entebbe were suspended.",
    "The transfer of the unit to Gulu is planned for Monday.",
    "In 2019, a brigade moved from Gulu to Kitgum.",
    "In May 2024 the battalion moved from Arua to Koboko.",
    "Troops deployed to Gulu after the coup are leaving for Lira.",
    "Later that year, the battalion moved from Kasese to Beni.",
    "Did soldiers cross from Kasese into Beni?",
    "Q: General, can you confirm that troops are moving to Bunia?",
    "A battalion moved from Gulu to Lira on Tuesday, the army said.",
]


def _both(text, gazetteer, monkeypatch):
    gated = read_all(gazetteer, text, PUBLISHED)
    with monkeypatch.context() as m:
        m.setattr(status, "_NEEDS", {})
        ungated = read_all(gazetteer, text, PUBLISHED)
    return gated, ungated


def _pattern(p):
    return p if isinstance(p, re.Pattern) else re.compile(str(p.pattern), p.flags)


def test_the_words_of_each_gated_check_cover_the_patterns_it_needs():
    proofs = status._proofs()
    assert set(proofs) == set(status._NEEDS)
    for name, patterns in proofs.items():
        for p in patterns:
            assert words_cover(_pattern(p), status._NEEDS[name]), name


def test_every_gated_name_is_a_check_of_status():
    # (a name that is no check's would gate nothing, silently)
    source = open(status.__file__, encoding="utf-8").read()
    body = source[source.index("checks = ("):]
    for name in status._NEEDS:
        assert f'("{name}", ' in body, name


def test_the_words_are_lower_case_ascii():
    for words in status._NEEDS.values():
        assert words and all(w and w.isascii() and w == w.lower() for w in words)


def test_own_reports_read_the_same_with_and_without_the_gates(gazetteer, monkeypatch):
    statuses = set()
    for text in OWN + [" ".join(OWN)]:
        gated, ungated = _both(text, gazetteer, monkeypatch)
        assert gated == ungated, text
        statuses |= {f["properties"]["status"] for f in gated[0]}
    # (the sentences reach the checks: most kinds of status are found)
    assert {"denied", "planned", "background", "negated"} <= statuses


def test_a_check_without_its_words_is_not_asked(gazetteer, monkeypatch):
    asked = []
    real = status.denial_of_the_move

    def counted(*args):
        asked.append(args)
        return real(*args)

    monkeypatch.setattr(status, "denial_of_the_move", counted)
    read_all(gazetteer, "A battalion moved from Gulu to Lira on Tuesday.", PUBLISHED)
    assert asked == []
    found, _why = read_all(gazetteer, "The ministry denied that a battalion moved from Gulu to Lira.", PUBLISHED)
    assert len(asked) == 1 and found[0]["properties"]["status"] == "denied"


_GATE_WORDS = sorted({w for words in status._NEEDS.values() for w in words if w.isalpha() and len(w) > 2})
_WORDS = _GATE_WORDS + ["troops", "soldiers", "a", "battalion", "the", "moved", "travelled", "crossed", "left",
                        "from", "to", "into", "Gulu", "Lira", "Kasese", "Beni", "that", "were", "was", "is",
                        "have", "had", "been", "not", "in", "2019", "2026", "May", "year", ",", ".", "?", "but",
                        "reports", "claims", "deployment", "transfer", "of", "said", "it", "Did"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_WORDS), min_size=4, max_size=28))
def test_built_texts_read_the_same_with_and_without_the_gates(gazetteer, monkeypatch, words):
    text = "Troops moved from Gulu to Lira. " + " ".join(words).replace(" ,", ",").replace(" .", ".") + \
        " Soldiers travelled from Kasese to Beni."
    gated, ungated = _both(text, gazetteer, monkeypatch)
    assert gated == ungated


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="Ab1 \n.Looking back25yearsonanniversary-9", max_size=140))
def test_looks_back_kept_answers_as_asked_afresh(text):
    # (the memo's answer for a text, asked twice, against a fresh read of a copy of it)
    fresh = retrospective._LOOKS_BACK_GATE.search(text, 0, retrospective._opening(text)) \
        or retrospective._headline_span_of_years(text)
    for _ in range(2):
        kept = retrospective.looks_back(text)
        assert (kept and (kept.span(), kept.group(0))) == (fresh and (fresh.span(), fresh.group(0)))


def test_looks_back_answers_each_text_anew():
    back = "Looking back: 25 years on, the mission\nIn 2001 troops left X."
    news = "Troops left X on Monday.\nMore follow."
    assert retrospective.looks_back(back) is not None
    assert retrospective.looks_back(news) is None
    assert retrospective.looks_back(back) is not None


# --- denied_after asks for the claim before the verdict -------------------------------------

from geomove.read import denied_clause  # noqa: E402


def _denied_after_as_before(text, e):
    """denied_clause.denied_after as it was: the verdict first, then the claim."""
    m = denied_clause._VERDICT.match(text, e) or denied_clause.denied_in_next_sentence(text, e)
    if m is None:
        return None
    lo = max(0, e - 600)
    start = max((b.end() for b in denied_clause._SENTENCE_BREAK.finditer(text, lo, e)), default=lo)
    if not denied_clause._CLAIMED.search(text, start, e):
        return None
    if "that" not in m.re.groupindex or not (m.group("that") or m.group("of")):
        return m
    end = denied_clause._SENTENCE_END.search(text, m.end())
    return m if denied_clause._TRIGGER_RE.search(text, m.end(), end.start() if end else len(text)) else None


def _same_match(a, b):
    return (a and (a.span(), a.group(0))) == (b and (b.span(), b.group(0)))


DENIALS = [
    "Rebels said a convoy had left Goma, but the army rejected the claim.",
    "Residents said fighters had moved into Sake. The spokesman rejected the claim.",
    "Troops crossed from Kunar into Bajaur, a police official said, but the government denied that any fighters had entered.",
    "Troops arrived in Gulu, but officials denied reports that they moved on.",
    "A unit moved to Lira. The army denied the reports.",
    "Officials claimed the brigade left Arua, and the rebels called the claims false.",
]


def test_denied_after_answers_as_before_on_our_sentences():
    found = 0
    for text in DENIALS + [" ".join(DENIALS)]:
        for e in range(len(text) + 1):
            now = denied_clause.denied_after(text, e)
            assert _same_match(now, _denied_after_as_before(text, e)), (text, e)
            found += now is not None
    assert found >= 5  # (the sentences hold verdicts the function finds)


_DENIAL_WORDS = ["said", "claimed", "according to", "but", "the", "army", "rejected", "denied", "the claim", "reports",
                 "that", "troops", "moved", "left", "Goma", ",", ".", "called", "it", "false", "and", "a spokesman"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_DENIAL_WORDS), min_size=3, max_size=30), st.integers(0, 400))
def test_denied_after_answers_as_before_on_built_texts(words, e):
    text = " ".join(words).replace(" ,", ",").replace(" .", ".")
    e = min(e, len(text))
    assert _same_match(denied_clause.denied_after(text, e), _denied_after_as_before(text, e))
