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
            out.append(Token.of(m.start(), m.end(), m.group(), si, first and alnum))
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


def _runs_as_before(toks, text):
    """Runs of names found token by token (the loop runs_of_names replaced, less the gazetteer's
    cuts and joins that follow it)."""
    from geomove.mentions.tokens import _NAME_ABBREVIATIONS, CONNECTORS, is_nameish

    def adjacent(a, b):
        gap = text[a.end:b.start]
        return 0 < len(gap) <= 2 and gap.strip(" ") == ""

    runs, cur = [], []
    for i, tok in enumerate(toks):
        t = tok.text
        if not (t[:1].isalpha() or (len(t) > 2 and t.endswith("."))):
            if cur:
                last = toks[cur[-1]]
                if t == "." and last.text in _NAME_ABBREVIATIONS and last.end == tok.start \
                        and last.sentence == tok.sentence:
                    cur.append(i)
                    continue
                runs.append(cur)
                cur = []
            continue
        name = is_nameish(tok)
        if not name and tok.lower not in CONNECTORS:
            if cur:
                runs.append(cur)
                cur = []
            continue
        if cur:
            last = toks[cur[-1]]
            if adjacent(last, tok) and last.sentence == tok.sentence:
                cur.append(i)
                continue
            runs.append(cur)
        cur = [i] if name else []
    if cur:
        runs.append(cur)
    out = []
    for run in runs:
        while run and toks[run[-1]].lower in CONNECTORS and not is_nameish(toks[run[-1]]):
            run = run[:-1]
        if run:
            out.append(run)
    return out


OWN_NAMES_TEXT = (
    "Troops of the Republic of Ruritania moved from St. Anne to Mt. Elbert via the al-Faw road and "
    "Ras al-Ayn.\nThe Duke  of  York and  von Trapp met in Côte d'Ivoire; mid-Ohio units went to "
    "made-in-Japan depots near the Gulf of Oman. Of Mice and Men")


def test_runs_of_our_text_are_those_found_token_by_token():
    from geomove.mentions.tokens import runs_of_names

    toks = tokenize(OWN_NAMES_TEXT)
    runs = runs_of_names(toks, OWN_NAMES_TEXT)
    assert runs == _runs_as_before(toks, OWN_NAMES_TEXT)
    spelled = [OWN_NAMES_TEXT[toks[r[0]].start:toks[r[-1]].end] for r in runs]
    assert spelled[:5] == ["Troops of the Republic of Ruritania", "St. Anne", "Mt. Elbert", "al-Faw", "Ras al-Ayn"]
    assert "The Duke  of  York and  von Trapp" in spelled and "Gulf of Oman" in spelled
    assert "Of Mice and Men" in spelled and "mid-Ohio" in spelled


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["St", "Mt", ".", " ", "  ", "   ", "\n", "of", "Of", "al", "al-Faw", "the", "The",
                                 "d'Ivoire", "mid-Ohio", "made-in-Japan", "pro-Western", "Ras", "x", "1", ",", "Ж",
                                 "ébène", "Éa", "'", "s", "St.", "U.S.", "de", "von", "!"]), max_size=30))
def test_runs_are_those_found_token_by_token(parts):
    from geomove.mentions.tokens import runs_of_names

    text = "".join(parts)
    toks = tokenize(text)
    assert runs_of_names(toks, text) == _runs_as_before(toks, text)


class _CountingGazetteer:
    """The test gazetteer, counting the direct candidate look-ups of each name."""

    def __init__(self, gaz):
        self._gaz = gaz
        self.asked: dict[str, int] = {}

    def candidates(self, name, **kw):
        self.asked[name] = self.asked.get(name, 0) + 1
        return self._gaz.candidates(name, **kw)

    def __getattr__(self, attr):
        return getattr(self._gaz, attr)


