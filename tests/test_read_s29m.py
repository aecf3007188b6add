"""Session 29's lead fixes, at the level of the functions that decide (golden lines s29m-* show
them on whole sentences)."""

import pytest

from geomove.mentions import find_mentions
from geomove.relative import relation_around


def _relation(text: str, name: str) -> dict | None:
    at = text.index(name)
    return relation_around(text, at, at + len(name))


def test_within_a_distance_of_a_place_is_near_it():
    rel = _relation("The convoy came within 10 km of Kidal before turning back.", "Kidal")
    assert rel["type"] == "near" and rel["distance_km"] == 10.0
    assert rel["phrase_start"] == len("The convoy came ")


def test_nautical_miles_are_a_unit_of_distance():
    rel = _relation("Ships sailed within 12 nautical miles of the Scarborough Shoal.", "Scarborough Shoal")
    assert rel["type"] == "near" and rel["distance_km"] == pytest.approx(22.224)
    rel = _relation("The frigate was 30 nautical miles north of Tartus.", "Tartus")
    assert rel["type"] == "direction" and rel["distance_km"] == pytest.approx(55.56)


def test_a_distance_of_without_within_is_no_relation():
    # "the last 30 km of the road": a length, not how close anything is to the place
    assert _relation("They drove the last 30 km of Gao's ring road.", "Gao") is None


@pytest.mark.parametrize("text", ["Rebels took control of Kidal.", "The siege of Kidal lasted weeks.",
                                  "After the fall of Kidal, the army withdrew.",
                                  "A patrol came within 10 km of Kidal."])
def test_a_lone_small_town_after_a_noun_of_holding_it_or_a_distance_is_a_place(text, gazetteer):
    found = [(m["surface"], m["role"], m.get("country")) for m in find_mentions(text, gazetteer=gazetteer)]
    assert ("Kidal", "place", "ML") in found


def test_an_armed_group_of_one_country_places_a_text_that_names_no_country(gazetteer):
    found = {m["surface"]: m.get("country") for m in find_mentions("RSF vehicles left Bara overnight.", gazetteer=gazetteer)}
    assert found.get("Bara") == "SD"


def test_a_named_country_outweighs_the_group(gazetteer):
    # the group fights beyond its home; the country the text names is the better witness
    found = {m["surface"]: m.get("country") for m in find_mentions(
        "RSF fighters were seen near Bara, Romania's border police said.", gazetteer=gazetteer)}
    assert found.get("Bara") == "RO"


def test_group_names_are_matched_whole_and_as_written():
    from geomove.mentions.group_homes import group_home_countries
    assert set(group_home_countries("M23 rebels and Houthi boats")) == {"CD", "YE"}
    assert group_home_countries("the M235 road; hamas-like; Eln") == {}


def test_a_hard_wrapped_sentence_is_read_whole_with_its_offsets():
    from geomove.read.unwrap import unwrapped
    text = ("According to local sources, a column of approximately\n25 vehicles belonging to the army of the\n"
            "Malian Armed Forces left Gao on the morning of 4 March and\narrived in Ansongo, accompanied by\r\n"
            "Russian personnel.\nNext paragraph starts here.")
    out = unwrapped(text)
    assert len(out) == len(text)
    assert "approximately 25 vehicles" in out and "army of the Malian" in out
    assert "and arrived" in out and "by  Russian" in out
    assert out.endswith("personnel.\nNext paragraph starts here.")  # (a full stop ends the line)


@pytest.mark.parametrize("text", [
    "Malian troops enter Kidal after rebels withdraw north\nMalian troops entered Kidal on Tuesday.",  # headline
    "Troops moved on three fronts overnight\n- Gao: a column left for Kidal",  # bullet
    "Update from the ministry of defence\n1. Troops left Gao",  # numbered item
    "LIVE: Sudan war updates\nthe army says",  # a short label line
    "Convoy movements reported overnight\n09:12 the army left Bara",  # time stamp
])
def test_line_breaks_of_headlines_items_and_labels_stay(text):
    from geomove.read.unwrap import unwrapped
    assert unwrapped(text) == text


def test_a_speaker_named_after_said_is_no_origin(gazetteer):
    from geomove.movements import extract
    text = ('"Troops will stay until the vote," said Amadou Diallo from the Gao regional council, '
            'as a convoy arrived in Kidal.')
    ends = [(f["properties"]["origin"] or {}).get("name") for f in extract(text, gazetteer=gazetteer, published="2026-03-10")]
    assert "Gao" not in ends


def test_a_timeline_item_keeps_its_break():
    from geomove.read.unwrap import unwrapped
    for text in ("Timeline of the 2025 withdrawal\n12 March – French troops left Gao for Niamey.",
                 "Key dates of the deployment so far\n2024 - the first contingent arrived"):
        assert unwrapped(text) == text


