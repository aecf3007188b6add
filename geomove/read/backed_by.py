"""A force named only as the backer of the subject: "M23 rebels, backed by Rwandan troops,
entered Goma", "Supported by Russian instructors, Malian troops retook Anefis". The subject moved;
the backer's demonym says whose help it had, not where the subject came from, so it gives the
movement no home country (the origin a national force crossing in is read from: "Rwandan troops
entered Goma" came from Rwanda) and names no actor.

why: "M23 rebels, backed by Rwandan troops, entered the centre of Goma" read Rwanda as the
rebels' origin (DR Congo probe of my own, s32m)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-backed-by")

# the aside's opening, from the clause's start or a comma up to the name: a participle of help
# and its "by", no comma or verb of the clause's own between
_SUPPORT_ASIDE = _PATTERNS.compile(
    r"(?:^|,)\s*(?:(?:reportedly|allegedly|apparently|heavily|openly)\s+)?"
    r"(?:backed|supported|aided|helped|assisted|reinforced|armed|trained|financed|funded|equipped|advised|"
    r"sponsored|propped\s+up|"
    # (and who went along: "a convoy of the armed forces, escorted by Russian personnel, left Gao"
    # is the convoy's move; the escort names no actor of it either, read108 with read.escort_aside)
    r"escorted|accompanied)\s+(?:up\s+)?by\s+[^,;:()]*$", re.I)


def named_as_backer(text: str, s: int, at: int) -> bool:
    """Is the name at ``at`` (in the clause that starts at ``s``) inside an aside that tells who
    backed the subject ("..., backed by Rwandan troops, ...")?"""
    # (a slice: '^' is the clause's start, which a search from an offset never matches)
    return _SUPPORT_ASIDE.search(text[s:at]) is not None


_PATTERNS.save()
