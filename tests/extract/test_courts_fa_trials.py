"""A court's head before a family name is that person's trial, no court named after them; a
trial's verb after a court ends its name."""

from tests.extract.helpers import annotated


def test_a_family_name_after_a_court_is_the_persons_trial() -> None:
    text = "پس از ماه‌ها، دادگاه گلشن‌زاده و چهار نفر دیگر در تهران آغاز شد."
    assert annotated(text, "organization") == []
    assert "گلشن‌زاده" in annotated(text, "person")


def test_a_court_named_by_its_kind_still_stands() -> None:
    text = "دادگاه انقلاب او را به اعدام محکوم کرد."
    assert annotated(text, "organization") == ["دادگاه انقلاب"]


def test_being_tried_ends_a_courts_name() -> None:
    text = "او در دادگاه ویژه محاکمه و چند روز بعد تیرباران شد."
    assert "دادگاه ویژه محاکمه" not in annotated(text, "organization")
