"""Datelines: 'BEIRUT —', 'AUSTIN, Texas (AP) —', where the report was written."""

from __future__ import annotations

import re

from ..names import plain
from ..gazetteer.answers import country_abbreviation_answer
from ..wordlists import COUNTRY_ABBREVIATIONS
from .persons import SHIP_PREFIXES
from .words import is_everyday_word
from ..regex_cache import CompiledPatterns

# (its patterns are built from code an earlier run kept: geomove.regex_cache)
_PATTERNS = CompiledPatterns("mentions-datelines")


# a capital letter as datelines and headings write a name: English letters and the Latin
# letters with accents or strokes ("TROMSØ", "BOGOTÁ", "ŁÓDŹ"); the Latin Extended-A block
# holds lower-case letters too, so a place read with it must be all capitals (see datelines)
_CAPS = "A-ZÀ-ÖØ-Þ\u0100-\u017F"

_LOOSE_DATELINE_RE = _PATTERNS.compile(
    r"(?P<place>[" + _CAPS + r"][" + _CAPS + r"'’\-]{2,}(?: [" + _CAPS + r"][" + _CAPS + r"'’\-]+){0,2})"
    r"(?:,\s*(?P<second>[A-Z][a-z]+\.?(?: [A-Z][a-z]+)?))?"
    r"(?:\s*\([A-Z][A-Za-z&. ]{1,20}\))?\s+(?=[A-Z\"“])")  # "WASHINGTON (RNS) Church leaders"


_DATELINE_RE = _PATTERNS.compile(
    r"(?P<place>[" + _CAPS + r"][" + _CAPS + r"'’.\- ]*[" + _CAPS + r"])(?:\s*,\s*(?P<second>[A-Z][A-Za-z'’.\- ]{1,40}?))?"
    r"(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2}\s*)?"  # "JERUSALEM, Oct 3 (Wire) -"
    r"\s*(?:\([^)\n]{1,40}\)\s*)?(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2}\s*)?"
    r"(?:[—–:-]{1,2}\s|(?:--|[—–])(?=[A-Z(\"“]))")  # (a double or long dash may touch the text: "BEIJING --At")


