"""A name made only of compass words written right before another place's name qualifies that
place: "youth crime in Far North Queensland", "floods across Far West Texas", "dry weeks in
North West Tasmania" name a part of Queensland, Texas, Tasmania, not the Far North Region of
Cameroon, a town called Farr West in Utah or the North West Province of South Africa, which the
gazetteer holds under the compass words alone.

The scan reads a run longest name first: when the index knows the whole ("North West
Province", "South East Asia", "North Kivu"), the whole is one mention and this stage never sees
it; only a compass name cut off from the place after it is dropped, so that the place after it
(read on its own, as "Southern California" reads California) is the mention, and the compass
name backs no country of its own.

A compass name with a kind word, followed by "of" and a place ("the Southern District of New
York", "the Eastern District of Michigan", a court's district), names a part of that place too:
where the index holds the compass name only as an area of another country (Hong Kong's Southern
District, Israel's Northern District), that reading is dropped and the place after "of" stays
(:func:`compass_parts_of_another_country`)."""

from __future__ import annotations

# the words a compass name is made of ("Far North", "North West", "South-East", "Upper East")
COMPASS_NAME_WORDS = frozenset("""
far north south east west northern southern eastern western northeast northwest southeast
southwest north-east north-west south-east south-west central mid upper lower
""".split())
# the kinds of reading the place after it must have: an area or a settlement a compass name can
# qualify (not a river or a person read as a place)
_QUALIFIED_KINDS = frozenset(("country", "admin1", "admin2", "region", "island", "city", "town"))


def is_compass_name(surface: str) -> bool:
    """Is ``surface`` made only of compass words (COMPASS_NAME_WORDS), and more than "far"?"""
    words = surface.lower().split()
    return bool(words) and all(w in COMPASS_NAME_WORDS for w in words) and words != ["far"]


def compass_names_qualifying_a_place(text: str, mentions: list[dict]) -> list[dict]:
    """The place mentions made only of compass words (:func:`is_compass_name`) followed, after
    one space, by another place mention of its sentence whose first reading is an area or a
    settlement (_QUALIFIED_KINDS); the caller drops them. ``mentions`` in any order."""
    compass = [m for m in mentions if m["role"] == "place" and m.get("cands") and is_compass_name(m["surface"])]
    if not compass:
        return []  # (most texts: no dict of the mentions' starts is built)
    starts = {m["start"]: m for m in mentions if m["role"] == "place" and m.get("cands")}
    out = []
    for m in compass:
        nxt = starts.get(m["end"] + 1)
        if nxt is None or nxt is m or nxt["sentence"] != m["sentence"] or text[m["end"]] != " " \
                or nxt["cands"][0].get("kind") not in _QUALIFIED_KINDS:
            continue
        out.append(m)
    return out


# the kind words after compass words that make a part's name ("Southern District", "Northern
# Province", "Western Region")
PART_KIND_WORDS = frozenset("""
district region province division zone sector department county governorate territory
""".split())
_OF = " of "


def is_compass_part_name(surface: str) -> bool:
    """Is ``surface`` compass words and a kind word (PART_KIND_WORDS): 'Southern District'?"""
    head, _, kind = surface.rpartition(" ")
    return kind.lower() in PART_KIND_WORDS and is_compass_name(head)


def compass_parts_of_another_country(text: str, mentions: list[dict]) -> list[dict]:
    """The place mentions named by compass words and a kind word (:func:`is_compass_part_name`),
    followed by " of " and another place mention of their sentence, an area or a settlement
    (_QUALIFIED_KINDS), none of whose readings lies in the country of that place's first
    reading: the text names a part of the place after "of" that the index lacks ("the Southern
    District of Ohio"), not the namesake area abroad. The caller drops them. (A part the index
    holds in the very country stays: "the Southern District of Hong Kong island".)"""
    parts = [m for m in mentions if m["role"] == "place" and m.get("cands") and is_compass_part_name(m["surface"])]
    if not parts:
        return []  # (most texts: no dict of the mentions' starts is built)
    starts = {m["start"]: m for m in mentions if m["role"] in ("place", "actor") and m.get("cands")}
    out = []
    for m in parts:
        end = m["end"]
        if text[end:end + len(_OF)] != _OF:
            continue
        whole = starts.get(end + len(_OF))
        if whole is None or whole is m or whole["sentence"] != m["sentence"]:
            continue
        place = whole["cands"][0]
        if place.get("kind") not in _QUALIFIED_KINDS or not place.get("country"):
            continue
        if all(c.get("country") != place["country"] for c in m["cands"]):
            out.append(m)
    return out
