"""Session 53 (speed127): the trigger filter of ``_Reader.fragment`` as a loop that reads each
trigger's words and stem once and asks a test that wants one of a few words or stems only of a
trigger that is one (``_Reader._kept_triggers``, clauses._WORDS_ASKED, _STEMS_ASKED).

It may change no answer: every call of the new filter is compared with the list comprehension it
replaced (kept below as it stood at s53start, run in the clauses module's names), on reports of
our own that reach each of its tests and on texts hypothesis builds from the tests' words."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geomove.read import clauses

from reading import read_all

PUBLISHED = "2026-11-20"

# the filter as it stood at s53start (geomove/read/clauses.py, _Reader.fragment), word for word
_OLD = """def _old_kept_triggers(self, clause_triggers, s, e, index):
    triggers = [t for t in clause_triggers if s <= t.start() and t.end() <= e
                if not (t.group(0)[:1].isupper() and self.text[s:t.start()].strip()
                        and not verb_opens_item(self.text, s, t.start(), t.end()))  # "- Moved 300 troops ..."
                and not verb_form_as_noun(self.text, s, t)
                and not load_before_sighting(self.text, s, e, t)  # ("Lorries transporting troops were spotted": read.reduced_relative)
                and not come_in_time(self.text, t)
                and not goes_on_as_continuing(self.text, t)  # "... is still going on." (read.going_on)
                and not goes_as_become(self.text, t)  # "its AIS went dark ... west of X" (read.go_as_become)
                and not left_as_result(self.text, t)
                and not left_as_side(self.text, t)  # ("to the left bank near X")
                and not brings_to_a_total(self.text, t, e)  # "brings the contingent to about 1,000" (read.brought_to_total)
                and not counted_in_a_total(self.text, t, s, e)  # "the number of soldiers deployed in X" (read.number_of_moved)
                and not (t.group(0).lower() == "crossing"
                         and _CROSSING_NOUN.search(self.text[max(s, t.start() - 30):t.start()])
                         # "a crossing of the troops from X to Y" is the event, not a place
                         and not _EVENT_OF.match(self.text, t.end(), e))
                and not (t.group("noun") and t.group("noun").lower() in _ABSTRACT_NOUNS
                         and not _DEPLOYMENT_TOLD.search(self.text, max(s, t.start() - 60), min(e, t.end() + 80)))
                # "the head of the UN mission travelled": a title, not the verb "head"
                and not (t.group("verb") and _stem(t.group("verb")) == "head"
                         and _HEAD_OF.match(self.text, t.end(), e))
                and not (t.group("verb") and _stem(t.group("verb")) == "receive"
                         and (not _RECEIVED_OBJECT_GATE.match(self.text[t.end():e])
                              # "welcomed the arrival of N troops": the noun tells the movement
                              or _RECEIVED_NOUN.match(self.text, t.end(), e)))
                and not (t.group("verb") and _stem(t.group("verb")) in _RELIEF_VERBS
                         and not _RELIEVED_UNIT.match(self.text, t.end(), e)
                         # ("the peacekeepers in X were replaced by a battalion": read.relieved_by)
                         and not relieved_by_force(self.text, t, e)
                         # ("ESTPLA-32 replaced ESTPLA-31 at X": read.numbered_rotation)
                         and not code_relieves_code(self.text, t.start(), t.end()))
                and not (t.group("verb") and _stem(t.group("verb")) == "order"
                         and not order_names_a_place(self.text, t.start(), t.end(), e))
                # "turned back to Subic": a turn back is a move only towards a place (read.turned_back)
                and not (t.group("verb") and _stem(t.group("verb")) == "turn back"
                         and not turns_back_towards(self.text, t.end(), e))
                # "handed over 40 prisoners": only a site a force held is left (read.handed_site)
                and not (t.group("verb") and _stem(t.group("verb")) in HANDING_OVER
                         and not hands_over_a_site(self.text, t.end(), e))
                # ("the handover of power": only the handover of a site a force held, read.handed_site)
                and not (t.group("noun") and t.group("noun").lower() in HANDOVER_NOUNS
                         and handover_of_a_site(self.text, t.end(), e) is None)
                # ("the transfer of territory", "of power": no force, read.transfer_of)
                # (the word is a verb's form too: "the transfer of" matches as the verb)
                and not ((t.group("noun") or t.group("verb") or "").lower() in TRANSFER_NOUNS
                         and transfer_of_no_force(self.text, t.end(), e))
                and not (t.group("verb") and _stem(t.group("verb")) == "reach"
                         and self._accord_reached(t, s, e))
                and not (t.group("verb") and _stem(t.group("verb")) in INDUCTION_VERBS
                         and into_service(self.text, t.end(), e))
                and not (t.group("verb") and _stem(t.group("verb")) in _FORCE_ONLY
                         and not _MOVER_GATE.search(self.text, s, t.start())
                         # ("A rifle company from A relieved the garrison at B": a company told
                         # as a unit is a force, read.companies; s42 read114)
                         and not company_subject(self.text, s, t.start())
                         and not _VESSEL_MOVER_GATE.search(self.text, s, t.start())
                         and not _MATERIEL_MOVER_GATE.search(self.text, s, t.start())
                         # ("The troops, who left X on Friday, | took up positions in Y": the
                         # force is named before the aside, in the clause before)
                         and not self._force_before_aside(index, t.start())
                         # ("The troops flew to A, from where they were taken by road to B": the
                         # pronoun's antecedent, the clause before, names the force)
                         and not self._pronoun_of_a_mover(index, t.start())
                         # ("Colombia shifted two battalions from A to B": the force is the object)
                         and not self._shifted_a_force(t, e)
                         # ("Burundi replaced them with fresh troops in X": the force is told after "with")
                         and not replaced_with_a_force(self.text, t, e)
                         # ("Two Italian platoons were relieved at X by Romanian gendarmes": the
                         # agent is the force that moved, read.relieved_by)
                         and not relieved_by_force(self.text, t, e)
                         and not code_relieves_code(self.text, t.start(), t.end()))  # (read.numbered_rotation)
                and not (t.group("verb") and _stem(t.group("verb")) == "lead"
                         and not _led_a_force(self.text, t, e))
                # ("Russia massed troops near X": a build-up moves the force it names as its
                # object; "troops have massed near X" tells where they are: _moved_a_force_object)
                and not (t.group("verb") and _stem(t.group("verb")) == "mass"
                         and not self._moved_a_force_object(t, e))
                and not (t.group("verb") and _stem(t.group("verb")) in _DIRECTED_ONLY
                         and not _DIRECTION_AFTER.match(self.text, t.end(), e)
                         and not _ROUTE_AFTER.match(self.text, t.end(), e)
                         # ("pushed government soldiers out of A": the force driven, read.driven_force)
                         and not driven_force(self.text, t, e))
                # ("a destroyer joined them off X", never "joined the alliance": read.joined_at_place)
                and not (is_join(t) and not joins_a_group_at(self.text, t, e))
                # ("forced government troops out of A", never "forced to": read.driven_force)
                and not (t.group("verb") and _stem(t.group("verb")) in DRIVING_ONLY
                         and not driven_force(self.text, t, e))
                # ("scrambled two F-16s from X", never "residents scrambled to flee": read.scrambled)
                and scrambles_aircraft(self.text, t, e)
                # ("fighters boarded planes at X", never "commandos boarded a cargo ship": read.boarded_carrier)
                and boards_a_carrier(self.text, t, e)
                and not _noun_adjunct(self.text, t)
                # ", leaving Rwandan forces in charge": who stayed behind
                and not (t.group("verb") and t.group("verb").lower() == "leaving" and self._left_in_place(t.start(), s, e))]
    return triggers
