"""More of the shapes in which a witness counts their own people: "N of us" seized, "N of them
we never saw again", a sentence that sums up the one before, kin lost at a time of three words
(sentences written for these tests)."""

from sabt.extract import Registry, annotate

REGISTRY = Registry.builtin()


def _claims(text: str) -> list[tuple[str, float | None, str | None]]:
    return [
        (c.property, c.value, c.attributed_to) for c in annotate(text, registry=REGISTRY).claims
    ]


def test_some_of_us_seized_are_held() -> None:
    text = (
        '"At dusk the militia caught nine of us behind the mill and kept us in a barn until '
        'morning," said Maria Lopez.'
    )
    assert _claims(text) == [("detained", 9, "Maria Lopez")]
    assert _claims('"Police seized nine of them at the market," said Maria Lopez.') == [
        ("detained", 9, "Maria Lopez")
    ]


def test_some_of_us_with_no_seizure_are_no_count() -> None:
    text = '"Nine of us were in the room when the soldiers killed the guard," said Maria Lopez.'
    assert _claims(text) == []
    assert _claims('"They took nine of us to the hospital," said Maria Lopez.') == []


def test_some_of_them_we_never_saw_again_are_the_disappeared() -> None:
    text = (
        '"The police took thirty men from the square. Seven of them we never saw again," said '
        "Maria Lopez."
    )
    assert _claims(text) == [("detained", 30, "Maria Lopez"), ("disappeared", 7, "Maria Lopez")]


def test_seen_again_or_a_place_never_seen_again_is_no_disappearance() -> None:
    text = (
        '"The police took thirty men from the square. Seven of them we saw again in May," said '
        "Maria Lopez."
    )
    assert _claims(text) == [("detained", 30, "Maria Lopez")]
    assert _claims('"Nine of us fled the town and we never saw it again," said Maria Lopez.') == []


def test_a_sentence_summing_up_the_one_before_counts_its_dead() -> None:
    text = (
        'Maria Lopez said: "They killed my father and my uncle at the gate, and my two cousins '
        'burned in the barn. That is four men from one family."'
    )
    assert _claims(text) == [("killed", 4, "Maria Lopez")]
    # the party of the sentence before, where the summing sentence names none
    text = (
        "My name is Maria Lopez. In 1993 they killed my father and my uncle at our gate. "
        "That is two men from one house."
    )
    assert _claims(text) == [("killed", 2, "Maria Lopez")]
    text = "سارا احمدی می‌گوید: «پدر و عمویم را جلوی خانه کشتند. یعنی دو مرد از یک خانه.»"
    assert _claims(text) == [("killed", 2, "سارا احمدی")]


def test_a_summing_sentence_of_no_people_or_of_another_deed_is_no_count() -> None:
    text = 'Maria Lopez said: "They killed my father at the gate. That is forty years ago."'
    assert _claims(text) == []
    text = 'Maria Lopez said: "They killed my father at the gate. In all, 40 people came to mourn."'
    assert _claims(text) == []


def test_kin_lost_at_a_time_of_three_words() -> None:
    text = "علی رضایی می‌گوید: «دو پسرم را در همان روز اول از دست دادیم.»"
    assert _claims(text) == [("killed", 2, "علی رضایی")]
    text = "علی رضایی می‌گوید: «دو خانه‌مان را در همان روز اول از دست دادیم.»"
    assert _claims(text) == []