def test_a_possessive_spelling_is_looked_up_once_for_every_text(gazetteer):
    from geomove.mentions import _Finder

    counting = _CountingGazetteer(gazetteer)
    texts = ["Convoys left Martha's Vineyard on Monday. Canada's ports stayed shut.",
             "Later, Martha's Vineyard ferries stopped. Canada's navy waited."]
    answers = []
    for text in texts:
        finder = _Finder(text, counting)
        answers.append([text[finder.toks[r[0]].start:finder.toks[r[-1]].end] for r in finder.runs()])
    assert "Martha's Vineyard" in answers[0] and "Martha's Vineyard" in answers[1]
    assert "Canada" in answers[1] and "Canada's" not in answers[1]
    asked_possessive = {name: n for name, n in counting.asked.items() if "'s" in name}
    assert asked_possessive and all(n == 1 for n in asked_possessive.values())


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZQxB .,-'1") + ["É", "é", "Ж", "ж", "ǅ", "\u212a"]), min_size=0, max_size=40))
def test_capital_lines_are_counted_letter_by_letter(line):
    from geomove.mentions.tokens import _mostly_capitals

    letters = [c for c in line if c.isalpha()]
    plain = len(letters) >= 12 and sum(c.isupper() for c in letters) / len(letters) > 0.8
    assert _mostly_capitals(line) == plain


def test_acronyms_are_read_only_from_a_text_that_defines_one():
    from geomove.mentions import _Finder
    from geomove.wordlists import CAPS_ABBREVIATIONS

    finder = _Finder.__new__(_Finder)
    finder.text = "Units of the Northern Border Brigade (NBB) left. The NBB returned (by road)."
    assert finder._acronyms() == {**CAPS_ABBREVIATIONS, "NBB": "Northern Border Brigade"}
    finder.text = "Units of the Northern Border Brigade left (by road). NBB returned."
    assert finder._acronyms() == CAPS_ABBREVIATIONS


SCAN_TEXTS = [
    "The convoy left Kharkiv on Monday. He said It's over; WHO staff and the NBB (Northern Border Brigade) waited.",
    "Later, US troops reached Surrey, B.C., and Iraqi units moved. According to Dr. Faulkner, Faulkner stayed.",
    "IN BRIEF: TROOPS MOVE NORTH\nThe Northern Bloc (NB) met. NB forces left Mosul. We saw I've-been signs.",
    "Mr. Springfield and Gen. Paris spoke. Paris and Springfield were calm; Summer came to Turkish-held Afrin.",
    "Riot units left Sydney at dawn. They said NSW police followed them.",
]


def test_one_word_runs_skipped_by_spelling_scan_as_before(gazetteer, monkeypatch):
    from geomove.mentions import _Finder
    from geomove.mentions.scan import RunScanner

    fast = [_Finder(text, gazetteer).scan() for text in SCAN_TEXTS]
    skipped = [sum(len(r) == 1 and f._no_reading_alone(f.toks[r[0]]) for r in f.runs())
               for f in (_Finder(text, gazetteer) for text in SCAN_TEXTS)]
    monkeypatch.setattr(RunScanner, "_no_reading_alone", lambda self, tok: False)
    plain = [_Finder(text, gazetteer).scan() for text in SCAN_TEXTS]
    assert fast == plain
    assert all(skipped) and any(m["role"] == "place" for found in fast for m in found)


def test_a_one_word_run_after_an_honorific_is_a_person(gazetteer):
    from geomove.mentions import _Finder

    finder = _Finder("Later, Dr. Faulkner left Odessa.", gazetteer)
    runs = {finder.text[finder.toks[r[0]].start:finder.toks[r[-1]].end]: r for r in finder.runs()}
    assert finder.classify_run(runs["Faulkner"]) == {runs["Faulkner"][0]: "person"}
    assert finder.classify_run(runs["Later"]) == {} and finder.classify_run(runs["Odessa"]) == {}
    assert finder.person_words == {"Faulkner"}
    assert [m["surface"] for m in finder.scan()] == ["Odessa"]


