"""Openers looked for in a window of text just before a cue: a heading's words before "from"
(read.heading_from), a scene-setting "Across the border in" (read.scene_across).

The window is a slice, so a pattern that asks for a sentence's start (``\\A`` or a boundary
character before it) sees the slice's own start as one. That start is a sentence's only where the
slice begins the text or follows one of the boundary characters; mid-sentence it is not, and an
opener found there is no opener."""

from __future__ import annotations


def opens_in_window(pattern, text: str, at: int, reach: int, stops: str) -> bool:
    """Does ``pattern`` match in the ``reach`` characters before ``at`` at a true sentence
    start: after a boundary inside the window, or at the window's start where that start is the
    text's or follows one of ``stops``?"""
    lo = max(0, at - reach)
    head = pattern.search(text[lo:at])
    if head is None:
        return False
    return head.start() > 0 or lo == 0 or text[lo - 1] in stops
