"""Read victim lists (CSV, XLSX, ODS) into the columns linkage works on.

Every cell is read as text: an id such as "007" or a year typed as "1367" must reach the
linkage exactly as the list wrote it; parsing belongs to `features`, where it is reviewable.
"""

from pathlib import Path

import pandas as pd

from sabt.ingest.tables import read_table
from sabt.resolve.errors import BadOption, ListFileMissing, NoNameColumns

FIELDS = (
    "id",
    "given_name",
    "family_name",
    "father_name",
    "birth_year",
    "date_of_death",
    "place_of_death",
)
# Fields some lists have beyond a victim list's usual ones (an identity-document number, a home
# address, a postcode); read only when a column is named or mapped so, compared when present.
EXTRA_FIELDS = ("id_number", "address", "postcode")
MAPPABLE = (*FIELDS, *EXTRA_FIELDS)
NAME_FIELDS = ("given_name", "family_name", "father_name")


def parse_mapping(pairs: list[str]) -> dict[str, str]:
    """Turn `--map col=field` options into a rename mapping, refusing unknown fields."""
    mapping: dict[str, str] = {}
    for pair in pairs:
        column, sep, field = pair.partition("=")
        if not sep or not column.strip() or field.strip() not in MAPPABLE:
            raise BadOption(
                f"bad --map {pair!r}",
                remedy=f"write col=field with field one of {', '.join(MAPPABLE)}",
            )
        mapping[column.strip()] = field.strip()
    return mapping


def standardise(
    frame: pd.DataFrame, name: str, mapping: dict[str, str] | None = None
) -> pd.DataFrame:
    """Rename by `mapping`, keep the known and extra fields (missing ones empty), give ids.

    Rows without an id get their 1-based row number, so every record can be named in the output.
    """
    frame = frame.rename(columns=lambda c: str(c).strip()).rename(columns=mapping or {})
    if not any(field in frame.columns for field in NAME_FIELDS):
        raise NoNameColumns(name, [str(c) for c in frame.columns])
    out = pd.DataFrame(index=range(len(frame)))
    for field in MAPPABLE:
        values = frame[field] if field in frame.columns else pd.Series([""] * len(frame))
        out[field] = values.fillna("").astype(str).str.strip().to_numpy()
    missing = out["id"] == ""
    out.loc[missing, "id"] = [str(i + 1) for i in out.index[missing]]
    return out


def read_list(path: Path, mapping: dict[str, str] | None = None) -> pd.DataFrame:
    """One list file as a frame of `FIELDS` and `EXTRA_FIELDS` (all text), named by its stem."""
    if not path.is_file():
        raise ListFileMissing(path.name)
    return standardise(read_table(path), path.stem, mapping)
