"""Who asserts a count: the party of each claim, on sentences written for these tests."""

import re

from sabt.extract import Registry, annotate
from sabt.extract.attribution_fa import persian_report_verbs
from sabt.extract.attribution_party import whole_name
from sabt.extract.mentions import Mention

REGISTRY = Registry.builtin()


def _parties(text: str) -> list[tuple[float | None, str | None]]:
    return [(c.value, c.attributed_to) for c in annotate(text, registry=REGISTRY).claims]


def test_persian_verb_forms_are_built_for_every_tense_and_person() -> None:
    verb = re.compile(f"(?:{persian_report_verbs()})$")
    for form in ("برآورد می‌کنند", "برآورد کرده‌اند", "ذکر کرده است", "گفتند", "می‌گویند"):
        assert verb.match(form)
    # A simple verb's bare participle is a noun: "به گفته" is no verb.
    assert not verb.match("گفته")


def test_persian_subject_with_a_present_plural_verb_at_the_end() -> None:
    text = "فعالان محلی شمار روستاییانی را که در آن پاییز کشته شدند ۳۰۰ نفر برآورد می‌کنند."
    assert _parties(text) == [(300, "فعالان محلی")]


def test_persian_subject_before_a_relative_clause_in_commas() -> None:
    text = "بهرام نیک‌پور، که آن زمان فرماندار بود، در سال ۱۳۹۰ گفت که ۴۵ نفر در آن شب کشته شدند."
    assert [party for _, party in _parties(text)] == ["بهرام نیک‌پور"]


def test_a_continuous_past_is_no_verb_of_asserting() -> None:
    text = "آرش تهرانی از زندان سخن می‌گفت و یک بار گفت که ۹ زندانی در بندش اعدام شدند."
    assert [party for _, party in _parties(text)] == ["آرش تهرانی"]


def test_a_persian_pronoun_before_a_quotation_is_no_speaker() -> None:
    text = (
        "سیمین کاظمی خواهر یکی از زندانیان است.\n"
        "به گفته‌ی او، «در آن هفته ۱۴ نفر را از بند ما بردند و اعدام کردند»."
    )
    assert [party for _, party in _parties(text)] == ["سیمین کاظمی"]


def test_an_english_name_before_an_apposition_of_role_is_the_speaker() -> None:
    text = (
        "Tomas Ekberg, spokesman for the Office of the United Nations High Commissioner for "
        "Human Rights, told reporters that about 35 of the villagers were shot dead."
    )
    assert _parties(text) == [(35, "Tomas Ekberg")]


def test_a_court_that_found_someone_guilty_is_the_party_not_the_convict() -> None:
    text = (
        "A military tribunal at Camp Verde found Captain Lena Morrow, a company commander, "
        "guilty of murdering 14 prisoners."
    )
    assert _parties(text) == [(14, "military tribunal")]


def test_a_dateline_is_not_the_subject_of_the_first_sentence() -> None:
    text = (
        "NAIROBI, June 3 (Reuters) - The regional monitoring mission said on Monday that 58 "
        "people were killed in the raid."
    )
    assert _parties(text) == [(58, "regional monitoring mission")]


def _mention(text: str, words: str, entity: str | None = None) -> Mention:
    start = text.index(words)
    return Mention(entity, entity, "organization", words, start, start + len(words))


def test_a_party_extends_over_the_mentions_that_continue_its_name() -> None:
    text = "کمیته‌ی تحقیق حقوق بشر سازمان ملل اعلام کرد"
    part, union = _mention(text, "کمیته‌ی تحقیق حقوق"), _mention(text, "سازمان ملل", "UN")
    assert whole_name(text, part, [part, union]) == "کمیته‌ی تحقیق حقوق بشر سازمان ملل"
    # a registered name is whole already; "و" joins two bodies, it continues neither
    assert whole_name(text, union, [part, union]) == "UN"
    joined = "کمیته‌ی تحقیق حقوق و سازمان ملل"
    part, union = _mention(joined, "کمیته‌ی تحقیق حقوق"), _mention(joined, "سازمان ملل", "UN")
    assert whole_name(joined, part, [part, union]) == "کمیته‌ی تحقیق حقوق"


def test_a_proposed_party_stops_before_the_day_it_spoke() -> None:
    text = "شورای صنفی کشاورزان روز یکشنبه اعلام کرد"
    council = _mention(text, "شورای صنفی کشاورزان روز یکشنبه")
    assert whole_name(text, council, [council]) == "شورای صنفی کشاورزان"


def test_the_publisher_of_a_report_in_apposition_is_its_party() -> None:
    text = (
        "The survey, published by the Lakeside Relief Network on Friday, says 75 people "
        "were killed."
    )
    assert _parties(text) == [(75, "Lakeside Relief Network")]


