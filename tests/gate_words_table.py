"""Every gate of the package, and gate_words.json as geomove.gates.whole_words reads it from their
patterns (tests/test_speed153.py checks the file against it).

    PYTHONPATH=. python tests/gate_words_table.py   # writes geomove/gate_words.json anew"""

import json
import sys
from pathlib import Path

import geomove.dates  # noqa: F401  (the places wing's gates)
import geomove.read.assemble  # noqa: F401  (imports every reading module, and so every gate)
import geomove.read.lazy
from geomove import gates

geomove.read.lazy.load_all()  # (and those loaded at their first call)

TABLE = Path(gates.__file__).with_name("gate_words.json")


def all_gates() -> list[tuple[str, gates.Gate]]:
    seen = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith("geomove.") or module is None:
            continue
        for attr, value in vars(module).items():
            if isinstance(value, gates.Gate):
                seen[id(value)] = (f"{name}.{attr}", value)
    return sorted(seen.values(), key=lambda nv: nv[0])


def table() -> dict:
    out = {}
    for name, gate in all_gates():
        entry = gates.whole_words_entry(gate) if len(gate.words) >= gates.FEW_WORDS else None
        if entry is not None:
            out[gates.gate_key(gate.pattern.pattern, gate.words)] = {"gate": name, **entry}
    return dict(sorted(out.items()))


if __name__ == "__main__":
    lines = [f"{json.dumps(key)}: {json.dumps(entry, sort_keys=True)}" for key, entry in table().items()]
    TABLE.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")
    print(f"{TABLE}: {len(json.loads(TABLE.read_text()))} gates")
