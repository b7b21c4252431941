"""Which files an ingest run takes: folders walked recursively, dangerous names and links refused.

A refusal is reported for that file alone; the walk goes on with the others.
"""

import os
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from sabt.errors import BadInput

# Bidirectional controls can disguise a name ("report‮fdp.exe"); control characters can forge
# lines in logs and listings. Neither has a place in an evidence file name.
_BIDI_CONTROLS = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F)}


@dataclass(frozen=True)
class Candidate:
    path: Path
    display: str
    refusal: BadInput | None = None


def name_problem(name: str) -> str | None:
    """Why a file name is refused, or None if it is acceptable."""
    if any(ch in _BIDI_CONTROLS for ch in name):
        return "file name contains hidden text-direction characters"
    if any(unicodedata.category(ch) == "Cc" for ch in name):
        return "file name contains control characters"
    if any(0xDC80 <= ord(ch) <= 0xDCFF for ch in name):
        return "file name is not valid UTF-8"
    if "\\" in name or name in {".", ".."} or name.startswith("-"):
        return "file name looks like a path or an option"
    return None


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def _check(path: Path, root: Path) -> Candidate:
    display = os.fsdecode(path).encode("utf-8", "backslashreplace").decode()
    problem = name_problem(path.name)
    if problem:
        return Candidate(path, display, BadInput(problem, remedy="rename the file"))
    if path.is_symlink() and not _inside(path.resolve(), root):
        return Candidate(
            path,
            display,
            BadInput(
                "symbolic link points outside the folder being ingested",
                remedy="copy the file itself into the folder",
            ),
        )
    if not path.is_file():
        return Candidate(path, display, BadInput("not a regular file"))
    return Candidate(path, display)


def collect(paths: Sequence[Path]) -> Iterator[Candidate]:
    """Every file under the given paths, in a stable order, each checked before it is read."""
    for given in paths:
        if not given.exists() and not given.is_symlink():
            yield Candidate(given, str(given), BadInput("no such file or folder"))
        elif given.is_dir() and not given.is_symlink():
            root = given.resolve()
            for folder, dirs, files in os.walk(given, followlinks=False):
                dirs.sort()
                for name in sorted(files):
                    yield _check(Path(folder) / name, root)
        else:
            yield _check(given, given.resolve().parent if given.is_symlink() else given.parent)
