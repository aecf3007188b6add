"""What the reading tests share: the reader run on a sentence of a test, and the ends of what it
found. (A module beside the tests: pytest puts this folder on sys.path.)"""

from geomove.read.assemble import extract


def found(gazetteer, text: str, published: str = "2025-06-20"):
    """(each movement's properties, the why lines) the reader gives ``text``."""
    why: list = []
    movements = extract(text, gazetteer=gazetteer, published=published, why=why)
    return [f["properties"] for f in movements], why


def read_all(gazetteer, text: str, published: str = "2025-06-20"):
    """(every feature the reader gives ``text``, kept or not, the why lines): what the speed tests compare with a
    gate on and off."""
    why: list = []
    return extract(text, gazetteer=gazetteer, published=published, why=why, include_all=True), why


def ends(props: list[dict]) -> list[tuple]:
    """(origin, destination) of each movement as written (its surface), None for no end."""
    name = lambda p: p and p.get("surface")  # noqa: E731
    return [(name(p["origin"]), name(p["destination"])) for p in props]


def legs_told(gazetteer, text: str, published: str):
    """(origin, destination, what) of each movement the CLI's reader (geomove.movements.extract)
    gives ``text``, each end as written (its surface, else its name)."""
    from geomove.movements import extract as extract_movements
    name = lambda p: p and (p.get("surface") or p.get("name"))  # noqa: E731
    return [(name(f["properties"]["origin"]), name(f["properties"]["destination"]), f["properties"]["what"])
            for f in extract_movements(text, published=published, gazetteer=gazetteer)]
