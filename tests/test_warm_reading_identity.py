"""The warm reading's shortcuts (speed21) give what the plain computation gives, on our own
sentences: each shortcut is switched off (or checked against the step it skips) and the
finder's answers compared."""

import pytest

from geomove.mentions import find_mentions
from geomove.mentions.finder import _Finder

# our own writing: runs of capitals that are names, demonyms, areas' demonyms, abbreviations,
# acronyms, persons, bodies and headline words, one and several words long
OWN_TEXTS = [
    "European officials said Syrian and Iraqi forces left Deir ez-Zor for Al-Hasakah on Monday.\n"
    "The Northern Bloc (NB) said NB units reached Qamishli Airport. US President Smith spoke.",
    "TROOPS MOVE NORTH\nMiddle Eastern and Southeast Asian markets fell as the U.S. Department "
    "of State warned Turkey's army near Kobani. Gen. John Hanley told Al Jazeera in Kabul.",
    "West and Central African states met in Abuja, Nigeria. Amnesty UK and Generation UK said "
    "the Kherson and Zaporizhzhia regions were shelled; Surrey, B.C. and Barrie, Ont. were calm.",
    "The Washington Post reported that Maryland and Pennsylvania National Guard units moved from "
    "Fort Bragg to the Pokrovsk direction, 40 km north of Kramatorsk, then on to South Africa.",
    "Mevlut Mert Altintas and Dora Faulkner visited Winnipeg Free Press offices; CTV Winnipeg and "
    "experts at CDC Atlanta said the Atlantic Council met. Asian African European Union Big Town.",
]


@pytest.fixture(scope="module")
def texts():
    return OWN_TEXTS


def test_scan_skips_only_what_match_answers_none(gazetteer, texts, monkeypatch):
    skipped = []
    plain_match = _Finder.match
    surely = _Finder._surely_no_match

    def checked(self, surface, first, n):
        answer = surely(self, surface, first, n)
        if answer:
            skipped.append((surface, n))
        return answer

    monkeypatch.setattr(_Finder, "_surely_no_match", checked)
    fast = [find_mentions(t, gazetteer=gazetteer) for t in texts]
    assert {n for _, n in skipped} >= {1, 2}
    # every skipped call, asked of match in its run, answers None: the scan without the
    # shortcut finds the same mentions
    calls = []

    def recording(self, surface, run, k, n, marks):
        m = plain_match(self, surface, run, k, n, marks)
        if surely(self, surface, self.toks[run[k]], n):
            calls.append((surface, m))
        return m

    monkeypatch.setattr(_Finder, "_surely_no_match", lambda self, surface, first, n: False)
    monkeypatch.setattr(_Finder, "match", recording)
    slow = [find_mentions(t, gazetteer=gazetteer) for t in texts]
    assert calls and all(m is None for _, m in calls), [s for s, m in calls if m is not None]
    assert fast == slow


def test_an_area_demonym_of_one_word_is_never_skipped(gazetteer):
    finder = _Finder("Officials European Asian said.", gazetteer)
    for tok in finder.toks[1:3]:
        assert not finder._surely_no_match(tok.text, tok, 1)


def _record_as_before(finder, m):
    """to_record's record as make_place built it (before speed21), up to the relation."""
    from geomove.model import make_place

    cands = m.get("cands") or []
    best = cands[0] if cands else None
    fields = {}
    if best:
        fields = {k: best.get(k) for k in ("name", "lat", "lon", "country", "admin1", "kind", "precision",
                                           "uncertainty_km", "gazetteer_id", "source")}
        if m["role"] in ("demonym", "demonym_place", "actor") and best.get("kind") == "country":
            fields["precision"] = "country"
    s0, e0 = finder.sents[m["sentence"]] if m["sentence"] < len(finder.sents) else (m["start"], m["end"])
    rec = make_place(**fields, surface=m["surface"])
    rec.update(start=m["start"], end=m["end"], role=m["role"], sentence=m["sentence"],
               sentence_span=[s0, e0], candidates_count=len(cands),
               score=round(best.get("context_score", best.get("score", 0.0)), 3) if best else 0.0,
               why=(best.get("why") if best else m.get("unresolved") or "no gazetteer match") +
               (f"; {m['support']}" if m.get("support") else ""))
    return rec


