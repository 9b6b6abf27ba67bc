"""Every labelled part of the PHI test corpus by name, in one fixed order, for the tests and
the benches (bench/phi_scanner.py, phi_peers.py, phi_model.py) alike: a new part is written
as tests/phi/freshN_notes.py (defining FRESHN) and counted here by raising NEWEST.

    from tests.phi.parts import NAMES, part, parts
    part("fresh42")               # its notes
    parts(last=38)                # {"corpus": …, "tuning": …, …, "fresh38": …}
"""
from __future__ import annotations

import importlib

from tests.phi import generated
from tests.phi.corpus import NOTES, Note

# The parts built by tests/phi/generated.py itself, then the authors' parts fresh7 … NEWEST.
GENERATED = {"tuning": "TUNING", "held-out": "HELD_OUT", "fresh": "FRESH", "fresh2": "FRESH2",
             "fresh3": "FRESH3", "fresh4": "FRESH4", "fresh5": "FRESH5", "fresh6": "FRESH6"}
FIRST_WRITTEN = 7
NEWEST = 50
NAMES = ("corpus", *GENERATED, *(f"fresh{n}" for n in range(FIRST_WRITTEN, NEWEST + 1)))


def number(name: str) -> int:
    """fresh38 -> 38 (the generated parts and the corpus come before every written one)."""
    return int(name[5:]) if name in NAMES[len(GENERATED) + 1:] else 0


def part(name: str) -> tuple[Note, ...]:
    if name == "corpus":
        return NOTES
    if name in GENERATED:
        return getattr(generated, GENERATED[name])
    if name not in NAMES:
        raise KeyError(f"no PHI test part {name!r}")
    return getattr(importlib.import_module(f"tests.phi.{name}_notes"), name.upper())


def parts(last: int = NEWEST, first: int = 0) -> dict[str, tuple[Note, ...]]:
    """The parts numbered `first` to `last` (fresh7 … fresh`last`), the corpus and the
    generated ones included unless `first` is past them, in NAMES' order."""
    return {name: part(name) for name in NAMES if first <= number(name) <= last}
