"""Session 55 (speed145): the output lines written by one JSONEncoder made once (no circular
check), which must give the text ``json.dumps(line, ensure_ascii=False)`` gave."""
import json
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from geomove import parallel

_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
                     st.text())
_VALUES = st.recursive(_SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                         st.dictionaries(st.text(), inner, max_size=4)),
                       max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.integers(), st.none()), st.lists(st.dictionaries(st.text(), _VALUES, max_size=6),
                                                                 max_size=4))
def test_a_places_line_is_the_text_json_dumps_wrote(report_id, mentions):
    report = {"id": report_id, "text": "x"}
    line = parallel.json_line(report, "places", mentions)
    assert line == json.dumps({"id": report_id, "places": mentions}, ensure_ascii=False)


def test_the_lines_of_each_task_are_the_old_text():
    mention = {"name": "Tromsø", "lat": 69.6496, "lon": 18.95508, "admin1": None, "sentence_span": [0, 12],
               "score": 1.0, "why": 'name "Tromsø"; après \u2028 tab\t', "features": {"name": 0.5}}
    feature = {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[18.9, 69.6], [5.3, 60.4]]},
               "properties": {"from": mention, "count": None, "nan": math.nan, "inf": -math.inf}}
    report = {"id": "own/1"}
    assert parallel.json_line(report, "places", [mention, mention]) == json.dumps(
        {"id": "own/1", "places": [mention, mention]}, ensure_ascii=False)
    assert parallel.json_line(report, "extract", [feature]) == json.dumps(
        {"id": "own/1", "type": "FeatureCollection", "features": [feature]}, ensure_ascii=False)
    explained = parallel.Explained([feature], ["why one", "why two"])
    assert parallel.json_line(report, "extract_why", explained) == json.dumps(
        {"id": "own/1", "type": "FeatureCollection", "features": [feature], "why": ["why one", "why two"]},
        ensure_ascii=False)
