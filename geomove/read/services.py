"""A national armed service named without its country: "Army helicopters flew ...", "Navy ships
sailed ...", "Air Force jets", "200 Marines moved ...". A report writes the service alone when
its country is told elsewhere: in the same sentence ("In the Philippines, 200 Marines moved"),
in the section's heading or the report's dateline ("LEBANON: Army troops deployed", "SRINAGAR -
Army helicopters flew"), or in its lede. The actor is the service, with that country.

The service words are data (services.json ``service_words``): a capitalised word or two that
name a national service (the Army, the Navy, the Marines), never the lower-case nouns ("the
army sent", read by clauses._plain_force_subject) nor a name that has its own qualifier ("the
Finnish Navy", "the Arakan Army": read as names already).
"""

from __future__ import annotations

import bisect
import re

from ..distance import haversine_km
from ..regex_cache import CompiledPatterns
from .data_files import read_data
from .by_start import ByStart, mention_start
from .lexicon import _BARE_SUBJECT_GAP
from .reduced_relative import DESCRIBING_PARTICIPLES
from ..mentions.translated_from import language_of_translation
from .weights import ANOTHER_THEATRE_KM
from .gates import Gate

_DATA = read_data("services.json")

_PATTERNS = CompiledPatterns("read-services")

_SERVICE = "|".join(w.replace(" ", r"\s+") for w in sorted(_DATA["service_words"]["words"], key=len, reverse=True))
# the subject of the verb: the service word (counted or not) and at most two lower-case nouns of
# what it moved ("Army helicopters", "Navy ships", "200 Marines"), at the clause start, after a
# bullet, after an opening phrase ending in a comma, after a dateline's dash, or after "that",
# "the" or "a" ("A Navy patrol vessel left X")
_SERVICE_SUBJECT = _PATTERNS.compile(
    r"(?:^\s*(?:[-–—*•]\s+)?|[,;:]\s*|\s[-–—]{1,2}\s+|\b(?:that|the|The|a|A|an|An)\s+)"
    r"(?:(?:about|some|around|at\s+least|more\s+than|nearly)\s+)?(?:[\d,]+\s+|(?:two|three|four|five|six|seven|eight|nine|"
    r"ten|twelve|twenty|thirty|forty|fifty|hundreds\s+of|dozens\s+of|several)\s+)?"
    r"(?:(?P<qual>(?-i:(?!(?:The|A|An)\s)[A-Z][a-z]+))\s+)?(?P<service>(?-i:" + _SERVICE + r"))(?P<nouns>(?:\s+(?-i:[a-z][\w-]*)){0,2}?)"
    # ... and a participle of what they carry or guard ("Army trucks carrying fuel left A",
    # "Navy frigates escorting a tanker sailed": read.reduced_relative, s35m)
    r"(?:\s+(?-i:" + "|".join(DESCRIBING_PARTICIPLES) + r")\s[^,;:.()\n]{1,50}?)?" + _BARE_SUBJECT_GAP.pattern + r"$", re.I)
# (searched only in spans holding one of the words every match holds: read.gates, tests/test_speed112.py)
_SERVICE_SUBJECT_GATE = Gate(_SERVICE_SUBJECT, ("army", "border", "coast", "force", "gendarmerie", "infantry", "marine", "national", "navy",
                                               "rangers", "self-defense", "special"))
# what sits right before a service word and makes it part of another name ("the Finnish Navy",
# "the Arakan Army", "Indian Army"): a capitalised word, not an article opening the sentence
# ("The Navy patrol vessel", "A Navy ship": read45)
# ("U.S. Navy" too, but not the last word of the sentence before: "in the Black Sea. Navy ships")
_QUALIFIED = _PATTERNS.compile(r"(?:(?!(?:The|A|An)[ \t])[A-Z][\w'’-]*|(?:[A-Z]\.){2,})[ \t]+$")
# a force name that opens with a service word ("Army troops")
_SERVICE_OPENS = _PATTERNS.compile(r"(?:" + _SERVICE + r")\b")
# a roundup's section heading at a line start: "MALI.", "DR CONGO.", "SOMALIA:" (the scope of
# the heading before it ends there, found as a place or not)
_SECTION_HEADING = _PATTERNS.compile(r"(?m)^[ \t]*[A-Z][A-Z'’\-]+(?:[ \t]+[A-Z][A-Z'’\-]+){0,3}[.:][ \t]")
# what names a country as the other side of a border ("near the border with Guatemala", "along
# the frontier with Syria"): that country is where the service is not, so it tells no service's
# country (read49: "In Chiapas, ... near the border with Guatemala, Army troops were deployed"
# read "Army troops (Guatemala)" in a report from Mexico City)
# (and the next of a list there: "the border with Guatemala and Belize")
_ACROSS_BORDER = _PATTERNS.compile(r"\b(?:borders?|frontiers?)\s+with\s+(?:the\s+)?"
                                   r"(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?){0,3}$", re.I)
