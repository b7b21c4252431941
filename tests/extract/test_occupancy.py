"""Positions held: apposition, predicates with dates, titles before names, Persian forms."""

from datetime import date

from sabt.extract import Registry, annotate
from sabt.extract.annotate import merge_mentions
from sabt.extract.mentions import matcher_for
from sabt.extract.names import propose_names
from sabt.extract.occupancy import find_occupancies
from sabt.extract.quantities import DateSpan
from sabt.extract.sentences import split_sentences

REGISTRY = Registry.builtin()


def _occupancies(text: str, dates: list[DateSpan]) -> list[tuple[str, str, date | None]]:
    mentions = merge_mentions(matcher_for(REGISTRY).find(text), list(propose_names(text)))
    found = find_occupancies(text, split_sentences(text), mentions, dates)
    return [(o.person, o.position, o.earliest) for o in found]


def test_occupancy_takes_the_date_of_its_clause() -> None:
    text = (
        "Ebrahim Raisi was Deputy Prosecutor in Tehran in 1988 and was named Head of the "
        "Judiciary in March 2019."
    )
    year = text.index("1988")
    month = text.index("March 2019")
    dates = [
        DateSpan(year, year + 4, "1988", date(1988, 1, 1), date(1988, 12, 31), "year", "gregorian"),
        DateSpan(
            month, month + 10, "March 2019", date(2019, 3, 1), date(2019, 3, 31), "month",
            "gregorian",
        ),
    ]  # fmt: skip
    assert _occupancies(text, dates) == [
        ("Ebrahim Raisi", "Deputy Prosecutor", date(1988, 1, 1)),
        ("Ebrahim Raisi", "Head of the Judiciary", date(2019, 3, 1)),
    ]


def test_apposition_and_title_before_name() -> None:
    text = (
        "Morteza Eshraghi, the Tehran Prosecutor, sat on the panel. Amnesty International "
        "Secretary General Agnès Callamard called for an inquiry."
    )
    assert _occupancies(text, []) == [
        ("Morteza Eshraghi", "Tehran Prosecutor", None),
        ("Agnès Callamard", "Amnesty International Secretary General", None),
    ]


def test_persian_apposition() -> None:
    text = "مرتضی اشراقی، دادستان تهران، و ابراهیم رئیسی معاون دادستان تهران بود."
    assert _occupancies(text, []) == [
        ("Morteza Eshraghi", "دادستان تهران", None),
        ("Ebrahim Raisi", "معاون دادستان تهران", None),
    ]


def test_occupancy_in_the_json_has_iso_dates() -> None:
    data = annotate("Raisi became Attorney General.", registry=REGISTRY).to_json("en")
    assert data["occupancies"] == [
        {
            "person": "Ebrahim Raisi",
            "position": "Attorney General",
            "organization": None,
            "earliest": None,
            "latest": None,
            "excerpt": "Raisi became Attorney General.",
        }
    ]


def test_end_to_end_occupancy_with_date_and_persian_digits() -> None:
    text = "Khamenei named Raisi as Head of the Judiciary in March 2019."
    result = annotate(text, registry=REGISTRY, reference_date=date(2021, 6, 1)).to_json("en")
    (held,) = result["occupancies"]
    assert (held["person"], held["position"]) == ("Ebrahim Raisi", "Head of the Judiciary")
    assert (held["earliest"], held["latest"]) == ("2019-03-01", "2019-03-31")
    assert [d["text"] for d in result["dates"]] == ["March 2019"]


def test_positions_after_led_as_and_in_ordinal_units() -> None:
    text = (
        "Ana Ruiz, then the commander of the 3rd Brigade, denied it. "
        "Tomas Vidal, who ruled the country as President from 1976, was tried."
    )
    got = {(person, position) for person, position, _ in _occupancies(text, [])}
    assert ("Ana Ruiz", "commander of the 3rd Brigade") in got
    assert ("Tomas Vidal", "President") in got


def test_who_commanded_the_unit_is_its_commander() -> None:
    text = "Major Omar Velez, who commanded the 4th Battalion in 1982, died later."
    got = {(person, position) for person, position, _ in _occupancies(text, [])}
    assert ("Omar Velez", "commander of the 4th Battalion") in got


def test_a_post_after_an_alias_belongs_to_the_first_name() -> None:
    text = "Ilir Basha, alias Kobra, the chief of the K-7 interrogation unit, was arrested."
    got = {(person, position) for person, position, _ in _occupancies(text, [])}
    assert ("Ilir Basha", "chief of the K-7 interrogation unit") in got
    assert not any(person == "Kobra" for person, _ in got)


def test_a_post_of_a_possessive_body_and_no_preposition_before_a_title() -> None:
    text = (
        "Petar Ilic, the commander of the navy's coastal assault brigade, gave the order. "
        "Observers called for Field Marshal Dara Okoro to resign."
    )
    got = {(person, position) for person, position, _ in _occupancies(text, [])}
    assert ("Petar Ilic", "commander of the navy's coastal assault brigade") in got
    assert ("Dara Okoro", "Field Marshal") in got


def test_persian_post_written_as_a_compound_word() -> None:
    text = "حافظ اسد، رئیس‌جمهور وقت سوریه، فرمان حمله را داد."
    got = {(person, position) for person, position, _ in _occupancies(text, [])}
    assert any(position.startswith("رئیس‌جمهور") for _, position in got)


def test_appointments_to_a_post_written_in_lower_case_or_after_later() -> None:
    text = (
        "Karim Saleh served as interior minister from 2001 to 2005. "
        "Nadia Sabri was later promoted to Chief of Police in Kirkuk."
    )
    got = {(person, position) for person, position, _ in _occupancies(text, [])}
    assert ("Karim Saleh", "interior minister") in got
    assert ("Nadia Sabri", "Chief of Police in Kirkuk") in got


def test_persian_post_after_a_phrase_of_time_and_appointed_as() -> None:
    text = (
        "علی رضایی که در آن زمان دادستان کرج بود، حکم را امضا کرد. "
        "محمد کریمی به عنوان فرماندار سقز منصوب شد."
    )
    got = {(person, position) for person, position, _ in _occupancies(text, [])}
    assert got == {("علی رضایی", "دادستان کرج"), ("محمد کریمی", "فرماندار سقز")}
