"""speed161: the finder's set-up in fewer passes, the same answers.

finder._lower_case_words sorts the text's distinct spellings and takes those opening with a-z as
one slice (below U+0080 no other character is a lower-case letter), testing one by one only the
spellings that open past ASCII. The reference is the plain rule written out: a spelling is in the
set when its first character is a lower-case letter. Both are asked of sentences of our own and
of random texts (any unicode, empty, one character, long runs of punctuation)."""

from hypothesis import example, given, settings
from hypothesis import strategies as st

from geomove.mentions.finder import _lower_case_words
from geomove.textutil import tokenize, tokenize_with_texts


def _lower_case_words_by_the_rule(texts):
    return {w for w in texts if w[:1].islower() and w[:1].isalpha()}


OWN_TEXTS = [
    "",
    "a",
    "Z",
    "{",
    "~~~ ||| {{{ }}} zebra Zulu",
    "Armoured columns rolled west from Orange toward the orange groves at dawn.",
    "éclaireurs left Évora; ßtraße, ǅemal and ǆamija, iPhone users, 9th brigade, _x and x_y.",
    "Танки ушли из Белгорода в сторону границы, а колонна стояла.",
    "ⓐ ⅷ Ⅷ ªx ºy µz — the last three open with letters of no case or of lower case.",
    "!!!!!!!!!!!!!!!!!!!!!!!!????????????........,,,,,,;;;;;;;;'''''''\"\"\"\"",
    "Troops of the 3rd division re-took al-Hasakah's airport; d'Ivoire's units and O'Neill's men stayed.",
    "\x7f\x80\x81 \u00a0 word \u00df \u0101bc \uffff x",
]


def test_own_texts_give_the_rule_s_words():
    for text in OWN_TEXTS:
        toks, texts = tokenize_with_texts(text)
        assert _lower_case_words(toks, texts) == _lower_case_words_by_the_rule(texts), text
        assert _lower_case_words(toks) == _lower_case_words_by_the_rule(texts), text


def test_the_slice_takes_a_to_z_and_nothing_beside_them():
    # the words sorting right before "a" and from "{" on must stay out; "a" and "z..." must be in
    toks = tokenize("` a az zz { | } ~ Zz ^ _ ] é")
    got = _lower_case_words(toks)
    assert got == {"a", "az", "zz", "é"}


def test_spellings_with_no_ascii_first_character():
    # ("ⓐ", lower case but no letter, is a token of its own: "ⓐb" is "ⓐ" and "b")
    toks = tokenize("ålborg Ålborg ωmega Ωmega ⓐb ǈub")
    assert _lower_case_words(toks) == {"ålborg", "ωmega", "b"}


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=300))
@example("")
@example("x")
@example("." * 500)
@example("-'" * 200 + "a")
def test_any_text_gives_the_rule_s_words(text):
    toks, texts = tokenize_with_texts(text)
    assert _lower_case_words(toks, texts) == _lower_case_words_by_the_rule(texts)


_PIECES = st.sampled_from([
    "Goma", "goma", "the", "The", "a", "z", "{", "~", "`", "^", "é", "É", "ß", "ⓐ", "ª", "3rd", "_", "...",
    "!!!", "—", "al-Qaim", "d'Ivoire", "Łódź", "łódź", "Кремль", "кремль", "\n", " "])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=60).map(" ".join))
def test_texts_of_words_and_punctuation_give_the_rule_s_words(text):
    toks, texts = tokenize_with_texts(text)
    assert _lower_case_words(toks, texts) == _lower_case_words_by_the_rule(texts)
