"""`sabt report dossier`: the dossier on one suspect, as HTML or PDF.

Writing a dossier needs the policy action `report.dossier`; `--reveal-identities` also needs
`witness.unseal`, the case sealing key and a `--reason`, and every identity shown is unsealed as a
custody event. Without it, protected witnesses appear only under their pseudonyms.
"""

from pathlib import Path
from typing import Annotated

import typer

from sabt.cliopts import CaseDir, console, current_actor
from sabt.errors import BadInput

report_app = typer.Typer(help="Documents built from the case: dossiers.", no_args_is_help=True)


@report_app.command("dossier")
def dossier(
    suspect: Annotated[str, typer.Option("--suspect", help="The suspect's name or entity id.")],
    format_: Annotated[str, typer.Option("--format", help="html or pdf.")] = "html",
    out: Annotated[
        Path | None, typer.Option("--out", dir_okay=False, help="File to write (default: stdout).")
    ] = None,
    reveal_identities: Annotated[
        bool,
        typer.Option(
            "--reveal-identities", help="Show protected witnesses' identities (logged; needs key)."
        ),
    ] = False,
    reason: Annotated[str, typer.Option(help="Why identities are revealed (ledger).")] = "",
    case: CaseDir = Path("."),
) -> None:
    """Write the dossier on a suspect: posts, acts, the matrix, conflicts, sources with proofs."""
    from sabt.report.dossier import Reveal, build_dossier
    from sabt.report.dossier import reveal_identities as reveal
    from sabt.report.render import render_html, render_pdf
    from sabt.security.local import local_actor
    from sabt.security.policy import Resource, audit, require
    from sabt.store.casefolder import open_case

    if format_ not in ("html", "pdf"):
        raise BadInput(f"unknown format {format_!r}", remedy="use --format html or --format pdf")
    if format_ == "pdf" and out is None:
        raise BadInput("a PDF needs a file to go to", remedy="pass --out FILE.pdf")
    if reveal_identities and not reason.strip():
        raise BadInput("revealing identities needs a reason", remedy="pass --reason '…'")
    folder = open_case(case)
    actor = local_actor(folder, current_actor())
    require(folder, actor, "report.dossier", Resource(folder.case_id))
    content = build_dossier(folder, suspect, actor)
    if reveal_identities:
        reveal(folder, content, actor, Reveal(reason.strip()))
    body = render_pdf(content) if format_ == "pdf" else render_html(content).encode("utf-8")
    with folder.session() as session:
        audit(
            session,
            actor=actor.username,
            action="report.dossier",
            resource=f"case:{folder.case_id}/entity:{content['suspect']['id']}",
            case_id=folder.case_id,
            detail={"format": format_, "identities": content["identities"]},
        )
    if out is None:
        typer.echo(body.decode("utf-8"), nl=False)
        return
    out.write_bytes(body)
    console.print(
        f"dossier on {content['suspect']['name']}: {out} ({len(body):,} bytes, "
        f"{len(content['footnotes'])} footnotes, identities {content['identities']})",
        highlight=False,
    )


def register(app: typer.Typer) -> None:
    app.add_typer(report_app, name="report")
