"""s40 speed74: the force that leaves a place (mentions.clause_force) is looked for in the one
sentence of the name a force may leave, not in every sentence of the text: a long text's
section (20,000 characters) walked all its tokens for it where a news report, one in five
asking at all, walked one report. The same forces, sentence by sentence, as the pass over the
whole text gave; sentences no name is left from are not walked."""

from geomove.mentions import clause_force
from geomove.mentions.finder import _Finder

# sentences written for this test: forces named by demonyms and abbreviations, in several theatres
_SENTENCES = [
    "A Canadian naval task group sailed from Halifax on Tuesday.",
    "Polish engineers and a German armoured brigade left Szczecin for the border.",
    "The Kenyan minister said nothing about it.",
    "UK Royal Marines flew out of Plymouth while French jets stayed at Istres.",
    "Residents of Mombasa gathered at the port.",
    "Nigerian troops departed Maiduguri at dawn, and a Chadian convoy quit N'Djamena.",
]


def _whole_text_pass(finder) -> dict[int, list]:
    """The pass over every token that the per-sentence look replaced (as written before it)."""
    out: dict[int, list] = {}
    for i, t in enumerate(finder.toks):
        if not t.text[:1].isupper():
            continue
        cc = clause_force.COUNTRY_ABBREVIATIONS.get(t.text) or finder.demonym(t.text)
        if cc and any(n.lower in clause_force.FORCE_HEADS for n in finder.next_tokens(i, clause_force.FORCE_NOUN_WITHIN)):
            out.setdefault(t.sentence, []).append((i, cc))
    return out


def test_each_sentence_s_forces_are_those_of_the_whole_text_pass(gazetteer):
    text = " ".join(_SENTENCES * 3)
    finder = _Finder(text, gazetteer)
    whole = _whole_text_pass(finder)
    assert len(whole) >= 8  # the test's sentences do name forces
    sentences = sorted({t.sentence for t in finder.toks})
    for s in reversed(sentences):  # (any order: each sentence is found by bisection)
        assert clause_force._forces_in_sentence(finder, s) == whole.get(s, [])
    assert clause_force._forces_in_sentence(finder, len(sentences) + 5) == []


def test_only_the_sentences_of_a_name_left_are_walked(gazetteer, monkeypatch):
    text = " ".join(_SENTENCES * 20)
    asked: list[str] = []
    real = _Finder.demonym

    def counting(self, word):
        asked.append(word)
        return real(self, word)

    monkeypatch.setattr(_Finder, "demonym", counting)
    finder = _Finder(text, gazetteer)
    asked.clear()
    toks = finder.toks
    first_sentence = [i for i, t in enumerate(toks) if t.sentence == 0]
    halifax = next(i for i in first_sentence if toks[i].text == "Halifax")
    assert clause_force.leaving_force_s_country(finder, {"tok": halifax}) == "CA"
    walked = len(asked)
    assert 0 < walked <= len(first_sentence)
    # asked again: the sentence's forces are kept
    assert clause_force.leaving_force_s_country(finder, {"tok": halifax}) == "CA"
    assert len(asked) == walked

