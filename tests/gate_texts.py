"""The reading wing's gates (``GATES``: every geomove.read.gates.Gate a module holds, by its
dotted name) and texts built for the gate tests (tests/test_speed41.py, test_speed46.py,
test_speed48.py): one of the sentences written for them, a few of the gates' words and others put
in at some place, and a few letters changed in case or swapped for the non-ASCII ones that
re.IGNORECASE matches to ASCII letters (``odd``, most often ``ODD``): texts near those a gate must
let through, and near its edge. (A module beside the tests: pytest puts this folder on sys.path.)"""

import sys

from hypothesis import strategies as st

import geomove.read.assemble  # noqa: F401  (imports every reading module, and so every gate)
import geomove.read.lazy
from geomove.read.gates import Gate

geomove.read.lazy.load_all()  # (and those loaded at their first call)


def built_texts(sentences: list[str], words: list[str], odd: dict):
    """A hypothesis strategy of texts built from ``sentences`` and ``words`` (see the module doc)."""
    @st.composite
    def _texts(draw):
        base = draw(st.sampled_from(sentences))
        extra = draw(st.lists(st.sampled_from(words), max_size=6))
        at = draw(st.integers(0, len(base)))
        text = base[:at] + " ".join(extra) + " " + base[at:]
        chars = list(text)
        for i in draw(st.lists(st.integers(0, max(len(chars) - 1, 0)), max_size=6)):
            c = chars[i]
            chars[i] = draw(st.sampled_from(odd.get(c, [c]) + [c.upper(), c.lower()]))
        return "".join(chars)
    return _texts()


def _all_gates():
    seen = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith("geomove.") or module is None:
            continue
        for attr, value in vars(module).items():
            if isinstance(value, Gate):
                seen[id(value)] = (f"{name}.{attr}", value)
    return sorted(seen.values(), key=lambda nv: nv[0])


GATES = _all_gates()

# letters that re.IGNORECASE matches to an ASCII one: the dotted and dotless i, the long s, the Kelvin sign
ODD = {"i": ["\u0130", "\u0131"], "s": ["\u017f"], "k": ["\u212a"], "I": ["\u0130", "\u0131"], "S": ["\u017f"], "K": ["\u212a"]}
