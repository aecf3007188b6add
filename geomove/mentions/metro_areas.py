"""A city's metropolitan area named with a head word before the city's name: "Greater
Khartoum" (also with a kind word after it, "Greater Toronto Area"); French writes "Grand" ("Grand
Tunis", "Grand Abidjan", "Grand Nouméa": the agglomeration around the city). The index holds the city, not the area around
it: the whole is one mention, read at the city's point and seen as the city with its surroundings
(relative.apply_relation's "metro" relation: precision near, the area's reach as uncertainty).

The scan reads a run longest name first, so a name the index holds whole ("Greater Accra",
"Greater London", "Grand Rapids", "Grand-Bassam") is one mention of its own and never comes here.
What comes here is a city read without its head word: "Greater" left out as a qualifier
(scan's ``qualifier_left_out``), or "Grand" read as a place of its own (a village in Côte
d'Ivoire) right before the city. Only a city big enough to have an area around it
(METRO_MIN_POPULATION) reads so: "Grand Canyon" is no area of Canyon, Texas."""

from __future__ import annotations

# the head words that name a city's metropolitan area (English "Greater", French "Grand")
METRO_HEADS = frozenset(("greater", "grand"))
# a settlement this big has an area around it that reports name ("Grand Nouméa", 94,000 people);
# a town of 15,000 does not ("Grand Canyon" is no area of Canyon, Texas)
METRO_MIN_POPULATION = 50_000
_METRO_KINDS = frozenset(("city", "town"))
# the head words as a mention of their own is written ("Grand" read as a village of Côte d'Ivoire)
_HEAD_SURFACES = frozenset(w for h in METRO_HEADS for w in (h.title(), h.upper()))
# the kind word a report writes after the whole ("the Greater Toronto Area"): part of the name
_AREA_TAILS = (" Area", " area", " Metropolitan Area", " metropolitan area")


def _city_reading(m: dict) -> bool:
    """Is the mention's first reading a city or town big enough to have a metropolitan area,
    read by its own name?"""
    best = (m.get("cands") or [{}])[0]
    return best.get("kind") in _METRO_KINDS and (best.get("population") or 0) >= METRO_MIN_POPULATION \
        and (best.get("name_similarity") or 0.0) >= 0.99


def _area_tail_end(text: str, end: int) -> int:
    """Where the name ends with the kind word written after it ("Greater Toronto Area"), else ``end``."""
    for tail in _AREA_TAILS:
        after = end + len(tail)
        if text.startswith(tail, end) and (after == len(text) or not text[after].isalnum()):
            return after
    return end


def metropolitan_areas(text: str, toks, mentions: list[dict]) -> tuple[list[dict], list[dict]]:
    """The mentions with each city read without its metropolitan head word grown to the whole
    ("Greater Khartoum", "Grand Tunis"), seen as the area around the city (a "metro" relation);
    a "Grand" read as a place of its own right before the city is no mention any more. Returns
    the mentions kept (``mentions`` itself when none is grown) and the grown ones."""
    # (asked of every mention of every text: the surface and the qualifier first, as most
    # mentions have neither)
    heads = [m for m in mentions if (m["surface"] in _HEAD_SURFACES or (
        (q := m.get("qualifier_left_out")) is not None and toks[q].lower in METRO_HEADS))
        and m["role"] == "place" and m.get("cands")]
    if not heads:
        return mentions, []  # (most texts: no head word at all)
    starts = {m["start"]: m for m in mentions if m["role"] == "place" and m.get("cands")}
    gone, grown = set(), []
    for m in heads:
        if m["surface"] in _HEAD_SURFACES:  # "Grand" read as a place, the city after it
            city, head_start, head_tok = starts.get(m["end"] + 1), m["start"], m.get("tok")
            if city is None or text[m["end"]] != " " or city["sentence"] != m["sentence"]:
                continue
        else:  # "Greater" left out of the city's mention as a qualifier
            city, head_tok = m, m["qualifier_left_out"]
            head_start = toks[head_tok].start
            if text[toks[head_tok].end:m["start"]] != " ":
                continue
        if not _city_reading(city):
            continue
        end = _area_tail_end(text, city["end"])
        if city is not m:
            gone.add(id(m))
        city.pop("qualifier_left_out", None)
        city.update(start=head_start, end=end, surface=text[head_start:end], tok=head_tok,
                    n_tokens=city["n_tokens"] + 1 + (end != city["end"]), metro_area=True,
                    relation={"type": "metro", "area": "metropolitan area",
                              "phrase_start": head_start, "phrase_end": end})
        grown.append(city)
    return ([m for m in mentions if id(m) not in gone] if gone else mentions), grown


def note_metro_areas(grown: list[dict]) -> None:
    """Say in the reading's why that each mention ``metropolitan_areas`` grew is the city's
    metropolitan area."""
    for m in grown:
        if m.get("cands") and not m.get("drop"):
            best = m["cands"][0]
            best["why"] = best.get("why", "") + f"; {m['surface']!r}: the area around the city, at its point"
