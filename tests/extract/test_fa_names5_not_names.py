"""What a Persian body's head with the words after it is not a name: a determiner before the
head (هیچ، هر، چند), a description as its only word (state, independent, attacking; with the
indefinite -ی too), a past participle before its auxiliary, a person's title after it."""

import pytest

from sabt.extract import Registry, annotate


def _bodies(text: str) -> list[str]:
    return [
        m.text
        for m in annotate(text, registry=Registry.builtin()).mentions
        if m.type == "organization"
    ]


_NO_BODY = {
    "a determiner: no body": "دادستان گفت هیچ سازمان بی‌طرفی از زندان بازدید نکرده است.",
    "a determiner: every court": "وکیل او گفت هر دادگاه دیگری همین حکم را می‌داد.",
    "a determiner: a few committees": "پس از آن چند کمیته تشکیل شد و کار را آغاز کرد.",
    "an indefinite description": "شاهدان گفتند گروه مسلحی به روستا یورش برد.",
    "a description of ownership": "رادیو دولتی خبر را سه روز بعد پخش کرد.",
    "the attacking forces": "به گفته‌ی ساکنان، نیروهای اشغالگر خانه‌ها را ویران کردند.",
    "a participle before a negated auxiliary": (
        "مأموران هرگز به دادگاه احضار نشدند و پرونده به دادگاه سپرده نشد."
    ),
}


@pytest.mark.parametrize("text", _NO_BODY.values(), ids=_NO_BODY.keys())
def test_no_body_is_named(text: str) -> None:
    assert _bodies(text) == []


_STILL_BODIES = {
    "a name with an adjective in -ی": (
        "حزب دموکرات کردستان بیانیه‌ای منتشر کرد.",
        ["حزب دموکرات کردستان"],
    ),
    "a country's forces": ("نیروهای پاکستانی وارد دره شدند.", ["نیروهای پاکستانی"]),
}


@pytest.mark.parametrize(("text", "names"), _STILL_BODIES.values(), ids=_STILL_BODIES.keys())
def test_names_stay(text: str, names: list[str]) -> None:
    assert _bodies(text) == names


def test_a_title_ends_a_body() -> None:
    text = "سربازان ارتش سوریه شیخ احمد الصیاصنه را در درعا بازداشت کردند."
    mentions = annotate(text, registry=Registry.builtin()).mentions
    assert [m.text for m in mentions if m.type == "organization"] == ["ارتش سوریه"]
    assert "احمد الصیاصنه" in [m.text for m in mentions if m.type == "person"]
