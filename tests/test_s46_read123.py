"""Session 46, read123: constructions session 45 left, and what a precision-heavy genre of my own
(tests/fixtures/read70: threats, denials, exercises announced, scenarios, anniversaries,
refugees, teams and officials travelling, markets) showed. Sentences of my own."""

from geomove.movements import extract
from geomove.read.companies import company_subject
from geomove.read.followed_on import followed_on
from geomove.read.hypothetical import told_in_a_scenario
from geomove.read.road_sighting import seen_on_the_road_to

PUBLISHED = "2025-03-12"


def _read(text, gazetteer):
    name = lambda p: p and (p.get("surface") or p.get("name"))  # noqa: E731
    return [(name(f["properties"]["origin"]), name(f["properties"]["destination"]), f["properties"]["count"],
             f["properties"]["actor"], [name(v) for v in f["properties"]["via"]])
            for f in extract(text, published=PUBLISHED, gazetteer=gazetteer)]


# -- 1. "will reinforce / join the N soldiers sent to X" (cuts._OBJECT_WHO, the joiner)

def test_group_joined_with_its_own_participle_is_its_own_move(gazetteer):
    assert [r[:3] for r in _read("The new arrivals will reinforce the 80 soldiers sent to Gao last month.", gazetteer)] \
        == [(None, "Gao", 80)]
    assert [r[:3] for r in _read("A second battalion will join the 400 peacekeepers flown into Bangui in October.", gazetteer)] \
        == [(None, "Bangui", 400)]


def test_joiner_near_misses(gazetteer):
    # (a group that is only where it is: no move told)
    assert _read("The new arrivals will reinforce the 80 soldiers already in Gao.", gazetteer) == []
    # (the passive's agent after "joined by", and a participle set before its noun, stay one clause)
    assert [r[:2] for r in _read("The battalion arrived in Goma, joined by troops flown from Bukavu.", gazetteer)] \
        == [("Bukavu", "Goma")]
    assert [r[:2] for r in _read("A reinforced brigade of the 7th Division moved from Kadugli to Dilling.", gazetteer)] \
        == [("Kadugli", "Dilling")]


# -- 2. "Two platoons followed to X" (read.followed_on)

def test_counted_force_before_followed():
    text = "Chadian soldiers reached Abeche on Monday. Two platoons followed to Adre on Wednesday."
    assert [m.group("verb") for m in followed_on(text)] == ["followed"]
    assert followed_on("Chadian soldiers reached Abeche on Monday. Two journalists followed to Adre.") == []
    assert followed_on("Chadian soldiers reached Abeche on Monday. The soldiers followed to Adre.") == []


def test_counted_followed_is_a_movement_of_its_own(gazetteer):
    read = _read("Ukrainian troops moved into Kupiansk on Friday. A platoon of sappers followed on Saturday from Izium.", gazetteer)
    assert [r[:2] for r in read] == [(None, "Kupiansk"), ("Izium", "Kupiansk")]


# -- 3. "A company of marines" (read.companies)

def test_company_of_people_names_them():
    text = "A company of marines landed at Kismayo."
    assert company_subject(text, 0, text.index("landed")) == "marines"
    text = "Two companies of paratroopers moved to Bria."
    assert company_subject(text, 0, text.index("moved")) == "paratroopers"
    text = "A company of consultants landed at Kismayo."
    assert company_subject(text, 0, text.index("landed")) is None


def test_company_of_people_actor(gazetteer):
    assert [r[3] for r in _read("A company of marines landed at Kismayo on Monday.", gazetteer)] == ["marines"]
    assert [r[3] for r in _read("A company of mechanised infantry left Tartu for Voru on Sunday.", gazetteer)] \
        == ["mechanised infantry"]


# -- 4. a stop told in the next sentence (already read: events._chain through a stop, kept by golden lines)

def test_stop_told_in_the_next_sentence_is_a_via(gazetteer):
    assert _read("Polish troops left Szczecin for Riga on Monday. They stopped overnight in Kaunas.", gazetteer) \
        == [("Szczecin", "Riga", None, "Polish troops", ["Kaunas"])]


# -- 5. the body's sighting on "the road to B" after the lede's move toward C (read.road_sighting)

def test_seen_on_the_road_to():
    text = "The convoy was seen on the main road to Gondar."
    place = {"start": text.index("Gondar"), "surface": "Gondar"}
    assert seen_on_the_road_to(text, [("destination", [place], 0)], 0) is place
    drove = "The convoy drove on the road to Gondar."
    place = {"start": drove.index("Gondar"), "surface": "Gondar"}
    assert seen_on_the_road_to(drove, [("destination", [place], 0)], 0) is None


def test_road_sighting_is_passed_on_the_way(gazetteer):
    read = _read("Malian army units redeployed toward Kidal on Monday. Residents said the convoy was seen on the road "
                 "to Bourem on Monday evening.", gazetteer)
    assert [(r[0], r[4], r[1]) for r in read] == [(None, ["Bourem"], "Kidal")]
    # (told alone, the road's far end stays where the force was heading)
    assert [r[:2] for r in _read("The convoy was seen on the road to Gondar on Monday.", gazetteer)] == [(None, "Gondar")]


# -- 6. a move told inside a scenario (read.hypothetical, read70's Taiwan briefing)

def test_scenario_frame():
    text = "Planners studied a scenario where Russian troops move from Pskov into Estonia."
    assert told_in_a_scenario(text, 0, text.index("move")) is not None
    text = "The event that drew crowds ended, and troops moved to Goma."
    assert told_in_a_scenario(text, 0, text.index("moved")) is None


def test_scenario_move_is_not_reported(gazetteer):
    assert _read("The war game rested on a scenario in which Venezuelan troops cross into Guyana from Tumeremo.", gazetteer) == []
    assert [r[:2] for r in _read("Chinese forces crossed the strait from Fujian on Monday.", gazetteer)] == [("Fujian", None)]


# -- 7. 'Said' as the last word of a name (lexicon.SAID_VERB; read70's Egyptian corvettes)

def test_said_with_a_capital_after_a_word_is_a_name():
    from geomove.read.lexicon import _SOURCE_COUNT_SAID, _SPEECH_BEFORE
    assert _SPEECH_BEFORE.search("sailed from Suez to Port Said on ") is None
    assert _SPEECH_BEFORE.search("The navy said on ") is not None
    assert _SPEECH_BEFORE.search("Said on ") is not None  # (a sentence's first word may be the verb)
    assert _SOURCE_COUNT_SAID.match(" corvettes sailed to Port Said") is None
    assert _SOURCE_COUNT_SAID.match(" officials said") is not None


def test_port_said_keeps_count_and_day(gazetteer):
    read = extract("Two navy corvettes sailed from Alexandria to Port Said on Tuesday.", published=PUBLISHED, gazetteer=gazetteer)
    assert [(f["properties"]["count"], f["properties"]["start"]) for f in read] == [(2, "2025-03-11")]
