"""Build the demo case: sample documents written by the project, graded, plus optional corpus files.

The demo is how a newcomer sees all of sabt at once, so each capability adds its part here.
"""

import shutil
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from sabt.demo.analysis import DemoAnalysis, analyse_demo_lists
from sabt.demo.chain import add_demo_chain
from sabt.demo.events import add_demo_findings
from sabt.demo.matrix import add_demo_matrix
from sabt.demo.testimony import add_demo_testimony
from sabt.errors import Conflict
from sabt.ingest.grading import evaluate_source
from sabt.ingest.service import IngestSummary, Provenance, ingest_file, ingest_paths
from sabt.model import Role, User
from sabt.security.passwords import hash_password, new_password
from sabt.store.casefolder import CASE_FILE, CaseFolder, init_case

DEMO_TITLE = "Demo: Iran 1988 prison killings and November 2019 protests (sample documents)"
DEMO_ACTOR = "demo-builder"
CORPUS_NOTE = (
    "corpus article (2021 web publication); most such pieces are published by or for one party "
    "(PMOI/NCRI) — grade it after checking its publisher"
)


@dataclass(frozen=True)
class DemoCase:
    case: CaseFolder
    username: str
    password: str
    documents: int
    corpus: IngestSummary | None
    analysis: DemoAnalysis
    sealing_key: Path


def _manifest() -> list[dict[str, Any]]:
    text = (resources.files("sabt.demo") / "documents" / "manifest.yaml").read_text("utf-8")
    documents: list[dict[str, Any]] = yaml.safe_load(text)["documents"]
    return documents


def _prepare(folder: Path, force: bool) -> None:
    if not folder.exists():
        return
    if force and (folder / CASE_FILE).exists():
        shutil.rmtree(folder)
    elif any(folder.iterdir()):
        raise Conflict(
            f"{folder} exists and is not empty",
            remedy="choose a new folder, or pass --force to rebuild an earlier demo case",
        )


def _ingest_documents(case: CaseFolder) -> int:
    folder = resources.files("sabt.demo") / "documents"
    for entry in _manifest():
        with resources.as_file(folder / entry["file"]) as path:
            outcome = ingest_file(
                case, path, Provenance(DEMO_ACTOR, entry["origin"]), title=entry["title"]
            )
        assert outcome.source_id is not None
        evaluate_source(
            case,
            str(outcome.source_id),
            actor=DEMO_ACTOR,
            reliability=entry["reliability"],
            credibility=int(entry["credibility"]),
            note=entry.get("note", ""),
            affiliation=entry.get("affiliation", ""),
        )
    return len(_manifest())


def _ingest_corpus(case: CaseFolder, corpus: Path) -> IngestSummary:
    summary = ingest_paths(case, [corpus], Provenance(DEMO_ACTOR, f"corpus: {corpus.name}"))
    for outcome in summary.outcomes:
        if outcome.source_id is not None:
            evaluate_source(case, str(outcome.source_id), actor=DEMO_ACTOR, affiliation=CORPUS_NOTE)
    return summary


def _demo_user(case: CaseFolder) -> tuple[str, str]:
    password = new_password()
    with case.session() as session:
        user = User(
            username="demo", display_name="Demo analyst", password_hash=hash_password(password)
        )
        session.add(user)
        session.flush()
        session.add(Role(case_id=case.case_id, user_id=user.id, role="owner"))
    return "demo", password


def build_demo(folder: Path, *, corpus: Path | None = None, force: bool = False) -> DemoCase:
    _prepare(folder, force)
    case = init_case(folder, title=DEMO_TITLE)
    documents = _ingest_documents(case)
    corpus_summary = _ingest_corpus(case, corpus) if corpus else None
    add_demo_findings(case, DEMO_ACTOR)
    add_demo_chain(case, DEMO_ACTOR)
    analysis = analyse_demo_lists(case, DEMO_ACTOR)
    sealing_key = add_demo_testimony(case, DEMO_ACTOR)
    add_demo_matrix(case, DEMO_ACTOR)
    username, password = _demo_user(case)
    case.checkpoint()
    return DemoCase(case, username, password, documents, corpus_summary, analysis, sealing_key)
