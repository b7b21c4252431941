"""The dossier, rendered for real: HTML and PDF (read back with pypdf) carry footnotes, hashes,
verifiable ledger proofs and both sides of a conflict, and never a witness's sealed name unless
an allowed reader asks for it with a reason, which the ledger then records.
"""

import io
import json
import re
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import select
from tests.legal.seeded_case import CANARY_NAME, CANARY_PHONE, PSEUDONYM, Seeded

from sabt.errors import Forbidden
from sabt.legal.matrix import LinkRequest, link_evidence
from sabt.model import CustodyEvent, Source
from sabt.report.dossier import Reveal, build_dossier, reveal_identities
from sabt.report.render import render_html, render_pdf
from sabt.security.keys import SealingKey
from sabt.security.policy import Actor
from sabt.store import merkle
from sabt.store.casefolder import CaseFolder

OWNER = Actor("owner-1", 1, {})
ANALYST = Actor("analyst-1", 2, {})


def _linked(case: CaseFolder, seeded: Seeded) -> None:
    for element, kind, ref in [
        ("cah.murder.killed", "violation", seeded.violation),
        ("cah.murder.killed", "testimony", PSEUDONYM),
        ("cah.context.attack", "claim", seeded.claims[1]),
    ]:
        request = LinkRequest("Colonel Varnak", "cah.murder", element, kind, str(ref), "shows it")
        link_evidence(case, request, actor="analyst-1")


def _pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def _roles(case: CaseFolder) -> tuple[Actor, Actor]:
    return (
        Actor(OWNER.username, OWNER.user_id, {case.case_id: "owner"}),
        Actor(ANALYST.username, ANALYST.user_id, {case.case_id: "analyst"}),
    )


def test_html_and_pdf_carry_footnotes_hashes_proofs_and_both_sides(
    sqlite_case: CaseFolder, tmp_path: Path, sealing_key: SealingKey
) -> None:
    from tests.legal.seeded_case import seed

    case = sqlite_case
    seeded = seed(case, tmp_path, sealing_key)
    _linked(case, seeded)
    owner, _ = _roles(case)
    dossier = build_dossier(case, "Colonel Varnak", owner)
    html = render_html(dossier)
    text = _pdf_text(render_pdf(dossier))
    flat = re.sub(r"\s+", "", text)
    with case.session() as session:
        hashes = [session.get(Source, i).blob_sha256 for i in seeded.sources[:2]]  # type: ignore[union-attr]
    latest = json.loads((case.path / "ledger" / "checkpoints.jsonl").read_text().splitlines()[-1])
    for rendered in (html, flat):
        assert all(h in rendered for h in hashes)  # sources' SHA-256
        assert latest["root"] in rendered  # the signed checkpoint's root
    for rendered in (html, text):
        assert "Positions held" in rendered and "Chair" in rendered
        assert "Executions at Camp Nine" in rendered
        assert "800" in rendered and "9,000" in rendered  # the conflict, both sides
        assert "about 800 were executed" in rendered and "some 9,000 were executed" in rendered
        assert PSEUDONYM in rendered
        assert CANARY_NAME not in rendered and CANARY_PHONE not in rendered
        assert "no evidence linked" in rendered.lower()  # a gap
    assert re.search(r"Chair\s*\[\d+\]", text)  # a statement with its footnote mark
    assert len(dossier["footnotes"]) >= 4
    assert (
        dossier["conflicts"][0]["sides"][0]["value"] != dossier["conflicts"][0]["sides"][1]["value"]
    )
    for source in dossier["sources"]:  # every printed proof verifies against the printed root
        proof = source["proof"]
        assert proof is not None and proof["root"] == latest["root"]
        merkle.verify_inclusion(
            proof["leaf_index"],
            proof["tree_size"],
            bytes.fromhex(proof["leaf_hash"]),
            [bytes.fromhex(node) for node in proof["audit_path"]],
            bytes.fromhex(proof["root"]),
        )
    assert "وارناک" in html


def test_identities_are_revealed_only_to_an_allowed_reader_with_a_reason_and_logged(
    case: CaseFolder, seeded: Seeded, sealing_key: SealingKey
) -> None:
    _linked(case, seeded)
    owner, analyst = _roles(case)
    refused = build_dossier(case, "Colonel Varnak", analyst)
    with pytest.raises(Forbidden):
        reveal_identities(case, refused, analyst, Reveal("court filing"))
    assert CANARY_NAME not in render_html(refused)
    revealed = build_dossier(case, "Colonel Varnak", owner)
    reveal_identities(case, revealed, owner, Reveal("court filing", sealing_key))
    html = render_html(revealed)
    assert CANARY_NAME in html and revealed["identities"] == "revealed"
    with case.session() as session:
        events = session.scalars(
            select(CustodyEvent)
            .where(CustodyEvent.object_id == PSEUDONYM)
            .order_by(CustodyEvent.seq)
        ).all()
    actions = [(e.action, e.actor) for e in events]
    assert ("identity-unseal-refused", "analyst-1") in actions
    assert ("identity-unsealed", "owner-1") in actions
    assert "court filing" in events[-1].entry and CANARY_NAME not in events[-1].entry
