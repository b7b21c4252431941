"""`sabt extract FILE --json`: the JSON contract other tools rely on, and one-line refusals."""

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from sabt.cli import _register_all, app

_register_all()

PARAGRAPH = (
    "The NCRI says that about 30,000 political prisoners were executed in the summer of 1988, "
    "while Amnesty International, which has documented the killings, estimates that at least "
    "5,000 prisoners were executed.\n"
)


def test_json_contract(tmp_path: Path) -> None:
    source = tmp_path / "report.txt"
    source.write_text(PARAGRAPH, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(source), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert list(data) == ["language", "mentions", "dates", "claims", "occupancies"]
    assert data["language"] == "en"
    for mention in data["mentions"]:
        assert list(mention) == ["entity", "name", "type", "text", "start", "end"]
        assert PARAGRAPH[mention["start"] : mention["end"]] == mention["text"]
    assert {m["entity"] for m in data["mentions"]} >= {"ncri", "amnesty"}
    for claim in data["claims"]:
        assert list(claim) == [
            "property", "value", "low", "high", "qualifier", "about", "attributed_to",
            "excerpt", "start", "end",
        ]  # fmt: skip
    for date in data["dates"]:
        assert list(date) == ["text", "start", "end", "earliest", "latest", "precision", "calendar"]


def test_missing_file_is_one_line_error(tmp_path: Path) -> None:
    code = "import sys; from sabt.cli import main; sys.argv = ['sabt', *sys.argv[1:]]; main()"
    missing = str(tmp_path / "absent.txt")
    done = subprocess.run(
        [sys.executable, "-c", code, "extract", missing, "--json"], capture_output=True, text=True
    )
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0
    assert "absent.txt" in done.stderr
