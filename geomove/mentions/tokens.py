"""Stage 1, the text's structure: headlines, acronyms it defines, runs of capitalised words,
the words around a token."""

from __future__ import annotations

import itertools
import operator
import re
import weakref

from ..gazetteer.cold import cold
from ..textutil import Token
from ..names import plain
from ..wordlists import ARTICLE_HYPHEN_RE, CALENDAR_WORDS, CAPS_ABBREVIATIONS, CONNECTORS, KIND_PAIRS, SEASON_WORDS

from ..regex_cache import CompiledPatterns

# (its patterns are built from code an earlier run kept: geomove.regex_cache)
_PATTERNS = CompiledPatterns("mentions-tokens")


_KIND_PAIR_FIRSTS = frozenset(first for first, _ in KIND_PAIRS)  # "air" of "air base"

_NAME_ABBREVIATIONS = frozenset("St Ste Mt Ft Pt".split())  # abbreviated first words of place names

# connectors that are also English prepositions between two names (see _split_at_prepositions);
# the Spanish "a" of "Gracias a Dios" is the English article too ("in Kharkiv a Russian drone"):
# it joins a run only to be cut there unless a known name spans it (it is no CONNECTORS word,
# which the person and headline readers take as a part of a name)
_SPANNED_ONLY_CONNECTORS = frozenset(("a",))
_PREPOSITION_CONNECTORS = frozenset(("at", "on")) | _SPANNED_ONLY_CONNECTORS

# A word is at most 41 characters: one 20,000-letter capitalised token was otherwise
# re-scanned to its end from each of its letters (quadratic, 2 s).
_ACRONYM_DEF_RE = _PATTERNS.compile(
    r"((?:[A-Z][\w'’\-]{0,40}\s+(?:(?:of|the|and|al|el)\s+)?){1,6})\(([A-Z]{2,6})\)")


# what every definition above ends with: a text without it defines no acronym
_BRACKETED_CAPITALS_RE = _PATTERNS.compile(r"\(([A-Z]{2,6})\)")

# characters no match of _ACRONYM_DEF_RE holds (its words are [\w'’\-] and white space, then
# the bracket): a definition ending at a bracket starts after the last of them before it
_NOT_IN_A_DEFINITION = ("(", ")", ".", ",", ";", ":", '"', "!", "?")


def _acronym_definitions(text: str) -> list[re.Match]:
    """``_ACRONYM_DEF_RE.finditer(text)``'s matches, the pattern tried only over the stretch
    before each bracketed acronym that a definition can span (from the last character before
    the bracket that no definition holds, and not before the previous match's end). The full
    pattern tried at every capital of a text cost ~7 ms a batch of the 380 dev documents
    (101 of them have a bracketed acronym); so ~1 ms. Each match found ends at its bracket:
    its words hold no "(", so a match ends at the first bracket after its start."""
    found: list[re.Match] = []
    pos = 0
    for bracket in _BRACKETED_CAPITALS_RE.finditer(text):
        at = bracket.start()
        if at < pos:
            continue
        lo = max(pos, max(text.rfind(c, pos, at) for c in _NOT_IN_A_DEFINITION) + 1)
        m = _ACRONYM_DEF_RE.search(text, lo, bracket.end())
        if m is not None:
            found.append(m)
            pos = m.end()
    return found

_ASCII_LOWER = bytes(range(ord("a"), ord("z") + 1))
_ASCII_UPPER = bytes(range(ord("A"), ord("Z") + 1))


