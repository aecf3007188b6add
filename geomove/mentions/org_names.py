"""An organisation named for a cause and a place: "the National Movement for the Liberation of
Azawad", "the Popular Front for the Liberation of Palestine", "the Movement for the Salvation of
Azawad (MSA)". The run of capitalised words the scanner reads starts after "for the"
("Liberation of Azawad"), so the organisation word before it ("Movement", "Front") was not seen,
and the place in the name was read as a place of the text: a movement of "MSA fighters" from
Menaka got Azawad for a second destination."""

from __future__ import annotations

from ..gazetteer import name_key
from ..wordlists import ORG_SUFFIXES

# nouns of an armed group's members or units right after its name: "Fano fighters", "Wagner
# militiamen", "Fano militia" (a demonym before them is a country's: "Somali fighters", read
# elsewhere; a place of the text before them is the force of that place: "Amhara militia")
FIGHTER_NOUNS = frozenset("fighters militia militias militiamen militants rebels insurgents".split())

# verbs whose object is as often a force as a place: "Moscow reinforced Wagner", "hundreds joined
# Fano", "Kigali backs M23". After them a name every reading of which lies on another continent
# than all the text's countries is the group's (see groups_named_after_a_verb_of_joining); a
# place the text's countries hold stays a place ("reinforced Pabrade" in a Lithuanian text)
JOINING_VERBS = frozenset("""
reinforced reinforce reinforces reinforcing joined join joins joining backed backs backing
supported supports supporting
""".split())

# the lower-case words after an outlet's own name ("the Fars news agency", "the Xinhua news
# agency", "the Tasnim news agency"): the name before them is the outlet's, not a place
OUTLET_NOUNS = (("news", "agency"),)


def named_for_a_cause(prev: list, words: list) -> bool:
    """Is the run ``words`` ("Liberation of Azawad": a capitalised noun, "of", a name) the end of
    an organisation's name, after "for (the)" and a capitalised organisation word (``prev``, the
    tokens before the run, nearest last: "... Movement for the")?"""
    if len(words) < 3 or words[1].lower != "of" or not words[0].text[:1].isupper():
        return False
    k = len(prev) - 1
    if k >= 0 and prev[k].lower == "the":
        k -= 1
    if k < 1 or prev[k].lower != "for":
        return False
    head = prev[k - 1]
    return head.lower in ORG_SUFFIXES and head.text[:1].isupper()


def countries_of_clear_places(mentions: list[dict]) -> set[str]:
    """The countries of the text's place mentions whose every reading lies in one country
    ("Bakhmut": Ukraine, whichever reading wins): ground for a group's name written before its
    fighters when the text names no country as such.

    why: "The regiment left Wagner fighters behind in Bakhmut" read Wagner, a town in Brazil
    10,000 km away (probe of my own, s32m)."""
    out = set()
    for m in mentions:
        cands = m.get("cands") or []
        if m["role"] != "place" or not cands:
            continue
        countries = {c.get("country") for c in cands}
        if len(countries) == 1 and None not in countries:
            out |= countries
    return out


def groups_named_before_fighters(toks: list, mentions: list[dict], named: set, continent_of) -> None:
    """'Fano fighters attacked a convoy near Gondar, Ethiopia': a name written right before a
    noun of an armed group's members (FIGHTER_NOUNS) in a text that names its countries
    (``named``), every reading of which lies on another continent than all of them
    (``continent_of``: a country's continent, None unknown), is the group's name (Fano, the
    Amhara militia), not a town abroad (Fano, Italy): it and the text's other mentions of the
    name ("Fano said it held Debre Markos") become an organisation's. A place of a country the
    text names stays a place ("Amhara militia" in a text that names Ethiopia), and so does one
    on the same continent ("Gaza militants fired at Israel": from Gaza). Where the text names no
    country as such, a place whose every reading lies in one country puts that country in it
    (countries_of_clear_places), asked only of a text with a name before a fighters' noun."""
    before = []
    for m in mentions:
        cands = m.get("cands") or []
        if m["role"] != "place" or m.get("cc") or not cands or m.get("tok") is None:
            continue
        nxt = m["tok"] + m.get("n_tokens", 1)
        if nxt < len(toks) and toks[nxt].lower in FIGHTER_NOUNS and toks[nxt].sentence == toks[m["tok"]].sentence:
            before.append(m)
    if not before:
        return
    ground = named | countries_of_clear_places(mentions)
    if not ground:
        return
    theirs = {continent_of(cc) for cc in ground}
    if None in theirs:
        return

    def abroad(cands: list[dict]) -> bool:
        return _all_abroad(cands, theirs, continent_of)
    groups = {name_key(m["surface"]) for m in before if abroad(m["cands"])}
    _name_organisations(mentions, groups, "the name of an armed group: written before its fighters",
                        lambda m: abroad(m.get("cands") or []))


