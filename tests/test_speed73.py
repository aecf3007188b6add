"""Session 40's speed work on the places rules asked for every run or reading (speed73): each
is gated by a test worked out once a text or once a ranking, and must answer as before.

- persons._kin_before needs a KIN_NOUNS or NAME_INTRODUCERS word written in lower case, and
  scan._names_a_disease a DISEASE_HEADS word so written: a text whose lower_words hold none asks
  no name (PersonsAndOrganisations._kin_words_written, RunScanner._disease_words_written);
- scan._lower_only_in_strain_names asks the set of the text's tokens the finder made once for
  its lower_words (written_words), where it made its own;
- the ranking's territory rules are asked only where a state the text names (by another name,
  or by a demonym) holds a territory (context._holds_territories).

Each gate forced open (every rule asked, as before) against the gates, on random texts of
sentences written for these tests: every mention, reading, score and reason the same."""

import random

from geomove.mentions import context as context_module
from geomove.mentions import find_mentions
from geomove.mentions.persons import PersonsAndOrganisations
from geomove.mentions.scan import RunScanner

# sentences of my own: kin before names that are also towns, diseases and strains named after
# places, states that hold territories named by their demonyms or names, and plain movements
_SENTENCES = [
    "His wife Georgia flew home from Lisbon on Friday.",
    "Her nephew, Austin, 19, was stopped near Tulsa.",
    "A farmer surnamed Wuhan sold his land outside Hefei.",
    "The daughters Victoria and Florence stayed in Perth.",
    "Doctors in Kenema treated more cases of Lassa fever this week.",
    "A Marburg virus case was confirmed in Kagera.",
    "The Reston strain was first found in monkeys shipped to Virginia.",
    "Ebola Reston spread through a farm near Manila.",
    "Hantavirus infections rose in Patagonia after the rains.",
    "The Reston ebolavirus turned up in pigs near Manila.",
    "Scientists traced the ebola reston subtype to a farm in Bulacan.",
    "Inspectors drove from Reston to Dulles before dawn.",
    "A British patrol vessel docked at Stanley after leaving Portsmouth.",
    "French gendarmes landed in Noumea to reinforce the garrison.",
    "Danish ships sailed from Nuuk toward Copenhagen.",
    "An American bomber flew from Guam to Darwin.",
    "Britain sent a frigate to Gibraltar and another to Bermuda.",
    "Dutch marines exercised on Aruba and Curacao.",
    "Norwegian scientists left Longyearbyen for Tromso.",
    "Troops moved from Kharkiv toward Izium overnight.",
    "Police reinforced the border post at Torkham near Jalalabad.",
    "Rebels took Goma and marched on Bukavu.",
    "A convoy crossed from Rafah into Gaza city.",
    "Kenyan soldiers were flown from Nairobi to Mogadishu.",
    "The encephalitis outbreak in Kerala closed schools in Kozhikode.",
]


def _random_text(rng: random.Random) -> str:
    return " ".join(rng.choice(_SENTENCES) for _ in range(rng.randint(1, 5)))


def _texts() -> list[str]:
    rng = random.Random(73)
    return [_random_text(rng) for _ in range(100)] + [" ".join(_SENTENCES)]


def _open_every_gate(monkeypatch) -> None:
    monkeypatch.setattr(PersonsAndOrganisations, "_kin_words_written", lambda self: True)
    monkeypatch.setattr(RunScanner, "_disease_words_written", lambda self: True)
    monkeypatch.setattr(context_module, "_holds_territories", lambda holders, countries: True)


def test_gated_rules_answer_as_when_asked_everywhere(gazetteer, monkeypatch):
    texts = _texts()
    gated = [find_mentions(t, gazetteer=gazetteer) for t in texts]
    _open_every_gate(monkeypatch)
    for text, got in zip(texts, gated):
        assert got == find_mentions(text, gazetteer=gazetteer), text


def test_the_gates_close_only_on_texts_without_the_words(gazetteer):
    from geomove.mentions.finder import _Finder as MentionFinder

    plain = MentionFinder("Troops moved from Kharkiv toward Izium overnight.", gazetteer)
    assert not plain._kin_words_written() and not plain._disease_words_written()
    kin = MentionFinder("His wife Georgia flew home.", gazetteer)
    assert kin._kin_words_written() and not kin._disease_words_written()
    # (a capitalised kin noun opening a sentence is no kin noun before a name)
    assert not MentionFinder("Wife and child left Perth.", gazetteer)._kin_words_written()
    assert MentionFinder("Cases of Lassa fever rose.", gazetteer)._disease_words_written()
    assert not MentionFinder("Fever Tree sold well.", gazetteer)._disease_words_written()


def test_written_words_are_the_tokens_texts(gazetteer):
    from geomove.mentions.finder import _Finder, _lower_case_words

    for text in _texts()[:20] + ["Ebola Reston and EBOLA; the hantavirus, Hanta."]:
        finder = _Finder(text, gazetteer)
        assert finder.written_words == frozenset(t.text for t in finder.toks)
        assert finder.lower_words == _lower_case_words(finder.toks)
    finder = _Finder("Ebola Reston spread through a farm near Manila.", gazetteer)
    assert finder._lower_only_in_strain_names() == (frozenset(), frozenset({"reston"}))
    assert _Finder("Troops left Reston.", gazetteer)._lower_only_in_strain_names() == (frozenset(), frozenset())


def test_holders_of_territories():
    holders = {"GB": frozenset({"FK", "GI"}), "FR": frozenset({"NC"})}
    assert context_module._holds_territories(holders, {"GB", "KE"})
    assert context_module._holds_territories(holders, {"FR": ("French", False)})  # (a dict's keys)
    assert not context_module._holds_territories(holders, {"KE", "SO"})
    assert not context_module._holds_territories(holders, set())
    assert not context_module._holds_territories({}, {"GB"})
