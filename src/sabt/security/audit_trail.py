"""Audit entries of page reads from many request threads, committed together in one transaction.

Every read of protected data is an audit entry. Written one transaction each, with an fsync each
(`synchronous=FULL`) behind SQLite's one write lock, they queued requests one commit at a time,
and an fsync on a busy disk took up to half a second. Here a request hands its entry over and
waits; whichever waiting request finds no commit under way writes every entry handed over so far
in one transaction (group commit), so one fsync serves them all. `record` returns only once the
entry is durable, and raises if it was not, so no page is shown without its audit entry on disk.
"""

import threading
from dataclasses import dataclass
from typing import Any

from sabt.errors import SabtError
from sabt.security.policy import audit
from sabt.store.casefolder import CaseFolder


class AuditNotWritten(SabtError):
    """The audit entry could not be committed, so the audited request must not go ahead."""

    status = 503


@dataclass
class _Ticket:
    fields: dict[str, Any]
    done: bool = False
    failed: bool = False


class AuditTrail:
    """The case's audit trail as many threads write it; one per application."""

    def __init__(self, case: CaseFolder) -> None:
        self._case = case
        self._turn = threading.Condition()
        self._waiting: list[_Ticket] = []
        self._committing = False

    def record(self, **fields: Any) -> None:
        """Commit one audit entry (the fields of `policy.audit`); returns once it is durable."""
        ticket = _Ticket(fields)
        with self._turn:
            self._waiting.append(ticket)
            while self._committing and not ticket.done:
                self._turn.wait()
            batch: list[_Ticket] = []
            if not ticket.done:  # no commit under way: this request commits all that wait
                batch, self._waiting = self._waiting, []
                self._committing = True
        cause = self._commit(batch) if batch else None
        if ticket.failed:
            raise AuditNotWritten(
                "the audit trail could not be written, so this was not done",
                remedy="try again; if it persists, check the case database",
            ) from cause

    def _commit(self, batch: list[_Ticket]) -> Exception | None:
        """Write the batch in one transaction; the error if it failed (every ticket fails).

        Whatever stops the commit, even an exception that is no `Exception` (a thread's
        KeyboardInterrupt or SystemExit), hands the turn back: otherwise every later request
        would wait forever for a commit that is no longer under way."""
        error: Exception | None = None
        committed = False
        try:
            with self._case.session() as session:
                for ticket in batch:
                    audit(session, **ticket.fields)
            committed = True
        except Exception as failure:  # each waiting request reports it; none is shown unaudited
            error = failure
        finally:
            with self._turn:
                for ticket in batch:
                    ticket.done, ticket.failed = True, not committed
                self._committing = False
                self._turn.notify_all()
        return error
