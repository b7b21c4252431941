"""How far two people annotating the same documents agree: the ceiling the annotators are held to.

The extraction aims (≥0.9 recall for names, ≥0.8 for attributed claims …) only mean something
beside how well two careful people agree on the same text under the same written conventions:
a figure two annotators disagree on one time in five cannot be found four times in five by any
rule. Here a second, independent annotation of a gold set is scored against the first exactly as
the annotators are (`bench_extract.score_document`: spans that share a character, the same
figures, a party either names, posts whose words one holds all of the other's). Usage, from the
repository root:

    .venv/bin/python -m benchmarks.extract_agreement benchmarks/gold/heldout20 \
        benchmarks/gold/agreement/heldout20

Each document of the second folder is paired with the first folder's of the same name. The
second annotator's first party for a claim stands as its one proposed party.
"""

import argparse
import json
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from benchmarks.bench_extract import Score, score_document
from benchmarks.extract_misses import FIGURES


def as_annotations(doc: dict[str, Any]) -> Any:
    """A hand annotation in the shape `score_document` reads an annotator's output in."""

    def day(value: str | None) -> date | None:
        return date.fromisoformat(value) if value else None

    return SimpleNamespace(
        mentions=[SimpleNamespace(**m) for m in doc["mentions"]],
        dates=[
            SimpleNamespace(
                start=d["start"], end=d["end"], earliest=day(d["earliest"]), latest=day(d["latest"])
            )
            for d in doc["dates"]
        ],
        claims=[
            SimpleNamespace(
                property=c["property"],
                value=c["value"],
                low=c["low"],
                high=c["high"],
                attributed_to=(c["attributed_to"] or [None])[0],
            )
            for c in doc["claims"]
        ],
        occupancies=[SimpleNamespace(**o) for o in doc["occupancies"]],
    )


def agreement(first: Path, second: Path, language: str | None = None) -> dict[str, Score]:
    """The second folder's annotations scored against the first's, kind by kind."""
    scores = {kind: Score() for kind in FIGURES}
    for path in sorted(second.glob("*.json")):
        theirs = json.loads(path.read_text(encoding="utf-8"))
        if language and theirs["language"] != language:
            continue
        mine = json.loads((first / path.name).read_text(encoding="utf-8"))
        if mine["text"] != theirs["text"]:
            raise ValueError(f"{path.name}: the two annotations are of different texts")
        score_document(mine, as_annotations(theirs), scores)
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", type=Path, help="the gold set's folder")
    parser.add_argument("second", type=Path, help="the second annotation's folder")
    parser.add_argument("--lang", choices=("en", "fa"))
    args = parser.parse_args()
    scores = agreement(args.first, args.second, args.lang)
    print(
        "  ".join(
            f"{kind} {s.figures()['precision']:.2f}/{s.figures()['recall']:.2f}"
            for kind, s in scores.items()
        )
    )


if __name__ == "__main__":
    main()
