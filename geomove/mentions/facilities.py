"""Stage 3b, facilities: airports, bases and crossings named with their kind word, under
another spelling, or after a town."""

from __future__ import annotations

from ..distance import haversine_km
from ..gazetteer.ranking import LOOSE_FACILITY_SIMILARITY
from ..wordlists import KIND_AFTER, KIND_AFTER_THE_NAME, KIND_PAIRS, PORT_WORDS
from .words import FACILITY_KINDS, SETTLEMENT_KINDS
from .airports_by_their_town import AIRPORTS_SET_ASIDE, airline_airports_named_for, one_airport_named_for
from .ship_ports import on_the_coast
from .similarity import core_name, spelling_similarity
from ..names import plain
from .town_airports import AIRPORT_WORDS, SERVES_ITS_TOWN_KM, serves, the_town_s_airport


def _a_loose_spelling(place: dict) -> bool:
    """Did the look-up find ``place`` only by a loose spelling of the name asked (the ranking's
    "loose variant" or "fuzzy match": a name that shares the words' folded key, 'Gayndah' for
    'Gandhi', 'Kayenta' for 'Kenyatta'), not by the name or a close variant of it ('Kisimayu'
    for 'Kismayo', 'Konduz' for 'Kunduz': "name ... (variant spelling)")?"""
    return (place.get("why") or "").startswith(("loose variant", "fuzzy match"))


# a facility's name matched this closely is the name the text writes (as the words' other tests
# of "a place's very name" ask)
AS_WRITTEN_SIMILARITY = 0.95


def _another_name_s_spelling(place: dict, towns: list[dict]) -> bool:
    """Was the airport ``place`` found by a variant spelling of its name ("Kisima" for the
    written "Kismaio", 0.77) where the written name is no known name of the place it serves:
    none of the name's own readings (``towns``) lies within SERVES_ITS_TOWN_KM of it? Then the
    words name another place: "Kismaio" is Kismayo, Somalia, not Maralal (Kisima) Airport in
    Kenya. A variant by a reading of the name stays ("Kharkov airport": Kharkiv's, the city
    being Kharkov too; "Qandahar airport": Kandahar Airport). (s57 gaz108)"""
    if place.get("name_similarity", 0.0) >= AS_WRITTEN_SIMILARITY:
        return False
    if place.get("lat") is None:
        return True
    return not any(t.get("lat") is not None
                   and haversine_km(place["lat"], place["lon"], t["lat"], t["lon"]) <= SERVES_ITS_TOWN_KM
                   for t in towns)


def _loosely_spelled_airports_of_a_town(airports: list[dict], towns: list[dict]) -> tuple[list[dict], list[dict]]:
    """Of the facilities found only by a loose spelling of the written name ("Kisimayu Airport"
    for "Kismaio airport"), those serving a town the name reads by its own or a close spelling
    ("Kismaio": Kismayo, not loosely), and those towns: (airports, towns), each in its list's
    order. Two spellings that agree on one place are that town's airport, the written name a
    loose spelling of the town's; away from such a town a loose spelling names nothing (gaz107:
    "Gandhi airport" is no Gayndah). (s58 gaz109; both lists from one pass over the pairs, s59)"""
    spelled = [t for t in towns if not _a_loose_spelling(t)]
    pairs = [(a, t) for a in airports if _a_loose_spelling(a) for t in spelled if serves(a, t)]
    return ([a for a in airports if any(a is served for served, _ in pairs)],
            [t for t in spelled if any(t is town for _, town in pairs)])


