"""Camps, prisons, sites of massacres and city neighbourhoods that reports name bare (no cue,
no head word), from the written lists (data/places_en.txt, data/places_fa_world.txt)."""

from tests.extract.helpers import annotated


def test_refugee_camps_named_bare() -> None:
    text = "Aid workers said Dadaab and Kakuma had run out of food, and Zaatari too."
    assert {"Dadaab", "Kakuma", "Zaatari"} <= set(annotated(text, "place"))


def test_camps_and_prisons_of_repression() -> None:
    text = "Historians compared Treblinka, Jasenovac and Lubyanka."
    assert {"Treblinka", "Jasenovac", "Lubyanka"} <= set(annotated(text, "place"))


def test_city_neighbourhoods_named_bare() -> None:
    text = "Clashes spread from Sadr City to Dasht-e Barchi; Kibera and Mathare stayed calm."
    found = set(annotated(text, "place"))
    assert {"Sadr City", "Dasht-e Barchi", "Kibera", "Mathare"} <= found


def test_a_neighbourhood_inside_a_longer_name_is_not_found_alone() -> None:
    assert "Kibera" not in annotated("Kibera Community Youth Programme staff spoke.", "place")


def test_persian_camps_and_neighbourhoods() -> None:
    text = "خبرنگاران از داداب، شجاعیه و دشت برچی گزارش دادند."
    assert {"داداب", "شجاعیه", "دشت برچی"} <= set(annotated(text, "place"))


def test_left_out_given_names_are_no_neighbourhoods() -> None:
    found = annotated("Dora said Mansour and Salaheddine met her.", "place")
    for name in ("Dora", "Mansour", "Salaheddine"):
        assert name not in found
