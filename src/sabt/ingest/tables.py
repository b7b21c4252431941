"""Read a table file (CSV, XLSX, ODS) with every cell as text, exactly as the file wrote it.

An id such as "007" or a year typed as "1367" must survive reading unchanged; parsing happens
later, where it can be reviewed.
"""

from pathlib import Path

import pandas as pd

from sabt.ingest.errors import ListUnreadable

_SPREADSHEETS = {".xlsx": "openpyxl", ".xlsm": "openpyxl", ".ods": "odf"}


def _delimiter(path: Path) -> str:
    """The most frequent of , ; tab | in the header line (a one-column list has none: ",")."""
    with path.open(encoding="utf-8-sig") as handle:
        header = handle.readline()
    counts = {sep: header.count(sep) for sep in ",;\t|"}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def read_table(path: Path) -> pd.DataFrame:
    engine = _SPREADSHEETS.get(path.suffix.lower())
    try:
        if engine:
            return pd.read_excel(path, dtype=str, engine=engine, keep_default_na=False)
        return pd.read_csv(
            path, dtype=str, keep_default_na=False, encoding="utf-8-sig", sep=_delimiter(path)
        )
    except UnicodeDecodeError:
        raise ListUnreadable(path.name, "it is not UTF-8 text") from None
    except pd.errors.EmptyDataError:
        raise ListUnreadable(path.name, "it is empty") from None
    except (ValueError, OSError, pd.errors.ParserError, KeyError) as error:
        raise ListUnreadable(path.name, type(error).__name__) from None
