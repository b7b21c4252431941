"""`sabt review`: suggestions stored for an ingested source, decisions appended, no repeats."""

import json
from pathlib import Path

from typer.testing import CliRunner

from sabt.cli import _register_all, app
from sabt.store.casefolder import init_case

_register_all()

TEXT = (
    "The NCRI says that about 30,000 political prisoners were executed, while Amnesty "
    "International estimates that at least 5,000 prisoners were executed.\n"
)


def _run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_propose_list_decide_and_no_repeats(tmp_path: Path) -> None:
    case = tmp_path / "case"
    init_case(case, title="Review test").close()
    document = tmp_path / "report.txt"
    document.write_text(TEXT, encoding="utf-8")
    _run("ingest", str(document), "--case", str(case))
    assert "new suggestions" in _run("review", "propose", "1", "--case", str(case))
    queue = json.loads(_run("review", "list", "--case", str(case), "--json"))
    claims = [item for item in queue if item["kind"] == "claim"]
    assert [c["payload"]["attributed_to"] for c in claims] == ["NCRI", "Amnesty International"]
    first, second = claims
    assert TEXT[first["start"] : first["end"]] == "about 30,000"

    _run("review", "decide", str(first["id"]), "accept", "--case", str(case))
    _run("review", "decide", str(second["id"]), "reject", "--case", str(case), "--reason", "x")
    again = CliRunner().invoke(
        app, ["review", "decide", str(first["id"]), "reject", "--case", str(case)]
    )
    assert again.exit_code != 0

    assert "0 new suggestions" in _run("review", "propose", "1", "--case", str(case))
    left = json.loads(_run("review", "list", "--case", str(case), "--json"))
    assert {item["id"] for item in left} == {item["id"] for item in queue} - {
        first["id"],
        second["id"],
    }
    rejected = json.loads(
        _run("review", "list", "--case", str(case), "--status", "rejected", "--json")
    )
    assert [item["id"] for item in rejected] == [second["id"]]
