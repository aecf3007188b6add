"""Session 42 (speed80): the finder and the gazetteer keep CPython's fast attribute look-ups.

CPython 3.11 specialises a method or attribute look-up (``self.match(...)``, ``self.toks``) only
for an object that keeps its attributes in its class's shared layout: at most 30 names over all
the class's objects, and never once the object's ``__dict__`` has been read (the object then has
a dict of its own for good). Memos kept through ``self.__dict__`` made every later call of a
finder's method, and of the gazetteer's, take the slow look-up (~600,000 a batch of 380 reports).
The finder's per-text memos are now kept in its ``per_text`` dict, the gazetteer's read by getattr.
"""

import ctypes
import platform
import sys
from pathlib import Path

import pytest

import geomove
from geomove.mentions import _Finder, find_mentions

# CPython's SHARED_KEYS_MAX_SIZE (Objects/dictobject.c): the attribute names a class's objects
# may share before the next new name gives an object a dict of its own
SHARED_LAYOUT_NAMES = 30

# sentences written for this test: a roundup of two theatres, an armed group, a force named by
# its demonym, a far namesake, a table row, repeats (the passes that keep per-text memos)
TEXTS = [
    "Ukrainian units left Kupiansk for Izium on Monday. In Sudan, RSF fighters moved from Omdurman "
    "toward El Obeid, while the army held Kosti. Kupiansk was shelled again.",
    "al-Shabaab fighters withdrew from Jowhar toward Bulo Burde after Somali troops entered Jowhar.",
    "Unit | From | To | Date\nFirst battalion | Tartus | Homs | 3 May\n\nThe convoy reached Homs by night.",
    "French troops flew from Paris to Niamey. Springfield, Paris and Athens were calm, officials said.",
    "Kenyan police moved from Garissa to Mandera, 10 km north of the border, and later to Wajir.",
]


def _own_dict(obj) -> bool:
    """Does a CPython 3.11 object of a managed-dict class hold a dict of its own (its inline
    values given up)? The pointer sits three words before the object."""
    return ctypes.c_void_p.from_address(id(obj) - 3 * ctypes.sizeof(ctypes.c_void_p)).value is not None


def test_no_memo_of_the_places_wing_reads_dunder_dict():
    root = Path(geomove.__file__).parent
    for path in [*sorted((root / "mentions").glob("*.py")), root / "gazetteer" / "__init__.py"]:
        assert ".__dict__" not in path.read_text(encoding="utf-8"), path


def test_the_finders_attribute_names_fit_the_shared_layout(gazetteer, monkeypatch):
    names: set[str] = set()
    real_run = _Finder.run

    def run(self):
        found = real_run(self)
        names.update(vars(self))
        return found

    monkeypatch.setattr(_Finder, "run", run)
    for text in TEXTS:
        assert find_mentions(text, gazetteer=gazetteer)
    assert "per_text" in names
    assert len(names) <= SHARED_LAYOUT_NAMES, sorted(names)


_CPYTHON_311 = pytest.mark.skipif(platform.python_implementation() != "CPython" or sys.version_info[:2] != (3, 11),
                                 reason="reads CPython 3.11's object layout")


@_CPYTHON_311
def test_finders_keep_their_inline_attributes(gazetteer):
    class Fresh(_Finder):  # (a class of its own: the shared layout is the class's, fresh here)
        pass

    for text in TEXTS:
        finder = Fresh(text, gazetteer)
        assert finder.run()
        assert not _own_dict(finder)
    # the check itself: reading __dict__ gives an object a dict of its own
    finder.__dict__.get("text")
    assert _own_dict(finder)


@_CPYTHON_311
def test_the_gazetteer_keeps_its_inline_attributes(gazetteer):
    from geomove.gazetteer import Gazetteer

    class Fresh(Gazetteer):
        pass

    gaz = Fresh(gazetteer.path)
    assert gaz.sovereigns() and gaz.country("ML") and gaz.province_names("ML")
    assert gaz._famous_names_by_deletion()
    assert not _own_dict(gaz)
