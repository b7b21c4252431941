"""`sabt lists import`: bring a victim list into the case, row by row, nothing dropped."""

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from sabt.cliopts import CaseDir, JsonFlag, console, current_actor, print_json
from sabt.errors import BadInput
from sabt.resolve.case_commands import add_commands
from sabt.store.casefolder import open_case

lists = typer.Typer(
    help="Victim lists: import them, link them into victims, review the links.",
    no_args_is_help=True,
)


def _overrides(pairs: list[str]) -> dict[str, str]:
    mapping = {}
    for pair in pairs:
        column, sep, target = pair.partition("=")
        if not sep:
            raise BadInput(f"bad --map {pair!r}", remedy="write COLUMN=field")
        mapping[column.strip()] = target.strip()
    return mapping


@lists.command("import")
def import_(
    file: Annotated[Path, typer.Argument(help="The list: CSV, XLSX or ODS.")],
    name: Annotated[str, typer.Option(help="A short name for this list.")],
    case: CaseDir = Path("."),
    map_: Annotated[
        list[str] | None, typer.Option("--map", help="COLUMN=field, to correct the guess.")
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """Import a list: the file is kept as a source, each row verbatim beside its parsed fields."""
    from sabt.ingest.victim_lists import import_list  # pandas loads only for this command

    if not file.is_file():
        raise BadInput(f"no such file: {file}", remedy="check the path")
    report = import_list(
        open_case(case),
        file,
        name=name,
        actor=current_actor(),
        overrides=_overrides(map_ or []),
    )
    if as_json:
        print_json(
            {
                "list": report.list_name,
                "source_id": report.source_id,
                "mapping": report.mapping,
                "rows": report.rows,
                "problems": [{"row": n, "problem": p} for n, p in report.problems],
            }
        )
        return
    guessed = Table("column", "read as", title=f"list {report.list_name!r}: columns")
    for column, target in report.mapping.items():
        guessed.add_row(escape(column), target)
    console.print(guessed)
    for number, problem in report.problems:
        console.print(f"row {number}: {escape(problem)}", highlight=False)
    console.print(
        f"{report.rows} rows imported from source {report.source_id}; "
        f"{len({n for n, _ in report.problems})} with problems, kept and marked"
    )


add_commands(lists)


def register(app: typer.Typer) -> None:
    app.add_typer(lists, name="lists")