class Facilities:
    """Names of airports, bases and crossings, with their kind word."""

    def _airport_named_by_the_word(self, i: int) -> bool:
        """Is token ``i`` a capitalised word no place bears alone that, with the lower-case
        airport word after it, names an airport the index holds ("Kenyatta airport", "Azikiwe
        airport": the surnames gazetteer_build.surname_of_its_person gives airline airports)?
        The scan then reads the word though it has no reading alone; facilities._with_kind_word
        keeps only an airport spelled so. Asked of words with no reading: the next token is
        looked at first. (s57 gaz108)"""
        toks = self.toks
        if i + 1 >= len(toks):
            return False
        nxt = toks[i + 1]
        if nxt.lower not in AIRPORT_WORDS or not nxt.text[:1].islower() or not self._adjacent(toks[i], nxt):
            return False
        return self.has_name(f"{toks[i].text} {nxt.lower}")

    def _loose_facility(self, run: list[int], out: list[dict]) -> dict | None:
        """'<A> <B> International Airport' that no match covers whole: the gazetteer may know the
        facility under another spelling of the person it is named after. A candidate facility
        whose name (without kind words) is close enough; resolution keeps it only beside
        another place of the text in its country (see :meth:`_loose_facility_far`)."""
        toks = self.toks
        last = toks[run[-1]]
        kind = KIND_AFTER.get(last.lower)
        if len(run) < 3 or kind not in FACILITY_KINDS or not last.text[:1].isupper():
            return None
        if any(m["tok"] == run[0] and m["tok"] + m["n_tokens"] - 1 == run[-1] for m in out):
            return None  # the gazetteer knows the whole name
        kind_words = set(KIND_AFTER) | {a for a, _ in KIND_PAIRS} | {"international"}
        for m in out:
            rest = [toks[i].lower for i in run if i > m["tok"] + m["n_tokens"] - 1]
            if m["tok"] == run[0] and m.get("kind") == kind and rest and all(w in kind_words for w in rest):
                return None  # "<Name> Border Crossing": the name is known, its kind written in capitals
        surface = self.text[toks[run[0]].start:last.end]
        core = self.gaz.split_kind(surface)[0]
        # the name the gazetteer knows without "International" first, as the same facility (the
        # run may open with an article: "at the Culiacan International Airport")
        named = [i for i in run if toks[i].text[:1].isupper()]
        cands = []
        if named and named == run[len(run) - len(named):]:
            cands = self._known_without_international(self.text[toks[named[0]].start:last.end], kind)
            if cands:
                run, surface = named, self.text[toks[named[0]].start:last.end]
        for c in ([] if cands else self.gaz.candidates(surface, kind=kind, limit=10, fuzzy=True)):
            if c.get("kind") not in FACILITY_KINDS or c.get("lat") is None:
                continue
            sim = spelling_similarity(core, core_name(self.gaz, c["name"]))
            if sim >= LOOSE_FACILITY_SIMILARITY:
                cands.append(dict(c, name_similarity=sim, why=(c.get("why") or "") +
                                  f"; another spelling of {c['name']!r} ({sim:.2f})"))
        if not cands:
            return None
        cands.sort(key=lambda c: -c["name_similarity"])
        first = toks[run[0]]
        return {"start": first.start, "end": last.end, "surface": surface, "tok": run[0], "n_tokens": len(run),
                "sentence": first.sentence, "role": "place", "cands": cands, "kind": kind,
                "importance": max(c.get("importance") or 0 for c in cands), "loose_facility": True,
                "first_in_sentence": first.first_in_sentence}

    def _known_without_international(self, surface: str, kind: str) -> list[dict]:
        """The facilities the gazetteer knows by ``surface`` without its word "International"
        ("Culiacan International Airport" as "Culiacan Airport"), each as the same facility.

        why (read61): US and Latin American copy writes an airport's full style ("arrived at
        the Culiacan International Airport"); the gazetteer holds "Culiacan Airport" as the
        airport's alias, the fuzzy look-up of the full name found only a far namesake (Calicut
        International Airport, below the bar) and the town, before capitalised words, was read
        as an organisation: the arrival had no place."""
        words = surface.split()
        if len(words) < 3 or not any(w.lower() == "international" for w in words):
            return []
        short = " ".join(w for w in words if w.lower() != "international")
        if not self.has_name(short):
            return []
        return [dict(c, name_similarity=1.0, why=(c.get("why") or "") + f"; named {short!r} without 'International'")
                for c in self.gaz.candidates(short, kind=kind, limit=10)
                if c.get("kind") in FACILITY_KINDS and c.get("lat") is not None]

    def _facility_word_after(self, end_tok: int) -> bool:
        """Is the name ending at ``end_tok`` followed by a lower-case facility kind word
        ("air base", "airport", "crossing")?"""
        nxt = self.next_tokens(end_tok, 2)
        if not nxt or not nxt[0].text[:1].islower():
            return False
        if len(nxt) > 1 and KIND_PAIRS.get((nxt[0].lower, nxt[1].lower)) in FACILITY_KINDS:
            return True
        return KIND_AFTER.get(nxt[0].lower) in FACILITY_KINDS

    def _person_s_word_naming_a_facility(self, surface: str, end_tok: int) -> bool:
        """Is ``surface`` a word the text gave a person ("President Uhuru Kenyatta") that here,
        ending at ``end_tok``, is followed by a lower-case facility word ("... flew out of
        Kenyatta airport")? An airport, base or port is named for a person, never the person
        himself: the words name the facility, and the person's word is no reason to drop them.
        (s58 gaz109)"""
        return surface in self.person_words and self._facility_word_after(end_tok)

    def _person_s_word_naming_a_port(self, surface: str, end_tok: int) -> bool:
        """Is ``surface`` a word the text gave a person ("Maria Palma") that here, ending at
        ``end_tok``, is followed by a lower-case port word ("... docked at Palma port":
        PORT_WORDS)? A port is named for its town, never for a person, so the words name the
        town of the port. (s59 gaz110)"""
        if surface not in self.person_words:
            return False
        nxt = self.next_tokens(end_tok, 1)
        return bool(nxt) and nxt[0].text in PORT_WORDS and self._adjacent(self.toks[end_tok], nxt[0])

    def _person_s_word_naming_a_place(self, surface: str, end_tok: int) -> bool:
        """Is ``surface``, a person's word, followed by a facility word or a port word, so that it
        names a place after all (the scan's test, before the reading is known)?"""
        toks = self.toks
        j = end_tok + 1
        # (the port word read in place: asked of every person's word the scan meets)
        return self._person_s_word_naming_a_facility(surface, end_tok) or (
            j < len(toks) and toks[j].text in PORT_WORDS and self._person_s_word_naming_a_port(surface, end_tok))

    def _person_s_word_read_as(self, best: dict, surface: str, end_tok: int) -> bool:
        """Is ``best``, the reading of a person's word before a facility or port word, a place
        the words name (acceptance's test)? Before a facility word only a facility the index
        knows by the words ("Kenyatta airport": an airport may be named for a person, and a
        town of his name is no reading of it); before a port word only a settlement on the
        coast ("Palma port": the town whose port it is; the index holds no ports, and the
        coastline unknown, the port word is trusted). (s59 gaz110)"""
        if best.get("kind") in FACILITY_KINDS:
            return self._person_s_word_naming_a_facility(surface, end_tok)
        if best.get("kind") not in SETTLEMENT_KINDS or best.get("lat") is None \
                or not self._person_s_word_naming_a_port(surface, end_tok):
            return False
        return on_the_coast(best["lat"], best["lon"]) is not False

    def _a_town_it_serves(self, words: str, airport: dict) -> bool:
        """Does the index know a place named ``words`` that ``airport`` serves ("Toronto" of
        Toronto Pearson)? (airports_by_their_town.named_for_a_person: a town's name is no
        person's.)"""
        return self.has_name(words) and any(c.get("kind") not in FACILITY_KINDS and serves(airport, c)
                                            for c in self.candidates(words, None))

    def _the_town_s_own_airport(self, towns: list[dict]) -> bool:
        """Has the first settlement of ``towns`` (the name's readings) an airport the index knows
        by the town's own name ("Ciudad Acuna Airport" of Ciudad Acuña: town_airports.the_town_s_airport)?"""
        town = next((t for t in towns if t.get("kind") in SETTLEMENT_KINDS), None)
        return town is not None and bool(the_town_s_airport(self.has_name, self.candidates, town.get("name") or "", town))

    def _airport_of_the_town_s_full_name(self, surface: str, towns: list[dict]) -> list[dict] | None:
        """"Acuña airport", "Obregon airport": the airports the index knows by the full name of the
        name's first settlement where the words are that name's short form, its last words
        ("Ciudad Acuña", "Ciudad Obregón"), and that serve the town (town_airports.the_town_s_airport:
        "Ciudad Acuna Airport", whose own name holds the town's); else None. The words with a
        facility word name the town's airport, as "Copenhagen airport" does; the index knows it
        only by the town's full name, and an airport the short form spells elsewhere (Cuba's Vilo
        Acuña International) is no reading of them. (s59 gaz110)"""
        town = next((t for t in towns if t.get("kind") in SETTLEMENT_KINDS), None)
        if town is None:
            return None
        full, short = plain(town.get("name") or "").split(), plain(surface).split()
        if len(full) <= len(short) or full[len(full) - len(short):] != short:
            return None
        return the_town_s_airport(self.has_name, self.candidates, town.get("name") or "", town)

    def _the_town_s_full_name_with_its_airport(self, end_tok: int, surface: str, towns: list[dict]):
        """(last token, surface, readings) of "<short form> airport" read as the airport of the
        town's full name (_airport_of_the_town_s_full_name), the town after it; else None. The
        name stays the mention, as "Kabul airport" keeps 'Kabul'."""
        own = self._airport_of_the_town_s_full_name(surface, towns)
        if not own:
            return None
        return end_tok, surface, own + [t for t in towns if any(serves(a, t) for a in own)]

    def _with_kind_word(self, end_tok: int, kind: str | None, surface: str, cands: list[dict]):
        """(last token, surface, candidates) of the name with the kind word after it, when the
        gazetteer knows a facility by that longer name; else None. No candidates: the words name
        an airport for a person that no one airport answers, no place (one_airport_named_for)."""
        if kind not in FACILITY_KINDS:
            return None
        nxt = self.next_tokens(end_tok, 2)
        if not nxt or not nxt[0].is_word or not nxt[0].text[:1].islower():
            return None
        take = 1
        if len(nxt) > 1 and (nxt[0].lower, nxt[1].lower) in KIND_PAIRS and self._adjacent(nxt[0], nxt[1]):
            take = 2
        elif nxt[0].lower in KIND_AFTER_THE_NAME:
            # (a kind word that is also a verb, only where the scan read it as the kind, and only
            # for a name the index holds no such place by alone: "the Agua Negra pass" reads
            # 'Agua Negra' as "the Hua Hum crossing" reads 'Hua Hum')
            if KIND_AFTER_THE_NAME[nxt[0].lower] != kind or any(c.get("kind") == kind for c in cands):
                return None
        elif nxt[0].lower not in KIND_AFTER:
            return None
        if not self._adjacent(self.toks[end_tok], nxt[0]):
            return None
        last = nxt[take - 1]
        longer = surface + self.text[self.toks[end_tok].end:last.end]
        ext = [c for c in self.candidates(longer, kind) if c.get("kind") in FACILITY_KINDS] \
            if self.has_name(longer) else []
        if not ext:
            # ("Obregon airport": no airport of the words; Ciudad Obregón's, by the town's full name)
            return self._the_town_s_full_name_with_its_airport(
                end_tok, surface, [c for c in self.candidates(surface, None) if c.get("kind") not in FACILITY_KINDS]) \
                if kind == "airfield" and take == 1 and nxt[0].lower in AIRPORT_WORDS else None
        towns = [c for c in self.candidates(surface, None) if c.get("kind") not in FACILITY_KINDS]
        spelled = [c for c in ext if not _a_loose_spelling(c) and not _another_name_s_spelling(c, towns)]
        if not spelled and kind == "airfield":
            served, their_towns = _loosely_spelled_airports_of_a_town(ext, towns)
            if served:
                # "Kismaio airport": Kismayo's airport (Kisimayu), then the town; the name stays the
                # mention, no other airport the words spell is a reading of it
                return end_tok, surface, served + their_towns
        if not spelled:
            # "Gandhi airport": only airports of another name share the words' key (Gayndah,
            # Gondia), or spell another name closely ("Kismaio": Maralal's Kisima); none is this
            # one, and a town of the name spelled otherwise is no reading of the airport either
            # (no place), unless the text's name is a place's very name
            return None if any(t.get("name_similarity", 0) >= 0.95 for t in towns) else (end_tok, surface, [])
        ext = spelled
        if take == 1 and nxt[0].lower in KIND_AFTER_THE_NAME:
            # "the San Francisco pass": a mountain pass, named after no town it serves (the
            # famous San Francisco has no pass of the name, which says nothing of this one)
            ext = [c for c in ext if c.get("name_similarity", 0) >= 0.95]
        else:
            kept = self._by_famous_namesake(ext, towns)
            if len(kept) < len(ext) and kind == "airfield":
                # ("Bole airport": Addis Ababa's, kept for a town the text names, airports_by_their_town)
                aside = [c for c in ext if all(c is not k for k in kept)]
                self.per_text.setdefault(AIRPORTS_SET_ASIDE, {})[self.toks[end_tok].end] = aside
                if not kept:
                    # "Kennedy airport": the one airline airport named for the person, or no place
                    # (the name stays the mention; no town of the name is a reading of it)
                    # (a better-known town with an airport of its own keeps the words from an
                    # airport the row's shape alone calls a person's: "Acuña airport", Ciudad Acuña's)
                    shape = None if self._the_town_s_own_airport(towns) else self._a_town_it_serves
                    person = one_airport_named_for(surface, aside, shape)
                    if person == []:
                        # ("Bolivar airport": several; the town the text names decides, else no place)
                        person = airline_airports_named_for(surface, aside, shape)
                    if person is not None:
                        return end_tok, surface, person
                    # ("Acuña airport": no airport named for a person; Ciudad Acuña's, not Cuba's Vilo Acuña)
                    town_s = self._the_town_s_full_name_with_its_airport(end_tok, surface, towns)
                    if town_s is not None:
                        return town_s
            ext = kept
        if not ext:
            return None  # "Bali airport": the famous Bali has no airport of that name here; the place stays
        if towns:
            # "Kabul airport": the town's name with a kind word; the name stays the mention (the
            # town names the airport), the place is the facility the gazetteer knows so
            return end_tok, surface, ext + cands
        return end_tok + take, longer, ext

    def _with_the_list_s_kind_word(self, end_tok: int, kind: str | None, surface: str, cands: list[dict]):
        """'the Khyber and Torkham passes': (last token, surface, candidates) of a name of a list
        read with the kind word the list's plural gives (scan.RunScanner._kind_after_list, the
        singular kept by token), where the index knows no place of the kind by the name alone but
        a facility or a built-in area by the name and the singular ('Khyber pass'); the name stays
        the mention, as "Kabul airport" keeps 'Kabul'. Else None. (s51 gaz100)"""
        listed = self.per_text.get("listed_kind_words")
        if not listed or end_tok not in listed or any(c.get("kind") == kind for c in cands):
            return None
        longer = f"{surface} {listed[end_tok]}"
        if not self.has_name(longer):
            return None
        ext = [c for c in self.candidates(longer, None) if c.get("name_similarity", 0) >= 0.95
               and (c.get("kind") in FACILITY_KINDS or (c.get("gazetteer_id") or "").startswith("geomove-area:"))]
        return (end_tok, surface, ext + [c for c in cands if c not in ext]) if ext else None

    def _border_word_after(self, end_tok: int) -> bool:
        """Is the token right after the name ending at ``end_tok`` a lower-case "border" of its
        sentence ("the Seme border", not "Border guards" nor "the border of Mali")? (One token
        read in place: asked of every name the index may lack, so no look-up before it.)"""
        toks = self.toks
        j = end_tok + 1
        return j < len(toks) and toks[j].text == "border" and toks[j].sentence == toks[end_tok].sentence \
            and self._adjacent(toks[end_tok], toks[j])

    def _with_the_border_word(self, end_tok: int, surface: str, cands: list[dict]):
        """'The Seme border was closed', 'the Rafah border', 'the Seme border post': (last token,
        surface, candidates) of the name read as the crossing the index holds by "<name> border"
        (or by "<name> border post"/"<name> border crossing", as written or as the index spells
        it), the crossing first and the name's own readings after it; else None: the name keeps
        its own readings, the town at the border ("the Chaman border": the index holds no crossing
        of Chaman, the town stands at it) or a country ("the Mali border": a country's border is
        a line, no post). The name stays the mention, as "Kabul airport" keeps 'Kabul'.

        why (s52 gaz102): reports write a crossing by its town and a lower-case "border"; the index
        held 'Seme Border' (the Seme-Kraké crossing's alias), but 'Seme' alone is Semey of
        Kazakhstan's other name, a far reading the guards dropped: the sentence read nothing;
        "the Rafah border" read the city though the index holds the Rafah crossing."""
        if not self._border_word_after(end_tok) or (cands and cands[0].get("kind") in ("country", "admin1", "crossing")):
            return None  # (a country's or province's border is a line; 'Torkham' reads its crossing already)
        toks = self.toks
        after = toks[end_tok + 2] if end_tok + 2 < len(toks) else None
        tail = after.text if after is not None and after.text in ("post", "crossing") \
            and after.sentence == toks[end_tok].sentence and self._adjacent(toks[end_tok + 1], after) else None
        spellings = ([f"{surface} border {tail}"] if tail else []) + [f"{surface} border", f"{surface} border crossing"]
        ext: list[dict] = []
        for i, longer in enumerate(spellings):
            if self.has_name(longer):
                ext = [dict(c, why=(c.get("why") or "") + f"; {longer!r} names the crossing")
                       for c in self.candidates(longer, "crossing")
                       if c.get("kind") == "crossing" and c.get("name_similarity", 0) >= 0.95]
                if ext:
                    break
        if ext and cands and spellings[i] == f"{surface} border crossing" and tail != "crossing":
            # (the index's own style of a crossing's name, not the text's words: a famous place of
            # the name elsewhere sets it aside, as for "Cairo airport". The words as written, an
            # alias a row was given ('Seme Border'), are the crossing's: Semey of Kazakhstan,
            # also called Seme, sets no such name aside)
            ext = self._by_famous_namesake(ext, [c for c in cands if c.get("kind") not in FACILITY_KINDS])
        if not ext:
            return None
        ids = {c.get("gazetteer_id") for c in ext}
        return end_tok, surface, ext + [c for c in cands if c.get("gazetteer_id") not in ids]

    @staticmethod
    def _named_after_no_town(facilities: list[dict], towns: list[dict]) -> list[dict]:
        """The facilities of a name written whole with its kind word ("San Martin Camp",
        "Camp San Martin") in a country where no town of the name lies: such a camp or base is
        named after a person or a battle, not after a town it serves, so a better-known town of
        the name abroad (San Martín, Peru) is no reason to set it aside (_by_famous_namesake
        asks that of "Cairo airport", where Cairo, Illinois has its own airport: not this)."""
        countries = {t.get("country") for t in towns if t.get("name_similarity", 0) >= 0.95}
        return [f for f in facilities if f.get("country") not in countries and f.get("name_similarity", 0) >= 0.95]

    @staticmethod
    def _by_famous_namesake(facilities: list[dict], towns: list[dict]) -> list[dict]:
        """The facilities of "<X> airport" that serve the best-known place called X: one named
        after a village of X on another continent is not "Cairo airport" (Cairo, Illinois)."""
        towns = [t for t in towns if t.get("lat") is not None and t.get("name_similarity", 0) >= 0.95]
        top = max((t.get("importance") or 0.0 for t in towns), default=0.0)
        if top < 0.6:
            return facilities  # no well-known place of the name: the facility is the best reading

        def fame(f: dict) -> float:
            if f.get("lat") is None:
                return 0.0
            return max((t.get("importance") or 0.0 for t in towns
                        if haversine_km(f["lat"], f["lon"], t["lat"], t["lon"])
                        <= max(60.0, min(t.get("uncertainty_km") or 0.0, 300.0))), default=0.0)
        return [f for f in facilities if fame(f) >= top - 0.1]
