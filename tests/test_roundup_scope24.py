"""places24: a roundup of several theatres ranks each section's names against its own places.

The reports in tests/fixtures/roundups24/ are written for these tests: wire digests and weekly
briefs with a paragraph on each theatre, each holding a name whose namesake lies in another
theatre of the same text (Bama in Burkina Faso and in Borno, Tripoli in Lebanon and in Libya,
Gore in Ethiopia and in Chad, San Fernando in Tamaulipas and in Pampanga, Saki in Crimea and in
Oyo State). Ranked against the whole text, the namesake beside the other theatre's places won;
expected.csv holds every place of them as read by hand.
"""

import csv
from pathlib import Path

import pytest

from geomove.gazetteer.ranking import WEIGHTS
from geomove.mentions import places
from geomove.mentions.context import paragraph_starts
from geomove.mentions.finder import _Finder

HERE = Path(__file__).parent / "fixtures" / "roundups24"


def _expected() -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    with open(HERE / "expected.csv", encoding="utf-8") as fh:
        for row in csv.reader(line for line in fh if not line.startswith("#")):
            out.setdefault(row[0], []).append((row[1], row[2]))
    return out


EXPECTED = _expected()


def _places(text, gazetteer):
    return [m for m in places(text, gazetteer=gazetteer) if m["role"] in ("place", "demonym_place", "dateline")]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_place_of_a_roundup_is_read_in_its_own_theatre(gazetteer, name):
    text = (HERE / name).read_text(encoding="utf-8")
    found: dict[str, set] = {}
    for m in _places(text, gazetteer):
        found.setdefault(m["surface"], set()).add(m["country"])
    wrong = {surface: (cc, found.get(surface)) for surface, cc in EXPECTED[name] if found.get(surface) != {cc}}
    assert not wrong, wrong


def test_the_namesake_reading_says_it_was_ranked_against_its_section(gazetteer):
    text = (HERE / "b_levant_libya.txt").read_text(encoding="utf-8")
    tripoli = next(m for m in _places(text, gazetteer) if m["surface"] == "Tripoli")
    assert tripoli["country"] == "LB"
    assert "ranked against its own section of the text (LB)" in tripoli["why"], tripoli["why"]


# -- the same paragraphs alone, or a text of one theatre: ranked as before

def _paragraph(name: str, heading: str) -> str:
    text = (HERE / name).read_text(encoding="utf-8")
    return next(p for p in text.split("\n\n") if p.startswith(heading))


@pytest.mark.parametrize("name, heading, surface, country", [
    ("a_sahel_lake_chad.txt", "Burkina Faso", "Bama", "BF"),
    ("a_sahel_lake_chad.txt", "Nigeria", "Gwoza", "NG"),
    ("b_levant_libya.txt", "LEBANON", "Tripoli", "LB"),
    ("e_three_fronts.txt", "Ukraine", "Saki", "UA"),
])
def test_a_theatre_alone_reads_its_namesake_so_too(gazetteer, name, heading, surface, country):
    text = _paragraph(name, heading)
    hit = next(m for m in _places(text, gazetteer) if m["surface"] == surface)
    assert hit["country"] == country
    assert "own section" not in hit["why"]


def _scopes(text, gazetteer):
    finder = _Finder(text, gazetteer)
    finder.run()
    return finder.__dict__.get("_theatres")


def test_a_roundup_has_a_section_per_theatre(gazetteer):
    text = (HERE / "e_three_fronts.txt").read_text(encoding="utf-8")
    scopes = _scopes(text, gazetteer)
    assert scopes is not None
    # ('Russian glide bombs' puts Russia in the Ukraine paragraph; the Mali paragraph names Mali,
    # so Sibi, Kati and Kayes are its places though namesakes abroad score close)
    assert sorted(sorted(ccs) for _, ccs in scopes if ccs) == [["ET"], ["ML"], ["NG"], ["PK"], ["RU", "UA"]]
    sibi = next(m for m in next(group for group, ccs in scopes if ccs == {"ML"}) if m["surface"] == "Sibi")
    assert sibi["cands"][0]["country"] == "ML"


def test_a_summary_of_the_theatres_links_none_of_them(gazetteer):
    # the lede names Sudan, Ethiopia's Amhara region and Chad: each has a paragraph of its own
    text = (HERE / "c_horn_chad.txt").read_text(encoding="utf-8")
    scopes = _scopes(text, gazetteer)
    assert scopes is not None
    assert sorted(sorted(ccs) for _, ccs in scopes if ccs) == [["ET"], ["SD"], ["TD"]]
    lede = {m["surface"] for m in next(group for group, ccs in scopes if not ccs)}
    assert "Amhara" in lede and "Moundou" not in lede


@pytest.mark.parametrize("text", [
    # one theatre over several paragraphs
    "Russian forces shelled Kharkiv and Kupiansk overnight.\n\n"
    "Ukrainian troops held positions near Pokrovsk and Kostiantynivka.\n\n"
    "Drones also struck Sumy, the regional governor said.",
    # an aside about another country (one place of its own) is no theatre of its own
    "The skater trained in Red Deer and Edmonton this winter.\n"
    "She lived for four years in Brisbane before moving back.\n"
    "Her club in Calgary has entered her for the national championship in Red Deer.",
    # two countries named in one paragraph are one theatre
    "Sudanese troops crossed into Chad near Adre and moved on toward Abeche.\n\n"
    "Refugees reached Geneina and Adre on foot, aid groups said.",
    # a country named only as the far side of a border is no theatre of its own (session 13)
    "Ecuador sends troops to Esmeraldas as gangs clash on the coast\n\n"
    "QUITO, Nov 24 - Ecuador's armed forces flew 400 soldiers from Quito to Esmeraldas on Sunday and moved "
    "two armoured companies by road from Guayaquil towards Machala, the defence ministry said.\n\n"
    "The day before, navy patrol boats had sailed from Manta to San Lorenzo near the Colombian border. "
    "A separate police unit left Cuenca for Loja on Monday.\n\n"
    "President Daniel Noboa flew to Esmeraldas on Monday to meet commanders.",
])
def test_a_text_of_one_theatre_keeps_the_whole_text_as_context(gazetteer, text):
    assert _scopes(text, gazetteer) is None


