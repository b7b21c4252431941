"""`sabt claims` and `--conflicts` over claims accepted through review (SQLite and PostgreSQL):
the same quantity about the same subject and period, from different voices, side by side."""

import json
from pathlib import Path

from typer.testing import CliRunner

from sabt.cli import _register_all, app
from sabt.extract import review
from sabt.extract.conflicts import describe
from sabt.ingest.grading import evaluate_source
from sabt.ingest.service import Provenance, ingest_file
from sabt.store.casefolder import CaseFolder

_register_all()

DOCUMENTS = {
    "ncri.txt": (
        "The NCRI says that about 30,000 political prisoners were executed in 1988.", "D", 4,
    ),
    "amnesty.txt": (
        "Amnesty International estimates that at least 5,000 prisoners were executed in 1988.",
        "B", 2,
    ),
    "official.txt": ("A ministry report said that 4,482 prisoners were executed in 1988.", "C", 3),
    "fa.txt": ("به گزارش عفو بین‌الملل دست‌کم ۵۰۰۰ زندانی در سال ۱۳۶۷ اعدام شدند.", None, None),
    "earlier.txt": ("The NCRI says that about 2,000 prisoners were executed in 1981.", None, None),
    "children.txt": ("The NCRI says that 40 children were executed in 1988.", None, None),
}  # fmt: skip


def _accept_all(case: CaseFolder, tmp_path: Path) -> None:
    for name, (text, reliability, credibility) in DOCUMENTS.items():
        path = tmp_path / name
        path.write_text(text + "\n", encoding="utf-8")
        source = str(ingest_file(case, path, Provenance("tester"), title=name).source_id)
        if reliability:
            evaluate_source(
                case, source, actor="t", reliability=reliability, credibility=credibility
            )
        review.propose(case, source, actor="tester")
    for item in review.pending(case):
        if item.kind == "claim":
            review.decide(case, item.id, "accept", actor="analyst")


def _run(*args: str) -> object:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_conflicting_claims_are_grouped_with_sources(case: CaseFolder, tmp_path: Path) -> None:
    _accept_all(case, tmp_path)
    listed = _run("claims", "--case", str(case.path), "--json")
    assert isinstance(listed, list) and len(listed) == 6
    groups = _run("claims", "--case", str(case.path), "--conflicts", "--json")
    assert isinstance(groups, list) and len(groups) == 1
    (group,) = groups
    assert (group["property"], group["kind"], group["undated"]) == (
        "executed",
        "incompatible",
        False,
    )
    by_source = {c["source_title"]: c for c in group["claims"]}
    # 1981 is another period; children are another group of victims.
    assert set(by_source) == {"ncri.txt", "amnesty.txt", "official.txt", "fa.txt"}
    assert by_source["ncri.txt"]["value"] == "about 30,000"
    assert by_source["ncri.txt"]["grade"] == "D4"
    assert by_source["amnesty.txt"]["value"] == "at least 5,000"
    assert by_source["amnesty.txt"]["attributed_to"] == "Amnesty International"
    assert by_source["amnesty.txt"]["grade"] == "B2"
    assert by_source["fa.txt"]["attributed_to"] == "عفو بین‌الملل"
    assert by_source["official.txt"]["excerpt"].startswith("A ministry report said")
    ids = {title: c["id"] for title, c in by_source.items()}
    # 4,482 cannot be "at least 5,000" nor "about 30,000";
    # 30,000 and "at least 5,000" merely differ.
    assert sorted(map(tuple, group["incompatible_pairs"])) == sorted(
        tuple(sorted(p))
        for p in [
            (ids["ncri.txt"], ids["official.txt"]),
            (ids["amnesty.txt"], ids["official.txt"]),
            (ids["fa.txt"], ids["official.txt"]),
        ]
    )


def test_claims_that_only_differ_are_labelled_so(case: CaseFolder, tmp_path: Path) -> None:
    texts = {k: DOCUMENTS[k] for k in ("ncri.txt", "amnesty.txt")}
    for name, (text, _, _) in texts.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        source = str(ingest_file(case, path, Provenance("tester"), title=name).source_id)
        review.propose(case, source, actor="tester")
    for item in review.pending(case):
        if item.kind == "claim":
            review.decide(case, item.id, "accept", actor="analyst")
    groups = _run("claims", "--case", str(case.path), "--conflicts", "--json")
    assert isinstance(groups, list) and len(groups) == 1
    group = groups[0]
    assert group["kind"] == "different" and group["incompatible_pairs"] == []
    table = CliRunner().invoke(app, ["claims", "--case", str(case.path), "--conflicts"])
    assert table.exit_code == 0 and "executed of political prisoners: different" in table.output


def test_no_claims_no_conflicts(case: CaseFolder) -> None:
    result = CliRunner().invoke(app, ["claims", "--case", str(case.path), "--conflicts"])
    assert result.exit_code == 0 and "no conflicting claims" in result.output
    missing = CliRunner().invoke(app, ["claims", "--case", str(case.path / "nope")])
    assert missing.exit_code != 0


def test_values_are_said_as_a_reader_would() -> None:
    assert describe(30000, 30000, "about") == "about 30,000"
    assert describe(5000, None, "at_least") == "at least 5,000"
    assert describe(None, 3000, "up_to") == "up to 3,000"
    assert describe(2000, 9999, "vague") == "2,000–9,999"
    assert describe(None, None, "", "the commission") == "the commission"