def test_a_persian_verb_before_a_persian_comma_is_still_a_verb() -> None:
    text = "فرمانداری شمار کشته‌ها را ۲۲ نفر اعلام کرد، اما کانون وکلا می‌گوید ۹۰ نفر کشته شده‌اند."
    assert _parties(text) == [(22, "فرمانداری"), (90, "کانون وکلا")]


def test_persian_past_continuous_speech_and_a_subject_that_is_one_of_many() -> None:
    assert _parties("همسایگان می‌گفتند که ۱۶ نفر کشته شدند.") == [(16, "همسایگان")]
    text = "یکی از پرستاران درمانگاه گفت ۷ نفر اعدام شدند."
    assert _parties(text) == [(7, "یکی از پرستاران درمانگاه")]


def test_an_adverb_of_time_ends_a_persian_subject() -> None:
    text = "انجمن حامیان زندانیان پیش‌تر شمار بازداشت‌شدگان را ۴۴۰ نفر برآورد کرده بود."
    assert _parties(text) == [(440, "انجمن حامیان زندانیان")]


def test_which_after_a_comma_stands_for_the_noun_before_it() -> None:
    text = "The count was rejected by the provincial council, which put the toll at 26 killed."
    assert _parties(text) == [(26, "provincial council")]


def test_a_named_addressee_after_a_closing_told() -> None:
    assert _parties("Eleven people were killed, hospital staff told Agence Verne.") == [
        (11, "hospital staff")
    ]


def test_a_relative_clause_after_the_subject_is_cut_named_or_not() -> None:
    text = (
        "The inquiry panel, which met in the capital for a year, found that 48 men were executed."
    )
    assert _parties(text) == [(48, "inquiry panel")]


def test_persian_while_opens_a_clause_with_its_own_subject() -> None:
    text = "استانداری گفت ۸ نفر کشته شدند، در حالی که کارگران معدن گفتند ۲۱ نفر کشته شده‌اند."
    assert _parties(text) == [(8, "استانداری"), (21, "کارگران معدن")]


def test_persian_belief_and_a_report_noun_before_its_author() -> None:
    text = "بازماندگان بر این باورند که بیش از ۹۰۰ نفر ناپدید شده‌اند."
    assert _parties(text) == [(900, "بازماندگان")]
    text = "گزارش انجمن پزشکان مستقل ۶۵ مورد شکنجه را مستند کرده است."
    assert _parties(text) == [(65, "انجمن پزشکان مستقل")]


def test_an_english_date_before_the_subject_is_kept_out_of_it() -> None:
    text = "In 2011 investigators told a court in Porto Vale that 210 villagers had been killed."
    assert _parties(text) == [(210, "investigators")]


def test_persian_verbs_of_finding_and_an_english_participle_in_apposition() -> None:
    text = "هیئت بازرسی پس از یک سال بررسی به این نتیجه رسید که ۱۳۰ نفر ناپدید شده‌اند."
    assert _parties(text) == [(130, "هیئت بازرسی")]
    text = "A camp doctor, speaking on condition of anonymity, said 27 detainees were tortured."
    assert _parties(text) == [(27, "camp doctor")]


def test_the_possessor_of_figures_in_the_subject_and_an_object_pronoun() -> None:
    text = "The provincial governor's figures put the number of detainees at 640 arrested."
    assert _parties(text) == [(640, "provincial governor")]
    text = "Rosa Lindqvist was a nurse in the camp.\nAccording to her, 31 men were executed there."
    assert _parties(text) == [(31, "Rosa Lindqvist")]


def test_they_takes_the_speaker_of_the_sentence_before() -> None:
    text = "Camp guards said the prisoners were moved at night. They said 52 of them were shot."
    assert [party for _, party in _parties(text)] == ["Camp guards"]
    text = "کارگران معدن گفتند تونل فرو ریخت. آن‌ها گفتند ۱۹ نفر کشته شدند."
    assert _parties(text) == [(19, "کارگران معدن")]


def test_this_body_refers_to_the_party_that_last_asserted_when_no_mention_fits() -> None:
    text = (
        "انجمن دادخواهان کوهپایه روز سه‌شنبه گزارشی منتشر کرد و اعلام کرد که ۳۰ کشاورز "
        "بازداشت شده‌اند. این نهاد می‌گوید ۱۴ نفر از آنان در زندان جان باختند."
    )
    parties = [party for _, party in _parties(text)]
    assert parties[-1] is not None and parties[-1] == parties[0]


def test_a_report_referred_back_to_is_its_authors() -> None:
    text = (
        "The Velmora Truth Forum published a report on Monday and said 70 villagers had been "
        "killed. According to the group, 12 others disappeared after the raid."
    )
    parties = [party for _, party in _parties(text)]
    assert parties[-1] == parties[0] and parties[0] is not None


