"""Compiled regular expressions kept between runs, so a process does not parse them again.

The reading stage's lexicon (geomove.read.lexicon) is ~100 patterns, many of them alternations
of hundreds of words, and ``re.compile`` parses and compiles each in Python: ~40 ms of CPU every
``extract`` process pays before it reads a word. What ``re.compile`` ends with is a call of the
regex engine's constructor (``_sre.compile``) with the pattern's code, a list of integers. Here
that code is kept in the user's cache, and a later process builds the pattern from it directly
(~100 patterns in ~2 ms): the same ``re.Pattern`` (``==`` compares the code), the same groups.

The code is the engine's own format, so the file is kept per interpreter build (its name holds a
digest of ``sys.version``, the cache tag and the engine's magic number and code size), its
entries are keyed by pattern and flags (a changed pattern is compiled as before), each entry
carries a checksum of itself and its key (CRC-32, as the finder's store of kept answers: it is
there to find a damaged or cut entry; a SHA-1 cost ~44 M instructions an ``extract`` process),
checked when the pattern is built (_entry_check), and an entry is written only after the
pattern it builds was found equal to ``re.compile``'s. Anything else -- no cache folder, a
damaged file or entry, an interpreter whose ``re`` works otherwise -- compiles with
``re.compile``: the patterns are always those of the source.
"""

from __future__ import annotations

import array
import hashlib
import marshal
import os
import re
import sys
import types
import zlib
from functools import lru_cache
from pathlib import Path

from .io.cache_files import keep_bytes, user_cache_dir

try:
    import _sre
    from re import _compiler, _constants, _parser
except ImportError:  # another implementation's re: compiled the plain way
    _sre = None

# the names of the pattern files whose patterns get a first-character set (_with_first_characters):
# every file's (the empty prefix). The reading wing's got theirs first (speed67); the places wing's
# patterns searched over texts and windows (relative's, the finder's) were re.compile's, each
# entered at every character, until speed71 (places -0.6% by callgrind, the same answers)
FIRST_CHARACTERS_OF = ("",)

# above this many entries a file is rewritten with only the patterns of the process writing it
# (entries of earlier versions of a module's patterns are not kept for ever)
MAX_ENTRIES = 400

# what a file holds: (CRC-32 of the payload, payload), the payload {(pattern, flags): entry},
# each entry's code as the bytes of an array of machine integers of the engine's code size
# (marshal reads one object, where a list of ints was ~700,000 objects for an extract
# process: ~10 ms); part of the file name, so a file of another format is never read (4: every
# file's patterns with their first-character sets, so no file kept without them is read again;
# 5: and the reading wing's case-blind ops lowered by ASCII where that tests the same characters,
# _with_ascii_lowering: a file written by either change alone is not read; 6: and the
# alternatives of a branch grouped by their first character, _with_grouped_branches; 7: each
# entry with its own checksum, checked at its build, and none over the whole file, _entry_check;
# 8: the classes of a pattern's body without re's two-level tables, _compact_charset; 9: and an
# alternative that opens with a look-behind or an optional part spread to join them, _spread_openings)
FORMAT = 9
# the array type of the engine's code words ('I' or 'L', whichever is _sre.CODESIZE bytes;
# None: the code is kept as a list of ints)
_CODE_TYPE = next((t for t in "IL" if _sre is not None and array.array(t).itemsize == _sre.CODESIZE), None)


@lru_cache(maxsize=1)
def _interpreter_key() -> str:
    # (once a process: each of ~230 modules' CompiledPatterns asks at import)
    parts = (sys.version, sys.implementation.cache_tag, getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None),
             FORMAT, _CODE_TYPE)
    return hashlib.sha1(repr(parts).encode()).hexdigest()[:16]


def _default_folder() -> str | None:
    # (each of ~420 modules' CompiledPatterns asks at import, and the folder is worked out anew
    # at each call: kept by the environment variables it reads; a str, as the file's path)
    seen = (os.environ.get("XDG_CACHE_HOME"), os.environ.get("HOME"), os.environ.get("LOCALAPPDATA"))
    folder = _FOLDERS.get(seen, _UNSEEN)
    if folder is _UNSEEN:
        try:
            folder = user_cache_dir()
        except ImportError:
            folder = None
        _FOLDERS.clear()
        _FOLDERS[seen] = folder
    return folder


_FOLDERS: dict[tuple, str | None] = {}
_UNSEEN = object()


def _code_of(pattern: str, flags: int, first_characters: bool = False):
    """What re.compile hands the engine for ``pattern``: (flags, code, groups, groupindex,
    indexgroup), as in re._compiler.compile; ``first_characters``: with the set of characters a
    match may open with in its search block where re.compile's has none (_with_first_characters),
    and the classes of its body written without re's two-level tables (_compact_charset)."""
    tree = _parser.parse(pattern, flags)
    coder = _compact_coder() if first_characters else _compiler._code
    code = [int(c) for c in coder(tree, flags)]  # (opcodes are an int subclass)
    if first_characters:
        code = _with_grouped_branches(tree, flags, code, coder)
        code = _with_first_characters(tree, int(flags | tree.state.flags), code)
        code = _with_ascii_lowering(code, int(flags | tree.state.flags))
    groupindex = dict(tree.state.groupdict)
    indexgroup = [None] * tree.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return int(flags | tree.state.flags), code, tree.state.groups - 1, groupindex, tuple(indexgroup)


# A class holding a character above U+00FF in more than two runs of characters ("[\w'’.-]", a
# case-blind "[a-z]", which takes in the dotless i and the long s) is compiled by re to a
# BIGCHARSET: a count, 256 block numbers (64 code words) and a 256-bit bitmap (8 words) for each
# distinct block of 256 characters -- at least 82 words, most of them one number above 256
# (0x02020202, the empty block's number four times). Building a kept pattern makes an int of each
# code word (array.tolist; one above 256 is a new object, freed once the engine has copied the
# code) and the engine checks each: of the ~1.85 M words the 380 dev reports' `extract` built,
# ~700 k were such tables, ~500 k of them that one number. _compact_charset writes the same set
# as its characters up to U+00FF (re's own bitmap, CHARSET, or its literals and ranges when they
# are at most two runs) followed by its runs above U+00FF as literals and ranges, when those are
# at most _MOST_HIGH_RUNS (a longer list of tests: re's table kept). The engine tests a character
# against a set's items in turn and stops at the first that holds it, so the items' order does not
# change what the set holds (a NEGATE stays first, the categories last, as re writes them), and a
# character is tested by at most a bitmap and a few comparisons where the table cost two look-ups.
# Only the classes of a pattern's body are rewritten: the search block's set, tried at every
# character of a text, keeps re's table (its single look-up beats a bitmap and comparisons on the
# characters it skips). tests/test_speed125.py compares such classes with re's over the BMP.
_MOST_HIGH_RUNS = 4


