"""The audit trail as request threads write it: every entry committed, shared commits, failures."""

import threading
import time

import pytest
from sqlalchemy import event, select, text

from sabt.model import AuditEntry
from sabt.security.audit_trail import AuditNotWritten, AuditTrail
from sabt.store.casefolder import CaseFolder

READERS = 20
BLOCK_AUDIT_WRITES = {  # a statement that makes other writers of audit_entries wait
    "sqlite": "UPDATE cases SET description = description",
    "postgresql": "LOCK TABLE audit_entries IN EXCLUSIVE MODE",
}


def _resources(case: CaseFolder) -> list[str]:
    with case.reading() as session:
        return sorted(session.scalars(select(AuditEntry.resource)))


def test_entries_waiting_together_share_one_commit_and_all_land(case: CaseFolder) -> None:
    trail = AuditTrail(case)
    commits: list[int] = []
    event.listen(case.engine, "commit", lambda _connection: commits.append(1))
    recorded: list[str] = []
    threads = [
        threading.Thread(
            target=lambda n=n: (
                trail.record(actor="viewer", action="source.read", resource=f"source:{n:02}"),
                recorded.append(f"source:{n:02}"),
            )
        )
        for n in range(READERS)
    ]
    with case.session() as blocking:  # hold the writer while every reader hands its entry over
        blocking.execute(text(BLOCK_AUDIT_WRITES[case.engine.dialect.name]))
        for thread in threads:
            thread.start()
        time.sleep(0.3)
        assert recorded == []  # nobody is told "done" before their entry is committed
        commits.clear()
    for thread in threads:
        thread.join(10)
    assert len(commits) <= 3  # the blocker's, the first reader's, then the rest together
    assert sorted(recorded) == [f"source:{n:02}" for n in range(READERS)]
    assert [r for r in _resources(case) if r.startswith("source:")] == sorted(recorded)


def test_an_entry_that_cannot_be_committed_refuses_the_request(case: CaseFolder) -> None:
    trail = AuditTrail(case)
    with pytest.raises(AuditNotWritten) as refused:
        trail.record(actor=None, action="source.read", resource="source:1")  # NOT NULL fails
    assert refused.value.status == 503
    assert "source:1" not in _resources(case)
    trail.record(actor="viewer", action="source.read", resource="source:2")  # and it recovers
    assert "source:2" in _resources(case)


class _Stop(BaseException):
    """Stands for what is no Exception but can end a commit: KeyboardInterrupt, SystemExit."""


def test_a_commit_ended_by_a_base_exception_hands_the_turn_back(
    case: CaseFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    trail = AuditTrail(case)

    def stop(*_args: object, **_kwargs: object) -> None:
        raise _Stop

    with monkeypatch.context() as patched:
        patched.setattr("sabt.security.audit_trail.audit", stop)
        with pytest.raises(_Stop):
            trail.record(actor="viewer", action="source.read", resource="source:1")
    later = threading.Thread(
        target=trail.record,
        kwargs={"actor": "viewer", "action": "source.read", "resource": "source:2"},
        daemon=True,  # before the fix it waited forever; it must not keep pytest from ending
    )
    later.start()
    later.join(10)
    assert not later.is_alive()  # the next request is not left waiting for the stopped commit
    assert _resources(case).count("source:2") == 1
    assert "source:1" not in _resources(case)
