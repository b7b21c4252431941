"""`sabt matrix …` and `sabt report dossier` through the real entry point: contracts, refusals,
and a canary scan of every byte of the case folder after a full run with a reveal.
"""

import io
import json
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import func, select
from tests.conftest import Sabt
from tests.legal.seeded_case import CANARY_NAME, CANARY_PHONE, PSEUDONYM, seed

from sabt.model.legal import EvidenceLink
from sabt.security import accounts
from sabt.security.keys import SealingKey
from sabt.store.casefolder import CaseFolder


def test_link_show_dossier_and_reveal_from_the_command_line(
    sqlite_case: CaseFolder,
    tmp_path: Path,
    sealing_key: SealingKey,
    sabt: Sabt,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case = sqlite_case
    seeded = seed(case, tmp_path, sealing_key)
    monkeypatch.setenv("SABT_CASE", str(case.path))
    status, out, err = sabt(
        "matrix", "link", "--suspect", "سرهنگ وارناک", "--crime", "cah.murder",
        "--element", "cah.murder.killed", "--testimony", PSEUDONYM, "--note", "saw him", "--json",
    )  # fmt: skip
    assert status == 0, err
    assert json.loads(out)["evidence"] == f"testimony:{seeded.testimony}"
    status, out, _ = sabt("matrix", "show", "--suspect", "Colonel Varnak", "--json")
    assert status == 0 and json.loads(out)["links"] == 1
    status, _, err = sabt("matrix", "link", "--suspect", "Colonel Varnak", "--crime", "cah.murder",
                          "--element", "cah.murder.killed", "--note", "x")  # fmt: skip
    assert status == 1 and "exactly one piece of evidence" in err

    pdf_path = tmp_path / "out" / "dossier.pdf"
    pdf_path.parent.mkdir()
    status, out, err = sabt("report", "dossier", "--suspect", "Colonel Varnak", "--format", "pdf",
                            "--out", str(pdf_path))  # fmt: skip
    assert status == 0, err
    text = "\n".join(
        p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf_path.read_bytes())).pages
    )
    assert PSEUDONYM in text and CANARY_NAME not in text
    assert sabt("report", "dossier", "--suspect", "Colonel Varnak", "--format", "pdf")[0] == 1
    status, _, err = sabt("report", "dossier", "--suspect", "Colonel Varnak", "--reveal-identities")
    assert status == 1 and "needs a reason" in err

    status, html, err = sabt("report", "dossier", "--suspect", "Colonel Varnak",
                             "--reveal-identities", "--reason", "court filing 7")  # fmt: skip
    assert status == 0, err
    assert CANARY_NAME in html  # the folder holder is the owner, and the key is at hand
    case.close()
    for path in case.path.rglob("*"):  # the reveal left the name in the output only
        if path.is_file():
            data = path.read_bytes()
            assert CANARY_NAME.encode() not in data and CANARY_PHONE.encode() not in data, path


def test_a_viewer_may_read_the_matrix_but_not_link_or_write_a_dossier(
    sqlite_case: CaseFolder,
    tmp_path: Path,
    sealing_key: SealingKey,
    sabt: Sabt,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case = sqlite_case
    seeded = seed(case, tmp_path, sealing_key)
    with case.session() as session:
        accounts.create_user(session, "viewer-1", role="viewer", case_id=case.case_id)
    monkeypatch.setenv("SABT_CASE", str(case.path))
    monkeypatch.setenv("SABT_ACTOR", "viewer-1")
    status, _, err = sabt("matrix", "link", "--suspect", "Colonel Varnak", "--crime", "cah.murder",
                          "--element", "cah.murder.killed", "--violation", str(seeded.violation),
                          "--note", "x")  # fmt: skip
    assert status == 1 and "does not allow matrix.link" in err
    assert sabt("matrix", "show", "--suspect", "Colonel Varnak")[0] == 0
    status, _, err = sabt("report", "dossier", "--suspect", "Colonel Varnak")
    assert status == 1 and "does not allow report.dossier" in err
    with case.session() as session:
        assert session.scalar(select(func.count()).select_from(EvidenceLink)) == 0
