"""The `sabt` command line: a thin shell over the services; each area registers its own commands.

Every command reports a `SabtError` as one clear line on stderr and exits with status 1, so a
script can tell refusal from success without parsing output.
"""

import sys
from collections.abc import Callable
from importlib import import_module

import typer
from rich.console import Console

from sabt.errors import SabtError

app = typer.Typer(
    name="sabt",
    help="sabt: collect, preserve and analyse evidence of mass atrocities.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

# Modules that expose `register(app)`; each adds the commands of one area of sabt.
COMMAND_MODULES = (
    "sabt.cli_groups",
    "sabt.store.commands",
    "sabt.ingest.commands",
    "sabt.ingest.list_commands",
    "sabt.resolve.commands",
    "sabt.web.commands",
    "sabt.demo.commands",
    "sabt.extract.commands",
    "sabt.extract.claims_commands",
    "sabt.estimate.commands",
    "sabt.security.testimony_commands",
    "sabt.security.commands",
    "sabt.security.member_commands",
    "sabt.exchange.commands",
    "sabt.legal.matrix_commands",
    "sabt.legal.commands",
    "sabt.report.commands",
)


def _register_all() -> None:
    for name in COMMAND_MODULES:
        register: Callable[[typer.Typer], None] = import_module(name).register
        register(app)


def main() -> None:
    _register_all()
    try:
        app()
    except SabtError as error:
        Console(stderr=True, soft_wrap=True).print(f"[bold red]error:[/] {error}", highlight=False)
        sys.exit(1)
