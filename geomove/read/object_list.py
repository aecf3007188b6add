"""What moved told as a list set off by commas: "Turkey deploys drones, commandos to northern
Cyprus" (a headline's comma for "and"), "The army sent troops, tanks and artillery to the
border". The comma joins the members of one object, all of which moved to the place after it.

why: the object was cut at the first comma (no_force._OBJECT_STOP ends an object at a comma, as
an aside or a second clause often follows one), so only "drones" had moved. Read as a list only
when every member after the comma is a short bare noun phrase (lowercase words, no participle,
no word of a source or an aside) and the list ends at a preposition of place or at the end of
the clause: "moved troops, officials said" and "sent troops, reinforcing positions to the
north" are no lists."""

from __future__ import annotations

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-object-list")

# words that open no member of a list of things moved: an aside, a source, a clause, a quantity
# of a part ("some", "most": "troops, most of them ...")
_NOT_A_MEMBER = (r"(?:which|who|whom|whose|where|while|when|as|including|includes|such|said|says|according|"
                 r"but|then|also|mostly|mainly|some|many|most|all|both|officials?|sources?|it|they|its|their|"
                 r"the|a|an|and|or|with|without|among|after|before|now|already|reports?)\b")
# one member: one to three lowercase words, the first no participle or finite verb in -ing/-ed
# alone ("reinforcing positions"), nor a word of _NOT_A_MEMBER
_MEMBER = r"(?!" + _NOT_A_MEMBER + r")(?![a-z-]+ing\b)[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}"
_LIST = _PATTERNS.compile(r",\s+(?:" + _MEMBER + r")(?:\s*,\s+(?:and\s+)?" + _MEMBER + r"|\s+and\s+" + _MEMBER + r")*"
                          r"(?=\s+(?:to|into|towards?|from|across|near|along|in|at|on)\b|\s*$)")
# what parts the list's members
_MEMBER_SPLIT = _PATTERNS.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)


def object_list_end(after: str, comma: int) -> int | None:
    """Where a list of things moved that a comma at ``comma`` in ``after`` (the words after
    the verb) goes on ends; None when what follows the comma is no such list."""
    m = _LIST.match(after, comma)
    if m is None:
        return None
    # (no member is longer than three words: a lowercase clause after the comma is no list)
    members = _MEMBER_SPLIT.split(after[comma:m.end()].strip(" ,"))
    return m.end() if all(1 <= len(x.split()) <= 3 for x in members) else None
