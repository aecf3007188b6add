"""An institution's name before its noun and the town it stands in: "the Litoral penitentiary in
Guayaquil", "the Victoria hospital in Mombasa", "the Pacific barracks in Tumaco". The capitalised
word is the institution's own name (a region, a person, a virtue it is named after), and the
place is the town after 'in'. Read alone, the name found a province of Equatorial Guinea, Hong
Kong or the Pacific Ocean; where such a reading lies in another country than the town and far
from it, the mention (name and noun) is the institution, read at the town it stands in: a
movement "to the Litoral penitentiary in Guayaquil" ends in Guayaquil.

A name read as another town than the one after 'in' is the institution's too, read at the town
it stands in: "the Kampala cathedral in Gulu", "the Kandahar prison in Kabul" (s57 gaz108; until
then kept as a same-country reading). Written with a capitalised noun ("the Kampala Cathedral in
Gulu"), the institution's name is no place at all and is dropped, as a capitalised "Hospital" or
"University" already makes it an organisation's word (docs/places.md "An institution in a town").
A reading in the town's country that is no town stays: an institution named after its own
province ("the Kandahar prison" of Kandahar province; a report may mean either), and so does a
town's institution in that same town ("the Gulu hospital in Gulu")."""

from __future__ import annotations

from ..distance import haversine_km
from .listed import LISTED_WITH_MAX_KM

# the nouns of an institution that stands in a town and bears a name of its own, written in
# lower case after that name (no kind of the gazetteer: bases, camps and crossings are
# wordlists.KIND_AFTER's and read as such)
INSTITUTION_NOUNS = frozenset("prison prisons penitentiary jail gaol hospital clinic stadium barracks "
                              "school university cathedral mosque church hotel".split())
# the readings a town after 'in' may have
_TOWN_KINDS = frozenset(("city", "town", "village"))
# how far apart the town an institution is named for and the town after 'in' lie for them to be
# two towns (km): farther than a town's own suburbs and airport reach (town_airports' 60 km)
ANOTHER_TOWN_KM = 60.0


class Institutions:
    """Finder stage (after acceptance, before the far-reading guards): see the module doc."""

    def _institutions_in_a_town(self, mentions: list[dict]) -> None:
        starts = {m["tok"]: m for m in mentions if m.get("tok") is not None and not m.get("drop")
                  and m["role"] == "place" and m.get("cands")}
        for m in list(starts.values()):
            if m.get("cc"):
                continue
            found = self._town_after_its_noun(m, starts)
            if found is None:
                continue
            noun, town = found
            if noun.text[:1].isupper():
                if _another_town(m["cands"][0], town):
                    m["drop"] = True  # ("the Kampala Cathedral in Gulu": the institution's name)
                continue
            if not (self._read_far_from_the_town(m["cands"][0], town) or _another_town(m["cands"][0], town)):
                continue
            reading = dict(town)
            reading["why"] = (town.get("why", "") + f"; the {noun.text} named {m['surface']!r} in "
                              f"{town['name']} (read alone, the name is {m['cands'][0]['name']}, "
                              f"{m['cands'][0].get('country') or m['cands'][0].get('kind')}, far off)")
            m.update(cands=[reading], end=noun.end, surface=self.text[m["start"]:noun.end],
                     n_tokens=m["n_tokens"] + 1, institution=True)

    def _town_after_its_noun(self, m: dict, starts: dict):
        """(noun token, the town's reading) when ``m`` is followed by an institution's noun (in
        lower case, or capitalised as a name's word: "Cathedral"), 'in' and a place read as a
        settlement; else None."""
        last = m["tok"] + m["n_tokens"] - 1
        nxt = self.next_tokens(last, 2)
        if len(nxt) < 2 or nxt[0].lower not in INSTITUTION_NOUNS or nxt[0].is_upper \
                or nxt[1].lower != "in" or not self._adjacent(self.toks[last], nxt[0]):
            return None
        after = starts.get(last + 3)
        if after is None or after.get("cc"):
            return None
        town = after["cands"][0]
        if town.get("kind") not in _TOWN_KINDS or town.get("lat") is None:
            return None
        return nxt[0], town

    def _institution_s_name_far(self, m: dict, best: dict, named) -> bool:
        """'prisoners were moved from the Litoral penitentiary to a jail in Quito': a name written
        before an institution's noun in lower case, with no town after it, read thousands of km
        (FAR_NAMESAKE_KM) from every other located place of the text (one is enough: the noun
        says whose name it is) and in none of their countries, is the institution's own name,
        not that far place; the mention keeps no point (a far-reading guard)."""
        if m.get("tok") is None or m.get("cc") or m.get("institution") or best.get("lat") is None:
            return False
        last = m["tok"] + m["n_tokens"] - 1
        nxt = self.next_tokens(last, 1)
        if not nxt or nxt[0].lower not in INSTITUTION_NOUNS or not nxt[0].text[:1].islower() \
                or not self._adjacent(self.toks[last], nxt[0]):
            return False
        return self._far_from_all_others(m, best, named, least=1)

    @staticmethod
    def _read_far_from_the_town(best: dict, town: dict) -> bool:
        """Does the name's own reading lie in another country than the town and farther from it
        than a list of one theatre's places may range (listed.LISTED_WITH_MAX_KM)?"""
        if best.get("country") and best.get("country") == town.get("country"):
            return False
        if best.get("lat") is None:
            return True
        return haversine_km(best["lat"], best["lon"], town["lat"], town["lon"]) > LISTED_WITH_MAX_KM


def _another_town(best: dict, town: dict) -> bool:
    """Is the name's own reading ``best`` a town other than ``town`` (the one after 'in'), lying
    farther than ANOTHER_TOWN_KM from it: the institution is named for the one and stands in the
    other ("the Kampala cathedral in Gulu")?"""
    if best.get("kind") not in _TOWN_KINDS or best.get("lat") is None:
        return False
    return haversine_km(best["lat"], best["lon"], town["lat"], town["lon"]) > ANOTHER_TOWN_KM