def test_a_list_takes_its_kind_only_from_a_plural_kind_word_the_text_writes(gazetteer, monkeypatch):
    from geomove.mentions import _Finder
    from geomove.mentions.scan import RunScanner

    texts = ["Shelling hit the Kherson and Zaporizhzhia regions overnight.",
             "Troops entered the states of Texas and Georgia.",
             "Troops entered Texas and Georgia, then Kherson."]
    hints = []
    for text in texts:
        finder = _Finder(text, gazetteer)
        hints.append([finder.kind_hint(run, 0, 1) for run in finder.runs()])
    assert hints[0][-1] == "admin1" and hints[1][-1] == "admin1" and set(hints[2]) == {None}
    monkeypatch.setattr(RunScanner, "_writes_a_plural_kind", lambda self: True)
    for text, fast in zip(texts, hints):
        finder = _Finder(text, gazetteer)
        assert [finder.kind_hint(run, 0, 1) for run in finder.runs()] == fast


def test_spelling_facts_are_the_lookups_and_shared_by_the_texts_of_a_gazetteer(gazetteer):
    from geomove.mentions import _Finder

    counting = _CountingGazetteer(gazetteer)
    finders = [_Finder(text, counting) for text in SCAN_TEXTS]
    words = sorted({t.text for f in finders for t in f.toks if t.is_word} | {"South African", "Deir ez-Zor"})
    first, second = finders[0], finders[1]
    assert [first._has_name_kept(w) for w in words] == [first.has_name(w) for w in words]
    assert [first._demonym_kept(w) for w in words] == [first.demonym(w) for w in words]
    assert any(first._has_name_kept(w) for w in words) and any(first._demonym_kept(w) for w in words)
    assert second._spelling_facts() is first._spelling_facts()
    assert _Finder("x", gazetteer)._spelling_facts() is not first._spelling_facts()  # another gazetteer object


def test_run_roles_survive_a_full_table(monkeypatch):
    from geomove.mentions import tokens

    text = "Troops of the Republic of Ruritania left St. Anne."
    toks = tokenize(text)
    roles = tokens._run_roles(toks)
    monkeypatch.setattr(tokens, "_RUN_ROLES", {f"w{i}": 0 for i in range(50_000)})
    kept = tokens._RUN_ROLES
    assert tokens._run_roles(toks) == roles
    assert len(kept) == 50_000 and tokens._RUN_ROLES is not kept  # replaced, not emptied


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(list("AZaSsz.,-'’ʼ_19 \n\t!(") + ["é", "Ж", "²", "٣", "\u212a", "İ", "中", "ǅ",
                                                                  "\u3000", "U.", "S.", "'s", "’S", "al-"]),
                max_size=40))
def test_the_split_pattern_gives_the_token_patterns_pieces(parts):
    """tokenize splits by a pattern written to open with one character class: the same pieces
    as splitting by _TOKEN_RE itself."""
    import re

    from geomove.textutil import _TOKEN_SPLIT_RE

    text = "".join(parts)
    assert _TOKEN_SPLIT_RE.split(text) == re.split(f"({_TOKEN_RE.pattern})", text)


def _prev_as_before(toks, i, n):
    sentence, j, lo = toks[i].sentence, i - 1, i - n if i > n else 0
    while j >= lo and toks[j].sentence == sentence:
        j -= 1
    return toks[j + 1:i]


def _next_as_before(toks, j, n):
    sentence, k, hi = toks[j].sentence, j + 1, min(j + n, len(toks) - 1)
    while k <= hi and toks[k].sentence == sentence:
        k += 1
    return toks[j + 1:k]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Gen", "U.S.", "x", "1", ". ", "! ", "\n", " ", "(", "Mr", ". The", "?"]),
                min_size=1, max_size=30))
def test_the_words_around_a_token_are_those_the_loop_found(parts):
    from geomove.mentions.tokens import TextStructure

    text = "".join(parts)
    structure = TextStructure()
    structure.toks = tokenize(text)
    toks = structure.toks
    for i in range(-len(toks), len(toks)):
        for n in range(-2, 8):
            assert structure.prev_word(i, n) == _prev_as_before(toks, i, n)
            assert structure.next_tokens(i, n) == _next_as_before(toks, i, n)
