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
