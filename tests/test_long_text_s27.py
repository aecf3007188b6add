"""Passes that looked at every state or every earlier word of a report once per clause now cut
by bisection (read.force_from_state, read.services): the same answers as the scans they replace,
on reports of our own with many states, dates and services."""

import re

from geomove import default_gazetteer
from geomove.mentions import find_mentions
from geomove.read import services
from geomove.read.force_from_state import force_from_state_subject
from geomove.read.services import _demonym_word, _sentence_start, service_named_before

REPORT = " ".join([
    "US Marines left Okinawa for Darwin on Monday.",
    "Troops from Chad and Niger arrived in Gao on Tuesday.",
    "About 150 Marines flew in from Hawaii.",
    "Kenyan Marines moved from Mombasa to Lamu.",
    "Soldiers from Mali, Niger and Burkina Faso crossed into Menaka.",
    "Later, 40 Marines sailed to Kismayo.",
    "The Army said Army units moved from Kidal to Gao.",
] * 3)


def _states():
    ms = find_mentions(REPORT, gazetteer=default_gazetteer())
    return [m for m in ms if m.get("kind") == "country" or m.get("role") == "demonym"]


def _service_named_before_by_scan(text, at, states, service):
    # (the scan the bisection replaced, written out)
    before = _sentence_start(text, at)
    if service.lower() not in text[:before].lower():
        return None
    last = None
    for m in re.finditer(r"(?P<q>\b[A-Z][\w.]*)\s+" + re.escape(service).replace(r"\ ", r"\s+") + r"\b", text[:before]):
        q = m.group("q").rstrip(".")
        if re.fullmatch(r"(?:[A-Z]\.?){2,3}", q + ("." if m.group("q").endswith(".") else "")) \
                or any(d["start"] == m.start("q") and _demonym_word(d) for d in states):
            last = m
    return re.sub(r"\s+", " ", last.group(0)) if last is not None else None


def test_service_named_before_answers_as_the_scan():
    states = _states()
    answers = []
    for service in ("Marines", "Army"):
        for w in re.finditer(r"\b" + service + r"\b", REPORT):
            got = service_named_before(REPORT, w.end(), states, service)
            assert got == _service_named_before_by_scan(REPORT, w.end(), states, service)
            answers.append(got)
    assert "US Marines" in answers and "Kenyan Marines" in answers and None in answers


def test_service_named_before_forgets_the_last_report():
    states = _states()
    at = REPORT.index("About 150 Marines") + 10
    assert service_named_before(REPORT, at, states, "Marines") == "US Marines"
    other = "Kenyan Marines left Mombasa. About 150 Marines flew to Lamu."
    assert service_named_before(other, len(other) - 5, [], "Marines") is None  # (Kenyan: no state mention given)
    assert services._SERVICES_SEEN["text"] is other


def test_force_from_state_answers_as_the_scan():
    states = [m for m in _states() if m.get("kind") == "country"]
    found = []
    for verb in re.finditer(r"\b(?:arrived|crossed)\b", REPORT):
        s = REPORT.rfind(". ", 0, verb.start()) + 2
        got = force_from_state_subject(REPORT, s, verb.start(), states, [])
        found.append(got)
    assert found.count("Troops from Chad and Niger") == 3
    assert found.count("Soldiers from Mali, Niger and Burkina Faso") == 3