def _compact_charset(charset, iscased=None, fixup=None, fixes=None):
    """re._compiler._optimize_charset, with each BIGCHARSET it writes replaced by the same set's
    bitmap or runs up to U+00FF and its runs above (see above) where those are few."""
    out, hascased = _compiler._optimize_charset(charset, iscased, fixup, fixes)
    if not any(op is _constants.BIGCHARSET for op, _av in out):
        return out, hascased
    compact = []
    for op, av in out:
        items = _charset_runs(av) if op is _constants.BIGCHARSET else None
        compact.extend(((op, av),) if items is None else items)
    return compact, hascased


def _charset_runs(words: list):
    """The items (CHARSET, LITERAL, RANGE) that hold the characters of a BIGCHARSET's ``words``
    (its count, 64 words of block numbers, 8 words a block), or None when its characters above
    U+00FF are more than _MOST_HIGH_RUNS runs."""
    count = words[0]
    numbers = array.array(_CODE_TYPE, words[1:65]).tobytes()  # (re._compiler._bytes_to_codes, undone)
    blocks = [bytes((w >> bit) & 1 for w in words[65 + 8 * b:73 + 8 * b] for bit in range(32)) for b in range(count)]
    charmap = b"".join(blocks[n] for n in numbers)  # (one byte a character of the BMP: 1 if in the set)
    high = _runs(charmap, 256, len(charmap), _MOST_HIGH_RUNS)
    if high is None:
        return None
    low = _runs(charmap, 0, 256, 2)
    if low is None:
        return [(_constants.CHARSET, _compiler._mk_bitmap(charmap[:256]))] + high
    return low + high


def _runs(charmap: bytes, start: int, end: int, most: int):
    """The runs of 1s in ``charmap[start:end]`` as LITERAL and RANGE items, or None when they
    are more than ``most``."""
    items = []
    q = start
    while True:
        p = charmap.find(1, q, end)
        if p < 0:
            return items
        if len(items) == most:
            return None
        q = charmap.find(0, p, end)
        if q < 0:
            q = end
        items.append((_constants.LITERAL, p) if q - p == 1 else (_constants.RANGE, (p, q - 1)))


@lru_cache(maxsize=1)
def _compact_coder():
    """re._compiler._code with _compact_charset for the classes of a pattern's body (the search
    block is re's: _compile_info is not copied); re's own where its compiler cannot be copied so.
    A copy of _compile and _code over their own names, so no name of re's module is changed."""
    try:
        names = dict(vars(_compiler))
        for name in ("_compile", "_code"):
            f = getattr(_compiler, name)
            names[name] = types.FunctionType(f.__code__, names, name, f.__defaults__, f.__closure__)
        names["_optimize_charset"] = _compact_charset
        return names["_code"]
    except (AttributeError, TypeError, KeyError):
        return _compiler._code


# The engine's search tries a pattern at every character of the text, a call of its matcher each
# (~100 instructions where the first test fails), unless the pattern's search block (INFO) names
# a literal prefix or the set of characters a match opens with: then it passes the others by a
# tight loop. re.compile names that set only when the pattern's first item is a character (or a
# class of them) that case does not change; the reading wing's patterns open with "\b",
# "(?=[A-Z...])" (a look-ahead added for speed, speed46/48/65), a look-behind or a case-blind
# word, and so got none: ~45% of `extract`'s reading stage is the regex engine, most of it such
# calls. _with_first_characters works the set out of the parse tree -- zero-width items passed
# over, a look-ahead's or the first item's characters, both cases of a case-blind letter -- and
# writes it into the search block. Only the search block changes: match and fullmatch skip it,
# and a search finds the same matches, for a position outside the set can start none (a pattern
# that may match the empty string gets no set). tests/test_speed67.py compares each reading
# pattern with re.compile's on random texts.
_LARGEST_CASED_RANGE = 2000  # a wider range of cased characters: no set (the case closure would be long)


def _with_first_characters(tree, flags: int, code: list) -> list:
    """``code`` (re.compile's for ``tree``) with a first-character set in its search block, when
    re.compile wrote none and one can be read (else ``code`` itself)."""
    info_flags, low = code[2], code[3]
    if code[0] != _constants.INFO or info_flags or low == 0 or flags & _constants.SRE_FLAG_LOCALE:
        return code
    items = _first_of_sequence(tree.data, flags)
    if not items:
        return code
    charset, hascased = _compiler._optimize_charset(items)
    if hascased:
        return code
    info = [code[0], 0, info_flags | _constants.SRE_INFO_CHARSET, code[3], code[4]]
    _compiler._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    return [int(c) for c in info] + code[1 + code[1]:]


# A case-blind pattern's letters are compiled to ops that lower each character they test by
# Unicode's table (LITERAL_UNI_IGNORE, IN_UNI_IGNORE: a call of _PyUnicode_ToLowercase a test,
# ~2.5% of the reading harness's instructions), where the ASCII ops (LITERAL_IGNORE, IN_IGNORE)
# lower an ASCII character in line and leave any other as it is. The two lowerings differ only
# on a non-ASCII character that has a lower case (the Kelvin sign, "É", the long s, ...), so an
# op tests the same characters under both when it accepts none of those characters under the
# Unicode op ("k" does: the Kelvin sign lowers to it; "é" does: "É"). _with_ascii_lowering tests
# each such op on exactly those characters (_sre, both ops, one pass) and switches only the ops
# that accept the same ones; every other character is lowered alike by both. The code's layout
# is walked op by op (an op it does not know: the code is left as it is).
_ASCII_OP = None  # {Unicode op: its ASCII twin}, made at first use
_SWITCHABLE: dict = {}  # (op words) -> does the ASCII twin accept the same characters?