def test_a_named_kind_of_body_is_not_taken_for_any_earlier_party() -> None:
    text = (
        "The Velmora Truth Forum said 70 villagers had been killed. About 300 people were detained "
        "in the old mill, according to the foundation that now runs the site."
    )
    assert _parties(text)[-1][1] != _parties(text)[0][1]


def test_a_witness_speaking_in_the_first_person_asserts_the_figure() -> None:
    text = (
        "Tomas Varga, a carpenter from the hill villages, told us what he saw that night. "
        "In our lane alone the soldiers shot 23 men."
    )
    assert _parties(text)[-1] == (23, "Tomas Varga")


def test_the_group_refers_to_the_people_who_last_spoke_when_no_body_is_named() -> None:
    text = (
        "Relatives of the missing miners said 41 men had been abducted from the shafts. "
        "The group says 9 of them were later killed in custody."
    )
    assert _parties(text)[-1] == (9, _parties(text)[0][1])
    assert _parties(text)[0][1] is not None


def test_giving_a_toll_or_speaking_of_a_count_asserts_it() -> None:
    assert _parties("The Health Directorate gave a toll of 61.") == [(61, "Health Directorate")]
    assert _parties("The provincial governor spoke of 300 dead in the valley.")[0][1] == (
        "provincial governor"
    )
    text = "کانون دادخواهان البرز، که در بهار ۱۳۹۸ گورها را بررسی کرد، از صدها کشته سخن گفت."
    assert [party for _, party in _parties(text)] == ["کانون دادخواهان البرز"]


def test_speaking_of_a_place_is_talk_not_a_count() -> None:
    text = "آرش تهرانی از زندان سخن می‌گفت و ۹ زندانی اعدام شدند."
    assert _parties(text) == [(9, None)]


def test_a_persian_verb_after_and_shares_the_pronoun_subject_before_it() -> None:
    text = (
        "فرهاد نیک‌زاد فرمانده‌ی پیشین بود. او همیشه این اتهام را رد کرده و گفته است که "
        "حدود ۳۰ زندانی در راه مرده‌اند."
    )
    assert _parties(text) == [(30, "فرهاد نیک‌زاد")]
    # No name before و: the clause's object is no subject.
    assert _parties("مأموران خانه را گشتند و گفتند که ۵ نفر بازداشت شدند.") == [(5, None)]


def test_a_body_named_inside_another_partys_report_is_not_this_body() -> None:
    text = (
        "The Ardent Rights Watch published a report on the camps. According to the report, "
        "the Highland Farmers Union lost 40 members to arrests. The organisation says 12 of "
        "them were later killed."
    )
    parties = _parties(text)
    assert parties[-1][0] == 12 and parties[-1][1] == parties[0][1] != "Highland Farmers Union"


def test_answers_in_an_interview_are_the_interviewees() -> None:
    text = (
        "Floods of arrests: a conversation\n\n"
        "The regime of Ivo Marten denied everything. We spoke in Ostrava to Lenka Dvorakova, "
        "whose father was held in the camp.\n\n"
        "When was he taken?\n\n"
        "In 1981. My father was arrested with 30 men from our street.\n\n"
        "Did anyone come back?\n\n"
        "No one."
    )
    assert _parties(text) == [(30, "Lenka Dvorakova")]


def test_as_far_as_i_know_is_the_speakers_assertion() -> None:
    text = (
        "گفت‌وگو با یک پژوهشگر\n\n"
        "رادیو آوا با کامران صدرایی، پژوهشگر حقوق بشر، گفت‌وگو کرده است.\n\n"
        "چه بر سر شاهدان آمد؟\n\n"
        "تا جایی که من می‌دانم، دست‌کم ۷ نفر از کسانی که شهادت داده بودند ناپدید شدند.\n\n"
        "آیا تحقیقی شد؟\n\n"
        "نه."
    )
    assert _parties(text) == [(7, "کامران صدرایی")]


def test_the_makers_of_a_list_assert_its_count() -> None:
    text = (
        "The parents of the valley made their own list and it had more than 90 names of the killed."
    )
    assert [party for _, party in _parties(text)] == ["parents of the valley"]


def test_a_verb_after_and_speaks_of_what_follows_not_the_figure_before() -> None:
    text = (
        "به گزارش انجمن دادخواهان البرز، بیش از ۳۰۰ نفر بازداشت شدند و سازمان عفو بین‌الملل "
        "اعلام کرد که دست‌کم ۴ نفر از آنان اعدام شدند."
    )
    parties = _parties(text)
    assert parties[0][0] == 300 and parties[0][1] not in (None, "Amnesty International")
    assert parties[1] == (4, "Amnesty International")


def test_we_in_a_report_is_not_the_last_witness() -> None:
    text = (
        "Ana Ruiz, a survivor, said 12 men were taken from her village. "
        "We documented 40 further cases of torture in the province."
    )
    assert (40, "Ana Ruiz") not in _parties(text)
