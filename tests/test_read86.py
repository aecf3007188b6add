"""Session 31, read86: constructions of movement reports from Europe, Asia and the Americas,
at the level of the functions that decide."""

from geomove.read import cuts


def _clause_texts(text: str) -> list[str]:
    spans, _legs = cuts._clauses(text, [(0, len(text))])
    return [text[a:b].strip(" ,.") for a, b in spans]


def test_after_a_plain_plural_of_another_flags_craft_opens_a_clause():
    text = "Taiwan sent frigates from Keelung to Penghu after Chinese ships sailed into the strait."
    assert _clause_texts(text) == ["Taiwan sent frigates from Keelung to Penghu",
                                   "Chinese ships sailed into the strait"]
    for craft in ("boats", "bombers", "planes", "aircraft", "drones", "cutters"):
        assert cuts._OTHER_FORCE_AFTER.search(f"The unit left Gao after Russian {craft} arrived"), craft
    # a participle after 'after' is the subject's own and stays in its clause
    assert cuts._OTHER_FORCE_AFTER.search("The ships left Subic after refuelling") is None


def test_an_end_near_a_place_of_another_name_is_no_repeat_of_the_origin():
    from geomove.read.events import near_another_named
    bridge = {"name": "Antonivskyi road bridge (Kherson)", "surface": "Antonivsky", "kind": "crossing"}
    town = {"name": "Oleshky", "surface": "Oleshky", "kind": "town", "relation": {"type": "near"}}
    assert near_another_named(town, bridge)
    # told by the same name: a repeat ("from A to positions near A")
    assert not near_another_named(town, {"name": "Oleshky", "surface": "Oleshky", "kind": "town"})
    # a bare "to B" is no place told near: same_place decides, as before
    assert not near_another_named({**town, "relation": None}, bridge)
    # a name within the other's ("Kakhovka" and "Nova Kakhovka" rows of one site) is no other name
    assert not near_another_named({"name": "Nova Kakhovka", "relation": {"type": "near"}},
                                  {"name": "Kakhovka", "surface": "Kakhovka"})


def test_members_of_a_force_counted_with_a_point_for_thousands():
    import re
    from geomove.read.forces import _members_of_force
    text = "Some 2.500 elementos of the Guardia Nacional arrived in Culiacan."
    name = re.search(r"Guardia Nacional", text)
    assert _members_of_force(text, 0, name)
    # members after the verb are no subject, however counted
    text = "Police stopped 1.500 elementos of the Guardia Nacional near Culiacan."
    assert not _members_of_force(text, 0, re.search(r"Guardia Nacional", text))


def test_relative_days_count_from_the_datelines_day():
    import datetime as dt
    from geomove.read.clauses import _Reader
    text = "VILNIUS, March 9 (Reuters) - Troops crossed into Grodno overnight, officials said on Sunday."
    assert _Reader(text, [], dt.date(2026, 3, 10)).filed_on == dt.date(2026, 3, 9)
    # no dateline: publication is the day of reference
    assert _Reader(text.split("- ", 1)[1], [], dt.date(2026, 3, 10)).filed_on == dt.date(2026, 3, 10)


def test_a_time_clause_joins_the_place_to_a_force_sent_in():
    from geomove.read.in_particle_place import _JOIN_BEFORE_VERB, _TIME_CLAUSE_BEFORE_VERB
    text = "took over the prison in Guayaquil after 500 soldiers were sent in from Quito"
    at, verb = text.index("Guayaquil") + len("Guayaquil"), text.index("sent")
    assert _JOIN_BEFORE_VERB.fullmatch(text, at, verb) is None
    assert _TIME_CLAUSE_BEFORE_VERB.fullmatch(text, at, verb)
    # another clause between (a sentence of its own, a quote) joins nothing
    other = "took over the prison in Guayaquil. Officials said 500 soldiers were sent in"
    at, verb = other.index("Guayaquil") + len("Guayaquil"), other.index("sent")
    assert _TIME_CLAUSE_BEFORE_VERB.fullmatch(other, at, verb) is None


def test_plan_in_capitals_is_chinas_navy_not_a_plan():
    from geomove.read.lexicon import _MODAL
    assert _MODAL.search("Two PLAN frigates departed Qingdao") is None
    assert _MODAL.search("The navy plans to send frigates")
    assert _MODAL.search("A plan to move the brigade")
    assert _MODAL.search("Troops were PLANNED for deployment")  # (a headline's capitals: still a plan)


def test_a_time_stamp_before_a_dash_is_no_low_end_of_a_range():
    from geomove.read.counts import _count_range
    text = "10:15 – Two Russian fighters landed"
    assert _count_range(text, 0, text.index("Two"), 2) is None
    text = "0930 – 300 soldiers arrived"
    assert _count_range(text, 0, text.index("300"), 300) is None
    text = "200-300 soldiers arrived"
    assert _count_range(text, 0, text.index("300"), 300) == 200


def test_a_participle_of_taking_over_after_a_move_with_no_place():
    from geomove.read.taking_over_after import _PARTICIPLE_AFTER, _PHRASE_END
    text = "moved into the north on Sunday, taking over the municipal buildings in Zvecan"
    assert _PARTICIPLE_AFTER.match(text, len("moved"))
    # another clause between the verb and the participle: no participle of this move
    assert _PARTICIPLE_AFTER.match("moved in. Officials said, taking over", len("moved")) is None
    # the phrase ends at a clause of time, whose places are not taken over
    tail = "the buildings in Zvecan, after Serbs left Leposavic"
    assert tail[_PHRASE_END.search(tail).start():].startswith(", after")


def test_a_relative_clause_of_staying_holds_its_own_date():
    from geomove.read.event_clause_date import stay_where_before
    text = "deployed the cutter to Sabina Shoal, where it stayed for five months until its withdrawal in September"
    assert stay_where_before(text, text.index("September"), len("deployed")) == text.index(", where")
    # a relative clause of arriving is the movement's own: its date stands
    text = "deployed to Demchok, where they arrived on Monday"
    assert stay_where_before(text, text.index("Monday"), len("deployed")) is None
    # closed by a comma as an aside, the date after it is the move's
    text = "withdrew from Djibo, where they had been stationed since 2022, to Ouahigouya on Sunday"
    assert stay_where_before(text, text.index("Sunday"), len("withdrew")) is None


def test_a_national_forces_stop_via_a_third_country_is_no_origin():
    from types import SimpleNamespace
    from geomove.read.assemble import _transit_abroad
    text = "Kenyan police flew to Haiti via Jamaica"
    jamaica = {"name": "Jamaica", "country": "JM", "kind": "country"}
    frag = SimpleNamespace(actor_home={"country": "KE"}, via=[(jamaica, text.index("via"))])
    assert _transit_abroad(text, SimpleNamespace(frags=[frag]), jamaica)
    # no nation of its own: the country passed is where it came from, as before
    assert not _transit_abroad(text, SimpleNamespace(frags=[SimpleNamespace(actor_home=None, via=frag.via)]), jamaica)
    # through a crossing with the country, no 'via': as before
    text = "Kenyan trucks came through the crossing with Jamaica"
    frag = SimpleNamespace(actor_home={"country": "KE"}, via=[(jamaica, text.index("through"))])
    assert not _transit_abroad(text, SimpleNamespace(frags=[frag]), jamaica)
