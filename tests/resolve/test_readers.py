"""Reading lists: spreadsheets as text, --map, ids for rows without one, refusals."""

from pathlib import Path

import pandas as pd
import pytest

from sabt.resolve.errors import BadOption, ListUnreadable
from sabt.resolve.readers import MAPPABLE, parse_mapping, read_list


def test_xlsx_read_as_text_with_row_ids(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    pd.DataFrame({"nom": ["Rezaei", "Ahmadi"], "birth_year": ["007", ""]}).to_excel(
        path, index=False
    )
    frame = read_list(path, parse_mapping(["nom=family_name"]))
    assert list(frame.columns) == list(MAPPABLE)
    assert frame["id_number"].tolist() == ["", ""]  # an extra field the list lacks
    assert frame["id"].tolist() == ["1", "2"]
    assert frame["birth_year"].tolist() == ["007", ""]
    assert frame["family_name"].tolist() == ["Rezaei", "Ahmadi"]


def test_bad_map_refused() -> None:
    with pytest.raises(BadOption, match="bad --map"):
        parse_mapping(["nom=surname"])


def test_empty_file_refused(tmp_path: Path) -> None:
    path = tmp_path / "zero.csv"
    path.write_bytes(b"")
    with pytest.raises(ListUnreadable, match="empty"):
        read_list(path)


def test_semicolon_and_one_column_lists(tmp_path: Path) -> None:
    semi, one = tmp_path / "semi.csv", tmp_path / "one.csv"
    semi.write_text("id;given_name;family_name\n1;Ali;Rezaei\n")
    one.write_text("given_name\nAli\n")
    assert read_list(semi)["family_name"].tolist() == ["Rezaei"]
    assert read_list(one)["given_name"].tolist() == ["Ali"]