def _mostly_capitals(line: str) -> bool:
    """Does the line hold at least 12 letters, more than 80% of them capitals?

    A line whose ASCII lower-case letters are a fifth of its characters or more is none (its
    letters are at most its characters, and each of those is a letter and no capital: at
    most four capitals to each of them), and prose is: its lower-case letters are counted
    first, by one C-level byte pass, and the capitals only of the few lines left. A line with
    other characters than ASCII was tested character by character (~100 M instructions of
    the 380 dev documents' ~2,000 lines, nearly all of them prose); its ASCII letters are
    counted so first too (``encode`` leaving the others out)."""
    if line.isascii():
        # the letters counted by C-level byte passes (an ASCII letter is [A-Za-z])
        b = line.encode("ascii")
        lower = len(b) - len(b.translate(None, _ASCII_LOWER))
        if lower * 5 >= len(b):
            return False
        upper = len(b) - len(b.translate(None, _ASCII_UPPER))
        letters = lower + upper
        return letters >= 12 and upper / letters > 0.8
    b = line.encode("ascii", "ignore")
    if (len(b) - len(b.translate(None, _ASCII_LOWER))) * 5 >= len(line):
        return False
    letters = "".join(filter(str.isalpha, line))  # per character at C speed
    return len(letters) >= 12 and sum(map(str.isupper, letters)) / len(letters) > 0.8


# a French or Italian elided article inside a name: "Côte d'Ivoire", "L'Aquila", "Val d'Oise"
_ELISION_RE = _PATTERNS.compile(r"^[dl]['’][A-ZÀ-Ý]")


# "mid-Ohio", "trans-Sahara": a lower-case prefix joined to a name by a hyphen
_PREFIXED_NAME_RE = _PATTERNS.compile(r"^(?:mid|trans|pan|sub|upstate|downstate)-[A-Z][a-z]")


def is_nameish(tok: Token) -> bool:
    return is_nameish_spelling(tok.text)


def is_nameish_spelling(t: str) -> bool:
    """Is a word so spelled (part of) a name: capitalised, in a script without case, or "al-",
    "d'Ivoire", "mid-Ohio"?"""
    if t[:1].isupper():
        return True
    # a lower-case word is asked three patterns; a batch asks the same few thousand words
    # ("the", "and", "al-") over and over: once per spelling
    hit = _LOWER_NAMEISH.get(t)
    if hit is None:
        # (a letter of a script without case, Arabic, Hebrew, Ethiopic, Chinese: any word of
        # it may be a name, "moved from المالكية to القامشلي"; the gazetteer decides)
        # (each of the four patterns needs a hyphen or an apostrophe, one of -‑'’: ARTICLE_HYPHEN_RE's
        # [-‑'’], _ELISION_RE's ['’], the hyphens of _PREFIXED_NAME_RE and _ENDS_IN_A_NAME_RE;
        # most words have none)
        hit = (t[:1].isalpha() and not t[:1].islower()) or ("-" in t or "'" in t or "’" in t or "‑" in t) and (
            bool(ARTICLE_HYPHEN_RE.match(t)) or bool(_ELISION_RE.match(t)) or bool(_PREFIXED_NAME_RE.match(t))
            or bool(_ENDS_IN_A_NAME_RE.match(t)))
        if len(_LOWER_NAMEISH) >= 50_000:
            _LOWER_NAMEISH.clear()
        _LOWER_NAMEISH[t] = hit
    return hit


_LOWER_NAMEISH: dict[str, bool] = {}

# what a token can be in a run of names, by its spelling: no part of one (0), a name's word,
# a lower-case connector ("of", "al", "de"), or a full stop (part of "St. Thomas")
_NO_RUN, _NAME_WORD, _CONNECTOR, _FULL_STOP = 0, 1, 2, 3


def _run_role(text: str) -> int:
    c = text[:1]
    if not (c.isalpha() or (len(text) > 2 and text.endswith("."))):  # (not tok.is_word)
        return _FULL_STOP if text == "." else _NO_RUN
    if c.isupper() or is_nameish_spelling(text):
        return _NAME_WORD
    return _CONNECTOR if text.lower() in CONNECTORS or text in _SPANNED_ONLY_CONNECTORS else _NO_RUN


_RUN_ROLES: dict[str, int] = {}
_TEXT = operator.attrgetter("text")


