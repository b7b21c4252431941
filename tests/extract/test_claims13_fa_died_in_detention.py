"""Persian deaths of people first named as detainees: "N نفر از بازداشت‌شدگان … جان باخته‌اند"
counts the dead, not the arrested; the perfect of the verb (باخته‌اند، سپرده بودند) ends the
clause as its simple past does, and a cause (زیر شکنجه، بر اثر شکنجه) names its act only as the
cause (sentences written for these tests)."""

from tests.extract.helpers import figures


def test_the_perfect_of_a_death_ends_the_clause() -> None:
    text = "انجمن یاری زندانیان گفت دست‌کم ۹ نفر از بازداشت‌شدگان در زندان جان باخته‌اند."
    assert figures(text) == [("killed", 9.0)]
    text = "به گفته‌ی این انجمن، ۷ نفر از دستگیرشدگان پیش از محاکمه جان سپرده بودند."
    assert figures(text) == [("killed", 7.0)]


def test_a_death_under_torture_is_a_death() -> None:
    text = "انجمن یاری زندانیان نوشت که ۱۲ نفر از بازداشت‌شدگان در بازداشتگاه‌ها و پاسگاه‌ها"
    text += " زیر شکنجه جان باختند."
    assert figures(text) == [("killed", 12.0)]
    text = "انجمن یاری زندانیان نوشت که ۵ نفر از بازداشت‌شدگان بر اثر شکنجه درگذشتند."
    assert figures(text) == [("killed", 5.0)]


def test_torture_as_the_verb_is_still_torture() -> None:
    text = "انجمن یاری زندانیان نوشت که ۸ نفر از بازداشت‌شدگان زیر شکنجه قرار گرفتند."
    assert figures(text) == [("tortured", 8.0)]
