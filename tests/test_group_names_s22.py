"""The armed groups news names bare (read.group_names) and the gate of armed_groups._GROUP_MENTION:
the pattern skips every word that opens with neither a capital nor an Arabic article and its
hyphen, which holds only while every name it knows opens so. A name added to armed_groups.json
in lower case would be silently never found: this test says so first."""

import re

from geomove.read import armed_groups
from geomove.read.group_names import KNOWN

_OPENING = re.compile(r"[A-Z]|(?:al|wal|el|ad|ash|as|ar|an|at|az)-")


def test_every_known_name_opens_as_the_gate_expects():
    assert KNOWN and all(_OPENING.match(name) for name in KNOWN), [n for n in KNOWN if not _OPENING.match(n)]


def test_the_gate_finds_what_the_pattern_without_it_finds():
    ungated = re.compile(armed_groups._GROUP_MENTION.pattern.replace(
        r"(?=[A-Z]|(?:al|wal|el|ad|ash|as|ar|an|at|az)-)", "", 1), armed_groups._GROUP_MENTION.flags)
    assert ungated.pattern != armed_groups._GROUP_MENTION.pattern
    texts = [
        "Fighters of Jama'at Nusrat al-Islam wal-Muslimin (JNIM) entered Boni, and al-Shabaab moved to Jilib.",
        "the Viv Ansanm gang coalition attacked; Hezbollah and the Houthis said nothing; hamas is lower case.",
        "Gunmen of the Jalisco New Generation Cartel (CJNG) crossed from Michoacán.",
    ]
    for text in texts:
        assert [m.span() for m in ungated.finditer(text)] == [m.span() for m in armed_groups._GROUP_MENTION.finditer(text)]
