"""The witness a testimony's editor names as its speaker ("The speaker, X, …") speaks in its
first person; a parliament's Speaker does not (sentences written for these tests)."""

from sabt.extract import Registry, annotate

REGISTRY = Registry.builtin()


def _claims(text: str) -> list[tuple[str, float | None, str | None]]:
    return [
        (c.property, c.value, c.attributed_to) for c in annotate(text, registry=REGISTRY).claims
    ]


def test_the_speaker_named_by_the_editor_speaks_in_the_first_person() -> None:
    text = (
        "Testimony: the river crossing\n\n"
        "Recorded in Lyon in 2021. The speaker, Maria Lopez, and the people she names are "
        "synthetic.\n\n"
        "I was nineteen that spring. Three of our neighbours were killed at the bridge."
    )
    assert _claims(text) == [("killed", 3, "Maria Lopez")]


def test_a_parliaments_speaker_is_no_witness() -> None:
    text = (
        "The Speaker, Maria Lopez, opened the session in March.\n\n"
        "Three of our neighbours were killed at the bridge."
    )
    assert [party for _, _, party in _claims(text)] != ["Maria Lopez"]


def test_the_witness_named_by_the_editor_speaks_in_the_first_person() -> None:
    text = (
        "Testimony: the mill\n\n"
        "Recorded in Porto in 2019. The witness, Jonas Berg, and the cousins he names are "
        "synthetic.\n\n"
        "I was twenty then. In our barracks about 60 men were held."
    )
    assert _claims(text) == [("detained", 60, "Jonas Berg")]
