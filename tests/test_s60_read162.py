"""Session 60 (read162): the passive of a carrying verb with its means after "by"
(read.passive_means), a craft as the subject of a relative (read.craft_carries.craft_before) and a
force's tug told before ("The tug then sailed on": read.craft_carries.tug_told_before). Sentences of
my own; the golden lines s60-read162-* read them whole."""

import pytest

from geomove.read.craft_carries import craft_before, craft_took, tug_told_before
from geomove.read.lexicon import _stem
from geomove.read.passive_means import is_passive_means, passive_by_means


@pytest.mark.parametrize("text, found", [
    ("About 300 soldiers were taken by ferry to Lindi.", ["taken by ferry"]),
    ("The police officers were carried by truck from Gao to Kidal.", ["carried by truck"]),
    ("The marines were taken by a chartered ferry to Lamu.", ["taken by a chartered ferry"]),
    ("Two companies were taken by military helicopter to Mandera.", ["taken by military helicopter"]),
    ("The gendarmes were carried by road from Gao.", ["carried by road"]),
    ("The troops were carried by landing craft to the beach.", ["carried by landing craft"]),
    ("About 120 soldiers were taken by boat to Lindi.", []),            # lexicon.json's own phrase
    ("Several soldiers were taken by surprise in Lindi.", []),          # an idiom
    ("Three soldiers were taken by rebels to a camp.", []),             # an agent
    ("Three soldiers were taken by rebels in a truck to a camp.", []),  # the agent's truck: no modifier bridges "in a"
    ("Two soldiers were carried by the current to Ansongo.", []),       # no means of transport
    ("The soldiers were taken by truck drivers to Kidal.", []),         # who drove, the means a modifier
    ("The plane was flown by a pilot from Garissa.", []),               # "flown" is no passive form here
    ("The ferry took the soldiers to Lindi.", []),                      # the active: read.craft_carries
    ("Weapons and ammunition were carried by truck to Kidal.", ["carried by truck"]),  # a means: transport, as "taken by" (s61)
    ("Six howitzers were carried by train to Kidal.", ["carried by train"]),  # heavy equipment is
    ("Soldiers and their weapons were carried by truck to Kidal.", ["carried by truck"]),
])
def test_passive_by_means(text, found):
    assert [m.group("verb") for m in passive_by_means(text)] == found


def test_a_passive_with_its_means_is_read_as_the_lexicon_reads_taken_by_boat():
    assert _stem("taken by a chartered ferry") == _stem("taken by boat") == "take by means"
    assert _stem("carried by  truck") == "take by means"  # (spaces folded, as the scan's match may hold them)
    assert _stem("carried") == "carry"                    # (the form alone keeps its stem)
    assert not is_passive_means("taken by surprise")
    assert not is_passive_means("carried by the wind")


@pytest.mark.parametrize("text, verb, craft", [
    ("The ferry that took the soldiers to Lindi sank.", "took", True),
    ("The ferry, which took 200 soldiers to Lindi, was attacked.", "took", True),
    ("A cargo plane that later took 80 officers to Kisumu was grounded.", "took", True),
    ("The ferry took the soldiers to Lindi.", "took", True),
    ("The rebel group that took Kidal was disbanded.", "took", False),  # no craft before the relative
    ("The soldiers that the ferry took to Lindi were Tanzanian.", "took", True),  # the craft before the verb is its subject
    ("The ferry, the army said, which took ...", "took", False),  # words other than the relative pronoun between
])
def test_craft_before_a_relative(text, verb, craft):
    assert craft_before(text, text.index(verb)) is craft


def test_a_relative_craft_took_a_force_but_no_idiom():
    assert [m.group("verb") for m in craft_took("The ferry that took the soldiers to Lindi sank.")] == ["took"]
    assert craft_took("The ferry that took part in the rescue sank near Lindi.") == []


@pytest.mark.parametrize("text, owner", [
    ("A Navy salvage tug towed the frigate to Tartus. The tug then sailed on to Latakia.", "Navy salvage tug"),
    ("A Greek Navy tug towed the frigate to Tartus. The tug then sailed on to Latakia.", "Navy tug"),
    ("A naval tug towed the frigate to Tartus. The tugboat later sailed to Latakia.", "naval tug"),
    ("A salvage tug towed the frigate to Tartus. The tug then sailed on to Latakia.", None),  # trade
    # (the tug told last is the one "the tug" names: a tug of trade after the navy's)
    ("A Greek Navy tug reached Tartus. A harbour tug towed the frigate out. The tug then sailed on to Latakia.", None),
    ("The navy hired a tug in Tartus. The tug then sailed on to Latakia.", None),  # a verb between: hired, not owned
    ("The frigate sailed to Tartus. The tug then sailed on to Latakia.", None),    # no tug told before
    ("A Greek Navy tug towed the frigate to Tartus. The tug's crew left for Latakia.", None),  # no bare "the tug"
])
def test_tug_told_before(text, owner):
    second = text.rindex(". ") + 2
    verb = text.index(" ", text.index("ug", second) + 2) + 1
    while text[verb:verb + 5] in ("then ", "later"):
        verb = text.index(" ", verb) + 1
    told = tug_told_before(text, text[second:verb], verb)
    assert (text[told[0]:told[1]] if told else None) == owner
