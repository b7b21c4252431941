"""`sabt serve`: the web application over one case folder."""

from pathlib import Path
from typing import Annotated

import typer

from sabt.cliopts import CaseDir, console
from sabt.store.casefolder import open_case


def serve(
    case: CaseDir = Path("."),
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve the case in the browser."""
    import uvicorn  # the web stack loads only for this command, keeping the CLI quick to start

    from sabt.web.app import create_app

    folder = open_case(case)
    console.print(f"serving {folder.slug} on http://{host}:{port} (sign in at /login)")
    console.print("accounts: `sabt user add NAME --role ROLE`; see docs/web.md", highlight=False)
    uvicorn.run(create_app(folder), host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    app.command()(serve)
