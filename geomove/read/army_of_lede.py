"""'The army' in a report whose lede names one country's force: "Malian troops entered Kidal on
Sunday. ... The army moved two companies from Kidal to Aguelhok on Monday" -- the army is Mali's,
the force the lede named, and the movement's actor says so ("Malian army"), so that maps and
filters show one actor, not 'army' beside 'Malian troops'.

Only where the report makes it clear: the lede (its first HEADLINE_LEDE_SENTENCES sentences)
names the force of exactly one country (the fragments' actor_home: a demonym, "Malian troops", or
a state's force by its own name, "FAMa units", read.national_forces), and the last force with a
country told before the army's clause is of that country (a report that turns to "Russian
instructors" before "the army" does not say whose army it is). The actor is the lede's demonym
and the service word ("Malian army", "Israeli military"), or the force's own name ("FAMa").
A state named alone in the lede ("Mali sent troops") names no demonym here: left as it is.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from ..regex_cache import CompiledPatterns
from .weights import HEADLINE_LEDE_SENTENCES

_PATTERNS = CompiledPatterns("read-army-of-lede")

# the actor is a bare service word: "army", "the military", "armed forces"
_BARE_SERVICE = _PATTERNS.compile(r"\s*(?:[Tt]he\s+)?(?P<word>[Aa]rmy|[Mm]ilitary|[Aa]rmed\s+[Ff]orces)\s*")

# an actor that joins owners: "Malian and Russian troops", "Malian, Nigerien and Burkinabe units"
_SEVERAL_OWNERS = _PATTERNS.compile(r"\band\b|[,&/]")


# the service word with its own state after it: "the army of Sudan", "the armed forces of the Congo"
_STATE_AFTER = _PATTERNS.compile(r"\b(?:[Aa]rmy|[Mm]ilitary|[Aa]rmed\s+[Ff]orces)\s+of\s+(?:the\s+)?(?-i:[A-Z])")


def _names_its_state(reader, frag) -> bool:
    """Does the clause of ``frag`` name the army's own state after its word, before the verb
    ("The army of Sudan then sent ...")? Then the army is that state's, whatever the lede named.

    why: "Chadian troops were flown to Abeche. The army of Sudan then sent 200 soldiers to
    Geneina" read the actor "Chadian army" (read115, a probe of my own)."""
    if frag.sentence is None or frag.sentence >= len(reader.spans) or frag.trigger_start is None:
        return False
    start = reader.spans[frag.sentence][0]
    return start <= frag.trigger_start and _STATE_AFTER.search(reader.text, start, frag.trigger_start) is not None


def _sentence(frag) -> int:
    return frag.in_sentence if frag.in_sentence is not None else frag.sentence


def _country(frag) -> str | None:
    return (frag.actor_home or {}).get("country")


def _lede_force(drafts) -> tuple[str, dict] | None:
    """(the country, the actor_home that names it) when the lede names one country's force."""
    homes = {}
    for d in drafts:
        for f in d.frags:
            if _sentence(f) < HEADLINE_LEDE_SENTENCES and _country(f):
                if _SEVERAL_OWNERS.search(f.actor or ""):
                    return None  # ("Malian and Russian troops": a force of two states, read.joint_owners)
                homes.setdefault(_country(f), f.actor_home)
    return next(iter(homes.items())) if len(homes) == 1 else None


def _army_name(home: dict, word: str, book) -> str | None:
    """How the army of the lede's force is named: "<Demonym> <word>" or the force's own name."""
    from .national_forces import COUNTRY_OF_FORCE  # (here: national_forces imports clauses)
    surface = (home.get("surface") or "").strip()
    if surface in COUNTRY_OF_FORCE:
        return surface
    if surface and surface[:1].isupper() and book.demonym(surface):
        return f"{surface} {' '.join(word.lower().split())}"
    return None


def _countries_told(drafts) -> list[tuple[int, str]]:
    """(sentence, country) of every force told with a country, in sentence order (worked out once
    a report: each army's question is then a bisection, not a walk over every movement)."""
    return sorted((_sentence(f), _country(f)) for d in drafts for f in d.frags if _country(f))


def _last_country_before(told: list[tuple[int, str]], sentence: int) -> str | None:
    """The country of the last force with one told before ``sentence`` (``told``: _countries_told)."""
    k = bisect.bisect_left(told, (sentence, ""))
    return told[k - 1][1] if k else None


def army_of_lede(a) -> None:
    """An assembly pass: a movement whose actor is 'the army' alone takes the lede's force's name
    (read.army_of_lede)."""
    lede = told_countries = None
    for d in a.drafts:
        told = d.actor
        m = _BARE_SERVICE.fullmatch(told) if told else None
        if m is None or any(_country(f) for f in d.frags):
            continue
        if any(_names_its_state(a.reader, f) for f in d.frags if (f.actor or None) == told):
            continue  # ("The army of Sudan then sent 200 soldiers": its own state, not the lede's; read115)
        if lede is None:
            lede, told_countries = _lede_force(a.drafts) or ("", {}), _countries_told(a.drafts)
        country, home = lede
        if not country:
            return
        first = min(_sentence(f) for f in d.frags)
        if _last_country_before(told_countries, first) not in (None, country):
            continue
        name = _army_name(home, m.group("word"), a.book)
        if name is None:
            return
        d.frags = [replace(g, actor=name) if (g.actor or None) == told else g for g in d.frags]
        a.why.append(f"sentence {d.frags[0].sentence}: '{told}' is the {name} the lede names (read.army_of_lede)")


_PATTERNS.save()
