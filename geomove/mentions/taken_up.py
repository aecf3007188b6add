"""A country's adjective that takes up a place the text has named: "Two minesweepers docked at
Constanța on Tuesday. The Romanian port has become their base" names Constanța again, not
Romania. Read as the country (a 'demonym_place', as "a Crimean port" or "the Syrian border"
are), the adjective put a country-wide point on the map for a port the text had already placed.

The construction: 'the' + a country's adjective + a noun of a settlement (TAKEN_UP_NOUNS), with
no name after the noun ("the Romanian port of Constanța" names the port right there), after a
settlement of that very country the text has named within TAKEN_UP_SENTENCES sentences (the
last one named). The mention keeps its role (a place, 'demonym_place': "The vessels had reached
the Romanian port" tells where they went) and reads the place it takes up, not the country. Not 'capital' ("the Russian capital" is Moscow whatever the text named before it:
capitals.py), not 'coast', 'border', 'region' (an area, not the town named before)."""

from __future__ import annotations

from .words import SETTLEMENT_KINDS

# the nouns of one settlement a country's adjective may take up ("the Bulgarian port")
TAKEN_UP_NOUNS = frozenset("port seaport harbour harbor city town village".split())
# how far back the settlement taken up may be named: its own sentence and the two before
TAKEN_UP_SENTENCES = 2
# the readings of a settlement ("the Romanian port" takes up no province or country)
_SETTLEMENT_KINDS = frozenset(SETTLEMENT_KINDS)
# the roles of a name that places a settlement the text has named
_NAMED_ROLES = frozenset({"place", "dateline", "source_location"})


class TakenUp:
    """Finder stage (after resolve): see the module doc."""

    def _places_taken_up_by_a_demonym(self, mentions: list[dict]) -> None:
        named = [m for m in mentions if m["role"] in _NAMED_ROLES and not m.get("drop") and m.get("cands")
                 and m["cands"][0].get("kind") in _SETTLEMENT_KINDS and m["cands"][0].get("country")]
        if not named:
            return
        for m in mentions:
            if m["role"] != "demonym_place" or not m.get("cc") or not m.get("cands") or m.get("tok") is None:
                continue
            noun = self._taken_up_noun(m)
            if noun is None:
                continue
            before = [o for o in named if o["start"] < m["start"] and o["cands"][0]["country"] == m["cc"]
                      and 0 <= m["sentence"] - o["sentence"] <= TAKEN_UP_SENTENCES]
            if not before:
                continue
            last = max(before, key=lambda o: o["start"])
            taken = last["cands"][0]
            m["taken_up"] = (last["start"], last["end"])
            m["cands"] = [dict(taken, why=f"'the {m['surface']} {noun}' takes up {last['surface']}, a settlement of "
                                         f"{m['cc']} named before: that place, not the country")]

    def _demonyms_qualifying_a_named_place(self, mentions: list[dict]) -> None:
        """"the Finnish town of Tornio", "Ben Guerdane, the nearest Tunisian town": a country's
        adjective whose settlement noun qualifies a name the text gives right there
        (Roles.name_qualified_by_a_demonym) says whose the place is, once the name is read with
        a point: it names no place of its own (role 'demonym', as "Finnish officials"). A name
        read without a point leaves the demonym the country ("the Peruvian island of X")."""
        for m in mentions:
            if m["role"] != "demonym_place" or not m.get("cc") or m.get("tok") is None or m.get("taken_up"):
                continue
            at = self.name_qualified_by_a_demonym(m["tok"], m["tok"] + m["n_tokens"] - 1)
            if at is None:
                continue
            if any((o["start"] == at or o["end"] == at) and o is not m and not o.get("drop") and o.get("cands")
                   and o["cands"][0].get("lat") is not None and o["role"] in _NAMED_ROLES for o in mentions):
                m["role"] = "demonym"

    def _taken_up_noun(self, m: dict) -> str | None:
        """The settlement noun of 'the <adjective> <noun>' with no name after it, else None."""
        toks = self.toks
        first = m["tok"]
        if first < 1 or toks[first - 1].lower != "the" or toks[first - 1].sentence != toks[first].sentence:
            return None
        after = self.next_tokens(first + m["n_tokens"] - 1, 3)
        if not after or not after[0].is_word or after[0].lower not in TAKEN_UP_NOUNS \
                or not after[0].text[:1].islower():
            return None
        rest = after[1:]
        if rest and rest[0].is_word and (rest[0].lower == "of" or rest[0].text[:1].isupper()):
            return None  # ("the Romanian port of Constanța", "the Romanian port Constanța": named there)
        return after[0].lower
