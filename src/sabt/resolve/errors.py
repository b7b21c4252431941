"""Why a linkage run is refused: the input lists, not sabt, are at fault (HTTP 422)."""

from sabt.errors import BadInput, SabtError
from sabt.ingest.errors import ListFileMissing, ListUnreadable

__all__ = ["BackendUnavailable", "BadOption", "ListFileMissing", "ListUnreadable", "NoNameColumns"]


class NoNameColumns(BadInput):
    """A list without given, family or father name cannot be linked to anyone."""

    def __init__(self, name: str, columns: list[str]) -> None:
        shown = ", ".join(columns[:8]) or "none"
        super().__init__(
            f"list {name} has no name column (found: {shown})",
            remedy="rename columns with --map col=given_name or --map col=family_name",
        )


class BadOption(BadInput):
    """A command-line option that sabt cannot act on (a malformed --map, a bad threshold)."""


class BackendUnavailable(SabtError):
    """The Spark backend needs pyspark and a Java runtime; `why` names the one missing here."""

    def __init__(self, why: str) -> None:
        super().__init__(
            f"the spark backend is not available here: {why}",
            remedy="pip install 'sabt[spark]' and a Java runtime (17 or later), "
            "or use --backend duckdb",
        )
