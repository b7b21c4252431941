"""`sabt user …` as an administrator runs it: real processes on a real case folder."""

import os
import subprocess
import sys
from pathlib import Path

from sabt.security import accounts
from sabt.store.casefolder import init_case, open_case


def sabt(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SABT_ACTOR": "admin"}
    env.pop("SABT_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "sabt", *args], capture_output=True, text=True, env=env
    )


def test_add_token_reset_disable(tmp_path: Path) -> None:
    case_dir = tmp_path / "case"
    init_case(case_dir).close()
    added = sabt("user", "add", "ann", "--role", "analyst", "--case", str(case_dir))
    assert added.returncode == 0, added.stderr
    first = added.stdout.split("password: ")[1].split()[0]
    again = sabt("user", "add", "ann", "--case", str(case_dir))
    assert again.returncode == 1 and "already exists" in again.stderr
    token = sabt("user", "token", "ann", "--case", str(case_dir)).stdout.strip()
    reset = sabt("user", "reset", "ann", "--case", str(case_dir))
    second = reset.stdout.split(": ")[1].split()[0]
    assert second != first
    folder = open_case(case_dir)
    try:
        with folder.session() as session:
            user = accounts.user_for_token(session, token)
            assert user is not None and accounts.actor_for(session, user).roles == {
                folder.case_id: "analyst"
            }
        assert sabt("user", "disable", "ann", "--case", str(case_dir)).returncode == 0
        with folder.session() as session:
            assert accounts.user_for_token(session, token) is None
    finally:
        folder.close()
