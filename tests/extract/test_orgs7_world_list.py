"""The world's bodies' list (`data/bodies_world.txt`): armies, secret police, militias, UN
missions and rights groups nobody listed by hand are found, in English and in Persian, and only
when written as names."""

from tests.extract.helpers import REGISTRY, annotated

from sabt.extract.bodies_world import ANNOTATOR
from sabt.extract.mentions import matcher_for


def _listed(text: str) -> list[str]:
    return [m.text for m in matcher_for(REGISTRY).find(text) if m.annotator == ANNOTATOR]


def test_state_security_bodies_are_found() -> None:
    text = (
        "Officers of the Air Force Intelligence Directorate and the Rapid Support Forces were "
        "named, and a unit of Kopassus was blamed."
    )
    found = annotated(text, "organization")
    for body in ("Air Force Intelligence Directorate", "Rapid Support Forces", "Kopassus"):
        assert body in found


def test_armed_groups_are_found_without_a_body_word() -> None:
    text = "The village was held by the Imbonerakure, then by Fretilin and the Kaibiles."
    assert _listed(text) == ["Imbonerakure", "Fretilin", "Kaibiles"]


def test_un_missions_are_found_by_name_and_acronym() -> None:
    text = "MINUSMA withdrew in 2023; UNMISS and the UN Interim Force in Lebanon stayed."
    assert _listed(text) == ["MINUSMA", "UNMISS", "UN Interim Force in Lebanon"]


def test_persian_transliterated_acronyms_are_found() -> None:
    text = "سخنگوی یونیفل گفت که سنتکام و مونوسکو و مینوسما گزارش داده‌اند."
    assert _listed(text) == ["یونیفل", "سنتکام", "مونوسکو", "مینوسما"]


def test_persian_bodies_are_found() -> None:
    text = "اعضای حزب توده و کومله بازداشت شدند و صدا و سیما اعترافات را پخش کرد."
    found = annotated(text, "organization")
    for body in ("حزب توده", "کومله", "صدا و سیما"):
        assert body in found


def test_a_name_in_lower_case_is_a_description_not_the_body() -> None:
    assert _listed("They said the syrian arab army and the rapid support forces left.") == []


def test_an_acronym_must_be_written_in_capitals() -> None:
    assert _listed("Sana met Tass and Ansa in the morning.") == []
    assert _listed("SANA and TASS reported the attack.") == ["SANA", "TASS"]


def test_a_mixed_case_acronym_is_matched_only_as_written() -> None:
    assert _listed("Let them go, said the officer. LET IT BE, the heading read.") == []
    assert _listed("LeT claimed the attack, and the KhAD arrested him.") == ["LeT", "KhAD"]


def test_a_listed_body_inside_a_longer_listed_body_is_not_marked_apart() -> None:
    text = "The Islamic State West Africa Province attacked the camp."
    assert _listed(text) == ["Islamic State West Africa Province"]


def test_a_listed_name_inside_a_longer_proposed_body_gives_way_to_it() -> None:
    text = "The Rapid Support Forces Command Council met in Nyala."
    found = annotated(text, "organization")
    assert "Rapid Support Forces" not in found


def test_a_persian_name_joined_to_another_word_is_no_body() -> None:
    assert _listed("نام او سنتکام‌نامه بود.") == []


def test_a_body_within_a_word_is_not_found() -> None:
    assert _listed("The crisis in Misrata deepened; the RUFUS file was read.") == []


def test_a_one_word_body_inside_a_person_s_name_is_no_body() -> None:
    assert _listed("Abdel Fatah Younis was shot.") == []
    assert _listed("Hamas and Fatah signed the deal.") == ["Fatah"]


def test_a_claim_s_party_is_named_as_the_text_writes_it() -> None:
    text = "هیئت معاونت سازمان ملل در عراق (یونامی) اعلام کرد که ۴۰ نفر کشته شدند."
    names = [m.name for m in matcher_for(REGISTRY).find(text) if m.annotator == ANNOTATOR]
    assert names == ["هیئت معاونت سازمان ملل در عراق", "یونامی"]


def test_a_name_listed_opening_in_lower_case_is_found_so() -> None:
    text = "Survivors blamed al-Kaniyat and the ex-Séléka for the graves."
    assert _listed(text) == ["al-Kaniyat", "ex-Séléka"]


def test_persian_forms_of_groups_the_gazetteer_spells_in_latin_only() -> None:
    text = "نیروهای پیشمرگه با القاعده و موساد و ببرهای تامیل مقایسه شد."
    assert _listed(text) == ["نیروهای پیشمرگه", "القاعده", "موساد", "ببرهای تامیل"]


def test_persian_variants_of_gazetteer_bodies_are_found() -> None:
    text = "سازمان جهانی بهداشت و صندوق کودکان سازمان ملل و جامعه کشورهای عربی هشدار دادند."
    found = ["سازمان جهانی بهداشت", "صندوق کودکان سازمان ملل", "جامعه کشورهای عربی"]
    assert _listed(text) == found
    assert _listed("جامعه عرب خوزستان و نیروهای لبنانی") == []


def test_rights_groups_and_news_agencies_are_found() -> None:
    text = "According to Airwars and Xinhua, Bellingcat and the Euro-Med Monitor disagreed."
    assert _listed(text) == ["Airwars", "Xinhua", "Bellingcat", "Euro-Med Monitor"]


def test_a_body_in_a_heading_in_capitals_is_found() -> None:
    assert _listed("CRIMES OF THE SYRIAN ARAB ARMY IN 2012") == ["SYRIAN ARAB ARMY"]


def test_a_two_letter_acronym_before_a_name_is_a_prefix() -> None:
    assert _listed("The refugees boarded the SS Struma in 1941.") == []
    assert _listed("The SS guards and the SS fled.") == ["SS", "SS"]


def test_persian_dotted_acronyms_and_iran_backed_militias_are_found() -> None:
    text = "لشکر فاطمیون و تیپ زینبیون در برابر پ.ی.د و ی.پ.گ جنگیدند."
    assert _listed(text) == ["لشکر فاطمیون", "تیپ زینبیون", "پ.ی.د", "ی.پ.گ"]


def test_a_hyphenated_name_is_found_whatever_its_apostrophe() -> None:
    text = "B’Tselem and Al-Haq documented it; Hezb-e-Islami denied it."
    assert _listed(text) == ["B’Tselem", "Al-Haq", "Hezb-e-Islami"]
    assert _listed("the al-haq case") == []
