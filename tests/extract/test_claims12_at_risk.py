"""The risk, threat or danger of an act is not the act (sentences written for these tests): at
risk of execution is a death sentence not yet carried out, in either language and whichever
words say it; in English, at risk of torture or threatened with arrest is no count of the
tortured or the arrested (the Persian "در خطر شکنجه" after an arrest keeps the arrest's count,
test_claims_fa_inventory)."""

from tests.extract.helpers import figures


def test_at_risk_of_the_danger_of_execution_is_a_sentence() -> None:
    text = "عفو بین‌الملل گفت ۱۲ زندانی سیاسی در معرض خطر اعدام قرار گرفتند."
    assert figures(text) == [("sentenced", 12)]


def test_facing_the_risk_of_execution_is_a_sentence() -> None:
    text = "به گفته‌ی این سازمان، ۸ نفر با خطر اعدام روبه‌رو هستند."
    assert figures(text) == [("sentenced", 8)]


def test_faced_execution_is_a_sentence() -> None:
    text = "Amnesty said 12 prisoners faced execution in 2019 and 3 were executed."
    assert figures(text) == [("sentenced", 12), ("executed", 3)]


def test_in_danger_of_being_executed_is_a_sentence() -> None:
    text = "Amnesty said 12 prisoners were in danger of being executed."
    assert figures(text) == [("sentenced", 12)]


def test_at_risk_of_torture_is_no_torture_in_english() -> None:
    text = "Amnesty said 20 activists were at risk of torture and 3 were killed."
    assert figures(text) == [("killed", 3)]


def test_the_threat_of_torture_is_no_torture() -> None:
    text = "Amnesty said 12 prisoners faced the threat of torture."
    assert figures(text) == []


def test_threatened_with_arrest_is_no_arrest_in_english() -> None:
    text = "Amnesty said 30 journalists were threatened with arrest."
    assert figures(text) == []
