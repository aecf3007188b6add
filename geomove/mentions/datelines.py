"""Datelines: 'BEIRUT —', 'AUSTIN, Texas (AP) —', where the report was written."""

from __future__ import annotations

import re

from ..wordlists import COUNTRY_ABBREVIATIONS
from .persons import SHIP_PREFIXES


_LOOSE_DATELINE_RE = re.compile(
    r"(?P<place>[A-Z][A-Z'’\-]{2,}(?: [A-Z][A-Z'’\-]+){0,2})(?:,\s*(?P<second>[A-Z][a-z]+\.?(?: [A-Z][a-z]+)?))?"
    r"(?:\s*\([A-Z][A-Za-z&. ]{1,20}\))?\s+(?=[A-Z\"“])")  # "WASHINGTON (RNS) Church leaders"


_DATELINE_RE = re.compile(
    r"(?P<place>[A-Z][A-Z'’.\- ]*[A-Z])(?:\s*,\s*(?P<second>[A-Z][A-Za-z'’.\- ]{1,40}?))?"
    r"(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2}\s*)?"  # "JERUSALEM, Oct 3 (Wire) -"
    r"\s*(?:\([^)\n]{1,40}\)\s*)?(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2}\s*)?"
    r"(?:[—–:-]{1,2}\s|(?:--|[—–])(?=[A-Z(\"“]))")  # (a double or long dash may touch the text: "BEIJING --At")


class Datelines:
    """The place a report was written, from its first line or after a headline."""

    def datelines(self) -> list[dict]:
        """'BEIRUT —', 'AMMAN (Reuters) -', 'AUSTIN, Texas (AP) —' at the start of a line or
        after a headline's full stop; at the very start of the text the dash may be missing."""
        out = []
        pos = 0
        first_line = True
        for line in self.text.split("\n"):
            lead = len(line) - len(line.lstrip())
            starts = [lead] + [m.end() for m in re.finditer(r"[.!?]\s+(?=[A-Z]{3})", line)]
            for n, at in enumerate(starts):
                m = _DATELINE_RE.match(line, at)
                loose = False
                if not m and n == 0 and first_line and (pos + lead) not in self.headline_lines:
                    m = _LOOSE_DATELINE_RE.match(line, at)
                    loose = True
                if not m:
                    continue
                for g in ("place", "second"):
                    if not m.group(g):
                        continue
                    s, e = pos + m.start(g), pos + m.end(g)
                    surface = self.text[s:e].strip().rstrip(".")
                    if g == "place" and (len(surface) < 3 or surface in COUNTRY_ABBREVIATIONS):
                        break
                    if g == "place" and self._ship_prefix_opening(surface):
                        break
                    sent = next((i for i, (a, b) in enumerate(self.sents) if a <= s < b), 0)
                    region = self.region_abbreviation(surface) if g == "second" else None
                    if region:  # "EDMONTON, Ky." names the state the town is in
                        if self.text[s + len(surface):s + len(surface) + 1] == ".":
                            surface += "."
                        out.append({"start": s, "end": s + len(surface), "surface": surface, "role": "dateline",
                                    "cands": region, "kind": "admin1", "importance": 1.0, "n_tokens": 1,
                                    "sentence": sent, "tok": None, "abbrev": True})
                        continue
                    if g == "second" and len(surface) <= 4:
                        continue  # other short abbreviations are not in the gazetteer
                    cands = self.candidates(surface.title() if surface.isupper() else surface, None)
                    if not cands or (loose and max(c.get("importance") or 0 for c in cands[:3]) < 0.5):
                        break
                    out.append({"start": s, "end": s + len(surface), "surface": surface, "role": "dateline",
                                "cands": cands, "kind": None, "importance": cands[0].get("importance") or 0,
                                "n_tokens": len(surface.split()), "sentence": sent, "tok": None})
                break
            if line.strip():
                first_line = False
            pos += len(line) + 1
        return out

    @staticmethod
    def _ship_prefix_opening(surface: str) -> bool:
        """'HMS Diamond sailed from Portsmouth': a navy's ship prefix opening the first line
        (read as a dateline 'HMS', and that as Homs by one of its other names) opens a ship's
        name; a ship is no place the report was written."""
        return surface.split()[0] in SHIP_PREFIXES