# what names a country as the other party of an accord ("In line with the agreement reached with
# the United States, the Ministry informs that ... the Army were sent ..."): the country the
# service's own state dealt with, so no country of the service (s41 lead: a Mexican ministry's
# release read "Army (United States)")
_PARTY_TO_AN_ACCORD = _PATTERNS.compile(r"\b(?:agreements?|accords?|deals?|treaty|treaties|pacts?|talks|memorandum|arrangements?)"
                                        r"\s+(?:(?:reached|signed|struck|agreed|concluded|held)\s+)?with\s+(?:the\s+)?$", re.I)
# a service's own state told after its word: "National Guard of Niger", "Navy of the Philippines"
_STATE_AFTER = _PATTERNS.compile(r"\s+of\s+(?:the\s+)?(?-i:[A-Z])")
# sentence ends (a full stop and a space, a line break)
_SENTENCE_END = _PATTERNS.compile(r"[.!?][\"”’)]?\s+|\n")


def service_subject(text: str, s: int, verb_at: int, states: list[dict]) -> tuple[str, bool] | None:
    """The national service named alone as the subject of the verb at ``verb_at`` in the
    clause starting at ``s``: "Army helicopters flew" -> "Army", "200 Marines moved" ->
    "Marines"; with the demonym written right before it ("Pakistani Rangers moved": ``states``
    are the report's country and demonym mentions), and whether it was so qualified; None for
    a service qualified by another capitalised word (a name read elsewhere: "the Arakan Army")."""
    m = _SERVICE_SUBJECT_GATE.search(text[s:verb_at])
    if m is None:
        return None
    at = s + m.start("service")
    service = re.sub(r"\s+", " ", m.group("service"))
    if m.group("qual"):
        q = s + m.start("qual")
        own = next((d for d in states if d["start"] == q and _demonym_word(d)), None)
        return (f"{own['surface']} {service}", True) if own is not None else None
    if _QUALIFIED.search(text, max(0, at - 30), at):
        return None
    return service, False


def qualify_service_name(text: str, at: int, actor: str, states: list[dict], headings: list[dict],
                         heads: list[int] | None = None, places: list[dict] = ()) -> str:
    """A force name that opens with a service word alone ("Army troops", "Army units" at
    ``at``) with the country the report tells it of: "Lebanese Army troops" or "Army troops
    (Lebanon)"; unchanged when it has its own qualifier or no country is told."""
    m = _SERVICE_OPENS.match(actor)
    if m is None or _QUALIFIED.search(text, max(0, at - 30), at):
        return actor
    if _STATE_AFTER.match(actor, m.end()):
        # "The National Guard of Niger then moved 120 men": the name tells its own state after
        # it; the lede's state was put before it, "Malian National Guard of Niger" (read115)
        return actor
    named = service_named_before(text, at, states, m.group(0))
    if named is not None:
        # ("About 700 US Marines landed at X, the Norwegian armed forces said. The Marines were
        # later moved to Y": the Marines told before with their state are these, not the lede's
        # country's -- the subject _service_alone reads already asked so; s36 read98)
        return named + actor[m.end():]
    country = service_country(text, at, states, headings, heads, places)
    qualified = service_actor(m.group(0), country, states)
    if qualified == m.group(0):
        return actor
    if qualified.endswith(")"):
        return f"{actor} {qualified[len(m.group(0)) + 1:]}"
    return qualified + actor[m.end():]


def _sentence_start(text: str, at: int) -> int:
    start = 0
    for m in _SENTENCE_END.finditer(text, max(0, at - 600), at):
        start = m.end()
    return start


def _one_country(mentions: list[dict]) -> dict | None:
    """The mention of the one country the ``mentions`` name (None for none or several)."""
    codes = {m.get("country") for m in mentions if m.get("country")}
    if len(codes) != 1:
        return None
    return next(m for m in mentions if m.get("country"))


