"""Posts read across a clause or a second description: a relative clause's later verbs, a
relation in apposition before a post, a verb over a command, a body named before its leader."""

from tests.extract.test_occupancy import _posts


def test_a_relative_clause_gives_its_later_verbs_the_same_subject() -> None:
    text = (
        "Anna Lindqvist, who chaired the Provisional Assembly and had been Borov's interior "
        "minister from 2004, denied it."
    )
    got = _posts(text, "Anna Lindqvist", orgs=("Provisional Assembly",))
    assert ("Anna Lindqvist", "interior minister") in got
    said = "Anna Lindqvist, who said Borov had been interior minister, denied it."
    assert _posts(said, "Anna Lindqvist") == set()


def test_a_relation_in_apposition_then_a_post() -> None:
    text = "Everyone knew Tomas Varga, Kessler's brother-in-law and the head of the secret police."
    assert _posts(text, "Tomas Varga") == {("Tomas Varga", "head of the secret police")}
    assert _posts("Tomas Varga, the son of a farmer and a teacher, spoke.", "Tomas Varga") == set()


def test_who_headed_a_command_is_its_head() -> None:
    text = "Pedro Salas, a retired general who headed the southern command at the time, was tried."
    assert _posts(text, "Pedro Salas") == {("Pedro Salas", "head of the southern command")}


def test_a_body_named_before_its_leader_gives_the_post() -> None:
    text = "سربازان به نیروهای جبهه‌ی آزادی ملی به رهبری سرهنگ کریم سلطانی تسلیم شدند."
    got = _posts(text, "کریم سلطانی", orgs=("جبهه‌ی آزادی ملی",))
    assert got == {("کریم سلطانی", "رهبر جبهه‌ی آزادی ملی")}
    judged = "پرونده در دادگاه بندر به ریاست قاضی کریم سلطانی بررسی شد."
    got = _posts(judged, "کریم سلطانی", orgs=("دادگاه بندر",))
    assert got == {("کریم سلطانی", "قاضی"), ("کریم سلطانی", "رئیس دادگاه بندر")}


def test_an_aside_in_brackets_between_a_name_and_its_post() -> None:
    persian = "ما با کریم سلطانی (نام مستعار)، پژوهشگر حقوق بشر در هرات که سال‌ها کار کرده، گفتیم."
    assert _posts(persian, "کریم سلطانی") == {("کریم سلطانی", "پژوهشگر حقوق بشر")}
    english = "We met Anna Lindqvist (not her real name), a researcher, last week."
    assert _posts(english, "Anna Lindqvist") == {("Anna Lindqvist", "researcher")}


def test_an_interview_answer_is_about_the_person_its_question_names() -> None:
    text = "What did Tomas Varga say about it?\n\nHe denied it. He later became interior minister."
    assert _posts(text, "Tomas Varga") == {("Tomas Varga", "interior minister")}
    told = "Tomas Varga spoke first.\n\nHe later became interior minister."
    assert _posts(told, "Tomas Varga") == set()


def test_a_relative_clause_after_a_relation_is_the_subjects() -> None:
    text = (
        "کریم سلطانی، برادر ناتنی رضا پهلوان که در آن زمان ریاست سازمان امنیت (ساواد) را "
        "بر عهده داشت، بازداشت شد."
    )
    got = _posts(text, "کریم سلطانی", "رضا پهلوان")
    assert got == {("کریم سلطانی", "رئیس سازمان امنیت")}
    ranked = "کریم سلطانی، پسر رضا پهلوان که آن زمان فرمانده لشکر ۲۱ بود، بازداشت شد."
    assert _posts(ranked, "کریم سلطانی", "رضا پهلوان") == {("کریم سلطانی", "فرمانده لشکر ۲۱")}


def test_a_person_in_the_possessive_qualifies_the_post() -> None:
    text = "Anna Lindqvist, Marek Borov's sister and the head of the secret police, fled."
    got = _posts(text, "Anna Lindqvist", "Marek Borov")
    assert got == {("Anna Lindqvist", "head of the secret police")}
    had = "Anna Lindqvist had been Marek Borov's interior minister until 2004."
    assert _posts(had, "Anna Lindqvist", "Marek Borov") == {("Anna Lindqvist", "interior minister")}


def test_a_film_maker_in_apposition() -> None:
    assert _posts("کریم سلطانی، مستندساز سوئدی، گفت.", "کریم سلطانی") == {
        ("کریم سلطانی", "مستندساز سوئدی")
    }
    assert _posts("Anna Lindqvist, a Swedish filmmaker, said.", "Anna Lindqvist") == {
        ("Anna Lindqvist", "Swedish filmmaker")
    }


def test_a_post_before_the_name_after_an_indefinite_article() -> None:
    text = "A spokesman for the navy, Ivo Marn, said nobody died."
    assert _posts(text, "Ivo Marn") == {("Ivo Marn", "spokesman for the navy")}


def test_officials_and_medical_trades_in_apposition() -> None:
    assert _posts("Ivo Marn, a senior official in the ministry, denied it.", "Ivo Marn") == {
        ("Ivo Marn", "senior official")
    }
    assert _posts("Ivo Marn, a nurse at the clinic, counted the dead.", "Ivo Marn") == {
        ("Ivo Marn", "nurse")
    }
    assert _posts("کریم سلطانی، پزشک درمانگاه بندر، گفت.", "کریم سلطانی") == {
        ("کریم سلطانی", "پزشک درمانگاه بندر")
    }


def test_one_of_the_commanders_at_the_time() -> None:
    text = "کریم سلطانی، از فرماندهان لشکر در آن زمان، بازداشت شد."
    assert _posts(text, "کریم سلطانی") == {("کریم سلطانی", "فرمانده لشکر")}


