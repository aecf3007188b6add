"""Place mentions in a report: found by the gazetteer, filtered by general rules, resolved in context.

How a mention is found:

1. The text is cut into sentences and tokens (:mod:`geomove.textutil`). Runs of capitalised
   words ("Deir ez-Zor", "Ras al-Ayn", "United Arab Emirates") are scanned longest n-gram
   first against the gazetteer's name keys (:func:`geomove.names.name_key` folds the
   transliteration variants).
2. General rules drop what is not a place: persons (an honorific or a known given name
   before a name; a surname seen in a person's name earlier), organisations and outlets (a
   run ending in News/Agency/Forces/Ministry...), words that the text also writes in lower
   case, sentence-initial and headline words, and low-importance rows that nothing in the
   text supports.
3. Demonyms ("Iraqi", "Turkish") become mentions of their country with a role: an
   ``actor`` when they name a force ("Turkish army"), a ``demonym_place`` when they locate
   ("into Iraqi territory", "the Syrian-Iraqi border"), else ``demonym``.
4. Candidates are ranked twice: first alone, then against the other places of the same
   text (their points and countries), so "Sinjar" in a report about Nineveh is not the
   Idlib village. Kind words around a name ("Idlib province", "the town of X", "X
   crossing") are passed as hints.
5. Relative phrases around a name ("the outskirts of X", "10 km north of Y", "close to Z")
   set the mention's ``relation``, ``precision`` and ``uncertainty_km`` (:mod:`geomove.relative`).
6. A name the text clearly calls a place but whose only readings are wrong (a province the
   index holds only as a town abroad, "West Midlands" read as "Midlands", a lone hamlet on
   another continent) stays a mention without a point (``lat``/``lon`` null); its ``why``
   says why. A confident wrong point on a map is worse than none.

Roles: ``place`` (something is or happens there), ``demonym_place``, ``demonym``,
``actor`` (a demonym or a country naming a force or a government: "Turkey said"),
``dateline`` (where the report was written: "BEIRUT —") and ``source_location``
("local sources in X told...").

The package is one stage a module, in the order a text flows through them:

- :mod:`.tokens` (sentences, tokens, runs of capitalised words), :mod:`.candidates` (gazetteer
  look-up; :mod:`.similarity` compares spellings, :mod:`.words` knows everyday words);
- :mod:`.scan` (a run matched longest name first) with :mod:`.persons`, :mod:`.facilities`,
  :mod:`.hyphens`; :mod:`.datelines`; :mod:`.roles`;
- :mod:`.hints` (areas written beside a name bind), :mod:`.context` (ranking against the text's
  other places), :mod:`.acceptance` (support), :mod:`.guards` (far readings doubted);
- :mod:`.finder` assembles them for one text and writes the MENTION records; :mod:`.sections`
  cuts a long text. This module is the front door: :func:`find_mentions`, :func:`places`.
"""

from __future__ import annotations

import gc

from .recase import recased
from ..layout import mention_to_original, squeeze
from ..textutil import sentence_spans
# (names other modules, tests and benchmarks import from here; the stages own them)
from ..wordlists import HONORIFICS, STOPWORDS
from .candidates import shared_candidates
from .finder import _Finder
from .sections import CUT_PARTS, SECTION_CHARS, _sections, _shifted
from .similarity import core_key, spelling_similarity
from .words import is_common_word

PLACE_ROLES = ("place", "demonym_place")

# the names these had when the finder was one module
_core_key, _is_common_word, _shared_candidates, _similarity = (
    core_key, is_common_word, shared_candidates, spelling_similarity)

__all__ = ["PLACE_ROLES", "find_mentions", "mention_as_written", "places", "SECTION_CHARS", "HONORIFICS", "STOPWORDS", "_Finder",
           "_sections", "core_key", "is_common_word", "shared_candidates", "spelling_similarity",
           "_core_key", "_is_common_word", "_shared_candidates", "_similarity"]


def find_mentions(text: str, *, gazetteer, published=None) -> list[dict]:
    """Every place-like mention in ``text`` (MENTION dicts, see the module doc), in text order.

    ``gazetteer`` is handed in (the CLI and the package front door open the default one);
    the result depends on it alone. ``published`` is accepted for symmetry with the
    extractor and is not used yet.
    """
    if gazetteer is None:
        raise TypeError("find_mentions needs a gazetteer (e.g. geomove.gazetteer.Gazetteer.default())")
    if not text or not text.strip():
        return []
    squeezed = squeeze(text)  # (long runs of layout white space: see geomove.layout)
    if squeezed is not None:
        return [mention_to_original(m, squeezed) for m in find_mentions(squeezed.text, gazetteer=gazetteer)]
    prose = recased(text, gazetteer)  # (lines written in capitals, read as prose: mentions.recase)
    if prose is not text:
        return [mention_as_written(m, text) for m in find_mentions(prose, gazetteer=gazetteer)]
    if len(text) <= SECTION_CHARS:
        return _Finder(text, gazetteer).run()
    out: list[dict] = []
    sentences = 0
    # The mentions found so far only grow; Python's automatic collector would walk them (and the
    # caches) again and again (at 4 MB, 2/3 of what the text cost beyond its parts). Collect
    # the young generations after each section instead, and leave the rest to the collector
    # once the text is read.
    automatic = gc.isenabled()
    gc.disable()
    try:
        # (sections of at most half the longest text read whole: see mentions.sections)
        for offset, section in _sections(text, SECTION_CHARS // CUT_PARTS):
            found = _Finder(section, gazetteer).run() if section.strip() else []
            out.extend(_shifted(m, offset, sentences) for m in found)
            sentences += len(sentence_spans(section))
            gc.collect(1)
    finally:
        if automatic:
            gc.enable()
    return out


def mention_as_written(mention: dict, text: str) -> dict:
    """A mention found in the recased text, with its words as the report writes them (the
    offsets are the same: mentions.recase keeps every word's length)."""
    out = dict(mention, surface=text[mention["start"]:mention["end"]])
    phrase = out.get("phrase")
    if phrase:
        out["phrase"] = dict(phrase, text=text[phrase["start"]:phrase["end"]])
    return out


def places(text: str, **kwargs) -> list[dict]:
    """The mentions that locate something (roles ``place`` and ``demonym_place``)."""
    return [m for m in find_mentions(text, **kwargs) if m["role"] in PLACE_ROLES]