def test_a_line_in_capitals_is_recased_as_prose_with_its_length(gazetteer):
    from geomove.mentions.recase import recased
    text = "Update.\nRSF FIGHTERS LEFT EL FASHER FOR MELLIT. TROOPS WILL MOVE FROM NICE TO ISRAEL IN MARCH."
    out = recased(text, gazetteer)
    assert len(out) == len(text) and out.startswith("Update.\n")
    assert "RSF fighters left El Fasher for Mellit. Troops will move from nice to Israel in March." in out


@pytest.mark.parametrize("text", ["UN and EU observers left Goma.", "BREAKING NEWS", "The AU, UN and ECOWAS met."])
def test_prose_and_short_labels_are_not_recased(text, gazetteer):
    from geomove.mentions.recase import recased
    assert recased(text, gazetteer) is text


def test_mentions_in_capitals_keep_the_reports_surface(gazetteer):
    text = "SITREP 12: FAMA ELEMENTS MOVED FROM GAO TO ANSONGO ON 4 MAR."
    found = [(m["surface"], m.get("name"), m["start"]) for m in find_mentions(text, gazetteer=gazetteer) if m["role"] == "place"]
    assert ("GAO", "Gao", text.index("GAO")) in found and ("ANSONGO", "Ansongo", text.index("ANSONGO")) in found
    for surface, _name, start in found:
        assert text[start:start + len(surface)] == surface


def test_a_movement_in_capitals_keeps_the_reports_quote(gazetteer):
    from geomove.movements import extract
    text = "MALIAN TROOPS ENTERED KIDAL ON TUESDAY, OFFICIALS SAID."
    (f,) = extract(text, gazetteer=gazetteer, published="2026-03-10")
    assert f["properties"]["destination"]["name"] == "Kidal" and f["properties"]["quote"] == text
    assert f["properties"]["start"] == "2026-03-10"


@pytest.mark.parametrize("verb", ["fled", "departed", "approached", "neared", "bypassed", "skirted", "infiltrated"])
def test_a_lone_small_town_after_a_verb_of_leaving_or_nearing_is_a_place(verb, gazetteer):
    text = f"Rebels {verb} Kidal on Sunday."
    assert ("Kidal", "ML") in [(m["surface"], m.get("country")) for m in find_mentions(text, gazetteer=gazetteer)]


def test_a_military_date_time_group_is_a_day():
    import datetime as dt
    from geomove.dates import find_dates
    (d,) = find_dates("A. 081400Z MAR 26 FAMA CONVOY DEPARTED GAO.", dt.date(2026, 3, 9))
    assert (d.text, d.date_start, d.precision) == ("081400Z MAR 26", dt.date(2026, 3, 8), "day")
    assert [x.text for x in find_dates("serial 123456 mar 26", dt.date(2026, 3, 9))] == ["mar 26"]


def test_lettered_list_labels_are_read_as_white_space_only_in_a_list():
    from geomove.read.unwrap import without_letter_labels
    text = "A. FAMA convoy left Gao.\nB. JNIM elements moved north."
    out = without_letter_labels(text)
    assert len(out) == len(text) and out.startswith("   FAMA convoy") and "\n   JNIM" in out
    lone = "A. Diallo said a convoy left Gao.\nThe army confirmed it."
    assert without_letter_labels(lone) is lone


def test_a_text_of_thousands_of_names_costs_its_length(gazetteer):
    # appositions (a sort of every mention per mention) and famous_heads (a scan of every mention
    # per mention) made a 20,000-character run of one name cost its length squared (fuzz, s29)
    import time
    small, large = " ".join(["Aleppo"] * 500), " ".join(["Aleppo"] * 2000)
    find_mentions(small, gazetteer=gazetteer)
    t0 = time.process_time(); find_mentions(small, gazetteer=gazetteer); t_small = time.process_time() - t0
    t0 = time.process_time(); find_mentions(large, gazetteer=gazetteer); t_large = time.process_time() - t0
    assert t_large < 8 * t_small + 0.2, (t_small, t_large)  # 4x the text: not 16x


def test_the_look_for_lines_in_capitals_starts_at_a_word():
    # (the pattern asks for the word's start after its first capital, for speed: the matches
    # must be those of \b before it)
    from geomove.mentions.recase import _SHOUTING_SOMEWHERE as look
    assert [m.group(0) for m in look.finditer("Reports: MALIAN TROOPS ENTERED Kidal")] == ["MALIAN TROOPS ENTERED"]
    assert not look.search("xMALIAN TROOPS ENTERED")  # (a capital inside a word starts none)
    assert look.search("x MALIAN TROOPS ENTERED").start() == 2
    assert look.search("-ABC DE FGH").start() == 1  # (a hyphen is no word character)
    assert not look.search("1ABC DE FGH")  # (nor after a digit: one word)
