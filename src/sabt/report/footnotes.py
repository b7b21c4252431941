"""Footnotes: every statement in a dossier points to a source and the excerpt that supports it.

The same (source, excerpt) pair gets the same number wherever it is cited, so a reader checks it
once; a statement whose evidence cites no source says so in its footnote instead of hiding it.
"""

from dataclasses import dataclass, field
from typing import Any

from sabt.ingest.grading import grade_label
from sabt.model import Source

EXCERPT_LIMIT = 500  # characters of an excerpt printed in a footnote


@dataclass
class Footnotes:
    notes: list[dict[str, Any]] = field(default_factory=list)
    _numbers: dict[tuple[int | None, str], int] = field(default_factory=dict)

    def cite(self, source: Source | None, excerpt: str) -> int:
        """The footnote number for this source and excerpt, added on first use."""
        text = " ".join(excerpt.split())[:EXCERPT_LIMIT]
        key = (source.id if source else None, text)
        if key not in self._numbers:
            self._numbers[key] = len(self.notes) + 1
            self.notes.append(
                {
                    "n": self._numbers[key],
                    "source_id": source.id if source else None,
                    "source_title": source.title if source else "no source recorded",
                    "grade": grade_label(source, "?") if source else "",
                    "excerpt": text or "(no excerpt recorded)",
                }
            )
        return self._numbers[key]
