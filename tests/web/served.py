"""A real sabt server over HTTP: uvicorn in a background thread, a real SQLite case folder.

The server's clock is a `MovableClock` so tests can step past the session time-outs without
waiting. One server serves a whole test module; each test signs in with its own clients.
"""

import re
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
import uvicorn

from sabt.ingest.service import Provenance, ingest_file
from sabt.security import accounts
from sabt.security.keys import KEY_FILE_ENV, SealingKey
from sabt.security.witnesses import add_testimony
from sabt.store.casefolder import CaseFolder, init_case
from sabt.web.app import create_app

ROLES = ("owner", "investigator", "analyst", "viewer", "external")
SECRET_TEXT = "Testimony about the Evin prison yard, kept for members only."
WITNESS, WITNESS_NAME = "W-001", "Sealedname Canarian"  # a protected witness of the test case


@dataclass
class MovableClock:
    offset: timedelta = timedelta()

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset


@dataclass
class Served:
    base: str
    case: CaseFolder
    clock: MovableClock
    source_id: int
    passwords: dict[str, str] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.base, follow_redirects=False, timeout=30)

    def sign_in(self, username: str) -> httpx.Client:
        client = self.client()
        response = post_login(client, username, self.passwords[username])
        assert response.status_code == 303, response.text
        return client

    def bearer(self, username: str) -> httpx.Client:
        client = self.client()
        client.headers["Authorization"] = f"Bearer {self.tokens[username]}"
        return client


def form_token(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "the page has no CSRF field"
    return found.group(1)


def post_login(client: httpx.Client, username: str, password: str) -> httpx.Response:
    token = form_token(client.get("/login").text)
    data = {"username": username, "password": password, "csrf_token": token}
    return client.post("/login", data=data)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    folder = tmp_path_factory.mktemp("web")
    case = init_case(folder / "case", title="Web test case")
    document = folder / "testimony.txt"
    document.write_text(SECRET_TEXT, "utf-8")
    outcome = ingest_file(case, document, Provenance("tester", "test"))
    case.checkpoint()
    assert outcome.source_id is not None
    sealing_key = folder / "elsewhere" / "sealing.key"  # outside the case folder, as in use
    SealingKey.generate().save(sealing_key)
    environment = pytest.MonkeyPatch()
    environment.setenv(KEY_FILE_ENV, str(sealing_key))
    statement = folder / "statement.txt"
    statement.write_text("We were called out in groups of six.", "utf-8")
    add_testimony(
        case, statement, pseudonym=WITNESS, identity={"name": WITNESS_NAME}, actor="tester"
    )
    clock = MovableClock()
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(case, clock), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    served = Served(f"http://127.0.0.1:{port}", case, clock, outcome.source_id)
    with case.session() as session:
        for name in (*ROLES, "outsider"):
            role = name if name in ROLES else None
            served.passwords[name] = accounts.create_user(
                session, name, role=role, case_id=case.case_id
            )
            served.tokens[name] = accounts.create_token(session, name)
    for _ in range(200):
        if server.started:
            break
        threading.Event().wait(0.05)
    try:
        yield served
    finally:
        server.should_exit = True
        thread.join(10)
        case.close()
        environment.undo()


@pytest.fixture
def sample_files(tmp_path: Path) -> tuple[Path, Path]:
    persian = tmp_path / "گزارش.txt"
    persian.write_text("گزارشی دربارهٔ اعدام‌های زندان اوین در تابستان ۱۳۶۷", "utf-8")
    english = tmp_path / "report.txt"
    english.write_text("A report on the executions at Gohardasht prison in summer 1988.", "utf-8")
    return persian, english
