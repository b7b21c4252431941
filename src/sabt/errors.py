"""One error family for everything sabt refuses to do.

Every error carries a message that is safe to show a user (no paths outside the case, no secrets)
and the HTTP status the web layer answers with, so the CLI and the API report the same failure the
same way.
"""


class SabtError(Exception):
    """A failure sabt explains to the user; `status` is the HTTP status the web layer uses."""

    status = 400

    def __init__(self, message: str, *, remedy: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.remedy = remedy

    def __str__(self) -> str:
        return f"{self.message} ({self.remedy})" if self.remedy else self.message


class NotFound(SabtError):
    status = 404


class Forbidden(SabtError):
    status = 403


class Unauthenticated(SabtError):
    status = 401


class Conflict(SabtError):
    status = 409


class BadInput(SabtError):
    status = 422


class IntegrityFailure(SabtError):
    """Stored evidence, the ledger or a bundle does not verify."""

    status = 500
