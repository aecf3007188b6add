"""Shallow syntax of a clause: tokens with offsets and parts of speech.

The tagger is the Brill-style tagger of pattern.en as shipped inside the
``textblob`` wheel (MIT): lexicon, morphological and contextual rules are data files in the
wheel, so nothing is downloaded. Only textblob's pattern module is loaded (not its NLTK-based
front end): it is the part we use, and importing NLTK would cost a third of a second a process.

Read from the tags: a ``to`` followed by a base-form verb opens a purpose clause ("sent soldiers
to recapture X": X is not where they went), and a deployment participle right after a noun with
the clause's own finite verb later describes where a force is, not a movement.
"""

from __future__ import annotations

import importlib.util
import itertools
import marshal
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from ..io.cache_files import keep_bytes, keep_file
from .kept import recompile as _recompile
from .purpose_verb import verb_before_object
from .site_compound import site_compound
from .tagger_module import run_with_deferred_patterns

_TOKEN = _recompile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*(?:-[^\W\d_]+)*|'s|’s|[^\w\s]", re.U)


# the tags where the words of a clause's subject end: its first finite verb, a modal or a relative
# pronoun (read.clauses and read.pronoun_antecedent cut subjects there)
HEAD_ENDS = frozenset(("VBD", "VBZ", "VBP", "MD", "WP", "WDT"))


class Token(NamedTuple):
    """A word of a clause with its offsets and part of speech. (A named tuple, not a frozen
    dataclass: the tagged spans of the 380 dev reports make ~10,500 of them, and a frozen dataclass sets
    each field through ``object.__setattr__``, ~2.5x the cost of a tuple; speed151.)"""
    text: str
    start: int
    end: int
    tag: str          # Penn Treebank part of speech

    @property
    def verb(self) -> bool:
        return self.tag.startswith(("VB", "MD"))


@lru_cache(maxsize=1)
def _pattern():
    """textblob's pattern module and an English parser built from the wheel's data files."""
    spec = importlib.util.find_spec("textblob")
    if spec is None or not spec.submodule_search_locations:
        return None
    root = Path(list(spec.submodule_search_locations)[0])
    name = "geomove_textblob_pattern"
    mod = sys.modules.get(name)
    if mod is None:
        mspec = importlib.util.spec_from_file_location(name, root / "_text.py")
        mod = importlib.util.module_from_spec(mspec)
        sys.modules[name] = mod
        # (its 26 patterns compiled only when used, four of them by the tagger: read.tagger_module)
        run_with_deferred_patterns(mspec, mod)
    en = root / "en"

    store = _tag_store(en / "en-lexicon.txt")

    class Lexicon(mod.Lexicon):
        def load(self):
            dict.update(self, _lexicon_words(Path(self._path)))

        def get(self, word, default=None):
            # the parser's only look-up (Parser.find_tags asks lexicon.get): answered by the
            # mapped trie, no 94k-entry dict built (any other method loads the dict in full)
            if store is None or dict.__len__(self):
                return mod.Lexicon.get(self, word, default)
            return store.get(word, default)

    lexicon = Lexicon(path=str(en / "en-lexicon.txt"), morphology=str(en / "en-morphology.txt"),
                          context=str(en / "en-context.txt"), entities=str(en / "en-entities.txt"),
                          language="en")
    parser = mod.Parser(lexicon=lexicon, default=("NN", "NNP", "CD"), language="en")
    return parser


def _lexicon_words(path: Path) -> dict:
    """The wheel's "word TAG" lexicon as a dict: read once, then kept in the user's cache as
    two marshalled strings keyed by the file's size and time (loads in half the time)."""
    stat = path.stat()
    cache = None
    try:
        from ..io.cache_files import user_cache_dir
        cache = Path(user_cache_dir()) / f"brill-lexicon-{stat.st_size}-{int(stat.st_mtime)}.words"
        with open(cache, "rb") as f:
            words, tags = marshal.load(f)
        return dict(zip(words.split("\n"), tags.split("\n")))
    except (OSError, ValueError, EOFError, TypeError, ImportError):
        pass
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    words = dict(ln.split(" ", 2)[:2] for ln in lines if ln and not ln.startswith(";;;") and " " in ln)
    if cache is not None:  # (two strings load far faster than a dict of 94k)
        keep_bytes(cache, marshal.dumps(("\n".join(words), "\n".join(words.values()))))
    return words


class _TagStore:
    """word -> tag of the Brill lexicon, read from a marisa trie mapped from the user's cache
    (as the gazetteer's key trie is): nothing is built at start, where making the 94k-entry dict
    took ~45 ms of every process that tags a clause, and the tagger asks a few thousand words.
    ``get`` answers as the dict's ``get``: a key's id in the trie indexes its tag. (Built only
    from a lexicon with no NUL in its words: _tag_store checks.)"""

    def __init__(self, trie, tags: bytes, names: tuple):
        self._id = trie.get
        self._tags = tags
        self._names = names

    def get(self, word, default=None):
        if "\x00" in word:  # (the trie reads a key up to a NUL; no word of the lexicon holds one)
            return default
        try:
            i = self._id(word)
        except UnicodeEncodeError:  # a lone surrogate: no word of the lexicon
            return default
        return default if i is None else self._names[self._tags[i]]


