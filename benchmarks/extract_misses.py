"""What the annotators miss and add on the gold sets, item by item.

`make bench` reports each set's precision and recall; whoever writes or reviews a rule needs
the items behind those figures. Usage, from the repository root:

    .venv/bin/python -m benchmarks.extract_misses [--set heldout17] [--lang en|fa]
        [--kind person|organization|place|dates|claims|occupancies] [--ner none|persons|all]
        [--skip heldout18 ...] [--misses]

It prints one line of figures per set and a total; with `--misses`, each gold item the
annotators missed (MISS) and each item they proposed that no gold item matches (EXTRA), with
the gold and proposed posts side by side for occupancies. `--skip` leaves out sets kept unseen.
"""

import argparse
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks.bench_extract import (
    KINDS,
    SETS,
    Score,
    load_text,
    overlap,
    same_figures,
    same_party,
    score_document,
)
from sabt.extract import Registry, annotate
from sabt.extract.annotate import Annotations
from sabt.extract.ner import ModelUse

FIGURES = (*KINDS, "dates", "date_values", "claims_figures", "claims_attributed", "occupancies")


def _mention_misses(doc: dict[str, Any], text: str, got: Annotations, kind: str) -> Iterator[str]:
    predicted = [m for m in got.mentions if m.type == kind]
    gold = [m for m in doc["mentions"] if m["type"] == kind]
    for want in gold:
        if not any(overlap(m, want) for m in predicted):
            yield f"MISS {kind}: {text[want['start'] : want['end']]!r}"
    for mention in predicted:
        if not any(overlap(mention, want) for want in gold):
            yield f"EXTRA {kind}: {mention.text!r}"


def _date_misses(doc: dict[str, Any], text: str, got: Annotations) -> Iterator[str]:
    for want in doc["dates"]:
        if not any(overlap(d, want) for d in got.dates):
            yield f"MISS date: {text[want['start'] : want['end']]!r}"
    for found in got.dates:
        if not any(overlap(found, want) for want in doc["dates"]):
            yield f"EXTRA date: {found.text!r}"


def _claim_misses(doc: dict[str, Any], got: Annotations) -> Iterator[str]:
    def right(claim: Any, want: dict[str, Any]) -> bool:
        return same_figures(claim, want) and same_party(claim.attributed_to, want["attributed_to"])

    for want in doc["claims"]:
        if not any(right(c, want) for c in got.claims):
            near = [c.attributed_to for c in got.claims if same_figures(c, want)]
            yield (
                f"MISS claim: {want['property']} {want['value']} {want['low']}-{want['high']}"
                f" by {want['attributed_to']}; same figures, said by: {near}"
            )
    for claim in got.claims:
        if not any(right(claim, want) for want in doc["claims"]):
            yield (
                f"EXTRA claim: {claim.property} {claim.value} {claim.low}-{claim.high}"
                f" by {claim.attributed_to!r} | {claim.excerpt[:100]!r}"
            )


def _occupancy_lines(doc: dict[str, Any], got: Annotations) -> Iterator[str]:
    for want in doc["occupancies"]:
        yield f"GOLD post: {want['person']!r} = {want['position']!r}"
    for held in got.occupancies:
        yield f"GOT post:  {held.person!r} = {held.position!r}"


def misses(doc: dict[str, Any], text: str, got: Annotations, kinds: list[str]) -> Iterator[str]:
    """Each missed and extra item of `kinds` in one document."""
    for kind in kinds:
        if kind in KINDS:
            yield from _mention_misses(doc, text, got, kind)
        elif kind == "dates":
            yield from _date_misses(doc, text, got)
        elif kind == "claims":
            yield from _claim_misses(doc, got)
        elif kind == "occupancies":
            yield from _occupancy_lines(doc, got)


def _line(label: str, scores: dict[str, Score]) -> str:
    cells = []
    for name, score in scores.items():
        figures = score.figures()
        cells.append(f"{name} {figures['precision']:.2f}/{figures['recall']:.2f}")
    return f"{label:16} " + "  ".join(cells)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", help="one set: its folder name (heldout17) or tuning_set")
    parser.add_argument("--lang", choices=("en", "fa"))
    parser.add_argument("--kind", choices=(*KINDS, "dates", "claims", "occupancies"))
    parser.add_argument("--ner", choices=("none", "persons", "all"), default="none")
    parser.add_argument("--skip", nargs="*", default=[], help="folder names to leave out")
    parser.add_argument("--misses", action="store_true", help="list each missed or extra item")
    args = parser.parse_args()
    use: ModelUse = args.ner
    kinds = [args.kind] if args.kind else [*KINDS, "dates", "claims", "occupancies"]
    registry = Registry.builtin()
    total = {name: Score() for name in FIGURES}
    for name, folder in SETS:
        if folder.name in args.skip or (args.set and args.set not in (name, folder.name)):
            continue
        scores = {figure: Score() for figure in FIGURES}
        for path in sorted(Path(folder).glob("*.json")):
            doc = json.loads(path.read_text(encoding="utf-8"))
            text = load_text(doc)
            if text is None or (args.lang and doc["language"] != args.lang):
                continue
            reference = date.fromisoformat(doc["reference_date"])
            got = annotate(text, registry=registry, reference_date=reference, ner=use)
            for scored in (scores, total):
                score_document(doc, got, scored)
            if args.misses:
                for line in misses(doc, text, got, kinds):
                    print(f"  {doc['name']}: {line}")
        print(_line(name, scores))
    print(_line("total", total))


if __name__ == "__main__":
    main()
