"""Whose first person a document speaks in: the witness its editor names ("The witness, here
called X"), the body that signs a letter or issues a release on the text's last line, and the
body named in apposition to "our group" (sentences written for these tests)."""

from tests.extract.helpers import parties


def test_the_witness_named_by_the_editor_speaks_in_the_first_person() -> None:
    text = (
        "Testimony: Harbour district, May 2019\n\n"
        "Taken down in Tunis by volunteers. "
        "The witness, here called Karim Bellaj, is synthetic.\n\n"
        '"We were at home when they came.\n\n'
        '"In our lane the police arrested about 25 boys on the first night.\n\n'
        '"Nobody told us where they went."'
    )
    assert parties(text) == [(25, "Karim Bellaj")]


def test_a_relative_clause_of_the_witness_is_her_own_word() -> None:
    text = (
        "Testimony of Karim Bellaj\n\n"
        "In the afternoon I found them in the yard. Four men of my family were killed, counting "
        "my cousin, whom we found two streets away."
    )
    assert parties(text) == [(4, "Karim Bellaj")]


def test_a_letter_speaks_as_the_body_that_signs_it() -> None:
    text = (
        "Open letter to the Minister of Justice\n\n"
        "Dear Minister,\n\n"
        "Our colleague Lina Haddad was arrested in March. We know that at least 6 teachers are "
        "still held in Harran prison.\n\n"
        "Harran Teachers Association"
    )
    assert parties(text) == [(6, "Harran Teachers Association")]


def test_a_persian_letter_speaks_as_the_body_that_signs_it() -> None:
    text = (
        "نامه‌ی سرگشاده به وزیر دادگستری\n\n"
        "همکار ما، لینا حداد، در اسفند بازداشت شد. ما می‌دانیم که دست‌کم شش معلم "
        "هنوز در زندان به سر می‌برند.\n\n"
        "کانون معلمان شهر حران"
    )
    assert parties(text) == [(6, "کانون معلمان شهر حران")]


def test_a_release_speaks_as_the_body_of_its_contact_line() -> None:
    text = (
        "PRESS RELEASE\n\n"
        "President Omar Talib said the curfew would stay. Our monitors documented at least 52 "
        "cases of torture in the capital.\n\n"
        "Contact: press office, Kalewan Rights Watch"
    )
    assert parties(text) == [(52, "Kalewan Rights Watch")]


def test_a_last_line_that_opens_on_a_body_is_no_signature() -> None:
    text = (
        "President Omar Talib spoke on Monday. We counted 52 bodies in the square.\n\n"
        "Kalewan Rights Watch later asked the government to open an independent inquiry into "
        "the killings in the capital."
    )
    assert parties(text) == [(52, None)]


def test_our_group_names_its_body_in_apposition() -> None:
    text = (
        "Testimony of Karim Bellaj\n\n"
        "Our group, the Harbour Families Association, has listed 140 names of the dead."
    )
    assert parties(text) == [(140, "Harbour Families Association")]
