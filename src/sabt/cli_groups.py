"""Command groups that several areas add to: `sabt export …` and `sabt import …`.

The case file, FollowTheMoney and bundle modules each add their own subcommands to these groups
in their `register(app)`, so no area has to know the others' formats.
"""

import typer

export_app = typer.Typer(
    help="Write the case's evidence out for other tools and mechanisms.", no_args_is_help=True
)
import_app = typer.Typer(
    help="Bring evidence from other tools and mechanisms into the case.", no_args_is_help=True
)


def register(app: typer.Typer) -> None:
    app.add_typer(export_app, name="export")
    app.add_typer(import_app, name="import")
