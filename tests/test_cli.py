"""The `sabt` command line as a user runs it: real processes, real case folders."""

import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from tests.web.served import free_port

from sabt.cli import COMMAND_MODULES


def sabt(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "SABT_ACTOR": "tester", **(env or {})}
    full_env.pop("SABT_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "sabt", *args], capture_output=True, text=True, env=full_env
    )


def test_help_lists_every_area_command() -> None:
    result = sabt("--help")
    assert result.returncode == 0
    for command in ("init", "ingest", "sources", "evaluate", "search", "verify", "serve", "demo"):
        assert command in result.stdout
    assert len(COMMAND_MODULES) == len(set(COMMAND_MODULES))


def test_a_case_from_init_to_verify(tmp_path: Path) -> None:
    case = tmp_path / "case"
    assert sabt("init", str(case), "--title", "Test").returncode == 0
    (tmp_path / "fa.txt").write_text("گزارشی نمونه دربارهٔ زندان اوين در ۱۳۶۷", "utf-8")
    (tmp_path / "en.txt").write_text("A sample report on the prison in 1988.", "utf-8")
    ingested = sabt(
        "ingest", str(tmp_path / "fa.txt"), str(tmp_path / "en.txt"), "--case", str(case)
    )
    assert ingested.returncode == 0, ingested.stderr
    assert "2 new, 0 already known, 0 failed" in ingested.stderr

    listed = json.loads(sabt("sources", "--json", env={"SABT_CASE": str(case)}).stdout)
    assert [(s["title"], s["language"]) for s in listed] == [("fa", "fa"), ("en", "en")]

    hits = json.loads(sabt("search", "اوین", "--json", "--case", str(case)).stdout)
    assert [hit["title"] for hit in hits] == ["fa"]

    graded = sabt(
        "evaluate",
        "1",
        "--reliability",
        "B",
        "--credibility",
        "2",
        "--affiliation",
        "published by a party to the conflict",
        "--case",
        str(case),
    )
    assert graded.returncode == 0 and "B2" in graded.stdout
    assert json.loads(sabt("sources", "--json", "--case", str(case)).stdout)[0]["grade"] == "B2"

    assert sabt("verify", "--case", str(case)).returncode == 0
    blob = next(
        p for p in (case / "blobs").rglob("*") if p.is_file() and p.parent.name != "incoming"
    )
    blob.chmod(0o644)
    blob.write_bytes(blob.read_bytes() + b"!")
    failed = sabt("verify", "--case", str(case))
    assert failed.returncode == 1
    assert blob.name in failed.stderr


def test_errors_are_one_line_with_a_remedy(tmp_path: Path) -> None:
    result = sabt("sources", "--case", str(tmp_path))
    assert result.returncode == 1
    assert "not a sabt case folder" in result.stderr and "sabt init" in result.stderr
    assert "Traceback" not in result.stderr
    case = tmp_path / "case"
    sabt("init", str(case))
    bad = sabt("evaluate", "1", "--reliability", "Z", "--case", str(case))
    assert bad.returncode == 1 and "reliability" in bad.stderr and "Traceback" not in bad.stderr


@pytest.mark.slow
def test_demo_builds_and_is_served_over_http(tmp_path: Path) -> None:
    demo = tmp_path / "demo"
    built = sabt("demo", str(demo))
    assert built.returncode == 0, built.stderr
    assert "login: demo /" in built.stdout
    assert "linked into" in built.stdout and "LCMCR estimate" in built.stdout
    assert sabt("verify", "--case", str(demo)).returncode == 0
    port = free_port()
    key_file = tmp_path / "demo.sealing.key"  # beside the case folder, not inside it
    assert f"SABT_SEALING_KEY_FILE={key_file}" in built.stdout.replace("\n", "")
    env = {**os.environ, "SABT_SEALING_KEY_FILE": str(key_file)}
    env.pop("SABT_DATABASE_URL", None)
    server = subprocess.Popen(
        [sys.executable, "-m", "sabt", "serve", "--case", str(demo), "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        client = httpx.Client(base_url=base)
        started = time.monotonic()  # a loaded two-core machine may take many seconds to start it
        while True:
            try:
                login_page = client.get("/login")
                break
            except httpx.TransportError:
                if time.monotonic() - started > 60:
                    raise
                time.sleep(0.1)
        assert client.get("/").status_code == 303  # nothing is shown before signing in
        password = built.stdout.split("login: demo / ")[1].split()[0]
        token = login_page.text.split('name="csrf_token" value="')[1].split('"')[0]
        signed_in = client.post(
            "/login",
            data={"username": "demo", "password": password, "csrf_token": token},
            follow_redirects=True,
        )
        assert signed_in.status_code == 200 and "Raisi" in client.get("/sources").text
        found = client.get("/api/v1/search", params={"q": "هیئت مرگ"}).json()
        assert found["hits"] and all(s["language"] == "fa" for s in found["hits"])
        first = client.get("/api/v1/sources").json()["sources"][0]
        original = client.get(f"/sources/{first['id']}/original")
        assert hashlib.sha256(original.content).hexdigest() == first["sha256"]
        missing = client.get("/api/v1/sources/9999/original")
        assert missing.status_code == 404 and missing.json()["error"]["message"]
        witnesses = client.get("/witnesses").text
        assert "W-001" in witnesses and "Synthetic Witness" not in witnesses
        csrf = witnesses.split('name="csrf_token" value="')[1].split('"')[0]
        unsealed = client.post(
            "/api/v1/witnesses/W-001/unseal",
            data={"reason": "trying the demo"},
            headers={"X-CSRF-Token": csrf},
        )
        assert unsealed.status_code == 200, unsealed.text
        assert "invented" in unsealed.json()["identity"]["name"]
    finally:
        server.terminate()
        server.wait(10)
