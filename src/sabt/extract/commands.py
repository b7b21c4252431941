"""`sabt extract FILE`: the suggestions the annotators make for one document; `sabt review`:
the queue of a case's stored suggestions and the decisions taken on them."""

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from sabt.cliopts import CaseDir, JsonFlag, console, current_actor, print_json
from sabt.errors import BadInput, NotFound
from sabt.extract import review
from sabt.extract.annotate import annotate
from sabt.extract.ner import ModelUse, available, default_use
from sabt.extract.registry import Registry
from sabt.extract.review_flow import Io, run_review
from sabt.ingest.formats import extract_text
from sabt.ingest.language import detect_language
from sabt.store.casefolder import open_case


def extract(
    file: Annotated[
        Path, typer.Argument(help="Any document sabt can read (txt, md, html, pdf, docx).")
    ],
    case: Annotated[
        Path | None,
        typer.Option(
            "--case",
            file_okay=False,
            help="Link to this case's entities (default: the demo registry).",
        ),
    ] = None,
    ner: Annotated[
        bool | None,
        typer.Option(
            "--ner/--rules-only",
            help="--ner: all the spaCy model's names (English; the [ner] extra); --rules-only: "
            "none. Default: its persons where it is installed.",
        ),
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """Propose mentions, dates, claims and positions held in FILE: suggestions to review."""
    try:
        data = file.read_bytes()
    except OSError as error:
        raise NotFound(f"cannot read {file.name}", remedy="check the path") from error
    text = extract_text(data, file.name).text
    registry = Registry.from_case(case) if case is not None else Registry.builtin()
    if ner and not available():
        raise BadInput("the NER model is not installed", remedy="pip install 'sabt[ner]'")
    use: ModelUse = default_use() if ner is None else "all" if ner else "none"
    result = annotate(text, registry=registry, ner=use).to_json(detect_language(text))
    if as_json:
        print_json(result)
        return
    table = Table("kind", "text", "suggestion")
    for mention in result["mentions"]:
        table.add_row(mention["type"], escape(mention["text"]), escape(mention["name"] or "(new)"))
    for claim in result["claims"]:
        said = claim["attributed_to"] or "(the source)"
        table.add_row(
            f"claim: {claim['property']}", escape(str(claim["value"] or claim["low"])), escape(said)
        )
    for held in result["occupancies"]:
        table.add_row("position", escape(held["person"]), escape(held["position"]))
    console.print(table)


review_app = typer.Typer(
    help="Review machine suggestions: alone, one by one in the terminal; or store them for a "
    "source, list them, decide on one (for scripts).",
    invoke_without_command=True,
)


@review_app.callback()
def review_start(
    ctx: typer.Context,
    case: CaseDir = Path("."),
    kind: Annotated[
        str | None, typer.Option(help="Only this kind: mention, date, claim or occupancy.")
    ] = None,
    source: Annotated[int | None, typer.Option(help="Only this source's suggestions.")] = None,
    visual: Annotated[
        bool,
        typer.Option(
            "--visual",
            help="Reorder right-to-left lines for terminals without bidi support.",
        ),
    ] = False,
) -> None:
    """Without a command: review the pending suggestions one at a time (a/c/r/s/q)."""
    if ctx.invoked_subcommand is not None:
        return
    folder = open_case(case)
    io = Io(
        ask=lambda question, default: str(typer.prompt(question, default=default)),
        say=lambda line: console.print(escape(line), highlight=False, soft_wrap=True),
    )
    try:
        run_review(folder, actor=current_actor(), io=io, kind=kind, source_id=source, visual=visual)
    finally:
        folder.close()


@review_app.command("propose")
def review_propose(
    source: Annotated[str, typer.Argument(help="Source id or SHA-256 prefix.")],
    case: CaseDir = Path("."),
) -> None:
    """Annotate an ingested source and queue its new suggestions (known ones are skipped)."""
    folder = open_case(case)
    try:
        done = review.propose(folder, source, actor=current_actor())
    finally:
        folder.close()
    console.print(
        f"source {done.source_id}: {done.stored} new suggestions, "
        f"{done.already_known} already known",
        highlight=False,
    )


@review_app.command("list")
def review_list(
    case: CaseDir = Path("."),
    status: Annotated[str, typer.Option(help="pending, accepted, corrected or rejected.")] = (
        "pending"
    ),
    as_json: JsonFlag = False,
) -> None:
    """The case's suggestions with a status (pending by default)."""
    folder = open_case(case)
    try:
        rows = review.pending(folder, status=status)
    finally:
        folder.close()
    items = [
        {"id": r.id, "source": r.source_id, "kind": r.kind, "annotator": r.annotator,
         "start": r.start_offset, "end": r.end_offset, "payload": r.payload}
        for r in rows
    ]  # fmt: skip
    if as_json:
        print_json(items)
        return
    table = Table("id", "source", "kind", "suggestion")
    for row in rows:
        table.add_row(str(row.id), str(row.source_id), row.kind, escape(_gist(row.payload)))
    console.print(table)


def _gist(payload: dict[str, Any]) -> str:
    keys = ("text", "name", "property", "value", "low", "attributed_to", "person", "position")
    return ", ".join(f"{k}={payload[k]}" for k in keys if payload.get(k) not in (None, ""))


@review_app.command("decide")
def review_decide(
    suggestion: Annotated[int, typer.Argument(help="Suggestion id (see `sabt review list`).")],
    decision: Annotated[str, typer.Argument(help="accept, correct or reject.")],
    case: CaseDir = Path("."),
    reason: Annotated[str, typer.Option(help="Why; kept with the decision.")] = "",
    correction: Annotated[
        str | None, typer.Option(help='Corrected fields as JSON, e.g. {"value": 5000}.')
    ] = None,
) -> None:
    """Accept, correct or reject one pending suggestion; the decision is appended, never edited."""
    try:
        fields = json.loads(correction) if correction else None
    except json.JSONDecodeError as error:
        raise BadInput("--correction is not valid JSON", remedy='e.g. {"value": 5000}') from error
    folder = open_case(case)
    try:
        review.decide(
            folder, suggestion, decision, actor=current_actor(), reason=reason, correction=fields
        )
    finally:
        folder.close()
    console.print(f"suggestion {suggestion}: {review.DECISIONS.get(decision, decision)}")


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)
    app.add_typer(review_app, name="review")