# a roundup's heading: a name in capitals and a full stop at the start of a line, then the
# paragraph's first sentence or the line's end ("MALI. French troops left Gao", "SUDAN.")
_HEADING_NAME = r"[" + _CAPS + r"][" + _CAPS + r"'’\-]+(?: [" + _CAPS + r"][" + _CAPS + r"'’\-]+){0,3}"
_HEADING_RE = _PATTERNS.compile(r"[ \t]*(?P<place>" + _HEADING_NAME + r"(?:/" + _HEADING_NAME + r")*)\.(?=[ \t]+[A-Z\"“]|[ \t]*$)")
# the kinds of place a heading names: a theatre (a country, a province) or a well-known city
HEADING_KINDS = ("country", "admin1", "region", "city")
# ... a city at least this important (a dateline read without its dash keeps 0.5 too)
HEADING_IMPORTANCE = 0.5
# the sections of a brief by domain or direction, which some place also bears as its name
SECTION_WORDS = frozenset("""
maritime naval air land sea space cyber coastal coast frontline front border borders interior capital
central north south east west northern southern eastern western
""".split())


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
                if not m and n == 0 and first_line and (pos + lead) not in self.headline_lines \
                        and not _HEADING_RE.match(line):  # ("SOUTH SUDAN. Troops ...": no dateline "SOUTH")
                    m = _LOOSE_DATELINE_RE.match(line, at)
                    loose = True
                if not m:
                    continue
                for g in ("place", "second"):
                    if not m.group(g):
                        continue
                    s, e = pos + m.start(g), pos + m.end(g)
                    surface = self.text[s:e].strip().rstrip(".")
                    if g == "place" and (len(surface) < 3 or surface in COUNTRY_ABBREVIATIONS
                                         or not surface.isupper()):
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
                    if not cands and g == "place" and surface.count(" ") == 1:
                        # "TECUN UMAN, Guatemala": a town the index holds only with the head word
                        # reports leave out (Ciudad Tecún Umán), as a name in the prose is read
                        # (written_apart._town_without_its_head)
                        cands = self._town_without_its_head(*(surface.title() if surface.isupper() else surface).split(" "))
                    if not cands or (loose and max(c.get("importance") or 0 for c in cands[:3]) < 0.5):
                        break
                    out.append({"start": s, "end": s + len(surface), "surface": surface, "role": "dateline",
                                "cands": cands, "kind": None, "importance": cands[0].get("importance") or 0,
                                "n_tokens": len(surface.split()), "sentence": sent, "tok": None})
                break
            if line.strip():
                first_line = False
            pos += len(line) + 1
        return out + self.headings(out)

    def headings(self, datelines: list[dict]) -> list[dict]:
        """'MALI. French troops left Gao ...', 'SUDAN.' on a line of its own: a roundup's heading,
        a country's (or province's, or a well-known city's) name in capitals with a full stop at
        the start of a line, names the theatre the paragraph below it is about (see
        context.theatre_scopes). Read as a place (role ``place``), not as an acronym; only a
        reading of the very name of such a kind (HEADING_KINDS), so "NOTE." or "UPDATE." is none."""
        out = []
        taken = {d["start"] for d in datelines}
        pos = 0
        for line in self.text.split("\n"):
            m = _HEADING_RE.match(line)
            if m:
                # ("ISRAEL/GAZA.": each name of a heading of two theatres)
                at = pos + m.start("place")
                for part in m.group("place").split("/"):
                    if at not in taken:
                        out.extend(self._heading_mention(part, at))
                    at += len(part) + 1
            pos += len(line) + 1
        return out

    def _heading_mention(self, surface: str, at: int) -> list[dict]:
        """[the mention of one name of a heading at offset ``at``], or [] when it names no theatre."""
        if surface in COUNTRY_ABBREVIATIONS:  # "DRC.", "UAE."
            place = country_abbreviation_answer(self.gaz, surface)
            cands = [place] if place else []
        elif len(surface) >= 3:
            cands = self.candidates(surface.title(), None)
        else:
            cands = []
        best = cands[0] if cands else None
        if not self._heading_reading(surface, best):
            return []
        tok = next((i for i, t in enumerate(self.toks) if t.start == at), None)
        if tok is None:
            return []
        n = next(k for k in range(1, len(self.toks) - tok + 1) if self.toks[tok + k - 1].end >= at + len(surface))
        return [{"start": at, "end": at + len(surface), "surface": surface, "role": "place", "heading": True,
                 "cands": cands, "kind": "country" if surface in COUNTRY_ABBREVIATIONS else None,
                 "importance": best.get("importance") or 0, "n_tokens": n, "sentence": self.toks[tok].sentence,
                 "tok": tok, "abbrev": surface in COUNTRY_ABBREVIATIONS}]

    @staticmethod
    def _heading_reading(surface: str, best: dict | None) -> bool:
        """Does a heading's best reading name a theatre: a country by any of its names, or a
        province or region by the very name, or a well-known city (HEADING_IMPORTANCE) by its own
        name; not a brief's section word that some place bears ("MARITIME.", a region of Togo;
        "CENTRAL."), nor a city by another of its names ("VICTORIA." is no Hong Kong)?"""
        if best is None or best.get("name_similarity", 0) < 0.95 or best.get("kind") not in HEADING_KINDS:
            return False
        if best["kind"] == "country":
            return True
        if surface.lower() in SECTION_WORDS or is_everyday_word(surface):
            return False
        if best["kind"] in ("admin1", "region"):
            return True
        return plain(best.get("name") or "") == plain(surface) and (best.get("importance") or 0) >= HEADING_IMPORTANCE

    @staticmethod
    def _ship_prefix_opening(surface: str) -> bool:
        """'HMS Diamond sailed from Portsmouth': a navy's ship prefix opening the first line
        (read as a dateline 'HMS', and that as Homs by one of its other names) opens a ship's
        name; a ship is no place the report was written."""
        return surface.split()[0] in SHIP_PREFIXES


_PATTERNS.save()