def _tag_store(path: Path) -> _TagStore | None:
    """The lexicon's trie and tags, from the user's cache (keyed as _lexicon_words' file is),
    written there from the words the first time; None when that cannot be done (no marisa_trie,
    no cache folder, a damaged file): the tagger then reads the dict as before."""
    try:
        import marisa_trie
        from ..io.cache_files import user_cache_dir
        stat = path.stat()
        base = Path(user_cache_dir()) / f"brill-lexicon-{stat.st_size}-{int(stat.st_mtime)}"
        trie_path, tags_path = base.with_suffix(".marisa"), base.with_suffix(".tags")
        try:
            with open(tags_path, "rb") as f:
                tags, names = marshal.load(f)
            trie = marisa_trie.Trie().mmap(str(trie_path))
        except (OSError, ValueError, EOFError, TypeError):
            words = _lexicon_words(path)
            if any("\x00" in w for w in words):
                return None
            trie = marisa_trie.Trie(words)
            names = tuple(sorted(set(words.values())))
            number = {name: i for i, name in enumerate(names)}
            table = bytearray(len(trie))
            for word, tag in words.items():
                table[trie[word]] = number[tag]
            tags = bytes(table)
            # (the trie first: a tags file is only ever beside the trie it was made for)
            if keep_file(trie_path, lambda tmp: trie.save(str(tmp))):
                keep_bytes(tags_path, marshal.dumps((tags, names)))
        if not isinstance(tags, bytes) or len(tags) != len(trie) or len(names) > 256:
            return None
        return _TagStore(trie, tags, names)
    except (ImportError, OSError, ValueError, TypeError):
        return None


def available() -> bool:
    return _pattern() is not None


@lru_cache(maxsize=4096)
def _tag(words: tuple[str, ...]) -> tuple[str, ...]:
    # parts of speech only: the roles read below need no chunks (pattern's chunker was
    # measured to add a third to the tagging time for nothing the reader uses)
    return tuple(t[1] for t in _pattern().find_tags(list(words)))


def analyse(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text`` and their tags."""
    end = len(text) if end is None else end
    found = list(_TOKEN.finditer(text, start, end))
    if not found:
        return []
    words = [m.group() for m in found]
    starts = [m.start() for m in found]
    ends = [m.end() for m in found]
    if _pattern() is None:  # no tagger installed: every token an unknown noun, no syntax
        return list(map(Token._make, zip(words, starts, ends, itertools.repeat("NN"))))
    tags = _tag(tuple(w.replace("’", "'") for w in words))
    return list(map(Token._make, zip(words, starts, ends, tags)))


def tokens_between(tokens: list[Token], start: int, end: int) -> list[Token]:
    return [t for t in tokens if start <= t.start and t.end <= end]


def purpose_starts(tokens: list[Token]) -> list[int]:
    """Offsets where a purpose or infinitive clause opens: ``to`` (or ``in order to``, ``so
    as to``) followed by a base-form verb, possibly after an adverb ("to quickly retake")."""
    out = []
    for i, t in enumerate(tokens):
        if t.text.lower() != "to" or i + 1 >= len(tokens):
            continue
        if site_compound(tokens, i + 1):  # ("moved troops to launch pads opposite X": read.site_compound)
            continue
        nxt = tokens[i + 1]
        if nxt.tag == "RB" and i + 2 < len(tokens):
            nxt = tokens[i + 2]
        if nxt.tag == "VB" or (nxt.tag in ("VBP", "NN") and nxt.text.lower() in _BASE_VERBS_MISTAGGED) \
                or verb_before_object(tokens, i + 1 if nxt is tokens[i + 1] else i + 2):  # "to repair a bridge" (read/purpose_verb)
            out.append(t.start)
    return out


# base-form verbs the tagger sometimes reads as nouns or present tense after "to"; general
# English verbs of purpose, not words of any report
_BASE_VERBS_MISTAGGED = frozenset(
    "help support secure protect reinforce retake recapture capture back assist guard patrol "
    "fight combat counter defend battle join relieve restore stabilise stabilize boost bolster "
    "escort monitor train police control hold clear attack link "
    # verbs of acting on someone, which the tagger reads as nouns after "to" ("moved to crush dissent")
    "crush end block ban calm silence shut arrest"
    # (and verbs of striking from the air or by fire: "took off from X to strike targets near Y")
    " strike hit bomb shell pound target".split())
# (the same verbs of purpose, asked by name elsewhere: a task before a planned move is no purpose
# unless it is one of these, "are expected to retake X before moving on to Y", clauses._purposes)
PURPOSE_BASE_VERBS = _BASE_VERBS_MISTAGGED
