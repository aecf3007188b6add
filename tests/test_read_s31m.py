"""Session 31's lead fixes, at the level of the functions that decide."""

from geomove.read import cuts


def _clause_texts(text: str) -> list[str]:
    spans, _legs = cuts._clauses(text, [(0, len(text))])
    return [text[a:b].strip(" ,.") for a, b in spans]


def test_a_that_clause_on_a_passives_agent_is_the_agents_own_clause():
    text = "Malian soldiers entered Tessalit, backed by a Russian unit that had flown in from Gao."
    assert _clause_texts(text) == ["Malian soldiers entered Tessalit, backed by",
                                   "a Russian unit that had flown in from Gao"]
    # "that" on the object of the same movement stays in its clause (read63)
    same = "The army withdrew from the northern sector the personnel that had been brought there from Kayes."
    assert len(_clause_texts(same)) == 1


def test_after_one_craft_of_another_flag_opens_a_clause_of_its_own():
    text = "Syrian troops left Homs after a Russian battalion arrived in Palmyra."
    assert _clause_texts(text) == ["Syrian troops left Homs", "a Russian battalion arrived in Palmyra"]
    # the article and the flag make the other force: an unnamed plane may be the subject's own
    assert cuts._OTHER_FORCE_AFTER.search("The battalion left Gao after a plane landed") is None
    assert cuts._OTHER_FORCE_AFTER.search("The frigate left port after an Iranian tanker entered the strait")


def test_a_formations_number_is_read_whole_and_not_as_the_whole_of_a_part():
    from geomove.read.formation_size import formation_size
    whole = "A force of 2,500 pledged by Kenya landed in Haiti."
    assert formation_size(whole, 0, len(whole)) is None  # (was 2: the digits before the comma)
    plain = "A force of 2,500, mostly police, landed in Haiti."
    assert formation_size(plain, 0, len(plain))["value"] == 2500
    part = "A unit landed in Haiti, part of the force of 2,500."
    assert formation_size(part, 0, len(part)) is None


def test_a_sea_as_headlines_write_it_needs_no_article(gazetteer):
    from geomove.mentions import find_mentions

    def named(text):
        return [(m["surface"], m.get("kind")) for m in find_mentions(text, gazetteer=gazetteer) if m["role"] == "place"]
    assert named("Carrier group sails into western Pacific") == [("Pacific", "ocean")]
    assert named("Frigates head across Mediterranean") == [("Mediterranean", "sea")]
    # a firm's name (a capitalised word after it) and a town told with its state are as before
    assert ("Pacific", "ocean") not in named("Shares of Pacific Gas fell in trading.")
    assert named("He moved to Pacific, Missouri.")[0][1] != "ocean"


def test_a_span_of_months_is_read_from_the_first_day_to_the_last():
    import datetime as dt
    from geomove import dates
    pub = dates.parse_published("2026-11-30")

    def spans(text):
        return [(d.text, d.date_start, d.date_end) for d in dates.find_dates(text, pub)]
    assert spans("Between June and August, flights carried arms.") == [
        ("Between June and August", dt.date(2026, 6, 1), dt.date(2026, 8, 31))]
    assert spans("from November to January") == [("from November to January", dt.date(2025, 11, 1), dt.date(2026, 1, 31))]
    assert spans("between March and May 2024")[0][1:] == (dt.date(2024, 3, 1), dt.date(2024, 5, 31))
    # two months listed are no span; a day after the second month is that day's pattern
    assert [t for t, *_ in spans("in June and August")] == ["in June"]
