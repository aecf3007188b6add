"""read83's constructions, pinned at the function that reads them (sentences written for these
tests, in theatres of their own)."""

from geomove.read.apposed_counts import apposed_count


def _apposed(text: str):
    return apposed_count(text, 0, len(text))


def test_strength_of_a_formation_counts_its_people():
    # "The 4th Brigade, about 450 strong, arrived": a strength told after a formation's name
    text = "The 4th Motorised Brigade, about 450 strong, arrived in Kassala on Monday."
    item, told, start = _apposed(text)
    assert item["value"] == 450 and item.get("approx")
    assert told.partition(",")[0] == "The 4th Motorised Brigade" and start == 0


def test_strength_of_forces_after_a_comma_opener():
    text = "On Sunday, Somali special forces, 200 strong, moved into Baidoa."
    item, told, start = _apposed(text)
    assert item["value"] == 200
    assert told.partition(",")[0] == "Somali special forces"


def test_of_them_after_a_formation_counts_no_people():
    # "the battalions, three of them," counts formations, not people
    assert _apposed("The battalions, three of them, left Kassala for Gedaref.") is None


def _intended(text: str, place: str) -> bool:
    import re as _re
    from geomove.read.clauses import _TRIGGER_SCAN
    from geomove.read.intended_end import intended_in_subject
    at = text.index(place)
    mention = {"start": at, "end": at + len(place), "surface": place}
    others = [{"start": m.start(), "end": m.end()} for m in _re.finditer(r"(?<=in |ed )[A-Z]\w+", text)]
    return intended_in_subject(text, mention, 0, len(text), list(_TRIGGER_SCAN.finditer(text)), others)


def test_bound_for_in_the_subject_before_an_arrival_is_no_end():
    assert _intended("Sudanese troops bound for El Fasher arrived in Kosti on Monday.", "El Fasher")
    assert _intended("A convoy headed for Mogadishu reached Afgoye on Tuesday.", "Mogadishu")
    # a name the index may not know after the verb of arrival is an end of its own
    assert _intended("Troops on their way to Kidal entered Anefis on Monday.", "Kidal")


def test_bound_for_kept_where_it_is_the_end_told():
    # after a verb of leaving: where it left for
    assert not _intended("A convoy left Gao bound for Kidal on Monday.", "Kidal")
    # an arrival with no place of its own
    assert not _intended("Sudanese troops bound for El Fasher arrived on Monday.", "El Fasher")
    # the predicate, not the subject
    assert not _intended("The convoy was bound for Tobruk when it reached Ajdabiya.", "Tobruk")


def test_place_then_bound_for_is_no_adjective_of_direction():
    from geomove.read.lexicon import _BOUND_AFTER
    text = "A convoy left Gao bound for Kidal; a Gao-bound column and Kidal bound trucks followed."
    assert _BOUND_AFTER.match(text, text.index("Gao") + 3) is None
    assert _BOUND_AFTER.match(text, text.index("Gao-") + 3) is not None
    assert _BOUND_AFTER.match(text, text.index("Kidal bound") + 5) is not None


def test_one_military_craft_in_the_singular_names_who_moved():
    from geomove.read.aircraft_force import single_craft_before_verb
    text = "A Chinese Type 052D destroyer sailed into Djibouti."
    tail = single_craft_before_verb(text, text.index(" Type"), text.index("sailed"))
    assert tail is not None and tail.group(0).strip() == "Type 052D destroyer"
    text = "An Emirati Il-76 has reportedly landed in Bosaso."
    assert single_craft_before_verb(text, text.index(" Il-76"), text.index("landed")) is not None


def test_a_model_like_word_inside_a_longer_subject_is_no_craft():
    from geomove.read.aircraft_force import single_craft_before_verb
    text = "A Russian COVID-19 vaccine shipment arrived in Khartoum."
    assert single_craft_before_verb(text, text.index(" COVID"), text.index("arrived")) is None
    text = "A Kenyan A320 landed in Mogadishu."  # an airliner's type
    assert single_craft_before_verb(text, text.index(" A320"), text.index("landed")) is None


def _frag_of_legs(origins, destinations, heads):
    from geomove.read.state import Fragment
    place = lambda name: {"name": name, "surface": name, "lat": 10.0 + len(name), "lon": 30.0 + len(name),
                          "country": "SD", "kind": "city"}
    return Fragment(sentence=0, trigger="moved", trigger_start=12, origin=[(place(n), at) for n, at in origins],
                    destination=[(place(n), at) for n, at in destinations], paired_legs=True, leg_heads=heads)


def _legs(frag):
    from geomove.read.events import _paired_legs
    return [((d.origin or {}).get("name"), (d.destination or {}).get("name")) for d in _paired_legs(frag)]


