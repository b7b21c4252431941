"""Persian posts in apposition that run on past و and a second در ("نماینده‌ی A و B در
مجلس"، "گزارشگر … در امور … در Y"), and the capacity given in a relative clause whose
object is the name's pronoun ("X، که Y او را به عنوان … فرستاده بود")."""

from tests.extract.helpers import posts


def test_places_joined_by_and_then_the_body() -> None:
    text = "محمد کریمی، نماینده‌ی بانه و مریوان در مجلس شورای اسلامی، از این حکم انتقاد کرد."
    assert ("محمد کریمی", "نماینده‌ی بانه و مریوان در مجلس شورای اسلامی") in posts(text)


def test_a_domain_and_its_country_after_two_dar() -> None:
    text = "محمد کریمی، مشاور ویژه‌ی سازمان ملل در امور پناهندگان در عراق، به بغداد رفت."
    assert ("محمد کریمی", "مشاور ویژه‌ی سازمان ملل در امور پناهندگان در عراق") in posts(text)


def test_a_time_after_the_place_is_no_part_of_the_post() -> None:
    text = "محمد کریمی، فرمانده سپاه در کردستان در سال ۱۳۶۰، دستور حمله را داد."
    assert ("محمد کریمی", "فرمانده سپاه در کردستان") in posts(text)


def test_the_capacity_given_to_the_relative_clause_object() -> None:
    text = (
        "محمد کریمی، که حسن روحانی در سال ۱۳۹۲ وی را به عنوان فرمانده پلیس تهران برگزیده "
        "بود، استعفا داد."
    )
    held = posts(text)
    assert ("محمد کریمی", "فرمانده پلیس تهران") in held
    assert not any(person == "حسن روحانی" for person, _ in held)


def test_a_capacity_in_the_next_clause_is_not_the_name_s() -> None:
    text = "محمد کریمی، که دیروز به تهران رفت، گفت حسن روحانی او را به عنوان مشاور برگزید."
    assert ("محمد کریمی", "مشاور") not in posts(text)


def test_a_half_space_in_be_samt() -> None:
    text = "محمد کریمی در سال ۱۳۹۰ به‌سمت دادستان کرج منصوب شد."
    assert ("محمد کریمی", "دادستان کرج") in posts(text)


def test_a_half_space_in_be_onvan_of_the_relative_clause() -> None:
    text = "محمد کریمی، که رئیس‌جمهور او را به‌عنوان مشاور برگزیده بود، استعفا داد."
    assert ("محمد کریمی", "مشاور") in posts(text)


def test_a_number_before_a_singular_head_is_each_name_s_post() -> None:
    text = "محمد کریمی و حسن رضایی، دو وکیل دادگستری در شیراز، بازداشت شدند."
    held = posts(text)
    assert ("محمد کریمی", "وکیل دادگستری در شیراز") in held
    assert ("حسن رضایی", "وکیل دادگستری در شیراز") in held


def test_a_number_of_people_is_no_post() -> None:
    text = "محمد کریمی و حسن رضایی، دو نفر از ساکنان روستا، کشته شدند."
    assert posts(text) == set()


def test_a_compound_rank_joined_to_the_name_is_its_title() -> None:
    text = "در این حمله سرتیپ‌پاسدار محمد کریمی کشته شد."
    assert ("محمد کریمی", "سرتیپ‌پاسدار") in posts(text)
