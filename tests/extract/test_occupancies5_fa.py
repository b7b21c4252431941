"""Persian occupancy mechanisms of round 5: an office the name holds of the body a relative
clause opens on ("سازمان X که Y ریاست آن را بر عهده داشت" → رئیس سازمان X), and a clause of
its own after a colon or semicolon whose subject is a pronoun ("…: او بعدها وزیر کشور شد")."""

from tests.extract.helpers import posts


def test_the_office_of_the_body_a_clause_opens_on() -> None:
    text = "کمیته‌ی امداد استان فارس که حمید رضایی ریاست آن را بر عهده داشت، هیچ گزارشی منتشر نکرد."
    assert ("حمید رضایی", "رئیس کمیته‌ی امداد استان فارس") in posts(text)


def test_the_office_with_its_pronoun_and_an_adverb_before_that() -> None:
    text = (
        "دادگاه انقلاب شیراز نیز که سعید نوری از سال ۱۳۹۰ ریاستش را بر عهده داشت، "
        "به پرونده رسیدگی نکرد."
    )
    assert ("سعید نوری", "رئیس دادگاه انقلاب شیراز") in posts(text)


def test_the_office_of_a_unit_after_a_comma() -> None:
    # (With فرماندهی or رهبری right after the name the name rules take the office into the
    # name, "کاظمی فرماندهی"; the mechanism is the same.)
    text = "لشکر ۲۱ حمزه، که محمد کاظمی ریاست آن را بر عهده داشت، به شهر وارد شد."
    assert ("محمد کاظمی", "رئیس لشکر ۲۱ حمزه") in posts(text)


def test_no_body_before_that_keeps_the_holder() -> None:
    text = "گفته می‌شود که حمید رضایی ریاست آن را بر عهده داشت."
    assert ("حمید رضایی", "رئیس") in posts(text)


def test_a_pronoun_after_a_colon_becomes_a_post() -> None:
    text = (
        "مهدی کرمانی از صحنه کنار نرفت: او پس از ۱۳۸۴ نماینده‌ی مجلس شد و "
        "در انتخابات بعدی شکست خورد."
    )
    assert ("مهدی کرمانی", "نماینده‌ی مجلس") in posts(text)


def test_a_pronoun_joined_by_va_in_a_sentence_with_no_name_is_the_last_person_s() -> None:
    text = "علی رضایی به تهران رفت. مدتی گذشت و او به ریاست دادگاه انقلاب رسید."
    assert ("علی رضایی", "ریاست دادگاه انقلاب") in posts(text)


def test_a_pronoun_after_a_semicolon_appointed() -> None:
    text = "محمد کاظمی به تهران بازگشت؛ او در سال ۱۳۷۰ به سمت دادستان کرج منصوب شد."
    assert ("محمد کاظمی", "دادستان کرج") in posts(text)


def test_a_pronoun_after_a_colon_with_no_post() -> None:
    text = "محمد کاظمی به تهران بازگشت: او گفت که از هیچ چیز خبر نداشت."
    assert posts(text) == set()


def test_a_pronoun_after_a_colon_with_a_second_person_before() -> None:
    text = "محمد کاظمی با حسن نادری دیدار کرد: او بعدها وزیر کشور شد."
    assert posts(text) == set()


def test_a_pronoun_after_a_colon_with_its_subject_unnamed_in_the_sentence() -> None:
    text = "محمد کاظمی، وزیر کشور، استعفا داد. برادرش اما در سیاست ماند: او بعدها نماینده‌ی مجلس شد."
    assert ("محمد کاظمی", "نماینده‌ی مجلس") not in posts(text)


def test_a_capacity_closed_by_a_verb_of_saying() -> None:
    text = "محمد کاظمی به عنوان سخنگوی دولت گفت که ۳۰ نفر کشته شدند."
    assert ("محمد کاظمی", "سخنگوی دولت") in posts(text)


def test_a_capacity_in_office_before_an_announcement() -> None:
    text = "حسن نادری در مقام دادستان تهران اعلام کرد که پرونده بسته شده است."
    assert ("حسن نادری", "دادستان تهران") in posts(text)


def test_a_capacity_of_a_long_body_before_writing() -> None:
    # (With the half-space, "به‌عنوان", the name rules take it into the name for now.)
    text = "محمد کاظمی به عنوان رئیس کمیسیون امنیت ملی مجلس نوشت که گزارش محرمانه است."
    assert ("محمد کاظمی", "رئیس کمیسیون امنیت ملی مجلس") in posts(text)


def test_a_witness_is_no_capacity() -> None:
    text = "محمد کاظمی به عنوان شاهد گفت که ۳۰ نفر کشته شدند."
    assert posts(text) == set()


def test_the_command_of_an_attack_is_no_post() -> None:
    text = "محمد کاظمی فرماندهی این حمله را بر عهده داشت و بعدها بازداشت شد."
    assert posts(text) == set()


def test_the_overall_command_of_a_siege_is_no_post() -> None:
    text = "به گفته‌ی شاهدان، محمد کاظمی فرماندهی کلی محاصره را در دست گرفت."
    assert posts(text) == set()


def test_the_command_of_a_unit_is_still_a_post() -> None:
    text = "محمد کاظمی در آن سال‌ها ریاست ستاد عملیات ویژه‌ی پلیس را بر عهده داشت."
    assert ("محمد کاظمی", "رئیس ستاد عملیات ویژه‌ی پلیس") in posts(text)


def test_more_heads_a_chief_executive() -> None:
    text = "محمد کاظمی، مدیرعامل شرکت ملی نفت، گفت که خسارت جبران می‌شود."
    assert ("محمد کاظمی", "مدیرعامل شرکت ملی نفت") in posts(text)


def test_more_heads_an_investigating_judge() -> None:
    text = "پرونده را محمد کاظمی، بازپرس شعبه‌ی سوم دادسرای امنیت، به دادگاه فرستاد."
    assert ("محمد کاظمی", "بازپرس شعبه‌ی سوم دادسرای امنیت") in posts(text)


def test_one_of_the_commanders_in_a_place() -> None:
    text = "محمد کاظمی، از فرماندهان سپاه در کردستان، گفت که دستور از تهران آمد."
    assert ("محمد کاظمی", "فرمانده سپاه در کردستان") in posts(text)


def test_an_era_between_the_name_and_the_copula() -> None:
    text = "محمد کاظمی در دولت خاتمی وزیر کشور بود."
    assert ("محمد کاظمی", "وزیر کشور") in posts(text)


def test_an_era_with_a_title_between_the_name_and_the_copula() -> None:
    text = "محمد کاظمی در دوران رئیس‌جمهور رفسنجانی دادستان کل کشور بود."
    assert ("محمد کاظمی", "دادستان کل کشور") in posts(text)
