"""Persian landmarks and land named after their head (فرودگاه X، ورزشگاه X، پل X، جاده‌ی X، کوه
X، دریاچه X، بیابان X), and the describing words after such a head that name nothing (جاده‌ی
خاکی، پل هوایی، کوه بلند)."""

from tests.extract.helpers import annotated


def test_an_airport_and_a_stadium_after_their_heads() -> None:
    text = "معترضان ورزشگاه آزادی را ترک کردند و فرودگاه مهرآباد بسته شد."
    assert {"ورزشگاه آزادی", "فرودگاه مهرآباد"} <= set(annotated(text, "place"))


def test_a_bridge_a_road_and_a_cemetery() -> None:
    text = "جسدها کنار پل زرین و جاده‌ی کمالوند پیدا شد و قبرستان باغ‌فیض پر بود."
    found = set(annotated(text, "place"))
    assert {"پل زرین", "جاده\u200cی کمالوند", "قبرستان باغ\u200cفیض"} <= found


def test_a_lake_a_fortress_and_a_desert() -> None:
    text = "دریاچه پریشان خشک شد، قلعه رودخان مرمت شد و بیابان لوت داغ بود."
    found = set(annotated(text, "place"))
    assert {"دریاچه پریشان", "قلعه رودخان", "بیابان لوت"} <= found


def test_describing_words_after_a_head_name_nothing() -> None:
    text = "او جاده‌ی خاکی و پل هوایی را دید؛ کوه بلند و رودخانه خروشان آرام بود."
    assert annotated(text, "place") == []


def test_a_head_alone_before_a_verb_names_nothing() -> None:
    assert annotated("مردم از پل گذشتند و به کوه رفتند و جاده را بستند.", "place") == []