def test_leg_heads_find_every_from_to_pair():
    from geomove.read.leg_heads import leg_heads
    text = "Troops were moved from Kassala to Gedaref, from Gedaref to Sennar, and from Sennar to Wad Zarouk."
    assert leg_heads(text, 0, len(text)) == (18, 43, 71)


def test_an_unknown_last_end_leaves_the_legs_before_as_told():
    # "from Kassala to Gedaref, from Gedaref to Sennar, and from Sennar to <unknown>"
    frag = _frag_of_legs([("Kassala", 18), ("Gedaref", 43), ("Sennar", 71)], [("Gedaref", 31), ("Sennar", 56)], (18, 43, 71))
    assert _legs(frag) == [("Kassala", "Gedaref"), ("Gedaref", "Sennar"), ("Sennar", None)]


def test_an_unknown_middle_place_joins_no_two_legs():
    # "from Kassala to <unknown>, from <unknown> to Sennar, and from Sennar to Kosti"
    frag = _frag_of_legs([("Kassala", 18), ("Sennar", 76)], [("Sennar", 61), ("Kosti", 86)], (18, 46, 76))
    assert _legs(frag) == [("Kassala", None), (None, "Sennar"), ("Sennar", "Kosti")]


def test_a_name_opening_the_sentence_before_an_aside_and_its_verb_is_a_place(gazetteer):
    # "X, which ..., was entered": the name is the subject of the sentence, as in "X was entered"
    from geomove.mentions import find_mentions
    text = "Kassala, which the militia had held since 2023, was entered on Saturday by troops from Gedaref."
    assert "Kassala" in [m["surface"] for m in find_mentions(text, gazetteer=gazetteer)]


def test_the_passive_after_an_aside_has_the_place_before_it_as_subject(gazetteer):
    from geomove.movements import extract
    text = "Clashes were reported overnight. Sirte, which the LNA had abandoned in 2020, was reached on Friday by fighters from Misrata."
    [f] = extract(text, published="2026-03-10", gazetteer=gazetteer)
    p = f["properties"]
    assert (p["origin"]["name"], p["destination"]["name"], p["start"]) == ("Misratah", "Sirte", "2026-03-06")


class _Day:
    def __init__(self, text, word):
        self.start = text.index(word)
        self.end = self.start + len(word)
        self.text = word


def test_a_date_after_the_relative_asides_closing_comma_is_the_main_clauses():
    from geomove.read.aside_then_date import date_after_aside, dates_not_closing_aside
    text = "The column reached Kidal, which the army had left in 2013, on Monday."
    monday, year = _Day(text, "Monday"), _Day(text, "2013")
    main_end = text.index(",")
    assert date_after_aside(text, [year, monday], main_end) is monday
    aside_start = text.index("the army")
    assert dates_not_closing_aside(text, [year, monday], aside_start, len(text)) == [year]


def test_a_date_inside_the_aside_stays_the_asides():
    from geomove.read.aside_then_date import date_after_aside, dates_not_closing_aside
    text = "The column reached Kidal, which the army had left on Monday."
    monday = _Day(text, "Monday")
    assert date_after_aside(text, [monday], text.index(",")) is None
    assert dates_not_closing_aside(text, [monday], text.index("the army"), len(text)) == [monday]


def test_strength_of_a_formation_after_a_datelines_dash():
    text = "TRIPOLI, March 8 (Reuters) - The 444th Brigade, about 900 strong, moved to Tarhuna."
    item, told, start = _apposed(text)
    assert item["value"] == 900 and told.partition(",")[0] == "The 444th Brigade"


def test_an_adverb_of_saying_is_no_word_of_what_moved():
    from geomove.read.clauses import _after_said_by
    words, _end = _after_said_by("The RSF said separately its fighters")
    assert words.strip() == "its fighters"


def test_a_state_that_also_said_its_troops_moved_is_their_actor():
    from geomove.read.clauses import _SAID_IT
    assert _SAID_IT.match(" also said that its troops had ") is not None


def test_a_list_after_before_travelling_opens_where_the_list_begins():
    from geomove.read.before_moving_on import moved_on_before
    from geomove.read.chained_list import list_after_chain
    text = "The troops were flown to Abeche on Saturday before travelling by road to Adre and Tine."
    dests = [{"offsets": (text.index(n), text.index(n) + len(n))} for n in ("Abeche", "Adre", "Tine")]
    assert list_after_chain(text, dests) is None  # (no word of going on of lexicon._CHAIN)
    assert list_after_chain(text, dests, goes_on=(moved_on_before,)) == text.index("Adre")


