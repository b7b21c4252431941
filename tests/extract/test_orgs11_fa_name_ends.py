"""A Persian name ends before یا (or), as it does before و (and): "نیروهای امنیتی یا
شبه‌نظامیان" names the forces, not "the forces or"."""

from tests.extract.helpers import annotated


def test_a_body_ends_before_or() -> None:
    text = "معلوم نیست نیروهای گارد ملی یا شبه‌نظامیان به سوی معترضان شلیک کردند."
    assert not [body for body in annotated(text, "organization") if body.endswith(" یا")]