@lru_cache(maxsize=1)
def _differently_lowered() -> str:
    """Every character the two lowerings lower differently: non-ASCII, with a lower case."""
    return "".join(chr(ch) for chars in _lower_preimages().values() for ch in chars if ch > 127 and _sre.unicode_tolower(ch) != ch)


def _same_under_ascii(words: tuple, flags: int) -> bool:
    """Does the one op ``words`` (a literal's or a class's code) accept the same characters
    with its ASCII twin in place of its Unicode op?"""
    known = _SWITCHABLE.get(words)
    if known is None:
        probe = _differently_lowered()
        unicode_op = _sre.compile("", flags, list(words) + [_constants.SUCCESS], 0, {}, (None,))
        ascii_op = _sre.compile("", flags, [_ASCII_OP[words[0]]] + list(words[1:]) + [_constants.SUCCESS], 0, {}, (None,))
        known = _SWITCHABLE[words] = ([m.start() for m in unicode_op.finditer(probe)]
                                      == [m.start() for m in ascii_op.finditer(probe)])
    return known


def _with_ascii_lowering(code: list, flags: int) -> list:
    """``code`` with each case-blind op that tests the same characters when it lowers by ASCII
    switched to its ASCII twin (see above); ``code`` itself when none is, or when its layout
    holds an op not known here."""
    global _ASCII_OP
    c = _constants
    if not flags & c.SRE_FLAG_IGNORECASE or flags & c.SRE_FLAG_LOCALE:
        return code
    if _ASCII_OP is None:
        _ASCII_OP = {c.LITERAL_UNI_IGNORE: c.LITERAL_IGNORE, c.NOT_LITERAL_UNI_IGNORE: c.NOT_LITERAL_IGNORE,
                     c.IN_UNI_IGNORE: c.IN_IGNORE}
    out = list(code)
    try:
        if not _walk_ops(out, 0, len(out), flags):
            return code
    except (IndexError, KeyError):
        return code
    return out if out != code else code


# how many words an op takes in the code, its own included (an op followed by its own inline
# body -- a repeat, an assertion, a group -- counts its header only: the body is walked on)
_HEADER = None


def _walk_ops(code: list, i: int, end: int, flags: int) -> bool:
    """Switch the ops of ``code[i:end]`` (see _with_ascii_lowering); False on an op not known."""
    global _HEADER
    c = _constants
    if _HEADER is None:
        _HEADER = {c.FAILURE: 1, c.SUCCESS: 1, c.ANY: 1, c.ANY_ALL: 1, c.MAX_UNTIL: 1, c.MIN_UNTIL: 1,
                   c.AT: 2, c.CATEGORY: 2, c.MARK: 2, c.JUMP: 2, c.LITERAL: 2, c.NOT_LITERAL: 2,
                   c.LITERAL_IGNORE: 2, c.NOT_LITERAL_IGNORE: 2, c.LITERAL_UNI_IGNORE: 2, c.NOT_LITERAL_UNI_IGNORE: 2,
                   c.GROUPREF: 2, c.GROUPREF_IGNORE: 2, c.GROUPREF_UNI_IGNORE: 2,
                   c.GROUPREF_EXISTS: 3, c.ASSERT: 3, c.ASSERT_NOT: 3, c.ATOMIC_GROUP: 2,
                   c.REPEAT: 4, c.MIN_REPEAT: 4, c.POSSESSIVE_REPEAT: 4,
                   c.REPEAT_ONE: 4, c.MIN_REPEAT_ONE: 4, c.POSSESSIVE_REPEAT_ONE: 4}
    while i < end:
        op = code[i]
        if op in (c.INFO, c.IN, c.IN_IGNORE, c.IN_UNI_IGNORE):
            nxt = i + 1 + code[i + 1]  # (a search block or a class: its words are no ops)
            if op == c.IN_UNI_IGNORE and _same_under_ascii(tuple(code[i:nxt]), flags):
                code[i] = _ASCII_OP[op]
            i = nxt
        elif op == c.BRANCH:
            i += 1
            while code[i] != c.FAILURE:  # each alternative: <skip> its ops (JUMP at its end)
                if not _walk_ops(code, i + 1, i + code[i], flags):
                    return False
                i += code[i]
            i += 1
        elif op in _HEADER:
            if op in (c.LITERAL_UNI_IGNORE, c.NOT_LITERAL_UNI_IGNORE) and _same_under_ascii(tuple(code[i:i + 2]), flags):
                code[i] = _ASCII_OP[op]
            i += _HEADER[op]
        else:
            return False
    return i == end


def _first_of_sequence(items, flags: int):
    """The character-set items (LITERAL, RANGE, CATEGORY, as in a class) that hold every
    character a match of the sequence ``items`` opens with, or None when not read (an optional
    item's characters are added to those of what follows it); never an empty list."""
    c = _constants
    optional: list = []  # the characters of the optional items passed so far
    for op, av in items:
        if op is c.AT:
            if av in (c.AT_BEGINNING, c.AT_BEGINNING_STRING):
                return None  # (the engine has its own way with a pattern anchored at the start)
            continue  # (zero-width: "\b", "$")
        if op is c.ASSERT_NOT or (op is c.ASSERT and av[0] < 0):
            continue  # (a negative look-around, a look-behind: zero-width, the set is read further on)
        if op is c.ASSERT:
            ahead = av[1]
            found = _first_of_sequence(ahead.data, flags) if ahead.getwidth()[0] >= 1 else None
            if found:
                return optional + found
            continue
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] == 0:
            found = _first_of_sequence(av[2].data, flags) if av[2].getwidth()[0] >= 1 else None
            if not found:
                return None
            optional += found  # ("(?:,\s*)?\band": a comma or what follows)
            continue
        found = _first_of_item(op, av, flags)
        return optional + found if found else None
    return None