def _run_roles(toks: list[Token], texts: list[str] | None = None) -> list[int]:
    """The run role of every token, by C-level passes over the tokens' spellings: each spelling
    is worked out once (a batch's texts share most of their words), the rest are look-ups.
    ``texts``: the tokens' texts when the caller has them (not fetched again)."""
    global _RUN_ROLES
    if texts is None:
        texts = list(map(_TEXT, toks))
    known = _RUN_ROLES  # (this text's own reference: another thread may start a new table)
    # (read at once, a spelling not known yet read as None: no set of the text's spellings is
    # built when, as for most texts of a batch, every one is known; 13.4 -> 10.1 ms a pass
    # over the 380 dev documents)
    roles = list(map(known.get, texts))
    if None in roles:
        new = set(texts).difference(known)
        if len(known) + len(new) > 50_000:
            known = _RUN_ROLES = {}  # a full table is replaced, never emptied under a reader
            new = set(texts)
        for text in new:
            known[text] = _run_role(text)
        roles = list(map(known.__getitem__, texts))
    return roles

def runs_of_names(toks: list[Token], text: str, texts: list[str] | None = None) -> list[list[int]]:
    """Index lists of maximal runs of name words side by side in one sentence (lower-case
    connectors allowed inside, not at the end; "St." with its full stop). ``texts``: the
    tokens' texts, when the caller has them."""
    roles = _run_roles(toks, texts)
    runs, cur = [], []
    # only the tokens a run can hold are visited (names, lower-case connectors, full stops;
    # about a third of a text's tokens): any other token ends a run, so a gap between two
    # visited indexes ends the run being built
    for i in itertools.compress(range(len(toks)), roles):
        if cur and i != cur[-1] + 1:
            runs.append(cur)
            cur = []
        role = roles[i]
        if role == _FULL_STOP:
            if cur:
                last, tok = toks[cur[-1]], toks[i]
                if last.text in _NAME_ABBREVIATIONS and last.end == tok.start and last.sentence == tok.sentence:
                    cur.append(i)  # the full stop of "St. Thomas", "Mt. Hood", "Ft. Worth"
                    continue
                runs.append(cur)
                cur = []
            continue
        # a name, or a connector ("of", "al", "de") in lower case
        if cur:
            last, tok = toks[cur[-1]], toks[i]
            gap = tok.start - last.end  # (at most two spaces between words of a name)
            if 0 < gap <= 2 and last.sentence == tok.sentence and not text[last.end:tok.start].strip(" "):
                cur.append(i)
                continue
            runs.append(cur)
        cur = [i] if role == _NAME_WORD else []
    if cur:
        runs.append(cur)
    out = []
    for run in runs:
        while run and roles[run[-1]] == _CONNECTOR:  # (a run does not end in "of", "al")
            run = run[:-1]
        if run:
            out.append(run)
    return out


# "made-in-Japan", "born-in-Ohio": a hyphenated phrase ending in a preposition and a capitalised
# word, which may be a place (the hyphen stage decides); not "pro-Western", "un-American"
_ENDS_IN_A_NAME_RE = _PATTERNS.compile(r"^[a-z]+-(?:in|from)-[A-Z][a-z]+$")


_POSSESSIVE_RE = _PATTERNS.compile(r"\w['’]s\b")


def _possessive(spelled: str) -> bool:
    """Does ``spelled`` hold a possessive 's (_POSSESSIVE_RE)? Asked of every spelling of a
    name's rows, most of them without an apostrophe: those are not asked the regex."""
    return ("'" in spelled or "’" in spelled) and _POSSESSIVE_RE.search(spelled) is not None


def _letters(name: str) -> str:
    """The letters of a name, folded: "St. John's" -> "stjohns"."""
    return re.sub(r"[^a-z]", "", plain(name))


# per gazetteer: name -> is it a place's spelling with its possessive (_spelled_with_possessive)
_SPELLED_WITH_POSSESSIVE: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _per_gazetteer(table: "weakref.WeakKeyDictionary", gaz) -> dict:
    """``gaz``'s own dict in ``table`` (made when first asked); a gazetteer that cannot be weakly
    referenced gets a fresh dict each time, so nothing is kept for it."""
    try:
        known = table.get(gaz)
        if known is None:
            known = table[gaz] = {}
        return known
    except TypeError:
        return {}


