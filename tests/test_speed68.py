"""Session 38's speed work on ranking in context (speed68) gives the same answers: each shortcut
against the path it skips, on random texts of sentences written for these tests and on those
sentences themselves."""

from hypothesis import example, given, settings
from hypothesis import strategies as st

from geomove.mentions.context import HOME_FORCE_NOUNS, ContextRanking
from geomove.mentions.finder import _Finder

# our own sentences: forces of a province or state named before a town of theirs or a namesake
# abroad, forces of a country, and texts that write no force's noun at all
OWN_SENTENCES = [
    "The Vermont National Guard drove trucks from Burlington to Rutland on Sunday.",
    "The Manitoba Highway Patrol closed the road between Brandon and Dauphin.",
    "Punjab Police moved two companies from Ludhiana to Jalandhar overnight.",
    "State troopers from Kentucky reached Paris and Lexington before dawn.",
    "The Queensland police said crews left Mackay for Bowen and Townsville.",
    "Ohio guardsmen sent a convoy from Lebanon to Dayton; Lebanon stayed calm.",
    "Georgia's army moved armour from Gori toward Tbilisi.",
    "Rebels shelled Goma and Sake; refugees fled to Gisenyi.",
    "Floods cut the road from Springfield to Decatur and Peoria.",
    "A coastguard cutter sailed from Victoria to London, Ontario, by way of the lakes.",
    "THE TEXAS STATE GUARD LEFT AUSTIN FOR WACO.",
    "The Alaska constabulary flew from Nome to Bethel.",
    "Policemen and a patrolling unit reached Homs and Hama.",
]

# pieces of text that lower-case oddly (a dotted capital I, the Kelvin sign, a title-case
# digraph, final sigma) beside the nouns and the words around them
_PIECES = st.sampled_from(OWN_SENTENCES + [
    "POLİCE", "Polİce", "\u212aentucky", "ǅukić", "Guard", "GUARD", "guard.", "Patrol", "troopers,",
    "National", "State", "Highway", "Ohio", "Vermont", "Paris", "Texas", "ΟΔΟΣ", "σ", "—", ";", "\n\n", " "])


def _readings(gazetteer, text: str) -> list:
    """Every mention as the finder leaves it: surface, offsets, and its readings' order, score
    and reason."""
    finder = _Finder(text, gazetteer)
    return [(m.get("surface"), m.get("start"), m.get("name"), m.get("score"), m.get("why")) for m in finder.run()]


def _force_noun_as_a_token(text: str, gazetteer) -> bool:
    return any(t.lower in HOME_FORCE_NOUNS for t in _Finder(text, gazetteer).toks)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=6).map(" ".join))
@example("The Vermont National Guard drove trucks from Burlington to Rutland on Sunday.")
@example("Rebels shelled Goma and Sake; refugees fled to Gisenyi.")
@example("POLİCE in \u212aentucky said the GUARD left Paris.")
def test_a_text_without_a_force_noun_ranks_as_the_whole_scan(gazetteer, text):
    """_writes_a_force_noun holds wherever a token of the text is a force's noun (the scan of
    every name it spares finds nothing otherwise), and the finder's answers with the gate are
    those of the scan over every name."""
    finder = _Finder(text, gazetteer)
    if _force_noun_as_a_token(text, gazetteer):
        assert finder._writes_a_force_noun()
    fast = _readings(gazetteer, text)
    gate = ContextRanking._writes_a_force_noun
    try:
        ContextRanking._writes_a_force_noun = lambda self: True  # (every name's readings scanned)
        whole = _readings(gazetteer, text)
    finally:
        ContextRanking._writes_a_force_noun = gate
    assert fast == whole


def test_the_gate_reads_a_force_noun_in_any_case(gazetteer):
    """Written in capitals, within a longer word, or not at all."""
    assert _Finder("THE TEXAS STATE GUARD LEFT AUSTIN FOR WACO.", gazetteer)._writes_a_force_noun()
    assert _Finder("Policemen reached Homs.", gazetteer)._writes_a_force_noun()
    assert not _Finder("Rebels shelled Goma and Sake; refugees fled to Gisenyi.", gazetteer)._writes_a_force_noun()


def test_a_home_force_still_backs_its_province_s_town(gazetteer):
    """The gate lets a text that names a province's own force through: its towns are read in
    that province (context._home_force_provinces)."""
    finder = _Finder("The Vermont National Guard drove trucks from Burlington to Rutland on Sunday.", gazetteer)
    got = {m["surface"]: m for m in finder.run()}
    assert got["Rutland"]["country"] == "US" and got["Rutland"]["admin1"] == "Vermont"