def _first_of_item(op, av, flags: int):
    """The characters a match of the one item ``op, av`` (no zero-width one, not optional)
    opens with, or None."""
    c = _constants
    if op is c.SUBPATTERN:
        _group, add, delete, sub = av
        if sub.getwidth()[0] < 1:
            return None
        return _first_of_sequence(sub.data, _compiler._combine_flags(flags, add, delete))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        return _first_of_sequence(av[2].data, flags)
    if op is c.ATOMIC_GROUP:
        return _first_of_sequence(av.data, flags) if av.getwidth()[0] >= 1 else None
    if op is c.BRANCH:
        found = []
        for alternative in av[1]:
            one = _first_of_sequence(alternative.data, flags) if alternative.getwidth()[0] >= 1 else None
            if not one:
                return None
            found.extend(one)
        return found
    if op is c.LITERAL:
        return _cased([(c.LITERAL, av)]) if flags & c.SRE_FLAG_IGNORECASE else [(c.LITERAL, av)]
    if op is c.IN:
        if any(o is c.NEGATE for o, _a in av):
            return None
        return _cased(av) if flags & c.SRE_FLAG_IGNORECASE else list(av)
    return None  # (any character, a back reference, ...: not read)


def _cased(items):
    """The items of a case-blind class (or literal) as a plain set: every character whose lower
    case the engine finds in the class's lowered set (re._compiler: ``tolower`` and the extra
    cases), or None when unsure (a category beside cased characters, a long range)."""
    c = _constants
    chars = []
    for op, av in items:
        if op is c.LITERAL:
            chars.append(av)
        elif op is c.RANGE:
            if av[1] - av[0] > _LARGEST_CASED_RANGE:
                return None
            chars.extend(range(av[0], av[1] + 1))
        elif op is c.CATEGORY:
            continue
        else:
            return None
    if not any(map(_sre.unicode_iscased, chars)):
        return list(items)  # (no cased character: compiled as a plain class, as here)
    if any(op is c.CATEGORY for op, _a in items):
        return None  # (a category tested on the lowered character: not read)
    lowered = set()
    for ch in chars:
        low = _sre.unicode_tolower(ch)
        lowered.add(low)
        lowered.update(_compiler._EXTRA_CASES.get(low, ()))
    preimages = _lower_preimages()
    return [(c.LITERAL, ch) for low in sorted(lowered) for ch in preimages.get(low, (low,))]


# A branch's alternatives are tried one by one: the engine passes an alternative by a test in
# line only when it opens with a plain literal or class (sre's BRANCH: LITERAL and IN), and
# enters every other -- a case-blind letter (LITERAL_IGNORE, LITERAL_UNI_IGNORE), anything after
# a zero-width item -- by a jump that saves its state and comes back from its first failing
# test (~100 instructions). A case-blind alternation of words ("ministers?|presidents?|prime\s+
# ministers?|...", hundreds of them in the reading wing) so paid a jump per word at every
# word's start it was tried at. _with_grouped_branches rewrites the alternatives that open with
# a literal into a tree by that first character: "m(?:inisters?|...)|p(?:residents?|rime...)",
# each group opened by a plain class of exactly the characters the case-blind letter matches
# ("(?-i:[mM])"; "k" with the Kelvin sign, "s" with the long s), which the engine passes in line,
# and within a group the same again on the next character. The order in which alternatives are
# tried at any one position is unchanged: alternatives whose first characters differ cannot
# both match at one position (a case-blind letter's characters are all or none of another's),
# a group keeps its members in their order and stands where its first member stood, and an
# alternative that does not open with a literal keeps its place between runs of those that do
# (a run is grouped only within itself). So every search, match and substitution finds the same
# spans and groups (tests/test_speed75.py and the identity tests of speed67/71/72 over every
# kept pattern). The search block (INFO) stays re.compile's: only the body is rewritten.


def _with_grouped_branches(tree, flags: int, code: list, coder=None) -> list:
    """``code`` (re.compile's for ``tree``, or ``coder``'s) with its branches' alternatives grouped
    by their first character (see above; the grouped tree compiled by ``coder``, re's by default);
    ``code`` itself when no branch is."""
    grouped = _grouped(tree, int(flags | tree.state.flags))
    if grouped is tree:
        return code
    body = [int(c) for c in (coder or _compiler._code)(grouped, flags)]
    return code[:1 + code[1]] + body[1 + body[1]:]  # (re.compile's search block, the grouped body)


def _grouped(sub, flags: int):
    """The sequence ``sub`` (a parsed SubPattern) with its branches grouped, or ``sub`` itself."""
    items = [_grouped_item(op, av, flags, sub.state) for op, av in sub.data]
    if all(new is None for new in items):
        return sub
    return _parser.SubPattern(sub.state, [old if new is None else new for old, new in zip(sub.data, items)])


def _grouped_item(op, av, flags: int, state):
    """The one item ``op, av`` with its branches grouped, or None when none is."""
    c = _constants
    if op is c.SUBPATTERN:
        group, add, delete, sub = av
        new = _grouped(sub, _compiler._combine_flags(flags, add, delete))
        return None if new is sub else (op, (group, add, delete, new))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        new = _grouped(av[2], flags)
        return None if new is av[2] else (op, (av[0], av[1], new))
    if op is c.ATOMIC_GROUP:
        new = _grouped(av, flags)
        return None if new is av else (op, new)
    if op in (c.ASSERT, c.ASSERT_NOT):
        new = _grouped(av[1], flags)
        return None if new is av[1] else (op, (av[0], new))
    if op is c.GROUPREF_EXISTS:
        group, yes, no = av
        new_yes, new_no = _grouped(yes, flags), (None if no is None else _grouped(no, flags))
        return None if new_yes is yes and new_no is no else (op, (group, new_yes, new_no))
    if op is c.BRANCH:
        alternatives = [_grouped(a, flags) for a in av[1]]
        regrouped = _grouped_alternatives(alternatives, flags, state)
        if regrouped is None and all(a is b for a, b in zip(alternatives, av[1])):
            return None
        return (op, (av[0], alternatives if regrouped is None else regrouped))
    return None


