"""`sabt matrix …`: link evidence to the elements of crimes for a suspect, and read the matrix.

Linking and withdrawing are decided by the policy (action `matrix.link`: analysts, investigators
and owners), reading by `matrix.read`; an account's role applies when `SABT_ACTOR` names one.
"""

from pathlib import Path
from typing import Annotated

import typer

from sabt.cliopts import CaseDir, JsonFlag, console, current_actor, print_json
from sabt.errors import BadInput
from sabt.store.casefolder import CaseFolder, open_case

matrix_app = typer.Typer(
    help="The case matrix: evidence linked to the elements of crimes, per suspect.",
    no_args_is_help=True,
)
Suspect = Annotated[str, typer.Option("--suspect", help="The suspect's name (any script) or id.")]
EvidenceId = Annotated[str | None, typer.Option(help="Id of the evidence of this kind.")]


def _allow(folder: CaseFolder, action: str) -> str:
    from sabt.security.local import local_actor
    from sabt.security.policy import Resource, require

    actor = local_actor(folder, current_actor())
    require(folder, actor, action, Resource(folder.case_id))
    return actor.username


@matrix_app.command("link")
def link(
    suspect: Suspect,
    crime: Annotated[str, typer.Option(help="Crime code, e.g. cah.murder.")],
    element: Annotated[str, typer.Option(help="Element code, e.g. cah.murder.killed.")],
    note: Annotated[str, typer.Option(help="What the evidence shows for this element.")],
    mode: Annotated[str, typer.Option(help="Mode of liability, e.g. art25_3_a.")] = "",
    claim: EvidenceId = None,
    violation: EvidenceId = None,
    source: EvidenceId = None,
    testimony: Annotated[
        str | None, typer.Option(help="Testimony source id or pseudonym (W-017).")
    ] = None,
    occupancy: EvidenceId = None,
    case: CaseDir = Path("."),
    as_json: JsonFlag = False,
) -> None:
    """Link one piece of evidence to an element of a crime for a suspect."""
    from sabt.legal.matrix import LinkRequest, link_evidence

    given = {
        kind: ref
        for kind, ref in [
            ("claim", claim),
            ("violation", violation),
            ("source", source),
            ("testimony", testimony),
            ("occupancy", occupancy),
        ]
        if ref is not None
    }
    if len(given) != 1:
        raise BadInput(
            "name exactly one piece of evidence",
            remedy="one of --claim, --violation, --source, --testimony, --occupancy",
        )
    [(kind, ref)] = given.items()
    folder = open_case(case)
    actor = _allow(folder, "matrix.link")
    request = LinkRequest(suspect, crime, element, kind, ref, note, mode)
    made = link_evidence(folder, request, actor=actor)
    if as_json:
        print_json({"link_id": made.id, "suspect_id": made.suspect_id, "crime": made.crime,
                    "element": made.element, "mode": made.mode,
                    "evidence": f"{made.evidence_type}:{made.evidence_id}"})  # fmt: skip
        return
    console.print(
        f"link {made.id}: {made.evidence_type} {made.evidence_id} → {made.crime} / {made.element}",
        highlight=False,
    )


@matrix_app.command("withdraw")
def withdraw(
    link_id: Annotated[int, typer.Argument(help="The link to withdraw.")],
    reason: Annotated[str, typer.Option(help="Why; kept with the link and in the ledger.")],
    case: CaseDir = Path("."),
) -> None:
    """Withdraw a link; it stays on record, marked withdrawn, with the reason."""
    from sabt.legal.matrix import withdraw_link

    folder = open_case(case)
    withdraw_link(folder, link_id, actor=_allow(folder, "matrix.link"), reason=reason)
    console.print(f"link {link_id} withdrawn", highlight=False)


@matrix_app.command("show")
def show(suspect: Suspect, case: CaseDir = Path("."), as_json: JsonFlag = False) -> None:
    """The matrix for a suspect: gaps first, then crime → element → evidence."""
    from sabt.legal.matrix import find_suspect
    from sabt.legal.matrix_view import suspect_matrix

    folder = open_case(case)
    _allow(folder, "matrix.read")
    with folder.session() as session:
        matrix = suspect_matrix(
            session, folder.case_id, find_suspect(session, folder.case_id, suspect)
        )
    if as_json:
        print_json(matrix)
        return
    console.print(f"[bold]{matrix['suspect']['name']}[/] — {matrix['links']} links")
    console.print("[bold]Gaps[/]" if matrix["gaps"] else "No gaps.")
    for gap in matrix["gaps"]:
        console.print(f"  {gap['element']}: {'; '.join(gap['reasons'])}", highlight=False)
    for crime in matrix["crimes"]:
        console.print(f"[bold]{crime['label']}[/] ({crime['article']})")
        for section in crime["sections"]:
            if section["kind"] == "mode":
                console.print(f"  mode: {section['label']} ({section['article']})")
            for row in section["elements"]:
                console.print(
                    f"  {row['code']}: {len(row['evidence'])} linked, "
                    f"{row['corroboration']} independent origin(s)",
                    highlight=False,
                )
                for item in row["evidence"]:
                    grades = ", ".join(f"{s['grade']} #{s['id']}" for s in item["sources"])
                    console.print(
                        f"    [{item['link_id']}] {item['type']} {item['id']}: {item['label']}"
                        f" — {item['note']} ({grades or 'no source'})",
                        highlight=False,
                    )


def register(app: typer.Typer) -> None:
    app.add_typer(matrix_app, name="matrix")
