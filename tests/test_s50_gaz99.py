"""Session 50 (gaz99): a name after a sentence's capitalised "The", and "pass" as a kind word.

1. "The Hua Hum crossing stayed open": the capitalised article and the name's first word were
   read as a loose spelling of something else ('The Hua' ~ Te-hua, China), which took 'Hua' from
   the name and left 'Hum' (a Croatian village). A name opening at the word after the article
   that runs further, spelled as some place's own name, is now read instead
   (scan.RunScanner._name_after_the_article); names that hold their article keep it.
2. "The Channel was closed": 'Channel' is an outlet's word (ORG_SUFFIXES), so the run was marked
   an organisation's name; after "the" the English Channel's short name (read only after "the")
   is its own name (persons._area_by_its_own_name).
3. "the San Francisco pass": a lower-case "pass" after a name that "the" comes before is the
   mountain pass (wordlists.KIND_AFTER_THE_NAME, scan.RunScanner._kind_after_the_name); the verb
   ("troops pass Kherson", "let the convoy pass") stays a verb.
The sentences are my own.
"""

import pytest

from placecounts import placed as _places


@pytest.mark.parametrize("text, surface, country, kind", [
    ("The Hua Hum crossing stayed open all winter.", "Hua Hum", "AR", "crossing"),
    ("The Monte Aymond crossing reopened after the lorry drivers' strike.", "Monte Aymond", "CL", "crossing"),
    ("The Cardenal Samore crossing was cut by volcanic ash.", "Cardenal Samore", "AR", "crossing"),
    ("The Kerem Shalom crossing was closed to aid lorries.", "Kerem Shalom crossing", "IL", "crossing"),
])
def test_a_name_after_a_sentence_s_the_is_read_whole(gazetteer, text, surface, country, kind):
    got = _places(gazetteer, text)
    assert (surface, country, kind) in got, got
    assert not any(c == "HR" for _, c, _ in got), got  # (not 'Hum', the Croatian village)


@pytest.mark.parametrize("text, surface, country", [
    ("The Hague hosted the talks on Monday.", "The Hague", "NL"),
    ("The Netherlands sent a frigate to the Red Sea.", "The Netherlands", "NL"),
    ("The Gambia sent two companies to Bissau.", "The Gambia", "GM"),
])
def test_a_name_that_holds_its_article_keeps_it(gazetteer, text, surface, country):
    assert any(s == surface and c == country for s, c, _ in _places(gazetteer, text))


def test_the_army_at_a_sentence_s_start_is_no_place(gazetteer):
    got = _places(gazetteer, "The Army moved two brigades to Kherson.")
    assert [s for s, _, _ in got] == ["Kherson"], got


@pytest.mark.parametrize("text", [
    "The Channel was closed to shipping after the storm.",
    "The Channel stayed calm as the ferries sailed.",
    "Fishing boats crossed the Channel overnight.",
])
def test_the_channel_is_the_sea_at_a_sentence_s_start_too(gazetteer, text):
    assert ("Channel", None, "sea") in [(s, c, k) for s, c, k in _places(gazetteer, text)]


def test_the_channel_tunnel_at_a_sentence_s_start_is_the_tunnel(gazetteer):
    got = _places(gazetteer, "The Channel Tunnel was shut for a day.")
    assert ("Channel Tunnel", "GB", "crossing") in got, got


@pytest.mark.parametrize("text", [
    "Convoys used the San Francisco pass to reach Fiambala.",
    "The San Francisco pass was closed by the Chilean army.",
    "The snowbound San Francisco pass stayed shut until spring.",
])
def test_the_san_francisco_pass_in_lower_case_is_the_pass(gazetteer, text):
    got = _places(gazetteer, text)
    assert ("San Francisco", "AR", "crossing") in got, got


@pytest.mark.parametrize("text, surface, country", [
    ("The Agua Negra pass was shut by snow in June.", "Agua Negra", "AR"),
    ("Trucks waited below the Pichachen pass for two days.", "Pichachen", "CL"),
])
def test_a_pass_known_by_its_bare_name_keeps_its_span(gazetteer, text, surface, country):
    assert (surface, country, "crossing") in _places(gazetteer, text)


@pytest.mark.parametrize("text, surface, kind", [
    ("Columns of troops pass Kherson every night.", "Kherson", "town"),
    ("As the columns from Bakhmut pass Soledar, shelling resumes.", "Bakhmut", "town"),
    ("Lawmakers in Kenya pass a new budget.", "Kenya", "country"),
    ("Investors in San Francisco pass the risk on to banks.", "San Francisco", "city"),
])
def test_pass_the_verb_gives_no_kind(gazetteer, text, surface, kind):
    got = _places(gazetteer, text)
    assert any(s == surface and k == kind for s, _, k in got), got
