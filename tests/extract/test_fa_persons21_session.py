"""Persian persons, this session: a plural noun that two given names spell is no compound name
(a foreign given name opens none), foreign given names, lone words in -نیا, words
and nationalities that are no names, and a document's indefinite genre before its dateline."""

import pytest
from tests.extract.helpers import annotated

from sabt.extract.name_shapes_fa import opens_name


def test_a_foreign_given_name_opens_no_compound() -> None:
    # کارمن + دان spells کارمندان (employees): no name, nor the run it opens before a comma.
    assert not opens_name("کارمندان")
    assert annotated("ماموران کارمندان شهرداری، پزشکان و معلمان را بازداشت کردند.", "person") == []
    # A compound of the region's names stays one (محمدصالح).
    assert opens_name("محمدصالح")


_CENTRAL_EUROPEAN_AND_MORE = {
    "a Romanian given name": ("میهای پوپسکو در بخارست بازداشت شد.", ["میهای پوپسکو"]),
    "a Polish given name": ("لخ کوالسکی به ورشو بازگشت.", ["لخ کوالسکی"]),
    "a Spanish given name": ("گیرمو مندز از زندان آزاد شد.", ["گیرمو مندز"]),
    "a Scottish given name": ("فریزر مکنزی این گزارش را نوشت.", ["فریزر مکنزی"]),
    "an Armenian given name": ("سامول پطروسیان در ایروان سخن گفت.", ["سامول پطروسیان"]),
}


@pytest.mark.parametrize(
    ("text", "names"), _CENTRAL_EUROPEAN_AND_MORE.values(), ids=_CENTRAL_EUROPEAN_AND_MORE.keys()
)
def test_foreign_given_names_added(text: str, names: list[str]) -> None:
    assert annotated(text, "person") == names


@pytest.mark.parametrize(
    "text",
    [
        "قطار از تورنیا گذشت و به پایتخت رسید.",
        "مردم کاراکیوا به خیابان آمدند و اعتراض به سرعت گسترش یافت.",
    ],
)
def test_a_town_in_nia_or_iva_alone_is_no_family_name(text: str) -> None:
    assert annotated(text, "person") == []


def test_a_family_name_in_nia_after_a_half_space_alone_is_one() -> None:
    assert annotated("رحیمی‌نیا در دادگاه حاضر شد.", "person") == ["رحیمی‌نیا"]


def test_a_word_of_waiting_opens_no_name() -> None:
    # منتظر is a given name but above all a word (waiting): only a family name's shape after it.
    assert annotated("هنوز منتظر پاسخی از دادگاه هستیم.", "person") == []


def test_a_nationality_after_a_calling_and_a_word_is_no_family_name() -> None:
    assert annotated("مترجم کهنسال ایتالیایی از جلسه بیرون آمد.", "person") == []
    # A given name before a family name of origin stays a name.
    assert annotated("خبرنگار علی تهرانی بازداشت شد.", "person") == ["علی تهرانی"]


@pytest.mark.parametrize("genre", ["جستاری کوتاه", "تحلیلی کوتاه"])
def test_an_indefinite_genre_before_a_dateline_is_no_outlet(genre: str) -> None:
    text = f"{genre} – ۱۲ آبان ۱۴۰۰\n\nدر آن شب باران می‌بارید و خیابان‌ها خالی بود."
    assert annotated(text, "organization") == []
