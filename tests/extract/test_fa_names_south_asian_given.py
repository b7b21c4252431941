"""Pakistani and South Asian given names open a Persian person's name before a family name;
those that are ordinary words too (عمران: building up) only before a family name's shape."""

from tests.extract.helpers import annotated


def test_south_asian_given_names_open_a_persons_name() -> None:
    text = "دولت ایالتی به ریاست اسلم رئیسانی برکنار شد و وسیم جعفری به دادگاه رفت."
    assert annotated(text, "person") == ["اسلم رئیسانی", "وسیم جعفری"]


def test_an_ordinary_word_among_them_needs_a_family_names_shape() -> None:
    assert annotated("طرح عمران شهری در کویته اجرا شد.", "person") == []
    assert annotated("عمران رحیمی در کراچی بازداشت شد.", "person") == ["عمران رحیمی"]