class TextStructure:
    """The text's lines, tokens and runs of names (a mixin of the finder)."""

    def _headline_lines(self) -> set[int]:
        """Start offsets of lines written in capitals (headlines), not scanned for names."""
        out = set()
        pos = 0
        for line in self.text.split("\n"):
            if len(line) >= 12 and _mostly_capitals(line):  # (fewer characters hold fewer than 12 letters)
                out.add(pos)
            pos += len(line) + 1
        return out

    def _acronyms(self) -> dict[str, str]:
        """Capitalised abbreviations and what they stand for: built-in ones and those the text
        defines ("New South Wales (NSW)": the initials of the words before the brackets)."""
        out = dict(CAPS_ABBREVIATIONS)
        for m in _acronym_definitions(self.text):
            words = m.group(1).split()
            acr = m.group(2)
            caps = [w for w in words if w[:1].isupper()]
            if len(caps) >= len(acr) and "".join(w[0] for w in caps[-len(acr):]) == acr:
                first = caps[-len(acr)]
                full = " ".join(words[len(words) - words[::-1].index(first) - 1:])
                out[acr] = full
        return out

    def _in_headline(self, offset: int) -> bool:
        line_start = self.text.rfind("\n", 0, offset) + 1
        return line_start in self.headline_lines

    def _adjacent(self, a: Token, b: Token) -> bool:
        gap = self.text[a.end:b.start]
        return 0 < len(gap) <= 2 and gap.strip(" ") == "" if gap else False

    def runs(self) -> list[list[int]]:
        """Index lists of maximal runs of capitalised words (connectors allowed inside)."""
        out = []
        for run in runs_of_names(self.toks, self.text, getattr(self, "tok_texts", None)):
            if len(run) < 3:  # (most runs: no inner word to cut at)
                out.append(run)
            else:
                out.extend(self._split_at_prepositions(run))
        return self._possessive_names(out)

    def _split_at_prepositions(self, run: list[int]) -> list[list[int]]:
        """'Haiti at Toussaint Louverture International Airport', 'Airport on Monday': a lower-case
        'at' or 'on' between capitalised words is an English preposition between two names
        unless the gazetteer knows a name that spans it (Arabic 'at' of "Ra's at Tin", "Stratford
        on Avon"); the run is cut there, so one name is no part of the other's organisation or
        facility."""
        toks = self.toks
        cuts = []
        for p in range(1, len(run) - 1):
            t = toks[run[p]]
            if t.text not in _PREPOSITION_CONNECTORS:
                continue
            spanned = any(self.has_name(self.text[toks[run[a]].start:toks[run[b]].end])
                          for a in range(max(0, p - 3), p) for b in range(p + 1, min(p + 4, len(run))))
            if not spanned:
                cuts.append(p)
        if not cuts:
            return [run]
        pieces, lo = [], 0
        for p in cuts:
            pieces.append(run[lo:p])
            lo = p + 1
        pieces.append(run[lo:])
        return [piece for piece in map(self._trimmed_to_names, pieces) if piece]

    def _trimmed_to_names(self, piece: list[int]) -> list[int]:
        """A piece of a run cut at a preposition, without the lower-case connectors it opens or
        ends with: a run opens and ends with a name word (runs_of_names), and so do its pieces.
        why: "Researchers at the University of Utah" was cut into "Researchers" and "the
        University of Utah", whose leading "the" hid from persons.classify_run that the piece
        opens with "University ... of" (an organisation's name), so Utah was read as a place
        where something happens."""
        toks = self.toks
        lo, hi = 0, len(piece)
        while lo < hi and toks[piece[lo]].text[:1].islower() and toks[piece[lo]].lower in CONNECTORS:
            lo += 1
        while hi > lo and toks[piece[hi - 1]].text[:1].islower() and toks[piece[hi - 1]].lower in CONNECTORS:
            hi -= 1
        return piece[lo:hi] if (lo, hi) != (0, len(piece)) else piece

    def _possessive_names(self, runs: list[list[int]]) -> list[list[int]]:
        """"Queen Anne's County", "Martha's Vineyard", "St. John's": a known name with a
        possessive inside or at its end is one run (the apostrophe and the 's' are tokens of
        their own, which end a run of capitalised words otherwise). Only names the gazetteer
        knows are joined: "Turkey's army" stays a country and a word."""
        toks, out, i = self.toks, [], 0
        while i < len(runs):
            run = runs[i]
            j = run[-1]
            if j + 2 < len(toks) and toks[j + 1].text in ("'", "’") and toks[j + 2].lower == "s" \
                    and toks[j + 1].start == toks[j].end and toks[j + 2].start == toks[j + 1].end:
                # the name may start up to three words back ("Queen Anne's County") or at the
                # word itself, whatever the run holds before it ("the Ministry of Health of the
                # People's Republic of China")
                firsts = tuple(dict.fromkeys((toks[run[max(0, len(run) - 3)]].start, toks[j].start)))
                nxt = runs[i + 1] if i + 1 < len(runs) and runs[i + 1][0] == j + 3 else None
                # ... and end at the next run's first word ("Martha's Vineyard") or take the
                # whole run ("People's Republic of China": the first word alone is no name)
                if nxt and self._adjacent(toks[j + 2], toks[nxt[0]]) \
                        and any(self._spelled_with_possessive(self.text[first:toks[end].end])
                                for first in firsts for end in dict.fromkeys((nxt[0], nxt[-1]))):
                    out.append(run + [j + 1, j + 2] + nxt)
                    i += 2
                    continue
                if any(self._spelled_with_possessive(self.text[first:toks[j + 2].end]) for first in firsts):
                    out.append(run + [j + 1, j + 2])
                    i += 1
                    continue
            out.append(run)
            i += 1
        return out

    def _spelled_with_possessive(self, name: str) -> bool:
        """Does the gazetteer hold a place spelled so, its possessive 's' included (the name
        key folds it away: "Turkey's" is no place's name)?

        The answer depends on the name and the gazetteer alone and is kept across documents:
        "China's", "It's" recur from one report to the next, and each asks the gazetteer
        directly (not through the finder's candidate cache)."""
        known = _per_gazetteer(_SPELLED_WITH_POSSESSIVE, self.gaz)
        hit = known.get(name)
        if hit is None:
            hit = known[name] = self._looked_up_with_possessive(name)
            if len(known) > 20_000:
                known.clear()
        return hit

    def _looked_up_with_possessive(self, name: str) -> bool:
        spelled_so = self._possessive_letters()
        if spelled_so is not None:
            # every spelling of the index with a possessive, by its letters (from the store of
            # kept answers): a name none of whose letters is one is spelled so by no candidate
            # (the ~570 names a batch asks, "China's", "Kabul's": no fold, no key's rows read)
            want = {_letters(name), _letters(self.gaz.split_kind(name)[0])}
            if not any(w in spelled_so for w in want):
                return False
        if not self.has_name(name):
            return False
        want = {_letters(name), _letters(self.gaz.split_kind(name)[0])}
        exact = getattr(self.gaz, "exact_spellings", None)
        if exact is not None:
            # most names asked ("China's", "It's") have no place spelled with an 's among the
            # rows of their keys: no candidate can be, and the ranked look-up is not needed
            spelled, found = exact(name)
            if found and not any(_possessive(s) and _letters(s) in want for s in spelled):
                return False
        return any(_possessive(spelled) and _letters(spelled) in want
                   for c in self.gaz.candidates(name, limit=10, fuzzy=False)
                   for spelled in (cold(c, "matched_name") or c["name"], c["name"]))

    def _possessive_letters(self):
        """The store's trie of the letters of the index's spellings with a possessive
        (kept_answers.possessive_spellings), or None (no store, or off: every name looked up)."""
        ask = getattr(getattr(getattr(self, "cand_cache", None), "kept", None), "possessive_letters", None)
        return ask() if ask is not None else None

    def prev_word(self, i: int, n: int = 1) -> list[Token]:
        """Up to ``n`` tokens before token ``i`` in its sentence, in text order."""
        toks = self.toks
        sentence = toks[i].sentence
        lo = i - n if i > n else 0
        # (asked ~29,000 times a batch) sentence indexes only grow along the tokens: when the
        # window's first token is in token i's sentence, so is every one after it
        if 0 < n and 0 <= i and toks[lo].sentence == sentence:
            return toks[lo:i]
        j = i - 1
        while j >= lo and toks[j].sentence == sentence:
            j -= 1
        return toks[j + 1:i]

    def next_tokens(self, j: int, n: int = 3) -> list[Token]:
        """Up to ``n`` tokens after token ``j`` in its sentence."""
        toks = self.toks
        sentence = toks[j].sentence
        hi = min(j + n, len(toks) - 1)
        if 0 < n and 0 <= j and toks[hi].sentence == sentence:  # (the window's last token: as in prev_word)
            return toks[j + 1:hi + 1]
        k = j + 1
        while k <= hi and toks[k].sentence == sentence:
            k += 1
        return toks[j + 1:k]

    def next_word(self, j: int):
        """The token after token ``j`` in its sentence, or None: ``next_tokens(j, 1)`` without
        the list it makes (the scan asks this of ~25,000 names' last words a batch)."""
        toks = self.toks
        if j + 1 < len(toks) and toks[j + 1].sentence == toks[j].sentence:
            return toks[j + 1]
        return None

    def _opens_kind_phrase(self, tok_index: int) -> bool:
        """Is this word the first of a two-word kind ('Air' of 'Air Base', 'Border' of 'Border
        Crossing')? Then it belongs to the kind, not to the name before it."""
        if self.toks[tok_index].lower not in _KIND_PAIR_FIRSTS:
            return False  # (asked of most names matched: their last word opens no kind)
        nxt = self.next_tokens(tok_index, 1)
        return bool(nxt) and (self.toks[tok_index].lower, nxt[0].lower) in KIND_PAIRS

    def _is_date_word(self, tok_index: int, n: int) -> bool:
        """'Nov. 14', '14 Nov', 'Mon. 3': a month or weekday (abbreviated or not) beside a day number."""
        if n != 1 or self.toks[tok_index].lower.rstrip(".") not in CALENDAR_WORDS:
            return False
        after = [t for t in self.next_tokens(tok_index, 2) if t.text != "."]
        before = self.prev_word(tok_index, 1)
        def day(t):
            return t.text.isascii() and t.text.isdigit() and len(t.text) <= 2 and 1 <= int(t.text) <= 31
        return bool(after and day(after[0])) or bool(before and day(before[0]))

    def _season_of_a_year(self, tok_index: int, n: int) -> bool:
        """'in Spring 2002', 'Summer 2024': a season word (wordlists.SEASON_WORDS) right before
        a year of four digits is a date, not the town of the name (Spring, Texas)."""
        if n != 1 or self.toks[tok_index].lower not in SEASON_WORDS:
            return False
        after = self.next_tokens(tok_index, 1)
        return bool(after) and len(after[0].text) == 4 and after[0].text.isascii() and after[0].text.isdigit() \
            and after[0].text[:2] in ("19", "20")

    def _after_words(self, tok_index: int) -> list[str]:
        return [t.lower for t in self.next_tokens(tok_index, 2)]

    def _phrase_end(self, tok_index: int) -> int:
        for t in self.next_tokens(tok_index, 3):
            if t.lower in ("border", "borders", "frontier"):
                return t.end
        return self.toks[tok_index].end
_PATTERNS.save()
