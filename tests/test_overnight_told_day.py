"""read.overnight_told_day: "overnight" after a told day takes that day."""

import datetime as dt

from geomove.dates import DateMention
from geomove.read.overnight_told_day import is_overnight, on_told_day, overnights_on_told_days


def _d(start, text, day, end=None, precision="day", relative=True):
    return DateMention(start, start + len(text), text, day, end or day, precision, relative)


MON = dt.date(2025, 3, 3)
THU = dt.date(2025, 3, 6)


def test_overnight_takes_the_last_single_day_told():
    night = _d(60, "overnight", THU)
    moved = on_told_day(night, [_d(5, "on Sunday", dt.date(2025, 3, 2)), _d(40, "on Monday", MON)])
    assert (moved.date_start, moved.date_end) == (MON, MON)


def test_a_week_or_another_night_is_no_day_to_take():
    night = _d(60, "overnight", THU)
    week = _d(5, "last week", dt.date(2025, 2, 24), dt.date(2025, 3, 2), precision="week")
    assert on_told_day(night, [week]) is night
    assert on_told_day(night, [_d(5, "last night", THU)]) is night


def test_a_clock_time_is_no_day_told():
    night = _d(60, "overnight", THU)
    assert on_told_day(night, [_d(0, "14:05", dt.date(2025, 3, 7)), _d(10, "", dt.date(2025, 3, 7))]) is night


def test_only_the_bare_word_is_moved():
    assert is_overnight(_d(0, "overnight", THU))
    assert not is_overnight(_d(0, "last night", THU))
    assert not is_overnight(_d(0, "on Monday", MON))


def test_clause_dates_in_order():
    monday, night = _d(3, "On Monday", MON), _d(70, "overnight", THU)
    assert [d.date_start for d in overnights_on_told_days([night, monday])] == [MON, MON]
    assert [d.date_start for d in overnights_on_told_days([_d(70, "overnight", THU)])] == [THU]
    plain = [monday]
    assert overnights_on_told_days(plain) is plain
