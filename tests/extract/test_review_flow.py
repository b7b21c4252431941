"""`sabt review` alone: the interactive flow, driven by typed keys, leaves the rows it says."""

from pathlib import Path

from sqlalchemy import select
from typer.testing import CliRunner

from sabt.cli import _register_all, app
from sabt.extract import review
from sabt.extract.review_flow import _line, in_context
from sabt.ingest.service import Provenance, ingest_file
from sabt.model import Claim, ReviewDecision, Suggestion
from sabt.store.casefolder import CaseFolder

_register_all()

TEXT = (
    "The NCRI says that about 30,000 political prisoners were executed in 1988, while Amnesty "
    "International estimates that at least 5,000 prisoners were executed in 1988. "
    "Farhad Zandi, a guard, refused to comment.\n"
    "به گفته‌ی عفو بین‌الملل دست‌کم ۵۰۰۰ زندانی در سال ۱۳۶۷ اعدام شدند.\n"
)


def _case(case: CaseFolder, tmp_path: Path) -> str:
    document = tmp_path / "report.txt"
    document.write_text(TEXT, encoding="utf-8")
    source = ingest_file(case, document, Provenance("tester"), title="Two figures").source_id
    review.propose(case, str(source), actor="tester")
    return str(case.path)


def test_accept_correct_reject_by_keys(case: CaseFolder, tmp_path: Path) -> None:
    folder = _case(case, tmp_path)
    keys = [
        "a",  # NCRI: about 30,000
        "c", "", "", "4000", "", "", "", "", "", "", "the report's table says 4,000",  # Amnesty
        "r", "", "the same figure as the English sentence",  # Persian: why is asked twice
    ]  # fmt: skip
    result = CliRunner().invoke(
        app,
        ["review", "--case", folder, "--kind", "claim"],
        input="\n".join(keys) + "\n",
        env={"SABT_ACTOR": "reviewer"},
    )
    assert result.exit_code == 0, result.output
    assert "⟦about 30,000⟧" in result.output and "“Two figures” (??)" in result.output
    assert "a rejection needs a reason" in result.output
    assert "1 accept, 1 correct, 1 reject" in result.output
    with case.session() as session:
        claims = session.scalars(select(Claim).order_by(Claim.id)).all()
        assert [(c.attributed_to, c.value_low, c.value_high, c.review_status) for c in claims] == [
            ("NCRI", 30000, 30000, "accepted"),
            ("Amnesty International", 4000, None, "corrected"),
        ]
        decisions = session.scalars(select(ReviewDecision).order_by(ReviewDecision.id)).all()
        assert [(d.decision, d.decided_by) for d in decisions] == [
            ("accept", "reviewer"), ("correct", "reviewer"), ("reject", "reviewer"),
        ]  # fmt: skip
        assert decisions[1].correction == {"low": 4000.0}
        assert decisions[2].reason == "the same figure as the English sentence"


def test_skip_quit_and_bad_keys_store_nothing(case: CaseFolder, tmp_path: Path) -> None:
    folder = _case(case, tmp_path)
    result = CliRunner().invoke(
        app, ["review", "--case", folder, "--kind", "mention"], input="x\ns\nq\n"
    )
    assert result.exit_code == 0, result.output
    assert "unknown key 'x'" in result.output and "1 skip" in result.output
    with case.session() as session:
        assert session.scalars(select(ReviewDecision)).all() == []
        statuses = set(session.scalars(select(Suggestion.status)))
        assert statuses == {"pending"}


def test_a_refused_correction_is_said_and_asked_again(case: CaseFolder, tmp_path: Path) -> None:
    folder = _case(case, tmp_path)
    keys = ["c", "", "", "", "", "", "", "", "summer 88", "", "", "q"]
    result = CliRunner().invoke(
        app, ["review", "--case", folder, "--kind", "claim"], input="\n".join(keys) + "\n"
    )
    assert result.exit_code == 0, result.output
    assert "not stored: earliest must be a date" in result.output
    assert result.output.count("[1/3] claim") == 2  # shown again after the refusal
    with case.session() as session:
        assert session.scalars(select(Claim)).all() == []


def test_persian_context_and_visual_order() -> None:
    start = TEXT.index("دست‌کم")
    shown = in_context(TEXT, start, start + len("دست‌کم ۵۰۰۰"), width=10)
    assert shown.startswith("…") and "⟦دست‌کم ۵۰۰۰⟧" in shown
    line = "عفو بین‌الملل"
    assert _line(line, visual=False) == line
    assert _line(line, visual=True) == "".join(reversed(line))
    assert _line("Amnesty International", visual=True) == "Amnesty International"
