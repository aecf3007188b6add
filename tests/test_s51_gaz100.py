"""Session 51 (gaz100): places session 50 left (benchmarks/HISTORY.md, "Left").

1. "the garrison of Kidal", "the base of Kidal" lost the town (an unsupported name of a town of
   middling importance, "of" before it): a force's site before "of" now supports the name as
   "the mayor of X" does (wordlists.OF_PLACE_NOUNS); "the Bank of England", "the Army of Mali"
   stay a body's or an actor's.
2. "Yesterday the Channel was closed": the sentence's first word, "the" and 'Channel' made one run,
   which the outlet's word 'Channel' marked an organisation's; a capitalised word of time before a
   lower-case "the" now ends the lead-in (persons._the_after_a_conjunction), and a body's name
   after it ("Yesterday the Bank of England") stays a body's.
3. "the Khyber and Torkham passes" (the plural after a list that "the" opens: each name read with
   "pass", scan.RunScanner._kind_after_list) and "waited at Sico pass" (a preposition of place
   before the name and no object after "pass": scan.RunScanner._noun_after_a_place_told); the
   verb stays a verb.
The sentences are my own.
"""

import pytest

from placecounts import placed as _places


@pytest.mark.parametrize("text, surface, country", [
    ("Two companies were drawn from the garrison of Kidal on Monday.", "Kidal", "ML"),
    ("The base of Kidal was reinforced after the attack.", "Kidal", "ML"),
    ("Mortar rounds hit the outpost of Menaka overnight.", "Menaka", "ML"),
    ("The garrisons of Tessalit and Aguelhok sent a column north.", "Tessalit", "ML"),
    ("Helicopters flew in from the barracks of Kati.", "Kati", "ML"),
])
def test_a_force_s_site_before_of_supports_its_town(gazetteer, text, surface, country):
    assert any(s == surface and c == country for s, c, _ in _places(gazetteer, text)), _places(gazetteer, text)


@pytest.mark.parametrize("text", [
    "The Bank of England raised its rates again.",
    "The Church of Scotland opened its assembly.",
    "The Army of Mali sent two columns north.",
    "The base of the mountain was covered in snow.",
])
def test_a_body_named_after_a_place_is_no_place(gazetteer, text):
    assert [s for s, _, _ in _places(gazetteer, text)] == [], _places(gazetteer, text)


@pytest.mark.parametrize("text", [
    "Yesterday the Channel was closed to ferries.",
    "On Monday the Channel was closed after the storm.",
    "Meanwhile the Channel stayed calm for the small boats.",
])
def test_the_channel_after_a_word_of_time_is_the_sea(gazetteer, text):
    assert ("Channel", None, "sea") in _places(gazetteer, text), _places(gazetteer, text)


@pytest.mark.parametrize("text", [
    "Yesterday the Bank of England raised its rates.",
    "Yesterday the University of Alberta closed its campus.",
])
def test_a_body_s_name_after_a_word_of_time_stays_the_body_s(gazetteer, text):
    assert _places(gazetteer, text) == [], _places(gazetteer, text)


def test_the_channel_tunnel_after_a_word_of_time_is_the_tunnel(gazetteer):
    got = _places(gazetteer, "Yesterday the Channel Tunnel was shut for a day.")
    assert ("Channel Tunnel", "GB", "crossing") in got, got


@pytest.mark.parametrize("text, want", [
    ("The Khyber and Torkham passes were shut to lorries.",
     [("Khyber", "PK", "region"), ("Torkham", "PK", "crossing")]),
    ("Trucks were turned back at the Khyber and Torkham passes.",
     [("Khyber", "PK", "region"), ("Torkham", "PK", "crossing")]),
    ("The San Francisco and Agua Negra passes were closed by snow.",
     [("San Francisco", "AR", "crossing"), ("Agua Negra", "AR", "crossing")]),
])
def test_a_list_of_names_before_passes_are_passes(gazetteer, text, want):
    got = _places(gazetteer, text)
    assert got == want, got


@pytest.mark.parametrize("text", [
    "Lorries waited at San Francisco pass for two days.",
    "The convoy crossed at San Francisco pass on Monday.",
    "Lorries queued at San Francisco pass, which was shut.",
])
def test_a_pass_after_a_preposition_of_place_is_the_mountain_pass(gazetteer, text):
    assert ("San Francisco", "AR", "crossing") in _places(gazetteer, text), _places(gazetteer, text)


@pytest.mark.parametrize("text, surface, country", [
    ("The road from Kherson and Mykolaiv passes through the steppe.", "Mykolaiv", "UA"),
    ("Officials in San Francisco pass on the message.", "San Francisco", "US"),
    ("Columns from Bakhmut pass Soledar every night.", "Soledar", "UA"),
    ("Investors in San Francisco pass the bill around.", "San Francisco", "US"),
])
def test_the_verb_pass_stays_a_verb(gazetteer, text, surface, country):
    got = _places(gazetteer, text)
    assert any(s == surface and c == country and k != "crossing" for s, c, k in got), got
    assert not any(k == "crossing" for _, _, k in got), got
