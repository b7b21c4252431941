"""Small hand-made lists: two spellings of the same people, namesakes, a swap, a Persian twin."""

from pathlib import Path

import pytest

HEADER = "id,given_name,family_name,father_name,birth_year,date_of_death,place_of_death\n"

AMNESTY = HEADER + (
    "a1,Mohammad,Hosseini,Hassan,1960,1988-08-27,Tehran\n"
    "a2,Mohammad,Hosseini,Jafar,1971,1988-09,Gohardasht\n"
    "a3,Ali,Rezaei,Karim,1955,1988,Evin\n"
    "a4,Fatemeh,Ahmadi,Reza,1966,1988-08-01,Tabriz\n"
)
HRW = HEADER + (
    "h1,Hosseini,Mohammad,Hasan,1961,1988-08-28,Teheran\n"
    "h2,Mohammad,Hosseini,Jafar,1971,1988-09-12,Gohardasht\n"
    "h3,Ali,Rezai,,1955,,\n"
    "h4,Maryam,Karimi,Abbas,1962,1988-07-30,Mashhad\n"
)
PERSIAN = HEADER + ("p1,محمد,حسینی,حسن,1960,1988-08-27,تهران\np2,علي,رضايي,كريم,1955,1988,اوین\n")


@pytest.fixture
def lists(tmp_path: Path) -> dict[str, Path]:
    """The three lists as CSV files named after their stems."""
    paths = {}
    for name, text in {"amnesty": AMNESTY, "hrw": HRW, "persian": PERSIAN}.items():
        paths[name] = tmp_path / f"{name}.csv"
        paths[name].write_text(text, encoding="utf-8")
    return paths
