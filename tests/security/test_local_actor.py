"""The person at the command line, in the policy's terms: folder holder or a named account."""

from pathlib import Path

import pytest
from sqlalchemy import select
from tests.conftest import Sabt

from sabt.model import CustodyEvent
from sabt.security.accounts import create_user, disable_user
from sabt.security.keys import KEY_FILE_ENV, SealingKey
from sabt.security.local import local_actor
from sabt.security.policy import Resource, allowed
from sabt.store.casefolder import CaseFolder, init_case


def test_an_unknown_name_holds_the_folder_and_an_account_keeps_its_role(
    case: CaseFolder,
) -> None:
    with case.session() as session:
        create_user(session, "ana", role="analyst", case_id=case.case_id)
        create_user(session, "ivy", role="investigator", case_id=case.case_id)
        create_user(session, "gone", role="owner", case_id=case.case_id)
        create_user(session, "stranger", role=None, case_id=None)
        disable_user(session, "gone")
    witness = Resource(case.case_id, "witness", "W-001")
    may_unseal = {
        name: allowed(local_actor(case, name), "witness.unseal", witness)
        for name in ("cli:someone", "ana", "ivy", "gone", "stranger")
    }
    assert may_unseal == {
        "cli:someone": True,
        "ana": False,
        "ivy": True,
        "gone": False,
        "stranger": False,
    }


def test_an_analyst_account_cannot_unseal_from_the_shell(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sabt: Sabt
) -> None:
    key_file = tmp_path / "elsewhere" / "sealing.key"
    SealingKey.generate().save(key_file)
    monkeypatch.setenv(KEY_FILE_ENV, str(key_file))
    monkeypatch.delenv("SABT_DATABASE_URL", raising=False)
    folder = init_case(tmp_path / "case")
    with folder.session() as session:
        create_user(session, "ana", role="analyst", case_id=folder.case_id)
    transcript = tmp_path / "t.txt"
    transcript.write_text("We were taken to the hall in groups.", "utf-8")

    def as_actor(actor: str, *args: str) -> tuple[int, str, str]:
        monkeypatch.setenv("SABT_ACTOR", actor)
        return sabt(*args, "--case", str(folder.path))

    add = ("testimony", "add", "--transcript", str(transcript), "--pseudonym", "W-001")
    assert as_actor("keeper", *add, "--name", "Sealed Person")[0] == 0
    status, out, err = as_actor("ana", "testimony", "unseal", "W-001", "--reason", "curious")
    assert status == 1
    assert "may not unseal" in err and "Sealed Person" not in out + err
    status, out, _ = as_actor("keeper", "testimony", "unseal", "W-001", "--reason", "protection")
    assert status == 0
    assert "Sealed Person" in out
    with folder.session() as session:
        trail = session.execute(
            select(CustodyEvent.actor, CustodyEvent.action)
            .where(CustodyEvent.action.like("identity-unseal%"))
            .order_by(CustodyEvent.seq)
        ).all()
    assert trail == [("ana", "identity-unseal-refused"), ("keeper", "identity-unsealed")]