def test_records_have_make_places_fields_in_its_order(gazetteer, texts, monkeypatch):
    seen = []
    to_record = _Finder.to_record

    def checked(self, m):
        rec = to_record(self, m)
        if rec is not None:
            before = _record_as_before(self, m)
            # (the relation, when there is one, changes point and precision after these fields)
            if "relation" not in rec and rec["role"] != "source_location":
                assert list(rec.items()) == list(before.items())
            else:
                assert list(rec)[:len(before)] == list(before)
            seen.append((rec["role"], rec["candidates_count"] > 0, "relation" in rec))
        return rec

    monkeypatch.setattr(_Finder, "to_record", checked)
    for t in texts + ["Fighting near Aleppo; 10 km north of Idlib; Syrian forces; an unknown Zzyxqville."]:
        find_mentions(t, gazetteer=gazetteer)
    roles = {r for r, _, _ in seen}
    assert {"place", "actor"} <= roles and any(rel for _, _, rel in seen)
    # a mention left without a reading, unresolved or not found, and one past the sentences
    finder = _Finder("Zzyxq and Qqrvz met. Then", gazetteer)
    for m in ({"start": 0, "end": 5, "surface": "Zzyxq", "role": "place", "sentence": 0, "cands": [],
               "unresolved": "no place called 'Zzyxq'"},
              {"start": 10, "end": 15, "surface": "Qqrvz", "role": "actor", "sentence": 7, "support": "by hand"}):
        assert list(finder.to_record(m).items()) == list(_record_as_before(finder, m).items())


def test_each_span_reads_its_relation_once(gazetteer, monkeypatch):
    import geomove.mentions.finder as finder_module
    from geomove.relative import relation_around

    asked = []

    def counting(text, start, end, **kw):
        asked.append((start, end))
        return relation_around(text, start, end, **kw)

    monkeypatch.setattr(finder_module, "relation_around", counting)
    text = ("Shelling hit the outskirts of Hanley, near Kidsgrove, a village the troops left. "
            "They moved 10 km north of Hanley and on to Stoke-on-Trent.")
    found = find_mentions(text, gazetteer=gazetteer)
    assert asked and len(asked) == len(set(asked))
    assert any(m.get("relation") for m in found)


def test_one_word_runs_are_marked_as_by_the_honorific_test(gazetteer):
    """_classify_one_word reads the tokens before the word itself (speed21): the same marks and
    person words as _honorific_before(prev_word(i, 2)) on every token of our texts."""
    from geomove.mentions.persons import _honorific_before
    from geomove.wordlists import CONNECTORS

    text = ("Mr. Faulkner met gen Hanley and Dr. Smith. Col. Jones left; dr Brown and mr. al stayed. "
            "Gen. Smith's aide. Mrs Lee\nProf. Kidsgrove. . Dr.\nSmith\nDr\n. Smith ") + " ".join(OWN_TEXTS)
    finder = _Finder(text, gazetteer)
    marked = 0
    for i, tok in enumerate(finder.toks):
        finder.person_words = set()
        got = finder._classify_one_word(i)
        got_words = finder.person_words
        want = _honorific_before(finder.prev_word(i, 2)) and not (
            tok.lower in CONNECTORS and tok.lower not in ("bin", "ibn", "abu", "al", "el"))
        assert got == ({i: "person"} if want else {}), (i, tok.text)
        assert got_words == ({tok.text} if want else set())
        marked += bool(want)
    assert marked >= 5


def test_kind_hints_read_in_place_are_those_of_the_token_lists(gazetteer, monkeypatch):
    """kind_hint reads the tokens beside a name in place (speed21): the kind the next_tokens /
    prev_word lists gave, for every span of up to three words of our texts."""
    from geomove.gazetteer.kinds import NAME_LEFT_KIND_WORDS
    from geomove.wordlists import KIND_AFTER, KIND_BEFORE, KIND_ONLY_AFTER_A_UNIT, KIND_PAIRS

    def as_before(finder, run, k, n):
        toks = finder.toks
        s, e = toks[run[k]].start, toks[run[k + n - 1]].end
        in_name = finder.gaz.split_kind(finder.text[s:e])[1]
        if in_name:
            return in_name
        nxt = finder.next_tokens(run[k + n - 1], 2)
        if nxt:
            w0 = nxt[0].lower
            if len(nxt) > 1 and (w0, nxt[1].lower) in KIND_PAIRS:
                return KIND_PAIRS[(w0, nxt[1].lower)]
            # (a unit's kind word only after a name the index knows as such a unit, gaz41: "as
            # the U.S. Department": no unit)
            if w0 in KIND_AFTER and not ((w0 in NAME_LEFT_KIND_WORDS or w0 in KIND_ONLY_AFTER_A_UNIT)
                                         and not finder._names_a_unit(finder.text[s:e], w0)):
                return KIND_AFTER[w0]
        before = finder.prev_word(run[k], 3)
        # (not after an indefinite article, "X, a district of Y": one part of Y, gaz41)
        if len(before) >= 2 and before[-1].lower == "of" and before[-2].lower in KIND_BEFORE \
                and not (len(before) == 3 and before[0].lower in ("a", "an", "another")):
            return KIND_BEFORE[before[-2].lower]
        if not finder._writes_a_plural_kind():
            return None
        return finder._kind_of_list(run[k]) or finder._kind_after_list(run[k + n - 1])

    text = ("the city of Aleppo fell. Qamishli air base\nand Tabqa air\nbase; the province of\nIdlib, "
            "of Raqqa. Governorate of Hama. the town of Azaz was near Mosul airport and the Rmeilan "
            "oil field, the states of Texas and Georgia and the Kherson and Zaporizhzhia regions. "
            "Hanley village") + " ".join(OWN_TEXTS)
    finder = _Finder(text, gazetteer)
    every = list(range(len(finder.toks)))
    kinds = []
    for k in every:
        for n in (1, 2, 3):
            if k + n <= len(every):
                got = finder.kind_hint(every, k, n)
                assert got == as_before(finder, every, k, n), (k, n)
                kinds.append(got)
    assert len({x for x in kinds if x}) >= 4


