"""Two capitalised words the scanner read as two places where the text writes one name: "Boko
Haram attacked Baga Sola in Chad". The index lacks Baga Sola (a Chadian town on Lake Chad) and
holds 'Baga' (a Nigerian town 75 km away) and 'Sola', an alternate name of Seoul: the finder
read two places, the second on another continent. English writes two places side by side with a
comma, 'and', or a hyphen between them, not one space; and the scanner matches the longest name the
index holds, so two one-word places one space apart are one name it lacks. The mention becomes
the whole name, without a point, as a Romance tail left out does (name_tails).

Left alone: two readings near each other ("Khartoum Bahri": Khartoum and Khartoum North, the
part of the city the second word names), a country or first-level area written after a place
("Lagos Nigeria", "Goma North Kivu": where the first lies), a name with a kind word of its own ("Kidal Region"), mentions that
are not places (a person's, an organisation's), and words that are not both capitalised names of
one token each.

Cheap: one pass over the mentions in text order, comparing each with the next."""

from __future__ import annotations

from ..distance import haversine_km
from ..names import plain
from ..wordlists import GIVEN_NAMES
from .text_order import START

_AREA_KINDS = ("country", "admin1", "continent", "region", "sea", "ocean")

# the two readings lie farther apart than this (km): two places named side by side lie near each
# other ("Khartoum Bahri", the part of Khartoum across the Blue Nile, is read as both), a name the
# index lacks read as two does not (Baga, Nigeria, and Seoul)
APART_KM = 500.0


def joined_pairs(text: str, mentions: list[dict]) -> list[tuple[dict, dict]]:
    """(first, second) of each pair of one-word place mentions written one space apart, neither
    read as an area nor with a kind word, whose readings lie more than APART_KM apart."""
    ordered = sorted([m for m in mentions if m.get("role") == "place"], key=START)
    out = []
    taken = None  # the second of the last pair: it heads no pair of its own ("Dora Victoria Dora")
    for a, b in zip(ordered, ordered[1:]):
        if a is taken or b["start"] != a["end"] + 1 or text[a["end"]] != " " or b.get("drop"):
            continue
        if (a.get("n_tokens") or 1) != 1 or (b.get("n_tokens") or 1) != 1 or a.get("kind") or b.get("kind"):
            continue
        ca, cb = a.get("cands") or [], b.get("cands") or []
        if not ca or not cb or ca[0].get("kind") in _AREA_KINDS or cb[0].get("kind") in _AREA_KINDS:
            continue
        pa, pb = ca[0], cb[0]
        if a.get("drop") and not _read_by_another_name(b, pb):
            continue  # (the first, dropped as too weak alone, joins a second read only by another of
            # a far place's names: "Baga" beside "Sola", an alternate name of Seoul)
        if None not in (pa.get("lat"), pb.get("lat")) \
                and haversine_km(pa["lat"], pa["lon"], pb["lat"], pb["lon"]) <= APART_KM:
            continue
        sa, sb = a.get("surface") or "", b.get("surface") or ""
        if not (sa[:1].isupper() and sb[:1].isupper()) or sa.isupper() or sb.isupper():
            continue  # (a heading in capitals, "GAZA CITY", is read elsewhere)
        if sa.lower() in GIVEN_NAMES:
            continue  # "Vladimir Putin": a person's name, read elsewhere
        out.append((a, b))
        taken = b
    return out


def _read_by_another_name(m: dict, best: dict) -> bool:
    """Is ``best`` read by a variant spelling or another of its names, not its own?"""
    if (best.get("name_similarity") if best.get("name_similarity") is not None else 1.0) < 1.0:
        return True
    said, own = plain(m.get("surface") or ""), plain(best.get("name") or "")
    return bool(said) and bool(own) and said != own and not own.startswith(said + " ")
