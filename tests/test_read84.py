"""read84: event decisions (is it a movement? which status?), on sentences written for these tests."""

import re


def _trigger(text: str, verb: str):
    return re.compile(r"\b(?P<verb>" + verb + r")\b").search(text)


def test_a_force_evacuating_nationals_moves_no_force():
    from geomove.read.carried_people import carried_people
    for text, verb in [("The air force airlifted 200 foreign nationals from Bangui.", "airlifted"),
                       ("The navy evacuated 300 citizens to Larnaca.", "evacuated"),
                       ("The air force flew 150 stranded nationals home from Yangon.", "flew"),
                       ("The navy shipped 400 foreigners from Misrata.", "shipped"),
                       ("The military brought 90 expatriates home from Juba.", "brought")]:
        assert carried_people(text, _trigger(text, verb), len(text)), text
    for text, verb in [("The air force airlifted 200 paratroopers from Bangui.", "airlifted"),
                       ("The navy evacuated its marines and 300 citizens to Larnaca.", "evacuated"),
                       ("The army brought 400 troops home from Gao.", "brought"),
                       ("The navy shipped 40 armoured vehicles from Misrata.", "shipped")]:
        assert not carried_people(text, _trigger(text, verb), len(text)), text


def test_the_military_craft_that_carried_nationals_moved():
    # (the ship or aircraft named is military equipment: its leg is a movement, read56 decision 1)
    from geomove.read.carried_people import carried_people
    for text, verb in [("Two frigates shipped 400 foreigners from Misrata to Valletta.", "shipped"),
                       ("A C-130 of the air force flew 150 stranded nationals home from Yangon.", "flew"),
                       ("The navy evacuated 300 citizens from Beira aboard the landing ship Kanimbla.", "evacuated")]:
        assert not carried_people(text, _trigger(text, verb), len(text)), text
    text = "The navy evacuated 300 civilians from Beira aboard two warships."  # (civilians: as before, read82)
    assert carried_people(text, _trigger(text, "evacuated"), len(text))


def test_nationals_carried_as_the_subject_are_no_force():
    from geomove.read.no_force import _no_force_moves
    assert _no_force_moves("About 200 foreign nationals")
    assert _no_force_moves("Some 500 citizens")
    assert not _no_force_moves("About 200 soldiers")
    assert not _no_force_moves("Citizens' militias")


def test_a_contrast_after_the_predicate_is_no_negation_of_the_move():
    from geomove.read.negated_predicate import negation_of_the_move
    for after in [" of two battalions to Novi Pazar was a routine rotation, not a threat.",
                  " of paratroopers in Gyumri was routine, not an escalation, the Kremlin said.",
                  " of the brigade to Lachin was a drill and not a provocation.",
                  " of the brigade to Lachin was not a threat but a scheduled exercise.",
                  " of artillery to Lachin was not aimed at anyone, Baku said."]:
        assert negation_of_the_move(after) is None, after
    for after in [" of the brigade to Lashio was not carried out.",
                  " of police from Zubin Potok was not completed, officials said.",
                  " of troops to Lashio never happened.",
                  " of troops to Lashio has not begun, not yet."]:
        assert negation_of_the_move(after) is not None, after
    assert negation_of_the_move(" of troops to Lashio has been put off because the roads are not safe.") is None


def test_a_place_that_names_the_move_is_its_speaker():
    from geomove.read.what_they_called import named_it_so
    text = "Destroyers sailed to Pingtan for what Beijing called a routine exercise."
    at = text.index("Beijing")
    assert named_it_so(text, {"start": at, "end": at + 7})
    text = "Units moved to Lachin, in a move Yerevan described as a provocation."
    at = text.index("Yerevan")
    assert named_it_so(text, {"start": at, "end": at + 7})
    text = "Destroyers sailed from Zhanjiang for Sanya on Monday."
    at = text.index("Sanya")
    assert not named_it_so(text, {"start": at, "end": at + 5})
    text = "Troops moved to what Kidal residents call the old garrison."
    at = text.index("Kidal")
    assert not named_it_so(text, {"start": at, "end": at + 5})


def test_markup_pasted_with_a_report_is_read_as_the_page_shows_it():
    from geomove.layout import squeeze
    sq = squeeze("Units left Bakh\u00admut for Siversk.")
    assert sq.text == "Units left Bakhmut for Siversk."
    assert sq.to_original(sq.text.index("mut")) == "Units left Bakh\u00admut".index("mut")
    text = "Troops reached Kramatorsk&#8217;s edge&nbsp;on Monday &amp; Tuesday."
    sq = squeeze(text)
    assert sq.text == "Troops reached Kramatorsk\u2019s edge\u00a0on Monday & Tuesday."
    for word in ("Kramatorsk", "edge", "Monday", "Tuesday"):
        assert sq.to_original(sq.text.index(word)) == text.index(word)
        assert sq.to_squeezed(text.index(word)) == sq.text.index(word)
    assert squeeze("AT&T moved 20 trucks to Homs.") is None  # (no reference: no semicolon)
    assert squeeze("Troops &foo; moved to Homs.") is None  # (a name HTML does not know: as written)


def test_a_mention_across_markup_keeps_the_reports_offsets_and_surface():
    from geomove import extract, places
    text = "Ukrainian troops withdrew from Bakh\u00admut to Siversk on Monday. Russian units reached Kramatorsk&#8217;s edge."
    found = places(text)
    assert {"Bakh\u00admut", "Siversk", "Kramatorsk"} <= {m["surface"] for m in found}
    assert all(text[m["start"]:m["end"]] == m["surface"] for m in found)
    moves = extract(text, published="2026-03-10")
    ends = [(f["properties"]["origin"] or {}).get("surface") for f in moves]
    assert "Bakh\u00admut" in ends
    for f in moves:
        for place in (f["properties"]["origin"], f["properties"]["destination"]):
            if place and place.get("offsets"):
                a, b = place["offsets"][:2]
                assert text[a:b] == place["surface"]


