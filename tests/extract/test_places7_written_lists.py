"""Regions, rivers, seas, mountains and deserts written down whole (data/places_en.txt,
data/places_fa_world.txt): found bare, with no cue before them, and kept from person names and
ordinary words."""

from tests.extract.helpers import annotated


def test_regions_named_bare_as_a_sentence_subject() -> None:
    found = annotated(
        "Darfur and the Sahel have seen the worst of the drought, Kurdistan less.", "place"
    )
    assert found == ["Darfur", "Sahel", "Kurdistan"]


def test_rivers_seas_and_mountains_without_a_cue() -> None:
    text = "Boats leave Libya over the Mediterranean; others follow the Danube, or the Himalayas."
    assert {"Mediterranean", "Danube", "Himalayas"} <= set(annotated(text, "place"))


def test_multiword_regions_and_waters() -> None:
    text = "Smugglers working the Horn of Africa use the Gulf of Aden and the Strait of Hormuz."
    assert {"Horn of Africa", "Gulf of Aden", "Strait of Hormuz"} <= set(annotated(text, "place"))


def test_historical_provinces() -> None:
    text = "Refugees from Chechnya, Transnistria and Waziristan testified."
    assert {"Chechnya", "Transnistria", "Waziristan"} <= set(annotated(text, "place"))


def test_a_region_inside_a_longer_capitalised_name_is_not_a_place_alone() -> None:
    text = "Darfur Women Action Group members met Sahel Chen yesterday."
    found = annotated(text, "place")
    assert "Darfur" not in found
    assert "Sahel" not in found


def test_left_out_words_and_given_names_are_no_places() -> None:
    text = "Jordan told Lena that Don had sent the Amazon parcel to Karen, and Brittany agreed."
    found = annotated(text, "place")
    for word in ("Lena", "Don", "Amazon", "Karen", "Brittany"):
        assert word not in found


def test_lower_case_words_are_no_places() -> None:
    text = "The steppe and the arctic cold, a caucasus of problems: none is a name."
    assert annotated(text, "place") == []


def test_persian_places_beyond_iran_without_a_cue() -> None:
    text = "خبرنگاران از سربرنیتسا و کیگالی گزارش دادند که دانوب یخ بسته است."
    assert {"سربرنیتسا", "کیگالی", "دانوب"} <= set(annotated(text, "place"))


def test_persian_regions_of_the_world() -> None:
    text = "پناهجویان آمریکای لاتین و شاخ آفریقا به اروپا می‌روند."
    assert {"آمریکای لاتین", "شاخ آفریقا"} <= set(annotated(text, "place"))


def test_persian_common_words_left_out_are_no_places() -> None:
    text = "او شام خورد و کیف را برداشت و به ساحل رفت؛ قندیل روشن بود."
    found = annotated(text, "place")
    for word in ("شام", "کیف", "قندیل"):
        assert word not in found


def test_a_persian_given_name_is_no_town() -> None:
    assert "تیمور" not in annotated("تیمور گفت که فردا می‌آید.", "place")
