"""A place named in a heading in capitals is that place, when the text or the gazetteer knows
it; capitals in a sentence or a longer shouted line name no place (texts of our own)."""

from datetime import date

from sabt.extract import annotate
from sabt.extract.registry import Registry


def _places(text: str) -> set[str]:
    got = annotate(text, registry=Registry.builtin(), reference_date=date(2024, 1, 1))
    return {m.text for m in got.mentions if m.type == "place"}


def test_places_of_a_heading_named_in_the_text() -> None:
    text = (
        "WITNESS STATEMENTS: KIVUTO AND BALEKA\n\n"
        "Men were taken from Kivuto and from Baleka at dawn."
    )
    places = _places(text)
    assert {"KIVUTO", "BALEKA"} <= places


def test_a_known_city_in_a_heading_the_text_names() -> None:
    text = "COURT RULING — MOSUL, 2017\n\nThe court in Mosul heard eleven witnesses."
    assert "MOSUL" in _places(text)


def test_a_known_city_only_in_a_heading_is_no_place() -> None:
    text = "COURT RULING — MOSUL, 2017\n\nThe court heard eleven witnesses."
    assert "MOSUL" not in _places(text)


def test_a_heading_of_a_wire_in_capitals_after_a_label() -> None:
    text = "UPDATE 2 - CLASHES IN TAMALE\n\nPolice said shots were fired in Tamale overnight."
    assert "TAMALE" in _places(text)


def test_capitals_inside_a_sentence_name_no_place() -> None:
    text = "The crowd shouted KIVUTO IS OURS at the soldiers. Men were taken from Kivuto at dawn."
    assert "KIVUTO" not in _places(text)


def test_a_long_shouted_line_is_no_heading() -> None:
    line = (
        "WE WILL NOT LEAVE KIVUTO UNTIL THE SOLDIERS GO HOME AND THE MEN COME BACK TO THEIR "
        "FAMILIES"
    )
    text = f"{line} ALIVE AND FREE\nMen were taken from Kivuto at dawn."
    assert "KIVUTO" not in _places(text)
