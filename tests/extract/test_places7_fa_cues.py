"""Persian places after what an army does to a town or after its inhabitants (محاصره‌ی X، بمباران
X، اشغال X، آزادسازی X، ساکنان X، اهالی X), where X may name; not an adjective, a light verb
nor a thing seized that is no town."""

from tests.extract.helpers import annotated


def test_a_siege_and_a_bombing_of_small_towns() -> None:
    text = "محاصره‌ی تلکلخ ماه‌ها طول کشید و بمباران کفرنبل ادامه یافت."
    assert {"تلکلخ", "کفرنبل"} <= set(annotated(text, "place"))


def test_occupation_and_freeing_of_a_town() -> None:
    text = "اشغال هویزه و آزادسازی بستان در یادها ماند."
    assert {"هویزه", "بستان"} <= set(annotated(text, "place"))


def test_the_inhabitants_of_a_village() -> None:
    text = "ساکنان کانی‌سور و اهالی دولاب گریختند."
    assert {"کانی\u200cسور", "دولاب"} <= set(annotated(text, "place"))


def test_adjectives_after_the_act_name_no_place() -> None:
    text = "بمباران شیمیایی و محاصره اقتصادی و اشغال نظامی و ساکنان محلی را محکوم کردند."
    assert annotated(text, "place") == []


def test_things_seized_and_light_verbs_are_no_places() -> None:
    text = "آنها تصرف قدرت و اشغال سفارت را خواستند؛ شهر را اشغال کردند و محاصره داشت."
    assert annotated(text, "place") == []