def _across_border(text: str, mention: dict) -> bool:
    """Is the country ``mention`` named as the other side of a border ("the border with X")?"""
    return _ACROSS_BORDER.search(text, max(0, mention["start"] - 90), mention["start"]) is not None


def _party_to_an_accord(text: str, mention: dict) -> bool:
    """Is the country ``mention`` named as the other party of an accord ("the agreement reached
    with X")?"""
    return _PARTY_TO_AN_ACCORD.search(text, max(0, mention["start"] - 40), mention["start"]) is not None


def _the_other_side(text: str, mention: dict) -> bool:
    """Is the country ``mention`` named as the side the service's state faces, across a border
    or an accord, or only as the language the report was translated from: no country of the
    service?"""
    return _across_border(text, mention) or _party_to_an_accord(text, mention) or language_of_translation(text, mention)


def section_heads(text: str) -> list[int]:
    """Where each section heading of a roundup begins ("MALI.", "SOMALIA:"), in order (read
    once per report: service_country bisects it)."""
    return [m.start() for m in _SECTION_HEADING.finditer(text)]


def service_country(text: str, at: int, countries: list[dict], headings: list[dict],
                    heads: list[int] | None = None, places: list[dict] = ()) -> dict | None:
    """The country a service named alone at ``at`` is of: the one country named before it in
    its sentence (``countries``: country, demonym and actor mentions); else that of the nearest
    heading or dateline before it (``headings``: "LEBANON:", "SRINAGAR -"), unless another
    section heading opened since; else the one country the report's first sentence names,
    unless the places of its own sentence (``places``: the report's located places) lie in
    another theatre than the lede's (_another_theatre: "Turkish troops moved to al-Bab. ...
    National Guard troops were sent from Austin to El Paso": no Turkish National Guard).
    None when none is told or several are."""
    start = _sentence_start(text, at)
    told = [m for m in countries if start <= m["start"] < at and not _the_other_side(text, m)]
    own = _one_country(told)
    if own is not None:
        return own
    if told:
        return None  # several countries in the sentence: whose service is not told
    head = max((m for m in headings if m["start"] < at and m.get("country")), key=lambda m: m["start"], default=None)
    heads = section_heads(text) if heads is None else heads
    if bisect.bisect_left(heads, at) > bisect.bisect_left(heads, head["end"] if head is not None else 0):
        return None  # another section opened since ("MALI. Army units ..."), of a country not read
    if head is not None:
        return head
    lede_end = next((m.end() for m in _SENTENCE_END.finditer(text) if m.start() > 0), len(text))
    lede = _one_country([m for m in countries if m["start"] < min(lede_end, at) and not _the_other_side(text, m)])
    if lede is not None and at >= lede_end and _another_theatre(text, start, at, lede, lede_end, places):
        return None  # (the sentence's places lie far from the lede's: its country is not told)
    return lede


def _another_theatre(text: str, start: int, at: int, lede: dict, lede_end: int, places: list[dict]) -> bool:
    """Do the located places of the sentence [start, ...) of ``at`` all lie farther than
    ANOTHER_THEATRE_KM from every located place of the lede, in none of their countries nor the
    lede's? Then the report has moved on to another theatre (a roundup's next item), and the
    country of its lede says nothing of whose a service named there alone is. A report about
    one theatre ('US troops crossed from Kuwait into Iraq ... Army units moved on to Baghdad')
    keeps the lede's country."""
    end = _SENTENCE_END.search(text, at, at + 2000)
    end = end.end() if end is not None else len(text)
    located = ByStart.of(places, mention_start, "another theatre", any_order=True)
    own = [p for p in located.between(start, end) if p.get("lat") is not None]
    first = [p for p in located.between(0, lede_end) if p.get("lat") is not None]
    if not own or not first:
        return False
    theirs = {p.get("country") for p in first} | {lede.get("country")}
    if any(p.get("country") in theirs for p in own):
        return False
    return all(haversine_km(p["lat"], p["lon"], q["lat"], q["lon"]) > ANOTHER_THEATRE_KM for p in own for q in first)


