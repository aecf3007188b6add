"""Stage 3b, a head word shared by coordinated qualifiers: "Central and South America", "North
and South Korea", "Central, Eastern and Southern Europe" name two (three) areas, and the last
carries the head word for all. The scan finds only the last ("South America"); each qualifier
before it becomes a mention of its own, read as the qualifier with the shared head ("Central
America"), when the gazetteer knows that whole name as an area (a country, a province, a region,
a continent). Its offsets are the qualifier's alone: the head word is the other mention's."""

from __future__ import annotations

from ..names import plain
from ..wordlists import NAME_QUALIFIERS
from .text_order import START

# the readings an elided name may take: areas whose names are qualifier + head
_AREA_KINDS = frozenset({"country", "admin1", "region", "continent", "sea", "ocean"})
_JOINTS = frozenset({"and", "or", "&"})


class SharedHeads:
    """Qualifiers coordinated before a name that carries their head word (a mixin of the finder)."""

    def _qualifiers_sharing_a_head(self, mentions: list[dict]) -> list[dict]:
        """The mentions of the qualifiers written before a qualified area's name with 'and', 'or'
        or commas between them ("Central and South America": "Central"), each with the readings
        of the qualifier and the shared head ("Central America"), in text order."""
        toks = self.toks
        covered = {t for m in mentions if m.get("tok") is not None
                   for t in range(m["tok"], m["tok"] + m.get("n_tokens", 1))}  # token indexes named already
        out = []
        for m in mentions:
            if m["role"] != "place" or m.get("n_tokens", 1) < 2 or m.get("tok") is None or not m.get("cands"):
                continue
            first = toks[m["tok"]]
            if first.lower not in NAME_QUALIFIERS or not first.is_capitalised:
                continue
            best = m["cands"][0]
            if best.get("kind") not in _AREA_KINDS or plain(best.get("matched_name") or best.get("name") or "") \
                    != plain(m["surface"]):
                continue  # the whole name must be an area's name ("South America"), not a loose match
            head = self.text[toks[m["tok"] + 1].start:m["end"]]
            j = m["tok"] - 1
            joint_seen = False  # the joint next to the named area must be 'and'/'or'; commas further out
            while j >= 1:
                k = j
                if toks[k].lower in _JOINTS and not joint_seen:
                    k -= 1
                    if k >= 0 and toks[k].text == ",":
                        k -= 1  # "Central, Eastern, and Southern Europe"
                elif toks[k].text == "," and joint_seen:
                    k -= 1
                else:
                    break
                if k < 0:
                    break
                q = toks[k]
                if q.lower not in NAME_QUALIFIERS or not q.is_capitalised or q.sentence != first.sentence \
                        or k in covered:
                    break
                name = f"{q.text} {head}"
                cands = [c for c in self.candidates(name, None)
                         if c.get("kind") in _AREA_KINDS and c.get("name_similarity", 0) >= 0.95]
                if not cands:
                    break
                for c in cands:
                    c["why"] = (c.get("why") or "") + f"; {q.text!r} shares the head word of {m['surface']!r}"
                out.append({"start": q.start, "end": q.end, "surface": q.text, "tok": k, "n_tokens": 1,
                            "sentence": m["sentence"], "role": "place", "cands": cands, "kind": None,
                            "importance": 1.0, "first_in_sentence": q.first_in_sentence,
                            "elided_head": head})
                covered.add(k)
                joint_seen = True
                j = k - 1
        return sorted(out, key=START)