"""
_names = dict(vars(clauses))
exec(_OLD, _names)
_old_kept_triggers = _names["_old_kept_triggers"]

# sentences of our own (a made-up Zambian and Malawian theatre), each reaching one of the filter's tests
OWN = [
    "Two battalions moved from Kabwe to Ndola by land on Monday.",
    "Lorries transporting troops were spotted on the road from Kabwe to Ndola.",
    "The announcement comes a week after soldiers arrived in Chipata.",
    "The exercise is still going on near Mzuzu.",
    "The patrol boat went dark west of Nkhata Bay.",
    "The flood left two soldiers dead in Karonga, and the brigade left 200 men behind in Mzuzu.",
    "Marines were ferried across the Luangwa to the left bank near Mfuwe.",
    "The new company brings the contingent to about 900 in Kasama.",
    "The number of soldiers deployed in Mansa has reached 1,200.",
    "Engineers repaired the Chirundu crossing before the convoy crossed into Zimbabwe.",
    "The deployment of the unit was criticised in Lusaka.",
    "The head of the UN mission travelled to Lilongwe.",
    "The garrison received two companies in Kasama, and residents welcomed the arrival of 300 troops in Mbala.",
    "A Malawian battalion relieved the Zambian company at Chitipa.",
    "The minister ordered the battalion to Mchinji.",
    "The frigate turned back to Nkhata Bay.",
    "The army handed over 40 prisoners in Mzuzu and handed the base over to police in Karonga.",
    "The handover of power in Lusaka went smoothly.",
    "The transfer of territory near Kasumbalesa was agreed.",
    "The two sides reached an accord in Lilongwe, and the column reached Mzimba.",
    "Two new corvettes were inducted into service at Monkey Bay.",
    "They made their way to Chipata, and soldiers made their way to Lundazi.",
    "General Phiri led Zambian troops into Mwinilunga.",
    "Russia massed troops near Solwezi, and troops have massed near Kasempa.",
    "Rebels pushed into Nchelenge, and the police pushed for talks in Mansa.",
    "A destroyer joined them off Likoma, and Malawi joined the alliance in Lilongwe.",
    "Rebels forced government troops out of Kaputa, and residents were forced to flee Mporokoso.",
    "The air force scrambled two jets from Mbala, and residents scrambled to flee Kasama.",
    "Fighters boarded planes at Ndola, and commandos boarded a cargo ship at Mpulungu.",
    "Two transport planes flew from Lusaka to Ndola.",
    "The brigade withdrew from Chililabombwe, leaving Malawian forces in charge of the town.",
    "- Moved 300 troops from Kabwe to Kapiri Mposhi.",
    "Soldiers of the Rapid Deployment Force moved to Kabwe.",
]


@pytest.fixture
def compared(monkeypatch):
    """Every call of _kept_triggers during a read, checked against the old filter; the calls made."""
    calls = []
    new = clauses._Reader._kept_triggers

    def both(self, clause_triggers, s, e, index):
        got = new(self, clause_triggers, s, e, index)
        assert got == _old_kept_triggers(self, clause_triggers, s, e, index), (self.text[s:e], clause_triggers)
        calls.append((len(clause_triggers), len(got)))
        return got

    monkeypatch.setattr(clauses._Reader, "_kept_triggers", both)
    return calls


def test_own_reports_filter_their_triggers_as_before(gazetteer, compared):
    for text in OWN + [" ".join(OWN)]:
        read_all(gazetteer, text, PUBLISHED)
    # (the filter was asked, and dropped triggers as well as kept them)
    assert sum(n for n, _ in compared) > len(OWN)
    assert any(kept < n for n, kept in compared) and any(kept for _, kept in compared)


def test_the_asked_words_and_stems_are_those_of_the_tests():
    # (a word or stem a test asks for that the sets lacked would skip that test)
    assert {"came", "going", "went", "leaving", "left", "crossing"} <= clauses._WORDS_ASKED
    assert {"head", "receive", "order", "turn back", "reach", "lead", "mass", "join", "scramble", "board"} <= clauses._STEMS_ASKED
    assert clauses._RELIEF_VERBS | clauses.HANDING_OVER | clauses.DRIVING_ONLY <= clauses._STEMS_ASKED
    assert set(clauses._FORCE_ONLY) | set(clauses._DIRECTED_ONLY) | set(clauses.INDUCTION_VERBS) <= clauses._STEMS_ASKED


_WORDS = ["troops", "soldiers", "the", "a", "battalion", "moved", "left", "leaving", "came", "comes", "went", "going",
          "on", "dark", "crossing", "crossed", "head", "of", "received", "arrival", "relieved", "replaced", "ordered",
          "turned", "back", "handed", "over", "handover", "transfer", "reached", "accord", "inducted", "into", "service",
          "made", "their", "way", "led", "massed", "pushed", "joined", "forced", "out", "scrambled", "jets", "boarded",
          "planes", "transport", "deployment", "number", "brings", "contingent", "to", "1,000", "from", "Kabwe",
          "Ndola", "Lusaka", "Moved", "-", ",", ".", "were", "was", "bank", "dead", "behind", "in", "near"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_WORDS), min_size=4, max_size=30))
def test_built_texts_filter_their_triggers_as_before(gazetteer, compared, words):
    text = "Troops moved from Kabwe to Ndola. " + " ".join(words).replace(" ,", ",").replace(" .", ".") + \
        " Soldiers travelled from Lusaka to Kabwe."
    read_all(gazetteer, text, PUBLISHED)
