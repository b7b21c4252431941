"""The act scan's first-letter lookahead (claims_acts.ACT_FIRST_LETTERS) must hold every letter
an act can start with, or acts starting with a missing one would go unfound: the set is derived
here from the parsed patterns (Python's own regex parser) and compared."""

import importlib
from typing import Any

from sabt.extract.claims_acts import ACT_FIRST_LETTERS, ACTS

_PARSER: Any = importlib.import_module("re._parser")


def _first(items: list[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    """The characters a sequence of parsed items can start with (None: any) and whether it
    can match empty."""
    out: set[str] = set()
    for op, av in items:
        chars, empty = _first_item(str(op), av)
        if chars is None:
            return None, False
        out |= chars
        if not empty:
            return out, False
    return out, True


def _first_item(op: str, av: Any) -> tuple[set[str] | None, bool]:
    if op == "LITERAL":
        return {chr(av)}, False
    if op == "IN":
        chars: set[str] = set()
        for kind, value in av:
            if str(kind) == "LITERAL":
                chars.add(chr(value))
            elif str(kind) == "RANGE":
                chars |= {chr(c) for c in range(value[0], value[1] + 1)}
            else:
                return None, False
        return chars, False
    if op == "BRANCH":
        found: set[str] = set()
        empty = False
        for alternative in av[1]:
            chars_or_none, can_be_empty = _first(list(alternative))
            if chars_or_none is None:
                return None, False
            found |= chars_or_none
            empty = empty or can_be_empty
        return found, empty
    if op == "SUBPATTERN":
        return _first(list(av[3]))
    if op in ("MAX_REPEAT", "MIN_REPEAT"):
        chars_or_none, can_be_empty = _first(list(av[2]))
        return chars_or_none, av[0] == 0 or can_be_empty
    if op in ("AT", "ASSERT", "ASSERT_NOT"):
        return set(), True
    return None, False


def test_every_act_starts_with_a_listed_letter() -> None:
    for name, pattern in ACTS:
        chars, empty = _first(list(_PARSER.parse(pattern)))
        assert chars is not None and not empty, name
        missing = {c for c in chars if c.lower() not in ACT_FIRST_LETTERS}
        assert not missing, (name, missing)