def test_the_subject_before_a_participle_starts_after_a_wire_dateline():
    from geomove.read.clauses import _TRIGGER_SCAN
    from geomove.read.participle_after import subject_of_participle
    text = "GAROWE, March 8 (Reuters) - Puntland forces took Qardho after advancing from Garowe last week."
    main = next(t for t in _TRIGGER_SCAN.finditer(text) if t.group(0) == "advancing")
    assert subject_of_participle(text, text.index("March"), main) == "Puntland forces"


def test_people_told_by_no_number_leave_the_count_to_their_vehicles(gazetteer):
    from geomove.movements import extract
    [f] = extract("Dozens of Al-Shabaab fighters in 12 technicals moved from Jilib to Bu'aale on Monday.",
                  published="2026-03-10", gazetteer=gazetteer)
    assert f["properties"]["count"] == 12


def test_a_verb_of_beginning_before_the_main_verb_after_an_aside_names_nothing_that_moved():
    from geomove.read.clauses import _AUXILIARIES_OR_SIGHTING
    assert _AUXILIARIES_OR_SIGHTING.fullmatch(" began ") is not None
    assert _AUXILIARIES_OR_SIGHTING.fullmatch(" had then started ") is not None
    assert _AUXILIARIES_OR_SIGHTING.fullmatch(" two battalions ") is None


def test_both_towns_refers_back_to_the_last_list_of_two_places():
    from geomove.read.plural_anaphor import listed_before, plural_referent
    text = "RSF forces withdrew from Um Rawaba and Er Rahad towards Bara. SAF units entered both towns."
    places = [{"start": text.index(n), "end": text.index(n) + len(n), "surface": n} for n in ("Um Rawaba", "Er Rahad", "Bara")]
    at = text.index(" both")
    n, _end = plural_referent(text, at, len(text))
    assert n == 2
    assert [m["surface"] for m in listed_before(text, places, text.index("SAF"), n)] == ["Um Rawaba", "Er Rahad"]
    assert listed_before(text, places, text.index("SAF"), 3) is None  # (no list of three told)


def test_moved_on_a_place_is_a_cue_of_where_they_went():
    from geomove.read.lexicon import _CUE_RE, _ROLE_CUES
    text = "groups from Zawiya moved on Tripoli"
    m = _CUE_RE.search(text, text.index("moved"))
    k = next(k for k, v in m.groupdict().items() if v is not None)
    assert m.group(0) == "moved on" and _ROLE_CUES[int(k[1:])][1] == "destination"


def test_a_movement_nouns_of_reaches_past_an_estimate():
    from geomove.read.clauses import _NOUN_OF
    assert _NOUN_OF.fullmatch(" of an estimated 1,200 ") is not None
    assert _NOUN_OF.fullmatch(" of roughly 300 ") is not None


def test_a_relative_aside_of_being_besieged_tells_where_the_force_was():
    from geomove.read.subject_relative import in_subject_relative
    text = "The garrison, which had been encircled at Kadugli for months, withdrew to Dilling."
    kadugli = {"start": text.index("Kadugli"), "end": text.index("Kadugli") + 7}
    assert not in_subject_relative(text, kadugli, 0, text.index("withdrew"))
    text = "The 5th Brigade, which was formed in Gao, moved from Bourem to Kidal."
    gao = {"start": text.index("Gao"), "end": text.index("Gao") + 3}
    assert in_subject_relative(text, gao, 0, text.index("moved"))


def test_replaced_by_a_force_that_came_from_a_place():
    from geomove.read.replaced_from import _REPLACED_BY
    for text in ("and were replaced by Somali troops arriving from Jowhar",
                 "and were replaced by Somali troops who arrived from Jowhar"):
        m = _REPLACED_BY.search(text)
        assert m is not None and m.group("what").strip() == "Somali troops" and text[m.end():] == "Jowhar"
    assert _REPLACED_BY.search("and were replaced by Somali troops in Jowhar") is None


def test_since_a_day_of_the_month_runs_to_publication():
    import datetime as _dt
    from geomove.dates import find_dates
    found = find_dates("Ugandan troops have been moving to Baidoa since 1 March.", published=_dt.date(2026, 3, 10))
    d = next(d for d in found if "March" in d.text)
    assert (d.date_start, d.date_end, d.precision) == (_dt.date(2026, 3, 1), _dt.date(2026, 3, 10), "day")
    found = find_dates("Ugandan troops moved to Baidoa on 1 March.", published=_dt.date(2026, 3, 10))
    d = next(d for d in found if "March" in d.text)
    assert (d.date_start, d.date_end) == (_dt.date(2026, 3, 1), _dt.date(2026, 3, 1))
