"""The small functions of read94's rules asked directly (s34): a part's words, a lettered force that
owns its patrols, a side named alone, the head noun before a post-modifier, a body's noun."""

from types import SimpleNamespace

from geomove.read.head_noun import _head, body_named_before
from geomove.read.part_of_group import names_a_part
from geomove.read.said_pronoun import lettered_force_owner, speaker_of_pronoun
from geomove.read.side_alone import side_alone_subject


def test_part_words_open_what_moved():
    assert names_a_part("About 300 of them")
    assert names_a_part("some 40 of the soldiers")
    assert names_a_part("half of these troops")
    assert not names_a_part("300 soldiers")
    assert not names_a_part("the rest")
    assert not names_a_part(None)


def test_lettered_force_owns_its_patrols_or_men():
    text = "MONUSCO said its patrols moved from Beni to Butembo."
    said_end = text.index("its")
    assert lettered_force_owner(text, "MONUSCO", said_end, text.index("moved")) == "MONUSCO"
    crews = "Reuters said its crews travelled from A to B."
    assert lettered_force_owner(crews, "Reuters", crews.index("its"), crews.index("travelled")) is None
    news = "CNN said its crews travelled from A to B."
    assert lettered_force_owner(news, "CNN", news.index("its"), news.index("travelled")) is None


def test_day_opener_without_comma_is_no_word_of_the_speaker():
    text = "On Tuesday UNIFIL said its soldiers had moved from Naqoura to Tyre."
    assert speaker_of_pronoun(text, 0, text.index("its")) == "UNIFIL"
    text = "On 3 May EUFOR said its patrols had moved."
    assert speaker_of_pronoun(text, 0, text.index("its")) == "EUFOR"


def test_side_named_alone():
    text = "On Monday the enemy moved three companies from A to B."
    assert side_alone_subject(text, 0, text.index("moved")) == "enemy"
    text = "Our defenders withdrew from A to B."
    assert side_alone_subject(text, 0, text.index("withdrew")) == "our defenders"
    text = "The enemy artillery moved from A to B."
    assert side_alone_subject(text, 0, text.index("moved")) is None  # (a noun after it: the artillery's)


def test_head_noun_before_a_participle_or_of():
    assert _head("An army convoy carrying ammunition") == "convoy"
    assert _head("A police column of forty trucks") == "column"
    assert _head("The opposition fighters") == "fighters"
    assert _head("Three ships loading fuel") is None  # (no force noun before it)


def test_body_noun_names_the_older_movement_only():
    frag = lambda what: SimpleNamespace(what=what, actor=None, sentence=2)  # noqa: E731
    draft = lambda what: SimpleNamespace(frags=[SimpleNamespace(what=what, actor=None)], status="reported")  # noqa: E731
    column, aircraft = draft("A rebel column carrying heavy weapons"), draft("Rwandan aircraft")
    assert body_named_before(frag("the column"), aircraft, [column, aircraft]) is column
    soldiers, battalion = draft("About 250 soldiers"), draft("a battalion")
    assert body_named_before(frag("Some of the soldiers"), battalion, [soldiers, battalion]) is None
