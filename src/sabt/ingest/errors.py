"""Why an uploaded file is refused at ingest.

Each error names the problem in words a user can act on, so the CLI and the web upload form can
show the message as is. All are `BadInput` (HTTP 422): the file, not sabt, is at fault.
"""

from sabt.errors import BadInput


class EmptyFile(BadInput):
    """A zero-byte upload: almost always a failed copy, never evidence worth keeping as such."""

    def __init__(self, message: str = "file is empty") -> None:
        super().__init__(message, remedy="check the copy and upload the file again")


class CorruptFile(BadInput):
    """A PDF or DOCX that its parser cannot read (truncated, damaged, or not what it claims)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, remedy="upload an undamaged copy of the original")


class EncryptedPdf(BadInput):
    """A password-protected PDF: we cannot read it, and must not store text we cannot verify."""

    def __init__(self, message: str = "PDF is encrypted; supply a decrypted copy") -> None:
        super().__init__(message)


class InvalidEncoding(BadInput):
    """A text, Markdown or HTML file whose bytes do not decode as it says or we expect."""

    def __init__(self, message: str) -> None:
        super().__init__(message, remedy="re-save the file as UTF-8")


class TooLarge(BadInput):
    """A file above the configured size limit, refused before any parser touches it."""

    status = 413

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(
            f"file is too large: {_human_size(size)} is above the {_human_size(limit)} limit",
            remedy="split the file or ask an administrator to raise the limit",
        )
        self.size = size
        self.limit = limit


def _human_size(n: int) -> str:
    """Size in the largest binary unit that fits; whole numbers print bare ('200 MB')."""
    value, unit = float(n), "bytes"
    for next_unit in ("KB", "MB", "GB"):
        if value < 1024:
            break
        value, unit = value / 1024, next_unit
    return f"{value:.0f} {unit}" if value == int(value) else f"{value:.1f} {unit}"


class ListFileMissing(BadInput):
    """A list file named on the command line does not exist."""

    def __init__(self, name: str) -> None:
        super().__init__(f"list file not found: {name}", remedy="check the path")


class ListUnreadable(BadInput):
    """The bytes of a list file cannot be read as a table (encoding, damage, unknown format)."""

    def __init__(self, name: str, why: str) -> None:
        super().__init__(f"cannot read list {name}: {why}", remedy="save it as UTF-8 CSV or XLSX")
