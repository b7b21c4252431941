"""`sabt extract FILE`: the suggestions the annotators make for one document."""

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from sabt.cliopts import JsonFlag, console, print_json
from sabt.errors import NotFound
from sabt.extract.annotate import annotate
from sabt.extract.registry import Registry
from sabt.ingest.formats import extract_text
from sabt.ingest.language import detect_language


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
    as_json: JsonFlag = False,
) -> None:
    """Propose mentions, dates, claims and positions held in FILE: suggestions to review."""
    try:
        data = file.read_bytes()
    except OSError as error:
        raise NotFound(f"cannot read {file.name}", remedy="check the path") from error
    text = extract_text(data, file.name).text
    registry = Registry.from_case(case) if case is not None else Registry.builtin()
    result = annotate(text, registry=registry).to_json(detect_language(text))
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


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)