def groups_named_after_a_verb_of_joining(toks: list, mentions: list[dict], named: set, continent_of) -> None:
    """'Moscow reinforced Wagner with 200 men', 'hundreds of youths joined Fano': a name right
    after a verb whose object is as often a force as a place (JOINING_VERBS; "the" between them
    allowed), in a text that names its countries (``named``), every reading of which lies on
    another continent than all of them (``continent_of``), is the group's name, not a far town
    (Wagner in Bahia): it and the text's other bare mentions of the name become an
    organisation's, as groups_named_before_fighters does for "Wagner fighters". A name a
    country of the text may hold ("reinforced Pabrade" in a text naming Lithuania, or one on
    its continent) stays a place.

    why: probe report of my own (gaz39): "Russia reinforced Wagner with 200 men" read the
    Brazilian town Wagner as a place of the movement ('reinforced' says a place after it since
    gaz38)."""
    if not named:
        return
    theirs = {continent_of(cc) for cc in named}
    if None in theirs:
        return
    groups: set[str] = set()
    for m in mentions:
        cands = m.get("cands") or []
        if m["role"] != "place" or m.get("cc") or m.get("kind") or not cands or m.get("tok") is None:
            continue
        k = m["tok"] - 1
        if k >= 0 and toks[k].lower == "the":
            k -= 1
        if k < 0 or toks[k].lower not in JOINING_VERBS or toks[k].sentence != toks[m["tok"]].sentence \
                or not _all_abroad(cands, theirs, continent_of):
            continue
        groups.add(name_key(m["surface"]))
    _name_organisations(mentions, groups, "the name of an armed group: the object of a verb of joining or reinforcing",
                        lambda m: not m.get("kind") and _all_abroad(m.get("cands") or [], theirs, continent_of))


def _all_abroad(cands: list[dict], theirs: set, continent_of) -> bool:
    """Does every reading lie in a country on another continent than all of ``theirs``?"""
    return bool(cands) and all(c.get("country") and continent_of(c["country"]) not in (None, *theirs)
                               for c in cands)


def outlets_named_before_their_noun(toks: list, mentions: list[dict]) -> None:
    """'the Fars news agency reported', 'Xinhua news agency said': a name written right before
    the lower-case words of an outlet (OUTLET_NOUNS) is the outlet's own name, not the province
    or town it may be named after or spelled like (Fars, Iran's province; Xinhua, a county
    town): the mention becomes an organisation's. The outlet's name in capitals ("Fars News
    Agency") is read whole as an organisation by the scanner already. The text's other bare
    mentions of the name ("Xinhua said") are the outlet's too; one with a kind word beside it
    ("Fars province") stays a place.

    why: probe report of my own (s26): "moved to the border, the Fars news agency reported"
    read Fars province as a place of the movement."""
    outlets: set[str] = set()
    for m in mentions:
        if m["role"] != "place" or m.get("tok") is None or m.get("cc"):
            continue
        nxt = m["tok"] + m.get("n_tokens", 1)
        for words in OUTLET_NOUNS:
            after = toks[nxt:nxt + len(words)]
            if len(after) == len(words) and all(t.text == w for t, w in zip(after, words)) \
                    and after[-1].sentence == toks[m["tok"]].sentence:
                outlets.add(name_key(m["surface"]))
                break
    _name_organisations(mentions, outlets, "the name of an outlet: written before 'news agency' in the text",
                        lambda m: not m.get("kind"))


def _name_organisations(mentions: list[dict], keys: set[str], why: str, also) -> None:
    """Every place mention of the names ``keys`` (no country code of its own, and ``also(m)``)
    becomes an organisation's, each reading's why saying ``why``."""
    if not keys:
        return
    for m in mentions:
        if m["role"] == "place" and not m.get("cc") and name_key(m["surface"]) in keys and also(m):
            for c in m.get("cands") or ():
                c["why"] = c.get("why", "") + "; " + why
            m["role"] = "organisation"
