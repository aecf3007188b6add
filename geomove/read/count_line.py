"""A sitrep's line that is only a count, told right after the movement it sizes: "RDF elements
redeployed fm Mocimboa da Praia to Macomia on 17 NOV. Approx 300 pers." The count line has no
verb and no place: it tells how many moved in the movement told just before (GUIDELINES: count
is of people when people are counted).

why: a clause with no verb of moving is read as no fragment at all, so the count was lost; a
count in brackets inside the sentence ("... on 17 NOV (approx 300 pers)") was read already.
Only a whole sentence that is a count of people (a qualifier, a number, a noun of people, maybe
"and N veh"), right after the movement (the sentence before), and only when that movement
counts no people of its own; or a count of vehicles alone ("At least 60 pickups."), when the
movement counts nothing (read70)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..regex_cache import CompiledPatterns
from .count_told_after import latest_told_before
from .counts import mark_qualified
from .lexicon import _PEOPLE, unit_names_people

_PATTERNS = CompiledPatterns("read-count-line")

_COUNT_LINE = _PATTERNS.compile(
    r"\s*(?:(?P<qual>approx\.?|approximately|about|around|some|est\.?|an\s+estimated|c\.|at\s+least|more\s+than|over)\s*)?"
    r"(?P<num>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,6})\s+(?P<unit>pers|personnel|pax|troops|soldiers|fighters|men|elements|"
    # (or of the vehicles, when no people are counted: "At least 60 pickups.", a post's line)
    r"(?P<vehicles>vehicles|veh|vehs|trucks|pickups|pick-ups|technicals|tanks|motorcycles|APCs))\b"
    r"(?:\s+and\s+(?:approx\.?\s*)?[0-9]{1,4}\s+(?:veh|vehs|vehicles|trucks)\b)?\s*[.;]?\s*", re.I)
# (a count line is short: longer sentences are never asked, so the pass costs nothing on prose)
COUNT_LINE_CHARS = 60


def count_line_after(a) -> None:
    """An assembly pass (assemble.PASSES): lend the count of a sentence that is only a count of
    people to the movement told in the sentence before it."""
    reader = a.reader
    if not a.drafts:
        return
    for i, (s, e) in enumerate(reader.spans):
        if i == 0 or e - s > COUNT_LINE_CHARS:
            continue
        m = _COUNT_LINE.fullmatch(reader.text, s, e)
        if m is None:
            continue
        statuses = {d.status for d in a.drafts if any(f.sentence == i - 1 for f in d.frags)}
        for status in statuses:
            latest = latest_told_before(a, i, status, reach=1)
            if latest is None:
                continue
            d, k = latest
            if any(unit_names_people(c["unit"]) for f in d.frags for c in f.counts) \
                    or (m.group("vehicles") and any(f.counts for f in d.frags)):
                continue  # (vehicles only where the movement counts nothing)
            unit = m.group("unit").lower()
            item = {"value": int(m.group("num").replace(",", "")), "unit": "personnel" if unit in ("pers", "pax") else unit}
            if m.group("qual"):
                mark_qualified(item, m.group("qual"))
            d.frags[k] = replace(d.frags[k], counts=[item] + d.frags[k].counts)
            a.why.append(f"sentence {i} (a count line) tells how many moved in {d.frags[k].sentence}: {item['value']}")


_PATTERNS.save()
