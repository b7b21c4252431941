"""Linkage inside a case: clusters become Victims, judgements override and survive re-links."""

from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import func, select

from sabt.errors import BadInput, NotFound
from sabt.estimate.histories import from_clusters
from sabt.ingest.victim_lists import import_list
from sabt.model import Entity, ListRecord
from sabt.model import Judgement as JudgementRow
from sabt.resolve.case_linkage import (
    clusters_frame,
    judge,
    link_case,
    pairs_to_review,
    run_summary,
    stored_pairs,
)
from sabt.store.casefolder import CaseFolder

# Names only: the model cannot be sure these are the Ali Rezaei and Fatemeh Ahmadi of the others.
BARE = "id,given_name,family_name\nx1,Ali,Rezaee\nx2,Fatemeh,Ahmady\n"


@pytest.fixture
def linked_case(case: CaseFolder, lists: dict[str, Path], tmp_path: Path) -> CaseFolder:
    (tmp_path / "bare.csv").write_text(BARE, encoding="utf-8")
    for name, path in {**lists, "bare": tmp_path / "bare.csv"}.items():
        import_list(case, path, name=name, actor="tester")
    return case


def _ids(case: CaseFolder) -> dict[str, int]:
    """Record key (a1, h1, p1…) → ListRecord id."""
    with case.session() as session:
        rows = session.execute(select(ListRecord.record_key, ListRecord.id)).all()
    return {key: rid for key, rid in rows}


def _victims(case: CaseFolder) -> dict[str, int | None]:
    with case.session() as session:
        rows = session.execute(select(ListRecord.record_key, ListRecord.victim_id)).all()
    return {key: vid for key, vid in rows}


def _count(case: CaseFolder, model: type[Entity] | type[JudgementRow]) -> int:
    with case.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_clusters_become_victims_with_names_in_both_scripts(linked_case: CaseFolder) -> None:
    report = link_case(linked_case, actor="tester")
    victim = _victims(linked_case)
    assert report.records == 12 and None not in victim.values()
    assert victim["a1"] == victim["h1"] == victim["p1"]  # swapped, Hasan/Hassan, Persian twin
    assert victim["a1"] != victim["a2"]  # two different Mohammad Hosseini
    assert report.victims == len(set(victim.values())) == _count(linked_case, Entity)
    with linked_case.session() as session:
        person = session.get_one(Entity, victim["p1"])
        scripts = {n.script for n in person.names}
        spellings = {n.name for n in person.names}
        assert person.type == "person"
    assert scripts == {"Arab", "Latn"}
    assert {"محمد حسینی", "Mohammad Hosseini"} <= spellings
    assert run_summary(linked_case)["victims"] == report.victims
    assert (stored_pairs(linked_case).left_id < stored_pairs(linked_case).right_id).all()


def test_relinking_is_idempotent(linked_case: CaseFolder) -> None:
    link_case(linked_case, actor="tester")
    before, entities = _victims(linked_case), _count(linked_case, Entity)
    again = link_case(linked_case, actor="tester")
    assert _victims(linked_case) == before
    assert again.victims_created == again.victims_removed == 0
    assert _count(linked_case, Entity) == entities


def test_judgements_override_and_the_latest_counts(linked_case: CaseFolder) -> None:
    link_case(linked_case, actor="tester")
    ids = _ids(linked_case)
    judge(linked_case, ids["h1"], ids["a1"], "different", "father differs in the archive", "ana")
    judge(linked_case, ids["p1"], ids["h1"], "different", "same reason", "ana")
    link_case(linked_case, actor="tester")
    victim = _victims(linked_case)
    assert victim["a1"] != victim["h1"] and victim["p1"] != victim["h1"]
    # A later decision supersedes the earlier one; both stay on record.
    judge(linked_case, ids["a1"], ids["h1"], "same", "family confirmed", "bo")
    judge(linked_case, ids["p1"], ids["h1"], "same", "family confirmed", "bo")
    report = link_case(linked_case, actor="tester")
    assert _victims(linked_case)["a1"] == _victims(linked_case)["h1"]
    assert report.judgements_applied == 2
    assert _count(linked_case, JudgementRow) == 4
    with linked_case.session() as session:
        rows = list(session.scalars(select(JudgementRow).order_by(JudgementRow.id)))
    assert [r.decided_by for r in rows] == ["ana", "ana", "bo", "bo"]
    assert rows[0].left_id < rows[0].right_id and rows[0].model_probability is not None


