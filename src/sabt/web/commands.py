"""`sabt serve`: the web application over one case folder."""

from pathlib import Path
from typing import Annotated

import typer
import uvicorn

from sabt.cliopts import CaseDir, console, open_case_dir
from sabt.web.app import create_app


def serve(
    case: CaseDir = Path("."),
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve the case in the browser."""
    folder = open_case_dir(case)
    console.print(f"serving {folder.slug} on http://{host}:{port}")
    uvicorn.run(create_app(folder), host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    app.command()(serve)
