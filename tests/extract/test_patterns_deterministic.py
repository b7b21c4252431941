"""The extraction patterns' text is the same whatever Python's hash seed: word lists kept as sets
are joined in a fixed order (`anchored.longest_first`), so two runs compile the same regexes."""

import json
import os
import subprocess
import sys

from sabt.extract.anchored import longest_first

_DUMP = """
import importlib, json, pkgutil, re
import sabt.extract as package
patterns = {}
for module in pkgutil.iter_modules(package.__path__):
    loaded = importlib.import_module(f"sabt.extract.{module.name}")
    for name, value in vars(loaded).items():
        if isinstance(value, re.Pattern):
            patterns[f"{module.name}.{name}"] = value.pattern
print(json.dumps(patterns))
"""


def _patterns(seed: str) -> dict[str, str]:
    environment = {**os.environ, "PYTHONHASHSEED": seed}
    run = subprocess.run(
        [sys.executable, "-c", _DUMP], env=environment, capture_output=True, text=True, check=True
    )
    patterns: dict[str, str] = json.loads(run.stdout)
    return patterns


def test_patterns_do_not_hang_on_the_hash_seed() -> None:
    first, second = _patterns("1"), _patterns("2")
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []


def test_longest_first_orders_longer_words_first_then_by_their_text() -> None:
    words = {"گفت", "گفتند", "کرد", "برد"}
    assert sorted(words, key=longest_first) == ["گفتند", "برد", "کرد", "گفت"]