def test_review_queue_is_most_uncertain_first_and_skips_judged(linked_case: CaseFolder) -> None:
    link_case(linked_case, actor="tester")
    queue = pairs_to_review(linked_case, limit=50)
    distances = [abs(p.probability - 0.5) for p in queue]
    assert queue and distances == sorted(distances)
    assert all(0.05 <= p.probability <= 0.95 for p in queue)
    first = queue[0]
    assert first.left.raw and first.left.id < first.right.id
    judge(linked_case, first.left.id, first.right.id, "unsure", "cannot tell", "ana")
    assert (first.left.id, first.right.id) not in {
        (p.left.id, p.right.id) for p in pairs_to_review(linked_case, limit=50)
    }


def test_bad_judgements_are_refused_and_nothing_is_stored(linked_case: CaseFolder) -> None:
    link_case(linked_case, actor="tester")
    ids = _ids(linked_case)
    with pytest.raises(BadInput, match="unknown verdict"):
        judge(linked_case, ids["a1"], ids["h1"], "maybe", "", "ana")
    with pytest.raises(BadInput, match="itself"):
        judge(linked_case, ids["a1"], ids["a1"], "same", "", "ana")
    with pytest.raises(NotFound, match="no list record"):
        judge(linked_case, ids["a1"], 99_999, "same", "", "ana")
    assert _count(linked_case, JudgementRow) == 0


def test_clusters_export_needs_a_link_and_covers_every_record(linked_case: CaseFolder) -> None:
    with pytest.raises(BadInput, match="not linked yet"):
        clusters_frame(linked_case)
    with pytest.raises(NotFound, match="not linked yet"):
        pairs_to_review(linked_case)
    link_case(linked_case, actor="tester")
    frame = clusters_frame(linked_case)
    assert list(frame.columns) == ["list", "record_id", "cluster_id"]
    assert len(frame) == 12 and frame.cluster_id.str.startswith("v").all()


def test_an_empty_case_is_refused(case: CaseFolder) -> None:
    with pytest.raises(NotFound, match="no list records"):
        link_case(case, actor="tester")


def test_cli_link_review_by_keys_and_clusters_for_estimate(
    linked_case: CaseFolder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from sabt.cli import _register_all, app

    _register_all()
    monkeypatch.setenv("SABT_ACTOR", "reviewer")
    where = ["--case", str(linked_case.path)]
    runner = CliRunner()
    linked = runner.invoke(app, ["lists", "link", *where, "--json"])
    assert linked.exit_code == 0, linked.output
    assert '"victims"' in linked.output
    # A bad key is asked again, an empty reason is asked again, skip, decide one, then quit.
    keys = "x\nk\nd\n\nnot the same father\nq\n"
    reviewed = runner.invoke(app, ["lists", "review", *where], input=keys)
    assert reviewed.exit_code == 0, reviewed.output
    assert "1 judgements recorded" in reviewed.output
    assert "Rezaee" in reviewed.output or "Ahmady" in reviewed.output
    with linked_case.session() as session:
        row = session.scalars(select(JudgementRow)).one()
    assert (row.verdict, row.decided_by, row.reason) == (
        "different",
        "reviewer",
        "not the same father",
    )
    out = tmp_path / "clusters.csv"
    written = runner.invoke(app, ["lists", "clusters", *where, "--out", str(out)])
    assert written.exit_code == 0, written.output
    # What `sabt estimate --clusters` reads: one capture history per victim, four lists.
    histories = from_clusters(pd.read_csv(out, dtype=str))
    assert histories.observed == len(set(_victims(linked_case).values()))
    assert len(histories.lists) == 4