def _first_literal_class(item, flags: int):
    """The characters the item ``item`` matches when it is a literal (a case-blind letter: every
    character the engine takes for it), or None (no literal, or case-blind under ASCII or LOCALE)."""
    c = _constants
    op, ch = item
    if op is not c.LITERAL:
        return None
    if not flags & c.SRE_FLAG_IGNORECASE or not _sre.unicode_iscased(ch):
        return frozenset((ch,))
    if flags & (c.SRE_FLAG_LOCALE | c.SRE_FLAG_ASCII):
        return None
    return frozenset(x for _op, x in _cased([(c.LITERAL, ch)]))


def _passed_in_line(item, chars: frozenset, state):
    """The first item of a group: the literal itself when the engine passes it in line (a plain
    one), else a case-sensitive class of ``chars`` (exactly the case-blind letter's characters)."""
    c = _constants
    if len(chars) == 1:
        return item if next(iter(chars)) == item[1] else None
    return (c.SUBPATTERN, (None, 0, c.SRE_FLAG_IGNORECASE,
                           _parser.SubPattern(state, [(c.IN, [(c.LITERAL, x) for x in sorted(chars)])])))


# An alternative that opens with a look-behind or an optional word ("(?<!senior\s)officers",
# "(?:naval\s+)?infantry", "(?:combat|field)\s+medics") broke the run it stood in, and was entered
# by a jump at every position (speed139). _spread_openings writes such an alternative as
# alternatives that open with a literal and are tried in the same order, before the grouping:
# look-behinds before a literal after it, each taking the literal in at its end ("o(?<!senior\so)
# fficers": the same characters tested, a fixed width one longer); an optional first part as that
# part followed by the rest, then the rest alone ("naval\s+infantry|infantry", what a greedy "?"
# tries in that order); a leading non-capturing group as its alternatives each followed by the
# rest ("combat\s+medics|field\s+medics"). Each is exact for any continuation (the same
# positions tried in the same order), so leftmost-first alternation finds the same. Only where no
# capturing group or back-reference is written (a copied group would be set by either copy), the
# optional part cannot match empty, and every alternative it gives opens with a literal (else
# the alternative is kept as it was); at most _MOST_SPREAD alternatives from one.
_MOST_SPREAD = 24


def _has_groups(items) -> bool:
    """Whether the parsed ``items`` hold a capturing group or a back-reference."""
    c = _constants
    for op, av in items:
        if op in (c.GROUPREF, c.GROUPREF_EXISTS, c.GROUPREF_IGNORE, c.GROUPREF_UNI_IGNORE, c.GROUPREF_LOC_IGNORE):
            return True
        if op is c.SUBPATTERN:
            if av[0] is not None or _has_groups(av[3].data):
                return True
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            if _has_groups(av[2].data):
                return True
        elif op is c.ATOMIC_GROUP:
            if _has_groups(av.data):
                return True
        elif op in (c.ASSERT, c.ASSERT_NOT):
            if _has_groups(av[1].data):
                return True
        elif op is c.BRANCH:
            if any(_has_groups(a.data) for a in av[1]):
                return True
    return False


def _spread(data: list, flags: int, state, depth: int = 0):
    """The sequence ``data`` as a list of sequences tried in the same order, each opening with a
    literal (see above), or None when it cannot be so written."""
    c = _constants
    if not data or depth > 6:
        return None
    if _first_literal_class(data[0], flags) is not None:
        return [data]
    op, av = data[0]
    if op in (c.ASSERT, c.ASSERT_NOT) and av[0] == -1:
        k = 0
        while k < len(data) and data[k][0] in (c.ASSERT, c.ASSERT_NOT) and data[k][1][0] == -1:
            k += 1
        if k == len(data) or _first_literal_class(data[k], flags) is None:
            return None
        literal = data[k]
        behind = [(o, (-1, _parser.SubPattern(state, list(a[1].data) + [literal]))) for o, a in data[:k]]
        return [[literal] + behind + list(data[k + 1:])]
    if op is c.MAX_REPEAT and av[0] == 0 and av[1] == 1 and av[2].getwidth()[0] >= 1:
        parts = [list(av[2].data) + list(data[1:]), list(data[1:])]
    elif op is c.SUBPATTERN and av[0] is None and not av[1] and not av[2]:
        inner = av[3].data
        if len(inner) == 1 and inner[0][0] is c.BRANCH:
            parts = [list(a.data) + list(data[1:]) for a in inner[0][1][1]]
        else:
            parts = [list(inner) + list(data[1:])]
    else:
        return None
    out: list = []
    for part in parts:
        spread = _spread(part, flags, state, depth + 1)
        if spread is None or len(out) + len(spread) > _MOST_SPREAD:
            return None
        out.extend(spread)
    return out


def _spread_openings(alternatives: list, flags: int, state):
    """``alternatives`` with each that opens with a look-behind or an optional or grouped part
    spread into alternatives that open with a literal (_spread), or None when none is."""
    out: list = []
    changed = False
    for alternative in alternatives:
        data = alternative.data
        if not data or _first_literal_class(data[0], flags) is not None or _has_groups(data):
            out.append(alternative)
            continue
        spread = _spread(list(data), flags, state)
        if spread is None:
            out.append(alternative)
            continue
        out.extend(_parser.SubPattern(state, part) for part in spread)
        changed = True
    return out if changed else None


def _grouped_alternatives(alternatives: list, flags: int, state):
    """``alternatives`` (SubPatterns) grouped by their first character, or None when none is."""
    out: list = []
    spread = _spread_openings(alternatives, flags, state)
    changed = spread is not None
    alternatives = alternatives if spread is None else spread
    i = 0
    while i < len(alternatives):
        run, classes = [], []  # (a run of alternatives that open with a literal)
        while i < len(alternatives) and alternatives[i].data \
                and (chars := _first_literal_class(alternatives[i].data[0], flags)) is not None:
            run.append(alternatives[i])
            classes.append(chars)
            i += 1
        if not run:
            out.append(alternatives[i])
            i += 1
            continue
        distinct = list(dict.fromkeys(classes))
        if any(a != b and a & b for a in distinct for b in distinct):
            out.extend(run)  # (classes that overlap: not grouped, so the order cannot change)
            continue
        for chars in distinct:
            members = [a for a, k in zip(run, classes) if k == chars]
            head = _passed_in_line(members[0].data[0], chars, state)
            if len(members) == 1:
                if head is None or head == members[0].data[0]:
                    out.append(members[0])
                else:
                    out.append(_parser.SubPattern(state, [head] + members[0].data[1:]))
                    changed = True
                continue
            rests = [_parser.SubPattern(state, m.data[1:]) for m in members]
            rests = _grouped_alternatives(rests, flags, state) or rests
            out.append(_parser.SubPattern(state, [head or members[0].data[0], (_constants.BRANCH, (None, rests))]))
            changed = True
    return out if changed else None


