"""Session 45, read120: constructions session 44 noticed and left (sentences of my own):
a force's verb with civilians as its object and the civilians' relative clause of moving, an
elided count ('200 more') after a relative aside that counted the noun, a force seen passing a
place on land with no end (decided: no movement, as a plain passage is none)."""

from geomove.movements import extract
from geomove.read.civilians_relative import verb_of_civilians

PUBLISHED = "2026-12-05"  # a Saturday


def _ends(features):
    name = lambda p: p and (p.get("surface") or p.get("name"))  # noqa: E731
    return [(name(f["properties"]["origin"]), [name(v) for v in f["properties"]["via"]],
             name(f["properties"]["destination"])) for f in features]


# -- civilians' relative clause of moving after a force's verb (read.civilians_relative)

def test_cue_after_a_civilians_verb_is_theirs():
    text = "Riot police dispersed protesters who had marched from Mandalay to Sagaing."
    verb = text.index("marched")
    assert verb_of_civilians(text, verb)
    force = "Riot police dispersed protesters and soldiers who had marched from Mandalay to Sagaing."
    assert not verb_of_civilians(force, force.index("marched"))


def test_civilians_march_is_no_movement_of_the_force(gazetteer):
    for text in ("Riot police dispersed protesters who had marched from Mandalay to Sagaing on Sunday.",
                 "Border guards detained migrants who had crossed from Niger into Libya on Tuesday.",
                 "Police dispersed demonstrators, who had marched from Omdurman to Khartoum, on Sunday."):
        assert extract(text, published=PUBLISHED, gazetteer=gazetteer) == [], text


def test_force_relative_and_force_verb_still_move(gazetteer):
    own = "Soldiers who had marched from Gao to Bourem dispersed protesters on Sunday."
    assert _ends(extract(own, published=PUBLISHED, gazetteer=gazetteer)) == [("Gao", [], "Bourem")]
    then = "Police dispersed protesters and then moved from Omdurman to Khartoum."
    assert _ends(extract(then, published=PUBLISHED, gazetteer=gazetteer)) == [("Omdurman", [], "Khartoum")]


# -- 'N more' after an aside that counted the noun (read.elided_count)

def test_more_after_a_relative_aside_counts_its_noun(gazetteer):
    for text, count in (("Kenya, which has 400 police officers in Haiti, sent 200 more to Port-au-Prince on Tuesday.", 200),
                        ("Chad, which already has 1,000 soldiers in Niger, deployed 300 more to Niamey on Sunday.", 300)):
        (f,) = extract(text, published=PUBLISHED, gazetteer=gazetteer)
        assert f["properties"]["count"] == count, text
    # no noun counted before it: 300 of what is not told
    (g,) = extract("Chad, which borders Niger, deployed 300 more to Niamey on Sunday.", published=PUBLISHED, gazetteer=gazetteer)
    assert g["properties"]["count"] is None


# -- a force seen passing a place on land, no end told (assemble.drop_endless, decided s45)

def test_seen_passing_alone_is_no_movement_as_passing_alone_is_none(gazetteer):
    for text in ("A military convoy was filmed passing through Kidal on Monday.",
                 "Armoured vehicles were seen moving through Bakhmut on Tuesday, witnesses said.",
                 "A convoy passed through Kidal on Monday."):
        assert extract(text, published=PUBLISHED, gazetteer=gazetteer) == [], text
    # with its end told, the sighting is a movement with the place passed as via
    told = "A convoy was filmed passing through Bourem on its way to Gao on Monday."
    assert _ends(extract(told, published=PUBLISHED, gazetteer=gazetteer)) == [(None, ["Bourem"], "Gao")]


# -- a national capital as the actor, the border with a neighbour (read.seat_subject.seat_home)

def test_capital_actor_goes_to_its_own_side_of_the_border(gazetteer):
    for text, home in (("Minsk has amassed forces along the border with Lithuania.", "BY"),
                       ("Addis Ababa has massed troops along the border with Eritrea.", "ET")):
        (f,) = extract(text, published=PUBLISHED, gazetteer=gazetteer)
        assert f["properties"]["destination"]["country"] == home, text
    # over the border, or a border of no neighbour: the other side, as before
    (g,) = extract("Minsk sent troops into the border area with Lithuania.", published=PUBLISHED, gazetteer=gazetteer)
    assert g["properties"]["destination"]["country"] == "LT"
    (h,) = extract("Washington sent troops to the Polish border.", published=PUBLISHED, gazetteer=gazetteer)
    assert h["properties"]["destination"]["country"] == "PL"


def test_seat_home_is_only_a_national_capital(gazetteer):
    from geomove.read.book import place_book
    from geomove.read.seat_subject import seat_home

    book = place_book(gazetteer)
    assert seat_home("Minsk", book)["country"] == "BY"
    assert seat_home("Gomel", book) is None
    assert seat_home(None, book) is None


# -- a total split into parts: "Of these, N went to B, and the rest went on to C"

def test_fronted_part_is_read_by_its_words():
    from geomove.read.elided_count import elided_count, fronted_part

    text = "About 900 soldiers left Kosti. Of these, 300 moved to Rabak."
    s = text.index("Of these")
    assert fronted_part(text, s, text.index("moved"))
    other = "About 900 soldiers left Kosti. Of the wounded, 30 were flown out."
    assert not fronted_part(other, other.index("Of the"), other.index("were"))
    item = elided_count("300", ["soldiers"], fronted=True)
    assert (item["value"], item["unit"], item.get("part")) == (300, "soldiers", True)


def test_total_split_into_parts_leaves_from_the_total_origin(gazetteer):
    text = "A total of 400 soldiers left Gao on Monday. Of these, 250 went to Kidal, and the rest went on to Tessalit."
    features = extract(text, published=PUBLISHED, gazetteer=gazetteer)
    assert _ends(features) == [("Gao", [], "Kidal"), ("Gao", [], "Tessalit")]
    assert features[0]["properties"]["count"] == 250
    # the rest of another group: its origin is not told
    other = "The column left Gao for Bourem on Monday, and the rest of the brigade moved to Kidal."
    assert _ends(extract(other, published=PUBLISHED, gazetteer=gazetteer)) == [("Gao", [], "Bourem"), (None, [], "Kidal")]
