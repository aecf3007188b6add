"""The per-document scan's shortcuts give what the plain computation gives.

The tokenizer splits a text once and works out every field by C-level passes; here it is checked
against the sentence-by-sentence loop it replaced, on our own sentences and on texts hypothesis
builds from words, abbreviations, digits, punctuation, white space and a few non-ASCII letters.
"""

from hypothesis import given, settings
from hypothesis import strategies as st

from geomove.textutil import _TOKEN_RE, Token, sentence_spans, tokenize

OWN_TEXT = (
    "Gen. Smith's brigade left al-Hasakah at 0400.\nU.S. trucks reached Deir ez-Zor; 40 km north. "
    "“Then they stopped,” a driver said!  (Nobody knew why.)\n\n  ÉCOLE units left Kharkiv’s depot.")


def _tokens_as_before(text):
    """Tokens made sentence by sentence, one regex match at a time (the plain way)."""
    out = []
    for si, (s, e) in enumerate(sentence_spans(text)):
        first = True
        for m in _TOKEN_RE.finditer(text, s, e):
            alnum = m.group()[:1].isalnum()
            out.append(Token(m.start(), m.end(), m.group(), si, first and alnum))
            if alnum:
                first = False
    return out


def _fields(tokens):
    return [(t.start, t.end, t.text, t.sentence, t.first_in_sentence, t.lower, t.is_word, t.is_upper)
            for t in tokens]


def test_tokens_of_our_text_are_those_made_sentence_by_sentence():
    made = tokenize(OWN_TEXT)
    assert made == _tokens_as_before(OWN_TEXT)
    assert _fields(made) == _fields(_tokens_as_before(OWN_TEXT))
    assert [t.text for t in made if t.first_in_sentence] == ["Gen", "U.S.", "Then", "Nobody", "ÉCOLE"]
    assert max(t.sentence for t in made) == 4


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["Gen", "U.S.", "Smith", "J", "x", "moved", "1", "3.5", ".", ". ", "! ", "?", "\n",
                                 " ", "\u3000", "\n\n", '"', "”", " The", " 40", "(", ")", "ab\n", "Mr", "'s", "’",
                                 "-", "al-", "é", "Ж", "\u212a", "_", "\t", "\r\n", ",", "İ"]), max_size=40))
def test_tokens_are_those_made_sentence_by_sentence(parts):
    text = "".join(parts)
    assert _fields(tokenize(text)) == _fields(_tokens_as_before(text))
