"""The `sabt people`, `sabt orgs`, `sabt import ftm` and `sabt export ftm` commands end to end."""

import json
from pathlib import Path

from tests.conftest import Sabt
from tests.legal.chain_seed import Chain, seed_chain
from tests.legal.ftm_files import GOOD, write_ftm

from sabt.store.casefolder import CaseFolder


def test_people_and_orgs_commands(sabt: Sabt, sqlite_case: CaseFolder, tmp_path: Path) -> None:
    chain: Chain = seed_chain(sqlite_case, tmp_path)
    where = ("--case", str(sqlite_case.path))
    status, _, err = sabt(
        "orgs", "link", "Fictional Commission", "--within", "Fictional Judiciary", "--from", "1980",
        "--source", str(chain.source), *where,
    )  # fmt: skip
    assert status == 0, err
    status, _, err = sabt(
        "people", "add-post", "داریوش کامرانی", "--position", "deputy prosecutor",
        "--org", "Fictional Commission", "--from", "1990", "--source", str(chain.source),
        "--excerpt", "appointed deputy prosecutor in 1990", *where,
    )  # fmt: skip
    assert status == 0, err
    status, out, _ = sabt("people", "show", "Dariush Kamrani", *where)
    assert status == 0 and "after" in out  # the table wraps cells to the terminal's width
    assert f"source #{chain.source}: Fictional report" in out
    status, out, _ = sabt("people", "show", "Dariush Kamrani", "--json", *where)
    [post] = json.loads(out)["posts"]
    assert post["phase"] == "after"
    assert [e["name"] for e in post["chain"]] == ["Fictional Commission", "Fictional Judiciary"]
    status, _, err = sabt("people", "show", "Bahram Tavakoli", *where)
    assert status == 1 and "names several entities" in err and f"#{chain.namesake_b}" in err


def test_ftm_import_review_and_export_commands(
    sabt, sqlite_case: CaseFolder, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    seed_chain(sqlite_case, tmp_path)
    where = ("--case", str(sqlite_case.path))
    path = write_ftm(tmp_path / "list.json", GOOD, extra_lines=("{oops",))
    status, out, err = sabt("import", "ftm", str(path), "--propose-new", *where)
    assert status == 0 and "line 7: not JSON" in err and "1 matches and 1 new" in out
    status, out, _ = sabt("people", "matches", "--json", *where)
    match = next(row for row in json.loads(out) if row["kind"] == "entity_match")
    assert "birthDate: 1961" in sabt("people", "matches", *where)[1]
    status, out, err = sabt("people", "match", str(match["suggestion"]), "accept", *where)
    assert status == 0 and "1 sanctions, 1 posts attached" in out, err
    status, out, _ = sabt("people", "show", "Dariush Kamrani", "--json", *where)
    assert [s["authority"] for s in json.loads(out)["sanctions"]] == ["Council of Fictional States"]
    status, out, _ = sabt("export", "ftm", "--out", str(tmp_path / "out.json"), "--json", *where)
    assert status == 0 and json.loads(out)["entities"] > 5
    status, _, err = sabt("import", "ftm", str(tmp_path / "nothing.json"), *where)
    assert status == 1 and "is not a file" in err