def test_a_source_relative_that_says_a_move_is_to_come_is_a_clause_of_its_own():
    from geomove.read.cuts import _clauses
    text = "Guards were moved to Jermuk, according to the ministry, which said the guards would return to Yerevan."
    spans, _ = _clauses(text, [(0, len(text))])
    assert len(spans) == 2 and text[spans[1][0]:].startswith("the guards would return")
    text = "Tanks reached Guasdualito, according to an official, who said the tanks had come from Barinas."
    assert len(_clauses(text, [(0, len(text))])[0]) == 1


def test_a_preposition_after_not_or_rather_than_sets_its_place_aside():
    from geomove.read.set_aside import set_aside
    for text, cue in [("withdrew from Ijevan on Saturday, not from Berd.", "from Berd"),
                      ("sailed to Santa Marta rather than to Barranquilla.", "to Barranquilla"),
                      ("came not from Caracas but from Barinas.", "from Caracas"),
                      ("was sent to Lashio instead of to Hsipaw.", "to Hsipaw")]:
        assert set_aside(text, text.index(cue)), text
    for text, cue in [("did not withdraw from Berd.", "from Berd"),
                      ("came not from Caracas but from Barinas.", "from Barinas"),
                      ("moved not far from Lashio.", "from Lashio"),
                      ("the troops, knot from Lashio.", "from Lashio")]:
        assert not set_aside(text, text.index(cue)), text


def test_a_place_near_a_border_told_after_its_country_locates_the_border():
    from geomove.read.phrase_apart import locates_the_border
    kosovo = {"kind": "country", "relation": {"type": "border"}}
    assert locates_the_border(kosovo, " border near ")
    assert locates_the_border(kosovo, " boundary line at ")
    assert locates_the_border(kosovo, " near the ")
    assert not locates_the_border(kosovo, " border guards near ")
    assert not locates_the_border({"kind": "country"}, " border near ")


def test_the_ing_form_of_deploy_is_a_deployment_under_way():
    from geomove.read.deploying_now import deploying_now
    assert deploying_now(_trigger("Serbia is redeploying two battalions to Raska.", "redeploying"))
    assert deploying_now(_trigger("Forces have been deploying troops to Lachin since Monday.", "deploying"))
    assert not deploying_now(_trigger("Troops have been deployed in Lachin since 2023.", "deployed"))


def test_a_time_of_the_year_that_comes_back_is_a_habit():
    from geomove.read.lexicon import _HABITUAL_GATE
    for text in ["The army moves tanks from A to B every July.", "Troops have moved to A each spring.",
                 "Convoys leave A every Monday.", "The navy sails to A annually.", "In past years, troops moved to A."]:
        assert _HABITUAL_GATE.search(text), text
    for text in ["The army moved tanks from A to B in July.", "Troops moved to A this spring.",
                 "Troops moved to A on Monday for the annual drills."]:
        assert not _HABITUAL_GATE.search(text), text


def test_a_contrast_is_not_framed_by_the_habit_that_opens_the_sentence():
    from geomove import default_gazetteer
    from geomove.mentions import find_mentions
    from geomove.read.clauses import _Reader

    def frames(text):
        reader = _Reader(text, find_mentions(text, gazetteer=default_gazetteer()), None)
        return [reader._frame_of_previous(i) for i in range(1, len(reader.spans))]
    assert frames("Columns usually travel from Monywa to Kalay by road, but on Sunday a column was flown to Kalay.") == [None]
    assert [f and f[0] for f in frames("Columns usually travel from Monywa to Kalay, and trucks drive on to Tamu.")] == ["background"]


def test_could_be_seen_moving_is_told_as_seen():
    from geomove.read.could_be_seen import could_be_seen
    from geomove.read.lexicon import _MODAL
    text = "Serbian troops could be seen moving toward Raska."
    at = text.index("moving")
    assert could_be_seen(text, 0, at, text[:at], _MODAL)
    text = "Serbian troops could be seen moving toward Raska, and will stay there."
    assert could_be_seen(text, 0, at, text[:at], _MODAL)
    text = "Serbian troops could move toward Raska."
    at = text.index("move ")
    assert not could_be_seen(text, 0, at, text[:at], _MODAL)
    text = "Troops that will deploy could be seen moving toward Raska."
    at = text.index("moving")
    assert not could_be_seen(text, 0, at, text[:at], _MODAL)


def test_a_claim_told_as_false_by_its_adverb_is_a_denial():
    from geomove.read.lexicon import _DENIAL
    assert _DENIAL.search("Milbloggers falsely claimed that forces crossed into Apure.")
    assert _DENIAL.search("Channels erroneously stated that troops left Tavush.")
    assert not _DENIAL.search("Milbloggers claimed that forces crossed into Apure.")
    assert not _DENIAL.search("Troops falsely dressed as police entered Apure.")


def test_people_escorted_with_two_words_before_their_noun_are_no_force():
    from geomove.read.forces import escorts_civilians
    text = "Armenian troops escorted 200 ethnic Armenian refugees from Lachin to Goris."
    assert escorts_civilians(text, _trigger(text, "escorted"), len(text))
    text = "Armenian troops escorted two Armenian army battalions from Lachin to Goris."
    assert not escorts_civilians(text, _trigger(text, "escorted"), len(text))