def service_named_before(text: str, at: int, states: list[dict], service: str) -> str | None:
    """The same service word written with its state's initials or demonym, last before the
    sentence of ``at`` ("US Marines", "the UK Royal Marines", "Kenyan Marines"; ``states``: the report's
    country and demonym mentions), as written: the report told whose that service is, and a
    later "Marines" alone is theirs; else None.

    why: "The first of 2,200 US Marines ... arrived in Darwin. About 150 Marines flew in from
    Hawaii" gave the second movement the actor "Australian Marines", the dateline's country:
    "US" is no country mention of the report (probes of my own, s27r)."""
    before = _sentence_start(text, at)
    found = _qualified_services(text, service)
    told = ByStart.of(states, mention_start, "service qualifier", any_order=True)
    # (the last one before the sentence that passes: by bisection of the report's matches, found
    # once a report and service; each call reading the whole report before it again was quadratic)
    for m in reversed(found[1][:bisect.bisect_right(found[0], before)]):
        q = m.group("q").rstrip(".")
        if re.fullmatch(r"(?:[A-Z]\.?){2,3}", q + ("." if m.group("q").endswith(".") else "")) \
                or any(_demonym_word(d) for d in told.between(m.start("q"), m.start("q") + 1)):
            return re.sub(r"\s+", " ", m.group(0))
    return None


# a subject that is "the" and a service alone, after words of time: "The Marines", "Later, the
# Rangers" (the service words as written, with capitals)
_THE_SERVICE_SUBJECT = _PATTERNS.compile(r"\s*(?:(?:later|then|afterwards|on\s+\w+day|the\s+next\s+day)\s*,?\s+)?"
                                         r"(?:the|The)\s+(?P<service>" + _SERVICE + r")\s*(?:(?:were|was|had|have|has|then|later|also)\s+)*$")


def refers_back_to_service(text: str, s: int, verb_at: int, states: list[dict]) -> bool:
    """Is the subject of the verb at ``verb_at`` "the" and a service alone ("The Marines were
    later moved north to Y") whose service the report told before with its state ("About 700 US
    Marines landed at X")? Then it refers back to that force, as "the soldiers" does: a next leg
    of its movement may go on from where it got to.

    why: "The Marines were later moved north by train to Setermoen" after "US Marines landed at
    Vaernes" read no origin: "The Marines", a name, was no referring subject (s36 read98)."""
    m = _THE_SERVICE_SUBJECT.fullmatch(text, s, verb_at)
    return m is not None and service_named_before(text, verb_at, states, re.sub(r"\s+", " ", m.group("service"))) is not None


# the last report's "<qualifier> <service>" matches, per service: (their ends, the matches)
_SERVICES_SEEN: dict = {"text": None}


def _qualified_services(text: str, service: str) -> tuple[list[int], list[re.Match]]:
    if _SERVICES_SEEN["text"] is not text:
        _SERVICES_SEEN.clear()
        _SERVICES_SEEN["text"] = text
    found = _SERVICES_SEEN.get(service)
    if found is None:
        matches = list(re.finditer(r"(?P<q>\b[A-Z][\w.]*)\s+" + re.escape(service).replace(r"\ ", r"\s+") + r"\b", text))
        found = _SERVICES_SEEN[service] = ([m.end() for m in matches], matches)
    return found


def service_actor(service: str, country: dict | None, states: list[dict]) -> str:
    """The actor of a service named alone: "Army" of Lebanon -> "Lebanese Army" when the report
    writes that country's demonym somewhere (``states``: its country and demonym mentions), else
    "Army (Lebanon)" when it names the country; the service alone when no country is told or
    the report never names it (a dateline's city only)."""
    if country is None:
        return service
    code = country.get("country")
    same = [m for m in [country] + states if m.get("country") == code and m.get("kind") == "country"]
    word = next((m["surface"] for m in same if _demonym_word(m)), None)
    if word is not None:
        return f"{word} {service}"
    name = next((m.get("name") for m in same if m.get("name")), None)
    return f"{service} ({name})" if name else service


def _demonym_word(m: dict) -> bool:
    """Is the country mention ``m`` written as its demonym ("Russian", "Lebanese"), one word
    other than the country's name?"""
    surface, name = m.get("surface") or "", m.get("name") or ""
    return " " not in surface and surface[:1].isupper() and not surface.isupper() and surface.isalpha() \
        and surface.casefold() != name.casefold() and not name.casefold().startswith(surface.casefold())


_PATTERNS.save()