def test_sentence_ends_are_found_where_the_look_behind_first_pattern_found_them():
    """The sentence-end pattern opens each branch with its character (speed21): the same
    matches as the pattern that opened with its look-behind, on random strings of the
    characters it reads, and still linear in a long run of full stops."""
    import random
    import re
    import time

    from geomove.textutil import _SENT_END_RE, sentence_spans

    before = re.compile(r"(?<![.!?])[.!?]++[\"'”’)\]]*+(?=\s++[\"'“‘(\[]?[A-Z0-9])|\n++")
    rng = random.Random(21)
    alphabet = list(".!?\n AaZ09\"'”’)](“‘[\t\u00a0\r") + ["Mr", "U.S", " Smith"]
    for _ in range(40_000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        assert [m.span() for m in _SENT_END_RE.finditer(s)] == [m.span() for m in before.finditer(s)], repr(s)
    for text in OWN_TEXTS:
        assert [m.span() for m in _SENT_END_RE.finditer(text)] == [m.span() for m in before.finditer(text)]
    start = time.process_time()
    spans = sentence_spans("Troops" + "." * 200_000 + " Then")
    assert time.process_time() - start < 2.0 and len(spans) == 2


def test_speaks_and_addressed_read_in_place_answer_as_the_token_lists(gazetteer):
    """Roles.speaks and Roles.addressed read the words beside a name in place (speed23): the
    answers the prev_word / next_tokens lists gave, for every start and end token of our texts
    (sentence starts and ends, a text's first and last token included)."""
    from geomove.wordlists import LOCATIVE_PREPS, SPEECH_VERBS

    def speaks_before(finder, end_tok, start_tok=None):
        if start_tok is not None:
            prev = finder.prev_word(start_tok, 1)
            if prev and (prev[0].lower in LOCATIVE_PREPS or prev[0].lower in ("of", "the", "and", ",")):
                return False
        nxt = finder.next_tokens(end_tok, 2)
        words = [t.lower for t in nxt if t.is_word]
        return bool(nxt) and nxt[0].is_word and words[0] in SPEECH_VERBS

    def addressed_before(finder, start_tok):
        prev = [t.lower for t in finder.prev_word(start_tok, 3)]
        if prev and prev[-1] in ("told", "tells", "telling"):
            return True
        if len(prev) >= 2 and prev[-2] == "told" and prev[-1] == "the":
            return True
        return len(prev) >= 2 and prev[-1] in ("to", "by") and prev[-2] in (
            "according", "reported", "quoted", "cited", "published", "broadcast", "aired", "interviewed")

    text = ("Turkey said. Officials told Al Jazeera. He told the Times that Kabul. According to "
            "Reuters, as reported by Kyiv Post. Residents of Aleppo said. In Homs said? Told\nthe "
            "Gaza\nsaid; tells Baghdad, telling Kyiv to Mosul said interviewed by") + " ".join(OWN_TEXTS) + " said"
    finder = _Finder(text, gazetteer)
    n = len(finder.toks)
    seen = {True: 0, False: 0}
    for start in range(n):
        assert finder.addressed(start) == addressed_before(finder, start), start
        seen[finder.addressed(start)] += 1
        for end in range(start, min(n, start + 3)):
            for s in (None, start):
                got = finder.speaks(end, s)
                assert got is speaks_before(finder, end, s), (start, end, s)
                seen[got] += 1
    assert seen[True] >= 8 and seen[False] > 100