def test_the_other_theatres_count_a_little():
    # the weights of the other sections' places are small beside those of the section's own
    assert 0 < WEIGHTS["text_other_theatre_near"] < WEIGHTS["text_near_places"]
    assert 0 < WEIGHTS["text_other_theatre_country"] < WEIGHTS["text_country_named"]


@pytest.mark.parametrize("text, firsts", [
    # a heading line belongs to the paragraph under it; a blank line ends a paragraph
    ("Ukraine\nRussian forces attacked.\n\nSudan\nThe RSF shelled a town.", ["Ukraine", "Sudan"]),
    # a line that ends a sentence ends a paragraph (a paragraph a line)
    ("One report.\nAnother report.", ["One report.", "Another report."]),
    # a hard-wrapped line that stops mid-sentence runs on
    ("The army moved\ntoward the town.\nThen it left.", ["The army moved", "Then it left."]),
    ("LEBANON: Strikes hit Tyre.\nLIBYA: Clashes in Zawiya.", ["LEBANON:", "LIBYA:"]),
])
def test_paragraph_starts(text, firsts):
    starts = paragraph_starts(text)
    assert [text[s:].split("\n")[0] for s in starts] == [text[s:].split("\n")[0] for s in starts]
    assert [text[s:s + len(f)] for s, f in zip(starts, firsts)] == firsts
    assert len(starts) == len(firsts)


def test_a_reading_beside_another_theatre_keeps_a_small_share(gazetteer, monkeypatch):
    # the Libyan Tripoli, read in the Lebanon paragraph: the Libya paragraph's places and
    # country still count for it, at the small weights of another section
    seen = {}
    resolve = _Finder.resolve

    def keep(self, mentions):
        seen["mentions"] = mentions
        return resolve(self, mentions)
    monkeypatch.setattr(_Finder, "resolve", keep)
    text = (HERE / "b_levant_libya.txt").read_text(encoding="utf-8")
    _Finder(text, gazetteer).run()
    tripoli = next(m for m in seen["mentions"] if m["surface"] == "Tripoli")
    libyan = next(c for c in tripoli["cands"] if c.get("country") == "LY" and c.get("kind") == "city")
    assert "LY named in another section of the text" in libyan["why"], libyan["why"]
    assert "km from places of another section of the text" in libyan["why"], libyan["why"]
    assert tripoli["cands"][0]["country"] == "LB"


# -- a paragraph that names its country: its places are those with a reading there

SANTA_ROSA = (
    "Honduras: Soldiers were deployed to Santa Rosa after gang members burned two buses, and police "
    "reinforced checkpoints in San Pedro Sula and Tegucigalpa.\n\n"
    "Philippines: Troops clashed with rebels near Calamba and Los Banos, and a curfew was imposed in "
    "San Pablo.\n")

FANO = (
    "Italy: Police in Ancona and Pesaro arrested six people after clashes at a football match in Rimini.\n\n"
    "Ethiopia: Fano fighters entered Debre Tabor and Woldia, and federal troops moved north from Bahir Dar "
    "toward Gondar.\n")


def test_a_namesake_of_the_paragraphs_own_country_wins_over_the_other_theatres(gazetteer):
    # (Los Banos and San Pablo have readings in California that score close: the Philippine
    # paragraph holds them as its places because it names the Philippines)
    hit = next(m for m in _places(SANTA_ROSA, gazetteer) if m["surface"] == "Santa Rosa")
    assert hit["country"] == "HN", hit


def test_a_lesser_town_of_another_theatres_continent_keeps_no_point(gazetteer):
    fano = next(m for m in places(FANO, gazetteer=gazetteer) if m["surface"] == "Fano")
    assert fano["lat"] is None and fano["country"] is None, fano
    assert "its section of the text" in fano["why"]
    # the other places of both sections keep theirs
    found = {m["surface"]: m["country"] for m in _places(FANO, gazetteer)}
    assert found["Pesaro"] == "IT" and found["Debre Tabor"] == "ET", found


def test_the_same_town_in_its_own_theatre_keeps_its_point(gazetteer):
    text = FANO.split("\n\n")[0] + " Fans of the visiting team were escorted back to Fano by train."
    fano = next(m for m in _places(text, gazetteer) if m["surface"] == "Fano")
    assert fano["country"] == "IT", fano


def test_a_heading_on_a_line_of_its_own_names_the_section(gazetteer):
    # headings set off by a blank line: the paragraphs under them have no country name
    text = ("Nigeria\n\n"
            "Boko Haram fighters attacked a camp outside Gwoza, and the army sent troops from Maiduguri.\n\n"
            "Burkina Faso\n\n"
            "Jihadists raided Bama, on the road from Bobo-Dioulasso, and the army pushed them back "
            "toward Banfora.\n")
    bama = next(m for m in _places(text, gazetteer) if m["surface"] == "Bama")
    assert bama["country"] == "BF", bama
