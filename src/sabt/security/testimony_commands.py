"""`sabt testimony …`: testimonies of protected witnesses, whose identities stay sealed.

Unsealing asks the policy (action `witness.unseal`) for the person at the command line, as
`sabt.security.local` resolves them: an account's role when `SABT_ACTOR` names one, otherwise the
holder of the case folder and sealing key, who is its owner. Every unseal, rotation and
destruction is written to the custody ledger with its reason. Identifying values given as options
end up in the shell history; docs/witness-protection.md says how to keep them out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sabt.cliopts import CaseDir, JsonFlag, console, current_actor, print_json
from sabt.store.casefolder import open_case

testimony_app = typer.Typer(
    help="Testimonies of protected witnesses (identities sealed).", no_args_is_help=True
)
Reason = Annotated[str, typer.Option("--reason", help="Why; recorded in the custody ledger.")]
PseudonymArg = Annotated[str, typer.Argument(help="The witness's pseudonym, e.g. W-017.")]


@testimony_app.command("add")
def add(
    transcript: Annotated[
        Path, typer.Option("--transcript", exists=True, dir_okay=False, help="Transcript file.")
    ],
    pseudonym: Annotated[str, typer.Option("--pseudonym", help="e.g. W-017.")],
    name: Annotated[str, typer.Option(help="Witness's name (sealed).")] = "",
    phone: Annotated[str, typer.Option(help="Phone number (sealed).")] = "",
    contact: Annotated[str, typer.Option(help="How to reach them (sealed).")] = "",
    location: Annotated[str, typer.Option(help="Exact location (sealed).")] = "",
    interview_date: Annotated[str, typer.Option(help="When the interview took place.")] = "",
    interview_place: Annotated[
        str, typer.Option(help="Coarse place of the interview (a city, a country).")
    ] = "",
    interviewer: Annotated[str, typer.Option(help="Who interviewed the witness.")] = "",
    language: Annotated[str, typer.Option(help="Language of the testimony, e.g. fa.")] = "",
    consent_share: Annotated[
        bool, typer.Option("--consent-share/--no-consent-share", help="May it be shared?")
    ] = False,
    share_with: Annotated[str, typer.Option(help="With whom it may be shared.")] = "",
    consent_court: Annotated[
        bool, typer.Option("--consent-court/--no-consent-court", help="May a court use it?")
    ] = False,
    media: Annotated[
        list[Path] | None,
        typer.Option("--media", exists=True, dir_okay=False, help="Audio or video original."),
    ] = None,
    case: CaseDir = Path("."),
) -> None:
    """Store a testimony under a pseudonym and seal the witness's identifying fields."""
    from sabt.security.witnesses import add_testimony

    folder = open_case(case)
    source = add_testimony(
        folder,
        transcript,
        pseudonym=pseudonym,
        identity={"name": name, "phone": phone, "contact": contact, "location": location},
        actor=current_actor(),
        interview_date=interview_date,
        interview_place=interview_place,
        interviewer=interviewer,
        language=language,
        consent={"share": consent_share, "share_with": share_with, "court_use": consent_court},
        media=media or [],
    )
    console.print(f"testimony {pseudonym} added as source {source.id}", highlight=False)


@testimony_app.command("list")
def list_(case: CaseDir = Path("."), as_json: JsonFlag = False) -> None:
    """List protected witnesses by pseudonym (never opens an identity)."""
    from sabt.security.witnesses import list_testimonies

    rows = [
        {
            "pseudonym": t.pseudonym,
            "source_id": t.source_id,
            "destroyed": t.destroyed,
            "key_version": t.key_version,
        }
        for t in list_testimonies(open_case(case))
    ]
    if as_json:
        print_json(rows)
        return
    for row in rows:
        state = "identity destroyed" if row["destroyed"] else "sealed"
        console.print(f"{row['pseudonym']}\tsource {row['source_id']}\t{state}", highlight=False)


@testimony_app.command("unseal")
def unseal(pseudonym: PseudonymArg, reason: Reason, case: CaseDir = Path(".")) -> None:
    """Show a witness's identity; the unseal and its reason are logged first."""
    from sabt.security.local import local_actor
    from sabt.security.policy import Resource, allowed
    from sabt.security.witnesses import unseal_identity

    folder = open_case(case)
    actor = local_actor(folder, current_actor())
    identity = unseal_identity(
        folder,
        pseudonym,
        actor=actor.username,
        reason=reason,
        allowed=allowed(actor, "witness.unseal", Resource(folder.case_id, "witness", pseudonym)),
    )
    for field, value in sorted(identity.items()):
        typer.echo(f"{field}: {value}")


@testimony_app.command("rotate-key")
def rotate_key(
    new_key_file: Annotated[
        Path,
        typer.Option(
            "--new-key-file", help="The new sealing key file; created (mode 0600) if absent."
        ),
    ],
    case: CaseDir = Path("."),
) -> None:
    """Rewrap every sealed identity under a new sealing key (ciphertexts are untouched)."""
    from sabt.security.keys import SealingKey, SealingKeyInvalid
    from sabt.security.witnesses import rotate_sealing_key

    folder = open_case(case)
    old = SealingKey.from_env(case_dir=folder.path)
    if new_key_file.resolve().is_relative_to(folder.path):
        raise SealingKeyInvalid(
            "the new sealing key file is inside the case folder",
            remedy="keep the key file outside the case folder (and off its backups)",
        )
    if new_key_file.exists():
        new = SealingKey.load(new_key_file)
    else:
        new = SealingKey.generate()
        new.save(new_key_file)
        console.print(f"wrote a new sealing key to {new_key_file}", highlight=False)
    count = rotate_sealing_key(folder, old, new, actor=current_actor())
    console.print(
        f"{count} identities rewrapped under key {new.key_id}; point SABT_SEALING_KEY_FILE at "
        "the new key file, then destroy every copy of the old key",
        highlight=False,
    )


@testimony_app.command("destroy")
def destroy(pseudonym: PseudonymArg, reason: Reason, case: CaseDir = Path(".")) -> None:
    """Make a witness's identity unrecoverable; the testimony stays as evidence."""
    from sabt.security.witnesses import destroy_identity

    destroy_identity(open_case(case), pseudonym, actor=current_actor(), reason=reason)
    console.print(f"the identity of {pseudonym} is destroyed", highlight=False)


def register(app: typer.Typer) -> None:
    app.add_typer(testimony_app, name="testimony")