def compile_with_first_characters(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)`` with the first-character set a reading pattern is kept
    with (_with_first_characters; re.compile's own pattern when none is read)."""
    return _sre.compile(pattern, *_code_of(pattern, int(flags), first_characters=True))


@lru_cache(maxsize=1)
def _lower_preimages() -> dict:
    """lower case -> every character the engine lowers to it (itself included), for the
    characters whose lower case is another's or which are some other's lower case."""
    folder = _default_folder()
    if folder is None or _sre is None:
        return _walk_lowerings()
    return _kept_lowerings(Path(folder) / f"regex-lowerings-{_interpreter_key()}.marshal")


# Working the lowerings out walks every code point through the engine's lowering (1.1 M calls,
# ~1.27 G instructions by callgrind, speed97) in the first process that compiles a case-blind
# pattern anew -- after any edit of a reading pattern, and in a fresh cache. The answer (~1,400
# lower cases, ~28 kB) depends only on the interpreter's Unicode tables, so it is kept in a file
# per interpreter (_interpreter_key) with a CRC-32 of itself, and each character read is checked
# to lower to its key (a wrong file read is walked anew, never used).
def _walk_lowerings() -> dict:
    out: dict = {}
    for ch in range(sys.maxunicode + 1):
        low = _sre.unicode_tolower(ch)
        if low != ch:
            out.setdefault(low, [low]).append(ch)
    return out


def _kept_lowerings(path: Path) -> dict:
    """_walk_lowerings's answer, read from ``path`` when it holds a sound one, else walked and
    written there (failing to write is no error)."""
    try:
        check, payload = marshal.loads(path.read_bytes())
        if zlib.crc32(payload) == check:
            kept = marshal.loads(payload)
            if _sound_lowerings(kept):
                return kept
    except (OSError, ValueError, EOFError, TypeError):
        pass
    out = _walk_lowerings()
    payload = marshal.dumps(out)
    keep_bytes(path, marshal.dumps((zlib.crc32(payload), payload)))
    return out


def _sound_lowerings(kept) -> bool:
    """Is ``kept`` a dict of lower case -> [itself, the characters that lower to it]?"""
    if type(kept) is not dict or not kept:
        return False
    tolower = _sre.unicode_tolower
    for low, chars in kept.items():
        if (type(chars) is not list or len(chars) < 2 or chars[0] != low
                or any(type(ch) is not int or not 0 <= ch <= sys.maxunicode or ch == low or tolower(ch) != low
                       for ch in chars[1:])):
            return False
    return True


# A process builds few of the ~1,550 kept patterns it imports: a one-report `extract` uses ~170
# (~11% of their 1.9 M code words), the 380 dev reports ~1,200 (~85%), and building one is a
# conversion of its code to a list (array.tolist) and the engine's check of it (_sre.compile),
# ~200 M instructions for all of them, ~18% of a one-report `extract`. So a kept pattern is
# built at its first use (KeptPattern), and one a process never uses is never built.
# A call through the stand-in costs ~390 instructions more than the pattern's own: CPython 3.11
# specialises a method look-up only on a type whose attribute look-up is the generic one and
# whose method is the type's, so ``P.search(...)`` on a KeptPattern takes the generic path every
# time (speed82, by callgrind of a loop). So once built, the pattern takes its stand-in's place
# in the names geomove binds it to (_binding_of, _bound_again): a module's ``P.search(...)`` is
# then re's own call.
_PATTERN_METHODS = frozenset(("search", "match", "fullmatch", "finditer", "findall", "split", "sub", "subn", "scanner"))
_PATTERN_VALUES = ("flags", "groups", "groupindex")


# A process reads the entries of every pattern it imports and builds few of them (a one-report
# `extract` ~11% of the code words, the 380 dev reports ~85%): a checksum of the whole file made
# every process pay for every entry's words (~55 M instructions for ~14 MB of kept-pattern files,
# ~5% of a one-report `extract`, speed97). So each entry holds a CRC-32 of its key and of itself,
# checked when its pattern is built: a damaged entry is compiled anew, as a damaged file was,
# and no damaged entry is ever built.
def _entry_check(pattern: str, flags: int, fields: tuple) -> int:
    """The CRC-32 of an entry's key (``pattern``, ``flags``) and of its five ``fields`` (the
    engine's flags, code, groups, groupindex, indexgroup), as kept beside them."""
    eflags, code, groups, groupindex, indexgroup = fields
    head = repr((flags, eflags, groups, tuple(groupindex.items()), indexgroup)).encode()
    words = code if type(code) is bytes else repr(code).encode()
    return zlib.crc32(words, zlib.crc32(pattern.encode("utf-8", "surrogatepass"), zlib.crc32(head)))


class KeptPattern:
    """A pattern of a CompiledPatterns file, built from its kept code at its first use: every
    attribute is the built ``re.Pattern``'s (``pattern`` known before), and it
    compares and hashes as that pattern. Once built, the pattern replaces it in the name it was
    stored in (_binding_of) and in each global name a module's code reads it from (_bound_again);
    once read otherwise (a tuple, a dict's values, an object's attribute, a local name) the
    pattern's methods stand in the instance's own dict, and a call costs the generic look-up
    (~390 instructions more than re's). It is no
    ``re.Pattern``: the module functions (``re.finditer(p, ...)``) refuse it (call its methods),
    and a match's ``re`` is the built pattern (``matched_by(m, p)``, not ``m.re is p``)."""

    def __init__(self, owner: "CompiledPatterns", pattern: str, flags: int, entry: tuple, binding: tuple | None = None):
        d = self.__dict__
        d["_owner"], d["_entry"], d["_binding"] = owner, entry, binding
        # (the flags are the built pattern's: a damaged entry's may not be)
        d["pattern"], d["_key_flags"] = pattern, flags

    def built(self) -> re.Pattern:
        """The ``re.Pattern`` (built at the first call)."""
        d = self.__dict__
        compiled = d.get("_built")
        if compiled is None:
            compiled = self._owner._build(self.pattern, d["_key_flags"], d["_entry"])
            d["_built"] = compiled
            for name in _PATTERN_VALUES:
                d[name] = getattr(compiled, name)
            if d["_binding"] is not None:
                _put_in_place(d["_binding"], self, compiled)
        return compiled

    def __getattr__(self, name: str):
        # (only for a name not in the instance's dict: a method, until a look-up from where no
        # name can be bound again puts them there; a rare attribute)
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = self.built()
        if name in _PATTERN_METHODS and not _bound_again(sys._getframe(1), self, compiled):
            # (held in a table, an object's attribute, a local name: later look-ups find the
            # methods in the instance's dict, at the generic look-up's cost)
            d = self.__dict__
            for method in _PATTERN_METHODS:
                d[method] = getattr(compiled, method)
        return getattr(compiled, name)

    def __setattr__(self, name: str, value) -> None:
        raise AttributeError(f"a pattern's {name!r} cannot be set")

    def __eq__(self, other):
        if isinstance(other, KeptPattern):
            other = other.built()
        return self.built() == other

    def __hash__(self) -> int:
        return hash(self.built())

    def __repr__(self) -> str:
        return repr(self.built())

    def __reduce__(self):
        return re.compile, (self.pattern, self.flags)  # (as re pickles a pattern: copyreg, re._pickle)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# Where a stand-in is bound by name, read from the code that asked for it: the caller's next
# instruction, when it stores the call's result (``P = _PATTERNS.compile(...)`` at a module's top
# level). Read once a compile, it spares a pass over the names of
# every module a process imports (~14,000 names of ~510 modules for `extract`: speed82's _Bindings,
# +0.1% of the 380 documents). A ``from .x import P`` copy made before the build, a table's or an
# object's stand-in stays one (it works as the pattern, at ~390 instructions more a call): see
# tests/test_speed86.py for the hot ones, which bind a module's own name.
try:
    import opcode as _opcode
    _STORE_NAME = _opcode.opmap["STORE_NAME"]
    _STORES = {_STORE_NAME, _opcode.opmap["STORE_GLOBAL"]}
    _EXTENDED_ARG = _opcode.opmap["EXTENDED_ARG"]
    _LOAD_GLOBAL, _LOAD_NAME = _opcode.opmap["LOAD_GLOBAL"], _opcode.opmap["LOAD_NAME"]
    # (code units from a LOAD_GLOBAL to the instruction after it: itself and its inline cache)
    _LOAD_GLOBAL_UNITS = 2 * (1 + _opcode._inline_cache_entries[_LOAD_GLOBAL])
except (ImportError, KeyError, AttributeError, IndexError):  # (another implementation: no bindings read)
    _STORE_NAME = _EXTENDED_ARG = _LOAD_GLOBAL = _LOAD_NAME = None
    _STORES = frozenset()
    _LOAD_GLOBAL_UNITS = 0


def _binding_of(frame) -> tuple | None:
    """(namespace, name) that the call running in ``frame`` binds its result to by its next
    instruction, when that stores a name of a module (its top-level code, or a ``global``); else
    None (an unknown layout too: the pattern then stays a stand-in). A class's attribute is left
    a stand-in: setting a class attribute costs its instances' specialised look-ups (speed86, by
    callgrind: ~9,000 more generic instance look-ups on 40 reports, +0.13% of `places`)."""
    try:
        code = frame.f_code
        at = frame.f_lasti + 2  # (CPython 3.11: f_lasti is the call's last code unit)
        raw = code.co_code
        op, arg = raw[at], raw[at + 1]
        if op == _EXTENDED_ARG:
            op, arg = raw[at + 2], arg << 8 | raw[at + 3]
        if op not in _STORES:
            return None
        namespace = frame.f_globals
        if op != _STORE_NAME or frame.f_locals is namespace:  # (a global, or a name of the module's code)
            return namespace, code.co_names[arg]
    except (AttributeError, IndexError, TypeError, ValueError):
        pass
    return None


def _put_in_place(binding: tuple, stand_in: "KeptPattern", compiled: re.Pattern) -> None:
    """``compiled`` bound by ``binding``'s name where ``stand_in`` still is."""
    namespace, name = binding
    if namespace.get(name) is stand_in:
        namespace[name] = compiled


def _bound_again(frame, stand_in: "KeptPattern", compiled: re.Pattern) -> bool:
    """Does the global name that ``frame``'s code read ``stand_in`` from (the instruction before
    the method's look-up: ``P.search`` after ``from .x import P``) now hold ``compiled``? It is
    bound to it here when it held the stand-in. False when the stand-in was read otherwise (or the
    code's layout is not known); a wrong read of the code rebinds nothing, for only a name that
    holds the stand-in is bound again."""
    try:
        code = frame.f_code
        raw, at = code.co_code, frame.f_lasti  # (CPython 3.11: f_lasti is the look-up's own unit)
        if raw[at - _LOAD_GLOBAL_UNITS] == _LOAD_GLOBAL:
            arg = raw[at - _LOAD_GLOBAL_UNITS + 1] >> 1  # (3.11: the low bit pushes a NULL)
            if raw[at - _LOAD_GLOBAL_UNITS - 2] == _EXTENDED_ARG:
                arg |= raw[at - _LOAD_GLOBAL_UNITS - 1] << 7
            name = code.co_names[arg]
        elif raw[at - 2] == _LOAD_NAME:  # (a module's own code)
            name = code.co_names[raw[at - 1]]
        else:
            return False
        namespace = frame.f_globals
        held = namespace.get(name)
        if held is stand_in:
            namespace[name] = held = compiled
        return held is compiled
    except (AttributeError, IndexError, TypeError, ValueError):
        return False


# Every stand-in this process made, so a parent about to fork workers can build them all first
# (build_stand_ins): a forked worker shares the parent's built patterns (copy-on-write), where a
# pattern first used in a worker is built in each worker again -- with patterns built at first use
# and nothing built before the fork, `--workers 2` fell from ~1.8x to 1.46-1.71x (speed86).
_STAND_INS: list = []


def build_stand_ins() -> int:
    """Build every stand-in made so far that is not built yet (how many were built now). For a
    process about to fork workers (parallel.Workers): a process that reads alone builds at first
    use, and one that forks builds what it imported once, as when every pattern was built at
    import."""
    built = 0
    for stand_in in _STAND_INS:
        if "_built" not in stand_in.__dict__:
            stand_in.built()
            built += 1
    return built


def unbuilt_stand_ins() -> list:
    """The stand-ins made so far and not built yet."""
    return [s for s in _STAND_INS if "_built" not in s.__dict__]


def matched_by(match: re.Match, pattern) -> bool:
    """``match.re is pattern``, for a KeptPattern too (a match's ``re`` is the built pattern; a
    pattern not yet built made no match)."""
    return match.re is pattern or (type(pattern) is KeptPattern and match.re is pattern.__dict__.get("_built"))


def as_pattern(value):
    """``value`` itself, or the ``re.Pattern`` a KeptPattern stands for (built now)."""
    return value.built() if isinstance(value, KeptPattern) else value


class CompiledPatterns:
    """``compile(pattern, flags)`` as ``re.compile``, from the code kept by an earlier run when
    there is one (a KeptPattern, built at its first use, unless ``lazy`` is False); ``save()``
    keeps the code of patterns compiled anew (call it once the module's patterns are made)."""

    def __init__(self, name: str, folder: Path | None = None, *, lazy: bool = True):
        folder = _default_folder() if folder is None else os.fspath(folder)
        # the patterns get a first-character set in their search block (_with_first_characters)
        self.first_characters = name.startswith(FIRST_CHARACTERS_OF)
        # (the file's path a str, read by open(): a pathlib join and read_bytes cost ~25,000
        # instructions more a module, ~10 M of an `extract` process's ~420 files, speed152)
        self.path = None if folder is None or _sre is None else os.path.join(
            folder, f"regex-{name}-{_interpreter_key()}.marshal")
        self.lazy = lazy
        self.known = self._load()
        self.used: dict = {}
        self.new = 0  # patterns compiled anew (no usable entry)
        self._unsaved = False

    def _load(self) -> dict:
        # (no checksum of the whole file: each entry is checked when its pattern is built,
        # _entry_check; a file cut or damaged in its layout is no dict of marshal's)
        if self.path is None:
            return {}
        try:
            with open(self.path, "rb") as f:
                known = marshal.loads(f.read())
        except (OSError, ValueError, EOFError, TypeError):
            return {}
        return known if type(known) is dict else {}

    def compile(self, pattern: str, flags: int = 0, *, caller=None):
        """The pattern (a stand-in built at its first use, when lazy); ``caller``: the frame of
        the code asking for it, for a file that is not lazy -- the pattern is then a stand-in
        only when that code stores it in a module's name (a module's constant: _binding_of),
        and built now otherwise."""
        flags = int(flags)
        key = (pattern, flags)
        entry = self.known.get(key)
        if entry is not None:
            self.used[key] = entry
            if self.lazy:
                stand_in = KeptPattern(self, pattern, flags, entry, _binding_of(sys._getframe(1)))
                _STAND_INS.append(stand_in)
                return stand_in
            if caller is not None:
                binding = _binding_of(caller)
                if binding is not None:
                    stand_in = KeptPattern(self, pattern, flags, entry, binding)
                    _STAND_INS.append(stand_in)
                    return stand_in
            return self._build(pattern, flags, entry)
        return self._compile_anew(pattern, flags)

    def _build(self, pattern: str, flags: int, entry: tuple) -> re.Pattern:
        """The pattern built from its kept ``entry``; compiled anew (and the file written again)
        when the entry is damaged."""
        try:
            if len(entry) != 6 or entry[5] != _entry_check(pattern, flags, entry[:5]):
                raise ValueError("a damaged entry")
            code = entry[1]
            if type(code) is bytes:  # (FORMAT: the words of the code, read as one object)
                code = array.array(_CODE_TYPE, code).tolist()
            return _sre.compile(pattern, entry[0], code, *entry[2:5])
        except Exception:  # noqa: BLE001 -- a damaged entry: compiled the plain way
            self.used.pop((pattern, flags), None)
            compiled = self._compile_anew(pattern, flags)
            self.save()
            return compiled

    def _compile_anew(self, pattern: str, flags: int) -> re.Pattern:
        key = (pattern, flags)
        compiled = re.compile(pattern, flags)
        if self.path is not None:
            self.new += 1
            try:
                entry = _code_of(pattern, flags)
                built = _sre.compile(pattern, *entry)
            except Exception:  # noqa: BLE001 -- an re that works otherwise: nothing kept
                return compiled
            if built == compiled and built.groupindex == compiled.groupindex and built.groups == compiled.groups:
                if self.first_characters:
                    try:
                        faster = _code_of(pattern, flags, first_characters=True)
                        compiled = _sre.compile(pattern, *faster)
                    except Exception:  # noqa: BLE001 -- an engine that refuses it: re.compile's code kept
                        compiled = built
                    else:
                        entry = faster
                if _CODE_TYPE is not None:
                    entry = (entry[0], array.array(_CODE_TYPE, entry[1]).tobytes(), *entry[2:])
                self.used[key] = (*entry, _entry_check(pattern, flags, entry))
                self._unsaved = True
        return compiled

    def save(self) -> None:
        """Write the entries of this run's patterns (and the file's others, up to MAX_ENTRIES),
        if any pattern was compiled anew; a file written aside and renamed, so a reader in
        another process never sees half of it. Failing to write is no error."""
        if self.path is None or not self._unsaved:
            return
        merged = {**self.known, **self.used}
        keep = merged if len(merged) <= MAX_ENTRIES else self.used
        try:
            data = marshal.dumps(keep)
        except ValueError:
            return
        if not keep_bytes(Path(self.path), data):
            return
        self.known, self._unsaved = keep, False