def test_a_post_between_dashes_and_one_in_a_case() -> None:
    dashed = "Ivo Marn — then the navy's chief of staff — denied it."
    assert _posts(dashed, "Ivo Marn") == {("Ivo Marn", "navy's chief of staff")}
    case = "The prosecutor in the trial, Ivo Marn, asked for life terms."
    assert _posts(case, "Ivo Marn") == {("Ivo Marn", "prosecutor in the trial")}


def test_a_persian_post_less_a_time_after_dar_and_an_activist_of_a_cause() -> None:
    timed = "کریم سلطانی، رئیس زندان بندر در سال‌های ۱۳۶۰، گفت."
    assert _posts(timed, "کریم سلطانی") == {("کریم سلطانی", "رئیس زندان بندر")}
    assert _posts("کریم سلطانی، فعال حقوق بشر، گفت.", "کریم سلطانی") == {
        ("کریم سلطانی", "فعال حقوق بشر")
    }
    assert _posts("کریم سلطانی در حزب فعال بود.", "کریم سلطانی") == set()


def test_a_post_in_the_plural_after_names_joined_by_and_is_each_ones() -> None:
    text = "Rosa Ferraz and Tomas Varga, members of the Truth Commission, visited the camp."
    assert _posts(text, "Rosa Ferraz", "Tomas Varga") == {
        ("Rosa Ferraz", "member of the Truth Commission"),
        ("Tomas Varga", "member of the Truth Commission"),
    }
    three = "Ana Ruiz, Rosa Ferraz and Tomas Varga, researchers of the institute, wrote it."
    got = _posts(three, "Ana Ruiz", "Rosa Ferraz", "Tomas Varga")
    assert got == {
        (n, "researcher of the institute") for n in ("Ana Ruiz", "Rosa Ferraz", "Tomas Varga")
    }
    # (A plural after one name is no post of it.)
    assert _posts("Guards shot Tomas Varga, members of the unit said.", "Tomas Varga") == set()


def test_a_plural_post_after_were_is_each_subjects() -> None:
    text = (
        "Rosa Ferraz, a Brazilian, and Tomas Varga, a Hungarian, were members of the Panel of "
        "Experts on Sudan."
    )
    got = _posts(text, "Rosa Ferraz", "Tomas Varga")
    assert ("Rosa Ferraz", "member of the Panel of Experts on Sudan") in got
    assert ("Tomas Varga", "member of the Panel of Experts on Sudan") in got
    # (Names that are the objects of a verb are not the subject of "were".)
    assert _posts("Police held Rosa Ferraz and Tomas Varga, who were members of the party.",
                  "Rosa Ferraz", "Tomas Varga") == set()  # fmt: skip


def test_a_persian_post_in_the_plural_after_two_names() -> None:
    text = "رضا کاظمی و مینا صدری، پژوهشگران مرکز مطالعات صلح، این گزارش را نوشتند."
    assert _posts(text, "رضا کاظمی", "مینا صدری") == {
        ("رضا کاظمی", "پژوهشگر مرکز مطالعات صلح"),
        ("مینا صدری", "پژوهشگر مرکز مطالعات صلح"),
    }


def test_an_appointment_after_a_mid_sentence_pronoun_is_the_subjects_not_the_eras() -> None:
    text = "دادگاه حسن موسوی را تبرئه کرد و او در دولت علی کریمی به ریاست سازمان بهزیستی رسید."
    assert _posts(text, "حسن موسوی", "علی کریمی") == {("حسن موسوی", "ریاست سازمان بهزیستی")}
    # (A name after the pronoun outside a phrase of the era is a subject of its own.)
    other = "حسن موسوی سخنرانی کرد و او گفت علی کریمی به ریاست سازمان بهزیستی رسید."
    assert ("حسن موسوی", "ریاست سازمان بهزیستی") not in _posts(other, "حسن موسوی", "علی کریمی")


def test_a_countrys_possessive_opens_no_post_and_for_continues_one() -> None:
    text = "Lena Horvat, Croatia's ombudswoman commissioner for children, said it was wrong."
    assert _posts(text, "Lena Horvat") == {("Lena Horvat", "ombudswoman commissioner for children")}
    body = "Lena Horvat, the army's chief of staff, said it was wrong."
    assert _posts(body, "Lena Horvat") == {("Lena Horvat", "army's chief of staff")}


def test_a_post_before_a_second_post_and_the_name() -> None:
    text = "Troops shot the rebels' commander, the village chief Amadou Keita, at dawn."
    assert _posts(text, "Amadou Keita") == {
        ("Amadou Keita", "rebels' commander"),
        ("Amadou Keita", "village chief"),
    }


def test_a_persian_post_joined_to_a_relation_in_apposition() -> None:
    text = "رضا کاظمی، پدر مهدی و مشاور حسن موسوی، دبیر شورای شهر، پیگیر پرونده بود."
    got = _posts(text, "رضا کاظمی", "مهدی", "حسن موسوی")
    assert ("رضا کاظمی", "مشاور حسن موسوی") in got
    assert ("حسن موسوی", "دبیر شورای شهر") in got
    assert _posts("رضا کاظمی، پدر مهدی و مادرش آمدند.", "رضا کاظمی", "مهدی") == set()


def test_a_mission_headed_by_a_described_person_after_a_date() -> None:
    text = (
        "The council sent a monitoring mission in May 2019, headed by the retired Chilean "
        "judge Rosa Ferraz, but it was recalled."
    )
    assert ("Rosa Ferraz", "head of the mission") in _posts(text, "Rosa Ferraz")
